// Hovers: why a section is required, what a placeholder is, and how the linter read a heading.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { fileUri, fixture, LspClient } from './lsp-client.ts';

describe('protocol: hover', function () {
  this.timeout(60000);
  let ws: string;
  let client: LspClient;
  let uri: string;
  const text = (h: Hover | null) => (h?.contents as MarkupContent | undefined)?.value ?? '';

  before(async () => {
    ws = mkdtempSync(join(tmpdir(), 'policy-linter-hover-'));
    client = await LspClient.start({ workspaceFolders: [ws] });
    uri = fileUri(join(ws, 'privacy-draft.md'));
    client.open(uri, 'markdown', fixture('privacy-draft.md'));
    await client.diagnosticsFor(uri);
  });
  after(async () => {
    await client.stop();
    rmSync(ws, { recursive: true, force: true });
  });

  it('explains the missing section under the cursor on one screen: what is missing, the checklist, linked citations, the fix', async () => {
    const h = await client.hover(uri, 0, 5);
    assert.equal((h!.contents as MarkupContent).kind, 'markdown');
    assert.deepEqual(h!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 16 } });
    const value = text(h);
    const [missing] = value.split('\n\n---\n\n');
    const docs = client.latest(uri)!.diagnostics.find((d) => d.code === 'missing-children')!.codeDescription!.href;
    const paragraphs = missing.split('\n\n');
    assert.equal(paragraphs[0], "**No children's privacy section: say whether the service is meant for children and how their data is handled (even if it is not meant for them).**");
    assert.equal(paragraphs[1], 'A good section states:');
    assert.match(paragraphs[2], /^- The minimum age to use the service/);
    // The regimes on one line, each linked to the rule page's law table, its provisions in the link's title.
    assert.equal(
      paragraphs[3],
      `Required by [COPPA](${docs}#why-it-matters "16 CFR 312.4(d)") · [CCPA/CPRA](${docs}#why-it-matters "Civ. Code 1798.120(c); 11 CCR §7011(e)(3)(I)") · ` +
        `[LGPD](${docs}#why-it-matters "Art. 14 §2, §6") · [GDPR](${docs}#why-it-matters "Art. 8, Art. 12(1)") · ` +
        `[UK GDPR](${docs}#why-it-matters "ICO Age Appropriate Design Code (Children's Code), standard 4") · [PIPEDA](${docs}#why-it-matters "OPC guidance on consent for minors").`,
    );
    assert.equal(paragraphs[4], `**Fix:** *Insert "Children's privacy" section* (Ctrl+.), or say why it does not apply. [More about \`missing-children\`](${docs})`);
    assert.match(paragraphs[5], /^Also: No international-transfers section: .+ \[More\]\(https:[^)]+missing-transfers\.md\)$/);
    assert.equal(paragraphs.length, 6);
    // No rule-id heading, no repeated explanation, nothing that needs scrolling: it fits on a screen.
    assert.doesNotMatch(value, /Which laws require it|"applicable": false|command:/);
    assert.ok(missing.split('\n').length <= 18, missing);
  });

  it('leaves out the messages an editor shows in the hover already (diagnosticsInHover)', async () => {
    const vscodeLike = await LspClient.start({ workspaceFolders: [ws], initializationOptions: { diagnosticsInHover: true } });
    try {
      vscodeLike.open(uri, 'markdown', fixture('privacy-draft.md'));
      const diagnostics = (await vscodeLike.diagnosticsFor(uri)).diagnostics;
      const title = text(await vscodeLike.hover(uri, 0, 5));
      for (const d of diagnostics.filter((x) => x.range.start.line === 0)) assert.ok(!title.includes(String(d.message).slice(0, 30)), `"${d.message}" said again:\n${title}`);
      const [missing] = title.split('\n\n---\n\n');
      assert.match(missing, /^A good section states:\n\n- The minimum age/);
      assert.match(missing, /\n\nRequired by \[COPPA\][^\n]*\n\n\*\*Fix:\*\* \*Insert "Children's privacy" section\*[^\n]*$/);
      // A placeholder: what this kind of leftover is, not the message again.
      const slot = text(await vscodeLike.hover(uri, 4, 30));
      assert.match(slot, /^\*\*Unfilled placeholder\.\*\* A blank from a template: replace it, brackets included, with the real value\.\n\n\[What counts as a placeholder\]/);
    } finally {
      await vscodeLike.stop();
    }
  });

  it('says what kind of slot a placeholder is and what to do, in one or two lines', async () => {
    const value = text(await client.hover(uri, 4, 30));
    assert.match(value, /^\*\*Unfilled placeholder\.\*\* Write the company name here\.\n\n\[What counts as a placeholder\]\(https:[^)]+placeholder\.md\)$/);
    const date = text(await client.hover(uri, 2, 3));
    assert.match(date, /^\*\*Date missing\.\*\* Write the date the policy took effect or last changed\.\n\n/);
  });

  it('says which topics a section heading covers, and on what evidence (the heading, the sentences and their lines)', async () => {
    const h = await client.hover(uri, 17, 5);
    const retention = text(h);
    assert.match(retention, /^\*\*Policy Linter reads this section as covering\*\*\n\n- \*\*Data retention\*\* — line 18: the heading; line 20: “We keep account data while your account is open/);
    assert.match(retention, /line 21: “Backups are overwritten within 90 days\.”/);
    assert.deepEqual(h!.range, { start: { line: 17, character: 0 }, end: { line: 17, character: 29 } });
    const contact = text(await client.hover(uri, 22, 3));
    assert.match(contact, /- \*\*Contact details\*\* — line 23: the heading; line 25: “Write to privacy@lantern-reader\.test or to Lantern Reading Ltd/);
  });

  it('lists on the title every covered topic with its first evidence, next to the missing ones', async () => {
    const value = text(await client.hover(uri, 0, 5));
    assert.match(value, /\*\*Covered by this policy\*\*\n\n- \*\*Data retention\*\* — line 18: the heading\n- \*\*Contact details\*\* — line 23: the heading/);
  });

  it('has nothing to say elsewhere', async () => {
    assert.equal(await client.hover(uri, 8, 10), null); // body text without findings
    assert.equal(await client.hover(uri, 6, 5), null); // a heading with no recognised topic
  });

  it('lints a page in a template language, leaving its data expressions to the generator but not its slots', async () => {
    const page = fileUri(join(ws, 'privacy.html'));
    const body = '<h1>Privacy Policy</h1>\n{% load i18n %}\n<p>Write to {{ contact_email }} or [Company Email].</p>\n';
    client.open(page, 'django-html', body);
    const d = await client.diagnosticsFor(page);
    const flagged = d.diagnostics.filter((x) => x.code === 'placeholder').map((x) => body.split('\n')[x.range.start.line].slice(x.range.start.character, x.range.end.character));
    assert.deepEqual(flagged, ['[Company Email]']);
  });

  it('says, on a template expression reported by choice, that the file looks like a rendered template and how to change that', async () => {
    const dir = join(ws, 'site');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '.policy-linter.json'), JSON.stringify({ placeholders: { templateExpressions: 'report' } }));
    const page = fileUri(join(dir, 'privacy.html'));
    client.open(page, 'jinja-html', '<h1>Privacy Policy</h1>\n<p>Write to {{ contact_email }}.</p>\n');
    const d = await client.diagnosticsFor(page);
    const diag = d.diagnostics.find((x) => x.code === 'placeholder');
    assert.ok(diag, 'the expression is reported');
    assert.match(String(diag.message), /filled in when this page is rendered/);
    const value = text(await client.hover(page, 1, 14));
    assert.match(value, /\*\*This file looks like a rendered template:\*\* the editor reports its language as "jinja-html" \(Jinja\)/);
    assert.match(value, /`placeholders\.templateExpressions` is `"report"`/);
    assert.match(value, /`policyLinter\.placeholders\.templateExpressions`/);
  });

  it('points plain text, which has no comments, to .policy-linter.json', async () => {
    const txt = fileUri(join(ws, 'privacy-notice.txt'));
    client.open(txt, 'plaintext', fixture('privacy-notice.txt'));
    await client.diagnosticsFor(txt);
    const value = text(await client.hover(txt, 0, 3));
    assert.match(value, /^\*\*No data-retention section/);
    assert.match(value, /or say why it does not apply in `\.policy-linter\.json`\./);
  });
});
