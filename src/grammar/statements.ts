/**
 * Responsibility statements: `（牵头单位：A、B；配合单位：C）`, `（A牵头，B、C配合）`, `（A会同B负责）`,
 * `（A、B按职责分工负责）`, `（5月底完成，牵头考核单位：市X局）`, `责任单位：A`, and the conventions some notices
 * state once for all later statements (`列第一位者为牵头单位，下同`).
 *
 * Only explicit statements count: a bracket (or a `责任单位：` label) whose every part is a label, a list of units
 * with a role word, a deadline or a convention. Actors named in running prose are not read.
 */
import { append } from '../util/arrays.js'
import { balanced, nextUnit } from '../util/chars.js'
import { AGENCY_SUFFIXES, GENERIC_AGENCY_WORDS, MAX_AGENCY_LENGTH, PROSE_CHARACTERS, PROSE_WORDS } from '../lexicon/agencies.js'
import {
  ADDS_LEAD_WORD,
  BRACKET_ROLE_NAMES,
  BY_WORD,
  CONVENTION_TAILS,
  DEADLINE_ENDINGS,
  DEADLINE_LABELS,
  DEADLINE_WORDS,
  ETC_WORD,
  FIRST_LEADS_WORD,
  LABEL_NOUNS,
  type LabelNounPlace,
  MAX_LABEL_LENGTH,
  NAME_JOINERS,
  ROLE_WORDS,
  STATEMENT_HINTS,
  type RoleKind,
  type RolePlace,
  type RoleWord,
} from '../lexicon/roles.js'
import { anyOf } from '../util/patterns.js'

/** The words every first-leads and adds-lead pattern holds: lines without them are not tried against them. */
export { FIRST_LEADS_WORD, ADDS_LEAD_WORD }

// ---------------------------------------------------------------- the lexicon, compiled once

/** Words as alternatives of a pattern, characters that mean something in a pattern escaped. */

const KIND_RANK: Readonly<Record<RoleKind, number>> = { lead: 0, support: 1, shared: 2 }
const rolesAs = (place: RolePlace): RoleWord[] => ROLE_WORDS.filter((r) => r.as.includes(place))
const nounsAs = (place: LabelNounPlace): string[] => LABEL_NOUNS.filter((n) => n.as.includes(place)).map((n) => n.word)

/** Words of labels, lead before support before shared: a label that holds two takes the first. */
const LABEL_WORDS = rolesAs('label').sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind])
/** Role verbs, longest first where they overlap (`按职责分工负责` before `负责`). */
const ROLE_VERBS = rolesAs('verb').sort((a, b) => b.word.length - a.word.length)
/** Words between a lead and its partners (`A会同B负责`), in the order they are looked for. */
const WITH_WORDS = rolesAs('with')
/** Role words that are a task-table column heading of units by themselves (`牵头`). */
const COLUMN_WORDS = new Set(rolesAs('column').map((r) => r.word))
/** Role words that give a column heading its kind, lead before support before shared. */
const HEADING_WORDS = ROLE_WORDS.filter((r) => r.as.includes('label') || r.as.includes('column')).sort(
  (a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind],
)
/** Words that name the lead among several (牵头). */
const LEAD_NAMES = ROLE_WORDS.filter((r) => r.namesLead).map((r) => r.word)
/** Nouns that end a label before its colon, and a task-table heading of units. */
const LABEL_ENDINGS = nounsAs('label')
const COLUMN_ENDINGS = nounsAs('column')
/** Nouns of labels that stand outside brackets: a line without any holds no such label. */
const LINE_NOUNS = nounsAs('line')

/** The role a word in brackets after a name gives it (`市金融局（牵头）`). */
const BRACKET_ROLES = new Map(rolesAs('bracket').map((r) => [r.word, r.kind]))

/** Characters that never occur in an agency name but often in prose, and digits. */
const PROSE = new RegExp(`[${PROSE_CHARACTERS}]|[0-9]`)

/** A stated convention that the first unit listed leads: `列第一位者为牵头单位，下同`. */
export const FIRST_LEADS_PATTERNS: readonly RegExp[] = [
  new RegExp(`(?:列|排)(?:在)?${FIRST_LEADS_WORD}(?:位|个|名)?(?:者|的)?(?:${anyOf(LINE_NOUNS)})?为(?:${anyOf(LEAD_NAMES)})`),
  new RegExp(`${FIRST_LEADS_WORD}(?:位|个)?(?:${anyOf(LINE_NOUNS)})?为(?:${anyOf(LEAD_NAMES)})(?:${anyOf(LINE_NOUNS)})`),
  new RegExp(`排名${FIRST_LEADS_WORD}的?(?:${anyOf(LINE_NOUNS)})?为?(?:${anyOf(LEAD_NAMES)})`),
]

/** A stated convention that a unit takes part in every later statement: `以下均需试点城市政府落实，不再列出`. */
export const ADDS_LEAD_PATTERN = new RegExp(`${ADDS_LEAD_WORD}(?:均|都|各项)?(?:需|由|须|要)?([^,，;；。]{2,30}?)(?:负责)?(?:落实|负责)`)

/** Phrases that say when, not who: `5月底完成`, `持续推进`, `2023年6月底前`. */
const DEADLINE_PATTERN = new RegExp(`(?:\\d{4}年|\\d{1,2}月|${anyOf(DEADLINE_WORDS)}|(?:${anyOf(DEADLINE_ENDINGS)})$|\\d+日)`)

/** Labels that give a deadline, not units: `完成时限：2024年12月底`. */
export const DEADLINE_LABEL = new RegExp(`(?:${anyOf(DEADLINE_LABELS)})\\s*[:：]\\s*([^。;；)）]+)`)

/** A name of a list with a role in brackets after it: `市金融局（牵头）`. */
const NAME_ROLE = new RegExp(`^(.+?)\\s*[(（](${anyOf([...BRACKET_ROLES.keys()])})[)）]$`)

/** The conjunction that joins two names into two units (`市科技局及相关行业主管部门`). */
const AND_WORD = '及'

/** `其` after 及: `省政府及其有关部门` is 省政府 and 有关部门. */
const ITS_WORD = '其'

/** A conjunction that opens the last name of a list (`和市财政局`). */
const NAME_JOINER = new RegExp(`^(?:${anyOf(NAME_JOINERS)})`)
/** The preposition before an agent (`由市发改委`). */
const NAME_BY = new RegExp(`^(?:${anyOf([BY_WORD])})`)
/** `等`, `等单位` after the last name of a list. */
const NAME_ETC = new RegExp(`(?:${anyOf([ETC_WORD])})(?:${anyOf(LINE_NOUNS)})?$`)

/** A role as printed, before conventions resolve `shared` into lead or support. */
export interface RawRole {
  role: string
  kind: RoleKind
  units: string[]
  /**
   * The role names the lead among several (牵头), read on the matching view: the printed role may be Traditional
   * (`牽頭`). Absent: read from the printed role.
   */
  leads?: boolean
}

/** A statement read from a text, offsets relative to that text. */
export interface Statement {
  start: number
  end: number
  roles: RawRole[]
  deadline: string | null
  /** True when the statement says that the first unit listed leads, here and later. */
  firstLeads: boolean
  /** Units that a convention adds as leads to every later statement. */
  addsLead: string[]
}

/** Conventions in force while a notice is read, in document order. */
export interface Conventions {
  firstLeads: boolean
  addsLead: string[]
}

/** Longest bracket read as a statement, in characters: longer ones are prose. */
const MAX_STATEMENT_LENGTH = 400

const OPEN = '(【['
const CLOSE = ')】]'
/** Brackets of either kind, and openers alone: found by native scans rather than a loop per character. */
const BRACKETS = /[(【[)】\]]/g
const OPENERS = /[(【[]/g
const OPENERS_TEST = /[(【[]/

/**
 * What every statement holds somewhere: a label's colon, a role verb, or a convention's word. Brackets without any
 * (`（2023—2025年）`, `（市、区）`) are asides, told apart by one native scan instead of being cut into segments.
 */
const MAY_STATE = new RegExp(anyOf([':', '：', FIRST_LEADS_WORD, ADDS_LEAD_WORD, ...ROLE_VERBS.map((r) => r.word)]))

/** Split a list of names at `、` `,` (and `，` in the written text) outside brackets; drop a trailing `等`. */
export function splitUnits(view: string, plain: string): string[] {
  const names: string[] = []
  let depth = 0
  let from = 0
  const push = (to: number): void => {
    let name = plain.slice(from, to).trim()
    let v = view.slice(from, to).trim()
    // `A等有关部门和单位` is two units, and `A等和各省级人民政府` (the 等 closes a list, 和 adds one); a trailing `等`
    // is dropped.
    const etc = v.lastIndexOf(ETC_WORD)
    if (etc > 0 && etc < v.length - 1) {
      const joiner = NAME_JOINERS.find((j) => v.startsWith(j, etc + 1))
      const rest = etc + 1 + (joiner?.length ?? 0)
      if (GENERIC_AGENCY_WORDS.some((g) => v.startsWith(g.word, rest)) || (joiner !== undefined && looksLikeAgency(v.slice(rest)))) {
        append(names, cleanName(name.slice(0, etc)))
        name = name.slice(rest)
        v = v.slice(rest)
      }
    }
    // `市科技局及相关行业主管部门` is two units: 及 joins two names (not inside one, and never 和: 工业和信息化局).
    const and = v.indexOf(AND_WORD)
    const after = and + AND_WORD.length + (v.startsWith(ITS_WORD, and + AND_WORD.length) ? ITS_WORD.length : 0)
    // A 及 inside brackets (`（行政院及所属各机关）`) joins no two units.
    if (and > 1 && after < v.length - 1 && balanced(v.slice(0, and), OPEN, CLOSE) && AGENCY_SUFFIXES.some((x) => v.endsWith(x, and)) && looksLikeAgency(v.slice(after))) {
      append(names, cleanName(name.slice(0, and)))
      name = name.slice(after)
    }
    append(names, cleanName(name))
  }
  for (let i = 0; i < view.length; i++) {
    const c = view[i] as string
    if (OPEN.includes(c)) depth++
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1)
    else if (depth === 0 && (c === '、' || c === ',' || c === '/' || c === '\n' || (c === ' ' && spaced(view, i)))) {
      push(i)
      from = i + 1
    }
  }
  push(view.length)
  return names
}

/** A space between two names (`市发改委 市财政局`), not inside one: both sides end and start a name. */
function spaced(view: string, i: number): boolean {
  const before = view.slice(0, i).trimEnd()
  const after = view.slice(i + 1).trimStart()
  return before.length > 1 && after.length > 1 && AGENCY_SUFFIXES.some((s) => before.endsWith(s)) && !/^[\s、,]/.test(view.slice(i + 1))
}

function cleanName(name: string): string[] {
  let n = name.trim().replace(NAME_JOINER, '').replace(NAME_ETC, '').trim()
  n = n.replace(NAME_BY, '')
  return n ? [n] : []
}

/**
 * The kind of the units a task-table column names by its heading (`牵头单位`, `配合部门`, a bare `牵头`), or null when
 * the heading names no units; a heading of units without a role word (`责任主体`, `实施处室`) is shared.
 * @param heading the heading, spaces removed (matching view)
 */
export function columnKind(heading: string): RoleKind | null {
  if (!COLUMN_ENDINGS.some((n) => heading.endsWith(n)) && !COLUMN_WORDS.has(heading)) return null
  // `配合/责任单位`: two roles as alternatives, the one that fits the row (support under a 牵头, else responsible).
  if (/[/、或]/.test(heading)) {
    const kinds = new Set(HEADING_WORDS.filter((r) => heading.includes(r.word)).map((r) => r.kind))
    if (kinds.size > 1) return 'shared'
  }
  return HEADING_WORDS.find((r) => heading.includes(r.word))?.kind ?? 'shared'
}

/**
 * Whether every name of a list is an agency, judged on the matching view (the text as written may be Traditional:
 * `市海關` ends like no body until it reads `市海关`).
 */
function agencies(view: string): boolean {
  return splitUnits(view, view).every(looksLikeAgency)
}

/** Whether a name can be a responsible body, an agency (used where no label vouches for it). */
export function looksLikeAgency(name: string): boolean {
  if (name.length === 0 || name.length > MAX_AGENCY_LENGTH || PROSE.test(name) || PROSE_WORDS.some((w) => name.includes(w))) return false
  if (GENERIC_AGENCY_WORDS.some((g) => name.startsWith(g.word))) return true
  const bare = name.replace(/[(（][^)）]*[)）]$/, '')
  return AGENCY_SUFFIXES.some((s) => bare.endsWith(s))
}

/** The label at the start of a segment (`牵头单位:`), its kind and where the names start. */
function readLabel(view: string): { label: string; kind: RoleKind; rest: number; bracketed: RoleKind | null } | null {
  const colon = view.search(/[:：]/)
  if (colon <= 0 || colon > MAX_LABEL_LENGTH) return null
  const label = view.slice(0, colon).trim()
  // `主（协）办机关`: two labels in one, the bracketed word's role (协办) given to the names in brackets.
  const aside = LABEL_ASIDE.exec(label)
  const bare = aside ? label.replace(aside[0], '') : label
  const found = LABEL_WORDS.find((r) => bare.includes(r.word))
  if (!found) return null
  const isBareRole = bare === found.word
  if (!isBareRole && !LABEL_ENDINGS.some((n) => bare.endsWith(n))) return null
  const other = aside ? LABEL_WORDS.find((r) => r.word === (aside[1] as string) + label.charAt(aside.index + aside[0].length)) : undefined
  return { label, kind: found.kind, rest: colon + 1, bracketed: other && other.kind !== found.kind ? other.kind : null }
}

/** A word in brackets inside a label (`主（协）办机关`), one or two characters. */
const LABEL_ASIDE = /[(（]([\u4e00-\u9fa5]{1,2})[)）]/

/** The role verb that ends a segment (`…按职责分工负责`). */
function readVerb(view: string): { verb: string; kind: RoleKind } | null {
  for (const r of ROLE_VERBS) if (view.endsWith(r.word)) return { verb: r.word, kind: r.kind }
  return null
}

interface Segment {
  from: number
  to: number
  /** The separator before it: `,` within a sentence, `;` between groups, `.` after a sentence end. */
  after: ',' | ';' | '.' | ''
}

/** For every opening bracket that is closed, the offset of its close: one pass with a stack. */
function matchingCloses(view: string): Map<number, number> {
  const closes = new Map<number, number>()
  const stack: number[] = []
  for (let at = nextUnit(BRACKETS, view, 0); at >= 0; at = nextUnit(BRACKETS, view, at + 1)) {
    if (OPEN.includes(view[at] as string)) stack.push(at)
    else if (stack.length > 0) closes.set(stack.pop()!, at)
  }
  return closes
}

/** Where a label starts inside a run of text (`市住建局 配合单位：`): at its role word. */
const LABEL_START = new RegExp(`(?:${anyOf(LABEL_WORDS.map((r) => r.word))})[\\u4e00-\\u9fa5]{0,4}?(?:${anyOf(LABEL_ENDINGS)})\\s*[:：]`, 'g')

/** Cut a statement into segments at `。;,` outside brackets, and before every label. */
function segments(view: string): Segment[] {
  const labelStarts = new Set<number>()
  LABEL_START.lastIndex = 0
  for (let m = LABEL_START.exec(view); m; m = LABEL_START.exec(view)) labelStarts.add(m.index)
  const out: Segment[] = []
  let depth = 0
  let from = 0
  let after: Segment['after'] = ''
  for (let i = 0; i <= view.length; i++) {
    const c = view[i]
    if (c !== undefined && OPEN.includes(c)) depth++
    else if (c !== undefined && CLOSE.includes(c)) depth = Math.max(0, depth - 1)
    else if (i === view.length || (depth === 0 && (c === '。' || c === ';' || c === ','))) {
      out.push({ from, to: i, after })
      after = c === '。' ? '.' : c === ';' ? ';' : ','
      from = i + 1
    } else if (depth === 0 && i > from && labelStarts.has(i) && view.slice(from, i).trim()) {
      // `牵头单位：市住建局 配合单位：市自然资源局`: labels separated by a space or nothing.
      out.push({ from, to: i, after })
      after = ';'
      from = i
    }
  }
  return out
}


/** Pull names with a role in brackets out of a labelled list into roles of their own, leads first. */
function namedRoles(role: RawRole): RawRole[] {
  const lead: string[] = []
  const support: string[] = []
  const rest: string[] = []
  for (const unit of role.units) {
    const m = NAME_ROLE.exec(unit)
    if (!m) rest.push(unit)
    else if (BRACKET_ROLES.get(m[2] as string) === 'support') support.push(m[1] as string)
    else lead.push(m[1] as string)
  }
  if (lead.length === 0 && support.length === 0) return [role]
  const out: RawRole[] = []
  if (lead.length) out.push({ role: BRACKET_ROLE_NAMES.lead, kind: 'lead', units: lead })
  if (rest.length) out.push({ ...role, units: rest })
  if (support.length) out.push({ role: BRACKET_ROLE_NAMES.support, kind: 'support', units: support })
  return out
}

/**
 * Read the content of a bracket (or of a labelled line) as a responsibility statement.
 * @param view the matching view of the content
 * @param plain the content as written (same length)
 * @returns the roles as printed, or null when the content is not a statement
 */
export function readStatement(view: string, plain: string): Omit<Statement, 'start' | 'end'> | null {
  if (!MAY_STATE.test(view)) return null
  const roles: RawRole[] = []
  let deadline: string | null = null
  let firstLeads = false
  const addsLead: string[] = []
  let pending: string[] = []
  let labelled: RawRole | null = null
  const parts = segments(view)
  // With a label anywhere, other parts are notes (`牵头领导：…`, `完成时限：…`); without one, every part must parse.
  const hasLabel = parts.some((seg) => readLabel(view.slice(seg.from, seg.to).trim()) !== null)
  for (const seg of parts) {
    let from = seg.from
    while (from < seg.to && view.charCodeAt(from) === 0x20) from++
    const v = view.slice(from, seg.to).trim()
    const p = plain.slice(from, from + v.length)
    if (!v) continue
    if (v.includes(FIRST_LEADS_WORD) && FIRST_LEADS_PATTERNS.some((re) => re.test(v))) {
      firstLeads = true
      continue
    }
    const adds = v.includes(ADDS_LEAD_WORD) ? ADDS_LEAD_PATTERN.exec(v) : null
    if (adds && adds[1] && looksLikeAgency(adds[1])) {
      addsLead.push(p.slice(adds.index + adds[0].indexOf(adds[1]), adds.index + adds[0].indexOf(adds[1]) + adds[1].length))
      continue
    }
    if (CONVENTION_TAILS.some((w) => v.startsWith(w))) continue
    const label = readLabel(v)
    if (label) {
      let units = splitUnits(v.slice(label.rest), p.slice(label.rest))
      if (label.bracketed) {
        // The names in brackets take the bracketed role, their brackets dropped: `主（协）办机关：A、（B）`.
        const inBrackets = (u: string): boolean => /^[(（].*[)）]$/.test(u)
        const others = units.filter(inBrackets).map((u) => u.slice(1, -1).trim())
        units = units.filter((u) => !inBrackets(u))
        if (others.length) roles.push({ role: p.slice(0, label.label.length), kind: label.bracketed, units: others, leads: false })
      }
      labelled = { role: p.slice(0, v.indexOf(label.label) + label.label.length), kind: label.kind, units, leads: namesLead(label.label) }
      const split = namedRoles(labelled)
      append(roles, split)
      labelled = split.find((r) => r.role === labelled!.role) ?? labelled
      continue
    }
    // Another label that names no role is a note (`适用范围：浙江自贸试验区`, `牵头领导：…`): its names are no units.
    if (hasLabel && (v.includes(':') || v.includes('：'))) {
      labelled = null
      continue
    }
    // After a label, a comma may separate more names of the same list.
    if (labelled && seg.after === ',' && !readVerb(v) && !DEADLINE_PATTERN.test(v)) {
      const more = splitUnits(v, p)
      if (agencies(v)) {
        append(labelled.units, more)
        continue
      }
    }
    const verb = readVerb(v)
    if (verb) {
      const body = v.slice(0, v.length - verb.verb.length)
      const bodyPlain = p.slice(0, body.length)
      const withWord = WITH_WORDS.map((w) => ({ w, at: body.indexOf(w.word) })).find((x) => x.at > 0)
      const leadPart = withWord ? body.slice(0, withWord.at) : body
      const units = [...pending, ...splitUnits(leadPart, bodyPlain.slice(0, leadPart.length))]
      if (units.length === 0 || !agencies(leadPart)) return null
      roles.push({ role: p.slice(body.length), kind: verb.kind, units, leads: namesLead(verb.verb) })
      pending = []
      if (withWord) {
        const at = withWord.at + withWord.w.word.length
        const partners = splitUnits(body.slice(at), bodyPlain.slice(at))
        if (partners.length === 0 || !agencies(body.slice(at))) return null
        roles.push({ role: withWord.w.word, kind: withWord.w.kind, units: partners, leads: false })
      }
      labelled = null
      continue
    }
    if (DEADLINE_PATTERN.test(v) && roles.length === 0) {
      deadline ??= p
      continue
    }
    const names = splitUnits(v, p)
    if (names.length > 0 && agencies(v) && seg.after !== '.') {
      append(pending, names)
      continue
    }
    // A remark after a complete statement (`…负责。具体办法另行制定`) does not undo it.
    if (roles.length > 0 && seg.after === '.') break
    if (DEADLINE_PATTERN.test(v)) {
      deadline ??= p
      continue
    }
    if (hasLabel) continue
    return null
  }
  // Names left without a role count against a statement without labels; with labels, they are part of a note.
  if ((pending.length > 0 && !hasLabel) || !roles.some((r) => r.units.length > 0)) {
    return addsLead.length > 0 || firstLeads ? { roles: [], deadline, firstLeads, addsLead } : null
  }
  return { roles, deadline, firstLeads, addsLead }
}

/** Whether a text holds one of some words. */
function holdsAny(view: string, words: readonly string[]): boolean {
  for (const w of words) if (view.includes(w)) return true
  return false
}

/** A label of its own after a sentence end or at the start of a paragraph: `。责任单位：`. */
const LINE_LABEL = new RegExp(`(?:^[-*•·]?|[。;])\\s*([\\u4e00-\\u9fa5]{1,8}(?:[(（][\\u4e00-\\u9fa5]{1,2}[)）][\\u4e00-\\u9fa5]{0,4})?(?:${anyOf(LINE_NOUNS)}))\\s*[:：]`, 'g')

/** A label in lenticular brackets: `【牵头单位】`. */
const BOXED_LABEL = new RegExp(`【([\\u4e00-\\u9fa5]{1,8}(?:${anyOf(LINE_NOUNS)}))】`, 'g')

/**
 * Whether a statement names the lead of its task (`牵头单位：A`, `A牵头`), so that shared roles of later statements of
 * the task support.
 * @param statement a statement
 */
export function namesItsLead(statement: Statement): boolean {
  return statement.roles.some((r) => r.kind === 'lead' && r.units.length > 0 && (r.leads ?? namesLead(r.role)))
}

/** Whether a role as printed names the lead among several (`牵头单位`, `牵头负责`). */
function namesLead(role: string): boolean {
  for (const w of LEAD_NAMES) if (role.includes(w)) return true
  return false
}

/** Shortest name a bracket of names alone may hold (`（市委、市政府）` is two, `（市、区）` no names but places). */
const MIN_BARE_NAME = 3
/** Fewest characters of a sentence that a bracket of names alone closes without a sentence end before it. */
const MIN_SENTENCE = 8
/** Marks after which a bracket is an item of a list (`A、（B）`, `：（B）`), not the names closing a sentence. */
const LIST_MARKS = '、,:：'
/** Characters that end a sentence or a clause, around a bracket of names alone. */
const SENTENCE_ENDS = '。;；.'

/** Whether a bracket stands at the end of a sentence: after its `。`, before it, or at the end of the paragraph. */
function closesSentence(view: string, open: number, close: number): boolean {
  let after = close + 1
  while (after < view.length && view.charCodeAt(after) === 0x20) after++
  if (open > 0 && SENTENCE_ENDS.includes(view[open - 1] as string)) return true
  // A bracket glued to a name is its short name (`中俄博览会（哈洽会）`), not the units of the sentence; one after a
  // few words names who makes a product (`某某软件（某某公司）`).
  if (open < MIN_SENTENCE || AGENCY_SUFFIXES.some((x) => view.endsWith(x, open)) || LIST_MARKS.includes(view[open - 1] as string)) return false
  return after >= view.length || SENTENCE_ENDS.includes(view[after] as string)
}

/**
 * Whether a statement prints a role (`牵头单位：`, `A牵头`) rather than names alone in brackets.
 * @param statement a statement
 */
export function printsRole(statement: Statement): boolean {
  return statement.firstLeads || statement.addsLead.length > 0 || statement.roles.some((r) => r.role !== '')
}

/**
 * A bracket at the end of a sentence that holds nothing but names of bodies (`（市科委、市经济信息化委）`): they are
 * responsible, all of them leads unless a stated convention makes the first the lead.
 */
function namesOnly(view: string, plain: string): Omit<Statement, 'start' | 'end'> | null {
  const units = splitUnits(view, plain)
  if (units.length !== splitUnits(view, view).length || !splitUnits(view, view).every((u) => named(u))) return null
  return { roles: [{ role: '', kind: 'shared', units, leads: false }], deadline: null, firstLeads: false, addsLead: [] }
}

/**
 * A name of a bracket of names alone, on the matching view: it ends like a body (`…局`, `…有关部门`). `各区` and the
 * like name all the bodies of a kind though they are two characters.
 */
function named(u: string): boolean {
  return (u.length >= MIN_BARE_NAME || (u.length === 2 && u.startsWith('各'))) && looksLikeAgency(u) && !holdsAny(u, STATEMENT_HINTS) && AGENCY_SUFFIXES.some((x) => u.replace(/[(（][^)）]*[)）]$/, '').endsWith(x))
}

/**
 * Find the statements in a paragraph: brackets whose content is a statement, and `责任单位：…` labels after a
 * sentence end or at the start of the paragraph.
 * @param view the matching view of the paragraph
 * @param plain the paragraph as written (same length)
 */
export function findStatements(view: string, plain: string): Statement[] {
  const found: Statement[] = []
  // A line with no bracket and no label has no statement: the usual line of a notice's text.
  if (!OPENERS_TEST.test(view) && !holdsAny(view, LINE_NOUNS)) return found
  const close = matchingCloses(view)
  for (let i = nextUnit(OPENERS, view, 0); i >= 0; ) {
    // The matching close, or the end of the paragraph for a bracket left open; long brackets are prose.
    const j = close.get(i) ?? view.length
    let resume = i + 1
    if (j - i <= MAX_STATEMENT_LENGTH) {
      const inner =
        readStatement(view.slice(i + 1, j), plain.slice(i + 1, j)) ??
        (view[i] === '(' && close.has(i) && closesSentence(view, i, j) ? namesOnly(view.slice(i + 1, j), plain.slice(i + 1, j)) : null)
      if (inner) {
        found.push({ start: i, end: Math.min(j + 1, view.length), ...inner })
        resume = j + 1
      }
    }
    i = nextUnit(OPENERS, view, resume)
  }
  // Unbracketed labels: `。责任单位：市发改委、市财政局`; most lines hold none, which two searches tell.
  if (!holdsAny(view, LINE_NOUNS)) return found.sort((a, b) => a.start - b.start)
  const labelAt = LINE_LABEL
  labelAt.lastIndex = 0
  for (let m = labelAt.exec(view); m; m = labelAt.exec(view)) {
    const start = m.index + m[0].indexOf(m[1] as string)
    if (found.some((s) => start >= s.start && start < s.end)) continue
    // The label runs to a sentence end or to a bracket it did not open (`（…。责任单位：A）`).
    let end = start
    for (let depth = 0; end < view.length; end++) {
      const c = view[end] as string
      if (OPEN.includes(c)) depth++
      else if (CLOSE.includes(c) && depth-- === 0) break
      else if ((c === '。' || c === ';') && depth === 0) break
    }
    const inner = readStatement(view.slice(start, end), plain.slice(start, end))
    if (inner && inner.roles.length > 0) found.push({ start, end, ...inner })
  }
  // Labels in lenticular brackets: `【牵头单位】市科技局【责任单位】各县区`.
  if (!view.includes('【')) return found.sort((a, b) => a.start - b.start)
  const boxed = BOXED_LABEL
  boxed.lastIndex = 0
  for (let m = boxed.exec(view); m; m = boxed.exec(view)) {
    const start = m.index
    if (found.some((s) => start >= s.start && start < s.end)) continue
    let end = start + m[0].length
    while (end < view.length && !'。;【'.includes(view[end] as string)) end++
    // The closing 】 stands where a colon would: same length, so names still slice from the text as written.
    const colon = start + m[0].length - 1
    const asLabel = (text: string): string => text.slice(start + 1, colon) + ':' + text.slice(colon + 1, end)
    const inner = readStatement(asLabel(view), asLabel(plain))
    if (inner && inner.roles.length > 0) found.push({ start, end, ...inner })
  }
  return found.sort((a, b) => a.start - b.start)
}

/**
 * Resolve the roles of a statement into lead and support units, under the conventions in force.
 * @param statement the statement as read
 * @param conventions what earlier statements established (updated with what this one states)
 * @param ledBefore an earlier statement of the same task named its lead (`牵头单位：A` over `责任单位：B`): a shared
 *   role here supports
 */
export function resolveRoles(
  statement: Statement,
  conventions: Conventions,
  ledBefore = false,
): { lead: string[]; support: string[]; roles: Array<{ role: string; kind: 'lead' | 'support'; units: string[] }> } {
  if (statement.firstLeads) conventions.firstLeads = true
  const lead: string[] = []
  const support: string[] = []
  // Each role as resolved: its kind is the side its units went to (a 责任单位 after a 牵头 supports).
  const roles: Array<{ role: string; kind: 'lead' | 'support'; units: string[] }> = []
  const leads = (r: RawRole): boolean => r.leads ?? namesLead(r.role)
  const explicit = ledBefore || statement.roles.some((r) => leads(r) || r.kind === 'support')
  if (conventions.firstLeads && !explicit) {
    let first = true
    for (const r of statement.roles) {
      if (r.units.length === 0) continue
      if (first) {
        lead.push(r.units[0] as string)
        roles.push({ role: r.role, kind: 'lead', units: r.units.slice(0, 1) })
        first = false
        if (r.units.length > 1) roles.push({ role: r.role, kind: 'support', units: r.units.slice(1) })
        append(support, r.units.slice(1))
      } else {
        roles.push({ role: r.role, kind: 'support', units: r.units })
        append(support, r.units)
      }
    }
  } else {
    let ledByNamedLead = ledBefore
    for (const r of statement.roles) {
      const kind = r.kind === 'shared' ? (ledByNamedLead ? 'support' : 'lead') : r.kind
      append(kind === 'lead' ? lead : support, r.units)
      roles.push({ role: r.role, kind, units: r.units })
      if (r.kind === 'lead' && leads(r)) ledByNamedLead = true
    }
  }
  for (const unit of conventions.addsLead) if (!lead.includes(unit)) lead.push(unit)
  append(conventions.addsLead, statement.addsLead)
  return { lead, support, roles }
}

/** A label of a responsibility clause outside brackets (`责任单位：`), whether or not names follow it. */
const HINT_LABEL = new RegExp(`(?:${anyOf(LABEL_WORDS.map((r) => r.word))})[\\u4e00-\\u9fa5]{0,4}?(?:${anyOf(LINE_NOUNS)})\\s*[:：]`, 'g')

/**
 * Where a paragraph looks like it states who is responsible and no statement was read: brackets that hold a role
 * word (`（市科技局牵头负责的项目除外）`), and labels outside brackets (`责任单位：`) outside every statement.
 * @param view the matching view of the paragraph
 * @param read where the statements read in it stand
 * @returns the spans, offsets relative to the paragraph
 */
export function findUnreadStatements(view: string, read: readonly { start: number; end: number }[]): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = []
  if (!holdsAny(view, STATEMENT_HINTS)) return out
  const inside = (at: number): boolean => read.some((s) => at >= s.start && at < s.end)
  if (OPENERS_TEST.test(view)) {
    const close = matchingCloses(view)
    for (const [open, end] of close) {
      if (end - open > MAX_STATEMENT_LENGTH || inside(open) || out.some((s) => open > s.start && open < s.end)) continue
      if (holdsAny(view.slice(open + 1, end), STATEMENT_HINTS)) out.push({ start: open, end: end + 1 })
    }
  }
  HINT_LABEL.lastIndex = 0
  for (let m = HINT_LABEL.exec(view); m; m = HINT_LABEL.exec(view)) {
    if (inside(m.index) || out.some((s) => m!.index >= s.start && m!.index < s.end)) continue
    out.push({ start: m.index, end: m.index + m[0].length })
  }
  return out.sort((a, b) => a.start - b.start)
}
