// Installs what the real-editor e2e run needs, when absent, into a cache folder (default .e2e/cs):
// Debian chromium + ripgrep + kerberos headers, and code-server (= VS Code 1.100.3, Node 20) from npm.
// code-server's own postinstall refuses to run as root and downloads ripgrep from GitHub, so its steps are done here.
// Usage: npx tsx test/e2e/install.ts [DEST]; prints the code-server binary path. Idempotent (marker file).
// Every step has a timeout; abortInstall() stops the running step (and its children) at once.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, symlinkSync, rmSync, lstatSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
const MINUTE = 60_000;

let active: ChildProcess | undefined;

/** Stops the step in progress, with its whole process group (npm, node-gyp, compilers...). */
export function abortInstall(): void {
  if (active?.pid && active.exitCode === null) {
    try {
      process.kill(-active.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
}

function run(cmd: string, args: string[], { cwd, env, timeout = 5 * MINUTE }: { cwd?: string; env?: Record<string, string>; timeout?: number } = {}): Promise<string> {
  const t0 = Date.now();
  const what = `${cmd} ${args.join(' ')} (in ${cwd ?? process.cwd()})`;
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    active = child;
    let out = '';
    child.stdout!.on('data', (d) => (out = (out + d).slice(-6000)));
    child.stderr!.on('data', (d) => (out = (out + d).slice(-6000)));
    const timer = setTimeout(() => {
      abortInstall();
      reject(new Error(`${what} timed out after ${timeout / 1000}s\n${out}`));
    }, timeout);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`${what} failed: ${err.message}`));
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      active = undefined;
      if (code === 0) {
        console.error(`[install] ${cmd} ${args.slice(0, 3).join(' ')}… ${((Date.now() - t0) / 1000).toFixed(0)}s`);
        resolvePromise(out);
      } else reject(new Error(`${what} failed: ${signal ? `killed by ${signal}` : `exit code ${code}`}\n${out}`));
    });
  });
}

const which = (bin: string) => spawnSync('sh', ['-c', `command -v ${bin}`], { encoding: 'utf8' }).stdout.trim();

/** Debian packages: the browser, ripgrep (replaces @vscode/ripgrep's GitHub download), gssapi headers for kerberos. */
async function ensureSystemPackages(): Promise<void> {
  const missing: string[] = [];
  if (!existsSync('/usr/bin/chromium')) missing.push('chromium');
  if (!which('rg')) missing.push('ripgrep');
  if (!existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
  if (!which('make') || !which('g++')) missing.push('build-essential');
  if (!which('python3')) missing.push('python3');
  if (!missing.length) return;
  if (!which('apt-get')) throw new Error(`missing system packages (${missing.join(', ')}) and no apt-get to install them`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (...a: string[]) => (sudo.length ? run(sudo[0], [...sudo.slice(1), 'apt-get', ...a], { env }) : run('apt-get', a, { env }));
  await apt('update', '-qq');
  await apt('install', '-y', '-qq', ...missing);
}

export function codeServerBin(dest: string): string {
  return join(dest, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

export async function install(dest = resolve('.e2e/cs')): Promise<string> {
  await ensureSystemPackages();
  const marker = join(dest, `.installed-${CODE_SERVER_VERSION}`);
  if (existsSync(marker)) return codeServerBin(dest);
  const t0 = Date.now();
  rmSync(dest, { recursive: true, force: true }); // a run stopped half-way leaves no marker: start clean
  mkdirSync(dest, { recursive: true });
  writeFileSync(join(dest, 'package.json'), JSON.stringify({ name: 'e2e-code-server', private: true }) + '\n');
  // Native modules compile against the local Node headers when they exist (no download from nodejs.org).
  const env: Record<string, string> = { npm_config_yes: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
  if (existsSync(join(process.execPath, '..', '..', 'include', 'node', 'common.gypi'))) env.npm_config_nodedir = resolve(process.execPath, '..', '..');
  await run('npm', ['install', `code-server@${CODE_SERVER_VERSION}`, '--ignore-scripts', '--no-save'], { cwd: dest, env });
  await run('npm', ['rebuild', 'argon2'], { cwd: dest, env });
  const vscode = join(dest, 'node_modules', 'code-server', 'lib', 'vscode');
  await run('npm', ['install', '--omit=dev', '--ignore-scripts'], { cwd: vscode, env });
  const rgDir = join(vscode, 'node_modules', '@vscode', 'ripgrep', 'bin');
  mkdirSync(rgDir, { recursive: true });
  rmSync(join(rgDir, 'rg'), { force: true });
  symlinkSync(which('rg'), join(rgDir, 'rg'));
  await run('npm', ['rebuild'], { cwd: vscode, env, timeout: 8 * MINUTE }); // spdlog, node-pty, kerberos, native-watchdog...
  const link = (target: string, path: string) => {
    try { lstatSync(path); rmSync(path, { force: true }); } catch { /* absent */ }
    symlinkSync(target, path);
  };
  link('node_modules', join(vscode, 'node_modules.asar'));
  link('code-linux.sh', join(vscode, 'bin', 'remote-cli', 'code-server'));
  link('browser-linux.sh', join(vscode, 'bin', 'helpers', 'browser.sh'));
  await run('npm', ['install', '--omit=dev'], { cwd: join(vscode, 'extensions'), env });
  writeFileSync(marker, `installed in ${((Date.now() - t0) / 1000).toFixed(0)}s\n`);
  console.error(`[install] code-server ${CODE_SERVER_VERSION} installed in ${((Date.now() - t0) / 1000).toFixed(0)}s`);
  return codeServerBin(dest);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(await install(process.argv[2] ? resolve(process.argv[2]) : undefined));
  } catch (err) {
    console.error(String((err as Error)?.message ?? err));
    process.exit(1);
  }
}
