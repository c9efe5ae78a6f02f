/**
 * What every command shares: exit codes, output streams, usage errors, and reading inputs with one-line errors.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { InputError } from '../errors.js'

export const EXIT_OK = 0
/** A usage error, or (for `check`) findings that fail the run. */
export const EXIT_USAGE = 1
export const EXIT_FINDINGS = 1
/** Input that cannot be read or decoded. */
export const EXIT_INPUT = 2

/** Where a command writes; tests pass their own. */
export interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Whether stderr is a terminal (progress bars only then). */
  isTTY?: boolean
}

/** A mistake in the command line: printed with a hint to --help, exit 1. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

/** Default largest input, in bytes: far above any real notice, low enough to refuse a wrong file quickly. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024

/**
 * Read the bytes of a file (or of standard input for `-`).
 * @param path the path given on the command line
 * @param maxBytes the largest input accepted
 * @throws InputError with a one-line reason
 */
export function readInput(path: string, maxBytes = DEFAULT_MAX_BYTES): Uint8Array {
  if (path === '-') {
    const bytes = readFileSync(0)
    if (bytes.length > maxBytes) throw new InputError('too-large', `-: input is larger than ${maxBytes} bytes (--max-bytes)`)
    if (bytes.length === 0) throw new InputError('empty', '-: standard input is empty')
    return bytes
  }
  let size: number
  try {
    const stat = statSync(path)
    if (stat.isDirectory()) throw new InputError('directory', `${path}: is a directory; give the notice files in it`)
    size = stat.size
  } catch (error) {
    if (error instanceof InputError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new InputError('not-found', `${path}: no such file`)
    throw new InputError('unreadable', `${path}: cannot be read (${code ?? String(error)})`)
  }
  if (size > maxBytes) throw new InputError('too-large', `${path}: ${size} bytes is more than the limit of ${maxBytes} (--max-bytes)`)
  if (size === 0) throw new InputError('empty', `${path}: the file is empty`)
  try {
    return readFileSync(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError('unreadable', `${path}: cannot be read (${code ?? String(error)})`)
  }
}

/**
 * Write a command's output to `-o FILE` or standard output.
 * @param text what to write
 * @param output the path given with -o, if any
 * @param io the streams
 */
export function emit(text: string | Uint8Array, output: string | undefined, io: Io): void {
  if (output !== undefined && output !== '-') writeFileSync(output, text)
  else io.stdout(typeof text === 'string' ? text : Buffer.from(text).toString('binary'))
}

/** Parse a positive integer option. */
export function positiveInteger(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${name} must be a positive integer, not ${String(value)}`)
  return n
}
