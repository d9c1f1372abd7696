// Lints one file's bytes: the work the CLI does per file, the same whether it runs on the main thread or in a worker
// (cli/worker.ts). Its result is plain data (no functions, no fix payloads), so it crosses threads and the result
// cache (cli/cache.ts) unchanged.
import { lint, plainTextNote } from '../engine/index.ts';
import type { ResolvedConfig } from '../engine/config/resolve.ts';
import type { ConfigProblem, PolicyLinterConfig } from '../engine/types.ts';
import { reportedCoverage, type ReportedCoverage, type ReportedFinding } from './format/report.ts';
import { decodeText, tooLargeForMemory } from './read.ts';

/** The shape of FileResult, part of the result cache's key: bump it when FileResult changes. */
export const RESULT_SHAPE = 3;

export interface FileResult {
  findings: ReportedFinding[];
  /** Each requirement of the active profiles and its state. */
  coverage: ReportedCoverage[];
  /** Byte sequences that were not valid UTF-8 (read as U+FFFD). */
  invalid: number;
  /** Markdown read as plain text (see plainTextNote), to say so on stderr. */
  plainText?: string;
  /** Problems met while applying the config or running a rule (a failed rule is skipped). */
  problems: ConfigProblem[];
}

/** A file that could not be linted: `failure` is the whole line for stderr. */
export type FileOutcome = FileResult | { failure: string };

/** `path` is the name shown to the user; it also chooses the format (by extension). */
export function lintBytes(bytes: Uint8Array, path: string, config: PolicyLinterConfig | undefined, resolved: ResolvedConfig): FileOutcome {
  const decoded = decodeText(bytes);
  if ('error' in decoded) return { failure: `${path} ${decoded.error}` };
  const tooLarge = tooLargeForMemory(decoded.text, path);
  if (tooLarge) return { failure: `${path} ${tooLarge}` };
  try {
    const result = lint(decoded.text, { fileName: path, config }, resolved);
    const findings = result.findings.map(({ fix: _fix, ...rest }) => rest);
    const plainText = plainTextNote(result.document);
    return { findings, coverage: reportedCoverage(result.requirements), invalid: decoded.invalid, ...(plainText ? { plainText } : {}), problems: result.problems };
  } catch (e) {
    // lint() is built not to throw; if it does, the other files are still linted.
    return { failure: `internal error while linting ${path}: ${(e as Error)?.message ?? e}` };
  }
}
