/**
 * Build the VS Code extension in editors/vscode and package it as a .vsix.
 *
 *   npm run build:vscode                     bundle only (out/extension.js, out/server.js)
 *   npm run package:vscode                   bundle, then editors/vscode/youfirst-vscode-<version>.vsix
 *   npm run package:vscode -- --out x.vsix   bundle, then x.vsix
 *
 * esbuild bundles the client (with vscode-languageclient) and the language server (with
 * all of youfirst and its dependencies) into single CommonJS files, so the .vsix needs no
 * node_modules and runs offline; `vsce package --no-dependencies` then zips them. Nothing
 * here touches the network.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {build, type Plugin} from 'esbuild'

const root = path.resolve(import.meta.dirname, '..')
const extension = path.join(root, 'editors/vscode')
const out = path.join(extension, 'out')

const {values} = parseArgs({options: {out: {type: 'string'}, 'bundle-only': {type: 'boolean'}}})

const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string}
const manifest = JSON.parse(fs.readFileSync(path.join(extension, 'package.json'), 'utf8')) as {name: string; version: string}

/** The bundles run as CommonJS, where `import.meta.url` does not exist: give it the bundle's own URL. */
const importMetaUrl = {
  banner: {js: 'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;'},
  define: {'import.meta.url': '__importMetaUrl'}
}

/**
 * Two source patterns need help to become one self-contained file:
 * - src/version.ts reads the version from package.json at run time; the bundle has it built in.
 * - `createRequire(import.meta.url)` loads a package lazily (the tagger's wink-nlp model);
 *   with the plain `require` of CommonJS in its place, esbuild bundles the package and
 *   still loads it lazily. A form this plugin does not know stops the build.
 */
const selfContained: Plugin = {
  name: 'youfirst-self-contained',
  setup(builder) {
    builder.onLoad({filter: /[\\/]src[\\/]version\.ts$/}, () => ({contents: `export const version = ${JSON.stringify(pkg.version)}`, loader: 'ts'}))
    builder.onLoad({filter: /[\\/](?:src|rules)[\\/].*\.ts$/}, (args) => {
      const contents = fs.readFileSync(args.path, 'utf8')
      if (!contents.includes('createRequire(')) return undefined
      const rewritten = contents.replace(/^const require = createRequire\(import\.meta\.url\)\s*$/m, '')
      if (rewritten.includes('createRequire(import.meta.url)') || rewritten === contents) {
        return {errors: [{text: `${path.relative(root, args.path)}: createRequire is used in a form the bundle cannot include; use "const require = createRequire(import.meta.url)"`}]}
      }
      return {contents: rewritten, loader: 'ts'}
    })
  }
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // VS Code 1.91 runs extensions on Node.js 20.
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root
} as const

fs.rmSync(out, {recursive: true, force: true})
await build({
  ...common,
  entryPoints: {extension: path.join(extension, 'src/extension.ts')},
  outdir: out,
  external: ['vscode']
})
await build({
  ...common,
  ...importMetaUrl,
  // The server is also its own lint worker (see src/lsp/bin.ts).
  entryPoints: {server: path.join(root, 'src/lsp/bin.ts')},
  outdir: out,
  plugins: [selfContained],
  // Readable stack traces in the editor's log matter more than a smaller file.
  minify: false
})
console.log(`bundled ${path.relative(root, out)}/extension.js and server.js`)

if (!values['bundle-only']) {
  const vsix = path.resolve(values.out ?? path.join(extension, `${manifest.name}-${manifest.version}.vsix`))
  fs.mkdirSync(path.dirname(vsix), {recursive: true})
  const require = createRequire(import.meta.url)
  const vsceManifest = require.resolve('@vscode/vsce/package.json')
  const vsce = path.join(path.dirname(vsceManifest), (require('@vscode/vsce/package.json') as {bin: {vsce: string}}).bin.vsce)
  // --no-dependencies: everything is bundled, so vsce neither runs npm nor adds node_modules.
  const result = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', vsix], {cwd: extension, stdio: 'inherit'})
  if (result.status !== 0) {
    console.error(`vsce package failed (exit code ${result.status ?? result.signal})`)
    process.exit(1)
  }
}
