/**
 * A target bounds its number once: `至少100家以上` says "at least" twice, `超过80%以上` both excludes and includes 80%
 * (超过 excludes the number, 以上 includes it, as Chinese law reads them), and `不超过50家以上` bounds it from both
 * sides. Verbs that need a bound word after the number (`控制在20.1亿立方米以内`) are not comparators here.
 *
 * @example
 *   {"name": "ok.txt"}
 *
 *   1.新增高新技术企业100家以上，全市年度用水总量控制在20.1亿立方米以内，新建基站不少于2500个。
 *   2.推动超过2万家规模以上工业企业实施数字化转型，培育不少于3个省级以上平台。
 *
 * @example
 *   {"name": "not-ok.txt", "label": "input"}
 *
 *   1.新增企业至少100家以上，覆盖率超过80%以上，新建基站不超过50个以上，建设园区约30个左右。
 *
 * @example
 *   {"name": "not-ok.txt", "label": "output"}
 *
 *   1:7-1:15: Unexpected both `至少` and `以上` in `至少100家以上`, expected one of them: both bound the number from below
 *   1:19-1:26: Unexpected both `超过` and `以上` in `超过80%以上`, expected one of them: `超过` excludes the number, `以上` includes it
 *   1:31-1:39: Unexpected `不超过` with `以上` in `不超过50个以上`, expected one bound: `不超过` bounds the number from above, `以上` from below
 *   1:44-1:50: Unexpected both `约` and `左右` in `约30个左右`, expected one of them: both say the number is approximate
 *
 * @example
 *   {"name": "traditional.txt", "label": "input"}
 *
 *   1.新增企業至少100家以上，覆蓋率超過80%以上。
 *
 * @example
 *   {"name": "traditional.txt", "label": "output"}
 *
 *   1:7-1:15: Unexpected both `至少` and `以上` in `至少100家以上`, expected one of them: both bound the number from below
 *   1:19-1:26: Unexpected both `超過` and `以上` in `超過80%以上`, expected one of them: `超過` excludes the number, `以上` includes it
 */
import { isNumberChar } from '../../grammar/numerals.js'
import { type Bound, BOUNDING_PREFIXES, BOUNDING_SUFFIXES, type BoundingWord } from '../../lexicon/check.js'
import type { Rule } from '../rule.js'
import { allTargets } from '../../tree/walk.js'

type Prefix = BoundingWord
type Suffix = BoundingWord

/** The direction of a bound, ignoring whether it includes the number. */
const direction = (bound: Bound): 'lower' | 'upper' | 'approx' =>
  bound === 'lower-strict' ? 'lower' : bound === 'upper-strict' ? 'upper' : bound

const DIRECTION_WORDS = { lower: 'from below', upper: 'from above' } as const

/**
 * The two comparators of a phrase that bounds its number twice.
 * @param text a target phrase, in the matching view (Traditional text Simplified, full-width folded)
 * @param unit the target's unit as printed, which alone may stand between the number and the word after it
 * @returns the prefix and suffix words with their places, or null
 */
export function doubleBound(text: string, unit: string | null = null): { prefix: Prefix; at: number; suffix: Suffix; end: number } | null {
  for (let i = 0; i < text.length; i++) {
    const prefix = BOUNDING_PREFIXES.filter((p) => text.startsWith(p.text, i)).sort((a, b) => b.text.length - a.text.length)[0]
    if (!prefix) continue
    const before = text[i - 1]
    if (before !== undefined && prefix.notAfter?.includes(before)) continue
    const numberAt = i + prefix.text.length
    const digit = text[numberAt]
    if (digit === undefined || !isNumberChar(digit)) continue
    let numberEnd = numberAt + 1
    while (numberEnd < text.length && isNumberChar(text[numberEnd] as string)) numberEnd++
    for (let j = numberEnd; j < text.length; j++) {
      const suffix = BOUNDING_SUFFIXES.find((s) => text.startsWith(s.text, j))
      if (!suffix) continue
      // Note: a bound word after another noun bounds that noun, not the number (`超过2万家规模以上工业企业`: 规模以上
      // names a kind of firm). Only the unit, as long in the view as printed, may stand between (`个百分点` for 百分点).
      const between = j - numberEnd
      const unitLength = unit?.length ?? 0
      if (between === 0 || (unitLength > 0 && (between === unitLength || (between === unitLength + 1 && text[numberEnd] === '个')))) {
        return { prefix, at: i, suffix, end: j + suffix.text.length }
      }
      break
    }
  }
  return null
}

/** A comparator word of a target as written, and how it bounds the number. */
interface Written {
  text: string
  bound: Bound
}

/**
 * Why two bounds of one number conflict.
 * @param prefix the word before the number, as written
 * @param suffix the word after it, as written
 * @returns the reason after "expected"
 */
function why(prefix: Written, suffix: Written): string {
  const a = direction(prefix.bound)
  const b = direction(suffix.bound)
  if (a !== b) {
    if (a === 'approx' || b === 'approx') return `one of them: \`${a === 'approx' ? prefix.text : suffix.text}\` makes the bound approximate`
    return `one bound: \`${prefix.text}\` bounds the number ${DIRECTION_WORDS[a]}, \`${suffix.text}\` ${DIRECTION_WORDS[b]}`
  }
  if (prefix.bound.endsWith('strict')) return `one of them: \`${prefix.text}\` excludes the number, \`${suffix.text}\` includes it`
  if (a === 'approx') return 'one of them: both say the number is approximate'
  return `one of them: both bound the number ${DIRECTION_WORDS[a]}`
}

/** The rule, documented above. */
export const rule: Rule = {
  id: 'comparator-conflict',
  description: 'A target bounds its number once, not with two comparators (`至少100家以上`).',
  check(context) {
    for (const target of allTargets(context.notice)) {
      // Note: words are found in the matching view (Traditional text is Simplified there, unit for unit) and quoted
      // from the text as written.
      const found = doubleBound(context.view(target), target.unit)
      if (!found) continue
      const { at, end } = found
      const prefix: Written = { text: target.text.slice(at, at + found.prefix.text.length), bound: found.prefix.bound }
      const suffix: Written = { text: target.text.slice(end - found.suffix.text.length, end), bound: found.suffix.bound }
      const phrase = target.text.slice(at, end)
      const opposite = direction(prefix.bound) !== direction(suffix.bound) && direction(prefix.bound) !== 'approx' && suffix.bound !== 'approx'
      const head = opposite ? `\`${prefix.text}\` with \`${suffix.text}\`` : `both \`${prefix.text}\` and \`${suffix.text}\``
      context.report(`Unexpected ${head} in \`${phrase}\`, expected ${why(prefix, suffix)}`, context.place(target, at, end), { actual: phrase })
    }
  },
}
