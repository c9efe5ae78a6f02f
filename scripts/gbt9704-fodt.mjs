#!/usr/bin/env node
// One-off, run by scripts/make-pdfs.sh: a plain-text notice → a flat OpenDocument text laid out as GB/T 9704-2012
// prescribes, for LibreOffice to turn into .docx and PDF: A4 with the standard margins, the 版头 (issuer mark in red,
// 文号, the red line), the title, 3号 body text with two-character indents at 28.95 pt, the signature and date, page
// numbers `— N —` in the footer (odd pages right, even pages left), and the 版记 at the end (抄送 and 印发 between
// rules). Rules are paragraph borders: drawn lines, as in real documents, not characters.
// Body text is ranged left unless --justify is given: LibreOffice 7.4 drops the punctuation at the end of justified
// lines when it lays out a .docx it wrote (the PDF then lacks the 、 and ， a reader of the Word file would see).
// --columns sets the pages in two columns (not GB/T 9704, but how bulletins and gazettes print notices).
// Usage: node scripts/gbt9704-fodt.mjs [--justify] [--columns] NOTICE.txt ISSUER-MARK CC-LINE PRINTED-LINE > notice.fodt
import { readFileSync } from 'node:fs'

const flags = new Set(process.argv.slice(2).filter((a) => a.startsWith('--')))
const justify = flags.has('--justify')
const columns = flags.has('--columns')
const [file, mark, cc, printed] = process.argv.slice(2).filter((a) => !a.startsWith('--'))
if (!file || !mark || !cc || !printed) {
  console.error('usage: gbt9704-fodt.mjs [--justify] [--columns] NOTICE.txt ISSUER-MARK CC-LINE PRINTED-LINE')
  process.exit(1)
}
const lines = readFileSync(file, 'utf8')
  .split(/\r?\n/)
  .map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const DOC_NUMBER = /^\S+〔\d{4}〕\d+号$/
const DATE = /^\d{4}年\d{1,2}月\d{1,2}日$/
let title = null
let docNumber = null
const body = []
for (const line of lines) {
  if (title === null && line !== '') title = line
  else if (docNumber === null && DOC_NUMBER.test(line)) docNumber = line
  else body.push(line)
}
while (body[0] === '') body.shift()

const issuer = body[body.findIndex((l) => DATE.test(l)) - 1]
const paragraphs = []
let recipientsDone = false
for (const line of body) {
  if (line === '') {
    paragraphs.push('<text:p text:style-name="Body"/>')
    continue
  }
  let style = 'Body'
  if (!recipientsDone && /：$/.test(line)) {
    style = 'Recipients'
    recipientsDone = true
  } else if (line === issuer || DATE.test(line)) style = 'Signature'
  else if (/^[一二三四五六七八九十]+、/.test(line)) style = 'Heading1'
  else if (/^（[一二三四五六七八九十]+）/.test(line)) style = 'Heading2'
  paragraphs.push(`<text:p text:style-name="${style}">${escape(line)}</text:p>`)
}

const serif = 'Noto Serif CJK SC'
const sans = 'Noto Sans CJK SC'
process.stdout.write(`<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
  <style:font-face style:name="${serif}" svg:font-family="'${serif}'"/>
  <style:font-face style:name="${sans}" svg:font-family="'${sans}'"/>
</office:font-face-decls>
<office:styles>
  <style:default-style style:family="paragraph">
    <style:paragraph-properties fo:line-height="28.95pt" fo:text-align="${justify ? 'justify' : 'start'}" style:punctuation-wrap="simple" style:line-break="strict"/>
    <style:text-properties style:font-name="${serif}" style:font-name-asian="${serif}" fo:font-size="16pt" style:font-size-asian="16pt" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/>
  </style:default-style>
  <style:style style:name="Body" style:family="paragraph">
    <style:paragraph-properties fo:text-indent="32pt" fo:margin-top="0pt" fo:margin-bottom="0pt"/>
  </style:style>
  <style:style style:name="Recipients" style:family="paragraph" style:parent-style-name="Body">
    <style:paragraph-properties fo:text-indent="0pt"/>
  </style:style>
  <style:style style:name="Heading1" style:family="paragraph" style:parent-style-name="Body">
    <style:text-properties style:font-name="${sans}" style:font-name-asian="${sans}"/>
  </style:style>
  <style:style style:name="Heading2" style:family="paragraph" style:parent-style-name="Body"/>
  <style:style style:name="Signature" style:family="paragraph" style:parent-style-name="Body">
    <style:paragraph-properties fo:text-align="end" fo:text-indent="0pt" fo:margin-right="64pt"/>
  </style:style>
  <style:style style:name="Mark" style:family="paragraph">
    <style:paragraph-properties fo:text-align="center" fo:line-height="100%" fo:margin-top="35mm" fo:margin-bottom="14pt"/>
    <style:text-properties style:font-name="${serif}" style:font-name-asian="${serif}" fo:font-size="32pt" style:font-size-asian="32pt" fo:font-weight="bold" style:font-weight-asian="bold" fo:color="#e00000"/>
  </style:style>
  <style:style style:name="DocNumber" style:family="paragraph">
    <style:paragraph-properties fo:text-align="center" fo:margin-top="28pt" fo:padding-bottom="10pt" fo:border-bottom="1.5pt solid #e00000"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph">
    <style:paragraph-properties fo:text-align="center" fo:line-height="36pt" fo:margin-top="40pt" fo:margin-bottom="28.95pt"/>
    <style:text-properties fo:font-size="22pt" style:font-size-asian="22pt" fo:font-weight="bold" style:font-weight-asian="bold"/>
  </style:style>
  <style:style style:name="CopyTo" style:family="paragraph">
    <style:paragraph-properties fo:margin-top="56pt" fo:margin-left="14pt" fo:margin-right="14pt" fo:text-indent="-14pt" fo:padding-top="4pt" fo:padding-bottom="4pt" fo:border-top="1pt solid #000000" fo:border-bottom="0.5pt solid #000000"/>
    <style:text-properties fo:font-size="14pt" style:font-size-asian="14pt"/>
  </style:style>
  <style:style style:name="Printed" style:family="paragraph">
    <style:paragraph-properties fo:margin-left="14pt" fo:margin-right="14pt" fo:padding-top="4pt" fo:padding-bottom="4pt" fo:border-bottom="1pt solid #000000"/>
    <style:text-properties fo:font-size="14pt" style:font-size-asian="14pt"/>
  </style:style>
  <style:style style:name="FooterOdd" style:family="paragraph">
    <style:paragraph-properties fo:text-align="end" fo:margin-right="14pt"/>
    <style:text-properties style:font-name="${serif}" style:font-name-asian="${serif}" fo:font-size="14pt" style:font-size-asian="14pt"/>
  </style:style>
  <style:style style:name="FooterEven" style:family="paragraph">
    <style:paragraph-properties fo:text-align="start" fo:margin-left="14pt"/>
    <style:text-properties style:font-name="${serif}" style:font-name-asian="${serif}" fo:font-size="14pt" style:font-size-asian="14pt"/>
  </style:style>
</office:styles>
<office:automatic-styles>
  <style:page-layout style:name="A4" style:page-usage="mirrored">
    <style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" fo:margin-top="37mm" fo:margin-bottom="20mm" fo:margin-left="28mm" fo:margin-right="26mm">${columns ? '<style:columns fo:column-count="2" fo:column-gap="10mm"/>' : ''}</style:page-layout-properties>
    <style:footer-style><style:header-footer-properties fo:min-height="15mm" fo:margin-top="7mm"/></style:footer-style>
  </style:page-layout>
</office:automatic-styles>
<office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="A4">
    <style:footer><text:p text:style-name="FooterOdd">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>
    <style:footer-left><text:p text:style-name="FooterEven">— <text:page-number text:select-page="current">2</text:page-number> —</text:p></style:footer-left>
  </style:master-page>
</office:master-styles>
<office:body><office:text>
<text:p text:style-name="Mark">${escape(mark)}</text:p>
<text:p text:style-name="DocNumber">${escape(docNumber ?? '')}</text:p>
<text:p text:style-name="Title">${escape(title ?? '')}</text:p>
${paragraphs.join('\n')}
<text:p text:style-name="CopyTo">${escape(cc)}</text:p>
<text:p text:style-name="Printed">${escape(printed)}</text:p>
</office:text></office:body>
</office:document>
`)
