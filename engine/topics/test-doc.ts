// Builds PolicyDocument objects by hand for recognition and rule tests, independent of the format parsers.
import type { Block, InlineDirective, PolicyDocument, Section, Span } from '../types.ts';
import { LineIndex } from '../text/lines.ts';

export type DocPart =
  | string
  | { heading: string; level?: number }
  | { toc: string[] }
  | { code: string }
  | { listItem: string }
  | { notApplicable: string[] };

/**
 * Lays out `parts` as a plain-text document, one part per paragraph: strings are paragraphs, `heading` a section
 * heading, `toc` a table-of-contents run (its entries are no sections), `code` an excluded span, `notApplicable`
 * an inline directive. The first heading is the title when `title` is set.
 */
export function buildDoc(parts: DocPart[], options: { title?: boolean } = {}): PolicyDocument {
  let text = '';
  const sections: Section[] = [];
  const blocks: Block[] = [];
  const toc: Span[] = [];
  const excluded: Span[] = [];
  const directives: InlineDirective[] = [];
  const append = (s: string): Span => {
    if (text) text += '\n\n';
    const span = { start: text.length, end: text.length + s.length };
    text += s;
    return span;
  };
  for (const p of parts) {
    if (typeof p === 'string') {
      blocks.push({ kind: 'paragraph', span: append(p), text: p });
    } else if ('heading' in p) {
      const span = append(p.heading);
      blocks.push({ kind: 'heading', span, text: p.heading });
      sections.push({ title: p.heading, level: p.level ?? 1, style: { kind: 'plain' }, heading: span, body: { start: span.end, end: span.end } });
    } else if ('toc' in p) {
      const span = append(p.toc.join('\n'));
      toc.push(span);
      let at = span.start;
      for (const line of p.toc) {
        blocks.push({ kind: 'paragraph', span: { start: at, end: at + line.length }, text: line });
        at += line.length + 1;
      }
    } else if ('listItem' in p) {
      blocks.push({ kind: 'list-item', span: append(p.listItem), text: p.listItem });
    } else if ('code' in p) {
      const span = append(p.code);
      excluded.push(span);
      blocks.push({ kind: 'paragraph', span, text: p.code });
    } else {
      const span = append(`policy-linter-not-applicable ${p.notApplicable.join(' ')}`);
      excluded.push(span);
      directives.push({ kind: 'not-applicable', rules: p.notApplicable, span });
    }
  }
  // Each section's body runs to the next heading of any level.
  sections.forEach((s, i) => {
    s.body = { start: s.heading.end, end: i + 1 < sections.length ? sections[i + 1].heading.start : text.length };
  });
  const title = options.title && sections[0] ? sections[0].heading : undefined;
  return {
    text,
    format: 'text',
    lines: new LineIndex(text),
    ...(title ? { title } : {}),
    sections: options.title ? sections.slice(1) : sections,
    toc,
    blocks,
    excluded,
    readable: [],
    directives,
    comments: [],
    eol: '\n',
    supportsComments: false,
  };
}
