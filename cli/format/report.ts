import { isAbsolute, relative, sep } from 'node:path';
import type { Finding, Range, RequirementCoverage } from '../../engine/types.ts';

/** A finding as the CLI reports it: fix payloads (snippets) stay in the editor. */
export type ReportedFinding = Omit<Finding, 'fix'>;

/**
 * A requirement of the active profiles and its state in one file, as the CLI reports it (--format coverage, and the
 * `coverage` array of --format json): the engine's RequirementCoverage without offsets and matching internals.
 */
export interface ReportedCoverage {
  id: string;
  title: string;
  rule: string;
  status: RequirementCoverage['status'];
  state: RequirementCoverage['state'];
  profiles: string[];
  citations: RequirementCoverage['citations'];
  /** For covered and vague: the sections titled for it and the sentences that state it, best first, with their ranges and why they count. */
  evidence: Array<{ via: 'heading' | 'statement'; quote: string; range: Range; reason: string }>;
  notApplicable?: RequirementCoverage['notApplicable'];
  /** For missing: a section titled for the requirement that falls short. */
  incomplete?: { title: string; range: Range; shortfall: 'empty' | 'requirement' };
}

export function reportedCoverage(list: readonly RequirementCoverage[]): ReportedCoverage[] {
  const range = (r: Range): Range => ({ start: { ...r.start }, end: { ...r.end } });
  return list.map((r) => ({
    id: r.id,
    title: r.title,
    rule: r.rule,
    status: r.status,
    state: r.state,
    profiles: [...r.profiles],
    citations: r.citations.map((c) => ({ ...c })),
    evidence: r.evidence.map((e) => ({ via: e.via, quote: e.quote, range: range(e.range), reason: e.reason })),
    ...(r.notApplicable ? { notApplicable: { ...r.notApplicable } } : {}),
    ...(r.incomplete ? { incomplete: { title: r.incomplete.title, range: range(r.incomplete.range), shortfall: r.incomplete.shortfall } } : {}),
  }));
}

/** The findings for one linted file, as the formatters receive them. */
export interface FileReport {
  /** As the user gave it, or as walked. */
  path: string;
  /** Absolute path ('' for stdin without --stdin-filename). */
  abs: string;
  findings: ReportedFinding[];
  /** Each requirement of the file's active profiles, in report order. */
  coverage: ReportedCoverage[];
}

export interface FormatContext {
  cwd: string;
  /** Use ANSI colours (stylish only). */
  color: boolean;
  version: string;
  /** --docs-url: the rule pages' address for the whole run (files' configs may name their own). */
  docsUrl?: string;
}

/** The file's path relative to `cwd` with '/' separators, or undefined for stdin and files outside `cwd`. */
export function pathInCwd(report: FileReport, cwd: string): string | undefined {
  if (!report.abs) return undefined;
  const rel = relative(cwd, report.abs);
  return rel.startsWith('..') || isAbsolute(rel) ? undefined : rel.split(sep).join('/');
}
