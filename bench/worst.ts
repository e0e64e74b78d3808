/**
 * One file of 1 MB of mixed worst cases (test/helpers/worst-page.ts), linted by the built
 * CLI in a fresh process, in every format: the figure behind the reliability test's
 * generous bound. Beside it, one file of 1 MB of real copy: the 1 MB sample of the corpus
 * (bench/corpus.ts) joined into one Markdown file, which is harder on the Markdown parser
 * than the worst-case page (tables, links, lists and varied sentences throughout). Part of
 * the full `npm run bench`; run alone, it updates its own section and target row of
 * bench/RESULTS.md:
 *
 *   npx tsx bench/worst.ts [--runs 3]
 */
import {execFileSync, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import type {Format} from '../src/types.js'
import {worstPage} from '../test/helpers/worst-page.js'
import {corpus, markdownFiles, sample} from './corpus.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const extensions: Record<Format, string> = {markdown: 'md', mdx: 'mdx', html: 'html', text: 'txt'}
export const worstTarget = 2

export interface WorstCase {
  /** The format, `real copy` for the corpus sample as one Markdown file, or a named Markdown case. */
  format: Format | 'real copy' | 'short blocks' | 'definitions' | 'dense emphasis' | 'dense links' | 'titled links' | 'inline HTML' | 'hard breaks'
  bytes: number
  seconds: number
  rssMb: number
}

/**
 * Lint `file` with the built CLI (`youfirst --format json`) in a fresh process under
 * `/usr/bin/time`: its wall time in seconds and its peak resident memory in MB.
 */
export function timeCli(file: string, name: string): {seconds: number; rssMb: number} {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, path.join(root, 'dist/bin/youfirst.js'), '--format', 'json', file], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    stdio: ['ignore', 'ignore', 'pipe']
  })
  const [seconds, kb] = (result.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number)
  if (seconds === undefined || kb === undefined || Number.isNaN(seconds)) throw new Error(`could not time ${name}: ${result.stderr.slice(-500)}`)
  return {seconds, rssMb: kb / 1024}
}

/** Time the CLI on the worst-case page in each format, and on the real-copy file when the
 * corpus is there: the median of `runs` runs. */
export function worstCases(runs: number): WorstCase[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'youfirst-bench-worst-'))
  try {
    const pages: {format: WorstCase['format']; file: string; text: string}[] = (Object.keys(extensions) as Format[]).map((format) => ({
      format,
      file: path.join(dir, `page.${extensions[format]}`),
      text: worstPage(format)
    }))
    // micromark's cost is per block more than per byte: 1 MB of short block quotes between
    // short paragraphs (about 12,000 of each, under the 20,000 block quotes and list items
    // beyond which a file is read as plain text).
    pages.push({format: 'short blocks', file: path.join(dir, 'blocks.md'), text: shortBlocks()})
    pages.push({format: 'definitions', file: path.join(dir, 'definitions.md'), text: definitionBlocks()})
    pages.push({format: 'dense emphasis', file: path.join(dir, 'emphasis.md'), text: denseEmphasis()})
    pages.push({format: 'dense links', file: path.join(dir, 'dense-links.md'), text: denseLinks()})
    pages.push({format: 'titled links', file: path.join(dir, 'links.md'), text: titledLinks()})
    pages.push({format: 'inline HTML', file: path.join(dir, 'html.md'), text: denseHtml()})
    pages.push({format: 'hard breaks', file: path.join(dir, 'breaks.md'), text: hardBreaks()})
    if (fs.existsSync(corpus)) {
      const text = sample(markdownFiles(), 1_000_000).map((file) => fs.readFileSync(file, 'utf8')).join('\n\n')
      pages.push({format: 'real copy', file: path.join(dir, 'real.md'), text})
    }
    return pages.map(({format, file, text}) => {
      fs.writeFileSync(file, text)
      const measures = Array.from({length: runs}, () => timeCli(file, format))
      const sorted = measures.map((m) => m.seconds).sort((a, b) => a - b)
      return {format, bytes: fs.statSync(file).size, seconds: sorted[Math.floor(sorted.length / 2)]!, rssMb: Math.max(...measures.map((m) => m.rssMb))}
    })
  } finally {
    fs.rmSync(dir, {recursive: true, force: true})
  }
}

/** About 1 MB of paragraphs of 240 words emphasised with underscores (micromark's slowest inline markup per byte; now read without it). */
export function denseEmphasis(): string {
  let text = 'Intro.\n\n'
  while (text.length < 1_000_000) text += `${'_a_ '.repeat(239)}_a_\n\n`
  return text
}

/** About 1 MB of paragraphs of 200 links each, with titles in single quotes (now read without micromark). */
export function denseLinks(): string {
  let text = ''
  while (text.length < 1_000_000) text += `${"[a](/x 'T') ".repeat(199)}[a](/x 'T')\n\n`
  return text
}

/** About 1 MB of paragraphs of 88 words, each in an inline HTML element (`<b>a</b>`). */
export function denseHtml(): string {
  let text = ''
  while (text.length < 1_000_000) text += `${'<b>a</b> '.repeat(88)}\n\n`
  return text
}

/** About 1 MB of paragraphs of 266 one-word lines, each ending in a backslash hard break. */
export function hardBreaks(): string {
  let text = ''
  while (text.length < 1_000_000) text += `${'a\\\n'.repeat(266)}\n`
  return text
}

/** About 1 MB of one-line paragraphs, each with two links that have titles in double quotes. */
export function titledLinks(): string {
  let text = ''
  for (let index = 0; text.length < 1_000_000; index++) text += `See [our plans](/plans/${index} "Plans") and [the docs](/docs/${index} "Docs").\n\n`
  return text
}

/** About 1 MB of alternating one-line block quotes and paragraphs. */
export function shortBlocks(): string {
  let text = ''
  for (let index = 0; text.length < 1_000_000; index++) text += `> We are the best team ${index}, and we ship.\n\nYou get help from a real person, any day.\n\n`
  return text
}

/**
 * About 1 MB of one-line paragraphs, each with a link reference and a footnote call, each
 * followed by its link definition and its footnote: every piece of the parse knows tens of
 * thousands of labels, and a reference asks for one.
 */
export function definitionBlocks(): string {
  let text = ''
  for (let index = 0; text.length < 1_000_000; index++) text += `See [our plans][p${index}] and a note[^n${index}].\n\n[p${index}]: /plans/${index}\n\n[^n${index}]: We reply within a day.\n\n`
  return text
}

/** The section for bench/RESULTS.md; `remeasured` when run alone, after the rest of the file. */
export function worstSection(cases: WorstCase[], runs: number, remeasured?: string): string {
  const rows = cases.map((item) => `| ${item.format} | ${(item.bytes / 1e6).toFixed(2)} MB | ${item.seconds.toFixed(2)} s | ${item.rssMb.toFixed(0)} MB |`)
  const again = remeasured ? `Measured again on ${remeasured}, later than the rest of this file, by \`npx tsx bench/worst.ts --runs ${runs}\` (which the full \`npm run bench\` also runs).\n\n` : ''
  return `## One file of 1 MB, worst cases\n\n${again}The page of \`test/helpers/worst-page.ts\` (one paragraph of 4,000 self-centred sentences, one line of 6,500 sentences, 2,000 headings, 3,000 links) in each format; *short blocks*: 1 MB of one-line block quotes between one-line paragraphs, the slowest Markdown per byte (the parser's cost is mostly per block); *definitions*: 1 MB of one-line paragraphs, each with a link reference and a footnote call, and each followed by its definition and its footnote; *dense emphasis*: 1 MB of paragraphs of 240 words emphasised with underscores (\`_a_\`); *dense links*: 1 MB of paragraphs of 200 links with titles in single quotes (\`[a](/x 'T')\`) (both read without micromark since it learned underscores and single-quoted titles); *inline HTML*: 1 MB of paragraphs of 88 words each in \`<b>a</b>\`, and *hard breaks*: 1 MB of one-word lines each ending in a backslash (both read without micromark since it learned tags of inline text and backslash breaks); *titled links*: 1 MB of one-line paragraphs of two links with titles (\`[our plans](/plans/1 "Plans")\`); and *real copy*: the 1 MB sample of the corpus joined into one Markdown file. Each linted by \`youfirst --format json\` in a fresh process, median of ${runs} runs. The reliability test holds the worst-case page under 20 s in each format so it never flakes; the aim is ${worstTarget} s.\n\n| file | size | wall time | peak RSS |\n|---|---|---|---|\n${rows.join('\n')}`
}

export function worstTargetRow(cases: WorstCase[]): string {
  const slowest = cases.reduce((a, b) => (b.seconds > a.seconds ? b : a))
  return `| one 1 MB file, slowest of the worst-case page, short blocks, definitions, dense emphasis, dense links, titled links, inline HTML, hard breaks and real copy | ${slowest.seconds.toFixed(2)} s (${slowest.format}) | ≤ ${worstTarget} s | ${slowest.seconds <= worstTarget ? 'met' : '**missed**'} |`
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').toString()) {
  const {values} = parseArgs({options: {runs: {type: 'string'}}})
  const runs = Number(values.runs ?? 3)
  execFileSync('npm', ['run', 'build'], {cwd: root, stdio: 'ignore'})
  const cases = worstCases(runs)
  const section = worstSection(cases, runs, new Date().toISOString().slice(0, 10))
  const row = worstTargetRow(cases)
  console.log(`${section}\n\n${row}`)
  const file = path.join(root, 'bench', 'RESULTS.md')
  let results = fs.readFileSync(file, 'utf8')
  const existing = /## One file of 1 MB, worst cases\n[\s\S]*?(?=\n## |\n?$)/
  results = existing.test(results) ? results.replace(existing, `${section}\n`) : results.replace(/\n## Language server/, `\n${section}\n\n## Language server`)
  results = /\| one 1 MB file[^\n]*/.test(results)
    ? results.replace(/\| one 1 MB file[^\n]*/, row)
    : results.replace(/(## Targets\n\n(?:\|[^\n]*\n)+)/, `$1${row}\n`)
  fs.writeFileSync(file, results)
}
