/** `npm run schema`: write the published JSON Schema for configuration files. */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {configSchema} from '../src/config/schema.js'

const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'youfirstrc.schema.json')
fs.writeFileSync(target, `${JSON.stringify(configSchema(), null, 2)}\n`)
console.log(`wrote ${path.relative(process.cwd(), target)}`)
