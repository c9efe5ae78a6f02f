/**
 * `parseFile()`: a notice read from a path (Node only: the browser build has no file system).
 */
import { readInput } from './document/file.js'
import { parseAsync, type ReadOptions } from './pipeline.js'
import type { Notice } from './tree/schema.js'

/**
 * Read and parse a notice file (or standard input for `-`).
 * @param path the file
 * @param options those of `parseAsync`, and `maxBytes`
 * @returns the notice
 * @throws InputError when the file cannot be read
 */
export async function parseFile(path: string, options: ReadOptions = {}): Promise<Notice> {
  const bytes = options.maxBytes === undefined ? readInput(path) : readInput(path, options.maxBytes)
  return parseAsync(bytes, { name: path, ...options })
}
