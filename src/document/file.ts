/**
 * Bytes of a file or of standard input, with one-line errors and a size limit checked while reading.
 */
import type { Stats } from 'node:fs'
import { fs } from '../util/node-fs.js'
import { InputError } from '../errors.js'
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
    stat = fs.statSync(path)
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
    fd = fs.openSync(path, 'r')
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
    fs.closeSync(fd)
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
      n = fs.readSync(fd, chunk, 0, CHUNK, null)
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
