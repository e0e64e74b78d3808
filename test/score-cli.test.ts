/**
 * The score on the command line: stats in the JSON report, `--format summary`,
 * `--min-score` and `--min-score-scope`.
 */
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import type {FileResult} from '../src/types.js'
import {cli, tempTree} from './helpers/cli.js'

/** A config with only `brag` on, so the numbers do not depend on which other rules exist. */
const config = JSON.stringify({rules: {...Object.fromEntries(rules.map((rule) => [rule.meta.id, 'off'])), brag: 'warn'}})

function site() {
  return tempTree({
    '.youfirstrc.json': config,
    // 4 words, 1 reader reference, 1 brag finding: 100 − 10 = 90.
    'a.md': 'You get world-class support.\n',
    // 7 words, 2 self references, 1 brag finding: 0 − 10, so 0.
    'b.md': 'We are world-class. Our team is helpful.\n'
  })
}

describe('stats in the JSON report', () => {
  it('adds references, the focus rate and the score to each file', async () => {
    const cwd = site()
    const {code, stdout} = await cli(['--format', 'json'], {cwd})
    expect(code).toBe(0)
    const results = JSON.parse(stdout) as FileResult[]
    expect(results.map((result) => [path.basename(result.filePath), result.stats])).toEqual([
      ['a.md', {words: 4, readerRefs: 1, selfRefs: 0, brandRefs: 0, focusRate: 1, score: 90}],
      ['b.md', {words: 7, readerRefs: 0, selfRefs: 2, brandRefs: 0, focusRate: 0, score: 0}]
    ])
  })
})

describe('--format summary', () => {
  it('prints one row per file with a score bar, then the site totals', async () => {
    const {code, stdout} = await cli(['--format', 'summary', '--no-color'], {cwd: site()})
    expect(code).toBe(0)
    expect(stdout).toBe(
      [
        'score  bar         focus    you     we  brand  findings  file',
        '   90  █████████░   100%      1      0      0         1  a.md',
        '    0  ░░░░░░░░░░     0%      0      2      0         1  b.md',
        '─'.repeat(60),
        // (90 × 4 + 0 × 7) ÷ 11 words = 32.7, so 33
        '   33  ███░░░░░░░    33%      1      2      0         2  site: 2 files, 11 words',
        ''
      ].join('\n')
    )
  })

  it('colours rows by score when colour is on', async () => {
    const {stdout} = await cli(['--format', 'summary'], {cwd: site(), env: {FORCE_COLOR: '1'}})
    expect(stdout.split('\n')[1]).toBe('\u001B[32m   90  █████████░   100%      1      0      0         1  a.md\u001B[39m')
    expect(stdout.split('\n')[2]).toBe('\u001B[31m    0  ░░░░░░░░░░     0%      0      2      0         1  b.md\u001B[39m')
  })

  it('shows a dash for a file without references, and says when there are no files', async () => {
    const cwd = tempTree({'.youfirstrc.json': config, 'plain.txt': 'The dashboard lists invoices.\n'})
    const {stdout} = await cli(['--format', 'summary', '--no-color'], {cwd})
    expect(stdout.split('\n')[1]).toBe('  100  ██████████      –      0      0      0         0  plain.txt')
    const empty = tempTree({'.youfirstrc.json': config, 'notes.js': ''})
    expect((await cli(['--format', 'summary', '--no-color'], {cwd: empty})).stdout.split('\n').slice(1)).toEqual(['─'.repeat(60), 'no files', ''])
  })
})

describe('--min-score', () => {
  it('exits 1 when the site score is under the minimum', async () => {
    const cwd = site()
    expect(await cli(['--min-score', '33'], {cwd})).toMatchObject({code: 0, stderr: ''})
    const {code, stderr} = await cli(['--min-score', '34'], {cwd})
    expect(code).toBe(1)
    expect(stderr).toBe('youfirst: site score 33 is under --min-score 34\n')
  })

  it('checks every file with --min-score-scope file', async () => {
    const cwd = site()
    const {code, stderr} = await cli(['--min-score', '10', '--min-score-scope', 'file'], {cwd})
    expect(code).toBe(1)
    expect(stderr).toBe('youfirst: 1 file scores under --min-score 10: b.md (0)\n')
    expect((await cli(['--min-score', '0', '--min-score-scope', 'file'], {cwd})).code).toBe(0)
  })

  it('still reports errors first: errors exit 1 whatever the score', async () => {
    const cwd = site()
    const {code, stderr} = await cli(['--rule', 'brag:error', '--min-score', '0'], {cwd})
    expect(code).toBe(1)
    expect(stderr).toBe('')
  })

  it('refuses values that are not scores', async () => {
    const cwd = site()
    for (const [args, message] of [
      [['--min-score', '101'], '--min-score expects a whole number from 0 to 100, got “101”'],
      [['--min-score', 'high'], '--min-score expects a whole number from 0 to 100, got “high”'],
      [['--min-score', '5', '--min-score-scope', 'page'], '--min-score-scope expects site or file, got “page”']
    ] as const) {
      const {code, stderr} = await cli([...args], {cwd})
      expect(code).toBe(2)
      expect(stderr).toBe(`youfirst: ${message}\nRun “youfirst --help” for usage.\n`)
    }
  })
})
