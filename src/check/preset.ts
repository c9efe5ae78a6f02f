/**
 * The rules of `gongwen check` and how much each matters by default.
 *
 * Note: errors are defects that make the notice wrong (a number skipped, a bracket that does not close, a heading
 * that lost a character, a date that does not exist, a share above 100%); warnings are style or likely omissions
 * that a person should look at (mixed punctuation widths, a task without a lead unit, a repeated title, an unknown
 * unit); `info` is for what the parser could not read (an incomplete target), which is rarely the notice's fault.
 */
import type { ActiveSeverity, AnyRule, Severity } from './rule.js'
import { rule as comparatorConflict } from './rules/comparator-conflict.js'
import { rule as docNumberFormat } from './rules/doc-number-format.js'
import { rule as duplicateTaskTitle } from './rules/duplicate-task-title.js'
import { rule as emptyChapter } from './rules/empty-chapter.js'
import { rule as incompleteTarget } from './rules/incomplete-target.js'
import { rule as invalidDate } from './rules/invalid-date.js'
import { rule as missingLeadUnit } from './rules/missing-lead-unit.js'
import { rule as mixedWidthPunctuation } from './rules/mixed-width-punctuation.js'
import { rule as numbering } from './rules/numbering.js'
import { rule as pairedPunctuation } from './rules/paired-punctuation.js'
import { rule as planTitleMismatch } from './rules/plan-title-mismatch.js'
import { rule as shareAbove100 } from './rules/share-above-100.js'
import { rule as unknownUnit } from './rules/unknown-unit.js'
import { rule as unreadMarker } from './rules/unread-marker.js'
import { rule as unreadResponsibility } from './rules/unread-responsibility.js'
import { rule as unreadGoal } from './rules/unread-goal.js'
import { rule as unreadMetric } from './rules/unread-metric.js'

/** Every rule, in the order the documentation lists them. */
export const RULES: readonly AnyRule[] = [
  numbering,
  emptyChapter,
  duplicateTaskTitle,
  missingLeadUnit,
  pairedPunctuation,
  mixedWidthPunctuation,
  planTitleMismatch,
  docNumberFormat,
  invalidDate,
  unknownUnit,
  shareAbove100,
  comparatorConflict,
  incompleteTarget,
  unreadMarker,
  unreadResponsibility,
  unreadGoal,
  unreadMetric,
]

/** The default severity of each rule. `unknown-unit` is on but does nothing until a list of known units is given. */
export const PRESET: Readonly<Record<string, Severity>> = {
  numbering: 'error',
  'empty-chapter': 'error',
  'duplicate-task-title': 'warning',
  'missing-lead-unit': 'warning',
  'paired-punctuation': 'error',
  'mixed-width-punctuation': 'warning',
  'plan-title-mismatch': 'error',
  'doc-number-format': 'error',
  'invalid-date': 'error',
  'unknown-unit': 'warning',
  'share-above-100': 'error',
  'comparator-conflict': 'error',
  'incomplete-target': 'info',
  'unread-marker': 'info',
  'unread-responsibility': 'info',
  'unread-goal': 'info',
  'unread-metric': 'info',
}

/**
 * The default severity of a rule as a reported level.
 * @param id a rule id
 * @returns its preset severity, `warning` for a rule that is off by default
 */
export function defaultLevel(id: string): ActiveSeverity {
  const severity = PRESET[id] ?? 'off'
  return severity === 'off' ? 'warning' : severity
}
