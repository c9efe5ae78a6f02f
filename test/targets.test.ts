/**
 * Targets as a reader sees them: which quantities of a notice are goals, with metric, action, value, unit and
 * comparator. Every metric test runs through each jieba binding that loads here (CI installs nodejieba too) and
 * through the character rules alone, so that all of them keep working.
 */
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { parse } from '../src/sync.js'
import type { Notice, Target } from '../src/tree/schema.js'
import type { SegmenterName } from '../src/passes/targets/segmenter.js'

function loads(name: string): boolean {
  try {
    createRequire(import.meta.url)(name)
    return true
  } catch {
    return false
  }
}

/** Bindings to test: node-rs always (it is a dependency), nodejieba where installed, and none. */
const SEGMENTERS: SegmenterName[] = ['node-rs', ...(loads('nodejieba') ? (['nodejieba'] as const) : []), 'none']

function targetsOf(text: string, segmenter: SegmenterName = 'node-rs'): Target[] {
  const notice: Notice = parse(text, { format: 'text', segmenter })
  const out: Target[] = []
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk)
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>
      if (o.type === 'target') out.push(o as unknown as Target)
      else Object.values(o).forEach(walk)
    }
  }
  walk(notice)
  return out
}

const brief = (t: Target) => ({ value: t.value, unit: t.unit, comparator: t.comparator })

describe.each(SEGMENTERS)('metric and action (segmenter %s)', (segmenter) => {
  it.each([
    ['新增高新技术企业100家以上。', { metric: '高新技术企业', action: '新增', value: 100, unit: '家', comparator: 'gte' }],
    ['全市年度用水总量控制在20.1亿立方米以内。', { metric: '年度用水总量', value: 2010000000, valueText: '2010000000', unit: '立方米', comparator: 'lte' }],
    ['专利授权量增长18%以上。', { metric: '专利授权量', value: 18, unit: '%', comparator: 'gte', kind: 'growth' }],
    ['推动20个左右数字经济项目落地。', { value: 20, unit: '个', comparator: 'approx' }],
    ['新增不少于20家城市书房。', { metric: '城市书房', action: '新增', value: 20, unit: '家', comparator: 'gte' }],
    ['实施投资500万元以上技术改造项目600个左右。', { value: 600, unit: '个', comparator: 'approx' }],
    ['居民基本医保财政补助标准提高到每人每年640元。', { metric: '居民基本医保财政补助标准', value: 640, unit: '元', per: '每人每年' }],
  ])('%s', (text, expected) => {
    const targets = targetsOf(text, segmenter)
    expect(targets).toHaveLength(1)
    expect(targets[0]).toMatchObject(expected)
  })

  it('reads a number before its noun', () => {
    expect(targetsOf('推动20个左右数字经济项目落地。', segmenter)[0]!.metric).toMatch(/^数字经济项目/)
    expect(targetsOf('推动1000家中小企业数字化智能化改造。', segmenter)[0]!.metric).toMatch(/^中小企业/)
  })

  it('drops a time scope, joined verbs and a trailing 力争 from the metric', () => {
    const of = (text: string) => targetsOf(text, segmenter).map((t) => [t.metric, t.action, t.value])
    expect(of('3年内建成海外科技企业孵化器8家。')).toEqual([['海外科技企业孵化器', '建成', 8]])
    expect(of('全市新建和改造提升高标准农田面积25万亩左右。')).toEqual([['高标准农田面积', '新建和改造提升', 250000]])
    expect(of('国家高新技术企业力争达2500家。')).toEqual([['国家高新技术企业', null, 2500]])
  })

  it('reads the noun after a number past an aside in brackets', () => {
    const targets = targetsOf('全市新增2400户（累计约3600户）大中型餐饮单位纳入智慧监管平台。', segmenter)
    expect(targets.map((t) => [t.metric, t.value, t.comparator])).toEqual([
      ['大中型餐饮单位', 2400, 'eq'],
      ['大中型餐饮单位', 3600, 'approx'],
    ])
  })

  it('reads a noun that starts with a number, and the next number after it', () => {
    const targets = targetsOf('建设3座220千伏、7座110千伏变电站。', segmenter)
    expect(targets.map((t) => [t.metric, t.action, t.value, t.unit])).toEqual([
      ['220千伏', '建设', 3, '座'],
      ['110千伏变电站', null, 7, '座'],
    ])
  })

  it('continues an elided metric with its verb phrase', () => {
    const targets = targetsOf('谋划在库重点项目1200个左右，开工建设800个左右，竣工投产400个左右。', segmenter)
    expect(targets.map((t) => [t.metric, t.value])).toEqual([
      ['在库重点项目', 1200],
      ['开工建设', 800],
      ['竣工投产', 400],
    ])
  })

  it('counts the noun after a number, not the work done on it', () => {
    expect(targetsOf('推动1000家中小企业数字化智能化改造。', segmenter)[0]!.metric).toBe('中小企业')
    expect(targetsOf('推进11条市级河流的确权登记工作。', segmenter)[0]!.metric).toBe('市级河流')
    expect(targetsOf('加快4个衔接乡村振兴推进区建设。', segmenter)[0]!.metric).toBe('衔接乡村振兴推进区')
    expect(targetsOf('科技型中小企业入库800家以上。', segmenter)[0]!.metric).toBe('科技型中小企业')
    // Before its number, the work is what is counted.
    expect(targetsOf('完成老旧小区改造175个。', segmenter)[0]!.metric).toBe('老旧小区改造')
  })

  it('reads the action of common goal phrasings', () => {
    const read = (sentence: string) => targetsOf(sentence, segmenter).map((t) => [t.action, t.metric])
    expect(read('组织开展招商活动30场以上。')).toEqual([['组织开展', '招商活动']])
    expect(read('新建改建农村公路300公里。')).toEqual([['新建改建', '农村公路']])
    expect(read('全年接待游客2000万人次。')).toEqual([['接待', '游客']])
    expect(read('推动100家企业实施数字化转型。')).toEqual([['推动', '企业']])
    expect(read('推动企业上市20家。')[0]![1]).toBe('企业')
    expect(read('全年累计完成投资不少于1.5万亿元。')).toEqual([['累计完成', '投资']])
    expect(read('选派100名科技特派员。')).toEqual([['选派', '科技特派员']])
    expect(read('引进培育高层次人才100人，带动就业3000人。')).toEqual([['引进培育', '高层次人才'], ['带动', '就业']])
    // 基本 frames a verb (基本实现), not the noun it opens (基本养老保险).
    expect(read('基本养老保险参保人数达到300万人。')).toEqual([[null, '基本养老保险参保人数']])
    // 建成区 is a noun, not 建成 and its object.
    expect(read('建成区绿化覆盖率达到42%。')).toEqual([[null, '建成区绿化覆盖率']])
  })

  it('counts the head noun after 的 when it names a kind, and the noun after a funding verb or 为', () => {
    const metrics = (text: string) => targetsOf(text, segmenter).map((t) => t.metric)
    expect(metrics('培育30个主业突出、竞争力强的专精特新企业。')).toEqual(['专精特新企业'])
    expect(metrics('建成8个开展农村污水治理的乡镇。')).toEqual(['开展农村污水治理的乡镇'])
    expect(metrics('每年选拔资助不少于60名青年科技人员。')).toEqual(['青年科技人员'])
    expect(metrics('为2万名困难老人提供助餐服务。')[0]).toMatch(/^困难老人/)
  })

  it('reads a span of years before a goal as its due time, not 年内', () => {
    const [a, b] = targetsOf('5年内培养资助青年骨干教师不少于300名，三年内建成实训基地6个。', segmenter)
    expect([a!.metric, a!.due, b!.metric, b!.due]).toEqual(['青年骨干教师', '5年内', '实训基地', '三年内'])
  })

  it('keeps 等 of a word and drops a lone opening quote', () => {
    expect(targetsOf('新增取得技能等级证书的劳动者超5万人次。', segmenter)[0]!.metric).toBe('取得技能等级证书的劳动者')
    expect(targetsOf('“全年引进高层次人才达到500名左右。', segmenter)[0]!.metric).toBe('高层次人才')
  })

  it('reads a growth compared with an average, and a yearly average growth', () => {
    const [above] = targetsOf('地方一般公共预算收入增幅高于全省平均水平1个百分点。', segmenter)
    expect([above!.metric, above!.value, above!.unit, above!.comparator]).toEqual(['地方一般公共预算收入增幅', 1, '百分点', 'gt'])
    expect(targetsOf('居民人均可支配收入年均增长6.5%。', segmenter)[0]!.metric).toBe('居民人均可支配收入')
    // A qualifier with a number is no comparison to drop.
    expect(targetsOf('集体经营性收入超过50万元的村达到100个。', segmenter).map((t) => t.metric)).toEqual(['集体经营性收入超过50万元的村'])
  })

  it('takes an earlier year as the time of a figure, unless the sentence turns to what is to come', () => {
    const targets = targetsOf('某市2023年重点工作任务\n一、主要目标\n1.加快发展。2022年全市地区生产总值达到2500亿元，今年力争增长6%。（牵头单位：市发展改革委）\n', segmenter)
    // The year of the notice comes from its title; the change takes the metric of the figure before it.
    expect(targets.map((t) => [t.metric, t.value, t.unit])).toEqual([['地区生产总值', 6, '%']])
  })

  it('keeps one verb over a list', () => {
    const targets = targetsOf('新增省级技术创新示范企业2家、省级以上质量标杆企业3家。', segmenter)
    expect(targets.map((t) => [t.metric, t.action, t.value, t.unit])).toEqual([
      ['省级技术创新示范企业', '新增', 2, '家'],
      ['省级以上质量标杆企业', '新增', 3, '家'],
    ])
  })

  it('spreads 分别 and 均 over the members of a list', () => {
    expect(targetsOf('城市和农村自来水普及率分别达到65%和55%。', segmenter).map((t) => [t.metric, t.value])).toEqual([
      // The members before the last share the head word only the last one prints.
      ['城市自来水普及率', 65],
      ['农村自来水普及率', 55],
    ])
    expect(targetsOf('科技贷款、制造业贷款、普惠小微贷款分别增长15%以上。', segmenter).map((t) => [t.metric, t.value, t.comparator])).toEqual([
      ['科技贷款', 15, 'gte'],
      ['制造业贷款', 15, 'gte'],
      ['普惠小微贷款', 15, 'gte'],
    ])
    expect(targetsOf('两类园区绿化覆盖率均达到45%。', segmenter)).toHaveLength(1)
    expect(targetsOf('全市各类园区地区生产总值、工业开票销售分别突破3500亿元、7000亿元。', segmenter).map((t) => [t.metric, t.value])).toEqual([
      ['各类园区地区生产总值', 350000000000],
      ['工业开票销售', 700000000000],
    ])
  })
})

describe('what is a goal', () => {
  it.each([
    ['投资500万元以上技术改造项目', '实施投资500万元以上技术改造项目600个左右。', [{ value: 600, unit: '个', comparator: 'approx' }]],
    ['30万千瓦以下小煤电机组', '关停30万千瓦以下小煤电机组12台。', [{ value: 12, unit: '台', comparator: 'eq' }]],
    ['3岁以下', '新增3岁以下婴幼儿托位3000个。', [{ value: 3000, unit: '个', comparator: 'eq' }]],
    ['220千伏变电站', '建设3座220千伏、7座110千伏变电站。', [{ value: 3, unit: '座', comparator: 'eq' }, { value: 7, unit: '座', comparator: 'eq' }]],
    ['a slogan in quotes', '深入实施“八抓20项”创新工程，推行“人才新政35条”。', []],
    ['a title in 《》', '贯彻《关于推进20项重点改革的意见》。', []],
    ['years, dates and periods', '2023年3月1日起施行，2023—2025年，3年内完成。', []],
    ['an ordinal', '举办第七届文化节。', []],
    ['a document number', '落实国发〔2022〕18号文件。', []],
    ['a score', '完成适老化改造。（0.5分）', []],
    ['5G and PM2.5', '推进5G网络建设，降低PM2.5浓度。', []],
    ['a statistic of the past year', '某市人民政府\n2024年1月10日\n2023年地区生产总值增长5.8%。', []],
    ['a forecast of this year', '预计地区生产总值同比增长6%左右。', []],
    ['objects that exist', '治理35条已治理完成的农村黑臭水体。', []],
    ['a rule for individual cases', '可申请最高不超过15万元的创业担保贷款。', []],
    ['a count of what the text lists', '知识产权保护方面5项：甲；乙。', []],
    ['a date in ISO form', '发布时间：2024-03-15，更新于2024.3.16。', []],
    ['a threshold of a reward\'s condition', '对新建标准化厂房面积在5000平方米以上的，给予每平方米80元补助。', []],
    ['rates of a reward', '按其地方财政贡献的60%、70%和80%给予奖励。', []],
    ['a word of doubling', '科技型企业数量实现倍增，发挥倍增效应。', []],
    ['counts of the text\'s own indicators', '标记“*”的12个指标为核心指标，其中8个指标由系统生成。', []],
    ['members the text names', '加快东湖、西岭等6个物流园区提档升级，首批15个示范社区加快建设。', []],
    ['objects that exist, after 针对', '针对关税降幅较大的1200种商品，加大进口力度。', []],
    ['a telephone number', '咨询电话：0571-87654321，服务热线400-800-1234。', []],
    ['a standard for each case', '实训课时原则上占总课时一半以上。', []],
    ['a size that qualifies its noun', '超过2000人规模的园区须配备专职安全员。', []],
  ])('%s', (_what, text, expected) => {
    expect(targetsOf(`${text}\n`, 'node-rs').map(brief)).toEqual(expected)
  })

  it('keeps goals of this year while last year is a statistic', () => {
    const text = '扬州市政府工作报告\n2024年1月10日\n一、2024年主要任务\n2023年地区生产总值增长5.8%。今年地区生产总值增长6%以上。\n'
    expect(targetsOf(text).map(brief)).toEqual([{ value: 6, unit: '%', comparator: 'gte' }])
  })

  it('keeps goals measured against a base year or last year', () => {
    const text = '某市人民政府\n2024年1月10日\n单位地区生产总值能耗比2020年下降13.5%。在2020年基础上增长20%。地区生产总值比上年增长6%左右。去年地区生产总值增长5.8%。\n'
    expect(targetsOf(text).map((t) => [t.value, t.comparator])).toEqual([
      [13.5, 'eq'],
      [20, 'eq'],
      [6, 'approx'],
    ])
  })

  it('reads nothing from a chapter that names an earlier year without what is to come', () => {
    const text = '某区人民政府\n2025年1月8日\n一、2024年主要工作和发展成就\n新增市场主体8000户。\n二、2025年目标任务\n新增市场主体9000户。\n'
    expect(targetsOf(text).map(brief)).toEqual([{ value: 9000, unit: '户', comparator: 'eq' }])
  })

  it('reads an age or a span as a level when a verb of reaching stands before it', () => {
    expect(targetsOf('全区人均预期寿命提高到79.5岁，审批时限压缩至5个工作日。').map(brief)).toEqual([
      { value: 79.5, unit: '岁', comparator: 'eq' },
      { value: 5, unit: '工作日', comparator: 'eq' },
    ])
    expect(targetsOf('为3岁以下婴幼儿家庭提供服务，30日内办结。')).toEqual([])
  })

  it('takes the level reached in a change from one level to another, with the metric before 从', () => {
    const of = (text: string) => targetsOf(text).map((t) => [t.metric, t.value, t.unit, t.comparator])
    expect(of('城乡低保标准从每人每月800元提高到860元。')).toEqual([['城乡低保标准', 860, '元', 'eq']])
    expect(of('托管帮扶学校从12所扩大到30所以上。')).toEqual([['托管帮扶学校', 30, '所', 'gte']])
    expect(of('残疾人生活补贴、护理补贴标准分别从每人每月150元、200元提高到160元、215元。')).toEqual([
      ['残疾人生活补贴', 160, '元', 'eq'],
      ['护理补贴标准', 215, '元', 'eq'],
    ])
  })

  it('reads the size of a fund the notice sets up as its noun\'s', () => {
    const [fund] = targetsOf('设立总规模不低于5亿元的先进制造业引导基金。')
    expect([fund!.metric, fund!.value, fund!.comparator]).toEqual(['先进制造业引导基金', 500000000, 'gte'])
  })

  it('reads units of computing power and a comparator before a rate', () => {
    expect(targetsOf('全市智能算力规模突破800PFlops，存储总量达到5EB。').map(brief)).toEqual([
      { value: 800, unit: 'PFlops', comparator: 'gt' },
      { value: 5, unit: 'EB', comparator: 'eq' },
    ])
    expect(targetsOf('食品安全抽检量超每千人5.2批次。').map((t) => [t.value, t.unit, t.per, t.comparator])).toEqual([[5.2, '批次', '每千人', 'gt']])
  })

  it('keeps a count after 等 where the clause creates what it counts', () => {
    expect(targetsOf('新创绿色工厂、绿色社区等80个。').map(brief)).toEqual([{ value: 80, unit: '个', comparator: 'eq' }])
  })

  it('counts what is funded, while the amount each case gets is a rule', () => {
    expect(targetsOf('每年资助培养青年科技骨干80名，选拔资助优秀博士后不少于40名。').map(brief)).toEqual([
      { value: 80, unit: '名', comparator: 'eq' },
      { value: 40, unit: '名', comparator: 'gte' },
    ])
    expect(targetsOf('每个项目资助不超过30万元，政策奖励按项目进度分3个阶段兑现。')).toEqual([])
    expect(targetsOf('按本办法第4、5条执行。')).toEqual([])
  })

  it('reads a list joined by 和 after a count, and the noun after a number that opens a member', () => {
    expect(targetsOf('筹建800套青年公寓和2000套保障性租赁住房。').map((t) => [t.metric, t.value, t.unit])).toEqual([
      ['青年公寓', 800, '套'],
      ['保障性租赁住房', 2000, '套'],
    ])
    expect(targetsOf('建设县级人才市场、12个零工驿站和40个就业服务站。').map((t) => t.metric)).toEqual(['零工驿站', '就业服务站'])
    // 与 still names a partner.
    expect(targetsOf('新增国家级孵化器3家，与20家高校开展合作。').map((t) => t.value)).toEqual([3])
  })

  it('spreads the bound after the last value of a 分别 list over every value', () => {
    expect(targetsOf('肉牛、肉羊年出栏量分别稳定在60万头、300万只以上。').map((t) => [t.metric, t.value, t.comparator])).toEqual([
      ['肉牛年出栏量', 600000, 'gte'],
      ['肉羊年出栏量', 3000000, 'gte'],
    ])
    // Members joined inside by 与, separated by 、: as many as the values.
    expect(targetsOf('新材料与新能源、生物医药产业规模分别达到300亿元和200亿元。').map((t) => [t.metric, t.value])).toEqual([
      ['新材料与新能源', 30000000000],
      ['生物医药产业规模', 20000000000],
    ])
  })

  it('reads a rate shared by a list of metrics, each of its own', () => {
    expect(targetsOf('社会消费品零售总额、一般公共预算收入增长5%左右。').map((t) => [t.metric, t.value, t.comparator])).toEqual([
      ['社会消费品零售总额', 5, 'approx'],
      ['一般公共预算收入', 5, 'approx'],
    ])
    // Sectors that share one rate named once, and brackets, stay one metric.
    expect(targetsOf('设施农业、畜牧养殖和水产养殖机械化率达到55%。')).toHaveLength(1)
    expect(targetsOf('各县（市、区）公共体育场馆开放率达到90%。')).toHaveLength(1)
  })

  it('reads a comparator over a 的-phrase, sessions counted after their noun, and results only in their own clause', () => {
    const [times] = targetsOf('困难群众救助标准不低于当地最低生活保障标准的1.3倍。')
    expect([times!.value, times!.unit, times!.comparator]).toEqual([1.3, '倍', 'gte'])
    expect(targetsOf('举办乡村振兴培训班超20期，开设家长课堂5000期。').map(brief)).toEqual([
      { value: 20, unit: '期', comparator: 'gt' },
      { value: 5000, unit: '期', comparator: 'eq' },
    ])
    expect(targetsOf('建设二期工程。')).toEqual([])
    expect(targetsOf('2024年是中华人民共和国成立75周年，是关键一年。')).toEqual([])
    expect(targetsOf('相关标准的结构如图 8所示，检测项目见附件2所列清单。')).toEqual([])
    // A level reached, named by the size after 的; an earlier base year before a due year of the notice's own.
    expect(targetsOf('招生班逐步扩大，到2027年达到2000人的规模。').map(brief)).toEqual([{ value: 2000, unit: '人', comparator: 'eq' }])
    const based = '关于2026年扩大招生规模的通知\n以2025年实招人数1445名为基数，逐年扩招，至2028年达到2000名的招生规模。\n'
    expect(targetsOf(based).map(brief)).toEqual([{ value: 2000, unit: '名', comparator: 'eq' }])
    expect(targetsOf('维护已建成污水设施，群众满意度不低于85%。').map(brief)).toEqual([{ value: 85, unit: '%', comparator: 'gte' }])
  })

  it('reads a base of comparison, 现有 of another clause, a rule word inside a rate, and a count of days as goals', () => {
    const of = (text: string) => targetsOf(text).map(brief)
    expect(of('一般公共预算收入与上年度持平，固定资产投资增长8%以上。')).toEqual([{ value: 8, unit: '%', comparator: 'gte' }])
    expect(of('落地一批与现有产业关联度高的项目，力争新引进项目300个以上。')).toEqual([{ value: 300, unit: '个', comparator: 'gte' }])
    expect(of('按病种付费覆盖率达到85%，残疾人两项补贴覆盖率98%以上。')).toEqual([
      { value: 85, unit: '%', comparator: 'eq' },
      { value: 98, unit: '%', comparator: 'gte' },
    ])
    expect(of('力争空气质量优良天数320天以上。')).toEqual([{ value: 320, unit: '天', comparator: 'gte' }])
    // 现有 in the clause of the number still makes a count of what exists.
    expect(of('在现有12个园区基础上提质。')).toEqual([])
  })

  it('reads nothing from a review chapter', () => {
    const text = '一、2023年工作回顾\n国家高新技术企业突破2000家。\n二、2024年主要任务\n国家高新技术企业力争达2500家。\n'
    expect(targetsOf(text).map(brief)).toEqual([{ value: 2500, unit: '家', comparator: 'eq' }])
  })

  it('reads nothing from a review part opened by a heading line without a number, up to the part of what is to come', () => {
    // A work report printed without a date: 2024 is the year of its forward heading.
    const report = [
      '2023年工作回顾', '一、坚持创新驱动，产业体系加快构建', '新增高新技术企业300家，建成5G基站2000个。',
      '二、坚持以人为本，民生福祉持续增进', '新建学校12所。',
      '2024年主要目标任务和重点工作', '一、推动经济稳中有进', '力争新增高新技术企业400家以上。', '',
    ].join('\n')
    expect(targetsOf(report).map(brief)).toEqual([{ value: 400, unit: '家', comparator: 'gte' }])
    // A later year's heading ends the review, with no word of what is to come.
    const later = ['2023年工作回顾', '一、产业发展', '新增企业300家。', '2024年主要工作', '一、产业发展', '新增企业400家。', ''].join('\n')
    expect(targetsOf(later).map(brief)).toEqual([{ value: 400, unit: '家', comparator: 'eq' }])
    // The year named as a heading's own time tells last year's figures in a report without a date.
    const dated = ['一、2023年主要工作', '新增企业300家。', '二、2024年主要目标和重点工作', '新增企业400家。', ''].join('\n')
    expect(targetsOf(dated).map(brief)).toEqual([{ value: 400, unit: '家', comparator: 'eq' }])
    // A short line of a plan that names its basis opens no review part.
    expect(targetsOf('发展现状\n一、重点任务\n新增企业400家。\n').map(brief)).toEqual([{ value: 400, unit: '家', comparator: 'eq' }])
  })

  it('marks aspiration, commitment and the year it is due', () => {
    const [a] = targetsOf('力争到2025年建成10家重大科技创新平台。')
    expect(a).toMatchObject({ aspiration: true, commitment: false, due: '到2025年', value: 10 })
    const [b] = targetsOf('确保年底前完成改造任务90%以上。')
    expect(b).toMatchObject({ commitment: true, comparator: 'gte', due: '年底前' })
  })

  it('keeps comparators the guide names', () => {
    expect(targetsOf('推动至少创建2家省级示范托育机构，10—15家市级示范性托育服务机构。').map((t) => [t.comparator, t.value, t.min, t.max])).toEqual([
      ['gte', 2, undefined, undefined],
      ['between', null, 10, 15],
    ])
    expect(targetsOf('农作物种质资源保护性种植70余个。')[0]).toMatchObject({ comparator: 'gt', value: 70 })
    expect(targetsOf('产业项目投资超千亿元。')[0]).toMatchObject({ comparator: 'gt', value: 100000000000, unit: '元' })
    expect(targetsOf('营商环境评价进入全省前5。')[0]).toMatchObject({ comparator: 'lte', value: 5, unit: null })
  })

  it('continues the metric of a change that names none, and keeps compound units as printed', () => {
    expect(targetsOf('全市地区生产总值达到5000亿元，年均增长7%左右。').map((t) => [t.metric, t.value, t.unit, t.kind])).toEqual([
      ['地区生产总值', 500000000000, '元', 'level'],
      ['地区生产总值', 7, '%', 'growth'],
    ])
    expect(targetsOf('PM2.5平均浓度下降到35微克/立方米以下。')[0]).toMatchObject({ value: 35, unit: '微克/立方米', comparator: 'lte' })
  })

  it('keeps the exact decimal beside the number', () => {
    expect(targetsOf('绿色建筑面积达到16.4亿平方米。')[0]).toMatchObject({ value: 1640000000, valueText: '1640000000', unit: '平方米' })
  })

  it('places a target on the task that states it, with its position', () => {
    const text = '一、创新驱动\n1.加强创新平台建设。布局建设市级创新平台50家以上。（牵头单位：市科技局）\n'
    const notice = parse(text, { format: 'text' })
    const target = notice.chapters[0]!.tasks[0]!.targets[0]!
    expect(target).toMatchObject({ metric: '市级创新平台', value: 50 })
    expect(text.slice(target.position.start.offset, target.position.end.offset)).toBe(target.text)
  })
})
