/**
 * Words that decide whether a quantity is a goal, and that bound its metric. Data only: the rules are in
 * `targets/extract.ts` and `targets/metric.ts`.
 */
import { ASPIRATION_WORDS, COMMITMENT_WORDS, PREFIX_COMPARATORS } from './comparators.js'
import { measuresWhere } from './measures.js'

/** Words before a quantity in its sentence that make it a statistic of the present or past, not a goal. */
export const PAST_MARKERS: readonly string[] = ['预计', '截至', '截止', '已经', '已有', '已建成', '已完成', '已累计', '共完成', '回顾']

/**
 * Last year named as the time of a figure (`去年全市地区生产总值增长6%`), not as the base of a comparison
 * (`比上年增长6%` is a goal): 上年 or 去年 not after 比, 较 or 同.
 */
export const LAST_YEAR = /(?<![比较同])(?:上年|去年)(?!基础|水平|同期)/

/** Words before a year that make it the base of a comparison (`比2020年下降13.5%`), not the time of a figure. */
export const BASE_YEAR_BEFORE = /(?:比|较|与|同|相比)$/

/** Words after a year that make it the base of a comparison: `在2020年基础上`, `2020年水平`. */
export const BASE_YEAR_AFTER = /^(?:的?基础上|水平|同期)/

/** Words between an earlier year and a figure that turn to what is to come: `2022年…达到2500亿元，今年力争增长6%`. */
export const TURN_TO_GOAL: readonly string[] = ['今年', '本年', '年内', '计划', '目标', ...ASPIRATION_WORDS, ...COMMITMENT_WORDS]

/** Words anywhere in a sentence that tell what has happened: its figures are results, not goals. */
export const PAST_SENTENCE_MARKERS: readonly string[] = [
  '取得了', '形成了', '完成了', '实现了', '达到了', '增长了', '下降了', '提高了', '建成了', '开展了', '出台了', '印发了',
  '推出了', '获得了', '已于', '先后',
]

/** Words right after a quantity that make its object one that exists already: `35条已治理完成的…`. */
export const EXISTING_AFTER: readonly string[] = ['已', '现有']

/** Words before a quantity in its sentence that make it a count of what exists: `在现有…等62项`. */
export const EXISTING_BEFORE: readonly string[] = ['现有', '现行', '原有']

/** Chapter headings of a review of past work, whose figures are results, not goals. */
export const REVIEW_HEADINGS = /回顾|总结|过去|成绩|成效|完成情况|工作情况|进展情况|基本情况|发展现状|现状/

/** Words before a quantity in its clause that make it a rule for individual cases: `最高给予500万元`. */
export const CASE_RULE_MARKERS: readonly string[] = [
  '最高', '最多', '最低', '上限', '给予', '奖励', '奖补', '补助', '补贴', '资助', '一次性', '贴息', '分担', '缴纳', '返还',
  '按照', '按', '不超过其', '每年只', '特等奖', '一等奖', '二等奖', '三等奖',
]

/** Words that make a case-rule marker part of a goal's metric after all: `补助标准提高到…`, `救助标准`. */
export const CASE_RULE_EXCEPTIONS: readonly string[] = ['标准', '提高到', '提高至', '提升至', '提升到']

/** Leading words of a metric phrase that frame the goal rather than name what is measured. */
export const FRAMING_WORDS: readonly string[] = [
  '力争', '争取', '努力', '力求', '确保', '保证', '全年', '全市', '全县', '全区', '全省', '全国', '今年', '年内', '当年',
  '其中', '同时', '并', '再', '进一步', '要', '将', '共', '合计', '总计', '以上', '实现', '分别', '均', '每年', '年均',
  '持续', '逐步', '加快', '大力', '积极', '全面', '基本', '全部', '有序', '稳步',
]

/**
 * Verbs that act on a metric (`新增高新技术企业` → action 新增). Only verbs of doing: verbs that make a compound with
 * their object (救助标准, 改造项目, 盘活存量) stay in the metric. Longest first where they overlap.
 */
export const ACTION_VERBS: readonly string[] = [
  '新招引', '新改建', '累计建设', '累计建成', '新开工', '新建成', '新培育', '新认定', '新签约', '新增', '净增', '新建',
  '建设', '建成', '实施', '培育', '打造', '创建', '创成', '争创', '引进', '招引', '推动', '推进', '完成', '开展', '举办',
  '承办', '组织', '启动', '谋划', '累计', '设立', '储备', '筹建', '认定', '实现', '突出抓好', '抓好', '加快', '重点打造',
  '选择', '规划', '确定', '遴选', '改扩建', '扩建', '改建', '布局', '开通', '评选', '放映', '参加', '治理', '改造提升',
  '提升改造', '改造', '整治', '修复', '组建', '新建改建', '新建扩建', '接待', '培训',
  '选派', '选聘', '招聘', '招录', '引进培育', '培育引进', '发放', '扶持', '带动',
]

/**
 * Nouns that open with an action verb or a framing word (`建成区绿化覆盖率`, `基本养老保险参保人数`): never cut
 * there.
 */
export const FIXED_NOUNS: readonly string[] = ['建成区', '基本养老', '基本医疗', '基本公共', '基本农田']

/** Words between a metric and its number that link them, not part of either: `达到`, `控制在`, `提高到`. */
export const LINK_WORDS: readonly string[] = [
  '稳定在', '保持在', '控制在', '提高到', '提高至', '提升到', '提升至', '增加到', '增加至', '扩大到', '扩大至', '降低到',
  '降低至', '下降到', '下降至', '减少到', '减少至', '达到', '达', '突破', '超过', '超', '不少于', '不低于', '不超过',
  '增长', '提高', '提升', '增加', '下降', '降低', '减少', '扩大', '新增', '为', '到', '至', '在', '约', '近', '逾',
  '保持', '稳定', '累计', '总数', '总量达', '分别', '均', '年均', '实现', '完成',
]

/**
 * Verbal nouns that name the work done on what is counted, at the end of the noun after its number:
 * `1000家中小企业数字化智能化改造` counts 中小企业, `4个衔接乡村振兴推进区建设` counts 推进区.
 * Note: before a number the work is what is counted (`老旧小区改造175个`, `开工建设800个左右`): they stay there.
 */
export const ACTIVITY_NOUNS: readonly string[] = [
  '建设', '改造', '改造提升', '提升改造', '升级', '工作', '创建', '认定', '鉴定', '登记', '确权', '数字化', '智能化',
  '网络化', '绿色化', '转型', '实施',
]

/** Verbs that say what happens to a counted noun, after it on either side of the number: `科技型中小企业入库800家`. */
export const NOUN_PREDICATES: readonly string[] = ['入库', '上云', '上市']

/** Verbs that plan another verb (`规划新增学位`, `谋划建设`): the second verb is an action too. */
export const PLANNING_VERBS: readonly string[] = ['规划', '谋划', '计划', '推动', '启动', '加快', '力争', '争取', '重点', '布局', '组织', '累计']

/** Leading words of a clause that say when a goal is due: `到2025年`, `年底前`. */
export const DUE_PATTERN = /(?:到|至|截至)?\d{4}年(?!度)(?:底|末)?(?:前|之前)?|(?:今年|年内|年底|年末|上半年|下半年)(?:前)?|\d{1,2}月(?:底|末)?前/

/** Units of age: a number of years of age qualifies a group (`3岁以下婴幼儿`), it is not a goal. */
export const AGE_UNITS: readonly string[] = [...measuresWhere((m) => m.kind === 'age')]

/** Units of time: with `内` after them they are time limits (`30日内`), not goals. */
export const DURATION_UNITS: readonly string[] = [...measuresWhere((m) => m.flags?.duration === true)]

/** Words that make a quantity followed by `的` a goal after all: `设立总规模不低于1亿元的…资金`. */
export const SIZE_WORDS: readonly string[] = ['规模', '总额', '容量']

/** Words right before a number that make it a count of what the text lists or names, not a goal: `共23项`. */
export const LIST_COUNT_BEFORE: readonly string[] = ['共', '方面', '上述', '以下', '如下']

/** Prepositions right before a number: its noun is a partner or a place, not a goal (`与28家市级产业园区协同`). */
export const PREPOSITION_BEFORE: readonly string[] = ['与', '同', '跟', '和']

/** Words right after a number that make it part of a name: `三年百万青年见习计划`, `引才倍增计划`. */
export const NAME_AFTER = /^(?:计划|工程|行动|战略|方案|规划|体系|模式|机制|品牌|工作法|方面|强(?:企业|$|[^\u4e00-\u9fa5]))/

/** Units that count sessions or phases: `十九届`, `二期`, never goals. */
export const ORDINAL_UNITS: readonly string[] = [...measuresWhere((m) => m.flags?.ordinal === true)]

/**
 * Prefix comparator words that may stand a few characters before their number: `至少创建2家`, `不低于县域内20%`,
 * `高于全省平均水平1个百分点`. The bounding words of two or more characters among the prefix comparators, longest
 * first, so that 不低于 is found before the 低于 it holds.
 */
export const DISTANT_COMPARATORS: ReadonlyArray<readonly [word: string, comparator: 'gte' | 'gt' | 'lte' | 'lt']> = PREFIX_COMPARATORS.flatMap(
  (w): Array<readonly [string, 'gte' | 'gt' | 'lte' | 'lt']> =>
    w.comparator !== 'approx' && w.text.length >= 2 && /^[\u4e00-\u9fa5]+$/.test(w.text) ? [[w.text, w.comparator]] : [],
).sort((a, b) => b[0].length - a[0].length)

/** What a growth is measured against, after its metric: `增幅高于全省平均水平`, `增速快于全国1个百分点`. */
export const COMPARISON_TAIL = /(?<!不)(?:高于|低于|快于|慢于|超过)[^,;:。、\d]{0,12}$/

/** How far before its number a distant comparator may stand, in characters. */
export const DISTANT_COMPARATOR_REACH = 8

/** `进入全省前5`: a rank at most N. */
export const RANK_BEFORE = '前'
