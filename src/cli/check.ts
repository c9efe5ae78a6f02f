/**
 * `gongwen check`: being built (see the issue); until then it says so and exits 1.
 */
import { EXIT_USAGE, type Io } from './io.js'

export const HELP = `Usage: gongwen check …
  (not available yet)`

/**
 * Run `gongwen check`.
 * @param _argv arguments after the command name
 * @param io output streams
 */
export async function run(_argv: string[], io: Io): Promise<number> {
  io.stderr('gongwen: the check command is not available yet\n')
  return EXIT_USAGE
}
