// Shapes the 200 KB search (bench/search.ts) tries beyond the scaling cases: lines that each carry a finding in every
// placeholder notation, long lines, deep lists, large tables, HTML with thousands of elements, many headings, links,
// e-mails and URLs, mixed-language text, CRLF line ends. A shape that proves slow or super-linear joins
// test/robustness/scaling-cases.ts (which the search tries too); the rest stay here so that every search tries them
// again.
import type { Format } from '../engine/types.ts';
import { PLACEHOLDER_NOTATIONS, type ScalingCase } from '../test/robustness/scaling-cases.ts';

const ALL: Format[] = ['markdown', 'text', 'html'];
const MD_TEXT: Format[] = ['markdown', 'text'];
const lines = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('\n');
const perLine = (name: string, line: string, formats: Format[] = ALL): ScalingCase => ({ name, formats, n: 300, make: (n) => `${line}\n`.repeat(n) });

export const SEARCH_CASES: ScalingCase[] = [
  ...PLACEHOLDER_NOTATIONS.map((p) => perLine(`placeholder-per-line ${p}`, p)),
  perLine('a sentence with two placeholders per line', 'We retain your data for [PERIOD] and you can reach us at [EMAIL].'),
  perLine('a sentence with a stand-in company per line', 'Our Company collects data about you.'),
  perLine('CRLF: [X] lines', '[X]\r'),
  perLine('CRLF: A. lines', 'A.\r'),
  perLine('CRLF: TBD lines', 'TBD\r'),
  perLine('CRLF: one-word ATX headings', '# a\r', MD_TEXT),
  // Long lines.
  { name: 'one line of [X]', formats: ALL, n: 1000, make: (n) => '[X] '.repeat(n) },
  { name: 'one line of TBD', formats: ALL, n: 1000, make: (n) => 'TBD '.repeat(n) },
  { name: 'one line of sentences with a topic word', formats: ALL, n: 300, make: (n) => 'We keep it for 30 days. '.repeat(n) },
  { name: 'long lines of words, 2 KB each', formats: ALL, n: 20, make: (n) => lines(n, () => 'data retention contact children '.repeat(64)) },
  // Deep lists (under the 32 containers a line may open) and wide ones.
  { name: 'list items with a placeholder and a sentence', formats: MD_TEXT, n: 150, make: (n) => lines(n, (i) => `- Item ${i}: we keep [DATA] for [PERIOD].`) },
  // Tables.
  // HTML with thousands of elements.
  { name: 'span elements', formats: ['html'], n: 300, make: (n) => '<p>' + '<span>a</span> '.repeat(n) + '</p>' },
  { name: 'anchor elements', formats: ['html'], n: 300, make: (n) => '<p>' + '<a href="#x">a</a> '.repeat(n) + '</p>' },
  { name: 'list item elements with [X]', formats: ['html'], n: 300, make: (n) => '<ul>' + '<li>[X]</li>\n'.repeat(n) + '</ul>' },
  { name: 'paragraph elements with [X]', formats: ['html'], n: 300, make: (n) => '<p>[X]</p>\n'.repeat(n) },
  { name: 'br elements', formats: ['html'], n: 500, make: (n) => '<p>' + 'a<br>'.repeat(n) + '</p>' },
  { name: 'h3 question elements', formats: ['html'], n: 300, make: (n) => '<h3>Why?</h3>\n'.repeat(n) },
  { name: 'h2 topic headings', formats: ['html'], n: 200, make: (n) => '<h2>Contact us</h2><p>a</p>\n'.repeat(n) },
  // Many headings.
  { name: 'ATX headings of a placeholder', formats: MD_TEXT, n: 200, make: (n) => '## [X]\n'.repeat(n) },
  { name: 'topic headings', formats: MD_TEXT, n: 200, make: (n) => '# Contact us\n'.repeat(n) },
  { name: 'numbered topic headings with a body', formats: MD_TEXT, n: 100, make: (n) => lines(n, (i) => `### ${i}.2 Data retention\nWe keep data for ${i} days.`) },
  // Links, e-mails, URLs.
  { name: 'inline links', formats: MD_TEXT, n: 300, make: (n) => '[a](https://x.test/a) '.repeat(n) },
  { name: 'autolinks', formats: MD_TEXT, n: 300, make: (n) => '<https://a.test> '.repeat(n) },
  { name: 'e-mail lines', formats: ALL, n: 300, make: (n) => 'a@b.test\n'.repeat(n) },
  { name: 'URL lines', formats: ALL, n: 200, make: (n) => 'https://example.com/privacy\n'.repeat(n) },
  { name: 'mailto anchors', formats: ['html', 'markdown'], n: 200, make: (n) => '<a href="mailto:x@y.test">x@y.test</a>\n'.repeat(n) },
  // Mixed languages.
  { name: 'CJK lines with brackets', formats: ALL, n: 200, make: (n) => '【会社名】は個人情報を保存します。\n'.repeat(n) },
];
