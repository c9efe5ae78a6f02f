/**
 * The unit lexicon: counters, measures, scaled forms and the nouns of `每…` rates. Data only: the grammar is in
 * `targets/units.ts`.
 */

/** Counters (量词): what is counted. Each is its own canonical unit. */
export const COUNTER_UNITS: readonly string[] = [
  '家', '个', '项', '人', '人次', '名', '所', '座', '处', '条', '头', '类', '场', '场次', '次', '件', '台', '台套',
  '套', '张', '辆', '户', '户次', '批', '间', '栋', '幢', '只', '株', '棵', '篇', '部', '本', '门', '支', '位', '例',
  '宗', '笔', '单', '份', '期', '届', '轮', '片', '块', '段', '根', '口', '眼', '艘', '架', '架次', '列', '对', '组',
  '队', '种', '款', '帧', '层', '床', '床位', '标箱', '车次', '班次', '项次',
]

/** Measures: area, length, mass, volume, energy, power, money, time, bandwidth. Each is its own canonical unit. */
export const MEASURE_UNITS: readonly string[] = [
  // area
  '亩', '公顷', '平方公里', '平方千米', '平方米', '平方厘米',
  // length
  '公里', '千米', '米', '厘米', '毫米', '微米', '纳米',
  // volume
  '立方米', '升', '毫升',
  // mass
  '吨', '吨标准煤', '吨标煤', '标准煤', '公斤', '千克', '克', '毫克', '微克', '斤',
  // energy and power
  '千瓦', '千瓦时', '瓦', '瓦时', '兆瓦', '兆瓦时', '吉瓦', '吉瓦时', '度', '千伏', '伏', '千伏安', '兆伏安', '伏安',
  '千焦', '焦', '千卡', '卡',
  // pressure, temperature, sound
  '帕', '千帕', '兆帕', '摄氏度', '℃', '分贝',
  // money
  '元', '美元', '欧元', '港元', '日元', '英镑',
  // time
  '年', '个月', '月', '日', '天', '周', '季度', '个季度', '小时', '时', '分钟', '秒', '工作日', '个工作日', '学时',
  '课时', '岁', '周岁',
  // bandwidth (20兆 = 20 Mbit/s); `G` and `M` alone are left out on purpose: 5G is a network generation
  '兆', '兆比特',
  // rates, shares, multiples, scores
  '%', '‰', '‱', '百分点', '个百分点', '倍', '分',
]

/** Units written in Latin letters; matched only when no letter follows (`10kV`, not `10kVA…` unless listed). */
export const LATIN_UNITS: readonly string[] = [
  'Gbps', 'Mbps', 'Kbps', 'TEU', 'kW', 'KW', 'kWh', 'KWh', 'MW', 'MWh', 'GW', 'GWh', 'kV', 'KV', 'kVA', 'MVA',
  'km', 'km2', 'kg', 'TB', 'PB', 'GB', 'MB',
]

/** Written forms reported as another unit. */
export const UNIT_ALIASES: Readonly<Record<string, string>> = {
  个百分点: '百分点',
  个季度: '季度',
  个工作日: '工作日',
  '％': '%',
  平米: '平方米',
  '㎡': '平方米',
  '㎞': '公里',
  '㎏': '千克',
  KW: 'kW',
  KWh: 'kWh',
  KV: 'kV',
}

/** Scale words that may sit before a unit (万千瓦, 亿元, 千万元), as powers of ten. */
export const UNIT_SCALE_PREFIXES: Readonly<Record<string, number>> = {
  万亿: 12,
  千亿: 11,
  百亿: 10,
  十亿: 9,
  亿: 8,
  千万: 7,
  百万: 6,
  十万: 5,
  万: 4,
  千: 3,
  百: 2,
}

/** Scale words that may stand without a unit after `余`/`多` (10余万, 5多亿); 千 and 百 may not (千 is kilo-). */
export const BARE_UNIT_SCALES: readonly string[] = ['万亿', '千亿', '百亿', '十亿', '亿', '千万', '百万', '十万', '万']

/** Units a scale word never precedes: 万分 is a fraction word, not ten thousand points. */
export const NON_SCALABLE_UNITS: readonly string[] = ['%', '‰', '‱', '倍', '分', '百分点', '岁', '周岁', '月', '日', '时']

/**
 * Units that do not license a lone Chinese numeral: 一批, 十分, 一类, 一期, 一月 are words (or dates), not counts.
 * A lone numeral before any other unit is read (两个, 三家, 一所).
 */
export const LONE_NUMERAL_BLOCKED_UNITS: readonly string[] = [
  '批', '分', '度', '类', '片', '段', '口', '头', '门', '期', '轮', '种', '月', '日', '时', '单', '笔', '本', '块',
  '组', '部', '根', '眼', '列', '对', '宗', '支', '帧', '款', '间', '秒', '层', '卡', '焦', '帕', '伏', '瓦', '兆', '升',
]

/** Units a `每…` rate is never attached to: an age or a date is not per anything (每千人口拥有3岁以下…). */
export const NON_RATE_UNITS: readonly string[] = ['岁', '周岁', '年', '月', '日', '时']

/** The word that starts a rate phrase. */
export const PER_WORD = '每'

/** Besides units, the nouns a `每` phrase may end in (每千人口, 每个乡镇, 每万元GDP). */
export const PER_NOUNS: readonly string[] = [
  '人口', '常住人口', '户籍人口', '村', '社区', '乡镇', '镇', '街道', '县', '县区', '区', '市', '企业', '学校', '校',
  '班', '学年', '千人', '万人', '元GDP', '元地区生产总值', 'GDP', '单位', '园区', '行政村', '老人', '学生', '职工',
  '居民', '农户', '家庭', '平方公里', '公顷', '千米',
]

/** Longest `每…` phrase, in characters: keeps the rate reader bounded. */
export const PER_MAX_LENGTH = 16
