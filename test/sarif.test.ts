/**
 * `--format sarif`, checked against the SARIF 2.1.0 JSON schema and against what youfirst
 * itself reports and fixes.
 *
 * The schema is the one Microsoft's SARIF SDK ships in @microsoft/jest-sarif
 * (`sarif-2.1.0-rtm.5.json`, draft-04): no npm package ships the OASIS file
 * `sarif-schema-2.1.0.json` itself, and rtm.5 differs from it only in the patterns of GUID
 * and language properties, which youfirst does not write. It is validated with Ajv (already
 * youfirst's validator) through ajv-draft-04, and ajv-formats checks the `uri` and
 * `uri-reference` formats the file names must meet.
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import AjvDraft04 from 'ajv-draft-04'
import addFormatsModule from 'ajv-formats'
import type * as Sarif from 'sarif'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {sarif} from '../src/format/sarif.js'
import type {FileResult} from '../src/types.js'
import {version} from '../src/version.js'
import {cli, tempTree} from './helpers/cli.js'

const require = createRequire(import.meta.url)
const schemaFile = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')
const Ajv = AjvDraft04.default
const addFormats = addFormatsModule.default
// strict: false lets the schema's own keywords (such as `id`) pass; unicodeRegExp: false
// compiles its `language` pattern, which has a stray `]` that Unicode-mode regexes reject.
const ajv = new Ajv({allErrors: true, strict: false, unicodeRegExp: false})
addFormats(ajv)
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as object)

function expectValid(log: unknown): void {
  const valid = validate(log)
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([])
  expect(valid).toBe(true)
}

const off = Object.fromEntries(rules.map((rule) => [rule.meta.id, 'off']))
const bragOnly = JSON.stringify({rules: {...off, brag: 'warn'}})
const brag = 'You get world-class support.\n'

async function sarifOf(files: Record<string, string>, ...args: string[]): Promise<{log: Sarif.Log; cwd: string; code: number}> {
  const cwd = tempTree({'.youfirstrc.json': bragOnly, ...files})
  const {code, stdout, stderr} = await cli(['--format', 'sarif', '--jobs', '1', ...args], {cwd})
  expect(stderr).toBe('')
  return {log: JSON.parse(stdout) as Sarif.Log, cwd, code}
}

/** Apply a result's fix replacements to the source, last first. */
function applyFix(source: string, result: Sarif.Result): string {
  const replacements = result.fixes!.flatMap((fix) => fix.artifactChanges.flatMap((change) => change.replacements))
  let output = source
  for (const replacement of [...replacements].sort((a, b) => b.deletedRegion.charOffset! - a.deletedRegion.charOffset!)) {
    const start = replacement.deletedRegion.charOffset!
    output = output.slice(0, start) + (replacement.insertedContent?.text ?? '') + output.slice(start + replacement.deletedRegion.charLength!)
  }
  return output
}

describe('--format sarif', () => {
  it('writes a valid SARIF 2.1.0 log with the tool, its rules and each finding', async () => {
    const {log, cwd, code} = await sarifOf({'page.md': brag, 'clean.md': 'You get help within an hour.\n'})
    expect(code).toBe(0)
    expectValid(log)
    expect(log.version).toBe('2.1.0')
    expect(log.$schema).toBe('https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json')
    expect(log.runs).toHaveLength(1)
    const run = log.runs[0]!
    expect(run.columnKind).toBe('utf16CodeUnits')
    expect(run.originalUriBaseIds).toEqual({'%SRCROOT%': {uri: pathToFileURL(cwd + path.sep).href}})

    const driver = run.tool.driver
    expect(driver.name).toBe('youfirst')
    expect(driver.version).toBe(version)
    expect(driver.version).toBe((JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}).version)
    expect(driver.informationUri).toBe('https://github.com/youfirst-lint/youfirst')
    // Every rule youfirst ships, configured on or off, in registry order.
    expect(driver.rules!.map((rule) => rule.id)).toEqual(rules.map((rule) => rule.meta.id))
    for (const [index, rule] of rules.entries()) {
      expect(driver.rules![index]).toEqual({
        id: rule.meta.id,
        shortDescription: {text: rule.meta.description},
        helpUri: rule.meta.url,
        defaultConfiguration: {level: rule.meta.defaultSeverity === 'error' ? 'error' : 'warning'},
        properties: {fixable: rule.meta.fixable}
      })
    }

    const bragIndex = rules.findIndex((rule) => rule.meta.id === 'brag')
    expect(run.results).toEqual([
      {
        ruleId: 'brag',
        ruleIndex: bragIndex,
        level: 'warning',
        message: {text: '“world-class” is self-praise the reader can’t check: cut it, or show the proof'},
        locations: [
          {
            physicalLocation: {
              artifactLocation: {uri: 'page.md', uriBaseId: '%SRCROOT%'},
              region: {startLine: 1, startColumn: 9, endLine: 1, endColumn: 20}
            }
          }
        ],
        fixes: [
          {
            description: {text: 'Delete “world-class”'},
            artifactChanges: [
              {
                artifactLocation: {uri: 'page.md', uriBaseId: '%SRCROOT%'},
                replacements: [{deletedRegion: {charOffset: 8, charLength: 12}, insertedContent: {text: ''}}]
              }
            ]
          }
        ]
      }
    ])
  })

  it('gives fixes that turn the file into what --fix writes', async () => {
    // CRLF line endings count in offsets; the two fixes do not overlap, so both apply at once.
    const source = '# Acme\r\n\r\nYou get world-class support.\r\n\r\nYou get the best-in-class tools.\r\n'
    const {log, cwd} = await sarifOf({'page.md': source})
    expectValid(log)
    const results = log.runs[0]!.results!
    expect(results.map((result) => result.locations![0]!.physicalLocation!.region)).toEqual([
      {startLine: 3, startColumn: 9, endLine: 3, endColumn: 20},
      {startLine: 5, startColumn: 13, endLine: 5, endColumn: 26}
    ])
    let fixed = source
    for (const result of [...results].reverse()) fixed = applyFix(fixed, result)
    expect(fixed).toBe('# Acme\r\n\r\nYou get support.\r\n\r\nYou get the tools.\r\n')
    await cli(['--fix', '--jobs', '1', 'page.md'], {cwd})
    expect(fs.readFileSync(path.join(cwd, 'page.md'), 'utf8')).toBe(fixed)
  })

  it('counts columns in UTF-16 code units and offsets after a byte-order mark', async () => {
    const {log} = await sarifOf({'emoji.md': '\uFEFF😀 You get world-class support.\n'})
    expectValid(log)
    const result = log.runs[0]!.results![0]!
    expect(result.locations![0]!.physicalLocation!.region).toEqual({startLine: 1, startColumn: 12, endLine: 1, endColumn: 23})
    expect(result.fixes![0]!.artifactChanges[0]!.replacements[0]!.deletedRegion).toEqual({charOffset: 11, charLength: 12})
  })

  it('encodes file names as URI references relative to the working folder', async () => {
    const {log} = await sarifOf({'sub dir/a#1 é?.md': brag, 'x:y.md': brag})
    expectValid(log)
    expect(log.runs[0]!.results!.map((result) => result.locations![0]!.physicalLocation!.artifactLocation)).toEqual([
      {uri: 'sub%20dir/a%231%20%C3%A9%3F.md', uriBaseId: '%SRCROOT%'},
      {uri: 'x%3Ay.md', uriBaseId: '%SRCROOT%'}
    ])
  })

  it('names files outside the working folder with absolute file URIs', async () => {
    const outside = tempTree({'.youfirstrc.json': bragOnly, 'page.md': brag})
    const cwd = tempTree({})
    const {stdout} = await cli(['--format', 'sarif', '--jobs', '1', path.join(outside, 'page.md')], {cwd})
    const log = JSON.parse(stdout) as Sarif.Log
    expectValid(log)
    expect(log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation).toEqual({uri: pathToFileURL(path.join(outside, 'page.md')).href})
  })

  it('marks errors as errors, keeps the exit code, and reports standard input by its name', async () => {
    const {log, code} = await sarifOf({'page.md': brag}, '--rule', 'brag:error')
    expectValid(log)
    expect(code).toBe(1)
    expect(log.runs[0]!.results![0]!.level).toBe('error')

    const cwd = tempTree({'.youfirstrc.json': bragOnly})
    const piped = await cli(['--format', 'sarif', '--stdin', '--stdin-filename', 'docs/page.md'], {cwd, stdin: brag})
    const stdinLog = JSON.parse(piped.stdout) as Sarif.Log
    expectValid(stdinLog)
    expect(stdinLog.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation).toEqual({uri: 'docs/page.md', uriBaseId: '%SRCROOT%'})
  })

  it('adds a rule for parse errors when one occurs, so every ruleIndex resolves', () => {
    const result: FileResult = {
      filePath: '/site/page.mdx',
      messages: [{ruleId: 'parse-error', severity: 1, message: 'Could not parse as MDX', line: 2, column: 1, endLine: 2, endColumn: 1, range: [5, 5], actual: '', expected: [], url: 'https://github.com/youfirst-lint/youfirst#parse-errors'}],
      errorCount: 0,
      warningCount: 1,
      fixableCount: 0,
      stats: {words: 0, readerRefs: 0, selfRefs: 0, brandRefs: 0, focusRate: null, score: 100}
    }
    const log = JSON.parse(sarif([result], {cwd: '/site', color: false})) as Sarif.Log
    expectValid(log)
    const driverRules = log.runs[0]!.tool.driver.rules!
    expect(driverRules).toHaveLength(rules.length + 1)
    expect(driverRules[rules.length]).toEqual({
      id: 'parse-error',
      shortDescription: {text: 'Files youfirst could not parse as their format and linted another way (for example MDX read as Markdown).'},
      helpUri: 'https://github.com/youfirst-lint/youfirst#parse-errors',
      defaultConfiguration: {level: 'warning'}
    })
    expect(log.runs[0]!.results![0]).toMatchObject({ruleId: 'parse-error', ruleIndex: rules.length, locations: [{physicalLocation: {artifactLocation: {uri: 'page.mdx'}, region: {startLine: 2, startColumn: 1, endLine: 2, endColumn: 1}}}]})
    expect(log.runs[0]!.results![0]!.fixes).toBeUndefined()
  })

  it('the schema check catches a broken log', () => {
    const log = JSON.parse(sarif([], {cwd: '/site', color: false})) as Sarif.Log
    expectValid(log)
    expect(log.runs[0]!.results).toEqual([])
    const broken = structuredClone(log) as unknown as {runs: Array<{results: unknown[]}>}
    broken.runs[0]!.results.push({level: 'fatal', message: {text: 'x'}, locations: [{physicalLocation: {region: {startLine: 0}}}]})
    expect(validate(broken)).toBe(false)
    expect(validate.errors!.map((error) => error.instancePath)).toEqual(
      expect.arrayContaining(['/runs/0/results/0/level', '/runs/0/results/0/locations/0/physicalLocation/region/startLine'])
    )
  })
})
