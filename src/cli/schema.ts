/**
 * `gongwen schema`: the JSON Schema of the output, generated from the zod schemas.
 */
import { parseArgs } from 'node:util'
import { noticeJsonSchema } from '../tree/schema.js'
import { emit, EXIT_OK, type Io } from './io.js'

export const HELP = `Usage: gongwen schema [-o FILE]
  Print the JSON Schema (draft 2020-12) of the output, generated from the zod schemas.`

/**
 * Run `gongwen schema`.
 * @param argv arguments after the command name
 * @param io output streams
 */
export async function run(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { output: { type: 'string', short: 'o' } } })
  emit(JSON.stringify(noticeJsonSchema(), null, 2) + '\n', values.output, io)
  return EXIT_OK
}
