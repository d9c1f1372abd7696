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

const compiledCache = new WeakMap<TopicDefinition, CompiledTopic>();

function compiledFor(def: TopicDefinition, options: RecognitionOptions): CompiledTopic {
  const headings = options.extraHeadings?.get(def.id);
  const phrases = options.extraPhrases?.get(def.id);
  if (headings?.length || phrases?.length) return compileTopic(def, { headings, phrases });
  let c = compiledCache.get(def);
  if (!c) {
    c = compileTopic(def);
    compiledCache.set(def, c);
  }
  return c;
}

/** True when `span` lies inside one of the sorted, disjoint `spans`. */
function inside(span: Span, spans: Span[]): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (s.end <= span.start) lo = mid + 1;
    else if (s.start > span.start) hi = mid - 1;
    else return s.end >= span.end;
  }
  return false;
}

/** True when `span` overlaps one of the sorted, disjoint `spans`. */
function overlaps(span: Span, spans: Span[]): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (s.end <= span.start) lo = mid + 1;
    else if (s.start >= span.end) hi = mid - 1;
    else return true;
  }
  return false;
}

const quote = (s: string) => {
  const t = s.trim();
  return t.length > QUOTE_LENGTH ? `${t.slice(0, QUOTE_LENGTH - 1)}…` : t;
};

/** Text of one block as matched: normalised, with HTML comments and tags left by a parser removed. */
function blockText(b: Block): string {
  return normalizeText(b.text.replace(/<!--[^]*?(?:-->|$)/g, ' ').replace(/<\/?[a-z][^<>]*>/gi, ' '));
}

/** Blanks out negative matches so no strong or weak phrase can use or bridge them. */
function withoutNegatives(text: string, t: CompiledTopic): string {
  return t.negative ? text.replace(t.negative, ' ¦ ') : text;
}

interface BodyBlock {
  block: Block;
  text: string;
  /** Index of the section whose own body holds the block, -1 before the first heading. */
  section: number;
}

/** The end of a section including its subsections: the next heading at the same or a higher level. */
function subtreeEnd(sections: Section[], i: number, textLength: number): number {
  const level = sections[i].level;
  for (let j = i + 1; j < sections.length; j++) if (sections[j].level <= level) return sections[j].heading.start;
  return textLength;
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

  // Body blocks in source order, each with its section; TOC runs, code, comments and front matter are no evidence.
  const starts = doc.sections.map((s) => s.heading.start);
  const body: BodyBlock[] = [];
  let si = -1;
  const sorted = [...doc.blocks].sort((a, b) => a.span.start - b.span.start);
  for (const block of sorted) {
    // Headings are judged as headings in (a); front matter is metadata, not policy text.
    if (block.kind === 'heading' || block.kind === 'front-matter') continue;
    if (overlaps(block.span, doc.toc) || inside(block.span, doc.excluded)) continue;
    while (si + 1 < starts.length && starts[si + 1] <= block.span.start) si++;
    const text = blockText(block);
    if (text.trim()) body.push({ block, text, section: si });
  }

  // (a) Headings.
  const headingMatched = new Set<number>();
  doc.sections.forEach((section, i) => {
    if (overlaps(section.heading, doc.toc)) return;
    const title = normalizeText(section.title).trim();
    for (const t of compiled) {
      if (!t.heading) continue;
      const m = t.heading.exec(title);
      if (!m || t.headingNegative?.test(title)) continue;
      if (t.requires) {
        const end = subtreeEnd(doc.sections, i, doc.text.length);
        const text = normalizeText(doc.text.slice(section.body.start, end));
        const r = t.requires.exec(text);
        if (!r) continue;
        add({ topic: t.def.id, span: section.heading, section, score: SCORE.heading, reason: `heading "${quote(section.title)}" with "${quote(r[0])}"` });
      } else {
        add({ topic: t.def.id, span: section.heading, section, score: SCORE.heading, reason: `heading "${quote(section.title)}"` });
      }
      headingMatched.add(i);
      tagSection(i, t.def.id);
    }
  });

  // (b) Body text: strong phrases per block, weak phrases within a window of blocks of one section.
  const ownBlocks = new Map<number, number>();
  for (const b of body) ownBlocks.set(b.section, (ownBlocks.get(b.section) ?? 0) + 1);
  const firstBlock = new Set<BodyBlock>();
  {
    let prev = Number.NaN;
    for (const b of body) {
      if (b.section !== prev) firstBlock.add(b);
      prev = b.section;
    }
  }
  for (const t of compiled) {
    const id = t.def.id;
    let window: Array<{ section: number; parts: Set<number>; quotes: string[] }> = [];
    for (const b of body) {
      const text = withoutNegatives(b.text, t);
      const m = t.strong?.exec(text);
      if (m) {
        add({ topic: id, span: b.block.span, score: SCORE.strong, reason: `body: "${quote(m[0])}"` });
        const sec = b.section;
        if (sec >= 0 && !headingMatched.has(sec) && firstBlock.has(b) && (ownBlocks.get(sec) ?? 0) <= SHORT_SECTION_BLOCKS) tagSection(sec, id);
      }
      if (!t.weak || covered.has(id)) continue;
      const parts = new Set<number>();
      const quotes: string[] = [];
      t.weak.lastIndex = 0;
      for (const w of text.matchAll(t.weak)) {
        const k = t.weakParts.findIndex((p) => p.test(w[0]));
        if (k >= 0 && !parts.has(k)) {
          parts.add(k);
          quotes.push(w[0]);
        }
      }
      window = window.filter((w) => w.section === b.section).slice(-(WEAK_WINDOW - 1));
      window.push({ section: b.section, parts, quotes });
      const union = new Map<number, string>();
      for (const w of window) [...w.parts].forEach((p, k) => union.has(p) || union.set(p, w.quotes[k]));
      if (union.size >= t.def.recognition.weakNeeded) {
        add({ topic: id, span: b.block.span, score: SCORE.weak, reason: `body: ${[...union.values()].map((q) => `"${quote(q)}"`).join(', ')}` });
      }
    }
  }
  return { covered, sectionTopics };
}
