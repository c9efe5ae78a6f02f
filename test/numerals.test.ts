import { describe, expect, it } from 'vitest'
import {
  compareDecimal,
  decimalToNumber,
  divideDecimal,
  isDecimal,
  normalizeDecimal,
  scaleDecimal,
} from '../src/grammar/decimal.js'
import { isDateValue } from '../src/grammar/dates.js'
import {
  chineseNumeral,
  DAY_NUMERAL_CHARS,
  EVERYDAY_NUMERAL_CHARS,
  findNumerals,
  isNumberChar,
  MAX_OUTLINE_NUMBER,
  OUTLINE_NUMERAL_CHARS,
  parseChineseInteger,
  readNumeral,
  SMALL_COUNT_CHARS,
  YEAR_DIGIT_CHARS,
} from '../src/grammar/numerals.js'

/** Spans found in a long run: in order, without overlap, inside the text. */
function expectInOrder(found: ReadonlyArray<{ start: number; end: number }>, length: number): void {
  let last = 0
  for (const f of found) {
    expect(f.start).toBeGreaterThanOrEqual(last)
    expect(f.end).toBeGreaterThanOrEqual(f.start)
    last = f.end
  }
  expect(last).toBeLessThanOrEqual(length)
}

describe('decimal', () => {
  it('scales exactly', () => {
    expect(scaleDecimal('16.4', 8)).toBe('1640000000')
    expect(scaleDecimal('20.1', 8)).toBe('2010000000')
    expect(scaleDecimal('2.2', 12)).toBe('2200000000000')
    expect(scaleDecimal('1.2', 4)).toBe('12000')
    expect(scaleDecimal('13.58', 4)).toBe('135800')
    expect(scaleDecimal('0.01', 0)).toBe('0.01')
    expect(scaleDecimal('12000', -4)).toBe('1.2')
    expect(scaleDecimal('5', -3)).toBe('0.005')
    expect(scaleDecimal('-3.50', 1)).toBe('-35')
    expect(scaleDecimal('007.500', 0)).toBe('7.5')
  })

  it('leaves what is not a decimal alone and never throws', () => {
    expect(scaleDecimal('abc', 4)).toBe('abc')
    expect(scaleDecimal('1.', 4)).toBe('1.')
    expect(scaleDecimal('1.5', Number.NaN)).toBe('1.5')
    expect(isDecimal('')).toBe(false)
    expect(isDecimal('-')).toBe(false)
    expect(isDecimal('1.2.3')).toBe(false)
    expect(decimalToNumber('x')).toBeNaN()
    expect(normalizeDecimal('-0.000')).toBe('0')
  })

  it('divides and compares', () => {
    expect(divideDecimal('1', '5')).toBe('0.2')
    expect(divideDecimal('1', '3')).toBe('0.333333333333')
    expect(divideDecimal('2', '3')).toBe('0.666666666667')
    expect(divideDecimal('1', '0')).toBeNull()
    expect(divideDecimal('10', '4')).toBe('2.5')
    expect(compareDecimal('12', '12.5')).toBe(-1)
    expect(compareDecimal('12.50', '12.5')).toBe(0)
    expect(compareDecimal('100', '99.99')).toBe(1)
    expect(compareDecimal('-2', '1')).toBe(-1)
  })
})

/** The one numeral of a string, as value text and form. */
function read(s: string): [string, string] | null {
  const all = findNumerals(s)
  expect(all.length).toBeLessThanOrEqual(1)
  const n = all[0]
  return n ? [n.valueText, n.form] : null
}

describe('readNumeral / findNumerals', () => {
  it('reads Arabic numbers, thousands groups and decimals', () => {
    expect(read('1,200个')).toEqual(['1200', 'arabic'])
    expect(read('12,345,678元')).toEqual(['12345678', 'arabic'])
    expect(read('94.906%')).toEqual(['94.906', 'arabic'])
    expect(findNumerals('1,2').map((n) => n.valueText)).toEqual(['1', '2'])
    expect(findNumerals('1,2000').map((n) => n.valueText)).toEqual(['1', '2000'])
    expect(findNumerals('1234,567').map((n) => n.valueText)).toEqual(['1234', '567'])
  })

  it('reads mixed numbers with their scale', () => {
    expect(read('1.2万')).toEqual(['12000', 'mixed'])
    expect(read('16.4亿')).toEqual(['1640000000', 'mixed'])
    expect(read('2.2万亿')).toEqual(['2200000000000', 'mixed'])
    expect(read('3万4000')).toEqual(['34000', 'mixed'])
    expect(read('1亿2000万')).toEqual(['120000000', 'mixed'])
    expect(read('5千')).toEqual(['5000', 'mixed'])
    expect(read('5千万')).toEqual(['50000000', 'mixed'])
    expect(readNumeral('1.2万人', 0)?.scale).toBe(4)
  })

  it('leaves 千 of a unit and 百 of 百分点 to the unit', () => {
    expect(readNumeral('350万千瓦', 0)).toMatchObject({ valueText: '3500000', end: 4 })
    expect(readNumeral('220千伏', 0)).toMatchObject({ valueText: '220', end: 3 })
    expect(readNumeral('5千米', 0)).toMatchObject({ valueText: '5', end: 1 })
    expect(readNumeral('3百分点', 0)).toMatchObject({ valueText: '3', end: 1 })
  })

  it('reads Chinese numerals', () => {
    expect(read('二十九')).toEqual(['29', 'chinese'])
    expect(read('一百零五')).toEqual(['105', 'chinese'])
    expect(read('一千二百')).toEqual(['1200', 'chinese'])
    expect(read('十五')).toEqual(['15', 'chinese'])
    expect(read('一万')).toEqual(['10000', 'chinese'])
    expect(read('三亿五千万')).toEqual(['350000000', 'chinese'])
    expect(read('一百五')).toEqual(['150', 'chinese'])
    expect(read('二〇二三年')).toEqual(['2023', 'chinese'])
    expect(read('三点五亿元')).toEqual(['350000000', 'chinese'])
    expect(read('贰拾')).toEqual(['20', 'chinese'])
  })

  it('reads a lone Chinese numeral only before a counter or unit', () => {
    expect(read('两个')).toEqual(['2', 'chinese'])
    expect(read('一所')).toEqual(['1', 'chinese'])
    expect(read('三家')).toEqual(['3', 'chinese'])
    expect(read('七届')).toEqual(['7', 'chinese'])
    for (const word of [
      '一些', '一批', '一流', '一体化', '统一', '进一步', '第一', '一系列', '万物', '千方百计', '百姓', '十分重要',
      '一是', '二是', '三农', '两高', '两新', '五位一体', '四个全面', '两个维护', '十四五', '万一', '一户一档',
      '一村一场戏', '千家万户', '千万不要', '三四', '两位数增长', '党的二十大', '一次性', '一张图', '两降一升',
    ]) {
      expect(findNumerals(word), word).toEqual([])
    }
  })

  it('reads a bare scale after 近/超/过 or before 余', () => {
    expect(read('近千家')).toEqual(['1000', 'chinese'])
    expect(read('超千亿元')).toEqual(['100000000000', 'chinese'])
    expect(read('过千亿')).toEqual(['100000000000', 'chinese'])
    expect(read('千余家')).toEqual(['1000', 'chinese'])
    expect(read('百家争鸣')).toBeNull()
  })

  it('reads percent words, tenths, fractions and halves', () => {
    expect(readNumeral('百分之三十', 0)).toMatchObject({ valueText: '30', form: 'percent-words', unit: '%' })
    expect(readNumeral('百分之30', 0)).toMatchObject({ valueText: '30', form: 'percent-words', unit: '%' })
    expect(readNumeral('百分之百', 0)).toMatchObject({ valueText: '100', form: 'percent-words' })
    expect(readNumeral('百分之零点五', 0)).toMatchObject({ valueText: '0.5', form: 'percent-words' })
    expect(readNumeral('千分之三', 0)).toMatchObject({ valueText: '3', unit: '‰' })
    expect(readNumeral('三成', 0)).toMatchObject({ valueText: '30', form: 'tenths', unit: '%' })
    expect(readNumeral('五分之一', 0)).toMatchObject({ valueText: '0.2', form: 'fraction', unit: null })
    expect(readNumeral('三分之一', 0)).toMatchObject({ valueText: '0.333333333333', form: 'fraction' })
    expect(readNumeral('一半', 0)).toMatchObject({ valueText: '0.5', form: 'fraction' })
    expect(findNumerals('成为')).toEqual([])
    expect(findNumerals('北一半导体公司')).toEqual([])
    expect(findNumerals('三成员')).toEqual([])
  })

  it('reads 十 alone as ten before a counter, and not in the words it starts', () => {
    expect(read('开展十项专项行动')).toEqual(['10', 'chinese'])
    expect(read('建成十个示范村')).toEqual(['10', 'chinese'])
    for (const word of ['十大工程', '十万火急', '十全十美', '十足', '服务数十万企业', '几十年如一日']) expect(findNumerals(word), word).toEqual([])
  })

  it('reads 十 after 零 as 一十', () => {
    expect(read('一千零十二')).toEqual(['1012', 'chinese'])
    expect(read('一百零十万')).toEqual(['1100000', 'chinese'])
    expect(read('二十五分之一千零拾肆')).toEqual(['40.56', 'fraction'])
  })

  it('reads Chinese decimals without a unit, but not the slogans of that shape', () => {
    expect(read('增速回升至十五点七')).toEqual(['15.7', 'chinese'])
    expect(read('零点五')).toEqual(['0.5', 'chinese'])
    expect(read('两千万点五五')).toEqual(['20000000.55', 'chinese'])
    expect(read('三点五亿元')).toEqual(['350000000', 'chinese'])
    for (const word of ['推行一点一策', '三点一线', '两点一线']) expect(findNumerals(word), word).toEqual([])
  })

  it('reads what follows a scale after Arabic digits: the rest below it, after 零 or with smaller scales', () => {
    expect(read('5万4千6百')).toEqual(['54600', 'mixed'])
    expect(read('2亿3千万')).toEqual(['230000000', 'mixed'])
    expect(read('1千零20')).toEqual(['1020', 'mixed'])
    expect(read('5万零600')).toEqual(['50600', 'mixed'])
    expect(read('5千600')).toEqual(['5600', 'mixed'])
    // Too few digits and no 零: not a remainder (3万4 is no way to write 34000 in a notice).
    expect(findNumerals('3万4').map((n) => n.valueText)).toEqual(['30000', '4'])
    expect(findNumerals('1万零5万').map((n) => n.valueText)).toEqual(['10000', '50000'])
  })

  it('reads a fraction whose denominator ends in a scale, and leaves percent words alone', () => {
    expect(read('五百分之一')).toEqual(['0.002', 'fraction'])
    expect(read('十万分之三')).toEqual(['0.00003', 'fraction'])
    expect(read('一百万分之五')).toEqual(['0.000005', 'fraction'])
    expect(readNumeral('百分之五', 0)).toMatchObject({ valueText: '5', unit: '%' })
    expect(readNumeral('万分之三', 0)).toMatchObject({ valueText: '3', unit: '‱' })
  })

  it('reads half a tenth and discounts as percents', () => {
    expect(readNumeral('三成半', 0)).toMatchObject({ valueText: '35', unit: '%', text: '三成半' })
    expect(readNumeral('租金5折', 2)).toMatchObject({ valueText: '50', unit: '%', text: '5折' })
    expect(readNumeral('8.5折', 0)).toMatchObject({ valueText: '85', unit: '%' })
    expect(readNumeral('75折', 0)).toMatchObject({ valueText: '75', unit: '%' })
    expect(readNumeral('九折', 0)).toMatchObject({ valueText: '90', unit: '%' })
    expect(readNumeral('三点一折', 0)).toMatchObject({ valueText: '31', unit: '%' })
    // 十折 is the whole price, no discount; 折合, 折算 are conversions; 一波三折 an idiom.
    expect(findNumerals('十折')).toEqual([])
    expect(findNumerals('一波三折')).toEqual([])
    expect(findNumerals('5折合').map((n) => n.unit)).toEqual([null])
    expect(findNumerals('不打折扣')).toEqual([])
  })

  it('reads multiple words', () => {
    expect(readNumeral('翻一番', 0)).toMatchObject({ valueText: '2', form: 'multiple-words', unit: '倍' })
    expect(readNumeral('翻两番', 0)).toMatchObject({ valueText: '4', form: 'multiple-words' })
    expect(readNumeral('倍增', 0)).toMatchObject({ valueText: '2', form: 'multiple-words' })
    expect(findNumerals('1.5倍增长').map((n) => n.text)).toEqual(['1.5'])
  })

  it('marks digits glued to Latin letters', () => {
    expect(findNumerals('新增5G基站1000座').map((n) => [n.text, n.latin])).toEqual([
      ['5', true],
      ['1000', false],
    ])
    expect(findNumerals('PM2.5').map((n) => [n.text, n.latin])).toEqual([['2.5', true]])
    expect(findNumerals('IPV6').map((n) => n.latin)).toEqual([true])
    expect(findNumerals('100Mbps').map((n) => n.latin)).toEqual([false])
    expect(findNumerals('10kV').map((n) => n.latin)).toEqual([false])
  })

  it('reads year, month and day numerals and tells they look like dates', () => {
    const s = '2019年1月1日'
    const ns = findNumerals(s)
    expect(ns.map((n) => n.valueText)).toEqual(['2019', '1', '1'])
    expect(ns.map((n) => isDateValue(n, s[n.end] ?? null))).toEqual([true, true, true])
    const t = '3年'
    expect(isDateValue(findNumerals(t)[0]!, '年')).toBe(false)
  })

  it('reads exactly at an offset and is null elsewhere', () => {
    expect(readNumeral('约3600户', 1)?.valueText).toBe('3600')
    expect(readNumeral('约3600户', 0)).toBeNull()
    expect(readNumeral('abc', 10)).toBeNull()
    expect(readNumeral('', 0)).toBeNull()
  })

  it('respects from and to', () => {
    expect(findNumerals('10家和20家', 3).map((n) => n.valueText)).toEqual(['20'])
    expect(findNumerals('10家和20家', 0, 4).map((n) => n.valueText)).toEqual(['10'])
  })
})

describe('parseChineseInteger', () => {
  it('parses whole Chinese integers', () => {
    expect(parseChineseInteger('二十九')).toBe(29)
    expect(parseChineseInteger('七')).toBe(7)
    expect(parseChineseInteger('十')).toBe(10)
    expect(parseChineseInteger('一百零五')).toBe(105)
    expect(parseChineseInteger('二〇二三')).toBe(2023)
  })

  it('rejects anything else', () => {
    for (const s of ['', '二十九、', '十四五', '万一', 'abc', '三点五', '三四', '亿'.repeat(1000)]) {
      expect(parseChineseInteger(s), s).toBeNull()
    }
  })
})

describe('numerals on hostile input', () => {
  it('reads long runs to their end (their speed is measured by npm run bench)', () => {
    const N = 100_000
    for (const s of ['1'.repeat(N), '、'.repeat(N), '一'.repeat(N), '一亿'.repeat(N / 2), '亿'.repeat(N), '1,'.repeat(N / 2)]) {
      expectInOrder(findNumerals(s), s.length)
    }
  })
})

describe('chineseNumeral', () => {
  it('writes numbers as outlines and text write them', () => {
    const cases: Array<[number, string]> = [
      [0, '零'], [7, '七'], [10, '十'], [12, '十二'], [20, '二十'], [105, '一百零五'], [110, '一百一十'], [999, '九百九十九'],
      [1005, '一千零五'], [10010, '一万零一十'], [100000, '十万'], [30500, '三万零五百'], [100010000, '一亿零一万'],
    ]
    for (const [n, text] of cases) expect(chineseNumeral(n), String(n)).toBe(text)
  })

  it('writes in Arabic digits what it cannot write in Chinese', () => {
    expect(chineseNumeral(-3)).toBe('-3')
    expect(chineseNumeral(1.5)).toBe('1.5')
    expect(chineseNumeral(1e12)).toBe('1000000000000')
  })

  it('reads back every number from 1 to 999, and large ones', () => {
    for (let n = 1; n <= 999; n++) expect(parseChineseInteger(chineseNumeral(n)), String(n)).toBe(n)
    for (const n of [1000, 1001, 1010, 9999, 10000, 10001, 20300, 99999, 100000, 120034005, 999999999999]) {
      expect(parseChineseInteger(chineseNumeral(n)), String(n)).toBe(n)
    }
  })
})

describe('numeral character sets', () => {
  it('are compiled from the lexicon records', () => {
    expect([...OUTLINE_NUMERAL_CHARS].sort()).toEqual([...'一二三四五六七八九十百零〇两'].sort())
    expect([...DAY_NUMERAL_CHARS].sort()).toEqual([...'一二三四五六七八九十'].sort())
    expect([...SMALL_COUNT_CHARS].sort()).toEqual([...'一二两三四五六七八九十'].sort())
    expect([...EVERYDAY_NUMERAL_CHARS].sort()).toEqual([...'〇零一二三四五六七八九十百千万亿两'].sort())
    expect([...YEAR_DIGIT_CHARS].sort()).toEqual([...'〇零○Oo一二三四五六七八九'].sort())
    expect(MAX_OUTLINE_NUMBER).toBe(999)
  })

  it('tell the characters a number is written with', () => {
    for (const ch of ['3', '.', '．', '三', '两', '万', '〇']) expect(isNumberChar(ch), ch).toBe(true)
    for (const ch of ['', '壹', '兩', '个', 'a', '33']) expect(isNumberChar(ch), ch).toBe(false)
  })
})
