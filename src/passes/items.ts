/**
 * The numbered items of a notice, nested by their marker styles, whatever subset of the GB/T 9704 levels a notice
 * uses, numbering that runs on or restarts, attachments that start a new outline, and rows of task tables.
 *
 * Note: nesting follows the order in which styles appear (a stack), not a fixed hierarchy: notices skip levels
 * (`一、` then `1.`) and some start at `（一）`. A style not yet open starts a new level only at its first number
 * (or when it was seen before), so that a stray `3.` in prose does not open one.
 */
import { NO_HEADING, NO_TABLE, type Document, type Line, type Table } from '../document/document.js'
import type { Numbering } from '../tree/schema.js'
import { readMarker, type Marker } from '../grammar/markers.js'
import { readTaskTable, type TableRow } from './task-table.js'

/** A numbered item (or task-table row) with its own lines and its numbered children. */
export interface Item {
  numbering: Numbering
  /** Indices of its own lines in `doc.lines`: the numbered line, then unnumbered lines below it. */
  lines: number[]
  /** Offset (in its first line) where the text after the marker starts. */
  contentStart: number
  children: Item[]
  /** For rows of a task table: the cells by role. */
  row?: TableRow
}

/** One document of a notice: the notice (or plan) itself, or an attachment with its own outline. */
export interface Part {
  /** Lines of the attachment heading (`附件2` and the title below it); empty for the first part. */
  heading: number[]
  /** Unnumbered lines before the first item. */
  intro: number[]
  items: Item[]
}

/** A line that starts an attachment: `附件`, `附件2`, `附件：` alone (a list of attachments has text after it). */
const ATTACHMENT_START = /^附\s*件\s*(?:\d+\s*)?[:：]?$/
/** Longest line that can start an attachment (`附 件 12 ：`): longer ones are text, tested no further. */
const MAX_ATTACHMENT_START = 16
/** Longest attachment title line. */
const MAX_ATTACHMENT_TITLE = 80

/** A code of numbers at the start of a markup heading (`1-1 `, `2.3 `), followed by a space: the last number. */
const HEADING_CODE = /^((?:\d{1,3}[-.])+(\d{1,3}))\s+(?=\S)/

/** The key under which the glued numbering of a style (`1突破…`) is counted. */
const gluedKey = (style: string): string => `${style}:glued`

/** A run-on number whose dot looks like a decimal point: `11.121人才梯队项目` after item 10 is item 11. */
const RUN_ON = /^(\d{1,3})\.(?=\d)/

/**
 * The marker of a line whose number runs on from the last item of the `1.` numbering though the dot is followed by a
 * digit (`11.121人才梯队项目` after `10.`): never a decimal, for the decimal would not be the next number.
 */
function runOn(view: string, previous: number | undefined): Marker | null {
  if (previous === undefined) return null
  const m = RUN_ON.exec(view)
  if (!m || Number(m[1]) !== previous + 1) return null
  const end = m[0].length
  return { style: 'arabic-dot', value: previous + 1, end, contentStart: end, glued: false }
}

/** Marks that end a sentence, after which a marker run into a line (`…完成。2.加强…`) is looked for. */
const INLINE_AFTER = /[。;！？!?]\s*/g

/**
 * Note the markers run into a line after a sentence end (`…起草。 第一章 总则`, `…完成。2.加强…`): items the outline
 * did not see, for a person to look at.
 */
function noteInline(view: string, base: number, unread: (start: number, end: number) => void, from = 0): void {
  INLINE_AFTER.lastIndex = from
  for (let m = INLINE_AFTER.exec(view); m; m = INLINE_AFTER.exec(view)) {
    const at = m.index + m[0].length
    if (at >= view.length) break
    const marker = readMarker(view.slice(at))
    if (marker && !marker.glued && marker.contentStart < view.length - at) unread(base + at, base + at + marker.end)
  }
}

interface Open {
  /** The style of the level; headings of markup are one level per depth (`heading-2`). */
  key: string
  item: Item
}

/**
 * Read the numbered items of the body.
 * @param doc the document
 * @param skip lines that are not body (header, signature, notes)
 * @param from the first body line
 */
export function readItems(doc: Document, skip: ReadonlySet<number>, from: number, unread: (start: number, end: number) => void = () => {}): Part[] {
  const lines = doc.lines
  const parts: Part[] = [{ heading: [], intro: [], items: [] }]
  const seen = new Set<string>()
  let stack: Open[] = []
  let part = parts[0]!
  const tablesDone = new Set<number>()
  let headings = 0
  /** The last value of each style placed, and of the glued numbering (`1突破…`) under its own key. */
  const last = new Map<string, number>()

  const place = (key: string, item: Item): void => {
    const at = stack.findIndex((o) => o.key === key)
    if (at >= 0) stack = stack.slice(0, at)
    const parent = stack[stack.length - 1]
    ;(parent ? parent.item.children : part.items).push(item)
    stack.push({ key, item })
    seen.add(key)
    last.set(key, item.numbering.value)
  }
  const attach = (i: number): void => {
    const top = stack[stack.length - 1]
    ;(top ? top.item.lines : part.intro).push(i)
  }

  for (let i = from; i < lines.length; i++) {
    const line = lines[i] as Line
    if (skip.has(i) || line.outside) continue
    const view = doc.view(line)

    if (line.table !== NO_TABLE && !tablesDone.has(line.table)) {
      tablesDone.add(line.table)
      const table = doc.tables[line.table] as Table
      const rows = readTaskTable(doc, table)
      if (rows) {
        for (const row of rows) {
          if (row.kind === 'text') for (const l of row.lines) attach(l)
          else if (row.group) {
            const marker = readMarker(doc.view(row.group))
            const numbering: Numbering = marker
              ? { text: doc.text(row.group).slice(0, marker.end), value: marker.value, style: marker.style }
              : { text: '', value: 0, style: 'row' }
            place(marker?.style ?? 'chinese-comma', { numbering, lines: row.lines, contentStart: marker?.contentStart ?? 0, children: [] })
          } else {
            place('row', { numbering: row.numbering, lines: row.lines, contentStart: 0, children: [], row })
          }
        }
        i = table.lastLine
        continue
      }
    }

    if (view.length <= MAX_ATTACHMENT_START && ATTACHMENT_START.test(view)) {
      const heading = [i]
      const next = lines[i + 1]
      // Note: a line of page chrome (`【字体：大 中 小】`) is outside the notice, no title of its attachment.
      if (next && !skip.has(i + 1) && next.table === NO_TABLE && !next.outside) {
        const nextView = doc.view(next)
        if (nextView.length <= MAX_ATTACHMENT_TITLE && readMarker(nextView) === null && !/[。;]$/.test(nextView)) {
          heading.push(i + 1)
          i++
        }
      }
      part = { heading, intro: [], items: [] }
      parts.push(part)
      stack = []
      continue
    }

    const marker = readMarker(view) ?? runOn(view, last.get('arabic-dot'))
    // A heading of markup without a number of its own (`## 重点任务`) is a level of the outline all the same.
    if (!marker && line.heading !== NO_HEADING) {
      // `# 1-1 完備政府資料開放…`, `## 2.3 重点任务`: the code a heading prints is its number, its last part the value.
      const code = HEADING_CODE.exec(view)
      const numbering: Numbering = code
        ? { text: doc.text(line).slice(0, code[1]!.length), value: Number(code[2]), style: 'heading' }
        : { text: '', value: ++headings, style: 'heading' }
      place(`heading-${line.heading}`, { numbering, lines: [i], contentStart: code ? code[0].length : 0, children: [] })
      continue
    }
    const open = marker !== null && stack.some((o) => o.key === marker.style)
    // A number glued to its words opens a level at 1 and goes on only where the glued numbering runs (1, 2, 3 …).
    const starts = marker !== null && (marker.glued ? marker.value === 1 || last.get(gluedKey(marker.style)) === marker.value - 1 : open || marker.value <= 1 || seen.has(marker.style))
    if (marker && marker.contentStart < view.length && starts) {
      const numbering: Numbering = { text: doc.text(line).slice(0, marker.end).trim(), value: marker.value, style: marker.style }
      place(marker.style, { numbering, lines: [i], contentStart: marker.contentStart, children: [] })
      if (marker.glued) last.set(gluedKey(marker.style), marker.value)
      noteInline(view, line.start, unread, marker.contentStart)
      continue
    }
    // A line that opens with a marker and starts no item (a stray `3.` in prose) is noted as unread.
    if (marker && !marker.glued && marker.contentStart < view.length) unread(line.start, line.start + marker.end)
    attach(i)
    noteInline(view, line.start, unread)
  }
  return parts
}
