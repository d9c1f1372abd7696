// HTML parser: the outline, prose blocks and placeholder exclusions of an HTML policy, from the hast tree of
// unified + rehype-parse (parse5 underneath, which keeps source offsets; `verbose` adds the offsets of start tags,
// end tags and attributes).
//
// - Sections: h1–h6 and role="heading" elements (aria-level), a <p>/<div> whose only content is <strong>/<b> text
//   that reads like a title, the <strong> opening a paragraph before a <br> ("<p><b>Children</b><br>We do not…"),
//   and <summary> ('html-strong', one level below the deepest h-level, as for bold paragraphs in Markdown). The first
//   <h1> (else the <title>, else the first heading) is the document title and not a section; a site-name <h1> before
//   a policy-like one ("Privacy Notice") is skipped. A number or "Section 4:" before the text goes to Section.number.
// - Blocks: the inline content of p, li, td/th, dd/dt, blockquote, headings, and bare text in divs and sections.
// - Tables of contents: lists, <nav>s and paragraphs made only of links to in-page anchors, and runs of headings
//   with no body between them (toc.ts).
// - Excluded: everything that is not text content — tags, comments, doctype, the contents of <script>, <style>,
//   <noscript> and <template> — except the values of attributes that can carry e-mail-obfuscation leftovers
//   (KEEP_VALUES).
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Element, ElementContent, Nodes, Parents, Root, RootContent } from 'hast';
import type { Block, BlockKind, NumberingStyle, Section, Span } from '../types.ts';
import type { LineIndex } from '../text/lines.ts';
import { normaliseSpans, type ParsedParts } from './parts.ts';
import { ELEMENTS, htmlMarkupExclusions } from './html-markup.ts';
import { numberingStyle, splitHeadingNumber, titleShape, TOC_LABEL } from './text-headings.ts';
import { findTocRuns, tocKey, type TocItem } from './toc.ts';
import { countBefore } from '../text/search.ts';

const processor = unified().use(rehypeParse, { verbose: true });

/** hast property names of the attributes whose values stay visible to the placeholder rule. */
const KEEP_VALUES = new Set(['href', 'src', 'dataCfemail', 'alt', 'title', 'content']);
/** Elements whose text is raw markup or code (a tracking pixel inside <noscript>), excluded like tags. */
const INERT = new Set(['script', 'style', 'noscript', 'iframe', 'xmp', 'noembed', 'noframes']);
/** Elements whose content is not prose. */
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'select', 'head']);
/** Elements that start a new block; anything else is inline and joins the run of text around it. */
const BLOCK = new Set(
  ('address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section summary table tbody td ' +
    'tfoot th thead tr ul legend').split(' '),
);
/** Block kinds by tag name (a Map: tag names come from the document). */
const KIND = new Map<string, BlockKind>([['li', 'list-item'], ['td', 'table-cell'], ['th', 'table-cell'], ['blockquote', 'quote']]);
const HEADING = /^h([1-6])$/;
/** What a policy's own title says. */
const POLICY_TITLE = /\b(?:privacy|policy|notice|statement|cookies?|data protection|terms)\b/i;
/** Wrappers allowed around the <strong> of a strong-only paragraph ("<p><span><b>Title</b></span></p>"). */
const STRONG_WRAPPERS = new Set(['span', 'em', 'i', 'u', 'font', 'a']);

interface Heading {
  span: Span;
  title: string;
  /** "3.2", "VII", "C" when the heading text starts with a number. */
  number?: string;
  /** How the number is written ("3.", "Section 4:"), when there is one. */
  numbering?: NumberingStyle;
  /** h-level, or 0 for a strong-only paragraph (set once the deepest h-level is known). */
  level: number;
  strong: boolean;
}

const startOf = (n: Nodes) => n.position?.start.offset;
const endOf = (n: Nodes) => n.position?.end.offset;
const isWhite = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0 || c === 0xfeff;

/** The text of a node with entities decoded and white space collapsed (block boundaries become spaces). */
function textOf(node: Nodes): string {
  return rawText(node).replace(/\s+/g, ' ').trim();
}

/** The text of a node with entities decoded, white space as written. */
function rawText(node: Nodes): string {
  const parts: string[] = [];
  const walk = (n: Nodes) => {
    if (n.type === 'text') parts.push(n.value);
    // Server-side template code (`<?= $x ?>`), which parse5 keeps as a bogus comment, is part of what the page says.
    else if (n.type === 'comment' && n.value.startsWith('?')) parts.push(`<${n.value}>`);
    else if (n.type === 'element') {
      if (SKIP.has(n.tagName)) return;
      if (n.tagName === 'br') return void parts.push(' ');
      const block = BLOCK.has(n.tagName);
      if (block) parts.push(' ');
      for (const c of n.children) walk(c);
      if (block) parts.push(' ');
    } else if (n.type === 'root') for (const c of n.children) walk(c);
  };
  walk(node);
  return parts.join('');
}

/** The e-mail and telephone links in a node (an icon row's `<a href="mailto:…">`, which has no text to read). */
function iconChannels(node: Nodes): string[] {
  if (node.type !== 'element' || SKIP.has(node.tagName)) return [];
  const href = node.tagName === 'a' ? node.properties?.href : undefined;
  if (typeof href === 'string' && /^(?:mailto|tel):/i.test(href)) return [href];
  return node.children.flatMap(iconChannels);
}

export function parseHtml(text: string, _lines: LineIndex): ParsedParts {
  try {
    return parseTree(text);
  } catch {
    // Pathological input (nesting deep enough to exhaust the stack): keep markup exclusions and directives.
    const comments: ParsedParts['comments'] = [];
    const excluded = htmlMarkupExclusions(text, comments);
    return { sections: [], toc: [], blocks: [], excluded, comments };
  }
}

function parseTree(text: string): ParsedParts {
  // A BOM would make parse5 open <body> early (and swallow the doctype into text); a space keeps offsets.
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const tree = processor.parse(source) as Root;

  const kept: Span[] = [];
  const comments: ParsedParts['comments'] = [];
  const blocks: Block[] = [];
  const headings: Heading[] = [];
  const tocLists: Span[] = [];
  let titleElement: Span | undefined;
  let titleText = '';

  const keepAttributeValues = (el: Element) => {
    const props = (el.data as { position?: { properties?: Record<string, { start: { offset?: number }; end: { offset?: number } } | undefined> } } | undefined)?.position?.properties;
    if (!props) return;
    for (const [name, pos] of Object.entries(props)) {
      if (!KEEP_VALUES.has(name) || pos?.start.offset === undefined || pos.end.offset === undefined) continue;
      const value = attributeValue(source, pos.start.offset, pos.end.offset);
      if (value) kept.push(value);
    }
  };

  // Pass 1: text that is content (kept), attribute values, comments; everything else is markup.
  const scan = (node: Nodes, inert: boolean) => {
    if (node.type === 'text') {
      const s = startOf(node);
      const e = endOf(node);
      // White-space-only text is left out: parse5 merges white space after </body> into the last text node, whose
      // span then covers the end tags.
      if (!inert && s !== undefined && e !== undefined && node.value.trim()) kept.push({ start: s, end: e });
    } else if (node.type === 'comment') {
      const s = startOf(node);
      const e = endOf(node);
      if (s === undefined || e === undefined) return;
      // parse5 reads server-side template code (`<?= $company ?>`, `<?php echo … ?>`) as a bogus comment; left in
      // a published page it is a placeholder, so it stays visible to the placeholder rule.
      if (source.startsWith('<?', s)) {
        if (!inert) kept.push({ start: s, end: e });
      } else comments.push({ text: node.value, span: { start: s, end: e } });
    } else if (node.type === 'element') {
      const childInert = inert || INERT.has(node.tagName);
      if (!childInert) {
        keepAttributeValues(node);
        const opening = slotTag(node, source);
        if (opening) kept.push(opening);
      }
      for (const c of node.children) scan(c, childInert);
    } else if (node.type === 'root') {
      for (const c of node.children) scan(c, inert);
    }
  };
  scan(tree, false);

  // Pass 2: blocks, headings and TOC lists.
  const flush = (run: Nodes[], kind: BlockKind) => {
    if (!run.length) return;
    // A run with no text may still hold a channel: an icon that links to an address (`<a href="mailto:…"><img …></a>`).
    const t = run.map(rawText).join('').replace(/\s+/g, ' ').trim() || run.flatMap(iconChannels).join(' ');
    let s: number | undefined;
    let e: number | undefined;
    for (const n of run) {
      const ns = startOf(n);
      const ne = endOf(n);
      if (ns !== undefined && s === undefined) s = ns;
      if (ne !== undefined) e = ne;
    }
    run.length = 0;
    if (!t || s === undefined || e === undefined) return;
    while (s < e && isWhite(source.charCodeAt(s))) s++;
    while (e > s && isWhite(source.charCodeAt(e - 1))) e--;
    blocks.push({ kind, span: { start: s, end: e }, text: t });
  };
  // Each block element's parent and each heading's element, for where a new section goes: inside the container that
  // holds the sections (a content wrapper), not after it.
  const parentOf = new Map<Nodes, Parents>();
  const headingElement = new Map<Span, Element>();
  const collect = (parent: Parents, kind: BlockKind) => {
    const run: Nodes[] = [];
    for (const child of parent.children as RootContent[]) {
      if (child.type === 'element' && (BLOCK.has(child.tagName) || SKIP.has(child.tagName))) {
        flush(run, kind);
        parentOf.set(child, parent);
        visitBlock(child);
      } else if (child.type === 'text' || child.type === 'element' || (child.type === 'comment' && child.value.startsWith('?'))) {
        run.push(child);
      }
    }
    flush(run, kind);
  };
  const visitBlock = (el: Element) => {
    const tag = el.tagName;
    if (tag === 'head') {
      const title = el.children.find((c): c is Element => c.type === 'element' && c.tagName === 'title');
      if (title && startOf(title) !== undefined && textOf(title)) {
        titleElement = { start: startOf(title)!, end: endOf(title)! };
        titleText = textOf(title);
      }
      return;
    }
    if (SKIP.has(tag)) return;
    const s = startOf(el);
    const e = endOf(el);
    const h = HEADING.exec(tag);
    const level = h ? Number(h[1]) : ariaHeadingLevel(el);
    if (level) {
      const { title, number, marker } = splitHeadingNumber(textOf(el));
      if (title && s !== undefined && e !== undefined) {
        headings.push({ span: { start: s, end: e }, title, number, ...(marker ? { numbering: numberingStyle(marker) } : {}), level, strong: false });
        headingElement.set(headings[headings.length - 1].span, el);
        blocks.push({ kind: 'heading', span: { start: s, end: e }, text: title });
      }
      return;
    }
    if ((((tag === 'p' || tag === 'div') && strongOnly(el)) || tag === 'summary') && s !== undefined && e !== undefined) {
      const { title, number } = splitHeadingNumber(textOf(el));
      if (titleShape(title)) {
        headings.push({ span: { start: s, end: e }, title, number, level: 0, strong: true });
        headingElement.set(headings[headings.length - 1].span, el);
        blocks.push({ kind: 'heading', span: { start: s, end: e }, text: title });
        return;
      }
    }
    // "<p><strong>Children</strong><br>We do not…</p>": the bold line is a heading, the rest the first paragraph.
    const lead = tag === 'p' || tag === 'div' ? leadStrong(el) : undefined;
    if (lead) {
      const ls = startOf(lead.strong);
      const le = endOf(lead.strong);
      const { title, number } = splitHeadingNumber(textOf(lead.strong));
      if (ls !== undefined && le !== undefined && titleShape(title)) {
        headings.push({ span: { start: ls, end: le }, title, number, level: 0, strong: true });
        blocks.push({ kind: 'heading', span: { start: ls, end: le }, text: title });
        collect({ ...el, children: el.children.slice(lead.rest) }, 'paragraph');
        return;
      }
    }
    if ((tag === 'ul' || tag === 'ol' || tag === 'nav' || tag === 'p' || tag === 'div') && s !== undefined && e !== undefined && isAnchorToc(el)) tocLists.push({ start: s, end: e });
    collect(el, KIND.get(tag) ?? 'paragraph');
  };
  collect(tree, 'paragraph');

  // Title: the first <h1>, else <title>, else the first heading. Site chrome comes first in a saved page: an <h1>
  // holding the logo or site name before the policy's own <h1> ("Privacy Policy") is neither title nor section.
  let titleAt = headings.findIndex((h) => h.level === 1);
  let chrome = -1;
  if (titleAt >= 0 && !POLICY_TITLE.test(headings[titleAt].title)) {
    const own = headings.findIndex((h, k) => k > titleAt && h.level === 1 && POLICY_TITLE.test(h.title));
    if (own > 0) [chrome, titleAt] = [titleAt, own];
  }
  let title: Span | undefined;
  if (titleAt >= 0) title = headings[titleAt].span;
  else if (titleElement) {
    title = titleElement;
    blocks.unshift({ kind: 'heading', span: titleElement, text: titleText });
  } else if (headings.length) {
    titleAt = 0;
    title = headings[0].span;
  }

  const deepest = headings.reduce((m, h) => (h.strong ? m : Math.max(m, h.level)), 0);
  for (const h of headings) if (h.strong) h.level = Math.min(6, deepest + 1);

  const inList = (sp: Span) => tocLists.some((t) => sp.start >= t.start && sp.end <= t.end);
  const candidates = headings.filter((h, k) => k !== titleAt && k !== chrome && !inList(h.span));
  const toc = [...tocLists, ...headingRunTocs(candidates, blocks, source.length)];
  const inToc = (sp: Span) => toc.some((t) => sp.start >= t.start && sp.end <= t.end);
  const body = candidates.filter((h) => !inToc(h.span) && !TOC_LABEL.test(h.title));

  const sections: Section[] = body.map((h, k) => ({
    title: h.title,
    level: h.level,
    style: h.strong ? { kind: 'html-strong' } : { kind: 'html', level: h.level, ...(h.numbering ? { numbering: h.numbering } : {}) },
    ...(h.number !== undefined ? { number: h.number } : {}),
    heading: h.span,
    body: { start: h.span.end, end: k + 1 < body.length ? body[k + 1].span.start : text.length },
  }));

  const sectionsEnd = containerClose(body.slice(-2).map((h) => headingElement.get(h.span)), parentOf, source);

  // parse5 can report an end one past the text (a comment left open at the end of the file).
  const clamp = (sp: Span): Span => ({ start: Math.min(sp.start, text.length), end: Math.min(sp.end, text.length) });
  return {
    title: title && clamp(title),
    sections: sections.map((sec) => ({ ...sec, heading: clamp(sec.heading), body: clamp(sec.body) })),
    toc: toc.map(clamp),
    blocks: blocks.map((b) => ({ ...b, span: clamp(b.span) })),
    excluded: complement(normaliseSpans(kept), text.length),
    comments: comments.map((c) => ({ ...c, span: clamp(c.span) })),
    ...(sectionsEnd !== undefined && sectionsEnd <= text.length ? { sectionsEnd } : {}),
  };
}

/**
 * The start tag of an "element" that is really a leftover slot such as `<COMPANY NAME>` or `<INSERT DATE>`:
 * written in upper case and not an HTML element (upper-case HTML such as `<P>` or `<TABLE>` is markup).
 */
function slotTag(el: Element, source: string): Span | undefined {
  const opening = (el.data as { position?: { opening?: { start: { offset?: number }; end: { offset?: number } } } } | undefined)?.position?.opening;
  const s = opening?.start.offset;
  const e = opening?.end.offset;
  if (s === undefined || e === undefined) return undefined;
  const name = source.slice(s + 1, s + 1 + el.tagName.length);
  if (name !== name.toUpperCase() || name === name.toLowerCase()) return undefined;
  return ELEMENTS.has(el.tagName) || el.tagName.includes('-') ? undefined : { start: s, end: e };
}

/**
 * Where the container of the last sections closes: the innermost element holding the last two section headings (the
 * last one's parent when there is one section), when it is an element inside the body whose closing tag is in the source.
 */
function containerClose(last: Array<Element | undefined>, parentOf: Map<Nodes, Parents>, source: string): number | undefined {
  if (!last.length || last.some((e) => !e)) return undefined;
  const chain = (n: Nodes) => {
    const out: Parents[] = [];
    for (let p = parentOf.get(n); p; p = parentOf.get(p)) out.push(p);
    return out;
  };
  const mine = chain(last[last.length - 1]!);
  const other = last.length > 1 ? new Set(chain(last[0]!)) : undefined;
  const container = other ? mine.find((p) => other.has(p)) : mine[0];
  if (container?.type !== 'element' || /^(?:html|body|head)$/.test(container.tagName)) return undefined;
  const end = endOf(container);
  if (end === undefined) return undefined;
  const close = `</${container.tagName}`;
  const at = source.lastIndexOf('</', end - 1);
  return at >= 0 && source.slice(at, at + close.length).toLowerCase() === close ? at : undefined;
}

/** `role="heading"` elements: their aria-level (2 when absent or invalid), else 0. */
function ariaHeadingLevel(el: Element): number {
  if (String(el.properties?.role ?? '').toLowerCase() !== 'heading') return 0;
  const level = Number(el.properties?.ariaLevel);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2;
}

/**
 * A <strong>/<b> that opens a <p>/<div> and is followed by a <br> and more content: the <strong> and the index of
 * the child after the <br>.
 */
function leadStrong(el: Element): { strong: Element; rest: number } | undefined {
  const meaningful = (c: ElementContent) => !(c.type === 'text' && !c.value.trim()) && c.type !== 'comment';
  let i = 0;
  while (i < el.children.length && !meaningful(el.children[i])) i++;
  const first = el.children[i];
  if (first?.type !== 'element' || (first.tagName !== 'strong' && first.tagName !== 'b')) return undefined;
  let j = i + 1;
  while (j < el.children.length && !meaningful(el.children[j])) j++;
  const br = el.children[j];
  if (br?.type !== 'element' || br.tagName !== 'br') return undefined;
  const rest = j + 1;
  return el.children.slice(rest).some((c) => meaningful(c) && !(c.type === 'element' && c.tagName === 'br')) ? { strong: first, rest } : undefined;
}

/** Whether a <p>/<div> holds nothing but one <strong>/<b> (possibly inside a <span>, <em>…), besides white space and <br>. */
function strongOnly(el: Element): boolean {
  const meaningful = el.children.filter((c) => !(c.type === 'text' && !c.value.trim()) && !(c.type === 'element' && c.tagName === 'br') && c.type !== 'comment');
  if (meaningful.length !== 1 || meaningful[0].type !== 'element') return false;
  const only = meaningful[0];
  if (only.tagName === 'strong' || only.tagName === 'b') return true;
  return STRONG_WRAPPERS.has(only.tagName) && strongOnly(only);
}

/**
 * A table of contents made of in-page links ("#retention"): a <nav> of such links, a list whose every item is one
 * (nested lists too), or a paragraph/div holding nothing but three or more of them (separated by "|", "•"…).
 */
function isAnchorToc(el: Element): boolean {
  if (el.tagName === 'nav') {
    const links = anchorsOf(el);
    return links.length >= 2 && links.every(isAnchorLink);
  }
  if (el.tagName === 'p' || el.tagName === 'div') return anchorsOf(el).length >= 3 && onlyAnchors(el);
  const items = el.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li');
  if (items.length < 2) return false;
  return items.every((li) => {
    const nested = li.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'ul' || c.tagName === 'ol'));
    if (!nested.every(isAnchorToc)) return false;
    return onlyAnchors({ ...li, children: li.children.filter((c) => !nested.includes(c as Element)) });
  });
}

function anchorsOf(el: Element): Element[] {
  const out: Element[] = [];
  const walk = (n: Element) => {
    for (const c of n.children) if (c.type === 'element') (c.tagName === 'a' ? out.push(c) : walk(c));
  };
  walk(el);
  return out;
}

/** Whether `el` holds in-page links and nothing else but numbering, punctuation and separators. */
function onlyAnchors(el: Element): boolean {
  const anchors = anchorsOf(el);
  if (!anchors.length || !anchors.every(isAnchorLink)) return false;
  return tocKey(textOf(el)) === tocKey(anchors.map(textOf).join(' '));
}

function isAnchorLink(a: Element): boolean {
  const href = a.properties?.href;
  return typeof href === 'string' && href.startsWith('#') && href.length > 1;
}

/** Runs of headings with no prose between them, judged by toc.ts. */
function headingRunTocs(headings: Heading[], blocks: Block[], length: number): Span[] {
  if (headings.length < 3) return [];
  const prose = blocks.filter((b) => b.kind !== 'heading').sort((a, b) => a.span.start - b.span.start);
  let p = 0;
  const labelBefore = (start: number) => {
    // The nearest block before `start` is a "Contents" label.
    const found = blocks[countBefore(blocks, (b) => b.span.end <= start) - 1];
    return found !== undefined && TOC_LABEL.test(found.text);
  };
  const items: TocItem[] = headings.map((h, k) => {
    const nextStart = k + 1 < headings.length ? headings[k + 1].span.start : length;
    while (p < prose.length && prose[p].span.start < h.span.end) p++;
    const hasBody = p < prose.length && prose[p].span.start < nextStart;
    return { key: tocKey(h.title), hasBody, strong: true, labelled: labelBefore(h.span.start), at: length ? h.span.start / length : 0 };
  });
  return findTocRuns(items).map(([a, b]) => ({ start: headings[a].span.start, end: headings[b].span.end }));
}

/** The span of an attribute's value inside its `name="value"` span, without quotes. */
function attributeValue(source: string, s: number, e: number): Span | undefined {
  const eq = source.indexOf('=', s);
  if (eq < 0 || eq >= e) return undefined;
  let v = eq + 1;
  while (v < e && isWhite(source.charCodeAt(v))) v++;
  const q = source[v];
  if ((q === '"' || q === "'") && e - v >= 2 && source[e - 1] === q) return { start: v + 1, end: e - 1 };
  return v < e ? { start: v, end: e } : undefined;
}

/** The parts of [0, length) not covered by sorted, disjoint `spans`. */
function complement(spans: Span[], length: number): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start > at) out.push({ start: at, end: s.start });
    at = Math.max(at, s.end);
  }
  if (at < length) out.push({ start: at, end: length });
  return out;
}
