/**
 * The rule registry: look rules up by id, and compile each (rule, options) pair once so
 * every file of a run reuses the same transformer and its precompiled word lists.
 */
import {rules} from '../../rules/index.js'
import type {RuleModule, SharedOptions, Transformer} from '../prose/rule.js'

const byId = new Map<string, RuleModule<never>>(rules.map((rule) => [rule.meta.id, rule]))

export function ruleIds(): string[] {
  return rules.map((rule) => rule.meta.id)
}

export function getRule(id: string): RuleModule<never> | undefined {
  return byId.get(id)
}

const compiled = new Map<string, Transformer>()

/** The transformer for `id` with `options`, compiled on first use. */
export function transformer(id: string, options: Record<string, unknown> & SharedOptions): Transformer {
  const key = `${id}\u0000${JSON.stringify(options)}`
  let result = compiled.get(key)
  if (!result) {
    const rule = byId.get(id)
    if (!rule) throw new Error(`Unknown rule “${id}”`)
    result = rule.plugin(options as never)
    // Keep the cache bounded when configs vary from file to file.
    if (compiled.size > 500) compiled.clear()
    compiled.set(key, result)
  }
  return result
}
