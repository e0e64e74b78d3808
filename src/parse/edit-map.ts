/**
 * micromark applies batched edits to its event list with `EditMap#consume`
 * (micromark-util-edit-map). That method copies the whole list each time, including the part
 * before the first edit, which it then puts back unchanged. The document tokenizer calls it
 * whenever a container (a block quote or a list item) closes, on the document's whole event
 * list, so a page of many short block quotes or list items parses in quadratic time: 100 KB
 * of block quotes between paragraphs took about 4 s, and 200 KB about 16 s.
 *
 * `consume` below gives the same list but leaves the part before the first edit where it is,
 * so each call costs only the length of the tail it edits. It replaces the method on the
 * class micromark imports, so every micromark parse in the process gets it; the result of each
 * call is the same, which test/edit-map.test.ts checks against the original on random edits.
 */
import {EditMap} from 'micromark-util-edit-map'

type Events = Parameters<EditMap['consume']>[0]

/** The method as micromark-util-edit-map ships it, kept for the equivalence test. */
export const originalConsume: EditMap['consume'] = EditMap.prototype.consume

export function consume(this: EditMap, events: Events): undefined {
  if (this.map.length === 0) return
  this.map.sort((a, b) => a[0] - b[0])
  // From the last edit back to the first: keep what follows the edit and what it adds, and
  // cut the list at the edit.
  const pieces: Events[] = []
  for (let index = this.map.length - 1; index >= 0; index--) {
    const [at, remove, add] = this.map[index]!
    pieces.push(events.slice(at + remove), add)
    events.length = at
  }
  // The list now ends before the first edit; append the pieces in document order.
  for (let index = pieces.length - 1; index >= 0; index--) for (const event of pieces[index]!) events.push(event)
  this.map.length = 0
  this.index.clear()
}

EditMap.prototype.consume = consume
