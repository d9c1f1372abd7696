// Validates a .policy-linter.json object (or the equivalent VS Code settings) and turns it into what rules use.
// Never throws: every invalid part becomes a ConfigProblem naming its key, and every valid part still applies.
// The accepted shape is described for editors by schemas/policy-linter.schema.json (a test keeps the two in step).
import type { ConfigProblem, PlaceholderPatternSetting, PolicyLinterConfig, SeveritySetting, Span, TopicSetting } from '../types.ts';
import { RULES } from '../rules/index.ts';
import { RE2JS } from 're2js';
import { ALLOWED_FLAGS, MAX_PATTERN_LENGTH, unsafeReason } from './regex-safety.ts';
import { toRe2, withPunctuationEscapes } from './regex-dialect.ts';
import { TEMPLATE_EXPRESSION_SETTINGS, type TemplateExpressions } from '../templates/index.ts';
import { DEFAULT_PROFILES, PROFILES, requirementById, requirementIds } from '../requirements/index.ts';

/**
 * A user pattern that passed the safety checks. It runs on RE2 (re2js), whose matching time is linear in the
 * text whatever the pattern: the static checks give a clear message for the usual catastrophic shapes, and RE2
 * guarantees that the ones they cannot see ((a|aa)+$, a*a*a*b) do not hang the editor either.
 */
export interface CompiledPattern {
  /** The pattern as JavaScript reads it in Unicode mode, the dialect users write (validation, tests). */
  regex: RegExp;
  /** Every non-empty match in `text` as UTF-16 spans, found by RE2. */
  matches(text: string): Iterable<Span>;
  message?: string;
  /** Where it came from, for messages ("placeholders.patterns[0]"). */
  key: string;
  /** The setting as written (the valid parts of it). */
  entry: string | PlaceholderPatternSetting;
}

/** Configuration after validation: what rules and recognition actually use. */
export interface ResolvedConfig {
  /** The jurisdiction profiles whose requirements are checked, in the order given ("core" by default). */
  profiles: string[];
  severities: Map<string, SeveritySetting>;
  /** Topics and requirements (by their own id, never an alias) marked not applicable, with the reason given. */
  notApplicable: Map<string, string>;
  extraHeadings: Map<string, string[]>;
  extraPhrases: Map<string, string[]>;
  placeholderPatterns: CompiledPattern[];
  /** Exact strings never reported as placeholders. */
  allow: string[];
  /** Whether a rendered template's data expressions are reported (placeholders.templateExpressions). */
  templateExpressions: TemplateExpressions;
  /** Where findings link to: the base of the rule pages (no trailing slash); undefined: the published pages. */
  docsUrl?: string;
}

export const emptyConfig = (): ResolvedConfig => ({
  profiles: [...DEFAULT_PROFILES],
  severities: new Map(),
  notApplicable: new Map(),
  extraHeadings: new Map(),
  extraPhrases: new Map(),
  placeholderPatterns: [],
  allow: [],
  templateExpressions: 'auto',
});

export type ResolveResult = { config: ResolvedConfig; problems: ConfigProblem[] };

/** The rule, topic and profile ids a config may name. */
export interface KnownIds {
  rules: readonly string[];
  /** Core topics and requirements, by id or alias. */
  topics: readonly string[];
  profiles?: readonly string[];
}

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];
export const MAX_PATTERNS = 200;
const MAX_PHRASE_LENGTH = 200;

/** Rule ids, topic and requirement ids and profiles, read from the registries when a config is resolved (not at import). */
export function knownIds(): KnownIds {
  return {
    rules: RULES.map((r) => r.meta.id),
    topics: requirementIds(),
    profiles: PROFILES.map((p) => p.id),
  };
}

/** One line for a person: `.policy-linter.json: rules.foo is not a known rule id ...`. */
export function formatProblem(p: ConfigProblem): string {
  return p.key ? `${p.source}: ${p.key} ${p.message}` : `${p.source}: ${p.message}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const describe = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'string' ? JSON.stringify(v) : `${typeof v} ${JSON.stringify(v)}`);
const list = (xs: readonly string[]) => xs.map((x) => `"${x}"`).join(', ');

export function resolveConfig(config: PolicyLinterConfig | undefined, source: string, known: KnownIds = knownIds()): ResolveResult {
  return resolveLayers([{ source, config }], known);
}

/** One source of configuration: the editor settings, a .policy-linter.json, command-line options. */
export interface ConfigLayer {
  /** Names the source in problems ("settings", a file path, "--rule"). */
  source: string;
  /** The value as read (any JSON): validated here, never trusted. */
  config: unknown;
}

/**
 * The one way configuration is resolved, by the CLI and the server alike. Each layer is validated on its own (its
 * problems name its source) and only its valid parts are laid over the layers before it: profiles as a whole (a
 * later layer's list replaces an earlier one's), rule severities key by key, a topic's settings as a whole (a later layer that sets a topic replaces what earlier ones said about it),
 * placeholder patterns and allow lists appended. An invalid value never reaches a later stage, whatever its type.
 */
export function resolveLayers(layers: readonly ConfigLayer[], known: KnownIds = knownIds()): ResolveResult {
  const resolved = emptyConfig();
  const problems: ConfigProblem[] = [];
  for (const { source, config } of layers) {
    const problem = (key: string, message: string) => problems.push({ source, key, message });
    if (config === undefined || config === null) continue;
    if (!isObject(config)) {
      problem('', `must be a JSON object, not ${describe(config)}; it was ignored.`);
      continue;
    }
    for (const [key, value] of Object.entries(config)) {
      if (key === 'profiles') resolveProfiles(value, known, resolved, problem);
      else if (key === 'rules') resolveRules(value, known, resolved, problem);
      else if (key === 'topics') resolveTopics(value, known, resolved, problem);
      else if (key === 'placeholders') resolvePlaceholders(value, resolved, problem);
      else if (key === 'docsUrl') resolveDocsUrl(value, resolved, problem);
      else if (key !== '$schema') problem(key, `is not a known setting (use "profiles", "rules", "topics", "placeholders" or "docsUrl"); it was ignored.`);
    }
  }
  return { config: resolved, problems };
}

/** The configuration that applies, as JSON: only what was valid, after layering (for --print-config). */
export function configOf(resolved: ResolvedConfig): PolicyLinterConfig {
  const out: PolicyLinterConfig = {};
  if (resolved.profiles.join() !== emptyConfig().profiles.join()) out.profiles = [...resolved.profiles];
  if (resolved.severities.size) out.rules = Object.fromEntries(resolved.severities);
  const topics = new Map<string, TopicSetting>();
  const topic = (id: string) => topics.get(id) ?? topics.set(id, {}).get(id)!;
  for (const [id, reason] of resolved.notApplicable) Object.assign(topic(id), { applicable: false, ...(reason ? { reason } : {}) });
  for (const [id, headings] of resolved.extraHeadings) topic(id).headings = headings;
  for (const [id, phrases] of resolved.extraPhrases) topic(id).phrases = phrases;
  if (topics.size) out.topics = Object.fromEntries(topics);
  const patterns = resolved.placeholderPatterns.map((p) => p.entry);
  const templates = resolved.templateExpressions !== emptyConfig().templateExpressions;
  if (patterns.length || resolved.allow.length || templates) {
    out.placeholders = {
      ...(patterns.length ? { patterns } : {}),
      ...(resolved.allow.length ? { allow: resolved.allow } : {}),
      ...(templates ? { templateExpressions: resolved.templateExpressions } : {}),
    };
  }
  if (resolved.docsUrl !== undefined) out.docsUrl = resolved.docsUrl;
  return out;
}

type Report = (key: string, message: string) => void;

/** Longest docsUrl accepted. */
export const MAX_DOCS_URL_LENGTH = 2000;
/** What a docsUrl looks like (the schema has the same pattern): http(s), a host, a path; no spaces, query or fragment. */
export const DOCS_URL_PATTERN = '^https?://[^\\s/?#]+[^\\s?#]*$';

/** `docsUrl`: an absolute http(s) address, kept without its trailing slashes (each rule's page is appended). */
function resolveDocsUrl(value: unknown, out: ResolvedConfig, problem: Report): void {
  const example = 'such as "https://example.com/policy-linter/rules"';
  if (typeof value !== 'string') return problem('docsUrl', `must be the address of the rule pages, ${example}, not ${describe(value)}; it was ignored.`);
  if (value.length > MAX_DOCS_URL_LENGTH) return problem('docsUrl', `is ${value.length} characters long (the limit is ${MAX_DOCS_URL_LENGTH}); it was ignored.`);
  if (!new RegExp(DOCS_URL_PATTERN).test(value) || !parsesAsUrl(value)) {
    return problem('docsUrl', `${describe(value)} is not an http or https address without spaces, query or fragment, ${example}; it was ignored.`);
  }
  out.docsUrl = value.replace(/\/+$/, '');
}

function parsesAsUrl(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** `profiles`: a non-empty list of known profile ids; unknown entries are reported and skipped. */
function resolveProfiles(profiles: unknown, known: KnownIds, out: ResolvedConfig, problem: Report): void {
  const ids = known.profiles ?? [];
  if (!Array.isArray(profiles)) return problem('profiles', `must be an array of profile ids such as ["gdpr", "ccpa"], not ${describe(profiles)}; it was ignored.`);
  const valid: string[] = [];
  profiles.forEach((p, i) => {
    if (typeof p === 'string' && ids.includes(p)) {
      if (!valid.includes(p)) valid.push(p);
    } else problem(`profiles[${i}]`, `${describe(p)} is not a known profile (known: ${list(ids)}); it was ignored.`);
  });
  if (valid.length) out.profiles = valid;
  else if (!profiles.length) problem('profiles', `is empty; name at least one profile (known: ${list(ids)}); the default ${list(DEFAULT_PROFILES)} applies.`);
}

function resolveRules(rules: unknown, known: KnownIds, out: ResolvedConfig, problem: Report): void {
  if (!isObject(rules)) return problem('rules', `must be an object mapping rule ids to severities, not ${describe(rules)}; it was ignored.`);
  for (const [id, value] of Object.entries(rules)) {
    const key = `rules.${id}`;
    if (!known.rules.includes(id)) problem(key, `is not a known rule id (known: ${list(known.rules)}); it was ignored.`);
    else if (typeof value !== 'string' || !SEVERITY_SETTINGS.includes(value as SeveritySetting)) {
      const hint = value === 'warn' ? ' (did you mean "warning"?)' : '';
      problem(key, `${describe(value)} is not a severity${hint}: use ${list(SEVERITY_SETTINGS)}; it was ignored.`);
    } else out.severities.set(id, value as SeveritySetting);
  }
}

function resolveTopics(topics: unknown, known: KnownIds, out: ResolvedConfig, problem: Report): void {
  if (!isObject(topics)) return problem('topics', `must be an object mapping topic ids to settings, not ${describe(topics)}; it was ignored.`);
  for (const [id, setting] of Object.entries(topics)) {
    const key = `topics.${id}`;
    if (!known.topics.includes(id)) {
      problem(key, `is not a known topic or requirement (known: ${list(known.topics.filter((t) => requirementById(t)?.id === t))}, or a regime's name for one of them); it was ignored.`);
      continue;
    }
    const canonical = requirementById(id)?.id ?? id;
    if (!isObject(setting)) {
      problem(key, `must be an object such as {"applicable": false, "reason": "..."}, not ${describe(setting)}; it was ignored.`);
      continue;
    }
    out.notApplicable.delete(id);
    out.extraHeadings.delete(id);
    out.extraPhrases.delete(id);
    let applicable = true;
    let reason = '';
    for (const [name, value] of Object.entries(setting)) {
      const k = `${key}.${name}`;
      if (name === 'applicable') {
        if (typeof value === 'boolean') applicable = value;
        else problem(k, `must be true or false, not ${describe(value)}; it was ignored.`);
      } else if (name === 'reason') {
        if (typeof value === 'string') reason = value.trim();
        else problem(k, `must be a string, not ${describe(value)}; it was ignored.`);
      } else if (name === 'headings' || name === 'phrases') {
        const phrases = stringList(value, k, problem);
        if (phrases.length) (name === 'headings' ? out.extraHeadings : out.extraPhrases).set(canonical, phrases);
      } else problem(k, `is not a known topic setting (use "applicable", "reason", "headings" or "phrases"); it was ignored.`);
    }
    if (!applicable) out.notApplicable.set(canonical, reason);
  }
}

/** The valid, non-empty strings of an array; every other entry is reported. */
function stringList(value: unknown, key: string, problem: Report, maxLength = MAX_PHRASE_LENGTH): string[] {
  if (!Array.isArray(value)) {
    problem(key, `must be an array of strings, not ${describe(value)}; it was ignored.`);
    return [];
  }
  const out: string[] = [];
  value.forEach((item, i) => {
    if (typeof item !== 'string' || !item.trim()) problem(`${key}[${i}]`, `must be a non-empty string, not ${describe(item)}; it was ignored.`);
    else if (item.length > maxLength) problem(`${key}[${i}]`, `is ${item.length} characters long (the limit is ${maxLength}); it was ignored.`);
    else out.push(item);
  });
  return out;
}

function resolvePlaceholders(placeholders: unknown, out: ResolvedConfig, problem: Report): void {
  if (!isObject(placeholders)) return problem('placeholders', `must be an object with "patterns", "allow" and/or "templateExpressions", not ${describe(placeholders)}; it was ignored.`);
  for (const [name, value] of Object.entries(placeholders)) {
    const key = `placeholders.${name}`;
    if (name === 'allow') out.allow.push(...stringList(value, key, problem, MAX_PATTERN_LENGTH));
    else if (name === 'templateExpressions') {
      if (typeof value === 'string' && TEMPLATE_EXPRESSION_SETTINGS.includes(value as TemplateExpressions)) out.templateExpressions = value as TemplateExpressions;
      else problem(key, `${describe(value)} is not allowed: use ${list(TEMPLATE_EXPRESSION_SETTINGS)}; it was ignored.`);
    } else if (name === 'patterns') {
      if (!Array.isArray(value)) {
        problem(key, `must be an array of patterns, not ${describe(value)}; it was ignored.`);
        continue;
      }
      if (value.length > MAX_PATTERNS) problem(key, `has ${value.length} entries; only the first ${MAX_PATTERNS} are used.`);
      value.slice(0, MAX_PATTERNS).forEach((entry, i) => {
        const compiled = compilePattern(entry, `${key}[${i}]`, problem);
        if (compiled) out.placeholderPatterns.push(compiled);
      });
    } else problem(key, `is not a known placeholder setting (use "patterns", "allow" or "templateExpressions"); it was ignored.`);
  }
}

/** Checks and compiles one user pattern (a string or {pattern, flags?, message?}); reports why it was ignored otherwise. */
export function compilePattern(entry: unknown, key: string, problem: Report): CompiledPattern | undefined {
  let pattern: unknown = entry;
  let flags = '';
  let message: string | undefined;
  if (isObject(entry)) {
    for (const name of Object.keys(entry)) {
      if (name !== 'pattern' && name !== 'flags' && name !== 'message') problem(`${key}.${name}`, `is not a known pattern setting (use "pattern", "flags" or "message"); it was ignored.`);
    }
    pattern = entry.pattern;
    if (entry.flags !== undefined) {
      if (typeof entry.flags !== 'string' || !new RegExp(`^(?!.*(.).*\\1)[${ALLOWED_FLAGS}]*$`).test(entry.flags)) {
        problem(`${key}.flags`, `${describe(entry.flags)} is not allowed: use any of "i", "m", "s", "u", each at most once; the pattern was ignored.`);
        return undefined;
      }
      flags = entry.flags;
    }
    if (entry.message !== undefined) {
      if (typeof entry.message === 'string' && entry.message.trim()) message = entry.message.trim();
      else problem(`${key}.message`, `must be a non-empty string, not ${describe(entry.message)}; it was ignored.`);
    }
    if (pattern === undefined) {
      problem(key, `has no "pattern"; it was ignored.`);
      return undefined;
    }
  }
  if (typeof pattern !== 'string' || pattern === '') {
    problem(key, `must be a non-empty string or an object {"pattern": "...", "flags": "i", "message": "..."}, not ${describe(pattern)}; it was ignored.`);
    return undefined;
  }
  const shown = JSON.stringify(pattern.length > 60 ? pattern.slice(0, 57) + '...' : pattern);
  if (pattern.length > MAX_PATTERN_LENGTH) {
    problem(key, `is ${pattern.length} characters long (the limit is ${MAX_PATTERN_LENGTH}); it was ignored.`);
    return undefined;
  }
  // The dialect is JavaScript's in Unicode mode (regex-dialect.ts): it validates, and RE2 runs the same meaning.
  const jsFlags = 'gu' + flags.replace('u', '');
  const source = withPunctuationEscapes(pattern);
  let regex: RegExp;
  try {
    regex = new RegExp(source, jsFlags);
  } catch (err) {
    const why = String((err as Error).message).replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
    problem(key, `${shown} is not a valid regular expression (${why}); it was ignored.`);
    return undefined;
  }
  const unsafe = unsafeReason(pattern);
  if (unsafe) {
    problem(key, `${shown} may take exponential time (${unsafe}); it was ignored.`);
    return undefined;
  }
  if (new RegExp(source, jsFlags.replace('g', '')).test('')) {
    problem(key, `${shown} matches empty text, so it would match everywhere; it was ignored.`);
    return undefined;
  }
  let re2: RE2JS;
  try {
    re2 = RE2JS.compile(toRe2(source, flags), RE2_FLAGS.reduce((acc, [f, bit]) => (flags.includes(f) ? acc | bit : acc), 0));
  } catch (err) {
    const why = String((err as Error).message).replace(/^error parsing regexp: /, '');
    problem(key, `${shown} uses syntax that cannot be matched in guaranteed linear time (${why}); lookarounds and backreferences are not supported; it was ignored.`);
    return undefined;
  }
  const setting = flags || message ? { pattern, ...(flags ? { flags } : {}), ...(message ? { message } : {}) } : pattern;
  return { regex, matches: (text) => re2Matches(re2, text), key, entry: setting, ...(message ? { message } : {}) };
}

const RE2_FLAGS: Array<[string, number]> = [['i', RE2JS.CASE_INSENSITIVE], ['m', RE2JS.MULTILINE], ['s', RE2JS.DOTALL]];

function* re2Matches(re2: RE2JS, text: string): Generator<Span> {
  const m = re2.matcher(text);
  while (m.find()) {
    const start = m.start();
    const end = m.end();
    if (end > start) yield { start, end };
  }
}
