/**
 * What youfirst's language server adds to the Language Server Protocol: its
 * initialization options and the `youfirst/stats` notification. Editor clients import
 * these types; the file has no runtime dependencies so a client bundle stays small.
 */

/** Options a client may send in `initialize`'s `initializationOptions`. */
export interface InitializationOptions {
  /** Milliseconds to wait after a change before linting (default 150). */
  debounce?: number
  /**
   * A config file used for every document instead of the nearest `.youfirstrc*`
   * (absolute, or relative to the first workspace folder).
   */
  configPath?: string
  /** Documents longer than this many characters are not linted (default 1,000,000; 0: no limit). */
  maxDocumentSize?: number
  /** Lint in a worker thread (default true), so a long lint never blocks the server. */
  worker?: boolean
}

export const defaults = {
  debounce: 150,
  maxDocumentSize: 1_000_000,
  worker: true
} as const

/** Method of the notification the server sends after each lint it publishes. */
export const statsMethod = 'youfirst/stats'

/** Parameters of `youfirst/stats`. */
export interface StatsParams {
  uri: string
  /** The document version the numbers describe. */
  version: number
  /** Number of findings published for the document. */
  findings: number
  /** Words of prose in the document. */
  words: number
  /** The document's customer-focus score, 0 to 100 (absent when it could not be linted). */
  score?: number
  /** Set when the document could not be linted (a bad config, or too large); one line. */
  problem?: string
}

/** The code action kind of "fix every safe problem". */
export const fixAllKind = 'source.fixAll.youfirst'
