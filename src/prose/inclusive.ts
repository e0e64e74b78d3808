/**
 * The writer's "we" that includes the reader: tutorials and walkthroughs ("Next, we add a
 * button", "Let's connect our database", "In this post, we…", "we can see that…"). That
 * "we" is the writer and the reader working together, not the company talking about
 * itself, so rules about company-centred copy leave it alone. Word lists:
 * ./inclusive.json.
 */
import type {Root, Sentence} from 'nlcst'
import type {Clause, Token} from './clause.js'
import data from './inclusive.json' with {type: 'json'}
import {normal} from './words.js'

const narratorOpeners = new Set(data.narratorOpeners)
/** The narrator's phrases ("this post", "in this guide"), keyed by their first word. */
const narratorPhrases = new Map<string, string[][]>()
for (const phrase of data.narratorPhrases) {
  const words = phrase.split(' ')
  narratorPhrases.set(words[0]!, [...(narratorPhrases.get(words[0]!) ?? []), words])
}
const inclusiveVerbs = new Set(data.inclusiveVerbs)
const inclusiveModals = data.inclusiveModals.map((phrase) => phrase.split(' '))
const narratorVerbs = new Set(data.narratorVerbs)
const narrationVerbs = new Set(data.narrationVerbs)
const articleNarrationVerbs = new Set(data.articleNarrationVerbs)
const textPointers = new Set(data.textPointers)
const readerWords = new Set(['you', 'your', "you're", "you'll", "you've", "you'd", 'yours', 'yourself'])
const weContractions = new Map([
  ["we'll", ['we', "'ll"]],
  ["we're", ['we', "'re"]],
  ["we've", ['we', "'ve"]],
  ["we'd", ['we', "'d"]],
  ["let's", ['let', 'us']]
])

/**
 * Whether the sentence (tagged tokens, with its main clause) is a walkthrough step:
 * "Let's…", a narrator opener ("Here we…", "Next, we…"), a narrator phrase ("In this
 * post, we…"), or "we" + can/need to/will + a walkthrough verb ("we can see that…").
 */
export function isWalkthroughStep(tokens: Token[], clause: Clause): boolean {
  const words = tokens.filter((token) => token.word).map((token) => token.lower)
  const opener = tokens.findIndex((token) => token.word)
  if (opener !== -1 && narratorOpeners.has(tokens[opener]!.lower) && clause.subject[0] <= opener + 2) return true
  const after = tokens.slice(clause.verbs[0]).filter((token) => token.word).map((token) => token.lower)
  // "We've touched on this already", "we've seen above": the writer pointing at the text.
  const main = tokens[clause.verbs[1]]!
  const next = tokens[clause.verbs[1] + 1]
  // Only in the perfect: "we were established in 1999" is history, not the writer pointing.
  const perfect = /^(have|has|had|'ve|'d)$/.test(tokens[clause.verbs[0]]!.lower)
  if (clause.verbs[1] > clause.verbs[0] && perfect && narratorVerbs.has(main.lower) && /^(on|about|above|earlier|before|already|in|how|that|so|this|these)$/.test(next?.lower ?? '')) return true
  return isStep(words, after)
}

/**
 * Whether "we" (the clause's subject) is the writer narrating the text: "We discuss the
 * trade-offs below", "as we explain later", or, on an article page, "We explore…", the
 * writer's method ("We tested 20 tools") and any story told in the simple past. The main
 * verb must follow "we" directly, so "we have discussed" is left to `isWalkthroughStep`.
 */
export function isNarration(tokens: Token[], clause: Clause, article: boolean): boolean {
  if (clause.verbs[0] !== clause.verbs[1]) return false
  const main = tokens[clause.verbs[1]]!
  if (article && (narrationVerbs.has(main.lower) || articleNarrationVerbs.has(main.lower))) return true
  // An article tells its story in the simple past ("We upgraded the deployment", "We took
  // the leap"); claims about the company are in the present.
  if (article && main.tag === 'VBD') return true
  if (!narrationVerbs.has(main.lower)) return false
  const words = tokens.filter((token) => token.word).map((token) => token.lower)
  return words.some((word) => textPointers.has(word)) || hasNarratorPhrase(words)
}

/** Whether `words` hold a narrator phrase ("this post", "the next section"). */
function hasNarratorPhrase(words: string[]): boolean {
  for (let index = 0; index < words.length; index++) {
    const phrases = narratorPhrases.get(words[index]!)
    if (phrases?.some((phrase) => phrase.every((part, offset) => words[index + offset] === part))) return true
  }
  return false
}

function isStep(words: string[], afterSubject: string[]): boolean {
  if (words.some((word, index) => word === 'let' && (words[index + 1] === 'us' || words[index + 1] === "'s"))) return true
  if (hasNarratorPhrase(words)) return true
  for (const modal of inclusiveModals) {
    if (!modal.every((part, index) => afterSubject[index] === part)) continue
    let next = modal.length
    if (afterSubject[next] === 'to') next++
    while (/^(be|now|also|then|first|just|simply|easily|quickly|already|still|all|both)$/.test(afterSubject[next] ?? '')) next++
    if (inclusiveVerbs.has(afterSubject[next] ?? '')) return true
  }
  return false
}

const walkthroughs = new WeakMap<Root, boolean>()

/**
 * Whether the document reads as a walkthrough: at least two sentences without a reader
 * word are walkthrough steps ("Let's…", "Next, we…", "we'll add…"). In such a document
 * "we" and "our app", "our table" are the writer and the reader together. Word-level, so
 * it costs no tagging; cached per tree.
 */
export function isWalkthrough(tree: Root): boolean {
  let known = walkthroughs.get(tree)
  if (known !== undefined) return known
  let steps = 0
  known = false
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode' || !mentionsWe(sentence)) continue
      if (wordStep(sentence) && ++steps >= 2) {
        known = true
        break
      }
    }
    if (known) break
  }
  walkthroughs.set(tree, known)
  return known
}

function mentionsWe(sentence: Sentence): boolean {
  return sentence.children.some((node) => {
    if (node.type !== 'WordNode') return false
    const head = node.children[0]
    return head?.type === 'TextNode' && /^(we|We|let|Let)$/.test(head.value)
  })
}

/** The word-level version of `isWalkthroughStep`. */
function wordStep(sentence: Sentence): boolean {
  const words: string[] = []
  for (const node of sentence.children) {
    if (node.type !== 'WordNode') continue
    const lower = normal(node)
    if (readerWords.has(lower)) return false
    words.push(...(weContractions.get(lower) ?? [lower]))
  }
  const we = words.indexOf('we')
  if (we !== -1 && we <= 2 && narratorOpeners.has(words[0]!) && words[0] !== 'so' && words[0] !== 'together') return true
  return isStep(words, we === -1 ? [] : words.slice(we + 1))
}
