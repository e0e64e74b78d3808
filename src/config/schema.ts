/**
 * The configuration schema. The JSON Schema published at `schema/youfirstrc.schema.json`
 * (for editor completion) is generated from this by `npm run schema`, and a test keeps the
 * two identical. Validation uses Ajv, the JSON Schema validator most of the ecosystem uses.
 */
import {rules} from '../../rules/index.js'

const severity = {enum: ['off', 'warn', 'error'], description: 'off, warn or error'}

function ruleSetting(options: Record<string, unknown>): Record<string, unknown> {
  return {
    anyOf: [
      severity,
      {
        type: 'array',
        minItems: 1,
        maxItems: 2,
        prefixItems: [severity, options],
        items: false
      }
    ]
  }
}

function rulesSchema(): Record<string, unknown> {
  const properties: Record<string, unknown> = {}
  for (const rule of rules) {
    const options = {
      ...rule.meta.schema,
      properties: {
        ...((rule.meta.schema.properties as Record<string, unknown> | undefined) ?? {}),
        brands: {type: 'array', items: {type: 'string'}}
      }
    }
    properties[rule.meta.id] = {
      description: `${rule.meta.description} ${rule.meta.url}`,
      ...ruleSetting(options)
    }
  }
  return {type: 'object', additionalProperties: false, properties}
}

export function configSchema(): Record<string, unknown> {
  const rules = rulesSchema()
  const globs = {type: 'array', items: {type: 'string', minLength: 1}}
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://github.com/youfirst-lint/youfirst/blob/main/schema/youfirstrc.schema.json',
    title: 'youfirst configuration',
    description: 'Configuration for youfirst, the customer-centric copy linter (.youfirstrc, .youfirstrc.json, .youfirstrc.yaml, .youfirstrc.yml, or the "youfirst" key of package.json).',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: {type: 'string'},
      brands: {
        description: 'Your own company and product names; they count as self-references.',
        type: 'array',
        items: {type: 'string', minLength: 1}
      },
      rules: {description: 'Rule severities and options: "off", "warn", "error" or [severity, options].', ...rules},
      ignore: {description: 'Globs, relative to the config file, of files not to lint.', ...globs},
      overrides: {
        description: 'Settings for some files only, such as About, legal and careers pages. Later entries win.',
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files'],
          properties: {
            files: {description: 'Globs, relative to the config file.', ...globs, minItems: 1},
            rules,
            brands: {type: 'array', items: {type: 'string', minLength: 1}}
          }
        }
      },
      frontMatterKeys: {
        description: 'Front-matter fields that are copy (default: title, description). Dotted paths reach nested fields.',
        type: 'array',
        items: {type: 'string', minLength: 1}
      }
    }
  }
}
