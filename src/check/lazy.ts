/**
 * `check()` of the main entry in browsers: the check engine (its rules, and zod for their options) loads on the first
 * call, so that an application that only parses does not load it. Node's main entry has its own in `files.ts`.
 */
import type { VFile } from 'vfile'
import type { CheckOptions } from './index.js'

/**
 * Check a notice: read it, parse it and run the rules (the preset, changed by `options.rules`).
 * @param input the notice as text or bytes: plain text, HTML, Markdown, Word .docx, PDF or OFD, in any supported encoding
 * @param options file name, input format and rule settings
 * @returns a vfile of the text that positions point into, whose `messages` are the findings, sorted by place
 * @throws InputError when the input cannot be read, RuleOptionsError when rule settings do not fit
 */
export async function check(input: string | Uint8Array, options: CheckOptions = {}): Promise<VFile> {
  return (await import('./index.js')).check(input, options)
}
