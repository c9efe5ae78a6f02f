/**
 * Reading notices asynchronously: every input kind, each reader loaded with `import()` only when an input needs it
 * (rehype for HTML, remark for Markdown, mammoth for Word, PDF.js for PDF, saxes for OFD, opencc for Traditional
 * Chinese). The CLI and batch workers read through here; plain Simplified text loads none of them.
 */
import { readInput } from './input/file.js'
import { InputError } from './errors.js'
import { isZip } from './input/decode.js'
import { isOfd, isPdf } from './input/sniff.js'
import type { SourceFormat, SourceText } from './input/document.js'
import { decodeInput, detectFormat, parseSource, readSource, type ParseOptions, type Readers } from './parse.js'
import { simplifyView, traditionalVariant } from './input/traditional.js'
import type { Notice } from './schema.js'

/** What a file given as one of the container formats must be. */
const CONTAINERS = {
  docx: 'a Word .docx file (those are zip containers)',
  pdf: 'a PDF file (those start with %PDF-)',
  ofd: 'an OFD file (those are zip containers with an OFD.xml)',
} as const

/** Options of reading files: those of parsing, and the largest input accepted. */
export interface ReadOptions extends ParseOptions {
  /** Refuse files larger than this many bytes. */
  maxBytes?: number
}

/**
 * The reader of a format, loaded on first use.
 * @param format the format of an input
 * @returns the readers to hand to `readSource` (none for plain text)
 */
export async function loadReaders(format: SourceFormat): Promise<Readers> {
  if (format === 'html') return { html: (await import('./input/html.js')).readHtml }
  if (format === 'markdown') return { markdown: (await import('./input/markdown.js')).readMarkdown }
  return {}
}

/**
 * Read a notice of any kind: PDF, OFD, Word .docx, or text, HTML or Markdown in any supported encoding.
 * @param input the notice as bytes or text
 * @param options format, name, whether Traditional output is to be Simplified, and the most a .docx may expand to
 * @returns the text with its lines and offset map; Traditional text gets a Simplified matching view
 * @throws InputError when the input cannot be read
 */
export async function readSourceAsync(input: string | Uint8Array, options: ReadOptions = {}): Promise<SourceText> {
  const name = options.name ?? 'input'
  let src: SourceText
  if (typeof input !== 'string' && isPdf(input)) {
    src = await (await import('./input/pdf.js')).readPdf(input, name, options.maxBytes)
  } else if (typeof input !== 'string' && isOfd(input)) {
    src = await (await import('./input/ofd.js')).readOfd(input, name, options.maxBytes)
  } else if (typeof input !== 'string' && isZip(input)) {
    src = await (await import('./input/docx.js')).readDocx(input, name, options.maxBytes)
  } else if (options.format === 'docx' || options.format === 'pdf' || options.format === 'ofd') {
    throw new InputError('unsupported-format', `${name}: is not ${CONTAINERS[options.format]}`)
  } else {
    const { text, encoding, warning } = decodeInput(input, name)
    const readers = await loadReaders(detectFormat(text, options.format))
    const read = readSource(text, options, readers)
    src = { ...read, encoding: typeof input === 'string' ? 'utf-16' : encoding, warnings: warning ? [warning, ...read.warnings] : read.warnings }
  }
  const variant = traditionalVariant(src.plain)
  if (!variant) return src
  const simplify = await (await import('./input/opencc.js')).loadSimplifier(variant)
  return simplifyView(src, simplify, options.simplified === true)
}

/**
 * Parse a notice of any kind, Word .docx included (which makes this asynchronous).
 * @param input the notice as bytes or text
 * @param options format, name, targets, segmenter, simplified
 * @returns the notice; for .docx, positions refer to the extracted text (`source.positions`)
 * @throws InputError when the input cannot be read
 */
export async function parseAsync(input: string | Uint8Array, options: ReadOptions = {}): Promise<Notice> {
  return parseSource(await readSourceAsync(input, options), options)
}

/**
 * Read and parse a notice file (or standard input for `-`).
 * @param path the file
 * @param options those of `parseAsync`, and `maxBytes`
 * @returns the notice
 * @throws InputError when the file cannot be read
 */
export async function parseFile(path: string, options: ReadOptions = {}): Promise<Notice> {
  const bytes = options.maxBytes === undefined ? readInput(path) : readInput(path, options.maxBytes)
  return parseAsync(bytes, { name: path, ...options })
}
