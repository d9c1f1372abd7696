import type { Block, InlineDirective, LinkReference, PlainTextPart, Section, Span } from '../types.ts';

/** What a format parser contributes to a PolicyDocument. */
export interface ParsedParts {
  title?: Span;
  sections: Section[];
  toc: Span[];
  blocks: Block[];
  /** Spans where no placeholder may be reported (need not be sorted or disjoint; the engine normalises). */
  excluded: Span[];
  /** Spans inside `excluded` that a reader still reads (link destinations, inline code); need not be sorted. */
  readable?: Span[];
  /** Comments in the source, for inline directives: the comment's inner text and its span. */
  comments: Array<{ text: string; span: Span }>;
  /** Markdown: the line start of a code block that runs, unclosed, to the end of the text. */
  openCodeStart?: number;
  /** Markdown: reference-style links with their definitions' destinations, in source order (see PolicyDocument). */
  references?: LinkReference[];
  /** Markdown: the parts read as plain text (see PlainTextPart), in order; absent when there are none. */
  plainText?: PlainTextPart[];
  /** HTML: the start of the closing tag of the container holding the last section's heading (see PolicyDocument). */
  sectionsEnd?: number;
}

/** Sorts spans and merges overlapping or touching ones. */
export function normaliseSpans(spans: Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

export type { InlineDirective };
