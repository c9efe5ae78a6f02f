/**
 * What every command shares: exit codes, output streams, usage errors, and reading inputs with one-line errors.
 */
import { closeSync, openSync, readSync, statSync, writeFileSync, type Stats } from 'node:fs'
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

export { DEFAULT_MAX_BYTES } from '../limits.js'
import { DEFAULT_MAX_BYTES } from '../limits.js'

/**
 * Read the bytes of a file (or of standard input for `-`).
 * @param path the path given on the command line
 * @param maxBytes the largest input accepted
 * @throws InputError with a one-line reason
 */
export function readInput(path: string, maxBytes = DEFAULT_MAX_BYTES): Uint8Array {
  if (path === '-') {
    const bytes = readLimited(0, '-', maxBytes)
    if (bytes.length === 0) throw new InputError('empty', '-: standard input is empty')
    return bytes
  }
  let stat: Stats
  try {
    stat = statSync(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new InputError('not-found', `${path}: no such file`)
    throw new InputError('unreadable', `${path}: cannot be read (${code ?? String(error)})`)
  }
  if (stat.isDirectory()) throw new InputError('directory', `${path}: is a directory; give the notice files in it`)
  if (stat.isFile() && stat.size > maxBytes) {
    throw new InputError('too-large', `${path}: ${stat.size} bytes is more than the limit of ${maxBytes} (--max-bytes)`)
  }
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError('unreadable', `${path}: cannot be read (${code ?? String(error)})`)
  }
  try {
    // Note: a pipe (`gongwen <(curl …)`) or a device reports size 0: it is read to its end, up to the limit.
    const bytes = readLimited(fd, path, maxBytes)
    if (bytes.length === 0) throw new InputError('empty', `${path}: the file is empty`)
    return bytes
  } finally {
    closeSync(fd)
  }
}

/** Bytes read at a time from a stream. */
const CHUNK = 1 << 16
/** How long to wait before reading again from a stream that has no data yet, in milliseconds. */
const RETRY_MS = 5

/**
 * Read a file descriptor to its end, refusing more than `maxBytes` as soon as they arrive (`gongwen - < /dev/zero`
 * must not read forever).
 */
function readLimited(fd: number, name: string, maxBytes: number): Uint8Array {
  const chunks: Buffer[] = []
  let total = 0
  for (;;) {
    const chunk = Buffer.allocUnsafe(CHUNK)
    let n: number
    try {
      n = readSync(fd, chunk, 0, CHUNK, null)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, RETRY_MS)
        continue
      }
      if (code === 'EOF') break
      if (code === 'EISDIR') throw new InputError('directory', `${name}: is a directory; give the notice files in it`)
      throw new InputError('unreadable', `${name}: cannot be read (${code ?? String(error)})`)
    }
    if (n === 0) break
    total += n
    if (total > maxBytes) throw new InputError('too-large', `${name}: input is larger than the limit of ${maxBytes} bytes (--max-bytes)`)
    chunks.push(chunk.subarray(0, n))
  }
  return Buffer.concat(chunks, total)
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
