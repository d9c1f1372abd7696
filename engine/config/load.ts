// Finds and reads .policy-linter.json files. Uses node:fs, so it serves the CLI and the Node language server (the
// browser build finds them through the editor: server/src/config-files.ts);
// lint() itself never touches the file system. Broken files become ConfigProblems (with line:column), never exceptions.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ConfigProblem, PolicyLinterConfig } from '../types.ts';
import { configOf, resolveLayers, type ConfigLayer, type ResolvedConfig } from './resolve.ts';
import { CONFIG_FILE_NAME, MAX_CONFIG_BYTES, parseConfigText, type LoadedConfig, configFailure as fail } from './parse.ts';

export { CONFIG_FILE_NAME, MAX_CONFIG_BYTES, jsonErrorOffset, parseConfigText, type LoadedConfig } from './parse.ts';

/** The nearest .policy-linter.json in `startDir` or one of its ancestors, up to the file-system root. */
export function findConfigFile(startDir: string): string | undefined {
  let dir = resolve(startDir);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (isFile(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Reads and parses a config file. `source` names it in problems (defaults to the path). */
export function loadConfigFile(path: string, source: string = path): LoadedConfig {
  let text: string;
  try {
    if (statSync(path).size > MAX_CONFIG_BYTES) return fail(source, `is larger than ${MAX_CONFIG_BYTES >> 20} MB; it was ignored.`);
    text = readFileSync(path, 'utf8');
  } catch (err) {
    return fail(source, `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); it was ignored.`);
  }
  return parseConfigText(text.replace(/^\uFEFF/, ''), source);
}

/** The config that applies to one file: its source file (if any), the resolved settings and every problem met. */
export interface FileConfig {
  path?: string;
  /** What applies, as JSON: the valid parts of the file and the overrides, layered (see resolveLayers). */
  config: PolicyLinterConfig;
  resolved: ResolvedConfig;
  problems: ConfigProblem[];
}

/** A config file as read: its JSON (not yet validated) as a layer, or the problems that kept it from being read. */
export interface ReadConfig {
  path?: string;
  layer?: ConfigLayer;
  /** Reading and JSON syntax problems only; validation is resolveLayers'. */
  problems: ConfigProblem[];
}

export interface ConfigCacheOptions {
  /** Turns an absolute config path into the name shown in problems (e.g. relative to the cwd). */
  display?: (path: string) => string;
  /** Settings laid over every config found (command-line --rule options). Validate them first with resolveConfig:
   *  problems they cause are reported under the name of the config file they meet. */
  overrides?: PolicyLinterConfig;
}

/**
 * Looks up, reads and resolves configs with caching: one lookup per directory and one read per config file,
 * so linting a thousand files in one folder reads the config once. Call clear() when files change.
 */
export class ConfigCache {
  private readonly byDir = new Map<string, string | undefined>();
  private readonly read = new Map<string, ReadConfig>();
  private readonly byFile = new Map<string, FileConfig>();
  private none?: FileConfig;

  constructor(private readonly options: ConfigCacheOptions = {}) {}

  /** The nearest .policy-linter.json upward from the folder of `filePath`, as read (undefined path: none found). */
  lookup(filePath: string): ReadConfig {
    const dir = dirname(resolve(filePath));
    let found = this.byDir.get(dir);
    if (!this.byDir.has(dir)) {
      found = findConfigFile(dir);
      this.byDir.set(dir, found);
    }
    return found ? this.readFile(found) : { problems: [] };
  }

  /** The config for a file at `filePath` (nearest .policy-linter.json upward from its folder). */
  forFile(filePath: string): FileConfig {
    const found = this.lookup(filePath).path;
    return found ? this.load(found) : this.withoutFile();
  }

  /** A given config file (for --config FILE). */
  load(configPath: string): FileConfig {
    const abs = resolve(configPath);
    let entry = this.byFile.get(abs);
    if (!entry) {
      const file = this.readFile(abs);
      entry = { path: abs, ...this.resolve(file.layer, file.problems) };
      this.byFile.set(abs, entry);
    }
    return entry;
  }

  /** The settings used when no config file applies (--no-config, or none found). */
  withoutFile(): FileConfig {
    this.none ??= this.resolve(undefined, []);
    return this.none;
  }

  private readFile(abs: string): ReadConfig {
    let entry = this.read.get(abs);
    if (!entry) {
      const source = this.options.display?.(abs) ?? abs;
      const loaded = loadConfigFile(abs, source);
      entry = { path: abs, ...(loaded.config !== undefined ? { layer: { source, config: loaded.config } } : {}), problems: loaded.problems };
      this.read.set(abs, entry);
    }
    return entry;
  }

  private resolve(file: ConfigLayer | undefined, readProblems: ConfigProblem[]): Omit<FileConfig, 'path'> {
    const { overrides } = this.options;
    const layers = [...(file ? [file] : []), ...(overrides ? [{ source: file?.source ?? 'settings', config: overrides }] : [])];
    const r = resolveLayers(layers);
    return { config: configOf(r.config), resolved: r.config, problems: [...readProblems, ...r.problems] };
  }

  clear(): void {
    this.byDir.clear();
    this.read.clear();
    this.byFile.clear();
    this.none = undefined;
  }
}
