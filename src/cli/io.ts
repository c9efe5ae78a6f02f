/**
 * What every command shares: exit codes, output streams, usage errors, and reading inputs with one-line errors.
 */
import { writeFileSync } from 'node:fs'

export const EXIT_OK = 0
/** A usage error, or (for `check`) findings that fail the run. */
export const EXIT_USAGE = 1
export const EXIT_FINDINGS = 1
/** `diff --exit-code`: the notices differ (as `git diff --exit-code`). */
export const EXIT_CHANGES = 1
/** Input that cannot be read or decoded. */
export const EXIT_INPUT = 2

/** Where a command writes; tests pass their own. */
export interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Whether stderr is a terminal (progress bars only then). */
  isTTY?: boolean
}

/** A mistake in the command line: printed with a hint to --help, exit 1. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

export { DEFAULT_MAX_BYTES } from '../limits.js'
export { readInput } from '../document/file.js'

/**
 * Write a command's output to `-o FILE` or standard output.
 * @param text what to write
 * @param output the path given with -o, if any
 * @param io the streams
 */
export function emit(text: string | Uint8Array, output: string | undefined, io: Io): void {
  if (output !== undefined && output !== '-') writeFileSync(output, text)
  else io.stdout(typeof text === 'string' ? text : Buffer.from(text).toString('binary'))
}

/** Parse a positive integer option. */
export function positiveInteger(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${name} must be a positive integer, not ${String(value)}`)
  return n
}
