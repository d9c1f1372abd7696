import type { Rule } from './rule.ts';
import { detectPlaceholders } from '../placeholders/detect.ts';

/** Leftover placeholders: drafting notes, unfilled slots, template variables, unfinished dates, filler text... */
const placeholder: Rule = {
  meta: {
    id: 'placeholder',
    description: 'Reports leftover placeholders (drafting notes, [slots], {{template variables}}, TBD, unfinished dates, example addresses, filler text) that must be resolved before publishing.',
    defaultSeverity: 'error',
  },
  check(ctx) {
    const hits = detectPlaceholders(ctx.doc.text, ctx.doc.excluded, {
      patterns: ctx.config.placeholderPatterns,
      allow: ctx.config.allow,
      comments: ctx.doc.comments,
    });
    // A "Last updated" entry in a table of contents is a link to the section, not a date-less label.
    const inToc = (start: number) => ctx.doc.toc.some((t) => start >= t.start && start < t.end);
    return hits.filter((h) => h.kind !== 'missing-date' || !inToc(h.span.start)).map((h) => ({
      span: h.span,
      message: h.message,
      fix: {
        kind: 'placeholder' as const,
        placeholderKind: h.kind,
        ...(h.label ? { label: h.label } : {}),
        ...(h.replacement ? { replacement: h.replacement } : {}),
      },
    }));
  },
};

export default placeholder;
