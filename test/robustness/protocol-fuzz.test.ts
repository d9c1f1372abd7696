// Protocol fuzzing: a bounded run of random and malformed LSP traffic against the bundled server process.
// Each round sends ~400 random messages (edits with out-of-range or malformed ranges, stale versions, changes and
// closes for unopened documents, bogus methods, requests with invalid params, malformed JSON-RPC frames, invalid
// settings), opens and closes a 20 MB document, and bursts 10,000 edits without waiting. After every round the server
// must still be up and publish exactly the diagnostics lint() gives for the text it should hold (this client mirrors
// every change the way the server applies it) and answer a hover. Memory: the server runs with a probe
// (memory-probe.cjs) that reports heap + external memory after a full GC; what it retains after the last round is
// compared with what it retained after the two warm-up rounds (a leak of what a round allocates would add >= 20 MB a
// round), and RSS is checked with a wider bound.
// Not fuzzed: frames whose Content-Length is wrong. They desynchronise the stream for good in any LSP server; that is
// the transport's contract, not something a server can recover from.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { generatePolicy, prng } from '../../bench/generate.ts';
import { buildServer, freshDiagnostics, summary } from '../protocol/lsp-client.ts';
import { applyChanges } from '../../server/src/changes.ts';
import { LspProcess, MEMORY_PROBE_ARGS } from './lsp-process.ts';

const VALID_SETTINGS = { debounce: 5 };
const INVALID_SETTINGS: unknown[] = [
  { debounce: 'fast' },
  { debounce: -1 },
  { debounce: 1e12 },
  { debounce: Number.NaN },
  { rules: 'all' },
  { rules: { placeholder: 'loud', 'no-such-rule': 'error' } },
  { include: 5 },
  { include: [null, ''] },
  { enable: 'yes' },
  { placeholders: { patterns: ['(a+)+$', '[', { pattern: 5 }, { pattern: 'x', flags: 'gy' }], allow: 7 } },
  { topics: { children: { applicable: 'no' }, nonsense: {} } },
  null,
  42,
  [],
  'policyLinter',
];
const BOGUS_PARAMS: Array<[string, unknown]> = [
  ['textDocument/hover', null],
  ['textDocument/hover', {}],
  ['textDocument/hover', { textDocument: { uri: 5 }, position: { line: -1, character: 'x' } }],
  ['textDocument/codeAction', { textDocument: { uri: 'file:///nowhere.md' }, range: null, context: {} }],
  ['textDocument/codeAction', { textDocument: {}, range: { start: { line: 1e9, character: 1e9 }, end: { line: -5, character: 0 } }, context: { diagnostics: 'none' } }],
  ['policyLinter/missingSections', { uri: 42 }],
  ['policyLinter/missingSections', null],
  ['policyLinter/coverage', { uri: 42 }],
  ['policyLinter/coverage', null],
  ['textDocument/documentSymbol', {}],
  ['textDocument/documentSymbol', { textDocument: { uri: ['x'] } }],
  ['policyLinter/lintDocument', {}],
  ['policyLinter/lintDocument', { uri: 'file:///never-opened.md' }],
  ['workspace/executeCommand', { command: 'policyLinter.nope', arguments: [null] }],
  ['textDocument/completion', { textDocument: { uri: 'file:///x.md' }, position: { line: 0, character: 0 } }],
];
/** Language ids a plain-object lookup would have answered with what Object.prototype has. */
const INHERITED_NAMES = [...Object.getOwnPropertyNames(Object.prototype), '__proto__'];
const MALFORMED_BODIES = ['not json', '{"jsonrpc":"2.0","method":', '[]', '42', 'null', '{"jsonrpc":"2.0"}', '{"jsonrpc":"2.0","id":987654,"result":{}}', '{"jsonrpc":"1.0","method":"initialize","id":"x"}', '{"method":"textDocument/didOpen","params":{"textDocument":null}}'];

function frame(body: string, extraHeader = ''): Buffer {
  const b = Buffer.from(body, 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${b.length}\r\n${extraHeader}\r\n`, 'ascii'), b]);
}

describe('robustness: LSP server under random and malformed traffic', function () {
  this.timeout(180_000);
  let server: LspProcess;
  let dir: string;
  const counts = { messages: 0, edits: 0, rounds: 0 };

  before(async () => {
    await buildServer();
    dir = mkdtempSync(join(tmpdir(), 'policy-linter-fuzz-'));
    ({ server } = await LspProcess.start({ settings: { ...VALID_SETTINGS }, rootUri: pathToFileURL(dir).toString(), nodeArgs: MEMORY_PROBE_ARGS }));
  });

  after(async () => {
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
    console.log(`      (${counts.rounds} rounds, ${counts.messages} random or malformed messages, ${counts.edits} edits)`);
  });

  /** Sends a change to the server and mirrors it in `doc` the way the server applies it (malformed events dropped). */
  function change(doc: TextDocument, changes: unknown[], version: number): TextDocument {
    server.notify('textDocument/didChange', { textDocument: { uri: doc.uri, version }, contentChanges: changes });
    counts.edits++;
    if (changes.length === 0) return doc;
    return applyChanges(doc, changes, version);
  }

  const oneCharEdit = (doc: TextDocument, r: () => number): TextDocumentContentChangeEvent => {
    const text = doc.getText();
    const at = Math.floor(r() * text.length);
    const pos = doc.positionAt(at);
    return r() < 0.6 || text.length < 100 ? { range: { start: pos, end: pos }, text: 'abc[] \n'.charAt(Math.floor(r() * 7)) } : { range: { start: pos, end: doc.positionAt(at + 1) }, text: '' };
  };

  async function round(k: number): Promise<void> {
    const r = prng(9000 + k);
    server.settings = { ...VALID_SETTINGS };
    const path = join(dir, `privacy-${k}.md`);
    const uri = pathToFileURL(path).toString();
    let doc = TextDocument.create(uri, 'markdown', 1, generatePolicy({ seed: 100 + k, targetSize: 20_000, format: 'markdown', omit: ['children'] }));
    let version = 1;
    const opened = server.diagnostics(uri, 1, 60_000);
    server.open(uri, doc.getText());
    await opened;

    const answers: Array<Promise<unknown>> = [];
    for (let i = 0; i < 400; i++) {
      counts.messages++;
      const pick = r();
      if (pick < 0.2) {
        // out-of-range, reversed, negative or malformed ranges
        const bad = [
          { range: { start: { line: 1e9, character: 0 }, end: { line: 1e9, character: 5 } }, text: 'x' },
          { range: { start: { line: 3, character: 1e6 }, end: { line: 1, character: 0 } }, text: 'y' },
          { range: { start: { line: -4, character: -7 }, end: { line: 0, character: 2 } }, text: '' },
          { range: { start: { line: 2, character: 3 }, end: { line: 2, character: 3 } }, text: '\uD83D' },
          { range: null, text: 'full replacement by a null range?' },
          { range: { start: {}, end: {} }, text: 'z\n' },
          { range: { start: { line: 1.5, character: 0 }, end: { line: 2, character: 0 } }, text: 'q\n' },
          { range: { start: { line: '1', character: '0' }, end: { line: '2', character: 0 } }, text: 'q\n' },
          { text: 5 },
          { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, rangeLength: 'one', text: 'w' },
          { rangeLength: 3, text: 'a full text with a range length' },
        ][Math.floor(r() * 11)];
        doc = change(doc, [bad], ++version);
      } else if (pick < 0.3) {
        server.notify('textDocument/didChange', { textDocument: { uri: `file:///unopened-${i}.md`, version: i }, contentChanges: [{ text: 'x' }] });
        server.notify('textDocument/didClose', { textDocument: { uri: `file:///unopened-${i}.md` } });
      } else if (pick < 0.33) {
        // a stale version number (below the latest; never reused afterwards, as later edits count on from the highest)
        doc = change(doc, [oneCharEdit(doc, r)], Math.max(2, version - 3 - Math.floor(r() * 5)));
      } else if (pick < 0.35) {
        // the same version number again: the text changed all the same (results are matched by content)
        doc = change(doc, [oneCharEdit(doc, r)], version);
      } else if (pick < 0.38) {
        // requests right after an edit: answered from the last result or after the scheduled lint, never an error
        const at = doc.positionAt(Math.floor(r() * doc.getText().length));
        answers.push(server.call('textDocument/hover', { textDocument: { uri }, position: at }, 60_000).then((m) => assert.equal(m.error, undefined, JSON.stringify(m))));
        answers.push(
          server
            .call('textDocument/codeAction', { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [] } }, 60_000)
            .then((m) => assert.ok(m.error === undefined && Array.isArray(m.result), JSON.stringify(m).slice(0, 300))),
        );
      } else if (pick < 0.45) {
        answers.push(server.call(`policyLinter/bogus${i}`, { any: i }).then((m) => assert.equal(m.error?.code, -32601, `bogus request answered ${JSON.stringify(m)}`)));
        server.notify(`$/bogus${i}`, [i]);
        server.notify('textDocument/didSave', null);
      } else if (pick < 0.55) {
        const [method, params] = BOGUS_PARAMS[Math.floor(r() * BOGUS_PARAMS.length)];
        answers.push(server.call(method, params, 60_000));
      } else if (pick < 0.65) {
        server.writeRaw(frame(MALFORMED_BODIES[Math.floor(r() * MALFORMED_BODIES.length)], r() < 0.5 ? 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n' : ''));
      } else if (pick < 0.72) {
        server.settings = INVALID_SETTINGS[Math.floor(r() * INVALID_SETTINGS.length)] as Record<string, unknown>;
        server.notify('workspace/didChangeConfiguration', { settings: null });
      } else if (pick < 0.78) {
        // other documents, some with language ids that are inherited property names ("constructor", "__proto__")
        const other = pathToFileURL(join(dir, `privacy-other-${k}-${i}.md`)).toString();
        server.open(other, '# Privacy\n\n[COMPANY]\n', r() < 0.5 ? 'markdown' : INHERITED_NAMES[Math.floor(r() * INHERITED_NAMES.length)]);
        if (r() < 0.5) server.open(other, 'opened twice', 'markdown', 2);
        server.notify('textDocument/didClose', { textDocument: { uri: other } });
      } else {
        doc = change(doc, [oneCharEdit(doc, r)], ++version);
      }
    }
    await Promise.all(answers);
    assert.ok(server.alive, `the server exited: ${server.stderr.slice(-2000)}`);

    // A 20 MB document: over the server's size limit, so it gets one "not checked" diagnostic and nothing else.
    const bigUri = pathToFileURL(join(dir, `privacy-big-${k}.md`)).toString();
    const big = server.diagnostics(bigUri, 1, 120_000);
    server.open(bigUri, 'We keep your data for two years. [COMPANY NAME]\n'.repeat(Math.ceil(20_000_000 / 48)));
    const bigDiagnostics = await big;
    assert.equal(bigDiagnostics.diagnostics.length, 1);
    assert.match(bigDiagnostics.diagnostics[0].message, /MB/);
    server.notify('textDocument/didClose', { textDocument: { uri: bigUri } });

    // Valid settings again, then a burst of 10,000 edits without waiting; only the last version must be published.
    server.settings = { ...VALID_SETTINGS };
    server.notify('workspace/didChangeConfiguration', { settings: null });
    for (let i = 0; i < 10_000; i++) doc = change(doc, [oneCharEdit(doc, r)], ++version);
    const last = server.diagnostics(uri, version + 1, 60_000);
    doc = change(doc, [oneCharEdit(doc, r)], ++version);
    const published = await last;
    assert.deepEqual(summary(published.diagnostics as never), summary(freshDiagnostics(doc.getText(), path, version)), 'diagnostics after the fuzzing differ from lint() of the mirrored text');

    // A valid request is answered correctly: the hover over a finding names its rule's explanation.
    const target = published.diagnostics.find((d) => d.code === 'placeholder') ?? published.diagnostics[0];
    const hover = (await server.request('textDocument/hover', { textDocument: { uri }, position: target.range.start })) as { contents?: unknown } | null;
    assert.ok(hover && hover.contents, `no hover at ${JSON.stringify(target.range.start)} for ${target.code}`);
    server.notify('textDocument/didClose', { textDocument: { uri } });
    counts.rounds++;
  }

  /** Memory retained after a full GC (heap + external), and RSS, a moment after the round's last message. */
  const settle = async () => {
    await new Promise((r) => setTimeout(r, 500));
    const m = await server.memoryAfterGc();
    return { retained: m.heapUsed + m.external, rss: server.rss() };
  };
  const mb = (n: number) => `${(n / 2 ** 20).toFixed(0)} MB`;

  /** Measured rounds after two warm-up rounds; POLICY_LINTER_FUZZ_SCALE multiplies them for longer local runs. */
  const ROUNDS = Math.max(3, Math.round(3 * Number(process.env.POLICY_LINTER_FUZZ_SCALE ?? 1)));

  it(`stays up, publishes correct diagnostics and answers requests after each of ${ROUNDS + 2} rounds; memory does not grow across rounds`, async () => {
    // The first rounds size the heap. Retained memory after a round also varies by one buffer: a reader chunk of the
    // last 20 MB message is sometimes still referenced (about +20 MB, not cumulative). So the smaller of the last two
    // measurements is compared with the larger of the two warm-up ones: a leak of what a round allocates (>= 20 MB a
    // round) adds ~40 MB between them; the bound is 26 MB.
    const trend: Array<{ retained: number; rss: number }> = [];
    for (let k = 0; k < ROUNDS + 2; k++) {
      await round(k);
      trend.push(await settle());
    }
    const pick = (xs: typeof trend, f: (...v: number[]) => number) => ({ retained: f(...xs.map((x) => x.retained)), rss: f(...xs.map((x) => x.rss)) });
    const warm = pick(trend.slice(0, 2), Math.max);
    let end = pick(trend.slice(-2), Math.min);
    // A busy machine can leave one round's buffers referenced when it is measured. A leak only grows with more
    // rounds, a transient does not: over the bound, run up to two more rounds and judge by their measurements.
    for (let extra = 0; extra < 2 && end.retained >= warm.retained + 26 * 2 ** 20; extra++) {
      await round(ROUNDS + 2 + extra);
      trend.push(await settle());
      end = pick(trend.slice(-2), Math.min);
    }
    console.log(`      after each round, retained after GC: ${trend.map((t) => mb(t.retained)).join(', ')}; RSS: ${trend.map((t) => mb(t.rss)).join(', ')}`);
    assert.ok(end.retained < warm.retained + 26 * 2 ** 20, `retained memory grew from ${mb(warm.retained)} to ${mb(end.retained)} over ${ROUNDS} rounds`);
    assert.ok(end.rss < warm.rss + 96 * 2 ** 20, `RSS grew from ${mb(warm.rss)} to ${mb(end.rss)} over ${ROUNDS} rounds`);
    assert.ok(server.alive);
  });
});

describe('robustness: the LSP lifecycle under random traffic', function () {
  this.timeout(120_000);

  /** A random request or notification about documents, settings or nothing in particular (never initialize or exit). */
  function randomMessage(server: LspProcess, r: () => number, i: number): Promise<{ error?: { code: number } }> | undefined {
    const uri = `file:///lifecycle/privacy-${i % 5}.md`;
    const pick = r();
    if (pick < 0.3) {
      const [method, params] = BOGUS_PARAMS[Math.floor(r() * BOGUS_PARAMS.length)];
      return server.call(method, params);
    }
    if (pick < 0.5) return server.call(['textDocument/hover', 'shutdown', 'policyLinter/lintDocument', `bogus/${i}`][Math.floor(r() * 4)], { textDocument: { uri }, position: { line: 0, character: 0 }, uri });
    if (pick < 0.7) server.open(uri, '# Privacy Policy\n\n[COMPANY NAME]\n', r() < 0.5 ? 'markdown' : INHERITED_NAMES[Math.floor(r() * INHERITED_NAMES.length)], i);
    else if (pick < 0.8) server.notify('textDocument/didChange', { textDocument: { uri, version: i }, contentChanges: [{ text: `# Privacy Policy\n\n[SLOT ${i}]\n` }] });
    else if (pick < 0.9) server.notify('workspace/didChangeConfiguration', { settings: INVALID_SETTINGS[Math.floor(r() * INVALID_SETTINGS.length)] });
    else server.notify('textDocument/didClose', { textDocument: { uri } });
    return undefined;
  }

  it('answers -32002 before initialize and InvalidRequest after shutdown, and sends nothing in either', async () => {
    await buildServer();
    const server = new LspProcess({ settings: { debounce: 0 } });
    try {
      const r = prng(4242);
      const early = await Promise.all(Array.from({ length: 300 }, (_, i) => randomMessage(server, r, i)).filter((p) => p !== undefined));
      assert.deepEqual([...new Set(early.map((m) => m.error?.code))], [-32002]);
      assert.deepEqual(server.notifications.map((n) => n.method), [], 'sent something before initialize');

      await server.request('initialize', { processId: null, rootUri: null, capabilities: { workspace: { configuration: true } } });
      server.notify('initialized', {});
      const live = 'file:///lifecycle/privacy-live.md';
      const published = server.diagnostics(live, 1, 60_000);
      server.open(live, '# Privacy Policy\n\n[COMPANY NAME]\n');
      assert.ok((await published).diagnostics.some((d) => d.code === 'placeholder'));

      await server.request('shutdown', null);
      const after = server.notifications.length;
      const late = await Promise.all(Array.from({ length: 300 }, (_, i) => randomMessage(server, r, i)).filter((p) => p !== undefined));
      assert.deepEqual([...new Set(late.map((m) => m.error?.code))], [-32600]);
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.deepEqual(server.notifications.slice(after).map((n) => n.method), [], 'sent something after shutdown');
      const exited = new Promise((resolve) => server.proc.once('exit', resolve));
      server.notify('exit', null);
      await exited;
      assert.equal(server.exitCode, 0);
    } finally {
      await server.stop();
    }
  });
});
