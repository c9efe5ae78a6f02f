/**
 * The pipeline: bytes → text → lines → notice tree → targets. One direction, each stage adding to the last.
 *
 * Note: readers of formats other than plain text are passed in (`Readers`) rather than imported here, so that the
 * CLI loads rehype only for HTML input; `index.ts` passes all of them to `parse()`.
 */
import { InputError } from './errors.js'
import { decode, type Decoded } from './input/decode.js'
import { containerKind } from './input/sniff.js'
import type { SourceFormat, SourceText } from './input/document.js'
import { readText } from './input/text.js'
import { simplifyView, traditionalVariant, type Simplify, type TraditionalVariant } from './input/traditional.js'
import type { Notice } from './schema.js'
import { Context } from './structure/context.js'
import { readNotice } from './structure/notice.js'
import { targetReader } from './targets/extract.js'
import type { SegmenterName } from './targets/segmenter.js'

export interface ParseOptions {
  /** How to read the input; `auto` (the default) looks at its content, never at a file name. */
  format?: 'auto' | SourceFormat
  /** A name for the input, used in error messages. */
  name?: string
  /** Read quantitative targets (default true). */
  targets?: boolean
  /** The jieba binding that bounds metric phrases: `node-rs` (default), `nodejieba`, or `none` (character rules). */
  segmenter?: SegmenterName
  /** For Traditional Chinese input: output strings in Simplified characters too (matching always is). */
  simplified?: boolean
}

/** Readers of formats other than plain text: decoded text → lines with an offset map. */
export type Readers = Partial<Record<Exclude<SourceFormat, 'text' | 'docx' | 'pdf' | 'ofd'>, (text: string, encoding: string) => SourceText>>

/** How far into a text to look for markup when guessing its format. */
const SNIFF_LENGTH = 2048

/** How far into a text to look for Markdown headings: a notice's first chapter can follow a long cover letter. */
const MARKDOWN_SNIFF_LENGTH = 16384
/** A Markdown heading (`# 一、…`), GFM table delimiter row, or link/emphasis markup at a line start. */
const MARKDOWN_HEADING = /^ {0,3}#{1,6}[ \t]+\S/m
const MARKDOWN_TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$/
/** Note: `[ \t]*`, not `\s*`: with the m flag, `\s*` would run over every following line from every line start. */
const MARKDOWN_INLINE = /^[ \t]*(?:[-*+] |\d{1,3}\. )?(?:\*\*[^*\n]+\*\*|\[[^\]\n]+\]\([^)\s]+\))/m
/** Longest line tested for a table rule: longer ones are not table rules, and a bounded line keeps the test linear. */
const MAX_TABLE_RULE = 400

/**
 * Whether a text is Markdown: a `#` heading or a strong/link opening a line in its first pages, or a GFM table.
 * Note: plain notices never start a line with `# ` or `**`, and `1.加强` alone proves nothing, so lists do not count.
 * @param text the decoded input
 * @returns true for Markdown
 */
export function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, MARKDOWN_SNIFF_LENGTH)
  return MARKDOWN_HEADING.test(head) || MARKDOWN_INLINE.test(head) || hasTableRule(text)
}

/** Whether some line of a text is a GFM table rule (`|---|---|`), testing short lines only. */
function hasTableRule(text: string): boolean {
  for (let at = text.indexOf('--'); at >= 0; at = text.indexOf('--', at + 1)) {
    const start = text.lastIndexOf('\n', at) + 1
    let end = text.indexOf('\n', at)
    if (end < 0) end = text.length
    if (end - start <= MAX_TABLE_RULE && MARKDOWN_TABLE_DELIMITER.test(text.slice(start, end).replace(/\r$/, ''))) return true
    at = end
  }
  return false
}

/** Whether a text is HTML: it starts with a tag, or has block tags near its start. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, SNIFF_LENGTH)
  return (
    /^\s*<(?:!doctype|html|head|body|div|p|table|tbody|tr|td|span|meta|section|article|h[1-6])[\s>/]/i.test(head) ||
    /<\/(?:p|div|td|tr|table|span|h[1-6])>/i.test(head)
  )
}

/**
 * The format of a text: the one asked for, or the one its content shows.
 * @param text the decoded input
 * @param format what the caller asked for
 */
export function detectFormat(text: string, format: ParseOptions['format']): SourceFormat {
  if (format && format !== 'auto') return format
  // A Markdown file that embeds a little HTML is still Markdown when it opens with a heading.
  if (/^\s*#{1,6}[ \t]/.test(text)) return 'markdown'
  if (looksLikeHtml(text)) return 'html'
  return looksLikeMarkdown(text) ? 'markdown' : 'text'
}

/** Decode bytes (or take a string) and name the input for messages. */
export function decodeInput(input: string | Uint8Array, name: string): Decoded {
  if (typeof input === 'string') return { text: input, encoding: 'utf-16' }
  const container = containerKind(input)
  if (container) throw new InputError('unsupported-format', `${name}: ${container} needs parseAsync() or parseFile()`)
  return decode(input, name)
}

/**
 * Read the text of a notice from its bytes or string, in the format asked for or found.
 * @param input the notice
 * @param options format, name, and whether Traditional output is to be Simplified
 * @param readers readers for formats other than plain text
 * @param simplifier gives the Traditional → Simplified converter of a variant; without it Traditional text is
 *   matched as it is (the async path converts after reading, to load opencc with `import()`)
 * @returns the text, its lines and offset map; for Traditional input a Simplified matching view
 */
export function readSource(
  input: string | Uint8Array,
  options: ParseOptions,
  readers: Readers,
  simplifier?: (variant: TraditionalVariant) => Simplify,
): SourceText {
  const name = options.name ?? 'input'
  const { text, encoding, warning } = decodeInput(input, name)
  const format = detectFormat(text, options.format)
  let src: SourceText
  if (format === 'text') src = readText(text, encoding)
  else {
    const reader = format === 'html' || format === 'markdown' ? readers[format] : undefined
    if (!reader) throw new InputError('unsupported-format', `${name}: the ${format} format is not supported here`)
    src = reader(text, encoding)
  }
  if (warning) src = { ...src, warnings: [warning, ...src.warnings] }
  if (!simplifier) return src
  const variant = traditionalVariant(src.plain)
  return variant ? simplifyView(src, simplifier(variant), options.simplified === true) : src
}

/**
 * The notice tree of a text that has been read.
 * @param src the text with its lines and offset map
 * @param options targets and segmenter
 */
export function parseSource(src: SourceText, options: ParseOptions = {}): Notice {
  const warnings = [...src.warnings]
  const ctx = new Context(src)
  const tree = readNotice(ctx, (facts) =>
    options.targets === false
      ? () => []
      : targetReader(ctx, facts, { segmenter: options.segmenter ?? 'node-rs', warn: (message) => warnings.push(message) }),
  )
  return {
    ...tree,
    source: { format: src.format, encoding: src.encoding, positions: src.positions, ...(src.pages ? { pages: src.pages } : {}) },
    warnings,
  }
}
