/**
 * `--baseline`: compare this run with an earlier one. The baseline is the
 * youfirst-report.json an earlier `youfirst report --json` wrote, or the array an earlier
 * `youfirst --format json` printed; pages are matched by their path relative to the root
 * (then by absolute path).
 */
import fs from 'node:fs'
import path from 'node:path'
import {siteSummary} from '../score/site.js'
import type {FileResult} from '../types.js'
import type {ReportData} from './data.js'

export class BaselineError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`)
    this.name = 'BaselineError'
  }
}

export interface BaselinePage {
  path: string
  filePath: string
  score: number
}

export interface Baseline {
  generatedAt: string
  score: number | null
  pages: BaselinePage[]
}

const notAReport = 'not a youfirst report: pass the youfirst-report.json an earlier “youfirst report --json” wrote, or the output of “youfirst --format json”'

/** Read a baseline file; throws BaselineError with a one-line reason. */
export function readBaseline(file: string, cwd: string): Baseline {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new BaselineError(file, code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? (error as Error).message})`)
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new BaselineError(file, `invalid JSON (${(error as Error).message.split('\n')[0]})`)
  }
  const isPage = (item: unknown): item is {path?: unknown; filePath?: unknown; stats: {score: number; words: number}} =>
    typeof item === 'object' &&
    item !== null &&
    typeof (item as {stats?: {score?: unknown}}).stats?.score === 'number' &&
    typeof (item as {stats?: {words?: unknown}}).stats?.words === 'number'

  if (Array.isArray(value)) {
    // `youfirst --format json`: lint results; older ones without scores are refused.
    if (!value.every((item) => isPage(item) && typeof item.filePath === 'string')) {
      throw new BaselineError(file, 'its results have no scores (stats.score); run youfirst again to make a baseline with scores')
    }
    const results = value as FileResult[]
    return {
      generatedAt: fs.statSync(file).mtime.toISOString(),
      score: siteSummary(results).score,
      pages: results.map((result) => ({path: relative(cwd, result.filePath), filePath: result.filePath, score: result.stats.score}))
    }
  }

  const report = value as Partial<ReportData> | null
  if (typeof report !== 'object' || report === null || !Array.isArray(report.pages) || typeof report.site !== 'object' || report.site === null) {
    throw new BaselineError(file, notAReport)
  }
  if (!report.pages.every((page) => isPage(page) && typeof page.path === 'string' && typeof page.filePath === 'string')) {
    throw new BaselineError(file, `${notAReport} (a page has no path or score)`)
  }
  const score = typeof report.site.score === 'number' ? report.site.score : null
  return {
    generatedAt: typeof report.generatedAt === 'string' ? report.generatedAt : '',
    score,
    pages: report.pages.map((page) => ({path: page.path, filePath: page.filePath, score: page.stats.score}))
  }
}

/** Add the changes since `baseline` to `data` (per page, for the site, and pages that are gone). */
export function applyBaseline(data: ReportData, baseline: Baseline): void {
  const byPath = new Map(baseline.pages.map((page) => [page.path, page]))
  const byFilePath = new Map(baseline.pages.map((page) => [page.filePath, page]))
  const matched = new Set<BaselinePage>()
  for (const page of data.pages) {
    const before = byPath.get(page.path) ?? byFilePath.get(page.filePath)
    page.change = before === undefined ? null : page.stats.score - before.score
    if (before) matched.add(before)
  }
  data.site.change = data.site.score === null || baseline.score === null ? null : data.site.score - baseline.score
  data.baseline = {
    generatedAt: baseline.generatedAt,
    score: baseline.score,
    pages: baseline.pages.length,
    removed: baseline.pages.filter((page) => !matched.has(page)).map((page) => page.path).sort()
  }
}

/** A path relative to `cwd`, with `/` separators. */
export function relative(cwd: string, filePath: string): string {
  if (!path.isAbsolute(filePath)) return filePath.split(path.sep).join('/')
  return (path.relative(cwd, filePath) || path.basename(filePath)).split(path.sep).join('/')
}
