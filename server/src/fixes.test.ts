import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CreateFile, TextDocumentEdit, TextEdit } from 'vscode-languageserver';
import { notApplicableConfigEdit } from './not-applicable.ts';
import { formatLikeDocument } from './dates.ts';

describe('server: .policy-linter.json edit', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'policy-linter-na-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const textOf = (e: ReturnType<typeof notApplicableConfigEdit>) => ((e!.documentChanges!.at(-1) as TextDocumentEdit).edits[0] as TextEdit).newText;

  it('creates the file when it is missing (only if the client can create files)', () => {
    const path = join(dir, '.policy-linter.json');
    assert.equal(notApplicableConfigEdit(path, 'children', false), undefined);
    const edit = notApplicableConfigEdit(path, 'children', true)!;
    assert.equal((edit.documentChanges![0] as CreateFile).kind, 'create');
    assert.deepEqual((edit.documentChanges![0] as CreateFile).options, { ignoreIfExists: true });
    assert.equal(textOf(edit), '{\n  "topics": {\n    "children": {\n      "applicable": false,\n      "reason": "Explain why this topic does not apply"\n    }\n  }\n}\n');
  });

  it('keeps other keys, an existing reason, tab indentation and CRLF line ends', () => {
    const path = join(dir, '.policy-linter.json');
    writeFileSync(path, '\uFEFF{\r\n\t"rules": {"placeholder": "off"},\r\n\t"topics": {"children": {"reason": "Adults only", "headings": ["Minors"]}}\r\n}\r\n');
    const edit = notApplicableConfigEdit(path, 'children', true)!;
    assert.equal(edit.documentChanges!.length, 1);
    const text = textOf(edit);
    assert.deepEqual(JSON.parse(text), { rules: { placeholder: 'off' }, topics: { children: { reason: 'Adults only', headings: ['Minors'], applicable: false } } });
    assert.match(text, /^\{\r\n\t"rules"/);
    assert.ok(!/[^\r]\n/.test(text));
  });

  it('never replaces a file that is not a JSON object', () => {
    const path = join(dir, '.policy-linter.json');
    for (const bad of ['{ "rules": ', '[1, 2]', '"text"']) {
      writeFileSync(path, bad);
      assert.equal(notApplicableConfigEdit(path, 'children', true), undefined, bad);
    }
    // The open editor's text wins over the disk.
    assert.ok(notApplicableConfigEdit(path, 'children', true, '{}'));
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
