// The language server in Node (main.ts starts its lint host first, then loads this). Config files are read from disk.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.ts';
import type { ProcessLintHost } from './process-host.ts';
import { NodeConfigFiles } from './node-config-files.ts';
import { ClientConfigFiles } from './config-files.ts';
import { ReadFileRequest, type InitializationOptions, type ReadFileParams, type ReadFileResult } from './protocol.ts';

/** Serves LSP on the command line's transport, linting on `host` (already started); `attachLog` gets the server's log. */
export function runNodeServer(host: ProcessLintHost, attachLog: (log: (message: string) => void) => void): void {
  const connection = createConnection(ProposedFeatures.all);
  /** Whether the client reads files for the server (config files of virtual workspaces). */
  let clientReads = false;
  // A bug must not take the server down with it: log it and keep serving.
  process.on('uncaughtException', (err) => connection.console.error(`Policy Linter: uncaught error: ${err?.stack ?? err}`));
  process.on('unhandledRejection', (err) => connection.console.error(`Policy Linter: unhandled rejection: ${(err as Error)?.stack ?? err}`));
  startServer(connection, {
    createHost: (log) => {
      attachLog(log);
      return host;
    },
    createConfigFiles: (c) => {
      const remote = new ClientConfigFiles((uri) => c.sendRequest<ReadFileResult>(ReadFileRequest, { uri } satisfies ReadFileParams));
      return new NodeConfigFiles(() => (clientReads ? remote : undefined));
    },
    initialize: (params) => {
      clientReads = (params.initializationOptions as InitializationOptions | undefined)?.readFileRequest === true;
    },
  });
}
