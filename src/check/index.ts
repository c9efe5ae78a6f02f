/**
 * The check engine as the library offers it (`gongwen/check`): `check()` reads and parses a notice of any kind, runs
 * the rules over it and returns the findings as vfile messages; `checkNotice()` and `checkDocument()` check a notice
 * already parsed; the rules, the preset, the config schema and the reporters.
 *
 * Note: the main entry (`gongwen`) offers `check()` too, and loads this module on its first call: the rules and zod,
 * which their options are validated with, are not needed to parse.
 */
import type { VFile } from 'vfile'
import type { Document } from '../document/document.js'
import { readAndParse, type ParseOptions } from '../pipeline.js'
import { readSync } from '../sync.js'
import type { Notice } from '../tree/schema.js'
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

/**
 * Check a parsed notice.
 * @param notice the notice tree, as `parse()` returns it
 * @param source the text it was parsed from (read again, in the same format), or its Document
 * @param options file name and rule settings
 * @returns a vfile whose `messages` are the findings, sorted by place
 * @throws RuleOptionsError for rule settings that do not fit
 */
export function checkNotice(notice: Notice, source: string | Document, options: CheckNoticeOptions = {}): VFile {
  return checkDocument(notice, typeof source === 'string' ? readSync(source) : source, options)
}

export { checkDocument, RuleOptionsError, type CheckNoticeOptions } from './run.js'
export { PRESET, RULES } from './preset.js'
export type { Rule, RuleContext, Severity } from './rule.js'
export { ConfigSchema, type Config, type RuleConfig, type RulesConfig, type RuleSetting, type RuleSettings } from './settings.js'
export { reportText, type TextReportOptions } from './reporters/text.js'
export { reportJson, type JsonFile, type JsonMessage } from './reporters/json.js'
export { reportGithub } from './reporters/github.js'
