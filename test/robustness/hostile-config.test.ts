// Hostile configuration: catastrophic user regular expressions and huge pattern lists must not hang the engine, the
// server or the CLI, and each must be reported clearly. Every run is bounded by a watchdog (a hang fails the test
// instead of stalling the suite). The document has long runs of "a" ending in "!", on which the rejected patterns
// would backtrack for longer than the age of the universe.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolveConfig } from '../../engine/config/resolve.ts';
import { buildServer } from '../protocol/lsp-client.ts';
import { runIsolated } from './isolate.ts';
import { LspProcess } from './lsp-process.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** Exponential-time shapes: nested quantifiers, backreferences, high repetition counts. */
const CATASTROPHIC = ['(a+)+$', '(a*)*b', '([a-z]+)*!$', '(\\w+\\s?)*$', '(.*a){20}', '(a|b+)+c', '(a)\\1+$', '^(a?){25}a{25}$'];
/** 10,000 harmless but distinct patterns. */
const MANY = Array.from({ length: 10_000 }, (_, i) => `\\bSLOT${i}\\b`);
const DOCUMENT = ['# Privacy Policy', '', ...Array.from({ length: 40 }, (_, i) => `${'a'.repeat(2000 + i)}!`), '', 'Contact us at privacy@example.org. SLOT7 [COMPANY NAME]', ''].join('\n');

describe('robustness: hostile configuration', function () {
  this.timeout(0); // every run below has its own watchdog

  it('rejects each catastrophic pattern with a message naming it and the reason', () => {
    const { config, problems } = resolveConfig({ placeholders: { patterns: CATASTROPHIC } }, '.policy-linter.json');
    assert.equal(config.placeholderPatterns.length, 0);
    assert.deepEqual(problems.map((p) => p.key), CATASTROPHIC.map((_, i) => `placeholders.patterns[${i}]`));
    for (const p of problems) assert.match(p.message, /exponential time .*ignored/);
  });

  it('caps a list of 10,000 patterns and says so', () => {
    const { config, problems } = resolveConfig({ placeholders: { patterns: MANY } }, 'settings');
    assert.ok(config.placeholderPatterns.length > 0 && config.placeholderPatterns.length < MANY.length);
    assert.ok(problems.some((p) => p.key === 'placeholders.patterns' && /10000 entries; only the first \d+ are used/.test(p.message)), JSON.stringify(problems));
  });

  it('lint() finishes with both, in every format', async () => {
    for (const format of ['markdown', 'text', 'html'] as const) {
      const r = await runIsolated('configuredLint', { text: DOCUMENT, format, config: { placeholders: { patterns: [...CATASTROPHIC, ...MANY] } } }, 60_000);
      assert.ok(r.findings > 0, `${format}: no findings`);
      assert.ok(r.problems.length >= CATASTROPHIC.length + 1, `${format}: ${r.problems.length} problems`);
    }
  });

  it('the language server keeps linting and shows the problems', async () => {
    await buildServer();
    const settings = { debounce: 0, placeholders: { patterns: [...CATASTROPHIC, ...MANY] } };
    const { server } = await LspProcess.start({ settings });
    try {
      const uri = pathToFileURL(join(tmpdir(), 'hostile', 'privacy.md')).toString();
      const published = server.diagnostics(uri, 1, 60_000);
      server.open(uri, DOCUMENT);
      const diagnostics = (await published).diagnostics;
      assert.ok(diagnostics.some((d) => d.code === 'placeholder'), JSON.stringify(diagnostics.map((d) => d.code)));
      const shown = () => server.notifications.filter((n) => n.method === 'window/showMessage' || n.method === 'policyLinter/configProblem').map((n) => (n.params as { message: string }).message);
      const deadline = Date.now() + 10_000;
      while (!(shown().some((m) => /exponential/.test(m)) && shown().some((m) => /10008 entries/.test(m))) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      assert.ok(shown().some((m) => /\(a\+\)\+\$.*exponential/.test(m)), shown().join('\n'));
      assert.ok(shown().some((m) => /10008 entries; only the first \d+ are used/.test(m)), shown().join('\n'));
      // and it still answers
      assert.ok(await server.request('textDocument/hover', { textDocument: { uri }, position: diagnostics[0].range.start }, 20_000));
    } finally {
      await server.stop();
    }
  });

  // '{a,b}' x 40 expands to 2^40 globs; the server used to compile 100,000 of them on every lint (seconds each),
  // even in an untrusted workspace.
  const EXPLOSIVE_GLOBS = ['{a,b}'.repeat(40) + '*privacy*', '{x,y,z}'.repeat(30) + '*.md', ...Array.from({ length: 200 }, (_, i) => `{p,q}${i}*`)];

  for (const trusted of [true, false]) {
    it(`the language server bounds include globs${trusted ? '' : ' and ignores them in an untrusted workspace'}, and says so`, async () => {
      await buildServer();
      const { server } = await LspProcess.start({ settings: { debounce: 0, include: EXPLOSIVE_GLOBS }, initializationOptions: { trusted } });
      try {
        const uri = pathToFileURL(join(tmpdir(), 'hostile', 'privacy.md')).toString();
        const published = server.diagnostics(uri, 1, 60_000);
        server.open(uri, DOCUMENT);
        assert.ok((await published).diagnostics.length > 0);
        // Edits are linted again: each lint matches the path against the (bounded, compiled once) globs.
        for (let v = 2; v <= 6; v++) {
          const next = server.diagnostics(uri, v, 60_000);
          server.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text: DOCUMENT + ' '.repeat(v) }] });
          await next;
        }
        const shown = server.notifications.filter((n) => n.method === 'window/showMessage').map((n) => (n.params as { message: string }).message);
        if (trusted) {
          assert.ok(shown.some((m) => /policyLinter\.include" pattern "\{a,b\}.*expands to more than \d+ patterns/.test(m)), shown.join('\n'));
          assert.ok(shown.some((m) => /policyLinter\.include" pattern "\{p,q\}.*past \d+ in all/.test(m)), shown.join('\n'));
        } else assert.ok(shown.some((m) => /policyLinter\.include" was ignored: the workspace is not trusted/.test(m)), shown.join('\n'));
      } finally {
        await server.stop();
      }
    });
  }

  it('the CLI finishes, lints, and reports the problems with exit code 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-linter-hostile-'));
    try {
      writeFileSync(join(dir, '.policy-linter.json'), JSON.stringify({ placeholders: { patterns: [...CATASTROPHIC, ...MANY] } }));
      writeFileSync(join(dir, 'privacy.md'), DOCUMENT);
      // Run from the project (so --import tsx resolves); the config file is found beside the linted file.
      const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'cli/main.ts'), '--format', 'json', join(dir, 'privacy.md')], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } });
      assert.equal(r.signal, null, 'the CLI was killed by the watchdog');
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, /\(a\+\)\+\$.*exponential/);
      assert.match(r.stderr, /10008 entries; only the first \d+ are used/);
      assert.ok(JSON.parse(r.stdout).files[0].findings.length > 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
