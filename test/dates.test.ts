import { describe, expect, it } from 'vitest'
import { normalize } from '../src/document/normalize.js'
import { dateLine, daysInMonth, findDates, isoDate, writeDate } from '../src/grammar/dates.js'

describe('date lines', () => {
  it.each([
    ['2023年3月1日', '2023-03-01'],
    ['2023年03月01日', '2023-03-01'],
    ['2023 年 3 月 1 日', '2023-03-01'],
    ['二〇二三年三月一日', '2023-03-01'],
    ['一九九六年七月十七日', '1996-07-17'],
    ['二O二三年十二月三十一日', '2023-12-31'],
    ['2023年3月1号', '2023-03-01'],
    ['２０２３年３月１日', '2023-03-01'],
    ['2023年2月30日', '2023-02-30'],
  ])('%s is %s', (line, iso) => {
    expect(dateLine(normalize(line))).toBe(iso)
  })

  it.each(['2023年3月', '2023年13月1日', '2023年3月32日', '1800年3月1日', '2023年3月1日前完成', '发布日期：2023年3月1日', '二〇二三年两月一日'])(
    '%s is none',
    (line) => {
      expect(dateLine(normalize(line))).toBeNull()
    },
  )
})

describe('dates in a text', () => {
  it('finds every date and month, with the values of their parts', () => {
    const text = '1.2023年2月29日前完成建设，二〇二三年十三月验收，2024年6月底前推广。'
    expect(findDates(text).map((d) => [d.index, d.text, d.year, d.monthText, d.month, d.dayText, d.day])).toEqual([
      [2, '2023年2月29日', 2023, '2', 2, '29', 29],
      [18, '二〇二三年十三月', 2023, '十三', 13, null, null],
      [29, '2024年6月', 2024, '6', 6, null, null],
    ])
    expect(findDates('三年内完成')).toEqual([])
  })
})

describe('writing dates', () => {
  it('writes ISO and as notices print them', () => {
    expect(isoDate(2023, 3, 1)).toBe('2023-03-01')
    expect(writeDate(2023, 3, 1)).toBe('2023年3月1日')
    expect(writeDate(2023, 3, 1, 'chinese')).toBe('二〇二三年三月一日')
    expect(writeDate(2010, 10, 20, 'chinese')).toBe('二〇一〇年十月二十日')
  })

  it('reads back every day of a leap year and a common one, in both numerals', () => {
    for (const year of [2023, 2024]) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= daysInMonth(year, month); day++) {
          const iso = isoDate(year, month, day)
          for (const numerals of ['arabic', 'chinese'] as const) {
            const printed = writeDate(year, month, day, numerals)
            expect(dateLine(printed), printed).toBe(iso)
            expect(findDates(`于${printed}前完成`).map((d) => isoDate(d.year, d.month ?? 0, d.day ?? 0)), printed).toEqual([iso])
          }
        }
      }
    }
    expect(daysInMonth(2023, 2)).toBe(28)
    expect(daysInMonth(2024, 2)).toBe(29)
  })
})
