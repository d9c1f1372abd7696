// Runs a robustness task (test/robustness/tasks.ts) in a child process with a watchdog. lint() is synchronous, so a
// hang inside it would also hang mocha (its timeouts cannot fire while the event loop is blocked): the child is killed
// instead, and the test fails with the last input the child said it was about to lint.
import { fork } from 'node:child_process';
import { resolve } from 'node:path';
import type { TaskName, TaskArgs, TaskResult } from './tasks.ts';

const CHILD = resolve(import.meta.dirname, 'child.ts');

export function runIsolated<N extends TaskName>(task: N, args: TaskArgs<N>, timeoutMs: number): Promise<TaskResult<N>> {
  return new Promise((resolvePromise, reject) => {
    const child = fork(CHILD, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'pipe', 'ipc'] });
    let last = '(nothing yet)';
    let stderr = '';
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (child.exitCode === null) child.kill('SIGKILL');
      fn();
    };
    const timer = setTimeout(
      () => finish(() => reject(new Error(`task "${task}" did not finish within ${timeoutMs} ms; last input: ${last}`))),
      timeoutMs,
    );
    child.stderr?.on('data', (d: Buffer) => {
      if (stderr.length < 20_000) stderr += d.toString('utf8');
    });
    child.on('message', (m: { type: 'progress'; input: string } | { type: 'done'; result: TaskResult<N> } | { type: 'error'; message: string }) => {
      if (m.type === 'progress') last = m.input;
      else if (m.type === 'done') finish(() => resolvePromise(m.result));
      else finish(() => reject(new Error(`task "${task}" failed: ${m.message}\nlast input: ${last}`)));
    });
    child.on('exit', (code, signal) => finish(() => reject(new Error(`task "${task}" child exited (${code ?? signal}); last input: ${last}\n${stderr.slice(-4000)}`))));
    child.send({ task, args });
  });
}
