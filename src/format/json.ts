/**
 * The JSON report: the stable contract CI tools and editors integrate against.
 * An array with one object per file, sorted by path. See README, "JSON report".
 */
import type {FileResult} from '../types.js'

export function json(results: FileResult[]): string {
  const sorted = [...results].sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0))
  return `${JSON.stringify(sorted, null, 2)}\n`
}
