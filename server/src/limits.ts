// Inputs the server does not lint: binary data and very large documents (they would freeze the editor's server).

/** Larger documents are not linted (UTF-16 code units, ~10 MB). */
export const MAX_LINT_CHARS = 10 * 1024 * 1024;
/** How much of the start of a document is sampled for NUL characters. */
const SAMPLE = 64 * 1024;

/** Why `text` is not linted, or undefined when it can be. */
export function checkSize(text: string): string | undefined {
  if (text.length > MAX_LINT_CHARS) {
    return `Policy Linter did not check this document: it is ${(text.length / 1024 / 1024).toFixed(1)} MB, more than the ${MAX_LINT_CHARS / 1024 / 1024} MB limit.`;
  }
  const sample = text.slice(0, SAMPLE);
  let nul = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0) nul++;
  if (nul > 0 && nul * 100 >= sample.length) return 'Policy Linter did not check this document: it looks like binary data (it contains NUL characters), not text.';
  return undefined;
}
