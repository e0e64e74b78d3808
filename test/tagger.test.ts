/**
 * The tagger's memory of recent sentences: a remembered sentence gets its own tags back,
 * whatever characters its words contain.
 */
import {describe, expect, it} from 'vitest'
import {tagWords} from '../src/prose/tagger.js'

describe('tagWords', () => {
  it('gives one tag per word, from memory as when first tagged', () => {
    const first = tagWords(['We', 'offer', 'audit', 'logs', '.'])
    expect(first).toHaveLength(5)
    expect(tagWords(['We', 'offer', 'audit', 'logs', '.'])).toEqual(first)
  })

  it('never confuses two sentences whose words join to the same text', () => {
    // Joined with NUL, ["a\0b"] and ["a", "b"] would share a key.
    expect(tagWords(['We\u0000ship'])).toHaveLength(1)
    expect(tagWords(['We', 'ship'])).toHaveLength(2)
    expect(tagWords(['Our\u0000team', 'helps'])).toHaveLength(2)
    expect(tagWords(['Our', 'team\u0000helps'])).toHaveLength(2)
    expect(tagWords(['Our', 'team', 'helps'])).toHaveLength(3)
  })
})
