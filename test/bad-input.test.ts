/**
 * Bad files and environments, through the built CLI and the read layer: each gets one line
 * naming the file, exit code 2 where the run cannot complete, and every other file is
 * still linted; no stack traces. Permission cases run the CLI as an unprivileged user
 * when the tests run as root (root reads everything).
 */
import {spawnSync, type SpawnSyncOptions} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {discover} from '../src/cli/files.js'
import {readSource} from '../src/cli/read.js'
import type {FileResult} from '../src/types.js'
import {cli, tempTree} from './helpers/cli.js'

const root = path.resolve(import.meta.dirname, '..')
const bin = path.join(root, 'dist', 'src', 'cli', 'bin.js')
const brag = 'You get world-class support.\n'
const asRoot = process.getuid?.() === 0
/** As root, run as "nobody", for whom permissions hold. */
const unprivileged: SpawnSyncOptions = asRoot ? {uid: 65534, gid: 65534} : {}

function youfirst(args: string[], cwd: string, options: SpawnSyncOptions = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', ...options})
  return {code: result.status, stdout: String(result.stdout), stderr: String(result.stderr)}
}

function linted(stdout: string, cwd: string): string[] {
  return (JSON.parse(stdout) as FileResult[]).map((result) => path.relative(cwd, result.filePath))
}

/** A temporary tree that an unprivileged user may enter. */
function openTree(files: Record<string, string | Buffer>): string {
  const cwd = tempTree(files)
  fs.chmodSync(cwd, 0o755)
  for (const entry of fs.readdirSync(cwd, {recursive: true, withFileTypes: true})) {
    const full = path.join(entry.parentPath, entry.name)
    if (entry.isDirectory()) fs.chmodSync(full, 0o755)
    else if (entry.isFile()) fs.chmodSync(full, 0o644)
  }
  return cwd
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('bad files, all in one run of the built CLI', () => {
  it('reports each with one line naming it, exits 2, and lints every other file', () => {
    expect(fs.existsSync(bin), 'run `npm run build` first').toBe(true)
    const cwd = openTree({
      'good.md': brag,
      'binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'latin1.md': Buffer.from('Caf\xe9 world-class\n', 'latin1'),
      'empty.md': '',
      'front-matter.md': '---\ntitle: Hello\n---\n',
      'with space é/pâge 1 ✓.md': 'Our world-class team.\n',
      'deep/locked/inside.md': brag,
      'unreadable.md': brag,
      'z-last.html': `<p>${brag}</p>`
    })
    fs.chmodSync(path.join(cwd, 'unreadable.md'), 0o000)
    fs.chmodSync(path.join(cwd, 'deep', 'locked'), 0o000)
    fs.symlinkSync('nowhere.md', path.join(cwd, 'broken.md'))
    fs.symlinkSync('loop-b.md', path.join(cwd, 'loop-a.md'))
    fs.symlinkSync('loop-a.md', path.join(cwd, 'loop-b.md'))
    fs.symlinkSync('..', path.join(cwd, 'deep', 'up'))

    const run = youfirst(['.', 'broken.md', 'loop-a.md', '--format', 'json'], cwd, unprivileged)
    expect(run.stderr.split('\n').filter(Boolean).sort()).toEqual([
      'youfirst: error: broken.md: broken symbolic link',
      'youfirst: error: deep/locked: permission denied',
      'youfirst: error: latin1.md: not valid UTF-8 text (first bad byte at offset 3); convert it to UTF-8 to lint it',
      'youfirst: error: loop-a.md: symbolic link loop',
      'youfirst: error: unreadable.md: permission denied',
      'youfirst: warning: binary.md: skipped: binary file'
    ])
    expect(run.stderr).not.toMatch(/^\s+at /m)
    expect(run.code).toBe(2)
    // Symbolic links inside a searched folder are not followed, so the loop and the link up are not searched.
    expect(linted(run.stdout, cwd)).toEqual(['empty.md', 'front-matter.md', 'good.md', 'with space é/pâge 1 ✓.md', 'z-last.html'])
    const results = JSON.parse(run.stdout) as FileResult[]
    const flagged = (name: string) => results.find((result) => result.filePath === path.join(cwd, name))!.messages.filter((m) => m.ruleId === 'brag').map((m) => m.actual)
    expect(['empty.md', 'front-matter.md'].map(flagged)).toEqual([[], []])
    expect(['good.md', 'with space é/pâge 1 ✓.md', 'z-last.html'].map(flagged)).toEqual([['world-class'], ['world-class'], ['world-class']])
  })

  it('the stylish report names paths with spaces and Unicode', () => {
    const cwd = openTree({'my pages/café ✓.md': brag})
    const run = youfirst([], cwd)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('my pages/café ✓.md')
  })
})

describe('the read layer maps every failure to one line', () => {
  it.each([
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['ENOENT', 'file disappeared before it could be read'],
    ['EISDIR', 'is a folder'],
    ['ELOOP', 'symbolic link loop'],
    ['EIO', 'cannot read (EIO)']
  ])('%s: %s', (code, problem) => {
    vi.spyOn(fs, 'readFileSync').mockImplementation(() => {
      throw Object.assign(new Error(`${code}: simulated`), {code})
    })
    expect(readSource('/any/file.md')).toEqual({ok: false, level: 'error', problem})
  })

  it('a file removed between discovery and reading', async () => {
    const cwd = tempTree({'a.md': brag, 'b.md': brag})
    const found = await discover([], cwd)
    expect(found.files).toEqual([path.join(cwd, 'a.md'), path.join(cwd, 'b.md')])
    fs.rmSync(path.join(cwd, 'b.md'))
    expect(readSource(found.files[1]!)).toEqual({ok: false, level: 'error', problem: 'file disappeared before it could be read'})
  })
})

describe('files deleted or changed during the run', () => {
  it('a file deleted after discovery is reported; the others are linted', async () => {
    const cwd = tempTree({'a.md': brag, 'b.md': brag, 'c.md': brag})
    const real = fs.readFileSync
    // When the CLI reads a.md, b.md is deleted: after discovery, before b.md is read.
    vi.spyOn(fs, 'readFileSync').mockImplementation(((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
      if (String(file) === path.join(cwd, 'a.md') && fs.existsSync(path.join(cwd, 'b.md'))) fs.rmSync(path.join(cwd, 'b.md'))
      return (real as (...args: unknown[]) => unknown)(file, ...rest)
    }) as typeof fs.readFileSync)
    const {code, stdout, stderr} = await cli(['--format', 'json'], {cwd})
    expect(stderr).toBe('youfirst: error: b.md: file disappeared before it could be read\n')
    expect(code).toBe(2)
    expect(linted(stdout, cwd)).toEqual(['a.md', 'c.md'])
  })

  it('--fix does not write a file changed or deleted while it was linted', async () => {
    const cwd = tempTree({'changed.md': brag, 'deleted.md': brag, 'fine.md': brag})
    const real = fs.readFileSync
    const seen = new Set<string>()
    // The first read of each file is the lint's; someone edits or deletes the file just after.
    vi.spyOn(fs, 'readFileSync').mockImplementation(((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
      const result = (real as (...args: unknown[]) => unknown)(file, ...rest)
      const name = String(file)
      if (!seen.has(name)) {
        seen.add(name)
        if (name === path.join(cwd, 'changed.md')) fs.writeFileSync(name, 'Someone else’s edit.\n')
        if (name === path.join(cwd, 'deleted.md')) fs.rmSync(name)
      }
      return result
    }) as typeof fs.readFileSync)
    const {code, stderr} = await cli(['--fix'], {cwd})
    expect(stderr.split('\n').filter(Boolean).sort()).toEqual([
      'youfirst: error: changed.md: not fixed: the file changed on disk while it was being linted',
      'youfirst: error: deleted.md: not fixed: the file disappeared while it was being linted'
    ])
    expect(code).toBe(2)
    expect(fs.readFileSync(path.join(cwd, 'changed.md'), 'utf8')).toBe('Someone else’s edit.\n')
    expect(fs.existsSync(path.join(cwd, 'deleted.md'))).toBe(false)
    expect(fs.readFileSync(path.join(cwd, 'fine.md'), 'utf8')).toBe('You get support.\n')
  })
})

describe('bad configuration through the built CLI', () => {
  it.each([
    ['.youfirstrc.json', '{"rules": {"brag": "warn",}}', /^youfirst: \S+\.youfirstrc\.json: invalid JSON at line 1, column 27/],
    ['.youfirstrc.yaml', 'rules: [\n', /^youfirst: \S+\.youfirstrc\.yaml: invalid YAML/],
    ['.youfirstrc.yaml', 'brands: 42\n', /^youfirst: \S+\.youfirstrc\.yaml: brands: expected array$/],
    ['.youfirstrc.yaml', 'rules:\n  nope: warn\n', /^youfirst: \S+\.youfirstrc\.yaml: rules: unknown rule “nope”$/],
    ['package.json', '{"name": "x", "youfirst": "loud"}', /^youfirst: \S+package\.json: /]
  ])('%s %j: one line, exit 2, other folders still linted, no stack trace', (name, content, message) => {
    const cwd = openTree({[`bad/${name}`]: content, 'bad/a.md': brag, 'good/b.md': brag})
    const run = youfirst(['--format', 'json'], cwd)
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr.trim()).toMatch(message)
    expect(run.stderr).toContain(path.join(cwd, 'bad', name))
    expect(run.stderr).not.toMatch(/^\s+at /m)
    expect(linted(run.stdout, cwd)).toEqual(['good/b.md'])
  })
})
