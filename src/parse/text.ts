/**
 * Plain text: paragraphs are separated by blank lines; every character is verbatim.
 */
import type {ProseBuilder} from '../prose/builder.js'

export function parseText(builder: ProseBuilder): void {
  const source = builder.source
  const blank = /\r?\n[ \t]*(?:\r?\n[ \t]*)+/g
  let from = 0
  let match: RegExpExecArray | null
  while (true) {
    match = blank.exec(source)
    const end = match ? match.index : source.length
    if (end > from) {
      builder.open({kind: 'paragraph'})
      builder.verbatim(from, end)
      builder.close()
    }
    if (!match) break
    from = match.index + match[0].length
  }
}
