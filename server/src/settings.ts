// The server's settings (section "policyLinter"): defaults, validation, and safe mode for untrusted workspaces.
// Invalid values never stop the server: each one falls back to its default and is reported as a message.
import type { PolicyLinterConfig } from '../../engine/index.ts';
import { boundedGlobs } from './selection.ts';

export interface ServerSettings {
  enable: boolean;
  /** File-name globs (case-insensitive) that mark a document as a policy. */
  include: string[];
  /** Also lint documents whose content looks like a policy (engine/detect.ts). */
  detectByContent: boolean;
  /** Lint after each edit, or only when the document is saved (and opened). */
  run: 'onType' | 'onSave';
  /** Milliseconds to wait after an edit before linting. */
  debounce: number;
  /** rules / topics / placeholders, as in .policy-linter.json. */
  config: PolicyLinterConfig;
}

/** The same defaults as package.json contributes (policyLinter.include). */
export const DEFAULT_INCLUDE = ['**/*privacy*', '**/*policy*', '**/*notice*', '**/PRIVACY.md'];

export const DEFAULT_SETTINGS: ServerSettings = {
  enable: true,
  include: DEFAULT_INCLUDE,
  detectByContent: true,
  run: 'onType',
  debounce: 250,
  config: {},
};

const MAX_DEBOUNCE = 10_000;

export interface SettingsResult {
  settings: ServerSettings;
  /** One sentence per invalid setting. */
  problems: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads the raw "policyLinter" section. Missing keys take their defaults; a key of the wrong type takes its
 * default and produces a problem. Deep checks of rules/topics/placeholders are the engine's (resolveLayers).
 * In an untrusted workspace (safe mode) the include globs are the defaults: which files are read is the user's
 * choice, not the workspace's (package.json lists the setting in restrictedConfigurations for VS Code too).
 */
export function readSettings(raw: unknown, { trusted = true }: { trusted?: boolean } = {}): SettingsResult {
  const problems: string[] = [];
  const settings: ServerSettings = { ...DEFAULT_SETTINGS, config: {} };
  if (raw === undefined || raw === null) return { settings, problems };
  if (!isObject(raw)) {
    problems.push('The "policyLinter" settings must be an object; using defaults.');
    return { settings, problems };
  }
  const bad = (key: string, expected: string) =>
    problems.push(`Setting "policyLinter.${key}" must be ${expected}; using the default.`);

  if (raw.enable !== undefined) {
    if (typeof raw.enable === 'boolean') settings.enable = raw.enable;
    else bad('enable', 'true or false');
  }
  if (raw.detectByContent !== undefined) {
    if (typeof raw.detectByContent === 'boolean') settings.detectByContent = raw.detectByContent;
    else bad('detectByContent', 'true or false');
  }
  if (raw.include !== undefined) {
    if (!Array.isArray(raw.include) || !raw.include.every((g) => typeof g === 'string' && g.trim() !== '')) bad('include', 'a list of glob patterns');
    else if (!trusted) {
      if (JSON.stringify(raw.include) !== JSON.stringify(DEFAULT_INCLUDE)) {
        problems.push('Setting "policyLinter.include" was ignored: the workspace is not trusted, so the default patterns apply (safe mode).');
      }
    } else {
      const bounded = boundedGlobs(raw.include as string[]);
      settings.include = bounded.globs;
      problems.push(...bounded.problems);
    }
  }
  if (raw.run !== undefined) {
    if (raw.run === 'onType' || raw.run === 'onSave') settings.run = raw.run;
    else bad('run', '"onType" or "onSave"');
  }
  if (raw.debounce !== undefined) {
    if (typeof raw.debounce === 'number' && Number.isFinite(raw.debounce) && raw.debounce >= 0 && raw.debounce <= MAX_DEBOUNCE) settings.debounce = raw.debounce;
    else bad('debounce', `a number of milliseconds from 0 to ${MAX_DEBOUNCE}`);
  }
  if (raw.profiles !== undefined && raw.profiles !== null) settings.config.profiles = raw.profiles as PolicyLinterConfig['profiles'];
  if (raw.rules !== undefined && raw.rules !== null) {
    if (isObject(raw.rules)) settings.config.rules = raw.rules as PolicyLinterConfig['rules'];
    else bad('rules', 'an object mapping rule ids to "error", "warning", "info", "hint" or "off"');
  }
  if (raw.topics !== undefined && raw.topics !== null) {
    if (isObject(raw.topics)) settings.config.topics = raw.topics as PolicyLinterConfig['topics'];
    else bad('topics', 'an object mapping topic ids to settings');
  }
  if (raw.placeholders !== undefined && raw.placeholders !== null) {
    if (isObject(raw.placeholders)) settings.config.placeholders = raw.placeholders as PolicyLinterConfig['placeholders'];
    else bad('placeholders', 'an object with "patterns" and "allow"');
  }
  if (raw.docsUrl !== undefined && raw.docsUrl !== null) settings.config.docsUrl = raw.docsUrl as PolicyLinterConfig['docsUrl'];
  return { settings, problems };
}

/**
 * Safe mode (untrusted workspace): user regular expressions from workspace settings and config files are ignored,
 * since a crafted pattern could hang the linter. Everything else (severities, topic phrases, allow list) still applies.
 * Takes any JSON (a config file is validated later) and returns it without patterns, and whether any were dropped.
 */
export function withoutUserPatterns(config: unknown): { config: unknown; dropped: boolean } {
  if (!isObject(config) || !isObject(config.placeholders) || !Object.hasOwn(config.placeholders, 'patterns')) return { config, dropped: false };
  const { patterns, ...rest } = config.placeholders;
  return { config: { ...config, placeholders: rest }, dropped: !Array.isArray(patterns) || patterns.length > 0 };
}
