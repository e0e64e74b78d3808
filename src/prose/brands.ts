/**
 * Brand mentions in a sentence, for names that hold symbols as well as words.
 *
 * Each space-separated part of a configured name is compared with one token of any kind
 * (word, symbol or punctuation), with white space between parts, so "Harbor & Co" (whose
 * "&" is a symbol in nlcst) matches; a name starts and ends on a word. Matching is
 * case-sensitive (a name in capitals, "ACME", matches too), longest name first, and "Acme's" counts as a mention of "Acme". A name
 * followed by up to two trade words ("Acme Roofing", "Brightpath Academy"; see
 * trade-words.json) is one mention, trade words included, and a configured name that ends
 * in trade words ("Northwind Bank") also matches without them ("Northwind").
 * `references.ts` exports this as `BrandMatcher` too.
 */
import type {Sentence, SentenceContent} from 'nlcst'
import {textOf} from './words.js'
import data from './trade-words.json' with {type: 'json'}

const tradeWords = new Set(data.tradeWords)

export class BrandFinder {
  private readonly names: string[][]
  /** First words of the names, to skip most words with one lookup. */
  private readonly firsts: Set<string>

  constructor(brands: string[] = []) {
    this.names = brandVariants(brands)
      .map((brand) => brand.split(/\s+/))
      .sort((a, b) => b.length - a.length)
    this.firsts = new Set(this.names.map((parts) => parts[0]!))
  }

  get empty(): boolean {
    return this.names.length === 0
  }

  /** Mentions in `sentence`, as [first, last] indices into `sentence.children`. */
  find(sentence: Sentence): Array<[number, number]> {
    if (this.names.length === 0) return []
    const children = sentence.children
    const found: Array<[number, number]> = []
    for (let index = 0; index < children.length; index++) {
      const node = children[index]!
      if (node.type !== 'WordNode') continue
      const only = node.children.length === 1 ? node.children[0] : undefined
      const value = only?.type === 'TextNode' ? only.value : textOf(node)
      if (!this.firsts.has(value) && !this.firsts.has(stripPossessive(value))) continue
      for (const name of this.names) {
        let end = matchName(children, index, name)
        if (end !== undefined) {
          for (let more = 0; more < 2 && !isPossessiveMention(sentence, end); more++) {
            const next = children[end + 2]
            if (children[end + 1]?.type !== 'WhiteSpaceNode' || next?.type !== 'WordNode' || !tradeWords.has(stripPossessive(textOf(next)))) break
            end += 2
          }
          found.push([index, end])
          index = end
          break
        }
      }
    }
    return found
  }
}

/**
 * The configured names, trimmed, plus each name without the trade words it ends in:
 * "Northwind Bank" is also "Northwind", when what is left is made of words ("Harbor & Co"
 * keeps its "& Co"), and each name in capitals.
 */
export function brandVariants(brands: readonly string[]): string[] {
  const names = brands.map((brand) => brand.trim()).filter((brand) => brand !== '')
  for (const name of [...names]) {
    const parts = name.split(/\s+/)
    let end = parts.length
    while (end > 1 && tradeWords.has(parts[end - 1]!)) end--
    const stem = parts.slice(0, end)
    if (end < parts.length && stem.every((part) => /^\p{L}[\p{L}\p{N}'-]*$/u.test(part))) names.push(stem.join(' '))
  }
  // "ABOUT MEDRA": a name in capitals, as in a heading or a flyer's title line.
  for (const name of [...names]) names.push(name.toUpperCase())
  return [...new Set(names)]
}

function stripPossessive(value: string): string {
  return value.replace(/['\u2019]s$/, '').replace(/['\u2019]$/, '')
}

function matchName(children: SentenceContent[], start: number, name: string[]): number | undefined {
  let index = start
  for (let part = 0; part < name.length; part++) {
    const node = children[index]
    if (!node || node.type === 'WhiteSpaceNode' || node.type === 'SourceNode') return undefined
    const last = part === name.length - 1
    // A name starts and ends on a word: "Harbor & Co", not "& Co".
    if ((part === 0 || last) && node.type !== 'WordNode') return undefined
    const value = textOf(node)
    if (!(value === name[part] || (last && stripPossessive(value) === name[part]))) return undefined
    if (!last) {
      if (children[index + 1]?.type !== 'WhiteSpaceNode') return undefined
      index += 2
    }
  }
  return index
}

/** Whether a brand mention is possessive ("Acme's"). */
export function isPossessiveMention(sentence: Sentence, last: number): boolean {
  return /['\u2019]s?$/.test(textOf(sentence.children[last]!))
}
