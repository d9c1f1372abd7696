import type { Rule } from './rule.ts';
import { detectPlaceholders } from '../placeholders/detect.ts';
import { HISTORY_HEADING } from '../placeholders/banners.ts';
import { PLACEHOLDER_KINDS } from '../placeholders/kinds.ts';
import { DEFAULT_REASON } from '../directives.ts';
import type { PolicyDocument } from '../types.ts';
import { memoOf } from '../memo.ts';
import type { RuleReport } from './rule.ts';

/** What a "not applicable" comment's unedited reason asks for. */
const REASON_LABEL = 'reason the topic does not apply';

/** The reasons of "not applicable" comments that still read as the quick fix wrote them: a slot to fill in. */
function unwrittenReasons(doc: PolicyDocument): RuleReport[] {
  return doc.directives.flatMap((d) => {
    if (d.kind !== 'not-applicable' || d.reason !== DEFAULT_REASON) return [];
    const at = doc.text.indexOf(DEFAULT_REASON, d.span.start);
    if (at < 0 || at + DEFAULT_REASON.length > d.span.end) return [];
    return [{
      span: { start: at, end: at + DEFAULT_REASON.length },
      message: PLACEHOLDER_KINDS.slot.message(`“${DEFAULT_REASON}”`, { label: REASON_LABEL }),
      fix: { kind: 'placeholder' as const, placeholderKind: 'slot' as const, label: REASON_LABEL },
    }];
  });
}

/** Leftover placeholders: drafting notes, unfilled slots, template variables, unfinished dates, filler text... */
const placeholder: Rule = {
  meta: {
    id: 'placeholder',
    description: 'Reports leftover placeholders (drafting notes, [slots], {{template variables}}, TBD, unfinished dates, example addresses, filler text) that must be resolved before publishing.',
    reports: 'placeholders',
    defaultSeverity: 'error',
  },
  check(ctx) {
    const doc = ctx.doc;
    // A version history ("v0.9 (draft), March 2019") tells the document's past: "draft" there is not a banner.
    const history = doc.sections.filter((s) => HISTORY_HEADING.test(s.title)).map((s) => ({ start: s.heading.start, end: s.body.end }));
    const hits = detectPlaceholders(doc.text, doc.excluded, {
      patterns: ctx.config.placeholderPatterns,
      allow: ctx.config.allow,
      comments: doc.comments,
      templateExpressions: ctx.config.templateExpressions,
      ...(doc.source ? { hints: doc.source } : {}),
      history,
      sections: doc.sections,
      memo: memoOf(doc),
    });
    // A "Last updated" entry in a table of contents is a link to the section, not a date-less label.
    const inToc = (start: number) => doc.toc.some((t) => start >= t.start && start < t.end);
    const reports: RuleReport[] = hits.filter((h) => h.kind !== 'missing-date' || !inToc(h.span.start)).map((h) => ({
      span: h.span,
      // Both read when the finding is built (most of a rule's findings past the cap never are).
      get message() {
        return h.message;
      },
      get fix() {
        return {
          kind: 'placeholder' as const,
          placeholderKind: h.kind,
          ...(h.label ? { label: h.label } : {}),
          ...(h.options ? { options: h.options } : {}),
          ...(h.policyDate ? { policyDate: true } : {}),
          ...(h.replacement ? { replacement: h.replacement } : {}),
          ...(h.renderedTemplate ? { renderedTemplate: h.renderedTemplate } : {}),
        };
      },
    }));
    return [...reports, ...unwrittenReasons(doc)].sort((a, b) => a.span.start - b.span.start);
  },
};

export default placeholder;
