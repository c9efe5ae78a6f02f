/**
 * The `gongwen` command: global flags, dispatch to a command module (loaded only when used), and exit codes
 * (0 ok, 1 usage error or failing findings, 2 input that cannot be read).
 */
import { EXIT_OK, EXIT_USAGE, UsageError, type Io } from './io.js'
import { VERSION } from '../version.js'

/** A command module: its usage text and its entry point. */
export interface Command {
  /** Usage lines and options of the command, shown by --help. */
  HELP: string
  run: (argv: string[], io: Io) => Promise<number>
}

/** Commands by name, each in its own module so that start-up loads only the one that runs. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  parse: () => import('./parse.js'),
  check: () => import('./check.js'),
  diff: () => import('./diff.js'),
  schema: () => import('./schema.js'),
}

async function help(): Promise<string> {
  const sections = await Promise.all(Object.values(COMMANDS).map(async (load) => (await load()).HELP))
  return `gongwen ${VERSION}: Chinese government policy notices (公文) → typed, positioned JSON

${sections.join('\n\n')}

Global options:
  -h, --help            show this help
  -v, --version         show the version

Exit codes: 0 ok; 1 usage error (or, for check, errors found; for diff --exit-code, changes); 2 input
that cannot be read.`
}

const defaultIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
}

/**
 * Run the CLI.
 * @param argv the arguments after `node gongwen`
 * @param io where output goes (tests pass their own)
 * @returns the exit code
 */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const first = argv[0]
  if (first === '-h' || first === '--help' || (argv.length > 0 && argv.every((a) => a === '--help' || a === '-h'))) {
    io.stdout((await help()) + '\n')
    return EXIT_OK
  }
  if (first === '-v' || first === '--version') {
    io.stdout(VERSION + '\n')
    return EXIT_OK
  }
  const named = first !== undefined && Object.hasOwn(COMMANDS, first)
  const name = named ? (first as string) : 'parse'
  const rest = named ? argv.slice(1) : argv
  try {
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout((await help()) + '\n')
      return EXIT_OK
    }
    const command = await COMMANDS[name]!()
    return await command.run(rest, io)
  } catch (error) {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    if (!usage) throw error
    io.stderr(`gongwen: ${(error as Error).message}\nRun gongwen --help for usage.\n`)
    return EXIT_USAGE
  }
}
