/**
 * Markdown and MDX into prose blocks.
 *
 * remark-parse (with GFM and front matter, and remark-mdx for `.mdx`) gives the mdast tree.
 * We walk it ourselves instead of using mdast-util-to-nlcst, because that utility skips
 * tables and assumes each text value is as long as its source, which drifts after
 * entities, escapes and continuation-line markers.
 */
import type {Nodes as MdastNodes, Parent as MdastParent, PhrasingContent, Root as MdastRoot, RootContent} from 'mdast'
import {fromMarkdown, type Options as FromMarkdownOptions} from 'mdast-util-from-markdown'
import {unified} from 'unified'
import {normalizeIdentifier} from 'micromark-util-normalize-identifier'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import remarkMdx from 'remark-mdx'
import {align} from '../prose/align.js'
import type {ProseBuilder} from '../prose/builder.js'
import type {BlockData} from '../types.js'
import {htmlComment, jsComment, parseDirective, type Directive} from './directives.js'
// Linear-time edits for micromark's event list (see the module).
import './edit-map.js'
import {tomlFrontMatter, yamlFrontMatter} from './frontmatter.js'
import {gfmPartsFor, remarkGfmParts, type GfmParts} from './gfm.js'
import {parseHtml} from './html.js'
import {definitionLabels, definitionSeed, isSegmented, remarkSeedDefinitions, seedNextParse, segmentPieces, smallestPiece, type PlainBlock, type PlainInline, type Piece, type Seed} from './segments.js'

// The extensions of each processor, built once for each set of GFM parts (src/parse/gfm.ts).
// Each piece is parsed with mdast-util-from-markdown directly, as remark-parse would call it:
// unified would make a VFile for each, a third of the time a small piece takes.
const parsers = new Map<string, FromMarkdownOptions>()

export function markdownProcessor(mdx: boolean, gfm?: GfmParts) {
  const base = mdx ? unified().use(remarkParse).use(remarkMdx) : unified().use(remarkParse)
  return base.use(remarkGfmParts, gfm).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkSeedDefinitions).freeze()
}

function parserFor(mdx: boolean, source: string): FromMarkdownOptions {
  const gfm = gfmPartsFor(source)
  const key = `${mdx} ${gfm.table}`
  let parser = parsers.get(key)
  if (!parser) {
    const processor = markdownProcessor(mdx, gfm)
    parser = {extensions: processor.data('micromarkExtensions') ?? [], mdastExtensions: processor.data('fromMarkdownExtensions') ?? []}
    parsers.set(key, parser)
  }
  return parser
}

interface State {
  builder: ProseBuilder
  directives: Directive[]
  frontMatterKeys: string[]
  quote: boolean
  mdx: boolean
  /** Where the piece being walked starts in the source (src/parse/segments.ts). */
  base: number
  /** The definitions walked, keyed as `segmentKey` keys labels. */
  defined: Set<string>
}

type AnyNode = MdastNodes & {value?: string; children?: AnyNode[]}

export function parseMarkdown(
  builder: ProseBuilder,
  options: {mdx: boolean; directives: Directive[]; frontMatterKeys: string[]}
): void {
  const source = builder.source
  const state: State = {
    builder,
    directives: options.directives,
    frontMatterKeys: options.frontMatterKeys,
    quote: false,
    mdx: options.mdx,
    base: 0,
    defined: new Set()
  }
  // Only a source parsed in pieces needs its definitions up front.
  const segmented = !options.mdx && isSegmented(source)
  const labels = segmented ? definitionLabels(source) : []
  const seed = definitionSeed(labels)
  const pieces = segmented ? segmentPieces(source, seed) : []
  const inPieces = pieces.length > 1 || pieces[0]?.blocks !== undefined
  if (inPieces && walkPieces(state, pieces, labels, seed)) return
  // One piece, or pieces whose definitions were not the ones expected: the whole source.
  if (inPieces) {
    builder.reset()
    options.directives.length = 0
    state.defined.clear()
  }
  walkPiece(state, source, 0)
}

/**
 * Parse and walk `text`, which starts at `base` in the source, its parser knowing the
 * definitions of `seed` (src/parse/segments.ts). When `canFail` and the piece ends inside a
 * block that goes on past it (`isOpenAtEnd`), nothing is walked and the result is false.
 */
function walkPiece(state: State, text: string, base: number, seed?: Seed, canFail = false): boolean {
  const tree = parsePiece(state, text, seed)
  if (canFail && isOpenAtEnd(tree, text)) return false
  state.base = base + bomShift(text)
  flow(state, tree, {kind: 'paragraph'})
  return true
}

/** micromark's tree of `text`, its parser knowing the definitions of `seed`. */
function parsePiece(state: State, text: string, seed: Seed | undefined): MdastRoot {
  seedNextParse(seed)
  const tree = fromMarkdown(text, parserFor(state.mdx, text))
  seedNextParse(undefined)
  return tree
}

/**
 * micromark drops a leading U+FEFF and counts offsets without it. The file's own BOM is gone
 * already, so one at the start of a piece is text: count it back in.
 */
function bomShift(text: string): number {
  return text.startsWith('\uFEFF') ? 1 : 0
}

/**
 * The last piece of the group that starts with the micromark piece at `index`: runs of plain
 * pieces and the micromark piece after each, while the micromark text is under the smallest
 * size. A group ends with a micromark piece.
 */
function groupEnd(pieces: Piece[], index: number): number {
  let end = index
  let size = pieces[index]!.to - pieces[index]!.from
  while (size < smallestPiece()) {
    let next = end + 1
    while (pieces[next]?.blocks) next++
    if (next === end + 1 || !pieces[next]) break
    end = next
    size += pieces[end]!.to - pieces[end]!.from
  }
  return end
}

/**
 * Parse a group of pieces (`groupEnd`) in one micromark parse, each plain piece in it masked:
 * every character but line endings made a space, so micromark reads blank lines of the
 * same length, and positions stay those of the source. A plain piece starts after a blank
 * line where every block before it has ended, so the text around it parses as it would in
 * pieces of its own. Each parse has its own cost, and a paragraph between two plain pieces
 * (a definition before and a footnote after) would otherwise be parsed on its own. False,
 * with nothing walked, when a block of the text reaches into a masked piece or past the end
 * (`isOpenAtEnd`); the caller then parses the pieces as they are.
 */
function walkMasked(state: State, group: Piece[], seed: Seed): boolean {
  const source = state.builder.source
  const from = group[0]!.from
  const to = group.at(-1)!.to
  const parts: string[] = []
  let at = from
  for (const piece of group) {
    if (!piece.blocks) continue
    parts.push(source.slice(at, piece.from), source.slice(piece.from, piece.to).replace(/[^\n]/g, ' '))
    at = piece.to
  }
  parts.push(source.slice(at, to))
  const text = parts.join('')
  const tree = parsePiece(state, text, seed)
  if (to !== source.length && isOpenAtEnd(tree, text)) return false
  const shift = bomShift(text)
  for (const node of tree.children) {
    const start = (node.position?.start.offset ?? 0) + shift + from
    const end = (node.position?.end.offset ?? 0) + shift + from
    if (group.some((piece) => piece.blocks && start < piece.to && end > piece.from)) return false
  }
  state.base = from + shift
  flow(state, tree, {kind: 'paragraph'})
  for (const piece of group) if (piece.blocks) walkPlain(state, piece.blocks)
  return true
}

/** Plain paragraphs, headings, link definitions and footnotes (`plainBlocks` in src/parse/segments.ts), straight from the source. */
function walkPlain(state: State, blocks: PlainBlock[]): void {
  for (const block of blocks) {
    // A link definition holds no prose, a footnote its text; `walkPieces` checks the
    // definitions walked.
    if (block.label !== undefined) {
      state.defined.add(segmentKey(block.label))
      if (!block.label.startsWith('^')) continue
    }
    open(state, block.label ? {kind: 'listItem'} : block.depth ? {kind: 'heading', depth: block.depth} : {kind: 'paragraph'})
    if (block.inline) plainText(state, block.start, block.end, block.inline)
    else state.builder.verbatim(block.start, block.end)
    state.builder.close()
  }
}

/**
 * A plain block's text with its links, footnote calls, emphasis, code spans, images, HTML
 * tags, escapes, character references and line ends, as `phrasing` walks micromark's: each
 * stretch of text micromark makes one text node of (escapes and references decoded, spaces
 * at a line's end dropped) one text, each link's text marked as a link, emphasis as its text,
 * a code span as an opaque span, an image's alt text as a block of its own, no footnote call
 * or tag, and a hard break as a line break.
 */
function plainText(state: State, start: number, end: number, inline: PlainInline[]): void {
  const builder = state.builder
  const source = builder.source
  // The text node so far: its value, and where in the source it starts and ends.
  let value = ''
  let from = -1
  let to = -1
  const add = (a: number, b: number, text = source.slice(a, b)) => {
    if (text === '') return
    if (from === -1) from = a
    value += text
    to = b
  }
  const flush = () => {
    if (value === '') return
    if (value.length === to - from && value === source.slice(from, to)) builder.verbatim(from, to)
    else builder.text(value, align(value, source, from, to))
    value = ''
    from = -1
  }
  let at = start
  for (const item of inline) {
    add(at, item.from)
    at = item.to
    // A hard break before another line: two or more spaces, or a backslash. Spaces at the
    // block's end, or a single one, are dropped; a backslash at the block's end is text.
    if (item.suffix || item.breakEscape) {
      if (item.to !== end && (item.breakEscape || item.to - item.from >= 2)) {
        flush()
        builder.space(item.from, '\n')
        // The break takes its line ending.
        at = item.to + 1
      } else if (item.breakEscape) add(item.from, item.to)
      continue
    }
    if (item.value !== undefined) {
      add(item.from, item.to, item.value)
      continue
    }
    if (item.run) {
      // Marks that close emphasis, the marks that stay text, marks that open emphasis.
      const [from, to] = item.literal ?? [item.from, item.to]
      if (from > item.from) flush()
      add(from, to)
      if (to < item.to) flush()
      continue
    }
    flush()
    if (item.code) builder.opaque(item.from, item.to)
    else if (item.alt) {
      const alt = source.slice(item.alt[0], item.alt[1])
      builder.open({kind: 'alt'})
      builder.text(alt, align(alt, source, item.from + 2, item.to, true))
      builder.close()
    } else if (item.text) {
      const block = builder.current()
      if (block) (block.links ??= []).push(item.text)
      builder.verbatim(item.text[0], item.text[1])
    }
  }
  add(at, end)
  flush()
}

/**
 * Walk the source piece by piece (src/parse/segments.ts); false when the definitions the
 * pieces held are not the labels they were parsed with, and the whole must be parsed.
 */
function walkPieces(state: State, pieces: Piece[], labels: string[], seed: Seed): boolean {
  const source = state.builder.source
  for (let index = 0; index < pieces.length; ) {
    const piece = pieces[index]!
    if (piece.blocks) {
      walkPlain(state, piece.blocks)
      index++
      continue
    }
    const end = groupEnd(pieces, index)
    if (end > index && walkMasked(state, pieces.slice(index, end + 1), seed)) {
      index = end + 1
      continue
    }
    // A cut inside a block that goes on across it: parse the next piece with this one. After
    // a few in a row, the rest goes whole, so no input can make this quadratic.
    let joined = 0
    for (;;) {
      const to = joined >= 4 ? source.length : pieces[index + joined]!.to
      const last = to === source.length
      if (walkPiece(state, source.slice(piece.from, to), piece.from, seed, !last)) break
      joined++
    }
    if (joined >= 4) break
    index += joined + 1
  }
  const expected = new Set(labels.map(segmentKey))
  return expected.size === state.defined.size && [...expected].every((key) => state.defined.has(key))
}

/** A definition label's key, as `flow` keys the definitions it walks: its kind and identifier. */
function segmentKey(label: string): string {
  return label.startsWith('^') ? `footnote ${normalizeIdentifier(label.slice(1)).toLowerCase()}` : `definition ${normalizeIdentifier(label).toLowerCase()}`
}

/**
 * Whether a piece's last block reaches past its end: front matter that has not closed,
 * fenced code without its closing fence, or HTML (an HTML block of a kind that goes on across
 * blank lines, or a comment whose `youfirst-ignore` silences the block after it, in the next
 * piece). Only a block at the top level can: the line a piece starts with ends every
 * container (src/parse/segments.ts).
 */
function isOpenAtEnd(tree: MdastRoot, text: string): boolean {
  // Front matter that has not closed in the piece may close in a later one.
  const first = tree.children[0]?.type as string | undefined
  if (/^\uFEFF?(?:---|\+\+\+)[ \t]*(?:\r|\n)/.test(text) && first !== 'yaml' && first !== 'toml') return true
  const last = tree.children.at(-1)
  if (last?.type === 'html') return true
  if (last?.type !== 'code') return false
  // micromark counts offsets without a leading BOM.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  const lines = body.slice(last.position?.start.offset ?? 0, last.position?.end.offset ?? body.length).split(/\r\n|\r|\n/)
  const open = /^(`{3,}|~{3,})/.exec(lines[0]!)?.[1]
  if (!open) return false
  const close = lines.length > 1 ? /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(lines.at(-1)!)?.[1] : undefined
  return !close || close[0] !== open[0] || close.length < open.length
}

function offsets(state: State, node: {position?: {start: {offset?: number}; end: {offset?: number}}}): [number, number] | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? undefined : [start + state.base, end + state.base]
}

/** Walk block-level content; `block` is what a paragraph here counts as. */
function flow(state: State, parent: MdastParent, block: BlockData): void {
  const nodes = parent.children as RootContent[]
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!
    const range = offsets(state, node)
    switch (node.type) {
      case 'paragraph': {
        // "<h1>Bootcamp</h1>" then "<p>You learn…</p>" on the next line in MDX: a block each.
        const elements = jsxBlocks(node.children)
        if (elements) {
          for (const element of elements) {
            const depth = headingDepth(element.name)
            open(state, depth ? {kind: 'heading', depth} : element.name === 'li' ? {kind: 'listItem'} : block)
            phrasing(state, element.children)
            state.builder.close()
          }
          break
        }
        // "<h2>Get in touch</h2>" on a line of its own in MDX: a heading.
        open(state, jsxHeading(node.children) ?? block)
        phrasing(state, node.children)
        state.builder.close()
        break
      }
      case 'heading':
        open(state, {kind: 'heading', depth: node.depth})
        phrasing(state, node.children)
        state.builder.close()
        break
      case 'blockquote': {
        const quote = state.quote
        state.quote = true
        flow(state, node, block)
        state.quote = quote
        break
      }
      case 'list':
        flow(state, node, block)
        break
      case 'listItem':
        flow(state, node, {kind: 'listItem'})
        break
      case 'footnoteDefinition':
        state.defined.add(`footnote ${node.identifier}`)
        flow(state, node, {kind: 'listItem'})
        break
      case 'definition':
        state.defined.add(`definition ${node.identifier}`)
        break
      case 'table':
        for (const row of node.children) {
          for (const cell of row.children) {
            open(state, {kind: 'tableCell'})
            phrasing(state, cell.children)
            state.builder.close()
          }
        }
        break
      case 'html':
        if (range) html(state, node.value, range, nodes, index)
        break
      case 'yaml':
        if (range) yamlFrontMatter(state.builder, node.value, valueStart(state, node.value, range), state.frontMatterKeys)
        break
      case 'mdxFlowExpression':
        if (range) expression(state, node.value, range, nodes, index)
        break
      case 'mdxJsxFlowElement': {
        const depth = headingDepth(node.name)
        flow(state, node as MdastParent, isCta(node.name) ? {kind: 'button', cta: true} : depth ? {kind: 'heading', depth} : block)
        break
      }
      default:
        if ((node as {type: string}).type === 'toml' && range) {
          const value = (node as {value: string}).value
          tomlFrontMatter(state.builder, value, valueStart(state, value, range), state.frontMatterKeys)
        }
      // code, thematicBreak, mdxjsEsm: never prose.
    }
  }
}

/** The depth of an HTML heading element's name in MDX ("h2" → 2). */
function headingDepth(name: string | null | undefined): 1 | 2 | 3 | 4 | 5 | 6 | undefined {
  const match = /^h([1-6])$/.exec(name ?? '')
  return match ? (Number(match[1]) as 1 | 2 | 3 | 4 | 5 | 6) : undefined
}

/** HTML elements that hold a block of text of their own. */
const blockElements = /^(?:h[1-6]|p|li|dt|dd|figcaption|blockquote|div|section|article|header|footer|aside)$/

/**
 * A paragraph that is only MDX elements of block-level HTML, two or more, one after another
 * (`<h1>…</h1>` and `<p>…</p>` on consecutive lines inside a component): MDX reads them as one
 * paragraph, but each is a block of its own, as in HTML. Undefined for anything else.
 */
function jsxBlocks(children: PhrasingContent[]): JsxElement[] | undefined {
  const elements = jsxElements(children)
  return elements && elements.length >= 2 && elements.every((element) => blockElements.test(element.name)) ? elements : undefined
}

interface JsxElement {
  name: string
  children: PhrasingContent[]
}

/** The MDX elements of a paragraph that holds only elements (and white space between them); undefined otherwise. */
function jsxElements(children: PhrasingContent[]): JsxElement[] | undefined {
  const elements: JsxElement[] = []
  for (const child of children) {
    if (child.type === 'text' && child.value.trim() === '') continue
    if (child.type !== 'mdxJsxTextElement') return undefined
    elements.push({name: child.name ?? '', children: child.children})
  }
  return elements
}

/** A paragraph that is only one MDX heading element ("<h2>Get in touch</h2>"), as a heading block. */
function jsxHeading(children: PhrasingContent[]): BlockData | undefined {
  const elements = jsxElements(children)
  const depth = elements?.length === 1 ? headingDepth(elements[0]!.name) : undefined
  return depth ? {kind: 'heading', depth} : undefined
}

function open(state: State, data: BlockData): void {
  state.builder.open(state.quote ? {...data, quote: true} : {...data})
}

/** Where a front-matter value starts in the source (after the opening fence). */
function valueStart(state: State, value: string, range: [number, number]): number {
  const at = state.builder.source.indexOf(value, range[0])
  return at === -1 ? range[0] : at
}

function isCta(name: string | null | undefined): boolean {
  return name !== null && name !== undefined && /^(?:button|cta|calltoaction|link|a)$|button$|cta$/i.test(name)
}

function phrasing(state: State, nodes: PhrasingContent[]): void {
  const builder = state.builder
  for (const [index, node] of (nodes as AnyNode[]).entries()) {
    const range = offsets(state, node)
    if (!range) continue
    switch (node.type) {
      case 'text':
        builder.text(node.value, align(node.value, builder.source, range[0], range[1]))
        break
      case 'emphasis':
      case 'strong':
      case 'delete':
        phrasing(state, node.children as PhrasingContent[])
        break
      case 'link':
      case 'linkReference': {
        const children = node.children as PhrasingContent[]
        const only = children.length === 1 && children[0]!.type === 'text' ? children[0]!.value : undefined
        if (node.type === 'link' && only !== undefined && (only === node.url || `mailto:${only}` === node.url)) {
          builder.opaque(range[0], range[1])
          break
        }
        markLink(state, children)
        phrasing(state, children)
        break
      }
      case 'image':
      case 'imageReference':
        if (node.alt) {
          // The alt text starts after `![`.
          builder.open({kind: 'alt', ...(state.quote ? {quote: true} : {})})
          builder.text(node.alt, align(node.alt, builder.source, range[0] + 2, range[1], true))
          builder.close()
        }
        break
      case 'inlineCode':
        builder.opaque(range[0], range[1])
        break
      case 'break':
        builder.space(range[0], '\n')
        break
      case 'html': {
        const inside = htmlComment(node.value)
        const directive = inside === undefined ? undefined : parseDirective(inside, range[0], range[1])
        if (directive) state.directives.push(directive)
        else if (/^<br\b/i.test(node.value)) builder.space(range[0], '\n')
        else inlineLink(state, node.value, range, nodes as AnyNode[], index)
        break
      }
      case 'mdxTextExpression':
        expression(state, node.value ?? '', range, [], 0)
        builder.opaque(range[0], range[1])
        break
      case 'mdxJsxTextElement': {
        const children = node.children as PhrasingContent[]
        if (isCta(node.name) || (node.attributes ?? []).some((a) => a.type === 'mdxJsxAttribute' && a.name === 'href')) {
          markLink(state, children)
        }
        phrasing(state, children)
        break
      }
      default:
      // footnoteReference and the like: not prose.
    }
  }
}

/**
 * Inline HTML in a paragraph: `<a href="/about">Who we are</a>` or `<button>…</button>` marks
 * the text up to its closing tag as a link, as a Markdown link would be.
 */
function inlineLink(state: State, value: string, range: [number, number], siblings: AnyNode[], index: number): void {
  const tag = /^<(a|button)\b[^>]*>$/i.exec(value)?.[1]?.toLowerCase()
  if (!tag || (tag === 'a' && !/\shref\s*=/i.test(value))) return
  const closing = new RegExp(`^</${tag}\\s*>$`, 'i')
  for (let at = index + 1; at < siblings.length; at++) {
    const sibling = siblings[at]!
    if (sibling.type !== 'html') continue
    if (!closing.test(sibling.value ?? '')) return
    const end = offsets(state, sibling)
    const block = state.builder.current()
    if (block && end && end[0] > range[1]) (block.links ??= []).push([range[1], end[0]])
    return
  }
}

function markLink(state: State, children: PhrasingContent[]): void {
  const block = state.builder.current()
  const first = children[0] ? offsets(state, children[0]) : undefined
  const last = children.at(-1) ? offsets(state, children.at(-1)!) : undefined
  if (block && first && last) (block.links ??= []).push([first[0], last[1]])
}

/** An HTML block inside Markdown: a control comment, or markup whose text is copy. */
function html(state: State, value: string, range: [number, number], siblings: RootContent[], index: number): void {
  const inside = htmlComment(value)
  if (inside !== undefined) {
    const directive = parseDirective(inside, range[0], range[1])
    if (directive) {
      if (directive.kind === 'ignore') {
        const next = siblings[index + 1]
        const target = next ? offsets(state, next) : undefined
        if (target) directive.target = target
      }
      state.directives.push(directive)
    }
    return
  }
  // Only when the value stands verbatim in the source (not inside a quote or list prefix).
  if (state.builder.source.slice(range[0], range[1]) === value) {
    parseHtml(state.builder, value, range[0], {fragment: true, directives: state.directives})
  }
}

/** An MDX expression: never prose, but `{/* youfirst-… *\/}` is a control comment. */
function expression(state: State, value: string, range: [number, number], siblings: RootContent[], index: number): void {
  const inside = jsComment(value)
  if (inside === undefined) return
  const directive = parseDirective(inside, range[0], range[1])
  if (!directive) return
  if (directive.kind === 'ignore') {
    const next = siblings[index + 1]
    const target = next ? offsets(state, next) : undefined
    if (target) directive.target = target
  }
  state.directives.push(directive)
}
