/**
 * What counts as prose in each format, and what never does.
 */
import {toString} from 'nlcst-to-string'
import {describe, expect, it} from 'vitest'
import {parse} from '../src/parse/index.js'
import type {BlockData, Format} from '../src/types.js'

function blocks(source: string, format: Format, frontMatterKeys?: string[]) {
  return parse(source, {format, ...(frontMatterKeys ? {frontMatterKeys} : {})}).tree.children.map((paragraph) => {
    const data = paragraph.data as BlockData
    return `${data.kind}${data.quote ? ' (quote)' : ''}${data.key ? ` ${data.key}` : ''}: ${toString(paragraph).replace(/\s+/g, ' ')}`
  })
}

function words(source: string, format: Format): string {
  return parse(source, {format})
    .tree.children.map((paragraph) => {
      const found: string[] = []
      if (paragraph.type !== 'ParagraphNode') return ''
      for (const sentence of paragraph.children) {
        if (sentence.type !== 'SentenceNode') continue
        for (const node of sentence.children) if (node.type === 'WordNode') found.push(toString(node))
      }
      return found.join(' ')
    })
    .join(' | ')
}

describe('Markdown', () => {
  it('reads paragraphs, headings, list items, table cells, link text, alt text and front matter', () => {
    const source = [
      '---',
      'title: Payroll for you',
      'description: "Run payroll in minutes"',
      'author: Not Prose',
      '---',
      '',
      '# Heading text',
      '',
      'A [link text](https://example.com) and ![alt words](x.png).',
      '',
      '- list item',
      '',
      '| Plan | Price |',
      '| --- | --- |',
      '| Pro plan | Ten dollars |',
      '',
      '> A customer said this.'
    ].join('\n')
    expect(blocks(source, 'markdown')).toEqual([
      'frontMatter title: Payroll for you',
      'frontMatter description: Run payroll in minutes',
      'heading: Heading text',
      'paragraph: A link text and .',
      'alt: alt words',
      'listItem: list item',
      'tableCell: Plan',
      'tableCell: Price',
      'tableCell: Pro plan',
      'tableCell: Ten dollars',
      'paragraph (quote): A customer said this.'
    ])
  })

  it('takes front-matter keys from configuration, TOML too', () => {
    expect(blocks('+++\ntitle = "Toml title"\nsummary = "A summary"\n+++\n\nBody.', 'markdown', ['summary'])).toEqual([
      'frontMatter summary: A summary',
      'paragraph: Body.'
    ])
  })

  it('never reads code, URLs or template tags as prose', () => {
    const source = [
      'Run `npm install acme` {{ .Site.Title }} {% include x.html %} at https://acme.example/path or www.acme.example.',
      '',
      '```js',
      'const we = "world-class"',
      '```',
      '',
      '    indented code block',
      '',
      '<https://acme.example/autolink>'
    ].join('\n')
    expect(words(source, 'markdown')).toBe('Run at or')
  })
})

describe('MDX', () => {
  it('reads JSX text children but not imports, exports, expressions or attributes', () => {
    const source = [
      "import {Button} from './button'",
      "export const meta = {title: 'Not prose'}",
      '',
      '# Hello {props.name}',
      '',
      '<Hero title="Not prose either">',
      '  Text inside a component.',
      '</Hero>',
      '',
      'Go <Button href="/start">Start your trial</Button> today.',
      '',
      '{/* a comment */}'
    ].join('\n')
    expect(words(source, 'mdx')).toBe('Hello | Text inside a component | Go Start your trial today')
    const cta = parse(source, {format: 'mdx'}).tree.children.at(-1)!.data as BlockData
    expect(cta.links).toHaveLength(1)
  })

  it('reads HTML elements of block level on consecutive lines inside a component as a block each', () => {
    const source = '<Hero>\n  <h1>Data Bootcamp</h1>\n  <p>We teach SQL.</p>\n  <li>Week one</li>\n</Hero>\n\n<Hero>\n  <h2>Plans</h2> and <b>more</b>\n</Hero>\n'
    const blocks = parse(source, {format: 'mdx'}).tree.children.map((block) => [block.data, toString(block)])
    expect(blocks).toEqual([
      [{kind: 'heading', depth: 1}, 'Data Bootcamp'],
      [{kind: 'paragraph'}, 'We teach SQL.'],
      [{kind: 'listItem'}, 'Week one'],
      // Not only block elements: one paragraph, as before.
      [{kind: 'paragraph'}, 'Plans and more']
    ])
  })
})

describe('HTML', () => {
  it('reads text, alt and title, never scripts, styles, code or other attributes', () => {
    const source = [
      '<html><head><title>Page title</title><style>p{}</style><script>var we = 1</script></head>',
      '<body><h2 class="not-prose">Heading</h2>',
      '<p data-x="not prose">Body <strong>text</strong> and <a href="/x" title="Link title">link</a>.</p>',
      '<img alt="Alt text" src="x.png"><pre>code block</pre><code>inline code</code>',
      '<blockquote>Quoted words.</blockquote>',
      '<table><tr><td>Cell one</td><td>Cell two</td></tr></table>',
      '<a class="button" href="/contact">Contact us</a>',
      '</body></html>'
    ].join('\n')
    expect(blocks(source, 'html')).toEqual([
      'title: Page title',
      'heading: Heading',
      'paragraph: Body text and link.',
      'attribute: Link title',
      'alt: Alt text',
      'paragraph (quote): Quoted words.',
      'tableCell: Cell one',
      'tableCell: Cell two',
      'paragraph: Contact us'
    ])
  })
})

describe('plain text', () => {
  it('splits paragraphs on blank lines and skips URLs and e-mail addresses', () => {
    expect(blocks('One line.\n\nTwo at https://x.example or hi@x.example.\nStill two.', 'text')).toEqual([
      'paragraph: One line.',
      'paragraph: Two at https://x.example or hi@x.example. Still two.'
    ])
    expect(words('Two at https://x.example or hi@x.example.', 'text')).toBe('Two at or')
  })

  it('reads a line in capitals at the top of a paragraph as its heading, but not shouted text, and bulleted lines as list items', () => {
    expect(blocks('KITELY WINDOW CLEANING\nAshfield\'s most trusted window cleaner\n\nWHY CHOOSE MEDRA?\n\nOUR SERVICES\r\nWe fit locks.', 'text')).toEqual([
      'heading: KITELY WINDOW CLEANING',
      "paragraph: Ashfield's most trusted window cleaner",
      'heading: WHY CHOOSE MEDRA?',
      'heading: OUR SERVICES',
      'paragraph: We fit locks.'
    ])
    // Several lines all in capitals, a capitals line inside a paragraph, one letter, 13 words.
    expect(blocks('THE SOFTWARE IS PROVIDED AS IS,\nWITHOUT WARRANTY OF ANY KIND.', 'text')).toEqual(['paragraph: THE SOFTWARE IS PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND.'])
    expect(blocks('Call us.\nNOW OPEN', 'text')).toEqual(['paragraph: Call us. NOW OPEN'])
    expect(blocks('A\nsmall note', 'text')).toEqual(['paragraph: A small note'])
    expect(blocks('ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE THIRTEEN\nbody', 'text')).toEqual([
      'paragraph: ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE THIRTEEN body'
    ])
    expect(blocks('WHY CHOOSE MEDRA?\nOur promise:\n- Over 35 years in business\n- Award-winning service,\n  every time\n1. Book\r\n2) Relax\n-not a bullet', 'text')).toEqual([
      'heading: WHY CHOOSE MEDRA?',
      'paragraph: Our promise:',
      'listItem: Over 35 years in business',
      'listItem: Award-winning service, every time',
      'listItem: Book',
      'listItem: Relax -not a bullet'
    ])
    const heading = parse('ABOUT MEDRA\nWe fit locks.', {format: 'text'}).tree.children[0]!
    expect(heading.data).toEqual({kind: 'heading', depth: 2, line: true})
  })
})

describe('sentences', () => {
  function sentences(source: string): string[] {
    return parse(source, {format: 'text'}).tree.children.flatMap((paragraph) =>
      paragraph.type === 'ParagraphNode' ? paragraph.children.filter((node) => node.type === 'SentenceNode').map((sentence) => toString(sentence)) : []
    )
  }

  /** Every sentence and word of the first paragraph spans exactly its own source text. */
  function expectExactPositions(source: string): void {
    const first = parse(source, {format: 'text'}).tree.children[0]!
    if (first.type !== 'ParagraphNode') throw new Error('expected a paragraph')
    for (const node of first.children) {
      const {start, end} = node.position!
      expect(source.slice(start.offset, end.offset)).toBe(toString(node))
      if (node.type === 'SentenceNode') for (const word of node.children) expect(source.slice(word.position!.start.offset, word.position!.end.offset)).toBe(toString(word))
    }
  }

  it('end at "in." before a capitalised word unless a number comes first, with exact positions', () => {
    const source = 'They lend in. The firm is here. The box is 6 in. Wide boxes cost more.'
    expect(sentences(source)).toEqual(['They lend in.', 'The firm is here.', 'The box is 6 in. Wide boxes cost more.'])
    expectExactPositions(source)
  })

  it('end at a number before a capitalised word that is not a day, a month or a time zone', () => {
    const source = 'Each apprentice aged 16 to 18 qualifies. Claim for ages 16 to 18. Our team checks it. Pay 180. We do the rest. Open until 18. Monday is quiet.'
    expect(sentences(source)).toEqual([
      'Each apprentice aged 16 to 18 qualifies.',
      'Claim for ages 16 to 18.',
      'Our team checks it.',
      'Pay 180.',
      'We do the rest.',
      'Open until 18. Monday is quiet.'
    ])
    expectExactPositions(source)
  })

  it('end at "a.m." and "p.m." before a capitalised word that is not a day, a month or a time zone', () => {
    const source = 'Order before 11 a.m. Customers get it today. Open 9 a.m. Monday to Friday, until 5 p.m. Eastern. Call at 6 P.M. We answer. Come at 8 a.m. That works. Or 9 a.m. EST.'
    expect(sentences(source)).toEqual([
      'Order before 11 a.m.',
      'Customers get it today.',
      'Open 9 a.m. Monday to Friday, until 5 p.m. Eastern.',
      'Call at 6 P.M.',
      'We answer.',
      'Come at 8 a.m.',
      'That works.',
      'Or 9 a.m. EST.'
    ])
    expectExactPositions(source)
  })

  it('of thousands of tokens with no full stop the splitter takes are cut at white space into pieces of at most 2,000', () => {
    const source = 'U.S. '.repeat(3000)
    const paragraph = parse(source, {format: 'text'}).tree.children[0]!
    if (paragraph.type !== 'ParagraphNode') throw new Error('expected a paragraph')
    const pieces = paragraph.children.filter((node) => node.type === 'SentenceNode')
    expect(pieces.length).toBeGreaterThan(1)
    for (const piece of pieces) expect(piece.children.length).toBeLessThanOrEqual(2000)
    expect(pieces.map((piece) => toString(piece)).join(' ')).toBe(source.trim())
    expectExactPositions(source)
  })

  it('of a paragraph of thousands, read in chunks where a sentence plainly ends, as in a short one', () => {
    // Units that parse-english joins or splits across their sentences, with plain ends between them.
    const unit = 'Mr. Smith visited us. We ship boxes etc. and more today. Order item 12. Customers get it. Really?! Yes. '
    const short = sentences(unit.repeat(3))
    const long = sentences(unit.repeat(700))
    expect(short).toEqual([
      'Mr. Smith visited us.', 'We ship boxes etc. and more today.', 'Order item 12.', 'Customers get it.', 'Really?!', 'Yes.',
      'Mr. Smith visited us.', 'We ship boxes etc. and more today.', 'Order item 12.', 'Customers get it.', 'Really?!', 'Yes.',
      'Mr. Smith visited us.', 'We ship boxes etc. and more today.', 'Order item 12.', 'Customers get it.', 'Really?!', 'Yes.'
    ])
    expect(long.length).toBe(4200)
    expect(long).toEqual(Array.from({length: 700}, () => short.slice(0, 6)).flat())
    expectExactPositions(unit.repeat(700))
  })
})

describe('inline control comments', () => {
  it('are collected in each format', () => {
    expect(parse('<!-- youfirst-disable brag, we-focus -->\n\nText.', {format: 'markdown'}).directives).toEqual([
      {kind: 'disable', rules: ['brag', 'we-focus'], start: 0, end: 40}
    ])
    expect(parse('{/* youfirst-disable-next-line */}\n\nText.', {format: 'mdx'}).directives).toEqual([
      {kind: 'disable-next-line', rules: [], start: 0, end: 34}
    ])
    expect(parse('<p>a</p><!-- youfirst-ignore brag --><p>Text.</p>', {format: 'html'}).directives).toEqual([
      {kind: 'ignore', rules: ['brag'], start: 8, end: 37, target: [37, 49]}
    ])
  })
})
