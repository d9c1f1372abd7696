// Reading files in the CLI: decoding (engine/text/decode.ts, shared with the editor's Lint Workspace) and the memory
// a lint may use in this process.
import { getHeapStatistics } from 'node:v8';
import { formatFor } from '../engine/parse/index.ts';
import { tooLargeToLint } from '../engine/limits.ts';

export { decodeText, MAX_FILE_BYTES, type Decoded } from '../engine/text/decode.ts';

/** This process's heap limit (MB): what one lint may use at most. */
const HEAP_MB = Math.floor(getHeapStatistics().heap_size_limit / 1024 / 1024);

/**
 * Why `text` (of the file `fileName`) is too large to lint in this process's memory, or undefined. Linting it would
 * end the whole run with V8's "heap out of memory" crash; refused, it is one line and the other files are linted.
 */
export function tooLargeForMemory(text: string, fileName: string): string | undefined {
  return tooLargeToLint(text.length, formatFor(fileName), HEAP_MB);
}
