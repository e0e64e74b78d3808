/**
 * What kind of page a document is. Some pages speak in the company's voice by nature: a
 * privacy policy says "we collect…, we use…", and rewriting it around the reader is a job for
 * lawyers, not for a copy linter. In others "we" is someone else: the customer telling their
 * story. Document-level rules skip them, and prose that is not English.
 */
import type {Paragraph, Root} from 'nlcst'
import {blockData, textOf} from './words.js'

/** Words that, in a short title, make it a policy or legal page. */
const policyWords = new Set([
  'privacy', 'policy', 'policies', 'terms', 'cookie', 'cookies', 'accessibility', 'legal', 'disclaimer',
  'gdpr', 'ccpa', 'dpa', 'notice', 'licence', 'license', 'eula', 'sla', 'imprint', 'impressum', 'trademark',
  'trademarks', 'compliance', 'vulnerability', 'disclosure'
])

/**
 * The page's title: the front-matter `title`, else the HTML `<title>`, else the first
 * heading. Undefined when the document has none.
 */
export function pageTitle(tree: Root): Paragraph | undefined {
  let title: Paragraph | undefined
  let heading: Paragraph | undefined
  for (const block of tree.children) {
    if (block.type !== 'ParagraphNode') continue
    const data = blockData(block)
    if (data?.kind === 'frontMatter' && data.key === 'title') return block
    if (data?.kind === 'title') title ??= block
    if (data?.kind === 'heading' && !data.quote) heading ??= block
  }
  return title ?? heading
}

/** Folders of policy and legal pages. */
const policyFolders = inFolder('policy|policies|legal|terms')
/** Front matter that files the page as legal text: `type = "legal"`, `layout: policy`. */
const policyFrontMatter = frontMatterField('type|layout|category|kind', 'legal|policy|privacy|terms')
/** Files of legal text: a licence, a notice, terms, a privacy or cookie policy. */
const policyFiles = /(?:^|[\\/])(?:licen[cs]e|copying|notice|eula|terms|privacy|cookies?|disclaimer|imprint|impressum)(?:[-._][^\\/]*)?$/i

/**
 * Whether the page is a privacy policy, terms of service, accessibility statement or the
 * like: by its title, or, when `file` is given, by its folder, its file name (`LICENSE`,
 * `privacy.md`) or its front matter (`type = "legal"`).
 */
export function isPolicyPage(tree: Root, file?: FileLike): boolean {
  if (file?.path && (policyFolders.test(file.path) || policyFiles.test(file.path))) return true
  if (file && policyFrontMatter.test(frontMatterHead(file))) return true
  const title = pageTitle(tree)
  if (!title) return false
  // A part of the title, split at | – — :, of up to six words that names the page
  // ("Privacy Policy | Acme", "Terms of Service"); not "AI contract review for in-house legal
  // teams", whose "legal" names the reader.
  return textOf(title)
    .toLowerCase()
    .split(/\s[|\u2013\u2014-]\s|[|:]/)
    .some((part) => {
      const words = part.split(/[^a-z]+/).filter(Boolean)
      // Not "Free legal help in Leeds", "Legal aid": a service the page offers.
      return words.length <= maxPolicyTitleWords && words.some((word, at) => policyWords.has(word) && !(word === 'legal' && legalServices.has(words[at + 1] ?? '')))
    })
}

const maxPolicyTitleWords = 6
/** Nouns after "legal" that make it a service rather than the page's own terms. */
const legalServices = new Set(['help', 'advice', 'aid', 'service', 'services', 'support', 'representation', 'expenses', 'cover', 'protection', 'clinic', 'centre', 'center', 'team', 'teams', 'fees', 'costs'])

/** Words of a title that make the page a customer's story, told in the customer's voice. */
const storyTitle =
  /\b(?:case stud(?:y|ies)|customer stor(?:y|ies)|user stor(?:y|ies)|success stor(?:y|ies)|journey with|(?:how|why) [\w.&'’ -]{1,40}? (?:uses?|chose|chooses|switched to|moved to|migrated to|adopted))\b/i

/**
 * Whether the page is a customer story ("How Trip.com uses Cilium", "Imagine Learning's
 * journey with Linkerd"): its "we" is the customer's team, not the company.
 */
export function isCustomerStory(tree: Root): boolean {
  const title = pageTitle(tree)
  return title !== undefined && storyTitle.test(textOf(title))
}

/** Short words that make up about a fifth of any English prose, and few other languages use. */
const englishWords = new Set(['the', 'and', 'of', 'to', 'is', 'for', 'that', 'with', 'this', 'are', 'be', 'it', 'you', 'your', 'we', 'our', 'was', 'will', 'can', 'have'])

/**
 * Whether the document's prose is English: at least 8% of its words are common English
 * function words. Undecided (true) below 50 words.
 */
export function isEnglish(tree: Root): boolean {
  let english = englishTrees.get(tree)
  if (english === undefined) englishTrees.set(tree, (english = countEnglish(tree)))
  return english
}

/** Each tree's answer: four rules ask for the same file. */
const englishTrees = new WeakMap<Root, boolean>()

function countEnglish(tree: Root): boolean {
  let words = 0
  let english = 0
  for (const block of tree.children) {
    if (block.type !== 'ParagraphNode') continue
    for (const sentence of block.children) {
      if (sentence.type !== 'SentenceNode') continue
      for (const node of sentence.children) {
        if (node.type !== 'WordNode') continue
        words++
        if (englishWords.has(textOf(node).toLowerCase())) english++
      }
    }
    if (words > 2000) break
  }
  return words < 50 || english >= words * 0.08
}

/**
 * Folders that hold articles: blog posts, news, release notes, guides in a resource library
 * (often written as the reader's own team: "our network", "our IT team"), and case studies
 * (a story of work done for one client, told in the past tense).
 */
const articleFolders = inFolder(
  'blog|blogs|posts|_posts|news|articles|changelog|changelogs|release-notes|releases|press|stories|resources|glossary|learn|case-studies|case-study|casestudies|success-stories|customer-stories|customers|projects|portfolio'
)
/** File names of a page of case studies: `success-stories.md`, `case-studies.html`. */
const articleFiles = fileNamed('success-stories|case-studies|customer-stories')
/** File names of a benchmark write-up (`time-series-benchmark-suite.mdx`): the team reports its method and results. */
const reportFiles = /(?:^|[\\/])[^\\/]*benchmark[^\\/]*\.[a-z]+$/i
/** Folders of reference documentation, written about a product's users rather than to a buyer. */
const docsFolders = inFolder('docs|documentation|reference|manual|guides|tutorial|tutorials')
/** Folders of job ads: written about the team and the role, for a candidate rather than a buyer. */
const jobFolders = inFolder('jobs|careers|job|vacancies|openings')
/** Folders of an organisation's handbook: written by the team for the team. */
const handbookFolders = inFolder('handbook|handbooks|playbook|playbooks')
/** Front matter of an article: an author, or a post layout. */
const articleFrontMatter = /^(?:---|\+\+\+)\r?\n[\s\S]*?^(?:authors?\s*[:=]|layout\s*[:=]\s*["']?post\b)/m

interface FileLike {
  path?: string
  value?: unknown
}

/** A path holding a folder with one of `names` (alternatives joined by |). */
function inFolder(names: string): RegExp {
  return new RegExp(`(?:^|[\\\\/])(?:${names})(?:[\\\\/]|$)`, 'i')
}

/** A path whose file is one of `names` (alternatives joined by |), with any extension. */
function fileNamed(names: string): RegExp {
  return new RegExp(`(?:^|[\\\\/])(?:${names})\\.[a-z]+$`, 'i')
}

/** Front matter (YAML or TOML) with a line `<key>: <value>` or `<key> = "<value>"`. */
function frontMatterField(keys: string, values: string): RegExp {
  return new RegExp(`^(?:---|\\+\\+\\+)\\r?\\n[\\s\\S]*?^(?:${keys})\\s*[:=]\\s*["']?(?:${values})["']?\\s*$`, 'm')
}

/** The start of the file, where front matter would be. */
function frontMatterHead(file: FileLike): string {
  return typeof file.value === 'string' ? file.value.slice(0, 3000) : ''
}

/**
 * Whether the page is an article (a blog post, news item, release note or case study): found by its
 * folder or by an author in its front matter. Articles report on people ("Users can now
 * find clearer answers on the new site") rather than address a buyer.
 */
export function isArticle(file: FileLike): boolean {
  if (file.path && (articleFolders.test(file.path) || articleFiles.test(file.path))) return true
  return articleFrontMatter.test(frontMatterHead(file))
}

/**
 * A benchmark write-up (`time-series-benchmark-suite.mdx`): the team tells how it measured
 * and what it found, so its "we" narrates, as in an article. Its other rules read it as a
 * product page: it still speaks about and to the reader.
 */
export function isReport(file: FileLike): boolean {
  return file.path !== undefined && reportFiles.test(file.path)
}

/** Folders of page fragments that templates include: a card grid or a footer, not a document. */
const fragmentFolders = inFolder('partials|_partials|includes|_includes|snippets|_snippets')

/** Whether the file is a fragment included in other pages (`layouts/partials/…`), by its folder. */
export function isFragment(file: FileLike): boolean {
  return file.path !== undefined && fragmentFolders.test(file.path)
}

/** File names of a recruiting page: `careers.md`, `join.md`, `join-us.html`. */
const jobFiles = fileNamed('jobs|careers|hiring|vacancies|join|join-us|join-the-team')
/** A page named for an organisation's careers or jobs: `acme-careers.html`, `medra-jobs.md`. */
const namedJobFiles = /(?:^|[\\/])[\w.-]+-(?:careers|jobs|vacancies)\.[a-z]+$/i

/** Whether the page is a job ad, by its folder (`jobs`, `careers`…) or its file name (`join.md`). */
export function isJobAd(file: FileLike): boolean {
  return file.path !== undefined && (jobFolders.test(file.path) || jobFiles.test(file.path) || namedJobFiles.test(file.path))
}

/** Front matter of a documentation page: `layout: docs`, `type: documentation`. */
const docsFrontMatter = frontMatterField('layout|type', 'docs?|documentation')
/** Front matter that places the page in a documentation sidebar (Docusaurus's `sidebar_position`, `sidebar_label`). */
const sidebarFrontMatter = frontMatterField('sidebar_position|sidebar_label', '.+')

/** Whether the page is reference documentation, by its folder or its front matter. */
export function isDocumentation(file: FileLike): boolean {
  if (file.path !== undefined && docsFolders.test(file.path)) return true
  const head = frontMatterHead(file)
  return docsFrontMatter.test(head) || sidebarFrontMatter.test(head)
}

/** Whether the page belongs to a team handbook, by its folder or its title. */
export function isHandbook(tree: Root, file: FileLike): boolean {
  if (file.path && handbookFolders.test(file.path)) return true
  const title = pageTitle(tree)
  return title !== undefined && /\bhandbook\b/i.test(textOf(title))
}
