/**
 * How a batch asks V8 to work: a smaller inlining budget, and, in worker processes, each isolate on its own thread.
 *
 * Note: each worker isolate optimizes the parser anew, and on 1,000 notices that was about 1.5 s of CPU per isolate
 * (`--trace-opt`), as much as the parsing itself, because the largest readers inline dozens of helpers. With the
 * budget cut to 200 bytes of bytecode, 1 worker took 3.83 s instead of 4.08–4.19 s and 2 workers 3.35 s instead of
 * 3.86–3.93 s (2 cores, node 20): the smaller optimized code is as fast, and ready sooner.
 * Note: when the workers fill the cores, V8's helper threads (parallel scavenges, concurrent marking, concurrent
 * optimization) find no free core and only contend with the workers: 2 workers took 2.81–3.05 s with them off
 * against 2.97–3.23 s with them on, in alternating runs. Those flags can only be given to a process when it starts
 * (set later, V8 aborted in a concurrent marking), so only worker processes get them.
 * Library users' processes are left alone: only the batch command sets these.
 */
import { setFlagsFromString } from 'node:v8'
import { markFlagsChanged } from '../util/v8-flags.js'

/** The flag a batch sets in its own process: the compiler reads it at each optimization, so it may change. */
const INLINING_FLAG = '--max-inlined-bytecode-size-cumulative=200'

/**
 * The V8 flags a worker process of a batch starts with.
 * @param workers how many workers the batch runs
 */
export function workerProcessFlags(workers: number): string[] {
  return workers > 1 ? [INLINING_FLAG, '--single-threaded-gc', '--no-concurrent-recompilation'] : [INLINING_FLAG]
}

let tuned = false

/** Set the batch's inlining budget in this process and the worker threads it starts; once. */
export function tuneCompiler(): void {
  if (tuned) return
  tuned = true
  setFlagsFromString(INLINING_FLAG)
  markFlagsChanged()
}
