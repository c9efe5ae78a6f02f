/**
 * Words that state who is responsible, and what makes a name a unit. Data only.
 *
 * Kinds: `lead` leads (牵头, 负责, 指导 …); `support` helps (配合, 参与 …); `shared` is a responsibility that leads
 * unless a 牵头 came first in the same statement (责任单位, 按职责分工负责), as the annotation guide reads them.
 */

export type RoleKind = 'lead' | 'support' | 'shared'

/** Words inside a label before its colon (`牵头考核单位：`), checked in this order. */
export const LABEL_WORDS: ReadonlyArray<readonly [word: string, kind: RoleKind]> = [
  ['牵头', 'lead'],
  ['主办', 'lead'],
  ['主责', 'lead'],
  ['主管', 'lead'],
  ['负责', 'lead'],
  ['指导', 'lead'],
  ['承办', 'lead'],
  ['实施', 'lead'],
  ['配合', 'support'],
  ['协办', 'support'],
  ['参与', 'support'],
  ['参加', 'support'],
  ['协同', 'support'],
  ['协助', 'support'],
  ['协作', 'support'],
  ['责任', 'shared'],
]

/** What a label ends with before its colon: `…单位：`, `…部门：`; a bare role word (`牵头：`) is a label too. */
export const LABEL_NOUNS: readonly string[] = ['单位', '部门', '主体', '机构', '处室']

/** Longest label we read, in characters: `牵头责任考核单位`. */
export const MAX_LABEL_LENGTH = 10

/** Role verbs that close a statement (`A、B按职责分工负责`), longest first where they overlap. */
export const ROLE_VERBS: ReadonlyArray<readonly [verb: string, kind: RoleKind]> = [
  ['按职责分工负责落实', 'shared'],
  ['按职责分工负责', 'shared'],
  ['按照职责分工负责', 'shared'],
  ['按职能分工负责', 'shared'],
  ['按职责负责', 'shared'],
  ['分工负责', 'shared'],
  ['牵头负责', 'lead'],
  ['牵头落实', 'lead'],
  ['共同负责', 'lead'],
  ['负责落实', 'lead'],
  ['具体负责', 'lead'],
  ['负责', 'lead'],
  ['牵头', 'lead'],
  ['主办', 'lead'],
  ['主责', 'lead'],
  ['指导', 'lead'],
  ['配合落实', 'support'],
  ['配合', 'support'],
  ['参与', 'support'],
  ['参加', 'support'],
  ['协办', 'support'],
  ['协同', 'support'],
  ['协助', 'support'],
]

/** Joins a lead and its partners inside one statement: `A会同B负责` (A leads, B supports). */
export const WITH_WORDS: readonly string[] = ['会同', '联合', '协调']

/** Endings of the names of bodies that can be responsible. */
export const UNIT_SUFFIXES: readonly string[] = [
  '局', '委', '部', '厅', '办', '院', '署', '会', '行', '司', '处', '科', '室', '站', '所', '队', '庭', '社', '团',
  '中心', '集团', '公司', '政府', '单位', '部门', '机构', '组织', '街道', '乡镇', '社区', '管委会', '总社', '总局',
  '营管部', '分行', '支行', '分局', '学校', '大学', '学院', '医院', '法院', '检察院', '协会', '联合会', '商会',
  '基地', '园区', '开发区', '高新区', '新区', '示范区', '自贸区', '保税区', '各地', '各级', '专班', '小组', '城市',
  '企业', '高校', '院校', '机关', '银行', '基金会', '学会', '联社', '委员会', '工作组', '指挥部', '领导小组',
  '联', '协', '海关', '支队', '大队', '工委',
  '县', '市', '区', '旗', '镇', '乡', '村', '省', '州', '盟',
]

/** Words that make a name generic but still a unit: `有关部门`, `各县（市、区）人民政府`. */
export const GENERIC_UNIT_WORDS: readonly string[] = ['有关', '相关', '各', '其他', '所属']

/** Longest unit name we accept in a statement without a label, in characters. */
export const MAX_UNIT_LENGTH = 30

/** A word every `FIRST_LEADS_PATTERNS` pattern holds: lines without it are not tried against them. */
export const FIRST_LEADS_WORD = '第一'

/** A stated convention that the first unit listed leads: `列第一位者为牵头单位，下同`. */
export const FIRST_LEADS_PATTERNS: readonly RegExp[] = [
  /(?:列|排)(?:在)?第一(?:位|个|名)?(?:者|的|单位|部门)?为牵头/,
  /第一(?:位|个)?(?:单位|部门)?为牵头(?:单位|部门)/,
  /排名第一的?(?:单位|部门)?为?牵头/,
]

/** A word `ADDS_LEAD_PATTERN` always holds: parts without it are not tried against it. */
export const ADDS_LEAD_WORD = '以下'

/** A stated convention that a unit takes part in every later statement: `以下均需试点城市政府落实，不再列出`. */
export const ADDS_LEAD_PATTERN = /以下(?:均|都|各项)?(?:需|由|须|要)?([^,，;；。]{2,30}?)(?:负责)?(?:落实|负责)/

/** Phrases that say when, not who: `5月底完成`, `持续推进`, `2023年6月底前`. */
export const DEADLINE_PATTERN =
  /(?:\d{4}年|\d{1,2}月|年底|年末|月底|月末|上半年|下半年|季度|长期|持续|按进度|按时|前完成|完成$|推进$|底前|之前|以前|\d+日)/

/** Labels that give a deadline, not units: `完成时限：2024年12月底`. */
export const DEADLINE_LABEL = /(?:完成时限|完成时间|完成期限|时间节点|时限要求|进度安排)\s*[:：]\s*([^。;；)）]+)/
