/**
 * Parse: source text of any supported format → one nlcst prose tree with exact source
 * positions, plus the inline control comments found on the way.
 */
import path from 'node:path'
import {ParseEnglish} from 'parse-english'
import type {Root} from 'nlcst'
import {ProseBuilder} from '../prose/builder.js'
import type {Format} from '../types.js'
import type {Directive} from './directives.js'
import {defaultFrontMatterKeys} from './frontmatter.js'
import {parseHtml} from './html.js'
import {elementLimit, isStackOverflow, markdownLimit, parseFallback} from './limits.js'
import {parseMarkdown} from './markdown.js'
import {parseText} from './text.js'

export interface ProseDocument {
  format: Format
  /** The text that was parsed: the file without a leading BOM. */
  source: string
  tree: Root
  directives: Directive[]
  /** Problems the parser worked around, such as MDX that is not valid MDX. */
  notices: Notice[]
}

export interface Notice {
  message: string
  offset: number
}

export interface ParseOptions {
  format: Format
  frontMatterKeys?: string[]
}

/** File extensions youfirst reads, and the format of each. */
export const extensions: Record<string, Format> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdown': 'markdown',
  '.mkd': 'markdown',
  '.mdx': 'mdx',
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'text',
  '.text': 'text'
}

/** The format for a path, or undefined when youfirst does not read it. */
export function formatFor(filePath: string): Format | undefined {
  return extensions[path.extname(filePath).toLowerCase()]
}

const parser = new ParseEnglish()

const formatNames: Record<Format, string> = {markdown: 'Markdown', mdx: 'MDX', html: 'HTML', text: 'text'}

/**
 * Parse `source` (without BOM) into the prose tree. A text beyond the parsers' limits
 * (src/parse/limits.ts) is read as plain text instead, with a notice saying why.
 */
export function parse(source: string, options: ParseOptions): ProseDocument {
  const limit = parseLimit(source, options.format)
  if (limit) return fallback(source, options, `Not parsed as ${formatNames[options.format]}: ${limit}; linted as plain text instead`)
  try {
    return parseFormat(source, options)
  } catch (error) {
    if (!isStackOverflow(error)) throw error
    return fallback(source, options, `Nested too deeply to parse as ${formatNames[options.format]}; linted as plain text instead`)
  }
}

/** Why `source` is beyond the limits of its format's parser, or undefined. */
function parseLimit(source: string, format: Format): string | undefined {
  if (format === 'text') return undefined
  if (format === 'html') return elementLimit(source)
  return markdownLimit(source) ?? elementLimit(source)
}

function fallback(source: string, options: ParseOptions, message: string): ProseDocument {
  const builder = new ProseBuilder(source, parser)
  parseFallback(builder)
  return {format: options.format, source, tree: builder.root(), directives: [], notices: [{message, offset: 0}]}
}

function parseFormat(source: string, options: ParseOptions): ProseDocument {
  const builder = new ProseBuilder(source, parser)
  const directives: Directive[] = []
  const notices: Notice[] = []
  const frontMatterKeys = options.frontMatterKeys ?? defaultFrontMatterKeys
  switch (options.format) {
    case 'markdown':
      parseMarkdown(builder, {mdx: false, directives, frontMatterKeys})
      break
    case 'mdx':
      try {
        parseMarkdown(builder, {mdx: true, directives, frontMatterKeys})
      } catch (error) {
        if (isStackOverflow(error)) throw error
        // Much real MDX predates MDX 2 (HTML comments, unclosed tags): lint it as Markdown and say so.
        const place = (error as {place?: {offset?: number; start?: {offset?: number}}}).place
        const offset = place?.offset ?? place?.start?.offset ?? 0
        const reason = ((error as {reason?: string}).reason ?? (error as Error).message).split('\n')[0]!
        return {
          ...parseFormat(source, {...options, format: 'markdown'}),
          format: 'mdx',
          notices: [{message: `Not valid MDX (${reason}); linted as Markdown instead`, offset}]
        }
      }
      break
    case 'html':
      parseHtml(builder, source, 0, {fragment: false, directives})
      break
    case 'text':
      parseText(builder)
      break
  }
  directives.sort((a, b) => a.start - b.start)
  return {format: options.format, source, tree: builder.root(), directives, notices}
}
