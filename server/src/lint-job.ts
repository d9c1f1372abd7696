// One lint as the lint host runs it, wherever that is (a worker, or the calling thread): the configuration layers
// are resolved (engine/config/resolve.ts, cached by their key) and the engine's lint() runs. Everything in and out is
// plain data, so a job and its result cross a thread boundary by structured clone.
import { lint, type Format, type LintResult } from '../../engine/index.ts';
import { resolveLayers, type ResolveResult } from '../../engine/config/resolve.ts';
import type { ConfigSpec } from './config.ts';

export interface LintJob {
  text: string;
  format: Format;
  fileName: string;
  /** The editor's language id (a sign of a template the editor knows). */
  languageId?: string;
  config: ConfigSpec;
}

/** Resolved configurations by key: a handful of distinct ones are in use at a time (one per settings scope and file). */
const resolvedConfigs = new Map<string, ResolveResult>();
const MAX_CONFIGS = 32;

function resolved(spec: ConfigSpec): ResolveResult {
  let r = resolvedConfigs.get(spec.key);
  if (r) {
    resolvedConfigs.delete(spec.key); // most recently used last
  } else {
    r = resolveLayers(spec.layers);
    if (resolvedConfigs.size >= MAX_CONFIGS) resolvedConfigs.delete(resolvedConfigs.keys().next().value!);
  }
  resolvedConfigs.set(spec.key, r);
  return r;
}

/** Lints the job's text. Its problems are the configuration's (validation) and the engine's. Never throws. */
export function runLintJob(job: LintJob): LintResult {
  const config = resolved(job.config);
  const result = lint(job.text, { format: job.format, fileName: job.fileName, ...(job.languageId ? { languageId: job.languageId } : {}) }, config.config);
  return { ...result, problems: [...config.problems, ...result.problems] };
}
