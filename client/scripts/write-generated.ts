// Writes generated files (snippets, rule docs) when run as a script, or with --check lists the stale ones and fails:
// the one place the generator scripts share their command-line behaviour.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes each [name, text] into `dir` (or with --check reports the ones that differ); exits 1 when any was stale. */
export function writeGenerated(dir: string, label: string, files: Iterable<[string, string]>, script: string): never {
  const check = process.argv.includes('--check');
  let stale = 0;
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of files) {
    const path = join(dir, name);
    let old = '';
    try {
      old = readFileSync(path, 'utf8');
    } catch {
      /* not written yet */
    }
    if (old === text) continue;
    if (check) {
      stale++;
      console.error(`${label}/${name} is out of date: run npx tsx ${script}`);
    } else writeFileSync(path, text);
  }
  process.exit(stale ? 1 : 0);
}
