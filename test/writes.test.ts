/**
 * Output is written only where asked: linting, every report format and --fix-dry-run
 * write no file; --cache writes only its cache; `youfirst report` writes only --out (and
 * its JSON with --json); --fix writes only the files it fixed, leaving no temporary files.
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {cli, tempTree} from './helpers/cli.js'

const page = 'You get world-class support.\n'

/** Every file under `dir` with its content, for comparing before and after a run. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const entry of fs.readdirSync(dir, {recursive: true, withFileTypes: true})) {
    if (entry.isFile()) files[path.relative(dir, path.join(entry.parentPath, entry.name))] = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8')
  }
  return files
}

describe('youfirst writes only where asked', () => {
  it('linting, every report format and --fix-dry-run write nothing', async () => {
    const cwd = tempTree({'a.md': page, 'docs/b.html': `<p>${page}</p>`, '.youfirstrc.json': '{}'})
    const before = snapshot(cwd)
    for (const args of [[], ['--format', 'json'], ['--format', 'summary'], ['--format', 'sarif'], ['--format', 'github'], ['--fix-dry-run'], ['--stdin', '--fix'], ['--stdin', '--stdin-filename', 'new.md']]) {
      await cli(args, {cwd, stdin: page})
      expect(snapshot(cwd), args.join(' ')).toEqual(before)
    }
  })

  it('--cache writes only the cache file, where it is told to', async () => {
    const cwd = tempTree({'a.md': page})
    await cli(['--cache'], {cwd})
    expect(Object.keys(snapshot(cwd)).sort()).toEqual(['.youfirstcache', 'a.md'])
    await cli(['--cache', '--cache-location', 'cache/lint.json'], {cwd: tempTree({})})
    const other = tempTree({'a.md': page, 'cache/.keep': ''})
    await cli(['--cache', '--cache-location', 'cache/lint.json'], {cwd: other})
    expect(Object.keys(snapshot(other)).sort()).toEqual(['a.md', 'cache/.keep', 'cache/lint.json'])
  })

  it('--fix writes only the files it fixes, and leaves no temporary file', async () => {
    const cwd = tempTree({'a.md': page, 'clean.md': 'Nothing here.\n'})
    await cli(['--fix'], {cwd})
    expect(snapshot(cwd)).toEqual({'a.md': 'You get support.\n', 'clean.md': 'Nothing here.\n'})
  })

  it('`youfirst report` writes only its --out file, and the JSON beside it with --json', async () => {
    const cwd = tempTree({'a.md': page})
    await cli(['report', '--out', 'out/site.html'], {cwd: tempTree({})})
    const code = (await cli(['report', '--out', 'site.html'], {cwd})).code
    expect(code).toBe(0)
    expect(Object.keys(snapshot(cwd)).sort()).toEqual(['a.md', 'site.html'])
    await cli(['report', '--out', 'site.html', '--json'], {cwd})
    expect(Object.keys(snapshot(cwd)).sort()).toEqual(['a.md', 'site.html', 'site.json'])
  })
})
