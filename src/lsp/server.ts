/**
 * youfirst's language server: lints Markdown, MDX, HTML and plain-text documents as the
 * editor changes them, and offers youfirst's fixes and suggestions as code actions.
 *
 * Built on vscode-languageserver (the protocol, the connection and document sync) and
 * vscode-languageserver-textdocument (incremental text and UTF-16 positions), and on
 * youfirst's own `lint`, `fixText` and `ConfigLoader`, so an editor reports exactly what
 * the CLI reports. unified-language-server, the unified ecosystem's server, runs files
 * through unified-engine with its own rc-file lookup and vfile positions; youfirst has
 * its own pipeline and config search (see README, "Editors").
 *
 * Linting is debounced, runs in a worker thread (see runner.ts), and only the newest
 * lint of a document is published: each lint carries a sequence number and the document
 * version it read, and its result is dropped if either has moved on when it finishes.
 */
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult
} from 'vscode-languageserver/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {URI} from 'vscode-uri'
import type {FileResult, Format} from '../types.js'
import {version} from '../version.js'
import {DocumentConfigs} from './configs.js'
import {bomShift, documentDiagnostic, formatOf, minimalEdit, quickFixes, toDiagnostic, workspaceEdit, type EditTarget} from './convert.js'
import type {Job, JobInput} from './jobs.js'
import {defaults, fixAllKind, statsMethod, type InitializationOptions, type StatsParams} from './protocol.js'
import {InlineRunner, WorkerRunner, type Runner} from './runner.js'

export interface ServerOptions {
  /** The lint worker's script; without it, linting runs in the server's thread. */
  workerFile?: URL | string
}

const configHelp = 'https://github.com/youfirst-lint/youfirst#configuration'

interface Linted {
  version: number
  result: FileResult
}

type Prepared = {kind: 'skip'} | {kind: 'problem'; diagnostic: Diagnostic; problem: string} | {kind: 'job'; input: JobInput}

function number(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback
}

/** Wire youfirst's handlers to `connection`. The caller calls `connection.listen()`. */
export function startServer(connection: Connection, serverOptions: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument)
  const timers = new Map<string, NodeJS.Timeout>()
  const sequence = new Map<string, number>()
  const linted = new Map<string, Linted>()
  const reported = new Set<string>()
  let configs = new DocumentConfigs()
  let runner: Runner = new InlineRunner()
  let debounce: number = defaults.debounce
  let maxDocumentSize: number = defaults.maxDocumentSize
  let documentChanges = false
  let watchDynamically = false
  let foldersSupported = false

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as InitializationOptions
    debounce = number(init.debounce, defaults.debounce)
    maxDocumentSize = number(init.maxDocumentSize, defaults.maxDocumentSize)
    configs = new DocumentConfigs(typeof init.configPath === 'string' && init.configPath.trim() ? init.configPath.trim() : undefined)
    configs.setFolders(foldersOf(params))
    const useWorker = (typeof init.worker === 'boolean' ? init.worker : defaults.worker) && serverOptions.workerFile !== undefined
    if (useWorker) {
      runner = new WorkerRunner({
        file: serverOptions.workerFile!,
        log: (text) => connection.console.log(text.trimEnd()),
        onUnavailable: (error) => connection.console.warn(`youfirst: lint worker unavailable (${error.message}); linting in the server thread`)
      })
    }
    const workspace = params.capabilities.workspace
    documentChanges = workspace?.workspaceEdit?.documentChanges === true
    watchDynamically = workspace?.didChangeWatchedFiles?.dynamicRegistration === true
    foldersSupported = workspace?.workspaceFolders === true
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix, fixAllKind]},
        workspace: {workspaceFolders: {supported: true, changeNotifications: true}}
      },
      serverInfo: {name: 'youfirst', version}
    }
  })

  connection.onInitialized(() => {
    if (watchDynamically) {
      const names = configs.watchedNames()
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, {watchers: [{globPattern: `**/{${names.join(',')}}`}]})
        .catch((error: unknown) => connection.console.warn(`youfirst: could not watch config files: ${String(error)}`))
    }
    if (foldersSupported) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((folder) => pathOf(folder.uri)))
        const folders = configs
          .currentFolders()
          .filter((folder) => !removed.has(folder))
          .concat(event.added.flatMap((folder) => pathOf(folder.uri) ?? []))
        configs.setFolders(folders)
        reloadAll()
      })
    }
  })

  connection.onDidChangeWatchedFiles((params) => {
    if (!params.changes.some((change) => {
      const filePath = pathOf(change.uri)
      return filePath !== undefined && configs.isConfigFile(filePath)
    })) return
    reloadAll()
  })

  function reloadAll(): void {
    configs.reset()
    reported.clear()
    for (const document of documents.all()) schedule(document.uri, 0)
  }

  // Opening a document fires onDidOpen and then onDidChangeContent: lint it once, at once.
  const opening = new Set<string>()
  documents.onDidOpen((event) => {
    opening.add(event.document.uri)
    schedule(event.document.uri, 0)
  })
  documents.onDidChangeContent((event) => {
    if (opening.delete(event.document.uri)) return
    schedule(event.document.uri, debounce)
  })
  documents.onDidClose((event) => {
    const uri = event.document.uri
    clearTimeout(timers.get(uri))
    timers.delete(uri)
    sequence.delete(uri)
    linted.delete(uri)
    runner.cancel(`lint:${uri}`)
    void connection.sendDiagnostics({uri, diagnostics: []})
  })

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri))
    // A newer version is coming: whatever is linting the old one is not wanted any more.
    bump(uri)
    runner.cancel(`lint:${uri}`)
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri)
        lintDocument(uri).catch((error: unknown) => connection.console.error(`youfirst: ${uri}: ${(error as Error).stack ?? String(error)}`))
      }, delay)
    )
  }

  function bump(uri: string): number {
    const next = (sequence.get(uri) ?? 0) + 1
    sequence.set(uri, next)
    return next
  }

  /** Config, format and size checks for a document; the job to run, or why there is none. */
  function prepare(document: TextDocument, text: string): Prepared {
    const filePath = pathOf(document.uri)
    const format: Format | undefined = formatOf(document.languageId, filePath ?? URI.parse(document.uri).path)
    if (!format) return {kind: 'skip'}
    const config = configs.resolve(filePath)
    if (!config.ok) {
      const message = config.error.message
      if (!reported.has(message)) {
        reported.add(message)
        void connection.sendNotification(ShowMessageNotification.type, {type: MessageType.Error, message: `youfirst: ${message}`})
      }
      return {kind: 'problem', diagnostic: {...documentDiagnostic(message, DiagnosticSeverity.Error, 'config-error'), codeDescription: {href: configHelp}}, problem: message}
    }
    if (config.resolved.ignored) return {kind: 'skip'}
    const size = text.length - bomShift(text)
    if (maxDocumentSize > 0 && size > maxDocumentSize) {
      const problem = `Not linted: the document has ${size.toLocaleString('en-US')} characters, more than the ${maxDocumentSize.toLocaleString('en-US')} of maxDocumentSize`
      return {kind: 'problem', diagnostic: documentDiagnostic(problem, DiagnosticSeverity.Information, 'document-too-large'), problem}
    }
    return {kind: 'job', input: {text, ...(filePath ? {filePath} : {}), format, resolved: config.resolved}}
  }

  async function lintDocument(uri: string): Promise<void> {
    const seq = bump(uri)
    const document = documents.get(uri)
    if (!document) return
    const documentVersion = document.version
    const text = document.getText()
    const prepared = prepare(document, text)
    if (prepared.kind === 'skip') {
      linted.delete(uri)
      await connection.sendDiagnostics({uri, version: documentVersion, diagnostics: []})
      return
    }
    if (prepared.kind === 'problem') {
      linted.delete(uri)
      await publish(uri, documentVersion, [prepared.diagnostic], {findings: 0, words: 0, problem: prepared.problem})
      return
    }
    const outcome = await runner.run(`lint:${uri}`, {kind: 'lint', ...prepared.input})
    // The newest lint wins: drop this one if another started, or the document moved on.
    if (sequence.get(uri) !== seq || documents.get(uri)?.version !== documentVersion) return
    if (outcome.status === 'cancelled') return
    if (outcome.status === 'failed' || outcome.output.kind !== 'lint') {
      const problem = `youfirst could not lint this document: ${outcome.status === 'failed' ? outcome.error.split('\n')[0] : 'no result'}`
      connection.console.error(`youfirst: ${uri}: ${problem}`)
      linted.delete(uri)
      await publish(uri, documentVersion, [documentDiagnostic(problem, DiagnosticSeverity.Error, 'internal-error')], {findings: 0, words: 0, problem})
      return
    }
    const result = outcome.output.result
    const shift = bomShift(text)
    linted.set(uri, {version: documentVersion, result})
    const diagnostics = result.messages.map((finding) => toDiagnostic(document, finding, shift))
    await publish(uri, documentVersion, diagnostics, {findings: result.messages.length, words: result.stats.words, score: result.stats.score})
  }

  async function publish(uri: string, documentVersion: number, diagnostics: Diagnostic[], stats: Omit<StatsParams, 'uri' | 'version'>): Promise<void> {
    await connection.sendDiagnostics({uri, version: documentVersion, diagnostics})
    const params: StatsParams = {uri, version: documentVersion, ...stats}
    await connection.sendNotification(statsMethod, params)
  }

  /** The lint result of the document as it is now: the published one, or a fresh lint. */
  async function findings(document: TextDocument, text: string): Promise<FileResult | undefined> {
    const known = linted.get(document.uri)
    if (known && known.version === document.version) return known.result
    const prepared = prepare(document, text)
    if (prepared.kind !== 'job') return undefined
    const outcome = await runner.run(`actions:${document.uri}`, {kind: 'lint', ...prepared.input})
    return outcome.status === 'done' && outcome.output.kind === 'lint' ? outcome.output.result : undefined
  }

  connection.onCodeAction(async (params: CodeActionParams): Promise<CodeAction[]> => {
    const document = documents.get(params.textDocument?.uri)
    if (!document || !params.range || !params.context) return []
    const only = params.context.only
    const wants = (kind: string) => !only || only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`))
    const documentVersion = document.version
    const text = document.getText()
    const shift = bomShift(text)
    const target: EditTarget = {document, shift, documentChanges}
    const actions: CodeAction[] = []

    const result = !only || wants(CodeActionKind.QuickFix) ? await findings(document, text) : undefined
    if (documents.get(document.uri)?.version !== documentVersion) return []
    if (result && wants(CodeActionKind.QuickFix)) {
      const from = document.offsetAt(params.range.start) - shift
      const to = document.offsetAt(params.range.end) - shift
      const bare = shift ? text.slice(shift) : text
      for (const finding of result.messages) {
        if (finding.range[0] > to || finding.range[1] < from) continue
        actions.push(...quickFixes(target, finding, toDiagnostic(document, finding, shift), bare))
      }
    }

    // Fix all: when asked for by kind (fix on save, "Source Action…"), or offered with the
    // quick fixes when something in the document is fixable.
    if (only ? wants(fixAllKind) : (result?.fixableCount ?? 0) > 0) {
      const fixAll = await fixAllAction(target, text)
      if (fixAll && documents.get(document.uri)?.version === documentVersion) actions.push(fixAll)
    }
    return actions
  })

  async function fixAllAction(target: EditTarget, text: string): Promise<CodeAction | undefined> {
    const prepared = prepare(target.document, text)
    if (prepared.kind !== 'job') return undefined
    const job: Job = {kind: 'fix', ...prepared.input}
    const outcome = await runner.run(`fix:${target.document.uri}`, job)
    if (outcome.status !== 'done' || outcome.output.kind !== 'fix' || !outcome.output.changed) return undefined
    // fixText keeps the BOM, so the edit's offsets are offsets into the document's own text.
    const edit = minimalEdit(text, outcome.output.output)
    if (!edit) return undefined
    const {document} = target
    return {
      title: 'Fix all auto-fixable youfirst problems',
      kind: fixAllKind,
      edit: workspaceEdit(target, [{range: {start: document.positionAt(edit.range[0]), end: document.positionAt(edit.range[1])}, newText: edit.text}])
    }
  }

  connection.onShutdown(async () => {
    for (const timer of timers.values()) clearTimeout(timer)
    timers.clear()
    await runner.dispose()
  })

  documents.listen(connection)
}

/** The file path of a `file:` URI; undefined for other schemes (untitled documents). */
export function pathOf(uri: string): string | undefined {
  try {
    const parsed = URI.parse(uri)
    return parsed.scheme === 'file' ? parsed.fsPath : undefined
  } catch {
    return undefined
  }
}

function foldersOf(params: InitializeParams): string[] {
  if (params.workspaceFolders?.length) return params.workspaceFolders.flatMap((folder) => pathOf(folder.uri) ?? [])
  if (params.rootUri) return [pathOf(params.rootUri) ?? []].flat()
  return params.rootPath ? [params.rootPath] : []
}
