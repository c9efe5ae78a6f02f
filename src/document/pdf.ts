/**
 * PDF → text: the text layer of each page read by PDF.js (through unpdf, which packages it for Node and browsers,
 * loaded only when a PDF comes), laid out into paragraphs by `layout.ts`. Positions refer to the extracted text.
 *
 * Nothing in a PDF is run: scripts and forms are ignored (PDF.js runs neither when asked only for text), and
 * `isEvalSupported: false` keeps PDF.js from compiling font programs with `new Function`.
 */
import { InputError } from '../errors.js'
import { DEFAULT_MAX_BYTES } from '../limits.js'
import type { ReaderWarning, SourceText } from './document.js'
import { layoutText, mayHoldTable, type PageRuns, type TextRun } from './layout.js'
import { MAX_RULES, thinRectangle, type PageRule } from './ruled.js'
import { extractedSource } from './extracted.js'

/** Most pages read: a notice has tens; a PDF of thousands is a book or a scan to be split first. */
export const MAX_PDF_PAGES = 2000

/** The part of PDF.js this reader uses. */
interface TextItem {
  str: string
  transform: number[]
  width: number
}
interface PdfPage {
  getViewport(options: { scale: number }): { transform: number[]; width: number }
  getTextContent(options?: { includeMarkedContent?: boolean }): Promise<{ items: Array<TextItem | { type: string }> }>
  getOperatorList(): Promise<OperatorList>
  cleanup(): void
}
/** What a page draws: operator codes and their arguments. */
interface OperatorList {
  fnArray: number[]
  argsArray: unknown[]
}
/** The codes of the operators that draw rules (PDF.js's `OPS`, and `DrawOPS` inside a path). */
type Ops = Record<'save' | 'restore' | 'transform' | 'constructPath' | 'paintFormXObjectBegin' | 'paintFormXObjectEnd' | 'stroke' | 'closeStroke' | 'fill' | 'eoFill' | 'fillStroke' | 'eoFillStroke' | 'closeFillStroke' | 'closeEOFillStroke', number>
interface PdfDocument {
  numPages: number
  getPage(n: number): Promise<PdfPage>
  destroy(): Promise<void>
}

/** A 2D affine transform `[a b c d e f]` applied after another (PDF.js's `Util.transform`). */
function multiply(m: readonly number[], n: readonly number[]): number[] {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = m
  const [p = 0, q = 0, r = 0, s = 0, t = 0, u = 0] = n
  return [a * p + c * q, b * p + d * q, a * r + c * s, b * r + d * s, a * t + c * u + e, b * t + d * u + f]
}

/** Most slant of a run, as a share of its size, that is still read as horizontal text. */
const MAX_SLANT = 0.1

/**
 * The runs of a page in viewport space (top-left origin, y down), horizontal ones only: watermarks set diagonally and
 * text set vertically in a margin are not the notice.
 */
function pageRuns(items: ReadonlyArray<TextItem | { type: string }>, viewport: readonly number[]): TextRun[] {
  const runs: TextRun[] = []
  for (const item of items) {
    if (!('str' in item) || item.str === '') continue
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = multiply(viewport, item.transform)
    const size = Math.hypot(c, d)
    if (!(size > 0) || a <= 0 || Math.abs(b) > MAX_SLANT * size || Math.abs(c) > MAX_SLANT * size) continue
    // Note: `width` is already in page units, and the viewport (scale 1) only moves and turns the page.
    runs.push({ text: item.str, x: e, y: f, width: item.width, size })
  }
  return runs
}

/** Path codes inside a `constructPath` (PDF.js's `DrawOPS`): moveTo x y, lineTo x y, curveTo 6 numbers, quadraticCurveTo 4, closePath. */
const MOVE_TO = 0
const LINE_TO = 1
const CURVE_TO = 2
const QUAD_TO = 3
const CLOSE = 4
/** Thickest filled rectangle read as a rule (points): Word draws cell borders as thin filled rectangles. */
const MAX_RULE_WIDTH = 3

/**
 * The straight horizontal and vertical strokes of a page (table borders, underlines) in viewport space: stroked lines
 * and rectangles, and filled rectangles thin enough to be rules. Curves, clips and shading are left out.
 * @param ops the page's operator list
 * @param codes PDF.js's operator codes
 * @param viewport the page's viewport transform
 */
export function pageRules(ops: OperatorList, codes: Ops, viewport: readonly number[]): PageRule[] {
  const rules: PageRule[] = []
  const stack: number[][] = []
  let ctm = [1, 0, 0, 1, 0, 0]
  const stroke = new Set([codes.stroke, codes.closeStroke, codes.fillStroke, codes.eoFillStroke, codes.closeFillStroke, codes.closeEOFillStroke])
  const fill = new Set([codes.fill, codes.eoFill])
  for (let i = 0; i < ops.fnArray.length && rules.length <= MAX_RULES; i++) {
    const fn = ops.fnArray[i]
    const args = ops.argsArray[i] as unknown[] | null
    if (fn === codes.save) stack.push(ctm)
    else if (fn === codes.restore) ctm = stack.pop() ?? ctm
    else if (fn === codes.transform && Array.isArray(args) && args.length === 6) ctm = multiply(ctm, args as number[])
    else if (fn === codes.paintFormXObjectBegin) {
      stack.push(ctm)
      const matrix = Array.isArray(args) ? args[0] : null
      if (Array.isArray(matrix) && matrix.length === 6) ctm = multiply(ctm, matrix as number[])
    } else if (fn === codes.paintFormXObjectEnd) ctm = stack.pop() ?? ctm
    else if (fn === codes.constructPath && Array.isArray(args)) {
      const paint = args[0] as number
      const data = (args[1] as unknown[] | undefined)?.[0]
      if ((!stroke.has(paint) && !fill.has(paint)) || !(data instanceof Float32Array || Array.isArray(data))) continue
      pathRules(data as ArrayLike<number>, multiply(viewport, ctm), stroke.has(paint), rules)
    }
  }
  return rules
}

/** The rules of one path: its straight pieces when stroked, its thin rectangles when filled. */
function pathRules(path: ArrayLike<number>, m: readonly number[], stroked: boolean, rules: PageRule[]): void {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = m
  // Points of the current subpath, in viewport space; a curve in it rules out a rectangle.
  const xs: number[] = []
  const ys: number[] = []
  let curved = false
  const keep = (rule: PageRule | null): void => void (rule && rules.push(rule))
  const end = (): void => {
    if (!stroked && !curved) keep(thinRectangle(xs, ys, MAX_RULE_WIDTH))
    xs.length = 0
    ys.length = 0
    curved = false
  }
  const to = (x: number, y: number, line: boolean): void => {
    const px = a * x + c * y + e
    const py = b * x + d * y + f
    if (stroked && line && xs.length > 0) rules.push({ x1: xs[xs.length - 1] as number, y1: ys[ys.length - 1] as number, x2: px, y2: py })
    xs.push(px)
    ys.push(py)
  }
  for (let i = 0; i < path.length && rules.length <= MAX_RULES; ) {
    const code = path[i++]
    if (code === MOVE_TO || code === LINE_TO) {
      if (code === MOVE_TO) end()
      to(path[i] as number, path[i + 1] as number, code === LINE_TO)
      i += 2
    } else if (code === CURVE_TO || code === QUAD_TO) {
      // A curve is no rule; its end starts the next straight piece.
      const n = code === CURVE_TO ? 6 : 4
      curved = true
      to(path[i + n - 2] as number, path[i + n - 1] as number, false)
      i += n
    } else if (code === CLOSE) {
      if (stroked && xs.length > 1) rules.push({ x1: xs[xs.length - 1] as number, y1: ys[ys.length - 1] as number, x2: xs[0] as number, y2: ys[0] as number })
      end()
    } else break
  }
  end()
}

/**
 * `ArrayBuffer.prototype.transferToFixedLength` (ES2024) where the platform lacks it (Node 20): PDF.js 5 hands the
 * fonts of a page's drawing over with it, and without it the drawing stops at the page's first text. Made as the
 * standard describes it: the buffer is moved (detached) into one of the length asked for.
 */
function provideTransfer(): void {
  const proto = ArrayBuffer.prototype as unknown as Record<string, unknown>
  if (typeof proto.transferToFixedLength === 'function') return
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    value: function transferToFixedLength(this: ArrayBuffer, length: number = this.byteLength): ArrayBuffer {
      const moved = structuredClone(this, { transfer: [this] })
      if (length === moved.byteLength) return moved
      const out = new ArrayBuffer(length)
      new Uint8Array(out).set(new Uint8Array(moved, 0, Math.min(length, moved.byteLength)))
      return out
    },
  })
}

/** One line for the reasons PDF.js gives up on a file. */
function pdfError(error: unknown, name: string): InputError {
  const kind = (error as { name?: string } | null)?.name
  if (kind === 'PasswordException') {
    return new InputError('encrypted', `${name}: this PDF is encrypted (it needs a password): save an unprotected copy first`)
  }
  return new InputError('unsupported-format', `${name}: not a readable PDF file (damaged or cut short)`)
}

/**
 * Read a PDF notice.
 * @param bytes the file as read
 * @param name the file name, only for messages
 * @param maxBytes the most text the pages may hold, in UTF-16 units
 * @returns the extracted text (one paragraph a line) with its pages; positions refer to it
 * @throws InputError for a damaged, encrypted or scanned PDF, or one of more than `MAX_PDF_PAGES` pages
 */
export async function readPdf(bytes: Uint8Array, name: string, maxBytes = DEFAULT_MAX_BYTES): Promise<SourceText> {
  const { getResolvedPDFJS } = await import('unpdf')
  const pdfjs = (await getResolvedPDFJS()) as unknown as {
    getDocument(init: Record<string, unknown>): { promise: Promise<PdfDocument>; destroy(): Promise<void> }
    OPS: Ops
  }
  provideTransfer()
  let task: ReturnType<typeof pdfjs.getDocument> | undefined
  let doc: PdfDocument
  try {
    // Note: PDF.js takes a plain Uint8Array (not a Node Buffer) and may take ownership of it: it gets a copy.
    task = pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      enableXfa: false,
      stopAtErrors: false,
      verbosity: 0,
    })
    doc = await task.promise
  } catch (error) {
    await task?.destroy().catch(() => undefined)
    throw pdfError(error, name)
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES) {
      throw new InputError('too-large', `${name}: ${doc.numPages} pages is more than the ${MAX_PDF_PAGES} read; split the file first`)
    }
    const pages: PageRuns[] = []
    const empty: number[] = []
    let chars = 0
    for (let n = 1; n <= doc.numPages; n++) {
      let runs: TextRun[]
      let width: number
      let rules: PageRule[]
      try {
        const page = await doc.getPage(n)
        const content = await page.getTextContent({ includeMarkedContent: false })
        const viewport = page.getViewport({ scale: 1 })
        runs = pageRuns(content.items, viewport.transform)
        width = viewport.width
        // Note: the drawing is read only where the text may stand in a table: it costs about as much as the text.
        rules = mayHoldTable(runs) ? pageRules(await page.getOperatorList(), pdfjs.OPS, viewport.transform) : []
        page.cleanup()
      } catch (error) {
        if (error instanceof InputError) throw error
        throw new InputError('unsupported-format', `${name}: page ${n} of the PDF cannot be read (damaged or cut short)`)
      }
      for (const run of runs) chars += run.text.length
      if (chars > maxBytes) throw new InputError('too-large', `${name}: the PDF holds more text than the limit of ${maxBytes} (--max-bytes)`)
      if (runs.length === 0) empty.push(n)
      pages.push({ runs, width, rules })
    }
    if (empty.length === doc.numPages) {
      throw new InputError('no-text-layer', `${name}: no text layer: this PDF is scanned images; OCR it first`)
    }
    const laid = layoutText(pages)
    const plural = empty.length > 1
    const reason = `${name}: page${plural ? 's' : ''} ${empty.join(', ')} of the PDF ha${plural ? 've' : 's'} no text layer (scanned?) and ${plural ? 'are' : 'is'} skipped`
    const warnings: ReaderWarning[] = empty.length > 0 ? [{ reason, ruleId: 'pdf-page-without-text' }] : []
    return extractedSource(laid, 'pdf', 'unicode', warnings)
  } finally {
    await doc.destroy().catch(() => undefined)
  }
}
