// The Node lint host (server/src/process-host.ts) under the failures it exists for: a lint that runs out of memory
// and one that runs past its deadline each end only the lint process, are reported as such, and the next lint runs
// in a fresh process. (With lints on the server's own thread, a document that needed more memory than the heap
// aborted the server, and the client restarted it into the same crash.) Small heaps and deadlines keep it quick.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildServer, ROOT, waitFor } from '../protocol/lsp-client.ts';
import { processCpuMs, ProcessLintHost } from '../../server/src/process-host.ts';
import type { LintJob } from '../../server/src/lint-job.ts';
import { generatePolicy } from '../../bench/generate.ts';
import { lint } from '../../engine/index.ts';

const SCRIPT = resolve(ROOT, 'dist/lint-process.cjs');
const job = (text: string): LintJob => ({ text, format: 'markdown', fileName: 'privacy.md', config: { key: '[]', layers: [] } });
const SMALL = job('# Privacy Policy\n\n[Company Name] keeps data for two years.\n');

describe('robustness: the lint process', function () {
  this.timeout(120_000);
  before(() => buildServer());

  it('a lint that runs out of memory ends only the lint process; the next lint gets a fresh one', async () => {
    const logged: string[] = [];
    const host = new ProcessLintHost(SCRIPT, { heapMb: 48, log: (m) => logged.push(m) });
    try {
      // A realistic policy needs about 100 KB of heap per KB of Markdown (engine/limits.ts): 1 MB needs well over 48 MB.
      // (Table rows needed more, but so many are read as plain text now: engine/parse/markdown-bounds.ts.)
      const outcome = await host.run(job(generatePolicy({ seed: 5, targetSize: 1_000_000, format: 'markdown' })), 60_000);
      assert.equal(outcome.kind, 'failed');
      assert.equal(outcome.kind === 'failed' && outcome.reason, 'memory', JSON.stringify(outcome));
      assert.ok(logged.some((l) => /heap out of memory|Reached heap limit|SIGABRT/.test(l)), logged.join('\n'));
      const next = await host.run(SMALL, 60_000);
      assert.equal(next.kind, 'done');
      assert.deepEqual(next.kind === 'done' && next.payload.findings, lint(SMALL.text, { format: 'markdown' }).findings);
    } finally {
      host.dispose();
    }
  });

  it('a lint past its deadline is abandoned by killing the process; the next lint gets a fresh one', async () => {
    const host = new ProcessLintHost(SCRIPT);
    try {
      const outcome = await host.run(job(generatePolicy({ seed: 3, targetSize: 500_000, format: 'markdown' })), 50);
      assert.deepEqual(outcome, { kind: 'failed', reason: 'timeout', detail: 'no result within 50 ms' });
      const next = await host.run(SMALL, 60_000);
      assert.equal(next.kind, 'done');
    } finally {
      host.dispose();
    }
  });

  (process.platform === 'linux' ? it : it.skip)('the deadline counts CPU time: the process clock reads what this process used', () => {
    // The deadline gives a lint the rest of its CPU time when the machine is busy; that rests on this reading.
    const before = processCpuMs(process.pid)!;
    const cpu = process.cpuUsage();
    let x = 0;
    while (process.cpuUsage(cpu).user < 200_000) x += Math.sqrt(x + 1);
    const used = processCpuMs(process.pid)! - before;
    assert.ok(x > 0 && used >= 150 && used < 2000, `read ${used} ms of CPU for about 200 ms used`);
    assert.equal(processCpuMs(2 ** 30), undefined);
  });

  it('a lint in progress when the host stops resolves as failed, and the host runs nothing after', async () => {
    const host = new ProcessLintHost(SCRIPT);
    const running = host.run(job(generatePolicy({ seed: 4, targetSize: 300_000, format: 'markdown' })), 60_000);
    host.dispose();
    assert.equal((await running).kind, 'failed');
    assert.equal((await host.run(SMALL, 60_000)).kind, 'failed');
  });

  it("keeps V8's code cache of its bundle where it is told: written after the first lint, read by the next process, refused when damaged; the same findings each time", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-linter-code-cache-'));
    const text = generatePolicy({ seed: 6, targetSize: 20_000, format: 'markdown' });
    const cached = () => readdirSync(dir).filter((f) => f.endsWith('.v8cache'));
    try {
      writeFileSync(join(dir, 'lint-service-0123456789abcdef.v8cache'), 'an older bundle'); // removed when the cache is written
      for (const expected of ['compiled', 'read', 'compiled'] as const) {
        const logged: string[] = [];
        const host = new ProcessLintHost(SCRIPT, { codeCacheDir: dir, log: (m) => logged.push(m) });
        try {
          const outcome = await host.run(job(text), 60_000);
          assert.equal(outcome.kind, 'done');
          assert.deepEqual(outcome.kind === 'done' && outcome.payload.findings, lint(text, { format: 'markdown' }).findings);
          const said = await waitFor(() => logged.find((l) => /: code (read from its cache|compiled)/.test(l)), 10_000, 'the code cache log line');
          assert.match(said, expected === 'read' ? /code read from its cache/ : /code compiled; its cache is written after the first lint/);
          if (expected === 'compiled') await waitFor(() => cached().length === 1 && !cached().includes('lint-service-0123456789abcdef.v8cache'), 10_000, 'the code cache');
        } finally {
          host.dispose();
        }
        if (expected === 'read') for (const f of cached()) writeFileSync(join(dir, f), Buffer.alloc(4096, 7)); // damaged
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
