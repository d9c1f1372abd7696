// Memory per KB: the server's and the CLI's size limits come from the memory lint() was measured to need per KB of
// text (engine/limits.ts). Each input the figures are sized for (bench/memory.ts: realistic policies, and the densest
// HTML and plain-text shapes) is linted in the lint process with exactly the heap they say is enough for its size. If
// the engine comes to need more memory per KB, this fails: measure again (npm run bench -- --only=memory) and
// update the figures, so the limits stay true. (Before, the server accepted 10 MB of Markdown, which needed more
// than its 2 GB heap: it aborted, and the client restarted it into the same crash.)
import assert from 'node:assert/strict';
import { LINT_BASE_HEAP_MB, LINT_HEAP_PER_KB } from '../../engine/limits.ts';
import { buildServer } from '../protocol/lsp-client.ts';
import { lintInProcess, MEMORY_INPUTS } from '../../bench/memory.ts';

/** Large enough that the text, not the engine, dominates what the heap holds. */
const CHARS = 200_000;
/**
 * Per format, the realistic policy and the shape that needs the most memory per KB among those the figures cover
 * (docs/performance.md, "Memory per KB"); the bench measures the others.
 */
const CHECKED = new Set(['generated policy', 'slots `[X] `', 'paragraphs `<p>a</p>`']);

describe('robustness: memory per KB', function () {
  this.timeout(300_000);
  before(() => buildServer());

  for (const input of MEMORY_INPUTS.filter((i) => i.sized && CHECKED.has(i.name))) {
    it(`${input.format}, ${input.name}: ${CHARS / 1000}K characters lint in the heap the figures promise`, async () => {
      const text = input.make(CHARS);
      const heapMb = Math.ceil(LINT_BASE_HEAP_MB + (LINT_HEAP_PER_KB.get(input.format)! * text.length) / 1024 / 1024);
      const run = await lintInProcess(text, input.format, heapMb);
      assert.ok(run.ok, `ran out of ${heapMb} MB (${LINT_HEAP_PER_KB.get(input.format)} KB per KB + ${LINT_BASE_HEAP_MB} MB)`);
    });
  }
});
