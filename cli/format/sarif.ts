// SARIF 2.1.0 for GitHub code scanning (upload with github/codeql-action/upload-sarif).
// Regions are 1-based; columns count UTF-16 code units, which the run declares with columnKind. Artifact URIs are
// relative to the working directory, which GitHub reads as relative to the repository root: run from the root.
import { sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../../engine/rules/index.ts';
import { REPOSITORY_URL, docsUrl } from '../../engine/docs.ts';
import type { Severity } from '../../engine/types.ts';
import { pathInCwd, type FileReport, type FormatContext } from './report.ts';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** A file's URI: relative to the working directory with forward slashes when inside it, a file: URL otherwise. */
export function artifactUri(report: FileReport, cwd: string): string {
  if (!report.abs) return report.path.split(sep).map(encodeURIComponent).join('/') || 'stdin';
  const rel = pathInCwd(report, cwd);
  return rel === undefined ? pathToFileURL(report.abs).href : rel.split('/').map(encodeURIComponent).join('/');
}

export function formatSarif(reports: FileReport[], ctx: FormatContext): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.meta.id, i]));
  // A rule's help is where its findings link (the files' configs may name a docsUrl), else the run's docs address.
  const helpUri = new Map<string, string>();
  for (const f of reports.flatMap((r) => r.findings)) if (!helpUri.has(f.ruleId)) helpUri.set(f.ruleId, f.url);
  const results = reports.flatMap((r) => {
    const uri = artifactUri(r, ctx.cwd);
    return r.findings.map((f) => ({
      ruleId: f.ruleId,
      ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri },
            region: {
              startLine: f.range.start.line + 1,
              startColumn: f.range.start.character + 1,
              endLine: f.range.end.line + 1,
              endColumn: f.range.end.character + 1,
            },
          },
        },
      ],
    }));
  });
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'policy-linter',
            version: ctx.version,
            semanticVersion: ctx.version,
            informationUri: REPOSITORY_URL,
            rules: RULES.map((r) => ({
              id: r.meta.id,
              shortDescription: { text: r.meta.description },
              helpUri: helpUri.get(r.meta.id) ?? docsUrl(r.meta.id, ctx.docsUrl),
              defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
