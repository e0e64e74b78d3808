/**
 * The customer-focus score: the README's worked example, the weights, the penalties, and
 * the sentence, section, file and site levels.
 */
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {lintDocument} from '../src/engine/lint.js'
import {parse} from '../src/parse/index.js'
import {blockRoles, fileStats, penaltyFor, scoreDocument, scoreFrom} from '../src/score/score.js'
import {minScoreFailures, siteSummary} from '../src/score/site.js'
import type {FileResult, Finding, Format, RuleSetting} from '../src/types.js'

/** Only `brag` on, so the tests do not depend on which other rules exist. */
const onlyBrag: Record<string, RuleSetting> = {...Object.fromEntries(rules.map((rule) => [rule.meta.id, 'off' as const])), brag: 'warn'}
/** Every rule off: references only. */
const noRules: Record<string, RuleSetting> = Object.fromEntries(rules.map((rule) => [rule.meta.id, 'off' as const]))

function scored(text: string, options: {format?: Format; brands?: string[]; rules?: Record<string, RuleSetting>} = {}) {
  const {result, document, brands} = lintDocument(text, {
    filePath: `page.${options.format === 'html' ? 'html' : options.format === 'text' ? 'txt' : 'md'}`,
    config: {brands: options.brands ?? [], rules: options.rules ?? onlyBrag}
  })
  return {result, score: scoreDocument(document.tree, result.messages, brands)}
}

const workedExample = `---
title: Payroll your team will thank you for
---

# Acme makes payroll simple

You pay your whole team in minutes. Our experts file the taxes.

Our world-class support team answers within an hour.

[Start your free trial](/signup)
`

function finding(ruleId: string, start: number): Finding {
  return {ruleId, severity: 1, message: 'm', line: 1, column: start + 1, endLine: 1, endColumn: start + 2, range: [start, start + 1], actual: 'x', expected: [], url: ''}
}

describe('the README worked example', () => {
  it('computes the same numbers as the hand calculation', () => {
    const {result, score} = scored(workedExample, {brands: ['Acme']})
    expect(result.messages.map((item) => [item.ruleId, item.actual])).toEqual([['brag', 'world-class']])
    // Title: your, you ×3 = 6 reader. H1: Acme ×3 = 3 brand. Lead: You, your ×2 = 4 reader;
    // Our ×2 = 2 self. Body: Our ×1 = 1 self. Link text: your ×2 = 2 reader.
    expect(score.file.weighted).toEqual({reader: 12, self: 3, brand: 3})
    expect(score.file.weightedRate).toBe(0.6667)
    // 1 finding in 35 words (counted as 100): 10 points.
    expect(score.file.penalty).toBe(10)
    // round(100 × 12/18 − 10) = round(56.67) = 57
    expect(result.stats).toEqual({words: 35, readerRefs: 5, selfRefs: 2, brandRefs: 1, focusRate: 0.625, score: 57})
  })

  it('scores each section and each sentence', () => {
    const {score} = scored(workedExample, {brands: ['Acme']})
    expect(score.sections.map((section) => [section.heading, section.depth, section.line, section.score, section.findings])).toEqual([
      [undefined, 0, 2, 100, 0],
      ['Acme makes payroll simple', 1, 5, 40, 1]
    ])
    expect(score.sentences.map((sentence) => [workedExample.slice(sentence.start, sentence.end), sentence.role, sentence.score])).toEqual([
      ['Payroll your team will thank you for', 'title', 100],
      ['Acme makes payroll simple', 'h1', 0],
      ['You pay your whole team in minutes.', 'lead', 100],
      ['Our experts file the taxes.', 'lead', 0],
      ['Our world-class support team answers within an hour.', 'body', 0],
      ['Start your free trial', 'body', 100]
    ])
  })
})

describe('references', () => {
  it('has no focus rate without references, and scores from penalties only', () => {
    expect(scored('The dashboard lists every invoice.\n').result.stats).toEqual({words: 5, readerRefs: 0, selfRefs: 0, brandRefs: 0, focusRate: null, score: 100})
    expect(scored('The dashboard is world-class.\n').result.stats).toEqual({words: 4, readerRefs: 0, selfRefs: 0, brandRefs: 0, focusRate: null, score: 90})
  })

  it('leaves out blockquotes, quoted words and code', () => {
    const text = [
      'You ship faster.',
      '',
      '> We moved everything to it in a weekend. Our team loves it.',
      '',
      'Run `we deploy` or:',
      '',
      '```sh',
      'our-tool --us',
      '```',
      ''
    ].join('\n')
    const {result} = scored(text, {rules: noRules})
    expect(result.stats).toMatchObject({readerRefs: 1, selfRefs: 0, brandRefs: 0, focusRate: 1, score: 100})
  })

  it('reads "US" as the country', () => {
    expect(scored('You can ship to the US today.\n', {rules: noRules}).result.stats).toMatchObject({readerRefs: 1, selfRefs: 0, focusRate: 1})
  })

  it('counts configured brands', () => {
    expect(scored('Acme Cloud keeps your data safe.\n', {brands: ['Acme', 'Acme Cloud'], rules: noRules}).result.stats).toMatchObject({
      readerRefs: 1,
      selfRefs: 0,
      brandRefs: 1,
      focusRate: 0.5
    })
  })
})

describe('weights', () => {
  it('weighs the front-matter title and the first H1 ×3, the lead paragraph ×2', () => {
    const text = '---\ntitle: We build tools\n---\n\n# We build tools\n\nWe build tools.\n\nWe build tools.\n\n# We build tools\n'
    const {score} = scored(text, {rules: noRules})
    expect(score.sentences.map((sentence) => [sentence.role, sentence.weighted.self])).toEqual([
      ['title', 3],
      ['h1', 3],
      ['lead', 2],
      ['body', 1],
      ['body', 1]
    ])
    expect(score.file.weighted).toEqual({reader: 0, self: 10, brand: 0})
  })

  it('weighs the HTML title, and takes the first paragraph after the H1 as the lead', () => {
    const html = '<html><head><title>Your payroll</title></head><body><nav>Our blog</nav><h1>Payroll</h1><p>You pay.</p><p>We file.</p></body></html>'
    const {score} = scored(html, {format: 'html', rules: noRules})
    expect(score.sentences.map((sentence) => [html.slice(sentence.start, sentence.end), sentence.role, sentence.weighted])).toEqual([
      ['Your payroll', 'title', {reader: 3, self: 0, brand: 0}],
      ['Our blog', 'body', {reader: 0, self: 1, brand: 0}],
      ['Payroll', 'h1', {reader: 0, self: 0, brand: 0}],
      ['You pay.', 'lead', {reader: 2, self: 0, brand: 0}],
      ['We file.', 'body', {reader: 0, self: 1, brand: 0}]
    ])
  })

  it('weighs link and button text ×2, and only the words inside the link', () => {
    const {score} = scored('Read the guide, then [contact us](/contact) about your plan.\n\nMore text here.\n', {rules: noRules})
    // The lead paragraph is ×2 already; the link keeps ×2, so look at a body paragraph.
    expect(score.sentences[0]!.weighted).toEqual({reader: 2, self: 2, brand: 0})
    const body = scored('# Plans\n\nPlans start at $9.\n\nRead the guide, then [contact us](/contact) about your plan.\n', {rules: noRules}).score
    expect(body.sentences.map((sentence) => [sentence.role, sentence.weighted])).toEqual([
      ['h1', {reader: 0, self: 0, brand: 0}],
      ['lead', {reader: 0, self: 0, brand: 0}],
      ['body', {reader: 1, self: 2, brand: 0}]
    ])
    // Each sentence counts only the links inside it, however many the paragraph holds.
    const links = scored('# Plans\n\nPlans start at $9.\n\n[Ask us](/a) or [call us](/b). We reply. Then [see your plan](/c) and [ours](/d).\n', {rules: noRules}).score
    expect(links.sentences.slice(2).map((sentence) => sentence.weighted)).toEqual([
      {reader: 0, self: 4, brand: 0},
      {reader: 0, self: 1, brand: 0},
      {reader: 2, self: 2, brand: 0}
    ])
    const button = scored('<h1>Plans</h1><p>Plans start at $9.</p><p>Or ask.</p><button>Talk to us</button>', {format: 'html', rules: noRules}).score
    expect(button.sentences.at(-1)).toMatchObject({role: 'cta', weighted: {reader: 0, self: 2, brand: 0}})
  })

  it('gives blocks their roles in order', () => {
    const {document} = lintDocument('Intro.\n\n# Title\n\nLead.\n\nBody.\n', {config: {rules: noRules}})
    expect(blockRoles(document.tree)).toEqual(['body', 'h1', 'lead', 'body'])
  })
})

describe('penalties', () => {
  it('costs 10 points per finding per 100 words, counting short texts as 100 words, at most 30', () => {
    expect(penaltyFor(0, 50)).toBe(0)
    expect(penaltyFor(1, 50)).toBe(10)
    expect(penaltyFor(1, 400)).toBe(2.5)
    expect(penaltyFor(2, 100)).toBe(20)
    expect(penaltyFor(9, 100)).toBe(30)
    expect(scoreFrom({reader: 1, self: 0, brand: 0}, 200, 3)).toEqual({weightedRate: 1, penalty: 15, score: 85})
    expect(scoreFrom({reader: 0, self: 4, brand: 0}, 200, 0)).toEqual({weightedRate: 0, penalty: 0, score: 0})
  })

  it('does not count focus-ratio (the rate restated) or parse errors', () => {
    const text = 'You save time. You save money.\n'
    const {document} = lintDocument(text, {config: {rules: noRules}})
    const findings = [finding('focus-ratio', 0), finding('parse-error', 0), finding('brag', 4), finding('we-focus', 20)]
    const result = scoreDocument(document.tree, findings)
    expect(result.file).toMatchObject({findings: 2, penalty: 20, score: 80})
    expect(result.sentences.map((sentence) => [sentence.findings, sentence.score])).toEqual([
      [1, 90],
      [1, 90]
    ])
    expect(fileStats(document.tree, findings)).toEqual({words: 6, readerRefs: 2, selfRefs: 0, brandRefs: 0, focusRate: 1, score: 80})
  })

  it('caps the penalty', () => {
    const {document} = lintDocument('You save time.\n', {config: {rules: noRules}})
    const findings = Array.from({length: 6}, (_, index) => finding('brag', index))
    expect(scoreDocument(document.tree, findings).file).toMatchObject({penalty: 30, score: 70})
  })
})

describe('the site', () => {
  const result = (words: number, score: number, ruleIds: string[] = [], refs = [0, 0, 0]): FileResult => ({
    filePath: `/site/${words}-${score}.md`,
    messages: ruleIds.map((id) => finding(id, 0)),
    errorCount: 0,
    warningCount: ruleIds.length,
    fixableCount: 0,
    stats: {words, readerRefs: refs[0]!, selfRefs: refs[1]!, brandRefs: refs[2]!, focusRate: null, score}
  })

  it('averages file scores weighted by words, and sums the rest', () => {
    const summary = siteSummary([result(300, 90, ['brag', 'brag'], [6, 2, 0]), result(100, 10, ['we-focus', 'brag'], [0, 3, 1]), result(0, 100)])
    // (90 × 300 + 10 × 100 + 100 × 0) ÷ 400 = 70
    expect(summary).toEqual({
      files: 3,
      words: 400,
      readerRefs: 6,
      selfRefs: 5,
      brandRefs: 1,
      focusRate: 0.5,
      score: 70,
      findings: 4,
      errorCount: 0,
      warningCount: 4,
      rules: {brag: 3, 'we-focus': 1},
      distribution: [0, 1, 0, 0, 0, 0, 0, 0, 0, 2]
    })
  })

  it('has no score without files, and a plain mean when no file has words', () => {
    expect(siteSummary([]).score).toBeNull()
    expect(siteSummary([result(0, 100), result(0, 50)]).score).toBe(75)
  })

  it('reports --min-score failures for the site or for each file', () => {
    const results = [result(100, 40), result(300, 90), result(100, 55)]
    expect(siteSummary(results).score).toBe(73)
    expect(minScoreFailures(results, 73, 'site')).toEqual([])
    expect(minScoreFailures(results, 74, 'site')).toEqual(['site score 73 is under --min-score 74'])
    expect(minScoreFailures(results, 50, 'file')).toEqual(['1 file scores under --min-score 50: /site/100-40.md (40)'])
    expect(minScoreFailures(results, 60, 'file', (file) => file.slice(6))).toEqual(['2 files score under --min-score 60: 100-40.md (40), 100-55.md (55)'])
  })
})

describe('parse-only use', () => {
  it('scores a tree without findings', () => {
    const {tree} = parse('# We help you\n\nYou win.\n', {format: 'markdown'})
    expect(scoreDocument(tree, []).file).toMatchObject({readerRefs: 2, selfRefs: 1, weighted: {reader: 3 + 2, self: 3, brand: 0}, score: 63})
  })
})
