import { outputError } from '../util/files.js'
import { EXIT_INTERNAL, EXIT_OK, EXIT_OUTPUT } from './io.js'
import { main } from './main.js'

// A reader that stops early (`gongwen notice.txt | head`) is not an error; any other failure of standard output
// (a full disk, a closed descriptor) is output that cannot be written: one line, exit 4.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT_OK)
  process.stderr.write(`gongwen: ${outputError('standard output', error).message}\n`)
  process.exit(EXIT_OUTPUT)
})

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    // Note: a bug, not bad input: say so on one line, with a way to see more.
    process.stderr.write(`gongwen: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
    if (process.env.GONGWEN_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`)
    process.exitCode = EXIT_INTERNAL
  },
)
