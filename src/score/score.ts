/**
 * The customer-focus score: 0 to 100, for a sentence, a section (heading to heading), a
 * file, and a whole site (`site.ts`). README, "Customer-focus score", explains it with a
 * worked example.
 *
 * It starts from FutureNow's customer-focus rate (Bryan Eisenberg's "We We Calculator"):
 * reader references ÷ (reader + self + brand references). The counting is the one the
 * `focus-ratio` rule uses (`src/prose/focus.ts`): quotations and code do not count.
 *
 * 1. Each reference is weighted by where it stands, because readers see some copy first:
 *    the page title ×3, the first H1 ×3, the lead paragraph ×2, call-to-action text ×2,
 *    everything else ×1.
 * 2. base = 100 × weighted reader ÷ weighted (reader + self + brand); 100 when nothing
 *    refers to anyone (the focus rate is then null and only penalties count).
 * 3. penalty = 10 points per finding per 100 words (texts under 100 words count as 100),
 *    at most 30. `focus-ratio` (the rate restated) and `parse-error` do not count.
 * 4. score = base − penalty, rounded, within 0 to 100.
 */
import type {Paragraph, Root, Sentence, SentenceContent} from 'nlcst'
import {focusRate, sharedCounter, type FocusCounter, type FocusCounts} from '../prose/focus.js'
import {blockData, quotedChildren, textOf} from '../prose/words.js'
import type {BlockData, FileStats, Finding} from '../types.js'

/** Where copy stands on the page; each role weighs its references differently. */
export type Role = 'title' | 'h1' | 'lead' | 'cta' | 'body'

/** How much a reference counts, by where it stands. */
export const weights: Readonly<Record<Role, number>> = {title: 3, h1: 3, lead: 2, cta: 2, body: 1}

/** Penalty points per finding per 100 words. */
export const penaltyPerFinding = 10
/** Texts shorter than this count as this many words when findings are turned into a penalty. */
export const penaltyMinWords = 100
/** The most points findings can cost. */
export const penaltyCap = 30
/** Findings that do not cost points: the rate restated as a finding, and parser notices. */
export const unpenalisedRules: ReadonlySet<string> = new Set(['focus-ratio', 'parse-error'])

export interface References {
  reader: number
  self: number
  brand: number
}

/** The score of some stretch of copy, with everything needed to explain it. */
export interface ScoreDetail {
  /** Prose words, including quoted ones (as `stats.words`). */
  words: number
  readerRefs: number
  selfRefs: number
  brandRefs: number
  /** readerRefs ÷ (readerRefs + selfRefs + brandRefs), unweighted; null without references. */
  focusRate: number | null
  /** References multiplied by their weights. */
  weighted: References
  /** weighted.reader ÷ all weighted references; null without references. */
  weightedRate: number | null
  /** Findings that cost points. */
  findings: number
  /** Points taken off, 0 to `penaltyCap`. */
  penalty: number
  /** 0 to 100. */
  score: number
}

export interface SentenceScore extends ScoreDetail {
  /** Source offsets of the sentence, end exclusive. */
  start: number
  end: number
  line: number
  role: Role
  /** Index of the block (nlcst paragraph) in the tree. */
  block: number
  /** Index of the section the sentence belongs to. */
  section: number
}

export interface SectionScore extends ScoreDetail {
  /** The heading's text; absent for copy before the first heading. */
  heading?: string
  /** Heading depth (1 to 6); 0 for copy before the first heading. */
  depth: number
  /** Source offsets from the heading (or the first block) to the next heading. */
  start: number
  end: number
  line: number
}

export interface DocumentScore {
  file: ScoreDetail
  sections: SectionScore[]
  sentences: SentenceScore[]
}

/** Whether a finding costs points. */
export function isPenalised(finding: Pick<Finding, 'ruleId'>): boolean {
  return !unpenalisedRules.has(finding.ruleId)
}

/** The penalty for `findings` in `words` words. */
export function penaltyFor(findings: number, words: number): number {
  if (findings <= 0) return 0
  return Math.min(penaltyCap, (penaltyPerFinding * findings * 100) / Math.max(words, penaltyMinWords))
}

/** Score from weighted references, words and penalised findings. */
export function scoreFrom(weighted: References, words: number, findings: number): {weightedRate: number | null; penalty: number; score: number} {
  const all = weighted.reader + weighted.self + weighted.brand
  const weightedRate = all === 0 ? null : weighted.reader / all
  const base = weightedRate === null ? 100 : 100 * weightedRate
  const penalty = penaltyFor(findings, words)
  const score = Math.min(100, Math.max(0, Math.round(base - penalty)))
  return {weightedRate, penalty, score}
}

interface Accumulator {
  words: number
  counts: FocusCounts
  weighted: References
  findings: number
}

const emptyCounts = (): FocusCounts => ({words: 0, readerRefs: 0, selfRefs: 0, brandRefs: 0})
const emptyAccumulator = (): Accumulator => ({words: 0, counts: emptyCounts(), weighted: {reader: 0, self: 0, brand: 0}, findings: 0})

function detail(total: Accumulator): ScoreDetail {
  const {weightedRate, penalty, score} = scoreFrom(total.weighted, total.words, total.findings)
  return {
    words: total.words,
    readerRefs: total.counts.readerRefs,
    selfRefs: total.counts.selfRefs,
    brandRefs: total.counts.brandRefs,
    focusRate: rounded(focusRate(total.counts)),
    weighted: {...total.weighted},
    weightedRate: rounded(weightedRate),
    findings: total.findings,
    penalty: Math.round(penalty * 100) / 100,
    score
  }
}

function rounded(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10_000) / 10_000
}

function add(total: Accumulator, more: Accumulator): void {
  total.words += more.words
  total.counts.readerRefs += more.counts.readerRefs
  total.counts.selfRefs += more.counts.selfRefs
  total.counts.brandRefs += more.counts.brandRefs
  total.weighted.reader += more.weighted.reader
  total.weighted.self += more.weighted.self
  total.weighted.brand += more.weighted.brand
  total.findings += more.findings
}

/** The role of each block: the title, the first H1, the lead paragraph, calls to action, body copy. */
export function blockRoles(tree: Root): Role[] {
  const roles: Role[] = []
  let h1Seen = false
  let leadSeen = false
  // Without an H1 the lead is the first paragraph of the page; with one, the first after it.
  const hasH1 = tree.children.some((child) => {
    const info = child.type === 'ParagraphNode' ? blockData(child) : undefined
    return info?.kind === 'heading' && info.depth === 1 && !info.quote
  })
  let afterH1 = !hasH1
  for (const child of tree.children) {
    const info = child.type === 'ParagraphNode' ? blockData(child) : undefined
    roles.push(roleOf(info))
  }
  function roleOf(info: BlockData | undefined): Role {
    if (!info) return 'body'
    if (info.kind === 'title' || (info.kind === 'frontMatter' && info.key === 'title')) return 'title'
    if (info.quote) return 'body'
    if (info.kind === 'heading' && info.depth === 1 && !h1Seen) {
      h1Seen = true
      afterH1 = true
      return 'h1'
    }
    if (info.kind === 'button' || info.cta) return 'cta'
    if (info.kind === 'paragraph' && afterH1 && !leadSeen) {
      leadSeen = true
      return 'lead'
    }
    return 'body'
  }
  return roles
}

/**
 * References of one sentence that stand inside link or button text, counted by the same
 * counter on the link's slice of the sentence, and never more than the whole sentence has.
 */
function ctaCounts(
  counter: FocusCounter,
  sentence: Sentence,
  full: FocusCounts,
  links: Array<[number, number]>,
  quoted: Set<SentenceContent>
): References {
  const found: References = {reader: 0, self: 0, brand: 0}
  const children = sentence.children
  const sentenceStart = sentence.position?.start.offset ?? -Infinity
  const sentenceEnd = sentence.position?.end.offset ?? Infinity
  // Links and children are both in source order: only links that overlap the sentence are
  // looked at, and each finds its first child by binary search, so a paragraph of thousands
  // of links costs no more than its words.
  for (const [from, to] of links) {
    if (to <= sentenceStart || from >= sentenceEnd) continue
    let first = firstChildFrom(children, from)
    while (first < children.length && childEnd(children[first]!) === undefined) first++
    let last = first - 1
    for (let index = first; index < children.length; index++) {
      const end = childEnd(children[index]!)
      if (end === undefined) continue
      if (end > to) break
      last = index
    }
    if (last < first) continue
    const slice: Sentence = {type: 'SentenceNode', children: children.slice(first, last + 1)}
    const counts = counter.sentence(slice, quoted)
    found.reader += counts.readerRefs
    found.self += counts.selfRefs
    found.brand += counts.brandRefs
  }
  return {
    reader: Math.min(found.reader, full.readerRefs),
    self: Math.min(found.self, full.selfRefs),
    brand: Math.min(found.brand, full.brandRefs)
  }
}

function childEnd(node: SentenceContent): number | undefined {
  return node.position?.start.offset === undefined ? undefined : node.position.end.offset
}

/** The index of the first child that starts at or after `offset`. */
function firstChildFrom(children: SentenceContent[], offset: number): number {
  let low = 0
  let high = children.length
  while (low < high) {
    const middle = (low + high) >>> 1
    const start = children[middle]!.position?.start.offset
    if (start !== undefined && start < offset) low = middle + 1
    else high = middle
  }
  return low
}

function weigh(counts: FocusCounts, cta: References, weight: number): References {
  const ctaWeight = Math.max(weight, weights.cta)
  return {
    reader: weight * (counts.readerRefs - cta.reader) + ctaWeight * cta.reader,
    self: weight * (counts.selfRefs - cta.self) + ctaWeight * cta.self,
    brand: weight * (counts.brandRefs - cta.brand) + ctaWeight * cta.brand
  }
}

function wordCount(sentence: Sentence): number {
  let words = 0
  for (const node of sentence.children) if (node.type === 'WordNode') words++
  return words
}

/**
 * Score a document's prose tree with its findings, at sentence, section and file level.
 * `brands` are the configured company and product names.
 */
export function scoreDocument(tree: Root, findings: Finding[], brands: string[] = []): DocumentScore {
  return score(tree, findings, brands, true)
}

/** As scoreDocument; without `perSentence`, `sentences` is left empty (file stats need only the totals). */
function score(tree: Root, findings: Finding[], brands: string[], perSentence: boolean): DocumentScore {
  const counter = sharedCounter(brands)
  const roles = blockRoles(tree)
  const penalised = findings.filter(isPenalised).map((finding) => finding.range[0]).sort((a, b) => a - b)
  const sentences: SentenceScore[] = []
  const sectionTotals: Array<{acc: Accumulator; info: Omit<SectionScore, keyof ScoreDetail>}> = []
  const file = emptyAccumulator()
  let section: (typeof sectionTotals)[number] | undefined

  tree.children.forEach((child, blockIndex) => {
    if (child.type !== 'ParagraphNode') return
    const paragraph: Paragraph = child
    const info = blockData(paragraph)
    const start = paragraph.position?.start.offset ?? 0
    if ((info?.kind === 'heading' && !info.quote) || !section) {
      if (section) section.info.end = start
      const heading = info?.kind === 'heading' && !info.quote
      section = {
        acc: emptyAccumulator(),
        info: {
          ...(heading ? {heading: textOf(paragraph)} : {}),
          depth: heading ? (info.depth ?? 1) : 0,
          start,
          end: start,
          line: paragraph.position?.start.line ?? 1
        }
      }
      sectionTotals.push(section)
    }
    const role = roles[blockIndex] ?? 'body'
    const weight = weights[role]
    // Blockquotes and speakers' words have no counts: they are not the company's voice.
    const counted = new Map<Sentence, FocusCounts>(counter.sentences(paragraph).map((item) => [item.sentence, item]))
    const quoted = counted.size > 0 && info?.links ? quotedChildren(paragraph) : new Set<SentenceContent>()
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      const counts = counted.get(sentence) ?? emptyCounts()
      const cta = info?.links && role !== 'cta' ? ctaCounts(counter, sentence, counts, info.links, quoted) : {reader: 0, self: 0, brand: 0}
      const sentenceStart = sentence.position?.start.offset ?? start
      const sentenceEnd = sentence.position?.end.offset ?? sentenceStart
      const acc: Accumulator = {
        words: wordCount(sentence),
        counts: {words: counts.words, readerRefs: counts.readerRefs, selfRefs: counts.selfRefs, brandRefs: counts.brandRefs},
        weighted: weigh(counts, cta, weight),
        findings: 0
      }
      add(section.acc, acc)
      add(file, acc)
      if (perSentence) {
        acc.findings = countIn(penalised, sentenceStart, sentenceEnd === sentenceStart ? sentenceStart + 1 : sentenceEnd)
        sentences.push({
          ...detail(acc),
          start: sentenceStart,
          end: sentenceEnd,
          line: sentence.position?.start.line ?? 1,
          role,
          block: blockIndex,
          section: sectionTotals.length - 1
        })
      }
    }
    section.info.end = paragraph.position?.end.offset ?? start
  })

  // Findings count once per section and once per file, wherever they start (a finding that
  // spans sentences, or one outside any sentence, still costs its section and file).
  sectionTotals.forEach((item, index) => {
    const next = sectionTotals[index + 1]
    item.acc.findings = countIn(penalised, index === 0 ? -Infinity : item.info.start, next ? next.info.start : Infinity)
  })
  file.findings = penalised.length

  return {
    file: detail(file),
    sections: sectionTotals.map((item) => ({...detail(item.acc), ...item.info})),
    sentences
  }
}

/** How many sorted offsets fall in [from, to): two binary searches, as a page may have thousands of sentences and findings. */
function countIn(sorted: number[], from: number, to: number): number {
  return firstAtLeast(sorted, to) - firstAtLeast(sorted, from)
}

/** The index of the first offset ≥ `value` (the length when there is none). */
function firstAtLeast(sorted: number[], value: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (sorted[middle]! < value) low = middle + 1
    else high = middle
  }
  return low
}

/** The per-file `stats` of a lint result: word and reference counts, the focus rate, the score. */
export function fileStats(tree: Root, findings: Finding[], brands: string[] = []): FileStats {
  const {file} = score(tree, findings, brands, false)
  return {
    words: file.words,
    readerRefs: file.readerRefs,
    selfRefs: file.selfRefs,
    brandRefs: file.brandRefs,
    focusRate: file.focusRate,
    score: file.score
  }
}
