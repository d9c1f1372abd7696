// Every regular expression the engine runs from data (each compiled pattern of each topic lexicon, each lexicon source
// on its own, each built-in placeholder pattern; collected by pattern-growth.ts) is run over long runs of each
// character class, n and 8n characters long: linear work takes about as long for one run of 8n as for eight of n,
// quadratic work about 8 times as long. Why CPU time and this shape: as in scaling.test.ts (the cost is inside the
// regex engine and cannot be counted), the fastest of several trials counts, a pair is judged only when it takes long
// enough to measure, the bound (4x) is far from both outcomes, and a failure is measured again in a fresh process.
// (This audit caught the e-mail and street patterns rescanning hyphen- and dot-joined runs at every word boundary,
// the contact URL rescanning runs of "www." and "http://", and a retention slot scanning runs of "_".)
import assert from 'node:assert/strict';
import { runIsolated } from './isolate.ts';
import type { PatternGrowthResult } from './tasks.ts';

const BOUND = 4;
const PARTS = 4;
const show = (r: PatternGrowthResult) => `${r.name} on ${JSON.stringify(r.unit)} runs: 8 × n ${r.ms[0].toFixed(1)} ms, 8n ${r.ms[1].toFixed(1)} ms (${r.ratio.toFixed(1)}x)`;

describe('robustness: every data-driven pattern is linear on long runs of each character class', function () {
  this.timeout(0); // each run has its own watchdog

  it(`one run of 8n characters takes < ${BOUND}x as long as eight runs of n`, async () => {
    const args = { n: 500, trials: 3, minMs: 2 };
    // In parts (every PARTS-th pattern), each in its own process and watchdog: the profiles' requirements tripled the
    // number of patterns.
    let bad: PatternGrowthResult[] = [];
    for (let index = 0; index < PARTS; index++) bad.push(...(await runIsolated('patternGrowth', { ...args, part: { index, of: PARTS } }, 300_000)).filter((r) => r.ratio >= BOUND));
    for (let attempt = 0; attempt < 2 && bad.length; attempt++) {
      for (const r of bad) console.log(`      remeasuring: ${show(r)}`);
      const again = await runIsolated('patternGrowth', { ...args, trials: 5, only: bad.map((r) => ({ name: r.name, unit: r.unit })) }, 300_000);
      bad = again.filter((r) => r.ratio >= BOUND);
    }
    assert.deepEqual(bad.map(show), []);
  });
});
