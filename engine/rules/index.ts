import type { Rule } from './rule.ts';
import placeholder from './placeholder.ts';
import missingRetention from './missing-retention.ts';
import missingContact from './missing-contact.ts';
import missingChildren from './missing-children.ts';
import missingTransfers from './missing-transfers.ts';
import vagueRetention from './vague-retention.ts';

/** Every rule, in the order findings of equal position are listed. */
export const RULES: Rule[] = [missingRetention, missingContact, missingChildren, missingTransfers, vagueRetention, placeholder];
