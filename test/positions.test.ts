/**
 * Exact positions: every word in the prose tree, and every finding, points at the exact
 * source of its text, after entities, escapes, `> ` continuation lines, indented list
 * continuations, CRLF line endings and a BOM; on tricky fixtures and on real copy.
 */
import fs from 'node:fs'
import path from 'node:path'
import {toString} from 'nlcst-to-string'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/engine/lint.js'
import {formatFor, parse} from '../src/parse/index.js'
import {rules} from '../rules/index.js'
import type {RuleSetting} from '../src/types.js'
import {visible} from './helpers/visible.js'

const root = path.resolve(import.meta.dirname, '..')
const fixtures = path.join(root, 'fixtures', 'positions')
const corpus = path.resolve(root, '..', 'shared', 'corpus', 'real')
/** Only `brag`, so expectations below do not depend on what other rules flag. */
const onlyBrag: Record<string, RuleSetting> = Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.id === 'brag' ? 'warn' : 'off']))

interface Checked {
  words: number
  exact: number
  empty: string[]
  wrong: string[]
}

function checkWords(text: string, file: string): Checked {
  const source = text.replace(/^\uFEFF/, '')
  const document = parse(source, {format: formatFor(file)!})
  const result: Checked = {words: 0, exact: 0, empty: [], wrong: []}
  visit(document.tree, 'WordNode', (word) => {
    result.words++
    const start = word.position!.start.offset!
    const end = word.position!.end.offset!
    const slice = source.slice(start, end)
    const value = toString(word)
    if (end <= start) result.empty.push(`${file}: “${value}” has an empty range at ${start}`)
    else if (slice === value) result.exact++
    else if (visible(slice) !== value) result.wrong.push(`${file}: “${value}” ≠ ${JSON.stringify(slice)}`)
  })
  return result
}

describe('positions on tricky fixtures', () => {
  for (const name of fs.readdirSync(fixtures).sort()) {
    it(`every word of ${name} maps to its exact source`, () => {
      const text = fs.readFileSync(path.join(fixtures, name), 'utf8')
      const checked = checkWords(text, name)
      expect(checked.words).toBeGreaterThan(5)
      expect(checked.empty).toEqual([])
      expect(checked.wrong).toEqual([])
    })

    it(`every finding in ${name} points at the flagged text`, () => {
      const text = fs.readFileSync(path.join(fixtures, name), 'utf8')
      const source = text.replace(/^\uFEFF/, '')
      const result = lint(text, {filePath: path.join(fixtures, name), config: {}})
      expect(result.messages.length).toBeGreaterThan(0)
      const lines = source.split('\n')
      for (const finding of result.messages) {
        const slice = source.slice(finding.range[0], finding.range[1])
        expect(visible(slice)).toBe(finding.actual)
        // line/column agree with the offsets (columns count UTF-16 code units).
        const before = source.slice(0, finding.range[0]).split('\n')
        expect(finding.line).toBe(before.length)
        expect(finding.column).toBe(before.at(-1)!.length + 1)
        expect(lines[finding.line - 1]!.slice(finding.column - 1).startsWith(slice.split('\n')[0]!)).toBe(true)
      }
    })
  }

  it('finds what each tricky Markdown construct hides, at the right place', () => {
    const text = fs.readFileSync(path.join(fixtures, 'tricky.md'), 'utf8')
    const found = lint(text, {filePath: 'tricky.md', config: {rules: onlyBrag}}).messages.map((finding) => `${finding.line}:${finding.column} ${finding.actual}`)
    expect(found).toEqual([
      '2:19 world-class', // front matter title, after a quote
      '4:13 industry-leading', // folded block scalar in front matter
      '8:32 world-class', // heading after &amp; and &copy;
      '10:67 cutting-edge', // after escapes and an entity
      '16:24 world-class', // indented list continuation
      '18:5 award-winning', // nested list continuation
      '21:11 best-in-class', // ordered-list continuation
      '25:20 best-in-class', // table cell after an escaped pipe
      '30:8 world-class', // after a hard break
      '33:6 award-winning', // image alt text
      '35:30 world-class', // raw HTML block
      '35:60 award-winning', // alt attribute in raw HTML
      '37:19 world-class' // after an emoji (two UTF-16 code units)
    ])
  })

  it('keeps CRLF, BOM and quotes straight', () => {
    const crlf = lint(fs.readFileSync(path.join(fixtures, 'crlf.md'), 'utf8'), {filePath: 'crlf.md', config: {rules: onlyBrag}})
    expect(crlf.messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.actual}`)).toEqual([
      '1:13-1:24 world-class',
      '7:13-7:25 cutting-edge'
    ])
    const bom = lint(fs.readFileSync(path.join(fixtures, 'bom.md'), 'utf8'), {filePath: 'bom.md', config: {rules: onlyBrag}})
    expect(bom.messages.map((m) => `${m.line}:${m.column} ${m.range.join('-')} ${m.actual}`)).toEqual([
      '1:19 18-29 world-class',
      '3:19 50-66 industry-leading'
    ])
  })

  it('maps a NUL, which Markdown shows as U+FFFD and HTML drops, to its own byte', () => {
    const only: Record<string, RuleSetting> = Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.id === 'buzzword' ? 'warn' : 'off']))
    for (const format of ['markdown', 'html', 'text'] as const) {
      const found = lint('\u0000We leverage it\u0000 in order to\uFFFD win.', {format, config: {rules: only}}).messages
      expect(found.map((m) => `${m.range.join('-')} ${m.actual}`), format).toEqual(['4-12 leverage', '17-28 in order to'])
    }
  })

  it('maps HTML text that opens with character references after white space, which parse5 mislocates', () => {
    for (const text of [' &lt;We are world-class.<p>', ' &lt;&amp;We are world-class.<p>', '\n&quot;Acme&quot; is world-class.<p>']) {
      const found = lint(text, {format: 'html', config: {rules: onlyBrag}}).messages
      expect(found.map((m) => text.slice(m.range[0], m.range[1])), text).toEqual(['world-class'])
    }
  })

  it('maps numeric references that parsers replace (surrogates, C1 controls, noncharacters)', () => {
    const text = '&#xD800;We &#x80; are &#1; the world-class &#xFFFF; &#x110000; &#65534; provider.'
    for (const format of ['markdown', 'mdx', 'html'] as const) {
      const found = lint(text, {format, config: {rules: onlyBrag}}).messages
      expect(found.map((m) => text.slice(m.range[0], m.range[1])), format).toEqual(['world-class'])
    }
  })

  it('keeps a second BOM, which micromark would drop, in the offsets', () => {
    const text = '\uFEFF\uFEFFWe are world-class.'
    for (const format of ['markdown', 'mdx', 'html', 'text'] as const) {
      const found = lint(text, {format, config: {rules: onlyBrag}}).messages
      expect(found.map((m) => `${m.range.join('-')} ${m.column}`), format).toEqual(['8-19 9'])
    }
  })

  it('counts a lone CR as a line break, as CommonMark, HTML and LSP do', () => {
    for (const [text, format] of [['\rWe are world-class.', 'markdown'], ['<p>\rWe are world-class.\n', 'html'], ['<p>We are\rworld-class.\n', 'html']] as const) {
      const found = lint(text, {format, config: {rules: onlyBrag}}).messages
      expect(found.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${text.slice(m.range[0], m.range[1])}`), text).toEqual([`2:${text.indexOf('world') - text.indexOf('\r')}-2:${text.indexOf('.') - text.indexOf('\r')} world-class`])
    }
  })
})

describe.runIf(fs.existsSync(corpus))('positions on real copy', () => {
  it('maps every word of a sample of ../shared/corpus/real to its source', () => {
    const files: string[] = []
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
        const full = path.join(dir, entry.name)
        if (entry.isDirectory()) walk(full)
        else if (formatFor(full)) files.push(full)
      }
    }
    walk(corpus)
    files.sort()
    // Every 15th file: a fixed sample across every source folder and format.
    const sample = files.filter((_, index) => index % 15 === 0)
    expect(sample.length).toBeGreaterThan(200)
    const total: Checked = {words: 0, exact: 0, empty: [], wrong: []}
    for (const file of sample) {
      const checked = checkWords(fs.readFileSync(file, 'utf8'), path.relative(corpus, file))
      total.words += checked.words
      total.exact += checked.exact
      total.empty.push(...checked.empty)
      total.wrong.push(...checked.wrong)
    }
    expect(total.words).toBeGreaterThan(100_000)
    expect(total.empty).toEqual([])
    // Markup inside a word (`[Maglev](url)'s`) is a true range that `visible` cannot undo:
    // allow one word in 10,000.
    expect(total.wrong.length, total.wrong.join('\n')).toBeLessThanOrEqual(total.words / 10_000)
  }, 120_000)
})
