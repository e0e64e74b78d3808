/**
 * src/parse/gfm.ts leaves out GFM's table and autolink-literal constructs when the source
 * cannot contain them. The tree must be exactly the one remark-gfm gives: checked here on
 * generated Markdown and MDX built from the characters those constructs turn on, and on the
 * near misses written out.
 */
import fc from 'fast-check'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {gfmPartsFor} from '../src/parse/gfm.js'
import {markdownProcessor} from '../src/parse/markdown.js'

const runs = Number(process.env.YOUFIRST_FUZZ_RUNS ?? 100)
const seed = process.env.YOUFIRST_FUZZ_SEED ? Number(process.env.YOUFIRST_FUZZ_SEED) : undefined

const reference = {
  markdown: unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze(),
  mdx: unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze()
}

/** The tree (or the error) from remark-gfm and from youfirst's parser for `source`. */
function both(source: string, mdx: boolean): [unknown, unknown] {
  const run = (parse: () => unknown) => {
    try {
      return parse()
    } catch (error) {
      return {error: String(error)}
    }
  }
  return [run(() => reference[mdx ? 'mdx' : 'markdown'].parse(source)), run(() => markdownProcessor(mdx, gfmPartsFor(source)).parse(source))]
}

const fragments = [
  'a', 'We', ' ', ' ', '\n', '\n\n', '\t', '-', '- ', ':', '|', '.', '/', '@', '#', '> ', '* ', '1. ', '[', ']', '(', ')', '[^1]', '[x] ', '[ ] ',
  '~', '~~', '`', '*', '_', '<', '>', '{', '}', '&', '&amp;', '&#64;', '&#x40;', '&commat;', '&colon;', '&sol;', '&period;', '&#119;', '\\',
  'www', 'www.', 'http', 'https', '://', 'mailto:', 'xmpp:', 'example.com', 'a@b.co', 'HTTP', 'WWW', '---', '===', '```', '<div>', '<!-- x -->', '---\ntitle: x\n---\n'
]

describe('GFM without the constructs the source cannot contain', () => {
  it('opens the gates only for what the source can hold', () => {
    expect(gfmPartsFor('We are the leading provider of payroll software.')).toEqual({table: false, autolinkLiteral: false})
    expect(gfmPartsFor('a | b')).toEqual({table: true, autolinkLiteral: false})
    expect(gfmPartsFor('a\n:-')).toEqual({table: true, autolinkLiteral: false})
    expect(gfmPartsFor('Write to hi&#64;example.com')).toEqual({table: false, autolinkLiteral: true})
    expect(gfmPartsFor('See WWW.example.com')).toEqual({table: false, autolinkLiteral: true})
  })

  const cases = [
    'a\n:-',
    'a\n-:\n\nb',
    'a\n: -',
    '| a |\n| - |\n| b |',
    'user&#64;example.com',
    'user&commat;example.com',
    'http&colon;&sol;&sol;example.com',
    '&#119;ww.example.com',
    'www\\.example.com',
    'Mail hi@example.com or see https://example.com.',
    'We are here. You win.',
    '~~gone~~ and [^1]\n\n[^1]: note',
    '- [x] done\n- [ ] not yet'
  ]
  for (const mdx of [false, true]) {
    it(`gives remark-gfm's tree on the near misses (${mdx ? 'MDX' : 'Markdown'})`, () => {
      for (const source of cases) {
        const [expected, actual] = both(source, mdx)
        expect(actual, source).toEqual(expected)
      }
    })

    it(`gives remark-gfm's tree on generated ${mdx ? 'MDX' : 'Markdown'}`, () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...fragments), {maxLength: 40}), (parts) => {
          const source = parts.join('')
          const [expected, actual] = both(source, mdx)
          expect(actual, JSON.stringify(source)).toEqual(expected)
        }),
        {numRuns: runs * 5, seed}
      )
    })
  }
})
