// Part 7 of `npm run bench`, the slowest inputs under 200 KB: every shape of the scaling tests grown to just under
// 200 KB and linted in each format it applies to. bench/run.ts runs this file in a process of its own with the CLI's
// V8 flags (--no-regexp-tier-up, which the bundle sets first: esbuild.mjs), so that the times are what the CLI spends
// linting the input; it prints the rows as JSON. Argument: the number of timed runs per input (the median counts).
import { lint } from '../engine/index.ts';
import type { Format } from '../engine/types.ts';
import { largestUnder, SCALING_CASES, WORST_LIMIT } from '../test/robustness/scaling-cases.ts';

export interface WorstRow {
  name: string;
  format: Format;
  chars: number;
  /** Median CPU milliseconds of lint(). */
  t: number;
}

const runs = Number(process.argv[2] ?? 3);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const rows: WorstRow[] = [];
for (const c of SCALING_CASES) {
  const text = largestUnder(c, WORST_LIMIT);
  for (const format of c.formats) {
    lint(text.slice(0, 2000), { format }); // compile what this format needs first
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = cpuMs();
      lint(text, { format });
      times.push(cpuMs() - t0);
    }
    times.sort((a, b) => a - b);
    rows.push({ name: c.name, format, chars: text.length, t: times[times.length >> 1] });
  }
}
process.stdout.write(JSON.stringify(rows));
