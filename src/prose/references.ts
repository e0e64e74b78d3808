/**
 * Who a word refers to: the reader (you, your), the company itself (we, us, our), or a
 * brand (configured company and product names). Shared by the rules and the score.
 *
 * "US" and "U.S." are the country, not the pronoun; a word inside a quotation belongs to
 * whoever is quoted, so callers skip quoted words and blockquotes.
 */
import type {Sentence, Word} from 'nlcst'
import {normal, textOf} from './words.js'

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
  const value = textOf(word)
  const lower = value.toLowerCase().replace(/[\u2018\u2019]/g, "'")
  if (!selfWords.has(lower)) return false
  if (lower === 'us' && value === 'US') return sentence !== undefined && isShouting(sentence)
  // "Our Lady of Lourdes", "Our Saviour's Church": part of a name.
  if (value === 'Our' && sentence) {
    const children = sentence.children
    const index = children.indexOf(word)
    const next = children[index + 2]
    if (next?.type === 'WordNode' && namesAfterOur.has(textOf(next))) return false
  }
  return true
}

/** Capitalised words after "Our" that make a name of a church, school or place. */
const namesAfterOur = new Set(['Lady', "Lady's", 'Saviour', "Saviour's", 'Savior', "Savior's", 'Redeemer', 'Father', 'Mother', 'Lord', "Lord's"])

function isShouting(sentence: Sentence): boolean {
  const letters = textOf(sentence).replace(/[^A-Za-z]/g, '')
  return letters.length > 8 && letters === letters.toUpperCase()
}

/**
 * Matches configured brand names (one or more words, case-sensitive as written, possessives
 * allowed, symbols inside a name such as "Harbor & Co"): see brands.ts.
 */
export {BrandFinder as BrandMatcher} from './brands.js'
