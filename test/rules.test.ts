/**
 * One table-driven runner for every rule's fixtures (`rules/<id>/fixtures.yaml`), in the
 * spirit of ESLint's RuleTester: `valid` cases must produce nothing; `invalid` cases must
 * produce exactly the listed findings (message, position, actual, expected, fix result).
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {lint} from '../src/engine/lint.js'
import {rules} from '../rules/index.js'
import type {Format, RuleSetting} from '../src/types.js'
import {applyEdits} from './helpers/fixes.js'

interface ExpectedFinding {
  message?: string
  line?: number
  column?: number
  endLine?: number
  endColumn?: number
  actual?: string
  expected?: string[]
  /** The whole text after applying this finding's fix; null when it must have none. */
  fix?: string | null
  /** The descriptions of its suggestions, in order. */
  suggestions?: string[]
}

interface Case {
  text: string
  format?: Format
  options?: Record<string, unknown>
  brands?: string[]
  filePath?: string
}

interface InvalidCase extends Case {
  errors: ExpectedFinding[]
  /** The text after applying every fix. */
  output?: string
}

interface Fixtures {
  valid?: Case[]
  invalid?: InvalidCase[]
}

const root = path.resolve(import.meta.dirname, '..')

function run(id: string, item: Case) {
  const only: Record<string, RuleSetting> = {}
  for (const rule of rules) only[rule.meta.id] = rule.meta.id === id ? ['warn', item.options ?? {}] : 'off'
  return lint(item.text, {
    format: item.format ?? 'markdown',
    config: {rules: only, brands: item.brands ?? []},
    ...(item.filePath ? {filePath: item.filePath, configDir: '/'} : {})
  })
}

describe.each(rules.map((rule) => rule.meta.id))('rule %s', (id) => {
  const file = path.join(root, 'rules', id, 'fixtures.yaml')
  const fixtures = parseYaml(fs.readFileSync(file, 'utf8')) as Fixtures

  it('has a doc and fixtures with both valid and invalid cases', () => {
    expect(fs.existsSync(path.join(root, 'rules', id, 'README.md'))).toBe(true)
    expect(fixtures.valid?.length ?? 0).toBeGreaterThan(0)
    expect(fixtures.invalid?.length ?? 0).toBeGreaterThan(0)
  })

  for (const item of fixtures.valid ?? []) {
    it(`valid: ${item.text.slice(0, 60)}`, () => {
      const result = run(id, item)
      expect(result.messages.map((finding) => `${finding.line}:${finding.column} ${finding.actual}`)).toEqual([])
    })
  }

  for (const item of fixtures.invalid ?? []) {
    it(`invalid: ${item.text.slice(0, 60)}`, () => {
      const result = run(id, item)
      const source = item.text.replace(/^\uFEFF/, '')
      expect(result.messages.length, JSON.stringify(result.messages.map((m) => m.actual))).toBe(item.errors.length)
      result.messages.forEach((finding, index) => {
        const want = item.errors[index]!
        expect(finding.ruleId).toBe(id)
        expect(finding.url).toMatch(new RegExp(`/rules/${id}/README\\.md$`))
        if (want.message !== undefined) expect(finding.message).toBe(want.message)
        if (want.line !== undefined) expect(finding.line).toBe(want.line)
        if (want.column !== undefined) expect(finding.column).toBe(want.column)
        if (want.endLine !== undefined) expect(finding.endLine).toBe(want.endLine)
        if (want.endColumn !== undefined) expect(finding.endColumn).toBe(want.endColumn)
        if (want.actual !== undefined) expect(finding.actual).toBe(want.actual)
        if (want.expected !== undefined) expect(finding.expected).toEqual(want.expected)
        if (want.fix === null) expect(finding.fix).toBeUndefined()
        else if (want.fix !== undefined) {
          expect(finding.fix, 'a fix').toBeDefined()
          expect(applyEdits(source, [finding.fix!])).toBe(want.fix)
        }
        if (want.suggestions !== undefined) {
          expect((finding.suggestions ?? []).map((suggestion) => suggestion.desc)).toEqual(want.suggestions)
        }
        // Every finding points at the exact source of the text it quotes (modulo markup inside).
        const slice = source.slice(finding.range[0], finding.range[1])
        if (finding.actual) expect(visible(slice)).toBe(finding.actual)
      })
      if (item.output !== undefined) {
        const edits = result.messages.flatMap((finding) => (finding.fix ? [finding.fix] : []))
        expect(applyEdits(source, edits)).toBe(item.output)
      }
    })
  }
})

/** Source text as the reader sees it: without escapes, simple markup and line prefixes. */
export function visible(slice: string): string {
  return slice
    .replace(/<[^>]*>/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>"'])/g, '$1')
    .replace(/&amp;/g, '&')
    .replace(/\r?\n[ \t>]*/g, '\n')
    .replace(/(?<=\S)[*_]+(?=\S)/g, '')
}
