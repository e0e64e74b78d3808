/**
 * The command-line program, as a function: arguments and streams in, exit code out.
 */
import path from 'node:path'
import {ConfigError, ConfigLoader} from '../config/load.js'
import {resolveConfig} from '../config/resolve.js'
import {lint} from '../engine/lint.js'
import {formatters} from '../format/index.js'
import type {FileResult} from '../types.js'
import {version} from '../version.js'
import {helpText, parseCli, UsageError, type CliOptions} from './args.js'
import {discover} from './files.js'
import {readSource} from './read.js'

export interface Io {
  cwd: string
  env: NodeJS.ProcessEnv
  stdout: (text: string) => void
  stderr: (text: string) => void
  readStdin: () => Promise<string>
  isTTY: boolean
}

export async function run(argv: string[], io: Io): Promise<number> {
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
      results.push({...lint(text, {...(filePath ? {filePath} : {}), resolved}), filePath: filePath ?? '<stdin>'})
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      configProblem(error)
    }
  } else {
    const {files, problems} = await discover(options.paths, io.cwd)
    for (const item of problems) problem('error', item.path, item.problem)
    for (const file of files) {
      let resolved
      try {
        const found = loader.forFile(file)
        resolved = resolveConfig(found.config, found.dir, file, options.rules)
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error
        configProblem(error)
        continue
      }
      if (resolved.ignored) continue
      const read = readSource(file)
      if (!read.ok) {
        problem(read.level, path.relative(io.cwd, file) || file, read.problem)
        continue
      }
      try {
        results.push(lint(read.text, {filePath: file, resolved}))
      } catch (error) {
        problem('error', path.relative(io.cwd, file) || file, `could not be linted: ${(error as Error).message}${options.debug ? `\n${(error as Error).stack}` : ''}`)
      }
    }
  }

  const shown = options.quiet ? results.map(onlyErrors) : results
  const output = formatters[options.format]!(shown, {cwd: io.cwd, color: options.color})
  if (output) io.stdout(output)

  if (failed) return 2
  const errors = shown.reduce((sum, result) => sum + result.errorCount, 0)
  const warnings = shown.reduce((sum, result) => sum + result.warningCount, 0)
  if (errors > 0) return 1
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    io.stderr(`youfirst: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`)
    return 1
  }
  return 0
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
