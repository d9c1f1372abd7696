// The web extension's bundles (package.json `browser`): built for the browser platform with no Node built-in in them,
// and the language server run in a real Web Worker in Chromium (Debian's, driven by playwright-core), where it lints in
// its own nested Web Worker. An LSP client in this process talks to it through the page: each message is posted to
// the worker by the page and each message the worker posts comes back through an exposed function. The client reads
// config files for the server (policyLinter/readFile) from an in-memory workspace, as the web client does through
// vscode.workspace.fs. Diagnostics are compared with the engine's own findings for the same text and config.
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import {
  AbstractMessageReader,
  AbstractMessageWriter,
  CodeActionRequest,
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  type DataCallback,
  type Diagnostic,
  type Disposable,
  type Message,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { webBuilds } from '../../esbuild.mjs';
import { lint } from '../../engine/index.ts';
import { resolveLayers } from '../../engine/config/resolve.ts';
import { ReadFileRequest, type ReadFileParams, type ReadFileResult, type WebInitializationOptions } from '../../server/src/protocol.ts';
import { FIXTURES } from '../protocol/lsp-client.ts';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

describe('web extension: bundles', function () {
  this.timeout(180_000);
  let out: string;
  let metas: esbuild.Metafile[];

  before(async () => {
    out = mkdtempSync(join(tmpdir(), 'policy-linter-web-'));
    metas = (await Promise.all(webBuilds(out).map((b) => esbuild.build({ ...b, metafile: true, logLevel: 'error' })))).map((r) => r.metafile!);
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  it('bundles no Node built-in, no Node-only module and no file-system code into client.js, server.js and lint-worker.js', () => {
    for (const meta of metas) {
      const inputs = Object.keys(meta.inputs);
      assert.ok(inputs.some((i) => i.startsWith('engine/') || i.startsWith('client/')), 'the metafile lists the sources');
      // A package's `browser` field can stub a built-in out ("(disabled):fs"): that would be Node code reaching the bundle.
      assert.deepEqual(inputs.filter((i) => i.startsWith('(disabled)') || NODE_BUILTINS.has(i)), []);
      assert.deepEqual(inputs.filter((i) => /^(engine\/config\/load|server\/src\/(process-host|lint-process|lint-service|code-cache|node-config-files|main))\.ts$|vscode-languageserver\/lib\/node|vscode-languageclient\/lib\/node|vscode-jsonrpc\/lib\/node/.test(i)), []);
      for (const output of Object.values(meta.outputs)) {
        assert.deepEqual(output.imports.filter((i) => i.external && i.path !== 'vscode').map((i) => i.path), []);
      }
    }
  });
});

/** The page's Worker, driven from here: what the worker posts arrives at `listen`'s callback. */
class PageReader extends AbstractMessageReader {
  callback?: DataCallback;
  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    return { dispose: () => (this.callback = undefined) };
  }
}
class PageWriter extends AbstractMessageWriter {
  constructor(private readonly page: Page) {
    super();
  }
  async write(msg: Message): Promise<void> {
    await this.page.evaluate((m) => (globalThis as unknown as { lspWorker: { postMessage(m: unknown): void } }).lspWorker.postMessage(m), msg as unknown as Record<string, unknown>);
  }
  end(): void {}
}

describe('web extension: the language server in a Web Worker in Chromium', function () {
  this.timeout(240_000);
  let out: string;
  let http: Server;
  let browser: Browser;
  let page: Page;
  let conn: ProtocolConnection;
  const logs: string[] = [];
  const published = new Map<string, PublishDiagnosticsParams>();
  const reads: string[] = [];
  // The workspace the client reads for the server: one folder with a config file, one without.
  const ROOT = 'vscode-test-web://mount';
  const files = new Map<string, string>([[`${ROOT}/site/.policy-linter.json`, '{ "rules": { "missing-children": "off", "placeholder": "warning" } }\n']]);
  const draft = readFileSync(join(FIXTURES, 'privacy-draft.md'), 'utf8');
  const docs = { site: `${ROOT}/site/privacy.md`, other: `${ROOT}/other/privacy.md` };

  before(async function () {
    if (!existsSync(CHROMIUM)) {
      console.log(`    (skipped: no Chromium at ${CHROMIUM}; install Debian's chromium or set CHROMIUM_PATH)`);
      this.skip();
    }
    out = mkdtempSync(join(tmpdir(), 'policy-linter-web-'));
    await Promise.all(webBuilds(out).map((b) => esbuild.build({ ...b, logLevel: 'error' })));
    http = createServer((req, res) => {
      const name = (req.url ?? '/').replace(/^\/+|\?.*$/g, '') || 'index.html';
      if (name === 'index.html') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>web test</title>');
      if (!/^(server|lint-worker)\.js$/.test(name)) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/javascript' }).end(readFileSync(join(out, name)));
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const port = (http.address() as { port: number }).port;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    page = await browser.newPage();
    const reader = new PageReader();
    await page.exposeFunction('fromWorker', (m: Message) => reader.callback?.(m));
    await page.goto(`http://127.0.0.1:${port}/index.html`);
    await page.evaluate(() => {
      const g = globalThis as unknown as { lspWorker: Worker; fromWorker(m: unknown): void; Worker: typeof Worker };
      g.lspWorker = new g.Worker('/server.js');
      g.lspWorker.onmessage = (e: MessageEvent) => void g.fromWorker(e.data);
    });
    conn = createProtocolConnection(reader, new PageWriter(page));
    conn.onNotification(LogMessageNotification.type, (p) => void logs.push(p.message));
    conn.onNotification(PublishDiagnosticsNotification.type, (p) => void published.set(p.uri, p));
    conn.onRequest(ReadFileRequest, async (p: ReadFileParams): Promise<ReadFileResult> => {
      reads.push(p.uri);
      const text = files.get(p.uri);
      return text === undefined ? null : { text };
    });
    conn.listen();
    const initializationOptions: WebInitializationOptions = { trusted: true, readFileRequest: true, lintWorkerUrl: `http://127.0.0.1:${port}/lint-worker.js` };
    await conn.sendRequest(InitializeRequest.type, {
      processId: null,
      rootUri: ROOT,
      workspaceFolders: [{ uri: `${ROOT}/site`, name: 'site' }, { uri: `${ROOT}/other`, name: 'other' }],
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
      initializationOptions,
    });
    await conn.sendNotification(InitializedNotification.type, {});
    for (const uri of Object.values(docs)) await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: draft } });
  });

  after(async () => {
    await conn?.sendRequest(ShutdownRequest.type).catch(() => {});
    conn?.dispose();
    await browser?.close();
    http?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  async function diagnostics(uri: string): Promise<Diagnostic[]> {
    for (let i = 0; i < 1200 && !published.has(uri); i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(published.has(uri), `no diagnostics for ${uri}; log:\n${logs.join('\n')}`);
    return published.get(uri)!.diagnostics;
  }

  /** What the engine itself finds in the draft with the given config file (or none). */
  function expected(config?: string) {
    const layers = config ? [{ source: 'config', config: JSON.parse(config) }] : [];
    return lint(draft, { format: 'markdown', fileName: '/site/privacy.md' }, resolveLayers(layers).config)
      .findings.map((f) => ({ code: f.ruleId, range: f.range }))
      .sort((a, b) => a.range.start.line - b.range.start.line || a.code.localeCompare(b.code));
  }
  const shape = (ds: Diagnostic[]) => ds.map((d) => ({ code: String(d.code), range: d.range })).sort((a, b) => a.range.start.line - b.range.start.line || a.code.localeCompare(b.code));

  it('publishes the engine findings, each folder with its own .policy-linter.json read through the client', async () => {
    const other = await diagnostics(docs.other);
    const site = await diagnostics(docs.site);
    assert.deepEqual(shape(other), expected());
    assert.ok(other.some((d) => d.code === 'missing-children') && other.some((d) => d.code === 'placeholder' && d.severity === 1), JSON.stringify(shape(other)));
    // site/.policy-linter.json turns missing-children off and placeholders into warnings.
    assert.deepEqual(shape(site), expected(files.get(`${ROOT}/site/.policy-linter.json`)));
    assert.ok(!site.some((d) => d.code === 'missing-children') && site.filter((d) => d.code === 'placeholder').every((d) => d.severity === 2));
    // Looked up from each document's folder up to its workspace folder, never above it.
    assert.ok(reads.includes(`${ROOT}/site/.policy-linter.json`) && reads.includes(`${ROOT}/other/.policy-linter.json`), reads.join('\n'));
    assert.ok(!reads.includes(`${ROOT}/.policy-linter.json`), reads.join('\n'));
  });

  it('lints in a nested Web Worker, not on the server thread', () => {
    assert.ok(logs.some((l) => /engine ready in \d+ ms \(lint worker\)/.test(l)), logs.join('\n'));
    assert.ok(!logs.some((l) => /could not start a lint worker/.test(l)), logs.join('\n'));
  });

  it('answers hovers on a finding', async () => {
    const placeholder = (await diagnostics(docs.other)).find((d) => d.code === 'placeholder')!;
    const hover = await conn.sendRequest(HoverRequest.type, { textDocument: { uri: docs.other }, position: placeholder.range.start });
    const text = JSON.stringify(hover?.contents ?? '');
    assert.ok(hover && /placeholder/i.test(text), text);
    assert.deepEqual(hover.range, placeholder.range);
  });

  it('offers quick fixes: inserting a missing section, and marking a topic not applicable in the folder\'s config file', async () => {
    const missing = (await diagnostics(docs.other)).find((d) => d.code === 'missing-children')!;
    const actions = await conn.sendRequest(CodeActionRequest.type, { textDocument: { uri: docs.other }, range: missing.range, context: { diagnostics: [missing] } });
    const titles = (actions ?? []).map((a) => a.title);
    assert.ok(titles.some((t) => /insert/i.test(t) && /children/i.test(t)), titles.join('\n'));
    // other/ has no config file and this client cannot create files: no edit of one.
    assert.ok(!(actions ?? []).some((a) => JSON.stringify(a).includes('.policy-linter.json')), titles.join('\n'));
    // site/ has one: the edit of it is computed from its text, read through the client.
    const transfers = (await diagnostics(docs.site)).find((d) => d.code === 'missing-transfers')!;
    const siteActions = await conn.sendRequest(CodeActionRequest.type, { textDocument: { uri: docs.site }, range: transfers.range, context: { diagnostics: [transfers] } });
    const configEdit = (siteActions ?? []).find((a) => 'edit' in a && JSON.stringify(a.edit).includes(`${ROOT}/site/.policy-linter.json`));
    assert.ok(configEdit && 'edit' in configEdit, (siteActions ?? []).map((a) => a.title).join('\n'));
    const edits = JSON.stringify(configEdit.edit);
    assert.match(edits, /transfers/);
    assert.match(edits, /applicable/);
  });
});
