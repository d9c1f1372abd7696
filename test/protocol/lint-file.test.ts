// LintFileRequest (Lint Workspace, files changed on disk): the text of a file that is not open is linted and its
// diagnostics published; files that are not policies are refused; open documents keep their live results.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileUri, fixture, freshDiagnostics, LspClient, summary, waitFor } from './lsp-client.ts';
import { ForgetFilesNotification, LintFileRequest, type LintFileParams, type LintFileResult } from '../../server/src/protocol.ts';

describe('protocol: linting files that are not open', function () {
  this.timeout(60000);
  let ws: string;
  let client: LspClient;
  const uriOf = (name: string) => fileUri(join(ws, name));
  const lintFile = (uri: string, text: string) => client.connection.sendRequest(LintFileRequest, { uri, text } satisfies LintFileParams) as Promise<LintFileResult | null>;

  beforeEach(() => {
    ws = mkdtempSync(join(tmpdir(), 'policy-linter-lintfile-'));
  });
  afterEach(async () => {
    await client?.stop();
    rmSync(ws, { recursive: true, force: true });
  });

  it('lints the text of a closed file and publishes its findings without a version', async () => {
    client = await LspClient.start({ workspaceFolders: [ws], settings: {} });
    const uri = uriOf('legal/privacy-draft.md');
    const text = fixture('privacy-draft.md');
    assert.deepEqual(await lintFile(uri, text), { linted: true, findings: 5 });
    const p = client.latest(uri)!;
    assert.equal(p.version, undefined);
    assert.deepEqual(p.diagnostics, freshDiagnostics(text, 'privacy-draft.md', 0));
    // Plain text and HTML by their names.
    const txt = uriOf('privacy-notice.txt');
    assert.deepEqual(await lintFile(txt, fixture('privacy-notice.txt')), { linted: true, findings: 2 });
    assert.deepEqual(summary(client.latest(txt)!.diagnostics), ['missing-retention 0:0-0:14', 'placeholder 20:75-20:78']);
  });

  it('refuses files that are not policies by name or content, unless the include globs name them', async () => {
    client = await LspClient.start({ workspaceFolders: [ws], settings: {} });
    const terms = uriOf('terms.md');
    const readme = uriOf('README.md');
    const byContent = uriOf('about-us.md');
    assert.deepEqual(await lintFile(terms, fixture('terms.md')), { linted: false, findings: 0 });
    assert.deepEqual(await lintFile(readme, fixture('README.md')), { linted: false, findings: 0 });
    assert.deepEqual(await lintFile(byContent, fixture('about-us.md')), { linted: true, findings: 2 });
    assert.equal(client.published.get(terms), undefined);
    assert.equal(client.published.get(readme), undefined);

    client.changeSettings({ include: ['**/terms.md'] });
    assert.deepEqual(await lintFile(terms, fixture('terms.md')), { linted: true, findings: 5 });
    assert.deepEqual(client.latest(terms)!.diagnostics, freshDiagnostics(fixture('terms.md'), 'terms.md', 0));
    // Without detection by content, the policy whose name says nothing is refused, and what it had is cleared.
    client.changeSettings({ detectByContent: false });
    assert.deepEqual(await lintFile(byContent, fixture('about-us.md')), { linted: false, findings: 0 });
    assert.deepEqual(client.latest(byContent)!.diagnostics, []);
    client.changeSettings({ enable: false });
    assert.deepEqual(await lintFile(uriOf('privacy.md'), fixture('privacy-draft.md')), { linted: false, findings: 0 });
  });

  it('refuses files whose name says they are not documents, even when an include glob matches it', async () => {
    client = await LspClient.start({ workspaceFolders: [ws], settings: {} });
    // The default include globs have "**/*policy*": the linter's own config file and code match it.
    for (const name of ['.policy-linter.json', 'src/policy.ts']) {
      assert.deepEqual(await lintFile(uriOf(name), '{ "rules": { "placeholder": "warning" } }\n// TODO\n'), { linted: false, findings: 0 }, name);
      assert.equal(client.published.get(uriOf(name)), undefined, name);
    }
    // A page template and a file without an extension named by the include globs are documents.
    assert.deepEqual(await lintFile(uriOf('privacy-policy.hbs'), '<h1>Privacy Policy</h1>\n<p>Run by [Company Name].</p>\n'), { linted: true, findings: 5 });
    client.changeSettings({ include: ['**/PRIVACY'] });
    assert.equal((await lintFile(uriOf('PRIVACY'), 'Privacy notice\n\nTODO\n'))?.linted, true);
  });

  it('honours the settings and the nearest .policy-linter.json of each folder', async () => {
    mkdirSync(join(ws, 'site'));
    mkdirSync(join(ws, 'app'));
    writeFileSync(join(ws, 'site', '.policy-linter.json'), JSON.stringify({ rules: { placeholder: 'off' } }));
    client = await LspClient.start({ workspaceFolders: [join(ws, 'site'), join(ws, 'app')], settings: { rules: { 'missing-transfers': 'off' } } });
    const text = fixture('privacy-draft.md');
    await lintFile(uriOf('site/privacy.md'), text);
    await lintFile(uriOf('app/privacy.md'), text);
    assert.deepEqual(client.latest(uriOf('site/privacy.md'))!.diagnostics.map((d) => d.code), ['missing-children']);
    assert.deepEqual(client.latest(uriOf('app/privacy.md'))!.diagnostics.map((d) => d.code), ['missing-children', 'placeholder', 'placeholder', 'placeholder']);
  });

  it('leaves open documents to their live results, takes over when they open, and forgets deleted files', async () => {
    client = await LspClient.start({ workspaceFolders: [ws], settings: {} });
    const uri = uriOf('privacy.md');
    const draft = fixture('privacy-draft.md');
    assert.deepEqual(await lintFile(uri, draft), { linted: true, findings: 5 });
    // Opened with a complete policy: its live result (versioned) replaces the one of the file on disk.
    client.open(uri, 'markdown', fixture('privacy-complete.md'));
    assert.deepEqual((await client.diagnosticsFor(uri)).diagnostics, freshDiagnostics(fixture('privacy-complete.md'), 'privacy.md', 1));
    assert.equal(await lintFile(uri, draft), null);
    assert.equal(client.latest(uri)!.version, 1);

    // A closed file linted, then deleted: its diagnostics are cleared.
    const other = uriOf('gdpr-notice.md');
    assert.deepEqual(await lintFile(other, draft), { linted: true, findings: 5 });
    const before = client.published.get(other)!.length;
    void client.connection.sendNotification(ForgetFilesNotification, { uris: [other, uri] });
    await waitFor(() => client.published.get(other)!.length > before, 10000, 'diagnostics cleared');
    assert.deepEqual(client.latest(other)!.diagnostics, []);
    // The open document keeps its own.
    assert.equal(client.latest(uri)!.version, 1);
    // Bad parameters get null, and the server goes on.
    assert.equal(await client.connection.sendRequest(LintFileRequest, { uri: 7 }), null);
    assert.equal(await client.connection.sendRequest(LintFileRequest, null), null);
    assert.deepEqual(await lintFile(other, draft), { linted: true, findings: 5 });
  });

  it('a newer request for the same file supersedes the waiting one', async () => {
    client = await LspClient.start({ workspaceFolders: [ws], settings: {} });
    const uri = uriOf('privacy.md');
    // A large first text keeps the lint host busy, so the two requests for privacy.md wait together.
    const big = fixture('privacy-draft.md') + '\n\nWe keep records.\n'.repeat(5000);
    const busy = lintFile(uriOf('big/privacy.md'), big);
    const first = lintFile(uri, fixture('about-us.md'));
    const second = lintFile(uri, fixture('privacy-draft.md'));
    assert.equal(await first, null);
    assert.deepEqual(await second, { linted: true, findings: 5 });
    assert.notEqual(await busy, null);
    assert.equal(client.published.get(uri)!.length, 1);
    assert.deepEqual(client.latest(uri)!.diagnostics, freshDiagnostics(fixture('privacy-draft.md'), 'privacy.md', 0));
  });
});
