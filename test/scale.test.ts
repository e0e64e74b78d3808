/**
 * Worker threads, the cache and shards: correctness, not speed (speed lives in bench/).
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {LintCache, fingerprint} from '../src/cli/cache.js'
import {resolveConfig} from '../src/config/resolve.js'
import type {FileResult} from '../src/types.js'
import {cli, tempTree} from './helpers/cli.js'

const root = path.resolve(import.meta.dirname, '..')

/** A small site: the bundled examples and the evaluation pages, several times over. */
function site(copies = 2): string {
  const files: Record<string, string> = {}
  const add = (dir: string, prefix: string) => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true, recursive: true})) {
      if (!entry.isFile() || !/\.(?:md|mdx|html|txt)$/.test(entry.name)) continue
      const full = path.join(entry.parentPath, entry.name)
      for (let copy = 0; copy < copies; copy++) files[`${prefix}${copy}/${path.relative(dir, full)}`] = fs.readFileSync(full, 'utf8')
    }
  }
  add(path.join(root, 'examples'), 'examples')
  add(path.join(root, 'fixtures', 'eval', 'pages'), 'pages')
  return tempTree(files)
}

function findings(stdout: string, cwd: string): string[] {
  return (JSON.parse(stdout) as FileResult[]).flatMap((result) =>
    result.messages.map((m) => `${path.relative(cwd, result.filePath)}:${m.line}:${m.column} ${m.ruleId} ${m.actual}`)
  )
}

describe('--jobs', () => {
  it('finds the same with 1 and 2 worker threads (built CLI)', () => {
    const cwd = site()
    const bin = path.join(root, 'dist', 'bin', 'youfirst.js')
    // The site's JSON is several MB: room for all of it, and a clear failure if it ever outgrows that.
    const options = {cwd, encoding: 'utf8' as const, maxBuffer: 1 << 28}
    const one = spawnSync(process.execPath, [bin, '--jobs', '1', '--format', 'json'], options)
    const two = spawnSync(process.execPath, [bin, '--jobs', '2', '--format', 'json'], options)
    expect(one.error).toBeUndefined()
    expect(two.error).toBeUndefined()
    expect(one.stderr).toBe('')
    expect(two.stderr).toBe('')
    expect(findings(one.stdout, cwd).length).toBeGreaterThan(20)
    expect(two.stdout).toBe(one.stdout)
    const three = spawnSync(process.execPath, [bin, '--jobs', '3', '--format', 'json'], options)
    expect(three.stdout).toBe(one.stdout)
    // The bundled command (dist/bin) and the unbundled modules it is built from agree.
    const modules = spawnSync(process.execPath, [path.join(root, 'dist', 'src', 'cli', 'bin.js'), '--jobs', '2', '--format', 'json'], options)
    expect(modules.stdout).toBe(one.stdout)
  }, 120_000)

  it('rejects a bad --jobs', async () => {
    expect((await cli(['--jobs', '0'], {cwd: tempTree({})})).code).toBe(2)
  })
})

describe('--cache', () => {
  it('reuses results for unchanged files, and never serves a stale one', async () => {
    const cwd = tempTree({'a.md': 'You get world-class support.\n', 'b.md': 'Our award-winning team.\n', '.youfirstrc.json': '{}'})
    const cacheFile = path.join(cwd, '.youfirstcache')
    const first = await cli(['--cache', '--format', 'json'], {cwd})
    expect(fs.existsSync(cacheFile)).toBe(true)

    // Mark the cached results, so a result served from the cache can be told apart.
    const tamper = () => {
      const data = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as {entries: Record<string, {result: FileResult}>}
      for (const entry of Object.values(data.entries)) for (const message of entry.result.messages) message.message = 'FROM CACHE'
      fs.writeFileSync(cacheFile, JSON.stringify(data))
    }
    tamper()
    const second = await cli(['--cache', '--format', 'json'], {cwd})
    expect(second.stdout).toContain('FROM CACHE')
    expect(second.stdout.replaceAll('FROM CACHE', '')).not.toBe(first.stdout.replaceAll('FROM CACHE', ''))

    // Editing a file re-lints that file only.
    fs.writeFileSync(path.join(cwd, 'a.md'), 'You get world-class support, truly.\n')
    const edited = JSON.parse((await cli(['--cache', '--format', 'json'], {cwd})).stdout) as FileResult[]
    expect(edited.find((r) => r.filePath.endsWith('a.md'))!.messages.some((m) => m.message === 'FROM CACHE')).toBe(false)
    expect(edited.find((r) => r.filePath.endsWith('b.md'))!.messages.some((m) => m.message === 'FROM CACHE')).toBe(true)

    // Changing the config re-lints everything.
    tamper()
    fs.writeFileSync(path.join(cwd, '.youfirstrc.json'), '{"brands": ["Acme"]}')
    expect((await cli(['--cache', '--format', 'json'], {cwd})).stdout).not.toContain('FROM CACHE')
  })

  it('keys results on the version and the build of youfirst', () => {
    const resolved = resolveConfig({}, '/')
    const buffer = Buffer.from('text')
    expect(LintCache.key(buffer, resolved, fingerprint('1.0.0'))).not.toBe(LintCache.key(buffer, resolved, fingerprint('1.0.1')))
    expect(LintCache.key(buffer, resolved)).toBe(LintCache.key(Buffer.from('text'), resolveConfig({}, '/')))
  })

  it('a new version of the installed command invalidates the cache', () => {
    // A copy of the built package whose version we can change.
    const copy = tempTree({})
    fs.cpSync(path.join(root, 'dist'), path.join(copy, 'dist'), {recursive: true})
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string}
    fs.writeFileSync(path.join(copy, 'package.json'), JSON.stringify({...pkg, version: '1.0.0'}))
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'))
    const cwd = tempTree({'a.md': 'You get world-class support.\n'})
    const run = () => spawnSync(process.execPath, [path.join(copy, 'dist/bin/youfirst.js'), '--cache', '--format', 'json'], {cwd, encoding: 'utf8'})
    run()
    const key = () => Object.values((JSON.parse(fs.readFileSync(path.join(cwd, '.youfirstcache'), 'utf8')) as {entries: Record<string, {key: string}>}).entries)[0]!.key
    const before = key()
    run()
    expect(key()).toBe(before)
    fs.writeFileSync(path.join(copy, 'package.json'), JSON.stringify({...pkg, version: '1.0.1'}))
    run()
    expect(key()).not.toBe(before)
  }, 60_000)

  it('ignores and rebuilds a corrupt cache, and honours --cache-location', async () => {
    const cwd = tempTree({'a.md': 'You get world-class support.\n', 'cache/yf.json': '{"format": 1, "entries": {"x": '})
    const {code, stdout, stderr} = await cli(['--cache', '--cache-location', 'cache/yf.json', '--format', 'json'], {cwd})
    expect([code, stderr]).toEqual([0, ''])
    expect(findings(stdout, cwd)).toEqual(['a.md:1:9 brag world-class'])
    expect(Object.keys((JSON.parse(fs.readFileSync(path.join(cwd, 'cache/yf.json'), 'utf8')) as {entries: object}).entries)).toEqual([path.join(cwd, 'a.md')])
  })
})

describe('--shard', () => {
  it('puts every file in exactly one shard', async () => {
    const cwd = site(3)
    const all = (JSON.parse((await cli(['--format', 'json', '--jobs', '1'], {cwd})).stdout) as FileResult[]).map((r) => r.filePath)
    const shards: string[][] = []
    for (let index = 1; index <= 3; index++) {
      shards.push((JSON.parse((await cli(['--shard', `${index}/3`, '--format', 'json', '--jobs', '1'], {cwd})).stdout) as FileResult[]).map((r) => r.filePath))
    }
    expect(shards.every((shard) => shard.length > 0)).toBe(true)
    expect(shards.flat().sort()).toEqual(all)
  }, 60_000)

  it('rejects a malformed shard', async () => {
    for (const value of ['0/2', '3/2', 'a/b', '1']) {
      const {code, stderr} = await cli(['--shard', value], {cwd: tempTree({'a.md': 'x'})})
      expect(code).toBe(2)
      expect(stderr).toContain('--shard expects i/n')
    }
  })
})
