import { describe, expect, it } from 'vitest'
import { normalize } from '../src/document/normalize.js'
import { isListNumber, readMarker, renumber, writeMarker } from '../src/grammar/markers.js'
import { MARKER_STYLES } from '../src/lexicon/markers.js'
import { type Numbering, NumberingSchema } from '../src/tree/schema.js'

const read = (line: string) => readMarker(normalize(line))

describe('numbering markers', () => {
  it.each([
    ['一、深入实施创新驱动发展战略', 'chinese-comma', 1, 2],
    ['十一、切实抓好组织实施', 'chinese-comma', 11, 3],
    ['三十、对…', 'chinese-comma', 30, 3],
    ['（一）加强组织领导', 'chinese-paren', 1, 3],
    ['(十二)落实地方政府主体责任', 'chinese-paren', 12, 4],
    ['（二十九）支持', 'chinese-paren', 29, 5],
    ['㈢完善机制', 'chinese-paren', 3, 1],
    ['1.加强实验室布局提升', 'arabic-dot', 1, 2],
    ['1．除涉密', 'arabic-dot', 1, 2],
    ['90﹒建立', 'arabic-dot', 90, 3],
    ['12、加快', 'arabic-dot', 12, 3],
    ['3 推进项目', 'arabic-dot', 3, 2],
    ['1.2023年底前完成', 'arabic-dot', 1, 2],
    ['（1）完善', 'arabic-paren', 1, 3],
    ['(12) 完善', 'arabic-paren', 12, 5],
    ['⑴完善', 'arabic-paren', 1, 1],
    ['①完善', 'circled', 1, 1],
    ['⑳完善', 'circled', 20, 1],
    ['第3条 本办法', 'article', 3, 4],
    ['第十二条　本办法', 'article', 12, 5],
    ['第二章 总则', 'part', 2, 4],
    ['第 1 2 条 鼓励企业', 'article', 12, 8],
    ['三 、保障措施', 'chinese-comma', 3, 3],
    ['2提升服务能力。', 'arabic-dot', 2, 1],
    ['7\ue010完善标准体系。', 'arabic-dot', 7, 2],
  ])('%s', (line, style, value, contentStart) => {
    expect(read(line)).toMatchObject({ style, value, contentStart })
  })

  it.each([
    '2023年地区生产总值增长5%',
    '1.2万人以上',
    '1.2023亿元',
    '一是加强组织领导',
    '一流营商环境',
    '5G基站1000座',
    '12345热线',
    '第一批试点',
    '（2023—2025年）',
    '（市场监管总局负责）',
    '100 家以上',
    '3个试点城市',
    '2型糖尿病患者',
    '5届全运会',
    '10万亩高标准农田',
    '2一',
  ])('%s has no marker', (line) => {
    expect(read(line)).toBeNull()
  })
})

describe('numbers glued to their words', () => {
  it('marks them glued, so that they open a level only at 1 or where the glued numbering runs', () => {
    expect(read('1推进项目建设。')?.glued).toBe(true)
    expect(read('1.推进项目建设。')?.glued).toBe(false)
  })
})

describe('writing markers', () => {
  it('has one lexicon record for every style of the schema that prints a marker', () => {
    const printed = NumberingSchema.shape.style.options.filter((style) => style !== 'row' && style !== 'heading')
    expect(MARKER_STYLES.map((r) => r.style).sort()).toEqual([...printed].sort())
  })

  it.each([
    ['chinese-comma', 3, '三、'],
    ['chinese-paren', 12, '（十二）'],
    ['arabic-dot', 7, '7.'],
    ['arabic-paren', 105, '（105）'],
    ['circled', 20, '⑳'],
    ['article', 3, '第三条'],
    ['part', 2, '第二章'],
    ['article', 1000, '第1000条'],
  ] as const)('%s %i is %s', (style, value, written) => {
    expect(writeMarker(style, value)).toBe(written)
  })

  it('writes nothing a style cannot print', () => {
    expect(writeMarker('circled', 21)).toBeNull()
    expect(writeMarker('arabic-dot', 1000)).toBeNull()
    expect(writeMarker('chinese-comma', 1000)).toBeNull()
    expect(writeMarker('chinese-paren', 0)).toBeNull()
    expect(writeMarker('arabic-dot', 1.5)).toBeNull()
    expect(writeMarker('row', 1)).toBeNull()
    expect(writeMarker('heading', 1)).toBeNull()
  })

  it('reads back every style and number it writes', () => {
    for (const { style } of MARKER_STYLES) {
      let written = 0
      for (let value = 1; value <= 1001; value++) {
        const marker = writeMarker(style, value)
        if (marker === null) continue
        written++
        expect(read(`${marker}加强组织领导`), marker).toMatchObject({ style, value, end: normalize(marker).length })
      }
      expect(written, style).toBeGreaterThanOrEqual(20)
    }
  })

  it('renumbers a printed marker in its own shape', () => {
    const at = (text: string, style: Numbering['style'], value: number) => renumber({ text, style, value: 0 }, value)
    expect(at('（三）', 'chinese-paren', 4)).toBe('（四）')
    expect(at('十一、', 'chinese-comma', 12)).toBe('十二、')
    expect(at('九十九、', 'chinese-comma', 100)).toBe('一百、')
    expect(at('3．', 'arabic-dot', 4)).toBe('4．')
    expect(at('(12)', 'arabic-paren', 13)).toBe('(13)')
    expect(at('第3条', 'article', 5)).toBe('第5条')
    expect(at('第十二条', 'article', 11)).toBe('第十一条')
    expect(at('③', 'circled', 4)).toBe('④')
    expect(at('⑳', 'circled', 21)).toBe('21')
    expect(at('⑶', 'arabic-paren', 4)).toBe('⑷')
    expect(at('⒈', 'arabic-dot', 2)).toBe('⒉')
    expect(at('㈢', 'chinese-paren', 4)).toBe('㈣')
    expect(at('', 'row', 4)).toBe('4')
  })
})

describe('list numbers closed by a bracket', () => {
  it.each(['1', 'a', '一', '十二', '  3', '\u3000１２'])('%s is one', (text) => {
    expect(isListNumber(text)).toBe(true)
  })

  it.each(['', '1234', '牵头单位', '两', '百'])('%s is none', (text) => {
    expect(isListNumber(text)).toBe(false)
  })
})
