/**
 * Accuracy floors on the labelled data (fixtures/eval/), set just under what youfirst
 * reaches, so a change that makes it cry wolf, or miss more, fails the suite.
 * `npm run eval` prints the full figures.
 */
import {describe, expect, it} from 'vitest'
import {evaluateFixes, evaluatePages, evaluateSnippets} from '../scripts/evaluate.js'

describe('accuracy on labelled copy', () => {
  it('tune split: snippet precision, recall and every page expectation', () => {
    const snippets = evaluateSnippets('tune')
    expect(snippets.overall.precision).toBeGreaterThanOrEqual(0.99)
    expect(snippets.overall.recall).toBeGreaterThanOrEqual(0.99)
    // The rule at the heart of youfirst, on its own: other rules must not be what catches its snippets.
    expect(snippets.perRule['we-focus']!.precision).toBeGreaterThanOrEqual(0.99)
    expect(snippets.perRule['we-focus']!.recall).toBeGreaterThanOrEqual(0.99)
    const pages = evaluatePages('tune')
    expect(pages.failures).toEqual([])
  }, 120_000)

  it('held-out split: never tuned on, so its floors are lower', () => {
    const snippets = evaluateSnippets('holdout')
    expect(snippets.overall.precision).toBeGreaterThanOrEqual(0.99)
    expect(snippets.overall.recall).toBeGreaterThanOrEqual(0.9)
    // youfirst must beat the naive we/our/us baseline by a wide margin on precision.
    expect(snippets.overall.precision - snippets.baseline.precision).toBeGreaterThan(0.4)
    const pages = evaluatePages('holdout')
    expect(pages.met).toBeGreaterThanOrEqual(46)
  }, 120_000)

  it('fixes: precision and coverage', () => {
    const fixes = evaluateFixes()
    expect(fixes.precision).toBeGreaterThanOrEqual(0.97)
    expect(fixes.coverage).toBeGreaterThanOrEqual(0.92)
    expect(fixes.cases).toBeGreaterThanOrEqual(100)
  }, 120_000)
})
