// Compiles a topic definition (TopicDefinition data) into regular expressions: one per part, one for the traps, one
// for headings. Compiled lazily, once per definition and per set of user additions, so start-up pays only for the
// topics a document is checked against.
import type { StatementDefinition, TopicDefinition } from './definition.ts';
import { normalizeText } from '../text/normalize.ts';
import { withLanguages, type LanguagePack } from './languages.ts';

export interface CompiledPart {
  name: string;
  /** Global, case-insensitive. */
  re: RegExp;
}

export interface CompiledStatement extends StatementDefinition {
  /** Bit masks over the topic's parts (bit i = parts[i]). */
  sentenceMask: number;
  contextMask: number;
  unlessMask: number;
}

export interface CompiledTopic {
  def: TopicDefinition;
  /** Matches a section title that names the topic. */
  heading: RegExp | undefined;
  /** Matches a section title that frames its sentences as about the topic without covering it (contextHeadings). */
  contextHeading: RegExp | undefined;
  headingNegative: RegExp | undefined;
  /** Global: matches blanked out of sentences before their parts are read. */
  traps: RegExp | undefined;
  parts: CompiledPart[];
  /**
   * Global, case-insensitive: the parts some statement needs in the sentence itself; a sentence where any of them
   * matches is a candidate. They are the part expressions themselves (a case-sensitive part gets a case-insensitive
   * twin), not one union of them: V8 compiles each expression to machine code on first use, and a union would compile
   * the same alternatives a second time (compile time at start-up, code in memory) while matching no faster.
   */
  anchors: RegExp[];
  statements: CompiledStatement[];
  /** The forms that make a conditional requirement apply (recognition.appliesWhen), if it has any. */
  conditions: CompiledStatement[] | undefined;
  /** Mask of the parts a titled section must contain (0: none required). */
  requiresMask: number;
  /** Mask of the parts that keep a title from covering the topic when its section has them (recognition.headingUnless). */
  headingUnlessMask: number;
}

/** The part and statement that carry the user's own phrases (`topics.<id>.phrases`). */
const USER_PART = 'USER';

const MACRO = /%([A-Z][A-Z0-9_]*)%/g;

/** Replaces `%NAME%` by `(?:<defines.NAME>)`, recursively; unknown names are an error in the definition. */
export function expandDefines(source: string, defines: Record<string, string> = {}, depth = 0): string {
  if (depth > 8) throw new Error(`Topic defines nest too deeply in "${source.slice(0, 60)}"`);
  return source.replace(MACRO, (_, name: string) => {
    const body = Object.hasOwn(defines, name) ? defines[name] : undefined;
    if (body === undefined) throw new Error(`Unknown topic define %${name}%`);
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
  /** The language packs whose additions to the topic are read too (the document's languages besides English). */
  languages?: LanguagePack[];
}

/**
 * Builds the matchers for one topic, with what the given language packs add to it; user headings and phrases are
 * plain text, matched case-insensitively. `def` of the result is the definition as read, packs merged.
 */
export function compileTopic(source: TopicDefinition, extras: TopicExtras = {}): CompiledTopic {
  const def = extras.languages?.length ? withLanguages(source, extras.languages) : source;
  const r = def.recognition;
  const d = r.defines;
  const extraHeadings = (extras.headings ?? []).filter((h) => h.trim()).map(escapePhrase);
  const extraPhrases = (extras.phrases ?? []).filter((p) => p.trim()).map(escapePhrase);
  const partSources: Array<[string, string[]]> = Object.entries(r.parts);
  const statements: StatementDefinition[] = [...r.statements];
  if (extraPhrases.length) {
    partSources.push([USER_PART, extraPhrases]);
    statements.push({ id: 'user-phrase', says: 'uses a phrase from your configuration', sentence: [USER_PART] });
  }
  if (partSources.length > 30) throw new Error(`Topic "${def.id}" has more than 30 parts`);
  const index = new Map(partSources.map(([name], i) => [name, i]));
  const mask = (names: string[] = []) =>
    names.reduce((m, n) => {
      const i = index.get(n);
      if (i === undefined) throw new Error(`Topic "${def.id}" uses unknown part "${n}"`);
      return m | (1 << i);
    }, 0);
  const conditions = r.appliesWhen?.statements ?? [];
  const anchorParts = new Set([...statements, ...conditions].flatMap((s) => s.sentence));
  const withCase = new Set(r.caseSensitive ?? []);
  const compileStatement = (s: StatementDefinition): CompiledStatement => ({ ...s, sentenceMask: mask(s.sentence), contextMask: mask(s.context), unlessMask: mask(s.unless) });
  const parts = partSources.map(([name, sources]) => ({ name, re: combine(sources, d, withCase.has(name) ? 'g' : 'gi')! }));
  return {
    def,
    anchors: parts.filter((p) => anchorParts.has(p.name)).map((p) => (withCase.has(p.name) ? combine(partSources[index.get(p.name)!][1], d, 'gi')! : p.re)),
    heading: combine([...r.headings, ...extraHeadings], d, 'i'),
    contextHeading: combine(r.contextHeadings ?? [], d, 'i'),
    headingNegative: combine(r.headingNegative, d, 'i'),
    traps: combine(r.traps, d, 'gi'),
    parts,
    statements: statements.map(compileStatement),
    conditions: r.appliesWhen ? conditions.map(compileStatement) : undefined,
    requiresMask: mask(r.requires),
    headingUnlessMask: mask(r.headingUnless),
  };
}
