/**
 * Bytes or a string → the Document: decoded once, read by the reader of its format (plain text here; HTML, Markdown
 * and Word loaded by the caller or on first use), and given a Simplified matching view when it is Traditional.
 *
 * Note: the synchronous path takes its readers from its caller, so that the library's `parse()` holds every reader
 * while the CLI, batches and `check` load rehype, remark, mammoth and opencc with `import()` only for an input that
 * needs them: plain Simplified text loads none of them.
 */
import { InputError } from '../errors.js'
import { containerKind, isOfd, isPdf } from './containers.js'
import { decode, isZip, type Decoded } from './decode.js'
import { Document, type ReaderWarning, type SourceFormat, type SourceText } from './document.js'
import { detectFormat } from './sniff.js'
import { readText } from './text.js'
import { simplifyView, traditionalVariant, type Simplify, type TraditionalVariant } from './traditional.js'

/** How to read an input. */
export interface DocumentOptions {
  /** How to read the input; `auto` (the default) looks at its content, never at a file name. */
  format?: 'auto' | SourceFormat
  /** A name for the input, used in messages. */
  name?: string
  /** For Traditional Chinese input: strings as written in Simplified characters too (matching always is). */
  simplified?: boolean
  /** Refuse inputs (a Word file: its parts, inflated) larger than this many bytes. */
  maxBytes?: number
}

/** Readers of markup formats: decoded text → lines with an offset map. */
export type Readers = Partial<Record<'html' | 'markdown', (text: string, encoding: string) => SourceText>>

/** What a file given as one of the container formats must be. */
const CONTAINERS = {
  docx: 'a Word .docx file (those are zip containers)',
  pdf: 'a PDF file (those start with %PDF-)',
  ofd: 'an OFD file (those are zip containers with an OFD.xml)',
} as const

/** The rule id of the message that damaged bytes were read as U+FFFD. */
const DAMAGED_ENCODING = 'damaged-encoding'

/**
 * Decode bytes (or take a string), naming the input in messages.
 * @throws InputError for an empty input, as the CLI refuses an empty file
 */
function decodeInput(input: string | Uint8Array, name: string): Decoded {
  if (input.length === 0) throw new InputError('empty', `${name}: the input is empty`)
  if (typeof input === 'string') return { text: input, encoding: 'utf-16' }
  return decode(input, name)
}

/** Read decoded text in the format asked for or found; the decoder's warning comes first. */
function readDecoded(decoded: Decoded, options: DocumentOptions, readers: Readers): SourceText {
  const name = options.name ?? 'input'
  const format = detectFormat(decoded.text, options.format)
  let src: SourceText
  if (format === 'text') src = readText(decoded.text, decoded.encoding)
  else {
    const reader = format === 'html' || format === 'markdown' ? readers[format] : undefined
    if (!reader) throw new InputError('unsupported-format', `${name}: the ${format} format is not supported here`)
    src = reader(decoded.text, decoded.encoding)
  }
  if (decoded.warning === undefined) return src
  const warning: ReaderWarning = { reason: decoded.warning, ruleId: DAMAGED_ENCODING }
  return { ...src, warnings: [warning, ...src.warnings] }
}

/** The Document of a text that has been read: Traditional text matched on a Simplified view of the same length. */
function toDocument(src: SourceText, options: DocumentOptions, simplify: Simplify | null): Document {
  const read = simplify ? simplifyView(src, simplify, options.simplified === true) : src
  return new Document(read, options.name)
}

/**
 * Read an input synchronously: plain text, and the markup formats its caller hands readers for.
 * @param input the notice as text or bytes
 * @param options format, name, Simplified output
 * @param readers readers of markup formats
 * @param simplifier gives the Traditional → Simplified converter of a variant
 * @throws InputError when the input cannot be read (a Word file needs `readDocumentAsync`)
 */
export function readDocument(
  input: string | Uint8Array,
  options: DocumentOptions,
  readers: Readers,
  simplifier: (variant: TraditionalVariant) => Simplify,
): Document {
  const name = options.name ?? 'input'
  const container = typeof input === 'string' ? null : containerKind(input)
  if (container) throw new InputError('unsupported-format', `${name}: ${container} needs parseAsync() or parseFile()`)
  const src = readDecoded(decodeInput(input, name), options, readers)
  const variant = traditionalVariant(src.plain)
  return toDocument(src, options, variant ? simplifier(variant) : null)
}

/**
 * The reader of a format, loaded on first use.
 * @param format the format of an input
 * @returns the readers to read it with (none for plain text)
 */
async function loadReaders(format: SourceFormat): Promise<Readers> {
  if (format === 'html') return { html: (await import('./html.js')).readHtml }
  if (format === 'markdown') return { markdown: (await import('./markdown.js')).readMarkdown }
  return {}
}

/**
 * Read an input of any kind, Word .docx, PDF and OFD included, loading each reader only when the input needs it.
 * @param input the notice as bytes or text
 * @param options format, name, Simplified output, the most a .docx may expand to
 * @throws InputError when the input cannot be read
 */
export async function readDocumentAsync(input: string | Uint8Array, options: DocumentOptions = {}): Promise<Document> {
  const name = options.name ?? 'input'
  let src: SourceText
  if (typeof input !== 'string' && isPdf(input)) {
    src = await (await import('./pdf.js')).readPdf(input, name, options.maxBytes)
  } else if (typeof input !== 'string' && isOfd(input)) {
    src = await (await import('./ofd.js')).readOfd(input, name, options.maxBytes)
  } else if (typeof input !== 'string' && isZip(input)) {
    src = await (await import('./docx.js')).readDocx(input, name, options.maxBytes)
  } else if (options.format === 'docx' || options.format === 'pdf' || options.format === 'ofd') {
    throw new InputError('unsupported-format', `${name}: is not ${CONTAINERS[options.format]}`)
  } else {
    const decoded = decodeInput(input, name)
    src = readDecoded(decoded, options, await loadReaders(detectFormat(decoded.text, options.format)))
  }
  const variant = traditionalVariant(src.plain)
  return toDocument(src, options, variant ? await (await import('./opencc.js')).loadSimplifier(variant) : null)
}
