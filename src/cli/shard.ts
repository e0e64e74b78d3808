/**
 * `--shard i/n`: a deterministic split of the file list for CI matrix jobs. A file's shard
 * depends only on its path relative to the working folder, so every file lands in exactly
 * one shard, on every machine, and adding a file moves no other.
 */
import crypto from 'node:crypto'
import path from 'node:path'
import {UsageError} from './args.js'

export interface Shard {
  index: number
  count: number
}

export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value)
  const index = match ? Number(match[1]) : Number.NaN
  const count = match ? Number(match[2]) : Number.NaN
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard expects i/n with 1 ≤ i ≤ n, such as 1/4; got “${value}”`)
  }
  return {index, count}
}

export function shardOf(file: string, cwd: string, count: number): number {
  const relative = path.relative(cwd, file).split(path.sep).join('/')
  const hash = crypto.createHash('sha1').update(relative).digest()
  return (hash.readUInt32BE(0) % count) + 1
}

export function inShard(files: string[], cwd: string, shard: Shard): string[] {
  return files.filter((file) => shardOf(file, cwd, shard.count) === shard.index)
}
