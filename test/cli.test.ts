/**
 * The command line: discovery, formats, options, exit codes and clear errors.
 */
import {spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {json} from '../src/format/json.js'
import type {FileResult} from '../src/types.js'
import {cli, tempTree} from './helpers/cli.js'

const root = path.resolve(import.meta.dirname, '..')
const brag = 'You get world-class support.\n'
const clean = 'You get help within an hour.\n'

describe('discovery', () => {
  it('lints the current folder by default, recursing to known extensions', async () => {
    const cwd = tempTree({'a.md': brag, 'sub/b.html': `<p>${brag}</p>`, 'sub/c.mdx': brag, 'd.txt': brag, 'e.js': brag, 'node_modules/x/f.md': brag})
    const {code, stdout} = await cli(['--format', 'json'], {cwd})
    expect(code).toBe(0)
    const results = JSON.parse(stdout) as FileResult[]
    expect(results.map((result) => path.relative(cwd, result.filePath))).toEqual(['a.md', 'd.txt', 'sub/b.html', 'sub/c.mdx'])
    expect(results.every((result) => result.warningCount === 1)).toBe(true)
  })

  it('respects .gitignore and .youfirstignore, for folders, globs and named files', async () => {
    const cwd = tempTree({
      '.gitignore': 'build/\n',
      '.youfirstignore': 'legal.md\n',
      'page.md': brag,
      'legal.md': brag,
      'build/out.md': brag
    })
    for (const args of [[], ['.'], ['*.md'], ['legal.md', 'page.md', 'build/out.md']]) {
      const {stdout} = await cli([...args, '--format', 'json'], {cwd})
      expect((JSON.parse(stdout) as FileResult[]).map((result) => path.basename(result.filePath))).toEqual(['page.md'])
    }
  })

  it('expands globs', async () => {
    const cwd = tempTree({'docs/a.md': brag, 'docs/b.md': clean, 'other/c.md': brag})
    const {stdout} = await cli(['docs/*.md', '--format', 'json'], {cwd})
    expect((JSON.parse(stdout) as FileResult[]).map((result) => path.relative(cwd, result.filePath))).toEqual(['docs/a.md', 'docs/b.md'])
  })
})

describe('formats and options', () => {
  it('prints a stylish report with positions, rule ids and a summary', async () => {
    const cwd = tempTree({'page.md': brag})
    const {code, stdout, stderr} = await cli(['page.md'], {cwd})
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(stdout).toContain('page.md')
    expect(stdout).toMatch(/1:9-1:20\s+warning\s+“world-class” is self-praise the reader can’t check: cut it, or show the proof\s+brag\s+youfirst/)
    expect(stdout).toContain('⚠ 1 warning')
  })

  it('writes the JSON contract', async () => {
    const cwd = tempTree({'b.md': brag, 'a.md': clean})
    const {stdout} = await cli(['--format', 'json'], {cwd})
    const results = JSON.parse(stdout) as FileResult[]
    expect(results.map((result) => result.filePath)).toEqual([path.join(cwd, 'a.md'), path.join(cwd, 'b.md')])
    expect(results[0]).toEqual({filePath: path.join(cwd, 'a.md'), messages: [], errorCount: 0, warningCount: 0, fixableCount: 0, stats: {words: 6, readerRefs: 1, selfRefs: 0, brandRefs: 0, focusRate: 1, score: 100}})
    expect(results[1]!.messages).toEqual([
      {
        ruleId: 'brag',
        severity: 1,
        message: '“world-class” is self-praise the reader can’t check: cut it, or show the proof',
        line: 1,
        column: 9,
        endLine: 1,
        endColumn: 20,
        range: [8, 19],
        actual: 'world-class',
        expected: [''],
        url: 'https://github.com/youfirst-lint/youfirst/blob/main/rules/brag/README.md',
        fix: {range: [8, 20], text: ''}
      }
    ])
    expect(results[1]!.fixableCount).toBe(1)
  })

  it('--rule changes severity; errors exit 1; --quiet hides warnings', async () => {
    const cwd = tempTree({'page.md': brag})
    expect((await cli(['--rule', 'brag:error'], {cwd})).code).toBe(1)
    expect((await cli(['--rule', 'brag:off', '--format', 'json'], {cwd})).stdout).toContain('"messages": []')
    const quiet = await cli(['--quiet', '--max-warnings', '0'], {cwd})
    expect(quiet).toEqual({code: 0, stdout: '', stderr: ''})
  })

  it('--max-warnings N exits 1 when there are more than N warnings', async () => {
    const cwd = tempTree({'page.md': brag + brag})
    expect((await cli(['--max-warnings', '2'], {cwd})).code).toBe(0)
    const over = await cli(['--max-warnings', '1'], {cwd})
    expect(over.code).toBe(1)
    expect(over.stderr).toBe('youfirst: 2 warnings, more than --max-warnings 1\n')
  })

  it('lints standard input, with --stdin-filename choosing format and config', async () => {
    const cwd = tempTree({'site/.youfirstrc.yaml': 'rules:\n  brag: error\n'})
    const {code, stdout} = await cli(['--stdin', '--stdin-filename', 'site/page.html', '--format', 'json'], {
      cwd,
      stdin: '<p>Our <em>world-class</em> team.</p><script>var x = "world-class"</script>'
    })
    expect(code).toBe(1)
    const [result] = JSON.parse(stdout) as FileResult[]
    expect(result!.filePath).toBe(path.join(cwd, 'site/page.html'))
    expect(result!.messages.map((m) => [m.severity, m.column, m.actual])).toEqual([[2, 12, 'world-class']])
  })

  it('prints help with examples, and the version', async () => {
    const cwd = tempTree({})
    const help = await cli(['--help'], {cwd})
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: youfirst [options] [paths or globs…]')
    expect(help.stdout).toContain('Examples:')
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string}
    expect(await cli(['--version'], {cwd})).toEqual({code: 0, stdout: `${pkg.version}\n`, stderr: ''})
  })
})

describe('configuration', () => {
  it('finds the nearest config; it does not cascade', async () => {
    const cwd = tempTree({
      '.youfirstrc.json': '{"rules": {"brag": "error"}}',
      'a.md': brag,
      'blog/.youfirstrc.yaml': 'rules:\n  brag: "off"\n',
      'blog/b.md': brag,
      'legal/package.json': '{"name": "x", "youfirst": {"rules": {"brag": "warn"}}}',
      'legal/c.md': brag
    })
    const results = JSON.parse((await cli(['--format', 'json'], {cwd})).stdout) as FileResult[]
    expect(results.map((result) => [path.relative(cwd, result.filePath), result.messages.map((m) => m.severity)])).toEqual([
      ['a.md', [2]],
      ['blog/b.md', []],
      ['legal/c.md', [1]]
    ])
  })

  it('applies overrides and ignore globs relative to the config file', async () => {
    const cwd = tempTree({
      '.youfirstrc': 'ignore: ["drafts/**"]\noverrides:\n  - files: ["about/**", "careers.md"]\n    rules:\n      brag: "off"\n',
      'about/team.md': brag,
      'careers.md': brag,
      'drafts/x.md': brag,
      'home.md': brag
    })
    const results = JSON.parse((await cli(['--format', 'json'], {cwd})).stdout) as FileResult[]
    expect(results.map((result) => [path.relative(cwd, result.filePath), result.messages.length])).toEqual([
      ['about/team.md', 0],
      ['careers.md', 0],
      ['home.md', 1]
    ])
  })

  it('--config replaces discovery', async () => {
    const cwd = tempTree({'.youfirstrc.json': '{"rules": {"brag": "off"}}', 'strict.yaml': 'rules:\n  brag: error\n', 'a.md': brag})
    expect((await cli(['--config', 'strict.yaml'], {cwd})).code).toBe(1)
    expect((await cli([], {cwd})).code).toBe(0)
  })

  it.each([
    ['.youfirstrc.json', '{\n  "rules": {\n    "brag": "warn",\n  }\n}', /\.youfirstrc\.json: invalid JSON at line 4, column 3/],
    ['.youfirstrc.yaml', 'rules:\n  brag: [warn\n', /\.youfirstrc\.yaml: invalid YAML at line 3, column 1/],
    ['.youfirstrc.yaml', 'rules:\n  brag: loud\n', /\.youfirstrc\.yaml: rules\.brag: expected "off", "warn", "error", or \["off" \| "warn" \| "error", \{options\}\]$/m],
    ['.youfirstrc.yaml', 'rules:\n  no-such-rule: warn\n', /\.youfirstrc\.yaml: rules: unknown rule “no-such-rule”$/m],
    ['.youfirstrc.yaml', 'brand: [Acme]\n', /\.youfirstrc\.yaml: unknown key “brand”; expected one of brands, rules, ignore, overrides, frontMatterKeys$/m],
    ['.youfirstrc.yaml', 'brands: Acme\n', /\.youfirstrc\.yaml: brands: expected array$/m],
    ['.youfirstrc.yaml', 'rules:\n  brag: [warn, {allow: "x"}]\n', /\.youfirstrc\.yaml: rules\.brag\[1\]\.allow: expected array$/m]
  ])('a bad %s stops with exit 2, naming the file and the problem', async (name, content, message) => {
    const cwd = tempTree({[name]: content, 'a.md': brag})
    const {code, stdout, stderr} = await cli([], {cwd})
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(message)
    expect(stderr).toContain(path.join(cwd, name))
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).not.toMatch(/\n\s+at /)
  })

  it('a bad config stops only the files under it', async () => {
    const cwd = tempTree({'bad/.youfirstrc.yaml': 'rules: [\n', 'bad/a.md': brag, 'good/b.md': brag})
    const {code, stdout, stderr} = await cli(['--format', 'json'], {cwd})
    expect(code).toBe(2)
    expect((JSON.parse(stdout) as FileResult[]).map((result) => path.relative(cwd, result.filePath))).toEqual(['good/b.md'])
    expect(stderr).toContain('bad/.youfirstrc.yaml: invalid YAML')
  })
})

describe('bad input', () => {
  it('a missing path or an empty glob is an error; the other files are still linted', async () => {
    const cwd = tempTree({'a.md': brag})
    const {code, stdout, stderr} = await cli(['missing.md', 'nothing/**/*.md', 'a.md', '--format', 'json'], {cwd})
    expect(code).toBe(2)
    expect(stderr).toBe('youfirst: error: missing.md: no such file or folder\nyoufirst: error: nothing/**/*.md: no files match this pattern\n')
    expect((JSON.parse(stdout) as FileResult[]).map((result) => path.basename(result.filePath))).toEqual(['a.md'])
  })

  it('skips a binary file with a warning', async () => {
    const cwd = tempTree({'image.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), 'a.md': brag})
    const {code, stderr} = await cli([], {cwd})
    expect(code).toBe(0)
    expect(stderr).toBe('youfirst: warning: image.md: skipped: binary file\n')
  })

  it('refuses invalid UTF-8 with exit 2 and lints the rest', async () => {
    const cwd = tempTree({'latin1.md': Buffer.from('Caf\xe9 world-class\n', 'latin1'), 'a.md': brag})
    const {code, stdout, stderr} = await cli(['--format', 'json'], {cwd})
    expect(code).toBe(2)
    expect(stderr).toBe('youfirst: error: latin1.md: not valid UTF-8 text (first bad byte at offset 3); convert it to UTF-8 to lint it\n')
    expect((JSON.parse(stdout) as FileResult[]).map((result) => path.basename(result.filePath))).toEqual(['a.md'])
  })

  it('lints an empty file and a file of only front matter without complaint', async () => {
    const cwd = tempTree({'empty.md': '', 'meta.md': '---\nlayout: page\n---\n'})
    const {code, stdout, stderr} = await cli(['--format', 'json'], {cwd})
    expect([code, stderr]).toEqual([0, ''])
    expect((JSON.parse(stdout) as FileResult[]).map((result) => [path.basename(result.filePath), result.messages.length, result.stats.words])).toEqual([
      ['empty.md', 0, 0],
      ['meta.md', 0, 0]
    ])
  })

  it.skipIf(process.getuid?.() === 0)('reports an unreadable file', async () => {
    const cwd = tempTree({'secret.md': brag, 'a.md': brag})
    fs.chmodSync(path.join(cwd, 'secret.md'), 0o000)
    const {code, stderr} = await cli([], {cwd})
    expect(code).toBe(2)
    expect(stderr).toBe('youfirst: error: secret.md: permission denied\n')
  })

  it('reports MDX that is not valid MDX, and lints it as Markdown', async () => {
    const cwd = tempTree({'old.mdx': '<!-- an HTML comment -->\n\nYou get world-class support.\n'})
    const results = JSON.parse((await cli(['--format', 'json'], {cwd})).stdout) as FileResult[]
    expect(results[0]!.messages.map((m) => [m.ruleId, m.line])).toEqual([
      ['parse-error', 1],
      ['brag', 3]
    ])
  })

  it('usage errors exit 2 with a hint', async () => {
    const cwd = tempTree({})
    for (const args of [['--format', 'xml'], ['--nope'], ['--rule', 'brag'], ['--max-warnings', 'many'], ['--stdin-filename', 'x.md']]) {
      const {code, stderr} = await cli(args, {cwd})
      expect(code).toBe(2)
      expect(stderr).toMatch(/^youfirst: .+\nRun “youfirst --help” for usage\.\n$/)
    }
  })
})

describe('the installed command', () => {
  it('runs from dist/ as `youfirst`, with exit codes and streams as documented', () => {
    const bin = path.join(root, 'dist', 'bin', 'youfirst.js')
    expect(fs.existsSync(bin), 'run `npm run build` first').toBe(true)
    const cwd = tempTree({'page.md': brag})
    const ok = spawnSync(process.execPath, [bin, 'page.md', '--format', 'json'], {cwd, encoding: 'utf8'})
    expect(ok.status).toBe(0)
    expect(JSON.parse(ok.stdout)).toHaveLength(1)
    const bad = spawnSync(process.execPath, [bin, 'nope.md'], {cwd, encoding: 'utf8'})
    expect(bad.status).toBe(2)
    expect(bad.stdout).toBe('')
    expect(bad.stderr).toBe('youfirst: error: nope.md: no such file or folder\n')
    const stdin = spawnSync(process.execPath, [bin, '--stdin', '--rule', 'brag:error'], {cwd, input: brag, encoding: 'utf8'})
    expect(stdin.status).toBe(1)
  })

  it('writes the JSON report file by file, exactly as the JSON formatter does for the whole run', async () => {
    const bin = path.join(root, 'dist', 'bin', 'youfirst.js')
    for (const extra of [[], ['--quiet', '--rule', 'brag:error'], ['--jobs', '2']]) {
      const result = spawnSync(process.execPath, [bin, 'examples', '--format', 'json', ...extra], {cwd: root, encoding: 'utf8'})
      const results = JSON.parse(result.stdout) as FileResult[]
      expect(results.length).toBeGreaterThanOrEqual(6)
      expect(result.stdout).toBe(json(results))
    }
  })

  it('stops quietly when the reader closes the pipe early', async () => {
    const bin = path.join(root, 'dist', 'bin', 'youfirst.js')
    const child = spawn(process.execPath, [bin, 'examples', 'fixtures/eval/pages', '--format', 'json', '--jobs', '1'], {cwd: root})
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text))
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise((resolve) => child.on('exit', resolve))
    expect(stderr).toBe('')
    expect(code).toBe(0)
  })

  it('lints the bundled examples', () => {
    const bin = path.join(root, 'dist', 'bin', 'youfirst.js')
    const result = spawnSync(process.execPath, [bin, 'examples', '--format', 'json'], {cwd: root, encoding: 'utf8'})
    expect(result.stderr).toBe('')
    const results = JSON.parse(result.stdout) as FileResult[]
    expect(results.length).toBeGreaterThanOrEqual(6)
    const selfCentred = results.filter((r) => r.filePath.includes('self-centred')).reduce((sum, r) => sum + r.messages.length, 0)
    expect(selfCentred).toBeGreaterThan(10)
  })
})

describe('configuration never executes code', () => {
  it('ignores JavaScript config files, and a config cannot name plugins or modules', async () => {
    const marker = (name: string) => `require('node:fs').writeFileSync(require('node:path').join(__dirname, '${name}.ran'), 'ran')\nmodule.exports = {rules: {brag: 'off'}}\n`
    const cwd = tempTree({
      '.youfirstrc.js': marker('rc-js'),
      '.youfirstrc.cjs': marker('rc-cjs'),
      '.youfirstrc.mjs': "import fs from 'node:fs'\nfs.writeFileSync(new URL('./rc-mjs.ran', import.meta.url), 'ran')\nexport default {}\n",
      'youfirst.config.js': marker('config-js'),
      'youfirst.config.cjs': marker('config-cjs'),
      'a.md': 'We are the world-class leader.\n'
    })
    const result = await cli(['--format', 'json', 'a.md'], {cwd})
    expect(result.stderr).toBe('')
    // The JavaScript files were not run: brag, which they would turn off, still reports.
    expect((JSON.parse(result.stdout) as FileResult[])[0]!.messages.map((m) => m.ruleId)).toContain('brag')
    expect(fs.readdirSync(cwd).filter((name) => name.endsWith('.ran'))).toEqual([])

    fs.writeFileSync(path.join(cwd, '.youfirstrc.yaml'), 'plugins: ["./evil.js"]\n')
    const refused = await cli(['a.md'], {cwd})
    expect(refused.code).toBe(2)
    expect(refused.stderr).toBe(
      `youfirst: ${path.join(cwd, '.youfirstrc.yaml')}: “plugins”: a youfirst config is data and never loads code, so it cannot name plugins, parsers or modules (use youfirst's library API to add your own rules)\n`
    )
  })

  it('reads YAML tags that other loaders turn into code as plain text', async () => {
    const cwd = tempTree({
      '.youfirstrc.yaml': 'brands: [!!js/function "function () { require(\'node:fs\').writeFileSync(\'tag.ran\', \'ran\') }"]\n',
      'a.md': 'You get it.\n'
    })
    const result = await cli(['a.md'], {cwd})
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(fs.existsSync(path.join(cwd, 'tag.ran'))).toBe(false)
  })
})
