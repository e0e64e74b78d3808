/**
 * Shallow clause reading for rules that need to know who does what in a sentence: the
 * subject of a clause ("We", "Our platform", "Acme's app"), its verb group ("has been
 * selling", "offers"), and whether the sentence is a question or an instruction.
 *
 * It works on part-of-speech tags from a tagger (see `tagger.ts`), corrected by a few
 * rules for the noun/verb ambiguity that taggers get wrong most in product copy ("Our
 * jackets feature…", "The resort features…"). Tagging costs far more than reading words,
 * so rules call `readTokens` only for the few sentences that can matter.
 */
import type {Sentence, SentenceContent} from 'nlcst'
import {textOf} from './words.js'
import {canBeVerb as lexicalVerb, tagWords} from './tagger.js'
import gains from './gains.json' with {type: 'json'}

/** One word, part of a contracted word ("we" and "'ll" of "we'll"), or punctuation. */
export interface Token {
  /** The text as written. */
  text: string
  /** Lower case, with curly apostrophes made straight. */
  lower: string
  /** Penn Treebank tag for words; the mark itself for punctuation; `CODE` for inline code. */
  tag: string
  /** Index of the nlcst node in `sentence.children`. */
  child: number
  /** Whether this is (part of) a word. */
  word: boolean
}

/** Verbs of cutting a cost (gains.json), whose -s form is seldom the head of a noun before a verb. */
const cuttingVerbs: ReadonlySet<string> = new Set(gains.cuttingVerbs)

const contraction = /^(.*[a-z])('s|'re|'ve|'ll|'d|'m|n't)$/i
const pronounIs = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'he', 'she', 'where', 'how', 'this'])

const read = new WeakMap<Sentence, Token[]>()

/** Tokens of `sentence`, tagged; read once per sentence and shared by every rule, so treat them as read-only. */
export function readTokens(sentence: Sentence): Token[] {
  let tokens = read.get(sentence)
  if (!tokens) {
    tokens = tokenize(sentence)
    read.set(sentence, tokens)
  }
  return tokens
}

function tokenize(sentence: Sentence): Token[] {
  const tokens: Token[] = []
  sentence.children.forEach((node: SentenceContent, child) => {
    if (node.type === 'WhiteSpaceNode') return
    const text = textOf(node)
    if (node.type === 'WordNode') {
      const straight = text.replace(/[\u2018\u2019]/g, "'")
      const parts = contraction.exec(straight)
      if (parts && !/^(can't|won't|ain't)$/i.test(straight)) {
        const base = parts[1]!
        const rest = parts[2]!
        tokens.push({text: text.slice(0, base.length), lower: base.toLowerCase(), tag: '', child, word: true})
        tokens.push({text: text.slice(base.length), lower: rest.toLowerCase(), tag: '', child, word: true})
      } else if (/^(can't|won't)$/i.test(straight)) {
        tokens.push({text: text.slice(0, text.length - 3), lower: straight.slice(0, 2).toLowerCase() === 'wo' ? 'will' : 'can', tag: '', child, word: true})
        tokens.push({text: text.slice(-3), lower: "n't", tag: '', child, word: true})
      } else {
        tokens.push({text, lower: straight.toLowerCase(), tag: '', child, word: true})
      }
      return
    }
    if (node.type === 'SourceNode') {
      tokens.push({text, lower: text, tag: 'CODE', child, word: false})
      return
    }
    // "Our Clause Graph™ engine": a trademark sign is part of the name before it.
    if (/^[\u2122\u00AE\u2120]$/.test(text)) return
    const value = text.replace(/[\u2018\u2019]/g, "'")
    tokens.push({text, lower: value, tag: value, child, word: false})
  })

  const words = tokens.filter((token) => token.word)
  const tags = tagWords(words.map((token) => token.text))
  words.forEach((token, index) => {
    token.tag = fixTag(token, words[index - 1], tags[index] ?? 'NN', words[index - 2])
  })
  // "our near-miss register template": a base verb between a modifier and a noun is a noun.
  words.forEach((token, index) => {
    const previous = words[index - 1]
    const next = words[index + 1]
    if (/^VBP?$/.test(token.tag) && previous?.tag === 'JJ' && /^(PRP\$|DT)$/.test(words[index - 2]?.tag ?? '') && /^NNS?$/.test(next?.tag ?? '')) token.tag = 'NN'
    // "Our Infrastructure Leads have to…": an -s word between a noun and a plural verb is the
    // plural noun, not a verb with no object.
    if (token.tag === 'VBZ' && /[^s']s$/.test(token.lower) && /^NNP?$/.test(previous?.tag ?? '') && pluralVerbs.has(next?.lower ?? '') && !cuttingVerbs.has(token.lower)) token.tag = 'NNS'
    // "Tallyo partners with…", "Northwind Bank teams up with…": after a name that opens the
    // sentence, an -s word before "with" that can be a verb is the verb.
    else if (token.tag === 'NNS' && previous?.tag === 'NNP' && next?.lower === 'with' && words.slice(0, index).every((word, at) => word.tag === 'NNP' || (at === 0 && word.lower === 'the')) && lexicalVerb(token.lower)) token.tag = 'VBZ'
  })
  return tokens
}

/** Verb forms that need a plural subject, so an -s word right before one is a noun. */
const pluralVerbs = new Set(['have', 'are', 'were', 'do', "'ve", "'re"])

/** Third-person verbs a tagger may read as plural nouns right after a noun. */
const commonVerbs = new Set(['ships', 'comes', 'offers', 'includes', 'supports', 'provides', 'helps', 'lets', 'gives', 'works', 'runs', 'handles', 'covers', 'integrates', 'features', 'boasts', 'contains'])

function fixTag(token: Token, previous: Token | undefined, tag: string, before?: Token): string {
  // "Kitely Plus includes…": a capitalised "Plus" after a name is part of the name (a plan).
  if (token.text === 'Plus' && tag === 'CC' && previous?.tag === 'NNP') return 'NNP'
  switch (token.lower) {
    case "'ll":
    case "'d":
      return 'MD'
    case "'re":
    case "'ve":
    case "'m":
      return 'VBP'
    case "n't":
      return 'RB'
    case "'s":
      return previous && pronounIs.has(previous.lower) ? 'VBZ' : 'POS'
    case 'we':
    case 'they':
    case 'i':
    case 'you':
      return 'PRP'
    case 'our':
    case 'your':
    case 'their':
    case 'my':
      return 'PRP$'
    default:
  }
  // A hyphenated compound in front of a noun is a modifier ("award-winning", "role-based").
  if (/[a-z]-[a-z]/i.test(token.text) && /^VB[GDN]$/.test(tag)) return 'JJ'
  // …and so is one after a determiner, whatever verb tag it got ("our family-run team").
  if (/[a-z]-[a-z]/i.test(token.text) && /^VB/.test(tag) && previous && /^(PRP\$|DT)$/.test(previous.tag)) return 'JJ'
  // "the charity facilitates change": a verb ending read as a plural noun after a singular one.
  if (tag === 'NNS' && previous?.tag === 'NN' && /[a-z](ates|izes|ises|ifies)$/.test(token.lower)) return 'VBZ'
  // "Kitely's editor ships with…", "the app comes with…": a common verb after "the/our/X's <noun>".
  if (tag === 'NNS' && previous?.tag === 'NN' && before && /^(POS|PRP\$|DT)$/.test(before.tag) && commonVerbs.has(token.lower)) return 'VBZ'
  return tag
}

// ---------------------------------------------------------------------------------------
// Word classes.

const be = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'re", "'m"])
const have = new Set(['have', 'has', 'had', "'ve"])
const modals = new Set(['can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must', "'ll", "'d"])
const finiteTags = new Set(['VBZ', 'VBP', 'VBD', 'MD'])
const nounTags = new Set(['NN', 'NNS', 'NNP', 'NNPS'])
const modifierTags = new Set(['JJ', 'JJR', 'JJS', 'CD', 'VBN', 'VBG', 'NN', 'NNS', 'NNP', 'NNPS', 'POS', 'FW'])
/** Words a noun phrase can start with: its object ("features two pools", "checks every chart"). */
const objectStarters = new Set([
  'a', 'an', 'the', 'every', 'each', 'any', 'all', 'more', 'no', 'some', 'many', 'several', 'over',
  'up', 'our', 'your', 'their', 'its', 'his', 'her', 'this', 'these', 'those', 'both', 'everything',
  'anything', 'hundreds', 'thousands', 'dozens', 'millions', 'you', 'us', 'them', 'it'
])
/** Adverbs that can stand between a subject and its verb ("We never sell…", "Acme now supports…"). */
const midAdverbs = new Set([
  'never', 'always', 'also', 'now', 'still', 'only', 'just', 'already', 'often', 'usually', 'proudly',
  'truly', 'really', 'even', 'actually', 'currently', 'constantly', 'continually', 'continuously',
  'regularly', 'typically', 'generally', 'simply', 'finally', 'recently', 'then', 'soon', 'not',
  "n't", 'all', 'both', 'each', 'consistently', 'specifically', 'directly', 'personally', 'carefully',
  'officially', 'gladly', 'happily', 'literally', 'uniquely', 'securely', 'automatically', 'easily',
  'quickly', 'fully', 'seamlessly', 'passionately', 'deeply', 'firmly', 'strongly', 'genuinely'
])

/** Whether the tagged token is a verb that can carry a clause (tensed verb or modal). */
export function isFinite(token: Token | undefined): boolean {
  if (!token?.word) return false
  if (modals.has(token.lower) || be.has(token.lower) || have.has(token.lower)) return token.lower !== 'be' && token.lower !== 'been' && token.lower !== 'being'
  if (token.lower === 'do' || token.lower === 'does' || token.lower === 'did') return true
  return finiteTags.has(token.tag)
}

export function isNoun(token: Token | undefined): boolean {
  return token?.word === true && nounTags.has(token.tag)
}

/** Whether the word is plural in form ("jackets", "solutions"), for agreement. */
function isPluralNoun(token: Token): boolean {
  // "campus", "business", "analysis" end in s but are singular.
  if (/(us|ss|is)$/i.test(token.text)) return false
  return token.tag === 'NNS' || token.tag === 'NNPS' || (nounTags.has(token.tag) && /[^s]s$/i.test(token.text) && token.tag !== 'NNP')
}

/**
 * Words the tagger may call nouns although they are verbs in "subject + verb + object":
 * `-s` forms after a singular noun ("The resort features two pools") and bare forms after a
 * plural one ("Our jackets feature YKK zippers"). `verbs` holds lower-case verb forms the
 * caller knows ("features", "include", …); other words need a verb reading in the lexicon.
 */
function verbInDisguise(tokens: Token[], index: number, head: Token, verbs: ReadonlySet<string>, relaxed = false): boolean {
  const token = tokens[index]!
  if (!token.word || !nounTags.has(token.tag) || token.tag === 'NNP' || token.tag === 'NNPS') return false
  if (!(verbs.has(token.lower) || canBeVerb(token.lower))) return false
  // "Our trainers use only positive methods": an adverb such as "only" may come before the object.
  const skip = tokens[index + 1]?.word && /^(only|always|never|also|exclusively|mainly|mostly)$/.test(tokens[index + 1]!.lower) && tokens[index + 2]?.word ? 1 : 0
  const next = tokens[index + 1 + skip]
  const startsObject =
    next !== undefined &&
    next.word &&
    (objectStarters.has(next.lower) ||
      /^(JJ|JJR|JJS|CD|DT|PRP\$|NNP|NNPS)$/.test(next.tag) ||
      /^\d/.test(next.text) ||
      (next.tag === 'NNS' && !verbs.has(next.lower)) ||
      // A participle before a noun: "feature advanced WMS software", "offers automated feeds".
      (/^VB[DNG]$/.test(next.tag) && /^(NN|NNS|NNP|NNPS|JJ)$/.test(tokens[index + 2 + skip]?.tag ?? '')) ||
      (relaxed && next.tag === 'NN'))
  const plural = isPluralNoun(head)
  if (/[^s]s$/.test(token.lower)) {
    if (plural) return false
    if (startsObject) return true
    // "The platform ships with a Stripe connector".
    if (next?.lower === 'with' && /^(ships|comes|arrives)$/.test(token.lower)) return true
    // "Our platform cuts build times": an -s word after a singular noun is the verb unless
    // a verb follows it ("Our care teams utilize…", "Our sales teams are…"). A verb of
    // cutting before a bare verb form and a plural noun has a compound object: "cuts lead
    // times", "halves build times".
    if (cuttingVerbs.has(token.lower) && next?.word && /^VBP?$/.test(next.tag) && tokens[index + 2]?.tag === 'NNS') return true
    return next !== undefined && next.word && !isFinite(next) && !/^VB/.test(next.tag) && next.tag !== 'IN' && next.tag !== 'CC' && next.tag !== 'TO' && !/^(VBG|RB)$/.test(next.tag)
  }
  if (plural) {
    // "Our free complaints record template is built…": a noun then a finite verb follows, so
    // the bare word is part of the name.
    if (next?.tag === 'NN' && /^(is|are|was|were|has|have|'s)$/.test(tokens[index + 2]?.lower ?? '')) return false
    return startsObject || (next?.word === true && (next.tag === 'NN' || next.tag === 'IN'))
  }
  return false
}

/** A few verbs a WSJ-era lexicon misses or knows only as nouns. */
const extraVerbs = new Set([
  'text', 'texts', 'email', 'emails', 'refund', 'refunds', 'book', 'books', 'cook', 'cooks', 'ship', 'ships',
  'bill', 'bills', 'host', 'hosts', 'feature', 'features', 'power', 'powers', 'review', 'reviews',
  'check', 'checks', 'call', 'calls', 'store', 'stores', 'match', 'matches', 'handle', 'handles',
  'leverage', 'leverages', 'partner', 'partners', 'craft', 'crafts', 'source', 'sources', 'design', 'designs',
  'build', 'builds', 'empower', 'empowers', 'pride', 'prides', 'value', 'values', 'serve', 'serves',
  'staff', 'staffs', 'team', 'range', 'ranges', 'offer', 'offers', 'support', 'supports', 'include',
  'includes', 'boast', 'boasts', 'house', 'houses', 'stock', 'stocks', 'love', 'loves', 'care', 'cares',
  'guide', 'guides'
])

/** Whether `lower` can be a verb. */
export function canBeVerb(lower: string): boolean {
  return extraVerbs.has(lower) || lexicalVerb(lower)
}

// ---------------------------------------------------------------------------------------
// Clauses.

export interface Clause {
  /** Token indices of the subject, first and last. */
  subject: [number, number]
  /** Token index of the subject's head word. */
  head: number
  /** Token indices of the verb group, from the first auxiliary to the main verb. */
  verbs: [number, number]
  /** Lower-case main verb ("offers", "been", "founded"). */
  main: string
  /** Whether the main verb is a form of "be" used as a copula ("We are passionate"). */
  copula: boolean
}

const subordinators = new Set([
  'if', 'when', 'whenever', 'while', 'because', 'although', 'though', 'unless', 'until', 'once',
  'since', 'before', 'after', 'as', 'that', 'which', 'who', 'whom', 'whose', 'what', 'where', 'how',
  'why', 'whether', 'so', 'than', 'wherever', 'whatever', 'whoever', 'whichever', 'till', 'lest'
])
const determiners = new Set(['the', 'a', 'an', 'each', 'every', 'all', 'this', 'these', 'that', 'those', 'our', 'its', 'their', 'both', 'any'])
const coordinators = new Set(['and', 'but', 'yet', 'or', 'so', 'plus'])

/**
 * Token indices where a main clause may start: the first word, the word after an opening
 * phrase ("Since 1952, we…", "At Acme we…"), and the word after a clause boundary (", and
 * we…", "; we…"). Words after a subordinator ("if we…", "the software we build") are not
 * main-clause starts.
 */
export function clauseStarts(tokens: Token[]): number[] {
  const starts: number[] = []
  const first = tokens.findIndex((token) => token.word)
  if (first === -1) return starts
  starts.push(first)

  // "At Acme we believe…", "In 2009 we opened…", "Today we run…": an opening phrase
  // without a comma, made of a preposition and its object or a time adverb.
  const opener = tokens[first]!
  // "Last year we opened…", "This spring our team…": a time phrase without a preposition.
  const timePhrase = timeDeterminers.has(opener.lower) && timeNouns.has(tokens[first + 1]?.lower ?? '')
  if ((opener.tag === 'IN' && !subordinators.has(opener.lower)) || openingAdverbs.has(opener.lower) || timePhrase) {
    for (let index = first + 1; index < tokens.length && index < first + 8; index++) {
      const token = tokens[index]!
      if (!token.word) break
      // "Today the firm employs…": "the" may open a subject too (its noun decides).
      if (isSubjectPronoun(token) || token.lower === 'our' || (token.lower === 'the' && openingAdverbs.has(opener.lower))) {
        // "Of the platforms we've seen": after a common noun, "we" opens a relative clause.
        const before = tokens[index - 1]!
        const relative = (before.tag === 'NN' || before.tag === 'NNS') && !timeNouns.has(before.lower) && !openingAdverbs.has(before.lower)
        if ((index > first + 1 || openingAdverbs.has(opener.lower)) && (!relative || (timePhrase && index === first + 2))) starts.push(index)
        break
      }
      if (isFinite(token) || subordinators.has(token.lower)) break
    }
  }

  for (let index = first + 1; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.word) continue
    if (![',', ';', ':', '\u2014', '\u2013', '(', '-'].includes(token.lower)) continue
    let next = index + 1
    while (tokens[next] && !tokens[next]!.word && tokens[next]!.tag !== 'CODE') next++
    const word = tokens[next]
    if (!word) break
    if (coordinators.has(word.lower) && tokens[next + 1]?.word) {
      starts.push(next + 1)
      continue
    }
    starts.push(next)
  }
  // "…, and we…" is handled above; "We ship fast and we never charge…" here.
  tokens.forEach((token, index) => {
    if (index > first && token.word && coordinators.has(token.lower) && token.lower !== 'so' && isSubjectPronoun(tokens[index + 1])) {
      starts.push(index + 1)
    }
  })
  return [...new Set(starts)].sort((a, b) => a - b)
}

const timeNouns = new Set(['year', 'years', 'decade', 'decades', 'month', 'months', 'week', 'weeks', 'day', 'days', 'time', 'times', 'century', 'while', 'summer', 'winter', 'spring', 'autumn', 'fall', 'quarter'])
const timeDeterminers = new Set(['last', 'this', 'every', 'each', 'next'])
const openingAdverbs = new Set(['today', 'together', 'recently', 'yesterday', 'currently', 'since', 'everywhere'])

function isSubjectPronoun(token: Token | undefined): boolean {
  return token?.word === true && (token.lower === 'we' || token.lower === 'it' || token.lower === 'they')
}

/**
 * Read a clause whose subject starts at token `start`: a pronoun ("We"), or a noun phrase
 * ("Our award-winning coffee", "Acme's platform", "The Pro plan", "Our team of
 * strategists"). Returns undefined when no tensed verb follows the subject.
 *
 * `verbs`: lower-case verb forms the caller expects, used to correct the tagger.
 * `nameEnd`: for a subject that starts with a multi-word name, the token index of its last word.
 */
/**
 * Whether the word at `index`, after a plural noun, is the middle of a noun compound: a
 * verb-like word (*gathering*, *register*, *tracking*), then a singular noun (two for a word
 * tagged as a noun, *logistics request form template*), then (after adverbs) the verb of the
 * sentence.
 */
function isCompoundMiddle(tokens: Token[], index: number): boolean {
  const token = tokens[index]!
  if (!/^(VBG|VBP|VB|NN)$/.test(token.tag) || tokens[index - 1]?.tag !== 'NNS') return false
  const noun = tokens[index + 1]
  if (!noun?.word || noun.tag !== 'NN') return false
  // A noun that is not an -ing word needs two more nouns before the verb: "Our free
  // logistics request form template simplifies…" (not "Our clients report success rates").
  let at = index + 2
  if (token.tag === 'NN' && !token.lower.endsWith('ing')) {
    if (!tokens[at]?.word || tokens[at]!.tag !== 'NN') return false
    at++
  }
  while (tokens[at]?.word && tokens[at]!.tag === 'RB') at++
  const verb = tokens[at]
  return verb !== undefined && verb.word && (/^(VBZ|MD)$/.test(verb.tag) || /^(is|was|has)$/.test(verb.lower))
}

export function readClause(tokens: Token[], start: number, verbs: ReadonlySet<string> = new Set(), nameEnd = start): Clause | undefined {
  // When no verb turns up, read a noun-or-verb word as the verb: "Our company values
  // integrity" has no other verb, so "values" must be it.
  return readClauseWith(tokens, start, verbs, nameEnd, false) ?? (hasPlainVerb(tokens) ? undefined : readClauseWith(tokens, start, verbs, nameEnd, true))
}

const plainVerbs = new WeakMap<Token[], boolean>()

/**
 * Whether the sentence has a finite verb that is not also a noun. Asked for every clause
 * start, so it is worked out once per sentence: a sentence of thousands of clauses stays
 * linear.
 */
function hasPlainVerb(tokens: Token[]): boolean {
  let found = plainVerbs.get(tokens)
  if (found === undefined) {
    found = tokens.some((token) => isFinite(token) && !nounTags.has(token.tag))
    plainVerbs.set(tokens, found)
  }
  return found
}

function readClauseWith(tokens: Token[], start: number, verbs: ReadonlySet<string>, nameEnd: number, relaxed: boolean): Clause | undefined {
  const first = tokens[start]
  if (!first?.word) return undefined
  let end = nameEnd
  let head = nameEnd

  if (first.tag !== 'PRP') {
    // Noun phrase: modifiers and nouns, lists of adjectives ("cutting-edge, robust fraud
    // engine"), a possessive ("Acme's platform"), an "of" phrase ("team of strategists").
    let index = nameEnd + 1
    // A name ("Acme", "Harbor & Co") is a noun already; "our", "the", "each" need one.
    let sawNoun = nameEnd > start || !(first.tag === 'PRP$' || first.tag === 'DT' || determiners.has(first.lower))
    while (index < tokens.length) {
      const token = tokens[index]!
      if (!token.word) {
        // "cutting-edge, robust fraud engine": a comma between modifiers.
        // Taggers often call a hyphenated modifier a noun ("cutting-edge").
        // "Our turnkey, scalable solutions", "Our fast, friendly team": a lone word after the
        // determiner, then an adjective, is a modifier too, however the tagger read it.
        const modifierBefore =
          !sawNoun ||
          (index - 1 > start && /[a-z]-[a-z]/i.test(tokens[index - 1]!.text)) ||
          (index - 1 === nameEnd + 1 && tokens[index - 1]!.tag !== 'NNS' && /^JJ/.test(tokens[index + 1]?.tag ?? ''))
        if (token.lower === ',' && modifierBefore && tokens[index + 1]?.word && modifierTags.has(tokens[index + 1]!.tag)) {
          index++
          continue
        }
        if (token.lower === '&' && tokens[index + 1]?.word) {
          index++
          continue
        }
        break
      }
      // "Our requirements gathering template is…", "Our complaints register template
      // generates…": a noun compound whose middle word taggers read as a verb.
      if (sawNoun && isCompoundMiddle(tokens, index)) {
        end = index
        index++
        // The nouns after it belong to the compound too ("request form template").
        while (tokens[index]?.word && tokens[index]!.tag === 'NN') {
          end = head = index
          index++
        }
        continue
      }
      if (sawNoun && isFinite(token) && !nounTags.has(token.tag)) break
      if (sawNoun && verbInDisguise(tokens, index, tokens[head]!, verbs, relaxed)) break
      if (nounPhrasePrepositions.has(token.lower) && sawNoun && tokens[index + 1]?.word) {
        // "Our team of world-class strategists is…", "Our approach to wellness integrates…":
        // skip the phrase.
        let inner = index + 1
        const phraseWord = (at: number) => tokens[at]?.word === true && (modifierTags.has(tokens[at]!.tag) || tokens[at]!.tag === 'DT') && !isFinite(tokens[at])
        while (phraseWord(inner)) inner++
        if (inner === index + 1) break
        // A list in the phrase: "Our team of chefs, event managers and waiting staff delivers…",
        // "Our values of integrity, partnership and stewardship guide…".
        while (inner > index + 1 && (tokens[inner]?.lower === ',' || /^(and|or)$/.test(tokens[inner]?.lower ?? ''))) {
          let next = inner + 1
          if (tokens[inner]!.lower === ',' && /^(and|or)$/.test(tokens[next]?.lower ?? '')) next++
          if (!phraseWord(next)) break
          inner = next
          // The list's last noun may be followed by the verb a tagger reads as a noun ("…and
          // stewardship guide every decision").
          while (phraseWord(inner) && !(inner > next && verbInDisguise(tokens, inner, tokens[head]!, verbs, relaxed))) inner++
        }
        end = inner - 1
        index = inner
        continue
      }
      if (token.tag === 'POS') {
        index++
        continue
      }
      // A past form right after the determiner is a modifier ("Our integrated solutions"), and
      // so is a bare verb form before a noun ("Our dispatch team", "our support staff").
      const participle =
        !sawNoun && !isAuxiliary(token) &&
        ((token.tag === 'VBD' && /^(NN|NNS|NNP|JJ|VBG)$/.test(tokens[index + 1]?.tag ?? '')) ||
          (/^VBP?$/.test(token.tag) && index === start + 1 && /^(PRP\$|DT)$/.test(first.tag) && /^NNS?$/.test(tokens[index + 1]?.tag ?? '')))
      // An adverb before an adjective or a participle: "Our highly trained operatives".
      const adverb = token.tag === 'RB' && !sawNoun && tokens[index + 1]?.word === true && (/^JJ/.test(tokens[index + 1]!.tag) || (/ly$/.test(token.lower) && /^VB[DN]$/.test(tokens[index + 1]!.tag)))
      if (modifierTags.has(token.tag) || participle || adverb) {
        if (nounTags.has(token.tag)) {
          sawNoun = true
          head = index
        }
        end = index
        index++
        continue
      }
      break
    }
    // "The collective was founded…": a word the tagger calls an adjective, right before the
    // verb, is the head noun.
    if (!sawNoun && end > start && /^JJ/.test(tokens[end]!.tag) && isFinite(tokens[end + 1])) {
      sawNoun = true
      head = end
    }
    if (!sawNoun) return undefined
  }

  // Verb group: adverbs, auxiliaries, then the main verb; first an aside between subject and
  // verb ("Medra (formerly Carewell Health) operates…", "Lumen, which was founded in 2012, employs…").
  let index = skipAside(tokens, end + 1)
  while (tokens[index]?.word && midAdverbs.has(tokens[index]!.lower) && !isFinite(tokens[index])) index++
  const verb = tokens[index]
  if (!verb?.word) return undefined
  const finite =
    isFinite(verb) ||
    verbInDisguise(tokens, index, tokens[head]!, verbs, relaxed) ||
    // Taggers read "streamline" in "Our solutions streamline…" as a bare verb (VB).
    (verb.tag === 'VB' && (first.tag === 'PRP' || isPluralNoun(tokens[head]!))) ||
    (first.tag === 'PRP' && canBeVerb(verb.lower) && (verb.tag === 'NN' || verb.tag === 'NNS' || verb.tag === 'JJ'))
  if (!finite) return undefined
  const verbStart = index
  let last = index
  // Auxiliaries: "has been selling", "will be", "are proud to", "can't".
  while (isAuxiliary(tokens[last]!)) {
    let next = last + 1
    while (tokens[next]?.word && (midAdverbs.has(tokens[next]!.lower) || tokens[next]!.lower === "n't")) next++
    const after = tokens[next]
    if (!after?.word || !(/^VB/.test(after.tag) || be.has(after.lower) || have.has(after.lower) || after.lower === 'be')) break
    last = next
  }
  const main = tokens[last]!.lower
  return {
    subject: [start, end],
    head,
    verbs: [verbStart, last],
    main,
    copula: be.has(main) || main === 'be' || main === 'been'
  }
}

/** Prepositions whose short phrase can close a subject's noun phrase ("team of", "approach to", "office in Leeds"). */
const nounPhrasePrepositions = new Set(['of', 'to', 'in', 'behind', 'across'])

/** The token after a parenthesis or a ", which …," clause at `index`, or `index`. */
function skipAside(tokens: Token[], index: number): number {
  const open = tokens[index]?.lower
  const relative = open === ',' && /^(which|who)$/.test(tokens[index + 1]?.lower ?? '')
  // "Kitely, a remote-first company of 30 people, has shipped…": an appositive with no verb
  // of its own, then the verb.
  if (open === ',' && /^(a|an|the)$/.test(tokens[index + 1]?.lower ?? '')) {
    for (let at = index + 2; at < tokens.length && at <= index + 12; at++) {
      const token = tokens[at]!
      if (token.lower === ',') return isFinite(tokens[at + 1]) ? at + 1 : index
      if (!token.word || isFinite(token)) return index
    }
    return index
  }
  if (open !== '(' && !relative) return index
  const close = open === '(' ? ')' : ','
  for (let at = index + 1; at < tokens.length && at <= index + 16; at++) {
    if (tokens[at]!.lower === close) return at + 1
    if (tokens[at]!.lower === '.' || tokens[at]!.lower === ';') break
  }
  return index
}

function isAuxiliary(token: Token): boolean {
  return modals.has(token.lower) || be.has(token.lower) || have.has(token.lower) || token.lower === 'be' || /^(do|does|did)$/.test(token.lower)
}

// ---------------------------------------------------------------------------------------
// Sentence kinds.

const questionStarters = new Set([
  'can', 'could', 'do', 'does', 'did', 'will', 'would', 'should', 'shall', 'may', 'might', 'must',
  'is', 'are', 'am', 'was', 'were', 'have', 'has', 'had', 'what', 'why', 'how', 'when', 'where', 'who',
  'which', 'whom', 'whose'
])

/** A question: it ends with "?", or opens like one ("Do we need a card", "Can we add seats"). */
export function isQuestion(tokens: Token[]): boolean {
  for (let index = tokens.length - 1; index >= 0; index--) {
    const token = tokens[index]!
    if (token.word) break
    if (token.lower === '?') return true
  }
  const first = tokens.find((token) => token.word)
  const second = first ? tokens[tokens.indexOf(first) + 1] : undefined
  return first !== undefined && questionStarters.has(first.lower) && second?.word === true && /^(we|you|i|they|it|our|my|your)$/.test(second.lower) && !/^(how|what|when|where|who|why)$/.test(first.lower)
}

/** Words that open an instruction before its verb. */
const imperativeOpeners = new Set(['please', 'just', 'simply', 'now', 'then', 'first', 'next', 'finally', 'always', 'never', 'so', 'and', 'or', 'also', 'then,'])

/** Irregular past participles ("Built by engineers, for engineers, …", "hand-made"). */
const irregularParticiples = new Set([
  'built', 'made', 'born', 'grown', 'known', 'driven', 'chosen', 'written', 'taught', 'brought', 'bought', 'sold',
  'held', 'kept', 'led', 'paid', 'sent', 'found', 'given', 'taken', 'done', 'seen', 'shown', 'worn', 'sworn',
  'sewn', 'drawn', 'woven', 'spun'
])

/**
 * Whether `lower` is an irregular past participle, alone or after a hyphen or a prefix
 * ("built", "hand-made", "homemade", "custom-built"). Shared by the rules that tell a
 * participle from a verb of their own.
 */
export function isIrregularParticiple(lower: string): boolean {
  return irregularParticiples.has(lower) || participleEndings.test(lower)
}

/** Endings that are participles after any prefix ("homemade", "custom-built", "overrun"); not "sent" (present) or "born" (stubborn). */
const participleEndings = /(made|built|sewn|grown|drawn|written|woven|done|chosen|taken|given|run|kept|held)$/

/** Whether `lower` reads as a past participle: an irregular one, or an -ed form that is not a verb of its own ("embed", "need"). */
export function isPastParticiple(lower: string): boolean {
  return isIrregularParticiple(lower) || (/[a-z]ed$/.test(lower) && !notParticiples.has(lower))
}

/** Verbs ending in "ed" that are not participles ("Embed it in your site"). */
const notParticiples = new Set(['embed', 'shred', 'need', 'feed', 'speed', 'bleed', 'proceed', 'succeed', 'exceed', 'seed', 'heed', 'breed', 'weed', 'shed', 'wed'])

/** An instruction: it opens with a bare verb ("Call us", "Let us", "Contact our team"). */
export function isImperative(tokens: Token[]): boolean {
  let index = tokens.findIndex((token) => token.word)
  if (index === -1) return false
  while (tokens[index]?.word && imperativeOpeners.has(tokens[index]!.lower)) index++
  while (tokens[index] && !tokens[index]!.word) index++
  const token = tokens[index]
  if (!token?.word) return false
  if (token.lower === "let's" || token.lower === 'let') return true
  // "Moving the Midwest's goods since 1979, Acme…": a participle phrase, never an order.
  if (token.tag === 'VBG' && /[^aeiou]ing$/.test(token.lower) && token.lower.length > 5) return false
  const next = tokens[index + 1]
  // "Founded in 2004, we…", "Based in Leeds, Acme…": a participle opening the sentence.
  if ((/^[a-z]{2,}[^e]ed$/.test(token.lower) || irregularParticiples.has(token.lower)) && !notParticiples.has(token.lower) && /^(in|by|on|at|since|with|for|as|over|from|to)$/.test(next?.lower ?? '')) return false
  if (next && isFinite(next) && !/^(us|our|me)$/.test(next.lower)) return false
  // "Family-run though it is, …", "Locally owned…": a compound ending in a participle describes.
  if (token.lower.includes('-') && isPastParticiple(token.lower.slice(token.lower.lastIndexOf('-') + 1))) return false
  if (/^(VB|VBP)$/.test(token.tag)) return true
  // Taggers often read a sentence-initial verb as a noun ("Contact our team", "Read about…").
  return canBeVerb(token.lower) && !/s$/.test(token.lower) && next?.word === true && /^(us|our|me|my|your|the|a|an|about|in|out|with|more|to)$/.test(next.lower)
}

/** Text of tokens `from`..`to`, as in the source. */
export function tokenText(sentence: Sentence, tokens: Token[], from: number, to: number): string {
  const first = tokens[from]!
  const last = tokens[to]!
  let text = ''
  for (let index = first.child; index <= last.child; index++) text += textOf(sentence.children[index]!)
  // A token range can end inside a contracted word ("We" of "We'll").
  if (last.child === first.child || tokens[to + 1]?.child === last.child) {
    const trailing = tokens.filter((token, index) => index > to && token.child === last.child).map((token) => token.text).join('')
    if (trailing && text.endsWith(trailing)) text = text.slice(0, text.length - trailing.length)
  }
  return text
}
