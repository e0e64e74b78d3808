/**
 * A 1 MB page of mixed worst cases for one format: one huge paragraph dense with findings,
 * one huge line, 2,000 headings and 3,000 links. The reliability tests lint it under a
 * generous bound; bench/worst.ts times it whole-process.
 */
import type {Format} from '../../src/types.js'

export function worstPage(format: Format): string {
  const sentence = 'We are the world-class, industry-leading provider of payroll software, and our customers love it. '
  const paragraph = sentence.repeat(4_000)
  const line = 'You get fast help, any time, from a real person who answers. '.repeat(6_500)
  const headings = Array.from({length: 2_000}, (_, index) => (format === 'html' ? `<h2>Our Story ${index}</h2>` : `## Our Story ${index}`)).join('\n\n')
  const links = Array.from({length: 3_000}, (_, index) => (format === 'html' ? `<a href="/p/${index}">Contact us</a>` : format === 'text' ? `Contact us at https://example.com/p/${index}` : `[Contact us](/p/${index})`)).join(' ')
  const parts = [paragraph, line, headings, links]
  return format === 'html' ? `<html><body>${parts.map((part) => (part.startsWith('<h2>') ? part : `<p>${part}</p>`)).join('\n')}</body></html>` : parts.join('\n\n')
}
