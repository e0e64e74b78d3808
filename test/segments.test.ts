/**
 * src/parse/segments.ts: a large Markdown source is parsed in pieces, and the prose tree
 * (with every position, the control comments and the notices) is exactly the one the whole
 * source gives. Checked on the cut points themselves, on generated Markdown built from the
 * blocks that go on across blank lines, on the near misses written out, and on every
 * Markdown file of the real corpus, cut at every line where a piece may start. Pieces of
 * plain paragraphs and headings are built without micromark, so the same checks cover them;
 * with larger pieces, plain pieces between micromark ones are masked in one parse, checked
 * the same way.
 */
import fs from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {afterEach, describe, expect, it} from 'vitest'
import {lint} from '../src/engine/lint.js'
import {parse} from '../src/parse/index.js'
import {markdownProcessor} from '../src/parse/markdown.js'
import {defaultSegmentSize, defaultWholeBelow, definitionLabels, definitionSeed, plainBlocks, seedNextParse, segmentPieces, segmentStarts, setSegmentSize} from '../src/parse/segments.js'

const runs = Number(process.env.YOUFIRST_FUZZ_RUNS ?? 100)
const seed = process.env.YOUFIRST_FUZZ_SEED ? Number(process.env.YOUFIRST_FUZZ_SEED) : undefined
const root = path.resolve(import.meta.dirname, '..')
const corpus = path.resolve(root, '..', 'shared', 'corpus', 'real')

afterEach(() => setSegmentSize(defaultSegmentSize, defaultWholeBelow))

/**
 * The prose document of `source`, parsed whole and parsed in pieces of at least `size` (in
 * pieces whenever it is at least `whole` long).
 */
function both(source: string, size = 1, whole = 2 * size): {whole: string; pieces: string} {
  setSegmentSize(Infinity)
  const entire = JSON.stringify(parse(source, {format: 'markdown'}))
  setSegmentSize(size, whole)
  const pieces = JSON.stringify(parse(source, {format: 'markdown'}))
  setSegmentSize(defaultSegmentSize, defaultWholeBelow)
  return {whole: entire, pieces}
}

/** The lines where `source` is cut with the smallest pieces. */
function cuts(source: string): string[] {
  setSegmentSize(1)
  const starts = segmentStarts(source)
  setSegmentSize(defaultSegmentSize, defaultWholeBelow)
  return starts.slice(1).map((start) => source.slice(start, source.indexOf('\n', start) === -1 ? source.length : source.indexOf('\n', start)))
}

describe('where a piece may start', () => {
  it('a line that starts with a letter or # after a blank line', () => {
    expect(cuts('We build sites.\n\nYou get a site.\n\n# Pricing\n\nOne price.\n')).toEqual(['You get a site.', '# Pricing', 'One price.'])
  })

  it('a line that opens with code, strikethrough, an entity, an image or a quote, but not a fence', () => {
    expect(cuts('Intro.\n\n`npm` runs.\n\n```\ncode\n```\n\n~~Old~~ new.\n\n~~~\nfenced\n~~~\n\n&amp; more.\n\n![Logo](/l.png) here.\n\n"Great," she said.\n\n(Yes.)\n')).toEqual([
      '`npm` runs.', '~~Old~~ new.', '&amp; more.', '![Logo](/l.png) here.', '"Great," she said.', '(Yes.)'
    ])
  })

  it('a line that opens with emphasis, but not a list marker, a thematic break or strong emphasis', () => {
    expect(cuts('Intro.\n\n*Free* delivery.\n\n* item\n\n**Bold** start.\n\n***\n\n_Now_ then.\n\n_ _ _\n')).toEqual(['*Free* delivery.', '_Now_ then.'])
  })

  it('not a line that may go on a block: indented, a list marker, a quote marker, a number, a fence, front matter or a thematic break', () => {
    expect(cuts('Intro.\n\n- one\n\n  two\n\n1. three\n\n> four\n\n2020 was good.\n\n    code\n\n---\n\n***\n\nEnd.\n')).toEqual(['End.'])
  })

  it('not inside fenced code, with backticks or tildes, until a closing fence as long', () => {
    const source = 'Intro.\n\n````md\nText\n\nMore text\n```\n\nStill code\n````\n\nAfter.\n\n~~~\n\nCode\n~~~\n\nLast.\n'
    expect(cuts(source)).toEqual(['After.', 'Last.'])
  })

  it('a backtick fence with a backtick after it is inline code, not a fence', () => {
    expect(cuts('Intro.\n\n```js``` is inline.\n\nNext.\n')).toEqual(['Next.'])
  })

  it('not inside HTML that goes on across blank lines: comments, <pre>, <script>, <style>, <textarea>, <?…?>, <!X…>, CDATA', () => {
    const source = [
      'Intro.', '<!--\n\nHidden\n\n-->', 'One.', '<pre>\n\nKept\n\n</pre>', 'Two.', '<script>\n\nx\n</script>', 'Three.',
      '<?php\n\necho\n?>', 'Four.', '<!DOCTYPE\n\nhtml>', 'Five.', '<![CDATA[\n\ndata\n]]>', 'Six.'
    ].join('\n\n')
    // Each HTML block also keeps the block after it in its piece (see the next test).
    expect(cuts(source)).toEqual([])
  })

  it('not right after an HTML block, which may be a youfirst-ignore comment for the block after it', () => {
    expect(cuts('Intro.\n\n<!-- youfirst-ignore -->\n\nWe are the best.\n\nNext.\n')).toEqual(['Next.'])
  })

  it('not inside front matter, which only a fence at column 1 closes; a source whose front matter never ends is one piece', () => {
    expect(cuts('---\ntitle: Home\n\nsummary: We build\n---\n\nIntro.\n\nNext.\n')).toEqual(['Intro.', 'Next.'])
    expect(cuts('\uFEFF+++\ntitle = "Home"\n\nsummary = "We"\n+++ \n\nIntro.\n')).toEqual(['Intro.'])
    expect(cuts('---\ntitle: Home\n  ---\n\nsummary: We build\n---\n\nIntro.\n')).toEqual(['Intro.'])
    expect(cuts('---\ntitle: Home\n\nsummary: We build\n\nMore.\n')).toEqual([])
  })

  it('pieces of at least the set size, and none in a source shorter than the whole-parse length', () => {
    const paragraph = `${'You get a reply within a day. '.repeat(20).trim()}\n\n`
    const source = paragraph.repeat(Math.ceil((defaultWholeBelow * 3) / paragraph.length))
    expect(segmentStarts(source.slice(0, defaultWholeBelow - 1))).toEqual([0])
    const starts = segmentStarts(source)
    expect(starts.length).toBeGreaterThan(10)
    for (let index = 1; index < starts.length; index++) expect(starts[index]! - starts[index - 1]!).toBeGreaterThanOrEqual(defaultSegmentSize)
  })

  it('finds the labels of every line that may be a definition, in quotes and list items too', () => {
    expect(definitionLabels('[Pricing]: /pricing\n> [quote]: /q\n- [item]: /i\n[^1]: A note.\nSee [this]: not at the start.\n')).toEqual(['Pricing', 'quote', 'item', '^1'])
  })
})

describe('plain blocks, built without micromark', () => {
  /** The text and depth (0 for a paragraph) of each plain block of `source`, or undefined. */
  function blocksOf(source: string): Array<[string, number]> | undefined {
    return plainBlocks(source, 0, source.length)?.map((block) => [source.slice(block.start, block.end), block.depth ?? 0])
  }

  it('paragraphs and headings of plain text, each with its text as micromark reads it', () => {
    const source = 'You get a site.\nIt ships today.\n\n## Pricing for you\nOne price, (no fees).\n\n2024 was good!\n# Next\n'
    expect(blocksOf(source)).toEqual([
      ['You get a site.\nIt ships today.', 0],
      ['Pricing for you', 2],
      ['One price, (no fees).', 0],
      ['2024 was good!', 0],
      ['Next', 1]
    ])
  })

  it('setext headings: a paragraph, then a line of = or of three or more -', () => {
    const source = 'We offer tools\n---\nMore.\n\nTwo\nlines  \n===\n'
    expect(blocksOf(source)).toEqual([
      ['We offer tools', 2],
      ['More.', 0],
      // The spaces at the heading's end are not its text (dropped when it is built).
      ['Two\nlines  ', 1]
    ])
    const near = ['A\n--', 'A\n-', 'A\n ---', 'A\n- - -', '# H\n---', 'A\n---\n---', '---\nA']
    for (const text of near) expect(blocksOf(text), text).toBeUndefined()
    for (const text of [source, ...near]) {
      const {whole, pieces} = both(`Intro.\n\n${text}\n\nEnd.\n`)
      expect(pieces, text).toBe(whole)
    }
  })

  it('nothing that can start inline syntax or another block, or that micromark drops or changes', () => {
    const near = [
      'You get ~~~more~~~.', 'It is *a ~b* c~.', 'See [pricing](/p).', 'Run ```npm```.', 'A <b class="x">bold</b> move.', 'A <a>link</a>.',
      'A | b', 'It is ~~~gone~~~.', 'A hard \t\nbreak.', 'A trailing tab.\t', 'A\ttab.', 'A line\r\nending.', '# Trailing ',
      'A \0 NUL.', 'Intro.\n- item', 'Intro.\n1. item', 'Intro.\n1) item', 'Intro.\n10.5% more',
      '# Closed #', '#  Two spaces', '#Tag', '####### Seven', 'Lazy\n    indented', ' Indented.', '> Quoted.', '+ item',
      '$9 a month.', 'Line\n:-'
    ]
    for (const source of near) expect(blocksOf(source), source).toBeUndefined()
  })

  it('link definitions of one line, which hold no prose, and footnotes of one line, whose text is plain', () => {
    const source = '[pricing]: /pricing\n[the docs]: https://example.com/docs "Docs"\n\n[^1]: You get a reply within a day.\n[^note-2]: Prices include VAT.\n'
    expect(plainBlocks(source, 0, source.length)).toEqual([
      {start: 0, end: 19, label: 'pricing'},
      {start: 20, end: 63, label: 'the docs'},
      {start: 71, end: 100, label: '^1'},
      {start: 112, end: 131, label: '^note-2'}
    ])
  })

  it('no definition or footnote that micromark reads otherwise, or whose text is not plain', () => {
    const near = [
      "[a]: /x 'title'", '[a]: <b c>', '[a]: /x(y)', '[a]: /x ', '[a]:\t/x', '[a]: /x\nMore text', 'Text\n[a]: /x', '# Title\n[a]: /x',
      '[a  b]: /x', '[^a]: One.\nLazy line', '[^a]: *One*.', '[^a]: - item', '[^a]:  Two spaces', '[^a]: One.\n[b]: /x', '[a]: /x\n[^b]: Two.',
      '[^a^b]: One.', '[a]: /x|y', '[a]: /x\u0001', '[a]: /x\u001f'
    ]
    for (const source of near) expect(plainBlocks(source, 0, source.length), source).toBeUndefined()
  })

  it('links and footnote calls whose targets are defined, in paragraphs and headings: their text, and each link\'s text marked', () => {
    const seed = definitionSeed(['docs', 'Pricing', '^1'])
    const source = 'See [our plans](/plans?a=1#b), [the docs][Docs] and [pricing].\nA note[^1].\n\n## Read [the docs][docs]\n\n[Our plans](/plans) start at $9.\n\nSee [the docs](/docs  "The docs [v2]").\n\nSee [a](/a \'A "1"\') and [b](/b (\'B\')).\n'
    const blocks = plainBlocks(source, 0, source.length, seed)
    expect(blocks?.map((block) => ({text: source.slice(block.start, block.end), inline: block.inline?.map((item) => [source.slice(item.from, item.to), item.text && source.slice(...item.text)])}))).toEqual([
      {
        text: 'See [our plans](/plans?a=1#b), [the docs][Docs] and [pricing].\nA note[^1].',
        inline: [['[our plans](/plans?a=1#b)', 'our plans'], ['[the docs][Docs]', 'the docs'], ['[pricing]', 'pricing'], ['[^1]', undefined]]
      },
      {text: 'Read [the docs][docs]', inline: [['[the docs][docs]', 'the docs']]},
      // A line may open with a link.
      {text: '[Our plans](/plans) start at $9.', inline: [['[Our plans](/plans)', 'Our plans']]},
      // A title in double quotes.
      {text: 'See [the docs](/docs  "The docs [v2]").', inline: [['[the docs](/docs  "The docs [v2]")', 'the docs']]},
      // Titles in single quotes and in parentheses.
      {text: "See [a](/a 'A \"1\"') and [b](/b ('B')).", inline: [["[a](/a 'A \"1\"')", 'a'], ["[b](/b ('B'))", 'b']]}
    ])
    // Built without micromark, the same prose tree as micromark's, links marked.
    const page = `Intro.\n\n${source}\n[docs]: /docs\n\n[Pricing]: /pricing\n\n[^1]: We reply within a day.\n`
    const {whole, pieces} = both(page)
    expect(pieces).toBe(whole)
    expect(whole).toContain('"links":[[13,22],[40,48],[61,68]]')
    expect(whole).toContain('"links":[[93,101]]')
  })

  it('runs of emphasis and strikethrough marks, paired as micromark pairs them, the marks used and those left as text', () => {
    const source = '*Free* delivery, **every day** and *24/7*.\n\n## Now *yours*\n\n_Free_ returns, __every__ time, ~~tomorrow~~ ~today~.\n\nA*b*c, ***d*, snake_case_name, *e **f** g*, 2 * 3.\n'
    // Each run, and the part of it that stays text.
    expect(plainBlocks(source, 0, source.length)?.map((block) => block.inline?.map((item) => [source.slice(item.from, item.to), source.slice(...item.literal!)]))).toEqual([
      [['*', ''], ['*', ''], ['**', ''], ['**', ''], ['*', ''], ['*', '']],
      [['*', ''], ['*', '']],
      [['_', ''], ['_', ''], ['__', ''], ['__', ''], ['~~', ''], ['~~', ''], ['~', ''], ['~', '']],
      [['*', ''], ['*', ''], ['***', '**'], ['*', ''], ['_', '_'], ['_', '_'], ['*', ''], ['**', ''], ['**', ''], ['*', ''], ['*', '*']]
    ])
    const {whole, pieces} = both(`Intro.\n\n${source}\nEnd.\n`)
    expect(pieces).toBe(whole)
    expect(whole).not.toContain('links')
  })

  it('spaces at a paragraph line\'s end: two or more before another line a hard break, the rest dropped', () => {
    const source = 'We ship. \nYou get it.  \nToday *now*   \n[docs](/d)  \nEnd. \n\nLast line.  \n# Heading\n'
    const blocks = plainBlocks(source, 0, source.length, definitionSeed([]))
    expect(blocks?.map((block) => block.inline?.filter((item) => item.suffix).map((item) => [item.from, item.to]))).toEqual([
      [[8, 9], [21, 23], [35, 38], [49, 51], [56, 57]],
      [[69, 71]],
      undefined
    ])
    const {whole, pieces} = both(`Intro.\n\n${source}\nEnd.\n`)
    expect(pieces).toBe(whole)
    // Three hard breaks, each a line break at its first space, and the line ending after one space, which stays in the text.
    expect(whole.match(/"value":"\\n"/g)?.length).toBe(4)
    const near = ['a \n  b', '# a ', 'a \t\nb', '[^1]: a note. ']
    for (const text of near) expect(plainBlocks(text, 0, text.length, definitionSeed(['^1'])), text).toBeUndefined()
    // A no-break space is text, not a space micromark drops.
    for (const text of [...near, 'a\u00a0 \nb', 'a \u00a0\nb', 'a\u00a0  \nb']) {
      const {whole: entire, pieces: parts} = both(`Intro.\n\n${text}\n\n[^1]: A note.\n`)
      expect(parts, text).toBe(entire)
    }
  })

  it('escapes, character references, tags of inline text, images and backslash breaks: as micromark reads them', () => {
    const source = [
      'Save 20\\% \\*today\\*, C:\\Users stays.',
      'Fish &amp; chips &copy; &#169; &#xA9; &#0; &bogus; & more &NotEqualTilde;.',
      'A <b>bold</b> and <SPAN>loud</SPAN> move<wbr>.',
      'See ![a photo of the team](/team.png "Team") here.',
      'One\\\nTwo\\\nThree\\',
      '## Heading &amp; \\# sign'
    ].join('\n\n')
    const blocks = plainBlocks(source, 0, source.length, definitionSeed([]))
    expect(blocks?.map((block) => block.inline?.map((item) => [source.slice(item.from, item.to), item.value ?? (item.alt && source.slice(...item.alt)) ?? (item.breakEscape ? 'break' : '')]))).toEqual([
      [['\\%', '%'], ['\\*', '*'], ['\\*', '*']],
      [['&amp;', '&'], ['&copy;', '\u00a9'], ['&#169;', '\u00a9'], ['&#xA9;', '\u00a9'], ['&#0;', '\uFFFD'], ['&NotEqualTilde;', '\u2242\u0338']],
      [['<b>', ''], ['</b>', ''], ['<SPAN>', ''], ['</SPAN>', ''], ['<wbr>', '']],
      [['![a photo of the team](/team.png "Team")', 'a photo of the team']],
      [['\\', 'break'], ['\\', 'break'], ['\\', 'break']],
      [['&amp;', '&'], ['\\#', '#']]
    ])
    const {whole, pieces} = both(`Intro.\n\n${source}\n\nEnd.\n`)
    expect(pieces).toBe(whole)
    // The two breaks before a line, and the alt text's block.
    expect(whole.match(/"value":"\\n"/g)?.length).toBe(2)
    expect(whole).toContain('"kind":"alt"')
    const near = [
      '<b>', 'A\n<b>\nb', 'A <b >b</b>.', 'A <br> break.', 'A <!-- c --> d.', 'A <https://x.io> link.', 'A <a@b.co> mail.',
      'One\\  \nTwo', '# One\\', 'See ![a](/p.png).\nMore ![b][c].', 'See \\[a](/x).', 'x \\<b> y'
    ]
    for (const text of near) expect(plainBlocks(text, 0, text.length, definitionSeed([])), text).toBeUndefined()
    // An `&` that starts no reference is text.
    for (const text of ['A &amp b.', 'Fish & chips']) expect(plainBlocks(text, 0, text.length, definitionSeed([])), text).toBeDefined()
    for (const text of [...near, 'A <b>*c*</b>.', '<b>bold</b> first.', '<b>\nbold', 'A <b>', 'A &amp b.', 'A \\', 'A \\ b', 'A\\\nb', 'A &#x1F600; b', 'A &#1114112; b', 'A &#55296; b', 'A &#128; b', 'A &#9; b', 'x \\\\ y', '&amp; first', '\\- first', '\\# first', 'A <q>b</q> c', 'See ![a](/p.png) and ![b](/q.png (Q)).']) {
      const {whole: entire, pieces: parts} = both(`Intro.\n\n${text}\n\nEnd.\n`)
      expect(parts, text).toBe(entire)
    }
  })

  it('code spans of one or two backticks: out of the prose, as micromark\'s inline code is', () => {
    const source = 'Run `npm install` or ``npx youfirst``, then *go* [here](/x).\n\n`a[b]*c*` first.\n'
    expect(plainBlocks(source, 0, source.length, definitionSeed([]))?.map((block) => block.inline?.map((item) => [source.slice(item.from, item.to), item.code ?? false]))).toEqual([
      [['`npm install`', true], ['``npx youfirst``', true], ['*', false], ['*', false], ['[here](/x)', false]],
      [['`a[b]*c*`', true]]
    ])
    const {whole, pieces} = both(`Intro.\n\n${source}\nEnd.\n`)
    expect(pieces).toBe(whole)
  })

  it('no code span that micromark might read otherwise: unclosed, a longer run, three backticks, across lines', () => {
    const near = ['Run `npm.', 'Run `npm`` now.', 'Run ``npm` now.', 'Run ```npm``` now.', 'Run `a\nb` now.', 'Run \\`npm` now.', 'Run `` now.', '[a `b](/x)` c']
    for (const text of near) expect(plainBlocks(text, 0, text.length, definitionSeed([])), text).toBeUndefined()
    for (const text of [...near, '*a `b* c`', 'Run `npm` now.', '`a` b', 'x ``a`b`` y', '` a `', '`*a*` b', 'Run ``npx `youfirst` ``.']) {
      const {whole, pieces} = both(`Intro.\n\n${text}\n\nEnd.\n`)
      expect(pieces, text).toBe(whole)
    }
  })

  it('emphasis in every shape micromark reads, inside words, unmatched, nested or of three marks; not a run that may start a block, three tildes or crossing kinds', () => {
    const near = ['* a*', '***a*** b', '*[a](x)* c', '___a___ b', '_ a_', '~~~a~~~ b', '~~a~~~', '*a ~b* c~', '~a *b~ c*', '*a ~b c', 'x ~~a *b~~ c*', '*.a* b', '_a~ b']
    for (const text of near) expect(plainBlocks(text, 0, text.length, definitionSeed([])), text).toBeUndefined()
    const plain = [
      'a*b* c', '*a *b', '*a * b', '**a* b', '*a** b', '*a*b c', '*a\nb* c', '*a* * b', '*a*-b', '*a*"', '(*a*) b', '*a.* b', '*a `b`* c',
      '*a*\u00a0b', '*a*_b', 'a_b_ c', 'snake_case', '_a_b c', '_a _b', '__a_ b', '_a__ b', '*a_ b', '_a *b* c_', '_a_\u00a0b', '_a_-b',
      'a~b~ c', '~a~~ b', '~a ~ b', '~a~-b', 'x ***a*** b', 'x *a **b** c*', 'x **a*b*c**', 'x *foo**bar**baz*', 'x ~a ~~b~~ c~', 'x \\~*a*', 'x a*~b~*'
    ]
    for (const text of plain) expect(plainBlocks(text, 0, text.length, definitionSeed([])), text).toBeDefined()
    for (const text of [...near, ...plain, '*a* b', '**a** b', 'x *a*, b', '*a*! b', '*a*) b', '_a_ b', '__a__ b', '~a~ b', '~~a~~. b', 'x _a_ *b* ~c~ __d__']) {
      const {whole, pieces} = both(`Intro.\n\n${text}\n\nEnd.\n`)
      expect(pieces, text).toBe(whole)
    }
  })

  it('no bracket that micromark reads otherwise: undefined targets, images, titles, nested or stray brackets', () => {
    const seed = definitionSeed(['docs', 'Pricing', '^1'])
    const near = [
      'See it.\n[docs]: a b.', 'See ![](/p.png).', 'See ![a *photo*](/p.png).', 'See ![a photo][docs].', 'See it.\n[^1]: a note.', '[^1]: a note *here*.', 'See [example.com](example.com).', 'See [hi@x.io](mailto:hi@x.io).',
      "See [plans](/p 'Plans).", "See [plans](/p 'a\\'b').", 'See [plans](/p (a(b))).', 'See [plans](/p (Plans).', 'See [plans](/p(Plans)).', 'See [plans](/p "Plans).', 'See [plans](/p"Plans").', 'See [plans](/p "Plans" ).', 'See [plans](/p "a\\"b").', 'See [plans](/p "a\u0001").', 'See [plans]( /p).', 'See [plans](<p>).', 'See [plans](/p(q)).', 'See [plans]().', 'See [plans](/p&amp;q).',
      'See [plans][nope].', 'See [nope].', 'See [docs][].', 'See [docs][nope].', 'See [docs](/a b).', 'See [docs]: /x', 'See [^nope].',
      'See [^1][docs].', 'See [^1](/x).', 'See [^1 2].', 'See [a [docs] b](/x).', 'See [docs]] now.', 'See ] now.', 'See [ ](/x).',
      'See [*our* plans](/p).', 'See [`x`](/p).', 'See [docs]\\[x].', 'See [^docs](/x).', 'See [plans\nhere](/p).',
      // Control characters, which micromark refuses in a destination; NUL, which it reads as U+FFFD.
      'See [a](/x\u0001) now.', 'See [a](/x\u007f) now.', 'See [\uFFFD](\u0000) now.', 'See [a\uFFFD](mailto:a\u0000) now.'
    ]
    for (const text of near) expect(plainBlocks(text, 0, text.length, seed), text).toBeUndefined()
    for (const text of near) {
      const {whole, pieces} = both(`Intro.\n\n${text}\n\n[docs]: /docs\n\n[Pricing]: /pricing\n\n[^1]: A note.\n`)
      expect(pieces, text).toBe(whole)
    }
  })

  it('a parse that starts out knowing 200,000 labels: no stack overflow, and a reference resolves', () => {
    const labels = Array.from({length: 200_000}, (_, index) => `a${index}`)
    seedNextParse(definitionSeed([...labels, '^f1']))
    const tree = markdownProcessor(false).parse('See [a199999] and a note[^f1].\n')
    seedNextParse(undefined)
    const paragraph = tree.children[0] as {children: Array<{type: string}>}
    expect(paragraph.children.map((child) => child.type)).toEqual(['text', 'linkReference', 'text', 'footnoteReference', 'text'])
  })

  it('a footnote defined on the first line, before the lists are indexed, is still known', () => {
    // micromark's footnote tokenizer holds the parser's list from the first line on, so the
    // list is indexed in place, not replaced.
    const tree = markdownProcessor(false).parse('[^1]: We reply within a day.\n[^2]: We.\n\nSee a note[^1] and [docs][].\n\n[docs]: /docs\n')
    const paragraph = tree.children.find((node) => node.type === 'paragraph') as {children: Array<{type: string}>}
    expect(paragraph.children.map((child) => child.type)).toEqual(['text', 'footnoteReference', 'text', 'linkReference', 'text'])
  })

  it('a large page takes its plain pieces without micromark, and its other pieces with it', () => {
    const page = fs.readFileSync(path.join(root, 'examples', 'self-centred', 'about-acme.md'), 'utf8')
    const source = `${page}\n\n`.repeat(Math.ceil((2 * defaultWholeBelow) / page.length))
    const pieces = segmentPieces(source)
    expect(pieces.filter((piece) => piece.blocks).length).toBeGreaterThan(10)
    expect(pieces.filter((piece) => !piece.blocks).length).toBeGreaterThan(10)
    expect(pieces[0]!.from).toBe(0)
    for (let index = 1; index < pieces.length; index++) expect(pieces[index]!.from).toBe(pieces[index - 1]!.to)
    expect(pieces.at(-1)!.to).toBe(source.length)
    expect(segmentPieces(source.slice(0, defaultWholeBelow - 1))).toEqual([{from: 0, to: defaultWholeBelow - 1}])
  })
})

describe('pieces parse to the whole', () => {
  it('near misses: a cut the line scan allows inside a block that goes on, and definitions no line scan finds', () => {
    const sources = [
      // Cuts with no blank line before them, after a line that ends its block: an ATX heading, a
      // line of dashes, a closing fence; but not inside an HTML block, which goes on to a blank line.
      'Intro.\n\n# Heading\nText after.\nWe offer tools\n---\nText again.\n```\ncode\n```\nAfter code.\n- a\n---\nAfter a list.\n> a\n---\nAfter a quote.\n',
      'Intro.\n\n<div>\n# Heading\nIn the block.\n---\nStill in it.\n\nAfter.\n',
      'Intro.\n\n| a |\n---\nText b\n\na | b\n---\nText c\n\n    code\n---\nText d\n\n- ```\n  x\n  ```\nText e\n',
      // A fence in a list item, which the scan takes for one at the top level, then a real one.
      'Intro.\n\n- item\n  ```\n  code\n\n```\nReal code\n\nStill code\n```\n\nAfter.\n',
      // An HTML comment opened in a list item and closed in a later top-level fence.
      'Intro.\n\n- item\n  <!-- open\n\n```\nx\n-->\nmore\n\nIn code\n```\n\nAfter.\n',
      // A definition-like line in fenced code: not a definition, so [api] stays text.
      'Read [api] here.\n\nText.\n\n```\n[api]: /docs\n```\n\nMore.\n',
      // A label over two lines, which the scan does not find.
      'Read [two\nwords] here.\n\nText.\n\n[two\nwords]: /x\n',
      // Definitions and footnotes after their use, in other pieces.
      'See [Pricing] and [the docs][docs] and a note[^1].\n\nText.\n\nMore.\n\n[pricing]: /pricing\n[docs]: /docs\n\n[^1]: We reply within a day.\n',
      // A youfirst-ignore comment and the block it silences.
      'Intro.\n\n<!-- youfirst-ignore -->\n\nWe are the industry-leading provider.\n\nNext.\n',
      // Front matter whose closing fence micromark does not take (indented, or with a
      // no-break space or a line separator after it), TOML, and a BOM before the fence.
      '---\ntitle: x\n  ---\n\nAlpha text.\n\nBeta text.\n---\n\nGamma.\n',
      '---\ntitle: x\n\t---\n\nAlpha.\n\nBeta.\n---\n',
      '---\ntitle: x\n---\u00a0\n\nAlpha text.\n\nBeta text.\n---\n\nGamma.\n',
      '---\nt: x\n---\u2028\n\nAlpha.\n\nBeta.\n---\n',
      '+++\ntitle = "x"\n +++\n\nAlpha text.\n\nBeta text.\n+++\n\nGamma.\n',
      '\uFEFF---\ntitle: x\n\nsummary: y\n---\n\nAlpha.\n\nBeta.\n',
      // After a BOM and front matter, a cut inside a fence the scan took for closed.
      '\uFEFF---\ntitle: We\n\nx: y\n--- \n1. We.\n   ```\n   We.\n\nWe.\n   ```\n\nWe.\n\n',
      // The same fence in a list item, with a plain paragraph inside the real fence between two
      // pieces for micromark, which one parse with the plain piece masked would read as one.
      'Intro.\n\n- item\n  ```\n  code\n\n```\nReal code\n\nStill code\n\nMore *text* here.\n```\n\nAfter.\n',
      'Intro.\n\n- item\n  <!-- open\n\n```\nx\n-->\nmore\n\nIn code\n\nStill *in* code\n```\n\nAfter.\n',
      // Footnotes defined on the first line, then called, with definitions after the call.
      '[^1]: We.\n[^2]: We.\n\nSee [Pricing] and [docs][] and[^1] We.\n\n[pricing]: /pricing\n[docs]: /docs "Docs"\n\n',
      // A table, a setext heading and a block quote with a fence.
      'Intro.\n\n| Plan | Price |\n| --- | --- |\n| Pro | $9 |\n\nHeading\n=======\n\n> ```\n> code\n\nAfter.\n'
    ]
    // The first two are cut inside a block (so the pieces are joined again), the next two
    // have definitions other than the lines found (so the source is parsed whole).
    expect(cuts(sources[0]!)).toEqual(expect.arrayContaining(['Text after.', 'Text again.', 'After code.', 'After a list.', 'After a quote.']))
    expect(cuts(sources[1]!)).not.toContain('In the block.')
    expect(cuts(sources[1]!)).not.toContain('Still in it.')
    expect(cuts(sources[3]!)).toContain('Still code')
    expect(cuts(sources[4]!)).toContain('In code')
    expect(definitionLabels(sources[5]!)).toEqual(['api'])
    expect(definitionLabels(sources[6]!)).toEqual([])
    for (const source of sources) {
      const {whole, pieces} = both(source)
      expect(pieces).toBe(whole)
      // With larger pieces, plain pieces between micromark ones are masked in one parse.
      expect(both(source, 48, 1).pieces).toBe(whole)
      expect(both(source, 200, 1).pieces).toBe(whole)
    }
  })

  it('generated Markdown of blocks that go on across blank lines', () => {
    const word = fc.constantFrom('We', 'you', 'our', 'platform', 'offers', 'best', 'Pricing', 'docs', 'note')
    const sentence = fc.array(word, {minLength: 1, maxLength: 6}).map((words) => `${words.join(' ')}.`)
    const block = fc.oneof(
      sentence,
      sentence.map((text) => `# ${text}`),
      sentence.map((text) => `- ${text}\n\n  ${text}`),
      sentence.map((text) => `1. ${text}\n   \`\`\`\n   ${text}\n\n${text}\n   \`\`\``),
      sentence.map((text) => `> ${text}\n${text}`),
      sentence.map((text) => `\`\`\`\n${text}\n\n${text}\n\`\`\``),
      sentence.map((text) => `~~~~\n${text}\n\`\`\`\n\n${text}\n~~~~`),
      sentence.map((text) => `<!--\n${text}\n\n${text} -->`),
      sentence.map((text) => `<pre>\n\n${text}\n</pre>`),
      fc.constant('<!-- youfirst-ignore -->'),
      fc.constant('<div>'),
      fc.constant('</div>'),
      sentence.map((text) => `See [Pricing] and [docs][] and[^1] ${text}`),
      fc.constant('[pricing]: /pricing'),
      fc.constant('[docs]: /docs "Docs"'),
      sentence.map((text) => `[^1]: ${text}`),
      fc.constant('[not\ndefined]: /x'),
      sentence.map((text) => `| ${text} | x |\n| --- | --- |\n| ${text} | y |`),
      sentence.map((text) => `${text}\n---`),
      sentence.map((text) => `    ${text}`),
      fc.constant('---'),
      fc.constant('```js``` inline'),
      // Plain blocks, built without micromark, and their near misses.
      sentence.map((text) => `${text}\n${text.toLowerCase()}\n${text}`),
      sentence.map((text) => `## ${text}\n${text}`),
      sentence.map((text) => `### ${text} ###`),
      sentence.map((text) => `#  ${text}`),
      sentence.map((text) => `${text}  \n${text}`),
      sentence.map((text) => `${text} \n${text}`),
      sentence.map((text) => `${text}\t${text}`),
      sentence.map((text) => `2024 ${text}\n3) ${text}`),
      sentence.map((text) => `${text}\n10. ${text}`),
      sentence.map((text) => `${text} &amp; ${text}`),
      sentence.map((text) => `${text} *${text}*`),
      // Lines that open with emphasis, where a piece may start, and their near misses.
      sentence.map((text) => `*${text}* ${text}`),
      sentence.map((text) => `${text} *${text}*, **${text}**! (*${text}*) a*${text}*b *${text} *`),
      sentence.map((text) => `_${text}_ and **${text}**`),
      sentence.map((text) => `${text} _${text}_, __${text}__ ~${text}~ ~~${text}~~! a_${text}_b _${text} _ ~~~${text}~~~`),
      sentence.map((text) => `${text} *${text}*  \n_${text}_ \n[${text}](/x (t))   \n${text}  `),
      // Escapes, character references, tags, images and backslash breaks, and near misses.
      sentence.map((text) => `${text} \\* \\_${text}\\_ C:\\a &amp; &copy; &#35; &#x26; &bogus; & ${text}\\\n${text}\\`),
      sentence.map((text) => `${text} <b>${text}</b> <em>${text}</em> <a>${text}</a> <br> <i class="x">${text}</i>`),
      sentence.map((text) => `${text} ![${text}](/p.png) ![](/q.png) ![${text}](/r.png 'R') ![${text}][docs]`),
      sentence.map((text) => `<b>${text}</b>\n\\${text}\n&amp;${text}\\  \n${text}\\`),
      sentence.map((text) => `**${text}** ${text}`),
      sentence.map((text) => `* ${text}\n*${text}*`),
      sentence.map((text) => `*\t${text}`),
      // Lines that open with code, strikethrough, entities, images or quotes, and fences.
      sentence.map((text) => `\`${text}\` ${text}`),
      sentence.map((text) => `\`\`${text}\`\`\n\`\`\`\n${text}\n\n${text}\n\`\`\``),
      sentence.map((text) => `~~${text}~~ ${text}\n~~~\n${text}\n\n~~~`),
      sentence.map((text) => `&amp; ${text} &copy;`),
      sentence.map((text) => `![${text}](/x.png) "${text}" (${text})`),
      sentence.map((text) => `\`${text}\n\n${text}\``),
      sentence.map((text) => `${text} \`${text}\` and \`\`${text}\`\`, \`a\`\`b\` \`[${text}](/x)\` *${text}*`),
      fc.constantFrom('***', '___', '* * *', '_ _ _', '*a', '_a_\n---', '*a*\n===', '*a\n\n  b*'),
      sentence.map((text) => `${text} [${text}](/x) \\${text}`),
      sentence.map((text) => `${text}\u2028${text} \u00a0`),
      sentence.map((text) => `${text}\n===`),
      // Lines that end their block, then a line with no blank one before it.
      sentence.map((text) => `# ${text}\n${text}\n---\n${text}\n\`\`\`\n${text}\n\`\`\`\n${text}`),
      sentence.map((text) => `<span>\n# ${text}\n${text}\n---\n${text}`),
      // Definitions and footnotes of one line, built without micromark, and their near misses.
      fc.constantFrom('[pricing]: /pricing\n[docs]: /docs "Docs"', '[Pricing]: /p', '[a]: /x\nWe build.', "[docs]: /d 'Docs'", '[docs]: <a b>'),
      sentence.map((text) => `[^1]: ${text}\n[^2]: ${text}`),
      sentence.map((text) => `[^1]: ${text}\n${text}`),
      sentence.map((text) => `[^2]: ${text} *${text}*`),
      // Links and footnote calls in plain blocks, and their near misses.
      fc.constantFrom('[pricing]: /pricing', '[docs]: /docs', '[^1]: A note.'),
      fc
        .tuple(sentence, fc.constantFrom('[our plans](/plans)', '[our plans](/plans "Plans")', '[plans](/p "a [b] (c)")', '[plans](/p \'t\')', '[plans](/p (t))', '[plans](/p (a(b)))', '[plans](/p \'a"b\')', '[docs]', '[Pricing][docs]', '[the docs][Pricing]', 'a note[^1]', '[^2]', '[nope]', '[a][nope]', '![a](/x)', '[docs](docs)', '[docs][]', '[docs]](/x)', '[^1][docs]', '[^1](/x)'))
        .chain(([text, link]) => fc.constantFrom(`${text} ${link} ${text}`, `## ${text} ${link}`, `${text}\n${text} ${link}.`, `${link} ${text}`))
    )
    const separator = fc.constantFrom('\n\n', '\n', '\n\n\n', '\r\n\r\n')
    // Front matter, well formed or with a closing fence micromark does not take, so that it
    // closes later or never.
    const frontMatter = fc.constantFrom(
      '',
      '---\ntitle: We\n\nx: y\n---\n',
      '\uFEFF---\ntitle: We\n\nx: y\n--- \n',
      '+++\ntitle = "We"\n\nx = 1\n+++\n',
      '---\ntitle: We\n  ---\n\nWe are here.\n',
      '---\nx: y\n---\u00a0\n\nWe are here.\n',
      '---\n\nWe are here.\n'
    )
    const document = fc
      .tuple(frontMatter, fc.array(fc.tuple(block, separator), {minLength: 1, maxLength: 30}))
      .map(([matter, blocks]) => `${matter}${blocks.map(([text, sep]) => text + sep).join('')}`)
    fc.assert(
      fc.property(document, (source) => {
        const {whole, pieces} = both(source)
        expect(pieces).toBe(whole)
        expect(both(source, 48, 1).pieces).toBe(whole)
      }),
      {numRuns: runs * 5, ...(seed === undefined ? {} : {seed})}
    )
  })

  it('generated lines dense with emphasis marks, brackets, escapes, references and tags', () => {
    const part = fc.constantFrom(
      'a', 'b', 'é', '1', ' ', ' ', '*', '**', '***', '_', '__', '~', '~~', '~~~', '.', ',', '(', ')', '"', '!', '\\', '`', '``',
      '[docs]', '[a](/x)', "[a](/x 't')", '![a](/p.png)', '&amp;', '&#42;', '<b>', '</b>', '<a>', '\n', '  \n', '\\\n', '- ', '# '
    )
    const line = fc.array(part, {minLength: 1, maxLength: 14}).map((parts) => parts.join(''))
    const document = fc.array(line, {minLength: 1, maxLength: 6}).map((lines) => `Intro.\n\n${lines.join('\n\n')}\n\n[docs]: /docs\n`)
    fc.assert(
      fc.property(document, (source) => {
        const {whole, pieces} = both(source)
        expect(pieces).toBe(whole)
      }),
      {numRuns: runs * 20, ...(seed === undefined ? {} : {seed})}
    )
  })

  it('findings on a large page are the same in pieces as whole', () => {
    const page = fs.readFileSync(path.join(root, 'examples', 'self-centred', 'about-acme.md'), 'utf8')
    const source = `${page}\n\n`.repeat(Math.ceil((2 * defaultWholeBelow) / page.length))
    setSegmentSize(Infinity)
    const whole = lint(source, {filePath: 'page.md'})
    setSegmentSize(defaultSegmentSize, defaultWholeBelow)
    expect(segmentStarts(source).length).toBeGreaterThan(10)
    const pieces = lint(source, {filePath: 'page.md'})
    expect(whole.messages.length).toBeGreaterThan(20)
    expect(pieces).toEqual(whole)
  })

  it.runIf(fs.existsSync(corpus))('every Markdown file of the real corpus, in pieces of 512 characters with their plain pieces masked', () => {
    const files = (fs.readdirSync(corpus, {recursive: true}) as string[]).filter((file) => /\.(md|markdown)$/i.test(file)).sort()
    const differ: string[] = []
    for (const file of files) {
      const source = fs.readFileSync(path.join(corpus, file), 'utf8').replace(/^\uFEFF/, '')
      const {whole, pieces} = both(source, 512)
      if (pieces !== whole) differ.push(file)
    }
    expect(differ).toEqual([])
  }, 300_000)

  it.runIf(fs.existsSync(corpus))('every Markdown file of the real corpus, cut wherever a piece may start', () => {
    const files = (fs.readdirSync(corpus, {recursive: true}) as string[])
      .filter((file) => /\.(md|markdown)$/i.test(file))
      .sort()
    expect(files.length).toBeGreaterThan(2000)
    const differ: string[] = []
    let cut = 0
    for (const file of files) {
      const source = fs.readFileSync(path.join(corpus, file), 'utf8').replace(/^\uFEFF/, '')
      setSegmentSize(1)
      cut += segmentStarts(source).length - 1
      const {whole, pieces} = both(source)
      if (pieces !== whole) differ.push(file)
    }
    expect(differ).toEqual([])
    expect(cut).toBeGreaterThan(50_000)
  }, 300_000)
})
