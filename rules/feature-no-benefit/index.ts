/**
 * feature-no-benefit: a product or the company lists features ("Acme offers role-based
 * permissions, audit logs and single sign-on") and says nothing about what they do for the
 * reader. Documentation: ./README.md. Word lists: ./words.json.
 */
import type {Paragraph, Root, Sentence} from 'nlcst'
import {brandVariants} from '../../src/prose/brands.js'
import {clauseStarts, isFinite, isImperative, isPastParticiple, isQuestion, readClause, readTokens, tokenText, type Clause, type Token} from '../../src/prose/clause.js'
import {isArticle, isDocumentation} from '../../src/prose/genre.js'
import {isWalkthrough} from '../../src/prose/inclusive.js'
import {gainAdjectives, makesItEasy} from '../../src/prose/gains.js'
import {report, ruleUrl, type RuleMeta, type RuleModule, type SharedOptions, type Transformer} from '../../src/prose/rule.js'
import {findNames, hasOutcomeClause, hasReaderStake, isCountedGroup, type StakeWords} from '../../src/prose/stake.js'
import {blockData, inRanges, normal, onlyInRanges, quotedChildren, textOf} from '../../src/prose/words.js'
import data from './words.json' with {type: 'json'}

export interface FeatureVerb {
  /** The verb as written in the present tense, with its particle ("comes with"). */
  phrase: string
  /** Flag only when the object is a list ("has a sauna, a pool and a spa"). */
  listOnly?: boolean
}

export interface FeatureNoBenefitOptions extends SharedOptions {
  /** More feature verbs. */
  verbs?: Array<string | FeatureVerb>
  /** Built-in verbs not to flag ("supports"). */
  allowVerbs?: string[]
  /** More nouns that name a product ("The <noun> includes…"). */
  subjectNouns?: string[]
  /** More phrases that say what a feature does for the reader. */
  benefitPhrases?: string[]
}

export const meta: RuleMeta = {
  id: 'feature-no-benefit',
  description: 'Sentences that list product features (offers, includes, supports…) without saying what they do for the reader.',
  url: ruleUrl('feature-no-benefit'),
  defaultSeverity: 'warn',
  fixable: false,
  hasSuggestions: false,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      verbs: {
        type: 'array',
        items: {
          anyOf: [
            {type: 'string', minLength: 1},
            {
              type: 'object',
              additionalProperties: false,
              required: ['phrase'],
              properties: {phrase: {type: 'string', minLength: 1}, listOnly: {type: 'boolean'}}
            }
          ]
        }
      },
      allowVerbs: {type: 'array', items: {type: 'string'}},
      subjectNouns: {type: 'array', items: {type: 'string', minLength: 1}},
      benefitPhrases: {type: 'array', items: {type: 'string', minLength: 1}}
    }
  }
}

interface VerbEntry {
  words: string[]
  listOnly: boolean
}

interface Found {
  clause: Clause
  /** Token indices of the verb phrase. */
  verb: [number, number]
}

/** Adjectives that may open a bare plural subject: "Key features include…". */
const listOpeners = new Set(['key', 'main', 'core', 'standard', 'notable', 'additional', 'extra', 'popular', 'premium', 'top', 'other', 'signature', 'exclusive', 'included'])
const skippedKinds = new Set(['heading', 'title', 'button', 'alt', 'attribute'])
/** Words before a verb that make it something other than a present-tense statement. */
const blockers = new Set(['to', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'not', "doesn't", "don't", 'did', 'does', 'do', 'also-to'])
const qualityNouns = new Set(data.qualityNouns)
const readerForms = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', "you're", "you'll", "you've", "you'd"])
const productDeterminers = new Set(['the', 'this', 'each', 'every', 'all', 'its'])
const objectBreakers = new Set(['to', 'you', 'your', 'yourself', 'us', 'that', 'whatever', 'what'])

export default function retextYoufirstFeatureNoBenefit(options: FeatureNoBenefitOptions = {}): Transformer {
  // With "Northwind" for "Northwind Bank" (see brandVariants).
  const brands = brandVariants(options.brands ?? [])
  const allow = new Set((options.allowVerbs ?? []).map((verb) => verb.toLowerCase()))
  const entries: VerbEntry[] = [...(data.verbs as FeatureVerb[]), ...(options.verbs ?? [])]
    .map((verb) => (typeof verb === 'string' ? {phrase: verb} : verb))
    .filter((verb) => !allow.has(verb.phrase.toLowerCase()))
    .map((verb) => ({words: verb.phrase.toLowerCase().split(/\s+/), listOnly: verb.listOnly === true}))
  const firstWords = new Set(entries.map((entry) => entry.words[0]!))
  const verbForms = firstWords
  const subjectNouns = new Set([...data.subjectNouns, ...(options.subjectNouns ?? [])].map((word) => word.toLowerCase()))
  const brandFirst = new Set(brands.map((brand) => brand.trim().split(/\s+/)[0]!.replace(/['\u2019]s$/, '')))
  const notProduct = new Set(data.notProductNouns)
  const planNouns = new Set(data.planNouns)
  const outcomeVerbs = new Set(data.outcomeVerbs)
  const peopleObjects = new Set(data.peopleObjects)
  const stakeWords: StakeWords = {
    readerNouns: new Set(data.readerNouns),
    phrases: [...data.benefitPhrases, ...(options.benefitPhrases ?? [])]
  }

  return function (tree, file) {
    // Articles (release notes, comparisons of other products, news) and reference
    // documentation describe products to people who have them, not to a buyer.
    if (isArticle(file) || isDocumentation(file)) return
    tree.children.forEach((paragraph, blockIndex) => {
      if (paragraph.type !== 'ParagraphNode') return
      const block = blockData(paragraph)
      if (block?.quote || block?.cta || (block && skippedKinds.has(block.kind))) return
      let productBefore = false
      let quoted: Set<unknown> | undefined
      const sentences = paragraph.children.filter((child): child is Sentence => child.type === 'SentenceNode')
      // Whether a sentence before each one, and one after it, speaks to the reader: worked out
      // once for the paragraph, when a feature list first needs it (a paragraph of thousands
      // of feature lists asked every other sentence for each).
      let speaksBefore: boolean[] | undefined
      let speaksAfter: boolean[] | undefined
      const stakeAround = (at: number): boolean => {
        if (!speaksBefore || !speaksAfter) {
          const speaks = sentences.map((other) => speaksToReader(other, false))
          speaksBefore = []
          speaksAfter = []
          for (let index = 0, any = false; index < sentences.length; index++) {
            speaksBefore[index] = any
            any ||= speaks[index]! && !isQuestion(readTokens(sentences[index]!))
          }
          for (let index = sentences.length - 1, any = false; index >= 0; index--) {
            speaksAfter[index] = any
            any ||= speaks[index]!
          }
        }
        return speaksBefore[at]! || speaksAfter[at]!
      }
      for (const [sentenceIndex, sentence] of sentences.entries()) {
        const mentionsProduct = productBefore
        productBefore = namesBrand(sentence)
        if (!isCandidate(sentence, mentionsProduct)) continue
        quoted ??= quotedChildren(paragraph)
        const tokens = readTokens(sentence)
        if (isQuestion(tokens) || isImperative(tokens) || endsWithColon(tokens)) continue
        const found = findFeatureClause(sentence, paragraph, tokens, quoted, mentionsProduct)
        if (!found) continue
        // "our list also includes the state…" in a tutorial: the writer's and the reader's list.
        if (tokens[found.clause.subject[0]]!.lower === 'our' && isWalkthrough(tree)) continue
        if (hasPurpose(tokens, found.verb[1] + 1, outcomeVerbs)) continue
        if (namesGain(tokens, found.verb[1] + 1)) continue
        if (hasReaderStake(tokens, found.clause, stakeWords, quoted, sentence)) continue
        // "Our kitchens also handle nuts, sesame and milk, so we can't guarantee…": a warning.
        if (isWarning(tokens)) continue
        // "Our template offers role-based access. You decide who sees what.": the benefit is
        // elsewhere in the paragraph, or at the start of the next one, which speaks to the
        // reader or names who gains ("Managers see every request at a glance").
        const next = sentenceIndex === sentences.length - 1 ? firstSentence(tree.children[blockIndex + 1]) : undefined
        if (stakeAround(sentenceIndex)) continue
        // "…offers advanced analytics. We've provided charts for analyzing spending.": the
        // next sentence says what the features are for.
        const after = sentences[sentenceIndex + 1]
        if (after && forDoing(readTokens(after))) continue
        if (next && speaksToReader(next, false)) continue
        reportFeature(file, sentence, tokens, found)
      }
    })
  }

  /**
   * Whether a sentence near a feature list gives it a stake: it addresses the reader (a
   * you/your word, or an instruction) or names who gains (users, teams, employees…).
   */
  function speaksToReader(sentence: Sentence, before: boolean): boolean {
    // "Are you ready? The program includes…": a question before the list gives no benefit.
    if (before && isQuestion(readTokens(sentence))) return false
    let readerNoun = false
    for (const node of sentence.children) {
      if (node.type !== 'WordNode') continue
      const lower = normal(node)
      if (readerForms.has(lower)) return true
      if (stakeWords.readerNouns.has(lower)) readerNoun = true
    }
    const tokens = readTokens(sentence)
    if (readerNoun && namesWhoGains(tokens)) return true
    // "Our filter components make it easy to sort and organize data": the benefit, without "you".
    if (tokens.some((_, index) => makesItEasy(tokens, index))) return true
    // An instruction opens with a verb in its base form ("Restrict screens…", "Don't
    // settle…"); "Built on…," is a participle describing the product.
    // "Quickly find any entry": an adverb may come first.
    let start = 0
    while (tokens[start] && (!tokens[start]!.word || (tokens[start]!.tag === 'RB' && /ly$/.test(tokens[start]!.lower)))) start++
    const rest = tokens.slice(start)
    const first = rest[0]
    return first !== undefined && !/^VB[DGN]$/.test(first.tag) && !isPastParticiple(first.lower) && isImperative(rest)
  }

  /**
   * Whether a reader noun is who gains: the subject ("Managers see every request") or after
   * "for", "lets", "helps"… ("so drivers can…"); not an item in a list of what the company
   * provides ("We also provide drop trailers, team drivers and…").
   */
  function namesWhoGains(tokens: Token[]): boolean {
    let verbBefore = false
    for (const [index, token] of tokens.entries()) {
      if (token.word && stakeWords.readerNouns.has(token.lower)) {
        // "for companies in 30 countries", "for 3,000 teams": a count of others, not who gains.
        if (!isCountedGroup(tokens, index) && (!verbBefore || gainers.test(tokens[index - 1]?.lower ?? ''))) return true
      }
      if (/^(VB|MD)/.test(token.tag) && token.word) verbBefore = true
    }
    return false
  }

  /**
   * Word-level checks before the (costly) tagger runs: no reader word, question mark or
   * code, and a feature verb with a word that can start a product subject (our, it, a
   * brand, a product noun) shortly before it in the same clause.
   */
  function isCandidate(sentence: Sentence, productBefore: boolean): boolean {
    const words: string[] = []
    const breaks: boolean[] = []
    let broken = false
    for (const node of sentence.children) {
      if (node.type === 'SourceNode') return false
      if (node.type === 'PunctuationNode') {
        if (node.value === '?') return false
        if (node.value !== '-' && node.value !== "'" && node.value !== '\u2019') broken = true
        continue
      }
      if (node.type !== 'WordNode') continue
      const lower = normal(node)
      if (readerForms.has(lower)) return false
      words.push(lower === 'it' || lower === 'our' || lower === 'its' ? lower : brandFirst.has(textOf(node).replace(/['\u2019]s$/, '')) ? '\u0000brand' : lower)
      breaks.push(broken)
      broken = false
    }
    for (let index = 1; index < words.length; index++) {
      if (!firstWords.has(words[index]!) || blockers.has(words[index - 1]!)) continue
      for (let back = index - 1; back >= 0 && back >= index - 7; back--) {
        const word = words[back]!
        if (word === '\u0000brand' || word === 'our' || word === 'its' || subjectNouns.has(word) || (word === 'it' && productBefore)) return true
        if (breaks[back]) break
      }
    }
    return false
  }

  /**
   * Whether the sentence has a configured brand as its subject (first word, or first after
   * a comma), so that "It" in the next sentence is the product.
   */
  function namesBrand(sentence: Sentence): boolean {
    if (brandFirst.size === 0) return false
    let atStart = true
    for (const node of sentence.children) {
      if (node.type === 'WhiteSpaceNode') continue
      if (node.type === 'WordNode') {
        if (atStart && brandFirst.has(textOf(node).replace(/['\u2019]s$/, ''))) return true
        atStart = false
      } else if (node.type === 'PunctuationNode' && /^[,;:]$/.test(node.value)) {
        atStart = true
      }
    }
    return false
  }

  function findFeatureClause(
    sentence: Sentence,
    paragraph: Paragraph,
    tokens: Token[],
    quoted: Set<unknown>,
    productBefore: boolean
  ): Found | undefined {
    const links = blockData(paragraph)?.links ?? []
    for (const start of clauseStarts(tokens)) {
      const token = tokens[start]!
      const node = sentence.children[token.child]!
      if (quoted.has(node)) continue
      if (inRanges(node.position?.start.offset, links)) continue
      const clause = productClause(tokens, start, productBefore)
      if (!clause) continue
      const verb = matchVerb(tokens, clause)
      if (verb) return verb
    }
    return undefined
  }

  /** The clause at `start` when its subject is a product, a brand or "our …". */
  function productClause(tokens: Token[], start: number, productBefore: boolean): Clause | undefined {
    const token = tokens[start]!
    // "Acme…", and "The Acme app…"; "The Acme Tap app…" and, for Northwind Bank, "The
    // Northwind Tap app…": a product named after the brand.
    const first = token.lower === 'the' ? start + 1 : start
    const found = findNames(tokens, start, brands) ?? (first > start ? findNames(tokens, first, brands) : undefined)
    let nameEnd = found === undefined ? undefined : productName(tokens, found)
    if (nameEnd === undefined && brandFirst.has(tokens[first]?.text ?? '')) {
      const end = productName(tokens, first)
      if (end > first) nameEnd = end
    }
    if (nameEnd !== undefined) return readClause(tokens, start, verbForms, nameEnd)
    if (token.lower === 'it') return productBefore ? readClause(tokens, start, verbForms) : undefined
    // "Each of our 14 clubs comes with…": the clause of "our …".
    if (/^(each|all|both)$/.test(token.lower) && tokens[start + 1]?.lower === 'of' && tokens[start + 2]?.lower === 'our') return productClause(tokens, start + 2, productBefore)
    // A bare plural opening the sentence: "Amenities include a pool…", "Features include…".
    if (start === tokens.findIndex((item) => item.word) && subjectNouns.has(token.lower) && /s$/.test(token.lower)) {
      const clause = readClause(tokens, start, verbForms)
      return clause?.head === start ? clause : undefined
    }
    // "Key features include…", "Standard amenities include…".
    const next = tokens[start + 1]
    if (start === tokens.findIndex((item) => item.word) && listOpeners.has(token.lower) && next?.word && subjectNouns.has(next.lower) && /s$/.test(next.lower)) {
      const clause = readClause(tokens, start, verbForms)
      return clause?.head === start + 1 ? clause : undefined
    }
    if (token.lower === 'our' || productDeterminers.has(token.lower)) {
      const clause = readClause(tokens, start, verbForms)
      if (!clause) return undefined
      const head = tokens[clause.head]!.lower
      if (token.lower === 'our') return notProduct.has(head) || stakeWords.readerNouns.has(head) ? undefined : clause
      if (!subjectNouns.has(head)) return undefined
      if (/^(each|every|all)$/.test(token.lower) && !planNouns.has(head)) return undefined
      // "the LangGraph platform offers…": someone else's product, unless it is a plan name.
      if (!planNouns.has(head) && hasOtherName(tokens, start + 1, clause.head)) return undefined
      return clause
    }
    return undefined
  }

  /**
   * The end of a product's name that starts with the brand's name ending at `end`: up to
   * three more capitalised words, when a product noun follows them in lower case ("Tap" in
   * "the Northwind Tap app"); `end` when there are none.
   */
  function productName(tokens: Token[], end: number): number {
    let last = end
    while (last - end < 3 && tokens[last + 1]?.word && /^[A-Z]/.test(tokens[last + 1]!.text)) last++
    const noun = tokens[last + 1]
    return last > end && noun?.word && /^[a-z]/.test(noun.text) && subjectNouns.has(noun.lower) ? last : end
  }

  /**
   * Whether tokens `from`..`to` hold a capitalised name that is not a configured brand. A
   * name that opens with a brand's first word is the brand's own product ("the Northwind Tap
   * app" for Northwind Bank).
   */
  function hasOtherName(tokens: Token[], from: number, to: number): boolean {
    for (let index = from; index < to; index++) {
      const token = tokens[index]!
      if (!token.word || !/^[A-Z]/.test(token.text)) continue
      if (brandFirst.has(token.text)) return false
      if (findNames(tokens, index, brands) === undefined) return true
    }
    return false
  }

  /** The feature verb phrase at the clause's verb, with an object after it. */
  function matchVerb(tokens: Token[], clause: Clause): Found | undefined {
    const [first] = clause.verbs
    for (const entry of entries) {
      let index = first
      let ok = true
      for (const word of entry.words) {
        while (tokens[index]?.word && /^(now|also|even|still|already)$/.test(tokens[index]!.lower) && tokens[index]!.lower !== word) index++
        if (tokens[index]?.lower !== word) {
          ok = false
          break
        }
        index++
      }
      // The verb phrase is the whole verb group: "has" but not "has grown".
      if (!ok || index - 1 < clause.verbs[1]) continue
      const verbEnd = index - 1
      // "Our services include: structural surveys; planning applications; and new builds."
      const colon = tokens[index]?.lower === ':'
      if (colon) index++
      const object = tokens[index]
      if (!object?.word || objectBreakers.has(object.lower) || peopleObjects.has(object.lower)) continue
      // "supports small businesses", "offers all members…"; not "features a members' lounge", a kind of room.
      if (tokens[index + 1]?.word && peopleObjects.has(tokens[index + 1]!.lower) && /^(JJ|DT)$/.test(object.tag) && tokens[index + 2]?.lower !== "'") continue
      const list = isList(tokens, index, colon, entry.listOnly)
      if (entry.listOnly && !list) continue
      // A list of features ("SSO, audit logs and SCIM"): one quality ("offers unrivaled
      // usability") is a claim, not a feature list, and single features on real pages
      // nearly always sit beside what they do for the reader.
      if (!list && !isLooseList(tokens, index)) continue
      if (holdsQuality(tokens, index)) continue
      return {clause, verb: [first, verbEnd]}
    }
    return undefined
  }
}

/**
 * Whether the object starting at `index` is a list joined by "and" ("X, Y and Z", "X and
 * Y"), before any other verb, preposition or clause.
 */
function isList(tokens: Token[], index: number, semicolons = false, secondVerb = false): boolean {
  for (let at = index; at < tokens.length && at < index + 16; at++) {
    const token = tokens[at]!
    // Another clause; taggers often call list nouns verbs ("audit logs", "rain shower"), so
    // only auxiliaries and past forms count.
    if (at > index && isFinite(token) && (token.tag === 'MD' || token.tag === 'VBD' || /^(is|are|was|were|has|have|had|does|do|did)$/.test(token.lower))) return false
    if (listJoiners.has(token.lower)) {
      if (joinsAdjectives(tokens, at)) continue
      // After a verb that lists only a list ("covers", "has"), "covers the same ground and runs
      // once a month": a second verb, not a second item.
      const next = tokens[at + 1]
      if (secondVerb && next?.tag === 'VBZ' && /^(RB|DT|IN|CD)$/.test(tokens[at + 2]?.tag ?? '')) return false
      return next?.word === true
    }
    // After a colon, items may be separated by semicolons ("include: surveys; extensions; and builds").
    if (semicolons && token.lower === ';') continue
    if (/^(to|which|that|so|for|because|while|when|who|where|if|with)$/.test(token.lower) || /^[.)\]!?:;]$/.test(token.lower)) return false
    // "has a long tradition of providing security, reliability…": the list is not the object.
    if (at > index && token.tag === 'IN') return false
  }
  return false
}

/**
 * Whether the "and" at `at` joins two adjectives of one item ("a fully custom and deployable
 * admin panel", "a fully deployable and customizable cloud-based system"): the word before
 * it is an adjective and a noun follows the word after it. Taggers call unknown adjectives
 * nouns, so adjective endings count too.
 */
function joinsAdjectives(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1]
  const after = tokens[at + 1]
  if (!before?.word || !after?.word) return false
  // "video consultations, e-prescribing and secure messaging": a noun and a comma before the
  // word make it an item of a list, whatever its tag.
  const item = tokens[at - 3]
  if (tokens[at - 2]?.lower === ',' && item?.word && /^NNS?$/.test(item.tag) && !adjectiveEnding.test(item.lower)) return false
  const adjective = (token: Token) => /^(JJ|RB)/.test(token.tag) || adjectiveEnding.test(token.lower)
  // "fully custom and…": a word after an -ly adverb is an adjective, whatever its tag.
  const modified = tokens[at - 2]?.word === true && /^[a-z]+ly$/.test(tokens[at - 2]!.lower)
  if (!adjective(before) && !modified) return false
  if (/^RB/.test(before.tag)) return true
  return adjective(after) && tokens[at + 2]?.word === true
}

/** Words that join the last item of a list: "X, Y and Z", "X & Y", "X plus Y". */
const listJoiners = new Set(['and', '&', 'plus'])

/** Endings of adjectives a tagger may not know ("deployable", "customizable", "cloud-based"). */
const adjectiveEnding = /(?:able|ible|ful|less|ive|ous|-based|-ready|-friendly)$/


/** Whether a sentence says what something is for with "for" and a verb in -ing ("charts for analyzing spending"). */
function forDoing(tokens: Token[]): boolean {
  return tokens.some((_, index) => forDoingAt(tokens, index))
}

/** Whether tokens `index` and the next are "for" and a verb in -ing. */
function forDoingAt(tokens: Token[], index: number): boolean {
  const next = tokens[index + 1]
  return tokens[index]!.lower === 'for' && next?.word === true && (next.tag === 'VBG' || /[a-z]ing$/.test(next.lower))
}

/** Whether an item of the object names a gain ("fast builds", "easy setup"), up to the clause's end. */
function namesGain(tokens: Token[], from: number): boolean {
  for (let at = from; at < tokens.length && at < from + 30; at++) {
    const token = tokens[at]!
    if (endsObject(token)) return false
    if (token.word && gainAdjectives.has(token.lower) && tokens[at + 1]?.word) return true
  }
  return false
}

/** Whether a token ends an object: closing punctuation, or a word that starts another clause. */
function endsObject(token: Token): boolean {
  return /^[.;:!?)\]]$/.test(token.lower) || /^(which|that|so|because|while|when|who|where|if|but)$/.test(token.lower)
}

/**
 * Whether the object's items, up to the end of its clause, are mostly qualities
 * ("unrivaled usability, expediency and customization"; see words.json).
 */
function holdsQuality(tokens: Token[], index: number): boolean {
  let items = 0
  let qualities = 0
  let current = false
  let open = false
  for (let at = index; at < tokens.length && at < index + 30; at++) {
    const token = tokens[at]!
    if (endsObject(token)) break
    if (token.lower === ',' || token.lower === 'or' || listJoiners.has(token.lower)) {
      if (open) {
        items++
        if (current) qualities++
      }
      open = false
      current = false
      continue
    }
    if (!token.word) continue
    open = true
    if (qualityNouns.has(token.lower)) current = true
  }
  if (open) {
    items++
    if (current) qualities++
  }
  return items > 0 && qualities * 2 > items
}

/**
 * Whether the object holds a list joined by "and", "&" or "plus" anywhere before the clause
 * ends: looser than isList ("live GPS, proof of delivery and exception reports", "access
 * to the pool, sauna and group classes"), for verbs that are not list-only.
 */
function isLooseList(tokens: Token[], index: number): boolean {
  for (let at = index; at < tokens.length && at < index + 30; at++) {
    const token = tokens[at]!
    if (endsObject(token)) return false
    if (at > index && token.tag === 'MD') return false
    if (listJoiners.has(token.lower)) {
      if (joinsAdjectives(tokens, at)) continue
      return tokens[at + 1]?.word === true
    }
  }
  return false
}

/**
 * Whether the object says what the feature is for: "for building forms", "templates to
 * get started", or a result after a comma ("…, eliminating the need for training").
 */
function hasPurpose(tokens: Token[], from: number, outcomeVerbs: ReadonlySet<string>): boolean {
  for (let index = from; index < tokens.length - 1; index++) {
    const token = tokens[index]!
    const next = tokens[index + 1]!
    if (forDoingAt(tokens, index)) return true
    // "to perfectly balance security and access"
    const verb = next.tag === 'RB' && tokens[index + 2]?.word ? tokens[index + 2]! : next
    if (token.lower === 'to' && verb.word && /^(VB|VBP)$/.test(verb.tag)) return true
    // "for truly optimized mobile experiences", "for faster checkout"
    if (token.lower === 'for' && /^(VBN|JJR)$/.test((next.tag === 'RB' ? tokens[index + 2] : next)?.tag ?? '')) return true
  }
  return hasOutcomeClause(tokens, from, outcomeVerbs)
}

function endsWithColon(tokens: Token[]): boolean {
  for (let index = tokens.length - 1; index >= 0; index--) {
    const token = tokens[index]!
    if (token.word) return false
    if (token.lower === ':') return true
  }
  return false
}

function reportFeature(file: Parameters<Transformer>[1], sentence: Sentence, tokens: Token[], found: Found): void {
  const [from, to] = found.verb
  const actual = tokenText(sentence, tokens, from, to)
  const [subjectFrom, subjectTo] = found.clause.subject
  const subjectWords = subjectTo - subjectFrom + 1
  const quote = subjectWords <= 5 ? tokenText(sentence, tokens, subjectFrom, to) : actual
  const reason = `“${quote}” lists features without saying what they do for the reader: add what they let the reader do (“so you can …”)`
  report(file, {
    ruleId: 'feature-no-benefit',
    url: meta.url,
    start: sentence.children[tokens[from]!.child]!,
    end: sentence.children[tokens[to]!.child]!,
    actual,
    expected: [],
    reason
  })
}

/** Words before a reader noun that make it who gains. */
const gainers = /^(for|lets|let|helps|help|allows|allow|gives|give|so|enables|enable|empowers|empower)$/

export const rule: RuleModule<FeatureNoBenefitOptions> = {meta, plugin: retextYoufirstFeatureNoBenefit}

/** The first sentence of a body block (a paragraph or list item), if any. */
function firstSentence(block: Root['children'][number] | undefined): Sentence | undefined {
  if (block?.type !== 'ParagraphNode') return undefined
  const data = blockData(block)
  const kind = data?.kind
  if (kind !== 'paragraph' && kind !== 'listItem') return undefined
  // "[Book your dog's first groom](/book)": a call to action on its own is where the reader
  // goes next, not what the features do for them.
  if (data?.cta || (data?.links && onlyInRanges(block, data.links))) return undefined
  return block.children.find((child): child is Sentence => child.type === 'SentenceNode')
}

/** A warning in the sentence: "so we can't guarantee that any recipe is free from traces". */
function isWarning(tokens: Token[]): boolean {
  return tokens.some((token, index) => /^(guarantee|promise|ensure)$/.test(token.lower) && tokens.slice(Math.max(0, index - 3), index).some((before) => /^(cannot|can't|not|n't|never)$/.test(before.lower)))
}
