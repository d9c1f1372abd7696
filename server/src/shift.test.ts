import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mapSpan, unmapOffset, type TextChange } from './shift.ts';

/** Applies changes to a text, and returns the text. */
const apply = (text: string, changes: TextChange[], inserted: string[]) =>
  changes.reduce((t, c, i) => t.slice(0, c.start) + inserted[i] + t.slice(c.end), text);

describe('server: mapping spans and offsets through edits', () => {
  it('shifts spans after an edit, keeps those before, drops those it touches', () => {
    const typed: TextChange = { start: 5, end: 5, length: 3 }; // 3 characters typed at 5
    assert.deepEqual(mapSpan({ start: 10, end: 14 }, [typed]), { start: 13, end: 17 });
    assert.deepEqual(mapSpan({ start: 5, end: 9 }, [typed]), { start: 8, end: 12 }, 'typed right before it');
    assert.deepEqual(mapSpan({ start: 1, end: 5 }, [typed]), { start: 1, end: 5 }, 'typed right after it');
    assert.equal(mapSpan({ start: 3, end: 7 }, [typed]), undefined, 'typed inside it');
    assert.equal(mapSpan({ start: 5, end: 5 }, [typed]), undefined, 'an empty span where text was typed');
    const deleted: TextChange = { start: 2, end: 6, length: 0 };
    assert.deepEqual(mapSpan({ start: 6, end: 8 }, [deleted]), { start: 2, end: 4 });
    assert.equal(mapSpan({ start: 5, end: 8 }, [deleted]), undefined);
    assert.deepEqual(mapSpan({ start: 10, end: 12 }, [typed, deleted]), { start: 9, end: 11 });
  });

  it('maps offsets back, except in inserted text', () => {
    const changes: TextChange[] = [{ start: 5, end: 5, length: 3 }, { start: 0, end: 2, length: 0 }];
    assert.equal(unmapOffset(0, changes), 2);
    assert.equal(unmapOffset(4, changes), undefined); // in the typed text (now at 3..6)
    assert.equal(unmapOffset(6, changes), 5);
  });

  it('agrees with the texts: a mapped span covers the same characters, an unmapped offset the same character', () => {
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 6 }), insert: fc.string({ maxLength: 6 }) });
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 60 }), fc.array(edit, { maxLength: 6 }), fc.nat(), fc.nat({ max: 8 }), (text, edits, s, len) => {
        const changes: TextChange[] = [];
        const inserted: string[] = [];
        let current = text;
        for (const e of edits) {
          const start = e.at % (current.length + 1);
          const end = Math.min(current.length, start + e.remove);
          changes.push({ start, end, length: e.insert.length });
          inserted.push(e.insert);
          current = current.slice(0, start) + e.insert + current.slice(end);
        }
        assert.equal(apply(text, changes, inserted), current);
        const start = s % text.length;
        const span = { start, end: Math.min(text.length, start + len) };
        const mapped = mapSpan(span, changes);
        if (mapped) assert.equal(current.slice(mapped.start, mapped.end), text.slice(span.start, span.end));
        for (let o = 0; o < current.length; o++) {
          const old = unmapOffset(o, changes);
          if (old !== undefined) assert.equal(text[old], current[o], `offset ${o}`);
        }
      }),
      { numRuns: 500 },
    );
  });
});
