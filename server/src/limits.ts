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
  // Checked for every edit: most texts have no NUL at all, which indexOf finds at native speed.
  const first = text.indexOf('\0');
  if (first < 0 || first >= SAMPLE) return undefined;
  const sample = Math.min(text.length, SAMPLE);
  let nul = 0;
  for (let i = first; i < sample; i++) if (text.charCodeAt(i) === 0) nul++;
  if (nul * 100 >= sample) return 'Policy Linter did not check this document: it looks like binary data (it contains NUL characters), not text.';
  return undefined;
}
