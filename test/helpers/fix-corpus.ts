/**
 * Fixing the real corpus (../shared/corpus/real) with every rule: edits touch only words,
 * fixing is idempotent, and each file keeps its block structure. Split in halves so the
 * test runner's workers share the work.
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {formatFor} from '../../src/parse/index.js'
import {checkFixes} from './fix-check.js'

export const corpus = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'real')

export function corpusFiles(): string[] {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (formatFor(full)) files.push(full)
    }
  }
  walk(corpus)
  return files.sort()
}

export function fixCorpusHalf(half: 0 | 1): void {
  describe.runIf(fs.existsSync(corpus))(`fixing real copy (half ${half + 1} of 2)`, () => {
    it('every corpus file fixes safely', () => {
      const all = corpusFiles()
      expect(all.length).toBeGreaterThan(3000)
      const files = all.filter((_, index) => index % 2 === half)
      let fixedFiles = 0
      let edits = 0
      const problems: string[] = []
      for (const file of files) {
        const checked = checkFixes(fs.readFileSync(file, 'utf8'), formatFor(file)!, {filePath: file, config: {}})
        if (checked.edits > 0) fixedFiles++
        edits += checked.edits
        problems.push(...checked.problems.map((problem) => `${path.relative(corpus, file)}: ${problem}`))
      }
      expect(problems).toEqual([])
      console.log(`fixed ${edits} findings in ${fixedFiles} of ${files.length} corpus files`)
      expect(fixedFiles).toBeGreaterThan(0)
    }, 1_800_000)
  })
}
