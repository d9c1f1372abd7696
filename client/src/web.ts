// The VS Code side of Policy Linter in the browser (vscode.dev, github.dev, code-server's web extension host): the
// language server runs in a Web Worker (dist/web/server.js), and lints in a worker of its own (dist/web/lint-worker.js).
// The server has no file system: it asks for .policy-linter.json files (ReadFileRequest), which common.ts reads
// through vscode.workspace.fs, whatever the workspace's file system is.
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { clientOptions, NAME, startClient } from './common.ts';
import type { WebInitializationOptions } from '../../server/src/protocol.ts';

let client: LanguageClient | undefined;
let worker: Worker | undefined;

/**
 * A URL a worker can be started from. In the web extension host of a workbench served with a remote (code-server,
 * openvscode-server) the extension's files are vscode-remote: URIs, which that host's Worker refuses ("Creating
 * workers from remote extensions is currently not supported"); its fetch resolves them to the address the server
 * serves them at, which the response tells.
 */
async function workerUrl(uri: vscode.Uri): Promise<string> {
  const url = uri.toString(true);
  if (uri.scheme !== 'vscode-remote') return url;
  const response = await fetch(url);
  void response.body?.cancel();
  return response.ok && response.url ? response.url : url;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const [serverUrl, lintWorkerUrl] = await Promise.all(['server.js', 'lint-worker.js'].map((f) => workerUrl(vscode.Uri.joinPath(context.extensionUri, 'dist/web', f))));
  const extra: WebInitializationOptions = { lintWorkerUrl };
  // A function: a restart (after trust is granted) starts a fresh worker; the old one is stopped.
  // Transports rather than the worker itself: the client tells a worker by `instanceof Worker`, and the web
  // extension host replaces Worker by a function whose instances are not its own, so a worker returned here would be
  // taken for transports and the client would fail to start.
  const serverOptions = (): Promise<MessageTransports> => {
    worker?.terminate();
    worker = new Worker(serverUrl);
    return Promise.resolve({ reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) });
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
