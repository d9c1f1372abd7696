// The heavy parts of the robustness tests, run in a child process by isolate.ts (so a hang is caught by a watchdog).
// Each task returns plain data; the mocha tests make the assertions.
import fc from 'fast-check';
import { lint } from '../../engine/index.ts';
import type { ConfigProblem, Format, PolicyLinterConfig } from '../../engine/types.ts';
import { arbitraryText, mutatedPolicy } from './arbitraries.ts';
import { fingerprint, resultProblems } from './invariants.ts';
import { SCALING_CASES } from './scaling-cases.ts';
import { auditedPatterns, auditUnits } from './pattern-growth.ts';

type Progress = (input: string) => void;

export interface PropertyArgs {
  format: Format;
  kind: 'arbitrary' | 'mutated';
  seed: number;
  numRuns: number;
}
export interface PropertyResult {
  numRuns: number;
  failed: boolean;
  /** fast-check's report: seed, path and the shrunk counterexample. */
  report: string;
}

/** lint() is total and well-formed on hostile input: no throw, findings inside the document, deterministic. */
function properties(args: PropertyArgs, progress: Progress): PropertyResult {
  const arb = args.kind === 'arbitrary' ? arbitraryText : mutatedPolicy(args.format);
  let i = 0;
  const details = fc.check(
    fc.property(arb, (text) => {
      progress(`${args.kind} ${args.format} seed ${args.seed} case ${i++}: ${text.length} chars, starting ${JSON.stringify(text.slice(0, 120))}`);
      const first = lint(text, { format: args.format });
      const problems = resultProblems(text, first);
      const failedRules = first.problems.filter((p) => p.source === 'engine');
      if (failedRules.length) problems.push(...failedRules.map((p) => `engine problem: ${p.message}`));
      if (problems.length) throw new Error(problems.slice(0, 5).join('\n'));
      const second = lint(text, { format: args.format });
      if (fingerprint(second) !== fingerprint(first)) throw new Error('findings differ between two runs on the same text');
    }),
    { seed: args.seed, numRuns: args.numRuns },
  );
  return { numRuns: details.numRuns, failed: details.failed, report: details.failed ? fc.defaultReportMessage(details) ?? 'failed' : '' };
}

export interface ScalingArgs {
  /** Names from SCALING_CASES, each run in every format it lists. */
  cases: string[];
  runs: number;
}
export interface ScalingResult {
  name: string;
  format: Format;
  /** How many times larger the large text is. */
  factor: number;
  chars: [number, number];
  /** Median CPU milliseconds of lint() at n and 8n. */
  ms: [number, number];
  ratio: number;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Median CPU time of `run` on the small and the large text, measured alternately after a warm-up round. */
function measure(name: string, format: Format, factor: number, small: string, large: string, runs: number, progress: Progress, run: (text: string) => void): ScalingResult {
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < runs + 1; i++) {
    for (const [k, text] of [small, large].entries()) {
      progress(`scaling ${name} ${format} ${k ? `${factor}n` : 'n'} (${text.length} chars)`);
      const t0 = cpuMs();
      run(text);
      if (i > 0) times[k].push(cpuMs() - t0);
    }
  }
  const ms: [number, number] = [median(times[0]), median(times[1])];
  return { name, format, factor, chars: [small.length, large.length], ms, ratio: ms[1] / Math.max(ms[0], 0.05) };
}

/** lint() on pathological inputs at n and at 8n (or `factor` × n) units. */
function scaling(args: ScalingArgs, progress: Progress): ScalingResult[] {
  const out: ScalingResult[] = [];
  for (const name of args.cases) {
    const c = SCALING_CASES.find((x) => x.name === name);
    if (!c) throw new Error(`no scaling case "${name}"`);
    const factor = c.factor ?? 8;
    for (const format of c.formats) {
      const small = c.make(c.n);
      const large = c.make(factor * c.n);
      const result = measure(name, format, factor, small, large, args.runs, progress, (text) => lint(text, { format }));
      out.push(result);
    }
  }
  return out;
}

export interface ConfiguredLintArgs {
  text: string;
  format: Format;
  config: PolicyLinterConfig;
}

/** lint() with a (hostile) configuration: how many findings, and the config problems it reported. */
function configuredLint(args: ConfiguredLintArgs, progress: Progress): { findings: number; problems: ConfigProblem[] } {
  progress(`lint of ${args.text.length} chars with ${JSON.stringify(args.config).slice(0, 200)}`);
  const r = lint(args.text, { format: args.format, config: args.config });
  return { findings: r.findings.length, problems: r.problems };
}

export interface PatternGrowthArgs {
  /** Characters at the small size; the large one is 8 times that. */
  n: number;
  /** Trials per input (the fastest counts: noise only ever adds time). */
  trials: number;
  /** Only these pattern names and units (to remeasure); all when absent. */
  only?: Array<{ name: string; unit: string }>;
  /** Only every `of`-th pattern from `index` (the audit runs in parts, each in its own process with its own watchdog). */
  part?: { index: number; of: number };
  /** A pair is judged only when the large input takes at least this long (a quadratic pattern takes far longer). */
  minMs: number;
}
export interface PatternGrowthResult {
  name: string;
  unit: string;
  /** CPU ms of 8 runs on n characters, and of 1 run on 8n characters. */
  ms: [number, number];
  ratio: number;
}

/** Every audited pattern, run over every unit repeated to n and to 8n characters: time at 8n vs 8 times at n. */
function patternGrowth(args: PatternGrowthArgs, progress: Progress): PatternGrowthResult[] {
  const out: PatternGrowthResult[] = [];
  const scan = (re: RegExp, text: string) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) if (m[0] === '') re.lastIndex++;
  };
  for (const [i, p] of auditedPatterns().entries()) {
    if (args.part && i % args.part.of !== args.part.index) continue;
    const re = new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`);
    for (const unit of auditUnits(p.source)) {
      if (args.only && !args.only.some((o) => o.name === p.name && o.unit === unit)) continue;
      progress(`pattern ${p.name} on ${JSON.stringify(unit)} runs`);
      const small = unit.repeat(Math.ceil(args.n / unit.length));
      const large = unit.repeat(Math.ceil((8 * args.n) / unit.length));
      const best: [number, number] = [Infinity, Infinity];
      for (let t = 0; t < args.trials; t++) {
        let t0 = cpuMs();
        for (let i = 0; i < 8; i++) scan(re, small);
        best[0] = Math.min(best[0], cpuMs() - t0);
        t0 = cpuMs();
        scan(re, large);
        best[1] = Math.min(best[1], cpuMs() - t0);
        if (best[1] < args.minMs) break;
      }
      if (best[1] >= args.minMs) out.push({ name: p.name, unit, ms: best, ratio: best[1] / Math.max(best[0], 0.05) });
    }
  }
  return out;
}

export const TASKS = { properties, scaling, configuredLint, patternGrowth } as const;
export type TaskName = keyof typeof TASKS;
export type TaskArgs<N extends TaskName> = Parameters<(typeof TASKS)[N]>[0];
export type TaskResult<N extends TaskName> = ReturnType<(typeof TASKS)[N]>;
