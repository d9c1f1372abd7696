// Starts and stops a throw-away code-server: its own user-data, extensions, XDG and temp folders under `dir`, no
// auth, no telemetry/update/trust prompts, bound to a free port on 127.0.0.1.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface CodeServer {
  url: string;
  pid: number;
  log: string;
  userDataDir: string;
  stop(): Promise<void>;
}

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'security.workspace.trust.enabled': false,
  'editor.minimap.enabled': false,
  'editor.hover.delay': 100,
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
  'editor.suggestOnTriggerCharacters': false,
  'editor.wordBasedSuggestions': 'off',
  'files.autoSave': 'off',
  'git.enabled': false,
};

function env(dir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    XDG_DATA_HOME: join(dir, 'xdg-data'),
    XDG_CONFIG_HOME: join(dir, 'xdg-config'),
    TMPDIR: join(dir, 'tmp'),
    // code-server must not take over the harness's terminal or think it is inside VS Code.
    VSCODE_IPC_HOOK_CLI: '',
  };
}

function args(dir: string): string[] {
  return ['--config', join(dir, 'config.yaml'), '--user-data-dir', join(dir, 'udd'), '--extensions-dir', join(dir, 'exts')];
}

/** Creates the run folder; `settings` are added to the user settings. */
export function prepare(dir: string, settings: Record<string, unknown> = {}): void {
  for (const d of ['udd/User', 'exts', 'xdg-data', 'xdg-config', 'tmp']) mkdirSync(join(dir, d), { recursive: true });
  writeFileSync(join(dir, 'config.yaml'), 'auth: none\ncert: false\n');
  writeFileSync(join(dir, 'udd', 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2));
}

/** Installs a VSIX into the run's extensions folder; returns code-server's output. */
export function installExtension(bin: string, dir: string, vsix: string): string {
  const r = spawnSync(process.execPath, [bin, ...args(dir), '--install-extension', vsix], { env: env(dir), encoding: 'utf8', timeout: 120_000 });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0 || r.error) throw new Error(`code-server --install-extension failed (${r.error?.message ?? `exit ${r.status}`}):\n${out}`);
  return out;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

/** Starts code-server on `folder`; `disableTrust` (default) turns workspace trust off altogether. */
export async function start(bin: string, dir: string, folder: string, timeoutMs = 60_000, disableTrust = true): Promise<CodeServer> {
  const port = await freePort();
  const log = join(dir, 'code-server.log');
  const fd = openSync(log, 'w');
  const child: ChildProcess = spawn(
    process.execPath,
    [bin, ...args(dir), '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', ...(disableTrust ? ['--disable-workspace-trust'] : []), '--disable-getting-started-override', folder],
    { env: env(dir), stdio: ['ignore', fd, fd], detached: true },
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    try {
      process.kill(-child.pid!, 'SIGTERM'); // its process group: the server, extension hosts, language servers
    } catch {
      /* already gone */
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* gone */
      }
    }, 5000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with code ${child.exitCode}; see ${log}`);
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return { url, pid: child.pid!, log, userDataDir: join(dir, 'udd'), stop };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  await stop();
  throw new Error(`code-server did not answer on ${url}/healthz within ${timeoutMs / 1000}s; see ${log}`);
}

/** The command lines of the processes in a code-server's process group (its extension hosts, language servers...). */
export function processesOf(pid: number): string[] {
  const out: string[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // pgrp is the 5th field of /proc/<pid>/stat, after the command in parentheses (which may hold spaces).
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      if (pgrp === pid) out.push(readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim());
    } catch {
      // the process ended meanwhile
    }
  }
  return out;
}
