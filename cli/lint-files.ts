// Lints the files of a run: results of unchanged files come from the cache (--cache); the rest are linted on the
// main thread or, when there is enough work for several, on worker threads (--jobs, cli/pool.ts). Outcomes come
// back in the order of the tasks whatever the number of threads, so output is the same for any --jobs.
import { readFileSync, statSync } from 'node:fs';
import type { FileConfig } from '../engine/config/load.ts';
import { contentHash, type ResultCache } from './cache.ts';
import { describeError } from './files.ts';
import { lintBytes, type FileOutcome } from './lint-file.ts';
import { MAX_FILE_BYTES } from './read.ts';

export interface LintTask {
  /** The name shown to the user. */
  path: string;
  /** Absolute path; '' for stdin without --stdin-filename. */
  abs: string;
  /** Given for stdin; files are read when they are linted. */
  bytes?: Uint8Array;
  config: FileConfig;
}

export interface LintFilesOptions {
  /** Most threads to lint on (--jobs). */
  jobs: number;
  cache?: ResultCache;
}

/**
 * Below this much text per thread a worker costs more than it saves: each one loads the bundle, compiles the
 * engine's patterns and warms up its own JIT (~0.45 s of CPU), about what 400 KB of text costs to lint. Such runs
 * are linted on the main thread, which then never loads worker_threads.
 */
export const MIN_BYTES_PER_THREAD = 512 * 1024;

/** How many threads to lint files of these sizes on, at most `jobs`; 1 means the main thread. */
export function threadsFor(jobs: number, sizes: number[]): number {
  const total = sizes.reduce((a, b) => a + b, 0);
  return Math.max(1, Math.min(jobs, sizes.length, Math.floor(total / MIN_BYTES_PER_THREAD)));
}

const tooLarge = (path: string): FileOutcome => ({ failure: `${path} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` });
const unreadable = (path: string, e: unknown): FileOutcome => ({ failure: `cannot read ${path}: ${describeError(e)}` });

export async function lintFiles(tasks: LintTask[], options: LintFilesOptions): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(tasks.length);
  const configKeys = new Map<FileConfig, string>();
  const configKey = (fc: FileConfig) => {
    let key = configKeys.get(fc);
    if (key === undefined) configKeys.set(fc, (key = JSON.stringify(fc.config ?? null)));
    return key;
  };
  const { cache } = options;
  /** Files to lint, with their sizes; bytes already read (stdin, or read to hash for the cache) and hashes by task. */
  const pending: number[] = [];
  const sizes: number[] = [];
  const bytesOf = new Map<number, Uint8Array>();
  const hashOf = new Map<number, string>();

  for (const [i, t] of tasks.entries()) {
    if (t.bytes) {
      bytesOf.set(i, t.bytes);
      pending.push(i);
      sizes.push(t.bytes.length);
      continue;
    }
    let size: number;
    try {
      size = statSync(t.abs).size;
    } catch (e) {
      outcomes[i] = unreadable(t.path, e);
      continue;
    }
    if (size > MAX_FILE_BYTES) {
      outcomes[i] = tooLarge(t.path);
      continue;
    }
    if (cache) {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(t.abs);
      } catch (e) {
        outcomes[i] = unreadable(t.path, e);
        continue;
      }
      const hash = contentHash(bytes);
      const hit = cache.get(t.abs, hash, contentHash(configKey(t.config)));
      if (hit) {
        outcomes[i] = hit;
        continue;
      }
      bytesOf.set(i, bytes);
      hashOf.set(i, hash);
    }
    pending.push(i);
    sizes.push(size);
  }

  const load = (i: number): Uint8Array | FileOutcome => {
    const bytes = bytesOf.get(i);
    if (bytes) {
      bytesOf.delete(i);
      return bytes;
    }
    try {
      const read = readFileSync(tasks[i].abs);
      return read.length > MAX_FILE_BYTES ? tooLarge(tasks[i].path) : read;
    } catch (e) {
      return unreadable(tasks[i].path, e);
    }
  };

  const threads = threadsFor(options.jobs, sizes);
  if (threads <= 1) {
    for (const i of pending) {
      const { path, config } = tasks[i];
      const bytes = load(i);
      outcomes[i] = bytes instanceof Uint8Array ? lintBytes(bytes, path, config.config, config.resolved) : bytes;
    }
  } else {
    const { lintInWorkers } = await import('./pool.ts');
    const results = await lintInWorkers(
      pending.length,
      threads,
      (k) => {
        const i = pending[k];
        const { path, config } = tasks[i];
        const bytes = load(i);
        return bytes instanceof Uint8Array ? { path, bytes, config: config.config, configKey: configKey(config) } : bytes;
      },
      (k) => tasks[pending[k]].path,
    );
    results.forEach((outcome, k) => (outcomes[pending[k]] = outcome));
  }

  if (cache) {
    for (const [i, hash] of hashOf) {
      const outcome = outcomes[i];
      // A failed rule is reported again next time rather than remembered as clean.
      if ('findings' in outcome && !outcome.problems.length) cache.set(tasks[i].abs, hash, contentHash(configKey(tasks[i].config)), outcome);
    }
  }
  return outcomes;
}
