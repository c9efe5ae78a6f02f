/**
 * One file of a batch: read, parse, and render it, or write it under the output directory. Runs on a worker
 * thread (or in the main thread for one job at a time); everything it returns is structured-cloneable.
 */
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { InputError } from '../errors.js'
import { OutputError, outputError, writeOutput } from '../util/files.js'
import type { Sheet } from '../export/ledger.js'
import type { ExportFormat } from '../export/formats.js'
import { render, sheetsOf } from '../export/render.js'
import { parseFile } from '../files.js'
import type { ParseOptions } from '../pipeline.js'

/** The environment variable that hands a child process its options (a thread gets them as `workerData`). */
export const OPTIONS_VARIABLE = 'GONGWEN_BATCH_OPTIONS'

/** How every file of a batch is read and rendered. */
export interface JobOptions {
  parse: Pick<ParseOptions, 'format' | 'segmenter' | 'targets' | 'explain' | 'simplified'> & { maxBytes: number }
  format: ExportFormat
  byUnit: boolean
  /**
   * `text`: the rendered output of the file, with its name (streamed to standard output);
   * `sheets`: its ledger sheets, with its name (one workbook for the batch);
   * `file`: its own output written to `Job.output`.
   */
  mode: 'text' | 'sheets' | 'file'
}

/** One file to do. */
export interface Job {
  id: number
  file: string
  /** Where to write the output, in `file` mode. */
  output?: string
}

export type JobResult =
  | { id: number; ok: true; text?: string; sheets?: Sheet[]; written?: string; warnings: string[] }
  | { id: number; ok: false; error: string; /** What failed: the input, the output file, or gongwen. */ failure: 'input' | 'output' | 'internal' }

/**
 * Do one file of a batch; input errors (and bugs) come back as a failed result, never as an exception.
 * @param job the file
 * @param options how to read and render it
 * @returns the output or the one-line reason it failed
 */
export async function runJob(job: Job, options: JobOptions): Promise<JobResult> {
  try {
    const notice = await parseFile(job.file, { ...options.parse, name: job.file })
    const warnings = notice.warnings
    if (options.mode === 'sheets') return { id: job.id, ok: true, sheets: sheetsOf(notice, options.byUnit, job.file), warnings }
    if (options.mode === 'file') {
      const out = await render(notice, { format: options.format, byUnit: options.byUnit, pretty: true })
      const path = job.output as string
      try {
        mkdirSync(dirname(path), { recursive: true })
      } catch (error) {
        throw outputError(dirname(path), error)
      }
      writeOutput(path, out)
      return { id: job.id, ok: true, written: path, warnings }
    }
    const out = await render(notice, { format: options.format, byUnit: options.byUnit, file: job.file, rowsOnly: true })
    return { id: job.id, ok: true, text: out as string, warnings }
  } catch (error) {
    if (error instanceof InputError) return { id: job.id, ok: false, error: error.message, failure: 'input' }
    if (error instanceof OutputError) return { id: job.id, ok: false, error: error.message, failure: 'output' }
    // A bug on one file must not stop the batch: report it like bad input, marked as ours.
    const reason = error instanceof Error ? error.message : String(error)
    return { id: job.id, ok: false, error: `${job.file}: internal error: ${reason}`, failure: 'internal' }
  }
}
