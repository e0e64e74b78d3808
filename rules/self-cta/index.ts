/**
 * self-cta: calls to action about the company ("Contact us", "Learn more about us",
 * "Our services") in buttons, stand-alone links, headings and one-sentence paragraphs.
 * Documentation: ./README.md. Phrases: ./ctas.json.
 */
import type {Paragraph, Root, Sentence, Word} from 'nlcst'
import {BrandFinder} from '../../src/prose/brands.js'
import {verbatimRange} from '../../src/prose/edit.js'
import {isReaderWord} from '../../src/prose/references.js'
import {report, ruleUrl, type RuleMeta, type RuleModule, type SharedOptions, type Transformer, entryListSchema, stringListSchema} from '../../src/prose/rule.js'
import {
  compilePattern,
  firstWords,
  inBrandName,
  matchAt,
  matchCase,
  matchWhole,
  sentencesOf,
  tokenize,
  tokensText,
  wordTokens,
  type CompiledPattern,
  type NounPhraseOptions,
  type Token
} from '../../src/prose/patterns.js'
import {blockData, normal, onlyInRanges} from '../../src/prose/words.js'
import data from './ctas.json' with {type: 'json'}

export interface CtaPhrase {
  /** A whole call to action, in the pattern syntax of ctas.json ("visit our showroom"). */
  pattern: string
  /** What to write instead, best first. */
  suggestions?: string[]
}

export interface SelfCtaOptions extends SharedOptions {
  /** Extra calls to action to flag when they are the whole text of a button, link, heading or sentence. */
  phrases?: Array<string | CtaPhrase>
  /** Calls to action never to flag, as written ("Contact us"); letter case does not matter. */
  allow?: string[]
  /** Also check paragraphs and list items that are one sentence long (default true). */
  sentences?: boolean
}

export const meta: RuleMeta = {
  id: 'self-cta',
  description: 'Calls to action about the company, such as "Contact us", "Learn more about us" and "Our services".',
  url: ruleUrl('self-cta'),
  defaultSeverity: 'warn',
  fixable: false,
  hasSuggestions: true,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      phrases: entryListSchema({
        type: 'object',
        additionalProperties: false,
        required: ['pattern'],
        properties: {
          pattern: {type: 'string', minLength: 1},
          suggestions: {type: 'array', items: {type: 'string'}}
        }
      }),
      allow: stringListSchema,
      sentences: {type: 'boolean'}
    }
  }
}

type Group = 'contact' | 'learn' | 'see' | 'meet' | 'label' | 'custom'

interface Entry {
  compiled: CompiledPattern
  group: Group
  /** Fixed suggestions; otherwise they come from the object. */
  suggestions?: string[]
}

interface Found {
  entry: Entry
  start: number
  end: number
  np?: [number, number]
}

const groups = data.groups as Record<string, string[]>
const nouns = data.nouns as Record<string, string | string[]>
const resourceNouns = new Set(data.resourceNouns)
/** Heads of a noun phrase that name the company or its whole offer ("our product page"). */
const companyHeads = new Set([...Object.keys(data.nouns), 'product', 'pricing', 'about'])
/** Heads that name what the product does, and the pages that show it ("our features overview"). */
const productHeads = new Set(['product', 'products', 'feature', 'features', 'capabilities'])
const pageNouns = new Set(['page', 'pages', 'overview', 'tour'])
const artifactNouns = new Set(data.artifactNouns)
const legalWords = new Set(data.legalWords)
const filler = new Set(data.filler)
const infoWords = new Set(data.infoWords)
const nounPhrase: NounPhraseOptions = {stop: new Set(data.notNoun), maxWords: 4}
const phoneLike = /\d/
/** A web address written without its scheme ("harborandco.example", "acme.com"): a contact detail. */
const domainLike = /^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/

/** The action patterns: every verb of a group followed by every object it takes. */
function actions(): Entry[] {
  const entries: Entry[] = []
  const add = (group: Group, verbs: string[], objects: string[]) => {
    for (const verb of verbs) for (const object of objects) entries.push({compiled: compilePattern(`${verb} ${object}`), group})
  }
  add('contact', data.verbs.contact, data.objects.contact)
  add('learn', data.verbs.learn, data.objects.about)
  // "Explore Acme" is about the product, not the company: only "learn more about" takes a bare brand.
  add('see', data.verbs.see, data.objects.about.filter((object) => object !== '{brand}'))
  add('meet', data.verbs.meet, data.objects.meet)
  for (const phrase of data.contactPhrases) entries.push({compiled: compilePattern(phrase), group: 'contact'})
  return entries
}

const builtInActions = actions()
const labels: Array<Entry & {labelGroup?: string}> = data.labels.map((label) => ({
  compiled: compilePattern(label.pattern),
  group: 'label' as const,
  ...(label.group ? {labelGroup: label.group} : {})
}))

function key(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\s.!?\u2192\u00BB>]+$/, '').replace(/\s+/g, ' ').trim()
}

export default function retextYoufirstSelfCta(options: SelfCtaOptions = {}): Transformer {
  const custom: Entry[] = (options.phrases ?? []).map((item) => {
    const phrase = typeof item === 'string' ? {pattern: item} : item
    return {compiled: compilePattern(phrase.pattern), group: 'custom', ...(phrase.suggestions ? {suggestions: phrase.suggestions} : {})}
  })
  const actionEntries = indexByFirstWord([...custom, ...builtInActions])
  const allow = new Set((options.allow ?? []).map(key))
  const brands = new BrandFinder(options.brands ?? [])
  const checkSentences = options.sentences !== false

  return function (tree, file) {
    const menuItems = menuListItems(tree)
    for (const block of tree.children) {
      if (block.type !== 'ParagraphNode') continue
      const info = blockData(block)
      if (info?.quote || menuItems.has(block)) continue
      const kind = info?.kind ?? 'paragraph'
      const sentences = sentencesOf(block)

      if (kind === 'button' || info?.cta) {
        check(wordTokens(tokenize(sentences, brands)), 'button')
        continue
      }
      if (kind === 'heading') {
        // Headings that name the company ("Why choose us") belong to self-heading; only actions here.
        check(wordTokens(tokenize(sentences, brands)), 'heading')
        continue
      }
      if (kind !== 'paragraph' && kind !== 'listItem') continue

      const links = info?.links ?? []
      if (links.length > 0 && onlyInRanges(block, links)) {
        // Three or more links and nothing else: a menu, whose labels are for finding your way.
        if (links.length >= 3) continue
        for (const range of links) check(wordTokens(tokenize(sentences, brands, range)), kind === 'listItem' ? 'item link' : 'link')
        continue
      }
      if (!checkSentences) continue
      // One sentence, or a short question that leads into one ("Questions? Contact us.").
      const action = sentences.length === 1 ? sentences[0]! : sentences.length === 2 && isLeadIn(sentences[0]!) ? sentences[1]! : undefined
      if (!action) continue
      if (custom.length === 0 && !mayHoldAction(action, brands)) continue
      const all = tokenize([action], brands)
      check(wordTokens(all), 'sentence', all)
    }

    function check(words: Token[], context: 'button' | 'heading' | 'link' | 'item link' | 'sentence', all?: Token[]): void {
      if (words.length === 0) return
      if (words.some(isReader)) return
      let found = findAction(words, actionEntries)
      // A heading "Contact us" labels the contact details below it, and "Meet the founders" in
      // an agenda is an event: only links and buttons make those calls to action.
      if (found && (found.entry.group === 'contact' || found.entry.group === 'meet') && context === 'heading') return
      if (found && found.entry.group === 'meet' && context === 'sentence') return
      if (!found && (context === 'button' || context === 'link')) found = findLabel(words)
      if (!found) return
      if (context === 'sentence' && !sentenceOk(found, words, all ?? [])) return
      // "To learn more about our platform, check out our features overview": the call is to
      // a page that shows what the product does, a resource.
      if (context === 'sentence' && pointsToProductPage(words)) return

      const first = words[0]!
      const last = words.at(-1)!
      const actual = tokensText(words, 0, words.length - 1, String(file.value))
      if (allow.has(key(actual)) || allow.has(key(tokensText(words, found.start, found.end - 1)))) return
      // A sentence with an address or a number in it cannot become a short label without
      // losing them: name the problem, offer no rewrite.
      const hasDetails = (all ?? []).some((token) => token.kind === 'source' || phoneLike.test(token.value) || isWebAddress(token))
      const expected = hasDetails ? [] : suggestionsFor(found, words).map((text) => matchCase(text, actual))
      const range =
        first.sentence === last.sentence && !hasDetails ? verbatimRange(file, first.sentence, first.from, last.to) : undefined
      const suggestions = range ? expected.map((text) => ({desc: `Replace “${actual}” with “${text}”`, fix: {range, text}})) : []
      report(file, {
        ruleId: 'self-cta',
        url: meta.url,
        start: first.sentence.children[first.from]!,
        end: last.sentence.children[last.to]!,
        actual,
        expected,
        reason:
          expected.length > 0
            ? `“${actual}” is a call to action about the company: name what the reader gets, such as “${expected[0]}”`
            : `“${actual}” is a call to action about the company: name what the reader gets`,
        ...(suggestions.length > 0 ? {suggestions} : {})
      })
    }
  }
}

/** Words every action holds one of ("us", "our", "touch" of "get in touch"…), to skip most sentences at once. */
const triggers = new Set([
  'us', 'our', 'we', 'touch', 'out', 'team', 'firm', 'company', 'office', 'agency', 'studio', 'practice', 'founders',
  'people', 'staff', 'organization', 'organisation', 'started'
])

/** Whether `sentence` may hold an action: a trigger word or a brand. */
function mayHoldAction(sentence: Sentence, brands: BrandFinder): boolean {
  for (const node of sentence.children) {
    if (node.type === 'WordNode' && triggers.has(normal(node))) return true
  }
  return !brands.empty && brands.find(sentence).length > 0
}

function isReader(token: Token): boolean {
  const node = token.sentence.children[token.from]
  return token.kind === 'word' && node?.type === 'WordNode' && isReaderWord(node as Word)
}

interface Index {
  byFirst: Map<string, Entry[]>
  anywhere: Entry[]
}

function indexByFirstWord(entries: Entry[]): Index {
  const index: Index = {byFirst: new Map(), anywhere: []}
  for (const entry of entries) {
    const words = firstWords(entry.compiled)
    if (!words) {
      index.anywhere.push(entry)
      continue
    }
    for (const word of words) {
      const list = index.byFirst.get(word) ?? []
      list.push(entry)
      index.byFirst.set(word, list)
    }
  }
  return index
}

/** The first action in `words` whose other words are all filler. */
function findAction(words: Token[], index: Index): Found | undefined {
  for (let start = 0; start < words.length; start++) {
    const candidates = [...index.anywhere, ...(index.byFirst.get(words[start]!.value) ?? [])]
    for (const entry of candidates) {
      for (const match of matchAt(words, start, entry.compiled, nounPhrase)) {
        if (match.np && !aboutCompany(words, match.np)) continue
        const found: Found = {entry, start, end: match.end, ...(match.np ? {np: match.np} : {})}
        if (onlyFiller(words, found)) return found
      }
    }
  }
  return undefined
}

function findLabel(words: Token[]): Found | undefined {
  for (const entry of labels) {
    const match = matchWhole(words, entry.compiled, nounPhrase)
    if (!match || (match.np && !aboutCompany(words, match.np))) continue
    return {entry, start: 0, end: match.end, ...(match.np ? {np: match.np} : {})}
  }
  return undefined
}

/** "our <noun phrase>" names the company unless its head names a resource ("our docs", "our release notes"). */
function aboutCompany(words: Token[], found: [number, number]): boolean {
  // "our business tariff (PDF)": a file format after the noun phrase is not its head.
  let last = found[1]
  while (last > found[0] && /^(pdf|docx?|xlsx?|pptx?|csv)$/.test(words[last]!.value)) last--
  const np: [number, number] = [found[0], last]
  if (resourceNouns.has(words[np[1]]!.value)) return false
  // "our product page", "our features overview": a page that shows what the product does
  // for the reader is a resource too; "our company page", "our services page" are not.
  if (productPageAt(words, np[1])) return false
  if (pageNouns.has(words[np[1]]!.value) && words.slice(np[0], np[1]).some((word) => productHeads.has(word.value))) return false
  // "our Zapier integration page", "our approval apps page": a page on one topic is a
  // resource.
  if (!companyHeads.has(words[np[1]]!.value)) {
    for (let index = np[1] + 1; index < words.length && index <= np[1] + 3; index++) {
      const value = words[index]!.value
      if (resourceNouns.has(value)) return false
      if (filler.has(value) || companyHeads.has(value)) break
    }
  }
  // "our privacy policy", "our security page"; not "our security team", the company's people.
  if (!companyHeads.has(words[np[1]]!.value)) for (let index = np[0]; index <= np[1]; index++) if (legalWords.has(words[index]!.value)) return false
  // "our standalone project approval system": an app named by several words is one thing
  // the company makes, a page on one topic ("our app" alone is still the company's product).
  if (artifactNouns.has(words[np[1]]!.value) && np[1] - np[0] >= 2) return false
  return true
}

/** Whether the words at `index` name a page that shows the product ("features overview", "product page"). */
function productPageAt(words: Token[], index: number): boolean {
  return productHeads.has(words[index]?.value ?? '') && pageNouns.has(words[index + 1]?.value ?? '')
}

/** Whether the words name "our" page that shows the product ("our features overview", "our product page"). */
function pointsToProductPage(words: Token[]): boolean {
  return words.some((word, index) => word.value === 'our' && productPageAt(words, index + 1))
}

/** Filler, a brand, or a contact detail ("555 0100", "acme.com", "impact" of "acme.org/impact"). */
function isFiller(token: Token): boolean {
  return token.kind === 'brand' || filler.has(token.value) || phoneLike.test(token.value) || isWebAddress(token) || (token.kind === 'word' && inAddress(token))
}

/** A word that is a web address written without its scheme ("acme.com"). */
function isWebAddress(token: Token): boolean {
  return token.kind === 'word' && domainLike.test(token.value)
}

/** Whether the word is part of the path of a web address written without its scheme ("acme.org/impact"). */
function inAddress(token: Token): boolean {
  const children = token.sentence.children
  for (let at = token.from - 1; at >= 1; at -= 2) {
    const slash = children[at]!
    const before = children[at - 1]!
    if (slash.type !== 'PunctuationNode' || slash.value !== '/' || before.type !== 'WordNode') return false
    if (domainLike.test(normal(before))) return true
  }
  return false
}

/**
 * List items that are each one link and nothing else, three or more in a row: a menu
 * (`<ul class="footer-links">` with *About*, *Careers*, *Contact us*), whose labels are for
 * finding your way, as three links in one paragraph are.
 */
function menuListItems(tree: Root): Set<Paragraph> {
  const items = new Set<Paragraph>()
  let run: Paragraph[] = []
  const flush = () => {
    if (run.length >= 3) for (const item of run) items.add(item)
    run = []
  }
  for (const block of tree.children) {
    if (block.type !== 'ParagraphNode') continue
    const info = blockData(block)
    const links = info?.links ?? []
    if (info?.kind === 'listItem' && links.length === 1 && onlyInRanges(block, links)) run.push(block)
    else flush()
  }
  flush()
  return items
}

/** Whether every word outside the action is filler ("today", "for more information"). */
function onlyFiller(words: Token[], found: Found): boolean {
  for (let index = 0; index < words.length; index++) {
    if (index >= found.start && index < found.end) continue
    const token = words[index]!
    if (isFiller(token) || inBrandName(words, index)) continue
    // "our events team", "Acme's services": the company again.
    if (index > 0 && (words[index - 1]!.value === 'our' || words[index - 1]!.possessive) && !resourceNouns.has(token.value)) continue
    if (index > 1 && (words[index - 2]!.value === 'our' || words[index - 2]!.possessive) && !filler.has(words[index - 1]!.value) && !resourceNouns.has(token.value)) continue
    return false
  }
  return true
}

/**
 * A sentence is a call to action only when it is nothing else: no reader (checked before),
 * and a contact action with contact details ("Call us on 555 0100") only when it is also
 * about learning more of the company ("For more information, please contact us at …").
 */
function sentenceOk(found: Found, words: Token[], all: Token[]): boolean {
  const group = found.entry.group
  if (group !== 'contact') return true
  const details = all.some((token) => token.kind === 'source' || (token.kind === 'word' && phoneLike.test(token.value)) || isWebAddress(token))
  return !details || words.some((token) => infoWords.has(token.value))
}

function suggestionsFor(found: Found, words: Token[]): string[] {
  const entry = found.entry as Entry & {labelGroup?: string}
  if (entry.suggestions) return entry.suggestions
  if (entry.group === 'custom') return []
  if (entry.group === 'contact') return groups.contact ?? []
  if (entry.group === 'meet') return groups.team ?? []
  if (found.np) {
    const noun = words[found.np[1]]!.value
    const choice = nouns[noun]
    if (Array.isArray(choice)) return choice
    if (typeof choice === 'string') return groups[choice] ?? []
    const singular = singularOf(noun)
    if (singular) return [`Find the right ${singular} for you`]
    return groups.company ?? []
  }
  if (entry.labelGroup) return groups[entry.labelGroup] ?? []
  // "what we do", "what Acme offers": the offer; "us", "who we are", a brand: the company.
  const object = words.slice(found.start, found.end).map((token) => token.value)
  if (object.includes('what') && !object.includes('believe') && !object.includes('stand')) return groups.offer ?? []
  return groups.company ?? []
}

/** The singular of a regular plural ("programs" → "program"), or undefined. */
function singularOf(noun: string): string | undefined {
  if (!/^[a-z]+$/.test(noun) || noun.length < 4 || !noun.endsWith('s') || /(?:ss|us|is)$/.test(noun)) return undefined
  if (noun.endsWith('ies')) return `${noun.slice(0, -3)}y`
  if (/(?:sses|xes|ches|shes)$/.test(noun)) return noun.slice(0, -2)
  return noun.slice(0, -1)
}

/** A short question that leads into a call to action: "Questions?", "Ready to get started?" */
function isLeadIn(sentence: Sentence): boolean {
  const words = sentence.children.filter((node) => node.type === 'WordNode')
  const last = sentence.children.at(-1)
  return words.length > 0 && words.length <= 6 && last?.type === 'PunctuationNode' && last.value === '?'
}

export const rule: RuleModule<SelfCtaOptions> = {meta, plugin: retextYoufirstSelfCta}
