/**
 * src/parse/gfm.ts leaves out GFM's autolink literals, and its table construct when the source
 * cannot contain a table. Checked here on generated Markdown and MDX built from the characters
 * those constructs turn on, and on the near misses written out:
 * - the table gate never changes the tree;
 * - wherever no autolink literal can occur, the tree is exactly the one remark-gfm gives;
 * - every node has a position, so no text is left without a place in the source;
 * - a bare URL or e-mail address stays text, out of the prose, and loses no words around it.
 */
import fc from 'fast-check'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {toString} from 'nlcst-to-string'
import {visit} from 'unist-util-visit'
import type {Node} from 'unist'
import {gfmPartsFor} from '../src/parse/gfm.js'
import {parse} from '../src/parse/index.js'
import {markdownProcessor} from '../src/parse/markdown.js'

const runs = Number(process.env.YOUFIRST_FUZZ_RUNS ?? 100)
const seed = process.env.YOUFIRST_FUZZ_SEED ? Number(process.env.YOUFIRST_FUZZ_SEED) : undefined

const reference = {
  markdown: unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze(),
  mdx: unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze()
}

/** The tree, or the error, that `parse` gives. */
function run(parse: () => unknown): unknown {
  try {
    return parse()
  } catch (error) {
    return {error: String(error)}
  }
}

/** The tree from youfirst's parser with the table gate, and with every construct it uses. */
function gated(source: string, mdx: boolean): [unknown, unknown] {
  return [run(() => markdownProcessor(mdx).parse(source)), run(() => markdownProcessor(mdx, gfmPartsFor(source)).parse(source))]
}

/** The tree from remark-gfm and from youfirst's parser for `source`. */
function both(source: string, mdx: boolean): [unknown, unknown] {
  return [run(() => reference[mdx ? 'mdx' : 'markdown'].parse(source)), run(() => markdownProcessor(mdx, gfmPartsFor(source)).parse(source))]
}

/** What can start an autolink literal, in the source or in a character reference that decodes to one. */
const autolinkMarks = /@|www|http|&(?:#|commat;|colon;|sol;|period;)/i

const fragments = [
  'a', 'We', ' ', ' ', '\n', '\n\n', '\t', '-', '- ', ':', '|', '.', '/', '@', '#', '> ', '* ', '1. ', '[', ']', '(', ')', '[^1]', '[x] ', '[ ] ',
  '~', '~~', '`', '*', '_', '<', '>', '{', '}', '&', '&amp;', '&#64;', '&#x40;', '&commat;', '&colon;', '&sol;', '&period;', '&#119;', '\\',
  'www', 'www.', 'http', 'https', '://', 'mailto:', 'xmpp:', 'example.com', 'a@b.co', 'HTTP', 'WWW', '---', '===', '```', '<div>', '<!-- x -->', '---\ntitle: x\n---\n'
]

describe('GFM without autolink literals, and without tables where none can occur', () => {
  it('opens the table gate only for what the source can hold', () => {
    expect(gfmPartsFor('We are the leading provider of payroll software.')).toEqual({table: false})
    expect(gfmPartsFor('a | b')).toEqual({table: true})
    expect(gfmPartsFor('a\n:-')).toEqual({table: true})
    expect(gfmPartsFor('a\n-:')).toEqual({table: true})
  })

  const cases = [
    'a\n:-',
    'a\n-:\n\nb',
    'a\n: -',
    '| a |\n| - |\n| b |',
    'We are here. You win.',
    '~~gone~~ and [^1]\n\n[^1]: note',
    '- [x] done\n- [ ] not yet'
  ]
  for (const mdx of [false, true]) {
    const name = mdx ? 'MDX' : 'Markdown'
    it(`gives remark-gfm's tree on the near misses (${name})`, () => {
      for (const source of cases) {
        const [expected, actual] = both(source, mdx)
        expect(actual, source).toEqual(expected)
      }
    })

    it(`gives the same tree with and without the table gate on generated ${name}`, () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...fragments), {maxLength: 40}), (parts) => {
          const source = parts.join('')
          const [expected, actual] = gated(source, mdx)
          expect(actual, JSON.stringify(source)).toEqual(expected)
        }),
        {numRuns: runs * 5, seed}
      )
    })

    it(`gives remark-gfm's tree on generated ${name} that cannot hold an autolink literal`, () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...fragments), {maxLength: 40}), (parts) => {
          const source = parts.join('')
          fc.pre(!autolinkMarks.test(source))
          const [expected, actual] = both(source, mdx)
          expect(actual, JSON.stringify(source)).toEqual(expected)
        }),
        {numRuns: runs * 5, seed}
      )
    })

    it(`gives every node a position on generated ${name}`, () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...fragments), {maxLength: 40}), (parts) => {
          const source = parts.join('')
          let tree: Node
          try {
            tree = markdownProcessor(mdx, gfmPartsFor(source)).parse(source)
          } catch {
            return // MDX that does not parse: the caller reports it.
          }
          visit(tree, (node) => {
            expect(node.position, `${node.type} in ${JSON.stringify(source)}`).toBeDefined()
          })
        }),
        {numRuns: runs * 5, seed}
      )
    })
  }

  it('keeps a bare URL or e-mail address as text, and out of the prose', () => {
    const source = 'Mail hi@example.com or see https://example.com/a_b_c. Visit www.example.com today.'
    const tree = markdownProcessor(false, gfmPartsFor(source)).parse(source)
    expect(tree.children[0]).toMatchObject({type: 'paragraph', children: [{type: 'text', value: source}]})
    const prose = parse(source, {format: 'markdown', frontMatterKeys: []}).tree
    const words: string[] = []
    visit(prose, 'WordNode', (node) => {
      words.push(toString(node))
    })
    expect(words).toEqual(['Mail', 'or', 'see', 'Visit', 'today'])
  })

  it('loses no words around an e-mail address in brackets', () => {
    const source = 'If these steps fail, open an issue with [support@cloud.gov].'
    const prose = parse(source, {format: 'markdown', frontMatterKeys: []}).tree
    expect(toString(prose).replace(/\s+/g, ' ')).toBe(source)
    const words: string[] = []
    visit(prose, 'WordNode', (node) => {
      words.push(toString(node))
    })
    expect(words).toEqual(['If', 'these', 'steps', 'fail', 'open', 'an', 'issue', 'with'])
  })
})
