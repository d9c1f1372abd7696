// Compiles a topic lexicon (TopicDefinition data) into a few combined regular expressions, once per lexicon and
// per set of user additions, so recognition scans each block a constant number of times whatever the lexicon size.
import type { TopicDefinition } from './definition.ts';

export interface CompiledTopic {
  def: TopicDefinition;
  /** Matches a section title that names the topic. */
  heading: RegExp | undefined;
  headingNegative: RegExp | undefined;
  /** Global: matches blanked out of text before strong/weak matching. */
  negative: RegExp | undefined;
  /** Global. */
  strong: RegExp | undefined;
  /** Global: any weak signal; `weakParts` tell which one matched. */
  weak: RegExp | undefined;
  weakParts: RegExp[];
  requires: RegExp | undefined;
}

const MACRO = /%([A-Z][A-Z0-9_]*)%/g;

/** Replaces `%NAME%` by `(?:<defines.NAME>)`, recursively; unknown names are an error in the lexicon. */
export function expandDefines(source: string, defines: Record<string, string> = {}, depth = 0): string {
  if (depth > 8) throw new Error(`Lexicon defines nest too deeply in "${source.slice(0, 60)}"`);
  return source.replace(MACRO, (_, name: string) => {
    const body = defines[name];
    if (body === undefined) throw new Error(`Unknown lexicon define %${name}%`);
    return `(?:${expandDefines(body, defines, depth + 1)})`;
  });
}

/** Escapes a plain user phrase for use inside a regex; its spaces match the normalised single space. */
export function escapePhrase(phrase: string): string {
  const words = normalizeText(phrase).trim().split(' ').filter(Boolean);
  const body = words.map((w) => w.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join(' ');
  // Word boundaries only where the phrase starts/ends with a word character, so "privacy@" still matches.
  const pre = /^\w/.test(body) ? '\\b' : '';
  const post = /\w$/.test(body) ? '\\b' : '';
  return `${pre}${body}${post}`;
}

function combine(sources: string[], defines: Record<string, string> | undefined, flags: string): RegExp | undefined {
  if (!sources.length) return undefined;
  return new RegExp(sources.map((s) => `(?:${expandDefines(s, defines)})`).join('|'), flags);
}

export interface TopicExtras {
  headings?: string[];
  phrases?: string[];
}

/** Builds the matchers for one topic; user headings and phrases are plain text, matched case-insensitively. */
export function compileTopic(def: TopicDefinition, extras: TopicExtras = {}): CompiledTopic {
  const r = def.recognition;
  const d = r.defines;
  const extraHeadings = (extras.headings ?? []).filter((h) => h.trim()).map(escapePhrase);
  const extraPhrases = (extras.phrases ?? []).filter((p) => p.trim()).map(escapePhrase);
  return {
    def,
    heading: combine([...r.headings, ...extraHeadings], d, 'i'),
    headingNegative: combine(r.headingNegative, d, 'i'),
    negative: combine(r.negative, d, 'gi'),
    strong: combine([...r.strong, ...extraPhrases], d, 'gi'),
    weak: combine(r.weak, d, 'gi'),
    weakParts: r.weak.map((s) => new RegExp(`^(?:${expandDefines(s, d)})$`, 'i')),
    requires: r.requires?.length ? combine(r.requires, d, 'i') : undefined,
  };
}

/**
 * Normalises text for matching: typographic quotes and dashes become ASCII, invisible characters vanish and every
 * run of white space becomes a single space.
 */
export function normalizeText(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201B\u2032\u02BC\uFF07`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\uFF02]/g, '"')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    // Only runs other than a lone space are rewritten: replacing every space would dominate the cost on large texts.
    .replace(/[^\S ]\s*| \s+/g, ' ');
}
