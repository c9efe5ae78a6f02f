/**
 * The metric and action of a quantity: the noun phrase that names what is measured and the verb that acts on it.
 * `新增高新技术企业100家以上` → action 新增, metric 高新技术企业; `推动20个左右数字经济项目落地` → metric 数字经济项目
 * (number before the noun); `开工建设800个左右` → metric 开工建设 (the verb phrase is all there is).
 *
 * Character rules (lexicons of framing, action and link words) do most of the work; jieba's part-of-speech tags, when a
 * segmenter is loaded, bound noun phrases that the lexicons do not know (trailing verbs such as 入库, 落地).
 */
import { SMALL_COUNT_CHARS } from '../../grammar/numerals.js'
import { ASPIRATION_WORDS, COMMITMENT_WORDS } from '../../lexicon/comparators.js'
import {
  ACTION_VERBS,
  ACTIVITY_NOUNS,
  COMPARISON_TAIL,
  DUE_PATTERN,
  FIXED_NOUNS,
  FRAMING_WORDS,
  LINK_WORDS,
  MEMBER_CONJUNCTIONS,
  MODIFIER_PARTICLE,
  NOT_NOUN_AFTER,
  BEFORE_COUNTED_NOUN,
  NOUN_ENDING_PREPOSITIONS,
  NOUN_ENDING_VERBS,
  NOUN_PREDICATES,
  PLACE_SCOPE_CLOSES,
  PLACE_SCOPE_OPEN,
  VERB_JOINERS,
  VERB_STARTS_AFTER_MEASURE,
  YEAR_SCOPE,
  YEARS_SCOPE,
} from '../../lexicon/goals.js'
import { ETC_WORD } from '../../lexicon/roles.js'
import type { Span } from '../../document/document.js'
import type { Segmenter, Token } from './segmenter.js'

/** Where metric and action stand, as offsets of the string given (the caller slices the text as written). */
export interface Metric {
  metric: Span | null
  action: Span | null
  /** The phrase that holds action, metric and quantity. */
  start: number
  end: number
}

const byLength = (a: string, b: string): number => b.length - a.length
const framing = [...FRAMING_WORDS].sort(byLength)
const actions = ACTION_VERBS.map((v) => v.word).sort(byLength)
const planning = new Set(ACTION_VERBS.filter((v) => v.plans).map((v) => v.word))
// Note: 力争 and 确保 between a metric and its number (`国家高新技术企业力争达2500家`) are no part of the metric either.
const activities = [...ACTIVITY_NOUNS, ...NOUN_PREDICATES].sort(byLength)
const predicates = [...NOUN_PREDICATES].sort(byLength)
const links = [...LINK_WORDS, ...ASPIRATION_WORDS, ...COMMITMENT_WORDS].sort(byLength)

/** Characters trimmed from the ends of a metric: separators, spaces, and the conjunctions that open a list member. */
const SEPARATORS = ' \t\n,、;:。'
const LEADING = SEPARATORS + MEMBER_CONJUNCTIONS
// Note: a conjunction ends a noun only before the next member (`10个零工市场和50个就业驿站`).
const TRAILING = SEPARATORS + MODIFIER_PARTICLE + MEMBER_CONJUNCTIONS
/** A leading phrase of time or place that frames a goal: `2023年度`, `3年内`, `在全国范围内`. */
const LEADING_SCOPE = new RegExp(
  `^(?:\\d{4}${YEAR_SCOPE}|(?:\\d{1,2}|[${SMALL_COUNT_CHARS}])${YEARS_SCOPE}|${PLACE_SCOPE_OPEN}[^,，、]{1,10}?(?:${PLACE_SCOPE_CLOSES.join('|')}))`,
)
/** Quote marks that open and close a name or a quoted passage. */
const OPENING_QUOTES = '“"'
const CLOSING_QUOTES = ['”', '"']
/** Characters after 等 that make it part of a word: 等级, 等次, 等同, 等待, 等于. */
const ETC_IN_WORD = '级次同待于'
/** Characters of a head noun after 的 that name a kind on their own (青年拔尖人才, 消费场景; not 县, 项目). */
const MIN_HEAD = 4
/** Marks right before a number that open a member of a list. */
const LIST_MARKS = '、' + MEMBER_CONJUNCTIONS
/** Words right after a number that start no noun. */
const NOT_NOUN = new RegExp(`^(?:${NOT_NOUN_AFTER.join('|')})`)
/** Tags of nouns and noun-like words in jieba's tag set. */
const NOUN_TAGS = /^(?:n|nr|ns|nt|nz|ng|vn|an|j|l|eng|x)$/
const VERB_TAGS = /^(?:v|vd|vi|vg|vq)$/
/** Tags of words that end a clause after its noun (verbs, adverbs, idioms): not part of the noun. */
const TRAILING_TAGS = /^(?:v|vd|vi|vg|vq|d|ad|p|u|ul|uj|f)$/
/** Longest phrase before a number read as its metric, in characters. */
const MAX_METRIC = 80
/** Longest phrase after a number read as its noun (`20个数字经济项目`). */
const MAX_NOUN_AFTER = 30

function text(s: string, span: Span): string {
  return s.slice(span.start, span.end)
}

/** Trim separators and spaces at both ends of a span. */
function trim(s: string, span: Span): Span {
  let { start, end } = span
  while (start < end && LEADING.includes(s[start] as string)) start++
  while (end > start && TRAILING.includes(s[end - 1] as string)) end--
  // An opening quote whose close is not in the phrase opens a quoted passage around it, not a name in the metric.
  if (start < end && OPENING_QUOTES.includes(s[start] as string) && !CLOSING_QUOTES.some((c) => s.slice(start + 1, end).includes(c))) start++
  return { start, end }
}

/** Whether a phrase opens with a noun that holds a verb or framing word (`建成区…`, `基本养老保险…`). */
const opensFixedNoun = (rest: string): boolean => FIXED_NOUNS.some((n) => rest.startsWith(n))

/** Drop framing words and due phrases from the start of a span, as long as there are some. */
function dropFraming(s: string, span: Span): Span {
  let { start } = span
  for (let changed = true; changed && start < span.end; ) {
    changed = false
    const rest = s.slice(start, span.end)
    // Note: each asked at the start; a due phrase further on (`3年内` holds 年内) must not hide a scope here.
    const dueHere = DUE_PATTERN.exec(rest)
    const due = dueHere && dueHere.index === 0 ? dueHere : LEADING_SCOPE.exec(rest)
    if (due && due.index === 0 && due[0].length > 0 && due[0].length < rest.length) {
      start += due[0].length
      changed = true
      continue
    }
    if (opensFixedNoun(rest)) break
    for (const w of framing) {
      if (rest.startsWith(w) && rest.length > w.length) {
        start += w.length
        changed = true
        break
      }
    }
    while (start < span.end && LEADING.includes(s[start] as string)) start++
  }
  return { start, end: span.end }
}

/** Drop link words (达到, 控制在, 增长 …) and what a growth is compared with (高于全省平均水平) from the end of a span. */
function dropLinks(s: string, span: Span): Span {
  let { end } = span
  for (let changed = true; changed && end > span.start; ) {
    changed = false
    const rest = s.slice(span.start, end)
    const compared = COMPARISON_TAIL.exec(rest)
    if (compared && compared.index > 0) {
      end = span.start + compared.index
      changed = true
      continue
    }
    for (const w of links) {
      if (rest.endsWith(w) && rest.length > w.length) {
        end -= w.length
        changed = true
        break
      }
    }
    let trail = end
    while (trail > span.start + 1 && TRAILING.includes(s[trail - 1] as string)) trail--
    end = trail
  }
  return { start: span.start, end }
}

/** The action verbs a span starts with (`新建、改扩建幼儿园` → 新建、改扩建): their length. */
function leadingActions(s: string, span: Span): number {
  let at = span.start
  for (;;) {
    const rest = s.slice(at, span.end)
    const verb = actions.find((v) => rest.startsWith(v) && rest.length > v.length)
    if (!verb || opensFixedNoun(rest)) break
    at += verb.length
    // Another verb in a list (`新建、改扩建`, `新建和改造提升`), or the verb a planning verb plans (`规划新增学位`).
    if (VERB_JOINERS.includes(s[at] as string) && actions.some((v) => s.startsWith(v, at + 1))) at += 1
    else if (!planning.has(verb)) break
  }
  return at - span.start
}

/** Drop trailing verbs (入库, 落地, 改造) after a noun, by tags, or by the action lexicon without tags. */
function dropTrailingVerbs(s: string, span: Span, tokens: Token[] | null): Span {
  let { end } = span
  if (tokens) {
    let i = tokens.length - 1
    let cut = end
    while (i > 0 && TRAILING_TAGS.test(tokens[i]!.tag)) {
      cut -= tokens[i]!.word.length
      i--
    }
    // Keep the verbs when no noun would be left before them.
    if (i >= 0 && tokens.slice(0, i + 1).some((t) => NOUN_TAGS.test(t.tag) && t.tag !== 'vn')) end = cut
    return { start: span.start, end: Math.max(span.start, end) }
  }
  const rest = text(s, span)
  for (const verb of actions) {
    if (rest.endsWith(verb) && rest.length > verb.length + 1) return { start: span.start, end: end - verb.length }
  }
  return span
}

/**
 * Drop words from the end of a noun as long as one ends it, keeping at least a short noun: the work done on it after
 * a number (`中小企业数字化智能化改造` → 中小企业, `市级河流的确权登记工作` → 市级河流), what happens to it before one
 * (`科技型中小企业入库` → 科技型中小企业).
 */
function dropEnding(s: string, span: Span, words: readonly string[]): Span {
  let { end } = span
  for (let changed = true; changed; ) {
    changed = false
    const rest = s.slice(span.start, end)
    const word = words.find((w) => rest.endsWith(w) && rest.length - w.length >= MIN_NOUN)
    if (word) {
      end -= word.length
      while (end > span.start + MIN_NOUN && TRAILING.includes(s[end - 1] as string)) end--
      changed = true
    }
  }
  return { start: span.start, end }
}

function tag(segmenter: Segmenter | null, s: string, span: Span): Token[] | null {
  if (!segmenter || span.end <= span.start) return null
  return segmenter.tag(text(s, span))
}

/**
 * Read the metric and action of a quantity.
 * @param s the matching view of the sentence
 * @param left where the metric may start (after the clause start or the previous quantity)
 * @param quantity the quantity's span
 * @param right where the noun after the quantity may end (clause end or the next quantity)
 * @param segmenter jieba, when loaded
 * @param ofNoun the quantity is a share of the noun after it (`20%的农村公办幼儿园`)
 */
export function readMetric(s: string, left: number, quantity: Span, right: number, segmenter: Segmenter | null, ofNoun = false): Metric {
  // Note: a metric is a phrase, never a page: bounding the span keeps every step below linear in the text.
  let span = trim(s, { start: Math.max(left, quantity.start - MAX_METRIC), end: quantity.start })
  span = dropFraming(s, span)
  span = dropLinks(s, span)
  span = trim(s, span)
  const phraseStart = span.start
  const actionLength = leadingActions(s, span)
  const action = actionLength > 0 ? trim(s, { start: span.start, end: span.start + actionLength }) : null
  let metric: Span = trim(s, dropFraming(s, { start: span.start + actionLength, end: span.end }))
  const nonEmpty = (x: Span): Span | null => (x.end > x.start ? x : null)

  // Number before the noun: `推动1000家中小企业…`, `新增不少于20家城市书房`, `重点打造20个…场景`, `3座220千伏变电站`.
  const nounStart = skipAside(s, quantity.end)
  // Note: an aside may hold the next quantity (`2400户（累计约3600户）大中型餐饮单位`): past it, the clause bounds the noun.
  const nounEnd = nounStart > quantity.end && right <= nounStart ? clauseEndAfter(s, nounStart) : right
  const after = trim(s, { start: nounStart, end: Math.min(nounEnd, nounStart + MAX_NOUN_AFTER) })
  const afterText = text(s, after)
  const nounAfter =
    after.end > after.start &&
    nounStart === after.start &&
    /^[\u4e00-\u9fa5“"《A-Za-z0-9]/.test(afterText) &&
    !NOT_NOUN.test(afterText)
  // Note: tags of the phrase before the number matter only when a noun follows it; the lexicon decides otherwise.
  const leftTokens = nounAfter ? tag(segmenter, s, metric) : null
  // A number that opens a member of a list (`产业园、10个零工市场`) counts the noun after it.
  // Not `、20兆进牧户`: a verb after the measure starts no noun.
  const opensMember = LIST_MARKS.includes(s[quantity.start - 1] as string) && !VERB_STARTS_AFTER_MEASURE.includes(afterText[0] ?? '')
  const leftIsVerbs = metric.end <= metric.start || isVerbsOnly(s, metric, leftTokens)
  const countsNounAfter = nounAfter && countsNounAfterIt(text(s, metric), leftTokens)
  if ((ofNoun || leftIsVerbs || opensMember || countsNounAfter || endsWithVerb(s, metric, leftTokens)) && nounAfter) {
    const cut = cutAtClauseVerb(s, after)
    const noun = trim(s, dropTrailingVerbs(s, cut, tag(segmenter, s, cut)))
    // The phrase runs to the end of the noun as written; the metric stops before the work done on it.
    const counted = trim(s, dropEnding(s, noun, activities))
    return { metric: nonEmpty(headNoun(s, afterEtc(s, counted))), action: action ?? nonEmpty(metric), start: phraseStart, end: Math.max(quantity.end, noun.end) }
  }
  // Only a verb phrase names what is counted (`开工建设800个左右`): the phrase is the metric.
  if (leftIsVerbs) return { metric: nonEmpty(span), action, start: phraseStart, end: quantity.end }
  metric = afterEtc(s, dropEnding(s, metric, predicates))
  return { metric: nonEmpty(metric), action, start: phraseStart, end: quantity.end }
}

/** Whether a phrase ends with a word after which a number counts the noun after it (`推动全省`, `面向`). */
function countsNounAfterIt(phrase: string, tokens: Token[] | null): boolean {
  // A whole word, when the words are known: not the 向 of 方向.
  const last = tokens?.[tokens.length - 1]?.word
  return last !== undefined ? BEFORE_COUNTED_NOUN.includes(last) : BEFORE_COUNTED_NOUN.some((w) => phrase.endsWith(w))
}

/** Longest aside in brackets between a number and its noun, in characters. */
const MAX_ASIDE = 20
/** Characters that end a clause (in the matching view). */
const CLAUSE_ENDS = ',;:。!?'

/**
 * Where the noun after a number starts: past an aside in brackets (`2400户（累计约3600户）大中型餐饮单位`) or past the
 * close of the bracket the number stands in (`（累计约3600户）大中型餐饮单位`).
 */
function skipAside(s: string, at: number): number {
  if (s[at] === ')') return at + 1
  if (s[at] !== '(') return at
  const close = s.indexOf(')', at + 1)
  return close > at && close - at <= MAX_ASIDE ? close + 1 : at
}

/** The end of the clause that goes on at `at`, looked for no further than a noun can run. */
function clauseEndAfter(s: string, at: number): number {
  const limit = Math.min(s.length, at + MAX_NOUN_AFTER)
  for (let i = at; i < limit; i++) if (CLAUSE_ENDS.includes(s[i] as string)) return i
  return limit
}

/** Characters of noun a phrase keeps before a verb or preposition can end it. */
const MIN_NOUN = 2

/**
 * The noun after a number ends where its clause's verb starts: `3000家规模以上工业企业开展数字化改造` →
 * 规模以上工业企业. Only a short list of predicate verbs and prepositions ends it: jieba's tags cannot be trusted there.
 */
function cutAtClauseVerb(s: string, span: Span): Span {
  for (let i = span.start + MIN_NOUN; i < span.end; i++) {
    if (NOUN_ENDING_PREPOSITIONS.includes(s[i] as string) || NOUN_ENDING_VERBS.some((v) => s.startsWith(v, i))) return { start: span.start, end: i }
  }
  return span
}

/** `瘦西湖创客周、创新创业大赛等引才活动` names its members, then what they are: the metric is the category. */
function afterEtc(s: string, span: Span): Span {
  // Note: searched within the span only; a search back through the whole text would make long texts quadratic.
  const at = span.start + text(s, span).lastIndexOf(ETC_WORD)
  // Not 等 of a word: 技能等级证书, 等次, 等同.
  if (at >= span.start && ETC_IN_WORD.includes(s[at + 1] as string)) return span
  return at >= span.start && span.end - at > 2 ? { start: at + 1, end: span.end } : span
}

/**
 * The head noun after the last 的 of a noun read after its number, when it names the kind on its own:
 * `在全国有影响的青年拔尖人才` counts 青年拔尖人才; a short head keeps its clause (`开展幸福河湖建设的县（市、区）`).
 */
function headNoun(s: string, span: Span): Span {
  const at = span.start + text(s, span).lastIndexOf(MODIFIER_PARTICLE)
  if (at <= span.start + 1) return span
  let cjk = 0
  for (let i = at + 1; i < span.end; i++) if (s.charCodeAt(i) >= 0x4e00 && s.charCodeAt(i) <= 0x9fa5) cjk++
  return cjk >= MIN_HEAD ? { start: at + 1, end: span.end } : span
}

/** Whether a span ends with a verb (`…领域谋划建设`): the noun it acts on comes after the number. */
function endsWithVerb(s: string, span: Span, tokens: Token[] | null): boolean {
  if (span.end <= span.start) return false
  const last = tokens?.[tokens.length - 1]
  if (last && (VERB_TAGS.test(last.tag) || last.tag === 'vn')) return true
  const rest = text(s, span)
  return actions.some((v) => rest.endsWith(v))
}

/** Whether a span holds verbs only (`建设`, `竣工投产`), by tags or by the action lexicon. */
function isVerbsOnly(s: string, span: Span, tokens: Token[] | null): boolean {
  if (tokens) return tokens.every((t) => VERB_TAGS.test(t.tag) || t.tag === 'vn' || t.tag === 'd')
  let rest = text(s, span)
  while (rest) {
    const verb = actions.find((v) => rest.startsWith(v))
    if (!verb) return false
    rest = rest.slice(verb.length)
  }
  return true
}
