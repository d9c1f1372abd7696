// The dialect of user placeholder patterns: JavaScript regular expressions in Unicode mode (as `new RegExp(p, "u")`
// reads them: `\p{L}`, `\u{1F600}`, strict escapes), matched with JavaScript's meaning but run by RE2 (re2js), whose
// time is linear whatever the pattern. JavaScript validates the syntax; this module rewrites the pattern into RE2's
// syntax wherever the two read the same text differently, so that what is validated is what runs:
// - `\s`, `\S`: JavaScript's white space includes NBSP, U+2028/9, U+FEFF and the Unicode spaces; RE2's is ASCII only;
// - `.`: JavaScript's excludes \r, U+2028 and U+2029 (as well as \n) unless the `s` flag is set; RE2's only \n;
// - `\uXXXX`, `\u{…}`, surrogate pairs, `\cX`, `\0`, `[\b]`: RE2 has none of these spellings (`\x{…}`);
// - `[^]` (anything) and `[]` (nothing); `(?<name>…)`, which RE2 writes `(?P<name>…)`;
// - `\p{Script=Greek}`, `\p{gc=Lu}`: RE2 knows only the bare name.
// What Unicode mode rejects (`\Q…\E`, `\A`, `\z`, `\e`) is rejected, with JavaScript's message, except escaped ASCII
// punctuation such as `\-` or `\'` (which every other dialect accepts): `withPunctuationEscapes` reads it as the
// character itself. Lookarounds and backreferences are rejected by RE2.

/** JavaScript's white space (\s), as code point ranges. */
const WHITE_SPACE: Array<[number, number]> = [
  [0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff],
];
/** What `.` does not match without the `s` flag. */
const LINE_TERMINATORS: Array<[number, number]> = [[0x0a, 0x0a], [0x0d, 0x0d], [0x2028, 0x2029]];

const MAX_CODE_POINT = 0x10ffff;

/** The code points not in `ranges` (sorted, disjoint). */
function complement(ranges: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let next = 0;
  for (const [a, b] of ranges) {
    if (a > next) out.push([next, a - 1]);
    next = b + 1;
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return out;
}

const hex = (cp: number) => `\\x{${cp.toString(16)}}`;
/** Ranges as the inside of an RE2 bracket class. */
const members = (ranges: Array<[number, number]>) => ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('');

const SPACE = members(WHITE_SPACE);
const NOT_SPACE = members(complement(WHITE_SPACE));
const NOT_LINE_END = members(complement(LINE_TERMINATORS));
const ANYTHING = members([[0, MAX_CODE_POINT]]);

/** Strips JavaScript's property-name prefixes that RE2 does not read. */
const propertyName = (name: string) => name.replace(/^(?:Script|sc|Script_Extensions|scx|General_Category|gc)=/, '');

/**
 * Reads one escape at `p[i] === '\\'`; returns the RE2 text (a class member when `inClass`) and the index after it.
 */
function escape(p: string, i: number, inClass: boolean): [string, number] {
  const n = p[i + 1];
  switch (n) {
    case 's':
      return [inClass ? SPACE : `[${SPACE}]`, i + 2];
    case 'S':
      return [inClass ? NOT_SPACE : `[${NOT_SPACE}]`, i + 2];
    case 'b':
      return [inClass ? hex(8) : '\\b', i + 2];
    case '0':
      return [hex(0), i + 2];
    case 'c': {
      const letter = p.charCodeAt(i + 2);
      return [hex(letter % 32), i + 3];
    }
    case 'p':
    case 'P': {
      const close = p.indexOf('}', i);
      return [`\\${n}{${propertyName(p.slice(i + 3, close))}}`, close + 1];
    }
    case 'u': {
      if (p[i + 2] === '{') {
        const close = p.indexOf('}', i);
        return [hex(parseInt(p.slice(i + 3, close), 16)), close + 1];
      }
      const unit = parseInt(p.slice(i + 2, i + 6), 16);
      const low = /^\\u([dD][c-fC-F][0-9a-fA-F]{2})/.exec(p.slice(i + 6));
      if (unit >= 0xd800 && unit <= 0xdbff && low) {
        const cp = 0x10000 + ((unit - 0xd800) << 10) + (parseInt(low[1], 16) - 0xdc00);
        return [hex(cp), i + 12];
      }
      return [hex(unit), i + 6];
    }
    case 'x':
      return [hex(parseInt(p.slice(i + 2, i + 4), 16)), i + 4];
    default:
      // \d \D \w \W \B \f \n \r \t \v and escaped syntax characters read the same in RE2.
      return [`\\${n}`, i + 2];
  }
}

/**
 * Rewrites a pattern that `new RegExp(pattern, 'u' + flags)` accepts into RE2 syntax with the same meaning (see the
 * header). `flags` is what the user gave ("i", "m", "s").
 */
export function toRe2(p: string, flags: string): string {
  let out = '';
  let i = 0;
  while (i < p.length) {
    const c = p[i];
    if (c === '\\') {
      const [text, next] = escape(p, i, false);
      out += text;
      i = next;
    } else if (c === '[') {
      let j = i + 1;
      const negated = p[j] === '^';
      if (negated) j++;
      let body = '';
      while (j < p.length && p[j] !== ']') {
        if (p[j] === '\\') {
          const [text, next] = escape(p, j, true);
          body += text;
          j = next;
        } else {
          // Literal members; RE2 would read "[:" as a POSIX class and "[" as nesting.
          body += p[j] === '[' ? '\\[' : p[j];
          j++;
        }
      }
      i = j + 1;
      if (!body) out += negated ? `[${ANYTHING}]` : `[^${ANYTHING}]`;
      else out += `[${negated ? '^' : ''}${body}]`;
    } else if (c === '.') {
      out += flags.includes('s') ? '.' : `[${NOT_LINE_END}]`;
      i++;
    } else if (c === '(' && p[i + 1] === '?' && p[i + 2] === '<' && p[i + 3] !== '=' && p[i + 3] !== '!') {
      out += '(?P<';
      i += 3;
    } else {
      // Surrogate pairs stay together: RE2 reads code points.
      const cp = p.codePointAt(i)!;
      out += String.fromCodePoint(cp);
      i += cp > 0xffff ? 2 : 1;
    }
  }
  return out;
}

/** Escaped ASCII punctuation that Unicode mode refuses outside a character class. */
const LOOSE_ESCAPE = /[!"#%&',\-:;<=>@_`~]/;

/**
 * The pattern with escaped ASCII punctuation outside character classes (`\-`, `\'`, `\@`) written as the character
 * itself, which means the same and which Unicode mode accepts.
 */
export function withPunctuationEscapes(p: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      const n = p[i + 1] ?? '';
      out += !inClass && LOOSE_ESCAPE.test(n) ? n : c + n;
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}
