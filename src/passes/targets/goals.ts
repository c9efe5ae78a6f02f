/**
 * Targets: the quantities of a notice that it sets as goals, commitments or limits, with metric and action, and
 * nothing else. The scanner (`quantities.ts`) finds every quantity; this module decides which are goals:
 * not dates, ordinals, 文号, names and slogans in quotes, titles in 《》, scores, qualifiers of an object
 * (`投资500万元以上技术改造项目`), statistics of the present or past (`预计…增长6%左右`, a review chapter), objects
 * that exist already, or rules for individual cases (`最高给予500万元`).
 */
import { countAtMost, countBelow } from '../../util/bisect.js'
import { nextUnit } from '../../util/chars.js'
import type { Document, Line, Span } from '../../document/document.js'
import {
  AGE_UNITS,
  CASE_RULE_EXCEPTIONS,
  CASE_RULE_MARKERS,
  DISTANT_COMPARATOR_REACH,
  DISTANT_COMPARATORS,
  DUE_PATTERN,
  DURATION_UNITS,
  EXISTING_AFTER,
  EXISTING_BEFORE,
  LIST_COUNT_BEFORE,
  NAME_AFTER,
  ORDINAL_UNITS,
  BASE_YEAR_AFTER,
  BASE_YEAR_BEFORE,
  CHANGE_ONLY_PREFIXES,
  CHANGE_ONLY_WORDS,
  LAST_YEAR,
  LEVEL_BEFORE_WORDS,
  VERB_STARTS_AFTER_MEASURE,
  PAST_MARKERS,
  PAST_SENTENCE_MARKERS,
  TURN_TO_GOAL,
  PREPOSITION_BEFORE,
  RANK_BEFORE,
  REVIEW_HEADINGS,
  SIZE_WORDS,
} from '../../lexicon/goals.js'
import { COUNTER_UNITS, RATIO_UNITS } from '../../lexicon/measures.js'
import { LIST_SEPARATORS } from '../../lexicon/comparators.js'
import { YEAR_CHARACTER } from '../../lexicon/numerals.js'
import type { Target } from '../../tree/schema.js'
import { readMarker } from '../../grammar/markers.js'
import { readMetric, type Metric } from './metric.js'
import { scanQuantities, type Quantity } from '../../grammar/quantities.js'
import { segmenter as loadSegmenter, type Segmenter, type SegmenterName } from './segmenter.js'

export interface TargetOptions {
  /** Which jieba binding bounds metric phrases; `none` uses character rules only. */
  segmenter: SegmenterName
  /** Told once when the segmenter cannot load. */
  warn: (message: string) => void
}

/** Where the lines stand: the title of their chapter, for review chapters whose figures are results. */
export interface TargetScope {
  chapter: string | null
}

/** What the reader knows of the document: its year, to tell last year's figures from this year's goals. */
export interface DocumentFacts {
  year: number | null
}

/** Finds the targets of some lines read under a scope. */
export type TargetReader = (lines: readonly Line[], scope: TargetScope) => Target[]

const CLAUSE_CUTS = /[,:]/g
const SENTENCE_CUTS = /[。;!?]/g
const counters = new Set(COUNTER_UNITS)
/** Level verbs that make a bare number (no unit) a goal: `指数达到125`. */
const LEVEL_BEFORE = new RegExp(`(?:${LEVEL_BEFORE_WORDS.join('|')})$`)
/** Marks whose content is a name, a slogan or a title, with the closers that end them and how long they run. */
const QUOTES: ReadonlyArray<readonly [open: string, close: string, maxLength: number]> = [
  ['“', '”"', 40],
  ['"', '"”', 40],
  ['《', '》', 120],
  ['「', '」', 40],
  ['〔', '〕', 12],
]
/** A metric that is only a word of change or level: it continues the metric before it. */
const CHANGE_ONLY = new RegExp(`^(?:${CHANGE_ONLY_PREFIXES.join('|')})?(?:${CHANGE_ONLY_WORDS.join('|')})$`)
const QUOTE_OPENERS = new RegExp(`[${QUOTES.map(([open]) => open).join('')}]`, 'g')
const YEAR = new RegExp(`(\\d{4})${YEAR_CHARACTER}`, 'g')
/** Characters that join the members of a list of quantities (`10亿元、20亿元、50亿元`). */
const LIST_JOINERS = new RegExp(`^(?:${[...LIST_SEPARATORS, ','].join('|')})$`)
/** Characters of verbs that follow a measure without qualifying a noun: `20兆进牧户`. */
const VERB_AFTER = new RegExp(`^[${VERB_STARTS_AFTER_MEASURE}]`)
/** Tags of jieba that mark a verb. */
const VERB_TAG = /^v/

/** Spans of a line that hold no goals: quotes, titles, responsibility statements. */
function excludedSpans(view: string, statements: readonly Span[]): Span[] {
  // Note: built from an empty literal, so that every call returns an array of one kind (see makeLine).
  const spans: Span[] = []
  for (const s of statements) spans.push({ start: s.start, end: s.end })
  for (let i = nextUnit(QUOTE_OPENERS, view, 0); i >= 0; ) {
    let resume = i + 1
    const quote = QUOTES.find(([open]) => open === view[i])
    if (quote) {
      const [, close, maxLength] = quote
      const limit = Math.min(view.length, i + 1 + maxLength)
      let j = i + 1
      while (j < limit && !close.includes(view[j] as string)) j++
      // Note: an opening mark without its close nearby is a typo, not a name that runs on.
      if (j < limit) {
        spans.push({ start: i, end: j + 1 })
        resume = j + 1
      }
    }
    i = nextUnit(QUOTE_OPENERS, view, resume)
  }
  return spans
}

/** Spans sorted by start, asked whether one of them contains a span, in logarithmic time. */
interface SpanIndex {
  contains(q: Span): boolean
}

function spanIndex(spans: Span[]): SpanIndex {
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  const starts = sorted.map((s) => s.start)
  // The furthest end among spans that start at or before each one: a span starting earlier may still cover q.
  const reach: number[] = []
  for (const s of sorted) reach.push(Math.max(s.end, reach[reach.length - 1] ?? -1))
  return {
    contains(q) {
      const at = countAtMost(starts, q.start) - 1
      return at >= 0 && reach[at]! >= q.end
    },
  }
}

/** Clause bounds of a sentence, found once: `,` and `:` cut clauses. */
function clauseIndex(view: string, start: number, end: number): { startOf(at: number): number; endOf(at: number): number } {
  const cuts: number[] = []
  for (let at = nextUnit(CLAUSE_CUTS, view, start); at >= 0 && at < end; at = nextUnit(CLAUSE_CUTS, view, at + 1)) cuts.push(at)
  return {
    startOf: (at) => {
      const i = countBelow(cuts, at) - 1
      return i >= 0 ? cuts[i]! + 1 : start
    },
    endOf: (at) => cuts[countBelow(cuts, at)] ?? end,
  }
}

/** The first sentence end at or after `from`, or the end of the text. */
function sentenceEnd(view: string, from: number): number {
  const at = nextUnit(SENTENCE_CUTS, view, from)
  return at >= 0 ? at : view.length
}

/**
 * How far around a quantity its sentence is read for past markers, years and due dates, in characters.
 * Note: real sentences are shorter; the bound keeps a text without sentence ends linear.
 */
const CONTEXT_WINDOW = 160

/** Whether a quantity is a statistic: a past marker, or an earlier year, before it in its sentence. */
function isStatistic(view: string, sentence: Span, q: Quantity, facts: DocumentFacts): boolean {
  const before = view.slice(Math.max(sentence.start, q.start - CONTEXT_WINDOW), q.start)
  if (PAST_MARKERS.some((w) => before.includes(w)) || LAST_YEAR.test(before)) return true
  if (EXISTING_BEFORE.some((w) => before.includes(w))) return true
  const around = view.slice(Math.max(sentence.start, q.start - CONTEXT_WINDOW), Math.min(sentence.end, q.end + CONTEXT_WINDOW))
  if (PAST_SENTENCE_MARKERS.some((w) => around.includes(w))) return true
  if (facts.year === null) return false
  for (const m of before.matchAll(YEAR)) {
    const year = Number(m[1])
    const lead = before.slice(Math.max(0, (m.index ?? 0) - 2), m.index)
    // `到2020年` is a due date, `比2020年` a base: neither makes the figure a statistic.
    const after = before.slice((m.index ?? 0) + m[0].length)
    if (year < facts.year && !/[到至]$/.test(lead) && !BASE_YEAR_BEFORE.test(lead) && !BASE_YEAR_AFTER.test(after) && !TURN_TO_GOAL.some((w) => after.includes(w))) return true
  }
  return false
}

/** The member quantities of lists: quantities joined only by `、` `和` `及` share what follows the last one. */
function listsOf(view: string, found: readonly Quantity[]): Quantity[][] {
  const lists: Quantity[][] = []
  for (const q of found) {
    const last = lists[lists.length - 1]
    const previous = last?.[last.length - 1]
    if (last && previous && LIST_JOINERS.test(view.slice(previous.end, q.start)) && previous.unit === q.unit) last.push(q)
    else lists.push([q])
  }
  return lists
}

/**
 * Whether a quantity only qualifies the noun after it: `500万元以上技术改造项目`, `30万千瓦以下小煤电机组`,
 * `超过100人的企业`; a count before its noun (`20家城市书房`) or a ratio (`90%的…`) is no qualifier.
 */
function qualifies(view: string, q: Quantity, clauseStart: number, segmenter: () => Segmenter | null): boolean {
  clauseStart = Math.max(clauseStart, q.start - CONTEXT_WINDOW)
  if (view[q.start - 1] === '×' || view[q.start - 1] === '*' || view[q.end] === '×') return true
  if (q.unit === null || RATIO_UNITS.has(q.unit)) return false
  const rest = view.slice(q.end)
  if (rest.startsWith('的')) return !SIZE_WORDS.some((w) => view.slice(clauseStart, q.start).includes(w))
  if (counters.has(q.unit)) return false
  if (!/^[\u4e00-\u9fa5“"A-Za-z]/.test(rest) || /^(?:和|及|或|等|左右|以上|以下|以内)/.test(rest)) return false
  if (VERB_AFTER.test(rest)) return false
  const seg = segmenter()
  if (seg) {
    const first = seg.tag(rest.slice(0, 12))[0]
    if (first && VERB_TAG.test(first.tag) && first.tag !== 'vn') return false
  }
  return true
}

function isCaseRule(view: string, clauseStart: number, q: Quantity): boolean {
  const before = view.slice(Math.max(clauseStart, q.start - CONTEXT_WINDOW), q.start)
  // `每认定1家…给予`: a rule for each one, not a goal.
  if (q.value === 1 && /每[\u4e00-\u9fa5]{0,4}$/.test(before)) return true
  if (!CASE_RULE_MARKERS.some((w) => before.includes(w))) return false
  return !CASE_RULE_EXCEPTIONS.some((w) => before.includes(w))
}

/** Whether the scanner's quantity can be a goal at all, before its clause is read. */
function plausible(view: string, q: Quantity): boolean {
  if (q.flags.length > 0) return false
  // `日常监测（60%）`: a number that fills a bracket is a weight or a note, like a score.
  if (view[q.start - 1] === '(' && view[q.end] === ')') return false
  if (q.unit !== null && (AGE_UNITS.includes(q.unit) || DURATION_UNITS.includes(q.unit) || ORDINAL_UNITS.includes(q.unit))) return false
  // `一个`, `两篇`, `八项规定`, `二次污染`: short Chinese numerals are words far more often than goals.
  if (q.form === 'chinese' && q.comparator === 'eq' && q.numberEnd - q.numberStart <= 2 + (q.unit?.length ?? 0)) return false
  const before = view.slice(Math.max(0, q.start - 4), q.start)
  if (LIST_COUNT_BEFORE.some((w) => before.endsWith(w))) return false
  if (PREPOSITION_BEFORE.some((w) => before.endsWith(w)) && !/[\d%]/.test(before.slice(-2, -1))) return false
  const after = view.slice(q.end)
  if (after.startsWith(':') || NAME_AFTER.test(after)) return false
  if (EXISTING_AFTER.some((w) => after.startsWith(w))) return false
  if (q.unit === null && q.comparator === 'eq' && !LEVEL_BEFORE.test(view.slice(Math.max(0, q.start - 16), q.start))) return false
  return true
}

/** A comparator word a few characters before the number: `至少创建2家`, `不低于县域内20%`; `进入全省前5` is a rank. */
function distantComparator(view: string, left: number, q: Quantity): Target['comparator'] {
  if (q.comparator !== 'eq') return q.comparator
  if (q.unit === null && view[q.start - 1] === RANK_BEFORE) return 'lte'
  const before = view.slice(Math.max(left, q.start - DISTANT_COMPARATOR_REACH), q.start)
  for (const [word, comparator] of DISTANT_COMPARATORS) if (before.includes(word)) return comparator
  return q.comparator
}

/** Shortest member of a list split at 和/及/与, so that 普及率 or 和谐 are not cut. */
const MIN_MEMBER = 2

/** The members of a list in a metric (`科技贷款、制造业贷款、普惠小微贷款`, `城市和农村…`), for `分别`/`均`. */
function listItems(view: string, metric: Span | null): Span[] {
  if (!metric) return []
  const items: Span[] = []
  let from = metric.start
  for (let i = metric.start; i <= metric.end; i++) {
    const c = view[i]
    const word = c === '和' || c === '及' || c === '与'
    if (i === metric.end || c === '、' || (word && i - from >= MIN_MEMBER && metric.end - i - 1 >= MIN_MEMBER)) {
      if (i > from) items.push({ start: from, end: i })
      from = i + 1
    }
  }
  return items
}

function dueOf(view: string, plain: string, sentenceStart: number, q: Quantity): string | null {
  const from = Math.max(sentenceStart, q.start - CONTEXT_WINDOW)
  const before = view.slice(from, q.start)
  let found: RegExpExecArray | null = null
  const re = new RegExp(DUE_PATTERN.source, 'g')
  for (let m = re.exec(before); m; m = re.exec(before)) if (m[0]) found = m
  if (!found) return null
  const start = from + found.index
  return plain.slice(start, start + found[0].length)
}

interface Kept {
  q: Quantity
  metric: Metric
  comparator: Target['comparator']
  clause: Span
}

/**
 * Make the targets reader of one document.
 * @param doc the document
 * @param statementSpans where the responsibility statements of a line stand (no goals are read inside them)
 * @param facts what is known of the document (its year)
 * @param options segmenter and warnings
 * @returns a reader that finds the targets of some lines
 */
export function targetReader(doc: Document, statementSpans: (line: Line) => readonly Span[], facts: DocumentFacts, options: TargetOptions): TargetReader {
  let seg: Segmenter | null | undefined
  const segment = (): Segmenter | null => {
    if (seg === undefined) {
      const loaded = loadSegmenter(options.segmenter)
      if (loaded instanceof Error) options.warn(loaded.message)
      seg = loaded instanceof Error ? null : loaded
    }
    return seg
  }

  /** The goals among the quantities of one sentence. */
  const readSentence = (view: string, spans: () => SpanIndex, start: number, end: number): Kept[] => {
    const found = scanQuantities(view, start, end, { skipEvidentNonQuantities: true })
    if (found.length === 0 || found.every((q) => q.flags.length > 0)) return []
    const excluded = spans()
    const clauses = clauseIndex(view, start, end)
    const drop = new Set<Quantity>()
    const ends = new Set(found.map((q) => q.end))
    for (const list of listsOf(view, found)) {
      // A list that can give no goal (a year in a cited title, a flagged number) needs no qualifier test, which
      // may ask the segmenter.
      if (list.every((q) => q.flags.length > 0 || excluded.contains(q))) continue
      const last = list[list.length - 1]!
      // A list is a qualifier when its last member is one: `总投资10亿元、20亿元、100亿元以上的大项目`.
      if (qualifies(view, last, clauses.startOf(list[0]!.start), segment)) for (const q of list) drop.add(q)
      // A number right after another is that one's qualifier: `3座220千伏变电站`.
      for (const q of list) if (ends.has(q.start)) drop.add(q)
    }
    // For each quantity, the next one that counts: the noun after a number runs up to it.
    const nextCounting: Array<Quantity | undefined> = []
    for (let k = found.length - 1, next: Quantity | undefined; k >= 0; k--) {
      nextCounting[k] = next
      const q = found[k]!
      if (!drop.has(q) && q.flags.length === 0 && !excluded.contains(q)) next = q
    }
    const kept: Kept[] = []
    /** The last quantity passed over as a statistic or a rule, and the bounds of its metric. */
    let passed: { q: Quantity; left: number; right: number } | null = null
    for (let k = 0; k < found.length; k++) {
      const q = found[k]!
      if (drop.has(q) || !plausible(view, q) || excluded.contains(q)) continue
      const clauseStart = clauses.startOf(q.start)
      const clauseEnd = clauses.endOf(q.end)
      const previous = kept[kept.length - 1]
      // After the previous quantity and the noun it took from after it (`3座220千伏、7座110千伏变电站`).
      const left = Math.max(clauseStart, previous && previous.q.end > clauseStart ? Math.min(previous.metric.end, q.start) : 0)
      // Not `5G` in `20个“5G+工业互联网”…场景`: only a quantity that counts ends the noun.
      const next = nextCounting[k]
      const right = next && next.start < clauseEnd ? next.start : clauseEnd
      if (isStatistic(view, { start, end }, q, facts) || isCaseRule(view, clauseStart, q)) {
        passed = { q, left, right }
        continue
      }
      // `20%的农村公办幼儿园`: a share of the noun after 的.
      const of = q.unit !== null && RATIO_UNITS.has(q.unit) && view[q.end] === '的'
      // A rate's 每… phrase right before the number is no part of the metric: `提高到每人每年640元`.
      const per = q.per && view.slice(left, q.start).endsWith(q.per) ? q.per.length : 0
      const metric = readMetric(view, left, { start: q.start - per, end: of ? q.end + 1 : q.end }, right, segment(), of)
      // `地区生产总值达到5000亿元，年均增长7%左右`: a change without its own metric is the previous one's.
      const own = metric.metric ? view.slice(metric.metric.start, metric.metric.end) : ''
      if (!own || CHANGE_ONLY.test(own)) {
        // The metric of a figure that is no goal serves too: `2022年地区生产总值达到2500亿元，今年力争增长6%`.
        const earlier =
          previous && (!passed || passed.q.start < previous.q.start)
            ? previous.metric.metric
            : passed && readMetric(view, passed.left, passed.q, passed.right, segment()).metric
        if (earlier) metric.metric = earlier
      }
      // One verb over a list: `新增A2家、B3家` — B is added too.
      if (!metric.action && previous && previous.clause.start === clauseStart && LIST_JOINERS.test(view[previous.q.end] ?? '')) {
        metric.action = previous.metric.action
      }
      kept.push({ q, metric, comparator: distantComparator(view, left, q), clause: { start: clauseStart, end: clauseEnd } })
    }
    return kept
  }

  return (lines: readonly Line[], scope: TargetScope): Target[] => {
    if (scope.chapter && REVIEW_HEADINGS.test(scope.chapter)) return []
    const targets: Target[] = []
    for (const line of lines) {
      const view = doc.view(line)
      const plain = doc.text(line)
      const marker = readMarker(view)
      // Spans without goals are indexed when a sentence of the line first holds a number.
      let excluded: SpanIndex | null = null
      const spans = (): SpanIndex => (excluded ??= spanIndex(excludedSpans(view, statementSpans(line))))
      for (let start = marker ? marker.contentStart : 0; start < view.length; ) {
        const end = sentenceEnd(view, start)
        const kept = readSentence(view, spans, start, end)
        if (kept.length === 0) {
          start = end + 1
          continue
        }
        const byClause = new Map<number, Kept[]>()
        const rank = new Map<Kept, number>()
        for (const k of kept) {
          const list = byClause.get(k.clause.start) ?? []
          rank.set(k, list.length)
          list.push(k)
          byClause.set(k.clause.start, list)
        }
        for (let i = 0; i < kept.length; i++) {
          const { q, metric, comparator, clause } = kept[i]!
          const due = dueOf(view, plain, start, q)
          // `A、B、C分别增长15%以上`, `A、B分别突破3500亿元、7000亿元`: one target per member of the list.
          const inClause = byClause.get(clause.start)!
          const first = inClause[0]!
          // The word that spreads one value over the list stands between the list and the first value.
          const spread = view.slice(first.metric.metric?.end ?? clause.start, first.q.start)
          const items = /分别|均|都/.test(spread) ? listItems(view, first.metric.metric) : []
          let metrics: Array<Span | null> = [metric.metric]
          if (items.length > 1 && inClause.length === 1) metrics = items
          else if (items.length > 1 && inClause.length === items.length) metrics = [items[rank.get(kept[i]!)!] ?? metric.metric]
          for (const m of metrics) targets.push(toTarget(doc, line, plain, q, { ...metric, metric: m }, comparator, due))
        }
        start = end + 1
      }
    }
    return targets
  }
}

function toTarget(doc: Document, line: Line, plain: string, q: Quantity, metric: Metric, comparator: Target['comparator'], due: string | null): Target {
  const start = Math.min(metric.start, q.start)
  const end = Math.max(metric.end, q.end)
  const slice = (s: Span | null): string | null => (s && s.end > s.start ? plain.slice(s.start, s.end).trim() || null : null)
  const target: Target = {
    type: 'target',
    text: plain.slice(start, end),
    metric: slice(metric.metric),
    action: slice(metric.action),
    value: q.value,
    valueText: q.valueText,
    // `35微克/立方米`: a compound unit as printed; `每人每年` stays a rate beside its unit.
    unit: q.unit !== null && q.per !== null && !q.per.startsWith('每') ? `${q.unit}/${q.per}` : q.unit,
    per: q.per,
    comparator,
    kind: q.kind,
    aspiration: q.aspiration,
    commitment: q.commitment,
    due,
    position: doc.place(line.start + start, line.start + end),
  }
  if (q.comparator === 'between') {
    if (q.min !== undefined) target.min = q.min
    if (q.max !== undefined) target.max = q.max
    if (q.minText !== undefined) target.minText = q.minText
    if (q.maxText !== undefined) target.maxText = q.maxText
  }
  return target
}
