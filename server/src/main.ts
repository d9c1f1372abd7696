// Entry point of dist/server.cjs. The transport (--stdio, --node-ipc, --socket=N) comes from the command line.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.ts';

const connection = createConnection(ProposedFeatures.all);
// A bug must not take the server down with it: log it and keep serving.
process.on('uncaughtException', (err) => connection.console.error(`Policy Linter: uncaught error: ${err?.stack ?? err}`));
process.on('unhandledRejection', (err) => connection.console.error(`Policy Linter: unhandled rejection: ${(err as Error)?.stack ?? err}`));
startServer(connection);
