/**
 * Words that decide whether a quantity is a goal, and that bound its metric. Data only: the rules are in
 * `targets/extract.ts` and `targets/metric.ts`.
 */
import { ASPIRATION_WORDS, COMMITMENT_WORDS, PREFIX_COMPARATORS } from './comparators.js'
import { measuresWhere } from './measures.js'

/** Words before a quantity in its sentence that make it a statistic of the present or past, not a goal. */
export const PAST_MARKERS: readonly string[] = ['预计', '截至', '截止', '已经', '已有', '已累计', '共完成', '回顾']

/** Words before a quantity in its clause that make it a result: in another clause they may describe a noun (`已建成自然村`). */
export const PAST_CLAUSE_MARKERS: readonly string[] = ['已建成', '已完成']

/**
 * Last year named as the time of a figure (`去年全市地区生产总值增长6%`), not as the base of a comparison
 * (`比上年增长6%` is a goal): 上年 or 去年 not after 比, 较, 同, 与 or 和 (`与上年度持平`).
 */
export const LAST_YEAR = /(?<![比较同与和])(?:上年|去年)(?!基础|水平|同期)/

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
export const REVIEW_HEADINGS = /回顾|总结|过去|成绩|成效|成就|完成情况|工作情况|进展情况|基本情况|发展现状|现状/

/** Words of a chapter heading that turn to what is to come, even after an earlier year (`2025年目标任务`). */
export const FORWARD_HEADINGS = /目标|任务|计划|安排|打算|要点|部署|展望|思路|重点|建议/

/**
 * Words of a heading line without a number that opens a review part of chapters (`2023年工作回顾` over `一、…七、`): fewer
 * than a chapter's, since a short line of a plan may name its basis (`发展现状`) without opening a part.
 */
export const PART_REVIEW_HEADINGS = /回顾|总结|过去一年|过去五年/

/**
 * Words of a numbered heading that end a review part (`三、2024年工作安排`): fewer than a chapter's, since the sections
 * of a review often name what was done first (`（三）重点项目建设`).
 */
export const PART_FORWARD_HEADINGS = /安排|打算|展望|目标任务|主要目标|预期目标|下一步|下步|今后/

/**
 * Sentence openers of a review at the start of a work report printed without its review heading (`过去一年，…`,
 * `一年来，…`); a year before the report's own opens one too (`2023年，…`, `2023年是…之年`).
 */
export const REVIEW_OPENERS: readonly string[] = ['过去一年', '一年来', '过去五年', '五年来', '回顾过去']

/**
 * Sentence openers that turn a work report to what is to come (`今年政府工作的总体要求是`, `主要预期目标是`); the report's
 * own year opens one too (`2024年是…`).
 */
export const FORWARD_OPENERS: readonly string[] = [
  '今年是', '今年政府工作', '今年经济社会发展', '今年主要预期目标', '今年全市经济社会发展', '主要预期目标是', '经济社会发展主要预期目标',
  '经济社会发展的主要预期目标', '政府工作的总体要求',
]

/**
 * Goal words before a number in its clause (`达到`, `新增`, `力争`): a sentence where one stands next to a number
 * with a unit and gives no target, with no reason to skip the number, is unread.
 */
export const GOAL_WORDS_BEFORE: readonly string[] = ['达到', '新增', '突破', '超过', '力争', '不低于', '不少于', '控制在', '提高到', '提升至']

/** Goal words right after a number: `100家以上`, `6%左右`. */
export const GOAL_WORDS_AFTER: readonly string[] = ['以上', '左右', '以内']

/** Metrics that are a function word, not a noun: a target read without what it counts. */
export const FUNCTION_METRICS: readonly string[] = ['其中', '首批', '从', '至', '到', '为', '的', '等', '及', '和', '其', '共', '合计', '总计', '分别', '年均', '累计']

/** Words before a quantity in its clause that make it a rule for individual cases: `最高给予500万元`. */
export const CASE_RULE_MARKERS: readonly string[] = [
  '最高', '最多', '最低', '上限', '给予', '奖励', '奖补', '补助', '补贴', '资助', '一次性', '贴息', '分担', '缴纳', '返还',
  '按照', '按', '参照', '不超过其', '每年只', '特等奖', '一等奖', '二等奖', '三等奖',
]

/**
 * Words of a reward or subsidy: after a condition that ends in `的，` (`对…投资总额达到300万元以上的，给予…奖励`), they
 * make its figures thresholds for individual cases; right after figures (`70%、80%给予奖励`), they make them rates.
 */
export const REWARD_WORDS: readonly string[] = ['给予', '奖励', '奖补', '补助', '补贴', '资助', '贴息', '一次性', '予以', '享受', '兑现']

/** The word before a level that a change starts from: `从77%提高到80%`. */
export const BASELINE_FROM = '从'

/** Verbs of change before 到/至 that lead from a baseline to the level reached: `提高到`, `扩大到`, `增至`. */
export const CHANGE_TO_WORDS: readonly string[] = [
  '提高', '提升', '增加', '增长', '扩大', '跃升', '上升', '增', '降低', '下降', '减少', '降', '缩小', '缩短', '压缩', '达',
]

/**
 * Head words that end a metric of its own (`社会消费品零售总额`, `固定资产投资`, `健康管理率`): a list of such metrics
 * before one rate shares it (`社会消费品零售总额、固定资产投资增长4%左右`).
 */
export const METRIC_HEADS: readonly string[] = [
  '率', '额', '量', '值', '投资', '收入', '比重', '占比', '规模', '指数', '人数', '数量', '价格', '增速', '增幅', '贷款', '消费',
  '产出', '营收', '利润', '支出', '出口', '进口',
]

/** A word of doubling (`经济总量实现倍增`), read by the scanner as 2 倍: the guide leaves words without digits out. */
export const MULTIPLY_WORD = '倍增'

/** Case-rule words that bound what each case gets whatever is counted (`每个企业最多3项`, `原则上不超过18个月`), not only money. */
export const CASE_RULE_CAPS: readonly string[] = ['最高', '最多', '最低', '上限', '不超过其', '每年只', '原则上']

/**
 * Verbs of funding before a count of what is funded (`资助250名技能型人才`, `扶持100个创业项目`): how many is a goal,
 * though the same verbs make an amount a rule for each case (`资助50万元`).
 */
export const FUNDING_VERBS: readonly string[] = ['资助', '补助', '补贴', '奖励', '奖补', '扶持']

/** Words that make a case-rule marker part of a goal's metric after all: `补助标准提高到…`, `救助标准`. */
export const CASE_RULE_EXCEPTIONS: readonly string[] = ['标准', '提高到', '提高至', '提升至', '提升到', '奖励性']

/** Leading words of a metric phrase that frame the goal rather than name what is measured. */
export const FRAMING_WORDS: readonly string[] = [
  '力争', '争取', '努力', '力求', '确保', '保证', '全年', '全市', '全县', '全区', '全省', '全国', '今年', '年内', '当年',
  '其中', '同时', '并', '再', '进一步', '要', '将', '共', '合计', '总计', '以上', '实现', '分别', '均', '每年', '年均',
  '持续', '逐步', '加快', '大力', '积极', '全面', '基本', '全部', '有序', '稳步',
]

/** A verb that acts on a metric. */
export interface ActionVerb {
  readonly word: string
  /** It plans another verb (`规划新增学位`, `谋划建设`): a verb right after it is an action too. */
  readonly plans?: true
}

/**
 * Verbs that act on a metric (`新增高新技术企业` → action 新增). Only verbs of doing: verbs that make a compound with
 * their object (救助标准, 改造项目, 盘活存量) stay in the metric. Matched longest first.
 */
export const ACTION_VERBS: readonly ActionVerb[] = [
  { word: '新招引' },
  { word: '新改建' },
  { word: '累计建设' },
  { word: '累计建成' },
  { word: '新开工' },
  { word: '新建成' },
  { word: '新培育' },
  { word: '新认定' },
  { word: '新签约' },
  { word: '新增' },
  { word: '净增' },
  { word: '新建' },
  { word: '建设' },
  { word: '建成' },
  { word: '实施' },
  { word: '培育' },
  { word: '打造' },
  { word: '创建' },
  { word: '创成' },
  { word: '争创' },
  { word: '引进' },
  { word: '招引' },
  { word: '推动', plans: true },
  { word: '推进' },
  { word: '完成' },
  { word: '开展' },
  { word: '举办' },
  { word: '承办' },
  { word: '组织', plans: true },
  { word: '启动', plans: true },
  { word: '谋划', plans: true },
  { word: '累计', plans: true },
  { word: '设立' },
  { word: '储备' },
  { word: '筹建' },
  { word: '认定' },
  { word: '实现' },
  { word: '突出抓好' },
  { word: '抓好' },
  { word: '加快', plans: true },
  { word: '重点打造' },
  { word: '选择' },
  { word: '规划', plans: true },
  { word: '确定' },
  { word: '遴选' },
  { word: '改扩建' },
  { word: '扩建' },
  { word: '改建' },
  { word: '布局', plans: true },
  { word: '开通' },
  { word: '评选' },
  { word: '放映' },
  { word: '参加' },
  { word: '治理' },
  { word: '改造提升' },
  { word: '提升改造' },
  { word: '改造' },
  { word: '整治' },
  { word: '修复' },
  { word: '组建' },
  { word: '新建改建' },
  { word: '新建扩建' },
  { word: '接待' },
  { word: '培训' },
  { word: '选派' },
  { word: '选聘' },
  { word: '招聘' },
  { word: '招录' },
  { word: '引进培育' },
  { word: '培育引进' },
  { word: '发放' },
  { word: '扶持' },
  { word: '带动' },
  { word: '培养', plans: true },
  { word: '资助' },
  { word: '选拔', plans: true },
  { word: '评定' },
  { word: '鼓励', plans: true },
  { word: '动员', plans: true },
  { word: '培养产生' },
  // Note: a preposition before its count (`为1万名困难群众提供…`) acts as a verb does: the noun after is counted.
  { word: '为' },
]

/** Conjunctions that open a member of a list: trimmed from the start of a metric (`和农村…`). */
export const MEMBER_CONJUNCTIONS = '和及与或'

/** The particle that ends a modifier: trimmed from the end of a metric (`…的`). */
export const MODIFIER_PARTICLE = '的'

/** Characters that join two action verbs over one noun: `新建、改扩建幼儿园`, `新建和改造提升`. */
export const VERB_JOINERS = '、和及'

/** Words right after a number that start no noun: `100家以上`, `3家和5所`, `20%的` (a share, read on its own). */
export const NOT_NOUN_AFTER: readonly string[] = ['的', '以上', '以下', '左右', '以内', '和', '及', '或', '等', '、']

/**
 * Words right before a number that make it count the noun after it, whatever stands before them: a scope
 * (`推动全省100家企业实施…`, `动员全省超8000名志愿者`) or a preposition (`在10个左右…领域`, `面向1万名专业技术人才`).
 */
export const BEFORE_COUNTED_NOUN: readonly string[] = ['全省', '全市', '全县', '全区', '全国', '在', '向', '对', '给', '面向']

/** Prepositions that end the noun after a number: `200家企业与链主企业对接` (not 对, 同: 对接, 同步). */
export const NOUN_ENDING_PREPOSITIONS = '与'

/**
 * Verbs that follow the noun after a number as its predicate (`3000家企业开展数字化改造`) and are rarely part of a
 * compound noun, unlike 建设 or 推进 (乡村振兴推进区).
 */
export const NOUN_ENDING_VERBS: readonly string[] = ['开展', '进行', '实现', '参与', '纳入', '完成', '达到', '落地', '上线', '投入使用', '全面']

/** A leading phrase of time that frames a goal: a year and this word (`2023年度`). */
export const YEAR_SCOPE = '年度'

/** A leading phrase of time that frames a goal: a few years and this word (`3年内`, `三年内`). */
export const YEARS_SCOPE = '年内'


/** A leading phrase of place that frames a goal: this word, a place, and a closing word (`在全国范围内`). */
export const PLACE_SCOPE_OPEN = '在'

/** Closing words of a phrase of place, longest first: `范围内`, `内`, `中`, `里`. */
export const PLACE_SCOPE_CLOSES: readonly string[] = ['范围内', '内', '中', '里']

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

/** Leading words of a clause that say when a goal is due: `到2025年`, `年底前`, `5年内` (a span of five years, not 年内). */
export const DUE_PATTERN = /(?:到|至|截至)?\d{4}年(?!度)(?:底|末)?(?:前|之前)?|(?:\d{1,2}|[一二两三四五六七八九十])年内|(?:今年|年内|年底|年末|上半年|下半年)(?:前)?|\d{1,2}月(?:底|末)?前/

/** Verbs of level right before a number that make a bare number (no unit) a goal: `指数达到125`, `进入前5`. */
export const LEVEL_BEFORE_WORDS: readonly string[] = ['达到', '达', '提高到', '提高至', '提升到', '提升至', '控制在', '稳定在', '保持在', '为', '前']

/**
 * Verbs of reaching right before a number that make an age or a span a level to reach (`人均预期寿命提高到80.4岁`,
 * `办理时限压缩至3个工作日`), not a qualifier (`3岁以下婴幼儿`) or a time limit (`30日内`).
 */
export const REACH_BEFORE_WORDS: readonly string[] = [
  '达到', '达', '提高到', '提高至', '提升到', '提升至', '延长到', '延长至', '增加到', '增加至', '缩短到', '缩短至', '压缩到',
  '压缩至', '降低到', '降低至', '减少到', '减少至', '控制在', '稳定在', '保持在',
]

/** Metric heads that count time themselves, so a number of days after them is a level (`优良天数300天以上`). */
export const DURATION_METRIC_HEADS: readonly string[] = ['天数', '时长', '时限', '年限', '寿命']

/** Level verbs that may stand between a duration metric and its number (`平均办理时限控制在3个工作日`). */
export const DURATION_METRIC_VERBS: readonly string[] = ['达到', '保持在', '稳定在', '控制在', '不少于', '不低于', '超过', '达']

/**
 * Words after a case-rule word (按, 对) that make it part of the metric of a level (`按病种付费覆盖率达到90%`,
 * `两项补贴覆盖率98%以上`), not a rule for each case.
 */
export const MEASURED_AFTER_CASE_RULE: readonly string[] = ['覆盖率', '比例', '比重', '占比', '达到', '提高到', '提升至', '提升到', '达']

/**
 * Words right after the number of a figure, table or attachment that refer to it (`如图10所示`, `附件1所列`): 所 reads
 * as the counter of schools otherwise.
 */
export const REFERENCE_AFTER_NUMBER: readonly string[] = ['所示', '所列', '所述']

/** Words of change or level that, alone, are no metric: `年均增长7%` continues the metric before it. */
export const CHANGE_ONLY_WORDS: readonly string[] = ['增长', '增加', '提高', '提升', '下降', '降低', '减少', '上升', '增速', '增幅', '达到', '达']

/** Words that may stand before a change-only word and leave it one: `年均增长`, `平均提高`. */
export const CHANGE_ONLY_PREFIXES: readonly string[] = ['年均', '平均']

/** First characters of verbs that follow a measure without qualifying a noun: `20兆进牧户`, `10万吨入库`. */
export const VERB_STARTS_AFTER_MEASURE = '进到达入为至成'

/** Units of age: a number of years of age qualifies a group (`3岁以下婴幼儿`), it is not a goal. */
export const AGE_UNITS: readonly string[] = [...measuresWhere((m) => m.kind === 'age')]

/** Units of time: with `内` after them they are time limits (`30日内`), not goals. */
export const DURATION_UNITS: readonly string[] = [...measuresWhere((m) => m.flags?.duration === true)]

/** Words that make a quantity followed by `的` a goal after all: `设立总规模不低于1亿元的…资金`. */
export const SIZE_WORDS: readonly string[] = ['规模', '总额', '容量']

/** Verbs that set up a fund or a body whose size a notice commits: `设立总规模不低于1亿元的…资金`. */
export const SET_UP_WORDS: readonly string[] = ['设立', '组建', '设置', '成立', '发起', '筹建', '募集', '建立', '新设']

/** Words right before a number that make it a count of what the text lists or names, not a goal: `共23项`, `等5个`. */
export const LIST_COUNT_BEFORE: readonly string[] = ['共', '方面', '上述', '以下', '如下', '其中', '等']

/**
 * Verbs that create, build or carry out what they count, at the start of a clause: after them, `A、B等120个` counts
 * what the year is to bring (a goal); after verbs that further what exists (`加快洛阳等10个国家物流枢纽建设`, `推进`,
 * `提升`), it counts members that the text names.
 */
export const CREATION_VERBS: readonly string[] = [
  '新创', '新建', '新增', '新开工', '新签', '新培育', '新认定', '新设', '布局', '培育', '创建', '打造', '组建', '设立', '引进',
  '招引', '实施', '建设', '建成', '开工', '竣工', '完成', '启动', '投运', '签署', '签约', '开发',
]

/** The word that ends a list of named members before their count: `商丘等5个`. */
export const ETC_BEFORE_COUNT = '等'

/**
 * Nouns right after a counted number that name parts of the text itself: `其中15个指标自动生成`, `五大类23个主要指标`
 * count the notice's own indicators, not a goal.
 */
export const TEXT_NOUNS = /^(?:主要|核心|监测|考核|评价)?(?:指标)(?![\u4e00-\u9fa5]*(?:体系|数据))/

/** Words right before a number that make its objects a set that exists: `首批21个示范村`. */
export const EXISTING_SET_BEFORE: readonly string[] = ['首批', '第一批', '现有', '已有']

/** Prepositions that open an object that exists: `针对首年关税为零的2034种商品`. */
export const EXISTING_OBJECT_OPENERS: readonly string[] = ['针对', '对于']

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
