/**
 * GitHub Flavored Markdown for remark-parse, the way remark-gfm adds it, except that the two
 * constructs that cost the most are left out when the source cannot contain them.
 *
 * micromark's GFM table construct scans the first line of every paragraph for a delimiter
 * row, and its autolink-literal construct starts at every letter of running text; together
 * they make a long paragraph about ten times slower to parse. A table needs a `|`, or a
 * delimiter row with an alignment colon (`a` then `:-` is a one-column table). A literal
 * autolink needs `@`, `www` or `http`, in the source or in a character reference that decodes
 * to one (mdast-util-gfm-autolink-literal reads decoded text). When none of those occurs, the
 * tree is the same without the construct; test/gfm.test.ts checks that against the full
 * extension on generated Markdown and MDX.
 *
 * The pieces are the same packages remark-gfm combines (micromark-extension-gfm-* and
 * mdast-util-gfm-*), with remark-gfm's defaults.
 */
import type {Processor} from 'unified'
import {gfmAutolinkLiteral} from 'micromark-extension-gfm-autolink-literal'
import {gfmFootnote} from 'micromark-extension-gfm-footnote'
import {gfmStrikethrough} from 'micromark-extension-gfm-strikethrough'
import {gfmTable} from 'micromark-extension-gfm-table'
import {gfmTaskListItem} from 'micromark-extension-gfm-task-list-item'
import {gfmAutolinkLiteralFromMarkdown} from 'mdast-util-gfm-autolink-literal'
import {gfmFootnoteFromMarkdown} from 'mdast-util-gfm-footnote'
import {gfmStrikethroughFromMarkdown} from 'mdast-util-gfm-strikethrough'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {gfmTaskListItemFromMarkdown} from 'mdast-util-gfm-task-list-item'

export interface GfmParts {
  table: boolean
  autolinkLiteral: boolean
}

const tableMarks = /\||:-|-:/
const autolinkMarks = /@|www|http|&(?:#|commat;|colon;|sol;|period;)/i

/** Which of the costly GFM constructs `source` can contain. */
export function gfmPartsFor(source: string): GfmParts {
  return {table: tableMarks.test(source), autolinkLiteral: autolinkMarks.test(source)}
}

/** remark plugin: GFM with the parts given (every part when called without options). */
export function remarkGfmParts(this: Processor, parts: GfmParts = {table: true, autolinkLiteral: true}): void {
  const data = this.data()
  const micromark = (data.micromarkExtensions ??= [])
  const fromMarkdown = (data.fromMarkdownExtensions ??= [])
  // In remark-gfm's order: autolink literal, footnote, strikethrough, table, task list item.
  if (parts.autolinkLiteral) {
    micromark.push(gfmAutolinkLiteral())
    fromMarkdown.push(gfmAutolinkLiteralFromMarkdown())
  }
  micromark.push(gfmFootnote(), gfmStrikethrough())
  fromMarkdown.push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown())
  if (parts.table) {
    micromark.push(gfmTable())
    fromMarkdown.push(gfmTableFromMarkdown())
  }
  micromark.push(gfmTaskListItem())
  fromMarkdown.push(gfmTaskListItemFromMarkdown())
}
