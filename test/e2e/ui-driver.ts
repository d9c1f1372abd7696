/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Runs the scenarios (scenarios.ts) in code-server through its UI, in Chromium driven by playwright-core.
// Only keyboard and DOM reads: mouse clicks on menus are swallowed by VS Code's pointer blocker, and positions are
// reached with Go to Line (Ctrl+G "line:column"), computed from the saved file.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { locate, type DiagnosticExpectation, type HoverLayout, type Scenario, type Step, type Where } from './scenarios.ts';

export type Check = (ok: boolean, what: string, detail?: string) => void;

const WAIT = 30_000;
const SHORT = 10_000;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export interface ProblemRow {
  text: string;
  rule?: string;
  line?: number;
  /** The file the entry is under, as the panel shows it: the folder's name first in a multi-root workspace. */
  file?: string;
}

const matchesRow = (r: ProblemRow, e: DiagnosticExpectation) => r.rule === e.rule && (!e.message || e.message.test(r.text)) && (e.line === undefined || r.line === e.line);
const describe = (e: DiagnosticExpectation) => `${e.rule}${e.message ? ` ${e.message}` : ''}${e.line ? ` @${e.line}` : ''}`;

/** Screenshots taken in this run, by every driver: their numbers follow each other across phases. */
let shots = 0;

export class UiDriver {

  constructor(
    private readonly page: Page,
    /** The workspace folder code-server has open (a scratch copy). */
    private readonly workspace: string,
    /** Where the pristine fixtures are (test/e2e/workspace). */
    private readonly fixtures: string,
    private readonly screenshots: string,
    private readonly log: (s: string) => void,
  ) {
    mkdirSync(screenshots, { recursive: true });
  }

  /** Opens the workbench on the workspace folder, or on a .code-workspace file (a multi-root workspace). */
  async openWorkbench(url: string, options: { workspace?: string } = {}): Promise<void> {
    const query = options.workspace ? `workspace=${encodeURIComponent(options.workspace)}` : `folder=${encodeURIComponent(this.workspace)}`;
    await this.page.goto(`${url}/?${query}`, { timeout: WAIT });
    try {
      await this.page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 45_000 });
    } catch {
      // Once, a window opened right after another closed showed the workspace without its folders: load it again.
      this.log(`  the workbench showed no files within 45 s: reloading ${query}`);
      await this.page.reload({ timeout: WAIT });
      await this.page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
    }
  }

  /** The text of an output channel (Output: Show Output Channels, then the channel). */
  async outputChannel(name: string): Promise<string> {
    await this.quickInput('Control+Shift+P', 'Output: Show Output Channels', 'Output: Show Output Channels');
    await this.page.waitForFunction(() => document.querySelectorAll('.quick-input-widget .monaco-list-row').length > 1, undefined, { timeout: SHORT });
    await this.page.keyboard.type(name, { delay: 5 });
    await this.page.waitForFunction((want) => [...document.querySelectorAll('.quick-input-widget .monaco-list-row.focused')].some((r) => (r as HTMLElement).innerText.trim() === want), name, { timeout: SHORT });
    await this.page.keyboard.press('Enter');
    // Monaco renders spaces as no-break spaces.
    const read = () => this.page.$$eval('.panel .monaco-editor .view-lines', (els) => els.map((e) => (e as HTMLElement).innerText.replace(/\u00a0/g, ' ')).join('\n'));
    let text = '';
    const deadline = Date.now() + SHORT;
    do {
      await sleep(300);
      text = await read();
    } while (!text.trim() && Date.now() < deadline);
    return text;
  }

  /** Runs one scenario; returns false when a step could not be carried out (its failure is reported). */
  async run(scenario: Scenario, check: Check): Promise<boolean> {
    for (const [i, step] of scenario.steps.entries()) {
      try {
        await this.step(scenario, step, check);
      } catch (err) {
        check(false, `${scenario.name}: step ${i + 1} (${step.kind})`, String((err as Error)?.stack ?? err));
        await this.screenshot(`error-${scenario.file.replace(/\//g, '-')}`).catch(() => undefined);
        return false;
      }
    }
    return true;
  }

  private async step(scenario: Scenario, step: Step, check: Check): Promise<void> {
    const label = `${scenario.name}: ${step.kind}`;
    switch (step.kind) {
      case 'open':
        return this.open(step.file);
      case 'diagnostics':
        if (step.settleMs) await sleep(step.settleMs);
        await this.diagnostics(scenario.file, step.present, step.absent ?? [], check, label);
        if (step.squiggles) await this.squiggles(step.squiggles, check, label);
        return;
      case 'hover':
        return this.hover(scenario.file, step.at, step.expect, step.layout, check, label);
      case 'quickFix':
        return this.quickFix(scenario.file, step, check, label);
      case 'input':
        return this.input(step.text, step.prompt, step.shot, check, label);
      case 'undo':
        await this.focusEditor();
        await this.page.keyboard.press('Control+Z');
        return;
      case 'save':
        await this.page.keyboard.press('Escape');
        await this.page.keyboard.press('Control+S');
        await this.page.waitForSelector('.tabs-container .tab.active:not(.dirty)', { timeout: SHORT });
        return;
      case 'problems':
        return this.problemFiles(step.files, step.noEditors ?? false, check, label);
      case 'notification':
        return this.notification(step.expect, check, label);
      case 'command':
        return this.command(step.title, step.acceptPick ?? false, step.edits ?? false);
      case 'type':
        if (step.at) await this.goTo(scenario.file, step.at);
        return this.page.keyboard.type(step.text, { delay: 15 });
      case 'nextTabStop':
        for (let i = 0; i < (step.times ?? 1); i++) {
          await this.page.keyboard.press('Tab');
          await sleep(100);
        }
        return;
      case 'text': {
        const text = await this.savedText(scenario.file);
        const missing = step.expect.filter((re) => !re.test(text));
        const unwanted = (step.absent ?? []).filter((re) => re.test(text));
        check(!missing.length && !unwanted.length, `${label} ${[...step.expect.map(String), ...(step.absent ?? []).map((r) => `!${r}`)].join(' ')}`, `missing: ${missing.join(', ')}; unwanted: ${unwanted.join(', ')}\n--- text ---\n${text}`);
        return;
      }
      case 'highlighted':
        return this.highlighted(step.texts, step.plain, check, label);
      case 'staleInsert':
        return; // API driver only
      case 'grantTrust':
        return this.grantTrust();
      case 'statusBar':
        return this.statusBar(step.expect, check, label);
      case 'coverageView':
        return this.coverageView(step.expect, check, label);
      case 'coverageClick':
        return this.coverageClick(scenario.file, step.item, step.cursorAt, step.inserts ?? false, check, label);
      case 'outline':
        return this.outline(step.expect, check, label);
      case 'screenshot':
        if (step.wholeHover) await this.growHover();
        return this.screenshot(step.name, step.area);
    }
  }

  // ---- coverage view, status bar, outline ----

  private statusItems(): Promise<string[]> {
    return this.page.$$eval('.part.statusbar .statusbar-item', (els) => els.map((e) => (e as HTMLElement).innerText.trim()).filter(Boolean));
  }

  private async statusBar(expect: RegExp, check: Check, label: string): Promise<void> {
    let items: string[] = [];
    const deadline = Date.now() + WAIT;
    do {
      items = await this.statusItems();
      if (items.some((t) => expect.test(t))) break;
      await sleep(250);
    } while (Date.now() < deadline);
    check(items.some((t) => expect.test(t)), `${label}: ${expect}`, `status bar: ${items.join(' | ')}`);
  }

  /** The rows of the view pane titled `title`, as their label and description. */
  private paneRows(title: string): Promise<Array<{ label: string; text: string }>> {
    return this.page.$$eval(
      '.pane',
      (panes, want) => {
        const pane = panes.find((p) => (p.querySelector('.pane-header .title') as HTMLElement | null)?.innerText.trim().toLowerCase() === want.toLowerCase());
        if (!pane) return [];
        return [...pane.querySelectorAll('.pane-body .monaco-list-row')].map((r) => ({
          label: ((r.querySelector('.label-name') as HTMLElement | null)?.innerText ?? '').trim(),
          text: (r as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
        }));
      },
      title,
    );
  }

  /** Waits until the pane lists the expected labels in order (others may come between). */
  private async paneLists(title: string, expect: string[], check: Check, label: string): Promise<void> {
    const inOrder = (rows: Array<{ label: string }>) => {
      let i = 0;
      for (const r of rows) if (i < expect.length && r.label === expect[i]) i++;
      return i === expect.length;
    };
    let rows: Array<{ label: string; text: string }> = [];
    const deadline = Date.now() + WAIT;
    do {
      rows = await this.paneRows(title);
      if (inOrder(rows)) break;
      await sleep(300);
    } while (Date.now() < deadline);
    check(inOrder(rows), `${label}: ${title} lists ${expect.join(', ')}`, `rows:\n${rows.map((r) => r.text).join('\n') || '(none)'}`);
  }

  /** Clicks the Policy Linter status bar item, which opens the coverage view, and checks the view's rows. */
  private async coverageView(expect: string[], check: Check, label: string): Promise<void> {
    const item = this.page.locator('.part.statusbar .statusbar-item', { hasText: /Policy: (\d|not)/ });
    await item.first().waitFor({ state: 'visible', timeout: WAIT });
    await item.first().locator('a, .statusbar-item-label').first().click();
    await this.paneLists('Policy Coverage', expect, check, label);
    // Room for the view: collapse the folders pane above it (its header), and show the first requirement's evidence.
    const folders = this.page.locator('.pane', { has: this.page.locator('.explorer-folders-view') }).locator('.pane-header').first();
    if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
    const twistie = this.coverageRow(expect.find((e) => e !== expect[0]) ?? expect[0]).locator('.monaco-tl-twistie.collapsible.collapsed');
    if (await twistie.count()) await twistie.first().click();
    await sleep(500);
  }

  /** The coverage view's row whose label contains `item`. */
  private coverageRow(item: string) {
    return this.page.locator('.pane', { has: this.page.locator('.pane-header .title', { hasText: /^Policy Coverage$/i }) }).locator('.monaco-list-row', { has: this.page.locator('.label-name', { hasText: item }) });
  }

  private async coverageClick(file: string, item: string, cursorAt: Where | undefined, inserts: boolean, check: Check, label: string): Promise<void> {
    const row = this.coverageRow(item);
    await row.first().waitFor({ state: 'visible', timeout: WAIT });
    await row.first().click();
    if (inserts) {
      await this.page.waitForSelector('.tabs-container .tab.active.dirty', { timeout: SHORT });
      check(true, `${label}: a click on "${item}" inserts its section`);
    }
    if (cursorAt) {
      const want = locate(readFileSync(join(this.workspace, file), 'utf8'), cursorAt).line + 1;
      const position = async () => (await this.statusItems()).find((t) => /^Ln \d+, Col \d+/.test(t)) ?? '';
      let got = await position();
      const deadline = Date.now() + SHORT;
      while (Number(/^Ln (\d+)/.exec(got)?.[1]) !== want && Date.now() < deadline) {
        await sleep(200);
        got = await position();
      }
      check(Number(/^Ln (\d+)/.exec(got)?.[1]) === want, `${label}: a click on "${item}" puts the cursor on line ${want} ("${cursorAt.text}")`, `cursor: ${got || '(no position in the status bar)'}`);
    }
  }

  private async outline(expect: string[], check: Check, label: string): Promise<void> {
    await this.paletteCommand('Explorer: Focus on Outline View');
    await this.paneLists('Outline', expect, check, label);
  }

  /** Compares the colour of the token spans Monaco renders for each text with that of a plain word. */
  private async highlighted(texts: string[], plain: string, check: Check, label: string): Promise<void> {
    // No named functions inside: tsx's __name helper does not exist in the page.
    const colours = async (): Promise<Record<string, string | null>> =>
      Object.fromEntries(
        await this.page.$$eval(
          '.monaco-editor .view-lines .view-line span span',
          (spans, wanted) =>
            wanted.map((t) => {
              // Monaco renders spaces as no-break spaces.
              const span = spans.find((s) => (s.textContent ?? '').replace(/\u00a0/g, ' ').includes(t));
              return [t, span ? getComputedStyle(span).color : null] as const;
            }),
          [...texts, plain],
        ),
      );
    let got = await colours();
    const ok = () => !!got[plain] && texts.every((t) => got[t] && got[t] !== got[plain]);
    const deadline = Date.now() + SHORT;
    while (!ok() && Date.now() < deadline) {
      await sleep(250);
      got = await colours();
    }
    check(ok(), `${label}: ${texts.join(', ')} coloured unlike "${plain}"`, JSON.stringify(got));
  }

  /** Drags the open hover's lower edge (its sash) down by as much as its content overflows. */
  private async growHover(): Promise<void> {
    const hidden = await this.page.evaluate(() => {
      const content = [...document.querySelectorAll('.monaco-hover .monaco-hover-content')].find((e) => (e as HTMLElement).offsetParent) as HTMLElement | undefined;
      return content ? content.scrollHeight - content.clientHeight : 0;
    });
    const sash = this.page.locator('.monaco-resizable-hover .monaco-sash.horizontal').last();
    if (hidden <= 0 || !(await sash.count())) return;
    const box = await sash.boundingBox();
    if (!box) return;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    for (let i = 1; i <= 5; i++) await this.page.mouse.move(x, y + ((hidden + 8) * i) / 5);
    await this.page.mouse.up();
    await sleep(300);
  }

  async screenshot(name: string, area?: 'statusBar'): Promise<void> {
    shots++;
    const path = join(this.screenshots, `${String(shots).padStart(2, '0')}-${name}.png`);
    if (area === 'statusBar') {
      // The Policy Linter item with its tooltip: hover it, then the bottom strip of the window.
      await this.page.locator('.part.statusbar .statusbar-item', { hasText: /Policy: (\d|not)/ }).first().hover();
      await this.page.waitForSelector('.monaco-hover, .workbench-hover', { state: 'visible', timeout: SHORT }).catch(() => undefined);
      const size = this.page.viewportSize() ?? { width: 1400, height: 1000 };
      const height = 260;
      await this.page.screenshot({ path, clip: { x: 0, y: size.height - height, width: Math.min(size.width, 900), height } });
      await this.page.mouse.move(size.width / 2, size.height / 2);
      return;
    }
    await this.page.screenshot({ path });
  }

  // ---- editor basics ----

  private async quickInput(prefix: string, text: string, rowMatch: string): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press(prefix);
    const input = this.page.locator('.quick-input-widget input.input');
    await input.waitFor({ state: 'visible', timeout: SHORT });
    await this.page.keyboard.type(text, { delay: 5 });
    await this.page.waitForFunction(
      (want) => [...document.querySelectorAll('.quick-input-widget .monaco-list-row.focused')].some((r) => (r as HTMLElement).innerText.includes(want)),
      rowMatch,
      { timeout: SHORT },
    );
    await this.page.keyboard.press('Enter');
  }

  /** Reverts and closes every editor, restores the fixture on disk, opens it. */
  private async open(file: string): Promise<void> {
    await this.page.keyboard.press('Escape');
    if (await this.page.locator('.editor-group-container .tab').count()) {
      await this.paletteCommand('File: Revert File');
      await this.paletteCommand('View: Close All Editors');
      await this.page.waitForFunction(() => !document.querySelector('.editor-group-container .tab'), undefined, { timeout: SHORT });
    }
    copyFileSync(join(this.fixtures, file), join(this.workspace, file));
    await this.quickInput('Control+P', file, basename(file));
    await this.page.waitForSelector(`.tabs-container .tab.active[data-resource-name="${basename(file)}"]`, { timeout: SHORT });
    await this.page.waitForSelector('.monaco-editor.focused .view-lines', { timeout: SHORT });
    // A model kept from the previous scenario may not have seen the file change on disk yet: reload it.
    await this.paletteCommand('File: Revert File');
    await this.page.waitForSelector('.monaco-editor.focused .view-lines', { timeout: SHORT });
  }

  private async paletteCommand(title: string): Promise<void> {
    await this.quickInput('Control+Shift+P', title, title);
    await this.page.waitForSelector('.quick-input-widget', { state: 'hidden', timeout: SHORT });
  }

  /** Saves the active editor and returns the file's text (once two reads agree: the save may still be writing). */
  private async savedText(file: string): Promise<string> {
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('Control+S');
    await this.page.waitForSelector('.tabs-container .tab.active:not(.dirty)', { timeout: SHORT });
    const path = join(this.workspace, file);
    let text = readFileSync(path, 'utf8');
    for (let i = 0; i < 20; i++) {
      await sleep(100);
      const again = readFileSync(path, 'utf8');
      if (again === text && text) break;
      text = again;
    }
    return text;
  }

  /** Puts the cursor at a place (Go to Line/Column), positions computed from the saved text. */
  private async goTo(file: string, at: Where): Promise<void> {
    const text = await this.savedText(file);
    let pos;
    try {
      pos = locate(text, at);
    } catch (err) {
      throw new Error(`${(err as Error).message}; ${file} on disk:\n${text.slice(0, 600)}`);
    }
    await this.quickInput('Control+G', `${pos.line + 1}:${pos.character + 1}`, `${pos.line + 1}`);
    await this.page.waitForSelector('.quick-input-widget', { state: 'hidden', timeout: SHORT });
    await this.page.waitForSelector('.monaco-editor.focused', { timeout: SHORT });
  }

  private async grantTrust(): Promise<void> {
    await this.page.waitForSelector('.statusbar-item:has-text("Restricted Mode")', { timeout: SHORT });
    await this.paletteCommand('Workspaces: Manage Workspace Trust');
    const trust = this.page.locator('.workspace-trust-editor .monaco-button', { hasText: /^Trust$/ });
    await trust.waitFor({ state: 'visible', timeout: SHORT });
    await trust.click();
    await this.page.waitForSelector('.statusbar-item:has-text("Restricted Mode")', { state: 'detached', timeout: SHORT });
    await this.screenshot('trusted');
  }

  // ---- checks ----

  /** The Problems panel's marker rows. */
  async problems(): Promise<ProblemRow[]> {
    if (!(await this.page.locator('.markers-panel').isVisible())) {
      await this.page.keyboard.press('Control+Shift+M');
      await this.page.waitForSelector('.markers-panel', { state: 'visible', timeout: SHORT });
    }
    // A file's row (its name, and the folder it is in as the description: "app • legal"), then its markers' rows.
    const rows = await this.page.$$eval('.markers-panel .monaco-list-row', (els) =>
      els.map((e) => ({
        text: (e as HTMLElement).innerText,
        name: (e.querySelector('.label-name') as HTMLElement | null)?.innerText.trim() ?? '',
        where: (e.querySelector('.label-description') as HTMLElement | null)?.innerText.trim() ?? '',
      })),
    );
    let file: string | undefined;
    const out: ProblemRow[] = [];
    for (const row of rows) {
      if (!/\[Ln \d+, Col \d+\]/.test(row.text)) {
        if (row.name) file = [...row.where.split('•').map((p) => p.trim()).filter(Boolean), row.name].join('/');
        continue;
      }
      out.push({
        text: row.text.replace(/\s+/g, ' ').trim(),
        // "message  policy-linter(placeholder)  [Ln 3, Col 17]": source, then the code, then the position.
        rule: /([a-z][\w-]*)\)?\s*\[Ln \d+, Col \d+\]/.exec(row.text)?.[1],
        line: Number(/\[Ln (\d+), Col \d+\]/.exec(row.text)?.[1]),
        file,
      });
    }
    return out;
  }

  /** Waits until the Problems panel lists exactly these files, with these problems and not those. */
  private async problemFiles(files: Array<{ path: string; present: DiagnosticExpectation[]; absent?: DiagnosticExpectation[] }>, noEditors: boolean, check: Check, label: string): Promise<void> {
    if (noEditors) check((await this.page.locator('.editor-group-container .tab').count()) === 0, `${label}: no editor is open`);
    const wanted = files.map((f) => f.path).sort();
    const problems = (rows: ProblemRow[]) => {
      const listed = [...new Set(rows.map((r) => r.file ?? '?'))].sort();
      const out = JSON.stringify(listed) === JSON.stringify(wanted) ? [] : [`files: ${listed.join(', ')}; wanted: ${wanted.join(', ')}`];
      for (const f of files) {
        const mine = rows.filter((r) => r.file === f.path);
        for (const e of f.present) if (!mine.some((r) => matchesRow(r, e))) out.push(`${f.path}: missing ${describe(e)}`);
        for (const e of f.absent ?? []) if (mine.some((r) => matchesRow(r, e))) out.push(`${f.path}: unwanted ${describe(e)}`);
      }
      return out;
    };
    let rows: ProblemRow[] = [];
    let wrong: string[] = [];
    const deadline = Date.now() + WAIT;
    do {
      rows = await this.problems();
      wrong = problems(rows);
      if (!wrong.length) break;
      await sleep(400);
    } while (Date.now() < deadline);
    check(!wrong.length, `${label}: Problems lists ${wanted.join(', ')} with their problems`, `${wrong.join('\n')}\n--- Problems ---\n${rows.map((r) => `${r.file}: ${r.text}`).join('\n')}`);
  }

  /** Waits until the Problems panel's entries for the file are these (and not those). */
  private async diagnostics(file: string, present: DiagnosticExpectation[], absent: DiagnosticExpectation[], check: Check, label: string): Promise<void> {
    const matches = matchesRow;
    let rows: ProblemRow[] = [];
    let missing: DiagnosticExpectation[] = present;
    let unwanted: DiagnosticExpectation[] = [];
    const deadline = Date.now() + WAIT;
    do {
      rows = (await this.problems()).filter((r) => r.file === file || !!r.file?.endsWith(`/${file}`));
      missing = present.filter((e) => !rows.some((r) => matches(r, e)));
      unwanted = absent.filter((e) => rows.some((r) => matches(r, e)));
      if (!missing.length && !unwanted.length) break;
      await sleep(400);
    } while (Date.now() < deadline);
    check(
      !missing.length && !unwanted.length,
      `${label}: ${present.map(describe).join(', ')}${absent.length ? `; not ${absent.map(describe).join(', ')}` : ''}`,
      `missing: ${missing.map(describe).join(', ') || '-'}; unwanted: ${unwanted.map(describe).join(', ') || '-'}\n--- Problems ---\n${rows.map((r) => r.text).join('\n')}`,
    );
    this.log(`  Problems panel: ${rows.length} entries`);
  }

  /** Counts squiggles of each severity in the editor's visible lines (scrolled to the top). */
  private async squiggles(expect: Partial<Record<'error' | 'warning' | 'info', number>>, check: Check, label: string): Promise<void> {
    await this.page.locator('.monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
    await this.page.keyboard.press('Control+Home');
    const count = async () => {
      const counts: Record<string, number> = {};
      for (const sev of Object.keys(expect)) counts[sev] = await this.page.locator(`.monaco-editor .squiggly-${sev}`).count();
      return counts;
    };
    let got = await count();
    const ok = () => Object.entries(expect).every(([sev, n]) => (got[sev] ?? 0) >= (n ?? 0));
    const deadline = Date.now() + SHORT;
    while (!ok() && Date.now() < deadline) {
      await sleep(250);
      got = await count();
    }
    check(ok(), `${label}: squiggles in the editor, at least ${JSON.stringify(expect)}`, `found ${JSON.stringify(got)}`);
  }

  private async hover(file: string, at: Where, expect: RegExp[], layout: HoverLayout | undefined, check: Check, label: string): Promise<void> {
    await this.goTo(file, at);
    let text = '';
    const deadline = Date.now() + WAIT;
    // Show Hover (Ctrl+K Ctrl+I) asks the providers once: until the server has linted the file there may be nothing
    // to show, so ask again (Escape, then Show Hover) until the text is complete.
    for (let attempt = 0; Date.now() < deadline; attempt++) {
      if (attempt) await this.page.keyboard.press('Escape');
      await this.page.keyboard.press('Control+K');
      await this.page.keyboard.press('Control+I');
      const until = Date.now() + 1500;
      do {
        await sleep(250);
        text = (await this.page.$$eval('.monaco-hover', (els) => els.filter((e) => (e as HTMLElement).offsetParent).map((e) => (e as HTMLElement).innerText).join('\n'))).trim();
      } while (!expect.every((re) => re.test(text)) && Date.now() < until);
      if (expect.every((re) => re.test(text))) break;
    }
    check(expect.every((re) => re.test(text)), `${label} at "${at.text}": ${expect.join(' ')}`, `hover text:\n${text || '(no hover)'}`);
    if (layout) await this.hoverLayout(text, layout, check, `${label} at "${at.text}"`);
  }

  /** Measures the hover on screen: what it says once, what takes one line, what is in view, how tall it is. */
  private async hoverLayout(text: string, layout: HoverLayout, check: Check, label: string): Promise<void> {
    await sleep(300); // the hover settles its size after rendering
    // No named functions inside: tsx's __name helper does not exist in the page.
    const m = await this.page.evaluate(() => {
      const hover = [...document.querySelectorAll('.monaco-hover')].find((e) => (e as HTMLElement).offsetParent && e.querySelector('.monaco-hover-content')) as HTMLElement | undefined;
      if (!hover) return undefined;
      const content = hover.querySelector('.monaco-hover-content') as HTMLElement;
      const box = (hover.querySelector('.monaco-scrollable-element') ?? content).getBoundingClientRect();
      const editor = document.querySelector('.editor-group-container.active .monaco-editor') as HTMLElement | null;
      const blocks = [...hover.querySelectorAll('.markdown-hover .rendered-markdown')].flatMap((md) =>
        [...md.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6')]
          .filter((e) => !(e.tagName === 'P' && e.closest('li')))
          .map((e) => {
            const r = e.getBoundingClientRect();
            return { tag: e.tagName, text: (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim(), height: r.height, top: r.top, bottom: r.bottom, lineHeight: parseFloat(getComputedStyle(e).lineHeight) || 19 };
          }),
      );
      return { blocks, boxTop: box.top, boxBottom: box.bottom, scrollHeight: content.scrollHeight, editorHeight: editor?.getBoundingClientRect().height ?? window.innerHeight };
    });
    if (!m) {
      check(false, `${label}: the hover's layout`, 'no hover on screen');
      return;
    }
    const shown = m.blocks.map((b) => `${b.tag} ${Math.round(b.height)}px @${Math.round(b.top - m.boxTop)}: ${b.text.slice(0, 70)}`).join('\n');
    const detail = `hover ${Math.round(m.boxBottom - m.boxTop)}px in view, ${m.scrollHeight}px in all; editor ${Math.round(m.editorHeight)}px\n${shown}`;
    for (const re of layout.once ?? []) {
      const n = (text.match(new RegExp(re.source, `${re.flags.replace('g', '')}g`)) ?? []).length;
      check(n === 1, `${label}: says ${re} once`, `${n} times in:\n${text}`);
    }
    for (const re of layout.oneLine ?? []) {
      const b = m.blocks.find((x) => re.test(x.text));
      check(!!b && b.height < b.lineHeight * 1.5, `${label}: ${re} takes one line`, detail);
    }
    for (const re of layout.inView ?? []) {
      const b = m.blocks.find((x) => re.test(x.text));
      check(!!b && b.top >= m.boxTop - 1 && b.bottom <= m.boxBottom + 1, `${label}: ${re} is in view without scrolling`, detail);
    }
    if (layout.maxLines !== undefined) {
      const lines = m.blocks.reduce((n, b) => n + Math.max(1, Math.round(b.height / b.lineHeight)), 0);
      check(lines <= layout.maxLines, `${label}: the hover's own text takes at most ${layout.maxLines} lines (${lines})`, detail);
    }
    if (layout.fitsScreen) check(m.scrollHeight <= m.editorHeight, `${label}: the whole hover fits on one screen (${m.scrollHeight}px, editor ${Math.round(m.editorHeight)}px)`, detail);
    if (layout.noHeading) {
      const headings = m.blocks.filter((b) => /^H\d$/.test(b.tag) || /^(?:placeholder|missing-[a-z-]+|vague-[a-z-]+)$/.test(b.text));
      check(!headings.length, `${label}: no heading, no rule id as a title`, detail);
    }
  }

  /** Waits for a notification saying this. */
  private async notification(expect: RegExp, check: Check, label: string): Promise<void> {
    const read = () => this.page.$$eval('.notification-toast .notification-list-item-message, .notifications-center .notification-list-item-message', (els) => els.map((e) => (e as HTMLElement).innerText.trim()));
    let shown: string[] = [];
    const deadline = Date.now() + WAIT;
    do {
      shown = await read();
      if (shown.some((t) => expect.test(t))) break;
      await sleep(300);
    } while (Date.now() < deadline);
    check(shown.some((t) => expect.test(t)), `${label}: ${expect}`, `notifications:\n${shown.join('\n') || '(none)'}`);
  }

  /** Focuses the active editor (after a quick input or a panel took focus). */
  private async focusEditor(): Promise<void> {
    await this.page.keyboard.press('Escape');
    if (!(await this.page.locator('.editor-group-container.active .monaco-editor.focused').count())) await this.paletteCommand('View: Focus Active Editor Group');
    await this.page.waitForSelector('.editor-group-container.active .monaco-editor.focused', { timeout: SHORT });
  }

  private async quickFix(file: string, step: Extract<Step, { kind: 'quickFix' }>, check: Check, label: string): Promise<void> {
    const { at, action } = step;
    await this.goTo(file, at);
    // Until the server has linted the file there is nothing to offer: ask again (Escape, Ctrl+.) until it is there.
    // The menu's actions by their titles (its group headers, "Quick Fix", are not actions).
    const rows = () => this.page.$$eval('.action-widget .monaco-list-row.action', (els) => els.map((e) => (e.getAttribute('aria-label') ?? (e as HTMLElement).innerText).trim()));
    let items: string[] = [];
    const deadline = Date.now() + WAIT;
    for (let attempt = 0; Date.now() < deadline && !items.some((t) => action.test(t)); attempt++) {
      if (attempt) await this.page.keyboard.press('Escape');
      await this.page.keyboard.press('Control+Period');
      const until = Date.now() + 2000;
      do {
        await sleep(200);
        items = await rows();
      } while (!items.some((t) => action.test(t)) && Date.now() < until);
    }
    const ok = items.some((t) => action.test(t));
    check(ok, `${label} at "${at.text}" offers ${action}`, `menu:\n${items.join('\n') || '(none)'}`);
    if (!ok) throw new Error(`no action ${action} in the quick-fix menu`);
    if (step.menu) {
      const inOrder = items.length === step.menu.length && step.menu.every((re, i) => re.test(items[i]));
      check(inOrder, `${label} at "${at.text}": the menu lists, in this order, ${step.menu.join(', ')}`, `menu:\n${items.join('\n')}`);
    }
    for (let i = 0; i <= items.length; i++) {
      const focused = await this.page.$$eval('.action-widget .monaco-list-row.action.focused', (els) => els.map((e) => (e.getAttribute('aria-label') ?? (e as HTMLElement).innerText).trim()).join(''));
      if (action.test(focused)) break;
      await this.page.keyboard.press('ArrowDown');
    }
    await this.screenshot(step.shot ?? 'quick-fix-menu');
    await this.page.keyboard.press('Enter');
    await this.page.waitForSelector('.action-widget', { state: 'hidden', timeout: SHORT });
    if (step.then === 'input') await this.page.waitForSelector('.quick-input-widget input.input', { state: 'visible', timeout: SHORT });
    else await this.page.waitForSelector('.tabs-container .tab.active.dirty', { timeout: SHORT });
  }

  /** Types into the open input box and accepts it; the document changes. */
  private async input(text: string, prompt: RegExp | undefined, shot: string | undefined, check: Check, label: string): Promise<void> {
    const box = this.page.locator('.quick-input-widget');
    await box.locator('input.input').waitFor({ state: 'visible', timeout: SHORT });
    if (prompt) {
      const said = await box.evaluate((w) =>
        [w.querySelector('.quick-input-title'), w.querySelector('.quick-input-message')].map((e) => (e as HTMLElement | null)?.innerText ?? '').join('\n') +
        `\n${(w.querySelector('input.input') as HTMLInputElement | null)?.placeholder ?? ''}`,
      );
      check(prompt.test(said), `${label}: the input box says ${prompt}`, said);
    }
    await this.page.keyboard.type(text, { delay: 10 });
    if (shot) await this.screenshot(shot);
    await this.page.keyboard.press('Enter');
    await box.waitFor({ state: 'hidden', timeout: SHORT });
    await this.page.waitForSelector('.tabs-container .tab.active.dirty', { timeout: SHORT });
  }

  private async command(title: string, acceptPick: boolean, edits: boolean): Promise<void> {
    // In a window that has just loaded, the palette lists an extension's commands once the extension host has read
    // the extensions: ask again until it does.
    for (const deadline = Date.now() + WAIT; ; ) {
      try {
        await this.quickInput('Control+Shift+P', title, title);
        break;
      } catch (err) {
        if (Date.now() > deadline) throw err;
        await this.page.keyboard.press('Escape');
        await sleep(1000);
      }
    }
    if (acceptPick) {
      // The multi-select quick pick of sections (it has a "check all" box); all are pre-selected.
      await this.page.waitForSelector('.quick-input-widget .quick-input-list .monaco-list-row input[type="checkbox"], .quick-input-widget .quick-input-list .monaco-list-row .monaco-checkbox', { timeout: SHORT });
      await this.screenshot('insert-sections-pick');
      await this.page.keyboard.press('Enter');
      await this.page.waitForSelector('.quick-input-widget', { state: 'hidden', timeout: SHORT });
    }
    if (edits) await this.page.waitForSelector('.tabs-container .tab.active.dirty', { timeout: SHORT });
  }
}
