/**
 * Words that name the reader's ease or speed (gains.json), shared by the rules that ask
 * whether a sentence gives the reader something: we-focus and feature-no-benefit.
 */
import type {Token} from './clause.js'
import data from './gains.json' with {type: 'json'}

/** After "makes it", before "way to", after "for": "easy", "fast", "hassle-free"… */
export const easeWords: ReadonlySet<string> = new Set(data.easeWords)
/** After "is" with "to" and a verb: "easy to set up", "safe to use". */
export const beEasyWords: ReadonlySet<string> = new Set(data.beEasyWords)
/** Before a noun in a list of features: "fast builds", "easy setup". */
export const gainAdjectives: ReadonlySet<string> = new Set(data.gainAdjectives)

/**
 * Whether the token at `at` is "make(s)" followed by "it" and an ease word, with an adverb
 * between allowed: "makes it easy to log hours", "makes it really simple".
 */
export function makesItEasy(tokens: Token[], at: number): boolean {
  if (!/^makes?$/.test(tokens[at]?.lower ?? '') || tokens[at + 1]?.lower !== 'it') return false
  const next = tokens[at + 2]
  const how = next?.tag === 'RB' && !easeWords.has(next.lower) ? tokens[at + 3] : next
  return how !== undefined && easeWords.has(how.lower)
}
