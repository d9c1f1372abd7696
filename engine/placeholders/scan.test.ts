import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LintMemo } from '../memo.ts';
import { BUILTIN_PATTERNS } from './patterns.ts';
import { chunkStarts, patternSet, scanPatterns, type ChunkEntry, type ScanSource } from './scan.ts';
import { generatePolicy } from '../../bench/generate.ts';

/** What a global exec() loop over the whole text finds, per source: what the chunked scan must give. */
function reference(text: string, sources: readonly ScanSource[]): Array<Array<[number, Array<string | undefined>]>> {
  return sources.map((s) => {
    const re = new RegExp(s.source, `${s.flags}g`);
    const out: Array<[number, Array<string | undefined>]> = [];
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!m[0].length) {
        re.lastIndex++;
        continue;
      }
      out.push([m.index, [...m]]);
    }
    return out;
  });
}

const plain = (found: ReturnType<typeof scanPatterns>) => found.map((list) => list.map((m) => [m.index, m.groups]));

/** Expressions that read across lines, look behind, or anchor to the whole text, besides the built-in patterns. */
const SYNTHETIC: ScanSource[] = [
  { source: 'last\\s{1,3}updated:?', flags: 'i' },
  { source: '\\[[^\\]]{1,80}\\]', flags: '' },
  { source: '(?<=[:：]\\s{0,3})(?:undefined|null)', flags: 'm' },
  { source: '^#', flags: '' },
  { source: 'end$', flags: '' },
  { source: 'end$', flags: 'm' },
  { source: '(?<![\\w])_{2,}', flags: '' },
  { source: 'q[\\s\\S]{0,30}q', flags: '' },
  { source: '(?:\\r?\\n){2}x', flags: '' },
  { source: '\\bOR\\b(?=\\s{0,3}\\n)', flags: '' },
];
const SOURCES: ScanSource[] = [...BUILTIN_PATTERNS, ...SYNTHETIC];

const FRAGMENTS = [
  'We keep data. ', 'Last', ' updated', 'updated:', ':', ' ', '\n', '\n\n', '\r\n', '\r', '\r\n\r\n', '\n \n', '[Company', ' Name]', '[', ']',
  'undefined', 'null', '#', 'end', 'q', '____', '_', 'OR', 'x', '(insert date)', '{{ email }}', 'TBD', 'XX/XX/20XX', 'DRAFT ', 'Note to drafter: ',
  'Replace this text with yours. ', 'example.com', '555-0123', 'lorem ipsum ', 'Fax:\n', 'abc:\n\n', 'E:\n', 'a'.repeat(90), `${'word '.repeat(130)}\n`, '😀', 'Acme Inc.', '"we" or "I"',
];

const text = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 120 }).map((xs) => xs.join(''));
/** Longer texts, where most edits leave most chunks as they were (so the memo is what the scan reads). */
const longText = fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 150, maxLength: 500 }).map((xs) => xs.join(''));
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(40), insert: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 3 }) });

describe('chunked placeholder scan', () => {
  it('finds exactly what one pass over the whole text finds, before and after random edits, reusing its memo', function () {
    this.timeout(120_000); // 300 texts of up to 500 fragments, each edited up to 12 times: 5-7 s alone, 20 s on a busy machine
    const set = patternSet(SOURCES);
    fc.assert(
      fc.property(fc.oneof(text, longText), fc.array(edit, { minLength: 1, maxLength: 12 }), (start, edits) => {
        const memo = new LintMemo();
        let current = start;
        const check = (what: string) => {
          const got = plain(scanPatterns(current, set, memo.scan<ChunkEntry>(set)));
          memo.settle();
          assert.deepEqual(got, reference(current, SOURCES), `${what}: ${JSON.stringify(current)}`);
        };
        check('initial');
        edits.forEach((e, i) => {
          const at = Math.floor(e.at * current.length);
          current = current.slice(0, at) + e.insert.join('') + current.slice(at + e.remove);
          check(`after edit ${i + 1}`);
        });
      }),
      { numRuns: 300, seed: 21 },
    );
  });

  it('resumes a chunk after a match that runs into it from an earlier chunk, and not once that match is gone', () => {
    // "[abcdefgh" … "[b]": one bracket across the blank line, so "[b]" is not found; remove the first "[" and it is.
    const set = patternSet(SYNTHETIC);
    const memo = new LintMemo();
    for (const t of ['[abcdefgh\n\nz [b] c] tail\n', 'abcdefgh\n\nz [b] c] tail\n', '[abcdefgh\n\nz [b] c] tail\n']) {
      assert.deepEqual(plain(scanPatterns(t, set, memo.scan<ChunkEntry>(set))), reference(t, SYNTHETIC), JSON.stringify(t));
      memo.settle();
    }
  });

  it('keys a window by every chunk it reads, also those before a short chunk', () => {
    // "xxx:" and the blank line are chunks of their own: the look-behind of the "undefined" pattern reads past both.
    const set = patternSet(SYNTHETIC);
    const memo = new LintMemo();
    for (const t of ['xxx:\n\nundefined\n', 'xxxy\n\nundefined\n', 'xxx:\n\nundefined\n']) {
      assert.deepEqual(plain(scanPatterns(t, set, memo.scan<ChunkEntry>(set))), reference(t, SYNTHETIC), JSON.stringify(t));
      memo.settle();
    }
  });

  it('gives the same without a memo', () => {
    const set = patternSet(SOURCES);
    fc.assert(fc.property(text, (t) => assert.deepEqual(plain(scanPatterns(t, set)), reference(t, SOURCES))), { numRuns: 200, seed: 22 });
  });

  it('scans again only the chunks around an edit', () => {
    const set = patternSet(BUILTIN_PATTERNS);
    const policy = generatePolicy({ seed: 5, targetSize: 50_000, format: 'markdown' });
    const memo = new LintMemo();
    scanPatterns(policy, set, memo.scan<ChunkEntry>(set));
    memo.settle();
    const caches = memo.scan<ChunkEntry>(set);
    let scanned = 0;
    for (const cache of [caches.lines, caches.windows]) {
      const set0 = cache.set.bind(cache);
      cache.set = (key, value) => {
        scanned++;
        return set0(key, value);
      };
    }
    const at = policy.indexOf('\n\n', policy.length >> 1);
    const edited = `${policy.slice(0, at)} More words.${policy.slice(at)}`;
    assert.deepEqual(plain(scanPatterns(edited, set, caches)), reference(edited, BUILTIN_PATTERNS));
    const chunks = chunkStarts(edited).length - 1;
    // The edited chunk, and the few before it whose window reaches it (the longest pattern reads ~600 characters).
    assert.ok(scanned > 0 && scanned <= 12, `scanned ${scanned} of ${2 * chunks} chunk entries`);
  });

  it('cuts chunks at line starts only, never inside CRLF, and tiles the text', () => {
    fc.assert(
      fc.property(text, (t) => {
        const starts = chunkStarts(t);
        assert.equal(starts[0], 0);
        assert.equal(starts[starts.length - 1], t.length);
        for (let k = 1; k < starts.length - 1; k++) {
          assert.ok(starts[k] > starts[k - 1]);
          assert.ok(t[starts[k] - 1] === '\n' || t[starts[k] - 1] === '\r', `cut at ${starts[k]}`);
          assert.ok(!(t[starts[k] - 1] === '\r' && t[starts[k]] === '\n'));
        }
      }),
      { numRuns: 200, seed: 23 },
    );
  });
});
