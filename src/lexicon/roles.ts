/**
 * Words that state who is responsible: role words, the nouns of labels, the words of conventions and deadlines.
 * Data only: the grammar is `grammar/statements.ts` (and `passes/task-table.ts` for column headings), which builds
 * its tables and patterns from these words.
 *
 * Kinds: `lead` leads (牵头, 负责, 指导 …); `support` helps (配合, 参与 …); `shared` is a responsibility that leads
 * unless a 牵头 came first in the same statement (责任单位, 按职责分工负责), as the annotation guide reads them.
 *
 * Adding a phrasing is one record here and one test row in `test/responsibility.test.ts`.
 */

export type RoleKind = 'lead' | 'support' | 'shared'

/**
 * Where a role word may stand:
 * `label` inside a label before its colon (`牵头单位：`, or bare: `牵头：`);
 * `verb` closing a statement (`A、B按职责分工负责`, `A牵头，B配合`);
 * `bracket` in brackets after one name of a list (`市金融局（牵头）`);
 * `column` alone as the heading of a task-table column (`牵头`);
 * `with` between a lead and its partners, who take the word's kind (`A会同B负责`: B supports).
 */
export type RolePlace = 'label' | 'verb' | 'bracket' | 'column' | 'with'

/** A role word and what it states. */
export interface RoleWord {
  readonly word: string
  readonly kind: RoleKind
  readonly as: readonly RolePlace[]
  /**
   * It names the lead among several responsible (牵头): a shared role after it supports, and the convention that the
   * first unit listed leads gives way to it.
   */
  readonly namesLead?: true
}

/**
 * Every role word. A label that holds words of two kinds takes the first kind of lead, support, shared (`牵头责任单位`
 * leads); verbs are matched longest first.
 */
export const ROLE_WORDS: readonly RoleWord[] = [
  { word: '牵头', kind: 'lead', as: ['label', 'verb', 'bracket', 'column'], namesLead: true },
  { word: '主办', kind: 'lead', as: ['label', 'verb', 'column'] },
  { word: '主责', kind: 'lead', as: ['label', 'verb', 'bracket'] },
  { word: '主管', kind: 'lead', as: ['label'] },
  { word: '负责', kind: 'lead', as: ['label', 'verb', 'bracket', 'column'] },
  { word: '指导', kind: 'lead', as: ['label', 'verb'] },
  { word: '承办', kind: 'lead', as: ['label'] },
  { word: '实施', kind: 'lead', as: ['label'] },
  { word: '牵头负责', kind: 'lead', as: ['verb'] },
  { word: '牵头落实', kind: 'lead', as: ['verb'] },
  { word: '共同负责', kind: 'lead', as: ['verb'] },
  { word: '负责落实', kind: 'lead', as: ['verb'] },
  { word: '具体负责', kind: 'lead', as: ['verb'] },
  { word: '主抓', kind: 'lead', as: ['verb'] },
  { word: '配合', kind: 'support', as: ['label', 'verb', 'bracket', 'column'] },
  { word: '协办', kind: 'support', as: ['label', 'verb', 'bracket', 'column'] },
  { word: '参与', kind: 'support', as: ['label', 'verb', 'bracket'] },
  { word: '参加', kind: 'support', as: ['label', 'verb'] },
  { word: '协同', kind: 'support', as: ['label', 'verb'] },
  { word: '协助', kind: 'support', as: ['label', 'verb'] },
  { word: '协作', kind: 'support', as: ['label'] },
  { word: '配合落实', kind: 'support', as: ['verb'] },
  { word: '按职责分工配合', kind: 'support', as: ['verb'] },
  { word: '按照职责分工配合', kind: 'support', as: ['verb'] },
  { word: '按职责配合', kind: 'support', as: ['verb'] },
  { word: '会同', kind: 'support', as: ['with'] },
  { word: '联合', kind: 'support', as: ['with'] },
  { word: '协调', kind: 'support', as: ['with'] },
  { word: '责任', kind: 'shared', as: ['label', 'column'] },
  { word: '按职责分工负责落实', kind: 'shared', as: ['verb'] },
  { word: '按职责分工负责', kind: 'shared', as: ['verb'] },
  { word: '按照职责分工负责', kind: 'shared', as: ['verb'] },
  { word: '按职能分工负责', kind: 'shared', as: ['verb'] },
  { word: '按职责负责', kind: 'shared', as: ['verb'] },
  { word: '分工负责', kind: 'shared', as: ['verb'] },
  { word: '分头落实', kind: 'shared', as: ['verb'] },
  { word: '落实', kind: 'shared', as: ['verb'] },
  { word: '分别负责', kind: 'shared', as: ['verb'] },
]

/** The role printed for the names a role in brackets pulls out of a list (`市金融局（主责）` leads as 牵头). */
export const BRACKET_ROLE_NAMES: Readonly<Record<'lead' | 'support', string>> = { lead: '牵头', support: '配合' }

/**
 * Where a label noun may stand: `label` ending a label before its colon (`配合单位：`); `column` ending the heading of
 * a task-table column of units (`牵头处室`); `line` ending a label that stands outside brackets (`。责任单位：A`,
 * `【牵头单位】A`) and a trailing `等单位`.
 */
export type LabelNounPlace = 'label' | 'column' | 'line'

/** A noun that ends a label: `…单位：`, `…部门：`. */
export interface LabelNoun {
  readonly word: string
  readonly as: readonly LabelNounPlace[]
}

/** Every label noun. */
export const LABEL_NOUNS: readonly LabelNoun[] = [
  { word: '单位', as: ['label', 'column', 'line'] },
  { word: '部门', as: ['label', 'column', 'line'] },
  { word: '主体', as: ['label', 'column'] },
  { word: '机构', as: ['label'] },
  { word: '处室', as: ['label', 'column'] },
  { word: '机关', as: ['label', 'column', 'line'] },
]

/** Longest label we read, in characters: `牵头责任考核单位`. */
export const MAX_LABEL_LENGTH = 10

/** The word of the convention that the first unit listed leads: `列第一位者为牵头单位`, `排名第一的为牵头单位`. */
export const FIRST_LEADS_WORD = '第一'

/** The word of the convention that a unit takes part in every later statement: `以下均需试点城市政府落实`. */
export const ADDS_LEAD_WORD = '以下'

/** Words after a convention that say it holds from here on: `下同`, `不再列出`. */
export const CONVENTION_TAILS: readonly string[] = ['下同', '不再列出']

/** The word after the last name of a list that stands for more (`A、B等`, `A等有关部门`). */
export const ETC_WORD = '等'

/** Conjunctions that may open the last name of a list and are no part of it: `A和市财政局`. */
export const NAME_JOINERS: readonly string[] = ['和', '及', '与']

/** The preposition before the agent, no part of its name: `由市发改委负责`. */
export const BY_WORD = '由'

/** Words that tell when, not who, anywhere in a part of a statement: `年底`, `持续推进`, `2023年6月底前`. */
export const DEADLINE_WORDS: readonly string[] = [
  '年底', '年末', '月底', '月末', '上半年', '下半年', '季度', '长期', '持续', '按进度', '按时', '前完成', '底前', '之前',
  '以前',
]

/** Words that tell when, not who, at the end of a part of a statement: `5月底完成`, `持续推进`. */
export const DEADLINE_ENDINGS: readonly string[] = ['完成', '推进']

/** Labels that give a deadline, not units: `完成时限：2024年12月底`. */
export const DEADLINE_LABELS: readonly string[] = ['完成时限', '完成时间', '完成期限', '时间节点', '时限要求', '进度安排']

/**
 * Words that make a bracket or a clause look like a responsibility statement: one that holds any and gives no unit
 * is noted as unread (`notice.unread`, kind `responsibility`) for a person to look at.
 */
export const STATEMENT_HINTS: readonly string[] = ['牵头', '负责', '配合', '参与', '责任单位', '责任部门', '主办', '协办']
