/**
 * HTML into prose blocks: rehype-parse (parse5) gives positions for every text node and,
 * with `verbose`, for every attribute, so `alt` and `title` text map exactly too.
 */
import type {Element, ElementContent, Nodes as HastNodes, Root as HastRoot} from 'hast'
import {unified} from 'unified'
import rehypeParse from 'rehype-parse'
import {align, referenceAt} from '../prose/align.js'
import type {ProseBuilder} from '../prose/builder.js'
import type {BlockData} from '../types.js'
import {htmlComment, parseDirective, type Directive} from './directives.js'

const documentParser = unified().use(rehypeParse, {fragment: false, verbose: true}).freeze()
const fragmentParser = unified().use(rehypeParse, {fragment: true, verbose: true}).freeze()

/** Elements whose content is never prose. */
const skip = new Set([
  'script', 'style', 'noscript', 'template', 'code', 'pre', 'kbd', 'samp', 'var', 'svg',
  'math', 'textarea', 'select', 'iframe', 'object', 'canvas', 'audio', 'video'
])

/** Elements that keep words of neighbouring text together. */
const inline = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins',
  'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'wbr', 'nobr'
])

function blockFor(element: Element): BlockData | undefined {
  const name = element.tagName
  if (/^h[1-6]$/.test(name)) return {kind: 'heading', depth: Number(name.charAt(1))}
  switch (name) {
    case 'title': return {kind: 'title'}
    case 'li': case 'dt': case 'dd': return {kind: 'listItem'}
    case 'td': case 'th': return {kind: 'tableCell'}
    case 'button': return {kind: 'button', cta: true}
    case 'caption': case 'figcaption': return {kind: 'paragraph'}
    default: return inline.has(name) || name === 'br' || name === 'img' ? undefined : {kind: 'paragraph'}
  }
}

function isButtonLink(element: Element): boolean {
  const className = element.properties.className
  const classes = Array.isArray(className) ? className.join(' ') : String(className ?? '')
  return element.properties.role === 'button' || /\b(?:btn|button|cta)\b/i.test(classes)
}

interface State {
  builder: ProseBuilder
  directives: Directive[]
  base: number
  quote: boolean
}

/** Add the prose of `html` (which starts at source offset `base`) to `builder`. */
export function parseHtml(
  builder: ProseBuilder,
  html: string,
  base: number,
  options: {fragment: boolean; directives: Directive[]}
): void {
  const tree = (options.fragment ? fragmentParser : documentParser).parse(html) as HastRoot
  const state: State = {builder, directives: options.directives, base, quote: false}
  children(state, tree.children)
}

function children(state: State, nodes: Array<HastNodes | ElementContent>): void {
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!
    if (node.type === 'comment') {
      comment(state, node, nodes, index)
    } else if (node.type === 'element') {
      element(state, node)
    } else if (node.type === 'text') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start === undefined || end === undefined) continue
      // Lenient: parse5 merges text across tags it drops, and its positions then cover only part.
      const from = referencesBefore(state.builder.source, state.base + start, state.base, node.value)
      state.builder.text(node.value, align(node.value, state.builder.source, from, state.base + end, true))
    } else if (node.type === 'root') {
      children(state, node.children)
    }
  }
}

function comment(state: State, node: {value: string; position?: HastNodes['position']}, siblings: Array<HastNodes | ElementContent>, index: number): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return
  const directive = parseDirective(node.value, state.base + start, state.base + end)
  if (!directive) return
  if (directive.kind === 'ignore') {
    let next: (typeof siblings)[number] | undefined
    for (let at = index + 1; at < siblings.length && !next; at++) if (siblings[at]!.type === 'element') next = siblings[at]
    if (next?.position?.start.offset !== undefined && next.position.end.offset !== undefined) {
      directive.target = [state.base + next.position.start.offset, state.base + next.position.end.offset]
    }
  }
  state.directives.push(directive)
}

function element(state: State, node: Element): void {
  const name = node.tagName
  attributes(state, node)
  if (skip.has(name)) return
  if (name === 'br') {
    const offset = node.position?.start.offset
    if (offset !== undefined) state.builder.space(state.base + offset, '\n')
    return
  }

  const quote = state.quote
  if (name === 'blockquote' || name === 'q' || isTestimonial(node)) state.quote = true
  const data = blockFor(node)
  const open = data !== undefined
  if (data) state.builder.open({...data, ...(state.quote ? {quote: true} : {})})
  else if (name === 'a' || isButtonLink(node)) link(state, node)

  const before = node.position?.start.offset
  if (!open && !inline.has(name) && before !== undefined) state.builder.space(state.base + before)
  children(state, node.children)
  if (open) state.builder.close()
  state.quote = quote
}

/** `<div class="testimonial-card">`: a customer's words, as a blockquote is. */
function isTestimonial(node: Element): boolean {
  const className = node.properties?.className
  const classes = Array.isArray(className) ? className.join(' ') : typeof className === 'string' ? className : ''
  return /testimonial/i.test(classes)
}

/** Record the source range of a link's text so rules can tell calls to action apart. */
function link(state: State, node: Element): void {
  const block = state.builder.current()
  const first = node.children[0]?.position?.start.offset
  const last = node.children.at(-1)?.position?.end.offset
  if (!block || first === undefined || last === undefined) return
  ;(block.links ??= []).push([state.base + first, state.base + last])
}

/** `alt` and `title` attributes are copy; every other attribute is not. */
function attributes(state: State, node: Element): void {
  const positions = (node.data as {position?: {properties?: Record<string, {start: {offset?: number}; end: {offset?: number}} | undefined>}} | undefined)?.position?.properties
  if (!positions) return
  for (const key of ['alt', 'title'] as const) {
    const value = node.properties[key]
    const place = positions[key]
    if (typeof value !== 'string' || !place || place.start.offset === undefined || place.end.offset === undefined) continue
    const raw = state.builder.source.slice(state.base + place.start.offset, state.base + place.end.offset)
    const equals = raw.indexOf('=')
    if (equals === -1) continue
    let start = equals + 1
    while (start < raw.length && /\s/.test(raw.charAt(start))) start++
    let end = raw.length
    const quote = raw.charAt(start)
    if (quote === '"' || quote === "'") {
      start++
      if (raw.charAt(end - 1) === quote) end--
    }
    state.builder.open({kind: key === 'alt' ? 'alt' : 'attribute'})
    state.builder.text(value, align(value, state.builder.source, state.base + place.start.offset + start, state.base + place.start.offset + end))
    state.builder.close()
  }
}

export {htmlComment}

/**
 * Where a text really starts. After ignored leading white space, parse5 reports a text
 * that opens with a character reference (" &lt;We…") as starting inside or after it; step
 * back to the references the text's value begins with.
 */
function referencesBefore(source: string, start: number, floor: number, value: string): number {
  let from = start
  let decoded = ''
  // The reference that covers or ends at `from`, if the value starts with what it stands for.
  for (;;) {
    let found: {at: number; value: string} | undefined
    for (let at = from - 1; at >= Math.max(floor, from - 40) && !found; at--) {
      if (source.charCodeAt(at) !== 38 /* & */) continue
      const reference = referenceAt(source, at)
      if (!reference || !value.startsWith(reference.value + decoded)) continue
      // The first must cover `from`; each one before it must end where the next begins.
      const end = at + reference.length
      if (decoded === '' ? end >= from : end === from) found = {at, value: reference.value}
    }
    if (!found) return from
    decoded = found.value + decoded
    from = found.at
  }
}
