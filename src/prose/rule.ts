/**
 * The contract every rule in `rules/<id>/` follows, and the helper rules use to report.
 *
 * A rule is a retext plugin: `plugin(options)` returns a transformer `(tree, file)` that
 * reads the nlcst tree and adds messages to the file. It never changes the tree and never
 * touches the disk, so the CLI, the language server and worker threads can all run it.
 */
import type {Node as NlcstNode, Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Edit, Suggestion} from '../types.js'

/** Where each rule's documentation lives. */
export const docsBase = 'https://github.com/youfirst-lint/youfirst/blob/main/rules/'

export function ruleUrl(id: string): string {
  return `${docsBase}${id}/README.md`
}

export interface RuleMeta {
  id: string
  /** One line: what the rule flags. */
  description: string
  url: string
  /** Severity in the default configuration. */
  defaultSeverity: 'warn' | 'error'
  /** JSON Schema of the rule's options (besides the shared `brands`). */
  schema: Record<string, unknown>
  /** Whether some findings carry a safe `fix`. */
  fixable: boolean
  /** Whether some findings carry `suggestions`. */
  hasSuggestions: boolean
}

/** Option schema: a list of words or phrases as strings, or as entries matching `entry`. */
export function entryListSchema(entry: Record<string, unknown>): Record<string, unknown> {
  return {type: 'array', items: {anyOf: [{type: 'string', minLength: 1}, entry]}}
}

/** Option schema: a list of strings (such as `allow`). */
export const stringListSchema: Record<string, unknown> = {type: 'array', items: {type: 'string'}}

/** Options every rule receives from the engine, besides its own. */
export interface SharedOptions {
  /** The organisation's own company and product names. */
  brands?: string[]
}

export type Transformer = (tree: Root, file: VFile) => void

export interface RuleModule<Options = Record<string, unknown>> {
  meta: RuleMeta
  plugin: (options?: Options & SharedOptions) => Transformer
}

/** Extra fields youfirst puts on vfile messages. */
export interface MessageExtras {
  fix?: Edit
  suggestions?: Suggestion[]
}

export interface ReportOptions extends MessageExtras {
  ruleId: string
  reason: string
  /** First and last node of the flagged text (the same node for one word). */
  start: NlcstNode
  end?: NlcstNode
  actual: string
  expected?: string[]
  url: string
}

/** Add a finding to `file` the way retext plugins do, with youfirst's extras. */
export function report(file: VFile, options: ReportOptions): void {
  const start = options.start.position?.start
  const end = (options.end ?? options.start).position?.end
  // VFileMessage is an Error, so building one captures a stack trace that vfile-message then
  // throws away; on dense copy that was a tenth of the lint time. A finding needs no stack.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message: ReturnType<VFile['message']>
  try {
    message = file.message(options.reason, {
      place: start && end ? {start, end} : undefined,
      ruleId: options.ruleId,
      source: 'youfirst'
    })
  } finally {
    Error.stackTraceLimit = limit
  }
  message.actual = options.actual
  message.expected = options.expected ?? []
  message.url = options.url
  if (options.fix) (message as MessageExtras).fix = options.fix
  if (options.suggestions) (message as MessageExtras).suggestions = options.suggestions
}
