// The requirements of the jurisdiction profiles, as data: each family file (engine/requirements/<family>.json) holds
// the requirements one rule reports (missing-rights: access, erasure, objection ...); profiles.json says which
// requirements each profile asks for. The core topics (engine/topics/*.json) are requirements too, each a family of
// its own, and `core` is the default profile. A requirement several regimes ask for is one requirement whose
// citations name every regime; a profile asks for it with the status its regime's citation gives (must / only if
// the practice happens / guidance). Nothing here names a requirement: code reads the data.
import type { Citation, TopicDefinition } from '../topics/definition.ts';
import { TOPICS } from '../topics/core.ts';
import defines from './defines.json' with { type: 'json' };
import profiles from './profiles.json' with { type: 'json' };
import identity from './identity.json' with { type: 'json' };
import purposes from './purposes.json' with { type: 'json' };
import collection from './collection.json' with { type: 'json' };
import sharing from './sharing.json' with { type: 'json' };
import transferSafeguards from './transfer-safeguards.json' with { type: 'json' };
import rights from './rights.json' with { type: 'json' };
import complaints from './complaints.json' with { type: 'json' };
import automatedDecisions from './automated-decisions.json' with { type: 'json' };
import policyUpdates from './policy-updates.json' with { type: 'json' };
import tracking from './tracking.json' with { type: 'json' };
import security from './security.json' with { type: 'json' };

/** A requirement as written in a family file: a topic definition whose rule is the family's. */
export type RequirementData = Omit<TopicDefinition, 'rule'>;

/** The requirements one rule reports. */
export interface FamilyDefinition {
  /** The rule id, e.g. "missing-rights". */
  rule: string;
  /** Human name of the family: "People's rights". */
  title: string;
  /** One line for rule lists and the config schema. */
  description: string;
  /** What the family is about and why it matters, for the rule's documentation page. */
  why: string;
  requirements: TopicDefinition[];
}

interface FamilyFile {
  rule: string;
  title: string;
  description: string;
  why: string;
  /** Named sub-patterns shared by the family's requirements (a requirement's own defines win). */
  defines?: Record<string, string>;
  requirements: RequirementData[];
}

export interface ProfileDefinition {
  /** "gdpr", "ccpa", "core". */
  id: string;
  /** "EU GDPR". */
  title: string;
  /** The regime whose citations give the requirements' status ("GDPR"); none for `core`, whose topics are all musts. */
  regime?: string;
  /** One line: what the profile checks. */
  description: string;
  /** The requirement ids it asks for, in report order. */
  requirements: string[];
}

/** How strongly the active profiles ask for a requirement. */
export type RequirementStatus = 'must' | 'conditional' | 'guidance';

const STATUS_OF: Record<Citation['status'], RequirementStatus> = { R: 'must', C: 'conditional', G: 'guidance' };
const STRENGTH: Record<RequirementStatus, number> = { must: 0, conditional: 1, guidance: 2 };

/** Severity steps below the rule's severity at which a requirement of this status is reported. */
export const MILDER_BY: Record<RequirementStatus, number> = STRENGTH;

function loadFamily(file: FamilyFile): FamilyDefinition {
  const shared = { ...(defines as Record<string, string>), ...file.defines };
  return {
    rule: file.rule,
    title: file.title,
    description: file.description,
    why: file.why,
    requirements: file.requirements.map((r) => ({ ...r, rule: file.rule, recognition: { ...r.recognition, defines: { ...shared, ...r.recognition.defines } } })),
  };
}

const FAMILY_FILES = [identity, purposes, collection, sharing, transferSafeguards, rights, complaints, automatedDecisions, policyUpdates, tracking, security] as unknown as FamilyFile[];

/** The families of the profiles' requirements, in report order (the core topics' families are their own rules). */
export const FAMILIES: FamilyDefinition[] = FAMILY_FILES.map(loadFamily);

/** Every requirement: the core topics, then the families' requirements. */
export const REQUIREMENTS: TopicDefinition[] = [...TOPICS, ...FAMILIES.flatMap((f) => f.requirements)];

/** The family a rule reports (one of FAMILIES). */
export function familyByRule(rule: string): FamilyDefinition {
  const family = FAMILIES.find((f) => f.rule === rule);
  if (!family) throw new Error(`No requirement family for rule "${rule}"`);
  return family;
}

export const PROFILES: ProfileDefinition[] = profiles as ProfileDefinition[];

export const DEFAULT_PROFILES: readonly string[] = ['core'];

const byId = new Map<string, TopicDefinition>();
for (const r of REQUIREMENTS) for (const id of [r.id, ...(r.aliases ?? [])]) byId.set(id, r);

/** A requirement (or core topic) by its id or one of its aliases. */
export function requirementById(id: string): TopicDefinition | undefined {
  return byId.get(id);
}

/** Every id and alias a configuration or an inline comment may name. */
export function requirementIds(): string[] {
  return [...byId.keys()];
}

export function profileById(id: string): ProfileDefinition | undefined {
  return PROFILES.find((p) => p.id === id);
}

/** A requirement as the active profiles ask for it. */
export interface ActiveRequirement {
  def: TopicDefinition;
  /** The strongest status any active profile gives it. */
  status: RequirementStatus;
  /** The active profiles that ask for it. */
  profiles: string[];
  /** The regimes of those profiles (none for `core`). */
  regimes: string[];
  /** Its citations for those regimes. */
  citations: Citation[];
}

export interface ActiveSet {
  requirements: ActiveRequirement[];
  /** The definitions, for recognition. */
  definitions: TopicDefinition[];
  byId: Map<string, ActiveRequirement>;
}

const activeSets = new Map<string, ActiveSet>();

/** The requirements of the given profiles (unknown ids are skipped: configuration validation reports them). */
export function activeRequirements(profileIds: readonly string[]): ActiveSet {
  const key = profileIds.join(',');
  let set = activeSets.get(key);
  if (set) return set;
  const found = new Map<string, ActiveRequirement>();
  for (const pid of profileIds) {
    const profile = profileById(pid);
    if (!profile) continue;
    for (const rid of profile.requirements) {
      const def = requirementById(rid);
      if (!def) continue;
      const own = profile.regime ? def.citations.filter((c) => c.regime === profile.regime) : [];
      const status = profile.regime ? own.map((c) => STATUS_OF[c.status]).sort((a, b) => STRENGTH[a] - STRENGTH[b])[0] ?? 'guidance' : 'must';
      const entry = found.get(def.id);
      if (!entry) {
        found.set(def.id, { def, status, profiles: [profile.id], regimes: profile.regime ? [profile.regime] : [], citations: own });
        continue;
      }
      if (STRENGTH[status] < STRENGTH[entry.status]) entry.status = status;
      if (!entry.profiles.includes(profile.id)) entry.profiles.push(profile.id);
      if (profile.regime && !entry.regimes.includes(profile.regime)) {
        entry.regimes.push(profile.regime);
        entry.citations.push(...own);
      }
    }
  }
  // Report order: the catalog's, whatever the order of the profiles.
  const requirements = REQUIREMENTS.flatMap((r) => found.get(r.id) ?? []);
  set = { requirements, definitions: requirements.map((r) => r.def), byId: new Map(requirements.map((r) => [r.def.id, r])) };
  if (activeSets.size >= 64) activeSets.clear();
  activeSets.set(key, set);
  return set;
}

/** "GDPR Art. 13(1)(c); CCPA/CPRA 11 CCR §7011(e)(1)": citations for a message. */
export function citeList(citations: readonly Citation[]): string {
  return citations.map((c) => `${c.regime} ${c.cite}`).join('; ');
}
