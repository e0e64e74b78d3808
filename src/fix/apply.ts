/**
 * Applying edits to a source text: sorted by position, overlapping edits skipped (the
 * later one waits for the next pass), bytes outside the edited ranges left untouched.
 */
import type {Edit} from '../types.js'

export interface Applied {
  output: string
  applied: Edit[]
  skipped: Edit[]
}

export function applyEdits(source: string, edits: readonly Edit[]): Applied {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  const applied: Edit[] = []
  const skipped: Edit[] = []
  let output = ''
  let last = 0
  for (const edit of sorted) {
    const [start, end] = edit.range
    if (start < last || end < start || end > source.length) {
      skipped.push(edit)
      continue
    }
    output += source.slice(last, start) + edit.text
    last = end
    applied.push(edit)
  }
  return {output: output + source.slice(last), applied, skipped}
}
