// Linear-ish time on pathological input (test/robustness/scaling-cases.ts): lint() at n and at 8n units (a few cases
// that start large: n and 4n).
//
// Why CPU time and a generous bound, not an operation count: the work that can blow up is inside regular expressions
// and remark/rehype, which cannot be instrumented from outside, so time is the only measure of it. Flakiness is kept
// out by (1) CPU time of this process (process.cpuUsage), not wall time, so other processes on the machine do not
// count; (2) medians of several interleaved runs after a warm-up round; (3) a bound far from both outcomes: linear
// work grows about 8x, quadratic 64x, and the test fails only above 40x (5/8 of the quadratic growth: 10x for the
// cases that grow 4 times, where linear is 4x and quadratic 16x); (4) a failing case is measured again in a
// fresh process (twice) and fails only if every measurement is above the bound. A quadratic cost fails every time.
//
// Markdown used to inherit remark's cost: micromark is super-linear on paragraphs dense with markup (bracket, emphasis
// and footnote runs; any character where a construct may start), so a failing case was once forgiven when the parser
// alone grew as fast. engine/parse/markdown-bounds.ts now bounds that cost, so lint() itself is held to the bound on
// every format, with no allowance for the parser.
// (This test caught applyDirectives' findings x directives loop: 56x on 1,600 disable/enable pairs in HTML.)
import assert from 'node:assert/strict';
import { runIsolated } from './isolate.ts';
import { SCALING_CASES } from './scaling-cases.ts';
import type { ScalingResult } from './tasks.ts';

/** The growth a case fails above: 5/8 of what a quadratic cost gives (40x for 8 times the size). */
const bound = (factor: number) => (5 / 8) * factor * factor;
const RUNS = 2;
const PARTS = 5;
const ok = (r: ScalingResult) => r.ratio < bound(r.factor);
const show = (r: ScalingResult) =>
  `${r.name} [${r.format}] ${r.chars[0]}→${r.chars[1]} chars: ${r.ms[0].toFixed(1)}→${r.ms[1].toFixed(1)} ms (${r.ratio.toFixed(1)}x, bound ${bound(r.factor)}x)`;

describe('robustness: lint() time grows about linearly on pathological input', function () {
  this.timeout(0); // each run has its own watchdog

  it(`${SCALING_CASES.length} inputs at n and 8n: lint time grows < ${bound(8)}x`, async () => {
    const names = SCALING_CASES.map((c) => c.name);
    // In parts, each in its own process with its own watchdog (the whole takes a minute or two on a busy machine).
    let results: ScalingResult[] = [];
    for (let part = 0; part < PARTS; part++) results.push(...(await runIsolated('scaling', { cases: names.filter((_, i) => i % PARTS === part), runs: RUNS }, 240_000)));
    for (const r of results) console.log(`      ${ok(r) ? ' ' : '!'} ${show(r)}`);
    for (let attempt = 0; attempt < 2; attempt++) {
      const failing = results.filter((r) => !ok(r));
      if (!failing.length) break;
      const again = await runIsolated('scaling', { cases: [...new Set(failing.map((r) => r.name))], runs: RUNS + 2 }, 240_000);
      results = results.map((r) => {
        const b = again.find((x) => x.name === r.name && x.format === r.format);
        return b && !ok(r) ? b : r;
      });
      for (const r of again) console.log(`      remeasured: ${show(r)}`);
    }
    const bad = results.filter((r) => !ok(r));
    assert.deepEqual(bad.map(show), []);
  });
});
