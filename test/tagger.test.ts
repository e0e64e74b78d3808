/**
 * The tagger's model loader (the same tags as the package's own), its memory of recent sentences (a remembered sentence gets its own tags back,
 * whatever characters its words contain), and the corrections readTokens makes to its tags.
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import {describe, expect, it} from 'vitest'
import {parse as parseYaml} from 'yaml'
import type {Paragraph, Sentence} from 'nlcst'
import {parse} from '../src/parse/index.js'
import {readTokens} from '../src/prose/clause.js'
import {tagWords} from '../src/prose/tagger.js'
import {loadModel} from '../src/prose/wink-model.js'

describe('tagWords', () => {
  it('gives one tag per word, from memory as when first tagged', () => {
    const first = tagWords(['We', 'offer', 'audit', 'logs', '.'])
    expect(first).toHaveLength(5)
    expect(tagWords(['We', 'offer', 'audit', 'logs', '.'])).toEqual(first)
  })

  it('never confuses two sentences whose words join to the same text', () => {
    // Joined with NUL, ["a\0b"] and ["a", "b"] would share a key.
    expect(tagWords(['We\u0000ship'])).toHaveLength(1)
    expect(tagWords(['We', 'ship'])).toHaveLength(2)
    expect(tagWords(['Our\u0000team', 'helps'])).toHaveLength(2)
    expect(tagWords(['Our', 'team\u0000helps'])).toHaveLength(2)
    expect(tagWords(['Our', 'team', 'helps'])).toHaveLength(3)
  })
})

describe('readTokens corrections', () => {
  const tags = (text: string) => {
    const tree = parse(text, {format: 'text', frontMatterKeys: []}).tree
    const paragraph = tree.children.find((child) => child.type === 'ParagraphNode') as Paragraph
    const sentence = paragraph.children.find((child): child is Sentence => child.type === 'SentenceNode')!
    return Object.fromEntries(readTokens(sentence).filter((token) => token.word).map((token) => [token.lower, token.tag]))
  }

  it('reads a hyphenated modifier after a determiner as an adjective', () => {
    expect(tags('For two decades, our family-run team has been perfecting the roast.')['family-run']).toBe('JJ')
  })

  it('reads a verb ending after a singular noun as a verb', () => {
    expect(tags('Through partnerships, the charity facilitates change.')['facilitates']).toBe('VBZ')
    expect(tags("Kitely's editor ships with 4K export and captions.")['ships']).toBe('VBZ')
  })

  it('reads "bring" and "sing" as base verbs, not -ing forms', () => {
    expect(tags('Our electricians bring decades of experience.')['bring']).toBe('VBP')
    expect(tags('We are building a new clinic.')['building']).toBe('VBG')
  })

  it('reads a base verb between a modifier and a noun as a noun', () => {
    expect(tags('Our near-miss register template is fast.')['register']).toBe('NN')
  })

  it('reads an -s word before "with", after a name that opens the sentence, as a verb', () => {
    expect(tags('Tallyo partners with logistics providers across Europe.')['partners']).toBe('VBZ')
    expect(tags('The Northwind Bank partners with local charities.')['partners']).toBe('VBZ')
    // Not a word that cannot be a verb, nor after anything but a name.
    expect(tags('Acme customers with a Pro plan get SSO.')['customers']).toBe('NNS')
    expect(tags('Our partners with gold status get a discount.')['partners']).toBe('NNS')
  })
})

describe('the tagger model loader', () => {
  it('tags every tuning snippet of the evaluation set exactly as the package loader does', () => {
    const require = createRequire(import.meta.url)
    const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default
    // Ours first: it must leave the model file that require shares with the package as it was.
    const ours = winkNLP(loadModel(), ['sbd', 'pos'])
    const packaged = winkNLP(require('wink-eng-lite-web-model') as import('wink-nlp').Model, ['sbd', 'pos'])
    const snippets = (parseYaml(fs.readFileSync(new URL('../fixtures/eval/snippets.yaml', import.meta.url), 'utf8')) as {split: string; text: string}[]).filter(
      (snippet) => snippet.split === 'tune'
    )
    expect(snippets.length).toBeGreaterThan(1000)
    const read = (nlp: typeof ours, text: string) => {
      const tokens = nlp.readDoc(text).tokens()
      return [tokens.out(), tokens.out(nlp.its.pos), nlp.readDoc(text).sentences().out()]
    }
    for (const {text} of snippets) expect(read(ours, text), text).toEqual(read(packaged, text))
  })
})
