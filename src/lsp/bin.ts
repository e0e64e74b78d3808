#!/usr/bin/env node
/**
 * The `youfirst-language-server` executable: the language server over standard input and
 * output (the default, or `--stdio`), Node IPC (`--node-ipc`), a socket (`--socket=N`)
 * or a pipe (`--pipe=NAME`).
 */
import {isMainThread} from 'node:worker_threads'
import {createConnection} from 'vscode-languageserver/node'
import {version} from '../version.js'
import {startServer} from './server.js'
// In a worker thread this module is the lint worker, so a bundle of it is one self-contained file.
import './worker.js'

const help = `Usage: youfirst-language-server [--stdio | --node-ipc | --socket=<port> | --pipe=<name>]

The youfirst language server: lints Markdown, MDX, HTML and plain-text documents as you
edit them and offers fixes as code actions. Editors start it; it speaks the Language
Server Protocol over standard input and output unless told otherwise.

Options:
  --stdio            talk over standard input and output (the default)
  --node-ipc         talk over Node's IPC channel
  --socket=<port>    connect to a socket on this port
  --pipe=<name>      connect to this named pipe
  -v, --version      print the version
  -h, --help         print this help
`

const args = process.argv.slice(2)
if (!isMainThread) {
  // The lint worker (./worker.js) is listening.
} else if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(help)
} else if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${version}\n`)
} else {
  const transports = ['--stdio', '--node-ipc', '--socket', '--pipe']
  // Standard input and output by default; vscode-languageserver then also sends console output to the client's log.
  if (!args.some((arg) => transports.includes(arg.split('=')[0]!))) process.argv.push('--stdio')
  const connection = createConnection()
  // One bad request must never take the editor's linting down with it. Editors show the
  // server's standard error in their log.
  const report = (what: unknown) => process.stderr.write(`youfirst: internal error: ${String((what as Error)?.stack ?? what)}\n`)
  process.on('uncaughtException', report)
  process.on('unhandledRejection', report)
  startServer(connection, {workerFile: new URL(import.meta.url)})
  connection.listen()
}
