// Part 7 of `npm run bench`, the slowest inputs under 200 KB: every shape of the scaling tests grown to just under
// 200 KB and linted in each format it applies to. bench/run.ts runs this file in a process of its own with the CLI's
// V8 flags (--no-regexp-tier-up, which the bundle sets first: esbuild.mjs), so that the times are what the CLI spends
// linting the input; it prints the rows as JSON. Arguments: the number of timed runs per input (the median counts);
// --search adds the shapes of bench/search-shapes.ts and lints every shape at 25, 50 and 100 KB too (bench/search.ts,
// the 200 KB search): the Markdown block budget reads a shape as plain text only past a size, so a shape can be slowest
// well under 200 KB.
import { lint } from '../engine/index.ts';
import type { Format } from '../engine/types.ts';
import { largestUnder, SCALING_CASES, WORST_LIMIT } from '../test/robustness/scaling-cases.ts';
import { SEARCH_CASES } from './search-shapes.ts';

export interface WorstRow {
  name: string;
  format: Format;
  chars: number;
  /** The size the shape was grown to just under (characters). */
  limit: number;
  /** Median CPU milliseconds of lint(). */
  t: number;
}

const runs = Number(process.argv[2] ?? 3);
const search = process.argv.includes('--search');
const cases = search ? [...SCALING_CASES, ...SEARCH_CASES] : SCALING_CASES;
const limits = search ? [WORST_LIMIT / 8, WORST_LIMIT / 4, WORST_LIMIT / 2, WORST_LIMIT] : [WORST_LIMIT];
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const rows: WorstRow[] = [];
for (const c of cases) {
  for (const limit of limits) {
    const text = largestUnder(c, limit);
    for (const format of c.formats) {
      lint(text.slice(0, 2000), { format }); // compile what this format needs first
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = cpuMs();
        lint(text, { format });
        times.push(cpuMs() - t0);
      }
      times.sort((a, b) => a - b);
      rows.push({ name: c.name, format, chars: text.length, limit, t: times[times.length >> 1] });
    }
  }
}
process.stdout.write(JSON.stringify(rows));
