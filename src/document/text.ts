/**
 * Plain text → lines. The text is its own source, so positions map one to one.
 */
import { trimmedLine, type Line, type SourceText } from './document.js'
import { normalize } from './normalize.js'
import { OffsetMap } from './offsets.js'

/**
 * Cut a matching view into trimmed, non-empty lines.
 * @param norm the matching view (line ends already `\n`)
 * @param from where to start
 * @param to where to stop
 */
export function splitLines(norm: string, from = 0, to = norm.length): Line[] {
  const lines: Line[] = []
  let start = from
  while (start <= to) {
    let end = norm.indexOf('\n', start)
    if (end < 0 || end > to) end = to
    const line = trimmedLine(norm, start, end)
    if (line) lines.push(line)
    start = end + 1
  }
  return lines
}

/**
 * Read a plain-text notice.
 * @param text the decoded text
 * @param encoding what it was decoded from
 */
export function readText(text: string, encoding: string): SourceText {
  const norm = normalize(text)
  return {
    format: 'text',
    encoding,
    positions: 'input',
    source: text,
    plain: text,
    norm,
    map: OffsetMap.identity(text.length),
    lines: splitLines(norm),
    tables: [],
    warnings: [],
  }
}
