/**
 * The header of a notice: title (over one or more lines), 文号, recipients (主送机关), the cover text of a notice that
 * 印发/转发 a plan, signature and date, publicity note, the plan's own heading, cited documents, and on whole web
 * pages the metadata table (标题, 发文机关, 发文字号, 成文日期). Every part is optional: body-only texts are normal.
 */
import type { Citation, DocNumber, Field } from '../tree/schema.js'
import { NO_HEADING, type Document } from '../document/document.js'
import type { Pass } from './state.js'
import { dateLine, daysInMonth, findDates, isoDate } from '../grammar/dates.js'
import { readMarker } from '../grammar/markers.js'
import { looksLikeAgency } from '../grammar/statements.js'
import { GOVERNMENT_SUFFIX, HEAD_TITLES, ISSUER_ENDS, METADATA_LABELS, OCCASION_ENDINGS, TITLE_ENDINGS } from '../lexicon/header.js'

export interface Header {
  title: Field | null
  docNumber: DocNumber | null
  issuer: string | null
  /** The 成文日期, ISO; null when the text gives none, or one that does not exist (`2018年2月30日`). */
  date: string | null
  /** The date as read, ISO in form, whether or not it exists. */
  printedDate: string | null
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
/** Longest title line that ends with the kind of the document (`…扎实推进高水平开放实施意见的通知`). */
const MAX_KIND_TITLE_LINE = 160
/** Most lines of a signature: the bodies of a joint issue, one a line. */
const MAX_SIGNATURE_LINES = 3
/** Longest byline of a work report: `河南省人民政府省长 王凯`. */
const MAX_BYLINE = 30
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

/** Whether a later line is a heading of the same depth as line `i`, outside page chrome. */
function headingAgain(doc: Document, i: number): boolean {
  const depth = doc.lines[i]!.heading
  for (let j = i + 1; j < doc.lines.length; j++) if (doc.lines[j]!.heading === depth && !doc.lines[j]!.outside) return true
  return false
}

/** Whether a line ends with the kind of a document (`…的通知`, `…实施方案`). */
const endsWithKind = (view: string): boolean => TITLE_ENDINGS.some((w) => view.endsWith(w))

/** Whether a line can be part of a title: short, no sentence end, no number, no colon at the end. */
function titleLike(view: string): boolean {
  return (
    (view.length <= MAX_TITLE_LINE || (view.length <= MAX_KIND_TITLE_LINE && endsWithKind(view))) &&
    occasion(view) === null &&
    !SENTENCE_END.test(view) &&
    !/[:：]$/.test(view) &&
    readMarker(view) === null &&
    !ATTACHMENT_LINE.test(view) &&
    !DOC_NUMBER.test(view) &&
    dateLine(view) === null &&
    !/^[(（]/.test(view)
  )
}

/** A short bracketed line that continues a title: `（2023—2025年）`, `（试行）`; not a date (`（2023年2月8日）`). */
function titleAside(view: string): boolean {
  return /^[(（][^()（）]{1,20}[)）]$/.test(view) && !CLOSING_NOTE.test(view) && dateLine(view.slice(1, -1)) === null
}

/** A date line, or a date in brackets on its own line (`（2023年2月8日）` under a title). */
function dateOfLine(view: string): string | null {
  const bare = /^[(（].*[)）]$/.test(view) ? view.slice(1, -1) : view
  return dateLine(bare)
}

/** Dashes that open a subtitle: `——2026年1月26日在…`. */
const SUBTITLE_DASHES = /^[—―\-－─]*\s*/

/**
 * The occasion of a work report under its heading: `——2026年1月26日在广东省第十四届人民代表大会第五次会议上`, with or
 * without the dashes; the date it was delivered, and whether the line ends the occasion (it may break over lines).
 */
function occasion(view: string): { date: string | null; complete: boolean } | null {
  const from = SUBTITLE_DASHES.exec(view)?.[0].length ?? 0
  const date = findDates(view)[0]
  if (!date || date.index !== from || view[date.index + date.text.length] !== '在') return null
  const { year, month, day } = date
  const iso = month !== null && day !== null && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? isoDate(year, month, day) : null
  return { date: iso, complete: OCCASION_ENDINGS.some((w) => view.endsWith(w)) }
}

/** A work report's byline: `广东省省长 孟凡利`, `省长 梁惠玲`; what stands before the head's title. */
function byline(view: string): string | null {
  if (view.length > MAX_BYLINE || !/\s/.test(view)) return null
  const [office, name, more] = view.split(/\s+/)
  if (!office || !name || more !== undefined || name.length > 4 || !/^[\u4e00-\u9fa5·]+$/.test(name)) return null
  const head = HEAD_TITLES.find((t) => office.endsWith(t))
  return head ? office.slice(0, office.length - head.length) : null
}

/** The government a report's byline or occasion names: `广东省` → 广东省人民政府, `河南省人民政府` as it is. */
function government(region: string): string | null {
  if (region.endsWith(GOVERNMENT_SUFFIX)) return region
  return /(?:省|市|县|区|自治区|州|盟|旗)$/.test(region) ? region + GOVERNMENT_SUFFIX : null
}

/** The region whose people's congress a report's occasion names: `在河南省第十四届人民代表大会…` → 河南省. */
function congressRegion(view: string): string | null {
  const m = /在(.{2,12}?)第[一二三四五六七八九十\d]+届人民代表大会/.exec(view)
  return m?.[1] ?? null
}

/** An ISO date on its own (`2012-08-06`, as a site's metadata table prints the 成文日期). */
function isoLine(view: string): string | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(view.trim())
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null
}

/** Whether an ISO date exists in the calendar: `2018-02-30` does not. */
function existingDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)
}

/** A site's name after a page title: `…的通知_某某市人民政府网`, `… - 某某政府门户网站`. */
const SITE_SUFFIX = /\s*(?:[_|｜]|\s[-—–]\s).*$/

/** The title of a web page whose body prints none, without the site's name after it. */
function pageTitle(doc: Document): Field | null {
  const span = doc.pageTitle
  if (!span) return null
  const text = doc.text(span)
  const cut = text.replace(SITE_SUFFIX, '').trim()
  if (!cut || !titleLike(doc.view(span).slice(0, cut.length))) return null
  const start = span.start + text.indexOf(cut)
  return { text: cut, position: doc.place(start, start + cut.length) }
}

/** A title compared with another copy of it: punctuation, dashes and brackets aside. */
const titleKey = (view: string): string => view.replace(/[\s()（）\-—－–~〜、,，.。:："“”《》〈〉]/g, '')

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
  let at = -1
  for (const w of ISSUER_ENDS) {
    const i = title.indexOf(w)
    if (i > 1 && (at < 0 || i < at)) at = i
  }
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
    const iso = dateOfLine(doc.view(lines[i]!))
    if (!iso) continue
    used.add(i)
    // The signature: one line above the date, or a few for a joint issue (one body a line).
    const names: string[] = []
    for (let b = k - 1; b >= 0 && k - b <= MAX_SIGNATURE_LINES; b--) {
      const before = inside[b]!
      if (used.has(before) || !signatureLike(doc.view(lines[before]!))) break
      used.add(before)
      names.unshift(doc.text(lines[before]!).trim().replace(/\s{2,}/g, ' '))
    }
    const sig: string | null = names.length > 0 ? names.join(' ') : null
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
  // A work report's occasion (the day it was delivered) and byline (the head of the government that reports).
  let delivered: string | null = null
  let reporter: string | null = null
  let region: string | null = null
  const top = inside.slice(0, TOP_LINES)
  for (let k = 0; k < top.length; k++) {
    const i = top[k]!
    if (i >= firstMarker) break
    const view = doc.view(lines[i]!)
    const dn: DocNumber | null = docNumber ? null : docNumberIn(doc, i)
    const said = dn ? null : occasion(view)
    const by = dn || said || titleLines.length === 0 ? null : byline(view)
    if (dn) {
      docNumber = dn
      titleDone = titleLines.length > 0
    } else if (said) {
      delivered ??= said.date
      region ??= congressRegion(view)
      titleDone = true
      // An occasion broken over lines: the next line ends it (`人民代表大会第五次会议上`).
      const next = top[k + 1]
      if (!said.complete && next !== undefined && next < firstMarker) {
        const rest = doc.view(lines[next]!)
        if (OCCASION_ENDINGS.some((w) => rest.endsWith(w)) && rest.length <= MAX_TITLE_LINE) {
          region ??= congressRegion(view + rest)
          used.add(i)
          k++
          used.add(next)
          topEnd = next
          continue
        }
      }
    } else if (by !== null) {
      reporter ??= by
      titleDone = true
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
      (titleLines.length === 0 || lines[i]!.heading === lines[titleLines[0]!]!.heading) &&
      // A heading of markup that another of its depth follows is a section of the text (`# 1-1 …` … `# 2-3 …`).
      !(titleLines.length === 0 && lines[i]!.heading !== NO_HEADING && headingAgain(doc, i))
    ) {
      // A title printed twice (some exports repeat it, the page's copy first) is read once, from its last copy.
      const sofar = titleLines.map((t) => doc.view(lines[t]!)).join('')
      if (titleLines.length > 0 && titleKey(sofar) === titleKey(view)) {
        titleLines.length = 0
        titleLines.push(i)
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

  // A joint issuer printed on its own line above a title that starts with 关于 (`中共某县委 某县人民政府`).
  let issuerLine: string | null = null
  const firstTitle = titleLines[0]
  const secondTitle = titleLines[1]
  const issuerView = firstTitle === undefined ? '' : doc.view(lines[firstTitle]!)
  if (secondTitle !== undefined && doc.view(lines[secondTitle]!).startsWith('关于') && signatureLike(issuerView) && !ISSUER_ENDS.some((w) => issuerView.includes(w))) {
    issuerLine = doc.text(lines[firstTitle!]!).trim().replace(/\s{2,}/g, ' ')
    titleLines.shift()
  }
  // The byline's office names the government (`广东省省长`, `河南省人民政府省长`) unless it names no place (`市长`,
  // `市人民政府市长`): then the congress of the occasion does (`在马鞍山市第十七届人民代表大会…`).
  const placed = reporter !== null && reporter.replace(GOVERNMENT_SUFFIX, '').length > 1 ? government(reporter) : null
  const reporting = reporter !== null || delivered !== null ? (placed ?? (region ? government(region) : null)) : null

  const title = meta.title ? { text: meta.title.text, position: doc.place(meta.title.start, meta.title.end) } : (field(doc, titleLines) ?? pageTitle(doc))
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
  const metaDate = meta.date ? (dateLine(doc.view(meta.date)) ?? isoLine(doc.view(meta.date))) : null
  const noticeDate = delivered ?? metaDate ?? date

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
    issuer: meta.issuer?.text ?? signature ?? issuerLine ?? reporting ?? (title ? issuerInTitle(title.text) : null),
    date: noticeDate !== null && existingDate(noticeDate) ? noticeDate : null,
    printedDate: noticeDate,
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
  if (header.date === null && header.printedDate !== null) {
    state.document.warn(`Unexpected date \`${header.printedDate}\` of the notice, which does not exist: read as null`, 'invalid-date')
  }
  notice.recipients = header.recipients
  notice.publicity = header.publicity
  notice.plan = header.plan
  notice.citations = header.citations
  const year = header.date ? Number(header.date.slice(0, 4)) : (header.docNumber?.year ?? titleYear(header.title?.text) ?? titleYear(header.plan?.text))
  state.header = { lines: header.lines, bodyStart: header.bodyStart, year }
}
