/**
 * Command-line arguments, parsed with Node's own `util.parseArgs` (no dependency, strict
 * about unknown options).
 */
import {parseArgs} from 'node:util'
import {formatNames} from '../format/index.js'
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
  config?: string
  rules: Record<string, RuleSetting>
  debug: boolean
  color: boolean
  help: boolean
  version: boolean
}

export const helpText = `Usage: youfirst [options] [paths or globs…]

Lint marketing copy for customer focus: Markdown (.md, .markdown), MDX (.mdx),
HTML (.html, .htm) and plain text (.txt). With no paths, lints the current folder.
Folders are searched for those extensions; .gitignore and .youfirstignore apply.

Options:
  -f, --format <name>       Report format: ${formatNames().join(', ')} (default: stylish)
  -c, --config <file>       Use this config file instead of looking for .youfirstrc*
      --rule <id>:<level>   Set a rule to off, warn or error (repeatable)
      --quiet               Report errors only; warnings are not shown or counted
      --max-warnings <n>    Exit 1 when there are more than n warnings
      --stdin               Lint text from standard input
      --stdin-filename <f>  Name (and so format and config) for --stdin text
      --no-color            Plain output
      --debug               Show stack traces for internal errors
  -v, --version             Print the version
  -h, --help                Print this help

Exit codes:
  0  no errors, and warnings within --max-warnings
  1  errors, or too many warnings
  2  a usage error, a bad config, or a file that could not be read

Examples:
  youfirst                               lint every page under this folder
  youfirst content/ "pages/**/*.mdx"     lint a folder and a glob
  youfirst --format json site/ > report.json
  youfirst --rule brag:error --max-warnings 0 README.md
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
        stdin: {type: 'boolean', default: false},
        'stdin-filename': {type: 'string'},
        color: {type: 'boolean'},
        'no-color': {type: 'boolean'},
        debug: {type: 'boolean', default: false},
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

  const rules: Record<string, RuleSetting> = {}
  for (const value of values.rule) {
    const match = /^([a-z0-9-]+):(\w+)$/.exec(value)
    if (!match || !levels.includes(match[2] as SeverityName)) {
      throw new UsageError(`--rule expects <id>:off|warn|error, got “${value}”`)
    }
    rules[match[1]!] = match[2] as SeverityName
  }

  if (values['stdin-filename'] !== undefined && !values.stdin) {
    throw new UsageError('--stdin-filename needs --stdin')
  }
  if (values.stdin && parsed.positionals.length > 0) {
    throw new UsageError('--stdin lints standard input; do not pass paths as well')
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
    ...(values.config === undefined ? {} : {config: values.config}),
    rules,
    debug: values.debug,
    color,
    help: values.help,
    version: values.version
  }
}
