// Writes engine/placeholders/scan-reach.json: the reach (engine/text/regex-reach.ts) of every built-in pattern the
// placeholder scan runs, read from their syntax here instead of at each start of the lint process. `--check` fails
// when the file is out of date (test/client/scan-reach-file.test.ts checks it too).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILTIN_PATTERNS } from '../../engine/placeholders/patterns.ts';
import { STRONG_WORDS } from '../../engine/placeholders/lorem.ts';
import { reachEntry, reachKey, type ScanSource } from '../../engine/placeholders/scan.ts';
import { regexReach } from '../../engine/text/regex-reach.ts';
import { writeGenerated } from './write-generated.ts';

/** Every list of sources the engine scans with patternSet(). */
export const SCANNED_SOURCES: readonly ScanSource[] = [...BUILTIN_PATTERNS, ...STRONG_WORDS];

/** The file's text: one entry per source, by key. */
export function scanReachText(sources: readonly ScanSource[] = SCANNED_SOURCES): string {
  const entries = sources.map((s) => `  ${JSON.stringify(reachKey(s))}: ${JSON.stringify(reachEntry(regexReach(s.source, s.flags)))}`);
  return `{\n${[...new Set(entries)].join(',\n')}\n}\n`;
}

export const SCAN_REACH_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'engine', 'placeholders');

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeGenerated(SCAN_REACH_DIR, 'engine/placeholders', [['scan-reach.json', scanReachText()]], 'client/scripts/scan-reach.ts');
}
