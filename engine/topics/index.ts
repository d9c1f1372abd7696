// The required topics of a privacy policy and their recognition. Topic knowledge lives in the JSON lexicons.
import type { PolicyDocument, TopicCoverage } from '../types.ts';
import type { ResolvedConfig } from '../config/resolve.ts';
import type { TopicDefinition } from './definition.ts';
import { recognize } from './recognize.ts';
import retention from './retention.json' with { type: 'json' };
import contact from './contact.json' with { type: 'json' };
import children from './children.json' with { type: 'json' };
import transfers from './transfers.json' with { type: 'json' };

export type { TopicDefinition, Citation } from './definition.ts';

/** Every required topic, in report order. */
export const TOPICS: TopicDefinition[] = [retention, contact, children, transfers] as TopicDefinition[];

export function topicById(id: string): TopicDefinition | undefined {
  return TOPICS.find((t) => t.id === id);
}

/** Which topics `doc` covers and which sections are about which topic, with the user's extra headings/phrases. */
export function recognizeTopics(doc: PolicyDocument, config: ResolvedConfig): TopicCoverage {
  return recognize(doc, TOPICS, { extraHeadings: config.extraHeadings, extraPhrases: config.extraPhrases });
}
