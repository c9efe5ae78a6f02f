/**
 * The check engine's Node side (`gongwen/check` in Node): `checkFile()`, and the `check()` that tells a path given as
 * the notice's text from the text itself.
 */
import type { VFile } from 'vfile'
import { readInput } from '../document/file.js'
import { InputError } from '../errors.js'
import { fs } from '../util/node-fs.js'
import { check as checkInput, type CheckOptions } from './index.js'

/** Options of `checkFile()`: those of `check()`, and the largest input accepted. */
export interface CheckFileOptions extends CheckOptions {
  /** Refuse files larger than this many bytes. */
  maxBytes?: number
}

/**
 * Read a notice file and check it, its path naming it in the findings.
 * @param path the file (or `-` for standard input)
 * @param options rule settings, input format, `maxBytes`
 * @returns a vfile of the text that positions point into, whose `messages` are the findings
 * @throws InputError when the file cannot be read, RuleOptionsError when rule settings do not fit
 */
export async function checkFile(path: string, options: CheckFileOptions = {}): Promise<VFile> {
  const bytes = options.maxBytes === undefined ? readInput(path) : readInput(path, options.maxBytes)
  return checkInput(bytes, { path, ...options })
}

/** Longest string taken to be a path rather than a notice: notices are longer, and paths hold no line break. */
const MAX_PATH_LENGTH = 4096

/**
 * Whether a string handed over as a notice's text is in fact the path of a file: one line that names an existing file.
 * @param input what was handed over
 */
function namesFile(input: string): boolean {
  if (input.length === 0 || input.length > MAX_PATH_LENGTH || /[\n\r]/.test(input)) return false
  try {
    return fs.statSync(input.trim()).isFile()
  } catch {
    return false
  }
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
  if (typeof input === 'string' && namesFile(input)) {
    throw new InputError('unsupported-format', `${input.trim()}: this is the path of a file, not a notice's text: use checkFile(path)`)
  }
  return checkInput(input, options)
}
