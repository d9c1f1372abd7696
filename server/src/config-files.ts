// Where the server finds the .policy-linter.json that applies to a document, and reads a config file it is about to
// edit. In Node the engine's lookup (engine/config/load.ts, node:fs) serves (node-config-files.ts); the browser build
// has no file system and asks the client, which reads through vscode.workspace.fs (ClientConfigFiles, below): the
// same nearest-file-upward rule, bounded by the document's workspace folder, parsed by the same code (parse.ts).
import { CONFIG_FILE_NAME, MAX_CONFIG_BYTES, parseConfigText } from '../../engine/config/parse.ts';
import type { ReadConfig } from '../../engine/config/load.ts';
import type { ReadFileResult } from './protocol.ts';

/** A config file as read, named by its URI. */
export type FoundConfig = ReadConfig & { uri?: string };

export interface ConfigFiles {
  /** The nearest config file upward from the document at `uri` (none for documents without a folder, e.g. untitled). */
  lookup(uri: string, folders: readonly string[]): Promise<FoundConfig>;
  /** The text of the file at `uri`, undefined when there is none; null when it exists but cannot be read. */
  readText(uri: string): Promise<string | undefined | null>;
  /** Call when settings or config files change. */
  clear(): void;
}

/** The URI of the folder holding `uri` (undefined at the root of its authority, or for URIs without a path). */
export function parentUri(uri: string): string | undefined {
  const m = /^([a-z][\w+.-]*:\/\/[^/]*)(\/.*)?$/i.exec(uri);
  if (!m) return undefined;
  const path = (m[2] ?? '').replace(/\/+$/, '');
  if (!path) return undefined;
  return m[1] + path.slice(0, path.lastIndexOf('/'));
}

/** The workspace folder holding `uri`: the longest folder URI that is a prefix of it at a path boundary. */
export function folderOf(uri: string, folders: readonly string[]): string | undefined {
  return folders
    .map((f) => f.replace(/\/+$/, ''))
    .filter((f) => uri.startsWith(f + '/'))
    .sort((a, b) => b.length - a.length)[0];
}

/** Reads files through the client (ReadFileRequest). */
export type ReadThroughClient = (uri: string) => Promise<ReadFileResult>;

/** Config lookup through the editor's file system: one read per folder and file until clear(). */
export class ClientConfigFiles implements ConfigFiles {
  private readonly files = new Map<string, Promise<ReadFileResult>>();

  constructor(private readonly read: ReadThroughClient) {}

  private cachedRead(uri: string): Promise<ReadFileResult> {
    let r = this.files.get(uri);
    if (!r) {
      r = this.read(uri).catch((err: unknown): ReadFileResult => ({ error: String((err as Error)?.message ?? err) }));
      this.files.set(uri, r);
    }
    return r;
  }

  async lookup(uri: string, folders: readonly string[]): Promise<FoundConfig> {
    const folder = folderOf(uri, folders);
    // Up from the document's folder to its workspace folder (outside a folder: the document's own folder only).
    for (let dir = parentUri(uri); dir; dir = dir === folder || !folder ? undefined : parentUri(dir)) {
      const candidate = `${dir}/${CONFIG_FILE_NAME}`;
      const r = await this.cachedRead(candidate);
      if (r === null) continue;
      const source = candidate;
      if ('error' in r) return { uri: candidate, path: candidate, problems: [{ source, key: '', message: `cannot be read (${r.error}); it was ignored.` }] };
      if (r.text.length > MAX_CONFIG_BYTES) return { uri: candidate, path: candidate, problems: [{ source, key: '', message: `is larger than ${MAX_CONFIG_BYTES >> 20} MB; it was ignored.` }] };
      const loaded = parseConfigText(r.text.replace(/^\uFEFF/, ''), source);
      return { uri: candidate, path: candidate, ...(loaded.config !== undefined ? { layer: { source, config: loaded.config } } : {}), problems: loaded.problems };
    }
    return { problems: [] };
  }

  async readText(uri: string): Promise<string | undefined | null> {
    const r = await this.read(uri).catch((): ReadFileResult => ({ error: 'unreadable' }));
    if (r === null) return undefined;
    return 'error' in r || r.text.length > MAX_CONFIG_BYTES ? null : r.text;
  }

  clear(): void {
    this.files.clear();
  }
}
