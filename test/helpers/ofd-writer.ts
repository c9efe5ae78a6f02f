/**
 * Writes OFD files (GB/T 33190-2016) of plain-text notices, as an OFD producer lays them out, for the reader's tests:
 * A4 pages of 28 characters a line, each paragraph wrapped at the right margin with a two-character first-line indent
 * (closing punctuation kept on its line, as line breaking does), one TextObject a line with one TextCode a run of
 * CJK or Latin text (X, Y, DeltaX), page numbers `— N —` as text at the foot of each page, and a template page with a
 * running header that every page uses. Lines of the text that start with `|` are rows of a table, ruled with
 * PathObjects as producers draw tables (`| 序号 | 任务 | 牵头单位 |`; a cell `^` is merged with the cell above it, a
 * cell `<` with the cell to its left): each cell's text wrapped in its column, rows kept whole, the header row drawn
 * again on each page the table runs on to when asked. No OFD writer exists in the package registries; this one
 * writes only what the standard's structure needs. Options make the variants real files have (no namespace prefix,
 * absolute paths) and the broken ones a reader must refuse.
 */
import { crc32, deflateRawSync } from 'node:zlib'

export interface OfdOptions {
  /** Text of the template page's running header (default: none). */
  header?: string
  /** Write `ofd:` prefixes (default true). */
  prefix?: boolean
  /** Locations as absolute paths (`/Doc_0/Pages/…`) instead of relative ones (default false). */
  absolute?: boolean
  /** Lines a page holds (default 22). */
  linesPerPage?: number
  /** Replace a part's XML before it is zipped (for broken files). */
  edit?: (path: string, xml: string) => string
  /** Extra entries of the container. */
  extra?: Record<string, Uint8Array>
  /** Draw the header row of a table again at the top of each page it runs on to (default false). */
  repeatHeader?: boolean
  /** Draw table borders as thin filled rectangles instead of stroked lines (default false). */
  filledRules?: boolean
}

/** Page geometry in millimetres: A4, GB/T 9704 margins, 3号 text (about 5.6 mm) at 28 characters a line. */
const PAGE_WIDTH = 210
const PAGE_HEIGHT = 297
const LEFT = 27
const TOP = 37
const SIZE = 5.5
const CHARS_PER_LINE = 28
const PITCH = 10
const CLOSING = '，。、；：！？）》”’〕】」』%％'

const wide = (ch: string): boolean => ch.charCodeAt(0) >= 0x2e80 || '“”‘’—…·'.includes(ch)
const advance = (ch: string): number => (wide(ch) ? SIZE : SIZE / 2)
const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A paragraph cut into lines no wider than the text block; closing punctuation stays on the line it closes. */
function wrap(paragraph: string, indent: number): string[] {
  const lines: string[] = []
  let line = ''
  let width = indent
  const chars = [...paragraph]
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string
    if (width + advance(ch) > CHARS_PER_LINE * SIZE + 0.01 && line !== '' && !CLOSING.includes(ch)) {
      lines.push(line)
      line = ''
      width = 0
    }
    line += ch
    width += advance(ch)
  }
  if (line !== '') lines.push(line)
  return lines
}

/** The runs of a line: stretches of CJK or of Latin characters, with their offsets from the line start. */
function runs(line: string): Array<{ text: string; x: number }> {
  const out: Array<{ text: string; x: number }> = []
  let x = 0
  for (const ch of line) {
    const last = out[out.length - 1]
    if (last && wide([...last.text].pop() as string) === wide(ch)) last.text += ch
    else out.push({ text: ch, x })
    x += advance(ch)
  }
  return out
}

let nextId = 100

function textObject(text: string, x: number, y: number, size: number): string {
  const codes = runs(text)
    .filter((r) => r.text.trim() !== '')
    .map((r) => {
      const deltas = [...r.text].slice(0, -1).map((ch) => (advance(ch) * size) / SIZE)
      return `<ofd:TextCode X="${((r.x * size) / SIZE).toFixed(3)}" Y="${(size * 0.88).toFixed(3)}"${deltas.length ? ` DeltaX="${deltas.map((d) => d.toFixed(3)).join(' ')}"` : ''}>${escape(r.text)}</ofd:TextCode>`
    })
  return `<ofd:TextObject ID="${nextId++}" Boundary="${x.toFixed(3)} ${y.toFixed(3)} ${(CHARS_PER_LINE * SIZE + SIZE).toFixed(3)} ${(size * 1.2).toFixed(3)}" Font="1" Size="${size}">${codes.join('')}</ofd:TextObject>`
}

const page = (objects: string[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="${nextId++}">${objects.join('')}</ofd:Layer></ofd:Content></ofd:Page>`

/** The paragraphs of a plain-text notice: its non-blank lines, trimmed. */
export const paragraphsOf = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter((l) => l !== '')

/** Table text: its size, the padding of a cell, the baseline step of its lines (millimetres). */
const TABLE_SIZE = 4
const PAD = 1.5
const TABLE_PITCH = 6
/** The bottom of the text block. */
const bottomOf = (linesPerPage: number): number => TOP + linesPerPage * PITCH

/** Text cut into lines no wider than `width` at `size`. */
function wrapTo(text: string, width: number, size: number): string[] {
  const lines: string[] = []
  let line = ''
  let w = 0
  for (const ch of text) {
    const adv = (advance(ch) * size) / SIZE
    if (w + adv > width + 0.01 && line !== '' && !CLOSING.includes(ch)) {
      lines.push(line)
      line = ''
      w = 0
    }
    line += ch
    w += adv
  }
  if (line !== '') lines.push(line)
  return lines
}

/** A rule from (x1, y1) to (x2, y2), as a stroked PathObject or a thin filled one. */
function rule(x1: number, y1: number, x2: number, y2: number, filled: boolean): string {
  const w = Math.max(x2 - x1, 0.3)
  const h = Math.max(y2 - y1, 0.3)
  const data = filled
    ? `M 0 0 L ${w.toFixed(3)} 0 L ${w.toFixed(3)} ${h.toFixed(3)} L 0 ${h.toFixed(3)} C`
    : `M 0 0 L ${(x2 - x1).toFixed(3)} ${(y2 - y1).toFixed(3)}`
  const attrs = filled ? ' Stroke="false" Fill="true"' : ' LineWidth="0.25"'
  const bx = filled && x2 === x1 ? x1 - 0.15 : x1
  const by = filled && y2 === y1 ? y1 - 0.15 : y1
  return `<ofd:PathObject ID="${nextId++}" Boundary="${bx.toFixed(3)} ${by.toFixed(3)} ${w.toFixed(3)} ${h.toFixed(3)}"${attrs}><ofd:AbbreviatedData>${data}</ofd:AbbreviatedData></ofd:PathObject>`
}

/** Pages being filled, top down: text lines and table rows go where there is room, else on a new page. */
class PageFlow {
  readonly pages: string[][] = [[]]
  y = TOP
  constructor(readonly bottom: number) {}
  room(height: number): void {
    if (this.y + height > this.bottom + 0.01 && this.y > TOP) {
      this.pages.push([])
      this.y = TOP
    }
  }
  add(object: string): void {
    ;(this.pages[this.pages.length - 1] as string[]).push(object)
  }
}

/** A table of `|` rows, drawn on the pages of the flow. */
function drawTable(rows: string[][], flow: PageFlow, options: OfdOptions): void {
  const columns = Math.max(...rows.map((r) => r.length))
  const weights = Array.from({ length: columns }, (_, c) => Math.min(12, Math.max(2, ...rows.map((r) => [...(r[c] ?? '')].length))))
  const total = CHARS_PER_LINE * SIZE
  const sum = weights.reduce((a, b) => a + b, 0)
  const xs = [LEFT]
  for (const w of weights) xs.push((xs[xs.length - 1] as number) + (w / sum) * total)
  const cell = (r: number, c: number): string => rows[r]?.[c] ?? ''
  /** The columns a cell covers: it and the `<` cells after it. */
  const span = (r: number, c: number): number => {
    let n = 1
    while (cell(r, c + n) === '<') n++
    return n
  }
  const wrapped = rows.map((row, r) => row.map((text, c) => (text === '^' || text === '<' ? [] : wrapTo(text, (xs[c + span(r, c)] as number) - (xs[c] as number) - 2 * PAD, TABLE_SIZE))))
  const height = (r: number): number => Math.max(1, ...(wrapped[r] as string[][]).map((l) => l.length)) * TABLE_PITCH + 2 * PAD
  const filled = options.filledRules === true
  /** Draw row r at the flow's y; `first` for the first row on its page (its top rule across every column). */
  const drawRow = (r: number, first: boolean, lastOnPage: boolean): void => {
    const top = flow.y
    const h = height(r)
    for (let c = 0; c < columns; c++) {
      // A top rule, except over a cell merged with the one above (on the same page).
      if (first || cell(r, c) !== '^') flow.add(rule(xs[c] as number, top, xs[c + 1] as number, top, filled))
      // A left rule, except before a cell merged with the one to its left.
      if (cell(r, c) !== '<') flow.add(rule(xs[c] as number, top, xs[c] as number, top + h, filled))
      ;(wrapped[r]?.[c] ?? []).forEach((line, k) => flow.add(textObject(line, (xs[c] as number) + PAD, top + PAD + k * TABLE_PITCH, TABLE_SIZE)))
    }
    flow.add(rule(xs[columns] as number, top, xs[columns] as number, top + h, filled))
    if (lastOnPage) flow.add(rule(xs[0] as number, top + h, xs[columns] as number, top + h, filled))
    flow.y = top + h
  }
  let first = true
  for (let r = 0; r < rows.length; r++) {
    const page = flow.pages.length
    flow.room(height(r))
    if (flow.pages.length !== page) {
      first = true
      // The rule under a repeated header runs across every column: a cell merged over the break starts again.
      if (options.repeatHeader && r > 0) drawRow(0, true, false)
    }
    const nextFits = r + 1 < rows.length && flow.y + height(r) + height(r + 1) <= flow.bottom + 0.01
    drawRow(r, first, !nextFits)
    first = false
  }
  flow.y += PITCH / 2
}

/**
 * The parts of an OFD file of a notice, by path.
 * @param text the notice as plain text, one paragraph a line; lines starting with `|` are table rows
 */
export function ofdParts(text: string, options: OfdOptions = {}): Map<string, string> {
  const flow = new PageFlow(bottomOf(options.linesPerPage ?? 22))
  const paragraphs = paragraphsOf(text)
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p] as string
    if (paragraph.startsWith('|')) {
      const rows: string[][] = []
      for (; p < paragraphs.length && (paragraphs[p] as string).startsWith('|'); p++) {
        rows.push((paragraphs[p] as string).replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim()))
      }
      p--
      drawTable(rows, flow, options)
      continue
    }
    wrap(paragraph, 2 * SIZE).forEach((line, i) => {
      flow.room(PITCH)
      flow.add(textObject(line, LEFT + (i === 0 ? 2 * SIZE : 0), flow.y, SIZE))
      flow.y += PITCH
    })
  }
  const pages = flow.pages
  const loc = (path: string, relative: string): string => (options.absolute ? `/${path}` : relative)
  const parts = new Map<string, string>()
  parts.set(
    'OFD.xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>gongwen-test</ofd:DocID><ofd:Creator>gongwen test writer</ofd:Creator></ofd:DocInfo><ofd:DocRoot>${loc('Doc_0/Document.xml', 'Doc_0/Document.xml')}</ofd:DocRoot></ofd:DocBody></ofd:OFD>`,
  )
  const pageList = pages.map((_, i) => `<ofd:Page ID="${i + 1}" BaseLoc="${loc(`Doc_0/Pages/Page_${i}/Content.xml`, `Pages/Page_${i}/Content.xml`)}"/>`).join('')
  parts.set(
    'Doc_0/Document.xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData><ofd:MaxUnitID>${nextId}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes><ofd:TemplatePage ID="9" BaseLoc="${loc('Doc_0/Tpls/Tpl_0/Content.xml', 'Tpls/Tpl_0/Content.xml')}"/></ofd:CommonData><ofd:Pages>${pageList}</ofd:Pages></ofd:Document>`,
  )
  parts.set(
    'Doc_0/PublicRes.xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res xmlns:ofd="http://www.ofdspec.org/2016" BaseLoc="Res"><ofd:Fonts><ofd:Font ID="1" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>`,
  )
  parts.set('Doc_0/Tpls/Tpl_0/Content.xml', page(options.header ? [textObject(options.header, LEFT, 18, 4)] : []))
  pages.forEach((objects, i) => {
    const number = `— ${i + 1} —`
    const foot = textObject(number, PAGE_WIDTH / 2 - 10, PAGE_HEIGHT - 25, 5)
    const xml = page([...objects, foot]).replace('<ofd:Content>', '<ofd:Template TemplateID="9" ZOrder="Background"/><ofd:Content>')
    parts.set(`Doc_0/Pages/Page_${i}/Content.xml`, xml)
  })
  if (options.prefix === false) {
    for (const [path, xml] of parts) {
      parts.set(path, xml.replace(/<(\/?)ofd:/g, '<$1').replace(' xmlns:ofd="http://www.ofdspec.org/2016"', ' xmlns="http://www.ofdspec.org/2016"'))
    }
  }
  if (options.edit) for (const [path, xml] of parts) parts.set(path, options.edit(path, xml))
  return parts
}

/** A zip archive of entries, deflated (or stored, for the entries named in `stored`). */
export function zip(entries: Map<string, Uint8Array> | Record<string, Uint8Array>, stored: ReadonlySet<string> = new Set()): Uint8Array {
  const list = entries instanceof Map ? [...entries] : Object.entries(entries)
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, data] of list) {
    const nameBytes = Buffer.from(name, 'utf8')
    const store = stored.has(name)
    const body = store ? Buffer.from(data) : deflateRawSync(data)
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x800, 6)
    local.writeUInt16LE(store ? 0 : 8, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(body.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x800, 8)
    central.writeUInt16LE(store ? 0 : 8, 10)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(body.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, nameBytes, body)
    centrals.push(central, nameBytes)
    offset += local.length + nameBytes.length + body.length
  }
  const dir = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(list.length, 8)
  end.writeUInt16LE(list.length, 10)
  end.writeUInt32LE(dir.length, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...locals, dir, end]))
}

/**
 * An OFD file of a plain-text notice.
 * @param text the notice, one paragraph a line
 */
export function writeOfd(text: string, options: OfdOptions = {}): Uint8Array {
  const entries = new Map<string, Uint8Array>()
  for (const [path, xml] of ofdParts(text, options)) entries.set(path, new TextEncoder().encode(xml))
  for (const [path, data] of Object.entries(options.extra ?? {})) entries.set(path, data)
  return zip(entries)
}
