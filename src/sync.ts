/**
 * The library's synchronous entry points, with every reader of text formats at hand (Word needs `parseAsync`):
 * `parse()`, and `checkNotice()` for a notice and the text it was parsed from.
 */
import type { VFile } from 'vfile'
import { checkDocument, type CheckNoticeOptions } from './check/run.js'
import type { Document } from './document/document.js'
import { readHtml } from './document/html.js'
import { readMarkdown } from './document/markdown.js'
import { simplifierSync } from '#opencc-sync'
import { readDocument, type Readers } from './document/read.js'
import { parseDocument, type ParseOptions } from './pipeline.js'
import type { Notice } from './tree/schema.js'

const readers: Readers = { html: readHtml, markdown: readMarkdown }

/**
 * Parse a notice into its typed tree.
 * @param input the notice as text or bytes (UTF-8, UTF-16 with BOM, GB18030/GBK are detected); plain text, HTML or
 *   Markdown, Simplified or Traditional Chinese (Word .docx needs `parseAsync`)
 * @param options format, name, and `simplified` for Simplified output strings from Traditional input
 * @returns the notice; positions refer to the (decoded) input
 * @throws InputError when the input cannot be read
 */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): Notice {
  return parseDocument(readDocument(input, options, readers, simplifierSync), options)
}

/**
 * Check a parsed notice.
 * @param notice the notice tree, as `parse()` returns it
 * @param source the text it was parsed from (read again, in the same format), or its Document
 * @param options file name and rule settings
 * @returns a vfile whose `messages` are the findings, sorted by place
 * @throws RuleOptionsError for rule settings that do not fit
 */
export function checkNotice(notice: Notice, source: string | Document, options: CheckNoticeOptions = {}): VFile {
  const document = typeof source === 'string' ? readDocument(source, {}, readers, simplifierSync) : source
  return checkDocument(notice, document, options)
}
