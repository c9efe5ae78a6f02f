/**
 * `gongwen [parse] <file|dir|glob|-> …`: notices → JSON, JSON lines, a CSV or XLSX task ledger, a Markdown report,
 * or each unit's duties (--by-unit). One input is written whole; several (or a directory, or a glob) make a batch,
 * parsed on worker threads and streamed in input order.
 */
import { parseArgs } from 'node:util'
import { InputError } from '../errors.js'
import { DEFAULT_MAX_BYTES, emit, EXIT_INPUT, EXIT_OK, outputSink, readInput, UsageError, type Io } from './io.js'
import { settings, type ParseSettings } from './parse-settings.js'
import { streamObject } from '../util/json-stream.js'
import { markFlagsChanged } from '../util/v8-flags.js'
import type { Document } from '../document/document.js'
import type { parseDocumentByChapter, ParseOptions } from '../pipeline.js'
import type { Notice } from '../tree/schema.js'

export const HELP = `Usage: gongwen [parse] <file|dir|glob|-> [more] [options]
  Parse notices (text, HTML, Markdown, Word .docx, PDF, OFD; GBK/Big5/UTF-16; Simplified or Traditional Chinese).
  -f, --format F        json (default), jsonl, csv (task ledger), xlsx (ledger workbook: tasks,
                        targets, units), md (readable report)
      --by-unit         each unit with the tasks it leads and supports (责任清单) instead
      --text            print the text that positions refer to (for Word, PDF, OFD: the extracted text)
      --simplified      output Traditional input in Simplified characters
  -o, --output FILE     write to FILE instead of standard output (required for xlsx)
      --pretty          indent the JSON
      --input-format F  auto (default), text, html, markdown, docx, pdf or ofd: how to read the input
      --max-bytes N     refuse inputs larger than N bytes (default ${DEFAULT_MAX_BYTES})
      --segmenter S     node-rs (default), nodejieba, jieba-js, jieba-wasm or none: the jieba binding that bounds metric phrases
      --no-targets      do not read quantitative targets
      --explain         list every number not taken as a target, and why (notice.skipped)
  Batches (several files, directories, globs such as 'notices/**/*.html'):
  -O, --out-dir DIR     write one output file per input under DIR instead of one stream
  -j, --jobs N          workers (default: one per 1,000 files, up to the number of cores)
      --shard K/N       read only the K-th of N shares of the inputs (by a hash of each path), for job arrays
      --workers K       threads (default) or processes: what the workers are
      --no-progress     no progress bar (it is drawn only on a terminal, never in CI)`

/**
 * From this input size on, the notice is parsed a chapter at a time and its JSON written in chunks as each chapter is
 * read, never as one tree or one string: a 10 MB notice makes a tree of 150–200 MB and 35–145 MB of JSON. Smaller
 * notices are parsed whole and written by one native `JSON.stringify`, which is faster.
 */
const STREAM_FROM = 1 << 18

/**
 * How much V8 lets the old generation grow over what the last full collection left, in percent, while a large
 * notice is streamed.
 * Note: V8 otherwise lets it grow by up to 4× while collections are cheap; the chapters handed over, promoted before
 * they are written, then pile up as garbage. On a 10 MB target-dense notice the peak RSS went from 298 MB to 187 MB
 * with this, in the same time (5.28 s against 5.32 s).
 */
const OLD_SPACE_GROWTH_PERCENT = 10

/**
 * The V8 flags of a streamed parse.
 * Note: `--semi-space-growth-factor=1` keeps the young generation at the size it has when the parse starts instead
 * of doubling it up to 16 MB a semi-space, which only pays for objects that die young; a chapter's lives until it is
 * written. On a 10 MB target-dense notice, with the outline's items let go as well (passes/outline.ts): peak RSS
 * 148–150 MB against 175–179 MB, 7.6–8.4 s against 7.5–7.8 s, in alternating runs.
 */
const STREAMING_FLAGS = `--heap-growing-percent=${OLD_SPACE_GROWTH_PERCENT} --semi-space-growth-factor=1`

/**
 * Run a streamed parse with V8's heap grown slowly (`STREAMING_FLAGS`).
 * Note: the flags are kept to the end of the run, which then writes no code cache (util/v8-flags.ts): a cache is
 * stamped with V8's flags, and one made under these would be refused by the next run.
 */
function growingHeapSlowly<T>(run: () => T): T {
  process.getBuiltinModule('node:v8').setFlagsFromString(STREAMING_FLAGS)
  markFlagsChanged()
  return run()
}

/** Parse a document a chapter at a time, writing its JSON as each chapter is read. */
function streamNotice(document: Document, options: ParseOptions, indent: number, output: string | undefined, io: Io, parseByChapter: typeof parseDocumentByChapter): Notice {
  const sink = outputSink(output, io)
  try {
    let head: Notice | null = null
    const stream = streamObject<Notice>(() => head as Notice, 'chapters', sink.write, indent)
    const notice = parseByChapter(document, options, (chapter, notice) => {
      head = notice
      stream.item(chapter)
    })
    head = notice
    stream.end(notice)
    sink.write('\n')
    sink.commit()
    return notice
  } catch (error) {
    sink.abort()
    throw error
  }
}

/**
 * Read an input into a Document, and tell its size in bytes.
 * Note: a function of its own so that the bytes go with its frame: held in the caller's, they were 10 MB more at the
 * peak of a 10 MB notice (188 against 177 MB).
 */
async function readSized(file: string, maxBytes: number, read: (bytes: Uint8Array) => Promise<Document>): Promise<{ document: Document; size: number }> {
  const bytes = readInput(file, maxBytes)
  return { document: await read(bytes), size: bytes.length }
}

/** One input, written whole. Plain Simplified text loads nothing beyond the parser. */
async function single(file: string, s: ParseSettings, io: Io): Promise<number> {
  if (s.format === 'xlsx' && (s.output === undefined || s.output === '-')) {
    throw new UsageError('an .xlsx workbook is binary: write it to a file with -o FILE.xlsx')
  }
  const warned = new Set<string>()
  try {
    const { readDocumentAsync } = await import('../document/read.js')
    const { parseDocument, parseDocumentByChapter } = await import('../pipeline.js')
    const options = { format: s.inputFormat, name: file, simplified: s.simplified, segmenter: s.segmenter, targets: s.targets, explain: s.explain, maxBytes: s.maxBytes }
    const { document, size } = await readSized(file, s.maxBytes, (bytes) => readDocumentAsync(bytes, options))
    if (s.text) {
      emit(document.source, s.output, io)
      return EXIT_OK
    }
    const warn = (notice: Notice): void => {
      for (const warning of notice.warnings) {
        if (!warned.has(warning)) io.stderr(`gongwen: warning: ${warning}\n`)
        warned.add(warning)
      }
    }
    const json = s.format === 'json' && !s.byUnit
    if (json && size >= STREAM_FROM) {
      // A large notice: its warnings come after its JSON, which is written as it is read.
      warn(growingHeapSlowly(() => streamNotice(document, options, s.pretty ? 2 : 0, s.output, io, parseDocumentByChapter)))
      return EXIT_OK
    }
    const notice = parseDocument(document, options)
    warn(notice)
    if (json) {
      // The default path: no export module to load.
      emit(JSON.stringify(notice, null, s.pretty ? 2 : 0) + '\n', s.output, io)
      return EXIT_OK
    }
    const { render } = await import('../export/render.js')
    emit(await render(notice, { format: s.format, byUnit: s.byUnit, pretty: s.pretty }), s.output, io)
    return EXIT_OK
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    io.stderr(`gongwen: ${error.message}\n`)
    return EXIT_INPUT
  }
}

/**
 * Run `gongwen parse`.
 * @param argv arguments after the command name
 * @param io output streams
 * @returns the exit code: 0, 1 for usage errors, 2 when any input could not be read
 */
export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      format: { type: 'string', short: 'f' },
      'by-unit': { type: 'boolean' },
      simplified: { type: 'boolean' },
      pretty: { type: 'boolean' },
      'input-format': { type: 'string' },
      'max-bytes': { type: 'string' },
      segmenter: { type: 'string' },
      'no-targets': { type: 'boolean' },
      explain: { type: 'boolean' },
      'out-dir': { type: 'string', short: 'O' },
      jobs: { type: 'string', short: 'j' },
      shard: { type: 'string' },
      workers: { type: 'string' },
      'no-progress': { type: 'boolean' },
      text: { type: 'boolean' },
    },
  })
  if (positionals.length === 0) throw new UsageError('no input: give a notice file, a directory, a glob, or - for standard input')
  const s = settings(values)
  if (s.text && positionals.length > 1) throw new UsageError('--text prints the text of one input')
  const only = positionals[0] as string
  // Note: the common case (one file) needs neither the batch modules nor a directory search.
  if (positionals.length === 1 && s.outDir === undefined && s.shard === undefined && !/[*?[\]{}]/.test(only)) {
    const { statSync } = await import('node:fs')
    let directory = false
    try {
      directory = only !== '-' && statSync(only).isDirectory()
    } catch {
      // Missing files are reported by readInput, with the one-line message of every command.
    }
    if (!directory) return single(only, s, io)
  }
  const { runBatch } = await import('./batch.js')
  return runBatch(positionals, s, io)
}
