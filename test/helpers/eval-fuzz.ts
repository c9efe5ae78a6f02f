/**
 * Damage done to the evaluation notices for the mutation property of test/property.test.ts (issue 14): the 34 real
 * notices of fixtures/ (listed in eval-notices.json), cut into line windows, edited the ways people and converters
 * edit notices (line ranges deleted, duplicated and moved; numbering markers, brackets, responsibility words and
 * quantities put in where they do not belong; widths toggled over a range), then stored in another way (wrapped in
 * HTML or Markdown, or cut at a byte, inside a UTF-8 sequence too).
 *
 * Every mutation takes the text and two random numbers, like those of test/property.test.ts, so that both sets mix.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export type Format = 'text' | 'html' | 'markdown'

export interface EvalNotice {
  name: string
  format: Format
  text: string
}

const FORMATS: Readonly<Record<string, Format>> = { txt: 'text', html: 'html', md: 'markdown' }

/** The evaluation notices as their fixtures hold them, with the format their extension names. */
export function evalNotices(fixtures: string, names: readonly string[]): EvalNotice[] {
  return names.map((name) => {
    const dir = join(fixtures, name)
    const file = readdirSync(dir).find((f) => f.startsWith('input.'))
    const format = file && FORMATS[file.slice('input.'.length)]
    if (!file || !format) throw new Error(`${dir}: no input.txt, input.html or input.md`)
    return { name, format, text: readFileSync(join(dir, file), 'utf8') }
  })
}

/** Full-width ↔ half-width of one character, when it has a counterpart. */
export function otherWidth(c: string): string {
  const code = c.charCodeAt(0)
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0)
  if (code >= 0x21 && code <= 0x7e) return String.fromCharCode(code + 0xfee0)
  return ({ '\u3000': ' ', ' ': '\u3000', '。': '.', '、': ',', '“': '"', '”': '"', '【': '[', '】': ']' } as Record<string, string>)[c] ?? c
}

/** Markers of every level and style, as they open a heading or stray into a sentence. */
const MARKERS = ['一、', '二、', '八、', '十一、', '（一）', '（二）', '（十五）', '(三)', '1.', '3.', '3．', '12、', '55.', '(1)', '（2）', '①', '第五条', '第二章', '第一节', '附件', '附件2']
/** Responsibility words and statements, whole and broken. */
const DUTIES = ['牵头单位：', '配合单位：', '责任单位：', '牵头，', '负责', '（市发展改革委牵头，市财政局配合）', '（牵头单位：市科技局；配合单位：', '（各县（市、区）人民政府负责）', '（责任单位：）', '按职责分工负责']
/** Numbers with units and comparators, the targets' vocabulary. */
const QUANTITIES = ['100家以上', '20.1亿立方米', '85%', '85％以上', '10—15家', '1.2万人', '不低于1亿元', '3个百分点', '两个', '控制在20.1亿立方米以内', '增长18%以上', '第七届', '2023年6月底前', '0.5分', '5G基站1000座', '１２３']

/** A range of lines [start, end) at a, of 1 to 20 lines by b. */
function lineRange(lines: readonly string[], a: number, b: number): [number, number] {
  const start = a % lines.length
  return [start, Math.min(lines.length, start + 1 + (b % 20))]
}

/** Put a piece at a random character (b odd) or at the start or end of a random line (b even). */
function put(text: string, piece: string, a: number, b: number, atEnd = false): string {
  if (b % 2 === 1) {
    const i = a % (text.length + 1)
    return text.slice(0, i) + piece + text.slice(i)
  }
  const lines = text.split('\n')
  const i = a % lines.length
  lines[i] = atEnd ? lines[i]!.replace(/(\r?)$/, `${piece}$1`) : piece + lines[i]!
  return lines.join('\n')
}

export const EVAL_MUTATIONS: Readonly<Record<string, (text: string, a: number, b: number) => string>> = {
  deleteLines: (text, a, b) => {
    const lines = text.split('\n')
    const [start, end] = lineRange(lines, a, b)
    lines.splice(start, end - start)
    return lines.join('\n')
  },
  duplicateLines: (text, a, b) => {
    const lines = text.split('\n')
    const [start, end] = lineRange(lines, a, b)
    return [...lines.slice(0, end), ...lines.slice(start, end), ...lines.slice(end)].join('\n')
  },
  // Swap a range of lines with the lines between it and a random place (the range moved there).
  swapLineRanges: (text, a, b) => {
    const lines = text.split('\n')
    const [start, end] = lineRange(lines, a, b)
    const moved = lines.splice(start, end - start)
    const at = (a * 31 + b) % (lines.length + 1)
    return [...lines.slice(0, at), ...moved, ...lines.slice(at)].join('\n')
  },
  insertMarker: (text, a, b) => put(text, MARKERS[(b >> 1) % MARKERS.length]!, a, b),
  insertFullWidthBracket: (text, a, b) => put(text, b % 4 < 2 ? '（' : '）', a, b, true),
  insertDuty: (text, a, b) => put(text, DUTIES[(b >> 1) % DUTIES.length]!, a, b, true),
  insertQuantity: (text, a, b) => put(text, QUANTITIES[(b >> 1) % QUANTITIES.length]!, a, b),
  toggleWidths: (text, a, b) => {
    const start = a % (text.length + 1)
    const end = Math.min(text.length, start + 1 + (b % 400))
    return text.slice(0, start) + [...text.slice(start, end)].map(otherWidth).join('') + text.slice(end)
  },
}

/** Lines wrapped as HTML paragraphs and table cells, in a whole page or a fragment. */
export function wrapHtml(text: string, a: number): string {
  const body = text
    .split('\n')
    .map((line, i) => ((i + a) % 7 === 0 ? `<table><tr><td>${line}</td><td>市科技局</td></tr></table>` : `<p>${line}</p>`))
    .join('\n')
  return a % 2 === 0 ? `<html><head><title>通知</title></head><body>${body}</body></html>` : body
}

/** Lines turned into Markdown headings, list items, quotes and emphasis. */
export function wrapMarkdown(text: string, a: number): string {
  const PREFIXES = ['', '# ', '## ', '- ', '1. ', '> ', '**', '    ']
  return text
    .split('\n')
    .map((line, i) => PREFIXES[(i * 3 + a) % PREFIXES.length] + line)
    .join('\n')
}

/** The UTF-8 bytes cut at a random byte: the end cut off, the start cut off, or one byte dropped. */
export function cutBytes(text: string, a: number, b: number): Uint8Array {
  const bytes = Buffer.from(text, 'utf8')
  const i = a % (bytes.length + 1)
  if (b % 3 === 0) return bytes.subarray(0, i)
  if (b % 3 === 1) return bytes.subarray(i)
  return Buffer.concat([bytes.subarray(0, i), bytes.subarray(i + 1)])
}
