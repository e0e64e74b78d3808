/**
 * Whether a sentence gives the reader a stake in what its subject does: "We'll refund
 * you…", "Acme backs up your files…", "so you can…", "Medra offers patients same-day
 * results". Shared by the rules that flag company-centred sentences (we-focus,
 * feature-no-benefit). Also: finding configured names among clause tokens.
 */
import type {Sentence} from 'nlcst'
import {isFinite, type Clause, type Token} from './clause.js'
import {beEasyWords} from './gains.js'
import {PhraseMatcher, phraseWords, wordsOf} from './words.js'

const readerWords = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', 'ya', 'y\'all'])
const nounPhraseTags = /^(DT|CD|JJ|JJR|JJS|NN|NNS|NNP|NNPS|PRP\$|VBN|VBG)$/
const npStarters = new Set(['a', 'an', 'the', 'every', 'each', 'any', 'all', 'more', 'no', 'some', 'free', 'same-day', 'their'])

export interface StakeWords {
  /** Third-person names for the reader ("patients", "customers"). */
  readerNouns: ReadonlySet<string>
  /** Phrases that tie the sentence to a result for the reader ("so that", "which means"). */
  phrases: string[]
}

const matchers = new WeakMap<string[], PhraseMatcher>()

function matcherFor(phrases: string[]): PhraseMatcher {
  let matcher = matchers.get(phrases)
  if (!matcher) {
    matcher = new PhraseMatcher(phrases.map((phrase) => ({phrase, words: phraseWords(phrase)})))
    matchers.set(phrases, matcher)
  }
  return matcher
}

/** Verbs of working together: "we partner with users", "we work with customers to…". */
const partnerVerbs = new Set(['partner', 'partners', 'partnered', 'work', 'works', 'worked', 'collaborate', 'collaborates', 'collaborated'])

/**
 * Whether the reader gets something from the sentence whose main clause is `clause`:
 * a reader word (you, your) anywhere outside quotations, a benefit phrase, or a
 * third-person reader the company acts for ("offers patients…", "our customers receive…").
 *
 * One exception: in a "be" clause, "you" inside a relative clause after a noun is not a
 * stake ("We are the best partner you could ask for").
 */
export function hasReaderStake(
  tokens: Token[],
  clause: Clause,
  words: StakeWords,
  quoted: ReadonlySet<unknown>,
  sentence: Sentence
): boolean {
  const outside = (token: Token) => !quoted.has(sentence.children[token.child])
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (!token.word || !readerWords.has(token.lower) || !outside(token)) continue
    if (clause.copula && index > clause.verbs[1] && token.lower === 'you' && /^(NN|NNS|JJ|JJS)$/.test(tokens[index - 1]?.tag ?? '')) continue
    return true
  }

  // "We cover return postage, so if it doesn't fit, send it back": a later "if" clause, then
  // an instruction to the reader.
  for (let index = clause.verbs[1] + 1; index < tokens.length - 2; index++) {
    if (tokens[index]!.lower !== 'if') continue
    for (let comma = index + 2; comma < tokens.length - 1 && comma <= index + 10; comma++) {
      if (tokens[comma]!.word) continue
      if (tokens[comma]!.text !== ',') break
      const verb = tokens[comma + 1]!
      if (verb.word && (verb.tag === 'VB' || verb.tag === 'VBP') && !/^(?:be|have|do)$/.test(verb.lower) && outside(verb)) return true
      break
    }
  }

  // "Acme offers us the ability to…", "lets us": the writer counts themselves among the
  // product's users, with the reader. Not after "we", nor after "our" with a verb of winning
  // ("Our commitment to quality has earned us…"): there "us" is the company again.
  const object = tokens[clause.verbs[1] + 1]
  const won = tokens[clause.subject[0]]!.lower === 'our' && /^(earned|won|gained|brought|got|earns|wins|gains|brings|gets)$/.test(tokens[clause.verbs[1]]!.lower)
  if (object?.word && object.lower === 'us' && object.text !== 'US' && !clause.copula && tokens[clause.subject[0]]!.lower !== 'we' && !won) return true

  // "Cilium is simple to install", "Acme is easy to set up": the reader's ease is the point.
  if (clause.copula) {
    for (let index = clause.verbs[1] + 1; index < tokens.length - 2 && index <= clause.verbs[1] + 4; index++) {
      const token = tokens[index]!
      if (beEasyWords.has(token.lower) && tokens[index + 1]!.lower === 'to' && /^VB/.test(tokens[index + 2]!.tag)) return true
    }
  }

  if (words.phrases.length > 0) {
    const sentenceWords = wordsOf(sentence).filter((word) => !quoted.has(word.node))
    if (matcherFor(words.phrases).match(sentenceWords).length > 0) return true
  }

  for (let index = clause.verbs[1] + 1; index < tokens.length; index++) {
    const token = tokens[index]!
    if (!token.word || !words.readerNouns.has(token.lower) || !outside(token)) continue
    const next = tokens[index + 1]
    // "the patient journey": a singular reader noun before a noun is a modifier.
    if (!/s$/.test(token.lower) && next?.word && /^(NN|NNS|NNP|JJ)$/.test(next.tag)) continue
    // "for our patients", "to every guest", "for enterprise users", "for both Acme Scale /
    // Enterprise users" (plan names joined by a slash or "and"). Not a count of others, a
    // track record ("for 3,000 businesses", "for businesses on six continents"). After "is",
    // only in a later clause ("We're excited that Acme has launched X for…"): in "We are the
    // leading provider for mid-size teams" the group is an audience, not a beneficiary.
    const counted =
      isCountedGroup(tokens, index) ||
      // "we have processed $40 billion in wages for companies across North America".
      (volumeVerbs.has(tokens[clause.verbs[1]]!.lower) && /^(has|have|'ve|had)$/.test(tokens[clause.verbs[0]]!.lower))
    // "We employ 140 people": a count, in any position.
    if (counted) continue
    const laterClause = tokens.slice(clause.verbs[1] + 1, index).some((token, at, rest) => /^VB[ZP]$/.test(token.tag) && /^(PRP|NNP|NNPS)$/.test(rest[at - 1]?.tag ?? ''))
    const ownClause = !clause.copula || laterClause
    for (let back = index - 1; ownClause && back >= index - 10 && back > clause.verbs[1]; back--) {
      const before = tokens[back]!
      if (before.lower === 'for' || before.lower === 'to') return true
      // "We spark joy in our users": a feeling the company gives the reader.
      if (before.lower === 'in' && /^(joy|delight|confidence|trust|pride)$/.test(tokens[back - 1]?.lower ?? '')) return true
      // "we partner with users like Grammarly to…": working with the reader is for them.
      if (before.lower === 'with' && partnerVerbs.has(tokens[back - 1]?.lower ?? '')) return true
      // "for enterprises and large organizations": a list of groups; "for basic and power
      // users", "for public, basic, power, and admin users": a list of modifiers.
      if (/^(\/|&|and|or|,)$/.test(before.lower) && (/^NNP/.test(tokens[back + 1]?.tag ?? '') || /^(NNS|JJ|NN)$/.test(tokens[back - 1]?.tag ?? '') || tokens[back - 1]?.lower === ',')) continue
      if (!before.word || !/^(DT|JJ|JJR|JJS|NN|NNP|NNPS|PRP\$|CD|VBN)$/.test(before.tag)) break
    }
    // "allows users to visualize…", "empowers IT teams to turn data into action"
    // "empowers businesses to fully control…": an adverb may come before the verb.
    const verb = tokens[index + 2]?.tag === 'RB' && /ly$/.test(tokens[index + 2]!.lower) ? tokens[index + 3] : tokens[index + 2]
    if (next?.lower === 'to' && verb?.word && /^VB/.test(verb.tag)) return true
    // "offers patients same-day results", "gives members a discount"
    // The head of the noun phrase right after the verb ("offers patients", "provides all
    // team members").
    // Not after "is"/"are" in the main clause: "Our instructors are seasoned industry
    // professionals with decades of experience" says what the company's people are.
    let directlyAfterVerb = ownClause && index - clause.verbs[1] <= 4
    for (let between = clause.verbs[1] + 1; directlyAfterVerb && between < index; between++) {
      const word = tokens[between]!
      directlyAfterVerb = word.word && /^(DT|JJ|JJR|JJS|NN|NNP|NNPS|PRP\$|CD|VBN)$/.test(word.tag)
    }
    if (directlyAfterVerb && next?.word && (npStarters.has(next.lower) || nounPhraseTags.test(next.tag)) && next.tag !== 'IN') return true
    // "We provide all team members with a company card", "guides users through the process"
    if (directlyAfterVerb && (next?.lower === 'with' || next?.lower === 'through')) return true
    // "our customers receive…", "patients can…", "customers' orders"; but not "the way
    // people learn", "how teams work": a clause about people in general.
    const before = tokens[index - 1]?.lower
    const general = before === 'way' || before === 'how' || before === 'why' || before === 'where'
    // "a members' lounge", "private members' clubs": after "a" or an adjective, a plural
    // possessive names a kind of place.
    const kind = (before === 'a' || before === 'an' || tokens[index - 1]?.tag === 'JJ') && next?.lower === "'"
    if (!general && !kind && next && (isFinite(next) || /^VB[PZD]?$/.test(next.tag) || next.lower === "'s" || next.lower === "'")) return true
  }
  return false
}

/**
 * Whether the group named at `index` is a count of others: a number shortly before it
 * ("for 3,000 businesses") or a place with a number after it ("companies in 30 countries").
 */
export function isCountedGroup(tokens: Token[], index: number): boolean {
  return (
    tokens.slice(Math.max(0, index - 3), index).some((token) => token.tag === 'CD') ||
    (/^(on|in|across|around)$/.test(tokens[index + 1]?.lower ?? '') && tokens.slice(index + 2, index + 4).some((token) => token.tag === 'CD'))
  )
}

/** Past participles of a track record ("has processed", "have shipped"): what they did for a group is a count of others. */
const volumeVerbs = new Set(['processed', 'served', 'handled', 'shipped', 'delivered', 'completed', 'moved', 'paid', 'placed', 'installed', 'treated', 'trained', 'insured', 'funded', 'raised', 'sold'])

/**
 * Token index of the last word of a configured name that starts at token `start`
 * ("Acme", "Harbor & Co", "Northwind Bank"), or undefined. Case-sensitive, as written.
 */
export function findNames(tokens: Token[], start: number, names: string[]): number | undefined {
  let best: number | undefined
  for (const name of names) {
    const parts = nameParts(name)
    if (parts.length === 0) continue
    let index = start
    let ok = true
    for (const part of parts) {
      const token = tokens[index]
      if (!token || token.text.replace(/\u2019/g, "'") !== part) {
        ok = false
        break
      }
      index++
    }
    if (ok && (best === undefined || index - 1 > best)) best = index - 1
  }
  return best
}

const nameCache = new Map<string, string[]>()

function nameParts(name: string): string[] {
  let parts = nameCache.get(name)
  if (!parts) {
    parts = []
    for (const piece of name.trim().split(/\s+/)) {
      // Tokens split symbols ("&") and contractions ("'s") off words.
      for (const bit of piece.replace(/\u2019/g, "'").split(/([^\p{L}\p{N}'.-]+)/u)) {
        if (bit === '') continue
        const possessive = /^(.+)('s)$/.exec(bit)
        if (possessive) parts.push(possessive[1]!, possessive[2]!)
        else parts.push(bit)
      }
    }
    nameCache.set(name, parts)
  }
  return parts
}

/**
 * Whether, after token `from`, a participle clause states a result: "…, eliminating the
 * need for training", "…, saving hours every week". `outcomeVerbs`: lower-case -ing forms.
 */
export function hasOutcomeClause(tokens: Token[], from: number, outcomeVerbs: ReadonlySet<string>): boolean {
  for (let index = Math.max(0, from); index < tokens.length - 1; index++) {
    if (tokens[index]!.lower === ',' && tokens[index + 1]!.word && outcomeVerbs.has(tokens[index + 1]!.lower)) return true
  }
  return false
}
