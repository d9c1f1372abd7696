// Loads a CommonJS bundle through V8's code cache (vm.Script cachedData), kept in a directory the caller names (the
// editor's storage for the extension): the lint process's 2 MB bundle otherwise compiles its functions from source at
// every start, the first 50 KB lint included (docs/performance.md, "Start-up and memory"). The cache is written once,
// after the process has done its first work (so that it holds the functions that work compiled), when none could be
// used; V8 refuses a cache made by another V8 version or with other flags, and the file name carries a hash of the
// bundle, Node's version and the process's flags, so a stale cache is never read. Any failure only means no cache.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

const SUFFIX = '.v8cache';

export interface CachedLoad {
  /** Whether the cache was read and accepted. */
  readonly used: boolean;
  /** Writes the cache if none was used (once; no-op otherwise). */
  save(): void;
}

/** Runs `file` as the main module would run (exports, require, module, __filename, __dirname), compiled with the cache in `dir`. */
export function runCached(file: string, dir: string | undefined): CachedLoad {
  const source = readFileSync(file, 'utf8');
  const name = basename(file, '.cjs');
  const key = createHash('sha256').update(source).update(`\0${process.version}\0${process.arch}\0${process.execArgv.join(' ')}`).digest('hex').slice(0, 16);
  const path = dir ? join(dir, `${name}-${key}${SUFFIX}`) : undefined;
  let cachedData: Buffer | undefined;
  try {
    if (path) cachedData = readFileSync(path);
  } catch {
    /* none yet */
  }
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  const used = cachedData !== undefined && !script.cachedDataRejected;
  const module = new Module(file, require.main);
  module.filename = file;
  module.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(dirname(file));
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, (id: string) => module.require(id), module, file, dirname(file));
  let saved = used || !path;
  return {
    used,
    save() {
      if (saved) return;
      saved = true;
      try {
        mkdirSync(dir!, { recursive: true });
        for (const f of readdirSync(dir!)) if (f.startsWith(`${name}-`) && f.endsWith(SUFFIX) && f !== basename(path!)) unlinkSync(join(dir!, f)); // older bundles'
        const temporary = `${path}.${process.pid}`;
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, path!); // whole or not at all, also when two servers write at once
      } catch {
        /* no cache: the next start compiles from source, as without one */
      }
    },
  };
}
