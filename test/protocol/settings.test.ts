// Settings and .policy-linter.json: merging, re-linting on change, one message per problem, safe mode.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiagnosticSeverity, DidSaveTextDocumentNotification, type CodeAction } from 'vscode-languageserver-protocol';
import { fileUri, fixture, LspClient, summary, waitFor } from './lsp-client.ts';

describe('protocol: settings and config files', function () {
  this.timeout(60000);
  let ws: string;
  let client: LspClient;
  const uriOf = (name: string) => fileUri(join(ws, name));

  beforeEach(() => {
    ws = mkdtempSync(join(tmpdir(), 'policy-linter-settings-'));
  });
  afterEach(async () => {
    await client?.stop();
    rmSync(ws, { recursive: true, force: true });
  });

  const codes = (c: LspClient, uri: string) => c.latest(uri)!.diagnostics.map((d) => d.code);

  it('applies rule severities from the settings', async () => {
    client = await LspClient.start({ workspaceFolders: [ws], settings: { rules: { placeholder: 'off', 'missing-children': 'error' } } });
    const uri = uriOf('privacy-draft.md');
    client.open(uri, 'markdown', fixture('privacy-draft.md'));
    const p = await client.diagnosticsFor(uri);
    assert.deepEqual(summary(p.diagnostics), ['missing-children 0:0-0:16', 'missing-transfers 0:0-0:16']);
    assert.equal(p.diagnostics[0].severity, DiagnosticSeverity.Error);
    assert.equal(p.diagnostics[1].severity, DiagnosticSeverity.Warning);
  });

  it('reports a rendered template\'s data expressions when policyLinter.placeholders.templateExpressions is "report"', async () => {
    const page = '---\nlayout: page\n---\n# Privacy Policy\n\nWrite to {{ site.email }}. We are [Company Name].\n';
    client = await LspClient.start({ workspaceFolders: [ws] });
    const uri = uriOf('privacy.md');
    client.open(uri, 'markdown', page);
    const flagged = () => client.latest(uri)!.diagnostics.filter((d) => d.code === 'placeholder').map((d) => page.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character));
    await client.diagnosticsFor(uri);
    assert.deepEqual(flagged(), ['[Company Name]']);
    client.changeSettings({ placeholders: { templateExpressions: 'report' } });
    await waitFor(() => flagged().length === 2, 15000, 'the expression reported after the settings change');
    assert.deepEqual(flagged(), ['{{ site.email }}', '[Company Name]']);
  });

  it('lints nothing when disabled, and uses the include globs case-insensitively', async () => {
    client = await LspClient.start({ workspaceFolders: [ws], settings: { enable: false } });
    const uri = uriOf('privacy-draft.md');
    client.open(uri, 'markdown', fixture('privacy-draft.md'));
    assert.equal(await client.hover(uri, 0, 2), null);
    assert.equal(client.published.get(uri), undefined);

    client.changeSettings({ include: ['legal/*.MD'], detectByContent: false });
    const legal = uriOf('legal/terms.md');
    client.open(legal, 'markdown', fixture('terms.md'));
    assert.equal((await client.diagnosticsFor(legal)).diagnostics.length, 5);
    // privacy-draft.md no longer matches the include globs and content detection is off.
    assert.equal(await client.hover(uri, 0, 2), null);
    assert.equal(client.published.get(uri), undefined);
  });

  it('shows one message per invalid setting, keeps defaults for it, and keeps answering', async () => {
    client = await LspClient.start({
      workspaceFolders: [ws],
      settings: { debounce: 'fast', include: 7, rules: { placeholder: 'loud' }, placeholders: { patterns: ['(unclosed'] } },
    });
    const a = uriOf('privacy-draft.md');
    const b = uriOf('privacy-notice.txt');
    client.open(a, 'markdown', fixture('privacy-draft.md'));
    client.open(b, 'plaintext', fixture('privacy-notice.txt'));
    await client.diagnosticsFor(a);
    await client.diagnosticsFor(b);
    // Still answering, with the defaults in place of the bad values.
    assert.ok(await client.hover(a, 0, 2));
    assert.deepEqual(codes(client, b), ['missing-retention', 'placeholder']);

    const texts = client.messages.map((m) => m.message);
    assert.equal(new Set(texts).size, texts.length, `duplicate messages: ${texts.join('\n')}`);
    assert.equal(texts.length, 4, texts.join('\n'));
    assert.ok(texts.some((t) => /policyLinter\.debounce/.test(t)));
    assert.ok(texts.some((t) => /policyLinter\.include/.test(t)));
    assert.ok(texts.some((t) => /rules\.placeholder/.test(t)));
    assert.ok(texts.some((t) => /placeholders\.patterns\[0\]/.test(t)));
    assert.ok(client.messages.every((m) => m.kind === 'showMessage'));
    assert.equal(client.exited, false);
  });

  it('sends problems as ConfigProblemNotification when the client asks for it', async () => {
    client = await LspClient.start({ workspaceFolders: [ws], settings: { debounce: -1 }, initializationOptions: { configProblemNotification: true } });
    const uri = uriOf('privacy-draft.md');
    client.open(uri, 'markdown', fixture('privacy-draft.md'));
    await client.diagnosticsFor(uri);
    await waitFor(() => client.messages.length === 1, 10000, 'the problem');
    assert.equal(client.messages[0].kind, 'configProblem');
    assert.match(client.messages[0].message, /debounce/);
  });

  it('merges the nearest .policy-linter.json over the settings and re-lints when it changes', async () => {
    const config = join(ws, '.policy-linter.json');
    writeFileSync(config, JSON.stringify({ rules: { placeholder: 'off' } }));
    client = await LspClient.start({ workspaceFolders: [ws], settings: { rules: { placeholder: 'error', 'missing-transfers': 'off' } } });
    await waitFor(
      () => client.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles' && JSON.stringify(r.registerOptions).includes('.policy-linter.json')),
      10000,
      'the config file watcher registration',
    );
    const uri = uriOf('docs/privacy-draft.md');
    client.open(uri, 'markdown', fixture('privacy-draft.md'));
    // The file wins for placeholder; the settings still turn missing-transfers off.
    assert.deepEqual((await client.diagnosticsFor(uri)).diagnostics.map((d) => d.code), ['missing-children']);

    writeFileSync(config, JSON.stringify({ topics: { children: { applicable: false, reason: 'An app for adults only.' } } }));
    client.fileChanged(config);
    await waitFor(() => client.published.get(uri)!.length === 2, 10000, 're-lint after the config file changed');
    assert.deepEqual(codes(client, uri), ['placeholder', 'placeholder', 'placeholder']);
  });

  it('multi-root: each workspace folder finds its own .policy-linter.json', async () => {
    for (const [folder, rules] of [['site', { placeholder: 'off' }], ['app', { 'missing-children': 'off', placeholder: 'warning' }]] as const) {
      mkdirSync(join(ws, folder, 'legal'), { recursive: true });
      writeFileSync(join(ws, folder, '.policy-linter.json'), JSON.stringify({ rules }));
    }
    client = await LspClient.start({ workspaceFolders: [join(ws, 'site'), join(ws, 'app')], settings: {} });
    const site = uriOf('site/legal/privacy-draft.md');
    const app = uriOf('app/legal/privacy-draft.md');
    client.open(site, 'markdown', fixture('privacy-draft.md'));
    client.open(app, 'markdown', fixture('privacy-draft.md'));
    const siteCodes = (await client.diagnosticsFor(site)).diagnostics.map((d) => d.code);
    const appDiagnostics = (await client.diagnosticsFor(app)).diagnostics;
    assert.ok(siteCodes.includes('missing-children') && !siteCodes.includes('placeholder'), siteCodes.join());
    assert.ok(!appDiagnostics.some((d) => d.code === 'missing-children'));
    assert.ok(appDiagnostics.some((d) => d.code === 'placeholder') && appDiagnostics.filter((d) => d.code === 'placeholder').every((d) => d.severity === DiagnosticSeverity.Warning));
  });

  it('"run": "onSave" lints on open and on save, not while typing', async () => {
    client = await LspClient.start({ workspaceFolders: [ws], settings: { run: 'onSave', debounce: 0 } });
    const uri = uriOf('privacy-draft.md');
    client.open(uri, 'markdown', fixture('privacy-draft.md'));
    const before = (await client.diagnosticsFor(uri)).diagnostics.filter((d) => d.code === 'placeholder').length;
    const publishes = client.published.get(uri)!.length;
    client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'TODO: [INSERT DATE]\n\n' }]);
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(client.published.get(uri)!.length, publishes, 'nothing is published while typing');
    await client.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    await waitFor(() => client.published.get(uri)!.length > publishes, 15000, 'the lint after the save');
    assert.ok(client.latest(uri)!.diagnostics.filter((d) => d.code === 'placeholder').length > before);
    assert.equal(client.latest(uri)!.version, 2);
  });

  it('"run": "onSave" publishes nothing before the save, even when a request lints the edited text', async () => {
    // An editor asks for code actions, symbols and coverage as the cursor moves: those lint the current text for their
    // own answers, but the Problems panel keeps the last saved state until the save.
    client = await LspClient.start({ workspaceFolders: [ws], settings: { run: 'onSave', debounce: 0 } });
    const uri = uriOf('privacy-draft.md');
    client.open(uri, 'markdown', fixture('privacy-draft.md'));
    await client.diagnosticsFor(uri);
    const publishes = client.published.get(uri)!.length;
    client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'TODO: [INSERT DATE]\n\n' }]);
    const at = { line: 0, character: 1 };
    const actions = ((await client.codeActions(uri, { start: at, end: at })) ?? []) as CodeAction[];
    assert.ok(actions.some((a) => /placeholder/.test(a.title)), `the request sees the edit: ${actions.map((a) => a.title).join(' / ')}`);
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(client.published.get(uri)!.length, publishes, 'nothing is published before the save');
    await client.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    await waitFor(() => client.published.get(uri)!.length > publishes, 15000, 'the publish after the save');
    assert.equal(client.latest(uri)!.version, 2);
    assert.ok(client.latest(uri)!.diagnostics.some((d) => d.range.start.line === 0 && d.code === 'placeholder'));
  });

  it('reports a broken config file once, with its location, and lints with the settings alone', async () => {
    const config = join(ws, '.policy-linter.json');
    writeFileSync(config, '{\n  "rules": { "placeholder": "off", }\n}\n');
    client = await LspClient.start({ workspaceFolders: [ws], settings: {} });
    const a = uriOf('privacy-draft.md');
    const b = uriOf('privacy-notice.txt');
    client.open(a, 'markdown', fixture('privacy-draft.md'));
    client.open(b, 'plaintext', fixture('privacy-notice.txt'));
    assert.equal((await client.diagnosticsFor(a)).diagnostics.length, 5);
    await client.diagnosticsFor(b);
    assert.equal(client.messages.length, 1, client.messages.map((m) => m.message).join('\n'));
    assert.match(client.messages[0].message, /\.policy-linter\.json.*line 2/);
  });

  it('safe mode: an untrusted workspace ignores custom placeholder patterns from settings and config files', async () => {
    mkdirSync(join(ws, 'sub'));
    writeFileSync(join(ws, 'sub', '.policy-linter.json'), JSON.stringify({ placeholders: { patterns: ['Quay Street'] } }));
    const settings = { placeholders: { patterns: ['Lantern Reading'] } };
    const uri = uriOf('sub/privacy-draft.md');
    const custom = (c: LspClient) => c.latest(uri)!.diagnostics.filter((d) => d.code === 'placeholder' && /configured/.test(d.message as string));

    client = await LspClient.start({ workspaceFolders: [ws], settings, initializationOptions: { trusted: true } });
    client.open(uri, 'markdown', fixture('privacy-draft.md'));
    await client.diagnosticsFor(uri);
    assert.deepEqual(custom(client).map((d) => d.range.start.line), [24, 24]);
    await client.stop();

    client = await LspClient.start({ workspaceFolders: [ws], settings, initializationOptions: { trusted: false } });
    client.open(uri, 'markdown', fixture('privacy-draft.md'));
    await client.diagnosticsFor(uri);
    assert.deepEqual(custom(client), []);
    assert.equal(client.latest(uri)!.diagnostics.length, 5);
    assert.ok(client.messages.length >= 1 && client.messages.every((m) => /not trusted/.test(m.message)));
  });
});
