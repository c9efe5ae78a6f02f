/**
 * XML → a small element tree, for the parts of an OFD container. saxes parses (non-validating, pure JavaScript);
 * a document type declaration is refused outright, so no entity is ever expanded (billion laughs) and nothing outside
 * the container is ever referred to (external entities). Names lose their namespace prefix: producers write
 * `ofd:Page`, `Page`, or bind `ofd` to URIs of their own.
 */
import { SaxesParser } from 'saxes'

export interface XmlElement {
  /** Local name, without prefix. */
  name: string
  /** Attributes by local name. */
  attrs: Record<string, string>
  children: XmlNode[]
}
export type XmlNode = XmlElement | string

/** Why a part could not be read: not well-formed, too deep, or it declares a DTD (`dtd`). */
export class XmlError extends Error {
  constructor(
    message: string,
    readonly dtd = false,
  ) {
    super(message)
  }
}

/** Deepest nesting read: OFD content is a few levels deep; thousands of levels is an attack on the stack. */
const MAX_DEPTH = 256

const localName = (name: string): string => name.slice(name.indexOf(':') + 1)

/** The text of an XML part from its bytes: the BOM, else the declared encoding (Chinese producers may use GBK). */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3))
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2))
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200))
  const declared = /^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1]
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes)
  } catch {
    return new TextDecoder('utf-8').decode(bytes)
  }
}

/**
 * Parse an XML document into elements.
 * @param xml the document's text
 * @returns its root element
 * @throws XmlError for XML that is not well-formed, too deeply nested, or declares a DTD
 */
export function parseXml(xml: string): XmlElement {
  // Note: checked before parsing, so that not even the declaration's text is read into the parser.
  const rootAt = xml.search(/<[A-Za-z_]/)
  if (/<!DOCTYPE/i.test(rootAt < 0 ? xml : xml.slice(0, rootAt))) {
    throw new XmlError('declares a DTD (entities are never expanded)', true)
  }
  const parser = new SaxesParser({ xmlns: false })
  const stack: XmlElement[] = []
  let root: XmlElement | null = null
  parser.on('doctype', () => {
    throw new XmlError('declares a DTD (entities are never expanded)', true)
  })
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {}
    for (const [key, value] of Object.entries(tag.attributes as Record<string, string>)) attrs[localName(key)] = value
    const element: XmlElement = { name: localName(tag.name), attrs, children: [] }
    const parent = stack[stack.length - 1]
    if (parent) parent.children.push(element)
    else root = element
    if (stack.length >= MAX_DEPTH) throw new XmlError(`nested more than ${MAX_DEPTH} deep`)
    stack.push(element)
  })
  parser.on('closetag', () => {
    stack.pop()
  })
  const text = (value: string): void => {
    stack[stack.length - 1]?.children.push(value)
  }
  parser.on('text', text)
  parser.on('cdata', text)
  try {
    parser.write(xml).close()
  } catch (error) {
    if (error instanceof XmlError) throw error
    throw new XmlError(`is not well-formed XML (${String((error as Error).message ?? error).split('\n')[0]})`)
  }
  if (!root) throw new XmlError('has no root element')
  return root
}

/** The first child element of that name. */
export const child = (el: XmlElement | undefined, name: string): XmlElement | undefined =>
  el?.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name)

/** The child elements of that name. */
export const children = (el: XmlElement | undefined, name: string): XmlElement[] =>
  el ? el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name) : []

/** The text an element holds, its descendants' included. */
export function textOf(el: XmlElement | undefined): string {
  if (!el) return ''
  let out = ''
  for (const c of el.children) out += typeof c === 'string' ? c : textOf(c)
  return out
}
