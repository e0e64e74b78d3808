/**
 * `npm run bench`: whole-process benchmarks of youfirst against alex and write-good on the
 * same real copy (../shared/corpus/real), measured in one run on this machine, with GNU time
 * for wall time and peak RSS. Writes bench/RESULTS.md.
 *
 *   npm run bench                  # everything below, about 35 minutes on 2 cores
 *   npm run bench -- --quick       # the 1 MB sample, start-up, threads and cache on the sample; 3 runs
 *
 * Measures: the 1 MB sample against alex and write-good; start-up for one small file;
 * --jobs 1 against --jobs 2 and a --cache re-run against the cold run (on the whole
 * Markdown corpus, or on the sample with --quick); and, without --quick,
 * the whole Markdown corpus against the peers, scaling from 1× to 10× the corpus, peak RSS
 * on 10,000 files, one 1 MB file of worst cases in every format (bench/worst.ts), and the
 * language server's re-lint latency (bench/lsp.ts).
 */
import {execFileSync, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {lspSection} from './lsp.js'
import {corpus, markdownFiles, sample} from './corpus.js'
import {worstCases, worstSection, worstTargetRow} from './worst.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const {values} = parseArgs({options: {quick: {type: 'boolean', default: false}, runs: {type: 'string'}}})

interface Measure {
  seconds: number
  rssMb: number
  code: number
}

/** Run a command under GNU time; return wall seconds and peak RSS. */
function measure(command: string[], options: {cwd?: string} = {}): Measure {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', ...command], {
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    stdio: ['ignore', 'ignore', 'pipe']
  })
  const last = result.stderr.trim().split('\n').at(-1) ?? ''
  const [seconds, kb] = last.split(' ').map(Number)
  if (seconds === undefined || kb === undefined || Number.isNaN(seconds)) throw new Error(`could not time ${command.join(' ')}: ${result.stderr.slice(-500)}`)
  return {seconds, rssMb: kb / 1024, code: result.status ?? -1}
}

/** Several runs as one: the median wall time, the highest peak RSS, the first exit code. */
function summary(measures: Measure[]): Measure {
  return {seconds: median(measures.map((m) => m.seconds)), rssMb: Math.max(...measures.map((m) => m.rssMb)), code: measures[0]!.code}
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** Write a file list into a folder of copies, so every tool reads the same files by path. */
function stage(files: string[], name: string): {dir: string; paths: string[]; bytes: number} {
  const dir = path.join(os.tmpdir(), `youfirst-bench-${name}`)
  fs.rmSync(dir, {recursive: true, force: true})
  const paths = files.map((file, index) => {
    const target = path.join(dir, `${String(index).padStart(5, '0')}-${path.basename(file).replace(/\s+/g, '-')}`)
    fs.mkdirSync(path.dirname(target), {recursive: true})
    fs.copyFileSync(file, target)
    return target
  })
  return {dir, paths, bytes: paths.reduce((sum, file) => sum + fs.statSync(file).size, 0)}
}

const node = process.execPath
const tools = {
  youfirst: (paths: string[]) => [node, path.join(root, 'dist/bin/youfirst.js'), '--format', 'json', ...paths],
  alex: (paths: string[]) => [node, path.join(root, 'node_modules/alex/cli.js'), ...paths],
  'write-good': (paths: string[]) => [node, path.join(root, 'node_modules/write-good/bin/write-good.js'), ...paths]
}

interface Row {
  tool: string
  runs: number
  seconds: number
  rssMb: number
  mbPerSecond: number
  filesPerSecond: number
}

function bench(set: {paths: string[]; bytes: number}, runs: Record<string, number>): Row[] {
  const rows: Row[] = []
  for (const [tool, command] of Object.entries(tools)) {
    const count = runs[tool] ?? 0
    if (count === 0) continue
    const {seconds, rssMb} = summary(Array.from({length: count}, () => measure(command(set.paths))))
    rows.push({
      tool,
      runs: count,
      seconds,
      rssMb,
      mbPerSecond: set.bytes / 1e6 / seconds,
      filesPerSecond: set.paths.length / seconds
    })
    console.error(`${tool}: ${seconds.toFixed(2)} s (median of ${count})`)
  }
  return rows
}

function table(rows: Row[]): string {
  const youfirst = rows.find((row) => row.tool === 'youfirst')
  const lines = ['| tool | runs | median wall time | MB/s | files/s | peak RSS | youfirst is faster by |', '|---|---|---|---|---|---|---|']
  for (const row of rows) {
    const ratio = youfirst && row.tool !== 'youfirst' ? `${(row.seconds / youfirst.seconds).toFixed(1)}×` : ''
    lines.push(`| ${row.tool} | ${row.runs} | ${row.seconds.toFixed(2)} s | ${row.mbPerSecond.toFixed(2)} | ${row.filesPerSecond.toFixed(0)} | ${row.rssMb.toFixed(0)} MB | ${ratio} |`)
  }
  return lines.join('\n')
}

if (!fs.existsSync(corpus)) {
  console.error(`no corpus at ${corpus}`)
  process.exit(2)
}
execFileSync('npm', ['run', 'build'], {cwd: root, stdio: 'ignore'})
const runs = Number(values.runs ?? (values.quick ? 3 : 5))
const all = markdownFiles()
const sampleSet = stage(sample(all, 1_000_000), 'sample')
const sections: string[] = []
/** Each target of the speed issue with what this run measured. */
const targets: string[] = []
const target = (what: string, measured: string, goal: string, met: boolean) => targets.push(`| ${what} | ${measured} | ${goal} | ${met ? 'met' : '**missed**'} |`)


console.error(`1 MB sample: ${sampleSet.paths.length} files, ${sampleSet.bytes} bytes`)
const sampleRows = bench(sampleSet, {youfirst: runs, alex: runs, 'write-good': runs})
sections.push(`## Cold lint of a fixed 1 MB sample\n\n${sampleSet.paths.length} Markdown files, ${(sampleSet.bytes / 1e6).toFixed(2)} MB (every k-th \`.md\`/\`.markdown\` file of the sorted corpus).\n\n${table(sampleRows)}`)
{
  const seconds = (tool: string) => sampleRows.find((row) => row.tool === tool)!.seconds
  target('1 MB sample against alex', `${(seconds('alex') / seconds('youfirst')).toFixed(1)}× faster`, '≥ 5×', seconds('alex') / seconds('youfirst') >= 5)
  target('1 MB sample against write-good', `${(seconds('write-good') / seconds('youfirst')).toFixed(1)}× faster`, '≥ 2×', seconds('write-good') / seconds('youfirst') >= 2)
}

const small = path.join(os.tmpdir(), 'youfirst-bench-one.md')
fs.writeFileSync(small, '# Welcome\n\nYou get world-class support from our team.\n')
const startup = Array.from({length: 10}, () => measure(tools.youfirst([small])))
const startupMs = median(startup.map((m) => m.seconds)) * 1000
target('start-up for one small file', `${startupMs.toFixed(0)} ms`, '≤ 300 ms', startupMs <= 300)
sections.push(`## Start-up for one small file\n\nMedian of 10 runs: **${startupMs.toFixed(0)} ms** wall time (GNU time has 10 ms resolution), peak RSS ${Math.max(...startup.map((m) => m.rssMb)).toFixed(0)} MB.`)

/** youfirst alone on `paths` with extra arguments, `count` runs: the median run. */
function youfirstRuns(paths: string[], extra: string[], count: number, options: {cwd?: string; before?: () => void} = {}): Measure {
  const measures = Array.from({length: count}, () => {
    options.before?.()
    return measure([node, path.join(root, 'dist/bin/youfirst.js'), '--format', 'json', ...extra, ...paths], options)
  })
  return summary(measures)
}

// Threads: the same run on 1 and 2 threads. A worker must load and warm up everything
// again, so threads pay off on long runs: the full benchmark uses the whole corpus.
{
  const set = values.quick ? sampleSet : stage(all, 'markdown-threads')
  const count = values.quick ? runs : 1
  const one = youfirstRuns(set.paths, ['--jobs', '1'], count)
  const two = youfirstRuns(set.paths, ['--jobs', '2'], count)
  console.error(`threads: --jobs 1 ${one.seconds} s, --jobs 2 ${two.seconds} s`)
  target('`--jobs 2` against `--jobs 1`', `${(one.seconds / two.seconds).toFixed(2)}× faster`, '≥ 1.7×', one.seconds / two.seconds >= 1.7)
  sections.push(
    `## Threads\n\n${values.quick ? `The 1 MB sample, median of ${count} runs each` : `The whole Markdown corpus (${set.paths.length} files), one run each`}.\n\n| run | median wall time | peak RSS |\n|---|---|---|\n| \`--jobs 1\` | ${one.seconds.toFixed(2)} s | ${one.rssMb.toFixed(0)} MB |\n| \`--jobs 2\` | ${two.seconds.toFixed(2)} s | ${two.rssMb.toFixed(0)} MB |\n\n\`--jobs 2\` is **${(one.seconds / two.seconds).toFixed(2)}×** as fast as \`--jobs 1\` (target ≥ 1.7×).`
  )
}

// Cache: a cold run that writes the cache, then re-runs with nothing changed.
{
  const set = values.quick ? sampleSet : stage(all, 'markdown-cache')
  const location = path.join(os.tmpdir(), 'youfirst-bench-cache.json')
  const cold = youfirstRuns(set.paths, ['--cache', '--cache-location', location], 1, {before: () => fs.rmSync(location, {force: true})})
  const warm = youfirstRuns(set.paths, ['--cache', '--cache-location', location], 3)
  console.error(`cache: cold ${cold.seconds} s, warm ${warm.seconds} s`)
  target('`--cache` re-run against the cold run', `${(cold.seconds / warm.seconds).toFixed(1)}× faster`, '≥ 20×', cold.seconds / warm.seconds >= 20)
  sections.push(
    `## Cache\n\n${values.quick ? 'The 1 MB sample' : 'The whole Markdown corpus'}: one cold run with \`--cache\` (which writes the cache), then the median of 3 re-runs with nothing changed.\n\n| run | wall time | peak RSS |\n|---|---|---|\n| cold | ${cold.seconds.toFixed(2)} s | ${cold.rssMb.toFixed(0)} MB |\n| re-run | ${warm.seconds.toFixed(2)} s | ${warm.rssMb.toFixed(0)} MB |\n\nThe re-run is **${(cold.seconds / warm.seconds).toFixed(1)}×** as fast as the cold run (target ≥ 20×).`
  )
}

if (!values.quick) {
  const whole = stage(all, 'markdown')
  console.error(`whole Markdown corpus: ${whole.paths.length} files, ${whole.bytes} bytes`)
  sections.push(`## Whole Markdown corpus\n\n${whole.paths.length} files, ${(whole.bytes / 1e6).toFixed(1)} MB. Peers run once (each takes minutes), youfirst three times.\n\n${table(bench(whole, {youfirst: 3, alex: 1, 'write-good': 1}))}`)

  // Scaling: the Markdown corpus copied 1, 2 and 10 times (hard links, so every copy is
  // a separate file to youfirst), linted as one folder; and exactly 10,000 files for memory.
  const scaled = (times: number, limit = Infinity): {dir: string; files: number; bytes: number} => {
    const dir = path.join(os.tmpdir(), `youfirst-bench-scale-${times}x${Number.isFinite(limit) ? `-${limit}` : ''}`)
    fs.rmSync(dir, {recursive: true, force: true})
    let files = 0
    let bytes = 0
    for (let copy = 0; copy < times && files < limit; copy++) {
      const folder = path.join(dir, `copy-${copy}`)
      fs.mkdirSync(folder, {recursive: true})
      for (const [index, file] of whole.paths.entries()) {
        if (files >= limit) break
        fs.linkSync(file, path.join(folder, `${String(index).padStart(5, '0')}.md`))
        files++
        bytes += fs.statSync(file).size
      }
    }
    return {dir, files, bytes}
  }
  const rows: string[] = []
  let base = 0
  for (const times of [1, 2, 10]) {
    const set = scaled(times)
    const result = youfirstRuns([set.dir], [], 1)
    if (times === 1) base = result.seconds
    if (times === 10) target('10× the corpus', `${(result.seconds / base).toFixed(2)}× the time`, '≤ 11×', result.seconds / base <= 11)
    console.error(`scale ${times}×: ${set.files} files, ${result.seconds} s, ${result.rssMb.toFixed(0)} MB`)
    rows.push(`| ${times}× | ${set.files} | ${(set.bytes / 1e6).toFixed(0)} MB | ${result.seconds.toFixed(1)} s | ${(result.seconds / base).toFixed(2)}× | ${result.rssMb.toFixed(0)} MB |`)
    fs.rmSync(set.dir, {recursive: true, force: true})
  }
  const tenThousand = scaled(4, 10_000)
  const memory = youfirstRuns([tenThousand.dir], [], 1)
  fs.rmSync(tenThousand.dir, {recursive: true, force: true})
  console.error(`10,000 files: ${memory.seconds} s, ${memory.rssMb.toFixed(0)} MB`)
  target('peak RSS on 10,000 files', `${memory.rssMb.toFixed(0)} MB`, '≤ 400 MB', memory.rssMb <= 400)
  sections.push(
    `## Scaling\n\nThe Markdown corpus copied *n* times (1, 2 and 10) into one folder, one run each with the default threads.\n\n| size | files | bytes | wall time | time against 1× | peak RSS |\n|---|---|---|---|---|---|\n${rows.join('\n')}\n\nExactly 10,000 files (${(tenThousand.bytes / 1e6).toFixed(0)} MB): ${memory.seconds.toFixed(1)} s, peak RSS **${memory.rssMb.toFixed(0)} MB** (target ≤ 400 MB).`
  )

  const worst = worstCases(3)
  sections.push(worstSection(worst, 3))
  targets.push(worstTargetRow(worst))
  const lsp = await lspSection(100)
  sections.push(lsp.text)
  target('language server p95, 5 KB document', `${lsp.small.p95.toFixed(1)} ms`, '≤ 50 ms', lsp.small.p95 <= 50)
}

const header = `# Benchmark results\n\nMeasured by \`npm run bench${values.quick ? ' -- --quick' : ''}\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}. Whole-process wall time and peak RSS from GNU time; every tool gets the same files by path in one invocation. alex ${JSON.parse(fs.readFileSync(path.join(root, 'node_modules/alex/package.json'), 'utf8')).version}, write-good ${JSON.parse(fs.readFileSync(path.join(root, 'node_modules/write-good/package.json'), 'utf8')).version}. write-good reads files as plain text (it does not parse Markdown); alex and youfirst parse Markdown.\n`
sections.unshift(`## Targets\n\n| what | measured | target | |\n|---|---|---|---|\n${targets.join('\n')}`)
fs.writeFileSync(path.join(root, 'bench', 'RESULTS.md'), `${header}\n${sections.join('\n\n')}\n`)
console.log(`${header}\n${sections.join('\n\n')}`)
