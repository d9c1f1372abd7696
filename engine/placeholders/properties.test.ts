// Whatever the document, every placeholder finding lies inside it, findings are disjoint and in order, and none starts
// or ends inside text the parser excluded (code, markup, link syntax, front-matter keys) — except what lives there on
// purpose: a drafting note that is a whole comment, and what a protected web page left in its markup.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Format, PlaceholderFix, Span } from '../types.ts';
import { lint } from '../index.ts';
import { TEMPLATE_EXPRESSION_SETTINGS } from '../templates/index.ts';

const PIECES = [
  '# Privacy Policy\n', '## Contact\n', '\n\n', '\n', ' ', 'We keep logs for 30 days. ', '[Company Name] ', '{{ site.email }} ', '{{COMPANY_NAME}} ',
  '{{ company_name }} ', '{% extends "base.html" %}\n', '{% if eu %}', '{% endif %}', '{# TODO: check #}', '{{!< default}}\n', '<%= privacy_path %> ',
  '<% if x %>', '<?php include "h.php"; ?>', '<?= $site ?>', "@extends('app')\n", '%{domain}s ', '`[DATE]` ', '```\n[DATE] {{x}}\n```\n',
  '[link](https://acme.test/{{ site.x }}) ', '<!-- TODO: add cookies -->', '<p>', '</p>', '<b>', '</b>', '---\nlayout: page\ntitle: "{{ x }}"\n---\n',
  'DRAFT — NOT FOR PUBLICATION\n', 'This is a DRAFT document. ', 'Replace this text with yours. ', '(update this section later) ', 'Note to drafter: fix. ',
  '"We" or "I" ', '[he/she] ', '\nOR\n', 'Last updated:\n', 'TBD ', '2025-01-XX ', '____ ', 'privacy@example.com ', '[email protected] ', 'Lorem ipsum dolor sit amet. ',
  '> ', '- ', '| a | b |\n| - | - |\n| [X] | {{y}} |\n', '\r\n', '😀', '[^1]', '{: .lead}\n', '*[GDS]: x\n',
];

const documents = fc.record({
  text: fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join('')),
  format: fc.constantFrom<Format>('markdown', 'text', 'html'),
  mode: fc.constantFrom(...TEMPLATE_EXPRESSION_SETTINGS),
  languageId: fc.constantFrom(undefined, 'markdown', 'jinja-html', 'handlebars', 'php'),
});

const inside = (spans: Span[], o: number) => spans.some((s) => s.start <= o && o < s.end);

describe('placeholder findings (property)', () => {
  it('lie inside the document, in order and disjoint, and never inside an excluded span', () => {
    fc.assert(
      fc.property(documents, ({ text, format, mode, languageId }) => {
        const result = lint(text, { format, ...(languageId ? { languageId } : {}), config: { placeholders: { templateExpressions: mode } } });
        const doc = result.document;
        let end = 0;
        for (const f of result.findings.filter((x) => x.ruleId === 'placeholder')) {
          const { start, end: e } = f.span;
          assert.ok(0 <= start && start < e && e <= text.length, `span ${JSON.stringify(f.span)} outside 0..${text.length}`);
          assert.ok(start >= end, `findings overlap at ${start}`);
          end = e;
          const kind = (f.fix as PlaceholderFix).placeholderKind;
          const wholeComment = kind === 'drafting-note' && doc.comments.some((c) => c.start === start && c.end === e);
          if (wholeComment || kind === 'email-obfuscation') continue;
          assert.ok(!inside(doc.excluded, start) && !inside(doc.excluded, e - 1), `${kind} ${JSON.stringify(text.slice(start, e))} lies in excluded text`);
        }
      }),
      { numRuns: 300 },
    );
  });
});
