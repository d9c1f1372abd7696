// The Node lint host: lints run in a child process (dist/lint-process.cjs) with its own V8 heap limit. A lint past
// its deadline is abandoned by killing the process; one that runs out of memory kills only that process. Either
// way the next lint starts a fresh one. A child process rather than a worker thread: a worker's resourceLimits are
// best effort, and a worker that hits its heap limit during a large allocation aborts the whole process
// (nodejs/node#47224; seen here linting 1 MB of Markdown headings), which would take the server down with it.
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { LintJob } from './lint-job.ts';
import { CODE_CACHE_ARG } from './protocol.ts';
import { HOST_STOPPED, SerialLintHost, type ChildMessage, type HostOutcome, type LintFailure, type Running } from './lint-host.ts';

/** Heap of the lint process (MB): what the largest accepted document may need (engine/limits.ts). */
export const LINT_HEAP_MB = 1536;

/** However busy the machine, a lint is abandoned after this many times its deadline in wall-clock time. */
const MAX_WALL_FACTOR = 4;

/**
 * CPU time a process has used (ms), from /proc on Linux; undefined elsewhere. utime and stime are fields 14 and 15 of
 * /proc/<pid>/stat, counted after the command name (which may contain spaces), in clock ticks of 10 ms (USER_HZ is
 * 100 on every Linux that Node supports).
 */
export function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined || process.platform !== 'linux') return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

interface Current extends Running<ChildProcess> {
  /** The lint process's CPU time when the lint started (ms), where the system tells it. */
  cpuAtStart?: number;
}

export interface ProcessHostOptions {
  heapMb?: number;
  /** Where the lint process keeps V8's code cache of its bundle (code-cache.ts); none when undefined. */
  codeCacheDir?: string;
  /** One line per event worth knowing: start-up time, a lint abandoned, a process that died. */
  log?: (message: string) => void;
}

export class ProcessLintHost extends SerialLintHost<ChildProcess, Current> {
  readonly heapMb: number;
  private readonly codeCacheDir?: string;
  private child?: ChildProcess;
  private stderr = '';

  constructor(
    private readonly script: string,
    options: ProcessHostOptions = {},
  ) {
    super(options.log);
    this.heapMb = options.heapMb ?? LINT_HEAP_MB;
    this.codeCacheDir = options.codeCacheDir;
  }

  /** Starts the lint process now, so that its start-up overlaps the client's (the first lint would start it anyway). */
  start(): void {
    this.spawned();
  }

  run(job: LintJob, deadlineMs: number): Promise<HostOutcome> {
    if (this.disposed) return Promise.resolve(HOST_STOPPED);
    const child = this.spawned();
    return this.submit(child, job, deadlineMs, (m, refused) => child.send(m, (err) => err && refused(err.message)), 'lint process');
  }

  dispose(): void {
    this.stopCurrent();
    this.child?.kill('SIGKILL');
    this.child = undefined;
  }

  private spawned(): ChildProcess {
    if (this.child) return this.child;
    this.stderr = '';
    const child = fork(this.script, this.codeCacheDir ? [`${CODE_CACHE_ARG}${this.codeCacheDir}`] : [], {
      // --expose-gc: the process collects its garbage when it falls idle (lint-service.ts). V8's own young generation:
      // 4 MB semi-spaces kept ~45 MB less resident at rest but made each lint of a 1 MB document 1.5-2 s slower in
      // the bench's editor loop (docs/performance.md, "Start-up and memory").
      execArgv: [`--max-old-space-size=${this.heapMb}`, '--expose-gc'],
      serialization: 'advanced', // structured clone: Maps, nested objects, no JSON round trip
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    child.stderr!.on('data', (d: Buffer) => {
      if (child === this.child) this.stderr = (this.stderr + d.toString('utf8')).slice(-4000);
    });
    child.on('message', (m: ChildMessage) => this.receive(child, m, `lint process ${child.pid}`));
    child.on('error', (err) => this.exited(child, `could not run the lint process: ${err.message}`));
    child.on('exit', (code, signal) => this.exited(child, signal ? `signal ${signal}` : `exit code ${code}`, signal));
    this.child = child;
    return child;
  }

  protected started(c: Current): void {
    c.cpuAtStart = processCpuMs(c.runner.pid);
    c.timer = setTimeout(() => this.checkDeadline(c), c.deadlineMs);
  }

  /**
   * The deadline counts the lint's own CPU time where the system tells it: on a machine busy with other work a lint
   * that has not yet had its deadline's worth of CPU gets the rest (up to MAX_WALL_FACTOR times the deadline in wall
   * time), so a busy machine does not make ordinary documents "too slow to check".
   */
  private checkDeadline(c: Current): void {
    if (this.current !== c) return;
    const cpu = processCpuMs(c.runner.pid);
    const used = cpu !== undefined && c.cpuAtStart !== undefined ? cpu - c.cpuAtStart : undefined;
    const wall = performance.now() - c.startedAt!;
    if (used !== undefined && used < c.deadlineMs && wall < c.deadlineMs * MAX_WALL_FACTOR) {
      c.timer = setTimeout(() => this.checkDeadline(c), Math.max(10, c.deadlineMs - used));
      return;
    }
    this.abandon(c);
  }

  /** Past the deadline: the process is killed (the lint cannot be interrupted otherwise); the next run starts a new one. */
  private abandon(c: Current): void {
    this.log(`Policy Linter: a lint took longer than ${c.deadlineMs} ms; it was stopped and the lint process restarted.`);
    this.detach(c.runner);
    this.finish(c.id, { kind: 'failed', reason: 'timeout', detail: `no result within ${c.deadlineMs} ms` });
  }

  private exited(child: ChildProcess, how: string, signal?: NodeJS.Signals | null): void {
    if (child !== this.child) return; // killed on purpose, already accounted for
    this.child = undefined;
    const outOfMemory = signal === 'SIGABRT' || /heap out of memory|Reached heap limit/i.test(this.stderr);
    const reason: LintFailure = outOfMemory ? 'memory' : 'crash';
    const last = this.stderr.trim().split('\n').find((l) => /FATAL ERROR|Error/.test(l)) ?? '';
    if (!this.disposed) this.log(`Policy Linter: the lint process stopped (${how})${last ? `: ${last.trim()}` : ''}.`);
    if (this.current?.runner === child) this.finish(this.current.id, { kind: 'failed', reason, detail: outOfMemory ? `out of memory (heap limit ${this.heapMb} MB)` : `the lint process stopped (${how})` });
  }

  private detach(child: ChildProcess): void {
    if (this.child === child) this.child = undefined;
    child.kill('SIGKILL');
  }
}
