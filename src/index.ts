/**
 * gongwen: Chinese government policy notices (公文) → typed, positioned JSON.
 */
import { readHtml } from './input/html.js'
import { parseSource, readSource, type ParseOptions, type Readers } from './parse.js'
import type { Notice } from './schema.js'

const readers: Readers = { html: readHtml }

/**
 * Parse a notice into its typed tree.
 * @param input the notice as text or bytes (UTF-8, UTF-16 with BOM, GB18030/GBK are detected)
 * @param options format and name
 * @returns the notice; positions refer to the (decoded) input
 * @throws InputError when the input cannot be read
 */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): Notice {
  return parseSource(readSource(input, options, readers), options)
}

export type { ParseOptions } from './parse.js'
export { InputError, type InputErrorCode } from './errors.js'
export * from './schema.js'
