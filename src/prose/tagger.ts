/**
 * Part-of-speech tagging for the few sentences a rule needs to read closely (see
 * `clause.ts`). Tags are Penn Treebank tags (NN, NNS, VBZ, VBP, MD, JJ, PRP$, …).
 *
 * Dependency: wink-nlp with its English "lite" model, running only its sentence and
 * part-of-speech steps. Chosen because it is MIT-licensed and maintained, about 70 µs of
 * CPU a sentence, and, with the corrections in `clause.ts`, as accurate on product copy as
 * compromise (20 times slower) and more accurate than `pos`, the Brill tagger retext-pos
 * wraps (LGPL, with GPL rules, unmaintained). It is loaded on first use, so a run that never
 * needs it never pays the time it takes to load (about 0.1 s; `wink-model.ts` loads only
 * what the two steps use). The comparison is in
 * rules/we-focus/README.md ("How it works").
 */
import {createRequire} from 'node:module'
import {loadModel} from './wink-model.js'

export type Tagger = (words: string[]) => string[]

interface WinkToken {
  text: string
  pos: string
}
type Read = (text: string) => WinkToken[]

const require = createRequire(import.meta.url)
let read: Read | undefined

function load(): Read {
  if (!read) {
    const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default
    const model = loadModel()
    const nlp = winkNLP(model, ['sbd', 'pos'])
    const its = nlp.its
    read = (text) => {
      const tokens = nlp.readDoc(text).tokens()
      const texts = tokens.out() as string[]
      const tags = tokens.out(its.pos) as string[]
      return texts.map((value, index) => ({text: value, pos: tags[index] ?? 'X'}))
    }
  }
  return read
}

const winkTagger: Tagger = (words) => {
  const joined = words.join(' ')
  const pieces = load()(joined)
  // Map wink's tokens back onto our words by position: wink splits "award-winning"
  // into three tokens and "We'll" into two, where we keep words whole.
  const starts: number[] = []
  let offset = 0
  for (const word of words) {
    starts.push(offset)
    offset += word.length + 1
  }
  const parts: WinkToken[][] = words.map(() => [])
  let cursor = 0
  let word = 0
  for (const piece of pieces) {
    const at = joined.indexOf(piece.text, cursor)
    if (at === -1) continue
    cursor = at + piece.text.length
    while (word < words.length - 1 && at >= starts[word + 1]!) word++
    parts[word]!.push(piece)
  }
  return words.map((value, index) => penn(value, parts[index]!))
}

/** A Penn Treebank tag for `word` from wink's universal tags for its parts. */
function penn(word: string, parts: WinkToken[]): string {
  const real = parts.filter((part) => part.pos !== 'PUNCT')
  if (real.length === 0) return parts.length > 0 ? 'SYM' : 'NN'
  let part = real[real.length - 1]!
  if (real.length > 1) {
    // "award-winning", "AI-powered": a modifier; "sign-on", "check-out": a noun.
    if (part.pos === 'VERB' && /(ing|ed)$/i.test(part.text)) return 'JJ'
    if (part.pos === 'ADP' || part.pos === 'PART') part = real[0]!
  }
  const lower = word.toLowerCase()
  switch (part.pos) {
    case 'PRON':
      return /^(our|your|their|my|his|her|its|whose)$/.test(lower) ? 'PRP$' : /^(who|what|which|whom)$/.test(lower) ? 'WP' : 'PRP'
    case 'VERB':
    case 'AUX':
      return verbTag(lower)
    case 'NOUN':
      return /[^s]s$/.test(lower) && !/(us|ss|is)$/.test(lower) ? 'NNS' : 'NN'
    case 'PROPN':
      return 'NNP'
    case 'ADJ':
      return /est$/.test(lower) ? 'JJS' : 'JJ'
    case 'ADV':
      return /^(when|where|why|how)$/.test(lower) ? 'WRB' : 'RB'
    case 'DET':
      return /^(which|what|whatever)$/.test(lower) ? 'WDT' : 'DT'
    case 'ADP':
    case 'SCONJ':
      return 'IN'
    case 'CCONJ':
      return 'CC'
    case 'NUM':
      return 'CD'
    case 'PART':
      return lower === 'to' ? 'TO' : lower === "'s" || lower === '\u2019s' ? 'POS' : 'RB'
    case 'INTJ':
      return 'UH'
    case 'SYM':
    case 'PUNCT':
      return 'SYM'
    default:
      // X: a word wink cannot place ("Pro" in "The Pro plan").
      return /^[A-Z]/.test(word) ? 'NNP' : 'NN'
  }
}

function verbTag(lower: string): string {
  if (/^(can|could|will|would|shall|should|may|might|must|'ll|'d|wo|ca)$/.test(lower)) return 'MD'
  if (/^(is|has|does|'s)$/.test(lower)) return 'VBZ'
  if (/^(are|am|have|do|'re|'ve|'m)$/.test(lower)) return 'VBP'
  if (/^(was|were|had|did)$/.test(lower)) return 'VBD'
  if (/^(be|being|been)$/.test(lower)) return lower === 'be' ? 'VB' : lower === 'been' ? 'VBN' : 'VBG'
  // "building", "doing"; not "bring", "sing" or "spring", whose "ing" is no suffix.
  if (/[aeiouy][^aeiouy]*ing$/.test(lower)) return 'VBG'
  if (/ed$/.test(lower)) return 'VBD'
  if (/[^s]s$/.test(lower) || /(ss|sh|ch|x|z)es$/.test(lower)) return 'VBZ'
  return 'VBP'
}

let current: Tagger = winkTagger

const tagged = new Map<string, string[]>()

/**
 * Tag `words` (one sentence). Remembers the last few thousand sentences: sites repeat
 * their boilerplate on every page, and an editor re-lints a document on each keystroke
 * with all but one sentence unchanged. The returned array is shared; do not change it.
 */
export function tagWords(words: string[]): string[] {
  if (words.length === 0) return []
  // JSON keeps the key unambiguous whatever the words contain (a NUL, say).
  const key = JSON.stringify(words)
  let tags = tagged.get(key)
  if (!tags) {
    tags = current(words)
    if (tagged.size >= 5000) tagged.clear()
    tagged.set(key, tags)
  }
  return tags
}

const verbCache = new Map<string, boolean>()

/**
 * Whether `lower` can be a verb: the tagger reads it as one in a frame that wants a verb
 * ("They feature it.", "It features it."). Cached; run only for words in doubt.
 */
export function canBeVerb(lower: string): boolean {
  let known = verbCache.get(lower)
  if (known === undefined) {
    const third = /[^s]s$/.test(lower)
    const tags = tagWords(third ? ['It', lower, 'it', '.'] : ['They', lower, 'it', '.'])
    known = /^(VB|MD)/.test(tags[1] ?? '')
    if (verbCache.size > 5000) verbCache.clear()
    verbCache.set(lower, known)
  }
  return known
}

/** Replace the tagger (to compare taggers in an evaluation). */
export function setTagger(tagger: Tagger): void {
  current = tagger
  tagged.clear()
  verbCache.clear()
}
