/**
 * The JSON report: an array with one object per checked file and its findings, for programs.
 */
import type { VFile } from 'vfile'
import type { ActiveSeverity } from '../rule.js'
import { severity, spanOf } from './place.js'
import { summarize } from './summary.js'

/** One finding in the JSON report. */
export interface JsonMessage {
  ruleId: string | null
  severity: ActiveSeverity
  reason: string
  line: number
  column: number
  endLine: number
  endColumn: number
  source: string | null
  url: string | null
  actual: string | null
  expected: string[] | null
  note: string | null
}

/** One checked file in the JSON report. */
export interface JsonFile {
  path: string
  errorCount: number
  warningCount: number
  infoCount: number
  messages: JsonMessage[]
}

/**
 * The findings of checked files as plain objects.
 * @param files the checked files
 * @returns one object per file
 */
export function toJson(files: readonly VFile[]): JsonFile[] {
  return files.map((file) => {
    const counts = summarize([file])
    return {
      path: file.path || '<stdin>',
      errorCount: counts.errors,
      warningCount: counts.warnings,
      infoCount: counts.infos,
      messages: file.messages.map((m) => ({
        ruleId: m.ruleId ?? null,
        severity: severity(m),
        reason: m.reason,
        ...spanOf(m.place),
        source: m.source ?? null,
        url: m.url ?? null,
        actual: m.actual ?? null,
        expected: m.expected ?? null,
        note: m.note ?? null,
      })),
    }
  })
}

/**
 * Report checked files as JSON.
 * @param files the checked files
 * @returns the JSON text, ending in a line break
 */
export function reportJson(files: readonly VFile[]): string {
  return `${JSON.stringify(toJson(files), null, 2)}\n`
}
