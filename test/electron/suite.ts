// Runs the shared scenarios (test/e2e/scenarios.ts) inside desktop VS Code, through the extension API.
// Loaded as extensionTestsPath, bundled to CommonJS: by test/electron/run.ts (desktop VS Code via @vscode/test-electron)
// and by test/e2e/run.ts (code-server's extension host, after the UI scenarios).
// Environment: POLICY_LINTER_FIXTURES (pristine fixtures folder, required), POLICY_LINTER_ONLY (scenario name filter).
import * as vscode from 'vscode';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Commands, type InsertSectionArgs, type InsertSnippetArgs } from '../../server/src/protocol.ts';
import { locate, SCENARIOS, type DiagnosticExpectation, type Scenario, type Step, type Where } from '../e2e/scenarios.ts';

const WAIT = 30_000;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

let passed = 0;
let failed = 0;
function check(ok: boolean, what: string, detail?: string): void {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${what}`);
  if (!ok && detail) console.log(detail.replace(/^/gm, '    '));
}

async function poll<T>(read: () => T | Promise<T>, done: (v: T) => boolean, ms = WAIT): Promise<T> {
  const deadline = Date.now() + ms;
  let v = await read();
  while (!done(v) && Date.now() < deadline) {
    await sleep(250);
    v = await read();
  }
  return v;
}

const ruleOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);

class ApiDriver {
  private editor: vscode.TextEditor | undefined;

  constructor(
    private readonly workspace: string,
    private readonly fixtures: string,
  ) {}

  private get doc(): vscode.TextDocument {
    if (!this.editor) throw new Error('no file open');
    return this.editor.document;
  }

  private position(at: Where): vscode.Position {
    const p = locate(this.doc.getText(), at);
    return new vscode.Position(p.line, p.character);
  }

  async run(scenario: Scenario): Promise<void> {
    for (const [i, step] of scenario.steps.entries()) {
      try {
        await this.step(`${scenario.name}: ${step.kind}`, step);
      } catch (err) {
        check(false, `${scenario.name}: step ${i + 1} (${step.kind})`, String((err as Error)?.stack ?? err));
        return;
      }
    }
  }

  private async step(label: string, step: Step): Promise<void> {
    switch (step.kind) {
      case 'open': {
        if (this.editor?.document.isDirty) {
          await vscode.window.showTextDocument(this.editor.document);
          await vscode.commands.executeCommand('workbench.action.files.revert');
        }
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        copyFileSync(join(this.fixtures, step.file), join(this.workspace, step.file));
        const want = readFileSync(join(this.fixtures, step.file), 'utf8');
        const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(join(this.workspace, step.file)));
        this.editor = await vscode.window.showTextDocument(doc);
        // A model kept from an earlier scenario may not have seen the file change on disk yet.
        if (doc.getText() !== want) await vscode.commands.executeCommand('workbench.action.files.revert');
        const text = await poll(() => doc.getText(), (t) => t === want, 10_000);
        if (text !== want) throw new Error(`${step.file} did not reload from disk`);
        return;
      }
      case 'diagnostics': {
        if (step.settleMs) await sleep(step.settleMs);
        const matches = (d: vscode.Diagnostic, e: DiagnosticExpectation) =>
          ruleOf(d) === e.rule && (!e.message || e.message.test(d.message)) && (e.line === undefined || d.range.start.line + 1 === e.line);
        const absent = step.absent ?? [];
        const diags = await poll(
          () => vscode.languages.getDiagnostics(this.doc.uri),
          (ds) => step.present.every((e) => ds.some((d) => matches(d, e))) && !absent.some((e) => ds.some((d) => matches(d, e))),
        );
        const missing = step.present.filter((e) => !diags.some((d) => matches(d, e)));
        const unwanted = absent.filter((e) => diags.some((d) => matches(d, e)));
        check(!missing.length && !unwanted.length, `${label}`, `missing: ${missing.map((e) => e.rule).join(', ')}; unwanted: ${unwanted.map((e) => e.rule).join(', ')}\n${diags.map((d) => `${ruleOf(d)} @${d.range.start.line + 1}: ${d.message}`).join('\n')}`);
        return;
      }
      case 'hover': {
        const pos = this.position(step.at);
        // What the hover widget shows: the hover providers' contents and the diagnostics under the cursor.
        const read = async () => {
          const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', this.doc.uri, pos)) ?? [];
          const contents = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')));
          const diags = vscode.languages.getDiagnostics(this.doc.uri).filter((d) => d.range.contains(pos)).map((d) => `${d.message} ${d.source ?? ''}(${ruleOf(d)})`);
          return [...diags, ...contents].join('\n');
        };
        const text = await poll(read, (t) => step.expect.every((re) => re.test(t)), 10_000);
        check(step.expect.every((re) => re.test(text)), `${label} at "${step.at.text}"`, text);
        // Of the layout, what the text tells: nothing said twice, no heading (the rest is measured on screen by the UI driver).
        for (const re of step.layout?.once ?? []) {
          const n = (text.match(new RegExp(re.source, `${re.flags.replace('g', '')}g`)) ?? []).length;
          check(n === 1, `${label} at "${step.at.text}": says ${re} once`, `${n} times in:\n${text}`);
        }
        if (step.layout?.noHeading) check(!/^#{1,6} /m.test(text), `${label} at "${step.at.text}": no heading`, text);
        return;
      }
      case 'quickFix': {
        const pos = this.position(step.at);
        this.editor!.selection = new vscode.Selection(pos, pos);
        const actions = await poll(
          async () => (await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>('vscode.executeCodeActionProvider', this.doc.uri, new vscode.Range(pos, pos))) ?? [],
          (as) => as.some((a) => step.action.test(a.title)),
          10_000,
        );
        const chosen = actions.find((a) => step.action.test(a.title));
        check(!!chosen, `${label} at "${step.at.text}" offers ${step.action}`, actions.map((a) => a.title).join('\n'));
        if (!chosen) throw new Error(`no action ${step.action}`);
        if (step.menu) {
          // The quick-fix menu: the provider's actions as VS Code sorts them, less source actions (another menu).
          const titles = actions.filter((a) => !(a instanceof vscode.CodeAction && a.kind && vscode.CodeActionKind.Source.contains(a.kind))).map((a) => a.title);
          const inOrder = titles.length === step.menu.length && step.menu.every((re, i) => re.test(titles[i]));
          check(inOrder, `${label} at "${step.at.text}": the menu lists ${step.menu.length} actions in order`, titles.join('\n'));
        }
        const version = this.doc.version;
        const isCommand = (a: vscode.CodeAction | vscode.Command): a is vscode.Command => typeof a.command === 'string';
        const command = isCommand(chosen) ? chosen : chosen.command;
        if (!isCommand(chosen) && chosen.edit) await vscode.workspace.applyEdit(chosen.edit);
        if (command) await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
        await poll(() => this.doc.version, (v) => v !== version, 10_000);
        return;
      }
      case 'command': {
        const version = this.doc.version;
        let settled = false;
        const done = Promise.resolve(vscode.commands.executeCommand(step.id)).finally(() => (settled = true));
        // The quick pick opens once the server has answered: accept (as Enter would) until the command returns.
        const deadline = Date.now() + WAIT;
        while (!settled && Date.now() < deadline) {
          await sleep(300);
          if (step.acceptPick && !settled) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        }
        if (!settled) throw new Error(`${step.id} did not return within ${WAIT / 1000}s`);
        await done;
        if (step.edits) await poll(() => this.doc.version, (v) => v !== version, 10_000);
        return;
      }
      case 'type':
        if (step.at) {
          const pos = this.position(step.at);
          this.editor!.selection = new vscode.Selection(pos, pos);
        }
        await vscode.commands.executeCommand('type', { text: step.text });
        return;
      case 'undo': {
        const version = this.doc.version;
        await vscode.commands.executeCommand('undo');
        await poll(() => this.doc.version, (v) => v !== version, 10_000);
        return;
      }
      case 'save':
        await this.doc.save();
        return;
      case 'nextTabStop':
        for (let i = 0; i < (step.times ?? 1); i++) await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
        return;
      case 'text': {
        await this.doc.save();
        const text = readFileSync(this.doc.uri.fsPath, 'utf8');
        const missing = step.expect.filter((re) => !re.test(text));
        const unwanted = (step.absent ?? []).filter((re) => re.test(text));
        check(!missing.length && !unwanted.length, label, `missing: ${missing.join(', ')}; unwanted: ${unwanted.join(', ')}\n${text}`);
        return;
      }
      case 'staleInsert': {
        const before = this.doc.getText();
        const args: InsertSnippetArgs = {
          uri: this.doc.uri.toString(),
          version: this.doc.version + 1,
          snippets: [{ position: { line: 0, character: 0 }, snippet: 'STALE ${1:text}\n' }],
        };
        const inserted = await vscode.commands.executeCommand<boolean>(Commands.insertSnippet, args);
        check(inserted === false && this.doc.getText() === before, `${label}: an outdated snippet insertion is refused`, `returned ${inserted}`);
        return;
      }
      case 'coverageClick': {
        if (!step.inserts) return; // where a click puts the cursor is the UI driver's business
        // The command the coverage view's row for a missing requirement carries.
        const version = this.doc.version;
        const args: InsertSectionArgs = { uri: this.doc.uri.toString(), requirement: step.requirement, title: step.item };
        const inserted = await vscode.commands.executeCommand<boolean>(Commands.insertSection, args);
        check(inserted === true && this.doc.version !== version, `${label}: ${Commands.insertSection} inserts the "${step.item}" section`, `returned ${inserted}`);
        return;
      }
      case 'outline': {
        const names = async () => ((await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', this.doc.uri)) ?? []).map((s) => s.name);
        const got = await poll(names, (n) => JSON.stringify(n) === JSON.stringify(step.expect), 10_000);
        check(JSON.stringify(got) === JSON.stringify(step.expect), `${label}: ${step.expect.join(', ')}`, got.join(', '));
        return;
      }
      case 'input': // the API cannot type into an input box: such scenarios are uiOnly
      case 'problems': // the Problems panel's files: the multi-root phase of the UI driver
      case 'notification':
      case 'grantTrust': // trust cannot be granted through the API
      case 'highlighted':
      case 'statusBar':
      case 'coverageView':
      case 'screenshot':
        return; // the UI driver's business: the API shows neither tokens, other extensions' views nor pixels
    }
  }
}

export async function run(): Promise<void> {
  const workspace = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const fixtures = process.env.POLICY_LINTER_FIXTURES;
  if (!workspace || !fixtures) throw new Error('open the scratch workspace and set POLICY_LINTER_FIXTURES (test/electron/run.ts does both)');
  const driver = new ApiDriver(workspace, fixtures);
  const only = process.env.POLICY_LINTER_ONLY;
  const scenarios = SCENARIOS.filter((s) => !s.uiOnly && (!only || s.name.includes(only)));
  for (const scenario of scenarios) {
    console.log(`scenario: ${scenario.name}`);
    await driver.run(scenario);
  }
  // Every scenario opens a policy document, which activates the extension (onLanguage).
  if (scenarios.length) check(!!vscode.extensions.getExtension('policy-linter.policy-linter')?.isActive, 'policy-linter.policy-linter is active');
  console.log(`${passed} passed, ${failed} failed`);
  // The test runner ends the extension host when run() settles; give the console a moment to reach its listener
  // (in code-server that is the browser, through a socket).
  await sleep(1000);
  if (failed) throw new Error(`${failed} check(s) failed`);
}
