/**
 * The text the PDF and OFD readers extract, as a `SourceText`: read like plain text, positions referring to the
 * extracted text itself, with the span of each page in it.
 */
import type { ReaderWarning, SourceFormat, SourceText } from './document.js'
import type { LaidOut } from './layout.js'
import { readText } from './text.js'

/**
 * @param laid the text laid out from the pages, and their spans
 * @param format the format it was extracted from
 * @param encoding what the output says the text was encoded as
 * @param warnings things to tell the user about the file, with the rule ids of their messages
 */
export function extractedSource(laid: LaidOut, format: Extract<SourceFormat, 'pdf' | 'ofd'>, encoding: string, warnings: ReaderWarning[]): SourceText {
  return { ...readText(laid.text, encoding), format, positions: 'extracted-text', pages: laid.pages, warnings }
}
