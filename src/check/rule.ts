/**
 * What a check rule is: an id, a one-line description, an optional options schema, and a function that reads the
 * notice tree and reports what is wrong through its context.
 */
import type { z } from 'zod'
import type { Notice, Paragraph, Position } from '../tree/schema.js'

/** How much a finding matters: `error` fails a run, `warning` fails it with `--frail`, `info` never does. */
export type Severity = 'off' | 'info' | 'warning' | 'error'

/** Severities that report something. */
export type ActiveSeverity = Exclude<Severity, 'off'>

/** Where the rule documentation lives; each rule has an anchor named after its id. */
export const DOCS_URL = 'https://www.npmjs.com/package/gongwen#rules'

/** A text with its place in the original input: a paragraph, a responsibility, a target, the plan heading. */
export interface Located {
  text: string
  position: Position
}

/** Details that reporters may show besides the reason. */
export interface ReportDetails {
  /** The text that is wrong, as written. */
  actual?: string
  /** What would be right, one or more suggestions. */
  expected?: string[]
  /** A longer explanation. */
  note?: string
}

/** What a rule gets to read the notice and report findings. */
export interface RuleContext {
  /** The notice tree. */
  readonly notice: Notice
  /** The decoded input that positions point into. */
  readonly source: string
  /** Every paragraph of the notice (header, body, attachments; not web page chrome), in input order. */
  readonly paragraphs: readonly Paragraph[]
  /**
   * The place of characters `[from, to)` of a located text in the input.
   * @param node a text with its position
   * @param from first character, 0-based in `node.text`
   * @param to character after the last; equal to `from` for a point between two characters
   * @returns the position in the original input
   */
  place: (node: Located, from: number, to: number) => Position
  /**
   * The matching view of a located text: as long as its text, full-width folded, Traditional → Simplified.
   * @param node a text with its position
   * @returns the view, offset for offset the text's
   */
  view: (node: Located) => string
  /**
   * Report a finding.
   * @param reason one line, "Unexpected X, expected Y"
   * @param place where it is in the original input
   * @param details what is wrong and what would be right
   */
  report: (reason: string, place: Position, details?: ReportDetails) => void
}

/**
 * A check rule. Its file, named after its id, documents it with `@example` blocks that the tests run.
 * @typeParam Options what the rule can be configured with
 */
export interface Rule<Options = undefined> {
  /** Stable id, also the file name: `paired-punctuation`. */
  readonly id: string
  /** One line that says what the rule finds. */
  readonly description: string
  /** The schema of its options, with their defaults; rules without options have none. */
  readonly options?: z.ZodType<Options>
  /**
   * Read the notice and report findings.
   * @param context the notice, its input and the report function
   * @param options the rule's options, validated
   */
  readonly check: (context: RuleContext, options: Options) => void
}

/**
 * A rule of any options, as the preset lists them.
 * Note: `any`, because rules take their options contravariantly; the engine validates options with the rule's own
 * schema before it calls the rule.
 */
export type AnyRule = Rule<any>

/**
 * The documentation URL of a rule.
 * @param id the rule id
 * @returns the URL of its anchor in the rule documentation
 */
export function ruleUrl(id: string): string {
  return `${DOCS_URL.replace(/#.*$/, '')}#${id}`
}
