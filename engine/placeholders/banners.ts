// Visible drafting banners and instructions to the author: "This is a DRAFT document and requires legal review before
// publication", "⚠️ PLACEHOLDER: customise before launch", "DRAFT — NOT FOR PUBLICATION", "Note to drafter: …",
// "Replace this text with…", "Customize this policy before use", "(update this section once the feature ships)",
// a title that calls the document a template or a draft ("Privacy Policy Template", "Privacy Policy (Draft)"), and
// instructions about publishing it ("Before publishing: host this page…", "Add the URL to Play Console").
// Each is reported at its own span — the banner's sentence (wrapped lines included), with the sentences after it in its
// paragraph that still speak about the draft and the list it introduces ("Before publishing, you must:" + the list),
// its line when the line holds nothing else, its parenthesised group, or the marker word of a title — never the policy
// text after it.
//
// Not banners: "draft" in ordinary prose ("you may save a draft message"), a policy describing its own history
// ("version 1.0 (draft), March 2019" in a version-history section), instructions to the reader ("Please review this
// policy periodically", "Edit this page on GitHub"), metadata in front matter ("status: draft").
import type { Span } from '../types.ts';
import type { PatternContext, PlaceholderPattern, Refinement } from './patterns.ts';
import { linePrefix } from './brackets.ts';

/** The longest sentence a banner may take; longer text is prose, not a banner. */
const MAX_BANNER = 400;
/** The longest banner with the sentences and the list that follow it. */
const MAX_NOTE = 4_000;

// ---- sentences, over wrapped lines

/** A line that starts a new block: a list item, a heading, a table row, a rule or an HTML block (never a wrapped line). */
const BLOCK_START =
  /^(?:[-*+•]\s|\d{1,3}[.)]\s|#{1,6}\s|\||(?:[-*_][ \t]*){3,}$|<\/?(?:p|div|li|ul|ol|dl|dt|dd|h[1-6]|section|article|aside|header|footer|table|tr|td|th|br|hr|blockquote|main|nav|form)\b)/i;
/** A list item line, with its marker ("- ", "1. ", "a) ", "- [ ] "). */
const LIST_ITEM = /^[ \t]*(?:>[ \t]?)*(?:[-*+•]|\d{1,3}[.)]|[a-z][.)])[ \t]+\S/;

/**
 * The offset where the line holding `i` starts, looking back at most `limit` characters (a longer line is read from
 * there: every caller only needs to know that it is long, and each call stays bounded).
 */
function lineStart(text: string, i: number, limit = 400): number {
  let k = i;
  const stop = Math.max(0, i - limit);
  while (k > stop && text[k - 1] !== '\n' && text[k - 1] !== '\r') k--;
  return k;
}

/** The offset of the end of the line starting at or holding `i` (at its line break), looking at most `limit` ahead. */
function lineEnd(text: string, i: number, limit = 2_000): number {
  let k = i;
  const stop = Math.min(text.length, i + limit);
  while (k < stop && text[k] !== '\n' && text[k] !== '\r') k++;
  return k;
}

/** After the line break at `nl` ("\r\n" counted once): where the next line starts. */
const afterBreak = (text: string, nl: number) => (text[nl] === '\r' && text[nl + 1] === '\n' ? nl + 2 : nl + 1);

/** The content of the line from `i`, without indentation and blockquote marks. */
function content(text: string, i: number): string {
  return text.slice(i, lineEnd(text, i, 240)).replace(/^[ \t]*(?:>[ \t]?)*/, '').trimEnd();
}

/** Whether the text goes on in the same paragraph after the line break at `nl`: a wrapped line, not a new block. */
function wrapsForward(text: string, nl: number): boolean {
  const next = content(text, afterBreak(text, nl));
  if (!next || BLOCK_START.test(next)) return false;
  const current = content(text, lineStart(text, nl));
  if (/^#{1,6}\s/.test(current)) return false;
  return current.length >= 50 || /^[*_]{0,2}\p{Ll}/u.test(next);
}

/** Whether the line after the break at `nl` continues a sentence begun on the line before it. */
function wrapsBackward(text: string, nl: number): boolean {
  const prevEnd = text[nl] === '\n' && text[nl - 1] === '\r' ? nl - 1 : nl;
  const current = content(text, afterBreak(text, nl));
  if (!current || BLOCK_START.test(current)) return false;
  const previous = content(text, lineStart(text, prevEnd));
  if (!previous || /^#{1,6}\s/.test(previous) || /[.!?:;。！？]["'”’)\]*_]*$/.test(previous)) return false;
  return previous.length >= 50 || /^[*_]{0,2}\p{Ll}/u.test(current);
}

const INLINE_TAG = /^<\/?(?:b|strong|i|em|u|s|span|a|mark|small|big|font|abbr|cite|q|sup|sub|ins|del|code|kbd|var|time)\b[^<>]{0,200}>/i;

/** The offset where the inline tag ending at `gt` (its ">") starts, or -1 when it is not an inline tag. */
function inlineTagBefore(text: string, gt: number): number {
  const from = Math.max(0, gt - 210);
  const at = text.slice(from, gt + 1).lastIndexOf('<');
  return at >= 0 && INLINE_TAG.test(text.slice(from + at, gt + 1)) ? from + at : -1;
}

/** The offset after the inline tag starting at `lt`, or -1 when it is not an inline tag. */
function inlineTagAfter(text: string, lt: number): number {
  const m = INLINE_TAG.exec(text.slice(lt, lt + 210));
  return m ? lt + m[0].length : -1;
}

/**
 * An excluded run inside a line that is not markup (a code span "`{PLACEHOLDER}`", link syntax): where it starts, going
 * back from `i`, or -1 when it holds a tag or a line break or is long (then it ends the banner).
 */
function inlineRunBefore(text: string, i: number, skip: (offset: number) => boolean): number {
  let k = i;
  while (k >= 0 && skip(k) && i - k < 200) {
    if (text[k] === '<' || text[k] === '\n' || text[k] === '\r') return -1;
    k--;
  }
  return k >= 0 && skip(k) ? -1 : k + 1;
}

/** The same, going forward from `i`: the offset after the run, or -1. */
function inlineRunAfter(text: string, i: number, skip: (offset: number) => boolean): number {
  let k = i;
  while (k < text.length && skip(k) && k - i < 200) {
    if (text[k] === '<' || text[k] === '\n' || text[k] === '\r') return -1;
    k++;
  }
  return k < text.length && skip(k) ? -1 : k;
}

/** "e.g.", "i.e.", "etc.", "v0.3", "No. 5": a period that does not end a sentence. */
function abbreviation(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 4), dot + 1);
  return /(?:\b[eE]\.g|\b[iI]\.e|\betc|\bvs|\bNo|\bapprox)\.$/.test(before) || /\d/.test(text[dot + 1] ?? '');
}

/** Whether the character at `i` ends a sentence: "." "!" "?" before a space, a line end or a closing inline tag; "。". */
function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  if (c === '。' || c === '！' || c === '？') return true;
  if (c !== '.' && c !== '!' && c !== '?') return false;
  let j = i + 1;
  for (let tags = 0; tags < 3 && text[j] === '<'; tags++) {
    const after = inlineTagAfter(text, j);
    if (after < 0) return true; // a block tag ends it
    j = after;
  }
  return /^(?:[*_"'”’)\]]{0,3})(?:\s|$)/.test(text.slice(j, j + 4)) && !abbreviation(text, i);
}

/** Where the sentence holding `from` starts (wrapped lines followed back), within MAX_BANNER. */
function sentenceStartOf(text: string, from: number, skip: (offset: number) => boolean): number {
  let start = from;
  for (let i = from - 1; i >= 0 && from - i <= MAX_BANNER; i--) {
    const c = text[i];
    if (c === '\n' || c === '\r') {
      if (!wrapsBackward(text, i)) break;
      continue;
    }
    if (skip(i)) {
      // Inline markup ("<strong>DRAFT</strong>", "`{PLACEHOLDER}`", link syntax) is part of the line; any other excluded
      // text ends the banner.
      const tag = c === '>' ? inlineTagBefore(text, i) : inlineRunBefore(text, i, skip);
      if (tag < 0) break;
      i = tag;
      continue;
    }
    if (endsSentence(text, i)) break;
    start = i;
  }
  return start;
}

/** Where the sentence holding `to - 1` ends (wrapped lines followed), within MAX_BANNER of `to`. */
function sentenceEndOf(text: string, to: number, skip: (offset: number) => boolean): number {
  let end = to;
  for (let i = to; i < text.length && i - to <= MAX_BANNER; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') {
      if (!wrapsForward(text, i)) break;
      if (c === '\r' && text[i + 1] === '\n') i++;
      continue;
    }
    if (skip(i)) {
      const tag = c === '<' ? inlineTagAfter(text, i) : inlineRunAfter(text, i, skip);
      if (tag < 0) break;
      i = tag - 1;
      continue;
    }
    end = i + 1;
    if (endsSentence(text, i)) break;
  }
  return end;
}

/** `start..end` without list or emphasis markup, blockquote marks or excluded text at either end. */
export function trimmed(text: string, start: number, end: number, skip: (offset: number) => boolean): Span | undefined {
  let s = start;
  let e = end;
  while (s < e && (/[\s>#*_+|-]/.test(text[s]) || skip(s))) s++;
  while (e > s && (/[\s*_|>]/.test(text[e - 1]) || skip(e - 1))) e--;
  return e > s ? { start: s, end: e } : undefined;
}

/**
 * The span of the banner that the match `from..to` belongs to: the bracketed or parenthesised group around it, else its
 * sentence (over wrapped lines), without list or emphasis markup at either end. Excluded text (tags, code) ends it.
 */
export function bannerSpan(text: string, from: number, to: number, skip: (offset: number) => boolean): Span | undefined {
  const group = enclosingGroup(text, from, to);
  if (group) return group;
  const span = trimmed(text, sentenceStartOf(text, from, skip), sentenceEndOf(text, to, skip), skip);
  return span && span.end - span.start <= MAX_BANNER ? span : undefined;
}

// ---- blocks

/** A Markdown line that starts a block: a list item, a heading, a quote, a table row. */
const BLOCK_LINE = /^[ \t]*(?:[-*+•][ \t]|\d{1,3}[.)][ \t]|#{1,6}[ \t]|>|\|)/;
/** Tags that start or end a block of text in HTML. */
const BLOCK_TAG = /^<\/?(?:p|li|ul|ol|dl|dt|dd|div|h[1-6]|br|hr|td|th|tr|table|section|article|aside|header|footer|blockquote|main|nav|figure|figcaption)\b/i;
/** The block of text (paragraph, list item, HTML block) holding `at`, without markup at its ends; undefined when longer than `max`. */
export function blockAround(text: string, at: number, skip: (offset: number) => boolean, max: number): Span | undefined {
  let start = at;
  while (start > 0 && at - start <= max && !blockBoundaryBefore(text, start, skip)) start--;
  let end = at;
  while (end < text.length && end - at <= max && !blockBoundaryAt(text, end, skip)) end++;
  if (end - start > max) return undefined;
  return trimmed(text, start, end, skip);
}

/** Whether a block starts at `i`: after a blank line, a block tag, or at a line that starts a block. */
function blockBoundaryBefore(text: string, i: number, skip: (offset: number) => boolean): boolean {
  const c = text[i - 1];
  if (c === '>' && skip(i - 1)) {
    const lt = text.lastIndexOf('<', i - 1);
    return lt >= 0 && i - lt <= 300 && BLOCK_TAG.test(text.slice(lt, i));
  }
  if (c !== '\n' && c !== '\r') return false;
  // At a line start: a blank line before it, or a line that opens a block.
  return /^[ \t]*(?:\r?\n|\r|$)/.test(text.slice(i, i + 200)) || BLOCK_LINE.test(text.slice(i, i + 12)) || /(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)$/.test(text.slice(Math.max(0, i - 40), i));
}

/** Whether a block ends at `i`: a block tag, a blank line, or a line that starts a new block. */
function blockBoundaryAt(text: string, i: number, skip: (offset: number) => boolean): boolean {
  const c = text[i];
  if (c === '<' && skip(i)) return BLOCK_TAG.test(text.slice(i, i + 16));
  if (c !== '\n' && c !== '\r') return false;
  const next = text.slice(i, i + 200).replace(/^\r?\n|^\r/, '');
  return /^[ \t]*(?:\r?\n|\r|$)/.test(next) || BLOCK_LINE.test(next);
}

/** Words that show a sentence still speaks about the draft, not about the reader's data. */
export const ABOUT_THE_DRAFT =
  /\b(?:draft(?:ed|ing|s)?|templates?|placeholders?|bracket(?:ed|s)|wording|counsel|lawyers?|attorneys?|solicitors?|advis[eo]rs?|legal\s+(?:advice|review|professional|team)|reviewed|review\s+(?:it|this)|publish(?:ed|ing)?|publication|go(?:es)?\s+live|this\s+(?:document|page|text|file|draft|template)|(?:text|facts|wording|sections?|details)\s+below|codebase|repo(?:sitory)?|App\s+Store|Play\s+(?:Store|Console)|before\s+(?:shipping|release|submission|launch))\b|\b(?:you|we)\s+(?:must|should|need\s+to)\s*:|\b(?:platzhalter|entwurf|plantilla|borrador|brouillon)\b|\bbitte\s+(?:füllen|ergänzen|passen)\s+sie\b|\b(?:abogad[oa]s?|advogad[oa]s?|avocats?|avvocat[oi]|(?:rechts)?anw[äa]lt(?:in|e|s)?|advocaat|rascunho|bozza|muster)\b|юрист|черновик|шаблон|טיוטה|תבנית|עו"ד|עורך\s+דין|템플릿|검토|법률|テンプレート|弁護士|模板|律师/i;

/**
 * A sentence that announces the list after it without a colon: "Check the following points.", "以下の点を必ず確認してください。",
 * "다음 사항을 확인하세요.", "Prüfen Sie folgende Punkte."
 */
const ANNOUNCES_LIST = /\b(?:the\s+following|as\s+follows|below)\b|以下|下記|下列|如下|다음|\b(?:folgende[nrs]?|siguientes|suivante?s|seguintes|seguenti|volgende)\b|следующ/iu;

/** Where the next sentence of the same paragraph starts after `end`, or -1 at the end of the paragraph. */
function nextSentence(text: string, end: number, skip: (offset: number) => boolean): number {
  for (let i = end; i < text.length && i - end <= 200; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') {
      const current = content(text, lineStart(text, i));
      const next = content(text, afterBreak(text, i));
      if (!next || BLOCK_START.test(next) || /^#{1,6}\s/.test(current)) return -1;
      if (c === '\r' && text[i + 1] === '\n') i++;
      continue;
    }
    if (skip(i)) {
      const tag = c === '<' ? inlineTagAfter(text, i) : -1;
      if (tag < 0) return -1;
      i = tag - 1;
      continue;
    }
    if (/[\s>*_]/.test(c)) continue;
    return i;
  }
  return -1;
}

/** The end of the list that starts on the line after `end` (a lead-in ending in ":" introduces it), or undefined. */
function listAfter(text: string, start: number, end: number, skip: (offset: number) => boolean): number | undefined {
  let i = lineEnd(text, end, 400);
  let last: number | undefined;
  let blank = 0;
  for (let lines = 0; i < text.length && lines < 80 && i - start <= MAX_NOTE; lines++) {
    const from = afterBreak(text, i);
    const e = lineEnd(text, from);
    const line = text.slice(from, e);
    if (!line.trim() || /^[ \t>]*$/.test(line)) {
      if (++blank > 1) break;
    } else if (LIST_ITEM.test(line) || (last !== undefined && blank === 0 && /^[ \t]{2,}\S/.test(line))) {
      last = e;
      blank = 0;
    } else break;
    i = e;
  }
  if (last === undefined) return undefined;
  while (last > end && (/\s/.test(text[last - 1]) || skip(last - 1))) last--;
  return last;
}

/**
 * The banner `span` with what belongs to it: the sentences after it in its paragraph that still speak about the draft
 * ("It has not been checked by a lawyer."), and the list it introduces when it ends in a colon ("You must:" + items).
 */
function withFollowing(text: string, span: Span, skip: (offset: number) => boolean): Span {
  let end = span.end;
  let announced = false;
  for (let n = 0; n < 6; n++) {
    const next = nextSentence(text, end, skip);
    if (next < 0) break;
    const e = sentenceEndOf(text, next, skip);
    const said = text.slice(next, e);
    const leadIn = (/[:：][*_]{0,3}\s*$/.test(said) && said.split(/\s+/).length <= 6) || (ANNOUNCES_LIST.test(said) && said.trim().length <= 60);
    if (e - span.start > MAX_NOTE || !(ABOUT_THE_DRAFT.test(said) || leadIn)) break;
    end = trimmed(text, next, e, skip)?.end ?? end;
    announced = ANNOUNCES_LIST.test(said);
  }
  if (announced || /[:：][*_]{0,3}$/.test(text.slice(span.start, end))) end = listAfter(text, span.start, end, skip) ?? end;
  return { start: span.start, end };
}

/** The "(…)" or "[…]" group on the same line that encloses `from..to`, when it is short. */
function enclosingGroup(text: string, from: number, to: number): Span | undefined {
  let depth = 0;
  let open = -1;
  for (let i = from - 1; i >= 0 && from - i <= 120; i--) {
    const c = text[i];
    if (c === '\n' || c === '\r') break;
    if (c === ')' || c === ']') depth++;
    else if (c === '(' || c === '[') {
      if (depth === 0) {
        open = i;
        break;
      }
      depth--;
    }
  }
  if (open < 0) return undefined;
  const closing = text[open] === '(' ? ')' : ']';
  depth = 0;
  for (let i = open + 1; i < text.length && i - open <= 300; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') return undefined;
    if (c === text[open]) depth++;
    else if (c === closing) {
      if (depth === 0) return i >= to ? { start: open, end: i + 1 } : undefined;
      depth--;
    }
  }
  return undefined;
}

/** Whether nothing but markup, a bullet or an emoji comes before `offset` on its line, or it follows a sentence's end. */
function sentenceStart(text: string, offset: number): boolean {
  const before = linePrefix(text, offset, 200);
  if (before === undefined) return false;
  const rest = before.replace(/(?:please|kindly)[\s,]*$/i, '');
  return (
    /^[\s>#*_+|•\-–—(\[\p{Extended_Pictographic}\uFE0F:]*$/u.test(rest) ||
    /[.!?:;]["'”’)\]*_]*\s+[*_(\[]*$/.test(rest) ||
    /[([]\s*$/.test(rest) ||
    // a task list item: "- [ ] Fill in all placeholders"
    /^[\s>]*[-*+]\s+\[[ xX]\]\s+$/.test(rest) ||
    /(?:note|drafting note|todo)\s*[*_]{0,2}\s*[:–—-]\s*[*_]{0,2}\s*$/i.test(rest) ||
    // inside an HTML element: "<p>", "<li><strong>"
    (/>\s*$/.test(rest) && !/[\p{L}\d]/u.test(rest.replace(/<[^<>]*>/g, '')))
  );
}

/** A refinement reporting the banner around the match as a drafting note, with what follows it. */
function banner(m: RegExpExecArray, ctx: PatternContext, weak = false): Refinement | false {
  const span = bannerSpan(ctx.text, m.index, m.index + m[0].length, ctx.skip);
  if (!span) return false;
  return { span: withFollowing(ctx.text, span, ctx.skip), ...(weak ? { weak: true } : {}) };
}

/** What follows `at` (a bounded window), matched by `re` anchored there: the patterns' tails, kept out of the pattern
 * sources so that each source stays simple enough for the backtracking check. */
function tail(ctx: PatternContext, at: number, re: RegExp): RegExpExecArray | null {
  return re.exec(ctx.text.slice(at, at + 200));
}

/** The sentence around a match, as text (or undefined when it is too long to be a banner). */
function sentenceOf(m: RegExpExecArray, ctx: PatternContext): string | undefined {
  const span = bannerSpan(ctx.text, m.index, m.index + m[0].length, ctx.skip);
  return span && ctx.text.slice(span.start, span.end);
}

// ---- the vocabulary of drafting

/** Subjects that make a sentence about the document itself: "This policy", "The document", "This template". */
const SELF = String.raw`(?:this|the)\s+(?:privacy\s+)?(?:policy|notice|statement|document|text|page|draft|template|version|agreement|terms|outline)`;
/** Status words that say the document is not finished ("a working draft", "a publication template", "an outline only"). */
const UNFINISHED = String.raw`(?:(?:an?\s+)?(?:(?:working|preliminary|initial|first|rough|early|internal|sample|starting|basic|generic|simple|general|publication|drafting|model|example|legal|privacy|policy|notice)\s+){0,2}(?:draft|template|placeholder|work\s+in\s+progress|outline)\b(?!\s+(?:message|e-?mail|post|reply|comment|folder|order|invoice|response|for\s+your\s+(?:message|post|e-?mail))s?\b)|not\s+(?:yet\s+)?(?:final|finali[sz]ed|ready)\b|(?:incomplete|unfinished)\b|(?:still\s+)?under\s+(?:legal\s+)?review\b|(?:an?\s+)?(?:preliminary|provisional|interim|temporary|stopgap)\s+(?:(?:version\s+of\s+(?:the|this|our)\s+)?(?:privacy\s+)?(?:policy|notice|statement)|version)\b)`;
const STATUS = new RegExp(
  String.raw`^(?:this\s+is\s+(?:only\s+|still\s+|just\s+)?|${SELF}\s+(?:is|remains)\s+(?:still\s+|currently\s+|only\s+)?)${UNFINISHED}|^${SELF}\s+has\s+not\s+(?:yet\s+)?been\s+(?:legally\s+)?(?:reviewed|approved|finali[sz]ed)\b`,
  'i',
);
/**
 * "This template is intentionally generic.", "This draft should be reviewed…", "The privacy policy template should be
 * hosted…" — not "The draft is saved on your device" (a mail app's drafts).
 */
const TEMPLATE_SUBJECT = /^(?:this\s+(?:privacy\s+(?:policy\s+|notice\s+)?|policy\s+)?|the\s+(?:privacy\s+(?:policy|notice)|policy)\s+)(?:template|draft)\s+(?:is|was|has|should|must|needs?|covers|reflects|assumes|provides|contains|uses|can|may|will)\b/i;
/** Moments a drafter must act before: "before publication", "before launch", "prior to going live", "before App Store submission". */
const BEFORE_PUBLISHING = String.raw`(?:before|prior\s{1,3}to)\s{1,3}(?:(?:the\s{1,3})?(?:public\s{1,3}|final\s{1,3}|first\s{1,3})?(?:App\s{1,3}Store\s{1,3}|(?:Google\s{1,3})?Play\s{1,3}(?:Store\s{1,3})?|store\s{1,3})?(?:publication|publishing|publish(?:ing)?\s{1,3}(?:it|this)|launch(?:ing)?|going\s{1,3}live|deploy(?:ment|ing)?|release|releasing|submission|shipping|production)\b(?!\s{1,3}(?:of|your|a|an|any|their|his|her|new|content|posts?|comments?|reviews?|photos?|videos?|messages?)\b)|submitting\s{1,3}(?:it|this|the\s{1,3}app|(?:to|your\s{1,3}app\s{1,3}to)\s{1,3}(?:the\s{1,3})?(?:App\s{1,3}Store|Play\s{1,3}Store|Google\s{1,3}Play|app\s{1,3}stores?))\b|(?:this\s{1,3}page|it|the\s{1,3}(?:page|policy|site))\s{1,3}goes\s{1,3}live\b|you\s{1,3}(?:publish|launch|go\s{1,3}live|deploy|release|ship)\b(?!\s{1,3}(?:a|an|any|your|new|content|posts?|comments?|photos?|reviews?)\b))`;
const WARNING = new RegExp(
  String.raw`^(?:not\s+(?:yet\s+)?(?:for|intended\s+for|ready\s+for|approved\s+for)\s+(?:publication|publishing|distribution|release)\b|not\s+yet\s+(?:been\s+)?(?:legally\s+)?(?:reviewed|approved|checked|vetted)\b|do\s+not\s+(?:publish|distribute)\b|(?:requires?|needs?|awaiting|pending)\s+(?:a\s+|final\s+)?(?:legal|counsel(?:'s)?|attorney|lawyer|solicitor)\s+review\s+${BEFORE_PUBLISHING}|(?:customi[sz]e|adapt|tailor|complete|edit|finish)\s+(?:it\s+|this\s+[a-z]{1,12}\s+)?${BEFORE_PUBLISHING}|(?:legal|attorney|lawyer|counsel|solicitor)\s+(?:review|completion|approval|sign-?off)\s+(?:is\s+)?required\b)`,
  'i',
);
const NOTE_LABEL = /^(?:note\s+to\s+(?:the\s+)?(?:drafters?|editors?|authors?|reviewers?|self|client|developers?|legal)|drafting\s+notes?|editor'?s\s+note|author'?s\s+note|internal\s+note|instructions?\s+(?:to|for)\s+(?:the\s+)?(?:drafter|editor|author|developer|user\s+of\s+this\s+template)|instructions?\s+for\s+(?:customi[sz](?:ation|ing)|adapting|completing|filling\s+in|using\s+this\s+(?:template|document|policy))|guidance\s+for\s+(?:the\s+)?(?:attorney|lawyer|counsel|drafter|developer)|suggested\s+text|placeholders?\s+to\s+(?:fill|replace|complete)(?:\s+in)?|template\s+variables)[*_]{0,2}\s*[:–—-]/i;
/** Editing verbs an instruction to the author opens with. */
const EDIT_VERBS =
  'replace|customi[sz]e|personali[sz]e|adapt|tailor|fill\\s{1,3}in|fill\\s{1,3}out|complete|update|edit|modify|amend|adjust|change|revise|rewrite|insert|add|delete|remove|expand|finish|write|review';
/** Verbs that open an instruction to whoever publishes the document ("Host this policy…", "Choose retention windows…"). */
const IMPERATIVE = new RegExp(
  `^(?:(?:${EDIT_VERBS}|choose|pick|decide|host|publish|verify|check|confirm|ensure|make\\s+sure|consider|have|get|set|use|link|submit|mark|select|put|paste|copy|create|upload|settle|fill|state|describe|list|specify|include|provide|name|enter|translate|appoint|register)\\b)`,
  'i',
);

/**
 * Verbs of writing the policy's content: whoever adopts a template is told to "list", "document" or "disclose" their
 * practice; a policy's reader never is. `WRITING_VERBS` open such an instruction in any phrasing;
 * `WRITING_VERBS_SHARED` are the reader's or the organisation's own procedure too ("Include your name", "Describe your
 * request", "Add a payment method", "Document the breach") and count only with a cue that the object is the operator's
 * own (`OPERATOR_OBJECT`, "here", "each"/"every").
 */
const WRITING_VERBS = 'list|disclose|mention|outline|summari[sz]e|specify|state|detail|explain';
const WRITING_VERBS_SHARED = 'add|include|describe|insert|confirm|identify|name|link|document';
/** What may follow the verb of an instruction: a determiner, or a question word ("Explain how…", "State whether…"). */
const INSTRUCTION_OBJECT = /^\s{1,3}(?:the|this|these|that|those|each|every|all|any|your|its|their|which|whether|how|what|where|who|when|why|here)\b/i;
/** Negated instructions on the wording ("Do not describe the service as…", "Never claim…"), and what to avoid writing. */
const WRITING_PROHIBITION =
  /^(?:(?:do\s+not|don['’]t|never)\s+(?:describe|claim|promise|present|market|advertise|overstate|call|label|imply|state)\s|avoid\s+(?:overstating|overclaiming|claiming|promising|implying|describing|stating|(?:\S+\s+){0,3}claims\b))/i;
/** The operator's own things after "your" in a template's instruction ("your studio name", "your backup schedule", "your users"). */
const OPERATOR_OBJECT =
  /\byour\s+(?:\S+\s+){0,2}?(?:studio|company|business|organi[sz]ation|app|application|service|product|team|brand|backend|server|infrastructure|backups?|providers?|vendors?|processors?|sub-?processors?|website|site|jurisdiction|dpo|entity|practices?|retention|schedule|runbook|handbook|store|listing|game|project|users|customers|clients|players|members|visitors)\b/i;
const OPERATOR_OBJECTS = new RegExp(OPERATOR_OBJECT.source, 'gi');
const SHARED_VERB = new RegExp(`^(?:${WRITING_VERBS_SHARED})$`, 'i');
/** The reader's own side in a sentence: us, what they want, their request, identity or settings. */
const READER_SIDE =
  /\b(?:us|we|our)\b|\byou\s+(?:want|wish|would\s+like|object|can|may)\b|\byour\s+(?:\S+\s+){0,2}?(?:request|name|identity|account|e-?mail|password|details|question|concern|complaint|order|device|browser|settings|preferences|data|information|consent|objection|reason|card|payment|message|profile|choice)s?\b/i;

/** Verbs that rewrite or publish the document itself. */
const REWRITE_VERB = /^(?:update|edit|modify|amend|adjust|change|revise|rewrite|customi[sz]e|personali[sz]e|adapt|tailor|publish|host)$/i;
/** Objects that only a drafter is asked to edit, whatever the determiner ("the placeholders", "the bracketed text"). */
const DRAFT_OBJECT = /^(?:placeholders?|template|banner|boilerplate|bracketed|highlighted|blanks|wording)$/i;
/** Parts of the document ("this text", "this section"): an instruction with "this"/"these", or with a drafter's cue. */
const PART_OBJECT = /^(?:text|notes?|sections?|paragraphs?|clauses?|sample|parts?|rows?)$/i;
/** Objects a reader may be asked about too ("this policy"): an instruction only with a drafter's cue. */
const DOCUMENT_OBJECT = /^(?:policy|notice|document|statement|agreement)$/i;
const DRAFTER_CUE = new RegExp(
  [
    BEFORE_PUBLISHING,
    String.raw`\bbefore\s+(?:use|using\s+it)\b`,
    String.raw`\bto\s+(?:fit|suit|match|reflect)\s+your\b`,
    String.raw`\bfor\s+your\s+(?:own\s+)?(?:business|company|organi[sz]ation|app|site|website|service|needs|practices)\b`,
    String.raw`\bwith\s+your\s+(?:own\s+)?(?:company|business|organi[sz]ation|details|information|name|practices)`,
    // "with your actual information", "the actual build", "the real values"
    String.raw`\b(?:your|the)\s+(?:actual|real|final|shipped)\s+(?:information|details|data|practices|values?|facts?|build|behaviou?r|name|address|e-?mail|app|product)\b`,
    // "(parts) that do not apply", "if it does not apply to your business"
    String.raw`\b(?:that|which|if\s+(?:it|they))\s+(?:do|does)(?:\s+not|n['’]t)\s+apply\b`,
    // "in the first line", "at the very end of the policy": places in the document
    String.raw`\b(?:in|on|at)\s+the\s+(?:first|last|top|bottom|(?:very\s+)?end)\s+(?:line|paragraph|section|of\s+(?:the|this)\s+(?:policy|document|page))`,
  ].join('|'),
  'i',
);
const PUBLISHING_CUE = new RegExp(BEFORE_PUBLISHING, 'i');
/** Cues that alone make an instruction the drafter's, whatever its object ("Remove any service not in the actual build"). */
const STRONG_CUE = new RegExp(
  [
    BEFORE_PUBLISHING,
    String.raw`\b(?:the\s+)?(?:actual|shipped|final|production)\s+build\b`,
    String.raw`\b(?:that|which|if\s+(?:it|they))\s+(?:do|does)(?:\s+not|n['’]t)\s+apply\b`,
    String.raw`\b(?:in|on|at)\s+the\s+(?:first|last|top|bottom|(?:very\s+)?end)\s+(?:line|paragraph|section|of\s+(?:the|this)\s+(?:policy|document|page))`,
  ].join('|'),
  'i',
);
const BEFORE_ANCHORED = new RegExp(`^${BEFORE_PUBLISHING}`, 'i');
const TEMPLATE_LICENCE =
  /^(?:(?:you\s+are\s+free|feel\s+free|you\s+may\s+freely)\s+to\s+(?:copy|use|modify|adapt|reuse)\b|(?:copy|paste)\s+(?:everything|all\s+(?:the\s+)?text|the\s+text|this\s+text)\s+(?:from\s+)?(?:below|above)\b)/i;

/** Letters as a character class without the Unicode flag: ASCII, Latin with diacritics, Cyrillic. */
export const LETTERS_BEYOND_ASCII = 'A-Za-z0-9_\\u00C0-\\u024F\\u0400-\\u04FF';
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * A template's status ("this is a template") and its instructions about its own text ("replace this text"), in the
 * languages templates come in; each opens a sentence. Words are apart by one white-space character (a wrapped line
 * included): few repetitions keep the combined pattern within the backtracking check.
 */
const NOTES_ELSEWHERE = [
  // French
  String.raw`(?:ce|cet|cette)\s(?:document|texte|modèle|page|politique)\s(?:est|constitue)\s(?:un|une)\s(?:modèle|brouillon|exemple|projet)`,
  String.raw`(?:remplacez|remplacer|complétez|compléter|adaptez|adapter|personnalisez|personnaliser|modifiez|supprimez)\s(?:ce|cette|ces|les|le|la)\s(?:texte|section|paragraphe|champs?|passages?|mentions?|éléments?|modèle|crochets|informations?)`,
  // German
  String.raw`(?:dies|das|diese|dieses|dieser)\s(?:[a-zäöüß-]{3,40}\s)?ist\s(?:nur\s)?(?:eine|ein)\s(?:vorlage|entwurf|muster|beispiel)`,
  // "À adapter selon votre activité", "Da compilare a cura del titolare", "Por completar por el responsable"
  String.raw`(?:à\s(?:adapter|compléter|personnaliser)\s(?:selon|en\sfonction|par|avec)|da\s(?:compilare|completare|adattare)\s(?:a\scura|con|in\sbase)|por\s(?:completar|adaptar)\s(?:por|según|con))`,
  String.raw`(?:diese|die)\s(?:vorlage|mustervorlage|muster-datenschutzerklärung)\s(?:ist|wurde|dient|ersetzt|enthält)`,
  String.raw`platzhalter\s(?:für|fuer)`,
  String.raw`(?:ersetzen|ergänzen|passen|füllen|entfernen|löschen)\ssie\s(?:diesen|diese|dieses|den|die|das|alle)\s(?:text|abschnitt|platzhalter|felder|angaben|vorlage|absatz|bereich)`,
  // Spanish
  String.raw`(?:este|esta)\s(?:documento|texto|página|política)\ses\s(?:una|un)\s(?:plantilla|borrador|modelo|ejemplo)`,
  String.raw`(?:sustituya|sustituye|reemplace|reemplaza|complete|completa|adapte|adapta|personalice|personaliza|elimine|elimina)\s(?:este|esta|estos|estas|el|la|los|las)\s(?:texto|sección|párrafo|campos?|plantilla|corchetes|datos)`,
  // Portuguese
  String.raw`(?:este|esta)\s(?:documento|texto|página|política)\sé\s(?:um|uma)\s(?:modelo|rascunho|exemplo|minuta)`,
  String.raw`(?:substitua|substituir|preencha|preencher|adapte|personalize|remova|complete)\s(?:este|esta|estes|estas|o|a|os|as)\s(?:texto|seção|secção|parágrafo|campos?|modelo|colchetes|dados)`,
  // Italian
  String.raw`(?:questo|questa)\s(?:documento|testo|pagina|informativa)\sè\s(?:un|una)\s(?:modello|bozza|esempio|fac-simile)`,
  String.raw`(?:sostituisci|sostituire|sostituite|completa|completare|adatta|personalizza|rimuovi|elimina)\s(?:questo|questa|questi|queste|il|lo|la|i|gli|le)\s(?:testo|sezione|paragrafo|campi|modello|parentesi|dati)`,
  // Dutch
  String.raw`dit\s(?:document\s)?is\s(?:slechts\s)?een\s(?:sjabloon|concept|voorbeeld|model)`,
  String.raw`(?:vervang|vul|pas|verwijder)\s(?:deze|dit|de|het|alle)\s(?:tekst|sectie|paragraaf|velden|gegevens|sjabloon)`,
  // Indonesian
  String.raw`(?:dokumen|teks|kebijakan)\sini\s(?:adalah|merupakan)\s(?:draf|draft|templat|template|contoh)`,
];

/**
 * Instructions to the author in other languages that are one anywhere in a sentence (a conditional may come first:
 * "Wenn Sie Tracking nutzen, beschreiben Sie hier:"), or in parentheses ("(bitte konkret angeben)"). The banner is the
 * sentence, or the parenthesised group, around the match.
 */
const INSTRUCTIONS_ELSEWHERE = [
  // Polish, Turkish, Malay/Indonesian, Vietnamese: "Wpisz tutaj nazwę firmy", "Şirket adınızı buraya yazın", "Sila isi
  // butiran … di sini", "Vui lòng điền tên công ty"
  String.raw`(?:wpisz|uzupełnij|podaj)\s(?:tutaj|tu)`,
  String.raw`buraya\s(?:yazın|girin|ekleyin)`,
  String.raw`(?:sila|silakan)\s(?:isi|masukkan|lengkapi)`,
  String.raw`vui\slòng\s(?:điền|nhập|bổ\ssung)`,
  // German: "beschreiben Sie hier:", "Bitte ergänzen Sie je Einbindung:", "Abschnitt entfernen."
  // (not the reader's "beschreiben Sie hier Ihr Anliegen", "Bitte füllen Sie das Formular aus")
  String.raw`(?:ergänzen|beschreiben|nennen|erläutern|listen|fügen|tragen)\ssie\shier(?!\s{1,3}ihr)`,
  String.raw`bitte\s(?:ergänzen\ssie(?=\s(?!ihr))|prüfen\sund\spassen\ssie)`,
  String.raw`(?:abschnitt|absatz)\s(?:entfernen|löschen|streichen)`,
  String.raw`bitte\s(?:(?:konkret|hier)\s(?:angeben|ergänzen|eintragen|einfügen)|angeben|eintragen|einfügen)`,
  // Spanish, Portuguese: "completar antes de publicar"
  String.raw`(?:completar|revisar|rellenar|actualizar|preencher)\s(?:todo\s|esto\s|isto\s)?antes\sde\s(?:publicar|la\spublicación|a\spublicação)`,
];
/** The same in Cyrillic: Russian "укажите реальные данные", "добавьте отдельный пункт" (not "укажите ваше имя"). */
const INSTRUCTIONS_ELSEWHERE_CYRILLIC = [
  String.raw`(?:[Уу]кажите|[Дд]обавьте|[Вв]ключите|[Зз]амените)\s[а-яё ]{0,30}(?:реальные|пункт|раздел|ссылки)`,
];
/**
 * The same in Cyrillic, which `\b` does not bound: matched with case (a sentence opens with a capital, so each first
 * letter is written both ways), which lets the engine skip to the few letters that can open one.
 */
const NOTES_ELSEWHERE_CYRILLIC = [
  String.raw`(?:[Ээ]то|[Дд]анный\sдокумент\sявляется|[Нн]астоящий\sдокумент\sявляется)\s(?:шаблон|черновик|образец|пример)`,
  String.raw`(?:[Зз]амените|[Зз]аполните|[Уу]далите|[Аа]даптируйте|[Ии]змените)\s(?:этот|эту|это|эти|данный)\s(?:текст|раздел|шаблон|поля|пункт)`,
];

/** A template's note in another language, where it opens a sentence. */
function noteElsewhere(m: RegExpExecArray, ctx: PatternContext): Refinement | false {
  return !LETTER_OR_DIGIT.test(ctx.text[m.index - 1] ?? '') && sentenceStart(ctx.text, m.index) ? banner(m, ctx) : false;
}

/** An instruction to the author in another language, wherever it stands, but not inside a word. */
function instructionElsewhere(m: RegExpExecArray, ctx: PatternContext): Refinement | false {
  return LETTER_OR_DIGIT.test(ctx.text[m.index - 1] ?? '') ? false : banner(m, ctx);
}

/** How a note in a conversation's voice opens. */
const CHAT_OPENING = String.raw`\b(?:let\s{1,3}me\s{1,3}know|just\s{1,3}let\s{1,3}me\s{1,3}know|feel\s{1,3}free|(?:do\s{1,3}you\s{1,3})?want\s{1,3}me\s{1,3}to|would\s{1,3}you\s{1,3}like\s{1,3}me\s{1,3}to|shall\s{1,3}i|should\s{1,3}i|i(?:'ve|’ve|\s{1,3}have)\s{1,3}[a-z]+|hope\s{1,3}(?:this|that|it)\s{1,3}helps|happy\s{1,3}to\s{1,3}(?:adjust|tweak|revise|change|expand|shorten|help)|here(?:'s|’s|\s{1,3}is)\s{1,3}(?:a|an|the|your)\b)`;
/** What each opening needs to be the author's note and not the policy speaking to its reader. */
const CHAT_NOTE: Array<[RegExp, RegExp | null]> = [
  // "Let me know if you want a shorter version" — not "Let me know if you would like your data deleted".
  [/^(?:just\s+)?let\s+me\s+know\b/i, /\b(?:me\s+to|versions?|sections?|wording|draft|template|tweak\w*|adjust\w*|changes?|edits?|rewrite|shorter|longer|simpler|more\s+detail|tone|format|anything\s+else)\b/i],
  // "Feel free to adjust the retention periods" — not "Feel free to contact us".
  [/^feel\s+free\s+to\b/i, /^feel\s+free\s+to\s+(?:adjust|edit|change|tweak|modify|customi[sz]e|remove|rename|adapt|shorten|expand|rewrite|reword|drop|cut|replace|fill|trim|reorder|use\s+(?:this|it|the\s+(?:template|text|wording)))\b/i],
  [/^(?:(?:do\s+you\s+)?want\s+me\s+to|would\s+you\s+like\s+me\s+to|shall\s+i|should\s+i|hope\s+(?:this|that|it)\s+helps|happy\s+to)\b/i, null],
  // "I've kept the wording close to the GDPR template; tweak it as needed" — not "I have written this policy to explain…".
  [/^i(?:'ve|’ve|\s+have)\s/i, /\b(?:template|draft|placeholders?|bracket\w*|tweak\w*|adjust\w*|as\s+needed|feel\s+free|you\s+(?:may|might)\s+want)\b/i],
  // "Here's a draft privacy policy for your app:" — not "Here is the information we collect:".
  [/^here(?:'s|’s|\s+is)\s/i, /^(?=[^]*[:：]\s*$)[^]*\b(?:draft|version|template|revised|rewritten|suggested|sample)\b|\bfor\s+your\s+(?:app|website|site|business|company|project|service|product|store|shop)\b/i],
];

/** A sentence opening a note in a conversation's voice, when it is about the document being written. */
function chatNote(m: RegExpExecArray, ctx: PatternContext): Refinement | false {
  if (!sentenceStart(ctx.text, m.index)) return false;
  const said = sentenceOf(m, ctx);
  if (!said) return false;
  const body = said.replace(/^[\s*_>#\-–—•\d.)(]*/, '');
  const rule = CHAT_NOTE.find(([opens]) => opens.test(body));
  return rule && (!rule[1] || rule[1].test(body)) ? banner(m, ctx) : false;
}

/** A generator's note to its user: its sentence, and the rest of its paragraph, which the generator wrote too. */
function generatorNote(m: RegExpExecArray, ctx: PatternContext): Refinement | false {
  const span = bannerSpan(ctx.text, m.index, m.index + m[0].length, ctx.skip);
  if (!span) return false;
  const block = blockAround(ctx.text, m.index, ctx.skip, MAX_NOTE);
  return { span: block && block.end > span.end && block.start <= span.start ? { start: span.start, end: block.end } : span };
}

/** "Replace this text with…", "Customize this policy before use", "(update this section once the feature ships)". */
function authorInstruction(m: RegExpExecArray, ctx: PatternContext): Refinement | false {
  if (!sentenceStart(ctx.text, m.index)) return false;
  const verb = m[1].toLowerCase();
  const deictic = /^(?:this|these|each|every)$/i.test(m[2]);
  // "Replace this text with…", "Customize this privacy policy…": the object is the first or the second word.
  const next = /^\s{1,3}([a-z]{1,12})\b/i.exec(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 16))?.[1];
  const object = [m[3], next].find((w) => w !== undefined && (DRAFT_OBJECT.test(w) || PART_OBJECT.test(w) || DOCUMENT_OBJECT.test(w)));
  const sentence = bannerSpan(ctx.text, m.index, m.index + m[0].length, ctx.skip);
  if (!sentence) return false;
  const said = ctx.text.slice(sentence.start, sentence.end);
  const found = { span: withFollowing(ctx.text, sentence, ctx.skip) };
  // Any other object counts with a drafter's cue: "Remove any service that is not included in the actual build."
  if (!object) return verb !== 'review' && STRONG_CUE.test(said) ? found : false;
  // "Please review this policy periodically" speaks to the reader; "Review this policy before publication" does not.
  if (verb === 'review') return PUBLISHING_CUE.test(said) ? found : false;
  // "Delete the notes you no longer need" speaks to a user of a notes app; "Delete this note before publishing" does not.
  // "Update this document when providers change", "Publish this policy to end users": a reader never edits or publishes
  // the document itself (a policy's own "We will update this policy" has a subject before the verb).
  const ownsDocument = deictic && DOCUMENT_OBJECT.test(object) && REWRITE_VERB.test(verb);
  const needsCue = !ownsDocument && (DOCUMENT_OBJECT.test(object) || (PART_OBJECT.test(object) && !deictic));
  return !needsCue || DRAFTER_CUE.test(said) ? found : false;
}

/**
 * "Describe the backup schedule…", "Document your retention schedule…", "Do not describe the service as anonymous…",
 * "| Confirm the legal basis |": a sentence (or a table cell) that opens with a verb of writing the policy, about the
 * operator's own practice. Only in a document that is visibly a template, and never with the reader's side in it
 * ("Describe your request…", "State the reason for your objection when you write to us").
 */
function writingInstruction(m: RegExpExecArray, ctx: PatternContext): Refinement | false {
  const cellStart = /(?:^|[^|])\|[ \t]*$/.test(linePrefix(ctx.text, m.index, 200) ?? '') && /^[ \t]*\|/.test(ctx.text.slice(lineStart(ctx.text, m.index), m.index));
  // A sentence to someone opens with a capital: "- explain each purpose" is an outline's item, not a note.
  if ((!cellStart && !sentenceStart(ctx.text, m.index)) || !/^\p{Lu}/u.test(m[0])) return false;
  const verb = m[1]?.toLowerCase();
  const after = ctx.text.slice(m.index + m[0].length - 1, m.index + m[0].length + 40);
  const cell = cellStart ? tableCell(ctx.text, m.index) : undefined;
  const said = cell ? ctx.text.slice(cell.start, cell.end) : sentenceOf(m, ctx);
  // ("your studio name" is the operator's: the reader's side is looked for in the rest)
  if (!said || READER_SIDE.test(said.replace(OPERATOR_OBJECTS, ' '))) return false;
  if (verb !== undefined) {
    if (!INSTRUCTION_OBJECT.test(after)) return false;
    const shared = SHARED_VERB.test(verb);
    if (shared && !(OPERATOR_OBJECT.test(said) || /\bhere\b/i.test(said) || /^\s{1,3}(?:each|every)\b/i.test(after))) return false;
  } else if (!WRITING_PROHIBITION.test(said.replace(/^[\s*_>#\-–—•\d.)(]*/, ''))) return false;
  return cell ? { span: cell, weak: true } : banner(m, ctx, true);
}

/** The table cell that starts at `from` ("| … |"), without the bars and blank space. */
function tableCell(text: string, from: number): Span | undefined {
  const end = lineEnd(text, from, 400);
  const bar = text.indexOf('|', from);
  const stop = bar >= 0 && bar < end ? bar : end;
  const cell = text.slice(from, stop).trimEnd();
  return cell ? { start: from, end: from + cell.length } : undefined;
}

/**
 * A sentence about publishing that speaks to the drafter: one that opens with an instruction ("Host this file at a
 * public URL before publishing", "Before public launch, add:") or says what must happen before ("This text should be
 * reviewed before release", "Support contact needs to be finalised before App Store submission", "To be added before
 * launch"). "We notify you before we launch new features" and "Beta builds are tested before release" do not.
 */
function beforePublishing(m: RegExpExecArray, ctx: PatternContext): Refinement | false {
  const sentence = sentenceOf(m, ctx);
  if (!sentence) return false;
  const body = sentence.replace(/^[\s*_>#\-–—•\d.)(]*(?:(?:note|important)\s*[*_]{0,2}\s*:\s*[*_]{0,2}\s*)?/i, '');
  // "Before public launch, choose…", "Before publishing: host…", "Before submitting to the store, you must:" — not
  // "Before release, every build is tested" nor "Prior to publication, we remove names".
  const cue = BEFORE_ANCHORED.exec(body);
  const afterCue = cue && body.slice(cue[0].length).replace(/^[\s*_]*[,:;—–-]?[\s*_]*/, '');
  const opens = IMPERATIVE.test(body) || (afterCue !== null && (afterCue === '' || IMPERATIVE.test(afterCue) || /^you\s+(?:must|should|need|have\s+to)\b/i.test(afterCue))) || /[:：][*_]{0,3}$/.test(sentence);
  // "This draft should be reviewed before release", "Support contact needs to be finalised before submission": an
  // obligation on the document's own parts (not "Comments must be approved before publication").
  const obliged =
    (/\b(?:must|should|needs?\s+to|has\s+to|have\s+to|to\s+be\s+(?:added|reviewed|finali[sz]ed|completed|confirmed|decided|updated|written)|have\s+it\s+reviewed)\b/i.test(sentence) &&
      /\b(?:polic(?:y|ies)|notice|text|page|document|draft|template|section|wording|url|contact|e-?mail\s+address|date|placeholders?|version)\b/i.test(sentence)) ||
    // "The retention schedule is not yet finalised and must be reviewed before publication": a decision still open.
    /\bnot\s+yet\s+(?:finali[sz]ed|decided|confirmed|settled|agreed|determined)\b/i.test(sentence);
  return opens || obliged ? banner(m, ctx) : false;
}

/** Places only a developer goes: the store consoles and the app's own configuration. */
const CONSOLE = /\b(?:Play\s{1,3}Console|App\s{1,3}Store\s{1,3}Connect|(?:bagian\s{1,3}|secci[óo]n\s{1,3}|se[çc][ãa]o\s{1,3}|section\s{1,3})?Data\s{1,3}safety(?:\s{1,3}(?:form|section))?|app\.json|store\s{1,3}listings?|content\s{1,3}rating)\b/i;

/** "Add the URL to App Store Connect", "The developer must complete the Data safety form", "disclosures to review in Play Console:". */
function consoleInstruction(m: RegExpExecArray, ctx: PatternContext): Refinement | false {
  const sentence = sentenceOf(m, ctx);
  if (!sentence) return false;
  const body = sentence.replace(/^[\s*_>#\-–—•\d.)(]*/, '');
  const opens = IMPERATIVE.test(body);
  const obliged = /\b(?:must|should|needs?\s+to|has\s+to|have\s+to|harus|perlu|debe|deben|deve|devem|doit|doivent|muss|müssen|moet|moeten)\b|\bto\s+(?:review|update|fill|complete|declare)\b/i.test(sentence);
  return opens || obliged ? banner(m, ctx) : false;
}

/**
 * Signs, in the text after a title, that the document is not finished: it calls itself a template or a draft, or
 * holds a placeholder, a to-do or a slot in brackets, angle brackets or braces.
 */
const UNFINISHED_SIGN =
  /\b(?:[Tt]his|[Tt]he)\s+(?:[a-z]+\s+){0,2}(?:template|draft)\b|\b(?:placeholders?|TBD|TBC|TODO|FIXME)\b|\b(?:before|prior\s+to)\s+(?:publishing|publication|launch|going\s+live|release|submission)\b|\[[A-Z][^\]\n]{1,60}\](?![(\[:])|<[A-Z][A-Za-z /_-]{2,40}>|\{\{[^{}\n]{1,60}\}\}/;

/** Draft stamps in capitals ("DRAFT", "TEMPLATE — NOT REVIEWED"), or "Draft"/"Template" opening a line as a label. */
function draftStamp(m: RegExpExecArray, ctx: PatternContext): Refinement | false {
  // A version history ("v0.9 (draft), March 2019") tells the document's past, not its state; front matter is metadata.
  if (ctx.inHistory?.(m.index) || (ctx.frontMatter && m.index < ctx.frontMatter.end)) return false;
  // A title that calls the document a template or a draft ("Privacy Policy Template") is left over in a document that
  // is visibly unfinished: one that says so near the top, or holds other placeholders. A finished policy may keep the
  // word in its file's heading.
  // A title that calls the document a draft ("Privacy Policy Draft", "プライバシーポリシー（ドラフト）") says it is unfinished by
  // itself: a published policy is no longer a draft.
  const title = titleMarker(ctx.text, m.index, m.index + m[0].length, ctx.skip);
  if (title) return { span: title, ...(DRAFT_WORD.test(m[0]) || UNFINISHED_SIGN.test(ctx.text.slice(title.end, title.end + 3_000)) ? {} : { weak: true }) };
  if (!/^(?:DRAFT|TEMPLATE)$/.test(m[0])) {
    if (!/^(?:draft|template)$/i.test(m[0]) && !(DRAFT_WORD.test(m[0]) && !/^[A-Za-z]/.test(m[0]))) return false;
    // "Draft v0.3", "Draft – 12 May 2025", "(draft)", "Template prepared …", "ドラフト（法務レビュー前）": a label, not "Draft
    // messages are kept…".
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    const labelled = /^(?:\s{0,3}(?:$|[\r\n:：–—\-)）\]（(]|v?\d)|\s{1,3}(?:version|copy|document|policy|notice|only|status|prepared|generated|created|for\s{1,3}(?:review|comment|discussion|consultation))\b)/i.test(after);
    const opens = sentenceStart(ctx.text, m.index) || /[([（]\s{0,2}$/.test(ctx.text.slice(Math.max(0, m.index - 3), m.index));
    if (!labelled || !opens) return false;
  }
  return banner(m, ctx);
}

// ---- titles that call the document a template or a draft

/** What a policy calls itself, in the languages templates come in. */
export const DOCUMENT_NOUN =
  /(?:privacy\s+(?:policy|notice|statement)|cookie\s+(?:policy|notice)|data\s+protection\s+(?:policy|notice)|terms(?:\s+(?:of\s+(?:service|use)|and\s+conditions))?|policy|notice|pol[íi]tica\s+de\s+privacidad[e]?|aviso\s+de\s+privacidad|politique\s+de\s+confidentialit[ée]|datenschutzerkl[äa]rung|informativa\s+(?:sulla\s+)?privacy|개인정보\s?처리방침|프라이버시\s?정책|プライバシー\s?ポリシー|個人情報保護方針|隐私政策|隱私政策|隐私权政策|سياسة\s+الخصوصية|нууцлалын\s+бодлог(?:о|ын))/i;
/** Words that mark a title as a template's or a draft's. */
export const TITLE_MARKERS =
  'TEMPLATE|Template|template|DRAFT|Draft|draft|ドラフト|Төсөл|төсөл|MODEL|Model|SAMPLE|Sample|BOILERPLATE|Boilerplate|Plantilla|PLANTILLA|Modelo|MODELO|Borrador|BORRADOR|Rascunho|RASCUNHO|Modèle|MODÈLE|Brouillon|BROUILLON|Vorlage|VORLAGE|Entwurf|ENTWURF|Bozza|BOZZA|Modello|MODELLO|Muster|MUSTER|템플릿|초안|견본|예시|テンプレート|ひな形|雛形|下書き|サンプル|模板|范本|草案|草稿|قالب|مسودة';
/** The markers of TITLE_MARKERS that call the document a draft, not a template or a model. */
const DRAFT_WORD = /^(?:draft|borrador|rascunho|brouillon|entwurf|bozza|초안|ドラフト|下書き|草案|草稿|مسودة|төсөл)$/i;
const CONNECTOR = /^[\s\-–—:|()（）[\]]*$/;
/** What the document calls itself at the end of the text before a title marker, and at the start of the text after it. */
const NOUN_BEFORE = new RegExp(`${DOCUMENT_NOUN.source}[\\s\\-–—:|()（）[\\]]*$`, 'i');
const NOUN_AFTER = new RegExp(`^[\\s\\-–—:|()（）[\\]]*(?:(?:for|of|de|para|pour|für|per|di)\\s+(?:a\\s+|an\\s+|the\\s+|la\\s+|el\\s+|le\\s+)?)?${DOCUMENT_NOUN.source}`, 'i');

/**
 * When the marker at `start..end` sits in a title line next to what the document calls itself ("Privacy Policy
 * Template", "Privacy Policy — Draft", "개인정보처리방침 (Privacy Policy) 템플릿", "DRAFT Privacy Notice"), the marker with
 * the dash or parentheses that attach it. A title line is short, has no sentence punctuation at its end, and is a
 * heading or a line of its own.
 */
function titleMarker(text: string, start: number, end: number, skip: (offset: number) => boolean): Span | undefined {
  const from = lineStart(text, start, 240);
  if (from > 0 && text[from - 1] !== '\n' && text[from - 1] !== '\r') return undefined; // a line that long is no title
  const to = lineEnd(text, end, 200);
  let line = '';
  for (let k = from; k < to; k++) line += skip(k) ? ' ' : text[k];
  const visible = line.replace(/^[\s>#*_]+/, '').replace(/[\s*_]+$/, '');
  if (!visible || visible.length > 120 || /[.!?。]$/.test(visible) || visible.split(/\s+/).length > 14) return undefined;
  const before = line.slice(0, start - from);
  const after = line.slice(end - from);
  const nounBefore = NOUN_BEFORE.exec(before.slice(-80));
  const nounAfter = NOUN_AFTER.exec(after.slice(0, 80));
  // Only right next to the noun: "Privacy Policy for Model Railways" names the model, not the document's state.
  if (!nounBefore && !nounAfter) return undefined;
  let s = start;
  let e = end;
  // Take the dash before the marker ("— Template") or the parentheses around it ("(Draft)").
  const dash = /[\s]*[\-–—:|]\s*$/.exec(text.slice(Math.max(from, start - 4), start));
  if (text[start - 1] === '(' && text[end] === ')') {
    s = start - 1;
    e = end + 1;
  } else if (dash && nounBefore && CONNECTOR.test(dash[0])) s = start - dash[0].trimStart().length;
  return { start: s, end: e };
}

/** The title marker in the line `start..end` ("Template" in "Privacy Policy Template for Acme"), if it has one. */
export function titleMarkerIn(text: string, start: number, end: number, skip: (offset: number) => boolean): Span | undefined {
  const re = new RegExp(`(?<![\\p{L}\\d])(?:${TITLE_MARKERS})(?![\\p{L}\\d])`, 'gu');
  const line = text.slice(start, Math.min(end, start + 240));
  for (const m of line.matchAll(re)) {
    const found = titleMarker(text, start + m.index, start + m.index + m[0].length, skip);
    if (found) return found;
  }
  return undefined;
}

/** A pattern whose source only finds where a banner may start; `re`, anchored there, decides. */
function tailed(id: string, source: string, flags: string, re: RegExp, opening = false): PlaceholderPattern {
  return {
    id,
    kind: 'drafting-note',
    source,
    flags,
    priority: 22,
    refine: (m, ctx) => (tail(ctx, m.index, re) && (!opening || sentenceStart(ctx.text, m.index)) ? banner(m, ctx) : false),
  };
}

/**
 * A banner may open right after "_" (Markdown emphasis: "_Before publishing: …_"), which "\b" does not take for a word
 * boundary: sources that open with "\b" open with "not after a letter or digit" instead.
 */
const afterEmphasis = (p: PlaceholderPattern): PlaceholderPattern =>
  p.source.startsWith('\\b') ? { ...p, source: `(?<![A-Za-z0-9])(?:${p.source.slice(2).replaceAll('|\\b', '|')})` } : p;

const BANNER_SOURCES: PlaceholderPattern[] = [
  // "DRAFT", "Draft v0.3", "(draft)", "TEMPLATE — NOT REVIEWED", and the marker of a title: "Privacy Policy Template".
  { id: 'draft-stamp', kind: 'drafting-note', source: `(?<![\\p{L}\\d])(?:${TITLE_MARKERS})(?![\\p{L}\\d])`, flags: 'u', priority: 22, refine: draftStamp },
  // "This is a DRAFT document", "This policy is a working draft", "The notice has not been reviewed by counsel".
  tailed('draft-status', '\\b(?:this|the)\\s{1,3}(?:is|privacy|policy|notice|statement|document|text|page|draft|template|version|agreement|terms|outline)\\b', 'i', STATUS),
  // "This template is intentionally generic.", "This draft should be reviewed before release."
  tailed('template-subject', '\\b(?:this|the)\\s{1,3}(?:privacy|policy|template|draft)\\b', 'i', TEMPLATE_SUBJECT, true),
  // "NOT FOR PUBLICATION", "Do not publish", "requires legal review before publication", "customise before launch",
  // "Not yet reviewed by a lawyer", "ATTORNEY REVIEW REQUIRED".
  tailed(
    'publication-warning',
    '\\bnot\\s{1,3}(?:yet|for|intended|ready|approved)\\b|\\bdo\\s{1,3}not\\s{1,3}(?:publish|distribute)\\b|\\b(?:requires?|needs?|awaiting|pending|customi[sz]e|adapt|tailor|complete|edit|finish|legal|attorney|lawyer|counsel|solicitor)\\b',
    'i',
    WARNING,
  ),
  // "Technical draft — under legal review.": a status about the wording, not "requests under legal review".
  {
    id: 'under-review',
    kind: 'drafting-note',
    source: '\\bunder\\s{1,3}(?:legal|counsel|attorney|lawyer)\\s{1,3}review\\b',
    flags: 'i',
    priority: 22,
    refine: (m, ctx) => {
      const said = sentenceOf(m, ctx);
      return said && /\b(?:draft|wording|text|version|document|policy|notice|page|statement|terms)\b/i.test(said) ? banner(m, ctx) : false;
    },
  },
  // "⚠️ PLACEHOLDER: customise before launch", "Placeholder – replace with your DPO's details".
  {
    id: 'placeholder-label',
    kind: 'drafting-note',
    source: '\\bPLACEHOLDER\\b|\\bPlaceholder\\s{0,2}[:–—-]',
    flags: '',
    priority: 22,
    refine: (m, ctx) => (m[0] === 'PLACEHOLDER' || sentenceStart(ctx.text, m.index) ? banner(m, ctx) : false),
  },
  // "Note to drafter: …", "Drafting note – …", "Editor's note: …", "**Note to Developer**: Before publishing:", "Suggested text:".
  tailed('note-to-author', "\\b(?:note|drafting|editor'?s|author'?s|internal|instructions?|guidance|suggested|placeholders?|template)\\b", 'i', NOTE_LABEL, true),
  {
    id: 'author-instruction',
    kind: 'drafting-note',
    source: `\\b(${EDIT_VERBS}|publish|host)\\s{1,3}(all|any|this|these|the|each|every)\\s{1,3}([a-z]{1,12})\\b`,
    flags: 'i',
    priority: 21,
    refine: authorInstruction,
  },
  // "Describe the backup schedule…", "Document your retention schedule…", "Avoid overstating the encryption.": the
  // template telling its adopter what to write (found from the verb; read in its sentence or table cell).
  {
    id: 'writing-instruction',
    kind: 'drafting-note',
    source: `\\b(?:(${WRITING_VERBS}|${WRITING_VERBS_SHARED})\\s|do\\s{1,3}not\\s|don['’]t\\s|never\\s|avoid\\s)`,
    flags: 'i',
    priority: 20,
    refine: writingInstruction,
  },
  // "Before you rely on this template:", "Antes de colocar este template no ar:", "Zu diesem Template noch offen:": a
  // short lead-in that names the document with the borrowed word "template" after a demonstrative, in any language,
  // with the list it introduces (only in a visible template).
  {
    id: 'template-lead-in',
    kind: 'drafting-note',
    source: String.raw`\b(?:this|these|este|esta|estes|estas|ce|cette|ces|dieses|diese|diesem|dieser|bu|questo|questa|deze|dit|ten|tento|tego|ta|denne|dette|detta|tämä|ez|ini)\s{1,3}templates?\b`,
    flags: 'i',
    priority: 21,
    // (the template as the subject of a verb describes it — "This template follows the usual sections:" — and acts on nothing)
    refine: (m, ctx) => {
      const said = sentenceOf(m, ctx);
      const verb = /^\s{1,3}(?:is|has|was|can|may|must|should|will|[a-z]{2,}s)\b/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 24));
      if (!said || (sentenceStart(ctx.text, m.index) && verb)) return false;
      return /\s?[:：][*_]{0,3}$/.test(said) && said.split(/\s+/).length <= 12 ? banner(m, ctx, true) : false;
    },
  },
  // "Before publishing: host this file…", "Add support contact email before launch:", "should be reviewed before release".
  {
    id: 'before-publishing',
    kind: 'drafting-note',
    source: '\\b(?:before|prior\\s{1,3}to)\\b',
    flags: 'i',
    priority: 21,
    refine: (m, ctx) => (tail(ctx, m.index, BEFORE_ANCHORED) ? beforePublishing(m, ctx) : false),
  },
  // "Use that URL in Play Console!", "The developer must complete the Google Play Data safety form…".
  // "Replace `[RETENTION PERIOD]` with the real retention period.", "Swap the sample address with your actual one": the
  // template telling its adopter to put in the real value, whatever the object is written as.
  {
    id: 'replace-with-real',
    kind: 'drafting-note',
    source: String.raw`\b(?:replace|swap|substitute|change)\s[^.\n]{1,80}?\swith\s{1,3}(?:the\s{1,3}|your\s{1,3})?(?:real|actual|correct|own|final)\b`,
    flags: 'i',
    priority: 21,
    refine: (m, ctx) => (sentenceStart(ctx.text, m.index) ? banner(m, ctx) : false),
  },
  { id: 'console-instruction', kind: 'drafting-note', source: CONSOLE.source, flags: 'i', priority: 21, refine: consoleInstruction },
  // "The developer must not market the game as…": an obligation put on the developer, in a template.
  {
    id: 'developer-obligation',
    kind: 'drafting-note',
    source: '\\b[Tt]he\\s{1,3}(?:developer|drafter|publisher|app\\s{1,3}owner)\\s{1,3}(?:must|should|needs?\\s{1,3}to|has\\s{1,3}to)\\b',
    flags: '',
    priority: 21,
    refine: (m, ctx) => (sentenceStart(ctx.text, m.index) ? banner(m, ctx, true) : false),
  },
  // "You are free to copy and use this privacy policy…", "Copy everything from below here:": a template's own terms of use.
  {
    id: 'template-licence',
    kind: 'drafting-note',
    source: '\\b(?:you|feel|copy|paste)\\b',
    flags: 'i',
    priority: 21,
    refine: (m, ctx) => {
      const terms = tail(ctx, m.index, TEMPLATE_LICENCE);
      if (!terms) return false;
      const said = sentenceOf(m, ctx);
      // "You are free to copy and adapt this policy" is also how a published policy states its own licence: only in a
      // document that is visibly a template. "Copy everything below" is an instruction in any document.
      return said && /\b(?:policy|template|text|below|above|notice)\b/i.test(said) ? banner(m, ctx, !/^(?:copy|paste)/i.test(terms[0])) : false;
    },
  },
  // "Dies ist eine Vorlage…", "Remplacez ce texte par…", "Sustituya este texto…", "Dit is een sjabloon…": the
  // template's own status and its instructions to the author, in the languages templates come in.
  // Latin-script notes; Cyrillic ones below, matched with case (no look-behind, which would be tried everywhere).
  {
    id: 'note-elsewhere',
    kind: 'drafting-note',
    source: `\\b(?:${NOTES_ELSEWHERE.join('|')})(?![${LETTERS_BEYOND_ASCII}])`,
    flags: 'i',
    priority: 21,
    refine: noteElsewhere,
  },
  {
    id: 'note-elsewhere-cyrillic',
    kind: 'drafting-note',
    source: `(?:${NOTES_ELSEWHERE_CYRILLIC.join('|')})(?![${LETTERS_BEYOND_ASCII}])`,
    flags: '',
    priority: 21,
    refine: noteElsewhere,
  },
  {
    id: 'instruction-elsewhere',
    kind: 'drafting-note',
    source: `(?:${INSTRUCTIONS_ELSEWHERE.join('|')})(?![${LETTERS_BEYOND_ASCII}])`,
    flags: 'i',
    priority: 21,
    refine: instructionElsewhere,
  },
  {
    // "请在此处填写公司名称。", "ここに会社名を入力してください。", "여기에 회사명을 입력하세요.": a fill-in instruction in a sentence.
    id: 'instruction-cjk',
    kind: 'drafting-note',
    source: '(?:请|請)(?:在此处|在此處|在这里|在這裡)?(?:填写|填寫|填入|输入|輸入)|ここに[^。\\r\\n]{1,20}(?:を)?(?:入力|記入)して|여기에[^.\\r\\n]{1,20}(?:입력|기재)하',
    flags: '',
    priority: 21,
    // (inside a bracket, "［請填入公司名稱］", it is the slot's own words: the bracket is the finding)
    refine: (m, ctx) => (/[［【〔[(（「]\s{0,2}$/.test(ctx.text.slice(Math.max(0, m.index - 3), m.index)) ? false : banner(m, ctx)),
  },
  {
    id: 'instruction-elsewhere-cyrillic',
    kind: 'drafting-note',
    source: `(?:${INSTRUCTIONS_ELSEWHERE_CYRILLIC.join('|')})(?![${LETTERS_BEYOND_ASCII}])`,
    flags: '',
    priority: 21,
    refine: instructionElsewhere,
  },
  // "This section should include: …", "The paragraph must describe the safeguards.", "Here, provide details on
  // children's privacy.", "In this section, list every processor.": what a part of the document is still to say.
  // Not "This section explains how…" (it does), "This section should be read with…", "Here you can provide feedback".
  {
    id: 'section-content',
    kind: 'drafting-note',
    // (found from the part's noun, far rarer than "the", and read back to "this"/"the")
    source: String.raw`\b(?:section|paragraph|part|clause|subsection|page)\s{1,3}(?:should|must|needs?\s{1,3}to|has\s{1,3}to|will\s{1,3}need\s{1,3}to|is\s{1,3}to)\s{1,3}(?:include|contain|describe|explain|list|cover|state|set\s{1,3}out|mention|outline|detail|specify|identify|summari[sz]e|address|disclose)\b`,
    flags: 'i',
    priority: 22,
    refine: (m, ctx) => {
      const subject = /\b(?:this|the)\s{1,3}$/i.exec(ctx.text.slice(Math.max(0, m.index - 8), m.index));
      return subject && sentenceStart(ctx.text, m.index - subject[0].length) ? banner(m, ctx) : false;
    },
  },
  {
    id: 'here-instruction',
    kind: 'drafting-note',
    // ("In this section" found from "this", and read back to "in")
    source: String.raw`\b(?:here|this\s{1,3}(?:section|paragraph|part|space))\s{0,2}[,:–—-]\s{0,3}(?:please\s{1,3})?(?:provide|describe|explain|list|specify|include|state|insert|add|outline|detail|mention|summari[sz]e|identify|enter|write|set\s{1,3}out|give)\s{1,3}(?!us\b|me\b)`,
    flags: 'i',
    priority: 22,
    refine: (m, ctx) => {
      const opens = /^here/i.test(m[0]) ? m.index : m.index - (/\bin\s{1,3}$/i.exec(ctx.text.slice(Math.max(0, m.index - 6), m.index))?.[0].length ?? m.index + 1);
      return opens >= 0 && sentenceStart(ctx.text, opens) ? banner(m, ctx) : false;
    },
  },
  // "The generated document is for information only", "Le présent outil est mis à votre disposition gratuitement": a
  // generator's words to the person who used it, left at the top of its output.
  {
    id: 'generator-note',
    kind: 'drafting-note',
    // (found from the rarer word, and read back to its article: "the", "le", "el", "das", "le présent", "cet")
    source: String.raw`\bgenerated\s{1,3}(?:document|policy|text|notice)\b|\bdocument\s{1,3}généré|\bdocumento\s{1,3}generado|\bgenerierte\s{1,3}dokument|\boutil\s{1,3}est\s{1,3}mis\s{1,3}à\s{1,3}(?:votre|ta)\s{1,3}disposition`,
    flags: 'i',
    priority: 21,
    refine: (m, ctx) => (/(?:\b(?:the|this|le|el|das)|\ble\s{1,3}présent|\bcet)\s{1,3}$/i.test(ctx.text.slice(Math.max(0, m.index - 14), m.index)) ? generatorNote(m, ctx) : false),
  },
  // "Let me know if you want a shorter version", "Feel free to adjust the periods", "Want me to add a cookies section?",
  // "I've kept the wording close to the template; tweak as needed", "Here's a draft policy for your app:": a note to
  // the author in a conversation's voice, left in a draft that a person or an assistant wrote for someone else.
  { id: 'chat-note', kind: 'drafting-note', source: CHAT_OPENING, flags: 'i', priority: 21, refine: chatNote },
  // "위 템플릿은 기본적인 구조를 제공합니다.", "本模板仅供参考": a sentence that calls the document a template.
  {
    id: 'template-word',
    kind: 'drafting-note',
    source: '(?:이|위|본|해당)\\s?템플릿|템플릿입니다|(?:この|本|上記の?)(?:テンプレート|ドラフト)|テンプレートです|(?:本|此|该|該)(?:模板|范本)|(?:模板|范本)(?:仅供|僅供)',
    flags: '',
    priority: 21,
    refine: (m, ctx) => {
      const title = titleMarker(ctx.text, m.index, m.index + m[0].length, ctx.skip);
      return title ? { span: title } : banner(m, ctx);
    },
  },
  // "Not legal advice — adapt with counsel", "Esta plantilla no es asesoramiento legal", "keine Rechtsberatung", "לא
  // ייעוץ משפטי": a template's or a draft's own status. Said of the draft (or opening the banner), a placeholder in any
  // document; said of anything else ("This policy is not legal advice"), only in a document that is visibly a template.
  {
    id: 'not-legal-advice',
    kind: 'drafting-note',
    source: String.raw`\bnot\s{1,3}(?:intended\s{1,3}as\s{1,3}|a\s{1,3}substitute\s{1,3}for\s{1,3})?legal\s{1,3}advice\b|\bn[ãa]o\s{1,3}(?:é|e|constitui)\s{1,3}(?:um\s{1,3})?(?:aconselhamento|parecer|assessoria)\s{1,3}jur[íi]dic[oa]|\bno\s{1,3}(?:es|constituye)\s{1,3}(?:un\s{1,3})?asesoramiento\s{1,3}(?:legal|jur[íi]dico)|\bne\s{1,3}constitue\s{1,3}pas\s{1,3}un\s{1,3}(?:avis|conseil)\s{1,3}juridique|\bkeine\s{1,3}Rechtsberatung|\bnon\s{1,3}costituisce\s{1,3}(?:una\s{1,3})?consulenza\s{1,3}legale|\bgeen\s{1,3}juridisch\s{1,3}advies|\bbukan\s{1,3}(?:merupakan\s{1,3})?nasihat\s{1,3}hukum|ייעוץ\s{1,3}משפטי|юридическ(?:ой|ую)\s{1,3}консультаци(?:ей|ю)`,
    flags: 'i',
    priority: 22,
    refine: (m, ctx) => {
      const span = bannerSpan(ctx.text, m.index, m.index + m[0].length, ctx.skip);
      if (!span) return false;
      const said = ctx.text.slice(span.start, span.end);
      const opens = /^[\s*_>]*$/.test(ctx.text.slice(span.start, m.index));
      const own = opens || ABOUT_THE_DRAFT.test(said.replace(m[0], '')) || /\b(?:this|the)\s+(?:document|template|draft)\b|(?<!\p{L})(?:esta|este|diese[rs]?|ce|cette|questo|questa|dit|deze)\s+\p{L}+|מסמך\s+זה/iu.test(said);
      return { span: withFollowing(ctx.text, span, ctx.skip), ...(own ? {} : { weak: true }) };
    },
  },
  // "Consult with qualified legal counsel…", "Adjust the legal bases with counsel if…", "we recommend a lawyer's review",
  // "empfehlen wir die Prüfung durch einen Rechtsanwalt", "Revísalo con un abogado": the draft sent for legal review.
  // Not a reader told "you may consult a lawyer of your choice".
  {
    id: 'legal-review',
    kind: 'drafting-note',
    source: String.raw`\b(?:(?:legal\s{1,3})?counsel|lawyers?|attorneys?|solicitors?|legal\s{1,3}(?:professionals?|experts?|advis[eo]rs?)|(?:Rechts)?[Aa]nw[äa]lt\w{0,4}|Rechtsexpert\w{0,3}|Jurist\w{0,3}|abogad[oa]s?|advogad[oa]s?|avocats?|avvocat[oi]|advocaat|consultor(?:es)?|asesor(?:es)?\s{1,3}legal(?:es)?|apoio\s{1,3}legal|conseil\s{1,3}juridique)\b|юрист\S{0,3}|хуульч\S{0,4}|עו"ד|עורכ?ת?\s{1,3}דין`,
    flags: 'i',
    priority: 21,
    refine: (m, ctx) => {
      const span = bannerSpan(ctx.text, m.index, m.index + m[0].length, ctx.skip);
      if (!span) return false;
      // (after a short label: "**Recommendation**: Have this reviewed by…", "Tip: get it checked by a lawyer")
      const said = ctx.text.slice(span.start, span.end).replace(/^[\s*_>#\-–—•\d.)(]*/, '');
      const asks = [said, said.replace(NOTE_LEAD, '')].some((t) => LEGAL_REVIEW_IMPERATIVE.test(t) || LEGAL_REVIEW_ADVICE.test(t));
      return asks ? { span: withFollowing(ctx.text, span, ctx.skip) } : false;
    },
  },
  // "Avant publication, complétez…", "Vor der Veröffentlichung … ergänzen", "Перед публикацией проверьте…", "לפני
  // פרסום": what the drafter must do before publishing, in other languages — not "comments are moderated before publication".
  {
    id: 'before-publishing-elsewhere',
    kind: 'drafting-note',
    source: String.raw`\bantes\s{1,3}da\s{1,3}publica[çc][ãa]o|\bantes\s{1,3}de\s{1,3}(?:publicar|la\s{1,3}publicaci[óo]n|a\s{1,3}publica[çc][ãa]o)|\bavant\s{1,3}(?:de\s{1,3}publier|(?:la\s{1,3})?publication|la\s{1,3}mise\s{1,3}en\s{1,3}ligne)|\bvor\s{1,3}(?:der\s{1,3})?Ver[öo]ffentlichung|\bprima\s{1,3}(?:della\s{1,3}pubblicazione|di\s{1,3}pubblicare)|\bvoor\s{1,3}(?:publicatie|het\s{1,3}publiceren)|\bsebelum\s{1,3}(?:dipublikasikan|publikasi|aplikasi\s{1,3}dirilis|dirilis)`,
    flags: 'i',
    priority: 21,
    refine: beforePublishingElsewhere,
  },
  {
    id: 'before-publishing-script',
    kind: 'drafting-note',
    source: String.raw`(?:[Пп]еред\s{1,3}публикацией|[Дд]о\s{1,3}публикации|[Нн]ийтлэхийн\s{1,3}өмнө|לפני\s{1,3}ה?פרסום|公開前|发布前|發布前|게시\s?전)`,
    flags: '',
    priority: 21,
    refine: beforePublishingElsewhere,
  },
  // "Describe your concrete policy here", "Ensure your hosting platform is configured…", "See your Firebase project
  // documentation", "Remove rows for any module you disabled", "Descreve aqui a tua política concreta": an instruction to
  // whoever adopts the template, about their own setup — not the reader's "Review your privacy settings".
  {
    id: 'adopter-instruction',
    kind: 'drafting-note',
    source: String.raw`\b(?:adjust|adapt|tailor|customi[sz]e|describe|document|ensure|review|replace|specify|list|add|remove|delete|confirm|verify|update|insert|define|choose|decide|configure|align|consider|check|see|mark|set|descreve|descreva|documenta|documente|ajusta|ajuste|adapta|adapte|indica|indique|define|defina|ver|substitui|substitua|preenche|preencha|describa|sustituye|sustituya|completa|complete)\s`,
    flags: 'i',
    priority: 21,
    refine: (m, ctx) => {
      if (!sentenceStart(ctx.text, m.index)) return false;
      const said = sentenceOf(m, ctx);
      if (!said || !ADOPTER_SETUP.test(said)) return false;
      // Self-hosted software tells its operator-reader "Configure your instance…" in finished text too: without a
      // drafter's own cue (counsel, "your concrete policy", "here"), only in a document that is visibly a template.
      return banner(m, ctx, !ADOPTER_STRONG.test(said));
    },
  },
  // "**Before-publish checklist:**", "**Required Customization**:", "Setup Instructions:": the label
  // of what the adopter must still do, with the list it introduces.
  {
    id: 'adopter-lead-in',
    kind: 'drafting-note',
    source: String.raw`\b(?:before[-\s]publish(?:ing)?|pre[-\s]?(?:publish(?:ing)?|publication|launch|release)|publishing|set-?up|operator|deployment|go-live)\s{1,3}(?:checklist|instructions|steps)\b|\brequired\s{1,3}customi[sz]ations?\b|\bcustomi[sz]ations?\s{1,3}(?:required|needed|checklist|steps)\b|\((?:copy|copiar|copie)\s{1,3}(?:and|e|y|et|und)\s{1,3}(?:adapt|adaptar|adapter|anpassen|customi[sz]e|edit)\)`,
    flags: 'i',
    priority: 22,
    refine: (m, ctx) => {
      const before = linePrefix(ctx.text, m.index, 120);
      // The label opens its line, or a heading names the copy-and-adapt text.
      if (before === undefined || !(/^[\s>#*_|-]*$/.test(before) || (m[0].startsWith('(') && /^\s{0,3}#{1,6}\s/.test(before)))) return false;
      const span = bannerSpan(ctx.text, m.index, m.index + m[0].length, ctx.skip);
      return span ? { span: withFollowing(ctx.text, span, ctx.skip) } : false;
    },
  },
  // "> **Hosting Note:** … Ensure your platform is configured…", "**Canadian Organisations:** If …, ensure your hosting
  // platform stores…": a labelled note whose paragraph speaks to whoever adopts the template — only in a visible template.
  {
    id: 'adopter-note',
    kind: 'drafting-note',
    source: String.raw`^[ \t>]{0,6}\*\*[^*\r\n]{2,60}:\*\*`,
    flags: 'm',
    priority: 21,
    refine: (m, ctx) => {
      const block = blockAround(ctx.text, m.index + m[0].length, ctx.skip, MAX_NOTE);
      if (!block) return false;
      const said = ctx.text.slice(block.start, block.end);
      return ADOPTER_SETUP.test(said) || /\b(?:ensure|document|consider|configure)\s+(?:your|using)\b/i.test(said) ? { span: block, weak: true } : false;
    },
  },
  // "This section is a placeholder and will be expanded later.", "Coming soon: how we protect…", "More details to follow.":
  // a part of the document still to be written (not "New features are coming soon to the app").
  {
    id: 'to-be-written',
    kind: 'drafting-note',
    source: String.raw`\b(?:this|the)\s{1,3}(?:section|paragraph|page|part|clause)\s{1,3}(?:is\s{1,3}(?:a|only\s{1,3}a)\s{1,3}placeholder|will\s{1,3}be\s{1,3}(?:expanded|completed|written|added|filled\s{1,3}in|updated)\s{1,3}(?:later|soon|shortly))\b|\bcoming\s{1,3}soon\b|\bmore\s{1,3}(?:details|information|to\s{1,3}come)\s{1,3}(?:to\s{1,3}follow|coming\s{1,3}soon|soon)\b`,
    flags: 'i',
    priority: 21,
    refine: (m, ctx) => {
      if (!sentenceStart(ctx.text, m.index)) return false;
      // "Coming soon" as a label: followed by a colon, or the end of its sentence.
      if (/^coming/i.test(m[0]) && !/^[\s*_]*(?:[:.!]|$|\r|\n)/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 6))) return false;
      return banner(m, ctx);
    },
  },
  // "Status: Awaiting client input", "**Document status:** pending sign-off", "Estado: borrador", "Statut : en cours de
  // relecture", "状态：待审核", "Κατάσταση εγγράφου: Προσχέδιο": a line that gives the document's unfinished status — not
  // "Status: active" nor "Your account status: verified".
  {
    id: 'status-line',
    kind: 'drafting-note',
    // (Latin words from "\b", other scripts from their capital or their first character: see ARCHITECTURE.md)
    source: String.raw`\b(?:(?:document|policy|draft|review|approval|publication|legal)\s{1,3})?(?:status|estado|statut|stato|situa[çc][ãa]o|stav|durum)(?:\s{1,3}(?:del?\s{1,3}documento|du\s{1,3}document|des\s{1,3}Dokuments|do\s{1,3}documento))?[*_]{0,2}\s{0,2}[:：][*_]{0,2}|(?:[Сс]татус(?:\s{1,3}документа)?|状态|狀態|ステータス|상태|Κατάσταση(?:\s{1,3}εγγράφου)?)[*_]{0,2}\s{0,2}[:：][*_]{0,2}`,
    flags: 'i',
    priority: 22,
    refine: (m, ctx) => {
      // (front matter's "status: draft" is metadata)
      if (ctx.frontMatter && m.index < ctx.frontMatter.end) return false;
      const before = linePrefix(ctx.text, m.index, 120);
      if (before === undefined || !/^[\s>#*_+•|-]*$/.test(before)) return false;
      return tail(ctx, m.index + m[0].length, UNFINISHED_STATUS) ? banner(m, ctx) : false;
    },
  },
  // "← replace before publishing", "<- update this", "← 替换为实际邮箱": an arrow pointing at what the drafter must change.
  {
    id: 'arrow-note',
    kind: 'drafting-note',
    source: String.raw`(?:←|⟵|⇐|<--?(?![-!>]))[ \t]{0,3}[*_]{0,2}`,
    flags: '',
    priority: 22,
    refine: (m, ctx) => {
      const end = lineEnd(ctx.text, m.index, 300);
      // In languages that put the verb last, the instruction ends the note: "← **実際のメールアドレスに置き換える**".
      if (!tail(ctx, m.index + m[0].length, ARROW_INSTRUCTION) && !(end - m.index <= 80 && ARROW_INSTRUCTION_LAST.test(ctx.text.slice(m.index, end)))) return false;
      const span = trimmed(ctx.text, m.index, end, ctx.skip);
      return span ? { span } : false;
    },
  },
  // "Here is a proposed translation of the policy:", "Voici une proposition de traduction…", "Aquí tienes una
  // traducción…", "以下是隐私政策的翻译": a translator's or an assistant's preamble — not "We offer a translation".
  {
    id: 'translation-preamble',
    kind: 'drafting-note',
    source: String.raw`\b(?:here\s{1,3}is|here['’]s|below\s{1,3}is|voici|voilà|aquí\s{1,3}(?:tienes|tiene|está|va)|a\s{1,3}continuación\s{1,3}(?:tienes|se\s{1,3}presenta)|hier\s{1,3}(?:ist|is|die|der)|nachfolgend|ecco|segue|eis|oto)\s`,
    flags: 'i',
    priority: 21,
    refine: (m, ctx) => {
      if (!sentenceStart(ctx.text, m.index)) return false;
      const said = sentenceOf(m, ctx);
      return said && TRANSLATION.test(said) && !/\b(?:available|disponible|verfügbar|disponibile|beschikbaar|dispon[íi]vel)\b/i.test(said) ? banner(m, ctx) : false;
    },
  },
  // "None of items 1–7 are things I can resolve from the codebase", "I can't verify the retention period from the
  // repository", "Flagging these explicitly per your request", "As an AI language model…": an assistant's reply to the
  // person who asked, left in the draft — not a solo developer's "I cannot access your messages".
  {
    id: 'assistant-reply',
    kind: 'drafting-note',
    source: String.raw`\bas\s{1,3}an\s{1,3}ai\b|\bI\s{1,3}(?:can(?:not|['’]t|\s{1,3}not)?|could(?:n['’]t|\s{1,3}not)?|am\s{1,3}(?:not\s{1,3}able|unable)\s{1,3}to)\s{1,3}(?:resolve|verify|confirm|determine|infer|tell)\b|\b(?:as\s{1,3})?per\s{1,3}your\s{1,3}request\b|\bas\s{1,3}you\s{1,3}(?:requested|asked)\b`,
    flags: 'i',
    priority: 21,
    refine: (m, ctx) => {
      const said = sentenceOf(m, ctx);
      if (!said) return false;
      const body = said.replace(/^[\s*_>#\-–—•\d.)(]*/, '');
      if (/^as\s+an\s+ai/i.test(m[0])) return banner(m, ctx);
      // "I can't resolve …" about the draft or the code it was written from; "per your request" from a first person or
      // opening a participle clause ("Flagging these per your request").
      const ok = /^I\b/i.test(m[0]) ? ASSISTANT_CONTEXT.test(said) : /^\p{L}+ing\b/iu.test(body) || /(?<![\p{L}])I(?:['’](?:ve|m|ll))?(?![\p{L}])/u.test(said);
      return ok ? banner(m, ctx) : false;
    },
  },
  // "本文為草稿，尚未生效", "本文件尚未經律師審閱", "保存期限仍待管理層核准", "この文書は草案です", "본 문서는 초안입니다": the
  // document says it is a draft, unreviewed or awaiting a decision — not "用户可以保存草稿" (drafts a user saves).
  {
    id: 'draft-statement-cjk',
    kind: 'drafting-note',
    source: String.raw`(?:本文|本文件|本政策|本版本|本聲明|本声明|本草案|此文件)[^。！？\n]{0,12}?(?:為|为|是|仍是|乃)[^。！？\n]{0,6}?(?:草稿|草案|初稿|範本|范本)|(?:本文|本文件|本政策|本版本|本聲明|本声明)[^。！？\n]{0,10}?尚未(?:經|经)?(?:過|过)?[^。！？\n]{0,12}?(?:審閱|审阅|審查|审查|審核|审核|核准|批准|生效)|(?:仍待|尚待|仍須由|仍须由)[^。！？\n]{0,24}?(?:核准|批准|審核|审核|決定|决定|確認|确认|定案|審閱|审阅)|(?:為|为)待(?:核准|批准|審核|审核|確認|确认)(?:之)?(?:草案|草稿)|(?:仍待|尚待|須待|须待)\s{0,12}(?:[A-Z]{1,4}-\d{1,4}|確認|确认|核准|批准|決定|决定|定案)|(?:仍須由|仍须由)[^。！？]{0,40}?[A-Z]{1,4}-\d{1,4}|尚未(?:經|经)?(?:核准|批准|定案)|仍在(?:確認|确认|討論|讨论|評估|评估)中|(?:草稿|草案)[，,、]\s?尚未生效|(?:この|本)(?:文書|ポリシー|規約|ページ)は[^。\n]{0,6}?(?:草案|ドラフト|下書き)|以下(?:是|为|為|は)[^。\n]{0,30}?(?:翻译|翻譯|翻訳)|(?:본|이)\s?(?:문서|방침|정책)(?:은|는)\s?(?:초안|템플릿)|请勿发布|請勿發布|請勿公開|请勿公开|公開しないでください|公開禁止|게시\s?금지`,
    flags: '',
    priority: 21,
    refine: (m, ctx) => banner(m, ctx),
  },
  // "Modelo técnico — não publicar", "Borrador — no publicar", "Entwurf – nicht veröffentlichen", "ne pas publier": a stamp
  // forbidding publication — not "você pode optar por não publicar seu perfil".
  {
    id: 'do-not-publish-elsewhere',
    kind: 'drafting-note',
    source: String.raw`\b(?:n[ãa]o|no)\s{1,3}publicar\b|\bne\s{1,3}pas\s{1,3}(?:publier|diffuser)\b|\bnicht\s{1,3}veröffentlichen\b|\bnon\s{1,3}pubblicare\b|\bniet\s{1,3}publiceren\b|\bnie\s{1,3}publikować\b|\bnu\s{1,3}publica[țt]i\b|\byayınlamayın\b`,
    flags: 'i',
    priority: 22,
    refine: (m, ctx) => {
      const before = linePrefix(ctx.text, m.index, 200) ?? '';
      return sentenceStart(ctx.text, m.index) || /\s[—–-]\s*[*_]{0,2}$/.test(before) ? banner(m, ctx) : false;
    },
  },
  // "Definir versão e data efetiva antes…", "Preencher o nome do controlador", "Não inferir uma base legal…", "Rellenar con
  // los datos del responsable": an infinitive instruction to the drafter opening a paragraph (not a list item: a list of
  // rights may open with infinitives).
  {
    id: 'infinitive-instruction',
    kind: 'drafting-note',
    source: String.raw`\b(?:(?:n[ãa]o|no)\s)?(?:definir|preencher|substituir|inserir|completar|rellenar|sustituir|reemplazar|inferir|informar\sa\sbase|revisar\sesta|adaptar\sesta|adaptar\seste)\s`,
    flags: 'i',
    priority: 21,
    refine: (m, ctx) => {
      const before = linePrefix(ctx.text, m.index, 200);
      if (before === undefined) return false;
      // Opens the paragraph (after a note's label at most), or follows a bracketed note's end.
      const opens = /^[\s>#*_]*$/.test(before) || /\][*_]{0,2}[.:]?\s+$/.test(before);
      return opens && !LIST_ITEM.test(ctx.text.slice(m.index - before.length, m.index + 1)) ? banner(m, ctx) : false;
    },
  },
  // "The final policy must list each processor", "A política final deve identificar…", "La política final debe…": what
  // the finished text still has to say.
  {
    id: 'final-version-must',
    kind: 'drafting-note',
    source: String.raw`\b(?:the\s{1,3}final\s{1,3}(?:policy|notice|version|text|document)|a\s{1,3}(?:pol[íi]tica|vers[ãa]o)\s{1,3}final|la\s{1,3}(?:pol[íi]tica|versi[óo]n)\s{1,3}final|la\s{1,3}(?:politique|version)\s{1,3}finale|die\s{1,3}(?:endgültige|finale)\s{1,3}(?:Fassung|Version|Datenschutzerklärung)|l['’]informativa\s{1,3}finale|de\s{1,3}definitieve\s{1,3}(?:versie|tekst))\s{1,3}(?:must|should|needs?\s{1,3}to|will\s{1,3}need\s{1,3}to|has\s{1,3}to|deve|devem|precisa|debe|deber[áa]|necesita|doit|devra|muss|sollte|dovr[àa]|moet)\b`,
    flags: 'i',
    priority: 21,
    refine: (m, ctx) => (sentenceStart(ctx.text, m.index) ? banner(m, ctx) : false),
  },
  // "Confirm whether an EU representative is required", "Check if the processor signed the DPA", "Decide whether…": a
  // question left open for the drafter — not the reader's "Check whether your browser accepts cookies".
  {
    id: 'open-question',
    kind: 'drafting-note',
    source: String.raw`\b(?:confirm|check|verify|decide|determine|clarify|establish|find\s{1,3}out)\s{1,3}(?:whether|if)\s`,
    flags: 'i',
    priority: 21,
    refine: (m, ctx) => {
      if (!sentenceStart(ctx.text, m.index)) return false;
      const said = sentenceOf(m, ctx);
      return said && !/\b(?:you|your|yours)\b/i.test(said) ? banner(m, ctx) : false;
    },
  },
  // "Guarda Notas is the working name of this app", "es el nombre provisional", "Arbeitstitel": a name not settled yet.
  {
    id: 'provisional-name',
    kind: 'drafting-note',
    source: String.raw`\b(?:working|provisional|tentative|placeholder)\s{1,3}(?:name|title)\b|\bnombre\s{1,3}provisional\b|\bnome\s{1,3}(?:provis[óo]rio|provvisorio)\b|\bnom\s{1,3}provisoire\b|\bArbeitstitel\b|\bwerktitel\b|\bwerknaam\b`,
    flags: 'i',
    priority: 21,
    refine: (m, ctx) => banner(m, ctx),
  },
];

/** What makes a sentence with a lawyer in it a request for legal review: an instruction opening it, or advice to get one. */
const LEGAL_REVIEW_IMPERATIVE =
  /^(?:consider\s+(?:consulting|having|getting|seeking|asking)|consult|review|check|have|get|seek|run|adjust|adapt|tailor|discuss|verify|confirm|ajusta|ajuste|adapta|adapte|revisa|rev[íi]salo|revise|consulta|consulte|rev[êe]|verifica|faites|consultez|prüfen|lassen\s+sie)\b/i;
/** A short label before a note's sentence: "**Recommendation**:", "Tip:". */
const NOTE_LEAD = /^\p{L}[\p{L} ]{0,24}[*_]{0,2}\s{0,2}[:：]\s{0,2}[*_]{0,2}\s*/u;
const LEGAL_REVIEW_ADVICE =
  /\b(?:lawyers?|counsel|attorneys?|solicitors?|legal(?:\s+team)?)\s+(?:should|must|needs?\s+to|to)\s+(?:confirm|check|review|verify|decide|advise|approve|assess)\b|\b(?:recommend(?:ed|s)?|advis(?:ed|able)|should\s+be\s+reviewed|must\s+be\s+reviewed|empfehlen|empfohlen|recomend(?:a|amos|ado|ável)|recomiend[ao]|recomendamos|recommand(?:é|ons|e)|consigliat[oa]|raden\s+aan|рекомендуем|рекомендуется)\b|prüfen\s+lassen|Prüfung\s+durch|מומלץ|хянуул/i;

/** What a status line says of an unfinished document: awaiting, pending, draft, under review — in the languages templates come in. */
const UNFINISHED_STATUS =
  /^[\s*_]*(?:awaiting|pending|draft|in\s+(?:progress|review|draft)|under\s+(?:review|revision|discussion|construction)|not\s+(?:yet\s+)?(?:final|approved|reviewed|published|live)|work\s+in\s+progress|wip\b|for\s+(?:review|comment|internal)|to\s+be\s+(?:reviewed|approved|confirmed|completed)|unreviewed|unapproved|preliminary|proposed|borrador|pendiente|en\s+revisi[óo]n|en\s+(?:cours|attente)|brouillon|à\s+valider|bozza|in\s+(?:revisione|attesa|bearbeitung|abstimmung|prüfung)|entwurf|ausstehend|vorläufig|concept|rascunho|em\s+revis[ãa]o|pendente|minuta|koncept|návrh|taslak|черновик|на\s+согласовании|草稿|草案|待|審核中|审核中|下書き|ドラフト|レビュー待ち|初稿|초안|검토\s?중|Προσχέδιο|Σχέδιο)/iu;
/** What an arrow points at when it is the drafter's: an instruction to change the value, in several languages. */
const ARROW_INSTRUCTION =
  /^(?:replace|change|update|edit|fill|insert|add|remove|delete|adjust|set|put|customi[sz]e|confirm|check|verify|todo|tbd|fixme|your\s+(?:own|real|actual)|ersetzen|anpassen|ändern|eintragen|ergänzen|remplacer|modifier|compléter|reemplazar|cambiar|completar|sustituir|substituir|alterar|preencher|sostituire|modificare|inserire|vervangen|aanpassen|invullen|zamień|uzupełnij|замените|укажите|替换|修改|填写|填入|置き換え|変更|入力|교체|수정|입력)/i;
/** The verbs of ARROW_INSTRUCTION in Japanese and Korean, which end the instruction ("実際の住所を記入", "실제 주소로 교체"). */
const ARROW_INSTRUCTION_LAST = /(?:置き換え|置換|差し替え|書き換え|記入|入力|変更|更新|교체|수정|입력|기입|변경|바꿔|바꾸)\p{L}{0,6}[*_]{0,2}\s*$/u;
/** A translation named in a preamble. */
const TRANSLATION = /(?<![\p{L}])(?:translat|traduc|tradu[çc]|übersetz|traduzion|vertaling|tłumaczeni|перевод)|翻译|翻譯|翻訳|번역/iu;
/** An assistant's words about the draft it was asked for: numbered items, the code it read, the asker's request or input. */
const ASSISTANT_CONTEXT =
  /\b(?:items?\s+\d|repo(?:sitory)?|code(?:base)?|source|from\s+(?:inside|here|what\s+I)|(?:your|the)\s+(?:request|input|answers?|decision|confirmation)|you(?:['’]ll|\s+will)?\s+(?:need|have)\s+to|left\s+(?:it|them|this|these)\s+(?:blank|open|as)|placeholders?|this\s+(?:conversation|chat|session))\b/i;

/** The drafter's part in a sentence about publishing, in other languages: an instruction, an obligation or a lawyer. */
const BEFORE_ELSEWHERE_CUE =
  /\b(?:complétez|compléter|vérifiez|adaptez|remplacez|faites|relisez|il\s+faut|doit|doivent|à\s+compléter|completa|complete|completar|revisa|revise|revisar|rev[íi]salo|adapta|adapte|sustituye|reemplaza|debe|hay\s+que|rev[êe]|rever|substitui|substitua|preencher|preencha|definir|defina|confirmar|confirme|ajustar|ajuste|deve|ergänzen|prüfen|anpassen|ersetzen|überprüfen|muss|müssen|sollte|verificare|completare|sostituire|adattare|rivedere|controleren|invullen|aanpassen|vervangen|moet|harus|lengkapi|dilengkapi|periksa|abogad[oa]|advogad[oa]|avocat|avvocato|(?:rechts)?anwalt|advocaat|jurist)\b|проверьте|заполните|замените|укажите|необходимо|нужно|юрист|хуульч|хянуул|לבדוק|יעבור|עו"ד|עורך\s+דין|מומלץ|확인|検討|確認/i;

function beforePublishingElsewhere(m: RegExpExecArray, ctx: PatternContext): Refinement | false {
  const said = sentenceOf(m, ctx);
  return said && BEFORE_ELSEWHERE_CUE.test(said) ? banner(m, ctx) : false;
}

/** Cues in an adopter's instruction that no finished policy gives its reader. */
const ADOPTER_STRONG =
  /\b(?:legal\s+)?counsel\b|\blawyer\b|\battorney\b|\blegal\s+bases\b|\byour\s+(?:own\s+|concrete\s+|specific\s+|actual\s+)?(?:policy|process(?:es)?|procedures|practices)\b|\bhere\b|\b(?:rows?|columns?)\b|\b(?:module|feature)s?\s+you\s+(?:disabled|enabled|turned\s+off)\b|\bconsultor|advogado|abogado|pol[íi]tica\s+concreta|processo\b|proceso\b/i;

/** The adopter's own setup in an instruction: their instance, hosting, project, process, counsel; rows of the template. */
const ADOPTER_SETUP =
  /\byour\s+(?:\S+\s+){0,4}?(?:organi[sz]ation(?:['’]s)?\s+(?:specific|own|record|policy|policies|procedures?|backup)|instance|deployment|hosting|platform|infrastructure|codebase|project|process(?:es)?|procedures|legal\s+(?:team|counsel|bases)|counsel|lawyer|attorney)\b|\byour\s+(?:own|concrete|specific|actual)\s+(?:policy|practices?|setup|configuration|values?)\b|\b(?:legal\s+)?counsel\b|\blawyer\b|\battorney\b|\blegal\s+bases\b|\b(?:module|feature)s?\s+you\s+(?:disabled|enabled|turned\s+off|do\s+not\s+use)\b|^\S+\s+(?:rows?|columns?)\s+(?:for|that|which)\b|\b(?:teu|tua|seu|sua|tu|su)\s+(?:\S+\s+){0,2}?(?:projeto|proyecto|processo|proceso|inst[âa]ncia|consultor|advogado|abogado|asesor|pol[íi]tica\s+concreta)\b/i;

export const BANNER_PATTERNS: PlaceholderPattern[] = BANNER_SOURCES.map(afterEmphasis);

/** Sections that tell the document's own history ("Version history", "Changes to this policy"): "draft" there is history. */
export const HISTORY_HEADING = /\b(?:history|changelog|change\s+log|revisions?|versions?|amendments?|changes\s+to\s+this|updates\s+to\s+this|document\s+control)\b/i;
