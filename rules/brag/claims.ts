/**
 * Superlative claims that no single phrase gives away: the company called the best, the
 * finest or the most trusted ("Acme is the most advanced scheduling platform", "Voted best
 * bank in the country", "The nation's most trusted name in home insurance"), and names of
 * other organisations, whose praise is not the company's own ("Zapier is the market leader").
 */
import type {Root, Sentence, Word} from 'nlcst'
import type {BrandMatcher} from '../../src/prose/references.js'
import {normal, textOf, wordsOf, type IndexedWord} from '../../src/prose/words.js'

/** Superlatives that praise on their own. */
const superlatives = new Set([
  'best', 'finest', 'greatest', 'top', 'foremost', 'favourite', 'favorite', 'best-rated', 'highest-rated',
  'top-rated', 'top-ranked', 'fastest-growing', 'best-loved', 'best-known', 'most-trusted', 'most-loved', 'leading', 'go-to'
])
/** Adjectives that make praise after "most" ("the most trusted"); "the most common" is not. */
const praiseAfterMost = new Set([
  'trusted', 'respected', 'advanced', 'comprehensive', 'innovative', 'experienced', 'reliable', 'popular', 'loved',
  'effective', 'generous', 'affordable', 'powerful', 'flexible', 'complete', 'accurate', 'secure', 'qualified',
  'knowledgeable', 'skilled', 'talented', 'beautiful', 'luxurious', 'comfortable', 'convenient', 'recommended',
  'successful', 'dependable', 'efficient', 'sophisticated', 'prestigious', 'renowned', 'admired', 'acclaimed',
  'celebrated', 'iconic', 'capable', 'versatile', 'intuitive', 'elegant', 'extensive', 'caring', 'dedicated',
  'established', 'decorated', 'sought-after', 'awarded', 'highly', 'exciting', 'inspiring', 'authentic', 'delicious',
  'stylish', 'scenic', 'exclusive', 'prominent', 'influential', 'valuable', 'productive', 'modern', 'robust',
  'scalable', 'user-friendly', 'customer-focused', 'client-focused', 'friendly', 'welcoming', 'thorough', 'rigorous'
])
/** Praise adjectives that need no "the" ("We deliver exceptional results", "Acme offers superior tracking"). */
const praiseAdjectives = new Set([
  'exceptional', 'superior', 'outstanding', 'exemplary', 'impeccable', 'first-rate', 'unequalled', 'unequaled',
  'incomparable', 'matchless', 'top-quality', 'highest-quality', 'finest'
])
/** Words after a superlative that make it ordinary English ("the best possible", "the best way to"). */
const notAfterSuperlative = new Set([
  'possible', 'practices', 'practice', 'interests', 'interest', 'way', 'ways', 'part', 'of', 'time', 'times', 'match',
  'outcome', 'outcomes',
  'seat', 'seats', 'route', 'routes', 'date', 'dates', 'floor', 'right', 'left', 'up', 'down', 'priority', 'priorities',
  'to', 'and', 'or', 'for', 'you', 'yourself', 'self', 'advice', 'thing', 'things', 'bet', 'guess', 'effort', 'efforts',
  'intentions', 'wishes', 'regards', 'seller', 'sellers', 'story', 'stories', 'spot', 'spots', 'layer', 'tips', 'picks',
  'edge', 'cause', 'causes'
])
/** Generic -est words that are not superlatives, or not praise. */
const notSuperlative = new Set([
  'latest', 'interest', 'request', 'guest', 'forest', 'honest', 'modest', 'harvest', 'earnest', 'contest', 'protest',
  'suggest', 'digest', 'invest', 'arrest', 'manifest', 'nearest', 'west', 'rest', 'test', 'nest', 'chest', 'quest',
  'pest', 'vest', 'zest', 'priest', 'conquest', 'behest', 'tempest', 'inquest', 'bequest', 'southwest', 'northwest',
  'midwest', 'earliest', 'soonest', 'closest', 'newest', 'oldest', 'longest', 'shortest', 'smallest', 'least',
  'lowest', 'highest', 'biggest', 'largest', 'cheapest', 'simplest', 'easiest', 'fastest', 'quickest', 'interest'
])
/** -est words that are plain facts on their own but claims when ranked within a place ("the largest … in the region"). */
const rankable = new Set(['largest', 'biggest', 'fastest', 'quickest', 'newest', 'oldest', 'highest', 'lowest', 'cheapest', 'smallest'])
const notPlaces = /^(?:\d.*|minutes?|hours?|days?|weeks?|months?|years?|seconds?|time|history|size|stock|use|total|order|case|fact|general|particular|person|advance|addition|practice)$/

/** Whether "in" and a place follow the -est word at `i` within a few words ("in the city", "in West Yorkshire"). */
function rankedWithin(normals: string[], i: number): boolean {
  for (let k = i + 1; k < normals.length - 1 && k <= i + 5; k++) {
    if (normals[k] !== 'in') continue
    const place = normals[k + 1] === 'the' ? normals[k + 2] : normals[k + 1]
    return place !== undefined && !notPlaces.test(place)
  }
  return false
}

/** Nouns that make "lowest" or "cheapest" a price claim. */
const priceNouns = new Set(['price', 'prices', 'rate', 'rates', 'fee', 'fees', 'premium', 'premiums', 'cost', 'costs', 'pricing', 'quotes', 'tariffs'])
/** Participles that open a subjectless claim ("Voted best bank…", "Widely regarded as…"). */
const praiseParticiples = new Set([
  'voted', 'named', 'ranked', 'rated', 'recognised', 'recognized', 'regarded', 'considered', 'acclaimed', 'hailed',
  'celebrated', 'known', 'awarded', 'crowned', 'chosen', 'proclaimed', 'deemed', 'acknowledged', 'praised', 'lauded',
  'renowned', 'proud'
])
/** Verbs by which the company claims a superlative ("Acme is the…", "We serve the finest…"). */
const claimVerbs = new Set([
  'is', 'are', "'re", 'remains', 'remain', 'has', 'have', 'offers', 'offer', 'delivers', 'deliver', 'serves',
  'serve', 'provides', 'provide', 'makes', 'make', 'brews', 'brew', 'bakes', 'bake', 'sells', 'sell', 'builds',
  'build', 'stocks', 'stock', 'employs', 'employ', 'boasts', 'boast', 'brings', 'bring', 'gives', 'give', 'runs',
  'run', 'hosts', 'host', 'carries', 'carry', 'creates', 'create', 'designs', 'design', 'produces', 'produce',
  'became', 'becomes', 'was', 'were', 'represents', 'represent', 'sources', 'source', 'uses', 'use', 'utilise', 'utilises', 'utilize', 'utilizes', 'select', 'selects', 'pride', 'prides'
])
/** Words that may stand between the verb and the superlative ("are proud to be the best"). */
const between = new Set([
  'proud', 'to', 'be', 'simply', 'truly', 'quite', 'by', 'far', 'now', 'still', 'also', 'consistently', 'officially',
  'easily', 'arguably', 'very', 'always', 'only', 'since', 'undoubtedly', 'clearly', 'proudly', 'long', 'been', 'become', 'becoming',
  'widely', 'considered', 'regarded', 'recognised', 'recognized', 'known', 'as', 'one', 'among', 'of', 'grown', 'into',
  'voted', 'named', 'ranked', 'rated', 'crowned'
])
const progressive = new Set(['building', 'making', 'serving', 'offering', 'providing', 'delivering', 'producing', 'creating', 'designing', 'brewing', 'baking', 'crafting', 'selling', 'running'])
/** "The nation's most trusted…": whose best the company claims to be. */
const placeWords = new Set([
  'nation', 'world', 'country', 'region', 'city', 'state', 'area', 'town', 'county', 'island', 'industry', 'valley',
  'coast', 'capital', 'province', 'market', 'sector', 'continent', 'neighborhood', 'neighbourhood', 'district'
])
/** Capitalised possessives at the start of a sentence that are not places ("Everybody's favourite…"). */
const notOwners = new Set([
  "everybody's", "everyone's", "nobody's", "somebody's", "someone's", "anyone's", "today's", "tomorrow's",
  "yesterday's", "it's", "that's", "what's", "there's", "here's", "let's", "who's", "he's", "she's", "one's",
  "year's", "week's", "month's"
])
/** Nouns that, after "the" at the start of a sentence, are the company speaking of itself ("The firm is…"). */
export const companyNouns = new Set(['company', 'firm', 'practice', 'agency', 'studio', 'group', 'business'])
const finiteVerbs = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'can', 'do', 'does', 'did', 'may', 'might', 'would',
  'should', 'could', 'must', 'get', 'gets', 'make', 'makes', 'offer', 'offers', 'let', 'lets'
])

export interface Claim {
  /** First and last word of the superlative, as indices into `sentence.children`. */
  first: number
  last: number
}

type Words = readonly IndexedWord[]

/** The superlative starting at word `i`: its last word, or -1. `generic` admits any "-est" adjective. */
function superlativeAt(normals: string[], i: number, generic: boolean): number {
  const word = normals[i]
  if (word === undefined) return -1
  let end = -1
  if (superlatives.has(word)) end = i
  else if (word === 'most') {
    if (praiseAfterMost.has(normals[i + 1] ?? '')) end = i + 1
  } else if (generic && /^[a-z]{3,}est$/.test(word) && !notSuperlative.has(word)) end = i
  // "the lowest emergency rates in the city": a price claim, though "the lowest floor" is not.
  else if (generic && /^(?:lowest|cheapest)$/.test(word) && normals.slice(i + 1, i + 4).some((after) => priceNouns.has(after))) end = i
  // "the largest independent driving school in West Yorkshire", "the fastest in the city": a
  // rank within a place is a claim; "the fastest in minutes" is not a place.
  else if (generic && rankable.has(word) && rankedWithin(normals, i)) end = i
  if (end === -1) return -1
  const after = normals[end + 1]
  // "best practices" is ordinary English; "the region's most respected practice" is a firm.
  if (after !== undefined && notAfterSuperlative.has(after) && !(end > i && /^practices?$/.test(after))) return -1
  // "the top 10", "the best 3": a count, not praise ("the best 4K camera" still is).
  if (after !== undefined && /^\d/.test(after) && !/^\d(?:d|k|g|fa|pl)$/.test(after)) return -1
  // "the best plan for you": fitting the reader, not praise.
  for (let k = end + 1; k <= end + 3 && k < normals.length - 1; k++) {
    if (normals[k] === 'for' && /^(?:you|your)$/.test(normals[k + 1]!)) return -1
  }
  return end
}

/** After a praise participle ("Recognised"), skip "as" or "for", then "one of" or "among": where the ranking starts. */
function rankedFrom(normals: string[], from: number): number {
  let i = from
  if (normals[i] === 'as' || normals[i] === 'for') i++
  if (normals[i] === 'one' && normals[i + 1] === 'of') i += 2
  else if (normals[i] === 'among') i++
  return i
}

/** After `from`, skip an article or a possessive ("the", "the region's", "Portland's"), then find a superlative. */
function superlativeAfter(normals: string[], from: number, generic: boolean, requireDeterminer: boolean, capitals?: boolean[]): number[] | undefined {
  let i = from
  let determiner = false
  if (normals[i] === 'the') {
    determiner = true
    i++
    // "the region's", "the South West's": a possessive of up to three words.
    for (let k = i; k < i + 3 && k < normals.length; k++) {
      if (/(?:'s|s')$/.test(normals[k]!)) {
        i = k + 1
        break
      }
    }
  } else {
    // "Portland's", "New England's": a possessive of up to three words.
    for (let k = i; k < i + 3 && k < normals.length; k++) {
      if (/(?:'s|s')$/.test(normals[k]!)) {
        determiner = true
        i = k + 1
        break
      }
      // Only plain words before it ("New England's"), not a name or an adverb ("n8n, arguably Zapier's").
      if (!/^[a-z]+$/.test(normals[k]!) || /ly$/.test(normals[k]!) || /^(?:the|a|an|and|or|of|in|for|to|with)$/.test(normals[k]!)) break
    }
  }
  if (requireDeterminer && !determiner) return undefined
  if (normals[i] === 'very') i++
  let end = superlativeAt(normals, i, generic)
  // "the North West's biggest esports venue", "the region's largest": a place's possessive
  // ranks a plain -est word within the place (not "the company's biggest customer").
  if (end === -1 && generic && i > from && /(?:'s|s')$/.test(normals[i - 1]!) && rankable.has(normals[i] ?? '') && (capitals?.[i - 1] || placeWords.has(normals[i - 1]!.replace(/'s?$/, '')))) end = i
  return end === -1 ? undefined : [i, end]
}

/** Claims in `sentence` whose subject is the company, or that have no subject at all. */
export function findClaims(sentence: Sentence, brands: BrandMatcher): Claim[] {
  const words = wordsOf(sentence)
  if (words.length < 2) return []
  const last = sentence.children.at(-1)
  if (last && textOf(last) === '?') return []
  // "the Midlands' most trusted…": a plural possessive's apostrophe is its own node; keep it on the word.
  const normals = words.map((word) => {
    const value = normal(word.node)
    const next = sentence.children[word.index + 1]
    return next?.type === 'PunctuationNode' && /^['\u2019]$/.test(next.value) && value.endsWith('s') ? `${value}'` : value
  })
  const span = (range: number[]): Claim => ({first: words[range[0]!]!.index, last: words[range[1]!]!.index})
  const capitals = words.map((word) => capitalised.test(textOf(word.node)))

  /** The superlative a claim verb after the subject ending at `subjectEnd` introduces, if any. */
  function claimAfterSubject(subjectEnd: number): number[] | undefined {
    let i = subjectEnd + 1
    if (normals[subjectEnd] !== "we're") {
      if (/^(?:also|still|now|consistently|proudly|truly|simply)$/.test(normals[i] ?? '')) i++
      if (!claimVerbs.has(normals[i] ?? '')) return undefined
      i++
      // "We pride ourselves on the widest range…"
      if (/^prides?$/.test(normals[i - 1]!) && /^(?:ourselves|itself)$/.test(normals[i] ?? '') && normals[i + 1] === 'on') i += 2
    }
    // "We are proud to be recognised as one of the region's most respected…": the praise
    // after a participle, read as an opening "Recognised as…" is.
    if (normals[i] === 'proud' && normals[i + 1] === 'to' && normals[i + 2] === 'be' && praiseParticiples.has(normals[i + 3] ?? '')) {
      const found = superlativeAfter(normals, rankedFrom(normals, i + 4), true, false, capitals)
      if (found) return found
    }
    for (let steps = 0; steps < 6 && i < normals.length; steps++) {
      if (steps < 3 && praiseAdjectives.has(normals[i]!)) return [i, i]
      if (steps < 3 && (normals[i] === 'an' || normals[i] === 'a') && praiseAdjectives.has(normals[i + 1] ?? '')) return [i + 1, i + 1]
      // "Harbor & Co is a leading CREST-accredited consultancy"; not "a leading role".
      if (steps < 3 && normals[i] === 'a' && normals[i + 1] === 'leading' && !/^(?:role|part|edge|cause)$/.test(normals[i + 2] ?? '')) return [i + 1, i + 1]
      const found = superlativeAfter(normals, i, true, true, capitals)
      if (found) return found
      // "Harbor & Co has been building some of the finest sofas…": a track record, a claim
      // verb after "been" (not "we're building the world's largest…", an aim), then perhaps
      // "some of".
      if (progressive.has(normals[i]!) && normals[i - 1] === 'been') {
        i++
        if (normals[i] === 'some' && normals[i + 1] === 'of') i++
        continue
      }
      // "…is proud to offer the most advanced…": a claim verb after "proud to".
      if (claimVerbs.has(normals[i]!) && normals[i - 1] === 'to' && normals[i - 2] === 'proud') {
        i++
        continue
      }
      if (!between.has(normals[i]!)) break
      i++
    }
    return undefined
  }

  // A: "Voted best bank in the country", "Widely regarded as the most effective rescue".
  let s = 0
  if (normals[0]!.endsWith('ly') && normals.length > 2) s = 1
  if (praiseParticiples.has(normals[s]!)) {
    let i = s + 1
    if (normals[s] === 'proud' && normals[i] === 'to' && normals[i + 1] === 'be') i += 2
    // "Recognised across the industry as…", "Known throughout the county as…": a short
    // phrase of where, then "as".
    if (/^(?:across|throughout|around|in|by|among)$/.test(normals[i] ?? '')) {
      const as = normals.indexOf('as', i + 1)
      if (as !== -1 && as <= i + 4) i = as
    }
    const found = superlativeAfter(normals, rankedFrom(normals, i), false, false)
    if (found) return [span(found)]
  }

  // B: the company as subject, a claim verb, then "the" + superlative; also in a clause
  // joined by "and" ("We are a family-run company, and we are proud to be one of the North
  // West's leading…").
  const subjectEnd = selfSubjectEnd(sentence, words, normals, brands)
  if (subjectEnd !== undefined) {
    const found = claimAfterSubject(subjectEnd)
    if (found) return [span(found)]
    for (let at = subjectEnd + 2; at < normals.length - 2; at++) {
      // "…, and we are proud to be…", or the same subject again: "…opened in 2011 and has
      // since grown into one of the North's leading yoga schools".
      const later = normals[at - 1] === 'and' && /^(?:we|we're)$/.test(normals[at]!) ? claimAfterSubject(at) : normals[at] === 'and' && claimVerbs.has(normals[at + 1]!) ? claimAfterSubject(at) : undefined
      if (later) return [span(later)]
    }
    return []
  }

  // E: an invitation to the company, ranked within a place: "Open an account with the UK's
  // most innovative digital bank", "Book with Leeds' best-rated plumber".
  if (invitations.has(normals[0]!) && !capitals[1]) {
    for (let at = 1; at < normals.length - 2 && at <= 5; at++) {
      if (!/^(?:with|to|at)$/.test(normals[at]!)) continue
      const found = superlativeAfter(normals, at + 1, false, true, capitals)
      // One provider ranked within a place; not "the world's most beautiful beaches", places to go.
      if (found && /(?:'s|s')$/.test(normals[found[0]! - 1] ?? '') && normals[found[0]! - 1] !== normals[at + 1] && !pluralHead(normals, found[1]! + 1)) return [span(found)]
      break
    }
  }

  // C: a fragment such as "The nation's most trusted name in home insurance."
  if (words.length <= 14 && !normals.some((word) => finiteVerbs.has(word))) {
    const article = normals[0] === 'the'
    let possessive = article ? 1 : 0
    // "Central Ohio's", "North Yorkshire's": a place of up to three capitalised words.
    if (!article) {
      const end = normals.slice(0, 3).findIndex((word) => /'s$/.test(word))
      if (end > 0 && words.slice(0, end + 1).every((word) => /^[A-Z]/.test(textOf(word.node)))) possessive = end
    }
    const owner = normals[possessive] ?? ''
    const place = article ? placeWords.has(owner.slice(0, -2)) : /^[A-Z]/.test(textOf(words[0]!.node)) && !notOwners.has(owner)
    if (/'s$/.test(owner) && place) {
      const found = superlativeAfter(normals, 0, false, true)
      if (found) return [span(found)]
    }
    // D: a fragment that praises the company through those who use it: "Trusted by the
    // world's leading brands". A number is a fact ("Trusted by 3,000 teams"; see the rule).
    const by = normals[1] === 'on' ? 2 : 1
    if (praisedBy.has(normals[0] ?? '') && normals[by] === 'by') {
      const found = superlativeAfter(normals, by + 1, false, true)
      if (found) return [span(found)]
    }
  }
  return []
}

/** Imperatives that invite the reader to the company ("Open an account with…", "Switch to…", "Book with…"). */
const invitations = new Set(['open', 'join', 'bank', 'book', 'switch', 'stay', 'shop', 'train', 'study', 'learn', 'work', 'partner', 'invest', 'save', 'borrow', 'insure'])

/** Whether the noun phrase from `from` ends in a plural ("digital banks", "beaches"), up to a preposition or the end. */
function pluralHead(normals: string[], from: number): boolean {
  let head: string | undefined
  for (let at = from; at < normals.length && at < from + 4; at++) {
    if (/^(?:in|for|of|and|or|with|to|on|at|by|from|that|who|which)$/.test(normals[at]!)) break
    head = normals[at]
  }
  return head !== undefined && /[^s']s$/.test(head)
}

/** Participles that open a fragment praising the company by its users ("Trusted by…", "Relied on by…"). */
const praisedBy = new Set(['trusted', 'loved', 'chosen', 'used', 'preferred', 'relied', 'backed', 'favoured', 'favored'])

/**
 * The last word of the company as the sentence's subject (we, we're, our + noun phrase, a
 * brand, the company), at the start or after an opening phrase and a comma ("At Lumen, we…").
 */
function selfSubjectEnd(sentence: Sentence, words: Words, normals: string[], brands: BrandMatcher): number | undefined {
  const mentions = brands.find(sentence)
  const starts = [0]
  // "Today we are…", "Now Acme is…": a time adverb before the subject.
  // "And our counter is…": a joining word before it.
  if (/^(?:today|now|currently|nowadays|and|but|plus|so)$/.test(normals[0] ?? '')) starts.push(1)
  // "Founded in 2011 by former GCHQ and Big Four security specialists, Harbor & Co has grown
  // into…": an opening phrase of up to 15 words.
  for (let i = 1; i < Math.min(words.length, 16); i++) {
    const before = sentence.children[words[i]!.index - 2]
    if (before && textOf(before) === ',') starts.push(i)
  }
  for (const start of starts) {
    const word = normals[start]!
    if (word === 'we' || word === "we're") return start
    const mention = mentions.find(([first]) => first === words[start]!.index)
    if (mention) {
      const end = words.findIndex((item) => item.index === mention[1])
      // "Acme's platform is…": the possessor's noun phrase, up to three words.
      if (/'s$/.test(normals[end] ?? '')) return nounPhraseEnd(normals, end + 1, words)
      // "Brightpath Summer School is…": the rest of a capitalised name before the verb.
      let name = end
      while (name < end + 2 && name + 1 < words.length && !claimVerbs.has(normals[name + 1]!) && capitalised.test(textOf(words[name + 1]!.node))) name++
      return claimVerbs.has(normals[name + 1] ?? '') ? name : end
    }
    if (word === 'our') return nounPhraseEnd(normals, start + 1, words)
    if (word === 'the' && companyNouns.has(normals[start + 1] ?? '')) return start + 1
  }
  return undefined
}

/**
 * The last word of a short noun phrase starting at `from`: up to five words before a claim
 * verb, and a place after them ("Our distribution centre in Warrington is…").
 */
function nounPhraseEnd(normals: string[], from: number, words: Words): number | undefined {
  // Up to five words: "Our Swiss-made Storz shockwave unit is…".
  for (let i = from; i < Math.min(normals.length, from + 5); i++) {
    if (claimVerbs.has(normals[i + 1] ?? '')) return i
    // "Our passionate team of chefs, event managers and waiting staff delivers…": an "of"
    // phrase, perhaps a list, up to the verb.
    if (normals[i + 1] === 'of') {
      for (let end = i + 2; end < Math.min(normals.length - 1, i + 12); end++) {
        if (/^(?:we|you|they|it|that|which|who|whose|is|are|was|were)$/.test(normals[end]!)) break
        if (claimVerbs.has(normals[end + 1]!)) return end
      }
    }
    if (/^(?:in|at|near)$/.test(normals[i + 1] ?? '')) {
      // One or two capitalised words of a place name, then the verb.
      let end = i + 2
      while (end < Math.min(normals.length, i + 4) && capitalised.test(textOf(words[end]!.node))) {
        if (claimVerbs.has(normals[end + 1] ?? '')) return end
        end++
      }
    }
  }
  return undefined
}

/** Function words that open sentences and are never names. */
const notNames = new Set([
  'the', 'this', 'that', 'these', 'those', 'it', 'its', "it's", 'our', 'we', 'you', 'your', 'they', 'their', 'he', 'she',
  'his', 'her', 'each', 'every', 'some', 'many', 'most', 'all', 'any', 'a', 'an', 'if', 'when', 'with', 'for', 'in',
  'on', 'at', 'by', 'and', 'but', 'or', 'so', 'as', 'there', 'here', 'what', 'which', 'who', 'why', 'how', 'one',
  'i', 'my', 'no', 'not', 'today', 'now', 'then', 'also', 'both', 'such', 'self-hosted', 'use', 'choose', 'get',
  'build', 'try', 'start', 'let', "let's"
])
const nameVerbs = new Set([
  'is', 'are', 'was', 'has', 'have', 'offers', 'delivers', 'provides', 'boasts', 'remains', 'prides', 'gives', 'brings',
  'includes', 'supports', 'comes', 'uses', 'became', 'becomes', 'stands', 'claims', 'markets', 'touts', 'bills'
])

// Names.count tries these on every word of the page; a regular-expression literal in its
// callbacks would be a new object each time.
const possessiveSuffix = /['\u2019]s?$/
const placePrepositions = new Set(['in', 'across', 'around', 'near', 'throughout', 'outside', 'cover', 'covers', 'covering'])
/** "the heart of Harrogate", "the outskirts of Leeds". */
const placeHeads = new Set(['heart', 'centre', 'center', 'outskirts', 'edge', 'middle', 'north', 'south', 'east', 'west'])
const capitalised = /^[A-Z]/
const nameStart = /^(?:[A-Z]|\d+[A-Z])/
const acronym = /^[A-Z]{2,4}$/

/**
 * Capitalised words of a document that are names: seen capitalised away from the start of a
 * sentence. With no configured brand, the most frequent of them is taken to be the company's
 * own name (a page mentions itself most), so its praise is still reported.
 */
export class Names {
  private counts: Map<string, number> | undefined
  private own: Set<string> | undefined
  private places: Set<string> | undefined

  constructor(
    private readonly tree: Root,
    private readonly brands: BrandMatcher,
    private readonly path = ''
  ) {}

  private count(): Map<string, number> {
    if (this.counts) return this.counts
    const counts = new Map<string, number>()
    const placed = new Set<string>()
    const acting = new Set<string>()
    for (const block of this.tree.children) {
      if (block.type !== 'ParagraphNode') continue
      for (const sentence of block.children) {
        if (sentence.type !== 'SentenceNode') continue
        const values = sentence.children
          .filter((node): node is Word => node.type === 'WordNode')
          .map((node) => textOf(node).replace(possessiveSuffix, ''))
        values.forEach((value, position) => {
          if (!nameStart.test(value)) return
          // "in Harrogate", "in the heart of Harrogate", "We cover Ashfield": a place; "Zapier
          // is…", "Zapier offers…": a name that acts.
          // A place of up to three words: "in Midcoast Maine", "across North East Cheshire".
          for (let back = 1; back <= 3 && position - back >= 0; back++) {
            const before = values[position - back]!
            if (placePrepositions.has(before) || (before === 'of' && placeHeads.has(values[position - back - 1] ?? ''))) {
              placed.add(value)
              break
            }
            if (!nameStart.test(before)) break
          }
          if (nameVerbs.has(values[position + 1] ?? '')) acting.add(value)
        })
        // Title Case headings capitalise every word; their words are not evidence of names.
        if (values.filter((value) => capitalised.test(value)).length * 2 > values.length) continue
        values.forEach((value, position) => {
          // Acronyms (AI, API, SQL) are topics more often than names.
          // "18F", "3M": a name may start with a digit.
          if (position === 0 || !nameStart.test(value) || acronym.test(value) || notNames.has(value.toLowerCase())) return
          counts.set(value, (counts.get(value) ?? 0) + 1)
        })
      }
    }
    this.counts = counts
    this.places = new Set([...placed].filter((value) => !acting.has(value)))
    return counts
  }

  /**
   * Whether a capitalised word is a place: seen after "in", "across", "around", "near", "outside",
   * "throughout", "cover" or "the heart of" on the page, and never as the subject of a verb
   * such as "is" or "offers".
   * "Harrogate's premier bridal destination" praises the company, not Harrogate.
   */
  isPlace(value: string): boolean {
    this.count()
    return this.places!.has(value)
  }

  isName(value: string): boolean {
    if (notNames.has(value.toLowerCase())) return false
    return /^[A-Z][a-z0-9]*[A-Z]/.test(value) || (this.count().get(value) ?? 0) > 0
  }

  /** Whether the sentence names the company: with no brand configured, by a name taken to be its own. */
  mentionsOwn(sentence: Sentence): boolean {
    if (!this.brands.empty) return false
    return sentence.children.some((node, index) => {
      if (node.type !== 'WordNode') return false
      const value = textOf(node).replace(/['\u2019]s?$/, '')
      return /^[A-Z]/.test(value) && this.isOwn(sentence, index, value)
    })
  }

  /**
   * Whether a name is the company's own: a configured brand; with none configured, a name
   * on the page that is also a folder of its path (`budibase/content/…` for Budibase), or
   * else the page's most frequent name (a page mentions itself most).
   */
  isOwn(sentence: Sentence, index: number, value: string): boolean {
    if (!this.brands.empty) return this.brands.find(sentence).some(([first, last]) => index >= first && index <= last)
    if (!this.own) {
      const counts = this.count()
      const folders = new Set(this.path.toLowerCase().split(/[\\/]/).slice(0, -1))
      const inPath = [...counts.keys()].filter((name) => folders.has(name.toLowerCase()))
      const top = Math.max(0, ...counts.values())
      this.own = new Set(inPath.length > 0 ? inPath : top >= 3 ? [...counts].filter(([, n]) => n === top).map(([name]) => name) : [])
    }
    return this.own.has(value)
  }
}

/** Nouns for a business: a place's best one in a tagline is the company itself ("Boston's Premier Walking Tour Company"). */
const businessNouns = new Set(['company', 'firm', 'agency', 'provider', 'specialist', 'specialists', 'service', 'studio', 'practice', 'team', 'shop', 'store', 'school', 'clinic', 'venue', 'dj', 'djs', 'bakery', 'restaurant', 'hotel', 'salon', 'garage', 'contractor', 'contractors', 'installer', 'installers', 'consultancy', 'destination', 'supplier', 'fitter', 'fitters', 'cattery', 'kennels', 'surgery', 'dentist', 'florist', 'photographer', 'caterer', 'builder', 'builders', 'plumber', 'plumbers', 'electrician', 'electricians'])

/** Words that make the name after them a region: "Central Ohio", "North Yorkshire", "Greater Manchester". */
const regionWords = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'greater', 'upper', 'lower', 'mid', 'inner', 'outer', 'north-east', 'north-west', 'south-east', 'south-west'])

/**
 * Whether the praise at children `first`..`last` is said of another organisation: the
 * sentence's subject is a name that is not the company's ("Zapier is the market leader",
 * "First released in 2013, InfluxDB is…", "Zapier's market-leading integrations"), or the
 * praise is "of" a name ("one of the best features of GitHub Actions").
 */
export function praisesOther(sentence: Sentence, first: number, last: number, names: Names): boolean {
  const words = wordsOf(sentence)
  const at = words.findIndex((word) => word.index === first)
  const end = words.findIndex((word) => word.index === last)
  if (at === -1 || end === -1) return false
  const value = (i: number) => textOf(words[i]!.node).replace(/['\u2019]s?$/, '')
  const other = (i: number) => {
    const text = value(i)
    return /^[A-Z]/.test(text) && names.isName(text) && !names.isOwn(sentence, words[i]!.index, text)
  }
  // "Harrogate's premier bridal destination": in a short fragment with no verb, a place's
  // best is the company's claim, as in "Portland's favourite bakery".
  const owner = words[at - 1]
  // "Central Ohio's most trusted name", "North Yorkshire's best…": a region's name, read the same way.
  const region = at >= 2 && at <= 3 && words.slice(0, at - 1).every((word) => regionWords.has(normal(word.node)) && /^[A-Z]/.test(textOf(word.node)))
  // "Asheville's Premier Wedding DJ Company": the praised noun is a business, the company's own.
  const business = words.slice(end + 1, end + 6).some((word) => businessNouns.has(normal(word.node)))
  if (owner && (at === 1 || region) && words.length <= 14 && /['\u2019]s$/.test(textOf(owner.node)) && (region || business || names.isPlace(value(at - 1))) && !words.some((word) => finiteVerbs.has(normal(word.node)))) return false
  // "his cutting-edge ideas": someone else's.
  if (at > 0 && /^(?:his|her|their)$/.test(normal(words[at - 1]!.node))) return true
  // Subject: after the last comma before the praise, or at the start.
  let start = 0
  for (let i = 1; i < at; i++) {
    const before = sentence.children[words[i]!.index - 2]
    if (before && textOf(before) === ',') start = i
  }
  if (start > 0 && /^(?:and|but|while|so|yet|whereas)$/.test(normal(words[start]!.node))) start++
  // A name of up to three words ("Zoho Desk"), none of them the company's own ("Acme Freight").
  const subject = (to: number): 'other' | 'own' | 'none' => {
    for (let k = start; k <= to; k++) if (!other(k) && names.isOwn(sentence, words[k]!.index, value(k))) return 'own'
    return other(to) ? 'other' : 'none'
  }
  let i = start
  while (i < at && i < start + 3 && /^[A-Z]/.test(textOf(words[i]!.node))) {
    const word = textOf(words[i]!.node)
    if (/['\u2019]s$/.test(word) || nameVerbs.has(normal(words[i + 1]?.node ?? words[i]!.node))) {
      const verdict = subject(i)
      if (verdict !== 'none') return verdict === 'other'
      break
    }
    i++
  }
  // "the market leader here is [Zapier]".
  const after = words.slice(end + 1, end + 4).map((word) => normal(word.node))
  const is = after.findIndex((word) => word === 'is' || word === 'was')
  if (is !== -1 && words[end + 2 + is] && other(end + 2 + is)) return true
  // "cutting-edge tools like Playwright and Grafana".
  for (let k = end + 1; k <= end + 6 && k < words.length - 1; k++) {
    const word = normal(words[k]!.node)
    if (word === 'like' || word === 'including' || (word === 'as' && normal(words[k - 1]!.node) === 'such')) {
      if (other(k + 1)) return true
      break
    }
  }
  // "one of the best features of GitHub Actions"; not "the most advanced in the North of
  // England", where "of" names a place.
  for (let k = end + 1; k <= end + 4 && k < words.length - 1; k++) {
    const word = normal(words[k]!.node)
    if (placePrepositions.has(word)) break
    if (word === 'of') return other(k + 1)
  }
  return false
}
