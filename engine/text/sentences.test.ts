import assert from 'node:assert/strict';
import fc from 'fast-check';
import { proseOf, segmentTexts, sentenceSegments } from './sentences.ts';
import { parseDocument } from '../parse/index.ts';

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

  it('segments short texts together as each alone (random texts of every character class the rules read)', () => {
    // UAX #29 classes: ATerm, STerm, Close, Sp, Sep (other than the line feed that joins the texts), Upper, Lower,
    // OLetter, Numeric, SContinue, Extend and Format, with abbreviations and astral characters.
    const piece = fc.constantFrom('a', 'b', 'A', 'Z', 'é', 'É', '日本', '😀', '1', '42', ' ', '  ', '\t', '.', '?', '!', '...', '。', '\u2024', ')', '"', '\u201d', "'", ']', ',', ';', ':', '-', '\u2029', '\u2028', '\u0085', '\u0301', '\u200d', '\u00ad', 'e.g.', 'Inc.', 'U.S.', 'Dr. ', '(see', 'x! ', 'y? ');
    const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 60 }), fc.integer({ min: 16, max: 400 }), (texts, window) => {
        assert.deepEqual(segmentTexts(texts, window), texts.map((t) => [...sentenceSegments(t, window)]));
      }),
      { numRuns: 1500, seed: 20261209 },
    );
  });

  it('segments 50,000 short lines together, each line as it is alone', () => {
    const texts = Array.from({ length: 50_000 }, (_, i) => (i % 3 ? 'A.' : `Item ${i} ends here. And this.`));
    const got = segmentTexts(texts);
    texts.forEach((t, i) => assert.deepEqual(got[i], i % 3 ? [{ index: 0, segment: 'A.' }] : [{ index: 0, segment: `Item ${i} ends here. ` }, { index: t.indexOf('And'), segment: 'And this.' }]));
  });
});

describe('prose sentences', () => {
  const sentencesOf = (text: string) => proseOf(parseDocument(text, { format: 'markdown' })).sentences.map((s) => text.slice(s.span.start, s.span.end));

  it('keeps a company suffix and the number after it in one sentence (an address beside a company name)', () => {
    assert.deepEqual(sentencesOf('Buttons come from Twitter, Inc. 1355 Market St, San Francisco. We use them.\n'), ['Buttons come from Twitter, Inc. 1355 Market St, San Francisco.', 'We use them.']);
    assert.deepEqual(sentencesOf('Write to Northwind Ltd. 12 Harbour Road, Bristol.\n'), ['Write to Northwind Ltd. 12 Harbour Road, Bristol.']);
  });

  it('still ends a sentence at a company suffix followed by a new sentence in words', () => {
    assert.deepEqual(sentencesOf('We are Northwind Inc. We keep data for 30 days.\n'), ['We are Northwind Inc.', 'We keep data for 30 days.']);
  });
});
