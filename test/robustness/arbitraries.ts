// fast-check arbitraries for hostile policy text: random Unicode (astral, lone surrogates, BOM, NUL), mixed line
// endings, very long lines, deep nesting, unclosed HTML, pathological bracket runs, and realistic policies
// (bench/generate.ts) mutated with all of these.
import fc from 'fast-check';
import type { Format } from '../../engine/types.ts';
import { generatePolicy, TOPIC_IDS } from '../../bench/generate.ts';

const runOf = (chars: string[], max: number) => fc.tuple(fc.constantFrom(...chars), fc.integer({ min: 1, max })).map(([c, n]) => c.repeat(n));

/** A piece of hostile text. */
export const fragment: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 4 }, // any code point, astral included
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }), weight: 2 },
  { arbitrary: fc.constantFrom('\uFEFF', '\0', '\r', '\r\n', '\n', '\n\n', '\uD800', '\uDFFF', '😀', '𝔘', 'e\u0301', '\u202E', '\t', '\u2028', '\u00A0', '\u200B'), weight: 4 },
  { arbitrary: runOf(['[', ']', '{', '}', '<', '>', '(', '*', '_', '`', '|', '#', '-', '\\', '!', '&', '$', '%', '~', '=', ':'], 3000), weight: 3 },
  { arbitrary: runOf(['[[', '{{', '<<', '](', '![', '${', '%{', '__', '<!--', '-->', '<div>', '</', '| a ', '> ', '1. ', '- ', '* [ ] ', '[^1]', '&#', '\\\n'], 800), weight: 3 },
  { arbitrary: fc.integer({ min: 9_000, max: 11_000 }).map((n) => 'word '.repeat(n / 5)), weight: 1 }, // a 10,000-character line
  { arbitrary: fc.integer({ min: 1, max: 80 }).map((d) => Array.from({ length: d }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')), weight: 1 }, // deeply nested list
  { arbitrary: fc.integer({ min: 1, max: 200 }).map((d) => '>'.repeat(d) + ' quoted'), weight: 1 },
  {
    arbitrary: fc.constantFrom('<div><table><tr><td>', '<!-- unclosed comment', '<script>var a = "[COMPANY]";', '<pre>', '<a href="', '<![CDATA[', '<?xml version="1.0"?>', '<h2>Unclosed heading', '<p><strong>Contact', '<style>', '<textarea>', '</p></div></body>'),
    weight: 2,
  },
  {
    arbitrary: fc.constantFrom(
      '[COMPANY NAME]', '{{ company_name }}', '${company.name}', '%{domain}s', '__EFFECTIVE_DATE__', 'TBD', 'TODO:', '2025-01-XX', 'YYYY-MM-DD',
      '________', 'lorem ipsum dolor', '[email protected]', '[email&#160;protected]', 'data-cfemail="a1b2c3"', 'Last updated:', 'Effective date:', '[1]', '[Date]',
      '<!-- policy-linter-disable -->', '<!-- policy-linter-enable -->', '<!-- policy-linter-disable-next-line placeholder -->', '<!-- policy-linter-disable-line -->',
      '<!-- policy-linter-not-applicable children: no users under 16 -->', '<!-- policy-linter-disable missing-retention, bogus-rule -->',
    ),
    weight: 2,
  },
  {
    arbitrary: fc.constantFrom('\n# Data Retention\n', "\nCHILDREN'S PRIVACY\n", '\nIV. Contact Us\n', '\nContact\n---\n', '\n**International Transfers**\n', '\n<h2>Retention</h2>\n', '\n1.2.3 How long we keep data\n', '\n---\ntitle: x\n---\n', '\n```\ncode [X]\n', '\n| a | b |\n| - | - |\n'),
    weight: 2,
  },
);

export const format: fc.Arbitrary<Format> = fc.constantFrom('markdown', 'text', 'html');

/** Fragments glued together: arbitrary text with no policy structure. */
export const arbitraryText = fc.array(fragment, { maxLength: 12 }).map((xs) => xs.join(''));

type Mutation = { op: 'insert' | 'delete' | 'duplicate' | 'crlf' | 'cr' | 'bom' | 'nul-run'; at: number; len: number; frag: string };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('insert', 'insert', 'insert', 'delete', 'duplicate', 'crlf', 'cr', 'bom', 'nul-run'),
  at: fc.nat(),
  len: fc.nat({ max: 400 }),
  frag: fragment,
});

export function mutate(text: string, m: Mutation): string {
  const at = text.length ? m.at % (text.length + 1) : 0;
  const end = Math.min(text.length, at + m.len);
  switch (m.op) {
    case 'insert':
      return text.slice(0, at) + m.frag + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(end);
    case 'duplicate':
      return text.slice(0, end) + text.slice(at, end) + text.slice(end);
    case 'crlf':
      return text.slice(0, at) + text.slice(at, at + m.len * 20).replace(/\r?\n/g, '\r\n') + text.slice(at + m.len * 20);
    case 'cr':
      return text.slice(0, at) + text.slice(at, at + m.len * 20).replace(/\r?\n/g, '\r') + text.slice(at + m.len * 20);
    case 'bom':
      return '\uFEFF' + text;
    case 'nul-run':
      return text.slice(0, at) + '\0'.repeat(1 + m.len) + text.slice(at);
  }
}

/** A realistic generated policy (any heading style, some topics left out) of up to `maxSize` characters. */
export const policy = (fmt: Format, maxSize = 6000) =>
  fc.record({ seed: fc.integer(), size: fc.integer({ min: 300, max: maxSize }), omit: fc.subarray([...TOPIC_IDS]) }).map(({ seed, size, omit }) => generatePolicy({ seed, targetSize: size, format: fmt, omit }));

/** A generated policy with up to 8 hostile mutations. */
export const mutatedPolicy = (fmt: Format) => fc.tuple(policy(fmt), fc.array(mutation, { maxLength: 8 })).map(([text, ms]) => ms.reduce(mutate, text));
