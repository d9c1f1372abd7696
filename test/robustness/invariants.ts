// What must hold for every lint result, whatever the input. Positions are recomputed here independently of the
// engine's LineIndex (a plain scan of the text), so a LineIndex bug cannot hide itself.
import type { Finding, LintResult } from '../../engine/types.ts';
import { proseOf } from '../../engine/text/sentences.ts';

/** Start offset of every line: lines end at \r\n, \n or a lone \r (the LSP convention). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  const re = /\r\n|\r|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

/** The length of each line's content, without its line break. */
function lineLength(text: string, starts: number[], line: number): number {
  const end = line + 1 < starts.length ? starts[line + 1] : text.length;
  let e = end;
  if (line + 1 < starts.length) {
    if (text.charCodeAt(e - 1) === 10) e--;
    if (text.charCodeAt(e - 1) === 13) e--;
  }
  return e - starts[line];
}

function position(starts: number[], offset: number): { line: number; character: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  const line = lo;
  return { line, character: offset - starts[line] };
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** An offset that falls inside a surrogate pair or between the \r and \n of one line break. */
const splits = (text: string, o: number) =>
  o > 0 && o < text.length && ((isHigh(text.charCodeAt(o - 1)) && isLow(text.charCodeAt(o))) || (text.charCodeAt(o - 1) === 13 && text.charCodeAt(o) === 10));

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint']);

/** Every problem with one finding, as sentences (empty when it is well-formed). */
export function findingProblems(text: string, f: Finding, starts = lineStarts(text)): string[] {
  const p: string[] = [];
  const { span, range } = f;
  if (!f.ruleId || !f.message || !f.url || !SEVERITIES.has(f.severity)) p.push(`incomplete finding ${JSON.stringify({ ruleId: f.ruleId, severity: f.severity, message: f.message, url: f.url })}`);
  if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && 0 <= span.start && span.start <= span.end && span.end <= text.length)) {
    p.push(`span ${JSON.stringify(span)} is not inside the document (length ${text.length})`);
    return p;
  }
  for (const [name, pos] of [['start', range.start], ['end', range.end]] as const) {
    if (!(pos.line >= 0 && pos.line < starts.length)) p.push(`range.${name}.line ${pos.line} is outside 0..${starts.length - 1}`);
    else if (!(pos.character >= 0 && pos.character <= lineLength(text, starts, pos.line))) p.push(`range.${name}.character ${pos.character} is beyond line ${pos.line}'s length ${lineLength(text, starts, pos.line)}`);
  }
  const s = position(starts, span.start);
  const e = position(starts, span.end);
  if (s.line !== range.start.line || s.character !== range.start.character || e.line !== range.end.line || e.character !== range.end.character) {
    p.push(`range ${JSON.stringify(range)} does not match span ${JSON.stringify(span)} (expected ${JSON.stringify({ start: s, end: e })})`);
  }
  if (splits(text, span.start) || splits(text, span.end)) p.push(`span ${JSON.stringify(span)} splits a surrogate pair or a CRLF line break`);
  if (f.fix?.kind === 'insert-section') {
    const o = f.fix.offset;
    const atLineStart = o === 0 || (o <= text.length && (text.charCodeAt(o - 1) === 10 || (text.charCodeAt(o - 1) === 13 && text.charCodeAt(o) !== 10)));
    // At the end of a document without a final line break, the inserted text starts with one.
    const atEndWithBreak = o === text.length && /^[\r\n]/.test(f.fix.text);
    // In HTML whose markup shares a line (minified), before a tag: a heading or the closing body or html tag.
    const beforeTag = text.charCodeAt(o) === 60;
    if (!atLineStart && !atEndWithBreak && !beforeTag) p.push(`insert-section fix offset ${o} is neither at a line start, nor before a tag, nor at the end of the document`);
    if (!f.fix.text || !f.fix.snippet) p.push('insert-section fix without text or snippet');
  }
  return p;
}

/** Problems with a whole result: each finding, plus the document echoing the input. */
export function resultProblems(text: string, result: LintResult): string[] {
  const starts = lineStarts(text);
  const p: string[] = [];
  if (result.document.text !== text) p.push('document.text differs from the input');
  if (result.document.lines.lineCount !== starts.length) p.push(`lineCount ${result.document.lines.lineCount}, expected ${starts.length}`);
  for (const f of result.findings) for (const q of findingProblems(text, f, starts)) p.push(`${f.ruleId} at ${JSON.stringify(f.span)}: ${q}`);
  // The sentences recognition reads, and the evidence it reports, are spans of the document: in order, not
  // overlapping, never empty, never splitting a surrogate pair or a CRLF.
  let last = 0;
  for (const s of proseOf(result.document).sentences) {
    const { start, end } = s.span;
    if (!(Number.isInteger(start) && Number.isInteger(end) && last <= start && start < end && end <= text.length)) p.push(`sentence ${JSON.stringify(s.span)} is out of order, empty or outside the document (after ${last})`);
    else if (splits(text, start) || splits(text, end)) p.push(`sentence ${JSON.stringify(s.span)} splits a surrogate pair or a CRLF line break`);
    if (!s.text) p.push(`sentence ${JSON.stringify(s.span)} has no text`);
    last = Math.max(last, end);
  }
  for (const [topic, evidence] of result.coverage.covered) {
    for (const e of evidence) {
      if (!(0 <= e.span.start && e.span.start < e.span.end && e.span.end <= text.length)) p.push(`${topic} evidence ${JSON.stringify(e.span)} is not inside the document`);
      if (!e.quote || !e.reason) p.push(`${topic} evidence ${JSON.stringify(e.span)} has no quote or reason`);
    }
  }
  return p;
}

/** The findings in a comparable form (no Section objects, no functions). */
export const fingerprint = (r: LintResult) => JSON.stringify(r.findings);

/** Applies every insert-section fix, from the highest offset down, and returns the new text. */
export function applyInsertFixes(text: string, findings: Finding[]): string {
  const fixes = findings.flatMap((f) => (f.fix?.kind === 'insert-section' ? [f.fix] : [])).sort((a, b) => b.offset - a.offset);
  let out = text;
  for (const fix of fixes) out = out.slice(0, fix.offset) + fix.text + out.slice(fix.offset);
  return out;
}

/** The first line of `before` that is missing from `after` (in order), or undefined when all are there. */
export function firstLostLine(before: string, after: string): { line: number; text: string } | undefined {
  const a = before.split(/\r\n|\r|\n/);
  const b = after.split(/\r\n|\r|\n/);
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    while (j < b.length && b[j] !== a[i]) j++;
    if (j === b.length) return { line: i, text: a[i] };
    j++;
  }
  return undefined;
}
