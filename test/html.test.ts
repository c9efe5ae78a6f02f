import { describe, expect, it } from 'vitest'
import { readHtml } from '../src/document/html.js'
import { parse } from '../src/index.js'

const lines = (html: string) => {
  const src = readHtml(html, 'utf-8')
  return src.lines.map((l) => src.plain.slice(l.start, l.end))
}

describe('HTML input', () => {
  it('cuts lines at blocks and <br>, collapses white space, ignores scripts, styles and comments', () => {
    expect(
      lines('<div><p>一、总体\n  要求</p><script>var x = "一、不是正文"</script><style>p{}</style><!-- 注释 --><p>第一行<br>第二行</p></div>'),
    ).toEqual(['一、总体 要求', '第一行', '第二行'])
  })

  it('decodes entities and keeps &nbsp; as written while matching it as a space', () => {
    const src = readHtml('<p>&nbsp;&nbsp;1.加强&amp;提升</p>', 'utf-8')
    expect(src.plain.slice(src.lines[0]!.start, src.lines[0]!.end)).toBe('1.加强&提升')
  })

  it('reads Word-export markup', () => {
    const html = `<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'><span lang=EN-US>1</span><span style='font-family:仿宋_GB2312'>．推进项目建设。（牵头单位：市发改委）<o:p></o:p></span></p>
      <p class=MsoNormal><![if !supportLists]><span>2</span><![endif]><span>．强化保障。</span></p>`
    expect(lines(html)).toEqual(['1．推进项目建设。（牵头单位：市发改委）', '2．强化保障。'])
    const n = parse(html)
    expect(n.tasks.map((t) => [t.title, t.lead])).toEqual([
      ['推进项目建设', ['市发改委']],
      ['强化保障', []],
    ])
  })

  it('gives positions in the HTML source', () => {
    const html = '<p>一、总体要求</p>\r\n<p>（一）加强&nbsp;领导。内容。（市委办公室负责）</p>'
    const n = parse(html)
    const task = n.chapters[0]!.tasks[0]!
    expect(html.slice(task.position.start.offset, task.position.start.offset + 3)).toBe('（一）')
    expect(html.slice(task.position.end.offset - 1, task.position.end.offset)).toBe('）')
    const statement = task.responsibilities[0]!
    expect(html.slice(statement.position.start.offset, statement.position.end.offset)).toBe('（市委办公室负责）')
    expect(task.position.start.line).toBe(2)
  })

  it('keeps the rows of data tables and reads layout tables as flow', () => {
    const src = readHtml('<table><tr><td><p>正文一</p><p>正文二</p></td></tr></table><table><tr><td>序号</td><td>任务</td></tr><tr><td>1</td><td>甲</td></tr></table>', 'utf-8')
    expect(src.tables).toHaveLength(1)
    expect(src.tables[0]!.rows.map((r) => r.map((c) => src.plain.slice(c.start, c.end)))).toEqual([
      ['序号', '任务'],
      ['1', '甲'],
    ])
  })
})

describe('text an HTML parser moves', () => {
  it('gives every node a start before its end when a <p> stands inside an open <table>', () => {
    const html = '<table><tr><td>一、总体要求</td></tr>\n<p>1.加强平台建设。（牵头单位：市科技局）</p>\n<tr><td>2.培育企业。</td></tr></table>\n'
    const notice = parse(html)
    const positioned: Array<{ position: { start: { offset: number }; end: { offset: number } }; text?: string }> = []
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk)
      else if (value && typeof value === 'object') {
        const node = value as Record<string, unknown>
        if (node.position && node.type) positioned.push(node as (typeof positioned)[number])
        for (const [key, child] of Object.entries(node)) if (key !== 'position') walk(child)
      }
    }
    walk(notice)
    expect(positioned.length).toBeGreaterThan(5)
    for (const node of positioned) expect(node.position.start.offset).toBeLessThanOrEqual(node.position.end.offset)
    const statement = notice.tasks[0]?.responsibilities[0]
    expect(html.slice(statement?.position.start.offset, statement?.position.end.offset)).toBe('（牵头单位：市科技局）')
  })

  it('keeps start before end for a paragraph task whose text runs on over text the HTML parser moved', () => {
    // Found by the 100,000-run fuzz: rows outside a table are moved before it, and the task's text after them.
    const html = '（责任单位：） <tr> （\n（责任单位：） <tr> （\n  <td><\u0000/td> （市发展改革委牵头，市财政局配合）'
    const notice = parse(html, { format: 'html' })
    for (const task of notice.tasks) expect(task.position.start.offset).toBeLessThanOrEqual(task.position.end.offset)
    expect(notice.tasks.length).toBeGreaterThan(1)
  })

  it('reads an ISO 成文日期 of a site\'s metadata table, without a false invalid-date', async () => {
    const html = `<table><tr><td>标题：</td><td>某某市人民政府关于某事的通知</td></tr><tr><td>发文字号：</td><td>某政发〔2012〕8号</td></tr>
      <tr><td>成文日期：</td><td>2012-08-06</td></tr></table><div><p>某某市人民政府关于某事的通知</p><p>各区人民政府：</p><p>一、加强管理</p><p>1.建立制度。</p></div>`
    const n = parse(html)
    expect(n).toMatchObject({ title: '某某市人民政府关于某事的通知', date: '2012-08-06', docNumber: { text: '某政发〔2012〕8号' } })
    const { checkNotice } = await import('../src/check/node.js')
    const messages = checkNotice(n, html).messages.filter((m) => m.ruleId === 'invalid-date')
    expect(messages).toEqual([])
  })

  it('marks a page\'s byline and toolbar as outside the notice', () => {
    const n = parse('<p>某某县人民政府关于某事的通知</p><p>来源：某某县政府网</p><p>【字体：大 中 小】</p><p>各乡镇：</p><p>1.建立制度。</p><p>打印本页</p>')
    expect(n.title).toBe('某某县人民政府关于某事的通知')
    expect(n.outside.map((p) => p.text)).toEqual(['来源：某某县政府网', '【字体：大 中 小】', '打印本页'])
  })

  it('reads task tables: units split at <br>, a 配合/责任单位 column that supports a 牵头 and leads without one, rowspan', () => {
    const html = `<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合/责任单位</td></tr>
      <tr><td>1</td><td>推进园区建设。</td><td>市发改委<br>市财政局</td><td>各区政府</td></tr>
      <tr><td>2</td><td>扩大开放。</td><td></td><td>市商务局<br>各区政府</td></tr>
      <tr><td>3</td><td>建设平台。</td><td rowspan="2">市科技局</td><td>市工信局</td></tr>
      <tr><td>4</td><td>培育企业。</td><td>市工信局、市财政局</td></tr></table>`
    const n = parse(html)
    expect([...n.tasks, ...n.chapters.flatMap((c) => c.tasks)].map((t) => [t.title, t.lead, t.support])).toEqual([
      ['推进园区建设', ['市发改委', '市财政局'], ['各区政府']],
      ['扩大开放', ['市商务局', '各区政府'], []],
      ['建设平台', ['市科技局'], ['市工信局']],
      ['培育企业', ['市科技局'], ['市工信局', '市财政局']],
    ])
  })

  it('takes the page <title> as the title of a notice whose body prints none, without the site\'s name', () => {
    const html = '<html><head><title>某某市人民政府关于加强管理的通知_某某市政府网</title></head><body><div class="nav"><a href="/">首页</a></div><div><p>各区人民政府：</p><p>现就有关事项通知如下。</p><p>一、加强组织领导</p><p>1.建立制度。</p></div></body></html>'
    const n = parse(html)
    expect(n).toMatchObject({ title: '某某市人民政府关于加强管理的通知', issuer: '某某市人民政府', recipients: ['各区人民政府'] })
    expect(n.outside[0]?.text).toBe('某某市人民政府关于加强管理的通知_某某市政府网')
    const withHeading = parse(html.replace('<div><p>各区', '<div><p>关于加强管理的通知</p><p>各区'))
    expect(withHeading.title).toBe('关于加强管理的通知')
  })
})
