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

interface Waiting {
  job: Job
  resolve: (result: JobResult) => void
  reject: (error: Error) => void
}

/**
 * `size` threads in all: this thread and `size - 1` workers. This thread has loaded the
 * parsers and rules already, so it lints too while the workers start, instead of idling
 * while a third copy of everything loads; with two cores that is one worker, not two.
 * Each worker holds up to two jobs, so it never waits on this thread for its next one, and
 * this thread takes a job from the queue whenever it is free (between its own reads and
 * writes), one at a time, so messages from workers are handled between jobs.
 */
class ThreadPool implements Pool {
  private readonly waiting: Waiting[] = []
  private readonly inFlight = new Map<Worker, Map<number, Waiting>>()
  private readonly workers: Worker[] = []
  private inlineScheduled = false
  private closed = false

  constructor(size: number) {
    // Built code runs worker.js; from source (tests, tsx) the loader is passed on.
    const fromSource = import.meta.url.endsWith('.ts')
    const url = new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url)
    for (let index = 1; index < size; index++) {
      const worker = new Worker(url, fromSource ? {execArgv: ['--import', 'tsx']} : {})
      worker.on('message', (result: JobResult) => this.done(worker, result))
      worker.on('error', (error) => this.failed(worker, error))
      this.workers.push(worker)
      this.inFlight.set(worker, new Map())
    }
  }

  run(job: Job): Promise<JobResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({job, resolve, reject})
      this.next()
    })
  }

  private next(): void {
    for (const [worker, jobs] of this.inFlight) {
      while (jobs.size < 2 && this.waiting.length > 0) {
        const item = this.waiting.shift()!
        jobs.set(item.job.id, item)
        worker.postMessage(item.job)
      }
    }
    if (this.waiting.length > 0 && !this.inlineScheduled) {
      this.inlineScheduled = true
      setImmediate(() => this.inline())
    }
  }

  /** Run one waiting job on this thread, then let messages in before the next. */
  private inline(): void {
    this.inlineScheduled = false
    if (this.closed) return
    const item = this.waiting.shift()
    if (!item) return
    item.resolve(compute(item.job))
    this.next()
  }

  private done(worker: Worker, result: JobResult): void {
    const jobs = this.inFlight.get(worker)
    const item = jobs?.get(result.id)
    jobs?.delete(result.id)
    item?.resolve(result)
    this.next()
  }

  /** A worker that dies fails its own jobs; the others, and this thread, go on. */
  private failed(worker: Worker, error: Error): void {
    const jobs = this.inFlight.get(worker)
    this.inFlight.delete(worker)
    for (const item of jobs?.values() ?? []) item.reject(error)
    this.next()
  }

  async close(): Promise<void> {
    this.closed = true
    await Promise.all(this.workers.map((worker) => worker.terminate()))
  }
}

/**
 * Below this much copy, threads cost more than they save: on two cores a single thread
 * already keeps about 1.3 cores busy (V8 collects garbage and compiles on helper threads),
 * and each worker loads, compiles and warms up everything again. Measured on 2 cores: 1 MB
 * lints in 5.9 s on one thread and 6.5 s on two; the 38 MB corpus in 94 s and 72 s.
 */
const threadsFrom = 2 * 1024 * 1024

/**
 * A pool for `jobs` threads (this one included) over `files` files of `bytes` bytes in all.
 * Runs in-process for one job, and, unless the number of jobs was asked for, when the work
 * is too small to pay for starting threads (each loads the parsers and rules again).
 */
export function createPool(jobs: number, files: number, bytes: number, explicit: boolean): Pool {
  const useful = Math.min(jobs, files)
  if (useful <= 1 || (!explicit && bytes < threadsFrom)) return new InlinePool()
  return new ThreadPool(useful)
}
