/** Run the CLI in-process against a temporary folder, capturing its streams. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll} from 'vitest'
import {run} from '../../src/cli/run.js'

/** Folders made by tempTree in this test file, removed when the file's tests end. */
const made: string[] = []
afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, {recursive: true, force: true})
})

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

export async function cli(args: string[], options: {cwd: string; stdin?: string; env?: NodeJS.ProcessEnv}): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  const code = await run(args, {
    cwd: options.cwd,
    env: options.env ?? {},
    stdout: (text) => {
      stdout += text
    },
    stderr: (text) => {
      stderr += text
    },
    readStdin: async () => options.stdin ?? '',
    isTTY: false
  })
  return {code, stdout, stderr}
}

/** A temporary folder with the given files (paths → contents). */
export function tempTree(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'youfirst-'))
  made.push(dir)
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(dir, name)
    fs.mkdirSync(path.dirname(full), {recursive: true})
    fs.writeFileSync(full, content)
  }
  return fs.realpathSync(dir)
}
