import type { FixInfo, PolicyDocument, Severity, Span, TopicCoverage } from '../types.ts';
import type { ResolvedConfig } from '../config/resolve.ts';

export interface RuleMeta {
  /** Stable id, used in config, inline directives and output. */
  id: string;
  /** One line for lists and the config schema. */
  description: string;
  /** What the rule reports, in words for menus ("Stop reporting {reports} in this file"). */
  reports: string;
  defaultSeverity: Severity;
  /** The topic a missing-* rule is about. */
  topic?: string;
}

/** What a rule reports; the engine adds severity, range, url and applies directives. */
export interface RuleReport {
  span: Span;
  message: string;
  topic?: string;
  fix?: FixInfo;
}

export interface RuleContext {
  doc: PolicyDocument;
  coverage: TopicCoverage;
  config: ResolvedConfig;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): RuleReport[];
}
