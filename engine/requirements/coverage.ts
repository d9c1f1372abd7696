// The state of each requirement of the active profiles in one document — covered (with its evidence), vague, missing,
// not applicable (with the reason) — as plain data. The rules report from it and LintResult carries it, so the
// editor's coverage view, status bar and hovers and the CLI's coverage report all read the same answer.
import type { CoverageEvidence, CoverageSummary, PolicyDocument, RequirementCoverage, TopicCoverage, TopicEvidence } from '../types.ts';
import type { ResolvedConfig } from '../config/resolve.ts';
import type { TopicDefinition } from '../topics/definition.ts';
import { incompleteSections } from '../topics/recognize.ts';
import { activeRequirements, type ActiveRequirement } from './index.ts';

/** Why a requirement does not apply, when the config or an inline comment says so (by its id, an alias or its rule). */
export function notApplicableBy(doc: PolicyDocument, config: ResolvedConfig, def: TopicDefinition): RequirementCoverage['notApplicable'] {
  const fromConfig = config.notApplicable.get(def.id);
  if (fromConfig !== undefined) return { reason: fromConfig, by: 'config' };
  const names = new Set([def.id, def.rule, ...(def.aliases ?? [])]);
  const d = doc.directives.find((x) => x.kind === 'not-applicable' && x.rules.some((r) => names.has(r)));
  return d ? { reason: d.reason ?? '', by: 'comment', range: doc.lines.rangeOf(d.span) } : undefined;
}

function evidenceOf(doc: PolicyDocument, e: TopicEvidence): CoverageEvidence {
  return {
    via: e.via,
    span: { start: e.span.start, end: e.span.end },
    range: doc.lines.rangeOf(e.span),
    quote: e.quote,
    ...(e.statement ? { statement: e.statement } : {}),
    parts: e.parts.map((p) => ({ ...p })),
    ...(e.vague ? { vague: true } : {}),
    ...(e.denies ? { denies: true } : {}),
    reason: e.reason,
  };
}

function stateOf(doc: PolicyDocument, coverage: TopicCoverage, config: ResolvedConfig, a: ActiveRequirement, all: TopicDefinition[]): RequirementCoverage {
  const { def } = a;
  const base = { id: def.id, title: def.title, rule: def.rule, status: a.status, profiles: [...a.profiles], regimes: [...a.regimes], citations: a.citations.map((c) => ({ ...c })) };
  const na = notApplicableBy(doc, config, def);
  if (na) return { ...base, state: 'not-applicable', evidence: [], notApplicable: na };
  const evidence = coverage.covered.get(def.id) ?? [];
  if (evidence.length) {
    // A topic with vague forms (retention) is covered only vaguely when no concrete statement states it.
    const concrete = !def.vague || evidence.some((e) => e.via === 'statement' && !e.vague);
    return { ...base, state: concrete ? 'covered' : 'vague', evidence: evidence.map((e) => evidenceOf(doc, e)) };
  }
  const applies = coverage.applicable?.get(def.id);
  if (def.recognition.appliesWhen && applies && !applies.length) {
    return { ...base, state: 'not-applicable', evidence: [], notApplicable: { reason: def.recognition.appliesWhen.otherwise, by: 'document' } };
  }
  const options = { extraHeadings: config.extraHeadings, extraPhrases: config.extraPhrases };
  const short = incompleteSections(doc, def, options, all)[0];
  const incomplete = short && { title: short.section.title, span: { ...short.section.heading }, range: doc.lines.rangeOf(short.section.heading), shortfall: short.shortfall };
  return { ...base, state: 'missing', evidence: [], ...(incomplete ? { incomplete } : {}) };
}

const computed = new WeakMap<TopicCoverage, RequirementCoverage[]>();

/**
 * Each requirement of the config's profiles, in report order, with its state in `doc` (`coverage` is the
 * recognition of those requirements, recognizeTopics). Computed once per recognition.
 */
export function requirementCoverage(doc: PolicyDocument, coverage: TopicCoverage, config: ResolvedConfig): RequirementCoverage[] {
  let list = computed.get(coverage);
  if (list) return list;
  const active = activeRequirements(config.profiles);
  list = active.requirements.map((a) => stateOf(doc, coverage, config, a, active.definitions));
  computed.set(coverage, list);
  return list;
}

/** The counts a status bar shows ("Policy: 14/17" = covered of required). */
export function summarizeCoverage(list: ReadonlyArray<Pick<RequirementCoverage, 'state'>>): CoverageSummary {
  const count = (s: RequirementCoverage['state']) => list.filter((r) => r.state === s).length;
  const vague = count('vague');
  const notApplicable = count('not-applicable');
  return { covered: count('covered') + vague, vague, missing: count('missing'), notApplicable, required: list.length - notApplicable };
}
