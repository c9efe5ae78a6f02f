import { describe, expect, it } from 'vitest'
import { normalize } from '../src/document/normalize.js'
import { readMarker } from '../src/grammar/markers.js'

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
  ])('%s has no marker', (line) => {
    expect(read(line)).toBeNull()
  })
})
