/**
 * The library's synchronous reading, with every reader of text formats at hand (Word needs `parseAsync`): `parse()`,
 * and `readSync()`, which `checkNotice()` reads the text of a parsed notice with.
 */
import type { Document } from './document/document.js'
import { readHtml } from './document/html.js'
import { readMarkdown } from './document/markdown.js'
import { simplifierSync } from '#opencc-sync'
import { readDocument, type Readers } from './document/read.js'
import { parseDocument, type ParseOptions } from './pipeline.js'
import type { Notice } from './tree/schema.js'

const readers: Readers = { html: readHtml, markdown: readMarkdown }

/**
 * Read text, HTML or Markdown into a Document synchronously.
 * @param input the text or its bytes
 * @param options format and name
 * @returns the document
 * @throws InputError when the input cannot be read
 */
export function readSync(input: string | Uint8Array, options: ParseOptions = {}): Document {
  return readDocument(input, options, readers, simplifierSync)
}

/**
 * Parse a notice into its typed tree.
 * @param input the notice as text or bytes (UTF-8, UTF-16 with BOM, GB18030/GBK are detected); plain text, HTML or
 *   Markdown, Simplified or Traditional Chinese (Word .docx needs `parseAsync`)
 * @param options format, name, and `simplified` for Simplified output strings from Traditional input
 * @returns the notice; positions refer to the (decoded) input
 * @throws InputError when the input cannot be read
 */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): Notice {
  return parseDocument(readSync(input, options), options)
}
