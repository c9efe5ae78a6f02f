/**
 * The layout rules shared by the PDF and OFD readers, on synthetic runs: a page 100 wide with text from 10 to 90 at
 * size 2 (40 CJK characters a line), baselines 3 apart.
 */
import { describe, expect, it } from 'vitest'
import { layoutText, mayHoldTable, type LaidOut, type PageRule, type PageRuns, type TextRun } from '../src/document/layout.js'

const SIZE = 2
const LEFT = 10
const RIGHT = 90
const PITCH = 3

/** A CJK run (one em a character) or a Latin one (half an em) at x on baseline y. */
function run(text: string, x: number, y: number, size = SIZE): TextRun {
  let width = 0
  for (const ch of text) width += ch.charCodeAt(0) >= 0x2e80 ? size : size / 2
  return { text, x, y, width, size }
}

/** Lines of runs: each line is [x, text] pieces, put on successive baselines. */
function page(lines: Array<Array<[number, string]>>, top = 20): PageRuns {
  return { width: 100, runs: lines.flatMap((pieces, i) => pieces.map(([x, text]) => run(text, x, top + i * PITCH))) }
}

/** A paragraph set as a typesetter sets it: first line indented two characters, wrapped at the right margin. */
function paragraph(text: string, indent = 2): Array<Array<[number, string]>> {
  const lines: Array<Array<[number, string]>> = []
  let x = LEFT + indent * SIZE
  let line = ''
  for (const ch of text) {
    if (x + SIZE > RIGHT + 0.01) {
      lines.push([[lines.length === 0 ? LEFT + indent * SIZE : LEFT, line]])
      line = ''
      x = LEFT
    }
    line += ch
    x += SIZE
  }
  lines.push([[lines.length === 0 ? LEFT + indent * SIZE : LEFT, line]])
  return lines
}

const text = (...pages: PageRuns[]) => layoutText(pages).text
const long = '深入实施创新驱动发展战略，布局建设市级创新平台，提升聊城产业研究院等载体运营质效，支持高新区创建国家级高新区。'

describe('lines', () => {
  it('joins CJK runs of a baseline without spaces, and Latin words with one', () => {
    expect(text(page([[[10, '加强'], [14, '创新'], [18, '平台']]]))).toBe('加强创新平台')
    expect(text(page([[[10, 'OFD'], [13.6, 'Reader'], [19.6, '&Writer']]]))).toBe('OFD Reader&Writer')
  })

  it('drops the room producers leave between CJK and Latin (发展 2023 年), and keeps a space between CJK words', () => {
    expect(text(page([[[10, '发展'], [14.4, '2023'], [18.8, '年']]]))).toBe('发展2023年')
    expect(text(page([[[10, '发展 2023 年重点']]]))).toBe('发展2023年重点')
    expect(text(page([[[10, '中国梦'], [17, '文化进万家']]]))).toBe('中国梦 文化进万家')
  })

  it('reads runs by baseline, top down and left to right, whatever order they are drawn in', () => {
    const runs = [run('第二行', 10, 23), run('第一', 10, 20), run('行', 14, 20.3)]
    expect(layoutText([{ runs, width: 100 }]).text).toBe('第一行\n第二行')
  })

  it('reads radicals and compatibility ideographs that fonts map ideographs to as the ideographs (⼀ ⻓ ⺠ \uf900 → 一 长 民 豈)', () => {
    expect(text(page([[[10, '⼀、深化⻓效机制，⼈⺠满意，\uf900']]]))).toBe('一、深化长效机制，人民满意，\u8c48')
  })

  it('keeps text drawn twice a hair apart (fake bold) once', () => {
    expect(text({ width: 100, runs: [run('通知', 10, 20), run('通知', 10.2, 20)] })).toBe('通知')
  })
})

describe('paragraphs', () => {
  it('joins a paragraph wrapped at the right margin back into one line', () => {
    expect(text(page(paragraph(long)))).toBe(long)
  })

  it('ends a paragraph at a line that ends short, at an indent, at an outline number and at a blank line', () => {
    const first = paragraph('为深入贯彻党的二十大精神，全面贯彻落实国务院关于支持山东深化新旧动能转换推动绿色低碳高质量发展的意见。')
    const heading: Array<[number, string]> = [[LEFT + 2 * SIZE, '一、深入实施创新驱动发展战略']]
    // A full line whose next line is an outline number flush left: still two paragraphs.
    const task = paragraph(`1.${long}`, 0)
    const next = paragraph('2.加强创新平台建设。', 0)
    const laid = text(page([...first, heading, ...task, ...next]))
    expect(laid.split('\n')).toEqual([
      '为深入贯彻党的二十大精神，全面贯彻落实国务院关于支持山东深化新旧动能转换推动绿色低碳高质量发展的意见。',
      '一、深入实施创新驱动发展战略',
      `1.${long}`,
      '2.加强创新平台建设。',
    ])
    const gap = { width: 100, runs: [run('加'.repeat(40), LEFT, 20), run('强', LEFT, 23), run('建设', LEFT, 26), run('平'.repeat(40), LEFT, 32), run('台', LEFT, 35)] }
    expect(layoutText([gap]).text).toBe(`${'加'.repeat(40)}强\n建设\n${'平'.repeat(40)}台`)
  })

  it('joins a line ended early by line breaking (（牵头单位：市科技 / 局）) when what starts the next would not have fitted', () => {
    const lines: Array<Array<[number, string]>> = [
      [[LEFT, `${'一'.repeat(38)}市科`]],
      [[LEFT, '技局）']],
    ]
    // 局） cannot be split, so 局 went down with its bracket although one character's room was left.
    lines[0] = [[LEFT, `${'一'.repeat(37)}市科`]]
    expect(text(page(lines))).toBe(`${'一'.repeat(37)}市科技局）`)
  })

  it('joins lines broken inside a number in a CJK paragraph without a space, and Latin words with one', () => {
    const cjk = page([[[LEFT, `${'划'.repeat(38)}（2`]], [[LEFT, '023—2025年）。']]])
    expect(text(cjk)).toBe(`${'划'.repeat(38)}（2023—2025年）。`)
    const words = 'the quick brown fox jumps over '.repeat(3).trim()
    const latin = page([[[LEFT, words.slice(0, 80)]], [[LEFT, 'the lazy dog.']]])
    expect(text(latin)).toBe(`${words.slice(0, 80)} the lazy dog.`)
  })

  it('keeps the rows of a table apart: a line cut by wide gaps is a row of cells', () => {
    const rows = page([
      [[LEFT, '序号'], [20, '项目名称'], [60, '金额']],
      [[LEFT, '1'], [20, '餐饮服务'], [60, '100.00']],
      [[LEFT, '2'], [20, '餐饮服务'], [60, '100.00']],
    ])
    expect(text(rows)).toBe('序号 项目名称 金额\n1 餐饮服务 100.00\n2 餐饮服务 100.00')
  })

  it('goes on with a paragraph on the next page', () => {
    const lines = paragraph(long)
    const laid = layoutText([page(lines.slice(0, 1)), page(lines.slice(1))])
    expect(laid.text).toBe(long)
    expect(laid.pages).toEqual([
      { page: 1, start: 0, end: 38 },
      { page: 2, start: 38, end: long.length },
    ])
  })
})

describe('columns', () => {
  it('reads a two-column page column by column, a heading across both first', () => {
    // Each column holds a paragraph wrapped at 18 characters whose last line ends short.
    const leftColumn = ['左'.repeat(18), '栏'.repeat(18), '甲'.repeat(18), '乙'.repeat(18), '丙'.repeat(18), '丁'.repeat(18), '戊'.repeat(18), '己己己。']
    const rightColumn = ['右'.repeat(18), '侧'.repeat(18), '子'.repeat(18), '丑'.repeat(18), '寅'.repeat(18), '卯'.repeat(18), '辰'.repeat(18), '巳巳巳。']
    const lines: Array<Array<[number, string]>> = [[[LEFT, '横跨两栏的标题文字，长到越过栏间空白的位置为止']]]
    for (let i = 0; i < 8; i++) lines.push([[LEFT, leftColumn[i] as string], [54, rightColumn[i] as string]])
    const laid = text(page(lines)).split('\n')
    expect(laid).toEqual(['横跨两栏的标题文字，长到越过栏间空白的位置为止', leftColumn.join(''), rightColumn.join('')])
  })

  it('joins a paragraph wrapped in the left column onto the top of the right one', () => {
    const lines: Array<Array<[number, string]>> = []
    for (let i = 0; i < 8; i++) lines.push([[LEFT, '左'.repeat(18)], [54, '右'.repeat(18)]])
    const laid = text(page(lines))
    expect(laid).toBe('左'.repeat(18 * 8) + '右'.repeat(18 * 8))
  })
})

describe('page furniture', () => {
  const numerals = ['零', '一', '二', '三', '四']
  const body = (n: number) => paragraph(`第${numerals[n]}部分的正文。${long}`)

  it.each(['— 3 —', '-3-', '－ 3 －', '3', '第3页', '第 3 页 共 12 页', '3/12', '3 / 12', 'Page 3 of 12'])('drops the page number %s at the foot or head of a page', (number) => {
    const lines = [...body(3), [[48, number]] as Array<[number, string]>]
    expect(text(page(lines))).toBe(`第三部分的正文。${long}`)
    expect(text(page([[[48, number]], ...body(3)]))).toBe(`第三部分的正文。${long}`)
  })

  it('keeps a number that stands in the middle of a page', () => {
    const lines = [...body(1), [[LEFT + 4, '3']] as Array<[number, string]>, ...body(2), ...body(4)]
    expect(text(page(lines)).split('\n')).toContain('3')
  })

  it('drops running headers and footers repeated on three pages or more, with their page numbers', () => {
    const pages = [1, 2, 3].map((n) => page([[[LEFT, '聊城市人民政府办公室文件']], ...body(n), [[40, `第 ${n} 页 共 3 页`]], [[LEFT, '聊政办字〔2023〕3号']]]))
    expect(text(...pages).split('\n')).toEqual([1, 2, 3].map((n) => `第${numerals[n]}部分的正文。${long}`))
  })

  it('keeps lines two pages start with alike (a form and its stub): too few to call them furniture', () => {
    const pages = [1, 2].map((n) => page([[[LEFT, '立案决定书']], ...body(n)]))
    expect(text(...pages).split('\n')).toEqual(['立案决定书', `第一部分的正文。${long}`, '立案决定书', `第二部分的正文。${long}`])
  })

  it('drops the rules of the 版头 and 版记 when they are drawn with characters', () => {
    const lines: Array<Array<[number, string]>> = [
      [[LEFT, '聊政办字〔2023〕3号']],
      [[LEFT, '————————————————————————']],
      ...body(1),
      [[LEFT, '________________________']],
      [[LEFT, '抄送：市委各部门。']],
      [[LEFT, '━━━━━━━━━━━━━━━━━━━━━━━━']],
    ]
    expect(text(page(lines)).split('\n')).toEqual(['聊政办字〔2023〕3号', `第一部分的正文。${long}`, '抄送：市委各部门。'])
  })
})

describe('pages', () => {
  it('gives every page its span of the text, empty pages included', () => {
    const laid = layoutText([page([[[LEFT, '甲乙丙']]]), { runs: [], width: 100 }, page([[[LEFT, '丁戊己']]])])
    expect(laid.text).toBe('甲乙丙\n丁戊己')
    expect(laid.pages).toEqual([
      { page: 1, start: 0, end: 3 },
      { page: 2, start: 3, end: 3 },
      { page: 3, start: 4, end: 7 },
    ])
    for (const p of laid.pages) expect(laid.text.slice(p.start, p.end)).toBe(['甲乙丙', '', '丁戊己'][p.page - 1])
  })

  it('skips runs that are only spaces, control characters or placed nowhere', () => {
    const runs = [run('  ', 10, 20), run('通\u0000知', 10, 20), { text: '错', x: Number.NaN, y: 20, width: 2, size: 2 }, { text: '零', x: 10, y: 25, width: 2, size: 0 }]
    expect(layoutText([{ runs, width: 100 }]).text).toBe('通知')
  })
})

/**
 * A ruled table: column borders `xs`, row borders `ys`, cells as rows of texts (a cell's lines split by `/`); a cell
 * `^` is merged with the one above (no rule between them), `<` with the one to its left. Text sits at the top left of
 * its cell, a line every 2.4.
 */
function table(xs: number[], ys: number[], cells: string[][], options: { page?: number; top?: number } = {}): { runs: TextRun[]; rules: PageRule[] } {
  const runs: TextRun[] = []
  const rules: PageRule[] = []
  cells.forEach((row, r) => {
    row.forEach((text, c) => {
      const x = xs[c] as number
      const top = ys[r] as number
      if (text !== '^' || r === 0) rules.push({ x1: x, y1: top, x2: xs[c + 1] as number, y2: top })
      if (text !== '<') rules.push({ x1: x, y1: top, x2: x, y2: ys[r + 1] as number })
      if (text === '^' || text === '<') return
      text.split('/').forEach((line, k) => {
        if (line !== '') runs.push(run(line, x + 0.6, top + 2 + k * 2.4))
      })
    })
    rules.push({ x1: xs[xs.length - 1] as number, y1: ys[r] as number, x2: xs[xs.length - 1] as number, y2: ys[r + 1] as number })
  })
  rules.push({ x1: xs[0] as number, y1: ys[ys.length - 1] as number, x2: xs[xs.length - 1] as number, y2: ys[ys.length - 1] as number })
  return { runs, rules }
}

/** The cells of the tables laid out, as texts (a cell's paragraphs joined by ⏎) with their spans when not 1. */
const cellsOf = (laid: LaidOut): string[][][] =>
  laid.tables.map((t) =>
    t.rows.map((row) =>
      row.map((c) => laid.text.slice(c.start, c.end).replace(/\n/g, '⏎') + (c.colspan > 1 ? `{c${c.colspan}}` : '') + (c.rowspan > 1 ? `{r${c.rowspan}}` : '')),
    ),
  )

describe('tables drawn with rules', () => {
  const XS = [10, 16, 56, 90]

  it('reads a ruled table as rows of cells, the wrapped lines of each cell joined, in its place in the text', () => {
    const t = table(XS, [30, 34, 41, 46], [
      ['序号', '重点任务', '牵头单位'],
      ['1', '建设全市统一的数据共享交换平台，推进政/务数据开放', '市大数据局、市发展改革委、市财政/局'],
      ['2', '完善科技创新平台体系', '市科技局'],
    ])
    const laid = layoutText([{ width: 100, rules: t.rules, runs: [run('一、重点任务', LEFT, 25), ...t.runs, run('二、保障措施', LEFT, 52)] }])
    expect(laid.text.split('\n')).toEqual([
      '一、重点任务',
      '序号', '重点任务', '牵头单位',
      '1', '建设全市统一的数据共享交换平台，推进政务数据开放', '市大数据局、市发展改革委、市财政局',
      '2', '完善科技创新平台体系', '市科技局',
      '二、保障措施',
    ])
    expect(cellsOf(laid)).toEqual([[['序号', '重点任务', '牵头单位'], ['1', '建设全市统一的数据共享交换平台，推进政务数据开放', '市大数据局、市发展改革委、市财政局'], ['2', '完善科技创新平台体系', '市科技局']]])
    const [only] = laid.tables
    expect(laid.text.slice(only?.start, only?.end)).toMatch(/^序号\n[^]*\n市科技局$/)
  })

  it('keeps lines of a cell apart that end short, and a bullet or number that starts a line', () => {
    const t = table(XS, [30, 34, 44], [
      ['序号', '内容', '单位'],
      ['1', '计算方法：甲/1.全面完成年度目标任务并通过考核验收合格/▲', '市科技局/市财政局'],
    ])
    expect(cellsOf(layoutText([{ width: 100, ...t }]))[0]?.[1]).toEqual(['1', '计算方法：甲⏎1.全面完成年度目标任务并通过考核验收合格▲', '市科技局⏎市财政局'])
  })

  it('reads merged cells as cells spanning rows and columns', () => {
    const t = table(XS, [30, 34, 38, 42, 46], [
      ['序号', '重点任务', '牵头单位'],
      ['一、数字政府', '<', '<'],
      ['1', '建设数据平台', '市大数据局'],
      ['2', '推进数据开放', '^'],
    ])
    expect(cellsOf(layoutText([{ width: 100, ...t }]))[0]).toEqual([['序号', '重点任务', '牵头单位'], ['一、数字政府{c3}'], ['1', '建设数据平台', '市大数据局{r2}'], ['2', '推进数据开放']])
  })

  it('joins a table that runs on to the next page, dropping the header row the next page repeats', () => {
    const first = table(XS, [70, 74, 78], [['序号', '重点任务', '牵头单位'], ['1', '建设数据平台', '市大数据局']])
    const second = table(XS, [20, 24, 28], [['序号', '重点任务', '牵头单位'], ['2', '推进数据开放', '市政务服务局']])
    const laid = layoutText([
      { width: 100, rules: first.rules, runs: [run('一、重点任务', LEFT, 60), ...first.runs, run('— 1 —', 45, 95)] },
      { width: 100, rules: second.rules, runs: [...second.runs, run('二、保障措施', LEFT, 35), run('— 2 —', 45, 95)] },
    ])
    expect(cellsOf(laid)).toEqual([[['序号', '重点任务', '牵头单位'], ['1', '建设数据平台', '市大数据局'], ['2', '推进数据开放', '市政务服务局']]])
    expect(laid.text.split('\n').slice(-4)).toEqual(['2', '推进数据开放', '市政务服务局', '二、保障措施'])
    // Each page's span holds its part of the table.
    expect(laid.text.slice(laid.pages[1]?.start, laid.pages[1]?.end)).toBe('2\n推进数据开放\n市政务服务局\n二、保障措施')
  })

  it('carries a cell merged over rows across the page break, and joins a row split by the break', () => {
    // 市大数据局 leads tasks 1 and 2, and is drawn again (empty) under the break; task 2's text runs on to page 2.
    const first = table(XS, [70, 74, 78, 88], [['序号', '重点任务', '牵头单位'], ['1', '建设数据平台', '市大数据局'], ['2', '推进政务数据共享交换平台与各部门业务/系统全面对接，实现政务数据全量汇聚和', '^']])
    const second = table(XS, [20, 25, 29], [['', '数据按需共享', ''], ['3', '完善创新平台', '市科技局']])
    const laid = layoutText([
      { width: 100, rules: first.rules, runs: first.runs },
      { width: 100, rules: second.rules, runs: second.runs },
    ])
    expect(cellsOf(laid)).toEqual([
      [
        ['序号', '重点任务', '牵头单位'],
        ['1', '建设数据平台', '市大数据局{r2}'],
        ['2', '推进政务数据共享交换平台与各部门业务系统全面对接，实现政务数据全量汇聚和数据按需共享'],
        ['3', '完善创新平台', '市科技局'],
      ],
    ])
  })

  it('joins a table whose cells draw only their own borders, open at the top of the next page and around merged cells', () => {
    // Page 2 goes on with the cell of 市大数据局 merged over the break (and over the next): no rule at the top of the
    // page, and none crossing the first column, whose left border stands alone.
    const first = table(XS, [70, 74, 78], [['牵头单位', '序号', '重点任务'], ['市大数据局', '1', '建设数据平台']])
    const rules: PageRule[] = [
      { x1: 16, y1: 25, x2: 90, y2: 25 },
      { x1: 16, y1: 30, x2: 90, y2: 30 },
      ...[10, 16, 56, 90].map((x) => ({ x1: x, y1: 20, x2: x, y2: 30 })),
    ]
    const second = { rules, runs: [run('2', 16.6, 22), run('推进数据开放', 56.6, 22), run('3', 16.6, 28), run('完善创新平台', 56.6, 28)] }
    const laid = layoutText([
      { width: 100, ...first },
      { width: 100, ...second },
    ])
    expect(cellsOf(laid)).toEqual([
      [
        ['牵头单位', '序号', '重点任务'],
        ['市大数据局{r3}', '1', '建设数据平台'],
        ['2', '推进数据开放'],
        ['3', '完善创新平台'],
      ],
    ])
  })

  it('keeps apart tables of other columns on the next page', () => {
    const first = table(XS, [70, 74, 78], [['序号', '重点任务', '牵头单位'], ['1', '建设数据平台', '市大数据局']])
    const second = table([10, 40, 90], [20, 24, 28], [['指标', '目标值'], ['数据共享率', '95%']])
    expect(cellsOf(layoutText([{ width: 100, ...first }, { width: 100, ...second }]))).toHaveLength(2)
  })

  it('cuts a row that holds a list, one box a column (the items of an invoice), into a row a line', () => {
    const t = table(XS, [30, 34, 44], [
      ['序号', '项目名称', '金额'],
      ['1/2/3', '餐饮服务/住宿服务/会议服务', '100.00/200.00/300.00'],
    ])
    expect(cellsOf(layoutText([{ width: 100, ...t }]))[0]).toEqual([['序号', '项目名称', '金额'], ['1', '餐饮服务', '100.00'], ['2', '住宿服务', '200.00'], ['3', '会议服务', '300.00']])
  })

  it('takes no table from lone rules, a framed box or a grid with text in one cell', () => {
    const rules: PageRule[] = [
      { x1: 10, y1: 28, x2: 90, y2: 28 },
      // a framed note
      { x1: 10, y1: 40, x2: 90, y2: 40 },
      { x1: 10, y1: 50, x2: 90, y2: 50 },
      { x1: 10, y1: 40, x2: 10, y2: 50 },
      { x1: 90, y1: 40, x2: 90, y2: 50 },
    ]
    const laid = layoutText([{ width: 100, rules, runs: [run('聊政办字〔2023〕3号', LEFT, 25), run('（此件公开发布）', 12, 45)] }])
    expect(laid.tables).toEqual([])
    expect(laid.text).toBe('聊政办字〔2023〕3号\n（此件公开发布）')
    const empty = table(XS, [30, 34, 38], [['附表', '', ''], ['', '', '']])
    expect(layoutText([{ width: 100, ...empty }]).tables).toEqual([])
  })

  it('looks for rules only on pages whose lines are cut into cells', () => {
    const t = table(XS, [30, 34, 38], [['序号', '重点任务', '牵头单位'], ['1', '建设数据平台', '市大数据局']])
    expect(mayHoldTable(t.runs)).toBe(true)
    expect(mayHoldTable(page(paragraph(long)).runs)).toBe(false)
  })
})

describe('hostile pages', () => {
  it('lays out 100,000 runs on one baseline and 100,000 baselines without overflowing the stack', () => {
    const one = { width: 100, runs: Array.from({ length: 100_000 }, (_, i) => run('字', i * 2, 20)) }
    expect(layoutText([one]).text).toHaveLength(100_000)
    const many = { width: 100, runs: Array.from({ length: 100_000 }, (_, i) => run(i % 2 ? '甲' : '乙', 10, 20 + i * 3)) }
    expect(layoutText([many]).text.length).toBeGreaterThanOrEqual(100_000)
  })

  it('reads a page of 100,000 rules in bounded time: beyond a few thousand, the rules are no table', () => {
    const rules: PageRule[] = Array.from({ length: 100_000 }, (_, i) => (i % 2 ? { x1: 10, y1: i * 0.001, x2: 90, y2: i * 0.001 } : { x1: i * 0.001, y1: 10, x2: i * 0.001, y2: 90 }))
    expect(layoutText([{ width: 100, rules, runs: [run('序号', 10, 20), run('任务', 40, 20)] }]).tables).toEqual([])
  })
})
