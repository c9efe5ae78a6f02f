/**
 * Responsibility statements: `（牵头单位：A、B；配合单位：C）`, `（A牵头，B、C配合）`, `（A会同B负责）`,
 * `（A、B按职责分工负责）`, `（5月底完成，牵头考核单位：市X局）`, `责任单位：A`, and the conventions some notices
 * state once for all later statements (`列第一位者为牵头单位，下同`).
 *
 * Only explicit statements count: a bracket (or a `责任单位：` label) whose every part is a label, a list of units
 * with a role word, a deadline or a convention. Actors named in running prose are not read.
 */
import { nextUnit } from '../util/chars.js'
import {
  ADDS_LEAD_PATTERN,
  ADDS_LEAD_WORD,
  DEADLINE_PATTERN,
  FIRST_LEADS_PATTERNS,
  FIRST_LEADS_WORD,
  GENERIC_UNIT_WORDS,
  LABEL_NOUNS,
  LABEL_WORDS,
  MAX_LABEL_LENGTH,
  MAX_UNIT_LENGTH,
  ROLE_VERBS,
  type RoleKind,
  UNIT_SUFFIXES,
  WITH_WORDS,
} from '../lexicon/roles.js'

/** A role as printed, before conventions resolve `shared` into lead or support. */
export interface RawRole {
  role: string
  kind: RoleKind
  units: string[]
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

/**
 * Characters that never occur in a unit name but often in prose. Note: not 应 (应急管理局), 与 (自然资源与规划局),
 * 对 (对外) or 及: they are parts of names.
 */
const PROSE_CHARACTERS = /[的要将可是把被让并或]|[0-9]/

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
const MAY_STATE = new RegExp([':', '：', FIRST_LEADS_WORD, ADDS_LEAD_WORD, ...ROLE_VERBS.map(([verb]) => verb)].join('|'))

/** Split a list of names at `、` `,` (and `，` in the written text) outside brackets; drop a trailing `等`. */
export function splitUnits(view: string, plain: string): string[] {
  const names: string[] = []
  let depth = 0
  let from = 0
  const push = (to: number): void => {
    let name = plain.slice(from, to).trim()
    let v = view.slice(from, to).trim()
    // `A等有关部门和单位` is two units; a trailing `等` is dropped.
    const etc = v.lastIndexOf('等')
    if (etc > 0 && etc < v.length - 1 && GENERIC_UNIT_WORDS.some((w) => v.startsWith(w, etc + 1))) {
      names.push(...cleanName(name.slice(0, etc)))
      name = name.slice(etc + 1)
      v = v.slice(etc + 1)
    }
    names.push(...cleanName(name))
  }
  for (let i = 0; i < view.length; i++) {
    const c = view[i] as string
    if (OPEN.includes(c)) depth++
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1)
    else if (depth === 0 && (c === '、' || c === ',' || c === '/' || (c === ' ' && spaced(view, i)))) {
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
  return before.length > 1 && after.length > 1 && UNIT_SUFFIXES.some((s) => before.endsWith(s)) && !/^[\s、,]/.test(view.slice(i + 1))
}

function cleanName(name: string): string[] {
  let n = name.trim().replace(/^[和及与]/, '').replace(/(?:等|等单位|等部门)$/, '').trim()
  n = n.replace(/^(?:由)/, '')
  return n ? [n] : []
}

/** Whether a name can be a responsible body (used where no label vouches for it). */
export function looksLikeUnit(name: string): boolean {
  if (name.length === 0 || name.length > MAX_UNIT_LENGTH || PROSE_CHARACTERS.test(name)) return false
  if (GENERIC_UNIT_WORDS.some((w) => name.startsWith(w))) return true
  const bare = name.replace(/[(（][^)）]*[)）]$/, '')
  return UNIT_SUFFIXES.some((s) => bare.endsWith(s))
}

/** The label at the start of a segment (`牵头单位:`), its kind and where the names start. */
function readLabel(view: string): { label: string; kind: RoleKind; rest: number } | null {
  const colon = view.search(/[:：]/)
  if (colon <= 0 || colon > MAX_LABEL_LENGTH) return null
  const label = view.slice(0, colon).trim()
  const found = LABEL_WORDS.find(([word]) => label.includes(word))
  if (!found) return null
  const isBareRole = label === found[0]
  if (!isBareRole && !LABEL_NOUNS.some((n) => label.endsWith(n))) return null
  return { label, kind: found[1], rest: colon + 1 }
}

/** The role verb that ends a segment (`…按职责分工负责`). */
function readVerb(view: string): { verb: string; kind: RoleKind } | null {
  for (const [verb, kind] of ROLE_VERBS) if (view.endsWith(verb)) return { verb, kind }
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
const LABEL_START = new RegExp(`(?:${LABEL_WORDS.map(([w]) => w).join('|')})[\\u4e00-\\u9fa5]{0,4}?(?:${LABEL_NOUNS.join('|')})\\s*[:：]`, 'g')

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

/** `市金融局（牵头）`: a role written after one name of a list. */
const NAME_ROLE = /^(.+?)\s*[(（](牵头|主责|负责|配合|协办|参与)[)）]$/

/** Pull names with a role in brackets out of a labelled list into roles of their own, leads first. */
function namedRoles(role: RawRole): RawRole[] {
  const lead: string[] = []
  const support: string[] = []
  const rest: string[] = []
  for (const unit of role.units) {
    const m = NAME_ROLE.exec(unit)
    if (!m) rest.push(unit)
    else if (/配合|协办|参与/.test(m[2] as string)) support.push(m[1] as string)
    else lead.push(m[1] as string)
  }
  if (lead.length === 0 && support.length === 0) return [role]
  const out: RawRole[] = []
  if (lead.length) out.push({ role: '牵头', kind: 'lead', units: lead })
  if (rest.length) out.push({ ...role, units: rest })
  if (support.length) out.push({ role: '配合', kind: 'support', units: support })
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
    if (!v || v === '下同') continue
    if (v.includes(FIRST_LEADS_WORD) && FIRST_LEADS_PATTERNS.some((re) => re.test(v))) {
      firstLeads = true
      continue
    }
    const adds = v.includes(ADDS_LEAD_WORD) ? ADDS_LEAD_PATTERN.exec(v) : null
    if (adds && adds[1] && looksLikeUnit(adds[1])) {
      addsLead.push(p.slice(adds.index + adds[0].indexOf(adds[1]), adds.index + adds[0].indexOf(adds[1]) + adds[1].length))
      continue
    }
    if (v.startsWith('不再列出') || v.startsWith('下同')) continue
    const label = readLabel(v)
    if (label) {
      const units = splitUnits(v.slice(label.rest), p.slice(label.rest))
      labelled = { role: p.slice(0, v.indexOf(label.label) + label.label.length), kind: label.kind, units }
      const split = namedRoles(labelled)
      roles.push(...split)
      labelled = split.find((r) => r.role === labelled!.role) ?? labelled
      continue
    }
    // After a label, a comma may separate more names of the same list.
    if (labelled && seg.after === ',' && !readVerb(v) && !DEADLINE_PATTERN.test(v)) {
      const more = splitUnits(v, p)
      if (more.every(looksLikeUnit)) {
        labelled.units.push(...more)
        continue
      }
    }
    const verb = readVerb(v)
    if (verb) {
      const body = v.slice(0, v.length - verb.verb.length)
      const bodyPlain = p.slice(0, body.length)
      const withWord = WITH_WORDS.map((w) => ({ w, at: body.indexOf(w) })).find((x) => x.at > 0)
      const leadPart = withWord ? body.slice(0, withWord.at) : body
      const units = [...pending, ...splitUnits(leadPart, bodyPlain.slice(0, leadPart.length))]
      if (units.length === 0 || !units.every(looksLikeUnit)) return null
      roles.push({ role: p.slice(body.length), kind: verb.kind, units })
      pending = []
      if (withWord) {
        const at = withWord.at + withWord.w.length
        const partners = splitUnits(body.slice(at), bodyPlain.slice(at))
        if (partners.length === 0 || !partners.every(looksLikeUnit)) return null
        roles.push({ role: withWord.w, kind: 'support', units: partners })
      }
      labelled = null
      continue
    }
    if (DEADLINE_PATTERN.test(v) && roles.length === 0) {
      deadline ??= p
      continue
    }
    const names = splitUnits(v, p)
    if (names.length > 0 && names.every(looksLikeUnit) && seg.after !== '.') {
      pending.push(...names)
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
  if (pending.length > 0 || !roles.some((r) => r.units.length > 0)) {
    return addsLead.length > 0 || firstLeads ? { roles: [], deadline, firstLeads, addsLead } : null
  }
  return { roles, deadline, firstLeads, addsLead }
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
  if (!OPENERS_TEST.test(view) && !view.includes('单位') && !view.includes('部门')) return found
  const close = matchingCloses(view)
  for (let i = nextUnit(OPENERS, view, 0); i >= 0; ) {
    // The matching close, or the end of the paragraph for a bracket left open; long brackets are prose.
    const j = close.get(i) ?? view.length
    let resume = i + 1
    if (j - i <= MAX_STATEMENT_LENGTH) {
      const inner = readStatement(view.slice(i + 1, j), plain.slice(i + 1, j))
      if (inner) {
        found.push({ start: i, end: Math.min(j + 1, view.length), ...inner })
        resume = j + 1
      }
    }
    i = nextUnit(OPENERS, view, resume)
  }
  // Unbracketed labels: `。责任单位：市发改委、市财政局`; most lines hold none, which two searches tell.
  if (!view.includes('单位') && !view.includes('部门')) return found.sort((a, b) => a.start - b.start)
  const labelAt = /(?:^|[。;])\s*([\u4e00-\u9fa5]{1,8}(?:单位|部门))\s*[:：]/g
  for (let m = labelAt.exec(view); m; m = labelAt.exec(view)) {
    const start = m.index + m[0].indexOf(m[1] as string)
    if (found.some((s) => start >= s.start && start < s.end)) continue
    let end = start
    while (end < view.length && !'。;)】]'.includes(view[end] as string)) end++
    const inner = readStatement(view.slice(start, end), plain.slice(start, end))
    if (inner && inner.roles.length > 0) found.push({ start, end, ...inner })
  }
  // Labels in lenticular brackets: `【牵头单位】市科技局【责任单位】各县区`.
  if (!view.includes('【')) return found.sort((a, b) => a.start - b.start)
  const boxed = /【([\u4e00-\u9fa5]{1,8}(?:单位|部门))】/g
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
 */
export function resolveRoles(statement: Statement, conventions: Conventions): { lead: string[]; support: string[] } {
  if (statement.firstLeads) conventions.firstLeads = true
  const lead: string[] = []
  const support: string[] = []
  const explicit = statement.roles.some((r) => r.role.includes('牵头') || r.kind === 'support')
  if (conventions.firstLeads && !explicit) {
    const all = statement.roles.flatMap((r) => r.units)
    all.forEach((u, i) => (i === 0 ? lead : support).push(u))
  } else {
    let ledBy牵头 = false
    for (const r of statement.roles) {
      const kind = r.kind === 'shared' ? (ledBy牵头 ? 'support' : 'lead') : r.kind
      ;(kind === 'lead' ? lead : support).push(...r.units)
      if (r.kind === 'lead' && r.role.includes('牵头')) ledBy牵头 = true
    }
  }
  for (const unit of conventions.addsLead) if (!lead.includes(unit)) lead.push(unit)
  conventions.addsLead.push(...statement.addsLead)
  return { lead, support }
}
