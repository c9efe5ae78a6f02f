/**
 * What every command shares: exit codes, output streams and files, usage errors, and reading inputs with one-line
 * errors.
 */
import { readInput as readInputFile } from '../document/file.js'
import { atomicFile, writeOutput } from '../util/files.js'
import { liftTierCap } from '../util/v8-flags.js'
import type { Lang } from './lang.js'

/** Done, nothing to report. */
export const EXIT_OK = 0
/** Findings at error level (`check`), or changes (`diff --exit-code`): what a pipeline acts on. */
export const EXIT_FINDINGS = 1
/** `diff --exit-code`: the notices differ (as `git diff --exit-code`). */
export const EXIT_CHANGES = 1
/** Input that cannot be read or decoded. */
export const EXIT_INPUT = 2
/** A bug of gongwen: one line on standard error (`GONGWEN_DEBUG=1` shows the stack). */
export const EXIT_INTERNAL = 3
/** Output that cannot be written: a full disk, a missing directory, a directory as the output file. */
export const EXIT_OUTPUT = 4
/** A mistake in the command line, as sysexits names it (EX_USAGE). */
export const EXIT_USAGE = 64

/** The exit codes, for `--help` and the README. */
export const EXIT_CODES_HELP = `Exit codes: 0 ok; 1 errors found (check) or changes (diff --exit-code); 2 input that cannot be read;
  3 internal error; 4 output that cannot be written; 64 usage error.`

/** Where a command writes; tests pass their own. */
export interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Whether stderr is a terminal (progress bars only then). */
  isTTY?: boolean
  /** The language of messages (English when not set). */
  lang?: Lang
}

/** Where output written a piece at a time goes: `-o FILE` (written atomically) or standard output. */
export interface Sink {
  write(text: string): void
  /** The output is complete: a file appears under its name. */
  commit(): void
  /** The run failed: a file is not left half written. */
  abort(): void
}

/**
 * Open the output of a command that writes a piece at a time.
 * @param output the path given with -o, if any (`-` is standard output)
 * @param io the streams
 * @throws OutputError when the file cannot be opened
 */
export function outputSink(output: string | undefined, io: Io): Sink {
  if (output === undefined || output === '-') return { write: (text) => io.stdout(text), commit: () => {}, abort: () => {} }
  const file = atomicFile(output)
  return { write: (text) => file.write(text), commit: () => file.commit(), abort: () => file.abort() }
}

/** A mistake in the command line: printed with a hint to --help, exit 64. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

export { DEFAULT_MAX_BYTES } from '../limits.js'

/** From this many bytes read on, a run lets V8 optimize (the launcher caps it for short runs: util/v8-flags.ts). */
export const OPTIMIZE_FROM = 1 << 18

let bytesRead = 0

/**
 * Read a command's input: a file, or standard input for `-`.
 * @param path the file
 * @param maxBytes the most it may hold
 * @returns its bytes
 * @throws InputError when it cannot be read or is larger
 */
export function readInput(path: string, maxBytes?: number): Uint8Array {
  const bytes = readInputFile(path, maxBytes)
  bytesRead += bytes.length
  if (bytesRead >= OPTIMIZE_FROM) liftTierCap()
  return bytes
}

/**
 * Write a command's output to `-o FILE` or standard output.
 * @param text what to write
 * @param output the path given with -o, if any
 * @param io the streams
 * @throws OutputError when the file cannot be written
 */
export function emit(text: string | Uint8Array, output: string | undefined, io: Io): void {
  if (output !== undefined && output !== '-') writeOutput(output, text)
  else io.stdout(typeof text === 'string' ? text : Buffer.from(text).toString('binary'))
}

/** Parse a positive integer option. */
export function positiveInteger(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${name} must be a positive integer, not ${String(value)}`)
  return n
}
