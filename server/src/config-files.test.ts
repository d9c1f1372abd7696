import assert from 'node:assert/strict';
import { ClientConfigFiles, folderOf, parentUri } from './config-files.ts';
import type { ReadFileResult } from './protocol.ts';

describe('server: config files read through the client (browser build, virtual workspaces)', () => {
  const files = new Map<string, ReadFileResult>([
    ['vscode-vfs://github/acme/site/.policy-linter.json', { text: '\uFEFF{ "rules": { "placeholder": "off" } }' }],
    ['vscode-vfs://github/acme/site/legal/eu/.policy-linter.json', { text: '{ "rules": ' }],
    ['vscode-vfs://github/acme/docs/.policy-linter.json', { error: 'NoPermissions' }],
    ['vscode-vfs://github/acme/.policy-linter.json', { text: '{}' }],
  ]);
  const folders = ['vscode-vfs://github/acme/site', 'vscode-vfs://github/acme/docs/', 'vscode-vfs://github/acme/blog'];

  function reader() {
    const asked: string[] = [];
    return { asked, read: async (uri: string) => (asked.push(uri), files.get(uri) ?? null) };
  }

  it('finds the nearest file upward from the document, never above its workspace folder, reading each once', async () => {
    const r = reader();
    const c = new ClientConfigFiles(r.read);
    const found = await c.lookup('vscode-vfs://github/acme/site/legal/privacy.md', folders);
    assert.equal(found.uri, 'vscode-vfs://github/acme/site/.policy-linter.json');
    assert.deepEqual(found.layer?.config, { rules: { placeholder: 'off' } });
    assert.deepEqual(r.asked, ['vscode-vfs://github/acme/site/legal/.policy-linter.json', 'vscode-vfs://github/acme/site/.policy-linter.json']);
    await c.lookup('vscode-vfs://github/acme/site/legal/terms.md', folders);
    assert.equal(r.asked.length, 2);
    // Not the one above the folder (acme/.policy-linter.json).
    assert.deepEqual(await c.lookup('vscode-vfs://github/acme/blog/2024/privacy.md', folders), { problems: [] });
    assert.ok(!r.asked.includes('vscode-vfs://github/acme/.policy-linter.json'));
    c.clear();
    await c.lookup('vscode-vfs://github/acme/site/legal/terms.md', folders);
    assert.equal(r.asked.filter((u) => u.endsWith('site/.policy-linter.json')).length, 2);
  });

  it('reports a file that is broken or unreadable (line and column), and ignores it', async () => {
    const c = new ClientConfigFiles(reader().read);
    const broken = await c.lookup('vscode-vfs://github/acme/site/legal/eu/privacy.md', folders);
    assert.equal(broken.layer, undefined);
    assert.match(broken.problems[0].message, /is not valid JSON at line 1, column \d+/);
    const denied = await c.lookup('vscode-vfs://github/acme/docs/privacy.md', folders);
    assert.match(denied.problems[0].message, /cannot be read \(NoPermissions\)/);
    const failing = new ClientConfigFiles(() => Promise.reject(new Error('connection closed')));
    assert.match((await failing.lookup('vscode-vfs://github/acme/site/privacy.md', folders)).problems[0].message, /connection closed/);
    // A document outside every folder: its own folder only. Untitled documents have none.
    assert.deepEqual(await new ClientConfigFiles(reader().read).lookup('untitled:Untitled-1', folders), { problems: [] });
  });

  it('reads a config file to edit: its text, undefined when missing, null when unreadable', async () => {
    const c = new ClientConfigFiles(reader().read);
    assert.equal(await c.readText('vscode-vfs://github/acme/.policy-linter.json'), '{}');
    assert.equal(await c.readText('vscode-vfs://github/acme/blog/.policy-linter.json'), undefined);
    assert.equal(await c.readText('vscode-vfs://github/acme/docs/.policy-linter.json'), null);
  });

  it('parentUri and folderOf work on URIs of any scheme, at path boundaries', () => {
    assert.equal(parentUri('vscode-vfs://github/acme/site/a.md'), 'vscode-vfs://github/acme/site');
    assert.equal(parentUri('file:///a.md'), 'file://');
    assert.equal(parentUri('file://'), undefined);
    assert.equal(parentUri('untitled:Untitled-1'), undefined);
    assert.equal(folderOf('vscode-vfs://github/acme/site2/a.md', folders), undefined);
    assert.equal(folderOf('vscode-vfs://github/acme/docs/x/a.md', folders), 'vscode-vfs://github/acme/docs');
  });
});
