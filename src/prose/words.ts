/**
 * Word-level helpers shared by rules: normalising words, walking sentences, and compiling
 * phrase lists (data files) into a matcher that runs once per sentence.
 */
import type {Nodes, Paragraph, Root, Sentence, SentenceContent, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {BlockData} from '../types.js'

/** The block data youfirst's parsers attach to paragraphs (absent in other pipelines). */
export function blockData(paragraph: Paragraph): BlockData | undefined {
  return paragraph.data as BlockData | undefined
}

/** The node's lower-case form, kept on the node under a symbol (invisible to JSON and structured clone). */
const normalKey = Symbol('youfirst.normal')
type Normalised = SentenceContent & {[normalKey]?: string}

/**
 * Lower-case form of a word, with curly apostrophes made straight. Every rule asks for the
 * same words' forms, so each is computed once per node (the tree is not changed after
 * it is built). A property on the node is much cheaper here than a WeakMap holding
 * every word of a large document.
 */
export function normal(word: SentenceContent): string {
  const node = word as Normalised
  let value = node[normalKey]
  if (value === undefined) {
    const children = 'children' in word ? word.children : undefined
    const only = children?.length === 1 ? children[0] : undefined
    value = (only && 'value' in only ? only.value : textOf(word)).toLowerCase()
    if (value.includes('\u2019') || value.includes('\u2018')) value = value.replace(/[\u2018\u2019]/g, "'")
    node[normalKey] = value
  }
  return value
}

const textKey = Symbol('youfirst.text')

/**
 * The text of a node (nlcst-to-string), kept on the node like `normal`: rules ask for the
 * same sentence's text many times. A list of nodes is joined each time.
 */
export function textOf(value: Nodes | Nodes[]): string {
  if (Array.isArray(value)) return toString(value)
  const node = value as Nodes & {[textKey]?: string}
  let text = node[textKey]
  if (text === undefined) {
    text = toString(node)
    node[textKey] = text
  }
  return text
}

/** Whether `offset` falls inside one of the source `ranges` (such as BlockData `links`). */
export function inRanges(offset: number | undefined, ranges: ReadonlyArray<[number, number]>): boolean {
  if (offset === undefined || ranges.length === 0) return false
  // Binary search over the ranges sorted and merged once: a block of thousands of links
  // stays linear.
  const merged = mergedRanges(ranges)
  let low = 0
  let high = merged.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const [from, to] = merged[middle]!
    if (offset < from) high = middle - 1
    else if (offset >= to) low = middle + 1
    else return true
  }
  return false
}

const merges = new WeakMap<ReadonlyArray<[number, number]>, Array<[number, number]>>()

function mergedRanges(ranges: ReadonlyArray<[number, number]>): Array<[number, number]> {
  let merged = merges.get(ranges)
  if (merged === undefined) {
    merged = []
    for (const [from, to] of [...ranges].sort((a, b) => a[0] - b[0])) {
      const last = merged.at(-1)
      if (last && from <= last[1]) last[1] = Math.max(last[1], to)
      else if (to > from) merged.push([from, to])
    }
    merges.set(ranges, merged)
  }
  return merged
}

/** Whether every word of `paragraph` starts inside one of `ranges`: a block that is only link text. */
export function onlyInRanges(paragraph: Paragraph, ranges: ReadonlyArray<[number, number]>): boolean {
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode') continue
    for (const node of sentence.children) {
      if (node.type === 'WordNode' && !inRanges(node.position?.start.offset, ranges)) return false
    }
  }
  return true
}

/** Visit every sentence with its paragraph. */
export function eachSentence(tree: Root, visit: (sentence: Sentence, paragraph: Paragraph) => void): void {
  for (const child of tree.children) {
    if (child.type !== 'ParagraphNode') continue
    for (const sentence of child.children) {
      if (sentence.type === 'SentenceNode') visit(sentence, child)
    }
  }
}

/** A word of a sentence with its index in `sentence.children`. */
export interface IndexedWord {
  readonly node: Word
  readonly index: number
}

const wordLists = new WeakMap<Sentence, readonly IndexedWord[]>()

/**
 * Words of a sentence with their index in `sentence.children`. Several rules ask for the
 * same sentence's words, some once per claim they check, so the list is made once per
 * sentence and shared (the tree is not changed after it is built): it is read-only.
 */
export function wordsOf(sentence: Sentence): readonly IndexedWord[] {
  let words = wordLists.get(sentence)
  if (words === undefined) {
    const list: IndexedWord[] = []
    const children = sentence.children
    for (let index = 0; index < children.length; index++) {
      const node = children[index]!
      if (node.type === 'WordNode') list.push({node, index})
    }
    words = list
    wordLists.set(sentence, words)
  }
  return words
}

const opening = new Set(['"', '\u201C', '\u00AB', '\u201E', '\u300C'])
const closing = new Set(['"', '\u201D', '\u00BB', '\u201C', '\u300D'])

/**
 * Indices of sentence children that stand inside quotation marks in `paragraph`.
 * Quotes may span sentences ("We love it. It saved us hours."), so this works per paragraph.
 */
export function quotedChildren(paragraph: Paragraph): Set<SentenceContent> {
  // Rules ask once per sentence; computed once per paragraph, so a long paragraph stays linear.
  let found = quoted.get(paragraph)
  if (found === undefined) {
    found = findQuoted(paragraph)
    quoted.set(paragraph, found)
  }
  return found
}

const quoted = new WeakMap<Paragraph, Set<SentenceContent>>()

function findQuoted(paragraph: Paragraph): Set<SentenceContent> {
  const inside = new Set<SentenceContent>()
  let open = false
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode') continue
    for (const node of sentence.children) {
      if (node.type === 'PunctuationNode' || node.type === 'SymbolNode') {
        const value = node.value
        if (open && closing.has(value)) {
          open = false
          continue
        }
        if (!open && opening.has(value)) {
          open = true
          continue
        }
      }
      if (open) inside.add(node)
    }
  }
  // An unbalanced quote mark quotes nothing.
  return open ? new Set() : inside
}

export interface PhraseEntry {
  /** Words of the phrase, lower case; hyphenated words stay one word ("world-class"). */
  words: string[]
  /** The entry as written in the data file. */
  phrase: string
}

/** A compiled phrase list: entries indexed by their first word. */
export class PhraseMatcher<Entry extends PhraseEntry = PhraseEntry> {
  private readonly byFirst = new Map<string, Entry[]>()

  constructor(entries: Entry[]) {
    for (const entry of entries) {
      const first = entry.words[0]
      if (first === undefined) continue
      const list = this.byFirst.get(first) ?? []
      list.push(entry)
      // Longest phrase first, so "leading provider" wins over "leading".
      list.sort((a, b) => b.words.length - a.words.length)
      this.byFirst.set(first, list)
    }
  }

  /**
   * Every non-overlapping match in `words`, as [entry, first word index, last word index];
   * `accept` can refuse a match so that a shorter or later phrase gets its chance.
   */
  match(
    words: readonly IndexedWord[],
    accept: (entry: Entry, from: number, to: number) => boolean = () => true
  ): Array<{entry: Entry; from: number; to: number}> {
    const found: Array<{entry: Entry; from: number; to: number}> = []
    const normals = words.map((word) => normal(word.node))
    for (let i = 0; i < normals.length; i++) {
      const candidates = this.byFirst.get(normals[i]!)
      if (!candidates) continue
      for (const entry of candidates) {
        const length = entry.words.length
        let ok = i + length <= normals.length
        for (let k = 1; ok && k < length; k++) ok = normals[i + k] === entry.words[k]
        if (ok && accept(entry, i, i + length - 1)) {
          found.push({entry, from: i, to: i + length - 1})
          i += length - 1
          break
        }
      }
    }
    return found
  }
}

/** Split a phrase as written in a data file into the words it matches. */
export function phraseWords(phrase: string): string[] {
  return phrase.toLowerCase().trim().split(/\s+/)
}
