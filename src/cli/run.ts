/**
 * The command-line program, as a function: arguments and streams in, exit code out.
 */
import fs from 'node:fs'
import path from 'node:path'
import {ConfigError, ConfigLoader} from '../config/load.js'
import {resolveConfig, type ResolvedConfig} from '../config/resolve.js'
import {createTwoFilesPatch} from 'diff'
import {lint} from '../engine/lint.js'
import {fixText} from '../fix/index.js'
import {WriteError, writeAtomic} from '../fix/write.js'
import {formatters} from '../format/index.js'
import {minScoreFailures} from '../score/site.js'
import type {FileResult} from '../types.js'
import {version} from '../version.js'
import {helpText, parseCli, UsageError, type CliOptions} from './args.js'
import {changedSince, type LineSet} from './changed.js'
import {discover} from './files.js'
import {LintCache} from './cache.js'
import type {JobResult} from './compute.js'
import {createPool, defaultJobs} from './pool.js'
import {readSource} from './read.js'
import {inShard, parseShard} from './shard.js'

export interface Io {
  cwd: string
  env: NodeJS.ProcessEnv
  stdout: (text: string) => void
  stderr: (text: string) => void
  readStdin: () => Promise<string>
  isTTY: boolean
}

export async function run(argv: string[], io: Io): Promise<number> {
  // `youfirst report …` writes the HTML report (src/report/); lint a folder named "report" as ./report.
  // Loaded only when asked for: the report's HTML tooling would slow every lint's start-up.
  if (argv[0] === 'report') return (await import('../report/command.js')).runReport(argv.slice(1), io)
  let options: CliOptions
  try {
    options = parseCli(argv, io.env, io.isTTY)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`youfirst: ${error.message}\nRun “youfirst --help” for usage.\n`)
      return 2
    }
    throw error
  }
  if (options.help) {
    io.stdout(helpText)
    return 0
  }
  if (options.version) {
    io.stdout(`${version}\n`)
    return 0
  }

  try {
    return await lintAll(options, io)
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UsageError) {
      io.stderr(`youfirst: ${error.message}\n`)
      return 2
    }
    io.stderr(`youfirst: internal error: ${(error as Error).message}${options.debug ? `\n${(error as Error).stack}` : ' (run with --debug for details)'}\n`)
    return 2
  }
}

async function lintAll(options: CliOptions, io: Io): Promise<number> {
  const loader = new ConfigLoader({...(options.config ? {configFile: options.config} : {}), cwd: io.cwd})
  const results: FileResult[] = []
  let stream = false
  let streamed = 0
  // Where the report goes: standard output, unless that carries fixed text or a diff.
  let report = io.stdout
  let failed = false
  const reported = new Set<string>()
  const problem = (level: 'error' | 'warning', where: string, text: string) => {
    if (level === 'error') failed = true
    io.stderr(`youfirst: ${level}: ${where}: ${text}\n`)
  }
  const configProblem = (error: ConfigError) => {
    failed = true
    if (reported.has(error.message)) return
    reported.add(error.message)
    io.stderr(`youfirst: ${error.message}\n`)
  }

  if (options.stdin) {
    const filePath = options.stdinFilename ? path.resolve(io.cwd, options.stdinFilename) : undefined
    const text = await io.readStdin()
    try {
      const found = loader.forFile(filePath ?? path.join(io.cwd, 'stdin.md'))
      const resolved = resolveConfig(found.config, found.dir, filePath, options.rules)
      const lintOptions = {...(filePath ? {filePath} : {}), resolved}
      if (options.fix || options.fixDryRun) {
        const fixed = fixText(text, {...lintOptions, ...fixRules(options)})
        if (options.fix) {
          // The fixed text is the output; the report of what remains goes to standard error.
          io.stdout(fixed.output)
          report = io.stderr
        } else if (fixed.changed) {
          io.stdout(unifiedDiff(filePath ? path.relative(io.cwd, filePath) : '<stdin>', text, fixed.output))
          report = io.stderr
        }
        results.push({...fixed.result, filePath: filePath ?? '<stdin>'})
      } else {
        results.push({...lint(text, lintOptions), filePath: filePath ?? '<stdin>'})
      }
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      configProblem(error)
    }
  } else {
    const discovered = await discover(options.paths, io.cwd)
    for (const item of discovered.problems) problem('error', item.path, item.problem)
    // --changed-since: lint only files with added or changed lines; their findings are filtered below.
    const changed = options.changedSince === undefined ? undefined : changedSince(options.changedSince, io.cwd)
    if (changed) discovered.files = discovered.files.filter((file) => hasChangedLines(changed.lines(file)))
    const files = options.shard ? inShard(discovered.files, io.cwd, parseShard(options.shard)) : discovered.files
    const fixing = options.fix || options.fixDryRun
    const cache = options.cache && !fixing ? new LintCache(path.resolve(io.cwd, options.cacheLocation)) : undefined

    // Read and resolve on this thread (cheap) and lint on the pool (the work), keeping a
    // bounded window of files in flight and handling results in file order, so memory
    // stays flat however many files there are: only findings are kept.
    interface Pending {
      file: string
      name: string
      buffer: Buffer
      text: string
      key?: string
      result?: FileResult
      job?: Promise<JobResult>
    }
    const prepare = (file: string, id: number): Pending | undefined => {
      const name = path.relative(io.cwd, file) || file
      let resolved: ResolvedConfig
      try {
        const found = loader.forFile(file)
        resolved = resolveConfig(found.config, found.dir, file, options.rules)
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error
        configProblem(error)
        return undefined
      }
      if (resolved.ignored) return undefined
      const read = readSource(file)
      if (!read.ok) {
        problem(read.level, name, read.problem)
        return undefined
      }
      const item: Pending = {file, name, buffer: read.buffer, text: read.text}
      if (cache) {
        item.key = LintCache.key(read.buffer, resolved)
        item.result = cache.get(file, item.key)
      }
      if (!item.result) {
        item.job = pool.run({
          id,
          filePath: file,
          text: read.text,
          resolved,
          fix: fixing,
          ...(options.fixRules.length > 0 ? {fixRules: options.fixRules} : {})
        })
      }
      return item
    }
    const finish = async (item: Pending): Promise<void> => {
      if (item.job) {
        const done = await item.job
        if (done.error) {
          problem('error', item.name, `could not be linted: ${done.error.message}${options.debug && done.error.stack ? `\n${done.error.stack}` : ''}`)
          return
        }
        item.result = done.result!
        if (cache && item.key) cache.set(item.file, item.key, item.result)
        const unparsed = item.result.messages.some((finding) => finding.ruleId === 'parse-error')
        if (fixing && unparsed && item.result.messages.some((finding) => finding.fix && (options.fixRules.length === 0 || options.fixRules.includes(finding.ruleId)))) {
          // fixText leaves such a file alone; say why its fixable findings stay.
          problem('warning', item.name, 'not fixed: the file could not be parsed as its format')
        } else if (done.output !== undefined) {
          if (options.fixDryRun) {
            io.stdout(unifiedDiff(item.name, item.text, done.output))
            report = io.stderr
          } else {
            try {
              writeAtomic(item.file, item.buffer, done.output)
            } catch (error) {
              if (!(error instanceof WriteError)) throw error
              problem('error', item.name, error.message)
            }
          }
        }
      }
      const result = changed ? changed.filter(item.result!) : item.result!
      if (!stream) {
        results.push(result)
        return
      }
      // Streaming JSON: write the file's entry now and keep only what the totals and
      // --min-score need, so memory does not grow with the number of files.
      const shownResult = options.quiet ? onlyErrors(result) : result
      // Stringified inside an array, the entry comes out indented as an array element
      // ("[\n  {…}\n]"): the same text as indenting every line afterwards, without another
      // pass over a report that can run to megabytes.
      const entry = JSON.stringify([shownResult], null, 2).slice('[\n  '.length, -'\n]'.length)
      io.stdout(`${streamed === 0 ? '[\n  ' : ',\n  '}${entry}`)
      streamed++
      results.push({...shownResult, messages: []})
    }

    let bytes = 0
    for (const file of files) {
      try {
        bytes += fs.statSync(file).size
      } catch {
        // reported when it is read
      }
    }
    // The JSON report is an array sorted by path; files are linted in sorted order, so it
    // can be written file by file as results arrive instead of all at the end.
    stream = options.format === 'json' && !fixing && files.every((file, index) => index === 0 || files[index - 1]! <= file)
    const jobs = options.jobs ?? defaultJobs()
    const pool = createPool(jobs, files.length, bytes, options.jobs !== undefined)
    const window: Pending[] = []
    try {
      for (let id = 0; id < files.length; id++) {
        const item = prepare(files[id]!, id)
        if (item) window.push(item)
        if (window.length >= jobs * 4) await finish(window.shift()!)
      }
      while (window.length > 0) await finish(window.shift()!)
    } finally {
      await pool.close()
    }
    if (cache) {
      if (options.paths.length === 0 && !options.shard) cache.prune(new Set(files))
      const failure = cache.save()
      if (failure) problem('warning', options.cacheLocation, failure)
    }
  }

  const shown = options.quiet && !stream ? results.map(onlyErrors) : results
  if (stream) report(streamed === 0 ? '[]\n' : '\n]\n')
  else {
    const output = formatters[options.format]!(shown, {cwd: io.cwd, color: options.color, maxAnnotations: options.maxAnnotations, env: io.env})
    if (output) report(output)
  }

  if (failed) return 2
  const errors = shown.reduce((sum, result) => sum + result.errorCount, 0)
  const warnings = shown.reduce((sum, result) => sum + result.warningCount, 0)
  const scoreFailures = options.minScore === undefined ? [] : minScoreFailures(results, options.minScore, options.minScoreScope, (file) => path.relative(io.cwd, file) || file)
  for (const line of scoreFailures) io.stderr(`youfirst: ${line}\n`)
  if (errors > 0) return 1
  if (scoreFailures.length > 0) return 1
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    io.stderr(`youfirst: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`)
    return 1
  }
  return 0
}

function hasChangedLines(lines: LineSet | undefined): boolean {
  return lines === 'all' || (lines !== undefined && lines.length > 0)
}

function fixRules(options: CliOptions): {fixRules?: string[]} {
  return options.fixRules.length > 0 ? {fixRules: options.fixRules} : {}
}

/** A unified diff of one file, as `git apply` and `patch -p1` read it. */
function unifiedDiff(name: string, before: string, after: string): string {
  const label = name.split(path.sep).join('/')
  return createTwoFilesPatch(`a/${label}`, `b/${label}`, before, after, undefined, undefined, {context: 3}).replace(/^=+\n/, '')
}

function onlyErrors(result: FileResult): FileResult {
  const messages = result.messages.filter((finding) => finding.severity === 2)
  return {
    ...result,
    messages,
    warningCount: 0,
    fixableCount: messages.filter((finding) => finding.fix !== undefined).length
  }
}
