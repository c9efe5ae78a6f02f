/**
 * Notices read from paths (Node only: the browser build has no file system): `parseFile()`, and the main entry's
 * `check()` and `checkFile()`, which load the check engine (`check/files.ts`) on their first call, so that a program
 * or a batch that only parses does not load it.
 */
import type { VFile } from 'vfile'
import type { CheckOptions } from './check/index.js'
import type { CheckFileOptions } from './check/files.js'
import { readInput } from './document/file.js'
import { parseAsync, type ReadOptions } from './pipeline.js'
import type { Notice } from './tree/schema.js'

export type { CheckFileOptions }

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

/**
 * Read a notice file and check it, its path naming it in the findings.
 * @param path the file (or `-` for standard input)
 * @param options rule settings, input format, `maxBytes`
 * @returns a vfile of the text that positions point into, whose `messages` are the findings
 * @throws InputError when the file cannot be read, RuleOptionsError when rule settings do not fit
 */
export async function checkFile(path: string, options: CheckFileOptions = {}): Promise<VFile> {
  return (await import('./check/files.js')).checkFile(path, options)
}

/**
 * Check a notice: read it, parse it and run the rules (the preset, changed by `options.rules`).
 * @param input the notice as text or bytes: plain text, HTML, Markdown, Word .docx, PDF or OFD, in any supported
 *   encoding (a path is refused: read a file with `checkFile`)
 * @param options file name, input format and rule settings
 * @returns a vfile of the text that positions point into, whose `messages` are the findings (`fatal: true` for
 *   errors, `false` for warnings, `undefined` for info), sorted by place
 * @throws InputError when the input cannot be read or is the path of a file, RuleOptionsError when rule settings do
 *   not fit
 */
export async function check(input: string | Uint8Array, options: CheckOptions = {}): Promise<VFile> {
  return (await import('./check/files.js')).check(input, options)
}
