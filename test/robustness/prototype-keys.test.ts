// Lookups keyed by input: every name an object inherits ("constructor", "toString", "__proto__", ...) used as a
// language id, a file extension, an HTML tag name, a format and a rule id. A plain-object table answers such a name
// with a function or a prototype instead of "unknown": language id "constructor" counted as supported and made
// lint() throw "PARSERS[format] is not a function", and so did a file named privacy.constructor. Tables keyed by
// input are Maps; these tests keep it so in the engine, the server and the CLI.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatFor, lint, type BlockKind } from '../../engine/index.ts';
import { fileUri, freshDiagnostics, LspClient } from '../protocol/lsp-client.ts';
import { LintDocumentRequest, type LintDocumentResult } from '../../server/src/protocol.ts';
import { runCli } from '../../cli/test-helpers.ts';

/** Every property name a plain object inherits, and __proto__. */
const NAMES = [...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__'])];
const BLOCK_KINDS: BlockKind[] = ['heading', 'paragraph', 'list-item', 'table-cell', 'quote', 'html', 'front-matter'];
const POLICY = '# Privacy Policy\n\n[Company Name] keeps your data for two years.\n';

describe(`robustness: inherited property names as input (${NAMES.length} names)`, function () {
  this.timeout(60_000);

  it('engine: a file extension picks a real format, a bogus format falls back to the file name, never a throw', () => {
    for (const name of NAMES) {
      assert.equal(formatFor(`privacy.${name}`), 'text', name);
      const r = lint(POLICY, { fileName: `privacy.${name}` });
      assert.equal(r.document.format, 'text', name);
      assert.ok(r.findings.some((f) => f.ruleId === 'placeholder'), name);
      const bogus = lint(POLICY, { format: name as never, fileName: 'privacy.md' });
      assert.equal(bogus.document.format, 'markdown', name);
    }
  });

  it('engine: HTML elements named like them are ordinary blocks, and the result crosses a thread boundary', () => {
    const html = NAMES.map((n) => `<${n}>[Company Name] keeps data</${n}>`).join('\n');
    const r = lint(`<h1>Privacy Policy</h1>\n${html}`, { format: 'html' });
    for (const b of r.document.blocks) assert.ok(BLOCK_KINDS.includes(b.kind), `block kind ${String(b.kind)}`);
    assert.doesNotThrow(() => structuredClone({ ...r, document: { ...r.document, lines: undefined } }));
  });

  it('server: a document with such a language id is not linted unless asked, and then by its file name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-linter-proto-keys-'));
    const client = await LspClient.start({ workspaceFolders: [dir] });
    try {
      const uris = NAMES.map((_, i) => fileUri(join(dir, `privacy-${i}.md`)));
      NAMES.forEach((n, i) => client.open(uris[i], n, POLICY));
      for (const uri of uris) assert.equal(await client.hover(uri, 2, 3), null);
      assert.deepEqual(uris.filter((u) => client.published.has(u)), []);
      for (const uri of uris.slice(0, 3)) {
        const r = (await client.connection.sendRequest(LintDocumentRequest, { uri })) as LintDocumentResult;
        assert.equal(r.findings, freshDiagnostics(POLICY, 'privacy.md', 1).length);
        assert.deepEqual((await client.diagnosticsFor(uri)).diagnostics, freshDiagnostics(POLICY, 'privacy.md', 1));
      }
      assert.equal(client.exited, false);
    } finally {
      await client.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('CLI: such a rule id is reported as unknown, such a file extension is linted as text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-linter-proto-keys-'));
    try {
      for (const name of NAMES) {
        const r = await runCli(['--rule', `${name}:off`, '--format', 'json', '-'], { cwd: dir, stdin: POLICY });
        assert.equal(r.code, 2, `${name}: ${r.stderr}`);
        assert.match(r.stderr, new RegExp(`--rule: ${name.replace(/[_$]/g, '\\$&')} is not a known rule id`), name);
      }
      writeFileSync(join(dir, 'privacy.constructor'), POLICY);
      const r = await runCli(['--format', 'json', 'privacy.constructor'], { cwd: dir });
      assert.equal(r.code, 1, r.stderr);
      assert.ok((JSON.parse(r.stdout) as { files: Array<{ findings: unknown[] }> }).files[0].findings.length > 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
