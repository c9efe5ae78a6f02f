import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse, type Notice, type Task } from '../src/index.js'

const seedText = readFileSync(join(import.meta.dirname, '..', 'seeds', 'liaocheng-2023-key-tasks.txt'), 'utf8')

function allTasks(n: Notice): Task[] {
  const out: Task[] = []
  const walk = (tasks: Task[]): void => {
    for (const t of tasks) {
      out.push(t)
      walk(t.tasks)
    }
  }
  for (const c of n.chapters) {
    for (const s of c.sections) walk(s.tasks)
    walk(c.tasks)
  }
  walk(n.tasks)
  return out
}

describe('the seed notice', () => {
  const notice = parse(seedText)
  const tasks = allTasks(notice)

  it('has its header', () => {
    expect(notice).toMatchObject({
      title: '聊城市人民政府办公室关于印发聊城市深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务的通知',
      docNumber: { text: '聊政办字〔2023〕3号', code: '聊政办字', year: 2023, serial: 3 },
      issuer: '聊城市人民政府办公室',
      date: '2023-03-01',
      recipients: ['各县（市、区）人民政府', '市属开发区管委会', '市政府有关部门、直属机构'],
      publicity: '此件公开发布',
      plan: { text: '聊城市深化新旧动能转换推动绿色低高质量发展2023年重点工作任务' },
    })
    expect(notice.citations).toContainEqual(
      expect.objectContaining({ title: '国务院关于支持山东深化新旧动能转换推动绿色低碳高质量发展的意见', docNumber: '国发〔2022〕18号' }),
    )
  })

  it('has 11 chapters and 106 tasks numbered 1–106, tasks 1–103 with lead units', () => {
    expect(notice.chapters).toHaveLength(11)
    expect(notice.chapters.map((c) => c.number?.value)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    expect(tasks).toHaveLength(106)
    expect(tasks.map((t) => t.number?.value)).toEqual(Array.from({ length: 106 }, (_, i) => i + 1))
    for (const t of tasks.slice(0, 103)) expect(t.lead.length, `task ${t.number?.text} ${t.title}`).toBeGreaterThan(0)
    expect(tasks.slice(103).every((t) => t.lead.length === 0)).toBe(true)
  })

  it('gives positions that point at the task in the original text', () => {
    const first = tasks[0]!
    expect(first.title).toBe('加强实验室布局提升')
    const offset = seedText.indexOf('1.加强实验室布局提升')
    const line = seedText.slice(0, offset).split('\n').length
    expect(first.position.start).toEqual({ line, column: 3, offset })
    for (const t of tasks) {
      const slice = seedText.slice(t.position.start.offset, t.position.end.offset)
      expect(slice.startsWith(t.number!.text)).toBe(true)
      expect(slice).toContain(t.title)
    }
    const lines = seedText.split('\n')
    const last = tasks[105]!
    expect(lines[last.position.start.line - 1]!.slice(last.position.start.column - 1)).toMatch(/^106\./)
  })

  it('keeps every line of the text in some node', () => {
    const texts = new Set<string>()
    const collect = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(collect)
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>
        if (o.type === 'paragraph') texts.add(String(o.text))
        Object.values(o).forEach(collect)
      }
    }
    collect(notice)
    for (const line of seedText.split('\n').map((l) => l.trim()).filter(Boolean)) expect(texts.has(line), line).toBe(true)
  })

  it('reads a support unit', () => {
    expect(tasks[5]).toMatchObject({ title: '优化创新创业生态', lead: ['市科技局', '市财政局'], support: ['市地方金融监管局'] })
  })
})

describe('header', () => {
  it('joins a title printed over two lines, reads the signature, a date in Chinese numerals and the publicity note', () => {
    const n = parse(
      [
        '某某市人民政府关于印发某某市',
        '2024年重点工作任务的通知',
        '某政发〔2024〕7号',
        '各县（市、区）人民政府，市政府各部门：',
        '现将《某某市2024年重点工作任务》印发给你们，请认真贯彻执行。',
        '某某市人民政府',
        '二〇二四年二月二十九日',
        '（此件主动公开）',
        '某某市2024年重点工作任务',
        '一、总体要求',
        '1.加强组织领导。（牵头单位：市政府办公室）',
      ].join('\n'),
    )
    expect(n).toMatchObject({
      title: '某某市人民政府关于印发某某市2024年重点工作任务的通知',
      docNumber: { text: '某政发〔2024〕7号', year: 2024, serial: 7 },
      issuer: '某某市人民政府',
      date: '2024-02-29',
      publicity: '此件主动公开',
      plan: { text: '某某市2024年重点工作任务' },
      recipients: ['各县（市、区）人民政府', '市政府各部门'],
    })
    expect(n.chapters[0]!.tasks[0]).toMatchObject({ title: '加强组织领导', lead: ['市政府办公室'] })
  })

  it('takes the issuer from XX关于… when nothing is signed, and reads a date such as 一九九六年七月十七日', () => {
    const n = parse('国务院办公厅关于加强某项工作的通知\n国办发〔1996〕30号\n各省、自治区、直辖市人民政府：\n正文。\n一九九六年七月十七日')
    expect(n.issuer).toBe('国务院办公厅')
    expect(n.date).toBe('1996-07-17')
  })

  it('reads a forwarded notice: the cover, then the forwarded notice with its own header', () => {
    const text = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'handmade-forwarded', 'input.txt'), 'utf8')
    const n = parse(text)
    expect(n).toMatchObject({
      docNumber: { text: '某县政办发〔2023〕8号' },
      issuer: '某县人民政府办公室',
      date: '2023-05-10',
      plan: { text: '某市人民政府办公室关于加强安全生产工作的通知' },
    })
    expect(n.header.map((p) => p.text)).toContain('某政办发〔2023〕21号')
    expect(n.preamble.map((p) => p.text)).toEqual(['为进一步加强安全生产工作，现就有关事项通知如下：'])
    expect(n.chapters.flatMap((c) => c.tasks.map((t) => [t.title, t.lead]))).toEqual([
      ['落实企业主体责任', ['市应急局', '各县区政府']],
      ['强化部门监管责任', ['市应急局']],
      ['开展专项整治', ['市应急局', '市住建局']],
    ])
  })

  it('does not take an opening sentence that ends with a colon for recipients', () => {
    const n = parse('为进一步加强安全生产工作，现就有关事项通知如下：\n一、压实责任\n（一）落实主体责任。内容。（市应急局负责）\n')
    expect(n.recipients).toEqual([])
    expect(n.preamble.map((p) => p.text)).toEqual(['为进一步加强安全生产工作，现就有关事项通知如下：'])
  })

  it('treats a body-only text as normal input', () => {
    const n = parse('一、总体要求\n（一）加强领导。各地要加强领导。（市委办公室负责）\n（二）强化保障。做好保障。')
    expect(n.title).toBeNull()
    expect(n.docNumber).toBeNull()
    expect(n.chapters).toHaveLength(1)
    expect(n.chapters[0]!.tasks.map((t) => t.title)).toEqual(['加强领导', '强化保障'])
  })

  it('reads the metadata table of a government web page, not the site chrome', () => {
    const html = `<html><body><div class="nav"><a href="/">首页</a> &gt; 政策</div>
      <table><tr><td>标　　题：</td><td>国务院关于某事的意见</td></tr>
      <tr><td>发文机关：</td><td>国务院</td><td>成文日期：</td><td>2018年11月16日</td></tr>
      <tr><td>发文字号：</td><td>国发〔2018〕39号</td><td>发布日期：</td><td>2018年12月05日</td></tr></table>
      <div class="article"><p>国务院关于某事的意见</p><p>国发〔2018〕39号</p><p>各省、自治区、直辖市人民政府：</p>
      <p>就业是最大的民生，也是经济发展的重中之重。必须把稳就业放在更加突出位置，坚持实施就业优先战略和更加积极的就业政策，支持企业稳定岗位，促进就业创业，强化培训服务。为此，提出以下意见：</p><p>一、支持企业稳定发展</p><p>（一）加大稳岗支持力度。对参保企业返还失业保险费。（人力资源社会保障部、财政部负责）</p>
      <p>（二）加大支持。内容内容内容内容内容内容内容内容内容内容内容内容内容内容内容内容内容内容内容内容。（财政部负责）</p>
      <p>国务院</p><p>2018年11月16日</p></div><div class="footer">扫一扫在手机打开当前页</div></body></html>`
    const n = parse(html)
    expect(n).toMatchObject({ title: '国务院关于某事的意见', issuer: '国务院', date: '2018-11-16', docNumber: { text: '国发〔2018〕39号' } })
    expect(n.outside.map((p) => p.text)).toContain('扫一扫在手机打开当前页')
    expect(n.chapters[0]!.tasks[0]).toMatchObject({ title: '加大稳岗支持力度', lead: ['人力资源社会保障部', '财政部'] })
  })
})

describe('outline', () => {
  it('reads an item that opens with a year as numbered, not as a decimal', () => {
    const n = parse('某市工作方案\n一、主要目标\n1.2023年底前，建成省级实验室5家。（牵头单位：市科技局）\n2.2024年，新增高新技术企业100家。（牵头单位：市科技局）\n')
    const tasks = n.chapters[0]!.tasks
    expect(tasks.map((t) => [t.number?.value, t.title])).toEqual([
      [1, '2023年底前，建成省级实验室5家'],
      [2, '2024年，新增高新技术企业100家'],
    ])
    expect(tasks.map((t) => t.targets.map((x) => [x.metric, x.value]))).toEqual([[['省级实验室', 5]], [['高新技术企业', 100]]])
  })

  it('reads numbering that restarts in every chapter, run-in headings and sub-tasks', () => {
    const n = parse(
      [
        '一、产业发展',
        '1.壮大集群。推进集群建设。（牵头单位：市工信局）',
        '（1）培育龙头。内容。',
        '（2）延伸链条。内容。',
        '2.优化服务。内容。（牵头单位：市发改委；配合单位：市财政局）',
        '二、民生保障',
        '1.稳定就业。内容。（责任单位：市人社局）',
      ].join('\n'),
    )
    expect(n.chapters.map((c) => c.title)).toEqual(['产业发展', '民生保障'])
    expect(n.chapters[0]!.tasks.map((t) => t.title)).toEqual(['壮大集群', '优化服务'])
    expect(n.chapters[0]!.tasks[0]!.tasks.map((t) => t.title)).toEqual(['培育龙头', '延伸链条'])
    expect(n.chapters[0]!.tasks[1]).toMatchObject({ lead: ['市发改委'], support: ['市财政局'] })
    expect(n.chapters[1]!.tasks[0]).toMatchObject({ title: '稳定就业', lead: ['市人社局'] })
  })

  it('keeps unnumbered paragraphs in the task above them, and adds up their statements', () => {
    const n = parse(
      ['一、主要任务', '（一）强化顶层设计。建立指标体系。（生态环境部牵头，国家统计局参与）', '优化体制机制。明确部门职责。（住房城乡建设部指导）'].join('\n'),
    )
    const task = n.chapters[0]!.tasks[0]!
    expect(task.paragraphs).toHaveLength(2)
    expect(task).toMatchObject({ lead: ['生态环境部', '住房城乡建设部'], support: ['国家统计局'] })
  })

  it('makes sections of headings that only group tasks', () => {
    const n = parse(['一、政务服务（25分）', '（一）平台建设（3分）', '1．开通全程网办。内容。（5月底完成，牵头考核单位：市审批局）', '2．强化审批智能化。内容。'].join('\n'))
    const chapter = n.chapters[0]!
    expect(chapter.title).toBe('政务服务（25分）')
    expect(chapter.sections[0]).toMatchObject({ title: '平台建设（3分）' })
    expect(chapter.sections[0]!.tasks[0]).toMatchObject({ title: '开通全程网办', lead: ['市审批局'], deadline: '5月底完成' })
  })

  it('makes tasks of top-level items that are all body, and of paragraphs with statements in a chapter without numbers', () => {
    const flat = parse('一、对成效显著的地方，优先纳入试点。（市场监管总局负责）\n二、对促进外贸的省份，给予优先支持。（商务部负责）')
    expect(flat.chapters).toEqual([])
    expect(flat.tasks.map((t) => t.lead[0])).toEqual(['市场监管总局', '商务部'])

    const paragraphs = parse('一、重点任务\n加快项目建设，推进开工。（市发改委牵头）\n强化要素保障。（市自然资源局负责）')
    expect(paragraphs.chapters[0]!.tasks.map((t) => [t.title, t.number])).toEqual([
      ['加快项目建设，推进开工', null],
      ['强化要素保障', null],
    ])
  })

  it('reads a deadline label on its own line', () => {
    const n = parse('1.推进一网通办。可办率达到95%以上。\n责任单位：市政务服务局\n完成时限：2024年12月底\n')
    expect(n.tasks[0]).toMatchObject({ lead: ['市政务服务局'], deadline: '2024年12月底' })
  })

  it('reads articles and a deadline in the text', () => {
    const n = parse('第一条 为规范管理，制定本办法。\n第二条 各单位应于2023年6月底前完成清理。（市财政局负责）')
    expect(n.tasks.map((t) => t.number?.style)).toEqual(['article', 'article'])
    expect(n.tasks[1]).toMatchObject({ deadline: '2023年6月底前', lead: ['市财政局'] })
  })

  it('starts a new outline at an attachment', () => {
    const n = parse(['一、考评对象', '各部门。', '附件：考评指标', '附件', '考评指标', '一、政务服务', '（一）平台建设', '1．开通网办。内容。'].join('\n'))
    expect(n.chapters.map((c) => c.title)).toEqual(['考评对象', '政务服务'])
    expect(n.attachments).toMatchObject([{ title: '考评指标' }])
  })
})

describe('attachments', () => {
  it('takes no line of page chrome as the title of an attachment (found by the 100,000-run fuzz)', () => {
    const notice = parse(' \u3000\u3000附件\r【\n\u3000\u3000包头市数字政府建设考评指标\r')
    expect(notice.attachments.map((a) => a.title)).toEqual([null])
    expect(notice.outside.map((p) => p.text)).toEqual(['【'])
    // Every character in one paragraph at most.
    const texts = notice.attachments[0]!.paragraphs.map((p) => p.text)
    expect(texts).not.toContain('【')
  })
})

describe('task tables', () => {
  it('carries merged cells down: a lead unit merged over rows leads each of them', () => {
    const html = `<table>
      <tr><th>序号</th><th>重点任务</th><th>具体措施</th><th>牵头单位</th><th>完成时限</th></tr>
      <tr><td>1</td><td>优化营商环境</td><td>压减审批时间至5个工作日以内</td><td rowspan="2">市政务服务局</td><td>6月底</td></tr>
      <tr><td>2</td><td>推进一网通办</td><td>网上可办率达到95%以上</td><td>年底</td></tr>
      <tr><td>3</td><td>降低企业成本</td><td>减税降费20亿元左右</td><td>市税务局</td><td>年底</td></tr>
    </table>`
    const n = parse(html)
    expect(n.tasks.map((t) => [t.title, t.lead, t.deadline, t.targets.map((x) => x.value)])).toEqual([
      ['优化营商环境', ['市政务服务局'], '6月底', []],
      ['推进一网通办', ['市政务服务局'], '年底', [95]],
      ['降低企业成本', ['市税务局'], '年底', [2000000000]],
    ])
  })

  it('reads rows as tasks and group rows as chapters', () => {
    const html = `<p>附件</p><p>重点任务清单</p><table>
      <tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>
      <tr><td colspan="5">一、创新驱动方面（共2项）</td></tr>
      <tr><td>1</td><td>建设实验室。推进建设。</td><td>市科技局</td><td>市财政局、市发改委</td><td>2023年底</td></tr>
      <tr><td>2</td><td>培育企业</td><td>市科技局牵头，市工信局配合</td><td></td><td>持续推进</td></tr>
    </table>`
    const n = parse(html)
    expect(n.chapters).toHaveLength(1)
    expect(n.chapters[0]!.title).toBe('创新驱动方面（共2项）')
    expect(n.chapters[0]!.tasks).toMatchObject([
      { title: '建设实验室', lead: ['市科技局'], support: ['市财政局', '市发改委'], deadline: '2023年底', number: { value: 1, style: 'row' } },
      { title: '培育企业', lead: ['市科技局'], support: ['市工信局'], deadline: '持续推进' },
    ])
  })
})

describe('encodings and line ends', () => {
  const strip = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(strip)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'position' && k !== 'source').map(([k, x]) => [k, strip(x)]))
        : v
  const plain = strip(parse(seedText))

  it.each(['seed-gbk', 'seed-utf16le', 'seed-crlf-bom'])('%s reads the same as the UTF-8 seed', (name) => {
    const bytes = readFileSync(join(import.meta.dirname, '..', 'fixtures', name, 'input.txt'))
    expect(strip(parse(bytes))).toEqual(plain)
  })

  it('reads CR-only and mixed line ends', () => {
    const mixed = seedText.split('\n').map((l, i) => l + (i % 3 === 0 ? '\r' : i % 3 === 1 ? '\r\n' : '\n')).join('')
    expect(strip(parse(mixed))).toEqual(plain)
  })
})

describe('more forms', () => {
  it('reads a whole web page: metadata table, title above the article, navigation and footer outside', () => {
    const html = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'handmade-page', 'input.html'), 'utf8')
    const n = parse(html)
    expect(n).toMatchObject({ title: '某省人民政府办公厅关于印发某省数字经济发展行动方案的通知', issuer: '某省人民政府办公厅', date: '2023-04-12', docNumber: { text: '某政办字〔2023〕15号' }, plan: { text: '某省数字经济发展行动方案' } })
    expect(n.outside.map((p) => p.text)).toEqual(['某省人民政府办公厅关于印发某省数字经济发展行动方案的通知_某省人民政府门户网站', '首页 政务公开 政府文件', '当前位置：首页 > 政务公开 > 省政府办公厅文件', '主办单位：某省人民政府办公厅', '网站标识码：1100000000 ICP备案号：京ICP备05070218号'])
    expect(n.chapters[1]!.tasks.map((t) => [t.lead, t.support, t.targets.map((x) => x.metric)])).toEqual([
      [['省通信管理局'], ['省发展改革委', '省工业和信息化厅'], ['5G基站']],
      [['省工业和信息化厅'], [], ['规模以上工业企业']],
    ])
  })

  it('continues a title with a bracketed line, and splits units written with spaces', () => {
    const n = parse('某市推动高质量发展三年行动计划\n（2023—2025年）\n为推动高质量发展，制定本计划。\n一、重点任务\n（一）建设平台。内容。（牵头单位：市发改委 市财政局；配合单位：市妇联、市科协、聊城海关）\n')
    expect(n.title).toBe('某市推动高质量发展三年行动计划（2023—2025年）')
    expect(n.chapters[0]!.tasks[0]).toMatchObject({ lead: ['市发改委', '市财政局'], support: ['市妇联', '市科协', '聊城海关'] })
  })
})

describe('Markdown headings', () => {
  it('reads unnumbered headings as chapters, and a heading of another level never continues the title', () => {
    const n = parse('# 某市2024年重点工作任务\n\n## 创新驱动\n\n1.建设实验室。新增省级重点实验室5家。（牵头单位：市科技局）\n\n2.培育企业。（牵头单位：市工信局）\n\n## 民生保障\n\n1.稳定就业。城镇新增就业3万人。（责任单位：市人社局）\n')
    expect(n.title).toBe('某市2024年重点工作任务')
    expect(n.chapters.map((c) => [c.title, c.number?.style, c.tasks.map((t) => t.lead[0])])).toEqual([
      ['创新驱动', 'heading', ['市科技局', '市工信局']],
      ['民生保障', 'heading', ['市人社局']],
    ])
  })
})

describe('headers of work reports and crawled pages', () => {
  it('reads a work report: heading, occasion broken over two lines, byline', () => {
    const n = parse(['政府工作报告', '——2025年2月10日在某某省第九届', '人民代表大会第三次会议上', '某某省省长 李四', '各位代表：', '现在，我代表省人民政府，向大会报告工作。', '一、过去一年的工作', '我们做了三件事。'].join('\n'))
    expect(n).toMatchObject({ title: '政府工作报告', issuer: '某某省人民政府', date: '2025-02-10' })
    expect(n.chapters.map((c) => c.title)).toEqual(['过去一年的工作'])
  })

  it('names the government of a byline without a place after the congress of the occasion', () => {
    const n = parse(['2025年某某市政府工作报告', '2025年1月8日在某某市第五届人民代表大会第二次会议上', '市人民政府市长 王五', '各位代表：', '一、回顾', '我们做了三件事。'].join('\n'))
    expect(n).toMatchObject({ title: '2025年某某市政府工作报告', issuer: '某某市人民政府', date: '2025-01-08' })
  })

  it('leaves out the chrome a crawler copied: toolbar, font toggles, byline, publishing time', () => {
    const text = ['下载', '打印', '【字号：', '加大', '减小', '】', '2025年某某县政府工作报告', '2025年03月01日 08时30分', '来源:', '某某日报', '分享：', '——2025年2月20日在某某县第三届人民代表大会第四次会议上', '县长 赵六', '各位代表：', '一、回顾', '我们做了三件事。', '责任编辑：钱七'].join('\n')
    const n = parse(text)
    expect(n).toMatchObject({ title: '2025年某某县政府工作报告', issuer: '某某县人民政府', date: '2025-02-20' })
    expect(n.outside.map((p) => p.text)).toEqual(['下载', '打印', '【字号：', '加大', '减小', '】', '2025年03月01日 08时30分', '来源:', '某某日报', '分享：', '责任编辑：钱七'])
  })

  it('reads a title printed twice once, from its last copy, and a date in brackets under it', () => {
    const n = parse(['某某市人民政府办公室关于印发某某方案(2024—2026年)的通知', '某某市人民政府办公室关于印发某某方案（2024-2026年）的通知', '（某政办〔2024〕5号）', '各区人民政府：', '现印发给你们。', '某某市人民政府办公室', '2024年5月6日', '1.加强管理。'].join('\n'))
    expect(n).toMatchObject({ title: '某某市人民政府办公室关于印发某某方案（2024-2026年）的通知', docNumber: { text: '某政办〔2024〕5号' }, date: '2024-05-06' })
  })

  it('reads a joint issuer printed above a title that starts with 关于, and its date in brackets', () => {
    const n = parse(['中共某某县委 某某县人民政府', '关于支持产业发展的意见', '(2024年3月9日)', '为支持产业发展，制定本意见。', '一、政策支持', '第1条 设立引导资金。'].join('\n'))
    expect(n).toMatchObject({ title: '关于支持产业发展的意见', issuer: '中共某某县委 某某县人民政府', date: '2024-03-09' })
  })

  it('signs a joint issue over several lines', () => {
    const n = parse(['关于印发某某方案的通知', '各有关单位：', '现印发给你们。', '某某市科学技术委员会', '某某区人民政府', '2025年3月10日', '1.加强管理。'].join('\n'))
    expect(n.issuer).toBe('某某市科学技术委员会 某某区人民政府')
  })

  it('gives a date that does not exist as null, with a warning, and keeps its text', () => {
    const n = parse(['某某县人民政府关于某事的通知', '各乡镇：', '现通知如下。', '某某县人民政府', '2018年2月30日', '1.加强管理。'].join('\n'))
    expect(n.date).toBeNull()
    expect(n.warnings.some((w) => w.includes('2018-02-30'))).toBe(true)
    expect(n.header.map((p) => p.text)).toContain('2018年2月30日')
  })

  it('cuts the issuer of a forwarding title before 转发', () => {
    const n = parse(['某某省人民政府办公厅转发省教育厅关于某事意见的通知', '各市人民政府：', '现转发给你们。', '1.加强管理。'].join('\n'))
    expect(n.issuer).toBe('某某省人民政府办公厅')
  })
})

describe('numbering as printed', () => {
  it('reads numbers glued to their words, running on across sections', () => {
    const n = parse(['一、重点任务', '（一）创新行动', '1攻克关键技术。加强基础研究。（责任单位：市科技局）', '2建设创新平台。支持建设实验室。', '（二）产业行动', '3培育龙头企业。引进企业总部。'].join('\n'))
    const tasks = n.chapters[0]!.sections.flatMap((s) => s.tasks)
    expect(tasks.map((t) => [t.number?.value, t.title])).toEqual([
      [1, '攻克关键技术'],
      [2, '建设创新平台'],
      [3, '培育龙头企业'],
    ])
    expect(tasks[0]!.lead).toEqual(['市科技局'])
  })

  it('does not open a level at a glued number that does not run on (a quantity at the start of a line)', () => {
    const n = parse(['一、总体目标', '到2025年建成一批项目。', '5家龙头企业落户园区。', '二、保障措施', '1.加强组织领导。'].join('\n'))
    expect(n.chapters.map((c) => c.tasks.length)).toEqual([0, 1])
  })

  it('reads articles and headings with typeset spaces: `第 1 0 条`, `二 、`', () => {
    const n = parse(['一、政策支持', '第 1 条 鼓励企业研发。对研发投入给予奖励。', '第 1 0 条 鼓励企业上市。对上市企业给予奖励。', '二 、组织保障', '第 1 1 条 成立领导小组。'].join('\n'))
    expect(n.chapters.map((c) => [c.title, c.tasks.map((t) => t.number?.value)])).toEqual([
      ['政策支持', [1, 10]],
      ['组织保障', [11]],
    ])
  })

  it('reads a number that runs on though a digit follows its dot: `11.121…` after item 10 is item 11', () => {
    const lines = Array.from({ length: 10 }, (_, i) => `${i + 1}.开展第${i + 1}项工作。`)
    const n = parse(['为做好工作，通知如下。', ...lines, '11.121工程项目。实施人才培养。', '12.3.5万元的补助标准不变。'].join('\n'))
    expect(n.tasks.map((t) => t.title).slice(9)).toEqual(['开展第10项工作', '121工程项目', '3.5万元的补助标准不变'])
  })

  it('notes a line that opens with a marker but starts no item as unread', () => {
    const n = parse(['一、工作目标', '到2025年完成建设。', '3.各项指标全面达标。', '二、保障措施', '（一）加强领导。'].join('\n'))
    expect(n.unread.filter((u) => u.kind === 'marker').map((u) => u.text)).toEqual(['3.'])
  })
})

describe('lead-ins that are no headings', () => {
  it('reads numbered terms over their definitions (a glossary) as tasks, not chapters', () => {
    const n = parse(['一、工作回顾', '我们做了三件事。', '二、今年安排', '（一）抓好项目。推进建设。', '附件', '名词解释', '1.“三化”改造：', '指数字化、网络化、智能化改造。', '2.“两新”：', '指设备更新和以旧换新。'].join('\n'))
    expect(n.chapters.map((c) => c.title)).toEqual(['工作回顾', '今年安排'])
    expect(n.tasks.map((t) => t.title)).toEqual(['“三化”改造', '“两新”'])
  })
})

describe('responsibility that gave no unit', () => {
  it('notes brackets and labels with a role word that gave no unit as unread, and none for statements read', () => {
    const n = parse(['1.建设示范项目。（牵头单位：市科技局）', '2.培育龙头企业（由承担单位自行负责实施）。', '3.完善配套政策。责任单位：', '4.加强宣传（含技工院校）。'].join('\n'))
    expect(n.tasks.map((t) => t.lead)).toEqual([['市科技局'], [], [], []])
    expect(n.unread.map((u) => [u.kind, u.text])).toEqual([
      ['responsibility', '（由承担单位自行负责实施）'],
      ['responsibility', '责任单位：'],
    ])
  })
})

describe('responsibility as notices print it', () => {
  it('reads a Traditional statement as a Simplified one: 牽頭 names the lead, 按職責分工負責 then supports', () => {
    const text = '一、加強產業發展\n1.推動園區建設。（市發展改革委、市財政局牽頭，市商務局按職責分工負責）\n2.擴大對外開放。（市商務局牽頭，市海關、市貿促會按職責分工配合）'
    for (const simplified of [false, true]) {
      const n = parse(text, { simplified })
      const [a, b] = n.chapters[0]!.tasks
      expect([a!.lead, a!.support, b!.lead, b!.support].map((x) => x.length)).toEqual([2, 1, 1, 2])
    }
    const kept = parse(text).chapters[0]!.tasks[0]!
    expect([kept.lead, kept.support]).toEqual([['市發展改革委', '市財政局'], ['市商務局']])
  })

  it('reads 主（協）辦機關 as lead and the names in brackets as support', () => {
    const n = parse('一、開放資料\n1.建立制度。\n主（協）辦機關：市資訊局、(市屬各機關)\n2.建立平臺。\n主（協）辦機關：市資訊局')
    expect(n.chapters[0]!.tasks.map((t) => [t.lead, t.support])).toEqual([
      [['市資訊局'], ['市屬各機關']],
      [['市資訊局'], []],
    ])
  })

  it.each(['排在第一位的部门为牵头部门，下同。', '各项任务中列第一位的为牵头单位。', '第一个单位为牵头单位。'])(
    'applies the first-leads convention worded %s to a bracket of names',
    (convention) => {
      const n = parse(['为推进建设，制定本方案。' + convention, '1.推进园区基础设施建设。（市城建局、市交通局、市财政局）'].join('\n'))
      expect(n.tasks.map((t) => [t.lead, t.support])).toEqual([[['市城建局'], ['市交通局', '市财政局']]])
    },
  )

  it('reads 牵头单位 and 责任单位 on lines of their own below a task: the 责任单位 then support', () => {
    const n = parse(['1.推进园区建设。', '牵头单位：市发展改革委', '责任单位：市财政局、各区政府', '2.扩大开放。', '责任单位：市商务局'].join('\n'))
    expect(n.tasks.map((t) => [t.lead, t.support])).toEqual([
      [['市发展改革委'], ['市财政局', '各区政府']],
      [['市商务局'], []],
    ])
  })
})

describe('a task table flattened into one line of text', () => {
  const row = (n: number, text: string, cells: string): string => `${n}.${text}。${cells}`
  const text = [
    '某某区管委会办公室关于印发2024年重点任务分解表的通知',
    '各有关单位：现将任务分解表印发给你们，请认真组织实施。 某某区管委会办公室 2024年3月5日 附件2024年重点任务分解表工作任务工作要求牵头单位配合/责任单位' +
      '一、优化营商环境' +
      row(1, '公开涉企政策文件，提高政策透明度', ' 区直各有关单位，各街道办事处') +
      row(2, '建立投资项目审批问题反馈机制', '区发展局区审批局区直各有关单位，各街道办事处') +
      '二、做好就业服务' +
      row(3, '动态公开职业技能培训政策', '区人社局区直各有关单位') +
      '二、做好就业服务' +
      row(4, '公开就业补贴发放情况', ' 各街道办事处'),
  ].join('\n')
  const n = parse(text)

  it('cuts the line at its numbered items: chapters and tasks as printed, a heading printed twice read once', () => {
    expect(n.chapters.map((c) => [c.title, c.tasks.map((t) => t.title)])).toEqual([
      ['优化营商环境', ['公开涉企政策文件，提高政策透明度', '建立投资项目审批问题反馈机制']],
      ['做好就业服务', ['动态公开职业技能培训政策', '公开就业补贴发放情况']],
    ])
  })

  it('reads the names after each row\'s sentence as its unit cells: glued names part, a space is an empty 牵头 cell', () => {
    const tasks = n.chapters.flatMap((c) => c.tasks)
    expect(tasks.map((t) => [t.lead, t.support])).toEqual([
      [['区直各有关单位', '各街道办事处'], []],
      [['区发展局', '区审批局'], ['区直各有关单位', '各街道办事处']],
      [['区人社局'], ['区直各有关单位']],
      [['各街道办事处'], []],
    ])
  })

  it('leaves a long line of prose whole', () => {
    const prose = '我们坚持稳中求进，' + '推动经济社会持续健康发展，'.repeat(20) + '全年完成一、二、三产业增加值分别增长3%、5%、6%。'
    expect(parse(prose).preamble.map((p) => p.text)).toEqual([prose])
  })
})

describe('roles as resolved', () => {
  it('gives each role the kind of the side its units fill: a 责任单位 after a 牵头 supports', () => {
    const n = parse('1.推进园区建设。（牵头单位：市发展改革委；责任单位：市财政局、各区政府）')
    expect(n.tasks[0]!.responsibilities[0]!.roles.map((r) => [r.role, r.kind, r.units])).toEqual([
      ['牵头单位', 'lead', ['市发展改革委']],
      ['责任单位', 'support', ['市财政局', '各区政府']],
    ])
  })

  it('splits a role under the first-leads convention into its lead and its support', () => {
    const n = parse(['列第一位者为牵头单位。', '1.推进园区建设。（市发展改革委、市财政局负责）'].join('\n'))
    expect(n.tasks[0]!.responsibilities[0]!.roles.map((r) => [r.kind, r.units])).toEqual([
      ['lead', ['市发展改革委']],
      ['support', ['市财政局']],
    ])
  })
})

describe('markers run into a line', () => {
  it('notes a marker after a sentence end that starts no item as unread', () => {
    const n = parse(['一、总体要求', '本方案由市科技局起草。 第一章 总则', '二、保障措施', '1.加强领导。2.强化考核。'].join('\n'))
    expect(n.unread.filter((u) => u.kind === 'marker').map((u) => u.text)).toEqual(['第一章', '2.'])
  })

  it('cuts a long line at （一）（二）（三） run into it', () => {
    const body = (k: string): string => `${k}推进某项工作，` + '加快建设步伐，'.repeat(12) + '取得明显成效。'
    const n = parse(['一、工作安排', body('（一）') + body('（二）') + body('（三）')].join('\n'))
    expect(n.chapters[0]!.tasks.map((t) => t.number?.value)).toEqual([1, 2, 3])
    expect(n.unread).toEqual([])
  })
})
