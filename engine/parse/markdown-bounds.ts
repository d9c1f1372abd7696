// Bounds micromark's super-linear inline parsing. Inside one paragraph (heading, table cell), micromark (1) resolves
// brackets and emphasis by scanning back over the earlier events of the paragraph: each `]` looks for an opener, each
// `_` or `*` run for a match, the GFM footnote call does the same; and (2) merges the text around every character where
// a construct could start but did not (`&`, `<`, `\`, `!`, `[`...) with an array splice over the rest of the
// paragraph's events. So a paragraph costs about (such characters × its length): a 25 KB run of `]`,
// `'_'×10000 + 'a' + '_'×10000`, `'[^1] '` repeated, nested image openers or a 200 KB paragraph of `word [DATE]` lines
// each take seconds.
//
// What is bounded is the sum of that product over the document. When it is over the budget, micromark first splits the
// document into blocks without tokenizing any inline content (linear), and the costliest paragraphs are read as plain
// text until the rest fits: in the copy the parser reads, their markup characters become inert look-alikes of the same
// length, so every offset, and the block structure, stays as it was. Real policies stay far below the budget.
import { parse, preprocess } from 'micromark';
import { subtokenize } from 'micromark-util-subtokenize';
import type { Event, Extension, Token } from 'micromark-util-types';

/**
 * The characters where an inline construct may start (micromark's text "breaks"), each with the inert look-alike of
 * the same UTF-16 length it becomes in a paragraph read as plain text.
 */
const MARKERS: Record<string, string> = {
  '!': '\u01c3', '&': '\uff06', '*': '\u2217', '<': '\u2039', '[': '\u2045', '\\': '\u29f5', ']': '\u2046', _: '\uff3f', '`': '\u02cb',
};
const IS_MARKER = new Set(Object.keys(MARKERS).map((c) => c.charCodeAt(0)));
const PIPE = 124;
const BACKSLASH = 92;

/**
 * The most (markup characters × length) summed over a document's paragraphs that is parsed as Markdown throughout: a
 * few hundred milliseconds of inline parsing at most. A 100 KB policy of 1 KB paragraphs with a dozen links each sums
 * to about 1,000,000.
 */
export const INLINE_BUDGET = 30_000_000;

function countMarkers(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (IS_MARKER.has(text.charCodeAt(i))) n++;
  return n;
}

/** The cost of the stretches between blank lines (no paragraph crosses one, so this bounds the paragraphs' cost). */
function upperBound(text: string): number {
  const blank = /\n[ \t]*(?=\r?\n|$)|\r[ \t]*(?=\r|$)/g;
  let sum = 0;
  let from = 0;
  for (let m = blank.exec(text); ; m = blank.exec(text)) {
    const to = m ? m.index : text.length;
    sum += (to - from) * countMarkers(text, from, to);
    if (!m) return sum;
    from = m.index + m[0].length;
    if (m[0].length === 0) blank.lastIndex++;
  }
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

/** Whether every paragraph of `text` is parsed as Markdown (a text over the budget has some read as plain text). */
export function withinInlineBudget(text: string): boolean {
  return upperBound(text) <= INLINE_BUDGET;
}

/**
 * The text for the Markdown parser: `text` itself, or (when its paragraphs are over the inline budget) a copy of the
 * same length in which the costliest paragraphs' markup characters are inert. `extensions` are the parser's own
 * micromark extensions, so that the blocks found here are the blocks it finds.
 */
export function boundInlineMarkup(text: string, extensions: Extension[]): string {
  if (withinInlineBudget(text)) return text;
  const paragraphs = inlineContent(text, extensions).sort((a, b) => b.cost - a.cost);
  let total = paragraphs.reduce((sum, p) => sum + p.cost, 0);
  const plain: Array<[number, number]> = [];
  for (const p of paragraphs) {
    if (total <= INLINE_BUDGET) break;
    plain.push(...p.chunks);
    total -= p.cost;
  }
  if (!plain.length) return text;
  plain.sort((a, b) => a[0] - b[0]);
  const out: string[] = [];
  let at = 0;
  for (const [s, e] of plain) {
    out.push(text.slice(at, s));
    for (let i = s; i < e; i++) {
      const c = text.charCodeAt(i);
      // A table row's `\|` is split by the table construct before any inline parsing: it stays as it is.
      const keep = !IS_MARKER.has(c) || (c === BACKSLASH && text.charCodeAt(i + 1) === PIPE);
      out.push(keep ? text[i] : MARKERS[text[i]]);
    }
    at = e;
  }
  out.push(text.slice(at));
  return out.join('');
}
