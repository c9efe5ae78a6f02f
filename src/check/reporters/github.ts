/**
 * The GitHub Actions report: one workflow command per finding, which GitHub shows as an annotation on the file:
 * `::error file=a.txt,line=54,endLine=54,col=159,endColumn=184,title=gongwen paired-punctuation::Unexpected …`.
 */
import type { VFile } from 'vfile'
import type { ActiveSeverity } from '../rule.js'
import { severity, spanOf } from './place.js'
import { summarize } from './summary.js'
import { summaryLine } from './text.js'

/** The workflow command of each severity. */
const COMMANDS: Readonly<Record<ActiveSeverity, string>> = { error: 'error', warning: 'warning', info: 'notice' }

/**
 * Escape the message of a workflow command, as `@actions/core` does.
 * @param text the message
 * @returns the text with `%`, CR and LF escaped
 */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

/**
 * Escape a property value of a workflow command, as `@actions/core` does.
 * @param text the value
 * @returns the text with `%`, CR, LF, `:` and `,` escaped
 */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C')
}

/**
 * Report checked files as GitHub Actions workflow commands, and a summary line.
 * @param files the checked files
 * @returns the commands, one a line, ending in a line break
 */
export function reportGithub(files: readonly VFile[]): string {
  const lines: string[] = []
  for (const file of files) {
    const path = (file.path || '<stdin>').replaceAll('\\', '/')
    for (const message of file.messages) {
      const span = spanOf(message.place)
      const properties = [
        ['file', path],
        ['line', String(span.line)],
        ['endLine', String(span.endLine)],
        ['col', String(span.column)],
        ['endColumn', String(span.endColumn)],
        ['title', `gongwen ${message.ruleId ?? ''}`.trim()],
      ]
        .map(([key, value]) => `${key}=${escapeProperty(value as string)}`)
        .join(',')
      lines.push(`::${COMMANDS[severity(message)]} ${properties}::${escapeData(message.reason)}`)
    }
  }
  lines.push(summaryLine(summarize(files)))
  return `${lines.join('\n')}\n`
}
