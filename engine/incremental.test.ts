import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint, DocumentLinters, IncrementalLinter, type LintResult, type Format } from './index.ts';
import { changedRegion, applyChanges, type ParseKind } from './incremental.ts';
import { withinBounds } from './parse/markdown-bounds.ts';
import { LineIndex } from './text/lines.ts';
import { generatePolicy } from '../bench/generate.ts';

/** Everything a lint result says, in a comparable form: findings, outline, blocks, exclusions, coverage evidence. */
function view(r: LintResult): string {
  const { lines: _lines, ...doc } = r.document;
  const covered = [...r.coverage.covered].map(([topic, evidence]) => [topic, evidence]);
  return JSON.stringify({ findings: r.findings, doc, covered, sectionTopics: r.coverage.sectionTopics, problems: r.problems });
}

/** Fails with the first difference, readably. */
function assertSame(incremental: LintResult, text: string, format: Format, what: string) {
  const full = lint(text, { format });
  const a = view(incremental);
  const b = view(full);
  if (a === b) return;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  assert.fail(`${what}: incremental and full lint differ at ${i}:\n  incremental …${a.slice(Math.max(0, i - 200), i + 200)}\n  full        …${b.slice(Math.max(0, i - 200), i + 200)}\ntext: ${JSON.stringify(text.length > 3000 ? `${text.slice(0, 3000)}…` : text)}`);
}

/** Pieces of placeholders and of what their patterns read around them, some across line breaks. */
const PLACEHOLDER_PIECES = [
  'Last\n\nupdated:', 'Last updated:\n', '[Other analytics\n  services]', '[', ']', 'DRAFT — NOT FOR PUBLICATION\n', 'This is a DRAFT document. ', 'Note to drafter: fix. ',
  '"We" or "I" ', '\nOR\n', '2025-01-XX ', '____ ', 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. ', '[email protected] ',
  'data-cfemail="2a5a58"', 'Email:\n\nundefined', 'Phone:\n', '(insert date) ', '{{COMPANY_NAME}} ', '<INSERT DATE> ', 'YOUR_EMAIL ', 'Replace this text with yours. ',
  'Before publishing:\n- host this page\n- add the URL\n', 'to be\ndetermined.', 'example.com ', '555-0123 ',
];

/** Snippets an author types or pastes, with the Markdown constructs whose splice needs care. */
const SNIPPETS = [
  'a', ' ', '.', '\n', '\n\n', '\r\n', '\r', '\t', '    ', '# ', '## Data retention\n', 'Retention\n=========\n', '---\n', '***\n', '===',
  '- ', '* item\n', '1. ', '2) ', '> ', '```\n', '~~~md\n', '```\ncode\n```\n', '    indented code\n', '| a | b |\n| - | - |\n| 1 | 2 |\n', '|',
  '<div>\n', '</div>\n', '<!-- ', ' -->', '<!-- policy-linter-disable placeholder -->\n', '<details>\n<summary>x</summary>\n\n', '[x]: https://example.com\n',
  '[^1]: A note.\n', '[^1]', '[link][x]', '[text](/contact)', '**Contact us**\n\n', '**', '*', '_', '`', '\\', '&amp;', '<', '>', '[Company Name]', '{{ email }}', 'TBD',
  'We keep your personal data for 30 days after you close your account. ', 'Contact us at privacy@example.com. ', 'Our service is not directed to children under 13. ',
  'We transfer data to the United States under standard contractual clauses. ', 'Last updated: ', '---\ntitle: Privacy\n---\n', '+++\n', '\ufeff', '\u00e9', '\ud83d\ude00',
  // Placeholders, including the kinds whose patterns read across lines or blank lines (placeholders/scan.ts).
  ...PLACEHOLDER_PIECES,
];

type Edit = { op: 'insert' | 'delete' | 'replace' | 'join' | 'split-line' | 'crlf'; at: number; length: number; snippet: number; lineStart: boolean };

const edit: fc.Arbitrary<Edit> = fc.record({
  op: fc.constantFrom('insert', 'insert', 'insert', 'delete', 'replace', 'join', 'split-line', 'crlf'),
  at: fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
  length: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 200 })),
  snippet: fc.nat(SNIPPETS.length - 1),
  lineStart: fc.boolean(),
});

/** The new text after an edit, as a range change (the form LSP sends): a position between CR and LF has no LSP form. */
function change(text: string, e: Edit): { start: number; end: number; text: string } {
  const c = rawChange(text, e);
  const whole = (i: number) => (text[i - 1] === '\r' && text[i] === '\n' ? i + 1 : i);
  return { start: whole(c.start), end: Math.max(whole(c.start), whole(c.end)), text: c.text };
}

function rawChange(text: string, e: Edit): { start: number; end: number; text: string } {
  const lines = new LineIndex(text);
  let at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  if (e.lineStart) at = lines.lineStart(lines.lineOf(at));
  const snippet = SNIPPETS[e.snippet];
  switch (e.op) {
    case 'insert':
      return { start: at, end: at, text: snippet };
    case 'delete':
      return { start: at, end: Math.min(text.length, at + e.length), text: '' };
    case 'replace':
      return { start: at, end: Math.min(text.length, at + e.length), text: snippet };
    case 'join': {
      // Joins a line with the next (a heading with its paragraph, two list items).
      const line = lines.lineOf(at);
      const s = lines.lineEnd(line);
      return { start: s, end: lines.lineStart(line + 1) > s ? lines.lineStart(line + 1) : s, text: '' };
    }
    case 'split-line':
      return { start: at, end: at, text: text.includes('\r\n') ? '\r\n' : '\n' };
    case 'crlf': {
      // Converts the line endings of a stretch of lines (as a paste from another editor does).
      const end = Math.min(text.length, at + e.length * 4);
      return { start: at, end, text: text.slice(at, end).replace(/\r?\n/g, '\r\n') };
    }
  }
}

const base = (format: Format) =>
  fc.record({ seed: fc.nat(10_000), size: fc.integer({ min: 200, max: 4000 }) }).map(({ seed, size }) => generatePolicy({ seed, targetSize: size, format }));

/** Small hand-written Markdown with the constructs a window must not split. */
const tricky = fc
  .array(fc.constantFrom(...SNIPPETS, 'Some text here.\n', '\n', '# Title\n\nText.\n\n', '- a\n- b\n\n  continued\n', '> quote\nlazy\n', 'para\n---\n', '1. One\n\nBody text follows.\n\n2. Two\n\nMore body.\n'), { maxLength: 40 })
  .map((xs) => xs.join(''));

/** Documents made of placeholder pieces and ordinary sentences, in any format. */
const placeholderDocs = fc
  .array(fc.constantFrom(...PLACEHOLDER_PIECES, 'We keep data for 30 days. ', '\n', '\n\n', '\r\n', '# Privacy\n\n', '<p>', '</p>\n', '- item\n'), { minLength: 5, maxLength: 60 })
  .map((xs) => xs.join(''));

/** Runs the property; returns how the edits were parsed (so a test can check the windows were exercised). */
function run(format: Format, docs: fc.Arbitrary<string>, runs: number): Record<string, number> {
  const parses: Record<string, number> = {};
  fc.assert(
    fc.property(docs, fc.array(edit, { minLength: 1, maxLength: 25 }), fc.boolean(), (text, edits, asRanges) => {
      const linter = new IncrementalLinter(text, { format });
      assertSame(linter.result, text, format, 'initial');
      let current = text;
      edits.forEach((e, i) => {
        const c = change(current, e);
        const next = current.slice(0, c.start) + c.text + current.slice(c.end);
        const lines = new LineIndex(current);
        const r = asRanges ? linter.update([{ range: { start: lines.positionAt(c.start), end: lines.positionAt(c.end) }, text: c.text }]) : linter.update(next);
        current = next;
        parses[linter.lastParse] = (parses[linter.lastParse] ?? 0) + 1;
        assertSame(r, current, format, `after edit ${i + 1} (${e.op} ${JSON.stringify(c)})`);
      });
    }),
    // Seeded: every run checks the same edits (INCREMENTAL_SEED and INCREMENTAL_RUNS explore further).
    { numRuns: runs, seed: Number(process.env.INCREMENTAL_SEED ?? 9) },
  );
  return parses;
}

describe('incremental linting', function () {
  // Thousands of lints on a shared machine: a generous bound, not a speed check.
  this.timeout(600_000);
  // About 3,000 edits in all (up to 25 per document, 13 on average), each compared with a full lint.
  const runs = Number(process.env.INCREMENTAL_RUNS ?? 40);
  it('gives exactly what a full lint gives after random edits of Markdown policies', () => {
    const parses = run('markdown', base('markdown'), runs);
    // Most of these edits are re-parsed as a window (a property that only ever parsed whole would prove nothing).
    assert.ok((parses.window ?? 0) > (parses.full ?? 0), JSON.stringify(parses));
  });
  it('gives exactly what a full lint gives after random edits of Markdown built from tricky blocks', () => {
    const parses = run('markdown', tricky, runs * 4);
    assert.ok((parses.window ?? 0) > 0, JSON.stringify(parses));
  });
  it('gives exactly what a full lint gives after random edits of documents dense with placeholders, in every format', () => {
    for (const format of ['markdown', 'text', 'html'] as const) run(format, placeholderDocs, runs);
  });
  it('gives exactly what a full lint gives after random edits of plain text and HTML', () => {
    run('text', base('text'), Math.ceil(runs / 2));
    run('html', base('html'), Math.ceil(runs / 2));
  });

  it('re-parses only a window around a typed character in a large Markdown policy', () => {
    const text = generatePolicy({ seed: 7, targetSize: 50_000, format: 'markdown' });
    const linter = new IncrementalLinter(text, { format: 'markdown' });
    const at = text.indexOf('\n\n', text.length >> 1);
    const next = `${text.slice(0, at)}x${text.slice(at)}`;
    linter.update(next);
    assert.equal(linter.lastParse, 'window');
    assert.ok(linter.lastParsedLength < text.length / 10, `parsed ${linter.lastParsedLength} of ${text.length}`);
    assertSame(linter.result, next, 'markdown', 'typed');
  });

  it('parses the whole text when a link reference definition is added, and gets the references right', () => {
    const text = '# Policy\n\nSee [our page][contact].\n\n## Contact\n\nWrite to us.\n';
    const linter = new IncrementalLinter(text, { format: 'markdown' });
    const next = `${text}\n[contact]: https://example.com/contact\n`;
    linter.update(next);
    assert.equal(linter.lastParse, 'full');
    assertSame(linter.result, next, 'markdown', 'definition');
  });

  it('returns the same result for an unchanged text', () => {
    const linter = new IncrementalLinter('# Privacy\n\nText.\n', { format: 'markdown' });
    const first = linter.result;
    assert.equal(linter.update('# Privacy\n\nText.\n'), first);
    assert.equal(linter.lastParse, 'unchanged');
  });

  it('keeps its memo to what the latest lint used', () => {
    const a = generatePolicy({ seed: 1, targetSize: 20_000, format: 'markdown' });
    const b = generatePolicy({ seed: 2, targetSize: 20_000, format: 'markdown' });
    const linter = new IncrementalLinter(a, { format: 'markdown' });
    const sizeA = (linter as unknown as { memo: { size: number } }).memo.size;
    linter.update(b);
    linter.update(a);
    // After switching texts and back, only a's entries remain (b's were dropped): the memo does not grow.
    assert.equal((linter as unknown as { memo: { size: number } }).memo.size, sizeA);
  });

  it('parses the whole text while it is over the inline-markup budget, as lint() does', () => {
    // One paragraph dense with brackets (parse/markdown-bounds.ts reads it as plain text), then ordinary sections.
    const dense = `${'[a] '.repeat(6000)}\n\n`;
    const text = `# Policy\n\n${dense}## Contact\n\nWrite to us at [EMAIL].\n`;
    const linter = new IncrementalLinter(text, { format: 'markdown' });
    const next = text.replace('Write', 'Please write');
    linter.update(next);
    assert.equal(linter.lastParse, 'full');
    assertSame(linter.result, next, 'markdown', 'over budget');
    // Back under the budget: the tree of the last parse had a paragraph read as plain text, so none of it is kept.
    const under = next.replace(dense, `${'[a] '.repeat(100)}\n\n`);
    linter.update(under);
    assert.equal(linter.lastParse, 'full');
    assertSame(linter.result, under, 'markdown', 'back under budget');
  });

  it('parses the whole text while it is over the block budget, and gives what lint() gives as edits take it across', () => {
    // Two long lists of one-word items (parse/markdown-bounds.ts reads much of them as plain text past the budget)
    // among ordinary sections. The second list's length takes the text under the budget, over it and back: the first
    // list, outside any window around the edit, is read as plain text only while the whole text is over.
    const list = (n: number) => '- a\n'.repeat(n);
    const doc = (n: number, contact = 'Write to us at [EMAIL].') => `# Policy\n\n## Retention\n\n${list(1300)}\n## Contact\n\n${contact}\n\n${list(n)}\n## Changes\n\nWe post them here.\n`;
    assert.ok(withinBounds(doc(1100)) && !withinBounds(doc(1300)));
    const linter = new IncrementalLinter(doc(1100), { format: 'markdown' });
    const steps: Array<[string, ParseKind]> = [
      [doc(1100, 'Write to us.'), 'window'],
      [doc(1300, 'Write to us.'), 'full'], // over: much of the lists is read as plain text
      [doc(1300, 'Please write to us.'), 'full'], // still over: an edit elsewhere parses the whole text too
      [doc(1100, 'Please write to us.'), 'full'], // under again: nothing of the last tree is kept
      [doc(1100, 'Write to us.'), 'window'],
    ];
    for (const [next, kind] of steps) {
      linter.update(next);
      assertSame(linter.result, next, 'markdown', `${kind} parse`);
      assert.equal(linter.lastParse, kind);
    }
    assert.equal(linter.result.document.plainText, undefined);
    linter.update(doc(1300));
    assert.ok(linter.result.document.plainText!.some((p) => p.span.start < doc(1300).indexOf('## Contact')), 'the first list is read as plain text');
  });

  it('keeps the state of the documents being edited, by key, and starts over for other options or configuration', () => {
    const linters = new DocumentLinters(2);
    const a = generatePolicy({ seed: 3, targetSize: 4000, format: 'markdown' });
    const b = '# Privacy\n\nWe keep data for 30 days.\n';
    assertSame(linters.lint('a', a, { format: 'markdown' }), a, 'markdown', 'a');
    const a2 = a.replace('\n\n', '\n\nNew words. ');
    assertSame(linters.lint('a', a2, { format: 'markdown' }), a2, 'markdown', 'a edited');
    assertSame(linters.lint('b', b, { format: 'markdown' }), b, 'markdown', 'b');
    // Same text, other format: not the Markdown state.
    assert.equal(view(linters.lint('b', b, { format: 'text' })), view(lint(b, { format: 'text' })));
    linters.lint('c', b, { format: 'markdown' });
    assert.equal(linters.size, 2);
    linters.forget('c');
    assert.equal(linters.size, 1);
    linters.clear();
    assert.equal(linters.size, 0);
  });

  it('finds the changed stretch of two texts', () => {
    assert.deepEqual(changedRegion('abcdef', 'abXYef'), { start: 2, oldEnd: 4, newEnd: 4 });
    assert.deepEqual(changedRegion('aaa', 'aaaa'), { start: 3, oldEnd: 3, newEnd: 4 });
    assert.deepEqual(changedRegion('abc', 'abc'), { start: 3, oldEnd: 3, newEnd: 3 });
  });

  it('applies LSP changes in order, each in the text the previous left', () => {
    const text = 'one\ntwo\nthree';
    const out = applyChanges(text, new LineIndex(text), [
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } }, text: 'TWO\nand a half' },
      { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '3: ' },
      { text: 'replaced' },
      { range: { start: { line: 0, character: 8 }, end: { line: 0, character: 8 } }, text: '!' },
    ]);
    assert.equal(out, 'replaced!');
  });
});
