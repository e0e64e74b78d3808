/**
 * Build the nlcst prose tree from pieces of text whose source offsets are known.
 *
 * Each parser in `src/parse/` walks its own syntax tree and feeds this builder: it opens a
 * block (a paragraph, heading, table cell…), adds decoded text with an offset map, adds
 * opaque `SourceNode`s for inline code and template tags, and closes the block. The builder
 * tokenizes with parse-english and stamps every nlcst node with its exact source position.
 */
import type {
  Paragraph,
  Root,
  Sentence,
  SentenceContent,
  Source,
  WhiteSpace
} from 'nlcst'
import type {Point} from 'unist'
import {toString} from 'nlcst-to-string'
import {ParseEnglish} from 'parse-english'
import {location} from 'vfile-location'
import type {BlockData} from '../types.js'
import {identity, type OffsetMap} from './align.js'

/** Spans of text that are never prose even inside a text node: template tags, URLs, e-mail addresses. */
// Linear on any input: a template tag ends at the first closer and gives up at the next
// opener, and an e-mail address is tried once per run of address characters, from its
// first letter (as `\b` found it), not again from every later boundary in the run.
const notProse =
  /\{\{(?:(?!\{\{|\}\})[\s\S])*\}\}|\{%(?:(?!\{%|%\})[\s\S])*%\}|<%(?:(?!<%|%>)[\s\S])*%>|\b(?:https?|ftp):\/\/[^\s<>()"'`]+|\bwww\.[a-z0-9-]+\.[^\s<>()"'`]+|\b(?<!\w[.+-]*)[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi

const terminalMarker = /^([!.?\u2026\u203D]+)$/

type TokenType = 'WordNode' | 'WhiteSpaceNode' | 'PunctuationNode' | 'SymbolNode'
const tokenTypes: TokenType[] = ['WordNode', 'WhiteSpaceNode', 'PunctuationNode', 'SymbolNode']
/** Per parser, each UTF-16 code unit's index in `tokenTypes` plus one; 0 until first seen. */
const tokenKinds = new WeakMap<ParseEnglish, Uint8Array>()

interface OpenBlock {
  data: BlockData
  tokens: SentenceContent[]
}

type Positioned = {position?: {start: Point; end: Point}; children?: Positioned[]; value?: string}

export class ProseBuilder {
  readonly source: string
  readonly paragraphs: Paragraph[] = []
  private readonly parser: ParseEnglish
  private readonly place: ReturnType<typeof location>
  private readonly stack: OpenBlock[] = []
  private lastPoint: Point | undefined
  private readonly kinds: Uint8Array

  constructor(source: string, parser: ParseEnglish = new ParseEnglish()) {
    this.source = source
    this.parser = parser
    this.place = location(source)
    let kinds = tokenKinds.get(parser)
    if (!kinds) {
      kinds = new Uint8Array(0x10000)
      tokenKinds.set(parser, kinds)
    }
    this.kinds = kinds
  }

  /** Drop everything added so far, to build the tree again from the start. */
  reset(): void {
    this.paragraphs.length = 0
    this.stack.length = 0
    this.lastPoint = undefined
  }

  /** Start a block; blocks nest (a list item holding paragraphs). */
  open(data: BlockData): void {
    this.stack.push({data, tokens: []})
  }

  /** The innermost open block, if any. */
  current(): BlockData | undefined {
    return this.stack.at(-1)?.data
  }

  /** Add decoded `value`, whose characters came from the source ranges in `map`. */
  text(value: string, map: OffsetMap): void {
    const block = this.stack.at(-1)
    if (!block || value.length === 0) return
    notProse.lastIndex = 0
    let from = 0
    let match: RegExpExecArray | null
    while ((match = notProse.exec(value))) {
      // Keep sentence punctuation that a URL pattern swallowed at its end.
      let text = match[0]
      while (/[.,;:!?]$/.test(text) && text.length > 1 && !text.startsWith('{')) text = text.slice(0, -1)
      if (match.index > from) this.tokens(block, value, from, match.index, map)
      const start = map.starts[match.index] ?? 0
      const end = map.ends[match.index + text.length - 1] ?? start
      block.tokens.push(this.sourceNode(start, end))
      from = match.index + text.length
      notProse.lastIndex = from
    }
    if (from < value.length) this.tokens(block, value, from, value.length, map)
  }

  /** Add text that stands verbatim in the source at `start`. */
  verbatim(start: number, end: number): void {
    this.text(this.source.slice(start, end), identity(end - start, start))
  }

  /** Add an opaque, non-prose span (inline code, an MDX expression). */
  opaque(start: number, end: number): void {
    const block = this.stack.at(-1)
    if (!block || end <= start) return
    block.tokens.push(this.sourceNode(start, end))
  }

  /** Add white space between two inline pieces (a line break, an element boundary). */
  space(offset: number, value = ' '): void {
    const block = this.stack.at(-1)
    if (!block) return
    const node: WhiteSpace = {type: 'WhiteSpaceNode', value}
    const point = this.point(offset)
    node.position = {start: point, end: point}
    block.tokens.push(node)
  }

  /** Finish the innermost block; blocks without words are dropped. */
  close(): void {
    const block = this.stack.pop()
    if (!block) return
    const tokens = block.tokens
    if (!tokens.some((token) => token.type === 'WordNode')) return
    // Trim white space at the edges so sentences start and end on words or punctuation.
    while (tokens[0]?.type === 'WhiteSpaceNode') tokens.shift()
    while (tokens.at(-1)?.type === 'WhiteSpaceNode') tokens.pop()

    const sentence: Sentence = {type: 'SentenceNode', children: mergeTokens(this.parser, tokens)}
    const paragraph: Paragraph = {type: 'ParagraphNode', children: [], data: block.data as Paragraph['data']}
    for (const part of sentenceChunks(splitSentences(sentence))) {
      const piece: Paragraph = {type: 'ParagraphNode', children: part}
      for (const plugin of this.parser.tokenizeParagraphPlugins) plugin(piece)
      for (const node of piece.children) paragraph.children.push(node)
    }
    unmergeIn(paragraph)
    settle(paragraph as Positioned)
    this.paragraphs.push(paragraph)
  }

  /** The finished tree, blocks in document order. */
  root(): Root {
    while (this.stack.length > 0) this.close()
    const children = this.paragraphs.sort(
      (a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0)
    )
    const root: Root = {type: 'RootNode', children}
    if (children.length > 0) {
      root.position = {start: children[0]!.position!.start, end: children.at(-1)!.position!.end}
    }
    return root
  }

  /**
   * Split `value` from `from` to `to` into words, white space, punctuation and symbols
   * exactly as parse-latin's tokenizer does, and give each node its source position as it
   * is made. The tokenizer itself would also give every node a position counted from the
   * start of the piece, only for all of them to be replaced: on a large document those
   * objects were a good share of the garbage collector's work.
   */
  private tokens(block: OpenBlock, value: string, from: number, to: number, map: OffsetMap): void {
    let start = from
    let previousType: TokenType | undefined
    let previousCode = -1
    for (let index = from; index < to; index++) {
      const code = value.charCodeAt(index)
      const type = this.typeOf(code)
      // parse-latin's rule: words and white space run on; punctuation and symbols run on
      // only as the same character repeated, or as surrogate halves.
      const continues = type === previousType && (type === 'WordNode' || type === 'WhiteSpaceNode' || code === previousCode || (code >= 0xd800 && code <= 0xdfff))
      if (previousType && index > start && !continues) {
        block.tokens.push(this.token(previousType, value.slice(start, index), map, start))
        start = index
      }
      previousType = type
      previousCode = code
    }
    if (previousType && start < to) block.tokens.push(this.token(previousType, value.slice(start, to), map, start))
  }

  /** The token type parse-latin gives a UTF-16 code unit, asked of its tokenizer once per code unit. */
  private typeOf(code: number): TokenType {
    let kind = this.kinds[code]!
    if (kind === 0) {
      kind = tokenTypes.indexOf(this.parser.tokenize(String.fromCharCode(code))[0]!.type as TokenType) + 1
      this.kinds[code] = kind
    }
    return tokenTypes[kind - 1]!
  }

  /** A token whose text starts at `at` in the value that `map` maps. */
  private token(type: TokenType, value: string, map: OffsetMap, at: number): SentenceContent {
    const start = map.starts[at] ?? 0
    const end = map.ends[at + value.length - 1] ?? start
    const position = {start: this.point(start), end: this.point(Math.max(start, end))}
    // A word gets its position from its children in `settle`, once parse-english's plugins
    // have merged what they merge (they only move the ends of positions that exist).
    if (type === 'WordNode') return {type, children: [{type: 'TextNode', value, position}]}
    return {type, value, position}
  }

  private sourceNode(start: number, end: number): Source {
    return {
      type: 'SourceNode',
      value: this.source.slice(start, end),
      position: {start: this.point(start), end: this.point(end)}
    }
  }

  /**
   * The point at `offset`. Neighbouring tokens meet at the same offset (a word ends where
   * the space after it starts), so the last point is handed out again rather than
   * allocated anew: a large document has hundreds of thousands of them, and nothing
   * changes a point once it is in the tree.
   */
  private point(offset: number): Point {
    if (this.lastPoint?.offset === offset) return this.lastPoint
    const point = this.place.toPoint(offset) ?? this.pastEnd(offset)
    this.lastPoint = point
    return point
  }

  /** The point of an offset just past the end of the document. */
  private pastEnd(offset: number): Point {
    const last = this.place.toPoint(Math.max(0, offset - 1))
    return {line: last?.line ?? 1, column: (last?.column ?? 0) + 1, offset}
  }
}

/** Blocks with more tokens than this are merged in pieces (see mergeTokens). */
const chunkTokens = 2000

/**
 * Run parse-english's sentence plugins (which merge "world-class", "e.g." and the like)
 * over a block's tokens. The plugins splice the array they walk, which is quadratic in a
 * huge paragraph, so long blocks go through in pieces cut after white space where none
 * of the next three tokens is punctuation or a symbol: no plugin merges across white
 * space or looks further back than that, so the result is the same as in one piece.
 */
function mergeTokens(parser: ParseEnglish, tokens: SentenceContent[]): SentenceContent[] {
  const run = (children: SentenceContent[]): SentenceContent[] => {
    const piece: Sentence = {type: 'SentenceNode', children}
    for (const plugin of parser.tokenizeSentencePlugins) plugin(piece)
    return piece.children
  }
  if (tokens.length <= chunkTokens) return run(tokens)
  const merged: SentenceContent[] = []
  let start = 0
  for (let index = start + chunkTokens; index < tokens.length; index++) {
    // Where no such place comes within twice the piece's size ("U.S. U.S. …", "we're we're
    // …"), after any white space: a block that long is no longer a sentence.
    if (tokens[index - 1]!.type !== 'WhiteSpaceNode' || (!plainStart(tokens, index) && index < start + 2 * chunkTokens)) continue
    for (const node of run(tokens.slice(start, index))) merged.push(node)
    start = index
    index = start + chunkTokens - 1
  }
  for (const node of run(tokens.slice(start))) merged.push(node)
  return merged
}

function plainStart(tokens: SentenceContent[], index: number): boolean {
  for (let k = index; k < Math.min(index + 3, tokens.length); k++) {
    const type = tokens[k]!.type
    if (type === 'PunctuationNode' || type === 'SymbolNode') return false
  }
  return true
}

/** Paragraphs with more sentences than this go through parse-english's paragraph plugins in chunks (`sentenceChunks`). */
const chunkSentences = 1000

/**
 * The sentences of a paragraph in chunks for parse-english's paragraph plugins, which join
 * sentences ("J. Smith", "etc. and more") by splicing the list they walk, and split full
 * stops off words by splicing a sentence's children: in a paragraph of thousands of
 * sentences that takes time that grows with the square of their number (1 MB of "We ship
 * boxes etc. and more" in one paragraph took 9.6 s). A paragraph of up to 1,000 sentences is
 * one chunk, as it always was. A longer one is cut after about 500 sentences, where a sentence
 * plainly ends (a word of four or more lower-case letters, then `.`, or a `!` or `?`) and the
 * next opens with a capitalised word, so no plugin would join them; where there is no such
 * place within 1,000 sentences, after the 1,000th.
 */
function sentenceChunks(sentences: Sentence[]): Sentence[][] {
  if (sentences.length <= chunkSentences && sentences.every((sentence) => sentence.children.length <= maxSentenceTokens)) return [sentences]
  // A "sentence" of thousands of tokens ("U.S. U.S. …", "e.g. e.g. …", no full stop the
  // splitter takes) is cut at white space into pieces of their own, each a chunk, so no plugin
  // joins them again.
  const chunks: Sentence[][] = []
  let run: Sentence[] = []
  for (const sentence of sentences) {
    if (sentence.children.length <= maxSentenceTokens) {
      run.push(sentence)
      continue
    }
    chunks.push(...plainChunks(run))
    run = []
    for (const piece of cutSentence(sentence)) chunks.push([piece])
  }
  chunks.push(...plainChunks(run))
  return chunks.filter((chunk) => chunk.length > 0)
}

/** Tokens beyond which a sentence is cut into pieces at white space (`sentenceChunks`). */
const maxSentenceTokens = 2000

/** A sentence of more than `maxSentenceTokens` tokens in pieces, each cut before white space. */
function cutSentence(sentence: Sentence): Sentence[] {
  const pieces: Sentence[] = []
  const children = sentence.children
  let from = 0
  while (children.length - from > maxSentenceTokens) {
    // The last white space within the limit, or else the first after it.
    let cut = from + maxSentenceTokens
    while (cut > from && children[cut]!.type !== 'WhiteSpaceNode') cut--
    if (cut === from) {
      cut = from + maxSentenceTokens
      while (cut < children.length && children[cut]!.type !== 'WhiteSpaceNode') cut++
      if (cut === children.length) break
    }
    pieces.push({type: 'SentenceNode', children: children.slice(from, cut)})
    from = cut
  }
  pieces.push({type: 'SentenceNode', children: children.slice(from)})
  return pieces
}

/** Sentences in chunks of up to 1,000, cut where a sentence plainly ends (see `sentenceChunks`). */
function plainChunks(sentences: Sentence[]): Sentence[][] {
  if (sentences.length <= chunkSentences) return [sentences]
  const chunks: Sentence[][] = []
  let start = 0
  while (sentences.length - start > chunkSentences) {
    let cut = start + chunkSentences
    for (let index = start + chunkSentences / 2; index < start + chunkSentences; index++) {
      if (endsPlainly(sentences[index - 1]!) && opensCapitalised(sentences[index]!)) {
        cut = index
        break
      }
    }
    chunks.push(sentences.slice(start, cut))
    start = cut
  }
  chunks.push(sentences.slice(start))
  return chunks
}

function endsPlainly(sentence: Sentence): boolean {
  const children = sentence.children
  const last = children.at(-1)
  if (last?.type !== 'PunctuationNode' || !/^[.!?]$/.test(last.value)) return false
  const word = children.at(-2)
  return word?.type === 'WordNode' && (last.value !== '.' || /^[a-z]{4,}$/.test(toString(word)))
}

function opensCapitalised(sentence: Sentence): boolean {
  const first = sentence.children.find((node) => node.type !== 'WhiteSpaceNode')
  return first?.type === 'WordNode' && /^[A-Z][a-z]+$/.test(toString(first))
}

/** Split a sentence's content into sentences at terminal markers, as parse-latin does. */
function splitSentences(sentence: Sentence): Sentence[] {
  const result: Sentence[] = []
  let start = 0
  const children = sentence.children
  for (let index = 0; index < children.length; index++) {
    const token = children[index]!
    const terminal =
      token.type === 'PunctuationNode' && terminalMarker.test(token.value)
    if (terminal || index === children.length - 1) {
      result.push({type: 'SentenceNode', children: children.slice(start, index + 1)})
      start = index + 1
    }
  }
  return result
}

/**
 * parse-english reads "in." as the abbreviation of inches, "a.m." and "p.m." as
 * abbreviations that never end a sentence, and a number of up to three digits with its full
 * stop as an ordinal, and joins the sentences around them: "…the neighborhoods they lend in.
 * The firm employs…", "…on orders placed before 11 a.m. Customers can order by phone…",
 * "…for each apprentice aged 16 to 18. Our funding team…". Split them again where a
 * capitalised word follows: for "in.", when it does not follow a number; for "a.m.", "p.m."
 * and a number, when the word is not a day, a month or a time zone ("9 a.m. Monday to
 * Friday", "5 p.m. Eastern").
 */
function unmergeIn(paragraph: Paragraph): void {
  // One pass over each sentence, and the paragraph's children built once: a paragraph of
  // thousands of such sentences ("…item 12. We offer item 13. …") was split one sentence at
  // a time, copying the rest each time.
  const out: Paragraph['children'] = []
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode') {
      out.push(sentence)
      continue
    }
    const children = sentence.children
    let current = sentence
    let start = 0
    for (let index = 0; index < children.length - 2; index++) {
      const word = children[index]!
      if (word.type !== 'WordNode' || word.children.length < 2) continue
      const stop = word.children.at(-1)!
      if (stop.type !== 'PunctuationNode' || stop.value !== '.') continue
      const head = word.children.slice(0, -1)
      const text = head.map((node) => toString(node)).join('')
      const inches = /^in$/i.test(text)
      if (!inches && !/^[ap]\.m$/i.test(text) && !/^\d+$/.test(text)) continue
      const space = children[index + 1]!
      const next = children[index + 2]!
      if (space.type !== 'WhiteSpaceNode' || next.type !== 'WordNode' || !/^[A-Z]/.test(toString(next))) continue
      if (inches) {
        let before = index - 1
        while (before >= start && children[before]!.type === 'WhiteSpaceNode') before--
        if (before >= start && /\d$/.test(toString(children[before]!))) continue
      } else if (timeWords.test(toString(next))) continue
      word.children = head as typeof word.children
      current.children = [...children.slice(start, index + 1), stop]
      out.push(current, space)
      current = {type: 'SentenceNode', children: []}
      start = index + 2
    }
    if (start > 0) current.children = children.slice(start)
    out.push(current)
  }
  paragraph.children = out
}

/** Words that go on a time rather than start a sentence: days, months, time zones ("EST", "Eastern"). */
const timeWords =
  /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|days|\.)?$|^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$|^(?:Eastern|Central|Mountain|Pacific|Atlantic|Local|[A-Z]{1,3}T|UTC|GMT|CEST|AEST)$/

/**
 * Set every parent's position from its first and last child, once parse-english's plugins
 * are done moving them. A position that already spans them is kept, and a parent of one
 * child shares that child's position (nothing changes positions after this), which saves
 * an object per word of a large document.
 */
function settle(node: Positioned): void {
  if (!node.children) return
  for (const child of node.children) settle(child)
  const first = node.children[0]?.position
  const last = node.children.at(-1)?.position
  if (!first || !last) return
  if (first === last) node.position = first
  else if (node.position?.start !== first.start || node.position.end !== last.end) node.position = {start: first.start, end: last.end}
}
