/**
 * `youfirst report`: the data it writes, baselines, options and errors, and what the HTML
 * file holds (no network, a strict Content-Security-Policy, escaped copy). The browser tests
 * are in report.browser.test.ts.
 */
import {createHash} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {gunzipSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import type {ReportData, ReportPage} from '../src/report/data.js'
import {siteSummary} from '../src/score/site.js'
import type {FileResult} from '../src/types.js'
import {cli, tempTree} from './helpers/cli.js'

const config = JSON.stringify({rules: {...Object.fromEntries(rules.map((rule) => [rule.meta.id, 'off'])), brag: 'warn'}})

function site(extra: Record<string, string> = {}) {
  return tempTree({
    '.youfirstrc.json': config,
    'a.md': 'You get world-class support.\n',
    'b.md': 'We are world-class. Our team is helpful.\n',
    ...extra
  })
}

function readReport(cwd: string, name = 'youfirst-report.json'): ReportData {
  return JSON.parse(fs.readFileSync(path.join(cwd, name), 'utf8')) as ReportData
}

/** The pages' data as the HTML carries it (gzipped JSON in base64 blocks). */
function embeddedPages(html: string): ReportPage[] {
  const blocks = [...html.matchAll(/<script type="application\/octet-stream" class="page-data" data-first="(\d+)" data-encoding="gzip\+base64">([^<]*)<\/script>/g)]
  return blocks.flatMap((block) => JSON.parse(gunzipSync(Buffer.from(block[2]!, 'base64')).toString('utf8')) as ReportPage[])
}

describe('youfirst report', () => {
  it('writes the HTML and, with --json, its data beside it', async () => {
    const cwd = site()
    const lint = JSON.parse((await cli(['--format', 'json'], {cwd})).stdout) as FileResult[]
    const {code, stdout, stderr} = await cli(['report', '--json'], {cwd})
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toBe('Wrote youfirst-report.html and youfirst-report.json: site score 33, 2 pages, 2 findings\n')
    expect(fs.existsSync(path.join(cwd, 'youfirst-report.html'))).toBe(true)

    const data = readReport(cwd)
    expect(data.site).toEqual(siteSummary(lint))
    expect(data.pages.map((page) => [page.path, page.stats])).toEqual(lint.map((result) => [path.basename(result.filePath), result.stats]))
    expect(data).toMatchObject({reportVersion: 1, title: path.basename(cwd), root: cwd})
    expect(data.rules).toEqual([
      {id: 'brag', findings: 2, pages: 2, url: rules.find((rule) => rule.meta.id === 'brag')!.meta.url, description: rules.find((rule) => rule.meta.id === 'brag')!.meta.description}
    ])
    expect(data.phrases).toEqual({
      flagged: [{text: 'world-class', count: 2, sources: ['brag']}],
      references: [
        {text: 'our', count: 1, sources: ['self']},
        {text: 'we', count: 1, sources: ['self']}
      ]
    })
  })

  it('explains each page: score detail, sections, and flagged sentences in context', async () => {
    const cwd = site({'c.md': '# Why choose us\n\nWe are proud. Our world-class team helps you. Call today.\n\n## Plans\n\nYou pick a plan.\n'})
    await cli(['report', '--json', 'c.md'], {cwd})
    const page = readReport(cwd).pages[0]!
    expect(page).toMatchObject({
      path: 'c.md',
      filePath: path.join(cwd, 'c.md'),
      stats: {words: 18, readerRefs: 2, selfRefs: 3, brandRefs: 0, focusRate: 0.4},
      // Heading ×3 (us), lead ×2 (We, Our, you), body ×1 (You).
      detail: {weighted: {reader: 3, self: 7, brand: 0}, weightedRate: 0.3, penalisedFindings: 1, penalty: 10},
      errorCount: 0,
      warningCount: 1,
      rules: {brag: 1},
      unplaced: []
    })
    expect(page.stats.score).toBe(20)
    expect(page.sections).toEqual([
      // 100 × 2/9 − 10 = 12.2
      {heading: 'Why choose us', depth: 1, line: 1, score: 12, words: 13, readerRefs: 1, selfRefs: 3, brandRefs: 0, findings: 1},
      {heading: 'Plans', depth: 2, line: 5, score: 100, words: 5, readerRefs: 1, selfRefs: 0, brandRefs: 0, findings: 0}
    ])
    expect(page.findings).toEqual([
      {ruleId: 'brag', severity: 1, message: '“world-class” is self-praise the reader can’t check: cut it, or show the proof', line: 3, column: 19, actual: 'world-class', expected: ['']}
    ])
    expect(page.flagged).toEqual([
      {
        line: 3,
        score: 40,
        role: 'lead',
        before: 'We are proud. ',
        segments: [['Our '], ['world-class', 0], [' team helps you.']],
        after: ' Call today.',
        findings: [0]
      }
    ])
  })

  it('compares with a baseline: per page, for the site, and pages that are gone', async () => {
    const cwd = site({'old.md': 'You win.\n'})
    await cli(['report', '--json', '--out', 'before/report.html'], {cwd})
    fs.writeFileSync(path.join(cwd, 'b.md'), 'You are covered. Our team is helpful.\n')
    fs.rmSync(path.join(cwd, 'old.md'))
    fs.writeFileSync(path.join(cwd, 'new.md'), 'We are world-class.\n')
    const {code, stdout} = await cli(['report', '--json', '--baseline', 'before/report.json'], {cwd})
    expect(code).toBe(0)
    const data = readReport(cwd)
    expect(data.pages.map((page) => [page.path, page.stats.score, page.change])).toEqual([
      ['a.md', 90, 0],
      ['b.md', 50, 50],
      ['new.md', 0, null]
    ])
    const before = readReport(cwd, 'before/report.json')
    expect(data.baseline).toEqual({generatedAt: before.generatedAt, score: before.site.score, pages: 3, removed: ['old.md']})
    expect(data.site.change).toBe(data.site.score! - before.site.score!)
    expect(stdout).toBe(`Wrote youfirst-report.html and youfirst-report.json: site score ${data.site.score} (+${data.site.change} since the baseline), 3 pages, 2 findings\n`)
  })

  it('takes the JSON lint report as a baseline too', async () => {
    const cwd = site()
    fs.writeFileSync(path.join(cwd, 'lint.json'), (await cli(['--format', 'json'], {cwd})).stdout)
    fs.writeFileSync(path.join(cwd, 'a.md'), 'You get help within the hour.\n')
    await cli(['report', '--json', '--baseline', 'lint.json'], {cwd})
    const data = readReport(cwd)
    expect(data.pages.map((page) => [page.path, page.change])).toEqual([
      ['a.md', 10],
      ['b.md', 0]
    ])
    expect(data.baseline).toMatchObject({score: 33, pages: 2, removed: []})
  })

  it('refuses a bad baseline with one line, before linting', async () => {
    const cwd = site({'notes.json': '{"hello": 1}', 'broken.json': '{', 'old.json': '[{"filePath": "/a.md", "stats": {"words": 3}}]'})
    const cases: Array<[string, string]> = [
      ['missing.json', 'no such file'],
      ['broken.json', 'invalid JSON'],
      ['notes.json', 'not a youfirst report: pass the youfirst-report.json an earlier “youfirst report --json” wrote, or the output of “youfirst --format json”'],
      ['old.json', 'its results have no scores (stats.score); run youfirst again to make a baseline with scores']
    ]
    for (const [file, problem] of cases) {
      const {code, stdout, stderr} = await cli(['report', '--baseline', file], {cwd})
      expect(code).toBe(2)
      expect(stdout).toBe('')
      expect(stderr.split('\n')).toHaveLength(2)
      expect(stderr.startsWith(`youfirst: error: ${path.join(cwd, file)}: ${problem}`)).toBe(true)
    }
    expect(fs.existsSync(path.join(cwd, 'youfirst-report.html'))).toBe(false)
  })

  it('checks --min-score after writing the report', async () => {
    const cwd = site()
    const {code, stderr} = await cli(['report', '--min-score', '34'], {cwd})
    expect(code).toBe(1)
    expect(stderr).toBe('youfirst: site score 33 is under --min-score 34\n')
    expect(fs.existsSync(path.join(cwd, 'youfirst-report.html'))).toBe(true)
    expect((await cli(['report', '--min-score', '50', '--min-score-scope', 'file'], {cwd})).stderr).toBe('youfirst: 1 file scores under --min-score 50: b.md (0)\n')
  })

  it('has its own help and clear usage errors', async () => {
    const cwd = site()
    const help = await cli(['report', '--help'], {cwd})
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage: youfirst report \[options\] \[paths or globs…\]\n/)
    for (const [args, message] of [
      [['report', '--out', 'report.pdf'], '--out expects an .html file, got “report.pdf”'],
      [['report', '--colour'], "report: Unknown option '--colour'"],
      [['report', '--rule', 'nope:warn'], '--rule: unknown rule “nope”']
    ] as const) {
      const {code, stderr} = await cli([...args], {cwd})
      expect(code).toBe(2)
      expect(stderr).toBe(`youfirst: ${message}\nRun “youfirst report --help” for usage.\n`)
    }
  })

  it('does not report on reports', async () => {
    const cwd = site()
    await cli(['report', '--out', 'old/report.html'], {cwd})
    await cli(['report', '--json'], {cwd})
    expect(readReport(cwd).pages.map((page) => page.path)).toEqual(['a.md', 'b.md'])
  })
})

describe('the HTML file', () => {
  /** Plain text is copy as written: markup, a javascript: link and entities stay text. */
  const hostile =
    'You get world-class support. <script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 1"> ' +
    '[our team](javascript:window.__pwned=1) &amp; &lt;b&gt; ]]> </details> {{x}}\n'

  it('is self-contained, with a strict Content-Security-Policy that allows only its own style and script', async () => {
    const cwd = site({'hostile.txt': hostile})
    await cli(['report'], {cwd})
    const html = fs.readFileSync(path.join(cwd, 'youfirst-report.html'), 'utf8')
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!
    const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!.replace(/&#x27;/g, "'")
    expect(csp).toBe(`default-src 'none'; style-src ${sha(style)}; script-src ${sha(script)}; img-src 'none'; base-uri 'none'; form-action 'none'`)
    // One style sheet and one script of our own; everything else is data.
    expect(html.match(/<style/g)).toHaveLength(1)
    expect(html.match(/<script(?![^>]*type="application\/octet-stream")/g)).toHaveLength(1)
    expect(html).not.toMatch(/<link|<iframe|<img|\ssrc=|@import|url\(/)
    // The only absolute URLs are links to rule documentation.
    expect([...html.matchAll(/https?:\/\/[^\s"'<)]+/g)].map((match) => match[0])).toEqual([rules.find((rule) => rule.meta.id === 'brag')!.meta.url])
    expect(html).not.toMatch(/\son[a-z]+=/i)
  })

  it('escapes copy from the linted files, and carries page data where no markup can escape', async () => {
    const name = '<img src=x onerror=alert(1)>.md'
    const cwd = site({'hostile.txt': hostile, [name]: '# We are <b>"world-class"</b> & more\n'})
    await cli(['report', '--json'], {cwd})
    const html = fs.readFileSync(path.join(cwd, 'youfirst-report.html'), 'utf8')
    expect(html).not.toContain('<script>window.__pwned')
    // In text, "<" is escaped; in a quoted attribute value, only the quote needs to be.
    expect(html.match(/<img src=x[^<]*/g)).toEqual(['<img src=x onerror=alert(1)>.md" data-score="0" data-findings="0" data-words="4">'])
    expect(html).toContain('<span class="path">&#x3C;img src=x onerror=alert(1)>.md</span>')
    const pages = embeddedPages(html)
    const page = pages.find((item) => item.path === 'hostile.txt')!
    expect(page.flagged.map((item) => item.before + item.segments.map((segment) => segment[0]).join('') + item.after)).toEqual([hostile.trim()])
    // The HTML carries exactly the pages of the JSON data.
    expect(pages).toEqual(readReport(cwd).pages)
  })
})
