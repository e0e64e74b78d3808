/**
 * Each rule is a plain retext plugin, and the default export a retext preset: both work in
 * anyone's own unified pipeline, without youfirst's engine.
 */
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import remarkStringify from 'remark-stringify'
import retextEnglish from 'retext-english'
import retextStringify from 'retext-stringify'
import {describe, expect, it} from 'vitest'
import youfirst, {lint, preset, rules} from '../src/index.js'
import brag from '../rules/brag/index.js'

describe('rules as retext plugins', () => {
  it('a rule works in remark → remark-retext → retext', async () => {
    const file = await unified()
      .use(remarkParse)
      .use(remarkRetext, unified().use(retextEnglish).use(brag))
      .use(remarkStringify)
      .process('# Hello\n\nWe offer world-class support.\n')
    expect(file.messages.map((message) => [message.ruleId, message.source, message.actual, message.line, message.column])).toEqual([
      ['brag', 'youfirst', 'world-class', 3, 10]
    ])
    expect(file.messages[0]!.url).toBe('https://github.com/youfirst-lint/youfirst/blob/main/rules/brag/README.md')
  })

  it('the default export is a preset with every rule, for retext', async () => {
    const file = await unified().use(retextEnglish).use(youfirst).use(retextStringify).process('We offer world-class support.')
    expect(file.messages.map((message) => message.ruleId)).toContain('brag')
    expect(preset({brands: ['Acme']}).plugins).toHaveLength(rules.length)
  })

  it('lint() runs youfirst’s own pipeline with exact offsets', () => {
    const text = 'Tom &amp; Jerry offer world-class help.'
    const result = lint(text, {filePath: 'page.md'})
    expect(result.messages).toHaveLength(1)
    expect(text.slice(...result.messages[0]!.range)).toBe('world-class')
  })
})
