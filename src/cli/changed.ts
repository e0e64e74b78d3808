/**
 * `--changed-since <ref>`: which lines of which files changed, from git.
 *
 * What counts as changed, exactly:
 * - the base is the merge base of `<ref>` and HEAD, as in `git diff <ref>...HEAD`, so
 *   commits made on `<ref>`'s branch after yours forked are not yours;
 * - a file's changed lines are the lines added or modified between the base and the working
 *   tree (`git diff -U0 <base>`: your commits, staged and unstaged edits), numbered in the
 *   file as it is now; a renamed or copied file is known by its new path, and a pure rename
 *   changes no lines;
 * - untracked files that git does not ignore are new, so every line of them is changed;
 * - deleted files are gone, so there is nothing to lint.
 *
 * git runs through `execFileSync` with an argument list (no shell), with options that
 * override any user configuration that would change the diff's shape.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type {FileResult, Finding} from '../types.js'
import {UsageError} from './args.js'

/** Changed lines of one file: `all` for a new file, else 1-based inclusive ranges. */
export type LineSet = 'all' | Array<[number, number]>

export interface ChangedFiles {
  /** The repository's top folder (real path). */
  root: string
  /** Changed lines by path relative to `root`, with `/` separators. */
  files: Map<string, LineSet>
  /** The changed lines of a file (absolute path), or undefined when it has none. */
  lines(file: string): LineSet | undefined
  /** The result with only the findings that touch a changed line, and its counts updated. */
  filter(result: FileResult): FileResult
}

class GitError extends Error {
  constructor(
    message: string,
    readonly stderr: string
  ) {
    super(message)
  }
}

function git(args: string[], cwd: string): string {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      maxBuffer: 1024 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
      // No index refresh lock (another git may be running, as under pre-commit); plain messages.
      env: {...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C', LANGUAGE: 'C'}
    })
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & {stderr?: string}
    if (failure.code === 'ENOENT') throw new UsageError('--changed-since needs git, and git was not found on the PATH')
    const stderr = String(failure.stderr ?? '').trim()
    throw new GitError(stderr.split('\n').find((line) => line.trim() !== '') ?? failure.message, stderr)
  }
}

/** Changed files and lines since the merge base of `ref` and HEAD, for the repository around `cwd`. */
export function changedSince(ref: string, cwd: string): ChangedFiles {
  let top: string
  try {
    top = git(['rev-parse', '--show-toplevel'], cwd).trim()
  } catch (error) {
    if (!(error instanceof GitError)) throw error
    throw new UsageError(`--changed-since: ${cwd} is not in a git repository`)
  }
  const root = fs.realpathSync(top)

  let commit: string
  try {
    if (ref.startsWith('-')) throw new GitError('not a ref', '')
    commit = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root).trim()
  } catch (error) {
    if (!(error instanceof GitError)) throw error
    throw new UsageError(`--changed-since: no commit “${ref}” in this repository (fetch it first?)`)
  }
  let base: string
  try {
    base = git(['merge-base', commit, 'HEAD'], root).trim()
  } catch (error) {
    if (!(error instanceof GitError)) throw error
    throw new UsageError(`--changed-since: “${ref}” and HEAD have no common history (with a shallow clone, fetch more of it)`)
  }

  const diff = git(
    [
      '-c', 'core.quotePath=false',
      'diff', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', '--no-relative', '--ignore-submodules',
      '--find-renames', '--src-prefix=a/', '--dst-prefix=b/', base, '--'
    ],
    root
  )
  const files = parseDiff(diff)
  const untracked = git(['ls-files', '-z', '--others', '--exclude-standard'], root)
  for (const name of untracked.split('\0')) if (name) files.set(name, 'all')

  const realRoot = root
  const relativeOf = (file: string): string | undefined => {
    let real: string
    try {
      real = fs.realpathSync(file)
    } catch {
      real = path.resolve(file)
    }
    const relative = path.relative(realRoot, real)
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined
    return relative.split(path.sep).join('/')
  }
  const lines = (file: string): LineSet | undefined => {
    const relative = relativeOf(file)
    return relative === undefined ? undefined : files.get(relative)
  }
  return {
    root,
    files,
    lines,
    filter(result) {
      const changed = lines(result.filePath)
      const messages = changed === undefined ? [] : result.messages.filter((finding) => touches(finding, changed))
      return {
        ...result,
        messages,
        errorCount: messages.filter((finding) => finding.severity === 2).length,
        warningCount: messages.filter((finding) => finding.severity === 1).length,
        fixableCount: messages.filter((finding) => finding.fix !== undefined).length
      }
    }
  }
}

/** Whether a finding covers at least one changed line (its end is exclusive: a finding ending at column 1 stops on the line before). */
export function touches(finding: Finding, changed: LineSet): boolean {
  if (changed === 'all') return true
  const last = finding.endLine > finding.line && finding.endColumn === 1 ? finding.endLine - 1 : finding.endLine
  return changed.some(([from, to]) => from <= last && to >= finding.line)
}

/**
 * Added line ranges per new path from `git diff -U0` output. Hunk bodies are skipped by
 * count, so a removed line that looks like a header (`--- x`) is never read as one.
 */
export function parseDiff(diff: string): Map<string, LineSet> {
  const files = new Map<string, LineSet>()
  const lines = diff.split('\n')
  let current: Array<[number, number]> | undefined
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    if (line.startsWith('diff --git ')) {
      current = undefined
    } else if (line.startsWith('+++ ')) {
      const name = headerPath(line.slice(4))
      if (name === undefined) {
        current = undefined // deleted
      } else {
        current = []
        files.set(name, current)
      }
    } else if (line.startsWith('rename to ') || line.startsWith('copy to ')) {
      // A rename or copy without content changes has no `+++` line: the file is there, unchanged.
      const name = unquote(line.slice(line.indexOf(' to ') + 4))
      if (!files.has(name)) files.set(name, [])
    } else if (line.startsWith('@@ ')) {
      const match = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line)
      if (!match) continue
      const removed = match[1] === undefined ? 1 : Number(match[1])
      const start = Number(match[2])
      const added = match[3] === undefined ? 1 : Number(match[3])
      if (added > 0 && current) current.push([start, start + added - 1])
      // Skip the hunk's body: `removed` lines of `-`, `added` lines of `+`, and "\ No newline" notes.
      let body = removed + added
      while (body > 0 && index + 1 < lines.length) {
        index++
        if (!lines[index]!.startsWith('\\')) body--
      }
      while (index + 1 < lines.length && lines[index + 1]!.startsWith('\\')) index++
    }
  }
  return files
}

/** The path in a `+++ b/path` header; undefined for `/dev/null`. */
function headerPath(text: string): string | undefined {
  // git may end the name with a tab when it contains spaces.
  const raw = text.startsWith('"') ? unquote(text) : text.replace(/\t$/, '')
  if (raw === '/dev/null') return undefined
  return raw.startsWith('b/') ? raw.slice(2) : raw
}

const escapes: Record<string, number> = {a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92}

/** Undo git's C-style quoting of a path (`"a\tb"`, `"caf\303\251"`); other text is returned as it is. */
export function unquote(text: string): string {
  const trimmed = text.replace(/\t$/, '')
  if (!trimmed.startsWith('"') || !trimmed.endsWith('"') || trimmed.length < 2) return trimmed
  const bytes: number[] = []
  const body = trimmed.slice(1, -1)
  for (let index = 0; index < body.length; index++) {
    const char = body[index]!
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'))
      continue
    }
    const next = body[index + 1] ?? ''
    if (/[0-7]/.test(next)) {
      bytes.push(Number.parseInt(body.slice(index + 1, index + 4), 8))
      index += 3
    } else {
      bytes.push(escapes[next] ?? next.charCodeAt(0))
      index += 1
    }
  }
  return Buffer.from(bytes).toString('utf8')
}
