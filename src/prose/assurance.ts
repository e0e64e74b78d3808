/**
 * Sections about safeguards: a heading that names security, encryption, privacy, compliance,
 * backups… (assurance.json). The company states the safeguards the reader relies on in its
 * own voice, so such sections are not read as self-centred copy.
 */
import type {Paragraph} from 'nlcst'
import {normal, textOf} from './words.js'
import data from './assurance.json' with {type: 'json'}

/** Words that name a safeguard (assurance.json). */
export const assuranceWords: ReadonlySet<string> = new Set(data.assuranceWords)

/** Whether a heading names a safeguard: security, encryption, privacy, compliance, backups… */
export function namesAssurance(heading: Paragraph): boolean {
  for (const sentence of heading.children) {
    if (sentence.type !== 'SentenceNode') continue
    for (const node of sentence.children) if (node.type === 'WordNode' && assuranceWords.has(normal(node))) return true
  }
  return false
}

/**
 * Whether a heading at `depth` opens a section of safeguards. A page title (h1) covers the
 * whole page, so it counts only when it is short ("Security", "Privacy and security at
 * Acme"), not when security is what the page sells ("Security awareness training that
 * changes behaviour").
 */
export function opensSafeguards(heading: Paragraph, depth: number): boolean {
  return namesAssurance(heading) && (depth > 1 || textOf(heading).trim().split(/\s+/).length <= 5)
}
