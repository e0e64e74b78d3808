/**
 * action.yml, the GitHub Action: its inputs, and its lint step's script run with bash
 * against real git checkouts shaped like the ones actions/checkout makes.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import type * as Sarif from 'sarif'
import {rules} from '../rules/index.js'
import {tempTree} from './helpers/cli.js'
import {commitAll, git, gitEnv, gitRepo} from './helpers/git.js'

const root = path.resolve(import.meta.dirname, '..')
const cliScript = path.join(root, 'dist/bin/youfirst.js')

interface Step {
  name?: string
  uses?: string
  shell?: string
  run?: string
  with?: Record<string, string>
  env?: Record<string, string>
  'working-directory'?: string
}
interface Action {
  name: string
  description: string
  inputs: Record<string, {description: string; required?: boolean; default?: string}>
  runs: {using: string; steps: Step[]}
}

const action = parse(fs.readFileSync(path.join(root, 'action.yml'), 'utf8')) as Action
const lintStep = action.runs.steps.find((step) => step.name === 'Run youfirst')!

const off = Object.fromEntries(rules.map((rule) => [rule.meta.id, 'off']))
const bragOnly = JSON.stringify({rules: {...off, brag: 'warn'}})
const page = ['# Page', '', 'You get world-class support.', '', 'You get help within an hour.', ''].join('\n')
const message = '“world-class” is self-praise the reader can’t check: cut it, or show the proof'

/** The lint step's environment with `${{ … }}` expressions evaluated as the runner would. */
function stepEnv(inputs: Record<string, string>, context: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(lintStep.env ?? {})) {
    env[key] = value.replace(/\$\{\{\s*(inputs|github)\.([\w-]+)\s*\}\}/g, (_, scope: string, name: string) =>
      scope === 'inputs' ? (inputs[name] ?? action.inputs[name]?.default ?? '') : (context[name] ?? '')
    )
  }
  return env
}

/** Run the lint step's script as a composite action's `shell: bash` step runs it. */
function runStep(cwd: string, inputs: Record<string, string>, context: Record<string, string> = {}) {
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', lintStep.run!], {
    cwd,
    encoding: 'utf8',
    env: {...gitEnv, ...stepEnv(inputs, {action_path: root, ...context})}
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

describe('action.yml', () => {
  beforeAll(() => {
    if (!fs.existsSync(cliScript)) throw new Error(`${cliScript} is missing: run "npm run build" first`)
  })

  it('is a composite action with the documented inputs and defaults', () => {
    expect(action.name).toBe('youfirst')
    expect(action.runs.using).toBe('composite')
    expect(Object.keys(action.inputs)).toEqual(['paths', 'format', 'changed-since', 'max-warnings', 'min-score', 'sarif-file', 'node-version'])
    expect(Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default]))).toEqual({
      paths: '.',
      format: 'github',
      'changed-since': '',
      'max-warnings': '',
      'min-score': '',
      'sarif-file': '',
      'node-version': '20'
    })
    for (const input of Object.values(action.inputs)) {
      expect(input.required).toBe(false)
      expect(input.description.length).toBeGreaterThan(20)
    }
    expect(action.runs.steps.map((step) => step.uses ?? step.name)).toEqual(['actions/setup-node@v4', 'Install youfirst', 'Run youfirst'])
    expect(action.runs.steps.filter((step) => step.run).every((step) => step.shell === 'bash')).toBe(true)
  })

  it('uses every input in its steps, and passes inputs to scripts only through the environment', () => {
    const used = JSON.stringify(action.runs.steps)
    for (const name of Object.keys(action.inputs)) expect(used, name).toContain(`\${{ inputs.${name} }}`)
    for (const step of action.runs.steps) if (step.run) expect(step.run).not.toContain('${{')
    // Each input of the lint step is read by its script.
    for (const [variable, value] of Object.entries(lintStep.env!)) {
      expect(value).toMatch(/^\$\{\{ (inputs|github)\./)
      expect(lintStep.run, variable).toContain(`$${variable}`)
    }
  })

  it('passes the lint options through to youfirst', {timeout: 180_000}, () => {
    const repo = gitRepo({'.youfirstrc.json': bragOnly, 'page.md': page})
    const plain = runStep(repo, {})
    expect(plain.stderr).toBe('')
    expect(plain.code).toBe(0)
    expect(plain.stdout).toBe(`::warning file=page.md,line=3,col=9,endLine=3,endColumn=20,title=youfirst (brag)::${message}\nyoufirst: 1 finding in 1 file, all shown as annotations\n`)

    const strict = runStep(repo, {'max-warnings': '0'})
    expect(strict.code).toBe(1)
    expect(strict.stderr).toBe('youfirst: 1 warnings, more than --max-warnings 0\n')

    const score = runStep(repo, {'min-score': '101'})
    expect(score.code).toBe(2)
    expect(score.stderr).toBe('youfirst: --min-score expects a whole number from 0 to 100, got “101”\nRun “youfirst --help” for usage.\n')

    const json = runStep(repo, {format: 'json', paths: 'page.md\nother.md'})
    expect(json.code).toBe(2)
    expect(json.stderr).toBe('youfirst: error: other.md: no such file or folder\n')
  })

  it('splits paths on spaces and new lines and leaves globs to youfirst', {timeout: 180_000}, () => {
    const repo = gitRepo({'.youfirstrc.json': bragOnly, 'docs/a.md': page, 'docs/b.md': page, 'blog/c.md': page, 'other/d.md': page})
    // A file named like the glob would be matched by the shell, not by youfirst.
    const {code, stdout} = runStep(repo, {paths: 'docs/*.md\n  blog ', format: 'json'})
    expect(code).toBe(0)
    const files = (JSON.parse(stdout) as Array<{filePath: string}>).map((result) => path.relative(repo, result.filePath))
    expect(files).toEqual(['blog/c.md', 'docs/a.md', 'docs/b.md'])
  })

  it('in a pull request, annotates the changed lines and writes SARIF for every finding, even from a shallow merge checkout', {timeout: 180_000}, () => {
    // The repository on GitHub: main, a pull request branch, and the merge commit GitHub
    // makes for the pull request, which actions/checkout fetches alone (depth 1).
    const origin = gitRepo({'.youfirstrc.json': bragOnly, 'page.md': page})
    git(origin, 'checkout', '-q', '-b', 'feature')
    fs.writeFileSync(path.join(origin, 'page.md'), page.replace('You get help within an hour.', 'You get industry-leading help within an hour.'))
    fs.writeFileSync(path.join(origin, 'new.md'), 'You get best-in-class tools.\n')
    commitAll(origin, 'feature')
    git(origin, 'checkout', '-q', 'main')
    git(origin, 'checkout', '-q', '-b', 'pull-merge')
    git(origin, 'merge', '-q', '--no-ff', '--no-edit', 'feature')
    git(origin, 'checkout', '-q', 'main')

    const work = tempTree({})
    git(work, 'clone', '-q', '--depth', '1', '--branch', 'pull-merge', `file://${origin}`, 'checkout')
    const checkout = path.join(work, 'checkout')
    expect(git(checkout, 'rev-parse', '--is-shallow-repository').trim()).toBe('true')

    const {code, stdout, stderr} = runStep(checkout, {'sarif-file': 'reports/youfirst.sarif'}, {base_ref: 'main'})
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toBe(
      '::warning file=new.md,line=1,col=9,endLine=1,endColumn=22,title=youfirst (brag)::“best-in-class” is self-praise the reader can’t check: cut it, or show the proof\n' +
        '::warning file=page.md,line=5,col=9,endLine=5,endColumn=25,title=youfirst (brag)::“industry-leading” is self-praise the reader can’t check: cut it, or show the proof\n' +
        'youfirst: 2 findings in 2 files, all shown as annotations\n'
    )
    const log = JSON.parse(fs.readFileSync(path.join(checkout, 'reports/youfirst.sarif'), 'utf8')) as Sarif.Log
    expect(log.runs[0]!.results!.map((result) => [result.locations![0]!.physicalLocation!.artifactLocation!.uri, result.locations![0]!.physicalLocation!.region!.startLine])).toEqual([
      ['new.md', 1],
      ['page.md', 3],
      ['page.md', 5]
    ])

    // `none` lints everything, in a pull request too; an explicit ref wins over the base branch.
    const everything = runStep(checkout, {'changed-since': 'none', format: 'json'}, {base_ref: 'main'})
    expect((JSON.parse(everything.stdout) as Array<{messages: unknown[]}>).flatMap((result) => result.messages)).toHaveLength(3)
    const sinceHead = runStep(checkout, {'changed-since': 'HEAD'}, {base_ref: 'main'})
    expect(sinceHead.stdout).toBe('youfirst: no findings in 0 files\n')
  })

  it('outside a pull request, lints everything unless told a ref', {timeout: 180_000}, () => {
    const repo = gitRepo({'.youfirstrc.json': bragOnly, 'page.md': page})
    fs.writeFileSync(path.join(repo, 'page.md'), page.replace('You get help within an hour.', 'You get industry-leading help within an hour.'))
    expect(runStep(repo, {}).stdout).toContain('youfirst: 2 findings in 1 file, all shown as annotations\n')
    expect(runStep(repo, {'changed-since': 'HEAD'}).stdout).toContain('youfirst: 1 finding in 1 file, all shown as annotations\n')
    const bad = runStep(repo, {'changed-since': 'origin/nope'})
    expect(bad.code).toBe(2)
    expect(bad.stderr).toBe('youfirst: --changed-since: no commit “origin/nope” in this repository (fetch it first?)\n')
  })
})
