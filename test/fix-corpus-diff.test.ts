/**
 * `youfirst --fix`, the built CLI, on a copy of the whole real corpus
 * (../shared/corpus/real): every byte it changes lies inside a fix range that the JSON
 * report gave for that file beforehand, or that a later pass of fixing gave (as the
 * library's passes find them, mapped back to the original text).
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/engine/lint.js'
import {applyEdits, maxPasses} from '../src/fix/index.js'
import type {Edit, FileResult} from '../src/types.js'
import {corpus} from './helpers/fix-corpus.js'

const root = path.resolve(import.meta.dirname, '..')
const bin = path.join(root, 'dist', 'src', 'cli', 'bin.js')

/** Where a position of the text after `applied` edits was in the text before them (inside an edit: its start or end). */
function back(position: number, applied: Edit[], side: 'start' | 'end'): number {
  let shift = 0
  for (const edit of applied) {
    const [start, end] = edit.range
    const newStart = start + shift
    const newEnd = newStart + edit.text.length
    if (position < newStart || (position === newStart && side === 'end' && edit.text.length > 0)) break
    if (position < newEnd || (position === newEnd && side === 'start')) return side === 'start' ? start : end
    shift += edit.text.length - (end - start)
  }
  return position - shift
}

/**
 * The ranges of the original text that --fix may change: the fix ranges of each pass, as
 * the library finds them pass after pass (later passes can fix what an earlier one
 * uncovered, such as "an" before a deleted word), mapped back to the original text.
 */
function fixRanges(text: string, file: string): {ranges: Array<[number, number]>; output: string} {
  const ranges: Array<[number, number]> = []
  const history: Edit[][] = []
  let source = text
  for (let pass = 0; pass < maxPasses; pass++) {
    const edits = lint(source, {filePath: file, config: {}}).messages.flatMap((m) => (m.fix ? [m.fix] : []))
    if (edits.length === 0) break
    for (const edit of edits) {
      let [start, end] = edit.range
      for (const applied of [...history].reverse()) {
        start = back(start, applied, 'start')
        end = back(end, applied, 'end')
      }
      ranges.push([start, Math.max(start, end)])
    }
    const result = applyEdits(source, edits)
    if (result.output === source) break
    history.push(result.applied)
    source = result.output
  }
  return {ranges, output: source}
}

/**
 * Whether `after` is `before` with only the given ranges replaced: every stretch of
 * `before` outside the ranges appears in `after`, in order, with anything between them.
 * (A character diff could align a deletion partly outside its range, "an industry-leading
 * degree" → "a degree"; this check cannot.)
 */
function outsideKept(before: string, after: string, ranges: Array<[number, number]>): string[] {
  const merged: Array<[number, number]> = []
  for (const [start, end] of [...ranges].sort((x, y) => x[0] - y[0])) {
    const last = merged.at(-1)
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  const kept: string[] = []
  let from = 0
  for (const [start, end] of merged) {
    kept.push(before.slice(from, start))
    from = end
  }
  kept.push(before.slice(from))
  const lost: string[] = []
  if (!after.startsWith(kept[0]!)) lost.push(`the start ${JSON.stringify(kept[0]!.slice(-40))}`)
  let position = kept[0]!.length
  for (const stretch of kept.slice(1, -1)) {
    const found = after.indexOf(stretch, position)
    if (found === -1) {
      lost.push(JSON.stringify(stretch.slice(0, 60)))
      continue
    }
    position = found + stretch.length
  }
  const tail = kept.at(-1)!
  if (kept.length > 1 && !(after.endsWith(tail) && after.length - tail.length >= position)) lost.push(`the end ${JSON.stringify(tail.slice(0, 40))}`)
  return lost
}

describe.runIf(fs.existsSync(corpus))('--fix on a copy of the real corpus', () => {
  it('changes only bytes inside reported fix ranges', () => {
    expect(fs.existsSync(bin), 'run `npm run build` first').toBe(true)
    const copy = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'youfirst-corpus-')))
    fs.cpSync(corpus, copy, {recursive: true})
    // The corpus is read-only; its copy must be writable for --fix.
    for (const entry of fs.readdirSync(copy, {recursive: true, withFileTypes: true})) {
      if (entry.isFile() || entry.isDirectory()) fs.chmodSync(path.join(entry.parentPath, entry.name), entry.isFile() ? 0o644 : 0o755)
    }
    const options = {cwd: copy, encoding: 'utf8' as const, maxBuffer: 1 << 30, timeout: 900_000}

    const report = spawnSync(process.execPath, [bin, '--format', 'json', '--jobs', '2'], options)
    expect(report.error).toBeUndefined()
    const results = JSON.parse(report.stdout) as FileResult[]
    expect(results.length).toBeGreaterThan(3000)
    const ranges = new Map(results.map((result) => [result.filePath, result.messages.flatMap((m) => (m.fix ? [m.fix.range] : []))]))
    const before = new Map(results.map((result) => [result.filePath, fs.readFileSync(result.filePath)]))

    const fixed = spawnSync(process.execPath, [bin, '--fix', '--format', 'json', '--jobs', '2'], options)
    expect(fixed.error).toBeUndefined()
    // Only MDX that is not MDX 2 is left alone, with a warning.
    expect(fixed.stderr.split('\n').filter((line) => line !== '' && !/: not fixed: the file could not be parsed as its format$/.test(line))).toEqual([])

    let filesFixed = 0
    let charactersChanged = 0
    const outside: string[] = []
    for (const [file, original] of before) {
      const now = fs.readFileSync(file)
      if (now.equals(original)) continue
      filesFixed++
      const text = original.toString('utf8').replace(/^\uFEFF/, '')
      const bom = original.toString('utf8').startsWith('\uFEFF') ? '\uFEFF' : ''
      const after = now.toString('utf8')
      expect(after.startsWith(bom)).toBe(true)
      // The CLI fixed the file exactly as the library's passes do, and every pass's ranges start from the report's.
      const passes = fixRanges(text, file)
      expect(bom + passes.output, path.relative(copy, file)).toBe(after)
      const reported = ranges.get(file) ?? []
      expect(reported.every(([start, end]) => passes.ranges.some(([from, to]) => from === start && to === end))).toBe(true)
      charactersChanged += Math.abs(text.length - (after.length - bom.length))
      for (const stretch of outsideKept(text, after.slice(bom.length), passes.ranges)) outside.push(`${path.relative(copy, file)}: ${stretch}`)
    }
    // Files without fixes are byte for byte the same (checked above by skipping only equal files).
    for (const [file, list] of ranges) if (list.length === 0) expect(fs.readFileSync(file).equals(before.get(file)!), file).toBe(true)
    expect(outside).toEqual([])
    console.log(`--fix changed ${filesFixed} of ${results.length} corpus files (${charactersChanged} characters shorter), only inside fix ranges`)
    expect(filesFixed).toBeGreaterThan(0)
    fs.rmSync(copy, {recursive: true, force: true})
  }, 1_800_000)
})
