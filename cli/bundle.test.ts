// The bundled CLI (as esbuild.mjs builds dist/cli.cjs and its worker) run as a real process: stdin, exit codes, output
// streams, worker threads.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as esbuild from 'esbuild';
import { generateCorpus } from '../bench/generate.ts';
import { CLEAN_POLICY, DRAFT_POLICY, TempDir } from './test-helpers.ts';
import { threadsFor } from './lint-files.ts';
import pkg from '../package.json' with { type: 'json' };
import { cliBuilds } from '../esbuild.mjs';

describe('bundled CLI (node cli.cjs)', function () {
  this.timeout(60000);
  let dir: TempDir;
  let bundle: string;
  before(async () => {
    dir = new TempDir();
    bundle = join(dir.root, 'cli.cjs');
    await Promise.all(cliBuilds(dir.root).map((b) => esbuild.build({ ...b, sourcemap: false, logLevel: 'error' })));
  });
  after(() => dir.remove());

  const node = (args: string[], input?: string, nodeArgs: string[] = []) => {
    const r = spawnSync(process.execPath, [...nodeArgs, bundle, ...args], { cwd: dir.root, input, encoding: 'utf8', env: { PATH: process.env.PATH } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('prints the version and lints stdin', () => {
    assert.deepEqual(node(['--version']), { code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    const r = node(['--format', 'json', '--stdin-filename', 'privacy.md', '-'], DRAFT_POLICY);
    assert.equal(r.code, 1);
    assert.deepEqual(JSON.parse(r.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId), ['missing-children', 'placeholder']);
    assert.equal(node(['-'], CLEAN_POLICY).code, 0);
  });

  it("turns off V8's regexp tier-up in its first statement, before any module of the bundle runs", () => {
    const [shebang, first] = readFileSync(bundle, 'utf8').split('\n');
    assert.equal(shebang, '#!/usr/bin/env node');
    assert.equal(first, `"use strict"; require('node:v8').setFlagsFromString('--no-regexp-tier-up');`, 'strict code, as the rest of the bundle');
  });

  it('exits 2 with a one-line reason for a missing file, and rejects a bad user regex from a config file', () => {
    assert.deepEqual(node(['docs/x.md']), { code: 2, stdout: '', stderr: 'policy-linter: cannot read docs/x.md: ENOENT (no such file or directory)\n' });
    dir.write('cfg/.policy-linter.json', '{"placeholders": {"patterns": ["(x+x+)+y", "ACME-\\\\d+"]}}');
    dir.write('cfg/privacy.md', CLEAN_POLICY.replace('Northwind Games Ltd.', 'ACME-7'));
    const r = node(['--format', 'json', 'cfg/privacy.md']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'policy-linter: cfg/.policy-linter.json: placeholders.patterns[0] "(x+x+)+y" may take exponential time (nested quantifier); it was ignored.\n');
    assert.deepEqual(JSON.parse(r.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId), ['placeholder']);
  });

  it('lints on worker threads from the bundle, with the output of one thread', () => {
    const docs = generateCorpus(11, 48, 24_000);
    for (const d of docs) dir.write(join('many', d.name), d.text);
    assert.equal(threadsFor(2, docs.map((d) => d.text.length)), 2);
    const one = node(['--jobs', '1', '--format', 'json', '--all-files', 'many']);
    assert.ok(one.code === 1 && one.stderr === '', one.stderr);
    assert.equal(JSON.parse(one.stdout).files.length, docs.length);
    assert.deepEqual(node(['--jobs', '2', '--format', 'json', '--all-files', 'many']), one);
  });

  it('refuses a file too large for its memory with one line, and lints the others', () => {
    // 4 MB of Markdown needs about 400 MB to lint; with a 256 MB heap the CLI used to die after a minute of garbage
    // collection with V8's native "heap out of memory" trace (exit 134) and report nothing. The limit comes from the
    // heap and the measured memory per KB (engine/limits.ts): a heap 4x larger takes files 4x larger.
    dir.write('big/privacy.md', DRAFT_POLICY.repeat(Math.ceil(4_000_000 / DRAFT_POLICY.length)));
    dir.write('big/notice.md', DRAFT_POLICY);
    const r = node(['--format', 'json', 'big/privacy.md', 'big/notice.md'], undefined, ['--max-old-space-size=256']);
    assert.equal(r.code, 2, r.stderr.slice(0, 2000));
    assert.match(r.stderr, /^policy-linter: big\/privacy\.md is 3\.\d MB, larger than the 0\.\d MB limit for Markdown \(checking Markdown takes up to \d+ KB of memory per KB of text\)\n$/);
    assert.deepEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path), ['big/notice.md']);
  });

  const seeds = new URL('../../shared/corpus/seeds/', import.meta.url).pathname;
  (existsSync(seeds) ? it : it.skip)('reports absolute paths as given, as the corpus scorer calls it', () => {
    const files = readdirSync(seeds).map((f) => join(seeds, f));
    const r = node(['--format', 'json', ...files]);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    assert.equal(r.stderr, '');
    const report = JSON.parse(r.stdout);
    assert.deepEqual(report.files.map((f: { path: string }) => f.path), files);
    // Relative paths work the same way.
    const rel = files.map((f) => relative(dir.root, f));
    assert.deepEqual(JSON.parse(node(['--format', 'json', ...rel]).stdout).files.map((f: { path: string }) => f.path), rel);
  });
});
