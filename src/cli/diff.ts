/**
 * `gongwen diff OLD NEW`: what changed between two notices (this year's key tasks against last year's): tasks
 * added, removed, reworded, edited or moved, targets raised, lowered, new or dropped, units that changed. Text or
 * JSON; with `--exit-code`, the exit status says whether anything changed, as `git diff --exit-code` does.
 */
import { parseArgs } from 'node:util'
import { InputError } from '../errors.js'
import { DEFAULT_MAX_BYTES, emit, EXIT_CHANGES, EXIT_INPUT, EXIT_OK, positiveInteger, UsageError, type Io } from './io.js'

export const HELP = `Usage: gongwen diff <old> <new> [options]
  Compare two notices: tasks added, removed or reworded (paired by title similarity), edited (their
  text) or moved, targets raised, lowered, new or dropped (paired by metric and unit), and units that
  changed.
  -f, --format F        text (default) or json
      --exit-code       exit 1 when the notices differ, 0 when they do not (as git diff --exit-code)
  -o, --output FILE     write to FILE instead of standard output
      --pretty          indent the JSON
      --max-bytes N     refuse inputs larger than N bytes (default ${DEFAULT_MAX_BYTES})`

const FORMATS = ['text', 'json'] as const

/**
 * Run `gongwen diff`.
 * @param argv arguments after the command name
 * @param io output streams
 * @returns 0, 1 for usage errors (and with `--exit-code`, for changes), 2 when an input cannot be read
 */
export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      pretty: { type: 'boolean' },
      'exit-code': { type: 'boolean' },
      'max-bytes': { type: 'string' },
    },
  })
  if (positionals.length !== 2) throw new UsageError('diff needs two notices: gongwen diff OLD NEW')
  const format = values.format ?? 'text'
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be text or json, not ${format}`)
  const maxBytes = positiveInteger('max-bytes', values['max-bytes'], DEFAULT_MAX_BYTES)
  const [oldFile, newFile] = positionals as [string, string]
  const { parseFile } = await import('../files.js')
  const { changeCount, diffNotices } = await import('../diff/index.js')
  let notices
  try {
    notices = await Promise.all([parseFile(oldFile, { maxBytes }), parseFile(newFile, { maxBytes })])
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    io.stderr(`gongwen: ${error.message}\n`)
    return EXIT_INPUT
  }
  const diff = diffNotices(notices[0], notices[1])
  if (format === 'json') {
    emit(JSON.stringify({ ...diff, old: { file: oldFile, ...diff.old }, new: { file: newFile, ...diff.new } }, null, values.pretty ? 2 : undefined) + '\n', values.output, io)
  } else {
    const { formatDiff } = await import('../diff/text.js')
    emit(formatDiff(diff, { old: oldFile, new: newFile }), values.output, io)
  }
  return values['exit-code'] && changeCount(diff) > 0 ? EXIT_CHANGES : EXIT_OK
}
