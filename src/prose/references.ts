/**
 * Who a word refers to: the reader (you, your), the company itself (we, us, our), or a
 * brand (configured company and product names). Shared by the rules and the score.
 *
 * "US" and "U.S." are the country, not the pronoun; a word inside a quotation belongs to
 * whoever is quoted, so callers skip quoted words and blockquotes.
 */
import type {Sentence, SentenceContent, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {normal} from './words.js'

export type Reference = 'reader' | 'self' | 'brand'

const readerWords = new Set([
  'you', 'your', 'yours', 'yourself', 'yourselves', "you're", "you'll", "you've", "you'd"
])
const selfWords = new Set([
  'we', 'us', 'our', 'ours', 'ourselves', "we're", "we'll", "we've", "we'd", "let's"
])

/** Whether `word` addresses the reader. */
export function isReaderWord(word: Word): boolean {
  return readerWords.has(normal(word))
}

/**
 * Whether `word` is the company speaking of itself. "US" in capitals is the country unless
 * the whole sentence is in capitals.
 */
export function isSelfWord(word: Word, sentence?: Sentence): boolean {
  const value = toString(word)
  const lower = value.toLowerCase().replace(/[\u2018\u2019]/g, "'")
  if (!selfWords.has(lower)) return false
  if (lower === 'us' && value === 'US') return sentence !== undefined && isShouting(sentence)
  return true
}

function isShouting(sentence: Sentence): boolean {
  const letters = toString(sentence).replace(/[^A-Za-z]/g, '')
  return letters.length > 8 && letters === letters.toUpperCase()
}

/** Matches configured brand names (one or more words, case-sensitive as written, possessives allowed). */
export class BrandMatcher {
  private readonly names: string[][]

  constructor(brands: string[] = []) {
    this.names = brands
      .map((brand) => brand.trim().split(/\s+/))
      .filter((words) => words.length > 0 && words[0] !== '')
      // Longest names first: "Acme Cloud" before "Acme".
      .sort((a, b) => b.length - a.length)
  }

  get empty(): boolean {
    return this.names.length === 0
  }

  /**
   * Brand mentions in `sentence`, as [first, last] indices into `sentence.children`.
   * "Acme's" counts as a mention of "Acme".
   */
  find(sentence: Sentence): Array<[number, number]> {
    if (this.names.length === 0) return []
    const children = sentence.children
    const found: Array<[number, number]> = []
    for (let index = 0; index < children.length; index++) {
      const node = children[index]!
      if (node.type !== 'WordNode') continue
      for (const name of this.names) {
        const end = matchName(children, index, name)
        if (end !== undefined) {
          found.push([index, end])
          index = end
          break
        }
      }
    }
    return found
  }
}

function stripPossessive(value: string): string {
  return value.replace(/['\u2019]s$/, '').replace(/['\u2019]$/, '')
}

function matchName(children: SentenceContent[], start: number, name: string[]): number | undefined {
  let index = start
  for (let part = 0; part < name.length; part++) {
    const node = children[index]
    if (node?.type !== 'WordNode') return undefined
    const value = toString(node)
    const last = part === name.length - 1
    if (!(value === name[part] || (last && stripPossessive(value) === name[part]))) return undefined
    if (!last) {
      if (children[index + 1]?.type !== 'WhiteSpaceNode') return undefined
      index += 2
    }
  }
  return index
}
