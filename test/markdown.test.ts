import { describe, expect, it } from 'vitest'
import { readMarkdown } from '../src/document/markdown.js'
import { detectFormat, looksLikeMarkdown } from '../src/document/sniff.js'
import { parse } from '../src/index.js'

const lines = (md: string) => {
  const src = readMarkdown(md, 'utf-8')
  return src.lines.map((l) => src.plain.slice(l.start, l.end))
}

describe('Markdown input', () => {
  it('keeps the text of blocks and drops their markup', () => {
    expect(lines('# 一、总体**要求**\n\n> 引用的\n> 两行\n\n- 要点\n\n---\n\n正文 `代码` [链接](https://example.org)\\*')).toEqual([
      '一、总体要求',
      '引用的',
      '两行',
      '要点',
      '正文 代码 链接*',
    ])
  })

  it('cuts a paragraph at its line ends: every line of a scraped notice is its own line', () => {
    expect(lines('一、总体要求\n1.加强领导。（牵头单位：市委办）\n2.强化保障。')).toEqual(['一、总体要求', '1.加强领导。（牵头单位：市委办）', '2.强化保障。'])
  })

  it('keeps the number of an ordered list item as written, on the line of its text', () => {
    expect(lines('1. 加强领导。\n2. 强化保障。\n\n3) 抓好落实。')).toEqual(['1. 加强领导。', '2. 强化保障。', '3) 抓好落实。'])
  })

  it('decodes entities and escapes, and maps every line back to its Markdown source', () => {
    const md = '## 二、主要任务\n\n（一）加强&amp;提升\\_平台。（牵头单位：**市科技局**）\n'
    const src = readMarkdown(md, 'utf-8')
    const [heading, task] = src.lines
    expect(src.plain.slice(task!.start, task!.end)).toBe('（一）加强&提升_平台。（牵头单位：市科技局）')
    expect(md.slice(src.map.start(heading!.start), src.map.end(heading!.end))).toBe('二、主要任务')
    expect(md.slice(src.map.start(task!.start), src.map.end(task!.end))).toBe('（一）加强&amp;提升\\_平台。（牵头单位：**市科技局**）')
    expect(src.norm.length).toBe(src.plain.length)
  })

  it('reads a GFM table of tasks as tasks, like an HTML one', () => {
    const md = [
      '# 关于印发重点任务清单的通知',
      '',
      '| 序号 | 任务 | 牵头单位 | 配合单位 | 完成时限 |',
      '| --- | --- | --- | --- | --- |',
      '| 1 | 建设创新平台50家以上 | 市科技局 | 市财政局 | 2023年底前 |',
      '| 2 | 推进项目建设 | 市发展改革委 |  | 2023年6月底前 |',
    ].join('\n')
    const n = parse(md)
    expect(n.source.format).toBe('markdown')
    expect(n.tasks.map((t) => [t.title, t.lead, t.support, t.deadline])).toEqual([
      ['建设创新平台50家以上', ['市科技局'], ['市财政局'], '2023年底前'],
      ['推进项目建设', ['市发展改革委'], [], '2023年6月底前'],
    ])
    const first = n.tasks[0]!
    expect(md.slice(first.targets[0]!.position.start.offset, first.targets[0]!.position.end.offset)).toContain('50家以上')
  })

  it('reads `# 一、…` headings as chapters, with positions in the Markdown source', () => {
    const md = '# 一、深入实施创新驱动\n\n1.加强实验室布局。新增省级实验室5家以上。（牵头单位：市科技局）\n\n# 二、扩大开放\n\n1.稳外贸。（牵头单位：市商务局）\n'
    const n = parse(md)
    expect(n.chapters.map((c) => c.title)).toEqual(['深入实施创新驱动', '扩大开放'])
    const task = n.chapters[0]!.tasks[0]!
    expect(task.lead).toEqual(['市科技局'])
    expect(md.slice(task.position.start.offset, task.position.end.offset)).toBe('1.加强实验室布局。新增省级实验室5家以上。（牵头单位：市科技局）')
    expect(task.position.start.line).toBe(3)
  })

  it('is detected by headings, bold or links at line starts, or tables, and never for plain notices', () => {
    expect(looksLikeMarkdown('# 标题\n正文')).toBe(true)
    expect(looksLikeMarkdown('正文\n**牵头单位**：市科技局')).toBe(true)
    expect(looksLikeMarkdown('a\n\n| 序号 | 任务 |\n|---|---|\n| 1 | 甲 |')).toBe(true)
    expect(looksLikeMarkdown('一、总体要求\n1.加强领导。\n（一）坚持党的领导\n- 2023年')).toBe(false)
    expect(detectFormat('# 标题\n<p>嵌入的 HTML</p>', 'auto')).toBe('markdown')
    expect(detectFormat('<p>一、总体要求</p>', 'auto')).toBe('html')
  })
})

describe('Markdown notes of commitments', () => {
  const md = [
    '# 1-1 建立资料开放制度',
    '',
    '## 方案说明',
    '- 起迄时间：2021/01 ~ 2024/05',
    '- 主（协）办机关：市资讯局、(市属各机关)',
    '### 承诺事项为何？',
    '1. 优先开放资料：参酌国际作法。',
    '2. 强化资料品质：发展资料标准。',
    '## 相关会议',
    '',
    '---',
    'tags: 开放政府',
    '---',
    '',
    '# 2-3 建置交流平台',
    '',
    '## 方案说明',
    '- 主（协）办机关：市发展委员会',
    '### 承诺事项为何？',
    '1. 建置平台网站：提供入口服务。',
  ].join('\n')
  const n = parse(md, { format: 'markdown' })

  it('reads each heading whose text states who is responsible as a task, the headings below it dissolved', () => {
    expect(n.title).toBeNull()
    expect(n.chapters).toEqual([])
    // The code a heading prints is its number (its last part the value), not part of its title.
    expect(n.tasks.map((t) => [t.number, t.title, t.lead, t.support, t.tasks.map((s) => s.title)])).toEqual([
      [{ text: '1-1', value: 1, style: 'heading' }, '建立资料开放制度', ['市资讯局'], ['市属各机关'], ['优先开放资料', '强化资料品质']],
      [{ text: '2-3', value: 3, style: 'heading' }, '建置交流平台', ['市发展委员会'], [], ['建置平台网站']],
    ])
  })

  it('leaves front matter between rules outside the notice', () => {
    expect(n.outside.map((p) => p.text)).toContain('tags: 开放政府')
  })

  it('gives no numbering error for the lists of the dissolved headings, each counting from 1', async () => {
    const { checkNotice } = await import('../src/check/node.js')
    const many = md.replace('## 相关会议', '### 有何助益？\n1. 提升透明治理：公开程序。\n2. 促进民间应用：开放资料。')
    const notice = parse(many, { format: 'markdown' })
    expect(notice.tasks[0]!.tasks.map((t) => t.number?.value)).toEqual([1, 2, 1, 2])
    expect(checkNotice(notice, many).messages.filter((m) => m.ruleId === 'numbering')).toEqual([])
  })
})
