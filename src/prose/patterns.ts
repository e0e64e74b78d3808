/**
 * Short-text patterns for labels, headings and calls to action, written as data:
 *
 *     "why choose|hire us|{brand}"     alternatives of single words, separated by |
 *     "learn more? about {self}"       a trailing ? makes an element optional
 *     "our {np}"                       {np}: a short noun phrase (1 to 4 words)
 *     "{brand}"  "{brand's}"           a configured brand name, plain or possessive
 *     "{number} years of {brand}"      {number}: a count in figures or words ("25", "three")
 *
 * Text becomes a list of tokens first (words lower-cased, brand mentions as one token,
 * punctuation and code kept apart), so the same pattern works on a link's text, a heading
 * or a sentence, with exact source nodes for reporting.
 */
import type {Paragraph, Sentence, SentenceContent} from 'nlcst'
import type {BrandFinder} from './brands.js'
import {normal, textOf} from './words.js'

export interface Token {
  kind: 'word' | 'brand' | 'punctuation' | 'source'
  /** Lower case with straight apostrophes; a brand's text as written. */
  value: string
  /** For brands: "Acme's". */
  possessive: boolean
  sentence: Sentence
  /** First and last index of the token in `sentence.children`. */
  from: number
  to: number
}

/** Tokens of `sentences`, keeping only children that start inside `range` (source offsets) when given. */
export function tokenize(sentences: Sentence[], brands: BrandFinder, range?: [number, number]): Token[] {
  const tokens: Token[] = []
  for (const sentence of sentences) {
    const children = sentence.children
    const mentions = new Map<number, number>()
    for (const [first, last] of brands.find(sentence)) mentions.set(first, last)
    for (let index = 0; index < children.length; index++) {
      const node = children[index]!
      if (range && !inside(node, range)) continue
      const last = mentions.get(index)
      if (last !== undefined && (!range || inside(children[last]!, range))) {
        const text = childrenText(children, index, last)
        tokens.push({kind: 'brand', value: text, possessive: /['\u2019]s?$/.test(text), sentence, from: index, to: last})
        index = last
        continue
      }
      switch (node.type) {
        case 'WordNode':
          tokens.push({kind: 'word', value: normal(node), possessive: false, sentence, from: index, to: index})
          break
        case 'PunctuationNode':
        case 'SymbolNode':
          tokens.push({kind: 'punctuation', value: node.value, possessive: false, sentence, from: index, to: index})
          break
        case 'SourceNode':
          tokens.push({kind: 'source', value: node.value, possessive: false, sentence, from: index, to: index})
          break
        default:
        // White space.
      }
    }
  }
  return tokens
}

function inside(node: SentenceContent, range: [number, number]): boolean {
  const start = node.position?.start.offset
  return start !== undefined && start >= range[0] && start < range[1]
}

function childrenText(children: SentenceContent[], from: number, to: number): string {
  let text = ''
  for (let index = from; index <= to; index++) text += textOf(children[index]!)
  return text
}

/** The sentences of a paragraph. */
export function sentencesOf(paragraph: Paragraph): Sentence[] {
  return paragraph.children.filter((child): child is Sentence => child.type === 'SentenceNode')
}

/**
 * Text of tokens `from`..`to` as in the tree (with the white space between them). Between
 * sentences, the white space is read from `source` when given, else it is one space.
 */
export function tokensText(tokens: Token[], from: number, to: number, source?: string): string {
  const first = tokens[from]!
  const last = tokens[to]!
  if (first.sentence === last.sentence) return childrenText(first.sentence.children, first.from, last.to)
  let text = ''
  for (let index = from; index <= to; index++) {
    const token = tokens[index]!
    if (index > from) {
      const previous = tokens[index - 1]!
      if (token.sentence === previous.sentence) text += childrenText(token.sentence.children, previous.to + 1, token.from - 1)
      else {
        // The end of the previous sentence ("."), the space between, and the start of this one.
        text += childrenText(previous.sentence.children, previous.to + 1, previous.sentence.children.length - 1)
        const end = previous.sentence.position?.end.offset
        const start = token.sentence.position?.start.offset
        const between = end === undefined || start === undefined ? ' ' : start <= end ? '' : (source?.slice(end, start) ?? ' ')
        text += /^\s*$/.test(between) ? between : ' '
        text += childrenText(token.sentence.children, 0, token.from - 1)
      }
    }
    text += childrenText(token.sentence.children, token.from, token.to)
  }
  return text
}

type Element =
  | {kind: 'words'; words: Set<string>; optional: boolean; brand?: 'plain' | 'possessive'}
  | {kind: 'brand'; possessive: boolean; optional: boolean}
  | {kind: 'np'; optional: boolean}
  | {kind: 'number'; optional: boolean}

export interface CompiledPattern {
  source: string
  elements: Element[]
}

export function compilePattern(source: string): CompiledPattern {
  const elements: Element[] = source
    .toLowerCase()
    .trim()
    .split(/\s+/)
    .map((part) => {
      const optional = part.endsWith('?') && part.length > 1
      const body = optional ? part.slice(0, -1) : part
      if (body === '{np}') return {kind: 'np', optional}
      if (body === '{number}') return {kind: 'number', optional}
      if (body === '{brand}' || body === "{brand's}") return {kind: 'brand', possessive: body !== '{brand}', optional}
      // "us|{brand}": a word or a brand.
      const alternatives = body.split('|').map((word) => word.replace(/\u2019/g, "'"))
      const brand = alternatives.includes('{brand}') ? 'plain' : alternatives.includes("{brand's}") ? 'possessive' : undefined
      const words = new Set(alternatives.filter((word) => word !== '{brand}' && word !== "{brand's}"))
      return brand ? {kind: 'words', words, optional, brand} : {kind: 'words', words, optional}
    })
  return {source, elements}
}

/** The words a match of `pattern` can start with; undefined when it may start otherwise. */
export function firstWords(pattern: CompiledPattern): Set<string> | undefined {
  const first = pattern.elements[0]
  return first?.kind === 'words' && !first.optional && !first.brand ? first.words : undefined
}

export interface NounPhraseOptions {
  /** Words a noun phrase never contains (verbs, prepositions, pronouns). */
  stop: Set<string>
  /** Longest noun phrase, in words (default 4). */
  maxWords?: number
}

export interface PatternMatch {
  /** Index just past the match, in the word tokens given. */
  end: number
  /** The noun phrase's token span, when the pattern has {np}. */
  np?: [number, number]
}

/**
 * Every way `pattern` matches `words` (word and brand tokens only) starting at `start`,
 * longest first.
 */
export function matchAt(words: Token[], start: number, pattern: CompiledPattern, np: NounPhraseOptions): PatternMatch[] {
  const results: PatternMatch[] = []
  const maxWords = np.maxWords ?? 4
  const step = (element: number, at: number, span: [number, number] | undefined): void => {
    if (element === pattern.elements.length) {
      results.push(span ? {end: at, np: span} : {end: at})
      return
    }
    const current = pattern.elements[element]!
    const token = words[at]
    switch (current.kind) {
      case 'words':
        if (token?.kind === 'word' && current.words.has(token.value)) step(element + 1, at + 1, span)
        else if (token?.kind === 'brand' && current.brand && token.possessive === (current.brand === 'possessive')) step(element + 1, at + 1, span)
        break
      case 'brand':
        if (token?.kind === 'brand' && token.possessive === current.possessive) step(element + 1, at + 1, span)
        break
      case 'number':
        if (token?.kind === 'word' && isNumber(token.value)) step(element + 1, at + 1, span)
        break
      case 'np': {
        let end = at
        while (end < words.length && end - at < maxWords && isNounWord(words, end, at, np.stop)) end++
        // "and" cannot end a noun phrase.
        for (let stop = end; stop > at; stop--) {
          if (words[stop - 1]!.value === 'and' || words[stop - 1]!.value === '&') continue
          step(element + 1, stop, [at, stop - 1])
        }
        break
      }
    }
    if (current.optional) step(element + 1, at, span)
  }
  step(0, start, undefined)
  return results.sort((a, b) => b.end - a.end)
}

const numberWords = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty',
  'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'several', 'many'
])

/** "25", "1,000", "three": a count. */
function isNumber(value: string): boolean {
  return /^\d[\d,.]*$/.test(value) || numberWords.has(value)
}

function isNounWord(words: Token[], index: number, start: number, stop: Set<string>): boolean {
  const token = words[index]!
  if (token.kind !== 'word') return false
  if (token.value === 'and' || token.value === '&') return index > start
  return !stop.has(token.value)
}

/** Whether `pattern` matches all of `words`; the match, if so. */
export function matchWhole(words: Token[], pattern: CompiledPattern, np: NounPhraseOptions): PatternMatch | undefined {
  return matchAt(words, 0, pattern, np).find((match) => match.end === words.length)
}

/**
 * Whether the word at `index` is part of a brand's name after it, one of up to three
 * capitalised words right after a plain brand mention: "Cookery" and "School" in "Medra
 * Cookery School" for the brand "Medra".
 */
export function inBrandName(words: Token[], index: number): boolean {
  for (let at = index; at > index - 3 && at > 0; at--) {
    const token = words[at]!
    if (token.kind !== 'word' || token.sentence !== words[at - 1]!.sentence || !/^\p{Lu}/u.test(textOf(token.sentence.children[token.from]!))) return false
    if (words[at - 1]!.kind === 'brand' && !words[at - 1]!.possessive) return true
  }
  return false
}

/** Word and brand tokens only. */
export function wordTokens(tokens: Token[]): Token[] {
  return tokens.filter((token) => token.kind === 'word' || token.kind === 'brand')
}

/** Whether the first letter of each word of `text` is a capital ("Contact Us Today"). */
export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /^[A-Za-z]/.test(word))
  return words.length > 1 && words.every((word) => /^[A-Z]/.test(word) || smallWords.has(word))
}

const smallWords = new Set(['a', 'an', 'the', 'and', 'or', 'for', 'to', 'of', 'in', 'on', 'at', 'by', 'with', 'from'])

/** `suggestion` in the letter case of `original`: Title Case, lower case first, or as written. */
export function matchCase(suggestion: string, original: string): string {
  if (isTitleCase(original)) {
    return suggestion
      .split(' ')
      .map((word, index, all) =>
        index > 0 && index < all.length - 1 && smallWords.has(word.toLowerCase())
          ? word.toLowerCase()
          : word.charAt(0).toUpperCase() + word.slice(1)
      )
      .join(' ')
  }
  if (/^[a-z]/.test(original)) return suggestion.charAt(0).toLowerCase() + suggestion.slice(1)
  return suggestion
}
