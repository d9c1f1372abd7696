// The documents under a folder, for tests that run over every fixture, example and seed policy.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { LINTABLE_EXTENSIONS } from '../engine/detect.ts';

/** Files under `dir` (none when it does not exist) whose extension is one of `extensions`; hidden and node_modules skipped. */
export function documentFiles(dir: string, extensions: readonly string[] = LINTABLE_EXTENSIONS): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    if (statSync(path).isDirectory()) return documentFiles(path, extensions);
    return extensions.includes(extname(name).toLowerCase()) ? [path] : [];
  });
}
