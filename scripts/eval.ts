/**
 * `npm run eval`: print accuracy on the labelled data. Options:
 *   --split tune|holdout|both   which split to report (default both)
 *   --details                   list false positives and negatives (tune split only)
 *   --json                      machine-readable output
 */
import {parseArgs} from 'node:util'
import {evaluateFixes, evaluatePages, evaluateSnippets, type Score, type Split} from './evaluate.js'

const {values} = parseArgs({
  options: {
    split: {type: 'string', default: 'both'},
    details: {type: 'boolean', default: false},
    json: {type: 'boolean', default: false}
  }
})
const splits: Split[] = values.split === 'both' ? ['tune', 'holdout'] : [values.split as Split]

const results = splits.map((split) => ({split, snippets: evaluateSnippets(split), pages: evaluatePages(split)}))
const fixes = evaluateFixes()

if (values.json) {
  console.log(JSON.stringify({results, fixes}, null, 2))
} else {
  const pct = (value: number) => value.toFixed(3)
  const row = (name: string, s: Score) =>
    `${name.padEnd(24)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}   tp ${String(s.tp).padStart(3)}  fp ${String(s.fp).padStart(3)}  fn ${String(s.fn).padStart(3)}`
  for (const {split, snippets, pages} of results) {
    console.log(`\n## ${split} split: ${snippets.count} snippets, ${pages.pages} pages\n`)
    console.log(`${''.padEnd(24)} prec.  recall F1`)
    console.log(row('youfirst (snippet level)', snippets.overall))
    console.log(row('naive we/our/us baseline', snippets.baseline))
    console.log('')
    for (const [id, s] of Object.entries(snippets.perRule)) console.log(row(`  ${id}`, s))
    console.log(`\npages: ${pages.met}/${pages.expectations} expectations met`)
    if (values.details && split === 'tune') {
      for (const failure of pages.failures) console.log(`  ✗ ${failure.page}: ${failure.expectation}`)
      console.log('\nfalse positives:')
      for (const item of snippets.falsePositives) console.log(`  ${item.id} [${item.rules.join(', ')}] ${item.text}`)
      console.log('\nfalse negatives (missing rules):')
      for (const item of snippets.falseNegatives) console.log(`  ${item.id} [${item.missing.join(', ')}] ${item.text}`)
    }
  }
  console.log(`\n## fixes: ${fixes.cases} cases\n`)
  console.log(`fix precision ${pct(fixes.precision)} (${fixes.acceptableChanged}/${fixes.changed} changed outputs acceptable)`)
  console.log(`coverage      ${pct(fixes.coverage)} (${fixes.covered}/${fixes.withFix} cases with a fix)`)
  for (const [id, c] of Object.entries(fixes.perRule)) {
    console.log(`  ${id.padEnd(22)} changed ${c.changed}, acceptable ${c.acceptable}, covered ${c.covered}/${c.withFix}`)
  }
  if (values.details) for (const item of fixes.wrong) console.log(`  ✗ ${item.id}: ${item.input} → ${item.output}`)
}
