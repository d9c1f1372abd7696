// The result cache (--cache): findings of files whose content, configuration and linter version are unchanged are
// reused instead of linting again, as ESLint's and markdownlint-cli2's caches do. One JSON file; an entry per file,
// keyed by its path relative to the cache file (so a CI cache restored into another checkout folder still hits),
// holding the SHA-256 of the file's bytes, a hash of the effective configuration and the result. A missing, corrupt
// or other-version cache file is treated as empty; it is rewritten (atomically: temporary file, then rename) when a
// run changed it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { FileResult } from './lint-file.ts';

/** The default cache file name, in the working directory (or inside the folder --cache-location names). */
export const DEFAULT_CACHE_FILE = '.policy-linter-cache';

interface Entry {
  hash: string;
  config: string;
  result: FileResult;
}

interface CacheFile {
  linter: string;
  files: Record<string, Entry>;
}

export const contentHash = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** Where the cache lives: `location` is a file, or a folder (existing, or written with a trailing separator). */
export function cacheFilePath(cwd: string, location: string | undefined): string {
  if (location === undefined) return join(cwd, DEFAULT_CACHE_FILE);
  const abs = resolve(cwd, location);
  const isDir = /[\\/]$/.test(location) || (existsSync(abs) && statSync(abs).isDirectory());
  return isDir ? join(abs, DEFAULT_CACHE_FILE) : abs;
}

export class ResultCache {
  private readonly entries: Map<string, Entry>;
  private readonly used = new Set<string>();
  private changed = false;
  private readonly base: string;

  /** `linter` names the linter and its version: a cache written by another version is discarded. */
  constructor(
    readonly path: string,
    private readonly linter: string,
  ) {
    this.base = dirname(path);
    this.entries = new Map(Object.entries(this.read()?.files ?? {}));
  }

  private read(): CacheFile | undefined {
    try {
      const data = JSON.parse(readFileSync(this.path, 'utf8')) as CacheFile;
      if (data?.linter === this.linter && data.files && typeof data.files === 'object') return data;
      this.changed = true;
    } catch {
      // no cache yet, or unreadable: start empty (rewritten on save)
      this.changed = existsSync(this.path);
    }
    return undefined;
  }

  private key(abs: string): string {
    return relative(this.base, abs).split(sep).join('/');
  }

  /** The cached result for the file at `abs` when its content hash and config hash are those recorded. */
  get(abs: string, hash: string, config: string): FileResult | undefined {
    const key = this.key(abs);
    const e = this.entries.get(key);
    if (!e || e.hash !== hash || e.config !== config) return undefined;
    this.used.add(key);
    return e.result;
  }

  set(abs: string, hash: string, config: string, result: FileResult): void {
    const key = this.key(abs);
    this.entries.set(key, { hash, config, result });
    this.used.add(key);
    this.changed = true;
  }

  /**
   * Writes the cache if this run changed it. Entries of files not linted in this run are kept while the file still
   * exists (another shard or another set of paths may need them). Throws on a write error.
   */
  save(): void {
    for (const key of this.entries.keys()) {
      if (!this.used.has(key) && !existsSync(resolve(this.base, key))) {
        this.entries.delete(key);
        this.changed = true;
      }
    }
    if (!this.changed) return;
    const data: CacheFile = { linter: this.linter, files: Object.fromEntries(this.entries) };
    mkdirSync(this.base, { recursive: true });
    const tmp = `${this.path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(data));
    renameSync(tmp, this.path);
    this.changed = false;
  }
}
