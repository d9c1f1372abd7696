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
  /** The topic a missing-* or vague-* rule is about, when it reports one. */
  topic?: string;
  /** The requirements a missing-* rule of a profile family reports. */
  requirements?: string[];
}

/** What a rule reports; the engine adds severity, range, url and applies directives. */
export interface RuleReport {
  span: Span;
  message: string;
  topic?: string;
  fix?: FixInfo;
  /** Report this many severity steps below the rule's (a requirement that applies only if the practice happens). */
  milder?: number;
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
