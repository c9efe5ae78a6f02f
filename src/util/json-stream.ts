/**
 * JSON written in pieces: what `JSON.stringify(value, null, indent)` gives, byte for byte, handed to a sink a chunk at a
 * time, so that the JSON of a large notice (35–75 MB for a 10 MB input) is never one string in memory.
 *
 * Note: for the plain data of a parsed tree (objects, arrays, strings, finite numbers, booleans, null; no `toJSON`,
 * no cycles), which is all gongwen writes. Strings and numbers are written by `JSON.stringify` itself, so escapes and
 * number forms are the native ones. Nesting follows the tree, a few levels deep whatever the input's length.
 */

/** Characters gathered before a chunk goes to the sink. */
const CHUNK = 1 << 16

/**
 * Write a value as JSON to a sink, in chunks.
 * @param value the value (plain data)
 * @param write takes each chunk, in order
 * @param indent spaces per level, as `JSON.stringify`'s third argument (0 for none)
 */
export function writeJson(value: unknown, write: (chunk: string) => void, indent = 0): void {
  let buffer = ''
  const put = (text: string): void => {
    buffer += text
    if (buffer.length >= CHUNK) {
      write(buffer)
      buffer = ''
    }
  }
  const pad = indent > 0 ? ' '.repeat(indent) : ''
  const visit = (v: unknown, depth: number, inArray: boolean): boolean => {
    if (v === null) put('null')
    else if (typeof v === 'string') put(JSON.stringify(v))
    else if (typeof v === 'number' || typeof v === 'boolean') put(JSON.stringify(v))
    else if (Array.isArray(v)) {
      if (v.length === 0) put('[]')
      else {
        const inner = pad ? `\n${pad.repeat(depth + 1)}` : ''
        put('[')
        for (let i = 0; i < v.length; i++) {
          if (i > 0) put(',')
          put(inner)
          // An array holds `null` where a value cannot be written, as JSON.stringify does.
          if (!visit(v[i], depth + 1, true)) put('null')
        }
        put(pad ? `\n${pad.repeat(depth)}]` : ']')
      }
    } else if (typeof v === 'object') {
      const inner = pad ? `\n${pad.repeat(depth + 1)}` : ''
      const colon = pad ? ': ' : ':'
      let first = true
      put('{')
      for (const key of Object.keys(v)) {
        const item = (v as Record<string, unknown>)[key]
        if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue
        put(first ? inner : `,${inner}`)
        first = false
        put(JSON.stringify(key))
        put(colon)
        visit(item, depth + 1, false)
      }
      put(first ? '}' : pad ? `\n${pad.repeat(depth)}}` : '}')
    } else return inArray ? false : (put('null'), true)
    return true
  }
  visit(value, 0, false)
  if (buffer.length > 0) write(buffer)
}
