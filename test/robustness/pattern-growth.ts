// The regular expressions the engine runs from data (every compiled pattern of every core topic and profile requirement,
// and every built-in placeholder pattern), and the runs of each character class they are timed on by pattern-growth.test.ts.
//
// Collected generically: the topics come from the engine's topic module and their compiled form from its compiler,
// and every RegExp found in what it returns is audited, whatever its shape; each lexicon source (with its defines
// expanded) is audited on its own too, so a failure names the pattern to fix, not only the combined expression.
import { REQUIREMENTS } from '../../engine/requirements/index.ts';
import { compileTopic, expandDefines } from '../../engine/topics/compile.ts';
import { LANGUAGES, withLanguages } from '../../engine/topics/languages.ts';
import { BUILTIN_PATTERNS } from '../../engine/placeholders/patterns.ts';

export interface AuditedPattern {
  name: string;
  source: string;
  flags: string;
}

/** Every RegExp inside `value` (objects and arrays, depth first), named by its path. */
function regexesIn(value: unknown, path: string, out: AuditedPattern[], seen = new Set<unknown>()): void {
  if (value instanceof RegExp) {
    out.push({ name: path, source: value.source, flags: value.flags });
    return;
  }
  if (!value || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  for (const [k, v] of value instanceof Map ? value.entries() : Object.entries(value)) regexesIn(v, `${path}.${String(k)}`, out, seen);
}

/** Every string inside `value`, named by its path. */
function stringsIn(value: unknown, path: string, out: Array<[string, string]>): void {
  if (typeof value === 'string') out.push([path, value]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) stringsIn(v, `${path}.${k}`, out);
}

/** The fields of a topic's recognition data that hold regular expressions (statement forms only name parts). */
const PATTERN_FIELDS = ['defines', 'headings', 'contextHeadings', 'headingNegative', 'parts', 'traps'] as const;

export function auditedPatterns(): AuditedPattern[] {
  const out: AuditedPattern[] = [];
  const sourcesOf = (topic: (typeof REQUIREMENTS)[number], label: string) => {
    const defines = topic.recognition.defines ?? {};
    const sources: Array<[string, string]> = [];
    for (const field of PATTERN_FIELDS) stringsIn(topic.recognition[field], `${label}.recognition.${field}`, sources);
    for (const [name, source] of sources) out.push({ name, source: expandDefines(source, defines), flags: 'gi' });
  };
  for (const topic of REQUIREMENTS) {
    const { def: _def, ...compiled } = compileTopic(topic) as unknown as Record<string, unknown>;
    regexesIn(compiled, `${topic.id} (compiled)`, out);
    sourcesOf(topic, topic.id);
  }
  // The language packs' sources, and the topic's own with every pack's alternatives in its defines (a topic compiled
  // for a document's languages is an alternation of these, linear when each is); a source the packs leave unchanged is
  // audited once (below).
  for (const topic of REQUIREMENTS) if (LANGUAGES.some((p) => Object.hasOwn(p.topics, topic.id))) sourcesOf(withLanguages(topic, LANGUAGES), `${topic.id} [languages]`);
  for (const p of LANGUAGES) out.push({ name: `language ${p.language} detect`, source: p.detect.pattern, flags: 'gi' });
  for (const p of BUILTIN_PATTERNS) out.push({ name: `placeholder ${p.id}`, source: p.source, flags: p.flags });
  // The same expression is audited once (shared defines and lists recur across requirements), under its first name.
  const seen = new Set<string>();
  return out.filter((p) => !seen.has(`${p.flags}/${p.source}`) && seen.add(`${p.flags}/${p.source}`));
}

/**
 * Repeated units: runs of one character of each class, and of a word joined by it, and a few joined-token shapes. A
 * pattern written with letters beyond Latin-1 (the language packs' Cyrillic and CJK words) is run over Cyrillic and CJK
 * letters too, and one with Greek words over Greek letters; for the others those letters are one more non-word
 * character, as "ä" is (and a case-insensitive scan of them is slow in V8 without telling anything more).
 */
export function auditUnits(source = ''): string[] {
  const punctuation = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'];
  const scripts = /[^\u0000-\u00ff]/.test(source) ? ['я', '字', ...(/[\u0370-\u03ff]|\\u03/.test(source) ? ['ω'] : [])] : [];
  const singles = ['a', 'A', '7', 'ä', ...scripts, ' ', '\t', '\n', '\u00a0', ...punctuation];
  return [
    ...singles,
    ...singles.filter((c) => c !== 'a').map((c) => `a${c}`),
    ...['state-of-the-art-', '%2F', 'www.', 'a1.', 'x@y.', 'http://', 'a-1 ', '1 a '],
  ];
}
