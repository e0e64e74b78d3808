/**
 * The language server's lint worker: a worker thread that runs lint and fix jobs one at
 * a time, so the server keeps answering the editor while a long document is linted, and
 * can drop a superseded lint by ending the thread.
 */
import {parentPort} from 'node:worker_threads'
import {runJob, type WorkerRequest, type WorkerResponse} from './jobs.js'

if (parentPort) {
  const port = parentPort
  port.on('message', (request: WorkerRequest) => {
    let response: WorkerResponse
    try {
      response = {id: request.id, ok: true, output: runJob(request.job)}
    } catch (error) {
      response = {id: request.id, ok: false, error: error instanceof Error ? error.message : String(error)}
    }
    port.postMessage(response)
  })
  const ready: WorkerResponse = {ready: true}
  port.postMessage(ready)
}
