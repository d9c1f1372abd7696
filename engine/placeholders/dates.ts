// Dates: what counts as a real date after a "Last updated" label, and where such a label stands alone.
import { linePrefix } from './brackets.ts';

/** Month names, spelt out without nested optional groups (the patterns that use them must pass the user-regex safety check). */
export const MONTH =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)';

/** A real date in any common form: "July 1, 2024", "1 July 2024", "2024-07-01", "07/01/2024", "July 2024", "2024". */
export const REAL_DATE = new RegExp(
  [
    '\\b(?:19|20)\\d{2}\\b',
    '\\b\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}\\b',
    `\\b${MONTH}\\.?\\s{1,3}\\d{1,2}(?:st|nd|rd|th)?\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s{1,3}(?:of\\s{1,3})?${MONTH}\\b`,
  ].join('|'),
  'i',
);

/** Markup and punctuation that may stand between a label and its date (not "____" or "……", which are blanks to report). */
const MARKUP = /^[\s>#*+|=:\-–—]*(?:_{1,3}[\s*:]*)?\.?\s*$/;
/** What may precede a label on its line: markup and a section number ("## 12. Effective Date", "- **Last updated"). */
const PREFIX = /^[\s>#*_+|=\-–—•]*(?:(?:\d{1,3}(?:\.\d{1,3}){0,3}[.)]?|(?:[IVXLCivxlc]{1,6}|[A-Za-z])[.)])\s+[\s*_]*)?$/;

export interface LabelCheck {
  /** Offset where the next non-blank line's content starts, when the label line itself holds nothing after the label. */
  nextLineContent?: number;
}

/**
 * For a "Last updated"-style label at `start..end`, decides whether it stands without a date.
 * Returns undefined when the label is not on its own at the start of a line, or when a date (or any other text) follows.
 * `skip(offset)` is true inside excluded spans (markup, comments), which count as blank.
 */
export function labelWithoutDate(text: string, start: number, end: number, skip: (offset: number) => boolean): LabelCheck | undefined {
  // Only markup or excluded text may precede the label on its line ("## Last updated", "<p><b>Last updated").
  const before = linePrefix(text, start, 160);
  if (before === undefined) return undefined;
  const prefix = visible(before, start - before.length, skip);
  if (!PREFIX.test(prefix)) return undefined;
  // "- Date of last update" in a list is a list item (a kind of data, a point of an outline); "- Last updated:" is a field.
  if (/^\s*[-*+•]\s/.test(prefix) && text[end - 1] !== ':') return undefined;
  const lineEnd = endOfLine(text, end, 161);
  if (lineEnd - end > 160) return undefined;
  // "Last updated on" / "Effective as of" with nothing after: the connecting word belongs to the label.
  // A value in a code span ("Last updated: `2024-05-01`", "`<Date>`") is there for the reader to see.
  if (/`[^`\r\n]+`/.test(text.slice(end, lineEnd))) return undefined;
  const rest = visible(text.slice(end, lineEnd), end, skip).replace(/^\s{0,3}(?:on|as\s+of|from)(?![\p{L}\d])/iu, '');
  if (!MARKUP.test(rest)) return undefined; // a date, a slot, or prose follows on the same line
  // Nothing on the label line: look at the next non-blank line ("**Last updated:**\n\nJuly 1, 2024").
  let i = lineEnd;
  for (let lines = 0; i < text.length && lines < 3; lines++) {
    i = skipBreak(text, i);
    const e = endOfLine(text, i, 2_000);
    const line = visible(text.slice(i, Math.min(e, i + 200)), i, skip);
    if (!MARKUP.test(line)) {
      if (REAL_DATE.test(line.slice(0, 120))) return undefined;
      const lead = /^[\s>#*_+|=:\-–—]*/.exec(line)?.[0].length ?? 0;
      return { nextLineContent: i + lead };
    }
    i = e;
  }
  return {};
}

/** The text with excluded characters blanked out (so "<b>" or a comment reads as spaces). */
function visible(s: string, offset: number, skip: (offset: number) => boolean): string {
  let out = '';
  for (let k = 0; k < s.length; k++) out += skip(offset + k) ? ' ' : s[k];
  return out;
}

/** The end of the line that `from` is on, or `from + limit` if the line goes on longer. */
function endOfLine(text: string, from: number, limit: number): number {
  let i = from;
  const stop = Math.min(text.length, from + limit);
  while (i < stop && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
  return i;
}

function skipBreak(text: string, i: number): number {
  if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) return i + 2;
  return i < text.length ? i + 1 : i;
}
