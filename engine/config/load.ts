// Finds and reads .policy-linter.json files. Uses node:fs, so it serves the CLI and the language server;
// lint() itself never touches the file system. Broken files become ConfigProblems (with line:column), never exceptions.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ConfigProblem, PolicyLinterConfig } from '../types.ts';
import { LineIndex } from '../text/lines.ts';
import { configOf, resolveLayers, type ConfigLayer, type ResolvedConfig } from './resolve.ts';

export const CONFIG_FILE_NAME = '.policy-linter.json';
/** Config files are small; anything larger is a mistake, not a config. */
const MAX_CONFIG_BYTES = 1 << 20;

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

export interface LoadedConfig {
  config?: PolicyLinterConfig;
  problems: ConfigProblem[];
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

/** Parses config file text; a syntax error is reported with its line and column. */
export function parseConfigText(text: string, source: string): LoadedConfig {
  try {
    const config = JSON.parse(text) as PolicyLinterConfig | null;
    // null would read as "no settings" (as in the editor's settings): in a config file it is a mistake worth saying.
    if (config === null) return fail(source, 'holds only null, not a JSON object with settings; the file was ignored.');
    return { config, problems: [] };
  } catch (err) {
    const reason = String((err as Error).message).replace(/ at position \d+.*$|, (?:\.\.\.)?".*" is not valid JSON$/s, '');
    const offset = jsonErrorOffset(text);
    const { line, character } = new LineIndex(text).positionAt(offset);
    return fail(source, `is not valid JSON at line ${line + 1}, column ${character + 1} (${reason}); the file was ignored.`);
  }
}

const fail = (source: string, message: string): LoadedConfig => ({ problems: [{ source, key: '', message }] });

/**
 * The offset of the first JSON syntax error in `text` (V8's messages do not always include one).
 * A strict scan with an explicit stack of open containers, so that nesting of any depth is located correctly.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const digits = (required: boolean) => {
    if (required && !/[0-9]/.test(text[i] ?? '')) fail();
    while (/[0-9]/.test(text[i] ?? '')) i++;
  };
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits(true);
    if (text[i] === '.') {
      i++;
      digits(true);
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits(true);
    }
  };
  const string = () => {
    i++;
    for (;;) {
      if (i >= text.length) fail();
      const c = text.charCodeAt(i);
      if (c === 0x22) return void i++;
      if (c < 0x20) fail();
      if (c === 0x5c) {
        i++;
        if (text[i] === 'u') {
          i++;
          for (let k = 0; k < 4; k++, i++) if (!/[0-9a-fA-F]/.test(text[i] ?? '')) fail();
        } else if ('"\\/bfnrt'.includes(text[i] ?? 'x')) i++;
        else fail();
      } else i++;
    }
  };
  const key = () => {
    ws();
    if (text[i] !== '"') fail();
    string();
    ws();
    if (text[i] !== ':') fail();
    i++;
  };
  const scalar = () => {
    const c = text[i];
    if (c === '"') return string();
    if (c === '-' || /[0-9]/.test(c ?? '')) return number();
    const word = c === 't' ? 'true' : c === 'f' ? 'false' : c === 'n' ? 'null' : fail();
    for (const ch of word) {
      if (text[i] !== ch) fail();
      i++;
    }
  };
  // Iterative, with the open containers' closers on a stack: any depth, and the error where it really is.
  const closers: string[] = [];
  try {
    for (;;) {
      // A value.
      ws();
      const c = text[i];
      if (c === '{' || c === '[') {
        i++;
        ws();
        if (text[i] === (c === '{' ? '}' : ']')) i++;
        else {
          closers.push(c === '{' ? '}' : ']');
          if (c === '{') key();
          continue;
        }
      } else scalar();
      // After a value: a comma and the next member, or closers.
      for (;;) {
        if (!closers.length) {
          ws();
          return i;
        }
        ws();
        if (text[i] === ',') {
          i++;
          if (closers[closers.length - 1] === '}') key();
          break;
        }
        if (text[i] !== closers[closers.length - 1]) fail();
        closers.pop();
        i++;
      }
    }
  } catch (at) {
    return typeof at === 'number' ? Math.min(at, text.length) : 0;
  }
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
