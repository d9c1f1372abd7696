// The VS Code side of Policy Linter on the desktop: a thin language client. All analysis happens in the bundled server
// (dist/server.cjs, over IPC); this file starts it; the commands and the rest are common.ts, shared with the web
// build (web.ts).
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { clientOptions, NAME, startClient } from './common.ts';
import { CODE_CACHE_ARG, SERVER_NODE_ARGS } from '../../server/src/protocol.ts';

/**
 * The documents the desktop server is sent: files, unsaved (untitled) documents, and those of virtual workspaces
 * (Remote Repositories: vscode-vfs:), whose config files it reads through this client (common.ts readFile).
 */
const SCHEMES = ['file', 'untitled', 'vscode-vfs'];

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.cjs');
  // The lint process keeps V8's code cache of its bundle in the extension's storage (server/src/code-cache.ts).
  const args = [`${CODE_CACHE_ARG}${vscode.Uri.joinPath(context.globalStorageUri, 'code-cache').fsPath}`];
  const serverOptions: ServerOptions = {
    run: { module, args, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_ARGS] } },
    debug: { module, args, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_ARGS, '--nolazy', '--inspect=6019'] } },
  };
  client = new LanguageClient('policyLinter', NAME, serverOptions, clientOptions(SCHEMES));
  await startClient(context, client, SCHEMES);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
