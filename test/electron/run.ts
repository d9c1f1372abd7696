// npm run test:electron -- the shared scenarios (test/e2e/scenarios.ts) in desktop VS Code via @vscode/test-electron.
// It downloads VS Code from Microsoft's update server; where that server cannot be reached (as on this project's
// machines) it stops with a clear message after at most DOWNLOAD_TIMEOUT, and `npm run test:e2e` (code-server, same
// scenarios, through the UI) is the real-editor test to run. Linux needs a display (xvfb-run) for Electron.
// Environment: VSCODE_EXECUTABLE (use an installed VS Code, no download), VSCODE_VERSION (default 1.100.3).
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIR = join(ROOT, '.e2e', 'electron');
const VERSION = process.env.VSCODE_VERSION || '1.100.3';
const DOWNLOAD_TIMEOUT = 90_000;

function fail(message: string): never {
  console.error(message);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

async function vscodeExecutable(): Promise<string> {
  if (process.env.VSCODE_EXECUTABLE) return process.env.VSCODE_EXECUTABLE;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${DOWNLOAD_TIMEOUT / 1000}s`)), DOWNLOAD_TIMEOUT);
  });
  try {
    return await Promise.race([downloadAndUnzipVSCode({ version: VERSION, cachePath: join(ROOT, '.e2e', 'vscode-test'), timeout: 30_000 }), timeout]);
  } catch (err) {
    fail(
      `Cannot download VS Code ${VERSION} for @vscode/test-electron: ${(err as Error)?.message ?? err}\n` +
        'This machine cannot reach Microsoft\'s VS Code update server. Run the same scenarios in a real VS Code with\n' +
        '`npm run test:e2e` (code-server from npm + Debian chromium), or set VSCODE_EXECUTABLE to an installed VS Code.',
    );
  } finally {
    clearTimeout(timer);
  }
}

const executable = await vscodeExecutable();
const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit', timeout: 180_000 });
if (build.status !== 0) fail('npm run build failed');
rmSync(DIR, { recursive: true, force: true });
mkdirSync(DIR, { recursive: true });
const suite = join(DIR, 'suite.cjs');
await esbuild.build({ entryPoints: [join(ROOT, 'test', 'electron', 'suite.ts')], outfile: suite, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'], logLevel: 'warning' });
const fixtures = join(ROOT, 'test', 'e2e', 'workspace');
const ws = join(DIR, 'ws');
cpSync(fixtures, ws, { recursive: true });
try {
  const code = await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: suite,
    extensionTestsEnv: { POLICY_LINTER_FIXTURES: fixtures },
    launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--user-data-dir', join(DIR, 'udd')],
  });
  process.exit(code);
} catch (err) {
  fail(`VS Code tests failed: ${(err as Error)?.message ?? err}`);
}
