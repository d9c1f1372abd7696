// Plans the section a quick fix inserts for a missing topic: written in the document's own heading style
// and placed where such a section conventionally goes. Pure text in, text out; the server turns it into edits.
import type { HeadingStyle, InsertSectionFix, PolicyDocument, Section, Span, TopicCoverage } from '../types.ts';
import type { TopicDefinition } from '../topics/definition.ts';
import { afterBom } from '../text/lines.ts';

/** What planning an inserted section reads of a document: all but its blocks (a language server's view of a lint has none of their text). */
type OutlinedDocument = Omit<PolicyDocument, 'blocks'>;

/** Sections that make up the document's main outline: the shallowest level present. */
function topLevel(doc: OutlinedDocument): Section[] {
  if (!doc.sections.length) return [];
  const min = doc.sections.reduce((m, s) => Math.min(m, s.level), Infinity);
  return doc.sections.filter((s) => s.level === min);
}

/** The heading style most top-level sections use (ties go to the later one, the style the document ended in). */
function dominantStyle(sections: Section[], keys: string[]): HeadingStyle | undefined {
  const counts = new Map<string, { n: number; style: HeadingStyle }>();
  for (const [i, s] of sections.entries()) {
    const key = keys[i];
    const c = counts.get(key) ?? { n: 0, style: s.style };
    c.n++;
    counts.set(key, c);
  }
  let best: { n: number; style: HeadingStyle } | undefined;
  for (const c of counts.values()) if (!best || c.n >= best.n) best = c;
  return best?.style;
}

function defaultStyle(doc: OutlinedDocument): HeadingStyle {
  if (doc.format === 'markdown') return { kind: 'atx', level: 2 };
  if (doc.format === 'html') return { kind: 'html', level: 2 };
  return { kind: 'plain' };
}

const ROMAN: Array<[number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

export function toRoman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) while (n >= v) { out += s; n -= v; }
  return out;
}

export function fromRoman(s: string): number {
  const value: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  const u = s.toUpperCase();
  let total = 0;
  for (let i = 0; i < u.length; i++) {
    const v = value[u[i]] ?? 0;
    const next = value[u[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** The number the `step`th new section following `last` carries in a numbered style (step 1: the next one). */
function nextNumber(style: HeadingStyle, last: Section | undefined, step = 1): string | undefined {
  const cur = last?.number;
  if (style.kind === 'atx' || style.kind === 'html') return style.numbering && nextNumber(style.numbering, last, step);
  switch (style.kind) {
    case 'roman': {
      const n = toRoman((cur ? fromRoman(cur) : 0) + step);
      return style.upper ? n : n.toLowerCase();
    }
    case 'arabic': {
      const parts = (cur ?? '0').split('.').filter(Boolean);
      parts[parts.length - 1] = String(Number(parts[parts.length - 1] || 0) + step);
      return parts.join('.');
    }
    case 'letter': {
      const code = cur ? cur.charCodeAt(0) + step : (style.upper ? 65 : 97) + step - 1;
      return String.fromCharCode(code);
    }
    default:
      return undefined;
  }
}

/**
 * Where a section goes in front of the heading at `headingStart`: the start of its line, unless other markup comes
 * before it on that line (minified HTML, `<html><body><h2>` on one line), then the heading itself.
 */
function lineStartBefore(doc: OutlinedDocument, headingStart: number): number {
  const lineStart = doc.lines.lineStart(doc.lines.lineOf(headingStart));
  return /^[ \t]*$/.test(doc.text.slice(lineStart, headingStart)) ? lineStart : headingStart;
}

/** In an HTML document, where content ends: before the closing body (or html) tag, so a section never lands outside it. */
function htmlContentEnd(doc: OutlinedDocument): number {
  const lower = doc.text.toLowerCase();
  const close = lower.lastIndexOf('</body') >= 0 ? lower.lastIndexOf('</body') : lower.lastIndexOf('</html');
  return close < 0 ? doc.text.length : lineStartBefore(doc, close);
}

/** Escapes text for use inside a snippet outside placeholders. */
export function escapeSnippet(s: string): string {
  return s.replace(/[\\$}]/g, (c) => '\\' + c);
}

/** Renders snippet text with each tab stop replaced by its default value ("${1:[period]}" -> "[period]"). */
export function snippetToText(snippet: string): string {
  let out = '';
  let i = 0;
  const parse = (stopAt: string | undefined): string => {
    let acc = '';
    while (i < snippet.length) {
      const c = snippet[i];
      if (c === '\\' && i + 1 < snippet.length) {
        acc += snippet[i + 1];
        i += 2;
      } else if (stopAt && c === stopAt) {
        i++;
        return acc;
      } else if (c === '$' && snippet[i + 1] === '{') {
        const m = /^\$\{(\d+)(:|\|)?/.exec(snippet.slice(i));
        if (!m) { acc += c; i++; continue; }
        i += m[0].length;
        if (m[2] === ':') acc += parse('}');
        else if (m[2] === '|') { const inner = parse('}'); acc += inner.split(',')[0].replace(/\|$/, ''); }
        else i++; // "${1}"
      } else if (c === '$' && /\d/.test(snippet[i + 1] ?? '')) {
        i++;
        while (/\d/.test(snippet[i] ?? '')) i++;
      } else {
        acc += c;
        i++;
      }
    }
    return acc;
  };
  out = parse(undefined);
  return out;
}

function renderHeading(style: HeadingStyle, title: string, number: string | undefined, eol: string, id?: string): string {
  const t = escapeSnippet(title);
  switch (style.kind) {
    case 'atx': return `${'#'.repeat(style.level)} ${style.numbering ? renderHeading(style.numbering, title, number, eol) : t}`;
    case 'setext': return `${t}${eol}${(style.level === 1 ? '=' : '-').repeat(Math.max(3, title.length))}`;
    case 'html': return `<h${style.level}${id ? ` id="${id}"` : ''}>${style.numbering ? renderHeading(style.numbering, title, number, eol) : t}</h${style.level}>`;
    case 'html-strong': return `<p><strong>${t}</strong></p>`;
    case 'bold': return `**${t}**`;
    case 'roman':
    case 'letter':
    case 'arabic': return `${escapeSnippet(style.prefix ?? '')}${number}${style.suffix}${style.twoLine ? eol : ' '}${t}`;
    case 'bullet': return `${style.indent}${style.bullet} ${t}`;
    case 'caps': return escapeSnippet(title.toUpperCase());
    case 'question':
    case 'plain': return t;
  }
}

function renderBody(doc: OutlinedDocument, body: string, eol: string, blank: boolean): string {
  const paras = body.split(/\n\s*\n/);
  if (doc.format === 'html') return paras.map((p) => `<p>${p.replace(/\n/g, ' ')}</p>`).join(eol);
  return paras.map((p) => p.replace(/\n/g, eol)).join(blank ? eol + eol : eol);
}

/** Short words that stay in lower case in Title Case. */
const SMALL_WORDS = /^(?:a|an|and|as|at|by|for|in|of|on|or|the|to|with)$/i;
const isTitleCase = (title: string) => title.split(/\s+/).every((w) => !/^\p{L}{4,}/u.test(w) || /^\p{Lu}/u.test(w));

type TitleCase = 'upper' | 'title' | 'as-written';

/**
 * The case a section's title is written in, after its siblings: ALL CAPS when they all are ("16. INTERNATIONAL
 * TRANSFERS…"), Title Case when they all are (and at least one has two capitalised words), else as written.
 */
function caseOf(siblings: Section[]): TitleCase {
  const titles = siblings.map((s) => s.title).filter((t) => /\p{L}/u.test(t));
  if (!titles.length) return 'as-written';
  if (titles.every((t) => !/\p{Ll}/u.test(t))) return 'upper';
  if (titles.every(isTitleCase) && titles.some((t) => (t.match(/(?:^|\s)\p{Lu}\p{L}{3,}/gu) ?? []).length >= 2)) return 'title';
  return 'as-written';
}

function inCase(title: string, kase: TitleCase): string {
  if (kase === 'upper') return title.toUpperCase();
  if (kase === 'as-written') return title;
  return title
    .split(' ')
    .map((w, i) => (i > 0 && SMALL_WORDS.test(w) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

/**
 * What every section inserted into a document shares: its top-level sections, the style most of them use, the
 * siblings a new section is numbered and cased after, and whether blocks are separated by blank lines. Computed once
 * per document (a rule plans a section for each missing topic and requirement; a document may have 50,000 sections).
 */
interface DocumentStyle {
  /** Indices of the top-level sections. */
  top: number[];
  style: HeadingStyle;
  siblings: Section[];
  titleCase: TitleCase;
  numbered: boolean;
  blank: boolean;
}

const documentStyles = new WeakMap<OutlinedDocument, DocumentStyle>();

function documentStyle(doc: OutlinedDocument): DocumentStyle {
  let known = documentStyles.get(doc);
  if (known) return known;
  const topSections = topLevel(doc);
  const level = topSections[0]?.level;
  const top = doc.sections.flatMap((s, i) => (s.level === level ? [i] : []));
  // Each style written out once: the key that tells styles apart (50,000 sections: twice as many stringify calls before).
  const keys = topSections.map((s) => JSON.stringify(s.style));
  const style = dominantStyle(topSections, keys) ?? defaultStyle(doc);
  // Numbered siblings continue one sequence whatever their spelling ("ARTICLE 2", "Article 3"), so the number follows
  // the last of them; other styles are siblings when written exactly alike.
  const numberingOf = (st: HeadingStyle) => (st.kind === 'atx' || st.kind === 'html' ? st.numbering?.kind : st.kind === 'roman' || st.kind === 'arabic' || st.kind === 'letter' ? st.kind : undefined);
  const sequence = numberingOf(style);
  const key = JSON.stringify(style);
  const siblings = topSections.filter((s, i) => (sequence ? numberingOf(s.style) === sequence && s.style.kind === style.kind : keys[i] === key));
  const numbered = style.kind === 'roman' || style.kind === 'arabic' || style.kind === 'letter' || ((style.kind === 'atx' || style.kind === 'html') && style.numbering !== undefined);
  known = { top, style, siblings, titleCase: caseOf(siblings), numbered, blank: /\r?\n[ \t]*\r?\n|\r[ \t]*\r/.test(doc.text) };
  documentStyles.set(doc, known);
  return known;
}

/** Where, when several sections are inserted together, this one goes: a given offset, and how many numbered new sections precede it there. */
export interface Placement {
  offset?: number;
  /** 0 for the first new section after the last numbered sibling, 1 for the next… */
  nth?: number;
}

/** Where a new section for `topic` goes and what it says, in the document's own style. */
export function planInsertSection(doc: OutlinedDocument, coverage: Pick<TopicCoverage, 'sectionTopics'>, topic: TopicDefinition, place: Placement = {}): InsertSectionFix {
  const eol = doc.eol;
  const { top, style, siblings, titleCase, numbered, blank } = documentStyle(doc);

  // Numbered outlines are never renumbered (every existing line must survive a fix), so the new section
  // continues the numbering after the last sibling. Otherwise it goes before the contact/changes sections.
  let offset = doc.text.length;
  let after: Section | undefined = siblings[siblings.length - 1];
  if (numbered && after) {
    offset = after.body.end;
  } else {
    const headingRes = topic.placement.beforeHeadings.map((h) => new RegExp(h, 'i'));
    const idx =
      top.find((i) => {
        const topics = coverage.sectionTopics[i] ?? [];
        return topics.some((t) => topic.placement.beforeTopics.includes(t)) || headingRes.some((r) => r.test(doc.sections[i].title));
      }) ?? -1;
    if (idx >= 0) {
      offset = lineStartBefore(doc, doc.sections[idx].heading.start);
      after = undefined;
    }
  }
  if (doc.format === 'html') offset = Math.min(offset, htmlContentEnd(doc), doc.sectionsEnd === undefined ? Infinity : lineStartBefore(doc, doc.sectionsEnd));
  // A code block left open at the end would swallow a section appended after it: the section goes before it.
  if (offset >= doc.text.length && doc.openCodeStart !== undefined) offset = doc.openCodeStart;
  offset = afterBom(doc.text, place.offset ?? offset);
  const number = numbered ? nextNumber(style, after, 1 + (place.nth ?? 0)) : undefined;

  const title = inCase(topic.template.title, titleCase);
  // In HTML a table of contents links to ids: the new heading gets one for its entry.
  const id = doc.format === 'html' && style.kind === 'html' && tocModel(doc, offset) ? slug(title) : undefined;
  const heading = renderHeading(style, title, number, eol, id);
  const body = renderBody(doc, topic.template.body, eol, blank);
  const sep = blank ? eol + eol : eol;
  const atEnd = offset >= doc.text.length;
  const needsLead = atEnd && doc.text.length > 0 && !/[\r\n]$/.test(doc.text);
  const endsBlank = (s: string) => /(\r?\n|\r)[ \t]*(\r?\n|\r)$/.test(s);
  // After a line of text (no blank line before the insertion point), a blank line first: the new heading must not
  // join the paragraph before it (a setext, bold or plain heading would).
  const before = doc.text.slice(Math.max(0, offset - 200), offset);
  // After a final lone CR, a LF would pair with it into one line break: the blank line is written with a CR.
  const endEol = /\r$/.test(doc.text) ? '\r' : eol;
  const lead = atEnd
    ? (needsLead ? eol : '') + (blank && doc.text.length > 0 && !endsBlank(doc.text) ? endEol : '')
    : blank && offset > 0 && !endsBlank(before) && /\S/.test(before.slice(Math.max(before.lastIndexOf('\n', before.length - 2), before.lastIndexOf('\r', before.length - 2)) + 1))
      ? eol
      : '';
  const snippet = lead + heading + sep + body + (atEnd ? eol : sep);
  const toc = tocEntry(doc, offset, title, number, id ?? slug(snippetToText(heading).replace(/^#+\s*/, '')));
  return { kind: 'insert-section', topic: topic.id, offset, headingStyle: style, ...(number ? { number } : {}), snippet, text: snippetToText(snippet), ...(toc ? { toc } : {}) };
}

/** An in-page anchor the way GitHub and most Markdown renderers make one from a heading's text ("4. How long…" -> "4-how-long…"). */
export function slug(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').trim().replace(/\s/g, '-');
}

/** A line of a table of contents that names exactly one section. */
interface TocLine {
  start: number;
  end: number;
  text: string;
  section: Section;
}

/**
 * The entry to copy for a section inserted at `offset`: the entry of the first section after it, else the last entry;
 * undefined when no table of contents comes before `offset` or no line of it names exactly one section.
 */
function tocModel(doc: OutlinedDocument, offset: number): { line: TocLine; before: boolean } | undefined {
  const toc = doc.toc.find((t) => t.end <= offset);
  if (!toc) return undefined;
  const lines = tocLines(doc, toc);
  if (!lines.length) return undefined;
  const next = lines.find((l) => l.section.heading.start >= offset);
  return next ? { line: next, before: true } : { line: lines[lines.length - 1], before: false };
}

const tocLinesKept = new WeakMap<OutlinedDocument, Map<Span, TocLine[]>>();

/**
 * The lines of `toc` that are entries: each names a section after the table (its title, of three characters or more,
 * is in the line, whatever the case), the longest title it names, and only titles that are part of that one (one entry
 * on the line); among sections of the same title length, the first. Kept per document (every missing topic asks).
 * Titles are looked up by their first three characters at each place in a line, each distinct title once, so a long
 * table costs in proportion to its text, not to its lines times the sections (a Markdown file of 14,000 numbered lines,
 * read as a table of contents and sections: 0.1 s per missing topic).
 */
function tocLines(doc: OutlinedDocument, toc: Span): TocLine[] {
  let kept = tocLinesKept.get(doc);
  if (!kept) tocLinesKept.set(doc, (kept = new Map()));
  const known = kept.get(toc);
  if (known) return known;
  // Each distinct lower-cased title: the section it stands for (the longest title among those spelled so, then the first).
  const byTitle = new Map<string, Section>();
  for (const s of doc.sections) {
    if (s.heading.start < toc.end || s.title.length <= 2) continue;
    const key = s.title.toLowerCase();
    const best = byTitle.get(key);
    if (!best || s.title.length > best.title.length) byTitle.set(key, s);
  }
  const byStart = new Map<string, string[]>();
  const short: string[] = []; // titles shorter than three characters once lower-cased (none in practice)
  for (const key of byTitle.keys()) {
    if (key.length < 3) short.push(key);
    else byStart.set(key.slice(0, 3), [...(byStart.get(key.slice(0, 3)) ?? []), key]);
  }
  const lines: TocLine[] = [];
  for (let line = doc.lines.lineOf(toc.start); line <= doc.lines.lineOf(Math.max(toc.start, toc.end - 1)); line++) {
    const start = doc.lines.lineStart(line);
    const end = doc.lines.lineEnd(line);
    const text = doc.text.slice(start, end);
    const lower = text.toLowerCase();
    const named = new Set(short.filter((key) => lower.includes(key)));
    for (let i = 0; i + 3 <= lower.length; i++) for (const key of byStart.get(lower.slice(i, i + 3)) ?? []) if (!named.has(key) && lower.startsWith(key, i)) named.add(key);
    let section: Section | undefined;
    for (const key of named) {
      const s = byTitle.get(key)!;
      if (!section || s.title.length > section.title.length || (s.title.length === section.title.length && s.heading.start < section.heading.start)) section = s;
    }
    const longest = section?.title.toLowerCase();
    if (section && [...named].every((key) => longest!.includes(key))) lines.push({ start, end, text, section });
  }
  kept.set(toc, lines);
  return lines;
}

/** The new section's table-of-contents entry: a copy of a sibling entry with its title, number and anchor replaced. */
function tocEntry(doc: OutlinedDocument, offset: number, title: string, number: string | undefined, anchor: string): { offset: number; text: string } | undefined {
  const model = tocModel(doc, offset);
  if (!model) return undefined;
  const { line } = model;
  const at = line.text.toLowerCase().indexOf(line.section.title.toLowerCase());
  let head = line.text.slice(0, at);
  const tail = line.text.slice(at + line.section.title.length);
  // The sibling's number before its title ("1. WHAT DATA…", "III. Contact") becomes the new section's.
  const old = line.section.number;
  if (old && number) {
    const re = new RegExp(`(^|[^\\p{L}\\p{N}])${old.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    const last = [...head.matchAll(re)].pop();
    if (last) head = head.slice(0, last.index + last[1].length) + number + head.slice(last.index + last[0].length);
  }
  const text = (head + title + tail).replace(/#[^\s"')\]]+/g, `#${anchor}`);
  const lineAfter = line.end < doc.text.length ? doc.lines.lineStart(doc.lines.lineOf(line.start) + 1) : undefined;
  if (model.before) return { offset: line.start, text: text + doc.eol };
  return lineAfter !== undefined && lineAfter > line.end ? { offset: lineAfter, text: text + doc.eol } : undefined;
}

/**
 * Several missing sections inserted together, each where it belongs relative to the others too: a section placed
 * before another topic's (`placement.beforeTopics`) and planned after it moves up to that one's place; sections at one
 * place follow the topics' placement order; a numbered outline numbers them on (16, 17…). Returned in document order.
 */
export function planInsertSections(doc: OutlinedDocument, coverage: Pick<TopicCoverage, 'sectionTopics'>, topics: TopicDefinition[]): InsertSectionFix[] {
  const plans = topics.map((t) => ({ topic: t, fix: planInsertSection(doc, coverage, t) }));
  const precedes = (a: TopicDefinition, b: TopicDefinition) => a.placement.beforeTopics.includes(b.id);
  // Placement order: a topic after every topic it must follow (stable otherwise).
  const ordered: typeof plans = [];
  const pending = [...plans];
  while (pending.length) {
    const i = pending.findIndex((p) => !pending.some((q) => q !== p && precedes(q.topic, p.topic)));
    ordered.push(...pending.splice(i < 0 ? 0 : i, 1));
  }
  // From the last to the first: a section never lands after one it must precede.
  const offsets = new Map(ordered.map((p) => [p, p.fix.offset]));
  for (let i = ordered.length - 1; i >= 0; i--) {
    for (const q of ordered.slice(i + 1)) if (precedes(ordered[i].topic, q.topic)) offsets.set(ordered[i], Math.min(offsets.get(ordered[i])!, offsets.get(q)!));
  }
  const placed = ordered.map((p, rank) => ({ ...p, rank, offset: offsets.get(p)! })).sort((a, b) => a.offset - b.offset || a.rank - b.rank);
  let nth = 0;
  return placed.map((p) => {
    const moved = p.offset !== p.fix.offset;
    const numbered = p.fix.number !== undefined;
    const fix = moved || (numbered && nth > 0) ? planInsertSection(doc, coverage, p.topic, { offset: p.offset, nth: numbered ? nth : 0 }) : p.fix;
    if (numbered) nth++;
    return fix;
  });
}
