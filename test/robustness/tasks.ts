// The heavy parts of the robustness tests, run in a child process by isolate.ts (so a hang is caught by a watchdog).
// Each task returns plain data; the mocha tests make the assertions.
import fc from 'fast-check';
import { lint } from '../../engine/index.ts';
import type { ConfigProblem, Format, PolicyLinterConfig } from '../../engine/types.ts';
import { arbitraryText, mutatedPolicy } from './arbitraries.ts';
import { fingerprint, resultProblems } from './invariants.ts';
import { SCALING_CASES } from './scaling-cases.ts';

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
function measure(name: string, format: Format, small: string, large: string, runs: number, progress: Progress, run: (text: string) => void): ScalingResult {
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < runs + 1; i++) {
    for (const [k, text] of [small, large].entries()) {
      progress(`scaling ${name} ${format} ${k ? '8n' : 'n'} (${text.length} chars)`);
      const t0 = cpuMs();
      run(text);
      if (i > 0) times[k].push(cpuMs() - t0);
    }
  }
  const ms: [number, number] = [median(times[0]), median(times[1])];
  return { name, format, chars: [small.length, large.length], ms, ratio: ms[1] / Math.max(ms[0], 0.05) };
}

/** lint() on pathological inputs at n and at 8n units. */
function scaling(args: ScalingArgs, progress: Progress): ScalingResult[] {
  const out: ScalingResult[] = [];
  for (const name of args.cases) {
    const c = SCALING_CASES.find((x) => x.name === name);
    if (!c) throw new Error(`no scaling case "${name}"`);
    for (const format of c.formats) {
      const small = c.make(c.n);
      const large = c.make(8 * c.n);
      const result = measure(name, format, small, large, args.runs, progress, (text) => lint(text, { format }));
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

export const TASKS = { properties, scaling, configuredLint } as const;
export type TaskName = keyof typeof TASKS;
export type TaskArgs<N extends TaskName> = Parameters<(typeof TASKS)[N]>[0];
export type TaskResult<N extends TaskName> = ReturnType<(typeof TASKS)[N]>;
