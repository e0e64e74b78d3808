/**
 * third-person-customer: copy that talks about the reader instead of to them ("Our customers
 * can export reports", "Each member gets a locker", "We protect customers' data").
 * Documentation: ./README.md. Word lists: ./nouns.json, ./verbs.json.
 *
 * The rule looks for a customer noun (data) in a position where it stands for the reader:
 * the subject of a present-tense or modal verb, the object of a verb such as "send" or
 * "help", a possessive, or the subject of a question. Everything else is left alone:
 * numbers and quantifiers ("Over 3,000 customers"), someone else's customers ("your
 * users"), compounds ("customer portal"), places and clauses that narrow the group
 * ("customers in Canada"), past events, praise framing ("Our customers love us"), quotes.
 *
 * The rewrite to "you" is an automatic fix only when the verb agreement and every pronoun
 * that follows are known; otherwise it is offered as a suggestion.
 */
import type {Paragraph, Root, Sentence} from 'nlcst'
import type {VFile} from 'vfile'
import {verbatimRange} from '../../src/prose/edit.js'
import {matchCase, thirdPerson, thirdPersonIndex} from '../../src/prose/inflect.js'
import {isCustomerQuestion} from '../../src/prose/focus.js'
import {BrandMatcher, isReaderWord} from '../../src/prose/references.js'
import {report, ruleUrl, type RuleMeta, type RuleModule, type SharedOptions, type Transformer, entryListSchema, stringListSchema} from '../../src/prose/rule.js'
import {blockData, eachSentence, normal, quotedChildren, textOf, wordsOf} from '../../src/prose/words.js'
import {isArticle, isDocumentation, isHandbook, isJobAd, isPolicyPage} from '../../src/prose/genre.js'
import type {Edit} from '../../src/types.js'
import nounData from './nouns.json' with {type: 'json'}
import verbData from './verbs.json' with {type: 'json'}
// The nouns by which a company names itself ("the firm", "the practice"), as we-focus reads them.
import companyData from '../we-focus/words.json' with {type: 'json'}

export interface CustomerNoun {
  singular: string
  plural: string
  /** Whether "our" + the noun means the reader (default true; false for "our volunteers"). */
  our?: boolean
  /** Whether a brand + the noun means the reader (default true; false for "Acme members", who may be staff). */
  brand?: boolean
}

export interface ThirdPersonCustomerOptions extends SharedOptions {
  /** Extra customer nouns: a singular (plural + "s") or {singular, plural, our?}. */
  nouns?: Array<string | CustomerNoun>
  /** Built-in nouns not to flag (singular or plural). */
  allow?: string[]
}

export const meta: RuleMeta = {
  id: 'third-person-customer',
  description: 'Copy that talks about the reader in the third person ("Our customers can…") instead of to them ("You can…").',
  url: ruleUrl('third-person-customer'),
  defaultSeverity: 'warn',
  fixable: true,
  hasSuggestions: true,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      nouns: entryListSchema({
        type: 'object',
        additionalProperties: false,
        required: ['singular', 'plural'],
        properties: {
          singular: {type: 'string', minLength: 1},
          plural: {type: 'string', minLength: 1},
          our: {type: 'boolean'},
          brand: {type: 'boolean'}
        }
      }),
      allow: stringListSchema
    }
  }
}

// ---------------------------------------------------------------------------
// Word lists compiled once.

const baseVerbs = new Set<string>([...verbData.base, ...verbData.testimonial, ...verbData.describing])
/** An -ing word that is not a base verb ("travelling", not "bring"): a participle after a noun narrows it. */
function isParticiple(norm: string): boolean {
  return /ing$/.test(norm) && !baseVerbs.has(norm)
}
const haveAdjectives = new Set(verbData.haveAdjectives)
const webNouns = new Set<string>(nounData.webNouns)
const webWords = new Set<string>(nounData.webWords)
const describing = new Set<string>(verbData.describing)
const thirdToBase = thirdPersonIndex(baseVerbs)
const objectVerbs = new Set<string>()
for (const base of verbData.objectVerbs) {
  objectVerbs.add(base)
  objectVerbs.add(thirdPerson(base))
  objectVerbs.add(base.endsWith('e') ? `${base.slice(0, -1)}ing` : `${base}ing`)
}
const testimonial = new Set<string>(verbData.testimonial)
/** Testimonial verbs that name something the reader does when a modal comes first ("can report"). */
const modalActions = new Set(['report', 'review', 'rate', 'vote'])
const ambiguous = new Set<string>(verbData.ambiguous)
const participles = new Set<string>(verbData.participles)
const pastForms = new Set<string>(verbData.past)
const restrictive = new Set<string>(nounData.restrictive)
const states = new Set<string>(verbData.states)
const problems = new Set<string>(verbData.problems)
const hypothetical = new Set(['example', 'e.g.', 'imagine', 'suppose', 'instance', 'hypothetical', 'scenario'])
/** Opening phrases that generalise ("In most cases, users…") or set a scene ("Externally, …"). */
const generalising = new Set([
  'most', 'many', 'some', 'cases', 'case', 'example', 'instance', 'often', 'typically', 'usually', 'generally',
  'however', 'unfortunately', 'otherwise', 'meanwhile', 'externally', 'internally', 'sometimes', 'ideally', 'later'
])

const modals = new Set([
  'can', 'cannot', "can't", 'will', "won't", 'may', 'must', "mustn't", 'should', "shouldn't", 'could', "couldn't",
  'would', "wouldn't", 'might', 'shall'
])
/** Third-person singular be/have/do and the form that goes with "you". */
const agreeing: Record<string, string> = {
  is: 'are', was: 'were', has: 'have', does: 'do', "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't",
  "doesn't": "don't"
}
const pluralAux = new Set(['are', 'were', 'have', 'do', "aren't", "weren't", "haven't", "don't"])
const finite = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'do', 'does', 'did', ...modals])
/** Adverbs that may stand between a subject and its verb ("Our customer always comes first"). */
const adverbs = new Set([
  'always', 'never', 'also', 'only', 'just', 'still', 'often', 'usually', 'automatically', 'instantly', 'immediately',
  'simply', 'easily', 'already', 'now', 'then', 'even', 'typically', 'generally', 'sometimes', 'soon', 'securely',
  'directly', 'safely', 'freely', 'quickly', 'not', 'no', 'longer', 'kindly', 'politely'
])
const companyNouns = new Set(companyData.companyNouns)
/** What a relative clause may say of a group with "are" ("Clients who are unable to attend…"). */
const groupStates = new Set(['unable', 'able', 'eligible', 'entitled', 'unsure'])
/** Words after which a new clause, and so a subject, may start. */
const boundaryWords = new Set([
  'if', 'when', 'whenever', 'once', 'after', 'before', 'while', 'until', 'unless', 'because', 'so', 'as', 'then',
  'but', 'that', 'where', 'what', 'how', 'why', 'since', 'though', 'although', 'now', 'today', 'here', 'sure',
  'ensure', 'ensures', 'means', 'mean', 'believe', 'think', 'know'
])
const conditional = new Set(['if', 'when', 'whenever', 'once', 'unless'])
/**
 * Whether the noun phrase starting at word `start` is "our <noun>" opening the sentence or
 * following an opening phrase and a comma ("In the meantime, our users can…"), not inside
 * a reported clause ("insights into how our users use Kubernetes").
 */
function opensWithOurs(words: Word[], start: number): boolean {
  // "Our customers…", "Our trade customers…": "our", perhaps with a restrictive adjective.
  const before = restrictive.has(words[start - 1]?.norm ?? '') ? start - 1 : start
  const our = words[start]?.norm === 'our' ? start : words[before - 1]?.norm === 'our' ? before - 1 : -1
  if (our === -1) return false
  return our === 0 || /,/.test(words[our]!.gap)
}

/**
 * Predicates after is/are that offer the group something ("New patients are welcome to book…")
 * or ask something of it ("New patients are asked to complete…"): both are addressed to the reader.
 */
const offers = new Set(['welcome', 'eligible', 'entitled', 'invited', 'encouraged', 'able', 'asked', 'required', 'advised', 'requested'])
/** Passives of giving: "New clients are offered a free consultation", "Patients are given a leaflet". */
const receipts = new Set(['offered', 'given', 'sent', 'assigned', 'allocated', 'granted', 'emailed', 'texted'])
/**
 * Whether `after` (the words after is/are) offers something: "welcome to", "eligible for",
 * or a passive of giving with its object ("offered a free consultation").
 */
function offered(after: Word[]): boolean {
  const [first, second] = after
  if (first === undefined) return false
  if (receipts.has(first.norm)) return second !== undefined && isSpaceGap(second.gap) && objectStart.has(second.norm)
  return offers.has(first.norm) && (second?.norm === 'to' || second?.norm === 'for')
}
const singularDeterminers = new Set(['the', 'a', 'an', 'each', 'every', 'any', 'our'])
/** Words after a customer noun that narrow the group or make it someone else. */
const restrictors = new Set([
  'in', 'from', 'across', 'outside', 'within', 'at', 'on', 'of', 'with', 'without', 'like', 'such', 'including',
  'based', 'located', 'near', 'around', 'throughout', 'worldwide', 'everywhere', 'globally', 'aged', 'over', 'under',
  'between', 'or', 'and', 'whose', 'whom', 'than', 'too', 'alike', 'all', 'both', 'each', 'there', 'here', 'abroad',
  'nationwide', 'who', 'that', 'which', 'themselves'
])
/** Nouns after a possessive that make a name, not a reference to the reader ("user's guide"). */
const possessiveCompounds = new Set([
  'guide', 'guides', 'manual', 'manuals', 'handbook', 'choice', 'association', 'union', 'group', 'forum', 'council',
  'bill', 'charter', 'lounge', 'club'
])
/** Words that may follow a verb: its object, a complement or an adverbial. */
const objectStart = new Set([
  'a', 'an', 'the', 'your', 'our', 'their', 'his', 'her', 'its', 'my', 'this', 'that', 'these', 'those', 'each',
  'every', 'all', 'any', 'no', 'some', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'more', 'less', 'up', 'back', 'out', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'about', 'into', 'over',
  'through', 'when', 'while', 'after', 'before', 'until', 'if', 'as', 'what', 'how', 'first', 'only', 'it', 'them',
  'us', 'you', 'me', 'him', 'nothing', 'everything', 'something', 'anything', 'full', 'online', 'instantly',
  'immediately', 'directly', 'automatically', 'free', 'access', 'unlimited', 'priority', 'exclusive', 'extra', 'double',
  'early', 'personal', 'whether', 'where', 'which', 'own', 'exactly', 'just', 'right', 'again', 'together'
])
/** Stricter than objectStart, for verbs that are also plural nouns ("reviews"). */
const determinerLike = new Set([
  'a', 'an', 'the', 'your', 'our', 'their', 'his', 'its', 'my', 'this', 'these', 'those', 'each', 'every', 'all',
  'any', 'no', 'some', 'one', 'two', 'three', 'it', 'them', 'us', 'you', 'me', 'him'
])
/** Words ending in "s" that are not plural nouns (for pronoun resolution). */
const notPlural = new Set([
  'is', 'was', 'has', 'does', 'this', 'its', 'his', 'hers', 'ours', 'yours', 'theirs', 'always', 'sometimes',
  'perhaps', 'unless', 'across', 'plus', 'thus', 'less', 'as', 'us', 'yes', 'whereas', 'besides', 'towards',
  'afterwards', 'nowadays', 'news', 'bus', 'gas', 'minus', 'various', 'previous', 'serious', 'famous', 'nervous'
])
/** Auxiliaries that open a question, and their form with "you". */
const questionAux: Record<string, string> = {
  does: 'do', do: 'do', is: 'are', are: 'are', has: 'have', have: 'have', was: 'were', were: 'were', "doesn't": "don't",
  "isn't": "aren't", "hasn't": "haven't", can: 'can', will: 'will', may: 'may', should: 'should', could: 'could',
  would: 'would', must: 'must', might: 'might'
}

// ---------------------------------------------------------------------------

type NumberKind = 'singular' | 'plural'

interface NounForm {
  /** Words of the noun before the last one ("account" in "account holder"). */
  before: string[]
  number: NumberKind
  /** The plural, used as the noun's key. */
  key: string
  our: boolean
  brand: boolean
}

interface Word {
  /** Index in sentence.children. */
  index: number
  norm: string
  text: string
  /** Non-word children between the previous word and this one, as text. */
  gap: string
}

/** Replace sentence children `from`..`to` with `text`. */
interface Replacement {
  from: number
  to: number
  text: string
}

interface Found {
  /** Positions in the word list of the flagged text. */
  first: number
  last: number
  replacements: Replacement[]
  /** A pronoun or verb could not be rewritten safely: offer the rewrite as a suggestion only. */
  blocked: boolean
  /** A group narrowed by an adjective or a clause: "you" alone would drop the condition. */
  restricted: boolean
  /** Praise framing ("Our customers love…"): no rewrite to "you". */
  testimonial?: boolean
  /** For restricted groups: a conditional rewrite ("If you pay yearly, you save"), offered as a suggestion. */
  conditional?: Replacement[]
}

interface VerbGroup {
  /** Position of the verb that agrees with the subject (the modal, in "can export"). */
  head: number
  /** Position of the last word of the group ("export" in "can export"). */
  last: number
  replacements: Replacement[]
  testimonial: boolean
}

const isSpaceGap = (gap: string) => gap === '' || /^[ \t]+$/.test(gap)

/** `replacement` in the case and apostrophe style of `original` ("Doesn’t" → "Don’t"). */
function like(original: string, replacement: string): string {
  const cased = matchCase(original, replacement)
  return original.includes('\u2019') ? cased.replace(/'/g, '\u2019') : cased
}

// Tried on every word of the page; a regular-expression literal in the loop would be a new
// object each time.
const possessiveTriggers = /^(?:your|their|our|end|end-users?)$/
const possessiveEnd = /'s$/

function wordList(sentence: Sentence): Word[] {
  const list: Word[] = []
  let gap = ''
  const children = sentence.children
  for (let index = 0; index < children.length; index++) {
    const node = children[index]!
    if (node.type === 'WordNode') {
      list.push({index, norm: normal(node), text: textOf(node), gap})
      gap = ''
    } else {
      gap += textOf(node)
    }
  }
  return list
}

function compileNouns(options: ThirdPersonCustomerOptions): Map<string, NounForm[]> {
  const allow = new Set((options.allow ?? []).map((word) => word.toLowerCase()))
  const entries: CustomerNoun[] = [
    ...(nounData.nouns as CustomerNoun[]),
    ...(options.nouns ?? []).map((noun) => (typeof noun === 'string' ? {singular: noun, plural: `${noun}s`} : noun))
  ].filter((noun) => !allow.has(noun.singular.toLowerCase()) && !allow.has(noun.plural.toLowerCase()))
  const forms = new Map<string, NounForm[]>()
  for (const noun of entries) {
    const key = noun.plural.toLowerCase()
    for (const [form, number] of [
      [noun.singular, 'singular'],
      [noun.plural, 'plural']
    ] as const) {
      const words = form.toLowerCase().trim().split(/\s+/)
      const last = words.pop()!
      const list = forms.get(last) ?? []
      list.push({before: words, number, key, our: noun.our !== false, brand: noun.brand !== false})
      // Longest first: "account holders" before a one-word "holders".
      list.sort((a, b) => b.before.length - a.before.length)
      forms.set(last, list)
    }
  }
  return forms
}

const yourNouns = new Set<string>(nounData.yourNouns)
const childNouns = new Set<string>(nounData.childNouns)
const readerRoles = new Set<string>(nounData.readerRoles)
const buildNouns = new Set<string>(nounData.buildNouns)
/** Page words that give a noun another sense, as word → noun key. */
const pageSenses = new Map<string, string>()
for (const [noun, words] of Object.entries(nounData.pageSenses)) for (const word of words) pageSenses.set(word, noun)

interface PageContext {
  /** The reader has customers of their own ("your app", "your business"). */
  builder: boolean
  /** The page builds something with its own users ("our form" in a tutorial). */
  building: boolean
  othersPeople: Set<string>
  /** Whether the page addresses the reader as "you" anywhere. */
  addressesReader: boolean
}

const senseWords = new Map<string, Set<string>>(Object.entries(nounData.senses).map(([noun, words]) => [noun, new Set(words)]))

/** Words that may follow a build noun without being its head ("our form to", "our table and…"). */
const afterBuildNoun = new Set([
  'to', 'and', 'or', 'with', 'in', 'on', 'for', 'of', 'from', 'by', 'at', 'is', 'are', 'was', 'will', 'can', 'should',
  'that', 'which', 'so', 'we', 'you', 'it', 'as', 'has', 'have', 'now', 'again', 'first', 'below', 'above', 'here'
])

/**
 * Whether `word`, right after a singular build noun, is the head of a compound ("kitchen" in
 * "our test kitchen"); an -s word is the verb ("our form needs…").
 */
function compoundHead(word: {norm: string; gap?: string} | undefined): boolean {
  return word !== undefined && /^[a-z][a-z-]*[^s]$/.test(word.norm) && !afterBuildNoun.has(word.norm) && (word.gap === undefined || isSpaceGap(word.gap))
}

/**
 * What the whole page says about its reader. `builder`: the reader has users or customers
 * of their own ("your app", "your business"); `building`: a tutorial builds something with
 * users of its own ("our form"). `othersPeople`: nouns the page uses for someone else's people
 * ("your users", "their customers", "end users").
 */
function pageContext(tree: Root, nouns: Map<string, NounForm[]>): PageContext {
  const othersPeople = new Set<string>()
  let builder = false
  let building = false
  let services = 0
  let addressesReader = false
  let web = false
  let webOnly = false
  eachSentence(tree, (sentence, paragraph) => {
    if (building) return
    // A customer's quoted words ("Our tables looked like a meadow") say nothing of the page's reader.
    if (blockData(paragraph)?.quote) return
    // One cheap pass over the words; the word list is built only for the few sentences that need it.
    let trigger = false
    for (const node of sentence.children) {
      if (node.type !== 'WordNode') continue
      if (!addressesReader && isReaderWord(node)) addressesReader = true
      const v = normal(node)
      if (!web && webWords.has(v)) web = true
      const sense = pageSenses.get(v)
      if (sense) othersPeople.add(sense)
      if (possessiveTriggers.test(v)) trigger = true
    }
    if (!trigger) return
    const words = wordList(sentence)
    for (let k = 0; k < words.length; k++) {
      const v = words[k]!.norm
      const next = words[k + 1]
      if (!next) continue
      if (v === 'end' && /^users?$/.test(next.norm) && isSpaceGap(next.gap)) othersPeople.add('users')
      if (v === 'end-user' || v === 'end-users') othersPeople.add('users')
      if (v !== 'your' && v !== 'their' && v !== 'our') continue
      // "your app", "your business": the reader has customers of their own, so every customer
      // noun on the page is theirs. "your guests" names only that group (below): a wedding
      // venue's reader has guests, and "Couples can choose…" still means the reader.
      // "your service" alone may be the reader's appointment ("we may need to shorten your
      // service"): it takes two mentions, or another of the nouns.
      if (v === 'your' && yourNouns.has(next.norm) && !nounAt(nouns, words, sentence, k + 1) && !(next.norm === 'service' && words[k - 1]?.norm === 'at')) {
        // "your site" may be a building site and "your code" a switching code: they count
        // only on a page with words of the web or of software.
        if (webNouns.has(next.norm)) webOnly = true
        else if (next.norm !== 'service' || ++services >= 2) builder = true
      }
      // "our form", "our test suite"; not a compound whose head is another noun ("our test
      // kitchen"), nor the noun in another sense before "of" ("our field of membership").
      if (v === 'our' && buildNouns.has(next.norm) && !(!next.norm.endsWith('s') && compoundHead(words[k + 2])) && words[k + 2]?.norm !== 'of') building = true
      if (v === 'our') continue
      for (let n = k + 1; n <= k + 3 && n < words.length; n++) {
        const found = nounAt(nouns, words, sentence, n)
        if (found) {
          // "your family" is the reader's own household: "Each family receives…" still means the reader.
          // "Most children settle faster than their parents expect": the children's parents are the reader.
          const ownHousehold = v === 'your' && /^famil/.test(found.form.key)
          const childrensParents = v === 'their' && /^(?:parent|famil)/.test(found.form.key) && words.slice(0, k).some((word) => childNouns.has(word.norm))
          // "your learner number", "your member ID": a singular noun before another noun is a modifier.
          const modifier = found.form.number === 'singular' && compoundHead(words[n + 1])
          // "your fellow trainees": the group the reader belongs to.
          const fellows = v === 'your' && words[k + 1]!.norm === 'fellow'
          if (!ownHousehold && !childrensParents && !modifier && !fellows) othersPeople.add(found.form.key)
          break
        }
      }
    }
  })
  return {builder: builder || (webOnly && web), building, othersPeople, addressesReader}
}

/** "have" or "has", a past participle, then a figure within five words: a tally of the group's past. */
function isTally(words: Word[], noun: number): boolean {
  const have = words[noun + 1]
  if (!have || !/^(have|has)$/.test(have.norm)) return false
  const verb = words[noun + 2]
  if (!verb || !(/ed$/.test(verb.norm) || /^(taken|made|given|seen|won|grown|done|flown|ridden|driven|written|read|sent|spent|saved|raised|booked|bought|sold|built|run)$/.test(verb.norm))) return false
  return words.slice(noun + 3, noun + 8).some((word) => /^\d/.test(word.text))
}

/** Whether `paragraph` holds a word addressing the reader ("you", "your"). */
function addressesReader(paragraph: Paragraph, cache: Map<Paragraph, boolean>): boolean {
  let result = cache.get(paragraph)
  if (result === undefined) {
    result = paragraph.children.some(
      (sentence) => sentence.type === 'SentenceNode' && sentence.children.some((node) => node.type === 'WordNode' && isReaderWord(node))
    )
    cache.set(paragraph, result)
  }
  return result
}

/** Whether `paragraph` uses the noun in another sense ("the client sends a request to the server"). */
function otherSense(paragraph: Paragraph, key: string, cache: Map<Paragraph, Set<string>>): boolean {
  const words = senseWords.get(key)
  if (!words) return false
  let seen = cache.get(paragraph)
  if (!seen) {
    seen = new Set<string>()
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      for (const node of sentence.children) if (node.type === 'WordNode') seen.add(normal(node))
    }
    cache.set(paragraph, seen)
  }
  for (const word of words) if (seen.has(word)) return true
  return false
}

export default function retextYoufirstThirdPersonCustomer(options: ThirdPersonCustomerOptions = {}): Transformer {
  const nouns = compileNouns(options)
  const brands = new BrandMatcher(options.brands ?? [])

  return function (tree, file) {
    // Policies speak of "users" by law, and handbooks are the team's own; articles and documentation report on users rather
    // than address a buyer, so there only the company's own "our customers…" is reported.
    // A job ad speaks to a candidate: its patients and customers are the people the candidate will serve.
    if (isPolicyPage(tree, file) || isHandbook(tree, file) || isJobAd(file)) return
    const context = pageContext(tree, nouns)
    // A tutorial's "our users" are the users of what it builds.
    if (context.building) return
    // On a page for someone with customers of their own ("your business"), only the
    // company's own "Our clients receive…" still means the reader.
    const onlyOurs = isArticle(file) || isDocumentation(file) || context.builder
    const senses = new Map<Paragraph, Set<string>>()
    const readerParagraphs = new Map<Paragraph, boolean>()

    eachSentence(tree, (sentence, paragraph) => {
      if (blockData(paragraph)?.quote) return
      // Cheap test first: most sentences hold no customer noun.
      let candidate = false
      let ours = false
      let opensPlural = false
      let previous = ''
      const seen: string[] = []
      let firstWord = -1
      let previousWord = -1
      let plural = false
      for (const [index, node] of sentence.children.entries()) {
        if (node.type !== 'WordNode') continue
        if (firstWord === -1) firstWord = index
        const value = normal(node)
        const forms = nouns.get(value.replace(possessiveEnd, ''))
        if (forms) {
          candidate = true
          ours = previous === 'our'
          // A plural that is not a possessive ("customers", not "customers'" or "customer's").
          plural = forms.some((form) => form.key.endsWith(value))
          // The plural opens the sentence, alone or with the words before it ("Business owners").
          opensPlural = forms.some((form) => form.key.endsWith(value) && form.before.length === seen.length && form.before.every((word, at) => word === seen[at]))
          // "Every student receives…", "Each member gets…": the whole group, as the plural is.
          if (seen.length === 1 && /^(every|each)$/.test(seen[0]!) && forms.some((form) => form.number === 'singular' && form.before.length === 0)) opensPlural = true
          // "New clients need…", "Every new franchisee gets…": the same with a restrictive adjective.
          const last = seen.at(-1)
          if (last !== undefined && restrictive.has(last) && forms.some((form) => form.before.length === 0)) {
            if (seen.length === 1 && plural) opensPlural = true
            if (seen.length === 2 && /^(every|each)$/.test(seen[0]!) && forms.some((form) => form.number === 'singular')) opensPlural = true
          }
          break
        }
        previous = value
        previousWord = index
        seen.push(value)
      }
      if (!candidate) return
      // A paragraph that talks to the reader as "you" and of "the customer" means two
      // people ("Send your clients invoices", "Shoppers like you…", "If the customer is
      // ready, you send the contract"); "Our customers can run… You can switch plans" does
      // not, nor does a sentence of its own that opens with the plural ("Customers can order
      // by phone. If a delivery is late, we refund you.").
      if (!ours && addressesReader(paragraph, readerParagraphs)) {
        // "Northwind Bank customers also enjoy…": the company's customers, like "our customers".
        const opensGroup = opensPlural || (plural && previousWord !== -1 && brands.find(sentence).some(([start, end]) => start === firstWord && end === previousWord))
        if (!opensGroup || sentence.children.some((node) => node.type === 'WordNode' && isReaderWord(node))) return
      }

      // An example or a hypothetical sets a scene with someone else's customers.
      // A question in the reader's voice: "Can we freeze our family membership?" is their family.
      if (isCustomerQuestion(sentence) && sentence.children.some((node) => node.type === 'WordNode' && /^(?:we|our|us|i|my|me)$/.test(normal(node)))) return
      // "For instance" is one; "contact your broker in the first instance" (first of all) is not.
      const words = wordsOf(sentence)
      if (words.some(({node}, index) => hypothetical.has(normal(node)) && (normal(node) !== 'instance' || (index > 0 && normal(words[index - 1]!.node) === 'for')))) return
      const analysis = new SentenceAnalysis(sentence, nouns, brands, context)
      const quoted = quotedChildren(paragraph)
      let claimed = -1
      for (let k = 0; k < analysis.words.length; k++) {
        if (k <= claimed) continue
        const noun = nounAt(nouns, analysis.words, sentence, k)
        if (!noun) continue
        // "your customers" makes customers the reader's own people on the page, but "Tallyo
        // customers also get…" opening a sentence is still the company's own.
        if (context.othersPeople.has(noun.form.key) && !analysis.opensWithBrand(noun.start)) continue
        if (otherSense(paragraph, noun.form.key, senses)) continue
        if (quoted.has(sentence.children[analysis.words[k]!.index]!)) continue
        // On a page for someone with customers of their own, the company's own customers
        // ("our clients", "Acme customers") and the reader's roles ("business owners") are
        // still the reader.
        const stillReader = opensWithOurs(analysis.words, noun.start) || analysis.opensWithBrand(noun.start) || (context.builder && readerRoles.has(noun.form.key))
        if (onlyOurs && !stillReader) continue
        // "Visitors often have a confusing experience": a problem statement, not an offer.
        if (analysis.words.slice(k + 1).some((word) => problems.has(word.norm))) continue
        // "Riders have taken more than 3.5 million trips": a count of what others have done.
        if (isTally(analysis.words, k)) continue
        const found = analysis.analyse(noun.start, k, noun.form, noun.possessive)
        if (!found) continue
        emit(file, analysis, found)
        const lastChild = Math.max(...found.replacements.map((r) => r.to), analysis.words[found.last]!.index)
        claimed = analysis.words.findLastIndex((word) => word.index <= lastChild)
      }
    })
  }
}

/** The customer noun ending at word `k`, if any, and whether it is possessive. */
function nounAt(nouns: Map<string, NounForm[]>, words: Word[], sentence: Sentence, k: number) {
  let norm = words[k]!.norm
  let possessive: 'no' | 'singular' | 'plural' = 'no'
  if (norm.endsWith("'s")) {
    norm = norm.slice(0, -2)
    possessive = 'singular'
  }
  const candidates = nouns.get(norm)
  if (!candidates) return undefined
  for (const form of candidates) {
    let ok = true
    for (let b = 0; ok && b < form.before.length; b++) {
      const position = k - form.before.length + b
      ok = position >= 0 && words[position]!.norm === form.before[b] && isSpaceGap(words[position + 1]!.gap)
    }
    if (!ok) continue
    if (possessive === 'singular' && form.number !== 'singular') return undefined
    if (possessive === 'no' && form.number === 'plural') {
      // "customers' data": the apostrophe is a separate node, followed by a space.
      const after = sentence.children[words[k]!.index + 1]
      const next = sentence.children[words[k]!.index + 2]
      if (after?.type === 'PunctuationNode' && /^['\u2019]$/.test(after.value) && next?.type === 'WhiteSpaceNode') {
        possessive = 'plural'
      }
    }
    return {form, start: k - form.before.length, possessive}
  }
  return undefined
}

class SentenceAnalysis {
  readonly words: Word[]
  private readonly brandEnds = new Map<number, number>()
  private readonly question: boolean

  constructor(
    readonly sentence: Sentence,
    private readonly nouns: Map<string, NounForm[]>,
    brands: BrandMatcher,
    private readonly page: PageContext
  ) {
    this.words = wordList(sentence)
    for (const [start, end] of brands.find(sentence)) this.brandEnds.set(end, start)
    this.question = /\?\s*$/.test(textOf(sentence))
  }

  /**
   * Whether the words before `position` are a brand that opens the sentence or a clause
   * after a comma ("Northwind Bank customers also enjoy…"): the company's own customers.
   */
  opensWithBrand(position: number): boolean {
    const before = this.before(position)
    const start = before ? this.brandEnds.get(before.index) : undefined
    if (start === undefined) return false
    const first = this.words.findIndex((word) => word.index === start)
    return first === 0 || (first > 0 && /,/.test(this.words[first]!.gap))
  }

  /** The word before position `position`, when only spaces stand between them. */
  private before(position: number): Word | undefined {
    return position > 0 && isSpaceGap(this.words[position]!.gap) ? this.words[position - 1] : undefined
  }

  /** The word at `position` when only spaces stand before it. */
  private next(position: number): Word | undefined {
    const word = this.words[position]
    return word && isSpaceGap(word.gap) ? word : undefined
  }

  /** Decide what the noun phrase whose noun is `nounStart`..`k` does in the sentence, and how to rewrite it. */
  analyse(nounStart: number, k: number, form: NounForm, possessive: 'no' | 'singular' | 'plural'): Found | undefined {
    const words = this.words
    const singular = form.number === 'singular'

    // Left of the noun: [all [of]] [determiner] [restrictive adjective].
    let p = nounStart
    let restricted = false
    let det = ''
    const adjective = this.before(p)
    if (adjective && restrictive.has(adjective.norm)) {
      restricted = true
      p--
      // "New and returning customers", "Business and Enterprise customers": two of them joined.
      const joiner = this.before(p)
      const other = joiner && /^(?:and|or)$/.test(joiner.norm) ? this.before(p - 1) : undefined
      if (other && restrictive.has(other.norm)) p -= 2
    }
    const determiner = this.before(p)
    if (determiner && (singular ? singularDeterminers.has(determiner.norm) : determiner.norm === 'our' || determiner.norm === 'all')) {
      det = determiner.norm
      p--
      const all = this.before(p)
      if (!singular && (det === 'our' || det === 'the') && all?.norm === 'all') {
        det = `all ${det}`
        p--
      } else if (!singular && det === 'our' && all?.norm === 'of' && this.before(p - 1)?.norm === 'all') {
        det = 'all of our'
        p -= 2
      }
    } else if (determiner && !singular && form.brand && this.brandEnds.has(determiner.index)) {
      // "Acme customers get…" reads as "our customers".
      const start = this.brandEnds.get(determiner.index)!
      const position = words.findIndex((word) => word.index === start)
      if (position < 0) return undefined
      det = 'our'
      p = position
    }
    // A singular noun needs a determiner: "customer support", "Member FDIC" are compounds.
    if (singular && det === '') return undefined
    // "the customer", "a user" on a page that says "you" is a role in a scenario
    // ("When a customer places an order, you get an email"), not the reader.
    if (singular && /^(?:the|a|an)$/.test(det) && this.page.addressesReader) return undefined
    if (det.endsWith('our') && !form.our) return undefined
    const ours = det.endsWith('our')

    // What stands before the noun phrase, and whether the noun phrase opens a clause.
    const left = p > 0 ? words[p - 1]! : undefined
    const gapBefore = words[p]!.gap
    let leftKind: 'start' | 'boundary' | 'objectVerb' | 'verb' | 'question' | undefined
    let opensClause = false
    if (!left) {
      leftKind = 'start'
      opensClause = true
    } else if (/[;:]/.test(gapBefore)) {
      leftKind = 'boundary'
      opensClause = true
    } else if (/[,\u2014\u2013]/.test(gapBefore)) {
      // After a short opening phrase: "Thanks to offline mode, users keep working".
      leftKind = 'boundary'
      opensClause =
        /^[^\u2014\u2013]*,[^\u2014\u2013]*$/.test(gapBefore) &&
        p <= 7 &&
        words.slice(1, p).every((word) => isSpaceGap(word.gap)) &&
        !words.slice(0, p).some((word) => generalising.has(word.norm))
    } else if (!isSpaceGap(gapBefore)) leftKind = undefined
    else if (this.question && p === 1 && questionAux[left.norm] !== undefined) leftKind = 'question'
    else if (boundaryWords.has(left.norm)) {
      leftKind = 'boundary'
      // "When customers travel, …", "If the customer was charged twice, …".
      opensClause = p === 1
    } else if ((left.norm === 'and' || left.norm === 'or') && /,/.test(left.gap)) leftKind = 'boundary'
    else if (objectVerbs.has(left.norm)) leftKind = 'objectVerb'
    else if (baseVerbs.has(left.norm) || thirdToBase.has(left.norm)) leftKind = 'verb'
    if (leftKind === undefined) return undefined
    const inConditional = left !== undefined && conditional.has(left.norm)

    const npFirst = words[p]!
    // A capital inside the sentence is a name or a title: only title case ("What Customers Get") passes.
    const titleCase = p > 0 && /^[A-Z]/.test(words[k]!.text)
    const npFrom = npFirst.index
    const npTo = possessive === 'plural' ? words[k]!.index + 1 : words[k]!.index
    const replacements: Replacement[] = []

    // "customers' data", "the client's invoice" → "your data".
    if (possessive !== 'no') {
      if (restricted || leftKind === 'question') return undefined
      if (singular && det === '') return undefined
      const position = opensClause || ((leftKind === 'verb' || leftKind === 'objectVerb') && this.selfSubject(p - 1))
      if (!position) return undefined
      const ownedWord = words[k + 1]
      const owned = ownedWord && isSpaceGap(possessive === 'plural' ? ownedWord.gap.replace(/^['\u2019]/, '') : ownedWord.gap) ? ownedWord : undefined
      if (!owned || possessiveCompounds.has(owned.norm) || finite.has(owned.norm)) return undefined
      if (titleCase && !/^[A-Z]/.test(owned.text)) return undefined
      replacements.push({from: npFrom, to: npTo, text: matchCase(npFirst.text, 'your')})
      // A pronoun after a possessive may stand for the thing owned ("…before they leave"):
      // "they" and "them" stay; "their" or "his" could be either, so the fix becomes a suggestion.
      const blocked = words.slice(k + 2).some((word) => /^(?:their|theirs|themselves|his|her|he|she|him)$/.test(word.norm))
      return {first: p, last: k + 1, replacements, blocked, restricted: false}
    }

    // "Does the customer need…?" → "Do you need…?"
    if (leftKind === 'question') {
      const aux = left!
      const main = this.next(k + 1)
      if (restricted || !main || finite.has(main.norm)) return undefined
      if (!singular && agreeing[aux.norm] !== undefined) return undefined
      if (singular && pluralAux.has(aux.norm)) return undefined
      if (testimonial.has(main.norm)) return undefined
      replacements.push({from: aux.index, to: aux.index, text: like(aux.text, questionAux[aux.norm]!)})
      replacements.push({from: npFrom, to: npTo, text: matchCase(npFirst.text, 'you')})
      const pronouns = this.pronouns(k + 1, singular)
      replacements.push(...pronouns.replacements)
      return {first: p - 1, last: k, replacements, blocked: pronouns.blocked, restricted: false}
    }

    // Right of the noun.
    let j = k + 1
    let compound = false
    const after = words[j]
    if (after && /,/.test(after.gap)) {
      // "The customer, not the agent, decides…"
      if (after.norm !== 'not') return this.objectRole(p, k, leftKind, det, singular, restricted, titleCase, npFrom, npTo)
      let close = j + 1
      while (close < words.length && close <= j + 6 && !/,/.test(words[close]!.gap)) close++
      if (close >= words.length || close > j + 6) return undefined
      j = close
    } else if (after && isSpaceGap(after.gap) && after.norm === 'and') {
      // "Each customer and their team get…"
      const owner = this.next(j + 1)
      if (owner?.norm === 'their') {
        replacements.push({from: owner.index, to: owner.index, text: matchCase(owner.text, 'your')})
        j += 2
      } else if (owner?.norm === 'his' && this.next(j + 2)?.norm === 'or' && this.next(j + 3)?.norm === 'her') {
        replacements.push({from: owner.index, to: words[j + 3]!.index, text: matchCase(owner.text, 'your')})
        j += 4
      } else return this.objectRole(p, k, leftKind, det, singular, restricted, titleCase, npFrom, npTo)
      const partner = this.next(j)
      if (!partner || finite.has(partner.norm) || baseVerbs.has(partner.norm)) return undefined
      j++
      compound = true
    }
    const following = words[j]
    if (!following || (!isSpaceGap(following.gap) && !(j !== k + 1 && /,/.test(following.gap)))) {
      return this.objectRole(p, k, leftKind, det, singular, restricted, titleCase, npFrom, npTo)
    }
    if (!compound && (following.norm === 'who' || following.norm === 'that') && j === k + 1) {
      if (!opensClause) return undefined
      return this.relative(p, j, singular, npFirst, npFrom)
    }
    if (!compound && opensClause && j === k + 1) {
      const narrowed = this.narrowedByCompany(p, j, singular)
      if (narrowed) return narrowed
    }
    if (restrictors.has(following.norm) || isParticiple(following.norm)) {
      if (!compound && opensClause && j === k + 1) {
        const offer = this.narrowedOffer(j)
        if (offer !== undefined) return {first: p, last: offer, replacements: [], blocked: true, restricted: true}
      }
      return this.objectRole(p, k, leftKind, det, singular, restricted, titleCase, npFrom, npTo)
    }

    // Inside a sentence, "our customers" is the reader when the company is speaking of its
    // own service: "We make sure our customers receive their orders".
    const subject =
      opensClause ||
      (ours && (leftKind === 'boundary' || leftKind === 'verb' || leftKind === 'objectVerb') && this.selfBefore(p))
    if (!subject) return this.objectRole(p, k, leftKind, det, singular, restricted, titleCase, npFrom, npTo)
    const verb = this.verbGroup(j, singular ? 'singular' : 'plural', compound, inConditional, true)
    if (!verb) return this.objectRole(p, k, leftKind, det, singular, restricted, titleCase, npFrom, npTo)
    if (verb.testimonial) {
      // "Our customers love our support": reported, but there is no rewrite to "you".
      // "Our clients include Fortune 500 companies" describes the customer base: left alone.
      const praise = !describing.has(thirdToBase.get(words[verb.last]!.norm) ?? words[verb.last]!.norm)
      return ours && !restricted && praise ? {first: p, last: verb.last, replacements: [], blocked: true, restricted: false, testimonial: true} : undefined
    }
    if (titleCase && !/^[A-Z]/.test(words[verb.head]!.text)) return undefined
    // A narrowed group is reported only with an active verb ("New customers get…"), not a
    // description of what happens to them ("All new users are added to the CRM").
    if (restricted && /^(?:is|are|was|were)$/.test(words[verb.head]!.norm) && !offered(words.slice(verb.head + 1, verb.head + 3))) return undefined
    if (restricted) return {first: p, last: verb.last, replacements: [], blocked: true, restricted: true}

    replacements.push({from: npFrom, to: npTo, text: matchCase(npFirst.text, 'you')})
    replacements.push(...verb.replacements)
    const more = singular || compound ? this.coordinatedVerbs(verb.last + 1) : []
    replacements.push(...more)
    const pronouns = this.pronouns(verb.last + 1, singular && !compound)
    replacements.push(...pronouns.replacements)
    return {first: p, last: verb.last, replacements, blocked: pronouns.blocked, restricted: false}
  }

  /** "We send customers a reminder", "We call the customer back", "for our customers" → "you". */
  private objectRole(
    p: number,
    k: number,
    leftKind: string,
    det: string,
    singular: boolean,
    restricted: boolean,
    titleCase: boolean,
    npFrom: number,
    npTo: number
  ): Found | undefined {
    if (restricted || titleCase) return undefined
    const ours = det.endsWith('our')
    // The object of a service verb whose subject is the company: "We send customers…",
    // "Medra offers patients…", "Our advisers help clients…".
    const position =
      ((leftKind === 'objectVerb' && (det === '' || det === 'the' || det === 'each' || det === 'every' || ours)) ||
        (ours && leftKind === 'verb')) &&
      this.selfSubject(p - 1)
    if (!position) return undefined
    const words = this.words
    const left = words[p - 1]!
    const next = this.next(k + 1)
    // "We email the user and remind them…" is fine; "…customers and partners" is a wider group.
    const joined = next && (next.norm === 'and' || next.norm === 'or') ? this.next(k + 2) : undefined
    const verbAfterJoin = joined !== undefined && (baseVerbs.has(joined.norm) || thirdToBase.has(joined.norm) || objectVerbs.has(joined.norm))
    if (next && !verbAfterJoin && (restrictors.has(next.norm) || /ing$/.test(next.norm))) return undefined
    if (leftKind === 'objectVerb') {
      // "the offer customers get", "24/7 support customers love": the verb-like word is a
      // noun and the customers are the subject of a clause about someone else.
      const determiner = this.before(p - 1)
      if (determiner && /^(?:the|a|an|our|your|their|this|that|its|my|his|her)$/.test(determiner.norm)) return undefined
      if (next) {
        const verbLike =
          finite.has(next.norm) || thirdToBase.has(next.norm) || pastForms.has(next.norm) || /[a-z]ed$/.test(next.norm)
        const infinitive = baseVerbs.has(next.norm) && !/^(?:help|helps|helping|let|lets|letting)$/.test(left.norm)
        if (verbLike || infinitive) return undefined
      }
    }
    const replacements: Replacement[] = [{from: npFrom, to: npTo, text: matchCase(words[p]!.text, 'you')}]
    const pronouns = this.pronouns(k + 1, singular)
    replacements.push(...pronouns.replacements)
    return {first: p - 1, last: k, replacements, blocked: pronouns.blocked, restricted: false}
  }

  /** "Clients who pay yearly save 20%": reported; "If you pay yearly, you save" is a suggestion. */
  private relative(p: number, who: number, singular: boolean, npFirst: Word, npFrom: number): Found | undefined {
    const words = this.words
    const number = singular ? 'singular' : 'plural'
    // "Patients who self-fund…", "Buyers who pre-order…": a verb with a prefix is a verb too.
    const prefixed = words[who + 1] && isSpaceGap(words[who + 1]!.gap) && /^(?:self|pre|re|co)-[a-z]{3,}$/.test(words[who + 1]!.norm) ? {head: who + 1, last: who + 1, replacements: [], testimonial: false} : undefined
    // "Clients who are unable to attend…": a state that narrows the group.
    const be = words[who + 1]
    const state = be && /^(?:is|are)$/.test(be.norm) && groupStates.has(words[who + 2]?.norm ?? '') && this.next(who + 3)?.norm === 'to' ? {head: who + 1, last: who + 3, replacements: [], testimonial: false} : undefined
    const inner = this.verbGroup(who + 1, number, false, true, false) ?? prefixed ?? state
    // "Clients who love us…" is praise; "Homeowners who hire us receive…" is a condition.
    if (!inner || (inner.testimonial && testimonial.has(thirdToBase.get(words[inner.last]!.norm) ?? words[inner.last]!.norm))) return undefined
    // The main verb may come up to 12 words later ("Clients who book a Team Day or Away Day
    // before 31 March get…").
    for (let m = inner.last + 1; m < words.length && m <= inner.last + 12; m++) {
      const word = words[m]!
      // A sum may stand between them ("who spend over £5,000 a year get…").
      const thousands = /^[,.]$/.test(word.gap) && /^\d+$/.test(word.norm) && /\d$/.test(words[m - 1]!.norm)
      if (!isSpaceGap(word.gap) && !/^\s*[$£€&]?\s*$/.test(word.gap) && !thousands) return undefined
      // "who join the plan receive…", "…the Medra Dental Plan receive…": a word after a
      // determiner, or a capitalised word inside the sentence, is a noun or a name.
      if (/^(?:the|a|an|our|your|their|this|that|each|every)$/.test(words[m - 1]!.norm) || /^[A-Z]/.test(word.text)) continue
      const main = this.verbGroup(m, number, false, false, true)
      if (!main) continue
      const after = this.next(main.last + 1)
      const lexical = !modals.has(words[main.head]!.norm) && agreeing[words[main.head]!.norm] === undefined && !pluralAux.has(words[main.head]!.norm)
      // The main verb must take an object: a determiner, a number, or a compound modifier
      // ("same-day"). A verb-like word without one is part of the relative clause's object
      // ("who sign a retained search agreement receive…"): read on.
      if (lexical && after && !(objectStart.has(after.norm) || /^\d/.test(after.norm) || /^[a-z]+-[a-z]/.test(after.norm))) continue
      if (main.testimonial) return undefined
      const conditionalRewrite: Replacement[] = [
        {from: npFrom, to: words[who]!.index, text: matchCase(npFirst.text, 'if you')},
        ...inner.replacements,
        {from: words[m - 1]!.index + 1, to: word.index - 1, text: ', you '},
        ...main.replacements
      ]
      return {first: p, last: main.last, replacements: [], blocked: true, restricted: true, conditional: conditionalRewrite}
    }
    return undefined
  }

  /**
   * "Guests with dogs are asked to book…", "Clients going through a divorce are offered a free
   * consultation": a group narrowed by a "with" phrase or a participle, then offered something
   * or asked to do something, which is addressed to the reader as a narrowed group is. The
   * index of the predicate's first word, or undefined.
   */
  private narrowedOffer(j: number): number | undefined {
    const words = this.words
    const first = words[j]!
    if (first.norm !== 'with' && !isParticiple(first.norm)) return undefined
    for (let at = j + 1; at < words.length && at <= j + 6; at++) {
      const word = words[at]!
      if (!isSpaceGap(word.gap)) return undefined
      if (word.norm === 'are' || word.norm === 'is') return offered(words.slice(at + 1, at + 3)) ? at + 1 : undefined
      // "Policyholders wishing to make a claim should contact…": told what to do.
      if (modals.has(word.norm)) {
        const verb = this.next(at + 1)
        return verb && baseVerbs.has(verb.norm) && !testimonial.has(verb.norm) ? at + 1 : undefined
      }
    }
    return undefined
  }

  /**
   * "Students at Lumen College benefit from…", "Travellers booking with Acme enjoy…",
   * "Users of our API are limited to…": the company's own customers, narrowed by a phrase
   * that names the company (us, our …, a brand). Reported without a fix, as a narrowed group is.
   */
  private narrowedByCompany(p: number, j: number, singular: boolean): Found | undefined {
    const words = this.words
    let m = j
    // "booking with", "registered with".
    if (/[a-z]{3}(?:ing|ed)$/.test(words[m]!.norm) && !baseVerbs.has(words[m]!.norm)) m++
    if (!/^(?:at|on|with|of|in|from|through|by)$/.test(words[m]?.norm ?? '')) return undefined
    let company = false
    for (let q = m + 1; q < words.length && q <= m + 7; q++) {
      const word = words[q]!
      if (!isSpaceGap(word.gap) && !/^\s*(?:&|['\u2019])?\s*$/.test(word.gap)) return undefined
      // "Clients of the firm…": the company by its noun.
      const byNoun = q === m + 1 && /^(?:of|at|with)$/.test(words[m]!.norm) && word.norm === 'the' && companyNouns.has(this.next(q + 1)?.norm ?? '')
      if (word.norm === 'us' || word.norm === 'our' || this.isBrandAt(word) || byNoun) {
        if (byNoun) q++
        company = true
        continue
      }
      if (!company) continue
      const main = this.verbGroup(q, singular ? 'singular' : 'plural', false, false, true)
      if (!main) continue
      if (main.testimonial) return undefined
      return {first: p, last: main.last, replacements: [], blocked: true, restricted: true}
    }
    return undefined
  }

  /**
   * The verb group at word `j` (after optional adverbs): a modal, a form of be/have/do, or
   * a present-tense verb that agrees with the subject. `compound` subjects ("the customer
   * and their team") take the plural whatever the source says.
   */
  verbGroup(j: number, number: NumberKind, compound: boolean, inConditional: boolean, strict: boolean): VerbGroup | undefined {
    const words = this.words
    let m = j
    if (!words[m]) return undefined
    while (words[m] && adverbs.has(words[m]!.norm) && words[m]!.norm !== 'not' && isSpaceGap(words[m + 1]?.gap ?? '')) m++
    const word = words[m]
    if (!word || (m !== j && !isSpaceGap(word.gap))) return undefined
    const v = word.norm
    const replacements: Replacement[] = []
    const singular = number === 'singular' || compound

    if (modals.has(v)) {
      let n = m + 1
      while (this.next(n) && adverbs.has(words[n]!.norm)) n++
      const main = this.next(n)
      const isMain = main !== undefined && (baseVerbs.has(main.norm) || main.norm === 'be' || main.norm === 'have')
      return {
        head: m,
        last: isMain ? n : m,
        replacements,
        // "Tenants can report issues online", "Guests can rate their stay": with a modal, an action.
        testimonial: isMain && !modalActions.has(main.norm) && this.isTestimonial(n, main.norm)
      }
    }
    if (agreeing[v] !== undefined || pluralAux.has(v)) {
      const isSingularForm = agreeing[v] !== undefined
      if (isSingularForm !== singular && !compound) return undefined
      if ((v.startsWith('was') || v.startsWith('were')) && !inConditional) return undefined
      let n = m + 1
      while (this.next(n) && adverbs.has(words[n]!.norm)) n++
      const complement = this.next(n)
      let last = m
      if (/^(?:is|are|was|were)/.test(v)) {
        // "is billed", "are eligible": a predicate noun ("are Fortune 500 companies") is a description.
        if (!complement || !(participles.has(complement.norm) || /[a-z]{3}(?:ed|en)$/.test(complement.norm))) return undefined
        // "customers are affected": an incident or a study, not an offer to the reader.
        if (states.has(complement.norm) || states.has(this.next(n + 1)?.norm ?? '')) return undefined
        last = n
      } else if (/^(?:does|do)/.test(v)) {
        if (!complement || !baseVerbs.has(complement.norm)) return undefined
        last = n
        if (this.isTestimonial(n, complement.norm)) return {head: m, last, replacements, testimonial: true}
      } else if (/^ha/.test(v)) {
        if (!complement || finite.has(complement.norm)) return undefined
        // "Customers have reviewed the story": a past event about others.
        // "Full members have unlimited access": an adjective in -ed.
        if ((/[a-z]{2}ed$/.test(complement.norm) || pastForms.has(complement.norm)) && !participles.has(complement.norm) && !haveAdjectives.has(complement.norm)) return undefined
      }
      if (isSingularForm) replacements.push({from: word.index, to: word.index, text: like(word.text, agreeing[v]!)})
      return {head: m, last, replacements, testimonial: false}
    }
    if (pastForms.has(v)) return undefined
    const base = thirdToBase.get(v)
    if (singular && base !== undefined && !baseVerbs.has(v)) {
      const next = words[m + 1]
      if (next && isSpaceGap(next.gap)) {
        if (finite.has(next.norm)) return undefined
        const fits = ambiguous.has(v)
          ? determinerLike.has(next.norm)
          : objectStart.has(next.norm) || /^\d/.test(next.norm) || (!strict && baseVerbs.has(next.norm))
        if (!fits) return undefined
      } else if (next && !/[,.;:!?)]/.test(next.gap)) return undefined
      replacements.push({from: word.index, to: word.index, text: matchCase(word.text, base)})
      return {head: m, last: m, replacements, testimonial: this.isTestimonial(m, base)}
    }
    if ((!singular || compound) && baseVerbs.has(v)) {
      const next = words[m + 1]
      if (next && isSpaceGap(next.gap) && finite.has(next.norm)) return undefined
      return {head: m, last: m, replacements, testimonial: this.isTestimonial(m, v)}
    }
    return undefined
  }

  /**
   * Whether the verb at `verb` has the company as its subject: "we", a brand or "our
   * advisers" just before it, with only auxiliaries and adverbs between ("We'll always call").
   */
  private selfSubject(verb: number): boolean {
    const words = this.words
    let n = verb - 1
    while (n >= 0 && n >= verb - 3 && (modals.has(words[n]!.norm) || adverbs.has(words[n]!.norm) || /^(?:do|does|to|will)$/.test(words[n]!.norm))) n--
    const word = words[n]
    if (!word || !isSpaceGap(words[n + 1]!.gap)) return false
    if (/^(?:we|we'll|we're|we've|we'd|let's)$/.test(word.norm)) return true
    if (this.isBrandAt(word)) return true
    // "Our advisers help…", "Our care team calls…"
    return words[n - 1]?.norm === 'our' || (words[n - 2]?.norm === 'our' && isSpaceGap(words[n - 1]!.gap))
  }

  /** Whether "we" or a brand stands before position `position` in the sentence. */
  private selfBefore(position: number): boolean {
    for (let n = 0; n < position; n++) {
      if (/^(?:we|we'll|we're|we've|we'd|let's)$/.test(this.words[n]!.norm) || this.isBrandAt(this.words[n]!)) return true
    }
    return false
  }

  /** "love", "trust us", "rely on Acme", "keep coming back": praise of the company, not copy for the reader. */
  private isTestimonial(position: number, base: string): boolean {
    if (testimonial.has(base) || describing.has(base)) return true
    const next = this.next(position + 1)
    if (!next) return false
    if ((base === 'come' || base === 'keep') && /^(?:back|coming|returning)$/.test(next.norm)) return true
    const object = /^(?:on|in|with|to|for)$/.test(next.norm) ? this.next(position + 2) : next
    if (object === undefined) return false
    // "Our customers choose Budibase": a product name after choose is praise even when no brand is configured.
    if (/^(?:choose|pick|select)$/.test(base) && object === next && /^\p{Lu}/u.test(object.text)) return true
    return object.norm === 'us' || this.isBrandAt(object)
  }

  private isBrandAt(word: Word): boolean {
    for (const [end, start] of this.brandEnds) if (start <= word.index && word.index <= end) return true
    return false
  }

  /** Later verbs of the same singular subject: "…has a locker and gets a towel". */
  private coordinatedVerbs(from: number): Replacement[] {
    const words = this.words
    const replacements: Replacement[] = []
    for (let n = from; n < words.length - 1; n++) {
      const joint = words[n]!
      if (!/^(?:and|or|then)$/.test(joint.norm)) continue
      const verb = this.next(n + 1)
      if (!verb) continue
      const base = thirdToBase.get(verb.norm) ?? agreeing[verb.norm]
      if (base === undefined || baseVerbs.has(verb.norm) || ambiguous.has(verb.norm)) continue
      const after = this.next(n + 2)
      if (after && !(objectStart.has(after.norm) || /^\d/.test(after.norm))) continue
      replacements.push({from: verb.index, to: verb.index, text: like(verb.text, base)})
    }
    return replacements
  }

  /**
   * Pronouns after the customer noun that stand for it: their → your, themselves →
   * yourself, his or her → your, they → you. "They" and "them" change only when no other
   * plural noun stands between; otherwise, and for he/she, the rewrite is not certain.
   */
  private pronouns(from: number, singular: boolean): {replacements: Replacement[]; blocked: boolean} {
    const words = this.words
    const replacements: Replacement[] = []
    let blocked = false
    let otherPlural = false
    // After "we" (or "it") a new subject has taken over: a later pronoun may mean anything.
    let otherSubject = false
    for (let n = from; n < words.length; n++) {
      const word = words[n]!
      const v = word.norm
      // Another customer noun starts its own finding.
      if (this.nouns.has(v.replace(/'s$/, ''))) break
      if (/^(?:we|we'll|we're|we've|we'd|it|it's|it'll)$/.test(v)) otherSubject = true
      if (otherSubject) {
        if (/^(?:they|them|their|theirs|themselves|they're|they'll|they've|they'd|he|she|him|his|her)$/.test(v)) blocked = true
        continue
      }
      const pair = (first: string, second: string) => {
        const middle = words[n + 1]
        const last = words[n + 2]
        if (middle?.norm === 'or' && last?.norm === second && isSpaceGap(middle.gap) && isSpaceGap(last.gap)) return n + 2
        if (middle?.norm === second && /^\s*\/\s*$/.test(middle.gap) && v === first) return n + 1
        return undefined
      }
      const replace = (to: number, text: string) => {
        replacements.push({from: word.index, to: words[to]!.index, text: like(word.text, text)})
        n = to
      }
      if (v === 'their') replace(n, 'your')
      else if (v === 'theirs') replace(n, 'yours')
      else if (v === 'themselves' || v === 'themself') replace(n, 'yourself')
      else if (/^(?:they|them|they're|they'll|they've|they'd)$/.test(v)) {
        if (otherPlural) blocked = true
        else replace(n, word.text.toLowerCase().replace(/^the[ym]/, 'you'))
      } else if (v === 'his' || v === 'her') {
        const end = pair(v, v === 'his' ? 'her' : 'his')
        if (end !== undefined) replace(end, 'your')
        else if (v === 'his' && singular) replace(n, 'your')
        else blocked = true
      } else if (v === 'him' || v === 'himself') {
        const end = v === 'him' ? pair('him', 'her') : pair('himself', 'herself')
        if (end !== undefined) replace(end, v === 'him' ? 'you' : 'yourself')
        else if (singular) replace(n, v === 'him' ? 'you' : 'yourself')
        else blocked = true
      } else if (/^(?:he|she|herself|s\/he|he's|she's|he'll|she'll)$/.test(v)) {
        blocked = true
      } else if (
        /[a-z]{2}s$/.test(v) &&
        !/(?:ss|us|is)$/.test(v) &&
        !notPlural.has(v) &&
        !(singular && thirdToBase.has(v) && !ambiguous.has(v)) &&
        !word.text.includes("'")
      ) {
        otherPlural = true
      }
    }
    return {replacements, blocked}
  }

  /** Text of children `from`..`to` with `replacements` applied (those inside the span). */
  text(from: number, to: number, replacements: Replacement[]): string {
    const sorted = replacements.filter((r) => r.from >= from && r.to <= to).sort((a, b) => a.from - b.from)
    let text = ''
    let index = from
    for (const replacement of sorted) {
      if (replacement.from < index) continue
      for (; index < replacement.from; index++) text += textOf(this.sentence.children[index]!)
      text += replacement.text
      index = replacement.to + 1
    }
    for (; index <= to; index++) text += textOf(this.sentence.children[index]!)
    return text
  }

  /** One edit from the first to the last replacement, if the source under it is verbatim. */
  edit(file: VFile, replacements: Replacement[]): Edit | undefined {
    if (replacements.length === 0) return undefined
    const from = Math.min(...replacements.map((r) => r.from))
    const to = Math.max(...replacements.map((r) => r.to))
    const range = verbatimRange(file, this.sentence, from, to)
    return range ? {range, text: this.text(from, to, replacements)} : undefined
  }
}

function emit(file: VFile, analysis: SentenceAnalysis, found: Found): void {
  const children = analysis.sentence.children
  const from = analysis.words[found.first]!.index
  const to = analysis.words[found.last]!.index
  const actual = analysis.text(from, to, [])
  let expected: string[] = []
  let reason: string
  let fix: Edit | undefined
  const suggestions = []

  if (found.testimonial) {
    reason = `“${actual}” tells the reader what other customers think: show what the reader gets instead`
  } else if (found.restricted) {
    if (found.conditional) {
      const rewrite = analysis.text(from, to, found.conditional)
      expected = [rewrite]
      const edit = analysis.edit(file, found.conditional)
      if (edit) suggestions.push({desc: `Rewrite as “${rewrite}”`, fix: edit})
      reason = `“${actual}” talks about the reader instead of to them: try “${rewrite}”`
    } else {
      reason = `“${actual}” talks about the reader instead of to them: address the reader as “you”`
    }
  } else {
    const rewrite = analysis.text(from, to, found.replacements)
    expected = [rewrite]
    reason = `“${actual}” talks about the reader instead of to them: write “${rewrite}”`
    const edit = analysis.edit(file, found.replacements)
    if (edit && !found.blocked) fix = edit
    else if (edit) suggestions.push({desc: `Rewrite as “${rewrite}”`, fix: edit})
  }

  report(file, {
    ruleId: meta.id,
    url: meta.url,
    start: children[from]!,
    end: children[to]!,
    actual,
    expected,
    reason,
    ...(fix ? {fix} : {}),
    ...(suggestions.length > 0 ? {suggestions} : {})
  })
}

export const rule: RuleModule<ThirdPersonCustomerOptions> = {meta, plugin: retextYoufirstThirdPersonCustomer}
