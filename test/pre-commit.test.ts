/**
 * The hooks in .pre-commit-hooks.yaml, run by the real pre-commit framework on real
 * commits in a temporary content repository.
 *
 * How the hooks are installed: users' configs name this repository, and pre-commit's
 * `language: node` then clones it, runs `npm install` (development dependencies included,
 * because the `prepare` script builds dist/ with tsc), `npm pack` (which builds again) and
 * `npm install -g` of the tarball. Measured here that takes four to five minutes and
 * resolves the global install's dependencies from the registry without the lock file, so
 * it is neither quick nor deterministic. The tests below therefore take each hook exactly
 * as .pre-commit-hooks.yaml defines it (id, name, files, args, entry options) and run it as
 * a `repo: local` hook with `language: system` and youfirst's built CLI as the command:
 * the selection of files, the arguments, the exit codes and pre-commit's own handling of
 * files a hook modified are all the real thing. The full `language: node` install runs too
 * when YOUFIRST_TEST_PRECOMMIT_NODE=1 is set (README, "Development").
 */
import {execFileSync, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {parse, stringify} from 'yaml'
import {rules} from '../rules/index.js'
import {tempTree} from './helpers/cli.js'
import {commitAll, git, gitEnv, gitRepo} from './helpers/git.js'

const root = path.resolve(import.meta.dirname, '..')
const cliScript = path.join(root, 'dist/bin/youfirst.js')

interface Hook {
  id: string
  name: string
  entry: string
  language: string
  files?: string
  args?: string[]
  [key: string]: unknown
}
const manifest = parse(fs.readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[]
const hook = (id: string) => manifest.find((item) => item.id === id)!

const hasPreCommit = spawnSync('pre-commit', ['--version'], {encoding: 'utf8'}).status === 0
const off = Object.fromEntries(rules.map((rule) => [rule.meta.id, 'off']))
const bragOnly = JSON.stringify({rules: {...off, brag: 'warn'}})
const brag = 'You get world-class support.\n'
const message = '“world-class” is self-praise the reader can’t check: cut it, or show the proof'

/** A hook from the manifest as a local hook running the built CLI (see the note at the top). */
function localHook(id: string): Hook {
  const original = hook(id)
  expect(original.entry).toMatch(/^youfirst(\s|$)/)
  return {...original, language: 'system', entry: original.entry.replace(/^youfirst/, `node '${cliScript}'`)}
}

/** A content repository with pre-commit's git hook installed and `config` committed. */
function contentRepo(config: object, files: Record<string, string> = {}): {repo: string; env: NodeJS.ProcessEnv} {
  const repo = gitRepo({'.youfirstrc.json': bragOnly, '.pre-commit-config.yaml': stringify(config), ...files})
  const env = {...gitEnv, PRE_COMMIT_HOME: path.join(tempTree({}), 'cache'), PRE_COMMIT_COLOR: 'never'}
  execFileSync('pre-commit', ['install'], {cwd: repo, env, encoding: 'utf8'})
  return {repo, env}
}

/** `git commit` with the pre-commit hook: its exit code and everything it printed. */
function commit(repo: string, env: NodeJS.ProcessEnv, ...files: string[]) {
  git(repo, 'add', '--', ...files)
  const result = spawnSync('git', ['commit', '-m', 'copy'], {cwd: repo, env, encoding: 'utf8'})
  return {code: result.status, output: `${result.stdout}${result.stderr}`}
}

const commits = (repo: string) => Number(git(repo, 'rev-list', '--count', 'HEAD').trim())
const write = (repo: string, name: string, text: string) => fs.writeFileSync(path.join(repo, name), text)
const read = (repo: string, name: string) => fs.readFileSync(path.join(repo, name), 'utf8')

describe('.pre-commit-hooks.yaml', () => {
  it('defines a check hook and a fix hook for the files youfirst reads', () => {
    expect(manifest.map((item) => [item.id, item.entry, item.language, item.args ?? []])).toEqual([
      ['youfirst', 'youfirst', 'node', ['--max-warnings', '0']],
      ['youfirst-fix', 'youfirst --fix', 'node', []]
    ])
    for (const item of manifest) {
      const files = new RegExp(item.files!.replace('(?i)', ''), 'i')
      for (const name of ['a.md', 'b.markdown', 'c.mdown', 'd.mkd', 'e.mdx', 'f.html', 'g.htm', 'h.txt', 'i.text', 'docs/J.MD']) expect(files.test(name), name).toBe(true)
      for (const name of ['a.js', 'b.json', 'c.mdx.bak', 'md', 'e.yaml']) expect(files.test(name), name).toBe(false)
    }
  })
})

describe.skipIf(!hasPreCommit && !process.env.CI)('pre-commit hooks, run by pre-commit', () => {
  beforeAll(() => {
    if (!fs.existsSync(cliScript)) throw new Error(`${cliScript} is missing: run "npm run build" first`)
  })

  it('youfirst fails a commit of self-centred copy, with the finding, and passes clean copy', {timeout: 180_000}, () => {
    const {repo, env} = contentRepo({repos: [{repo: 'local', hooks: [localHook('youfirst')]}]})

    write(repo, 'page.md', brag)
    const failed = commit(repo, env, 'page.md')
    expect(failed.code).toBe(1)
    expect(failed.output).toMatch(/^youfirst\.+Failed$/m)
    expect(failed.output).toContain('- hook id: youfirst\n- exit code: 1\n')
    expect(failed.output).toContain('page.md\n')
    expect(failed.output).toMatch(new RegExp(`1:9-1:20\\s+warning\\s+${message}\\s+brag\\s+youfirst`))
    expect(failed.output).toContain('youfirst: 1 warnings, more than --max-warnings 0')
    expect(commits(repo)).toBe(1)

    write(repo, 'page.md', 'You get help within an hour.\n')
    const passed = commit(repo, env, 'page.md')
    expect(passed.output).toMatch(/^youfirst\.+Passed$/m)
    expect(passed.code).toBe(0)
    expect(commits(repo)).toBe(2)
  })

  it('youfirst checks the staged copy, and only the files it reads', {timeout: 180_000}, () => {
    const {repo, env} = contentRepo({repos: [{repo: 'local', hooks: [localHook('youfirst')]}]})

    // The staged copy is clean; the self-centred edit in the working tree is not part of the commit.
    write(repo, 'page.md', 'You get help within an hour.\n')
    git(repo, 'add', 'page.md')
    write(repo, 'page.md', brag)
    const staged = commit(repo, env)
    expect(staged.output).toMatch(/^youfirst\.+Passed$/m)
    expect(staged.code).toBe(0)
    expect(read(repo, 'page.md')).toBe(brag)

    write(repo, 'script.js', `// ${brag}`)
    const other = commit(repo, env, 'script.js')
    expect(other.output).toMatch(/^youfirst\.+\(no files to check\)Skipped$/m)
    expect(other.code).toBe(0)

    write(repo, 'landing.HTML', `<p>${brag}</p>\n`)
    const html = commit(repo, env, 'landing.HTML')
    expect(html.code).toBe(1)
    expect(html.output).toContain('landing.HTML\n')
    expect(html.output).toMatch(/1:12-1:23\s+warning/)
  })

  it('youfirst-fix applies safe fixes and fails so they can be reviewed; the next commit passes', {timeout: 180_000}, () => {
    const {repo, env} = contentRepo({repos: [{repo: 'local', hooks: [localHook('youfirst-fix')]}]})

    write(repo, 'page.md', `# Support\n\n${brag}`)
    const fixed = commit(repo, env, 'page.md')
    expect(fixed.code).toBe(1)
    expect(fixed.output).toMatch(/^youfirst \(fix\)\.+Failed$/m)
    expect(fixed.output).toContain('- files were modified by this hook')
    expect(read(repo, 'page.md')).toBe('# Support\n\nYou get support.\n')
    expect(commits(repo)).toBe(1)

    const again = commit(repo, env, 'page.md')
    expect(again.output).toMatch(/^youfirst \(fix\)\.+Passed$/m)
    expect(again.code).toBe(0)
    expect(commits(repo)).toBe(2)
    expect(git(repo, 'show', 'HEAD:page.md')).toBe('# Support\n\nYou get support.\n')
  })

  it('youfirst-fix passes when only findings without a safe fix are left, and the check hook still reports them', {timeout: 180_000}, () => {
    const unfixable = 'Our support is world-class.\n'
    const fixOnly = contentRepo({repos: [{repo: 'local', hooks: [localHook('youfirst-fix')]}]})
    write(fixOnly.repo, 'page.md', unfixable)
    const passed = commit(fixOnly.repo, fixOnly.env, 'page.md')
    expect(passed.output).toMatch(/^youfirst \(fix\)\.+Passed$/m)
    expect(passed.code).toBe(0)
    expect(read(fixOnly.repo, 'page.md')).toBe(unfixable)

    const both = contentRepo({repos: [{repo: 'local', hooks: [localHook('youfirst-fix'), localHook('youfirst')]}]})
    write(both.repo, 'page.md', unfixable)
    const held = commit(both.repo, both.env, 'page.md')
    expect(held.code).toBe(1)
    expect(held.output).toMatch(/^youfirst \(fix\)\.+Passed$/m)
    expect(held.output).toMatch(/^youfirst\.+Failed$/m)
    expect(held.output).toContain('“world-class” is self-praise')
  })
})

// Installing the hooks the way users get them: pre-commit clones a git repository holding
// this project and installs it with `language: node` (slow and online: see the note above).
describe.runIf(process.env.YOUFIRST_TEST_PRECOMMIT_NODE === '1')('pre-commit hooks, installed with language: node', () => {
  it('installs from a git repository and runs both hooks', {timeout: 900_000}, () => {
    const hooksRepo = tempTree({})
    for (const name of ['package.json', 'package-lock.json', '.npmrc', 'tsconfig.json', 'tsconfig.build.json', '.pre-commit-hooks.yaml', 'src', 'rules', 'schema']) {
      fs.cpSync(path.join(root, name), path.join(hooksRepo, name), {recursive: true})
    }
    git(hooksRepo, 'init', '-q', '-b', 'main')
    commitAll(hooksRepo, 'youfirst')
    const rev = git(hooksRepo, 'rev-parse', 'HEAD').trim()

    const {repo, env} = contentRepo({repos: [{repo: hooksRepo, rev, hooks: [{id: 'youfirst'}]}]})
    write(repo, 'page.md', brag)
    const failed = commit(repo, env, 'page.md')
    expect(failed.output).toMatch(/^youfirst\.+Failed$/m)
    expect(failed.output).toMatch(new RegExp(`1:9-1:20\\s+warning\\s+${message}`))
    expect(failed.code).toBe(1)

    write(repo, '.pre-commit-config.yaml', stringify({repos: [{repo: hooksRepo, rev, hooks: [{id: 'youfirst-fix'}]}]}))
    git(repo, 'add', '.pre-commit-config.yaml')
    const fixed = commit(repo, env, 'page.md')
    expect(fixed.output).toContain('- files were modified by this hook')
    expect(read(repo, 'page.md')).toBe('You get support.\n')
    expect(commit(repo, env, 'page.md').code).toBe(0)
  })
})
