// Machine-readable output: {"files":[{"path","findings":[{ruleId, topic?, severity, message, url, range}],
// "coverage":[{id, title, rule, status, state, profiles, citations, evidence:[{via, quote, range, reason}], notApplicable?,
// incomplete?}]}]}. The shape is a contract (editors' integrations and the corpus scorer read it): no other keys.
import type { FileReport } from './report.ts';

export function formatJson(reports: FileReport[]): string {
  const files = reports.map((r) => ({
    path: r.path,
    findings: r.findings.map((f) => ({
      ruleId: f.ruleId,
      ...(f.topic !== undefined ? { topic: f.topic } : {}),
      severity: f.severity,
      message: f.message,
      url: f.url,
      range: {
        start: { line: f.range.start.line, character: f.range.start.character },
        end: { line: f.range.end.line, character: f.range.end.character },
      },
    })),
    coverage: r.coverage,
  }));
  return JSON.stringify({ files }) + '\n';
}
