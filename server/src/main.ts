// Entry point of dist/server.cjs. The transport (--stdio, --node-ipc, --socket=N) comes from the command line.
// Lints run in a child process, dist/lint-process.cjs, bundled beside this file; config files are read from disk.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { join } from 'node:path';
import { startServer } from './server.ts';
import { ProcessLintHost } from './process-host.ts';
import { NodeConfigFiles } from './node-config-files.ts';

const connection = createConnection(ProposedFeatures.all);
// A bug must not take the server down with it: log it and keep serving.
process.on('uncaughtException', (err) => connection.console.error(`Policy Linter: uncaught error: ${err?.stack ?? err}`));
process.on('unhandledRejection', (err) => connection.console.error(`Policy Linter: unhandled rejection: ${(err as Error)?.stack ?? err}`));
startServer(connection, {
  createHost: (log) => {
    const host = new ProcessLintHost(join(__dirname, 'lint-process.cjs'), { log });
    host.start(); // the engine warms up in the lint process while the client initializes
    return host;
  },
  createConfigFiles: () => new NodeConfigFiles(),
});
