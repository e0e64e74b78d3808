/**
 * Counting who the copy talks about: the reader (you, your), the company (we, our, us) and
 * its brands. This is the measure of FutureNow's "We We Calculator" (Bryan Eisenberg,
 * early 2000s): customer focus = reader references ÷ (reader + self + brand references).
 *
 * Only the company's own voice counts:
 * - blockquotes and words inside quotation marks are someone else's words;
 * - code is not in the prose tree at all;
 * - a paragraph that opens with a speaker's label ("**CBP team:** We…", "Q: Do we…") is
 *   someone else speaking, as in an interview;
 * - a question in the customer's voice ("Can we pay by card?", "What happens if we
 *   cancel?") uses "we" for the reader, so its we/our/us are not the company's;
 * - a brand after an article names a thing, not the company ("the Acme portal", "the
 *   BookStack GitHub repository"), so it is not counted as a brand mention;
 * - an inclusive "we" takes the reader along ("Let's add a button", "Now we'll add our
 *   form", "We need to…", "Many of us…"): a sentence that says "let's" or "of us", or whose
 *   first "we" comes before a modal (can, will, need to, want to, are going to…), is the
 *   writer and reader together, or a promise to the reader, so its we/our/us are not counted.
 */
import type {Paragraph, Root, Sentence, SentenceContent, Word} from 'nlcst'
import {BrandFinder} from './brands.js'
import {isReaderWord, isSelfWord} from './references.js'
import {blockData, normal, quotedChildren, textOf} from './words.js'

export interface FocusCounts {
  /** Words in the company's voice (outside quotations). */
  words: number
  readerRefs: number
  selfRefs: number
  brandRefs: number
}

export interface Focus extends FocusCounts {
  /** readerRefs ÷ (readerRefs + selfRefs + brandRefs); null when there are no references. */
  focusRate: number | null
  /** Sentences whose we/our/us count as the company's. */
  selfSentences: number
  /** Sentences with an inclusive "we" and no "you" ("Now we'll add a column"): a tutorial's voice. */
  inclusiveSentences: number
  /** Sentences that say "I", "my" or "me": a person's voice rather than the company's. */
  personalSentences: number
}

/** One sentence with its counts. */
export interface SentenceFocus extends FocusCounts {
  sentence: Sentence
  /** The sentence's "we" is the writer and the reader together ("Let's…", "We'll add…"). */
  inclusive: boolean
  /** The sentence says "I", "my" or "me". */
  personal: boolean
}

/** How customer-voice questions open: "Can we…?", "Do we…?", "What happens if we…?". */
const questionOpeners = new Set([
  'can', 'could', 'do', 'does', 'did', 'will', 'would', 'should', 'shall', 'may', 'might', 'must',
  'is', 'are', 'am', 'have', 'has', 'what', "what's", 'when', 'how', 'where', 'which', 'if'
])

/** Counts references sentence by sentence; build one per brand list and reuse it (see `sharedCounter`). */
export class FocusCounter {
  private readonly brands: BrandFinder
  private readonly counted = new WeakMap<Paragraph, SentenceFocus[]>()

  constructor(brands: string[] = []) {
    this.brands = new BrandFinder(brands)
  }

  /**
   * Sentences of `paragraph` in the company's voice, with counts; none for a blockquote or a
   * speaker's words. Counted once per paragraph (the tree is not changed after it is built)
   * and shared by every caller, so treat the result as read-only.
   */
  sentences(paragraph: Paragraph): SentenceFocus[] {
    let result = this.counted.get(paragraph)
    if (result === undefined) {
      result = this.count(paragraph)
      this.counted.set(paragraph, result)
    }
    return result
  }

  private count(paragraph: Paragraph): SentenceFocus[] {
    if (blockData(paragraph)?.quote || isSpeech(paragraph)) return []
    const quoted = quotedChildren(paragraph)
    const result: SentenceFocus[] = []
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      result.push(this.sentence(sentence, quoted))
    }
    return result
  }

  /** Counts for one sentence; `quoted` holds the children to skip. */
  sentence(sentence: Sentence, quoted: Set<SentenceContent> = new Set()): SentenceFocus {
    const counts: SentenceFocus = {sentence, words: 0, readerRefs: 0, selfRefs: 0, brandRefs: 0, inclusive: false, personal: false}
    const inBrand = new Set<number>()
    for (const [first, last] of this.brands.find(sentence)) {
      if (quoted.has(sentence.children[first]!)) continue
      for (let index = first; index <= last; index++) inBrand.add(index)
      if (!isAttributive(sentence, first, last)) counts.brandRefs++
    }
    let self = 0
    const children = sentence.children
    for (let index = 0; index < children.length; index++) {
      const node = children[index]!
      if (node.type !== 'WordNode' || quoted.has(node)) continue
      counts.words++
      if (inBrand.has(index)) continue
      if (!mayRefer(node)) {
        if (!counts.personal && mayBeFirstPerson(node) && firstPerson.has(normal(node))) counts.personal = true
        continue
      }
      if (isReaderWord(node)) counts.readerRefs++
      else if (isSelfWord(node, sentence)) self++
    }
    if (self > 0) {
      if (isInclusive(sentence, quoted)) {
        counts.inclusive = counts.readerRefs === 0
        self = 0
      } else if (counts.readerRefs === 0 && isCustomerQuestion(sentence, quoted)) {
        self = 0
      }
    }
    counts.selfRefs = self
    return counts
  }
}

const counters = new Map<string, FocusCounter>()

/**
 * One counter per brand list, shared by the rules and the score that count the same
 * document (each paragraph is then counted once), and reused across files.
 */
export function sharedCounter(brands: readonly string[]): FocusCounter {
  const key = brands.join('\u0000')
  let counter = counters.get(key)
  if (!counter) {
    if (counters.size > 100) counters.clear()
    counter = new FocusCounter([...brands])
    counters.set(key, counter)
  }
  return counter
}

const firstPerson = new Set(['i', "i'm", "i've", "i'd", "i'll", 'my', 'me', 'mine', 'myself'])

const articles = new Set(['the', 'a', 'an'])

/**
 * Whether a brand mention names a thing rather than the company: after an article ("the
 * Acme portal", "a BookStack instance", "the BookStack GitHub repository"). Possessives
 * ("Acme's team") and names ("Acme Logistics") are the company.
 */
function isAttributive(sentence: Sentence, first: number, last: number): boolean {
  const children = sentence.children
  if (/['\u2019]s?$/.test(textOf(children[last]!))) return false
  const before = children[first - 2]
  return children[first - 1]?.type === 'WhiteSpaceNode' && before?.type === 'WordNode' && articles.has(normal(before))
}

/** Cheap first test: every reader and self word starts with y, w, u, o or l ("let's"). */
function mayRefer(word: Word): boolean {
  const first = word.children[0]
  if (first?.type !== 'TextNode') return true
  const code = first.value.charCodeAt(0) | 32
  return code === 121 || code === 119 || code === 117 || code === 111 || code === 108
}

/**
 * Whether a paragraph is a speaker's words, as in an interview: it opens with a short label
 * and a colon ("U.S. CBP team: A lot of what we do…", "Q: Do we…").
 */
export function isSpeech(paragraph: Paragraph): boolean {
  const sentence = paragraph.children.find((child): child is Sentence => child.type === 'SentenceNode')
  if (!sentence) return false
  let words = 0
  for (const node of sentence.children) {
    if (node.type === 'WordNode') {
      words++
      // A name labels a speaker; "Follow our team:" introduces a list.
      if (words > 5 || isReaderWord(node) || isSelfWord(node) || (words === 1 && /^[a-z]/.test(textOf(node)))) return false
    } else if (node.type === 'PunctuationNode' && node.value === ':') {
      return words > 0
    } else if (node.type === 'PunctuationNode' && node.value !== '.' && node.value !== '&') {
      return false
    }
  }
  return false
}

/** Cheap first test for "I", "my", "me", "mine", "myself". */
function mayBeFirstPerson(word: Word): boolean {
  const first = word.children[0]
  if (first?.type !== 'TextNode') return true
  const code = first.value.charCodeAt(0) | 32
  return code === 105 || code === 109
}

/** A question in the reader's voice: ends with "?" and opens like "Can we…" or "What if we…". */
export function isCustomerQuestion(sentence: Sentence, quoted: Set<SentenceContent> = new Set()): boolean {
  const children = sentence.children
  let last = children.length - 1
  while (last >= 0 && children[last]!.type === 'WhiteSpaceNode') last--
  const end = children[last]
  if (!end || end.type !== 'PunctuationNode' || !end.value.includes('?')) return false
  const first = children.find((node) => node.type === 'WordNode' && !quoted.has(node))
  return first !== undefined && questionOpeners.has(normal(first))
}

/** Words after "we" that make it the writer and reader together, or a promise: "we can", "we need to". */
const inclusiveAfterWe = new Set(['can', 'could', 'will', 'would', 'should', 'must', 'might', 'may', 'need', 'want', 'all'])
/** Adverbs skipped between "we" and its verb: "we also need to", "we then add". */
const adverbs = new Set(['also', 'then', 'now', 'just', 'first', 'next', 'still', 'really', 'simply', 'only', 'again', 'already'])
const modalWe = new Set(["we'll", "we'd"])
const ofUs = new Set(['many', 'most', 'all', 'each', 'some', 'both', 'none', 'few', 'any'])
/** Verbs after "let us" that take the reader along ("Let us look at the numbers"). */
const jointVerbs = new Set([
  'look', 'see', 'consider', 'begin', 'start', 'explore', 'take', 'review', 'recap', 'turn', 'move', 'dive', 'talk',
  'assume', 'say', 'imagine', 'compare', 'examine', 'think', 'go', 'return', 'summarize', 'summarise', 'remember', 'walk',
  'build', 'create', 'add', 'try', 'check', 'step', 'pause', 'get'
])

/**
 * Whether a sentence's "we" is inclusive: it says "let's", "let us" + a verb of thinking along ("let us look"), or "many of us",
 * or its first "we" is followed by a modal ("we can", "we'll", "we need to", "we're going to").
 */
export function isInclusive(sentence: Sentence, quoted: Set<SentenceContent> = new Set()): boolean {
  const words = sentence.children.filter((node): node is Word => node.type === 'WordNode' && !quoted.has(node))
  const value = (index: number) => (words[index] ? normal(words[index]!) : '')
  let seenSelf = false
  for (let index = 0; index < words.length; index++) {
    const word = value(index)
    if (word === "let's") return true
    // "Let us look at…" thinks along with the reader; "let us pick a new origin for you" asks leave to serve them.
    if (word === 'let' && value(index + 1) === 'us' && jointVerbs.has(value(index + 2))) return true
    if (word === 'us' && value(index - 1) === 'of' && ofUs.has(value(index - 2))) return true
    if (seenSelf) continue
    if (modalWe.has(word)) return true
    if (word === "we're" && value(index + 1) === 'going') return true
    if (word === 'we') {
      let next = index + 1
      while (adverbs.has(value(next))) next++
      if (value(next) === 'are' && value(next + 1) === 'going') return true
      // "we have to" is inclusive, "we have 40 stores" is not.
      if (value(next) === 'have') {
        if (value(next + 1) === 'to') return true
      } else if (inclusiveAfterWe.has(value(next))) {
        return true
      }
      seenSelf = true
    } else if (word === "we're" || word === "we've" || word === 'our' || word === 'ours' || (word === 'us' && textOf(words[index]!) !== 'US')) {
      seenSelf = true
    }
  }
  return false
}

/** The rate for some counts: null when nothing refers to anyone. */
export function focusRate(counts: FocusCounts): number | null {
  const all = counts.readerRefs + counts.selfRefs + counts.brandRefs
  return all === 0 ? null : counts.readerRefs / all
}

/**
 * Whether the document's "we" is mostly the writer and the reader together, as in a
 * tutorial ("Now we'll add a column. We select the table…"): at least 3 inclusive sentences
 * without "you", and at least a quarter of all sentences that say "we".
 */
export function isTutorialVoice(focus: Pick<Focus, 'selfSentences' | 'inclusiveSentences'>): boolean {
  return focus.inclusiveSentences >= 3 && focus.inclusiveSentences * 4 >= focus.inclusiveSentences + focus.selfSentences
}

/**
 * Whether the document speaks mostly as a person ("I joined 18F in 2014…"), as a guest post,
 * an interview or a personal essay does: at least 3 sentences say "I" or "my", and no fewer
 * than say "we". Its "we" is often the writer's own team, not the company.
 */
export function isPersonalVoice(focus: Pick<Focus, 'selfSentences' | 'personalSentences'>): boolean {
  return focus.personalSentences >= 3 && focus.personalSentences >= focus.selfSentences
}

/**
 * Customer focus of a whole document: every prose block counts (headings, front matter,
 * alt text, buttons), except blockquotes, speakers' words and quoted words.
 */
export function countFocus(tree: Root, brands: string[] | FocusCounter = []): Focus {
  const counter = brands instanceof FocusCounter ? brands : new FocusCounter(brands)
  const total: Focus = {
    words: 0,
    readerRefs: 0,
    selfRefs: 0,
    brandRefs: 0,
    focusRate: null,
    selfSentences: 0,
    inclusiveSentences: 0,
    personalSentences: 0
  }
  for (const child of tree.children) {
    if (child.type !== 'ParagraphNode') continue
    for (const item of counter.sentences(child)) {
      total.words += item.words
      total.readerRefs += item.readerRefs
      total.selfRefs += item.selfRefs
      total.brandRefs += item.brandRefs
      if (item.selfRefs > 0) total.selfSentences++
      if (item.inclusive) total.inclusiveSentences++
      if (item.personal) total.personalSentences++
    }
  }
  total.focusRate = focusRate(total)
  return total
}
