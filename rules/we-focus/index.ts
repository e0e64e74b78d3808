/**
 * we-focus: the company is the subject of the sentence ("We have been selling furniture
 * since 1952", "Acme's platform offers unmatched scalability") and the reader gets nothing
 * from it. Documentation: ./README.md. Word lists: ./words.json.
 */
import type {Node as NlcstNode, Paragraph, Root, Sentence, Word} from 'nlcst'
import {brandVariants} from '../../src/prose/brands.js'
import {clauseStarts, isImperative, isIrregularParticiple, isQuestion, readClause, readTokens, tokenText, type Clause, type Token} from '../../src/prose/clause.js'
import {isArticle, isDocumentation, isHandbook, isJobAd, isPolicyPage, isReport} from '../../src/prose/genre.js'
import {assuranceWords, opensSafeguards} from '../../src/prose/assurance.js'
import {isCustomerQuestion, isSpeech} from '../../src/prose/focus.js'
import {isNarration, isWalkthrough, isWalkthroughStep} from '../../src/prose/inclusive.js'
import {easeWords, makesItEasy} from '../../src/prose/gains.js'
import {findNames, hasOutcomeClause, hasReaderStake, type StakeWords} from '../../src/prose/stake.js'
import {verbatimRange} from '../../src/prose/edit.js'
import {isReaderWord, isSelfWord} from '../../src/prose/references.js'
import {report, ruleUrl, type RuleMeta, type RuleModule, type SharedOptions, type Transformer} from '../../src/prose/rule.js'
import {blockData, eachSentence, inRanges, normal, PhraseMatcher, phraseWords, quotedChildren, textOf, wordsOf} from '../../src/prose/words.js'
import data from './words.json' with {type: 'json'}
import buzzwordData from '../buzzword/buzzwords.json' with {type: 'json'}
import bragData from '../brag/phrases.json' with {type: 'json'}

export interface WeFocusRewrite {
  /** `we`, `our`, `brand` or `company`. */
  subject: 'we' | 'our' | 'brand' | 'company'
  /** Verb forms (lower case) the rewrite applies to, right after the subject. */
  verbs: string[]
  /** The rewrite of subject and verb; `{subject}` stands for the subject's words. */
  text: string
}

export interface WeFocusOptions extends SharedOptions {
  /** More nouns that mean the company after "the" ("the agency"). */
  companyNouns?: string[]
  /** More third-person names for the reader ("patients", "riders"). */
  readerNouns?: string[]
  /** More phrases that tie a sentence to a result for the reader. */
  benefitPhrases?: string[]
  /** More subject + verb rewrites offered as suggestions. */
  rewrites?: WeFocusRewrite[]
  /** Whether "the company", "the firm"… count as the company (default true). */
  companySubjects?: boolean
}

export const meta: RuleMeta = {
  id: 'we-focus',
  description: 'Sentences whose subject is the company (we, our …, the brand) and that give the reader no stake.',
  url: ruleUrl('we-focus'),
  defaultSeverity: 'warn',
  fixable: false,
  hasSuggestions: true,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      companyNouns: {type: 'array', items: {type: 'string', minLength: 1}},
      readerNouns: {type: 'array', items: {type: 'string', minLength: 1}},
      benefitPhrases: {type: 'array', items: {type: 'string', minLength: 1}},
      rewrites: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['subject', 'verbs', 'text'],
          properties: {
            subject: {enum: ['we', 'our', 'brand', 'company']},
            verbs: {type: 'array', items: {type: 'string', minLength: 1}},
            text: {type: 'string', minLength: 1}
          }
        }
      },
      companySubjects: {type: 'boolean'}
    }
  }
}

type SubjectKind = WeFocusRewrite['subject']

interface Found {
  kind: SubjectKind
  clause: Clause
}

const weForms = new Set(['we', "we're", "we've", "we'll", "we'd"])
/** First text parts of words that can be we, we're, our… */
const selfHeads = new Set(['we', 'We', 'WE', 'our', 'Our', 'OUR'])
/** Reader words that always give the reader a stake. */
const readerForms = new Set(['your', 'yours', 'yourself', 'yourselves', "you're", "you'll", "you've", "you'd"])
/** Words before "you" that make it an object or a clause subject, never a relative clause after a noun. */
const pronounTakers = new Set([
  'for', 'to', 'with', 'let', 'lets', 'give', 'gives', 'send', 'sends', 'show', 'shows', 'tell', 'tells',
  'bring', 'brings', 'keep', 'keeps', 'get', 'gets', 'remind', 'reminds', 'if', 'when', 'so', 'that',
  'and', 'or', 'but', 'as', 'before', 'after', 'until', 'while', 'because', 'whether', 'once', 'unless',
  'than', 'thank', 'thanks', 'ask', 'asks', 'pay', 'pays', 'refund', 'refunds', 'help', 'helps', 'where', 'whenever'
])
/** Words after which a main clause can start ("…, and we", "but our"). */
const clauseJoiners = new Set(['and', 'but', 'yet', 'so', 'or', 'plus', 'then', 'today', 'now', 'together'])
/** Sentence openers after which the main clause comes within a few words ("At Acme we…"). */
const openers = new Set([
  'at', 'in', 'since', 'for', 'from', 'over', 'through', 'with', 'by', 'during', 'across', 'today',
  'together', 'recently', 'after', 'on', 'as', 'throughout', 'within', 'under', 'like', 'unlike', 'here',
  'now', 'this', 'last', 'every', 'each', 'in', 'to', 'because', 'if', 'when', 'while', 'although', 'though',
  'once', 'before', 'whether', 'whatever', 'wherever', 'whenever', 'unless', 'until', 'yes', 'no', 'of',
  'beyond', 'besides', 'instead', 'outside', 'inside', 'along', 'among', 'between', 'around', 'behind',
  'above', 'below', 'next', 'first', 'finally', 'ultimately', 'currently', 'later', 'soon', 'still',
  'also', 'plus', 'so', 'and', 'but', 'thanks', 'based', 'built', 'founded', 'backed', 'headquartered'
])
const skippedKinds = new Set(['heading', 'title', 'button', 'alt', 'attribute'])

export default function retextYoufirstWeFocus(options: WeFocusOptions = {}): Transformer {
  // With "Northwind" for "Northwind Bank" (see brandVariants).
  const brands = brandVariants(options.brands ?? [])
  const companyNouns = new Set([...data.companyNouns, ...(options.companyNouns ?? [])].map((word) => word.toLowerCase()))
  // After "the", a company noun, or "team", which is the company only in some sentences (`teamPraises`).
  const theSubjects = new Set([...companyNouns, 'team'])
  const companyVerbs = new Set(data.companyVerbs)
  const teamPredicates = new Set(data.teamPredicates)
  const teamEfforts = new Set(data.teamEfforts)
  const clientListVerbs = new Set(data.clientListVerbs)
  const companySubjects = options.companySubjects !== false
  const readerNouns = new Set([...data.readerNouns, ...(options.readerNouns ?? [])].map((word) => word.toLowerCase()))
  const stakeWords: StakeWords = {
    readerNouns: new Set([...readerNouns, ...data.beneficiaryNouns]),
    phrases: [...data.benefitPhrases, ...(options.benefitPhrases ?? [])]
  }
  const benefitMatcher = new PhraseMatcher(stakeWords.phrases.map((phrase) => ({phrase, words: phraseWords(phrase)})))
  const outcomeVerbs = new Set(data.outcomeVerbs)
  const rewrites = [...(data.rewrites as WeFocusRewrite[]), ...(options.rewrites ?? [])]
  const articleClaimVerbs = new Set(data.articleClaimVerbs)
  const articleClaimWords = new Set(data.articleClaimWords)
  const articleFeelings = new Set(data.articleFeelings)
  const articleSubjectWords = new Set(data.articleSubjectWords)
  const articlePredicates = new Set(data.articlePredicates)
  const brandFirstWords = new Set(brands.map((brand) => brand.trim().split(/\s+/)[0]!.replace(/['\u2019]s$/, '')))
  /** The brands' first words in lower case, for headings such as "WHY CHOOSE ACME ELECTRICAL?". */
  const brandQuestionWords = new Set([...brandFirstWords].map((word) => word.toLowerCase()))

  /** Per paragraph, its first sentence opening "At <another organisation>, …", or null. */
  const otherOpenings = new WeakMap<Paragraph, Sentence | null>()

  return function (tree, file) {
    // Policies speak in the company's voice by law, handbooks by design: the team to itself.
    // A job ad is about the team and the role, written for a candidate.
    if (isPolicyPage(tree, file) || isHandbook(tree, file) || isJobAd(file)) return
    // Documentation speaks to people who already have the product: like an article, only
    // its marketing claims count.
    const documentation = isDocumentation(file)
    const article = isArticle(file) || documentation || isReport(file)
    const answers = answerOpenings(tree, brandQuestionWords)
    const safeguards = safeguardParagraphs(tree, brandQuestionWords)
    const continuations = answerContinuations(tree)
    const steps = numberedSteps(tree, String(file.value ?? ''))
    eachSentence(tree, (sentence, paragraph) => {
      const data = blockData(paragraph)
      if (data?.quote || data?.cta || (data && skippedKinds.has(data.kind))) return
      // A reader's letter, or a speaker's answer in an interview ("**Ana Ruiz:** We moved…").
      if (!isCandidate(sentence) || isLetter(paragraph) || isInterviewAnswer(paragraph) || continuations.has(paragraph) || answersQuestion(paragraph, sentence, brandQuestionWords)) return
      const quoted = quotedChildren(paragraph)
      if (!worthTagging(sentence, quoted)) return

      const tokens = readTokens(sentence)
      if (isQuestion(tokens) || isImperative(tokens)) return
      const found = findSubject(sentence, paragraph, tokens, quoted) ?? passiveAgent(tokens, sentence, quoted)
      if (!found) return
      // "## Security" then "We force HTTPS connections": the safeguards the reader relies on;
      // a selling verb there is still a pitch ("We also offer free SSO").
      if (!article && safeguards.has(paragraph) && !articleClaimVerbs.has(found.clause.main)) return
      // "### Can I add custom functionality?" then "Our platform is built for customization.":
      // the paragraph under a question heading answers the reader's question, unless a
      // sentence makes a marketing claim ("At Acme, we're on a mission to…").
      if (answers.has(sentence) && !hasClaimWord(tokens, sentence, quoted)) return
      // "Our care teams utilize best-in-class technology to optimize outcomes": a gain said in
      // jargon (two words or more from buzzword's and brag's lists) gives the reader no stake.
      // Speaking to the reader still counts ("We leverage robust automation to save you time").
      const jargon = jargonMatcher.match(wordsOf(sentence)).length >= 2
      // "Acme Law is committed to providing compassionate representation to every client": the
      // company's commitment is the news; only speaking to the reader gives them the stake.
      const commitment = isCommitment(tokens, found.clause)
      if (hasReaderStake(tokens, found.clause, stakeWords, quoted, sentence) && ((!jargon && !commitment) || wordsOf(sentence).some(({node}) => isReaderWord(node) && !quoted.has(node)))) return
      if (!jargon && hasOutcomeClause(tokens, found.clause.verbs[1] + 1, outcomeVerbs)) return
      if (!jargon && namesReaderGain(tokens, found.clause)) return
      if (!jargon && (easyWay(tokens) || purposeEasesWork(tokens) || readerCanDo(tokens, readerNouns) || doesReadersWork(tokens) || opensWithReadersNeed(tokens))) return
      // "Forms come in all shapes and sizes and we understand that first hand", "we know how
      // hectic mornings can be": the writer sides with the reader's situation.
      if (found.kind === 'we' && /^(understand|know|get)$/.test(found.clause.main) && /^(how|what|that|why)$/.test(tokens[found.clause.verbs[1] + 1]?.lower ?? '')) return
      // "We welcome vulnerability reports", "We encourage contributions": an invitation to the reader.
      // "And this, we hope, will be…": a parenthetical "we hope" is not the subject (but "Our
      // team, we believe, is…" still has the company before it).
      if (found.kind === 'we' && /^(hope|think|believe|trust|expect|feel|suspect|imagine|suppose)$/.test(found.clause.main) && tokens[found.clause.subject[0] - 1]?.lower === ',' && tokens[found.clause.verbs[1] + 1]?.lower === ',' && !tokens.slice(0, found.clause.subject[0]).some((token) => /^(we|our|us)$/.test(token.lower))) return
      // "We believe access to a shared information store should be as frictionless as possible":
      // the writer sides with the reader's ease.
      if (found.kind === 'we' && /^(believe|think)$/.test(found.clause.main) && wantsItEasy(tokens, found.clause.verbs[1] + 1)) return
      // "We also have video tutorials on…", "we maintain a community forum": help the reader can use.
      if (pointsToHelp(tokens, found.clause)) return
      // "Our plans offer an outlet for the IT team of a company … with an assurance of official
      // support": support plans the reader picks, as the subject.
      if (found.kind === 'our' && supportPlans.has(tokens[found.clause.subject[1]]?.lower ?? '') && tokens.some((token) => token.lower === 'support')) return
      // "At 18F, we partner with federal agencies to improve…": working with a group it serves.
      // The group must have a purpose of its own, not be a boast ("We partner with leading
      // agencies") or a count ("We work with customers in 40 countries").
      if (/^(partner|partners|work|works|collaborate|collaborates)$/.test(found.clause.main) && tokens[found.clause.verbs[1] + 1]?.lower === 'with') {
        const group = tokens.slice(found.clause.verbs[1] + 2, found.clause.verbs[1] + 5)
        const at = group.findIndex((token) => servedNouns.has(token.lower))
        if (at >= 0 && !group.slice(0, at).some((token) => isCompanys(token) || /^(leading|top|best|biggest|largest|premier)$/.test(token.lower) || token.tag === 'CD') && tokens[found.clause.verbs[1] + 3 + at]?.lower === 'to' && /^VB/.test(tokens[found.clause.verbs[1] + 4 + at]?.tag ?? '')) return
      }
      // "we provide our partners a nearly 12-hour workday": a group the company serves, given something.
      if (offeringVerbs.has(found.clause.main) && isCompanys(tokens[found.clause.verbs[1] + 1]) && servedNouns.has(tokens[found.clause.verbs[1] + 2]?.lower ?? '') && /^(a|an|the|with|access|more)$/.test(tokens[found.clause.verbs[1] + 3]?.lower ?? '')) return
      // "We serve other engineers – people who…": whom the company serves, not a count of them
      // ("We serve more than two million households" is a track record).
      if (/^(serve|serves)$/.test(found.clause.main) && found.clause.verbs[0] === found.clause.verbs[1]) {
        const object = tokens.slice(found.clause.verbs[1] + 1, found.clause.verbs[1] + 5)
        if (!object.some((token) => token.tag === 'CD' || /^(more|over|thousands|millions|hundreds|our|its|\d.*)$/.test(token.lower)) && object.some((token) => servedNouns.has(token.lower))) return
      }
      // "Our platform offers powerful yet simple design tools", "We offer fully customizable
      // RBAC", "We offer the flexibility to deploy as…": what is offered is the reader's ease
      // or ability.
      if (!jargon && easedObject(tokens, found.clause)) return
      // "We've provided dynamic filters", "functionality to record absences": a feature that works for the reader.
      // A brand's or "our" product listing three features or more, in a paragraph that never
      // turns to the reader, is still the company's ("Acme includes a drag-and-drop editor,
      // version history and 40 templates").
      if (!jargon && featureServesReader(tokens, found.clause) && !(found.kind !== 'we' && listsThree(tokens, found.clause) && !paragraphAddressesReader(paragraph))) return
      // "Our documentation provides a generic set of commands…", "Our docs cover…": help the
      // reader can use, unless it is praised ("Our docs are the best in the industry").
      if (found.kind === 'our' && guideNouns.test(tokens[found.clause.subject[1]]?.lower ?? '') && !tokens.some((token) => /^(JJS|RBS)$/.test(token.tag)) && !hasClaimWord(tokens, sentence, quoted)) return
      // "We've not included the 'weekly speed' in the template as this is too low-level": a note
      // on what the product leaves out (not "We never cut corners").
      if (/^(included|added|provided|built)$/.test(found.clause.main) && tokens.slice(found.clause.verbs[0], found.clause.verbs[1]).some((token, index, verbs) => /^(not|n't)$/.test(token.lower) && /^(have|has|'ve)$/.test(verbs[index - 1]?.lower ?? token.lower))) return
      // "We prioritize and dedicate most of our time to support queries from enterprise customers".
      if (/^(prioritize|prioritise|prioritizes|prioritises)$/.test(found.clause.main) && tokens.some((token) => stakeWords.readerNouns.has(token.lower))) return
      // "In logistics, your vehicles are your most valuable asset. Our template ensures that
      // they deliver maximum value.": "they" are the reader's things from the sentence before.
      if (tokens.slice(found.clause.verbs[1] + 1).some((token) => /^(they|them|their)$/.test(token.lower)) && readerBefore(paragraph, sentence)) return
      // "You write the code. Kitely builds it, runs it and keeps it online.": "it" is what the
      // reader made in the sentence before, which opens with "You".
      if (tokens[found.clause.verbs[1] + 1]?.lower === 'it' && readerOpensBefore(paragraph, sentence)) return
      // "We provide these links as a public service only; … neither endorses nor guarantees…": a disclaimer.
      if (tokens.some((token, index) => disclaimerVerbs.has(token.lower) && tokens.slice(Math.max(0, index - 3), index).some((before) => /^(not|neither|nor|never|n't)$/.test(before.lower)))) return
      if (found.kind === 'we' && /^(welcome|encourage|invite)$/.test(found.clause.main) && tokens.slice(found.clause.verbs[1] + 1, found.clause.verbs[1] + 5).some((token) => invitedNouns.has(token.lower))) return
      // "Our template offers:" then a list: the lead-in says nothing of its own; the list is read
      // on its own. Unless the list is only the company's product, item by item, with nothing
      // for the reader ("Our retainer package includes:" then "- Monthly strategy workshops").
      if (isLeadIn(tokens, found.clause) && !(found.kind !== 'we' && featureVerbs.has(found.clause.main) && listsOnlyProduct(tree, paragraph, sentence))) return
      // "We're open until 8pm", "We deliver to 96% of UK postcodes": a practical fact for the reader.
      if (isPracticalFact(tokens, found.clause)) return
      // "Kitely is a headless CMS for teams who want a modern developer experience".
      if (isPositioning(tokens, found.clause)) return
      // "Most of our couples spend between £1,200 and £3,500": a statistic about the people it serves.
      if (/^(most|many|some|half|all)$/.test(tokens[0]?.lower ?? '') && tokens[1]?.lower === 'of' && tokens[2]?.lower === 'our' && servedNouns.has(tokens[3]?.lower ?? '')) return
      if (found.kind === 'we' || found.kind === 'our') {
        // "At Imagine Learning, we strive…": another organisation's "we" (a guest post, a customer story).
        if (atOtherOrganisation(tokens, file.path) || opensAtOtherOrganisation(paragraph, sentence, file.path)) return
        // "we'll need to…", "we can see…", "Next, we…", "our table" in a tutorial: the
        // writer and the reader together, or a plan rather than a claim.
        if (found.kind === 'we' && isTentative(tokens, found.clause)) return
        // "our scripts should strive for simplicity": advice to the reader and the writer.
        if (found.kind === 'our' && /^(should|could|might|may|must|ought)$/.test(tokens[found.clause.verbs[0]]!.lower)) return
        // "1. We fetch the login page… 4. We provide the username and password": the steps of
        // a procedure, the writer and the reader walking through it.
        if (found.kind === 'we' && steps.has(paragraph)) return
        // "We discuss the trade-offs below": the writer narrating the text.
        if (found.kind === 'we' && isNarration(tokens, found.clause, article)) return
        if (isWalkthroughStep(tokens, found.clause) || isWalkthrough(tree)) return
        // An article is the team telling its story: only its marketing claims count.
        if (article && !isArticleClaim(tokens, found.clause, sentence, quoted)) return
      }

      // In an article, "the company" is as often a customer in the story (a user story).
      if (found.kind === 'company' && article && !isArticleClaim(tokens, found.clause, sentence, quoted)) return
      // In documentation the product's name is how it says what the product does ("Lumen
      // retries the event for up to 72 hours"): only its marketing claims count.
      if (found.kind === 'brand' && documentation && !isArticleClaim(tokens, found.clause, sentence, quoted)) return
      reportSubject(file, sentence, tokens, found)
    })
  }

  /**
   * Whether the news that starts at `at`, after "thrilled that", is the company's: "we…", a
   * name, or "our" + anything but the readers ("delighted that our app…", not "delighted
   * that our community…").
   */
  function ownNews(tokens: Token[], at: number): boolean {
    const next = tokens[at]
    if (next?.lower === 'our') return !readerNouns.has(tokens[at + 1]?.lower ?? '')
    return next !== undefined && (/^(we|we're|we've)$/.test(next.lower) || /^[A-Z]/.test(next.text))
  }

  /** Whether a we/our sentence on an article page makes a marketing claim (see words.json). */
  function isArticleClaim(tokens: Token[], clause: Clause, sentence: Sentence, quoted: ReadonlySet<unknown>): boolean {
    // "We don't offer any special customer support training for our engineers": how the team works.
    const negated = tokens.slice(clause.verbs[0], clause.verbs[1]).some((token) => /^(not|n't|never)$/.test(token.lower))
    if (articleClaimVerbs.has(clause.main) && !negated) return true
    return tokens.some((token, index) => {
      if (!token.word || quoted.has(sentence.children[token.child]) || !articleClaimWords.has(token.lower)) return false
      // "the leading provider", "Europe's leading…"; not the verb: "leading cross-functional
      // teams", "founders who are leading growing companies".
      if (token.lower === 'leading') return rankers.test(tokens[index - 1]?.lower ?? '')
      // "we took a first step … by introducing pod-to-pod multicluster": the means in a story,
      // not an announcement.
      // So is any -ing object of a preposition: "the relative cost of introducing a service mesh".
      if (token.lower === 'introducing' && (tokens[index - 1]?.lower === 'by' || tokens[index - 1]?.tag === 'IN')) return false
      // "a two-video series introducing the why's and how's of HTTPS": a participle after a
      // noun describes it; an announcement opens the sentence or follows a form of "be".
      if (token.lower === 'introducing' && index > 0 && /^NN/.test(tokens[index - 1]!.tag)) return false
      // "excited to announce", "proud that our app…"; not "excited to see how the EPA's
      // initiative unfolds" or "thrilled that 300 members joined": someone else's news.
      if (articleFeelings.has(token.lower)) {
        const link = tokens[index + 1]?.lower
        const next = tokens[index + 2]
        // "excited to have released…" is the company's news; "excited to have Ali on the team" is not.
        if (link === 'to' && next?.lower === 'have') return /^VB[ND]$/.test(tokens[index + 3]?.tag ?? '')
        // "delighted to report that the CNCF is hosting Linkerd Day": the news decides, as after "that".
        if (link === 'to' && /^(report|say|share|tell)$/.test(next?.lower ?? '') && tokens[index + 3]?.lower === 'that') return ownNews(tokens, index + 4)
        // "excited to announce…": the announcement decides (below).
        if (link === 'to' && /^announc/.test(next?.lower ?? '')) return false
        // "proud to be part of a community": belonging, not praise.
        if (link === 'to' && next?.lower === 'be' && tokens[index + 3]?.lower === 'part') return false
        // "excited to be growing the group", as "excited to have Ali on the team": the team's
        // news; "excited to continue growing a community that…" too.
        if (link === 'to' && /^(grow|be|continue|keep)$/.test(next?.lower ?? '') && tokens.slice(index + 3, index + 7).some((word) => /^(team|group|crew|community)$/.test(word.lower)) && tokens.slice(index + 2, index + 4).some((word) => /^grow(ing)?$/.test(word.lower))) return false
        // "excited to share their responses below": other people's words.
        if (link === 'to' && next?.lower === 'share' && /^(their|his|her|these|some)$/.test(tokens[index + 3]?.lower ?? '')) return false
        // "thrilled to highlight some of their achievements": others' news, whatever the verb.
        if (link === 'to' && /^VB/.test(next?.tag ?? '') && tokens.slice(index + 3, index + 6).some((word) => /^(their|his|her)$/.test(word.lower))) return false
        // "excited to publish a contributor's guide": help the reader can use.
        if (link === 'to' && helpVerbs.has(next?.lower ?? '') && tokens.slice(index + 3, index + 8).some((word) => helpResources.has(word.lower))) return false
        if (link === 'to') return next !== undefined && !feelingOthers.has(next.lower)
        return link === 'that' && ownNews(tokens, index + 2)
      }
      // "thrilled that the work 18F and others have done in … innovative technologies …":
      // praise inside someone else's news is not the company's claim.
      if (tokens.some((feeling, at) => at < index && articleFeelings.has(feeling.lower) && tokens[at + 1]?.lower === 'that' && !ownNews(tokens, at + 2))) return false
      if (articleSubjectWords.has(token.lower)) return index >= clause.subject[0] && index <= clause.subject[1]
      // "announce the release", not "announce in Slack when we're working from home", nor
      // someone else's news: "announce this month's Linkerd Hero", "new people joining".
      if (/^announc/.test(token.lower)) {
        if (/^(in|on|at|via|through|over|to|when|whenever|if)$/.test(tokens[index + 1]?.lower ?? '')) return false
        // "proud to announce the De-risking Government Technology Field Guide for federal
        // agencies": a guide is help the reader can use, as "excited to publish a contributor's guide".
        // The guide must be what is announced, not beside it ("announce Acme 2.0, with a new guide").
        for (let at = index + 1; at < tokens.length && at <= index + 8 && !/^([,.;:!?]|with|and|for|to|of|in)$/.test(tokens[at]!.lower); at++) {
          if (guideNouns.test(tokens[at]!.lower)) return false
        }
        // "announce that David has joined Tembo": a new hire, someone else's news.
        const joined = (after: Token, at: number) => /^(joined|joins)$/.test(after.lower) && tokens.slice(Math.max(index + 1, at - 2), at).some((before) => before.tag === 'NNP')
        return !tokens.some((after, at) => at > index && (othersNews.has(after.lower) || (after.lower === 'joining' && /^NNS?$/.test(tokens[at - 1]!.tag)) || joined(after, at)))
      }
      // "we're dedicated to…", not "dedicated home cooks".
      // Only in the main clause: not "a team at TTS that is dedicated to experimenting".
      if (articlePredicates.has(token.lower)) {
        let before = index - 1
        while (before > 0 && tokens[before]!.tag === 'RB') before--
        return /^(am|is|are|'re|'m|was|were|been|be)$/.test(tokens[before]?.lower ?? '') && before >= clause.verbs[0] && before <= clause.verbs[1]
      }
      // "contractors who can provide best-in-class work": praise of someone else, in a clause of their own.
      return !tokens.slice(clause.verbs[1] + 1, index).some((between) => /^(who|which)$/.test(between.lower))
    })
  }

  /** Whether the sentence before `sentence` in its paragraph opens with "You" or "Your". */
  function readerOpensBefore(paragraph: Paragraph, sentence: Sentence): boolean {
    const before = sentenceBefore(paragraph, sentence)
    const first = before ? wordsOf(before)[0] : undefined
    return first !== undefined && /^(you|your)$/.test(normal(first.node))
  }

  /** Whether the sentence before `sentence` in its paragraph speaks to the reader (you, your). */
  function readerBefore(paragraph: Paragraph, sentence: Sentence): boolean {
    const before = sentenceBefore(paragraph, sentence)
    // Its words are enough: no need to tag a sentence the rule may never read.
    return before !== undefined && wordsOf(before).some(({node: word}) => isReaderWord(word))
  }

  /**
   * Whether an earlier sentence of the paragraph opens "At <Name>, …" for another
   * organisation: the paragraph goes on in its voice ("At Imagine Learning, we… As a
   * digital-first education solutions provider, our mission is…").
   */
  function opensAtOtherOrganisation(paragraph: Paragraph, sentence: Sentence, path: string | undefined): boolean {
    // The paragraph's first such sentence, looked for once per paragraph: a paragraph of
    // thousands of sentences is not read again for each of them.
    let opening = otherOpenings.get(paragraph)
    if (opening === undefined) {
      opening = null
      for (const node of paragraph.children) {
        if (node.type !== 'SentenceNode') continue
        // Tag only a sentence that opens with "At".
        const first = wordsOf(node)[0]
        if (first && normal(first.node) === 'at' && atOtherOrganisation(readTokens(node), path)) {
          opening = node
          break
        }
      }
      otherOpenings.set(paragraph, opening)
    }
    if (opening === null || opening === sentence) return false
    const openingStart = opening.position?.start.offset
    const start = sentence.position?.start.offset
    if (openingStart !== undefined && start !== undefined) return openingStart < start
    return paragraph.children.indexOf(opening) < paragraph.children.indexOf(sentence)
  }

  /**
   * Whether the sentence opens "At <Name>, …" and the name is not the company's: not a
   * configured brand, or, with no brands configured, not a folder of the file's path.
   */
  function atOtherOrganisation(tokens: Token[], path: string | undefined): boolean {
    const first = tokens.findIndex((token) => token.word)
    if (tokens[first]?.lower !== 'at') return false
    let end = first + 1
    while (end < tokens.length && end <= first + 4 && tokens[end]!.word && /^[A-Z0-9]/.test(tokens[end]!.text)) end++
    if (end === first + 1 || tokens[end]?.lower !== ',') return false
    if (findNames(tokens, first + 1, brands) !== undefined) return false
    if (brands.length > 0) return true
    // A folder named after the company ("budibase/", "budibase-html/", "linkerd.io/"), not
    // one named after a post's topic ("0801-imagine-learning/").
    const names = new Set([tokens[first + 1]!.lower, tokens.slice(first + 1, end).map((token) => token.lower).join('')])
    const folders = (path ?? '').toLowerCase().split(/[\\/]/)
    return !folders.some((folder) => [...names].some((name) => folder === name || folder.startsWith(`${name}-`) || folder.startsWith(`${name}.`)))
  }

  /** Whether the sentence holds a marketing claim word (`articleClaimWords`: *leading*, *mission*, *world-class*…). */
  function hasClaimWord(tokens: Token[], sentence: Sentence, quoted: ReadonlySet<unknown>): boolean {
    return tokens.some((token) => token.word && (articleClaimWords.has(token.lower) || puffery.has(token.lower)) && !articleFeelings.has(token.lower) && !quoted.has(sentence.children[token.child]))
  }

  /** Whether the sentence has a word that can make the company its subject: cheap, before tagging. */
  function isCandidate(sentence: Sentence): boolean {
    const children = sentence.children
    let afterThe = false
    for (const node of children) {
      if (node.type !== 'WordNode') continue
      // Look at the first text part only: "We" of "We're", "Acme" of "Acme's".
      const head = node.children[0]
      const value = head?.type === 'TextNode' ? head.value : ''
      if (selfHeads.has(value) && isSelfWord(node, sentence)) return true
      if (brandFirstWords.has(value)) return true
      if (afterThe && theSubjects.has(value.toLowerCase())) return true
      afterThe = companySubjects && (value === 'the' || value === 'The' || value === 'THE')
    }
    return false
  }

  /**
   * Word-level checks that settle most candidates before the (costly) tagger runs: a
   * question, code, a reader word or a benefit phrase ends the matter, and so does a
   * self word that cannot start a main clause ("the software we build").
   */
  function worthTagging(sentence: Sentence, quoted: ReadonlySet<unknown>): boolean {
    const words = wordsOf(sentence).filter((word) => !quoted.has(word.node))
    if (words.length === 0) return false
    const children = sentence.children
    for (let index = children.length - 1; index >= 0; index--) {
      const node = children[index]!
      if (node.type === 'WordNode') break
      if (node.type === 'PunctuationNode' && node.value === '?') return false
    }
    if (children.some((node) => node.type === 'SourceNode')) return false
    let startsWithOpener = false
    let plausible = false
    for (let position = 0; position < words.length; position++) {
      const {node, index} = words[position]!
      const lower = normal(node)
      if (readerForms.has(lower)) return false
      if (lower === 'you' && position > 0 && pronounTakers.has(normal(words[position - 1]!.node))) return false
      if (position === 0) startsWithOpener = openers.has(lower)
      if (plausible || !isStartWord(sentence, node, lower, words[position + 1]?.node)) continue
      const before = previousNode(children, index)
      plausible =
        position === 0 ||
        // "…is hand-poured by our artisans": the agent of a passive verb.
        (lower === 'our' && position > 1 && normal(words[position - 1]!.node) === 'by') ||
        (before !== undefined && before.type !== 'WordNode') ||
        (before !== undefined && clauseJoiners.has(normal(before as Word))) ||
        (startsWithOpener && position < 8)
    }
    if (!plausible && !opensWithFrame(words.map((word) => normal(word.node)))) return false
    return benefitMatcher.match(words).length === 0
  }

  function isStartWord(sentence: Sentence, node: Word, lower: string, next: Word | undefined): boolean {
    if ((weForms.has(lower) || lower === 'our') && isSelfWord(node, sentence)) return true
    if (lower === 'the') {
      if (next !== undefined && brandFirstWords.has(textOf(next).replace(/['\u2019]s$/, ''))) return true
      return companySubjects && next !== undefined && theSubjects.has(normal(next))
    }
    return brandFirstWords.size > 0 && brandFirstWords.has(textOf(node).replace(/['\u2019]s$/, ''))
  }

  function findSubject(sentence: Sentence, paragraph: Paragraph, tokens: Token[], quoted: Set<unknown>): Found | undefined {
    const links = blockData(paragraph)?.links ?? []
    for (const start of clauseStarts(tokens)) {
      const token = tokens[start]!
      const node = sentence.children[token.child]!
      if (quoted.has(node)) continue
      if (inRanges(node.position?.start.offset, links)) continue
      const found = subjectAt(tokens, start, sentence)
      if (found) return found
    }
    const framed = framedSubject(tokens, sentence)
    const node = framed ? sentence.children[tokens[framed.clause.subject[0]]!.child] : undefined
    return node && !quoted.has(node) && !inRanges(node.position?.start.offset, links) ? framed : undefined
  }

  /**
   * The company inside a frame at the start of the sentence: "Each of our clubs comes with…",
   * "It is our mission to…", "What sets Acme apart is…".
   */
  function framedSubject(tokens: Token[], sentence: Sentence): Found | undefined {
    const first = tokens.findIndex((token) => token.word)
    if (first === -1) return undefined
    const [a, b, c] = [tokens[first], tokens[first + 1], tokens[first + 2]].map((token) => token?.lower ?? '')
    if (partitives.test(a!) && b === 'of' && c === 'our') return subjectAt(tokens, first + 2, sentence)
    // "It is our mission to be the leading provider…": the copula, then "our" + an aim.
    if (a === 'it' && /^(is|'s|was)$/.test(b!) && c === 'our') {
      let head = first + 3
      while (tokens[head]?.word && /^(JJ|RB)/.test(tokens[head]!.tag) && !aimNouns.has(tokens[head]!.lower)) head++
      if (!aimNouns.has(tokens[head]?.lower ?? '') || tokens[head + 1]?.lower !== 'to') return undefined
      return {kind: 'our', clause: {subject: [first + 2, head], head, verbs: [first + 1, first + 1], main: b!, copula: true}}
    }
    // "Not only does Tallyo run payroll, it also…": an inversion; the subject follows the auxiliary.
    if (a === 'not' && b === 'only' && /^(does|do|did|is|are|has|have)$/.test(c!)) {
      const at = first + 3
      const word = tokens[at]
      if (!word) return undefined
      let end = findNames(tokens, at, brands)
      let kind: Found['kind'] = 'brand'
      if (end === undefined && word.lower === 'we') [end, kind] = [at, 'we']
      // After the auxiliary the verb is bare, and taggers often call it a noun ("does our
      // platform track hours"): the word after the first noun is the verb.
      if (end === undefined && word.lower === 'our') {
        end = at + 1
        while (tokens[end]?.word && /^JJ/.test(tokens[end]!.tag)) end++
        if (!/^NNS?$/.test(tokens[end]?.tag ?? '')) return undefined
        kind = 'our'
      }
      const verb = end === undefined ? undefined : tokens[end + 1]
      if (end === undefined || !verb?.word || !(/^VB/.test(verb.tag) || kind === 'our')) return undefined
      return {kind, clause: {subject: [at, end], head: end, verbs: [first + 2, end + 1], main: verb.lower, copula: false}}
    }
    // "What sets Acme apart is…", "What makes us different is…".
    if (a === 'what' && /^(sets|makes)$/.test(b!)) {
      const who = first + 2
      const nameEnd = findNames(tokens, who, brands) ?? (/^(us|we)$/.test(c!) ? who : undefined)
      const after = nameEnd === undefined ? undefined : tokens[nameEnd + 1]?.lower
      if (!after || !/^(apart|different|unique|special)$/.test(after)) return undefined
      const verb = nameEnd! + 2
      if (!/^(is|are)$/.test(tokens[verb]?.lower ?? '')) return undefined
      return {kind: nameEnd === who && /^(us|we)$/.test(c!) ? 'we' : 'brand', clause: {subject: [first, nameEnd! + 1], head: nameEnd!, verbs: [verb, verb], main: tokens[verb]!.lower, copula: true}}
    }
    return undefined
  }

  function subjectAt(tokens: Token[], start: number, sentence: Sentence): Found | undefined {
    const token = tokens[start]!
    if (token.lower === 'we' && isSelfWord(sentence.children[token.child] as Word, sentence)) {
      // "As developers, we are tasked with…": a group the reader belongs to, not the company.
      if (asGroup(tokens, start)) return undefined
      const clause = readClause(tokens, start)
      return clause ? {kind: 'we', clause} : undefined
    }
    if (token.lower === 'our') {
      const clause = readClause(tokens, start)
      if (!clause) return undefined
      const head = tokens[clause.head]!.lower
      // "Our customers can invite…" is the third-person-customer rule's; "Our clients
      // include Fortune 500 companies" is about the company.
      if (readerNouns.has(head) && !clientListVerbs.has(tokens[clause.verbs[0]]!.lower)) return undefined
      // "our CMS partners", "our Federal partners": client organisations, not a firm's partners.
      if (/^partners?$/.test(head) && clause.head > start + 1 && /^[A-Z]/.test(tokens[clause.head - 1]!.text)) return undefined
      return {kind: 'our', clause}
    }
    // "Acme…", and "The Acme platform…".
    const nameEnd = findNames(tokens, start, brands) ?? (token.lower === 'the' ? findNames(tokens, start + 1, brands) : undefined)
    if (nameEnd !== undefined) {
      const clause = readClause(tokens, start, new Set(), nameEnd)
      // "Tallyo users can reconcile…", "Northwind Bank customers enjoy…": the customers are
      // the subject (the third-person-customer rule's), not the company.
      if (clause && clause.head > nameEnd && readerNouns.has(tokens[clause.head]!.lower)) return undefined
      return clause ? {kind: 'brand', clause} : undefined
    }
    if (companySubjects && token.lower === 'the') {
      const clause = readClause(tokens, start)
      if (!clause) return undefined
      const head = tokens[clause.head]!.lower
      // "The team works tirelessly to…", "The team is passionate about…": the company's team
      // praising its own effort, or talking in jargon ("The team is building a next-generation,
      // AI-powered solution…"); not the reader's team, which does the reader's work.
      if (head === 'team' && !companyNouns.has(head)) return teamPraises(tokens, clause) || jargonMatcher.match(wordsOf(sentence)).length >= 2 ? {kind: 'company', clause} : undefined
      if (!companyNouns.has(head)) return undefined
      // "The firm is one of the leading…", "The practice is proud to…", "The firm is widely
      // regarded as…": a claim after the copula.
      let at = clause.verbs[1] + 1
      while (tokens[at]?.word && /ly$/.test(tokens[at]!.lower)) at++
      const after = tokens.slice(at, at + 3).map((item) => item.lower)
      const claim = clause.copula && ((after[0] === 'one' && after[1] === 'of' && after[2] === 'the') || after[0] === 'proud' || companyVerbs.has(after[0] ?? ''))
      if (!companyVerbs.has(clause.main) && !claim) return undefined
      return {kind: 'company', clause}
    }
    return undefined
  }

  /** Whether "the team" praises its own effort: "works tirelessly", "is committed to", "prides itself". */
  function teamPraises(tokens: Token[], clause: Clause): boolean {
    const after = tokens[clause.verbs[1] + 1]?.lower ?? ''
    if (clause.copula) return teamPredicates.has(after)
    if (/^(?:prides|strives)$/.test(clause.main)) return true
    if (clause.main === 'goes') return after === 'above' || (after === 'the' && tokens[clause.verbs[1] + 2]?.lower === 'extra')
    return clause.main === 'works' && teamEfforts.has(after)
  }

  /**
   * Whether `sentence` ends `paragraph` and two or more list items follow it, each a short
   * phrase (eight words at most) with no word for the reader and no benefit phrase: the
   * product's parts, listed, as after "Our retainer package includes:".
   */
  function listsOnlyProduct(tree: Root, paragraph: Paragraph, sentence: Sentence): boolean {
    const sentences = paragraph.children.filter((child) => child.type === 'SentenceNode')
    if (sentences.at(-1) !== sentence) return false
    const siblings = tree.children
    let items = 0
    for (let index = siblings.indexOf(paragraph) + 1; index < siblings.length; index++) {
      const item = siblings[index]!
      if (item.type !== 'ParagraphNode' || blockData(item)?.kind !== 'listItem') break
      const parts = item.children.filter((child): child is Sentence => child.type === 'SentenceNode')
      const words = parts.flatMap((part) => wordsOf(part))
      if (words.length === 0 || words.length > 8 || words.some(({node}) => isReaderWord(node)) || parts.some((part) => benefitMatcher.match(wordsOf(part)).length > 0)) return false
      // "Dashboards", "Forms": tools the reader works with, which the list offers them.
      if (words.some(({node}) => toolLike(normal(node)))) return false
      items++
    }
    return items >= 2
  }

  /**
   * "Every candle is hand-poured by our artisans": the company's people as the agent of a
   * passive verb (`staffNouns` in words.json), so the company is still the hero.
   */
  function passiveAgent(tokens: Token[], sentence: Sentence, quoted: ReadonlySet<unknown>): Found | undefined {
    for (let by = 2; by < tokens.length - 2; by++) {
      if (tokens[by]!.lower !== 'by' || tokens[by + 1]!.lower !== 'our') continue
      if (quoted.has(sentence.children[tokens[by]!.child])) continue
      // The form of "be" and its participle, up to a short phrase before "by" ("is made from
      // scratch each morning by our kitchen team", "is designed, drawn and signed off by…").
      let aux = by - 1
      let verb = -1
      for (; aux > 0 && aux >= by - 8; aux--) {
        if (!tokens[aux]!.word) continue
        if (!/^(is|are|was|were|been|be|get|gets)$/.test(tokens[aux]!.lower)) continue
        let next = aux + 1
        while (tokens[next]?.tag === 'RB') next++
        if (tokens[next] && isPassiveParticiple(tokens[next]!)) verb = next
        break
      }
      if (verb === -1) continue
      let head = by + 2
      while (head < tokens.length - 1 && tokens[head]!.word && !staffNouns.has(tokens[head]!.lower) && /^(JJ|NN|VBN)/.test(tokens[head]!.tag)) head++
      if (!staffNouns.has(tokens[head]?.lower ?? '')) continue
      return {kind: 'our', clause: {subject: [by + 1, head], head, verbs: [aux, verb], main: tokens[verb]!.lower, copula: false}}
    }
    return undefined
  }

  function reportSubject(file: Parameters<Transformer>[1], sentence: Sentence, tokens: Token[], found: Found): void {
    const [from, to] = found.clause.subject
    const subject = tokenText(sentence, tokens, from, to)
    const rewrite = rewriteFor(found, tokens)

    let actual = subject
    let lastToken = to
    const suggestions = []
    const expected: string[] = []
    if (rewrite) {
      const verbIndex = found.clause.verbs[1]
      const range = verbatimRange(file, sentence, tokens[from]!.child, tokens[verbIndex]!.child)
      const sentenceStart = tokens.findIndex((token) => token.word) === from
      let text = rewrite.text.replace('{subject}', sentenceStart && found.kind === 'our' ? lowerFirst(subject) : subject)
      if (!sentenceStart) text = lowerFirst(text)
      if (range && tokens[to]!.child !== tokens[to + 1]?.child) {
        actual = tokenText(sentence, tokens, from, verbIndex)
        lastToken = verbIndex
        expected.push(text)
        suggestions.push({desc: `Replace “${actual}” with “${text}”`, fix: {range, text}})
      }
    }

    report(file, {
      ruleId: 'we-focus',
      url: meta.url,
      start: nodeOf(sentence, tokens, from, 'start'),
      end: nodeOf(sentence, tokens, lastToken, 'end'),
      actual,
      expected,
      reason:
        expected.length > 0
          ? `“${actual}” makes the company the hero of the sentence: write “${expected[0]}”`
          : `“${actual}” makes the company the hero of the sentence: say what the reader gets or can do`,
      ...(suggestions.length > 0 ? {suggestions} : {})
    })
  }

  function rewriteFor(found: Found, tokens: Token[]): WeFocusRewrite | undefined {
    const [first, last] = found.clause.verbs
    // "We also offer…": the adverb would be lost.
    if (first !== last || first !== found.clause.subject[1] + 1) return undefined
    const verb = tokens[first]!.lower
    const next = tokens[first + 1]
    if (!next?.word || /^(to|up|back|more|than|in|on|over|out)$/.test(next.lower)) return undefined
    // "We provide our members with cards" would become "You get our members with cards".
    if (tokens.slice(first + 1).some((token) => token.lower === 'with' || token.lower === 'to')) return undefined
    return rewrites.find((item) => item.subject === found.kind && item.verbs.includes(verb))
  }
}

// ---------------------------------------------------------------------------------------
// Word sets used by the module-level helpers below (the rule's own lists are in words.json).

const gainVerbs = new Set(data.gainVerbs)
/** Purpose verbs that name the reader's efficiency whatever their object ("designed to streamline project initiation"). */
const purposeGains = new Set(data.purposeGains)
const effortNouns = new Set(data.effortNouns)
const wayNouns = new Set(data.wayNouns)
const helpResources = new Set(data.helpResources)
const supportPlans = new Set(data.supportPlans)
const objectEaseWords = new Set(data.objectEaseWords)
const objectVerbs = new Set(data.objectVerbs)
const abilityNouns = new Set(data.abilityNouns)
const objectAbilities = new Set(data.objectAbilities)
const uiNouns = new Set(data.uiNouns)
const readerPurposes = new Set(data.readerPurposes)
const toolNouns = new Set(data.toolNouns)
const teamGains = new Set(data.teamGains)
const readerGerunds = new Set(data.readerGerunds)
const anywhereMatcher = data.anywherePhrases.map((phrase) => phrase.split(' '))
const ownNouns = new Set(data.companyNouns.map((word) => word.toLowerCase()))
const easedWords = new Set(data.easedWords)
const burdenNouns = new Set(data.burdenNouns)
const disclaimerVerbs = new Set(data.disclaimerVerbs)
const wayWords = new Set(data.wayWords)
const staffNouns = new Set(data.staffNouns)
const alertVerbs = new Set(data.alertVerbs)
const alertNouns = new Set(data.alertNouns)
const speedAdverbs = new Set(data.speedAdverbs)
const helpNouns = new Set(data.helpNouns)
const providingVerbs = new Set(data.providingVerbs)
const gainGerunds = new Set(data.gainGerunds)
const easierWords = new Set(data.easierWords)
const helpVerbs = new Set(data.helpVerbs)
const needNouns = new Set(data.needNouns)
const needModifiers = new Set(data.needModifiers)
const deviceNouns = new Set(data.deviceNouns)
const deviceVerbs = new Set(data.deviceVerbs)
const worksAdverbs = new Set(data.worksAdverbs)
const growingWords = new Set(data.growingWords)
const groupNouns = new Set(data.groupNouns)
const degreeWords = new Set(data.degreeWords)
const builtForGains = new Set(data.builtForGains)
const offeringVerbs = new Set(data.offeringVerbs)
/** "a series of intuitive form interfaces": nouns of a collection before "of". */
const collectionNouns = new Set(data.collectionNouns)
/** Participles after "can be" that name something the reader does with the product. */
const readerActions = new Set(data.readerActions)
/** Adjectives after "be" that say what the reader can do with it ("fully customizable"). */
const readerAbilities = new Set(data.readerAbilities)
/** Adjectives after "be" that say the product is easy for the reader to use ("is entirely intuitive"). */
const usableWords = new Set(data.usableWords)
/** What the company invites from the reader after "We welcome…" ("vulnerability reports", "feedback"). */
const invitedNouns = new Set(data.invitedNouns)
/** Verbs after "excited to" whose news is someone else's ("excited to see how…", "to meet you"). */
const feelingOthers = new Set(data.feelingOthers)
/** Words that make an announcement someone else's news: an award to a person, new hires and maintainers (and "people joining"). */
const othersNews = new Set(data.othersNews)
/** Words before "leading" that make it a rank ("the leading…", "Europe's leading…") rather than the verb. */
const featureNouns = new Set(data.featureNouns)
/** A feature, screen or tool noun (`featureNouns`, `uiNouns`, `toolNouns`): what the reader works with. */
function isToolNoun(lower: string): boolean {
  return featureNouns.has(lower) || uiNouns.has(lower) || toolNouns.has(lower)
}
/** `isToolNoun`, singular or plural. */
function toolLike(word: string): boolean {
  return isToolNoun(word) || isToolNoun(word.replace(/s$/, ''))
}
const featureQualities = new Set(data.featureQualities)
const actionNouns = new Set(data.actionNouns)
/** The sentence before `sentence` in its paragraph, if any. */
function sentenceBefore(paragraph: Paragraph, sentence: Sentence): Sentence | undefined {
  for (let at = paragraph.children.indexOf(sentence) - 1; at >= 0; at--) {
    const node = paragraph.children[at]!
    if (node.type === 'SentenceNode') return node
  }
  return undefined
}

/** Whether any sentence of `paragraph` has a word for the reader (you, your…). */
function paragraphAddressesReader(paragraph: Paragraph): boolean {
  return paragraph.children.some((child) => child.type === 'SentenceNode' && wordsOf(child).some(({node}) => isReaderWord(node)))
}

/**
 * Whether the object after the clause's verb is a list of three items or more ("a drag-and-drop
 * editor, version history and 40 templates"): a comma, then "and" after another comma-free run,
 * before the sentence ends.
 */
function listsThree(tokens: Token[], clause: Clause): boolean {
  let commas = 0
  for (let at = clause.verbs[1] + 1; at < tokens.length; at++) {
    const lower = tokens[at]!.lower
    // A phrase before the list ("a choice of four themes, with…", "conditionality based on…") makes it something else.
    if (/^[.;:!?]$/.test(lower) || /^(to|so|which|that|because|while|when)$/.test(lower) || tokens[at]!.tag === 'IN') return false
    if (lower === ',') commas++
    else if ((lower === 'and' || lower === '&') && commas >= 1) return true
  }
  return false
}

/** Whether the word is the company's own possessive ("our", "its"): what follows is the company's, not the reader's. */
function isCompanys(token: Token | undefined): boolean {
  return token !== undefined && (token.lower === 'our' || token.lower === 'its')
}

/** The company's own possessive, or the company as an object ("to help us grow"). */
function isCompanysOrUs(token: Token | undefined): boolean {
  return isCompanys(token) || token?.lower === 'us' || token?.lower === 'ourselves'
}
const featureVerbs = new Set(data.featureVerbs)
// Jargon: buzzword's forms and brag's phrases, less the forms of the purpose verbs this rule
// reads as concrete gains ("streamline", "streamlined"): one list cannot call a word both a
// gain and jargon.
const gainForm = (word: string) => [word, word.slice(0, -1), word.slice(0, -2), word.slice(0, -3), `${word.slice(0, -3)}e`].some((base) => purposeGains.has(base))
const jargonMatcher = new PhraseMatcher(
  [...buzzwordData.terms.flatMap((term) => Object.keys(term.forms)), ...bragData.phrases.map((entry) => entry.phrase)]
    .map((phrase) => ({phrase, words: phraseWords(phrase)}))
    .filter((entry) => entry.words.length > 1 || !gainForm(entry.words[0]!))
)
const companyPlaces = new Set(data.companyPlaces)
const servedNouns = new Set([...data.servedNouns, ...data.groupNouns, ...data.readerNouns])
const guideNouns = /^(guides?|handbooks?|playbooks?|cookbooks?|tutorials?|docs|documentation|walkthroughs?|toolkits?)$/
const rankers = /^(a|an|the|our|its|their|'s|\u2019s|s)$/

/** Praise that makes an answer to the reader's question a claim ("the perfect way to…", "the most effective"). */
const puffery = new Set(data.puffery)

/** Nouns of "It is our mission to…". */
const aimNouns = new Set(data.aimNouns)
/** Words that open a relative clause: "functionality that will improve…". */
const relativeWords = new Set(['that', 'which'])
/** Words that open "Each of our clubs…", "All of our…": a part of the company's things. */
const partitives = /^(each|all|many|most|some|both|several)$/

/**
 * Whether the clause's verb is the reader's gain: "Our template minimizes admin time",
 * "Acme cuts paperwork", "Our app makes it easy for staff to log hours". The gain words are
 * data (`gainVerbs` and `effortNouns` in words.json, `easeWords` in src/prose/gains.json). A purpose counts when it
 * names a concrete gain ("designed to minimize admin workloads"); "built for efficient
 * operations" and "built to minimize risk" do not.
 */
function namesReaderGain(tokens: Token[], clause: Clause): boolean {
  const [, last] = clause.verbs
  const main = tokens[last]!
  // "Our template is built to streamline maintenance scheduling", "We've designed our
  // checklist to minimize admin workloads", "designed to minimize risk, simplify
  // administration, and…": the purpose names the reader's gain. (Taggers may call "built"
  // after "is" a present verb.)
  const afterAuxiliary = clause.verbs[0] !== last && /^(is|are|was|were|been|be|has|have|had|'s|'ve|'re)$/.test(tokens[clause.verbs[0]]!.lower)
  if (main.tag === 'VBN' || main.tag === 'VBD' || afterAuxiliary) {
    let to = last + 1
    // "We've provided a series of forms, to simplify and streamline…": a comma may come first.
    while (to < tokens.length && to <= last + 10 && (tokens[to]!.word || (tokens[to]!.lower === ',' && tokens[to + 1]?.lower === 'to')) && tokens[to]!.lower !== 'to') to++
    if (tokens[to]?.lower !== 'to') return false
    // Each verb of the purpose, alone or in a list ("to optimize, automate, and eliminate…",
    // "to provide exceptional user experiences and drastically improve workflows").
    for (let index = to + 1; index < tokens.length && index <= to + 16; index++) {
      const token = tokens[index]!
      // The purpose ends where another clause starts ("to announce that … the automate section").
      if (/^(that|which|who|because|when|while|if|so|is|are|was|were)$/.test(token.lower)) break
      const before = /ly$/.test(tokens[index - 1]!.lower) ? tokens[index - 2] : tokens[index - 1]
      if (!gainVerbs.has(token.lower) || !/^(to|,|and|or)$/.test(before?.lower ?? '')) continue
      // "streamline", "automate": the purpose is the reader's efficiency whatever the object
      // ("designed to simplify our read and edit UIs": a template's own screens are the reader's).
      if (purposeGains.has(token.lower)) return true
      // "built to minimize risk" is too vague a purpose to be the reader's gain.
      if (objectNamesEffort(tokens, index, true)) return true
    }
    return false
  }
  if (/^makes?$/.test(main.lower)) return makesItEasy(tokens, last)
  if (gainVerbs.has(main.lower) && objectNamesEffort(tokens, last, false)) return true
  // "Our portal template uses a conditional UI to streamline user experiences": a purpose
  // verb that names the reader's efficiency, unless it works on the company's own things
  // ("We use cookies to optimize our site").
  for (let index = last + 1; index < tokens.length - 2; index++) {
    if (tokens[index]!.lower !== 'to' || !purposeGains.has(tokens[index + 1]!.lower)) continue
    if (!/^(our|we|us|its)$/.test(tokens[index + 2]!.lower)) return true
  }
  // "We offer role-based access control, to maximize security and usability": a purpose
  // after a comma that names the gain.
  for (let index = last + 1; index < tokens.length - 2; index++) {
    if (tokens[index]!.lower !== ',' || tokens[index + 1]!.lower !== 'to') continue
    const verb = tokens[index + 2]!
    if (gainVerbs.has(verb.lower) && (purposeGains.has(verb.lower) || objectNamesEffort(tokens, index + 2, true))) return true
  }
  return false
}

/** Whether the object after the verb at `verb`, up to the end of its clause, names an effort or cost ("admin time", "both errors and rework"). */
function objectNamesEffort(tokens: Token[], verb: number, purpose: boolean): boolean {
  // "We improve our experience": the company's own.
  if (isCompanys(tokens[verb + 1])) return false
  // "to maximize oversight, usability, and profitability": through the items of a list.
  for (let index = verb + 1; index < tokens.length && index <= verb + 10; index++) {
    const token = tokens[index]!
    if (!token.word && !(token.lower === ',' && tokens[index + 1]?.word)) return false
    if (effortNouns.has(token.lower) && !(purpose && /^risks?$/.test(token.lower))) return true
  }
  return false
}

/**
 * "Our template automatically calculates totals", "will auto-populate forms": the product
 * does work the reader would otherwise do by hand.
 */
function doesReadersWork(tokens: Token[]): boolean {
  // "uses three automation rules to handle scheduling conflicts": automation with a job.
  if (tokens.some((token, index) => /^automations?$/.test(token.lower) && tokens.slice(index + 1, index + 4).some((word, at, rest) => word.lower === 'to' && /^VB/.test(rest[at + 1]?.tag ?? tokens[index + 2 + at]?.tag ?? '')))) return true
  // "uses conditionality to display warnings … when maintenance is needed": it alerts the
  // reader, as a reminder would (not "to send alerts to our sales team").
  if (tokens.some((token, index) => token.lower === 'to' && alertVerbs.has(tokens[index + 1]?.lower ?? '') && tokens.slice(index + 2, index + 5).some((word) => alertNouns.has(word.lower)) && !tokens.slice(index + 2, index + 9).some((word) => /^(our|us|ourselves)$/.test(word.lower)))) return true
  // An "auto-" verb, not a noun: "will auto-populate forms", not "auto-captions".
  return tokens.some((token, index) => token.lower === 'automatically' || (/^auto-\w+$/.test(token.lower) && (/^VB/.test(token.tag) || /^(will|can|to|'ll)$/.test(tokens[index - 1]?.lower ?? ''))))
}

/** A past participle, which taggers may call an adjective ("hand-poured"). */
function isPassiveParticiple(token: Token): boolean {
  if (isIrregularParticiple(token.lower) && /^(VB|JJ)/.test(token.tag)) return true
  return /^VB[ND]$/.test(token.tag) || (token.tag === 'JJ' && /ed$/.test(token.lower))
}

/** Whether "we" at `start` follows "As <plural noun>," ("As developers, we…", "as small-business owners, we…"). */
function asGroup(tokens: Token[], start: number): boolean {
  if (tokens[start - 1]?.lower !== ',') return false
  // "As parents ourselves, we…".
  const noun = /^(ourselves|too|also|first)$/.test(tokens[start - 2]?.lower ?? '') ? start - 3 : start - 2
  if (tokens[noun]?.tag !== 'NNS') return false
  for (let index = noun - 1; index >= 0 && index >= noun - 3; index--) {
    if (tokens[index]!.lower === 'as') return true
    if (!tokens[index]!.word) return false
  }
  return false
}


const commitmentWords = new Set(data.commitmentWords)

/** "is committed to providing…", "are dedicated to delivering…": a commitment with a gerund. */
function isCommitment(tokens: Token[], clause: Clause): boolean {
  // "We remain committed to…": "remain" and "stay" link like "is".
  const word = clause.copula || /^(remain|remains|stay|stays)$/.test(clause.main) ? clause.verbs[1] + 1 : clause.verbs[1]
  if (!commitmentWords.has(tokens[word]?.lower ?? '')) return false
  return tokens[word + 1]?.lower === 'to' && /ing$/.test(tokens[word + 2]?.lower ?? '')
}

const openStates = new Set(data.openStates)
const placedVerbs = new Set(data.placedVerbs)
const distanceWords = new Set(data.distanceWords)
const deliveryVerbs = new Set(data.deliveryVerbs)
const disclosureVerbs = new Set(data.disclosureVerbs)
const disclosureNouns = new Set(data.disclosureNouns)
const visitVerbs = new Set(data.visitVerbs)
const scheduleVerbs = new Set(data.scheduleVerbs)
const scheduleNouns = new Set(data.scheduleNouns)
const timeWords = new Set(data.timeWords)
const misuseVerbs = new Set(data.misuseVerbs)
const coverVerbs = new Set(data.coverVerbs)
const placePrepositions = new Set(data.placePrepositions)
const chargeVerbs = new Set(data.chargeVerbs)
const feeNouns = new Set(data.feeNouns)
const dataNouns = new Set(data.dataNouns)
const adviceNouns = new Set(data.adviceNouns)
const promiseVerbs = new Set(data.promiseVerbs)
const coverageVerbs = new Set(data.coverageVerbs)
const paymentNouns = new Set(data.paymentNouns)
const acceptVerbs = new Set(data.acceptVerbs)
const termVerbs = new Set(data.termVerbs)
const allowVerbs = new Set(data.allowVerbs)
const claimObjects = new Set(data.claimObjects)
const idNouns = new Set(data.idNouns)
const checkVerbs = new Set(data.checkVerbs)
const weatherWords = new Set(data.weatherWords)
const streetWords = new Set(data.streetWords)
const arriveVerbs = new Set(data.arriveVerbs)
const regulatorWords = new Set(data.regulatorWords)
const locationNouns = new Set(data.locationNouns)
const notWhat = new Set(data.notWhat)
const areaNouns = new Set(data.areaNouns)
const currency = /^[£$€]$/
/** A clock time: "8:30", "17.00", "9am". */
const clockTimes = /^\d{1,2}[:.]\d{2}$|^\d{1,2}(am|pm)$/

/**
 * A practical fact for the reader rather than a claim: opening hours or a location ("We're
 * open until 8pm", "Our office is closed on Sundays", "We're based in Leeds", "We're a
 * four-minute walk from the station"), where it delivers, a regulatory disclosure, when an
 * event is held, or a promise not to sell the reader's data.
 */
function isPracticalFact(tokens: Token[], clause: Clause): boolean {
  // "is open", or "is closed" read as a passive: the state word and the word after it.
  // "will be closed": a be-form anywhere in the verb group.
  const passiveState = openStates.has(clause.main) && tokens.slice(clause.verbs[0], clause.verbs[1]).some((token) => /^(is|are|'re|'s|am|be|been|were|was)$/.test(token.lower))
  const state = passiveState ? clause.verbs[1] : clause.verbs[1] + 1
  const after = tokens[clause.verbs[1] + 1]
  // "We charge £40 an hour", "Our placement fee is £650": a sum opens the object.
  if (!after?.word) return currency.test(after?.text ?? '') && isTerm(tokens, clause, tokens.slice(clause.verbs[1] + 1), false)
  // Not "open to new ideas", "open about pricing", "open source": a quality, not the hours.
  // Not "staffed by 22 engineers", who the company's people are.
  if ((clause.copula || passiveState) && openStates.has(tokens[state]!.lower)) return !/^(to|about|source|with)$/.test(tokens[state + 1]?.lower ?? '') && !(/^(staffed|manned)$/.test(tokens[state]!.lower) && tokens[state + 1]?.lower === 'by')
  // Not "based on decades of experience".
  if (placedVerbs.has(clause.main) && /^(in|at|near|just|right|off|opposite|next)$/.test(after.lower)) return true
  const rest = tokens.slice(clause.verbs[1] + 1)
  // "We're a four-minute walk from Old Street station", "Tallyo docks are never more than a
  // few minutes' walk apart".
  if (clause.copula) {
    const from = rest.findIndex((token) => token.lower === 'from' || token.lower === 'apart' || token.lower === 'away')
    if (from > 0 && from <= 8 && rest.slice(0, from).some((token) => distanceWords.has(token.lower) || /^\d+-(minute|min|mile)$/.test(token.lower))) return true
  }
  // "The Kitely Fleet Card works at more than 32,000 public charge points": where the product
  // works (not "We operate in 12 countries", the company's reach).
  if (tokens[clause.subject[0]]?.lower !== 'we' && coverageVerbs.has(clause.main) && /^(at|in|across)$/.test(after.lower) && rest.slice(1, 5).some((token) => /^\d/.test(token.text))) return true
  // "we confirm new accounts the same day", "We dispatch orders within 24 hours": how soon
  // the company does a thing for the reader.
  if (!clause.copula && /^(VBP|VBZ|MD)$/.test(tokens[clause.verbs[0]]?.tag ?? '') && isTurnaround(rest)) return true
  // "…, so we can't promise that any product is free from traces", "…, so the money on it
  // isn't covered by the Financial Services Compensation Scheme": a warning.
  if (tokens.some((token, at) => promiseVerbs.has(token.lower) && tokens.slice(Math.max(0, at - 2), at).some((before) => /^(not|n't|never|cannot)$/.test(before.lower)))) return true
  // "We deliver to 96% of UK postcodes", "We ship to 40 countries", "We deliver across
  // mainland UK".
  if (deliveryVerbs.has(clause.main) && /^(to|across|throughout|nationwide)$/.test(after.lower)) return true
  // "We deliver within 25 miles of Ipswich".
  if (deliveryVerbs.has(clause.main) && after.lower === 'within' && /^\d/.test(rest[1]?.text ?? '') && /^(miles?|km|kilometres?|kilometers?)$/.test(rest[2]?.lower ?? '')) return true
  // "We ship anywhere in the US", "We ship a backup drive anywhere in the US for $25".
  if (deliveryVerbs.has(clause.main) && rest.slice(0, 5).some((token) => /^(anywhere|worldwide|nationwide)$/.test(token.lower))) return true
  // "Acme Insurance Limited is authorised by the Prudential Regulation Authority", "Medra
  // Pharmacy is a trading name of Medra Healthcare Ltd".
  if (disclosureVerbs.has(clause.main) && /^(by|with|in|under|as)$/.test(after.lower)) return true
  // "…is authorised and regulated by the Financial Conduct Authority".
  if (disclosureVerbs.has(clause.main) && after.lower === 'and' && disclosureVerbs.has(rest[1]?.lower ?? '') && /^(by|with|in|under|as)$/.test(rest[2]?.lower ?? '')) return true
  if (clause.copula && /^(a|an|the)$/.test(after.lower) && (disclosureNouns.has(rest[1]?.lower ?? '') || disclosureNouns.has(`${rest[1]?.lower ?? ''} ${rest[2]?.lower ?? ''}`))) return true
  // "Our Christmas show takes place at the Lowry on Saturday 13 December": when and where an event is.
  if (/^(takes|take|took)$/.test(clause.main) && after.lower === 'place') return true
  // "Our mobile branch will visit Hexham Market Place every Tuesday".
  if (visitVerbs.has(clause.main) && rest.some((token) => timeWords.has(token.lower))) return true
  // "We hold open viewings on the first Sunday of every month", "we schedule it between 01:00 and 05:00".
  const clockTime = rest.some((token) => clockTimes.test(token.lower))
  if (scheduleVerbs.has(clause.main) && (clockTime || (rest.slice(0, 4).some((token, at) => scheduleNouns.has(token.lower) || scheduleNouns.has(`${token.lower} ${rest[at + 1]?.lower ?? ''}`)) && rest.some((token) => timeWords.has(token.lower))))) return true
  // "We cover Stockport and South Manchester": the area served, by name.
  if (coverVerbs.has(clause.main) && /^[A-Z]/.test(after.text)) return true
  // "We serve Franklin, Delaware, Licking and Fairfield counties": the area served, by name
  // (not "We serve Fortune 500 companies").
  if (/^(serve|serves)$/.test(clause.main) && /^[A-Z]/.test(after.text) && rest.slice(0, 14).some((token) => areaNouns.has(token.lower))) return true
  // "We cover every neighborhood from the West Hills to 82nd Avenue".
  if (coverVerbs.has(clause.main) && /^(every|all|each)$/.test(after.lower) && areaNouns.has(rest[1]?.lower ?? '')) return true
  // "We cover the whole of Greater Manchester", "We cover all of Kent": the same, with a quantity first.
  if (coverVerbs.has(clause.main) && /^[A-Z]/.test(coveredPlace(rest)?.text ?? '')) return true
  // "We're on Hope Street", "We're in Leeds": where the reader finds the company.
  if (clause.copula && placePrepositions.has(after.lower) && /^[A-Z]/.test(rest[1]?.text ?? '')) return true
  // "Brightpath Chiropractic is on the first floor of 14 Westbury Road": a street address.
  if (clause.copula && placePrepositions.has(after.lower) && rest.slice(1, 7).some((token, at) => /^\d+[a-z]?$/i.test(token.text) && /^[A-Z]/.test(rest[at + 2]?.text ?? '') && /^(of|on|at|in)$/.test(rest[at]!.lower))) return true
  // "Our support team is on live chat from 8am to 8pm": when the reader can reach it.
  // "Our reception team is available Monday to Friday, 8am to 7pm".
  if (clause.copula && /^(on|available|here|in|at|reachable|staffed|online)$/.test(after.lower) && rest.some((token) => timeWords.has(token.lower) || clockTimes.test(token.lower)) && rest.some((token) => /^(from|until|till|between|to)$/.test(token.lower))) return true
  // "Our staff-to-student ratio is 1:8": a figure.
  if (clause.copula && /^\d/.test(after.text)) return true
  // "We never sell health data or share it with advertisers", "We don't charge a fee for advice".
  const negated = tokens.slice(clause.subject[1] + 1, clause.verbs[1]).some((token) => /^(never|not|n't)$/.test(token.lower))
  if (negated && chargeVerbs.has(clause.main) && rest.slice(0, 3).some((token) => feeNouns.has(token.lower))) return true
  // "We don't give financial advice": a disclosure.
  if (negated && /^(give|gives|provide|provides|offer|offers)$/.test(clause.main) && rest.slice(0, 4).some((token) => adviceNouns.has(token.lower))) return true
  if (negated && misuseVerbs.has(clause.main) && rest.slice(0, 4).some((token) => dataNouns.has(token.lower))) return true
  return isTerm(tokens, clause, rest, negated)
}

/**
 * Terms, house rules and other practical facts (the lists in words.json under
 * `$comment_terms`, `$comment_moreTerms`, `$comment_prices` and `$comment_areas`): how the
 * reader pays, a price or a rate, what is not allowed, when and where the company works, a
 * registration, and what it is not.
 */
function isTerm(tokens: Token[], clause: Clause, rest: Token[], negated: boolean): boolean {
  const first = rest.slice(0, 6)
  // "We accept wire transfers, certified checks and credit cards up to $10,000".
  if (acceptVerbs.has(clause.main) && first.some((token) => paymentNouns.has(token.lower))) return true
  // "We take a £100 refundable deposit", "After that, we keep half the fee" (not "We take
  // pride in…": a sum of money or a share comes with the fee).
  const sum = first.some((token, at) => currency.test(token.text) || /^\d/.test(token.text) || (/^(half|all|part|none|a|the)$/.test(token.lower) && feeNouns.has(first[at + 1]?.lower ?? '')))
  if ((chargeVerbs.has(clause.main) || termVerbs.has(clause.main)) && sum && first.some((token) => /^(deposit|deposits|fee|fees)$/.test(token.lower))) return true
  // "we charge 50p for every extra mile", "We pay 4% a year", "We aim to pay 4% a year from
  // 2026", "Our fees start at 1.15%": a price or a rate.
  const amount = first.some((token, at) => (currency.test(token.text) && /^\d/.test(first[at + 1]?.text ?? '')) || /^\d[\d,.]*(p|%)$/.test(token.text) || (/^\d/.test(token.text) && /^(%|p|pence|percent)$/.test(first[at + 1]?.lower ?? '')))
  const priced = /^(charge|charges|pay|pays)$/.test(clause.main) || (/^(aim|aims|expect|expects|plan|plans|intend|intends)$/.test(clause.main) && rest[0]?.lower === 'to' && /^(pay|return|charge)$/.test(rest[1]?.lower ?? ''))
  if (priced && amount) return true
  // "Our placement fee is £650".
  if (clause.copula && currency.test(rest[0]?.text ?? '') && /^\d/.test(rest[1]?.text ?? '')) return true
  if (/^(start|starts|begin|begins)$/.test(clause.main) && /^(at|from)$/.test(rest[0]?.lower ?? '') && (currency.test(rest[1]?.text ?? '') || /^\d/.test(rest[1]?.text ?? ''))) return true
  // "We bring everything else: speaker, microphone…": what the company brings, beside what the reader provides.
  if (/^(bring|brings|provide|provides|supply|supplies)$/.test(clause.main) && ((rest[0]?.lower === 'everything' && rest[1]?.lower === 'else') || (rest[0]?.lower === 'the' && rest[1]?.lower === 'rest'))) return true
  // "If it rains, we move everything inside".
  if (tokens.some((token, at) => token.lower === 'if' && tokens[at + 1]?.lower === 'it' && /^(rains|snows|pours)$/.test(tokens[at + 2]?.lower ?? ''))) return true
  // "We close for the winter from 1 November to 14 March": when it is closed or open.
  if (/^(close|closes|open|opens|reopen|reopens)$/.test(clause.main) && rest.some((token) => timeWords.has(token.lower) || /^(winter|summer|christmas|easter|season)$/.test(token.lower))) return true
  // "We advise on UK employment law only": the limit of its advice.
  if (/^(advise|advises)$/.test(clause.main) && rest.some((token) => token.lower === 'only')) return true
  // "We collect from any address in mainland UK, Monday to Friday, between 7am and 6pm": days and hours.
  if (rest.some((token) => timeWords.has(token.lower)) && rest.filter((token) => clockTimes.test(token.lower)).length >= 2) return true
  // "Lumen Community Energy Ltd is a community benefit society registered with the Financial
  // Conduct Authority": a registration after the noun.
  if (clause.copula && /^(a|an)$/.test(rest[0]?.lower ?? '') && rest.slice(1, 6).some((token, at, near) => disclosureVerbs.has(token.lower) && /^(with|by|in|under)$/.test(near[at + 1]?.lower ?? ''))) return true
  // "Tallyo is a financial technology company, not a bank", "Lumen Solar acts as a credit
  // broker, not a lender".
  if ((clause.copula || /^(acts|act|operates|operate|works|work)$/.test(clause.main)) && rest.some((token, at) => token.lower === 'not' && /^(a|an)$/.test(rest[at + 1]?.lower ?? '') && notWhat.has(rest[at + 2]?.lower ?? ''))) return true
  // "We don't allow confetti, glitter or real candles".
  // Not "We don't allow shortcuts", a claim about the company's work. "We don't use confetti
  // or glitter" is a house rule too.
  if (negated && (allowVerbs.has(clause.main) || /^(use|uses)$/.test(clause.main)) && !first.some((token) => claimObjects.has(token.lower))) return true
  // "we check ID at the barn door", "We ask for photo ID".
  if (checkVerbs.has(clause.main) && rest.slice(0, 3).some((token) => idNouns.has(token.lower))) return true
  // "We work in the rain", "We fit tyres in all weathers".
  if (!clause.copula && rest.some((token, at) => weatherWords.has(token.lower) && /^(the|all|any|whatever)$/.test(rest[at - 1]?.lower ?? ''))) return true
  // "Our care is free to everyone who needs it", "The hall is free for local groups": a price.
  if (clause.copula && tokens[clause.verbs[1] + 1]?.lower === 'free' && /^(to|for|of|at)$/.test(rest[1]?.lower ?? '')) return true
  // "We tune Monday to Saturday": the days it works.
  if (!clause.copula && timeWords.has(rest[0]?.lower ?? '') && /^(to|through|until|till|-|–)$/.test(rest[1]?.lower ?? '') && timeWords.has(rest[2]?.lower ?? '')) return true
  // "We arrive two hours before guests", "We arrive 20 minutes early".
  if (arriveVerbs.has(clause.main) && first.some((token, at) => /^(minutes?|mins?|hours?)$/.test(token.lower) && /^(before|early|ahead|beforehand|in)$/.test(first[at + 1]?.lower ?? ''))) return true
  // "Medra House was rated Good by the Care Quality Commission": a regulator's rating.
  if (/^(rated|graded)$/.test(clause.main) && rest.slice(0, 3).some((token, at, near) => token.lower === 'by' && /^(the|[A-Z])/.test(near[at + 1]?.text ?? '')) && rest.slice(0, 6).some((token) => regulatorWords.has(token.lower))) return true
  // "We're on the first floor of the Corn Exchange": a place in a building or a street.
  if (clause.copula && placePrepositions.has(rest[0]?.lower ?? '') && rest[1]?.lower === 'the' && rest.slice(2, 5).some((token, at, near) => locationNouns.has(token.lower) && near[at + 1]?.lower === 'of') ) return true
  // "Our two-day weekend intensive covers the same ground and runs once a month": a schedule.
  // Not "our mission to run every branch on renewable power": "every" must go with a time.
  if (tokens.some((token, at) => /^(runs|run|meets|meet)$/.test(token.lower) && (/^(once|twice|weekly|monthly|fortnightly|daily)$/.test(tokens[at + 1]?.lower ?? '') || (/^(every|each)$/.test(tokens[at + 1]?.lower ?? '') && (timeWords.has(tokens[at + 2]?.lower ?? '') || /^(day|week|month|year|term|season|quarter)$/.test(tokens[at + 2]?.lower ?? '')))))) return true
  // "Lumen Community Hall is a bright, step-free space on Weston Road with room for 120
  // people": where the place is, and how many it holds.
  if (clause.copula && /^(a|an)$/.test(rest[0]?.lower ?? '')) {
    const on = rest.findIndex((token, at) => at <= 8 && /^(on|at|in|off)$/.test(token.lower) && /^[A-Z]/.test(rest[at + 1]?.text ?? ''))
    const street = on > 0 ? rest.slice(on + 1, on + 5).findIndex((token, at, names) => streetWords.has(token.lower) && /^[A-Z]/.test(token.text) && names.slice(0, at).every((name) => /^[A-Z]/.test(name.text))) : -1
    if (street >= 0) {
      const tail = rest.slice(on + 2 + street)
      const capacity = /^(with|for)$/.test(tail[0]?.lower ?? '') && tail.slice(1, 4).some((token) => /^(room|space|up|seats|seating)$/.test(token.lower)) && tail.slice(1, 6).some((token) => /^\d/.test(token.text))
      if (tail.filter((token) => token.word).length === 0 || capacity) return true
    }
  }
  return false
}

const turnaroundWords = new Set(data.turnaroundWords)

/** "the same day", "next-day", "within 24 hours", "within two working days". */
function isTurnaround(rest: Token[]): boolean {
  for (let at = 0; at < rest.length; at++) {
    const word = rest[at]!.lower
    if (word === 'within') {
      const count = rest[at + 1]?.text ?? ''
      const unit = /^(working|business)$/.test(rest[at + 2]?.lower ?? '') ? rest[at + 3]?.lower : rest[at + 2]?.lower
      if ((/^\d+$/.test(count) || /^(one|two|three|four|five|six|seven|ten|an|a)$/i.test(count)) && /^(minutes?|hours?|days?|weeks?)$/.test(unit ?? '')) return true
      continue
    }
    // "the same working day", "the same day" as a time, not "same day delivery" as a
    // modifier: the longest phrase first, and no noun after it.
    const phrase = [word, rest[at + 1]?.lower, rest[at + 2]?.lower, rest[at + 3]?.lower]
    for (const length of [4, 3, 2]) {
      if (turnaroundWords.has(phrase.slice(0, length).join(' ')) && !/^NN/.test(rest[at + length]?.tag ?? '')) return true
    }
  }
  return false
}

/** The word after "the whole of", "all of", "most of" or "much of" at the start of `rest`. */
function coveredPlace(rest: Token[]): Token | undefined {
  const words = rest.map((token) => token.lower)
  if (words[0] === 'the' && words[1] === 'whole' && words[2] === 'of') return rest[3]
  if (/^(all|most|much|parts)$/.test(words[0] ?? '') && words[1] === 'of') return rest[2]
  return undefined
}

/**
 * What the product is and whom it is for, named by what they want: "Kitely is a headless CMS
 * for teams who want a modern developer experience". The reader finds out whether it is for
 * them; "We are a family firm for people who value quality" is the same shape.
 */
function isPositioning(tokens: Token[], clause: Clause): boolean {
  if (!clause.copula || !/^(a|an)$/.test(tokens[clause.verbs[1] + 1]?.lower ?? '')) return false
  const rest = tokens.slice(clause.verbs[1] + 2, clause.verbs[1] + 12)
  const forAt = rest.findIndex((token) => token.lower === 'for')
  if (forAt < 1) return false
  // Up to three words of the group, then "who" or "that" and a verb of wanting.
  for (let at = forAt + 2; at <= forAt + 4 && at < rest.length - 1; at++) {
    if (/^(who|that)$/.test(rest[at]!.lower)) return wantVerbs.has(rest[at + 1]!.lower)
    if (!rest[at - 1]!.word) return false
  }
  return false
}

const wantVerbs = new Set(['want', 'wants', 'need', 'needs', 'value', 'values', 'care', 'cares', 'prefer', 'prefers', 'expect', 'expects'])

/** Whether the clause ends at its verb with a colon: "Our template offers:", "We provide the following:", "Our mission is simple:". */
function isLeadIn(tokens: Token[], clause: Clause): boolean {
  // "We've built our template for:" then the list of whom it is for.
  const colon = tokens.length - 1
  if (tokens[colon]?.lower === ':' && /^(IN|TO)$/.test(tokens[colon - 1]?.tag ?? '') && colon - 1 > clause.verbs[1]) return true
  let at = clause.verbs[1] + 1
  if (tokens[at]?.lower === 'the' && tokens[at + 1]?.lower === 'following') at += 2
  // "Our mission is simple:" then the mission.
  else if (clause.copula && tokens[at]?.tag === 'JJ') at++
  if (tokens[at]?.lower !== ':') return false
  return !tokens.slice(at + 1).some((token) => token.word)
}

/**
 * "a fast, easy way to…", "the fast and cost-effective way to…": the reader's ease, speed or
 * cost is the point (one of the adjectives before "way" is in `easeWords` or `wayWords`).
 */
function easyWay(tokens: Token[]): boolean {
  for (let index = 0; index < tokens.length - 1; index++) {
    // "a simple and secure platform to receive, manage and approve payments": the same with a product noun.
    const way = tokens[index]!.lower === 'way'
    // "a convenient platform for planning and managing servicing": "for" and an -ing verb, too.
    const purpose = tokens[index + 1]!.lower === 'to' || (!way && tokens[index + 1]!.lower === 'for' && /[a-z]ing$/.test(tokens[index + 2]?.lower ?? ''))
    if (!(way || wayNouns.has(tokens[index]!.lower)) || !purpose) continue
    let at = index - 1
    // "intuitive form interfaces for editing devices": up to two nouns of a compound first.
    for (let nouns = 0; nouns < 2 && at >= 0 && /^NN/.test(tokens[at]!.tag) && !easeWords.has(tokens[at]!.lower) && !wayWords.has(tokens[at]!.lower); nouns++) at--
    let gain = false
    while (at >= 0 && (/^JJ/.test(tokens[at]!.tag) || wayWords.has(tokens[at]!.lower) || easeWords.has(tokens[at]!.lower) || /^(and|,)$/.test(tokens[at]!.lower))) {
      // "a secure, efficient way to gather data" (but "built for efficient operations" names no gain).
      // "a secure and effective way to post jobs and hire talent" too.
      if (wayWords.has(tokens[at]!.lower) || easeWords.has(tokens[at]!.lower) || /^(efficient|effective)$/.test(tokens[at]!.lower)) gain = true
      at--
    }
    // A plural needs no article: "We've provided intuitive form interfaces for…", "a series
    // of intuitive form interfaces for…".
    const plural = !way && /s$/.test(tokens[index]!.lower)
    const article = /^(a|an|the)$/.test(tokens[at]?.lower ?? '')
    // "Our template is built around intuitive screens for setting OKRs": what it is made of.
    // "We've built our knowledge base tool around intuitive and navigable screens for…" too.
    const builtAround = tokens[at]?.lower === 'around' && tokens.slice(Math.max(0, at - 6), at).some((word) => builtOrDesigned.test(word.lower))
    if (gain && (article || (plural && at >= 0 && (/^VB/.test(tokens[at]!.tag) || builtAround || (tokens[at]!.lower === 'of' && collectionNouns.has(tokens[at - 1]?.lower ?? '')))))) return true
    // "the effective way to streamline internal communications and cut operational costs".
    if (/^(a|an|the)$/.test(tokens[at]?.lower ?? '') && purposeGains.has(tokens[index + 2]?.lower ?? '')) return true
  }
  // "…a built-in database, for incredibly fast builds", "for fast and flexible hosting".
  return tokens.some((token, index) => {
    if (token.lower !== 'for') return false
    let at = index + 1
    if (/^(the|a|an)$/.test(tokens[at]?.lower ?? '')) at++
    // "screens for quickly viewing usage reports": the reader's speed, with their action.
    if (speedAdverbs.has(tokens[at]?.lower ?? '') && /ing$/.test(tokens[at + 1]?.lower ?? '')) return true
    if (/ly$/.test(tokens[at]?.lower ?? '')) at++
    const word = tokens[at]?.lower ?? ''
    // "for a straight forward installation": "straightforward" written as two words.
    if (word === 'straight' && tokens[at + 1]?.lower === 'forward') return tokens[at + 2]?.word === true
    return (easeWords.has(word) || wayWords.has(word)) && tokens[at + 1]?.word === true
  })
}

/**
 * A purpose that makes the reader's work easier: "to make it fast and easy to build…", "to
 * help with all these issues", "to get started quickly", "to provide detailed help", "for
 * automating workflows", "to make workflows as efficient as possible".
 */
function purposeEasesWork(tokens: Token[]): boolean {
  // "our mission is to make it fast and easy to build custom tools".
  if (tokens.some((_, index) => tokens[index - 1]?.lower === 'to' && makesItEasy(tokens, index))) return true
  // "the Linkerd Forum to help with all these issues", "…, to get started quickly".
  if (tokens.some((token, index) => token.lower === 'to' && ((tokens[index + 1]?.lower === 'help' && tokens[index + 2]?.lower === 'with') || (tokens[index + 1]?.lower === 'get' && /^(started|going)$/.test(tokens[index + 2]?.lower ?? '') && /^(quickly|fast|faster|easily|immediately|instantly|today|in)$/.test(tokens[index + 3]?.lower ?? ''))))) return true
  // "we partner with government agencies to help them deliver new … digital services": the
  // company acts for a group it names, and the group does the verb (not "to help us grow").
  if (tokens.some((token, index) => token.lower === 'to' && tokens[index + 1]?.lower === 'help' && (tokens[index + 2]?.lower === 'them' || tokens[index + 2]?.tag === 'NNS') && /^VB/.test(tokens[index + 3]?.tag ?? '') && tokens.slice(0, index).some((word) => word.tag === 'NNS' && !staffNouns.has(word.lower)))) return true
  // "a library of video guidance to provide detailed help for trickier subjects".
  if (tokens.some((token, index) => token.lower === 'to' && /^(provide|offer|give)$/.test(tokens[index + 1]?.lower ?? '') && tokens.slice(index + 2, index + 5).some((word) => helpNouns.has(word.lower)))) return true
  // "multi-step forms, to provide simple, streamlined user experiences", "offers a
  // streamlined and intuitive approval workflow": what is provided is the reader's work or
  // experience, made easy.
  if (tokens.some((token, index) => providingVerbs.has(token.lower) && easedEffort(tokens, index + 1))) return true
  // "automated logic to prevent requests from clashing": a purpose that stops a problem.
  if (tokens.some((token, index) => token.lower === 'to' && /^(prevent|stop)$/.test(tokens[index + 1]?.lower ?? '') && tokens.slice(index + 2, index + 8).some((word, at, rest) => word.lower === 'from' && /ing$/.test(rest[at + 1]?.lower ?? tokens[index + 3 + at]?.lower ?? '')))) return true
  // "built for highly automated project management workflows": the reader's work, automated.
  if (tokens.some((token, index) => token.lower === 'for' && /^(built|designed|made)$/.test(tokens[index - 1]?.lower ?? '') && easedEffort(tokens, index + 1))) return true
  // "We've designed our template for totally streamlined user experiences".
  if (tokens.some((token, index) => token.lower === 'for' && /^(our|the|this)$/.test(tokens[index - 2]?.lower ?? '') && /^(built|designed|made)$/.test(tokens[index - 3]?.lower ?? '') && easedEffort(tokens, index + 1))) return true
  // "dedicated screens to search, filter, view, manage, and edit…", "a JavaScript editor, to
  // add advanced, custom functionality": a purpose that is the reader's own action on it.
  // The purpose must follow what the reader uses (not "a new office to search for talent").
  // "a built-in JavaScript editor, and third-party integrations, to create…": a tool among the last few words.
  // Not past a verb: "Our platform is the smart way to build custom software" is praise.
  const afterTool = (index: number) => {
    for (let at = index - 1; at >= 0 && at >= index - 6; at--) {
      const before = tokens[at]!
      if (/^VB/.test(before.tag)) return false
      if (wayNouns.has(before.lower) || uiNouns.has(before.lower) || toolNouns.has(before.lower)) return true
    }
    return false
  }
  if (tokens.some((token, index) => token.lower === 'to' && afterTool(index) && (readerPurposes.has(tokens[index + 1]?.lower ?? '') || (/^(add|create|build)$/.test(tokens[index + 1]?.lower ?? '') && tokens.slice(index + 2, index + 5).some((word) => word.lower === 'custom'))))) return true
  // "a built-in JavaScript editor and third-party app support, for advanced custom automations".
  if (tokens.some((token, index) => token.lower === 'for' && tokens.slice(index + 1, index + 3).some((word) => word.lower === 'custom') && tokens.slice(Math.max(0, index - 8), index).some((word) => toolNouns.has(word.lower)))) return true
  // "configured to give the option of morning, afternoon, or evening bookings": a choice for the reader.
  if (tokens.some((token, index) => token.lower === 'to' && /^(give|offer|provide)$/.test(tokens[index + 1]?.lower ?? '') && /^(the|a|an)$/.test(tokens[index + 2]?.lower ?? '') && /^(option|options|choice|ability|flexibility)$/.test(tokens[index + 3]?.lower ?? ''))) return true
  // "custom rules to calculate the next maintenance date": automation that does the reader's work.
  if (tokens.some((token, index) => /^(rules|automations|formulas|formula|logic)$/.test(token.lower) && tokens[index + 1]?.lower === 'to' && /^(calculate|compute|update|assign|route|flag|schedule)$/.test(tokens[index + 2]?.lower ?? ''))) return true
  // "We've created a dedicated app for creating, managing, and achieving OKRs": a product for
  // a list of the reader's actions (not "a platform for hiring, onboarding and paying our staff").
  // "an effective platform for monitoring and responding to maintenance needs" too.
  // (The tagger may read the first -ing word as a noun: "for monitoring/NN and responding".)
  const gerund = (token: Token | undefined) => token !== undefined && (token.tag === 'VBG' || (token.tag === 'NN' && /[a-z]ing$/.test(token.lower)))
  if (tokens.some((token, index) => wayNouns.has(token.lower) && tokens[index + 1]?.lower === 'for' && gerund(tokens[index + 2]) && (tokens[index + 3]?.lower === ',' || (tokens[index + 3]?.lower === 'and' && gerund(tokens[index + 4]))) && !tokens.slice(index + 2).some(isCompanys))) return true
  // "a dedicated analytics screen for visualizing data": a screen for one of the reader's
  // actions; "a single platform for managing servicing workflows" too (not "the leading platform for…").
  if (tokens.some((token, index) => (uiNouns.has(token.lower) || token.lower === 'functionality' || (wayNouns.has(token.lower) && !tokens.slice(Math.max(0, index - 3), index).some((word) => /^(leading|best|top|premier|#1|number)$/.test(word.lower)))) && tokens[index + 1]?.lower === 'for' && readerGerunds.has(tokens[index + 2]?.lower ?? '') && !tokens.slice(index + 2).some(isCompanys))) return true
  // "security features to protect business data": a safeguard for the reader's data.
  if (tokens.some((token, index) => token.lower === 'to' && /^(protect|secure|safeguard)$/.test(tokens[index + 1]?.lower ?? '') && tokens.slice(index + 2, index + 5).some((word) => /^(data|information|records|files|documents)$/.test(word.lower)) && !isCompanys(tokens[index + 2]))) return true
  // "our template is perfect for securely sharing and storing documents": what the reader does
  // with it (not "ideal for hosting our team events").
  if (tokens.some((token, index) => /^(ideal|perfect)$/.test(token.lower) && tokens[index + 1]?.lower === 'for' && (tokens[index + 2]?.tag === 'VBG' || (/ly$/.test(tokens[index + 2]?.lower ?? '') && tokens[index + 3]?.tag === 'VBG')) && !tokens.slice(index + 2, index + 8).some(isCompanysOrUs))) return true
  // "Our template is ideal for document management and resource sharing within IT teams".
  if (tokens.some((token, index) => token.lower === 'ideal' && tokens[index + 1]?.lower === 'for' && tokens.slice(index + 2, index + 5).some((word) => effortNouns.has(word.lower) && !burdenNouns.has(word.lower)) && !isCompanys(tokens[index + 2]))) return true
  // "the perfect platform for creating highly automated IT management workflows": the same after an -ing verb.
  if (tokens.some((token, index) => token.lower === 'for' && tokens[index + 1]?.tag === 'VBG' && easedEffort(tokens, index + 2))) return true
  // "for recording services, on-site or in the field", "project estimates, anywhere, on any
  // device": wherever the reader works, about a product (not "Our team works on-site").
  // Not a modifier: "an on-site clinic", "on-site and remote interpreting".
  const anywhere = (index: number, phrase: string[]) => phrase.every((word, at) => tokens[index + at]?.lower === word) && !/^(NN|JJ|VBG|CC)/.test(tokens[index + phrase.length]?.tag ?? '')
  if (!tokens.some((token) => staffNouns.has(token.lower)) && tokens.some((_, index) => anywhereMatcher.some((phrase) => anywhere(index, phrase)))) return true
  // "a built-in JavaScript editor, to quickly add functionality": the reader's action, made quick.
  if (tokens.some((token, index) => token.lower === 'to' && speedAdverbs.has(tokens[index + 1]?.lower ?? '') && /^VB/.test(tokens[index + 2]?.tag ?? ''))) return true
  // "built for automating workflows": the purpose verb as a gerund.
  if (tokens.some((token, index) => token.lower === 'for' && gainGerunds.has(tokens[index + 1]?.lower ?? ''))) return true
  // "new functionality that will improve everyone's experience": a gain in a relative clause.
  for (let index = 0; index < tokens.length - 2; index++) {
    if (!relativeWords.has(tokens[index]!.lower)) continue
    const verb = /^(will|can|'ll|helps|help)$/.test(tokens[index + 1]!.lower) ? index + 2 : index + 1
    if (gainVerbs.has(tokens[verb]?.lower ?? '') && objectNamesEffort(tokens, verb, false)) return true
  }
  // "Our company directory template is designed to foster collaboration": the reader's team's gain.
  if (tokens.some((token, index) => token.lower === 'to' && builtOrDesigned.test(tokens[index - 1]?.lower ?? '') && /^(foster|improve|boost|encourage|support|maximize|maximise|increase)$/.test(tokens[index + 1]?.lower ?? '') && tokens.slice(index + 2, index + 5).some((word) => teamGains.has(word.lower)))) return true
  // "rules to make workflows as efficient as possible", "We've obsessed over making this
  // experience as simple, yet powerful, as possible".
  for (let index = 0; index < tokens.length - 2; index++) {
    const making = tokens[index]!.lower === 'making' && /^(this|the|your|every|each)$/.test(tokens[index + 1]!.lower)
    if (!making && (tokens[index]!.lower !== 'to' || tokens[index + 1]!.lower !== 'make')) continue
    for (let at = index + 2; at < tokens.length && at <= index + 6; at++) {
      if (!tokens[at]!.word) break
      if (easierWords.has(tokens[at]!.lower) || (tokens[at - 1]!.lower === 'as' && easeWords.has(tokens[at]!.lower))) return true
    }
  }
  return false
}

/**
 * Whether the words from `from` are an object that names the reader's work or experience
 * made easy: an ease word, then an effort noun ("simple, streamlined user experiences",
 * "highly automated project management workflows").
 */
function easedEffort(tokens: Token[], from: number): boolean {
  let eased = false
  for (let at = from; at < tokens.length && at <= from + 7; at++) {
    const token = tokens[at]!
    if (!token.word && token.lower !== ',') return false
    if (isCompanys(token)) return false
    if (easeWords.has(token.lower) || easedWords.has(token.lower)) eased = true
    // Not for the company's own people ("simple reporting for our sales team").
    else if (eased && effortNouns.has(token.lower) && !burdenNouns.has(token.lower)) return !(tokens[at + 1]?.lower === 'for' && isCompanys(tokens[at + 2]))
    // "supports a wide variety of process automations": the reader's process, automated.
    else if (/^automations?$/.test(token.lower) && /^(process|workflow|built-in)$/.test(tokens[at - 1]?.lower ?? '')) return true
  }
  return false
}

/**
 * Whether the object of the clause's verb names the reader's ease or ability: an ease word
 * (`objectEaseWords` in words.json) or one of `objectAbilities` before a noun ("simple yet
 * powerful CRUD functionality", "an intuitive, single-screen interface", "a customizable
 * formula variable"), "the flexibility to" + a verb, or "customization" in a list ("unrivaled
 * functionality, customization, and development times"). Not after "our" or "its" (the
 * company's own things), nor a superlative ("the most intuitive platform on the market" is a
 * claim), nor past a comma or a clause of its own.
 */
function easedObject(tokens: Token[], clause: Clause): boolean {
  // Only what is offered or built in: "We have built a simple office in Austin" is the company's.
  const verb = clause.main
  // "We've based it on a simple two-step … workflow" too.
  const through =
    (/^(built|designed|made)$/.test(verb) && tokens.slice(clause.verbs[1] + 1, clause.verbs[1] + 5).some((word) => /^(around|using|with)$/.test(word.lower))) ||
    (verb === 'based' && tokens.slice(clause.verbs[1] + 1, clause.verbs[1] + 4).some((word) => word.lower === 'on'))
  // "With fast, intuitive app-building experiences, our low-code platform is…": a lead-in.
  if (tokens[0]?.lower === 'with' && tokens.slice(1, clause.subject[0]).some((word, at, before) => objectEaseWords.has(word.lower) && before.slice(at + 1).some((next) => /^NN/.test(next.tag)))) return true
  const offers = [verb, verb.replace(/d$/, ''), verb.replace(/ed$/, '')].some((form) => offeringVerbs.has(form) || providingVerbs.has(form) || objectVerbs.has(form))
  // "Our directory template uses a simple and familiar form interface": after "use", only
  // what the reader sees ("uses simple relationships to link three tables" is how it is made).
  const uses = /^(use|uses|used)$/.test(verb)
  // "We've added a dynamic filter component": after "add", only a filter or an ability.
  const adds = /^(add|adds|added)$/.test(verb)
  if (!(offers || through || uses || adds)) return false
  for (let at = clause.verbs[1] + 1; at < tokens.length && at <= clause.verbs[1] + 10; at++) {
    const token = tokens[at]!
    if (!token.word && token.lower !== ',') return false
    // A purpose or a relative clause of its own ("…, to provide simple reporting").
    if (/^(to|that|which|who)$/.test(token.lower)) return false
    if (/^(our|its|their)$/.test(token.lower) && at > clause.verbs[1] + 1 && !/^(around|using|with|on)$/.test(tokens[at - 1]!.lower)) return false
    if (/^(JJS|RBS)$/.test(token.tag) || token.lower === 'most') return false
    if (token.lower === 'flexibility' && tokens[at + 1]?.lower === 'to' && /^VB/.test(tokens[at + 2]?.tag ?? '')) return true
    // "customization" in a list, "a high degree of searchability", "guidance to anyone…".
    if (abilityNouns.has(token.lower) || (offers && helpNouns.has(token.lower))) return true
    // "a dynamic filter component": a search or filter the reader uses.
    if (/^(filter|search)$/.test(token.lower) && /^(component|components|tool|tools|option|options|menu|menus|bar)$/.test(tokens[at + 1]?.lower ?? '')) return true
    if (adds || !(objectEaseWords.has(token.lower) || objectAbilities.has(token.lower))) continue
    // An adjective before a noun, or before more adjectives and then one ("simple yet powerful CRUD functionality").
    for (let next = at + 1; next < tokens.length && next <= at + 5; next++) {
      const word = tokens[next]!
      // Not the company's people ("a responsive team"), nor for its own ("screens for our sales team").
      if (uses && /^NN/.test(word.tag) && !tokens.slice(next, next + 3).some((head) => wayNouns.has(head.lower) || uiNouns.has(head.lower))) continue
      // "based it on a simple … workflow", not "based our prices on a simple markup".
      if (verb === 'based' && /^NN/.test(word.tag) && !tokens.slice(next, next + 4).some((head) => wayNouns.has(head.lower) || uiNouns.has(head.lower) || effortNouns.has(head.lower))) continue
      // Nor its own premises ("We have a simple office in Austin").
      if (/^NN/.test(word.tag)) return !staffNouns.has(word.lower) && !ownNouns.has(word.lower) && !companyPlaces.has(word.lower) && !tokens.slice(next + 1, next + 4).some((after, index, rest) => after.lower === 'for' && isCompanys(rest[index + 1]))
      // "offers fast builds": the tagger may read a plural noun right after the ease word as a verb (fast/RB builds/VBZ).
      if (next === at + 1 && word.tag === 'VBZ' && (!tokens[next + 1]?.word || /^(and|or)$/.test(tokens[next + 1]!.lower))) return true
      // The tagger reads some participles as past tenses ("an intuitive and powerful scheduled maintenance template").
      if (!(/^(JJ|RB|CC|VBN|VBG|VBD)$/.test(word.tag) || word.lower === ',' || /^(yet|and|but)$/.test(word.lower))) break
    }
  }
  return false
}

/**
 * Whether what is offered or built in is a feature that works for the reader: a quality of
 * use before it ("dynamic filters", "a real-time calendar", "clear and unambiguous data
 * fields"), work done for the reader ("automated communications", "auto-generated feedback
 * reports", "notifications for vehicles that are due"), the reader's action before it ("a
 * vacation approval functionality"), or the reader's action as its purpose ("functionality
 * to record absences", "charts and graphs to visualize statistics", "a central database for
 * storing…", "functionality for data collection"). Not in a claim (a superlative), nor for
 * the company's own people or things ("dashboards for our sales team", "tools to grow our
 * business").
 */
function featureServesReader(tokens: Token[], clause: Clause): boolean {
  let start = clause.verbs[1] + 1
  // "We've built our template around two permission tiers": what it is made of comes after
  // "around" (the words before it name the product itself).
  const through = tokens.slice(start, start + 5).findIndex((word) => /^(around|on|with|using)$/.test(word.lower))
  const builtAround = /^(built|designed|based)$/.test(clause.main) && through >= 0
  if (builtAround) start += through + 1
  else if (!featureVerbs.has(clause.main)) return false
  let end = start
  while (end < tokens.length && end <= start + 25 && !/^[.;!?]$/.test(tokens[end]!.lower)) end++
  const object = tokens.slice(start, end)
  const own = isCompanysOrUs
  if (object.some((word, index) => /^(JJS|RBS)$/.test(word.tag) || word.lower === 'most' || staffNouns.has(word.lower) || ownNouns.has(word.lower) || (word.lower === 'for' && own(object[index + 1])))) return false
  const feature = (word: Token | undefined) => word !== undefined && isToolNoun(word.lower)
  for (let index = 0; index < object.length; index++) {
    const word = object[index]!
    // "dynamic filters", "clear and unambiguous data fields", "automated communications".
    if (featureQualities.has(word.lower)) {
      // Work done for the reader, or done at once: before any noun ("instantaneous asset requests").
      const automation = /^(automated|automatic|auto-\w+|autogenerated|instant|instantaneous)$/.test(word.lower)
      for (let next = index + 1; next < object.length && next <= index + 4; next++) {
        const noun = object[next]!
        if (feature(noun) || (automation && /^NN/.test(noun.tag))) return true
        if (!noun.word && noun.lower !== ',') break
      }
    }
    // "We've provided notifications for vehicles that are due…": the product alerts the
    // reader, as the head of the object (not an item of a feature list: "includes shift
    // swapping, overtime alerts…"). "We've also implemented searchability": an ability of the reader's.
    if (alertNouns.has(word.lower) && index <= 2 && /^(for|when|whenever|if|about|on)$/.test(object[index + 1]?.lower ?? '')) return true
    if (abilityNouns.has(word.lower) || word.lower === 'conditionality') return true
    // "a choice of four design themes, with full control over branding": the reader's choice.
    if ((word.lower === 'choice' && object[index + 1]?.lower === 'of') || (word.lower === 'control' && object[index + 1]?.lower === 'over' && !own(object[index + 2]))) return true
    // "We've built our management platform around independent distributors, who need to…":
    // around the people the reader serves (not "around our customers").
    if (builtAround && index <= 3 && /^NNS/.test(word.tag) && servedNouns.has(word.lower) && !object.slice(0, index).some(own)) return true
    // "a vacation approval functionality", "data visualization screens" (not a name of the
    // product: "our approval workflow software").
    if (actionNouns.has(word.lower) && feature(object[index + 1]) && !object.slice(Math.max(0, index - 3), index).some(own)) return true
    if (!feature(word)) continue
    const [next, after] = [object[index + 1], object[index + 2]]
    // Not a purpose about the company's own ("tools to grow our business", "a dashboard for tracking our own sales").
    if (object.slice(index + 2, index + 9).some(own)) continue
    // "functionality to record absences".
    if (next?.lower === 'to' && after && /^VB/.test(after.tag)) return true
    // "an additional form, for IT workers to qualify and respond to incidents": for a group of
    // the reader's people, who do the verb.
    const purpose = next?.lower === 'for' ? index + 2 : next?.lower === ',' && after?.lower === 'for' ? index + 3 : -1
    if (purpose > 0) {
      let at = purpose
      while (at < object.length && at <= purpose + 2 && object[at]!.word && object[at]!.lower !== 'to' && !own(object[at])) at++
      if (at > purpose && /^NNS/.test(object[at - 1]!.tag) && object[at]?.lower === 'to' && /^VB/.test(object[at + 1]?.tag ?? '')) return true
    }
    // "a database for storing…", "functionality for data collection, analysis, and visualization".
    if (next?.lower === 'for' && after && (after.tag === 'VBG' || actionNouns.has(after.lower) || actionNouns.has(object[index + 3]?.lower ?? ''))) return true
  }
  return false
}

/**
 * Whether the clause's verb is "have", "maintain", "run", "host", "publish", "write", "offer"
 * or "provide" with a help resource in its object ("video tutorials", "a community Slack
 * group", "We have written out extensive docs", "We offer extensive paid support options").
 */
function pointsToHelp(tokens: Token[], clause: Clause): boolean {
  if (!helpVerbs.has(clause.main)) return false
  // "We also offer free SSO, as well as enterprise support packages": a list item too.
  let pastComma = false
  for (let at = clause.verbs[1] + 1; at < tokens.length && at <= clause.verbs[1] + 9; at++) {
    const token = tokens[at]!
    if (!token.word && token.lower !== ',') return false
    // Past a comma, only support plans ("Our shelter has 40 beds, an on-site clinic and a
    // community kitchen" names no help).
    if (!token.word) {
      pastComma = true
      continue
    }
    if (pastComma && token.lower !== 'support') continue
    // "the fastest support in town" is a claim.
    if (/^(JJS|RBS)$/.test(token.tag)) return false
    // "support for a wide range of data sources" and "Rest API support" are what it works
    // with, not help ("enterprise support packages" and "customer support" are).
    // After "offer" or "provide", support must come as plans the reader picks ("paid support
    // options"): "We offer round-the-clock support in eleven languages" is a selling point.
    // "enterprise supports packages": a typo for "support packages".
    if (token.lower === 'supports' && supportPlans.has(tokens[at + 1]?.lower ?? '')) return true
    if (helpResources.has(token.lower)) {
      if (token.lower !== 'support') return true
      if (tokens[at + 1]?.lower === 'for' || tokens[at - 1]?.tag === 'NNP') return false
      return !offeringVerbs.has(clause.main) || supportPlans.has(tokens[at + 1]?.lower ?? '')
    }
  }
  return false
}

/**
 * Whether the words from `from` say something should be easy ("access … should be as
 * frictionless as possible", "forms should be simple"), about anything but the company.
 */
function wantsItEasy(tokens: Token[], from: number): boolean {
  for (let at = from; at < tokens.length - 2; at++) {
    const token = tokens[at]!
    if (/^(we|our|us|ourselves)$/.test(token.lower)) return false
    if (!/^(should|must)$/.test(token.lower) || tokens[at + 1]!.lower !== 'be') continue
    const word = tokens[at + 2]!.lower === 'as' ? tokens[at + 3]?.lower : tokens[at + 2]!.lower
    return easeWords.has(word ?? '') || usableWords.has(word ?? '')
  }
  return false
}

/** "For urgent issues, we have a community Slack group": a lead-in that names the reader's need. */
function opensWithReadersNeed(tokens: Token[]): boolean {
  // "To ensure that agencies have a choice with respect to hosting, we offer…": a lead-in
  // purpose whose subject is the reader or a group the company serves (not "To ensure
  // that we stay ahead, we invest…").
  if (tokens[0]?.lower === 'to' && /^(ensure|make)$/.test(tokens[1]?.lower ?? '')) {
    let at = tokens[1]!.lower === 'make' ? (tokens[2]?.lower === 'sure' ? 3 : -1) : 2
    if (at < 0) return false
    if (tokens[at]?.lower === 'that') at++
    const subject = tokens[at]
    if (!subject || /^(we|our|us|it|its|the|this|they)$/.test(subject.lower) || !/^NNS/.test(subject.tag) || staffNouns.has(subject.lower)) return false
    return /^(have|get|can|receive|keep|stay|know|find)$/.test(tokens[at + 1]?.lower ?? '')
  }
  if (tokens[0]?.lower !== 'for') return false
  let at = 1
  if (/^(JJ|DT)/.test(tokens[at]?.tag ?? '') || needModifiers.has(tokens[at]?.lower ?? '')) at++
  return needNouns.has(tokens[at]?.lower ?? '') && tokens[at + 1]?.lower === ','
}

// readerCanDo tries these on every token of the sentences it reads; a regular-expression
// literal inside the callback would be a new object each time.
const canOrCould = /^(can|could)$/
const builtOrDesigned = /^(built|designed)$/
const worksVerb = /^works?$/

/** "Our template can be expanded with…", "which can be customized": what the reader can do with it. */
function readerCanDo(tokens: Token[], readerNouns: ReadonlySet<string>): boolean {
  return tokens.some((token, index) => {
    // "can be used", "can also be deployed", "can be easily extended".
    if (canOrCould.test(token.lower)) {
      let at = index + 1
      if (tokens[at]?.tag === 'RB') at++
      if (tokens[at]?.lower !== 'be') return false
      at++
      if (tokens[at]?.tag === 'RB') at++
      return readerActions.has(tokens[at]?.lower ?? '')
    }
    // "built to expand and scale": it grows with the reader, as "can be expanded" does.
    // Not with an object: "built to grow market share" is the company's gain.
    if (builtOrDesigned.test(token.lower) && tokens[index + 1]?.lower === 'to' && /^(scale|expand|grow)$/.test(tokens[index + 2]?.lower ?? '')) {
      const next = tokens[index + 3]
      return !next?.word || /^(and|or|with|as|alongside)$/.test(next.lower)
    }
    // "works perfectly on all kinds of devices", "works on any device": wherever the reader is.
    // Not the company's people: "Our team works perfectly at head office".
    if (worksVerb.test(token.lower) && !tokens.slice(0, index).some((word) => staffNouns.has(word.lower))) {
      let at = index + 1
      if (worksAdverbs.has(tokens[at]?.lower ?? '')) at++
      // "works just as well in the field as it does at head office".
      else if (tokens[at]?.lower === 'just' && tokens[at + 1]?.lower === 'as' && tokens[at + 2]?.lower === 'well') at += 3
      // "works perfectly at head office, on the factory floor, or on location": wherever the reader is.
      if (at > index + 1 && /^(at|on|in|anywhere|everywhere|offline)$/.test(tokens[at]?.lower ?? '')) return true
      // "work perfectly as stand-alone tools, or within wider systems": however the reader uses it.
      if (at > index + 1 && tokens[at]?.lower === 'as' && tokens.slice(at + 1, at + 4).some((word) => wayNouns.has(word.lower))) return true
    }
    // "built for both agency and internal use", "designed for personal use": whatever the
    // reader's setting is.
    if (tokens[index + 1]?.lower === 'for' && /^(built|designed|made)$/.test(token.lower)) {
      const own = isCompanys(tokens[index + 2])
      for (let at = index + 2; !own && at < tokens.length && at <= index + 6 && tokens[at]!.word; at++) {
        if (tokens[at]!.lower === 'use' && (!tokens[at + 1]?.word || tokens[at + 1]!.lower === 'cases')) return true
      }
    }
    // "works perfectly on mobile, desktop, and tablet devices", "looks and feels beautiful,
    // on mobile, tablet, and desktop devices": wherever the reader is.
    if (/^(on|across)$/.test(token.lower) && tokens.slice(Math.max(0, index - 6), index).some((word) => deviceVerbs.has(word.lower)) && tokens.slice(index + 1, index + 8).some((word) => deviceNouns.has(word.lower))) return true
    // "built for growing businesses": it grows with the reader, as "built to scale" does.
    if (tokens[index + 1]?.lower === 'for' && /^(built|designed|made)$/.test(token.lower) && growingWords.has(tokens[index + 2]?.lower ?? '') && groupNouns.has(tokens[index + 3]?.lower ?? '')) return true
    // "built to work at head office, on the factory floor, or in the field": wherever the reader is.
    if (builtOrDesigned.test(token.lower) && tokens[index + 1]?.lower === 'to' && tokens[index + 2]?.lower === 'work' && /^(at|on|in|anywhere|everywhere|offline|across|wherever)$/.test(tokens[index + 3]?.lower ?? '')) return true
    // "built for maximum efficiency", "designed for maximum usability", "built for efficiency".
    // "built for maximum oversight, efficiency, and automation": any item of the list.
    // "…, offering maximum efficiency": the same as a result.
    if (token.lower === 'for' || offeringVerbs.has(token.lower)) {
      const next = degreeWords.has(tokens[index + 1]?.lower ?? '') ? index + 2 : index + 1
      for (let at = next; at < tokens.length && at <= next + 6; at += 2) {
        if (builtForGains.has(tokens[at]?.lower ?? '')) return true
        // "designed for maximum internal adoption": one adjective first.
        if (at === next && /^JJ/.test(tokens[at]?.tag ?? '') && builtForGains.has(tokens[at + 1]?.lower ?? '')) return true
        if (!tokens[at]?.word || !/^(,|and|or)$/.test(tokens[at + 1]?.lower ?? '')) break
        if (tokens[at + 1]!.lower === ',' && /^(and|or)$/.test(tokens[at + 2]?.lower ?? '')) at++
      }
    }
    // "allows even users with low digital skills to manage their own admin queries".
    if (/^(allow|allows|enable|enables|empower|empowers|let|lets|help|helps)$/.test(token.lower) && tokens[index + 1]?.lower === 'even' && readerNouns.has(tokens[index + 2]?.lower ?? '') && tokens.slice(index + 3, index + 9).some((word, at, rest) => word.lower === 'to' && /^VB/.test(rest[at + 1]?.tag ?? ''))) return true
    // "offers unrivaled deployment times, developer experiences, and cost-effectiveness": a
    // degree word, then a list that names the reader's effort or gain.
    if (offeringVerbs.has(token.lower) && degreeWords.has(tokens[index + 1]?.lower ?? '')) {
      for (let at = index + 2; at < tokens.length && at <= index + 10 && (tokens[at]!.word || tokens[at]!.lower === ','); at++) {
        if (isCompanys(tokens[at])) break
        if ((builtForGains.has(tokens[at]!.lower) || effortNouns.has(tokens[at]!.lower)) && !burdenNouns.has(tokens[at]!.lower)) return true
      }
    }
    // "All of our design components are thoroughly tested for common accessibility standards":
    // an assurance the reader relies on, under any heading.
    if (/^(tested|certified|audited|checked)$/.test(token.lower) && /^(for|against)$/.test(tokens[index + 1]?.lower ?? '') && tokens.slice(index + 2, index + 5).some((word) => assuranceWords.has(word.lower))) return true
    // "Our design components are also fully accessibility tested".
    if (/^(tested|certified|audited)$/.test(token.lower) && assuranceWords.has(tokens[index - 1]?.lower ?? '')) return true
    // "Our REST API allows the programming of automation", "extension options that allow
    // customization of any view": what it lets the reader do, as a noun; not "enables the
    // development of our products".
    if (/^(allow|allows|enable|enables|permit|permits)$/.test(token.lower)) {
      const noun = tokens[index + 1]?.lower === 'the' ? index + 2 : index + 1
      if (/[a-z](?:tion|sion|ment|ing)$/.test(tokens[noun]?.lower ?? '') && tokens[noun + 1]?.lower === 'of' && !/^(our|its|us)$/.test(tokens[noun + 2]?.lower ?? '')) return true
    }
    // "a fully deployable and customizable system": what the reader can do, before a noun too.
    if (readerAbilities.has(token.lower) && /^(fully|completely|totally|easily|quickly|instantly|readily|infinitely|highly|100%)$/.test(tokens[index - 1]?.lower ?? '')) return true
    // "fully mobile responsive", without the hyphen.
    if (token.lower === 'mobile' && tokens[index + 1]?.lower === 'responsive' && /^(fully|completely|totally|100%)$/.test(tokens[index - 1]?.lower ?? '')) return true
    // "offers complete flexibility and customization", "full customization".
    if (/^(customization|customisation)$/.test(token.lower) && tokens.slice(Math.max(0, index - 4), index).some((before) => /^(complete|full|total|endless|unlimited)$/.test(before.lower))) return true
    // "built for complete customization", "with total scope for customization".
    if (/^(built|designed|made|scope|room)$/.test(token.lower) && tokens[index + 1]?.lower === 'for') {
      const next = /^(complete|full|total|easy)$/.test(tokens[index + 2]?.lower ?? '') ? index + 3 : index + 2
      if (/^(customization|customisation)$/.test(tokens[next]?.lower ?? '')) return true
      if (/^(built|designed|made)$/.test(token.lower)) return false
    }
    // "Our filter components are fully customizable": the same, as an adjective after "be".
    if (!/^(is|are|'re|'s|be)$/.test(token.lower)) return false
    // "is also fully customizable", "is 100% customizable": adverbs may come first.
    let at = index + 1
    while (at < index + 3 && tokens[at]?.tag === 'RB' && !usableWords.has(tokens[at]!.lower)) at++
    if (/^\d+$/.test(tokens[at]?.lower ?? '') && /^(%|percent)$/.test(tokens[at + 1]?.lower ?? '')) at += 2
    // "our template is entirely intuitive": easy for the reader to use, said of the product.
    // Not "Our mission is simple:" before the mission.
    if (usableWords.has(tokens[at]?.lower ?? '') && (tokens[at + 1] === undefined || /^([.!,;]|and|or)$/.test(tokens[at + 1]!.lower))) return true
    return readerAbilities.has(tokens[at]?.lower ?? '')
  })
}

/** The first words of a frame around the company (see framedSubject): "It is our…", "What sets…", "Each of our…", "Not only…". */
function opensWithFrame(words: string[]): boolean {
  const [a, b, c] = words
  return (
    (a === 'it' && /^(is|'s|it's|was)$/.test(b ?? '') && (c === 'our' || b === "it's")) ||
    (a === "it's" && b === 'our') ||
    (a === 'what' && /^(sets|makes)$/.test(b ?? '')) ||
    (a === 'not' && b === 'only') ||
    (partitives.test(a ?? '') && b === 'of' && c === 'our')
  )
}

/**
 * "**Miriam Vincent:** Our mission is…": a speaker's answer in an interview, labelled with a
 * name of two or more capitalised words ("**Experience:** Our partners…" is a list label).
 */
function isInterviewAnswer(paragraph: Paragraph): boolean {
  return speakerLabel(paragraph) !== undefined
}

/** The speaker's label that opens an interview answer ("Miriam Vincent", "EH"), or undefined. */
function speakerLabel(paragraph: Paragraph): string | undefined {
  if (!isSpeech(paragraph)) return undefined
  const first = paragraph.children.find((node): node is Sentence => node.type === 'SentenceNode')
  const label: string[] = []
  for (const node of first?.children ?? []) {
    if (node.type === 'PunctuationNode' && node.value === ':') break
    if (node.type === 'WordNode') label.push(textOf(node))
  }
  // "**EH:**": a speaker's initials.
  if (label.length === 1 && /^[A-Z]{2,3}$/.test(label[0]!)) return label[0]
  return label.length >= 2 && label.every((word) => /^[A-Z]/.test(word)) ? label.join(' ') : undefined
}

/**
 * The paragraphs that go on with a speaker's answer in a transcript: those after a labelled
 * answer, up to the next label or heading. A page is a transcript only when a speaker speaks
 * at least twice; a title line ("Brightpath Driving School: lessons…") or a list of labelled
 * features ("Free Parking: …", "Fast Wi-Fi: …") never repeats its label.
 */
function answerContinuations(tree: Root): Set<Paragraph> {
  const found = new Set<Paragraph>()
  const labels = new Map<Paragraph, string>()
  const turns = new Map<string, number>()
  for (const block of tree.children) {
    if (block.type !== 'ParagraphNode') continue
    const label = speakerLabel(block)
    if (label === undefined) continue
    labels.set(block, label)
    turns.set(label, (turns.get(label) ?? 0) + 1)
  }
  if (![...turns.values()].some((count) => count >= 2)) return found
  let speaking = false
  for (const block of tree.children) {
    if (block.type !== 'ParagraphNode') continue
    const label = labels.get(block)
    if (label !== undefined) speaking = (turns.get(label) ?? 0) >= 2
    else if (blockData(block)?.kind === 'heading') speaking = false
    else if (speaking) found.add(block)
  }
  return found
}

/**
 * Items of numbered lists in which at least three items open with "We", or of any list of two
 * or more items under a heading that names a process ("How a project works", "What happens next"):
 * the steps of a procedure ("1. We start at the login page. 2. We fetch… 3. We are
 * redirected…"). Elsewhere a bulleted list of "We offer…" items is a list of claims, so only
 * numbered items count there.
 */
function numberedSteps(tree: Root, source: string): Set<Paragraph> {
  const found = new Set<Paragraph>()
  let run: Paragraph[] = []
  let opensWithWe = 0
  let process = false
  const close = () => {
    if (opensWithWe >= 3 || (process && run.length >= 2)) for (const item of run) found.add(item)
    run = []
    opensWithWe = 0
  }
  for (const block of tree.children) {
    if (block.type !== 'ParagraphNode') continue
    const start = block.position?.start.offset
    const item = blockData(block)?.kind === 'listItem' && start !== undefined
    // Under a process heading any list is its steps (an HTML <ol> has no digits in the source).
    if (!item || (!process && !numberedItem(source, start))) {
      close()
      const kind = blockData(block)?.kind
      if (kind === 'heading' || kind === 'title') process = processHeading.test(textOf(block))
      continue
    }
    run.push(block)
    const sentence = block.children.find((child) => child.type === 'SentenceNode')
    const first = sentence && wordsOf(sentence)[0]
    if (first && normal(first.node) === 'we') opensWithWe++
  }
  close()
  return found
}

/** A heading that names a process: "How a project works", "What happens next", "Our process", "Step by step". */
const processHeading = /\b(?:how (?:it|this|we|a|an|the|your|our|to)\b.*\bworks?|process|what happens|what to expect|next steps|step by step|steps)\b/i

/** Paragraphs in a section whose heading names a safeguard (see src/prose/assurance.json), subsections included. */
function safeguardParagraphs(tree: Root, brandWords: ReadonlySet<string>): Set<Paragraph> {
  const found = new Set<Paragraph>()
  let depth: number | undefined
  for (const block of tree.children) {
    if (block.type !== 'ParagraphNode') continue
    const data = blockData(block)
    if (data?.kind === 'heading') {
      const level = data.depth ?? 1
      // A subsection that asks about the company ("### Why choose Acme?") is its pitch, not a safeguard.
      if (depth !== undefined && (level <= depth || asksAboutCompany(textOf(block), brandWords))) depth = undefined
      if (depth === undefined && opensSafeguards(block, level)) depth = level
      continue
    }
    if (depth !== undefined) found.add(block)
  }
  return found
}

/**
 * The sentences under each heading that asks a question, up to the next heading (a list may
 * come first: "Employee check-in apps are based on two elements:", the list, then "Our
 * template uses…"), and of the paragraph after a question that is a paragraph of its own.
 */
function answerOpenings(tree: Root, brandWords: ReadonlySet<string>): Set<Sentence> {
  const found = new Set<Sentence>()
  let section = false
  let asked = false
  for (const block of tree.children) {
    if (block.type !== 'ParagraphNode') continue
    const kind = blockData(block)?.kind
    if (kind === 'heading') {
      const text = textOf(block)
      section = endsAsQuestion(text) && !asksAboutCompany(text, brandWords)
      asked = false
      continue
    }
    const sentences = block.children.filter((node): node is Sentence => node.type === 'SentenceNode')
    if (section || asked) {
      for (const node of sentences) found.add(node)
      asked = false
      continue
    }
    // An FAQ without heading markup: a one-sentence question of its own ("<summary>How does
    // pricing work?</summary>", a question line in plain text), then its answer.
    if (sentences.length === 1) {
      const text = textOf(sentences[0]!)
      asked = endsAsQuestion(text) && !asksAboutCompany(text, brandWords)
    }
  }
  return found
}

/**
 * "Why Brightpath?", "Why choose us?", "Who are we?", "What makes us different?": the
 * company's question about itself, not the reader's; its answer is a pitch.
 */
function asksAboutCompany(heading: string, brandWords: ReadonlySet<string>): boolean {
  // `brandWords` are the brands' first words in lower case.
  const words = heading.replace(/[?!.]+\s*$/, '').split(/\s+/)
  const first = words[0]?.toLowerCase()
  const self = words.some((word) => /^(us|we|our)$/i.test(word))
  // "What is Acme?" is the reader's question; "Why Acme?" and "WHY CHOOSE ACME ELECTRICAL?" are the company's.
  if (first === 'why') {
    if (self) return true
    return words.slice(1).some((word) => brandWords.has(word.replace(/['\u2019]s$/i, '').toLowerCase()))
  }
  return (first === 'who' || first === 'what') && self
}

const shortAnswers = /^(?:yes|no|yep|nope|absolutely|definitely|certainly|sure|indeed|of course|not yet|yes and no)$/i

/**
 * "Yes. We support any kind of application.", "Yes, we support…": the sentence that gives a
 * short answer to the reader's question (in an FAQ), or follows one, says why the answer
 * holds; the question is the reader's stake. So does the answer after a question that opens
 * its paragraph ("**Can I bring my child?** We treat children from the age of four").
 */
function answersQuestion(paragraph: Paragraph, sentence: Sentence, brandWords: ReadonlySet<string>): boolean {
  // "Yes, we support…": the answer and its reason in one sentence.
  const first = sentence.children.findIndex((node) => node.type === 'WordNode')
  const comma = sentence.children[first + 1]
  if (first !== -1 && comma?.type === 'PunctuationNode' && comma.value === ',' && shortAnswers.test(textOf(sentence.children[first]!))) return true
  // Only the paragraph's first three sentences are read (without a pass over a long paragraph).
  const opening: Sentence[] = []
  for (const node of paragraph.children) {
    if (node.type !== 'SentenceNode') continue
    opening.push(node)
    if (opening.length === 3) break
  }
  const short = (node: Sentence | undefined) => {
    const words = node?.children.filter((child) => child.type === 'WordNode').map((child) => textOf(child)) ?? []
    return words.length > 0 && shortAnswers.test(words.join(' '))
  }
  // The second sentence after a short answer ("Yes. We support…").
  if (opening[1] === sentence && short(opening[0])) return true
  // "**Can I bring my child?** Yes. We treat children from the age of four", "**Can we
  // store a car?** Not inside a unit, but we have 20 outdoor bays": the reader's question
  // (with I, my or me, or in the customer's voice) opens the paragraph, then its answer,
  // perhaps after a short one. "Need a new roof? We've been roofing Leeds since 1985" is a pitch.
  const readersQuestion = (node: Sentence | undefined) => node !== undefined && endsAsQuestion(textOf(node)) && (/\b(?:I|my|me|I'm|I've)\b/i.test(textOf(node)) || (isCustomerQuestion(node) && /\b(?:we|our|us)\b/i.test(textOf(node)))) && !asksAboutCompany(textOf(node), brandWords)
  // "We live in the US. Can my child still have lessons?": the reader's situation, then their question.
  if (opening.length === 2 && opening[0] === sentence && readersQuestion(opening[1]) && /\bmy\b/i.test(textOf(opening[1]!))) return true
  const asked = readersQuestion(opening[0])
  return asked && (opening[1] === sentence || (opening[2] === sentence && short(opening[1])))
}

/** "Dear 18F: We're curious about…": a reader's letter, in the reader's voice. */
function isLetter(paragraph: Paragraph): boolean {
  const first = paragraph.children.find((node) => node.type === 'SentenceNode')
  const word = first?.children.find((node) => node.type === 'WordNode')
  return word !== undefined && /^(dear|hi|hello|hey)$/i.test(textOf(word))
}

/**
 * "We will…", "we can…", "we'd need to…", "we want to…", "we plan to…": a plan, an
 * offer or a walkthrough step, not a claim about the company. Left alone: precision first.
 */
function isTentative(tokens: Token[], clause: Clause): boolean {
  const first = tokens[clause.verbs[0]]!
  if (first.tag === 'MD' || /^(can|cannot|could|will|would|should|may|might|must|'ll|'d)$/.test(first.lower)) return true
  const main = tokens[clause.verbs[1]]!
  const next = tokens[clause.verbs[1] + 1]
  if (/^(want|wants|need|needs)$/.test(main.lower)) return true
  if (/^(have|has|had|going|able|trying|planning|hoping|looking|plan|hope|intend|expect)$/.test(main.lower) && next?.lower === 'to') return true
  // Present progressive: "We're building a form", "we're likely working with…"; also when the
  // clause reader stops at an adverb ("we're gradually transitioning this…").
  let after = clause.verbs[0] + 1
  while (after < tokens.length && after <= clause.verbs[0] + 3 && tokens[after]!.tag === 'RB') after++
  if (/^(am|is|are|'re|'m)$/.test(first.lower) && after > clause.verbs[0] + 1 && tokens[after]?.tag === 'VBG') return true
  if (main.tag !== 'VBG' || clause.verbs[1] === clause.verbs[0]) return false
  let before = clause.verbs[1] - 1
  while (before > clause.verbs[0] && tokens[before]!.tag === 'RB') before--
  return /^(am|is|are|'re|'m)$/.test(tokens[before]!.lower)
}

/** The nlcst node where token `index` starts or ends: a part of a word for "We" of "We'll". */
function nodeOf(sentence: Sentence, tokens: Token[], index: number, side: 'start' | 'end'): NlcstNode {
  const token = tokens[index]!
  const node = sentence.children[token.child]!
  const sameWord = (other: Token | undefined) => other !== undefined && other.child === token.child
  if (node.type === 'WordNode' && side === 'end' && sameWord(tokens[index + 1])) {
    // The word's parts are [text, "'", text]: end on the first text part.
    return node.children[0] ?? node
  }
  return node
}

function previousNode(children: Sentence['children'], index: number): Sentence['children'][number] | undefined {
  for (let at = index - 1; at >= 0; at--) {
    const node = children[at]!
    if (node.type !== 'WhiteSpaceNode') return node
  }
  return undefined
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) && !/^[A-Z][a-z]+[A-Z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text
}

export const rule: RuleModule<WeFocusOptions> = {meta, plugin: retextYoufirstWeFocus}

/** Whether `text` ends with a question mark, perhaps before white space. */
function endsAsQuestion(text: string): boolean {
  return text.trimEnd().endsWith('?')
}

/**
 * Whether the line before `start` is only a number and its `.` or `)` ("12. "): a numbered
 * list item's marker. Only the few characters before it are read, so a long line is not
 * searched back to its start for each block.
 */
function numberedItem(source: string, start: number): boolean {
  const from = Math.max(0, start - 24)
  const before = source.slice(from, start)
  const newline = before.lastIndexOf('\n')
  if (newline === -1 && from > 0) return false
  return /^\s*\d+[.)]\s*$/.test(before.slice(newline + 1))
}
