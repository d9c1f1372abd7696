// Markdown -> outline, prose blocks and placeholder exclusions, from the mdast of unified + remark-parse.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Processor } from 'unified';
import type { Code, Nodes, Parents, Root, RootContent, Heading, Html, Link, List, Paragraph } from 'mdast';
import type { Block, BlockKind, HeadingStyle, LinkReference, PlainTextPart, Section, Span } from '../types.ts';
import type { LineIndex } from '../text/lines.ts';
import type { ParsedParts } from './parts.ts';
import { outlineText } from './text.ts';
import { HOLDS_ADDRESS } from '../text/address.ts';
import { htmlMarkupExclusions } from './html-markup.ts';
import { boundMarkdown } from './markdown-bounds.ts';
import { templateSyntaxSpans } from '../placeholders/detect.ts';
import { numberingStyle, splitHeadingNumber, titleShape } from './text-headings.ts';

/**
 * The GFM syntax a policy's outline and exclusions depend on: tables (cells are prose blocks), footnotes (`[^1]` is
 * not a slot) and task lists (`[ ]` is not a slot). remark-gfm would add literal autolinks and strikethrough, which
 * change nothing here but cost a third of the parse, and far more on text dense with e-mail-like tokens.
 */
function policyGfm(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmFootnote(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmFootnoteFromMarkdown(), gfmTaskListItemFromMarkdown());
}

/** The Markdown parser the engine uses (exported for the benchmarks' and robustness tests' parser floor). */
export const markdownProcessor = unified().use(remarkParse).use(policyGfm).use(remarkFrontmatter, ['yaml', 'toml']);

/** The micromark extensions of the engine's parser (GFM subset, front matter), for micromark-level pre-scans. */
const micromarkExtensions = () => markdownProcessor.freeze().data('micromarkExtensions') ?? [];

const start = (n: Nodes) => n.position?.start.offset ?? 0;
const end = (n: Nodes) => n.position?.end.offset ?? 0;

/**
 * Moves a subtree's positions by `offset` characters and `lines` lines (columns stay: within a line or by whole lines).
 * micromark drops a leading byte-order mark and counts offsets from the character after it: the parse counts it back in.
 */
export function shiftPositions(node: Nodes, offset: number, lines = 0): void {
  const p = node.position;
  if (p) {
    if (p.start.offset !== undefined) p.start.offset += offset;
    if (p.end.offset !== undefined) p.end.offset += offset;
    p.start.line += lines;
    p.end.line += lines;
  }
  if ('children' in node) for (const child of node.children as Nodes[]) shiftPositions(child, offset, lines);
}

/** Plain text of a node: text and inline code values, with breaks as spaces. */
export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.type === 'html' ? '' : node.value;
  if (node.type === 'break') return ' ';
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

interface HeadingCandidate {
  node: Heading | Paragraph | List;
  style: HeadingStyle;
  /** Heading depth, or 0 for bold paragraphs and numbered list headings (one below the deepest real heading). */
  depth: number;
  title: string;
  number?: string;
}

/**
 * The mdast of a Markdown text, offsets counting a leading BOM. `parserText` is what the parser reads: the text itself,
 * or a copy of the same length with parts read as plain text (see parseBoundedMarkdown).
 */
export function parseMarkdownTree(text: string, parserText = text): Root {
  const tree = markdownProcessor.parse(parserText) as Root;
  if (text.charCodeAt(0) === 0xfeff) shiftPositions(tree, 1);
  return tree;
}

/**
 * The mdast of a Markdown text as the engine reads it: within the block and inline budgets of markdown-bounds.ts, the
 * parts over them read as plain text (and listed).
 */
export function parseBoundedMarkdown(text: string): { tree: Root; plain: PlainTextPart[] } {
  const bounded = boundMarkdown(text, micromarkExtensions());
  return { tree: parseMarkdownTree(text, bounded.text), plain: bounded.plain };
}

/** The outline, blocks and exclusions of a parsed Markdown text (the incremental engine passes a spliced tree). */
export function outlineMarkdown(tree: Root, text: string, lines: LineIndex): ParsedParts {
  const excluded: Span[] = [];
  const blocks: Block[] = [];
  const comments: ParsedParts['comments'] = [];
  const toc: Span[] = [];
  const readable: Span[] = [];
  /** Reference-style links and the definitions they name, resolved once the tree is walked. */
  const linkRefs: Array<{ span: Span; identifier: string }> = [];
  const destinations = new Map<string, string>();
  let openCodeStart: number | undefined;
  const headings: HeadingCandidate[] = [];
  const listHeadings = numberedListHeadings(text, tree);
  const listHeadingParagraphs = new Set([...listHeadings.keys()].map((l) => l.children[0].children[0]));

  const exclude = (s: number, e: number) => {
    if (e > s) excluded.push({ start: s, end: e });
  };
  /** Link and definition syntax, except template variables written in it ("[site](<%= package.homepage %>)"). */
  const excludeSyntax = (s: number, e: number) => {
    let from = s;
    for (const t of templateSyntaxSpans(text, s, e)) {
      exclude(from, t.start);
      from = t.end;
    }
    exclude(from, e);
  };
  const excludeAround = (n: Parents) => {
    const kids = n.children as Nodes[];
    if (!kids.length) return excludeSyntax(start(n), end(n));
    excludeSyntax(start(n), start(kids[0]));
    excludeSyntax(end(kids[kids.length - 1]), end(n));
  };
  const block = (kind: BlockKind, n: Nodes, lead?: Span, label?: Span) => {
    const t = plainText(n).trim();
    if (t) blocks.push({ kind, span: { start: start(n), end: end(n) }, text: t, ...(lead ? { lead } : {}), ...(label ? { label } : {}) });
  };
  /** Each body cell's column header, which introduces it ("Retention period" above "30 days"). */
  const cellLeads = new Map<Nodes, Span>();
  /** Each body cell's row label: the first cell of its row ("Retention" beside "[period]"). */
  const cellLabels = new Map<Nodes, Span>();

  const visit = (node: Nodes, parent: Parents | undefined, inQuote: boolean) => {
    if (isFrontMatter(node)) {
      excludeFrontMatterKeys(text, start(node), end(node), exclude);
      blocks.push({ kind: 'front-matter', span: { start: start(node), end: end(node) }, text: text.slice(start(node), end(node)) });
      return;
    }
    switch (node.type) {
      case 'code': {
        if (parent?.type === 'root' && end(node) >= text.length && isUnclosedFence(text, node)) openCodeStart = lines.lineStart(lines.lineOf(start(node)));
        // A block of text without a programming language is read (an e-mail address in an indented line is still
        // there to use), but nothing in a code block is a leftover placeholder: the labelling guide counts text in code
        // blocks as quoted, even a fence used as a box around a sample notice.
        const prose = PROSE_LANGS.has((node.lang ?? '').toLowerCase());
        if (prose && node.value.trim()) {
          blocks.push({ kind: 'paragraph', span: { start: start(node), end: end(node) }, text: node.value.trim() });
          // HTML indented in a Markdown page (a site template's "    <div>…<a href=…>…</a>") is a code block to remark:
          // its text and link targets are read, its tags are not (they would stand between "contact us" and the link).
          let at = start(node);
          for (const tag of htmlMarkupExclusions(text.slice(start(node), end(node)), [], start(node))) {
            readable.push({ start: at, end: tag.start });
            at = tag.end;
          }
          readable.push({ start: at, end: end(node) });
        }
        exclude(start(node), end(node));
        return;
      }
      case 'inlineCode':
        readable.push({ start: start(node), end: end(node) });
        exclude(start(node), end(node));
        return;
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        exclude(start(node), end(node));
        return;
      case 'html': {
        visitHtml(node, text, exclude, comments);
        // Raw HTML blocks hold prose in Jekyll and GitHub Pages policies ("<p>Contact us at <a href=…>…</a></p>"):
        // a block of their own, read with the markup blanked.
        const t = node.value.replace(/<[^<>]*>/g, ' ').trim();
        if (parent?.type === 'root' && t) blocks.push({ kind: 'html', span: { start: start(node), end: end(node) }, text: t });
        return;
      }
      case 'definition':
        excludeSyntax(start(node), end(node));
        if (!destinations.has(node.identifier)) destinations.set(node.identifier, node.url); // the first definition wins (CommonMark)
        return;
      case 'link':
        excludeAround(node);
        linkTarget(text, node, readable);
        break;
      case 'linkReference':
        linkRefs.push({ span: { start: start(node), end: end(node) }, identifier: node.identifier });
        excludeAround(node);
        break;
      case 'footnoteDefinition':
        excludeAround(node);
        break;
      case 'heading': {
        // "## 3. Retention", "## Section 4: Children": the number goes to Section.number, and an ATX heading's style
        // records the numbering so that an inserted section continues it.
        const { title, number, marker } = splitHeadingNumber(plainText(node).replace(/\s*\{[#:.][^{}\n]*\}\s*$/, '').trim());
        const atx = text.charCodeAt(skipSpaces(text, start(node))) === 35; // '#'
        const style: HeadingStyle = atx ? { kind: 'atx', level: node.depth, ...(marker ? { numbering: numberingStyle(marker) } : {}) } : { kind: 'setext', level: node.depth as 1 | 2 };
        if (title) headings.push({ node, depth: node.depth, title, style, ...(number !== undefined ? { number } : {}) });
        excludeHeadingAttributes(text, node, exclude);
        block('heading', node);
        break;
      }
      case 'paragraph': {
        const raw = text.slice(start(node), end(node));
        if (/^\{:[^}\n]*\}\s*$/.test(raw) || /^\{:?toc\}\s*$/i.test(raw)) {
          exclude(start(node), end(node)); // kramdown attribute list / TOC marker
          return;
        }
        if (/^\*\[[^\]\n]+\]:/.test(raw)) {
          exclude(start(node), end(node)); // abbreviation definition
          return;
        }
        const bold = boldHeading(node, parent);
        if (bold) {
          const { title, number } = splitHeadingNumber(bold);
          headings.push({ node, depth: 0, title, ...(number !== undefined ? { number } : {}), style: { kind: 'bold' } });
        }
        const listHeading = listHeadingParagraphs.has(node);
        block(bold || listHeading ? 'heading' : parent?.type === 'listItem' ? 'list-item' : inQuote ? 'quote' : parent?.type === 'tableCell' ? 'table-cell' : 'paragraph', node);
        break;
      }
      case 'table': {
        const [header, ...rows] = node.children;
        for (const row of rows) {
          const first = row.children[0];
          const labelled = first && plainText(first).trim() !== '';
          row.children.forEach((cell, c) => {
            const head = header.children[c];
            if (head && plainText(head).trim()) cellLeads.set(cell, { start: start(head), end: end(head) });
            if (c > 0 && labelled) cellLabels.set(cell, { start: start(first), end: end(first) });
          });
        }
        break;
      }
      case 'tableCell':
        block('table-cell', node, cellLeads.get(node), cellLabels.get(node));
        break;
      case 'list': {
        if (isTocList(node)) toc.push({ start: start(node), end: end(node) });
        const lh = listHeadings.get(node);
        if (lh) headings.push({ node, depth: 0, title: lh.title, number: lh.number, style: lh.style });
        break;
      }
    }
    if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') {
      for (const child of node.children as Nodes[]) visit(child, node as Parents, inQuote || node.type === 'blockquote');
    } else if ('children' in node) {
      // Inline content: only exclusions matter (links, code, html), blocks were recorded above.
      for (const child of node.children as Nodes[]) visitInline(child);
    }
  };
  const visitInline = (node: Nodes) => {
    visit(node, undefined, false);
  };
  for (const child of tree.children as RootContent[]) visit(child, tree, false);
  const references: LinkReference[] = [];
  for (const r of linkRefs) {
    const url = destinations.get(r.identifier);
    if (url && !url.startsWith('#')) references.push({ span: r.span, url });
  }
  const refs = references.length ? { references } : {};

  if (!headings.length) {
    // A Markdown file written as plain text: take its outline from the plain-text heading rules,
    // keeping Markdown's own blocks and exclusions.
    const plain = outlineText(text, lines);
    return { title: plain.title, sections: plain.sections, toc: [...toc, ...plain.toc], blocks, excluded, readable, comments, ...refs, ...(openCodeStart !== undefined ? { openCodeStart } : {}) };
  }

  // Bold-only paragraphs act as headings one level below the deepest real heading.
  // So do numbered list headings.
  const deepest = headings.reduce((m, h) => Math.max(m, h.depth), 0);
  for (const h of headings) if (h.depth === 0) h.depth = Math.min(6, deepest + 1);

  const first = headings[0];
  const titleIsHeading = headings.length === 1 || headings.slice(1).every((h) => h.depth > first.depth);
  const title: Span | undefined = titleIsHeading ? { start: start(first.node), end: lines.lineEnd(lines.lineOf(start(first.node))) } : firstLine(lines, tree);
  const body = titleIsHeading ? headings.slice(1) : headings;
  const sections: Section[] = body.map((h, i) => {
    const hs = start(h.node);
    const he = end(h.node);
    const next = i + 1 < body.length ? start(body[i + 1].node) : text.length;
    return { title: h.title, level: h.depth, style: h.style, ...(h.number !== undefined ? { number: h.number } : {}), heading: { start: hs, end: he }, body: { start: he, end: next } };
  });
  return { title, sections, toc, blocks, excluded, readable, comments, ...refs, ...(openCodeStart !== undefined ? { openCodeStart } : {}) };
}

/** The destination of an inline link ("/contact" in "[page](/contact)"), unless it points inside the page. */
function linkTarget(text: string, node: Link, out: Span[]) {
  const kids = node.children;
  const from = kids.length ? end(kids[kids.length - 1]) : start(node);
  const m = /^\]\(\s*<?([^\s<>()]+)/.exec(text.slice(from, Math.min(end(node), from + 2100)));
  if (!m || m[1].startsWith('#')) return;
  const s = from + m[0].length - m[1].length;
  out.push({ start: s, end: s + m[1].length });
}

/** Info strings of fences that hold text rather than code. */
const PROSE_LANGS = new Set(['', 'text', 'txt', 'plain', 'plaintext', 'markdown', 'md']);
/** Whether a fenced code block lacks its closing fence (it then runs to the end of the text). */
function isUnclosedFence(text: string, node: Code): boolean {
  const raw = text.slice(start(node), end(node));
  const fence = /^[ ]{0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
  if (!fence) return false;
  const lastLine = raw.slice(Math.max(raw.lastIndexOf('\n'), raw.lastIndexOf('\r')) + 1);
  const closing = new RegExp(`^[ ]{0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
  return !/[\r\n]/.test(raw) || !closing.test(lastLine);
}

/** YAML or TOML front matter (remark-frontmatter; mdast's types know only 'yaml'). */
const isFrontMatter = (n: Nodes) => n.type === 'yaml' || (n.type as string) === 'toml';

function skipSpaces(text: string, i: number): number {
  while (text.charCodeAt(i) === 32) i++;
  return i;
}

/** First non-blank line after any front matter. */
function firstLine(lines: LineIndex, tree: Root): Span | undefined {
  const firstContent = tree.children.find((c) => !isFrontMatter(c));
  if (!firstContent) return undefined;
  const line = lines.lineOf(start(firstContent));
  return { start: lines.lineStart(line), end: lines.lineEnd(line) };
}

/** "**Children's Privacy**" alone in a top-level paragraph, short and without a final period. */
function boldHeading(node: Paragraph, parent: Parents | undefined): string | undefined {
  if (parent?.type !== 'root' || node.children.length !== 1) return undefined;
  const only = node.children[0];
  if (only.type !== 'strong') return undefined;
  // "**Information we collect:**" before the paragraphs it heads: the colon goes, if what is left reads as a title.
  const raw = plainText(only).trim();
  // "**Email: privacy@acme.test**": an address or a web address in bold is content, not the name of a section.
  if (HOLDS_ADDRESS.test(raw)) return undefined;
  const t = raw.endsWith(':') && titleShape(raw.slice(0, -1)) && /\s/.test(raw) ? raw.slice(0, -1) : raw;
  if (!t || t.length > 100 || /[.,;:]$/.test(t) || t.split(/\s+/).length > 12) return undefined;
  return t;
}

/**
 * Headings written as plain numbered lines ("1. Introduction", a blank line, then prose): CommonMark makes each one an
 * ordered list of a single item. Such a list is a heading when its item is one short title-like line, a paragraph
 * (or a bullet list, or a table) follows it, and the document numbers at least two of them in increasing order (one such list is just a list).
 */
function numberedListHeadings(text: string, tree: Root): Map<List, { title: string; number: string; style: HeadingStyle }> {
  const found: Array<[List, { title: string; number: string; style: HeadingStyle }]> = [];
  tree.children.forEach((node, i) => {
    const next = tree.children[i + 1];
    const body = next?.type === 'paragraph' || next?.type === 'table' || (next?.type === 'list' && !next.ordered);
    if (node.type !== 'list' || !node.ordered || node.children.length !== 1 || !body) return;
    const item = node.children[0];
    const para = item.children[0];
    if (item.children.length !== 1 || para?.type !== 'paragraph') return;
    const title = plainText(para).trim();
    const m = /^[ \t]*(\d{1,3})([.)])[ \t]/.exec(text.slice(start(node), start(para)));
    if (!m || /[\r\n]/.test(title) || !titleShape(title)) return;
    found.push([node, { title, number: m[1], style: { kind: 'arabic', suffix: m[2], depth: 1 } }]);
  });
  const increasing = found.every(([, h], k) => k === 0 || Number(h.number) > Number(found[k - 1][1].number));
  return new Map(found.length >= 2 && increasing ? found : []);
}

/** A list whose every item is just a link to an in-page anchor is a table of contents. */
function isTocList(list: List): boolean {
  if (list.children.length < 2) return false;
  return list.children.every((item) => {
    const para = item.children[0];
    if (!para || para.type !== 'paragraph') return false;
    const links = para.children.filter((c) => c.type === 'link' || c.type === 'linkReference');
    const rest = para.children.filter((c) => c.type !== 'link' && c.type !== 'linkReference' && !(c.type === 'text' && !c.value.trim()));
    const nested = item.children.slice(1).every((c) => c.type === 'list' && isTocList(c));
    return links.length === 1 && rest.length === 0 && nested && (links[0].type === 'linkReference' || links[0].url.startsWith('#'));
  });
}

/** Keeps front-matter values (a `{{company}}` there is still a placeholder) but not its fences and keys. */
function excludeFrontMatterKeys(text: string, s: number, e: number, exclude: (s: number, e: number) => void) {
  const key = /^(\s*(?:[-+]{3}|[\w$.-]+\s*[:=]|-\s))/gm;
  const src = text.slice(s, e);
  for (let m = key.exec(src); m; m = key.exec(src)) exclude(s + m.index, s + m.index + m[1].length);
  // The closing fence follows the node in remark's positions for some inputs; exclude its line too.
}

/** `## Title {#custom-id}`: the attribute is markup, not prose. */
function excludeHeadingAttributes(text: string, node: Heading, exclude: (s: number, e: number) => void) {
  const raw = text.slice(start(node), end(node));
  const m = /\{[#:.][^{}\n]*\}\s*#*\s*$/.exec(raw);
  if (m) exclude(start(node) + m.index, end(node));
}

function visitHtml(node: Html, text: string, exclude: (s: number, e: number) => void, comments: ParsedParts['comments']) {
  const s = start(node);
  const raw = text.slice(s, end(node));
  for (const span of htmlMarkupExclusions(raw, comments, s)) exclude(span.start, span.end);
}
