// Code actions, applied like an editor applies them; the resulting text and the next diagnostics are checked.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodeAction, Command, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { fileUri, fixture, freshDiagnostics, LspClient, waitFor, type StartOptions } from './lsp-client.ts';
import { Commands, MissingSectionsRequest, ReadFileRequest, type InsertSnippetArgs, type MissingSectionsResult, type ReadFileParams, type ReadFileResult, type ReplaceAllArgs } from '../../server/src/protocol.ts';
import { lint } from '../../engine/index.ts';

const SNIPPET_EDITS: StartOptions['capabilities'] = {
  workspace: {
    configuration: true,
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true, resourceOperations: ['create'], snippetEditSupport: true },
  },
};

describe('protocol: code actions', function () {
  this.timeout(60000);
  let ws: string;
  let client: LspClient;
  const uriOf = (name: string) => fileUri(join(ws, name));

  beforeEach(() => {
    ws = mkdtempSync(join(tmpdir(), 'policy-linter-actions-'));
  });
  afterEach(async () => {
    await client?.stop();
    rmSync(ws, { recursive: true, force: true });
  });

  async function openPolicy(name: string, languageId: string, options: StartOptions = {}, text = fixture(name)) {
    client = await LspClient.start({ workspaceFolders: [ws], settings: { debounce: 20 }, ...options });
    const uri = uriOf(name);
    client.open(uri, languageId, text);
    await client.diagnosticsFor(uri);
    return uri;
  }

  async function actionsAt(uri: string, line: number, character: number, only?: string[]): Promise<CodeAction[]> {
    const at = { line, character };
    const list = await client.codeActions(uri, { start: at, end: at }, only ? { only } : {});
    return (list ?? []) as CodeAction[];
  }

  const byTitle = (actions: CodeAction[], re: RegExp) => {
    const found = actions.filter((a) => re.test(a.title));
    assert.equal(found.length, 1, `one action matching ${re} in: ${actions.map((a) => a.title).join(' / ')}`);
    return found[0];
  };

  /** Applies an action, waits for the diagnostics of the new version, and checks they match a fresh lint. */
  async function apply(uri: string, action: CodeAction, fileName: string) {
    const before = client.doc(uri).version;
    assert.equal(client.applyAction(action), true, `applying "${action.title}"`);
    assert.equal(client.doc(uri).version, before + 1);
    const p = await client.diagnosticsFor(uri);
    assert.deepEqual(p.diagnostics, freshDiagnostics(client.doc(uri).getText(), fileName, client.doc(uri).version));
    return p.diagnostics;
  }

  it('inserts a missing section with a versioned plain edit, and never twice', async () => {
    const uri = await openPolicy('privacy-draft.md', 'markdown');
    const actions = await actionsAt(uri, 0, 3);
    // Grouped, most wanted first: the inserts and "insert all" (a quick fix here, so it is in the same menu), then
    // "does not apply", named in words; disabling the rule for the file would say the same again, so it is not offered.
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind]),
      [
        ['Insert "Children\'s privacy" section', 'quickfix'],
        ['Insert "International data transfers" section', 'quickfix'],
        ['Insert all 2 missing sections', 'quickfix'],
        ['Children\'s privacy does not apply: say why in this file', 'quickfix'],
        ['Children\'s privacy does not apply: say why in .policy-linter.json', 'quickfix'],
        ['International data transfers does not apply: say why in this file', 'quickfix'],
        ['International data transfers does not apply: say why in .policy-linter.json', 'quickfix'],
      ],
    );
    const insert = actions[0];
    assert.equal(insert.kind, 'quickfix');
    assert.equal(insert.isPreferred, true);
    assert.equal(insert.diagnostics![0].code, 'missing-children');
    assert.equal(insert.command, undefined);
    const change = insert.edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri, version: 1 });

    const original = client.doc(uri).getText();
    const fix = lint(original, { fileName: 'privacy-draft.md' }).findings.find((f) => f.ruleId === 'missing-children')!.fix!;
    assert.equal(fix.kind, 'insert-section');
    const diagnostics = await apply(uri, insert, 'privacy-draft.md');
    const text = client.doc(uri).getText();
    assert.equal(text, original.slice(0, fix.offset) + (fix as { text: string }).text + original.slice(fix.offset));
    assert.ok(!diagnostics.some((d) => d.code === 'missing-children'));

    // The same action again: refused (the version changed), the text stays as it is.
    assert.equal(client.applyAction(insert), false);
    assert.equal(client.doc(uri).getText(), text);
    // And the topic is covered now: no insert action for it any more.
    const after = await actionsAt(uri, 0, 3);
    assert.ok(!after.some((a) => /Children/.test(a.title)), after.map((a) => a.title).join(' / '));
    assert.ok(after.some((a) => a.title === 'Insert "International data transfers" section'));
  });

  it('inserts through the insertSnippet command when the client runs it, refusing stale versions', async () => {
    const uri = await openPolicy('privacy-draft.md', 'markdown', { initializationOptions: { snippetCommand: true } });
    const insert = byTitle(await actionsAt(uri, 0, 0), /^Insert "International data transfers" section$/);
    assert.equal(insert.edit, undefined);
    assert.equal(insert.command!.command, Commands.insertSnippet);
    const args = insert.command!.arguments![0] as InsertSnippetArgs;
    assert.equal(args.uri, uri);
    assert.equal(args.version, 1);
    assert.match(args.snippets[0].snippet, /^## International transfers of personal data\n\n.*\$\{1:\[country\]\}/);
    const diagnostics = await apply(uri, insert, 'privacy-draft.md');
    assert.ok(!diagnostics.some((d) => d.code === 'missing-transfers'));
    assert.ok(client.doc(uri).getText().includes('We are based in [country].'));
    const once = client.doc(uri).getText();
    assert.equal(client.applyAction(insert), false);
    assert.equal(client.doc(uri).getText(), once);
  });

  it('inserts all missing sections at once (source action) and answers the missing-sections request', async () => {
    const uri = await openPolicy('privacy-draft.md', 'markdown', { capabilities: SNIPPET_EDITS });
    const missing = (await client.connection.sendRequest(MissingSectionsRequest, { uri })) as MissingSectionsResult;
    assert.equal(missing.version, 1);
    // In document order, each placed relative to the others too.
    assert.deepEqual(missing.sections.map((s) => [s.topic, s.title, s.position]), [
      ['transfers', 'International data transfers', { line: 17, character: 0 }],
      ['children', "Children's privacy", { line: 22, character: 0 }],
    ]);

    const only = await actionsAt(uri, 10, 0, ['source']);
    assert.deepEqual(only.map((a) => [a.title, a.kind]), [['Insert all 2 missing sections', 'source.policyLinter.insertMissingSections']]);
    // Quick fixes alone do not include it.
    assert.ok(!(await actionsAt(uri, 0, 0, ['quickfix'])).some((a) => a.kind !== 'quickfix'));

    const change = only[0].edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri, version: 1 });
    assert.deepEqual(change.edits.map((e) => ('snippet' in e ? e.snippet.value : '')), missing.sections.map((s) => s.snippet));
    const diagnostics = await apply(uri, only[0], 'privacy-draft.md');
    assert.ok(!diagnostics.some((d) => String(d.code).startsWith('missing-')));
    const text = client.doc(uri).getText();
    // Each where the engine placed it: transfers before retention, children before contact.
    assert.ok(text.indexOf('## International transfers of personal data') < text.indexOf('## How long we keep your data'));
    assert.ok(text.indexOf("## Children's privacy") < text.indexOf('## Contact us'));
    assert.ok(text.indexOf('## How long we keep your data') < text.indexOf("## Children's privacy"));
    assert.deepEqual(await actionsAt(uri, 10, 0, ['source']), []);
  });

  it('adds the inserted section to the table of contents, in one edit with the section', async () => {
    const text =
      '# Privacy Policy\n\n- [What we collect](#what-we-collect)\n- [Contact us](#contact-us)\n\n## What we collect\n\nNames. We keep them for 2 years.\n\n' +
      '## Contact us\n\nWrite to privacy@acme.test. We are based in Ireland and store data only there.\n';
    const uri = await openPolicy('privacy-toc.md', 'markdown', {}, text);
    const insert = byTitle(await actionsAt(uri, 0, 3), /^Insert "Children's privacy" section$/);
    const diagnostics = await apply(uri, insert, 'privacy-toc.md');
    const after = client.doc(uri).getText();
    assert.ok(after.startsWith('# Privacy Policy\n\n- [What we collect](#what-we-collect)\n- [Children\'s privacy](#childrens-privacy)\n- [Contact us](#contact-us)\n\n'), after);
    assert.ok(after.includes("\n## Children's privacy\n\n"), after);
    assert.ok(!diagnostics.some((d) => d.code === 'missing-children'));
  });

  it('replaces a recovered e-mail address in HTML with a plain edit', async () => {
    const uri = await openPolicy('privacy.html', 'html');
    const action = byTitle(await actionsAt(uri, 8, 210), /^Replace “\[email&#160;protected\]” with “privacy@copperline-bikes\.test”$/);
    const diagnostics = await apply(uri, action, 'privacy.html');
    assert.match(client.doc(uri).getText(), /data-cfemail="[0-9a-f]+">privacy@copperline-bikes\.test<\/a>/);
    // What is left is the obfuscation markup itself (the link still points to Cloudflare's decoder).
    assert.deepEqual(diagnostics.map((d) => d.message as string).filter((m) => !/data-cfemail/.test(m)), []);
    // Its recovered address is not offered as a replacement inside the tag, which would break the markup.
    const left = diagnostics.find((d) => /data-cfemail/.test(d.message as string));
    assert.ok(left);
    assert.deepEqual((await actionsAt(uri, left.range.start.line, left.range.start.character + 2)).filter((a) => /^Replace/.test(a.title)), []);
    assert.equal(client.applyAction(action), false);
  });

  it('inserts today\'s date after a date-less "Last updated" and removes a drafting note with its line', async () => {
    const uri = await openPolicy('privacy-draft.md', 'markdown');
    const date = byTitle(await actionsAt(uri, 2, 4), /^Insert today's date \(\d{4}-\d{2}-\d{2}\)$/);
    const today = /\((.*)\)/.exec(date.title)![1];
    const d = new Date();
    assert.equal(today, `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`);
    await apply(uri, date, 'privacy-draft.md');
    assert.equal(client.doc(uri).getText().split('\n')[2], `Last updated: ${today}`);

    const note = byTitle(await actionsAt(uri, 11, 10), /^Remove drafting note$/);
    const before = client.doc(uri).getText();
    const diagnostics = await apply(uri, note, 'privacy-draft.md');
    const after = client.doc(uri).getText();
    assert.equal(after, before.replace('[NOTE: confirm with the product team whether crash reports include device identifiers]\n\n', ''));
    assert.ok(!/\n\n\n/.test(after));
    assert.deepEqual(diagnostics.map((x) => x.code), ['missing-children', 'missing-transfers', 'placeholder']);
  });

  it('writes the date in the style the document already uses', async () => {
    const text = '# Privacy Notice\n\nEffective date: March 3, 2023\n\nLast updated:\n\nWe keep data for 2 years.\n';
    const uri = await openPolicy('privacy-dates.md', 'markdown', {}, text);
    const date = byTitle(await actionsAt(uri, 4, 2), /^Insert today's date/);
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const d = new Date();
    assert.equal(date.title, `Insert today's date (${months[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()})`);
  });

  it('fills a slot with a snippet when the client supports snippet edits, and offers no text-less edit otherwise', async () => {
    let uri = await openPolicy('privacy-draft.md', 'markdown', { capabilities: SNIPPET_EDITS });
    const fill = byTitle(await actionsAt(uri, 4, 30), /^Replace placeholder “\[COMPANY NAME\]”…$/);
    const change = fill.edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri, version: 1 });
    // The slot itself is the default, selected: typing replaces it, Esc leaves it as it was (and still reported).
    assert.deepEqual(change.edits, [{ range: { start: { line: 4, character: 25 }, end: { line: 4, character: 39 } }, snippet: { kind: 'snippet', value: '${1:[COMPANY NAME]}' } }]);
    await client.stop();

    uri = await openPolicy('privacy-draft.md', 'markdown');
    const titles = (await actionsAt(uri, 4, 30)).map((a) => a.title);
    assert.deepEqual(titles, ['Insert all 2 missing sections', 'Stop reporting placeholders on this line', 'Stop reporting placeholders in this file']);
  });

  it('offers the alternatives of a choice, one plain edit each, and never filler text', async () => {
    const text = '# Privacy Policy\n\nThis [["website" or "app"]] is run by Acme. Write to privacy@acme.test. Data is kept [X days/months].\n';
    const uri = await openPolicy('privacy-choice.md', 'markdown', { capabilities: SNIPPET_EDITS }, text);
    // Alternatives that still hold a blank to fill are not offered as choices: the slot is selected to be written over.
    assert.deepEqual((await actionsAt(uri, 2, 90)).filter((a) => !/^(Stop reporting|Insert)/.test(a.title)).map((a) => a.title), ['Replace placeholder “[X days/months]”…']);
    const actions = await actionsAt(uri, 2, 8);
    const fills = actions.filter((a) => !/^(Stop reporting|Insert)/.test(a.title)).map((a) => a.title);
    assert.deepEqual(fills, ['Choose “website”', 'Choose “app”']);
    const diagnostics = await apply(uri, byTitle(actions, /^Choose “app”$/), 'privacy-choice.md');
    assert.equal(client.doc(uri).getText().split('\n')[2], 'This app is run by Acme. Write to privacy@acme.test. Data is kept [X days/months].');
    assert.deepEqual(diagnostics.filter((d) => d.code === 'placeholder').map((d) => d.range.start.character), [66]);
  });

  it('writes today\'s date over the date slot of a "Last updated" line', async () => {
    const text = '# Privacy Policy\n\n**Last Updated:** [Date]\n\nAcme runs this site. Write to privacy@acme.test.\n';
    const uri = await openPolicy('privacy-date-slot.md', 'markdown', { capabilities: SNIPPET_EDITS }, text);
    const actions = await actionsAt(uri, 2, 20);
    const d = new Date();
    const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    // No "Replace placeholder" that would leave the word "Date" behind, unflagged.
    assert.deepEqual(actions.filter((a) => !/^(Stop reporting|Insert)/.test(a.title)).map((a) => a.title), [`Replace “[Date]” with today's date (${today})`]);
    await apply(uri, actions.find((a) => a.title.startsWith('Replace'))!, 'privacy-date-slot.md');
    assert.equal(client.doc(uri).getText().split('\n')[2], `**Last Updated:** ${today}`);
  });

  it('replaces every occurrence of a repeated slot: through the client\'s input command, else a snippet edit at each', async () => {
    const text = '# Privacy Policy\n\n[Company Name] runs this site.\n\nWrite to [Company Name] at privacy@acme.test. [Company Name] keeps logs for 30 days. [City] is our seat.\n';
    let uri = await openPolicy('privacy-repeat.md', 'markdown', { initializationOptions: { snippetCommand: true } }, text);
    let every = byTitle(await actionsAt(uri, 2, 3), /^Replace every “\[Company Name\]” in this file \(3\)…$/);
    assert.equal(every.command!.command, Commands.replaceAll);
    const args = every.command!.arguments![0] as ReplaceAllArgs;
    assert.deepEqual({ ...args, ranges: args.ranges.map((r) => [r.start.line, r.start.character, r.end.character]) }, {
      uri,
      version: 1,
      slot: '[Company Name]',
      hint: 'the company name',
      ranges: [[2, 0, 14], [4, 9, 23], [4, 46, 60]],
    });
    // A slot written once has no such action.
    assert.ok(!(await actionsAt(uri, 4, 90)).some((a) => /^Replace every/.test(a.title)));
    await client.stop();

    uri = await openPolicy('privacy-repeat.md', 'markdown', { capabilities: SNIPPET_EDITS }, text);
    every = byTitle(await actionsAt(uri, 4, 12), /^Replace every “\[Company Name\]” in this file \(3\)…$/);
    const change = every.edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri, version: 1 });
    const at = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });
    assert.deepEqual(change.edits, [at(2, 0, 14), at(4, 9, 23), at(4, 46, 60)].map((range) => ({ range, snippet: { kind: 'snippet', value: '${1:[Company Name]}' } })));
  });

  it('marks a topic not applicable with an inline comment after the title', async () => {
    const uri = await openPolicy('privacy-draft.md', 'markdown', { initializationOptions: { snippetCommand: true } });
    const mark = byTitle(await actionsAt(uri, 0, 0), /^Children's privacy does not apply: say why in this file$/);
    assert.equal((mark.command!.arguments![0] as InsertSnippetArgs).snippets[0].snippet, '<!-- policy-linter-not-applicable children -- ${1:Explain why this topic does not apply} -->\n');
    const diagnostics = await apply(uri, mark, 'privacy-draft.md');
    assert.equal(client.doc(uri).getText().split('\n').slice(0, 3).join('\n'), '# Privacy Policy\n<!-- policy-linter-not-applicable children -- Explain why this topic does not apply -->\n');
    assert.ok(!diagnostics.some((d) => d.code === 'missing-children'));
    assert.equal(client.applyAction(mark), false);
  });

  it('puts the not-applicable comment after a setext underline and after an HTML heading', async () => {
    const md = 'Privacy Policy\n==============\n\nWe are Acme. Write to privacy@acme.test.\n';
    let uri = await openPolicy('privacy-setext.md', 'markdown', {}, md);
    let mark = byTitle(await actionsAt(uri, 0, 0), /^Children's privacy does not apply: say why in this file/);
    let diagnostics = await apply(uri, mark, 'privacy-setext.md');
    assert.deepEqual(client.doc(uri).getText().split('\n').slice(0, 3), ['Privacy Policy', '==============', '<!-- policy-linter-not-applicable children -- Explain why this topic does not apply -->']);
    assert.ok(!diagnostics.some((d) => d.code === 'missing-children'));
    await client.stop();

    const html = '<!DOCTYPE html>\n<html><body>\n<h1>Privacy Policy</h1>\n<p>We are Acme. Write to privacy@acme.test.</p>\n</body></html>';
    uri = await openPolicy('privacy-short.html', 'html', {}, html);
    mark = byTitle(await actionsAt(uri, 2, 5), /^Data retention does not apply: say why in this file/);
    diagnostics = await apply(uri, mark, 'privacy-short.html');
    assert.equal(client.doc(uri).getText().split('\n')[3], '<!-- policy-linter-not-applicable retention -- Explain why this topic does not apply -->');
    assert.ok(!diagnostics.some((d) => d.code === 'missing-retention'));
  });

  it('marks a topic not applicable in .policy-linter.json: creates it, keeps other keys, is idempotent', async () => {
    const config = join(ws, '.policy-linter.json');
    const uri = await openPolicy('privacy-draft.md', 'markdown');
    const mark = byTitle(await actionsAt(uri, 0, 0), /^Children's privacy does not apply: say why in \.policy-linter\.json$/);
    assert.equal(existsSync(config), false);
    assert.deepEqual((mark.edit!.documentChanges![0] as { kind: string }).kind, 'create');
    assert.equal(client.applyAction(mark), true);
    const created = readFileSync(config, 'utf8');
    assert.deepEqual(JSON.parse(created), { topics: { children: { applicable: false, reason: 'Explain why this topic does not apply' } } });
    // Applied again (a stale copy of the action): the same file, not two JSON objects.
    assert.equal(client.applyAction(mark), true);
    assert.equal(readFileSync(config, 'utf8'), created);

    client.fileChanged(config);
    await waitFor(() => client.published.get(uri)!.length === 2, 10000, 're-lint after the config file was written');
    assert.ok(!client.latest(uri)!.diagnostics.some((d) => d.code === 'missing-children'));

    // An existing file keeps its keys and indentation; the action now goes to the file that applies.
    writeFileSync(config, '{\n    "rules": { "placeholder": "warning" },\n    "topics": { "children": { "applicable": false, "reason": "Adults only" } }\n}\n');
    client.fileChanged(config);
    await waitFor(() => client.published.get(uri)!.length === 3, 10000, 're-lint after the config file changed');
    const transfers = byTitle(await actionsAt(uri, 0, 0), /^International data transfers does not apply: say why in \.policy-linter\.json$/);
    assert.equal(transfers.edit!.documentChanges!.length, 1);
    assert.equal(client.applyAction(transfers), true);
    const text = readFileSync(config, 'utf8');
    assert.deepEqual(JSON.parse(text), {
      rules: { placeholder: 'warning' },
      topics: { children: { applicable: false, reason: 'Adults only' }, transfers: { applicable: false, reason: 'Explain why this topic does not apply' } },
    });
    assert.match(text, /^\{\n {4}"rules"/);

    // A config file that is not valid JSON is never overwritten.
    writeFileSync(config, '{ "rules": ');
    client.fileChanged(config);
    await waitFor(() => client.published.get(uri)!.length === 4, 10000, 're-lint after the config file broke');
    assert.ok(!(await actionsAt(uri, 0, 0)).some((a) => /\.policy-linter\.json/.test(a.title)));
  });

  it('disables a rule for a line with a comment above it, or at the end of a line inside a paragraph', async () => {
    const text = '# Privacy Policy\n\n[COMPANY NAME] runs this site.\n\nWe keep data for\n[X] years after you leave.\n';
    const uri = await openPolicy('privacy-lines.md', 'markdown', {}, text);
    const above = byTitle(await actionsAt(uri, 2, 3), /^Stop reporting placeholders on this line$/);
    let diagnostics = await apply(uri, above, 'privacy-lines.md');
    assert.equal(client.doc(uri).getText().split('\n')[2], '<!-- policy-linter-disable-next-line placeholder -->');
    assert.deepEqual(diagnostics.filter((d) => d.code === 'placeholder').map((d) => d.range.start.line), [6]);

    const inline = byTitle(await actionsAt(uri, 6, 1), /^Stop reporting placeholders on this line$/);
    diagnostics = await apply(uri, inline, 'privacy-lines.md');
    assert.equal(client.doc(uri).getText().split('\n')[6], '[X] years after you leave. <!-- policy-linter-disable-line placeholder -->');
    assert.deepEqual(diagnostics.filter((d) => d.code === 'placeholder'), []);
    assert.equal(client.applyAction(inline), false);
  });

  it('disables a rule for a table row inside its last cell, keeping the table intact', async () => {
    const text = '# Privacy Policy\n\n| Data | Kept for |\n|---|---|\n| Logs | [X] days |\n';
    const uri = await openPolicy('privacy-table.md', 'markdown', {}, text);
    const action = byTitle(await actionsAt(uri, 4, 10), /^Stop reporting placeholders on this line$/);
    const diagnostics = await apply(uri, action, 'privacy-table.md');
    assert.equal(client.doc(uri).getText().split('\n')[4], '| Logs | [X] days <!-- policy-linter-disable-line placeholder --> |');
    assert.deepEqual(diagnostics.filter((d) => d.code === 'placeholder'), []);
  });

  it('disables a rule for the whole file with a comment at the top (after front matter)', async () => {
    const text = '---\ntitle: Privacy\n---\n# Privacy Policy\n\nWe are [COMPANY NAME]. Write to [EMAIL].\n';
    const uri = await openPolicy('privacy-fm.md', 'markdown', {}, text);
    const action = byTitle(await actionsAt(uri, 5, 9), /^Stop reporting placeholders in this file$/);
    const diagnostics = await apply(uri, action, 'privacy-fm.md');
    assert.equal(client.doc(uri).getText(), '---\ntitle: Privacy\n---\n<!-- policy-linter-disable placeholder -->\n# Privacy Policy\n\nWe are [COMPANY NAME]. Write to [EMAIL].\n');
    assert.ok(diagnostics.length > 0 && diagnostics.every((d) => d.code !== 'placeholder'));
  });

  it('offers no comment-based actions for plain text', async () => {
    const uri = await openPolicy('privacy-notice.txt', 'plaintext');
    assert.deepEqual(
      (await actionsAt(uri, 0, 2)).map((a) => a.title),
      ['Insert "Data retention" section', 'Data retention does not apply: say why in .policy-linter.json'],
    );
    assert.deepEqual((await actionsAt(uri, 20, 76)).map((a) => a.title), ['Insert missing section "Data retention"']);
    const insert = (await actionsAt(uri, 0, 2))[0];
    const diagnostics = await apply(uri, insert, 'privacy-notice.txt');
    assert.ok(!diagnostics.some((d) => d.code === 'missing-retention'));
  });

  it('drops its answer when the document changes while the config file is read', async () => {
    // A document of a virtual workspace: its .policy-linter.json is read through the client (policyLinter/readFile),
    // so the test decides when that read ends. The read for the "does not apply" action is answered only after an
    // edit has reached the server: actions computed for the old text must not come back with the new version.
    client = await LspClient.start({ settings: { debounce: 20 }, initializationOptions: { readFileRequest: true } });
    const uri = 'vscode-vfs://github/acme/policies/privacy-draft.md';
    let armed = false;
    const reads: string[] = [];
    client.connection.onRequest(ReadFileRequest, async (p: ReadFileParams): Promise<ReadFileResult> => {
      reads.push(p.uri);
      if (armed) {
        client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Draft. ' }]);
        // The notification goes out before this answer, and the server reads its messages in order.
        await new Promise((r) => setTimeout(r, 50));
      }
      return null;
    });
    client.open(uri, 'markdown', fixture('privacy-draft.md'));
    await client.diagnosticsFor(uri);
    armed = true;
    const at = { line: 0, character: 3 };
    const actions = ((await client.codeActions(uri, { start: at, end: at })) ?? []) as CodeAction[];
    assert.ok(reads.some((r) => r.endsWith('/policies/.policy-linter.json')), `the config file was read through the client: ${reads.join(', ')}`);
    assert.equal(client.doc(uri).version, 2);
    assert.deepEqual(
      actions.map((a) => a.title),
      [],
      'actions computed for version 1 came back after version 2 arrived',
    );
  });

  it('applying every offered action twice never duplicates text', async () => {
    const uri = await openPolicy('privacy-draft.md', 'markdown', { initializationOptions: { snippetCommand: true } });
    let applied = 0;
    for (let line = 0; line < client.doc(uri).lineCount; line++) {
      for (const title of (await actionsAt(uri, line, 0)).map((a) => a.title)) {
        // Asked again each time: the previous action changed the text, so its siblings are stale.
        const action = (await actionsAt(uri, line, 0)).find((a) => a.title === title);
        if (!action || action.edit?.documentChanges?.some((c) => 'kind' in c || (c as TextDocumentEdit).textDocument.uri !== uri)) continue;
        assert.equal(client.applyAction(action as CodeAction | Command), true, action.title);
        applied++;
        const text = client.doc(uri).getText();
        assert.equal(client.applyAction(action), false, `${action.title} applied twice`);
        assert.equal(client.doc(uri).getText(), text);
        await client.diagnosticsFor(uri);
      }
    }
    assert.ok(applied >= 3, `applied ${applied} actions`);
    assert.deepEqual(client.latest(uri)!.diagnostics, freshDiagnostics(client.doc(uri).getText(), 'privacy-draft.md', client.doc(uri).version));
  });
});
