/**
 * Shared word helpers: range lookups over link ranges in any order, and the per-node
 * caches of a word's normal form and a node's text.
 */
import {describe, expect, it} from 'vitest'
import type {Paragraph, Sentence} from 'nlcst'
import {parse} from '../src/parse/index.js'
import {inRanges, normal, textOf} from '../src/prose/words.js'

describe('inRanges', () => {
  it('finds an offset inside any range, ends exclusive, whatever the order of the ranges', () => {
    const ranges: Array<[number, number]> = [[50, 60], [10, 20], [15, 30], [70, 70]]
    expect([9, 10, 29, 30, 49, 50, 59, 60, 70].map((offset) => inRanges(offset, ranges))).toEqual([
      false, true, true, false, false, true, true, false, false
    ])
    expect(inRanges(undefined, ranges)).toBe(false)
    expect(inRanges(5, [])).toBe(false)
  })

  it('answers for each of thousands of links', () => {
    const ranges = Array.from({length: 3000}, (_, index): [number, number] => [index * 10, index * 10 + 5])
    expect(inRanges(29_994, ranges)).toBe(true)
    expect(inRanges(29_995, ranges)).toBe(false)
    expect(inRanges(4, ranges)).toBe(true)
  })
})

describe('normal and textOf', () => {
  it('give the lower-case form and the text of a node, the same on every call', () => {
    const tree = parse('We’re the “leading” team.', {format: 'text', frontMatterKeys: []}).tree
    const paragraph = tree.children.find((child) => child.type === 'ParagraphNode') as Paragraph
    const sentence = paragraph.children.find((child): child is Sentence => child.type === 'SentenceNode')!
    const first = sentence.children[0]!
    expect(normal(first)).toBe("we're")
    expect(normal(first)).toBe("we're")
    expect(textOf(sentence)).toBe('We’re the “leading” team.')
    expect(textOf(sentence)).toBe('We’re the “leading” team.')
    expect(textOf(sentence.children.slice(0, 3))).toBe('We’re the')
    // The caches are invisible to JSON.
    expect(JSON.stringify(first)).not.toContain("we're")
  })
})
