/**
 * Plain text: paragraphs are separated by blank lines; every character is verbatim.
 *
 * A line in capitals at the top of a paragraph, followed by lines that are not, is the
 * paragraph's heading (`OUR SERVICES`, `WHY CHOOSE MEDRA?`), as it is in a flyer or an
 * e-mail; so is a paragraph that is one such line. A paragraph of several lines all in
 * capitals is shouted text (a licence's disclaimer), not headings. A line that opens with a
 * bullet or a number ("- ", "• ", "1. ") is a list item. Such a heading is marked
 * `line`: plain text has no sections, so rules that read sections (reader-absent) read it as
 * a short paragraph.
 */
import type {ProseBuilder} from '../prose/builder.js'

/** Up to 12 words with at least two letters in all, and no lower-case letter. */
const capitalsLine = /^(?=(?:[^\p{L}\n]*\p{Lu}){2})[^\p{Ll}\n]+$/u
const maxHeadingWords = 12

export function parseText(builder: ProseBuilder): void {
  const source = builder.source
  const blank = /\r?\n[ \t]*(?:\r?\n[ \t]*)+/g
  let from = 0
  let match: RegExpExecArray | null
  while (true) {
    match = blank.exec(source)
    const end = match ? match.index : source.length
    if (end > from) paragraph(builder, from, end)
    if (!match) break
    from = match.index + match[0].length
  }
}

function paragraph(builder: ProseBuilder, from: number, end: number): void {
  const source = builder.source
  let start = from
  const lines = headingLines(source, from, end)
  for (const [lineStart, lineEnd] of lines) {
    builder.open({kind: 'heading', depth: 2, line: true})
    builder.verbatim(lineStart, lineEnd)
    builder.close()
    start = lineEnd
  }
  // The line break after the last heading line is not part of the paragraph.
  while (start < end && (source[start] === '\n' || source[start] === '\r')) start++
  for (const block of bodyBlocks(source, start, end)) {
    builder.open({kind: block.kind})
    builder.verbatim(block.from, block.to)
    builder.close()
  }
}

/** A bullet or a number that opens a list item: "- ", "* ", "• ", "1. ", "2) ". */
const bullet = /^[ \t]*(?:[-*\u2022\u2013]|\d{1,2}[.)])[ \t]+(?=\S)/

/**
 * The paragraph's text, and each line that opens with a bullet as a list item of its own,
 * with the lines after it up to the next bullet ("Our plans include:" then "- Free
 * measuring" and "- A 5-year guarantee"): one item's figures say nothing of the next one's
 * praise. The bullet itself is left out.
 */
function bodyBlocks(source: string, from: number, end: number): Array<{kind: 'paragraph' | 'listItem'; from: number; to: number}> {
  const blocks: Array<{kind: 'paragraph' | 'listItem'; from: number; to: number}> = []
  let at = from
  let current: {kind: 'paragraph' | 'listItem'; from: number; to: number} | undefined
  while (at < end) {
    const newline = source.indexOf('\n', at)
    const lineEnd = newline === -1 || newline > end ? end : newline
    const marker = bullet.exec(source.slice(at, Math.min(lineEnd, at + 16)))
    if (marker) {
      current = {kind: 'listItem', from: at + marker[0].length, to: lineEnd}
      blocks.push(current)
    } else if (current) current.to = lineEnd
    else blocks.push((current = {kind: 'paragraph', from: at, to: lineEnd}))
    at = lineEnd + 1
  }
  for (const block of blocks) {
    if (source[block.to - 1] === '\r') block.to--
  }
  return blocks.filter((block) => block.to > block.from)
}

/** The ranges of the heading lines at the top of the paragraph `from`–`end` (see the module). */
function headingLines(source: string, from: number, end: number): Array<[number, number]> {
  const found: Array<[number, number]> = []
  let at = from
  while (at < end) {
    const newline = source.indexOf('\n', at)
    const lineEnd = newline === -1 || newline > end ? end : newline
    const line = source.slice(at, lineEnd).replace(/\r$/, '')
    if (!isHeadingLine(line)) break
    found.push([at, at + line.length])
    at = lineEnd + 1
  }
  // A paragraph made only of lines in capitals is one heading when it is one line, and
  // shouted text otherwise.
  if (at >= end && found.length > 1) return []
  return found
}

function isHeadingLine(line: string): boolean {
  const text = line.trim()
  return text.length > 0 && capitalsLine.test(text) && text.split(/\s+/).length <= maxHeadingWords
}
