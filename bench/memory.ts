// Memory a lint needs, measured in the lint process the server uses (dist/lint-process.cjs): for each format, a
// realistic policy and the most memory-hungry shapes found, the smallest V8 heap (--max-old-space-size) in which
// the lint completes (bisection; an attempt that takes 5x longer than with plenty of memory counts as failed: that
// close to its limit a lint only collects garbage, and would be past its deadline in the server anyway), and the
// peak resident memory of an unconstrained lint (what the issue measured: V8 keeps garbage until it needs the room). engine/limits.ts holds the figures the limits come from;
// test/robustness/memory.test.ts checks they still hold.
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Format } from '../engine/types.ts';
import type { ChildMessage, ParentMessage } from '../server/src/lint-host.ts';
import { generatePolicy } from './generate.ts';

export const LINT_PROCESS = resolve(import.meta.dirname, '../dist/lint-process.cjs');

export interface MemoryInput {
  format: Format;
  name: string;
  make: (chars: number) => string;
  /** Whether the size limits are sized for it (engine/limits.ts): realistic policies, and HTML and plain-text shapes. */
  sized: boolean;
}

const repeat = (unit: string) => (chars: number) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

/** A realistic policy per format, and the shapes that need the most memory per KB (found by trying many). */
export const MEMORY_INPUTS: MemoryInput[] = [
  { format: 'markdown', name: 'generated policy', make: (n) => generatePolicy({ seed: n, targetSize: n, format: 'markdown' }), sized: true },
  { format: 'markdown', name: 'table rows `| a | b |`', make: (n) => '| a | b |\n| - | - |\n' + repeat('| a | b |\n')(n), sized: false },
  { format: 'markdown', name: 'headings `# a`', make: repeat('# a\n'), sized: false },
  { format: 'markdown', name: 'list items `- a`', make: repeat('- a\n'), sized: false },
  { format: 'markdown', name: 'quotes `> a`', make: repeat('> a\n'), sized: false },
  { format: 'markdown', name: 'slots `[COMPANY] `', make: repeat('[COMPANY] '), sized: false },
  { format: 'text', name: 'generated policy', make: (n) => generatePolicy({ seed: n, targetSize: n, format: 'text' }), sized: true },
  { format: 'text', name: 'slots `[X] `', make: repeat('[X] '), sized: true },
  { format: 'text', name: 'numbered lines `1. A`', make: repeat('1. A\n'), sized: true },
  { format: 'html', name: 'generated policy', make: (n) => generatePolicy({ seed: n, targetSize: n, format: 'html' }), sized: true },
  { format: 'html', name: 'paragraphs `<p>a</p>`', make: repeat('<p>a</p>'), sized: true },
  { format: 'html', name: 'headings `<h2>a</h2>`', make: repeat('<h2>a</h2>\n'), sized: true },
  { format: 'html', name: 'list items `<li>[X]</li>`', make: repeat('<li>[X]</li>'), sized: true },
];

export interface LintRun {
  ok: boolean;
  /** Peak resident memory of the lint process (VmHWM), MB. */
  peakRssMb: number;
  ms: number;
}

/** Lints `text` once in a fresh lint process with the given heap limit; a lint not done within `timeoutMs` fails. */
export function lintInProcess(text: string, format: Format, heapMb: number, timeoutMs = Infinity): Promise<LintRun> {
  return new Promise((done) => {
    const child = fork(LINT_PROCESS, [], { execArgv: [`--max-old-space-size=${heapMb}`], serialization: 'advanced', stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    let started = 0;
    let result: LintRun | undefined;
    let timer: NodeJS.Timeout | undefined;
    child.on('message', (m: ChildMessage) => {
      if (m.type === 'ready') {
        const job: ParentMessage = { id: 1, job: { text, format, fileName: `bench.${format}`, config: { key: '[]', layers: [] } } };
        started = performance.now();
        child.send(job);
        if (timeoutMs < Infinity) timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      } else if (m.type === 'done' || m.type === 'error') {
        clearTimeout(timer);
        const hwm = Number(/^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
        result = { ok: m.type === 'done', peakRssMb: hwm / 1024, ms: performance.now() - started };
        child.kill();
      }
    });
    child.on('exit', () => done(result ?? { ok: false, peakRssMb: 0, ms: performance.now() - started }));
  });
}

export interface HeapNeed {
  /** The smallest heap (MB, within 8 %) in which the lint completes, in at most 5x the time it takes with 4 GB. */
  heapMb: number;
  /** The lint with a 4 GB heap. */
  free: LintRun;
}

export async function heapNeeded(text: string, format: Format): Promise<HeapNeed> {
  const free = await lintInProcess(text, format, 4096);
  if (!free.ok) return { heapMb: Infinity, free };
  const timeout = 5 * free.ms + 2000;
  let lo = 16;
  let hi = 4096;
  while (hi / lo > 1.08) {
    const mid = Math.round(Math.sqrt(lo * hi));
    if ((await lintInProcess(text, format, mid, timeout)).ok) hi = mid;
    else lo = mid;
  }
  return { heapMb: hi, free };
}
