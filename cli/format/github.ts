// GitHub Actions workflow commands (`--format github`): one annotation per finding, which GitHub shows on the
// file's lines in the pull request and in the run summary, as markdownlint-cli2's and ESLint's GitHub formatters do:
//   ::error file=docs/privacy.md,line=3,endLine=3,col=5,endColumn=19,title=placeholder::message
// Paths are relative to the working directory (run from the repository root); values are escaped as the
// workflow-command rules require (data: % CR LF; properties also : and ,).
import type { Severity } from '../../engine/types.ts';
import { pathInCwd, type FileReport, type FormatContext } from './report.ts';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(reports: FileReport[], ctx: FormatContext): string {
  let out = '';
  for (const r of reports) {
    const file = pathInCwd(r, ctx.cwd) ?? (r.abs || r.path);
    for (const f of r.findings) {
      const { start, end } = f.range;
      const props: Array<[string, string | number]> = [
        ['file', file],
        ['line', start.line + 1],
        ['endLine', end.line + 1],
        // GitHub uses columns only for an annotation within one line.
        ...(start.line === end.line ? [['col', start.character + 1], ['endColumn', end.character + 1]] as Array<[string, number]> : []),
        ['title', f.ruleId],
      ];
      const properties = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
      out += `::${COMMAND[f.severity]} ${properties}::${escapeData(`${f.message}\n${f.url}`)}\n`;
    }
  }
  return out;
}
