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

/** Writes values as JSON in chunks; `flush` hands over what is gathered. */
class JsonWriter {
  private buffer = ''
  private readonly pad: string

  constructor(
    private readonly write: (chunk: string) => void,
    indent: number,
  ) {
    this.pad = indent > 0 ? ' '.repeat(indent) : ''
  }

  put(text: string): void {
    this.buffer += text
    if (this.buffer.length >= CHUNK) this.flush()
  }

  flush(): void {
    if (this.buffer.length === 0) return
    this.write(this.buffer)
    this.buffer = ''
  }

  /** The line break and indent before a member at `depth` (nothing without indent). */
  newline(depth: number): string {
    return this.pad ? `\n${this.pad.repeat(depth)}` : ''
  }

  /**
   * Start a property at `depth` (one below its object): the comma after the one before, the line break and the key.
   * @param first whether it is the object's first property
   */
  key(name: string, first: boolean, depth: number): void {
    this.put(`${first ? '' : ','}${this.newline(depth)}${JSON.stringify(name)}${this.pad ? ': ' : ':'}`)
  }

  /**
   * Write a value at `depth`.
   * @returns false for a value JSON has no form of (undefined, a function, a symbol) inside an array, which is then
   * written as null by the caller
   */
  value(v: unknown, depth: number, inArray = false): boolean {
    if (v === null) this.put('null')
    else if (typeof v === 'string') this.put(JSON.stringify(v))
    else if (typeof v === 'number' || typeof v === 'boolean') this.put(JSON.stringify(v))
    else if (Array.isArray(v)) {
      if (v.length === 0) this.put('[]')
      else {
        const inner = this.newline(depth + 1)
        this.put('[')
        for (let i = 0; i < v.length; i++) {
          if (i > 0) this.put(',')
          this.put(inner)
          // An array holds `null` where a value cannot be written, as JSON.stringify does.
          if (!this.value(v[i], depth + 1, true)) this.put('null')
        }
        this.put(`${this.newline(depth)}]`)
      }
    } else if (typeof v === 'object') {
      let first = true
      this.put('{')
      for (const key of Object.keys(v)) {
        const item = (v as Record<string, unknown>)[key]
        if (!writable(item)) continue
        this.key(key, first, depth + 1)
        first = false
        this.value(item, depth + 1)
      }
      this.put(first ? '}' : `${this.newline(depth)}}`)
    } else return inArray ? false : (this.put('null'), true)
    return true
  }
}

/** Whether a property is written: JSON.stringify leaves out undefined, functions and symbols. */
const writable = (v: unknown): boolean => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol'

/**
 * Write a value as JSON to a sink, in chunks.
 * @param value the value (plain data)
 * @param write takes each chunk, in order
 * @param indent spaces per level, as `JSON.stringify`'s third argument (0 for none)
 */
export function writeJson(value: unknown, write: (chunk: string) => void, indent = 0): void {
  const w = new JsonWriter(write, indent)
  w.value(value, 0)
  w.flush()
}

/** An object written while one of its arrays is still being made: see `streamObject`. */
export interface ObjectStream<T extends object> {
  /** Write one more item of the streamed array (the first call writes the properties before it). */
  item(value: unknown): void
  /** Write the rest of the object: the properties after the streamed array. */
  end(object: T): void
}

/**
 * Write an object as JSON whose array property `key` is handed over an item at a time, each written as it comes:
 * the bytes are those of `JSON.stringify(object, null, indent)` for the object whose `key` holds every item.
 * Note: the properties before `key` are written when the first item comes (or at the end), from the object as it is
 * then; those after it are written at the end.
 * @param head gives the object when the properties before `key` are written
 * @param key the streamed array property
 * @param write takes each chunk, in order
 * @param indent spaces per level
 */
export function streamObject<T extends object>(head: () => T, key: keyof T & string, write: (chunk: string) => void, indent = 0): ObjectStream<T> {
  const w = new JsonWriter(write, indent)
  let items = 0
  let first = true
  const property = (name: string, value: unknown): void => {
    if (!writable(value)) return
    w.key(name, first, 1)
    first = false
    w.value(value, 1)
  }
  let opened = false
  const open = (): void => {
    if (opened) return
    opened = true
    const object = head() as Record<string, unknown>
    w.put('{')
    for (const name of Object.keys(object)) {
      if (name === key) break
      property(name, object[name])
    }
    w.key(key, first, 1)
    first = false
  }
  return {
    item(value) {
      open()
      w.put(items === 0 ? '[' : ',')
      w.put(w.newline(2))
      if (!w.value(value, 2, true)) w.put('null')
      items++
    },
    end(object) {
      open()
      const record = object as Record<string, unknown>
      const rest = record[key]
      if (!Array.isArray(rest)) throw new TypeError(`streamObject: ${key} is not an array`)
      for (const value of rest) this.item(value)
      w.put(items === 0 ? '[]' : `${w.newline(1)}]`)
      let after = false
      for (const name of Object.keys(record)) {
        if (after) property(name, record[name])
        else if (name === key) after = true
      }
      w.put(`${w.newline(0)}}`)
      w.flush()
    },
  }
}
