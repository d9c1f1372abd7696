// Bounds on what parsing a Markdown text may cost. micromark, remark-parse's tokenizer, reads prose at about a
// microsecond per character, but some shapes cost far more, and no policy needs them. Each bound below is checked by
// a linear pre-scan; a text over a bound has its costliest parts read as plain text, in a copy of the text for the
// parser with the same length (so every offset stays as it was). Real policies stay far below every bound, and the parts
// read as plain text are reported (`PolicyDocument.plainText`).
//
// 1. Nesting (`containerDepth`). Containers nested thousands deep ('- '.repeat(10000)) take micromark minutes, and
//    tree walkers overflow the stack: such a text is outlined as plain text (parse/index.ts).
//
// 2. Blocks (`boundBlocks`). micromark spends tens of microseconds on every line whatever its length, and on every list
//    item, link definition or table cell about a hundred: 200 KB of one-character list items take 5 s, a table row of
//    30,000 cells 3 s, 100,000 blank lines 1.5 s (docs/performance.md). A per-line model of that cost is summed over the
//    text; over the budget, the stretches between blank lines that cost most for their length are each read as one
//    line of plain text: their line breaks become spaces and their markup inert, except the containers (block quote,
//    list item) their first line opens, so they stay where they were. Fence lines and one-line comments are kept as
//    they are, so that no code block opens or closes elsewhere than it did and inline directives still apply.
//
// 3. Inline markup (`boundInlineMarkup`). Inside one paragraph (heading, table cell), micromark (1) resolves brackets
//    and emphasis by scanning back over the earlier events of the paragraph: each `]` looks for an opener, each `_` or
//    `*` run for a match, the GFM footnote call does the same; and (2) merges the text around every character where a
//    construct could start but did not (`&`, `<`, `\`, `!`, `[`...) with an array splice over the rest of the
//    paragraph's events. So a paragraph costs about (such characters × its length): a 25 KB run of `]`,
//    `'_'×10000 + 'a' + '_'×10000`, `'[^1] '` repeated, nested image openers or a 200 KB paragraph of `word [DATE]`
//    lines each take seconds. What is bounded is the sum of that product over the document. When it is over the
//    budget, micromark first splits the document into blocks without tokenizing any inline content (linear), and the
//    costliest paragraphs are read as plain text until the rest fits: their markup characters become inert and their
//    lines one line.
import { parse, preprocess } from 'micromark';
import { subtokenize } from 'micromark-util-subtokenize';
import type { Event, Extension, Token } from 'micromark-util-types';
import type { PlainTextPart, Span } from '../types.ts';

/**
 * The characters where an inline construct may start (micromark's text "breaks"), each with the inert look-alike of
 * the same UTF-16 length it becomes in a paragraph read as plain text.
 */
const MARKERS: Record<string, string> = {
  '!': '\u01c3', '&': '\uff06', '*': '\u2217', '<': '\u2039', '[': '\u2045', '\\': '\u29f5', ']': '\u2046', _: '\uff3f', '`': '\u02cb',
};
const IS_MARKER = new Set(Object.keys(MARKERS).map((c) => c.charCodeAt(0)));
/** IS_MARKER as a table by character code (all markers are ASCII), for the per-character loops. */
const IS_MARKER_CODE = new Uint8Array(128);
for (const c of IS_MARKER) IS_MARKER_CODE[c] = 1;
const PIPE = 124;
const BACKSLASH = 92;

// ---- 1. nesting ----

export const MAX_CONTAINER_DEPTH = 32;
/** A block-quote or list marker opening a line (or following one); sticky. */
const CONTAINER_MARKER = /[ \t]{0,3}(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?/y;

/** The most block-quote and list markers any line opens with, in one pass over the text. */
export function containerDepth(text: string): number {
  let deepest = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let depth = 0;
    CONTAINER_MARKER.lastIndex = lineStart;
    while (CONTAINER_MARKER.exec(text)) {
      depth++;
      if (CONTAINER_MARKER.lastIndex === lineStart) break;
      lineStart = CONTAINER_MARKER.lastIndex;
    }
    if (depth > deepest) deepest = depth;
    const nl = text.indexOf('\n', lineStart);
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  return deepest;
}

// ---- 2. blocks ----

/**
 * The block model: what micromark and mdast-util-from-markdown spend on a line, in about microseconds of CPU on the
 * benchmark machine (remark-parse on 50 KB of each shape, under load; `npm run bench -- --only=worst`). Generous where
 * shapes differ: a model that overestimates a pathological shape only reads more of it as plain text.
 */
const COST = {
  /** Per character of any line. */
  char: 0.25,
  /** Per line with text, and per blank line. */
  line: 20,
  blank: 5,
  /** A line after a blank line, which starts a block (a paragraph costs about this much more than its lines). */
  blockStart: 30,
  /** Each list item and each block quote the line opens. */
  listItem: 80,
  quote: 10,
  /**
   * Per column of leading white space past the third: the line continues list items opened on lines above it, each at
   * some microseconds a line (3,000 lines of items nested up to 30 deep took micromark 1 s, five times what the model
   * gave them without this).
   */
  indent: 4,
  /** Content starting with `#` (an ATX heading), `[` (a link or footnote definition), `=` or `-` (a setext underline). */
  heading: 30,
  definition: 80,
  underline: 20,
  /** Each `|` (a table cell). */
  pipe: 30,
  /** Each character where an inline construct may start (MARKERS: a link, emphasis, code, an entity...). */
  marker: 12,
  /** A hard line break: two spaces or a backslash at the end of the line. */
  hardBreak: 20,
};

/**
 * The most the block model may sum to for a text of `length` characters without any of it being read as plain text:
 * a quarter of a second, or two units per character, whichever is more. Real policies sum to about one unit per
 * character (1.1 to 1.4 over 20 KB; the densest seen, a 27 KB outline of one-line items and a 4 KB list of short
 * Japanese items, 3.3 and 4.1, far below the quarter second), so a policy is parsed as Markdown throughout; 200 KB of
 * one-word lines sums to five times the budget. A text over the budget is brought down to a quarter of it: it is
 * pathological, and what is left of its parse is then small next to the rest of the lint.
 */
export function blockBudget(length: number): number {
  return Math.max(250_000, 2 * length);
}

const SPACE = 32;
const TAB = 9;
const CR = 13;
const LF = 10;
const isBlank = (c: number) => c === SPACE || c === TAB;

/** What the block model charges for the line [s, e) (its text, without the line ending). */
function lineCost(text: string, s: number, e: number, afterBlank: boolean): number {
  let i = s;
  while (i < e && isBlank(text.charCodeAt(i))) i++;
  if (i === e) return COST.blank;
  let cost = COST.line + COST.char * (e - s) + (afterBlank ? COST.blockStart : 0);
  let columns = 0;
  for (let k = s; k < i; k++) columns += text.charCodeAt(k) === TAB ? 4 : 1;
  if (columns > 3) cost += COST.indent * (columns - 3);
  // The containers the line opens, after any indentation (a list item indented past three columns is nested in one).
  let at = i;
  CONTAINER_MARKER.lastIndex = i;
  for (let m = CONTAINER_MARKER.exec(text); m && CONTAINER_MARKER.lastIndex > at; m = CONTAINER_MARKER.exec(text)) {
    cost += m[0].includes('>') ? COST.quote : COST.listItem;
    at = CONTAINER_MARKER.lastIndex;
  }
  while (at < e && isBlank(text.charCodeAt(at))) at++;
  const first = text[at];
  if (first === '#') cost += COST.heading;
  else if (first === '[') cost += COST.definition;
  else if (first === '=' || first === '-') cost += COST.underline;
  for (let k = at; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c < 128) cost += CHAR_COST[c];
  }
  if (text.charCodeAt(e - 1) === BACKSLASH || (text.charCodeAt(e - 1) === SPACE && text.charCodeAt(e - 2) === SPACE)) cost += COST.hardBreak;
  return cost;
}

/** What an ASCII character costs on top of COST.char: a pipe, or a character where an inline construct may start. */
const CHAR_COST = new Float64Array(128);
CHAR_COST[PIPE] = COST.pipe;
for (const c of IS_MARKER) CHAR_COST[c] = COST.marker;

/** The end of the text of the line starting at `s` (before its line break: LF, CRLF or a lone CR). */
function lineEnd(text: string, s: number): number {
  let e = s;
  for (let c = text.charCodeAt(e); e < text.length && c !== LF && c !== CR; c = text.charCodeAt(++e));
  return e;
}

/** The start of the line after the one whose text ends at `e`. */
const nextLine = (text: string, e: number) => (e >= text.length ? e : text.charCodeAt(e) === CR && text.charCodeAt(e + 1) === LF ? e + 2 : e + 1);

/** Each line of `text` as [start, end of its text]. */
function lines(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let s = 0; s < text.length; ) {
    const e = lineEnd(text, s);
    out.push([s, e]);
    s = nextLine(text, e);
  }
  return out;
}

/** The block model's sum over `text` (in one pass: the incremental linter checks it on every edit). */
export function blockCost(text: string): number {
  let sum = 0;
  let afterBlank = true;
  for (let s = 0; s < text.length; ) {
    const e = lineEnd(text, s);
    const cost = lineCost(text, s, e, afterBlank);
    afterBlank = cost === COST.blank;
    sum += cost;
    s = nextLine(text, e);
  }
  return sum;
}

/**
 * A line kept as it is when the lines around it are read as plain text: a code fence (after any containers; ``` or
 * ~~~), so that no code block opens or closes elsewhere than it did, or a comment alone on its line, which may carry an
 * inline directive.
 */
const KEPT_LINE = /[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+[ \t>]*)*(?:```|~~~|<!--.*-->[ \t]*$)/my;
/** Lines are kept only in a text with at most this many of them (a text of nothing but fences costs as much). */
const MAX_KEPT_LINES = 512;
/** YAML or TOML front matter opening the text (remark-frontmatter's fences), which is never read as plain text. */
const FRONT_MATTER = /^\uFEFF?(---|\+\+\+)[ \t]*(?:\r\n?|\n)/;
/** The length a window of lines read as one line grows to (a line longer than that is a window of its own). */
const WINDOW = 2048;

/**
 * Lines that may be read as one line of plain text: [start, end) from the first line's start to the last line's text
 * end. Its line breaks become spaces, and its markup from `keep` on becomes inert.
 */
interface Window {
  start: number;
  /** The end of the containers its first line opens, which are kept (a blank run: its end, nothing is inert). */
  keep: number;
  end: number;
  /** What reading it as one line saves in the block model. */
  saves: number;
  /** A run of blank lines, which only loses its extra line breaks and stays one blank line. */
  blank: boolean;
}

/** Where the front matter opening `text` ends (its closing fence line included), or 0. */
function frontMatterEnd(text: string): number {
  const open = FRONT_MATTER.exec(text);
  if (!open) return 0;
  const close = new RegExp(`(?:\\r\\n?|\\n)${open[1] === '---' ? '---' : '\\+\\+\\+'}[ \\t]*(?:\\r\\n?|\\n|$)`, 'g');
  close.lastIndex = open[0].length - 1;
  const m = close.exec(text);
  return m ? m.index + m[0].length : 0;
}

/** A stretch of fewer lines than this (and shorter than WINDOW) is short: short stretches share windows. */
const SHORT_STRETCH = 4;

/**
 * The windows of `text`, in order. Lines are grouped into stretches of lines with text (ending at a blank line, a kept
 * line or the front matter) and runs of blank lines. A long stretch is cut into windows of about WINDOW characters (a
 * longer line is a window of its own); consecutive short stretches share windows of about that size, with the blank
 * lines between them (one-line paragraphs, headings and list items each cost as much as a line, and a window of one of
 * them saves nothing); a run of two or more blank lines that is in no such window is a window of its own.
 */
function windows(text: string): Window[] {
  const skip = frontMatterEnd(text);
  const isKept = (s: number, e: number) => {
    KEPT_LINE.lastIndex = s;
    return KEPT_LINE.test(text) && KEPT_LINE.lastIndex <= e;
  };
  // Every line with its cost and kind (a barrier: kept or front matter).
  const all: Array<{ s: number; e: number; cost: number; kind: 'text' | 'blank' | 'barrier' }> = [];
  let afterBlank = true;
  let kept = 0;
  for (const [s, e] of lines(text)) {
    const cost = lineCost(text, s, e, afterBlank);
    const blank = cost === COST.blank;
    afterBlank = blank;
    const barrier = s < skip || (!blank && isKept(s, e));
    if (barrier && s >= skip) kept++;
    all.push({ s, e, cost, kind: barrier ? 'barrier' : blank ? 'blank' : 'text' });
  }
  // Kept lines are kept only while there are few of them: past that, they are text like any other line.
  if (kept > MAX_KEPT_LINES) for (const l of all) if (l.kind === 'barrier' && l.s >= skip) l.kind = 'text';

  const out: Window[] = [];
  const push = (from: number, to: number, blank: boolean) => {
    // Lines [from, to) of `all`, read as one line.
    let cost = 0;
    for (let k = from; k < to; k++) cost += all[k].cost;
    const start = all[from].s;
    const end = all[to - 1].e;
    const one = blank ? COST.blank : COST.line + COST.char * (end - start);
    out.push({ start, keep: blank ? all[from].e : containersEnd(text, start), end, saves: cost - one, blank });
  };
  // Windows of text: lines [from, to) ending at a line with text; `shared` marks a window of short stretches.
  let from = -1;
  let last = -1; // the last line with text in the open window
  const close = () => {
    if (from >= 0) push(from, last + 1, false);
    from = -1;
  };
  let i = 0;
  while (i < all.length) {
    const kind = all[i].kind;
    if (kind === 'barrier') {
      close();
      i++;
      continue;
    }
    if (kind === 'blank') {
      let j = i;
      while (j < all.length && all[j].kind === 'blank') j++;
      // Blank lines inside a window of short stretches stay in it when the window goes on; otherwise a run of them is
      // a window of its own.
      const next = j < all.length && all[j].kind === 'text' ? stretchEnd(all, j) : j;
      const shortNext = next > j && next - j < SHORT_STRETCH && all[next - 1].e - all[j].s < WINDOW;
      if (!(from >= 0 && shortNext && all[next - 1].e - all[from].s <= WINDOW)) {
        close();
        if (j - i >= 2) push(i, j, true);
      }
      i = j;
      continue;
    }
    const end = stretchEnd(all, i);
    const short = end - i < SHORT_STRETCH && all[end - 1].e - all[i].s < WINDOW;
    if (short) {
      if (from >= 0 && all[end - 1].e - all[from].s > WINDOW) close();
      if (from < 0) from = i;
      last = end - 1;
    } else {
      // A long stretch: its own windows of about WINDOW characters.
      close();
      for (let k = i; k < end; k++) {
        if (from >= 0 && all[k].e - all[from].s > WINDOW) close();
        if (from < 0) from = k;
        last = k;
      }
      close();
    }
    i = end;
  }
  close();
  return out;
}

/** The end (exclusive) of the stretch of lines with text starting at line `i`. */
function stretchEnd(all: Array<{ kind: string }>, i: number): number {
  let j = i;
  while (j < all.length && all[j].kind === 'text') j++;
  return j;
}

/** The end of the block-quote and list markers opening the line that starts at `s`. */
function containersEnd(text: string, s: number): number {
  let end = s;
  CONTAINER_MARKER.lastIndex = s;
  while (CONTAINER_MARKER.exec(text) && CONTAINER_MARKER.lastIndex > end) end = CONTAINER_MARKER.lastIndex;
  return end;
}

/**
 * The text for the Markdown parser as far as blocks go: `text` itself, or (over the block budget) a copy of the same
 * length in which the windows that save most are each read as one line of plain text, until the rest is within a
 * quarter of the budget; with the spans of those windows (runs of blank lines, which stay one blank line, are not listed).
 */
export function boundBlocks(text: string, budget = blockBudget(text.length)): { text: string; plain: Span[] } {
  let total = blockCost(text);
  if (total <= budget) return { text, plain: [] };
  const all = windows(text);
  // In a text this far from any policy, the stretches over the inline budget are read as plain text here, with all
  // their windows, rather than found exactly by micromark's block pre-scan (boundInlineMarkup), which would cost as
  // much again as what is left of the parse.
  const heavy = inlineStretches(text).sort((a, b) => b.cost - a.cost);
  let inline = heavy.reduce((sum, s) => sum + s.cost, 0);
  const over: Array<{ start: number; end: number }> = [];
  for (const s of heavy) {
    if (inline <= INLINE_BUDGET) break;
    over.push(s);
    inline -= s.cost;
  }
  over.sort((a, b) => a.start - b.start);
  const chosen: Window[] = [];
  const rest: Window[] = [];
  let k = 0; // windows and stretches are both in order: the first stretch that may overlap the window
  for (const w of all) {
    while (k < over.length && over[k].end <= w.start) k++;
    if (!w.blank && k < over.length && over[k].start < w.end) {
      chosen.push(w);
      total -= w.saves;
    } else rest.push(w);
  }
  for (const w of rest.sort((a, b) => b.saves - a.saves)) {
    if (total <= budget / 4 || w.saves <= 0) break;
    chosen.push(w);
    total -= w.saves;
  }
  chosen.sort((a, b) => a.start - b.start);
  const out: string[] = [];
  let at = 0;
  for (const w of chosen) {
    out.push(text.slice(at, w.start));
    for (let i = w.start; i < w.end; i++) {
      const c = text.charCodeAt(i);
      out.push(c === LF || c === CR ? ' ' : i >= w.keep ? (INERT.get(text[i]) ?? text[i]) : text[i]);
    }
    at = w.end;
  }
  out.push(text.slice(at));
  // Adjacent windows are one part read as plain text (from the end of the containers its first line opens).
  const plain: Span[] = [];
  for (const w of chosen) {
    if (w.blank) continue;
    const last = plain[plain.length - 1];
    if (last && !/\S/.test(text.slice(last.end, w.start))) last.end = w.end;
    else plain.push({ start: w.keep, end: w.end });
  }
  return { text: out.join(''), plain };
}

/** What a window read as plain text has inert: the inline markers and what starts a block or a table cell. */
const INERT = new Map(Object.entries({ ...MARKERS, '#': '\uff03', '>': '\u203a', '-': '\u2010', '+': '\uff0b', '=': '\uff1d', '|': '\u2223', '~': '\uff5e' }));

// ---- 3. inline markup ----

/**
 * The most (markup characters × length) summed over a document's paragraphs that is parsed as Markdown throughout: a
 * few hundred milliseconds of inline parsing at most. A 100 KB policy of 1 KB paragraphs with a dozen links each sums
 * to about 1,000,000.
 */
export const INLINE_BUDGET = 30_000_000;

function countMarkers(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && IS_MARKER_CODE[c]) n++;
  }
  return n;
}

/** The stretches between blank lines, each with its inline cost (markers × length); no paragraph crosses one. */
function inlineStretches(text: string): Array<{ start: number; end: number; cost: number }> {
  const blank = /\n[ \t]*(?=\r?\n|$)|\r[ \t]*(?=\r|$)/g;
  const out: Array<{ start: number; end: number; cost: number }> = [];
  let from = 0;
  for (let m = blank.exec(text); ; m = blank.exec(text)) {
    const to = m ? m.index : text.length;
    const markers = countMarkers(text, from, to);
    if (markers) out.push({ start: from, end: to, cost: (to - from) * markers });
    if (!m) return out;
    from = m.index + m[0].length;
    if (m[0].length === 0) blank.lastIndex++;
  }
}

/** An upper bound of the paragraphs' inline cost: the stretches' sum. */
function upperBound(text: string): number {
  return inlineStretches(text).reduce((sum, s) => sum + s.cost, 0);
}

interface Paragraph {
  chunks: Array<[number, number]>;
  cost: number;
}

/**
 * The inline content of every paragraph, heading and table cell, as the chunks micromark would tokenize as text:
 * micromark's own block tokenization (document → flow → content), with text-level tokenization left out.
 */
function inlineContent(text: string, extensions: Extension[]): Paragraph[] {
  const events: Event[] = parse({ extensions }).document().write(preprocess()(text, undefined, true));
  const heads: Token[] = [];
  const hide = () => {
    for (const [kind, token] of events) {
      if (kind === 'enter' && token.contentType === 'text') {
        if (!token.previous) heads.push(token);
        token.contentType = undefined;
      }
    }
  };
  hide();
  while (!subtokenize(events)) hide();
  hide();
  // micromark drops a leading byte-order mark and counts offsets from the character after it.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return heads.map((head) => {
    const chunks: Array<[number, number]> = [];
    let markers = 0;
    for (let t: Token | undefined = head; t; t = t.next) {
      chunks.push([t.start.offset + bom, t.end.offset + bom]);
      markers += countMarkers(text, t.start.offset + bom, t.end.offset + bom);
    }
    return { chunks, cost: markers * (chunks[chunks.length - 1][1] - chunks[0][0]) };
  });
}

/**
 * The text for the Markdown parser as far as inline markup goes: `text` itself, or (when its paragraphs are over the
 * inline budget) a copy of the same length in which the costliest paragraphs' markup characters are inert; with those
 * paragraphs. `extensions` are the parser's own micromark extensions, so that the blocks found here are the blocks it
 * finds.
 */
export function boundInlineMarkup(text: string, extensions: Extension[]): { text: string; plain: Span[] } {
  if (upperBound(text) <= INLINE_BUDGET) return { text, plain: [] };
  const paragraphs = inlineContent(text, extensions).sort((a, b) => b.cost - a.cost);
  let total = paragraphs.reduce((sum, p) => sum + p.cost, 0);
  const chosen: Paragraph[] = [];
  for (const p of paragraphs) {
    if (total <= INLINE_BUDGET) break;
    chosen.push(p);
    total -= p.cost;
  }
  if (!chosen.length) return { text, plain: [] };
  const chunks = chosen.flatMap((p) => p.chunks).sort((a, b) => a[0] - b[0]);
  const out: string[] = [];
  let at = 0;
  for (const [s, e] of chunks) {
    out.push(text.slice(at, s));
    for (let i = s; i < e; i++) {
      const c = text.charCodeAt(i);
      // A table row's `\|` is split by the table construct before any inline parsing: it stays as it is. A paragraph's
      // lines become one (its chunks are its lines, each with its line ending): micromark's cost per line goes too.
      const keep = !IS_MARKER.has(c) || (c === BACKSLASH && text.charCodeAt(i + 1) === PIPE);
      out.push(c === LF || c === CR ? ' ' : keep ? text[i] : MARKERS[text[i]]);
    }
    at = e;
  }
  out.push(text.slice(at));
  const plain = chosen.map((p) => ({ start: p.chunks[0][0], end: p.chunks[p.chunks.length - 1][1] })).sort((a, b) => a.start - b.start);
  return { text: out.join(''), plain };
}

// ---- all three ----

/** Whether `text` is parsed as Markdown throughout: within the block and the inline budgets (nesting is checked apart). */
export function withinBounds(text: string): boolean {
  return blockCost(text) <= blockBudget(text.length) && upperBound(text) <= INLINE_BUDGET;
}

/**
 * The text for the Markdown parser: `text` itself, or a copy of the same length in which the parts over the block
 * budget and then those over the inline budget are read as plain text; with those parts, in order.
 */
export function boundMarkdown(text: string, extensions: Extension[]): { text: string; plain: PlainTextPart[] } {
  const blocks = boundBlocks(text);
  const inline = boundInlineMarkup(blocks.text, extensions);
  const plain: PlainTextPart[] = [...blocks.plain.map((span) => ({ span, reason: 'blocks' as const })), ...inline.plain.map((span) => ({ span, reason: 'inline' as const }))];
  return { text: inline.text, plain: plain.sort((a, b) => a.span.start - b.span.start) };
}
