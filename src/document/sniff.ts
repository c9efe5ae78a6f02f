/**
 * The format of a decoded text, from its content, never from a file name: HTML, Markdown or plain text.
 */
import type { SourceFormat } from './document.js'

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
export function detectFormat(text: string, format: 'auto' | SourceFormat | undefined): SourceFormat {
  if (format && format !== 'auto') return format
  // A Markdown file that embeds a little HTML is still Markdown when it opens with a heading.
  if (/^\s*#{1,6}[ \t]/.test(text)) return 'markdown'
  if (looksLikeHtml(text)) return 'html'
  return looksLikeMarkdown(text) ? 'markdown' : 'text'
}
