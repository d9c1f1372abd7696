// The coverage view (a tree in the Explorer) and the status bar item for the active policy document. Both show the
// server's answer to CoverageRequest, asked again when the document's diagnostics change (a new lint) or another
// editor becomes active; what they show is computed by coverage-model.ts.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { Commands, COVERAGE_VIEW, CoverageRequest, DOCUMENT_LANGUAGES, type CoverageParams, type CoverageResult, type RevealRangeArgs } from '../../server/src/protocol.ts';
import { coverageTree, statusText, type CoverageNode, type GroupBy } from './coverage-model.ts';

const GROUP_BY_KEY = 'policyLinter.coverageGroupBy';

class CoverageTree implements vscode.TreeDataProvider<CoverageNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  roots: CoverageNode[] = [];

  set(roots: CoverageNode[]): void {
    this.roots = roots;
    this.changed.fire();
  }

  getChildren(node?: CoverageNode): CoverageNode[] {
    return node ? node.children : this.roots;
  }

  getTreeItem(node: CoverageNode): vscode.TreeItem {
    const state = node.children.length ? (node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed) : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(node.label, state);
    item.id = node.id;
    if (node.description) item.description = node.description;
    if (node.tooltip) item.tooltip = new vscode.MarkdownString(node.tooltip);
    if (node.icon) item.iconPath = new vscode.ThemeIcon(node.icon.id, node.icon.color ? new vscode.ThemeColor(node.icon.color) : undefined);
    if (node.command) item.command = node.command;
    return item;
  }
}

/** Whether documents of this URI scheme are sent to the server (`schemes` undefined: any, as in the browser). */
const synced = (schemes: readonly string[] | undefined, doc: vscode.TextDocument) => !schemes || schemes.includes(doc.uri.scheme);

/** The document the view shows: the active editor's, when it is a synced document of a handled language. */
function candidate(editor: vscode.TextEditor | undefined, schemes: readonly string[] | undefined): vscode.TextDocument | undefined {
  const doc = editor?.document;
  return doc && synced(schemes, doc) && DOCUMENT_LANGUAGES.includes(doc.languageId) ? doc : undefined;
}

export function registerCoverage(context: vscode.ExtensionContext, lc: BaseLanguageClient, schemes: readonly string[] | undefined): void {
  const tree = new CoverageTree();
  const view = vscode.window.createTreeView(COVERAGE_VIEW, { treeDataProvider: tree, showCollapseAll: true });
  const status = vscode.window.createStatusBarItem(COVERAGE_VIEW, vscode.StatusBarAlignment.Left, 10);
  status.name = 'Policy Linter Coverage';
  status.command = Commands.showCoverage;
  let groupBy: GroupBy = context.workspaceState.get<GroupBy>(GROUP_BY_KEY) === 'section' ? 'section' : 'regime';
  let shown: { uri: string; result: CoverageResult } | undefined;
  let asked = 0;

  const render = () => {
    void vscode.commands.executeCommand('setContext', GROUP_BY_KEY, groupBy);
    if (!shown) {
      tree.set([]);
      view.message = undefined;
      status.hide();
      return;
    }
    tree.set(coverageTree(shown.uri, shown.result, groupBy));
    const s = statusText(shown.result);
    view.message = `${vscode.workspace.asRelativePath(vscode.Uri.parse(shown.uri))} — ${s.text.replace(/^Policy: /, '')} covered`;
    status.text = `$(checklist) ${s.text}`;
    status.tooltip = new vscode.MarkdownString(s.tooltip);
    status.show();
  };

  /** Asks the server for the active document's coverage; an answer overtaken by a newer question is dropped. */
  const refresh = async () => {
    const editor = vscode.window.activeTextEditor;
    const doc = candidate(editor, schemes);
    if (!doc) {
      // Focus in a panel or an output channel keeps the last policy; another kind of document clears the view.
      if (editor && synced(schemes, editor.document) && shown) {
        shown = undefined;
        render();
      }
      return;
    }
    const n = ++asked;
    const uri = doc.uri.toString();
    let result: CoverageResult | null = null;
    try {
      if (lc.isRunning()) result = await lc.sendRequest<CoverageResult | null>(CoverageRequest, { uri } satisfies CoverageParams);
    } catch {
      // The server restarted or the document closed meanwhile: the next diagnostics bring a new answer.
    }
    if (n !== asked) return;
    shown = result ? { uri, result } : undefined;
    render();
  };

  let timer: NodeJS.Timeout | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), 50);
  };

  const setGroupBy = (g: GroupBy) => {
    groupBy = g;
    void context.workspaceState.update(GROUP_BY_KEY, g);
    render();
  };

  context.subscriptions.push(
    view,
    status,
    { dispose: () => clearTimeout(timer) },
    vscode.window.onDidChangeActiveTextEditor(soon),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) soon();
    }),
    lc.onDidChangeState(soon),
    vscode.commands.registerCommand(Commands.showCoverage, () => vscode.commands.executeCommand(`${COVERAGE_VIEW}.focus`)),
    vscode.commands.registerCommand(Commands.coverageByRegime, () => setGroupBy('regime')),
    vscode.commands.registerCommand(Commands.coverageBySection, () => setGroupBy('section')),
    vscode.commands.registerCommand(Commands.revealRange, (args: RevealRangeArgs) => revealRange(args)),
  );
  render();
  soon();
}

/** Opens the document (in the editor already showing it, if any) with the range selected and in view. */
async function revealRange(args: RevealRangeArgs): Promise<void> {
  if (!args?.uri || !args.range) return;
  const uri = vscode.Uri.parse(args.uri);
  const open = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  const { start, end } = args.range;
  const range = new vscode.Range(start.line, start.character, end.line, end.character);
  const editor = await vscode.window.showTextDocument(open?.document ?? (await vscode.workspace.openTextDocument(uri)), { viewColumn: open?.viewColumn, selection: range });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
