/**
 * No catastrophic regular expressions: the patterns of the parsers, the prose builder and
 * the rules meet long runs of the characters they repeat and near-misses of what they
 * look for, and a 1 MB file of mixed worst cases lints in every format. The bound is
 * generous so the tests never flake; bench/ measures the real times.
 */
import {describe, expect, it} from 'vitest'
import {lint} from '../src/engine/lint.js'
import type {Format} from '../src/types.js'
import {worstPage} from './helpers/worst-page.js'

const bound = 20_000

function timed(text: string, format: Format): number {
  const started = Date.now()
  lint(text, {format, config: {}})
  return Date.now() - started
}

describe('adversarial runs', () => {
  const size = 50_000
  const runs: Record<string, string> = {
    'unclosed {{': '{{ '.repeat(size / 3),
    'unclosed {%': '{% '.repeat(size / 3),
    'unclosed <%': '<% '.repeat(size / 3),
    'an address with no @': 'a.'.repeat(size / 2),
    'a run of + and letters': 'a+'.repeat(size / 2),
    'a run of hyphenated letters': 'a-'.repeat(size / 2),
    'a URL ending in dots': 'https://x' + '.'.repeat(size),
    'www. and dots': 'www.a' + '.'.repeat(size),
    'near-miss addresses': 'a@b.'.repeat(size / 4),
    'spaces': 'We ' + ' '.repeat(size) + 'offer',
    'apostrophes': "'".repeat(size),
    'quotes': '"“'.repeat(size / 2),
    'blank lines with spaces': '\n \t'.repeat(size / 3) + 'x',
    'ellipses': '…'.repeat(size),
    'angle brackets': '<'.repeat(size),
    'ampersands': '&#'.repeat(size / 2),
    'emphasis marks': '*_'.repeat(size / 2),
    'brackets': '[]('.repeat(size / 3),
    'backslashes': '\\'.repeat(size)
  }
  for (const [name, text] of Object.entries(runs)) {
    it(`${name}: every format, under ${bound / 1000} s`, () => {
      for (const format of ['text', 'markdown', 'mdx', 'html'] as const) expect(timed(text, format), format).toBeLessThan(bound)
    }, 4 * bound + 10_000)
  }
})

// One sentence of thousands of flagged words (no full stop anywhere): brag's per-finding
// checks read only the words around each claim in such a sentence, so this stays linear.
describe('one huge sentence of findings', () => {
  for (const [name, text] of Object.entries({capitals: 'WORLD-CLASS '.repeat(50_000 / 12), commas: 'We, '.repeat(50_000 / 4)})) {
    it(`${name}: under ${bound / 1000} s`, () => {
      expect(timed(text, 'text')).toBeLessThan(bound)
    }, 2 * bound)
  }
})

// parse-english joins sentences ("J. Smith", "etc. and more", a sentence of only "!!!") by
// splicing the paragraph's list of sentences, and splits full stops off words by splicing a
// sentence's children: in one paragraph of thousands of sentences that grew with the square
// of their number. 1 MB of "We offer item 12. " in one paragraph took 58 s, 1 MB of "We ship
// boxes etc. and more " 9.6 s and of "We ship. !!! " 8.1 s; src/prose/builder.ts now splits
// the joins of numbers in one pass and runs the plugins on chunks of such a paragraph.
describe('one paragraph of sentences that parse-english joins', () => {
  const cases: Record<string, [string, number]> = {
    'numbers before a full stop': ['We offer item 12. ', 1_000_000],
    'etc. before lower case': ['We ship boxes etc. and more ', 2_000_000],
    'sentences without words': ['We ship. !!! ', 2_000_000],
    // No full stop the splitter takes, and punctuation near every space: one "sentence" of 1 MB
    // (each took more than 60 s).
    'U.S. without end': ['U.S. ', 1_000_000],
    'e.g. without end': ['e.g. ', 1_000_000],
    'version numbers without end': ['1.5.3 ', 1_000_000],
    "we're without end": ["we're ", 1_000_000]
  }
  for (const [name, [unit, size]] of Object.entries(cases)) {
    it(`${name}, ${size / 1e6} MB: under ${bound / 1000} s`, () => {
      expect(timed(unit.repeat(Math.ceil(size / unit.length)), 'text')).toBeLessThan(bound)
    }, 2 * bound)
  }
})

// Work done for each finding or block over the whole paragraph or file: feature-no-benefit asked every
// other sentence of the paragraph whether it speaks to the reader, for each feature list in it
// (256 KB of "The suite offers reports, charts and alerts. " in one paragraph took 24 s).
describe('one paragraph of thousands of findings', () => {
  const cases: Record<string, [string, number, Format]> = {
    'feature lists': ['The suite offers reports, charts and alerts. ', 256_000, 'text'],
    // Control comments were each read for every finding (20 s), and a rule searched a line with no
    // line break back to its start for every block (HTML on one line: 38 s and 25 s).
    'disable comments': ['<!-- youfirst-disable foo -->\nWe are the leading provider.\n\n', 1_000_000, 'markdown'],
    'HTML paragraphs on one line': ['<p>U.S. ', 1_000_000, 'html'],
    'HTML elements on one line': ['<div>We</div>', 1_000_000, 'html'],
    // One table of 1 MB, about 100,000 rows: 12.5 s and 2.1 GB before tables of more than 5,000 rows were read as plain text.
    'one table of 1 MB': ['| a | b |\n|---|---|\n', 1_000_000, 'markdown']
  }
  for (const [name, [unit, size, format]] of Object.entries(cases)) {
    it(`${name}, ${size / 1000} KB: under ${bound / 1000} s`, () => {
      expect(timed(unit.repeat(Math.ceil(size / unit.length)), format)).toBeLessThan(bound)
    }, 2 * bound)
  }
})

// micromark's document tokenizer edits its whole event list each time a block quote or list
// item closes; src/parse/edit-map.ts makes each edit cost only the tail it changes. Before it,
// 200 KB of these took 6 s (block quotes) and 13 s (nested lists), and doubling the size
// quadrupled the time.
describe('many short block quotes and list items', () => {
  // Under the 20,000 block quotes and list items beyond which a file is read as plain text
  // (src/parse/limits.ts), so micromark parses every one.
  const pages: Record<string, string> = {
    'block quotes between paragraphs, 500 KB': Array.from({length: 11_000}, (_, index) => `> We are the best ${index}.\n\nOur team is great.\n\n`).join(''),
    'nested list items, 300 KB': Array.from({length: 6_600}, (_, index) => `- We offer ${index}\n  - our tools\n    - you win\n\n`).join('')
  }
  for (const [name, text] of Object.entries(pages)) {
    it(`${name}: under ${bound / 1000} s`, () => {
      const started = Date.now()
      const result = lint(text, {format: 'markdown', config: {}})
      expect(Date.now() - started).toBeLessThan(bound)
      expect(result.messages.filter((finding) => finding.ruleId === 'parse-error')).toEqual([])
    }, 2 * bound)
  }
})

describe('1 MB of link definitions and footnotes', () => {
  it(`one-line paragraphs with references, each followed by its definition and its footnote, lint under ${bound / 1000} s`, () => {
    let text = ''
    for (let index = 0; text.length < 1_000_000; index++) text += `See [our plans][p${index}] and a note[^n${index}].\n\n[p${index}]: /plans/${index}\n\n[^n${index}]: We reply within a day.\n\n`
    const took = timed(text, 'markdown')
    console.log(`1 MB of definitions: ${took} ms`)
    expect(took).toBeLessThan(bound)
  }, 120_000)

  it(`brackets outside inline links, in paragraphs and in one, lint under ${bound / 1000} s`, () => {
    // micromark's time on these grows with the square of their number in a paragraph; beyond
    // src/parse/limits.ts's limits the file is read as plain text.
    for (const unit of ['[a]x', 'See [a](']) {
      for (const perParagraph of [999, 4_000, 250_000]) {
        let text = ''
        const paragraph = unit.repeat(perParagraph)
        while (text.length < 1_000_000) text += `${paragraph}\n\n`
        expect(timed(text, 'markdown'), `${unit} × ${perParagraph}`).toBeLessThan(bound)
      }
    }
  }, 8 * bound)

  it(`a block of 10,000 footnotes, whose identifiers micromark looks up one by one, lints under ${bound / 1000} s`, () => {
    const text = `See a note[^n9999].\n\n${Array.from({length: 10_000}, (_, index) => `[^n${index}]: Note ${index}.`).join('\n')}\n`
    const took = timed(text, 'markdown')
    console.log(`10,000 footnotes: ${took} ms`)
    expect(took).toBeLessThan(bound)
  }, 120_000)
})

describe('a 1 MB file of mixed worst cases', () => {
  for (const format of ['markdown', 'mdx', 'html', 'text'] as const) {
    it(`${format}: lints under ${bound / 1000} s`, () => {
      const text = worstPage(format)
      expect(text.length).toBeGreaterThan(850_000)
      expect(text.length).toBeLessThan(1_200_000)
      const took = timed(text, format)
      console.log(`1 MB ${format}: ${took} ms`)
      expect(took).toBeLessThan(bound)
    }, 120_000)
  }
})
