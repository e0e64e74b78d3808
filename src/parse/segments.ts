/**
 * Cut a large Markdown source into pieces that micromark parses one at a time to the same
 * tree as the whole.
 *
 * micromark keeps every event of a document until it builds the tree, and the tree until the
 * walk is done, so on a large file most of what it allocates survives the young-generation
 * collections and is copied by each of them. In pieces of about 2 KB, each walked and
 * dropped before the next is parsed, 1 MB of real copy parses in about 1.05 s against
 * 1.27 s whole, and 1 MB of short block quotes in 1.15 s against 1.7 s, with less than half
 * the memory. A source under 32 KB is parsed whole: there the pieces' own cost outweighs
 * what they save.
 *
 * A piece starts only at a line where every block of the lines before it has ended, so the
 * line reads the same in a piece as in the whole:
 *
 * - the line before it is blank, which ends paragraphs, tables, block quotes and lazy
 *   continuation, and closes HTML blocks of kinds 6 and 7;
 * - it starts at column 0 with a letter, `#`, `[`, `&`, `!`, a quote or `(`; with `*` or `_`
 *   then a character that is neither white space nor another `*` or `_` (emphasis, as in
 *   `*Free* delivery…`); or with one or two backticks or tildes then another character (code
 *   or strikethrough, not a fence). So it is neither indented code nor the continuation of a
 *   list item or footnote, nor a list marker, a thematic break, a fence, a setext underline
 *   or front matter, and whatever container was open before it ends;
 * - no fenced code and no HTML block of kinds 1 to 5 (`<script>`, `<pre>`, `<style>`,
 *   `<textarea>`, comments, `<?…?>`, `<!X…>`, CDATA), which go on across blank lines, is
 *   open, as far as a scan of the lines can tell;
 * - the block before it is not HTML: `<!-- youfirst-ignore -->` silences the block after
 *   it, so the two stay in one piece;
 * - it is not inside front matter.
 *
 * The line scan cannot see containers, so `src/parse/markdown.ts` checks each piece's tree:
 * when its last block is fenced code without a closing fence, or HTML, or when the first
 * piece opens with a front-matter fence but holds no front matter, the piece is parsed again
 * with the next one. Only a block at the top level can go on past the cut, so the check is
 * exact.
 *
 * The one thing a piece cannot see is a definition in another piece: `[Pricing]` is a link
 * only where `[pricing]: /pricing` is defined somewhere in the document, and a footnote call
 * `[^1]` only where `[^1]:` is. So every piece's parser starts out knowing the labels of all
 * the document's lines that look like definitions (`seedNextParse`), and
 * `src/parse/markdown.ts` checks that the definitions the pieces hold are exactly those
 * labels; when they are not (a label over two lines, a definition-like line in a code
 * block), it parses the document whole.
 *
 * A piece between two cuts that holds only plain paragraphs, headings and one-line link
 * definitions (`plainBlocks`) is not given to micromark at all: with no line that can start
 * another block, each block's text is its source, and a definition holds no prose. A
 * paragraph or heading may hold the inline syntax `plainInline` reads the way micromark
 * does: simple links and footnote calls whose targets the document defines, images, code
 * spans, runs of emphasis and strikethrough marks (paired as micromark pairs them,
 * `pairRuns`), backslash escapes and breaks, character references, tags of inline text and
 * spaces at a line's end; its text is then the source around them, decoded, with each
 * link's text marked as a link, and each code span kept out of the prose. About 60% of real
 * copy is such text; 1 MB of paragraphs of references and footnote calls lints in 1.4 s
 * instead of 2.3 s, and 1 MB of dense inline markup of any of these kinds in about 1 s
 * instead of 2.5 to 5 s. Other pieces between cuts are gathered into pieces of at least
 * the smallest size (`segmentPieces`), and a plain piece between two of those is masked in
 * one parse of the group (`walkMasked` in src/parse/markdown.ts).
 *
 * MDX is always parsed whole: its JSX elements and expressions go on across blank lines.
 * test/segments.test.ts checks that the prose tree is the same in pieces as whole, on
 * generated Markdown, on near misses and on every Markdown file of the real corpus.
 */
import type {Construct, Extension, TokenizeContext} from 'micromark-util-types'
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import {classifyCharacter} from 'micromark-util-classify-character'
import {decodeNumericCharacterReference} from 'micromark-util-decode-numeric-character-reference'
import {normalizeIdentifier} from 'micromark-util-normalize-identifier'
import type {Processor} from 'unified'

/** The smallest piece, in UTF-16 code units. */
export const defaultSegmentSize = 2048
/**
 * A source shorter than this is parsed whole: on a page of ordinary length the collector
 * has little to copy, and each piece's own cost outweighs what pieces save.
 */
export const defaultWholeBelow = 32_768
let segmentSize = defaultSegmentSize
let wholeBelow = defaultWholeBelow

/**
 * Set the smallest piece and the length below which a source is parsed whole (tests cut
 * small sources into small pieces, and compare with `Infinity`: every source whole).
 */
export function setSegmentSize(size: number, whole = size === Infinity ? Infinity : 2 * size): void {
  segmentSize = size
  wholeBelow = whole
}

const fenceOpen = /^ {0,3}(`{3,}|~{3,})/
/** HTML blocks that go on across blank lines, with what ends each (CommonMark kinds 1–5). */
const htmlKinds: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?=[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
  [/^ {0,3}<![A-Za-z]/, />/]
]
/** The smallest piece micromark is given, in UTF-16 code units (`setSegmentSize`). */
export function smallestPiece(): number {
  return segmentSize
}

const startsPiece = /^(?:[\p{L}#[&!"'(\u201C\u2018]|[*_][^\s*_]|`{1,2}[^`]|~{1,2}[^~])/u
const blankLine = /^[ \t]*$/
/** A line that ends its block: an ATX heading, or a line of three or more dashes (a thematic break, or a setext heading's underline). */
const blockEnd = /^ {0,3}(?:#{1,6}(?:[ \t].*)?|-{3,}[ \t]*)$/
const frontMatterFence = /^(?:---|\+\+\+)[ \t]*$/
const lineEnding = /\r\n|\r|\n/g

/** Offsets where pieces start: 0, then each cut. */
export function segmentStarts(source: string, size = segmentSize): number[] {
  const starts = [0]
  if (source.length < Math.max(wholeBelow, 2 * size)) return starts
  let fence = ''
  let htmlEnd: RegExp | undefined
  let blank = false
  let afterHtml = false
  // A line that ends its block whatever comes next (an ATX heading, a closing fence, a thematic
  // break or setext underline of dashes), and whether a line since the last blank one opened
  // with `<`, which may have started an HTML block that goes on to the next blank line.
  let ended = false
  let inHtml = false
  let frontMatter = ''
  lineEnding.lastIndex = 0
  for (let start = 0; start < source.length; ) {
    const match = lineEnding.exec(source)
    const end = match ? match.index : source.length
    const line = source.slice(start, end)
    const lineStart = start
    start = match ? end + match[0].length : source.length
    // Front matter as micromark reads it: the first line (after a BOM, which it drops) and a
    // closing line are the fence at column 1, with nothing after it but spaces and tabs.
    if (lineStart === 0 && frontMatterFence.test(line.replace(/^\uFEFF/, ''))) {
      frontMatter = line.replace(/^\uFEFF/, '').slice(0, 3)
      continue
    }
    if (frontMatter) {
      if (frontMatterFence.test(line) && line.startsWith(frontMatter)) frontMatter = ''
      continue
    }
    if (fence) {
      const close = fenceOpen.exec(line)?.[1]
      if (close && close[0] === fence[0] && close.length >= fence.length && blankLine.test(line.slice(line.indexOf(close) + close.length))) {
        fence = ''
        ended = true
      }
      continue
    }
    if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined
      afterHtml = true
      continue
    }
    if (blankLine.test(line)) {
      blank = true
      inHtml = false
      continue
    }
    if ((blank || (ended && !inHtml)) && !afterHtml && lineStart - starts.at(-1)! >= size && source.length - lineStart >= size && startsPiece.test(line)) {
      starts.push(lineStart)
    }
    blank = false
    ended = blockEnd.test(line)
    if (/^ {0,3}</.test(line)) inHtml = true
    const open = fenceOpen.exec(line)
    // A backtick fence's info string has no backtick: "```js``` inline" is a paragraph.
    const opener = open && !(open[1]![0] === '`' && line.slice(open[0].length).includes('`')) ? open[1] : undefined
    if (opener) {
      fence = opener
      afterHtml = false
      continue
    }
    afterHtml = /^ {0,3}</.test(line)
    for (const [open, close] of htmlKinds) {
      const found = open.exec(line)
      if (!found) continue
      if (!close.test(line.slice(found[0].length))) htmlEnd = close
      break
    }
  }
  // Inside front matter to the end: not front matter after all; parse whole.
  return frontMatter ? [0] : starts
}

/** A paragraph or heading whose text is `source.slice(start, end)`, exactly as micromark reads it. */
export interface PlainBlock {
  start: number
  end: number
  /** A heading's depth; a paragraph has none. */
  depth?: 1 | 2 | 3 | 4 | 5 | 6
  /**
   * A definition's label, as written. A link definition holds no prose; a footnote's label
   * starts with `^`, and the block is the note's text.
   */
  label?: string
  /**
   * The links and footnote calls of a paragraph or heading, in order, when it has any
   * (`plainInline`). Its text is the source from `start` to `end` without them, and each
   * link's text in its place.
   */
  inline?: PlainInline[]
}

/**
 * An item of inline syntax inside a plain block (`plainInline`), taking the source from
 * `from` to `to`: a link (`[text](/url)`, `[text][label]` or `[text]` with a defined label),
 * whose own text is `text`; a footnote call (`[^note]`) or a tag of inline text, which hold no
 * text; a code span; an image; a run of emphasis marks; an escape or a character reference;
 * a backslash at a line's end; or spaces at a line's end.
 */
export interface PlainInline {
  from: number
  to: number
  text?: [number, number]
  /**
   * A run of `*`, `_` or `~`, which may open or close emphasis (or strikethrough) by the
   * flanking rules micromark applies. `pairRuns` pairs the runs of a block as micromark does and
   * sets `literal`: the part of the run that stays text; the marks before it closed emphasis,
   * the marks after it opened one, and either way the text around them is cut there.
   */
  run?: {marker: number; open: boolean; close: boolean}
  literal?: [number, number]
  /** A code span: not prose. */
  code?: true
  /**
   * Spaces at the end of a paragraph's line, which micromark drops: two or more before a line
   * of the same paragraph are a hard break (`break`), the rest are nothing.
   */
  suffix?: true
  /**
   * What a backslash escape (`\\*`) or a character reference (`&amp;`) stands for in the
   * text that goes on around it.
   */
  value?: string
  /** A backslash at the end of a line: a hard break before another line of the paragraph, text at its end. */
  breakEscape?: true
  /** An image (`![alt](/src)`): its alt text, a block of its own in the prose. */
  alt?: [number, number]
}

/** Characters that may start Markdown syntax inside a line, or that micromark changes (NUL, CR, tab). */
const plainSpecial = /[\\`*_[\]<>&|~\0\r\t]/
/** How a paragraph line may start: no list marker, quote marker, fence, table row or setext underline. */
const plainLineStart = /^(?:\p{L}|[0-9](?![0-9]*[.)])|["'(\u201C\u2018])/u
/** An ATX heading with one space after its marks, and no closing marks or trailing white space. */
const plainHeading = /^(#{1,6}) [^\s#](?:.*[^\s#])?$/
/** A setext heading's underline at column 1: `=` (any number), or three or more `-`, perhaps with spaces after. */
const setextUnderline = /^(?:=+|-{3,})[ \t]*$/
/** A label of letters, digits and `_.-`, single spaces between words: a definition's or a full reference's. */
const plainLabel = String.raw`[A-Za-z0-9][\w.-]{0,40}(?: [\w.-]{1,40}){0,5}`
/**
 * A link definition on one line in its simplest form: a label of letters, digits and `_.-`
 * (single spaces between words), a destination without white space, control characters, brackets, quotes,
 * parentheses, `<`, `|` or a backslash, and perhaps a title in double quotes.
 */
const plainDefinition = new RegExp(String.raw`^\[(${plainLabel})\]: ?([^\s\0-\x1f\x7f<>()[\]\\"'${'`'}|]+)(?: "[^"\\\r\n]*")?$`)
/** A footnote definition on one line: a plain label, then its text from `]: ` to the end of the line. */
const plainFootnote = /^\[\^([A-Za-z0-9][\w.-]{0,40})\]: /

/** A line that opens like a definition or a footnote (`[label]:`), wherever it stands. */
const definitionLike = /^\[[^\]]*\]:/

/** A link's text: no character that starts syntax, no bracket, not `^` first (a footnote call). */
const linkText = String.raw`([^\\${'`'}*_[\]<>&|~\0\r\n\t^][^\\${'`'}*_[\]<>&|~\0\r\n\t]*)`
/**
 * `[text](/url)`: a destination without white space, control characters (which micromark
 * refuses there), brackets, parentheses, quotes, `<`, `|`, `&` or a backslash; perhaps a title
 * after spaces, in double or single quotes or in parentheses (`[text](/url "Title")`,
 * `'Title'`, `(Title)`), with no backslash, control character or closing mark inside, which
 * holds no prose.
 */
const inlineLink = new RegExp(String.raw`\[${linkText}\]\(([^\s\0-\x1f\x7f()<>[\]\\"'${'`'}|&*~]+)(?: +(?:"[^"\\\0-\x1f\x7f]*"|'[^'\\\0-\x1f\x7f]*'|\([^()\\\0-\x1f\x7f]*\)))?\)`, 'y')
/** `[text][label]`, with a label as `plainDefinition` allows. */
const fullReference = new RegExp(String.raw`\[${linkText}\]\[(${plainLabel})\]`, 'y')
/** `[text]` not followed by `[`, `(` or `:`, which would make it something else. */
const shortcutReference = new RegExp(String.raw`\[${linkText}\](?![[(:])`, 'y')
/** A code span as `codeAt` allows it: one or two backticks, text without a backtick or line ending, the same run. */
const codeSpan = /(`{1,2})[^`\n\r]+\1(?!`)/y
/** `[^note]` not followed by `[` or `(`. */
const footnoteCall = /\[\^([A-Za-z0-9][\w.-]{0,40})\](?![[(])/y

/** Characters that start something `plainInline` reads, or that it leaves to micromark. */
const inlineSpecial = new RegExp(plainSpecial.source, 'g')
/** An HTML tag of inline text without attributes, of the elements that are only text to the prose builder. */
const plainTag = /<\/?(?:b|i|em|strong|u|s|small|sup|sub|mark|span|abbr|cite|q|kbd|del|ins|var|dfn|bdi|bdo|time|data|wbr)>/iy
/** A character reference as micromark reads one: a name of up to 31, or up to 7 digits, or up to 6 hex digits, and `;`. */
const characterReference = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/y
/** ASCII punctuation: what a backslash escapes. */
const asciiPunctuation = /[!-/:-@[-`{-~]/

/**
 * The inline items of a line from `start` to `end` in `source` (`PlainInline`), when every
 * character that can start syntax belongs to one of them, or is an `&` that starts no
 * character reference, or a backslash before a character it does not escape: micromark
 * then makes each item what `PlainInline` says and leaves the rest as text. An empty list
 * when the line has none; undefined when it holds anything else, including a link whose text
 * is its destination (which the prose builder treats apart).
 */
export function plainInline(source: string, start: number, end: number, seed: Seed | undefined): PlainInline[] | undefined {
  const line = source.slice(start, end)
  const found: PlainInline[] = []
  let at = 0
  for (;;) {
    inlineSpecial.lastIndex = at
    const match = inlineSpecial.exec(line)
    if (!match) return found
    const stop = match.index
    let item: PlainInline | undefined
    switch (match[0]) {
      case '`':
        item = codeAt(source, start + stop)
        break
      case '*':
      case '_':
      case '~': {
        const marker = line.charCodeAt(stop)
        let after = stop + 1
        while (line.charCodeAt(after) === marker) after++
        // Three tildes or more are never strikethrough (and may be a fence); at a line's start a
        // run before anything but a letter or a digit may be a list item or a thematic break.
        if ((marker === 126 && after - stop > 2) || (stop === 0 && (after - stop > 2 || !/[\p{L}\p{N}]/u.test(line.charAt(after))))) return undefined
        item = runAt(source, start + stop, start + after, marker)
        break
      }
      case '[':
        if (stop - 1 >= at && line.charCodeAt(stop - 1) === 33 /* ! */) item = seed ? imageAt(source, start + stop - 1) : undefined
        else item = seed ? bracketAt(source, start + stop, seed) : undefined
        break
      case '\\': {
        const next = line.charAt(stop + 1)
        if (next === '') item = {from: start + stop, to: start + stop + 1, breakEscape: true}
        else if (asciiPunctuation.test(next)) item = {from: start + stop, to: start + stop + 2, value: next}
        else {
          // A backslash before a letter, a digit or a space is text.
          at = stop + 1
          continue
        }
        break
      }
      case '<':
        // A tag with nothing after it on its line may open an HTML block.
        plainTag.lastIndex = start + stop
        if (plainTag.test(source) && (stop > 0 || plainTag.lastIndex < end)) item = {from: start + stop, to: plainTag.lastIndex}
        break
      case '&': {
        characterReference.lastIndex = start + stop
        const reference = characterReference.exec(source)
        const value = reference ? decodeReference(reference) : undefined
        if (reference && value !== undefined) item = {from: start + stop, to: characterReference.lastIndex, value}
        else {
          // An `&` that starts no reference is text.
          at = stop + 1
          continue
        }
        break
      }
      default:
      // `]`, `>`, `|` (a table's), NUL, CR and tab: left to micromark.
    }
    if (!item || item.to > end) return undefined
    found.push(item)
    at = item.to - start
  }
}

/** What micromark decodes a character reference to; undefined when it is not one (an unknown name). */
function decodeReference(match: RegExpExecArray): string | undefined {
  if (match[1] !== undefined) return decodeNumericCharacterReference(match[1], 16)
  if (match[2] !== undefined) return decodeNumericCharacterReference(match[2], 10)
  const value = decodeNamedCharacterReference(match[3]!)
  return value === false ? undefined : value
}

/**
 * A code span of one or two backticks on one line, with no backtick inside (`` `npm install` ``):
 * micromark reads any backtick run as a code span's start before links or emphasis, so the span
 * is the first thing on its stretch of the line; the prose builder keeps it out of the prose.
 */
function codeAt(source: string, at: number): PlainInline | undefined {
  codeSpan.lastIndex = at
  return codeSpan.exec(source) ? {from: at, to: codeSpan.lastIndex, code: true} : undefined
}

/**
 * An image with a destination of its own, `![alt](/src)` (perhaps with a title), whose alt text
 * is plain: the prose builder reads the alt text as a block of its own, as it reads micromark's.
 */
function imageAt(source: string, at: number): PlainInline | undefined {
  inlineLink.lastIndex = at + 1
  const image = inlineLink.exec(source)
  if (!image || !/\S/.test(image[1]!)) return undefined
  return {from: at, to: inlineLink.lastIndex, alt: [at + 2, at + 2 + image[1]!.length]}
}

/**
 * The run of `marker` from `from` to `to`, and whether it may open or close, by micromark's
 * rules: the characters on either side are white space (or a line's end), punctuation or
 * other (micromark's own `classifyCharacter`); an asterisk opens before anything but white
 * space, or before punctuation after something, and an underscore only if it cannot close
 * too unless punctuation comes before it (and the same the other way round); a tilde opens
 * before anything but white space or before punctuation after something. A tilde next to
 * the run counts as punctuation that lets `*` and `_` open or close.
 */
function runAt(source: string, from: number, to: number, marker: number): PlainInline {
  const previous = from > 0 ? source.charCodeAt(from - 1) : null
  const next = to < source.length ? source.charCodeAt(to) : null
  const before = classifyCharacter(previous)
  const after = classifyCharacter(next)
  if (marker === 126) return {from, to, run: {marker, open: !after || (after === 2 && Boolean(before)), close: !before || (before === 2 && Boolean(after))}}
  const open = !after || (after === 2 && Boolean(before)) || next === 126
  const close = !before || (before === 2 && Boolean(after)) || previous === 126
  return {from, to, run: {marker, open: marker === 42 ? open : open && (Boolean(before) || !close), close: marker === 42 ? close : close && (Boolean(after) || !open)}}
}

/** A run being paired: the part of it not yet used, and whether it can still take part. */
interface Pairing {
  item: PlainInline
  start: number
  end: number
  active: boolean
}

/**
 * Pair the runs of a block's items (`runAt`) as micromark does, and set each run's `literal`.
 * Emphasis (`*`, `_`): each run that can close, in order, pairs with the nearest run before it
 * of the same mark that can open, skipping a pair whose lengths add up to a multiple of three
 * when one of them could be either (unless the closing run's length is one too); two marks
 * are used when both runs have two or more, otherwise one, the opening run's from its end and
 * the closing run's from its start; runs between them are text from then on, and what is left
 * of the closing run closes again. Strikethrough (`~`): the same with whole runs of the same
 * length. micromark pairs the two kinds one after the other, in the order they first occur in
 * the block, and a pair of one kind makes text of the other kind's runs inside it that have no
 * partner there; so where a block has both, every run must be used up and no pair may cross
 * another, and false is returned otherwise.
 */
function pairRuns(items: PlainInline[]): boolean {
  const runs: Pairing[] = items.filter((item) => item.run).map((item) => ({item, start: item.from, end: item.to, active: true}))
  if (runs.length === 0) return true
  const pairs: Array<[number, number]> = []
  const emphasis = runs.filter((run) => run.item.run!.marker !== 126)
  const tildes = runs.filter((run) => run.item.run!.marker === 126)
  for (const [list, whole] of [[emphasis, false], [tildes, true]] as const) {
    for (let index = 0; index < list.length; index++) {
      const closer = list[index]!
      if (!closer.active || !closer.item.run!.close || closer.start === closer.end) continue
      for (let back = index - 1; back >= 0; back--) {
        const opener = list[back]!
        if (!opener.active || !opener.item.run!.open || opener.start === opener.end || opener.item.run!.marker !== closer.item.run!.marker) continue
        const openSize = opener.end - opener.start
        const closeSize = closer.end - closer.start
        if (whole ? openSize !== closeSize : (opener.item.run!.close || closer.item.run!.open) && closeSize % 3 !== 0 && (openSize + closeSize) % 3 === 0) continue
        const use = whole ? openSize : openSize > 1 && closeSize > 1 ? 2 : 1
        opener.end -= use
        closer.start += use
        pairs.push([opener.end, closer.start])
        for (let between = back + 1; between < index; between++) list[between]!.active = false
        // What is left of the closing run may close again.
        if (closer.start < closer.end) index--
        break
      }
    }
  }
  if (emphasis.length > 0 && tildes.length > 0) {
    if (runs.some((run) => run.start < run.end)) return false
    pairs.sort((a, b) => a[0] - b[0])
    const open: number[] = []
    for (const [from, to] of pairs) {
      while (open.length > 0 && open.at(-1)! <= from) open.pop()
      if (open.length > 0 && to > open.at(-1)!) return false
      open.push(to)
    }
  }
  for (const run of runs) run.item.literal = [run.start, run.end]
  return true
}

/** The link or footnote call that starts with the `[` at `open`, as `plainInline` allows them. */
function bracketAt(source: string, open: number, seed: Seed): PlainInline | undefined {
  footnoteCall.lastIndex = open
  const note = footnoteCall.exec(source)
  if (note) return seed.footnotes.has(normalizeIdentifier(note[1]!)) ? {from: open, to: footnoteCall.lastIndex} : undefined
  const text = (match: RegExpExecArray): [number, number] | undefined => (/\S/.test(match[1]!) ? [open + 1, open + 1 + match[1]!.length] : undefined)
  inlineLink.lastIndex = open
  const link = inlineLink.exec(source)
  if (link) {
    const range = text(link)
    return range && link[1] !== link[2] && `mailto:${link[1]}` !== link[2] ? {from: open, to: inlineLink.lastIndex, text: range} : undefined
  }
  fullReference.lastIndex = open
  const full = fullReference.exec(source)
  if (full) {
    const range = text(full)
    return range && seed.defined.has(normalizeIdentifier(full[2]!)) ? {from: open, to: fullReference.lastIndex, text: range} : undefined
  }
  shortcutReference.lastIndex = open
  const shortcut = shortcutReference.exec(source)
  if (shortcut) {
    const range = text(shortcut)
    return range && seed.defined.has(normalizeIdentifier(shortcut[1]!)) ? {from: open, to: shortcutReference.lastIndex, text: range} : undefined
  }
  return undefined
}

/**
 * The blocks of `source` from `from` to `to` (a piece, starting at a cut), when every one of
 * them is a paragraph or a heading whose only inline syntax is what `plainInline` reads, and
 * no line can start another block; or a link definition or a footnote of one line.
 * micromark's tree for such a piece is known without running it: each paragraph's text is its
 * lines with the inline items read as `PlainInline` says (spaces at a line's end dropped, or a
 * hard break), and each heading's from after `# ` to the end of its line. Undefined when any
 * block is anything else.
 */
export function plainBlocks(source: string, from: number, to: number, seed?: Seed): PlainBlock[] | undefined {
  const blocks: PlainBlock[] = []
  let paragraph: PlainBlock | undefined
  // Whether the line before was blank (or there was none), and whether the lines since then
  // are all link definitions, or all footnotes of one line: a definition or a footnote
  // starts only after a blank line, and only more of the same follow it (a footnote's next
  // line of another kind would go on its text).
  let afterBlank = true
  let definitions = false
  let footnotes = false
  for (let start = from; start < to; ) {
    let end = source.indexOf('\n', start)
    if (end === -1 || end > to) end = to
    const line = source.slice(start, end)
    const next = end + 1
    if (blankLine.test(line)) {
      paragraph = undefined
      afterBlank = true
      definitions = footnotes = false
      start = next
      continue
    }
    const definition = (afterBlank || definitions) && !footnotes ? plainDefinition.exec(line) : null
    const footnote = (afterBlank || footnotes) && !definitions ? plainFootnote.exec(line) : null
    afterBlank = false
    if (definition) {
      blocks.push({start, end, label: definition[1]!})
      definitions = true
    } else if (footnote) {
      const text = line.slice(footnote[0].length)
      if (plainSpecial.test(text) || text.endsWith(' ') || !plainLineStart.test(text)) return undefined
      blocks.push({start: start + footnote[0].length, end, label: `^${footnote[1]!}`})
      footnotes = true
    } else if (definitions || footnotes) {
      return undefined
    } else if (paragraph && setextUnderline.test(line)) {
      // "We offer tools" then "---": the paragraph so far is a setext heading.
      paragraph.depth = line.startsWith('=') ? 1 : 2
      paragraph = undefined
    } else {
      const heading = plainHeading.exec(line)
      // Spaces at the end of a paragraph's line are not its text (`suffix`).
      let trimmed = end
      if (!heading) while (source.charCodeAt(trimmed - 1) === 32 /* space */) trimmed--
      const inline = plainInline(source, heading ? start + heading[1]!.length + 1 : start, trimmed, seed)
      if (!inline) return undefined
      // A backslash at a heading's end is text; before spaces at a line's end it is text too,
      // and the spaces may be a break: left to micromark.
      if ((heading || trimmed < end) && inline.at(-1)?.breakEscape) return undefined
      if (trimmed < end) inline.push({from: trimmed, to: end, suffix: true})
      if (heading) {
        const depth = heading[1]!.length as PlainBlock['depth']
        blocks.push({start: start + heading[1]!.length + 1, end, depth, ...(inline.length > 0 ? {inline} : {})})
        paragraph = undefined
      } else if (!plainLineStart.test(line) && !(inline.length > 0 && inline[0]!.from === start && !definitionLike.test(line))) {
        // A line may also open with a link or a footnote call (not a definition's label).
        return undefined
      } else if (paragraph) {
        paragraph.end = end
        if (inline.length > 0) (paragraph.inline ??= []).push(...inline)
      } else {
        paragraph = {start, end, ...(inline.length > 0 ? {inline} : {})}
        blocks.push(paragraph)
      }
    }
    start = next
  }
  for (const block of blocks) if (block.inline && !pairRuns(block.inline)) return undefined
  return blocks
}

/** A piece of the source: parsed by micromark, or, when it is only plain blocks, built from them. */
export interface Piece {
  from: number
  to: number
  blocks?: PlainBlock[]
}

/**
 * The pieces of `source`: one for each run of plain blocks between cuts (`plainBlocks`),
 * and the rest in pieces of at least the smallest piece's size, where cuts allow.
 */
/** Whether `source` is long enough to be parsed in pieces (`segmentPieces`). */
export function isSegmented(source: string): boolean {
  return source.length >= wholeBelow
}

export function segmentPieces(source: string, seed?: Seed): Piece[] {
  if (!isSegmented(source)) return [{from: 0, to: source.length}]
  const cuts = segmentStarts(source, 0)
  const pieces: Piece[] = []
  for (let index = 0; index < cuts.length; index++) {
    const from = cuts[index]!
    const to = cuts[index + 1] ?? source.length
    const blocks = plainBlocks(source, from, to, seed)
    const last = pieces.at(-1)
    if (blocks) pieces.push({from, to, blocks})
    else if (last && !last.blocks && last.to - last.from < segmentSize) last.to = to
    else pieces.push({from, to})
  }
  return pieces
}

/** A line that may define a link label or a footnote: `[label]:`, after any container markers. */
const definitionLine = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t>]+)*\[((?:[^[\]\\\r\n]|\\.){1,999})\]:/gm

/** The labels of every line in `source` that may be a definition, as written. */
export function definitionLabels(source: string): string[] {
  if (source.indexOf(']:') === -1) return []
  const labels = new Set<string>()
  definitionLine.lastIndex = 0
  for (let match = definitionLine.exec(source); match; match = definitionLine.exec(source)) labels.add(match[1]!)
  return [...labels]
}

/** Identifiers as micromark keeps them: of link definitions, and of footnote definitions. */
export interface Seed {
  defined: ReadonlySet<string>
  footnotes: ReadonlySet<string>
}

/** The identifiers of `labels` (from `definitionLabels`), made once for all of a document's pieces. */
export function definitionSeed(labels: string[]): Seed {
  const defined = new Set<string>()
  const footnotes = new Set<string>()
  for (const label of labels) {
    if (label.startsWith('^')) footnotes.add(normalizeIdentifier(label.slice(1)))
    else defined.add(normalizeIdentifier(label))
  }
  return {defined, footnotes}
}

/**
 * Make the list micromark keeps a document's definition identifiers in (`parser.defined`,
 * `parser.gfmFootnotes`) answer `includes` from a set, and know the `seeded` identifiers too.
 * micromark only pushes to these lists and asks whether they include an identifier: once for
 * each reference, and for each footnote definition, so with a plain array a document of many
 * definitions parsed in quadratic time (1 MB of footnote definitions took 7 s). The list is
 * changed in place: a tokenizer that started before the seed construct ran (a footnote
 * definition on the first line) holds the same list and pushes to it later. A seed is
 * shared, not copied: every piece of a document starts out knowing the same labels.
 */
function indexIdentifiers(list: string[], seeded: ReadonlySet<string> = new Set()): void {
  const own = new Set(list)
  Object.defineProperties(list, {
    push: {
      value(...items: string[]): number {
        for (const item of items) {
          own.add(item)
          Array.prototype.push.call(list, item)
        }
        return list.length
      }
    },
    includes: {value: (item: string): boolean => own.has(item) || seeded.has(item)}
  })
}

let pending: Seed | undefined

/**
 * Make the next parse start out knowing the definitions of `seed`, as the whole document's
 * parse would: micromark keeps the identifiers of link definitions in `parser.defined` and
 * those of footnote definitions in `parser.gfmFootnotes`, and reads them only when it parses
 * text, after every definition of the document has been parsed. `undefined` forgets a seed
 * that no parse took (an empty piece).
 */
export function seedNextParse(seed: Seed | undefined): void {
  pending = seed
}

/**
 * The construct that seeds the parser: tried at the first line of a document (a document
 * construct for any character), it makes the parser's lists of identifiers know the pending
 * labels and answer from a set (`indexIdentifiers`), takes itself out of the parser's
 * constructs and fails, so it changes nothing else.
 */
const seed: Construct = {
  name: 'youfirstSeedDefinitions',
  tokenize(_effects, _ok, nok) {
    const parser = this.parser as TokenizeContext['parser'] & {gfmFootnotes?: string[]}
    const document = parser.constructs.document as Record<string, Construct | Construct[]> | undefined
    const all = document?.['null']
    if (document && Array.isArray(all)) document['null'] = all.filter((construct) => construct !== seed)
    indexIdentifiers(parser.defined, pending?.defined)
    indexIdentifiers((parser.gfmFootnotes ??= []), pending?.footnotes)
    pending = undefined
    return nok
  }
}

/** remark plugin: the construct that seeds definitions (`seedNextParse`). */
export function remarkSeedDefinitions(this: Processor): void {
  const extension: Extension = {document: {null: [seed]}}
  ;(this.data().micromarkExtensions ??= []).push(extension)
}
