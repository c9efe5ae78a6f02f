/**
 * What every reporter reads from a vfile message: its place as start and end points, and its severity.
 */
import type { VFileMessage } from 'vfile-message'
import type { ActiveSeverity } from '../rule.js'
import { severityOf } from '../run.js'

/** A place as reporters use it: 1-based lines and columns; the end is the point after the last character. */
export interface Span {
  line: number
  column: number
  endLine: number
  endColumn: number
}

/**
 * The span of a message, for messages placed at a point, at a range, or nowhere (1:1).
 * @param place `message.place`
 * @returns start and end, equal for a point
 */
export function spanOf(place: VFileMessage['place']): Span {
  if (!place) return { line: 1, column: 1, endLine: 1, endColumn: 1 }
  if ('start' in place) {
    const line = place.start.line ?? 1
    const column = place.start.column ?? 1
    return { line, column, endLine: place.end.line ?? line, endColumn: place.end.column ?? column }
  }
  const line = place.line ?? 1
  const column = place.column ?? 1
  return { line, column, endLine: line, endColumn: column }
}

/**
 * A place as unified tools print it: `12:17` for a point, `54:159-54:184` for a range.
 * @param place `message.place`
 * @returns the place as text
 */
export function formatPlace(place: VFileMessage['place']): string {
  const s = spanOf(place)
  const start = `${s.line}:${s.column}`
  return s.endLine === s.line && s.endColumn === s.column ? start : `${start}-${s.endLine}:${s.endColumn}`
}

/**
 * The severity of a message.
 * @param message a vfile message
 * @returns error, warning or info
 */
export function severity(message: VFileMessage): ActiveSeverity {
  return severityOf(message.fatal)
}
