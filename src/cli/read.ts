/**
 * Reading one file for linting: refuse binary files and text that is not UTF-8, with a
 * one-line reason, instead of linting garbage.
 */
import fs from 'node:fs'

export type ReadResult =
  | {ok: true; text: string; buffer: Buffer}
  | {ok: false; level: 'warning' | 'error'; problem: string}

// ignoreBOM keeps a byte-order mark in the text, so a fixed file keeps it too.
const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

export function readSource(file: string): ReadResult {
  let buffer: Buffer
  try {
    buffer = fs.readFileSync(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const problem =
      code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'ENOENT'
          ? 'file disappeared before it could be read'
          : code === 'EISDIR'
            ? 'is a folder'
            : code === 'ELOOP'
              ? 'symbolic link loop'
            : `cannot read (${code ?? (error as Error).message})`
    return {ok: false, level: 'error', problem}
  }
  if (buffer.subarray(0, 8000).includes(0)) {
    return {ok: false, level: 'warning', problem: 'skipped: binary file'}
  }
  try {
    return {ok: true, text: decoder.decode(buffer), buffer}
  } catch {
    return {ok: false, level: 'error', problem: `not valid UTF-8 text (first bad byte at offset ${firstInvalid(buffer)}); convert it to UTF-8 to lint it`}
  }
}

/** Offset of the first byte that is not part of a valid UTF-8 sequence. */
function firstInvalid(buffer: Buffer): number {
  let low = 0
  let high = buffer.length
  // The longest valid prefix, by bisection on fatal decoding (a split sequence at the cut is allowed for).
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    try {
      new TextDecoder('utf-8', {fatal: true}).decode(buffer.subarray(0, middle), {stream: true})
      low = middle
    } catch {
      high = middle - 1
    }
  }
  // A lead byte at the end of that prefix starts the sequence that fails.
  for (let end = low; end >= Math.max(0, low - 3); end--) {
    try {
      new TextDecoder('utf-8', {fatal: true}).decode(buffer.subarray(0, end))
      return end
    } catch {
      // shorter
    }
  }
  return low
}
