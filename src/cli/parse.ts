/**
 * `gongwen [parse] <file|-> …`: notices → JSON (one object, or one per line for several files).
 */
import { parseArgs } from 'node:util'
import { InputError } from '../errors.js'
import { decodeInput, detectFormat, parseSource, readSource, type Readers } from '../parse.js'
import type { SegmenterName } from '../targets/segmenter.js'
import { DEFAULT_MAX_BYTES, emit, EXIT_INPUT, EXIT_OK, positiveInteger, readInput, UsageError, type Io } from './io.js'

export const HELP = `Usage: gongwen [parse] <file|-> [more files] [options]
  Parse notices into JSON (one object; one per line for several files).
  -o, --output FILE     write to FILE instead of standard output
      --pretty          indent the JSON
      --input-format F  auto (default), text or html: how to read the input
      --max-bytes N     refuse inputs larger than N bytes (default ${DEFAULT_MAX_BYTES})
      --segmenter S     node-rs (default), nodejieba or none: the jieba binding that bounds metric phrases
      --no-targets      do not read quantitative targets`

function inputFormat(value: unknown): 'auto' | 'text' | 'html' {
  if (value === undefined) return 'auto'
  if (value === 'auto' || value === 'text' || value === 'html') return value
  throw new UsageError(`--input-format must be auto, text or html, not ${String(value)}`)
}

function segmenterName(value: unknown): SegmenterName {
  if (value === undefined) return 'node-rs'
  if (value === 'node-rs' || value === 'nodejieba' || value === 'none') return value
  throw new UsageError(`--segmenter must be node-rs, nodejieba or none, not ${String(value)}`)
}

/** Load the readers an input needs, and only those: rehype costs ~30 ms of start-up. */
async function readersFor(text: string, format: 'auto' | 'text' | 'html'): Promise<Readers> {
  if (detectFormat(text, format) !== 'html') return {}
  const { readHtml } = await import('../input/html.js')
  return { html: readHtml }
}

/**
 * Run `gongwen parse`.
 * @param argv arguments after the command name
 * @param io output streams
 */
export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      pretty: { type: 'boolean' },
      'input-format': { type: 'string' },
      'max-bytes': { type: 'string' },
      segmenter: { type: 'string' },
      'no-targets': { type: 'boolean' },
    },
  })
  const files = positionals
  if (files.length === 0) throw new UsageError('no input: give a notice file, or - for standard input')
  const format = inputFormat(values['input-format'])
  const limit = positiveInteger('max-bytes', values['max-bytes'], DEFAULT_MAX_BYTES)
  const segmenter = segmenterName(values.segmenter)
  const warned = new Set<string>()
  const out: string[] = []
  let code = EXIT_OK
  for (const file of files) {
    try {
      const decoded = decodeInput(readInput(file, limit), file)
      const src = readSource(decoded.text, { format, name: file }, await readersFor(decoded.text, format))
      const notice = parseSource({ ...src, encoding: decoded.encoding }, { segmenter, targets: !values['no-targets'] })
      for (const warning of notice.warnings) {
        if (!warned.has(warning)) io.stderr(`gongwen: warning: ${warning}\n`)
        warned.add(warning)
      }
      out.push(files.length > 1 ? JSON.stringify(notice) : JSON.stringify(notice, null, values.pretty ? 2 : undefined))
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      io.stderr(`gongwen: ${error.message}\n`)
      code = EXIT_INPUT
    }
  }
  if (out.length) emit(out.join('\n') + '\n', values.output, io)
  return code
}
