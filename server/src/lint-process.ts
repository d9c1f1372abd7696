// Entry of dist/lint-process.cjs, the child process the language server lints in (process-host.ts). It runs the lint
// service (lint-service.ts, bundled beside it as dist/lint-service.cjs) through V8's code cache (code-cache.ts) in the
// directory the server was given (`--code-cache=DIR`, which the VS Code client passes: the extension's global storage);
// without one, the service is compiled from source as any module is. Compiling it was a fifth to a third of the time
// from the process's start to the first diagnostics of a 50 KB policy (docs/performance.md, "Start-up and memory").
import { join } from 'node:path';
import { runCached } from './code-cache.ts';
import { CODE_CACHE_ARG } from './protocol.ts';
import type { ChildMessage } from './lint-host.ts';

/** The cache is written once the first jobs are answered and none has come for this long. */
const SAVE_AFTER_MS = 500;

const dir = process.argv.find((a) => a.startsWith(CODE_CACHE_ARG))?.slice(CODE_CACHE_ARG.length);
const loaded = runCached(join(__dirname, 'lint-service.cjs'), dir || undefined);
if (dir) process.send!({ type: 'code-cache', used: loaded.used } satisfies ChildMessage);
if (dir && !loaded.used) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    (timer = setTimeout(() => {
      process.off('message', later);
      loaded.save();
    }, SAVE_AFTER_MS)).unref();
  };
  process.on('message', later);
}
