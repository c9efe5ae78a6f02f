/**
 * Words that decide whether a quantity is a goal, and that bound its metric. Data only: the rules are in
 * `targets/extract.ts` and `targets/metric.ts`.
 */

/** Words before a quantity in its sentence that make it a statistic of the present or past, not a goal. */
export const PAST_MARKERS: readonly string[] = [
  '预计', '同比', '比上年', '较上年', '比去年', '较去年', '上年', '去年', '截至', '截止', '已经', '已有', '已建成',
  '已完成', '已累计', '共完成', '完成了', '实现了', '达到了', '增长了', '下降了', '提高了', '回顾',
]

/** Words right after a quantity that make its object one that exists already: `35条已治理完成的…`. */
export const EXISTING_AFTER: readonly string[] = ['已', '现有']

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

/** Verbs that act on a metric (`新增高新技术企业` → action 新增). Longest first where they overlap. */
export const ACTION_VERBS: readonly string[] = [
  '新招引', '新改建', '累计建设', '累计建成', '新开工', '新建成', '新增', '净增', '新建', '建设', '建成', '实施', '培育',
  '打造', '创建', '创成', '争创', '引进', '招引', '推动', '推进', '完成', '开展', '举办', '组织', '改造', '启动',
  '谋划', '累计', '设立', '培训', '培养', '帮扶', '支持', '治理', '修复', '盘活', '发放', '认定', '评选', '选树',
  '储备', '开工', '筹建', '扶持', '吸引', '提供', '落实', '布局', '发展', '创新', '招聘', '安置', '资助', '救助',
  '服务', '接待', '新签约', '签约', '引导', '带动', '吸纳', '转移', '新改', '新设', '升级', '提升', '提高', '增加',
  '增长', '降低', '减少', '下降', '达到', '保持', '稳定', '控制', '扩大', '新培育', '新认定', '认证',
]

/** Words between a metric and its number that link them, not part of either: `达到`, `控制在`, `提高到`. */
export const LINK_WORDS: readonly string[] = [
  '稳定在', '保持在', '控制在', '提高到', '提高至', '提升到', '提升至', '增加到', '增加至', '扩大到', '扩大至', '降低到',
  '降低至', '下降到', '下降至', '减少到', '减少至', '达到', '达', '突破', '超过', '超', '不少于', '不低于', '不超过',
  '增长', '提高', '提升', '增加', '下降', '降低', '减少', '扩大', '新增', '为', '到', '至', '在', '约', '近', '逾',
  '保持', '稳定', '累计', '总数', '总量达', '分别', '均', '实现', '完成',
]

/** Leading words of a clause that say when a goal is due: `到2025年`, `年底前`. */
export const DUE_PATTERN = /(?:到|至|截至)?\d{4}年(?:底|末)?(?:前|之前)?|(?:今年|年内|年底|年末|上半年|下半年)(?:前)?|\d{1,2}月(?:底|末)?前/

/** Units of age: a number of years of age qualifies a group (`3岁以下婴幼儿`), it is not a goal. */
export const AGE_UNITS: readonly string[] = ['岁', '周岁']

/** Units of time: with `内` after them they are time limits (`30日内`), not goals. */
export const DURATION_UNITS: readonly string[] = ['年', '个月', '月', '日', '天', '周', '小时', '时', '分钟', '工作日', '季度']

/** Words that make a quantity followed by `的` a goal after all: `设立总规模不低于1亿元的…资金`. */
export const SIZE_WORDS: readonly string[] = ['规模', '总额', '总量', '总投资', '面积', '容量']
