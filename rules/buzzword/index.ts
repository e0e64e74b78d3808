/**
 * buzzword: corporate jargon with a plain replacement ("utilize" → "use", "in order to" →
 * "to", "leverage" → "use") or none ("synergy", "holistic", "solutions").
 * Documentation: ./README.md. Term list: ./buzzwords.json.
 *
 * Words that are plain English in another sense are checked in context: only the verb
 * "leverage" (not "financial leverage"), not "in order" meaning sorted, not "facilitate a
 * workshop", "robust" only when the company describes its own offering, "solutions" only as
 * product jargon ("payroll solutions", not "cleaning solutions").
 */
import type {Paragraph, Sentence} from 'nlcst'
import type {VFile} from 'vfile'
import {deleteModifier, verbatimRange} from '../../src/prose/edit.js'
import {matchCase} from '../../src/prose/inflect.js'
import {BrandMatcher, isSelfWord} from '../../src/prose/references.js'
import {report, ruleUrl, type RuleMeta, type RuleModule, type SharedOptions, type Transformer, entryListSchema, stringListSchema} from '../../src/prose/rule.js'
import {readTokens} from '../../src/prose/clause.js'
import {isEnglish, pageTitle} from '../../src/prose/genre.js'
import {blockData, eachSentence, normal, type PhraseEntry, PhraseMatcher, phraseWords, quotedChildren, textOf, wordsOf} from '../../src/prose/words.js'
import type {Edit, Suggestion} from '../../src/types.js'
import data from './buzzwords.json' with {type: 'json'}

export type BuzzwordSense = 'verb' | 'purpose' | 'notEvent' | 'self' | 'modified' | 'ofPhrase' | 'taken'

export interface BuzzwordTerm {
  /** The term as messages name it. */
  term: string
  /** Each form as written, and its plain replacement (null: none). Defaults to {term: null}. */
  forms?: Record<string, string | null>
  /** Second-best replacements, by form. */
  also?: Record<string, string>
  /** Whether the replacement is safe to apply automatically (else it is a suggestion). */
  fix?: boolean
  /** The term is a modifier that can simply be deleted; `forms` gives the fallback. */
  delete?: boolean
  /** What to do instead, for terms without a replacement. */
  advice?: string
  sense?: BuzzwordSense
  unlessNext?: string[]
  onlyNext?: string[]
  unlessPrev?: string[]
}

export interface BuzzwordOptions extends SharedOptions {
  /** Extra terms: a word or phrase (reported with general advice), or a full entry. */
  terms?: Array<string | BuzzwordTerm>
  /** Built-in terms not to flag (by `term`, or by any of its forms). */
  allow?: string[]
}

export const meta: RuleMeta = {
  id: 'buzzword',
  description: 'Corporate jargon such as "utilize", "leverage", "synergy" and "holistic solutions", with plain replacements.',
  url: ruleUrl('buzzword'),
  defaultSeverity: 'warn',
  fixable: true,
  hasSuggestions: true,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      terms: entryListSchema({
        type: 'object',
        additionalProperties: false,
        required: ['term'],
        properties: {
          term: {type: 'string', minLength: 1},
          forms: {type: 'object', additionalProperties: {type: ['string', 'null']}},
          also: {type: 'object', additionalProperties: {type: 'string'}},
          fix: {type: 'boolean'},
          delete: {type: 'boolean'},
          advice: {type: 'string'},
          sense: {enum: ['verb', 'purpose', 'notEvent', 'self', 'modified', 'ofPhrase', 'taken']},
          unlessNext: {type: 'array', items: {type: 'string'}},
          onlyNext: {type: 'array', items: {type: 'string'}},
          unlessPrev: {type: 'array', items: {type: 'string'}}
        }
      }),
      allow: stringListSchema
    }
  }
}

interface Entry extends PhraseEntry {
  term: BuzzwordTerm
  replacement: string | null
  also?: string
}

const eventNouns = new Set<string>(data.eventNouns)
const sortedVerbs = new Set<string>(data.sortedVerbs)
const literalSolutions = new Set<string>(data.literalSolutions)
const jargonSolution = new Set<string>(data.jargonSolution)
const functionWords = new Set<string>(data.functionWords)
const productVerbs = new Set<string>(data.productVerbs)
const infinitiveVerbs = new Set<string>(data.infinitiveVerbs)
const infinitiveNouns = new Set<string>(data.infinitiveNouns)
const productNouns = new Set<string>(data.productNouns)
const gainObjects = new Set<string>(data.gainObjects)
const solveVerbs = new Set<string>(data.solveVerbs)

/** Words before a base-form "leverage" that make it a verb: "to leverage", "we can leverage". */
const verbContext = new Set([
  'to', 'we', 'you', 'they', 'i', 'can', 'could', 'will', 'would', 'should', 'must', 'may', 'might', "let's", "we'll",
  "you'll", "they'll", "can't", 'cannot', "don't", "doesn't", "didn't", "won't", 'and', 'or', 'also', 'easily', 'fully',
  'better', 'simply', 'quickly', 'then', 'help', 'helps', 'lets', 'please', 'how', 'that', 'which', 'who'
])
/** Verbs ending in -s that take the noun "leverage" as their object ("gains leverage"). */
const nounAfterVerb = new Set([
  'has', 'was', 'is', 'does', 'gains', 'uses', 'needs', 'lacks', 'provides', 'offers', 'gives', 'increases', 'reduces',
  'adds', 'creates', 'builds', 'seeks', 'wants', 'brings', 'loses', 'applies', 'limits', 'caps', 'measures', 'takes',
  'employs', 'requires', 'allows', 'its', 'this', 'us', 'less', 'plus'
])
/** Words after "leverage" that show it has no object, so it is the noun ("leverage in talks"). */
const notObject = new Set([
  'in', 'on', 'at', 'for', 'of', 'with', 'up', 'over', 'against', 'ratio', 'ratios', 'from', 'to', 'than', 'into', 'is',
  'are', 'was', 'were', 'and', 'or', 'when', 'if'
])
const determiners = new Set([
  'the', 'a', 'an', 'its', 'their', 'our', 'your', 'his', 'her', 'much', 'more', 'less', 'some', 'any', 'no',
  'financial', 'operating', 'enough'
])
/** "leveraged" as an adjective: "a leveraged buyout", "highly leveraged". */
const leveragedNouns = new Set([
  'buyout', 'buyouts', 'loan', 'loans', 'etf', 'etfs', 'fund', 'funds', 'position', 'positions', 'finance', 'financing',
  'trading', 'recapitalization', 'lease', 'bet', 'bets', 'product', 'products', 'investment', 'investments', 'token',
  'tokens', 'trade', 'trades', 'portfolio', 'portfolios'
])
/** Verbs whose "solutions" are answers: "find solutions", "propose solutions". */
const answerVerbs = new Set([
  'find', 'finds', 'finding', 'found', 'propose', 'proposes', 'proposed', 'proposing', 'explore', 'explores', 'exploring',
  'discuss', 'discusses', 'discussing', 'suggest', 'suggests', 'suggested', 'suggesting', 'identify', 'identifies',
  'identifying', 'seek', 'seeks', 'seeking', 'brainstorm', 'brainstorming', 'consider', 'considering', 'evaluate',
  'evaluating', 'compare', 'comparing', 'weigh', 'weighing', 'share', 'sharing', 'offered', 'possible', 'have', 'has',
  'had'
])
const ofPhrasePrev = new Set([
  'the', 'its', 'their', 'our', 'your', 'his', 'her', 'efficient', 'better', 'full', 'effective', 'optimal', 'proper',
  'maximum', 'greater', 'increased', 'improved'
])

function compile(item: string | BuzzwordTerm): BuzzwordTerm {
  return typeof item === 'string' ? {term: item, forms: {[item]: null}} : item
}

export default function retextYoufirstBuzzword(options: BuzzwordOptions = {}): Transformer {
  const allow = new Set((options.allow ?? []).map((word) => word.toLowerCase()))
  const entries: Entry[] = []
  for (const term of [...(data.terms as unknown as BuzzwordTerm[]), ...(options.terms ?? []).map(compile)]) {
    if (allow.has(term.term.toLowerCase())) continue
    for (const [form, replacement] of Object.entries(term.forms ?? {[term.term]: null})) {
      if (allow.has(form.toLowerCase())) continue
      const also = term.also?.[form]
      entries.push({phrase: form, words: phraseWords(form), term, replacement, ...(also ? {also} : {})})
    }
  }
  const matcher = new PhraseMatcher(entries)
  const brands = new BrandMatcher(options.brands ?? [])

  /** The terms a title or heading names as its topic (see the transformer below). */
  function topicsOf(heading: Paragraph): Topics {
    const topics: Topics = {terms: new Set(), pairs: new Set()}
    for (const sentence of heading.children) {
      if (sentence.type !== 'SentenceNode') continue
      const words = wordsOf(sentence)
      for (const {entry, to} of matcher.match(words)) {
        const next = to + 1 < words.length ? normal(words[to + 1]!.node) : undefined
        if (entry.words.length > 1) topics.terms.add(entry.term)
        else if (next !== undefined && /^[a-z][a-z-]*$/.test(next) && !functionWords.has(next)) topics.pairs.add(topicKey(entry.term, next))
      }
    }
    return topics
  }

  return function (tree, file) {
    // The word lists are English: in other languages "solutions" is just a word.
    if (!isEnglish(tree)) return
    // A term of two or more words in the page title (front matter, <title> or h1) names the
    // page's subject ("Digital transformation platforms compared"): the term of art the
    // reader came for, not jargon. So does a single word with the word after it when that is
    // a content word ("How to Streamline Business Processes": the topic is *streamline
    // business processes*, in any form). A single word alone ("Leverage your data") is still
    // jargon. A section heading names its section's topic with a term of two or more words
    // ("## IT transformation vs digital transformation"), up to the next heading of its
    // level; a single word there is the writer's choice ("### Streamline approvals").
    const title = pageTitle(tree)
    const kind = title ? blockData(title) : undefined
    const page = title && (kind?.kind !== 'heading' || kind.depth === 1) ? topicsOf(title) : undefined
    const sections: Array<{depth: number; topics: Topics}> = []
    let current: Paragraph | undefined
    const isTopic = (term: BuzzwordTerm, next: string | undefined) => {
      if (page !== undefined && (page.terms.has(term) || (next !== undefined && page.pairs.has(topicKey(term, next))))) return true
      return sections.some((section) => section.topics.terms.has(term))
    }
    eachSentence(tree, (sentence, paragraph) => {
      const data = blockData(paragraph)
      if (paragraph !== current) {
        current = paragraph
        if (data?.kind === 'heading') {
          const depth = data.depth ?? 1
          while (sections.length > 0 && sections[sections.length - 1]!.depth >= depth) sections.pop()
          sections.push({depth, topics: topicsOf(paragraph)})
        }
      }
      if (data?.quote) return
      const words = wordsOf(sentence)
      const norms = words.map((word) => normal(word.node))
      const matches = matcher.match(words).filter(({entry, to}) => !isTopic(entry.term, norms[to + 1]))
      if (matches.length === 0) return
      const quoted = quotedChildren(paragraph)

      for (const {entry, from, to} of matches) {
        const first = words[from]!.index
        const last = words[to]!.index
        if (quoted.has(sentence.children[first]!)) continue
        const term = entry.term
        const previous = norms[from - 1]
        const next = norms[to + 1]
        const spaceAfter = to + 1 < words.length && gap(sentence, last, words[to + 1]!.index) === ' '
        if (term.unlessNext && next !== undefined && spaceAfter && term.unlessNext.includes(next)) continue
        // "seamless aluminium gutters": one word of material or colour may stand between.
        const after = norms[to + 2]
        if (term.unlessNext && after !== undefined && spaceAfter && gap(sentence, words[to + 1]!.index, words[to + 2]!.index) === ' ' && term.unlessNext.includes(after) && !functionWords.has(next!) && !functionWords.has(after)) continue
        if (term.onlyNext && !(next !== undefined && spaceAfter && term.onlyNext.includes(next))) continue
        if (term.unlessPrev && previous !== undefined && term.unlessPrev.includes(previous)) continue
        if (term.sense && !inSense(term.sense, entry, sentence, words, norms, from, to, brands)) continue

        const actual = text(sentence, first, last)
        // "facilitating efficiency savings": "easing" would read as reducing the gain, so the
        // swap is only offered.
        const offerOnly = term.sense === 'notEvent' && gainObject(norms, to + 1)
        const result = rewrite(file, sentence, entry, first, last, actual, offerOnly)
        report(file, {
          ruleId: meta.id,
          url: meta.url,
          start: sentence.children[first]!,
          end: sentence.children[last]!,
          actual,
          expected: result.expected,
          reason: result.reason,
          ...(result.fix ? {fix: result.fix} : {}),
          ...(result.suggestions.length > 0 ? {suggestions: result.suggestions} : {})
        })
      }
    })
  }
}

/**
 * Whether the word at sentence child `child` modifies the noun after it ("payroll
 * solutions", "custom solutions", "ticketing solutions") rather than governing it: a verb
 * ("build solutions", "see solutions that…", "focus on developing solutions"), a preposition
 * or a conjunction ("kinds of solutions", "problems and solutions"). Without a modifier,
 * "solutions" is as often answers as products; the caller has already taken verbs of making
 * and selling ("build solutions") and product nouns ("apps and solutions") as jargon.
 */
function isModifier(sentence: Sentence, child: number): boolean {
  const tokens = readTokens(sentence)
  let index = tokens.length - 1
  while (index >= 0 && tokens[index]!.child !== child) index--
  const token = tokens[index]
  if (!token) return true
  if (/^(?:IN|TO|CC|DT|PRP|WDT|WP|MD|VB|VBP|VBZ)$/.test(token.tag)) return false
  if (token.tag !== 'VBG' && token.tag !== 'VBD') return true
  // "ticketing solutions", "our integrated solutions" name a kind of solution; "for building
  // solutions", "we're developing solutions", "we built solutions" are the verb.
  const before = tokens[index - 1]
  if (!before?.word) return true
  return !(/^(?:IN|TO|VBP|VBZ|VBD|MD|PRP)$/.test(before.tag) || /^(?:'re|are|is|'s|am|was|were|be|been)$/.test(before.lower))
}

/** Whether the object from `from` names a gain within its first words ("efficiency savings", "a range of areas of improvement"). */
function gainObject(norms: string[], from: number): boolean {
  for (let index = from; index < norms.length && index < from + 8; index++) {
    if (gainObjects.has(norms[index]!)) return true
    if (/^(?:and|but|so|which|that|while|because)$/.test(norms[index]!)) return false
  }
  return false
}

interface Topics {
  terms: Set<BuzzwordTerm>
  pairs: Set<string>
}

function topicKey(term: BuzzwordTerm, next: string): string {
  return `${term.term}\u0000${next}`
}

/** The text between two sentence children (exclusive), as written. */
function gap(sentence: Sentence, from: number, to: number): string {
  let value = ''
  for (let index = from + 1; index < to; index++) value += textOf(sentence.children[index]!)
  return value
}

function text(sentence: Sentence, first: number, last: number): string {
  let value = ''
  for (let index = first; index <= last; index++) value += textOf(sentence.children[index]!)
  return value
}

/** Whether the match is the jargon sense of the term. */
function inSense(
  sense: BuzzwordSense,
  entry: Entry,
  sentence: Sentence,
  words: ReturnType<typeof wordsOf>,
  norms: string[],
  from: number,
  to: number,
  brands: BrandMatcher
): boolean {
  const form = entry.phrase
  const previous = norms[from - 1]
  const next = norms[to + 1]
  const adjacent = (a: number, b: number) => gap(sentence, words[a]!.index, words[b]!.index) === ' '
  const hasNext = next !== undefined && adjacent(to, to + 1)
  const hasPrevious = previous !== undefined && adjacent(from - 1, from)

  switch (sense) {
    case 'verb': {
      // Only the verb: "Leverage your price lists", "to leverage data", "leverages weather data".
      if (form === 'leverage') {
        // After a plural subject: "Our solutions leverage synergies" (not "has leverage", "gains leverage").
        const pluralSubject =
          hasPrevious && /[a-z][^s']s$/.test(previous) && !nounAfterVerb.has(previous) && !determiners.has(previous)
        const verbLike = from === 0 || (hasPrevious && verbContext.has(previous)) || pluralSubject
        return verbLike && hasNext && !notObject.has(next) && !(hasPrevious && determiners.has(previous))
      }
      if (hasPrevious && determiners.has(previous)) return false
      if (form === 'leveraged') {
        if (hasPrevious && /^(?:highly|over|more|less|most|fully|heavily)$/.test(previous)) return false
        if (hasNext && leveragedNouns.has(next)) return false
      }
      return true
    }
    case 'purpose': {
      // Not "Keep your receipts in order to avoid…": "in order" may mean sorted.
      for (let index = from - 1; index >= 0 && index >= from - 6; index--) {
        if (!adjacent(index, index + 1)) break
        if (sortedVerbs.has(norms[index]!)) return false
      }
      // Not "They knew in order to succeed they had to…": after a verb that takes "to", the
      // phrase keeps "to" from reading as that verb's complement ("knew to succeed").
      if (previous !== undefined && adjacent(from - 1, from) && infinitiveVerbs.has(previous)) return false
      // Not "approaches technology in traditional ways in order to think…": after a noun of
      // manner or time, plain "to" would read as its complement ("ways to think", "by time to
      // lift"); after most nouns it reads as the same purpose ("tools to create").
      if (previous !== undefined && adjacent(from - 1, from) && infinitiveNouns.has(previous)) return false
      return true
    }
    case 'notEvent': {
      // Not "facilitated the workshop" (ran it), nor "facilitated by" (unclear who eased what).
      if (next === 'by') return false
      // The event may come after a few modifiers: "a 30-minute goal-setting session".
      for (let index = to + 1; index < norms.length && index <= to + 5; index++) {
        if (/^(on|of|for|with|in|to|from|about)$/.test(norms[index]!)) break
        if (eventNouns.has(norms[index]!)) return false
      }
      return true
    }
    case 'self': {
      // The company describing its own offering: "our robust platform", "Acme's platform
      // offers robust security", "We utilize robust tools". The company opens the sentence,
      // or "our"/"we" stands just before the word.
      const isSelf = (index: number) => isSelfWord(words[index]!.node, sentence)
      const found = brands.find(sentence)
      const brandStart = found[0]
      if (isSelf(0) || (brandStart !== undefined && brandStart[0] === words[0]!.index)) return true
      // "You get a robust, future-proof platform": the company's offering, handed to the reader.
      if (/^(?:you|you'll)$/.test(norms[0] ?? '') && /^(?:get|receive)$/.test(norms[1] ?? '') && from >= 2 && from <= 5 && /^(?:a|an)$/.test(norms[2] ?? '')) return true
      for (let index = from - 1; index >= 0 && index >= from - 3; index--) if (isSelf(index)) return true
      // "Built by former engineers, Tallyo delivers next-generation performance": a brand just before.
      const near = words[Math.max(0, from - 3)]!.index
      return found.some(([start]) => start >= near && start < words[from]!.index)
    }
    case 'modified': {
      // "payroll solutions", "our solutions"; not "cleaning solutions", "a simple solution", "solutions to".
      if (hasNext && (next === 'to' || next === 'of')) return false
      if (!hasPrevious) return false
      // "Director of Custom Partner Solutions": a capitalised name inside a sentence.
      if (from > 0 && /^[A-Z]/.test(textOf(words[from]!.node)) && /^[A-Z]/.test(textOf(words[from - 1]!.node)) && !words.slice(0, from).every((word) => /^[A-Z]/.test(textOf(word.node)))) return false
      if (previous === 'our') return true
      if (literalSolutions.has(previous) || answerVerbs.has(previous) || /^\d/.test(previous)) return false
      if (form === 'solution') {
        // "an end-to-end solution", and "a seamless, end-to-end fulfilment solution": a jargon
        // word among the modifiers, back to the article.
        for (let index = from - 1; index >= 0 && index >= from - 3; index--) {
          const word = norms[index]!
          if (jargonSolution.has(word)) return true
          if (determiners.has(word) || !/^[a-z][a-z-]*$/.test(word)) return false
        }
        return false
      }
      if (determiners.has(previous) || /^(?:this|that|these|those|which|what)$/.test(previous) || !/^[a-z][a-z-]*$/i.test(previous)) return false
      // "create solutions that genuinely solve core business problems": answers, unless a
      // modifier makes them products ("custom solutions that don't solve…").
      if (hasNext && /^(?:that|which)$/.test(next) && norms.slice(to + 2, to + 5).some((word) => solveVerbs.has(word)) && !isModifier(sentence, words[from - 1]!.index)) return false
      if (productVerbs.has(previous) || textOf(words[from - 1]!.node) === 'IT') return true
      // "apps and solutions", "tools or solutions".
      if ((previous === 'and' || previous === 'or') && from >= 2 && productNouns.has(norms[from - 2]!)) return true
      return isModifier(sentence, words[from - 1]!.index)
    }
    case 'taken': {
      // "Take your brand to the next level"; not "the stairs to the next level".
      for (let index = from - 1; index >= 0 && index >= from - 5; index--) {
        if (/^(?:stairs|steps|lift|elevator|escalator|ramp)$/.test(norms[index]!)) return false
        if (/^(?:take|takes|taking|took|taken)$/.test(norms[index]!)) return true
      }
      return false
    }
    case 'ofPhrase': {
      // "the utilization of space"; not "CPU utilization".
      return hasNext && next === 'of' && hasPrevious && ofPhrasePrev.has(previous)
    }
  }
  return true
}

interface Rewrite {
  reason: string
  expected: string[]
  fix?: Edit
  suggestions: Suggestion[]
}

function rewrite(file: VFile, sentence: Sentence, entry: Entry, first: number, last: number, actual: string, offerOnly = false): Rewrite {
  const term = entry.term
  const quoted = `“${actual}”`
  const replacement = entry.replacement === null ? undefined : matchCase(actual, entry.replacement)
  const also = entry.also === undefined ? undefined : matchCase(actual, entry.also)
  const range = verbatimRange(file, sentence, first, last)

  if (term.delete) {
    // "seamless syncing" → "syncing"; "a seamless check-in" → "a smooth check-in".
    const before = sentence.children[first - 2]
    const afterArticle = before?.type === 'WordNode' && /^an?$/i.test(textOf(before))
    const deletion = afterArticle && replacement !== undefined ? undefined : deleteModifier(file, sentence, first, last)
    const fallback = replacement !== undefined && range ? {range, text: replacement} : undefined
    const fix = term.fix === false ? undefined : (deletion ?? fallback)
    const expected = deletion ? ['', ...(replacement ? [replacement] : [])] : replacement ? [replacement] : ['']
    return {
      reason: replacement
        ? `${quoted} is jargon that tells the reader nothing: cut it, or write “${replacement}”`
        : `${quoted} is jargon that tells the reader nothing: cut it, or show what makes it so`,
      expected,
      ...(fix ? {fix} : {}),
      suggestions: []
    }
  }

  if (replacement !== undefined) {
    const edit = range ? {range, text: replacement} : undefined
    const suggestions: Suggestion[] = []
    let fix: Edit | undefined
    if (edit && term.fix === true && !offerOnly) fix = edit
    else if (edit) suggestions.push({desc: `Replace ${quoted} with “${replacement}”`, fix: edit})
    if (also && range) suggestions.push({desc: `Replace ${quoted} with “${also}”`, fix: {range, text: also}})
    const advice = term.advice ? `: ${term.advice}, or write “${replacement}”` : `: write “${replacement}”`
    return {reason: `${quoted} is jargon${advice}`, expected: [replacement, ...(also ? [also] : [])], ...(fix ? {fix} : {}), suggestions}
  }

  return {
    reason: `${quoted} is jargon: ${term.advice ?? 'say plainly what the reader gets'}`,
    expected: [],
    suggestions: empowerSuggestion(file, sentence, entry, last)
  }
}

/** "empowers you to plan" → "lets you plan", offered as a suggestion. */
function empowerSuggestion(file: VFile, sentence: Sentence, entry: Entry, last: number): Suggestion[] {
  if (entry.term.term !== 'empower' || !/^empowers?$/.test(entry.phrase)) return []
  const children = sentence.children
  const object = children[last + 2]
  const to = children[last + 4]
  if (object?.type !== 'WordNode' || to?.type !== 'WordNode' || children[last + 5]?.type !== 'WhiteSpaceNode') return []
  if (!/^(?:you|them|us|teams|people|everyone)$/i.test(textOf(object)) || normal(to) !== 'to') return []
  const range = verbatimRange(file, sentence, last, last + 5)
  if (!range) return []
  const verb = matchCase(textOf(children[last]!), entry.phrase === 'empowers' ? 'lets' : 'let')
  const replacement = `${verb} ${textOf(object)} `
  return [{desc: `Replace “${text(sentence, last, last + 5)}” with “${replacement.trim()}”`, fix: {range, text: replacement}}]
}

export const rule: RuleModule<BuzzwordOptions> = {meta, plugin: retextYoufirstBuzzword}
