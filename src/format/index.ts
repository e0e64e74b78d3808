/**
 * Formatters: turn lint results into the text a person or a tool reads. Each takes the
 * results and context, and returns a string. New formats (sarif, github, summary, html)
 * plug in here.
 */
import type {FileResult} from '../types.js'
import {github} from './github.js'
import {json} from './json.js'
import {sarif} from './sarif.js'
import {stylish} from './stylish.js'
import {summary} from './summary.js'

export interface FormatContext {
  cwd: string
  color: boolean
  /** `github`: how many findings become annotations (default 50); the rest go to the log. */
  maxAnnotations?: number
  /** The environment (`github` reads GITHUB_WORKSPACE to name files relative to the repository). */
  env?: NodeJS.ProcessEnv
}

export type Formatter = (results: FileResult[], context: FormatContext) => string

export const formatters: Record<string, Formatter> = {stylish, json, summary, sarif, github}

export function formatNames(): string[] {
  return Object.keys(formatters)
}
