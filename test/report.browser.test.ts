/**
 * The HTML report in real headless Chromium (Debian's chromium package, driven by
 * playwright-core): the numbers match the JSON, nothing is fetched, nothing from the linted
 * copy runs, the keyboard opens drill-downs, and it reads on a laptop and in print.
 */
import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import type {ReportData} from '../src/report/data.js'
import {launchChromium} from './helpers/browser.js'
import {cli, tempTree} from './helpers/cli.js'

const root = path.resolve(import.meta.dirname, '..')
const config = JSON.stringify({rules: {...Object.fromEntries(rules.map((rule) => [rule.meta.id, 'off'])), brag: 'warn'}})
const hostileText =
  'You get world-class support. <script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 1"> ' +
  '[our team](javascript:window.__pwned=1) &amp; &lt;b&gt; ]]> </details> {{x}}'
const hostileName = '<img src=x onerror=window.__pwned=1>.md'

let browser: Browser
let cwd: string
let fileUrl: string
let data: ReportData

beforeAll(async () => {
  cwd = tempTree({
    '.youfirstrc.json': config,
    'a.md': 'You get world-class support.\n',
    'b.md': 'We are world-class. Our team is helpful.\n',
    'guide/c.md': '# Why choose us\n\nWe are proud. Our world-class team helps you. Call today.\n\n## Plans\n\nYou pick a plan.\n',
    'hostile.txt': `${hostileText}\n`,
    'hostile.md': [
      '# Plans &lt;script&gt;window.__pwned = 1&lt;/script&gt; &amp;amp;',
      '',
      'You get world-class support &lt;img src=x onerror=alert(document.domain)&gt; and &#x3C;b&#x3E; &quot;quotes&quot;.',
      '',
      '[Contact us](javascript:window.__pwned=1)',
      ''
    ].join('\n'),
    [hostileName]: 'You get world-class support.\n'
  })
  // A baseline first, then a change, so the report shows changes too.
  expect((await cli(['report', '--json', '--out', 'before/report.html'], {cwd})).code).toBe(0)
  fs.writeFileSync(path.join(cwd, 'b.md'), 'You are covered. Our team is helpful.\n')
  const run = await cli(['report', '--json', '--out', 'out/report.html', '--baseline', 'before/report.json', '--title', 'Test site'], {cwd})
  expect(run.stderr).toBe('')
  fileUrl = pathToFileURL(path.join(cwd, 'out/report.html')).href
  data = JSON.parse(fs.readFileSync(path.join(cwd, 'out/report.json'), 'utf8')) as ReportData
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

interface Watched {
  page: Page
  requests: string[]
  problems: string[]
}

/** A fresh page at laptop size, recording requests, console errors and warnings, and uncaught errors. */
async function open(): Promise<Watched> {
  const page = await browser.newPage({viewport: {width: 1366, height: 768}})
  const requests: string[] = []
  const problems: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
  await page.goto(fileUrl, {waitUntil: 'load'})
  return {page, requests, problems}
}

function pageId(pathName: string): string {
  return `page-${data.pages.findIndex((page) => page.path === pathName)}`
}

/** Press Tab until the summary of `pathName` has focus; the number of presses it took. */
async function tabTo(page: Page, pathName: string): Promise<number> {
  const id = pageId(pathName)
  for (let presses = 1; presses <= 80; presses++) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(`(() => { const el = document.activeElement; return el && el.tagName === 'SUMMARY' ? el.parentElement.id : '' })()`)
    if (focused === id) return presses
  }
  throw new Error(`Tab never reached the summary of ${pathName}`)
}

describe('the report in Chromium', () => {
  it('shows the numbers of the JSON, fetches nothing and logs no errors', async () => {
    const {page, requests, problems} = await open()
    expect(await page.locator('#site-score').textContent()).toBe(String(data.site.score))
    expect(await page.locator('#site-findings').textContent()).toBe(String(data.site.findings))
    expect(await page.locator('#site-change .change').textContent()).toBe(`+${data.site.change}`)

    const shown = (await page.evaluate(`Array.from(document.querySelectorAll('#page-list > details')).map((d) => [
      d.getAttribute('data-path'), d.querySelector('summary .badge').textContent, d.querySelector('summary .path').textContent,
      (d.querySelector('summary .change') || {}).textContent || ''])`)) as string[][]
    const expected = data.pages.map((item) => [item.path, String(item.stats.score), item.path, item.change === null ? 'new' : item.change === 0 ? '±0' : item.change! > 0 ? `+${item.change}` : `−${-item.change!}`])
    expect([...shown].sort()).toEqual([...expected].sort())
    // Lowest score first.
    expect(shown.map((row) => Number(row[1]))).toEqual([...data.pages.map((item) => item.stats.score)].sort((a, b) => a - b))

    const ruleRows = await page.evaluate(`Array.from(document.querySelectorAll('#rules tbody tr')).map((tr) => Array.from(tr.cells).map((td) => td.textContent))`)
    expect(ruleRows).toEqual(data.rules.map((rule) => [rule.id, String(rule.findings), String(rule.pages)]))
    const bands = await page.evaluate(`Array.from(document.querySelectorAll('#distribution tbody tr')).map((tr) => Number(tr.cells[1].textContent))`)
    expect(bands).toEqual(data.site.distribution)
    expect(await page.locator('svg.histogram').getAttribute('aria-labelledby')).toBe('histogram-title histogram-desc')
    expect(await page.locator('#histogram-desc').textContent()).toContain(`0–9: ${data.site.distribution[0]} page`)
    const worst = [...data.pages].sort((a, b) => a.stats.score - b.stats.score || b.stats.words - a.stats.words || (a.path < b.path ? -1 : 1))[0]!
    expect(await page.locator('#worst li').first().textContent()).toBe(`${worst.stats.score}${worst.path}`)

    // Opening every page renders its data without errors.
    await page.evaluate(`document.querySelectorAll('#page-list > details').forEach((d) => { d.open = true })`)
    // Poll with evaluate: waitForFunction compiles its predicate in the page, which the report's CSP forbids.
    await expect
      .poll(() => page.evaluate(`Array.from(document.querySelectorAll('#page-list > details')).every((d) => d.getAttribute('data-rendered') === 'done')`))
      .toBe(true)
    const sectionScores = await page.evaluate(`Array.from(document.querySelectorAll('#${pageId('guide/c.md')} table.sections tbody tr')).map((tr) => [tr.cells[0].textContent, Number(tr.cells[2].textContent)])`)
    expect(sectionScores).toEqual(data.pages.find((item) => item.path === 'guide/c.md')!.sections.map((section) => [section.heading, section.score]))

    expect(problems).toEqual([])
    expect(requests).toEqual([fileUrl])
    await page.close()
  })

  it('opens and closes a drill-down with the keyboard, with visible focus', async () => {
    const {page, problems} = await open()
    const id = pageId('guide/c.md')
    const presses = await tabTo(page, 'guide/c.md')
    expect(presses).toBeGreaterThan(1)
    const outline = await page.evaluate(`(() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth] })()`)
    expect(outline).toEqual(['solid', '3px'])
    expect(await page.locator(`#${id} .drill`).isVisible()).toBe(false)

    await page.keyboard.press('Enter')
    const drill = page.locator(`#${id} .drill`)
    await drill.locator('ol.flagged').waitFor({state: 'visible'})
    expect(await page.locator(`#${id}`).getAttribute('open')).toBe('')
    expect(await drill.locator('ol.flagged > li').count()).toBe(1)
    expect(await drill.locator('ol.flagged mark').allTextContents()).toEqual(['world-class'])
    expect(await drill.locator('ol.flagged .context').textContent()).toBe('We are proud. Our world-class team helps you. Call today.')
    expect(await drill.locator('ol.flagged .finding-list li').textContent()).toBe(
      'brag “world-class” is self-praise the reader can’t check: cut it, or show the proof (line 3, column 19) Suggested: delete it'
    )

    await page.keyboard.press('Enter')
    expect(await page.locator(`#${id}`).getAttribute('open')).toBeNull()
    expect(await drill.isVisible()).toBe(false)

    // Space opens the next page down.
    await page.keyboard.press('Tab')
    const next = (await page.evaluate(`document.activeElement.parentElement.id`)) as string
    expect(next).not.toBe(id)
    await page.keyboard.press(' ')
    await page.locator(`#${next} .drill h3`).first().waitFor({state: 'visible'})
    expect(await page.locator(`#${next}`).getAttribute('open')).toBe('')

    // A link in the lowest-scoring list opens its page and moves focus there.
    await page.locator('#worst a').first().focus()
    await page.keyboard.press('Enter')
    const target = (await page.locator('#worst a').first().getAttribute('href'))!.slice(1)
    await page.locator(`#${target} .drill h3`).first().waitFor({state: 'visible'})
    expect(await page.evaluate(`document.activeElement.parentElement.id`)).toBe(target)
    expect(problems).toEqual([])
    await page.close()
  })

  it('shows hostile copy as text and runs none of it', async () => {
    const {page, requests, problems} = await open()
    const scripts = await page.locator('script').count()
    for (const name of ['hostile.txt', 'hostile.md', hostileName]) {
      await page.locator(`#${pageId(name)} > summary`).click()
      await page.locator(`#${pageId(name)} .drill h3`).first().waitFor({state: 'visible'})
    }
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined')
    expect(await page.locator('script').count()).toBe(scripts)
    expect(await page.locator('img, iframe, [onerror], a[href^="javascript:"]').count()).toBe(0)

    const text = page.locator(`#${pageId('hostile.txt')} ol.flagged .context`)
    expect(await text.textContent()).toBe(hostileText)
    expect(await text.locator('mark').allTextContents()).toEqual(['world-class'])
    const markdown = page.locator(`#${pageId('hostile.md')}`)
    expect(await markdown.locator('table.sections tbody tr td').first().textContent()).toBe('Plans <script>window.__pwned = 1</script> &amp;')
    expect(await markdown.locator('ol.flagged .sentence').first().textContent()).toBe('You get world-class support <img src=x onerror=alert(document.domain)> and <b> "quotes".')
    expect(await page.locator(`#${pageId(hostileName)} > summary .path`).textContent()).toBe(hostileName)

    expect(problems).toEqual([])
    expect(requests).toEqual([fileUrl])
    await page.close()
  })

  it('filters and sorts the pages', async () => {
    const {page} = await open()
    await page.locator('#filter').fill('guide')
    expect(await page.locator('#page-list > details:not([hidden])').count()).toBe(1)
    expect(await page.locator('#shown').textContent()).toBe(`Showing 1 of ${data.pages.length} pages`)
    await page.locator('#filter').fill('')
    await page.locator('#sort').selectOption('path')
    const order = await page.evaluate(`Array.from(document.querySelectorAll('#page-list > details')).map((d) => d.getAttribute('data-path'))`)
    expect(order).toEqual(data.pages.map((item) => item.path))
    await page.close()
  })

  it('fits a laptop screen, has AA contrast, prints cleanly, and is screenshot', async () => {
    const {page} = await open()
    // The overview is on the first screen.
    const box = await page.locator('svg.histogram').boundingBox()
    expect(box!.y + box!.height).toBeLessThan(768)
    await page.locator(`#${pageId('hostile.txt')} > summary`).click()
    await page.locator(`#${pageId('hostile.txt')} ol.flagged`).waitFor({state: 'visible'})
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1366)

    // WCAG AA: 4.5:1 for text, 3:1 for large text, against the composited background.
    const failures = await page.evaluate(`(() => {
      const parse = (c) => { const p = c.match(/[\\d.]+/g).map(Number); return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1} }
      const channel = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4) }
      const lum = (c) => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
      const over = (top, bottom) => ({r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a), b: top.b * top.a + bottom.b * (1 - top.a), a: 1})
      const background = (el) => {
        const layers = []
        for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor); if (c.a > 0) { layers.push(c); if (c.a >= 1) break } }
        return layers.reverse().reduce((acc, layer) => over(layer, acc), {r: 255, g: 255, b: 255, a: 1})
      }
      const out = []
      for (const el of document.querySelectorAll('body *')) {
        const own = Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent.trim())
        if (!own) continue
        const rect = el.getBoundingClientRect()
        const style = getComputedStyle(el)
        if (rect.width === 0 || rect.height === 0 || style.visibility === 'hidden' || rect.right < 0) continue
        const svg = el instanceof SVGElement
        const fg = parse(svg ? style.fill : style.color)
        const bg = background(svg ? el.closest('section') : el)
        const [l1, l2] = [lum(over(fg, bg)), lum(bg)].sort((a, b) => b - a)
        const ratio = (l1 + 0.05) / (l2 + 0.05)
        const size = parseFloat(style.fontSize)
        const large = size >= 24 || (Number(style.fontWeight) >= 700 && size >= 18.66)
        if (ratio < (large ? 3 : 4.5)) out.push(el.tagName + '.' + el.className + ' ' + ratio.toFixed(2) + ' ' + el.textContent.slice(0, 30))
      }
      return out
    })()`)
    expect(failures).toEqual([])

    fs.mkdirSync(path.join(root, 'test-output'), {recursive: true})
    await page.screenshot({path: path.join(root, 'test-output', 'report.png'), fullPage: true})

    await page.emulateMedia({media: 'print'})
    expect(await page.evaluate(`getComputedStyle(document.querySelector('.controls')).display`)).toBe('none')
    expect(await page.evaluate(`getComputedStyle(document.querySelector('details.page')).contentVisibility`)).toBe('visible')
    const pdf = await page.pdf({format: 'A4'})
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    await page.close()
  })
})
