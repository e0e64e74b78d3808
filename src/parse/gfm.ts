/**
 * GitHub Flavored Markdown for remark-parse, the way remark-gfm adds it, except for two
 * constructs.
 *
 * - **Autolink literals are left out.** A bare URL or e-mail address (`www.example.com`,
 *   `hi@example.com`) stays text, and the prose builder keeps it out of the prose with the
 *   same pattern it uses for HTML and plain text (`notProse` in src/prose/builder.ts), so no
 *   rule sees it either way. The construct starts at every letter of running text, which made
 *   it about a quarter of the parse of real copy (0.4 s of 1.5 s on 1 MB). Its mdast step also
 *   builds text nodes without positions when it splits text that micromark left whole (an
 *   address in brackets, `[hi@example.com]`), and a text without a position has no place in the
 *   source, so the words of such a paragraph were lost.
 * - **The table construct is left out when the source cannot contain a table.** It scans the
 *   first line of every paragraph for a delimiter row, which makes a long paragraph several
 *   times slower to parse. A table needs a `|`, or a delimiter row with an alignment colon
 *   (`a` then `:-` is a one-column table); when neither occurs, the tree is the same without
 *   the construct.
 *
 * test/gfm.test.ts checks both on generated Markdown and MDX: the gate against the full set,
 * and the full set against remark-gfm's tree wherever no autolink literal can occur. The pieces
 * are the packages remark-gfm combines (micromark-extension-gfm-* and mdast-util-gfm-*), with
 * remark-gfm's defaults.
 */
import type {Processor} from 'unified'
import {gfmFootnote} from 'micromark-extension-gfm-footnote'
import {gfmStrikethrough} from 'micromark-extension-gfm-strikethrough'
import {gfmTable} from 'micromark-extension-gfm-table'
import {gfmTaskListItem} from 'micromark-extension-gfm-task-list-item'
import {gfmFootnoteFromMarkdown} from 'mdast-util-gfm-footnote'
import {gfmStrikethroughFromMarkdown} from 'mdast-util-gfm-strikethrough'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {gfmTaskListItemFromMarkdown} from 'mdast-util-gfm-task-list-item'

export interface GfmParts {
  table: boolean
}

const tableMarks = /\||:-|-:/

/** Which of the costly GFM constructs `source` can contain. */
export function gfmPartsFor(source: string): GfmParts {
  return {table: tableMarks.test(source)}
}

/** remark plugin: GFM without autolink literals, and with tables unless `parts` says none can occur. */
export function remarkGfmParts(this: Processor, parts: GfmParts = {table: true}): void {
  const data = this.data()
  const micromark = (data.micromarkExtensions ??= [])
  const fromMarkdown = (data.fromMarkdownExtensions ??= [])
  // In remark-gfm's order: footnote, strikethrough, table, task list item.
  micromark.push(gfmFootnote(), gfmStrikethrough())
  fromMarkdown.push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown())
  if (parts.table) {
    micromark.push(gfmTable())
    fromMarkdown.push(gfmTableFromMarkdown())
  }
  micromark.push(gfmTaskListItem())
  fromMarkdown.push(gfmTaskListItemFromMarkdown())
}
