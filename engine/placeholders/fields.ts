// Fields of a form-like list left unfilled: "- What data is collected: …" among items of the same shape, "<li>관련법령 :</li>"
// after "<li>보유근거 : …</li>", "1. Legal basis :<br>2. Items kept : …", and a field whose value only repeats its label
// ("Developer Name: Developer Name"). A template that lists its questions as "label: …" or leaves a generator's field
// empty shows the blank by its shape, in any language; the words of the label do not matter.
//
// Not fields: a lead-in whose list follows ("We collect:" then "- e-mail"), a label whose value is on the next line
// ("Address:" then "1 High St"), a list item that ends with a colon in running prose (no sibling "label: value" field).
import type { PatternContext, PlaceholderPattern, Refinement } from './patterns.ts';

/** Where a segment of a form ends or starts: a line break or an HTML element that breaks the line or closes a cell. */
const BOUNDARY = /\r\n|\r|\n|<\/?(?:li|br|p|div|td|th|dd|dt|tr|ul|ol)\b[^<>]{0,80}\/?>/gi;
/** A list marker, emphasis and spacing before a field's label. */
const ITEM_HEAD = /^[ \t>]*(?:(?:[-*+•]|\d{1,3}[.)]|[①-⑳])[ \t]+)?(?:\*\*|__|[*_])?/;
/** A field with its value: a short label, a colon and some text ("필수항목 : 이메일", "Email: privacy@northwind.test"). */
const FILLED = /^[^:：]{1,40}?[*_]{0,2}[ \t]{0,2}[:：][ \t]*\S/u;
/** A field holding only an ellipsis ("How long data is kept: …"). */
const ELLIPSIS_FIELD = /[:：][ \t]*(?:…|\.{3})[ \t]*$/;
/** A clause's subject or determiner: "You can:", "We use:", "Our partners:" lead into what follows, a field names a value. */
const CLAUSE_START = /^(?:you|we|i|they|he|she|it|our|your|us|this|these|those|that|there|here)\b/i;
/** The longest label of a field left empty with nothing after the colon. */
const MAX_EMPTY_LABEL = 40;
/** The longest label of a field holding an ellipsis (a question the template asks, wrapped over lines). */
const MAX_ELLIPSIS_LABEL = 240;

/** A segment's text without its HTML tags. */
const withoutTags = (s: string) => s.replace(/<[^<>]{0,120}>/g, '');

interface Segment {
  start: number;
  end: number;
  text: string;
}

/** The visible segment of text around `at`: between the boundaries before and after it, at most 300 characters each way. */
function segmentAt(text: string, at: number): Segment {
  const from = Math.max(0, at - 300);
  let start = from;
  BOUNDARY.lastIndex = 0;
  const before = text.slice(from, at);
  for (let b = BOUNDARY.exec(before); b; b = BOUNDARY.exec(before)) start = from + b.index + b[0].length;
  const after = text.slice(at, at + 300);
  BOUNDARY.lastIndex = 0;
  const b = BOUNDARY.exec(after);
  const end = b ? at + b.index : Math.min(text.length, at + 300);
  return { start, end, text: text.slice(start, end) };
}

/** The segment before the one starting at `start` (blank segments and bare tags skipped), or undefined. */
function previousSegment(text: string, start: number): Segment | undefined {
  let at = start;
  for (let n = 0; n < 6 && at > 0; n++) {
    const s = segmentAt(text, Math.max(0, lineBack(text, at)));
    if (s.start >= at) return undefined;
    if (withoutTags(s.text).trim()) return s;
    at = s.start;
  }
  return undefined;
}

/** The offset just before the boundary that ends at `at` (so the segment before it is read). */
function lineBack(text: string, at: number): number {
  let i = at;
  while (i > 0 && (text[i - 1] === '\n' || text[i - 1] === '\r')) i--;
  if (text[i - 1] === '>') {
    const lt = text.lastIndexOf('<', i - 1);
    if (lt >= 0 && i - lt <= 90) i = lt;
  }
  return i - 1;
}

/** The segment after the one ending at `end` (blank segments and bare tags skipped), or undefined. */
function nextSegment(text: string, end: number): Segment | undefined {
  let at = end;
  for (let n = 0; n < 6 && at < text.length; n++) {
    BOUNDARY.lastIndex = 0;
    const b = BOUNDARY.exec(text.slice(at, at + 100));
    const from = b && b.index === 0 ? at + b[0].length : at + 1;
    const s = segmentAt(text, from);
    if (withoutTags(s.text).trim()) return s;
    at = s.end;
  }
  return undefined;
}

const bare = (s: string) => withoutTags(s).replace(ITEM_HEAD, '').trim();
const indent = (s: string) => /^[ \t]*/.exec(s)![0].length;
const isItem = (s: string) => /^[ \t>]*(?:[-*+•]|\d{1,3}[.)])[ \t]+\S/.test(s);

/** Whether a neighbouring segment is another field of the form: "label: value" or "label: …". */
function formNeighbour(s: Segment | undefined): boolean {
  if (!s) return false;
  const t = bare(s.text);
  return FILLED.test(t) || ELLIPSIS_FIELD.test(t) || /^[^:：]{1,40}[:：]$/u.test(t);
}

/**
 * A field whose value is missing: the colon ends its segment (or only an ellipsis follows it), the next segment does
 * not hold its value, and a neighbouring segment is a field too. The finding spans the label and the ellipsis; a list
 * item wrapped over lines is taken from its first line.
 */
export function unfilledField(m: RegExpExecArray, ctx: PatternContext): Refinement | false {
  const text = ctx.text;
  const colon = m.index;
  const end = m.index + m[0].trimEnd().length;
  let seg = segmentAt(text, colon);
  const ellipsis = /[….]/.test(m[0]);
  // A wrapped list item: its first line is the item's marker line, just above.
  let start = seg.start;
  if (ellipsis && !isItem(seg.text) && /^[ \t]{2,}\S/.test(seg.text)) {
    const prev = previousSegment(text, seg.start);
    if (prev && isItem(prev.text) && indent(prev.text) < indent(seg.text)) {
      start = prev.start;
      seg = { start, end: seg.end, text: text.slice(start, seg.end) };
    }
  }
  const label = bare(text.slice(start, colon).replace(/[*_]+\s*$/, ''));
  if (!/\p{L}/u.test(label) || label.length > (ellipsis ? MAX_ELLIPSIS_LABEL : MAX_EMPTY_LABEL)) return false;
  const next = nextSegment(text, seg.end);
  const prev = previousSegment(text, start);
  if (ellipsis) return formNeighbour(prev) || formNeighbour(next) ? { span: { start: labelStart(text, start, colon), end }, label } : false;
  // An empty field is an item of a list of fields ("<li>관련법령 :</li>", "- Rank:"), closed by its cell's end or
  // followed by the next item at its level, next to an item that holds its value; a paragraph or a lead-in ending with
  // a colon ("You have the right to:", "Contact Information:" with the address under it, "- Contact details:" over a
  // nested list) is not. A label is a name, not a sentence.
  if (label.split(/\s+/).length > 4 || /[.!?。,，]/.test(label) || CLAUSE_START.test(label) || !itemSegment(text, seg)) return false;
  const closed = /^[*_]{0,2}[ \t]*<\/(?:li|td|dd)>/i.test(text.slice(end, end + 14));
  if (!closed && !(next && itemSegment(text, next) && indent(next.text) === indent(seg.text))) return false;
  if (!filledItem(text, prev) && !filledItem(text, next)) return false;
  return { span: { start: labelStart(text, start, colon), end }, label };
}

/** Where a field's label starts: after the list marker and emphasis of its segment. */
function labelStart(text: string, start: number, colon: number): number {
  const head = text.slice(start, colon);
  return start + head.length - head.replace(ITEM_HEAD, '').length;
}

/** Whether a segment is a list item: a Markdown or numbered item, or the content of an HTML "<li>". */
function itemSegment(text: string, s: Segment): boolean {
  return isItem(s.text) || /<li\b[^<>]{0,80}>[ \t]*$/i.test(text.slice(Math.max(0, s.start - 90), s.start));
}

/** Whether a segment is a list item holding a field with its value ("<li>필수항목 : 이메일</li>", "- Email: a@b.test"). */
function filledItem(text: string, s: Segment | undefined): boolean {
  return !!s && itemSegment(text, s) && FILLED.test(bare(s.text));
}

/** "Developer Name: Developer Name": the label repeated where its value belongs, as a template fills its own fields. */
export function echoedField(m: RegExpExecArray): Refinement | false {
  const label = m[1].trim();
  const value = m[2].trim();
  const words = label.split(/\s+/).length;
  if (label !== value || words < 2 || words > 4) return false;
  const start = m.index + m[0].indexOf(m[1]);
  return { span: { start, end: m.index + m[0].lastIndexOf(m[2]) + m[2].trimEnd().length }, label };
}

/** A label in Title Case or sentence case, two to four words (counted in echoedField). */
const TITLE_LABEL = String.raw`\p{Lu}[\p{L}'’ \t-]{2,60}`;

export const FIELD_PATTERNS: PlaceholderPattern[] = [
  {
    id: 'unfilled-field',
    kind: 'blank',
    source: String.raw`[:：][*_]{0,2}[ \t]{0,3}(?:…|\.\.\.)?[ \t]{0,3}(?=\r|\n|$|<\/?(?:li|br|p|div|td|dd)\b)`,
    flags: 'i',
    priority: 12,
    label: { text: 'field' },
    refine: unfilledField,
  },
  {
    id: 'echoed-field',
    kind: 'slot',
    source: String.raw`^[ \t>*_+-]{0,6}(${TITLE_LABEL})[*_]{0,2}[ \t]{0,2}:[*_]{0,2}[ \t]{1,3}(${TITLE_LABEL})[*_]{0,2}[ \t]*$`,
    flags: 'mu',
    priority: 30,
    refine: echoedField,
  },
];
