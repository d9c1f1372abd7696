import assert from 'node:assert/strict';
import { normalizeText } from './normalize.ts';

describe('normalizeText', () => {
  it('reads a Markdown escape as the punctuation it escapes', () => {
    assert.equal(normalizeText('We at Northwind \\(\u201cNorthwind,\u201d \u201cwe\u201d\\) \\*care\\* \\[a\\] 1\\. b\\_c'), 'We at Northwind ("Northwind," "we") care [a] 1. b_c');
  });

  it('keeps a backslash before a letter, a digit or white space (a Windows path, a lone backslash)', () => {
    assert.equal(normalizeText('C:\\Users\\jane \\ 5\\2'), 'C:\\Users\\jane \\ 5\\2');
  });
});
