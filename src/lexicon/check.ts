/**
 * Words and characters that the check rules look for. Data only: the rules are in `check/rules/`.
 */
import { type BoundWord, type ComparatorWord, PREFIX_COMPARATORS, SUFFIX_COMPARATORS } from './comparators.js'

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

/**
 * Labels of a note that follows a list or a table (`注：1.…2.…`): the items numbered after one are the note's own list,
 * not the list before it. Traditional forms too.
 */
export const NOTE_LABELS: readonly string[] = ['注', '注释', '注解', '备注', '附注', '说明', '註', '註釋', '備註', '附註', '說明']

/** Words of a lead-in that announces the list after it (`重点抓好以下九个方面工作。`), written alike in Traditional. */
export const LIST_LEADS: readonly string[] = ['以下', '如下']

/** Labels over a list of attachments (`附件：` then `1.…` `2.…`): the items are names, not headings. */
export const ATTACHMENT_LABELS: readonly string[] = ['附件', '附件清单', '附表', '附錄', '附录']

/** Verbs of a notice title that pass on a plan: `关于印发…的通知`; Traditional forms too. */
export const ISSUING_VERBS: readonly string[] = [
  '印发', '转发', '发布', '公布', '颁布', '下达', '印發', '轉發', '發布', '發佈', '公佈', '頒布', '頒佈', '下達',
]

/** Words of a title that name the kind of document sent: `…的通知`; Traditional forms too. */
export const NOTICE_TITLE_ENDINGS: readonly string[] = [
  '的通知', '的通告', '的公告', '的函', '的批复', '的决定', '的批覆', '的決定',
]

/** How a comparator word bounds a number, as the comparator-conflict rule tells it. */
export type Bound = 'lower' | 'lower-strict' | 'upper' | 'upper-strict' | 'approx'

/** A comparator word that bounds a number by itself, and how. */
export interface BoundingWord {
  readonly text: string
  readonly bound: Bound
  /** The word does not count right after one of these characters (节约). */
  readonly notAfter?: string
}

/** How each comparator of the scanner bounds a number. */
const BOUND_OF: Readonly<Record<BoundWord, Bound>> = {
  gte: 'lower',
  gt: 'lower-strict',
  lte: 'upper',
  lt: 'upper-strict',
  approx: 'approx',
}

/** The bounding words among some comparator records, with how each bounds the number. */
function bounding(words: readonly ComparatorWord[]): BoundingWord[] {
  const out: BoundingWord[] = []
  for (const w of words) {
    if (!w.bounding) continue
    const bound = BOUND_OF[w.comparator]
    out.push(w.notAfter === undefined ? { text: w.text, bound } : { text: w.text, bound, notAfter: w.notAfter })
  }
  return out
}

/**
 * Comparator words before a number that bound it by themselves (`至少`, `不超过`), and so must not meet a second
 * bound after it (`至少100家以上`): the prefix comparators marked `bounding`. Read in the matching view, where
 * Traditional text is Simplified.
 */
export const BOUNDING_PREFIXES: readonly BoundingWord[] = bounding(PREFIX_COMPARATORS)

/** Bound words after a number and its unit (`100家以上`): the suffix comparators marked `bounding`. */
export const BOUNDING_SUFFIXES: readonly BoundingWord[] = bounding(SUFFIX_COMPARATORS)


/** Rates that measure against a plan or a need, not a part of a whole: they may exceed 100% (`投资完成率125.5%`). */
export const RATES_BEYOND_WHOLE: readonly string[] = ['完成率', '达成率', '自给率', '负债率', '产销率', '增长率', '增速', '超额完成率']
