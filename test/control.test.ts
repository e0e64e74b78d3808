/**
 * Inline control comments silence findings in every format, headings included.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {createControl} from '../src/engine/control.js'
import {lint} from '../src/engine/lint.js'
import type {Directive, DirectiveKind} from '../src/parse/directives.js'
import type {Format} from '../src/types.js'

function found(text: string, format: Format): string[] {
  return lint(text, {format, config: {rules: Object.fromEntries([['brag', 'warn']])}})
    .messages.filter((m) => m.ruleId === 'brag')
    .map((m) => `${m.line}:${m.actual}`)
}

describe('Markdown and HTML comments', () => {
  it('disable … enable, for one rule or all', () => {
    const text = [
      'A world-class start.',
      '',
      '<!-- youfirst-disable brag -->',
      '',
      'An award-winning middle.',
      '',
      '## A cutting-edge heading',
      '',
      '<!-- youfirst-enable brag -->',
      '',
      'A best-in-class end.',
      '',
      '<!-- youfirst-disable -->',
      '',
      'An unparalleled tail.'
    ].join('\n')
    expect(found(text, 'markdown')).toEqual(['1:world-class', '11:best-in-class'])
  })

  it('disable-next-line works on headings and paragraphs', () => {
    const text = '<!-- youfirst-disable-next-line brag -->\n# Our award-winning team\n\nOur world-class team.\n'
    expect(found(text, 'markdown')).toEqual(['4:world-class'])
  })

  it('a comment for another rule silences nothing here', () => {
    expect(found('<!-- youfirst-disable-next-line we-focus -->\nA world-class team.\n', 'markdown')).toEqual(['2:world-class'])
  })

  it('ignore applies to the next block only', () => {
    const text = '<!-- youfirst-ignore -->\n- A world-class list\n- over two award-winning items\n\nA cutting-edge paragraph.\n'
    expect(found(text, 'markdown')).toEqual(['5:cutting-edge'])
  })

  it('works in HTML', () => {
    const text = '<h1>A world-class page</h1>\n<!-- youfirst-ignore brag -->\n<p>An award-winning paragraph.</p>\n<!-- youfirst-disable-next-line -->\n<p>A cutting-edge line.</p>\n<p>A best-in-class line.</p>'
    expect(found(text, 'html')).toEqual(['1:world-class', '6:best-in-class'])
  })

  it('works in MDX with JavaScript comments', () => {
    const text = '{/* youfirst-disable-next-line brag */}\n# A world-class heading\n\n{/* youfirst-ignore */}\nAn award-winning paragraph.\n\nA cutting-edge paragraph.\n'
    expect(found(text, 'mdx')).toEqual(['7:cutting-edge'])
  })

  it('a control comment inside a code block is just code', () => {
    const text = '```html\n<!-- youfirst-disable -->\n```\n\nA world-class team.\n'
    expect(found(text, 'markdown')).toEqual(['5:world-class'])
  })
})

describe('createControl', () => {
  /** What each directive says, read in full for every finding: the plain reading the control must agree with. */
  function reference(directives: Directive[], lineOf: (offset: number) => number) {
    const applies = (directive: Directive, ruleId: string) => directive.rules.length === 0 || directive.rules.includes(ruleId)
    return (ruleId: string, start: number, line: number): boolean => {
      let disabled = false
      for (const directive of directives) {
        if (directive.start > start) break
        if (!applies(directive, ruleId)) continue
        if (directive.kind === 'disable') disabled = true
        else if (directive.kind === 'enable') disabled = false
      }
      if (disabled) return true
      if (directives.some((directive) => directive.kind === 'disable-next-line' && lineOf(directive.end) + 1 === line && applies(directive, ruleId))) return true
      return directives.some((directive) => directive.kind === 'ignore' && directive.target !== undefined && start >= directive.target[0] && start < directive.target[1] && applies(directive, ruleId))
    }
  }

  it('answers as reading every directive for every finding would, for generated directives', () => {
    const rule = fc.constantFrom('brag', 'buzzword', 'we-focus')
    const directive = fc.record({
      kind: fc.constantFrom('disable', 'enable', 'disable-next-line', 'ignore') as fc.Arbitrary<DirectiveKind>,
      rules: fc.array(rule, {maxLength: 2}),
      start: fc.nat(200),
      length: fc.integer({min: 1, max: 20}),
      target: fc.tuple(fc.nat(200), fc.integer({min: 1, max: 60}))
    })
    const lineOf = (offset: number) => Math.floor(offset / 20) + 1
    fc.assert(
      fc.property(fc.array(directive, {maxLength: 12}), fc.array(fc.tuple(rule, fc.nat(220)), {maxLength: 20}), (raw, findings) => {
        const directives: Directive[] = raw
          .map(({kind, rules, start, length, target}) => ({kind, rules, start, end: start + length, ...(kind === 'ignore' ? {target: [target[0], target[0] + target[1]] as [number, number]} : {})}))
          .sort((a, b) => a.start - b.start)
        const control = createControl(directives, lineOf)
        const plain = reference(directives, lineOf)
        for (const [ruleId, start] of findings) expect(control(ruleId, start, lineOf(start)), `${ruleId} at ${start}`).toBe(plain(ruleId, start, lineOf(start)))
      }),
      {numRuns: 500}
    )
  })
})
