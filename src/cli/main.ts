/**
 * The `gongwen` command: global flags, dispatch to a command module (loaded only when used), and exit codes
 * (0 ok, 1 usage error or failing findings, 2 input that cannot be read).
 */
import { EXIT_OK, EXIT_USAGE, UsageError, type Io } from './io.js'
import { VERSION } from '../version.js'

type Command = { run: (argv: string[], io: Io) => Promise<number>; HELP?: string }

/** Commands by name, each in its own module so that start-up loads only the one that runs. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  parse: () => import('./parse.js'),
  schema: () => import('./schema.js'),
}

const HELP = `gongwen ${VERSION}: Chinese government policy notices (公文) → typed JSON

Usage:
  gongwen <file|-> [more files] [options]     parse notices (same as: gongwen parse …)
  gongwen schema [-o FILE]                    print the JSON Schema of the output

Options of parse:
  -o, --output FILE     write to FILE instead of standard output
      --pretty          indent the JSON
      --input-format F  auto (default), text or html: how to read the input
      --max-bytes N     refuse inputs larger than N bytes (default 52428800)

  -h, --help            show this help
  -v, --version         show the version

Several files give one JSON object per line.
Exit codes: 0 ok, 1 usage error, 2 input that cannot be read.`

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
    io.stdout(HELP + '\n')
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
      io.stdout(HELP + '\n')
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
