// Inputs the server does not lint: binary data, and documents too large for the memory a lint may use (the lint
// host's heap; the limit per format comes from measured memory per KB, engine/limits.ts).
import { tooLargeToLint } from '../../engine/limits.ts';
import type { Format } from '../../engine/index.ts';

/** How much of the start of a document is sampled for NUL characters. */
const SAMPLE = 64 * 1024;

/** Why `text` is not linted as `format` with `heapMb` MB of heap, or undefined when it can be. */
export function checkSize(text: string, format: Format, heapMb: number): string | undefined {
  const tooLarge = tooLargeToLint(text.length, format, heapMb);
  if (tooLarge) return `Policy Linter did not check this document: it ${tooLarge}.`;
  const sample = text.slice(0, SAMPLE);
  let nul = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0) nul++;
  if (nul > 0 && nul * 100 >= sample.length) return 'Policy Linter did not check this document: it looks like binary data (it contains NUL characters), not text.';
  return undefined;
}
