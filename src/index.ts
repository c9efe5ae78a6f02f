/**
 * gongwen: Chinese government policy notices (公文) → typed, positioned JSON.
 */
import { readHtml } from './input/html.js'
import { readMarkdown } from './input/markdown.js'
import { simplifierSync } from './input/opencc.js'
import { parseSource, readSource, type ParseOptions, type Readers } from './parse.js'
import type { Notice } from './schema.js'

const readers: Readers = { html: readHtml, markdown: readMarkdown }

/**
 * Parse a notice into its typed tree.
 * @param input the notice as text or bytes (UTF-8, UTF-16 with BOM, GB18030/GBK are detected); plain text, HTML or
 *   Markdown, Simplified or Traditional Chinese (Word .docx, PDF and OFD need `parseAsync`)
 * @param options format, name, and `simplified` for Simplified output strings from Traditional input
 * @returns the notice; positions refer to the (decoded) input
 * @throws InputError when the input cannot be read
 */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): Notice {
  return parseSource(readSource(input, options, readers, simplifierSync), options)
}

export { parseAsync, parseFile, type ReadOptions } from './read.js'
export type { ParseOptions } from './parse.js'
export { InputError, type InputErrorCode } from './errors.js'
export * from './schema.js'
export * from './export/index.js'
export { diffNotices, type NoticeDiff } from './diff/index.js'
export { formatDiff } from './diff/text.js'
export * from './check/index.js'
