// Publishing diagnostics: which documents, exact findings, versions, debouncing, closing, bad input.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CodeActionRequest, DiagnosticSeverity, HoverRequest, type CodeActionParams, type HoverParams, type TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { fileUri, fixture, freshDiagnostics, LspClient, summary, waitFor } from './lsp-client.ts';
import { LintDocumentRequest, MissingSectionsRequest, type LintDocumentResult, type MissingSectionsResult } from '../../server/src/protocol.ts';

describe('protocol: diagnostics', function () {
  this.timeout(60000);
  let ws: string;
  let client: LspClient;
  const uriOf = (name: string) => fileUri(join(ws, name));

  before(() => {
    ws = mkdtempSync(join(tmpdir(), 'policy-linter-proto-'));
  });
  after(() => rmSync(ws, { recursive: true, force: true }));
  afterEach(async () => {
    await client?.stop();
  });

  it('publishes the findings of a Markdown policy on open, with exact codes, ranges and metadata', async () => {
    client = await LspClient.start({ workspaceFolders: [ws] });
    const uri = uriOf('privacy-draft.md');
    client.open(uri, 'markdown', fixture('privacy-draft.md'));
    const p = await client.diagnosticsFor(uri);
    assert.equal(p.version, 1);
    assert.deepEqual(summary(p.diagnostics), [
      'missing-children 0:0-0:16',
      'missing-transfers 0:0-0:16',
      'placeholder 2:0-2:13',
      'placeholder 4:25-4:39',
      'placeholder 11:0-11:86',
    ]);
    for (const d of p.diagnostics) {
      assert.equal(d.source, 'policy-linter');
      assert.match(d.codeDescription!.href, new RegExp(`/docs/rules/${d.code}\\.md$`));
      assert.equal(d.severity, String(d.code).startsWith('missing-') ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error);
      assert.equal((d.data as { version: number }).version, 1);
    }
    assert.deepEqual(p.diagnostics, freshDiagnostics(fixture('privacy-draft.md'), 'privacy-draft.md', 1));
  });

  it('lints plain text and HTML policies with their own parsers', async () => {
    client = await LspClient.start({ workspaceFolders: [ws] });
    const txt = uriOf('privacy-notice.txt');
    const html = uriOf('privacy.html');
    client.open(txt, 'plaintext', fixture('privacy-notice.txt'));
    client.open(html, 'html', fixture('privacy.html'));
    assert.deepEqual(summary((await client.diagnosticsFor(txt)).diagnostics), ['missing-retention 0:0-0:14', 'placeholder 20:75-20:78']);
    assert.deepEqual(summary((await client.diagnosticsFor(html)).diagnostics), ['placeholder 8:201-8:223']);
  });

  it('leaves other Markdown files alone, recognises policies by content, and lints any file on request', async () => {
    client = await LspClient.start({ workspaceFolders: [ws] });
    const readme = uriOf('README.md');
    const terms = uriOf('terms.md');
    const byContent = uriOf('about-us.md');
    client.open(readme, 'markdown', fixture('README.md'));
    client.open(terms, 'markdown', fixture('terms.md'));
    client.open(byContent, 'markdown', fixture('about-us.md'));
    assert.deepEqual(summary((await client.diagnosticsFor(byContent)).diagnostics), ['missing-children 0:0-0:16', 'missing-transfers 0:0-0:16']);
    // Requests are answered in order: once the hover on README is answered, its open has been handled.
    assert.equal(await client.hover(readme, 6, 40), null);
    assert.equal(await client.hover(terms, 2, 25), null);
    assert.equal(client.published.get(readme), undefined);
    assert.equal(client.published.get(terms), undefined);

    const r = (await client.connection.sendRequest(LintDocumentRequest, { uri: terms })) as LintDocumentResult;
    assert.deepEqual(r, { version: 1, findings: 5 });
    const p = await client.diagnosticsFor(terms);
    assert.deepEqual(p.diagnostics, freshDiagnostics(fixture('terms.md'), 'terms.md', 1));
    // Forcing one file does not force the others.
    assert.equal(client.published.get(readme), undefined);
    // Asking for the missing sections of a document is asking to lint it.
    const missing = (await client.connection.sendRequest(MissingSectionsRequest, { uri: readme })) as MissingSectionsResult;
    assert.deepEqual(missing.sections.map((s) => s.topic).sort(), ['children', 'contact', 'retention', 'transfers']);
    assert.deepEqual((await client.diagnosticsFor(readme)).diagnostics, freshDiagnostics(fixture('README.md'), 'README.md', 1));
  });

  it('turning content detection off clears the diagnostics of a file recognised only by content', async () => {
    client = await LspClient.start({ workspaceFolders: [ws], settings: {} });
    const uri = uriOf('about-us.md');
    client.open(uri, 'markdown', fixture('about-us.md'));
    assert.equal((await client.diagnosticsFor(uri)).diagnostics.length, 2);
    client.changeSettings({ detectByContent: false });
    await waitFor(() => client.published.get(uri)!.length === 2, 10000, 'a second publish');
    assert.deepEqual(client.latest(uri)!.diagnostics, []);
  });

  it('works over Node IPC, the transport the VS Code client uses', async () => {
    client = await LspClient.start({ workspaceFolders: [ws], transport: 'ipc' });
    const uri = uriOf('privacy-notice.txt');
    client.open(uri, 'plaintext', fixture('privacy-notice.txt'));
    assert.deepEqual(summary((await client.diagnosticsFor(uri)).diagnostics), ['missing-retention 0:0-0:14', 'placeholder 20:75-20:78']);
  });

  it('lints many documents opened at once, each exactly once', async () => {
    client = await LspClient.start({ workspaceFolders: [ws] });
    const uris = Array.from({ length: 40 }, (_, i) => uriOf(`policies/privacy-${i}.md`));
    uris.forEach((uri, i) => client.open(uri, 'markdown', fixture('privacy-draft.md').replace('Lantern', `Lantern ${i}`)));
    for (const uri of uris) await client.diagnosticsFor(uri);
    // Still nothing pending: an edit to one document is answered with that document's diagnostics only.
    client.change(uris[7], [{ range: { start: { line: 4, character: 25 }, end: { line: 4, character: 39 } }, text: 'Lantern Reading Ltd' }]);
    assert.deepEqual(summary((await client.diagnosticsFor(uris[7])).diagnostics), ['missing-children 0:0-0:16', 'missing-transfers 0:0-0:16', 'placeholder 2:0-2:13', 'placeholder 11:0-11:86']);
    assert.deepEqual(uris.map((u) => client.published.get(u)!.length), uris.map((u) => (u === uris[7] ? 2 : 1)));
  });

  it('clears diagnostics when a document is closed', async () => {
    client = await LspClient.start({ workspaceFolders: [ws] });
    const uri = uriOf('privacy-draft.md');
    client.open(uri, 'markdown', fixture('privacy-draft.md'));
    assert.equal((await client.diagnosticsFor(uri)).diagnostics.length, 5);
    client.close(uri);
    await waitFor(() => client.published.get(uri)!.length === 2, 10000, 'the clearing publish');
    assert.deepEqual(client.latest(uri)!.diagnostics, []);
    // Requests about the closed document get empty answers.
    assert.equal(await client.hover(uri, 0, 2), null);
    assert.deepEqual(await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } }), []);
  });

  /** 200 edits in a burst: typing, deleting, new lines, a placeholder typed in, the title retyped. */
  function burst(client: LspClient, uri: string, texts: Map<number, string>, between?: () => Promise<void>) {
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    return (async () => {
      for (let i = 0; i < 200; i++) {
        const doc = client.doc(uri);
        const text = doc.getText();
        const at = random(text.length);
        let change: TextDocumentContentChangeEvent;
        const pos = doc.positionAt(at);
        if (i % 50 === 7) change = { range: { start: pos, end: pos }, text: ' [INSERT DATE] ' };
        else if (i % 10 === 3) change = { range: { start: pos, end: doc.positionAt(Math.min(text.length, at + 3)) }, text: '' };
        else if (i % 17 === 0) change = { range: { start: pos, end: pos }, text: '\n' };
        else change = { range: { start: pos, end: pos }, text: 'abcdefghij'[i % 10] };
        client.change(uri, [change]);
        texts.set(doc.version, doc.getText());
        if (between) await between();
      }
    })();
  }

  it('200 rapid edits end with the diagnostics of a fresh lint of the final text, published once', async () => {
    client = await LspClient.start({ workspaceFolders: [ws], settings: { debounce: 100 } });
    const uri = uriOf('privacy-draft.md');
    const texts = new Map<number, string>([[1, fixture('privacy-draft.md')]]);
    client.open(uri, 'markdown', texts.get(1)!);
    await client.diagnosticsFor(uri);
    await burst(client, uri, texts);
    const final = client.doc(uri);
    assert.equal(final.version, 201);
    const p = await client.diagnosticsFor(uri);
    assert.deepEqual(p.diagnostics, freshDiagnostics(final.getText(), 'privacy-draft.md', 201));
    // The edits changed the findings (typed-in placeholders, moved ranges): the result is not the opening one.
    assert.notDeepEqual(summary(p.diagnostics), summary(client.published.get(uri)![0].diagnostics));
    // Coalesced: the open and the end of the burst (the burst is sent faster than the debounce).
    const versions = client.published.get(uri)!.map((x) => x.version);
    assert.deepEqual(versions, [1, 201]);
  });

  it('never publishes a result for an older version, even with no debounce', async () => {
    client = await LspClient.start({ workspaceFolders: [ws], settings: { debounce: 0 } });
    const uri = uriOf('privacy-draft.md');
    const texts = new Map<number, string>([[1, fixture('privacy-draft.md')]]);
    client.open(uri, 'markdown', texts.get(1)!);
    await client.diagnosticsFor(uri);
    // Now and then wait for the server to publish, so that it lints between edits as well as after them.
    let n = 0;
    await burst(client, uri, texts, async () => {
      if (++n % 40 === 0) await client.diagnosticsFor(uri);
    });
    const p = await client.diagnosticsFor(uri);
    assert.equal(p.version, 201);
    const all = client.published.get(uri)!;
    assert.ok(all.length > 2, `expected publishes during the burst, got ${all.length}`);
    let last = 0;
    for (const pub of all) {
      assert.ok(pub.version! > last, `version ${pub.version} published after ${last}`);
      last = pub.version!;
      assert.deepEqual(pub.diagnostics, freshDiagnostics(texts.get(pub.version!)!, 'privacy-draft.md', pub.version!), `diagnostics of version ${pub.version}`);
    }
  });

  it('does not lint binary or huge documents, says so once, and keeps answering', async () => {
    client = await LspClient.start({ workspaceFolders: [ws] });
    const bin = uriOf('privacy-scan.md');
    const huge = uriOf('privacy-archive.md');
    client.open(bin, 'markdown', '# Privacy\n' + '\u0000\u0001PK\u0003\u0004'.repeat(2000));
    client.open(huge, 'markdown', '# Privacy Policy\n\n' + 'We keep [X] records. '.repeat(11 * 1024 * 1024 / 21 + 10));
    for (const uri of [bin, huge]) {
      const p = await client.diagnosticsFor(uri, 30000);
      assert.equal(p.diagnostics.length, 1);
      assert.equal(p.diagnostics[0].code, 'not-linted');
      assert.equal(p.diagnostics[0].severity, DiagnosticSeverity.Information);
    }
    assert.match(client.latest(bin)!.diagnostics[0].message as string, /binary/);
    assert.match(client.latest(huge)!.diagnostics[0].message as string, /MB/);
    const ok = uriOf('privacy-draft.md');
    client.open(ok, 'markdown', fixture('privacy-draft.md'));
    assert.equal((await client.diagnosticsFor(ok)).diagnostics.length, 5);
    assert.equal(await client.hover(huge, 0, 3), null);
  });

  it('answers requests about unknown documents and invalid positions without failing', async () => {
    client = await LspClient.start({ workspaceFolders: [ws] });
    const unknown = uriOf('never-opened-privacy.md');
    assert.equal(await client.hover(unknown, 0, 0), null);
    assert.deepEqual(await client.codeActions(unknown, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }), []);
    assert.equal(await client.connection.sendRequest(MissingSectionsRequest, { uri: unknown }), null);
    assert.equal(await client.connection.sendRequest(LintDocumentRequest, { uri: unknown }), null);
    assert.equal(await client.connection.sendRequest(MissingSectionsRequest, {}), null);
    assert.equal(await client.connection.sendRequest(HoverRequest.type, {} as HoverParams), null);
    assert.deepEqual(await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: unknown } } as CodeActionParams), []);

    const uri = uriOf('privacy-draft.md');
    client.open(uri, 'markdown', fixture('privacy-draft.md'));
    await client.diagnosticsFor(uri);
    assert.equal(await client.hover(uri, 10_000, 10_000), null);
    // A reversed range past the end still gets an answer (the actions of the last lines).
    const actions = await client.codeActions(uri, { start: { line: 10_000, character: 5 }, end: { line: 22, character: 0 } });
    assert.ok(Array.isArray(actions));
    assert.equal(client.exited, false);
  });
});
