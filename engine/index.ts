// The engine's public face: parse -> outline -> topic recognition -> rules -> findings.
// Pure: no VS Code, no LSP, no file system (config files are read by engine/config/load.ts, used by CLI and server).
import type { ConfigProblem, Finding, InlineDirective, LintOptions, LintResult, PolicyDocument, Severity } from './types.ts';
import { parseDocument } from './parse/index.ts';
import { recognizeTopics } from './topics/index.ts';
import { RULES } from './rules/index.ts';
import { resolveConfig, type ResolvedConfig } from './config/resolve.ts';
import { docsUrl } from './docs.ts';
import { countBefore } from './text/search.ts';
import { requirementCoverage } from './requirements/coverage.ts';
import type { RuleReport } from './rules/rule.ts';

export * from './types.ts';
export { parseDocument, formatFor, plainTextNote } from './parse/index.ts';
export { RULES } from './rules/index.ts';
export { TOPICS } from './topics/index.ts';
export { resolveConfig } from './config/resolve.ts';
export { IncrementalLinter, DocumentLinters, type TextChange } from './incremental.ts';
export { docsUrl } from './docs.ts';
export { PROFILES, FAMILIES, REQUIREMENTS, requirementById } from './requirements/index.ts';
export { summarizeCoverage } from './requirements/coverage.ts';

const SEVERITIES: Severity[] = ['error', 'warning', 'info', 'hint'];

/** `severity`, `steps` levels milder (never below hint). */
export function milder(severity: Severity, steps: number): Severity {
  return SEVERITIES[Math.min(SEVERITIES.length - 1, SEVERITIES.indexOf(severity) + steps)];
}

/** Lints one document. Never throws for any input text; a rule that fails is reported as a problem and skipped. */
export function lint(text: string, options: LintOptions = {}, resolved?: ResolvedConfig): LintResult {
  const { config, problems } = configOf(options, resolved);
  return lintDocument(parseDocument(text, options), config, problems);
}

/** The resolved configuration: the one given, else the options' config resolved (with its problems). */
export function configOf(options: LintOptions, resolved?: ResolvedConfig): { config: ResolvedConfig; problems: ConfigProblem[] } {
  if (resolved) return { config: resolved, problems: [] };
  const r = resolveConfig(options.config, 'settings');
  return { config: r.config, problems: r.problems };
}

/** Recognition, rules and directives on a parsed document; `problems` are the configuration's, reported with the result. */
export function lintDocument(document: PolicyDocument, config: ResolvedConfig, configProblems: ConfigProblem[]): LintResult {
  const problems = [...configProblems];
  const coverage = recognizeTopics(document, config);
  const findings: Finding[] = [];
  const silencing = document.directives.some((d) => d.kind !== 'not-applicable');
  /** By rule: findings left out before they were built (see capFindings). */
  const uncounted = new Map<string, number>();
  for (const rule of RULES) {
    const setting = config.severities.get(rule.meta.id) ?? rule.meta.defaultSeverity;
    if (setting === 'off') continue;
    let reports: RuleReport[];
    try {
      reports = rule.check({ doc: document, coverage, config });
    } catch (err) {
      problems.push({ source: 'engine', key: `rules.${rule.meta.id}`, message: `Rule "${rule.meta.id}" failed and was skipped: ${(err as Error)?.message ?? err}` });
      continue;
    }
    const url = docsUrl(rule.meta.id, config.docsUrl);
    // Without comments that silence findings, the rule's findings past the cap are known now: only counted, never built.
    if (!silencing && reports.length > MAX_FINDINGS_PER_RULE + 1) {
      uncounted.set(rule.meta.id, reports.length - MAX_FINDINGS_PER_RULE - 1);
      reports = firstInOrder(reports, MAX_FINDINGS_PER_RULE + 1);
    }
    for (const r of reports) {
      const fix = r.fix; // a getter in some rules: read once
      findings.push({
        ruleId: rule.meta.id,
        ...(r.topic ? { topic: r.topic } : {}),
        severity: r.milder ? milder(setting, r.milder) : setting,
        message: r.message,
        url,
        range: document.lines.rangeOf(r.span),
        span: r.span,
        ...(fix ? { fix } : {}),
      });
    }
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
  let requirements: LintResult['requirements'] = [];
  try {
    requirements = requirementCoverage(document, coverage, config);
  } catch (err) {
    problems.push({ source: 'engine', key: 'profiles', message: `The coverage of the profiles' requirements failed: ${(err as Error)?.message ?? err}` });
  }
  return { document, coverage, requirements, findings: capFindings(applyDirectives(document, findings), uncounted), problems };
}

/**
 * The most findings of one rule a document reports. A draft with a placeholder on each of its 50,000 lines would
 * otherwise get 50,000 diagnostics (megabytes of CLI output, a problems list no one reads, and a tenth of the lint's
 * time spent building, sending and printing them); like other linters, the rest are counted, not listed.
 */
export const MAX_FINDINGS_PER_RULE = 1000;

const RULE_REPORTS = new Map(RULES.map((r) => [r.meta.id, r.meta.reports]));

/**
 * `findings` (in source order, after the directives) with at most MAX_FINDINGS_PER_RULE of each rule: past that, the
 * first finding left out is replaced by one that says how many of the rule's findings are not listed, and the others
 * are dropped. Findings silenced by a directive never count. `uncounted`: by rule, findings after these that were
 * left out before they were built. The same array when no rule goes over.
 */
export function capFindings(findings: Finding[], uncounted: ReadonlyMap<string, number> = new Map()): Finding[] {
  const counts = new Map(uncounted);
  let over = false;
  for (const f of findings) {
    const n = (counts.get(f.ruleId) ?? 0) + 1;
    counts.set(f.ruleId, n);
    if (n > MAX_FINDINGS_PER_RULE) over = true;
  }
  if (!over) return findings;
  const seen = new Map<string, number>();
  const out: Finding[] = [];
  for (const f of findings) {
    const n = (seen.get(f.ruleId) ?? 0) + 1;
    seen.set(f.ruleId, n);
    if (n <= MAX_FINDINGS_PER_RULE) out.push(f);
    else if (n === MAX_FINDINGS_PER_RULE + 1) {
      const more = counts.get(f.ruleId)! - MAX_FINDINGS_PER_RULE;
      const what = RULE_REPORTS.get(f.ruleId) ?? f.ruleId;
      out.push({
        ruleId: f.ruleId,
        severity: f.severity,
        message: `${more.toLocaleString('en-US')} more ${more === 1 ? 'finding' : 'findings'} of this rule (${what}) ${more === 1 ? 'is' : 'are'} not listed, from here on: a document lists at most ${MAX_FINDINGS_PER_RULE.toLocaleString('en-US')} findings of one rule. Resolve the ones listed and check again to see the rest.`,
        url: f.url,
        range: f.range,
        span: f.span,
      });
    }
  }
  return out;
}

/** The first `n` of a rule's reports in source order (by start, then end; a stable sort, as lintDocument's). */
function firstInOrder(reports: RuleReport[], n: number): RuleReport[] {
  const before = (a: RuleReport, b: RuleReport) => a.span.start - b.span.start || a.span.end - b.span.end;
  let sorted = true;
  for (let i = 1; i < reports.length && sorted; i++) sorted = before(reports[i - 1], reports[i]) <= 0;
  return (sorted ? reports : [...reports].sort(before)).slice(0, n);
}

/**
 * Drops findings silenced by inline comments (disable/enable regions, next line, same line). The directives are
 * indexed once (by silenced line; regions per rule, in source order), so the cost is O((findings + directives) ·
 * log directives) rather than findings × directives.
 */
export function applyDirectives(doc: PolicyDocument, findings: Finding[]): Finding[] {
  const ds = doc.directives.filter((d) => d.kind !== 'not-applicable');
  if (!ds.length) return findings;
  const matches = (d: InlineDirective, ruleId: string) => d.rules.length === 0 || d.rules.includes(ruleId);
  /** disable-line and disable-next-line directives by the line they silence. */
  const byLine = new Map<number, InlineDirective[]>();
  const regions: InlineDirective[] = [];
  for (const d of ds) {
    if (d.kind === 'disable' || d.kind === 'enable') {
      regions.push(d);
      continue;
    }
    const line = doc.lines.positionAt(d.span.end).line + (d.kind === 'disable-next-line' ? 1 : 0);
    const list = byLine.get(line);
    if (list) list.push(d);
    else byLine.set(line, [d]);
  }
  // A disable that opens the document (only front matter before it, where no comment can go) covers the front matter too.
  const frontMatter = doc.blocks.find((b) => b.kind === 'front-matter');
  const opensDocument = (d: InlineDirective) => frontMatter !== undefined && d.span.start >= frontMatter.span.end && !doc.text.slice(frontMatter.span.end, d.span.start).trim();
  const startOf = (d: InlineDirective) => (opensDocument(d) ? 0 : d.span.start);
  regions.sort((a, b) => startOf(a) - startOf(b)); // stable: source order among equal starts
  const regionsByRule = new Map<string, InlineDirective[]>();
  const regionsFor = (ruleId: string) => {
    let list = regionsByRule.get(ruleId);
    if (!list) regionsByRule.set(ruleId, (list = regions.filter((d) => matches(d, ruleId))));
    return list;
  };
  return findings.filter((f) => {
    if (byLine.get(f.range.start.line)?.some((d) => matches(d, f.ruleId))) return false;
    const rs = regionsFor(f.ruleId);
    // File-level findings (missing sections) are silenced by a disable anywhere in the file.
    if (f.fix?.kind === 'insert-section' && rs.some((d) => d.kind === 'disable')) return false;
    // Otherwise the last disable/enable that starts at or before the finding decides.
    const n = countBefore(rs, (d) => startOf(d) <= f.span.start);
    return n === 0 || rs[n - 1].kind !== 'disable';
  });
}
