// The configuration that applies to one document: the editor settings with the nearest .policy-linter.json laid over
// them (the file wins for what it sets). Lookup and reading are a ConfigFiles' (config-files.ts: the engine's
// engine/config/load.ts in Node, the editor's file system in the browser), validation and layering the engine's (resolveLayers, the same path the CLI takes); this module picks the layers, applies safe mode, and
// caches the choice until settings or config files change. The layers are plain JSON, so they cross to the lint
// worker as they are; the worker resolves them (lint-job.ts).
import type { ConfigFiles } from './config-files.ts';
import type { ConfigLayer } from '../../engine/config/resolve.ts';
import type { ConfigProblem, PolicyLinterConfig } from '../../engine/index.ts';
import { withoutUserPatterns } from './settings.ts';

/** What a lint needs to know about configuration: the layers, lowest first, and a key that identifies them. */
export interface ConfigSpec {
  key: string;
  layers: ConfigLayer[];
}

export interface DocumentConfig {
  spec: ConfigSpec;
  /** The config file that applies, if any (its URI). */
  configFile?: string;
  /** Problems reading the file and safe-mode notices; validation problems come with the lint result. */
  problems: ConfigProblem[];
}

const SAFE_MODE_PROBLEM = (source: string): ConfigProblem => ({
  source,
  key: 'placeholders.patterns',
  message: 'was ignored: the workspace is not trusted, so custom regular expressions are not run (safe mode).',
});

export class DocumentConfigs {
  private readonly merged = new Map<string, DocumentConfig>();

  constructor(
    private readonly trusted: boolean,
    private readonly files: ConfigFiles,
  ) {}

  /** Call when a config file or the settings change. */
  clear(): void {
    this.files.clear();
    this.merged.clear();
  }

  /**
   * The config for the document at `uri` (in one of the workspace `folders`, or none) with the given settings config.
   */
  async forDocument(uri: string, folders: readonly string[], settings: PolicyLinterConfig): Promise<DocumentConfig> {
    const file = await this.files.lookup(uri, folders);
    const cacheKey = `${file.uri ?? ''}\u0000${JSON.stringify(settings)}`;
    let entry = this.merged.get(cacheKey);
    if (entry) return entry;

    const problems: ConfigProblem[] = [...file.problems];
    const layers: ConfigLayer[] = [{ source: 'settings', config: settings }];
    if (file.layer) layers.push(file.layer);
    if (!this.trusted) {
      for (const layer of layers) {
        const safe = withoutUserPatterns(layer.config);
        if (safe.dropped) problems.push(SAFE_MODE_PROBLEM(layer.source));
        layer.config = safe.config;
      }
    }
    entry = { spec: { key: JSON.stringify(layers), layers }, ...(file.uri ? { configFile: file.uri } : {}), problems };
    this.merged.set(cacheKey, entry);
    return entry;
  }
}
