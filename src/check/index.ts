/**
 * `check()`: read and parse a notice of any kind, run the rules over it, and return the findings as vfile messages.
 */
import type { VFile } from 'vfile'
import { readAndParse, type ParseOptions } from '../pipeline.js'
import { checkDocument, type CheckNoticeOptions } from './run.js'

/** Options of `check()`: how to read the input, its name, and rule settings. */
export interface CheckOptions extends CheckNoticeOptions {
  /** How to read the input; `auto` (the default) looks at its content. */
  format?: ParseOptions['format']
}

/**
 * Check a notice: read it, parse it and run the rules (the preset, changed by `options.rules`).
 * @param input the notice as text or bytes: plain text, HTML, Markdown, Word .docx, PDF or OFD, in any supported encoding
 * @param options file name, input format and rule settings
 * @returns a vfile of the text that positions point into, whose `messages` are the findings (`fatal: true` for
 *   errors, `false` for warnings, `undefined` for info), sorted by place
 * @throws InputError when the input cannot be read, RuleOptionsError when rule settings do not fit
 */
export async function check(input: string | Uint8Array, options: CheckOptions = {}): Promise<VFile> {
  const name = options.path ?? 'input'
  const { document, notice } = await readAndParse(input, { name, format: options.format ?? 'auto' })
  return checkDocument(notice, document, options)
}

export { checkDocument, RuleOptionsError, type CheckNoticeOptions } from './run.js'
export { PRESET, RULES } from './preset.js'
export type { Rule, RuleContext, Severity } from './rule.js'
export { ConfigSchema, type Config, type RuleConfig, type RulesConfig, type RuleSetting, type RuleSettings } from './settings.js'
export { reportText, type TextReportOptions } from './reporters/text.js'
export { reportJson, type JsonFile, type JsonMessage } from './reporters/json.js'
export { reportGithub } from './reporters/github.js'
