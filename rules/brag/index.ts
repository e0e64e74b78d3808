/**
 * brag: unsubstantiated superlatives and self-praise ("world-class", "industry-leading").
 * Documentation: ./README.md. Phrase list: ./phrases.json; words of stated aims: ./aims.json.
 */
import type {Paragraph, Sentence, SentenceContent, Word} from 'nlcst'
import {deleteModifier, verbatimRange} from '../../src/prose/edit.js'
import {report, ruleUrl, type RuleMeta, type RuleModule, type SharedOptions, type Transformer, entryListSchema, stringListSchema} from '../../src/prose/rule.js'
import {BrandMatcher, isSelfWord} from '../../src/prose/references.js'
import {blockData, eachSentence, normal, type PhraseEntry, PhraseMatcher, phraseWords, quotedChildren, textOf, wordsOf} from '../../src/prose/words.js'
import {isArticle, isEnglish, isHandbook, isJobAd} from '../../src/prose/genre.js'
import {companyNouns, findClaims, Names, praisesOther} from './claims.js'
import data from './phrases.json' with {type: 'json'}
import aims from './aims.json' with {type: 'json'}

export interface BragPhrase {
  phrase: string
  unlessNext?: string[]
  /** Words that, before the phrase, make it ordinary English ("point number one"). */
  unlessPrevious?: string[]
  replacement?: string
  /** The word is also part of names ("Premier Inn"): skip it mid-sentence before a capitalised word. */
  nameRisk?: boolean
  /** False when deleting the phrase would not leave a sentence ("one of the best"). */
  fix?: boolean
  /** In running prose, flag only when the sentence also speaks of the company. */
  selfOnly?: boolean
  /** Before a plural noun ("the leading form builders"), the phrase ranks a group of others: skip it unless "one of" or "among" comes first. */
  pluralIsOthers?: boolean
}

export interface BragOptions extends SharedOptions {
  /** Extra phrases to flag. */
  phrases?: Array<string | BragPhrase>
  /** Phrases from the built-in list not to flag. */
  allow?: string[]
  /** Leave a claim alone when its sentence backs it with a number or a named source (default true). */
  allowSubstantiated?: boolean
  /** Flag superlatives the company claims for itself ("Acme is the most advanced…", "Voted best bank…"; default true). */
  claims?: boolean
}

export const meta: RuleMeta = {
  id: 'brag',
  description: 'Unsubstantiated superlatives and self-praise, such as "world-class" and "industry-leading".',
  url: ruleUrl('brag'),
  defaultSeverity: 'warn',
  fixable: true,
  hasSuggestions: true,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      phrases: entryListSchema({
        type: 'object',
        additionalProperties: false,
        required: ['phrase'],
        properties: {
          phrase: {type: 'string', minLength: 1},
          unlessNext: {type: 'array', items: {type: 'string'}},
          unlessPrevious: {type: 'array', items: {type: 'string'}},
          replacement: {type: 'string'},
          nameRisk: {type: 'boolean'},
          fix: {type: 'boolean'},
          selfOnly: {type: 'boolean'},
          pluralIsOthers: {type: 'boolean'}
        }
      }),
      allow: stringListSchema,
      allowSubstantiated: {type: 'boolean'},
      claims: {type: 'boolean'}
    }
  }
}

interface Entry extends PhraseEntry {
  unlessNext: Set<string>
  unlessPrevious: Set<string>
  replacement?: string
  nameRisk: boolean
  fix: boolean
  selfOnly: boolean
  pluralIsOthers: boolean
}

function compile(phrase: string | BragPhrase): Entry {
  const item = typeof phrase === 'string' ? {phrase} : phrase
  return {
    phrase: item.phrase,
    words: phraseWords(item.phrase),
    unlessNext: new Set((item.unlessNext ?? []).map((word) => word.toLowerCase())),
    unlessPrevious: new Set((item.unlessPrevious ?? []).map((word) => word.toLowerCase())),
    nameRisk: item.nameRisk === true,
    fix: item.fix !== false,
    selfOnly: item.selfOnly === true,
    pluralIsOthers: item.pluralIsOthers === true,
    ...(item.replacement === undefined ? {} : {replacement: item.replacement})
  }
}

/** A superlative claim found by its grammar rather than by a listed phrase. */
const claimEntry: Entry = {phrase: '', words: [], unlessNext: new Set(), unlessPrevious: new Set(), nameRisk: false, fix: false, selfOnly: false, pluralIsOthers: false}

const substantiation = new Set(data.substantiation)
const year = /^(?:1[89]|20)\d\d(?:s|'s)?$/

export default function retextYoufirstBrag(options: BragOptions = {}): Transformer {
  const allow = new Set((options.allow ?? []).map((phrase) => phrase.toLowerCase()))
  const entries = [...(data.phrases as BragPhrase[]), ...(options.phrases ?? [])]
    .map(compile)
    .filter((entry) => !allow.has(entry.phrase.toLowerCase()))
  const matcher = new PhraseMatcher(entries)
  const allowSubstantiated = options.allowSubstantiated !== false
  const hashOne = !allow.has('#1') && entries.some((entry) => entry.phrase === '#1')
  const brands = new BrandMatcher(options.brands ?? [])
  const claims = options.claims !== false

  return function (tree, file) {
    // The phrase lists are English: in French, "premier" is just "first".
    if (!isEnglish(tree)) return
    // A job ad praises the team and asks for outstanding candidates: not a claim to a buyer.
    if (isJobAd(file)) return
    let names: Names | undefined
    let article: boolean | undefined
    eachSentence(tree, (sentence, paragraph) => {
      if (blockData(paragraph)?.quote) return
      const words = wordsOf(sentence)
      const matches: Array<{entry: Entry; first: number; last: number; after?: Word}> = matcher
        .match(words, (entry, from, to) => {
          const after = words[to + 1]?.node
          const before = words[from - 1]?.node
          return !(after && entry.unlessNext.has(normal(after))) && !(before && entry.unlessPrevious.has(normal(before)))
        })
        .map(({entry, from, to}) => ({
        entry,
        first: words[from]!.index,
        last: words[to]!.index,
        after: words[to + 1]?.node
      }))
      if (hashOne) matches.push(...numberOne(sentence, entries))
      if (claims) {
        for (const claim of findClaims(sentence, brands)) {
          if (matches.some((match) => match.first <= claim.last && claim.first <= match.last)) continue
          matches.push({entry: claimEntry, first: claim.first, last: claim.last})
        }
      }
      if (matches.length === 0) return
      const quoted = quotedChildren(paragraph)

      for (const match of matches) {
        const firstNode = sentence.children[match.first]!
        if (quoted.has(firstNode)) continue
        // The checks below read the whole sentence for each claim. A "sentence" of thousands
        // of words (a list without full stops, generated text) is read as the stretch of
        // words around the claim instead, so the work stays linear in its length.
        const [around, offset] = windowOf(sentence, match.first, match.last)
        const first = match.first - offset
        const last = match.last - offset
        if (isProperName(around, paragraph, first, last, match.entry.nameRisk)) continue
        if (allowSubstantiated && substantiated(around, first, last, brands)) continue
        if (negated(around, first)) continue
        names ??= new Names(tree, brands, file.path)
        // Articles and handbooks praise many things besides the company: there, every phrase
        // is flagged only when the sentence speaks of the company.
        article ??= isArticle(file) || isHandbook(tree, file)
        const selfOnly = match.entry.selfOnly || article
        if (selfOnly && isRunningProse(paragraph) && !speaksOfCompany(around, brands, names, article)) continue
        // In an article the sentence may name the company and praise something else ("we've
        // found the OKR system to be one of the best ways"): the praise's own clause must,
        // in headings and titles too ("A safe space is necessary for top-notch brainstorming").
        if (article && !clauseSpeaksOfCompany(around, first, last, brands, names)) continue
        // "Our goal is to build a world-class team": in an article, an aim, not a claim.
        if (article && aspiration(around, first, last)) continue
        if (rejected(around, first)) continue
        if (match.entry.pluralIsOthers && ranksGroup(around, first, last)) continue
        if (praisesOther(around, first, last, names)) continue

        const actual = sentenceText(sentence, match.first, match.last)
        const replacement = match.entry.replacement
        let fix
        const suggestions = []
        if (replacement === undefined) {
          if (match.entry.fix) fix = deleteModifier(file, sentence, match.first, match.last)
        } else {
          const range = verbatimRange(file, sentence, match.first, match.last)
          if (range) {
            suggestions.push({desc: `Replace “${actual}” with “${replacement}”`, fix: {range, text: replacement}})
          }
        }
        report(file, {
          ruleId: 'brag',
          url: meta.url,
          start: firstNode,
          end: sentence.children[match.last]!,
          actual,
          expected: replacement === undefined ? (match.entry.fix ? [''] : []) : [replacement],
          reason:
            replacement === undefined && !match.entry.fix
              ? `“${actual}” is self-praise the reader can’t check: show the proof (a number, an award, a customer’s result) or cut the claim`
              : replacement === undefined
              ? `“${actual}” is self-praise the reader can’t check: cut it, or show the proof`
              : `“${actual}” is self-praise the reader can’t check: say “${replacement}”, or show the proof`,
          ...(fix ? {fix} : {}),
          ...(suggestions.length > 0 ? {suggestions} : {})
        })
      }
    })
  }
}

/** "#1" is a symbol and a word in nlcst. */
function numberOne(sentence: Sentence, entries: Entry[]): Array<{entry: Entry; first: number; last: number; after?: Word}> {
  const entry = entries.find((item) => item.phrase === '#1')!
  const found = []
  const children = sentence.children
  if (!children.some((node) => node.type === 'SymbolNode' && node.value === '#')) return []
  // "Fix typing errors #1 (#2027)": issue and pull-request numbers, not a ranking.
  let references = 0
  for (let index = 1; index < children.length; index++) {
    const node = children[index]!
    if (node.type === 'WordNode' && /^\d+$/.test(textOf(node)) && children[index - 1]!.type === 'SymbolNode' && textOf(children[index - 1]!) === '#') references++
  }
  if (references > 1) return []
  for (let index = 1; index < children.length; index++) {
    const node = children[index]!
    const previous = children[index - 1]!
    const before = children[index - 3]
    const numbering = before?.type === 'WordNode' && /^(?:option|step|tip|part|chapter|issue|no|number|rule|reason|lesson|day|week|item|phase|level|question|q|pr|ticket|episode|season|volume|vol|round|game|match|stage|track|page|figure|fig|table|slide|session|module|unit|version|release|sprint|task|bug|case|section)$/i.test(textOf(before))
    const label = children[index + 1]?.type === 'PunctuationNode' && /^[:)]$/.test(textOf(children[index + 1]!))
    if (!numbering && !label && node.type === 'WordNode' && /^1\.?$/.test(textOf(node)) && previous.type === 'SymbolNode' && previous.value === '#') {
      found.push({entry, first: index - 1, last: index})
    }
  }
  return found
}

function sentenceText(sentence: Sentence, first: number, last: number): string {
  let text = ''
  for (let index = first; index <= last; index++) text += textOf(sentence.children[index]!)
  return text.replace(/\.$/, '')
}

/**
 * A name such as "Premier Inn" or "Cutting Edge Barbers": the match is capitalised mid-sentence
 * and followed by a capitalised word, in a sentence that is not in title case (headings often are).
 */
function isProperName(sentence: Sentence, paragraph: Paragraph, first: number, last: number, nameRisk: boolean): boolean {
  const words = wordsOf(sentence)
  const position = words.findIndex((word) => word.index === first)
  if (position <= 0) return false
  const kind = blockData(paragraph)?.kind
  if (kind === 'heading' || kind === 'title' || kind === 'button') return false
  const own = words.filter((word) => word.index >= first && word.index <= last).map((word) => textOf(word.node))
  const next = words.find((word) => word.index > last)
  // "Technology Transformation Services Center of Excellence": inside a run of capitalised words.
  const previous = words[position - 1]
  // "Voted Best Bridal Retailer in Yorkshire": an award's title after a participle of praise, not a name.
  if (previous && /^(?:voted|named|crowned|ranked|rated)$/.test(normal(previous.node))) return false
  if (own.length > 1 && own.every((word) => /^[A-Z]/.test(word) || /^(?:of|the|and|to|in|for)$/.test(word)) && position > 1 && previous && /^[A-Z]/.test(textOf(previous.node))) return true
  if (!own.every((word) => /^[A-Z]/.test(word)) || next === undefined || !/^[A-Z]/.test(textOf(next.node))) return false
  if (nameRisk) return true
  // Phrases that are seldom names: only when most of the sentence is not capitalised.
  let end = words.indexOf(next)
  while (end < words.length && /^[A-Z]/.test(textOf(words[end]!.node))) end++
  const rest = words.filter((word, index) => index > 0 && (word.index < first || index >= end))
  const capitalised = rest.filter((word) => /^[A-Z]/.test(textOf(word.node))).length
  return rest.length > 0 && capitalised / rest.length < 0.6
}

/** Children of a sentence beyond which a claim's checks read only the words around it. */
const longSentence = 400

/** The sentence itself, or for a very long one the stretch around `first`–`last`, with the index of its first child. */
function windowOf(sentence: Sentence, first: number, last: number): [Sentence, number] {
  if (sentence.children.length <= longSentence) return [sentence, 0]
  const from = Math.max(0, first - longSentence / 2)
  const to = Math.min(sentence.children.length, last + 1 + longSentence / 2)
  return [{...sentence, children: sentence.children.slice(from, to)}, from]
}

/** Paragraphs and list items, as opposed to headings, table cells, buttons and titles. */
function isRunningProse(paragraph: Paragraph): boolean {
  const kind = blockData(paragraph)?.kind ?? 'paragraph'
  return kind === 'paragraph' || kind === 'listItem'
}

/**
 * Whether the sentence speaks of the company: we, us, our, a configured brand, or no subject
 * at all before a participle ("Recognized as one of the best firms", "Consistently ranked
 * among the top schools"), the way company copy leaves itself out.
 */
function speaksOfCompany(sentence: Sentence, brands: BrandMatcher, names: Names, article: boolean): boolean {
  // In an article, "us" is as often everyone ("custom builds give us more control").
  const self = (node: Word) => isSelfWord(node, sentence) && !(article && normal(node) === 'us')
  if (sentence.children.some((node) => node.type === 'WordNode' && self(node))) return true
  if (brands.find(sentence).length > 0) return true
  // Articles report on other products by name, so there a name is not taken for the company's own.
  if (!article && names.mentionsOwn(sentence)) return true
  const words = wordsOf(sentence).map((word) => normal(word.node))
  // "The firm is one of the leading…": outside an article, the company speaking of itself.
  if (!article && words[0] === 'the' && companyNouns.has(words[1] ?? '')) return true
  const start = words[0]?.endsWith('ly') ? 1 : 0
  return /^[a-z]+(?:ed|en)$/.test(words[start] ?? '') && words[start] !== 'often'
}

/** Words that start a clause of their own inside a sentence. */
const clauseWords = new Set([
  'who', 'whom', 'whose', 'which', 'that', 'what', 'since', 'because', 'while', 'when', 'where', 'if', 'although',
  'though', 'whereas', 'unless', 'until'
])

/**
 * Whether a child ends a clause: a semicolon, colon, bracket or dash, or a clause word.
 * Commas do not: they join the items and adjectives of one clause ("Our open-source,
 * low-code platform offers market-leading…").
 */
function clauseBoundary(node: Sentence['children'][number]): boolean {
  if (node.type === 'WordNode') return clauseWords.has(normal(node))
  return node.type === 'PunctuationNode' && /^[;:()[\]\u2013\u2014]$/.test(textOf(node))
}

/**
 * Whether the clause that holds the praise speaks of the company: a self word (not the
 * everyone-"us" of articles, nor "we all"), a configured brand, or the page's own name.
 */
function clauseSpeaksOfCompany(sentence: Sentence, first: number, last: number, brands: BrandMatcher, names: Names): boolean {
  const children = sentence.children
  let from = first
  while (from > 0 && !clauseBoundary(children[from - 1]!)) from--
  // A clause opened by "who", "since"… ends at its comma: "contractors who can provide
  // best-in-class work, we keep prices fair".
  const subordinate = from > 0 && children[from - 1]!.type === 'WordNode'
  let to = last
  while (to < children.length - 1) {
    const next = children[to + 1]!
    if (clauseBoundary(next) || (subordinate && next.type === 'PunctuationNode' && textOf(next) === ',')) break
    to++
  }
  // "we've found the OKR system to be one of the best ways": "to be" praises what comes before it.
  const before = wordsOf(sentence).filter((word) => word.index >= from && word.index < first)
  const n = before.length
  // "we think it's a real game changer": in an article, "it" and "they" are the topic.
  for (let index = n - 1; index >= Math.max(0, n - 4); index--) {
    const value = normal(before[index]!.node)
    if (/^(?:it|they|this|that|these|those)(?:'s|'re)$/.test(value)) return false
    if (/^(?:is|are|was|were)$/.test(value)) {
      if (index > 0 && /^(?:it|they|this|that|these|those)$/.test(normal(before[index - 1]!.node))) return false
      break
    }
  }
  // The brand mentions of the sentence, found once for all its words.
  const mentions = brands.empty ? undefined : brands.find(sentence)
  if (n >= 3 && normal(before[n - 1]!.node) === 'be' && normal(before[n - 2]!.node) === 'to' && !ownWord(sentence, before[n - 3]!.node, before[n - 3]!.index, mentions, names)) return false
  for (let index = from; index <= to; index++) {
    const node = children[index]!
    if (node.type === 'WordNode' && (index < first || index > last) && ownWord(sentence, node, index, mentions, names)) return true
  }
  return false
}

/**
 * Whether a word is the company: we, our (not "us", not "we all"), part of a brand mention
 * (`mentions`, when brands are configured), or the page's own name.
 */
function ownWord(sentence: Sentence, node: Word, index: number, mentions: Array<[number, number]> | undefined, names: Names): boolean {
  if (isSelfWord(node, sentence)) {
    const lower = normal(node)
    if (lower === 'us') return textOf(node) === 'US'
    // "As we all know": everyone.
    const next = sentence.children[index + 2]
    return !(lower === 'we' && next?.type === 'WordNode' && normal(next) === 'all')
  }
  if (mentions) return mentions.some(([from, to]) => index >= from && index <= to)
  const value = textOf(node).replace(/['\u2019]s?$/, '')
  return /^[A-Z]/.test(value) && names.isOwn(sentence, index, value)
}

/**
 * Whether the phrase ranks a group of others: its noun phrase ends in a plural ("the
 * leading form builders on the market") and no "one of" or "among" puts the company in it.
 */
function ranksGroup(sentence: Sentence, first: number, last: number): boolean {
  const words = wordsOf(sentence)
  const at = words.findIndex((word) => word.index === first)
  const before = words.slice(Math.max(0, at - 2), at).map((word) => normal(word.node))
  if (before.includes('among') || (before[0] === 'one' && before[1] === 'of')) return false
  let head: string | undefined
  for (const word of words.filter((item) => item.index > last).slice(0, 3)) {
    const value = normal(word.node)
    if (/^(?:of|in|on|for|to|that|which|and|or|with|by|from|at)$/.test(value)) break
    head = value
    if (sentence.children.slice(word.index + 1, word.index + 3).some((node) => node.type === 'PunctuationNode')) break
  }
  return head !== undefined && /[^su]s$/.test(head)
}

const aimNouns = new Set(aims.aimNouns)
const workUnderWay = new Set(aims.workUnderWay)
const hopeVerbs = new Set(aims.hopeVerbs)
const teamBuilding = new Set(aims.teamBuilding)
const teamNouns = new Set(aims.teamNouns)

/**
 * Whether the praise sits in a stated aim ("our aim is to…", "our mission to…", "what we
 * hope will be…"), in work under way ("we're making…"), or in a team still to be built or
 * hired ("continue to build out a world-class team", "we're hiring top-notch engineers").
 */
function aspiration(sentence: Sentence, first: number, last: number): boolean {
  const words = wordsOf(sentence)
  const before = words.filter((word) => word.index < first).map((word) => normal(word.node))
  for (let index = 0; index + 1 < before.length; index++) {
    if (!aimNouns.has(before[index]!)) continue
    // "our aim is to…", "our mission to build…"
    if (before[index + 1] === 'to' || (/^(?:is|was|are)$/.test(before[index + 1]!) && before[index + 2] === 'to')) return true
  }
  // "what we hope will be a world-class service", "we aspire to be…"
  for (let index = 0; index + 1 < before.length; index++) {
    if (hopeVerbs.has(before[index]!) && /^(?:will|would|to|can|could)$/.test(before[index + 1]!)) return true
  }
  // "We're making our libraries world-class": work in progress, not there yet.
  for (let index = 0; index + 1 < before.length; index++) {
    if (/^(?:we're|we|are)$/.test(before[index]!) && workUnderWay.has(before[index + 1]!)) return true
  }
  // A team the company is building or hiring for: the praised words name people, and the
  // verb is an infinitive or under way ("to build out a…", "we're hiring…"), not done
  // ("We hired world-class people" is still a claim).
  const after = words.filter((word) => word.index > last).slice(0, 3).map((word) => normal(word.node))
  if (!after.some((word) => teamNouns.has(word))) return false
  const near = before.slice(-6)
  for (let index = 1; index < near.length; index++) {
    if (!teamBuilding.has(near[index]!)) continue
    const previous = near[index - 1]!
    if (previous === 'to' || (/ing$/.test(near[index]!) && /^(?:we're|we|are|am|is|been)$/.test(previous))) return true
  }
  return false
}

/** Whether the praise is what the writer turns down: "stable technology over cutting-edge". */
function rejected(sentence: Sentence, first: number): boolean {
  const before = wordsOf(sentence).filter((word) => word.index < first).slice(-2).map((word) => normal(word.node))
  const last = before[before.length - 1]
  return last === 'over' || (before.length === 2 && /^(?:rather|instead)$/.test(before[0]!) && /^(?:than|of)$/.test(last!))
}

/**
 * Whether a negation comes shortly before the claim: "we aren't the best partner for
 * you", "we can't always be as revolutionary as that" deny the praise rather than claim it.
 */
function negated(sentence: Sentence, first: number): boolean {
  const before = wordsOf(sentence).filter((word) => word.index < first).slice(-8).map((word) => normal(word.node))
  // "second to none", "bar none" are praise themselves, not a denial of what follows.
  return before.some((word, index) => /^(?:not|never|no|nor)$|n['\u2019]t$/.test(word) || (word === 'none' && !/^(?:to|bar)$/.test(before[index - 1] ?? '')))
}

/** Words that report a ranking by someone else: "ranked #1 by the ITIF". */
const rankedBy = /^(?:ranked|rated|named|voted|recognized|recognised|awarded|chosen|selected)$/

/**
 * Whether the sentence backs the claim with a number (not a year), a named source, or a
 * ranking by a named body ("was ranked as the #1 federal website in 2017 by the
 * Information Technology & Innovation Foundation").
 */
function substantiated(sentence: Sentence, first: number, last: number, brands: BrandMatcher): boolean {
  const words = wordsOf(sentence)
  const ranked = words.findIndex((word) => word.index < first && rankedBy.test(normal(word.node)))
  // "The Financial Times named Brightpath one of…": a named source as the subject.
  if (ranked > 0 && ranked <= 5 && words.slice(0, ranked).every((word, position) => (position === 0 && normal(word.node) === 'the') || (/^[A-Z]/.test(textOf(word.node)) && !/ly$/.test(normal(word.node))))) {
    const subject = words.slice(0, ranked).map((word) => normal(word.node))
    const end = words[ranked]!.index
    if (!subject.some((word) => /^(?:we|our|us)$/.test(word)) && !brands.find(sentence).some(([from]) => from < end)) return true
  }
  if (ranked !== -1) {
    const by = words.findIndex((word, position) => position > ranked && word.index > last && normal(word.node) === 'by')
    const source = by === -1 ? undefined : words.slice(by + 1, by + 3).find((word) => normal(word.node) !== 'the')
    if (source && /^[A-Z]/.test(textOf(source.node))) return true
  }
  // "AV Preeminent rated by Martindale-Hubbell": the rating and its named source right after the claim.
  const after = words.findIndex((word) => word.index > last)
  const byWord = words[after + 1]
  if (after !== -1 && byWord !== undefined && rankedBy.test(normal(words[after]!.node)) && normal(byWord.node) === 'by') {
    const source = words.slice(after + 2, after + 4).find((word) => normal(word.node) !== 'the')
    if (source && /^[A-Z]/.test(textOf(source.node))) return true
  }
  // "the most powerful online survey platform": a source word in the noun the claim praises
  // is that noun, not the claim's proof.
  const praisedNoun = new Set(words.filter((word, position) => word.index > last && position <= after + 2 && position >= after).map((word) => word.node as SentenceContent))
  return sentence.children.some((node, index) => {
    if (index >= first && index <= last) return false
    if (node.type !== 'WordNode') return false
    const value = normal(node)
    if (substantiation.has(value) && !(value === 'survey' && praisedNoun.has(node))) return true
    // "farms within 30 miles", "a 10-minute walk": a distance or a walk describes, it does not back a claim.
    // A number starts with a digit: "B2B", "Web3" and "S3" are names, not figures, and so
    // are "3D", "4K", "5G", "2FA" and "3PL".
    if (!/^\d/.test(value) || year.test(value) || /^\d(?:d|k|g|fa|pl)$/.test(value)) return false
    const next = nextWord(sentence, index)
    return !distance.test(value) && !distance.test(next) && !(/^\d+-(?:minute|min|hour)$/.test(value) && travel.test(next))
  })
}

/** A distance after a number, or joined to it ("30 miles", "5-km"). */
const distance = /^(?:\d+-)?(?:miles?|mi|km|kms|kilometres?|kilometers?|metres?|meters?|feet|ft|yards?|blocks?)$/
/** A travel time: "a 10-minute walk". */
const travel = /^(?:walk|drive|ride|commute|flight|journey|trip)$/

/** The lower-case word after the node at `index`, past white space (or ""). */
function nextWord(sentence: Sentence, index: number): string {
  for (let at = index + 1; at < sentence.children.length && at <= index + 2; at++) {
    const node = sentence.children[at]!
    if (node.type === 'WordNode') return normal(node)
    if (node.type !== 'WhiteSpaceNode') return ''
  }
  return ''
}

export const rule: RuleModule<BragOptions> = {meta, plugin: retextYoufirstBrag}
