/**
 * The HTML report: one self-contained file with no network requests.
 *
 * The page is built as a hast tree with hastscript and serialised with hast-util-to-html
 * (the unified ecosystem's HTML tools), so every string that comes from a linted file is a
 * text node or an attribute value that the serialiser escapes; nothing is concatenated into
 * markup. The pages' drill-down data sits in data blocks (gzipped JSON in base64) and is
 * rendered with DOM text nodes when a page is first opened, which keeps a report of
 * thousands of pages quick to load. A Content-Security-Policy allows only the report's own
 * style sheet and script, by hash.
 */
import {createHash} from 'node:crypto'
import {gzipSync} from 'node:zlib'
import type {Element, Root} from 'hast'
import {h, s} from 'hastscript'
import {toHtml} from 'hast-util-to-html'
import {penaltyCap, penaltyPerFinding, weights} from '../score/score.js'
import {script, style} from './assets.js'
import type {ReportData, ReportPage} from './data.js'

/** Verdict for a score: good from 80, fair from 50, poor below. */
export function verdict(score: number): 'good' | 'fair' | 'poor' {
  return score >= 80 ? 'good' : score >= 50 ? 'fair' : 'poor'
}

const verdictText = {good: 'Good', fair: 'Fair', poor: 'Poor'} as const

function hash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/** Pages per data block: opening a page unpacks only its block. */
export const pagesPerBlock = 50

/**
 * The pages' drill-down data, in blocks of `pagesPerBlock` pages, each gzipped JSON in
 * base64 (the browser unpacks a block with DecompressionStream when one of its pages is first
 * opened). Base64 holds no `<`, so no copy can end the script element early, and about a
 * fifth of the bytes keeps a report of thousands of pages quick to load.
 */
export function pageDataBlocks(pages: ReportPage[]): string[] {
  const blocks: string[] = []
  for (let first = 0; first < pages.length; first += pagesPerBlock) {
    blocks.push(gzipSync(Buffer.from(JSON.stringify(pages.slice(first, first + pagesPerBlock)), 'utf8')).toString('base64'))
  }
  return blocks
}

function percent(rate: number | null): string {
  return rate === null ? '–' : `${Math.round(rate * 100)}%`
}

function number(value: number): string {
  return value.toLocaleString('en-US')
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${number(count)} ${count === 1 ? one : many}`
}

function changeText(change: number | null | undefined): {text: string; className: string} | undefined {
  if (change === undefined) return undefined
  if (change === null) return {text: 'new', className: 'change new'}
  if (change === 0) return {text: '±0', className: 'change same'}
  return change > 0 ? {text: `+${change}`, className: 'change up'} : {text: `−${-change}`, className: 'change down'}
}

function badge(score: number): Element {
  return h('span', {className: ['badge', verdict(score)]}, String(score))
}

function when(iso: string): string {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : 'an earlier run'
}

const bands = Array.from({length: 10}, (_, index) => (index === 9 ? '90–100' : `${index * 10}–${index * 10 + 9}`))

function histogram(data: ReportData): Element[] {
  const counts = data.site.distribution
  const max = Math.max(1, ...counts)
  const width = 420
  const height = 190
  const left = 8
  const bottom = 24
  const top = 18
  const slot = (width - left * 2) / 10
  const description = counts.map((count, index) => `${bands[index]}: ${plural(count, 'page')}`).join('; ')
  const bars: Element[] = []
  counts.forEach((count, index) => {
    const barHeight = count === 0 ? 0 : Math.max(2, ((height - bottom - top) * count) / max)
    const x = left + index * slot + 4
    const y = height - bottom - barHeight
    const className = `bar-${verdict(index * 10)}`
    bars.push(s('rect', {x, y, width: slot - 8, height: barHeight, rx: 2, className}))
    bars.push(s('text', {x: x + (slot - 8) / 2, y: y - 4, textAnchor: 'middle', className: 'count'}, number(count)))
    bars.push(s('text', {x: x + (slot - 8) / 2, y: height - 8, textAnchor: 'middle'}, bands[index]!))
  })
  return [
    h('h2', {id: 'histogram-title'}, 'Pages by score'),
    s(
      'svg',
      {className: 'histogram', viewBox: `0 0 ${width} ${height}`, role: 'img', ariaLabelledBy: 'histogram-title histogram-desc'},
      s('desc', {id: 'histogram-desc'}, `Number of pages in each score band: ${description}.`),
      s('line', {x1: left, x2: width - left, y1: height - bottom + 0.5, y2: height - bottom + 0.5}),
      bars
    ),
    h(
      'details',
      {className: 'table-view'},
      h('summary', 'Show as a table'),
      h(
        'table',
        {id: 'distribution'},
        h('thead', h('tr', h('th', {scope: 'col'}, 'Score'), h('th', {scope: 'col', className: 'num'}, 'Pages'))),
        h('tbody', counts.map((count, index) => h('tr', h('td', bands[index]!), h('td', {className: 'num'}, String(count)))))
      )
    )
  ]
}

function scoreCard(data: ReportData): Element {
  const site = data.site
  const change = changeText(site.change)
  return h(
    'section',
    {className: 'card score-card', ariaLabelledBy: 'site-score-title'},
    h('h2', {id: 'site-score-title'}, 'Site score'),
    site.score === null
      ? h('p', {className: 'big muted', id: 'site-score'}, '–')
      : h('p', {className: ['big', verdict(site.score)], id: 'site-score'}, String(site.score)),
    h(
      'p',
      {className: 'out'},
      'out of 100',
      site.score === null ? null : [' ', h('span', {className: ['verdict', verdict(site.score)]}, verdictText[verdict(site.score)])]
    ),
    change && data.baseline
      ? h('p', {id: 'site-change'}, h('span', {className: change.className}, change.text), ` since ${when(data.baseline.generatedAt)} (was ${data.baseline.score ?? '–'})`)
      : null,
    h(
      'dl',
      {className: 'facts'},
      h('dt', 'Customer focus'),
      h('dd', {id: 'site-focus'}, percent(site.focusRate)),
      h('dt', 'To the reader'),
      h('dd', number(site.readerRefs)),
      h('dt', 'To the company'),
      h('dd', number(site.selfRefs)),
      h('dt', 'To brands'),
      h('dd', number(site.brandRefs)),
      h('dt', 'Findings'),
      h('dd', {id: 'site-findings'}, number(site.findings)),
      h('dt', 'Pages'),
      h('dd', number(site.files))
    )
  )
}

function rulesCard(data: ReportData): Element {
  return h(
    'section',
    {className: 'card', ariaLabelledBy: 'rules-title'},
    h('h2', {id: 'rules-title'}, 'Findings by rule'),
    data.rules.length === 0
      ? h('p', {className: 'muted'}, 'No findings.')
      : h(
          'table',
          {id: 'rules'},
          h('thead', h('tr', h('th', {scope: 'col'}, 'Rule'), h('th', {scope: 'col', className: 'num'}, 'Findings'), h('th', {scope: 'col', className: 'num'}, 'Pages'))),
          h(
            'tbody',
            data.rules.map((rule) =>
              h(
                'tr',
                {dataRule: rule.id},
                h('td', /^https:\/\//.test(rule.url) ? h('a', {href: rule.url, title: rule.description}, rule.id) : rule.id),
                h('td', {className: 'num'}, number(rule.findings)),
                h('td', {className: 'num'}, number(rule.pages))
              )
            )
          )
        )
  )
}

function ranked(pages: ReportPage[], index: Map<ReportPage, number>, id: string, title: string): Element {
  return h(
    'section',
    {className: 'card', ariaLabelledBy: `${id}-title`},
    h('h2', {id: `${id}-title`}, title),
    pages.length === 0
      ? h('p', {className: 'muted'}, 'No pages.')
      : h(
          'ol',
          {className: 'ranked', id},
          pages.map((page) => h('li', badge(page.stats.score), h('a', {href: `#page-${index.get(page)}`}, page.path)))
        )
  )
}

function phraseCard(id: string, title: string, note: string, rows: ReportData['phrases']['flagged'], what: string): Element {
  return h(
    'section',
    {className: 'card', ariaLabelledBy: `${id}-title`},
    h('h2', {id: `${id}-title`}, title),
    h('p', {className: 'muted'}, note),
    rows.length === 0
      ? h('p', {className: 'muted'}, 'None.')
      : h(
          'table',
          {id},
          h('thead', h('tr', h('th', {scope: 'col'}, 'Phrase'), h('th', {scope: 'col'}, what), h('th', {scope: 'col', className: 'num'}, 'Times'))),
          h('tbody', rows.map((row) => h('tr', h('td', row.text), h('td', row.sources.join(', ')), h('td', {className: 'num'}, number(row.count)))))
        )
  )
}

function pageItem(page: ReportPage, position: number): Element {
  const findings = page.findings.length
  const change = changeText(page.change)
  return h(
    'details',
    {
      className: 'page',
      id: `page-${position}`,
      dataPath: page.path,
      dataScore: String(page.stats.score),
      dataFindings: String(findings),
      dataWords: String(page.stats.words),
      ...(page.change === undefined || page.change === null ? {} : {dataChange: String(page.change)})
    },
    h(
      'summary',
      badge(page.stats.score),
      h('span', {className: 'path'}, page.path),
      h(
        'span',
        {className: 'page-facts'},
        `focus ${percent(page.stats.focusRate)} · ${plural(findings, 'finding')} · ${plural(page.stats.words, 'word')}`,
        change ? [' · ', h('span', {className: change.className}, change.text)] : null
      )
    ),
    h('div', {className: 'drill'}, h('p', {className: 'muted'}, 'Loading…'))
  )
}

/** Pages ordered lowest score first (longer pages first among equals), as the list starts. */
export function byScore(pages: ReportPage[]): ReportPage[] {
  return [...pages].sort((a, b) => a.stats.score - b.stats.score || b.stats.words - a.stats.words || (a.path < b.path ? -1 : 1))
}

/** Render the report data as one HTML document. */
export function renderHtml(data: ReportData): string {
  const ordered = byScore(data.pages)
  // Ids follow the data's order (by path), so a page keeps its anchor whichever way the list is sorted.
  const index = new Map(data.pages.map((page, position) => [page, position]))
  const shownCount = Math.max(1, Math.min(10, Math.floor(data.pages.length / 2)))
  const worst = ordered.slice(0, shownCount)
  const best = [...data.pages]
    .sort((a, b) => b.stats.score - a.stats.score || b.stats.words - a.stats.words || (a.path < b.path ? -1 : 1))
    .slice(0, shownCount)
  const csp = [
    "default-src 'none'",
    `style-src ${hash(style)}`,
    `script-src ${hash(script)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'"
  ].join('; ')
  const site = data.site
  const removed = data.baseline?.removed ?? []

  const tree: Root = {
    type: 'root',
    children: [
      {type: 'doctype'},
      h(
        'html',
        {lang: 'en'},
        h(
          'head',
          h('meta', {charSet: 'utf-8'}),
          h('meta', {httpEquiv: 'Content-Security-Policy', content: csp}),
          h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
          h('meta', {name: 'generator', content: `youfirst ${data.youfirst}`}),
          h('title', `${data.title}: customer-focus report`),
          h('style', style)
        ),
        h(
          'body',
          h('a', {className: 'skip', href: '#pages'}, 'Skip to the pages'),
          h(
            'header',
            h('h1', 'Customer-focus report'),
            h(
              'p',
              {className: 'meta'},
              `${data.title} · ${plural(site.files, 'page')} · ${plural(site.words, 'word')} · generated ${when(data.generatedAt)} by youfirst ${data.youfirst}`
            )
          ),
          h(
            'main',
            h('div', {className: 'grid overview'}, scoreCard(data), h('section', {className: 'card', ariaLabelledBy: 'histogram-title'}, histogram(data)), rulesCard(data)),
            h(
              'div',
              {className: 'grid pair'},
              ranked(worst, index, 'worst', 'Lowest-scoring pages'),
              ranked(best, index, 'best', 'Highest-scoring pages')
            ),
            h(
              'div',
              {className: 'grid pair'},
              phraseCard('flagged-phrases', 'Most frequent flagged phrases', 'Text the rules flagged, across all pages.', data.phrases.flagged, 'Rules'),
              phraseCard('self-references', 'Most frequent self-references', 'Words that make the company the subject: we, our, us and your brand names.', data.phrases.references, 'Kind')
            ),
            h(
              'section',
              {id: 'pages', ariaLabelledBy: 'pages-title'},
              h('h2', {id: 'pages-title'}, 'Pages'),
              removed.length > 0
                ? h('p', {className: 'muted', id: 'removed'}, `${plural(removed.length, 'page')} in the baseline ${removed.length === 1 ? 'is' : 'are'} gone: ${removed.slice(0, 20).join(', ')}${removed.length > 20 ? ', …' : ''}`)
                : null,
              h('noscript', h('p', 'Page details open with JavaScript; the scores above and in the list do not need it.')),
              h(
                'div',
                {className: 'controls'},
                h('label', 'Filter by path', h('input', {type: 'search', id: 'filter', autoComplete: 'off', placeholder: 'e.g. blog/'})),
                h(
                  'label',
                  'Sort',
                  h(
                    'select',
                    {id: 'sort'},
                    h('option', {value: 'score'}, 'Lowest score first'),
                    h('option', {value: 'score-desc'}, 'Highest score first'),
                    h('option', {value: 'findings'}, 'Most findings first'),
                    data.baseline ? h('option', {value: 'change'}, 'Biggest drop first') : null,
                    h('option', {value: 'path'}, 'Path')
                  )
                )
              ),
              h('p', {id: 'shown', ariaLive: 'polite'}, `Showing ${number(data.pages.length)} of ${number(data.pages.length)} pages`),
              h('div', {id: 'page-list', dataPerBlock: String(pagesPerBlock)}, ordered.map((page) => pageItem(page, index.get(page)!))),
              pageDataBlocks(data.pages).map((block, chunk) =>
                h('script', {type: 'application/octet-stream', className: 'page-data', dataFirst: String(chunk * pagesPerBlock), dataEncoding: 'gzip+base64'}, block)
              )
            )
          ),
          h(
            'footer',
            h(
              'p',
              `How the score works: customer focus is references to the reader (you, your) ÷ all references (reader, we/our/us, brand names), as in FutureNow’s “We We Calculator”; code and quotations do not count. References in the page title and first H1 count ×${weights.title}, in the lead paragraph and calls to action ×${weights.lead}. The score is 100 × that rate (100 when nothing refers to anyone), minus ${penaltyPerFinding} points per finding per 100 words (at most ${penaltyCap}). The site score is the average of the page scores, weighted by words. Scores from 80 are good, from 50 fair, below 50 poor.`
            )
          ),
          h('script', script)
        )
      )
    ]
  }
  return `${toHtml(tree, {allowDangerousCharacters: false, characterReferences: {useNamedReferences: false}})}\n`
}
