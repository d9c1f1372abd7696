// Lint Workspace: every policy file of the workspace folders in the Problems panel, open or not. The candidates are
// found with vscode.workspace.findFiles (files.exclude applies) less what .gitignore files ignore (workspace-files.ts),
// read through vscode.workspace.fs (any file system: vscode.dev, github.dev) and sent to the server one at a time
// (LintFileRequest), which keeps the policies among them and publishes their diagnostics. Open documents keep their
// live results. A file linted this way is linted again when it changes on disk, and forgotten when it is deleted.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { Commands, ForgetFilesNotification, LintFileRequest, type ForgetFilesParams, type LintFileParams, type LintFileResult } from '../../server/src/protocol.ts';
import { decodeText } from '../../engine/text/decode.ts';
import { CONFIG_FILE_NAME } from '../../engine/config/parse.ts';
import { isDocumentFileName } from '../../engine/detect.ts';
import { candidateGlobs, GitignoreFilter, type GitignoreFile } from './workspace-files.ts';

/** How many .gitignore files of a folder are read at most (a monorepo has hundreds; each is small). */
const MAX_GITIGNORES = 1000;

export function registerLintWorkspace(context: vscode.ExtensionContext, lc: BaseLanguageClient, schemes: readonly string[] | undefined, name: string): void {
  /** Files that are not open, linted by Lint Workspace, whose diagnostics the server published: watched for changes. */
  const linted = new Set<string>();
  const isOpen = (key: string) => vscode.workspace.textDocuments.some((d) => d.uri.toString() === key);

  const relint = (uri: vscode.Uri) => void lintOne(uri).catch(() => undefined);
  /** Re-lints every file linted so far, one at a time (settings or a config file changed); a request meanwhile runs once more after. */
  let relinting: 'idle' | 'running' | 'again' = 'idle';
  async function relintAll(): Promise<void> {
    if (relinting !== 'idle') {
      relinting = 'again';
      return;
    }
    do {
      relinting = 'running';
      for (const key of [...linted]) if (!isOpen(key)) await lintOne(vscode.Uri.parse(key)).catch(() => undefined);
    } while ((relinting as string) === 'again');
    relinting = 'idle';
  }
  const isConfigFile = (uri: vscode.Uri) => uri.path.endsWith(`/${CONFIG_FILE_NAME}`);

  const watcher = vscode.workspace.createFileSystemWatcher('**/*', false, false, false);
  context.subscriptions.push(
    watcher,
    watcher.onDidChange((uri) => {
      if (isConfigFile(uri)) void relintAll();
      else if (linted.has(uri.toString()) && !isOpen(uri.toString())) relint(uri);
    }),
    watcher.onDidCreate((uri) => {
      if (isConfigFile(uri)) void relintAll();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('policyLinter')) void relintAll();
    }),
    // Closed again: the server drops its live results; the file on disk is linted as before it was opened (the read
    // comes first, so the request follows the client's didClose).
    vscode.workspace.onDidCloseTextDocument((d) => {
      if (linted.has(d.uri.toString())) relint(d.uri);
    }),
    watcher.onDidDelete((uri) => {
      if (isConfigFile(uri)) void relintAll();
      // A deleted folder takes its files with it.
      const prefix = uri.toString().replace(/\/?$/, '/');
      const gone = [...linted].filter((k) => k === uri.toString() || k.startsWith(prefix));
      if (!gone.length) return;
      for (const k of gone) linted.delete(k);
      if (lc.isRunning()) void lc.sendNotification(ForgetFilesNotification, { uris: gone } satisfies ForgetFilesParams);
    }),
    vscode.commands.registerCommand(Commands.lintWorkspace, () => lintWorkspace()),
  );

  /** Reads and lints one file that is not open; undefined when it was not linted (not a policy, unreadable, open). */
  async function lintOne(uri: vscode.Uri, token?: vscode.CancellationToken): Promise<LintFileResult | undefined> {
    const key = uri.toString();
    const decoded = decodeText(await vscode.workspace.fs.readFile(uri));
    if (token?.isCancellationRequested || isOpen(key)) return undefined;
    if ('error' in decoded) {
      // Not text (binary, another encoding, too large): whatever it had is out of date.
      if (linted.delete(key)) void lc.sendNotification(ForgetFilesNotification, { uris: [key] } satisfies ForgetFilesParams);
      throw new Error(`it ${decoded.error}`);
    }
    const result = (await lc.sendRequest(LintFileRequest, { uri: key, text: decoded.text } satisfies LintFileParams, token)) as LintFileResult | null;
    if (result && (result.linted || result.skipped)) linted.add(key);
    else if (result) linted.delete(key);
    return result ?? undefined;
  }

  /**
   * The candidate files of a folder: lintable extensions and include globs (documents only: a glob such as "*policy*"
   * matches config files and code too), less files.exclude and .gitignore.
   */
  async function candidates(folder: vscode.WorkspaceFolder, token: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const include = vscode.workspace.getConfiguration('policyLinter', folder.uri).get<unknown>('include');
    const globs = candidateGlobs(Array.isArray(include) ? include.filter((g): g is string => typeof g === 'string') : []);
    const found = new Map<string, vscode.Uri>();
    for (const glob of globs) {
      // exclude undefined: files.exclude applies.
      for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), undefined, undefined, token)) found.set(uri.toString(), uri);
      if (token.isCancellationRequested) return [];
    }
    const gitignores: GitignoreFile[] = [];
    for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/.gitignore'), undefined, MAX_GITIGNORES, token)) {
      try {
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        gitignores.push({ dir: relative(folder, uri).replace(/\/?\.gitignore$/, ''), text });
      } catch {
        // unreadable: it ignores nothing
      }
    }
    const filter = new GitignoreFilter(gitignores);
    return [...found.values()].filter((uri) => isDocumentFileName(uri.path) && !filter.ignores(relative(folder, uri))).sort((a, b) => a.toString().localeCompare(b.toString()));
  }

  async function lintWorkspace(): Promise<void> {
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => !schemes || schemes.includes(f.uri.scheme));
    if (!folders.length) {
      void vscode.window.showInformationMessage(`${name}: open a folder to lint its policy files.`);
      return;
    }
    if (!lc.isRunning()) await lc.start();
    const summary = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `${name}: linting the workspace`, cancellable: true },
      async (progress, token) => {
        progress.report({ message: 'finding files…' });
        const files: vscode.Uri[] = [];
        for (const folder of folders) files.push(...(await candidates(folder, token)));
        let policies = 0;
        let findings = 0;
        let unreadable = 0;
        for (const [i, uri] of files.entries()) {
          if (token.isCancellationRequested) return undefined;
          progress.report({ message: `${i + 1}/${files.length} ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / files.length });
          // Open documents are linted as they are shown, live: they count, but are not read from disk.
          if (isOpen(uri.toString())) continue;
          try {
            const r = await lintOne(uri, token);
            if (r?.linted) {
              policies++;
              findings += r.findings;
            }
          } catch (err) {
            if (token.isCancellationRequested) return undefined;
            unreadable++;
            lc.outputChannel.appendLine(`${name}: cannot lint ${uri.toString(true)}: ${(err as Error).message ?? err}`);
          }
        }
        return { files: files.length, policies, findings, unreadable };
      },
    );
    if (!summary) return;
    const problems = summary.unreadable ? ` ${summary.unreadable} could not be read (see the ${name} output).` : '';
    void vscode.window.showInformationMessage(
      `${name}: ${summary.policies} policy file${summary.policies === 1 ? '' : 's'} linted, ${summary.findings} problem${summary.findings === 1 ? '' : 's'} (${summary.files} file${summary.files === 1 ? '' : 's'} searched; open files are checked as you edit).${problems}`,
    );
  }
}

/** The path of `uri` relative to the folder, '/'-separated. */
function relative(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string {
  return uri.path.slice(folder.uri.path.replace(/\/$/, '').length).replace(/^\//, '');
}
