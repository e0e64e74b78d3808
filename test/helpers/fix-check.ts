/**
 * The safety properties every fix must keep, checked pass by pass as --fix applies them:
 * an edit touches only words, spaces, commas and hyphens on one line (never markup, never
 * line structure), the result is stable when fixed again, and the block structure is kept.
 */
import {lint, type LintOptions} from '../../src/engine/lint.js'
import {applyEdits, fixText, maxPasses} from '../../src/fix/index.js'
import type {Format} from '../../src/types.js'
import {structure} from './structure.js'

const safe = /^[\p{L}\p{N}\p{M} \t,'’#-]*$/u

export interface FixCheck {
  output: string
  edits: number
  problems: string[]
}

export function checkFixes(text: string, format: Format, options: LintOptions = {}): FixCheck {
  const problems: string[] = []
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : ''
  let source = text.slice(bom.length)
  let edits = 0
  for (let pass = 0; pass < maxPasses; pass++) {
    // lint() strips one BOM itself: hand it back, so a second U+FEFF stays text.
    const result = lint(bom + source, {...options, format})
    // A text not parsed as its format is never fixed.
    if (result.messages.some((finding) => finding.ruleId === 'parse-error')) break
    const fixes = result.messages.flatMap((finding) => (finding.fix ? [{finding, fix: finding.fix}] : []))
    if (fixes.length === 0) break
    for (const {finding, fix} of fixes) {
      const slice = source.slice(fix.range[0], fix.range[1])
      if (!safe.test(slice) || !safe.test(fix.text)) {
        problems.push(`${finding.ruleId} edit ${JSON.stringify(slice)} → ${JSON.stringify(fix.text)} touches more than words`)
      }
      if (!slice.toLowerCase().includes(finding.actual.toLowerCase().slice(0, 1)) && finding.actual !== '') {
        problems.push(`${finding.ruleId} edit ${JSON.stringify(slice)} is not where “${finding.actual}” is`)
      }
    }
    const applied = applyEdits(source, fixes.map((item) => item.fix))
    if (applied.output === source) break
    edits += applied.applied.length
    source = applied.output
  }
  const output = bom + source
  // Nothing to fix: nothing can have been damaged.
  if (edits === 0) return {output, edits, problems}
  const viaFixText = fixText(text, {...options, format})
  if (viaFixText.output !== output) problems.push('fixText disagrees with pass-by-pass fixing')
  const again = fixText(output, {...options, format})
  if (again.output !== output) problems.push(`not idempotent: ${JSON.stringify(output)} → ${JSON.stringify(again.output)}`)
  if (structure(text.slice(bom.length), format) !== structure(source, format)) problems.push('block structure changed')
  return {output, edits, problems}
}
