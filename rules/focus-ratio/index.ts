/**
 * focus-ratio: a document that talks about the company more than to the reader, measured
 * the way FutureNow's "We We Calculator" did: reader references ÷ (reader + self + brand
 * references). Documentation: ./README.md. Counting: src/prose/focus.ts.
 */
import type {Paragraph, Root, Word} from 'nlcst'
import {countFocus, isPersonalVoice, isTutorialVoice, sharedCounter} from '../../src/prose/focus.js'
import {isArticle, isCustomerStory, isFragment, isEnglish, isHandbook, isJobAd, isPolicyPage, isReport} from '../../src/prose/genre.js'
import {report, ruleUrl, type RuleMeta, type RuleModule, type SharedOptions, type Transformer} from '../../src/prose/rule.js'
import {blockData, textOf} from '../../src/prose/words.js'

export interface FocusRatioOptions extends SharedOptions {
  /** Lowest acceptable customer focus, from 0 to 1 (default 0.5). */
  threshold?: number
  /** Shorter documents are not scored, in words (default 100). */
  minWords?: number
  /** Fewest references to the company (we, our, us, brand names) before a document is scored (default 5). */
  minCompanyRefs?: number
  /** Fewest references to the company per word before a document is scored (default 0.015: 1.5 per 100 words). */
  minCompanyDensity?: number
}

export const meta: RuleMeta = {
  id: 'focus-ratio',
  description: 'Documents that mention the company more than the reader (customer focus under 50%).',
  url: ruleUrl('focus-ratio'),
  defaultSeverity: 'warn',
  fixable: false,
  hasSuggestions: false,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      threshold: {type: 'number', minimum: 0, maximum: 1},
      minWords: {type: 'integer', minimum: 0},
      minCompanyRefs: {type: 'integer', minimum: 0},
      minCompanyDensity: {type: 'number', minimum: 0, maximum: 1}
    }
  }
}

export default function retextYoufirstFocusRatio(options: FocusRatioOptions = {}): Transformer {
  const threshold = options.threshold ?? 0.5
  const minWords = options.minWords ?? 100
  const minCompanyRefs = options.minCompanyRefs ?? 5
  const minCompanyDensity = options.minCompanyDensity ?? 0.015
  const brands = options.brands ?? []
  const counter = sharedCounter(brands)

  return function (tree, file) {
    // A privacy policy or terms page speaks in the company's voice by nature; in a customer
    // story, "we" is the customer; an article is the team telling its story (its words still
    // count in the score). Word lists are English.
    if (isPolicyPage(tree, file) || isFragment(file) || isCustomerStory(tree) || isHandbook(tree, file) || isArticle(file) || isReport(file) || isJobAd(file) || !isEnglish(tree)) return
    const focus = countFocus(tree, counter)
    if (focus.words < minWords || focus.focusRate === null || focus.focusRate >= threshold) return
    const companyRefs = focus.selfRefs + focus.brandRefs
    // A long page that mentions the company now and then is not about the company.
    if (companyRefs < minCompanyRefs || companyRefs < focus.words * minCompanyDensity) return
    // A tutorial's "we" is the writer and the reader working together, and an essay in the
    // first person speaks for its author: neither is the company's voice.
    if (isTutorialVoice(focus) || isPersonalVoice(focus)) return

    const percent = Math.round(focus.focusRate * 100)
    const aim = Math.round(threshold * 100)
    const counts =
      brands.length > 0
        ? `${focus.readerRefs} you/your, ${focus.selfRefs} we/our, ${focus.brandRefs} brand mentions`
        : `${focus.readerRefs} you/your, ${focus.selfRefs} we/our`
    const place = anchor(tree)
    if (!place) return
    report(file, {
      ruleId: 'focus-ratio',
      url: meta.url,
      start: place.start,
      end: place.end,
      actual: place.actual,
      expected: [],
      reason: `Customer focus is ${percent}% (${counts}); aim for ${aim}% or more: write about what the reader gets`
    })
  }
}

/** Where to report: the first heading, else the first word of the document's own copy. */
function anchor(tree: Root): {start: Paragraph['children'][number] | Word; end: Paragraph['children'][number] | Word; actual: string} | undefined {
  let firstWord: Word | undefined
  for (const block of tree.children) {
    if (block.type !== 'ParagraphNode') continue
    const info = blockData(block)
    if (info?.kind === 'heading' && !info.quote && block.children.length > 0) {
      return {start: block.children[0]!, end: block.children.at(-1)!, actual: textOf(block)}
    }
    if (!firstWord && !info?.quote && info?.kind !== 'frontMatter' && info?.kind !== 'title') {
      for (const sentence of block.children) {
        if (sentence.type !== 'SentenceNode') continue
        firstWord = sentence.children.find((node): node is Word => node.type === 'WordNode')
        if (firstWord) break
      }
    }
  }
  return firstWord ? {start: firstWord, end: firstWord, actual: textOf(firstWord)} : undefined
}

export const rule: RuleModule<FocusRatioOptions> = {meta, plugin: retextYoufirstFocusRatio}
