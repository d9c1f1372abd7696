import { vagueTopicRule } from './vague-topic.ts';
import retention from '../topics/retention.json' with { type: 'json' };
import type { TopicDefinition } from '../topics/definition.ts';

/** Reports a policy that says how long data is kept only vaguely (see docs/rules/vague-retention.md). */
export default vagueTopicRule(retention as TopicDefinition & { vague: NonNullable<TopicDefinition['vague']> });
