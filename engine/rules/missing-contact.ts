import { missingTopicRule } from './missing-topic.ts';
import contact from '../topics/contact.json' with { type: 'json' };
import type { TopicDefinition } from '../topics/definition.ts';

/** Reports a policy that has no contact section or statement (see docs/rules/missing-contact.md). */
export default missingTopicRule(contact as TopicDefinition);
