/**
 * The language server, as an editor sees it: the built server process (node
 * dist/bin/language-server.js --stdio) driven by a real LSP client over stdio. Plus the pure
 * conversions and the job runner it is built from.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {URI} from 'vscode-uri'
import type {CodeAction, Diagnostic, TextDocumentEdit, TextEdit} from 'vscode-languageserver-protocol'
import {rules} from '../rules/index.js'
import {resolveConfig} from '../src/config/resolve.js'
import {lint} from '../src/engine/lint.js'
import {fixText} from '../src/fix/index.js'
import {bomShift, formatOf, minimalEdit, toDiagnostic} from '../src/lsp/convert.js'
import {DocumentConfigs} from '../src/lsp/configs.js'
import {InlineRunner, WorkerRunner} from '../src/lsp/runner.js'
import type {Config} from '../src/types.js'
import {tempTree} from './helpers/cli.js'
import {LspClient} from './helpers/lsp.js'

const root = path.resolve(import.meta.dirname, '..')
const serverScript = path.join(root, 'dist/bin/language-server.js')
const workerScript = path.join(root, 'dist/src/lsp/worker.js')
const bragUrl = 'https://github.com/youfirst-lint/youfirst/blob/main/rules/brag/README.md'

/** Only `brag`, at `level`: the findings do not depend on which other rules exist. */
function onlyBrag(level: 'warn' | 'error'): Config {
  return {rules: Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.id === 'brag' ? level : 'off']))}
}

const json = (value: unknown) => JSON.stringify(value, null, 2)
const uriOf = (file: string) => URI.file(file).toString()

function range(line: number, start: number, end: number) {
  return {start: {line, character: start}, end: {line, character: end}}
}

/** The message youfirst gives for `text` (rule wording is the rule's business, positions are ours). */
function messageFor(text: string, config: Config, index = 0): string {
  return lint(text, {config, filePath: '/x.md'}).messages[index]!.message
}

function applyAction(text: string, action: CodeAction): string {
  const change = action.edit!.documentChanges![0] as TextDocumentEdit
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 0, text), change.edits as TextEdit[])
}

beforeAll(() => {
  if (!fs.existsSync(serverScript)) throw new Error(`${serverScript} is missing: run "npm run build" first`)
})

describe('language server over stdio', () => {
  let client: LspClient
  let folderA: string
  let folderB: string
  let docsOpened = 0
  const open = async (file: string, text: string, languageId = 'markdown', version = 1) => {
    docsOpened++
    const uri = file.includes(':') && !path.isAbsolute(file) ? file : uriOf(file)
    await client.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId, version, text}})
    return uri
  }

  beforeAll(async () => {
    folderA = tempTree({'.youfirstrc.json': json(onlyBrag('warn'))})
    folderB = tempTree({'package.json': json({name: 'site', youfirst: onlyBrag('error')})})
    client = LspClient.start(serverScript, ['--stdio'], root)
    const result = await client.initialize({
      workspaceFolders: [
        {uri: uriOf(folderA), name: 'a'},
        {uri: uriOf(folderB), name: 'b'}
      ]
    })
    expect(result.serverInfo?.name).toBe('youfirst')
    expect(result.capabilities.textDocumentSync).toEqual({openClose: true, change: 2})
    expect(result.capabilities.codeActionProvider).toEqual({codeActionKinds: ['quickfix', 'source.fixAll.youfirst']})
  })

  afterAll(() => client?.kill())

  it('registers a watcher for config files', async () => {
    const registration = await client.waitFor(client.received.registrations, (item) => item.method === 'workspace/didChangeWatchedFiles', 'a file watcher')
    expect(registration.registerOptions).toEqual({watchers: [{globPattern: '**/{package.json,.youfirstrc,.youfirstrc.json,.youfirstrc.yaml,.youfirstrc.yml}'}]})
  })

  it('publishes exact ranges in UTF-16 code units, with code, link, source and severity', async () => {
    // 🚀 is two UTF-16 code units, 中文 two, and "e" + a combining acute accent two.
    const line = '🚀 中文 e\u0301 You get world-class support.'
    const text = `# Pricing\n\n${line}\n`
    const uri = await open(path.join(folderA, 'emoji.md'), text)
    const {diagnostics} = await client.diagnosticsFor(uri, 1)
    expect(line.indexOf('world-class')).toBe(17)
    expect(diagnostics).toEqual([
      {
        range: range(2, 17, 28),
        severity: 2,
        code: 'brag',
        codeDescription: {href: bragUrl},
        source: 'youfirst',
        message: messageFor(text, onlyBrag('warn'))
      }
    ])
    const stats = await client.waitFor(client.received.stats, (item) => item.uri === uri, 'stats')
    const expected = lint(text, {config: onlyBrag('warn')}).stats
    expect(stats).toEqual({uri, version: 1, findings: 1, words: expected.words, score: expected.score})
  })

  it('counts a leading BOM in positions, and keeps CRLF lines apart', async () => {
    const bom = await open(path.join(folderA, 'bom.md'), '\uFEFFYou get world-class support.\n')
    expect((await client.diagnosticsFor(bom, 1)).diagnostics.map((item) => item.range)).toEqual([range(0, 9, 20)])
    const crlf = await open(path.join(folderA, 'crlf.md'), 'Intro.\r\n\r\nYou get world-class support.\r\n')
    expect((await client.diagnosticsFor(crlf, 1)).diagnostics.map((item) => item.range)).toEqual([range(2, 8, 19)])
  })

  it('maps language ids to formats, and falls back to the extension', async () => {
    const html = await open(path.join(folderA, 'page.html'), '<p>You get world-class support.</p>\n', 'html')
    expect((await client.diagnosticsFor(html, 1)).diagnostics.map((item) => [item.code, item.range])).toEqual([['brag', range(0, 11, 22)]])
    // In HTML, a comment is not prose; read as plain text, it is.
    const text = await open(path.join(folderA, 'notes.txt'), '<!-- You get world-class support. -->\n', 'plaintext')
    expect((await client.diagnosticsFor(text, 1)).diagnostics.map((item) => item.range)).toEqual([range(0, 13, 24)])
    const byExtension = await open(path.join(folderA, 'other.mdx'), 'You get world-class support.\n', 'some-editor-mdx')
    expect((await client.diagnosticsFor(byExtension, 1)).diagnostics).toHaveLength(1)
    const code = await open(path.join(folderA, 'app.js'), '// You get world-class support.\n', 'javascript')
    expect((await client.diagnosticsFor(code, 1)).diagnostics).toEqual([])
  })

  it('uses the config of each workspace folder; an untitled document uses the first folder', async () => {
    const text = 'You get world-class support.\n'
    const inB = await open(path.join(folderB, 'page.md'), text)
    expect((await client.diagnosticsFor(inB, 1)).diagnostics.map((item) => item.severity)).toEqual([1])
    const untitled = await open('untitled:Untitled-1', text)
    expect((await client.diagnosticsFor(untitled, 1)).diagnostics.map((item) => [item.severity, item.range])).toEqual([[2, range(0, 8, 19)]])
  })

  it('offers the safe fix as the preferred quick fix, and suggestions as other quick fixes', async () => {
    const text = 'You get world-class support.\nWe are the leading provider of cloud accounting software.\n'
    const uri = await open(path.join(folderA, 'actions.md'), text)
    const {diagnostics} = await client.diagnosticsFor(uri, 1)
    expect(diagnostics.map((item) => item.range)).toEqual([range(0, 8, 19), range(1, 11, 27)])

    const fixes = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri},
      range: range(0, 10, 10),
      context: {diagnostics: [diagnostics[0]], only: ['quickfix']}
    })) as CodeAction[]
    expect(fixes).toEqual([
      {
        title: 'Remove “world-class”',
        kind: 'quickfix',
        diagnostics: [diagnostics[0]],
        isPreferred: true,
        edit: {documentChanges: [{textDocument: {uri, version: 1}, edits: [{range: range(0, 8, 20), newText: ''}]}]}
      }
    ])
    expect(applyAction(text, fixes[0]!).split('\n')[0]).toBe('You get support.')

    const suggestions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri},
      range: range(1, 12, 12),
      context: {diagnostics: [diagnostics[1]], only: ['quickfix']}
    })) as CodeAction[]
    expect(suggestions).toEqual([
      {
        title: 'Replace “leading provider” with “provider”',
        kind: 'quickfix',
        diagnostics: [diagnostics[1]],
        edit: {documentChanges: [{textDocument: {uri, version: 1}, edits: [{range: range(1, 11, 27), newText: 'provider'}]}]}
      }
    ])
  })

  it('fixes every safe problem with source.fixAll.youfirst', async () => {
    const text = '🚀 You get world-class support. Your team gets award-winning help.\n\nWe are the leading provider of payroll.\n'
    const uri = await open(path.join(folderA, 'fix-all.md'), text)
    await client.diagnosticsFor(uri, 1)
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri},
      range: range(0, 0, 0),
      context: {diagnostics: [], only: ['source.fixAll.youfirst']}
    })) as CodeAction[]
    expect(actions.map((action) => [action.title, action.kind])).toEqual([['Fix all auto-fixable youfirst problems', 'source.fixAll.youfirst']])
    const fixed = applyAction(text, actions[0]!)
    expect(fixed).toBe('🚀 You get support. Your team gets help.\n\nWe are the leading provider of payroll.\n')
    expect(fixed).toBe(fixText(text, {config: onlyBrag('warn'), filePath: path.join(folderA, 'fix-all.md')}).output)
    // Only the changed span is replaced, so the editor keeps the rest (and the cursor) in place.
    const edit = (actions[0]!.edit!.documentChanges![0] as TextDocumentEdit).edits[0]!
    expect(edit.range).toEqual(range(0, 11, 60))

    // "Source Action…" asks for all source actions; a clean document has nothing to fix.
    const clean = await open(path.join(folderA, 'clean.md'), 'You get help within an hour.\n')
    await client.diagnosticsFor(clean, 1)
    expect(await client.connection.sendRequest('textDocument/codeAction', {textDocument: {uri: clean}, range: range(0, 0, 0), context: {diagnostics: [], only: ['source']}})).toEqual([])
  })

  it('lints again on change, and publishes only the newest of rapid changes', async () => {
    const uri = await open(path.join(folderA, 'typing.md'), 'You get world-class support.\n')
    expect((await client.diagnosticsFor(uri, 1)).diagnostics).toHaveLength(1)
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: {uri, version: 2},
      contentChanges: [{range: range(0, 8, 20), text: ''}]
    })
    expect((await client.diagnosticsFor(uri, 2)).diagnostics).toEqual([])

    const words = ['world-class', 'award-winning', 'industry-leading', 'cutting-edge']
    client.notifyAtOnce(
      words.map((word, index) => ({
        method: 'textDocument/didChange',
        params: {textDocument: {uri, version: 3 + index}, contentChanges: [{text: `${'Intro.\n\n'.repeat(index)}You get ${word} support.\n`}]}
      }))
    )
    const newest = await client.diagnosticsFor(uri, 6)
    expect(newest.diagnostics.map((item) => item.range)).toEqual([range(6, 8, 20)])
    // A request after the newest publish: anything the server still had to send has arrived.
    await client.connection.sendRequest('textDocument/codeAction', {textDocument: {uri}, range: range(0, 0, 0), context: {diagnostics: []}})
    const versions = client.received.diagnostics.filter((item) => item.uri === uri).map((item) => item.version)
    expect(versions).toEqual([1, 2, 6])
  })

  it('reloads configuration when a config file changes, and reports a bad config in one line', async () => {
    const file = path.join(folderA, 'reload.md')
    const uri = await open(file, 'You get world-class support.\n')
    expect((await client.diagnosticsFor(uri, 1)).diagnostics.map((item) => item.severity)).toEqual([2])

    const rc = path.join(folderA, '.youfirstrc.json')
    const changed = async () => client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: uriOf(rc), type: 2}]})
    fs.writeFileSync(rc, json(onlyBrag('error')))
    let from = client.mark()
    await changed()
    expect((await client.diagnosticsFor(uri, 1, () => true, from)).diagnostics.map((item) => item.severity)).toEqual([1])

    fs.writeFileSync(rc, '{"rules": {"brag": "loud"}}')
    from = client.mark()
    await changed()
    const bad = await client.diagnosticsFor(uri, 1, () => true, from)
    const problem = `${rc}: rules.brag: expected "off", "warn", "error", or ["off" | "warn" | "error", {options}]`
    expect(bad.diagnostics).toEqual([
      {
        range: range(0, 0, 0),
        severity: 1,
        code: 'config-error',
        codeDescription: {href: 'https://github.com/youfirst-lint/youfirst#configuration'},
        source: 'youfirst',
        message: problem
      }
    ])
    const shown = await client.waitFor(client.received.messages, (item) => item.message.includes(rc), 'a message about the config')
    expect(shown).toEqual({type: 1, message: `youfirst: ${problem}`})

    fs.writeFileSync(rc, json(onlyBrag('warn')))
    from = client.mark()
    await changed()
    expect((await client.diagnosticsFor(uri, 1, () => true, from)).diagnostics.map((item) => item.severity)).toEqual([2])
  })

  it('answers an unknown request with MethodNotFound, survives a malformed message, and keeps working', async () => {
    await expect(client.connection.sendRequest('youfirst/noSuchMethod', {})).rejects.toMatchObject({code: -32601})
    await client.connection.sendNotification('youfirst/noSuchNotification', {})
    // A request whose parameters are missing gets an answer, not a crash.
    expect(await client.connection.sendRequest('textDocument/codeAction', {})).toEqual([])
    // A message whose body is not JSON.
    const body = '{"jsonrpc": "2.0", "method": '
    client.child.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`)
    const uri = await open(path.join(folderA, 'after-malformed.md'), 'You get world-class support.\n')
    expect((await client.diagnosticsFor(uri, 1)).diagnostics).toHaveLength(1)
  })

  it('survives a 2 MB document: it says why it is not linted, and other documents still lint', async () => {
    const big = 'We are the leading provider of world-class payroll software for growing teams.\n\n'.repeat(25_000)
    expect(big.length).toBeGreaterThanOrEqual(2_000_000)
    const uri = await open(path.join(folderA, 'huge.md'), big)
    const {diagnostics} = await client.diagnosticsFor(uri, 1)
    expect(diagnostics).toEqual([
      {
        range: range(0, 0, 0),
        severity: 3,
        code: 'document-too-large',
        source: 'youfirst',
        message: `Not linted: the document has ${big.length.toLocaleString('en-US')} characters, more than the 1,000,000 of maxDocumentSize`
      }
    ])
    expect(await client.connection.sendRequest('textDocument/codeAction', {textDocument: {uri}, range: range(0, 0, 0), context: {diagnostics: []}})).toEqual([])
    const small = await open(path.join(folderA, 'small.md'), 'You get world-class support.\n')
    expect((await client.diagnosticsFor(small, 1)).diagnostics).toHaveLength(1)
  })

  it('clears diagnostics when a document closes', async () => {
    const uri = await open(path.join(folderA, 'closing.md'), 'You get world-class support.\n')
    await client.diagnosticsFor(uri, 1)
    await client.connection.sendNotification('textDocument/didClose', {textDocument: {uri}})
    await client.waitFor(client.received.diagnostics, (item) => item.uri === uri && item.version === undefined && item.diagnostics.length === 0, 'cleared diagnostics')
  })

  it('shuts down and exits with code 0', async () => {
    expect(docsOpened).toBeGreaterThan(10)
    expect(await client.stop()).toBe(0)
  })
})

describe('language server options', () => {
  it('takes debounce, maxDocumentSize, configPath and worker from initializationOptions', async () => {
    const folder = tempTree({'config/strict.json': json(onlyBrag('error')), '.youfirstrc.json': json(onlyBrag('warn'))})
    const client = LspClient.start(serverScript, [])
    try {
      await client.initialize({
        rootUri: uriOf(folder),
        initializationOptions: {debounce: 0, maxDocumentSize: 10, configPath: 'config/strict.json', worker: false}
      })
      const uri = uriOf(path.join(folder, 'a.md'))
      await client.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text: 'Our team.\n'}})
      expect((await client.diagnosticsFor(uri, 1)).diagnostics).toEqual([])
      await client.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: 2}, contentChanges: [{text: 'You get world-class support.\n'}]})
      expect((await client.diagnosticsFor(uri, 2)).diagnostics.map((item) => item.code)).toEqual(['document-too-large'])
      expect(await client.stop()).toBe(0)
    } finally {
      client.kill()
    }

    const missing = LspClient.start(serverScript, ['--stdio'])
    try {
      await missing.initialize({rootUri: uriOf(folder), initializationOptions: {configPath: 'nope.json'}})
      const uri = uriOf(path.join(folder, 'b.md'))
      await missing.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text: 'You get world-class support.\n'}})
      expect((await missing.diagnosticsFor(uri, 1)).diagnostics.map((item) => item.message)).toEqual([`${path.join(folder, 'nope.json')}: config file not found`])
      expect(await missing.stop()).toBe(0)
    } finally {
      missing.kill()
    }
  })

  it('picks up a config file created in a workspace that had none', async () => {
    const folder = tempTree({'pages/home.md': ''})
    const client = LspClient.start(serverScript)
    try {
      await client.initialize({rootUri: uriOf(folder)})
      const file = path.join(folder, 'pages/home.md')
      const uri = uriOf(file)
      const text = 'We are the industry-leading provider of payroll software. Contact us today.\n'
      await client.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text}})
      // No config: every rule at its default, as the command line does.
      const defaults = lint(text, {filePath: file}).messages
      expect((await client.diagnosticsFor(uri, 1)).diagnostics.map((item) => item.code)).toEqual(defaults.map((finding) => finding.ruleId))

      const from = client.mark()
      fs.writeFileSync(path.join(folder, '.youfirstrc.json'), json(onlyBrag('error')))
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: uriOf(path.join(folder, '.youfirstrc.json')), type: 1}]})
      const after = await client.diagnosticsFor(uri, 1, () => true, from)
      expect(after.diagnostics.map((item) => [item.code, item.severity, item.range])).toEqual([['brag', 1, range(0, 11, 27)]])
      expect(await client.stop()).toBe(0)
    } finally {
      client.kill()
    }
  })

  it('prints its version and help', async () => {
    const {execFileSync} = await import('node:child_process')
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string; bin: Record<string, string>}
    expect(pkg.bin['youfirst-language-server']).toBe('dist/bin/language-server.js')
    expect(execFileSync(process.execPath, [serverScript, '--version'], {encoding: 'utf8'})).toBe(`${pkg.version}\n`)
    expect(execFileSync(process.execPath, [serverScript, '--help'], {encoding: 'utf8'})).toMatch(/^Usage: youfirst-language-server \[--stdio/)
  })
})

describe('conversions', () => {
  const config = resolveConfig(onlyBrag('warn'), '/')

  it('turns offsets into UTF-16 positions, after a BOM too', () => {
    for (const [prefix, character] of [['', 8], ['😀😀 ', 13], ['日本語 ', 12], ['a\u0308\u0301 ', 12]] as const) {
      for (const bom of ['', '\uFEFF']) {
        const text = `${bom}Intro.\n${prefix}You get world-class support.`
        const document = TextDocument.create('file:///a.md', 'markdown', 1, text)
        const result = lint(text, {resolved: config})
        const diagnostic: Diagnostic = toDiagnostic(document, result.messages[0]!, bomShift(text))
        expect(diagnostic.range).toEqual(range(1, character, character + 11))
        expect(document.getText(diagnostic.range)).toBe('world-class')
      }
    }
  })

  it('finds the smallest edit, keeping surrogate pairs whole', () => {
    expect(minimalEdit('abc', 'abc')).toBeUndefined()
    expect(minimalEdit('You get world-class support.', 'You get support.')).toEqual({range: [8, 20], text: ''})
    expect(minimalEdit('aaa', 'aa')).toEqual({range: [2, 3], text: ''})
    // 😀 (D83D DE00) and 😁 (D83D DE01) share their first code unit; 🙂 (D83D DE42) and 😂 (D83D DE02) their... none.
    expect(minimalEdit('x😀y', 'x😁y')).toEqual({range: [1, 3], text: '😁'})
    expect(minimalEdit('x\uD83D\uDE00', 'x\uD83C\uDE00')).toEqual({range: [1, 3], text: '\uD83C\uDE00'})
  })

  it('maps language ids to formats', () => {
    expect(formatOf('markdown', undefined)).toBe('markdown')
    expect(formatOf('mdx', undefined)).toBe('mdx')
    expect(formatOf('html', undefined)).toBe('html')
    expect(formatOf('plaintext', undefined)).toBe('text')
    expect(formatOf('unknown', '/a/page.htm')).toBe('html')
    expect(formatOf('javascript', '/a/app.js')).toBeUndefined()
  })
})

describe('document configs', () => {
  it('knows config files, and the workspace folder of a file', () => {
    const configs = new DocumentConfigs('config/strict.yaml')
    configs.setFolders(['/work/site', '/work/site/docs', '/work/app'])
    for (const name of ['package.json', '.youfirstrc', '.youfirstrc.json', '.youfirstrc.yaml', '.youfirstrc.yml', 'strict.yaml']) {
      expect(configs.isConfigFile(`/work/site/sub/${name}`)).toBe(true)
    }
    expect(configs.isConfigFile('/work/site/notes.md')).toBe(false)
    expect(configs.isConfigFile('/work/site/tsconfig.json')).toBe(false)
    expect(configs.folderOf('/work/site/docs/a.md')).toBe('/work/site/docs')
    expect(configs.folderOf('/work/site/a.md')).toBe('/work/site')
    expect(configs.folderOf('/work/site-other/a.md')).toBeUndefined()
    expect(configs.folderOf(undefined)).toBe('/work/site')
  })
})

describe('job runner', () => {
  const resolved = resolveConfig(onlyBrag('warn'), '/')
  const job = (text: string) => ({kind: 'lint' as const, text, format: 'markdown' as const, resolved})

  it('runs jobs in a worker, dropping a superseded job of the same key', async () => {
    const runner = new WorkerRunner({file: workerScript, restartAfter: 0})
    try {
      const first = runner.run('lint:a', job('You get world-class support.'))
      const other = runner.run('lint:b', job('You get award-winning help.'))
      const second = runner.run('lint:a', job('Intro.\n\nYou get world-class support.'))
      expect(await first).toEqual({status: 'cancelled'})
      const done = await second
      expect(done.status === 'done' && done.output.kind === 'lint' && done.output.result.messages.map((item) => item.line)).toEqual([3])
      const b = await other
      expect(b.status === 'done' && b.output.kind === 'lint' && b.output.result.messages.map((item) => item.actual)).toEqual(['award-winning'])
      const fixed = await runner.run('fix:a', {...job('You get world-class support.'), kind: 'fix'})
      expect(fixed).toEqual({status: 'done', output: {kind: 'fix', output: 'You get support.', changed: true, fixed: 1}})
    } finally {
      await runner.dispose()
    }
  })

  it('lints in process when the worker cannot start', async () => {
    const problems: string[] = []
    const runner = new WorkerRunner({file: path.join(root, 'dist/src/lsp/no-such-worker.js'), onUnavailable: (error) => problems.push(error.message), log: () => {}})
    try {
      const outcome = await runner.run('lint:a', job('You get world-class support.'))
      expect(outcome.status === 'done' && outcome.output.kind === 'lint' && outcome.output.result.messages.length).toBe(1)
      expect(problems).toHaveLength(1)
    } finally {
      await runner.dispose()
    }
  })

  it('in process, also drops a superseded job', async () => {
    const runner = new InlineRunner()
    const first = runner.run('lint:a', job('You get world-class support.'))
    const second = runner.run('lint:a', job('You get award-winning help.'))
    expect(await first).toEqual({status: 'cancelled'})
    expect((await second).status).toBe('done')
  })
})
