import { missingRequirementsRule } from './missing-topic.ts';
import { familyByRule } from '../requirements/index.ts';

/** Reports the requirements of its family that the active profiles ask for and the policy does not state (see docs/rules/missing-sharing.md). */
export default missingRequirementsRule(familyByRule('missing-sharing'));
