// What the desktop client (extension.ts) and the web client (web.ts) share: commands, notifications and snippet
// insertion, given a started-or-starting language client. No Node built-in and no Node-only module here: this is
// bundled into dist/web/client.js too.
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import {
  Commands,
  ConfigProblemNotification,
  DOCUMENT_LANGUAGES,
  LintDocumentRequest,
  MissingSectionsRequest,
  ReadFileRequest,
  type ConfigProblemParams,
  type InitializationOptions,
  type InsertSectionArgs,
  type InsertSnippetArgs,
  type ReplaceAllArgs,
  type LintDocumentParams,
  type LintDocumentResult,
  type MissingSection,
  type MissingSectionsParams,
  type MissingSectionsResult,
  type ReadFileParams,
  type ReadFileResult,
} from '../../server/src/protocol.ts';
import { MAX_CONFIG_BYTES } from '../../engine/config/parse.ts';
import { combineSnippets } from './snippets.ts';
import { QuietRegions } from './quiet.ts';
import { registerCoverage } from './coverage.ts';
import { registerLintWorkspace } from './workspace.ts';
import { ruleDocsTarget } from './rule-docs.ts';

export const NAME = 'Policy Linter';

/** Sections just inserted and still being filled in: their placeholders are reported once the author is done. */
const quiet = new QuietRegions();
/** Per document, the last diagnostics the server sent and the function that shows them, to show them all when a region ends. */
const received = new Map<string, { diagnostics: vscode.Diagnostic[]; show: (uri: vscode.Uri, d: vscode.Diagnostic[]) => void }>();

const ruleOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? d.code.value : d.code);

/** The diagnostics to show now: without the placeholders inside a section the author is still filling in. */
function visible(uri: vscode.Uri, diagnostics: vscode.Diagnostic[]): vscode.Diagnostic[] {
  const key = uri.toString();
  const doc = quiet.active(key) ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === key) : undefined;
  if (!doc) return diagnostics;
  return diagnostics.filter((d) => ruleOf(d) !== 'placeholder' || !quiet.holds(key, doc.offsetAt(d.range.start), doc.offsetAt(d.range.end)));
}

/** A quiet region ended: show everything the server last reported. */
function release(key: string): void {
  const last = received.get(key);
  if (last) last.show(vscode.Uri.parse(key), last.diagnostics);
}

/**
 * The client options of both builds. `schemes`: the URI schemes of documents the server is sent (the desktop's
 * server reads file: documents; the web's any workspace's, vscode-vfs: on github.dev included); undefined: any.
 */
export function clientOptions(schemes: readonly string[] | undefined, extra: Record<string, unknown> = {}): LanguageClientOptions {
  const forLanguage = (language: string) => (schemes ? schemes.map((scheme) => ({ scheme, language })) : [{ language }]);
  return {
    // .policy-linter.json is synced too (never linted), so that "Mark … not applicable in .policy-linter.json" edits
    // the open buffer, with its version, rather than the file on disk under the user's unsaved changes.
    documentSelector: [
      ...DOCUMENT_LANGUAGES.flatMap(forLanguage),
      ...(schemes ? schemes.filter((s) => s !== 'untitled').map((scheme) => ({ scheme, pattern: '**/.policy-linter.json' })) : [{ pattern: '**/.policy-linter.json' }]),
    ],
    // A function, so that a restart after trust is granted sends the new value.
    initializationOptions: (): InitializationOptions => ({
      trusted: vscode.workspace.isTrusted,
      snippetCommand: true,
      configProblemNotification: true,
      readFileRequest: true,
      ruleDocsCommand: true,
      diagnosticsInHover: true,
      ...extra,
    }),
    // Hovers link to rule pages through Commands.showRuleDocs; no other command may run from a hover.
    markdown: { isTrusted: { enabledCommands: [Commands.showRuleDocs] } },
    // Settings are pulled by the server (workspace/configuration) and .policy-linter.json watchers are registered by it.
    outputChannelName: NAME,
    middleware: {
      // VS Code's Markdown extension outlines Markdown headings already: a second outline of the same headings would
      // only repeat them (other editors get the server's symbols for every format).
      provideDocumentSymbols: (document, token, next) => (document.languageId === 'markdown' ? undefined : next(document, token)),
      handleDiagnostics: (uri, diagnostics, next) => {
        received.set(uri.toString(), { diagnostics, show: next });
        next(uri, visible(uri, diagnostics));
      },
    },
  };
}

/** Registers what both builds do with a language client, and starts it. */
export async function startClient(context: vscode.ExtensionContext, lc: BaseLanguageClient, schemes: readonly string[] | undefined): Promise<void> {
  const shown = new Set<string>();
  context.subscriptions.push(
    lc.onNotification(ConfigProblemNotification, (p: ConfigProblemParams) => {
      if (shown.has(p.message)) return;
      shown.add(p.message);
      void vscode.window.showWarningMessage(`${NAME}: ${p.message}`);
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void restart(lc)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      const key = e.document.uri.toString();
      if (quiet.changed(key, e.contentChanges.map((c) => ({ offset: c.rangeOffset, length: c.rangeLength, inserted: c.text.length })))) release(key);
    }),
    vscode.window.onDidChangeTextEditorSelection((e) => {
      const key = e.textEditor.document.uri.toString();
      if (quiet.selected(key, e.selections.map((s) => e.textEditor.document.offsetAt(s.active)))) release(key);
    }),
    vscode.workspace.onDidCloseTextDocument((d) => {
      quiet.end(d.uri.toString());
      received.delete(d.uri.toString());
    }),
    vscode.commands.registerCommand(Commands.restartServer, () => restart(lc)),
    vscode.commands.registerCommand(Commands.lintFile, () => lintFile(lc, schemes)),
    vscode.commands.registerCommand(Commands.insertSections, () => insertSections(lc, schemes)),
    vscode.commands.registerCommand(Commands.insertSnippet, (args: InsertSnippetArgs) => insertSnippet(args)),
    vscode.commands.registerCommand(Commands.replaceAll, (args: ReplaceAllArgs) => replaceAll(args)),
    vscode.commands.registerCommand(Commands.insertSection, (args: InsertSectionArgs) => insertSection(lc, args)),
    vscode.commands.registerCommand(Commands.showRuleDocs, (args: unknown) => showRuleDocs(context.extensionUri, args)),
    lc.onRequest(ReadFileRequest, (p: ReadFileParams) => readFile(p)),
  );
  registerCoverage(context, lc, schemes);
  registerLintWorkspace(context, lc, schemes, NAME);
  await lc.start();
}

/** Stops the server and starts a new one (the Node client's restart(), which the browser client lacks). */
async function restart(lc: BaseLanguageClient): Promise<void> {
  if (lc.isRunning()) await lc.stop();
  await lc.start();
}

/** The active editor when it shows a document the server handles; otherwise says why not. */
function policyEditor(schemes: readonly string[] | undefined): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(`${NAME}: open a policy document first.`);
    return undefined;
  }
  const doc = editor.document;
  if (!DOCUMENT_LANGUAGES.includes(doc.languageId) || (schemes && !schemes.includes(doc.uri.scheme))) {
    void vscode.window.showInformationMessage(
      `${NAME} checks Markdown, plain text, HTML and web template files; this document is "${doc.languageId}". Change its language mode to lint it.`,
    );
    return undefined;
  }
  return editor;
}

async function lintFile(lc: BaseLanguageClient, schemes: readonly string[] | undefined): Promise<void> {
  const editor = policyEditor(schemes);
  if (!editor) return;
  const params: LintDocumentParams = { uri: editor.document.uri.toString() };
  const name = vscode.workspace.asRelativePath(editor.document.uri);
  try {
    const result = await lc.sendRequest<LintDocumentResult | null>(LintDocumentRequest, params);
    if (!result) {
      void vscode.window.showWarningMessage(`${NAME}: ${name} could not be linted (it changed meanwhile or is not open). Try again.`);
    } else if (result.skipped) {
      void vscode.window.showWarningMessage(`${NAME}: ${name} was not linted: ${result.skipped}`);
    } else {
      vscode.window.setStatusBarMessage(`${NAME}: ${result.findings} problem${result.findings === 1 ? '' : 's'} in ${name}`, 5000);
      if (result.findings) await vscode.commands.executeCommand('workbench.actions.view.problems');
    }
  } catch (err) {
    void vscode.window.showErrorMessage(`${NAME}: could not lint ${editor.document.fileName}: ${(err as Error).message}`);
  }
}

/** The sections the document lacks, from the server; undefined (the user has been told why) when there is no answer. */
async function missingSectionsOf(lc: BaseLanguageClient, uri: string): Promise<MissingSectionsResult | undefined> {
  try {
    const result = await lc.sendRequest<MissingSectionsResult | null>(MissingSectionsRequest, { uri } satisfies MissingSectionsParams);
    if (result) return result;
    void vscode.window.showWarningMessage(`${NAME}: the document was closed before it could be analysed.`);
  } catch (err) {
    void vscode.window.showErrorMessage(`${NAME}: could not compute the missing sections: ${(err as Error).message}`);
  }
  return undefined;
}

async function insertSections(lc: BaseLanguageClient, schemes: readonly string[] | undefined): Promise<void> {
  const editor = policyEditor(schemes);
  if (!editor) return;
  const uri = editor.document.uri.toString();
  const result = await missingSectionsOf(lc, uri);
  if (!result) return;
  if (!result.sections.length) {
    void vscode.window.showInformationMessage(`${NAME}: no required section is missing.`);
    return;
  }
  type Item = vscode.QuickPickItem & { section: MissingSection };
  const items: Item[] = result.sections.map((section) => ({ label: section.title, description: section.topic, picked: true, section }));
  const picked = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: `${NAME}: insert missing sections`,
    placeHolder: 'Sections to insert (each goes where such a section usually sits)',
  });
  if (!picked?.length) return;
  const snippets = picked.flatMap(({ section: s }) => [{ position: s.position, snippet: s.snippet }, ...(s.tocEntry ? [s.tocEntry] : [])]);
  await insertSnippet({ uri, version: result.version, snippets });
}

/** Inserts the section of one missing requirement (the coverage view's click on it). */
async function insertSection(lc: BaseLanguageClient, args: InsertSectionArgs): Promise<boolean> {
  if (!args?.uri || !args.requirement) return false;
  const result = await missingSectionsOf(lc, args.uri);
  if (!result) return false;
  const section = result.sections.find((s) => s.topic === args.requirement);
  if (!section) {
    void vscode.window.showInformationMessage(`${NAME}: there is no "${args.title}" section to insert (the document covers it now, or its rule is turned off).`);
    return false;
  }
  return insertSnippet({ uri: args.uri, version: result.version, snippets: [{ position: section.position, snippet: section.snippet }, ...(section.tocEntry ? [section.tocEntry] : [])] });
}

/** The editor of a document the server computed an edit for, shown; undefined (and the user told why) when its version moved on. */
async function editorAt(uriString: string, version: number): Promise<vscode.TextEditor | undefined> {
  const uri = vscode.Uri.parse(uriString);
  let editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  try {
    editor = await vscode.window.showTextDocument(editor?.document ?? (await vscode.workspace.openTextDocument(uri)), {
      viewColumn: editor?.viewColumn,
      preserveFocus: false,
    });
  } catch (err) {
    void vscode.window.showErrorMessage(`${NAME}: cannot open ${uri.toString(true)}: ${(err as Error).message}`);
    return undefined;
  }
  if (editor.document.version !== version) {
    void vscode.window.showWarningMessage(`${NAME}: the document changed since the fix was computed; nothing was changed. Try again.`);
    return undefined;
  }
  return editor;
}

/** Inserts snippets computed for a given document version; refuses when the document has changed since. */
async function insertSnippet(args: InsertSnippetArgs): Promise<boolean> {
  if (!args?.uri || !Array.isArray(args.snippets) || !args.snippets.length) return false;
  const editor = await editorAt(args.uri, args.version);
  if (!editor) return false;
  const doc = editor.document;
  const { start, end, snippet } = combineSnippets(
    args.snippets.map((s) => ({ offset: doc.offsetAt(new vscode.Position(s.position.line, s.position.character)), snippet: s.snippet })),
    (from, to) => doc.getText(new vscode.Range(doc.positionAt(from), doc.positionAt(to))),
  );
  const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  const before = doc.getText().length;
  // One snippet session, so every tab stop of every inserted section can be reached with Tab.
  const ok = await editor.insertSnippet(new vscode.SnippetString(snippet), range, { undoStopBefore: true, undoStopAfter: true, keepWhitespace: true });
  // Its slots are not reported while the author tabs through them (see quiet.ts).
  if (ok) quiet.start(doc.uri.toString(), start, end + doc.getText().length - before);
  return ok;
}

/**
 * Asks once what a repeated slot stands for and writes the answer at every occurrence, in one edit (one undo step).
 * Nothing changes when the input is dismissed or left empty, so the slots stay reported.
 */
async function replaceAll(args: ReplaceAllArgs): Promise<boolean> {
  if (!args?.uri || !Array.isArray(args.ranges) || !args.ranges.length) return false;
  let editor = await editorAt(args.uri, args.version);
  if (!editor) return false;
  const value = await vscode.window.showInputBox({
    title: `${NAME}: replace every “${args.slot}” in this file (${args.ranges.length} places)`,
    prompt: args.hint ? `Write ${args.hint}` : `What “${args.slot}” stands for`,
    placeHolder: args.slot,
    ignoreFocusOut: true,
  });
  if (!value) return false;
  // The input box took focus: the document may have changed meanwhile.
  editor = await editorAt(args.uri, args.version);
  if (!editor) return false;
  const at = (p: { line: number; character: number }) => new vscode.Position(p.line, p.character);
  return editor.edit((b) => args.ranges.forEach((r) => b.replace(new vscode.Range(at(r.start), at(r.end)), value)), { undoStopBefore: true, undoStopAfter: true });
}

/**
 * Opens a rule's page in VS Code's Markdown preview: the copy shipped in the extension, read through the extension's
 * URI (so the web extension, whose files are not on disk, works too), or the published page in the browser when that
 * copy cannot be read.
 */
async function showRuleDocs(extensionUri: vscode.Uri, args: unknown): Promise<void> {
  const target = ruleDocsTarget(args);
  if (!target) return;
  const page = vscode.Uri.joinPath(extensionUri, ...target.path);
  try {
    await vscode.workspace.fs.stat(page);
  } catch {
    await vscode.env.openExternal(vscode.Uri.parse(target.published));
    return;
  }
  await vscode.commands.executeCommand('markdown.showPreview', target.fragment ? page.with({ fragment: target.fragment }) : page);
}

/** A file of the workspace for the server: its text, null when there is none, or why it cannot be read. */
async function readFile(params: ReadFileParams): Promise<ReadFileResult> {
  let uri: vscode.Uri;
  try {
    uri = vscode.Uri.parse(params.uri, true);
  } catch (err) {
    return { error: `not a URI (${(err as Error).message})` };
  }
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) return null;
    if (stat.size > MAX_CONFIG_BYTES) return { error: `larger than ${MAX_CONFIG_BYTES >> 20} MB` };
    return { text: new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)) };
  } catch (err) {
    if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return null;
    return { error: (err as Error).message ?? String(err) };
  }
}
