// --format coverage: a Markdown report for counsel. Per file, each requirement of the active profiles with its state —
// covered, vague, missing, not applicable — the provisions that ask for it, and the evidence: the quoted sentence and
// its line, or why it does not apply. Findings are not repeated here (the other formats list them).
import { summarizeCoverage } from '../../engine/requirements/coverage.ts';
import { escapeMarkdown } from '../../engine/text/markdown-escape.ts';
import type { FileReport, FormatContext, ReportedCoverage } from './report.ts';

const STATUS: Record<ReportedCoverage['status'], string> = { must: 'must', conditional: 'if it applies', guidance: 'guidance' };

const BY: Record<NonNullable<ReportedCoverage['notApplicable']>['by'], string> = {
  config: 'marked in the configuration',
  comment: 'marked in the policy',
  document: 'the policy never shows the practice',
};

/** Text for a table cell: one line, Markdown shown as written. */
const cell = (s: string) => escapeMarkdown(s.replace(/\s+/g, ' ').trim());

function stateCell(r: ReportedCoverage): string {
  if (r.state === 'covered') return '**covered**';
  if (r.state === 'vague') return '**vague**';
  if (r.state === 'not-applicable') return 'not applicable';
  return r.status === 'conditional' ? '**missing** — say whether it applies' : '**missing**';
}

function evidenceCell(r: ReportedCoverage): string {
  if (r.state === 'not-applicable') {
    const na = r.notApplicable!;
    return na.reason ? `${cell(na.reason)} (${BY[na.by]})` : BY[na.by];
  }
  if (r.state === 'missing') {
    if (!r.incomplete) return 'not stated';
    const what = r.incomplete.shortfall === 'empty' ? 'is empty' : 'does not say what it needs';
    return `not stated: the section “${cell(r.incomplete.title)}” (line ${r.incomplete.range.start.line + 1}) ${what}`;
  }
  // The sentence that states it says more to a reader than the heading of the section it is in.
  const first = r.evidence.find((e) => e.via === 'statement') ?? r.evidence[0];
  const quote = `line ${first.range.start.line + 1}: “${cell(first.quote)}”`;
  return r.evidence.length > 1 ? `${quote} (and ${r.evidence.length - 1} more)` : quote;
}

function fileSection(report: FileReport): string[] {
  const profiles = [...new Set(report.coverage.flatMap((r) => r.profiles))];
  const sum = summarizeCoverage(report.coverage);
  const counts = [`**${sum.covered} of ${sum.required}** required requirements covered${sum.vague ? ` (${sum.vague} vaguely)` : ''}`, `${sum.missing} missing`, `${sum.notApplicable} not applicable`];
  const out = [`## ${cell(report.path)}`, '', `Profiles: ${profiles.map((p) => `\`${p}\``).join(', ')}. ${counts.join(', ')}.`, ''];
  out.push('| Requirement | Provisions | Status | State | Evidence |', '| --- | --- | --- | --- | --- |');
  for (const r of report.coverage) {
    const cites = r.citations.map((c) => `${c.regime} ${c.cite}`).join('; ') || '—';
    out.push(`| ${cell(r.title)} (\`${r.id}\`) | ${cell(cites)} | ${STATUS[r.status]} | ${stateCell(r)} | ${evidenceCell(r)} |`);
  }
  out.push('');
  return out;
}

export function formatCoverage(reports: FileReport[], ctx: FormatContext): string {
  const out = [
    '# Privacy policy coverage',
    '',
    `What each policy states for the requirements of its profiles, as read by policy-linter ${ctx.version}. "Evidence" quotes the sentence the linter read; "if it applies" means the policy must say whether the practice happens. A research aid, not legal advice.`,
    '',
  ];
  if (!reports.length) out.push('No files were linted.', '');
  for (const r of reports) out.push(...fileSection(r));
  return out.join('\n');
}
