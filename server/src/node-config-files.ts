// Config lookup in Node: the engine's (engine/config/load.ts), on the file system, up to its root, for file: URIs.
// Documents of a virtual workspace (vscode-vfs: and the like) find theirs through the client, as in the browser
// build (config-files.ts), when the client answers ReadFileRequest.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ConfigCache, MAX_CONFIG_BYTES } from '../../engine/config/load.ts';
import type { ConfigFiles, FoundConfig } from './config-files.ts';

export class NodeConfigFiles implements ConfigFiles {
  private readonly cache = new ConfigCache();

  /** `remote`: the lookup through the client, for other URIs (undefined: the client cannot read files). */
  constructor(private readonly remote: () => ConfigFiles | undefined = () => undefined) {}

  async lookup(uri: string, folders: readonly string[]): Promise<FoundConfig> {
    if (!uri.startsWith('file:')) return this.remote()?.lookup(uri, folders) ?? { problems: [] };
    let path: string;
    try {
      path = fileURLToPath(uri);
    } catch {
      return { problems: [] }; // a file: URI this platform has no path for
    }
    const found = this.cache.lookup(path);
    return found.path ? { ...found, uri: pathToFileURL(found.path).toString() } : found;
  }

  async readText(uri: string): Promise<string | undefined | null> {
    if (!uri.startsWith('file:')) return this.remote()?.readText(uri) ?? null;
    try {
      const path = fileURLToPath(uri);
      if (statSync(path).size > MAX_CONFIG_BYTES) return null;
      return readFileSync(path, 'utf8');
    } catch (err) {
      return (err as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : null;
    }
  }

  clear(): void {
    this.cache.clear();
    this.remote()?.clear();
  }
}
