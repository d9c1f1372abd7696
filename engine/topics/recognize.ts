// Topic recognition: which required topics a document covers, and where. Generic over the lexicons: all topic
// knowledge is in the JSON data compiled by compile.ts; nothing here names a topic.
//
// A topic is covered by
//   (a) a section whose title matches a heading pattern and no heading-negative pattern, and — when the lexicon has
//       `requires` (contact needs a channel) — whose text, including its subsections, matches one of them; or
//   (b) a strong phrase in any block of body text, or `weakNeeded` distinct weak phrases within a few consecutive
//       blocks of one section.
// Negative phrases are blanked out of the text before (b). Table-of-contents runs, code and comments are never evidence.
import type { Block, PolicyDocument, Section, Span, TopicCoverage, TopicEvidence } from '../types.ts';
import type { TopicDefinition } from './definition.ts';
import { compileTopic, normalizeText, type CompiledTopic } from './compile.ts';
import { countBefore } from '../text/search.ts';

/** Evidence scores: a heading is the clearest sign, one weak phrase the faintest. */
const SCORE = { heading: 1, strong: 0.8, weak: 0.6 } as const;
/** Weak phrases count together when they occur within this many consecutive blocks of one section. */
const WEAK_WINDOW = 3;
/** Body evidence kept per topic (headings are always kept); enough for hovers and reports. */
const MAX_BODY_EVIDENCE = 20;
/** A section whose own body has at most this many blocks takes the topic of a strong phrase in its first block. */
const SHORT_SECTION_BLOCKS = 3;
const QUOTE_LENGTH = 80;

export interface RecognitionOptions {
  /** Plain-text headings and phrases added by the user, per topic id. */
  extraHeadings?: Map<string, string[]>;
  extraPhrases?: Map<string, string[]>;
}

/** Compiled lexicons per definition and per set of user additions (few distinct ones: one per configuration). */
const compiledCache = new WeakMap<TopicDefinition, Map<string, CompiledTopic>>();
const MAX_CACHED_VARIANTS = 16;

function compiledFor(def: TopicDefinition, options: RecognitionOptions): CompiledTopic {
  const headings = options.extraHeadings?.get(def.id) ?? [];
  const phrases = options.extraPhrases?.get(def.id) ?? [];
  const key = JSON.stringify([headings, phrases]);
  let variants = compiledCache.get(def);
  if (!variants) compiledCache.set(def, (variants = new Map()));
  let c = variants.get(key);
  if (!c) {
    if (variants.size >= MAX_CACHED_VARIANTS) variants.clear();
    c = compileTopic(def, { headings, phrases });
    variants.set(key, c);
  }
  return c;
}

/** True when `span` lies inside one of the sorted, disjoint `spans`. */
function inside(span: Span, spans: Span[]): boolean {
  const s = spans[countBefore(spans, (x) => x.end <= span.start)];
  return s !== undefined && s.start <= span.start && s.end >= span.end;
}

/** True when `span` overlaps one of the sorted, disjoint `spans`. */
function overlaps(span: Span, spans: Span[]): boolean {
  const s = spans[countBefore(spans, (x) => x.end <= span.start)];
  return s !== undefined && s.start < span.end;
}

/**
 * A short quote for evidence. Copied character by character: a slice of the document's normalised text would keep
 * that whole (possibly megabytes-long) string alive for as long as the result is held.
 */
const quote = (s: string) => {
  const t = s.trim();
  const short = t.length > QUOTE_LENGTH ? `${t.slice(0, QUOTE_LENGTH - 1)}…` : t;
  return String.fromCharCode(...Array.from({ length: short.length }, (_, i) => short.charCodeAt(i)));
};

/** Markup a parser may have left in block text: HTML comments and tags. */
const LEFTOVER_MARKUP = /<!--[^]*?(?:-->|$)|<\/?[a-z][^<>]*>/gi;
/** Between blocks in the joined text: no lexicon pattern crosses a full stop or a line break. */
const BLOCK_SEPARATOR = '\n.\n';

interface BodyBlock {
  block: Block;
  /** Index of the section whose own body holds the block, -1 before the first heading. */
  section: number;
  /** Offset of the block's normalised text in the joined body text. */
  offset: number;
}

/**
 * The blocks that can be evidence, in source order: section headings are judged as headings, front matter is
 * metadata, and TOC runs, code and comments are no evidence. A heading block that heads no section (a title line,
 * a lone line of text) is read as text.
 */
function proseBlocks(doc: PolicyDocument): Block[] {
  const headings = doc.sections.map((s) => s.heading); // sorted, disjoint
  return doc.blocks
    .filter((b) => b.kind !== 'front-matter' && !overlaps(b.span, doc.toc) && !inside(b.span, doc.excluded))
    .filter((b) => b.kind !== 'heading' || !overlaps(b.span, headings))
    .sort((a, b) => a.span.start - b.span.start);
}

/** Whether some prose block starts in [start, end) (blocks sorted by start). */
function hasProse(prose: Block[], start: number, end: number): boolean {
  const next = prose[countBefore(prose, (b) => b.span.start < start)];
  return next !== undefined && next.span.start < end;
}

/** Link targets a reader reaches by clicking, which plain block text loses ("[e-mail us](mailto:…)"). */
const CHANNEL_LINK = /\b(?:mailto|tel):[^\s"'<>()[\]]+/gi;

/** What a block says: its plain text, without leftover markup, plus the mailto:/tel: targets of its links. */
function blockText(doc: PolicyDocument, block: Block): string {
  const links = doc.text.slice(block.span.start, block.span.end).match(CHANNEL_LINK) ?? [];
  const text = block.text.replace(LEFTOVER_MARKUP, ' ');
  const missing = links.filter((l) => !text.includes(l.replace(/^\w+:/, '')));
  return (missing.length ? `${text} (${missing.join(' ')})` : text).replace(/\0/g, ' ');
}

/**
 * All body text as one normalised string (one regex scan per pattern list is far faster than one per block), with
 * the blocks it came from and the section each belongs to.
 */
function joinBody(doc: PolicyDocument, prose: Block[]): { text: string; blocks: BodyBlock[] } {
  const starts = doc.sections.map((s) => s.heading.start);
  const picked: Array<{ block: Block; section: number }> = [];
  let si = -1;
  for (const block of prose) {
    while (si + 1 < starts.length && starts[si + 1] <= block.span.start) si++;
    picked.push({ block, section: si });
  }
  // Normalise everything in one pass; NUL (never white space, never in a pattern) marks the block boundaries.
  const parts = normalizeText(picked.map((p) => blockText(doc, p.block)).join('\0')).split('\0');
  const blocks: BodyBlock[] = [];
  const texts: string[] = [];
  let offset = 0;
  parts.forEach((t, i) => {
    if (!t.trim()) return;
    blocks.push({ ...picked[i], offset });
    texts.push(t);
    offset += t.length + BLOCK_SEPARATOR.length;
  });
  return { text: texts.join(BLOCK_SEPARATOR), blocks };
}

/**
 * Same-length filler for a negative match, so offsets still map to blocks: a full stop and line breaks, which no
 * lexicon pattern crosses, so nothing can use or bridge the removed words.
 */
const blank = (s: string) => (s ? '.' + '\n'.repeat(s.length - 1) : '');

/**
 * All matches of a global expression, run on the expression itself: `String.prototype.matchAll` would run a copy,
 * which V8 may start over in its slow bytecode interpreter.
 */
function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex++;
    yield m;
  }
}

/** Index of the block holding joined-text offset `at`. */
function blockAt(blocks: BodyBlock[], at: number): number {
  return Math.max(0, countBefore(blocks, (b) => b.offset <= at) - 1);
}

/** The end of a section including its subsections: the next heading at the same or a higher level. */
function subtreeEnd(sections: Section[], i: number, textLength: number): number {
  const level = sections[i].level;
  for (let j = i + 1; j < sections.length; j++) if (sections[j].level <= level) return sections[j].heading.start;
  return textLength;
}

/** How a section titled for a topic falls short. */
export type Shortfall = 'empty' | 'requirement';

interface HeadingJudgement {
  /** What satisfied the topic's `requires`, if it has any. */
  requirement?: string;
  shortfall?: Shortfall;
}

/**
 * Whether section `i`'s title names topic `t`, and whether the section delivers: it must hold some prose (itself or
 * in its subsections; an empty one is an unwritten section or a table-of-contents entry) and, for topics with
 * `requires`, text that satisfies it.
 */
function judgeHeading(doc: PolicyDocument, prose: Block[], i: number, t: CompiledTopic, all: CompiledTopic[]): HeadingJudgement | undefined {
  const section = doc.sections[i];
  if (!t.heading || !namesTopic(section.title, t)) return undefined;
  if (overlaps(section.heading, doc.toc)) return undefined;
  const end = subtreeEnd(doc.sections, i, doc.text.length);
  const judge = (to: number): HeadingJudgement => {
    if (!hasProse(prose, section.heading.end, to)) return { shortfall: 'empty' };
    if (!t.requires) return {};
    const r = t.requires.exec(normalizeText(doc.text.slice(section.body.start, to)));
    return r ? { requirement: r[0] } : { shortfall: 'requirement' };
  };
  const first = judge(end);
  // An empty section that needs something (contact: a channel) may have had the first line of its text taken for a
  // heading of its own ("ACME LTD" above an address): look into the next section too, unless that one names a topic.
  const next = doc.sections[i + 1];
  if (first.shortfall !== 'empty' || !t.requires || !next || next.heading.start !== end || all.some((o) => namesTopic(next.title, o))) return first;
  const second = judge(subtreeEnd(doc.sections, i + 1, doc.text.length));
  return second.shortfall ? first : second;
}

function namesTopic(title: string, t: CompiledTopic): boolean {
  const normal = normalizeText(title).trim();
  return !!t.heading?.test(normal) && !t.headingNegative?.test(normal);
}

/**
 * Sections titled for `topic` that do not cover it — empty, or lacking what the lexicon `requires` ("Contact us"
 * without any channel) — so a rule can point at them instead of offering a second section. `topics` are all the
 * lexicons, so that a following section named for another topic is never read as part of this one.
 */
export function incompleteSections(
  doc: PolicyDocument,
  topic: TopicDefinition,
  options: RecognitionOptions = {},
  topics: TopicDefinition[] = [topic],
): Array<{ section: Section; shortfall: Shortfall }> {
  const t = compiledFor(topic, options);
  const all = topics.map((x) => compiledFor(x, options));
  const prose = proseBlocks(doc);
  const out: Array<{ section: Section; shortfall: Shortfall }> = [];
  doc.sections.forEach((section, i) => {
    const shortfall = judgeHeading(doc, prose, i, t, all)?.shortfall;
    if (shortfall) out.push({ section, shortfall });
  });
  return out;
}

export function recognize(doc: PolicyDocument, topics: TopicDefinition[], options: RecognitionOptions = {}): TopicCoverage {
  const compiled = topics.map((t) => compiledFor(t, options));
  const covered = new Map<string, TopicEvidence[]>();
  const sectionTopics: string[][] = doc.sections.map(() => []);
  const add = (e: TopicEvidence) => {
    const list = covered.get(e.topic) ?? [];
    if (e.section || list.filter((x) => !x.section).length < MAX_BODY_EVIDENCE) list.push(e);
    covered.set(e.topic, list);
  };
  const tagSection = (i: number, topic: string) => {
    if (i >= 0 && !sectionTopics[i].includes(topic)) sectionTopics[i].push(topic);
  };

  const prose = proseBlocks(doc);

  // (a) Headings.
  const headingMatched = new Set<number>();
  doc.sections.forEach((section, i) => {
    for (const t of compiled) {
      const h = judgeHeading(doc, prose, i, t, compiled);
      if (!h || h.shortfall) continue;
      const reason = h.requirement ? `heading "${quote(section.title)}" with "${quote(h.requirement)}"` : `heading "${quote(section.title)}"`;
      add({ topic: t.def.id, span: section.heading, section, score: SCORE.heading, reason });
      headingMatched.add(i);
      tagSection(i, t.def.id);
    }
  });

  // (b) Body text: strong phrases anywhere, weak phrases within a window of blocks of one section.
  const body = joinBody(doc, prose);
  const ownBlocks = new Map<number, number>();
  const firstBlock = new Set<number>();
  body.blocks.forEach((b, i) => {
    ownBlocks.set(b.section, (ownBlocks.get(b.section) ?? 0) + 1);
    if (i === 0 || body.blocks[i - 1].section !== b.section) firstBlock.add(i);
  });
  for (const t of compiled) {
    const id = t.def.id;
    const text = t.negative ? body.text.replace(t.negative, blank) : body.text;
    if (t.strong) {
      for (const m of matches(t.strong, text)) {
        const i = blockAt(body.blocks, m.index);
        const b = body.blocks[i];
        add({ topic: id, span: b.block.span, score: SCORE.strong, reason: `body: "${quote(m[0])}"` });
        if (b.section >= 0 && !headingMatched.has(b.section) && firstBlock.has(i) && (ownBlocks.get(b.section) ?? 0) <= SHORT_SECTION_BLOCKS) tagSection(b.section, id);
      }
    }
    if (!t.weak || covered.has(id)) continue;
    // The latest block (and wording) of each weak signal in the current section; the signals seen within the last
    // WEAK_WINDOW blocks count together. One entry per signal keeps this linear however many matches there are.
    const latest = new Map<number, { block: number; quote: string }>();
    let section = Number.NaN;
    for (const m of matches(t.weak, text)) {
      const part = t.weakParts.findIndex((p) => p.test(m[0]));
      if (part < 0) continue;
      const i = blockAt(body.blocks, m.index);
      if (body.blocks[i].section !== section) {
        latest.clear();
        section = body.blocks[i].section;
      }
      latest.set(part, { block: i, quote: m[0] });
      const recent = [...latest.values()].filter((w) => w.block > i - WEAK_WINDOW);
      if (recent.length >= t.def.recognition.weakNeeded) {
        add({ topic: id, span: body.blocks[i].block.span, score: SCORE.weak, reason: `body: ${recent.map((w) => `"${quote(w.quote)}"`).join(', ')}` });
        break;
      }
    }
  }
  return { covered, sectionTopics };
}
