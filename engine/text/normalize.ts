// Text normalisation for matching: what a pattern sees of a heading or a sentence.
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { twoByte } from './two-byte.ts';

/**
 * What a character reference stands for (`&uuml;`, `&#252;`, `&#xFC;`), or the reference itself when it names nothing.
 * Sentences are spans of the source, so the references a reader sees decoded are still there: in Markdown's text, its
 * inline HTML and HTML blocks, and in HTML.
 */
function decodeReference(reference: string, name: string): string {
  if (name[0] !== '#') return decodeNamedCharacterReference(name) || reference;
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : reference;
}

/**
 * Normalises text for matching: character references are decoded (all of HTML's named ones and numeric ones, as a
 * reader sees them), typographic quotes and dashes become ASCII, invisible characters, emphasis asterisks and
 * Markdown's escaping backslashes vanish, and every run of white space becomes a single space (so a plain space in a
 * pattern matches any spacing). The result is two-byte (text/two-byte.ts): the replacements may give a one-byte
 * string, and the lexicons would then be compiled for both representations.
 */
export function normalizeText(s: string): string {
  return twoByte(s
    .replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, decodeReference)
    .replace(/[\u2018\u2019\u201B\u2032\u02BC\uFF07`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\uFF02]/g, '"')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    // A backslash before ASCII punctuation is a Markdown escape ("\\(", "\\*"): what a reader sees is the punctuation.
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]|\*+|\\(?=[!-/:-@[-`{-~])/g, '')
    // Only runs other than a lone space are rewritten: replacing every space would dominate the cost on large texts.
    .replace(/[^\S ]\s*| \s+/g, ' '));
}
