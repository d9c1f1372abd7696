// The core topics: what every privacy policy should say (the `core` profile, the default). Their knowledge lives in
// the JSON lexicons beside this file.
import type { TopicDefinition } from './definition.ts';
import retention from './retention.json' with { type: 'json' };
import contact from './contact.json' with { type: 'json' };
import children from './children.json' with { type: 'json' };
import transfers from './transfers.json' with { type: 'json' };

/** Every core topic, in report order. */
export const TOPICS: TopicDefinition[] = [retention, contact, children, transfers] as TopicDefinition[];
