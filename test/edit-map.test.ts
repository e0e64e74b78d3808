/**
 * src/parse/edit-map.ts replaces micromark's EditMap#consume with one that leaves the list
 * before the first edit in place. It must give exactly the list the original gives, for any
 * edits, including several at one index (`add` and `addBefore`) and removals that overlap.
 */
import fc from 'fast-check'
import {EditMap} from 'micromark-util-edit-map'
import type {Event} from 'micromark-util-types'
import {describe, expect, it} from 'vitest'
import {consume, originalConsume} from '../src/parse/edit-map.js'

/** Stand-ins for events: consume only moves them, so any distinct values do. */
const event = (name: string) => name as unknown as Event

const edits = fc.array(
  fc.record({at: fc.nat(40), remove: fc.nat(6), add: fc.nat(4), before: fc.boolean()}),
  {maxLength: 8}
)

function apply(method: EditMap['consume'], length: number, changes: {at: number; remove: number; add: number; before: boolean}[]): string[] {
  const events = Array.from({length}, (_, index) => event(`e${index}`))
  const map = new EditMap()
  changes.forEach((change, number) => {
    const add = Array.from({length: change.add}, (_, index) => event(`a${number}.${index}`))
    const at = Math.min(change.at, length)
    if (change.before) map.addBefore(at, change.remove, add)
    else map.add(at, change.remove, add)
  })
  method.call(map, events)
  // The map is emptied for reuse either way.
  expect(map.map).toEqual([])
  expect(map.index.size).toBe(0)
  return events as unknown as string[]
}

describe('EditMap#consume', () => {
  it('is the one micromark uses', () => {
    expect(EditMap.prototype.consume).toBe(consume)
    expect(originalConsume).not.toBe(consume)
  })

  it('gives the same events as the original for any edits', () => {
    fc.assert(
      fc.property(fc.nat(40), edits, (length, changes) => {
        expect(apply(consume, length, changes)).toEqual(apply(originalConsume, length, changes))
      }),
      {numRuns: 2000}
    )
  })

  it('applies edits in place', () => {
    expect(apply(consume, 5, [{at: 3, remove: 1, add: 2, before: false}, {at: 1, remove: 0, add: 1, before: false}])).toEqual([
      'e0', 'a1.0', 'e1', 'e2', 'a0.0', 'a0.1', 'e4'
    ])
  })
})
