// Config lookup in Node: the engine's (engine/config/load.ts), on the file system, up to its root. Only file: URIs
// have config files here; the browser build reads them through the client (config-files.ts).
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ConfigCache, MAX_CONFIG_BYTES } from '../../engine/config/load.ts';
import type { ConfigFiles, FoundConfig } from './config-files.ts';

export class NodeConfigFiles implements ConfigFiles {
  private readonly cache = new ConfigCache();

  async lookup(uri: string): Promise<FoundConfig> {
    let path: string;
    try {
      path = fileURLToPath(uri);
    } catch {
      return { problems: [] }; // not a file: URI, or one this platform has no path for
    }
    const found = this.cache.lookup(path);
    return found.path ? { ...found, uri: pathToFileURL(found.path).toString() } : found;
  }

  async readText(uri: string): Promise<string | undefined | null> {
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
  }
}
