import { EXIT_INTERNAL } from './io.js'
import { main } from './main.js'

// Note: standard output is written synchronously (cli/stdout.ts), and its errors are handled where it is written
// (cli/main.ts): Node's stream for it is never made.
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
