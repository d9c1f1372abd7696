import type { Finding } from '../../engine/types.ts';

/** The findings for one linted file, as the formatters receive them. */
export interface FileReport {
  /** As the user gave it, or as walked. */
  path: string;
  /** Absolute path ('' for stdin without --stdin-filename). */
  abs: string;
  findings: Finding[];
}

export interface FormatContext {
  cwd: string;
  /** Use ANSI colours (stylish only). */
  color: boolean;
  version: string;
}
