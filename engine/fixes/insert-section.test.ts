import assert from 'node:assert/strict';
import { parseDocument } from '../parse/index.ts';
import type { Format, TopicCoverage } from '../types.ts';
import type { TopicDefinition } from '../topics/definition.ts';
import { fromRoman, planInsertSection, planInsertSections, snippetToText, toRoman } from './insert-section.ts';
import { lint } from '../index.ts';
import { topicById } from '../topics/index.ts';

const topic: TopicDefinition = {
  id: 'retention',
  rule: 'missing-retention',
  title: 'Data retention',
  description: '',
  message: '',
  why: '',
  citations: [],
  checklist: [],
  recognition: { headings: [], headingNegative: [], parts: {}, traps: [], statements: [] },
  placement: { beforeTopics: ['contact'], beforeHeadings: ['^(changes|updates)\\b', 'contact'] },
  template: { title: 'How Long We Keep Information', body: 'We keep ${1:[data category]} for ${2:[retention period]}.' },
};
const noCoverage = (n: number): TopicCoverage => ({ covered: new Map(), sectionTopics: Array.from({ length: n }, () => []) });

function plan(text: string, format: Format) {
  const doc = parseDocument(text, { format });
  const fix = planInsertSection(doc, noCoverage(doc.sections.length), topic);
  const applied = text.slice(0, fix.offset) + fix.text + text.slice(fix.offset);
  return { fix, applied };
}

describe('planInsertSection', () => {
  it('inserts a Markdown section at the sibling heading level, before the contact section', () => {
    const text = '# Policy\n\n## What we collect\n\nNames.\n\n## Contact us\n\nmail@acme.test\n';
    const { fix, applied } = plan(text, 'markdown');
    assert.equal(
      applied,
      '# Policy\n\n## What we collect\n\nNames.\n\n## How Long We Keep Information\n\nWe keep [data category] for [retention period].\n\n## Contact us\n\nmail@acme.test\n',
    );
    assert.equal(fix.snippet, '## How Long We Keep Information\n\nWe keep ${1:[data category]} for ${2:[retention period]}.\n\n');
    assert.deepEqual(fix.headingStyle, { kind: 'atx', level: 2 });
  });

  it('appends at the end when there is no contact or changes section, adding the missing line break', () => {
    const { applied } = plan('# Policy\n\n## Scope\n\nAll.', 'markdown');
    assert.equal(applied, '# Policy\n\n## Scope\n\nAll.\n\n## How Long We Keep Information\n\nWe keep [data category] for [retention period].\n');
  });

  it('continues Roman numbering after the last numbered section without renumbering anything', () => {
    const text = 'Privacy Notice\n\nI. Scope\n\nText one.\n\nII. Contact Us\n\nmail@acme.test\n';
    const { fix, applied } = plan(text, 'text');
    assert.equal(fix.number, 'III');
    assert.ok(applied.endsWith('II. Contact Us\n\nmail@acme.test\n\nIII. How Long We Keep Information\n\nWe keep [data category] for [retention period].\n'), applied);
  });

  it('continues prefixed numbering ("Section 5: …" -> "Section 6: …") in plain text', () => {
    const text = 'Data Notice\n\nSection 4: Scope\n\nThis notice covers the shop.\n\nSection 5: Contact Us\n\nWrite to the front desk.\n';
    const { fix, applied } = plan(text, 'text');
    assert.equal(fix.number, '6');
    assert.deepEqual(fix.headingStyle, { kind: 'arabic', suffix: ':', depth: 1, prefix: 'Section ' });
    assert.ok(applied.endsWith('Section 5: Contact Us\n\nWrite to the front desk.\n\nSection 6: How Long We Keep Information\n\nWe keep [data category] for [retention period].\n'), applied);
  });

  it('continues a numbered sequence whose headings are spelt differently ("ARTICLE 2", "Article 3")', () => {
    const text = 'Data Notice\n\nARTICLE 1 - SCOPE\n\nThis notice covers the shop.\n\nARTICLE 2 - RECORDS\n\nReceipts are kept.\n\nArticle 3 - Contact\n\nWrite to the front desk.\n';
    const { fix, applied } = plan(text, 'text');
    assert.equal(fix.number, '4');
    assert.ok(applied.endsWith('Write to the front desk.\n\nARTICLE 4 - How Long We Keep Information\n\nWe keep [data category] for [retention period].\n'), applied);
  });

  it('writes a two-line numbered heading on two lines, in capitals like its siblings', () => {
    const text = 'Data Notice\n\nSECTION 1\nSCOPE\n\nThis notice covers the shop.\n\nSECTION 2\nRECORDS\n\nReceipts are kept.\n';
    const { fix } = plan(text, 'text');
    assert.ok(fix.text.includes('\nSECTION 3\nHOW LONG WE KEEP INFORMATION\n\nWe keep'), fix.text);
  });

  it('continues parenthesised letters ("(b)" -> "(c)")', () => {
    const text = 'Data Notice\n\n(a) Scope\n\nThis notice covers the shop.\n\n(b) Contact Us\n\nWrite to the front desk.\n';
    const { fix } = plan(text, 'text');
    assert.ok(fix.text.includes('\n(c) How Long We Keep Information\n'), fix.text);
  });

  it('continues the numbers of numbered Markdown headings, and leaves unnumbered ones unnumbered', () => {
    const text = '# Policy\n\n## 1. Scope\n\nAll of it.\n\n## 2. Contact\n\nWrite to us.\n';
    const { fix, applied } = plan(text, 'markdown');
    assert.equal(fix.number, '3');
    assert.ok(applied.endsWith('## 2. Contact\n\nWrite to us.\n\n## 3. How Long We Keep Information\n\nWe keep [data category] for [retention period].\n'), applied);
    const plainMd = plan('# Policy\n\n## Scope\n\nAll of it.\n', 'markdown');
    assert.ok(plainMd.fix.text.includes('\n## How Long We Keep Information\n'), plainMd.fix.text);
    assert.equal(plainMd.fix.number, undefined);
  });

  it('continues the numbers of numbered HTML headings', () => {
    const text = '<html><body><h1>Privacy</h1>\n<h2>Section 1: Scope</h2>\n<p>All.</p>\n<h2>Section 2: Contact</h2>\n<p>Desk.</p>\n</body></html>\n';
    const { fix } = plan(text, 'html');
    assert.equal(fix.number, '3');
    assert.ok(fix.text.includes('<h2>Section 3: How Long We Keep Information</h2>'), fix.text);
  });

  it('keeps bullet headings and a document without blank lines compact', () => {
    const text = 'Privacy Policy\n  • Information We Collect\nWe collect names when you register for the service.\n  • Changes to This Policy\nWe may update this policy from time to time.\n';
    const { applied } = plan(text, 'text');
    assert.ok(applied.includes('\n  • How Long We Keep Information\nWe keep [data category] for [retention period].\n  • Changes to This Policy\n'), applied);
  });

  it('writes HTML headings and paragraphs in an HTML document', () => {
    const text = '<html><body><h1>Privacy</h1>\n<h2>Scope</h2>\n<p>All.</p>\n</body></html>\n';
    const { fix } = plan(text, 'html');
    assert.ok(fix.text.includes('<h2>How Long We Keep Information</h2>'), fix.text);
    assert.ok(fix.text.includes('<p>We keep [data category] for [retention period].</p>'), fix.text);
  });

  it('preserves CRLF line endings', () => {
    const { fix } = plan('# Policy\r\n\r\n## Scope\r\n\r\nAll.\r\n', 'markdown');
    assert.ok(!/[^\r]\n/.test(fix.text), JSON.stringify(fix.text));
  });
});

describe('planInsertSections (several sections at once)', () => {
  const all = (text: string, fileName: string) => {
    const result = lint(text, { fileName });
    const topics = result.findings.flatMap((f) => (f.fix?.kind === 'insert-section' ? [topicById(f.fix.topic)!] : []));
    const fixes = planInsertSections(result.document, result.coverage, topics);
    // Every insertion (sections and their table-of-contents entries), applied from the last to the first so earlier
    // offsets stay valid; at one offset, in the order given.
    const edits = fixes.flatMap((f) => [{ offset: f.offset, text: f.text }, ...(f.toc ? [f.toc] : [])]).map((e, i) => ({ ...e, i }));
    edits.sort((a, b) => b.offset - a.offset || b.i - a.i);
    let applied = text;
    for (const e of edits) applied = applied.slice(0, e.offset) + e.text + applied.slice(e.offset);
    return { fixes, applied };
  };
  const order = (applied: string, ...titles: string[]) => {
    const at = titles.map((t) => applied.indexOf(t));
    assert.ok(at.every((n) => n >= 0), `${titles.join(' / ')} in:\n${applied}`);
    assert.deepEqual([...at].sort((a, b) => a - b), at, applied);
  };

  it('puts each section where it belongs relative to the others too, before a question-style changes heading', () => {
    const text = '# Privacy Policy\n\n## What data do we collect?\n\nWe collect names.\n\n## What if we change this privacy policy?\n\nWe post changes here.\n';
    const { applied } = all(text, 'privacy.md');
    // Contact details conventionally end a policy, after the changes section.
    order(applied, '## International transfers of personal data', '## How long we keep your information', "## Children's privacy", '## What if we change this privacy policy?', '## How to contact us');
  });

  it('numbers sections inserted after a numbered outline on, in the siblings\' capitals, inside the HTML content wrapper', () => {
    const text =
      '<!DOCTYPE html>\n<html><body>\n<div class="content">\n<h1>Privacy Policy</h1>\n<h2>1. WHAT DATA DO WE COLLECT?</h2>\n<p>We collect names.</p>\n' +
      '<h2>2. HOW DO WE USE YOUR DATA?</h2>\n<p>To run the service.</p>\n</div>\n<footer>Copyright Acme</footer>\n</body></html>\n';
    const { applied } = all(text, 'privacy.html');
    order(applied, '<h2>3. INTERNATIONAL TRANSFERS OF PERSONAL DATA</h2>', '<h2>4. HOW LONG WE KEEP YOUR INFORMATION</h2>', "<h2>5. CHILDREN'S PRIVACY</h2>", '<h2>6. HOW TO CONTACT US</h2>', '</div>\n<footer>');
  });

  it('adds each section to the table of contents, in the style of its entries', () => {
    const md =
      '# Privacy Policy\n\n## Contents\n\n1. [What we collect](#what-we-collect)\n2. [How we use it](#how-we-use-it)\n3. [Contact us](#contact-us)\n\n' +
      '## What we collect\n\nNames.\n\n## How we use it\n\nTo run the service.\n\n## Contact us\n\nWrite to privacy@acme.test.\n';
    order(all(md, 'privacy.md').applied,
      '2. [How we use it](#how-we-use-it)\n3. [International transfers of personal data](#international-transfers-of-personal-data)\n' +
        '3. [How long we keep your information](#how-long-we-keep-your-information)\n3. [Children\'s privacy](#childrens-privacy)\n3. [Contact us](#contact-us)\n',
      '## International transfers of personal data\n');

    const html =
      '<html><body><h1>Privacy Policy</h1>\n<ul>\n<li><a href="#collect">1. WHAT DATA DO WE COLLECT?</a></li>\n<li><a href="#use">2. HOW DO WE USE YOUR DATA?</a></li>\n</ul>\n' +
      '<h2 id="collect">1. WHAT DATA DO WE COLLECT?</h2>\n<p>We collect names.</p>\n<h2 id="use">2. HOW DO WE USE YOUR DATA?</h2>\n<p>To run the service.</p>\n</body></html>\n';
    const applied = all(html, 'privacy.html').applied;
    order(applied,
      '<li><a href="#use">2. HOW DO WE USE YOUR DATA?</a></li>\n<li><a href="#international-transfers-of-personal-data">3. INTERNATIONAL TRANSFERS OF PERSONAL DATA</a></li>\n',
      '<li><a href="#how-to-contact-us">6. HOW TO CONTACT US</a></li>\n</ul>',
      '<h2 id="international-transfers-of-personal-data">3. INTERNATIONAL TRANSFERS OF PERSONAL DATA</h2>',
      '<h2 id="how-to-contact-us">6. HOW TO CONTACT US</h2>');

    const txt = 'PRIVACY NOTICE\n\nI. Scope\nII. Data We Collect\nIII. Contact\n\nI. Scope\n\nThis notice covers the shop.\n\nII. Data We Collect\n\nWe collect names.\n\nIII. Contact\n\nWrite to privacy@acme.test.\n';
    order(all(txt, 'privacy.txt').applied, 'III. Contact\nIV. International Transfers of Personal Data\nV. How Long We Keep Your Information\nVI. Children\'s Privacy\n\nI. Scope', '\nIV. International Transfers of Personal Data\n\nWe are based');
  });

  it('copies the table-of-contents line of one section: the longest title it names holds every other it names, in any case', () => {
    // "Data use and data" is an entry for "Data use" ("data" is part of it); "Cookies and contact" names two sections
    // and is no entry; "CONTACT" is the entry of "Contact", the first section after the new ones.
    const toc = (text: string) => [...new Set(lint(text, { format: 'markdown' }).findings.flatMap((f) => (f.fix?.kind === 'insert-section' && f.fix.toc ? [text.slice(0, f.fix.toc.offset).split('\n').slice(-2)[0]] : [])))];
    const md = '# Privacy Policy\n\n## Contents\n\n- [Data](#data)\n- [Data use and data](#data-use)\n- [Cookies and contact](#cookies)\n- [CONTACT](#contact)\n\n## Data\n\nNames.\n\n## Data use\n\nTo run it.\n\n## Cookies\n\nNone.\n\n## Contact\n\nWrite to privacy@acme.test.\n';
    assert.deepEqual(toc(md), ['- [Cookies and contact](#cookies)'], 'inserted before the entry of Contact');
    // Without an entry for Contact, the new entries follow the last entry.
    assert.deepEqual(toc(md.replace('[CONTACT](#contact)', '[Cookies](#c2)')), ['- [Cookies](#c2)']);
  });

  it('writes the title in Title Case when the siblings are', () => {
    const text = '# Privacy Policy\n\n## Information We Collect\n\nWe collect names.\n\n## How We Use Information\n\nTo run the service. Write to privacy@acme.test.\n';
    const { applied } = all(text, 'privacy.md');
    assert.ok(applied.includes('## How Long We Keep Your Information\n'), applied);
    assert.ok(applied.includes("## Children's Privacy\n"), applied);
  });
});

describe('snippet helpers', () => {
  it('renders nested tab stops, choices and escapes to plain text', () => {
    assert.equal(snippetToText('a ${1:b ${2:c}} \\$d ${3|x,y|} $4e'), 'a b c $d x e');
  });
  it('converts Roman numerals both ways', () => {
    assert.equal(toRoman(14), 'XIV');
    assert.equal(fromRoman('XIV'), 14);
    assert.equal(fromRoman('x'), 10);
  });
});
