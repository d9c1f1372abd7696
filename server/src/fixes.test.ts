import assert from 'node:assert/strict';
import type { CreateFile, TextDocumentEdit, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { notApplicableConfigEdit } from './not-applicable.ts';
import { formatLikeDocument } from './dates.ts';

describe('server: .policy-linter.json edit', () => {
  const uri = 'file:///work/.policy-linter.json';
  const textOf = (e: ReturnType<typeof notApplicableConfigEdit>) => ((e!.documentChanges!.at(-1) as TextDocumentEdit).edits[0] as TextEdit).newText;
  const applied = (before: string, e: ReturnType<typeof notApplicableConfigEdit>) =>
    TextDocument.applyEdits(TextDocument.create('file:///c.json', 'json', 0, before), (e!.documentChanges!.at(-1) as TextDocumentEdit).edits as TextEdit[]);

  it('creates the file when it is missing (only if the client can create files)', () => {
    assert.equal(notApplicableConfigEdit(uri, 'children', false, { text: undefined }), undefined);
    const edit = notApplicableConfigEdit(uri, 'children', true, { text: undefined })!;
    assert.equal((edit.documentChanges![0] as CreateFile).uri, uri);
    assert.equal((edit.documentChanges![0] as CreateFile).kind, 'create');
    assert.deepEqual((edit.documentChanges![0] as CreateFile).options, { ignoreIfExists: true });
    assert.equal(textOf(edit), '{\n  "topics": {\n    "children": {\n      "applicable": false,\n      "reason": "Explain why this topic does not apply"\n    }\n  }\n}\n');
  });

  it('keeps other keys, an existing reason, tab indentation and CRLF line ends', () => {
    const before = '\uFEFF{\r\n\t"rules": {"placeholder": "off"},\r\n\t"topics": {"children": {"reason": "Adults only", "headings": ["Minors"]}}\r\n}\r\n';
    const edit = notApplicableConfigEdit(uri, 'children', true, { text: before })!;
    assert.equal(edit.documentChanges!.length, 1);
    const text = applied(before, edit);
    assert.deepEqual(JSON.parse(text.slice(1)), { rules: { placeholder: 'off' }, topics: { children: { reason: 'Adults only', headings: ['Minors'], applicable: false } } });
    assert.match(text, /^\uFEFF\{\r\n\t"rules": \{"placeholder": "off"\},\r\n/);
    assert.ok(!/[^\r]\n/.test(text));
    const other = notApplicableConfigEdit(uri, 'transfers', true, { text: before })!;
    assert.deepEqual(JSON.parse(applied(before, other).slice(1)).topics.transfers, { applicable: false, reason: 'Explain why this topic does not apply' });
  });

  it("edits the open buffer with its version, changing only the topic's key and keeping unsaved edits", () => {
    const buffer = '{\n  "rules": { "placeholder": "warning" },\n  "extra": [1, 2, 3]\n}\n';
    const edit = notApplicableConfigEdit(uri, 'children', true, { text: buffer, version: 7 })!;
    const change = edit.documentChanges![0] as TextDocumentEdit;
    assert.equal(edit.documentChanges!.length, 1);
    assert.equal(change.textDocument.version, 7);
    const [only] = change.edits as TextEdit[];
    assert.ok(only.range.start.line >= 2, `the edit starts at line ${only.range.start.line}, before the key it changes`);
    assert.ok(!only.newText.includes('rules') && !only.newText.includes('extra'));
    const text = applied(buffer, edit);
    assert.ok(text.startsWith('{\n  "rules": { "placeholder": "warning" },\n  "extra": [1, 2, 3]'), text);
    assert.deepEqual(JSON.parse(text).topics, { children: { applicable: false, reason: 'Explain why this topic does not apply' } });
  });

  it('never replaces a file that is not a JSON object', () => {
    for (const bad of ['{ "rules": ', '[1, 2]', '"text"', '{ // comment\n}', '{"a": 1,}']) {
      assert.equal(notApplicableConfigEdit(uri, 'children', true, { text: bad }), undefined, bad);
    }
    // Nor one that cannot be read.
    assert.equal(notApplicableConfigEdit(uri, 'children', true, { text: null }), undefined);
  });
});

describe('server: dates in the document style', () => {
  const d = new Date(2025, 6, 4);
  it('follows the first complete date in the text, ISO 8601 by default', () => {
    assert.equal(formatLikeDocument('No dates here.', d), '2025-07-04');
    assert.equal(formatLikeDocument('Effective 2019-01-31.', d), '2025-07-04');
    assert.equal(formatLikeDocument('Effective March 3, 2023. Also 2019-01-31.', d), 'July 4, 2025');
    assert.equal(formatLikeDocument('Effective 3 March 2023.', d), '4 July 2025');
  });
});
