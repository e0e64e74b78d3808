/** The real copy the benchmarks read (../shared/corpus/real), and the fixed 1 MB sample of it. */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'corpus', 'real')

/** Every Markdown file of the corpus, sorted. */
export function markdownFiles(): string[] {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/\.(?:md|markdown)$/i.test(entry.name)) files.push(full)
    }
  }
  walk(corpus)
  return files.sort()
}

/** A fixed sample of about 1 MB: every k-th file of the sorted list until 1,000,000 bytes. */
export function sample(files: string[], bytes: number): string[] {
  const total = files.reduce((sum, file) => sum + fs.statSync(file).size, 0)
  const step = Math.max(1, Math.floor(total / bytes))
  const chosen: string[] = []
  let size = 0
  for (let start = 0; size < bytes && start < step; start++) {
    for (let index = start; index < files.length && size < bytes; index += step) {
      if (chosen.includes(files[index]!)) continue
      chosen.push(files[index]!)
      size += fs.statSync(files[index]!).size
    }
  }
  return chosen
}
