/**
 * Finding, reading and validating configuration files.
 *
 * Discovery uses lilconfig (a small, dependency-free config finder) with loaders for JSON
 * and YAML only: configuration is data and never executes code. The nearest config file to
 * a linted file wins, whole; configs do not cascade or merge. `--config <file>` replaces
 * discovery for every file.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {lilconfigSync, type LilconfigResult} from 'lilconfig'
import parseJson from 'parse-json'
import {parse as parseYaml, YAMLParseError} from 'yaml'
import {createRequire} from 'node:module'
import type {ErrorObject, ValidateFunction} from 'ajv'
import {configSchema} from './schema.js'
import type {Config} from '../types.js'

/** A configuration problem; `message` is one line that names the file and the key. */
export class ConfigError extends Error {
  readonly file: string
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`)
    this.name = 'ConfigError'
    this.file = file
  }
}

export const searchPlaces = ['package.json', '.youfirstrc', '.youfirstrc.json', '.youfirstrc.yaml', '.youfirstrc.yml']

function loadJson(file: string, content: string): unknown {
  try {
    return parseJson(content)
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error)
    const position = /at position (\d+)/.exec(message)
    let where = ''
    if (position) {
      const before = content.slice(0, Number(position[1])).split('\n')
      where = ` at line ${before.length}, column ${before.at(-1)!.length + 1}`
    }
    throw new ConfigError(file, `invalid JSON${where}: ${message.replace(/ in JSON at position \d+.*$/, '').replace(/\s*while parsing.*$/, '')}`)
  }
}

function loadYaml(file: string, content: string): unknown {
  try {
    // Unknown tags (`!!js/function`) stay plain strings; logLevel 'error' keeps yaml from
    // printing a warning about them on stderr, since the schema check reports wrong types.
    return parseYaml(content, {prettyErrors: true, uniqueKeys: true, logLevel: 'error'})
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0]
      const first = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
      throw new ConfigError(file, `invalid YAML${line ? ` at line ${line.line}, column ${line.col}` : ''}: ${first}`)
    }
    throw error
  }
}

/** Read and parse one config file by its name; throws ConfigError. */
export function readConfigFile(file: string): Config {
  let content: string
  try {
    content = fs.readFileSync(file, 'utf8')
  } catch (error) {
    throw new ConfigError(file, `cannot read config file (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  const base = path.basename(file)
  let value: unknown
  if (base === 'package.json') {
    value = (loadJson(file, content) as Record<string, unknown> | null)?.youfirst ?? {}
  } else if (/\.json$/i.test(base)) {
    value = content.trim() === '' ? {} : loadJson(file, content)
  } else {
    value = content.trim() === '' ? {} : loadYaml(file, content)
  }
  return validateConfig(value ?? {}, file)
}

/** The options every config validator is compiled with, here and in `scripts/build-validator.ts`. */
export const validatorOptions = {allErrors: true, strict: false, verbose: true} as const

/** Identifies a schema, so a precompiled validator is used only for the schema it came from. */
export function schemaDigest(schema: object): string {
  return crypto.createHash('sha256').update(JSON.stringify(schema)).digest('hex')
}

const require = createRequire(import.meta.url)
let compiled: ValidateFunction | undefined

/**
 * The config validator. Compiling the schema with Ajv costs about 0.3 s, a whole start-up's
 * budget, so the build precompiles it (Ajv's standalone code) into
 * `validate.generated.cjs` beside the built module; running from source, it is compiled
 * here on first use, as it is when the precompiled one was built from another schema.
 */
export function configValidator(): ValidateFunction {
  if (!compiled) {
    const schema = configSchema()
    try {
      const generated = require('./validate.generated.cjs') as {default: ValidateFunction; digest: string}
      if (generated.digest === schemaDigest(schema)) compiled = generated.default
    } catch {
      // not built: compile below
    }
    if (!compiled) {
      const {Ajv2020} = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js')
      compiled = new Ajv2020(validatorOptions).compile(schema)
    }
  }
  return compiled
}

/** Keys other linters use to load code from a config; youfirst explains why it has none. */
const codeKeys = new Set(['plugins', 'extends', 'require', 'parser', 'processor', 'preset', 'presets', 'loaders'])

function keyPath(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part, index) => (/^\d+$/.test(part) ? `[${part}]` : index === 0 ? part : `.${part}`))
    .join('')
}

function describe(error: ErrorObject): string {
  const where = keyPath(error.instancePath)
  const at = where ? `${where}: ` : ''
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = (error.params as {additionalProperty: string}).additionalProperty
      const parent = where.split('.').at(-1)
      if (parent === 'rules') return `${at}unknown rule “${key}”`
      if (!where && codeKeys.has(key)) {
        return `“${key}”: a youfirst config is data and never loads code, so it cannot name plugins, parsers or modules (use youfirst's library API to add your own rules)`
      }
      const allowed = Object.keys(((error.parentSchema as {properties?: object}).properties ?? {})).filter((name) => name !== '$schema')
      return `${at}unknown key “${key}”; expected one of ${allowed.join(', ')}`
    }
    case 'enum':
      return `${at}expected one of ${(error.params as {allowedValues: unknown[]}).allowedValues.map((value) => JSON.stringify(value)).join(', ')}`
    case 'type':
      return `${at}expected ${(error.params as {type: string}).type}`
    case 'anyOf':
      if (/^\/(?:overrides\/\d+\/)?rules\/[^/]+$/.test(error.instancePath)) {
        return `${at}expected "off", "warn", "error", or ["off" | "warn" | "error", {options}]`
      }
      return `${at}${error.message ?? 'is invalid'}`
    default:
      return `${at}${error.message ?? 'is invalid'}`
  }
}

/** Validate a parsed config; throws ConfigError naming the key and what was expected. */
export function validateConfig(value: unknown, file: string): Config {
  const validate = configValidator()
  if (validate(value)) return value as Config
  const errors = validate.errors ?? []
  // The deepest error is the most specific; an anyOf over rule settings is clearest at its own level.
  const ruleSetting = errors.find((error) => error.keyword === 'anyOf' && /^\/(?:overrides\/\d+\/)?rules\/[^/]+$/.test(error.instancePath))
  const optionError = errors.find((error) => /^\/(?:overrides\/\d+\/)?rules\/[^/]+\/1(?:\/|$)/.test(error.instancePath))
  const chosen =
    optionError ??
    ruleSetting ??
    [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0]
  throw new ConfigError(file, chosen ? describe(chosen) : 'invalid configuration')
}

export interface FoundConfig {
  config: Config
  /** The config file, or undefined when there is none and defaults apply. */
  file?: string
  /** The folder paths in the config are relative to. */
  dir: string
}

/** Finds the config for each linted file, caching per folder. */
export class ConfigLoader {
  private readonly explicit?: FoundConfig
  private readonly searcher = lilconfigSync('youfirst', {
    searchPlaces,
    ignoreEmptySearchPlaces: false,
    loaders: {
      '.json': (file, content) => (path.basename(file) === 'package.json' ? loadJson(file, content) : readConfigFile(file)),
      '.yaml': (file) => readConfigFile(file),
      '.yml': (file) => readConfigFile(file),
      noExt: (file) => readConfigFile(file)
    }
  })
  private readonly cwd: string

  constructor(options: {configFile?: string; cwd?: string} = {}) {
    this.cwd = options.cwd ?? process.cwd()
    if (options.configFile) {
      const file = path.resolve(this.cwd, options.configFile)
      if (!fs.existsSync(file)) throw new ConfigError(file, 'config file not found')
      this.explicit = {config: readConfigFile(file), file, dir: path.dirname(file)}
    }
  }

  /** The config that applies to `filePath`; throws ConfigError. */
  forFile(filePath: string): FoundConfig {
    if (this.explicit) return this.explicit
    let result: LilconfigResult
    try {
      result = this.searcher.search(path.dirname(path.resolve(this.cwd, filePath)))
    } catch (error) {
      if (error instanceof ConfigError) throw error
      throw new ConfigError(filePath, (error as Error).message)
    }
    if (!result) return {config: {}, dir: this.cwd}
    const config =
      path.basename(result.filepath) === 'package.json'
        ? validateConfig(result.config ?? {}, result.filepath)
        : ((result.config as Config | null) ?? {})
    return {config, file: result.filepath, dir: path.dirname(result.filepath)}
  }
}
