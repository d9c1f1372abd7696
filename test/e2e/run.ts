// npm run test:e2e -- the extension in a real VS Code (code-server 4.100.3 = VS Code 1.100.3) driven through its UI.
//   1. installs what it needs when absent (Debian chromium/ripgrep/libkrb5-dev, code-server into .e2e/cs);
//   2. builds the VSIX (npm run package) and checks its contents;
//   3. installs it into a fresh extensions folder, starts code-server on a scratch copy of test/e2e/workspace;
//   4. runs the scenarios of scenarios.ts in headless Chromium through the UI, saving screenshots to test-results/e2e/;
//   5. opens the multi-root workspace test/e2e/multi-root in the same code-server (MULTI_ROOT_SCENARIOS: Lint
//      Workspace, run: onSave);
//   6. runs the same scenarios again through the extension API (test/electron/suite.ts, the @vscode/test-electron
//      suite) in code-server's extension host, loaded as extensionTestsPath;
//   7. starts a second code-server with workspace trust enabled on test/e2e/trust-workspace (TRUST_SCENARIO);
//   8. starts a third whose settings run the extension in the browser's web worker extension host, the web build
//      (WEB_SCENARIO), and checks that no Node build of the server ran.
// Prints "N passed, N failed" last and exits non-zero on any failure. Options:
//   --update-docs-images   copy the README screenshots to docs/images/ after a fully passing run
//   --only=<text>          run only the scenarios whose name contains <text> (of every step above)
//   --no-api               skip step 6
//   --no-multi-root        skip step 5
//   --no-trust             skip step 7
//   --no-web               skip step 8
// Environment: E2E_BUDGET_SECONDS (default 900) bounds the whole run; CHROMIUM_PATH (default /usr/bin/chromium).
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { abortInstall, install } from './install.ts';
import * as codeServer from './code-server.ts';
import { MULTI_ROOT_SCENARIOS, MULTI_ROOT_WORKSPACE, SCENARIOS, TRUST_SCENARIO, WEB_SCENARIO, type Scenario } from './scenarios.ts';
import { UiDriver } from './ui-driver.ts';
import { vsixEntries } from './vsix.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CACHE = join(ROOT, '.e2e');
const RUN = join(CACHE, 'run');
const OUT = join(ROOT, 'test-results', 'e2e');
const FIXTURES = join(ROOT, 'test', 'e2e', 'workspace');
const TRUST_FIXTURES = join(ROOT, 'test', 'e2e', 'trust-workspace');
const MULTI_ROOT_FIXTURES = join(ROOT, 'test', 'e2e', 'multi-root');
const EXTENSION_ID = 'policy-linter.policy-linter';
/** Screenshots copied to docs/images/ (README) by --update-docs-images: [name in test-results/e2e, name in docs/images]. */
const DOC_IMAGES: Array<[RegExp, string]> = [
  [/-problems\.png$/, 'problems.png'],
  [/-hover-missing-section\.png$/, 'hover.png'],
  [/-quick-fix-menu-four\.png$/, 'quick-fix.png'],
  [/-quick-fix-section\.png$/, 'snippet-tab-stops.png'],
  [/-quick-fix-choice\.png$/, 'choice-slot.png'],
  [/-replace-all\.png$/, 'replace-all.png'],
  [/-lint-workspace\.png$/, 'lint-workspace.png'],
  [/-coverage-view\.png$/, 'coverage-view.png'],
  [/-status-bar\.png$/, 'status-bar.png'],
];

const t0 = Date.now();
const log = (s: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${s}`);
let passed = 0;
let failed = 0;
/** Set when the time budget ran out: what fails after that is a consequence of stopping, not a finding. */
let stopped = false;
function check(ok: boolean, what: string, detail?: string): void {
  if (stopped) return;
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${what}`);
  if (!ok && detail) console.log(detail.replace(/^/gm, '    '));
}

const cleanups: Array<() => Promise<unknown>> = [];
async function cleanup(): Promise<void> {
  while (cleanups.length) await cleanups.pop()!().catch((e) => log(`cleanup: ${e}`));
}
function finish(code?: number): never {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(code ?? (failed ? 1 : 0));
}

const budget = Number(process.env.E2E_BUDGET_SECONDS) || 900;
const watchdog = setTimeout(() => {
  check(false, `whole run within ${budget}s`, 'the run was stopped by its time budget (E2E_BUDGET_SECONDS)');
  stopped = true;
  void cleanup().finally(() => finish(1));
}, budget * 1000);
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => void cleanup().finally(() => finish(1)));

function npm(args: string[], timeout: number): string {
  const r = spawnSync('npm', args, { cwd: ROOT, encoding: 'utf8', timeout, env: { ...process.env, npm_config_update_notifier: 'false' } });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0 || r.error) throw new Error(`npm ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`}):\n${out.slice(-4000)}`);
  return out;
}

/** Log files of the extension host(s) under the user-data folder. */
function extensionHostLogs(userDataDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/exthost.*\.log$/i.test(e.name)) found.push(p);
    }
  };
  if (existsSync(join(userDataDir, 'logs'))) walk(join(userDataDir, 'logs'));
  return found;
}

async function main(): Promise<void> {
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });

  // 1. prerequisites
  let t = Date.now();
  cleanups.push(async () => abortInstall());
  const bin = await install(join(CACHE, 'cs'));
  log(`prerequisites ready in ${((Date.now() - t) / 1000).toFixed(0)}s (code-server: ${relative(ROOT, bin)})`);
  const browserPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

  // 2. the VSIX
  t = Date.now();
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  const vsix = join(ROOT, `policy-linter-${version}.vsix`);
  rmSync(vsix, { force: true });
  npm(['run', 'package'], 180_000);
  const entries = vsixEntries(vsix);
  const names = entries.map((e) => e.name);
  const size = statSync(vsix).size;
  log(`packaged ${relative(ROOT, vsix)} in ${((Date.now() - t) / 1000).toFixed(0)}s: ${entries.length} files, ${(size / 1024).toFixed(0)} KiB`);
  const required = ['extension/package.json', 'extension/dist/client.cjs', 'extension/dist/server.cjs', 'extension/dist/lint-process.cjs', 'extension/dist/lint-service.cjs', 'extension/snippets/markdown.json', 'extension/syntaxes/placeholders.tmLanguage.json', 'extension/schemas/policy-linter.schema.json'];
  const absentFiles = required.filter((n) => !names.includes(n));
  const strays = names.filter((n) => /(^|\/)node_modules\/|\.ts$|\.map$|(^|\/)(test|engine|server\/src|client\/src|\.e2e)\//.test(n));
  check(!absentFiles.length && !strays.length, 'VSIX holds the bundles and contributions, and no node_modules or sources', `absent: ${absentFiles.join(', ') || '-'}\nunexpected: ${strays.slice(0, 20).join(', ') || '-'}`);

  // 3. code-server with the extension installed from the VSIX
  rmSync(RUN, { recursive: true, force: true });
  codeServer.prepare(RUN);
  const ws = join(RUN, 'ws');
  cpSync(FIXTURES, ws, { recursive: true });
  const installed = codeServer.installExtension(bin, RUN, vsix);
  const extDirs = readdirSync(join(RUN, 'exts')).filter((d) => d.startsWith(EXTENSION_ID));
  check(extDirs.length === 1, `code-server --install-extension installs ${EXTENSION_ID}`, installed);
  t = Date.now();
  process.env.POLICY_LINTER_FIXTURES = FIXTURES; // for the API suite, which runs in code-server's extension host
  if (only) process.env.POLICY_LINTER_ONLY = only;
  const cs = await codeServer.start(bin, RUN, ws);
  cleanups.push(() => cs.stop());
  log(`code-server up at ${cs.url} in ${((Date.now() - t) / 1000).toFixed(1)}s (log: ${relative(ROOT, cs.log)})`);

  // 4. the browser and the scenarios
  const profile = join(RUN, 'chromium');
  const ctx: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath,
    headless: true,
    viewport: { width: 1400, height: 1000 },
    timeout: 60_000,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  cleanups.push(() => ctx.close());
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  page.setDefaultTimeout(30_000);
  const driver = new UiDriver(page, ws, FIXTURES, OUT, log);
  try {
    await driver.openWorkbench(cs.url);
    check(true, 'workbench loads');
  } catch (err) {
    await driver.screenshot('workbench').catch(() => undefined);
    check(false, 'workbench loads', String(err));
    return;
  }

  const scenarios = SCENARIOS.filter((s) => !only || s.name.includes(only));
  for (const [i, scenario] of scenarios.entries()) {
    t = Date.now();
    log(`scenario ${i + 1}/${scenarios.length}: ${scenario.name}`);
    await driver.run(scenario, check);
    if (i === 0) {
      // By now a Markdown file has been opened: the extension must have been activated, by one of its language
      // events (code-server's own plain-text models may come first), never at startup.
      const logs = extensionHostLogs(cs.userDataDir);
      const activation = logs.map((f) => readFileSync(f, 'utf8')).join('\n').split('\n').filter((l) => l.includes(EXTENSION_ID));
      check(activation.some((l) => /activat/i.test(l) && /onLanguage:(markdown|plaintext|html)/.test(l)), `${EXTENSION_ID} activated by an onLanguage event`, `extension host logs: ${logs.join(', ') || 'none'}\n${activation.join('\n')}`);
    }
    log(`  ${((Date.now() - t) / 1000).toFixed(1)}s`);
  }

  let lastPage = page;
  const multiRoot = MULTI_ROOT_SCENARIOS.filter((s) => !only || s.name.includes(only));
  if (!process.argv.includes('--no-multi-root') && multiRoot.length) {
    t = Date.now();
    log(`multi-root workspace (${MULTI_ROOT_WORKSPACE})`);
    lastPage = await multiRootPhase(ctx, lastPage, cs.url, multiRoot);
    log(`  ${((Date.now() - t) / 1000).toFixed(1)}s`);
  }

  if (!process.argv.includes('--no-api') && scenarios.some((s) => !s.uiOnly)) {
    t = Date.now();
    log('API suite (test/electron/suite.ts) in the extension host');
    await apiSuite(ctx, lastPage, cs.url, ws);
    log(`  ${((Date.now() - t) / 1000).toFixed(1)}s`);
  }

  if (!process.argv.includes('--no-trust') && (!only || TRUST_SCENARIO.name.includes(only))) {
    t = Date.now();
    log(`scenario: ${TRUST_SCENARIO.name}`);
    await trustPhase(ctx, bin, vsix);
    log(`  ${((Date.now() - t) / 1000).toFixed(1)}s`);
  }

  if (!process.argv.includes('--no-web') && (!only || WEB_SCENARIO.name.includes(only))) {
    t = Date.now();
    log(`scenario: ${WEB_SCENARIO.name}`);
    await webPhase(ctx, bin, vsix);
    log(`  ${((Date.now() - t) / 1000).toFixed(1)}s`);
  }

  if (process.argv.includes('--update-docs-images') && !failed) {
    const shots = readdirSync(OUT);
    mkdirSync(join(ROOT, 'docs', 'images'), { recursive: true });
    for (const [re, target] of DOC_IMAGES) {
      const shot = shots.sort().find((s) => re.test(s));
      if (shot) copyFileSync(join(OUT, shot), join(ROOT, 'docs', 'images', target));
    }
    log('docs/images updated');
  }
}

/**
 * Opens a second window on the workspace with the repository as extensionDevelopmentPath and the bundled API suite as
 * extensionTestsPath (the web workbench's `payload` parameter). The suite logs PASS/FAIL lines to the extension host
 * console, which the browser receives, ending with its "N passed, N failed" line.
 */
async function apiSuite(ctx: BrowserContext, uiPage: Page, url: string, ws: string): Promise<void> {
  const suite = join(RUN, 'suite.cjs');
  await esbuild.build({ entryPoints: [join(ROOT, 'test', 'electron', 'suite.ts')], outfile: suite, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'], logLevel: 'warning' });
  const host = new URL(url).host;
  const payload = [
    ['extensionDevelopmentPath', `vscode-remote://${host}${ROOT.replace(/\/$/, '')}`],
    ['extensionTestsPath', `vscode-remote://${host}${suite}`],
  ];
  const page = await ctx.newPage();
  await uiPage.close(); // one window on the workspace at a time
  let summary: string | undefined;
  let ended: () => void = () => undefined;
  const end = new Promise<void>((r) => (ended = r));
  page.on('console', (msg) => {
    const text = msg.text().replace(/^%c\s*\w+\s+color: #\w+\s/, '');
    const m = /^(PASS|FAIL) ([^\n]*)\n?([\s\S]*)$/.exec(text);
    if (m) check(m[1] === 'PASS', `API: ${m[2]}`, m[3]);
    else if (/^\d+ passed, \d+ failed\s*$/.test(text)) {
      summary = text;
      ended();
    }
  });
  page.once('close', () => ended());
  await page.goto(`${url}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(JSON.stringify(payload))}`, { timeout: 30_000 });
  const deadline = new Promise<void>((r) => setTimeout(r, 180_000).unref());
  await Promise.race([end, deadline]);
  check(summary !== undefined, 'API suite ran to its end in the extension host', summary ? undefined : 'no summary line within 180s');
  if (!page.isClosed()) await page.close();
}

/** A new window on the multi-root workspace (a scratch copy of test/e2e/multi-root), in place of `previous`. */
async function multiRootPhase(ctx: BrowserContext, previous: Page, url: string, scenarios: Scenario[]): Promise<Page> {
  const dir = join(RUN, 'multi-root');
  cpSync(MULTI_ROOT_FIXTURES, dir, { recursive: true });
  const page = await ctx.newPage();
  await previous.close(); // one window at a time
  page.setDefaultTimeout(30_000);
  const driver = new UiDriver(page, dir, MULTI_ROOT_FIXTURES, OUT, log);
  try {
    await driver.openWorkbench(url, { workspace: join(dir, MULTI_ROOT_WORKSPACE) });
  } catch (err) {
    await driver.screenshot('multi-root-workbench').catch(() => undefined);
    check(false, 'the multi-root workspace loads', String(err));
    return page;
  }
  for (const scenario of scenarios) {
    const t = Date.now();
    log(`scenario: ${scenario.name}`);
    await driver.run(scenario, check);
    log(`  ${((Date.now() - t) / 1000).toFixed(1)}s`);
  }
  return page;
}

/**
 * A code-server whose user settings put the extension in the web worker extension host (`remote.extensionKind`:
 * web): the workbench loads the `browser` entry, dist/web/client.js, which starts dist/web/server.js in a Web Worker,
 * which lints in dist/web/lint-worker.js. The scenario runs through the UI; then no process of this code-server may be
 * the Node build of the server (dist/server.cjs or dist/lint-process.cjs), and the extension's output says where the
 * engine runs.
 */
async function webPhase(ctx: BrowserContext, bin: string, vsix: string): Promise<void> {
  const dir = join(CACHE, 'run-web');
  rmSync(dir, { recursive: true, force: true });
  codeServer.prepare(dir, { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } });
  const ws = join(dir, 'ws');
  cpSync(FIXTURES, ws, { recursive: true });
  codeServer.installExtension(bin, dir, vsix);
  const cs = await codeServer.start(bin, dir, ws);
  cleanups.push(() => cs.stop());
  const page = await ctx.newPage();
  for (const p of ctx.pages()) if (p !== page) await p.close();
  page.setDefaultTimeout(30_000);
  const driver = new UiDriver(page, ws, FIXTURES, OUT, log);
  await driver.openWorkbench(cs.url);
  const ran = await driver.run(WEB_SCENARIO, check);
  const nodeServers = codeServer.processesOf(cs.pid).filter((p) => /dist\/(?:server|lint-process)\.cjs/.test(p));
  check(ran && nodeServers.length === 0, 'web extension host: no process runs the Node build of the server', nodeServers.join('\n'));
  if (ran) {
    const output = await driver.outputChannel('Policy Linter');
    check(/engine ready in \d+ ms \(lint worker\)/.test(output), 'web extension host: the server lints in its Web Worker (the output says "lint worker")', output || '(empty output)');
  }
  await cs.stop();
}

/** A second code-server, with workspace trust enabled and the folder untrusted (Restricted Mode, no prompt). */
async function trustPhase(ctx: BrowserContext, bin: string, vsix: string): Promise<void> {
  const dir = join(CACHE, 'run-trust');
  rmSync(dir, { recursive: true, force: true });
  codeServer.prepare(dir, { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' });
  const ws = join(dir, 'ws');
  cpSync(TRUST_FIXTURES, ws, { recursive: true });
  codeServer.installExtension(bin, dir, vsix);
  const cs = await codeServer.start(bin, dir, ws, 60_000, false);
  cleanups.push(() => cs.stop());
  const page = await ctx.newPage();
  for (const p of ctx.pages()) if (p !== page) await p.close();
  page.setDefaultTimeout(30_000);
  const driver = new UiDriver(page, ws, TRUST_FIXTURES, OUT, log);
  await driver.openWorkbench(cs.url);
  await driver.run(TRUST_SCENARIO, check);
  await cs.stop();
}

try {
  await main();
} catch (err) {
  check(false, 'e2e run', String((err as Error)?.stack ?? err));
} finally {
  clearTimeout(watchdog);
  await cleanup();
  log('done');
}
finish();
