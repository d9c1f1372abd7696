import type { Rule } from './rule.ts';
import placeholder from './placeholder.ts';
import missingRetention from './missing-retention.ts';
import missingContact from './missing-contact.ts';
import missingChildren from './missing-children.ts';
import missingTransfers from './missing-transfers.ts';
import missingIdentity from './missing-identity.ts';
import missingPurposes from './missing-purposes.ts';
import missingCollection from './missing-collection.ts';
import missingSharing from './missing-sharing.ts';
import missingTransferSafeguards from './missing-transfer-safeguards.ts';
import missingRights from './missing-rights.ts';
import missingComplaints from './missing-complaints.ts';
import missingAutomatedDecisions from './missing-automated-decisions.ts';
import missingPolicyUpdates from './missing-policy-updates.ts';
import missingTracking from './missing-tracking.ts';
import missingSecurity from './missing-security.ts';
import vagueRetention from './vague-retention.ts';

/** Every rule, in the order findings of equal position are listed. */
export const RULES: Rule[] = [missingRetention, missingContact, missingChildren, missingTransfers, missingIdentity, missingPurposes, missingCollection, missingSharing, missingTransferSafeguards, missingRights, missingComplaints, missingAutomatedDecisions, missingPolicyUpdates, missingTracking, missingSecurity, vagueRetention, placeholder];
