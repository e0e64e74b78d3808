/**
 * Resolve the configuration for one file: defaults, then `rules`, then each matching
 * `overrides` entry in order, then rule settings given on the command line.
 */
import path from 'node:path'
import picomatch from 'picomatch'
import {rules} from '../../rules/index.js'
import {defaultFrontMatterKeys} from '../parse/frontmatter.js'
import type {Config, RuleSetting, Severity} from '../types.js'

export interface ActiveRule {
  id: string
  severity: Severity
  options: Record<string, unknown>
}

export interface ResolvedConfig {
  rules: ActiveRule[]
  brands: string[]
  frontMatterKeys: string[]
  /** The file matches the config's `ignore` globs. */
  ignored: boolean
}

const matchers = new Map<string, (value: string) => boolean>()

function matches(globs: string[], relative: string): boolean {
  return globs.some((glob) => {
    let test = matchers.get(glob)
    if (!test) {
      test = picomatch(glob, {dot: true, basename: !glob.includes('/')})
      matchers.set(glob, test)
    }
    return test(relative)
  })
}

function apply(target: Map<string, RuleSetting>, settings: Record<string, RuleSetting> | undefined): void {
  for (const [id, setting] of Object.entries(settings ?? {})) {
    const previous = target.get(id)
    // `"warn"` after `["error", {…}]` keeps the options, as in ESLint.
    if (typeof setting === 'string' && Array.isArray(previous) && previous[1]) {
      target.set(id, [setting, previous[1]])
    } else {
      target.set(id, setting)
    }
  }
}

/**
 * @param config the file's configuration
 * @param dir the folder the config's globs are relative to
 * @param filePath the linted file (absolute or relative to `dir`), if there is one
 * @param cliRules rule settings from `--rule`, applied last
 */
export function resolveConfig(
  config: Config,
  dir: string,
  filePath?: string,
  cliRules: Record<string, RuleSetting> = {}
): ResolvedConfig {
  const settings = new Map<string, RuleSetting>()
  for (const rule of rules) settings.set(rule.meta.id, rule.meta.defaultSeverity)
  apply(settings, config.rules)
  let brands = config.brands ?? []

  const relative = filePath ? path.relative(dir, path.resolve(dir, filePath)).split(path.sep).join('/') : undefined
  if (relative !== undefined) {
    for (const override of config.overrides ?? []) {
      if (!matches(override.files, relative)) continue
      apply(settings, override.rules)
      if (override.brands) brands = override.brands
    }
  }
  apply(settings, cliRules)

  const active: ActiveRule[] = []
  for (const [id, setting] of settings) {
    const [name, options] = typeof setting === 'string' ? [setting, undefined] : setting
    if (name === 'off') continue
    active.push({id, severity: name === 'error' ? 2 : 1, options: {...(options ?? {}), brands}})
  }

  return {
    rules: active,
    brands,
    frontMatterKeys: config.frontMatterKeys ?? defaultFrontMatterKeys,
    ignored: relative !== undefined && !relative.startsWith('..') && matches(config.ignore ?? [], relative)
  }
}
