/**
 * The youfirst extension for VS Code: starts youfirst's language server (bundled in
 * out/server.js, so it runs offline) with vscode-languageclient, and shows the active
 * document's customer-focus score (and number of findings) in the status bar.
 */
import * as vscode from 'vscode'
import {LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions} from 'vscode-languageclient/node'
import {statsMethod, type InitializationOptions, type StatsParams} from '../../../src/lsp/protocol.js'

const defaultLanguages = ['markdown', 'mdx', 'html', 'plaintext']

let client: LanguageClient | undefined
const stats = new Map<string, StatsParams>()
let status: vscode.StatusBarItem | undefined

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  status = vscode.window.createStatusBarItem('youfirst.findings', vscode.StatusBarAlignment.Right, 100)
  status.name = 'youfirst'
  status.command = 'workbench.actions.view.problems'
  context.subscriptions.push(
    status,
    vscode.window.onDidChangeActiveTextEditor(render),
    vscode.workspace.onDidCloseTextDocument((document) => {
      stats.delete(document.uri.toString())
      render()
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('youfirst')) await restart(context)
    }),
    vscode.commands.registerCommand('youfirst.restart', () => restart(context)),
    {dispose: () => void stop()}
  )
  await start(context)
}

export async function deactivate(): Promise<void> {
  await stop()
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const settings = vscode.workspace.getConfiguration('youfirst')
  if (!settings.get<boolean>('enable', true)) {
    render()
    return
  }
  const languages = settings.get<string[]>('languages', defaultLanguages)
  const configPath = settings.get<string>('configPath', '').trim()
  const module = context.asAbsolutePath('out/server.js')
  const serverOptions: ServerOptions = {
    run: {module, transport: TransportKind.ipc},
    debug: {module, transport: TransportKind.ipc, options: {execArgv: ['--nolazy', '--inspect=6011']}}
  }
  const initializationOptions: InitializationOptions = configPath ? {configPath} : {}
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages.flatMap((language) => [
      {scheme: 'file', language},
      {scheme: 'untitled', language}
    ]),
    initializationOptions,
    outputChannelName: 'youfirst'
  }
  client = new LanguageClient('youfirst', 'youfirst', serverOptions, clientOptions)
  client.onNotification(statsMethod, (params: StatsParams) => {
    stats.set(params.uri, params)
    render()
  })
  await client.start()
}

async function stop(): Promise<void> {
  const running = client
  client = undefined
  stats.clear()
  render()
  if (running?.isRunning()) await running.stop()
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  await stop()
  await start(context)
}

/** Show the active document's findings; hide the item for documents youfirst did not lint. */
function render(): void {
  if (!status) return
  const uri = vscode.window.activeTextEditor?.document.uri.toString()
  const current = uri === undefined ? undefined : stats.get(uri)
  if (!current) {
    status.hide()
    return
  }
  if (current.problem) {
    status.text = '$(warning) youfirst'
    status.tooltip = current.problem
  } else {
    const findings = current.findings === 0 ? 'no findings' : current.findings === 1 ? '1 finding' : `${current.findings} findings`
    // The customer-focus score when the server sends one, else the number of findings.
    status.text = current.score === undefined ? `$(comment-discussion) youfirst: ${findings}` : `$(comment-discussion) focus ${current.score}`
    status.tooltip = `youfirst: customer-focus score ${current.score ?? 'unknown'}/100, ${findings} in ${current.words} ${current.words === 1 ? 'word' : 'words'}. Click to open the Problems panel.`
  }
  status.show()
}
