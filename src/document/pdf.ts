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
import { layoutText, type PageRuns, type TextRun } from './layout.js'
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
  cleanup(): void
}
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
  }
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
      try {
        const page = await doc.getPage(n)
        const content = await page.getTextContent({ includeMarkedContent: false })
        const viewport = page.getViewport({ scale: 1 })
        runs = pageRuns(content.items, viewport.transform)
        width = viewport.width
        page.cleanup()
      } catch (error) {
        if (error instanceof InputError) throw error
        throw new InputError('unsupported-format', `${name}: page ${n} of the PDF cannot be read (damaged or cut short)`)
      }
      for (const run of runs) chars += run.text.length
      if (chars > maxBytes) throw new InputError('too-large', `${name}: the PDF holds more text than the limit of ${maxBytes} (--max-bytes)`)
      if (runs.length === 0) empty.push(n)
      pages.push({ runs, width })
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
