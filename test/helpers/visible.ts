/**
 * What the reader sees of a source slice: markup, escapes and line prefixes removed,
 * character references decoded. Tests compare it with the words youfirst quotes.
 */
import {decodeNamedCharacterReference} from 'decode-named-character-reference'

export function visible(slice: string): string {
  return slice
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:#[xX]([0-9a-fA-F]+)|#(\d+)|([a-zA-Z][a-zA-Z0-9]*));?/g, (all, hex?: string, dec?: string, name?: string) => {
      if (hex) return String.fromCodePoint(Number.parseInt(hex, 16))
      if (dec) return String.fromCodePoint(Number.parseInt(dec, 10))
      const decoded = name ? decodeNamedCharacterReference(name) : false
      return decoded === false ? all : decoded
    })
    .replace(/\]\([^)\s]*\)/g, '')
    .replace(/(?<![\\])[[\]]/g, '')
    .replace(/(?<=\S)(?<!\\)[*_~]+(?=\S)/g, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\r?\n[ \t>]*/g, '\n')
}
