/**
 * SARIF 2.1.0: the report format code scanning services read (GitHub code scanning, Azure
 * DevOps, the SARIF viewers). One run, with every rule youfirst ships in `tool.driver.rules`
 * and one result per finding. See README, "CI and pull requests".
 *
 * The object model is typed with `@types/sarif` (DefinitelyTyped's typings of the SARIF
 * 2.1.0 schema; types only, nothing at run time), so the compiler checks property names
 * and enumerations against the standard. Builder libraries such as node-sarif-builder
 * add a dependency and file handling for what is a plain object here.
 *
 * Positions: `startLine`, `startColumn`, `endLine` and `endColumn` are youfirst's own
 * (1-based, end exclusive, as SARIF's are), and columns count UTF-16 code units, which
 * the run declares with `columnKind: "utf16CodeUnits"`. A fix's `charOffset` and
 * `charLength` count UTF-16 code units from the start of the text after a byte-order mark.
 */
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type * as Sarif from 'sarif'
import {getRule, ruleIds} from '../engine/registry.js'
import type {FileResult, Finding} from '../types.js'
import {version} from '../version.js'
import type {FormatContext} from './index.js'

export const sarifSchemaUri = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json'
const informationUri = 'https://github.com/youfirst-lint/youfirst'
const srcRoot = '%SRCROOT%'

/** Findings that are not a rule's (the file had to be read another way). */
const builtIn: Record<string, {description: string; url: string}> = {
  'parse-error': {
    description: 'Files youfirst could not parse as their format and linted another way (for example MDX read as Markdown).',
    url: 'https://github.com/youfirst-lint/youfirst#parse-errors'
  }
}

export function sarif(results: FileResult[], context: FormatContext): string {
  const sorted = [...results].sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0))

  // Every shipped rule, then any other rule id that occurs (so `ruleIndex` always resolves).
  const rules: Sarif.ReportingDescriptor[] = []
  const index = new Map<string, number>()
  const addRule = (id: string) => {
    if (index.has(id)) return
    const meta = getRule(id)?.meta
    const known = builtIn[id]
    index.set(id, rules.length)
    rules.push({
      id,
      shortDescription: {text: meta?.description ?? known?.description ?? id},
      ...(meta?.url || known?.url ? {helpUri: meta?.url ?? known!.url} : {}),
      defaultConfiguration: {level: meta?.defaultSeverity === 'error' ? 'error' : 'warning'},
      ...(meta ? {properties: {fixable: meta.fixable}} : {})
    })
  }
  for (const id of ruleIds()) addRule(id)

  const sarifResults: Sarif.Result[] = []
  for (const file of sorted) {
    const location = artifactLocation(file.filePath, context.cwd)
    for (const finding of file.messages) {
      addRule(finding.ruleId)
      sarifResults.push(result(finding, index.get(finding.ruleId)!, location))
    }
  }

  const log: Sarif.Log = {
    $schema: sarifSchemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: {driver: {name: 'youfirst', version, semanticVersion: version, informationUri, rules}},
        originalUriBaseIds: {[srcRoot]: {uri: pathToFileURL(context.cwd.endsWith(path.sep) ? context.cwd : context.cwd + path.sep).href}},
        columnKind: 'utf16CodeUnits',
        results: sarifResults
      }
    ]
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

function result(finding: Finding, ruleIndex: number, location: Sarif.ArtifactLocation): Sarif.Result {
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: finding.severity === 2 ? 'error' : 'warning',
    message: {text: finding.message},
    locations: [
      {
        physicalLocation: {
          artifactLocation: location,
          region: {startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn}
        }
      }
    ],
    ...(finding.fix
      ? {
          fixes: [
            {
              description: {text: finding.fix.text === '' ? `Delete “${finding.actual}”` : `Replace “${finding.actual}” with “${finding.fix.text}”`},
              artifactChanges: [
                {
                  artifactLocation: location,
                  replacements: [
                    {
                      deletedRegion: {charOffset: finding.fix.range[0], charLength: finding.fix.range[1] - finding.fix.range[0]},
                      insertedContent: {text: finding.fix.text}
                    }
                  ]
                }
              ]
            }
          ]
        }
      : {})
  }
}

/**
 * Where a file is: a relative URI under `%SRCROOT%` (the working folder) for files inside it,
 * an absolute `file:` URI for files outside it, and the name itself for standard input.
 */
function artifactLocation(filePath: string, cwd: string): Sarif.ArtifactLocation {
  if (!path.isAbsolute(filePath)) return {uri: encodePath(filePath.split(/[\\/]/))}
  const relative = path.relative(cwd, filePath)
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return {uri: pathToFileURL(filePath).href}
  return {uri: encodePath(relative.split(path.sep)), uriBaseId: srcRoot}
}

/** A relative URI reference from path segments: each segment percent-encoded (spaces, `#`, `?`, `:`, non-ASCII). */
function encodePath(segments: string[]): string {
  return segments.map((segment) => encodeURIComponent(segment)).join('/')
}
