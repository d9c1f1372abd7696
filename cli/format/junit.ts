// JUnit XML (`--format junit`) for CI systems that show test reports (GitLab, Jenkins, Azure Pipelines, CircleCI):
// a <testsuite> per linted file, a failing <testcase> per finding (its type is the severity, as ESLint's JUnit
// formatter reports every message), and one passing <testcase> for a file without findings.
import type { FileReport, ReportedFinding } from './report.ts';

/** Characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD. */
const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };

/** Escaped for an attribute value (line breaks kept as character references) or, with `text`, for element content. */
export function xmlEscape(s: string, text = false): string {
  return s.replace(NOT_XML, '\uFFFD').replace(text ? /[&<>]/g : /[&<>"'\n\r\t]/g, (c) => ENTITY[c]);
}

const position = (f: ReportedFinding) => `${f.range.start.line + 1}:${f.range.start.character + 1}`;

export function formatJunit(reports: FileReport[]): string {
  const failures = reports.reduce((n, r) => n + r.findings.length, 0);
  const tests = reports.reduce((n, r) => n + Math.max(1, r.findings.length), 0);
  let out = `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="policy-linter" tests="${tests}" failures="${failures}" errors="0">\n`;
  for (const r of reports) {
    const file = xmlEscape(r.path);
    out += `  <testsuite name="${file}" tests="${Math.max(1, r.findings.length)}" failures="${r.findings.length}" errors="0">\n`;
    if (!r.findings.length) out += `    <testcase classname="${file}" name="policy-linter" file="${file}"/>\n`;
    for (const f of r.findings) {
      const detail = `${r.path}:${position(f)} ${f.severity} ${f.message} (${f.ruleId})\n${f.url}`;
      out += `    <testcase classname="${file}" name="${xmlEscape(`${f.ruleId} ${position(f)}`)}" file="${file}" line="${f.range.start.line + 1}">\n`;
      out += `      <failure type="${f.severity}" message="${xmlEscape(f.message)}">${xmlEscape(detail, true)}</failure>\n`;
      out += '    </testcase>\n';
    }
    out += '  </testsuite>\n';
  }
  return `${out}</testsuites>\n`;
}
