/**
 * The entry of a batch worker: runs the jobs it is sent, one at a time, and sends back their results. The same
 * file serves a worker thread (jobs through `parentPort`) and a child process (jobs through its IPC channel).
 */
import { parentPort, workerData } from 'node:worker_threads'
import { OPTIONS_VARIABLE, runJob, type Job, type JobOptions } from './job.js'

if (parentPort) {
  const port = parentPort
  const options = workerData as JobOptions
  port.on('message', (job: Job) => void runJob(job, options).then((result) => port.postMessage(result)))
} else if (process.send) {
  const options = JSON.parse(process.env[OPTIONS_VARIABLE] ?? '{}') as JobOptions
  process.on('message', (job: Job) => void runJob(job, options).then((result) => process.send?.(result)))
  // The batch is over when the parent closes the channel.
  process.on('disconnect', () => process.exit(0))
}
