/**
 * Language-server re-lint latency: the time from a `textDocument/didChange` to the
 * `publishDiagnostics` for that version, for a 5 KB and a 50 KB Markdown document made of
 * real copy, with the debounce set to 0 (an editor adds its debounce, 150 ms by default, on
 * top). Runs the built server (dist/bin/language-server.js) through a real LSP client.
 *
 *   tsx bench/lsp.ts [--edits 100]      # prints a Markdown section; bench/run.ts includes it
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {LspClient} from '../test/helpers/lsp.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const corpus = path.resolve(root, '..', 'shared', 'corpus', 'real')

/** Real Markdown copy of about `bytes` bytes: whole corpus files, in sorted order, then cut at a paragraph. */
function document(bytes: number): string {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name.endsWith('.md')) files.push(full)
    }
  }
  walk(corpus)
  let text = ''
  for (let index = 0; text.length < bytes && index < files.length; index += 7) {
    text += `${fs.readFileSync(files[index]!, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')}\n\n`
  }
  const cut = text.indexOf('\n\n', bytes)
  return `${text.slice(0, cut === -1 ? bytes : cut)}\n`
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

export interface LspLatency {
  bytes: number
  edits: number
  p50: number
  p95: number
  max: number
}

export async function lspLatency(bytes: number, edits: number): Promise<LspLatency> {
  const dir = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR ?? '/tmp'), 'youfirst-lsp-bench-'))
  const file = path.join(dir, 'page.md')
  let text = document(bytes)
  fs.writeFileSync(file, text)
  const uri = pathToFileURL(file).toString()
  const client = LspClient.start(path.join(root, 'dist/bin/language-server.js'), ['--stdio'], dir)
  try {
    await client.initialize({rootUri: pathToFileURL(dir).toString(), initializationOptions: {debounce: 0}})
    await client.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text}})
    await client.diagnosticsFor(uri, 1)
    const times: number[] = []
    for (let version = 2; version < edits + 2; version++) {
      // Type a word into the middle of the document, as a writer would.
      const at = Math.floor(text.length / 2)
      const before = text.slice(0, at)
      const line = before.split('\n').length - 1
      const character = before.length - before.lastIndexOf('\n') - 1
      const insert = version % 2 ? 'we ' : 'you '
      text = before + insert + text.slice(at)
      const from = client.mark()
      const start = performance.now()
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: {uri, version},
        contentChanges: [{range: {start: {line, character}, end: {line, character}}, text: insert}]
      })
      await client.diagnosticsFor(uri, version, undefined, from)
      times.push(performance.now() - start)
    }
    return {bytes: Buffer.byteLength(text), edits, p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times)}
  } finally {
    await client.stop().catch(() => client.kill())
    fs.rmSync(dir, {recursive: true, force: true})
  }
}

export async function lspSection(edits: number): Promise<{text: string; small: LspLatency; large: LspLatency}> {
  const rows: string[] = []
  const results: LspLatency[] = []
  for (const size of [5_000, 50_000]) {
    const result = await lspLatency(size, edits)
    results.push(result)
    console.error(`language server, ${size} B: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms`)
    rows.push(`| ${(result.bytes / 1000).toFixed(0)} KB | ${result.edits} | ${result.p50.toFixed(1)} ms | ${result.p95.toFixed(1)} ms | ${result.max.toFixed(1)} ms |`)
  }
  const text = [
    '## Language server re-lint latency',
    '',
    `From \`didChange\` to the \`publishDiagnostics\` of that version, with the debounce set to 0 (editors add it, 150 ms by default). The built server, driven over stdio by a real LSP client; each edit types a word into the middle of a document of real Markdown copy.`,
    '',
    '| document | edits | p50 | p95 | max |',
    '|---|---|---|---|---|',
    ...rows
  ].join('\n')
  return {text, small: results[0]!, large: results[1]!}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').toString()) {
  const {values} = parseArgs({options: {edits: {type: 'string', default: '100'}}})
  console.log((await lspSection(Number(values.edits))).text)
}
