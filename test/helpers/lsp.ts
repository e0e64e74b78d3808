/**
 * A real Language Server Protocol client for tests: starts a server process and talks to
 * it over its standard input and output with vscode-languageserver-protocol, recording
 * every notification the server sends so a test can wait for the one it expects.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import {
  createProtocolConnection,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShowMessageRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type InitializeParams,
  type InitializeResult,
  type LogMessageParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type ShowMessageParams
} from 'vscode-languageserver-protocol/node'
import type {StatsParams} from '../../src/lsp/protocol.js'

export interface Received {
  diagnostics: PublishDiagnosticsParams[]
  stats: StatsParams[]
  messages: ShowMessageParams[]
  logs: LogMessageParams[]
  registrations: Registration[]
}

type Waiter = {check: () => boolean}

export class LspClient {
  readonly received: Received = {diagnostics: [], stats: [], messages: [], logs: [], registrations: []}
  readonly exited: Promise<number | null>
  stderr = ''
  private readonly waiters = new Set<Waiter>()

  private constructor(
    readonly child: ChildProcess,
    readonly connection: ProtocolConnection
  ) {
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)))
    child.stderr!.setEncoding('utf8').on('data', (text: string) => {
      this.stderr += text
    })
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => this.record(this.received.diagnostics, params))
    connection.onNotification('youfirst/stats', (params: StatsParams) => this.record(this.received.stats, params))
    connection.onNotification(ShowMessageNotification.type, (params) => this.record(this.received.messages, params))
    connection.onNotification(LogMessageNotification.type, (params) => this.record(this.received.logs, params))
    connection.onRequest(ShowMessageRequest.type, (params) => {
      this.record(this.received.messages, params)
      return null
    })
    connection.onRequest(RegistrationRequest.type, (params) => {
      for (const registration of params.registrations) this.record(this.received.registrations, registration)
      return undefined
    })
    connection.listen()
  }

  /** Start `node <script> ...args` and connect to it over stdio. */
  static start(script: string, args: string[] = ['--stdio'], cwd?: string): LspClient {
    const child = spawn(process.execPath, [script, ...args], {cwd, stdio: ['pipe', 'pipe', 'pipe']})
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
    return new LspClient(child, connection)
  }

  async initialize(params: Partial<InitializeParams>): Promise<InitializeResult> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: {
        workspace: {
          didChangeWatchedFiles: {dynamicRegistration: true},
          workspaceFolders: true,
          workspaceEdit: {documentChanges: true}
        },
        textDocument: {
          publishDiagnostics: {versionSupport: true, codeDescriptionSupport: true},
          codeAction: {codeActionLiteralSupport: {codeActionKind: {valueSet: ['quickfix', 'source.fixAll']}}, isPreferredSupport: true}
        }
      },
      ...params
    } as InitializeParams)
    await this.connection.sendNotification('initialized', {})
    return result
  }

  private record<T>(list: T[], item: T): void {
    list.push(item)
    for (const waiter of [...this.waiters]) waiter.check()
  }

  /** The first item of `list` from index `from` on (already received or still to come) that passes `test`. */
  waitFor<T>(list: T[], test: (item: T) => boolean, what: string, from = 0, timeout = 30_000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter = {
        check: () => {
          const found = list.slice(from).find(test)
          if (found === undefined) return false
          this.waiters.delete(waiter)
          clearTimeout(timer)
          resolve(found)
          return true
        }
      }
      const timer = setTimeout(() => {
        this.waiters.delete(waiter)
        reject(new Error(`timed out waiting for ${what}; server stderr: ${this.stderr.slice(-2000)}`))
      }, timeout)
      if (!waiter.check()) this.waiters.add(waiter)
    })
  }

  /** The diagnostics published for `uri` at `version` (optionally passing `test`). */
  diagnosticsFor(uri: string, version: number, test: (params: PublishDiagnosticsParams) => boolean = () => true, from = 0): Promise<PublishDiagnosticsParams> {
    return this.waitFor(this.received.diagnostics, (params) => params.uri === uri && params.version === version && test(params), `diagnostics of ${uri} version ${version}`, from)
  }

  /** How many diagnostics notifications have arrived: pass it as `from` to wait for newer ones only. */
  mark(): number {
    return this.received.diagnostics.length
  }

  /**
   * Send several notifications in one write, so the server reads them together: what it
   * does with them then does not depend on how fast this process writes.
   */
  notifyAtOnce(notifications: Array<{method: string; params: unknown}>): void {
    const wire = notifications
      .map(({method, params}) => {
        const body = JSON.stringify({jsonrpc: '2.0', method, params})
        return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
      })
      .join('')
    this.child.stdin!.write(wire)
  }

  /** Shut the server down politely and return its exit code. */
  async stop(): Promise<number | null> {
    await this.connection.sendRequest('shutdown')
    await this.connection.sendNotification('exit')
    const code = await this.exited
    this.connection.dispose()
    return code
  }

  /** End the process whatever state it is in (for cleanup after a failed test). */
  kill(): void {
    if (this.child.exitCode === null) this.child.kill()
    this.connection.dispose()
  }
}
