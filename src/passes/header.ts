/**
 * The header of a notice: title (over one or more lines), 文号, recipients (主送机关), the cover text of a notice that
 * 印发/转发 a plan, signature and date, publicity note, the plan's own heading, cited documents, and on whole web
 * pages the metadata table (标题, 发文机关, 发文字号, 成文日期). Every part is optional: body-only texts are normal.
 */
import type { Citation, DocNumber, Field } from '../tree/schema.js'
import type { Document } from '../document/document.js'
import type { Pass } from './state.js'
import { dateLine } from '../grammar/dates.js'
import { readMarker } from '../grammar/markers.js'
import { looksLikeAgency } from '../grammar/statements.js'
import { METADATA_LABELS } from '../lexicon/header.js'

export interface Header {
  title: Field | null
  docNumber: DocNumber | null
  issuer: string | null
  date: string | null
  recipients: string[]
  publicity: string | null
  plan: Field | null
  citations: Citation[]
  /** Lines read as header (title, 文号, cover text, signature, date …), wherever they stand. */
  lines: Set<number>
  /** The first line of the body. */
  bodyStart: number
}

/** 文号: issuer code, year in 〔〕 (or the brackets people type instead), serial, 号. */
const DOC_NUMBER = /([\u4e00-\u9fa5A-Za-z]{1,16}?)\s*[〔[(【［]\s*(\d{4})\s*[〕\])】］]\s*第?\s*(\d{1,5})\s*号/
/** Longest title line; longer lines are prose. */
const MAX_TITLE_LINE = 80
/** Most lines a title (or a plan heading) spans. */
const MAX_TITLE_LINES = 4
/** Longest signature line. */
const MAX_SIGNATURE = 60
/** Lines at the top searched for title, 文号 and recipients. */
const TOP_LINES = 12
/** Punctuation that ends a sentence, so never a title line. */
const SENTENCE_END = /[。;!?！？；]$/
const CITATION = /《([^《》]{2,120})》(?:\s*\(\s*([^()]{1,20}?〔\d{4}〕\s*第?\d{1,5}号)\s*\))?/g
const ATTACHMENT_LINE = /^附\s*件\s*(?:\d+\s*)?[:：]?/

/** Whether a line can be part of a title: short, no sentence end, no number, no colon at the end. */
function titleLike(view: string): boolean {
  return (
    view.length <= MAX_TITLE_LINE &&
    !SENTENCE_END.test(view) &&
    !/[:：]$/.test(view) &&
    readMarker(view) === null &&
    !ATTACHMENT_LINE.test(view) &&
    !DOC_NUMBER.test(view) &&
    dateLine(view) === null &&
    !/^[(（]/.test(view)
  )
}

/** A short bracketed line that continues a title: `（2023—2025年）`, `（试行）`. */
function titleAside(view: string): boolean {
  return /^[(（][^()（）]{1,20}[)）]$/.test(view) && !CLOSING_NOTE.test(view)
}

/** Read a 文号 found in a line. */
function docNumberIn(doc: Document, lineIndex: number): DocNumber | null {
  const line = doc.lines[lineIndex]
  if (!line) return null
  const view = doc.view(line)
  const m = DOC_NUMBER.exec(view)
  if (!m) return null
  // The line is the 文号 (maybe with 签发人 or a masthead beside it), not a sentence that cites one.
  if (view.length > m[0].length + 16 || /[。,，]/.test(view)) return null
  const start = line.start + m.index
  const end = start + m[0].length
  return {
    type: 'docNumber',
    text: doc.textAt(start, end).replace(/\s+/g, ''),
    code: (m[1] ?? '').trim(),
    year: Number(m[2]),
    serial: Number(m[3]),
    position: doc.place(start, end),
  }
}

/** The metadata table of a government web page, if there is one. */
function metadata(doc: Document, used: Set<number>): Partial<Record<'title' | 'issuer' | 'docNumber' | 'date', { text: string; start: number; end: number }>> {
  const found: Partial<Record<'title' | 'issuer' | 'docNumber' | 'date', { text: string; start: number; end: number }>> = {}
  for (const table of doc.tables) {
    const before = Object.keys(found).length
    for (const row of table.rows) {
      row.forEach((cell, i) => {
        const label = doc.view(cell).replace(/\s+/g, '').replace(/[:：]$/, '')
        const key = METADATA_LABELS[label]
        const value = row[i + 1]
        if (!key || !value || found[key]) return
        const text = doc.text(value).trim()
        if (text) found[key] = { text, start: value.start, end: value.end }
      })
    }
    // The table is the header's: its lines are not body text.
    if (Object.keys(found).length > before) for (let i = table.firstLine; i <= table.lastLine; i++) used.add(i)
  }
  return found
}

/** A signature: a short line naming one or more bodies, right above a date. */
function signatureLike(view: string): boolean {
  if (view.length > MAX_SIGNATURE || SENTENCE_END.test(view) || readMarker(view) || /[:：,，]/.test(view)) return false
  return view.split(/\s+/).every((name) => looksLikeAgency(name) || /(?:政府|办公室|办公厅|委员会|人民政府|党委|省委|市委|县委)$/.test(name))
}

/** A note in brackets on its own line after a date: `（此件公开发布）`, `（本文有删减）`. */
const CLOSING_NOTE = /^[(（]\s*(此件[^()（）]{1,12}|本文有删减|[^()（）]{0,12}(?:公开|删减)[^()（）]{0,6})\s*[)）]$/

/** A recipients line: names of bodies separated by `，`/`、`, ending with a colon (`各县（市、区）人民政府，…：`). */
function recipientsLike(view: string): boolean {
  if (!/[:：]$/.test(view) || SENTENCE_END.test(view.slice(0, -1))) return false
  const last = view.slice(0, -1).split(/[,，、]/).pop()?.trim() ?? ''
  return looksLikeAgency(last) || /(?:机构|单位|部门|政府|代表)$/.test(last)
}

/** The issuer named in a title: `聊城市人民政府办公室关于印发…的通知` → 聊城市人民政府办公室. */
function issuerInTitle(title: string): string | null {
  const at = title.indexOf('关于')
  if (at <= 1) return null
  const issuer = title.slice(0, at).trim()
  return issuer.split(/\s+/).every((name) => looksLikeAgency(name) || /(?:国务院|政府|办公厅|办公室|委员会)$/.test(name)) ? issuer : null
}

function field(doc: Document, lineIndices: number[]): Field | null {
  const lines = lineIndices.map((i) => doc.lines[i]).filter((l) => l !== undefined)
  if (lines.length === 0) return null
  return { text: lines.map((l) => doc.text(l).trim()).join(''), position: doc.cover(lines) }
}

/**
 * Read the header of a notice.
 * @param doc the document
 */
export function readHeader(doc: Document): Header {
  const lines = doc.lines
  const used = new Set<number>()
  const meta = metadata(doc, used)
  const inside: number[] = []
  lines.forEach((l, i) => {
    if (!l.outside && !used.has(i)) inside.push(i)
  })
  const firstMarker = inside.find((i) => readMarker(doc.view(lines[i]!)) !== null) ?? lines.length

  // Signature, date and notes wherever they stand: they close the cover, or the notice itself.
  let date: string | null = null
  let signature: string | null = null
  let coverEnd = -1
  for (const [k, i] of inside.entries()) {
    const iso = dateLine(doc.view(lines[i]!))
    if (!iso) continue
    used.add(i)
    const before = inside[k - 1]
    let sig: string | null = null
    if (before !== undefined && !used.has(before) && signatureLike(doc.view(lines[before]!))) {
      used.add(before)
      sig = doc.text(lines[before]!).trim().replace(/\s{2,}/g, ' ')
    }
    let j = k + 1
    while (j < inside.length && CLOSING_NOTE.test(doc.view(lines[inside[j]!]!))) used.add(inside[j++]!)
    if (date === null) {
      date = iso
      signature = sig
    }
    if (i < firstMarker && coverEnd < 0) coverEnd = inside[j - 1]!
  }
  let publicity: string | null = null
  for (const i of used) {
    const m = /^[(（]\s*(此件[^()（）]+)\s*[)）]$/.exec(doc.view(lines[i]!))
    if (m) publicity = doc.text(lines[i]!).trim().slice(1, -1).trim()
  }

  // The top: masthead, title, 文号, recipients.
  const titleLines: number[] = []
  let docNumber: DocNumber | null = null
  let recipients: string[] = []
  let topEnd = -1
  let titleDone = false
  for (const i of inside.slice(0, TOP_LINES)) {
    if (i >= firstMarker) break
    const view = doc.view(lines[i]!)
    const dn: DocNumber | null = docNumber ? null : docNumberIn(doc, i)
    if (dn) {
      docNumber = dn
      titleDone = titleLines.length > 0
    } else if (/文件$/.test(view) && view.length <= MAX_TITLE_LINE / 2 && titleLines.length === 0) {
      // a masthead (聊城市人民政府办公室文件)
    } else if (readMarker(view) === null && recipientsLike(view)) {
      recipients = doc
        .text(lines[i]!)
        .trim()
        .slice(0, -1)
        .split(/[，,;；]/)
        .map((s) => s.trim())
        .filter(Boolean)
      used.add(i)
      topEnd = i
      break
    } else if (
      !titleDone &&
      (titleLike(view) || (titleLines.length > 0 && titleAside(view))) &&
      titleLines.length < MAX_TITLE_LINES &&
      !used.has(i) &&
      // A heading of another level (`## 创新驱动` under `# 标题`) starts the body, it does not continue the title.
      (titleLines.length === 0 || lines[i]!.heading === lines[titleLines[0]!]!.heading)
    ) {
      const previous = titleLines[titleLines.length - 1]
      // A title printed twice (some exports repeat it) is read once.
      if (previous !== undefined && doc.view(lines[previous]!) === view) {
        used.add(i)
        topEnd = i
        continue
      }
      titleLines.push(i)
    } else break
    used.add(i)
    topEnd = i
  }
  if (titleLines.length > 0 && !docNumber && recipients.length === 0) {
    // Without 文号 or recipients, a title stands alone above the text: one line (or several) then a paragraph.
    titleLines.splice(MAX_TITLE_LINES)
  }

  // The cover text of a notice that 印发 a plan runs to its signature and date; the plan's own heading follows.
  let bodyStart = topEnd + 1
  const planLines: number[] = []
  if (coverEnd >= 0) {
    for (const i of inside) if (i > topEnd && i <= coverEnd) used.add(i)
    bodyStart = coverEnd + 1
    for (const i of inside) {
      if (i <= coverEnd) continue
      const view = doc.view(lines[i]!)
      if (planLines.length >= MAX_TITLE_LINES || !(titleLike(view) || (planLines.length > 0 && titleAside(view)))) break
      planLines.push(i)
    }
    // A heading is followed by text, not by more headings only.
    const next = inside.find((i) => i > (planLines[planLines.length - 1] ?? coverEnd))
    if (next === undefined) planLines.length = 0
    for (const i of planLines) used.add(i)
    if (planLines.length) bodyStart = planLines[planLines.length - 1]! + 1
    // A forwarded notice (转发) prints a header of its own under its title: 文号 and recipients.
    for (const i of inside) {
      if (i < bodyStart || i >= firstMarker) continue
      const view = doc.view(lines[i]!)
      const ownHeader = docNumberIn(doc, i) !== null || recipientsLike(view)
      if (!ownHeader || i > bodyStart + 1) break
      used.add(i)
      bodyStart = i + 1
    }
  }

  const title = meta.title ? { text: meta.title.text, position: doc.place(meta.title.start, meta.title.end) } : field(doc, titleLines)
  if (!docNumber && meta.docNumber) {
    const m = DOC_NUMBER.exec(doc.view(meta.docNumber))
    if (m) {
      docNumber = {
        type: 'docNumber',
        text: meta.docNumber.text.replace(/\s+/g, ''),
        code: (m[1] ?? '').trim(),
        year: Number(m[2]),
        serial: Number(m[3]),
        position: doc.place(meta.docNumber.start, meta.docNumber.end),
      }
    }
  }
  const metaDate = meta.date ? dateLine(doc.view(meta.date)) : null

  // Cited documents in the header and the text before the body.
  const citations: Citation[] = []
  for (const i of inside) {
    if (i >= firstMarker) break
    const line = lines[i]!
    const view = doc.view(line)
    CITATION.lastIndex = 0
    for (let m = CITATION.exec(view); m; m = CITATION.exec(view)) {
      const start = line.start + m.index
      const titleText = doc.textAt(start + 1, start + 1 + (m[1]?.length ?? 0))
      citations.push({
        type: 'citation',
        title: titleText,
        docNumber: m[2] ? doc.textAt(start + m[0].indexOf(m[2]), start + m[0].indexOf(m[2]) + m[2].length).replace(/\s+/g, '') : null,
        position: doc.place(start, start + m[0].length),
      })
    }
  }

  return {
    title,
    docNumber,
    issuer: meta.issuer?.text ?? signature ?? (title ? issuerInTitle(title.text) : null),
    date: metaDate ?? date,
    recipients,
    publicity,
    plan: field(doc, planLines),
    citations,
    lines: used,
    bodyStart: Math.max(0, bodyStart),
  }
}

/** A year a title names: `某市2024年重点工作任务`, the first of `2023—2025年行动计划`. */
const TITLE_YEAR = /((?:19|20)\d{2})(?:年|[—－-])/

/**
 * The year of a notice that gives no date and no 文号, from its title or its plan's: earlier years in its text are
 * then statistics (`2022年全市地区生产总值达到2500亿元`), not goals.
 */
function titleYear(title: string | undefined): number | null {
  const m = title ? TITLE_YEAR.exec(title) : null
  return m ? Number(m[1]) : null
}

/**
 * The header pass: the notice's title, 文号, issuer, date, recipients, publicity note, plan and citations; which
 * lines are header; and the year of the notice.
 * @param state the parse
 */
export const headerPass: Pass = (state) => {
  const header = readHeader(state.document)
  const { notice } = state
  notice.title = header.title?.text ?? null
  notice.docNumber = header.docNumber
  notice.issuer = header.issuer
  notice.date = header.date
  notice.recipients = header.recipients
  notice.publicity = header.publicity
  notice.plan = header.plan
  notice.citations = header.citations
  const year = header.date ? Number(header.date.slice(0, 4)) : (header.docNumber?.year ?? titleYear(header.title?.text) ?? titleYear(header.plan?.text))
  state.header = { lines: header.lines, bodyStart: header.bodyStart, year }
}
