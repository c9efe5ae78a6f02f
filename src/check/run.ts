/**
 * The check engine: run the configured rules over a parsed notice and collect their findings as vfile messages.
 *
 * Note: this module does not import the parser, so that the CLI (which parses with only the readers an input
 * needs) and `check()` (which parses with all of them) share it.
 */
import { VFile } from 'vfile'
import { MESSAGE_SOURCE, type Document } from '../document/document.js'
import { RuleOptionsError } from '../errors.js'
import type { Notice } from '../tree/schema.js'
import { PRESET, RULES } from './preset.js'
import type { ActiveSeverity, AnyRule, Located, ReportDetails, RuleContext } from './rule.js'
import { ruleUrl } from './rule.js'
import { mergeSettings, type RuleSettings, type RulesConfig } from './settings.js'
import { allParagraphs } from '../tree/walk.js'

/** Options of a check over a parsed notice. */
export interface CheckNoticeOptions {
  /** The file name shown in reports. */
  path?: string
  /** Rule settings over the preset, as a config file writes them (`"off"`, `["warning", {…}]`) or merged. */
  rules?: RulesConfig | RuleSettings
}

/** A rule ready to run: its severity and validated options. */
interface ActiveRule {
  rule: AnyRule
  severity: ActiveSeverity
  options: unknown
}

// Thrown for rule options that do not fit a rule's schema: the CLI turns it into a one-line error.
export { RuleOptionsError }

/**
 * The rules to run with their severities and options, preset first, then the given settings.
 * @param settings settings by rule id
 * @returns the rules that are on
 * @throws RuleOptionsError for unknown rule ids or options that do not fit the rule
 */
export function activeRules(settings: RuleSettings = {}): ActiveRule[] {
  for (const id of Object.keys(settings)) {
    if (!RULES.some((rule) => rule.id === id)) throw new RuleOptionsError(`unknown rule \`${id}\` (known: ${RULES.map((r) => r.id).join(', ')})`)
  }
  const out: ActiveRule[] = []
  for (const rule of RULES) {
    const setting = settings[rule.id]
    const severity = setting?.severity ?? PRESET[rule.id] ?? 'off'
    if (severity === 'off') continue
    const given = setting?.options
    let options: unknown = given
    if (rule.options) {
      const parsed = rule.options.safeParse(given ?? {})
      if (!parsed.success) {
        const issue = parsed.error.issues[0]
        const where = issue && issue.path.length ? ` at ${issue.path.join('.')}` : ''
        throw new RuleOptionsError(`options of rule \`${rule.id}\`${where}: ${issue?.message ?? 'invalid'}`)
      }
      options = parsed.data
    } else if (given !== undefined && Object.keys(given).length > 0) {
      throw new RuleOptionsError(`rule \`${rule.id}\` takes no options`)
    }
    out.push({ rule, severity, options })
  }
  return out
}

/**
 * Mark a message with its severity as vfile does: `fatal` true for errors, false for warnings, undefined for info.
 * @param severity the severity
 * @returns the value of `message.fatal`
 */
export function fatalOf(severity: ActiveSeverity): boolean | undefined {
  return severity === 'error' ? true : severity === 'warning' ? false : undefined
}

/**
 * The severity of a message, read back from `fatal`.
 * @param fatal `message.fatal`
 * @returns error, warning or info
 */
export function severityOf(fatal: boolean | null | undefined): ActiveSeverity {
  return fatal === true ? 'error' : fatal === false ? 'warning' : 'info'
}

/**
 * Check a parsed notice.
 * @param notice the notice tree, as `parseDocument()` returns it
 * @param document the document it was parsed from, which its positions point into
 * @param options file name and rule settings
 * @returns a vfile of the decoded input whose `messages` are the findings, sorted by place
 * @throws RuleOptionsError for rule settings that do not fit
 */
export function checkDocument(notice: Notice, document: Document, options: CheckNoticeOptions = {}): VFile {
  const source = document.source
  const file = new VFile(options.path === undefined ? { value: source } : { path: options.path, value: source })
  const rules = activeRules(mergeSettings(options.rules))
  const paragraphs = allParagraphs(notice)
  const place = (node: Located, from: number, to: number) => document.placeWithin(node, from, to)
  const view = (node: Located) => viewOf(document, node)
  for (const { rule, severity, options: ruleOptions } of rules) {
    const context: RuleContext = {
      notice,
      document,
      source,
      paragraphs,
      place,
      view,
      report: (reason: string, position, details: ReportDetails = {}) => {
        const message = file.message(reason, { place: position, ruleId: rule.id, source: MESSAGE_SOURCE })
        message.fatal = fatalOf(severity)
        message.url = ruleUrl(rule.id)
        if (details.actual !== undefined) message.actual = details.actual
        if (details.expected !== undefined) message.expected = details.expected
        if (details.note !== undefined) message.note = details.note
      },
    }
    rule.check(context, ruleOptions)
  }
  file.messages.sort(compareMessages)
  return file
}

/** Order messages by start, then end, then rule id: the order reporters print them in. */
function compareMessages(a: VFile['messages'][number], b: VFile['messages'][number]): number {
  const as = a.place && 'start' in a.place ? a.place.start : a.place
  const bs = b.place && 'start' in b.place ? b.place.start : b.place
  return (
    (as?.line ?? 0) - (bs?.line ?? 0) ||
    (as?.column ?? 0) - (bs?.column ?? 0) ||
    String(a.ruleId).localeCompare(String(b.ruleId)) ||
    a.reason.localeCompare(b.reason)
  )
}

/**
 * The matching view of a node's text: full-width forms folded and Traditional characters Simplified, unit for unit
 * as long as the text, so that rules find words whatever script and width a notice is written in.
 * @param document the document the node was read from
 * @param node a text of the tree
 */
function viewOf(document: Document, node: Located): string {
  const found = document.found(node)
  if (typeof found === 'number') return document.norm.slice(found, found + node.text.length)
  // A text joined from several lines: the view of each of its characters where it stands.
  let view = ''
  for (let i = 0; i < found.length; i++) view += found[i]! < document.norm.length ? document.norm[found[i]!] : node.text[i]
  return view
}
