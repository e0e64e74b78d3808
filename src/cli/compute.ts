/**
 * The per-file work that can run on any thread: lint a text, or fix it. Inputs and outputs
 * are plain data, so a worker thread can run it as well as the main thread.
 */
import type {ResolvedConfig} from '../config/resolve.js'
import {lint} from '../engine/lint.js'
import {fixText} from '../fix/index.js'
import type {FileResult} from '../types.js'

export interface Job {
  id: number
  filePath: string
  text: string
  resolved: ResolvedConfig
  /** Fix instead of only linting. */
  fix: boolean
  fixRules?: string[]
}

export interface JobResult {
  id: number
  result?: FileResult
  /** With `fix`: the fixed text, when it changed. */
  output?: string
  /** A failure inside linting (a bug, not a finding). */
  error?: {message: string; stack?: string}
}

export function compute(job: Job): JobResult {
  try {
    if (!job.fix) return {id: job.id, result: lint(job.text, {filePath: job.filePath, resolved: job.resolved})}
    const fixed = fixText(job.text, {
      filePath: job.filePath,
      resolved: job.resolved,
      ...(job.fixRules ? {fixRules: job.fixRules} : {})
    })
    return {id: job.id, result: fixed.result, ...(fixed.changed ? {output: fixed.output} : {})}
  } catch (error) {
    const stack = (error as Error).stack
    return {id: job.id, error: {message: (error as Error).message, ...(stack ? {stack} : {})}}
  }
}
