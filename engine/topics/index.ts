// The topics and requirements a policy is checked for, and their recognition. Topic knowledge lives in the JSON
// lexicons (engine/topics/*.json for the core topics, engine/requirements/*.json for the jurisdiction profiles).
import type { PolicyDocument, TopicCoverage } from '../types.ts';
import type { ResolvedConfig } from '../config/resolve.ts';
import type { TopicDefinition } from './definition.ts';
import { recognize } from './recognize.ts';
import { activeRequirements, requirementById } from '../requirements/index.ts';

export type { TopicDefinition, Citation } from './definition.ts';
export { TOPICS } from './core.ts';

/** A core topic or a requirement of any profile, by its id or one of its aliases. */
export function topicById(id: string): TopicDefinition | undefined {
  return requirementById(id);
}

/**
 * Which of the active profiles' requirements `doc` covers and which sections are about which of them, with the
 * user's extra headings/phrases. Only the active requirements are compiled and scanned.
 */
export function recognizeTopics(doc: PolicyDocument, config: ResolvedConfig): TopicCoverage {
  return recognize(doc, activeRequirements(config.profiles).definitions, { extraHeadings: config.extraHeadings, extraPhrases: config.extraPhrases });
}
