/**
 * reader-absent: a section, or a long paragraph, that talks about the company and never
 * addresses the reader. Documentation: ./README.md. Word lists: ./words.json.
 */
import type {Paragraph, Sentence, SentenceContent, Word} from 'nlcst'
import {BrandFinder} from '../../src/prose/brands.js'
import {isCustomerQuestion, isInclusive, isTutorialVoice, sharedCounter, type FocusCounts} from '../../src/prose/focus.js'
import {readTokens} from '../../src/prose/clause.js'
import {isArticle, isCustomerStory, isEnglish, isHandbook, isJobAd, isPolicyPage} from '../../src/prose/genre.js'
import {opensSafeguards} from '../../src/prose/assurance.js'
import {isSelfWord} from '../../src/prose/references.js'
import {report, ruleUrl, type RuleMeta, type RuleModule, type SharedOptions, type Transformer} from '../../src/prose/rule.js'
import {blockData, normal, onlyInRanges, quotedChildren, textOf} from '../../src/prose/words.js'
import type {BlockData} from '../../src/types.js'
import data from './words.json' with {type: 'json'}

export interface ReaderAbsentOptions extends SharedOptions {
  /** Shortest section or paragraph to report, in sentences (default 4). */
  minSentences?: number
  /** Fewest references to the company (we, our, us, brand names) in a reported stretch (default 3). */
  minCompanyRefs?: number
  /** Extra verbs that address the reader when they open a sentence. */
  imperatives?: string[]
}

export const meta: RuleMeta = {
  id: 'reader-absent',
  description: 'Sections and long paragraphs that talk about the company and never address the reader.',
  url: ruleUrl('reader-absent'),
  defaultSeverity: 'warn',
  fixable: false,
  hasSuggestions: false,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      minSentences: {type: 'integer', minimum: 1},
      minCompanyRefs: {type: 'integer', minimum: 1},
      imperatives: {type: 'array', items: {type: 'string'}}
    }
  }
}

/** Blocks that are not running copy: page metadata, image text, table cells. */
const skipKinds = new Set<BlockData['kind']>(['frontMatter', 'title', 'alt', 'attribute', 'tableCell'])
const openers = new Set(data.openers)
const notAfter = new Set(data.notAfter)
const disclosure = new RegExp(`\\b(?:${data.disclosures.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|')})\\b`, 'i')
const companyNouns = new Set(data.companyNouns)
const pastVerbs = new Set(data.pastVerbs)
const notPast = new Set(data.notPast)
const selfSubjects = new Set(['we', "we're", "we've", 'our', 'ours'])
const presentMarkers = new Set([
  'is', 'are', 'am', "isn't", "aren't", 'has', 'have', "hasn't", "haven't", 'do', 'does', "don't", "doesn't",
  'can', 'will', 'remain', 'remains'
])
/** Opening phrases that a comma closes before the subject ("At Acme, we…", "Over three decades, the company…"). */
const openingPrepositions = new Set(['at', 'over', 'for', 'since', 'in', 'across', 'throughout', 'after'])
/** Time adverbs that may open a description ("Today we employ…", "Now, our team…"). */
const timeAdverbs = new Set(['today', 'now', 'currently', 'still'])
/** Words before an -ed adjective ("the dedicated team", "and certified trainers"). */
const modifierBefore = new Set(['a', 'an', 'the', 'our', 'their', 'its', 'of', 'and', 'or', 'more', 'most', 'highly', 'fully', 'over', 'than'])
/** A sentence this short is a label ("Award-winning safety record"), not prose. */
const minWords = 3

interface Stats {
  /** Sentences of at least three words. */
  sentences: number
  /** Sentences in which the company describes itself: "We offer…", "Our team is…", "Acme provides…". */
  companySentences: number
  counts: FocusCounts
  /** Some sentence says "you" or tells the reader to do something. */
  addressed: boolean
  /** Sentences that say "I" or "my": a person's story, not the company's copy. */
  personal: number
  /** A question in the reader's voice ("Can I self-host?"), which the section answers. */
  asks: boolean
  /** Sentences whose we/our/us are the company's, and sentences whose "we" is inclusive. */
  selfSentences: number
  inclusiveSentences: number
}

interface Block {
  paragraph: Paragraph
  stats: Stats
}

interface Section {
  heading?: Paragraph
  headingStats?: Stats
  depth: number
  blocks: Block[]
  children: Section[]
}

function emptyStats(): Stats {
  return {
    sentences: 0,
    companySentences: 0,
    counts: {words: 0, readerRefs: 0, selfRefs: 0, brandRefs: 0},
    addressed: false,
    personal: 0,
    asks: false,
    selfSentences: 0,
    inclusiveSentences: 0
  }
}

export default function retextYoufirstReaderAbsent(options: ReaderAbsentOptions = {}): Transformer {
  const minSentences = options.minSentences ?? 4
  const minCompanyRefs = options.minCompanyRefs ?? 3
  const verbs = new Set([...data.imperatives, ...(options.imperatives ?? [])].map((verb) => verb.toLowerCase()))
  const counter = sharedCounter(options.brands ?? [])
  const brands = new BrandFinder(options.brands ?? [])

  function statsOf(paragraph: Paragraph): Stats {
    const stats = emptyStats()
    const items = counter.sentences(paragraph)
    if (items.length === 0) return stats
    const quoted = quotedChildren(paragraph)
    // "### My employer wants me to sign today. Do I have to?": the reader's question, in the
    // reader's voice, not a person's story.
    const question = blockData(paragraph)?.kind === 'heading' && paragraph.children.some((sentence) => sentence.type === 'SentenceNode' && endsWithQuestionMark(sentence))
    for (const item of items) {
      add(stats.counts, item)
      const words = item.sentence.children.filter((node): node is Word => node.type === 'WordNode' && !quoted.has(node))
      if (item.readerRefs > 0 || isImperative(words, verbs, item.sentence) || isAdvice(words) || isLeadInInstruction(item.sentence, words, verbs)) stats.addressed = true
      if (item.personal) {
        // The reader asking ("Can I self-host?") is the reader's need, which the section answers.
        if (question || endsWithQuestionMark(item.sentence)) stats.asks = stats.addressed = true
        else stats.personal++
      }
      if (item.selfRefs > 0) stats.selfSentences++
      if (item.inclusive) stats.inclusiveSentences++
      if (item.words < minWords) continue
      stats.sentences++
      if (item.selfRefs + item.brandRefs > 0 || startsWithThe(words)) {
        if (describesCompany(item.sentence, words, quoted)) stats.companySentences++
      }
    }
    return stats
  }

  /** Whether the sentence opens with the company as subject, in the present: "We offer", "Acme is". */
  /** Whether the sentence opens with the company as subject: we, our, the company or a brand. */
  function opensWithSubject(sentence: Sentence, words: Word[]): boolean {
    const first = normal(words[0]!)
    if (first === 'we' || first === "we're" || first === "we've" || selfSubjects.has(first)) return true
    if (first === 'the' && words[1] && companyNouns.has(normal(words[1]))) return true
    const index = sentence.children.indexOf(words[0]!)
    return brands.find(sentence).some(([from]) => from === index)
  }

  function describesCompany(sentence: Sentence, words: Word[], quoted: Set<SentenceContent>): boolean {
    if (words.length === 0 || isInclusive(sentence, quoted) || isCustomerQuestion(sentence, quoted)) return false
    // "Northwind Investments is a trading name of Northwind Bank plc": small print.
    if (disclosure.test(textOf(sentence))) return false
    let start = 0
    const opener = normal(words[0]!)
    // "At Acme, we believe…", "Over three decades, the company has grown…", "Each season, we
    // also welcome…": an opening phrase of up to five words closed by a comma (not "We
    // believe, above all, …", whose comma comes after the subject).
    if (words.length > 2 && (openingPrepositions.has(opener) || !opensWithSubject(sentence, words))) {
      const comma = sentence.children.findIndex((node) => node.type === 'PunctuationNode' && node.value === ',')
      const at = comma === -1 ? -1 : words.findIndex((word) => sentence.children.indexOf(word) > comma)
      if (at > 0 && at <= 5) start = at
    }
    // "Today we employ 140 people."
    if (timeAdverbs.has(opener) && words.length > 2) start = 1
    const first = normal(words[start]!)
    let after = start + 1
    if (first === 'we' || first === "we're" || first === "we've") {
      // The verb follows at once: "We employ", "We started", "We're proud".
      const next = words[after] ? normal(words[after]!) : ''
      return !isPast(next)
    }
    if (selfSubjects.has(first)) {
      // "Our" + noun phrase + verb.
    } else if (first === 'the' && words[start + 1] && companyNouns.has(normal(words[start + 1]!))) {
      after = start + 2
    } else {
      const index = sentence.children.indexOf(words[start]!)
      const mention = brands.find(sentence).find(([from]) => from === index)
      if (!mention) return false
      after = words.findIndex((word) => sentence.children.indexOf(word) > mention[1])
      if (after === -1) return false
    }
    // A past event ("We started in 2011", "Acme was founded") is history, not a description.
    for (let index = after; index < Math.min(words.length, after + 6); index++) {
      const value = normal(words[index]!)
      if (presentMarkers.has(value)) return true
      // "…club in Denver reopened", but not "…600 certified trainers".
      const previous = normal(words[index - 1]!)
      if (isPast(value) && !modifierBefore.has(previous) && !/\d/.test(previous)) return presentVerbFirst(sentence, words[after]!)
    }
    return true
  }

  /**
   * Whether the first verb from `from` on is in the present, by the tagger: "Our fleet comes
   * equipped with…", "Our area supervisors carry out unannounced audits" (the -ed words are
   * not the verb), but not "Acme was founded" or "The club in Denver reopened".
   */
  function presentVerbFirst(sentence: Sentence, from: Word): boolean {
    const tokens = readTokens(sentence)
    const child = sentence.children.indexOf(from)
    const verb = tokens.find((token) => token.child >= child && token.word && /^(VB|MD)/.test(token.tag))
    return verb !== undefined && /^(VBZ|VBP|MD)$/.test(verb.tag) && !/^(was|were|had)$/.test(verb.lower)
  }

  /** Whether a stretch of copy is about the company and never about the reader. */
  function absent(stats: Stats): boolean {
    if (stats.addressed || stats.personal > 0 || stats.sentences < minSentences) return false
    const refs = stats.counts.selfRefs + stats.counts.brandRefs
    // The company must be what the stretch is about: it describes itself in half its sentences.
    return refs >= minCompanyRefs && stats.companySentences >= 2 && stats.companySentences * 2 >= stats.sentences
  }

  return function (tree, file) {
    // A privacy policy or terms page speaks in the company's voice by nature; in a customer
    // story, "we" is the customer; an article (a blog post, news, release notes) tells the
    // team's story and a handbook is the team writing to itself. Word lists are English.
    if (isPolicyPage(tree, file) || isCustomerStory(tree) || isArticle(file) || isHandbook(tree, file) || isJobAd(file) || !isEnglish(tree)) return
    const root: Section = {depth: 0, blocks: [], children: []}
    const open: Section[] = [root]
    for (const child of tree.children) {
      if (child.type !== 'ParagraphNode') continue
      const info = blockData(child)
      // A plain-text line in capitals heads no section: plain text is read paragraph by paragraph.
      if (info?.kind === 'heading' && !info.quote && !info.line) {
        const depth = info.depth ?? 1
        while (open.length > 1 && open.at(-1)!.depth >= depth) open.pop()
        const section: Section = {heading: child, headingStats: statsOf(child), depth, blocks: [], children: []}
        open.at(-1)!.children.push(section)
        open.push(section)
        continue
      }
      if (info && skipKinds.has(info.kind)) continue
      // A paragraph or list item that is only links is navigation or a list of resources.
      if (info?.links && onlyInRanges(child, info.links)) continue
      open.at(-1)!.blocks.push({paragraph: child, stats: statsOf(child)})
    }

    const whole = sectionStats(root)
    // A tutorial's "we" is the writer and the reader together, all through the document; a
    // post that says "I" again and again is a person's story (a guest post, an interview),
    // whose "we" is their own team.
    if (isTutorialVoice(whole) || whole.personal >= 3) return

    // The text before the first heading is a section of its own.
    visit({depth: 0, blocks: root.blocks, children: []})
    for (const section of root.children) visit(section)

    function visit(section: Section): void {
      // "About Y Combinator": a partner's or investor's boilerplate, in their voice.
      if (section.heading && aboutSomeoneElse(section.heading, brands)) return
      // "Data encryption": the safeguards the reader relies on, stated by the company.
      if (section.heading && opensSafeguards(section.heading, section.depth)) return
      // "Can I self-host Acme tools?": the section answers the reader's own question.
      if (section.headingStats?.asks) return
      const total = sectionStats(section)
      if (absent(total)) {
        reportSection(section, total)
        return
      }
      for (const block of section.blocks) {
        if (absent(block.stats)) reportParagraph(block)
      }
      for (const child of section.children) visit(child)
    }

    function reportSection(section: Section, stats: Stats): void {
      const counts = describe(stats)
      if (section.heading) {
        const actual = textOf(section.heading)
        report(file, {
          ruleId: 'reader-absent',
          url: meta.url,
          start: section.heading.children[0]!,
          end: section.heading.children.at(-1)!,
          actual,
          expected: [],
          reason: `The “${actual}” section never addresses the reader (${counts}): say what it means for them`
        })
        return
      }
      const first = firstSentence(section.blocks)
      if (!first) return
      report(file, {
        ruleId: 'reader-absent',
        url: meta.url,
        ...sentenceSpan(first),
        expected: [],
        reason: `The text before the first heading never addresses the reader (${counts}): say what it means for them`
      })
    }

    function reportParagraph(block: Block): void {
      const first = firstSentence([block])
      if (!first) return
      report(file, {
        ruleId: 'reader-absent',
        url: meta.url,
        ...sentenceSpan(first),
        expected: [],
        reason: `This paragraph never addresses the reader (${describe(block.stats)}): say what it means for them`
      })
    }
  }
}

function endsWithQuestionMark(sentence: Sentence): boolean {
  const last = sentence.children.at(-1)
  return last?.type === 'PunctuationNode' && last.value === '?'
}

function sectionStats(section: Section): Stats {
  const total = emptyStats()
  const merge = (from: Section) => {
    // A heading's words count ("When you ship with us"), but a heading is not a sentence of copy.
    if (from.headingStats) {
      add(total.counts, from.headingStats.counts)
      total.addressed ||= from.headingStats.counts.readerRefs > 0 || from.headingStats.asks
      total.personal += from.headingStats.personal
    }
    for (const block of from.blocks) {
      add(total.counts, block.stats.counts)
      total.sentences += block.stats.sentences
      total.companySentences += block.stats.companySentences
      total.addressed ||= block.stats.addressed
      total.personal += block.stats.personal
      total.selfSentences += block.stats.selfSentences
      total.inclusiveSentences += block.stats.inclusiveSentences
    }
    for (const child of from.children) merge(child)
  }
  merge(section)
  return total
}

function describe(stats: Stats): string {
  const refs = stats.counts.selfRefs + stats.counts.brandRefs
  return `${stats.sentences} sentences, ${refs} references to the company, none to the reader`
}

function add(total: FocusCounts, more: FocusCounts): void {
  total.words += more.words
  total.readerRefs += more.readerRefs
  total.selfRefs += more.selfRefs
  total.brandRefs += more.brandRefs
}

function firstSentence(blocks: Block[]): Sentence | undefined {
  for (const block of blocks) {
    if (block.stats.sentences === 0) continue
    const sentence = block.paragraph.children.find((child): child is Sentence => child.type === 'SentenceNode')
    if (sentence) return sentence
  }
  return undefined
}

/** A sentence from its first child to its last word (without the full stop). */
function sentenceSpan(sentence: Sentence): {start: SentenceContent; end: SentenceContent; actual: string} {
  const children = sentence.children
  let last = children.length - 1
  while (last > 0 && children[last]!.type !== 'WordNode') last--
  let actual = ''
  for (let index = 0; index <= last; index++) actual += textOf(children[index]!)
  return {start: children[0]!, end: children[last]!, actual}
}

const adviceVerbs = new Set(['recommend', 'suggest', 'advise', 'encourage', 'invite', 'urge'])

/** "We recommend…", "We strongly suggest…": advice to the reader, in the company's voice. */
function isAdvice(words: Word[]): boolean {
  for (let index = 0; index < words.length - 1; index++) {
    if (normal(words[index]!) !== 'we') continue
    const next = normal(words[index + 1]!)
    const after = words[index + 2] ? normal(words[index + 2]!) : ''
    if (adviceVerbs.has(next) || (next.endsWith('ly') && adviceVerbs.has(after))) return true
  }
  return false
}

const ownNouns = new Set(['team', 'story', 'mission', 'founders', 'people', 'history', 'values'])

/** A heading "About <Name>" that names neither the company nor a brand ("About Y Combinator"). */
function aboutSomeoneElse(heading: Paragraph, brands: BrandFinder): boolean {
  const sentence = heading.children.find((child): child is Sentence => child.type === 'SentenceNode')
  if (!sentence) return false
  const words = sentence.children.filter((node): node is Word => node.type === 'WordNode')
  if (words.length < 2 || normal(words[0]!) !== 'about') return false
  const rest = words.slice(1)
  // "About the Company", "About Us", "About the Team" are the company's own.
  if (rest.some((word) => isSelfWord(word, sentence) || companyNouns.has(normal(word)) || ownNouns.has(normal(word)))) return false
  if (brands.find(sentence).length > 0) return false
  return rest.every((word) => /^[A-Z0-9]/.test(textOf(word)) || /^(?:of|and|the|for|&)$/i.test(textOf(word)))
}

/** "The company now operates…" can describe the company without a we/our or a brand. */
function startsWithThe(words: Word[]): boolean {
  return words.length > 1 && normal(words[0]!) === 'the' && companyNouns.has(normal(words[1]!))
}

/** A past-tense verb: "was", "built", "started" (not "need" or "exceed"). */
function isPast(value: string): boolean {
  return pastVerbs.has(value) || (value.length > 4 && value.endsWith('ed') && !notPast.has(value))
}

/**
 * Whether a sentence (its words) is an instruction to the reader: it opens with a verb from
 * the list ("Book online"), or with "Please", "Don't", "Never", "Let's", and the next word
 * does not make it a statement ("Park is closed on Sundays").
 */
export function isImperative(words: Word[], verbs: Set<string>, sentence?: Sentence): boolean {
  const first = words[0]
  if (!first) return false
  const value = normal(first)
  if (openers.has(value)) return true
  if (!verbs.has(value)) return false
  // "Email phd@brightpath.ac.uk or call…": an address right after the verb is its object.
  if (sentence) {
    const children = sentence.children
    let at = children.indexOf(first) + 1
    while (children[at]?.type === 'WhiteSpaceNode') at++
    if (children[at]?.type === 'SourceNode') return true
  }
  const next = words[1]
  return next === undefined || !notAfter.has(normal(next))
}

/**
 * Whether an instruction follows a lead-in: "To start using our template, simply click
 * below", "Once approved, download the file".
 */
function isLeadInInstruction(sentence: Sentence, words: Word[], verbs: Set<string>): boolean {
  const first = words[0]
  if (!first || !/^(to|once|before|after|when)$/.test(normal(first))) return false
  const comma = sentence.children.findIndex((node) => node.type === 'PunctuationNode' && node.value === ',')
  if (comma === -1) return false
  const after = new Set(sentence.children.slice(comma + 1))
  let rest = words.filter((word) => after.has(word))
  while (rest[0] && /^(simply|just|then|now|first)$/.test(normal(rest[0]))) rest = rest.slice(1)
  return isImperative(rest, verbs)
}

export const rule: RuleModule<ReaderAbsentOptions> = {meta, plugin: retextYoufirstReaderAbsent}
