/**
 * self-heading: headings about the company ("Our Story", "Why Choose Us", "About Acme").
 * Documentation: ./README.md. Patterns: ./headings.json.
 */
import type {Paragraph} from 'nlcst'
import {BrandFinder} from '../../src/prose/brands.js'
import {verbatimRange} from '../../src/prose/edit.js'
import {isReaderWord} from '../../src/prose/references.js'
import {report, ruleUrl, type RuleMeta, type RuleModule, type SharedOptions, type Transformer, entryListSchema, stringListSchema} from '../../src/prose/rule.js'
import {
  compilePattern,
  inBrandName,
  isTitleCase,
  matchCase,
  matchWhole,
  sentencesOf,
  tokenize,
  tokensText,
  wordTokens,
  type CompiledPattern,
  type NounPhraseOptions,
  type Token
} from '../../src/prose/patterns.js'
import {isArticle, isHandbook, isJobAd, isPolicyPage} from '../../src/prose/genre.js'
import {blockData, onlyInRanges, textOf} from '../../src/prose/words.js'
import data from './headings.json' with {type: 'json'}

export interface HeadingPattern {
  pattern: string
  /** Reader-centred headings to offer instead, best first. */
  suggestions?: string[]
}

export interface SelfHeadingOptions extends SharedOptions {
  /** Extra patterns to flag (see headings.json for the syntax). */
  phrases?: Array<string | HeadingPattern>
  /** Headings never to flag, as written (letter case and final punctuation do not matter). */
  allow?: string[]
  /** Also check the page title: front-matter `title` and HTML `<title>` (default true). */
  titles?: boolean
}

export const meta: RuleMeta = {
  id: 'self-heading',
  description: 'Headings about the company, such as "Our Story", "Why Choose Us" and "About Acme".',
  url: ruleUrl('self-heading'),
  defaultSeverity: 'warn',
  fixable: false,
  hasSuggestions: true,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      phrases: entryListSchema({
        type: 'object',
        additionalProperties: false,
        required: ['pattern'],
        properties: {
          pattern: {type: 'string', minLength: 1},
          suggestions: {type: 'array', items: {type: 'string'}}
        }
      }),
      allow: stringListSchema,
      titles: {type: 'boolean'}
    }
  }
}

interface Entry {
  compiled: CompiledPattern
  suggestions?: string[]
}

/** Title separators ("About Us | Acme"); a colon is not one: "Our offer: dual licensing" is a sentence. */
const separators = new Set(['|', '\u2013', '\u2014', '-', '\u00B7', '\u2022'])
const nounSuggestions = data.nouns as Record<string, string[]>
const stopNouns = new Set(data.stopNouns)
const nounPhrase: NounPhraseOptions = {stop: new Set(data.notNoun), maxWords: 3}

function key(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\s.!?:]+$/, '').replace(/\s+/g, ' ').trim()
}

export default function retextYoufirstSelfHeading(options: SelfHeadingOptions = {}): Transformer {
  const entries: Entry[] = [...(data.patterns as HeadingPattern[]), ...(options.phrases ?? [])].map((item) => {
    const pattern = typeof item === 'string' ? {pattern: item} : item
    return {compiled: compilePattern(pattern.pattern), ...(pattern.suggestions ? {suggestions: pattern.suggestions} : {})}
  })
  const allow = new Set((options.allow ?? []).map(key))
  const brands = new BrandFinder(options.brands ?? [])
  const titles = options.titles !== false

  return function (tree, file) {
    // "Our commitment" on an accessibility statement or a privacy policy is not marketing copy.
    // In a job ad, "What we offer" and "Working at Acme" answer the candidate's questions.
    if (isPolicyPage(tree, file) || isHandbook(tree, file) || isJobAd(file)) return
    const headings = new Set<string>()
    const candidates: Paragraph[] = []
    let article: boolean | undefined
    const source = typeof file.value === 'string' ? file.value : String(file.value ?? '')
    for (const block of tree.children) {
      if (block.type !== 'ParagraphNode') continue
      const data = blockData(block)
      if (!data || data.quote) continue
      if (data.kind === 'heading') {
        headings.add(key(textOf(block)))
        candidates.push(block)
      } else if ((data.kind === 'paragraph' || data.kind === 'listItem') && isBoldLine(block, source) && !(data.links && onlyInRanges(block, data.links))) {
        // "**Why choose us?**" on a line of its own: a heading in all but markup. A bold
        // link ("**[Why Kitely? →](/why)**") is a call to action, self-cta's to judge.
        candidates.push(block)
      } else if (titles && (data.kind === 'title' || (data.kind === 'frontMatter' && data.key === 'title'))) {
        candidates.push(block)
      }
    }

    for (const block of candidates) {
      const isTitle = blockData(block)?.kind !== 'heading'
      if (isTitle && headings.has(key(textOf(block)))) continue
      const sentences = sentencesOf(block)
      if (sentences.some((sentence) => sentence.children.some((node) => node.type === 'WordNode' && isReaderWord(node)))) continue
      const tokens = tokenize(sentences, brands)
      for (const segment of segments(tokens)) {
        const words = wordTokens(segment)
        if (words.length === 0) continue
        article ??= isArticle(file)
        const found = match(words, entries) ?? matchNamed(words, entries) ?? matchJoined(segment, entries) ?? (article ? undefined : sinceYear(words))
        if (!found) continue
        const first = words[0]!
        const last = words.at(-1)!
        const actual = tokensText(words, 0, words.length - 1)
        if (allow.has(key(actual))) continue
        const expected = found.map((suggestion) => matchCase(suggestion, actual))
        const range = first.sentence === last.sentence ? verbatimRange(file, first.sentence, first.from, last.to) : undefined
        const suggestions = range
          ? expected.map((text) => ({desc: `Replace “${actual}” with “${text}”`, fix: {range, text}}))
          : []
        report(file, {
          ruleId: 'self-heading',
          url: meta.url,
          start: first.sentence.children[first.from]!,
          end: last.sentence.children[last.to]!,
          actual,
          expected,
          reason:
            expected.length > 0
              ? `“${actual}” is a heading about the company: name what the reader gets, such as “${expected[0]}”`
              : `“${actual}” is a heading about the company: name what the reader gets from this section`,
          ...(suggestions.length > 0 ? {suggestions} : {})
        })
      }
    }
  }
}

/**
 * Parts of a heading between separators ("Our Story | Acme" → two parts). A colon separates
 * too when what follows is in Title Case ("Acme: Our Story", "Our Story: From Garage to
 * Global"), not when a sentence follows it ("Our offer: dual-license the code").
 */
function segments(tokens: Token[]): Token[][] {
  const parts: Token[][] = [[]]
  tokens.forEach((token, index) => {
    if (token.kind === 'punctuation' && (separators.has(token.value) || (token.value === ':' && titleCaseAfter(tokens, index)))) parts.push([])
    else parts.at(-1)!.push(token)
  })
  return parts
}

function titleCaseAfter(tokens: Token[], colon: number): boolean {
  const words: string[] = []
  for (const token of tokens.slice(colon + 1)) {
    if (token.kind === 'punctuation' && (separators.has(token.value) || token.value === ':')) break
    if (token.kind === 'word' || token.kind === 'brand') words.push(tokensText(tokens, tokens.indexOf(token), tokens.indexOf(token)))
  }
  return isTitleCase(words.join(' '))
}

/** Whether the block is one short line of bold text ("**Our Services**"). */
function isBoldLine(block: Paragraph, source: string): boolean {
  const sentences = sentencesOf(block)
  const start = sentences[0]?.children[0]?.position?.start.offset
  const end = sentences.at(-1)?.children.at(-1)?.position?.end.offset
  if (start === undefined || end === undefined || end - start > 80) return false
  // The line the text sits on, markup included; a line much longer than the text is not a
  // bold line (and a long line is not searched end to end for each block).
  const near = 40
  const from = Math.max(0, start - near)
  const back = source.slice(from, start).lastIndexOf('\n')
  if (back === -1 && from > 0) return false
  const lineStart = back === -1 ? 0 : from + back + 1
  const ahead = source.slice(end, end + near).indexOf('\n')
  if (ahead === -1 && end + near < source.length) return false
  const lineEnd = ahead === -1 ? source.length : end + ahead
  const line = source.slice(lineStart, lineEnd).trim()
  return /^(?:[-*+]\s+)?(\*\*|__)[^*_\n]+\1[.:!?]?$/.test(line)
}

/**
 * Two labels joined by "&" or "and", each one a company label ("About Us & Our Story",
 * "Who We Are and What We Do"): the suggestions of the first, or undefined.
 */
function matchJoined(segment: Token[], entries: Entry[]): string[] | undefined {
  for (let index = 1; index < segment.length - 1; index++) {
    const token = segment[index]!
    if (token.value !== 'and' && token.value !== '&') continue
    const before = wordTokens(segment.slice(0, index))
    const after = wordTokens(segment.slice(index + 1))
    if (before.length === 0 || after.length === 0) continue
    const first = match(before, entries)
    if (first && match(after, entries)) return first
  }
  return undefined
}

/**
 * "Welcome to Acme Coding Club", "Why Choose Kitely Climbing Centre": a brand followed by the
 * rest of its name, up to three capitalised words that end the heading, matches as the brand.
 */
function matchNamed(words: Token[], entries: Entry[]): string[] | undefined {
  const brand = words.findIndex((token) => token.kind === 'brand' && !token.possessive)
  const rest = words.length - brand - 1
  if (brand === -1 || rest < 1 || rest > 3) return undefined
  for (let index = brand + 1; index < words.length; index++) if (!inBrandName(words, index)) return undefined
  const name: Token = {...words[brand]!, to: words.at(-1)!.to}
  return match([...words.slice(0, brand), name], entries)
}

/** The suggestions of the first pattern that matches all of `words`, or undefined. */
function match(words: Token[], entries: Entry[]): string[] | undefined {
  for (const entry of entries) {
    const found = matchWhole(words, entry.compiled, nounPhrase)
    if (!found) continue
    if (found.np) {
      const phrase = words.slice(found.np[0], found.np[1] + 1)
      if (phrase.some((token) => stopNouns.has(token.value))) continue
      if (entry.suggestions) return entry.suggestions
      return nounSuggestions[phrase.at(-1)!.value] ?? []
    }
    return entry.suggestions ?? []
  }
  return undefined
}

export const rule: RuleModule<SelfHeadingOptions> = {meta, plugin: retextYoufirstSelfHeading}

/**
 * "Crafting Unforgettable Stays Since 1962", "Family-Run Since 1985": a heading that ends
 * with the year the company started is about the company. Not in articles, where "Service
 * Meshes Since 2021" tells a story.
 */
function sinceYear(words: Token[]): string[] | undefined {
  const n = words.length
  if (n < 3 || words[n - 2]!.value !== 'since' || !/^(?:1[89]|20)\d\d$/.test(words[n - 1]!.value)) return undefined
  return data.sinceYearSuggestions
}
