/**
 * OFD input: real files of several producers (fixtures/ofd-samples, from ofdrw) read with the text a reader sees on
 * their pages; OFD files of notices written by test/helpers/ofd-writer.ts give the same notice as their text; broken
 * and hostile containers end in one clear line.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputError, parse, parseAsync } from '../src/index.js'
import { readDocumentAsync } from '../src/document/read.js'
import { allTasks, essentials } from './helpers/notices.js'
import { ofdParts, writeOfd, zip } from './helpers/ofd-writer.js'

const root = join(import.meta.dirname, '..')
const sample = (name: string) => readFileSync(join(root, 'fixtures', 'ofd-samples', `${name}.ofd`))
const read = async (bytes: Uint8Array, name = 'input.ofd') => readDocumentAsync(bytes, { name })
const pageTexts = async (bytes: Uint8Array) => {
  const src = await read(bytes)
  return (src.pages ?? []).map((p) => src.source.slice(p.start, p.end))
}

async function inputError(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(InputError)
  return error as InputError
}

describe('OFD files of several producers', () => {
  it.each(['ofdrw-reader-helloworld_with_pageblock', 'ofdrw-reader-chineseDir', 'ofdrw-sign-namespace_no_std'])(
    '%s: one line in a page block, a Chinese folder name, a namespace of its own',
    async (name) => {
      const src = await read(sample(name))
      expect(src.format).toBe('ofd')
      expect(src.source).toBe('你好呀，OFD Reader&Writer！')
    },
  )

  it('keyword2: two pages, each with the line and the company name cut into four text objects', async () => {
    expect(await pageTexts(sample('ofdrw-reader-keyword2'))).toEqual(Array(2).fill('你好呀，OFD Reader&Writer！\n重庆市马上融资担保有限公司'))
  })

  it('multiKeywordInTextCode: a TextCode with fewer DeltaX than gaps keeps every character', async () => {
    expect((await read(sample('ofdrw-reader-multiKeywordInTextCode'))).source).toBe('打发打发打发打发打发哈哈打发哈哈哈哈哈哈哈哈哈打发')
  })

  it('拿来主义: a literary text over two pages, its paragraphs wrapped at the margin read whole', async () => {
    const pages = await pageTexts(sample('ofdrw-layout-拿来主义_page6'))
    expect(pages).toHaveLength(2)
    const lines = (pages[0] as string).split('\n')
    expect(lines.slice(0, 3)).toEqual([
      '拿来主义',
      '鲁迅',
      expect.stringMatching(/^中国一向是所谓“闭关主义”，自己不去，别人也不许来。.*也可以算得显出一点进步了。$/),
    ])
    expect(pages[0]).toContain('\n所以我们要运用脑髓，放出眼光，自己来拿！\n')
    expect(pages[1]).toMatch(/没有拿来的，文艺不能自成为新文艺。$/)
  })

  it('SplitParagraph: paragraphs of random text, one going on from the first page to the second', async () => {
    const src = await read(sample('ofdrw-layout-SplitParagraph'))
    expect(src.source.split('\n').map((l) => l.slice(0, 4))).toEqual(['报告：', '“超长文', '第一段：', '第二段：', '第三段：', '第四段：'])
    const [first, second] = src.pages ?? []
    // The fourth paragraph starts on page 1 and ends on page 2, inside one line of the text.
    expect(src.source.lastIndexOf('\n', second?.start)).toBeLessThan(first?.end as number)
  })

  it('path_unstd: absolute, relative and non-standard locations, template pages of a producer of its own', async () => {
    const pages = await pageTexts(sample('ofdrw-reader-path_unstd'))
    expect(pages).toHaveLength(2)
    expect((pages[0] as string).split('\n').slice(0, 6)).toEqual([
      '测试数据var-gaj',
      '立案决定书',
      '测试数据WSH',
      '根据《中华人民共和国刑事诉讼法》第 测试数据FLTK',
      '条之规定，决定对 测试数据ajmc',
      '立案侦查。',
    ])
    expect(pages[1]).toContain('立案决定书\n（存根）')
    expect(pages[1]).toContain('案件名称测试数据AJMC')
  })

  it.each(['ofdrw-converter-1', 'ofdrw-converter-发票示例', 'ofdrw-sign-v4signed'])('%s: an invoice, its labels on a template page', async (name) => {
    const src = await read(sample(name))
    for (const label of ['发票代码：', '开票日期：', '项目名称', '价税合计（大写）', '收款人：']) expect(src.source).toContain(label)
    expect(src.source).toMatch(/^发票代码：\d+\n\S+增值税电子普通发票\n发票号码：\d+\n开票日期：\d{4}年\d\d月\d\d日\n/)
  })

  it('999: an invoice of five pages whose list, drawn in one box a column, is read as rows of a table', async () => {
    const src = await read(sample('ofdrw-converter-999'))
    expect(src.pages).toHaveLength(5)
    const rows = src.tables.map((t) => t.rows.map((row) => row.map((cell) => src.text(cell)).join('|')))
    const list = rows.filter((t) => t[0] === '序号|项目名称|规格型号|单位|数 量|单 价|金 额|税率|税 额')
    // One table of the list on each page but the first, whose table is the invoice itself.
    expect(list).toHaveLength(4)
    expect(list[0]?.[1]).toBe('1|*餐饮服务*餐费|||||100.00|6%|6.00')
    expect(list[3]).toContain('100|*餐饮服务*餐费|||||100.00|6%|6.00')
    expect(list[3]).toContain('总计||||||¥10000.00||¥600.00')
    // The lines of a table are marked as its lines.
    const table = src.tables[1]
    expect(src.lines.slice(table?.firstLine, (table?.lastLine ?? 0) + 1).every((l) => l.table === 1)).toBe(true)
  })
})

describe('OFD files of notices', () => {
  const notices = [
    'seeds/liaocheng-2023-key-tasks.txt',
    'fixtures/jinan-kechuang-jinan-policy-measures-2021/input.txt',
    'fixtures/baotou-2022-digital-gov-evaluation-measures/input.txt',
    'fixtures/yangzhou-2024-gov-work-report/input.txt',
  ]

  it.each(notices)('the OFD version of %s gives the structure of the text', async (path) => {
    const text = readFileSync(join(root, path), 'utf8')
    const notice = await parseAsync(writeOfd(text, { header: '聊城市人民政府办公室' }), { name: 'notice.ofd' })
    const original = await parseAsync(text)
    expect(notice.source).toMatchObject({ format: 'ofd', positions: 'extracted-text' })
    expect((notice.source.pages ?? []).length).toBeGreaterThan(5)
    expect(essentials(notice)).toEqual(essentials(original))
    expect(notice.title).toBe(original.title)
    expect(notice.docNumber?.text).toBe(original.docNumber?.text)
  })

  /** The same notice as HTML: paragraphs, and its `|` rows as a table with the merged cells of `^` and `<`. */
  function asHtml(text: string): string {
    const out: string[] = []
    const lines = text.split('\n')
    for (let i = 0; i < lines.length; i++) {
      if (!(lines[i] as string).startsWith('|')) {
        out.push(`<p>${lines[i]}</p>`)
        continue
      }
      const rows: string[][] = []
      for (; i < lines.length && (lines[i] as string).startsWith('|'); i++) rows.push((lines[i] as string).slice(1, -1).split('|').map((c) => c.trim()))
      i--
      out.push('<table>')
      rows.forEach((row, r) => {
        const cells = row.flatMap((cell, c) => {
          if (cell === '^' || cell === '<') return []
          let colspan = 1
          while (row[c + colspan] === '<') colspan++
          let rowspan = 1
          while (rows[r + rowspan]?.[c] === '^') rowspan++
          return [`<td colspan="${colspan}" rowspan="${rowspan}">${cell}</td>`]
        })
        out.push(`<tr>${cells.join('')}</tr>`)
      })
      out.push('</table>')
    }
    return `<html><body>${out.join('\n')}</body></html>`
  }

  const taskTable = [
    '关于印发2024年数字政府建设重点任务分工的通知',
    '各县（市、区）人民政府，市政府各部门：',
    '为加快推进数字政府建设，全面提升政府履职的数字化、智能化水平，经市政府同意，现将2024年全市数字政府建设重点任务分工印发给你们，请结合实际认真贯彻落实。',
    '| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |',
    '| 一、夯实数字基础设施 | < | < | < | < |',
    '| 1 | 建设全市统一的政务云平台，推动各部门业务系统全部迁移上云，实现计算存储资源集约共享 | 市大数据局 | 市财政局、市委网信办 | 2024年6月底前 |',
    '| 2 | 完善电子政务外网，实现市县乡三级全覆盖 | ^ | 市通信发展办公室 | 2024年9月底前 |',
    '| 3 | 推进政务数据共享交换平台与各部门业务系统对接，实现数据按需共享、应享尽享 | ^ | 市发展改革委 | 2024年底前 |',
    '| 二、提升政务服务效能 | < | < | < | < |',
    '| 4 | 推行高频政务服务事项“一网通办”“跨省通办”，年内可网办率达到95%以上 | 市政务服务局 | 各县（市、区）人民政府 | 2024年底前 |',
    '| 5 | 建设企业全生命周期服务专区，集成涉企政策和服务事项 | 市工业和信息化局 | 市市场监管局、市商务局 | 2024年10月底前 |',
    '| 6 | 推广电子证照在政务服务、社会生活中的应用 | 市政务服务局 | ^ | 2024年底前 |',
    '三、保障措施',
    '各牵头单位要切实履行牵头责任，会同配合单位细化工作方案，明确时间节点，每季度末将工作进展情况报送市大数据局。',
    '聊城市人民政府办公室',
    '2024年3月1日',
  ].join('\n')

  it('reads a ruled task table into tasks with their units, as the same table in HTML', async () => {
    const html = await parseAsync(asHtml(taskTable))
    expect(allTasks(html)).toHaveLength(6)
    expect(allTasks(html)[1]?.lead).toEqual(['市大数据局'])
    for (const options of [{}, { filledRules: true }]) {
      const notice = await parseAsync(writeOfd(taskTable, options), { name: 'tasks.ofd' })
      expect(essentials(notice)).toEqual(essentials(html))
    }
  })

  it('reads a task table that runs over pages, header repeated or not, merged cells carried over the break', async () => {
    const html = await parseAsync(asHtml(taskTable))
    for (const linesPerPage of [9, 10, 11, 12]) {
      for (const repeatHeader of [false, true]) {
        const bytes = writeOfd(taskTable, { linesPerPage, repeatHeader })
        const src = await read(bytes)
        expect(src.pages?.length, `${linesPerPage} lines a page`).toBeGreaterThan(1)
        expect(src.tables, `${linesPerPage} lines a page`).toHaveLength(1)
        const notice = await parseAsync(bytes, { name: 'tasks.ofd' })
        expect(essentials(notice), `${linesPerPage} lines a page, header ${repeatHeader ? '' : 'not '}repeated`).toEqual(essentials(html))
      }
    }
  })

  it('drops the running header of the template page and the page numbers', async () => {
    const text = readFileSync(join(root, notices[0] as string), 'utf8')
    const src = await read(writeOfd(text, { header: '聊城市人民政府办公室　内部资料' }))
    expect(src.source).not.toContain('内部资料')
    expect(src.source).not.toMatch(/—\s*\d+\s*—/)
  })

  it('reads the same text without the ofd: prefix and with absolute locations', async () => {
    const text = readFileSync(join(root, notices[1] as string), 'utf8')
    const plain = (await read(writeOfd(text))).source
    expect((await read(writeOfd(text, { prefix: false }))).source).toBe(plain)
    expect((await read(writeOfd(text, { absolute: true }))).source).toBe(plain)
  })
})

describe('OFD files that are no notice to read', () => {
  const small = '关于印发重点工作任务的通知\n一、总体要求\n1.加强创新平台建设。（牵头单位：市科技局）'

  it('names an OFD file cut short, in one line', async () => {
    const whole = writeOfd(readFileSync(join(root, 'seeds/liaocheng-2023-key-tasks.txt'), 'utf8'))
    const error = await inputError(parseAsync(whole.subarray(0, whole.length >> 1), { name: 'cut.ofd' }))
    expect(error.message).toBe('cut.ofd: a damaged OFD file (cut short?): its zip directory cannot be read')
  })

  it('refuses XML that declares a DTD or entities, and expands none', async () => {
    const bomb = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    const edit = (path: string, xml: string) => (path === 'Doc_0/Document.xml' ? xml.replace('?>\n', `?>\n${bomb}\n`).replace('<ofd:MaxUnitID>', '<ofd:MaxUnitID>&lol2;') : xml)
    const error = await inputError(parseAsync(writeOfd(small, { edit }), { name: 'dtd.ofd' }))
    expect(error.message).toBe('dtd.ofd: refused: Doc_0/Document.xml declares a DTD (entities are never expanded)')
  })

  it('refuses a zip bomb as it inflates, before it fills memory', async () => {
    const parts = ofdParts(small)
    const content = parts.get('Doc_0/Pages/Page_0/Content.xml') as string
    const entries = new Map([...parts].map(([path, xml]) => [path, new TextEncoder().encode(xml)]))
    // 200 MB of spaces inside the first page's XML: a few hundred kB zipped.
    const padding = new Uint8Array(200 * 1024 * 1024).fill(0x20)
    const encoded = new TextEncoder().encode(content)
    const bomb = new Uint8Array(encoded.length + padding.length)
    bomb.set(encoded)
    bomb.set(padding, encoded.length)
    entries.set('Doc_0/Pages/Page_0/Content.xml', bomb)
    const bytes = zip(entries)
    expect(bytes.length).toBeLessThan(1024 * 1024)
    const error = await inputError(parseAsync(bytes, { name: 'bomb.ofd' }))
    expect(error.code).toBe('too-large')
    expect(error.message).toMatch(/^bomb\.ofd: expands to more than 52428800 bytes \(a zip bomb\?\); raise --max-bytes/)
  })

  it.each([
    ['a page', (path: string, xml: string) => (path === 'Doc_0/Document.xml' ? xml.replace('Pages/Page_0/Content.xml', '../../../etc/passwd') : xml), 'Doc_0/Document.xml points outside the container (../../../etc/passwd)'],
    ['the document root', (path: string, xml: string) => (path === 'OFD.xml' ? xml.replace('Doc_0/Document.xml', '../Doc_0/Document.xml') : xml), 'OFD.xml points outside the container (../Doc_0/Document.xml)'],
    ['a URL', (path: string, xml: string) => (path === 'OFD.xml' ? xml.replace('Doc_0/Document.xml', 'file:///etc/passwd') : xml), 'OFD.xml points outside the container (file:///etc/passwd)'],
  ])('refuses %s that points outside the container', async (_what, edit, reason) => {
    const error = await inputError(parseAsync(writeOfd(small, { edit }), { name: 'escape.ofd' }))
    expect(error.message).toBe(`escape.ofd: refused: ${reason}`)
  })

  it('names XML that is not well-formed, a missing document, and pages without text', async () => {
    const broken = (path: string, xml: string) => (path === 'Doc_0/Pages/Page_0/Content.xml' ? xml.slice(0, -20) : xml)
    expect((await inputError(parseAsync(writeOfd(small, { edit: broken }), { name: 'x.ofd' }))).message).toMatch(
      /^x\.ofd: a damaged OFD file: Doc_0\/Pages\/Page_0\/Content\.xml is not well-formed XML/,
    )
    const noDoc = (path: string, xml: string) => (path === 'OFD.xml' ? xml.replace('Doc_0/Document.xml', 'Doc_9/Document.xml') : xml)
    expect((await inputError(parseAsync(writeOfd(small, { edit: noDoc }), { name: 'x.ofd' }))).message).toBe('x.ofd: a damaged OFD file: its document Doc_9/Document.xml is missing')
    const images = (path: string, xml: string) => (path.startsWith('Doc_0/Pages/') ? xml.replace(/<ofd:TextObject[^]*<\/ofd:TextObject>/, '<ofd:ImageObject ID="1" Boundary="0 0 210 297" ResourceID="9"/>') : xml)
    const error = await inputError(parseAsync(writeOfd(small, { edit: images }), { name: 'scan.ofd' }))
    expect(error.code).toBe('no-text-layer')
  })

  it('sends the caller of the synchronous parse() to parseAsync()', () => {
    expect(() => parse(writeOfd(small), { name: 'n.ofd' })).toThrow(/n\.ofd: an OFD file needs parseAsync\(\) or parseFile\(\)/)
  })
})
