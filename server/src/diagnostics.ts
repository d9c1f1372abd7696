// Engine findings -> LSP diagnostics.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from '../../engine/index.ts';
import type { DiagnosticData } from './protocol.ts';
import { publishedLink, type RuleLink } from './links.ts';

export const SOURCE = 'policy-linter';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** `link`: where the rule's code links to (the published page, or the client's packaged copy: links.ts). */
export function toDiagnostic(f: Finding, version: number, link: RuleLink = publishedLink): Diagnostic {
  const data: DiagnosticData = { version, ruleId: f.ruleId, ...(f.topic ? { topic: f.topic } : {}), span: f.span, ...(f.fix ? { fix: f.fix } : {}) };
  return {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    codeDescription: { href: link(f) },
    source: SOURCE,
    message: f.message,
    data,
  };
}

/** The single diagnostic shown instead of findings when a document is not linted (binary, too large). */
export function notLintedDiagnostic(reason: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: 'not-linted',
    source: SOURCE,
    message: reason,
  };
}
