// The CLI at scale: worker threads (--jobs), the result cache (--cache, --cache-location) and CI sharding (--shard).
// Every mode must give exactly the output of a plain single-threaded run.
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../bench/generate.ts';
import { resolveConfig } from '../engine/config/resolve.ts';
import { CLEAN_POLICY, DRAFT_POLICY, runCli, TempDir } from './test-helpers.ts';
import { DEFAULT_CACHE_FILE, ResultCache, cacheFilePath, contentHash } from './cache.ts';
import { lintBytes, type FileOutcome } from './lint-file.ts';
import { MIN_BYTES_PER_THREAD, threadsFor } from './lint-files.ts';
import { lintInWorkers } from './pool.ts';
import { parseShard, shardOf } from './shard.ts';

interface JsonReport {
  files: Array<{ path: string; findings: Array<{ ruleId: string; message: string }> }>;
}

describe('CLI at scale', function () {
  this.timeout(120000);
  let dir: TempDir;
  beforeEach(() => {
    dir = new TempDir();
  });
  afterEach(() => dir.remove());
  const cli = (args: string[], cwd = dir.root) => runCli(args, { cwd });
  /** Generated policies (Markdown, plain text, HTML), `size` characters each, in policies/. */
  const corpus = (count: number, size: number) => {
    const docs = generateCorpus(7, count, size);
    for (const d of docs) dir.write(join('policies', d.name), d.text);
    return docs;
  };

  describe('worker threads (--jobs)', () => {
    it('uses one thread for small runs and up to --jobs when there is enough text', () => {
      assert.equal(threadsFor(4, [1000]), 1);
      assert.equal(threadsFor(4, Array(50).fill(1000)), 1);
      assert.equal(threadsFor(4, [MIN_BYTES_PER_THREAD * 10]), 1, 'one file is one thread');
      assert.equal(threadsFor(4, [MIN_BYTES_PER_THREAD, MIN_BYTES_PER_THREAD]), 2);
      assert.equal(threadsFor(2, Array(100).fill(MIN_BYTES_PER_THREAD)), 2);
      assert.equal(threadsFor(1, Array(100).fill(MIN_BYTES_PER_THREAD)), 1);
    });

    it('a pool of workers gives each file the outcome lintBytes gives it, in file order', async () => {
      const docs = generateCorpus(3, 12, 4000).map((d, i) => ({ ...d, bytes: Buffer.from(i === 5 ? '\u0000binary' : d.text) }));
      const config = { rules: { 'missing-contact': 'error' as const } };
      const resolved = resolveConfig(config, 'settings').config;
      const expected = docs.map((d) => lintBytes(d.bytes, d.name, config, resolved));
      const outcomes = await lintInWorkers(
        docs.length + 1,
        3,
        (i): ReturnType<Parameters<typeof lintInWorkers>[2]> => (i === docs.length ? { failure: 'cannot read gone.md' } : { path: docs[i].name, bytes: docs[i].bytes, config, configKey: 'k' }),
        (i) => docs[i]?.name ?? 'gone.md',
      );
      assert.deepEqual(outcomes, [...expected, { failure: 'cannot read gone.md' } satisfies FileOutcome]);
      assert.ok('failure' in outcomes[5] && outcomes[5].failure.includes('binary'));
      assert.ok(outcomes.some((o) => 'findings' in o && o.findings.some((f) => f.ruleId === 'missing-contact' && f.severity === 'error')));
    });

    it('prints the same output, messages and exit code for --jobs 1 and --jobs 2', async () => {
      const docs = corpus(48, 24_000);
      assert.equal(threadsFor(2, docs.map((d) => d.text.length)), 2, 'the corpus is large enough for two threads');
      dir.write('policies/broken.md', Buffer.from([0x50, 0, 0x50]));
      // Every format is made from the same reports, which JSON shows whole.
      const one = await cli(['--jobs', '1', '--format', 'json', '--all-files', 'policies']);
      assert.deepEqual(await cli(['--jobs', '2', '--format', 'json', '--all-files', 'policies']), one);
      assert.equal(one.code, 2);
      assert.equal(one.stderr, 'policy-linter: policies/broken.md is a binary file (it contains NUL bytes)\n');
      assert.deepEqual((JSON.parse(one.stdout) as JsonReport).files.map((f) => f.path), docs.map((d) => join('policies', d.name)).sort());
    });

    it('rejects --jobs that is not a whole number of at least 1', async () => {
      for (const bad of ['0', '-1', '1.5', 'all']) {
        const r = await cli([`--jobs=${bad}`, 'x.md']);
        assert.equal(r.code, 2);
        assert.equal(r.stderr.split('\n')[0], `policy-linter: --jobs expects a whole number of at least 1, not "${bad}"`);
      }
    });
  });

  describe('result cache (--cache)', () => {
    const cacheOf = (path = join(dir.root, DEFAULT_CACHE_FILE)) => JSON.parse(readFileSync(path, 'utf8'));

    it('reuses the findings of an unchanged file and config, and lints again when either changes', async () => {
      dir.write('privacy.md', DRAFT_POLICY);
      dir.write('notice.md', CLEAN_POLICY.replace('# Privacy Policy', '# Privacy Notice'));
      const first = await cli(['--cache', '--format', 'json', 'privacy.md', 'notice.md']);
      assert.equal(first.code, 1);
      const stored = cacheOf();
      assert.deepEqual(Object.keys(stored.files).sort(), ['notice.md', 'privacy.md']);
      assert.equal(stored.files['privacy.md'].hash, contentHash(DRAFT_POLICY));

      // A cached result is used as it is: change the stored message and the output shows it.
      stored.files['privacy.md'].result.findings[0].message = 'from the cache';
      writeFileSync(join(dir.root, DEFAULT_CACHE_FILE), JSON.stringify(stored));
      const second = await cli(['--cache', '--format', 'json', 'privacy.md', 'notice.md']);
      assert.equal(second.code, 1);
      assert.equal((JSON.parse(second.stdout) as JsonReport).files[0].findings[0].message, 'from the cache');

      // Changed content: linted again.
      dir.write('privacy.md', DRAFT_POLICY + '\nMore text.\n');
      const third = await cli(['--cache', '--format', 'json', 'privacy.md', 'notice.md']);
      assert.deepEqual(third, await cli(['--format', 'json', 'privacy.md', 'notice.md']));
      // Changed configuration: linted again.
      dir.write('.policy-linter.json', '{"rules": {"placeholder": "off"}}');
      const fourth = await cli(['--cache', '--format', 'json', 'privacy.md', 'notice.md']);
      assert.deepEqual(fourth, await cli(['--format', 'json', 'privacy.md', 'notice.md']));
      assert.equal(fourth.code, 0);
      // A --rule override is part of the configuration too.
      const fifth = await cli(['--cache', '--rule', 'missing-children:error', '--format', 'json', 'privacy.md']);
      assert.equal(fifth.code, 1);
    });

    it('keeps the invalid-UTF-8 warning and every format identical on a cache hit', async () => {
      dir.write('privacy.md', Buffer.concat([Buffer.from(DRAFT_POLICY), Buffer.from([0xff]), Buffer.from('\n')]));
      for (const format of ['stylish', 'github', 'junit']) {
        const fresh = await cli(['--format', format, 'privacy.md']);
        await cli(['--cache', '--format', format, 'privacy.md']);
        assert.deepEqual(await cli(['--cache', '--format', format, 'privacy.md']), fresh, format);
        assert.match(fresh.stderr, /privacy\.md: 1 byte sequence\(s\) are not valid UTF-8/);
      }
    });

    it('discards a corrupt cache or one written by another version, and prunes files that are gone', async () => {
      dir.write('privacy.md', DRAFT_POLICY);
      dir.write('old/privacy.md', DRAFT_POLICY);
      dir.write(DEFAULT_CACHE_FILE, '{"linter": "policy-linter@0.0.0", "files": {"privacy.md": {"hash": "x", "config": "y", "result": {}}}}');
      assert.equal((await cli(['--cache', 'privacy.md', 'old/privacy.md'])).code, 1);
      assert.match(cacheOf().linter, /^policy-linter@\d/);
      assert.deepEqual(Object.keys(cacheOf().files).sort(), ['old/privacy.md', 'privacy.md']);
      dir.write(DEFAULT_CACHE_FILE, '{"files": ');
      assert.deepEqual(await cli(['--cache', 'privacy.md']), await cli(['privacy.md']));
      // Entries of files not in this run stay while the files exist.
      assert.deepEqual(Object.keys(cacheOf().files).sort(), ['privacy.md']);
      await cli(['--cache', 'privacy.md', 'old/privacy.md']);
      assert.deepEqual(Object.keys(cacheOf().files).sort(), ['old/privacy.md', 'privacy.md']);
      rmSync(join(dir.root, 'old'), { recursive: true });
      await cli(['--cache', 'privacy.md']);
      assert.deepEqual(Object.keys(cacheOf().files), ['privacy.md']);
    });

    it('hits from a copy of the project folder (keys are relative to the cache file)', async () => {
      dir.write('a/privacy.md', DRAFT_POLICY);
      dir.write('b/privacy.md', CLEAN_POLICY);
      await cli(['--cache', 'a', 'b']);
      assert.deepEqual(Object.keys(cacheOf().files).sort(), ['a/privacy.md', 'b/privacy.md']);
      const moved = new TempDir();
      try {
        cpSync(dir.root, moved.root, { recursive: true });
        const stored = cacheOf(join(moved.root, DEFAULT_CACHE_FILE));
        stored.files['a/privacy.md'].result.findings[0].message = 'from the cache';
        writeFileSync(join(moved.root, DEFAULT_CACHE_FILE), JSON.stringify(stored));
        const r = await cli(['--cache', '--format', 'json', 'a'], moved.root);
        assert.equal((JSON.parse(r.stdout) as JsonReport).files[0].findings[0].message, 'from the cache');
      } finally {
        moved.remove();
      }
    });

    it('--cache-location names the file, or a folder to put it in; a cache that cannot be written is a warning', async () => {
      dir.write('privacy.md', DRAFT_POLICY);
      assert.equal(cacheFilePath(dir.root, undefined), join(dir.root, DEFAULT_CACHE_FILE));
      await cli(['--cache', '--cache-location', 'tmp/lint-cache.json', 'privacy.md']);
      assert.ok(existsSync(join(dir.root, 'tmp/lint-cache.json')));
      await cli(['--cache', '--cache-location', 'cachedir/', 'privacy.md']);
      assert.ok(existsSync(join(dir.root, 'cachedir', DEFAULT_CACHE_FILE)));
      await cli(['--cache', '--cache-location', 'cachedir', 'privacy.md']);
      assert.equal(cacheFilePath(dir.root, 'cachedir'), join(dir.root, 'cachedir', DEFAULT_CACHE_FILE));
      assert.ok(!existsSync(join(dir.root, DEFAULT_CACHE_FILE)), 'no default cache file when a location is given');

      const r = await cli(['--cache', '--cache-location', 'privacy.md/cache', 'privacy.md']);
      assert.equal(r.code, 1, 'the exit code is that of the findings');
      assert.match(r.stderr, /^policy-linter: cannot write the cache privacy\.md\/cache: E[A-Z]+/);
      assert.equal(r.stdout, (await cli(['privacy.md'])).stdout);
    });

    it('does not cache stdin, and a result with a rule failure is not cached', async () => {
      const r = await runCli(['--cache', '-'], { cwd: dir.root, stdin: DRAFT_POLICY });
      assert.equal(r.code, 1);
      assert.ok(!existsSync(join(dir.root, DEFAULT_CACHE_FILE)));
      const cache = new ResultCache(join(dir.root, 'c.json'), 'policy-linter@test');
      const result = { findings: [], coverage: [], invalid: 0, problems: [] };
      cache.set(join(dir.root, 'x.md'), 'h', 'c', result);
      assert.deepEqual(cache.get(join(dir.root, 'x.md'), 'h', 'c'), result);
      assert.equal(cache.get(join(dir.root, 'x.md'), 'h2', 'c'), undefined);
      assert.equal(cache.get(join(dir.root, 'x.md'), 'h', 'c2'), undefined);
    });
  });

  describe('sharding (--shard i/n)', () => {
    it('splits the files into n contiguous parts that together are the whole run, in order', async () => {
      const docs = corpus(10, 3000);
      const whole = JSON.parse((await cli(['--format', 'json', '--all-files', 'policies'])).stdout) as JsonReport;
      assert.equal(whole.files.length, docs.length);
      for (const n of [1, 3, 4, 10, 13]) {
        const parts: JsonReport['files'] = [];
        for (let i = 1; i <= n; i++) {
          const r = await cli(['--shard', `${i}/${n}`, '--format', 'json', '--all-files', 'policies']);
          assert.ok(r.code === 0 || r.code === 1, r.stderr);
          const files = (JSON.parse(r.stdout) as JsonReport).files;
          assert.ok(files.length >= Math.floor(docs.length / n) && files.length <= Math.ceil(docs.length / n), `shard ${i}/${n}: ${files.length} files`);
          parts.push(...files);
        }
        assert.deepEqual(parts, whole.files, `n = ${n}`);
      }
      assert.deepEqual(shardOf([1, 2, 3, 4, 5], { index: 2, count: 2 }), [3, 4, 5]);
    });

    it('rejects malformed shards and stdin', async () => {
      assert.deepEqual(parseShard(' 2 / 5 '), { index: 2, count: 5 });
      for (const [spec, message] of [
        ['0/3', '--shard 0/3: i must be between 1 and n'],
        ['4/3', '--shard 4/3: i must be between 1 and n'],
        ['1/0', '--shard 1/0: i must be between 1 and n'],
        ['a/b', '--shard expects i/n, e.g. --shard 1/3 (got "a/b")'],
        ['2', '--shard expects i/n, e.g. --shard 1/3 (got "2")'],
      ]) {
        const r = await cli(['--shard', spec, 'x.md']);
        assert.equal(r.code, 2);
        assert.equal(r.stderr.split('\n')[0], `policy-linter: ${message}`);
      }
      const r = await runCli(['--shard', '1/2', '-'], { cwd: dir.root, stdin: CLEAN_POLICY });
      assert.equal(r.stderr.split('\n')[0], 'policy-linter: --shard splits files; it cannot be used with "-" (stdin)');
    });
  });
});
