import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, plainTextNote } from './index.ts';
import { markdownProcessor, parseMarkdownTree } from './markdown.ts';
import { blockBudget, blockCost, boundBlocks, boundInlineMarkup, containerDepth, withinBounds } from './markdown-bounds.ts';
import fc from 'fast-check';
import { lint } from '../index.ts';
import { arbitraryText } from '../../test/robustness/arbitraries.ts';
import { generatePolicy } from '../../bench/generate.ts';
import { documentFiles } from '../../test/document-files.ts';

const md = (text: string) => parseDocument(text, { format: 'markdown' });
const slice = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);
const excludedText = (text: string) => md(text).excluded.map((s) => slice(text, s));

describe('markdown parser', () => {
  it('takes a lone top heading as the title and the rest as sections, ATX and setext', () => {
    const text = '# Acme Privacy Policy\n\nIntro.\n\n## What we collect\n\nNames.\n\nHow long we keep it\n-------------------\n\nA year.\n';
    const doc = md(text);
    assert.equal(slice(text, doc.title!), '# Acme Privacy Policy');
    assert.deepEqual(doc.sections.map((s) => [s.title, s.level, s.style.kind]), [
      ['What we collect', 2, 'atx'],
      ['How long we keep it', 2, 'setext'],
    ]);
    assert.equal(slice(text, doc.sections[0].body), '\n\nNames.\n\n');
    assert.equal(doc.sections[1].body.end, text.length);
  });

  it('moves a heading\'s number or "Section 4:" prefix into Section.number and records ATX numbering', () => {
    const text = '# Notice\n\n## 3. Keeping Records\n\nThree seasons.\n\n### 3.2 Abroad\n\nOnly here.\n\n## Section 4: Minors\n\nNone.\n\n## 2024 Changes\n\nSome.\n';
    const doc = md(text);
    assert.deepEqual(doc.sections.map((s) => [s.title, s.number, s.level]), [
      ['Keeping Records', '3', 2],
      ['Abroad', '3.2', 3],
      ['Minors', '4', 2],
      ['2024 Changes', undefined, 2],
    ]);
    assert.deepEqual(doc.sections[0].style, { kind: 'atx', level: 2, numbering: { kind: 'arabic', suffix: '.', depth: 1 } });
    assert.deepEqual(doc.sections[2].style, { kind: 'atx', level: 2, numbering: { kind: 'arabic', suffix: ':', depth: 1, prefix: 'Section ' } });
    assert.deepEqual(doc.sections[3].style, { kind: 'atx', level: 2 });
  });

  it('reads plain numbered lines between paragraphs (single-item ordered lists) as headings, not real lists', () => {
    const text = '# Club Notice\n\n1. Scope of this notice\n\nIt covers members and guests.\n\n2. Keeping records\n\nForms are kept for three seasons.\n';
    const doc = md(text);
    assert.deepEqual(doc.sections.map((s) => [s.title, s.number, s.level, s.style.kind]), [
      ['Scope of this notice', '1', 2, 'arabic'],
      ['Keeping records', '2', 2, 'arabic'],
    ]);
    assert.equal(slice(text, doc.sections[0].heading), '1. Scope of this notice');
    assert.equal(doc.blocks.find((b) => b.text === 'Keeping records')?.kind, 'heading');
    const bullets = md('# Club Notice\n\n1. Details we ask members\n\n- Name\n- Address\n\n2. Keeping records\n\nForms are kept.\n');
    assert.deepEqual(bullets.sections.map((s) => s.title), ['Details we ask members', 'Keeping records']);
    // One numbered line, a real list, or a numbered sentence is not a heading.
    assert.deepEqual(md('# N\n\n1. Scope of this notice\n\nIt covers members.\n').sections, []);
    assert.deepEqual(md('# N\n\nSteps:\n\n1. Open the app\n2. Tap settings\n\nThat is all.\n').sections, []);
    assert.deepEqual(md('# N\n\n1. We keep forms for three seasons.\n\nMore.\n\n2. We delete them after that.\n\nDone.\n').sections, []);
  });

  it('reads "**Title:**" and "**1. Title**" paragraphs as bold headings, but not a lone "**Note:**"', () => {
    const text = '# Notice\n\n**Information we keep:**\n\nForms and receipts.\n\n**2. Who sees it**\n\nOnly staff.\n\n**Note:**\n\nSubject to change.\n';
    const doc = md(text);
    assert.deepEqual(doc.sections.map((s) => [s.title, s.number]), [
      ['Information we keep', undefined],
      ['Who sees it', '2'],
    ]);
  });

  it('keeps every heading as a section when no single heading stands above the others', () => {
    const text = '## Scope\n\nText.\n\n## Contact\n\nMail us.\n';
    const doc = md(text);
    assert.deepEqual(doc.sections.map((s) => s.title), ['Scope', 'Contact']);
    assert.equal(slice(text, doc.title!), '## Scope');
  });

  it('treats a bold-only paragraph as a heading one level below the deepest real one', () => {
    const text = '# Policy\n\n## Data\n\n**Children**\n\nWe do not serve children.\n';
    const doc = md(text);
    assert.deepEqual(doc.sections.map((s) => [s.title, s.level, s.style.kind]), [
      ['Data', 2, 'atx'],
      ['Children', 3, 'bold'],
    ]);
  });

  it('does not treat a bold sentence as a heading', () => {
    const doc = md('# P\n\n**We never sell your data.**\n');
    assert.deepEqual(doc.sections, []);
  });

  it('ignores front matter for the title and excludes its keys but not its values', () => {
    const text = '---\ntitle: "{{company}} policy"\n---\n\n# Privacy\n\nBody.\n';
    const doc = md(text);
    assert.equal(slice(text, doc.title!), '# Privacy');
    const ex = excludedText(text);
    assert.ok(ex.some((e) => e.includes('title:')));
    assert.ok(!ex.some((e) => e.includes('{{company}}')));
  });

  it('excludes code, link destinations, definitions, footnotes and images, but keeps link text', () => {
    const text =
      'See [our contact page](https://x.test/contact) or `[DATE]`.\n\n```\n{{company}}\n```\n\n' +
      'A note[^1] and ![logo](l.png).\n\n[^1]: Footnote text.\n\n[ref]: https://x.test\n';
    const ex = excludedText(text);
    assert.ok(ex.includes('`[DATE]`'));
    assert.ok(ex.some((e) => e.includes('{{company}}')));
    assert.ok(ex.includes('](https://x.test/contact)'));
    assert.ok(ex.includes('['));
    assert.ok(ex.includes('[^1]'));
    assert.ok(ex.includes('![logo](l.png)'));
    assert.ok(ex.some((e) => e.startsWith('[ref]:')));
    assert.ok(!ex.some((e) => e.includes('our contact page')));
    assert.ok(!ex.some((e) => e.includes('Footnote text')));
  });

  it('excludes kramdown attribute lines, heading ids and abbreviation definitions', () => {
    const text = '# Policy\n\n## Retention {#retention}\n\n{: .lead}\n\n*[GDS]: Government Digital Service\n\nBody.\n';
    const doc = md(text);
    assert.equal(doc.sections[0].title, 'Retention');
    const ex = excludedText(text);
    assert.ok(ex.some((e) => e.startsWith('{#retention}')));
    assert.ok(ex.some((e) => e.startsWith('{: .lead}')));
    assert.ok(ex.some((e) => e.startsWith('*[GDS]:')));
  });

  it('reads HTML comments as inline directives and excludes real tags but not slot-like pseudo tags', () => {
    const text = '# P\n\n<!-- policy-linter-disable placeholder -->\n\nDated <INSERT DATE> and <b>bold</b>.\n\n<a href="/cdn-cgi/l/email-protection#0a">x</a>\n';
    const doc = md(text);
    assert.deepEqual(doc.directives.map((d) => [d.kind, d.rules]), [['disable', ['placeholder']]]);
    const ex = excludedText(text);
    assert.ok(ex.includes('<b>') && ex.includes('</b>'));
    assert.ok(!ex.some((e) => e.includes('INSERT')));
    assert.ok(!ex.some((e) => e.includes('/cdn-cgi/')), 'href values stay visible to the placeholder rule');
  });

  it('recognises a list of in-page anchor links as a table of contents', () => {
    const text = '# Policy\n\n- [Collection](#collection)\n- [Retention](#retention)\n- [Contact](#contact)\n\n## Collection\n\nText.\n';
    const doc = md(text);
    assert.equal(doc.toc.length, 1);
    assert.ok(slice(text, doc.toc[0]).includes('[Retention](#retention)'));
    const notToc = md('# P\n\n- [Site](https://a.test) is ours\n- [Blog](#blog)\n');
    assert.equal(notToc.toc.length, 0);
  });

  it('gives prose blocks with plain text for paragraphs, list items and table cells', () => {
    const text = '# P\n\nWe keep **logs** for 30 days.\n\n- Email us at a@b.test\n\n| Data | Period |\n| --- | --- |\n| Logs | 1 year |\n';
    const doc = md(text);
    const kinds = doc.blocks.map((b) => [b.kind, b.text]);
    assert.deepEqual(kinds.slice(0, 3), [
      ['heading', 'P'],
      ['paragraph', 'We keep logs for 30 days.'],
      ['list-item', 'Email us at a@b.test'],
    ]);
    assert.ok(kinds.some(([k, t]) => k === 'table-cell' && t === '1 year'));
  });

  it('uses CRLF-correct spans', () => {
    const text = '# Policy\r\n\r\n## Contact\r\n\r\nMail.\r\n';
    const doc = md(text);
    assert.equal(doc.eol, '\r\n');
    assert.equal(slice(text, doc.sections[0].heading), '## Contact');
    assert.deepEqual(doc.lines.positionAt(doc.sections[0].heading.start), { line: 2, character: 0 });
  });

  it('measures container nesting per line and outlines absurdly nested Markdown as plain text', () => {
    assert.equal(containerDepth('- a\n> - 1. b\n   > c\n    - code\n'), 3);
    assert.equal(containerDepth('-no marker\n1.5 percent\n'), 0);
    const nested = 'Privacy Policy\n\n' + '> - '.repeat(5000) + 'x\n\nRetention\n\nWe keep logs for 30 days and then delete them.\n';
    const doc = md(nested);
    assert.equal(doc.format, 'markdown');
    assert.deepEqual(doc.sections.map((s) => s.title), ['Retention']);
    assert.deepEqual(doc.plainText, [{ span: { start: 0, end: nested.length }, reason: 'nesting' }]);
    assert.match(plainTextNote(doc)!, /^read as plain text: its block quotes or lists are nested more than 32 deep/);
    assert.equal(plainTextNote(md('# Policy\n\nText.\n')), undefined);
  });

  it('reads a paragraph too dense with markup for micromark as plain text, and leaves every other block as Markdown', () => {
    const extensions = markdownProcessor.freeze().data('micromarkExtensions') ?? [];
    const normal = '# Policy\n\nSee [our terms](https://example.test/terms) and **note** this & that.\n';
    assert.deepEqual(boundInlineMarkup(normal, extensions), { text: normal, plain: [] });
    const dense = ']'.repeat(30_000);
    const text = `# Policy\n\n## Contact\n\nMail [us](https://example.test/[ID]) _now_.\n\n> ${dense}\n\n| a | b |\n| - | - |\n| \\| x | y |\n`;
    const { text: bounded, plain } = boundInlineMarkup(text, extensions);
    assert.deepEqual(plain, [{ start: text.indexOf(dense), end: text.indexOf(dense) + dense.length }]);
    assert.equal(bounded.length, text.length);
    assert.equal(bounded.slice(0, text.indexOf('> ') + 2), text.slice(0, text.indexOf('> ') + 2), 'the blocks before are untouched');
    assert.ok(!bounded.slice(text.indexOf('> ') + 2, text.indexOf('> ') + 2 + dense.length).includes(']'));
    assert.equal(bounded.slice(text.indexOf('| a')), text.slice(text.indexOf('| a')), 'the table after is untouched');
    const doc = md(text);
    assert.deepEqual(doc.sections.map((s) => s.title), ['Contact']);
    assert.deepEqual(excludedText(text).filter((t) => t.includes('example')), ['](https://example.test/[ID])'], "the link's syntax is still markup");
    assert.ok(doc.blocks.some((b) => b.kind === 'quote' && b.text.length === dense.length));
    // So many brackets cost micromark much even in linear time: the block bound reads the line as plain text first.
    assert.deepEqual(doc.plainText, [{ span: { start: text.indexOf(dense), end: text.indexOf(dense) + dense.length }, reason: 'blocks' }]);
  });

  it('reads a paragraph over the inline budget as one line of plain text', () => {
    // Lines of brackets in one paragraph: each `]` scans back over the paragraph in micromark.
    const lines = 'word [DATE] x\n'.repeat(2500);
    const text = `# Policy\n\n## Retention\n\nWe keep logs for 30 days.\n\n${lines}\n## Contact\n\nMail us.\n`;
    assert.ok(blockCost(text) <= blockBudget(text.length), 'within the block budget: the inline bound reads it');
    const doc = md(text);
    assert.deepEqual(doc.sections.map((s) => s.title), ['Retention', 'Contact']);
    assert.deepEqual(doc.plainText, [{ span: { start: text.indexOf(lines), end: text.indexOf(lines) + lines.length - 1 }, reason: 'inline' }]);
    const para = doc.blocks.find((b) => b.span.start === text.indexOf(lines))!;
    assert.equal(para.span.end, text.indexOf(lines) + lines.length - 1, 'one paragraph, as before');
    // Over the block budget too (5 times the lines): the block bound reads the whole paragraph as plain text, with no
    // second pass of micromark for the inline bound.
    const more = `# Policy\n\n## Retention\n\nWe keep logs for 30 days.\n\n${lines.repeat(5)}\n## Contact\n\nMail us.\n`;
    const big = md(more);
    assert.deepEqual(big.sections.map((s) => s.title), ['Retention', 'Contact']);
    assert.deepEqual(big.plainText, [{ span: { start: more.indexOf(lines), end: more.indexOf(lines) + 5 * lines.length - 1 }, reason: 'blocks' }]);
  });
});

describe('markdown block budget', () => {
  const md = (text: string) => parseDocument(text, { format: 'markdown' });
  const slice = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

  it('parses real policies as Markdown throughout: fixtures and generated policies of every size sit far below the budget', () => {
    const root = join(import.meta.dirname, '../..');
    const texts = [
      ...documentFiles(join(root, 'test/fixtures'), ['.md']).map((f) => readFileSync(f, 'utf8')),
      ...documentFiles(join(root, 'examples'), ['.md']).map((f) => readFileSync(f, 'utf8')),
      ...[5_000, 50_000, 500_000].flatMap((size) => [1, 2, 3].map((seed) => generatePolicy({ seed, targetSize: size, format: 'markdown' }))),
    ];
    assert.ok(texts.length >= 12);
    for (const text of texts) {
      assert.ok(blockCost(text) < 0.75 * blockBudget(text.length), `${blockCost(text)} for ${text.length} characters`);
      assert.ok(withinBounds(text));
      assert.deepEqual(boundBlocks(text), { text, plain: [] });
      if (text.length < 100_000) assert.equal(md(text).plainText, undefined);
    }
  });

  it('reads the lines that cost micromark most for their length as plain text, and keeps headings, fences and directives around them', () => {
    // 12,000 one-word list items (each costs micromark about 100 µs), among ordinary sections, a code block and a
    // disable/enable directives on lines of their own inside the list.
    const line = (i: number) => (i === 6000 ? '<!-- policy-linter-disable placeholder -->\n' : i === 7000 ? '- [Company Name]\n' : i === 8000 ? '<!-- policy-linter-enable placeholder -->\n' : '- a\n');
    const list = Array.from({ length: 12_000 }, (_, i) => line(i)).join('');
    const text = `# Policy\n\n## Retention\n\nWe keep logs for 30 days.\n\n${list}\n\`\`\`\ncode [x]\n\`\`\`\n\n## Contact\n\nWrite to [EMAIL].\n`;
    assert.ok(!withinBounds(text));
    const bounded = boundBlocks(text);
    assert.equal(bounded.text.length, text.length, 'offsets stay');
    assert.equal(bounded.text.slice(0, text.indexOf(list)), text.slice(0, text.indexOf(list)), 'what comes before is untouched');
    assert.equal(bounded.text.slice(text.indexOf(list) + list.length), text.slice(text.indexOf(list) + list.length), 'what comes after is untouched');
    assert.ok(blockCost(bounded.text) <= blockBudget(text.length) / 4, 'brought to a quarter of the budget');
    assert.ok(bounded.text.includes('\n<!-- policy-linter-disable placeholder -->\n'), 'a comment on a line of its own is kept');
    // The list is read as a few long lines of plain text: no list item after the first of each.
    const tree = parseMarkdownTree(text, bounded.text);
    const items = tree.children.filter((n) => n.type === 'list').reduce((k, n) => k + (n.type === 'list' ? n.children.length : 0), 0);
    assert.ok(items > 0 && items < 12_000 / 4, `${items} list items`);
    assert.deepEqual(tree.children.filter((n) => n.type === 'code').map((n) => n.type === 'code' && n.value), ['code [x]']);

    const doc = md(text);
    assert.deepEqual(doc.sections.map((s) => s.title), ['Retention', 'Contact']);
    assert.ok(doc.plainText!.length >= 1 && doc.plainText!.every((p) => p.reason === 'blocks'));
    for (const p of doc.plainText!) assert.ok(p.span.start >= text.indexOf(list) && p.span.end <= text.indexOf(list) + list.length);
    // The placeholder after the directive is silenced; the one in the ordinary section is reported.
    const found = lint(text, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'placeholder').map((f) => slice(text, f.span));
    assert.deepEqual(found, ['[EMAIL]']);
  });

  it('charges list items nested deep for the containers each line continues', () => {
    // 3,000 list items nested up to 30 deep (under the nesting bound): micromark continues every open item on every
    // line, about five times what the model gave these lines when it counted only markers within three columns.
    const text = Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i % 30)}- a [X]`).join('\n');
    assert.ok(containerDepth(text) < 32);
    assert.ok(blockCost(text) > 2 * blockBudget(text.length), `${blockCost(text)} for ${text.length} characters`);
    assert.deepEqual(md(text).plainText?.map((p) => p.reason), ['blocks']);
    // Items nested a few levels, as policies nest them, cost about what their lines cost flat.
    const shallow = Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i % 3)}- We keep item ${i} for a year.`).join('\n');
    assert.ok(blockCost(shallow) < 0.75 * blockBudget(shallow.length));
  });

  it('reads a table of thousands of cells as plain text', () => {
    const cells = 30_000;
    const text = `# Policy\n\n## Cookies\n\n|${' a |'.repeat(cells)}\n|${' - |'.repeat(cells)}\n|${' x |'.repeat(cells)}\n\n## Contact\n\nMail us.\n`;
    const doc = md(text);
    assert.deepEqual(doc.sections.map((s) => s.title), ['Cookies', 'Contact']);
    assert.ok(!doc.blocks.some((b) => b.kind === 'table-cell'));
    assert.deepEqual(doc.plainText?.map((p) => p.reason), ['blocks']);
    assert.equal(plainTextNote(doc), 'read as plain text, because parsing it as Markdown would take far too long: lines 5-7 (thousands of short lines, list items or table cells)');
  });

  it('takes a run of blank lines for one blank line, and lists none of it as plain text', () => {
    const text = `# Policy\n\nFirst paragraph.${'\n'.repeat(300_000)}Second paragraph.\n`;
    const bounded = boundBlocks(text);
    assert.equal(bounded.text.length, text.length);
    assert.deepEqual(bounded.plain, []);
    const tree = parseMarkdownTree(text, bounded.text);
    assert.deepEqual(tree.children.map((n) => n.type), ['heading', 'paragraph', 'paragraph']);
    assert.equal(tree.children[2].position?.start.offset, text.indexOf('Second'));
  });

  it('keeps the length, every line outside the windows, and code fences, whatever the text and the budget', () => {
    const line = fc.constantFrom('- a', '1. b', '> c', '> - d', '# e', 'f', 'word [DATE] x', '', '   ', '```', '~~~ js', '<!-- policy-linter-disable -->', '<div>', '| a | b |', '| - | - |', '[a]: /b', '***', 'g  ', '    code', '---', '+++', '\uFEFF---', 'x'.repeat(3000));
    const eol = fc.constantFrom('\n', '\r\n', '\r');
    const markdownLines = fc.array(fc.tuple(line, eol), { maxLength: 200 }).map((ls) => ls.map(([l, e]) => l + e).join(''));
    fc.assert(
      fc.property(fc.oneof(markdownLines, arbitraryText), fc.double({ min: 0, max: 1.2, noNaN: true }), (text, share) => {
        const cost = blockCost(text);
        const { text: bounded, plain } = boundBlocks(text, share * cost);
        assert.equal(bounded.length, text.length);
        if (share >= 1) assert.deepEqual({ bounded, plain }, { bounded: text, plain: [] });
        assert.ok(blockCost(bounded) <= cost);
        // Outside the parts read as plain text only runs of blank lines change (their line breaks, to spaces); fences stay.
        let at = 0;
        for (const p of [...plain, { start: text.length, end: text.length }]) {
          const a = text.slice(at, p.start);
          const b = bounded.slice(at, p.start);
          if (a !== b) assert.equal(a.replace(/[\r\n]/g, ' '), b.replace(/[\r\n]/g, ' '));
          at = p.end;
        }
        const fences = (s: string) => s.split(/\r\n?|\n/).filter((l) => /^(?:```|~~~)/.test(l)).length;
        assert.equal(fences(bounded), fences(text));
        parseMarkdownTree(text, bounded);
      }),
      { numRuns: 300, seed: 20261209 },
    );
  });

  it('keeps front matter and the containers a plain-text line opens', () => {
    const items = '> - a\n'.repeat(5000);
    const text = `---\ntitle: Privacy\n---\n\n${items}`;
    const bounded = boundBlocks(text);
    assert.equal(bounded.text.slice(0, text.indexOf(items) + 4), text.slice(0, text.indexOf(items) + 4), 'front matter and the first line\'s containers');
    const tree = parseMarkdownTree(text, bounded.text);
    assert.equal(tree.children[0].type, 'yaml');
    assert.ok(tree.children.slice(1).every((n) => n.type === 'blockquote'));
  });
});
