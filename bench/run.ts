/**
 * `npm run bench`: whole-process benchmarks of youfirst against alex and write-good on the
 * same real copy (../shared/corpus/real), measured in one run on this machine, with GNU time
 * for wall time and peak RSS. Writes bench/RESULTS.md.
 *
 *   npm run bench                  # 1 MB sample (5 runs each) + whole Markdown corpus (1 run of each peer, 3 of youfirst)
 *   npm run bench -- --quick       # 1 MB sample only, 3 runs
 */
import {execFileSync, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const corpus = path.resolve(root, '..', 'shared', 'corpus', 'real')
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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

function markdownFiles(): string[] {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/\.(?:md|markdown)$/i.test(entry.name)) files.push(full)
    }
  }
  walk(corpus)
  return files.sort()
}

/** A fixed sample of about 1 MB: every k-th file of the sorted list until 1,000,000 bytes. */
function sample(files: string[], bytes: number): string[] {
  const total = files.reduce((sum, file) => sum + fs.statSync(file).size, 0)
  const step = Math.max(1, Math.floor(total / bytes))
  const chosen: string[] = []
  let size = 0
  for (let start = 0; size < bytes && start < step; start++) {
    for (let index = start; index < files.length && size < bytes; index += step) {
      if (chosen.includes(files[index]!)) continue
      chosen.push(files[index]!)
      size += fs.statSync(files[index]!).size
    }
  }
  return chosen
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
    const measures = Array.from({length: count}, () => measure(command(set.paths)))
    const seconds = median(measures.map((m) => m.seconds))
    rows.push({
      tool,
      runs: count,
      seconds,
      rssMb: Math.max(...measures.map((m) => m.rssMb)),
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

console.error(`1 MB sample: ${sampleSet.paths.length} files, ${sampleSet.bytes} bytes`)
sections.push(`## Cold lint of a fixed 1 MB sample\n\n${sampleSet.paths.length} Markdown files, ${(sampleSet.bytes / 1e6).toFixed(2)} MB (every k-th \`.md\`/\`.markdown\` file of the sorted corpus).\n\n${table(bench(sampleSet, {youfirst: runs, alex: runs, 'write-good': runs}))}`)

const small = path.join(os.tmpdir(), 'youfirst-bench-one.md')
fs.writeFileSync(small, '# Welcome\n\nYou get world-class support from our team.\n')
const startup = Array.from({length: 10}, () => measure(tools.youfirst([small])))
sections.push(`## Start-up for one small file\n\nMedian of 10 runs: **${(median(startup.map((m) => m.seconds)) * 1000).toFixed(0)} ms** wall time (GNU time has 10 ms resolution), peak RSS ${Math.max(...startup.map((m) => m.rssMb)).toFixed(0)} MB.`)

if (!values.quick) {
  const whole = stage(all, 'markdown')
  console.error(`whole Markdown corpus: ${whole.paths.length} files, ${whole.bytes} bytes`)
  sections.push(`## Whole Markdown corpus\n\n${whole.paths.length} files, ${(whole.bytes / 1e6).toFixed(1)} MB. Peers run once (each takes minutes), youfirst three times.\n\n${table(bench(whole, {youfirst: 3, alex: 1, 'write-good': 1}))}`)
}

const header = `# Benchmark results\n\nMeasured by \`npm run bench${values.quick ? ' -- --quick' : ''}\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}. Whole-process wall time and peak RSS from GNU time; every tool gets the same files by path in one invocation. alex ${JSON.parse(fs.readFileSync(path.join(root, 'node_modules/alex/package.json'), 'utf8')).version}, write-good ${JSON.parse(fs.readFileSync(path.join(root, 'node_modules/write-good/package.json'), 'utf8')).version}. write-good reads files as plain text (it does not parse Markdown); alex and youfirst parse Markdown.\n`
fs.writeFileSync(path.join(root, 'bench', 'RESULTS.md'), `${header}\n${sections.join('\n\n')}\n`)
console.log(`${header}\n${sections.join('\n\n')}`)
