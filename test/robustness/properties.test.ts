// Property tests: lint() on hostile text (random Unicode, astral characters and lone surrogates, BOM, NUL, CR/LF/CRLF
// mixes, 10,000-character lines, deep nesting, unclosed HTML, runs of [ { < and friends) and on realistic policies
// mutated with all of these, in every format. For each input: lint() terminates (a watchdog kills the child process
// that runs it), never throws, no rule fails, every finding lies inside the document with a range that matches its
// span, and a second run gives the same findings. Seeded; POLICY_LINTER_FUZZ_SEED and POLICY_LINTER_FUZZ_SCALE
// (a multiplier of the case counts) make longer local runs.
import assert from 'node:assert/strict';
import type { Format } from '../../engine/types.ts';
import { runIsolated } from './isolate.ts';

const SEED = Number(process.env.POLICY_LINTER_FUZZ_SEED ?? 20261127);
const SCALE = Number(process.env.POLICY_LINTER_FUZZ_SCALE ?? 1);
/** Cases per format and kind: Markdown costs most per case (remark), plain text least. */
const RUNS: Record<Format, number> = { markdown: 80, text: 200, html: 120 };

describe('robustness: lint() on hostile and mutated input (fast-check)', function () {
  this.timeout(0); // each run has its own watchdog
  for (const kind of ['arbitrary', 'mutated'] as const) {
    for (const format of ['markdown', 'text', 'html'] as const) {
      const numRuns = Math.max(1, Math.round(RUNS[format] * SCALE));
      it(`${kind} ${format}: ${numRuns} cases, seed ${SEED}`, async () => {
        const result = await runIsolated('properties', { format, kind, seed: SEED, numRuns }, 120_000 * SCALE);
        assert.equal(result.failed, false, result.report);
        assert.equal(result.numRuns, numRuns);
      });
    }
  }
});
