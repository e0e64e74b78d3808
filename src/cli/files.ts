/**
 * Which files to lint: folders are searched for known extensions with globby (it honours
 * nested .gitignore files), globs are expanded, and named files are taken as they are.
 * `.gitignore` and `.youfirstignore` apply to all three.
 */
import fs from 'node:fs'
import path from 'node:path'
import {convertPathToPattern, globby, isDynamicPattern} from 'globby'
import ignore, {type Ignore} from 'ignore'
import {extensions} from '../parse/index.js'

export interface FileProblem {
  path: string
  problem: string
}

export interface Discovery {
  files: string[]
  problems: FileProblem[]
}

const pattern = `**/*.{${Object.keys(extensions).map((ext) => ext.slice(1)).join(',')}}`
const alwaysIgnored = ['**/node_modules/**', '**/.git/**']
const ignoreFiles = ['.gitignore', '.youfirstignore']

/** Reads ignore files in a file's ancestor folders (up to `root`), cached per folder. */
class IgnoreChain {
  private readonly cache = new Map<string, Ignore | null>()
  constructor(private readonly root: string) {}

  private at(dir: string): Ignore | null {
    let result = this.cache.get(dir)
    if (result !== undefined) return result
    result = null
    for (const name of ignoreFiles) {
      let content: string
      try {
        content = fs.readFileSync(path.join(dir, name), 'utf8')
      } catch {
        continue
      }
      result ??= ignore()
      result.add(content)
    }
    this.cache.set(dir, result)
    return result
  }

  ignored(file: string): boolean {
    let dir = path.dirname(file)
    while (true) {
      const relative = path.relative(dir, file).split(path.sep).join('/')
      const rules = this.at(dir)
      if (rules && rules.ignores(relative)) return true
      if (dir === this.root || path.dirname(dir) === dir || !dir.startsWith(this.root)) return false
      dir = path.dirname(dir)
    }
  }
}

export async function discover(inputs: string[], cwd: string): Promise<Discovery> {
  const files = new Set<string>()
  const problems: FileProblem[] = []
  const chain = new IgnoreChain(cwd)

  for (const input of inputs.length > 0 ? inputs : ['.']) {
    const absolute = path.resolve(cwd, input)
    let stat: fs.Stats | undefined
    try {
      stat = fs.statSync(absolute)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'ENOENT' || !isDynamicPattern(input)) {
        problems.push({path: input, problem: statProblem(absolute, code)})
        continue
      }
    }

    try {
      if (stat?.isDirectory()) {
        for (const file of await searchFolder(absolute, cwd, problems)) files.add(path.normalize(file))
      } else if (stat) {
        if (!chain.ignored(absolute)) files.add(absolute)
      } else {
        const found = await globby(input, {
          cwd,
          absolute: true,
          gitignore: true,
          ignoreFiles: ['**/.youfirstignore'],
          ignore: alwaysIgnored
        })
        const known = found.filter((file) => path.extname(file).toLowerCase() in extensions)
        if (known.length === 0) problems.push({path: input, problem: 'no files match this pattern'})
        for (const file of known) files.add(path.normalize(file))
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      problems.push({path: input, problem: `cannot search (${code ?? (error as Error).message})`})
    }
  }

  return {files: [...files].sort(), problems}
}

/** Why a named path cannot be read. */
function statProblem(absolute: string, code: string | undefined): string {
  if (code === 'ELOOP') return 'symbolic link loop'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code !== 'ENOENT') return `cannot read (${code})`
  try {
    if (fs.lstatSync(absolute).isSymbolicLink()) return 'broken symbolic link'
  } catch {
    // not there at all
  }
  return 'no such file or folder'
}

/**
 * The files under a folder. A subfolder that cannot be read is reported (once, naming it)
 * and left out, and the search goes on, so one locked folder never hides the others.
 * Symbolic links are not followed, so a link loop cannot trap the search.
 */
async function searchFolder(folder: string, cwd: string, problems: FileProblem[]): Promise<string[]> {
  const skipped: string[] = []
  while (true) {
    try {
      return await globby(pattern, {
        cwd: folder,
        absolute: true,
        gitignore: true,
        ignoreFiles: ['**/.youfirstignore'],
        ignore: [...alwaysIgnored, ...skipped],
        followSymbolicLinks: false
      })
    } catch (error) {
      const failed = (error as NodeJS.ErrnoException).path
      const relative = failed === undefined ? '' : path.relative(folder, failed).split(path.sep).join('/')
      // Give up on errors that name no subfolder (or one already left out): report them as before.
      const escaped = convertPathToPattern(relative)
      if (!relative || relative.startsWith('..') || skipped.includes(escaped) || skipped.length > 2000) throw error
      const code = (error as NodeJS.ErrnoException).code
      problems.push({path: path.relative(cwd, failed!) || failed!, problem: code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `cannot read (${code})`})
      skipped.push(escaped, `${escaped}/**`)
    }
  }
}
