/**
 * Targets: the quantities of a notice that it sets as goals, commitments or limits, with metric and action, and
 * nothing else. The scanner (`quantities.ts`) finds every quantity; this module decides which are goals:
 * not dates, ordinals, 文号, names and slogans in quotes, titles in 《》, scores, qualifiers of an object
 * (`投资500万元以上技术改造项目`), statistics of the present or past (`预计…增长6%左右`, a review chapter), objects
 * that exist already, or rules for individual cases (`最高给予500万元`).
 */
import type { Line } from '../input/document.js'
import {
  AGE_UNITS,
  CASE_RULE_EXCEPTIONS,
  CASE_RULE_MARKERS,
  DUE_PATTERN,
  DURATION_UNITS,
  EXISTING_AFTER,
  PAST_MARKERS,
  REVIEW_HEADINGS,
  SIZE_WORDS,
} from '../lexicon/targets.js'
import { COUNTER_UNITS } from '../lexicon/units.js'
import type { Target } from '../schema.js'
import type { Context } from '../structure/context.js'
import { readMarker } from '../structure/markers.js'
import { findStatements } from '../structure/responsibility.js'
import type { TargetReader } from '../structure/notice.js'
import { readMetric, type Metric, type Span } from './metric.js'
import { scanQuantities, type Quantity } from './quantities.js'
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

const SENTENCE_ENDS = '。;!?'
const CLAUSE_ENDS = ',:'
const counters = new Set(COUNTER_UNITS)
/** Units that are ratios, never qualifiers of a noun after them (`90%的重点领域`). */
const RATIO_UNITS = new Set(['%', '‰', '‱', '百分点', '倍'])
/** Level verbs that make a bare number (no unit) a goal: `指数达到125`. */
const LEVEL_BEFORE = /(?:达到|达|提高到|提高至|提升到|提升至|控制在|稳定在|保持在|为|进入[^,，。;；]{0,12}前)$/
/** Pairs of marks whose content is a name, a title or an aside, not a goal. */
const QUOTES: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'],
  ['《', '》'],
  ['"', '"'],
  ['「', '」'],
  ['(', ')'],
]
/** How far back a past marker or year counts. */
const YEAR = /(\d{4})年/g

/** Spans of a line that hold no goals: quotes, titles, brackets, responsibility statements. */
function excludedSpans(view: string, plain: string): Span[] {
  const spans: Span[] = findStatements(view, plain).map((s) => ({ start: s.start, end: s.end }))
  for (const [open, close] of QUOTES) {
    for (let i = view.indexOf(open); i >= 0; i = view.indexOf(open, i + 1)) {
      const j = view.indexOf(close, i + 1)
      if (j < 0) break
      spans.push({ start: i, end: j + 1 })
      if (open !== close) continue
      i = j
    }
  }
  return spans
}

const inside = (spans: readonly Span[], q: Span): boolean => spans.some((s) => q.start >= s.start && q.end <= s.end)

function lastIndexOfAny(s: string, chars: string, from: number, floor: number): number {
  for (let i = from - 1; i >= floor; i--) if (chars.includes(s[i] as string)) return i
  return -1
}

function indexOfAny(s: string, chars: string, from: number, ceiling: number): number {
  for (let i = from; i < ceiling; i++) if (chars.includes(s[i] as string)) return i
  return ceiling
}

/** Whether a quantity is a statistic: a past marker, or an earlier year, before it in its sentence. */
function isStatistic(view: string, sentenceStart: number, q: Quantity, facts: DocumentFacts): boolean {
  const before = view.slice(sentenceStart, q.start)
  if (PAST_MARKERS.some((w) => before.includes(w))) return true
  if (facts.year === null) return false
  for (const m of before.matchAll(YEAR)) {
    const year = Number(m[1])
    const lead = before.slice(Math.max(0, (m.index ?? 0) - 1), m.index)
    if (year < facts.year && lead !== '到' && lead !== '至') return true
  }
  return false
}

/** Whether a quantity only qualifies the noun after it: `500万元以上技术改造项目`, `30万千瓦以下小煤电机组`. */
function isQualifier(view: string, q: Quantity, previous: Quantity | null, clauseStart: number): boolean {
  if (previous && previous.end === q.start) return true
  if (view[q.start - 1] === '×' || view[q.start - 1] === '*' || view[q.end] === '×') return true
  if (q.unit === null || counters.has(q.unit) || RATIO_UNITS.has(q.unit)) return false
  const next = view[q.end] ?? ''
  if (next === '的') return !SIZE_WORDS.some((w) => view.slice(clauseStart, q.start).includes(w))
  return /[\u4e00-\u9fa5“"A-Za-z]/.test(next) && !/^(?:和|及|或|等|、|左右|以上|以下|以内)/.test(view.slice(q.end))
}

function isCaseRule(view: string, clauseStart: number, q: Quantity): boolean {
  const before = view.slice(clauseStart, q.start)
  if (!CASE_RULE_MARKERS.some((w) => before.includes(w))) return false
  return !CASE_RULE_EXCEPTIONS.some((w) => before.includes(w))
}

/** Whether the scanner's quantity can be a goal at all, before its context is read. */
function plausible(view: string, q: Quantity): boolean {
  if (q.flags.length > 0) return false
  if (q.unit !== null && AGE_UNITS.includes(q.unit)) return false
  if (q.unit !== null && DURATION_UNITS.includes(q.unit)) return false
  if (EXISTING_AFTER.some((w) => view.startsWith(w, q.end))) return false
  if (q.unit === null && q.comparator === 'eq' && !LEVEL_BEFORE.test(view.slice(Math.max(0, q.start - 16), q.start))) return false
  return true
}

/** `分别达到65%和55%`, `A、B、C分别增长15%以上`, `均达到45%`: one quantity per item of the list before. */
function fanOut(view: string, metric: Span | null, quantities: number, clause: string): Span[] | null {
  if (!metric || !/分别|均|都/.test(clause)) return null
  const items: Span[] = []
  let from = metric.start
  const text = view.slice(metric.start, metric.end)
  for (let i = 0; i <= text.length; i++) {
    const c = text[i]
    if (i === text.length || c === '、' || c === '和' || c === '及') {
      if (i > from - metric.start) items.push({ start: from, end: metric.start + i })
      from = metric.start + i + 1
    }
  }
  return items.length > 1 && (quantities === 1 || quantities === items.length) ? items : null
}

function dueOf(view: string, plain: string, sentenceStart: number, q: Quantity): string | null {
  const before = view.slice(sentenceStart, q.start)
  let found: RegExpExecArray | null = null
  const re = new RegExp(DUE_PATTERN.source, 'g')
  for (let m = re.exec(before); m; m = re.exec(before)) if (m[0]) found = m
  if (!found) return null
  const start = sentenceStart + found.index
  return plain.slice(start, start + found[0].length)
}

/**
 * Make the targets stage of one document.
 * @param ctx the extracted text
 * @param facts what is known of the document (its year)
 * @param options segmenter and warnings
 * @returns a reader that finds the targets of some lines
 */
export function targetReader(ctx: Context, facts: DocumentFacts, options: TargetOptions): TargetReader {
  let seg: Segmenter | null | undefined
  const segment = (): Segmenter | null => {
    if (seg === undefined) {
      const loaded = loadSegmenter(options.segmenter)
      if (loaded instanceof Error) options.warn(loaded.message)
      seg = loaded instanceof Error ? null : loaded
    }
    return seg
  }

  return (lines: readonly Line[], scope: TargetScope): Target[] => {
    if (scope.chapter && REVIEW_HEADINGS.test(scope.chapter)) return []
    const targets: Target[] = []
    for (const line of lines) {
      const view = ctx.view(line)
      const plain = ctx.text(line)
      const marker = readMarker(view)
      const from = marker ? marker.contentStart : 0
      const excluded = excludedSpans(view, plain)
      let sentenceStart = from
      while (sentenceStart < view.length) {
        const sentenceEnd = indexOfAny(view, SENTENCE_ENDS, sentenceStart, view.length)
        const found = scanQuantities(view, sentenceStart, sentenceEnd)
        let previous: Quantity | null = null
        let previousKept: Quantity | null = null
        for (let k = 0; k < found.length; k++) {
          const q = found[k]!
          const clauseStart = lastIndexOfAny(view, CLAUSE_ENDS, q.start, sentenceStart) + 1 || sentenceStart
          const clauseEnd = indexOfAny(view, CLAUSE_ENDS, q.end, sentenceEnd)
          const keep =
            plausible(view, q) &&
            !inside(excluded, q) &&
            !isStatistic(view, sentenceStart, q, facts) &&
            !isQualifier(view, q, previous, Math.max(clauseStart, sentenceStart)) &&
            !isCaseRule(view, Math.max(clauseStart, sentenceStart), q)
          previous = q
          if (!keep) continue
          const left = Math.max(clauseStart, sentenceStart, previousKept && previousKept.end > clauseStart ? previousKept.end : 0)
          const next = found[k + 1]
          const right = next && next.start < clauseEnd ? next.start : clauseEnd
          const metric = readMetric(view, left, q, right, segment())
          const sameClause = found.filter((x) => x.start >= clauseStart && x.end <= clauseEnd).length
          const items = fanOut(view, metric.metric, sameClause, view.slice(clauseStart, clauseEnd))
          const metrics = items && sameClause === 1 ? items : items ? [items[found.filter((x) => x.start >= clauseStart && x.start < q.start).length] ?? metric.metric] : [metric.metric]
          for (const m of metrics) targets.push(toTarget(ctx, line, plain, q, { ...metric, metric: m ?? null }, dueOf(view, plain, sentenceStart, q)))
          previousKept = q
        }
        sentenceStart = sentenceEnd + 1
      }
    }
    return targets
  }
}

function toTarget(ctx: Context, line: Line, plain: string, q: Quantity, metric: Metric, due: string | null): Target {
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
    unit: q.unit,
    per: q.per,
    comparator: q.comparator,
    kind: q.kind,
    aspiration: q.aspiration,
    commitment: q.commitment,
    due,
    position: ctx.position(line.start + start, line.start + end),
  }
  if (q.comparator === 'between') {
    if (q.min !== undefined) target.min = q.min
    if (q.max !== undefined) target.max = q.max
    if (q.minText !== undefined) target.minText = q.minText
    if (q.maxText !== undefined) target.maxText = q.maxText
  }
  return target
}
