/**
 * `youfirst report [paths] --out youfirst-report.html`: lint the files, score them, and
 * write one self-contained HTML report (and, with --json, its data beside it).
 */
import fs from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {UsageError} from '../cli/args.js'
import {discover} from '../cli/files.js'
import {readSource} from '../cli/read.js'
import type {Io} from '../cli/run.js'
import {ConfigError, ConfigLoader} from '../config/load.js'
import {resolveConfig} from '../config/resolve.js'
import {lintDocument} from '../engine/lint.js'
import {ruleIds} from '../engine/registry.js'
import {minScoreFailures, parseMinScore, type MinScoreScope} from '../score/site.js'
import type {FileResult, RuleSetting, SeverityName} from '../types.js'
import {version} from '../version.js'
import {applyBaseline, BaselineError, readBaseline, relative} from './baseline.js'
import {buildReport, pageData, PhraseTally, type ReportPage} from './data.js'
import {renderHtml} from './html.js'

export const reportHelp = `Usage: youfirst report [options] [paths or globs…]

Lint the files and write a customer-focus report: one self-contained HTML file
with the site score, the spread of page scores, the lowest- and highest-scoring
pages, frequent self-centred phrases, findings per rule, and every page's
flagged sentences with suggestions. With no paths, reports on the current folder.

Options:
  -o, --out <file>          Where to write the HTML (default: youfirst-report.html)
      --json                Also write the report's data beside it (youfirst-report.json
                            next to youfirst-report.html); --baseline reads this file
      --baseline <file>     Show changes since an earlier run (its --json file, or the
                            output of youfirst --format json)
      --title <text>        The site's name in the report (default: the folder's name)
  -c, --config <file>       Use this config file instead of looking for .youfirstrc*
      --rule <id>:<level>   Set a rule to off, warn or error (repeatable)
      --min-score <n>       Exit 1 when the score is under n (0-100)
      --min-score-scope <s> What --min-score checks: site (default) or file
      --debug               Show stack traces for internal errors
  -h, --help                Print this help

Exit codes:
  0  the report was written (and the score is at least --min-score)
  1  the report was written, and the score is under --min-score
  2  a usage error, a bad config, a bad baseline, a file that could not be read,
     or the report could not be written

Examples:
  youfirst report content/ --out site-report.html
  youfirst report --json --baseline last-week/youfirst-report.json
`

export interface ReportOptions {
  paths: string[]
  out: string
  json: boolean
  baseline?: string
  title?: string
  config?: string
  rules: Record<string, RuleSetting>
  minScore?: number
  minScoreScope: MinScoreScope
  debug: boolean
  help: boolean
}

const levels: SeverityName[] = ['off', 'warn', 'error']

export function parseReportArgs(argv: string[]): ReportOptions {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: {type: 'string', short: 'o', default: 'youfirst-report.html'},
        json: {type: 'boolean', default: false},
        baseline: {type: 'string'},
        title: {type: 'string'},
        config: {type: 'string', short: 'c'},
        rule: {type: 'string', multiple: true, default: []},
        'min-score': {type: 'string'},
        'min-score-scope': {type: 'string', default: 'site'},
        debug: {type: 'boolean', default: false},
        help: {type: 'boolean', short: 'h', default: false}
      }
    })
  } catch (error) {
    throw new UsageError(`report: ${(error as Error).message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, '')}`)
  }
  const values = parsed.values
  const rules: Record<string, RuleSetting> = {}
  for (const value of values.rule) {
    const match = /^([a-z0-9-]+):(\w+)$/.exec(value)
    if (!match || !levels.includes(match[2] as SeverityName)) throw new UsageError(`--rule expects <id>:off|warn|error, got “${value}”`)
    if (!ruleIds().includes(match[1]!)) throw new UsageError(`--rule: unknown rule “${match[1]}”`)
    rules[match[1]!] = match[2] as SeverityName
  }
  let minScore: number | undefined
  if (values['min-score'] !== undefined) {
    minScore = parseMinScore(values['min-score'])
    if (minScore === undefined) throw new UsageError(`--min-score expects a whole number from 0 to 100, got “${values['min-score']}”`)
  }
  const scope = values['min-score-scope']
  if (scope !== 'site' && scope !== 'file') throw new UsageError(`--min-score-scope expects site or file, got “${scope}”`)
  if (!/\.html?$/i.test(values.out)) throw new UsageError(`--out expects an .html file, got “${values.out}”`)
  return {
    paths: parsed.positionals,
    out: values.out,
    json: values.json,
    ...(values.baseline === undefined ? {} : {baseline: values.baseline}),
    ...(values.title === undefined ? {} : {title: values.title}),
    ...(values.config === undefined ? {} : {config: values.config}),
    rules,
    ...(minScore === undefined ? {} : {minScore}),
    minScoreScope: scope,
    debug: values.debug,
    help: values.help
  }
}

/** Whether `text` is a report youfirst wrote (it names youfirst as its generator). */
export function isReport(text: string): boolean {
  return /<meta name="generator" content="youfirst /.test(text.slice(0, 4000))
}

/** The JSON file written beside `out`: youfirst-report.html → youfirst-report.json. */
export function jsonPathFor(out: string): string {
  return out.replace(/\.html?$/i, '.json')
}

export async function runReport(argv: string[], io: Io): Promise<number> {
  let options: ReportOptions
  try {
    options = parseReportArgs(argv)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`youfirst: ${error.message}\nRun “youfirst report --help” for usage.\n`)
      return 2
    }
    throw error
  }
  if (options.help) {
    io.stdout(reportHelp)
    return 0
  }
  try {
    return await report(options, io)
  } catch (error) {
    if (error instanceof ConfigError || error instanceof BaselineError || error instanceof UsageError) {
      io.stderr(`youfirst: error: ${error.message}\n`)
      return 2
    }
    io.stderr(`youfirst: internal error: ${(error as Error).message}${options.debug ? `\n${(error as Error).stack}` : ' (run with --debug for details)'}\n`)
    return 2
  }
}

async function report(options: ReportOptions, io: Io): Promise<number> {
  // Read the baseline first, so a bad one stops the run before a minute of linting.
  const baseline = options.baseline ? readBaseline(path.resolve(io.cwd, options.baseline), io.cwd) : undefined
  const out = path.resolve(io.cwd, options.out)
  const loader = new ConfigLoader({...(options.config ? {configFile: options.config} : {}), cwd: io.cwd})
  const pages: ReportPage[] = []
  const results: FileResult[] = []
  const tally = new PhraseTally()
  let failed = false
  const seen = new Set<string>()
  const problem = (level: 'error' | 'warning', where: string, text: string) => {
    if (level === 'error') failed = true
    io.stderr(`youfirst: ${level}: ${where}: ${text}\n`)
  }

  const {files, problems} = await discover(options.paths, io.cwd)
  for (const item of problems) problem('error', item.path, item.problem)
  for (const file of files) {
    const name = path.relative(io.cwd, file) || file
    let resolved
    try {
      const found = loader.forFile(file)
      resolved = resolveConfig(found.config, found.dir, file, options.rules)
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      failed = true
      if (!seen.has(error.message)) io.stderr(`youfirst: ${error.message}\n`)
      seen.add(error.message)
      continue
    }
    if (resolved.ignored) continue
    const read = readSource(file)
    if (!read.ok) {
      problem(read.level, name, read.problem)
      continue
    }
    // Never report on a report (this run's, or an earlier one lying in the folder).
    if (file === out || isReport(read.text)) continue
    try {
      const linted = lintDocument(read.text, {filePath: file, resolved})
      results.push(linted.result)
      pages.push(pageData(linted.result, linted.document.tree, linted.brands, relative(io.cwd, file), tally))
    } catch (error) {
      problem('error', name, `could not be linted: ${(error as Error).message}${options.debug ? `\n${(error as Error).stack}` : ''}`)
    }
  }

  const data = buildReport({
    pages,
    results,
    tally,
    title: options.title ?? path.basename(io.cwd),
    root: io.cwd,
    version
  })
  if (baseline) applyBaseline(data, baseline)

  const written: string[] = []
  try {
    fs.mkdirSync(path.dirname(out), {recursive: true})
    fs.writeFileSync(out, renderHtml(data))
    written.push(path.relative(io.cwd, out) || out)
    if (options.json) {
      const jsonOut = jsonPathFor(out)
      fs.writeFileSync(jsonOut, `${JSON.stringify(data, null, 2)}\n`)
      written.push(path.relative(io.cwd, jsonOut) || jsonOut)
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    io.stderr(`youfirst: error: ${path.relative(io.cwd, out) || out}: cannot write the report (${code ?? (error as Error).message})\n`)
    return 2
  }

  const site = data.site
  const change = site.change === undefined || site.change === null ? '' : ` (${site.change >= 0 ? '+' : '−'}${Math.abs(site.change)} since the baseline)`
  io.stdout(
    `Wrote ${written.join(' and ')}: site score ${site.score ?? '–'}${change}, ${site.files} ${site.files === 1 ? 'page' : 'pages'}, ${site.findings} ${site.findings === 1 ? 'finding' : 'findings'}\n`
  )
  if (failed) return 2
  if (options.minScore !== undefined) {
    const failures = minScoreFailures(results, options.minScore, options.minScoreScope, (file) => path.relative(io.cwd, file) || file)
    for (const line of failures) io.stderr(`youfirst: ${line}\n`)
    if (failures.length > 0) return 1
  }
  return 0
}
