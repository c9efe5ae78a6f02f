/**
 * The settings of a `gongwen parse` run, read from its flags: shared by the single-file path and batches.
 */
import type { SourceFormat } from '../document/document.js'
import { EXPORT_FORMATS, type ExportFormat } from '../export/formats.js'
import type { SegmenterName } from '../passes/targets/segmenter.js'
import { DEFAULT_MAX_BYTES, positiveInteger, UsageError } from './io.js'

const INPUT_FORMATS = ['auto', 'text', 'html', 'markdown', 'docx', 'pdf', 'ofd'] as const

/** A share of a batch's inputs: the K-th of N, K from 1. */
export interface Shard {
  index: number
  count: number
}

/**
 * Read `--shard K/N`.
 * @param value the flag's value
 * @throws UsageError for anything but two integers with 1 ≤ K ≤ N
 */
export function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim())
  const index = m ? Number(m[1]) : NaN
  const count = m ? Number(m[2]) : NaN
  if (!(index >= 1 && count >= 1 && index <= count)) throw new UsageError(`--shard must be K/N with 1 ≤ K ≤ N (the K-th of N shares), not ${value}`)
  return { index, count }
}

/** A flag's value among the allowed ones, or its default. */
function choice<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback
  if ((allowed as readonly unknown[]).includes(value)) return value as T
  throw new UsageError(`--${name} must be ${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}, not ${String(value)}`)
}

/** The settings of one run, from its flags. */
export interface ParseSettings {
  inputFormat: 'auto' | SourceFormat
  format: ExportFormat
  byUnit: boolean
  simplified: boolean
  pretty: boolean
  maxBytes: number
  segmenter: SegmenterName
  targets: boolean
  explain: boolean
  output: string | undefined
  outDir: string | undefined
  jobs: number | undefined
  /** `--shard K/N`: this run reads the K-th of N shares of the inputs (1 ≤ K ≤ N). */
  shard: Shard | undefined
  workers: 'threads' | 'processes'
  progress: boolean
  text: boolean
}

/**
 * The settings of a run.
 * @param values the parsed flags
 * @throws UsageError for values that do not fit
 */
export function settings(values: Record<string, string | boolean | undefined>): ParseSettings {
  const format = choice('format', values.format, EXPORT_FORMATS, 'json')
  const s: ParseSettings = {
    inputFormat: choice('input-format', values['input-format'], INPUT_FORMATS, 'auto'),
    format,
    byUnit: values['by-unit'] === true,
    simplified: values.simplified === true,
    pretty: values.pretty === true,
    maxBytes: positiveInteger('max-bytes', values['max-bytes'], DEFAULT_MAX_BYTES),
    segmenter: choice('segmenter', values.segmenter, ['node-rs', 'nodejieba', 'jieba-js', 'jieba-wasm', 'none'] as const, 'node-rs'),
    targets: values['no-targets'] !== true,
    explain: values.explain === true,
    output: values.output as string | undefined,
    outDir: values['out-dir'] as string | undefined,
    jobs: values.jobs === undefined ? undefined : positiveInteger('jobs', values.jobs, 1),
    shard: values.shard === undefined ? undefined : parseShard(String(values.shard)),
    workers: choice('workers', values.workers, ['threads', 'processes'] as const, 'threads'),
    progress: values['no-progress'] !== true,
    text: values.text === true,
  }
  if (s.outDir !== undefined && s.output !== undefined) throw new UsageError('give either -o FILE or --out-dir DIR, not both')
  return s
}
