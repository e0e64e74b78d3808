/**
 * The report's data: what `youfirst report --json` writes to youfirst-report.json, what the
 * HTML shows, and what `--baseline` reads back. README, "Report", documents the fields.
 */
import type {Root, Sentence} from 'nlcst'
import {getRule} from '../engine/registry.js'
import {BrandFinder} from '../prose/brands.js'
import {FocusCounter} from '../prose/focus.js'
import {isSelfWord} from '../prose/references.js'
import {blockData, quotedChildren, textOf} from '../prose/words.js'
import {scoreDocument, type References, type Role, type SentenceScore} from '../score/score.js'
import {siteSummary, type SiteSummary} from '../score/site.js'
import type {FileResult, FileStats, Finding} from '../types.js'

/** Bumped when a field changes meaning or goes away; new fields keep the number. */
export const reportVersion = 1

export interface ReportFinding {
  ruleId: string
  severity: 1 | 2
  message: string
  line: number
  column: number
  actual: string
  expected: string[]
  suggestions?: Array<{desc: string; text: string}>
}

/** A run of a flagged sentence's text; `marks` are indices into the page's `findings`. */
export type Segment = [text: string, ...marks: number[]]

/** A sentence with findings, as readers see it (markup removed, entities decoded), with its neighbours. */
export interface FlaggedSentence {
  line: number
  score: number
  role: Role
  /** The sentences before and after it in the same block, shortened. */
  before: string
  after: string
  segments: Segment[]
  /** Indices into the page's `findings`. */
  findings: number[]
}

export interface ReportSection {
  heading?: string
  depth: number
  line: number
  score: number
  words: number
  readerRefs: number
  selfRefs: number
  brandRefs: number
  findings: number
}

export interface ReportPage {
  /** Path relative to the report's root, with `/` separators. */
  path: string
  filePath: string
  /** The lint result's stats: words, readerRefs, selfRefs, brandRefs, focusRate, score. */
  stats: FileStats
  /** How the score came about: weighted references, their rate, the penalised findings, the penalty. */
  detail: {weighted: References; weightedRate: number | null; penalisedFindings: number; penalty: number}
  errorCount: number
  warningCount: number
  /** Findings per rule. */
  rules: Record<string, number>
  /** Score change since the baseline; null for a page the baseline does not have. Only with --baseline. */
  change?: number | null
  sections: ReportSection[]
  findings: ReportFinding[]
  flagged: FlaggedSentence[]
  /** Indices into `findings` of findings outside any sentence (such as parse errors). */
  unplaced: number[]
}

export interface Phrase {
  text: string
  count: number
  /** The rules that flagged it (flagged phrases), or `self` / `brand` (references). */
  sources: string[]
}

export interface ReportData {
  youfirst: string
  reportVersion: number
  generatedAt: string
  title: string
  /** The folder paths are relative to. */
  root: string
  site: SiteSummary & {change?: number | null}
  /** Findings, pages and documentation per rule, most findings first. */
  rules: Array<{id: string; findings: number; pages: number; url: string; description: string}>
  phrases: {flagged: Phrase[]; references: Phrase[]}
  baseline?: {generatedAt: string; score: number | null; pages: number; removed: string[]}
  pages: ReportPage[]
}

/** Rules whose findings flag whole stretches of copy rather than phrases. */
const stretchRules = new Set(['focus-ratio', 'reader-absent', 'parse-error'])
const contextChars = 160
const longestPhrase = 80

/** Tallies of phrases across pages, merged into the site's top lists. */
export class PhraseTally {
  private readonly flagged = new Map<string, {text: string; count: number; sources: Set<string>}>()
  private readonly references = new Map<string, {text: string; count: number; sources: Set<string>}>()

  addFinding(finding: Finding): void {
    if (stretchRules.has(finding.ruleId)) return
    const text = finding.actual.replace(/\s+/g, ' ').trim()
    if (text === '' || text.length > longestPhrase) return
    bump(this.flagged, text.toLowerCase(), text, finding.ruleId)
  }

  addReference(text: string, kind: 'self' | 'brand'): void {
    bump(this.references, kind === 'self' ? text.toLowerCase().replace(/\u2019/g, "'") : text, kind === 'self' ? text.toLowerCase().replace(/\u2019/g, "'") : text, kind)
  }

  top(limit: number): {flagged: Phrase[]; references: Phrase[]} {
    const list = (map: Map<string, {text: string; count: number; sources: Set<string>}>) =>
      [...map.values()]
        .sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : 1))
        .slice(0, limit)
        .map((item) => ({text: item.text, count: item.count, sources: [...item.sources].sort()}))
    return {flagged: list(this.flagged), references: list(this.references)}
  }
}

function bump(map: Map<string, {text: string; count: number; sources: Set<string>}>, key: string, text: string, source: string): void {
  const item = map.get(key)
  if (item) {
    item.count++
    item.sources.add(source)
  } else {
    map.set(key, {text, count: 1, sources: new Set([source])})
  }
}

/** Everything the report shows about one file. */
export function pageData(result: FileResult, tree: Root, brands: string[], relativePath: string, tally?: PhraseTally): ReportPage {
  const scored = scoreDocument(tree, result.messages, brands)
  const findings: ReportFinding[] = result.messages.map((finding) => ({
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    line: finding.line,
    column: finding.column,
    actual: finding.actual,
    expected: finding.expected,
    ...(finding.suggestions ? {suggestions: finding.suggestions.map((item) => ({desc: item.desc, text: item.fix.text}))} : {})
  }))
  const rules: Record<string, number> = {}
  for (const finding of result.messages) {
    rules[finding.ruleId] = (rules[finding.ruleId] ?? 0) + 1
    tally?.addFinding(finding)
  }
  if (tally) tallyReferences(tree, brands, tally)

  // Each finding belongs to the sentence its first character is in.
  const bySentence = new Map<number, number[]>()
  const unplaced: number[] = []
  result.messages.forEach((finding, index) => {
    const at = sentenceAt(scored.sentences, finding.range[0])
    if (at === -1) unplaced.push(index)
    else bySentence.set(at, [...(bySentence.get(at) ?? []), index])
  })

  const flagged: FlaggedSentence[] = []
  for (const [at, indices] of [...bySentence].sort((a, b) => a[0] - b[0])) {
    const sentence = scored.sentences[at]!
    const block = tree.children[sentence.block]
    const nodes = block?.type === 'ParagraphNode' ? block.children : []
    const position = nodes.findIndex((node) => node.type === 'SentenceNode' && node.position?.start.offset === sentence.start)
    const node = nodes[position]
    if (!node || node.type !== 'SentenceNode') {
      unplaced.push(...indices)
      continue
    }
    // The block's text around the sentence, white space included, so before + sentence + after reads as the block does.
    flagged.push({
      line: sentence.line,
      score: sentence.score,
      role: sentence.role,
      before: shorten(nodes.slice(0, position).map((item) => textOf(item)).join(''), 'start'),
      after: shorten(nodes.slice(position + 1).map((item) => textOf(item)).join(''), 'end'),
      segments: segments(node, indices.map((index) => ({index, range: result.messages[index]!.range}))),
      findings: indices
    })
  }

  return {
    path: relativePath,
    filePath: result.filePath,
    stats: result.stats,
    detail: {
      weighted: scored.file.weighted,
      weightedRate: scored.file.weightedRate,
      penalisedFindings: scored.file.findings,
      penalty: scored.file.penalty
    },
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    rules,
    sections: scored.sections.map((section) => ({
      ...(section.heading === undefined ? {} : {heading: section.heading}),
      depth: section.depth,
      line: section.line,
      score: section.score,
      words: section.words,
      readerRefs: section.readerRefs,
      selfRefs: section.selfRefs,
      brandRefs: section.brandRefs,
      findings: section.findings
    })),
    findings,
    flagged,
    unplaced: unplaced.sort((a, b) => a - b)
  }
}

/** Index of the sentence whose source holds `offset`, or -1. */
function sentenceAt(sentences: SentenceScore[], offset: number): number {
  let low = 0
  let high = sentences.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const item = sentences[middle]!
    if (offset < item.start) high = middle - 1
    else if (offset >= Math.max(item.end, item.start + 1)) low = middle + 1
    else return middle
  }
  return -1
}

/** A sentence's text as the reader sees it, split where findings start and end. */
function segments(sentence: Sentence, marks: Array<{index: number; range: [number, number]}>): Segment[] {
  const result: Segment[] = []
  const visit = (node: Sentence['children'][number]): void => {
    if ('children' in node) {
      for (const child of node.children) visit(child as Sentence['children'][number])
      return
    }
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? start
    const on = marks.filter((mark) => start < Math.max(mark.range[1], mark.range[0] + 1) && end > mark.range[0]).map((mark) => mark.index)
    // White space between two marked words stays marked, so a phrase is one highlight.
    const last = result.at(-1)
    const key = on.join(',')
    if (last && last.slice(1).join(',') === key) last[0] += node.value
    else result.push([node.value, ...on])
  }
  for (const child of sentence.children) visit(child)
  return result
}

/** White space collapsed, and at most `contextChars` characters kept next to the sentence. */
function shorten(text: string, keep: 'start' | 'end'): string {
  const clean = text.replace(/\s+/g, ' ')
  if (clean.length <= contextChars) return clean
  if (keep === 'start') {
    const cut = clean.slice(clean.length - contextChars)
    return `…${cut.slice(cut.indexOf(' ') + 1)}`
  }
  const cut = clean.slice(0, contextChars)
  return `${cut.slice(0, cut.lastIndexOf(' ') + 1)}…`
}

/** Which self words and brand names the copy uses, in sentences the focus counter counted. */
function tallyReferences(tree: Root, brands: string[], tally: PhraseTally): void {
  const counter = new FocusCounter(brands)
  const finder = new BrandFinder(brands)
  for (const block of tree.children) {
    if (block.type !== 'ParagraphNode' || blockData(block)?.quote) continue
    const counted = counter.sentences(block)
    if (!counted.some((item) => item.selfRefs + item.brandRefs > 0)) continue
    const quoted = quotedChildren(block)
    for (const item of counted) {
      const sentence = item.sentence
      const inBrand = new Set<number>()
      if (item.brandRefs > 0) {
        for (const [first, last] of finder.find(sentence)) {
          if (quoted.has(sentence.children[first]!)) continue
          const name = sentence.children.slice(first, last + 1).map((node) => textOf(node)).join('')
          tally.addReference(name.replace(/['\u2019]s?$/, ''), 'brand')
          for (let index = first; index <= last; index++) inBrand.add(index)
        }
      }
      if (item.selfRefs > 0) {
        sentence.children.forEach((node, index) => {
          if (node.type === 'WordNode' && !quoted.has(node) && !inBrand.has(index) && isSelfWord(node, sentence)) {
            tally.addReference(textOf(node), 'self')
          }
        })
      }
    }
  }
}

/** The site's rule table: findings and pages per rule, with each rule's documentation. */
export function ruleTable(pages: ReportPage[]): ReportData['rules'] {
  const table = new Map<string, {findings: number; pages: number}>()
  for (const page of pages) {
    for (const [id, count] of Object.entries(page.rules)) {
      const row = table.get(id) ?? {findings: 0, pages: 0}
      row.findings += count
      row.pages++
      table.set(id, row)
    }
  }
  return [...table]
    .sort((a, b) => b[1].findings - a[1].findings || (a[0] < b[0] ? -1 : 1))
    .map(([id, row]) => {
      const rule = getRule(id)
      return {
        id,
        ...row,
        url: rule?.meta.url ?? (id === 'parse-error' ? 'https://github.com/youfirst-lint/youfirst#parse-errors' : ''),
        description: rule?.meta.description ?? (id === 'parse-error' ? 'Files youfirst had to read another way.' : '')
      }
    })
}

/** Assemble the report from pages (sorted by path) and their lint results. */
export function buildReport(options: {
  pages: ReportPage[]
  results: FileResult[]
  tally: PhraseTally
  title: string
  root: string
  version: string
  now?: Date
}): ReportData {
  const pages = [...options.pages].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return {
    youfirst: options.version,
    reportVersion,
    generatedAt: (options.now ?? new Date()).toISOString(),
    title: options.title,
    root: options.root,
    site: siteSummary(options.results),
    rules: ruleTable(pages),
    phrases: options.tally.top(15),
    pages
  }
}
