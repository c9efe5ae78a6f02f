/**
 * The pipeline: bytes → text → lines → notice tree → targets. One direction, each stage adding to the last.
 */
import { InputError } from './errors.js'
import { decode, isZip } from './input/decode.js'
import type { SourceFormat, SourceText } from './input/document.js'
import { readHtml } from './input/html.js'
import { readText } from './input/text.js'
import type { Notice } from './schema.js'
import { Context } from './structure/context.js'
import { readNotice, type TargetReader } from './structure/notice.js'

export interface ParseOptions {
  /** How to read the input; `auto` (the default) looks at its content, never at a file name. */
  format?: 'auto' | SourceFormat
  /** A name for the input, used in error messages. */
  name?: string
}

/** How far into a text to look for markup when guessing its format. */
const SNIFF_LENGTH = 2048

/** Whether a text is HTML: it starts with a tag, or has block tags near its start. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, SNIFF_LENGTH)
  return /^\s*<(?:!doctype|html|head|body|div|p|table|tbody|tr|td|span|meta|section|article|h[1-6])[\s>/]/i.test(head) ||
    /<\/(?:p|div|td|tr|table|span|h[1-6])>/i.test(head)
}

function detectFormat(text: string, format: ParseOptions['format']): SourceFormat {
  if (format && format !== 'auto') return format
  return looksLikeHtml(text) ? 'html' : 'text'
}

/**
 * Read the text of a notice from its bytes or string, in the format asked for or found.
 * @param input the notice
 * @param options format and name
 */
export function readSource(input: string | Uint8Array, options: ParseOptions = {}): SourceText {
  const name = options.name ?? 'input'
  if (typeof input !== 'string' && isZip(input)) {
    throw new InputError('unsupported-format', `${name}: a Word .docx (zip) file needs parseAsync()`)
  }
  const { text, encoding } = typeof input === 'string' ? { text: input, encoding: 'utf-16' } : decode(input, name)
  const format = detectFormat(text, options.format)
  if (format === 'html') return readHtml(text, encoding)
  if (format === 'text') return readText(text, encoding)
  throw new InputError('unsupported-format', `${name}: the ${format} format is not supported yet`)
}

const noTargets: TargetReader = () => []

/**
 * Parse a notice into its typed tree.
 * @param input the notice as text or bytes (UTF-8, UTF-16 with BOM, GB18030/GBK are detected)
 * @param options format and name
 * @returns the notice; positions refer to the (decoded) input
 * @throws InputError when bytes cannot be decoded
 */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): Notice {
  const src = readSource(input, options)
  const ctx = new Context(src)
  const tree = readNotice(ctx, noTargets)
  return {
    ...tree,
    source: { format: src.format, encoding: src.encoding, positions: src.positions },
    warnings: [...src.warnings],
  }
}
