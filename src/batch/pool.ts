/**
 * Runs the jobs of a batch on workers — threads by default, or child processes — and hands back the results in
 * input order.
 *
 * Note: results are delivered in order so that output is repeatable; at most `window` files are in flight or
 * waiting for an earlier one, so memory stays flat however many files there are.
 * Note: child processes are offered because parsing allocates much, and on some virtual machines threads of one
 * process that allocate at once slow each other down (they share one address space); processes do not.
 */
import { fork } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { tuneCompiler, workerProcessFlags } from './compiler.js'
import { OPTIONS_VARIABLE, runJob, type Job, type JobOptions, type JobResult } from './job.js'

/** Jobs in flight or waiting per worker: enough to keep each busy while earlier results are written. */
const WINDOW_PER_WORKER = 4

/** Where the built worker entry is, next to the chunk this module is bundled into. */
const WORKER_URL = new URL('./batch-worker.js', import.meta.url)

/** What runs the jobs of a batch: worker threads, or child processes. */
export type WorkerKind = 'threads' | 'processes'

/** One worker, whatever its kind. */
interface Runner {
  send(job: Job): void
  /** Called with each result, and with the error that ended the worker. */
  listen(onResult: (result: JobResult) => void, onFailure: (error: Error) => void): void
  stop(): void
}

function threadRunner(options: JobOptions): Runner {
  const worker = new Worker(WORKER_URL, { workerData: options })
  return {
    send: (job) => worker.postMessage(job),
    listen(onResult, onFailure) {
      worker.on('message', onResult)
      worker.on('error', onFailure)
    },
    stop: () => void worker.terminate(),
  }
}

function processRunner(options: JobOptions, workers: number): Runner {
  const child = fork(fileURLToPath(WORKER_URL), [], {
    serialization: 'advanced',
    execArgv: [...process.execArgv, ...workerProcessFlags(workers)],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: { ...process.env, [OPTIONS_VARIABLE]: JSON.stringify(options) },
  })
  let stopping = false
  return {
    send: (job) => void child.send(job),
    listen(onResult, onFailure) {
      child.on('message', (result) => onResult(result as JobResult))
      child.on('error', onFailure)
      child.on('exit', (code, signal) => {
        if (!stopping) onFailure(new Error(`worker process exited (${signal ?? code})`))
      })
    },
    stop() {
      stopping = true
      if (child.connected) child.disconnect()
    },
  }
}

/**
 * Whether workers can be used: the worker entry exists (it does in the build, not when run from sources).
 * @returns true when `runPool` can use more than one worker
 */
export function workersAvailable(): boolean {
  return WORKER_URL.protocol === 'file:' && existsSync(fileURLToPath(WORKER_URL))
}

/**
 * Run jobs, `count` at a time, and deliver each result in job order.
 * @param jobs the files
 * @param options how to read and render them
 * @param count workers to use; 1 runs the jobs in this thread
 * @param deliver called with each result, in order
 * @param kind worker threads (default) or child processes
 */
export async function runPool(
  jobs: readonly Job[],
  options: JobOptions,
  count: number,
  deliver: (result: JobResult) => void,
  kind: WorkerKind = 'threads',
): Promise<void> {
  if (jobs.length === 0) return
  tuneCompiler()
  if (count <= 1 || !workersAvailable()) {
    for (const job of jobs) deliver(await runJob(job, options))
    return
  }
  const size = Math.min(count, jobs.length)
  const window = size * WINDOW_PER_WORKER
  const waiting = new Map<number, JobResult>()
  let next = 0
  let delivered = 0
  await new Promise<void>((resolve, reject) => {
    const runners: Runner[] = []
    const current = new Map<Runner, Job>()
    let done = false
    const finish = (error?: Error): void => {
      if (done) return
      done = true
      for (const r of runners) r.stop()
      if (error) reject(error)
      else resolve()
    }
    const feed = (runner: Runner): void => {
      if (next < jobs.length && next < delivered + window) {
        const job = jobs[next++] as Job
        current.set(runner, job)
        runner.send(job)
      } else current.delete(runner)
    }
    const settle = (runner: Runner, result: JobResult): void => {
      waiting.set(result.id, result)
      while (waiting.has(delivered)) {
        const ready = waiting.get(delivered) as JobResult
        waiting.delete(delivered)
        delivered++
        try {
          deliver(ready)
        } catch (error) {
          return finish(error as Error)
        }
      }
      feed(runner)
      // Workers that sat idle for want of room in the window get work now.
      for (const r of runners) if (!current.has(r)) feed(r)
      if (delivered === jobs.length) finish()
    }
    const start = (): Runner => {
      const runner = kind === 'processes' ? processRunner(options, size) : threadRunner(options)
      runners.push(runner)
      runner.listen(
        (result) => settle(runner, result),
        // A worker that dies (out of memory, a crash in a native module) fails its file and is replaced.
        (error) => {
          if (done) return
          const job = current.get(runner)
          current.delete(runner)
          runners.splice(runners.indexOf(runner), 1)
          runner.stop()
          const replacement = start()
          if (job) settle(replacement, { id: job.id, ok: false, error: `${job.file}: internal error: ${error.message}`, failure: 'internal' })
          else feed(replacement)
        },
      )
      return runner
    }
    for (let i = 0; i < size; i++) feed(start())
  })
}
