// The placeholder section of the labelling guide (../shared/reference/labelling.md), item by item: every notation it
// lists is reported, every "never" stays quiet, template expressions follow the setting, and the sections this linter
// inserts carry slots, not drafting notes. Every sentence here is written for these tests.
import assert from 'node:assert/strict';
import type { Format, LintOptions, PlaceholderKind } from '../types.ts';
import { lint } from '../index.ts';
import { TOPICS } from '../topics/index.ts';
import { planInsertSection } from '../fixes/insert-section.ts';
import { parseDocument } from '../parse/index.ts';

/** The placeholder findings of `text`, as [flagged text, kind]. */
function placeholders(text: string, options: LintOptions = {}): Array<[string, PlaceholderKind]> {
  return lint(text, { format: 'markdown', ...options })
    .findings.filter((f) => f.ruleId === 'placeholder')
    .map((f) => [text.slice(f.span.start, f.span.end), f.fix?.kind === 'placeholder' ? f.fix.placeholderKind : ('' as PlaceholderKind)]);
}

/** Asserts that each `needle` is covered by a placeholder finding (overlap, as the corpus is scored) of `kind`. */
function reports(text: string, needle: string, kind?: PlaceholderKind, options: LintOptions = {}): void {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `test bug: ${needle}`);
  const hit = lint(text, { format: 'markdown', ...options }).findings.find((f) => f.ruleId === 'placeholder' && f.span.start < at + needle.length && at < f.span.end);
  assert.ok(hit, `${JSON.stringify(needle)} is not reported in ${JSON.stringify(text)}`);
  if (kind) assert.equal(hit.fix?.kind === 'placeholder' && hit.fix.placeholderKind, kind, needle);
}

const quiet = (text: string, options: LintOptions = {}) => assert.deepEqual(placeholders(text, options), [], text);

describe('the labelling guide: placeholders', () => {
  describe('fill-in slots in every notation', () => {
    const cases: Array<[string, string, PlaceholderKind]> = [
      ['[Company Name] runs this website.', '[Company Name]', 'slot'],
      ['This notice was last changed on [[Date]].', '[[Date]]', 'slot'],
      ['We keep invoices for [X] years.', '[X]', 'slot'],
      ['The controller is {{company_name}}.', '{{company_name}}', 'template-variable'],
      ['The controller is {{COMPANY}}.', '{{COMPANY}}', 'template-variable'],
      ['Questions go to ${company}.', '${company}', 'template-variable'],
      ['This version applies from <INSERT DATE>.', '<INSERT DATE>', 'slot'],
      ['Write to <your email> with any question.', '<your email>', 'slot'],
      ['This version applies from __EFFECTIVE_DATE__.', '__EFFECTIVE_DATE__', 'template-variable'],
      ['The service is run by YOUR_COMPANY in Berlin.', 'YOUR_COMPANY', 'template-variable'],
      ['The operator, Acme Inc. (an example name), processes your data.', 'Acme Inc.', 'slot'],
    ];
    for (const [sentence, needle, kind] of cases) it(needle, () => reports(`# Privacy Policy\n\n${sentence}\n`, needle, kind));

    it('"%{domain}" in an application\'s i18n template is left to the application unless expressions are reported', () => {
      const text = '# Privacy Policy\n\nThis notice covers %{domain}.\n';
      quiet(text);
      reports(text, '%{domain}', 'template-variable', { config: { placeholders: { templateExpressions: 'report' } } });
      reports('# Privacy Policy\n\nThis notice covers %{DOMAIN}.\n', '%{DOMAIN}', 'template-variable');
    });
  });

  describe('drafting notes and instructions in the visible text', () => {
    const cases: Array<[string, string]> = [
      ['[NOTE: To be completed once the vendor is chosen.]', '[NOTE: To be completed once the vendor is chosen.]'],
      ['Transfers: [TO BE COMPLETED]', '[TO BE COMPLETED]'],
      ['Our retention period is TBD.', 'TBD'],
      ['TODO describe the analytics we use.', 'TODO'],
      ['FIXME the address is wrong.', 'FIXME'],
      ['Call us on XXX for help.', 'XXX'],
      ['[insert details of the DPO here]', '[insert details of the DPO here]'],
    ];
    for (const [sentence, needle] of cases) it(needle, () => reports(`# Privacy Policy\n\n${sentence}\n`, needle));
  });

  describe('unfinished dates, blanks and date-less labels', () => {
    for (const [sentence, needle] of [
      ['This version applies from 2025-01-XX.', '2025-01-XX'],
      ['Effective: YYYY-MM-DD', 'YYYY-MM-DD'],
      ['Published Month DD, 20XX.', 'Month DD, 20XX'],
      ['Our postal address is ________.', '________'],
    ]) {
      it(needle, () => reports(`# Privacy Policy\n\n${sentence}\n`, needle));
    }
    it('"Last updated" and "Effective date" lines with no date', () => {
      reports('# Privacy Policy\n\nLast updated:\n\nWe care about your data.\n', 'Last updated:', 'missing-date');
      reports('# Privacy Policy\n\n**Effective date**\n\nWe care about your data.\n', 'Effective date', 'missing-date');
    });
  });

  describe('example addresses, filler, choices and e-mail obfuscation residue', () => {
    it('example addresses and domains', () => {
      reports('# Privacy Policy\n\nWrite to privacy@example.com.\n', 'privacy@example.com', 'example-domain');
      reports('# Privacy Policy\n\nWrite to support@yourcompany.com.\n', 'support@yourcompany.com', 'example-domain');
    });
    it('each sentence of filler', () => {
      const text = '# Privacy Policy\n\nLorem ipsum dolor sit amet, consectetur adipiscing elit. Sed do eiusmod tempor incididunt ut labore.\n';
      reports(text, 'Lorem ipsum dolor sit amet', 'lorem-ipsum');
      reports(text, 'Sed do eiusmod tempor', 'lorem-ipsum');
    });
    it('unfinished choices: "We" or "I", [he/she], OR between alternative clauses', () => {
      reports('# Privacy Policy\n\nIn this notice "We" or "I" means the owner of the blog.\n', '"We" or "I"', 'slot');
      reports('# Privacy Policy\n\nThe owner confirms that [he/she] reads every request.\n', '[he/she]', 'slot');
      reports('# Privacy Policy\n\nWe do not sell your personal data.\n\nOR\n\nWe sell the categories of data listed below.\n', 'OR', 'slot');
      reports('# Privacy Policy\n\nWe do not use cookies OR we use only the cookies listed below.\n', 'OR', 'slot');
    });
    it('what a protected web page leaves of an e-mail address', () => {
      reports('# Privacy Policy\n\nWrite to [email protected] today.\n', '[email protected]', 'email-obfuscation');
      reports('# Privacy Policy\n\nWrite to [email&#160;protected] today.\n', '[email&#160;protected]', 'email-obfuscation');
      reports('<p>Write to <a href="/cdn-cgi/l/email-protection#0a">us</a>.</p>', '/cdn-cgi/l/email-protection#0a', 'email-obfuscation', { format: 'html' });
    });
  });

  describe('never placeholders', () => {
    const cases: Array<[string, string]> = [
      ['link text and references', 'See [our cookie notice](https://acme.test/cookies) and [the FAQ][faq].\n\n[faq]: https://acme.test/faq'],
      ['footnote marks', 'We follow the GDPR[1] and the ePrivacy rules[^1].\n\n[^1]: Directive 2002/58/EC.'],
      ['task boxes', '- [x] Reviewed by the team\n- [ ] Translated'],
      ['deliberate obfuscation', 'Write to privacy[at]acme[dot]test with questions.'],
      ['kramdown attributes', 'We care about your data.\n{: .lead}'],
      ['abbreviation definitions', 'The GDS team reads every request.\n\n*[GDS]: Government Digital Service'],
      ['BBCode', 'Forum posts may use [B]bold[/B], [i]italics[/i], [url=https://acme.test]links[/url] and [quote]quotes[/quote].'],
      ['code spans and blocks', 'Templates write `[DATE]` where the date goes.\n\n```\nconst owner = "[Company Name]"; // TODO\n```'],
      ['ordinary capitalised words', 'The Company, Our Services and Personal Data are defined in Section 2 of the Terms of Use.'],
      ['template directives', '{% extends "base.html" %}\n{% load i18n %}\n{% block content %}\n\nWe care about your data.\n\n{% endblock %}'],
      ['Ghost, ERB, Blade and PHP machinery', '{{!< default}}\n\n<% content_for :title, "Privacy" %>\n\n@extends(\'layouts.app\')\n\n<?php include \'header.php\'; ?>\n\nWe care about your data.'],
    ];
    for (const [name, body] of cases) it(name, () => quiet(`# Privacy Policy\n\n${body}\n`));
  });

  describe('template expressions that a build fills in', () => {
    const jekyll = '---\nlayout: page\npermalink: /privacy/\n---\n# Privacy Policy\n\nWrite to {{ site.email }}. This page was updated on {{ page.date | date: "%B %d, %Y" }}.\n';
    it('are optional: not reported by default in a rendered template', () => quiet(jekyll));
    it('are reported with "report", and "ignore" leaves them alone everywhere', () => {
      assert.deepEqual(placeholders(jekyll, { config: { placeholders: { templateExpressions: 'report' } } }).map(([t]) => t), ['{{ site.email }}', '{{ page.date | date: "%B %d, %Y" }}']);
      quiet('# Privacy Policy\n\nThe controller is {{ company_name }}.\n', { config: { placeholders: { templateExpressions: 'ignore' } } });
    });
    it('slots written for a person stay placeholders in every file', () => {
      const page = '---\nlayout: page\n---\n# Privacy Policy\n\n{{COMPANY_NAME}} runs this site; write to YOUR_EMAIL or [Company Email].\n';
      assert.deepEqual(placeholders(page).map(([t]) => t), ['{{COMPANY_NAME}}', 'YOUR_EMAIL', '[Company Email]']);
      assert.deepEqual(placeholders(page, { config: { placeholders: { templateExpressions: 'ignore' } } }).map(([t]) => t), ['{{COMPANY_NAME}}', 'YOUR_EMAIL', '[Company Email]']);
    });
    it('the editor language of a template is enough', () => {
      const html = '<h1>Privacy Policy</h1><p>Write to {{ contact_email }}.</p>';
      assert.equal(placeholders(html, { format: 'html' }).length, 1);
      quiet(html, { format: 'html', languageId: 'django-html' });
      quiet(html, { format: 'html', fileName: 'templates/privacy.jinja' });
    });
  });

  describe('drafting notes hidden in comments', () => {
    it('are reported (optional in the labels), in HTML and template comments alike', () => {
      reports('# Privacy Policy\n\n<!-- TODO: add a cookies section -->\n\nWe care.\n', '<!-- TODO: add a cookies section -->', 'drafting-note');
      reports('{% extends "base.html" %}\n{# TODO: add a cookies section #}\nWe care.\n', '{# TODO: add a cookies section #}', 'drafting-note', { format: 'html' });
    });
    it('never include the slots of the sections this linter inserts', () => {
      for (const format of ['markdown', 'text', 'html'] as Format[]) {
        const base = format === 'html' ? '<h1>Privacy Policy</h1>\n<h2>What we collect</h2>\n<p>Names.</p>\n' : format === 'text' ? 'PRIVACY POLICY\n\n1. WHAT WE COLLECT\nNames.\n' : '# Privacy Policy\n\n## What we collect\n\nNames.\n';
        for (const topic of TOPICS) {
          const doc = parseDocument(base, { format });
          const fix = planInsertSection(doc, { sectionTopics: doc.sections.map(() => []) }, topic);
          const text = base.slice(0, fix.offset) + fix.text + base.slice(fix.offset);
          const found = placeholders(text, { format });
          const slots = fix.text.match(/\[[^\]]+\]/g) ?? [];
          assert.ok(slots.length > 0, `${topic.id}: the inserted section has slots`);
          for (const slot of slots) assert.ok(found.some(([t, k]) => t.includes(slot) && k === 'slot'), `${topic.id} (${format}): ${slot} is reported as a slot: ${JSON.stringify(found)}`);
          assert.deepEqual(found.filter(([, k]) => k === 'drafting-note'), [], `${topic.id} (${format})`);
        }
      }
    });
  });
});
