// The LSP lifecycle, with a raw client that can send messages out of order: nothing is served before initialize
// (-32002), initialize is accepted once (a second one could have turned an untrusted session into a trusted one),
// and after shutdown nothing is served (InvalidRequest) or published.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildServer, fixture } from './lsp-client.ts';
import { LspProcess } from '../robustness/lsp-process.ts';

const SERVER_NOT_INITIALIZED = -32002;
const INVALID_REQUEST = -32600;
const METHOD_NOT_FOUND = -32601;

describe('protocol: lifecycle', function () {
  this.timeout(60_000);
  let dir: string;
  let server: LspProcess | undefined;
  const uri = (name: string) => pathToFileURL(join(dir, name)).toString();
  const published = (s: LspProcess, u: string) => s.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string }).uri === u);

  before(async () => {
    await buildServer();
    dir = mkdtempSync(join(tmpdir(), 'policy-linter-lifecycle-'));
  });
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('answers every request before initialize with -32002 and drops notifications', async () => {
    server = new LspProcess({ settings: { debounce: 0 } });
    const early = uri('privacy-early.md');
    server.open(early, fixture('privacy-draft.md'));
    for (const [method, params] of [
      ['textDocument/hover', { textDocument: { uri: early }, position: { line: 0, character: 0 } }],
      ['textDocument/codeAction', { textDocument: { uri: early }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }],
      ['policyLinter/missingSections', { uri: early }],
      ['textDocument/willSaveWaitUntil', { textDocument: { uri: early }, reason: 1 }],
      ['shutdown', null],
      ['no/suchMethod', {}],
    ] as const) {
      const m = await server.call(method, params);
      assert.equal(m.error?.code, SERVER_NOT_INITIALIZED, `${method}: ${JSON.stringify(m)}`);
    }
    await server.request('initialize', { processId: null, rootUri: null, capabilities: { workspace: { configuration: true } } });
    server.notify('initialized', {});
    // The document opened before initialize was never opened as far as the server knows.
    assert.equal(await server.request('textDocument/hover', { textDocument: { uri: early }, position: { line: 0, character: 0 } }), null);
    assert.deepEqual(published(server, early), []);
    assert.equal((await server.call('no/suchMethod', {})).error?.code, METHOD_NOT_FOUND);
  });

  it('refuses a second initialize: an untrusted session stays untrusted', async () => {
    ({ server } = await LspProcess.start({ settings: { debounce: 0, placeholders: { patterns: ['ACME-\\d+'] } }, initializationOptions: { trusted: false } }));
    const again = await server.call('initialize', { processId: null, rootUri: null, capabilities: {}, initializationOptions: { trusted: true } });
    assert.equal(again.error?.code, INVALID_REQUEST, JSON.stringify(again));
    const u = uri('privacy-acme.md');
    const diagnostics = server.diagnostics(u, 1);
    server.open(u, '# Privacy Policy\n\nACME-42 keeps your data.\n');
    const codes = (await diagnostics).diagnostics.map((d) => d.code);
    assert.ok(!codes.includes('placeholder'), `the custom pattern ran: ${codes}`);
  });

  it('serves nothing and publishes nothing after shutdown, even a lint that was under way', async () => {
    ({ server } = await LspProcess.start({ settings: { debounce: 0 } }));
    const u = uri('privacy-draft.md');
    const first = server.diagnostics(u, 1);
    server.open(u, fixture('privacy-draft.md'));
    await first;
    // A large document's lint is under way when shutdown arrives.
    const big = uri('privacy-big.md');
    server.open(big, fixture('privacy-draft.md').repeat(2000));
    await server.request('shutdown', null);
    const before = server.notifications.length;
    for (const [method, params] of [
      ['textDocument/hover', { textDocument: { uri: u }, position: { line: 2, character: 3 } }],
      ['textDocument/codeAction', { textDocument: { uri: u }, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } }, context: { diagnostics: [] } }],
      ['policyLinter/lintDocument', { uri: u }],
      ['shutdown', null],
      ['no/suchMethod', {}],
    ] as const) {
      const m = await server.call(method, params);
      assert.equal(m.error?.code, INVALID_REQUEST, `${method}: ${JSON.stringify(m)}`);
    }
    server.notify('textDocument/didChange', { textDocument: { uri: u, version: 2 }, contentChanges: [{ text: '# Privacy Policy\n\n[NEW SLOT]\n' }] });
    server.open(uri('privacy-late.md'), fixture('privacy-draft.md'));
    await new Promise((r) => setTimeout(r, 1500));
    assert.deepEqual(server.notifications.slice(before).map((n) => n.method), []);
    const exited = new Promise((r) => server!.proc.once('exit', r));
    server.notify('exit', null);
    await exited;
    assert.equal(server.exitCode, 0);
  });
});
