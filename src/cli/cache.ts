/**
 * The lint cache (`--cache`): a JSON file of results keyed by everything that decides them,
 * so a cached result is never stale: the file's content hash, the resolved configuration,
 * youfirst's version and a fingerprint of the code and word lists of the running build.
 * A missing, unreadable or corrupt cache file is ignored and rebuilt.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {ResolvedConfig} from '../config/resolve.js'
import type {FileResult} from '../types.js'
import {version} from '../version.js'

const format = 1

interface Entry {
  key: string
  result: FileResult
}

interface CacheFile {
  format: number
  entries: Record<string, Entry>
}

const fingerprints = new Map<string, string>()

/** Set to true by esbuild's `define` when this module is part of the bundled CLI. */
declare const YOUFIRST_BUNDLE: boolean | undefined
const bundled = typeof YOUFIRST_BUNDLE !== 'undefined' && YOUFIRST_BUNDLE

/**
 * A hash of youfirst's version and its own code and data (this build's src/ and rules/
 * folders), so that a new version, or a changed rule, word list or engine, invalidates
 * every entry.
 */
export function fingerprint(forVersion = version): string {
  const known = fingerprints.get(forVersion)
  if (known) return known
  const hash = crypto.createHash('sha256').update(forVersion)
  const here = path.dirname(fileURLToPath(import.meta.url))
  const walk = (dir: string) => {
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(dir, {withFileTypes: true})
    } catch {
      return
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/\.(?:js|ts|json|cjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        hash.update(path.relative(top, full)).update(fs.readFileSync(full))
      }
    }
  }
  // The bundled CLI (dist/bin, see scripts/build-cli.ts) is its own code; otherwise this
  // module sits in <top>/src/cli beside <top>/rules.
  const top = bundled ? here : path.resolve(here, '..', '..')
  if (bundled) walk(top)
  else {
    walk(path.join(top, 'src'))
    walk(path.join(top, 'rules'))
  }
  const value = hash.digest('hex')
  fingerprints.set(forVersion, value)
  return value
}

export class LintCache {
  private entries: Record<string, Entry> = {}
  private changed = false

  constructor(readonly location: string) {
    try {
      const data = JSON.parse(fs.readFileSync(location, 'utf8')) as Partial<CacheFile>
      if (data.format === format && data.entries && typeof data.entries === 'object') this.entries = data.entries
    } catch {
      // No cache yet, or a corrupt one: start afresh.
    }
  }

  static key(buffer: Buffer, resolved: ResolvedConfig, build = fingerprint()): string {
    return crypto.createHash('sha256').update(build).update('\0').update(JSON.stringify(resolved)).update('\0').update(buffer).digest('hex')
  }

  get(file: string, key: string): FileResult | undefined {
    const entry = this.entries[file]
    return entry && entry.key === key ? entry.result : undefined
  }

  set(file: string, key: string, result: FileResult): void {
    this.entries[file] = {key, result}
    this.changed = true
  }

  /** Keep only entries for files seen in this run, when the run covered them all. */
  prune(seen: Set<string>): void {
    for (const file of Object.keys(this.entries)) {
      if (!seen.has(file)) {
        delete this.entries[file]
        this.changed = true
      }
    }
  }

  /** Write the cache atomically; a failure to write is not a failure to lint. */
  save(): string | undefined {
    if (!this.changed) return undefined
    const temporary = `${this.location}.${process.pid}.tmp`
    try {
      fs.mkdirSync(path.dirname(this.location), {recursive: true})
      fs.writeFileSync(temporary, JSON.stringify({format, entries: this.entries} satisfies CacheFile))
      fs.renameSync(temporary, this.location)
      return undefined
    } catch (error) {
      fs.rmSync(temporary, {force: true})
      return `could not write the cache (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`
    }
  }
}
