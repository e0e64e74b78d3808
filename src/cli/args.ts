/**
 * Command-line arguments, parsed with Node's own `util.parseArgs` (no dependency, strict
 * about unknown options).
 */
import {parseArgs} from 'node:util'
import {ruleIds} from '../engine/registry.js'
import {formatNames} from '../format/index.js'
import {parseMinScore, type MinScoreScope} from '../score/site.js'
import type {RuleSetting, SeverityName} from '../types.js'

export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export interface CliOptions {
  paths: string[]
  stdin: boolean
  stdinFilename?: string
  format: string
  quiet: boolean
  maxWarnings: number
  /** Exit 1 when the site score (or, with scope `file`, any file's score) is under this. */
  minScore?: number
  minScoreScope: MinScoreScope
  config?: string
  rules: Record<string, RuleSetting>
  debug: boolean
  color: boolean
  /** Apply safe fixes and write the files. */
  fix: boolean
  /** Print what --fix would change as a unified diff; write nothing. */
  fixDryRun: boolean
  /** Only fix findings of these rules. */
  fixRules: string[]
  /** Worker threads; undefined means the default (the available cores). */
  jobs?: number
  cache: boolean
  cacheLocation: string
  /** `--shard i/n` as written. */
  shard?: string
  /** Lint only files changed since this git ref, and report only findings on changed lines. */
  changedSince?: string
  /** `--format github`: findings shown as annotations; the rest go to the log. */
  maxAnnotations: number
  help: boolean
  version: boolean
}

export const helpText = `Usage: youfirst [options] [paths or globs…]
       youfirst report [options] [paths or globs…]   HTML report (youfirst report --help)

Lint marketing copy for customer focus: Markdown (.md, .markdown), MDX (.mdx),
HTML (.html, .htm) and plain text (.txt). With no paths, lints the current folder.
Folders are searched for those extensions; .gitignore and .youfirstignore apply.

Options:
  -f, --format <name>       Report format: ${formatNames().join(', ')} (default: stylish)
  -c, --config <file>       Use this config file instead of looking for .youfirstrc*
      --rule <id>:<level>   Set a rule to off, warn or error (repeatable)
      --quiet               Report errors only; warnings are not shown or counted
      --max-warnings <n>    Exit 1 when there are more than n warnings
      --min-score <n>       Exit 1 when the customer-focus score is under n (0-100)
      --min-score-scope <s> What --min-score checks: site (default) or file (every file)
      --stdin               Lint text from standard input
      --stdin-filename <f>  Name (and so format and config) for --stdin text
      --fix                 Apply safe fixes and write the files (with --stdin,
                            print the fixed text); the report shows what remains
      --fix-dry-run         Print the fixes as a unified diff; write nothing
      --fix-rule <id>       Only fix findings of this rule (repeatable)
      --jobs <n>            Lint on n threads, this one and n-1 workers (default:
                            the available cores; 1 lints in this process)
      --cache               Reuse results for unchanged files (with the same
                            config and youfirst version)
      --cache-location <f>  Cache file (default: .youfirstcache)
      --shard <i/n>         Lint only shard i of n of the files (for CI matrices)
      --changed-since <ref> Lint only files changed since the merge base of this git
                            ref and HEAD (commits, uncommitted and untracked files),
                            and report only findings on added or changed lines
      --max-annotations <n> With --format github: annotate at most n findings
                            (default 50); the rest are listed in the log
      --no-color            Plain output
      --debug               Show stack traces for internal errors
  -v, --version             Print the version
  -h, --help                Print this help

Exit codes:
  0  no errors, and warnings within --max-warnings
  1  errors, too many warnings, or a score under --min-score
  2  a usage error, a bad config, or a file that could not be read

Examples:
  youfirst                               lint every page under this folder
  youfirst content/ "pages/**/*.mdx"     lint a folder and a glob
  youfirst --format json site/ > report.json
  youfirst --format summary --min-score 70 content/
  youfirst --rule brag:error --max-warnings 0 README.md
  youfirst --fix-dry-run content/ | less   review safe fixes as a diff
  youfirst --fix --fix-rule brag content/
  youfirst --format github --changed-since origin/main   annotate a pull request
  youfirst --format sarif > youfirst.sarif               for code scanning
  cat page.html | youfirst --stdin --stdin-filename page.html
`

const levels: SeverityName[] = ['off', 'warn', 'error']

export function parseCli(argv: string[], env: NodeJS.ProcessEnv = process.env, isTTY = false): CliOptions {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: {type: 'string', short: 'f', default: 'stylish'},
        config: {type: 'string', short: 'c'},
        rule: {type: 'string', multiple: true, default: []},
        quiet: {type: 'boolean', default: false},
        'max-warnings': {type: 'string'},
        'min-score': {type: 'string'},
        'min-score-scope': {type: 'string', default: 'site'},
        stdin: {type: 'boolean', default: false},
        'stdin-filename': {type: 'string'},
        color: {type: 'boolean'},
        'no-color': {type: 'boolean'},
        debug: {type: 'boolean', default: false},
        fix: {type: 'boolean', default: false},
        'fix-dry-run': {type: 'boolean', default: false},
        'fix-rule': {type: 'string', multiple: true, default: []},
        jobs: {type: 'string'},
        cache: {type: 'boolean', default: false},
        'cache-location': {type: 'string', default: '.youfirstcache'},
        shard: {type: 'string'},
        'changed-since': {type: 'string'},
        'max-annotations': {type: 'string'},
        version: {type: 'boolean', short: 'v', default: false},
        help: {type: 'boolean', short: 'h', default: false}
      }
    })
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, ''))
  }
  const values = parsed.values

  if (!formatNames().includes(values.format)) {
    throw new UsageError(`unknown format “${values.format}”; expected one of ${formatNames().join(', ')}`)
  }

  let maxWarnings = -1
  if (values['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(values['max-warnings'])) {
      throw new UsageError(`--max-warnings expects a whole number, got “${values['max-warnings']}”`)
    }
    maxWarnings = Number(values['max-warnings'])
  }

  let minScore: number | undefined
  if (values['min-score'] !== undefined) {
    minScore = parseMinScore(values['min-score'])
    if (minScore === undefined) throw new UsageError(`--min-score expects a whole number from 0 to 100, got “${values['min-score']}”`)
  }
  if (values['min-score-scope'] !== 'site' && values['min-score-scope'] !== 'file') {
    throw new UsageError(`--min-score-scope expects site or file, got “${values['min-score-scope']}”`)
  }

  const rules: Record<string, RuleSetting> = {}
  for (const value of values.rule) {
    const match = /^([a-z0-9-]+):(\w+)$/.exec(value)
    if (!match || !levels.includes(match[2] as SeverityName)) {
      throw new UsageError(`--rule expects <id>:off|warn|error, got “${value}”`)
    }
    if (!ruleIds().includes(match[1]!)) throw new UsageError(`--rule: unknown rule “${match[1]}”`)
    rules[match[1]!] = match[2] as SeverityName
  }
  for (const id of values['fix-rule']) {
    if (!ruleIds().includes(id)) throw new UsageError(`--fix-rule: unknown rule “${id}”`)
  }

  if (values['stdin-filename'] !== undefined && !values.stdin) {
    throw new UsageError('--stdin-filename needs --stdin')
  }
  if (values.stdin && parsed.positionals.length > 0) {
    throw new UsageError('--stdin lints standard input; do not pass paths as well')
  }

  if (values.fix && values['fix-dry-run']) throw new UsageError('use --fix or --fix-dry-run, not both')
  if (values['fix-rule'].length > 0 && !values.fix && !values['fix-dry-run']) {
    throw new UsageError('--fix-rule needs --fix or --fix-dry-run')
  }

  let maxAnnotations = 50
  if (values['max-annotations'] !== undefined) {
    if (!/^\d+$/.test(values['max-annotations'])) {
      throw new UsageError(`--max-annotations expects a whole number, got “${values['max-annotations']}”`)
    }
    maxAnnotations = Number(values['max-annotations'])
  }
  const changedSince = values['changed-since']
  if (changedSince !== undefined) {
    if (changedSince.trim() === '') throw new UsageError('--changed-since expects a git ref, such as origin/main')
    if (values.stdin) throw new UsageError('--changed-since lints files changed in git; it does not apply to --stdin')
    if (values.fix || values['fix-dry-run']) {
      throw new UsageError('--changed-since cannot be combined with --fix or --fix-dry-run (fixes apply to whole files)')
    }
  }

  let jobs: number | undefined
  if (values.jobs !== undefined) {
    if (!/^[1-9]\d*$/.test(values.jobs)) throw new UsageError(`--jobs expects a whole number of 1 or more, got “${values.jobs}”`)
    jobs = Number(values.jobs)
  }

  const color =
    values['no-color'] === true || env.NO_COLOR !== undefined
      ? false
      : values.color === true || env.FORCE_COLOR !== undefined
        ? true
        : isTTY

  return {
    paths: parsed.positionals,
    stdin: values.stdin,
    ...(values['stdin-filename'] === undefined ? {} : {stdinFilename: values['stdin-filename']}),
    format: values.format,
    quiet: values.quiet,
    maxWarnings,
    ...(minScore === undefined ? {} : {minScore}),
    minScoreScope: values['min-score-scope'] as MinScoreScope,
    ...(values.config === undefined ? {} : {config: values.config}),
    rules,
    debug: values.debug,
    color,
    fix: values.fix,
    fixDryRun: values['fix-dry-run'],
    fixRules: values['fix-rule'],
    ...(jobs === undefined ? {} : {jobs}),
    cache: values.cache,
    cacheLocation: values['cache-location'],
    ...(values.shard === undefined ? {} : {shard: values.shard}),
    ...(changedSince === undefined ? {} : {changedSince}),
    maxAnnotations,
    help: values.help,
    version: values.version
  }
}
