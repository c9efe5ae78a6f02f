/**
 * The metric and action of a quantity: the noun phrase that names what is measured and the verb that acts on it.
 * `新增高新技术企业100家以上` → action 新增, metric 高新技术企业; `推动20个左右数字经济项目落地` → metric 数字经济项目
 * (number before the noun); `开工建设800个左右` → metric 开工建设 (the verb phrase is all there is).
 *
 * Character rules (lexicons of framing, action and link words) do most of the work; jieba's part-of-speech tags, when a
 * segmenter is loaded, bound noun phrases that the lexicons do not know (trailing verbs such as 入库, 落地).
 */
import { ACTION_VERBS, DUE_PATTERN, FRAMING_WORDS, LINK_WORDS } from '../lexicon/targets.js'
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
const actions = [...ACTION_VERBS].sort(byLength)
const links = [...LINK_WORDS].sort(byLength)

const LEADING_EDGE = /^[\s,、;:。和及与或]+/
const TRAILING_EDGE = /[\s,、;:。的]+$/
/** Tags of nouns and noun-like words in jieba's tag set. */
const NOUN_TAGS = /^(?:n|nr|ns|nt|nz|ng|vn|an|j|l|eng|x)$/
const VERB_TAGS = /^(?:v|vd|vi|vg|vq)$/
/** Longest phrase after a number read as its noun (`20个数字经济项目`). */
const MAX_NOUN_AFTER = 30

export interface Span {
  start: number
  end: number
}

function text(s: string, span: Span): string {
  return s.slice(span.start, span.end)
}

/** Trim separators and spaces at both ends of a span. */
function trim(s: string, span: Span): Span {
  let { start, end } = span
  const lead = LEADING_EDGE.exec(s.slice(start, end))
  if (lead) start += lead[0].length
  const trail = TRAILING_EDGE.exec(s.slice(start, end))
  if (trail) end -= trail[0].length
  return { start, end: Math.max(start, end) }
}

/** Drop framing words and due phrases from the start of a span, as long as there are some. */
function dropFraming(s: string, span: Span): Span {
  let { start } = span
  for (let changed = true; changed && start < span.end; ) {
    changed = false
    const rest = s.slice(start, span.end)
    const due = DUE_PATTERN.exec(rest)
    if (due && due.index === 0 && due[0].length > 0) {
      start += due[0].length
      changed = true
      continue
    }
    for (const w of framing) {
      if (rest.startsWith(w) && rest.length > w.length) {
        start += w.length
        changed = true
        break
      }
    }
    const lead = LEADING_EDGE.exec(s.slice(start, span.end))
    if (lead) start += lead[0].length
  }
  return { start, end: span.end }
}

/** Drop link words (达到, 控制在, 增长 …) from the end of a span. */
function dropLinks(s: string, span: Span): Span {
  let { end } = span
  for (let changed = true; changed && end > span.start; ) {
    changed = false
    const rest = s.slice(span.start, end)
    for (const w of links) {
      if (rest.endsWith(w) && rest.length > w.length) {
        end -= w.length
        changed = true
        break
      }
    }
    const trail = TRAILING_EDGE.exec(s.slice(span.start, end))
    if (trail && trail[0].length < end - span.start) end -= trail[0].length
  }
  return { start: span.start, end }
}

/** The action verb a span starts with, by lexicon or, failing that, by its first tag. */
function leadingAction(s: string, span: Span, tokens: Token[] | null): number {
  const rest = text(s, span)
  for (const verb of actions) if (rest.startsWith(verb)) return verb.length
  if (tokens && tokens.length > 1 && VERB_TAGS.test(tokens[0]!.tag) && tokens.slice(1).some((t) => NOUN_TAGS.test(t.tag))) {
    return tokens[0]!.word.length
  }
  return 0
}

/** Drop trailing verbs (入库, 落地, 改造) after a noun, by tags, or by the action lexicon without tags. */
function dropTrailingVerbs(s: string, span: Span, tokens: Token[] | null): Span {
  let { end } = span
  if (tokens) {
    let i = tokens.length - 1
    let cut = end
    while (i > 0 && (VERB_TAGS.test(tokens[i]!.tag) || tokens[i]!.tag === 'vn')) {
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
 */
export function readMetric(s: string, left: number, quantity: Span, right: number, segmenter: Segmenter | null): Metric {
  let span = trim(s, { start: left, end: quantity.start })
  span = dropFraming(s, span)
  span = dropLinks(s, span)
  span = trim(s, span)
  const phraseStart = span.start
  const actionLength = leadingAction(s, span, tag(segmenter, s, span))
  const action = actionLength > 0 ? { start: span.start, end: span.start + actionLength } : null
  let metric: Span = trim(s, dropFraming(s, { start: span.start + actionLength, end: span.end }))
  const nonEmpty = (x: Span): Span | null => (x.end > x.start ? x : null)

  // Number before the noun: `推动1000家中小企业…`, `新增不少于20家城市书房`.
  const after = trim(s, { start: quantity.end, end: Math.min(right, quantity.end + MAX_NOUN_AFTER) })
  const afterText = text(s, after)
  const nounAfter =
    after.end > after.start &&
    quantity.end === after.start &&
    /^[\u4e00-\u9fa5“"《A-Za-z]/.test(afterText) &&
    !/^(?:的|以上|以下|左右|以内|和|及|或|等)/.test(afterText)
  if (metric.end <= metric.start && nounAfter) {
    const noun = trim(s, dropTrailingVerbs(s, after, tag(segmenter, s, after)))
    return { metric: nonEmpty(noun), action, start: phraseStart, end: Math.max(quantity.end, noun.end) }
  }
  // Only a verb phrase names what is counted (`开工建设800个左右`): the phrase is the metric.
  if (metric.end <= metric.start || isVerbsOnly(s, metric, tag(segmenter, s, metric))) {
    return { metric: nonEmpty(span), action, start: phraseStart, end: quantity.end }
  }
  metric = trim(s, dropTrailingVerbs(s, metric, tag(segmenter, s, metric)))
  return { metric: nonEmpty(metric), action, start: phraseStart, end: quantity.end }
}

/** Whether a span holds verbs only (`建设`, `竣工投产`), by tags or by the action lexicon. */
function isVerbsOnly(s: string, span: Span, tokens: Token[] | null): boolean {
  if (tokens) return tokens.every((t) => VERB_TAGS.test(t.tag))
  let rest = text(s, span)
  while (rest) {
    const verb = actions.find((v) => rest.startsWith(v))
    if (!verb) return false
    rest = rest.slice(verb.length)
  }
  return true
}
