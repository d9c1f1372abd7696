// How large a document can be linted in a given amount of memory. lint() needs memory in proportion to the text:
// remark's syntax tree, the outline and every finding are built at once. The figures come from
// `npm run bench -- --only=memory` (docs/performance.md: the smallest V8 heap in which lint() completes, per KB of
// text): a realistic policy needs about 100 KB per KB of Markdown, 35 of HTML, 10 of plain text, and the densest
// shapes measured up to 250 KB per KB of HTML and 150 of plain text. The figures cover realistic Markdown three times
// over and every measured shape of HTML and plain text. Markdown made of tens of thousands of tiny blocks (one-word
// list items, headings, table rows, quotes) needs 700-3,000 KB per KB and minutes of CPU: in the server such a
// document runs into its deadline or the lint process's heap and gets one information diagnostic; sizing the limit
// for it would refuse realistic policies over half a megabyte.
// test/robustness/memory.test.ts checks that the inputs these figures cover still fit in what they promise.
import type { Format } from './types.ts';

/** KB of heap lint() needs per KB of text (UTF-16 code units), at most, by format. */
export const LINT_HEAP_PER_KB: ReadonlyMap<Format, number> = new Map<Format, number>([
  ['markdown', 300],
  ['text', 170],
  ['html', 250],
]);

/** Heap a lint needs whatever the text: the engine's code and compiled lexicons (MB). */
export const LINT_BASE_HEAP_MB = 64;

const NAMES = new Map<Format, string>([['markdown', 'Markdown'], ['text', 'plain text'], ['html', 'HTML']]);

/** The most characters of `format` a lint can take with a heap of `heapMb` MB. */
export function maxLintChars(format: Format, heapMb: number): number {
  return Math.max(0, Math.floor(((heapMb - LINT_BASE_HEAP_MB) * 1024 * 1024) / LINT_HEAP_PER_KB.get(format)! / 1024)) * 1024;
}

const mb = (chars: number) => `${(chars / 1024 / 1024).toFixed(1)} MB`;

/**
 * Why a text of `chars` characters is too large to lint as `format` in `heapMb` MB, as the end of a sentence
 * ("is 19.0 MB, larger than the 11.0 MB limit for Markdown (...)"), or undefined when it fits.
 */
export function tooLargeToLint(chars: number, format: Format, heapMb: number): string | undefined {
  const max = maxLintChars(format, heapMb);
  if (chars <= max) return undefined;
  const name = NAMES.get(format)!;
  return `is ${mb(chars)}, larger than the ${mb(max)} limit for ${name} (checking ${name} takes up to ${LINT_HEAP_PER_KB.get(format)} KB of memory per KB of text)`;
}
