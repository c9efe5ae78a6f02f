/**
 * Minimal PDF files for the reader's edge cases, written by hand: pages of ASCII text in Helvetica (one text object a
 * line, or placed anywhere), ruled tables (stroked lines or thin filled rectangles, maybe under a scaling `cm`), pages
 * that are only an image (a scan), and as many pages as asked for. The cross-reference table is exact,
 * so every PDF reader opens them; anything beyond that (fonts, CJK) is left to the LibreOffice PDFs in fixtures/pdf.
 */

export interface PdfPage {
  /** Lines of ASCII text, top down. */
  lines?: string[]
  /** Draw an image instead of text, as a scanner does. */
  image?: boolean
  /** ASCII text placed at `[x, y]` (points from the bottom left, the baseline), in 10-point Helvetica. */
  placed?: Array<[number, number, string]>
  /** Straight rules `[x1, y1, x2, y2]` (points from the bottom left). */
  rules?: Array<[number, number, number, number]>
  /** Draw the rules as thin filled rectangles (as Word does) instead of stroked lines. */
  filledRules?: boolean
  /** Draw the rules at half their coordinates, scaled back up by a `cm` (the transform must be followed). */
  scaledRules?: boolean
}

const escape = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`)

function content(page: PdfPage): string {
  if (page.image) return 'q 400 0 0 500 100 200 cm BI /W 2 /H 2 /BPC 8 /CS /G ID \x00\xff\xff\x00 EI Q'
  const out = (page.lines ?? []).map((line, i) => `BT /F1 12 Tf 72 ${760 - i * 16} Td (${escape(line)}) Tj ET`)
  for (const [x, y, text] of page.placed ?? []) out.push(`BT /F1 10 Tf ${x} ${y} Td (${escape(text)}) Tj ET`)
  if (page.rules) {
    const k = page.scaledRules ? 0.5 : 1
    const paths = page.rules.map(([x1, y1, x2, y2]) =>
      page.filledRules
        ? `${Math.min(x1, x2) * k - 0.25} ${Math.min(y1, y2) * k - 0.25} ${Math.abs(x2 - x1) * k + 0.5} ${Math.abs(y2 - y1) * k + 0.5} re f`
        : `${x1 * k} ${y1 * k} m ${x2 * k} ${y2 * k} l S`,
    )
    out.push(`q ${page.scaledRules ? '2 0 0 2 0 0 cm ' : ''}0.5 w\n${paths.join('\n')}\nQ`)
  }
  return out.join('\n')
}

/**
 * A PDF of the pages given.
 * @param pages what each page holds
 * @param extra more dictionary entries for the catalog (an /OpenAction, an /AcroForm …)
 */
export function writePdf(pages: readonly PdfPage[], extra = ''): Uint8Array {
  const objects: string[] = []
  const add = (body: string): number => objects.push(body)
  const catalog = add('')
  const tree = add('')
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
  const kids: number[] = []
  for (const page of pages) {
    const stream = content(page)
    const contents = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`)
    kids.push(add(`<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contents} 0 R >>`))
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${tree} 0 R ${extra}>>`
  objects[tree - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'))
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(out, 'latin1')
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new Uint8Array(Buffer.from(out, 'latin1'))
}
