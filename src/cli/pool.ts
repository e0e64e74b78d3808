/**
 * Running jobs on worker threads (node:worker_threads), or in-process for `--jobs 1` and
 * small runs, where starting threads costs more than it saves. Results come back in
 * whatever order jobs finish; the caller orders them.
 */
import os from 'node:os'
import {Worker} from 'node:worker_threads'
import {compute, type Job, type JobResult} from './compute.js'

export interface Pool {
  run(job: Job): Promise<JobResult>
  close(): Promise<void>
}

/** The default for `--jobs`: the cores this process may use. */
export function defaultJobs(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length
}

class InlinePool implements Pool {
  async run(job: Job): Promise<JobResult> {
    return compute(job)
  }
  async close(): Promise<void> {}
}

class ThreadPool implements Pool {
  private readonly idle: Worker[] = []
  private readonly waiting: Array<{job: Job; resolve: (result: JobResult) => void; reject: (error: Error) => void}> = []
  private readonly busy = new Map<Worker, {resolve: (result: JobResult) => void; reject: (error: Error) => void}>()
  private readonly workers: Worker[] = []

  constructor(size: number) {
    // Built code runs worker.js; from source (tests, tsx) the loader is passed on.
    const fromSource = import.meta.url.endsWith('.ts')
    const url = new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url)
    for (let index = 0; index < size; index++) {
      const worker = new Worker(url, fromSource ? {execArgv: ['--import', 'tsx']} : {})
      worker.on('message', (result: JobResult) => this.done(worker, result))
      worker.on('error', (error) => this.failed(worker, error))
      this.workers.push(worker)
      this.idle.push(worker)
    }
  }

  run(job: Job): Promise<JobResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({job, resolve, reject})
      this.next()
    })
  }

  private next(): void {
    while (this.idle.length > 0 && this.waiting.length > 0) {
      const worker = this.idle.pop()!
      const {job, resolve, reject} = this.waiting.shift()!
      this.busy.set(worker, {resolve, reject})
      worker.postMessage(job)
    }
  }

  private done(worker: Worker, result: JobResult): void {
    const pending = this.busy.get(worker)
    this.busy.delete(worker)
    this.idle.push(worker)
    pending?.resolve(result)
    this.next()
  }

  private failed(worker: Worker, error: Error): void {
    const pending = this.busy.get(worker)
    this.busy.delete(worker)
    pending?.reject(error)
    for (const item of this.waiting.splice(0)) item.reject(error)
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()))
  }
}

/**
 * A pool for `jobs` threads over `files` files of `bytes` bytes in all. Runs in-process for
 * one job, and, unless the number of jobs was asked for, when the work is too small to pay
 * for starting threads (each loads the parsers and rules again).
 */
export function createPool(jobs: number, files: number, bytes: number, explicit: boolean): Pool {
  const useful = Math.min(jobs, files)
  if (useful <= 1 || (!explicit && bytes < 512 * 1024)) return new InlinePool()
  return new ThreadPool(useful)
}
