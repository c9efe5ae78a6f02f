/**
 * Words around a number that say how it bounds the quantity, how firmly it is meant, and what kind of change it is.
 * Data only: the grammar is in `targets/quantities.ts`. 以上/以下/以内 include the number, as Chinese law defines them.
 */

/** How a word bounds a number. `eq` (no word) and `between` (a range) are not set by single words. */
export type BoundWord = 'gt' | 'gte' | 'lt' | 'lte' | 'approx'

/** A comparator word and the bound it sets. */
export interface ComparatorWord {
  readonly text: string
  readonly comparator: BoundWord
  /** The word does not count right after one of these characters (节约, 通过, 最近). */
  readonly notAfter?: string
  /** The word does not count right before one of these characters (上下游). */
  readonly notBefore?: string
  /** The word counts only before a Chinese numeral (过千亿, not 通过3家). */
  readonly chineseOnly?: boolean
  /** No {@link PREFIX_FILLERS} character may stand between the word and its number (过了三年 is time that passed). */
  readonly filler?: false
  /**
   * The word bounds the number by itself, so a second bound word on its other side says it twice (`至少100家以上`):
   * the words `check/rules/comparator-conflict.ts` looks for. Verbs that need a bound word (`控制在…以内`) are not.
   */
  readonly bounding?: true
}

/** Words right before the number: 不少于20家, 超过3500亿元, 约3600户, 近千家. */
export const PREFIX_COMPARATORS: readonly ComparatorWord[] = [
  { text: '不少于', comparator: 'gte', bounding: true },
  { text: '不低于', comparator: 'gte', bounding: true },
  { text: '不小于', comparator: 'gte', bounding: true },
  { text: '大于等于', comparator: 'gte' },
  { text: '大于或等于', comparator: 'gte' },
  { text: '大于或者等于', comparator: 'gte' },
  { text: '至少', comparator: 'gte', bounding: true },
  { text: '最少', comparator: 'gte', bounding: true },
  { text: '≥', comparator: 'gte' },
  { text: '⩾', comparator: 'gte' },
  { text: '>=', comparator: 'gte' },
  { text: '超过', comparator: 'gt', bounding: true },
  { text: '突破', comparator: 'gt' },
  { text: '高于', comparator: 'gt', bounding: true },
  { text: '多于', comparator: 'gt', bounding: true },
  { text: '大于', comparator: 'gt', bounding: true },
  { text: '逾', comparator: 'gt', bounding: true },
  { text: '超', comparator: 'gt', notAfter: '赶', filler: false },
  { text: '过', comparator: 'gt', chineseOnly: true, notAfter: '通经不越跨度穿透闯错路走超', filler: false },
  { text: '>', comparator: 'gt' },
  { text: '不超过', comparator: 'lte', bounding: true },
  { text: '不高于', comparator: 'lte', bounding: true },
  { text: '不大于', comparator: 'lte', bounding: true },
  { text: '不多于', comparator: 'lte', bounding: true },
  { text: '小于等于', comparator: 'lte' },
  { text: '小于或等于', comparator: 'lte' },
  { text: '小于或者等于', comparator: 'lte' },
  { text: '最多', comparator: 'lte', bounding: true },
  { text: '控制在', comparator: 'lte' },
  { text: '≤', comparator: 'lte' },
  { text: '⩽', comparator: 'lte' },
  { text: '<=', comparator: 'lte' },
  { text: '低于', comparator: 'lt', bounding: true },
  { text: '少于', comparator: 'lt', bounding: true },
  { text: '不足', comparator: 'lt', bounding: true },
  { text: '小于', comparator: 'lt', bounding: true },
  { text: '未满', comparator: 'lt' },
  { text: '不到', comparator: 'lt' },
  { text: '<', comparator: 'lt' },
  { text: '约', comparator: 'approx', notAfter: '节集制签履违预合契公条特相邀简婉俭纽盟誓守隐订解毁践密失赴要规立', bounding: true },
  { text: '大约', comparator: 'approx', bounding: true },
  { text: '大概', comparator: 'approx', bounding: true },
  { text: '接近', comparator: 'approx' },
  { text: '将近', comparator: 'approx', bounding: true },
  { text: '近', comparator: 'approx', notAfter: '最附临邻靠亲贴就', filler: false },
]

/** Words right after the number and its unit: 100家以上, 600个左右, 20.1亿立方米以内. */
export const SUFFIX_COMPARATORS: readonly ComparatorWord[] = [
  { text: '以上', comparator: 'gte', bounding: true },
  { text: '及以上', comparator: 'gte', bounding: true },
  { text: '或以上', comparator: 'gte', bounding: true },
  { text: '或者以上', comparator: 'gte', bounding: true },
  { text: '以下', comparator: 'lte', bounding: true },
  { text: '及以下', comparator: 'lte', bounding: true },
  { text: '或以下', comparator: 'lte', bounding: true },
  { text: '或者以下', comparator: 'lte', bounding: true },
  { text: '以内', comparator: 'lte', bounding: true },
  { text: '之内', comparator: 'lte', bounding: true },
  { text: '左右', comparator: 'approx', bounding: true },
  { text: '上下', comparator: 'approx', notBefore: '游级线楼层班文联半行' },
]

/**
 * One character that may stand between a prefix word and its number: 超过了80, 至少有10个, 最多为5, 约有3000人.
 */
export const PREFIX_FILLERS = '了有为是'

/** Words between the number and its unit: 70余个, 70多个, 10余万人. */
export const INFIX_COMPARATORS: readonly ComparatorWord[] = [
  { text: '余', comparator: 'gt' },
  { text: '多', comparator: 'gt' },
]

/** Between the two ends of a range: 10—15家, 10-15家, 10~15家, 10至15家, 10到15家. Longest first. */
export const RANGE_CONNECTORS: readonly string[] = ['——', '—', '–', '-', '~', '〜', '至', '到']

/** Between the two ends of a range that 之间 closes: 在20与30之间, 介于5%和8%之间. */
export const BETWEEN_CONNECTORS: readonly string[] = ['与', '和']

/** The word that closes a range of {@link BETWEEN_CONNECTORS}. */
export const BETWEEN_END = '之间'

/**
 * What may join a lower and an upper bound of one number into an interval (大于10小于20, 不低于60%、不高于80%,
 * 大于二十的同时小于等于三十五), spaces aside.
 */
export const BOUND_JOINERS: readonly string[] = ['', '并', '且', '并且', '而且', '同时', '的同时', ',', '、', ';']

/**
 * The word before a list that pairs its members with things named before (水果、蔬菜产量分别达2050万吨、19万吨以上):
 * a bound at either end of the list then holds for every member, whatever its unit.
 */
export const RESPECTIVELY = '分别'

/** Between the members of a list that may share a unit or a comparator: 3、5、8家; 65%和55%. */
export const LIST_SEPARATORS: readonly string[] = ['、', '和', '及', '与', '或', '以及']

/** Words of aspiration: the target is striven for. They do not change the comparator. */
export const ASPIRATION_WORDS: readonly string[] = ['力争', '争取', '努力', '力求']

/** Words of commitment: the target is binding. They do not change the comparator. */
export const COMMITMENT_WORDS: readonly string[] = ['确保', '保证', '必须', '不得', '务必']

/** Verbs of growth: with % a growth rate, with a count or amount an increase (提高2500万斤). */
export const GROWTH_WORDS: readonly string[] = [
  '增长', '提高', '提升', '增加', '上升', '增速', '增幅', '增长率', '年均增长', '递增', '扩大', '新增', '净增',
  '新建',
]

/** Words that mark an increase of a count even without %: 新增100家, 增加20家 (a subset of growth words). */
export const INCREASE_WORDS: readonly string[] = ['新增', '净增', '增加', '新建']

/** Verbs of reduction: with % a reduction rate, with an amount a reduction. */
export const REDUCTION_WORDS: readonly string[] = [
  '下降', '降低', '减少', '压减', '削减', '压降', '降幅', '减排', '缩减', '减低',
]

/** Words that make a % a share of a whole: 占比, 比重, 覆盖率, and any word ending in 率. */
export const SHARE_WORDS: readonly string[] = ['占比', '比重', '比例', '覆盖率', '率', '占', '份额']

/** Words that make an amount a level, cancelling a growth verb before them: 新增…累计达到1000家. */
export const LEVEL_WORDS: readonly string[] = ['达到', '达', '保持', '稳定在', '总量', '累计', '总数', '存量', '规模']

/** After a growth or reduction verb, these make it reach a level: 提高到, 降低至, 下降为. */
export const TO_MARKERS = '到至为'

/** Words that hold a kind word but are not one: 增加值 is value added, 率先 is "take the lead". */
export const KIND_WORD_EXCLUSIONS: readonly string[] = [
  '增加值', '增长点', '增长极', '率先', '占地', '占用', '提升行动', '效率', '频率', '概率', '功率', '汇率', '税率', '利率',
]
