/**
 * Formatters: turn lint results into the text a person or a tool reads. Each takes the
 * results and context, and returns a string. New formats (sarif, github, summary, html)
 * plug in here.
 */
import type {FileResult} from '../types.js'
import {json} from './json.js'
import {stylish} from './stylish.js'

export interface FormatContext {
  cwd: string
  color: boolean
}

export type Formatter = (results: FileResult[], context: FormatContext) => string

export const formatters: Record<string, Formatter> = {stylish, json}

export function formatNames(): string[] {
  return Object.keys(formatters)
}
