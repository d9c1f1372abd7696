// Configuration of the wrong type, through both hosts: every config key gets every kind of JSON value, in a
// .policy-linter.json and in the editor settings, and the language server and the CLI must agree. For each case:
// the server publishes diagnostics (it never stops silently), they are exactly the findings the CLI reports for the
// same file, every problem the CLI reports is shown by the server in the same words, and a hover still answers.
// (Before server and CLI shared one validated path, {"placeholders": {"patterns": {"a": "b"}}} stopped the server's
// diagnostics for good, and "patterns": "abc" flagged every a, b and c.)
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileUri, LspClient, summary, waitFor } from '../protocol/lsp-client.ts';
import { runCli } from '../../cli/test-helpers.ts';

/** A valid config using every key, so that each case breaks one key of an otherwise working config. */
const BASE = {
  rules: { 'missing-contact': 'warning', placeholder: 'warning' },
  topics: { children: { applicable: false, reason: 'B2B only' }, retention: { headings: ['Storage limitation'], phrases: ['purged after'] } },
  placeholders: { patterns: ['ACME-\\d+', { pattern: '\\bDRAFT\\b', flags: 'i', message: 'Draft marker' }], allow: ['[sic]'] },
};

/** Where each case puts its value (dots and [i] as in problem keys; '' is the whole config). */
const KEYS = [
  '', '$schema', 'unknown', 'rules', 'rules.placeholder', 'rules.missing-contact', 'rules.no-such-rule', 'rules.__proto__',
  'topics', 'topics.children', 'topics.children.applicable', 'topics.children.reason', 'topics.retention.headings',
  'topics.retention.phrases', 'topics.retention.phrases[0]', 'topics.constructor', 'topics.nonsense',
  'placeholders', 'placeholders.patterns', 'placeholders.patterns[0]', 'placeholders.patterns[1].pattern',
  'placeholders.patterns[1].flags', 'placeholders.patterns[1].message', 'placeholders.allow', 'placeholders.allow[0]', 'placeholders.templateExpressions',
  'placeholders.toString',
];

/** One value of every JSON type, and the shapes the keys above expect, each in the wrong place somewhere. */
const VALUES: unknown[] = [null, true, false, 0, -1, 2.5, '', 'abc', 'error', 'off', [], ['a'], [1, null], {}, { a: 'b' }, { pattern: 'x' }, [{ a: 1 }]];

/** Mentions every configured thing: ACME ids, DRAFT, [sic], a slot, the custom retention heading, letters a b c. */
const DOCUMENT = `# Privacy Policy

ACME-12 is a DRAFT of the policy of [Company Name] [sic], written by a b c.

## Storage limitation

Records are purged after two years.

## Contact

Write to privacy@example.org.
`;

function withValue(key: string, value: unknown): unknown {
  if (key === '') return value;
  const config = structuredClone(BASE) as Record<string, unknown>;
  const path = key.split(/\.|(?=\[)/).map((p) => (p.startsWith('[') ? Number(p.slice(1, -1)) : p));
  let at: Record<string | number, unknown> = config;
  for (const step of path.slice(0, -1)) {
    if (typeof at[step] !== 'object' || at[step] === null) at[step] = {};
    at = at[step] as Record<string | number, unknown>;
  }
  // defineProperty, so that "__proto__" becomes a key of the JSON object as JSON.parse makes it, not a prototype.
  Object.defineProperty(at, path.at(-1)!, { value, enumerable: true, writable: true, configurable: true });
  return config;
}

interface Case {
  name: string;
  dir: string;
  config: unknown;
}

describe('robustness: configuration of every type through the server and the CLI', function () {
  this.timeout(180_000);
  let root: string;
  let client: LspClient;
  const cases: Case[] = [];

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'policy-linter-config-types-'));
    let i = 0;
    for (const key of KEYS) {
      for (const value of VALUES) {
        const dir = join(root, `case-${i++}`);
        cases.push({ name: `${key || '(whole config)'} = ${JSON.stringify(value)}`, dir, config: withValue(key, value) });
      }
    }
  });
  after(async () => {
    await client?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  /** What the CLI reports for a file: diagnostics summary and the problem lines (paths made absolute). */
  async function cli(file: string): Promise<{ findings: string[]; problems: string[] }> {
    const r = await runCli(['--format', 'json', file], { cwd: root });
    assert.ok(r.code === 0 || r.code === 1 || r.code === 2, `exit ${r.code}: ${r.stderr}`);
    const report = JSON.parse(r.stdout) as { files: Array<{ findings: Array<{ ruleId: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }> }> };
    const findings = summary((report.files[0]?.findings ?? []).map((f) => ({ code: f.ruleId, range: f.range }) as never));
    const problems = r.stderr
      .split('\n')
      .filter((l) => l.startsWith('policy-linter: case-'))
      .map((l) => join(root, l.slice('policy-linter: '.length)));
    return { findings, problems };
  }

  /** The server's wording of a problem ("source (key): message") in the CLI's ("source: key message"). */
  const asCliLine = (m: string) => m.replace(/^(.*?) \((.*?)\): /, '$1: $2 ').replace(/^(\/[^:]*): /, '$1: ');

  it(`${KEYS.length} keys × ${VALUES.length} values in .policy-linter.json: same findings and problems as the CLI, diagnostics always published`, async () => {
    const expected = new Map<string, Awaited<ReturnType<typeof cli>>>();
    for (const c of cases) {
      mkdirSync(c.dir, { recursive: true });
      writeFileSync(join(c.dir, '.policy-linter.json'), JSON.stringify(c.config));
      writeFileSync(join(c.dir, 'privacy.md'), DOCUMENT);
      expected.set(c.dir, await cli(join(c.dir, 'privacy.md')));
    }
    client = await LspClient.start({ workspaceFolders: [root], settings: {}, initializationOptions: { configProblemNotification: true } });
    for (const c of cases) client.open(fileUri(join(c.dir, 'privacy.md')), 'markdown', DOCUMENT);
    // Waited for together: a server that stopped publishing for some documents fails once, listing them.
    const publishes = await Promise.all(cases.map((c) => client.diagnosticsFor(fileUri(join(c.dir, 'privacy.md')), 60_000).catch(() => undefined)));
    const failures: string[] = [];
    for (const [i, c] of cases.entries()) {
      const uri = fileUri(join(c.dir, 'privacy.md'));
      const published = publishes[i];
      const want = expected.get(c.dir)!;
      if (!published) {
        failures.push(`${c.name}: no diagnostics published`);
        continue;
      }
      const got = summary(published.diagnostics);
      if (JSON.stringify(got) !== JSON.stringify(want.findings)) failures.push(`${c.name}: server ${JSON.stringify(got)}, CLI ${JSON.stringify(want.findings)}`);
      const shown = new Set(client.messages.map((m) => asCliLine(m.message)));
      for (const p of want.problems) if (!shown.has(p)) failures.push(`${c.name}: the server did not show "${p}"`);
      const first = published.diagnostics[0];
      if (first && !(await client.hover(uri, first.range.start.line, first.range.start.character))) failures.push(`${c.name}: no hover on ${first.code}`);
    }
    // Every invalid value was reported by the CLI with the key it is at.
    const silent = cases.filter((c) => {
      const problems = expected.get(c.dir)!.problems;
      return JSON.stringify(c.config) !== JSON.stringify(BASE) && c.config !== null && problems.length === 0;
    });
    assert.deepEqual(failures.slice(0, 20), [], `${failures.length} failures`);
    assert.ok(silent.length < cases.length / 4, `${silent.length} cases reported nothing`);
  });

  it('the same values as editor settings: same findings as the CLI with them in a config file, problems named by key', async () => {
    // Settings per document (scoped configuration), for documents in folders without a config file.
    const bySettings = new Map<string, Case>();
    for (const c of cases) {
      if (c.config === null) continue; // null in VS Code settings means "not set"
      const dir = `${c.dir}-settings`;
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'privacy.md'), DOCUMENT);
      bySettings.set(fileUri(join(dir, 'privacy.md')), c);
    }
    await client?.stop();
    client = await LspClient.start({
      workspaceFolders: [root],
      settings: (scope: string | undefined) => (scope && bySettings.get(scope)?.config) ?? {},
      initializationOptions: { configProblemNotification: true },
    });
    for (const uri of bySettings.keys()) client.open(uri, 'markdown', DOCUMENT);
    const publishes = await Promise.all([...bySettings.keys()].map((uri) => client.diagnosticsFor(uri, 60_000).catch(() => undefined)));
    const failures: string[] = [];
    for (const [i, c] of [...bySettings.values()].entries()) {
      const published = publishes[i];
      if (!published) {
        failures.push(`${c.name}: no diagnostics published`);
        continue;
      }
      const want = await cli(join(c.dir, 'privacy.md'));
      const got = summary(published.diagnostics);
      if (JSON.stringify(got) !== JSON.stringify(want.findings)) failures.push(`${c.name}: server ${JSON.stringify(got)}, CLI ${JSON.stringify(want.findings)}`);
    }
    assert.deepEqual(failures.slice(0, 20), [], `${failures.length} failures`);
    // Settings problems are shown once per message; every key the CLI complained about is named by some message.
    await waitFor(() => client.messages.length > 0, 5000, 'settings problems');
    const shown = client.messages.map((m) => m.message).join('\n');
    for (const key of KEYS.filter((k) => /^(rules|topics|placeholders)\./.test(k) && !k.includes('__proto__'))) {
      const top = key.split(/\.|\[/)[0];
      assert.ok(shown.includes(`(${key}`) || shown.includes(`(${top}`) || shown.includes(`policyLinter.${top}`), `no settings problem names ${key}`);
    }
  });
});
