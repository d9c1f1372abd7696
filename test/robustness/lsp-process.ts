// A minimal LSP client over stdio for the robustness tests and the editor-loop benchmark. Unlike a library client it
// can also write raw, malformed bytes to the server, and it reads the server's resident memory from /proc.
// It answers the server's own requests: workspace/configuration with the given "policyLinter" settings, and null to
// anything else (registerCapability, workDoneProgress/create...).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SERVER_NODE_ARGS } from '../../server/src/protocol.ts';

export const SERVER_BUNDLE = resolve(import.meta.dirname, '../../dist/server.cjs');
/** Node flags that make the server report its memory after a full GC on SIGUSR2 (see memoryAfterGc). */
export const MEMORY_PROBE_ARGS = ['--expose-gc', '--require', resolve(import.meta.dirname, 'memory-probe.cjs')];

type Message = { jsonrpc: '2.0'; id?: number | string | null; method?: string; params?: unknown; result?: unknown; error?: { code: number; message: string } };

export interface PublishDiagnosticsParams {
  uri: string;
  version?: number;
  diagnostics: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; code?: string | number; message: string; severity?: number; data?: unknown }>;
}

export interface StartOptions {
  /** The "policyLinter" settings section answered to workspace/configuration. */
  settings?: Record<string, unknown>;
  initializationOptions?: Record<string, unknown>;
  rootUri?: string | null;
  /** Extra node flags, e.g. --expose-gc (after SERVER_NODE_ARGS, the client's). */
  nodeArgs?: string[];
  /** Extra arguments of the server, e.g. `--code-cache=DIR` (as the VS Code client passes). */
  serverArgs?: string[];
}

export class LspProcess {
  readonly proc: ChildProcessWithoutNullStreams;
  settings: Record<string, unknown>;
  /** Notifications from the server in arrival order (bounded: the oldest are dropped past 10,000). */
  readonly notifications: Message[] = [];
  stderr = '';
  exitCode: number | null | undefined = undefined;
  private nextId = 1;
  private buffer = Buffer.alloc(0);
  private readonly pending = new Map<number, { resolve: (m: Message) => void; reject: (e: Error) => void }>();
  private readonly waiters: Array<{ test: (m: Message) => boolean; resolve: (m: Message) => void }> = [];

  constructor(options: StartOptions = {}) {
    this.settings = options.settings ?? {};
    this.proc = spawn(process.execPath, [...SERVER_NODE_ARGS, ...(options.nodeArgs ?? []), SERVER_BUNDLE, '--stdio', ...(options.serverArgs ?? [])], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.proc.stderr.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString('utf8')).slice(-100_000);
    });
    this.proc.stdin.on('error', () => {}); // a dead server is detected through `alive`, not by crashing the test
    this.proc.on('exit', (code) => {
      this.exitCode = code;
      for (const p of this.pending.values()) p.reject(new Error(`server exited (${code}) with a request pending; stderr: ${this.stderr.slice(-2000)}`));
      this.pending.clear();
    });
  }

  get alive(): boolean {
    return this.exitCode === undefined;
  }

  /** Starts the server and runs initialize / initialized. */
  static async start(options: StartOptions = {}): Promise<{ server: LspProcess; capabilities: Record<string, unknown> }> {
    const server = new LspProcess(options);
    const init = (await server.request('initialize', {
      processId: process.pid,
      rootUri: options.rootUri ?? null,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true }, hover: { contentFormat: ['markdown', 'plaintext'] }, codeAction: {}, synchronization: { didSave: true } },
      },
      initializationOptions: options.initializationOptions ?? {},
    }, 30_000)) as { capabilities: Record<string, unknown> };
    server.notify('initialized', {});
    return { server, capabilities: init.capabilities };
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = Number(/Content-Length: *(\d+)/i.exec(header)?.[1]);
      if (!Number.isFinite(length)) throw new Error(`server sent a frame without Content-Length: ${header}`);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body) as Message);
    }
  }

  private dispatch(m: Message): void {
    if (m.method !== undefined && m.id !== undefined && m.id !== null) {
      this.send({ jsonrpc: '2.0', id: m.id, result: this.answer(m.method, m.params) });
      return;
    }
    if (m.method !== undefined) {
      const i = this.waiters.findIndex((w) => w.test(m));
      if (i >= 0) this.waiters.splice(i, 1)[0].resolve(m);
      this.notifications.push(m);
      if (this.notifications.length > 10_000) this.notifications.splice(0, this.notifications.length - 10_000);
      return;
    }
    const p = typeof m.id === 'number' ? this.pending.get(m.id) : undefined;
    if (!p) return;
    this.pending.delete(m.id as number);
    p.resolve(m);
  }

  private answer(method: string, params: unknown): unknown {
    if (method === 'workspace/configuration') {
      const items = ((params as { items?: Array<{ section?: string }> })?.items ?? []);
      return items.map((it) => {
        if (it.section === 'policyLinter') return this.settings;
        if (it.section?.startsWith('policyLinter.')) return this.settings[it.section.slice('policyLinter.'.length)] ?? null;
        return null;
      });
    }
    return null;
  }

  private send(m: Message): void {
    const body = Buffer.from(JSON.stringify(m), 'utf8');
    this.writeRaw(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  /** Writes bytes as they are (malformed frames included). */
  writeRaw(bytes: Buffer | string): void {
    if (this.alive) this.proc.stdin.write(bytes);
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Sends a request; resolves with the whole response (result or error), rejects on timeout or exit. */
  call(method: string, params: unknown, timeoutMs = 20_000): Promise<Message> {
    const id = this.nextId++;
    return new Promise<Message>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no answer to ${method} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (m) => (clearTimeout(timer), resolve(m)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  /** Sends a request and returns its result; an error response rejects. */
  async request(method: string, params: unknown, timeoutMs = 20_000): Promise<unknown> {
    const m = await this.call(method, params, timeoutMs);
    if (m.error) throw new Error(`${method} failed: ${m.error.code} ${m.error.message}`);
    return m.result;
  }

  /** The next notification (from now on) that passes `test`. */
  waitFor(test: (m: Message) => boolean, timeoutMs = 20_000, what = 'notification'): Promise<Message> {
    return new Promise((resolve, reject) => {
      const w = { test, resolve: (m: Message) => (clearTimeout(timer), resolve(m)) };
      const timer = setTimeout(() => {
        const i = this.waiters.indexOf(w);
        if (i >= 0) this.waiters.splice(i, 1);
        reject(new Error(`no ${what} within ${timeoutMs} ms; stderr: ${this.stderr.slice(-2000)}`));
      }, timeoutMs);
      this.waiters.push(w);
    });
  }

  /** The next publishDiagnostics for `uri` (and `version`, when the server reports versions). */
  async diagnostics(uri: string, version?: number, timeoutMs = 20_000): Promise<PublishDiagnosticsParams> {
    const m = await this.waitFor((n) => {
      if (n.method !== 'textDocument/publishDiagnostics') return false;
      const p = n.params as PublishDiagnosticsParams;
      return p.uri === uri && (version === undefined || p.version === undefined || p.version === version);
    }, timeoutMs, `diagnostics for ${uri}${version === undefined ? '' : ` v${version}`}`);
    return m.params as PublishDiagnosticsParams;
  }

  open(uri: string, text: string, languageId = 'markdown', version = 1): void {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Resident set size of the server process in bytes (Linux /proc). */
  rss(): number {
    const status = readFileSync(`/proc/${this.proc.pid}/status`, 'utf8');
    const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]);
    return kb * 1024;
  }

  /** Resident set size of the server and of its child processes (the lint process) in bytes (Linux /proc). */
  rssWithChildren(): number {
    const rss = (pid: number) => {
      try {
        return Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
      } catch {
        return 0; // exited meanwhile
      }
    };
    return [this.proc.pid!, ...this.childPids()].reduce((n, pid) => n + rss(pid), 0);
  }

  private childPids(): number[] {
    return readFileSync(`/proc/${this.proc.pid}/task/${this.proc.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  }

  /** Proportional set size of the server and its child processes (Linux): a page shared by n processes counts 1/n in each. */
  pssWithChildren(): number {
    const pss = (pid: number) => {
      try {
        return Number(/^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0) * 1024;
      } catch {
        return 0;
      }
    };
    return [this.proc.pid!, ...this.childPids()].reduce((n, pid) => n + pss(pid), 0);
  }

  /**
   * Memory after a full GC, from a server started with MEMORY_PROBE_ARGS (Linux: the probe answers SIGUSR2 on stderr).
   */
  async memoryAfterGc(timeoutMs = 10_000): Promise<NodeJS.MemoryUsage> {
    const from = this.stderr.length;
    this.proc.kill('SIGUSR2');
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const m = /policy-linter-memory (\{.*\})\n/.exec(this.stderr.slice(from));
      if (m) return JSON.parse(m[1]) as NodeJS.MemoryUsage;
      if (Date.now() > deadline || !this.alive) throw new Error(`no memory report from the server; stderr: ${this.stderr.slice(-1000)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** shutdown + exit, then kill if it does not exit within `ms`. */
  async stop(ms = 5000): Promise<void> {
    if (!this.alive) return;
    const exited = new Promise<void>((resolve) => this.proc.once('exit', () => resolve()));
    try {
      await this.request('shutdown', null, ms);
      this.notify('exit', null);
    } catch {
      // fall through to kill
    }
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), ms);
    await exited;
    clearTimeout(timer);
  }
}
