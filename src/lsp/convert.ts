/**
 * Turning youfirst's findings into Language Server Protocol objects: diagnostics, quick
 * fixes and edits. Pure functions of a document and a lint result, so they are tested
 * without a server.
 *
 * Positions: youfirst's `range` offsets count UTF-16 code units in the text without a
 * leading byte-order mark, and LSP positions count UTF-16 code units too, so an offset
 * becomes a position through the document's own `positionAt`, after adding 1 when the
 * document's text still starts with a BOM (VS Code strips it; other clients may not).
 */
import {
  CodeActionKind,
  DiagnosticSeverity,
  type CodeAction,
  type Diagnostic,
  type Range,
  type TextEdit,
  type WorkspaceEdit
} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {formatFor} from '../parse/index.js'
import type {Edit, Finding, Format} from '../types.js'

export const source = 'youfirst'

/** 1 when the document's text starts with a byte-order mark, which youfirst's offsets leave out. */
export function bomShift(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0
}

/** The LSP range of youfirst offsets `[start, end]` in `document`. */
export function toRange(document: TextDocument, range: readonly [number, number], shift: number): Range {
  return {start: document.positionAt(range[0] + shift), end: document.positionAt(range[1] + shift)}
}

export function toDiagnostic(document: TextDocument, finding: Finding, shift: number): Diagnostic {
  return {
    range: toRange(document, finding.range, shift),
    severity: finding.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: finding.ruleId,
    ...(finding.url ? {codeDescription: {href: finding.url}} : {}),
    source,
    message: finding.message
  }
}

/** A diagnostic for a problem with the whole document (a bad config, a document too large). */
export function documentDiagnostic(message: string, severity: DiagnosticSeverity, code: string): Diagnostic {
  return {range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, severity, code, source, message}
}

export interface EditTarget {
  document: TextDocument
  shift: number
  /** Send versioned `documentChanges` (when the client supports them) instead of `changes`. */
  documentChanges: boolean
}

export function workspaceEdit(target: EditTarget, edits: TextEdit[]): WorkspaceEdit {
  const {uri, version} = target.document
  return target.documentChanges ? {documentChanges: [{textDocument: {uri, version}, edits}]} : {changes: {[uri]: edits}}
}

function textEdit(target: EditTarget, edit: Edit): TextEdit {
  return {range: toRange(target.document, edit.range, target.shift), newText: edit.text}
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return `“${flat.length > 40 ? `${flat.slice(0, 39)}…` : flat}”`
}

/** The title of a finding's safe fix. */
export function fixTitle(finding: Finding, fix: Edit, text: string): string {
  if (fix.text === '') return `Remove ${quote(finding.actual || text.slice(fix.range[0], fix.range[1]))}`
  const replaced = text.slice(fix.range[0], fix.range[1])
  return replaced.trim() ? `Replace ${quote(replaced)} with ${quote(fix.text)}` : `Insert ${quote(fix.text)}`
}

/**
 * The quick fixes of one finding: its safe fix (preferred, so "fix on save" and "auto
 * fix" pick it) and each suggestion.
 * @param text the document's text without BOM (the text the offsets refer to)
 */
export function quickFixes(target: EditTarget, finding: Finding, diagnostic: Diagnostic, text: string): CodeAction[] {
  const actions: CodeAction[] = []
  if (finding.fix) {
    actions.push({
      title: fixTitle(finding, finding.fix, text),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      edit: workspaceEdit(target, [textEdit(target, finding.fix)])
    })
  }
  for (const suggestion of finding.suggestions ?? []) {
    actions.push({
      title: suggestion.desc,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: workspaceEdit(target, [textEdit(target, suggestion.fix)])
    })
  }
  return actions
}

/**
 * The smallest single edit that turns `before` into `after`: the text between their
 * common prefix and common suffix, never splitting a surrogate pair. Offsets are into
 * `before`; undefined when the texts are equal.
 */
export function minimalEdit(before: string, after: string): Edit | undefined {
  if (before === after) return undefined
  const limit = Math.min(before.length, after.length)
  let start = 0
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++
  let end = 0
  while (end < limit - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++
  // Keep surrogate pairs whole: step back over a low surrogate at the start, forward over one at the end.
  if (start > 0 && isLowSurrogate(before.charCodeAt(start))) start--
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--
  return {range: [start, before.length - end], text: after.slice(start, after.length - end)}
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** Edit offsets into a text, moved by `shift` (a BOM in front). */
export function shiftEdit(edit: Edit, shift: number): Edit {
  return {range: [edit.range[0] + shift, edit.range[1] + shift], text: edit.text}
}

const languages: Record<string, Format> = {
  markdown: 'markdown',
  mdx: 'mdx',
  html: 'html',
  plaintext: 'text',
  // Neovim sends its filetype as the language id.
  text: 'text'
}

/** The format of a document, from its language id, else from its path's extension. */
export function formatOf(languageId: string, filePath: string | undefined): Format | undefined {
  return languages[languageId] ?? (filePath ? formatFor(filePath) : undefined)
}
