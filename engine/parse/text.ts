// Plain-text parser: turns a policy draft without markup into an outline.
//
// Plain-text policies come in two layouts. Hard-wrapped drafts break lines at ~80 columns and separate paragraphs
// with blank lines. Text copied from web pages has one paragraph per line and often no blank lines at all; there a
// heading is just a short line between long ones. Headings are recognised line by line (text-headings.ts classifies
// a line's marker and shape) and then confirmed by context:
//   - what follows: weak shapes (sentence case, bullet-led titles) need prose after them; Title Case needs
//     something other than a stray fragment (so "United States" at the end of an address is not a heading);
//   - lists introduced by "…:": a short line inside such a list is an item, unless a sentence follows it;
//   - a tight list (no blank lines between its items) ends at a blank line;
//   - address blocks (short lines holding a company name, "Attn", a street or a postcode) hold no headings;
//   - hard-wrapped paragraphs: a short line right after a long unpunctuated line is the paragraph's continuation,
//     unless it is much shorter and a sentence starts right under it;
//   - a line starting in lower case right after a candidate continues it.
// Runs of heading-like lines with no body between them are tables of contents (toc.ts), not sections.
// The title is the first non-blank line (with its underline, if any) unless that line is a numbered heading; a
// subtitle right under it ("Example, Inc. Privacy Policy") is neither title nor section.
import type { Block, HeadingStyle, Section, Span } from '../types.ts';
import type { LineIndex } from '../text/lines.ts';
import type { ParsedParts } from './parts.ts';
import { ADDRESS_SIGNAL, ADDRESS_START, classifyLine, numberLabel, numberingStyle, readMarker, TOC_LABEL, type HeadingCandidate, type LineMarker } from './text-headings.ts';
import { findTocRuns, tocKey, type TocItem } from './toc.ts';

interface Line {
  start: number;
  end: number;
  /** Offsets of the content: after indentation (and a BOM), before trailing white space. */
  contentStart: number;
  contentEnd: number;
  content: string;
  indent: string;
  blank: boolean;
}

/** A heading as recognised (before levels are assigned). */
interface Recognised {
  line: number;
  /** Last line of the heading (the underline of an underlined heading). */
  lastLine: number;
  title: string;
  style: HeadingStyle;
  number?: string;
  key: string;
}

/**
 * A line that belongs to the heading above it: an underline ("=====" level 1, "-----" level 2), or the title line
 * under a number line ("SECTION 4" / "CHILDREN'S PRIVACY").
 */
type Underline = 1 | 2 | 'title';

/** Lines longer than this are prose in any layout. */
const LONG_LINE = 100;
/** How far back the "inside a list introduced by ':'" test looks. */
const LIST_LOOKBACK = 60;
const TERMINAL = /[.!?:;]["'”’)\]]?$/;
const SENTENCE_END = /[.!?:]["'”’)\]]?$/;
const UNDERLINE = /^(=+|-+)$/;
/** A line ending a sentence (a closing quote or bracket may follow the stop). */
const SENTENCE_CLOSE = /[.!?]["'”’)\]]?$/;
/** A rule line ("-----", "*****", "_____"): separates blocks, is not one. */
const SEPARATOR = /^([-=_*~#])(?:[ \t]*\1){2,}$/;

/** Words that make a line under the title a subtitle rather than a first section. */
const SUBTITLE = /\b(?:privacy|data protection|cookie)\s+(?:policy|notice|statement)\b/;

function nextAfter(ls: Line[], i: number): number {
  let k = i + 1;
  while (k < ls.length && ls[k].blank) k++;
  return k;
}

/** The marker of a list item: a bullet or a number with a suffix ("3.", "b)"), not "12 Harbour Road". */
function listMarker(content: string): ReturnType<typeof readMarker> {
  const read = readMarker(content);
  const m = read?.marker;
  if (!m || m.kind === 'hash' || (m.kind === 'arabic' && m.suffix === '' && !m.number!.includes('.'))) return undefined;
  // "Section 3: …", "Part II …" are headings' numbers, never list items ("(a) …" is both).
  if (m.prefix && m.prefix !== '(') return undefined;
  return read;
}

function countWords(s: string, cap: number): number {
  let n = 0;
  const re = /\S+/g;
  while (n < cap && re.exec(s)) n++;
  return n;
}

function readLines(text: string, lines: LineIndex): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.lineCount; i++) {
    const start = lines.lineStart(i);
    const end = lines.lineEnd(i);
    const raw = text.slice(start, end);
    const lead = /^[\s\uFEFF]*/.exec(raw)![0].length;
    const trail = raw.length - raw.trimEnd().length;
    const contentEnd = Math.max(start + lead, end - trail);
    const content = text.slice(start + lead, contentEnd);
    out.push({ start, end, contentStart: start + lead, contentEnd, content, indent: raw.slice(0, lead).replace(/\uFEFF/g, ''), blank: content.length === 0 });
  }
  return out;
}

/** The outline and blocks of a plain-text document. */
export function parseText(text: string, lines: LineIndex): ParsedParts {
  return readText(text, lines, false);
}

/**
 * The title, sections and tables of contents of a plain-text document, without its blocks: a Markdown file without
 * headings takes its outline from these rules and keeps Markdown's own blocks.
 */
export function outlineText(text: string, lines: LineIndex): ParsedParts {
  return readText(text, lines, true);
}

function readText(text: string, lines: LineIndex, outlineOnly: boolean): ParsedParts {
  const ls = readLines(text, lines);
  const n = ls.length;
  const words = ls.map((l) => countWords(l.content, 13));

  // Underlined headings ("Title" + "=====" or "-----"): the underline line belongs to the heading above it.
  const underline: Array<Underline | undefined> = new Array(n);
  for (let i = 1; i < n; i++) {
    const u = UNDERLINE.exec(ls[i].content);
    const above = ls[i - 1];
    if (!u || u[1].length < 3 || above.blank || above.content.length > LONG_LINE || TERMINAL.test(above.content) || UNDERLINE.test(above.content)) continue;
    if (readMarker(above.content)?.marker.kind === 'bullet') continue;
    // The underlined line stands alone (a rule under the last line of a paragraph is a separator) or reads as a title.
    if (i >= 2 && !ls[i - 2].blank && !classifyLine(above.content)) continue;
    underline[i] = u[1][0] === '=' ? 1 : 2;
  }

  // Two-line headings ("SECTION 4" + "CHILDREN'S PRIVACY"): the title line belongs to the number line above it.
  const labelled: Array<HeadingCandidate | undefined> = new Array(n);
  for (let i = 0; i + 1 < n; i++) {
    if (underline[i] || underline[i + 1] || ls[i + 1].blank) continue;
    const marker = numberLabel(ls[i].content);
    const title = marker && classifyLine(ls[i + 1].content);
    if (!marker || !title || title.marker || title.leader) continue;
    labelled[i] = { marker, shape: title.shape, title: title.title, next: 'none' };
    underline[i + 1] = 'title';
  }

  // Candidates: every line whose marker and shape could make a heading.
  const cand: Array<HeadingCandidate | undefined> = new Array(n);
  const tocLabel: boolean[] = new Array(n).fill(false);
  for (let i = 0; i < n; i++) {
    if (ls[i].blank || underline[i]) continue;
    if (TOC_LABEL.test(ls[i].content)) {
      tocLabel[i] = true;
      continue;
    }
    if (labelled[i]) {
      cand[i] = labelled[i];
      continue;
    }
    if (underline[i + 1]) {
      cand[i] = { shape: 'title', title: ls[i].content, next: 'none' };
      continue;
    }
    cand[i] = classifyLine(ls[i].content);
  }
  resolveRomanLetters(cand);
  dropLoneBareNumbers(cand);
  dropAddressBlocks(ls, cand);

  // The title: the first non-blank line, unless it is a numbered or bulleted heading (then the document has none).
  let first = ls.findIndex((l) => !l.blank);
  let titleSpan: Span | undefined;
  let titleLast = first;
  if (first >= 0) {
    const kind = cand[first]?.marker?.kind;
    if (kind !== undefined && kind !== 'hash') first = -1;
    else {
      titleLast = underline[first + 1] ? first + 1 : first;
      titleSpan = { start: ls[first].contentStart, end: ls[titleLast].contentEnd };
      cand[first] = undefined;
      tocLabel[first] = false;
      // A subtitle right under the title ("Acme, Inc. Privacy Policy" under "Privacy Policy") is not a section.
      const afterTitle = nextAfter(ls, titleLast);
      const sub = cand[afterTitle];
      if (sub && !sub.marker && SUBTITLE.test(tocKey(sub.title))) cand[afterTitle] = undefined;
    }
  }

  const nextNonBlank = new Int32Array(n + 1).fill(-1);
  for (let i = n - 1; i >= 0; i--) nextNonBlank[i] = ls[i + 1] && !ls[i + 1].blank && !underline[i + 1] ? i + 1 : nextNonBlank[i + 1];
  const prevNonBlank = new Int32Array(n).fill(-1);
  for (let i = 1; i < n; i++) prevNonBlank[i] = !ls[i - 1].blank && !underline[i - 1] ? i - 1 : prevNonBlank[i - 1];

  const isListLine = (i: number) => listMarker(ls[i].content) !== undefined;
  const isProse = (i: number) => !cand[i] && words[i] >= 3 && (TERMINAL.test(ls[i].content) || words[i] >= 12);
  const isLabel = (i: number) => /^[^:]{1,40}:\s*\S/.test(ls[i].content);

  // Tables of contents.
  const candLines: number[] = [];
  for (let i = 0; i < n; i++) if (cand[i]) candLines.push(i);
  const items: TocItem[] = candLines.map((line, k) => {
    const c = cand[line]!;
    const nextCand = k + 1 < candLines.length ? candLines[k + 1] : n;
    let hasBody = false;
    for (let x = line + 1; x < nextCand && !hasBody; x++) hasBody = !ls[x].blank && !underline[x];
    const prev = prevNonBlank[line];
    const numbered = c.marker !== undefined && c.marker.kind !== 'bullet';
    return {
      key: tocKey(c.title),
      hasBody,
      strong: numbered || c.leader === true || c.shape === 'caps' || (c.shape === 'title' && !c.marker),
      labelled: prev >= 0 && tocLabel[prev],
      at: n ? line / n : 0,
    };
  });
  const toc: Span[] = [];
  const inToc: boolean[] = new Array(n).fill(false);
  for (const [a, b] of findTocRuns(items)) {
    const firstLine = items[a].labelled ? prevNonBlank[candLines[a]] : candLines[a];
    for (let x = firstLine; x <= candLines[b]; x++) inToc[x] = true;
    toc.push({ start: ls[firstLine].contentStart, end: ls[candLines[b]].contentEnd });
  }

  // Layout: hard-wrapped when long lines are (nearly) absent though there is prose.
  let nonBlank = 0;
  let long = 0;
  let wide = 0;
  for (const l of ls) {
    if (l.blank) continue;
    nonBlank++;
    if (l.content.length > LONG_LINE) long++;
    if (l.content.length >= 40) wide++;
  }
  const hardWrapped = nonBlank >= 3 && wide > 0 && long * 20 < nonBlank;

  // Confirm candidates by context.
  const heading: boolean[] = new Array(n).fill(false);
  // Whether the line before `i` (and the lines before it, up to LIST_LOOKBACK of them) is inside a list introduced by
  // "…:": the nearest line back that decides (a heading or the title: no; a line ending in ':': yes; a sentence: no).
  // What each line's walk back found is kept (it depends only on the lines before it, already decided), so that a long
  // run of short lines costs one pass, not LIST_LOOKBACK steps per line.
  const walkVerdict = new Int8Array(n); // 1: the deciding line introduces a list, 2: it does not (or there is none)
  const walkSteps = new Int32Array(n); // how many lines back the deciding line is
  const inIntroducedList = (i: number) => {
    const path: number[] = [];
    let verdict = 2;
    let steps = 0;
    for (let k = prevNonBlank[i]; k >= 0; k = prevNonBlank[k]) {
      if (walkVerdict[k]) {
        verdict = walkVerdict[k];
        steps = walkSteps[k];
        break;
      }
      const c = ls[k].content;
      const decided = heading[k] || (first >= 0 && k <= titleLast) ? 2 : c.endsWith(':') ? 1 : SENTENCE_CLOSE.test(c) ? 2 : 0;
      if (decided) {
        walkVerdict[k] = verdict = decided;
        break;
      }
      path.push(k);
    }
    for (let p = path.length - 1; p >= 0; p--) {
      walkVerdict[path[p]] = verdict;
      walkSteps[path[p]] = ++steps;
    }
    const start = prevNonBlank[i];
    return start >= 0 && walkVerdict[start] === 1 && walkSteps[start] < LIST_LOOKBACK;
  };
  for (let i = 0; i < n; i++) {
    const c = cand[i];
    if (!c || inToc[i] || c.leader) continue;
    if (underline[i + 1] || c.marker?.kind === 'hash') {
      heading[i] = true;
      continue;
    }
    const next = nextNonBlank[i];
    const adjacentNext = next === i + 1;
    const numbered = c.marker !== undefined && c.marker.kind !== 'bullet';
    // A line that runs on into a lower-case line below is the first line of a wrapped paragraph ("5.1. Data may be
    // stored in data centers located" / "all over the world."), numbered or not.
    if (adjacentNext && /^\p{Ll}/u.test(ls[next].content)) continue;
    if (!numbered) {
      // After a long unpunctuated line a short line is the wrapped paragraph's continuation, unless it is much shorter
      // and a sentence starts right under it: a paragraph whose last line lost its period, then a heading.
      const prev = i - 1;
      const beforeSentence = adjacentNext && ls[i].content.length * 2 <= ls[Math.max(prev, 0)].content.length && isProse(next) && /^\p{Lu}/u.test(ls[next].content);
      if (hardWrapped && prev >= 0 && !ls[prev].blank && !cand[prev] && !isListLine(prev) && !TERMINAL.test(ls[prev].content) && ls[prev].content.length >= 40 && !(first >= 0 && prev <= titleLast) && !beforeSentence) continue;
    }
    // A tight list ("Name\nEmail\nPhone number") ends at a blank line: a line after that is no longer one of its items.
    const prevLine = prevNonBlank[i];
    const afterTightList = prevLine > 0 && prevLine < i - 1 && cand[prevLine] !== undefined && !heading[prevLine] && !ls[prevLine - 1].blank;
    if (afterTightList && !numbered) {
      heading[i] = next >= 0 && isProse(next) && !isListLine(next);
      continue;
    }
    if (inIntroducedList(i)) {
      // Inside a list introduced by "…:", a short line is an item unless a sentence follows it and the line before
      // it was not itself a short item ("Contact details / Billing records / Usage logs / Each category is…").
      const prev = prevNonBlank[i];
      if (prev >= 0 && cand[prev] && !heading[prev]) continue;
      if (next >= 0 && !cand[next] && words[next] >= 3 && SENTENCE_END.test(ls[next].content) && !isListLine(next)) heading[i] = true;
      continue;
    }
    switch (c.next) {
      case 'none':
        heading[i] = true;
        break;
      case 'content':
        heading[i] = next >= 0 && (isProse(next) || cand[next] !== undefined || isListLine(next) || isLabel(next) || tocLabel[next] || ADDRESS_START.test(ls[next].content));
        break;
      case 'prose':
        heading[i] = next >= 0 && isProse(next) && !isListLine(next);
        break;
    }
  }

  const recognised: Recognised[] = [];
  for (let i = 0; i < n; i++) {
    if (!heading[i]) continue;
    const c = cand[i]!;
    const under = underline[i + 1];
    const setext = under === 1 || under === 2 ? under : undefined;
    const { style, number } = setext ? { style: { kind: 'setext', level: setext } as HeadingStyle, number: undefined } : styleOf(c, ls[i].indent);
    if (under === 'title' && (style.kind === 'arabic' || style.kind === 'roman' || style.kind === 'letter')) style.twoLine = true;
    recognised.push({ line: i, lastLine: under ? i + 1 : i, title: c.title.trim(), style, number, key: setext ? 'setext' : styleKey(style, c) });
  }
  const levels = assignLevels(recognised);

  const sections: Section[] = recognised.map((r, k) => {
    const headingSpan = { start: ls[r.line].contentStart, end: ls[r.lastLine].contentEnd };
    const nextStart = k + 1 < recognised.length ? ls[recognised[k + 1].line].contentStart : text.length;
    return {
      title: r.title,
      level: levels[k],
      style: r.style,
      ...(r.number !== undefined ? { number: r.number } : {}),
      heading: headingSpan,
      body: { start: headingSpan.end, end: nextStart },
    };
  });

  if (outlineOnly) return { title: titleSpan, sections, toc, blocks: [], excluded: [], comments: [] };
  const blocks = buildBlocks(ls, {
    headingAt: new Map(recognised.map((r) => [r.line, r])),
    title: first >= 0 ? { first, last: titleLast } : undefined,
    underline,
    inToc,
    hardWrapped,
    isListLine,
  });

  return { title: titleSpan, sections, toc, blocks, excluded: [], comments: [] };
}

/**
 * "I.", "V.", "X.", "C.", "D."… are both numerals and letters. They are letters when the document letters its
 * headings (has "A.", "B.") and never uses a multi-character numeral ("II."); numerals otherwise.
 */
function resolveRomanLetters(cand: Array<HeadingCandidate | undefined>): void {
  let multiRoman = false;
  let letters = false;
  for (const c of cand) {
    if (c?.marker?.kind === 'roman' && c.marker.number!.length > 1) multiRoman = true;
    if (c?.marker?.kind === 'letter') letters = true;
  }
  if (multiRoman || !letters) return;
  for (const c of cand) {
    const m = c?.marker;
    if (m?.kind === 'roman' && m.number!.length === 1) c!.marker = { kind: 'letter', number: m.number, suffix: m.suffix, prefix: m.prefix };
  }
}

/** A heading numbered "3 Title" (no suffix) needs "2 …" or "4 …" written the same way; otherwise it is not numbered. */
function dropLoneBareNumbers(cand: Array<HeadingCandidate | undefined>): void {
  const bare = (c: HeadingCandidate | undefined) => c?.marker?.kind === 'arabic' && c.marker.suffix === '' && !c.marker.prefix && !c.marker.number!.includes('.');
  const numbers = new Set<number>();
  for (const c of cand) if (bare(c)) numbers.add(Number(c!.marker!.number));
  cand.forEach((c, i) => {
    if (!bare(c)) return;
    const k = Number(c!.marker!.number);
    if (!numbers.has(k - 1) && !numbers.has(k + 1)) cand[i] = undefined;
  });
}

/** Longest line of an address block. */
const ADDRESS_LINE_MAX = 60;

/**
 * A block of short lines (between blank lines) that holds a company name, an "Attn" line, a street, a postal code or
 * a phone number is an address: from that line on, none of its lines is a heading ("Harbour Rowing Ltd / Quay Street /
 * Portsmouth"). A heading written right above the address ("Contact Us") keeps its place.
 */
function dropAddressBlocks(ls: Line[], cand: Array<HeadingCandidate | undefined>): void {
  let a = 0;
  while (a < ls.length) {
    if (ls[a].blank) {
      a++;
      continue;
    }
    let b = a;
    let short = true;
    let signal = -1;
    for (; b < ls.length && !ls[b].blank; b++) {
      const c = ls[b].content;
      if (c.length > ADDRESS_LINE_MAX || /[.!?;:]$/.test(c)) short = false;
      // A block with a long or punctuated line is no address: its signal no longer matters.
      if (short && signal < 0 && ADDRESS_SIGNAL.test(c)) signal = b;
    }
    if (short && signal >= 0 && b - a >= 2) for (let x = signal; x < b; x++) cand[x] = undefined;
    a = b;
  }
}

function styleOf(c: HeadingCandidate, indent: string): { style: HeadingStyle; number?: string } {
  const m: LineMarker | undefined = c.marker;
  if (m?.kind === 'hash') return { style: { kind: 'atx', level: m.hashes! } };
  if (m?.kind === 'bullet') return { style: { kind: 'bullet', bullet: m.bullet!, indent } };
  if (m) return { style: numberingStyle(m), number: m.number };
  return { style: { kind: c.shape === 'caps' ? 'caps' : c.shape === 'question' ? 'question' : 'plain' } };
}

const PLAIN_EITHER = 'plain|sentence';

/** Headings written the same way are siblings; the key identifies "the same way". */
function styleKey(style: HeadingStyle, c: HeadingCandidate): string {
  switch (style.kind) {
    case 'roman':
    case 'letter':
      return `${style.kind}:${style.upper}:${style.prefix ?? ''}`;
    case 'bullet':
      return `bullet:${style.bullet}:${style.indent}`;
    case 'question':
    case 'plain':
      // Title Case and sentence case lines are different styles (in web copies the sentence-case ones are often
      // subsections). A one-word line ("Cookies") could be either: it joins whichever is open (see assignLevels).
      if (!c.title.trim().includes(' ')) return PLAIN_EITHER;
      return c.shape === 'sentence' ? 'sentence' : 'plain';
    default:
      return style.kind;
  }
}

/**
 * Levels. Some styles carry their level: "#"×n, underlines (= 1, - 2), upper-case Roman numerals (1), Arabic
 * numbering by depth ("3.2" = 2; one deeper when the document also has Roman-numbered parts above it) and ALL CAPS
 * lines (top-level parts). The other styles (letters, lower-case numerals, bullets, plain and question lines) nest
 * by context: a style already open on the stack is a sibling of that heading, a new style is a child of the
 * heading above it.
 */
function assignLevels(rs: Recognised[]): number[] {
  const stack: Array<{ key: string; level: number }> = [];
  let romanSeen = false;
  return rs.map((r) => {
    const s = r.style;
    let explicit: number | undefined;
    if (s.kind === 'atx' || s.kind === 'setext') explicit = s.level;
    else if (s.kind === 'roman' && s.upper) explicit = 1;
    else if (s.kind === 'caps') explicit = 1;
    else if (s.kind === 'arabic') explicit = s.depth + (romanSeen ? 1 : 0);
    if (s.kind === 'roman' && s.upper) romanSeen = true;
    if (explicit !== undefined) {
      while (stack.length && stack[stack.length - 1].level >= explicit) stack.pop();
      stack.push({ key: r.key, level: explicit });
      return explicit;
    }
    let at = -1;
    for (let k = stack.length - 1; k >= 0 && at < 0; k--) {
      const key = stack[k].key;
      if (key === r.key || (r.key === PLAIN_EITHER && (key === 'plain' || key === 'sentence')) || (key === PLAIN_EITHER && (r.key === 'plain' || r.key === 'sentence'))) at = k;
    }
    if (at >= 0) {
      stack.length = at + 1;
      return stack[at].level;
    }
    const level = (stack.length ? stack[stack.length - 1].level : 0) + 1;
    stack.push({ key: r.key, level });
    return level;
  });
}

interface BlockContext {
  headingAt: Map<number, Recognised>;
  title?: { first: number; last: number };
  underline: Array<Underline | undefined>;
  inToc: boolean[];
  hardWrapped: boolean;
  isListLine(i: number): boolean;
}

/**
 * Prose units. Headings and list items are blocks of their own. In hard-wrapped text a paragraph (or a list item's
 * wrapped continuation) runs until a blank line; in one-paragraph-per-line text every line is a block.
 */
function buildBlocks(ls: Line[], ctx: BlockContext): Block[] {
  const blocks: Block[] = [];
  let open: { kind: Block['kind']; start: number; end: number; parts: string[]; indent: number } | undefined;
  const close = () => {
    if (open) blocks.push({ kind: open.kind, span: { start: open.start, end: open.end }, text: open.parts.join(' ') });
    open = undefined;
  };
  for (let i = 0; i < ls.length; i++) {
    const l = ls[i];
    if (l.blank) {
      close();
      continue;
    }
    if (ctx.underline[i]) continue;
    if (SEPARATOR.test(l.content)) {
      close();
      continue;
    }
    if (ctx.title && i >= ctx.title.first && i <= ctx.title.last) {
      close();
      if (i === ctx.title.first) blocks.push({ kind: 'heading', span: { start: l.contentStart, end: l.contentEnd }, text: l.content });
      continue;
    }
    const h = ctx.headingAt.get(i);
    if (h) {
      close();
      blocks.push({ kind: 'heading', span: { start: l.contentStart, end: l.contentEnd }, text: h.title });
      continue;
    }
    if (ctx.inToc[i]) {
      close();
      blocks.push({ kind: 'paragraph', span: { start: l.contentStart, end: l.contentEnd }, text: l.content });
      continue;
    }
    if (ctx.isListLine(i)) {
      close();
      const read = listMarker(l.content)!;
      open = { kind: 'list-item', start: l.contentStart, end: l.contentEnd, parts: [l.content.slice(read.rest)], indent: l.indent.length };
      if (!ctx.hardWrapped) close();
      continue;
    }
    // A wrapped list item continues on indented lines, and on a flush line when its last line broke off mid-sentence
    // (long, no closing punctuation: "5.1. Data may be stored in data centres located" / "all over the world."); a
    // paragraph on any line (hard-wrapped layout only).
    if (open && ctx.hardWrapped && (open.kind === 'paragraph' || l.indent.length > open.indent || (ls[i - 1].content.length >= 40 && !TERMINAL.test(ls[i - 1].content)))) {
      open.end = l.contentEnd;
      open.parts.push(l.content);
      continue;
    }
    close();
    open = { kind: 'paragraph', start: l.contentStart, end: l.contentEnd, parts: [l.content], indent: l.indent.length };
    if (!ctx.hardWrapped) close();
  }
  close();
  return blocks;
}
