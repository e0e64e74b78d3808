/** youfirst's version, read from its package.json (found from this module, built or not). */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

function find(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  while (true) {
    const candidate = path.join(dir, 'package.json')
    try {
      const pkg = JSON.parse(fs.readFileSync(candidate, 'utf8')) as {name?: string; version?: string}
      if (pkg.name === 'youfirst' && pkg.version) return pkg.version
    } catch {
      // keep looking
    }
    const parent = path.dirname(dir)
    if (parent === dir) return '0.0.0'
    dir = parent
  }
}

export const version = find()
