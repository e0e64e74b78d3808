/**
 * A terminal table of customer-focus scores: one row per file with a score bar, then the
 * site totals. Colours come from picocolors (small, no dependencies), switched by `--no-color`.
 */
import path from 'node:path'
import {createColors} from 'picocolors'
import {siteSummary} from '../score/site.js'
import type {FileResult} from '../types.js'
import type {FormatContext} from './index.js'

const barWidth = 10

/** A bar of `barWidth` cells, one per ten points. */
export function scoreBar(score: number): string {
  const full = Math.round(score / 10)
  return '█'.repeat(full) + '░'.repeat(barWidth - full)
}

function percent(rate: number | null): string {
  return rate === null ? '–' : `${Math.round(rate * 100)}%`
}

export function summary(results: FileResult[], context: FormatContext): string {
  const colors = createColors(context.color)
  const paint = (score: number, text: string) =>
    score >= 80 ? colors.green(text) : score >= 50 ? colors.yellow(text) : colors.red(text)
  const sorted = [...results].sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0))
  const name = (filePath: string) => (path.isAbsolute(filePath) ? path.relative(context.cwd, filePath) || filePath : filePath)
  // The file name comes last, so the number columns line up whatever the names are.
  const row = (cells: string[], file: string) =>
    `${cells[0]!.padStart(5)}  ${cells[1]!}  ${cells[2]!.padStart(5)}  ${cells[3]!.padStart(5)}  ${cells[4]!.padStart(5)}  ${cells[5]!.padStart(5)}  ${cells[6]!.padStart(8)}  ${file}`
  const lines = [colors.bold(row(['score', 'bar'.padEnd(barWidth), 'focus', 'you', 'we', 'brand', 'findings'], 'file'))]
  for (const result of sorted) {
    const stats = result.stats
    const cells = [String(stats.score), scoreBar(stats.score), percent(stats.focusRate), String(stats.readerRefs), String(stats.selfRefs), String(stats.brandRefs), String(result.messages.length)]
    lines.push(paint(stats.score, row(cells, name(result.filePath))))
  }
  const site = siteSummary(results)
  lines.push('─'.repeat(60))
  if (site.score === null) {
    lines.push('no files')
  } else {
    const label = `site: ${site.files} ${site.files === 1 ? 'file' : 'files'}, ${site.words.toLocaleString('en-US')} words`
    const cells = [String(site.score), scoreBar(site.score), percent(site.focusRate), String(site.readerRefs), String(site.selfRefs), String(site.brandRefs), String(site.findings)]
    lines.push(colors.bold(paint(site.score, row(cells, label))))
  }
  return `${lines.join('\n')}\n`
}
