// The 200 KB search (issue 12: "the largest lint time of any input under 200 KB found by a search you run for it",
// target under 1 s in the CLI). Every shape of the scaling tests (test/robustness/scaling-cases.ts) and of
// bench/search-shapes.ts, grown to just under 200 KB (and 25, 50, 100 KB: the Markdown block budget makes some shapes
// slowest at a middle size), in each format it applies to.
//   Stage 1 screens them all: lint() in a child process with the CLI's V8 flag (bench/worst.ts --search), CPU time.
//   Stage 2 runs the CLI itself on the slowest: `/usr/bin/time -v node DIST/cli.cjs FILE --format json`, one process
//   per run, start-up included; wall time, CPU time (user + system, all threads), peak RSS, and the load average
//   before each run (the machine is shared: wall time depends on it, CPU time much less).
// Usage: node --import tsx bench/search.ts [--top=15] [--runs=3] [--only=SUBSTRING] [--no-screen] [--dist=DIR ...]
//   --dist (repeatable) compares bundles, interleaved run by run (e.g. --dist=/tmp/main/dist --dist=dist);
//   --no-screen runs the CLI on every input that --only keeps, without stage 1.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Format } from '../engine/types.ts';
import { largestUnder, SCALING_CASES, WORST_LIMIT } from '../test/robustness/scaling-cases.ts';
import { SEARCH_CASES } from './search-shapes.ts';
import type { WorstRow } from './worst.ts';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const opt = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const top = Number(opt('top') ?? 15);
const runs = Number(opt('runs') ?? 3);
const only = opt('only');
const dists = args.filter((a) => a.startsWith('--dist=')).map((a) => resolve(a.slice(7)));
if (!dists.length) dists.push(join(root, 'dist'));
const cases = [...SCALING_CASES, ...SEARCH_CASES].filter((c) => !only || c.name.includes(only));
const ext: Record<Format, string> = { markdown: 'md', text: 'txt', html: 'html' };
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const log = (s: string) => process.stderr.write(`${s}\n`);

let rows: Array<Pick<WorstRow, 'name' | 'format' | 'chars' | 'limit'> & { t?: number }>;
if (args.includes('--no-screen')) {
  rows = cases.flatMap((c) => c.formats.map((format) => ({ name: c.name, format, chars: largestUnder(c, WORST_LIMIT).length, limit: WORST_LIMIT })));
} else {
  log(`stage 1: lint() of ${4 * cases.reduce((n, c) => n + c.formats.length, 0)} inputs (load ${load()})`);
  const child = spawnSync(process.execPath, ['--no-regexp-tier-up', '--import', 'tsx', 'bench/worst.ts', '1', '--search'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (child.status !== 0) throw new Error(`bench/worst.ts failed (${child.status}): ${child.stderr.slice(0, 2000)}`);
  rows = (JSON.parse(child.stdout) as WorstRow[]).filter((r) => cases.some((c) => c.name === r.name)).sort((a, b) => b.t - a.t).slice(0, top);
}

/** One CLI run under /usr/bin/time -v. */
function cli(dist: string, file: string) {
  const before = load();
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, join(dist, 'cli.cjs'), file, '--no-config', '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`CLI failed on ${file} (${r.status}): ${r.stderr.slice(-800)}`);
  const field = (label: string) => new RegExp(`${label}[^:]*:\\s*(\\S+)`).exec(r.stderr)?.[1] ?? '';
  const [m, s] = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)').split(':').slice(-2);
  return { wall: Number(m) * 60 + Number(s), cpu: Number(field('User time')) + Number(field('System time')), rssMb: Number(field('Maximum resident set size')) / 1024, load: before };
}

const work = mkdtempSync(join(tmpdir(), 'policy-linter-search-'));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const out: string[] = [];
out.push(`CLI on ${rows.length} inputs, ${runs} run(s) each, median CPU (user+sys) and wall in seconds, peak RSS; load average (1, 5, 15 min) before the first run`);
out.push(`| input | format | size | ${dists.map((d) => `CPU s (wall s, RSS MB) ${d.replace(root + '/', '')}`).join(' | ')} | lint() ms | load |`);
out.push(`| --- | --- | ---: | ${dists.map(() => '---:').join(' | ')} | ---: | --- |`);
for (const r of rows) {
  const c = cases.find((x) => x.name === r.name)!;
  const file = join(work, `search.${ext[r.format]}`);
  writeFileSync(file, largestUnder(c, r.limit));
  const firstLoad = load();
  const per = dists.map(() => [] as ReturnType<typeof cli>[]);
  for (let i = 0; i < runs; i++) for (let d = 0; d < dists.length; d++) per[(d + i) % dists.length].push(cli(dists[(d + i) % dists.length], file));
  const cells = per.map((ms) => `${median(ms.map((x) => x.cpu)).toFixed(2)} (${median(ms.map((x) => x.wall)).toFixed(2)}, ${median(ms.map((x) => x.rssMb)).toFixed(0)})`);
  const line = `| ${r.name} | ${r.format} | ${(r.chars / 1024).toFixed(0)} KB | ${cells.join(' | ')} | ${r.t === undefined ? '' : r.t.toFixed(0)} | ${firstLoad} |`;
  out.push(line);
  log(line);
}
rmSync(work, { recursive: true, force: true });
process.stdout.write(`${out.join('\n')}\n`);
