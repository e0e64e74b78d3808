/**
 * The default terminal report, in the style of ESLint's "stylish", drawn by vfile-reporter
 * (the unified ecosystem's reporter).
 */
import path from 'node:path'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {reporter} from 'vfile-reporter'
import type {FileResult} from '../types.js'
import type {FormatContext} from './index.js'

export function stylish(results: FileResult[], context: FormatContext): string {
  const files = results
    .filter((result) => result.messages.length > 0)
    .map((result) => {
      const name = path.isAbsolute(result.filePath) ? path.relative(context.cwd, result.filePath) || result.filePath : result.filePath
      const file = new VFile({path: name})
      for (const finding of result.messages) {
        const message = new VFileMessage(finding.message, {
          place: {
            start: {line: finding.line, column: finding.column},
            end: {line: finding.endLine, column: finding.endColumn}
          },
          ruleId: finding.ruleId,
          source: 'youfirst'
        })
        message.fatal = finding.severity === 2
        message.file = name
        file.messages.push(message)
      }
      return file
    })
  if (files.length === 0) return ''
  const text = reporter(files, {color: context.color})
  return text ? `${text}\n` : ''
}
