import { main } from './main.js'

// A reader that stops early (`gongwen notice.txt | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    // Note: a bug, not bad input: say so on one line, with a way to see more.
    process.stderr.write(`gongwen: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
    if (process.env.GONGWEN_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`)
    process.exitCode = 3
  },
)
