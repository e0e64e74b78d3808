/**
 * The engine: lint one text. Parse it into the prose tree, run the active rules, turn their
 * messages into findings with exact positions, and drop what inline comments silence.
 *
 * It reads no files and writes nothing: the CLI, the language server and worker threads all
 * call this one function.
 */
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {resolveConfig, type ResolvedConfig} from '../config/resolve.js'
import {formatFor, parse, type ProseDocument} from '../parse/index.js'
import type {MessageExtras} from '../prose/rule.js'
import {fileStats} from '../score/score.js'
import type {Config, Edit, FileResult, Finding, Format, RuleSetting} from '../types.js'
import {createControl} from './control.js'
import {transformer} from './registry.js'

export interface LintOptions {
  /** Path of the file (for the format and for `overrides`); not read. */
  filePath?: string
  /** Configuration; defaults to every rule at its default severity. */
  config?: Config
  /** Folder the config's globs are relative to (default: the current folder). */
  configDir?: string
  /** Format; by default from the file extension, else Markdown. */
  format?: Format
  /** Rule settings applied after the config (as `--rule` does). */
  rules?: Record<string, RuleSetting>
  /** A configuration already resolved for this file (skips resolution). */
  resolved?: ResolvedConfig
}

const bom = '\uFEFF'
const parseErrorUrl = 'https://github.com/youfirst-lint/youfirst#parse-errors'

/** Lint `text` and return the findings, sorted by position. */
export function lint(text: string, options: LintOptions = {}): FileResult {
  return lintDocument(text, options).result
}

/** Lint `text`, and also return the prose tree it was linted from (the report scores its sentences). */
export function lintDocument(text: string, options: LintOptions = {}): {result: FileResult; document: ProseDocument; brands: string[]} {
  const source = text.startsWith(bom) ? text.slice(1) : text
  const format = options.format ?? (options.filePath ? formatFor(options.filePath) : undefined) ?? 'markdown'
  const resolved =
    options.resolved ??
    resolveConfig(options.config ?? {}, options.configDir ?? process.cwd(), options.filePath, options.rules)

  const document = parse(source, {format, frontMatterKeys: resolved.frontMatterKeys})
  const file = new VFile({value: source, ...(options.filePath ? {path: options.filePath} : {})})
  const severity = new Map<string, 1 | 2>()
  for (const rule of resolved.rules) {
    severity.set(rule.id, rule.severity)
    transformer(rule.id, rule.options)(document.tree, file)
  }

  const place = location(source)
  const lineOf = (offset: number) => place.toPoint(offset)?.line ?? place.toPoint(Math.max(0, offset - 1))?.line ?? 1
  const silenced = createControl(document.directives, lineOf)
  const messages: Finding[] = []
  // In HTML, text before the first tag decides how the tags after it are read (whether a
  // doctype counts, whether a stray end tag makes an element): no automatic fix starts there.
  const firstTag = format === 'html' ? source.search(/<[!?/a-zA-Z]/) : -1

  for (const message of file.messages) {
    const ruleId = message.ruleId ?? 'unknown'
    const start = message.place && 'start' in message.place ? message.place.start.offset : message.place?.offset
    const end = message.place && 'end' in message.place ? message.place.end.offset : start
    if (start === undefined || end === undefined) continue
    const startPoint = point(place, start)
    if (silenced(ruleId, start, startPoint.line)) continue
    const endPoint = point(place, end)
    const extras = message as typeof message & MessageExtras
    // The last line of defence for "fixes never damage text": a fix that would touch a line
    // break or markup is only offered as a suggestion, whatever the rule thought.
    let fix = extras.fix
    let suggestions = extras.suggestions
    if (fix && !safeEdit(source, fix, firstTag)) {
      suggestions = [{desc: `Replace “${source.slice(fix.range[0], fix.range[1])}” with “${fix.text}”`, fix}, ...(suggestions ?? [])]
      fix = undefined
    }
    messages.push({
      ruleId,
      severity: severity.get(ruleId) ?? 1,
      message: message.reason,
      line: startPoint.line,
      column: startPoint.column,
      endLine: endPoint.line,
      endColumn: endPoint.column,
      range: [start, end],
      actual: message.actual ?? source.slice(start, end),
      expected: message.expected ?? [],
      url: message.url ?? '',
      ...(fix ? {fix} : {}),
      ...(suggestions ? {suggestions} : {})
    })
  }

  for (const notice of document.notices) {
    const at = point(place, notice.offset)
    messages.push({
      ruleId: 'parse-error',
      severity: 1,
      message: notice.message,
      line: at.line,
      column: at.column,
      endLine: at.line,
      endColumn: at.column,
      range: [notice.offset, notice.offset],
      actual: '',
      expected: [],
      url: parseErrorUrl
    })
  }

  messages.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.ruleId.localeCompare(b.ruleId))
  const result: FileResult = {
    filePath: options.filePath ?? '<text>',
    messages,
    errorCount: messages.filter((finding) => finding.severity === 2).length,
    warningCount: messages.filter((finding) => finding.severity === 1).length,
    fixableCount: messages.filter((finding) => finding.fix !== undefined).length,
    stats: fileStats(document.tree, messages, resolved.brands)
  }
  return {result, document, brands: resolved.brands}
}

/** Characters an automatic fix may never remove or insert: line breaks and markup. */
const unsafe = /[\r\n<>[\]()*_`|\\{}&]/

function safeEdit(source: string, edit: Edit, firstTag: number): boolean {
  const [start, end] = edit.range
  if (firstTag >= 0 && start < firstTag) return false
  return start >= 0 && end >= start && end <= source.length && !unsafe.test(source.slice(start, end)) && !unsafe.test(edit.text)
}

function point(place: ReturnType<typeof location>, offset: number): {line: number; column: number} {
  const found = place.toPoint(offset)
  if (found) return {line: found.line, column: found.column}
  // Just past the last character.
  const last = place.toPoint(Math.max(0, offset - 1))
  return {line: last?.line ?? 1, column: (last?.column ?? 0) + 1}
}
