// Snippet-string helpers for inserting several sections as ONE snippet (one snippet session), so that Tab walks
// through the tab stops of every inserted section. Pure: no vscode import, unit-tested in test/client/snippets.test.ts.
import { escapeSnippet } from '../../engine/fixes/insert-section.ts';

/**
 * Renumbers the tab stops of a snippet: $n / ${n} / ${n:...} / ${n|...|} become n + shift. $0 (the final cursor)
 * becomes an ordinary last tab stop, since a combined snippet can have only one end. Variables ($TM_FILENAME)
 * and escaped characters are left alone. Returns the new text and its highest tab stop.
 */
export function shiftTabStops(snippet: string, shift: number): { text: string; max: number } {
  let localMax = 0;
  const stop = /\$(\d+)|\$\{(\d+)(?=[:|}])/y;
  const scan = (fn: (n: number) => string) => {
    let out = '';
    for (let i = 0; i < snippet.length; ) {
      if (snippet[i] === '\\' && i + 1 < snippet.length) {
        out += snippet.slice(i, i + 2);
        i += 2;
        continue;
      }
      stop.lastIndex = i;
      const m = snippet[i] === '$' ? stop.exec(snippet) : null;
      if (m) {
        const n = Number(m[1] ?? m[2]);
        out += m[1] !== undefined ? `$${fn(n)}` : `\${${fn(n)}`;
        i += m[0].length;
        continue;
      }
      out += snippet[i];
      i++;
    }
    return out;
  };
  scan((n) => {
    localMax = Math.max(localMax, n);
    return '';
  });
  const last = localMax + 1;
  let max = 0;
  const text = scan((n) => {
    const m = (n === 0 ? last : n) + shift;
    max = Math.max(max, m);
    return String(m);
  });
  return { text, max };
}

export interface PlacedSnippet {
  /** Offset in the document where the snippet goes. */
  offset: number;
  snippet: string;
}

/** A tab stop with a plain default ("${4:[privacy email address]}"), not preceded by an escaping backslash. */
const PLAIN_STOP = /(?<!\\)\$\{(\d+):([^$}\\{]*)\}/g;

/**
 * Combines snippets at different offsets into one snippet that replaces [start, end): the first insertion point to the
 * last one. The document text between insertion points is kept (escaped), tab stops are numbered in document order.
 * A tab stop whose default is written the same as one in an earlier snippet ("[privacy email address]" in the contact
 * and the children's sections) takes its number, so VS Code links them: filling one fills all. Within one snippet,
 * stops keep their own numbers (a template may ask twice for "[type of data]", meaning two different ones).
 * A single snippet is returned unchanged (its $0 keeps its meaning).
 */
export function combineSnippets(
  snippets: PlacedSnippet[],
  textBetween: (from: number, to: number) => string,
): { start: number; end: number; snippet: string } {
  if (snippets.length === 1) return { start: snippets[0].offset, end: snippets[0].offset, snippet: snippets[0].snippet };
  const sorted = snippets.map((s, i) => ({ ...s, i })).sort((a, b) => a.offset - b.offset || a.i - b.i);
  const start = sorted[0].offset;
  let out = '';
  let shift = 0;
  let at = start;
  const seen = new Map<string, string>();
  for (const s of sorted) {
    if (s.offset > at) out += escapeSnippet(textBetween(at, s.offset));
    at = s.offset;
    const { text, max } = shiftTabStops(s.snippet, shift);
    const own = new Map<string, string>();
    out += text.replace(PLAIN_STOP, (stop, n: string, value: string) => {
      if (!own.has(value)) own.set(value, n);
      const earlier = seen.get(value);
      return earlier ? `\${${earlier}:${value}}` : stop;
    });
    for (const [value, n] of own) if (!seen.has(value)) seen.set(value, n);
    shift = Math.max(shift, max);
  }
  return { start, end: at, snippet: out };
}
