/**
 * youfirst's public API.
 *
 * - The default export is a retext preset with every rule, for your own unified pipeline:
 *   `unified().use(remarkParse).use(remarkRetext, unified().use(retextEnglish).use(youfirst))`.
 * - Each rule is also its own retext plugin: `import brag from 'youfirst/rules/brag'`.
 * - `lint(text, {filePath, config})` runs youfirst's own pipeline, with exact source offsets.
 */
import type {Preset} from 'unified'
import {rules} from '../rules/index.js'

export {lint, type LintOptions} from './engine/lint.js'
export {resolveConfig, type ResolvedConfig, type ActiveRule} from './config/resolve.js'
export {ConfigLoader, ConfigError, readConfigFile, validateConfig} from './config/load.js'
export {configSchema} from './config/schema.js'
export {parse, formatFor, extensions, type ProseDocument, type ParseOptions} from './parse/index.js'
export type {Directive} from './parse/directives.js'
export type {RuleMeta, RuleModule, SharedOptions, Transformer} from './prose/rule.js'
export type * from './types.js'
export {rules}

/** The retext preset: every rule at its defaults, with the given brand names. */
export function preset(options: {brands?: string[]} = {}): Preset {
  return {plugins: rules.map((rule) => [rule.plugin, {brands: options.brands ?? []}])}
}

const youfirst: Preset = preset()
export default youfirst
