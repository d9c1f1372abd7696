// Where things moved since a lint: a document's edits as offset replacements, and the mapping of offsets and spans
// of the linted text through them. Hovers use it to answer from the last result while a newer lint is pending.
import type { Span } from '../../engine/index.ts';

/** One edit, in offsets of the text it applied to: [start, end) was replaced by `length` characters. */
export interface TextChange {
  start: number;
  end: number;
  length: number;
}

/**
 * A span of the old text in the new one, or undefined when an edit touched it (it may mean something else now).
 * Text inserted or deleted right before a span shifts it; right after it leaves it alone; anything inside drops it.
 */
export function mapSpan(span: Span, changes: readonly TextChange[]): Span | undefined {
  let { start, end } = span;
  const empty = start === end;
  for (const c of changes) {
    if (c.end < start || (c.end === start && !(empty && c.start === c.end))) {
      const delta = c.length - (c.end - c.start);
      start += delta;
      end += delta;
    } else if (!(c.start > end || (c.start === end && !empty))) return undefined;
  }
  return { start, end };
}

/** An offset of the new text in the old one, or undefined when it lies in text an edit inserted. */
export function unmapOffset(offset: number, changes: readonly TextChange[]): number | undefined {
  let at = offset;
  for (let i = changes.length - 1; i >= 0; i--) {
    const c = changes[i];
    if (at < c.start) continue;
    if (at >= c.start + c.length) at += c.end - c.start - c.length;
    else return undefined;
  }
  return at;
}
