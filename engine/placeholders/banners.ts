// Visible drafting banners and instructions to the author: "This is a DRAFT document and requires legal review before
// publication", "⚠️ PLACEHOLDER: customise before launch", "DRAFT — NOT FOR PUBLICATION", "Note to drafter: …",
// "Replace this text with…", "Customize this policy before use", "(update this section once the feature ships)".
// Each is reported at its own span — the banner's sentence, its line when the line holds nothing else, or its
// parenthesised group — never the paragraph after it.
//
// Not banners: "draft" in ordinary prose ("you may save a draft message"), a policy describing its own history
// ("version 1.0 (draft), March 2019" in a version-history section), instructions to the reader ("Please review this
// policy periodically", "Edit this page on GitHub").
import type { Span } from '../types.ts';
import type { PatternContext, PlaceholderPattern, Refinement } from './patterns.ts';
import { linePrefix } from './brackets.ts';

/** The longest line or sentence a banner may take; longer text is prose, not a banner. */
const MAX_BANNER = 400;

/**
 * The span of the banner that the match `from..to` belongs to: the bracketed or parenthesised group around it, else its
 * sentence (within its line), without list or emphasis markup at either end. Excluded text (tags, code) ends it.
 */
export function bannerSpan(text: string, from: number, to: number, skip: (offset: number) => boolean): Span | undefined {
  const group = enclosingGroup(text, from, to);
  if (group) return group;
  let start = from;
  for (let i = from - 1; i >= 0 && from - i <= MAX_BANNER; i--) {
    const c = text[i];
    if (c === '\n' || c === '\r') break;
    if (skip(i)) {
      // Inline markup ("<strong>DRAFT</strong>") is part of the line; any other excluded text ends the banner.
      const tag = c === '>' ? inlineTagBefore(text, i) : -1;
      if (tag < 0) break;
      i = tag;
      continue;
    }
    if (/[.!?]/.test(c) && /\s/.test(text[i + 1] ?? '') && !abbreviation(text, i)) break;
    start = i;
  }
  let end = to;
  for (let i = to; i < text.length && i - to <= MAX_BANNER; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') break;
    if (skip(i)) {
      const tag = c === '<' ? inlineTagAfter(text, i) : -1;
      if (tag < 0) break;
      i = tag - 1;
      continue;
    }
    end = i + 1;
    if (/[.!?]/.test(c) && /^(?:\s|$)/.test(text[i + 1] ?? '') && !abbreviation(text, i)) break;
  }
  while (start < end && (/[\s>#*_+|-]/.test(text[start]) || skip(start))) start++;
  while (end > start && (/[\s*_|]/.test(text[end - 1]) || skip(end - 1))) end--;
  return end - start > 0 && end - start <= MAX_BANNER ? { start, end } : undefined;
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

/** "e.g.", "i.e.", "etc.", "v0.3", "No. 5": a period that does not end a sentence. */
function abbreviation(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 4), dot + 1);
  return /(?:\b[eE]\.g|\b[iI]\.e|\betc|\bvs|\bNo|\bapprox)\.$/.test(before) || /\d/.test(text[dot + 1] ?? '');
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
    /[.!?:]["'”’)\]*_]*\s+[*_(\[]*$/.test(rest) ||
    /[([]\s*$/.test(rest) ||
    /(?:note|drafting note|todo)\s*[:–—-]\s*$/i.test(rest)
  );
}

/** A refinement reporting the banner around the match as a drafting note, labelled with its text. */
function banner(m: RegExpExecArray, ctx: PatternContext): Refinement | false {
  const span = bannerSpan(ctx.text, m.index, m.index + m[0].length, ctx.skip);
  return span ? { span } : false;
}

/** What follows `at` (a bounded window), matched by `re` anchored there: the patterns' tails, kept out of the pattern
 * sources so that each source stays simple enough for the backtracking check. */
function tail(ctx: PatternContext, at: number, re: RegExp): RegExpExecArray | null {
  return re.exec(ctx.text.slice(at, at + 200));
}

/** Subjects that make a sentence about the document itself: "This policy", "The document", "This template". */
const SELF = String.raw`(?:this|the)\s+(?:privacy\s+)?(?:policy|notice|statement|document|text|page|draft|template|version|agreement|terms)`;
/** Status words that say the document is not finished. */
const UNFINISHED = String.raw`(?:(?:an?\s+)?(?:(?:working|preliminary|initial|first|rough|early|internal|sample)\s+)?(?:draft|template|placeholder|work\s+in\s+progress)\b(?!\s+(?:message|e-?mail|post|reply|comment|folder|order|invoice|response)s?\b)|not\s+(?:yet\s+)?(?:final|finali[sz]ed|ready)\b|(?:incomplete|unfinished)\b|(?:still\s+)?under\s+(?:legal\s+)?review\b)`;
const STATUS = new RegExp(
  String.raw`^(?:this\s+is\s+(?:only\s+|still\s+|just\s+)?|${SELF}\s+(?:is|remains)\s+(?:still\s+|currently\s+|only\s+)?)${UNFINISHED}|^${SELF}\s+has\s+not\s+(?:yet\s+)?been\s+(?:legally\s+)?(?:reviewed|approved|finali[sz]ed)\b`,
  'i',
);
/** Moments a drafter must act before: "before publication", "before launch", "prior to going live". */
const BEFORE_PUBLISHING = String.raw`(?:before|prior\s+to)\s+(?:publication|publishing|publish(?:ing)?\s+it|launch(?:ing)?|going\s+live|deploy(?:ment|ing)?|release|releasing|you\s+(?:publish|launch|go\s+live|deploy|release))\b`;
const WARNING = new RegExp(
  String.raw`^(?:not\s+(?:yet\s+)?(?:for|intended\s+for|ready\s+for|approved\s+for)\s+(?:publication|publishing|distribution|release)\b|do\s+not\s+(?:publish|distribute)\b|(?:requires?|needs?|awaiting|pending)\s+(?:a\s+|final\s+)?(?:legal|counsel(?:'s)?|attorney|lawyer|solicitor)\s+review\s+${BEFORE_PUBLISHING}|(?:customi[sz]e|adapt|tailor|complete|edit|finish)\s+(?:it\s+|this\s+[a-z]{1,12}\s+)?${BEFORE_PUBLISHING})`,
  'i',
);
const NOTE_LABEL = /^(?:note\s+to\s+(?:the\s+)?(?:drafters?|editors?|authors?|reviewers?|self|client|developers?|legal)|drafting\s+notes?|editor'?s\s+note|author'?s\s+note|internal\s+note|instructions?\s+(?:to|for)\s+(?:the\s+)?(?:drafter|editor|author|user\s+of\s+this\s+template))\s*[:–—-]/i;
/** Editing verbs an instruction to the author opens with. */
const EDIT_VERBS =
  'replace|customi[sz]e|personali[sz]e|adapt|tailor|fill\\s{1,3}in|fill\\s{1,3}out|complete|update|edit|modify|amend|adjust|change|revise|rewrite|insert|add|delete|remove|expand|finish|write|review';

/** Objects that only a drafter is asked to edit, whatever the determiner ("the placeholders", "the bracketed text"). */
const DRAFT_OBJECT = /^(?:placeholders?|template|banner|boilerplate|bracketed|highlighted|blanks|wording)$/i;
/** Parts of the document ("this text", "this section"): an instruction with "this"/"these", or with a drafter's cue. */
const PART_OBJECT = /^(?:text|notes?|sections?|paragraphs?|clauses?|sample)$/i;
/** Objects a reader may be asked about too ("this policy"): an instruction only with a drafter's cue. */
const DOCUMENT_OBJECT = /^(?:policy|notice|document|statement|agreement)$/i;
const DRAFTER_CUE = new RegExp(
  `${BEFORE_PUBLISHING}|\\bbefore\\s+(?:use|using\\s+it)\\b|\\bto\\s+(?:fit|suit|match|reflect)\\s+your\\b|\\bfor\\s+your\\s+(?:own\\s+)?(?:business|company|organi[sz]ation|app|site|website|service|needs|practices)\\b|\\bwith\\s+your\\s+(?:own\\s+)?(?:company|business|organi[sz]ation|details|information|name|practices)`,
  'i',
);
const PUBLISHING_CUE = new RegExp(BEFORE_PUBLISHING, 'i');

/** "Replace this text with…", "Customize this policy before use", "(update this section once the feature ships)". */
function authorInstruction(m: RegExpExecArray, ctx: PatternContext): Refinement | false {
  if (!sentenceStart(ctx.text, m.index)) return false;
  const verb = m[1].toLowerCase();
  const deictic = /^(?:this|these|each)$/i.test(m[2]);
  // "Replace this text with…", "Customize this privacy policy…": the object is the first or the second word.
  const next = /^\s{1,3}([a-z]{1,12})\b/i.exec(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 16))?.[1];
  const object = [m[3], next].find((w) => w !== undefined && (DRAFT_OBJECT.test(w) || PART_OBJECT.test(w) || DOCUMENT_OBJECT.test(w)));
  if (!object) return false;
  const sentence = bannerSpan(ctx.text, m.index, m.index + m[0].length, ctx.skip);
  if (!sentence) return false;
  const said = ctx.text.slice(sentence.start, sentence.end);
  // "Please review this policy periodically" speaks to the reader; "Review this policy before publication" does not.
  if (verb === 'review') return PUBLISHING_CUE.test(said) ? { span: sentence } : false;
  // "Delete the notes you no longer need" speaks to a user of a notes app; "Delete this note before publishing" does not.
  const needsCue = DOCUMENT_OBJECT.test(object) || (PART_OBJECT.test(object) && !deictic);
  return !needsCue || DRAFTER_CUE.test(said) ? { span: sentence } : false;
}

/** Draft stamps in capitals ("DRAFT", "DRAFT — NOT FOR PUBLICATION", "[DRAFT v2]"), or "Draft" opening a line as a label. */
function draftStamp(m: RegExpExecArray, ctx: PatternContext): Refinement | false {
  // A version history ("v0.9 (draft), March 2019") tells the document's past, not its state.
  if (ctx.inHistory?.(m.index)) return false;
  if (m[0] !== 'DRAFT') {
    // "Draft v0.3", "Draft – 12 May 2025", "(draft)": a label, not "Draft messages are kept…".
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    const labelled = /^(?:\s{0,3}(?:$|[\r\n:–—\-)\]]|v?\d)|\s{1,3}(?:version|copy|document|policy|notice|only|status|for\s{1,3}(?:review|comment|discussion|consultation))\b)/i.test(after);
    const opens = sentenceStart(ctx.text, m.index) || /[([]\s{0,2}$/.test(ctx.text.slice(Math.max(0, m.index - 3), m.index));
    if (!labelled || !opens) return false;
  }
  return banner(m, ctx);
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

export const BANNER_PATTERNS: PlaceholderPattern[] = [
  { id: 'draft-stamp', kind: 'drafting-note', source: '\\bDRAFT\\b|\\b[Dd]raft\\b', flags: '', priority: 22, refine: draftStamp },
  // "This is a DRAFT document", "This policy is a working draft", "The notice has not been reviewed by counsel".
  tailed('draft-status', '\\b(?:this|the)\\s{1,3}(?:is|privacy|policy|notice|statement|document|text|page|draft|template|version|agreement|terms)\\b', 'i', STATUS),
  // "NOT FOR PUBLICATION", "Do not publish", "requires legal review before publication", "customise before launch".
  tailed(
    'publication-warning',
    '\\bnot\\s{1,3}(?:yet|for|intended|ready|approved)\\b|\\bdo\\s{1,3}not\\s{1,3}(?:publish|distribute)\\b|\\b(?:requires?|needs?|awaiting|pending|customi[sz]e|adapt|tailor|complete|edit|finish)\\b',
    'i',
    WARNING,
  ),
  // "⚠️ PLACEHOLDER: customise before launch", "Placeholder – replace with your DPO's details".
  {
    id: 'placeholder-label',
    kind: 'drafting-note',
    source: '\\bPLACEHOLDER\\b|\\bPlaceholder\\s{0,2}[:–—-]',
    flags: '',
    priority: 22,
    refine: (m, ctx) => (m[0] === 'PLACEHOLDER' || sentenceStart(ctx.text, m.index) ? banner(m, ctx) : false),
  },
  // "Note to drafter: …", "Drafting note – …", "Editor's note: …", "Instructions for the author: …".
  tailed('note-to-author', "\\b(?:note|drafting|editor'?s|author'?s|internal|instructions?)\\b", 'i', NOTE_LABEL, true),
  {
    id: 'author-instruction',
    kind: 'drafting-note',
    source: `\\b(${EDIT_VERBS})\\s{1,3}(all|any|this|these|the|each)\\s{1,3}([a-z]{1,12})\\b`,
    flags: 'i',
    priority: 21,
    refine: authorInstruction,
  },
];

/** Sections that tell the document's own history ("Version history", "Changes to this policy"): "draft" there is history. */
export const HISTORY_HEADING = /\b(?:history|changelog|change\s+log|revisions?|versions?|amendments?|changes\s+to\s+this|updates\s+to\s+this|document\s+control)\b/i;
