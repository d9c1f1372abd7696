// Entry point of dist/server.cjs. The transport (--stdio, --node-ipc, --socket=N) comes from the command line.
// Lints run in a child process, dist/lint-process.cjs, bundled beside this file; config files are read from disk.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { join } from 'node:path';
import { startServer } from './server.ts';
import { ProcessLintHost } from './process-host.ts';
import { NodeConfigFiles } from './node-config-files.ts';
import { ClientConfigFiles } from './config-files.ts';
import { ReadFileRequest, type InitializationOptions, type ReadFileParams, type ReadFileResult } from './protocol.ts';

const connection = createConnection(ProposedFeatures.all);
/** Whether the client reads files for the server (config files of virtual workspaces). */
let clientReads = false;
// A bug must not take the server down with it: log it and keep serving.
process.on('uncaughtException', (err) => connection.console.error(`Policy Linter: uncaught error: ${err?.stack ?? err}`));
process.on('unhandledRejection', (err) => connection.console.error(`Policy Linter: unhandled rejection: ${(err as Error)?.stack ?? err}`));
startServer(connection, {
  createHost: (log) => {
    const host = new ProcessLintHost(join(__dirname, 'lint-process.cjs'), { log });
    host.start(); // the engine warms up in the lint process while the client initializes
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
