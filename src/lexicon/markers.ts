/**
 * The numbering styles of outline markers: those of GB/T 9704 (`一、` `（一）` `1.` `（1）`) and the others notices print
 * (`①`, `第3条`, `第二章`). Data only: `grammar/markers.ts` compiles them into the first-character tables of its reader
 * and writes markers from them. A new style is one record here, and its reading and writing there.
 */

/** A numbering style that a marker prints: the schema's `Numbering['style']`, but `row` and `heading`, which have no marker. */
export type MarkerStyleId = 'chinese-comma' | 'chinese-paren' | 'arabic-dot' | 'arabic-paren' | 'circled' | 'article' | 'part'

/** The numerals a marker counts in: Chinese (`十二`), Arabic (`12`), either (`第3条`, `第三条`), or none but its enclosed characters. */
export type MarkerNumerals = 'chinese' | 'arabic' | 'either' | 'none'

/** One numbering style: how its markers are read on the matching view, and how they are written. */
export interface MarkerStyleRecord {
  readonly style: MarkerStyleId
  readonly numerals: MarkerNumerals
  /** What stands before the number, one character as on the matching view (`(` for `（` too); `''` for nothing. */
  readonly opens: readonly string[]
  /** What stands after the number, as on the matching view (`.` for `．` and `﹒` too). */
  readonly closes: readonly string[]
  /** Spaces may stand inside the brackets: `( 12 )`. */
  readonly padded?: true
  /** Spaces may stand between every character of the marker, as typeset or OCR texts print it: `第 1 0 条`, `二 、`. */
  readonly spaced?: true
  /** Longest Arabic number of the style: outlines run to a few hundred items, and `2023.` is a year. None: any. */
  readonly maxDigits?: number
  /** A bare number, a space and words is one of these markers too: `3 推进项目`. */
  readonly bare?: true
  /**
   * A number glued to the words of its item is one too (`1突破关键技术。`), when the words start with no measure or
   * date character (`3个`, `2024年`); it opens a level only at 1, or where the glued numbering is already running.
   */
  readonly glued?: true
  /** Markers of one character, brackets or dot included (`①`…`⑳`): the code points of 1 and of the last. */
  readonly enclosed?: { readonly first: number; readonly last: number }
  /** How the style is written as GB/T 9704 prints it: before and after the number, and in which numerals. */
  readonly written: { readonly open: string; readonly close: string; readonly numerals: 'chinese' | 'arabic' | 'enclosed' }
}

/** Longest Arabic number of an outline marker (`1.`, `（12）`): notices run to a few hundred items, `2023.` is a year. */
const MAX_ARABIC_DIGITS = 3

/** The numbering styles, in the order the reader tries the styles that share an opening character. */
export const MARKER_STYLES: readonly MarkerStyleRecord[] = [
  {
    style: 'chinese-comma',
    numerals: 'chinese',
    // `一、` and the rarer `一.`/`一．`
    opens: [''],
    closes: ['、', '.'],
    spaced: true,
    written: { open: '', close: '、', numerals: 'chinese' },
  },
  {
    style: 'chinese-paren',
    numerals: 'chinese',
    opens: ['('],
    closes: [')'],
    padded: true,
    enclosed: { first: 0x3220, last: 0x3229 }, // ㈠ … ㈩
    written: { open: '（', close: '）', numerals: 'chinese' },
  },
  {
    style: 'arabic-dot',
    numerals: 'arabic',
    opens: [''],
    closes: ['.', '、'],
    maxDigits: MAX_ARABIC_DIGITS,
    bare: true,
    glued: true,
    enclosed: { first: 0x2488, last: 0x249b }, // ⒈ … ⒛
    written: { open: '', close: '.', numerals: 'arabic' },
  },
  {
    style: 'arabic-paren',
    numerals: 'arabic',
    // `（1）` and `1)`
    opens: ['(', ''],
    closes: [')'],
    padded: true,
    maxDigits: MAX_ARABIC_DIGITS,
    enclosed: { first: 0x2474, last: 0x2487 }, // ⑴ … ⒇
    written: { open: '（', close: '）', numerals: 'arabic' },
  },
  {
    style: 'circled',
    numerals: 'none',
    opens: [],
    closes: [],
    enclosed: { first: 0x2460, last: 0x2473 }, // ① … ⑳
    written: { open: '', close: '', numerals: 'enclosed' },
  },
  {
    style: 'article',
    numerals: 'either',
    opens: ['第'],
    closes: ['条'],
    spaced: true,
    written: { open: '第', close: '条', numerals: 'chinese' },
  },
  {
    style: 'part',
    numerals: 'either',
    opens: ['第'],
    closes: ['章', '编', '部分'],
    spaced: true,
    written: { open: '第', close: '章', numerals: 'chinese' },
  },
]

/**
 * Words that make a bare number followed by a space a quantity (`100 家`), not a list number (`3 推进项目`): the
 * characters they start with.
 */
export const BARE_NUMBER_FOLLOWERS = '年月日%‰个万亿千百元家项人名所座处条次件台套张辆户批亩吨米倍.'

/**
 * Characters that make a number glued to them a quantity, an ordinal or a name (`2型`, `3届`, `5号`), not a list
 * number (`1突破…`), beyond the measures the measure lexicon reads.
 */
export const GLUED_NUMBER_FOLLOWERS = '型届期号级类种轮段点成折周岁时分秒代版楼层栋期季度轴圈环维'
