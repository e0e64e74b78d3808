/** A worker thread: runs `compute` for each job the main thread posts. */
import {parentPort} from 'node:worker_threads'
import {compute, type Job} from './compute.js'

parentPort?.on('message', (job: Job) => {
  parentPort!.postMessage(compute(job))
})
