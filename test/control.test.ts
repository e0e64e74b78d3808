/**
 * Inline control comments silence findings in every format, headings included.
 */
import {describe, expect, it} from 'vitest'
import {lint} from '../src/engine/lint.js'
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
