/**
 * Files of 1 MB built by repeating one short unit, the shapes an adversarial search found
 * slowest: each linted once by the built CLI in a fresh process. bench/worst.ts holds the
 * aim of 2 s for its own files; this table shows where other shapes stand against it, and
 * test/redos.test.ts holds the shapes that once grew with the square of their size under a
 * generous bound. Updates its own section of bench/RESULTS.md:
 *
 *   npx tsx bench/adversarial.ts
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {timeCli} from './worst.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** A unit, the file's extension, and how units are joined: one paragraph, a line each, or a blank line every 40. */
export interface Shape {
  unit: string
  extension: 'md' | 'mdx' | 'html' | 'txt'
  layout: 'paragraph' | 'lines' | 'blocks of 40'
}

export const shapes: Shape[] = [
  {unit: 'We are the leading provider. ', extension: 'txt', layout: 'paragraph'},
  {unit: 'The suite offers reports, charts and alerts. ', extension: 'txt', layout: 'paragraph'},
  {unit: 'U.S. ', extension: 'txt', layout: 'paragraph'},
  {unit: 'e.g. ', extension: 'txt', layout: 'paragraph'},
  {unit: "we're ", extension: 'txt', layout: 'paragraph'},
  {unit: 'a/b ', extension: 'txt', layout: 'paragraph'},
  {unit: 'world-class ', extension: 'txt', layout: 'paragraph'},
  {unit: '- We offer tools.', extension: 'md', layout: 'lines'},
  {unit: '1. We offer tools.', extension: 'md', layout: 'lines'},
  {unit: '<!-- youfirst-disable foo -->\nWe are the leading provider.\n\n', extension: 'md', layout: 'paragraph'},
  {unit: '![We](/x.png) ', extension: 'md', layout: 'paragraph'},
  {unit: '| a | b |\n|---|---|\n', extension: 'md', layout: 'paragraph'},
  {unit: '```\nx\n', extension: 'md', layout: 'paragraph'},
  {unit: 'We offer tools\n---\n', extension: 'md', layout: 'paragraph'},
  {unit: '[We](/x) ', extension: 'mdx', layout: 'paragraph'},
  {unit: '{x} ', extension: 'mdx', layout: 'paragraph'},
  {unit: '# We offer tools', extension: 'mdx', layout: 'lines'},
  {unit: '<p>U.S. ', extension: 'html', layout: 'paragraph'},
  {unit: '<div>We</div>', extension: 'html', layout: 'paragraph'},
  {unit: '<p>We offer tools.</p>', extension: 'html', layout: 'paragraph'},
  {unit: '<!-- youfirst-ignore -->', extension: 'html', layout: 'paragraph'},
  {unit: '<button>Sign up</button>', extension: 'html', layout: 'paragraph'}
]

/** About 1 MB of `shape`'s unit. */
export function build(shape: Shape, size = 1_000_000): string {
  const parts: string[] = []
  let length = 0
  for (let index = 1; length < size; index++) {
    let part = shape.unit
    if (shape.layout === 'lines') part = `${part}\n`
    else if (shape.layout === 'blocks of 40' && index % 40 === 0) part = `${part.trimEnd()}\n\n`
    parts.push(part)
    length += part.length
  }
  return parts.join('')
}

export function measure(): Array<Shape & {seconds: number; rssMb: number}> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'youfirst-bench-adversarial-'))
  try {
    return shapes.map((shape, index) => {
      const file = path.join(dir, `${index}.${shape.extension}`)
      fs.writeFileSync(file, build(shape))
      return {...shape, ...timeCli(file, JSON.stringify(shape.unit))}
    })
  } finally {
    fs.rmSync(dir, {recursive: true, force: true})
  }
}

/** `text` as a code span, with a longer fence when it holds a backtick. */
function code(text: string): string {
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``
}

export function section(rows: ReturnType<typeof measure>, date: string): string {
  const lines = rows
    .sort((a, b) => b.seconds - a.seconds)
    .map((row) => `| ${code(JSON.stringify(row.unit).slice(1, -1).replaceAll('|', '\\|'))} | ${row.layout} | .${row.extension} | ${row.seconds.toFixed(2)} s | ${row.rssMb.toFixed(0)} MB |`)
  return `## One unit repeated to 1 MB\n\nMeasured on ${date} by \`npx tsx bench/adversarial.ts\`: each file about 1 MB of one unit, as one paragraph, a line each or in blocks of 40, linted once by \`youfirst --format json\` in a fresh process, slowest first. The shapes come from an adversarial search; those that grew with the square of their size are fixed and held under a generous bound in \`test/redos.test.ts\`. The aim for any 1 MB file is 2 s.\n\n| unit | layout | file | wall time | peak RSS |\n|---|---|---|---|---|\n${lines.join('\n')}`
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  execFileSync('npm', ['run', 'build'], {cwd: root, stdio: 'ignore'})
  const text = section(measure(), new Date().toISOString().slice(0, 10))
  console.log(text)
  const file = path.join(root, 'bench', 'RESULTS.md')
  let results = fs.readFileSync(file, 'utf8')
  const existing = /## One unit repeated to 1 MB\n[\s\S]*?(?=\n## |\n?$)/
  results = existing.test(results) ? results.replace(existing, `${text}\n`) : results.replace(/\n## Language server/, `\n${text}\n\n## Language server`)
  fs.writeFileSync(file, results)
}
