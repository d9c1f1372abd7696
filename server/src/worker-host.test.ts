import assert from 'node:assert/strict';
import { WorkerLintHost, type LintWorker } from './worker-host.ts';
import type { LintJob, LintPayload } from './lint-job.ts';
import type { ChildMessage, ParentMessage } from './lint-host.ts';
import type { Finding } from '../../engine/index.ts';

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
  it("hands a lint's findings to the caller as they come, ahead of its result; not those of another job", async () => {
    const workers: FakeWorker[] = [];
    const host = new WorkerLintHost(() => (workers.push(new FakeWorker()), workers.at(-1)!), () => assert.fail('lints run in the worker'));
    const got: unknown[][] = [];
    const finding = { ruleId: 'placeholder', severity: 'warning', message: 'm', url: 'u', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, span: { start: 0, end: 1 } } as unknown as Finding;
    let settled = false;
    const run = host.run(job, 1000, (findings) => got.push(findings));
    void run.then(() => (settled = true));
    const id = workers[0].posted[0].id;
    workers[0].send({ type: 'started', id });
    workers[0].send({ type: 'findings', id: id + 1, findings: [] }); // not the job in flight
    workers[0].send({ type: 'findings', id, findings: [finding] });
    assert.deepEqual(got, [[finding]]);
    await new Promise((r) => setTimeout(r, 0));
    assert.equal(settled, false, 'the result is still awaited');
    workers[0].send({ type: 'done', id, payload });
    assert.equal((await run).kind, 'done');
    // A host run without a findings callback ignores them.
    const plain = host.run(job, 1000);
    const id2 = workers[0].posted[1].id;
    workers[0].send({ type: 'started', id: id2 });
    workers[0].send({ type: 'findings', id: id2, findings: [finding] });
    workers[0].send({ type: 'done', id: id2, payload });
    assert.equal((await plain).kind, 'done');
    assert.equal(got.length, 1);
    host.dispose();
  });

  it('takes the next job once the findings of the one before are in; both results come, and a dying worker fails both', async () => {
    const workers: FakeWorker[] = [];
    const host = new WorkerLintHost(() => (workers.push(new FakeWorker()), workers.at(-1)!), () => assert.fail('lints run in the worker'));
    const first = host.run(job, 1000, () => {});
    const [a] = workers[0].posted.map((m) => m.id);
    workers[0].send({ type: 'started', id: a });
    workers[0].send({ type: 'findings', id: a, findings: [] });
    const second = host.run(job, 1000, () => {});
    const b = workers[0].posted[1].id;
    workers[0].send({ type: 'done', id: a, payload });
    assert.equal((await first).kind, 'done');
    workers[0].send({ type: 'started', id: b });
    workers[0].send({ type: 'done', id: b, payload });
    assert.equal((await second).kind, 'done');
    // A worker that dies with one result still to come and one lint running: both fail.
    const third = host.run(job, 1000, () => {});
    const c = workers[0].posted[2].id;
    workers[0].send({ type: 'started', id: c });
    workers[0].send({ type: 'findings', id: c, findings: [] });
    const fourth = host.run(job, 1000, () => {});
    workers[0].send({ type: 'started', id: workers[0].posted[3].id });
    workers[0].onerror!({ message: 'Uncaught RangeError: out of memory' });
    assert.deepEqual([(await third).kind, (await fourth).kind], ['failed', 'failed']);
    host.dispose();
  });

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
