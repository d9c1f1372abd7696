// How large a document can be linted in a given amount of memory. lint() needs memory in proportion to the text:
// remark's syntax tree, the outline and every finding are built at once. The figures are measured with
// `npm run bench -- --only=memory` (docs/performance.md): the smallest V8 heap in which lint() still completes,
// per KB of text, on the most memory-hungry inputs found for each format (tables, lists and headings in Markdown,
// dense elements in HTML, dense placeholders in plain text). A realistic policy needs a third of that or less.
// test/robustness/memory.test.ts checks that lint() fits in what these figures promise.
import type { Format } from './types.ts';

/** KB of heap lint() needs per KB of text (UTF-16 code units), at most, by format. */
export const LINT_HEAP_PER_KB: ReadonlyMap<Format, number> = new Map<Format, number>([
  ['markdown', 380],
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
