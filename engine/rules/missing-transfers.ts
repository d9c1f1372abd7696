import { missingTopicRule } from './missing-topic.ts';
import transfers from '../topics/transfers.json' with { type: 'json' };
import type { TopicDefinition } from '../topics/definition.ts';

/** Reports a policy that has no transfers section or statement (see docs/rules/missing-transfers.md). */
export default missingTopicRule(transfers as TopicDefinition);
