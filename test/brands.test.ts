/**
 * Brand mentions: configured names, names with a trade word after them ("Acme Roofing"),
 * and names that end in trade words matched without them ("Northwind" for "Northwind Bank").
 */
import {describe, expect, it} from 'vitest'
import type {Paragraph, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {parse} from '../src/parse/index.js'
import {BrandFinder, brandVariants} from '../src/prose/brands.js'

function mentions(text: string, brands: string[]): string[] {
  const tree = parse(text, {format: 'text', frontMatterKeys: []}).tree
  const sentence = (tree.children[0] as Paragraph).children.find((node): node is Sentence => node.type === 'SentenceNode')!
  return new BrandFinder(brands).find(sentence).map(([first, last]) => sentence.children.slice(first, last + 1).map((node) => toString(node)).join(''))
}

describe('brandVariants', () => {
  it('adds a name without the trade words it ends in, when the rest is words, and each name in capitals', () => {
    expect(brandVariants(['Northwind Bank', 'Acme', ' ', 'Harbor & Co', 'Lumen Health Group', 'ACME'])).toEqual([
      'Northwind Bank',
      'Acme',
      'Harbor & Co',
      'Lumen Health Group',
      'ACME',
      'Northwind',
      'Lumen',
      'NORTHWIND BANK',
      'HARBOR & CO',
      'LUMEN HEALTH GROUP',
      'NORTHWIND',
      'LUMEN'
    ])
  })
})

describe('BrandFinder', () => {
  it('finds a name, with its possessive and up to two trade words after it', () => {
    expect(mentions("Acme Roofing's crews are fast.", ['Acme'])).toEqual(["Acme Roofing's"])
    expect(mentions('Brightpath Tutoring Academy opens today.', ['Brightpath'])).toEqual(['Brightpath Tutoring Academy'])
    expect(mentions('Harbor & Co Plumbing fixed it.', ['Harbor & Co'])).toEqual(['Harbor & Co Plumbing'])
  })

  it('finds a name that ends in a trade word without it, and no word that is not a trade word', () => {
    expect(mentions('Why bank with Northwind?', ['Northwind Bank'])).toEqual(['Northwind'])
    expect(mentions('Acme Weekly is out.', ['Acme'])).toEqual(['Acme'])
    expect(mentions('The harbor is calm.', ['Harbor & Co'])).toEqual([])
  })
})
