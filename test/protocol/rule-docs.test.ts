// Where the editor's rule links go. A client that runs policyLinter.showRuleDocs (VS Code's) gets command links that
// open the rule's page shipped with the extension; every such link must name a page that ships, at a heading that
// exists. A configured docsUrl is kept as it is; other editors get the published pages.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MarkupContent } from 'vscode-languageserver-protocol';
import { fileUri, fixture, LspClient, ROOT } from './lsp-client.ts';
import { Commands } from '../../server/src/protocol.ts';
import { ruleDocsTarget } from '../../client/src/rule-docs.ts';
import { docsUrl } from '../../engine/docs.ts';
import { headingAnchors, isPackaged, markdownLinks } from '../package/markdown.ts';

/** Every link of a document's diagnostics and of the hovers at their starts: [where, target]. */
async function linksOf(client: LspClient, uri: string): Promise<Array<[string, string]>> {
  const diagnostics = (await client.diagnosticsFor(uri)).diagnostics;
  assert.ok(diagnostics.length >= 3, `the fixture has findings of several rules: ${JSON.stringify(diagnostics.map((d) => d.code))}`);
  const links: Array<[string, string]> = [];
  for (const d of diagnostics) {
    links.push([`${d.code} code`, d.codeDescription!.href]);
    const hover = await client.hover(uri, d.range.start.line, d.range.start.character);
    for (const { url } of markdownLinks((hover!.contents as MarkupContent).value)) links.push([`${d.code} hover`, url]);
  }
  return links;
}

describe('protocol: rule documentation links', function () {
  this.timeout(60000);
  let ws: string;
  const clients: LspClient[] = [];
  const start = async (options: Parameters<typeof LspClient.start>[0]) => {
    const client = await LspClient.start({ workspaceFolders: [ws], ...options });
    clients.push(client);
    const uri = fileUri(join(ws, 'privacy-draft.md'));
    client.open(uri, 'markdown', fixture('privacy-draft.md'));
    return linksOf(client, uri);
  };

  before(() => {
    ws = mkdtempSync(join(tmpdir(), 'policy-linter-rule-docs-'));
  });
  after(async () => {
    await Promise.all(clients.map((c) => c.stop()));
    rmSync(ws, { recursive: true, force: true });
  });

  it('for VS Code: open the page shipped with the extension, at a heading it has', async () => {
    const links = await start({ initializationOptions: { ruleDocsCommand: true }, settings: { profiles: ['gdpr'] } });
    const pages = new Set<string>();
    for (const [where, link] of links) {
      const m = /^command:([\w.]+)\?(.+)$/.exec(link);
      assert.ok(m, `${where}: ${link} is not a command link`);
      assert.equal(m[1], Commands.showRuleDocs, where);
      const args = JSON.parse(decodeURIComponent(m[2])) as unknown[];
      assert.equal(args.length, 1, where);
      const target = ruleDocsTarget(args[0]);
      assert.ok(target, `${where}: ${m[2]} names no rule`);
      const path = target.path.join('/');
      assert.ok(existsSync(join(ROOT, path)) && isPackaged(path), `${where}: ${path} does not ship`);
      if (target.fragment) assert.ok(headingAnchors(readFileSync(join(ROOT, path), 'utf8')).has(target.fragment), `${where}: ${path} has no #${target.fragment}`);
      assert.equal(target.published, docsUrl(path.slice('docs/rules/'.length, -'.md'.length)) + (target.fragment ? `#${target.fragment}` : ''));
      pages.add(path);
    }
    assert.ok(pages.has('docs/rules/placeholder.md') && pages.has('docs/rules/missing-identity.md') && pages.has('docs/rules/missing-rights.md'), [...pages].join());
    assert.ok(links.some(([, l]) => l.includes(encodeURIComponent('"fragment":"why-it-matters"'))), 'citations link to the "Why it matters" section');
  });

  it('keep a configured docsUrl, and give other editors the published pages', async () => {
    const configured = await start({ initializationOptions: { ruleDocsCommand: true }, settings: { docsUrl: 'https://intranet.example/pl/' } });
    for (const [where, link] of configured) assert.match(link, /^https:\/\/intranet\.example\/pl\/[a-z-]+\.md(#why-it-matters)?$/, where);
    const generic = await start({});
    for (const [where, link] of generic) assert.match(link, new RegExp(`^${docsUrl('').replace(/[.?*+^$()[\]{}|\\/]/g, '\\$&').replace(/\\\.md$/, '')}[a-z-]+\\.md(#why-it-matters)?$`), where);
  });
});
