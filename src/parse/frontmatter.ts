/**
 * Front matter: the `title` and `description` fields (keys configurable) are copy the
 * reader sees in search results and social cards, so they become prose blocks.
 */
import {isScalar, parseDocument, type Node as YamlNode} from 'yaml'
import {align} from '../prose/align.js'
import type {ProseBuilder} from '../prose/builder.js'

export const defaultFrontMatterKeys = ['title', 'description']

/** Add the configured fields of YAML front matter whose text starts at `base`. */
export function yamlFrontMatter(builder: ProseBuilder, value: string, base: number, keys: string[]): void {
  let document
  try {
    document = parseDocument(value, {keepSourceTokens: false, prettyErrors: false})
  } catch {
    return
  }
  if (document.errors.length > 0) return
  for (const key of keys) {
    const node = document.getIn(key.split('.'), true) as YamlNode | undefined
    if (!node || !isScalar(node) || typeof node.value !== 'string' || !node.range) continue
    let [start, end] = node.range
    if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') {
      start += 1
      end -= 1
    } else if (node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL') {
      const newline = value.indexOf('\n', start)
      if (newline === -1) continue
      start = newline + 1
    }
    const text = node.value
    builder.open({kind: 'frontMatter', key})
    builder.text(text, align(text, builder.source, base + start, base + end))
    builder.close()
  }
}

const tomlLine = /^[ \t]*([A-Za-z0-9_.-]+)[ \t]*=[ \t]*(?:"((?:[^"\\\n]|\\.)*)"|'([^'\n]*)')[ \t]*(?:#.*)?$/gm

/** Add the configured fields of TOML front matter (single-line string values). */
export function tomlFrontMatter(builder: ProseBuilder, value: string, base: number, keys: string[]): void {
  tomlLine.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = tomlLine.exec(value))) {
    const key = match[1]!
    if (!keys.includes(key)) continue
    const raw = match[2] ?? match[3] ?? ''
    const text = match[2] === undefined ? raw : raw.replace(/\\(["\\])/g, '$1')
    const start = base + match.index + match[0].indexOf(raw, match[0].indexOf('=') + 1)
    builder.open({kind: 'frontMatter', key})
    builder.text(text, align(text, builder.source, start, start + raw.length))
    builder.close()
  }
}
