import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sentenceSegments } from './sentences.ts';

const whole = (text: string) => [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)].map((s) => ({ index: s.index, segment: s.segment }));

describe('sentence segmentation by windows', () => {
  it('finds the sentences the segmenter finds on the whole text, whatever the window (random prose)', () => {
    const word = fc.constantFrom('We', 'keep', 'data', 'e.g.', 'Inc.', 'U.S.', 'for', '30', 'days', 'the', 'you', '(see', 'below)', '"quoted"', 'Dr.', 'é', '😀', '日本語', 'x!', 'y?');
    const sep = fc.constantFrom(' ', ' ', ' ', '. ', '! ', '? ', '.\u201d ', '; ', ', ', '.  ', '...', ' - ');
    const prose = fc.array(fc.tuple(word, sep), { maxLength: 300 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(prose, fc.integer({ min: 64, max: 400 }), (text, window) => {
        assert.deepEqual([...sentenceSegments(text, window)], whole(text));
      }),
      { numRuns: 400, seed: 20261207 },
    );
  });

  it('takes a text in which no sentence can end for one sentence, as the segmenter does', () => {
    // Letters, digits, spaces and every ASCII punctuation mark that ends no sentence, with CJK, emoji and typographic
    // quotes, dashes and brackets: no full stop, question or exclamation mark, line break or other "Po" character.
    const piece = fc.constantFrom('a', 'B', 'é', '日本', '😀', '1', ' ', '\t', ',', ';', ':', '"', "'", '*', '#', '%', '&', '/', '@', '\\', '(', ')', '[', ']', '-', '\u2013', '\u201c', '\u201d', '\u00ab', '\u00bb', '$', '+', '<', '=', '>', '^', '_', '`', '{', '|', '}', '~');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        const text = pieces.join('');
        assert.deepEqual([...sentenceSegments(text)], whole(text));
      }),
      { numRuns: 2000, seed: 20261208 },
    );
  });

  it('grows a window with no sentence boundary in it until it has one', () => {
    const text = `${'a'.repeat(500)}. Next one. ${'b'.repeat(300)}`;
    assert.deepEqual([...sentenceSegments(text, 64)], whole(text));
  });

  it('reads 20,000 sentences of one block, each whole (segmented whole, such a block took 15 s)', () => {
    const text = 'We keep it. '.repeat(20_000);
    let count = 0;
    for (const s of sentenceSegments(text)) {
      assert.equal(s.segment, 'We keep it. ');
      count++;
    }
    assert.equal(count, 20_000);
  });
});
