/**
 * Telling containers apart by their bytes: PDF by `%PDF-` in the first 1 KB, OFD by an `OFD.xml` entry (also in an
 * archive cut short), Word .docx as any other zip; never by the file name.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { containerKind, isOfd, isPdf } from '../src/document/containers.js'
import { writeOfd, zip } from './helpers/ofd-writer.js'

const root = join(import.meta.dirname, '..')
const docx = readFileSync(join(root, 'fixtures', 'seed-docx', 'input.docx'))
const ofd = writeOfd('关于印发重点工作任务的通知\n一、总体要求')
const ascii = (s: string) => new TextEncoder().encode(s)

describe('sniffing', () => {
  it('finds %PDF- in the first 1024 bytes only', () => {
    expect(isPdf(ascii('%PDF-1.7\n'))).toBe(true)
    expect(isPdf(ascii(`${' '.repeat(1000)}%PDF-1.4`))).toBe(true)
    expect(isPdf(ascii(`${' '.repeat(1100)}%PDF-1.4`))).toBe(false)
    expect(isPdf(ascii('一份关于 PDF 的通知'))).toBe(false)
  })

  it('tells OFD from Word .docx, also when the OFD file is cut short', () => {
    expect(isOfd(ofd)).toBe(true)
    expect(isOfd(ofd.subarray(0, 200))).toBe(true)
    expect(isOfd(docx)).toBe(false)
    // An entry named OFD.xml below the root, or text that mentions OFD.xml, is no OFD file.
    expect(isOfd(zip({ 'Doc_0/OFD.xml': ascii('<x/>'), 'readme.txt': ascii('see OFD.xml') }))).toBe(false)
    expect(containerKind(ofd)).toBe('an OFD file')
    expect(containerKind(docx)).toBe('a Word .docx (zip) file')
    expect(containerKind(ascii('%PDF-1.7'))).toBe('a PDF file')
    expect(containerKind(ascii('一、总体要求'))).toBeNull()
  })
})
