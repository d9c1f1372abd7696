// The compiled regular-expression code the lint process holds (most of its heap: docs/performance.md, "Memory").
// V8 compiles a pattern's machine code once per string representation it runs on (one-byte and two-byte), and the
// lexicons are large: the engine gives its patterns two-byte text only (engine/text/two-byte.ts). Linting twelve
// policies after one compiles the patterns of their other topics and parts; it must not compile them all again. Before
// the fix the code grew 3.3× (12 to 40 MB), after it 2.3× (12 to 28 MB): the bound is between, as a ratio measured in
// one process, not a size (which differs across V8 versions).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const CHILD = resolve(import.meta.dirname, 'regexp-code-child.ts');

describe('robustness: compiled regular-expression code', function () {
  this.timeout(300_000);

  it('linting policies of both string representations compiles the patterns for one of them', () => {
    const r = spawnSync(process.execPath, ['--expose-gc', '--no-regexp-tier-up', '--import', 'tsx', CHILD], { encoding: 'utf8', timeout: 280_000 });
    assert.equal(r.status, 0, r.stderr);
    const { one, all, oneByte } = JSON.parse(r.stdout) as { one: number; all: number; oneByte: number };
    assert.ok(oneByte > 0 && oneByte < 12, `the inputs mix one-byte and two-byte texts (${oneByte} of 12 one-byte)`);
    assert.ok(all / one < 2.8, `code grew from ${one.toFixed(1)} MB to ${all.toFixed(1)} MB (${(all / one).toFixed(2)}×)`);
  });
});
