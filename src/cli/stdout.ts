/**
 * Standard output written synchronously, whatever it is: a terminal, a file or a pipe.
 * Note: Node's `process.stdout` queues what a full pipe does not take yet, and a parse that runs to its end without
 * yielding never lets the queue drain: `gongwen big.txt | jq` held the whole JSON of a 10 MB notice (140 MB, 1.8 GB of
 * RSS). Written here, a full pipe makes the command wait for its reader instead.
 */
import { writeSync } from 'node:fs'

/** The descriptor of standard output. */
const STDOUT = 1
/** How long to wait for a full pipe (opened non-blocking) to be read before trying again. */
const FULL_PIPE_WAIT_MS = 2

let waitCell: Int32Array | null = null

/** Sleep a little without leaving the call (a parse that writes as it goes cannot return to the event loop). */
function pause(): void {
  waitCell ??= new Int32Array(new SharedArrayBuffer(4))
  Atomics.wait(waitCell, 0, 0, FULL_PIPE_WAIT_MS)
}

/**
 * Write all of a text to standard output before returning.
 * @param text what to write (UTF-8)
 * @throws the system's error (EPIPE when the reader has gone, ENOSPC …)
 */
export function writeStdout(text: string): void {
  const bytes = Buffer.from(text)
  let at = 0
  while (at < bytes.length) {
    try {
      at += writeSync(STDOUT, bytes, at, bytes.length - at)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error
      pause()
    }
  }
}
