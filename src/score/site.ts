/**
 * Site totals: the score of a set of files, computed from their lint results alone, so
 * anyone holding a `--format json` report can compute the same numbers.
 *
 * The site score is the mean of the file scores weighted by words (a 2,000-word page counts
 * forty times as much as a 50-word one); when no file has any words it is the plain mean,
 * and with no files there is no site score (null).
 */
import type {FileResult} from '../types.js'

export interface SiteSummary {
  files: number
  words: number
  readerRefs: number
  selfRefs: number
  brandRefs: number
  /** Site-wide readerRefs ÷ (readerRefs + selfRefs + brandRefs); null without references. */
  focusRate: number | null
  /** Word-weighted mean of the file scores, 0 to 100; null with no files. */
  score: number | null
  /** All findings, of every rule, errors and warnings. */
  findings: number
  errorCount: number
  warningCount: number
  /** Findings per rule id, most frequent first. */
  rules: Record<string, number>
  /** Files per score band: index 0 holds scores 0–9, …, index 9 holds 90–100. */
  distribution: number[]
}

export type MinScoreScope = 'site' | 'file'

/** Summarise lint results as site totals. */
export function siteSummary(results: FileResult[]): SiteSummary {
  const summary: SiteSummary = {
    files: results.length,
    words: 0,
    readerRefs: 0,
    selfRefs: 0,
    brandRefs: 0,
    focusRate: null,
    score: null,
    findings: 0,
    errorCount: 0,
    warningCount: 0,
    rules: {},
    distribution: Array.from({length: 10}, () => 0)
  }
  const perRule = new Map<string, number>()
  let weightedScores = 0
  let plainScores = 0
  for (const result of results) {
    const stats = result.stats
    summary.words += stats.words
    summary.readerRefs += stats.readerRefs
    summary.selfRefs += stats.selfRefs
    summary.brandRefs += stats.brandRefs
    summary.findings += result.messages.length
    summary.errorCount += result.errorCount
    summary.warningCount += result.warningCount
    weightedScores += stats.score * stats.words
    plainScores += stats.score
    summary.distribution[band(stats.score)]!++
    for (const finding of result.messages) perRule.set(finding.ruleId, (perRule.get(finding.ruleId) ?? 0) + 1)
  }
  const refs = summary.readerRefs + summary.selfRefs + summary.brandRefs
  summary.focusRate = refs === 0 ? null : Math.round((summary.readerRefs / refs) * 10_000) / 10_000
  if (results.length > 0) {
    summary.score = Math.round(summary.words > 0 ? weightedScores / summary.words : plainScores / results.length)
  }
  const sorted = [...perRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  summary.rules = Object.fromEntries(sorted)
  return summary
}

/** The histogram band of a score: 0 for 0–9, …, 9 for 90–100. */
export function band(score: number): number {
  return Math.min(9, Math.max(0, Math.floor(score / 10)))
}

/**
 * What `--min-score` reports: one line per failure (empty when the run passes). With scope
 * `site` the site score must reach `min`; with scope `file` every file's score must.
 */
export function minScoreFailures(
  results: FileResult[],
  min: number,
  scope: MinScoreScope,
  name: (filePath: string) => string = (filePath) => filePath
): string[] {
  if (scope === 'site') {
    const score = siteSummary(results).score
    return score !== null && score < min ? [`site score ${score} is under --min-score ${min}`] : []
  }
  const under = results.filter((result) => result.stats.score < min).sort((a, b) => a.stats.score - b.stats.score)
  if (under.length === 0) return []
  const shown = under.slice(0, 5).map((result) => `${name(result.filePath)} (${result.stats.score})`)
  const more = under.length > shown.length ? `, and ${under.length - shown.length} more` : ''
  return [`${under.length} ${under.length === 1 ? 'file scores' : 'files score'} under --min-score ${min}: ${shown.join(', ')}${more}`]
}

/** Parse a `--min-score` value: a whole number from 0 to 100, or undefined when it is not one. */
export function parseMinScore(value: string): number | undefined {
  if (!/^\d{1,3}$/.test(value)) return undefined
  const number = Number(value)
  return number <= 100 ? number : undefined
}
