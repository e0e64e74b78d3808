/**
 * `npm run docs:screenshot`: regenerate docs/report.png, the README's picture of the report.
 * It runs the built command (`npm run build` first) on examples/ and photographs the result
 * in headless Chromium at laptop width, with the lowest-scoring page opened.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {launchChromium} from '../test/helpers/browser.js'

const root = path.resolve(import.meta.dirname, '..')
const bin = path.join(root, 'dist/bin/youfirst.js')
if (!fs.existsSync(bin)) throw new Error('dist/ is missing: run `npm run build` first')
const out = path.join(root, 'test-output/examples-report.html')
execFileSync(process.execPath, [bin, 'report', 'examples', '--out', out, '--title', 'Example site'], {cwd: root, stdio: 'inherit'})

const browser = await launchChromium()
try {
  const page = await browser.newPage({viewport: {width: 1366, height: 768}, deviceScaleFactor: 1})
  await page.goto(pathToFileURL(out).href)
  const first = page.locator('#page-list > details').first()
  await first.locator('summary').click()
  await first.locator('ol.flagged').waitFor({state: 'visible'})
  const height = await page.evaluate(`(() => { const items = document.querySelectorAll('#page-list > details .drill ol.flagged > li'); const last = items[Math.min(1, items.length - 1)]; return Math.round(last.getBoundingClientRect().bottom + window.scrollY + 8) })()`)
  fs.mkdirSync(path.join(root, 'docs'), {recursive: true})
  await page.screenshot({path: path.join(root, 'docs/report.png'), fullPage: true, clip: {x: 0, y: 0, width: 1366, height: height as number}})
  console.log(`docs/report.png: 1366×${height}`)
} finally {
  await browser.close()
}
