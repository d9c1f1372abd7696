import { isAbsolute, relative, sep } from 'node:path';
import type { Finding } from '../../engine/types.ts';

/** A finding as the CLI reports it: fix payloads (snippets) stay in the editor. */
export type ReportedFinding = Omit<Finding, 'fix'>;

/** The findings for one linted file, as the formatters receive them. */
export interface FileReport {
  /** As the user gave it, or as walked. */
  path: string;
  /** Absolute path ('' for stdin without --stdin-filename). */
  abs: string;
  findings: ReportedFinding[];
}

export interface FormatContext {
  cwd: string;
  /** Use ANSI colours (stylish only). */
  color: boolean;
  version: string;
}

/** The file's path relative to `cwd` with '/' separators, or undefined for stdin and files outside `cwd`. */
export function pathInCwd(report: FileReport, cwd: string): string | undefined {
  if (!report.abs) return undefined;
  const rel = relative(cwd, report.abs);
  return rel.startsWith('..') || isAbsolute(rel) ? undefined : rel.split(sep).join('/');
}
