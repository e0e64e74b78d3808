/**
 * `--format github`: workflow commands GitHub Actions turns into annotations.
 */
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {escapeData, escapeProperty, github} from '../src/format/github.js'
import type {FileResult, Finding} from '../src/types.js'
import {cli, tempTree} from './helpers/cli.js'

const off = Object.fromEntries(rules.map((rule) => [rule.meta.id, 'off']))
const bragOnly = JSON.stringify({rules: {...off, brag: 'warn'}})
const brag = 'You get world-class support.\n'
const message = '“world-class” is self-praise the reader can’t check: cut it, or show the proof'

function finding(line: number, severity: 1 | 2, text = 'a problem'): Finding {
  return {ruleId: 'brag', severity, message: text, line, column: 1, endLine: line, endColumn: 5, range: [0, 4], actual: 'best', expected: [], url: ''}
}

function fileResult(filePath: string, messages: Finding[]): FileResult {
  return {
    filePath,
    messages,
    errorCount: messages.filter((item) => item.severity === 2).length,
    warningCount: messages.filter((item) => item.severity === 1).length,
    fixableCount: 0,
    stats: {words: 1, readerRefs: 0, selfRefs: 0, brandRefs: 0, focusRate: null, score: 100}
  }
}

describe('--format github', () => {
  it('prints one annotation per finding and a summary line', async () => {
    const cwd = tempTree({'.youfirstrc.json': bragOnly, 'docs/page.md': `# Page\n\n${brag}`, 'clean.md': 'You get help.\n'})
    const {code, stdout, stderr} = await cli(['--format', 'github', '--jobs', '1'], {cwd})
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(stdout).toBe(
      `::warning file=docs/page.md,line=3,col=9,endLine=3,endColumn=20,title=youfirst (brag)::${message}\n` +
        'youfirst: 1 finding in 1 file, all shown as annotations\n'
    )
  })

  it('says so when there is nothing to report', async () => {
    const cwd = tempTree({'.youfirstrc.json': bragOnly, 'a.md': 'You get help.\n', 'b.md': 'You get answers.\n'})
    const {code, stdout} = await cli(['--format', 'github', '--jobs', '1'], {cwd})
    expect(code).toBe(0)
    expect(stdout).toBe('youfirst: no findings in 2 files\n')
  })

  it('annotates errors as errors and keeps the exit code', async () => {
    const cwd = tempTree({'.youfirstrc.json': bragOnly, 'page.md': brag})
    const {code, stdout} = await cli(['--format', 'github', '--rule', 'brag:error', '--jobs', '1'], {cwd})
    expect(code).toBe(1)
    expect(stdout.split('\n')[0]).toBe(`::error file=page.md,line=1,col=9,endLine=1,endColumn=20,title=youfirst (brag)::${message}`)
  })

  it('names files relative to GITHUB_WORKSPACE when youfirst runs in a subfolder', async () => {
    const root = tempTree({'.youfirstrc.json': bragOnly, 'site/content/page.md': brag})
    const site = path.join(root, 'site')
    const inWorkspace = await cli(['--format', 'github', '--jobs', '1'], {cwd: site, env: {GITHUB_WORKSPACE: root}})
    expect(inWorkspace.stdout.split('\n')[0]).toMatch(/^::warning file=site\/content\/page\.md,line=1,/)
    const local = await cli(['--format', 'github', '--jobs', '1'], {cwd: site})
    expect(local.stdout.split('\n')[0]).toMatch(/^::warning file=content\/page\.md,line=1,/)
  })

  it('caps annotations at 50 by default, lists the rest in the log, and counts them in a notice', async () => {
    const many = Array.from({length: 60}, () => brag).join('\n')
    const cwd = tempTree({'.youfirstrc.json': bragOnly, 'page.md': many, 'other.md': brag})
    const {code, stdout} = await cli(['--format', 'github', '--jobs', '1'], {cwd})
    expect(code).toBe(0)
    const lines = stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(62)
    expect(lines.slice(0, 50).every((line) => line.startsWith('::warning file='))).toBe(true)
    // Sorted by file, then line: other.md's one finding, then page.md's first 49.
    expect(lines[0]).toBe(`::warning file=other.md,line=1,col=9,endLine=1,endColumn=20,title=youfirst (brag)::${message}`)
    expect(lines[49]).toMatch(/^::warning file=page\.md,line=97,col=9,/)
    expect(lines[50]).toBe(`page.md:99:9: warning: ${message} (brag)`)
    expect(lines[60]).toBe(`page.md:119:9: warning: ${message} (brag)`)
    expect(lines[61]).toBe('::notice title=youfirst::youfirst: 61 findings in 2 files; 50 shown as annotations, 11 more in the log')
  })

  it('takes --max-annotations, errors first', async () => {
    const cwd = tempTree({'.youfirstrc.json': JSON.stringify({rules: {...off, brag: 'warn'}, overrides: [{files: ['b.md'], rules: {brag: 'error'}}]}), 'a.md': `${brag}\n${brag}`, 'b.md': brag})
    const {code, stdout} = await cli(['--format', 'github', '--max-annotations', '2', '--jobs', '1'], {cwd})
    expect(code).toBe(1)
    expect(stdout.trimEnd().split('\n')).toEqual([
      `::error file=b.md,line=1,col=9,endLine=1,endColumn=20,title=youfirst (brag)::${message}`,
      `::warning file=a.md,line=1,col=9,endLine=1,endColumn=20,title=youfirst (brag)::${message}`,
      `a.md:3:9: warning: ${message} (brag)`,
      '::notice title=youfirst::youfirst: 3 findings in 2 files; 2 shown as annotations, 1 more in the log'
    ])
    const none = await cli(['--format', 'github', '--max-annotations', '0', '--jobs', '1'], {cwd})
    expect(none.stdout).not.toContain('::warning')
    expect(none.stdout).not.toContain('::error')
    expect(none.stdout.trimEnd().split('\n').at(-1)).toBe('::notice title=youfirst::youfirst: 3 findings in 2 files; 0 shown as annotations, 3 more in the log')
  })

  it('rejects a --max-annotations that is not a whole number', async () => {
    const {code, stderr} = await cli(['--format', 'github', '--max-annotations', 'lots'], {cwd: tempTree({})})
    expect(code).toBe(2)
    expect(stderr).toBe('youfirst: --max-annotations expects a whole number, got “lots”\nRun “youfirst --help” for usage.\n')
  })

  it('escapes messages and properties as the Actions toolkit does', () => {
    expect(escapeData('50% off\r\nnow: a, b')).toBe('50%25 off%0D%0Anow: a, b')
    expect(escapeProperty('a,b:c%\nd.md')).toBe('a%2Cb%3Ac%25%0Ad.md')
    const output = github([fileResult('/repo/a,b: 100%.md', [finding(2, 1, 'Line one\nline two: 100%, really')])], {cwd: '/repo', color: false})
    expect(output).toBe(
      '::warning file=a%2Cb%3A 100%25.md,line=2,col=1,endLine=2,endColumn=5,title=youfirst (brag)::Line one%0Aline two: 100%25, really\n' +
        'youfirst: 1 finding in 1 file, all shown as annotations\n'
    )
  })

  it('keeps log lines on one line, so copy cannot start a workflow command', () => {
    const output = github([fileResult('/repo/a.md', [finding(1, 1, 'first'), finding(2, 1, 'quoted\n::error::injected')])], {cwd: '/repo', color: false, maxAnnotations: 1})
    expect(output.split('\n')).toEqual([
      '::warning file=a.md,line=1,col=1,endLine=1,endColumn=5,title=youfirst (brag)::first',
      'a.md:2:1: warning: quoted ::error::injected (brag)',
      '::notice title=youfirst::youfirst: 2 findings in 1 file; 1 shown as annotations, 1 more in the log',
      ''
    ])
  })
})
