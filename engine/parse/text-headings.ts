// Heading-line classification for plain text (and the "is this short text a title?" test the HTML parser reuses for
// <p><strong>…</strong></p> lines). A line is looked at in two steps:
//
//   1. Marker: what leads the line — "VII." (roman), "3.2" / "3)" (arabic), "C." (letter), "•" / "-" (bullet),
//      "##" (hash), numbers after a word or sign ("Section 3:", "Art. 5.", "Part II", "§ 4") or in brackets ("(a)");
//      MARKERS below is the table; the first row that matches wins.
//   2. Shape of the remaining text: ALL CAPS, Title Case, a question, or a short sentence-case phrase. SHAPES is the
//      table, checked in order. Before that, REJECTIONS (sentence endings, labels, dates, addresses, URLs…) veto
//      text that is never a heading whatever its shape.
//
// The result is a *candidate*. Whether a candidate really is a heading depends on its neighbours (what follows it,
// whether it continues a wrapped paragraph, whether it sits in a list introduced by "…:"); that is decided in
// text.ts using the `next` requirement each candidate carries (see NEXT_REQUIREMENT).
import type { NumberingStyle } from '../types.ts';

/** Which line may follow a candidate for it to count as a heading (checked in text.ts). */
export type NextRequirement =
  /** Nothing is required (explicit markup such as "## Title", numbered and ALL-CAPS lines). */
  | 'none'
  /** Something that is not a stray fragment: prose, another heading, a list item or a "Label: value" line. */
  | 'content'
  /** A prose line (a sentence, or a long line). Used for weak shapes, whose only evidence is what follows. */
  | 'prose';

export type MarkerKind = 'hash' | 'roman' | 'arabic' | 'letter' | 'bullet';

export interface LineMarker {
  kind: MarkerKind;
  /** "VII", "3.2", "C" (numbered kinds only). */
  number?: string;
  /** What follows the number: ".", ")", ":", " -" or "" (numbered kinds only). */
  suffix?: string;
  /** The bullet character (bullet kind only). */
  bullet?: string;
  /** Number of '#' (hash kind only). */
  hashes?: number;
  /** A word or sign before the number ("Section ", "Art. ", "§ ", "(" of "(a)"), as written (numbered kinds only). */
  prefix?: string;
}

export type ShapeKind = 'caps' | 'title' | 'question' | 'sentence';

export interface HeadingCandidate {
  marker?: LineMarker;
  shape: ShapeKind;
  /** The heading text without marker ("Children's Personal Information"). */
  title: string;
  next: NextRequirement;
  /** A table-of-contents line with a dot leader and page number ("Retention ........ 7"): never a heading. */
  leader?: boolean;
}

/** Leading markers, tried in order. `m[1]` is the marker token, the last group is the gap before the title. */
interface MarkerRow {
  kind: MarkerKind;
  re: RegExp;
  read(m: RegExpExecArray): LineMarker | undefined;
}

const ROMAN = /^(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/i;

/** The number of a prefixed or parenthesised marker: Arabic, a numeral, or a single letter. */
function numberMarker(token: string, suffix: string, prefix: string, letterFirst: boolean): LineMarker | undefined {
  if (/^\d/.test(token)) return { kind: 'arabic', number: token, suffix, prefix };
  const cased = token === token.toUpperCase() || token === token.toLowerCase();
  if (token.length === 1 && letterFirst) return { kind: 'letter', number: token, suffix, prefix };
  if (ROMAN.test(token) && cased) return { kind: 'roman', number: token, suffix, prefix };
  return token.length === 1 ? { kind: 'letter', number: token, suffix, prefix } : undefined;
}

/** A word or sign that introduces a heading number, and the number: "Section 3", "Art. 5", "Part II", "§ 4". */
const PREFIXED_NUMBER = String.raw`((?:section|sec\.|article|art\.|part|chapter|clause|schedule|appendix|annex)[ \t]+|§{1,2}[ \t]*)(\d{1,3}(?:\.\d{1,3}){0,5}|[ivxlcdm]{1,8}|[a-z])`;

function prefixedMarker(rawPrefix: string, token: string, rawSuffix: string): LineMarker | undefined {
  const prefix = rawPrefix.replace(/[ \t]+$/, ' ');
  const word = prefix.trim().toLowerCase();
  // "Part a", "Section v": a lower-case numeral or letter after a capitalised word is prose.
  if (/^[a-z]/.test(token) && rawPrefix[0] !== rawPrefix[0].toLowerCase() && word !== '§') return undefined;
  return numberMarker(token, rawSuffix.replace(/^[ \t]+/, ' '), prefix, /^(?:appendix|annex|schedule)$/.test(word));
}

const NUMBER_LABEL = new RegExp(`^${PREFIXED_NUMBER}([.:]?)$`, 'i');

/** A line that is only a heading number with its word ("SECTION 4", "Article 5:"), whose title is on the next line. */
export function numberLabel(content: string): LineMarker | undefined {
  const m = NUMBER_LABEL.exec(content);
  return m ? prefixedMarker(m[1], m[2], m[3]) : undefined;
}

export const MARKERS: MarkerRow[] = [
  {
    // "## Retention" in a .txt file (Markdown habits). Closing hashes are dropped.
    kind: 'hash',
    re: /^(#{1,6})([ \t]+)/,
    read: (m) => ({ kind: 'hash', hashes: m[1].length }),
  },
  {
    // "Section 3: Title", "ARTICLE 5 – Title", "Art. 5. Title", "Part II Title", "Chapter 2 - Title", "§ 4 Title",
    // "Appendix A: Title". The word makes it a heading number even without a suffix.
    kind: 'arabic',
    re: new RegExp(`^${PREFIXED_NUMBER}(\\.(?!\\d)|\\)|:|[ \\t]*[-–—])?([ \\t]+)`, 'i'),
    read: (m) => prefixedMarker(m[1], m[2], m[3] ?? ''),
  },
  {
    // "(a) Title", "(iv) Title", "(3) Title".
    kind: 'letter',
    re: /^(\()(\d{1,3}|[ivxlcdm]{1,8}|[IVXLCDM]{1,8}|[A-Za-z])(\))([ \t]+)/,
    read: (m) => numberMarker(m[2], ')', '(', false),
  },
  {
    // "VII. Title", "iv) Title", "II: Title", "III - Title". Single letters that are also numerals (I, V, X, C…)
    // are resolved against the rest of the document in text.ts (roman if the document counts in numerals).
    kind: 'roman',
    re: /^([MDCLXVImdclxvi]{1,8})(\.|\)|:|[ \t]+[-–—])([ \t]+)/,
    read: (m) => {
      const token = m[1];
      if (!ROMAN.test(token)) return undefined;
      if (token !== token.toUpperCase() && token !== token.toLowerCase()) return undefined;
      return { kind: 'roman', number: token, suffix: m[2].replace(/^[ \t]+/, ' ') };
    },
  },
  {
    // "3. Title", "3) Title", "3.2 Title", "3.2. Title", "4: Title", and "3 Title" (PDF exports). A lone number
    // without suffix has at most two digits and counts only when its neighbours in the sequence exist too
    // (checked in text.ts): "123 Main Street" is an address, not section 123.
    kind: 'arabic',
    re: /^(\d{1,3}(?:\.\d{1,3}){0,5})(\.(?!\d)|\)|:|[ \t]+[-–—])?([ \t]+)/,
    read: (m) => {
      const suffix = (m[2] ?? '').replace(/^[ \t]+/, ' ');
      if (!suffix && !m[1].includes('.') && m[1].length > 2) return undefined;
      return { kind: 'arabic', number: m[1], suffix };
    },
  },
  {
    // "A. Title", "b) Title".
    kind: 'letter',
    re: /^([A-Za-z])(\.|\))([ \t]+)/,
    read: (m) => ({ kind: 'letter', number: m[1], suffix: m[2] }),
  },
  {
    // "  • Title", "- Title", "o Title" (Word's second-level bullet).
    kind: 'bullet',
    re: /^([•●▪■◦‣∙·*\-–—o➢►▸])([ \t]+)/,
    read: (m) => ({ kind: 'bullet', bullet: m[1] }),
  },
];

/** The first line of a postal address: a company name or an addressee ("Attn …", "c/o …"). */
export const ADDRESS_START = /\b(?:ltd|limited|inc|llc|llp|gmbh|plc|pty|corp)\.?,?$|^(?:attn\b|c\/o\b|care\s+of\b|fao\b)/i;

/** A line of a postal address: company name, addressee, street, PO box, postal code or phone number. */
export const ADDRESS_SIGNAL = new RegExp(
  ADDRESS_START.source +
    String.raw`|\b(?:street|st|road|rd|avenue|ave|lane|ln|drive|boulevard|blvd|quay|square|sq|crescent|terrace|parkway|highway)\.?,?$|\bP\.?\s?O\.?\s+Box\b|\b\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b|\+?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}\b`,
  'iu',
);

/** Text that is never a heading, whatever its shape. Each row says why (kept for readers and tests). */
export const REJECTIONS: Array<{ why: string; re: RegExp }> = [
  { why: 'ends like a sentence or clause', re: /[.,;:…]["'”’)\]]?$/ },
  { why: 'ends with a connective: a wrapped line', re: /\b(?:and|or|the|of|to|a|an|with|for|in|by|from|that|which|including|our|your|their|its|my|at|into|such|than|between)$/i },
  { why: 'a "Label: value" line (Email: …, Last Updated: …)', re: /^[^:]{1,60}:\s*\S/ },
  { why: 'a date line', re: /^(?:last\s+(?:updated|modified|revised|reviewed)|effective(?:\s+date|\s+as\s+of|\s+from)?|updated|revised|dated?)\b/i },
  { why: 'contains a date', re: /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/i },
  { why: 'a URL or e-mail address', re: /https?:\/\/|\bwww\.|\S@\S|\.(?:com|org|net|io|co|gov|edu)\b/i },
  { why: 'a phone number', re: /\+?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}\b/ },
  { why: 'a postal code or street address', re: /\b\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b|\bP\.?\s?O\.?\s+Box\b|^\d+[A-Za-z]?\s+\S|\b(?:suite|ste\.?|floor)\s+\d/i },
  { why: 'link or navigation text', re: /^(?:click|tap)\s+here\b|^(?:read|learn|see)\s+more\b|^back\s+to\s+top\b|^(?:print|download)(?:\s+(?:this\s+)?(?:page|policy|notice|pdf))?$/i },
  { why: 'a page header or footer', re: /^page\s+\d+(?:\s+of\s+\d+)?$/i },
  { why: 'a version line', re: /^(?:version|v)\s*\d/i },
  { why: 'a company name or addressee line (the start of an address block)', re: ADDRESS_START },
  { why: 'a copyright line', re: /©|\(c\)\s*\d|\bcopyright\b|\ball rights reserved\b/i },
  {
    why: 'a country or region on its own (the last line of an address)',
    re: /^(?:the\s+)?(?:united states(?: of america)?|u\.?s\.?a?\.?|united kingdom|u\.?k\.?|england|canada|ireland|germany|france|spain|italy|netherlands|the netherlands|belgium|switzerland|austria|sweden|norway|denmark|finland|poland|australia|new zealand|india|japan|china|singapore|israel|brazil|mexico|european union)$/i,
  },
];

/** Words that may stay lower-case in a Title Case heading ("Retention of Personal Information", "How we May…"). */
const MINOR_WORDS = new Set(
  ('a an the and or but nor for of in on at to by with from as into onto over under via per vs versus about after ' +
    'before between through throughout upon within without outside inside across against among during than ' +
    'if when where who whom whose why which what how that this these those is are be do does can may will ' +
    'we you us our your it its their they i me my not no')
    .split(' '),
);

/** Abbreviations whose period does not end a sentence ("Qumulo, Inc. Privacy Policy"). */
const ABBREVIATIONS = new Set(['inc', 'ltd', 'co', 'corp', 'llc', 'plc', 'st', 'no', 'vs', 'e.g', 'i.e', 'etc', 'u.s', 'u.k', 'dr', 'mr', 'mrs', 'ms', 'jr', 'sr', 'dept', 'art', 'sec']);

/** Limits per shape: a heading is short. Caps lines run longer (legal notices shout long titles). */
interface ShapeRow {
  kind: ShapeKind;
  maxWords: number;
  maxChars: number;
  test(words: string[], text: string): boolean;
}

const LETTER = /\p{L}/u;
const UPPER_START = /^["'“‘(]?\p{Lu}/u;

function isCapitalised(word: string): boolean {
  return UPPER_START.test(word) || !LETTER.test(word);
}

export const SHAPES: ShapeRow[] = [
  {
    kind: 'caps',
    maxWords: 16,
    maxChars: 140,
    test: (_words, text) => {
      const letters = text.replace(/[^\p{L}]/gu, '');
      return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
    },
  },
  {
    kind: 'question',
    maxWords: 14,
    maxChars: 110,
    test: (words, text) => text.endsWith('?') && isCapitalised(words[0]),
  },
  {
    kind: 'title',
    maxWords: 12,
    maxChars: 100,
    test: (words) => {
      if (!isCapitalised(words[0])) return false;
      let lower = 0;
      for (const w of words.slice(1)) {
        const bare = w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '').toLowerCase();
        if (!isCapitalised(w) && !MINOR_WORDS.has(bare)) lower++;
      }
      return lower === 0;
    },
  },
  {
    kind: 'sentence',
    maxWords: 10,
    maxChars: 80,
    test: (words) => isCapitalised(words[0]),
  },
];

/** What a candidate of each marker/shape needs to follow it. Rows are matched top-down. */
const NEXT_REQUIREMENT: Array<{ marker?: MarkerKind | 'none' | 'parenthesised'; shape?: ShapeKind; oneWord?: boolean; next: NextRequirement }> = [
  { marker: 'hash', next: 'none' },
  // "(a) Identity Data" is as often a clause's list item as a heading: prose must follow it.
  { marker: 'parenthesised', next: 'prose' },
  { marker: 'roman', next: 'none' },
  { marker: 'arabic', next: 'none' },
  { marker: 'letter', next: 'none' },
  // A bullet line is a heading only when prose follows: otherwise it is one item of a list.
  { marker: 'bullet', next: 'prose' },
  // One word on its own line ("Cookies") is a heading before prose; before other short lines it is a table cell
  // copied from a web page ("Category / Examples / Collected").
  { marker: 'none', oneWord: true, next: 'prose' },
  { shape: 'caps', next: 'content' },
  { shape: 'title', next: 'content' },
  { shape: 'question', next: 'content' },
  { shape: 'sentence', next: 'prose' },
];

/** Longest line content considered at all; longer lines are prose. */
const MAX_HEADING_LINE = 200;

/** True when `text` holds a sentence break ("Legal. We may…"), ignoring abbreviations such as "Inc." or "U.S.". */
export function hasSentenceBreak(text: string): boolean {
  const re = /([\p{L}\d.]+)[.!?]["'”’)]?\s+["“(]?[\p{Lu}\d]/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const word = m[1].toLowerCase().replace(/\.$/, '');
    if (!ABBREVIATIONS.has(word) && !/^\p{Lu}$/u.test(m[1])) return true;
  }
  return false;
}

/** Why `text` can never be a heading, or undefined when it may be one. */
export function rejectionOf(text: string): string | undefined {
  for (const row of REJECTIONS) if (row.re.test(text)) return row.why;
  if (hasSentenceBreak(text)) return 'holds more than one sentence';
  return undefined;
}

/** The shape of short heading-like text, or undefined when it is prose, a fragment, a label, an address… */
export function titleShape(text: string): ShapeKind | undefined {
  if (!text || text.length > MAX_HEADING_LINE || !/\p{L}.*\p{L}/u.test(text)) return undefined;
  // Questions end with '?', which the sentence-ending rejection does not cover; check the rest first.
  if (rejectionOf(text)) return undefined;
  const words = text.split(/\s+/);
  for (const row of SHAPES) {
    if (words.length > row.maxWords || text.length > row.maxChars) continue;
    if (row.test(words, text)) return row.kind;
  }
  return undefined;
}

/** The heading style of a numbered marker (Roman, Arabic or letter), with its prefix when it has one. */
export function numberingStyle(m: LineMarker): NumberingStyle {
  const prefix = m.prefix ? { prefix: m.prefix } : {};
  if (m.kind === 'arabic') return { kind: 'arabic', suffix: m.suffix!, depth: m.number!.split('.').length, ...prefix };
  return { kind: m.kind === 'roman' ? 'roman' : 'letter', upper: m.number === m.number!.toUpperCase(), suffix: m.suffix!, ...prefix };
}

/**
 * "3.2 Retention" -> number "3.2", title "Retention"; "Section 4: Children" -> "4", "Children" (numbers with a suffix,
 * a prefix or several levels, numerals, letters). Used for headings whose markup already makes them headings.
 */
export function splitHeadingNumber(text: string): { title: string; number?: string; marker?: LineMarker } {
  const read = readMarker(text);
  const m = read?.marker;
  if (!read || !m?.number || (m.kind === 'arabic' && m.suffix === '' && !m.prefix && !m.number.includes('.'))) return { title: text };
  const title = text.slice(read.rest).trim();
  return title ? { title, number: m.number, marker: m } : { title: text };
}

/** Reads a line's leading marker; `rest` is the offset of the text after it. */
export function readMarker(content: string): { marker: LineMarker; rest: number } | undefined {
  for (const row of MARKERS) {
    const m = row.re.exec(content);
    if (!m) continue;
    const marker = row.read(m);
    if (marker) return { marker, rest: m[0].length };
  }
  return undefined;
}

/**
 * Classifies one line's content (without indentation or line break) as a heading candidate, or undefined.
 * Lines that carry a marker but whose text is not heading-like (a numbered sentence, a bullet item that reads as a
 * sentence) are not candidates.
 */
export function classifyLine(content: string): HeadingCandidate | undefined {
  if (!content || content.length > MAX_HEADING_LINE) return undefined;
  const read = readMarker(content);
  let title = (read ? content.slice(read.rest) : content).replace(/\s+$/, '');
  // "## Title ##": drop the closing sequence.
  if (read?.marker.kind === 'hash') title = title.replace(/[ \t]+#+$/, '');
  const leader = LEADER.exec(title);
  if (leader && /[.·_]{2,}|…/.test(leader[2])) title = leader[1];
  if (!title) return undefined;
  let shape = titleShape(title);
  if (!shape) {
    // Explicit markup makes a heading of any short text that is not a sentence ("## data we keep").
    if (read?.marker.kind !== 'hash' || title.length > 120 || /[.;,:]$/.test(title)) return undefined;
    shape = 'sentence';
  }
  if (shape === 'sentence' && read?.marker.kind === 'bullet') return undefined;
  const markerKind = read?.marker.prefix === '(' ? 'parenthesised' : (read?.marker.kind ?? 'none');
  const oneWord = !/\s/.test(title);
  const next = NEXT_REQUIREMENT.find((r) => (r.marker === undefined || r.marker === markerKind) && (r.shape === undefined || r.shape === shape) && (r.oneWord === undefined || r.oneWord === oneWord))!.next;
  return { marker: read?.marker, shape, title, next, ...(leader && title === leader[1] ? { leader: true } : {}) };
}

/** Title, dot leader, page number. */
const LEADER = /^(.*?[^\s.·…_])([.·…_ \t]+)(\d{1,4})$/;

/** "Table of Contents", "Contents", "In this notice": a line that introduces a table of contents. */
export const TOC_LABEL = /^(?:table\s+of\s+contents|contents|index|in\s+this\s+(?:privacy\s+)?(?:policy|notice|statement)|quick\s+links|jump\s+to(?:\s+a\s+section)?|summary\s+of\s+contents|sections)\s*:?$/i;
