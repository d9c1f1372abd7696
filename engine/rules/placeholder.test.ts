// Rule cases in the markdownlint/ESLint style: documents that must pass, and documents with the exact findings expected.
import assert from 'node:assert/strict';
import type { Format, PlaceholderFix, PlaceholderKind, PolicyLinterConfig } from '../types.ts';
import { parseDocument } from '../parse/index.ts';
import { resolveConfig } from '../config/resolve.ts';
import { lint } from '../index.ts';
import rule from './placeholder.ts';

interface Expected {
  /** The flagged text; located at its next occurrence after the previous expected finding. */
  text: string;
  kind: PlaceholderKind;
  message?: string;
  label?: string;
  replacement?: string;
}
interface Case {
  name: string;
  text: string;
  format: Format;
  config?: PolicyLinterConfig;
  errors?: Expected[];
}

const valid: Case[] = [
  {
    name: 'finished Markdown policy with links, footnotes, code, comments and front matter',
    format: 'markdown',
    text: [
      '---',
      'title: Privacy Policy',
      'layout: page',
      '---',
      '# Privacy Policy',
      '{: .lead}',
      '',
      'Effective date: **July 2, 2019**',
      '',
      '* [Table of contents](#toc)',
      '{:toc}',
      '',
      '## [What we collect](#collect)',
      '',
      'See [Your Name][names] and ![Date](date.png) and the law[^1] [12].',
      '',
      '[names]: https://acme.test/names',
      '[^1]: Regulation (EU) 2016/679 [GDPR].',
      '',
      '<!-- TODO: ask legal about {{company}} -->',
      '',
      '```',
      'const x = "{{company}} TODO [DATE]";',
      '```',
      '',
      'Write to privacy[at]acme[dot]test or use `[Company Name]` in templates.',
      '',
      '- [x] reviewed',
      '- [ ] translated',
      '',
      '*[GDPR]: General Data Protection Regulation',
      '',
      'Our partner [the Company] keeps logs for 30 days... and no longer.',
    ].join('\n'),
  },
  {
    name: 'finished plain-text policy',
    format: 'text',
    text: 'PRIVACY NOTICE\nLast updated: 1 July 2024\n\n1. Retention ........ 4\n\nWe keep records for six years. Contact privacy@acme.test.\n\n________\n',
  },
  {
    name: 'finished HTML policy',
    format: 'html',
    text: '<html><body><h1>Privacy</h1><p><b>Last updated:</b></p>\n<p>March 3, 2024</p><p class="TODO">Write to <a href="mailto:x@acme.test">us</a>.</p><!-- [DATE] --></body></html>',
  },
];

const invalid: Case[] = [
  {
    name: 'Markdown draft with notes, slots and template variables in headings, lists and tables',
    format: 'markdown',
    text: [
      '# [Company Name] Privacy Policy',
      '',
      'Last updated',
      '',
      '[NOTE: To be completed with the transfer mechanism]',
      '',
      '- We keep logs for [X] years.',
      '- Questions: {{ site.data.contact.email }}',
      '',
      '| Data | Kept for |',
      '| --- | --- |',
      '| Logs | TBD |',
      '',
      '> Lorem ipsum dolor sit amet, consectetur adipiscing elit.',
    ].join('\n'),
    errors: [
      { text: '[Company Name]', kind: 'slot', label: 'Company Name', message: 'Placeholder "[Company Name]" was never filled in: replace it with the actual company name before publishing.' },
      { text: 'Last updated', kind: 'missing-date', label: 'date', message: '"Last updated" has no date after it: add the date the policy took effect or was last changed.' },
      { text: '[NOTE: To be completed with the transfer mechanism]', kind: 'drafting-note', message: 'Unfinished drafting note "[NOTE: To be completed…]" must be resolved before publishing.' },
      { text: '[X]', kind: 'slot', label: 'number' },
      { text: '{{ site.data.contact.email }}', kind: 'template-variable', label: 'contact email' },
      { text: 'TBD', kind: 'todo' },
      { text: 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.', kind: 'lorem-ipsum' },
    ],
  },
  {
    name: 'Mastodon-style and Discourse-style templates in Markdown',
    format: 'markdown',
    text: 'This notice covers %{domain}s.\n\nDisputes go to the courts of %{city_for_disputes}; write to <%{contact_email}>.\n\nWe keep backups [NUMBER OF DAYS] days.',
    errors: [
      { text: '%{domain}s', kind: 'template-variable', label: 'domain' },
      { text: '%{city_for_disputes}', kind: 'template-variable', label: 'city for disputes' },
      { text: '<%{contact_email}>', kind: 'template-variable', label: 'contact email' },
      { text: '[NUMBER OF DAYS]', kind: 'slot', label: 'number of days' },
    ],
  },
  {
    name: 'plain text copied from a protected web page',
    format: 'text',
    text: 'To ask for your data, e-mail [email protected].\nContact: [email protected]\nLast updated',
    errors: [
      { text: '[email protected]', kind: 'email-obfuscation', label: 'e-mail address' },
      { text: '[email protected]', kind: 'email-obfuscation' },
      { text: 'Last updated', kind: 'missing-date' },
    ],
  },
  {
    name: 'HTML with a Cloudflare-protected link: one finding carrying the decoded address',
    format: 'html',
    text: '<p>Write to <a href="/cdn-cgi/l/email-protection#2a5a58435c4b49536a4f524b475a464f04494547">[email&#160;protected]</a> or {{support_email}}.</p>',
    errors: [
      { text: '[email&#160;protected]', kind: 'email-obfuscation', replacement: 'privacy@example.com' },
      { text: '{{support_email}}', kind: 'template-variable', label: 'support email' },
    ],
  },
  {
    name: 'generator output in plain text',
    format: 'text',
    text: 'Effective date: 2025-01-XX\nThis site (https://www.yourdomain.com) is run by COMPANY NAME.\nSigned on Month DD, 20XX by ____________.\n',
    errors: [
      { text: '2025-01-XX', kind: 'unfinished-date' },
      { text: 'https://www.yourdomain.com', kind: 'example-domain', label: 'web address' },
      { text: 'COMPANY NAME', kind: 'slot' },
      { text: 'Month DD, 20XX', kind: 'unfinished-date' },
      { text: '____________', kind: 'blank' },
    ],
  },
  {
    name: 'template variables written as Markdown link destinations',
    format: 'markdown',
    text: 'Report bugs on [our tracker](<%= pkg.bugs.url %>) or [the forum]({{ site.forum_url }}).\n\nSee [the docs][docs] and [home](https://acme.test/{page}).\n\n[docs]: ${docs.base}/privacy\n',
    errors: [
      { text: '<%= pkg.bugs.url %>', kind: 'template-variable', label: 'bugs url' },
      { text: '{{ site.forum_url }}', kind: 'template-variable', label: 'forum url' },
      { text: '${docs.base}', kind: 'template-variable' },
    ],
  },
  {
    name: 'allow list and extra patterns from the configuration',
    format: 'text',
    config: { placeholders: { allow: ['{{support}}'], patterns: ['ACME-\\d+', { pattern: 'project falcon', flags: 'i', message: 'Internal code names must not be published.' }] } },
    text: 'Ask {{support}} or {{sales}} about ACME-42 and Project Falcon.',
    errors: [
      { text: '{{sales}}', kind: 'template-variable' },
      { text: 'ACME-42', kind: 'custom' },
      { text: 'Project Falcon', kind: 'custom', message: 'Internal code names must not be published.' },
    ],
  },
];

function check(c: Case) {
  const doc = parseDocument(c.text, { format: c.format });
  const { config, problems } = resolveConfig(c.config, 'test');
  assert.deepEqual(problems, []);
  return rule.check({ doc, coverage: { covered: new Map(), sectionTopics: [] }, config });
}

describe('rule: placeholder', () => {
  it('has the documented meta', () => {
    assert.equal(rule.meta.id, 'placeholder');
    assert.equal(rule.meta.defaultSeverity, 'error');
    assert.ok(rule.meta.description.length > 20);
  });

  describe('valid', () => {
    for (const c of valid) {
      it(c.name, () => {
        const reports = check(c);
        assert.deepEqual(reports.map((r) => c.text.slice(r.span.start, r.span.end)), []);
      });
    }
  });

  describe('invalid', () => {
    for (const c of invalid) {
      it(c.name, () => {
        const reports = check(c);
        let from = 0;
        const want = (c.errors ?? []).map((e) => {
          const start = c.text.indexOf(e.text, from);
          assert.ok(start >= 0, `test bug: ${e.text}`);
          from = start + e.text.length;
          return { span: { start, end: from }, text: e.text, kind: e.kind };
        });
        assert.deepEqual(
          reports.map((r) => ({ span: r.span, text: c.text.slice(r.span.start, r.span.end), kind: (r.fix as PlaceholderFix).kind === 'placeholder' ? (r.fix as PlaceholderFix).placeholderKind : undefined })),
          want,
        );
        (c.errors ?? []).forEach((e, i) => {
          const fix = reports[i].fix as PlaceholderFix;
          if (e.message) assert.equal(reports[i].message, e.message);
          if (e.label) assert.equal(fix.label, e.label);
          if (e.replacement) assert.equal(fix.replacement, e.replacement);
        });
      });
    }
  });

  it('does not take a "Last updated" entry of a table of contents for a date-less label', () => {
    const text = 'Contents\n1. Scope\n2. Effective Date\n3. Contact\n\n1. Scope\nAll our shops.\n\n2. Effective Date\nThis notice applies from 1 July 2024.\n';
    const parsed = parseDocument(text, { format: 'text' });
    const tocEnd = text.indexOf('\n\n');
    const run = (toc: typeof parsed.toc) =>
      rule.check({ doc: { ...parsed, toc }, coverage: { covered: new Map(), sectionTopics: [] }, config: resolveConfig(undefined, 'test').config });
    assert.deepEqual(run([]).map((r) => text.slice(r.span.start, r.span.end)), ['Effective Date']);
    assert.deepEqual(run([{ start: 9, end: tocEnd }]), []);
  });

  describe('through lint()', () => {
    it('reports ranges as LSP positions and honours disable comments and severity settings', () => {
      const text = 'Intro.\n\nWe are [Company Name].\n\n<!-- policy-linter-disable-next-line placeholder -->\nRun by {{company}}.\n\nOwner: TBD\n';
      const found = lint(text, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'placeholder');
      assert.deepEqual(
        found.map((f) => [text.slice(f.span.start, f.span.end), f.range, f.severity]),
        [
          ['[Company Name]', { start: { line: 2, character: 7 }, end: { line: 2, character: 21 } }, 'error'],
          ['TBD', { start: { line: 7, character: 7 }, end: { line: 7, character: 10 } }, 'error'],
        ],
      );
      const warned = lint(text, { format: 'markdown', config: { rules: { placeholder: 'warning' } } }).findings.filter((f) => f.ruleId === 'placeholder');
      assert.deepEqual(warned.map((f) => f.severity), ['warning', 'warning']);
      assert.deepEqual(lint(text, { format: 'markdown', config: { rules: { placeholder: 'off' } } }).findings.filter((f) => f.ruleId === 'placeholder'), []);
    });
  });
});
