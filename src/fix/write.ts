/**
 * Writing a fixed file without ever losing words: the new text goes to a temporary file in
 * the same folder, which is renamed over the original (an atomic replace on POSIX file
 * systems), keeping the file's mode. Nothing is written when the file is read-only or has
 * changed on disk since it was read.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export class WriteError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'WriteError'
  }
}

/**
 * Replace `file`, whose content was `original` when it was read, with `text`.
 * Throws WriteError with a one-line reason when it refuses or fails.
 */
export function writeAtomic(file: string, original: Buffer, text: string): void {
  let stat: fs.Stats
  try {
    stat = fs.statSync(file)
  } catch {
    throw new WriteError('not fixed: the file disappeared while it was being linted')
  }
  if ((stat.mode & 0o222) === 0) throw new WriteError('not fixed: the file is read-only')
  const current = fs.readFileSync(file)
  if (!current.equals(original)) throw new WriteError('not fixed: the file changed on disk while it was being linted')

  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.youfirst-${crypto.randomBytes(6).toString('hex')}.tmp`)
  try {
    const handle = fs.openSync(temporary, 'wx', stat.mode & 0o7777)
    try {
      fs.writeFileSync(handle, text)
      fs.fsyncSync(handle)
    } finally {
      fs.closeSync(handle)
    }
    fs.chmodSync(temporary, stat.mode & 0o7777)
    fs.renameSync(temporary, file)
  } catch (error) {
    fs.rmSync(temporary, {force: true})
    if (error instanceof WriteError) throw error
    throw new WriteError(`not fixed: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
}
