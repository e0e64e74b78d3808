/**
 * GitHub Actions workflow commands: each finding becomes an `::error` or `::warning`
 * annotation, which GitHub shows on the pull request's diff and in the run's summary.
 *
 * GitHub keeps only so many annotations (10 warnings and 10 errors per step, 50 per job),
 * so at most `maxAnnotations` findings (default 50) become annotations, errors first; the
 * rest are printed as plain lines in the log, and one summary line closes the report.
 * See README, "CI and pull requests".
 */
import path from 'node:path'
import type {FileResult, Finding} from '../types.js'
import type {FormatContext} from './index.js'

export const defaultMaxAnnotations = 50

/** Escape a workflow command's message, as @actions/core does. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escape a workflow command's property value, as @actions/core does. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

interface Item {
  file: string
  finding: Finding
}

export function github(results: FileResult[], context: FormatContext): string {
  const limit = context.maxAnnotations ?? defaultMaxAnnotations
  const root = workspace(context)
  const items: Item[] = []
  let files = 0
  for (const result of results) {
    if (result.messages.length > 0) files++
    const file = displayPath(result.filePath, root)
    for (const finding of result.messages) items.push({file, finding})
  }
  // Errors first, so the annotations GitHub keeps are the ones that fail the run.
  items.sort(
    (a, b) =>
      b.finding.severity - a.finding.severity ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.finding.line - b.finding.line ||
      a.finding.column - b.finding.column
  )

  const lines: string[] = []
  const annotated = Math.min(limit, items.length)
  for (const [position, {file, finding}] of items.entries()) {
    const level = finding.severity === 2 ? 'error' : 'warning'
    if (position < annotated) {
      const properties = [
        `file=${escapeProperty(file)}`,
        `line=${finding.line}`,
        `col=${finding.column}`,
        `endLine=${finding.endLine}`,
        `endColumn=${finding.endColumn}`,
        `title=${escapeProperty(`youfirst (${finding.ruleId})`)}`
      ]
      lines.push(`::${level} ${properties.join(',')}::${escapeData(finding.message)}`)
    } else {
      // A plain log line; kept on one line so nothing in it can start a workflow command.
      lines.push(`${file}:${finding.line}:${finding.column}: ${level}: ${finding.message.replace(/[\r\n]+/g, ' ')} (${finding.ruleId})`)
    }
  }

  const counted = `${plural(items.length, 'finding')} in ${plural(files, 'file')}`
  if (items.length === 0) {
    lines.push(`youfirst: no findings in ${plural(results.length, 'file')}`)
  } else if (annotated === items.length) {
    lines.push(`youfirst: ${counted}, all shown as annotations`)
  } else {
    lines.push(`::notice title=youfirst::youfirst: ${counted}; ${annotated} shown as annotations, ${items.length - annotated} more in the log`)
  }
  return `${lines.join('\n')}\n`
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/** Annotations name files relative to the repository: GITHUB_WORKSPACE when set, else the working folder. */
function workspace(context: FormatContext): string {
  const root = context.env?.GITHUB_WORKSPACE
  return root && path.isAbsolute(root) ? root : context.cwd
}

function displayPath(filePath: string, root: string): string {
  if (!path.isAbsolute(filePath)) return filePath
  const relative = path.relative(root, filePath)
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return filePath
  return relative.split(path.sep).join('/')
}
