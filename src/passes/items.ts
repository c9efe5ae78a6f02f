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
import { readMarker } from '../grammar/markers.js'
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
export function readItems(doc: Document, skip: ReadonlySet<number>, from: number): Part[] {
  const lines = doc.lines
  const parts: Part[] = [{ heading: [], intro: [], items: [] }]
  const seen = new Set<string>()
  let stack: Open[] = []
  let part = parts[0]!
  const tablesDone = new Set<number>()
  let headings = 0

  const place = (key: string, item: Item): void => {
    const at = stack.findIndex((o) => o.key === key)
    if (at >= 0) stack = stack.slice(0, at)
    const parent = stack[stack.length - 1]
    ;(parent ? parent.item.children : part.items).push(item)
    stack.push({ key, item })
    seen.add(key)
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
      if (next && !skip.has(i + 1) && next.table === NO_TABLE) {
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

    const marker = readMarker(view)
    // A heading of markup without a number of its own (`## 重点任务`) is a level of the outline all the same.
    if (!marker && line.heading !== NO_HEADING) {
      const numbering: Numbering = { text: '', value: ++headings, style: 'heading' }
      place(`heading-${line.heading}`, { numbering, lines: [i], contentStart: 0, children: [] })
      continue
    }
    const open = marker !== null && stack.some((o) => o.key === marker.style)
    if (marker && marker.contentStart < view.length && (open || marker.value <= 1 || seen.has(marker.style))) {
      const numbering: Numbering = { text: doc.text(line).slice(0, marker.end).trim(), value: marker.value, style: marker.style }
      place(marker.style, { numbering, lines: [i], contentStart: marker.contentStart, children: [] })
      continue
    }
    attach(i)
  }
  return parts
}
