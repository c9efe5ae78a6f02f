/**
 * Chinese numeral characters and the fixed words built from them. Data only: the grammar is in `grammar/numerals.ts`.
 */

/** What a Chinese numeral character is: a digit, a scale below 万 (it multiplies the digit before it: 三千 = 3×10³), or
 * 万/亿 (they multiply everything before them: 三千万 = 3000×10⁴). */
export type NumeralKind = 'digit' | 'small-scale' | 'large-scale'

/** How a numeral character is written: everyday (一二三), financial 大写 (壹贰叁), or Traditional (兩 貳 萬). */
export type NumeralStyle = 'everyday' | 'financial' | 'traditional'

/** One Chinese numeral character and its features. */
export interface NumeralCharacter {
  readonly char: string
  readonly kind: NumeralKind
  /** A digit's value (0 to 9), a scale's power of ten (十 = 1, 万 = 4). */
  readonly value: number
  readonly style: NumeralStyle
  /** The character numbers are written with for this value: 零 within a number (一百零五), 二 (not 两). */
  readonly written?: true
  /** Counts things only (两个, 两万): never a digit of a year written digit by digit, nor one after a decimal point. */
  readonly countOnly?: true
}

/**
 * Every Chinese numeral character: digits and scales, everyday, financial (大写) and Traditional. The one list of them:
 * the grammar compiles from it the tables its readers use and the character sets of dates, markers and check rules.
 */
export const NUMERAL_CHARACTERS: readonly NumeralCharacter[] = [
  { char: '〇', kind: 'digit', value: 0, style: 'everyday' },
  { char: '零', kind: 'digit', value: 0, style: 'everyday', written: true },
  { char: '一', kind: 'digit', value: 1, style: 'everyday', written: true },
  { char: '二', kind: 'digit', value: 2, style: 'everyday', written: true },
  { char: '两', kind: 'digit', value: 2, style: 'everyday', countOnly: true },
  { char: '三', kind: 'digit', value: 3, style: 'everyday', written: true },
  { char: '四', kind: 'digit', value: 4, style: 'everyday', written: true },
  { char: '五', kind: 'digit', value: 5, style: 'everyday', written: true },
  { char: '六', kind: 'digit', value: 6, style: 'everyday', written: true },
  { char: '七', kind: 'digit', value: 7, style: 'everyday', written: true },
  { char: '八', kind: 'digit', value: 8, style: 'everyday', written: true },
  { char: '九', kind: 'digit', value: 9, style: 'everyday', written: true },
  { char: '壹', kind: 'digit', value: 1, style: 'financial' },
  { char: '贰', kind: 'digit', value: 2, style: 'financial' },
  { char: '叁', kind: 'digit', value: 3, style: 'financial' },
  { char: '肆', kind: 'digit', value: 4, style: 'financial' },
  { char: '伍', kind: 'digit', value: 5, style: 'financial' },
  { char: '陆', kind: 'digit', value: 6, style: 'financial' },
  { char: '柒', kind: 'digit', value: 7, style: 'financial' },
  { char: '捌', kind: 'digit', value: 8, style: 'financial' },
  { char: '玖', kind: 'digit', value: 9, style: 'financial' },
  { char: '兩', kind: 'digit', value: 2, style: 'traditional', countOnly: true },
  { char: '貳', kind: 'digit', value: 2, style: 'traditional' },
  { char: '參', kind: 'digit', value: 3, style: 'traditional' },
  { char: '陸', kind: 'digit', value: 6, style: 'traditional' },
  { char: '十', kind: 'small-scale', value: 1, style: 'everyday', written: true },
  { char: '百', kind: 'small-scale', value: 2, style: 'everyday', written: true },
  { char: '千', kind: 'small-scale', value: 3, style: 'everyday', written: true },
  { char: '拾', kind: 'small-scale', value: 1, style: 'financial' },
  { char: '佰', kind: 'small-scale', value: 2, style: 'financial' },
  { char: '仟', kind: 'small-scale', value: 3, style: 'financial' },
  { char: '万', kind: 'large-scale', value: 4, style: 'everyday', written: true },
  { char: '亿', kind: 'large-scale', value: 8, style: 'everyday', written: true },
  { char: '萬', kind: 'large-scale', value: 4, style: 'traditional' },
  { char: '億', kind: 'large-scale', value: 8, style: 'traditional' },
]

/**
 * The characters of one kind and their values, as a lookup table.
 * Note: built by `Object.fromEntries`, as an object literal would be, the table keeps fast properties; adding them one
 * by one turns it into a dictionary, slower to look up in the readers' loops.
 */
function valuesOf(kind: NumeralKind): Readonly<Record<string, number>> {
  return Object.fromEntries(NUMERAL_CHARACTERS.filter((c) => c.kind === kind).map((c) => [c.char, c.value]))
}

/** Values of Chinese digit characters: everyday, financial (大写) and Traditional forms. */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = valuesOf('digit')

/** Scale characters below 万, as powers of ten: they multiply the digit before them (三千 = 3×10³). */
export const SMALL_SCALES: Readonly<Record<string, number>> = valuesOf('small-scale')

/** Scale characters 万 and 亿, as powers of ten: they multiply everything before them (三千万 = 3000×10⁴). */
export const LARGE_SCALES: Readonly<Record<string, number>> = valuesOf('large-scale')

/** The Chinese decimal point (三点五 = 3.5); its fractional digits are read one by one. */
export const CHINESE_POINT = '点'

/** Characters after 千 that make it the kilo- of a unit (千瓦, 千伏, 千米, 千克, 千卡, 千帕, 千焦), not a scale. */
export const KILO_UNIT_STARTS = '瓦伏米克卡帕焦'

/** A scale character followed by this is a fraction or percent word (百分之, 千分之, 百分点), not a scale. */
export const SCALE_WORD_BREAK = '分'

/** Scale characters that may follow Arabic digits (5千, 3百万); 十 may not (`5十` is not written). */
export const ARABIC_SMALL_SCALES: Readonly<Record<string, number>> = {
  百: 2,
  千: 3,
}

/** Percent words: the numeral after them is the number of hundredths (thousandths…), shown with `unit`. */
export const PERCENT_WORDS: readonly { readonly text: string; readonly unit: string }[] = [
  { text: '百分之', unit: '%' },
  { text: '千分之', unit: '‰' },
  { text: '万分之', unit: '‱' },
  { text: '佰分之', unit: '%' },
  { text: '仟分之', unit: '‰' },
]

/** Between the denominator and the numerator of a fraction: 五分之一 = 1/5. */
export const FRACTION_WORD = '分之'

/** Tenths: 三成 = 30%. */
export const TENTHS_WORD = '成'

/** The unit a tenths numeral is reported in (三成 → 30 %). */
export const TENTHS_UNIT = '%'

/** Characters after 成 that make it part of a word (成为, 成果, 成本, 成效, 一成不变…), not tenths. */
export const TENTHS_BLOCKERS = '为员果本效立功熟就长型绩品交都不规片套批熟像材绩'

/** Largest value a tenths numeral may have: 十成 is all of it. */
export const MAX_TENTHS = 10

/** After tenths, half a tenth more: 三成半 = 35%. */
export const TENTHS_HALF = '半'

/** A discount: 八折 and 8折 = 80% of the price, 8.5折 = 85%, 75折 = 75% (租金5折). */
export const DISCOUNT_WORD = '折'

/** Characters after 折 that make it part of a word (折合, 折算, 折旧, 折扣, 折叠, 折射, 折腾, 折中…), not a discount. */
export const DISCOUNT_BLOCKERS = '合算旧扣叠射线返腾中服损价'

/** Largest number of a two-digit discount (75折 = 75%); one digit or a decimal below 10 counts tenths (8折, 8.5折). */
export const MAX_DISCOUNT = 99

/**
 * Characters after 半 that make it start a word (半导体, 半岛, 半径, 半成品, 半数, 一年半载…), not a half: after 一
 * (北一半导体) and after a unit (3个半导体) alike.
 */
export const HALF_WORD_BLOCKERS = '导岛径成数载壁边拉封决价身'

/** Words for one half, and their value. */
export const HALF_WORDS: Readonly<Record<string, string>> = {
  一半: '0.5',
}

/** Doubling: 翻 + n + 番 is 2ⁿ times (翻一番 = 2, 翻两番 = 4); 了 may sit after 翻. */
export const DOUBLING = { start: '翻', end: '番', filler: '了', maxTimes: 10 } as const

/** Fixed multiple words and the multiple they mean. */
export const MULTIPLE_WORDS: Readonly<Record<string, string>> = {
  翻番: '2',
  倍增: '2',
}

/** The unit multiple words are reported in. */
export const MULTIPLE_UNIT = '倍'

/** What is printed for 〇 in a year written digit by digit (二○二三, 二O二三): a white circle, the letter O. */
export const ZERO_LOOKALIKES = '○Oo'

/**
 * Digits of a year written digit by digit (二〇二三年), as digit strings: the everyday digits (but 两) and the
 * lookalikes of 〇. The first of each value is the one written (〇, not 零).
 */
export const YEAR_DIGIT_VALUES: Readonly<Record<string, string>> = Object.fromEntries([
  ...NUMERAL_CHARACTERS.filter((c) => c.kind === 'digit' && c.style === 'everyday' && !c.countOnly).map((c) => [c.char, String(c.value)]),
  ...[...ZERO_LOOKALIKES].map((ch) => [ch, '0']),
])

/** Length of a Chinese year written digit by digit (二〇二三年). */
export const YEAR_DIGITS = 4

/** The character before an ordinal: 第七届, 第1000项. */
export const ORDINAL_PREFIX = '第'

/** The character after the year of a date (2023年), and after a year written digit by digit. */
export const YEAR_CHARACTER = '年'

/** The character after the month of a date: 2023年3月. */
export const MONTH_CHARACTER = '月'

/** Characters after the day of a date: 3月1日 (the first, written), 3月1号 (號 as Traditional text has it). */
export const DAY_CHARACTERS = '日号號'

/** The character after the hour of a time: 9时. */
export const HOUR_CHARACTER = '时'

/**
 * Characters before 十 that make it a rough count, no number: 数十万 (some hundreds of thousands), 几十年.
 */
export const ROUGH_COUNT_WORDS = '数几'

/**
 * Characters right before a bare scale (千, 万, 千亿) that make it a number: 近千家, 超千亿元, 过万, 逾百家, 突破千亿, 达千亿.
 * Without one, a bare scale is part of a word (千家万户, 万人助企, 百姓).
 */
export const BARE_SCALE_LICENSORS = '近超过逾破约达'

/**
 * Fixed phrases whose numeral characters are not numbers, although a counter follows. Extend freely; each is
 * matched where a numeral would start.
 */
export const NUMERAL_IDIOMS: readonly string[] = [
  '四个全面',
  '四个意识',
  '四个自信',
  '四个服务',
  '四个最严',
  '两个维护',
  '两个确立',
  '两个毫不动摇',
  '两个一百年',
  '两个大局',
  '两个结合',
  '三个代表',
  '三个务必',
  '三位一体',
  '四位一体',
  '五位一体',
  '一张图',
  '一张网',
  '一张蓝图',
  '一张清单',
  '一张床',
  '一条龙',
  '一波三折',
  '十万火急',
  '一条心',
  '一件事',
  '一次性',
  '一次能源',
  '二次能源',
  '二次供水',
  '二次开发',
  '三次产业',
  '一二三产',
  '一部分',
  '一点一滴',
  '一揽子',
  '一口气',
  '二元结构',
  '一元化',
  '一位数',
  '两位数',
  '三位数',
  '十六大',
  '十七大',
  '十八大',
  '十九大',
  '二十大',
  '二十一大',
  '千家万户',
  '万家灯火',
  '百家争鸣',
  '千人计划',
  '万人计划',
  '百人计划',
]
