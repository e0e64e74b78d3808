/**
 * Public types shared by the library, the CLI and every integration.
 */
import type {Root as NlcstRoot} from 'nlcst'

/** The source formats youfirst reads. */
export type Format = 'markdown' | 'mdx' | 'html' | 'text'

/** Severity as written in configuration. */
export type SeverityName = 'off' | 'warn' | 'error'

/** Severity in reports: 1 is a warning, 2 an error (as in ESLint). */
export type Severity = 1 | 2

/** One edit to the original source: replace `range` (UTF-16 offsets, end exclusive) with `text`. */
export interface Edit {
  range: [number, number]
  text: string
}

export interface Suggestion {
  desc: string
  fix: Edit
}

/** One finding, as it appears in the JSON report. */
export interface Finding {
  ruleId: string
  severity: Severity
  message: string
  /** 1-based line of the first flagged character. */
  line: number
  /** 1-based column (UTF-16 code units) of the first flagged character. */
  column: number
  /** 1-based line of the character after the flagged text. */
  endLine: number
  /** 1-based column just past the flagged text (end exclusive). */
  endColumn: number
  /** Offsets into the source: `source.slice(range[0], range[1])` is the flagged text. */
  range: [number, number]
  /** The flagged text, as the reader sees it. */
  actual: string
  /** Replacements, best first; an empty string means "delete". */
  expected: string[]
  /** Documentation of the rule. */
  url: string
  fix?: Edit
  suggestions?: Suggestion[]
}

/** Per-file statistics: words, who the copy refers to, and the customer-focus score (README, "Customer-focus score"). */
export interface FileStats {
  /** Prose words (code, URLs and markup are not prose). */
  words: number
  /** References to the reader: you, your, yours, yourself, yourselves, you're, you'll… */
  readerRefs: number
  /** References to the company: we, us, our, ours, ourselves, we're, let's… ("US" the country is not one). */
  selfRefs: number
  /** Mentions of the configured `brands`. */
  brandRefs: number
  /** readerRefs ÷ (readerRefs + selfRefs + brandRefs), 0 to 1 (four decimals); null when there are no references. */
  focusRate: number | null
  /** Customer-focus score, 0 to 100. */
  score: number
}

export interface FileResult {
  /** Absolute path, or the name given with `--stdin-filename`, or `<text>`. */
  filePath: string
  messages: Finding[]
  errorCount: number
  warningCount: number
  fixableCount: number
  stats: FileStats
}

/** A rule setting: a severity, or a severity with options. */
export type RuleSetting = SeverityName | [SeverityName, Record<string, unknown>?]

export interface Override {
  files: string[]
  rules?: Record<string, RuleSetting>
  brands?: string[]
}

/** Configuration, as written in `.youfirstrc*` or the `youfirst` key of `package.json`. */
export interface Config {
  $schema?: string
  brands?: string[]
  rules?: Record<string, RuleSetting>
  ignore?: string[]
  overrides?: Override[]
  frontMatterKeys?: string[]
}

/** Data youfirst attaches to each nlcst `ParagraphNode` it builds. */
export interface BlockData {
  /** What the block is in the source document. */
  kind:
    | 'paragraph'
    | 'heading'
    | 'listItem'
    | 'tableCell'
    | 'frontMatter'
    | 'title'
    | 'alt'
    | 'attribute'
    | 'button'
  /** Heading depth, for headings (1 to 6). */
  depth?: number
  /** True for a heading read from a plain-text line in capitals: it opens no section. */
  line?: boolean
  /** True inside a blockquote: someone else's words. */
  quote?: boolean
  /** True when the whole block is the text of a link or button. */
  cta?: boolean
  /** Source ranges of link and button text inside the block. */
  links?: Array<[number, number]>
  /** The front-matter key this block came from. */
  key?: string
}

export type {NlcstRoot}
