// The coverage request (the coverage view and the status bar) and document symbols (outline, breadcrumbs), against
// the bundled server: what they answer agrees with a fresh lint, follows edits, and is nothing for a non-policy.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentSymbolRequest, type DocumentSymbol } from 'vscode-languageserver-protocol';
import { fileUri, fixture, LspClient, waitFor } from './lsp-client.ts';
import { lint, summarizeCoverage } from '../../engine/index.ts';
import { CoverageRequest, LintDocumentRequest, MissingSectionsRequest, type CoverageResult, type MissingSectionsResult } from '../../server/src/protocol.ts';

describe('protocol: coverage and document symbols', function () {
  this.timeout(60000);
  let ws: string;
  let client: LspClient;
  const uriOf = (name: string) => fileUri(join(ws, name));

  beforeEach(() => {
    ws = mkdtempSync(join(tmpdir(), 'policy-linter-coverage-'));
  });
  afterEach(async () => {
    await client?.stop();
    rmSync(ws, { recursive: true, force: true });
  });

  async function open(name: string, languageId: string, settings: object = {}, text = fixture(name)): Promise<string> {
    client = await LspClient.start({ workspaceFolders: [ws], settings: { debounce: 20, ...settings } });
    const uri = uriOf(name);
    client.open(uri, languageId, text);
    return uri;
  }
  const coverage = (uri: string) => client.connection.sendRequest(CoverageRequest, { uri }) as Promise<CoverageResult | null>;
  const symbols = (uri: string) => client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }) as Promise<DocumentSymbol[] | null>;
  const states = (c: CoverageResult) => Object.fromEntries(c.requirements.map((r) => [r.id, r.state]));

  it('answers the requirements, summary and profiles of a fresh lint, with the sections their evidence lies in', async () => {
    const uri = await open('privacy-draft.md', 'markdown');
    const c = await coverage(uri);
    assert.ok(c);
    const fresh = lint(fixture('privacy-draft.md'), { fileName: join(ws, 'privacy-draft.md') });
    assert.equal(c.version, 1);
    assert.deepEqual(c.requirements, JSON.parse(JSON.stringify(fresh.requirements)));
    assert.deepEqual(c.summary, summarizeCoverage(fresh.requirements));
    assert.deepEqual(states(c), { retention: 'covered', contact: 'covered', children: 'missing', transfers: 'missing' });
    assert.deepEqual(c.summary, { covered: 2, vague: 0, missing: 2, notApplicable: 0, required: 4 });
    assert.deepEqual(c.profiles, [{ id: 'core', title: 'Core topics' }]);
    // Each covered requirement sits in the section that holds its evidence, and only there.
    assert.deepEqual(
      c.sections.map((s) => [s.title, s.range.start.line, s.requirements]),
      [
        ['Information we collect', 6, []],
        ['How we use information', 13, []],
        ['How long we keep your data', 17, ['retention']],
        ['Contact us', 22, ['contact']],
      ],
    );
    const text = client.doc(uri).getText();
    for (const r of c.requirements) {
      for (const e of r.evidence) assert.equal(client.doc(uri).getText(e.range), text.slice(e.span.start, e.span.end), `${r.id}: range and span agree`);
    }
  });

  it('follows the combined profiles of the settings: each requirement once, grouped under every profile that asks for it', async () => {
    const uri = await open('privacy.html', 'html', { profiles: ['gdpr', 'ccpa'] });
    const c = (await coverage(uri))!;
    assert.deepEqual(c.profiles, [
      { id: 'gdpr', title: 'EU GDPR (Arts. 13-14)', regime: 'GDPR' },
      { id: 'ccpa', title: 'California CCPA/CPRA', regime: 'CCPA/CPRA' },
    ]);
    const ids = c.requirements.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(c.requirements.find((r) => r.id === 'retention')?.profiles, ['gdpr', 'ccpa']);
    assert.equal(c.summary.required, c.requirements.length - c.summary.notApplicable);
    assert.equal(c.summary.covered, c.requirements.filter((r) => r.state === 'covered' || r.state === 'vague').length);
    assert.deepEqual(c.sections.find((s) => s.title === 'How long we keep data')?.requirements.includes('retention'), true);
  });

  it('counts one more requirement covered after its section is inserted', async () => {
    const uri = await open('privacy-draft.md', 'markdown');
    const before = (await coverage(uri))!;
    const missing = (await client.connection.sendRequest(MissingSectionsRequest, { uri })) as MissingSectionsResult;
    const children = missing.sections.find((s) => s.topic === 'children')!;
    assert.ok(client.insertSnippet({ uri, version: missing.version, snippets: [{ position: children.position, snippet: children.snippet }] }));
    await client.diagnosticsFor(uri);
    const after = (await coverage(uri))!;
    assert.equal(after.version, 2);
    assert.equal(after.summary.covered, before.summary.covered + 1);
    assert.equal(states(after).children, 'covered');
    const inserted = after.sections.find((s) => s.requirements.includes('children'));
    assert.ok(inserted, 'the inserted section holds the evidence');
    assert.equal(inserted.range.start.line, children.position.line);
  });

  it('answers null for a document that is not a policy until it is linted on demand, and for one that is not open', async () => {
    const uri = await open('terms.md', 'markdown');
    assert.equal(await coverage(uri), null);
    assert.equal(await symbols(uri), null);
    await client.connection.sendRequest(LintDocumentRequest, { uri });
    const c = await coverage(uri);
    assert.ok(c && c.requirements.length === 4, 'linted on demand: its coverage is answered');
    assert.equal(await coverage(uriOf('closed.md')), null);
    assert.equal(await coverage(undefined as unknown as string), null, 'malformed params get null, not an error');
  });

  it('outlines a plain-text policy: its numbered sections, each labelled with what it is about', async () => {
    const uri = await open('privacy-notice.txt', 'plaintext');
    assert.deepEqual(client.initializeResult.capabilities.documentSymbolProvider, { label: 'Policy Linter' });
    const list = (await symbols(uri))!;
    assert.deepEqual(
      list.map((s) => [s.name, s.detail, s.selectionRange.start.line, s.range.start.line, s.range.end.line]),
      [
        ['Who we are', undefined, 2, 2, 6],
        ['What we collect', undefined, 6, 6, 10],
        ['Children', "Children's privacy", 10, 10, 14],
        ['Transfers', 'International data transfers', 14, 14, 18],
        ['Contact', 'Contact details', 18, 18, 21],
      ],
    );
  });

  it('nests subsections inside their section, whose range covers them', async () => {
    const text = 'Privacy Policy\n\n1. Your data\n\nWe hold your name.\n\n1.1 How long we keep it\n\nWe keep your name for 2 years after your last order.\n\n2. Contact\n\nWrite to privacy@example.org.\n';
    const uri = await open('privacy.txt', 'plaintext', {}, text);
    const list = (await symbols(uri))!;
    assert.deepEqual(list.map((s) => s.name), ['Your data', 'Contact']);
    const [data] = list;
    assert.deepEqual(data.children!.map((s) => [s.name, s.detail]), [['How long we keep it', 'Data retention']]);
    const inner = data.children![0];
    assert.ok(inner.range.start.line >= data.range.start.line && inner.range.end.line <= data.range.end.line);
    assert.equal(data.range.end.line, 10, 'the section ends where "2. Contact" starts');
  });

  it('outlines an HTML policy and follows edits', async () => {
    const uri = await open('privacy.html', 'html');
    const names = async () => ((await symbols(uri)) ?? []).map((s) => s.name);
    assert.deepEqual(await names(), ['Information we collect', 'How long we keep data', 'Children', 'International transfers']);
    const end = client.doc(uri).getText().indexOf('</body>');
    const at = client.doc(uri).positionAt(end);
    client.change(uri, [{ range: { start: at, end: at }, text: '<h2>Contact us</h2>\n<p>Write to privacy@copperline.test.</p>\n' }]);
    await waitFor(() => client.latest(uri)?.version === 2, 10000, 'diagnostics of version 2');
    assert.deepEqual((await names()).at(-1), 'Contact us');
  });
});
