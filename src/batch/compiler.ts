/**
 * How a batch asks V8 to optimize: with a smaller inlining budget than the default.
 *
 * Note: each worker isolate optimizes the parser anew, and on 1,000 notices that was about 1.5 s of CPU per isolate
 * (`--trace-opt`), as much as the parsing itself, because the largest readers inline dozens of helpers. With the
 * budget cut to 200 bytes of bytecode, 1 worker took 3.83 s instead of 4.08–4.19 s and 2 workers 3.35 s instead of
 * 3.86–3.93 s (2 cores, node 20): the smaller optimized code is as fast, and ready sooner. Library users' processes
 * are left alone: only the batch command sets it, for its own process and the workers it starts.
 */
import { setFlagsFromString } from 'node:v8'

/** The V8 flag a batch runs with. */
export const BATCH_V8_FLAG = '--max-inlined-bytecode-size-cumulative=200'

let tuned = false

/** Set the batch's V8 flag in this process (its worker threads share it); once. */
export function tuneCompiler(): void {
  if (tuned) return
  tuned = true
  setFlagsFromString(BATCH_V8_FLAG)
}
