import assert from 'node:assert/strict';
import { lintDelay, SLOW_LINT_MS } from './scheduler.ts';

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
});
