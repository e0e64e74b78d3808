/**
 * Safe fixes: the library, the CLI (--fix, --fix-dry-run, --stdin --fix, --fix-rule),
 * atomic writes, and properties over generated documents.
 */
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/engine/lint.js'
import {fixText} from '../src/fix/index.js'
import {writeAtomic, WriteError} from '../src/fix/write.js'
import {rules} from '../rules/index.js'
import type {Format, RuleSetting} from '../src/types.js'
import {cli, tempTree} from './helpers/cli.js'
import {checkFixes} from './helpers/fix-check.js'

const root = path.resolve(import.meta.dirname, '..')
/** Only `brag`, so these tests do not depend on what other rules flag. */
const onlyBrag: Record<string, RuleSetting> = Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.id === 'brag' ? 'warn' : 'off']))
const bragArgs = rules.filter((rule) => rule.meta.id !== 'brag').flatMap((rule) => ['--rule', `${rule.meta.id}:off`])

describe('fixText', () => {
  it('applies safe fixes in passes, keeping BOM, CRLF and everything else', () => {
    const text = '\uFEFF# Title\r\n\r\nYou get world-class, award-winning support.\r\n\r\n```\r\nworld-class code\r\n```\r\n'
    const fixed = fixText(text, {format: 'markdown', config: {rules: onlyBrag}})
    expect(fixed.output).toBe('\uFEFF# Title\r\n\r\nYou get support.\r\n\r\n```\r\nworld-class code\r\n```\r\n')
    expect(fixed.fixed).toBe(2)
    expect(fixed.result.messages).toEqual([])
    expect(fixText(fixed.output, {format: 'markdown', config: {rules: onlyBrag}}).changed).toBe(false)
  })

  it('keeps a second BOM, which is text, where the offsets of every pass expect it', () => {
    const text = '\uFEFF\uFEFFWe are the world-class, industry-leading provider.'
    const fixed = fixText(text, {format: 'text', config: {rules: onlyBrag}})
    expect(fixed.output).toBe('\uFEFF\uFEFFWe are the provider.')
    expect(fixText(text, {format: 'text', config: {}}).result.messages.map((finding) => [finding.ruleId, finding.range])).toEqual([['we-focus', [1, 3]]])
  })

  it('never fixes a text that could not be parsed as its format', () => {
    // Invalid MDX is linted as Markdown, where its code reads as prose.
    const text = 'export const b = 1\n<div>You leverage it in order to win'
    const fixed = fixText(text, {format: 'mdx', config: {}})
    expect(fixed.changed).toBe(false)
    expect(fixed.result.messages.map((finding) => finding.ruleId)).toEqual(['parse-error', 'buzzword', 'buzzword'])
    expect(fixText(text.replace('\n', '\n\n'), {format: 'markdown', config: {}}).output).toBe('export const b = 1\n\n<div>You use it to win')
  })

  it('never fixes HTML text before the first tag, which decides how browsers read the tags after it', () => {
    for (const tag of ['<!DOCTYPE html>', '</p>']) {
      const text = `You get award-winning help. ${tag}<p>You get award-winning help.</p>`
      const found = fixText(text, {format: 'html', config: {rules: onlyBrag}})
      expect(found.output).toBe(`You get award-winning help. ${tag}<p>You get help.</p>`)
      expect(found.result.messages.map((finding) => [finding.actual, finding.suggestions?.[0]?.fix])).toEqual([['award-winning', {range: [8, 22], text: ''}]])
    }
  })

  it('leaves unfixable findings, and reports them in the result', () => {
    const fixed = fixText('Our support is world-class.', {format: 'text', config: {rules: onlyBrag}})
    expect(fixed.changed).toBe(false)
    expect(fixed.result.messages.map((m) => m.actual)).toEqual(['world-class'])
  })

  it('offers a fix that would cross a line break as a suggestion only', () => {
    const only: Record<string, RuleSetting> = Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.id === 'buzzword' ? 'warn' : 'off']))
    const text = 'You can export a report in order\nto share it.'
    const finding = lint(text, {format: 'text', config: {rules: only}}).messages.find((m) => m.actual.startsWith('in order'))
    expect(finding).toBeDefined()
    expect(finding!.fix).toBeUndefined()
    expect(finding!.suggestions?.[0]).toEqual({desc: 'Replace “in order\nto” with “to”', fix: {range: [24, 35], text: 'to'}})
    expect(fixText(text, {format: 'text', config: {rules: only}}).changed).toBe(false)
  })

  it('limits fixing to fixRules', () => {
    const fixed = fixText('You get world-class support.', {format: 'text', config: {rules: onlyBrag}, fixRules: ['buzzword']})
    expect(fixed.changed).toBe(false)
  })
})

describe('the CLI', () => {
  const page = '---\ntitle: Hello\n---\n\nYou get world-class support.\n\nOur support is award-winning.\n'

  it('--fix writes the file and exits by what remains', async () => {
    const cwd = tempTree({'page.md': page, 'clean.md': 'Nothing to fix.\n'})
    const before = fs.statSync(path.join(cwd, 'clean.md')).mtimeMs
    const {code, stdout} = await cli(['--fix', '--format', 'json', ...bragArgs], {cwd})
    expect(fs.readFileSync(path.join(cwd, 'page.md'), 'utf8')).toBe('---\ntitle: Hello\n---\n\nYou get support.\n\nOur support is award-winning.\n')
    expect(fs.statSync(path.join(cwd, 'clean.md')).mtimeMs).toBe(before)
    const results = JSON.parse(stdout) as Array<{messages: Array<{line: number; actual: string}>}>
    expect(results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.actual}`))).toEqual(['7:award-winning'])
    expect(code).toBe(0)
    expect((await cli(['--fix', '--rule', 'brag:error', ...bragArgs], {cwd})).code).toBe(1)
    expect(fs.readdirSync(cwd).sort()).toEqual(['clean.md', 'page.md'])
  })

  it('--fix-dry-run prints a unified diff and writes nothing', async () => {
    const cwd = tempTree({'page.md': page})
    const {code, stdout, stderr} = await cli(['--fix-dry-run', ...bragArgs], {cwd})
    expect(code).toBe(0)
    expect(stdout).toBe(
      '--- a/page.md\n+++ b/page.md\n@@ -2,6 +2,6 @@\n title: Hello\n ---\n \n-You get world-class support.\n+You get support.\n \n Our support is award-winning.\n'
    )
    expect(stderr).toContain('award-winning')
    expect(fs.readFileSync(path.join(cwd, 'page.md'), 'utf8')).toBe(page)
  })

  it('--stdin --fix prints the fixed text; the report goes to standard error', async () => {
    const cwd = tempTree({})
    const {code, stdout, stderr} = await cli(['--stdin', '--fix', ...bragArgs], {cwd, stdin: page})
    expect(code).toBe(0)
    expect(stdout).toBe('---\ntitle: Hello\n---\n\nYou get support.\n\nOur support is award-winning.\n')
    expect(stderr).toMatch(/7:16-7:29\s+warning/)
  })

  it('--fix-rule limits fixing to the named rules', async () => {
    const cwd = tempTree({'page.md': page})
    await cli(['--fix', '--fix-rule', 'brag', ...bragArgs], {cwd})
    expect(fs.readFileSync(path.join(cwd, 'page.md'), 'utf8')).not.toContain('world-class')
    const other = tempTree({'page.md': page})
    const otherRule = rules.find((rule) => rule.meta.id !== 'brag')?.meta.id
    if (otherRule) {
      await cli(['--fix', '--fix-rule', otherRule, ...bragArgs], {cwd: other})
      expect(fs.readFileSync(path.join(other, 'page.md'), 'utf8')).toBe(page)
    }
    expect((await cli(['--fix', '--fix-rule', 'nope'], {cwd})).code).toBe(2)
    expect((await cli(['--fix-rule', 'brag'], {cwd})).code).toBe(2)
  })

  it('does not write a file that failed to parse', async () => {
    const text = '<!-- not MDX -->\n\nYou get world-class support.\n'
    const cwd = tempTree({'old.mdx': text})
    const {stderr} = await cli(['--fix', ...bragArgs], {cwd})
    expect(stderr).toBe('youfirst: warning: old.mdx: not fixed: the file could not be parsed as its format\n')
    expect(fs.readFileSync(path.join(cwd, 'old.mdx'), 'utf8')).toBe(text)
    // With --fix-rule, only that rule's fixable findings call for the warning.
    expect((await cli(['--fix', '--fix-rule', 'brag', ...bragArgs], {cwd})).stderr).toBe(
      'youfirst: warning: old.mdx: not fixed: the file could not be parsed as its format\n'
    )
    expect((await cli(['--fix', '--fix-rule', 'self-cta', ...bragArgs], {cwd})).stderr).toBe('')
  })

  it('keeps the file mode and reports read-only files', async () => {
    const cwd = tempTree({'a.md': 'You get world-class support.\n', 'ro.md': 'You get world-class help.\n'})
    fs.chmodSync(path.join(cwd, 'a.md'), 0o640)
    fs.chmodSync(path.join(cwd, 'ro.md'), 0o444)
    const {code, stderr} = await cli(['--fix', ...bragArgs], {cwd})
    expect(fs.statSync(path.join(cwd, 'a.md')).mode & 0o777).toBe(0o640)
    expect(fs.readFileSync(path.join(cwd, 'a.md'), 'utf8')).toBe('You get support.\n')
    expect(stderr).toBe('youfirst: error: ro.md: not fixed: the file is read-only\n')
    expect(fs.readFileSync(path.join(cwd, 'ro.md'), 'utf8')).toBe('You get world-class help.\n')
    expect(code).toBe(2)
  })
})

describe('atomic writes', () => {
  it('refuses to write a file that changed on disk since it was read', () => {
    const cwd = tempTree({'a.md': 'old'})
    const file = path.join(cwd, 'a.md')
    fs.writeFileSync(file, 'changed by someone else')
    expect(() => writeAtomic(file, Buffer.from('old'), 'new')).toThrow(new WriteError('not fixed: the file changed on disk while it was being linted'))
    expect(fs.readFileSync(file, 'utf8')).toBe('changed by someone else')
  })

  it('a process killed while writing leaves the old file or the new one, never a truncated one', async () => {
    const cwd = tempTree({})
    const file = path.join(cwd, 'big.md')
    const oldText = 'old '.repeat(2_000_000)
    const newText = 'new '.repeat(2_500_000)
    const writer = path.join(cwd, 'writer.ts')
    fs.writeFileSync(
      writer,
      `import fs from 'node:fs'\nimport {writeAtomic} from ${JSON.stringify(path.join(root, 'src/fix/write.ts'))}\n` +
        `const file = ${JSON.stringify(file)}\nconst texts = [${JSON.stringify('old ')}.repeat(2_000_000), ${JSON.stringify('new ')}.repeat(2_500_000)]\n` +
        `process.stdout.write('ready\\n')\nfor (let i = 0; ; i++) { const current = fs.readFileSync(file); writeAtomic(file, current, texts[(i + 1) % 2]) }\n`
    )
    for (let round = 0; round < 5; round++) {
      fs.writeFileSync(file, oldText)
      // Node itself (with tsx as a loader), so the process killed is the one writing.
      const child = spawn(process.execPath, ['--import', 'tsx', writer], {cwd: root, stdio: ['ignore', 'pipe', 'inherit']})
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()))
      await new Promise((resolve) => setTimeout(resolve, 50 + round * 37))
      child.kill('SIGKILL')
      await new Promise((resolve) => child.once('exit', resolve))
      const content = fs.readFileSync(file, 'utf8')
      expect(content === oldText || content === newText, `round ${round}: ${content.length} characters`).toBe(true)
    }
  }, 60_000)
})

describe('properties over generated documents', () => {
  const brag = fc.constantFrom('world-class', 'award-winning', 'industry-leading', 'cutting-edge', 'best-in-class', 'truly world-class', 'market-leading')
  const noun = fc.constantFrom('support', 'team', 'platform', 'tools', 'UK-based bureau', 'hotel', 'app')
  const sentence = fc
    .tuple(fc.constantFrom('You get', 'Meet a', 'Try an', 'Our', 'It is a', ''), brag, fc.constantFrom('', ', friendly', ' and fast'), noun, fc.constantFrom('.', '!', ' today.'))
    .map(([start, adjective, more, thing, end]) => `${start} ${adjective}${more} ${thing}${end}`.trim())
  const inline = fc.oneof(
    sentence,
    sentence.map((s) => `*${s}*`),
    sentence.map((s) => `[${s}](https://example.com/world-class)`),
    sentence.map((s) => `${s} \`world-class\``),
    sentence.map((s) => `Tom &amp; Jerry: ${s}`),
    sentence.map((s) => `A \\*star\\* and ${s}`),
    fc.constant('🚀 Emoji, 日本語, and café.')
  )
  const block = fc.oneof(
    fc.array(inline, {minLength: 1, maxLength: 3}).map((parts) => parts.join(' ')),
    inline.map((s) => `## ${s}`),
    fc.array(inline, {minLength: 1, maxLength: 3}).map((items) => items.map((item) => `- ${item}\n  ${item}`).join('\n')),
    inline.map((s) => `> ${s}\n> ${s}`),
    fc.tuple(inline, inline).map(([a, b]) => `| A | B |\n| --- | --- |\n| ${a.replace(/\|/g, '')} | ${b.replace(/\|/g, '')} |`),
    fc.constant('```\nworld-class code\n```')
  )
  const markdown = fc
    .tuple(fc.boolean(), fc.boolean(), fc.array(block, {minLength: 1, maxLength: 6}), fc.constantFrom('', '  ', '\t'))
    .map(([bom, crlf, blocks, trailing]) => {
      const text = `---\ntitle: A world-class page\n---\n\n${blocks.map((b) => b + trailing).join('\n\n')}\n`
      return (bom ? '\uFEFF' : '') + (crlf ? text.replace(/\n/g, '\r\n') : text)
    })

  const runs = Number(process.env.YOUFIRST_FUZZ_RUNS ?? 100)

  it('Markdown: fixes touch only words, are idempotent and keep the block structure', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        expect(checkFixes(text, 'markdown').problems).toEqual([])
      }),
      {numRuns: runs}
    )
  })

  it('MDX and HTML too', () => {
    const mdx = fc.array(sentence, {minLength: 1, maxLength: 4}).map((parts) => `import X from './x'\n\n# ${parts[0]}\n\n<Hero>\n  ${parts.join(' ')}\n</Hero>\n\nHi {props.name}, ${parts.at(-1)}\n`)
    const html = fc.array(sentence, {minLength: 1, maxLength: 4}).map((parts) => `<html><head><title>${parts[0]}</title></head><body><h1>${parts[0]}</h1>${parts.map((p) => `<p>${p} &amp; <b>more</b></p>`).join('\n')}<img alt="${parts.at(-1)}"></body></html>`)
    const cases: Array<[fc.Arbitrary<string>, Format]> = [[mdx, 'mdx'], [html, 'html']]
    for (const [arbitrary, format] of cases) {
      fc.assert(fc.property(arbitrary, (text) => {
        expect(checkFixes(text, format).problems).toEqual([])
      }), {numRuns: Math.ceil(runs / 2)})
    }
  })
})
