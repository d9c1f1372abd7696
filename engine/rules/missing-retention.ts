import { missingTopicRule } from './missing-topic.ts';
import retention from '../topics/retention.json' with { type: 'json' };
import type { TopicDefinition } from '../topics/definition.ts';

/** Reports a policy that has no retention section or statement (see docs/rules/missing-retention.md). */
export default missingTopicRule(retention as TopicDefinition);
