/**
 * Targets: the quantities of a notice that it sets as goals, commitments or limits, with metric and action, and
 * nothing else. The scanner (`quantities.ts`) finds every quantity; this module decides which are goals:
 * not dates, ordinals, 文号, names and slogans in quotes, titles in 《》, scores, qualifiers of an object
 * (`投资500万元以上技术改造项目`), statistics of the present or past (`预计…增长6%左右`, a review chapter), objects
 * that exist already, or rules for individual cases (`最高给予500万元`).
 */
import { countAtMost, countBelow } from '../../util/bisect.js'
import { balanced, nextUnit } from '../../util/chars.js'
import { anyOf } from '../../util/patterns.js'
import type { Document, Line, Span } from '../../document/document.js'
import {
  AGE_UNITS,
  CASE_RULE_EXCEPTIONS,
  CASE_RULE_MARKERS,
  CASE_RULE_CAPS,
  FUNDING_VERBS,
  MULTIPLY_WORD,
  METRIC_HEADS,
  BASELINE_FROM,
  CHANGE_TO_WORDS,
  REWARD_WORDS,
  DISTANT_COMPARATOR_REACH,
  DISTANT_COMPARATORS,
  DUE_PATTERN,
  DURATION_UNITS,
  EXISTING_AFTER,
  EXISTING_BEFORE,
  CREATION_VERBS,
  ETC_BEFORE_COUNT,
  EXISTING_SET_BEFORE,
  EXISTING_OBJECT_OPENERS,
  TEXT_NOUNS,
  LIST_COUNT_BEFORE,
  NAME_AFTER,
  ORDINAL_UNITS,
  BASE_YEAR_AFTER,
  BASE_YEAR_BEFORE,
  CHANGE_ONLY_PREFIXES,
  CHANGE_ONLY_WORDS,
  LAST_YEAR,
  LEVEL_BEFORE_WORDS,
  REACH_BEFORE_WORDS,
  REFERENCE_AFTER_NUMBER,
  DURATION_METRIC_HEADS,
  DURATION_METRIC_VERBS,
  MEASURED_AFTER_CASE_RULE,
  VERB_STARTS_AFTER_MEASURE,
  PAST_MARKERS,
  PAST_CLAUSE_MARKERS,
  PAST_SENTENCE_MARKERS,
  TURN_TO_GOAL,
  PREPOSITION_BEFORE,
  RANK_BEFORE,
  GOAL_WORDS_BEFORE,
  GOAL_WORDS_AFTER,
  FUNCTION_METRICS,
  SIZE_WORDS,
  SET_UP_WORDS,
} from '../../lexicon/goals.js'
import { COUNTER_UNITS, MEASURE_WORDS, RATIO_UNITS } from '../../lexicon/measures.js'
import { LIST_SEPARATORS, PREFIX_COMPARATORS } from '../../lexicon/comparators.js'
import { YEAR_CHARACTER } from '../../lexicon/numerals.js'
import type { Target } from '../../tree/schema.js'
import { readMarker } from '../../grammar/markers.js'
import { readMetric, type Metric } from './metric.js'
import { headingsOf, isReviewHeading, plannedYear, reviewPartLines, YEAR } from './review.js'
import { scanQuantities, type Quantity } from '../../grammar/quantities.js'
import { segmenter as loadSegmenter, type Segmenter, type SegmenterName } from './segmenter.js'

export interface TargetOptions {
  /** Which jieba binding bounds metric phrases; `none` uses character rules only. */
  segmenter: SegmenterName
  /** Told once when the segmenter cannot load. */
  warn: (message: string) => void
  /** Told, with the explain option, of every number that is no target and why (plain offsets); else null. */
  skipped?: ((reason: SkipReason, start: number, end: number) => void) | null
  /** Told of text that looks like a goal but yielded none, and of targets without a metric (plain offsets). */
  unread?: ((kind: 'goal' | 'metric', start: number, end: number) => void) | null
}

/**
 * Why a number is no target: what `--explain` gives. `date`, `ordinal`, `docnumber`, `code` (5G), `version`, `score`,
 * `marker` (a list number): read so by the scanner; `name` (in quotes or 《》, or part of a name: `…计划`),
 * `responsibility` (inside a statement), `note` (a bracket of its own), `age`, `duration` (`30日内`), `word` (a short
 * Chinese numeral: `一个`), `list-count` (`共23项`, `其中15个`, `等5个`: a count of what the text names), `partner`
 * (`与28家…协同`), `label` (`5项：`), `existing` (`现有`), `no-unit` (a bare number without a level verb),
 * `qualifier` (`500万元以上项目`), `statistic` (of the present or past), `review` (in a review chapter), `case-rule`
 * (a rule for individual cases: `最高给予500万元`), `baseline` (the X of `从X提高到Y`), `multiple-word` (`倍增`).
 */
export type SkipReason =
  | 'date'
  | 'ordinal'
  | 'docnumber'
  | 'code'
  | 'version'
  | 'score'
  | 'marker'
  | 'name'
  | 'responsibility'
  | 'note'
  | 'age'
  | 'duration'
  | 'word'
  | 'list-count'
  | 'partner'
  | 'label'
  | 'existing'
  | 'no-unit'
  | 'qualifier'
  | 'statistic'
  | 'review'
  | 'case-rule'
  | 'baseline'
  | 'multiple-word'

/** Reasons that only say the reader could not tell what the number is: next to a goal word, the text is unread. */
const WEAK_REASONS: ReadonlySet<SkipReason> = new Set<SkipReason>(['no-unit', 'code'])

/** The reason of each scanner flag. */
const FLAG_REASONS: Readonly<Record<Quantity['flags'][number], SkipReason>> = {
  date: 'date',
  ordinal: 'ordinal',
  docnumber: 'docnumber',
  latin: 'code',
  version: 'version',
  score: 'score',
  marker: 'marker',
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
/** Case-rule words that bound what each case gets, whatever is counted: `每个企业最多3项`. */
const CAPS = CASE_RULE_CAPS
/** A fund or body set up with its size right before the number: `设立总规模不低于1亿元的…`, `组建规模3亿元的…`. */
const SET_UP_SIZE = new RegExp(`(?:${SET_UP_WORDS.join('|')})[总]?(?:${SIZE_WORDS.join('|')})$`)
/** The preposition that names a partner even after a quantity of its clause: `与28家园区协同`. */
const PARTNER_ONLY = '与'
/** The particle that ends a condition: `…达到300万元以上的，`. */
const MODIFIER = '的'
/** The prefix comparator words, longest first (不超过 before 超过 before 超). */
const PREFIX_WORDS = [...PREFIX_COMPARATORS].sort((a, b) => b.text.length - a.text.length)
/** Level verbs that make a bare number (no unit) a goal: `指数达到125`. */
const LEVEL_BEFORE = new RegExp(`(?:${LEVEL_BEFORE_WORDS.join('|')})$`)
/** A metric that counts time, right before its number: `优良天数300天以上`, `平均办理时限3个工作日`. */
const DURATION_METRIC = new RegExp(`(?:${DURATION_METRIC_HEADS.join('|')})(?:${DURATION_METRIC_VERBS.join('|')})?$`)
/** Verbs of reaching that make an age or a span a level: `提高到80.4岁`. */
const REACH_BEFORE = new RegExp(`(?:${REACH_BEFORE_WORDS.join('|')})$`)
/** A size word right after 的, a short noun before it at most: `的规模`, `的招生规模`. */
const SIZE_AFTER_OF = new RegExp(`^的[\\u4e00-\\u9fa5]{0,4}?(?:${SIZE_WORDS.join('|')})`)
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
/** Characters that join the members of a list of quantities (`10亿元、20亿元、50亿元`). */
const LIST_JOINERS = new RegExp(`^(?:${[...LIST_SEPARATORS, ','].join('|')})$`)
/** How far before its number the 从 of a baseline may stand (`从每人每月2375元`), in characters. */
const BASELINE_REACH = 12
/**
 * Between a baseline and the level reached: `提高到`, `增至`, `到`, after the noun counted (`15个县（市）扩大到57个`); a per
 * phrase may repeat (`到每人每月…`).
 */
const CHANGE_TO = new RegExp(`^(?:[\\u4e00-\\u9fa5()]{0,8}?(?:${CHANGE_TO_WORDS.join('|')}))?[到至](?:每[\\u4e00-\\u9fa5]{1,4})?$`)

/** Characters of verbs that follow a measure without qualifying a noun: `20兆进牧户`. */
const VERB_AFTER = new RegExp(`^[${VERB_STARTS_AFTER_MEASURE}]`)
/** Tags of jieba that mark a verb. */
const VERB_TAG = /^v/

/** Spans of a line that hold no goals: names, slogans and titles in quotes. */
function quoteSpans(view: string): Span[] {
  // Note: built from an empty literal, so that every call returns an array of one kind (see makeLine).
  const spans: Span[] = []
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

/** Where a line holds no goals, and why: responsibility statements, and names in quotes. */
interface Excluded {
  reasonOf(q: Span): SkipReason | null
}

function excludedOf(view: string, statements: readonly Span[]): Excluded {
  const inStatement = spanIndex(statements.map((s) => ({ start: s.start, end: s.end })))
  const inQuote = spanIndex(quoteSpans(view))
  return { reasonOf: (q) => (inStatement.contains(q) ? 'responsibility' : inQuote.contains(q) ? 'name' : null) }
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
function isStatistic(view: string, sentence: Span, q: Quantity, facts: DocumentFacts, clauseStart: number): boolean {
  const before = view.slice(Math.max(sentence.start, q.start - CONTEXT_WINDOW), q.start)
  if (PAST_MARKERS.some((w) => before.includes(w)) || LAST_YEAR.test(before)) return true
  // `优化已建成自然村…，满意度不低于80%`: 已建成 may describe a noun of another clause.
  const clause = view.slice(Math.max(clauseStart, q.start - CONTEXT_WINDOW), q.start)
  if (PAST_CLAUSE_MARKERS.some((w) => clause.includes(w))) return true
  // `在现有…等62项`; not `落地一批与现有产业关联度高的项目，力争新引进项目800个` (现有 of another clause).
  if (EXISTING_BEFORE.some((w) => clause.includes(w))) return true
  const around = view.slice(Math.max(sentence.start, q.start - CONTEXT_WINDOW), Math.min(sentence.end, q.end + CONTEXT_WINDOW))
  if (PAST_SENTENCE_MARKERS.some((w) => around.includes(w))) return true
  if (facts.year === null) return false
  for (const m of before.matchAll(YEAR)) {
    const year = Number(m[1])
    const lead = before.slice(Math.max(0, (m.index ?? 0) - 2), m.index)
    // `到2020年` is a due date, `比2020年` a base: neither makes the figure a statistic.
    const after = before.slice((m.index ?? 0) + m[0].length)
    if (year < facts.year && !/[到至]$/.test(lead) && !BASE_YEAR_BEFORE.test(lead) && !BASE_YEAR_AFTER.test(after) && !TURN_TO_GOAL.some((w) => after.includes(w)) && !dueAfter(after, facts.year)) return true
  }
  return false
}

/** A due year: `至1998年`, `到2025年`. */
const DUE_YEAR = new RegExp(`[到至](\\d{4})${YEAR_CHARACTER}`, 'g')

/** A due year of the notice's own or later after an earlier one (`以1995年…为基数，…至1998年达到2000名`): a goal. */
function dueAfter(text: string, year: number): boolean {
  for (const m of text.matchAll(DUE_YEAR)) if (Number(m[1]) >= year) return true
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
  // `达到2000人的规模`: a level reached, named by the size word after 的, is the goal itself.
  if (rest.startsWith('的') && REACH_BEFORE.test(view.slice(clauseStart, q.start)) && SIZE_AFTER_OF.test(rest)) return false
  if (rest.startsWith('的')) return !SIZE_WORDS.some((w) => view.slice(clauseStart, q.start).includes(w))
  // `超过1000人规模的学校`: a size that qualifies the noun after 的.
  if (SIZE_WORDS.some((w) => rest.startsWith(w + '的'))) return true
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

/** What continues a list of figures up to the word after it: `、80%和90%`. */
const LIST_CONTINUATION = /^[\d.%、和及至以上下内万亿元]*/
/**
 * How far after a figure the rest of its list is read, in characters: every figure of a clause reads on from itself,
 * and a clause of 1 MB of `1%` made that quadratic.
 */
const LIST_REACH = 60
/** `1000万元奖补资金` is the size of a fund, not a reward. */
const FUND_AFTER_REWARD = /^[\u4e00-\u9fa5]{2}(?:资金|基金|经费)/

/** After a case-rule word, a rate or a verb of reaching: the word is part of the metric (`补贴覆盖率`, `按…付费…达到`). */
const MEASURED_AFTER_MARKER = new RegExp(`(?:${MEASURED_AFTER_CASE_RULE.join('|')})(?!其)`)
/**
 * Any cap, any case-rule word, any exception, as one native scan each: the word lists tested one by one (`includes`,
 * `lastIndexOf` over up to 160 characters before every quantity) were 3% of a warm parse of the seed.
 */
const ANY_CAP = new RegExp(CAPS.join('|'))
const ANY_CASE_RULE_MARKER = new RegExp(CASE_RULE_MARKERS.join('|'))
const ANY_CASE_RULE_EXCEPTION = new RegExp(CASE_RULE_EXCEPTIONS.join('|'))

/** How far after its number the `…的，` that ends a condition may stand, in characters. */
const CONDITION_REACH = 60

/**
 * Whether a quantity is a rule for individual cases: a cap or a reward (`最高给予500万元`, `参照其…的70%给予奖励`),
 * or a threshold of the condition such a reward is given on (`对…投资总额达到300万元以上的，给予…奖励`).
 */
function isCaseRule(view: string, clauseStart: number, q: Quantity, clauseEnd: (at: number) => number, sentenceEnd: number): boolean {
  const before = view.slice(Math.max(clauseStart, q.start - CONTEXT_WINDOW), q.start)
  // `每认定1家…给予`: a rule for each one, not a goal.
  if (q.value === 1 && /每[\u4e00-\u9fa5]{0,4}$/.test(before)) return true
  if (ANY_CAP.test(before)) return !ANY_CASE_RULE_EXCEPTION.test(before)
  // `资助250名技能型人才`, `补助500户`: how many are funded is a goal; what each gets is a rule.
  let last = -1
  let marker = ''
  if (ANY_CASE_RULE_MARKER.test(before)) {
    for (const w of CASE_RULE_MARKERS) {
      const at = before.lastIndexOf(w)
      if (at > last) [last, marker] = [at, w]
    }
  }
  // Note: the nearest marker decides: in `政策奖励按项目…3个阶段` the rule is 按's.
  const funded = q.unit !== null && counters.has(q.unit) && FUNDING_VERBS.includes(marker)
  // `按病种付费覆盖率达到90%`, `两项补贴覆盖率98%以上`: the marker stands inside the metric of a level to reach.
  const measured = last >= 0 && MEASURED_AFTER_MARKER.test(before.slice(last + marker.length))
  if (last >= 0 && !funded && !measured) return !ANY_CASE_RULE_EXCEPTION.test(before)
  // `…70%、80%和90%给予企业奖励`: the reward right after the figures.
  const end = clauseEnd(q.end)
  const tail = view.slice(q.end, Math.min(end, q.end + LIST_REACH)).replace(LIST_CONTINUATION, '')
  if (REWARD_WORDS.some((w) => tail.startsWith(w)) && !FUND_AFTER_REWARD.test(tail)) return true
  // A condition, `…的，`, then a reward in the same sentence: the figures of the condition are thresholds.
  let cut = end
  for (let hops = 0; cut < Math.min(sentenceEnd, q.end + CONDITION_REACH); hops++) {
    if (view[cut - 1] === MODIFIER) {
      const after = view.slice(cut + 1, sentenceEnd)
      return REWARD_WORDS.some((w) => after.includes(w))
    }
    if (view[cut] !== ',' || hops > 3) break
    cut = clauseEnd(cut + 1)
  }
  return false
}

/** How far into its clause a verb of creation may stand (after 力争, 全年 …), in characters. */
const CREATION_REACH = 6

/** Whether the clause of a number opens with a verb that creates what it counts: `新创A、B等120个`. */
function opensWithCreation(view: string, at: number): boolean {
  const head = view.slice(Math.max(0, at - CONTEXT_WINDOW / 2), at)
  const clause = head.slice(Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':'), head.lastIndexOf('。')) + 1)
  const opening = clause.slice(0, CREATION_REACH)
  return CREATION_VERBS.some((v) => opening.includes(v))
}

/** `第2、3条`, `第一、二批`: an ordinal list before the number. */
const ORDINAL_LIST_BEFORE = /第[\d一二三四五六七八九十]+[、和至及-]$/

/** A telephone number: an area code with its leading zero, or a 400/800 service number. */
const PHONE = /^(?:0\d{2,3}|[48]00)-\d{3,8}/

/** `2025-05-27`, `2025.5.27`: a number after a year and a date separator is part of a date. */
const ISO_DATE_BEFORE = /\d{4}[-./]$|\d{4}[-./]\d{1,2}[-./]$/

/** Why the scanner's quantity cannot be a goal at all, before its clause is read; null if it can. */
function implausible(view: string, q: Quantity, listed: boolean): SkipReason | null {
  if (q.flags.length > 0) return FLAG_REASONS[q.flags[0]!]
  if (ISO_DATE_BEFORE.test(view.slice(Math.max(0, q.start - 8), q.start))) return 'date'
  // `2-3 地方创生平台`: a number that opens its line and is followed by a space numbers a heading.
  if (q.unit === null && view[q.end] === ' ' && view.slice(0, q.start).trim() === '') return 'marker'
  // `010-68104462`, `0551-62757168`, `400-666…`: a telephone number, read as a range.
  if (q.comparator === 'between' && PHONE.test(q.text)) return 'code'
  // `第2、3条`: the ordinal goes on after its list mark.
  if (ORDINAL_LIST_BEFORE.test(view.slice(Math.max(0, q.start - 6), q.start))) return 'ordinal'
  // `经济总量实现倍增`, `倍增效应`: a word of growth, not a number the notice writes.
  if (q.text === MULTIPLY_WORD) return 'multiple-word'
  // `日常监测（60%）`: a number that fills a bracket is a weight or a note, like a score.
  if (view[q.start - 1] === '(' && view[q.end] === ')') return 'note'
  const near = view.slice(Math.max(0, q.start - 16), q.start)
  // `3岁以下婴幼儿`, `30日内` qualify or limit; `人均预期寿命提高到80.4岁`, `不少于1小时` are levels to reach.
  // `优良天数300天以上`: the metric before counts the days itself.
  const reach = REACH_BEFORE.test(near) || DURATION_METRIC.test(near) || (q.numberStart > q.start && q.comparator === 'gte')
  if (q.unit !== null && AGE_UNITS.includes(q.unit) && !reach) return 'age'
  if (q.unit !== null && DURATION_UNITS.includes(q.unit) && !reach) return 'duration'
  // `培训班超10期`, `课堂1万期`: after its noun, with digits, a count of sessions; `二期工程`, `3期项目` are phases;
  // `成立75周年` is always an anniversary (a time, no counter).
  const sessions = q.form !== 'chinese' && !/^[\u4e00-\u9fa5]/.test(view.slice(q.end, q.end + 1)) && COUNTER_UNITS.has(q.unit ?? '')
  if (q.unit !== null && ORDINAL_UNITS.includes(q.unit) && !sessions) return 'ordinal'
  // `一个`, `两篇`, `八项规定`, `二次污染`: short Chinese numerals are words far more often than goals.
  if (q.form === 'chinese' && q.comparator === 'eq' && q.numberEnd - q.numberStart <= 2 + (q.unit?.length ?? 0)) return 'word'
  const before = view.slice(Math.max(0, q.start - 4), q.start)
  if (LIST_COUNT_BEFORE.some((w) => before.endsWith(w)) && !(before.endsWith(ETC_BEFORE_COUNT) && opensWithCreation(view, q.start))) return 'list-count'
  if (EXISTING_SET_BEFORE.some((w) => before.endsWith(w))) return 'existing'
  const preposition = PREPOSITION_BEFORE.find((w) => before.endsWith(w))
  if (preposition && !/[\d%]/.test(before.slice(-2, -1)) && (!listed || preposition === PARTNER_ONLY)) return 'partner'
  const after = view.slice(q.end, q.end + 16)
  if (after.startsWith(':')) return 'label'
  // `如图 10所示`, `附件1所列`: the number of a figure, table or attachment referred to.
  const unitStart = q.end - (q.unit?.length ?? 0)
  if (REFERENCE_AFTER_NUMBER.some((w) => view.startsWith(w, unitStart))) return 'label'
  if (q.unit !== null && counters.has(q.unit) && TEXT_NOUNS.test(after)) return 'list-count'
  // `针对…的2034种商品`: the objects of a preposition, described by what they are, exist already.
  if (view[q.start - 1] === MODIFIER && EXISTING_OBJECT_OPENERS.some((w) => view.slice(Math.max(0, q.start - CONTEXT_WINDOW / 4), q.start).includes(w))) return 'existing'
  if (NAME_AFTER.test(after)) return 'name'
  if (EXISTING_AFTER.some((w) => after.startsWith(w))) return 'existing'
  if (q.unit === null && q.comparator === 'eq' && !LEVEL_BEFORE.test(near)) return 'no-unit'
  return null
}

/** A comparator word a few characters before the number: `至少创建2家`, `不低于县域内20%`; `进入全省前5` is a rank. */
function distantComparator(view: string, left: number, q: Quantity): Target['comparator'] {
  if (q.comparator !== 'eq') return q.comparator
  if (q.unit === null && view[q.start - 1] === RANK_BEFORE) return 'lte'
  // `超每千人6.6批次`: the comparator stands before the rate's 每… phrase.
  if (q.per !== null && view.startsWith(q.per, q.start - q.per.length)) {
    const head = view.slice(Math.max(left, q.start - q.per.length - 4), q.start - q.per.length)
    const word = PREFIX_WORDS.find((w) => head.endsWith(w.text))
    if (word) return word.comparator
  }
  // `不低于当地最低生活保障标准的1.6倍`: the comparator bounds the whole 的-phrase.
  const reach = view[q.start - 1] === MODIFIER ? DISTANT_COMPARATOR_REACH * 3 : DISTANT_COMPARATOR_REACH
  const before = view.slice(Math.max(left, q.start - reach), q.start)
  for (const [word, comparator] of DISTANT_COMPARATORS) if (before.includes(word)) return comparator
  return q.comparator
}

/** Shortest member of a list of metrics that share one rate without 分别: shorter ones share a tail (`高血压、2型糖尿病患者…率`). */
const SHARED_MEMBER = 4
/** A member that names a metric of its own ends with a head word of one: not `设施农业、畜牧养殖…机械化率`. */
const METRIC_HEAD = new RegExp(`(?:${METRIC_HEADS.join('|')})$`)

/** Shortest member of a list split at 和/及/与, so that 普及率 or 和谐 are not cut. */
const MIN_MEMBER = 2

/**
 * The members of a list in a metric (`科技贷款、制造业贷款、普惠小微贷款`, `城市和农村…`), for `分别`/`均`; with `words`
 * false, split at 、 only.
 */
function listItems(view: string, metric: Span | null, words = true): Span[] {
  if (!metric) return []
  const items: Span[] = []
  let from = metric.start
  let depth = 0
  for (let i = metric.start; i <= metric.end; i++) {
    const c = view[i]
    // Note: not inside brackets: `各县（市、区）…`.
    if (c === '(') depth++
    else if (c === ')') depth = Math.max(0, depth - 1)
    const word = words && (c === '和' || c === '及' || c === '与')
    if (i === metric.end || (depth === 0 && (c === '、' || (word && i - from >= MIN_MEMBER && metric.end - i - 1 >= MIN_MEMBER)))) {
      if (i > from) items.push({ start: from, end: i })
      from = i + 1
    }
  }
  return items
}

/** The shortest head word a list of metrics may share: not 率 or 量 alone (`花生种植、收获机械化率` shares 机械化率). */
const MIN_SHARED_HEAD = 2

/**
 * The head a list of metrics shares when only its last member prints it: `水果、蔬菜、茶叶产量` → 产量,
 * `肉牛、肉羊年出栏量` → 年出栏量, `城镇、农村居民人均可支配收入` → 居民人均可支配收入. The last member is cut at a word boundary
 * so that what stays before the cut is about as long as the other members (the parallel part), and the rest, a
 * metric's head, is theirs too. Null when another member names a metric of its own (`地区生产总值、工业开票销售`, or
 * one as long as the last), or the last one none.
 * @param plain the text (spans index it)
 * @param items the members of the list, in order
 * @param segmenter gives the words of the last member (null: cut between any two characters)
 */
function sharedHead(plain: string, items: readonly Span[], segmenter: Segmenter | null): string | null {
  const last = items[items.length - 1]!
  const lastText = plain.slice(last.start, last.end).trim()
  const others = items.slice(0, -1).map((m) => plain.slice(m.start, m.end).trim())
  if (!METRIC_HEAD.test(lastText) || others.some((m) => m.length === 0 || METRIC_HEAD.test(m) || countNounEnd().test(m))) return null
  const parallel = others.reduce((sum, m) => sum + m.length, 0) / others.length
  // Members as long as the last one name their own metrics (`全社会研发经费投入、高技术制造业增加值`).
  if (parallel > lastText.length - MIN_SHARED_HEAD) return null
  let best: string | null = null
  let bestGap = Infinity
  let at = 0
  // Without a segmenter every character is a boundary.
  const words = segmenter ? segmenter.tag(lastText).map((t) => t.word) : [...lastText]
  for (const word of words) {
    at += word.length
    const tail = lastText.slice(at)
    if (tail.length < MIN_SHARED_HEAD || !METRIC_HEAD.test(tail)) break
    // Not inside a bracket or a list of the last member (`各县（市）…率`, `县（市、区）…比重`).
    if (!balanced(tail, '(（', ')）') || /^\p{P}|、/u.test(tail)) continue
    const gap = Math.abs(at - parallel)
    if (gap < bestGap) {
      best = tail
      bestGap = gap
    }
  }
  return best
}

let countNounEndPattern: RegExp | null = null
/** A member ending with a measure word of two characters or more counts something of its own (`游客人次`). */
function countNounEnd(): RegExp {
  countNounEndPattern ??= new RegExp(`(?:${anyOf(MEASURE_WORDS.filter((w) => w.length >= 2))})$`)
  return countNounEndPattern
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

/** How far from a number a goal word may stand in its clause, in characters. */
const GOAL_WORD_REACH = 12

/** Whether a goal word (达到, 新增, 以上, 左右 …) stands next to a quantity, within its clause. */
function nextToGoalWord(view: string, q: Quantity, sentence: Span): boolean {
  if (q.comparator !== 'eq') return true
  const before = view.slice(Math.max(sentence.start, q.start - GOAL_WORD_REACH), q.start)
  const after = view.slice(q.end, Math.min(sentence.end, q.end + 3))
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(':')) + 1)
  return GOAL_WORDS_BEFORE.some((w) => clause.includes(w)) || GOAL_WORDS_AFTER.some((w) => after.startsWith(w))
}

/** Whether a sentence holds a digit right before a Latin letter (`800TOPS`, `5G`). */
function hasLatinAfterDigit(view: string, start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) {
    const c = view.charCodeAt(i) | 0x20
    if (c >= 97 && c <= 122) {
      const d = view.charCodeAt(i - 1)
      if (d >= 48 && d <= 57) return true
    }
  }
  return false
}

/** Whether a sentence holds a goal word. */
function hasGoalWord(view: string, start: number, end: number): boolean {
  const sentence = view.slice(start, end)
  return GOAL_WORDS_BEFORE.some((w) => sentence.includes(w)) || GOAL_WORDS_AFTER.some((w) => sentence.includes(w))
}

/** Whether the text right after a number reads as a unit the lexicon does not know: `3500PFlops`, `12EB`. */
function unitLike(view: string, at: number): boolean {
  // Note: not a grade (`5A级景区`).
  return /^[A-Za-z]{1,8}(?![A-Za-z级类])/.test(view.slice(at, at + 9))
}

/** Whether a metric is empty or a function word (`其中`, `从`, `次`): a target that was read without its noun. */
function isFunctionMetric(metric: string | null): boolean {
  if (metric === null) return true
  return metric.length === 1 || FUNCTION_METRICS.includes(metric) || CHANGE_ONLY.test(metric)
}

/**
 * Where the 从 stands of a level that a change starts from (`从77%提高到80%以上`, `分别从209元、280元提高到217元、290元`),
 * or -1: the quantity, and the members of its list, are followed by a word of reaching and the level reached.
 */
function baselineStart(view: string, found: readonly Quantity[], k: number, clauseStart: number): number {
  const q = found[k]!
  const head = view.slice(Math.max(clauseStart, q.start - BASELINE_REACH), q.start)
  const at = head.lastIndexOf(BASELINE_FROM)
  if (at < 0) return -1
  for (let j = k + 1; j < found.length; j++) {
    const gap = view.slice(found[j - 1]!.end, found[j]!.start)
    if (LIST_JOINERS.test(gap)) continue
    return CHANGE_TO.test(gap) ? q.start - head.length + at : -1
  }
  return -1
}

/** A quantity passed over, and why. */
interface Passed {
  q: Quantity
  reason: SkipReason
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
export function targetReader(doc: Document, statementSpans: (line: Line) => readonly Span[], known: DocumentFacts, options: TargetOptions): TargetReader {
  // A work report printed without a date still names its year in the heading of what is to come.
  const headings = headingsOf(doc)
  const facts: DocumentFacts = known.year !== null ? known : { year: plannedYear(headings) }
  const reviewLines = reviewPartLines(doc, headings, facts.year)
  const skipped = options.skipped ?? null
  const unread = options.unread ?? null
  // Note: with explain, the scanner keeps the numbers it knows are none (5G, 第七届, list markers), to tell them.
  const explaining = skipped !== null
  let seg: Segmenter | null | undefined
  const segment = (): Segmenter | null => {
    if (seg === undefined) {
      const loaded = loadSegmenter(options.segmenter)
      if (loaded instanceof Error) options.warn(loaded.message)
      seg = loaded instanceof Error ? null : loaded
    }
    return seg
  }

  /** The goals among the quantities of one sentence; the others go to `passed` with their reason. */
  const readSentence = (view: string, spans: () => Excluded, start: number, end: number, passed: Passed[], all: boolean): Kept[] => {
    const found = scanQuantities(view, start, end, { skipEvidentNonQuantities: !all })
    if (found.length === 0) return []
    if (found.every((q) => q.flags.length > 0)) {
      for (const q of found) passed.push({ q, reason: FLAG_REASONS[q.flags[0]!] })
      return []
    }
    const excluded = spans()
    const clauses = clauseIndex(view, start, end)
    const drop = new Map<Quantity, SkipReason>()
    // Note: numbers the scanner knows are none (5G, 第3批) join no list and qualify nothing, so that reading them for
    // explain changes no target.
    const counting = found.filter((q) => q.flags.length === 0)
    const ends = new Set(counting.map((q) => q.end))
    for (const list of listsOf(view, counting)) {
      // A list that can give no goal (a year in a cited title, a flagged number) needs no qualifier test, which
      // may ask the segmenter.
      if (list.every((q) => excluded.reasonOf(q) !== null)) continue
      const last = list[list.length - 1]!
      // A list is a qualifier when its last member is one: `总投资10亿元、20亿元、100亿元以上的大项目`.
      if (qualifies(view, last, clauses.startOf(list[0]!.start), segment)) for (const q of list) drop.set(q, 'qualifier')
      // A number right after another is that one's qualifier: `3座220千伏变电站`.
      for (const q of list) if (ends.has(q.start)) drop.set(q, 'qualifier')
    }
    // For each quantity, the next one that counts: the noun after a number runs up to it.
    const nextCounting: Array<Quantity | undefined> = []
    for (let k = found.length - 1, next: Quantity | undefined; k >= 0; k--) {
      nextCounting[k] = next
      const q = found[k]!
      if (!drop.has(q) && q.flags.length === 0 && excluded.reasonOf(q) === null) next = q
    }
    const kept: Kept[] = []
    /** The last quantity passed over as a statistic or a rule, and the bounds of its metric. */
    let over: { q: Quantity; left: number; right: number } | null = null
    /** The metric before the 从 of a change from a level to a goal, and the clause it stands in. */
    let baseline: { clause: number; metric: Span | null } | null = null
    for (let k = 0; k < found.length; k++) {
      const q = found[k]!
      const clauseStart = clauses.startOf(q.start)
      const clauseEnd = clauses.endOf(q.end)
      // `1000套专家公寓和10000套人才公寓`: after a counted quantity of the clause, 和 joins a list, it names no partner.
      // (Kept targets are in text order: the last one is the one to ask.)
      const listed = (kept[kept.length - 1]?.q.end ?? -1) > clauseStart
      let reason = (q.flags.length > 0 ? FLAG_REASONS[q.flags[0]!] : null) ?? excluded.reasonOf(q) ?? drop.get(q) ?? implausible(view, q, listed)
      // A threshold of a reward's condition qualifies its noun too: the rule says more of why.
      if (reason === 'qualifier' && isCaseRule(view, clauseStart, q, clauses.endOf, end)) reason = 'case-rule'
      if (reason !== null) {
        passed.push({ q, reason })
        continue
      }
      const previous = kept[kept.length - 1]
      // After the previous quantity and the noun it took from after it (`3座220千伏、7座110千伏变电站`).
      const left = Math.max(clauseStart, previous && previous.q.end > clauseStart ? Math.min(previous.metric.end, q.start) : 0)
      // Not `5G` in `20个“5G+工业互联网”…场景`: only a quantity that counts ends the noun.
      const next = nextCounting[k]
      const right = next && next.start < clauseEnd ? next.start : clauseEnd
      const rule = isStatistic(view, { start, end }, q, facts, clauseStart) ? 'statistic' : isCaseRule(view, clauseStart, q, clauses.endOf, end) ? 'case-rule' : null
      if (rule !== null) {
        passed.push({ q, reason: rule })
        over = { q, left, right }
        continue
      }
      // `从77%提高到80%`: the level of today is no goal, and the metric before 从 is the goal's.
      const from = baselineStart(view, found, k, clauseStart)
      if (from >= 0) {
        passed.push({ q, reason: 'baseline' })
        baseline = { clause: clauseStart, metric: readMetric(view, left, { start: from, end: from }, from, segment()).metric }
        continue
      }
      // `20%的农村公办幼儿园`: a share of the noun after 的.
      // `设立总规模不低于1亿元的引导资金`: the size of the noun after 的, which is what is measured.
      const of =
        view[q.end] === MODIFIER &&
        q.unit !== null &&
        (RATIO_UNITS.has(q.unit) || SET_UP_SIZE.test(view.slice(Math.max(clauseStart, q.start - DISTANT_COMPARATOR_REACH), q.start)))
      // A rate's 每… phrase right before the number is no part of the metric: `提高到每人每年640元`.
      const per = q.per && view.slice(left, q.start).endsWith(q.per) ? q.per.length : 0
      const metric = readMetric(view, left, { start: q.start - per, end: of ? q.end + 1 : q.end }, right, segment(), of)
      // `地区生产总值达到5000亿元，年均增长7%左右`: a change without its own metric is the previous one's.
      const own = metric.metric ? view.slice(metric.metric.start, metric.metric.end) : ''
      if (!own || CHANGE_ONLY.test(own)) {
        // The metric of a figure that is no goal serves too: `2022年地区生产总值达到2500亿元，今年力争增长6%`.
        const earlier =
          previous && (!over || over.q.start < previous.q.start)
            ? previous.metric.metric
            : over && readMetric(view, over.left, over.q, over.right, segment()).metric
        if (earlier) metric.metric = earlier
      }
      if (baseline && baseline.clause === clauseStart && baseline.metric) metric.metric = baseline.metric
      // One verb over a list: `新增A2家、B3家` — B is added too.
      if (!metric.action && previous && previous.clause.start === clauseStart && LIST_JOINERS.test(view[previous.q.end] ?? '')) {
        metric.action = previous.metric.action
      }
      kept.push({ q, metric, comparator: distantComparator(view, left, q), clause: { start: clauseStart, end: clauseEnd } })
    }
    return kept
  }

  /** Tell the numbers passed over (explain), and a goal word next to one that no reason explains (unread). */
  const notePassed = (view: string, line: Line, passed: readonly Passed[], sentence: Span, anyKept: boolean): void => {
    if (skipped) for (const { q, reason } of passed) skipped(reason, line.start + q.start, line.start + q.end)
    if (!unread || anyKept) return
    for (const { q, reason } of passed) {
      if (WEAK_REASONS.has(reason) && nextToGoalWord(view, q, sentence) && (q.unit !== null || unitLike(view, q.numberEnd))) {
        unread('goal', line.start + sentence.start, line.start + sentence.end)
        return
      }
    }
  }

  /** Read a line of a review chapter: its figures are results; with explain, each is told. */
  const passReview = (line: Line): void => {
    if (!skipped) return
    const view = doc.view(line)
    for (const q of scanQuantities(view, 0, view.length)) {
      skipped(q.flags.length > 0 ? FLAG_REASONS[q.flags[0]!] : 'review', line.start + q.start, line.start + q.end)
    }
  }

  return (lines: readonly Line[], scope: TargetScope): Target[] => {
    const targets: Target[] = []
    if (scope.chapter && isReviewHeading(scope.chapter, facts.year)) {
      for (const line of lines) passReview(line)
      return targets
    }
    for (const line of lines) {
      if (reviewLines.has(line.start)) {
        passReview(line)
        continue
      }
      const view = doc.view(line)
      const plain = doc.text(line)
      const marker = readMarker(view)
      // Spans without goals are indexed when a sentence of the line first holds a number.
      let excluded: Excluded | null = null
      const spans = (): Excluded => (excluded ??= excludedOf(view, statementSpans(line)))
      for (let start = marker ? marker.contentStart : 0; start < view.length; ) {
        const end = sentenceEnd(view, start)
        let passed: Passed[] = []
        const kept = readSentence(view, spans, start, end, passed, explaining)
        // A sentence without goals, with a goal word and a number glued to letters (which the scanner leaves out: 5G,
        // or a unit it does not know: 800TOPS), is read once more with every number, to tell an unread goal.
        if (kept.length === 0 && unread && !explaining && hasLatinAfterDigit(view, start, end) && hasGoalWord(view, start, end)) {
          passed = []
          readSentence(view, spans, start, end, passed, true)
        }
        if (passed.length > 0) notePassed(view, line, passed, { start, end }, kept.length > 0)
        if (kept.length === 0) {
          start = end + 1
          continue
        }
        const byClause = new Map<number, Kept[]>()
        const rank = new Map<Kept, number>()
        /** The head word each list clause shares (`水果、蔬菜产量`), by clause start. */
        const heads = new Map<number, string | null>()
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
          let items = /分别|均|都/.test(spread) ? listItems(view, first.metric.metric) : []
          // `集成电路与ICT、医药健康规模分别达到450亿元和430亿元`: as many members as values, when only 、 separates them.
          if (inClause.length > 1 && items.length > inClause.length) {
            const listed = listItems(view, first.metric.metric, false)
            if (listed.length === inClause.length) items = listed
          }
          // `社会消费品零售总额、固定资产投资增长4%左右`: one rate for each of the metrics the list names.
          if (items.length === 0 && inClause.length === 1 && q.unit !== null && RATIO_UNITS.has(q.unit)) {
            const listed = listItems(view, metric.metric, false)
            if (listed.length > 1 && listed.every((m) => m.end - m.start >= SHARED_MEMBER && METRIC_HEAD.test(view.slice(m.start, m.end)))) items = listed
          }
          let metrics: Array<Span | null> = [metric.metric]
          if (items.length > 1 && inClause.length === 1) metrics = items
          else if (items.length > 1 && inClause.length === items.length) metrics = [items[rank.get(kept[i]!)!] ?? metric.metric]
          // `水果、蔬菜产量分别达…`: the members before the last share the head word that only the last one prints.
          // Once per clause: every target of the list shares it.
          if (items.length > 1 && !heads.has(clause.start)) heads.set(clause.start, sharedHead(plain, items, segment()))
          const head = items.length > 1 ? (heads.get(clause.start) ?? null) : null
          // `分别稳定在3900万头、13.5亿只以上`: the bound after the last value of a spread list holds for every value.
          const last = inClause[inClause.length - 1]!
          const bound = items.length > 1 && comparator === 'eq' && last.q.numberEnd < last.q.end ? last.comparator : comparator
          for (const m of metrics) {
            const target = toTarget(doc, line, plain, q, { ...metric, metric: m }, bound, due)
            if (head && m && m !== items[items.length - 1] && target.metric !== null) target.metric += head
            if (unread && isFunctionMetric(target.metric)) {
              unread('metric', line.start + Math.min(metric.start, q.start), line.start + Math.max(metric.end, q.end))
            }
            targets.push(target)
          }
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
