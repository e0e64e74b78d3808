/**
 * Limits that keep parsing fast and safe on hostile input.
 *
 * micromark (behind remark-parse) takes time quadratic in the nesting of block containers
 * (`> > > …`, `- - - …`), in the nesting of brackets, and in the number of emphasis
 * delimiters in one paragraph; remark-gfm and hast-util-from-parse5 recurse once per level
 * of nesting, so 10,000 levels overflow the call stack. micromark also keeps about 10 KB of
 * events for each block quote or list item until it builds the tree: 1 MB of short nested
 * list items took 8 s and 1.9 GB, and 4 MB took 52 s and 4 GB, near the heap's limit. No
 * real page comes near these limits (the corpus's most is 289 block quotes and list items
 * in one file). A text beyond them is linted as plain text (with a `parse-error` notice, so
 * `--fix` leaves it alone), and a stack overflow in a parser falls back the same way.
 */
import type {ProseBuilder} from '../prose/builder.js'

/** Block containers (block quotes and list items) on one line. */
export const maxContainerDepth = 100
/** Unclosed `[` in one paragraph. */
export const maxBracketDepth = 100
/** `*`, `_` and `~` that can open or close emphasis, in one paragraph. */
export const maxDelimiters = 1000
/** Block quotes and list items in one file. */
export const maxContainers = 20_000
/**
 * Lines of one table (a run of lines without a blank one, any of them with a `|`). micromark
 * keeps every event of a table until it ends, and a table cannot be parsed in pieces: a table of
 * 1 MB (about 100,000 rows) took 12.5 s and 2.1 GB; 5,000 rows take about 1.2 s.
 */
export const maxTableRows = 5_000
/**
 * `]` that opens no inline link (`opensInlineLink`: a reference, a footnote call, text, or a
 * `(` that never closes), in one paragraph and in one file. micromark tries every such bracket as a link
 * and then as each kind of reference, and in one paragraph its time grows with the square of
 * their number: 64 KB of `See [a](` took 0.8 s and 128 KB 2 s; 1 MB of `[a]x` in paragraphs
 * of 4,000 took 10 s. The corpus's most in one prose paragraph is under 100.
 */
export const maxParagraphLabels = 1000
export const maxFileLabels = 50_000

/** Why a Markdown or MDX source is beyond the parser's limits, or undefined when it is not. */
export function markdownLimit(source: string): string | undefined {
  let containers = 0
  let total = 0
  let brackets = 0
  let delimiters = 0
  let labels = 0
  let fileLabels = 0
  let lineStart = true
  let blank = true
  let fence = ''
  let runLines = 0
  let runHasPipe = false
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index)
    if (code === 10 /* \n */) {
      // A blank line ends a paragraph, and a table.
      if (blank) {
        brackets = delimiters = labels = runLines = 0
        runHasPipe = false
      }
      lineStart = true
      blank = true
      continue
    }
    if (lineStart) {
      lineStart = false
      const line = lineAt(source, index)
      const {depth, markers} = containersOf(line)
      if (depth > containers) containers = depth
      if (containers > maxContainerDepth) return `it nests more than ${maxContainerDepth} block quotes or lists`
      if (!fence && (total += markers) > maxContainers) return `it has more than ${maxContainers.toLocaleString('en-US')} block quotes and list items`
      // Fenced code is never parsed for emphasis or links.
      const marker = /^[ \t>*+\-\d.)]*?(`{3,}|~{3,})/.exec(line.slice(0, 400))?.[1]
      if (fence) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = ''
        index += line.length - 1
        blank = false
        continue
      }
      if (marker) {
        fence = marker
        index += line.length - 1
        blank = false
        continue
      }
      runLines++
      if (!runHasPipe && line.includes('|')) runHasPipe = true
      if (runHasPipe && runLines > maxTableRows) return `a table has more than ${maxTableRows.toLocaleString('en-US')} rows`
    }
    if (code !== 32 && code !== 9 && code !== 13) blank = false
    if (code === 92 /* \ */) {
      index++
    } else if (code === 91 /* [ */) {
      if (++brackets > maxBracketDepth) return `it nests more than ${maxBracketDepth} brackets`
    } else if (code === 93 /* ] */) {
      if (brackets > 0) brackets--
      // A definition's label (`[pricing]: /pricing`) is not tried as a link.
      if (!opensInlineLink(source, index) && source.charCodeAt(index + 1) !== 58 /* : */) {
        if (++labels > maxParagraphLabels) return `a paragraph has more than ${maxParagraphLabels} brackets outside inline links`
        if (++fileLabels > maxFileLabels) return `it has more than ${maxFileLabels.toLocaleString('en-US')} brackets outside inline links`
      }
    } else if (code === 42 /* * */ || code === 126 /* ~ */ || (code === 95 /* _ */ && !intraword(source, index))) {
      if (++delimiters > maxDelimiters) return `a paragraph has more than ${maxDelimiters} emphasis marks`
    }
  }
  return undefined
}

/**
 * Whether the `]` at `index` is followed by `(` and a `)` before any other bracket or the end
 * of the line, as an inline link's destination is (`[a](/x "Title")`); not `See [a](See [a](`.
 * The look ahead stops after 500 characters, so the scan stays linear.
 */
function opensInlineLink(source: string, index: number): boolean {
  if (source.charCodeAt(index + 1) !== 40 /* ( */) return false
  const end = Math.min(source.length, index + 502)
  for (let at = index + 2; at < end; at++) {
    const code = source.charCodeAt(at)
    if (code === 41 /* ) */) return true
    if (code === 91 /* [ */ || code === 93 /* ] */ || code === 10 /* \n */) return false
  }
  return false
}

/** Open elements, as HTML would nest them (see elementLimit). */
export const maxElementDepth = 500

const voidElements = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'basefont', 'bgsound', 'frame', 'keygen'
])
/** Elements a new one of the same name closes, and the elements that stop the search. */
const impliedEnds: Record<string, Set<string>> = {
  p: new Set(['div', 'section', 'article', 'aside', 'blockquote', 'li', 'td', 'th', 'table', 'main', 'nav', 'header', 'footer', 'form', 'button', 'body', 'html']),
  li: new Set(['ul', 'ol', 'menu']),
  dt: new Set(['dl']),
  dd: new Set(['dl']),
  tr: new Set(['table']),
  td: new Set(['tr', 'table']),
  th: new Set(['tr', 'table']),
  tbody: new Set(['table']),
  thead: new Set(['table']),
  tfoot: new Set(['table']),
  option: new Set(['select', 'datalist']),
  optgroup: new Set(['select'])
}

/**
 * Why a source nests elements too deeply to parse, or undefined. hast-util-from-parse5,
 * remark-mdx and the prose walker recurse once per element, so thousands of levels can
 * overflow the call stack, and where exactly depends on how warm the JIT is: the same text
 * could parse once and fail the next time. Counting open elements first makes the choice
 * the same every time. The count follows HTML closely enough for real pages (void and
 * self-closed elements, end tags, a new <p>, <li> or <td> closing the open one); it never
 * undercounts deep nesting.
 */
export function elementLimit(source: string): string | undefined {
  if (source.indexOf('<') === -1) return undefined
  const stack: string[] = []
  const tag = /<(\/?)([A-Za-z][A-Za-z0-9-]*)([^<>]*)>/g
  for (let match = tag.exec(source); match; match = tag.exec(source)) {
    const name = match[2]!.toLowerCase()
    const rest = match[3]!
    // Autolinks and addresses in Markdown (<https://…>, <me@example.com>) are not elements.
    if (rest.startsWith(':') || rest.includes('@')) continue
    if (match[1]) {
      const open = stack.lastIndexOf(name)
      if (open !== -1) stack.length = open
      continue
    }
    if (voidElements.has(name) || rest.endsWith('/')) continue
    const stops = impliedEnds[name]
    if (stops) {
      for (let index = stack.length - 1; index >= 0; index--) {
        if (stack[index] === name) {
          stack.length = index
          break
        }
        if (stops.has(stack[index]!)) break
      }
    }
    stack.push(name)
    if (stack.length > maxElementDepth) return `it nests more than ${maxElementDepth} elements`
  }
  return undefined
}

function lineAt(source: string, start: number): string {
  const end = source.indexOf('\n', start)
  return source.slice(start, end === -1 ? source.length : end)
}

/**
 * How many block quote and list markers open the line (`markers`), and its nesting depth:
 * the markers plus half its indentation when a marker follows it (a list nested by
 * indentation needs two more columns per level).
 */
function containersOf(line: string): {depth: number; markers: number} {
  let depth = 0
  let index = 0
  let indent = 0
  while (index < line.length && (line.charCodeAt(index) === 32 || line.charCodeAt(index) === 9)) {
    indent += line.charCodeAt(index) === 9 ? 4 : 1
    index++
  }
  while (index < line.length) {
    while (line.charCodeAt(index) === 32 || line.charCodeAt(index) === 9) index++
    const char = line.charAt(index)
    if (char === '>') {
      index++
    } else if ((char === '-' || char === '*' || char === '+') && /^[ \t]/.test(line.charAt(index + 1))) {
      index += 2
    } else {
      let digits = index
      while (digits < line.length && digits - index < 10 && line.charCodeAt(digits) >= 48 && line.charCodeAt(digits) <= 57) digits++
      if (digits === index || (line.charAt(digits) !== '.' && line.charAt(digits) !== ')') || !/^[ \t]/.test(line.charAt(digits + 1))) break
      index = digits + 2
    }
    depth++
  }
  return {depth: depth > 0 ? depth + Math.floor(indent / 2) : 0, markers: depth}
}

/** An underscore between two letters or digits can neither open nor close emphasis. */
function intraword(source: string, index: number): boolean {
  return /[\p{L}\p{N}]/u.test(source.charAt(index - 1)) && /[\p{L}\p{N}]/u.test(source.charAt(index + 1))
}

/** Whether an error is the JavaScript engine's stack overflow. */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message)
}

/**
 * The plain-text reading of a text the format's parser could not take: paragraphs at blank
 * lines, and tags (`<…>`) never prose.
 */
export function parseFallback(builder: ProseBuilder): void {
  const source = builder.source
  const blank = /\r?\n[ \t]*(?:\r?\n[ \t]*)+/g
  // `[^<>]` keeps this linear: a `<` with no `>` after it is scanned once.
  const tag = /<[^<>]*>/g
  let next = tag.exec(source)
  let from = 0
  while (true) {
    const match = blank.exec(source)
    const end = match ? match.index : source.length
    if (end > from) {
      builder.open({kind: 'paragraph'})
      let at = from
      while (next && next.index < end) {
        const start = Math.max(next.index, at)
        const tagEnd = Math.min(next.index + next[0].length, end)
        if (start > at) builder.verbatim(at, start)
        builder.opaque(start, tagEnd)
        at = Math.max(at, tagEnd)
        if (next.index + next[0].length > end) break
        next = tag.exec(source)
      }
      if (end > at) builder.verbatim(at, end)
      builder.close()
    }
    if (!match) break
    from = match.index + match[0].length
    while (next && next.index + next[0].length <= from) next = tag.exec(source)
  }
}
