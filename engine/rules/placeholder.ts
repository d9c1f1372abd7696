import type { Rule } from './rule.ts';
import { detectPlaceholders } from '../placeholders/detect.ts';
import { HISTORY_HEADING } from '../placeholders/banners.ts';

/** Leftover placeholders: drafting notes, unfilled slots, template variables, unfinished dates, filler text... */
const placeholder: Rule = {
  meta: {
    id: 'placeholder',
    description: 'Reports leftover placeholders (drafting notes, [slots], {{template variables}}, TBD, unfinished dates, example addresses, filler text) that must be resolved before publishing.',
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
    });
    // A "Last updated" entry in a table of contents is a link to the section, not a date-less label.
    const inToc = (start: number) => doc.toc.some((t) => start >= t.start && start < t.end);
    return hits.filter((h) => h.kind !== 'missing-date' || !inToc(h.span.start)).map((h) => ({
      span: h.span,
      message: h.message,
      fix: {
        kind: 'placeholder' as const,
        placeholderKind: h.kind,
        ...(h.label ? { label: h.label } : {}),
        ...(h.replacement ? { replacement: h.replacement } : {}),
        ...(h.renderedTemplate ? { renderedTemplate: h.renderedTemplate } : {}),
      },
    }));
  },
};

export default placeholder;
