/**
 * The human-readable report: one line per finding, `file:line:column-range  severity  message  rule`, aligned,
 * and a summary line.
 */
import type { VFile } from 'vfile'
import { formatPlace, severity } from './place.js'
import { summarize, type Summary } from './summary.js'

/** Width of the severity column: the longest word, `warning`. */
const SEVERITY_WIDTH = 7

/** Options of the text reporter. */
export interface TextReportOptions {
  /** Report errors only. */
  quiet?: boolean
  /** The language of the severity words and the summary line (the findings are worded by whoever made them). */
  lang?: 'zh' | 'en'
}

/** Severity words in Chinese. */
const SEVERITIES_ZH: Readonly<Record<string, string>> = { error: '错误', warning: '警告', info: '提示' }

/**
 * The display width of a text in a terminal: CJK characters take two columns.
 * @param text a text
 * @returns its width in columns
 */
export function displayWidth(text: string): number {
  let width = 0
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1
  return width
}

/**
 * The summary line: `4 problems (2 errors, 2 warnings) in 1 of 3 files`, or `No problems in 3 files`.
 * @param summary counts
 * @returns the line
 */
export function summaryLine(summary: Summary, lang: 'zh' | 'en' = 'en'): string {
  const { errors, warnings, infos, files, filesWithProblems } = summary
  const total = errors + warnings + infos
  if (lang === 'zh') {
    if (total === 0) return `${files} 个文件均未发现问题`
    return `${files} 个文件中有 ${filesWithProblems} 个存在问题，共 ${total} 处（错误 ${errors} 处，警告 ${warnings} 处${infos ? `，提示 ${infos} 处` : ''}）`
  }
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
  if (total === 0) return `No problems in ${plural(files, 'file')}`
  const parts = [plural(errors, 'error'), plural(warnings, 'warning')]
  if (infos) parts.push(`${infos} info`)
  return `${plural(total, 'problem')} (${parts.join(', ')}) in ${filesWithProblems} of ${plural(files, 'file')}`
}

/**
 * Report checked files for people.
 * @param files the checked files with their messages
 * @param options whether to report errors only
 * @returns the report, ending in a line break
 */
export function reportText(files: readonly VFile[], options: TextReportOptions = {}): string {
  const rows: Array<[string, string, string, string]> = []
  for (const file of files) {
    for (const message of file.messages) {
      const level = severity(message)
      if (options.quiet && level !== 'error') continue
      const word = options.lang === 'zh' ? (SEVERITIES_ZH[level] ?? level) : level
      rows.push([`${file.path || '<stdin>'}:${formatPlace(message.place)}`, word, message.reason, message.ruleId ?? ''])
    }
  }
  // Note: a loop, not Math.max(...rows): an argument list of 120,000 findings overflows the stack.
  let placeWidth = 0
  let reasonWidth = 0
  for (const r of rows) {
    placeWidth = Math.max(placeWidth, displayWidth(r[0]))
    reasonWidth = Math.max(reasonWidth, displayWidth(r[2]))
  }
  const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)))
  const lines = rows.map(([place, level, reason, rule]) => `${pad(place, placeWidth)}  ${pad(level, SEVERITY_WIDTH)}  ${pad(reason, reasonWidth)}  ${rule}`.trimEnd())
  const summary = summarize(files, options.quiet === true)
  return `${lines.length ? `${lines.join('\n')}\n\n` : ''}${summaryLine(summary, options.lang)}\n`
}
