/**
 * Fuzzing with fast-check: generated Markdown, MDX, HTML and text with arbitrary Unicode
 * (emoji, right-to-left text, combining marks, NUL, lone surrogates), deep nesting and
 * very long lines go through lint(), lintDocument() and fixText(), and a few through the
 * built CLI. Nothing may throw or hang, every finding must point inside the text, and
 * fixing must be idempotent and change only words.
 *
 * A fixed number of runs by default; YOUFIRST_FUZZ_RUNS=<n> runs n cases per property, and
 * YOUFIRST_FUZZ_SEED=<seed> replays a failing run.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {lint, lintDocument} from '../src/engine/lint.js'
import {fixText} from '../src/fix/index.js'
import type {FileResult, Format} from '../src/types.js'
import {tempTree} from './helpers/cli.js'
import {checkFixes} from './helpers/fix-check.js'

const root = path.resolve(import.meta.dirname, '..')
const bin = path.join(root, 'dist', 'src', 'cli', 'bin.js')
const runs = Number(process.env.YOUFIRST_FUZZ_RUNS ?? 100)
/** YOUFIRST_FUZZ_SEED=<n> replays the seed a failure printed. */
const seed = process.env.YOUFIRST_FUZZ_SEED ? Number(process.env.YOUFIRST_FUZZ_SEED) : undefined
/** A generous bound on one case, so that a hang fails instead of stalling the run. */
const caseBound = 20_000
const formats: Format[] = ['markdown', 'mdx', 'html', 'text']

/** Every finding lies inside the text, and its line and column agree with its offsets. */
function findingProblems(text: string, result: FileResult): string[] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text
  const problems: string[] = []
  // Lines end at \n, \r\n or a lone \r, as in CommonMark, vfile-location and LSP.
  const lineStarts = [0]
  for (const ending of source.matchAll(/\r?\n|\r/g)) lineStarts.push(ending.index + ending[0].length)
  const at = (offset: number) => {
    let line = 0
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset) line++
    return {line: line + 1, column: offset - lineStarts[line]! + 1}
  }
  for (const finding of result.messages) {
    const [start, end] = finding.range
    const where = `${finding.ruleId} at ${start}-${end}`
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= source.length)) {
      problems.push(`${where}: range outside the text (length ${source.length})`)
      continue
    }
    const startPoint = at(start)
    if (finding.line !== startPoint.line || finding.column !== startPoint.column) problems.push(`${where}: line/column ${finding.line}:${finding.column}, expected ${startPoint.line}:${startPoint.column}`)
    const endPoint = at(end)
    if (finding.endLine !== endPoint.line || finding.endColumn !== endPoint.column) problems.push(`${where}: end ${finding.endLine}:${finding.endColumn}, expected ${endPoint.line}:${endPoint.column}`)
    const slice = source.slice(start, end)
    // Where the source holds no markup, escape, entity, quote, line break or NUL (which
    // HTML drops and Markdown shows as U+FFFD), the flagged text the reader sees is the
    // source text itself.
    if (finding.ruleId !== 'parse-error' && !/[\\&<>[\]*_`~|{}"'\r\n\u2028\u2029\0]/.test(slice) && finding.actual !== slice) {
      problems.push(`${where}: actual ${JSON.stringify(finding.actual)} is not the source ${JSON.stringify(slice)}`)
    }
    for (const edit of [finding.fix, ...(finding.suggestions ?? []).map((suggestion) => suggestion.fix)]) {
      if (!edit) continue
      const [from, to] = edit.range
      if (!(from >= 0 && from <= to && to <= source.length)) problems.push(`${where}: edit ${from}-${to} outside the text`)
    }
  }
  return problems
}

/** Lint and fix `text`, checking every property; returns the problems found. */
function check(text: string, format: Format): string[] {
  const started = Date.now()
  const {result, document} = lintDocument(text, {format, config: {}})
  const problems = findingProblems(text, result)
  if (document.source !== (text.startsWith('\uFEFF') ? text.slice(1) : text)) problems.push('the parsed source is not the text')
  expect(lint(text, {format, config: {}})).toEqual(result)
  // Text beyond the parsers' limits is read as plain text; checkFixes' block-structure oracle
  // parses with remark, which is what the limits protect against, so only fixText is checked.
  const plain = result.messages.some((finding) => finding.ruleId === 'parse-error' && finding.message.endsWith('linted as plain text instead'))
  const fixed = plain ? {problems: [], edits: 1} : checkFixes(text, format, {config: {}})
  problems.push(...fixed.problems)
  if (fixed.edits > 0) {
    // The output of fixText, fixed again, stays the same (checkFixes checks it too, from the pass-by-pass side).
    const once = fixText(text, {format, config: {}})
    if (fixText(once.output, {format, config: {}}).changed) problems.push('fixText is not idempotent')
    problems.push(...findingProblems(once.output, once.result).map((problem) => `after fixing: ${problem}`))
  }
  const took = Date.now() - started
  if (took > caseBound) problems.push(`took ${took} ms`)
  return problems
}

// The pieces generated documents are made of.
const copy = fc.constantFrom(
  'We are the world-class, industry-leading provider of payroll software.',
  'Our customers can export reports.',
  'Contact us to learn more about our services.',
  'We leverage cutting-edge synergy to utilize best-in-class tools.',
  'You get fast help, any time.',
  'Acme supports SSO and audit logs.',
  'Our Story',
  'Why Choose Us',
  '"We love it," said a customer.',
  'US customers',
  "We'll refund you within 24 hours.",
  'award-winning',
  'in order to'
)
const unicode = fc.oneof(
  fc.constantFrom(
    '🚀', '👩‍👩‍👧‍👦', '🇫🇷', 'e\u0301', 'a\u0308\u0323', 'مرحبا بك في عالمنا', 'שלום עולם', '\u202Eevil\u202C', '日本語のテキスト',
    '\u0000', '\uD800', '\uDFFF', '\uDBFF\uDBFF', '\uFEFF', '\u200B', '\u00A0', '\u2028', '\u2029', '\r', '\r\n', '\t', '\u000B', '\u000C',
    '\uFFFD', '\uFFFF', 'ﬁ', 'İ', 'ß', 'Ⅻ', '𝔘𝔰', '\u0085'
  ),
  fc.string({unit: 'grapheme', maxLength: 12}),
  fc.string({unit: 'binary', maxLength: 12}),
  fc.string({unit: fc.integer({min: 0, max: 0xffff}).map((code) => String.fromCharCode(code)), maxLength: 8})
)
const markdownMarkup = fc.constantFrom(
  '\n', '\n\n', '# ', '## ', '> ', '>', '- ', '* ', '1. ', '  ', '    ', '*', '**', '_', '__', '~~', '`', '```\n', '~~~\n', '[', ']', '](https://example.com)', '![', '[x]: /y\n',
  '<div>', '</div>', '<br>', '<!-- youfirst-disable -->', '<!-- youfirst-enable brag -->', '<!-- youfirst-ignore -->', '<!--', '-->',
  '&amp;', '&#x1F600;', '&#0;', '&nbsp;', '&bogus;', '\\', '\\*', '|', '| --- |', '---\n', '+++\n', 'title: ', 'https://example.com/world-class',
  'www.example.com', 'me@example.com', '{{ name }}', '{% if x %}', '<% x %>', '[^1]', '- [ ] '
)
const mdxMarkup = fc.constantFrom('{', '}', '{/* youfirst-disable */}', '<Hero>', '</Hero>', '<Button>', '</Button>', '<X y="z" />', 'import A from "a"\n', 'export const b = 1\n', '{props.name}')
const htmlMarkup = fc.constantFrom(
  '<p>', '</p>', '<div>', '</div>', '<h1>', '</h1>', '<li>', '<ul>', '</ul>', '<a href="javascript:alert(1)">', '</a>', '<img alt="We are world-class">', '<title>', '</title>',
  '<script>', '</script>', '<style>', '<!-- youfirst-disable -->', '<blockquote>', '<q>', '<button>', '<br>', '<![CDATA[', ']]>', '<!DOCTYPE html>', '<table><tr><td>',
  '&amp;', '&lt;', '&#x0;', '&#xD800;', '&notanentity', '<', '>', '"', "'", '<svg><text>', '<template>', '</template>', '<pre>', '<td title="Our team">'
)
const piece = (markup: fc.Arbitrary<string>[]) =>
  fc.oneof({arbitrary: copy, weight: 4}, {arbitrary: unicode, weight: 2}, ...markup.map((arbitrary) => ({arbitrary, weight: 3})), {arbitrary: fc.constantFrom(' ', '\n', '. '), weight: 2})
const documentOf = (markup: fc.Arbitrary<string>[]) => fc.array(piece(markup), {maxLength: 80}).map((parts) => parts.join(''))
const generated: Record<Format, fc.Arbitrary<string>> = {
  markdown: documentOf([markdownMarkup]),
  mdx: documentOf([markdownMarkup, mdxMarkup]),
  html: documentOf([htmlMarkup]),
  text: documentOf([])
}
/** Deep nesting: an opening repeated thousands of times, copy inside, maybe closed. */
const nested: Record<Format, fc.Arbitrary<string>> = {
  markdown: fc
    .tuple(fc.constantFrom('> ', '>', '- ', '* ', '1. ', '> - ', '['), fc.integer({min: 1_000, max: 10_000}), copy, fc.boolean())
    .map(([open, depth, text, newlines]) => (newlines && open !== '1. ' ? Array.from({length: Math.min(depth, 300)}, (_, level) => `${open.repeat(level + 1)}${text}`).join('\n') : `${open.repeat(depth)}${text}\n`)),
  mdx: fc
    .tuple(fc.constantFrom('<A>', '> ', '- ', '{'), fc.integer({min: 1_000, max: 10_000}), copy)
    .map(([open, depth, text]) => `${open.repeat(depth)}${text}\n`),
  html: fc
    .tuple(fc.constantFrom('div', 'b', 'blockquote', 'span', 'ul><li', 'table><tr><td', 'p'), fc.integer({min: 1_000, max: 10_000}), copy, fc.boolean())
    .map(([name, depth, text, closed]) => `${`<${name}>`.repeat(depth)}${text}${closed ? `</${name.split('><').reverse().join('></')}>`.repeat(depth) : ''}`),
  text: fc.tuple(fc.constantFrom('(', '"', '“', '> '), fc.integer({min: 1_000, max: 10_000}), copy).map(([open, depth, text]) => `${open.repeat(depth)}${text}`)
}

describe('fuzzing the library', () => {
  for (const format of formats) {
    it(`${format}: arbitrary Unicode and markup never crash; findings point inside the text; fixes are safe and idempotent`, () => {
      fc.assert(
        fc.property(generated[format], fc.boolean(), (text, bom) => {
          expect(check((bom ? '\uFEFF' : '') + text, format)).toEqual([])
        }),
        {numRuns: runs, seed}
      )
    }, 600_000)

    it(`${format}: 1,000 to 10,000 levels of nesting neither crash nor hang`, () => {
      fc.assert(
        fc.property(nested[format], (text) => {
          expect(check(text, format)).toEqual([])
        }),
        {numRuns: Math.max(2, Math.ceil(runs / 20)), seed}
      )
    }, 600_000)
  }

  it('10,000 levels of lists, block quotes and HTML elements, and 20,000 list items, are linted as plain text, with a notice', () => {
    const copyLine = 'We are world-class.'
    // Plain text has no lists: in "1. 1. … We are world-class." brag sees no claim.
    const cases: Array<[string, Format, boolean?]> = [
      ['- '.repeat(10_000) + copyLine, 'markdown'],
      ['1. '.repeat(10_000) + copyLine, 'markdown', false],
      ['> '.repeat(10_000) + copyLine, 'markdown'],
      ['>'.repeat(10_000) + ' ' + copyLine, 'mdx'],
      [Array.from({length: 1_000}, (_, level) => `${'  '.repeat(level)}- ${copyLine}`).join('\n'), 'markdown'],
      ['<div>'.repeat(10_000) + copyLine + '</div>'.repeat(10_000), 'html'],
      ['<b>'.repeat(10_000) + copyLine, 'html'],
      ['<div>'.repeat(10_000) + '\n\n' + copyLine + '\n\n' + '</div>'.repeat(10_000), 'markdown'],
      [`${copyLine}\n\n` + '- item\n  > quote\n'.repeat(10_001), 'markdown', false]
    ]
    for (const [text, format, flagged = true] of cases) {
      const result = lint(text, {format, config: {}})
      const notice = result.messages.find((finding) => finding.ruleId === 'parse-error')
      expect(notice?.message, `${format}: ${text.slice(0, 20)}`).toMatch(/^(?:Not parsed as (?:Markdown|MDX|HTML): .+|Nested too deeply to parse as (?:Markdown|MDX|HTML)); linted as plain text instead$/)
      const brag = result.messages.find((finding) => finding.ruleId === 'brag')
      if (flagged) {
        expect(brag?.actual).toBe('world-class')
        expect(text.slice(brag!.range[0], brag!.range[1])).toBe('world-class')
      }
      expect(findingProblems(text, result)).toEqual([])
    }
  }, 300_000)

  it('the parse limits leave real pages alone', () => {
    const page = '# Pricing\n\n> - **Fast** _and_ ~~slow~~ [link](x)\n\n' + '- item *one* and __two__\n'.repeat(50) + '\n```\n' + '*'.repeat(5_000) + '\n```\n'
    expect(lint(page, {format: 'markdown', config: {}}).messages.filter((finding) => finding.ruleId === 'parse-error')).toEqual([])
    const deep = lint('- '.repeat(101) + 'x\n', {format: 'markdown', config: {}}).messages.map((finding) => finding.message)
    expect(deep).toEqual(['Not parsed as Markdown: it nests more than 100 block quotes or lists; linted as plain text instead'])
    const marks = lint('*a_ '.repeat(600), {format: 'markdown', config: {}}).messages.map((finding) => finding.message)
    expect(marks).toEqual(['Not parsed as Markdown: a paragraph has more than 1000 emphasis marks; linted as plain text instead'])
    const many = lint('- item\n'.repeat(20_001), {format: 'markdown', config: {}}).messages.map((finding) => finding.message)
    expect(many).toEqual(['Not parsed as Markdown: it has more than 20,000 block quotes and list items; linted as plain text instead'])
    // A table of more than 5,000 rows, which micromark cannot read in pieces; tables apart are counted apart.
    const table = (rows: number) => '| Plan | Price |\n|---|---|\n' + '| Pro | $9 |\n'.repeat(rows - 2)
    expect(lint(table(5_001), {format: 'markdown', config: {}}).messages.map((finding) => finding.message)).toEqual(['Not parsed as Markdown: a table has more than 5,000 rows; linted as plain text instead'])
    expect(lint(table(5_000), {format: 'markdown', config: {}}).messages.filter((finding) => finding.ruleId === 'parse-error')).toEqual([])
    expect(lint(`${table(3_000)}\n${table(3_000)}`, {format: 'markdown', config: {}}).messages.filter((finding) => finding.ruleId === 'parse-error')).toEqual([])
    // Lines in fenced code are not list items, however many.
    const fenced = '```yaml\n' + '- item\n'.repeat(25_000) + '```\n\nYou get it.\n'
    expect(lint(fenced, {format: 'markdown', config: {}}).messages.filter((finding) => finding.ruleId === 'parse-error')).toEqual([])
    // Brackets outside inline links: micromark's time on them grows with the square of their number in a paragraph.
    const labels = lint('See [a] and '.repeat(1_001), {format: 'markdown', config: {}}).messages.map((finding) => finding.message)
    expect(labels).toEqual(['Not parsed as Markdown: a paragraph has more than 1000 brackets outside inline links; linted as plain text instead'])
    const spread = lint('See [a] and [b].\n\n'.repeat(25_001), {format: 'markdown', config: {}}).messages.map((finding) => finding.message)
    expect(spread).toEqual(['Not parsed as Markdown: it has more than 50,000 brackets outside inline links; linted as plain text instead'])
    // References, footnote calls and definitions, 12,000 of each: under the file's limit, as
    // a definition's label is not counted.
    const references = Array.from({length: 12_000}, (_, index) => `See [our plans][p${index}] and a note[^n${index}].\n\n[p${index}]: /p\n\n[^n${index}]: We reply.\n\n`).join('')
    expect(lint(references, {format: 'markdown', config: {}}).messages.filter((finding) => finding.ruleId === 'parse-error')).toEqual([])
    // Inline links, however many, and brackets in fenced code are not counted.
    const links = '[Contact us](/p) '.repeat(3_000) + '\n\n```\n' + '[a] '.repeat(2_000) + '\n```\n'
    expect(lint(links, {format: 'markdown', config: {}}).messages.filter((finding) => finding.ruleId === 'parse-error')).toEqual([])
    const brackets = lint('['.repeat(101) + 'x', {format: 'mdx', config: {}}).messages.map((finding) => finding.message)
    expect(brackets).toEqual(['Not parsed as MDX: it nests more than 100 brackets; linted as plain text instead'])
    // Deep elements are found before parsing, so the result is the same on every run, however
    // warm the JIT is and however much stack is left.
    const elements = '<ul><li>'.repeat(1_000) + 'You get it.'
    const first = lint(elements, {format: 'html', config: {}})
    expect(first.messages.map((finding) => finding.message)).toEqual(['Not parsed as HTML: it nests more than 500 elements; linted as plain text instead'])
    expect(lint(elements, {format: 'html', config: {}})).toEqual(first)
    // Real pages leave <p>, <li> and <td> open: a new one closes the last, as in HTML.
    const unclosed = '<ul>' + '<li><p>You get it.'.repeat(2_000) + '</ul><table>' + '<tr><td>Yours.'.repeat(2_000) + '</table>'
    expect(lint(unclosed, {format: 'html', config: {}}).messages.filter((finding) => finding.ruleId === 'parse-error')).toEqual([])
  })

  it('a 10 MB single line of Markdown lints, and its findings point inside it', () => {
    const text = tenMegabyteLine()
    const result = lint(text, {format: 'markdown', config: {}})
    expect(result.messages.filter((finding) => finding.ruleId === 'parse-error')).toEqual([])
    expect(result.messages.filter((finding) => finding.ruleId === 'brag').length).toBeGreaterThan(1_000)
    expect(findingProblems(text, result)).toEqual([])
  }, 600_000)
})

/** A single line of 10 MB: plain copy, with a claim brag flags (and fixes) every hundred sentences. */
function tenMegabyteLine(): string {
  const plain = 'You get fast help from a real person whenever you need it. '
  const block = plain.repeat(99) + 'And our world-class team answers. '
  return block.repeat(Math.ceil(10_000_000 / block.length))
}

describe('fuzzing the CLI', () => {
  const extension: Record<Format, string> = {markdown: 'md', mdx: 'mdx', html: 'html', text: 'txt'}

  it('the built CLI lints and fixes generated files of every format without crashing', () => {
    expect(fs.existsSync(bin), 'run `npm run build` first').toBe(true)
    const samples = fc.sample(fc.tuple(generated.markdown, generated.mdx, generated.html, generated.text), {numRuns: Math.max(2, Math.ceil(runs / 50)), seed})
    for (const [index, texts] of samples.entries()) {
      const files: Record<string, string> = {}
      formats.forEach((format, at) => {
        files[`case ${index} ✓/page ${at}.${extension[format]}`] = texts[at]!
      })
      files[`case ${index} ✓/deep.md`] = '> '.repeat(10_000) + 'We are world-class.\n'
      files[`case ${index} ✓/deep.html`] = '<div>'.repeat(10_000) + 'We are world-class.'
      const cwd = tempTree(files)
      // A NUL byte marks a file as binary (as git decides): it is skipped with a warning.
      const binary = Object.keys(files).filter((name) => files[name]!.includes('\0')).sort()
      const linted = spawnSync(process.execPath, [bin, '--format', 'json'], {cwd, encoding: 'utf8', maxBuffer: 1 << 28, timeout: 120_000})
      expect(linted.stderr.split('\n').filter(Boolean).sort()).toEqual(binary.map((name) => `youfirst: warning: ${name}: skipped: binary file`))
      expect([0, 1]).toContain(linted.status)
      const results = JSON.parse(linted.stdout) as FileResult[]
      expect(results).toHaveLength(Object.keys(files).length - binary.length)
      for (const result of results) {
        const text = fs.readFileSync(result.filePath, 'utf8')
        expect(findingProblems(text, result)).toEqual([])
      }
      const fixed = spawnSync(process.execPath, [bin, '--fix', '--format', 'json'], {cwd, encoding: 'utf8', maxBuffer: 1 << 28, timeout: 120_000})
      expect(fixed.stderr.split('\n').filter((line) => line !== '' && !/: not fixed: the file could not be parsed as its format$/.test(line) && !line.endsWith(': skipped: binary file'))).toEqual([])
      expect([0, 1]).toContain(fixed.status)
      // Fixed files are fixed for good: fixing again changes nothing.
      const contents = () => Object.keys(files).map((name) => fs.readFileSync(path.join(cwd, name), 'utf8'))
      const once = contents()
      spawnSync(process.execPath, [bin, '--fix'], {cwd, encoding: 'utf8', maxBuffer: 1 << 28, timeout: 120_000})
      expect(contents()).toEqual(once)
    }
  }, 600_000)

  it('the built CLI lints and fixes a 10 MB single-line file', () => {
    const line = tenMegabyteLine()
    expect(line.length).toBeGreaterThanOrEqual(10_000_000)
    const cwd = tempTree({'huge.txt': line})
    const fixed = spawnSync(process.execPath, [bin, '--fix', '--format', 'json'], {cwd, encoding: 'utf8', maxBuffer: 1 << 28, timeout: 300_000})
    expect(fixed.stderr).toBe('')
    expect(fixed.status).toBe(0)
    expect(fs.readFileSync(path.join(cwd, 'huge.txt'), 'utf8')).toBe(line.replaceAll('our world-class team', 'our team'))
  }, 600_000)
})
