/** Apply the fixes of findings to a source, as a test oracle: non-overlapping, in order. */
import type {Edit} from '../../src/types.js'

export function applyEdits(source: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  let result = ''
  let last = 0
  for (const edit of sorted) {
    if (edit.range[0] < last) continue
    result += source.slice(last, edit.range[0]) + edit.text
    last = edit.range[1]
  }
  return result + source.slice(last)
}
