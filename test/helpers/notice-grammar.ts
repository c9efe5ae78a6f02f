/**
 * A grammar of notices for property tests: fast-check arbitraries that write whole notices the way governments
 * publish them — a header (title over lines, 文号, recipients), chapters, sections, tasks and sub-tasks in every
 * numbering style, responsibility statements in their phrasings, targets with their comparators and units, task
 * tables, a signature and a date — as plain text, HTML or Markdown. Each part is drawn from pieces that real notices
 * use, so that random notices reach deep into the grammars; the checks of the tests hold for any of them.
 */
import fc from 'fast-check'

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items)

const ORGS = ['市', '省', '县', '区'] as const
const AGENCIES = ['发展改革委', '科技局', '工业和信息化局', '财政局', '教育局', '商务局', '生态环境局', '农业农村局', '卫生健康委', '市场监管局']
const agency = fc.tuple(pick(ORGS), pick(AGENCIES)).map(([o, a]) => o + a)
const agencies = fc.array(agency, { minLength: 1, maxLength: 3 }).map((list) => [...new Set(list)].join('、'))

const VERBS = ['加强', '推进', '完善', '实施', '培育', '建设', '提升', '优化', '深化', '落实']
const OBJECTS = ['创新平台建设', '数字政府建设', '营商环境', '产业集群', '人才队伍', '生态保护', '公共服务体系', '农田水利', '科技成果转化']
const title = fc.tuple(pick(VERBS), pick(OBJECTS)).map(([v, o]) => v + o)

const METRICS = ['高新技术企业', '专利授权量', '地区生产总值', '森林覆盖率', '城镇新增就业', '研发经费投入', '单位GDP能耗', '用水总量', '5G基站']
const UNITS = ['家', '个', '项', '%', '亿元', '万人', '公里', '亩', '亿立方米', '个百分点', '座', '名', '场次', '套', 'PFlops']
const number = fc.oneof(
  fc.integer({ min: 1, max: 99999 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 99 })).map(([a, b]) => `${a}.${b}`),
  pick(['三', '十二', '一百', '两', '百分之三十', '三成', '1.2万', '10—15', '10至15', '20-30']),
)
const target = fc
  .tuple(
    pick(['', '新增', '力争', '确保', '累计', '全市']),
    pick(METRICS),
    pick(['', '达到', '增长', '提高到', '控制在', '不低于', '不少于', '超过', '突破', '下降']),
    number,
    pick(UNITS),
    pick(['', '以上', '以下', '以内', '左右', '余']),
  )
  .map(([frame, metric, verb, n, unit, bound]) => `${frame}${metric}${verb}${n}${unit}${bound}`)

const STATEMENTS: ReadonlyArray<(lead: string, support: string) => string> = [
  (l, s) => `（牵头单位：${l}；配合单位：${s}）`,
  (l, s) => `（${l}牵头，${s}配合）`,
  (l) => `（${l}负责）`,
  (l, s) => `（${l}会同${s}负责）`,
  (l, s) => `（责任单位：${l}、${s}）`,
  (l) => `(牵头单位:${l})`,
  (l, s) => `【牵头单位】${l}【配合单位】${s}`,
  (l, s) => `（${l}、${s}按职责分工负责）`,
  (l) => `责任单位：${l}`,
]
const statement = fc.tuple(fc.nat({ max: STATEMENTS.length - 1 }), agencies, agencies).map(([k, l, s]) => STATEMENTS[k]!(l, s))

const sentence = fc
  .tuple(title, fc.array(target, { maxLength: 3 }), pick(['', '到2025年，', '2023年底前，', '每年']))
  .map(([t, targets, due]) => `${t}。${due}${targets.join('，')}${targets.length ? '。' : ''}`)

/** A task: its marker, its text, maybe a statement, maybe sub-tasks. */
const MARKERS: ReadonlyArray<(n: number) => string> = [
  (n) => `${n}.`,
  (n) => `${n}．`,
  (n) => `${n}、`,
  (n) => `（${n}）`,
  (n) => `(${n})`,
  (n) => String.fromCharCode(0x2460 + ((n - 1) % 20)),
  (n) => `第${n}条 `,
]
const CHINESE = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二']

/** A notice as lines of text. */
export const noticeLines = fc
  .record({
    titleLines: fc.array(title, { minLength: 1, maxLength: 2 }),
    docNumber: fc.option(fc.tuple(pick(['聊政办字', '鲁政发', '国办发']), fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 200 })), { nil: undefined }),
    chapters: fc.array(
      fc.record({
        heading: title,
        intro: fc.option(sentence, { nil: undefined }),
        sections: fc.boolean(),
        tasks: fc.array(
          fc.record({
            marker: fc.nat({ max: MARKERS.length - 1 }),
            body: sentence,
            statement: fc.option(statement, { nil: undefined }),
            subs: fc.array(fc.tuple(sentence, fc.option(statement, { nil: undefined })), { maxLength: 3 }),
          }),
          { maxLength: 6 },
        ),
      }),
      { maxLength: 5 },
    ),
    signature: fc.option(agency, { nil: undefined }),
    date: fc.option(fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 13 }), fc.integer({ min: 1, max: 32 })), { nil: undefined }),
  })
  .map((n) => {
    const lines: string[] = []
    lines.push(...n.titleLines.map((t, i) => (i === n.titleLines.length - 1 ? `关于${t}的通知` : t)))
    if (n.docNumber) lines.push(`${n.docNumber[0]}〔${n.docNumber[1]}〕${n.docNumber[2]}号`)
    lines.push('各县（市、区）人民政府，市政府各部门：')
    n.chapters.forEach((c, ci) => {
      lines.push(`${CHINESE[ci % CHINESE.length]}、${c.heading}`)
      if (c.intro) lines.push(c.intro)
      c.tasks.forEach((t, ti) => {
        if (c.sections && ti === 0) lines.push(`（一）${c.heading}`)
        lines.push(`${MARKERS[t.marker]!(ti + 1)}${t.body}${t.statement ?? ''}`)
        t.subs.forEach(([body, st], si) => lines.push(`（${si + 1}）${body}${st ?? ''}`))
      })
    })
    if (n.signature) lines.push(n.signature)
    if (n.date) lines.push(`${n.date[0]}年${n.date[1]}月${n.date[2]}日`)
    return lines
  })

/** A notice as plain text, its lines joined by one of the line ends files use. */
export const noticeText = fc.tuple(noticeLines, pick(['\n', '\r\n', '\r'])).map(([lines, end]) => lines.join(end))

/** A notice as an HTML fragment or page: paragraphs, or a task table with merged cells. */
export const noticeHtml = fc.tuple(noticeLines, fc.boolean(), fc.boolean()).map(([lines, table, page]) => {
  const body = table
    ? `<table><tr><td>序号</td><td>任务</td><td>牵头单位</td><td>完成时限</td></tr>${lines
        .map((l, i) => `<tr><td>${i + 1}</td><td>${l}</td>${i % 3 === 0 ? '<td rowspan="2">市科技局<br>市财政局</td>' : i % 3 === 1 ? '' : '<td></td>'}<td>2025年底前</td></tr>`)
        .join('')}</table>`
    : lines.map((l) => `<p>${l.replace(/&/g, '&amp;')}</p>`).join('\n')
  return page ? `<!doctype html><html><head><title>通知</title></head><body><div class="nav">首页 &gt; 通知</div>${body}<div class="footer">版权所有</div></body></html>` : body
})

/** A notice as Markdown: headings for chapters, lists and tables as exports write them. */
export const noticeMarkdown = noticeLines.map((lines) =>
  lines.map((l) => (/^[一二三四五六七八九十]+、/.test(l) ? `## ${l}` : /^\d+[.．、]/.test(l) ? `- **${l.slice(0, 2)}** ${l.slice(2)}` : l)).join('\n\n'),
)
