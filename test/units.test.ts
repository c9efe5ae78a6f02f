import { describe, expect, it } from 'vitest'
import { findPerPhrases, readPerAt, readMeasure } from '../src/grammar/measures.js'
import { canonicalOf, MEASURES } from '../src/lexicon/measures.js'

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

/** The unit at the start of a string: [unit, scale, text]. */
function unitOf(s: string): [string | null, number, string] | null {
  const u = readMeasure(s, 0)
  return u ? [u.unit, u.scale, u.text] : null
}

describe('readMeasure', () => {
  it.each(MEASURES.map((m) => [m.word, canonicalOf(m)] as const))('reads the record %s as %s, with no rule of its own', (word, unit) => {
    expect(readMeasure(`${word},`, 0)).toMatchObject({ unit, text: word, scale: 0 })
  })

  it('reads counters and measures, longest first', () => {
    expect(unitOf('家以上')).toEqual(['家', 0, '家'])
    expect(unitOf('人次')).toEqual(['人次', 0, '人次'])
    expect(unitOf('立方米以内')).toEqual(['立方米', 0, '立方米'])
    expect(unitOf('平方公里,')).toEqual(['平方公里', 0, '平方公里'])
    expect(unitOf('千瓦时')).toEqual(['千瓦时', 0, '千瓦时'])
    expect(unitOf('千伏、')).toEqual(['千伏', 0, '千伏'])
    expect(unitOf('千米')).toEqual(['千米', 0, '千米'])
    expect(unitOf('吨标准煤')).toEqual(['吨标准煤', 0, '吨标准煤'])
    expect(unitOf('分钟')).toEqual(['分钟', 0, '分钟'])
    expect(unitOf('个月')).toEqual(['个月', 0, '个月'])
  })

  it('reads scaled units', () => {
    expect(unitOf('万千瓦')).toEqual(['千瓦', 4, '万千瓦'])
    expect(unitOf('亿元')).toEqual(['元', 8, '亿元'])
    expect(unitOf('万亩')).toEqual(['亩', 4, '万亩'])
    expect(unitOf('万人')).toEqual(['人', 4, '万人'])
    expect(unitOf('万吨')).toEqual(['吨', 4, '万吨'])
    expect(unitOf('千万元')).toEqual(['元', 7, '千万元'])
    expect(unitOf('万亿元')).toEqual(['元', 12, '万亿元'])
    expect(unitOf('百万千瓦')).toEqual(['千瓦', 6, '百万千瓦'])
    expect(unitOf('万人次')).toEqual(['人次', 4, '万人次'])
    expect(unitOf('万标准箱')).toEqual(['标准箱', 4, '万标准箱'])
    expect(unitOf('万,')).toEqual([null, 4, '万'])
  })

  it('reads percent, points and multiples', () => {
    expect(unitOf('%以上')).toEqual(['%', 0, '%'])
    expect(unitOf('‰')).toEqual(['‰', 0, '‰'])
    expect(unitOf('个百分点')).toEqual(['百分点', 0, '个百分点'])
    expect(unitOf('百分点')).toEqual(['百分点', 0, '百分点'])
    expect(unitOf('倍')).toEqual(['倍', 0, '倍'])
    expect(unitOf('个')).toEqual(['个', 0, '个'])
  })

  it('never scales a percent or a score', () => {
    expect(unitOf('万分之一')).toBeNull()
    expect(unitOf('百分之')).toBeNull()
  })

  it('reads Latin units only as whole words', () => {
    expect(unitOf('P算力')).toEqual(['P', 0, 'P'])
    expect(unitOf('EFLOPS')).toEqual(['EFLOPS', 0, 'EFLOPS'])
    expect(unitOf('PB')).toEqual(['PB', 0, 'PB'])
    expect(unitOf('Pa')).toBeNull()
    expect(unitOf('m2')).toEqual(['m2', 0, 'm2'])
    expect(unitOf('mm宽厚板')).toEqual(['mm', 0, 'mm'])
    expect(unitOf('MHz频段')).toEqual(['MHz', 0, 'MHz'])
    expect(unitOf('万批次')).toEqual(['批次', 4, '万批次'])
    expect(unitOf('万盏路灯')).toEqual(['盏', 4, '万盏'])
    expect(unitOf('字以内')).toEqual(['字', 0, '字'])
    expect(unitOf('周年之际')).toEqual(['周年', 0, '周年'])
    expect(unitOf('万羽以上')).toEqual(['羽', 4, '万羽'])
    expect(unitOf('万羊单位')).toEqual(['羊单位', 4, '万羊单位'])
    expect(unitOf('Mbps')).toEqual(['Mbps', 0, 'Mbps'])
    expect(unitOf('kV变电站')).toEqual(['kV', 0, 'kV'])
    expect(unitOf('G基站')).toBeNull()
    expect(unitOf('kVx')).toBeNull()
  })

  it('reads what a unit is per after a slash', () => {
    expect(readMeasure('元/吨', 0)).toMatchObject({ unit: '元', per: '吨', text: '元/吨' })
    expect(readMeasure('万元/亩', 0)).toMatchObject({ unit: '元', scale: 4, per: '亩' })
    expect(readMeasure('元/', 0)).toMatchObject({ unit: '元', per: null, text: '元' })
  })

  it('is null where no unit starts, and at bad offsets', () => {
    expect(readMeasure('进牧户', 0)).toBeNull()
    expect(readMeasure('家', -1)).toBeNull()
    expect(readMeasure('家', 1)).toBeNull()
    expect(readMeasure('', 0)).toBeNull()
  })
})

describe('rates (每…)', () => {
  it('reads 每 phrases', () => {
    expect(readPerAt('每千人口拥有', 0)?.text).toBe('每千人口')
    expect(readPerAt('每人每年640元', 0)?.text).toBe('每人每年')
    expect(readPerAt('每万人口', 0)?.text).toBe('每万人口')
    expect(readPerAt('每个乡镇', 0)?.text).toBe('每个乡镇')
    expect(readPerAt('每年新增', 0)?.text).toBe('每年')
    expect(readPerAt('每5年开展', 0)?.text).toBe('每5年')
    expect(readPerAt('每每', 0)).toBeNull()
  })

  it('lists every phrase of a clause', () => {
    expect(findPerPhrases('每年新增100家,每个县建设1处').map((p) => p.text)).toEqual(['每年', '每个县'])
  })

  it('reads long runs to their end (their speed is measured by npm run bench)', () => {
    const N = 100_000
    for (const s of ['每'.repeat(N), '每人'.repeat(N / 2), '每千'.repeat(N / 2)]) {
      expectInOrder(findPerPhrases(s), s.length)
    }
  })
})
