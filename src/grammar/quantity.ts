/**
 * The quantities of a phrase as values and intervals: the small reading API over the quantity scanner
 * (`scanQuantities`, which reads with `findNumerals` and `readMeasure`), for callers that want what a phrase says
 * (`不少于20家` → at least 20 家) without the scanner's offsets and drafts, and for the tests that hold gongwen's
 * numbers to other recognizers' specs (`test/recognizers.test.ts`). It adds no parsing of its own.
 *
 * Intervals follow notices, as Chinese law defines the words: `以上`, `以下`, `以内`, `不少于`, `不超过` include the
 * number; `超过`, `低于`, `余`/`多` exclude it; a range (`10—15家`, `10至15家`) includes both ends. A lower and an upper
 * bound of one number (`大于10小于20`, `不低于60%、不高于80%`) read as one interval.
 */
import { BOUND_JOINERS } from '../lexicon/comparators.js'
import { compareDecimal } from './decimal.js'
import { type Comparator, type Quantity, type QuantityFlag, scanQuantities } from './quantities.js'

/** What a phrase says about one quantity. */
export interface QuantityReading {
  /** The expression as written, comparator words included. */
  text: string
  /** Offsets of `text` in the phrase. */
  start: number
  end: number
  /** The number a single quantity states (scaled to its unit: `1.2万人` → 12000); null for a range. */
  value: number | null
  /** The same value as an exact decimal string. */
  valueText: string | null
  /** The lower bound: the number of a range's first end or of `以上`/`超过`/`余`; null when there is none. */
  min: number | null
  /** The upper bound: the number of a range's second end or of `以下`/`低于`/`以内`; null when there is none. */
  max: number | null
  /** Whether `min` belongs to the interval (`以上`, a range) or not (`超过`, `余`); false when there is no `min`. */
  minIncluded: boolean
  /** Whether `max` belongs to the interval (`以下`, `以内`, a range) or not (`低于`); false when there is no `max`. */
  maxIncluded: boolean
  /** The unit without its scale (`万人` → `人`, `个百分点` → `百分点`), `%` for 百分之 and 成, or null. */
  unit: string | null
  /** What the value is per (`每千人口`, `元/吨` → `吨`), or null. */
  per: string | null
  comparator: Comparator
  /** Marks of numbers that are no quantities: `date`, `ordinal`, `docnumber`, `latin`, `version`, `score`, `marker`. */
  flags: QuantityFlag[]
}

/** Which comparators bound from below and from above, and whether they include the number. */
const LOWER: Partial<Record<Comparator, boolean>> = { eq: true, gte: true, gt: false, between: true }
const UPPER: Partial<Record<Comparator, boolean>> = { eq: true, lte: true, lt: false, between: true }

interface Reading extends QuantityReading {
  /** The exact bounds, for comparing them. */
  minText: string | null
  maxText: string | null
}

function reading(q: Quantity): Reading {
  const range = q.comparator === 'between'
  const lower = LOWER[q.comparator]
  const upper = UPPER[q.comparator]
  return {
    text: q.text,
    start: q.start,
    end: q.end,
    value: q.value,
    valueText: q.valueText,
    min: lower === undefined ? null : range ? (q.min ?? null) : q.value,
    max: upper === undefined ? null : range ? (q.max ?? null) : q.value,
    minIncluded: lower === true,
    maxIncluded: upper === true,
    minText: lower === undefined ? null : range ? (q.minText ?? null) : q.valueText,
    maxText: upper === undefined ? null : range ? (q.maxText ?? null) : q.valueText,
    unit: q.unit,
    per: q.per,
    comparator: q.comparator,
    flags: q.flags,
  }
}

const isLower = (r: Reading): boolean => r.comparator === 'gt' || r.comparator === 'gte'
const isUpper = (r: Reading): boolean => r.comparator === 'lt' || r.comparator === 'lte'

/**
 * 大于10小于20, 最多100最少20个: a lower and an upper bound joined by nothing or a conjunction, with one unit and the
 * lower below the upper, are one interval.
 */
function joinBounds(phrase: string, a: Reading, b: Reading): Reading | null {
  const lower = isLower(a) && isUpper(b) ? a : isUpper(a) && isLower(b) ? b : null
  const upper = lower === a ? b : a
  if (lower === null || a.flags.length > 0 || b.flags.length > 0) return null
  if (a.unit !== null && b.unit !== null && a.unit !== b.unit) return null
  if (!BOUND_JOINERS.includes(phrase.slice(a.end, b.start).trim())) return null
  if (lower.minText === null || upper.maxText === null || !(compareDecimal(lower.minText, upper.maxText) < 0)) return null
  return {
    ...a,
    text: phrase.slice(a.start, b.end),
    end: b.end,
    value: null,
    valueText: null,
    min: lower.min,
    max: upper.max,
    minIncluded: lower.minIncluded,
    maxIncluded: upper.maxIncluded,
    minText: lower.minText,
    maxText: upper.maxText,
    unit: a.unit ?? b.unit,
    per: a.per ?? b.per,
    comparator: 'between',
  }
}

function publicReading(r: Reading): QuantityReading {
  const { minText: _min, maxText: _max, ...out } = r
  return out
}

/**
 * Every quantity of a phrase, left to right, the flagged ones (dates, ordinals, 5G…) included.
 * @param phrase a phrase in the matching view (full-width forms folded, as the Document's `norm` has them)
 * @returns the readings, in the order of the phrase
 */
export function readQuantities(phrase: string): QuantityReading[] {
  const out: QuantityReading[] = []
  const all = scanQuantities(phrase).map(reading)
  for (let k = 0; k < all.length; k++) {
    const a = all[k] as Reading
    const next = all[k + 1]
    const joined = next ? joinBounds(phrase, a, next) : null
    if (joined) k++
    out.push(publicReading(joined ?? a))
  }
  return out
}

/**
 * The first quantity of a phrase that is one (no date, ordinal, 文号, version, list marker or number glued to
 * letters): `新增企业100家以上` → value 100, unit 家, comparator gte, min 100 (included), max null.
 * @param phrase a phrase in the matching view (full-width forms folded, as the Document's `norm` has them)
 * @returns its reading, or null when the phrase states no quantity
 */
export function readQuantity(phrase: string): QuantityReading | null {
  for (const r of readQuantities(phrase)) if (r.flags.length === 0) return r
  return null
}
