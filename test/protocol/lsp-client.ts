// A small LSP client for tests (and benches): spawns the bundled server (dist/server.cjs --stdio), keeps its own copy
// of every open document, records what the server publishes, and applies code actions the way an editor would
// (versioned workspace edits, file creation, the insertSnippet command) so tests can check the resulting text.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  FileChangeType,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  IPCMessageReader,
  IPCMessageWriter,
  CodeActionRequest,
  HoverRequest,
  type ClientCapabilities,
  type CodeAction,
  type CodeActionContext,
  type Command,
  type Diagnostic,
  type Hover,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type Registration,
  type TextDocumentContentChangeEvent,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { snippetToText } from '../../engine/fixes/insert-section.ts';
import { lint, type PolicyLinterConfig } from '../../engine/index.ts';
import { toDiagnostic } from '../../server/src/diagnostics.ts';
import { Commands, ConfigProblemNotification, type ConfigProblemParams, type InitializationOptions, type InsertSnippetArgs } from '../../server/src/protocol.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SERVER = resolve(ROOT, 'dist/server.cjs');
export const FIXTURES = resolve(ROOT, 'test/fixtures');

let built: Promise<void> | undefined;
/** Bundles the server and its lint process once per test run (the same options as esbuild.mjs, these entries only). */
export function buildServer(): Promise<void> {
  const options = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'error', alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' } } as const;
  built ??= Promise.all([
    esbuild.build({ ...options, entryPoints: [resolve(ROOT, 'server/src/main.ts')], outfile: SERVER }),
    esbuild.build({ ...options, entryPoints: [resolve(ROOT, 'server/src/lint-process.ts')], outfile: resolve(ROOT, 'dist/lint-process.cjs') }),
    esbuild.build({ ...options, entryPoints: [resolve(ROOT, 'server/src/lint-service.ts')], outfile: resolve(ROOT, 'dist/lint-service.cjs') }),
  ]).then(() => undefined);
  return built;
}

/** Resolves with the predicate's first truthy value; rejects after `timeoutMs` naming what was awaited. */
export async function waitFor<T>(predicate: () => T | undefined | null | false, timeoutMs = 10000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = predicate();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

export function fixture(name: string): string {
  return readFileSync(resolve(FIXTURES, name), 'utf8');
}

export const fileUri = (path: string) => new URL(`file://${path}`).toString();

export interface StartOptions {
  /** The "policyLinter" settings section returned for workspace/configuration (per scope URI when a function). */
  settings?: unknown | ((scopeUri: string | undefined) => unknown);
  initializationOptions?: InitializationOptions;
  /** Replaces parts of the default client capabilities. */
  capabilities?: ClientCapabilities;
  workspaceFolders?: string[];
  /** stdio (default) or Node IPC, which the VS Code client uses. */
  transport?: 'stdio' | 'ipc';
  /** Over stdio: start the server with this command line instead of `node dist/server.cjs --stdio` (as another editor would). */
  command?: { file: string; args: string[]; env?: NodeJS.ProcessEnv };
}

export interface ShownMessage {
  kind: 'showMessage' | 'configProblem';
  message: string;
}

const DEFAULT_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceFolders: true,
    workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } }, isPreferredSupport: true, dataSupport: true },
  },
};

export class LspClient {
  readonly docs = new Map<string, TextDocument>();
  /** Every publishDiagnostics, per URI, in arrival order. */
  readonly published = new Map<string, PublishDiagnosticsParams[]>();
  readonly messages: ShownMessage[] = [];
  readonly registrations: Registration[] = [];
  readonly log: string[] = [];
  stderr = '';
  settings: StartOptions['settings'];
  exited = false;

  private constructor(
    readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
    readonly initializeResult: InitializeResult,
  ) {}

  static async start(options: StartOptions = {}): Promise<LspClient> {
    if (!options.command) await buildServer();
    const ipc = options.transport === 'ipc';
    const child = ipc
      ? fork(SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] })
      : options.command
        ? spawn(options.command.file, options.command.args, { stdio: ['pipe', 'pipe', 'pipe'], env: options.command.env })
        : spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = ipc
      ? createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child))
      : createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    let client: LspClient | undefined;
    const pending: Array<(c: LspClient) => void> = [];
    const withClient = (fn: (c: LspClient) => void): void => {
      if (client) fn(client);
      else pending.push(fn);
    };
    let settings = options.settings;

    connection.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) => {
        if (item.section !== 'policyLinter') return null;
        const s = client ? client.settings : settings;
        return typeof s === 'function' ? (s as (u: string | undefined) => unknown)(item.scopeUri) : (s ?? null);
      }),
    );
    connection.onRequest(RegistrationRequest.type, (params) => {
      withClient((c) => c.registrations.push(...params.registrations));
      return undefined;
    });
    connection.onNotification(PublishDiagnosticsNotification.type, (p) =>
      withClient((c) => {
        const list = c.published.get(p.uri) ?? [];
        list.push(p);
        c.published.set(p.uri, list);
      }),
    );
    connection.onNotification(ShowMessageNotification.type, (p) => withClient((c) => c.messages.push({ kind: 'showMessage', message: p.message })));
    connection.onNotification(ConfigProblemNotification, (p: ConfigProblemParams) => withClient((c) => c.messages.push({ kind: 'configProblem', message: p.message })));
    connection.onNotification(LogMessageNotification.type, (p) => withClient((c) => c.log.push(p.message)));
    connection.listen();

    const capabilities = { ...DEFAULT_CAPABILITIES, ...options.capabilities };
    const folders = options.workspaceFolders ?? [];
    const result = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folders[0] ? fileUri(folders[0]) : null,
      workspaceFolders: folders.map((f) => ({ uri: fileUri(f), name: f })),
      capabilities,
      initializationOptions: options.initializationOptions ?? {},
    });
    client = new LspClient(child, connection, result);
    client.settings = settings;
    settings = undefined;
    child.stderr!.on('data', (d) => (client!.stderr += d));
    child.on('exit', () => (client!.exited = true));
    for (const fn of pending) fn(client);
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    try {
      await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // the server is gone already
    }
    await waitFor(() => this.exited, 3000, 'server exit').catch(() => this.process.kill());
    this.connection.dispose();
  }

  // ---- documents ----

  open(uri: string, languageId: string, text: string, version = 1): TextDocument {
    const doc = TextDocument.create(uri, languageId, version, text);
    this.docs.set(uri, doc);
    void this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
    return doc;
  }

  doc(uri: string): TextDocument {
    const d = this.docs.get(uri);
    if (!d) throw new Error(`not open: ${uri}`);
    return d;
  }

  /** Sends incremental changes (applied in order, as LSP specifies) as the next version. */
  change(uri: string, changes: TextDocumentContentChangeEvent[]): TextDocument {
    const doc = this.doc(uri);
    const version = doc.version + 1;
    TextDocument.update(doc, changes, version);
    void this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return doc;
  }

  /** Applies TextEdits (LSP semantics: all ranges refer to the current text) as one incremental change. */
  applyTextEdits(uri: string, edits: TextEdit[]): TextDocument {
    const doc = this.doc(uri);
    const ordered = edits
      .map((e, i) => ({ e, i, at: doc.offsetAt(e.range.start) }))
      .sort((a, b) => b.at - a.at || b.i - a.i)
      .map(({ e }) => ({ range: e.range, text: e.newText }));
    return this.change(uri, ordered);
  }

  close(uri: string): void {
    this.docs.delete(uri);
    void this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  // ---- what the server published ----

  latest(uri: string): PublishDiagnosticsParams | undefined {
    return this.published.get(uri)?.at(-1);
  }

  /** Waits for diagnostics published for the document's current version. */
  diagnosticsFor(uri: string, timeoutMs = 15000): Promise<PublishDiagnosticsParams> {
    const version = this.doc(uri).version;
    return waitFor(() => this.published.get(uri)?.find((p) => p.version === version), timeoutMs, `diagnostics of ${uri} version ${version}`);
  }

  // ---- requests ----

  hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
  }

  codeActions(uri: string, range: Range, context: Partial<CodeActionContext> = {}): Promise<(CodeAction | Command)[] | null> {
    return this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [], ...context } });
  }

  // ---- settings and files ----

  changeSettings(settings: StartOptions['settings']): void {
    this.settings = settings;
    void this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { policyLinter: typeof settings === 'function' ? null : settings } });
  }

  fileChanged(path: string, type: FileChangeType = FileChangeType.Changed): void {
    void this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(path), type }] });
  }

  // ---- applying code actions like an editor ----

  /**
   * Applies a workspace edit: open documents are edited in memory and the change is sent to the server; other files
   * are edited on disk. Returns false (changing nothing) when a versioned edit does not match the document's
   * version, as VS Code refuses such edits.
   */
  applyWorkspaceEdit(edit: WorkspaceEdit): boolean {
    const ops = edit.documentChanges ?? Object.entries(edit.changes ?? {}).map(([uri, edits]) => ({ textDocument: { uri, version: null }, edits }));
    for (const op of ops) {
      if ('textDocument' in op && op.textDocument.version !== null && this.docs.get(op.textDocument.uri)?.version !== op.textDocument.version) return false;
    }
    for (const op of ops) {
      if ('kind' in op) {
        if (op.kind !== 'create') throw new Error(`unexpected resource operation ${op.kind}`);
        const path = fileURLToPath(op.uri);
        if (existsSync(path) && !op.options?.overwrite) {
          if (!op.options?.ignoreIfExists) return false;
          continue;
        }
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, '');
        continue;
      }
      const edits = op.edits.map((e) => ('snippet' in e ? { range: e.range, newText: snippetToText(e.snippet.value) } : e));
      if (this.docs.has(op.textDocument.uri)) this.applyTextEdits(op.textDocument.uri, edits);
      else {
        const path = fileURLToPath(op.textDocument.uri);
        const onDisk = TextDocument.create(op.textDocument.uri, 'json', 0, existsSync(path) ? readFileSync(path, 'utf8') : '');
        writeFileSync(path, TextDocument.applyEdits(onDisk, edits));
      }
    }
    return true;
  }

  /** Runs the client side of Commands.insertSnippet: refuses when the version changed, inserts the snippets as text. */
  insertSnippet(args: InsertSnippetArgs): boolean {
    const doc = this.docs.get(args.uri);
    if (!doc || doc.version !== args.version) return false;
    this.applyTextEdits(args.uri, args.snippets.map((s) => ({ range: { start: s.position, end: s.position }, newText: snippetToText(s.snippet) })));
    return true;
  }

  /** Applies a code action's edit, then its command (as VS Code does). Returns false if either was refused. */
  applyAction(action: CodeAction | Command): boolean {
    if ('edit' in action && action.edit && !this.applyWorkspaceEdit(action.edit)) return false;
    const command = 'command' in action ? (typeof action.command === 'string' ? (action as Command) : action.command) : undefined;
    if (command) {
      if (command.command !== Commands.insertSnippet) throw new Error(`unknown command ${command.command}`);
      return this.insertSnippet(command.arguments![0] as InsertSnippetArgs);
    }
    return true;
  }
}

/** What the server should publish for `text`: a fresh in-process lint() mapped the way the server maps findings. */
export function freshDiagnostics(text: string, fileName: string, version: number, config?: PolicyLinterConfig): Diagnostic[] {
  const result = lint(text, { fileName, ...(config ? { config } : {}) });
  return JSON.parse(JSON.stringify(result.findings.map((f) => toDiagnostic(f, version))));
}

/** A compact view of diagnostics for exact comparisons: code and range as "line:char-line:char". */
export function summary(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`);
}
