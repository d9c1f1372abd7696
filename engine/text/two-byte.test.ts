import assert from 'node:assert/strict';
import fc from 'fast-check';
import { twoByte } from './two-byte.ts';

describe('twoByte', () => {
  it('keeps every character: ASCII, Latin-1, astral, lone surrogates, NUL, empty', () => {
    for (const s of ['', 'a', 'abc', 'ÿé\u00a0', '\u0100', '\ud83d\ude00x', '\ud800', 'a\udc00b', '\0'.repeat(20), 'x'.repeat(5000)]) assert.equal(twoByte(s), s);
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => twoByte(s) === s && twoByte(s).length === s.length), { seed: 9, numRuns: 500 });
  });
});
