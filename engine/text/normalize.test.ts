import assert from 'node:assert/strict';
import { normalizeText } from './normalize.ts';

describe('normalizeText', () => {
  it('reads a Markdown escape as the punctuation it escapes', () => {
    assert.equal(normalizeText('We at Northwind \\(\u201cNorthwind,\u201d \u201cwe\u201d\\) \\*care\\* \\[a\\] 1\\. b\\_c'), 'We at Northwind ("Northwind," "we") care [a] 1. b_c');
  });

  it('keeps a backslash before a letter, a digit or white space (a Windows path, a lone backslash)', () => {
    assert.equal(normalizeText('C:\\Users\\jane \\ 5\\2'), 'C:\\Users\\jane \\ 5\\2');
  });

  it('decodes every named and numeric character reference as a reader sees it, and leaves what names nothing', () => {
    assert.equal(normalizeText('Daten werden gel&ouml;scht, sobald sie f&uuml;r den Zweck nicht mehr n&ouml;tig sind.'), 'Daten werden gelöscht, sobald sie für den Zweck nicht mehr nötig sind.');
    assert.equal(normalizeText('Children&rsquo;s data &amp; the caf&eacute; &#252;ber &#xFC;ber &#X00E9;t&eacute;'), "Children's data & the café über über été");
    assert.equal(normalizeText('a&nbsp;b&#160;c &copy; 2026 &mdash; d'), 'a b c © 2026 - d');
    assert.equal(normalizeText('&notanentity; &#0; &#xD800; &#99999999; AT&T; R&D'), '&notanentity; &#0; &#xD800; &#99999999; AT&T; R&D');
  });
});
