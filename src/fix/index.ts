/**
 * Fixing a text: lint, apply every safe fix that does not overlap another, and lint again,
 * up to 10 passes (as ESLint does), until nothing changes. Suggestions are never applied
 * here, and a text that could not be parsed as its format is left as it is. Works on text
 * only; writing files is the CLI's job.
 */
import {lint, type LintOptions} from '../engine/lint.js'
import type {FileResult} from '../types.js'
import {applyEdits} from './apply.js'

export {applyEdits, type Applied} from './apply.js'

export const maxPasses = 10

export interface FixOptions extends LintOptions {
  /** Only apply fixes from these rules (all rules still report). */
  fixRules?: string[]
}

export interface FixResult {
  /** The fixed text (with the BOM of the input, if it had one). */
  output: string
  /** Whether the text changed. */
  changed: boolean
  /** Number of fixes applied over all passes. */
  fixed: number
  passes: number
  /** The findings that remain in the fixed text. */
  result: FileResult
}

const bom = '\uFEFF'

export function fixText(text: string, options: FixOptions = {}): FixResult {
  const hasBom = text.startsWith(bom)
  let source = hasBom ? text.slice(1) : text
  const wanted = options.fixRules ? new Set(options.fixRules) : undefined
  let fixed = 0
  let passes = 0
  // lint() strips one BOM and reports offsets in the text after it; giving it the BOM back
  // keeps a second U+FEFF (which is then text) where the offsets expect it.
  const lintSource = () => lint(hasBom ? bom + source : source, options)
  let result = lintSource()
  // A text that could not be parsed as its format was linted as something simpler (MDX as
  // Markdown, Markdown as plain text), where code can read as prose: it is never fixed.
  const unparsed = result.messages.some((finding) => finding.ruleId === 'parse-error')

  while (!unparsed && passes < maxPasses) {
    const edits = result.messages.flatMap((finding) =>
      finding.fix && (!wanted || wanted.has(finding.ruleId)) ? [finding.fix] : []
    )
    if (edits.length === 0) break
    const {output, applied} = applyEdits(source, edits)
    passes++
    if (applied.length === 0 || output === source) break
    fixed += applied.length
    source = output
    result = lintSource()
  }

  const output = hasBom ? bom + source : source
  return {output, changed: output !== text, fixed, passes, result}
}
