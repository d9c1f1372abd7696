// Comments that are drafting notes: "<!-- Complete this section with … -->", "<!-- TODO: confirm the retention period -->",
// and the same in a template engine's comments ("{# TODO: add the DPO #}", "{{!-- Fill in the address --}}").
// Comments are excluded from every other placeholder pattern (readers do not see them), but a note to the drafter in
// one shows that the passage around it was never finished. Developers' comments ("<!-- Icons -->", "<!-- END of
// Privacy Policy -->") and this linter's own directives are not notes.
import type { Span } from '../types.ts';

/** A comment whose text matches one of these (after its leading whitespace) is a drafting note. */
const NOTE_PATTERNS: RegExp[] = [
  // To-do markers anywhere: "TODO: ask legal", "retention TBD"
  /\b(?:TODO|TBD|TBC|FIXME)\b/,
  /^(?:todo|tbd|tbc|fixme|to-do)\b/i,
  /\bto\s+be\s+(?:completed|determined|confirmed|added|updated|written|drafted|decided|provided|finali[sz]ed)\b/i,
  /^(?:drafting|editor'?s|author'?s)\s+notes?\b/i,
];

/** An instruction verb at the start ("Complete this section…", "Fill in the company's address", "Replace with your …"). */
const INSTRUCTION = /^(?:please\s+)?(?:complete|fill\s+(?:in|out)|insert|replace|update|add|write|describe|provide|specify|list|enter|customi[sz]e|edit|adapt|tailor|amend|review|confirm|remove|delete)\b(?!\s*:)/i;
/** …that is about the policy's own content rather than about page markup ("Insert footer" is not a note). */
const CONTENT_CUE = /\b(?:section|sections|paragraph|text|content|wording|policy|notice|details|information|here|this|your|company|date|address|name|e-?mail)\b/i;

/** What a comment must never be taken for: this linter's directives and conditional comments. */
const NEVER = /^(?:policy-linter-|\[if\b|<!\[endif\]|#|\s*$)/i;

export interface DraftingComment {
  span: Span;
  label: string;
}

/** A comment: its whole span, and the span of its text when that is not an HTML comment's (between "<!--" and "-->"). */
export interface CommentSpan {
  span: Span;
  inner?: Span;
}

/** The comments among `comments` that are drafting notes. */
export function draftingComments(text: string, comments: CommentSpan[]): DraftingComment[] {
  const out: DraftingComment[] = [];
  for (const { span, inner: at } of comments) {
    const inner = at
      ? text.slice(at.start, Math.min(at.end, at.start + 2_000)).trim()
      : text.slice(span.start, Math.min(span.end, span.start + 2_000)).replace(/^<!--/, '').replace(/-->$/, '').trim();
    if (NEVER.test(inner)) continue;
    const note = NOTE_PATTERNS.some((re) => re.test(inner)) || (INSTRUCTION.test(inner) && CONTENT_CUE.test(inner.slice(0, 200)));
    if (note) out.push({ span, label: inner.replace(/\s+/g, ' ').slice(0, 120) });
  }
  return out;
}
