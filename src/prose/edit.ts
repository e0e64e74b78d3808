/**
 * Building edits from the prose tree, safely.
 *
 * An edit is offered only when the source bytes under it are exactly the text the rule saw:
 * no entity, escape, markup or line prefix inside. Otherwise the rule gives no fix, because a
 * fix computed from drifted or decoded text would damage the file.
 */
import type {Sentence, SentenceContent} from 'nlcst'
import {textOf} from './words.js'
import type {VFile} from 'vfile'
import type {Edit} from '../types.js'

/** Source range of children `from`..`to` of `sentence`, if the source holds exactly their text. */
export function verbatimRange(file: VFile, sentence: Sentence, from: number, to: number): [number, number] | undefined {
  const children = sentence.children
  const start = children[from]?.position?.start.offset
  const end = children[to]?.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  let text = ''
  for (let index = from; index <= to; index++) text += textOf(children[index]!)
  return String(file.value).slice(start, end) === text ? [start, end] : undefined
}

const plainSpace = /^[ \t]+$/
const conjunctions = new Set(['and', 'or', 'but', 'nor'])
const determiners = new Set(['a', 'an', 'the', 'our', 'your', 'their', 'its', 'this', 'that', 'these', 'those', 'my', 'his', 'her'])
const defaultIntensifiers: ReadonlySet<string> = new Set([
  'truly', 'really', 'very', 'genuinely', 'simply', 'absolutely', 'incredibly', 'highly',
  'consistently', 'exceptionally', 'uniquely', 'most', 'so'
])

function isSpace(node: SentenceContent | undefined): boolean {
  return node?.type === 'WhiteSpaceNode' && plainSpace.test(node.value)
}

function isWord(node: SentenceContent | undefined): boolean {
  return node?.type === 'WordNode'
}

/** "a" or "an" for the word that will follow it. */
export function article(next: string, capital: boolean): string {
  const lower = next.toLowerCase()
  // Initialisms are read letter by letter: "an SLA", "a UK-based".
  const initialism = /^[A-Z]{2,}(?![a-z])/.test(next)
  const vowel = initialism
    ? /^[AEFHILMNORSX]/.test(next)
    : /^[aeiou]/.test(lower) && !/^(?:uni|use|usu|uti|eu|one|once|ubiq|ur[aio])/.test(lower)
  const silentH = /^(?:hour|honest|honou?r|heir)/.test(lower)
  const word = vowel || silentH ? 'an' : 'a'
  return capital ? word.charAt(0).toUpperCase() + word.slice(1) : word
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}

/**
 * An edit that deletes the modifier at children `from`..`to` of `sentence` and tidies the
 * text around it: the space after it, a list comma ("fast, world-class support"), the
 * article ("an industry-leading platform" → "a platform") and sentence-initial capitals.
 * Returns undefined where the deletion would not leave a grammatical sentence.
 */
export function deleteModifier(
  file: VFile,
  sentence: Sentence,
  from: number,
  to: number,
  intensifiers: ReadonlySet<string> = defaultIntensifiers
): Edit | undefined {
  const children = sentence.children
  if (!verbatimRange(file, sentence, from, to)) return undefined

  // "a truly world-class studio": the intensifier goes too.
  if (isSpace(children[from - 1]) && isWord(children[from - 2]) && intensifiers.has(textOf(children[from - 2]!).toLowerCase())) {
    from -= 2
  }

  const after = children[to + 1]
  const next = children[to + 2]
  const before = children[from - 1]

  // "a modern and award-winning collection" → "a modern collection": two adjectives after a
  // determiner. ("support and award-winning help" joins two nouns: only the modifier goes.)
  if (
    isSpace(before) &&
    isWord(children[from - 2]) &&
    conjunctions.has(textOf(children[from - 2]!).toLowerCase()) &&
    isSpace(children[from - 3]) &&
    isWord(children[from - 4]) &&
    isSpace(children[from - 5]) &&
    isWord(children[from - 6]) &&
    determiners.has(textOf(children[from - 6]!).toLowerCase()) &&
    isSpace(after) &&
    isWord(next)
  ) {
    const range = verbatimRange(file, sentence, from - 3, to)
    return range ? {range, text: ''} : undefined
  }

  // "world-class, friendly team" → "friendly team"
  if (
    after?.type === 'PunctuationNode' &&
    after.value === ',' &&
    isSpace(next) &&
    isWord(children[to + 3]) &&
    !conjunctions.has(textOf(children[to + 3]!).toLowerCase())
  ) {
    const range = verbatimRange(file, sentence, from, to + 2)
    return range ? withArticleAndCapital(file, sentence, from, to + 3, range) : undefined
  }

  // "fast, world-class support" → "fast support"
  if (
    isSpace(before) &&
    children[from - 2]?.type === 'PunctuationNode' &&
    (children[from - 2] as {value: string}).value === ',' &&
    isWord(children[from - 3]) &&
    isSpace(after) &&
    isWord(next)
  ) {
    const range = verbatimRange(file, sentence, from - 2, to)
    return range ? {range, text: ''} : undefined
  }

  // "world-class support" → "support"
  if (isSpace(after) && isWord(next)) {
    const range = verbatimRange(file, sentence, from, to + 1)
    return range ? withArticleAndCapital(file, sentence, from, to + 2, range) : undefined
  }

  return undefined
}

/** Complete a deletion of `range` that is followed by the word at `nextIndex`. */
function withArticleAndCapital(
  file: VFile,
  sentence: Sentence,
  from: number,
  nextIndex: number,
  range: [number, number]
): Edit | undefined {
  const children = sentence.children
  const nextWord = textOf(children[nextIndex]!)
  const previous = children[from - 2]
  const articleWord = isSpace(children[from - 1]) && previous?.type === 'WordNode' ? textOf(previous) : undefined

  if (articleWord && /^an?$/i.test(articleWord)) {
    const capital = articleWord.charAt(0) === 'A'
    const wanted = article(nextWord, capital)
    if (wanted !== articleWord) {
      const whole = verbatimRange(file, sentence, from - 2, from - 1)
      if (!whole) return undefined
      return {range: [whole[0], range[1]], text: `${wanted} `}
    }
    return {range, text: ''}
  }

  // Sentence-initial modifier: the next word takes the capital.
  const first = children.findIndex((node) => node.type === 'WordNode')
  if (first === from && /^[A-Z]/.test(textOf(children[from]!)) && /^[a-z]/.test(nextWord)) {
    const nextRange = verbatimRange(file, sentence, nextIndex, nextIndex)
    if (!nextRange) return undefined
    return {range: [range[0], nextRange[0] + 1], text: capitalise(nextWord.charAt(0))}
  }
  return {range, text: ''}
}
