// The requirements data (engine/requirements/*.json) is well formed, consistent with the profiles and the rules, and
// every requirement's own section template states it.
import assert from 'node:assert/strict';
import { FAMILIES, PROFILES, REQUIREMENTS, activeRequirements, familyByRule, requirementById } from './index.ts';
import { TOPICS } from '../topics/core.ts';
import { compileTopic, expandDefines } from '../topics/compile.ts';
import { RULES } from '../rules/index.ts';
import { lint } from '../index.ts';
import { snippetToText } from '../fixes/insert-section.ts';
import { examples, exampleProfiles } from '../../client/scripts/docs.ts';

const REGIMES = new Set(PROFILES.flatMap((p) => (p.regime ? [p.regime] : [])));
const profilesOf = (id: string) => PROFILES.filter((p) => p.requirements.includes(id)).map((p) => p.id);

describe('requirements data', () => {
  it('gives every id and alias to one requirement only', () => {
    const ids = REQUIREMENTS.flatMap((r) => [r.id, ...(r.aliases ?? [])]);
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
    for (const id of ids) assert.match(id, /^[a-z]+(?:-[a-z]+)*(?:\/[a-z]+(?:-[a-z]+)*)?$/, id);
  });

  it('has one rule per family, registered, named missing-<family>, and the core topics are families of one', () => {
    const rules = new Set(RULES.map((r) => r.meta.id));
    for (const f of FAMILIES) {
      assert.match(f.rule, /^missing-[a-z-]+$/);
      assert.ok(rules.has(f.rule), f.rule);
      assert.equal(familyByRule(f.rule), f);
      for (const r of f.requirements) assert.equal(r.rule, f.rule);
      assert.ok(f.why.length > 80 && f.description.startsWith('Reports '), f.rule);
    }
    for (const t of TOPICS) assert.ok(rules.has(t.rule));
  });

  it('has profiles whose requirements exist and cite the profile\'s regime; core is the four topics, as musts', () => {
    assert.deepEqual(PROFILES.map((p) => p.id), ['core', 'gdpr', 'uk-gdpr', 'ccpa', 'caloppa', 'coppa', 'pipeda', 'lgpd', 'appi', 'app', 'dpdp']);
    assert.deepEqual(PROFILES[0].requirements, TOPICS.map((t) => t.id));
    assert.equal(PROFILES[0].regime, undefined);
    for (const p of PROFILES) {
      assert.equal(new Set(p.requirements).size, p.requirements.length, `${p.id} names a requirement twice`);
      for (const id of p.requirements) {
        const def = requirementById(id);
        assert.ok(def && def.id === id, `${p.id}: unknown requirement ${id} (profiles name requirements by their own id)`);
        if (p.regime) assert.ok(def.citations.some((c) => c.regime === p.regime), `${id} has no ${p.regime} citation for profile ${p.id}`);
      }
    }
    // Every requirement is asked for by some profile.
    for (const r of REQUIREMENTS) assert.ok(profilesOf(r.id).length, `${r.id} is in no profile`);
  });

  for (const def of REQUIREMENTS.filter((r) => !TOPICS.includes(r))) {
    describe(def.id, () => {
      it('compiles, with every %DEFINE% known and statement forms made of known parts', () => {
        const r = def.recognition;
        const parts = new Set(Object.keys(r.parts));
        for (const source of [...r.headings, ...r.headingNegative, ...Object.values(r.parts).flat(), ...r.traps, ...def.placement.beforeHeadings]) {
          assert.doesNotThrow(() => new RegExp(expandDefines(source, r.defines), 'gi'), source);
        }
        const forms = [...r.statements, ...(r.appliesWhen?.statements ?? [])];
        assert.ok(r.statements.length, 'needs statement forms');
        for (const s of forms) {
          assert.ok(s.sentence.length, `${s.id}: a statement needs a part in the sentence itself`);
          for (const p of [...s.sentence, ...(s.context ?? []), ...(s.unless ?? [])]) assert.ok(parts.has(p), `${s.id}: unknown part ${p}`);
          if (s.needsTopic) {
            assert.ok(requirementById(s.needsTopic), `${s.id}: unknown topic ${s.needsTopic}`);
            for (const p of profilesOf(def.id)) assert.ok(profilesOf(s.needsTopic).includes(p), `profile ${p} asks for ${def.id} but not for ${s.needsTopic}, which its form ${s.id} needs`);
          }
        }
        for (const p of [...(r.requires ?? []), ...(r.caseSensitive ?? [])]) assert.ok(parts.has(p), `unknown part ${p}`);
        // Every part is used by some form (an unused part would be read for nothing).
        const used = new Set(forms.flatMap((s) => [...s.sentence, ...(s.context ?? []), ...(s.unless ?? [])]).concat(r.requires ?? []));
        for (const p of parts) assert.ok(used.has(p), `part ${p} is used by no statement form`);
        assert.doesNotThrow(() => compileTopic(def));
        for (const t of def.placement.beforeTopics) assert.ok(requirementById(t), t);
      });

      it('has citations of known regimes, a plain-language why, a checklist and messages for its statuses', () => {
        assert.ok(def.citations.length);
        for (const c of def.citations) assert.ok(REGIMES.has(c.regime) && c.cite && ['R', 'C', 'G'].includes(c.status), JSON.stringify(c));
        assert.ok(def.why.length > 100);
        assert.ok(def.checklist.length >= 2);
        assert.match(def.message, /\{cites\}/);
        assert.equal(!!def.conditionalMessage, def.citations.some((c) => c.status === 'C'), 'a conditional message exactly when some regime asks only if the practice happens');
        if (def.conditionalMessage) assert.match(def.conditionalMessage, /\{cites\}/);
        if (def.recognition.requires) assert.ok(def.recognition.headings.length);
      });

      it('has a template whose inserted text states it, with every slot a tab stop reported as a placeholder', () => {
        const body = snippetToText(def.template.body);
        const text = `# Privacy policy\n\nWe collect names.\n\n## ${def.template.title}\n\n${body}\n`;
        const { requirements, findings } = lint(text, { format: 'markdown', config: { profiles: profilesOf(def.id) } });
        assert.equal(requirements.find((r) => r.id === def.id)?.state, 'covered', `the template does not state ${def.id}`);
        const flagged = findings.filter((f) => f.ruleId === 'placeholder').map((f) => text.slice(f.span.start, f.span.end));
        const slots = [...body.matchAll(/\[[^\]]+\]/g)].map((m) => m[0]);
        assert.ok(slots.length >= 1);
        for (const slot of slots) assert.ok(flagged.some((f) => f.includes(slot) || slot.includes(f)), `slot ${slot} is not reported`);
        for (const m of def.template.body.matchAll(/\$\{\d+:([^}]*)\}/g)) assert.match(m[1], /\[[^\]]+\]/, m[0]);
      });

      it('behaves as its documentation page shows', () => {
        const { reported, fine } = examples(def);
        const config = { profiles: exampleProfiles(def.id) };
        const ids = (text: string) => lint(text, { format: 'markdown', config }).findings.filter((f) => f.ruleId === def.rule).map((f) => f.topic);
        assert.ok(ids(reported).includes(def.id), 'the "reported" example is not reported');
        assert.ok(!ids(fine).includes(def.id), 'the "not reported" example is reported');
      });
    });
  }

  it('reports a requirement several active profiles ask for once, with the strongest status and every regime\'s citations', () => {
    const active = activeRequirements(['gdpr', 'ccpa', 'lgpd']);
    const erasure = active.byId.get('right-erasure')!;
    assert.deepEqual(erasure.profiles, ['gdpr', 'ccpa', 'lgpd']);
    assert.deepEqual(erasure.regimes, ['GDPR', 'CCPA/CPRA', 'LGPD']);
    assert.deepEqual(erasure.citations.map((c) => c.regime), ['GDPR', 'CCPA/CPRA', 'LGPD']);
    assert.equal(active.requirements.filter((r) => r.def.id === 'right-erasure').length, 1);
    // GDPR asks for a DPO only when one is appointed; LGPD always.
    assert.equal(activeRequirements(['gdpr']).byId.get('dpo-contact')!.status, 'conditional');
    assert.equal(active.byId.get('dpo-contact')!.status, 'must');
    // Report order is the catalog's, whatever the order of the profiles.
    assert.deepEqual(activeRequirements(['ccpa', 'gdpr']).requirements.map((r) => r.def.id), activeRequirements(['gdpr', 'ccpa']).requirements.map((r) => r.def.id));
    assert.deepEqual(activeRequirements(['core']).definitions, TOPICS);
    assert.deepEqual(activeRequirements(['no-such-profile']).requirements, []);
  });
});
