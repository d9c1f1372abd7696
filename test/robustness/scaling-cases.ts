// Pathological inputs for the scaling test: each builds a text of n "units"; the test compares lint() at n and 8n
// (or `factor` × n).
import type { Format } from '../../engine/types.ts';

export interface ScalingCase {
  name: string;
  formats: Format[];
  /** Units at the small size (the large one is 8n); chosen so the small size takes a few milliseconds. */
  n: number;
  /**
   * How many times larger the large size is (default 8). A cost that grows only mildly faster than linearly shows only
   * at sizes where it dominates: such cases start large and grow 4 times (linear: 4x, quadratic: 16x).
   */
  factor?: number;
  make: (n: number) => string;
}

const ALL: Format[] = ['markdown', 'text', 'html'];

/** Every notation of placeholder the detector knows (and some it only nearly knows), for shapes of one a line. */
export const PLACEHOLDER_NOTATIONS = [
  '[X]', '{{a}}', 'TBD', '<X>', '{X}', '<<X>>', '%X%', '${x}', '@@X@@', '##X##', '[insert date]', '[COMPANY NAME]', '____', 'XX/XX/XXXX',
  'YYYY-MM-DD', 'TODO', 'XXX', '???', '[●]', '【会社名】', '〇〇', 'your-company.com', 'info@example.com', 'Lorem ipsum',
  '[Your Name Here]', '(insert company name)', '{{ site.email }}', '<%= name %>', '[[NAME]]', '[ ]', '…', 'N/A',
];
const lines = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('\n');

export const SCALING_CASES: ScalingCase[] = [
  { name: 'open brackets [[[[', formats: ALL, n: 2000, make: (n) => '['.repeat(n) },
  { name: 'open braces {{{{', formats: ALL, n: 4000, make: (n) => '{'.repeat(n) },
  { name: 'open angles <<<<', formats: ALL, n: 4000, make: (n) => '<'.repeat(n) },
  { name: 'unclosed link labels [a[a[a', formats: ['markdown', 'text'], n: 1000, make: (n) => '[a'.repeat(n) },
  { name: 'link openers [a](', formats: ['markdown'], n: 300, make: (n) => '[a]('.repeat(n) },
  { name: 'image openers ![', formats: ['markdown'], n: 2000, make: (n) => '!['.repeat(n) },
  { name: 'emphasis runs *a_b', formats: ['markdown'], n: 400, make: (n) => '*a_b'.repeat(n) },
  { name: 'backtick runs', formats: ['markdown'], n: 1000, make: (n) => '`a``'.repeat(n) },
  { name: 'nested blockquotes >>>>', formats: ['markdown'], n: 100, make: (n) => '>'.repeat(n) + ' text' },
  { name: 'unclosed HTML comments', formats: ['markdown', 'html'], n: 1000, make: (n) => '<!-- a '.repeat(n) },
  { name: 'unclosed tags <div>', formats: ['markdown', 'html'], n: 1000, make: (n) => '<div>'.repeat(n) + 'text' },
  { name: 'template openers {{ ${ %{', formats: ALL, n: 1000, make: (n) => '{{ ${ %{ '.repeat(n) },
  { name: 'placeholders on one line', formats: ALL, n: 500, make: (n) => '[COMPANY NAME] TBD {{x}} '.repeat(n) },
  { name: 'unclosed template tags {% {# <% @if( {{!--', formats: ALL, n: 300, make: (n) => '{% {# <% @if( {{!-- @{ '.repeat(n) },
  // Not Markdown: remark-parse itself grows quadratically on "<% <?php " runs (an HTML block per "<?").
  { name: 'unclosed PHP and ERB tags <?php <%', formats: ['text', 'html'], n: 300, make: (n) => '<?php <% '.repeat(n) },
  { name: 'template code of every engine', formats: ALL, n: 200, make: (n) => lines(n, (i) => `{% if x %}{{ site.email }} <%= path_${i} %> <?= $a ?> @include('p') {# c #} {{COMPANY_${i}}}{% endif %}`) },
  { name: 'drafting banner words', formats: ALL, n: 200, make: (n) => 'DRAFT (draft) This is a draft. Replace this text. Note to drafter: x. "we" or "I" OR '.repeat(n) },
  { name: 'banners over wrapped lines with lead-in lists', formats: ALL, n: 100, make: (n) => lines(n, (i) => `This is a template and has not been reviewed by a lawyer for use number ${i} at all\nbefore publishing. You must:\n- host it\n- review it\nBefore launch, add item ${i}:\n1. one\n2. two`) },
  { name: 'title markers and long lines of them', formats: ALL, n: 200, make: (n) => lines(n, (i) => `# Privacy Policy Template ${i}\nSample Draft Template Model (Draft) — TEMPLATE `) + ' Privacy Policy Template'.repeat(n) },
  { name: 'author sections and end markers', formats: ['markdown', 'html'], n: 100, make: (n) => lines(n, (i) => `## How to use this template ${i}\n\nStep.\n\n### Hosting ${i}\n\n**END OF PRIVACY POLICY**\n\n---\n`) },
  { name: 'parentheses, single braces and example values', formats: ALL, n: 200, make: (n) => '(if applicable) [X] (or specify it) {NAME, EMAIL} {日付} 03-1234-5678 xxx@x.test (a | b | c) '.repeat(n) },
  { name: 'brackets wrapped over lines', formats: ALL, n: 300, make: (n) => '[Other data\n  and more '.repeat(n) + ']' },
  { name: 'placeholder lines with disable-line directives', formats: ['markdown', 'html'], n: 100, make: (n) => lines(n, (i) => `Line ${i} [COMPANY NAME] <!-- policy-linter-disable-line -->`) },
  { name: 'disable/enable directive pairs', formats: ['markdown'], n: 100, make: (n) => lines(n, (i) => `<!-- policy-linter-disable -->\n[SLOT ${i}]\n<!-- policy-linter-enable -->\n[OPEN ${i}]`) },
  { name: 'disable/enable directive pairs (HTML, more)', formats: ['html'], n: 200, make: (n) => lines(n, (i) => `<!-- policy-linter-disable -->\n[SLOT ${i}]\n<!-- policy-linter-enable -->\n[OPEN ${i}]`) },
  { name: 'blank runs ____', formats: ALL, n: 1000, make: (n) => '____ '.repeat(n) },
  { name: 'unfinished dates', formats: ALL, n: 200, make: (n) => '2025-01-XX YYYY-MM-DD __/__/____ '.repeat(n) },
  { name: 'filler text', formats: ALL, n: 500, make: (n) => 'lorem ipsum dolor sit amet '.repeat(n) },
  { name: 'e-mail-like tokens', formats: ALL, n: 500, make: (n) => 'a@b.c x@y '.repeat(n) },
  { name: 'dense topic trigger words', formats: ALL, n: 100, make: (n) => 'contact us email transfer outside the EEA retain for as long as children under 13 '.repeat(n) },
  { name: 'unclosed e-mail brackets [email', formats: ALL, n: 500, make: (n) => '[email '.repeat(n) },
  { name: 'obfuscated addresses [at] [dot]', formats: ALL, n: 300, make: (n) => 'name [at] host [dot] '.repeat(n) },
  { name: 'one very long line', formats: ALL, n: 1000, make: (n) => 'data retention contact children '.repeat(n / 4) },
  { name: 'many ATX headings', formats: ['markdown'], n: 150, make: (n) => lines(n, (i) => `## Section ${i}\n\nWe keep data for ${i} days.\n`) },
  { name: 'many numbered heading lines', formats: ['text'], n: 150, make: (n) => lines(n, (i) => `${i + 1}. Section ${i}\n\nWe keep data for ${i} days.\n`) },
  { name: 'many ALL-CAPS lines', formats: ['text'], n: 300, make: (n) => lines(n, (i) => `CONTACT US ${i}`) },
  { name: 'many table rows', formats: ['markdown'], n: 100, make: (n) => '| a | b |\n| - | - |\n' + lines(n, (i) => `| [X${i}] | data retention |`) },
  { name: 'many table columns', formats: ['markdown'], n: 100, make: (n) => `|${' a |'.repeat(n)}\n|${' - |'.repeat(n)}\n|${' [X] |'.repeat(n)}` },
  { name: 'many list items', formats: ['markdown', 'text'], n: 150, make: (n) => lines(n, (i) => `- item ${i} about [COMPANY]`) },
  { name: 'many h2 elements', formats: ['html'], n: 300, make: (n) => lines(n, (i) => `<h2>Section ${i}</h2><p>We keep data for ${i} days.</p>`) },
  { name: 'backslashes', formats: ALL, n: 4000, make: (n) => '\\'.repeat(n) },
  // micromark scans back over the paragraph for these (engine/parse/markdown-bounds.ts bounds them)
  { name: 'closing brackets ]]]]', formats: ALL, n: 2000, make: (n) => ']'.repeat(n) },
  { name: 'nested image openers then closers ![a](b)', formats: ['markdown'], n: 300, make: (n) => '![a'.repeat(n) + '](b)'.repeat(n) },
  { name: 'underscore runs around a letter', formats: ALL, n: 2000, make: (n) => '_'.repeat(n) + 'a' + '_'.repeat(n) },
  { name: 'bracket runs around a letter', formats: ALL, n: 2000, make: (n) => '['.repeat(n) + 'x' + ']'.repeat(n) },
  { name: 'footnote calls [^1]', formats: ALL, n: 2000, make: (n) => '[^1] '.repeat(n) },
  { name: 'alternating =_', formats: ALL, n: 2000, make: (n) => '=_'.repeat(n) },
  { name: 'one paragraph of [DATE] lines', formats: ALL, n: 1500, make: (n) => 'word [DATE]\n'.repeat(n) },
  { name: 'one paragraph of lines with & < \\ !', formats: ['markdown'], n: 2000, make: (n) => lines(n, (i) => `word ${'&<\\!'[i % 4]} x`) },
  { name: 'CR-only line breaks', formats: ALL, n: 200, make: (n) => 'Contact us at [EMAIL]\r'.repeat(n) },
  // Many short lines and small blocks (the 200 KB search, `npm run bench -- --only=worst`): micromark spends tens of
  // microseconds on every line and about a hundred on a list item, definition or table cell (the block budget of
  // engine/parse/markdown-bounds.ts bounds it), and the engine's own passes go per line, block, sentence and section.
  { name: 'blank lines', formats: ALL, n: 1000, make: (n) => '\n'.repeat(n) },
  { name: 'one-letter lines', formats: ALL, n: 500, make: (n) => 'a\n'.repeat(n) },
  { name: 'one-letter paragraphs', formats: ALL, n: 400, make: (n) => 'a\n\n'.repeat(n) },
  { name: 'one-word list items', formats: ['markdown', 'text'], n: 150, make: (n) => '- a\n'.repeat(n) },
  { name: 'one-word ordered items', formats: ['markdown', 'text'], n: 125, make: (n) => '1. a\n'.repeat(n) },
  { name: 'nested one-word list items', formats: ['markdown', 'text'], n: 40, make: (n) => '- a\n  - b\n    - c\n      - d\n'.repeat(n) },
  { name: 'task list items', formats: ['markdown'], n: 100, make: (n) => '- [ ] a\n'.repeat(n) },
  { name: 'one-word ATX headings', formats: ['markdown', 'text'], n: 150, make: (n) => '# a\n'.repeat(n) },
  { name: 'one-word setext headings', formats: ['markdown', 'text'], n: 150, make: (n) => 'a\n=\n'.repeat(n) },
  { name: 'tiny sections', formats: ['markdown', 'text'], n: 75, make: (n) => lines(n, (i) => `## S${i}\nT.`) },
  { name: 'block quote lines', formats: ['markdown'], n: 150, make: (n) => '> a\n'.repeat(n) },
  { name: 'deep block quote lines', formats: ['markdown'], n: 40, make: (n) => '> > > > > > > > a\n'.repeat(n) },
  { name: 'link reference definitions', formats: ['markdown'], n: 100, make: (n) => '[a]: /b\n'.repeat(n) },
  { name: 'footnote definitions', formats: ['markdown'], n: 100, make: (n) => '[^a]: b\n'.repeat(n) },
  { name: 'hard line breaks', formats: ['markdown'], n: 150, make: (n) => 'a  \n'.repeat(n) },
  { name: 'code fence lines', formats: ['markdown'], n: 150, make: (n) => '```\n'.repeat(n) },
  { name: 'one-line code blocks', formats: ['markdown'], n: 75, make: (n) => '~~~\na\n~~~\n'.repeat(n) },
  { name: 'one-line comments', formats: ['markdown', 'html'], n: 75, make: (n) => '<!-- a -->\n'.repeat(n) },
  { name: 'HTML block lines', formats: ['markdown'], n: 150, make: (n) => '<p>\n'.repeat(n) },
  { name: 'one-cell table rows', formats: ['markdown'], n: 150, make: (n) => '|a|\n|-|\n' + '|a|\n'.repeat(n) },
  { name: 'table rows with escaped pipes', formats: ['markdown'], n: 50, make: (n) => '| a |\n| - |\n' + '| a \\| b |\n'.repeat(n) },
  { name: 'one-sentence lines', formats: ALL, n: 400, make: (n) => 'A.\n'.repeat(n) },
  { name: 'one-letter sentences on a line', formats: ALL, n: 400, make: (n) => 'A. '.repeat(n) },
  { name: 'ALL-CAPS word lines', formats: ALL, n: 300, make: (n) => 'A B\n'.repeat(n) },
  { name: 'TBD lines', formats: ALL, n: 300, make: (n) => 'TBD\n'.repeat(n) },
  { name: 'one-placeholder lines', formats: ALL, n: 300, make: (n) => '[X]\n'.repeat(n) },
  { name: 'lines ending in a colon', formats: ALL, n: 300, make: (n) => 'a:\n'.repeat(n) },
  { name: 'a run of every ASCII punctuation character', formats: ALL, n: 50, make: (n) => [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'].map((c) => c.repeat(n)).join('') },
  { name: 'implicitly closed paragraphs <p>a', formats: ['html'], n: 300, make: (n) => '<p>a'.repeat(n) },
  { name: 'implicitly closed list items <li>a', formats: ['html'], n: 300, make: (n) => '<li>a'.repeat(n) },
  { name: 'definition list items', formats: ['html'], n: 200, make: (n) => '<dt>a<dd>b'.repeat(n) },
  { name: 'nested divs', formats: ['html'], n: 150, make: (n) => '<div>'.repeat(n) + 'text' + '</div>'.repeat(n) },
  { name: 'one-word h1 elements', formats: ['html'], n: 200, make: (n) => '<h1>a</h1>'.repeat(n) },
  // Joined tokens (issue 12: the e-mail and street patterns rescanned hyphen- and dot-joined runs at every word
  // boundary; pattern-growth.test.ts audits each pattern, these the whole lint in every format).
  { name: 'hyphen-joined run a-a-a', formats: ALL, n: 2000, make: (n) => 'a-'.repeat(n) },
  { name: 'hyphen-joined words state-of-the-art-', formats: ALL, n: 250, make: (n) => 'state-of-the-art-'.repeat(n) },
  { name: 'dot-joined run a.a.a', formats: ALL, n: 2000, make: (n) => 'a.'.repeat(n) },
  { name: 'percent-encoded URL', formats: ALL, n: 1000, make: (n) => `https://example.test/?q=${'%2F'.repeat(n)}` },
  // More heading-like lines (the 200 KB search, second round): a Markdown file without headings is outlined by the
  // plain-text rules, and numbered lines read as a table of contents and its sections.
  { name: 'deep numbered lines 1.1.2.3 Title', formats: ['markdown', 'text'], n: 200, make: (n) => lines(n, (i) => `${i}.1.2.3 Title`) },
  { name: 'Roman-numbered lines I. A', formats: ['markdown', 'text'], n: 300, make: (n) => 'I. A\n'.repeat(n) },
  { name: 'lettered lines a) b', formats: ['markdown', 'text'], n: 300, make: (n) => 'a) b\n'.repeat(n) },
  { name: 'question lines', formats: ALL, n: 300, make: (n) => 'Why?\n'.repeat(n) },
  { name: 'template variable lines {{a}}', formats: ALL, n: 300, make: (n) => '{{a}}\n'.repeat(n) },
  { name: 'table cells <td>a', formats: ['html'], n: 300, make: (n) => `<table><tr>${'<td>a'.repeat(n)}` },
  // The fourth 200 KB search (bench/search.ts, shapes in bench/search-shapes.ts): lines that each carry a finding in
  // every placeholder notation, list items nested up to 30 deep (micromark continues each open item on every line: the
  // block budget charges indentation since), tables and HTML elements by the thousand, CRLF and mixed-language lines.
  { name: 'every placeholder notation, one a line', formats: ALL, n: 300, make: (n) => lines(n, (i) => PLACEHOLDER_NOTATIONS[i % PLACEHOLDER_NOTATIONS.length]) },
  { name: 'a sentence with two placeholders a line', formats: ALL, n: 60, make: (n) => lines(n, (i) => `We retain your data for [PERIOD ${i}] and you can reach us at [EMAIL].`) },
  { name: 'list items nested up to 30 deep', formats: ['markdown', 'text'], n: 150, make: (n) => lines(n, (i) => `${'  '.repeat(i % 30)}- a [X]`) },
  { name: 'five-column table rows', formats: ['markdown'], n: 50, make: (n) => '| a | b | c | d | e |\n|---|---|---|---|---|\n' + lines(n, (i) => `| ${i} | name | [X] | kept 30 days | us@x.test |`) },
  { name: 'HTML table rows', formats: ['html', 'markdown'], n: 60, make: (n) => `<table>\n${lines(n, (i) => `<tr><td>${i}</td><td>[X]</td><td>kept 30 days</td></tr>`)}\n</table>` },
  { name: 'div > p elements', formats: ['html'], n: 150, make: (n) => '<div><p>a</p></div>\n'.repeat(n) },
  { name: 'CRLF lines of placeholders, sentences and headings', formats: ALL, n: 150, make: (n) => ['[X]\r\n', 'A.\r\n', 'TBD\r\n', '# a\r\n'].map((l) => l.repeat(n)).join('') },
  { name: 'mixed-language lines', formats: ALL, n: 100, make: (n) => lines(n, (i) => ['Wir speichern Daten 30 Tage.', 'データは30日間保存します。', 'نحتفظ بالبيانات لمدة 30 يومًا.', 'Nous conservons les données.', 'We keep data for 30 days.'][i % 5]) },
  // Large enough for a quadratic pass over blocks to dominate (a list item's lead-in was found by walking back over
  // the whole run of items before it: 15x from 48 KB to 192 KB).
  { name: 'one-word list items, 48 KB', formats: ['text'], n: 12_000, factor: 4, make: (n) => '- a\n'.repeat(n) },
];

/** What the benchmark grows every shape to, in each format it applies to (`npm run bench -- --only=worst`). */
export const WORST_LIMIT = 200 * 1024;

/** The text of the most units of `c` that stays under `limit` characters (the shapes grow with their units). */
export function largestUnder(c: ScalingCase, limit: number): string {
  let lo = 1;
  let hi = 1;
  while (c.make(hi * 2).length < limit) hi *= 2;
  hi *= 2;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (c.make(mid).length < limit) lo = mid;
    else hi = mid;
  }
  return c.make(lo);
}
