/**
 * How fast the HTML report loads and becomes usable in headless Chromium.
 *
 *   npx tsx bench/report-load.ts <folder>           build a report of the folder with the
 *                                                   built CLI (npm run build), then measure it
 *   npx tsx bench/report-load.ts <report.html>      measure an existing report
 *   options: --runs <n> (default 5)
 *
 * For each run, in a fresh page: navigation start → DOMContentLoaded and → load (Navigation
 * Timing), then the first interaction: Enter on the first page's summary right after load,
 * until its drill-down is rendered, both as time since navigation start and as the latency
 * from the key press. Prints the median of each.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {launchChromium} from '../test/helpers/browser.js'

const {values, positionals} = parseArgs({allowPositionals: true, options: {runs: {type: 'string', default: '5'}}})
const target = path.resolve(positionals[0] ?? 'examples')
const runs = Number(values.runs)
let html = target
if (fs.statSync(target).isDirectory()) {
  const bin = path.resolve(import.meta.dirname, '../dist/bin/youfirst.js')
  if (!fs.existsSync(bin)) throw new Error('dist/ is missing: run `npm run build` first')
  html = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'youfirst-bench-')), 'report.html')
  const started = performance.now()
  try {
    execFileSync(process.execPath, [bin, 'report', '.', '--out', html], {cwd: target, stdio: ['ignore', 'inherit', 'inherit']})
  } catch {
    // Exit code 2 for unreadable files still writes the report.
  }
  console.log(`youfirst report: ${((performance.now() - started) / 1000).toFixed(1)} s`)
}
console.log(`${path.basename(html)}: ${(fs.statSync(html).size / 1e6).toFixed(1)} MB`)

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const samples: Record<string, number[]> = {domContentLoaded: [], load: [], firstInteractionDone: [], interactionLatency: []}
const browser = await launchChromium()
try {
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage({viewport: {width: 1366, height: 768}})
    await page.goto(pathToFileURL(html).href, {waitUntil: 'load'})
    const timing = (await page.evaluate(`(() => { const n = performance.getEntriesByType('navigation')[0]; return [n.domContentLoadedEventEnd, n.loadEventEnd] })()`)) as number[]
    await page.evaluate(`(() => {
      const details = document.querySelector('#page-list > details');
      document.addEventListener('keydown', () => { window.__pressed = performance.now() }, {capture: true, once: true});
      new MutationObserver(() => { if (details.getAttribute('data-rendered') === 'done') window.__done = performance.now() })
        .observe(details, {attributes: true, attributeFilter: ['data-rendered']});
      details.querySelector('summary').focus();
    })()`)
    await page.keyboard.press('Enter')
    // Poll with evaluate: waitForFunction compiles its predicate in the page, which the report's CSP forbids.
    while ((await page.evaluate('window.__done === undefined')) as boolean) await new Promise((resolve) => setTimeout(resolve, 5))
    const [pressed, done] = (await page.evaluate('[window.__pressed, window.__done]')) as number[]
    samples.domContentLoaded!.push(timing[0]!)
    samples.load!.push(timing[1]!)
    samples.firstInteractionDone!.push(done!)
    samples.interactionLatency!.push(done! - pressed!)
    await page.close()
  }
} finally {
  await browser.close()
}
for (const [name, values] of Object.entries(samples)) console.log(`${name.padEnd(22)} median ${Math.round(median(values))} ms  (runs: ${values.map(Math.round).join(', ')})`)
