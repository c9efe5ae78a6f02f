/**
 * The measure lexicon: one record per written form of a measurement unit (counters, measures, Latin symbols), the
 * scale words that may stand before one, and the nouns of `每…` rates. Data only: the reader is
 * `grammar/measures.ts`, which compiles these records into its first-character index once.
 *
 * Adding a unit is one record here and one test row in `test/units.test.ts`.
 */

/** What a unit measures. */
export type MeasureKind =
  | 'counter'
  | 'area'
  | 'length'
  | 'volume'
  | 'mass'
  | 'energy'
  | 'power'
  | 'voltage'
  | 'pressure'
  | 'temperature'
  | 'sound'
  | 'money'
  | 'time'
  | 'age'
  | 'bandwidth'
  | 'data'
  | 'frequency'
  | 'compute'
  | 'percent'
  | 'points'
  | 'multiple'
  | 'score'

/**
 * What sets a unit apart from the plain case; each flag is a feature of the unit reported (the canonical form), so it
 * is set on that unit's own record.
 */
export interface MeasureFlags {
  /** Written in Latin letters: matched only when no letter follows (`10kV`, not `10kVx`). */
  readonly latin?: true
  /** A lone Chinese numeral before it is a word, not a count: 一批, 十分, 一类, 一期, 一月. */
  readonly loneNumeral?: false
  /** No scale word stands before it: 万分 is a fraction word, not ten thousand points. */
  readonly scalable?: false
  /** A `每…` rate never attaches to it: an age or a date is not per anything (每千人口拥有3岁以下…). */
  readonly rate?: false
  /** A length of time: with `内` after it, a time limit (`30日内`), not a goal. */
  readonly duration?: true
  /** Counts sessions or phases (`十九届`, `二期`), never a goal. */
  readonly ordinal?: true
  /**
   * Characters after which the unit is the first character of a word (项 of 项目, 家 of 家庭, 人 of 3人制篮球场): `超百亿项目4个` has no
   * unit after 百亿.
   */
  readonly wordStarts?: string
}

/** One written form of a unit. */
export interface Measure {
  /** As written after a number. */
  readonly word: string
  /** The unit reported when it is another written form's (`个百分点` → `百分点`); the word itself when absent. */
  readonly canonical?: string
  readonly kind: MeasureKind
  readonly flags?: MeasureFlags
}

/** Every unit, one record per written form. */
export const MEASURES: readonly Measure[] = [
  // counters (量词): what is counted
  { word: '家', kind: 'counter', flags: { wordStarts: '庭' } },
  { word: '个', kind: 'counter' },
  { word: '项', kind: 'counter', flags: { wordStarts: '目' } },
  { word: '人', kind: 'counter', flags: { wordStarts: '制' } },
  { word: '人次', kind: 'counter' },
  { word: '名', kind: 'counter' },
  { word: '所', kind: 'counter' },
  { word: '座', kind: 'counter' },
  { word: '处', kind: 'counter' },
  { word: '条', kind: 'counter' },
  { word: '头', kind: 'counter', flags: { loneNumeral: false } },
  { word: '类', kind: 'counter', flags: { loneNumeral: false } },
  { word: '场', kind: 'counter' },
  { word: '场次', kind: 'counter' },
  { word: '次', kind: 'counter' },
  { word: '件', kind: 'counter' },
  { word: '台', kind: 'counter' },
  { word: '台套', kind: 'counter' },
  { word: '套', kind: 'counter' },
  { word: '张', kind: 'counter' },
  { word: '辆', kind: 'counter' },
  { word: '户', kind: 'counter' },
  { word: '户次', kind: 'counter' },
  { word: '批', kind: 'counter', flags: { loneNumeral: false } },
  { word: '批次', kind: 'counter' },
  { word: '间', kind: 'counter', flags: { loneNumeral: false } },
  { word: '栋', kind: 'counter' },
  { word: '幢', kind: 'counter' },
  { word: '只', kind: 'counter' },
  { word: '株', kind: 'counter' },
  { word: '棵', kind: 'counter' },
  { word: '篇', kind: 'counter' },
  { word: '部', kind: 'counter', flags: { loneNumeral: false } },
  { word: '本', kind: 'counter', flags: { loneNumeral: false } },
  { word: '门', kind: 'counter', flags: { loneNumeral: false } },
  { word: '支', kind: 'counter', flags: { loneNumeral: false } },
  { word: '位', kind: 'counter' },
  { word: '例', kind: 'counter' },
  { word: '宗', kind: 'counter', flags: { loneNumeral: false } },
  { word: '笔', kind: 'counter', flags: { loneNumeral: false } },
  { word: '单', kind: 'counter', flags: { loneNumeral: false } },
  { word: '份', kind: 'counter' },
  { word: '期', kind: 'counter', flags: { loneNumeral: false, ordinal: true } },
  { word: '届', kind: 'counter', flags: { ordinal: true } },
  { word: '周年', kind: 'time', flags: { ordinal: true } },
  { word: '轮', kind: 'counter', flags: { loneNumeral: false } },
  { word: '片', kind: 'counter', flags: { loneNumeral: false } },
  { word: '块', kind: 'counter', flags: { loneNumeral: false } },
  { word: '段', kind: 'counter', flags: { loneNumeral: false } },
  { word: '根', kind: 'counter', flags: { loneNumeral: false } },
  { word: '口', kind: 'counter', flags: { loneNumeral: false } },
  { word: '眼', kind: 'counter', flags: { loneNumeral: false } },
  { word: '艘', kind: 'counter' },
  { word: '架', kind: 'counter' },
  { word: '架次', kind: 'counter' },
  { word: '列', kind: 'counter', flags: { loneNumeral: false } },
  { word: '对', kind: 'counter', flags: { loneNumeral: false } },
  { word: '组', kind: 'counter', flags: { loneNumeral: false } },
  { word: '队', kind: 'counter' },
  { word: '种', kind: 'counter', flags: { loneNumeral: false } },
  { word: '款', kind: 'counter', flags: { loneNumeral: false } },
  { word: '帧', kind: 'counter', flags: { loneNumeral: false } },
  { word: '层', kind: 'counter', flags: { loneNumeral: false } },
  { word: '床', kind: 'counter' },
  { word: '床位', kind: 'counter' },
  { word: '标箱', kind: 'counter' },
  { word: '标准箱', kind: 'counter' },
  { word: '车次', kind: 'counter' },
  { word: '班次', kind: 'counter' },
  { word: '项次', kind: 'counter' },
  { word: '批次', kind: 'counter' },
  { word: '枚', kind: 'counter' },
  { word: '盏', kind: 'counter' },
  { word: '字', kind: 'counter', flags: { loneNumeral: false } },
  { word: '起', kind: 'counter', flags: { loneNumeral: false } },
  { word: '趟', kind: 'counter' },
  { word: '趟次', kind: 'counter' },
  { word: '剂', kind: 'counter' },
  { word: '羽', kind: 'counter' },
  { word: '羊单位', kind: 'counter' },

  // area
  { word: '亩', kind: 'area' },
  { word: '公顷', kind: 'area' },
  { word: '平方公里', kind: 'area' },
  { word: '平方千米', kind: 'area' },
  { word: '平方米', kind: 'area' },
  { word: '平方厘米', kind: 'area' },
  { word: '平米', canonical: '平方米', kind: 'area' },
  { word: '㎡', canonical: '平方米', kind: 'area' },
  { word: 'km2', kind: 'area', flags: { latin: true } },
  { word: 'km²', kind: 'area', flags: { latin: true } },
  { word: 'm2', kind: 'area', flags: { latin: true } },
  { word: 'm²', kind: 'area', flags: { latin: true } },

  // length
  { word: '公里', kind: 'length' },
  { word: '千米', kind: 'length' },
  { word: '米', kind: 'length' },
  { word: '厘米', kind: 'length' },
  { word: '毫米', kind: 'length' },
  { word: '微米', kind: 'length' },
  { word: '纳米', kind: 'length' },
  { word: '㎞', canonical: '公里', kind: 'length' },
  { word: 'km', kind: 'length', flags: { latin: true } },
  { word: '英寸', kind: 'length' },
  { word: 'm', kind: 'length', flags: { latin: true } },
  { word: 'cm', kind: 'length', flags: { latin: true } },
  { word: 'mm', kind: 'length', flags: { latin: true } },

  // volume
  { word: '立方米', kind: 'volume' },
  { word: '升', kind: 'volume', flags: { loneNumeral: false } },
  { word: '毫升', kind: 'volume' },
  { word: 'm3', kind: 'volume', flags: { latin: true } },
  { word: 'm³', kind: 'volume', flags: { latin: true } },

  // mass
  { word: '吨', kind: 'mass' },
  { word: '吨标准煤', kind: 'mass' },
  { word: '吨标煤', kind: 'mass' },
  { word: '标准煤', kind: 'mass' },
  { word: '公斤', kind: 'mass' },
  { word: '千克', kind: 'mass' },
  { word: '克', kind: 'mass' },
  { word: '毫克', kind: 'mass' },
  { word: '微克', kind: 'mass' },
  { word: '斤', kind: 'mass' },
  { word: '㎏', canonical: '千克', kind: 'mass' },
  { word: 'kg', kind: 'mass', flags: { latin: true } },

  // energy and power
  { word: '千瓦', kind: 'power' },
  { word: '瓦', kind: 'power', flags: { loneNumeral: false } },
  { word: '兆瓦', kind: 'power' },
  { word: '吉瓦', kind: 'power' },
  { word: '千伏安', kind: 'power' },
  { word: '兆伏安', kind: 'power' },
  { word: '伏安', kind: 'power' },
  { word: 'kW', kind: 'power', flags: { latin: true } },
  { word: 'KW', canonical: 'kW', kind: 'power', flags: { latin: true } },
  { word: 'MW', kind: 'power', flags: { latin: true } },
  { word: 'GW', kind: 'power', flags: { latin: true } },
  { word: 'kVA', kind: 'power', flags: { latin: true } },
  { word: 'MVA', kind: 'power', flags: { latin: true } },
  { word: '千瓦时', kind: 'energy' },
  { word: '瓦时', kind: 'energy' },
  { word: '兆瓦时', kind: 'energy' },
  { word: '吉瓦时', kind: 'energy' },
  { word: '度', kind: 'energy', flags: { loneNumeral: false } },
  { word: '千焦', kind: 'energy' },
  { word: '焦', kind: 'energy', flags: { loneNumeral: false } },
  { word: '千卡', kind: 'energy' },
  { word: '卡', kind: 'energy', flags: { loneNumeral: false } },
  { word: 'kWh', kind: 'energy', flags: { latin: true } },
  { word: 'KWh', canonical: 'kWh', kind: 'energy', flags: { latin: true } },
  { word: 'MWh', kind: 'energy', flags: { latin: true } },
  { word: 'GWh', kind: 'energy', flags: { latin: true } },
  { word: '千伏', kind: 'voltage' },
  { word: '伏', kind: 'voltage', flags: { loneNumeral: false } },
  { word: 'kV', kind: 'voltage', flags: { latin: true } },
  { word: 'KV', canonical: 'kV', kind: 'voltage', flags: { latin: true } },

  // pressure, temperature, sound
  { word: '帕', kind: 'pressure', flags: { loneNumeral: false } },
  { word: '千帕', kind: 'pressure' },
  { word: '兆帕', kind: 'pressure' },
  { word: 'kPa', kind: 'pressure', flags: { latin: true } },
  { word: 'MPa', kind: 'pressure', flags: { latin: true } },
  { word: '摄氏度', kind: 'temperature' },
  { word: '℃', kind: 'temperature' },
  { word: '分贝', kind: 'sound' },

  // money
  { word: '元', kind: 'money' },
  { word: '美元', kind: 'money' },
  { word: '欧元', kind: 'money' },
  { word: '港元', kind: 'money' },
  { word: '日元', kind: 'money' },
  { word: '英镑', kind: 'money' },
  { word: '美圆', kind: 'money' },
  { word: '瑞士法郎', kind: 'money' },
  { word: '新台币', kind: 'money' },
  { word: '台币', kind: 'money' },

  // time
  { word: '年', kind: 'time', flags: { rate: false, duration: true } },
  { word: '个月', kind: 'time', flags: { duration: true } },
  { word: '月', kind: 'time', flags: { loneNumeral: false, scalable: false, rate: false, duration: true } },
  { word: '日', kind: 'time', flags: { loneNumeral: false, scalable: false, rate: false, duration: true } },
  { word: '天', kind: 'time', flags: { duration: true } },
  { word: '周', kind: 'time', flags: { duration: true } },
  { word: '季度', kind: 'time', flags: { duration: true } },
  { word: '个季度', canonical: '季度', kind: 'time' },
  { word: '小时', kind: 'time', flags: { duration: true } },
  { word: '时', kind: 'time', flags: { loneNumeral: false, scalable: false, rate: false, duration: true } },
  { word: '分钟', kind: 'time', flags: { duration: true } },
  { word: '秒', kind: 'time', flags: { loneNumeral: false } },
  { word: '工作日', kind: 'time', flags: { duration: true } },
  { word: '个工作日', canonical: '工作日', kind: 'time' },
  { word: '学时', kind: 'time' },
  { word: '课时', kind: 'time' },

  // age: a number of years of age qualifies a group (`3岁以下婴幼儿`), it is not a goal
  { word: '岁', kind: 'age', flags: { scalable: false, rate: false } },
  { word: '周岁', kind: 'age', flags: { scalable: false, rate: false } },

  // bandwidth (20兆 = 20 Mbit/s); `G` and `M` alone are left out on purpose: 5G is a network generation
  { word: '兆', kind: 'bandwidth', flags: { loneNumeral: false } },
  { word: '兆比特', kind: 'bandwidth' },
  { word: 'Gbps', kind: 'bandwidth', flags: { latin: true } },
  { word: 'Mbps', kind: 'bandwidth', flags: { latin: true } },
  { word: 'Kbps', kind: 'bandwidth', flags: { latin: true } },

  // frequency: spectrum and radio notices (5905—5925MHz频段)
  { word: '赫兹', kind: 'frequency' },
  { word: '千赫兹', kind: 'frequency' },
  { word: '兆赫兹', kind: 'frequency' },
  { word: '吉赫兹', kind: 'frequency' },
  { word: '千赫', kind: 'frequency' },
  { word: '兆赫', kind: 'frequency' },
  { word: '吉赫', kind: 'frequency' },
  { word: 'Hz', kind: 'frequency', flags: { latin: true } },
  { word: 'kHz', kind: 'frequency', flags: { latin: true } },
  { word: 'KHz', kind: 'frequency', flags: { latin: true } },
  { word: 'MHz', kind: 'frequency', flags: { latin: true } },
  { word: 'GHz', kind: 'frequency', flags: { latin: true } },

  // computing power (算力): `2000P` is 2000 PFlops, as computing-power plans write it; units as printed
  { word: 'P', kind: 'compute', flags: { latin: true } },
  { word: 'PFlops', kind: 'compute', flags: { latin: true } },
  { word: 'PFLOPS', kind: 'compute', flags: { latin: true } },
  { word: 'EFlops', kind: 'compute', flags: { latin: true } },
  { word: 'EFLOPS', kind: 'compute', flags: { latin: true } },
  { word: 'TFlops', kind: 'compute', flags: { latin: true } },
  { word: 'TFLOPS', kind: 'compute', flags: { latin: true } },

  // data
  { word: 'TB', kind: 'data', flags: { latin: true } },
  { word: 'PB', kind: 'data', flags: { latin: true } },
  { word: 'GB', kind: 'data', flags: { latin: true } },
  { word: 'MB', kind: 'data', flags: { latin: true } },
  { word: 'EB', kind: 'data', flags: { latin: true } },

  // containers: twenty-foot equivalent units, counted as 标箱 are
  { word: 'TEU', kind: 'counter', flags: { latin: true } },

  // rates and shares, changes of them, multiples: ratios, never qualifiers of a noun after them (`90%的重点领域`)
  { word: '%', kind: 'percent', flags: { scalable: false } },
  { word: '％', canonical: '%', kind: 'percent' },
  { word: '‰', kind: 'percent', flags: { scalable: false } },
  { word: '‱', kind: 'percent', flags: { scalable: false } },
  { word: '百分点', kind: 'points', flags: { scalable: false } },
  { word: '个百分点', canonical: '百分点', kind: 'points' },
  { word: '倍', kind: 'multiple', flags: { scalable: false } },

  // scores
  { word: '分', kind: 'score', flags: { loneNumeral: false, scalable: false } },
]

/** The unit a record reports. */
export const canonicalOf = (m: Measure): string => m.canonical ?? m.word

/**
 * The units (canonical forms) whose records pass a test: the sets the grammars and passes ask.
 * @param test what a record must be
 */
export function measuresWhere(test: (m: Measure) => boolean): ReadonlySet<string> {
  const out = new Set<string>()
  for (const m of MEASURES) if (test(m)) out.add(canonicalOf(m))
  return out
}

/** Every written form of a unit, Chinese and Latin. */
export const MEASURE_WORDS: readonly string[] = MEASURES.map((m) => m.word)

/** Units that do not license a lone Chinese numeral (一批, 十分): a lone numeral before any other unit is read. */
export const LONE_NUMERAL_BLOCKED: ReadonlySet<string> = measuresWhere((m) => m.flags?.loneNumeral === false)

/** Units of things counted (家, 个, 项): a count stands before its noun, never qualifying it. */
export const COUNTER_UNITS: ReadonlySet<string> = measuresWhere((m) => m.kind === 'counter')

/** Units that are ratios (%, 百分点, 倍), never qualifiers of a noun after them (`90%的重点领域`). */
export const RATIO_UNITS: ReadonlySet<string> = measuresWhere((m) => m.kind === 'percent' || m.kind === 'points' || m.kind === 'multiple')

/** Units of a rate or share (%, ‰, ‱): with a growth verb before them a growth rate, with a share word a share. */
export const PERCENT_UNITS: ReadonlySet<string> = measuresWhere((m) => m.kind === 'percent')

/** Units of a change of a rate (百分点): the quantity states points. */
export const POINTS_UNITS: ReadonlySet<string> = measuresWhere((m) => m.kind === 'points')

/** Units of a score (分): a number with one in brackets (`(0.5分)`) weighs an item, it is no quantity. */
export const SCORE_UNITS: ReadonlySet<string> = measuresWhere((m) => m.kind === 'score')

/** Kinds of unit a half may follow: measures and lengths of time, not counters (一年半, 两米半, 三斤半). */
const HALVED_KINDS: ReadonlySet<MeasureKind> = new Set<MeasureKind>(['time', 'length', 'mass', 'area', 'volume'])

/** Units that take a half after them: 一年半 is 1.5 年. */
export const HALVED_UNITS: ReadonlySet<string> = measuresWhere((m) => HALVED_KINDS.has(m.kind))

/** The half after a unit. */
export const UNIT_HALF = '半'

/** A scale word that may sit before a unit (万千瓦, 亿元, 千万元), as a power of ten. */
export interface Scale {
  readonly word: string
  readonly power: number
  /** It may not stand without a unit after `余`/`多` (10余万, but not 10余千: 千 is kilo-). */
  readonly bare?: false
}

/** Scale words, longest first. */
export const MEASURE_SCALES: readonly Scale[] = [
  { word: '万亿', power: 12 },
  { word: '千亿', power: 11 },
  { word: '百亿', power: 10 },
  { word: '十亿', power: 9 },
  { word: '千万', power: 7 },
  { word: '百万', power: 6 },
  { word: '十万', power: 5 },
  { word: '亿', power: 8 },
  { word: '万', power: 4 },
  { word: '千', power: 3, bare: false },
  { word: '百', power: 2, bare: false },
]

/** The word that starts a rate phrase. */
export const PER_WORD = '每'

/** The counter of `每个乡镇`: the noun after it ends the phrase when there is one, else the counter itself (每个). */
export const PER_COUNTER = '个'

/** Besides units, the nouns a `每` phrase may end in (每千人口, 每个乡镇, 每万元GDP). */
export const PER_NOUNS: readonly string[] = [
  '人口', '常住人口', '户籍人口', '村', '社区', '乡镇', '镇', '街道', '县', '县区', '区', '市', '企业', '学校', '校',
  '班', '学年', '千人', '万人', '元GDP', '元地区生产总值', 'GDP', '单位', '园区', '行政村', '老人', '学生', '职工',
  '居民', '农户', '家庭', '平方公里', '公顷', '千米',
]

/** Longest `每…` phrase, in characters: keeps the rate reader bounded. */
export const PER_MAX_LENGTH = 16
