/**
 * Minimal PDF files for the reader's edge cases, written by hand: pages of ASCII text in Helvetica (one text object a
 * line), pages that are only an image (a scan), and as many pages as asked for. The cross-reference table is exact,
 * so every PDF reader opens them; anything beyond that (fonts, CJK) is left to the LibreOffice PDFs in fixtures/pdf.
 */

export interface PdfPage {
  /** Lines of ASCII text, top down. */
  lines?: string[]
  /** Draw an image instead of text, as a scanner does. */
  image?: boolean
}

const escape = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`)

function content(page: PdfPage): string {
  if (page.image) return 'q 400 0 0 500 100 200 cm BI /W 2 /H 2 /BPC 8 /CS /G ID \x00\xff\xff\x00 EI Q'
  return (page.lines ?? []).map((line, i) => `BT /F1 12 Tf 72 ${760 - i * 16} Td (${escape(line)}) Tj ET`).join('\n')
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
