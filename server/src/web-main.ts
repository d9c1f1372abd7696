// Entry point of dist/web/server.js: the language server in a Web Worker (vscode.dev, github.dev, code-server's web
// extension host). The same server as dist/server.cjs (server.ts); what differs is the platform: lints run in a
// nested Web Worker (worker-host.ts → dist/web/lint-worker.js), and config files are read through the client
// (config-files.ts), which has vscode.workspace.fs.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from './server.ts';
import { WorkerLintHost, type LintWorker } from './worker-host.ts';
import { ClientConfigFiles } from './config-files.ts';
import { runLintJob } from './lint-job.ts';
import { ReadFileRequest, type ReadFileParams, type ReadFileResult, type WebInitializationOptions } from './protocol.ts';

interface WorkerGlobals {
  location: { href: string };
  Worker: new (url: string) => LintWorker;
  Blob: new (parts: string[], options: { type: string }) => unknown;
  URL: { createObjectURL(blob: unknown): string } & (new (url: string, base: string) => { href: string });
  addEventListener(type: 'error' | 'unhandledrejection', listener: (e: { message?: string; reason?: unknown; preventDefault(): void }) => void): void;
}
const scope = globalThis as unknown as WorkerGlobals;

const connection = createConnection(new BrowserMessageReader(scope as never), new BrowserMessageWriter(scope as never));
// A bug must not take the server down with it: log it and keep serving.
scope.addEventListener('error', (e) => {
  e.preventDefault();
  connection.console.error(`Policy Linter: uncaught error: ${e.message}`);
});
scope.addEventListener('unhandledrejection', (e) => {
  e.preventDefault();
  connection.console.error(`Policy Linter: unhandled rejection: ${(e.reason as Error)?.stack ?? e.reason}`);
});

let lintWorkerUrl: string | undefined;

/**
 * The lint worker, started from a blob that imports the script: a worker may only be started from its own origin,
 * and the extension's files are served from another one on vscode.dev.
 */
function spawnLintWorker(): LintWorker {
  const url = lintWorkerUrl ?? new scope.URL('lint-worker.js', scope.location.href).href;
  const boot = new scope.Blob([`importScripts(${JSON.stringify(url)});`], { type: 'application/javascript' });
  return new scope.Worker(scope.URL.createObjectURL(boot));
}

startServer(connection, {
  createHost: (log) => new WorkerLintHost(spawnLintWorker, runLintJob, log),
  createConfigFiles: (c) => new ClientConfigFiles((uri) => c.sendRequest<ReadFileResult>(ReadFileRequest, { uri } satisfies ReadFileParams)),
  initialize: (params) => {
    const url = (params.initializationOptions as WebInitializationOptions | undefined)?.lintWorkerUrl;
    if (typeof url === 'string' && url) lintWorkerUrl = url;
  },
});
