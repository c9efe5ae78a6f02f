/**
 * The `gongwen` command: global flags, dispatch to a command module (loaded only when used), and exit codes
 * (`EXIT_CODES_HELP` in io.ts).
 */
import { InputError } from '../errors.js'
import { OutputError, outputError } from '../util/files.js'
import { writeStdout } from './stdout.js'
import { LANGS, langOfEnv, wordLine, type Lang } from './lang.js'
import { EXIT_CODES_HELP, EXIT_INPUT, EXIT_OK, EXIT_OUTPUT, EXIT_USAGE, UsageError, type Io } from './io.js'
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
      --lang L          zh or en: the language of messages (default: from LANG)
  -h, --help            show this help
  -v, --version         show the version

${EXIT_CODES_HELP}`
}

/**
 * Take the global `--lang zh|en` out of the arguments.
 * @param argv the arguments
 * @param fallback the language when none is given
 * @throws UsageError for another value
 */
function takeLang(argv: readonly string[], fallback: Lang): { lang: Lang; rest: string[] } {
  const rest: string[] = []
  let lang = fallback
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    const value = arg === '--lang' ? argv[++i] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : null
    if (value === null) {
      rest.push(arg)
      continue
    }
    if (!(LANGS as readonly unknown[]).includes(value)) throw new UsageError(`--lang must be zh or en, not ${String(value)}`)
    lang = value as Lang
  }
  return { lang, rest }
}

/** Streams whose standard error speaks a language, line by line. */
function worded(io: Io, lang: Lang): Io {
  if (lang === 'en') return { ...io, lang }
  return { ...io, lang, stderr: (text) => io.stderr(text.split(/(?<=\n)/).map((line) => wordLine(line, lang)).join('')) }
}

const defaultIo: Io = {
  stdout(text) {
    try {
      writeStdout(text)
    } catch (error) {
      // A reader that stops early (`gongwen notice.txt | head`) is not an error; any other failure of standard output
      // (a full disk, a closed descriptor) is output that cannot be written: one line, exit 4.
      if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(EXIT_OK)
      throw outputError('standard output', error)
    }
  },
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
}

/**
 * Run the CLI.
 * @param argv the arguments after `node gongwen`
 * @param io where output goes (tests pass their own)
 * @returns the exit code
 */
export async function main(argv: string[], given: Io = defaultIo): Promise<number> {
  let io = given
  try {
    const { lang, rest } = takeLang(argv, io.lang ?? langOfEnv(process.env))
    argv = rest
    io = worded(io, lang)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr(`gongwen: ${error.message}\nRun gongwen --help for usage.\n`)
    return EXIT_USAGE
  }
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
    if (error instanceof OutputError) {
      io.stderr(`gongwen: ${error.message}\n`)
      return EXIT_OUTPUT
    }
    if (error instanceof InputError) {
      io.stderr(`gongwen: ${error.message}\n`)
      return EXIT_INPUT
    }
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    if (!usage) throw error
    io.stderr(`gongwen: ${(error as Error).message}\nRun gongwen --help for usage.\n`)
    return EXIT_USAGE
  }
}
