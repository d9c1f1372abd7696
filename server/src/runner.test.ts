import assert from 'node:assert/strict';
import { LintRunner, type LintRequest } from './runner.ts';
import type { HostOutcome, LintHost } from './lint-host.ts';
import type { LintJob } from './lint-job.ts';

/** A lint host that records what it was asked and lets the test decide how each lint ends. */
class FakeHost implements LintHost {
  readonly heapMb = 100;
  readonly runs: Array<{ text: string; deadline: number; end: (o: HostOutcome) => void }> = [];
  disposed = false;
  run(job: LintJob, deadlineMs: number): Promise<HostOutcome> {
    return new Promise((resolve) => this.runs.push({ text: job.text, deadline: deadlineMs, end: resolve }));
  }
  dispose(): void {
    this.disposed = true;
  }
}

const job = (text: string): LintJob => ({ text, format: 'markdown', fileName: 'p.md', config: { key: '', layers: [] } });
const request = (uri: string, text: string): LintRequest<string> => ({ uri, job: job(text), tag: text });
const done: HostOutcome = { kind: 'done', ms: 1, payload: { document: {} as never, coverage: { covered: new Map(), sectionTopics: [] }, requirements: [], findings: [], problems: [] } };
const failed: HostOutcome = { kind: 'failed', reason: 'timeout', detail: 'slow' };
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('server: lint runner', () => {
  it('runs one lint at a time, the newest text of each document, in the order documents asked', async () => {
    const host = new FakeHost();
    const settled: string[] = [];
    const runner = new LintRunner<string>(host, (r) => settled.push(r.tag));
    runner.submit(request('a', 'a1'));
    runner.submit(request('b', 'b1'));
    runner.submit(request('a', 'a2'));
    runner.submit(request('c', 'c1'));
    runner.submit(request('b', 'b2')); // replaces b1, which has not started
    assert.deepEqual(host.runs.map((r) => r.text), ['a1']);
    assert.ok(runner.has('a') && runner.has('b') && !runner.has('d'));
    for (let i = 0; i < 4; i++) {
      host.runs[i].end(done);
      await tick();
    }
    assert.deepEqual(host.runs.map((r) => r.text), ['a1', 'b2', 'a2', 'c1']);
    assert.deepEqual(settled, ['a1', 'b2', 'a2', 'c1']);
    assert.equal(runner.has('a'), false);
  });

  it('gives each lint a deadline that grows with its size', () => {
    const host = new FakeHost();
    const runner = new LintRunner<string>(host, () => {}, { baseMs: 100, perKbMs: 10 });
    runner.submit(request('a', 'x'.repeat(4096)));
    assert.equal(host.runs[0].deadline, 140);
  });

  it('holds a document back after a failure, twice as long after each, while others run', async () => {
    const host = new FakeHost();
    const runner = new LintRunner<string>(host, () => {}, { baseMs: 40, perKbMs: 0 });
    runner.submit(request('a', 'a1'));
    host.runs[0].end(failed);
    await tick();
    runner.submit(request('a', 'a2'));
    runner.submit(request('b', 'b1'));
    await tick();
    assert.deepEqual(host.runs.map((r) => r.text), ['a1', 'b1'], 'a is held back, b runs');
    host.runs[1].end(done);
    await new Promise((r) => setTimeout(r, 80));
    assert.deepEqual(host.runs.map((r) => r.text), ['a1', 'b1', 'a2']);
    host.runs[2].end(failed);
    await tick();
    runner.submit(request('a', 'a3'));
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(host.runs.length, 3, 'the second hold is twice as long');
    await new Promise((r) => setTimeout(r, 60));
    assert.deepEqual(host.runs.map((r) => r.text), ['a1', 'b1', 'a2', 'a3']);
    host.runs[3].end(done);
    await tick();
    runner.submit(request('a', 'a4'));
    assert.equal(host.runs.at(-1)!.text, 'a4', 'a success ends the hold');
  });

  it('forgets a closed document, and runs nothing once disposed', async () => {
    const host = new FakeHost();
    const settled: string[] = [];
    const runner = new LintRunner<string>(host, (r) => settled.push(r.tag));
    runner.submit(request('a', 'a1'));
    runner.submit(request('b', 'b1'));
    runner.forget('b');
    host.runs[0].end(done);
    await tick();
    assert.deepEqual(host.runs.map((r) => r.text), ['a1']);
    runner.dispose();
    assert.equal(host.disposed, true);
    runner.submit(request('c', 'c1'));
    assert.equal(host.runs.length, 1);
  });
});
