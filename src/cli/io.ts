/**
 * Reading inputs for the CLI: files or standard input, with one-line errors for what cannot be read.
 */
import { readFileSync, statSync } from 'node:fs'
import { InputError } from '../errors.js'

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
