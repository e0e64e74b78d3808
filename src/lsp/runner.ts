/**
 * Runs the language server's lint and fix jobs, newest first, in a worker thread.
 *
 * Each job has a key (its kind and document). A job that has not started yet is dropped
 * when a newer job with the same key arrives, and a running job with that key is
 * abandoned: its answer is never used. A job abandoned after it has run for a while
 * (a long document) is stopped by ending the worker thread, since starting a new thread
 * costs less than waiting for work nobody wants.
 *
 * `InlineRunner` does the same in the server's own thread (yielding to the event loop
 * before each job), for environments where worker threads are unwanted; the server
 * falls back to it when the worker cannot start.
 */
import {Worker} from 'node:worker_threads'
import {runJob, type Job, type JobOutput, type WorkerRequest, type WorkerResponse} from './jobs.js'

export type Outcome = {status: 'done'; output: JobOutput} | {status: 'cancelled'} | {status: 'failed'; error: string}

export interface Runner {
  run(key: string, job: Job): Promise<Outcome>
  /** Abandon every pending and running job with this key. */
  cancel(key: string): void
  dispose(): Promise<void>
}

interface Pending {
  id: number
  key: string
  job: Job
  resolve: (outcome: Outcome) => void
  started?: number
}

const cancelled: Outcome = {status: 'cancelled'}

export class InlineRunner implements Runner {
  private readonly latest = new Map<string, number>()
  private next = 0

  async run(key: string, job: Job): Promise<Outcome> {
    const id = ++this.next
    this.latest.set(key, id)
    await new Promise((resolve) => setImmediate(resolve))
    if (this.latest.get(key) !== id) return cancelled
    try {
      return {status: 'done', output: runJob(job)}
    } catch (error) {
      return {status: 'failed', error: error instanceof Error ? error.message : String(error)}
    } finally {
      if (this.latest.get(key) === id) this.latest.delete(key)
    }
  }

  cancel(key: string): void {
    this.latest.delete(key)
  }

  async dispose(): Promise<void> {
    this.latest.clear()
  }
}

export interface WorkerRunnerOptions {
  /** The worker script. */
  file: URL | string
  /** Stop the worker thread for an abandoned job that has run this long (ms). */
  restartAfter?: number
  /** Where the worker's standard output and error go (never the server's stdout, which may carry the protocol). */
  log?: (text: string) => void
  /** Called once if the worker cannot start; jobs then run in `fallback`. */
  onUnavailable?: (error: Error) => void
}

export class WorkerRunner implements Runner {
  private worker: Worker | undefined
  private running: Pending | undefined
  private readonly queue: Pending[] = []
  private next = 0
  /** Whether a worker has ever loaded. */
  private answered = false
  private fallback: InlineRunner | undefined
  private disposed = false

  constructor(private readonly options: WorkerRunnerOptions) {}

  run(key: string, job: Job): Promise<Outcome> {
    if (this.fallback) return this.fallback.run(key, job)
    if (this.disposed) return Promise.resolve(cancelled)
    this.cancel(key)
    return new Promise<Outcome>((resolve) => {
      const pending: Pending = {id: ++this.next, key, job, resolve}
      // Fixes answer a waiting editor (a code action, a save): they go first.
      if (job.kind === 'fix') this.queue.unshift(pending)
      else this.queue.push(pending)
      this.pump()
    })
  }

  cancel(key: string): void {
    this.fallback?.cancel(key)
    for (let index = this.queue.length - 1; index >= 0; index--) {
      const pending = this.queue[index]!
      if (pending.key !== key) continue
      this.queue.splice(index, 1)
      pending.resolve(cancelled)
    }
    const running = this.running
    if (running && running.key === key) {
      running.resolve(cancelled)
      running.resolve = () => {}
      if (Date.now() - (running.started ?? Date.now()) >= (this.options.restartAfter ?? 1000)) this.restart()
    }
  }

  async dispose(): Promise<void> {
    this.disposed = true
    for (const pending of this.queue.splice(0)) pending.resolve(cancelled)
    this.running?.resolve(cancelled)
    this.running = undefined
    const worker = this.worker
    this.worker = undefined
    if (worker) await worker.terminate()
    await this.fallback?.dispose()
  }

  private spawn(): Worker {
    const worker = new Worker(this.options.file, {stdout: true, stderr: true})
    const log = this.options.log ?? ((text: string) => process.stderr.write(text))
    worker.stdout.setEncoding('utf8').on('data', log)
    worker.stderr.setEncoding('utf8').on('data', log)
    worker.on('message', (response: WorkerResponse) => this.answer(worker, response))
    worker.on('error', (error) => this.failed(worker, error))
    worker.on('exit', (code) => {
      if (this.worker === worker) this.failed(worker, new Error(`the lint worker stopped (exit code ${code})`))
    })
    return worker
  }

  private pump(): void {
    if (this.running || this.disposed) return
    const pending = this.queue.shift()
    if (!pending) return
    pending.started = Date.now()
    this.running = pending
    let worker: Worker
    try {
      worker = this.worker ??= this.spawn()
    } catch (error) {
      this.unavailable(error instanceof Error ? error : new Error(String(error)))
      return
    }
    const request: WorkerRequest = {id: pending.id, job: pending.job}
    worker.postMessage(request)
  }

  private answer(worker: Worker, response: WorkerResponse): void {
    if (worker !== this.worker) return
    if ('ready' in response) {
      this.answered = true
      return
    }
    const running = this.running
    if (!running || running.id !== response.id) return
    this.running = undefined
    running.resolve(response.ok ? {status: 'done', output: response.output} : {status: 'failed', error: response.error})
    this.pump()
  }

  private failed(worker: Worker, error: Error): void {
    if (worker !== this.worker) return
    this.worker = undefined
    void worker.terminate()
    if (!this.answered) {
      this.unavailable(error)
      return
    }
    const running = this.running
    this.running = undefined
    running?.resolve({status: 'failed', error: error.message})
    this.pump()
  }

  /** The worker never worked (its script is missing, or threads are unavailable): lint in process from now on. */
  private unavailable(error: Error): void {
    const running = this.running
    this.running = undefined
    this.fallback = new InlineRunner()
    this.options.onUnavailable?.(error)
    for (const pending of [...(running ? [running] : []), ...this.queue.splice(0)]) {
      void this.fallback.run(pending.key, pending.job).then((outcome) => pending.resolve(outcome))
    }
  }

  private restart(): void {
    const worker = this.worker
    this.worker = undefined
    this.running = undefined
    if (worker) void worker.terminate()
    // Start the next thread now, so it loads while the editor is still typing.
    if (!this.disposed) {
      try {
        this.worker = this.spawn()
      } catch {
        // pump() tries again, and falls back to linting in process.
      }
    }
    this.pump()
  }
}
