/**
 * Configuration for the documents an editor opens: the nearest `.youfirstrc*` or
 * package.json "youfirst" key of each file, found with the CLI's `ConfigLoader`, per
 * workspace folder. Documents without a path (untitled) use their workspace folder's
 * config, or the defaults. `reset()` forgets everything read, after a config changes.
 */
import path from 'node:path'
import {ConfigError, ConfigLoader, searchPlaces} from '../config/load.js'
import {resolveConfig, type ResolvedConfig} from '../config/resolve.js'

export type ConfigOutcome = {ok: true; resolved: ResolvedConfig; file?: string} | {ok: false; error: ConfigError}

export class DocumentConfigs {
  /** Workspace folders, longest first, so the innermost folder of a file is found first. */
  private folders: string[] = []
  /** The first workspace folder, as the client listed them. */
  private first: string | undefined
  private order: string[] = []
  private readonly loaders = new Map<string, ConfigLoader | ConfigError>()

  /** @param configPath a config file for every document (absolute, or relative to the document's workspace folder) */
  constructor(private readonly configPath?: string) {}

  setFolders(folders: string[]): void {
    const resolved = [...new Set(folders.map((folder) => path.resolve(folder)))]
    this.order = resolved
    this.first = resolved[0]
    this.folders = [...resolved].sort((a, b) => b.length - a.length)
    this.reset()
  }

  /** The workspace folders, in the client's order. */
  currentFolders(): string[] {
    return [...this.order]
  }

  /** Forget every config read, so the next lint reads them again. */
  reset(): void {
    this.loaders.clear()
  }

  /** The workspace folder of a file, or the first folder for a document without a path. */
  folderOf(filePath: string | undefined): string | undefined {
    if (filePath === undefined) return this.first
    return this.folders.find((folder) => filePath === folder || filePath.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep))
  }

  /** Whether a change to `filePath` can change some document's configuration. */
  isConfigFile(filePath: string): boolean {
    const base = path.basename(filePath)
    if (searchPlaces.includes(base)) return true
    if (!this.configPath) return false
    return path.isAbsolute(this.configPath) ? path.resolve(filePath) === path.resolve(this.configPath) : base === path.basename(this.configPath)
  }

  /** Names of the files whose changes `isConfigFile` cares about, for a file watcher's glob. */
  watchedNames(): string[] {
    return [...new Set([...searchPlaces, ...(this.configPath ? [path.basename(this.configPath)] : [])])]
  }

  /** The resolved configuration of a document at `filePath` (undefined: a document without a path). */
  resolve(filePath: string | undefined): ConfigOutcome {
    const folder = this.folderOf(filePath)
    const cwd = folder ?? (filePath ? path.dirname(filePath) : process.cwd())
    let loader = this.loaders.get(cwd)
    if (!loader) {
      try {
        loader = new ConfigLoader({...(this.configPath ? {configFile: this.configPath} : {}), cwd})
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error
        loader = error
      }
      this.loaders.set(cwd, loader)
    }
    if (loader instanceof ConfigError) return {ok: false, error: loader}
    try {
      if (filePath === undefined && !folder && !this.configPath) return {ok: true, resolved: resolveConfig({}, cwd)}
      // A document without a path takes the config of its folder, as a new file there would.
      const found = loader.forFile(filePath ?? path.join(cwd, 'untitled'))
      return {ok: true, resolved: resolveConfig(found.config, found.dir, filePath), ...(found.file ? {file: found.file} : {})}
    } catch (error) {
      if (error instanceof ConfigError) return {ok: false, error}
      throw error
    }
  }
}
