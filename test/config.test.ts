/**
 * The published JSON Schema and config resolution.
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {configSchema} from '../src/config/schema.js'
import {resolveConfig} from '../src/config/resolve.js'
import {validateConfig, ConfigError, schemaDigest} from '../src/config/load.js'
import {rules} from '../rules/index.js'

const root = path.resolve(import.meta.dirname, '..')

describe('configuration schema', () => {
  it('the published schema is the one youfirst validates with (run `npm run schema` after changing rules)', () => {
    const published = JSON.parse(fs.readFileSync(path.join(root, 'schema', 'youfirstrc.schema.json'), 'utf8')) as unknown
    expect(published).toEqual(configSchema())
  })

  it('lists every rule for editor completion', () => {
    const properties = (configSchema().properties as {rules: {properties: Record<string, unknown>}}).rules.properties
    expect(Object.keys(properties)).toEqual(rules.map((rule) => rule.meta.id))
  })

  it('accepts a full config and rejects unknown keys', () => {
    const config = {
      $schema: './node_modules/youfirst/schema/youfirstrc.schema.json',
      brands: ['Acme'],
      rules: {brag: ['error', {allow: ['premier']}]},
      ignore: ['drafts/**'],
      overrides: [{files: ['about/**'], rules: {brag: 'off'}}],
      frontMatterKeys: ['title', 'seo.description']
    }
    expect(validateConfig(config, 'x')).toEqual(config)
    expect(() => validateConfig({overrides: [{rules: {}}]}, 'cfg.yaml')).toThrow(new ConfigError('cfg.yaml', 'overrides[0]: must have required property \'files\''))
  })

  it('the built validator is precompiled from this schema and reports as the compiled one does', async () => {
    const built = (await import(path.join(root, 'dist/src/config/load.js'))) as typeof import('../src/config/load.js')
    const generated = createRequire(import.meta.url)(path.join(root, 'dist/src/config/validate.generated.cjs')) as {default: unknown; digest: string}
    expect(generated.digest).toBe(schemaDigest(configSchema()))
    expect(built.configValidator()).toBe(generated.default)
    const bad = [
      {rules: {bragg: 'off'}},
      {rules: {brag: 'loud'}},
      {rules: {brag: ['warn', {allow: 'premier'}]}},
      {overrides: [{files: 'about/**', rules: {}}]},
      {brands: [1]},
      {colour: true}
    ]
    for (const value of bad) {
      const expected = (() => {
        try {
          validateConfig(value, 'c.yaml')
        } catch (error) {
          return (error as Error).message
        }
        return 'valid'
      })()
      expect(expected).not.toBe('valid')
      expect(() => built.validateConfig(value, 'c.yaml')).toThrow(expected)
    }
  })
})

describe('resolving a config for a file', () => {
  it('starts from every rule at its default severity', () => {
    const resolved = resolveConfig({}, '/site')
    expect(resolved.rules.map((rule) => rule.id)).toEqual(rules.map((rule) => rule.meta.id))
    expect(resolved.frontMatterKeys).toEqual(['title', 'description'])
  })

  it('applies rules, overrides in order, then command-line rules, keeping options', () => {
    const config = {
      brands: ['Acme'],
      rules: {brag: ['error', {allow: ['premier']}] as ['error', {allow: string[]}]},
      overrides: [
        {files: ['about/**'], rules: {brag: 'warn' as const}},
        {files: ['about/legal.md'], rules: {brag: 'off' as const}}
      ]
    }
    const brag = (file: string, cli = {}) => resolveConfig(config, '/site', file, cli).rules.find((rule) => rule.id === 'brag')
    expect(brag('/site/home.md')).toEqual({id: 'brag', severity: 2, options: {allow: ['premier'], brands: ['Acme']}})
    expect(brag('/site/about/team.md')).toEqual({id: 'brag', severity: 1, options: {allow: ['premier'], brands: ['Acme']}})
    expect(brag('/site/about/legal.md')).toBeUndefined()
    expect(brag('/site/about/legal.md', {brag: 'error'})?.severity).toBe(2)
    expect(resolveConfig({ignore: ['drafts/**']}, '/site', '/site/drafts/a.md').ignored).toBe(true)
    expect(resolveConfig({ignore: ['drafts/**']}, '/site', '/site/a.md').ignored).toBe(false)
  })
})
