import { missingTopicRule } from './missing-topic.ts';
import children from '../topics/children.json' with { type: 'json' };
import type { TopicDefinition } from '../topics/definition.ts';

/** Reports a policy that has no children section or statement (see docs/rules/missing-children.md). */
export default missingTopicRule(children as TopicDefinition);
