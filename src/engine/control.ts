/**
 * Inline control: decide whether a finding is silenced by a `youfirst-disable`,
 * `youfirst-disable-next-line` or `youfirst-ignore` comment.
 */
import type {Directive} from '../parse/directives.js'

function applies(directive: Directive, ruleId: string): boolean {
  return directive.rules.length === 0 || directive.rules.includes(ruleId)
}

/** What the directives say for one rule, ready to be asked about any offset or line. */
interface RuleControl {
  /** Starts of `disable` and `enable` directives for the rule, in order, and whether each disables. */
  switches: number[]
  disables: boolean[]
  /** Lines a `disable-next-line` silences. */
  lines: Set<number>
  /** `ignore` targets, merged where they overlap, in order: [start, end) pairs, and their starts. */
  ignored: Array<[number, number]>
  ignoredStarts: number[]
}

/** The last index in `sorted` whose value is at most `value`, or -1. */
function lastAtMost(sorted: ArrayLike<number>, value: number): number {
  let low = 0
  let high = sorted.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (sorted[middle]! <= value) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  return found
}

/**
 * @param directives sorted by offset
 * @param lineOf maps an offset to its 1-based line
 *
 * Each rule's directives are gathered once, the first time a finding of that rule is asked
 * about, so a file of thousands of directives and findings is not read in full for each one.
 */
export function createControl(directives: Directive[], lineOf: (offset: number) => number) {
  if (directives.length === 0) return () => false
  const controls = new Map<string, RuleControl>()

  const controlFor = (ruleId: string): RuleControl => {
    let control = controls.get(ruleId)
    if (control) return control
    control = {switches: [], disables: [], lines: new Set(), ignored: [], ignoredStarts: []}
    const targets: Array<[number, number]> = []
    for (const directive of directives) {
      if (!applies(directive, ruleId)) continue
      if (directive.kind === 'disable' || directive.kind === 'enable') {
        control.switches.push(directive.start)
        control.disables.push(directive.kind === 'disable')
      } else if (directive.kind === 'disable-next-line') control.lines.add(lineOf(directive.end) + 1)
      else if (directive.kind === 'ignore' && directive.target !== undefined) targets.push(directive.target)
    }
    targets.sort((a, b) => a[0] - b[0])
    for (const [start, end] of targets) {
      const last = control.ignored.at(-1)
      if (last && start <= last[1]) last[1] = Math.max(last[1], end)
      else control.ignored.push([start, end])
    }
    control.ignoredStarts = control.ignored.map((target) => target[0])
    controls.set(ruleId, control)
    return control
  }

  return function silenced(ruleId: string, start: number, line: number): boolean {
    const control = controlFor(ruleId)
    // The last disable or enable at or before the finding decides.
    const switched = lastAtMost(control.switches, start)
    if (switched !== -1 && control.disables[switched]) return true
    if (control.lines.has(line)) return true
    const ignored = lastAtMost(control.ignoredStarts, start)
    return ignored !== -1 && start < control.ignored[ignored]![1]
  }
}
