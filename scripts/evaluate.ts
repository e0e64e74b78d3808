/**
 * Accuracy evaluation on the labelled data in fixtures/eval/ (see its README):
 * snippet-level precision, recall and F1, overall and per rule, for the tune and the
 * held-out split; page expectations; fix precision and coverage; and, beside them, a naive
 * baseline that flags any we/our/us or brand word, as Vale's Google.We rule does.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parse as parseYaml} from 'yaml'
import {lint} from '../src/engine/lint.js'
import {formatFor} from '../src/parse/index.js'
import {rules} from '../rules/index.js'
import type {Edit, FileResult, RuleSetting} from '../src/types.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const evalDir = path.join(root, 'fixtures', 'eval')

/** The organisations the evaluation copy is written for. */
export const brands = ['Acme', 'Lumen', 'Medra', 'Brightpath', 'Harbor & Co', 'Tallyo', 'Northwind Bank', 'Kitely']
/** Rules that judge whole documents or sections; snippets are too short for them. */
const documentRules = new Set(['reader-absent', 'focus-ratio'])

export type Split = 'tune' | 'holdout'

interface Snippet {
  id: string
  industry: string
  split: Split
  label: 'self' | 'customer' | 'neutral'
  rules: string[]
  tags?: string[]
  format?: 'text' | 'md'
  text: string
}

interface PageExpect {
  split: Split
  mustFlag: Array<{text: string | null; rule: string}>
  mustNotFlag: string[]
}

export interface Score {
  tp: number
  fp: number
  fn: number
  precision: number
  recall: number
  f1: number
}

function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return {tp, fp, fn, precision, recall, f1}
}

const naive = /\b(?:we|we've|we're|we'll|our|ours|us|let's)\b/i

function naiveFlags(text: string): boolean {
  return naive.test(text) || brands.some((brand) => text.includes(brand))
}

export function loadSnippets(): Snippet[] {
  return parseYaml(fs.readFileSync(path.join(evalDir, 'snippets.yaml'), 'utf8')) as Snippet[]
}

function snippetConfig(): Record<string, RuleSetting> {
  const config: Record<string, RuleSetting> = {}
  for (const rule of rules) if (documentRules.has(rule.meta.id)) config[rule.meta.id] = 'off'
  return config
}

export interface SnippetReport {
  split: Split
  count: number
  overall: Score
  baseline: Score
  perRule: Record<string, Score>
  falsePositives: Array<{id: string; text: string; rules: string[]}>
  falseNegatives: Array<{id: string; text: string; missing: string[]}>
}

export function evaluateSnippets(split: Split): SnippetReport {
  const snippets = loadSnippets().filter((snippet) => snippet.split === split)
  const config = snippetConfig()
  const ids = rules.map((rule) => rule.meta.id).filter((id) => !documentRules.has(id))
  let tp = 0
  let fp = 0
  let fn = 0
  let btp = 0
  let bfp = 0
  let bfn = 0
  const perRule = new Map(ids.map((id) => [id, {tp: 0, fp: 0, fn: 0}]))
  const falsePositives: SnippetReport['falsePositives'] = []
  const falseNegatives: SnippetReport['falseNegatives'] = []

  for (const snippet of snippets) {
    const result = lint(snippet.text, {format: snippet.format === 'md' ? 'markdown' : 'text', config: {brands, rules: config}})
    const fired = new Set(result.messages.filter((m) => m.ruleId !== 'parse-error').map((m) => m.ruleId))
    const positive = snippet.label === 'self'
    const flagged = fired.size > 0
    if (positive && flagged) tp++
    else if (!positive && flagged) {
      fp++
      falsePositives.push({id: snippet.id, text: snippet.text, rules: [...fired]})
    } else if (positive && !flagged) fn++
    const naiveFlag = naiveFlags(snippet.text)
    if (positive && naiveFlag) btp++
    else if (!positive && naiveFlag) bfp++
    else if (positive && !naiveFlag) bfn++

    const missing: string[] = []
    for (const id of ids) {
      const counts = perRule.get(id)!
      const expected = positive && snippet.rules.includes(id)
      const got = fired.has(id)
      if (expected && got) counts.tp++
      else if (expected && !got) {
        counts.fn++
        missing.push(id)
      } else if (got && !positive) counts.fp++
      // A rule firing on self-centred copy labelled for another rule is neither right nor wrong.
    }
    if (missing.length > 0 && positive) falseNegatives.push({id: snippet.id, text: snippet.text, missing})
  }

  return {
    split,
    count: snippets.length,
    overall: score(tp, fp, fn),
    baseline: score(btp, bfp, bfn),
    perRule: Object.fromEntries([...perRule].map(([id, c]) => [id, score(c.tp, c.fp, c.fn)])),
    falsePositives,
    falseNegatives
  }
}

export interface PageReport {
  split: Split
  pages: number
  expectations: number
  met: number
  failures: Array<{page: string; expectation: string}>
}

function overlaps(result: FileResult, start: number, end: number, rule?: string): boolean {
  return result.messages.some(
    (m) => m.ruleId !== 'parse-error' && (rule === undefined || m.ruleId === rule) && m.range[0] < end && m.range[1] > start
  )
}

export function evaluatePages(split: Split): PageReport {
  const dir = path.join(evalDir, 'pages')
  const report: PageReport = {split, pages: 0, expectations: 0, met: 0, failures: []}
  for (const name of fs.readdirSync(dir).sort()) {
    if (name.endsWith('.expect.yaml')) continue
    const expectFile = path.join(dir, `${name}.expect.yaml`)
    if (!fs.existsSync(expectFile)) continue
    const expect = parseYaml(fs.readFileSync(expectFile, 'utf8')) as PageExpect
    if (expect.split !== split) continue
    report.pages++
    const text = fs.readFileSync(path.join(dir, name), 'utf8')
    const result = lint(text, {filePath: path.join(dir, name), format: formatFor(name) ?? 'markdown', config: {brands}})
    for (const item of expect.mustFlag ?? []) {
      report.expectations++
      let ok: boolean
      if (item.text === null) ok = result.messages.some((m) => m.ruleId === item.rule)
      else {
        const at = text.indexOf(item.text)
        ok = at !== -1 && overlaps(result, at, at + item.text.length, item.rule)
      }
      if (ok) report.met++
      else report.failures.push({page: name, expectation: `must flag (${item.rule}): ${item.text ?? '(anywhere)'}`})
    }
    for (const item of expect.mustNotFlag ?? []) {
      report.expectations++
      const at = text.indexOf(item)
      const ok = at !== -1 && !overlaps(result, at, at + item.length)
      if (ok) report.met++
      else report.failures.push({page: name, expectation: `must not flag: ${item}`})
    }
  }
  return report
}

interface FixCase {
  id: string
  rule: string
  input: string
  accept: string[]
}

export interface FixReport {
  cases: number
  changed: number
  acceptableChanged: number
  withFix: number
  covered: number
  precision: number
  coverage: number
  perRule: Record<string, {cases: number; changed: number; acceptable: number; withFix: number; covered: number}>
  wrong: Array<{id: string; input: string; output: string}>
}

function apply(source: string, edits: Edit[]): string {
  let result = ''
  let last = 0
  for (const edit of [...edits].sort((a, b) => a.range[0] - b.range[0])) {
    if (edit.range[0] < last) continue
    result += source.slice(last, edit.range[0]) + edit.text
    last = edit.range[1]
  }
  return result + source.slice(last)
}

export function evaluateFixes(): FixReport {
  const cases = parseYaml(fs.readFileSync(path.join(evalDir, 'fixes.yaml'), 'utf8')) as FixCase[]
  const known = new Set(rules.map((rule) => rule.meta.id))
  const report: FixReport = {cases: 0, changed: 0, acceptableChanged: 0, withFix: 0, covered: 0, precision: 1, coverage: 0, perRule: {}, wrong: []}
  for (const item of cases) {
    if (!known.has(item.rule)) continue
    const only: Record<string, RuleSetting> = {}
    for (const rule of rules) only[rule.meta.id] = rule.meta.id === item.rule ? 'warn' : 'off'
    // As --fix does: apply non-overlapping fixes, re-lint, up to 10 passes.
    let output = item.input
    for (let pass = 0; pass < 10; pass++) {
      const result = lint(output, {format: 'text', config: {brands, rules: only}})
      const next = apply(output, result.messages.flatMap((m) => (m.fix ? [m.fix] : [])))
      if (next === output) break
      output = next
    }
    const hasFix = !(item.accept.length === 1 && item.accept[0] === item.input)
    const counts = (report.perRule[item.rule] ??= {cases: 0, changed: 0, acceptable: 0, withFix: 0, covered: 0})
    report.cases++
    counts.cases++
    if (hasFix) {
      report.withFix++
      counts.withFix++
    }
    const acceptable = item.accept.includes(output)
    if (output !== item.input) {
      report.changed++
      counts.changed++
      if (acceptable) {
        report.acceptableChanged++
        counts.acceptable++
      } else report.wrong.push({id: item.id, input: item.input, output})
    }
    if (hasFix && acceptable && output !== item.input) {
      report.covered++
      counts.covered++
    }
  }
  report.precision = report.changed === 0 ? 1 : report.acceptableChanged / report.changed
  report.coverage = report.withFix === 0 ? 0 : report.covered / report.withFix
  return report
}
