// How the server runs lints: off its main thread (a lint process), so that requests are answered while a large
// document lints; never synchronously for a request (a hover answers from the last result through the edits since,
// a code action waits for the scheduled lint); results matched by content, not by version numbers; a lint past its
// deadline abandoned with one information diagnostic, and not retried in a loop. No wall-clock budgets: the order in
// which answers and diagnostics arrive shows what waited for what.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DidChangeTextDocumentNotification, DiagnosticSeverity, type CodeAction, type MarkupContent } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileUri, fixture, freshDiagnostics, LspClient, summary, waitFor } from './lsp-client.ts';
import { generatePolicy } from '../../bench/generate.ts';

describe('protocol: how lints run', function () {
  this.timeout(120_000);
  let ws: string;
  let client: LspClient;
  const uriOf = (name: string) => fileUri(join(ws, name));

  before(() => {
    ws = mkdtempSync(join(tmpdir(), 'policy-linter-runtime-'));
  });
  after(() => rmSync(ws, { recursive: true, force: true }));
  afterEach(async () => {
    await client?.stop();
  });

  it('lints a change that reuses the open version number, and computes fixes from the new text', async () => {
    client = await LspClient.start({ workspaceFolders: [ws], settings: { debounce: 0 } });
    const uri = uriOf('privacy-draft.md');
    const draft = fixture('privacy-draft.md');
    client.open(uri, 'markdown', draft);
    await client.diagnosticsFor(uri);
    // Two lines inserted at the top, sent with version 1 again (a client that does not count).
    const moved = `Draft 3\n\n${draft}`;
    TextDocument.update(client.doc(uri), [{ text: moved }], 1);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 1 }, contentChanges: [{ text: moved }] });
    await waitFor(() => client.published.get(uri)!.length === 2, 15_000, 'diagnostics of the changed text');
    assert.deepEqual(client.latest(uri)!.diagnostics, freshDiagnostics(moved, 'privacy-draft.md', 1));
    // The slot is now on line 6; the fix replaces it there, not on line 4 where it was.
    const actions = (await client.codeActions(uri, { start: { line: 6, character: 30 }, end: { line: 6, character: 30 } })) as CodeAction[];
    const disable = actions.find((a) => a.title === 'Stop reporting placeholders on this line');
    assert.ok(disable, actions.map((a) => a.title).join(', '));
    assert.ok(client.applyAction(disable));
    const lines = client.doc(uri).getText().split('\n');
    assert.deepEqual(lines.slice(4, 8), ['Last updated:', '', '<!-- policy-linter-disable-next-line placeholder -->', moved.split('\n')[6]]);
  });

  it('answers a hover right after an edit from the last result, shifted through the edit, without linting for it', async () => {
    client = await LspClient.start({ workspaceFolders: [ws], settings: { debounce: 3000 } });
    const uri = uriOf('privacy-draft.md');
    client.open(uri, 'markdown', fixture('privacy-draft.md'));
    await client.diagnosticsFor(uri);
    // A new line typed above the "[COMPANY NAME]" slot (line 4), with a new slot on it.
    client.change(uri, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: 'Call [PHONE NUMBER] now.\n' }]);
    const shifted = await client.hover(uri, 5, 30);
    assert.match((shifted!.contents as MarkupContent).value, /\*\*Unfilled placeholder\.\*\* Write the company name here\./);
    assert.deepEqual(shifted!.range, { start: { line: 5, character: 25 }, end: { line: 5, character: 39 } });
    // The slot just typed is not in any result yet: nothing is said about it until the scheduled lint.
    assert.equal(await client.hover(uri, 3, 8), null);
    assert.equal(client.published.get(uri)!.length, 1, 'nothing was linted for the hover');
    const p = await client.diagnosticsFor(uri);
    assert.ok(summary(p.diagnostics).includes('placeholder 3:5-3:19'));
    const typed = await client.hover(uri, 3, 8);
    assert.match((typed!.contents as MarkupContent).value, /Unfilled placeholder/);
  });

  it('answers a code action right after an edit once the scheduled lint has run, from its result', async () => {
    client = await LspClient.start({ workspaceFolders: [ws], settings: { debounce: 300 } });
    const uri = uriOf('privacy-draft.md');
    client.open(uri, 'markdown', fixture('privacy-draft.md'));
    await client.diagnosticsFor(uri);
    client.change(uri, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: 'Call [PHONE NUMBER] now.\n' }]);
    const actions = (await client.codeActions(uri, { start: { line: 3, character: 8 }, end: { line: 3, character: 8 } })) as CodeAction[];
    // Messages are handled in the order they arrive: the diagnostics of version 2 came before the answer.
    assert.deepEqual(client.published.get(uri)!.map((p) => p.version), [1, 2]);
    assert.ok(actions.some((a) => /^Replace placeholder “\[PHONE NUMBER\]”/.test(a.title) || /Stop reporting placeholders/.test(a.title)), actions.map((a) => a.title).join(', '));
  });

  it('answers a waiting code action when the text comes back to what was linted (typed, then deleted)', async () => {
    client = await LspClient.start({ workspaceFolders: [ws], settings: { debounce: 200 } });
    const uri = uriOf('privacy-draft.md');
    client.open(uri, 'markdown', fixture('privacy-draft.md'));
    await client.diagnosticsFor(uri);
    client.change(uri, [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: 'x' }]);
    const waiting = client.codeActions(uri, { start: { line: 4, character: 30 }, end: { line: 4, character: 30 } });
    client.change(uri, [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 1 } }, text: '' }]);
    const actions = (await waiting) as CodeAction[];
    assert.ok(actions.some((a) => a.title === 'Stop reporting placeholders on this line'), actions.map((a) => a.title).join(', '));
  });

  it('keeps the outcome of a newer text when an older lint finishes after it', async () => {
    client = await LspClient.start({ workspaceFolders: [ws], settings: { debounce: 0 } });
    // A large document keeps the lint process busy, so the draft's lint waits in line behind it.
    client.open(uriOf('privacy-large.md'), 'markdown', generatePolicy({ seed: 9, targetSize: 500_000, format: 'markdown' }));
    const uri = uriOf('privacy-grows.md');
    const draft = fixture('privacy-draft.md');
    client.open(uri, 'markdown', draft);
    await new Promise((r) => setTimeout(r, 500)); // its lint is queued
    // Meanwhile the draft becomes too large to lint: that outcome is settled at once.
    client.change(uri, [{ text: draft.repeat(Math.ceil((5 * 1024 * 1024) / draft.length)) }]);
    const skipped = await client.diagnosticsFor(uri, 60_000);
    assert.deepEqual(skipped.diagnostics.map((d) => d.code), ['not-linted']);
    // The queued lint of the first text runs later (lints run one at a time: once a document opened now has its
    // diagnostics, it has run). It must not become the document's result: the hover on the title would explain the
    // missing sections of the old text.
    const other = uriOf('privacy-other.md');
    client.open(other, 'markdown', draft);
    await client.diagnosticsFor(other, 60_000);
    assert.equal(await client.hover(uri, 0, 2), null);
    assert.deepEqual(client.published.get(uri)!.map((p) => p.version), [2]);
  });

  it('answers hovers and code actions on other documents while a 1 MB document lints', async () => {
    client = await LspClient.start({ workspaceFolders: [ws], settings: { debounce: 0 } });
    const small = uriOf('privacy-draft.md');
    client.open(small, 'markdown', fixture('privacy-draft.md'));
    await client.diagnosticsFor(small);
    const big = uriOf('privacy-big.md');
    const text = generatePolicy({ seed: 7, targetSize: 1_000_000, format: 'markdown' });
    client.open(big, 'markdown', text);
    let bigDone = false;
    const bigPublished = client.diagnosticsFor(big, 120_000).then((p) => ((bigDone = true), p));
    const answeredBefore: boolean[] = [];
    for (let i = 0; i < 6; i++) {
      await new Promise((r) => setTimeout(r, 60));
      const hover = await client.hover(small, 4, 30);
      assert.ok(hover);
      const actions = await client.codeActions(small, { start: { line: 4, character: 30 }, end: { line: 4, character: 30 } });
      assert.ok(actions?.length);
      answeredBefore.push(!bigDone);
    }
    const p = await bigPublished;
    assert.deepEqual(summary(p.diagnostics), summary(freshDiagnostics(text, 'privacy-big.md', 1)));
    assert.ok(answeredBefore.filter(Boolean).length >= 5, `answered while the large document linted: ${answeredBefore}`);
  });

  it('abandons a lint past its deadline: one information diagnostic, no retry of the same text, a retry after an edit', async () => {
    client = await LspClient.start({ workspaceFolders: [ws], settings: { debounce: 0 }, initializationOptions: { lintDeadline: { baseMs: 600, perKbMs: 0 } } });
    const big = uriOf('privacy-slow.md');
    // 2 MB takes seconds of CPU time to lint; the small document below, a few milliseconds (0.6 s leaves room for a
    // fresh lint process on a busy machine).
    client.open(big, 'markdown', generatePolicy({ seed: 8, targetSize: 2_000_000, format: 'markdown' }));
    const p = await client.diagnosticsFor(big, 60_000);
    assert.equal(p.diagnostics.length, 1);
    assert.equal(p.diagnostics[0].code, 'not-linted');
    assert.equal(p.diagnostics[0].severity, DiagnosticSeverity.Information);
    assert.match(p.diagnostics[0].message as string, /^Policy Linter stopped checking this document: it took longer than 0\.6 s\. It is checked again when you edit it\.$/);
    // Other documents are linted by the fresh lint process.
    const small = uriOf('privacy-draft.md');
    client.open(small, 'markdown', fixture('privacy-draft.md'));
    assert.deepEqual((await client.diagnosticsFor(small)).diagnostics, freshDiagnostics(fixture('privacy-draft.md'), 'privacy-draft.md', 1));
    // The same text is not tried again, however long we wait (a hover or a settings change does not retry it either).
    assert.equal(await client.hover(big, 0, 3), null);
    await new Promise((r) => setTimeout(r, 2000));
    const abandoned = () => client.log.filter((l) => /took longer than/.test(l)).length;
    assert.equal(abandoned(), 1, client.log.join('\n'));
    assert.equal(client.published.get(big)!.length, 1);
    // An edit is tried again (after a hold-off), and fails the same way.
    client.change(big, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
    const again = await client.diagnosticsFor(big, 60_000);
    assert.equal(again.diagnostics[0].code, 'not-linted');
    assert.equal(abandoned(), 2);
    assert.equal(client.exited, false);
  });
});
