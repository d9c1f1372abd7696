// Topic recognition: which topics a document covers, where, and on what evidence. Generic over the topic
// definitions: all topic knowledge is in the JSON data compiled by compile.ts; nothing here names a topic.
//
// A topic is covered by
//   (a) a section whose title names the topic (and no heading-negative pattern does) and which holds some prose —
//       and, when the topic `requires` parts (contact: a channel), whose text has one of them. In an outline or
//       skeleton draft (most sections empty), a titled empty section covers its topic too: the body is the author's
//       known to-do.
//   (b) a sentence that states the topic: every part of one of its statement forms occurs in the sentence, and the
//       `context` parts in the sentence or its context — the sentence before it in its paragraph, a section it sits in
//       that is titled for the topic, the lead-in sentence of its list, the header of its table column. Trap phrases are blanked out of sentences before the parts are
//       read. Sentences come from engine/text/sentences.ts: tables of contents, code and comments are never evidence.
// Every piece of evidence names the sentence (or heading) that covers the topic, the form and the parts that matched,
// so a person can check a "covered" as easily as a "missing".
import type { PolicyDocument, Section, TopicCoverage, TopicEvidence } from '../types.ts';
import type { TopicDefinition } from './definition.ts';
import { compileTopic, type CompiledStatement, type CompiledTopic } from './compile.ts';
import { normalizeText } from '../text/normalize.ts';
import { twoByte } from '../text/two-byte.ts';
import { countBefore } from '../text/search.ts';
import { overlaps, proseOf, type Prose } from '../text/sentences.ts';
import { detached, LintMemo, memoOf } from '../memo.ts';
import { titleShape } from '../parse/text-headings.ts';
import { frontMatter } from '../templates/index.ts';
import { languagesOf, type LanguagePack } from './languages.ts';
import authorNotes from './author-notes.json' with { type: 'json' };

/** Evidence scores: a heading is the clearest sign, a vague statement the faintest. */
const SCORE = { heading: 1, statement: 0.8, vague: 0.6 } as const;
/** Sentence evidence kept per topic and kind (concrete, vague); headings are always kept. */
const MAX_SENTENCE_EVIDENCE = 20;
/** A section whose own body has at most this many blocks takes the topic of a statement in its first block. */
const SHORT_SECTION_BLOCKS = 3;
const QUOTE_LENGTH = 100;
/**
 * The start of an instruction to the author ("Before publishing, complete:", "Add a section on …"): author-notes.json,
 * with what the document's language packs add. One expression per set of packs.
 */
const authorNoteCache = new Map<string, RegExp>();
function authorNote(languages: LanguagePack[]): RegExp {
  const key = languages.map((l) => l.language).join(',');
  let re = authorNoteCache.get(key);
  if (!re) {
    const leads = [...authorNotes.leads, ...languages.flatMap((l) => l.authorNotes ?? [])];
    authorNoteCache.set(key, (re = new RegExp(`^(?:${leads.map((s) => `(?:${s})`).join('|')})`, 'i')));
  }
  return re;
}
/** Between sentences in the joined text: no pattern crosses a full stop and line breaks. */
const SEPARATOR = '\n.\n';

export interface RecognitionOptions {
  /** Plain-text headings and phrases added by the user, per topic id. */
  extraHeadings?: Map<string, string[]>;
  extraPhrases?: Map<string, string[]>;
}

/**
 * Compiled definitions per definition, per set of user additions and per set of document languages (few distinct
 * ones: one per configuration and language mix).
 */
const compiledCache = new WeakMap<TopicDefinition, Map<string, CompiledTopic>>();
const MAX_CACHED_VARIANTS = 16;

function compiledFor(def: TopicDefinition, options: RecognitionOptions, languages: LanguagePack[]): CompiledTopic {
  const headings = options.extraHeadings?.get(def.id) ?? [];
  const phrases = options.extraPhrases?.get(def.id) ?? [];
  const key = JSON.stringify([headings, phrases, languages.map((l) => l.language)]);
  let variants = compiledCache.get(def);
  if (!variants) compiledCache.set(def, (variants = new Map()));
  let c = variants.get(key);
  if (!c) {
    if (variants.size >= MAX_CACHED_VARIANTS) variants.clear();
    c = compileTopic(def, { headings, phrases, languages });
    variants.set(key, c);
  }
  return c;
}

/** A short quote, detached from the large normalised string it comes from (which it would otherwise keep alive). */
export function quote(s: string, length = QUOTE_LENGTH): string {
  const t = s.trim();
  return detached(t.length > length ? `${t.slice(0, length - 1)}…` : t);
}

/** Same-length filler for a trap: a full stop and line breaks, which no pattern crosses. */
const blank = (s: string) => (s ? '.' + '\n'.repeat(s.length - 1) : '');

/** `text` with the topic's traps blanked, two-byte again (text/two-byte.ts: a replacement may give a one-byte string). */
const withoutTraps = (t: CompiledTopic, text: string): string => (t.traps ? twoByte(text.replace(t.traps, blank)) : text);

/** Bit mask of the topic's parts found in `text` (after its traps are blanked). */
function partsIn(t: CompiledTopic, text: string): number {
  const clean = withoutTraps(t, text);
  let mask = 0;
  t.parts.forEach((p, i) => {
    p.re.lastIndex = 0;
    if (p.re.test(clean)) mask |= 1 << i;
  });
  return mask;
}

/** The part matches in `text`, as [part name, matched text] (first match of each part), for evidence. */
function partQuotes(t: CompiledTopic, text: string, mask: number, memo: LintMemo): Array<{ part: string; text: string }> {
  const cache = memo.topic(t).quotes;
  const key = `${mask}|${text}`;
  const kept = cache.get(key);
  if (kept) return [...kept];
  const clean = withoutTraps(t, text);
  const out: Array<{ part: string; text: string }> = [];
  t.parts.forEach((p, i) => {
    if (!(mask & (1 << i))) return;
    p.re.lastIndex = 0;
    const m = p.re.exec(clean);
    if (m) out.push({ part: p.name, text: quote(m[0], 60) });
  });
  cache.set(key, [...out]);
  return out;
}

/** Normalised section titles (a document's sections are judged against every topic). */
const normalTitles = new WeakMap<Section, string>();

function normalTitle(section: Section, memo: LintMemo): string {
  let normal = normalTitles.get(section);
  if (normal === undefined) normalTitles.set(section, (normal = normalized(section.title, memo)));
  return normal;
}

/**
 * A front-matter entry as the line a page shows: the key in words ("effectiveDate", "last_updated" -> "effective Date",
 * "last updated") and the value without its quotes.
 */
function frontMatterLine(line: string): string {
  const m = /^([^:=]*)[:=]\s*(.*)$/.exec(line);
  if (!m) return line;
  const key = m[1].replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim();
  return `${key}: ${m[2].replace(/^(['"])(.*)\1$/, '$2')}`;
}

/** A title or title-shaped line, normalised (kept in the memo by its text). */
function normalized(title: string, memo: LintMemo): string {
  let normal = memo.titles.get(title);
  if (normal === undefined) {
    normal = normalizeText(title).trim();
    memo.titles.set(title, normal);
  }
  return normal;
}

/**
 * Normalises the titles of all of a document's sections at once: those not known yet (nor kept in the memo) in one
 * string, NUL between them (never white space, never in a pattern, so no rewrite crosses it), which saves
 * normalizeText's fixed cost per call on a document of thousands of sections. A title with a NUL of its own is left to
 * normalTitle.
 */
function normaliseTitles(sections: Section[], memo: LintMemo): void {
  const todo: Section[] = [];
  for (const s of sections) {
    if (normalTitles.has(s) || s.title.includes('\0')) continue;
    const known = memo.titles.get(s.title);
    if (known !== undefined) normalTitles.set(s, known);
    else todo.push(s);
  }
  if (!todo.length) return;
  const normal = normalizeText(todo.map((s) => s.title).join('\0')).split('\0');
  todo.forEach((s, i) => {
    const n = normal[i].trim();
    normalTitles.set(s, n);
    memo.titles.set(s.title, n);
  });
}

function namesTopic(title: string | Section, t: CompiledTopic, memo: LintMemo): boolean {
  return titleTopic(title, t, memo) === 2;
}

/** Whether a section title names the topic (2), only frames its sentences as about it (1, contextHeadings), or neither (0). */
function titleTopic(title: string | Section, t: CompiledTopic, memo: LintMemo): number {
  const normal = typeof title === 'string' ? normalized(title, memo) : normalTitle(title, memo);
  const cache = memo.topic(t).names;
  let names = cache.get(normal);
  if (names === undefined) {
    names = t.headingNegative?.test(normal) ? 0 : t.heading?.test(normal) ? 2 : t.contextHeading?.test(normal) ? 1 : 0;
    cache.set(normal, names);
  }
  return names;
}

/** The end of a section including its subsections: the next heading at the same or a higher level. */
function subtreeEnd(sections: Section[], i: number, textLength: number): number {
  const level = sections[i].level;
  for (let j = i + 1; j < sections.length; j++) if (sections[j].level <= level) return sections[j].heading.start;
  return textLength;
}

/** What the document says, read once and shared by every topic judged on it. */
interface Reading {
  doc: PolicyDocument;
  prose: Prose;
  /**
   * Results of pure functions of a sentence or title text (their parts per topic, whether a title names a topic, the
   * normalised title): the document's memo, which keeps them from its previous lint (engine/memo.ts), or one for this
   * lint alone. Without it the same sentence was read part by part up to three times per topic in one lint (for its
   * section's title, as a candidate, as its neighbour's context).
   */
  memo: LintMemo;
  /** First sentence index of each prose block (and one past the last). */
  blockSentences: number[];
  /** For each prose block, the block that introduces it (a list's lead-in, a table column's header), or -1. */
  leads: number[];
  /** For each prose block, the first cell of its table row when it is a later cell of the row (the row's label), or -1. */
  labels: number[];
  /**
   * By prose block: whether it is an instruction to the author (it opens with one, or is introduced by one: the items
   * of a drafting checklist). Nothing in it is evidence.
   */
  notes: boolean[];
  /** Whether the document is an outline or skeleton draft: most of its sections have no prose. */
  skeleton: boolean;
  /** By prose block: whether it is a single title-shaped sentence (filled in as asked; see titleLine). */
  titleLines: Array<boolean | undefined>;
  /** Blocks that are a lone template slot, with the slot's name in words (see slotLines); read on first use. */
  slotLines?: Array<{ block: number; words: string }>;
  /** The language packs the document's text calls for (engine/topics/languages.ts). */
  languages: LanguagePack[];
  /**
   * By sentence: its text as the anchors read it, between separators (see candidates), built on first use and shared
   * by every topic, so that the string is built and flattened once per sentence instead of once per topic.
   */
  framed: Array<string | undefined>;
}

const readings = new WeakMap<PolicyDocument, Reading>();

function read(doc: PolicyDocument): Reading {
  let r = readings.get(doc);
  if (r) return r;
  const memo = memoOf(doc) ?? new LintMemo();
  normaliseTitles(doc.sections, memo);
  const prose = proseOf(doc);
  const blockSentences: number[] = [];
  let si = 0;
  prose.blocks.forEach((_, b) => {
    while (si < prose.sentences.length && prose.sentences[si].block < b) si++;
    blockSentences.push(si);
  });
  blockSentences.push(prose.sentences.length);
  // The first block of the run of list items each list item is in (within its section), so that a long list costs one
  // pass, not a walk back over the run from every item.
  const runStart: number[] = [];
  const leads = prose.blocks.map((block, b) => {
    const inRun = b > 0 && prose.blocks[b - 1].kind === 'list-item' && prose.blockSection[b - 1] === prose.blockSection[b];
    runStart.push(block.kind === 'list-item' && inRun ? runStart[b - 1] : b);
    if (block.lead) return countBefore(prose.blocks, (x) => x.span.start < block.lead!.start);
    if (block.kind !== 'list-item') return -1;
    // A list's lead-in: the last sentence of the block before the run, ending in a colon (ASCII or full-width, as CJK
    // text writes it).
    const k = runStart[b] - 1;
    if (k < 0 || prose.blockSection[k] !== prose.blockSection[b]) return -1;
    const last = prose.sentences[blockSentences[k + 1] - 1];
    return last && last.block === k && /[:：]$/.test(last.text) ? k : -1;
  });
  const starts = prose.blocks.map((b) => b.span.start);
  const languages = languagesOf(doc.text);
  const note = authorNote(languages);
  const notes: boolean[] = [];
  prose.blocks.forEach((_, b) => {
    const first = prose.sentences[blockSentences[b]];
    notes.push((first?.block === b && note.test(first.text)) || (leads[b] >= 0 && leads[b] < b && notes[leads[b]]));
  });
  const labels = prose.blocks.map((block) => {
    if (!block.label) return -1;
    const k = countBefore(starts, (x) => x < block.label!.start);
    return starts[k] === block.label.start ? k : -1;
  });
  const empty = doc.sections.filter((s, i) => {
    const from = countBefore(starts, (x) => x < s.heading.end);
    return from >= starts.length || starts[from] >= subtreeEnd(doc.sections, i, doc.text.length);
  }).length;
  const skeleton = doc.sections.length >= 4 && empty * 2 >= doc.sections.length;
  r = { doc, prose, memo, blockSentences, leads, labels, notes, skeleton, titleLines: [], languages, framed: [] };
  readings.set(doc, r);
  return r;
}

/** How a section titled for a topic falls short. */
export type Shortfall = 'empty' | 'requirement';

interface HeadingJudgement {
  /** The part that satisfied the topic's `requires`, if it has any. */
  requirement?: { part: string; text: string };
  shortfall?: Shortfall;
  /** The section answers off the topic (see answersOff): its title does not cover it, and it is not incomplete either. */
  off?: boolean;
}

/** The sentences whose source starts in [start, end). */
function sentencesIn(r: Reading, start: number, end: number): [number, number] {
  const s = r.prose.sentences;
  return [countBefore(s, (x) => x.span.start < start), countBefore(s, (x) => x.span.start < end)];
}

/**
 * Whether section `i`'s title names topic `t`, and whether the section delivers: it must hold some prose (itself or
 * in its subsections; an empty one is an unwritten section, which covers the topic only in a skeleton draft) and, for
 * topics with `requires`, a sentence with one of the required parts.
 */
function judgeHeading(r: Reading, i: number, t: CompiledTopic, all: CompiledTopic[]): HeadingJudgement | undefined {
  const { doc } = r;
  const section = doc.sections[i];
  const named = titleTopic(section, t, r.memo);
  if (!named) return undefined;
  if (overlaps(section.heading, doc.toc)) return undefined;
  const end = subtreeEnd(doc.sections, i, doc.text.length);
  if (named === 1) {
    // A title that only frames the topic covers it as an unwritten section of a skeleton draft, and else leaves it to
    // the sentences under it.
    const [a, b] = sentencesIn(r, section.heading.end, end);
    return a === b && r.skeleton && !t.requiresMask ? {} : undefined;
  }
  const judge = (to: number): HeadingJudgement => {
    const [a, b] = sentencesIn(r, section.heading.end, to);
    if (a === b) return t.requiresMask || !r.skeleton ? { shortfall: 'empty' } : {};
    if (!t.requiresMask) return answersOff(r, t, a, b) ? { off: true } : {};
    // A section whose text is all instructions to the author ("the support address needs to be finalised", "add your
    // e-mail here") is the draft's known to-do, as an unwritten section of a skeleton is.
    if (leftToAuthor(r, a, b)) return {};
    for (let k = a; k < b; k++) {
      const text = r.prose.sentences[k].text;
      const mask = sentenceParts(r, t, text) & t.requiresMask;
      if (mask) return { requirement: partQuotes(t, text, mask, r.memo)[0] };
    }
    return { shortfall: 'requirement' };
  };
  const first = judge(end);
  // An empty section that needs something (contact: a channel) may have had the first line of its text taken for a
  // heading of its own ("ACME LTD" above an address): look into the next section too, unless that one names a topic.
  const next = doc.sections[i + 1];
  if (first.shortfall !== 'empty' || !t.requiresMask || !next || next.heading.start !== end || all.some((o) => namesTopic(next, o, r.memo))) return first;
  const second = judge(subtreeEnd(doc.sections, i + 1, doc.text.length));
  return second.shortfall ? first : second;
}

/**
 * The first statement a line states by itself (a title or a front-matter entry, no topic section needed): its parts in
 * `mask`, none of its exceptions, its context parts in `context`.
 */
function standaloneStatement(t: CompiledTopic, mask: number, context: number) {
  return t.statements.find((x) => (mask & x.sentenceMask) === x.sentenceMask && !(mask & x.unlessMask) && (context & x.contextMask) === x.contextMask && !x.needsTopic);
}

/** Whether sentences [a, b) (at least one) all lie in blocks that are instructions to the author (Reading.notes). */
function leftToAuthor(r: Reading, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!r.notes[r.prose.sentences[k].block]) return false;
  return b > a;
}

/**
 * Whether sentences [a, b) under a title that names the topic answer off it (a part of `headingUnless`: "all data stays
 * on your device" under "Retention"), so that the title does not cover the topic by itself.
 */
function answersOff(r: Reading, t: CompiledTopic, a: number, b: number): boolean {
  if (!t.headingUnlessMask) return false;
  for (let k = a; k < b; k++) if (sentenceParts(r, t, r.prose.sentences[k].text) & t.headingUnlessMask) return true;
  return false;
}

/**
 * Sections titled for `topic` that do not cover it — empty, or lacking what the topic `requires` ("Contact us"
 * without any channel) — so a rule can point at them instead of offering a second section. `topics` are all the
 * definitions, so that a following section named for another topic is never read as part of this one.
 */
export function incompleteSections(
  doc: PolicyDocument,
  topic: TopicDefinition,
  options: RecognitionOptions = {},
  topics: TopicDefinition[] = [topic],
): Array<{ section: Section; shortfall: Shortfall }> {
  const r = read(doc);
  const t = compiledFor(topic, options, r.languages);
  const all = topics.map((x) => compiledFor(x, options, r.languages));
  const out: Array<{ section: Section; shortfall: Shortfall }> = [];
  doc.sections.forEach((section, i) => {
    const shortfall = judgeHeading(r, i, t, all)?.shortfall;
    if (shortfall) out.push({ section, shortfall });
  });
  return out;
}

/**
 * Whether prose block `b` is one title-shaped sentence: read once per document, whichever topic asks. A table cell or
 * a list item is one of a row or a list, never a heading ("Where is my data stored?" in a table of questions and
 * answers; "Request deletion (subject to legal retention)" in a list of rights).
 */
function titleLine(r: Reading, b: number): boolean {
  let v = r.titleLines[b];
  if (v === undefined) {
    const first = r.blockSentences[b];
    const kind = r.prose.blocks[b].kind;
    v = kind !== 'table-cell' && kind !== 'list-item' && r.blockSentences[b + 1] - first === 1;
    if (v) {
      const text = r.prose.sentences[first].text;
      const shaped = r.memo.titleShapes.get(text) ?? titleShape(text) !== undefined;
      r.memo.titleShapes.set(text, shaped);
      v = shaped;
    }
    r.titleLines[b] = v;
  }
  return v;
}

/** A sentence that is only a template slot: `{{children_section}}`, `{{> international-transfers}}`, `${retentionSection}`. */
const SLOT_LINE = /^(?:\{\{[>#&]?\s*([\w.-]+)\s*\}\}|\$\{\s*([\w.-]+)\s*\})$/;
/**
 * A slot name (in words) that names a piece of a page — an element or a string of it (`children_p`, `h2_children`,
 * `childrenTitle`, `children_label`): one string of an app's i18n table, which a reader of the file never sees, not a
 * section a generator fills in.
 */
const PAGE_STRING = /\b(?:p|h[1-6]|li|span|div|para|paragraph|text|title|subtitle|heading|header|label|caption|desc|description|tooltip|hint|msg|message|str|string|btn|button|link)\b/i;

/**
 * The blocks of a document that are one template slot standing alone, with the slot's name as words
 * ("children_section" -> "children section"): a generator fills in a whole section there. Read once per document.
 */
function slotLines(r: Reading): Array<{ block: number; words: string }> {
  if (r.slotLines) return r.slotLines;
  const out: Array<{ block: number; words: string }> = [];
  r.prose.blocks.forEach((_, b) => {
    const first = r.blockSentences[b];
    if (r.blockSentences[b + 1] - first !== 1) return;
    const m = SLOT_LINE.exec(r.prose.sentences[first].text);
    const name = m && (m[1] ?? m[2]);
    const words = name?.replace(/([a-z])(?=[A-Z])/g, '$1 ').replace(/[_.-]+/g, ' ').trim();
    if (words && !PAGE_STRING.test(words)) out.push({ block: b, words });
  });
  return (r.slotLines = out);
}

/** partsIn for a sentence's text, kept in the reading's memo. */
function sentenceParts(r: Reading, t: CompiledTopic, text: string): number {
  const cache = r.memo.topic(t).parts;
  let mask = cache.get(text);
  if (mask === undefined) {
    mask = partsIn(t, text);
    cache.set(text, mask);
  }
  return mask;
}

/**
 * The sentences that may state the topic: those where one of the topic's anchors (the parts a statement needs in the
 * sentence itself) occurs. Only those are read part by part, with the traps blanked; traps only ever remove
 * matches, so a sentence without an anchor match cannot become one. Other sentences are read on demand, when a
 * candidate needs its context (`partsOf`). Each sentence is searched as it stands between its neighbours in the
 * sentences joined by SEPARATOR (which no pattern crosses), so the result depends on its text alone and is kept in the
 * memo: an edit re-reads only the sentences it changed.
 */
function candidates(r: Reading, t: CompiledTopic): number[] {
  const out: number[] = [];
  const { anchors } = t;
  if (!anchors.length) return out;
  // A text that recurs (a template's slot lines) is searched once.
  const cache = r.memo.topic(t).anchor;
  const { sentences } = r.prose;
  const last = sentences.length - 1;
  sentences.forEach((s, k) => {
    // The first sentence has no separator before it and the last none after it (`^` and `$` see the joined text's
    // ends): four ways a text can stand, kept as bits of one memo entry per text (bit v: known, bit 4 + v: a hit).
    const v = (k === 0 ? 1 : 0) | (k === last ? 2 : 0);
    const bits = cache.get(s.text) ?? 0;
    let hit: boolean;
    if (bits & (1 << v)) hit = (bits & (16 << v)) !== 0;
    else {
      const framed = (r.framed[k] ??= (k === 0 ? '' : SEPARATOR) + s.text + (k === last ? '' : SEPARATOR));
      hit = anchors.some((re) => {
        re.lastIndex = k === 0 ? 0 : SEPARATOR.length;
        return re.test(framed);
      });
      cache.set(s.text, bits | (1 << v) | (hit ? 16 << v : 0));
    }
    if (hit) out.push(k);
  });
  return out;
}

export function recognize(doc: PolicyDocument, topics: TopicDefinition[], options: RecognitionOptions = {}): TopicCoverage {
  const r = read(doc);
  const { prose } = r;
  const compiled = topics.map((t) => compiledFor(t, options, r.languages));
  const covered = new Map<string, TopicEvidence[]>();
  const applicable = new Map<string, TopicEvidence[]>();
  const needs: Array<{ topic: string; needs: string; evidence: TopicEvidence }> = [];
  const sectionTopics: string[][] = doc.sections.map(() => []);
  const tagSection = (i: number, topic: string) => {
    if (i >= 0 && !sectionTopics[i].includes(topic)) sectionTopics[i].push(topic);
  };

  // Section indices by nesting: the sections a section sits in, for context.
  const parentOf: number[] = [];
  const open: number[] = []; // the chain of enclosing sections, outermost first
  doc.sections.forEach((s, i) => {
    while (open.length && doc.sections[open[open.length - 1]].level >= s.level) open.pop();
    parentOf.push(open.length ? open[open.length - 1] : -1);
    open.push(i);
  });
  const ownBlocks = new Map<number, number>();
  prose.blockSection.forEach((s) => ownBlocks.set(s, (ownBlocks.get(s) ?? 0) + 1));

  for (const t of compiled) {
    const id = t.def.id;
    const evidence: TopicEvidence[] = [];

    // (a) Headings.
    doc.sections.forEach((section, i) => {
      const h = judgeHeading(r, i, t, compiled);
      if (!h || h.shortfall || h.off) return;
      const reason = h.requirement ? `heading "${quote(section.title)}" with ${h.requirement.part.toLowerCase()} "${h.requirement.text}"` : `heading "${quote(section.title)}"`;
      evidence.push({ topic: id, via: 'heading', span: section.heading, quote: quote(section.title), section, parts: h.requirement ? [h.requirement] : [], score: SCORE.heading, reason });
      tagSection(i, id);
    });

    // A title-shaped line of prose that names the topic ("Retention" on its own line, which the outline did not take
    // for a heading) heads what follows it like a heading (a skeleton's lines head nothing and still count).
    if (!t.requiresMask) {
      prose.blocks.forEach((_, b) => {
        if (!titleLine(r, b)) return;
        const first = r.blockSentences[b];
        const line = prose.sentences[first].text;
        if (!namesTopic(line, t, r.memo)) return;
        const followed = b + 1 < prose.blocks.length && prose.blockSection[b + 1] === prose.blockSection[b];
        if (!followed && !r.skeleton) return;
        if (followed) {
          // What the line heads: the blocks after it in its section, up to the next title-shaped line.
          let e = b + 1;
          while (e < prose.blocks.length && prose.blockSection[e] === prose.blockSection[b] && !titleLine(r, e)) e++;
          if (answersOff(r, t, r.blockSentences[b + 1], r.blockSentences[e])) return;
        }
        evidence.push({ topic: id, via: 'heading', span: prose.sentences[first].span, quote: quote(line), parts: [], score: SCORE.heading, reason: `heading-like line "${quote(line)}"` });
      });
      // A template slot alone on its line and named for the topic ("{{children_section}}") is where a generator puts
      // the topic's section: a slot for the statement, which covers it as a slot for a period does.
      for (const { block, words } of slotLines(r)) {
        if (!namesTopic(words, t, r.memo)) continue;
        const s = prose.sentences[r.blockSentences[block]];
        evidence.push({ topic: id, via: 'heading', span: s.span, quote: quote(s.text), parts: [], score: SCORE.heading, reason: `template slot for the section "${quote(s.text)}"` });
      }
    }

    // (b) Statements.
    const known = new Map<number, number>();
    const partsOf = (k: number): number => {
      let m = known.get(k);
      if (m === undefined) known.set(k, (m = sentenceParts(r, t, prose.sentences[k].text)));
      return m;
    };
    // A section titled for the topic (or inside one) supplies every context part: "30 days" under "Data retention".
    const allParts = (1 << t.parts.length) - 1;
    const titled = new Map<number, boolean>();
    const inTitledSection = (i: number): boolean => {
      if (i < 0) return false;
      let v = titled.get(i);
      if (v === undefined) titled.set(i, (v = titleTopic(doc.sections[i], t, r.memo) > 0 || inTitledSection(parentOf[i])));
      return v;
    };
    const blockMask = (b: number) => {
      let m = 0;
      for (let k = r.blockSentences[b]; k < r.blockSentences[b + 1]; k++) m |= partsOf(k);
      return m;
    };
    // A table row's label heads its row as a title heads a section: one that names the topic ("Retention" beside
    // "[period]") supplies every context part, any other its own parts ("How long do we keep it?" beside "30 days").
    const labelMask = (b: number) => {
      const first = r.blockSentences[b];
      const named = r.blockSentences[b + 1] - first === 1 && titleTopic(prose.sentences[first].text, t, r.memo) > 0;
      return named ? allParts : blockMask(b);
    };
    // The titles of the sections a sentence sits in supply their parts as context ("Erasure" under "Your rights").
    const titleParts = new Map<number, number>();
    const titlePartsOf = (i: number): number => {
      if (i < 0) return 0;
      let m = titleParts.get(i);
      if (m === undefined) titleParts.set(i, (m = sentenceParts(r, t, normalTitle(doc.sections[i], r.memo)) | titlePartsOf(parentOf[i])));
      return m;
    };
    const concrete: TopicEvidence[] = [];
    const vague: TopicEvidence[] = [];
    const applies: TopicEvidence[] = [];
    /** Evidence of forms that count only when another topic is covered too (settled after every topic is read). */
    const pending: TopicEvidence[] = [];
    const evidenceOf = (st: CompiledStatement, k: number, mask: number, score: number): TopicEvidence => {
      const s = prose.sentences[k];
      const parts: TopicEvidence['parts'] = partQuotes(t, s.text, mask & (st.sentenceMask | st.contextMask), r.memo);
      const fromContext = st.contextMask & ~mask;
      for (const [i, p] of t.parts.entries()) if (fromContext & (1 << i)) parts.push({ part: p.name, text: '(from its context)', fromContext: true });
      return {
        topic: id,
        via: 'statement',
        statement: st.id,
        span: s.span,
        quote: quote(s.text),
        parts,
        ...(st.vague ? { vague: true } : {}),
        ...(st.denies ? { denies: true } : {}),
        score,
        reason: `${st.says}: "${quote(s.text)}"`,
      };
    };
    for (const k of candidates(r, t)) {
      const s = prose.sentences[k];
      if (r.notes[s.block]) continue;
      const mask = partsOf(k);
      if (!mask) continue;
      let context = -1; // computed on demand
      const holds = (st: CompiledStatement): boolean => {
        if ((mask & st.sentenceMask) !== st.sentenceMask || mask & st.unlessMask) return false;
        if (!st.contextMask) return true;
        if (context < 0) {
          const previous = k > 0 && prose.sentences[k - 1].block === s.block ? partsOf(k - 1) : 0;
          context =
            mask |
            previous |
            (inTitledSection(s.section) ? allParts : titlePartsOf(s.section)) |
            (r.leads[s.block] >= 0 ? blockMask(r.leads[s.block]) : 0) |
            (r.labels[s.block] >= 0 ? labelMask(r.labels[s.block]) : 0);
        }
        return (context & st.contextMask) === st.contextMask;
      };
      if (t.conditions && applies.length < MAX_SENTENCE_EVIDENCE) {
        const st = t.conditions.find(holds);
        if (st) applies.push(evidenceOf(st, k, mask, SCORE.statement));
      }
      for (const st of t.statements) {
        if (!holds(st)) continue;
        const list = st.needsTopic ? pending : st.vague ? vague : concrete;
        if (list.length < MAX_SENTENCE_EVIDENCE) list.push(evidenceOf(st, k, mask, st.vague ? SCORE.vague : SCORE.statement));
        if (st.needsTopic) needs.push({ topic: id, needs: st.needsTopic, evidence: list[list.length - 1] });
        const b = s.block;
        const sec = s.section;
        if (sec >= 0 && (b === 0 || prose.blockSection[b - 1] !== sec) && (ownBlocks.get(sec) ?? 0) <= SHORT_SECTION_BLOCKS) tagSection(sec, id);
        break;
      }
    }
    // Section titles that state the topic by themselves ("Last updated: 3 March 2024"), for topics whose data says so.
    if (t.def.recognition.titlesState) {
      doc.sections.forEach((section, i) => {
        if (overlaps(section.heading, doc.toc)) return;
        const text = normalTitle(section, r.memo);
        const mask = partsIn(t, text);
        if (!mask) return;
        const context = mask | titlePartsOf(parentOf[i]);
        const st = standaloneStatement(t, mask, context);
        if (!st || concrete.length >= MAX_SENTENCE_EVIDENCE) return;
        const parts = partQuotes(t, text, mask & (st.sentenceMask | st.contextMask), r.memo);
        concrete.push({ topic: id, via: 'statement', statement: st.id, span: section.heading, quote: quote(section.title), section, parts, ...(st.denies ? { denies: true } : {}), score: SCORE.statement, reason: `${st.says}: "${quote(section.title)}"` });
      });
    }
    // Front-matter entries that state the topic by themselves ("effectiveDate: 2024-03-01"): a site generator renders
    // the page's metadata, so for topics whose data says so an entry is read as a line of the page (its key in words).
    if (t.def.recognition.frontMatterStates) {
      for (const entry of frontMatter(doc.text)?.keys ?? []) {
        if (concrete.length >= MAX_SENTENCE_EVIDENCE) break;
        const text = normalized(frontMatterLine(entry.line), r.memo);
        const mask = partsIn(t, text);
        const st = mask ? standaloneStatement(t, mask, mask) : undefined;
        if (!st) continue;
        const span = { start: entry.span.start, end: entry.span.start + entry.line.length };
        const parts = partQuotes(t, text, mask & (st.sentenceMask | st.contextMask), r.memo);
        concrete.push({ topic: id, via: 'statement', statement: st.id, span, quote: quote(entry.line), parts, ...(st.denies ? { denies: true } : {}), score: SCORE.statement, reason: `${st.says}: "${quote(entry.line)}"` });
      }
    }
    evidence.push(...concrete, ...vague);
    if (evidence.length) covered.set(id, evidence);
    // A section titled for a conditional requirement shows the practice as well as a sentence does.
    if (t.conditions) applicable.set(id, [...evidence.filter((e) => e.via === 'heading'), ...applies]);
  }
  // Forms that count only with another topic covered ("contact us to exercise your rights" needs a contact channel).
  for (const n of needs) {
    if (!covered.get(n.needs)?.some((e) => !needs.some((x) => x.evidence === e))) continue;
    const list = covered.get(n.topic);
    if (list) list.push(n.evidence);
    else covered.set(n.topic, [n.evidence]);
  }
  return { covered, sectionTopics, applicable };
}
