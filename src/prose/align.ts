/**
 * Map each character of a parsed text value back to the exact source bytes it came from.
 *
 * Parsers hand us decoded text: `&amp;` has become `&`, `\*` has become `*`, and the
 * `> ` or indentation that starts a continuation line is gone. Their positions cover the
 * whole run, so counting characters from the start drifts. `align` walks the decoded value
 * and its source slice side by side and records, for every character of the value, the
 * source range it stands for.
 */
import {decodeNamedCharacterReference} from 'decode-named-character-reference'

/** Source offsets for each UTF-16 code unit of a decoded value. */
export interface OffsetMap {
  starts: Int32Array
  ends: Int32Array
}

const reference = /&(?:#[xX]([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,31}));?/y

/**
 * Decode the character reference at `index` in `source`, if there is one. Parsers replace
 * some numeric references: NUL, surrogates and out-of-range code points become U+FFFD
 * (Markdown and HTML), and HTML reads 0x80–0x9F as Windows-1252. Given the decoded text and
 * the place the reference should stand for, the decoding found there is chosen.
 */
export function referenceAt(source: string, index: number, decoded?: string, at = 0): {value: string; length: number} | undefined {
  reference.lastIndex = index
  const match = reference.exec(source)
  if (!match) return undefined
  let value: string | false = false
  if (match[1] !== undefined || match[2] !== undefined) {
    const code = match[1] !== undefined ? Number.parseInt(match[1], 16) : Number.parseInt(match[2]!, 10)
    value = codePoint(code)
    if (decoded !== undefined && (value === false || !decoded.startsWith(value, at))) {
      const windows = code >= 0x80 && code <= 0x9f ? windows1252[code - 0x80] : undefined
      if (windows && decoded.startsWith(windows, at)) value = windows
      else if (decoded.startsWith('\uFFFD', at)) value = '\uFFFD'
    }
  } else if (match[3] !== undefined) {
    // Named references may end without `;` in HTML; try the longest that decodes.
    value = decodeNamedCharacterReference(match[3])
  }
  if (value === false) return undefined
  return {value, length: match[0].length}
}

function codePoint(code: number): string | false {
  if (!Number.isFinite(code) || code > 0x10ffff) return false
  if (code === 0 || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD'
  return String.fromCodePoint(code)
}

/** What HTML reads numeric references 0x80–0x9F as (the Windows-1252 characters). */
const windows1252 = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178'

/** Characters a parser may drop between lines: block-quote markers, indentation, CR. */
function isDroppable(char: string): boolean {
  return char === ' ' || char === '\t' || char === '>' || char === '\r' || char === '\n'
}

/**
 * Align `value` (decoded text) with `source.slice(start, end)`.
 * Characters that cannot be found in the source map to an empty range at the point reached.
 */
export function align(
  value: string,
  source: string,
  start: number,
  end: number,
  /** Skip any source character that does not match (for text with markup removed, such as alt text). */
  lenient = false
): OffsetMap {
  const length = value.length
  const starts = new Int32Array(length)
  const ends = new Int32Array(length)
  let i = 0
  let j = start
  // Lenient alignment may run past a range that a parser reported too short (parse5 merges
  // text across ignored tags) and skips further to find the next character.
  const limit = lenient ? source.length : end
  const window = lenient ? 256 : 16

  while (i < length) {
    if (j >= limit) {
      starts.fill(limit, i)
      ends.fill(limit, i)
      break
    }

    const c = value.charCodeAt(i)
    const d = source.charCodeAt(j)

    // Character reference: `&amp;` stands for `&`, `&#x1F600;` for two code units.
    // A reference the parser left undecoded matches literally, so try that first.
    if (d === 38 /* & */) {
      const ref = referenceAt(source, j, value, i)
      if (
        ref &&
        ref.length <= limit - j &&
        value.startsWith(ref.value, i) &&
        !value.startsWith(source.slice(j, j + ref.length), i)
      ) {
        for (let k = 0; k < ref.value.length; k++) {
          starts[i + k] = j
          ends[i + k] = j + ref.length
        }
        i += ref.value.length
        j += ref.length
        continue
      }
    }

    // The same character; or a lone CR, which HTML and Markdown read as a line feed; or a
    // NUL, which they replace with U+FFFD.
    if (c === d || (d === 13 && c === 10 && source.charCodeAt(j + 1) !== 10) || (d === 0 && c === 0xfffd)) {
      starts[i] = j
      ends[i] = j + 1
      i++
      j++
      continue
    }

    // Backslash escape: `\*` stands for `*`.
    if (d === 92 /* \ */ && j + 1 < limit && source.charCodeAt(j + 1) === c) {
      starts[i] = j
      ends[i] = j + 2
      i++
      j += 2
      continue
    }

    // A CR the parser folded away, or a continuation-line prefix it removed.
    if (isDroppable(source.charAt(j))) {
      j++
      continue
    }

    // Source syntax the value does not show (a doubled quote in YAML, markup in alt text):
    // skip ahead to the character, if it comes soon.
    const next = source.indexOf(value.charAt(i), j + 1)
    if (next !== -1 && next < limit && next - j <= window) {
      j = next
      continue
    }

    // A character of the value the source does not hold (a parser-made one).
    starts[i] = j
    ends[i] = j
    i++
  }

  return {starts, ends}
}

/** Identity map: `value` is exactly `source.slice(start, start + value.length)`. */
export function identity(length: number, start: number): OffsetMap {
  const starts = new Int32Array(length)
  const ends = new Int32Array(length)
  for (let i = 0; i < length; i++) {
    starts[i] = start + i
    ends[i] = start + i + 1
  }
  return {starts, ends}
}
