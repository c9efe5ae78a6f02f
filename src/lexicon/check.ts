/**
 * Words and characters that the check rules look for. Data only: the rules are in `check/rules/`.
 */

/** A paired punctuation mark: its opening and closing characters, and the family it belongs to. */
export interface Pair {
  readonly open: string
  readonly close: string
  /** Pairs of one family differ only in width (`（…）` and `(…)`): mixing them is a width mismatch. */
  readonly family: 'paren' | 'square' | 'curly' | 'double-quote' | 'single-quote' | 'angle' | 'title' | 'lenticular' | 'tortoise' | 'corner'
  readonly width: 'full' | 'half'
}

/** Paired punctuation of GB/T 15834: brackets, quotes and title marks, full-width and half-width. */
export const PAIRS: readonly Pair[] = [
  { open: '（', close: '）', family: 'paren', width: 'full' },
  { open: '(', close: ')', family: 'paren', width: 'half' },
  { open: '［', close: '］', family: 'square', width: 'full' },
  { open: '[', close: ']', family: 'square', width: 'half' },
  { open: '｛', close: '｝', family: 'curly', width: 'full' },
  { open: '{', close: '}', family: 'curly', width: 'half' },
  { open: '“', close: '”', family: 'double-quote', width: 'full' },
  { open: '‘', close: '’', family: 'single-quote', width: 'full' },
  { open: '《', close: '》', family: 'title', width: 'full' },
  { open: '〈', close: '〉', family: 'angle', width: 'full' },
  { open: '【', close: '】', family: 'lenticular', width: 'full' },
  { open: '〔', close: '〕', family: 'tortoise', width: 'full' },
  { open: '「', close: '」', family: 'corner', width: 'full' },
  { open: '『', close: '』', family: 'corner', width: 'full' },
]

/**
 * The straight double quote: it both opens and closes, so it pairs with itself, and a `"` that meets an open `“`
 * closes it with the wrong mark (`“12345"`).
 */
export const STRAIGHT_QUOTE = '"'

/** The curly double quote that a straight quote may wrongly close. */
export const CURLY_OPEN_QUOTE = '“'

/** The curly double quote that should close it. */
export const CURLY_CLOSE_QUOTE = '”'

/** Punctuation of responsibility clauses in its two widths, by kind: `（牵头单位：A、B；配合单位：C）`. */
export const CLAUSE_PUNCTUATION: Readonly<Record<'colon' | 'semicolon' | 'comma' | 'paren-open' | 'paren-close', { full: string; half: string }>> = {
  colon: { full: '：', half: ':' },
  semicolon: { full: '；', half: ';' },
  comma: { full: '，', half: ',' },
  'paren-open': { full: '（', half: '(' },
  'paren-close': { full: '）', half: ')' },
}

/**
 * Statements that a published text was cut (`（本文有删减）`): gaps in its numbering and empty chapters are expected.
 * Traditional forms too, as rules read the text as written.
 */
export const ABRIDGED_MARKERS: readonly string[] = [
  '有删减', '有删节', '已删减', '节选', '（略）', '(略)', '有刪減', '有刪節', '已刪減', '節選',
]

/** Verbs of a notice title that pass on a plan: `关于印发…的通知`; Traditional forms too. */
export const ISSUING_VERBS: readonly string[] = [
  '印发', '转发', '发布', '公布', '颁布', '下达', '印發', '轉發', '發布', '發佈', '公佈', '頒布', '頒佈', '下達',
]

/** Words of a title that name the kind of document sent: `…的通知`; Traditional forms too. */
export const NOTICE_TITLE_ENDINGS: readonly string[] = [
  '的通知', '的通告', '的公告', '的函', '的批复', '的决定', '的批覆', '的決定',
]

/**
 * Comparator words before a number that bound it by themselves (`至少`, `不超过`), and so must not meet a second
 * bound after it (`至少100家以上`). Verbs that need a bound word (`控制在20亿立方米以内`) are not here.
 */
export const BOUNDING_PREFIXES: ReadonlyArray<{ readonly text: string; readonly bound: 'lower' | 'lower-strict' | 'upper' | 'upper-strict' | 'approx' }> = [
  { text: '至少', bound: 'lower' },
  { text: '不少于', bound: 'lower' },
  { text: '不低于', bound: 'lower' },
  { text: '不小于', bound: 'lower' },
  { text: '最少', bound: 'lower' },
  { text: '超过', bound: 'lower-strict' },
  { text: '高于', bound: 'lower-strict' },
  { text: '多于', bound: 'lower-strict' },
  { text: '大于', bound: 'lower-strict' },
  { text: '逾', bound: 'lower-strict' },
  { text: '不超过', bound: 'upper' },
  { text: '不高于', bound: 'upper' },
  { text: '不大于', bound: 'upper' },
  { text: '不多于', bound: 'upper' },
  { text: '最多', bound: 'upper' },
  { text: '低于', bound: 'upper-strict' },
  { text: '少于', bound: 'upper-strict' },
  { text: '小于', bound: 'upper-strict' },
  { text: '不足', bound: 'upper-strict' },
  { text: '约', bound: 'approx' },
  { text: '大约', bound: 'approx' },
  { text: '大概', bound: 'approx' },
  { text: '将近', bound: 'approx' },
  // Traditional forms, as rules read the text as written
  { text: '不少於', bound: 'lower' },
  { text: '不低於', bound: 'lower' },
  { text: '不小於', bound: 'lower' },
  { text: '超過', bound: 'lower-strict' },
  { text: '高於', bound: 'lower-strict' },
  { text: '多於', bound: 'lower-strict' },
  { text: '大於', bound: 'lower-strict' },
  { text: '不超過', bound: 'upper' },
  { text: '不高於', bound: 'upper' },
  { text: '不大於', bound: 'upper' },
  { text: '不多於', bound: 'upper' },
  { text: '低於', bound: 'upper-strict' },
  { text: '少於', bound: 'upper-strict' },
  { text: '小於', bound: 'upper-strict' },
  { text: '約', bound: 'approx' },
  { text: '大約', bound: 'approx' },
  { text: '將近', bound: 'approx' },
]

/** Bound words after a number and its unit: `100家以上`. */
export const BOUNDING_SUFFIXES: ReadonlyArray<{ readonly text: string; readonly bound: 'lower' | 'upper' | 'approx' }> = [
  { text: '及以上', bound: 'lower' },
  { text: '或以上', bound: 'lower' },
  { text: '以上', bound: 'lower' },
  { text: '及以下', bound: 'upper' },
  { text: '或以下', bound: 'upper' },
  { text: '以下', bound: 'upper' },
  { text: '以内', bound: 'upper' },
  { text: '之内', bound: 'upper' },
  { text: '左右', bound: 'approx' },
]

/** Names of units that are generic on purpose and never on a list of known units: `有关部门`, `各县（市、区）人民政府`. */
export const GENERIC_UNIT_PATTERNS: readonly RegExp[] = [/^各/, /有关/, /相关/, /^其他/, /^其它/]
