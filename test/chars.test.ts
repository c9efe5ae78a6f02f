import { describe, expect, it } from 'vitest'
import { charAt, charTable, codeAt, isAsciiLetter, isDigit, nextUnit, NO_UNIT, oneOf } from '../src/util/chars.js'
import { readHtml } from '../src/document/html.js'
import { readMarkdown } from '../src/document/markdown.js'
import { CHINESE_ITEM_NUMERALS, isItemNumeral, readText } from '../src/document/text.js'

describe('character tests', () => {
  it('reads no unit past either end of a text, never NaN', () => {
    expect(codeAt('12', 0)).toBe(0x31)
    expect(codeAt('12', 2)).toBe(NO_UNIT)
    expect(codeAt('12', -1)).toBe(NO_UNIT)
    expect(charAt('万亿', 1)).toBe('亿')
    expect(charAt('万亿', 2)).toBe('')
    expect(charAt('万亿', -1)).toBe('')
    expect(isDigit(NO_UNIT)).toBe(false)
    expect(isAsciiLetter(NO_UNIT)).toBe(false)
  })

  it('finds the next unit of a one-unit pattern from any offset, whatever the pattern was last used for', () => {
    const cuts = /[,:]/g
    expect(nextUnit(cuts, 'a,b:c', 0)).toBe(1)
    expect(nextUnit(cuts, 'a,b:c', 2)).toBe(3)
    expect(nextUnit(cuts, 'a,b:c', 4)).toBe(-1)
    // From past the end, and back to the start after that.
    expect(nextUnit(cuts, 'a,b:c', 9)).toBe(-1)
    expect(nextUnit(cuts, 'a,b:c', 0)).toBe(1)
  })

  it('tells the Chinese item numerals by code as the string of them lists them, and nothing else', () => {
    const members = [...CHINESE_ITEM_NUMERALS].map((c) => c.charCodeAt(0))
    for (const code of members) expect(isItemNumeral(code), String.fromCharCode(code)).toBe(true)
    let others = 0
    for (let code = 0; code < 0x10000; code++) if (!members.includes(code) && isItemNumeral(code)) others++
    expect(others).toBe(0)
    expect(isItemNumeral(Number.NaN)).toBe(false)
  })

  it('cuts a long line at the items run into it, and not at numbers inside words or numbers', () => {
    const line = `一、总体要求${'。'.repeat(60)}1.增强透明度，完成3.5项。${'，'.repeat(60)}2.加大力度第2.条。${'，'.repeat(60)}3.落实责任（一）二、三类`
    const starts = readText(line, 'utf-8').lines.map((l) => line.slice(l.start, l.start + 2))
    expect(starts).toEqual(['一、', '1.', '2.', '3.'])
  })

  it('tells digits, letters and members of a set', () => {
    expect([...'0a9Z９'].map((c) => isDigit(c.charCodeAt(0)))).toEqual([true, false, true, false, false])
    expect([...'0a9Z'].map((c) => isAsciiLetter(c.charCodeAt(0)))).toEqual([false, true, false, true])
    expect(oneOf('、，', '，')).toBe(true)
    expect(oneOf('、，', '')).toBe(false)
    expect(oneOf('、，', '、，')).toBe(false)
  })

  it('marks the first unit of each word with the bits of its sets', () => {
    const table = charTable([
      [['万', '亿'], 1],
      [['万元', '个'], 2],
    ])
    expect(table['万'.charCodeAt(0)]).toBe(3)
    expect(table['亿'.charCodeAt(0)]).toBe(1)
    expect(table['个'.charCodeAt(0)]).toBe(2)
    expect(table['元'.charCodeAt(0)]).toBe(0)
  })
})

describe('lines of every reader', () => {
  it('share one shape, with numbers where a table or heading is absent', () => {
    const keys = (lines: readonly object[]) => new Set(lines.map((l) => Object.keys(l).join(',')))
    const text = readText('一、总体要求\n1.加强领导。', 'utf-8')
    const html = readHtml('<p>一、总体要求</p><table><tr><td>序号</td><td>任务</td></tr></table>', 'utf-8')
    const md = readMarkdown('## 一、总体要求\n\n| 序号 | 任务 |\n| --- | --- |\n| 1 | 加强领导 |', 'utf-8')
    const all = [...text.lines, ...html.lines, ...md.lines]
    expect(keys(all)).toEqual(new Set(['start,end,table,outside,heading']))
    expect(text.lines.every((l) => l.table === -1 && l.heading === 0 && !l.outside)).toBe(true)
    expect(html.lines.some((l) => l.table === 0)).toBe(true)
    expect(md.lines.some((l) => l.heading === 2)).toBe(true)
  })
})
