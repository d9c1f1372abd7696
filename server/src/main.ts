// Entry point of dist/server.cjs. The transport (--stdio, --node-ipc, --socket=N) comes from the command line.
// Lints run in a child process, dist/lint-process.cjs, bundled beside this file. It is started first, before the rest
// of the server is loaded: its start-up (Node, its bundle, the warm-up lint) is most of the time before a document's
// first diagnostics, and this way it runs beside the server's own loading and the client's initialize instead of
// after them (docs/performance.md, "First diagnostics"). The server itself (node-server.ts) is imported dynamically,
// which esbuild bundles as a module evaluated only when imported: after the fork.
import { join } from 'node:path';
import { ProcessLintHost } from './process-host.ts';
import { CODE_CACHE_ARG } from './protocol.ts';

/** What the lint host logs before the server's log exists (its "engine ready" line, if it comes first). */
const early: string[] = [];
let log: (message: string) => void = (message) => {
  early.push(message);
};
// `--code-cache=DIR` (the VS Code client passes its global storage): where the lint process keeps V8's code cache.
const codeCacheDir = process.argv.find((a) => a.startsWith(CODE_CACHE_ARG))?.slice(CODE_CACHE_ARG.length) || undefined;
const host = new ProcessLintHost(join(__dirname, 'lint-process.cjs'), { log: (message) => log(message), codeCacheDir });
host.start();

void import('./node-server.ts').then(({ runNodeServer }) =>
  runNodeServer(host, (serverLog) => {
    log = serverLog;
    for (const message of early.splice(0)) serverLog(message);
  }),
);
