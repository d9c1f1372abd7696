// The structure of a document as its own parser sees it, for the structural fix round-trip (fix-roundtrip.test.ts):
// the Markdown block tree (headings, paragraphs, lists and items, tables, rows and cells, quotes, code, front matter,
// HTML blocks) from remark with the engine's plugins, and the HTML element tree from rehype. Each node is a type, the
// attributes that change what it means (heading depth, list kind, code and preformatted text verbatim) and its span.
// `unchangedOutside` checks that an edit changed nothing but what lies inside the inserted or replaced text.
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Format } from '../../engine/types.ts';
import { markdownProcessor } from '../../engine/parse/markdown.ts';

export interface StructureNode {
  type: string;
  /** What else must not change: depth, list kind, the verbatim text of code, preformatted text and front matter. */
  detail: string;
  start: number;
  end: number;
}

interface AnyNode {
  type: string;
  tagName?: string;
  value?: string;
  depth?: number;
  ordered?: boolean | null;
  lang?: string | null;
  children?: AnyNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const MARKDOWN_BLOCKS = new Set(['heading', 'paragraph', 'list', 'listItem', 'table', 'tableRow', 'tableCell', 'blockquote', 'code', 'yaml', 'toml', 'html', 'thematicBreak', 'definition', 'footnoteDefinition']);
/** Elements whose text is shown as written: an added line inside one shows. */
const VERBATIM = new Set(['pre', 'textarea', 'listing', 'xmp', 'script', 'style', 'title']);

const textOf = (n: AnyNode): string => (n.type === 'text' ? (n.value ?? '') : (n.children ?? []).map(textOf).join(''));

export function structure(input: string, format: Format): StructureNode[] {
  // micromark counts a lone surrogate as no character, so positions after one drift: a replacement character of the
  // same length keeps them exact (the structure is the same).
  const text = input.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  const out: StructureNode[] = [];
  // micromark drops a leading byte-order mark and counts offsets from the character after it; rehype keeps it.
  const bom = format === 'markdown' && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const push = (n: AnyNode, type: string, detail: string) =>
    out.push({ type, detail, start: (n.position?.start.offset ?? -1) + bom, end: (n.position?.end.offset ?? -1) + bom });
  if (format === 'markdown') {
    const visit = (n: AnyNode, inline: boolean) => {
      if (!inline && MARKDOWN_BLOCKS.has(n.type)) {
        const verbatim = n.type === 'code' || n.type === 'yaml' || n.type === 'toml' ? `${n.lang ?? ''}:${n.value}` : '';
        push(n, n.type, `${n.depth ?? ''}${n.ordered === undefined ? '' : n.ordered ? 'ordered' : 'bullet'}${verbatim}`);
      }
      const childrenInline = inline || n.type === 'paragraph' || n.type === 'heading' || n.type === 'tableCell';
      for (const c of n.children ?? []) visit(c, childrenInline);
    };
    visit(markdownProcessor.parse(text) as AnyNode, false);
  } else if (format === 'html') {
    const visit = (n: AnyNode) => {
      if (n.type === 'element' && n.position) push(n, n.tagName!, VERBATIM.has(n.tagName!) ? textOf(n) : '');
      for (const c of n.children ?? []) visit(c);
    };
    visit(unified().use(rehypeParse).parse(text) as AnyNode);
  }
  return out;
}

export interface TextChange {
  start: number;
  end: number;
  newText: string;
}

/** Applies non-overlapping changes to `text`; insertions at one offset come out in the order given, as LSP applies them. */
export function applyChanges(text: string, changes: TextChange[]): string {
  let out = text;
  const order = changes.map((c, i) => [c, i] as const).sort(([a, i], [b, j]) => b.start - a.start || j - i);
  for (const [c] of order) out = out.slice(0, c.start) + c.newText + out.slice(c.end);
  return out;
}

/** The changes in order, each with where its text lies in the changed text. */
function placed(changes: TextChange[]): Array<TextChange & { at: number }> {
  let delta = 0;
  return [...changes]
    .sort((a, b) => a.start - b.start)
    .map((c) => {
      const at = c.start + delta;
      delta += c.newText.length - (c.end - c.start);
      return { ...c, at };
    });
}

/**
 * Maps an offset of the changed text back to the original. Where a change's text begins, a node's end maps to the
 * change's start (the node precedes it), and so does a node's start, which then begins with the new text, unless the
 * change only deleted text (then the node follows it).
 */
function mapBack(offset: number, changes: Array<TextChange & { at: number }>, side: 'start' | 'end'): number {
  let result = offset;
  for (const c of changes) {
    if (offset < c.at || (offset === c.at && (side === 'end' || c.newText.length > 0))) break;
    result = offset < c.at + c.newText.length ? c.end : offset - (c.at + c.newText.length) + c.end;
  }
  return result;
}

/**
 * What differs between the structure of `before` and of `after` (= `before` with `changes`), outside the changes:
 * nodes wholly inside inserted text (a new heading, a comment) or wholly inside replaced text are left out, every other
 * node must be there with the same type and detail at the same (mapped) span. Returns readable differences.
 */
export function unchangedOutside(before: string, after: string, changes: TextChange[], format: Format): string[] {
  const moved = placed(changes);
  const replaced = (n: StructureNode) => changes.some((c) => c.start < c.end && c.start <= n.start && n.end <= c.end);
  const inserted = (n: StructureNode) => moved.some((c) => c.at <= n.start && n.end <= c.at + c.newText.length && n.end > n.start);
  // Verbatim text (code, front matter, preformatted) may differ only where text was replaced, never by an insertion.
  const rewritten = (n: StructureNode) => changes.some((c) => c.start < c.end && n.start <= c.start && c.end <= n.end);
  const old = structure(before, format)
    .filter((n) => !replaced(n))
    .map((n) => (rewritten(n) ? { ...n, detail: '(replaced)' } : n));
  const now = structure(after, format)
    .filter((n) => !inserted(n))
    .map((n) => ({ ...n, start: mapBack(n.start, moved, 'start'), end: mapBack(n.end, moved, 'end') }))
    .map((n) => (rewritten(n) ? { ...n, detail: '(replaced)' } : n));
  const show = (n: StructureNode) => `${n.type}${n.detail ? `(${JSON.stringify(n.detail.slice(0, 60))})` : ''} ${n.start}-${n.end}`;
  const a = old.map(show);
  const b = now.map(show);
  const diffs: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length) && diffs.length < 5; i++) if (a[i] !== b[i]) diffs.push(`was ${a[i] ?? '(nothing)'}, now ${b[i] ?? '(nothing)'}`);
  return diffs;
}
