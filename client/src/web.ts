// The VS Code side of Policy Linter in the browser (vscode.dev, github.dev, code-server's web extension host): the
// language server runs in a Web Worker (dist/web/server.js), and lints in a worker of its own (dist/web/lint-worker.js).
// The server has no file system: it asks for .policy-linter.json files (ReadFileRequest), which common.ts reads
// through vscode.workspace.fs, whatever the workspace's file system is.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { clientOptions, NAME, startClient } from './common.ts';
import type { WebInitializationOptions } from '../../server/src/protocol.ts';

let client: LanguageClient | undefined;
let worker: Worker | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverUrl = vscode.Uri.joinPath(context.extensionUri, 'dist/web/server.js').toString(true);
  const extra: WebInitializationOptions = { lintWorkerUrl: vscode.Uri.joinPath(context.extensionUri, 'dist/web/lint-worker.js').toString(true) };
  // A function: a restart (after trust is granted) starts a fresh worker; the old one is stopped.
  const serverOptions = () => {
    worker?.terminate();
    worker = new Worker(serverUrl);
    return Promise.resolve(worker);
  };
  const lc = new LanguageClient('policyLinter', NAME, serverOptions, clientOptions(undefined, { ...extra }));
  client = lc;
  await startClient(context, lc, undefined);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
  worker?.terminate();
  worker = undefined;
}
