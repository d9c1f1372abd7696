// Sentences of a document's prose, with their source spans: the unit topic recognition reads.
//
// A block's prose is the source text of its span with everything that is not prose blanked to spaces (markup, code,
// comments: the document's `excluded` spans), except what a reader still reads there (`readable`): link targets,
// which name contact pages and forms, and inline code. Blanking keeps every offset, so a sentence found in the prose is a span of the source. Sentences
// are split with the platform's Unicode sentence segmenter (UAX #29, Intl.Segmenter): measured on 50 KB of policy
// text it is about ten times faster than parse-english, whose tree the engine would not use, and splits policy prose
// as well (both stumble on the same abbreviations).
import type { Block, LinkReference, PolicyDocument, Span } from '../types.ts';
import { countBefore } from './search.ts';
import { normalizeText } from './normalize.ts';
import { HOLDS_ADDRESS } from './address.ts';
import { memoOf, type Segment } from '../memo.ts';

export interface Sentence {
  /** Source span, trimmed of white space and markup. */
  span: Span;
  /** What the sentence says: prose with markup removed, normalised (see normalizeText). */
  text: string;
  /** Index into the document's prose blocks (see proseBlocks). */
  block: number;
  /** Index of the section whose own body holds the sentence, -1 before the first heading. */
  section: number;
}

export interface Prose {
  /** The blocks that can be evidence, in source order. */
  blocks: Block[];
  /** Section index of each block (-1 before the first section heading). */
  blockSection: number[];
  sentences: Sentence[];
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Characters segmented at once (see sentenceSegments): the cost per character grows with the sentences in a window, so
 * windows are short (a text of two-letter sentences took 270 ms per 200 KB in windows of 4096, 75 ms in windows of 1024).
 */
const SEGMENT_WINDOW = 1024;

/**
 * A character after which a Unicode sentence may end (UAX #29: ATerm, STerm and Sep are all in it), or might: every
 * other-punctuation character but the ASCII ones that end none. A text without one is a single sentence (as a list item
 * or a table cell often is), and the segmenter's fixed cost per call is saved (checked against it for every code point).
 */
const MAY_END_SENTENCE = /[.!?\r\n\u0085\u2028\u2029]|(?![,;:"'*#%&/@\\])\p{Po}/u;

/**
 * The Unicode sentences of `text`, as Intl.Segmenter finds them, in time linear in the text. V8's segment iterator
 * costs time in proportion to the segments before each one (20,000 sentences in one string took 15 s), so a long
 * block is segmented a window at a time. Whether a sentence ends at a full stop can depend on what follows it (UAX #29
 * rule SB8: no break when the next letter, past digits, spaces and punctuation, is lower-case), so only boundaries
 * with at least half a window of text after them in the window are taken; the next window starts at the last of them.
 * A window without such a boundary grows until it has one. The result is the whole text's segmentation unless a
 * sentence end is followed by more than half a window without a letter.
 */
export function* sentenceSegments(text: string, window = SEGMENT_WINDOW): Generator<{ index: number; segment: string }> {
  if (text && !MAY_END_SENTENCE.test(text)) {
    yield { index: 0, segment: text };
    return;
  }
  let from = 0;
  let size = window;
  while (from < text.length) {
    const end = Math.min(text.length, from + size);
    const segments = [...segmenter.segment(text.slice(from, end))];
    if (end === text.length) {
      for (const s of segments) yield { index: from + s.index, segment: s.segment };
      return;
    }
    const margin = end - from - (window >> 1);
    let cut = segments.length - 1;
    while (cut > 0 && segments[cut].index > margin) cut--;
    if (cut === 0) {
      size *= 2;
      continue;
    }
    for (const s of segments.slice(0, cut)) yield { index: from + s.index, segment: s.segment };
    from += segments[cut].index;
    size = window;
  }
}

/**
 * Between texts segmented together (see segmentTexts): a line feed, a paragraph separator (UAX #29 class Sep). A
 * sentence always ends after one (rule SB4), and no rule that decides a boundary before it looks past it (SB8's look
 * ahead for a lower-case letter stops at it), nor one after it back across it: each text's sentences are the ones it
 * has alone.
 */
const BETWEEN = '\n';

/**
 * The sentences of each of `texts`, as sentenceSegments gives them one text at a time. Short texts that need the
 * segmenter are segmented together, joined by BETWEEN, in calls of about a window: the segmenter's fixed cost per call
 * (some microseconds) was most of the time on a document of many one-sentence lines (50,000 `A.` lines: 0.4 s).
 */
export function segmentTexts(texts: readonly string[], window = SEGMENT_WINDOW): Array<Array<{ index: number; segment: string }>> {
  const out: Array<Array<{ index: number; segment: string }>> = texts.map(() => []);
  let batch: number[] = [];
  let length = 0;
  const flush = () => {
    if (!batch.length) return;
    const joined = batch.map((i) => texts[i]).join(BETWEEN);
    let k = 0; // the text of the batch the segment starts in
    let offset = 0; // where that text starts in `joined`
    for (const s of segmenter.segment(joined)) {
      while (s.index >= offset + texts[batch[k]].length + BETWEEN.length) offset += texts[batch[k++]].length + BETWEEN.length;
      // A segment ends at the end of its text or takes the separator after it: never crosses into the next text.
      const end = Math.min(s.index + s.segment.length, offset + texts[batch[k]].length);
      if (end > s.index) out[batch[k]].push({ index: s.index - offset, segment: joined.slice(s.index, end) });
    }
    batch = [];
    length = 0;
  };
  texts.forEach((text, i) => {
    if (!text) return;
    if (!MAY_END_SENTENCE.test(text)) {
      out[i] = [{ index: 0, segment: text }]; // one sentence, as sentenceSegments says without the segmenter
      return;
    }
    if (text.length * 2 > window || text.includes(BETWEEN)) {
      out[i] = [...sentenceSegments(text, window)];
      return;
    }
    if (length + text.length > window) flush();
    batch.push(i);
    length += text.length + BETWEEN.length;
  });
  flush();
  return out;
}

/** True when `span` overlaps one of the sorted, disjoint `spans`. */
export function overlaps(span: Span, spans: readonly Span[]): boolean {
  const s = spans[countBefore(spans, (x) => x.end <= span.start)];
  return s !== undefined && s.start < span.end;
}

/**
 * The blocks that can be evidence, in source order: section headings are judged as headings, front matter is
 * metadata, and TOC runs are no evidence (code and comments are blanked out of the prose, see proseText). A heading
 * block that heads no section (a title line, a lone line of text) is read as text, and so is a section heading that
 * holds an address ("## Contact: privacy@acme.test", "##### Join our [server](https://…) to ask"): what it says is
 * content, whatever its markup.
 */
export function proseBlocks(doc: PolicyDocument): Block[] {
  const headings = doc.sections.map((s) => s.heading); // sorted, disjoint
  const frontMatter = leadingFrontMatter(doc.text);
  return doc.blocks
    .filter((b) => b.kind !== 'front-matter' && !overlaps(b.span, doc.toc) && b.span.start >= frontMatter)
    .filter((b) => b.kind !== 'heading' || !overlaps(b.span, headings) || HOLDS_ADDRESS.test(doc.text.slice(b.span.start, b.span.end)))
    .sort((a, b) => a.span.start - b.span.start);
}

/**
 * The end of YAML or TOML front matter at the very start of the text, else 0. Markdown's parser knows front matter;
 * a site generator's HTML or text page carries it too, and its values (an author's e-mail) are not what the page says.
 */
function leadingFrontMatter(text: string): number {
  const fence = /^(?:\uFEFF)?(---|\+\+\+)[ \t]*\r?\n/.exec(text);
  if (!fence) return 0;
  const close = new RegExp(`\\r?\\n${fence[1] === '---' ? '---' : '\\+\\+\\+'}[ \\t]*(?:\\r?\\n|$)`).exec(text.slice(fence[0].length, fence[0].length + 20000));
  return close ? fence[0].length + close.index + close[0].length : 0;
}

/** Markup characters that may be left around a sentence: emphasis, block-quote markers, table pipes, bullets. */
const EDGE = new Set([...' \t\r\n\f\v\u00a0*_>|#•·▪◦‣-']);
const TRAIL_EDGE = new Set([...' \t\r\n\f\v\u00a0*_>|']);
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * The prose of `span`: its source text with the excluded spans blanked, except the readable spans inside them. Same
 * length as the span, so offsets carry over.
 */
export function proseText(doc: PolicyDocument, span: Span): string {
  const { text, excluded } = doc;
  let out = '';
  let at = span.start;
  for (let k = countBefore(excluded, (x) => x.end <= span.start); k < excluded.length && excluded[k].start < span.end; k++) {
    const ex = excluded[k];
    const from = Math.max(ex.start, span.start);
    const to = Math.min(ex.end, span.end);
    if (from > at) out += text.slice(at, from);
    out += visibleIn(doc, from, to);
    at = to;
  }
  if (at < span.end) out += text.slice(at, span.end);
  return out;
}

/** [from, to) blanked to spaces, except the readable spans in it (line breaks stay, so lines still end). */
function visibleIn(doc: PolicyDocument, from: number, to: number): string {
  const blankRange = (a: number, b: number) => doc.text.slice(a, b).replace(/[^\r\n]/g, ' ');
  const targets = doc.readable;
  let out = '';
  let at = from;
  for (let k = countBefore(targets, (x) => x.end <= from); k < targets.length && targets[k].start < to; k++) {
    const t = targets[k];
    const s = Math.max(t.start, from);
    const e = Math.min(t.end, to);
    out += blankRange(at, s) + doc.text.slice(s, e);
    at = e;
  }
  return out + blankRange(at, to);
}

/**
 * The normalised text of the sentence at `span` with the destination of each reference-style link in it read after the
 * link ("[write to us][privacy]" reads as "write to us mailto:privacy@acme.test"), as an inline link's destination is
 * read where it stands; undefined when no reference overlaps it (its bracket may lie just before the trimmed span).
 */
function withDestinations(doc: PolicyDocument, span: Span, references: readonly LinkReference[]): string | undefined {
  let k = countBefore(references, (r) => r.span.end <= span.start);
  if (k >= references.length || references[k].span.start >= span.end) return undefined;
  const raw = proseText(doc, span);
  let out = '';
  let at = 0;
  for (; k < references.length && references[k].span.start < span.end; k++) {
    const cut = Math.min(references[k].span.end, span.end) - span.start;
    out += raw.slice(at, cut) + ' ' + references[k].url + ' ';
    at = cut;
  }
  return normalizeText(out + raw.slice(at)).trim();
}

/** `end`, moved past the low half of a surrogate pair it would split (a parser's block may end inside one). */
function wholeCharacter(text: string, end: number): number {
  const c = text.charCodeAt(end - 1);
  return c >= 0xd800 && c <= 0xdbff && end < text.length ? end + 1 : end;
}

const cache = new WeakMap<PolicyDocument, Prose>();

/** The document's prose blocks and their sentences (computed once per document). */
export function proseOf(doc: PolicyDocument): Prose {
  let prose = cache.get(doc);
  if (prose) return prose;
  const memo = memoOf(doc);
  const blocks = proseBlocks(doc);
  const starts = doc.sections.map((s) => s.heading.start);
  const blockSection: number[] = [];
  // Sentence bounds depend only on a block's prose text: with a memo, an unchanged block is not segmented again.
  const found: Array<{ text: string; known?: Segment[]; fresh?: Array<Segment & { raw: string }> }> = blocks.map((block) => {
    const text = proseText(doc, block.span);
    return { text, known: memo?.segments.get(text) };
  });
  const unknown = found.filter((f) => !f.known);
  segment(unknown.map((f) => f.text)).forEach((fresh, i) => (unknown[i].fresh = fresh));
  // Normalise the new sentences in one pass; NUL (never white space, never in a pattern) marks the boundaries.
  const fresh = found.flatMap((f) => f.fresh ?? []);
  const normal = normalizeText(fresh.map((r) => r.raw.replace(/\0/g, ' ')).join('\0')).split('\0');
  fresh.forEach((r, i) => (r.normal = normal[i].trim()));
  const sentences: Sentence[] = [];
  let si = -1;
  let readTo = 0;
  blocks.forEach((block, b) => {
    while (si + 1 < starts.length && starts[si + 1] <= block.span.start) si++;
    blockSection.push(si);
    const f = found[b];
    const segments: Segment[] = f.known ?? f.fresh!.map(({ start, end, normal }) => ({ start, end, normal }));
    if (memo && f.fresh) memo.segments.set(f.text, segments);
    for (const seg of segments) {
      // Blocks may overlap (an HTML parser moves stray text out of a table): text already read is not read twice.
      const start = block.span.start + seg.start;
      const end = wholeCharacter(doc.text, block.span.start + seg.end);
      if (start < readTo) continue;
      readTo = end;
      const span = { start, end };
      sentences.push({ span, text: doc.references ? withDestinations(doc, span, doc.references) ?? seg.normal : seg.normal, block: b, section: si });
    }
  });
  prose = { blocks, blockSection, sentences };
  cache.set(doc, prose);
  return prose;
}

/** A sentence segment that ends with a company suffix's full stop ("Inc.", "Ltd.", "GmbH."), which the segmenter takes for a sentence end. */
const COMPANY_SUFFIX_END = /\b(?:Inc|Ltd|Corp|Co|LLC|L\.L\.C|GmbH|AG|S\.A|S\.L|B\.V|N\.V|Pty|PLC|Limited|Incorporated)\.$/;

/** The sentences of each block's prose text: bounds trimmed of markup, and the raw text to normalise. */
function segment(texts: string[]): Array<Array<Segment & { raw: string }>> {
  // Unicode sentence rules end a sentence at every line break; a block's lines are one paragraph wrapped by hand.
  const segmented = segmentTexts(texts.map((text) => text.replace(/[\r\n]/g, ' ')));
  return texts.map((text, i) => {
    const out: Array<Segment & { raw: string }> = [];
    for (const seg of segmented[i]) {
      if (!HAS_WORD.test(seg.segment)) continue;
      let s = seg.index;
      let e = seg.index + seg.segment.length;
      while (s < e && EDGE.has(text[s])) s++;
      while (e > s && TRAIL_EDGE.has(text[e - 1])) e--;
      if (e <= s) continue;
      const last = out[out.length - 1];
      // "Twitter, Inc. 1355 Market St": a company suffix's full stop before a number ends no sentence.
      if (last && COMPANY_SUFFIX_END.test(last.raw) && /^\d/.test(text.slice(s, e))) {
        last.end = e;
        last.raw = text.slice(last.start, e);
      } else out.push({ start: s, end: e, raw: text.slice(s, e), normal: '' });
    }
    return out;
  });
}
