// Finds leftover placeholders in policy text: runs the built-in pattern data (patterns.ts), the filler-text scanner
// (lorem.ts) and the user's own patterns, reads the template code (engine/templates/), then keeps one finding per
// stretch of text.
import type { PlaceholderKind, Span } from '../types.ts';
import type { CompiledPattern } from '../config/resolve.ts';
import { BUILTIN_PATTERNS, type PatternContext, type PlaceholderPattern } from './patterns.ts';
import { findFiller } from './lorem.ts';
import { PLACEHOLDER_KINDS, renderedExpressionMessage } from './kinds.ts';
import { draftingComments, type CommentSpan } from './comments.ts';
import { authorWrappers, type OutlineSection } from './wrapper.ts';
import { countBefore } from '../text/search.ts';
import { linePrefix } from './brackets.ts';
import { patternSet, scanPatterns, type ChunkEntry, type RawMatch } from './scan.ts';
import type { LintMemo } from '../memo.ts';
import { frontMatter, renderedTemplateReason, scanTemplates, type TemplateExpressions, type TemplateHints } from '../templates/index.ts';

export interface PlaceholderHit {
  span: Span;
  kind: PlaceholderKind;
  /** Written when first read (see toHit). */
  readonly message: string;
  label?: string;
  /** A choice left to the drafter: the alternatives as written (empty: the text around it, as for "OR"). */
  options?: string[];
  /** The slot stands for the date of a "Last updated" or "Effective date" line. */
  policyDate?: boolean;
  replacement?: string;
  /** For a data expression reported in a file that looks like a rendered template: why it looks like one. */
  renderedTemplate?: string;
}

export interface DetectOptions {
  /** User patterns from .policy-linter.json, already checked for safety; reported as kind 'custom'. */
  patterns: CompiledPattern[];
  /** Exact strings never reported (nor anything inside them). */
  allow: string[];
  /** Spans of the document's comments: those holding a note to the drafter are reported whole. */
  comments?: Span[];
  /** Data expressions of a rendered template: reported, left alone, or (default "auto") left alone only in a rendered template. */
  templateExpressions?: TemplateExpressions;
  /** The editor's language and the file name, which can show that the file is a template. */
  hints?: TemplateHints;
  /** Sections that tell the document's own history: "draft" there is not a banner. */
  history?: Span[];
  /** The document's outline: sections written for the author of a template are reported whole (see wrapper.ts). */
  sections?: OutlineSection[];
  /** What the previous lint of an edited document scanned (engine/memo.ts): only the chunks the edit changed are scanned again. */
  memo?: LintMemo;
}

/** Kinds of placeholder that can stand where a date belongs. */
const DATE_SLOT_KINDS = new Set<PlaceholderKind>(['slot', 'template-variable', 'unfinished-date', 'todo', 'blank', 'custom']);

/** Kinds of finding that show a document is an unfilled template, and how many it takes. */
const TEMPLATE_EVIDENCE = new Set<PlaceholderKind>(['slot', 'drafting-note', 'template-variable', 'unfinished-date']);
const TEMPLATE_MIN_EVIDENCE = 2;

interface Candidate {
  span: Span;
  kind: PlaceholderKind;
  priority: number;
  label?: string;
  options?: string[];
  replacement?: string;
  /** Built-in pattern id, or the user pattern's key. */
  source: string;
  customMessage?: string;
  inMarkup?: boolean;
  dateSlotAt?: number;
  weak?: boolean;
  /** Why the file looks like a rendered template, for a data expression reported there. */
  rendered?: string;
}

/**
 * Every leftover placeholder in `text`, in order, never overlapping and never starting or ending inside an excluded span.
 * Runs in linear time in the length of the text (every pattern is bounded; see patterns.ts).
 */
export function detectPlaceholders(text: string, excluded: Span[], options: DetectOptions): PlaceholderHit[] {
  // Front-matter keys ("draft: true", "layout:") are markup in every format (the Markdown parser excludes them already).
  const front = frontMatter(text);
  const keys = front?.keys.map((k) => k.span) ?? [];
  const parsed = exclusionTest(excluded);
  const inKey = exclusionTest(keys);
  const skip = keys.length ? (offset: number) => parsed(offset) || inKey(offset) : parsed;
  const history = options.history?.length ? exclusionTest(options.history) : undefined;
  const ctx: PatternContext = { text, skip, ...(history ? { inHistory: history } : {}), ...(front ? { frontMatter: front.span } : {}) };
  const found: Candidate[] = [];

  // Template code: directives and comments are machinery; a data expression is left to the generator when the file is
  // a rendered template (unless the configuration says otherwise); a slot written for a person is always reported.
  const code = scanTemplates(text, (offset) => !skip(offset)).filter((c) => c.visible);
  const rendered = renderedTemplateReason(text, code, options.hints);
  const mode = options.templateExpressions ?? 'auto';
  const templateComments: CommentSpan[] = [];
  for (const c of code) {
    if (c.role === 'comment') templateComments.push({ span: c.span, ...(c.inner ? { inner: c.inner } : {}) });
    const expression = c.role === 'expression' && (mode === 'report' || (mode === 'auto' && !rendered));
    if (c.role === 'slot' || expression) {
      found.push({
        span: c.span,
        kind: 'template-variable',
        priority: 60,
        source: 'template',
        ...(c.label ? { label: c.label } : {}),
        ...(c.role === 'expression' && rendered ? { rendered } : {}),
      });
    }
  }
  const inCode = exclusionTest(code.map((c) => c.span));

  const builtin = patternSet(BUILTIN_PATTERNS);
  scanPatterns(text, builtin, options.memo?.scan<ChunkEntry>(builtin)).forEach((matches, i) => collectBuiltin(BUILTIN_PATTERNS[i], matches, ctx, found));
  for (const w of authorWrappers(text, options.sections ?? [], skip, front?.span.end ?? 0)) {
    found.push({ span: w.span, kind: 'drafting-note', priority: 90, label: w.label, source: 'wrapper', customMessage: wrapperMessage(text, w.span) });
  }
  for (const span of findFiller(text, skip, options.memo)) found.push({ span, kind: 'lorem-ipsum', priority: 5, source: 'lorem' });
  const comments: CommentSpan[] = [...(options.comments ?? []).map((span) => ({ span })), ...templateComments];
  for (const c of draftingComments(text, comments)) {
    found.push({ span: c.span, kind: 'drafting-note', priority: 80, label: c.label, source: 'comment', inMarkup: true });
  }
  options.patterns.forEach((p) => collectCustom(p, text, found));

  // Template code is not prose: nothing else starts or ends inside it (the template's own findings are its spans).
  const own = (c: Candidate) => c.source === 'template' || c.source === 'comment';
  const visible = found.filter(
    (c) =>
      c.span.end > c.span.start &&
      (c.inMarkup || (!skip(c.span.start) && !skip(c.span.end - 1))) &&
      (own(c) || (!inCode(c.span.start) && !inCode(c.span.end - 1))) &&
      !allowed(text, c.span, options.allow),
  );
  // Weak slots ("[Primary use cases]") count only in a document that is visibly a template already.
  const strong = visible.filter((c) => !c.weak);
  const isTemplate = dropOverlaps(strong).filter((c) => TEMPLATE_EVIDENCE.has(c.kind)).length >= TEMPLATE_MIN_EVIDENCE;
  // Where a pattern of the user's configuration matches, its finding (and message) stands for that text.
  const userText = mergedSpans(visible.filter((c) => c.kind === 'custom').map((c) => c.span));
  const byUser = (c: Candidate) => {
    if (c.kind === 'custom' || !userText.length) return false;
    const i = countBefore(userText, (u) => u.end <= c.span.start);
    return i < userText.length && userText[i].start < c.span.end;
  };
  const kept = dropOverlaps(mergeEmailArtifacts(text, (isTemplate ? visible : strong).filter((c) => !byUser(c))));
  // "Last updated:" with "[DATE]" or "{{updated}}" on the next line: the slot is the finding, not the label; with template
  // code there that the generator fills in ("{{ page.last_modified_at | date }}"), there is a date.
  const dateSlots = new Set([...kept.filter((c) => DATE_SLOT_KINDS.has(c.kind)).map((c) => c.span.start), ...code.map((c) => c.span.start)]);
  const labelled = new Set(kept.filter((c) => c.kind === 'missing-date' && c.dateSlotAt !== undefined).map((c) => c.dateSlotAt!));
  return kept
    .filter((c) => c.kind !== 'missing-date' || c.dateSlotAt === undefined || !dateSlots.has(c.dateSlotAt))
    .map((c) => toHit(text, c, isPolicyDate(text, c, labelled, skip)));
}

/** A "Last updated"-style label at the end of the text before a slot on its line ("**Last Updated:** [Date]"). */
const DATE_LABEL_BEFORE =
  /\b(?:last\s+(?:updated|revised|modified|reviewed|changed|amended)(?:\s+on)?|effective(?:\s+(?:date|as\s+of|from|on))?|updated(?:\s+on)?|date\s+of\s+(?:last\s+)?(?:revision|update|modification|amendment)|(?:revision|version)\s+date|date\s+last\s+(?:updated|revised|modified))[\s:*_>|\-–—]*$/i;
/** What a slot standing for a date is called ("[Date]", "{{LAST_UPDATED}}"). */
const DATE_WORDS = /\b(?:date|updated|today|day|month|year|revised|modified|effective)\b/i;

/**
 * Whether a slot stands for the policy's own date: it follows a "Last updated" or "Effective date" label on its line
 * (or is what follows such a label alone on its line), and it is date-like: an unfinished date, a blank, a to-do marker,
 * or a slot whose label names a date.
 */
function isPolicyDate(text: string, c: Candidate, labelled: Set<number>, skip: (offset: number) => boolean): boolean {
  const dateLike = c.kind === 'unfinished-date' || c.kind === 'blank' || c.kind === 'todo' || ((c.kind === 'slot' || c.kind === 'template-variable') && !c.options && DATE_WORDS.test(c.label ?? ''));
  if (!dateLike) return false;
  if (labelled.has(c.span.start)) return true;
  const before = linePrefix(text, c.span.start, 120);
  if (before === undefined) return false;
  let visible = '';
  for (let k = 0; k < before.length; k++) visible += skip(c.span.start - before.length + k) ? ' ' : before[k];
  return DATE_LABEL_BEFORE.test(visible);
}

const MAILCHIMP = /\*\|[A-Z][A-Z0-9_:]{0,60}\|\*/g;

/**
 * Template syntax ("<%= package.homepage %>", "{{ site.url }}", "*|UNSUB|*") inside `text[start..end)`, for parsers
 * that exclude markup such as a Markdown link destination but must leave template code written there visible.
 */
export function templateSyntaxSpans(text: string, start: number, end: number): Span[] {
  const slice = text.slice(start, end);
  if (!/[{%$<@*]/.test(slice)) return [];
  const spans = scanTemplates(slice).map((c) => c.span);
  for (const m of slice.matchAll(MAILCHIMP)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans.sort((a, b) => a.start - b.start).map((s) => ({ start: start + s.start, end: start + s.end }));
}

/** Candidates from a built-in pattern's matches, each kept, rejected or refined by its context check. */
function collectBuiltin(p: PlaceholderPattern, matches: RawMatch[], ctx: PatternContext, out: Candidate[]): void {
  for (const raw of matches) {
    // A fresh array: the groups may be the memo's, which must not be changed (nor keep this text alive).
    const m = Object.assign([...raw.groups], { index: raw.index, input: ctx.text }) as unknown as RegExpExecArray;
    const r = p.refine ? p.refine(m, ctx) : {};
    if (r === false) continue;
    const fixed = p.label && 'text' in p.label ? p.label.text : undefined;
    const grouped = p.label && 'group' in p.label ? m[p.label.group] : undefined;
    out.push({
      span: r.span ?? { start: m.index, end: m.index + m[0].length },
      kind: r.kind ?? p.kind,
      priority: p.priority,
      label: r.label ?? fixed ?? (grouped ? grouped.replace(/_/g, ' ').trim() : undefined),
      options: r.options,
      replacement: r.replacement,
      source: p.id,
      inMarkup: r.inMarkup ?? p.inMarkup,
      dateSlotAt: r.dateSlotAt,
      weak: r.weak,
    });
  }
}

function collectCustom(p: CompiledPattern, text: string, out: Candidate[]): void {
  for (const span of p.matches(text)) {
    out.push({ span, kind: 'custom', priority: 0, source: p.key, customMessage: p.message });
  }
}

/** The spans sorted and merged where they overlap. */
function mergedSpans(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** Binary search over sorted, disjoint excluded spans. */
function exclusionTest(excluded: Span[]): (offset: number) => boolean {
  if (!excluded.length) return () => false;
  return (offset) => {
    const i = countBefore(excluded, (s) => s.end <= offset);
    return i < excluded.length && excluded[i].start <= offset;
  };
}

/** True when the span is, or lies inside, an occurrence of an allowed string. */
function allowed(text: string, span: Span, allow: string[]): boolean {
  for (const s of allow) {
    if (!s || s.length < span.end - span.start) continue;
    for (let k = Math.max(0, span.end - s.length); k <= span.start; k++) if (text.startsWith(s, k)) return true;
  }
  return false;
}

/**
 * A copied Cloudflare-protected link leaves several artifacts on one line: the "/cdn-cgi/l/email-protection#…" link,
 * the data-cfemail attribute and the visible "[email protected]". Report one: the visible text when there is one,
 * carrying the address decoded from any of them.
 */
function mergeEmailArtifacts(text: string, cs: Candidate[]): Candidate[] {
  const mail = cs.filter((c) => c.kind === 'email-obfuscation').sort((a, b) => a.span.start - b.span.start);
  if (mail.length < 2) return cs;
  const dropped = new Set<Candidate>();
  let group: Candidate[] = [mail[0]];
  const flush = () => {
    if (group.length > 1) {
      const keep = group.find((c) => c.source === 'email-protected') ?? group.find((c) => c.replacement) ?? group[0];
      keep.replacement ??= group.find((c) => c.replacement)?.replacement;
      for (const c of group) if (c !== keep) dropped.add(c);
    }
  };
  for (const c of mail.slice(1)) {
    const prev = group[group.length - 1];
    const gap = text.slice(prev.span.end, c.span.start);
    if (c.span.start - prev.span.end <= 300 && !/[\r\n]/.test(gap) && !group.some((g) => g.source === c.source)) group.push(c);
    else {
      flush();
      group = [c];
    }
  }
  flush();
  return cs.filter((c) => !dropped.has(c));
}

/** Keeps one candidate per stretch of text: the earliest, then the longest, then the highest priority. */
function dropOverlaps(cs: Candidate[]): Candidate[] {
  const sorted = [...cs].sort(
    (a, b) => a.span.start - b.span.start || b.span.end - a.span.end || b.priority - a.priority,
  );
  const out: Candidate[] = [];
  let end = -1;
  for (const c of sorted) {
    if (c.span.start < end) continue;
    out.push(c);
    end = c.span.end;
  }
  return out;
}

/** The message of a candidate's finding. */
function messageOf(text: string, c: Candidate): string {
  if (c.customMessage) return c.customMessage;
  const quoted = `“${shorten(text.slice(c.span.start, c.span.end))}”`;
  if (c.rendered) return renderedExpressionMessage(quoted);
  return PLACEHOLDER_KINDS[c.kind].message(quoted, { ...(c.label ? { label: c.label } : {}), ...(c.options ? { options: c.options } : {}) });
}

/**
 * A hit, its message written when first read: a document lists at most 1,000 findings of one rule (capFindings in
 * engine/index.ts), and a template with a placeholder on each of its 50,000 lines would otherwise have every message
 * written (a tenth of its lint).
 */
function toHit(text: string, c: Candidate, policyDate: boolean): PlaceholderHit {
  let message: string | undefined;
  return {
    span: c.span,
    kind: c.kind,
    get message() {
      return (message ??= messageOf(text, c));
    },
    ...(c.label ? { label: c.label } : {}),
    ...(c.options ? { options: c.options } : {}),
    ...(policyDate ? { policyDate: true } : {}),
    ...(c.replacement ? { replacement: c.replacement } : {}),
    ...(c.rendered ? { renderedTemplate: c.rendered } : {}),
  };
}

/** The message of a part written for the author: it is not the policy, so it goes. */
function wrapperMessage(text: string, span: Span): string {
  return `"${shorten(text.slice(span.start, span.end))}" is written for whoever prepares the policy, not for its readers: act on it, then delete it before publishing.`;
}

/** "[NOTE: To be completed with data transfer…]" -> "[NOTE: To be completed…]": one line, a few words, closing bracket kept. */
export function shorten(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  if (flat.length <= 40) return flat;
  const close = flat.endsWith('-->') ? ' -->' : /[\]})>]$/.test(flat) ? flat[flat.length - 1] : '';
  const head = flat.slice(0, 24);
  const cut = head.lastIndexOf(' ');
  return `${(cut > 8 ? head.slice(0, cut) : head).replace(/[\s,;:.]+$/, '')}…${close}`;
}
