/**
 * Sections about safeguards: a heading that names security, encryption, privacy, compliance,
 * backups… (assurance.json). The company states the safeguards the reader relies on in its
 * own voice, so such sections are not read as self-centred copy.
 */
import type {Paragraph} from 'nlcst'
import {normal} from './words.js'
import data from './assurance.json' with {type: 'json'}

const assuranceWords = new Set(data.assuranceWords)

/** Whether a heading names a safeguard: security, encryption, privacy, compliance, backups… */
export function namesAssurance(heading: Paragraph): boolean {
  for (const sentence of heading.children) {
    if (sentence.type !== 'SentenceNode') continue
    for (const node of sentence.children) if (node.type === 'WordNode' && assuranceWords.has(normal(node))) return true
  }
  return false
}
