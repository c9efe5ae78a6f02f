/**
 * Sheets → an .xlsx workbook: the few SpreadsheetML parts a ledger needs (shared strings, a bold header row that
 * stays in view, an autofilter, column widths, wrapped multi-line cells), zipped by fflate.
 *
 * Note: exceljs wrote it before, at 50 MB installed with its dependencies (most of the install), and
 * write-excel-file (3.7 MB with fflate) has no autofilter and alone would break the 40 MB budget of the install;
 * fflate (0.8 MB, no dependencies, Node and browsers) does the zip, which is the hard part. Runs in browsers too.
 */
import type { CellValue, Sheet } from './ledger.js'

/** Widest column, in characters: longer text wraps. */
const MAX_COLUMN_WIDTH = 60
const MIN_COLUMN_WIDTH = 6
/** Height of a line of 11-point text, and the highest a row may be, in points. */
const LINE_HEIGHT = 15
const MAX_ROW_HEIGHT = 409
/** Rows looked at to size the columns. */
const SIZING_ROWS = 200
/** The most characters a cell may hold: Excel calls a workbook with a longer one damaged. */
export const MAX_CELL_LENGTH = 32_767
/** The most characters of a sheet name, and those it may not hold. */
const MAX_SHEET_NAME = 31
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g

/** The time stamp of every entry: 1980-01-01, the earliest a zip file can say (a Date is made per workbook: one made at import reads the time zone). */
const FIXED_TIME = [1980, 0, 1] as const

/** Cell styles, as indexes into `cellXfs` of the style sheet below. */
const STYLE = { plain: 0, header: 1, wrapped: 2 } as const

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships'
const CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml'

/** Width of a text in columns: a Han character takes two. */
function textWidth(text: string): number {
  let width = 0
  for (const ch of text) width += ch.charCodeAt(0) > 0x2e80 ? 2 : 1
  return width
}

/** Characters XML 1.0 cannot hold at all (C0 controls but tab and line ends, lone surrogates, U+FFFE/FFFF). */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** Text as XML character data or an attribute value. */
const escapeXml = (text: string): string =>
  text.replace(NOT_XML, '').replace(/[&<>"]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&quot;'))

/** The letters of a column: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  return name
}

/** The strings of a workbook, each stored once and referred to by its index. */
class SharedStrings {
  readonly list: string[] = []
  private readonly index = new Map<string, number>()
  /** Total number of references (the `count` of the part). */
  count = 0

  add(text: string): number {
    this.count++
    let i = this.index.get(text)
    if (i === undefined) {
      i = this.list.length
      this.list.push(text)
      this.index.set(text, i)
    }
    return i
  }

  xml(): string {
    // xml:space keeps leading and trailing spaces and line breaks as they are.
    const items = this.list.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join('')
    return `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${this.count}" uniqueCount="${this.list.length}">${items}</sst>`
  }
}

/** A text cut to what a cell may hold. */
const cellText = (text: string): string => (text.length > MAX_CELL_LENGTH ? `${text.slice(0, MAX_CELL_LENGTH - 1)}…` : text)

/** The widths of a sheet's columns, from its header and first rows. */
function columnWidths(sheet: Sheet): number[] {
  return sheet.columns.map((header, i) => {
    const widest = Math.max(textWidth(header), ...sheet.rows.slice(0, SIZING_ROWS).map((r) => textWidth(String(r[i] ?? ''))))
    return Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, widest + 2))
  })
}

/** How a cell is written: its XML, and the lines it takes when it wraps (1 when it does not). */
interface CellOut {
  xml: string
  lines: number
}

/** Lines a text takes in a wrapped column of that width: each of its lines, broken where the column ends. */
function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, width - 1)
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / room)), 0)
}

function cell(ref: string, value: CellValue, style: number, width: number, strings: SharedStrings): CellOut {
  if (typeof value === 'number' && Number.isFinite(value)) return { xml: `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${value}</v></c>`, lines: 1 }
  const text = cellText(String(value))
  if (text === '') return { xml: '', lines: 1 }
  // Line breaks show only in wrapped cells; text wider than its column wraps too.
  const wraps = style === STYLE.plain && (text.includes('\n') || textWidth(text) > width)
  const s = wraps ? STYLE.wrapped : style
  return { xml: `<c r="${ref}" t="s"${s ? ` s="${s}"` : ''}><v>${strings.add(text)}</v></c>`, lines: wraps ? wrappedLines(text, width) : 1 }
}

/**
 * A row: its cells, and a height that shows every line of its wrapped cells (spreadsheets keep the default
 * height of a row that does not say its own, and cut the text).
 */
function rowXml(r: number, row: readonly CellValue[], style: number, widths: readonly number[], strings: SharedStrings): string {
  const cells = row.map((value, c) => cell(`${columnName(c)}${r}`, value, style, widths[c] ?? MAX_COLUMN_WIDTH, strings))
  const lines = cells.reduce((most, c) => Math.max(most, c.lines), 1)
  const height = lines > 1 ? ` ht="${Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT)}" customHeight="1"` : ''
  return `<row r="${r}"${height}>${cells.map((c) => c.xml).join('')}</row>`
}

/** A worksheet part: header row frozen and bold, an autofilter over the table, sized columns. */
function sheetXml(sheet: Sheet, strings: SharedStrings): string {
  const widths = columnWidths(sheet)
  const width = Math.max(1, sheet.columns.length)
  const last = `${columnName(width - 1)}${sheet.rows.length + 1}`
  const rows = [rowXml(1, sheet.columns, STYLE.header, widths, strings), ...sheet.rows.map((row, i) => rowXml(i + 2, row, STYLE.plain, widths, strings))]
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')
  return (
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<dimension ref="A1:${last}"/>` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
    `<sheetFormatPr defaultRowHeight="${LINE_HEIGHT}"/>` +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    `<autoFilter ref="A1:${last}"/>` +
    '</worksheet>'
  )
}

/** Sheet names as Excel allows them: at most 31 characters, none of `[]:*?/\`, each once. */
function sheetNames(sheets: readonly Sheet[]): string[] {
  const used = new Set<string>()
  return sheets.map((sheet, i) => {
    const base = sheet.name.replace(SHEET_NAME_FORBIDDEN, '_').slice(0, MAX_SHEET_NAME) || `Sheet${i + 1}`
    let name = base
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, MAX_SHEET_NAME - String(n).length - 1)}_${n}`
    used.add(name.toLowerCase())
    return name
  })
}

const STYLES =
  `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>'

/**
 * The parts of a workbook: path → XML text.
 * @param sheets the sheets, in order
 */
export function workbookParts(sheets: readonly Sheet[]): Record<string, string> {
  const strings = new SharedStrings()
  const names = sheetNames(sheets)
  const parts: Record<string, string> = {}
  sheets.forEach((sheet, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(sheet, strings)
  })
  const filters = sheets.map((sheet, i) => {
    const last = `$${columnName(Math.max(1, sheet.columns.length) - 1)}$${sheet.rows.length + 1}`
    const quoted = `'${(names[i] as string).replace(/'/g, "''")}'`
    return `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeXml(`${quoted}!$A$1:${last}`)}</definedName>`
  })
  parts['xl/workbook.xml'] =
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets>` +
    names.map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    `</sheets>${filters.length ? `<definedNames>${filters.join('')}</definedNames>` : ''}</workbook>`
  const n = sheets.length
  parts['xl/_rels/workbook.xml.rels'] =
    `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL_NS}">` +
    sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
    `<Relationship Id="rId${n + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${n + 2}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>` +
    '</Relationships>'
  parts['xl/styles.xml'] = STYLES
  parts['xl/sharedStrings.xml'] = strings.xml()
  parts['_rels/.rels'] =
    `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  parts['[Content_Types].xml'] =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT}.sheet.main+xml"/>` +
    sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CONTENT}.worksheet+xml"/>`).join('') +
    `<Override PartName="/xl/styles.xml" ContentType="${CONTENT}.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CONTENT}.sharedStrings+xml"/>` +
    '</Types>'
  return parts
}

/**
 * A workbook of sheets, as the bytes of an .xlsx file.
 * @param sheets the sheets, in order
 * @returns the .xlsx file
 */
export async function toXlsx(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const { strToU8, zipSync } = await import('fflate')
  const parts = workbookParts(sheets)
  // [Content_Types].xml first, as Office writes it: some readers look for it there.
  const order = ['[Content_Types].xml', '_rels/.rels', ...Object.keys(parts).filter((p) => p !== '[Content_Types].xml' && p !== '_rels/.rels')]
  // A fixed time keeps the bytes the same for the same sheets (the zip stores one per entry).
  return zipSync(Object.fromEntries(order.map((path) => [path, [strToU8(parts[path] as string), { level: 6, mtime: new Date(...FIXED_TIME) }]])))
}
