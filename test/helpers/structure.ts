/**
 * The block structure of a document, to check that a fix changed words, not structure:
 * the node types (and heading depths) of its syntax tree, without text values.
 */
import {unified} from 'unified'
import rehypeParse from 'rehype-parse'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import type {Format} from '../../src/types.js'

const parsers = {
  markdown: unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze(),
  mdx: unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze(),
  html: unified().use(rehypeParse).freeze()
}

interface AnyNode {
  type: string
  depth?: number
  tagName?: string
  children?: AnyNode[]
}

export function structure(text: string, format: Format): string {
  if (format === 'text') return text.split(/\r?\n[ \t]*\r?\n/).length.toString()
  let tree: AnyNode
  try {
    tree = parsers[format].parse(text) as AnyNode
  } catch {
    // Not valid MDX: youfirst reads it as Markdown, and so does this check.
    tree = parsers.markdown.parse(text) as AnyNode
  }
  const parts: string[] = []
  const walk = (node: AnyNode) => {
    if (node.type !== 'text') parts.push(`${node.type}${node.depth ?? ''}${node.tagName ?? ''}`)
    for (const child of node.children ?? []) walk(child)
  }
  walk(tree)
  return parts.join(' ')
}
