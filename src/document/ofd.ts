/**
 * OFD (GB/T 33190-2016) → text. An OFD file is a zip of XML parts: `OFD.xml` names the document root
 * (`DocBody/DocRoot`), whose `Document.xml` lists the pages and the template pages; each page's `Content.xml` holds
 * layers of `TextObject`s, each with `TextCode`s placed by `X`, `Y`, `DeltaX`, `DeltaY` inside the object's `Boundary`
 * (and `CTM`). The glyphs are laid out into paragraphs by `layout.ts`, the same way as PDF text; template pages
 * (running headers and footers) are read with the pages that use them, then dropped as page furniture.
 *
 * Paths may be absolute (`/Doc_0/…`), relative to the part that names them, or (some producers) relative to the root;
 * none may leave the container.
 */
import { append } from '../util/arrays.js'
import { InputError } from '../errors.js'
import { DEFAULT_MAX_BYTES } from '../limits.js'
import type { ReaderWarning, SourceText } from './document.js'
import { extractedSource } from './extracted.js'
import { isWide, layoutText, type PageRuns, type TextRun } from './layout.js'
import { MAX_RULES, thinRectangle, type PageRule } from './ruled.js'
import { readEntry, zipEntries, ZipError, type ZipEntry } from './unzip.js'
import { child, children, decodeXml, parseXml, textOf, XmlError, type XmlElement } from './xml.js'

/** Most pages read, as for PDF. */
export const MAX_OFD_PAGES = 2000

/** A glyph jump larger than this (× font size) starts a new run: spread-out text, table cells, lines in one code. */
const MAX_ADVANCE = 1.5

/** What went wrong with the container, in words for a one-line message; `refused` for what looks like an attack. */
class OfdError extends Error {
  constructor(
    message: string,
    readonly refused = false,
  ) {
    super(message)
  }
}

/** The parts of the container, by path, read on demand with a budget for all of them together. */
class Container {
  private readonly entries = new Map<string, ZipEntry>()
  private readonly folded = new Map<string, ZipEntry>()
  private budget: number

  constructor(
    private readonly bytes: Uint8Array,
    entries: readonly ZipEntry[],
    maxBytes: number,
  ) {
    this.budget = maxBytes
    for (const e of entries) {
      const path = e.name.replace(/\\/g, '/').replace(/^\/+/, '')
      this.entries.set(path, e)
      this.folded.set(path.toLowerCase(), e)
    }
  }

  /** The entry at a path, exactly, whatever its case, or as the folder of a `Content.xml`. */
  find(path: string): ZipEntry | undefined {
    return this.entries.get(path) ?? this.folded.get(path.toLowerCase()) ?? this.folded.get(`${path}/content.xml`.toLowerCase())
  }

  /** The XML of an entry, parsed. */
  async xml(entry: ZipEntry): Promise<XmlElement> {
    const data = await readEntry(this.bytes, entry, this.budget)
    this.budget -= data.length
    try {
      return parseXml(decodeXml(data))
    } catch (error) {
      if (error instanceof XmlError) throw new OfdError(`${entry.name} ${error.message}`, error.dtd)
      throw error
    }
  }
}

/**
 * Resolve a location written in a part against the folder of that part.
 * @throws OfdError when the location leaves the container
 */
function resolve(base: string, loc: string, from: string): string {
  const clean = loc.trim().replace(/\\/g, '/')
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(clean)) throw new OfdError(`${from} points outside the container (${loc.trim()})`, true)
  const parts: string[] = []
  for (const seg of (clean.startsWith('/') ? clean : `${base}/${clean}`).split('/')) {
    if (seg === '' || seg === '.') continue
    if (seg === '..') {
      if (parts.length === 0) throw new OfdError(`${from} points outside the container (${loc.trim()})`, true)
      parts.pop()
      continue
    }
    parts.push(seg)
  }
  return parts.join('/')
}

const dirname = (path: string): string => path.slice(0, Math.max(0, path.lastIndexOf('/')))

/** A location's entry: against the folder of the part that names it, else against the root (non-standard files). */
function locate(container: Container, base: string, loc: string, from: string): ZipEntry | undefined {
  return container.find(resolve(base, loc, from)) ?? container.find(resolve('', loc, from))
}

const numbers = (value: string | undefined): number[] =>
  (value ?? '')
    .trim()
    .split(/[\s,]+/)
    .filter((s) => s !== '')
    .map(Number)

/**
 * `DeltaX`/`DeltaY` values, `g N v` (v, N times) expanded, as many as there are gaps between the glyphs; missing
 * values repeat the last one given (or the font size when none is).
 */
function deltas(value: string | undefined, count: number, fallback: number): number[] {
  const tokens = (value ?? '').trim().split(/[\s,]+/).filter((s) => s !== '')
  const out: number[] = []
  for (let i = 0; i < tokens.length && out.length < count; i++) {
    if (tokens[i] === 'g') {
      const times = Number(tokens[i + 1])
      const v = Number(tokens[i + 2])
      for (let k = 0; k < times && out.length < count; k++) out.push(v)
      i += 2
    } else out.push(Number(tokens[i]))
  }
  const last = out.length > 0 ? (out[out.length - 1] as number) : fallback
  while (out.length < count) out.push(last)
  return out.map((v) => (Number.isFinite(v) ? v : 0))
}

const isSpace = (ch: string): boolean => /\s/.test(ch)

/** The runs of a TextObject: its glyphs placed on the page, joined while they follow each other on one baseline. */
function textObjectRuns(obj: XmlElement, runs: TextRun[]): void {
  const [bx = 0, by = 0] = numbers(obj.attrs.Boundary)
  const ctm = obj.attrs.CTM ? numbers(obj.attrs.CTM) : [1, 0, 0, 1, 0, 0]
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = ctm
  const scale = Math.sqrt(Math.abs(a * d - b * c)) || 1
  const fontSize = Number(obj.attrs.Size) || 0
  const size = fontSize * scale
  // Turned or slanted text (stamps, watermarks, vertical margins) is not the notice.
  if (!(size > 0) || Math.abs(b) > 0.1 * Math.abs(a) || Math.abs(c) > 0.1 * Math.abs(d) || a <= 0) return
  const place = (x: number, y: number): [number, number] => [bx + a * x + c * y + e, by + b * x + d * y + f]
  let x = 0
  let y = 0
  for (const code of children(obj, 'TextCode')) {
    const text = textOf(code)
    const glyphs = [...text]
    if (glyphs.length === 0) continue
    if (code.attrs.X !== undefined) x = Number(code.attrs.X) || 0
    if (code.attrs.Y !== undefined) y = Number(code.attrs.Y) || 0
    const dx = deltas(code.attrs.DeltaX, glyphs.length - 1, fontSize)
    const dy = code.attrs.DeltaY === undefined ? new Array<number>(glyphs.length - 1).fill(0) : deltas(code.attrs.DeltaY, glyphs.length - 1, 0)
    let run: { text: string; x: number; y: number; end: number } | null = null
    const close = (end: number): void => {
      if (run && run.text.trim() !== '') {
        const [px, py] = place(run.x, run.y)
        const [qx] = place(end, run.y)
        runs.push({ text: run.text, x: px, y: py, width: Math.max(0, qx - px), size })
      }
      run = null
    }
    for (let i = 0; i < glyphs.length; i++) {
      const ch = glyphs[i] as string
      // The last glyph's advance is not written: a CJK glyph (and CJK punctuation) is one em, a Latin one about half.
      const advance = i < dx.length ? (dx[i] as number) : isWide(ch.charCodeAt(0)) ? fontSize : fontSize / 2
      if (isSpace(ch)) close(x)
      else {
        if (!run) run = { text: '', x, y, end: x }
        const r: { text: string; x: number; y: number; end: number } = run
        r.text += ch
        r.end = x + advance
      }
      const step = i < dy.length ? (dy[i] as number) : 0
      if (step !== 0 || advance < 0 || advance > MAX_ADVANCE * fontSize) close(x + Math.max(0, Math.min(advance, fontSize)))
      x += advance
      y += step
    }
    close(x)
  }
}

/** Arguments each command of `AbbreviatedData` takes. */
const PATH_ARGS: Record<string, number> = { S: 2, M: 2, L: 2, Q: 4, B: 6, A: 7, C: 0 }
/** Thickest filled rectangle read as a rule (millimetres). */
const MAX_RULE_WIDTH = 1

/**
 * The rules of a PathObject (table borders): its straight pieces when stroked (the default), its thin rectangles when
 * filled, placed on the page as its text is (CTM, then the Boundary's origin).
 */
function pathObjectRules(obj: XmlElement, rules: PageRule[]): void {
  const [bx = 0, by = 0] = numbers(obj.attrs.Boundary)
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = obj.attrs.CTM ? numbers(obj.attrs.CTM) : [1, 0, 0, 1, 0, 0]
  const stroked = obj.attrs.Stroke !== 'false'
  const filled = obj.attrs.Fill === 'true'
  if (!stroked && !filled) return
  const tokens = textOf(child(obj, 'AbbreviatedData')).trim().split(/[\s,]+/)
  const xs: number[] = []
  const ys: number[] = []
  let curved = false
  const keep = (rule: PageRule | null): void => void (rule && rules.push(rule))
  const end = (): void => {
    if (filled && !curved) keep(thinRectangle(xs, ys, MAX_RULE_WIDTH))
    xs.length = 0
    ys.length = 0
    curved = false
  }
  const to = (x: number, y: number, line: boolean): void => {
    const px = bx + a * x + c * y + e
    const py = by + b * x + d * y + f
    if (!Number.isFinite(px + py)) return
    if (stroked && line && xs.length > 0) rules.push({ x1: xs[xs.length - 1] as number, y1: ys[ys.length - 1] as number, x2: px, y2: py })
    xs.push(px)
    ys.push(py)
  }
  for (let i = 0; i < tokens.length && rules.length <= MAX_RULES; ) {
    const command = tokens[i++] as string
    const n = PATH_ARGS[command]
    if (n === undefined) break
    const args = tokens.slice(i, i + n).map(Number)
    i += n
    if (command === 'S' || command === 'M') {
      end()
      to(args[0] as number, args[1] as number, false)
    } else if (command === 'L') to(args[0] as number, args[1] as number, true)
    else if (command === 'C') {
      if (stroked && xs.length > 1) rules.push({ x1: xs[xs.length - 1] as number, y1: ys[ys.length - 1] as number, x2: xs[0] as number, y2: ys[0] as number })
      end()
    } else {
      // A curve or an arc is no rule; its end starts the next straight piece.
      curved = true
      to(args[n - 2] as number, args[n - 1] as number, false)
    }
  }
  end()
}

/** The runs of every TextObject in a page's (or template's) content, and the rules of its PathObjects, at any depth of page blocks. */
function contentRuns(page: XmlElement): { runs: TextRun[]; rules: PageRule[] } {
  const runs: TextRun[] = []
  const rules: PageRule[] = []
  const stack: XmlElement[] = [...children(child(page, 'Content'), 'Layer')].reverse()
  while (stack.length > 0) {
    const el = stack.pop() as XmlElement
    if (el.name === 'TextObject') textObjectRuns(el, runs)
    else if (el.name === 'PathObject') {
      if (rules.length <= MAX_RULES) pathObjectRules(el, rules)
    } else if (el.name === 'Layer' || el.name === 'PageBlock') {
      for (let i = el.children.length - 1; i >= 0; i--) {
        const c = el.children[i]
        if (c && typeof c !== 'string') stack.push(c)
      }
    }
  }
  return { runs, rules }
}

/** The runs of each page of the first document of the container, template pages included. */
async function documentPages(container: Container, name: string): Promise<{ pages: PageRuns[]; warnings: ReaderWarning[] }> {
  const ofdEntry = container.find('OFD.xml')
  if (!ofdEntry) throw new OfdError('it has no OFD.xml')
  const ofd = await container.xml(ofdEntry)
  const bodies = children(ofd, 'DocBody')
  const rootLoc = textOf(child(bodies[0], 'DocRoot')).trim()
  if (rootLoc === '') throw new OfdError('OFD.xml names no document (DocBody/DocRoot)')
  const warnings: ReaderWarning[] = []
  if (bodies.length > 1) warnings.push({ reason: `${name}: the OFD file holds ${bodies.length} documents; only the first is read`, ruleId: 'ofd-documents' })
  const docEntry = locate(container, '', rootLoc, 'OFD.xml')
  if (!docEntry) throw new OfdError(`its document ${rootLoc} is missing`)
  const docPath = docEntry.name.replace(/\\/g, '/').replace(/^\/+/, '')
  const doc = await container.xml(docEntry)
  const docDir = dirname(docPath)
  const templates = new Map<string, string>()
  for (const t of children(child(doc, 'CommonData'), 'TemplatePage')) {
    if (t.attrs.ID && t.attrs.BaseLoc) templates.set(t.attrs.ID, t.attrs.BaseLoc)
  }
  const docWidth = numbers(textOf(child(child(child(doc, 'CommonData'), 'PageArea'), 'PhysicalBox')))[2] ?? 0
  const pageList = children(child(doc, 'Pages'), 'Page')
  if (pageList.length > MAX_OFD_PAGES) throw new InputError('too-large', `${name}: ${pageList.length} pages is more than the ${MAX_OFD_PAGES} read; split the file first`)
  const templateRuns = new Map<string, { runs: TextRun[]; rules: PageRule[] }>()
  const pages: PageRuns[] = []
  const missing: number[] = []
  for (const [i, page] of pageList.entries()) {
    const loc = page.attrs.BaseLoc ?? ''
    const entry = loc === '' ? undefined : locate(container, docDir, loc, docPath)
    if (!entry) {
      missing.push(i + 1)
      pages.push({ runs: [] })
      continue
    }
    const content = await container.xml(entry)
    const runs: TextRun[] = []
    const rules: PageRule[] = []
    for (const t of children(content, 'Template')) {
      const id = t.attrs.TemplateID ?? ''
      if (!templateRuns.has(id)) {
        const tloc = templates.get(id)
        const tentry = tloc === undefined ? undefined : locate(container, docDir, tloc, docPath)
        templateRuns.set(id, tentry ? contentRuns(await container.xml(tentry)) : { runs: [], rules: [] })
      }
      const template = templateRuns.get(id) as { runs: TextRun[]; rules: PageRule[] }
      append(runs, template.runs)
      append(rules, template.rules)
    }
    const own = contentRuns(content)
    append(runs, own.runs)
    append(rules, own.rules)
    const width = numbers(textOf(child(child(content, 'Area'), 'PhysicalBox')))[2] ?? docWidth
    pages.push({ runs, width, rules })
  }
  if (pageList.length > 0 && missing.length === pageList.length) throw new OfdError('none of its pages is in the container')
  if (missing.length > 0) {
    const reason = `${name}: page${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of the OFD file ${missing.length > 1 ? 'are' : 'is'} missing from the container`
    warnings.push({ reason, ruleId: 'ofd-missing-page' })
  }
  return { pages, warnings }
}

/**
 * Read an OFD notice.
 * @param bytes the file as read
 * @param name the file name, only for messages
 * @param maxBytes the most its parts may hold, inflated (a zip bomb is refused as it inflates)
 * @returns the extracted text (one paragraph a line) with its pages; positions refer to it
 * @throws InputError for a damaged container, XML that declares a DTD, a path leaving the container, a zip bomb,
 *   or pages without text
 */
export async function readOfd(bytes: Uint8Array, name: string, maxBytes = DEFAULT_MAX_BYTES): Promise<SourceText> {
  const entries = zipEntries(bytes)
  if (!entries) throw new InputError('unsupported-format', `${name}: a damaged OFD file (cut short?): its zip directory cannot be read`)
  let read: { pages: PageRuns[]; warnings: ReaderWarning[] }
  try {
    read = await documentPages(new Container(bytes, entries, maxBytes), name)
  } catch (error) {
    if (error instanceof ZipError && error.tooLarge) {
      throw new InputError('too-large', `${name}: expands to more than ${maxBytes} bytes (a zip bomb?); raise --max-bytes if it is a real document`)
    }
    if (error instanceof OfdError && error.refused) throw new InputError('unsupported-format', `${name}: refused: ${error.message}`)
    if (error instanceof ZipError || error instanceof OfdError) throw new InputError('unsupported-format', `${name}: a damaged OFD file: ${error.message}`)
    throw error
  }
  if (read.pages.every((p) => p.runs.length === 0)) {
    throw new InputError('no-text-layer', `${name}: no text in this OFD file: its pages are images; OCR it first`)
  }
  return extractedSource(layoutText(read.pages), 'ofd', 'utf-8', read.warnings)
}
