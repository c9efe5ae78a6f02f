/**
 * Chinese numeral characters and the fixed words built from them. Data only: the grammar is in `targets/numerals.ts`.
 */

/** Values of Chinese digit characters: everyday, financial (大写) and traditional forms. */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  壹: 1,
  贰: 2,
  貳: 2,
  叁: 3,
  參: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  陸: 6,
  柒: 7,
  捌: 8,
  玖: 9,
}

/** Scale characters below 万, as powers of ten: they multiply the digit before them (三千 = 3×10³). */
export const SMALL_SCALES: Readonly<Record<string, number>> = {
  十: 1,
  拾: 1,
  百: 2,
  佰: 2,
  千: 3,
  仟: 3,
}

/** Scale characters 万 and 亿, as powers of ten: they multiply everything before them (三千万 = 3000×10⁴). */
export const LARGE_SCALES: Readonly<Record<string, number>> = {
  万: 4,
  萬: 4,
  亿: 8,
  億: 8,
}

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

/** Digits of a year written digit by digit (二〇二三年): zero in its printed forms, and one to nine. */
export const YEAR_DIGIT_VALUES: Readonly<Record<string, string>> = {
  '〇': '0', '零': '0', 'O': '0', 'o': '0', '○': '0', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5',
  '六': '6', '七': '7', '八': '8', '九': '9',
}

/** Length of a Chinese year written digit by digit (二〇二三年). */
export const YEAR_DIGITS = 4

/** The character before an ordinal: 第七届, 第1000项. */
export const ORDINAL_PREFIX = '第'

/** The character a digit-by-digit year is followed by. */
export const YEAR_CHARACTER = '年'

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
