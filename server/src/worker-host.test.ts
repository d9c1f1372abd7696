import assert from 'node:assert/strict';
import { WorkerLintHost, type LintWorker } from './worker-host.ts';
import type { LintJob, LintPayload } from './lint-job.ts';
import type { ChildMessage, ParentMessage } from './lint-host.ts';

const job: LintJob = { text: '# Privacy', format: 'markdown', fileName: 'p.md', config: { key: '', layers: [] } };
const payload = { document: {}, coverage: { covered: new Map(), sectionTopics: [] }, findings: [], problems: [] } as unknown as LintPayload;

/** A Worker the test drives: it records the jobs posted to it and answers when told. */
class FakeWorker implements LintWorker {
  posted: ParentMessage[] = [];
  terminated = false;
  onmessage: ((event: { data: ChildMessage }) => void) | null = null;
  onerror: ((event: { message?: string; preventDefault?: () => void }) => void) | null = null;
  postMessage(m: ParentMessage): void {
    this.posted.push(m);
  }
  terminate(): void {
    this.terminated = true;
  }
  send(m: ChildMessage): void {
    this.onmessage?.({ data: m });
  }
}

describe('server: browser lint host (Web Worker)', () => {
  it('returns the worker result, and terminates and replaces a worker whose lint passes its deadline', async () => {
    const workers: FakeWorker[] = [];
    const log: string[] = [];
    const host = new WorkerLintHost(() => (workers.push(new FakeWorker()), workers.at(-1)!), () => assert.fail('lints run in the worker'), (m) => log.push(m));
    const first = host.run(job, 20);
    const id = workers[0].posted[0].id;
    workers[0].send({ type: 'started', id });
    workers[0].send({ type: 'done', id, payload });
    assert.deepEqual((await first).kind, 'done');
    const slow = host.run(job, 20);
    workers[0].send({ type: 'started', id: workers[0].posted[1].id });
    const outcome = await slow;
    assert.deepEqual(outcome.kind === 'failed' && outcome.reason, 'timeout');
    assert.ok(workers[0].terminated && log.some((l) => /restarted/.test(l)));
    // The next lint gets a new worker; a late answer of the old one is ignored.
    const next = host.run(job, 1000);
    assert.equal(workers.length, 2);
    workers[0].send({ type: 'done', id: workers[1].posted[0].id, payload });
    workers[1].send({ type: 'started', id: workers[1].posted[0].id });
    workers[1].send({ type: 'error', id: workers[1].posted[0].id, message: 'Error: boom\n  at x' });
    const failed = await next;
    assert.deepEqual(failed.kind === 'failed' && [failed.reason, failed.detail], ['crash', 'the engine failed: Error: boom']);
    host.dispose();
    assert.ok(workers[1].terminated);
    assert.deepEqual((await host.run(job, 10)).kind, 'failed');
  });

  it('reports a worker that dies (out of memory) and starts another for the next lint', async () => {
    const workers: FakeWorker[] = [];
    const host = new WorkerLintHost(() => (workers.push(new FakeWorker()), workers.at(-1)!), () => payload);
    const run = host.run(job, 1000);
    workers[0].send({ type: 'started', id: workers[0].posted[0].id });
    let prevented = false;
    workers[0].onerror!({ message: 'Uncaught RangeError: Array buffer allocation failed', preventDefault: () => (prevented = true) });
    const outcome = await run;
    assert.deepEqual(outcome.kind === 'failed' && outcome.reason, 'memory');
    assert.ok(prevented && workers[0].terminated);
    void host.run(job, 1000);
    assert.equal(workers.length, 2);
    host.dispose();
  });

  it('lints on its own thread, once said in the log, where no worker can be started', async () => {
    const log: string[] = [];
    let spawns = 0;
    const host = new WorkerLintHost(
      () => {
        spawns++;
        throw new Error('blocked by the content security policy');
      },
      (j) => ({ ...payload, findings: [{ ruleId: j.text } as never] }),
      (m) => log.push(m),
    );
    const a = await host.run(job, 10);
    const b = await host.run(job, 10);
    assert.ok(a.kind === 'done' && b.kind === 'done' && a.payload.findings[0].ruleId === '# Privacy');
    assert.equal(spawns, 1);
    assert.equal(log.filter((l) => /could not start a lint worker \(blocked by the content security policy\)/.test(l)).length, 1);
  });
});
