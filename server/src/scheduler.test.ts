import assert from 'node:assert/strict';
import { LintScheduler, lintDelay, SLOW_LINT_MS } from './scheduler.ts';

describe('server: when an edited document is linted again', () => {
  it('waits only the debounce after a quick lint, however recent', () => {
    for (const duration of [0, 12, SLOW_LINT_MS]) {
      assert.equal(lintDelay(0, { duration, at: 1000 }, 1000), 0);
      assert.equal(lintDelay(250, { duration, at: 1000 }, 1001), 250);
    }
    assert.equal(lintDelay(40, undefined, 5), 40);
  });

  it('rests a slow document as long after its last lint as that lint took, less the time since it came back', () => {
    assert.equal(lintDelay(0, { duration: 1500, at: 1000 }, 1000), 1500);
    assert.equal(lintDelay(0, { duration: 1500, at: 1000 }, 1600), 900);
    assert.equal(lintDelay(250, { duration: 1500, at: 1000 }, 2400), 250);
    assert.equal(lintDelay(0, { duration: 1500, at: 1000 }, 9000), 0);
  });

  it('without a debounce, lints once the events already received are handled, not a timer later; a newer edit replaces it', async () => {
    const ran: string[] = [];
    const scheduler = new LintScheduler((uri) => ran.push(uri));
    scheduler.schedule('a', 0);
    scheduler.schedule('b', 0);
    scheduler.schedule('b', 0); // replaces the pending one
    scheduler.schedule('c', 0);
    scheduler.cancel('c');
    assert.ok(scheduler.has('a') && !scheduler.has('c'));
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(ran, ['a', 'b']);
    assert.equal(scheduler.has('a'), false);
    scheduler.schedule('d', 30);
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(ran, ['a', 'b'], 'a debounce waits its time');
    scheduler.dispose();
  });
});
