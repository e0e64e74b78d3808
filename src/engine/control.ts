/**
 * Inline control: decide whether a finding is silenced by a `youfirst-disable`,
 * `youfirst-disable-next-line` or `youfirst-ignore` comment.
 */
import type {Directive} from '../parse/directives.js'

function applies(directive: Directive, ruleId: string): boolean {
  return directive.rules.length === 0 || directive.rules.includes(ruleId)
}

/**
 * @param directives sorted by offset
 * @param lineOf maps an offset to its 1-based line
 */
export function createControl(directives: Directive[], lineOf: (offset: number) => number) {
  if (directives.length === 0) return () => false
  const nextLine = directives
    .filter((directive) => directive.kind === 'disable-next-line')
    .map((directive) => ({directive, line: lineOf(directive.end) + 1}))

  return function silenced(ruleId: string, start: number, line: number): boolean {
    let disabled = false
    for (const directive of directives) {
      if (directive.start > start) break
      if (!applies(directive, ruleId)) continue
      if (directive.kind === 'disable') disabled = true
      else if (directive.kind === 'enable') disabled = false
    }
    if (disabled) return true
    for (const {directive, line: target} of nextLine) {
      if (target === line && applies(directive, ruleId)) return true
    }
    return directives.some(
      (directive) =>
        directive.kind === 'ignore' &&
        directive.target !== undefined &&
        start >= directive.target[0] &&
        start < directive.target[1] &&
        applies(directive, ruleId)
    )
  }
}
