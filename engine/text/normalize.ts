// Text normalisation for matching: what a pattern sees of a heading or a sentence.
import { twoByte } from './two-byte.ts';

/** Character references that survive in the source of HTML text and raw HTML inside Markdown. */
const ENTITIES = new Map(Object.entries({ amp: '&', nbsp: ' ', quot: '"', apos: "'", lsquo: "'", rsquo: "'", ldquo: '"', rdquo: '"', ndash: '-', mdash: '-', hellip: '...', lt: '<', gt: '>', '#160': ' ', '#39': "'", '#8217': "'", '#8220': '"', '#8221': '"', '#x27': "'", '#xa0': ' ' }));

/**
 * Normalises text for matching: typographic quotes and dashes become ASCII, common character references are
 * decoded, invisible characters, emphasis asterisks and Markdown's escaping backslashes vanish, and every run of white
 * space becomes a single space (so a plain space in a pattern matches any spacing). The result is two-byte
 * (text/two-byte.ts): the replacements may give a one-byte string, and the lexicons would then be compiled for both
 * representations.
 */
export function normalizeText(s: string): string {
  return twoByte(s
    .replace(/&(#?[a-z0-9]{2,6});/gi, (m, name: string) => ENTITIES.get(name.toLowerCase()) ?? m)
    .replace(/[\u2018\u2019\u201B\u2032\u02BC\uFF07`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\uFF02]/g, '"')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    // A backslash before ASCII punctuation is a Markdown escape ("\\(", "\\*"): what a reader sees is the punctuation.
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]|\*+|\\(?=[!-/:-@[-`{-~])/g, '')
    // Only runs other than a lone space are rewritten: replacing every space would dominate the cost on large texts.
    .replace(/[^\S ]\s*| \s+/g, ' '));
}
