// The configuration that applies to one document: the editor settings merged with the nearest .policy-linter.json
// (the file wins for what it sets). Lookup and parsing are the engine's (engine/config/load.ts); this module only
// merges, applies safe mode, and caches the resolved result until settings or config files change.
import { ConfigCache } from '../../engine/config/load.ts';
import { mergeConfigs, resolveConfig, type ResolvedConfig } from '../../engine/config/resolve.ts';
import type { ConfigProblem, PolicyLinterConfig } from '../../engine/index.ts';
import { withoutUserPatterns } from './settings.ts';

export interface DocumentConfig {
  resolved: ResolvedConfig;
  /** The config file that applies, if any (absolute path). */
  configFile?: string;
  problems: ConfigProblem[];
}

const SAFE_MODE_PROBLEM = (source: string): ConfigProblem => ({
  source,
  key: 'placeholders.patterns',
  message: 'was ignored: the workspace is not trusted, so custom regular expressions are not run (safe mode).',
});

export class DocumentConfigs {
  private files = new ConfigCache();
  private readonly merged = new Map<string, DocumentConfig>();

  constructor(private readonly trusted: boolean) {}

  /** Call when a config file or the settings change. */
  clear(): void {
    this.files.clear();
    this.merged.clear();
  }

  /**
   * The config for a document at `filePath` (undefined for documents without a file, e.g. untitled ones) with
   * the given settings config. Problems name their source (settings or the file).
   */
  forDocument(filePath: string | undefined, settings: PolicyLinterConfig): DocumentConfig {
    const file = filePath ? this.files.forFile(filePath) : undefined;
    const key = `${file?.path ?? ''}\u0000${JSON.stringify(settings)}`;
    let entry = this.merged.get(key);
    if (entry) return entry;

    const problems: ConfigProblem[] = [];
    let fromSettings = settings;
    let fromFile = file?.config;
    if (!this.trusted) {
      const s = withoutUserPatterns(fromSettings);
      if (s.dropped) problems.push(SAFE_MODE_PROBLEM('settings'));
      fromSettings = s.config;
      if (fromFile && typeof fromFile === 'object') {
        const f = withoutUserPatterns(fromFile);
        if (f.dropped) problems.push(SAFE_MODE_PROBLEM(file!.path!));
        fromFile = f.config;
      }
    }
    problems.push(...resolveConfig(fromSettings, 'settings').problems);
    // The file's own problems (syntax, unknown keys, bad patterns) come from the engine's cache; in safe mode the
    // patterns were not used, so problems about them are not shown.
    for (const p of file?.problems ?? []) if (this.trusted || !p.key.startsWith('placeholders.patterns')) problems.push(p);

    const effective = fromFile ? mergeConfigs(fromSettings, fromFile) : fromSettings;
    const resolved = resolveConfig(effective, file?.path ?? 'settings').config;
    entry = { resolved, ...(file?.path ? { configFile: file.path } : {}), problems };
    this.merged.set(key, entry);
    return entry;
  }
}
