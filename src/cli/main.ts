/**
 * The `gongwen` command: argument parsing, dispatch to commands, and exit codes
 * (0 ok, 1 usage error or findings, 2 input that cannot be read).
 */
import { parseArgs } from 'node:util'
import { writeFileSync } from 'node:fs'
import { InputError } from '../errors.js'
import { decodeInput, detectFormat, parseSource, readSource, type Readers } from '../parse.js'
import { DEFAULT_MAX_BYTES, readInput } from './io.js'
import { VERSION } from '../version.js'

export const EXIT_OK = 0
export const EXIT_USAGE = 1
export const EXIT_INPUT = 2

const HELP = `gongwen ${VERSION}: Chinese government policy notices (公文) → typed JSON

Usage:
  gongwen <file|-> [more files] [options]     parse notices (same as: gongwen parse …)
  gongwen schema                              print the JSON Schema of the output

Options:
  -o, --output FILE     write to FILE instead of standard output
      --pretty          indent the JSON
      --input-format F  auto (default), text or html: how to read the input
      --max-bytes N     refuse inputs larger than N bytes (default ${DEFAULT_MAX_BYTES})
  -h, --help            show this help
  -v, --version         show the version

Several files give one JSON object per line. Exit codes: 0 ok, 1 usage error, 2 unreadable input.`

class UsageError extends Error {}

interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

const defaultIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}

/**
 * Run the CLI.
 * @param argv the arguments after `node gongwen`
 * @param io where output goes (tests pass their own)
 * @returns the exit code
 */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let values: Record<string, string | boolean | undefined>
  let positionals: string[]
  try {
    ;({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        pretty: { type: 'boolean' },
        'input-format': { type: 'string' },
        'max-bytes': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    }))
  } catch (error) {
    io.stderr(`gongwen: ${(error as Error).message}\nRun gongwen --help for usage.\n`)
    return EXIT_USAGE
  }
  if (values.help) {
    io.stdout(HELP + '\n')
    return EXIT_OK
  }
  if (values.version) {
    io.stdout(VERSION + '\n')
    return EXIT_OK
  }
  const [command, ...rest] = positionals
  try {
    if (command === 'schema') {
      const { noticeJsonSchema } = await import('../schema.js')
      return emit(JSON.stringify(noticeJsonSchema(), null, 2) + '\n', values, io)
    }
    const files = command === 'parse' ? rest : positionals
    if (files.length === 0) throw new UsageError('no input: give a notice file, or - for standard input')
    return await runParse(files, values, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`gongwen: ${error.message}\nRun gongwen --help for usage.\n`)
      return EXIT_USAGE
    }
    throw error
  }
}

function inputFormat(value: unknown): 'auto' | 'text' | 'html' {
  if (value === undefined) return 'auto'
  if (value === 'auto' || value === 'text' || value === 'html') return value
  throw new UsageError(`--input-format must be auto, text or html, not ${String(value)}`)
}

function maxBytes(value: unknown): number {
  if (value === undefined) return DEFAULT_MAX_BYTES
  const n = Number(value)
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--max-bytes must be a positive integer, not ${String(value)}`)
  return n
}

/** Load the readers an input needs, and only those: rehype costs ~30 ms of start-up. */
async function readersFor(text: string, format: 'auto' | 'text' | 'html'): Promise<Readers> {
  if (detectFormat(text, format) !== 'html') return {}
  const { readHtml } = await import('../input/html.js')
  return { html: readHtml }
}

async function runParse(files: string[], values: Record<string, unknown>, io: Io): Promise<number> {
  const format = inputFormat(values['input-format'])
  const limit = maxBytes(values['max-bytes'])
  const out: string[] = []
  let code = EXIT_OK
  for (const file of files) {
    try {
      const decoded = decodeInput(readInput(file, limit), file)
      const src = readSource(decoded.text, { format, name: file }, await readersFor(decoded.text, format))
      const notice = parseSource({ ...src, encoding: decoded.encoding })
      out.push(files.length > 1 ? JSON.stringify(notice) : JSON.stringify(notice, null, values.pretty ? 2 : undefined))
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      io.stderr(`gongwen: ${error.message}\n`)
      code = EXIT_INPUT
    }
  }
  if (out.length) emit(out.join('\n') + '\n', values, io)
  return code
}

function emit(text: string, values: Record<string, unknown>, io: Io): number {
  const output = values.output
  if (typeof output === 'string') writeFileSync(output, text)
  else io.stdout(text)
  return EXIT_OK
}
