import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Quantity, scanQuantities } from '../src/grammar/quantities.js'
import { readQuantities, readQuantity } from '../src/grammar/quantity.js'

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

/** The quantities of a clause that carry no flag. */
function clean(s: string): Quantity[] {
  return scanQuantities(s).filter((q) => q.flags.length === 0)
}

/** The one unflagged quantity of a clause. */
function one(s: string): Quantity {
  const qs = clean(s)
  expect(qs, s).toHaveLength(1)
  return qs[0] as Quantity
}

/** What a test states about a quantity. */
type Expected = Partial<Pick<Quantity, 'value' | 'valueText' | 'unit' | 'comparator' | 'kind' | 'per' | 'min' | 'max' | 'text'>>

const EXAMPLES: [string, Expected][] = [
  ['新增高新技术企业100家以上', { value: 100, unit: '家', comparator: 'gte', kind: 'increase', text: '100家以上' }],
  ['用水总量控制在20.1亿立方米以内', { value: 2010000000, valueText: '2010000000', unit: '立方米', comparator: 'lte' }],
  ['专利授权量增长18%以上', { value: 18, unit: '%', comparator: 'gte', kind: 'growth' }],
  ['10—15家', { value: null, valueText: null, min: 10, max: 15, unit: '家', comparator: 'between' }],
  ['10-15家', { min: 10, max: 15, unit: '家', comparator: 'between' }],
  ['10~15家', { min: 10, max: 15, unit: '家', comparator: 'between' }],
  ['10至15家', { min: 10, max: 15, unit: '家', comparator: 'between' }],
  ['10到15家', { min: 10, max: 15, unit: '家', comparator: 'between' }],
  ['10–15家', { min: 10, max: 15, unit: '家', comparator: 'between' }],
  ['600个左右', { value: 600, unit: '个', comparator: 'approx' }],
  ['16.4亿', { value: 1640000000, valueText: '1640000000', unit: null }],
  ['1.2万人以上', { value: 12000, valueText: '12000', unit: '人', comparator: 'gte' }],
  ['3万4000人', { value: 34000, unit: '人', comparator: 'eq' }],
  ['2.2万亿元', { value: 2200000000000, valueText: '2200000000000', unit: '元' }],
  ['1,200个', { value: 1200, unit: '个' }],
  ['12%', { value: 12, unit: '%' }],
  ['百分之三十', { value: 30, unit: '%' }],
  ['三成', { value: 30, unit: '%' }],
  ['五分之一', { value: 0.2, valueText: '0.2', unit: null }],
  ['一半', { value: 0.5, unit: null }],
  ['1.5倍', { value: 1.5, unit: '倍', kind: 'multiple' }],
  ['翻一番', { value: 2, unit: '倍', kind: 'multiple' }],
  ['提高2个百分点', { value: 2, unit: '百分点', kind: 'points' }],
  ['350万千瓦', { value: 3500000, valueText: '3500000', unit: '千瓦' }],
  ['220千伏', { value: 220, unit: '千伏' }],
  ['不少于20家', { value: 20, unit: '家', comparator: 'gte', text: '不少于20家' }],
  ['超过3500亿元', { value: 350000000000, valueText: '350000000000', unit: '元', comparator: 'gt' }],
  ['70余个', { value: 70, unit: '个', comparator: 'gt' }],
  ['70多个', { value: 70, unit: '个', comparator: 'gt' }],
  ['超千亿元', { value: 100000000000, unit: '元', comparator: 'gt' }],
  ['过千亿', { value: 100000000000, unit: null, comparator: 'gt' }],
  ['不足5%', { value: 5, unit: '%', comparator: 'lt' }],
  ['近千家', { value: 1000, unit: '家', comparator: 'approx' }],
  ['约3600户', { value: 3600, unit: '户', comparator: 'approx' }],
  ['低于0.01毫米', { value: 0.01, valueText: '0.01', unit: '毫米', comparator: 'lt' }],
  ['2-3个重大科技基础设施', { min: 2, max: 3, unit: '个', comparator: 'between' }],
  ['提高到每人每年640元', { value: 640, unit: '元', per: '每人每年', comparator: 'eq', kind: 'level' }],
  ['两个', { value: 2, unit: '个' }],
  ['一所', { value: 1, unit: '所' }],
  ['20兆进牧户', { value: 20, unit: '兆' }],
  ['1万—2万人', { min: 10000, max: 20000, unit: '人', comparator: 'between' }],
  ['1—2万人', { min: 10000, max: 20000, unit: '人', comparator: 'between' }],
  ['百分之十至十五', { min: 10, max: 15, unit: '%', comparator: 'between' }],
  ['三至五家', { min: 3, max: 5, unit: '家', comparator: 'between' }],
  ['10余万人', { value: 100000, unit: '人', comparator: 'gt' }],
  ['13.58万头以上', { value: 135800, unit: '头', comparator: 'gte' }],
  ['粮食产能提高2500万斤以上', { value: 25000000, unit: '斤', comparator: 'gte', kind: 'increase' }],
  ['占GDP比重达到3%', { value: 3, unit: '%', kind: 'share' }],
  ['水土保持率达到94.906%', { value: 94.906, unit: '%', kind: 'share' }],
  ['能耗降低5%', { value: 5, unit: '%', kind: 'reduction' }],
  ['比重提高到30%', { value: 30, unit: '%', kind: 'share' }],
  ['增加值达到3000亿元', { value: 300000000000, unit: '元', kind: 'level' }],
  ['3000亿元左右', { value: 300000000000, comparator: 'approx' }],
  ['不超过5%', { value: 5, comparator: 'lte' }],
  ['≥95%', { value: 95, comparator: 'gte' }],
  ['500元/吨', { value: 500, unit: '元', per: '吨' }],
  ['每年3次', { value: 3, unit: '次', per: '每年' }],
  ['12,345.67万元', { valueText: '123456700', unit: '元' }],
  ['三分之二以上', { valueText: '0.666666666667', comparator: 'gte' }],
  ['1亿2000万元', { value: 120000000, unit: '元' }],
  ['翻两番', { value: 4, unit: '倍' }],
  ['近万人', { value: 10000, unit: '人', comparator: 'approx' }],
  ['开展十项专项行动', { value: 10, unit: '项', comparator: 'eq' }],
  ['带动十余万人就业', { value: 100000, unit: '人', comparator: 'gt' }],
  ['覆盖人口十余万', { value: 100000, unit: null, comparator: 'gt' }],
  ['全年接待游客约有3000万人次', { value: 30000000, unit: '人次', comparator: 'approx', text: '约有3000万人次' }],
  ['每个乡镇至少有1家', { value: 1, unit: '家', comparator: 'gte', text: '至少有1家' }],
  ['规上企业突破了1000家', { value: 1000, unit: '家', comparator: 'gt' }],
  ['综合能耗大于或等于1000吨标准煤', { value: 1000, unit: '吨标准煤', comparator: 'gte' }],
  ['从业年限5年或者以上', { value: 5, unit: '年', comparator: 'gte' }],
  ['出水浓度控制在6%与9%之间', { min: 6, max: 9, unit: '%', comparator: 'between', text: '控制在6%与9%之间' }],
  ['用一年半时间完成整治', { value: 1.5, valueText: '1.5', unit: '年' }],
  ['新建堤防两公里半', { value: 2.5, unit: '公里' }],
  ['亩均投资强度不低于300 万元的项目', { value: 3000000, unit: '元', comparator: 'gte', text: '不低于300 万元' }],
  ['建设110 kV变电站', { value: 110, unit: 'kV' }],
  ['食品抽检量超每千人5.5批次', { value: 5.5, unit: '批次', comparator: 'gt', per: '每千人' }],
  ['智能算力规模达到3000P', { value: 3000, unit: 'P' }],
  ['数据存储总量达20EB', { value: 20, unit: 'EB' }],
  ['开放5905—5925MHz频段', { min: 5905, max: 5925, unit: 'MHz', comparator: 'between' }],
  ['单体建筑面积不小于300m2', { value: 300, unit: 'm2', comparator: 'gte' }],
  ['申报材料控制在2000字以内', { value: 2000, unit: '字', comparator: 'lte' }],
  ['更换农村路灯2.5万盏', { value: 25000, unit: '盏' }],
  ['夺得金牌12枚', { value: 12, unit: '枚' }],
  ['安全事故控制在3起以内', { value: 3, unit: '起', comparator: 'lte' }],
  ['开行中欧班列120趟', { value: 120, unit: '趟' }],
  ['年出栏肉禽50万羽以上', { value: 500000, unit: '羽', comparator: 'gte' }],
]

describe('scanQuantities: the examples', () => {
  for (const [text, expected] of EXAMPLES) {
    it(text, () => {
      expect(one(text)).toMatchObject(expected)
    })
  }

  it('每千人口拥有3岁以下婴幼儿托位数达到4.5个', () => {
    const qs = scanQuantities('每千人口拥有3岁以下婴幼儿托位数达到4.5个')
    expect(qs).toHaveLength(2)
    expect(qs[0]).toMatchObject({ value: 3, unit: '岁', comparator: 'lte', flags: [], per: null })
    expect(qs[1]).toMatchObject({ value: 4.5, unit: '个', per: '每千人口', comparator: 'eq' })
  })

  it('分别达到65%和55%', () => {
    const qs = scanQuantities('分别达到65%和55%')
    expect(qs.map((q) => [q.value, q.unit, q.comparator])).toEqual([
      [65, '%', 'eq'],
      [55, '%', 'eq'],
    ])
  })

  it('科技贷款、制造业贷款、普惠小微贷款分别增长15%以上', () => {
    expect(scanQuantities('科技贷款、制造业贷款、普惠小微贷款分别增长15%以上')).toMatchObject([
      { value: 15, unit: '%', comparator: 'gte', kind: 'growth' },
    ])
  })

  it('15人、100人 are two quantities', () => {
    expect(clean('引进高层次人才15人、100人').map((q) => [q.value, q.unit])).toEqual([
      [15, '人'],
      [100, '人'],
    ])
  })

  it('a list shares its unit and its comparator', () => {
    expect(clean('创建3、5、8家').map((q) => [q.value, q.unit])).toEqual([
      [3, '家'],
      [5, '家'],
      [8, '家'],
    ])
    const qs = clean('总投资10亿元、20亿元、100亿元以上的大项目')
    expect(qs.map((q) => [q.value, q.comparator, q.comparatorText])).toEqual([
      [1000000000, 'gte', '以上'],
      [2000000000, 'gte', '以上'],
      [10000000000, 'gte', '以上'],
    ])
    expect(clean('分别不低于65%和55%').map((q) => q.comparator)).toEqual(['gte', 'gte'])
    // After 分别 a bound at the end holds for every member, whatever its unit; without 分别 only for the same unit.
    expect(clean('牛羊出栏量分别稳定在20万头、300万只以上').map((q) => q.comparator)).toEqual(['gte', 'gte'])
    expect(clean('建成绿道20公里、驿站300个以上').map((q) => q.comparator)).toEqual(['eq', 'gte'])
  })

  it('新增5G基站1000座', () => {
    const qs = scanQuantities('新增5G基站1000座')
    expect(qs.map((q) => [q.value, q.unit, q.flags])).toEqual([
      [5, null, ['latin']],
      [1000, '座', []],
    ])
    expect(qs[1]).toMatchObject({ comparator: 'eq', kind: 'increase' })
  })

  it('flags dates, ordinals, document numbers, scores, versions and markers', () => {
    expect(scanQuantities('2023年')[0]?.flags).toEqual(['date'])
    expect(scanQuantities('2019年1月1日').map((q) => q.flags)).toEqual([['date'], ['date'], ['date']])
    expect(scanQuantities('(2023—2025年)')[0]).toMatchObject({ comparator: 'between', flags: ['date'] })
    expect(scanQuantities('国发〔2022〕18号').map((q) => q.flags)).toEqual([['docnumber'], ['docnumber']])
    expect(scanQuantities('第七届')).toMatchObject([{ value: 7, unit: '届', flags: ['ordinal'] }])
    expect(scanQuantities('(0.5分)')).toMatchObject([{ value: 0.5, unit: '分', flags: ['score'] }])
    expect(scanQuantities('3.0版')[0]?.flags).toEqual(['version'])
    expect(scanQuantities('PM2.5')[0]?.flags).toEqual(['latin'])
    expect(scanQuantities('IPV6')[0]?.flags).toEqual(['latin'])
    expect(scanQuantities('1.加强实验室布局')[0]?.flags).toEqual(['marker'])
    expect(scanQuantities('(1)加强')[0]?.flags).toEqual(['marker'])
    expect(scanQuantities('二十九、加强')[0]?.flags).toEqual(['marker'])
    expect(scanQuantities('1、2023年全市').map((q) => q.flags)).toEqual([['marker'], ['date']])
    expect(scanQuantities('6个月')[0]?.flags).toEqual([])
    expect(scanQuantities('3年')[0]?.flags).toEqual([])
  })

  it('leaves out evident markers and ordinals when asked, as the flags would', () => {
    const skip = (s: string) => scanQuantities(s, 0, s.length, { skipEvidentNonQuantities: true }).map((q) => q.text)
    expect(skip('1000.加强第1000项工作')).toEqual([])
    expect(skip('(12)加强')).toEqual([])
    expect(skip('  3、新增企业10家')).toEqual(['10家'])
    // A digit after the mark: a list of numbers, not a marker.
    expect(skip('1、2家企业')).toEqual(['1', '2家'])
    expect(skip('2.5万人')).toEqual(['2.5万人'])
    expect(scanQuantities('1000.加强第1000项工作').map((q) => q.flags)).toEqual([['marker'], ['ordinal']])
  })

  it('aspiration and commitment come from words earlier in the sentence', () => {
    expect(one('力争实现50兆进牧户')).toMatchObject({ value: 50, unit: '兆', comparator: 'eq', aspiration: true, commitment: false })
    expect(one('确保全年任务完成率达到90%')).toMatchObject({ value: 90, commitment: true, aspiration: false })
    const qs = clean('力争到2025年,全市高新技术企业达到1000家;新增100家')
    expect(qs.map((q) => [q.value, q.aspiration])).toEqual([
      [1000, true],
      [100, false],
    ])
  })

  it('does not crash on products', () => {
    expect(scanQuantities('2×66万千瓦').map((q) => q.valueText)).toEqual(['2', '660000'])
    expect(scanQuantities('7×24小时').map((q) => [q.valueText, q.unit])).toEqual([
      ['7', null],
      ['24', '小时'],
    ])
  })

  it('takes no half that starts a word, and no time that passed for a bound', () => {
    expect(clean('引进3个半导体项目').map((q) => [q.value, q.unit])).toEqual([[3, '个']])
    expect(clean('一年半载见成效').map((q) => [q.value, q.unit])).toEqual([[1, '年']])
    expect(clean('过了三年').map((q) => [q.value, q.comparator])).toEqual([[3, 'eq']])
    expect(clean('近有5家').map((q) => q.comparator)).toEqual(['eq'])
    expect(clean('各部门一起推进')).toEqual([])
  })

  it('joins 与 and 和 into a range only when 之间 closes it', () => {
    expect(clean('分别达到70%和75%').map((q) => [q.value, q.comparator])).toEqual([
      [70, 'eq'],
      [75, 'eq'],
    ])
    expect(clean('在3家与5家之间')).toMatchObject([{ min: 3, max: 5, unit: '家', comparator: 'between' }])
  })

  it('takes no unit across a space in a letter-spaced run, nor after the number of a heading', () => {
    expect(clean('第 1 2 条').filter((q) => q.unit !== null)).toEqual([])
    expect(clean('不 超 过 2 0 个').filter((q) => q.unit !== null)).toEqual([])
    // 项 of 项目 and 家 of 家庭 start words, not units; 10家具有… keeps its unit.
    expect(clean('引进投资超百亿项目4个以上').map((q) => q.unit)).toEqual([null, '个'])
    expect(clean('建成10家具有影响力的平台').map((q) => q.unit)).toEqual(['家'])
    expect(clean('建成20个社区健身路径或3人制篮球场').map((q) => q.unit)).toEqual(['个', null])
    // A number typeset apart from the words around it (PDF and Word exports) keeps its unit: a word stands before it.
    expect(clean('不超过 20 个')).toMatchObject([{ value: 20, unit: '个' }])
    expect(clean('培育 2—3 家标杆企业')).toMatchObject([{ min: 2, max: 3, unit: '家', comparator: 'between' }])
    expect(clean('2.4 场景应用示范').map((q) => q.unit)).toEqual([null])
    expect(clean('目标:\n3 项以上').map((q) => q.unit)).toEqual([null])
  })

  it('reads no Latin unit glued to more letters, Greek ones too', () => {
    expect(clean('接触电阻≤20mΩ')).toEqual([])
    expect(clean('桥梁主跨≥800m')).toMatchObject([{ value: 800, unit: 'm', comparator: 'gte' }])
  })

  it('reads no quantity from words with numeral characters', () => {
    for (const s of ['进一步统一一批一系列', '千方百计服务百姓', '十分重要', '一是二是', '坚持五位一体和四个全面', '千家万户', '十四五时期']) {
      expect(scanQuantities(s), s).toEqual([])
    }
  })

  it('keeps offsets into the given string and honours from/to', () => {
    const s = '其中,新增100家以上,累计200家'
    const qs = scanQuantities(s, 3, 11)
    expect(qs).toHaveLength(1)
    expect(qs[0]).toMatchObject({ start: 5, end: 11, numberStart: 5, numberEnd: 9, text: '100家以上' })
    expect(s.slice(qs[0]!.numberStart, qs[0]!.numberEnd)).toBe('100家')
  })
})

describe('scanQuantities on hostile input', () => {
  it('never throws, and every offset is inside the string', () => {
    const alphabet = fc.constantFrom(
      ...'0123456789.,、%-—~至到一二三四五六七八九十百千万亿两零点分之成半翻番倍增每人年月日个家元千瓦米以上下内左右约近超过余多不少于第〔〕号()版GMPVa 。;\n'.split(''),
    )
    const clause = fc.oneof(
      fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')),
      fc.string({ unit: 'binary', maxLength: 40 }),
    )
    fc.assert(
      fc.property(clause, fc.nat(50), fc.nat(50), (s, a, b) => {
        for (const q of scanQuantities(s)) {
          expect(0 <= q.start && q.start <= q.numberStart && q.numberStart < q.numberEnd).toBe(true)
          expect(q.numberEnd <= q.end && q.end <= s.length).toBe(true)
          expect(q.text).toBe(s.slice(q.start, q.end))
        }
        const from = Math.min(a, b)
        const to = Math.max(a, b)
        for (const q of scanQuantities(s, from, to)) expect(q.start >= from && q.end <= Math.min(to, s.length)).toBe(true)
      }),
      { numRuns: 500 },
    )
  })

  it('reads long runs to their end (their speed is measured by npm run bench)', () => {
    const N = 100_000
    const inputs = ['1'.repeat(N), '、'.repeat(N), '1、'.repeat(N / 2), '一'.repeat(N), '每'.repeat(N), '1-2'.repeat(N / 3), '增长1%'.repeat(N / 4)]
    for (const s of inputs) {
      expectInOrder(scanQuantities(s), s.length)
    }
  })
})

describe('readQuantity: what a phrase says, as values and intervals', () => {
  it('gives the value and the interval of one quantity', () => {
    expect(readQuantity('新增省级创新平台20家以上')).toMatchObject({
      text: '20家以上',
      value: 20,
      unit: '家',
      comparator: 'gte',
      min: 20,
      minIncluded: true,
      max: null,
      maxIncluded: false,
    })
    expect(readQuantity('单位产值能耗低于0.5吨标准煤')).toMatchObject({ value: 0.5, min: null, max: 0.5, maxIncluded: false })
    expect(readQuantity('培训人员1.2万人次')).toMatchObject({ value: 12000, min: 12000, max: 12000, minIncluded: true, maxIncluded: true })
    expect(readQuantity('覆盖20—30个村')).toMatchObject({ value: null, min: 20, max: 30, minIncluded: true, maxIncluded: true, unit: '个' })
    expect(readQuantity('受益群众3万余人')).toMatchObject({ value: 30000, min: 30000, minIncluded: false, max: null })
    expect(readQuantity('投资约5亿元')).toMatchObject({ value: 500000000, comparator: 'approx', min: null, max: null })
  })

  it('skips what is no quantity', () => {
    expect(readQuantity('2024年第3季度')).toBeNull()
    expect(readQuantity('国办发〔2024〕5号')).toBeNull()
    expect(readQuantity('推进5G应用')).toBeNull()
    expect(readQuantity('统一思想')).toBeNull()
    expect(readQuantities('2024年新增企业10家').map((q) => [q.value, q.flags])).toEqual([
      [2024, ['date']],
      [10, []],
    ])
  })

  it('joins a lower and an upper bound of one number into an interval', () => {
    expect(readQuantity('达标率不低于60%、不高于80%')).toMatchObject({
      text: '不低于60%、不高于80%',
      comparator: 'between',
      min: 60,
      max: 80,
      minIncluded: true,
      maxIncluded: true,
      unit: '%',
    })
    expect(readQuantity('含量大于0.5并小于2毫克')).toMatchObject({ min: 0.5, max: 2, minIncluded: false, maxIncluded: false, unit: '毫克' })
    expect(readQuantity('每组最多12人最少8人')).toMatchObject({ min: 8, max: 12, unit: '人' })
    // Not when the bounds cross, nor across other words, nor between units that differ.
    expect(readQuantities('大于50小于12').map((q) => q.comparator)).toEqual(['gt', 'lt'])
    expect(readQuantities('面积大于10亩且投资小于20万元').map((q) => q.comparator)).toEqual(['gt', 'lt'])
    expect(readQuantities('大于10亩小于20万元').map((q) => q.comparator)).toEqual(['gt', 'lt'])
  })
})
