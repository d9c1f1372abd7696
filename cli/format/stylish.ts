// Human output in the manner of ESLint's "stylish": findings grouped by file, 1-based line:column, then a summary.
import type { Severity } from '../../engine/types.ts';
import type { FileReport, FormatContext } from './report.ts';

const ANSI = { red: 31, yellow: 33, cyan: 36, gray: 90, bold: 1, underline: 4 } as const;
type Style = keyof typeof ANSI;

const MAX_ALIGNED_MESSAGE = 100;
const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'cyan', hint: 'gray' };

/**
 * A file name as it can be printed to a terminal: control characters (a newline, ESC starting an escape sequence) are
 * written as escapes, so a hostile name cannot forge output lines or drive the terminal.
 */
export function printable(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export function formatStylish(reports: FileReport[], ctx: FormatContext): string {
  const paint = (style: Style, s: string) => (ctx.color ? `\u001b[${ANSI[style]}m${s}\u001b[${style === 'bold' ? 22 : style === 'underline' ? 24 : 39}m` : s);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let out = '';
  for (const r of reports) {
    if (!r.findings.length) continue;
    const rows = r.findings.map((f) => {
      counts[f.severity]++;
      return [`${f.range.start.line + 1}:${f.range.start.character + 1}`, f.severity, f.message.replace(/\s*\n\s*/g, ' '), f.ruleId] as const;
    });
    const width = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i].length)));
    // Aligning rule ids after long messages only spreads them across the screen.
    if (width[2] > MAX_ALIGNED_MESSAGE) width[2] = 0;
    out += `\n${paint('underline', printable(r.path))}\n`;
    for (const [pos, severity, message, ruleId] of rows) {
      out += `  ${paint('gray', pos.padEnd(width[0]))}  ${paint(SEVERITY_STYLE[severity], severity.padEnd(width[1]))}  ${message.padEnd(width[2])}  ${paint('gray', ruleId)}\n`;
    }
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  if (!total) return '';
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const others = counts.info + counts.hint ? `, ${counts.info + counts.hint} info` : '';
  const summary = `\u2716 ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}${others})`;
  return `${out}\n${paint('bold', paint(counts.error ? 'red' : 'yellow', summary))}\n`;
}
