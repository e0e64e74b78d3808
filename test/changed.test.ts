/**
 * `--changed-since`: real git repositories (no mocked git), linted through the CLI.
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {parseDiff, unquote} from '../src/cli/changed.js'
import type {FileResult} from '../src/types.js'
import {cli, tempTree} from './helpers/cli.js'
import {commitAll, git, gitRepo} from './helpers/git.js'

// Only `brag` runs, so these tests do not depend on which other rules exist.
const config = JSON.stringify({rules: {...Object.fromEntries(rules.map((rule) => [rule.meta.id, 'off'])), brag: 'warn'}})
const page = ['# Page', '', 'You get world-class support.', '', 'You get help within an hour.', '', 'You get answers fast.', ''].join('\n')

/** `[file, line, actual]` for each finding, files relative to `cwd`. */
function findings(stdout: string, cwd: string): Array<[string, number, string]> {
  const results = JSON.parse(stdout) as FileResult[]
  return results.flatMap((result) =>
    result.messages.map((finding): [string, number, string] => [path.relative(cwd, result.filePath).split(path.sep).join('/'), finding.line, finding.actual])
  )
}

function linted(stdout: string, cwd: string): string[] {
  return (JSON.parse(stdout) as FileResult[]).map((result) => path.relative(cwd, result.filePath).split(path.sep).join('/'))
}

async function changedJson(cwd: string, ref: string, ...extra: string[]) {
  return cli(['--changed-since', ref, '--format', 'json', '--jobs', '1', ...extra], {cwd})
}

describe('--changed-since', () => {
  it('reports only findings on lines changed since the merge base, not on unchanged lines', async () => {
    const repo = gitRepo({'.youfirstrc.json': config, 'page.md': page, 'other.md': 'You get world-class support.\n'})
    git(repo, 'checkout', '-q', '-b', 'feature')
    fs.writeFileSync(path.join(repo, 'page.md'), page.replace('You get answers fast.', 'You get industry-leading answers fast.'))
    commitAll(repo, 'feature: change the last line')
    // main moves on after the fork: it rewrites line 3. Diffing against main itself would
    // count line 3 of this branch as added; against the merge base it is unchanged.
    git(repo, 'checkout', '-q', 'main')
    fs.writeFileSync(path.join(repo, 'page.md'), page.replace('You get world-class support.', 'You get support.'))
    commitAll(repo, 'main: rewrite line 3')
    git(repo, 'checkout', '-q', 'feature')

    const {code, stdout, stderr} = await changedJson(repo, 'main')
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(linted(stdout, repo)).toEqual(['page.md'])
    expect(findings(stdout, repo)).toEqual([['page.md', 7, 'industry-leading']])

    // Without the option, both findings of page.md (and other.md's) are reported.
    const all = await cli(['--format', 'json', '--jobs', '1'], {cwd: repo})
    expect(findings(all.stdout, repo)).toEqual([
      ['other.md', 1, 'world-class'],
      ['page.md', 3, 'world-class'],
      ['page.md', 7, 'industry-leading']
    ])
  })

  it('counts staged and unstaged edits, and lints new untracked files whole', async () => {
    const repo = gitRepo({'.youfirstrc.json': config, 'page.md': page, 'staged.md': 'You get help.\n\nYou get answers.\n'})
    fs.writeFileSync(path.join(repo, 'page.md'), page.replace('You get help within an hour.', 'You get best-in-class help within an hour.'))
    fs.writeFileSync(path.join(repo, 'staged.md'), 'You get help.\n\nYou get world-class answers.\n')
    git(repo, 'add', 'staged.md')
    fs.writeFileSync(path.join(repo, 'new.md'), 'You get world-class support.\n\nYou get industry-leading tools.\n')
    fs.mkdirSync(path.join(repo, 'docs'))
    fs.writeFileSync(path.join(repo, 'docs', 'guide.md'), 'You get world-class guides.\n')
    // Ignored files are not new copy.
    fs.writeFileSync(path.join(repo, '.gitignore'), 'build/\n')
    fs.mkdirSync(path.join(repo, 'build'))
    fs.writeFileSync(path.join(repo, 'build', 'out.md'), 'You get world-class output.\n')

    const {code, stdout} = await changedJson(repo, 'HEAD')
    expect(code).toBe(0)
    expect(findings(stdout, repo)).toEqual([
      ['docs/guide.md', 1, 'world-class'],
      ['new.md', 1, 'world-class'],
      ['new.md', 3, 'industry-leading'],
      ['page.md', 5, 'best-in-class'],
      ['staged.md', 3, 'world-class']
    ])
  })

  it('knows a renamed file by its new path, and a pure rename changes no lines', async () => {
    const repo = gitRepo({'.youfirstrc.json': config, 'page.md': page, 'old.md': 'You get world-class support.\n'})
    git(repo, 'checkout', '-q', '-b', 'feature')
    git(repo, 'mv', 'page.md', 'renamed.md')
    fs.writeFileSync(path.join(repo, 'renamed.md'), page.replace('You get answers fast.', 'You get industry-leading answers fast.'))
    git(repo, 'mv', 'old.md', 'moved.md')
    commitAll(repo, 'rename')
    expect(git(repo, 'diff', '--name-status', '--find-renames', 'main')).toMatch(/^R\d+\tpage\.md\trenamed\.md$/m)

    const {code, stdout} = await changedJson(repo, 'main')
    expect(code).toBe(0)
    expect(linted(stdout, repo)).toEqual(['renamed.md'])
    expect(findings(stdout, repo)).toEqual([['renamed.md', 7, 'industry-leading']])
  })

  it('does not lint deleted files', async () => {
    const repo = gitRepo({'.youfirstrc.json': config, 'gone.md': 'You get world-class support.\n', 'page.md': page})
    git(repo, 'checkout', '-q', '-b', 'feature')
    git(repo, 'rm', '-q', 'gone.md')
    commitAll(repo, 'delete')
    fs.rmSync(path.join(repo, 'page.md')) // deleted in the working tree, not committed

    const {code, stdout, stderr} = await changedJson(repo, 'main')
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual([])
  })

  it('reads paths git quotes (spaces, non-ASCII) and is not fooled by added lines that look like diff headers', async () => {
    const repo = gitRepo({'.youfirstrc.json': config, 'café page.md': page, 'other.md': 'You get world-class support.\n'})
    // An added line "++ b/other.md" appears in the diff as "+++ b/other.md".
    fs.writeFileSync(path.join(repo, 'café page.md'), page.replace('You get answers fast.', 'You get industry-leading answers fast.\n\n++ b/other.md'))
    const {code, stdout} = await changedJson(repo, 'HEAD')
    expect(code).toBe(0)
    expect(findings(stdout, repo)).toEqual([['café page.md', 7, 'industry-leading']])
  })

  it('works from a subfolder, linting the paths given', async () => {
    const repo = gitRepo({'.youfirstrc.json': config, 'site/page.md': page, 'blog/post.md': 'You get help.\n'})
    fs.writeFileSync(path.join(repo, 'site', 'page.md'), page.replace('You get answers fast.', 'You get industry-leading answers fast.'))
    // Blog posts often praise other companies, so brag reads them for the company's own claims.
    fs.writeFileSync(path.join(repo, 'blog', 'post.md'), 'Our world-class team helps you.\n')
    const site = path.join(repo, 'site')
    const {code, stdout} = await changedJson(site, 'HEAD')
    expect(code).toBe(0)
    expect(findings(stdout, site)).toEqual([['page.md', 7, 'industry-leading']])
    const both = await changedJson(repo, 'HEAD', 'blog', 'site')
    expect(findings(both.stdout, repo)).toEqual([
      ['blog/post.md', 1, 'world-class'],
      ['site/page.md', 7, 'industry-leading']
    ])
  })

  it('decides the exit code from the findings it reports', async () => {
    const errorConfig = JSON.stringify({rules: {...Object.fromEntries(rules.map((rule) => [rule.meta.id, 'off'])), brag: 'error'}})
    const repo = gitRepo({'.youfirstrc.json': errorConfig, 'page.md': page})
    // The committed error on line 3 is not part of the change, so the run passes.
    fs.writeFileSync(path.join(repo, 'page.md'), page.replace('You get answers fast.', 'You get answers within a minute.'))
    expect((await changedJson(repo, 'HEAD')).code).toBe(0)
    expect((await cli(['--jobs', '1'], {cwd: repo})).code).toBe(1)
  })

  it('stops with one line and exit code 2 for a ref that does not exist', async () => {
    const repo = gitRepo({'page.md': page})
    const {code, stdout, stderr} = await changedJson(repo, 'no-such-branch')
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe('youfirst: --changed-since: no commit “no-such-branch” in this repository (fetch it first?)\n')
    const dashed = await cli(['--changed-since=--all', '--format', 'json'], {cwd: repo})
    expect(dashed.stderr).toBe('youfirst: --changed-since: no commit “--all” in this repository (fetch it first?)\n')
  })

  it('stops with one line and exit code 2 outside a git repository', async () => {
    const dir = tempTree({'page.md': page})
    const {code, stdout, stderr} = await changedJson(dir, 'main')
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(`youfirst: --changed-since: ${dir} is not in a git repository\n`)
  })

  it('stops with one line and exit code 2 when the ref shares no history with HEAD', async () => {
    const repo = gitRepo({'page.md': page})
    git(repo, 'checkout', '-q', '--orphan', 'other')
    commitAll(repo, 'unrelated')
    const {code, stderr} = await changedJson(repo, 'main')
    expect(code).toBe(2)
    expect(stderr).toBe('youfirst: --changed-since: “main” and HEAD have no common history (with a shallow clone, fetch more of it)\n')
  })

  it('refuses --stdin and --fix', async () => {
    const dir = tempTree({})
    for (const [args, message] of [
      [['--stdin'], '--changed-since lints files changed in git; it does not apply to --stdin'],
      [['--fix'], '--changed-since cannot be combined with --fix or --fix-dry-run (fixes apply to whole files)'],
      [['--fix-dry-run'], '--changed-since cannot be combined with --fix or --fix-dry-run (fixes apply to whole files)']
    ] as const) {
      const {code, stderr} = await cli(['--changed-since', 'main', ...args], {cwd: dir})
      expect(code).toBe(2)
      expect(stderr).toBe(`youfirst: ${message}\nRun “youfirst --help” for usage.\n`)
    }
  })
})

describe('reading git diff output', () => {
  it('takes added ranges from hunk headers, skips deletions and hunk bodies', () => {
    const diff = [
      'diff --git a/a.md b/a.md',
      'index 1111111..2222222 100644',
      '--- a/a.md',
      '+++ b/a.md',
      '@@ -3 +3 @@ heading',
      '-old',
      '+new',
      '@@ -10,0 +11,3 @@',
      '+x',
      '++++ b/evil.md',
      '+y',
      '@@ -20,2 +22,0 @@',
      '--- b/evil.md',
      '-z',
      'diff --git a/gone.md b/gone.md',
      'deleted file mode 100644',
      '--- a/gone.md',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-bye',
      'diff --git a/x.md b/y.md',
      'similarity index 100%',
      'rename from x.md',
      'rename to y.md',
      'diff --git "a/tab\\there.md" "b/tab\\there.md"',
      '--- "a/tab\\there.md"',
      '+++ "b/tab\\there.md"',
      '@@ -1 +1 @@',
      '-a',
      '\\ No newline at end of file',
      '+b',
      '\\ No newline at end of file',
      ''
    ].join('\n')
    expect(Object.fromEntries(parseDiff(diff))).toEqual({
      'a.md': [
        [3, 3],
        [11, 13]
      ],
      'y.md': [],
      'tab\there.md': [[1, 1]]
    })
  })

  it('unquotes git paths', () => {
    expect(unquote('"caf\\303\\251 \\"x\\".md"')).toBe('café "x".md')
    expect(unquote('plain name.md')).toBe('plain name.md')
  })
})
