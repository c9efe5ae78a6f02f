/**
 * Batches of `gongwen parse`: several files, directories or globs, parsed on worker threads. Results stream to
 * standard output (or -o) in input order, or go one file each under --out-dir; a bad file is reported on one line
 * and skipped, and makes the exit code 2; a summary ends the run.
 */
import { availableParallelism } from 'node:os'
import { extname, isAbsolute, join, relative, resolve } from 'node:path'
import { expandInputs, inShard } from '../batch/inputs.js'
import type { Job, JobOptions, JobResult } from '../batch/job.js'
import { runPool } from '../batch/pool.js'
import { progressBar } from '../batch/progress.js'
import { TASK_COLUMNS, type Sheet } from '../export/ledger.js'
import { DUTY_COLUMNS } from '../export/by-unit.js'
import { UTF8_BOM, csvRows } from '../export/csv.js'
import { EXPORT_EXTENSIONS } from '../export/formats.js'
import { appendSheets } from '../export/sheets.js'
import { writeOutput } from '../util/files.js'
import { liftTierCap } from '../util/v8-flags.js'
import { EXIT_INPUT, EXIT_OK, EXIT_OUTPUT, outputSink, UsageError, type Io } from './io.js'
import type { ParseSettings } from './parse-settings.js'

/** The output path of an input under --out-dir: its path below the working directory, with the format's extension. */
function outputPath(file: string, outDir: string, extension: string, used: Set<string>): string {
  const rel = relative(process.cwd(), file)
  const base = rel.startsWith('..') || isAbsolute(rel) ? file.replace(/^.*[\\/]/, '') : rel
  let path = join(outDir, base.slice(0, base.length - extname(base).length) + extension)
  // `a.txt` and `a.html` in one directory would write the same file, and `a.md` to `a.md` would overwrite its
  // input when the output directory is the input's: keep the input's extension then.
  if (used.has(path) || resolve(path) === resolve(file)) path = join(outDir, base + extension)
  used.add(path)
  return path
}

const seconds = (ms: number): string => (ms / 1000).toFixed(1)

/** `1 thread`, `2 threads`, `2 processes`: what parsed the batch (one runs in the main thread). */
const workerCount = (n: number, kind: 'threads' | 'processes'): string =>
  n === 1 ? '1 thread' : `${n} ${kind === 'processes' ? 'processes' : 'threads'}`

/**
 * Files per worker when `--jobs` is not given. Note: every worker optimizes the parser again (2.4–2.7 s of TurboFan
 * compiling per isolate on 1,000 notices): one worker does it on the second core, two compete with it for both, which
 * costs two workers about 2.5 s of wall time whatever the batch. On 2 cores (2026-12-07, notices of the eval set),
 * 2 threads were 0.93–1.20× as fast as one on 1,000 notices, 1.30–1.41× on 2,000 and 1.40–1.53× on 3,000
 * (docs/speed.md).
 */
const FILES_PER_WORKER = 1000

/** Workers for a batch of `files` files: one per FILES_PER_WORKER files, up to the cores. */
function defaultWorkers(files: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(files / FILES_PER_WORKER)))
}

/**
 * Run a batch.
 * @param args the inputs as given
 * @param s the settings of the run
 * @param io output streams
 * @returns 0 when every file was parsed, 2 when any could not be read, 4 when any output could not be written
 */
export async function runBatch(args: readonly string[], s: ParseSettings, io: Io): Promise<number> {
  if (s.format === 'xlsx' && s.outDir === undefined && (s.output === undefined || s.output === '-')) {
    throw new UsageError('an .xlsx workbook is binary: write it to a file with -o FILE.xlsx, or use --out-dir DIR')
  }
  if (args.includes('-') && args.length > 1) throw new UsageError('standard input (-) cannot be part of a batch')
  // A batch's workers are threads of this process, whose V8 flags they share: they optimize.
  liftTierCap()
  const started = Date.now()
  const expanded = await expandInputs(args)
  const { errors } = expanded
  const shard = s.shard
  const files = shard ? expanded.files.filter((file) => inShard(file, shard)) : expanded.files
  for (const error of errors) io.stderr(`gongwen: ${error.message}\n`)
  // Nothing to read: the reasons above are the whole story (a share of a job array may rightly hold no file).
  if (files.length === 0) return shard && expanded.files.length > 0 && errors.length === 0 ? EXIT_OK : EXIT_INPUT
  const threads = Math.max(1, Math.min(s.jobs ?? defaultWorkers(files.length), files.length))
  const mode: JobOptions['mode'] = s.outDir !== undefined ? 'file' : s.format === 'xlsx' ? 'sheets' : 'text'
  const options: JobOptions = {
    parse: { format: s.inputFormat, segmenter: s.segmenter, targets: s.targets, explain: s.explain, simplified: s.simplified, maxBytes: s.maxBytes },
    format: s.format,
    byUnit: s.byUnit,
    mode,
  }
  const used = new Set<string>()
  const extension = EXPORT_EXTENSIONS[s.format]
  const jobs: Job[] = files.map((file, id) => (s.outDir === undefined ? { id, file } : { id, file, output: outputPath(file, s.outDir, extension, used) }))

  const out = mode === 'text' ? outputSink(s.output, io) : null
  if (out && s.format === 'csv') out.write(UTF8_BOM + csvRows([['文件', ...(s.byUnit ? DUTY_COLUMNS : TASK_COLUMNS)]]))
  const sheets: Sheet[] = []
  const bar = progressBar(files.length, io.stderr, io.isTTY === true && s.progress && !process.env.CI)
  const warned = new Set<string>()
  let failed = 0
  let unwritten = 0
  let markdownCount = 0
  let complete = false
  try {
    await runPool(jobs, options, threads, (result: JobResult) => {
      if (!result.ok) {
        failed++
        if (result.failure === 'output') unwritten++
        bar.message(`gongwen: ${result.error}\n`)
      } else {
        for (const warning of result.warnings) {
          if (!warned.has(warning)) bar.message(`gongwen: warning: ${jobs[result.id]?.file}: ${warning}\n`)
          warned.add(warning)
        }
        if (result.text !== undefined && out) {
          out.write(s.format === 'md' && markdownCount++ > 0 ? `\n---\n\n${result.text}` : result.text)
        }
        if (result.sheets) appendSheets(sheets, result.sheets)
      }
      bar.tick(!result.ok)
    }, s.workers)
    out?.commit()
    complete = true
  } finally {
    bar.done()
    if (!complete) out?.abort()
  }
  if (mode === 'sheets' && s.output !== undefined) {
    const { toXlsx } = await import('../export/xlsx.js')
    writeOutput(s.output, await toXlsx(sheets))
  }
  const elapsed = Date.now() - started
  const total = files.length
  const rate = elapsed > 0 ? ((total * 1000) / elapsed).toFixed(1) : String(total)
  const where = s.outDir !== undefined ? `, written under ${s.outDir}` : ''
  io.stderr(
    `gongwen: ${total} file${total === 1 ? '' : 's'} in ${seconds(elapsed)} s (${rate}/s, ${workerCount(threads, s.workers)}): ` +
      `${total - failed} parsed, ${failed} failed${where}\n`,
  )
  if (unwritten > 0) return EXIT_OUTPUT
  return failed > 0 || errors.length > 0 ? EXIT_INPUT : EXIT_OK
}
