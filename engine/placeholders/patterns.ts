// The built-in placeholder patterns, as data: each names its kind, a regular expression, and (when the expression alone
// cannot tell) a context check that keeps, rejects or refines a match. detect.ts runs them all.
//
// Every expression must stay linear on any input: no nested unbounded quantifiers, no lazy scans across brackets,
// bracketed/braced content bounded to 200 characters without newlines. patterns.test.ts checks each with the same
// safety check as user patterns (engine/config/regex-safety.ts) and runs them all over pathological inputs.
import type { PlaceholderKind, Span } from '../types.ts';
import { classifyBracket, classifyParenthesis, linePrefix, SLOT_MODIFIERS, SLOT_NOUNS } from './brackets.ts';
import { decodeCfEmail } from './cloudflare.ts';
import { labelWithoutDate, MONTH } from './dates.ts';
import { BANNER_PATTERNS, blockAround, LETTERS_BEYOND_ASCII } from './banners.ts';
import { FIELD_PATTERNS } from './fields.ts';
import { variableLabel } from '../templates/scan.ts';
import { ELEMENTS } from '../parse/html-markup.ts';

export interface PatternContext {
  text: string;
  /** True for offsets inside excluded spans (code, comments, markup, link syntax). */
  skip: (offset: number) => boolean;
  /** True inside sections that tell the document's own history (version notes), where "draft" is history. */
  inHistory?: (offset: number) => boolean;
  /** The front matter at the top of the file, if any: metadata, not visible text ("status: draft"). */
  frontMatter?: Span;
}

/** What a context check may change about a match; false rejects it. */
export interface Refinement {
  kind?: PlaceholderKind;
  span?: Span;
  label?: string;
  /** A choice left to the drafter: the alternatives (empty: the text around the match). */
  options?: string[];
  replacement?: string;
  /** For a date-less label: offset where the next line's content starts; a placeholder there stands for the date. */
  dateSlotAt?: number;
  /** Reported only when the document holds other, unambiguous placeholders (see detect.ts). */
  weak?: boolean;
  /** Reported inside excluded markup too (an example address as a link's destination). */
  inMarkup?: boolean;
}

export interface PlaceholderPattern {
  /** Stable name, used in tests. */
  id: string;
  kind: PlaceholderKind;
  source: string;
  /** Regex flags; "g" is always added. */
  flags: string;
  /** When two matches cover exactly the same text, the higher priority is reported. */
  priority: number;
  /** What the slot asks for: a capture group whose text is turned into words, or a fixed label. */
  label?: { group: number } | { text: string };
  /** Report even inside excluded spans: artifacts that live in markup (Cloudflare attributes and links). */
  inMarkup?: boolean;
  refine?: (m: RegExpExecArray, ctx: PatternContext) => Refinement | false;
}

/** HTML element names, so "<TABLE>" or "<STRONG>" in old HTML is not taken for "<INSERT DATE>". */
const HTML_ELEMENTS = new Set(
  'a abbr address article aside b big blockquote body br button caption center cite code col dd del details div dl dt em embed fieldset figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins label legend li link main mark meta nav noscript object ol option p pre q s script section select small span strike strong style sub summary sup table tbody td textarea tfoot th thead title tr tt u ul var video'.split(
    ' ',
  ),
);

/**
 * True when the match sits on a line of its own between blank lines (or the start or end of the text): a Markdown
 * rule "____" or a dotted separator. A run of underscores right under "Company Ltd" is an address left blank.
 */
function separatorLine(m: RegExpExecArray, ctx: PatternContext): boolean {
  const text = ctx.text;
  const before = linePrefix(text, m.index, 40);
  if (before === undefined || !/^[\s>*_\\]*$/.test(before)) return false;
  const end = m.index + m[0].length;
  const after = /^[ \t_\\*]*(?:\r\n|\r|\n|$)/.exec(text.slice(end, end + 40));
  if (!after) return false;
  return blankLineAt(text, end + after[0].length, 1) && blankLineAt(text, m.index - before.length - 1, -1);
}

/** Whether the last non-blank line before the line of `offset` ends with a colon (a form prompt), within 400 characters. */
function afterPrompt(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && text[i] !== '\n' && text[i] !== '\r') i--; // to the end of the previous line
  const stop = Math.max(-1, i - 400);
  while (i > stop && /\s/.test(text[i])) i--;
  return i > stop && text[i] === ':' || (i > stop + 2 && text[i] === '*' && /:\*{1,2}$/.test(text.slice(Math.max(0, i - 3), i + 1)));
}

/** An HTML block element's tag inside a line: where a block of text starts or ends. */
const BLOCK_TAG_IN_LINE = /<\/?(?:p|div|li|td|th|h[1-6]|br|section|article|header|footer)\b[^<>]{0,80}>/gi;

/** Whether the line starting at `from` (direction 1), or ending at `from` (direction -1, at its line break), is blank or absent. */
function blankLineAt(text: string, from: number, direction: 1 | -1): boolean {
  let i = direction === 1 ? from : from - 1;
  if (direction === -1 && text[from] === '\n' && text[i] === '\r') i--;
  for (let n = 0; n < 80; n++, i += direction) {
    if (i < 0 || i >= text.length) return true;
    const c = text[i];
    if (c === '\n' || c === '\r') return true;
    if (c !== ' ' && c !== '\t') return false;
  }
  return false;
}

/** Whether the lines just before and after the line of `offset` are both items of a list (steps offered to the reader). */
function betweenListItems(text: string, offset: number): boolean {
  const item = /^[ \t>]*(?:[-*+•]|\d{1,3}[.)])[ \t]+\S/;
  const start = text.lastIndexOf('\n', offset - 1);
  const prevStart = start > 0 ? text.lastIndexOf('\n', start - 1) + 1 : -1;
  const end = text.indexOf('\n', offset);
  return prevStart >= 0 && end >= 0 && item.test(text.slice(prevStart, start)) && item.test(text.slice(end + 1, end + 200));
}

/** Whether the word before or after `start..end` on the same line is another word in capitals. */
function capitalsAround(text: string, start: number, end: number): boolean {
  const before = /(\p{Lu}{2,})[ \t]{1,3}$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  const after = /^[ \t]{1,3}(\p{Lu}{2,})(?![\p{Ll}])/u.exec(text.slice(end, end + 40))?.[1];
  return [before, after].some((w) => w !== undefined && !/^(?:TBD|TBC|TBA|TODO|FIXME|X+)$/.test(w));
}

/**
 * Whether capitals at `start..end` sit inside a sentence of ordinary case: a lower-case word right before or after on
 * the same line (markup such as "**" aside), and neither neighbour in capitals nor a colon after (a field label).
 */
function inSentence(text: string, start: number, end: number): boolean {
  if (capitalsAround(text, start, end)) return false;
  const before = /(\p{L}+)[\s*_]{1,6}$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  const after = /^[\s*_]{0,6}(:)?(?:[\s*_]{0,3}(\p{L}+))?/u.exec(text.slice(end, end + 40));
  if (after?.[1]) return false;
  const lower = (w: string | undefined) => w !== undefined && /^\p{Ll}/u.test(w);
  return lower(before) || lower(after?.[2]);
}

/**
 * Whether a Title Case slot label stands where a party's name belongs: before a defined term ("Company Name ("we")"),
 * after "by"/"contact"/"from" ("operated by Your Company Name"), or, for a company-like label, as the subject of a
 * sentence ("Company Name respects your privacy").
 */
function titleSlotInProse(text: string, start: number, phrase: string): boolean {
  const end = start + phrase.length;
  const after = text.slice(end, end + 24);
  if (/^\s{0,2}\(\s{0,2}(?:the\s{1,2})?["“'‘]/.test(after)) return true;
  const before = text.slice(Math.max(0, start - 24), start);
  if (/\b(?:by|contact|from|at)\s{1,2}$/i.test(before) && !/^\s{0,2}(?:and|or|,|\/)/.test(after) && !/(?:,|\band|\bor)\s{1,2}(?:\p{L}+\s{1,2})?$/u.test(before)) return true;
  const party = /\s(?:Name|URL)$/.test(phrase) && !/^Your\s(?:Name|URL)$/.test(phrase);
  const sentenceStart = /(?:^|[\n\r]|[.!?]\s{1,3})[\s>*_#-]{0,6}$/.test(before);
  return party && sentenceStart && /^\s{1,2}(?!(?:and|or|is\s+required|field)\b)\p{Ll}/u.test(after);
}

/** Verbs that open an instruction to whoever writes the policy (capitalised: they start a line). */
const INSTRUCTION_VERBS = 'Begin with|Start with|Provide|Specify|Describe|Explain|List|Include|State|Insert|Outline|Set out|Detail|Mention|Summari[sz]e|Identify|Indicate|Give details';

/**
 * Signs that a sentence is addressed to the drafter, not to the reader: the organisation is "you" ("the data you
 * collect", "for which you will process data"), the controller is named as a role, or the sentence asks for a
 * statement or summary. "Provide us with accurate information" has none of them.
 */
const DRAFTER_CUES = [
  /\byou\s{1,3}(?:will\s{1,3}|may\s{1,3}|might\s{1,3}|intend\s{1,3}to\s{1,3})?(?:collect|process|retain)\b/i,
  /\bthe\s{1,3}data\s{1,3}(?:controller|processor)\b/i,
  /\b(?:brief|short|general)\s{1,3}(?:general\s{1,3})?(?:statement|summary|overview|description|introduction)\b/i,
  /\b(?:your|the)\s{1,3}(?:business|company|organi[sz]ation)(?:'s|’s)?\s{1,3}(?:name|details|legal\s{1,3}name|practices|purposes)\b/i,
  /\b(?:in|into)\s{1,3}this\s{1,3}(?:section|paragraph|notice|policy)\b/i,
  // "Insert your cookie table here.", "Describe the retention of each log here:": where the text is to go
  /\shere\s{0,2}[.:]?$/i,
];

/** The first sentence of a line: up to ".", ":", "?" or "!" before a space, not counting "e.g." or "i.e." (nor "etc." unless a capital follows). */
function firstSentence(line: string): string {
  const stop = /[.:?!](?=\s|$)/g;
  for (let m = stop.exec(line); m; m = stop.exec(line)) {
    const head = line.slice(Math.max(0, m.index - 4), m.index + 1);
    if (/(?:\b[ei]\.?[gey]|\bie|\beg)\.$/i.test(head)) continue;
    if (/\betc\.$/i.test(head) && !/^\s+\p{Lu}/u.test(line.slice(m.index + 1, m.index + 4))) continue;
    return line.slice(0, m.index + 1);
  }
  return line;
}

/** Keeps an instruction line when its first sentence speaks to the drafter; the span is that sentence. */
function draftingInstruction(m: RegExpExecArray, ctx: PatternContext): Refinement | false {
  const verb = /[A-Z]/.exec(m[0]);
  if (!verb) return false;
  const start = m.index + verb.index;
  const line = ctx.text.slice(start, m.index + m[0].length);
  const sentence = firstSentence(line);
  // "List each provider and link to its policy": the drafter is asked to enumerate (a reader never is) — in a template.
  const enumerates = /^(?:List|Describe|Specify|Explain|Identify|Name|State)\s+(?:each|every|all)\b/.test(sentence);
  if (!enumerates && !DRAFTER_CUES.some((re) => re.test(sentence))) return false;
  return {
    span: { start, end: start + sentence.replace(/\s+$/, '').length },
    label: sentence.replace(/[.:]$/, ''),
    ...(enumerates && !DRAFTER_CUES.some((re) => re.test(sentence)) ? { weak: true } : {}),
  };
}

/** Labels of the fields of a contact block, in the languages templates come in. */
const CONTACT_FIELDS =
  'address|postal address|e-?mail|email address|phone|telephone|tel\\.?|fax|mobile|website|住所|所在地|電話|電話番号|メール|メールアドレス|連絡先|ファックス|地址|电话|電話號碼|邮箱|電郵|电子邮件|주소|전화|전화번호|이메일|연락처|adresse|anschrift|telefon|e-mail-adresse|dirección|teléfono|correo|endereço|telefone|indirizzo|telefono|téléphone';

/** Keeps a contact field's label when nothing follows it on its line and the next line is not its value. */
function emptyField(m: RegExpExecArray, ctx: PatternContext): Refinement | false {
  const text = ctx.text;
  const end = m.index + m[0].length;
  const labelStart = m.index + m[0].lastIndexOf(m[1]);
  const lineEnd = text.slice(end, end + 200).search(/\r|\n|$/);
  const rest = text.slice(end, end + lineEnd);
  // Only markup (tags, emphasis) may follow the colon on its line.
  const untagged = (t: string) => t.replace(/<\/?[a-z][a-z0-9]*(?:\s[^<>]{0,80})?\/?>/gi, '');
  if (untagged(rest).replace(/[\s*_|]/g, '') !== '') return false;
  // The next non-blank line: another "Label:" field, a heading, a rule or nothing means this one is empty.
  const after = text.slice(end + lineEnd, end + lineEnd + 300).replace(/^(?:[ \t]*(?:<\/?(?:p|br|div|li|strong|b|span|dd|dt)[^<>]{0,40}>)*[ \t]*(?:\r\n|\r|\n))*/i, '');
  const next = untagged(/^[^\r\n]*/.exec(after)?.[0] ?? '').trim();
  const isField = /^[\s>*_#+-]{0,8}[\p{L}][\p{L}\s./-]{0,30}[*_]{0,2}\s{0,2}[:：]/u.test(next);
  if (next && !isField && !/^(?:#{1,6}\s|[-*_]{3,}$)/.test(next)) return false;
  return { span: { start: labelStart, end }, label: m[1] };
}

/** A date mask written out in full ("YYYY-MM-DD", "DD/MM/YYYY"), around a match inside it. */
const FULL_MASK = /(?:YYYY|YY|MM|DD)(?:[-/.](?:YYYY|YY|MM|DD)){2}/gi;
/** Words that show a mask as the format a date is written in: "format YYYY-MM-DD", "(ISO 8601, YYYY-MM-DD)". */
const FORMAT_BEFORE = /\b(?:format(?:ted)?(?:\s+(?:as|is|of))?|in\s+the\s+form|ISO[\s-]?8601|formato|Format)[\s:,(]{0,4}$/i;
/** A real date after the mask on its line: the line's date is given, in the format the mask names. */
const REAL_DATE = /\b(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})\b/;

/**
 * Whether a full date mask is shown as the format of a date rather than left for one: named as a format, or in
 * parentheses after a label whose date follows on the line ("Effective Date (YYYY-MM-DD): 2025-05-24"). A mask with a
 * digit filled in ("2025-MM-DD") or alone after its label is unfinished.
 */
function shownFormat(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - 12), Math.min(text.length, end + 12));
  let mask: Span | undefined;
  FULL_MASK.lastIndex = 0;
  for (let f = FULL_MASK.exec(around); f; f = FULL_MASK.exec(around)) {
    const s = Math.max(0, start - 12) + f.index;
    if (s <= start && s + f[0].length >= end) mask = { start: s, end: s + f[0].length };
  }
  if (!mask) return false;
  if (FORMAT_BEFORE.test(text.slice(Math.max(0, mask.start - 30), mask.start))) return true;
  if (text[mask.start - 1] !== '(' || text[mask.end] !== ')') return false;
  const rest = /^[^\r\n]{0,80}/.exec(text.slice(mask.end + 1))![0];
  return REAL_DATE.test(rest);
}

const hasPlaceholderPart = (s: string) => /\b(?:Month|MONTH)\b|\b(?:DD|XX?|YYYY|XXXX)\b|\d{2}XX/.test(s);

/** Extends an example-domain match to the whole address: "privacy@mail.example.com", "https://www.example.org/privacy". */
function exampleAddress(m: RegExpExecArray, ctx: PatternContext): Refinement | false {
  const text = ctx.text;
  let start = m.index;
  let end = m.index + m[0].length;
  if (text[start - 1] === '-' || text[start - 1] === '_') return false; // part of a longer name ("not-example.com")
  for (let labels = 0; labels < 6 && text[start - 1] === '.'; labels++) {
    let j = start - 1;
    while (j > 0 && start - 1 - j < 63 && /[A-Za-z0-9-]/.test(text[j - 1])) j--;
    if (j === start - 1) break;
    start = j;
  }
  let email = false;
  if (text[start - 1] === '@') {
    let j = start - 1;
    while (j > 0 && start - 1 - j < 64 && /[A-Za-z0-9._%+-]/.test(text[j - 1])) j--;
    if (j < start - 1) {
      start = j;
      email = true;
    }
  } else {
    const scheme = /(?:(?:https?|ftp):\/\/|mailto:|\/\/)$/i.exec(text.slice(Math.max(0, start - 8), start));
    if (scheme) start -= scheme[0].length;
  }
  if (!email && (text[end] === '/' || text[end] === ':' || text[end] === '?' || text[end] === '#')) {
    const rest = /^[^\s<>()[\]{}"'`]{0,300}/.exec(text.slice(end, end + 300))?.[0] ?? '';
    end += rest.length;
    while (/[.,;:!?]/.test(text[end - 1])) end--;
  }
  // "[write to us](mailto:privacy@example.com)", "<a href="https://example.com/privacy">": a link that leads to the
  // example is left over as much as its visible text.
  const destination = /(?:\]\(\s{0,2}<?|\bhref\s{0,2}=\s{0,2}["']?)(?:mailto:)?$/i.test(text.slice(Math.max(0, start - 16), start));
  return { span: { start, end }, label: email ? 'e-mail address' : 'web address', ...(destination ? { inMarkup: true } : {}) };
}

/** Verbs of an instruction to the author in capitals; the first group asks for text, the second also for a target. */
const CAPS_ASKING = 'INSERT|ADD|FILL IN|ENTER|DESCRIBE|SPECIFY|REPLACE|EXPLAIN|CUSTOMI[SZ]E|EDIT|IDENTIFY|DEFINE|DISCLOSE|PUT|TYPE|WRITE|INCLUDE|PROVIDE|SUMMARI[SZ]E|OUTLINE|MENTION|CLARIFY';
const CAPS_VERBS = `${CAPS_ASKING}|UPDATE|CHANGE|CONFIRM|VERIFY|CHECK|CHOOSE|SELECT|PICK|SET|DELETE|REMOVE|LIST|STATE|NAME|REVIEW`;
/** What an author is asked to write about ("YOUR …", "THIS …", "HOW …", a slot noun, a part of the document). */
const CAPS_TARGET = /^(?:YOUR|THIS|THESE|HERE|ME|HOW|WHAT|WHICH|WHETHER|WHEN|WHERE|WHO|WHY|ANY|EACH|ALL|DATA|DETAILS|INFO|INFORMATION|TEXT|SECTION|PARAGRAPH|CLAUSE|PERIOD|PROVIDERS?|VENDORS?|SDKS?|BASIS|PURPOSES?|RETENTION|CONTACT|LOCATION|REGION|LIST|DESCRIPTION)$/;

/** Keeps an instruction in capitals that asks the author for text, where no heading or all-capitals passage has it. */
function capsInstruction(m: RegExpExecArray, ctx: PatternContext): Refinement | false {
  const text = ctx.text;
  const phrase = m[0].replace(/[\s,.;:'’/&-]+$/, '').replace(/\s+[A-Z]$/, '');
  const words = phrase.split(/[ \t]+/);
  const asking = new RegExp(`^(?:${CAPS_ASKING})$`).test(words[0]) || /^FILL$/.test(words[0]);
  const rest = words.slice(words[0] === 'FILL' ? 2 : 1);
  if (!rest.length) return false;
  const targeted = rest.some((w) => CAPS_TARGET.test(w) || SLOT_NOUNS.has(w.toLowerCase()));
  // "UPDATE THIS DATE", "CHANGE ME": a verb that readers are told too needs the document or the author as its object.
  if (!targeted || (!asking && !rest.some((w) => /^(?:THIS|THESE|HERE|ME)$/.test(w)))) return false;
  const end = m.index + phrase.length;
  // Part of a passage in capitals (a disclaimer, a heading line of capitals) when a word in capitals touches it.
  if (capitalsAround(text, m.index, end)) return false;
  const line = linePrefix(text, m.index, 200);
  // A heading that opens with a verb only a drafter is given ("## DESCRIBE YOUR SECURITY MEASURES") counts; others
  // ("## UPDATE YOUR PREFERENCES") are the reader's.
  if (line !== undefined && /^\s{0,3}#{1,6}\s+[*_]{0,2}$/.test(line) && !asking) return false;
  const short = rest.length <= 4 && rest.every((w) => SLOT_NOUNS.has(w.toLowerCase()) || SLOT_MODIFIERS.has(w.toLowerCase()) || /^(?:HERE|THIS|ME|THE|OF|AND|OR)$/.test(w));
  const label = phrase.replace(/[A-Za-z0-9'’]+/g, (w) => (w.length <= 4 && /^(?:URL|DPO|EU|UK|US|SDK|SDKS|ID|VAT|GDPR|CCPA)$/.test(w) ? w : w.toLowerCase()));
  return { span: { start: m.index, end }, kind: short ? 'slot' : 'drafting-note', label };
}

/** Labels in capitals that only an author's notes carry: an obligation, a to-do, a verb asking for text. */
const NOTE_CUE = /\b(?:MUST|SHOULD|NEEDS?|TO ?DO|TBD|TBC|ACTION REQUIRED|DRAFTER|DEVELOPER NOTE|NOTE TO|REMINDER|FILL IN|INSERT|DESCRIBE|SPECIFY|DISCLOSE|VERIFY|CONFIRM|CRITICAL (?:DISCLOSURE|DISCLAIMER|NOTE|DETAIL))\b/;
/** A label that is a note only before an instruction to write something ("**CRITICAL:** Disclose which vendor…"). */
const NOTE_LEAD = /^(?:CRITICAL|REQUIRED|ATTENTION)$/;
const WRITING_VERB = /^[\s*_]{0,4}(?:disclose|describe|specify|insert|fill\s+in|list|state|explain|mention|clarify|document|name|identify|add|replace|customi[sz]e|summari[sz]e|outline)\b/i;

function capsLabelNote(m: RegExpExecArray, ctx: PatternContext): Refinement | false {
  const label = m[1].replace(/[:：]$/, '').trim();
  if (!/[A-Z]{2}/.test(label)) return false;
  // "TODO:", "TBD:": to-do markers, which the to-do pattern reports as such (its fix keeps the text after them).
  if (/^(?:TODO|TBD|TBC|TBA|FIXME)$/.test(label)) return false;
  const start = m.index + m[0].lastIndexOf(m[1]);
  const end = start + m[1].length;
  if (ctx.skip(start)) return false;
  if (!NOTE_CUE.test(label)) {
    if (!NOTE_LEAD.test(label) || !WRITING_VERB.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 40))) return false;
  }
  return { span: { start, end }, label: label.toLowerCase() };
}

/**
 * An identifier that is a name in code, not a blank: "the PRIVACY_POLICY constant", "set SUPPORT_EMAIL in your .env",
 * "PRIVACY_POLICY_TEXT". Said so within a few words, or named for something no one writes into prose.
 */
function codeConstant(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  if (/_(?:POLICY|TEXT|KEY|TOKEN|FLAG|ENABLED|DISABLED|MODE|VERSION|CONFIG|SECRET|PATH|DIR|FILE|TIMEOUT|TTL|LIMIT)$/.test(name)) return true;
  const around = `${text.slice(Math.max(0, start - 40), start)} ${text.slice(end, end + 40)}`;
  return /\b(?:constants?|variables?|env(?:ironment)?(?:\s+var(?:iable)?s?)?|\.env|settings?|config(?:uration)?|keys?|flags?|fields?|parameters?|propert(?:y|ies)|attributes?|enums?|macros?|defines?)\b/i.test(around);
}

/** Whether an angle-bracketed word is no HTML element and is not closed later ("<date>" but not "<Name>…</Name>"). */
function unknownTag(m: RegExpExecArray, ctx: PatternContext): boolean {
  const name = m[1].trim();
  if (ELEMENTS.has(name.toLowerCase())) return false;
  const end = m.index + m[0].length;
  return !ctx.text.slice(end, end + 2_000).includes(`</${name}`) && !ctx.text.slice(end, end + 2_000).includes(`&lt;/${name}`);
}

/** Tags a drafter puts before a note: "[REVIEW]", "[TODO]", "[NOTE TO DRAFTER]", "[OPEN QUESTION]", "[LEGAL]" (in capitals). */
const NOTE_TAG = /^(?:review|todo|to-?do|tbd|tbc|fixme|xxx|verify|confirm|open\s+question|pending|action\s+needed|decision\s+needed|needs?\s+(?:review|input)|note\s+to\s+(?:drafter|self|editor|reviewer)|LEGAL|CHECK|NOTE|QUESTION|COMMENT|DRAFT|LAWYER|COUNSEL)$/i;

/**
 * The note a tag opens ("**[REVIEW]** We may need to add a DPA reference. Confirm with counsel."): the tag and the rest
 * of its paragraph or list item, when the tag opens it and prose follows on its line.
 */
function taggedNote(ctx: PatternContext, open: number, close: number, inner: string, placeholder: boolean): Span | undefined {
  const tag = inner.trim();
  if (!NOTE_TAG.test(tag) || (!placeholder && !/^\p{Lu}[\p{Lu}\s-]+$/u.test(tag))) return undefined;
  const before = linePrefix(ctx.text, open, 120);
  if (before === undefined || !/^[\s>*_+•-]*(?:\d{1,3}[.)]\s*)?[*_]{0,2}$/.test(before)) return undefined;
  if (!/^[*_]{0,2}[ \t]*[:–—-]?[ \t]*[*_]{0,2}[ \t]*\p{L}/u.test(ctx.text.slice(close, close + 12))) return undefined;
  const block = blockAround(ctx.text, close, ctx.skip, 4_000);
  return block && block.start <= open && block.end > close ? { start: open, end: block.end } : undefined;
}

/** Whether the character before `at` opens a quotation: a name quoted as an example is not left over. */
const afterQuote = (text: string, at: number) => /["“«'‘`]$/.test(text.slice(Math.max(0, at - 1), at));

/** "John Doe", "Max Mustermann", "Fulano de Tal", "홍길동": names everyone uses for a person not yet known. */
const SAMPLE_NAMES = '\\b(?:(?:John|Jane) (?:Q\\. )?Doe|(?:Max|Erika) Mustermann|Fulano de Tal|Fulano da Silva)\\b|홍길동|山田太郎|山田花子';

/** What a template's "you" (the business) does, in a drafter's condition: "IF YOU SELL ONLINE:", "IF YOU USE COOKIES:". */
const OPERATOR_PRACTICE = 'USE|SELL|SHARE|COLLECT|PROCESS|OFFER|PROVIDE|RUN|OPERATE|APPOINT(?:ED)?|TRANSFER|STORE|RELY|ENABLE|DISPLAY|SEND|TARGET|EMPLOY|HIRE|ACCEPT|INTEGRATE|EMBED|HAVE (?:A|AN|APPOINTED)';

export const BUILTIN_PATTERNS: PlaceholderPattern[] = [
  // ---- e-mail obfuscation left by copying a web page protected by Cloudflare
  {
    id: 'email-protected',
    kind: 'email-obfuscation',
    source: '\\[\\s{0,3}email(?:[ \\t\\u00a0]|&#160;|&nbsp;|&#xa0;){1,12}protected\\s{0,3}\\]',
    flags: 'i',
    priority: 100,
    label: { text: 'e-mail address' },
    inMarkup: true,
  },
  {
    id: 'cf-email-link',
    kind: 'email-obfuscation',
    source: '/cdn-cgi/l/email-protection#?([0-9a-f]{0,512})',
    flags: 'i',
    priority: 100,
    label: { text: 'e-mail address' },
    inMarkup: true,
    refine: (m) => (decodeCfEmail(m[1]) ? { replacement: decodeCfEmail(m[1]) } : {}),
  },
  {
    id: 'cf-email-attribute',
    kind: 'email-obfuscation',
    source: 'data-cfemail\\s{0,3}=\\s{0,3}["\']?([0-9a-f]{6,512})["\']?',
    flags: 'i',
    priority: 100,
    label: { text: 'e-mail address' },
    inMarkup: true,
    refine: (m) => (decodeCfEmail(m[1]) ? { replacement: decodeCfEmail(m[1]) } : {}),
  },

  {
    // Joomla's e-mail cloaking, copied from the page instead of the address it hid.
    id: 'email-cloaking-notice',
    kind: 'email-obfuscation',
    source: '\\bThis\\s{1,3}e-?mail\\s{1,3}address\\s{1,3}is\\s{1,3}being\\s{1,3}protected\\s{1,3}from\\s{1,3}spam\\s{0,3}bots,?\\s{1,3}you\\s{1,3}need\\s{1,3}JavaScript\\s{1,3}enabled\\s{1,3}to\\s{1,3}view\\s{1,3}it\\b',
    flags: 'i',
    priority: 100,
    label: { text: 'e-mail address' },
  },

  // ---- brackets: drafting notes and slots ("[NOTE: ...]", "[Company Name]", "[[site]]")
  {
    id: 'double-bracket',
    kind: 'slot',
    source: '\\[\\[([^\\[\\]\\n]{1,200})\\]\\]',
    flags: '',
    priority: 55,
    refine: (m, ctx) => {
      const inner = m[1].trim();
      if (/^[\s\d^,-]*$/.test(inner) || /\|/.test(inner) || ctx.text[m.index + m[0].length] === '(') return false;
      const verdict = classifyBracket(`[${inner}]`, 0, inner.length + 2);
      if (verdict) return { kind: verdict.kind, label: verdict.label, options: verdict.options, weak: verdict.weak };
      // A wiki link to a page ("[[Privacy Policy]]") is not a slot; template choices ("[["we" or "I"]]") are.
      return /^\p{Lu}[\p{L}\d'’ -]*$/u.test(inner) ? false : { label: inner };
    },
  },
  {
    // One line, or wrapped over a few lines of one paragraph ("[Other analytics\n  services]"); never across a blank line
    // or an HTML block.
    id: 'bracket',
    kind: 'slot',
    source: '\\\\?\\[([^\\[\\]]{1,600})\\]',
    flags: '',
    priority: 50,
    refine: (m, ctx) => {
      if (/[\r\n]/.test(m[1]) && (/(?:\r?\n|\r)[ \t>]*(?:\r?\n|\r)/.test(m[1]) || (m[1].match(/\n|\r(?!\n)/g) ?? []).length > 4 || /<\/?(?:p|div|li|ul|ol|h[1-6]|section|article|br|tr|td|th|table|aside|header|footer)\b/i.test(m[1]))) return false;
      const open = m[0].startsWith('\\') ? m.index + 1 : m.index;
      // "tags: [privacy, legal]" in front matter is a YAML list, not a slot.
      if (ctx.frontMatter && open < ctx.frontMatter.end && /^\s*[\w-]+\s*:\s*$/.test(linePrefix(ctx.text, open, 80) ?? '')) return false;
      const verdict = classifyBracket(ctx.text, open, m.index + m[0].length);
      // "**[REVIEW]** We may need a processing addendum…": a tag opening its paragraph or list item marks the note that
      // follows it as the drafter's; the note goes with the tag. ("[Legal]", "[Note]" only where the bracket is a
      // placeholder by itself: they also head a finished policy's paragraphs.)
      const note = taggedNote(ctx, open, m.index + m[0].length, m[1], !!verdict);
      if (!verdict && !note) return false;
      return note || !verdict ? { kind: 'drafting-note', label: m[1], span: note } : { kind: verdict.kind, label: verdict.label, options: verdict.options, weak: verdict.weak };
    },
  },

  {
    // Full-width brackets of Chinese and Japanese templates: "［請填入公司名稱］", "【会社名】", "【住所を記入】" — not the
    // "【重要】" or "【お知らせ】" labels those languages also write with them.
    id: 'full-width-bracket',
    kind: 'slot',
    source: '[［【〔]([^［］【】〔〕\\n\\r]{1,120})[］】〕]',
    flags: '',
    priority: 50,
    refine: (m) => {
      const verdict = classifyBracket(`[${m[1]}]`, 0, m[1].length + 2);
      return verdict && !verdict.weak ? { kind: verdict.kind, label: verdict.label } : false;
    },
  },
  {
    // "住所：", "Phone:", "E-mail:" with nothing after it in a contact block: a field of the template left empty (the
    // next line is another field, a heading or the end). "Email:" with the address on the next line is filled.
    id: 'empty-field',
    kind: 'blank',
    source: `(?:^|>)[ \\t>*_#+-]{0,8}(${CONTACT_FIELDS})[*_]{0,2}\\s{0,2}[:：]`,
    flags: 'im',
    priority: 15,
    refine: emptyField,
  },
  {
    // "(insert date)", "(INSERT COMPANY NAME)" — see classifyParenthesis
    id: 'parenthesis',
    kind: 'slot',
    source: '\\(([^()\\n\\r]{2,200})\\)',
    flags: '',
    priority: 45,
    refine: (m, ctx) => {
      const v = classifyParenthesis(ctx.text, m.index, m.index + m[0].length);
      if (!v) return false;
      // "[jane@gmail.com] (Please replace this with your support email)": the note's "this" is the bracket before it (on
      // its line or the line before).
      const before = /\[[^[\]\r\n]{1,120}\][*_]{0,2}[ \t]{0,3}(?:\r?\n|\r)?[ \t>]{0,3}[*_]{0,2}$/.exec(ctx.text.slice(Math.max(0, m.index - 140), m.index));
      const start = before && v.kind === 'drafting-note' && /^\((?:please\s+)?(?:replace|change|update|swap)\s+(?:this|it)\b/i.test(m[0]) ? m.index - before[0].length : m.index;
      return { kind: v.kind, label: v.label, weak: v.weak, ...(start < m.index ? { span: { start, end: m.index + m[0].length } } : {}) };
    },
  },

  // ---- notations of fill-in fields that no site generator renders (template engines' own syntax: engine/templates/)
  { id: 'mailchimp', kind: 'template-variable', source: '\\*\\|([A-Z][A-Z0-9_:]{0,60})\\|\\*', flags: '', priority: 60, label: { group: 1 } },
  {
    // "%COMPANY_NAME%", "%COMPANY%", "@@COMPANY@@", "##SUPPORT_EMAIL##" — not "50% ... 20%"
    id: 'percent-wrapped',
    kind: 'template-variable',
    source: '%([A-Z][A-Z0-9_]{1,60})%|@@([A-Z][A-Z0-9_]{1,60})@@|##([A-Z][A-Z0-9_]{1,60})##',
    flags: '',
    priority: 40,
    refine: (m) => {
      const name = m[1] ?? m[2] ?? m[3];
      return name.includes('_') || SLOT_NOUNS.has(name.toLowerCase()) ? { label: variableLabel(name) } : false;
    },
  },
  {
    // "<<COMPANY NAME>>", "<<Company>>"
    id: 'double-angle',
    kind: 'slot',
    source: '<<([^<>\\n]{1,100})>>',
    flags: '',
    priority: 55,
    refine: (m) => (/^\s*[A-Z_]/.test(m[1]) && /\p{L}/u.test(m[1]) ? { label: m[1].trim().replace(/_/g, ' ') } : false),
  },
  {
    // "__EFFECTIVE_DATE__" — not Markdown bold "__NOTE__" unless it names a slot
    id: 'double-underscore',
    kind: 'template-variable',
    source: '(?<!\\w)__([A-Z][A-Z0-9_]{0,80}[A-Z0-9])__(?!\\w)',
    flags: '',
    priority: 60,
    refine: (m) => (m[1].includes('_') || SLOT_NOUNS.has(m[1].toLowerCase()) ? { label: variableLabel(m[1]) } : false),
  },
  {
    id: 'shell-variable',
    kind: 'template-variable',
    source: '\\$([A-Z][A-Z0-9]{0,40}_[A-Z0-9_]{1,60})\\b',
    flags: '',
    priority: 40,
    label: { group: 1 },
  },
  {
    // "YOUR_APP_NAME", "APP_ID", "COMPANY_EMAIL" written into prose — not cookie names such as "AMP_TOKEN" or "SESSION_ID"
    id: 'identifier-slot',
    kind: 'template-variable',
    source:
      '(?<![\\w$%{./=-])(?:(?:YOUR|MY|COMPANY|APP|SITE|WEBSITE|BUSINESS|ORG|PRODUCT|SERVICE|CONTACT|SUPPORT|PRIVACY)_[A-Z0-9_]{1,60}|[A-Z][A-Z0-9_]{0,60}_(?:NAME|URL|EMAIL|DOMAIN|ADDRESS|DATE|PHONE))(?![\\w$%}/=-]|\\.\\w)',
    flags: '',
    priority: 35,
    refine: (m, ctx) => (/__|_$/.test(m[0]) || codeConstant(ctx.text, m.index, m.index + m[0].length) ? false : { label: variableLabel(m[0]) }),
  },
  {
    // Word mail-merge fields "«CompanyName»", "«Email_Address»", "«COMPANY»" — not quotation marks: «Accepter», « Données », «AMO»
    id: 'merge-field',
    kind: 'template-variable',
    source: '«([A-Za-z][A-Za-z0-9_]{1,60})»',
    flags: '',
    priority: 60,
    // Capitals alone only when they name a slot: «COMPANY», not the acronym «AMO» in Spanish or Russian quotation marks.
    refine: (m) => (/_|[a-z][A-Z]/.test(m[1]) || SLOT_NOUNS.has(m[1].toLowerCase()) ? { label: variableLabel(m[1]) } : false),
  },
  {
    // "<company name>", "<your email address>" in lower case: slot words only, two or more (not "<address>", a tag)
    id: 'angle-slot-lower',
    kind: 'slot',
    source: '(?:<|&lt;)([a-z][a-z -]{2,60})(?:>|&gt;)',
    flags: '',
    priority: 50,
    refine: (m, ctx) => {
      // ("<your-domain>" is one label written with hyphens)
      const words = m[1].trim().split(/[\s-]+/);
      const named = words.some((w) => SLOT_NOUNS.has(w)) && words.every((w) => SLOT_NOUNS.has(w) || SLOT_MODIFIERS.has(w));
      // One word ("<date>", "<email>") only when it is no HTML element and nothing closes it.
      if (words.length === 1 && (!named || unknownTag(m, ctx) === false)) return false;
      return named ? { label: m[1].trim() } : false;
    },
  },
  {
    // "<Company>", "<Company Name>", "<Your Email>": a slot label in Title Case — not an element or a component that is closed.
    id: 'angle-slot-title',
    kind: 'slot',
    source: '(?:<|&lt;)([A-Z][a-z]{1,20}[A-Za-z ]{0,60})(?:>|&gt;)',
    flags: '',
    priority: 50,
    refine: (m, ctx) => {
      if (!/^[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}$/.test(m[1])) return false;
      const words = m[1].toLowerCase().split(' ');
      const named = words.some((w) => SLOT_NOUNS.has(w)) && words.every((w) => SLOT_NOUNS.has(w) || SLOT_MODIFIERS.has(w));
      return named && unknownTag(m, ctx) ? { label: m[1] } : false;
    },
  },
  {
    // "Your Address Here", "Company Website Here", "Address: your phone number here": a slot that says where it goes.
    id: 'here-slot',
    kind: 'slot',
    source: '\\b(?:Your |YOUR )?[A-Z][a-z]{1,20} [A-Z][a-z]{1,20} Here\\b|\\b(?:Your |YOUR )?[A-Z][a-z]{1,20} Here\\b|\\byour [a-z-]{1,20} [a-z-]{1,20} here\\b|\\byour [a-z-]{1,20} here\\b',
    flags: '',
    priority: 30,
    refine: (m, ctx) => {
      if (!/^(?:(?:Your|YOUR) )?(?:[A-Z][a-z]+ ){1,3}Here$|^your (?:[a-z-]+ ){1,3}here$/.test(m[0])) return false;
      const words = m[0].toLowerCase().split(' ').slice(0, -1).filter((w) => w !== 'your');
      const named = words.some((w) => SLOT_NOUNS.has(w)) && words.every((w) => SLOT_NOUNS.has(w) || SLOT_MODIFIERS.has(w));
      if (!named) return false;
      if (/^[A-Z]/.test(m[0])) return { label: m[0].replace(/ Here$/i, '') };
      // In lower case only as a field's value: "Phone: your phone number here".
      const before = (linePrefix(ctx.text, m.index, 120) ?? '').replace(/<[^<>]{0,80}>/g, '');
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      return /[:：][\s*_]*$/.test(before) && /^[\s*_]*(?:[.;,<]|$|\r|\n)/.test(after) ? { label: m[0].replace(/ here$/, '') } : false;
    },
  },
  {
    // "Accessibility details goes here..", "Your cookie table will go here.", "Le texte va ici", "El aviso va aquí": a block
    // that only says what is to be written there (the whole line, in a paragraph or an element of its own).
    id: 'goes-here',
    kind: 'slot',
    source: String.raw`\b(?:goes|go|will\s{1,3}go|to\s{1,3}go)\s{1,3}here\b|\b(?:va|van|vai|vão|vont)\s{1,3}(?:aquí|aqui|ici|qui)(?!\p{L})|\bkommt\s{1,3}hierhin\b`,
    flags: 'iu',
    priority: 30,
    refine: (m, ctx) => {
      const end = m.index + m[0].length;
      const line = linePrefix(ctx.text, m.index, 120);
      if (line === undefined) return false;
      // The block holding the match starts at the line's start or at the last block element's tag before it.
      const tags = [...line.matchAll(BLOCK_TAG_IN_LINE)];
      const before = tags.length ? line.slice(tags[tags.length - 1].index + tags[tags.length - 1][0].length) : line;
      let visible = '';
      for (let k = 0; k < before.length; k++) visible += ctx.skip(m.index - before.length + k) ? ' ' : before[k];
      const subject = /^[\s>#*_+-]*(\p{L}[\p{L}\d'’ -]{1,60}?)\s*$/u.exec(visible);
      // What is to go there is named by a noun phrase, not a pronoun ("it goes here", "nothing goes here").
      if (!subject || /^(?:it|this|that|everything|nothing|something|one|he|she|they|we|you|who|which|what)\b/i.test(subject[1])) return false;
      const rest = /^[ \t.…!*_]*(?:<\/?(?:b|strong|i|em|span|a|font)\b[^<>]{0,80}>[ \t]*)*(?:\r|\n|$|<\/?(?:p|div|li|td|th|h[1-6]|br|section)\b)/i.exec(ctx.text.slice(end, end + 200));
      if (!rest) return false;
      const start = m.index - before.length + subject.index + visible.slice(subject.index).indexOf(subject[1]);
      return { span: { start, end: end + /^[.…!]*/.exec(ctx.text.slice(end, end + 8))![0].length }, label: subject[1].trim() };
    },
  },
  {
    // "Our Company collects…", "request Our Company for copies", "The Our Company website": a template's stand-in name
    // for the business, capitalised as a name — not a heading or a title line ("## Our Company", "About Our Company |"),
    // nor part of a longer name ("the Our Company Blog"), nor a term the document defines ('("Your Organization")').
    id: 'stand-in-party',
    kind: 'slot',
    source: '\\b(?:Our|Your) (?:Company|Business|Organi[sz]ation)(?:[\'’]s)?\\b',
    flags: '',
    priority: 26,
    refine: (m, ctx) => {
      const text = ctx.text;
      const name = m[0].replace(/[’']s$/, '');
      const end = m.index + m[0].length;
      const before = text.slice(Math.max(0, m.index - 120), m.index);
      const line = before.slice(Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1);
      const after = /^[\s*_]{0,3}(\S+)/.exec(text.slice(end, end + 30))?.[1] ?? '';
      if (/^\p{Lu}/u.test(after) && !m[0].endsWith('s')) return false;
      const previous = /(\p{L}+)[\s*_]{1,4}$/u.exec(line)?.[1];
      const midSentence = previous !== undefined && (/^\p{Ll}/u.test(previous) || previous === 'The');
      // (a heading that is a sentence, "### Our Company collects the following data:", opens one too)
      const opens = /(?:^|[.!?:–—-]\s)[\s>#*_-]*$/.test(line) && /^\p{Ll}/u.test(after);
      if (!midSentence && !opens) return false;
      if (new RegExp(`["“‘']${name}["”’']`).test(text.slice(0, 20_000))) return false;
      return { label: 'company name' };
    },
  },
  {
    // "<INSERT DATE>", "<COMPANY NAME>", "<COMPANY>" (or "&lt;INSERT DATE&gt;" in HTML) — not "<TABLE>", "<BR>"
    id: 'angle-slot',
    kind: 'slot',
    source: '(?:<|&lt;)([A-Z][A-Z0-9 _]{2,100})(?:>|&gt;)',
    flags: '',
    priority: 50,
    refine: (m) => {
      const inner = m[1].trim();
      if (/^[A-Z0-9]+$/.test(inner) && (HTML_ELEMENTS.has(inner.toLowerCase()) || !SLOT_NOUNS.has(inner.toLowerCase()))) return false;
      return { label: inner.replace(/_/g, ' ').toLowerCase() };
    },
  },
  {
    // bare "COMPANY NAME", "WEBSITE URL" written in capitals as a slot
    id: 'caps-slot',
    kind: 'slot',
    source: '\\b(?:YOUR\\s)?(?:COMPANY|BUSINESS|ORGANI[SZ]ATION|WEBSITE|SITE|APP|PRODUCT)[ _](?:NAME|URL|ADDRESS|EMAIL)\\b',
    flags: '',
    priority: 30,
    refine: (m) => ({ label: m[0].replace(/_/g, ' ').toLowerCase().replace(/\burl\b/, 'URL') }),
  },

  {
    // "as of **EFFECTIVE DATE**", "write to **YOUR EMAIL**", "contact PRIVACY EMAIL", "the laws of YOUR JURISDICTION": a
    // slot label in capitals in a sentence
    id: 'caps-slot-phrase',
    kind: 'slot',
    source:
      '\\b(?:YOUR[ _](?:(?:COMPANY|BUSINESS|LEGAL|FULL|WEBSITE|SITE|APP|PRODUCT|CONTACT|SUPPORT|PRIVACY|POSTAL|MAILING|STREET|OFFICE)[ _])?|(?:EFFECTIVE|CONTACT|PRIVACY|SUPPORT|DPO)[ _])(?:NAME|DATE|EMAIL|E-MAIL|ADDRESS|URL|PHONE|NUMBER)(?:[ _](?:ADDRESS|NUMBER))?\\b|\\bYOUR[ _](?:JURISDICTION|COUNTRY|STATE|CITY|REGION|COMPANY|BUSINESS|ORGANI[SZ]ATION|APP|APPLICATION|WEBSITE|DOMAIN|BRAND|PRODUCT|LOGO)\\b',
    flags: '',
    priority: 30,
    refine: (m, ctx) => (inSentence(ctx.text, m.index, m.index + m[0].length) ? { label: m[0].replace(/_/g, ' ').toLowerCase().replace(/\burl\b/, 'URL') } : false),
  },

  {
    // "UPDATE THIS DATE", "INSERT COMPANY NAME", "ADD YOUR SUPPORT EMAIL HERE", "DESCRIBE HOW LONG DATA IS KEPT", "CHANGE
    // ME": an instruction to the author written in capitals, where the text belongs. Not a heading or a reader's
    // instruction in capitals ("UPDATE YOUR PREFERENCES", "DELETE ACCOUNT"), nor a disclaimer written all in capitals.
    id: 'caps-instruction',
    kind: 'slot',
    source: `\\b(?:${CAPS_VERBS})[ \\t][A-Z0-9'’/& \\t-]{1,160}`,
    flags: '',
    priority: 31,
    refine: capsInstruction,
  },
  {
    // "**MUST BE SPECIFIC:**", "**CRITICAL DISCLOSURE:**", "TO DO:", "**CRITICAL:** Disclose which vendor…": a label in
    // capitals that an outline or draft puts before what its author still has to write. Not "IMPORTANT:" or "NOTE:"
    // before something the reader is told.
    id: 'caps-label-note',
    kind: 'drafting-note',
    source: '(?:^|>)[ \\t>+\\d.)-]{0,12}[*_]{0,2}([A-Z][A-Z\'’ /-]{1,60}[:：])[*_]{0,2}',
    flags: 'm',
    priority: 21,
    refine: capsLabelNote,
  },

  {
    // "Your Company Name ("we")", "Company Name respects your privacy", "operated by Your Name" — a Title Case slot
    // label used as a party in prose; not "your company name" or "Company Name" listed as a kind of data.
    id: 'title-slot',
    kind: 'slot',
    source:
      '(?<![\\p{L}\\d_-])(?:Your\\s(?:(?:Company|Business|Organi[sz]ation|Legal|Website|Site|App|Product|Store|Shop)\\s)?(?:Name|URL|Email|E-mail|Address|Website)|(?:Company|Business|Organi[sz]ation|Website|App|Product)\\s(?:Name|URL))(?![\\p{L}\\d_-])',
    flags: 'u',
    priority: 25,
    refine: (m, ctx) => (titleSlotInProse(ctx.text, m.index, m[0]) ? { label: m[0] } : false),
  },

  {
    // An instruction to the drafter left in as a paragraph: "Specify the types of personal information you collect…",
    // "Provide name and contact details of the data controller." Reported from the verb to the end of the sentence.
    // At the start of a line, or of an HTML element ("<p>Specify …").
    id: 'drafting-instruction',
    kind: 'drafting-note',
    source: `(?:^|>)[ \\t>*_#+\\d.)-]{0,12}(?:${INSTRUCTION_VERBS})\\b[^\\n\\r<]{1,400}`,
    flags: 'm',
    priority: 20,
    refine: draftingInstruction,
  },

  {
    // "**IF REQUIRED:**", "IF THE SERVICE IS FOR ADULTS:", "IF YOU SELL ONLINE:": a drafter's condition in capitals
    // that opens an optional passage of a template — on the operator's practice, not on the reader ("IF YOU ARE A
    // CALIFORNIA RESIDENT:", "IF YOU HAVE QUESTIONS:").
    id: 'caps-condition',
    kind: 'drafting-note',
    source: `^[ \\t>*_#-]{0,8}(IF (?:NOT )?(?:(?!YOU\\b|YOUR\\b)[A-Z]+|YOU (?:DO NOT |DON'T )?(?:${OPERATOR_PRACTICE})\\b)[A-Z0-9 /+'’-]{0,60}:)`,
    flags: 'm',
    priority: 20,
    refine: (m) => {
      const start = m.index + m[0].length - m[1].length;
      return { span: { start, end: m.index + m[0].length }, label: m[1].replace(/:$/, '') };
    },
  },
  {
    // "For each processing activity, specify the legal basis", "For all state laws, provide:": the drafter is asked to
    // write something for every item of a kind.
    id: 'per-item-instruction',
    kind: 'drafting-note',
    source: '(?:^|>)[ \\t>*_#+\\d.)-]{0,12}(For\\s(?:each|all|every)\\s[^,\\n\\r]{1,60},\\s(?:specify|provide|describe|list|include|state|explain|identify|disclose|give)\\b[^\\n\\r<]{0,300})',
    flags: 'm',
    priority: 20,
    refine: (m, ctx) => {
      const start = m.index + m[0].length - m[1].length;
      const sentence = firstSentence(m[1]).replace(/[\s*_]+$/, '');
      return ctx.skip(start) ? false : { span: { start, end: start + sentence.length }, label: sentence.replace(/[.:]$/, '') };
    },
  },

  ...BANNER_PATTERNS,
  ...FIELD_PATTERNS,

  // ---- choices left to the drafter
  {
    // '"We" or "I"', 'we/I', '"our" or "my"': first person plural or singular, never both in a finished policy.
    id: 'pronoun-choice',
    kind: 'slot',
    source: '(["“\'‘])?\\b(we|us|our|ours|i|me|my|mine)\\b["”\'’]?(?:\\s{1,3}or\\s{1,3}|\\s{0,2}/\\s{0,2})(["“\'‘])?(we|us|our|ours|i|me|my|mine)\\b["”\'’]?',
    flags: 'i',
    priority: 32,
    refine: (m) => {
      const [a, b] = [m[2].toLowerCase(), m[4].toLowerCase()];
      const plural = (w: string) => /^(?:we|us|our|ours)$/.test(w);
      if (plural(a) === plural(b)) return false;
      // Quoted alternatives, or a slash between them: "we or I" in running prose is not a leftover choice.
      if (!m[1] && !m[3] && !/\//.test(m[0])) return false;
      return { options: [m[2], m[4]] };
    },
  },
  {
    // "OR" in capitals between alternative clauses of a template: on a line of its own, or joining two sentences; French
    // "OU" and German "ODER" in capitals inside prose of ordinary case ("à l'Éditeur OU par le menu").
    id: 'or-between-clauses',
    kind: 'slot',
    source: '\\b(?:OR|OU|ODER)\\b',
    flags: '',
    priority: 18,
    refine: (m, ctx) => {
      const text = ctx.text;
      const alone = /^[\s>*_#\[(—–-]*$/.test(linePrefix(text, m.index, 40) ?? 'x') && /^[\s*_\])—–-]*(?:\r|\n|$)/.test(text.slice(m.index + 2, m.index + 42));
      // Between two steps of a list ("3. Click "Clear logs"" / OR / "- Uninstall the extension") it offers the reader a choice.
      if (alone) return betweenListItems(text, m.index) ? false : { options: [] };
      // (not a name written with it: "OU-Connect")
      if (m[0] !== 'OR') return /[-–]/.test(text[m.index - 1] ?? '') || /[-–]/.test(text[m.index + m[0].length] ?? '') || !inSentence(text, m.index, m.index + m[0].length) ? false : { options: [] };
      // "… we do not sell data OR we sell the following …": two clauses in lower-case prose, not "EXPRESS OR IMPLIED"
      // nor "accept OR reject" (a second clause opens with its subject).
      const before = text.slice(Math.max(0, m.index - 80), m.index);
      const clause = /(?:^|[.!?:;]\s)[^.!?:;]*$/.exec(before)?.[0] ?? before;
      const opens = /^\s{1,3}["“[(]?(?:we|our|us|you|your|the|this|these|those|it|its|they|their|i|my|no|none|all|any)\b/i.test(text.slice(m.index + 2, m.index + 20));
      const prose = inSentence(text, m.index, m.index + 2) && /[\p{Ll}][\s,;.]{0,3}$/u.test(before) && (clause.match(/\p{L}+/gu) ?? []).length >= 3;
      return prose && opens ? { options: [] } : false;
    },
  },
  {
    // "**Option A — No data collection:**", "Option B - if you sell online:": the label of one of the alternative texts a
    // template offers, one to keep and the others to delete — left over whichever is kept. At the start of its line, in a
    // visible template only ("Option 1: the free plan" may name a real plan).
    id: 'option-label',
    kind: 'slot',
    source: '(?:\\*\\*|__|\\b)(?:Option|Alternative|Variant)\\s(?:[A-D]|[1-3])\\b[^\\n:]{0,80}:(?:\\*\\*|__)?',
    flags: '',
    priority: 18,
    refine: (m, ctx) => (/^[\s>*_#+-]*$/.test(linePrefix(ctx.text, m.index, 40) ?? 'x') ? { weak: true } : false),
  },
  {
    // "Acme Inc." where the document says it is an example ("e.g. Acme Inc.", "Acme Corp (an example)").
    id: 'example-company',
    kind: 'slot',
    source: '\\b(?:Acme|ACME|Contoso|Fabrikam|Example)\\b',
    flags: '',
    priority: 28,
    refine: (m, ctx) => {
      const text = ctx.text;
      const end = m.index + m[0].length;
      const suffix = /^\s(?:Inc\.?|Corp(?:oration)?\.?|Ltd\.?|LLC|GmbH|Co\.|Company|Limited|Labs|Software|Industries)(?![\p{L}\d])/u.exec(text.slice(end, end + 14))?.[0] ?? '';
      // "Example" alone is a word; "ACME protocol" is how certificates are issued.
      if ((m[0] === 'Example' && !suffix) || /^[\p{L}\d-]|^\s(?:protocol|client|server|challenge|certificates?)\b/iu.test(text.slice(end + suffix.length, end + suffix.length + 14))) return false;
      const around = text.slice(Math.max(0, m.index - 60), end + suffix.length + 60);
      const said = /\b(?:e\.g\.|for example|an example|example company|sample company|fictional|fictitious|placeholder|replace|your company)(?![\p{L}])/iu.test(around);
      // The guide counts it only where the document says it is an example: a sample site may run as "Acme" for real.
      return said ? { span: { start: m.index, end: end + suffix.length }, label: 'company name' } : false;
    },
  },

  {
    // "John Doe", "Max Mustermann" standing where a real person belongs — not "a name such as John Doe" in an example.
    id: 'sample-name',
    kind: 'slot',
    source: SAMPLE_NAMES,
    flags: '',
    priority: 28,
    // (a quoted one, '«Jane Doe»', is an example too)
    refine: (m, ctx) => (/\b(?:such\s+as|e\.g\.|for\s+example|like|z\.\s?B\.|wie|como|ex\.|par\s+exemple)[\s,:]*["“]?$|["“«'‘`]$/i.test(ctx.text.slice(Math.max(0, m.index - 30), m.index)) ? false : { label: 'name' }),
  },
  {
    // "<mark>to facilitate the Service</mark>", a span highlighted yellow: text a template marks for its drafter to
    // confirm or replace — only in a document that is visibly a template.
    id: 'highlighted',
    kind: 'slot',
    source: '<mark[^<>\\r\\n]{0,80}>([^<>\\r\\n]{1,2000})</mark>|<span[ \\t](?:style="[^"<>\\r\\n]{0,60}background(?:-color)?:[ \\t]{0,2}(?:yellow|#ff0|#ffff00)[^"<>\\r\\n]{0,40}"|class="[^"<>\\r\\n]{0,40}\\bhighlight(?:ed)?\\b[^"<>\\r\\n]{0,40}")>([^<>\\r\\n]{1,600})</span>',
    flags: 'i',
    priority: 8,
    refine: (m) => {
      const inner = m[1] ?? m[2];
      if (m[1] !== undefined && !/^<mark[\s>]/i.test(m[0])) return false;
      const start = m.index + m[0].indexOf('>') + 1;
      return /\p{L}/u.test(inner) ? { span: { start, end: start + inner.length }, weak: true } : false;
    },
  },
  {
    // "XYZ Company Ltd.", "ABC Corp", "123 Main Street, Anytown": the company and address everyone uses as an example.
    id: 'sample-company',
    kind: 'slot',
    source: '\\b(?:XYZ|ABC)\\s(?:Company|Corp(?:oration)?|Inc|Ltd|LLC|GmbH|Limited|Association)\\b|\\bCompany\\sXYZ\\b|\\bAnytown\\b|\\b123\\s(?:Main|Fake|Any|Example)\\s(?:St(?:reet)?|Road|Rd|Ave(?:nue)?|Lane)\\b',
    flags: '',
    priority: 28,
    refine: (m, ctx) => (afterQuote(ctx.text, m.index) ? false : { label: /\d|Anytown/.test(m[0]) ? 'address' : 'company name' }),
  },
  {
    // Streets whose name says "example" in the address's language: "Sample Street", "Str. Exemplului", "Beispielstraße",
    // "rue de l'Exemple", "Calle Ejemplo", "Rua Exemplo", "Via Esempio", "Voorbeeldstraat", "ul. Przykładowa".
    id: 'sample-street',
    kind: 'slot',
    source: '\\b(?:Example|Sample)\\s(?:Street|St\\.|Road|Rd\\.|Avenue|Ave\\.|Lane|Boulevard|Blvd\\.)|\\bStr(?:\\.|ada)\\sExemplului\\b|\\b(?:Muster|Beispiel)(?:stra(?:ß|ss)e|weg|gasse|platz)\\b|\\b[Rr]ue\\sde\\sl[\'’]Exemple\\b|\\b(?:Calle|Avenida)\\s(?:del\\s)?Ejemplo\\b|\\b(?:Rua|Avenida)\\s(?:d[eo]\\s)?Exemplo\\b|\\bVia\\s(?:dell[\'’])?Esempio\\b|\\bVoorbeeld(?:straat|laan|weg)\\b|\\bul\\.\\sPrzykładowa\\b',
    flags: '',
    priority: 28,
    label: { text: 'address' },
    refine: (m, ctx) => (afterQuote(ctx.text, m.index) ? false : {}),
  },
  {
    // "for ??? days", "(??)": a value the drafter did not know yet — not "What??" after a word.
    id: 'question-marks',
    kind: 'todo',
    source: '\\?{2,4}',
    flags: '',
    priority: 20,
    refine: (m, ctx) => (/^[\s([:"“]?$/.test(ctx.text[m.index - 1] ?? '') && /^(?:[\s)\].,;:]|$)/.test(ctx.text[m.index + m[0].length] ?? '') ? {} : false),
  },
  {
    // "contact us at EMAIL", "stored in COUNTRY", "as of DATE": one slot word in capitals inside a sentence — not a
    // field or a key named in code ("the EMAIL field"), nor part of a passage in capitals.
    id: 'caps-slot-word',
    kind: 'slot',
    source: '\\b(?:EMAIL|E-MAIL|ADDRESS|COUNTRY|DATE|PHONE|WEBSITE|COMPANY|DOMAIN|CITY|JURISDICTION)\\b',
    flags: '',
    priority: 24,
    refine: (m, ctx) => {
      const end = m.index + m[0].length;
      if (!inSentence(ctx.text, m.index, end) || codeConstant(ctx.text, m.index, end)) return false;
      // "the COMPANY shall…": a defined term some contracts write in capitals.
      if (/\b(?:the|this|our|such)[\s*_]{1,3}$/i.test(ctx.text.slice(Math.max(0, m.index - 8), m.index))) return false;
      return /^\s(?:field|column|header|input|tag|type|value|parameter|attribute|key)\b/i.test(ctx.text.slice(end, end + 14)) ? false : { label: m[0].toLowerCase() };
    },
  },

  // ---- to-do markers (case-sensitive, whole words)
  {
    id: 'todo',
    kind: 'todo',
    source: '\\b(?:TBD|TBC|TBA|TODO|FIXME|X{3,8})\\b',
    flags: '',
    priority: 20,
    // "TODO" is also a Spanish and Portuguese word: in a line of capitals ("TODO LO QUE DEBE SABER") it is not a marker.
    refine: (m, ctx) => (m[0] === 'TODO' && capitalsAround(ctx.text, m.index, m.index + 4) ? false : {}),
  },
  // "À COMPLÉTER", "POR DEFINIR", "ZU ERGÄNZEN", "DA COMPLETARE", "NOG INVULLEN", "УТОЧНИТЬ", "待补充", "要確認": the to-do
  // markers of templates in other languages. Latin and other scripts apart, grouped by first word, with no look-behind:
  // an expression whose alternatives open with letters of one script lets the engine skip the text between them.
  {
    id: 'todo-elsewhere',
    kind: 'todo',
    source: `(?:À (?:COMPLÉTER|DÉFINIR|CONFIRMER|PRÉCISER)|A (?:COMPLÉTER|COMPLETAR|DEFINIR|CONFIRMAR)|POR (?:COMPLETAR|DEFINIR|CONFIRMAR)|DA (?:COMPLETARE|DEFINIRE|CONFERMARE)|(?:NOCH )?ZU ERGÄNZEN|NOG (?:INVULLEN|TE BEPALEN))(?![${LETTERS_BEYOND_ASCII}])`,
    flags: '',
    priority: 20,
    refine: (m, ctx) => (/[\p{L}\p{N}]/u.test(ctx.text[m.index - 1] ?? '') ? false : {}),
  },
  {
    id: 'todo-elsewhere-script',
    kind: 'todo',
    source: `(?:ЗАПОЛНИТЬ|УТОЧНИТЬ|ДОПОЛНИТЬ)(?![${LETTERS_BEYOND_ASCII}])|待(?:补充|補充|填写|填寫|确认|確認)|要確認|未記入|확인 필요|작성 필요`,
    flags: '',
    priority: 20,
    refine: (m, ctx) => (/[\p{Script=Cyrillic}]/u.test(m[0]) && /[\p{L}\p{N}]/u.test(ctx.text[m.index - 1] ?? '') ? false : {}),
  },
  // "for X years", "XX days": a number never written in
  { id: 'x-period', kind: 'slot', source: '\\bX{1,3}(?= (?:days?|weeks?|months?|years?|hours?|business days)\\b)', flags: '', priority: 25, label: { text: 'number' } },
  { id: 'phone-slot', kind: 'slot', source: '\\(?\\bX{3}\\)?[-. ]X{3}[-. ]X{4}\\b', flags: '', priority: 30, label: { text: 'phone number' } },

  // ---- unfinished dates
  {
    id: 'date-ymd',
    kind: 'unfinished-date',
    source: '\\b(?:\\d{4}|YYYY|\\d{2}XX|XXXX)[-/.](?:\\d{1,2}|MM|XX)[-/.](?:\\d{1,2}|DD|XX)\\b',
    flags: 'i',
    priority: 45,
    label: { text: 'date' },
    refine: (m, ctx) => (/[a-z]/i.test(m[0]) && !shownFormat(ctx.text, m.index, m.index + m[0].length) ? {} : false),
  },
  {
    id: 'date-dmy',
    kind: 'unfinished-date',
    source: '\\b(?:\\d{1,2}|DD|MM|XX)[-/.](?:\\d{1,2}|DD|MM|XX)[-/.](?:\\d{4}|\\d{2}XX|YYYY|XXXX|YY|\\d{2})\\b',
    flags: 'i',
    priority: 45,
    label: { text: 'date' },
    refine: (m, ctx) => (/[a-z]/i.test(m[0]) && !shownFormat(ctx.text, m.index, m.index + m[0].length) ? {} : false),
  },
  {
    id: 'date-month-day-year',
    kind: 'unfinished-date',
    source: `\\b(?:Month|${MONTH})\\.?\\s{1,3}(?:\\d{1,2}|DD|XX|X)(?:st|nd|rd|th|),?\\s{1,3}(?:\\d{4}|YYYY|XXXX|\\d{2}XX)\\b`,
    flags: 'i',
    priority: 45,
    label: { text: 'date' },
    refine: (m) => (hasPlaceholderPart(m[0]) ? {} : false),
  },
  {
    id: 'date-day-month-year',
    kind: 'unfinished-date',
    source: `\\b(?:\\d{1,2}|DD|XX)\\s{1,3}(?:Month|${MONTH})\\s{1,3}(?:\\d{4}|YYYY|XXXX|\\d{2}XX)\\b`,
    flags: 'i',
    priority: 45,
    label: { text: 'date' },
    refine: (m) => (hasPlaceholderPart(m[0]) ? {} : false),
  },
  {
    id: 'date-year',
    kind: 'unfinished-date',
    source: `\\b(?:Month|${MONTH})\\.?\\s{1,3}(?:YYYY|XXXX|19XX|20XX)\\b|\\b(?:19XX|20XX|YYYY)\\b|(?<![\\w/])(?:19|20)__(?:[-/.]_{1,2}[-/.]_{1,2})?(?![\\w/])`,
    flags: 'i',
    priority: 45,
    label: { text: 'date' },
    refine: (m, ctx) => (shownFormat(ctx.text, m.index, m.index + m[0].length) ? false : {}),
  },

  { id: 'date-blank', kind: 'unfinished-date', source: '(?<![\\w/])_{1,4}[/.-]_{1,4}[/.-]_{2,4}(?![\\w/])', flags: '', priority: 45, label: { text: 'date' } },

  // ---- blanks to fill in
  {
    id: 'underscores',
    kind: 'blank',
    source: '_{3,}|(?:\\\\_){3,}',
    flags: '',
    priority: 10,
    refine: (m, ctx) => {
      // Three are a blank only standing alone ("this ___ day"), not Markdown emphasis ("___Note___").
      if (m[0].replace(/\\/g, '').length === 3 && (/[\p{L}\d_*]/u.test(ctx.text[m.index - 1] ?? '') || /[\p{L}\d_*]/u.test(ctx.text[m.index + m[0].length] ?? ''))) return false;
      // A Markdown thematic break, unless it answers a prompt ("Please describe your request:" then a line of "____").
      if (separatorLine(m, ctx) && !afterPrompt(ctx.text, m.index)) return false;
      const before = ctx.text[m.index - 1] ?? '';
      const after = ctx.text[m.index + m[0].length] ?? '';
      return /[\p{L}\d]/u.test(before) && /[\p{L}\d]/u.test(after) ? false : {};
    },
  },
  {
    id: 'dots',
    kind: 'blank',
    source: '[.…]{2,}',
    flags: '',
    priority: 10,
    refine: (m, ctx) => {
      const run = m[0];
      const ellipses = run.length - run.replace(/…/g, '').length;
      if (!(ellipses >= 2 || (ellipses >= 1 && run.length >= 3) || run.length - ellipses >= 5)) return false;
      if (separatorLine(m, ctx)) return false; // a dotted separator
      // Table-of-contents leaders: "Retention .......... 7"
      return /^\s{0,3}\d{1,4}\s*(?:\r|\n|$)/.test(ctx.text.slice(m.index + run.length, m.index + run.length + 12)) ? false : {};
    },
  },

  // ---- example and template domains
  {
    id: 'example-domain',
    kind: 'example-domain',
    source:
      '\\b(?:example|exmaple|examle|exampel|exapmle|your-?(?:startup|brand|service|product|shop|store|project|org|team|app|site)|yourdomain|your-domain|yourcompany|your-company|yourcompanyname|yoursite|your-site|yourwebsite|your-website|youremail|yourbusiness|companyname|company-name|domainname|mydomain|mycompany|mywebsite|sitename)\\.(?:com|org|net|co\\.uk|io)\\b|\\b(?:example|exmaple|beispiel|mustermann|musterfirma|ejemplo|exemplo|exemple|esempio|voorbeeld|hoge(?:hoge)?|fuga|piyo|(?:tu|su|seu|sua|votre|deine|ihre|tuo|uw)-?(?:sitio|empresa|dominio|site|domaine|entreprise|domain|firma|webseite|website|azienda|sito|bedrijf|domein|web|negocio|marca))\\.(?:[a-z]{2,3}|info|app|dev|shop|hoge)\\b',
    flags: 'i',
    priority: 35,
    // (a name in the address, "example.de" or "tusitio.com", and a real domain's first label, "example.de.vu", alike)
    refine: exampleAddress,
  },

  {
    // "www.website.com", "name@email.com"-style made-up domains, and hosts or mailboxes written as "xxx".
    id: 'made-up-domain',
    kind: 'example-domain',
    source: '\\b(?:www\\.)?(?:website|domain|yourapp|your-app|yourname)\\.(?:com|org|net|io)\\b|(?<![\\w.@-])x{3,}[a-z0-9-]{0,60}\\.[a-z]{2,10}\\b|(?<![\\w.-])x{3,}@[a-z0-9.-]{1,100}\\.[a-z]{2,10}\\b|\\b[a-z0-9-]{1,63}\\.(?:tld|invalid)\\b',
    flags: 'i',
    priority: 35,
    refine: (m, ctx) => (m[0].includes('@') ? { label: 'e-mail address' } : exampleAddress(m, ctx)),
  },
  {
    // Numbers everyone uses as an example: "03-1234-5678", "123-456-7890", "(555) 123-4567", "555-0123", "000-000-0000";
    // the 555 exchange of a North American number, in digits or letters ("(503) 555-2671", "1-888-555-PAWS"); an
    // international number whose subscriber part is all zeros ("+254 700 000 000", "+49 30 00000000").
    id: 'example-phone',
    kind: 'slot',
    source: '(?<![\\d-])(?:\\+?1[ .-]?)?\\(?[2-9]\\d{2}\\)?[ .-]?555[ .-](?:\\d{4}(?![\\d-])|[A-Z]{4,7}(?![A-Za-z\\d]))|(?<![\\d+])\\+\\d{1,3}[ .-]?\\(?\\d{1,4}\\)?[ .-]?0{2,4}[ .-]?0{2,4}(?:[ .-]0{2,4})?(?:[ .-]0{2,4})?(?![\\d-])|(?<![\\d-])(?:\\+\\d{1,3}[ .-]?)?(?:\\(?0?\\d{1,3}\\)?[ .-])?1234[ .-]5678(?![\\d-])|(?<![\\d-])\\(?123\\)?[ .-]?456[ .-]?7890(?![\\d-])|(?<![\\d-])(?:\\+?1[ .-]?)?\\(555\\)[ .-]?\\d{3}[ .-]\\d{4}(?![\\d-])|(?<!\\d[ .-]?)(?:\\d{3}[ .-])?555[ .-]01\\d\\d(?![\\d-])|(?<![\\d-])555[ .-]555[ .-]5555(?![\\d-])|(?<![\\d-])000[ .-]000[ .-]0000(?![\\d-])|(?<![\\d-])(?:\\d{2,4}[ .-])?0{3,4}[ .-]0{4}(?![\\d-])|(?<![\\d-])1[5-8]\\d\\d-0000(?![\\d-])|(?<![\\d-])\\(?999\\)?[ .-]?999[ .-]?9999(?![\\d-])|(?<![\\d-])9{10}(?![\\d-])',
    flags: '',
    priority: 30,
    label: { text: 'phone number' },
    // "[call us](tel:5551234567)": the link's destination is as made up as its text.
    refine: (m, ctx) => (/tel:\s{0,2}$/i.test(ctx.text.slice(Math.max(0, m.index - 6), m.index)) ? { inMarkup: true } : {}),
  },
  {
    // A theme's or generator's sample text: "This is the Sample Description", "this is meta-description".
    id: 'sample-text',
    kind: 'lorem-ipsum',
    source: '\\bthis\\s{1,3}is\\s(?:(?:a|an|the|some)\\s)?(?:sample|example|demo|dummy|placeholder|meta|test|fake)[\\s-](?:description|text|title|content|paragraph|summary|heading|copy)\\b',
    flags: 'i',
    priority: 12,
  },
  {
    // A value a generator never filled in: "located in: undefined", "[object Object]".
    id: 'unrendered-value',
    kind: 'template-variable',
    source: '(?<=[:：]\\s{0,3})(?:undefined|null|NaN)(?=\\s{0,3}(?:[.,;)]|$))|\\[object Object\\]',
    flags: 'm',
    priority: 56,
    label: { text: 'value' },
  },
  {
    // "Effective date: To be added before launch.", "um sistema a ser definido.", "Hébergeur : à définir": a decision left
    // open where the fact belongs (a field's value, or the end of a clause); not "to be determined by the court".
    id: 'tbd-phrase',
    kind: 'todo',
    source: '(?<![\\p{L}])(?:to\\s{1,3}be\\s{1,3}(?:determined|defined|decided|confirmed|added|announced|completed|finali[sz]ed)|a\\s{1,3}(?:ser\\s{1,3})?definir|a\\s{1,3}ser\\s{1,3}definid[oa]s?|por\\s{1,3}(?:definir|determinar|confirmar)|a\\s{1,3}(?:determinar|confirmar)|à\\s{1,3}(?:définir|déterminer|confirmer|compléter)|noch\\s{1,3}(?:offen|festzulegen)|未定|待定|미정|要確認|検討中|調整中)(?![\\p{L}])',
    flags: 'iu',
    priority: 20,
    refine: (m, ctx) => {
      // (a line longer than the look-back is prose, not a field: "destiné à compléter votre dossier" deep in a paragraph)
      const before = linePrefix(ctx.text, m.index, 120);
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      const asValue = before !== undefined && (/[:：][\s*_]*$/.test(before) || /^[\s>*_#-]*$/.test(before));
      // "destiné à compléter, et non à remplacer": the verb of a purpose, not a decision left open.
      if (/(?:\p{L}é(?:e|s|es)?|\b(?:vise|visant|sert|servant|contribue|aide|tend|permet))\s+$/u.test(before ?? '')) return false;
      const endsClause = /^[\s*_]*(?:[.,;)!]|$|\r|\n)/.test(after) || /^\s{1,3}before\s/i.test(after);
      return asValue || endsClause ? { label: 'decision left open' } : false;
    },
  },

  // ---- "Last updated" with no date
  {
    id: 'missing-date',
    kind: 'missing-date',
    source:
      '\\b(?:last\\s{1,3}(?:updated|revised|modified|reviewed|changed|amended)|effective\\s{1,3}(?:date|as\\s{1,3}of|from)|date\\s{1,3}of\\s{1,3}last\\s{1,3}(?:revision|update|modification|amendment)|date\\s{1,3}of\\s{1,3}(?:revision|update|modification|amendment)|(?:revision|version)\\s{1,3}date|date\\s{1,3}last\\s{1,3}(?:updated|revised|modified)|updated(?=\\s{0,3}:))\\b:?',
    flags: 'i',
    priority: 15,
    label: { text: 'date' },
    refine: (m, ctx) => {
      const check = labelWithoutDate(ctx.text, m.index, m.index + m[0].length, ctx.skip);
      return check ? { dateSlotAt: check.nextLineContent } : false;
    },
  },
];
