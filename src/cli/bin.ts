#!/usr/bin/env node
/** The `youfirst` executable. */
import v8 from 'node:v8'
import {run} from './run.js'

// A run of youfirst is short, and most of it is spent before V8's optimising compiler has
// finished with the parsers and rules. Without inlining, its work on each hot function is
// smaller and done sooner: 1 MB of real copy lints in about 2.0 s instead of 2.3 s, and the
// whole real corpus no slower, at the cost of a few per cent of peak speed, which only a
// long-lived process (the language server, which keeps the default) would reach
// (bench/RESULTS.md). V8 reads the flag for each function it optimises, and nothing has been
// optimised yet; worker threads share it.
v8.setFlagsFromString('--no-turbo-inlining')

// A reader that stops early (`youfirst … | head`) closes the pipe: stop quietly, as other
// command-line tools do, instead of dying on an unhandled EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return new TextDecoder('utf-8', {ignoreBOM: true}).decode(Buffer.concat(chunks))
}

const code = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  isTTY: process.stdout.isTTY === true
})
process.exitCode = code
