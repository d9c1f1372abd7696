// Incremental linting: one object per open document, which keeps what the previous lint of the document computed and
// re-does, after an edit, only what the edit touched. Its result is always exactly what lint() of the new text gives.
//
// Markdown: the document's mdast is kept. An edit re-parses only a window of top-level blocks — from the last block
// that ends on a line before the edit to the first block that starts on a line after it — and the blocks outside the
// window are kept with their positions shifted. CommonMark reads blocks line by line, and at the first line of a
// top-level block nothing but the document is open, so the text after an unchanged line that starts a top-level block in
// both the old and the new text parses the same: the window is accepted when its own parse starts the following block
// where the old tree had it (same place, kind and extent), and anything global falls back to a full parse: link
// reference and footnote definitions (which resolve references anywhere), front matter (only at the start), nesting the
// engine reads as plain text (see parse/index.ts), and a text over the block or inline-markup budget (parse/markdown-bounds.ts).
// Plain text and HTML are re-parsed whole: the plain-text outline judges a line by the lines around it (lists,
// addresses, tables of contents), and HTML tree building moves elements across blocks, so neither has a window that is
// known to parse alone yet (docs/performance.md gives what their parse costs an edit).
//
// After the parse, the outline is taken from the whole tree again (cheap), and the sentence analysis and topic
// recognition reuse per-block and per-sentence results from the document's memo (engine/memo.ts).
import type { Nodes, Root, RootContent } from 'mdast';
import type { ConfigProblem, Format, LintOptions, LintResult, Position } from './types.ts';
import type { ResolvedConfig } from './config/resolve.ts';
import { LineIndex } from './text/lines.ts';
import { twoByte } from './text/two-byte.ts';
import { assembleDocument, formatOf, parseParts } from './parse/index.ts';
import { outlineMarkdown, parseMarkdownTree, shiftPositions } from './parse/markdown.ts';
import { containerDepth, MAX_CONTAINER_DEPTH, withinBounds } from './parse/markdown-bounds.ts';
import type { ParsedParts } from './parse/parts.ts';
import { attachMemo, LintMemo } from './memo.ts';
import { configOf, lintDocument } from './index.ts';

/** An edit as LSP sends it (TextDocumentContentChangeEvent): a range of the text before it and its new text, or a whole new text. */
export type TextChange = { range: { start: Position; end: Position }; text: string } | { text: string };

/** How the last update parsed the text (for tests and the benchmarks). */
export type ParseKind = 'full' | 'window' | 'unchanged';

export class IncrementalLinter {
  private text: string;
  private lines: LineIndex;
  private readonly format: Format;
  private readonly config: ResolvedConfig;
  private readonly problems: ConfigProblem[];
  private readonly memo = new LintMemo();
  /** The mdast of a Markdown text whose outline came from it (not read as plain text). */
  private tree: Root | undefined;
  /** Whether the tree has link reference or footnote definitions (which any block's references may use). */
  private definitions = false;
  private current: LintResult;
  /** How the last update parsed: the whole text, a window of it, or nothing (same text). */
  lastParse: ParseKind = 'full';
  /** For a window parse: how many characters were parsed. */
  lastParsedLength = 0;

  constructor(
    text: string,
    private readonly options: LintOptions = {},
    resolved?: ResolvedConfig,
  ) {
    const { config, problems } = configOf(options, resolved);
    this.config = config;
    this.problems = problems;
    this.format = formatOf(options);
    this.text = twoByte(text); // what the patterns read, in one representation (text/two-byte.ts)
    this.lines = new LineIndex(this.text);
    this.current = this.finish(this.parseWhole(this.text, this.lines));
  }

  /** The result for the current text. */
  get result(): LintResult {
    return this.current;
  }

  /** Applies a new text, or LSP changes in order, and lints: exactly what lint() of the new text gives. */
  update(change: string | readonly TextChange[]): LintResult {
    const next = twoByte(typeof change === 'string' ? change : applyChanges(this.text, this.lines, change));
    if (next === this.text) {
      this.lastParse = 'unchanged';
      return this.current;
    }
    const lines = new LineIndex(next);
    let parts: ParsedParts | undefined;
    if (this.tree && !this.definitions) {
      try {
        parts = this.parseWindow(next, lines);
      } catch {
        parts = undefined; // a stack overflow in a nested window: the full parse reads it as lint() does
      }
    }
    this.text = next;
    this.lines = lines;
    if (parts) this.lastParse = 'window';
    else parts = this.parseWhole(next, lines);
    this.current = this.finish(parts);
    return this.current;
  }

  private parseWhole(text: string, lines: LineIndex): ParsedParts {
    this.tree = undefined;
    this.lastParse = 'full';
    this.lastParsedLength = text.length;
    return parseParts(this.format, text, lines, (tree) => {
      this.tree = tree;
      this.definitions = false;
      walk(tree, (n) => {
        if (n.type === 'definition' || n.type === 'footnoteDefinition') this.definitions = true;
      });
    });
  }

  private finish(parts: ParsedParts): LintResult {
    const doc = assembleDocument(this.text, this.format, this.lines, parts, this.options);
    attachMemo(doc, this.memo);
    const result = lintDocument(doc, this.config, this.problems);
    this.memo.settle();
    return result;
  }

  /**
   * Re-parses the top-level blocks around the edit and splices them into the kept tree; undefined when the splice
   * could differ from a full parse (the caller then parses the whole text).
   */
  private parseWindow(next: string, lines: LineIndex): ParsedParts | undefined {
    const tree = this.tree!;
    const old = this.text;
    const oldLines = this.lines;
    const { start: a, oldEnd: b, newEnd } = changedRegion(old, next);
    const delta = newEnd - b;
    const kids = tree.children;
    const editFirstLine = oldLines.lineOf(a);
    const editLastLine = oldLines.lineOf(b);
    // p: the last block that ends on a line before the edit; q: the first block that starts on a line after it.
    let p = -1;
    while (p + 1 < kids.length && oldLines.lineOf(end(kids[p + 1])) < editFirstLine) p++;
    let q = p + 1;
    while (q < kids.length && oldLines.lineOf(start(kids[q])) <= editLastLine) q++;
    // A text that opens with a front-matter fence which never closes is parsed differently throughout (micromark's
    // frontmatter construct leaves no list to be read): only an edit after a closed front matter keeps the rest.
    if ((FENCE_OPENER.test(old) || FENCE_OPENER.test(next)) && !(p >= 0 && isFrontMatter(kids[0]))) return undefined;
    const from = p >= 0 ? oldLines.lineStart(oldLines.lineOf(start(kids[p]))) : 0;
    const to = q < kids.length ? end(kids[q]) + delta : next.length;
    const source = next.slice(from, to);
    // Nesting that the engine reads as plain text: the lines outside the window were within bounds in the old text.
    const lineFrom = next.lastIndexOf('\n', from - 1) + 1;
    const lineTo = next.indexOf('\n', to);
    if (containerDepth(next.slice(lineFrom, lineTo < 0 ? next.length : lineTo)) > MAX_CONTAINER_DEPTH) return undefined;

    // Which parts are read as plain text depends on the whole text's cost (parse/markdown-bounds.ts): a window is parsed
    // (exactly) as the whole text would be only while the whole is within the budgets, so that none is.
    if (!withinBounds(next)) return undefined;
    const part = parseMarkdownTree(source);
    const got = part.children;
    if (!got.length) return undefined;
    let unsafe = false;
    walk(part, (n) => {
      if (n.type === 'definition' || n.type === 'footnoteDefinition') unsafe = true;
    });
    if (unsafe || (from > 0 && isFrontMatter(got[0]))) return undefined;
    if (p >= 0 && start(got[0]) !== start(kids[p]) - from) return undefined;
    let keep = got.length;
    if (q < kids.length) {
      // The window's parse must start block q where the old tree did, as the same kind of block with the same extent.
      const last = got[got.length - 1];
      const oq = kids[q];
      if (last.type !== oq.type || start(last) !== start(oq) + delta - from || end(last) !== end(oq) + delta - from) return undefined;
      const oldLine = oldLines.lineOf(start(oq));
      const newLine = lines.lineOf(start(oq) + delta);
      if (start(oq) - oldLines.lineStart(oldLine) !== start(oq) + delta - lines.lineStart(newLine)) return undefined;
      const lineDelta = newLine - oldLine;
      if (delta || lineDelta) for (let k = q; k < kids.length; k++) shiftPositions(kids[k], delta, lineDelta);
      keep = got.length - 1;
    }
    const firstLine = lines.lineOf(from);
    if (from || firstLine) for (let k = 0; k < keep; k++) shiftPositions(got[k], from, firstLine);
    const first = Math.max(p, 0); // the window starts with block p
    kids.splice(first, q - first, ...got.slice(0, keep));
    if (tree.position) tree.position.end = { line: lines.lineCount, column: next.length - lines.lineStart(lines.lineCount - 1) + 1, offset: next.length };
    this.lastParsedLength = source.length;
    return outlineMarkdown(tree, next, lines);
  }
}

/** How many documents keep their incremental state: the ones being edited (a kept Markdown tree is ~10× its text). */
export const KEPT_DOCUMENTS = 4;

/**
 * The incremental state of the documents an editor has open, by a key of the caller's (the document's URI): lint()
 * for each new text of a document, re-doing only what changed since its previous lint. The most recently linted
 * KEPT_DOCUMENTS documents keep their state; a document linted with other options or another configuration starts
 * over. Exactly lint()'s result in every case.
 */
export class DocumentLinters {
  private readonly linters = new Map<string, { linter: IncrementalLinter; options: LintOptions; config: ResolvedConfig | undefined }>();

  constructor(private readonly capacity = KEPT_DOCUMENTS) {}

  lint(key: string, text: string, options: LintOptions = {}, resolved?: ResolvedConfig): LintResult {
    const kept = this.linters.get(key);
    this.linters.delete(key); // most recently used last
    let entry = kept;
    if (kept && kept.config === resolved && sameOptions(kept.options, options)) kept.linter.update(text);
    else entry = { linter: new IncrementalLinter(text, options, resolved), options: { ...options }, config: resolved };
    this.linters.set(key, entry!);
    if (this.linters.size > this.capacity) this.linters.delete(this.linters.keys().next().value!);
    return entry!.linter.result;
  }

  /** The document closed: its state goes. */
  forget(key: string): void {
    this.linters.delete(key);
  }

  clear(): void {
    this.linters.clear();
  }

  get size(): number {
    return this.linters.size;
  }
}

function sameOptions(a: LintOptions, b: LintOptions): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as Array<keyof LintOptions>);
  return [...keys].every((k) => a[k] === b[k]);
}

const start = (n: Nodes) => n.position?.start.offset ?? 0;
const end = (n: Nodes) => n.position?.end.offset ?? 0;
const isFrontMatter = (n: RootContent) => n.type === 'yaml' || (n.type as string) === 'toml';
/** A first line that opens front matter if a closing fence follows (remark-frontmatter's '---' and '+++'). */
const FENCE_OPENER = /^\uFEFF?(?:---|\+\+\+)[ \t]*(?:\r|\n|$)/;

function walk(node: Nodes, visit: (n: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children as Nodes[]) walk(child, visit);
}

/** The one stretch in which two texts differ: [start, oldEnd) of the old text became [start, newEnd) of the new. */
export function changedRegion(before: string, after: string): { start: number; oldEnd: number; newEnd: number } {
  const max = Math.min(before.length, after.length);
  let s = 0;
  while (s < max && before.charCodeAt(s) === after.charCodeAt(s)) s++;
  let e = 0;
  while (e < max - s && before.charCodeAt(before.length - 1 - e) === after.charCodeAt(after.length - 1 - e)) e++;
  return { start: s, oldEnd: before.length - e, newEnd: after.length - e };
}

/** Applies LSP content changes in order (each range is in the text left by the changes before it). */
export function applyChanges(text: string, lines: LineIndex, changes: readonly TextChange[]): string {
  let out = text;
  let index = lines;
  changes.forEach((c, i) => {
    if (!('range' in c) || !c.range) out = c.text;
    else {
      const s = index.offsetAt(c.range.start);
      const e = Math.max(s, index.offsetAt(c.range.end));
      out = out.slice(0, s) + c.text + out.slice(e);
    }
    if (i + 1 < changes.length) index = new LineIndex(out);
  });
  return out;
}
