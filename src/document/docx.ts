/**
 * Word .docx → HTML (mammoth) → lines through the HTML reader. Positions refer to the text extracted from the
 * document (its paragraphs and table cells, one per line), which the output says with `positions: extracted-text`.
 *
 * Note: mammoth is an optional peer dependency (8 MB installed with jszip, underscore, bluebird …, for one input
 * format): without it a .docx is an input that cannot be read, with the command that installs it.
 */
import { InputError } from '../errors.js'
import { importOptional } from '../util/optional.js'
import type { SourceText } from './document.js'
import { readHtml } from './html.js'
import { OffsetMap } from './offsets.js'
import { checkZipSize } from './zip.js'
import { DEFAULT_MAX_BYTES } from '../limits.js'

/** What a zip file that mammoth cannot read is, and what to do with it. */
const NOT_DOCX = 'a zip archive that is not a Word .docx file: unpack it, or save the document as .docx or plain text'

/**
 * The bytes as mammoth takes them in every build.
 * Note: mammoth's Node build reads `buffer`, its browser build `arrayBuffer`; both hand it to JSZip, which reads a
 * Uint8Array as it is, so one object serves both without a Buffer.
 */
function mammothInput(bytes: Uint8Array): { arrayBuffer: ArrayBuffer } {
  return { buffer: bytes, arrayBuffer: bytes } as unknown as { arrayBuffer: ArrayBuffer }
}

/**
 * Read a Word .docx notice.
 * @param bytes the file as read
 * @param name the file name, only for messages
 * @param maxBytes the most its parts may hold, inflated (a zip bomb is refused before mammoth reads it)
 * @returns the text; `source` is the extracted text itself, which positions refer to
 * @throws InputError when the bytes are no .docx file
 */
export async function readDocx(bytes: Uint8Array, name: string, maxBytes = DEFAULT_MAX_BYTES): Promise<SourceText> {
  const checked = checkZipSize(bytes, maxBytes)
  if (!checked.ok && checked.tooLarge) throw new InputError('too-large', `${name}: ${checked.reason}`)
  if (!checked.ok) throw new InputError('unsupported-format', `${name}: ${NOT_DOCX} (${checked.reason})`)
  const { default: mammoth } = await importOptional('mammoth', () => import('mammoth'), 'reading Word .docx', name)
  let html: string
  try {
    // Images are no text of the notice: skip them instead of inlining them as base64.
    const convertImage = mammoth.images.imgElement(() => Promise.resolve({ src: '' }))
    html = (await mammoth.convertToHtml(mammothInput(bytes), { convertImage })).value
  } catch {
    throw new InputError('unsupported-format', `${name}: ${NOT_DOCX}`)
  }
  const src = readHtml(html, 'utf-8')
  if (src.lines.length === 0) throw new InputError('empty', `${name}: the Word document has no text`)
  return {
    ...src,
    format: 'docx',
    positions: 'extracted-text',
    source: src.plain,
    map: OffsetMap.identity(src.plain.length),
  }
}
