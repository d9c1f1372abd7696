import type { ConfigProblem, PolicyLinterConfig, SeveritySetting } from '../types.ts';

/** A user pattern that passed the safety checks. */
export interface CompiledPattern {
  regex: RegExp;
  message?: string;
  /** Where it came from, for messages ("placeholders.patterns[0]"). */
  key: string;
}

/** Configuration after validation: what rules and recognition actually use. */
export interface ResolvedConfig {
  severities: Map<string, SeveritySetting>;
  /** Topics marked not applicable, with the reason given. */
  notApplicable: Map<string, string>;
  extraHeadings: Map<string, string[]>;
  extraPhrases: Map<string, string[]>;
  placeholderPatterns: CompiledPattern[];
  /** Exact strings never reported as placeholders. */
  allow: string[];
}

export const emptyConfig = (): ResolvedConfig => ({
  severities: new Map(),
  notApplicable: new Map(),
  extraHeadings: new Map(),
  extraPhrases: new Map(),
  placeholderPatterns: [],
  allow: [],
});

// resolveConfig(config, source) -> { config: ResolvedConfig; problems: ConfigProblem[] } is implemented below.
export type ResolveResult = { config: ResolvedConfig; problems: ConfigProblem[] };
export declare function resolveConfig(config: PolicyLinterConfig | undefined, source: string): ResolveResult;
