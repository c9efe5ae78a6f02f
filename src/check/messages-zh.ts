/**
 * The findings of `gongwen check` in Chinese: each message form of the rules (written in English, "Unexpected X,
 * expected Y", as unified tools write them) with its Chinese wording. Data: a new message form of a rule is one row
 * here, and test/messages-zh.test.ts fails on a rule `@example` whose message has no row.
 */

/** One message form: the English message, and its Chinese wording from the parts the pattern captures. */
export interface MessageForm {
  readonly rule: string
  readonly en: RegExp
  readonly zh: (...parts: string[]) => string
}

/** What the items of a numbered list are called. */
const KINDS: Readonly<Record<string, string>> = { chapter: '章节', section: '小节', task: '任务', 'sub-task': '子任务' }
const kind = (k: string): string => KINDS[k] ?? k

/** The parts of a target that could not be read, as `incomplete-target` names them. */
const PARTS: Readonly<Record<string, string>> = {
  'its metric (what is counted or measured)': '指标名称（计量的对象）',
  'its number': '数值',
  'its unit': '计量单位',
}
const parts = (list: string): string =>
  list
    .split(' and ')
    .map((p) => PARTS[p] ?? p)
    .join('和')

/** Where the other tasks that name a lead stand, as `missing-lead-unit` says. */
const SCOPES: Readonly<Record<string, string>> = { 'its chapter': '本章', 'the notice': '本通知', 'its task': '本任务' }

/** Why a target is bounded twice, as `comparator-conflict` explains it. */
function why(text: string): string {
  let m = /^one of them: `(.+)` excludes the number, `(.+)` includes it$/.exec(text)
  if (m) return `应只用其一：\`${m[1]}\`不含本数，\`${m[2]}\`含本数`
  m = /^one of them: `(.+)` makes the bound approximate$/.exec(text)
  if (m) return `应只用其一：\`${m[1]}\`使界限成为约数`
  if (text === 'one of them: both say the number is approximate') return '应只用其一：两者都表示约数'
  m = /^one of them: both bound the number from (below|above)$/.exec(text)
  if (m) return `应只用其一：两者都是${m[1] === 'below' ? '下限' : '上限'}`
  m = /^one bound: `(.+)` bounds the number from (below|above), `(.+)` from (below|above)$/.exec(text)
  if (m) return `应只有一个界限：\`${m[1]}\`为${m[2] === 'below' ? '下限' : '上限'}，\`${m[3]}\`为${m[4] === 'below' ? '下限' : '上限'}`
  return text
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const width = (w: string): string => (w === 'full-width' ? '全角' : '半角')

/** Every message form of the rules, most specific first where two could match. */
export const MESSAGES_ZH: readonly MessageForm[] = [
  // numbering
  { rule: 'numbering', en: /^Unexpected (\S+) number `(.+)` after `(.+)`, expected `(.+)`$/, zh: (k, a, b, c) => `${kind(k)}编号\`${a}\`接在\`${b}\`之后，应为\`${c}\`` },
  { rule: 'numbering', en: /^Unexpected repeated (\S+) number `(.+)`, expected `(.+)`$/, zh: (k, a, c) => `${kind(k)}编号\`${a}\`重复，应为\`${c}\`` },
  { rule: 'numbering', en: /^Unexpected first (\S+) number `(.+)`, expected `(.+)`$/, zh: (k, a, c) => `第一个${kind(k)}编号为\`${a}\`，应从\`${c}\`开始` },
  {
    rule: 'numbering',
    en: /^Unexpected (\S+) number `(.+)` restarting the count, expected `(.+)` running on as in (\d+) other lists?$/,
    zh: (k, a, c, n) => `${kind(k)}编号\`${a}\`重新编号，而其他${n}组接续编号，应为\`${c}\``,
  },
  {
    rule: 'numbering',
    en: /^Unexpected (\S+) number `(.+)` running on, expected `(.+)` restarting as in (\d+) other lists?$/,
    zh: (k, a, c, n) => `${kind(k)}编号\`${a}\`接续上组编号，而其他${n}组重新编号，应为\`${c}\``,
  },
  { rule: 'numbering', en: /^Unexpected (\S+) number `(.+)`, expected `(.+)`$/, zh: (k, a, c) => `${kind(k)}编号\`${a}\`有误，应为\`${c}\`` },
  // empty-chapter
  { rule: 'empty-chapter', en: /^Unexpected empty (\S+) `(.+)`, expected tasks or text under it$/, zh: (k, a) => `${kind(k)}\`${a}\`下没有内容，应有任务或正文` },
  // duplicate-task-title
  {
    rule: 'duplicate-task-title',
    en: /^Unexpected repeated task title `(.+)`, expected a title different from task `(.+)` at (\d+):(\d+)$/,
    zh: (a, n, line, column) => `任务标题\`${a}\`与第${line}行第${column}列的任务\`${n}\`重复`,
  },
  // missing-lead-unit
  {
    rule: 'missing-lead-unit',
    en: /^Unexpected task `(.+)` without a lead unit, expected a 牵头单位 as (\d+) other tasks of (its chapter|the notice|its task) have$/,
    zh: (a, n, scope) => `任务\`${a}\`未写明牵头单位，${SCOPES[scope as string] ?? scope}其他${n}项任务均已写明`,
  },
  // paired-punctuation
  {
    rule: 'paired-punctuation',
    en: /^Unexpected (half-width|full-width) `(.+)` closed by (half-width|full-width) `(.+)`, expected `(.+)`$/,
    zh: (w1, a, w2, b, c) => `${width(w1 as string)}\`${a}\`与${width(w2 as string)}\`${b}\`不配对，应为\`${c}\``,
  },
  {
    rule: 'paired-punctuation',
    en: /^Unexpected `(.+)` closing `(.+)` in all (\d+) quotations of the text, expected `(.+)`$/,
    zh: (a, b, n, c) => `全文${n}处引号\`${b}\`都以\`${a}\`收尾，应为\`${c}\``,
  },
  { rule: 'paired-punctuation', en: /^Unexpected `(.+)` closing `(.+)`, expected `(.+)`$/, zh: (a, b, c) => `\`${b}\`以\`${a}\`收尾，应为\`${c}\`` },
  { rule: 'paired-punctuation', en: /^Unexpected unclosed `(.+)`, expected a closing `(.+)`$/, zh: (a, b) => `\`${a}\`没有配对的\`${b}\`` },
  {
    rule: 'paired-punctuation',
    en: /^Unexpected `(.+)` without an opening `(.+)`, expected no closing mark or an opening one before it$/,
    zh: (a, b) => `\`${a}\`前没有配对的\`${b}\``,
  },
  // mixed-width-punctuation
  {
    rule: 'mixed-width-punctuation',
    en: /^Unexpected (half-width|full-width) `(.+)` in a responsibility clause, expected `(.+)` as in (\d+) other clauses?$/,
    zh: (w, a, b, n) => `责任分工中的${width(w as string)}\`${a}\`应为\`${b}\`，与其他${n}处一致`,
  },
  // plan-title-mismatch
  {
    rule: 'plan-title-mismatch',
    en: /^Unexpected plan heading `(.+)`, expected `(.+)` as in the notice title$/,
    zh: (a, b) => `方案标题\`${a}\`与通知标题中的\`${b}\`不一致`,
  },
  // doc-number-format
  { rule: 'doc-number-format', en: /^Unexpected year `(.+)` in 文号 `(.+)`, expected all (\d+) digits$/, zh: (a, t, n) => `文号\`${t}\`的年份\`${a}\`应写全${n}位` },
  { rule: 'doc-number-format', en: /^Unexpected serial `(.+)` in 文号 `(.+)`, expected `(.+)` without leading zeros$/, zh: (a, t, b) => `文号\`${t}\`的序号\`${a}\`不应有前导零，应为\`${b}\`` },
  { rule: 'doc-number-format', en: /^Unexpected `第` in 文号 `(.+)`, expected `(.+)`$/, zh: (t, b) => `文号\`${t}\`中不应有\`第\`，应为\`${b}\`` },
  { rule: 'doc-number-format', en: /^Unexpected `(.+)` in 文号 `(.+)`, expected `(.+)`$/, zh: (a, t, b) => `文号\`${t}\`中的\`${a}\`应为\`${b}\`` },
  // invalid-date
  { rule: 'invalid-date', en: /^Unexpected month `(.+)` in `(.+)`, expected 1 to 12$/, zh: (a, t) => `\`${t}\`中的月份\`${a}\`不存在，应为1至12月` },
  {
    rule: 'invalid-date',
    en: /^Unexpected date `(.+)`, expected a day of (\w+) (\d+) \(1 to (\d+)\)$/,
    zh: (a, month, year, last) => `日期\`${a}\`不存在：${year}年${MONTHS.indexOf(month as string) + 1}月只有1至${last}日`,
  },
  {
    rule: 'invalid-date',
    en: /^Unexpected notice `(.+)` without a date, expected its 成文日期 \(such as `(.+)`\) after the issuer$/,
    zh: (a, b) => `文件\`${a}\`没有成文日期，应在发文机关署名后写明（如\`${b}\`）`,
  },
  {
    rule: 'invalid-date',
    en: /^Unexpected date `(.+)` in a notice numbered `(.+)`, expected a date in (\d+)$/,
    zh: (a, b, year) => `成文日期\`${a}\`与文号年份\`${b}\`不符，应为${year}年内的日期`,
  },
  // unknown-unit
  { rule: 'unknown-unit', en: /^Unexpected unit `(.+)`, expected a known unit such as `(.+)`$/, zh: (a, b) => `单位名称\`${a}\`不在已知单位名单中，是否为\`${b}\`` },
  { rule: 'unknown-unit', en: /^Unexpected unit `(.+)`, expected one of the (\d+) known units$/, zh: (a, n) => `单位名称\`${a}\`不在已知的${n}个单位中` },
  { rule: 'unknown-unit', en: /^Unexpected unit `(.+)`, expected `(.+)`$/, zh: (a, b) => `单位名称\`${a}\`不规范，应为\`${b}\`` },
  // share-above-100
  { rule: 'share-above-100', en: /^Unexpected share of more than `(.+)`, expected at most 100%$/, zh: (a) => `比例超过\`${a}\`，不应超过100%` },
  { rule: 'share-above-100', en: /^Unexpected share of `(.+)`, expected at most 100%$/, zh: (a) => `比例\`${a}\`超过100%` },
  // comparator-conflict
  { rule: 'comparator-conflict', en: /^Unexpected both `(.+)` and `(.+)` in `(.+)`, expected (.+)$/, zh: (a, b, p, w) => `\`${p}\`同时使用了\`${a}\`和\`${b}\`，${why(w as string)}` },
  { rule: 'comparator-conflict', en: /^Unexpected `(.+)` with `(.+)` in `(.+)`, expected (.+)$/, zh: (a, b, p, w) => `\`${p}\`中\`${a}\`与\`${b}\`相矛盾，${why(w as string)}` },
  // unread-*
  {
    rule: 'unread-marker',
    en: /^Unexpected marker `(.+)` that starts no item, expected a chapter, section or task it numbers$/,
    zh: (a) => `编号\`${a}\`没有开始任何章节、小节或任务，请核对编号`,
  },
  {
    rule: 'unread-responsibility',
    en: /^Unexpected responsibility `(.+)` that gave no unit, expected units with their roles \(`(.+)`\)$/,
    zh: (a, b) => `责任分工\`${a}\`未读出责任单位，应写明单位及其职责（如\`${b}\`）`,
  },
  {
    rule: 'unread-goal',
    en: /^Unexpected unread goal `(.+)`, expected a target or a reason to skip its number$/,
    zh: (a) => `目标表述\`${a}\`未读出指标，也未找到跳过其数值的理由`,
  },
  {
    rule: 'unread-metric',
    en: /^Unexpected target without a metric `(.+)`, expected the noun it counts or measures$/,
    zh: (a) => `指标\`${a}\`未读出指标名称，应写明计量的对象`,
  },
  // incomplete-target
  { rule: 'incomplete-target', en: /^Unexpected incomplete target `(.+)`, expected (.+)$/, zh: (a, list) => `指标\`${a}\`不完整，缺少${parts(list as string)}` },
]

/**
 * A finding's message in Chinese.
 * @param reason the message as the rule wrote it
 * @param ruleId the rule that wrote it
 * @returns the Chinese wording, or the message as written when no form matches
 */
export function reasonInChinese(reason: string, ruleId: string | undefined): string {
  for (const form of MESSAGES_ZH) {
    if (ruleId !== undefined && form.rule !== ruleId) continue
    const m = form.en.exec(reason)
    if (m) return form.zh(...m.slice(1).map((part) => part ?? ''))
  }
  return reason
}
