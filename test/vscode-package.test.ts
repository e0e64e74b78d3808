/**
 * The VS Code extension package: `npm run package:vscode` builds a .vsix whose manifest is
 * right and whose bundled language server runs on its own, with no node_modules, and
 * reports what youfirst reports.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {URI} from 'vscode-uri'
import yauzl from 'yauzl'
import {lint} from '../src/engine/lint.js'
import {LspClient} from './helpers/lsp.js'

const root = path.resolve(import.meta.dirname, '..')

/** Every file of a zip archive, by name (yauzl: a strict, streaming unzip library). */
function readZip(file: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, {lazyEntries: true}, (error, zip) => {
      if (error) return reject(error)
      const files = new Map<string, Buffer>()
      zip.on('error', reject)
      zip.on('end', () => resolve(files))
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry()
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError)
          const chunks: Buffer[] = []
          stream.on('data', (chunk: Buffer) => chunks.push(chunk))
          stream.on('error', reject)
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks))
            zip.readEntry()
          })
        })
      })
      zip.readEntry()
    })
  })
}

interface Manifest {
  name: string
  publisher: string
  main: string
  engines: {vscode: string}
  activationEvents: string[]
  contributes: {configuration: {properties: Record<string, {type: string; default: unknown; items?: {type: string}}>}}
}

describe('npm run package:vscode', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'youfirst-vsix-'))
  const vsix = path.join(dir, 'youfirst.vsix')
  let files: Map<string, Buffer>

  beforeAll(async () => {
    const result = spawnSync('npm', ['run', 'package:vscode', '--', '--out', vsix], {cwd: root, encoding: 'utf8', timeout: 240_000})
    if (result.status !== 0) throw new Error(`packaging failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`)
    files = await readZip(vsix)
  }, 300_000)

  afterAll(() => fs.rmSync(dir, {recursive: true, force: true}))

  it('contains the manifest, the client and the server, and no node_modules or sources', () => {
    const names = [...files.keys()]
    for (const name of ['extension/package.json', 'extension/out/extension.js', 'extension/out/server.js', 'extension/readme.md', 'extension/LICENSE.txt']) {
      expect(names).toContain(name)
    }
    expect(names.filter((name) => /node_modules|\.ts$|\.vsix$|tsconfig/.test(name))).toEqual([])
    expect(files.get('extension/out/extension.js')!.toString('utf8')).toContain('require("vscode")')
  })

  it('has the manifest VS Code needs: activation on each language, and the settings', () => {
    const manifest = JSON.parse(files.get('extension/package.json')!.toString('utf8')) as Manifest
    expect(manifest.name).toBe('youfirst-vscode')
    expect(manifest.publisher).toBe('youfirst')
    expect(manifest.main).toBe('./out/extension.js')
    expect(manifest.engines.vscode).toMatch(/^\^1\.\d+\.\d+$/)
    expect(manifest.activationEvents).toEqual(['onLanguage:markdown', 'onLanguage:mdx', 'onLanguage:html', 'onLanguage:plaintext'])
    const settings = manifest.contributes.configuration.properties
    expect(Object.keys(settings).sort()).toEqual(['youfirst.configPath', 'youfirst.enable', 'youfirst.languages'])
    expect(settings['youfirst.enable']).toMatchObject({type: 'boolean', default: true})
    expect(settings['youfirst.configPath']).toMatchObject({type: 'string', default: ''})
    expect(settings['youfirst.languages']).toMatchObject({type: 'array', items: {type: 'string'}, default: ['markdown', 'mdx', 'html', 'plaintext']})
  })

  it('ships a server that runs on its own and reports what youfirst reports', async () => {
    const unpacked = path.join(dir, 'unpacked')
    const server = path.join(unpacked, 'server.js')
    fs.mkdirSync(unpacked)
    fs.writeFileSync(server, files.get('extension/out/server.js')!)
    const workspace = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'youfirst-ws-')))

    const client = LspClient.start(server, ['--stdio'], unpacked)
    try {
      const initialized = await client.initialize({workspaceFolders: [{uri: URI.file(workspace).toString(), name: 'site'}]})
      const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string}
      expect(initialized.serverInfo).toEqual({name: 'youfirst', version: pkg.version})
      // Every rule at its defaults; sentences whose subject is the company need the part-of-speech tagger.
      const text = '# About us\n\nWe offer world-class payroll software. Our platform features automatic tax filing.\n\nContact us today.\n'
      const file = path.join(workspace, 'about.md')
      const uri = URI.file(file).toString()
      await client.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text}})
      const {diagnostics} = await client.diagnosticsFor(uri, 1)
      const expected = lint(text, {filePath: file}).messages
      expect(expected.length).toBeGreaterThan(1)
      expect(diagnostics.map((item) => [item.code, item.range.start.line + 1, item.range.start.character + 1, item.message])).toEqual(
        expected.map((finding) => [finding.ruleId, finding.line, finding.column, finding.message])
      )
      // It linted in its worker thread, from the same file.
      expect(client.received.logs.filter((item) => item.message.includes('worker'))).toEqual([])
      expect(await client.stop()).toBe(0)
    } finally {
      client.kill()
      fs.rmSync(workspace, {recursive: true, force: true})
    }
  })
})
