/**
 * The work the language server hands to its lint worker (or runs in process): lint a
 * text, or fix every safe problem in it. Requests and answers are plain data, so they
 * cross a worker boundary by structured clone.
 */
import type {ResolvedConfig} from '../config/resolve.js'
import {lint} from '../engine/lint.js'
import {fixText} from '../fix/index.js'
import type {FileResult, Format} from '../types.js'

export interface JobInput {
  text: string
  filePath?: string
  format: Format
  resolved: ResolvedConfig
}

export type Job = ({kind: 'lint'} | {kind: 'fix'}) & JobInput

export type JobOutput =
  | {kind: 'lint'; result: FileResult}
  | {kind: 'fix'; output: string; changed: boolean; fixed: number}

export function runJob(job: Job): JobOutput {
  const options = {...(job.filePath ? {filePath: job.filePath} : {}), format: job.format, resolved: job.resolved}
  if (job.kind === 'lint') return {kind: 'lint', result: lint(job.text, options)}
  const fixed = fixText(job.text, options)
  return {kind: 'fix', output: fixed.output, changed: fixed.changed, fixed: fixed.fixed}
}

/** Messages between the server and its worker. */
export interface WorkerRequest {
  id: number
  job: Job
}

export type WorkerResponse =
  | {id: number; ok: true; output: JobOutput}
  | {id: number; ok: false; error: string}
  /** Sent once, when the worker has loaded. */
  | {ready: true}
