import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TOPICS } from './index.ts';
import { compileTopic, expandDefines } from './compile.ts';
import { lint } from '../index.ts';
import { snippetToText } from '../fixes/insert-section.ts';

const docsOf = (rule: string) => readFileSync(new URL(`../../docs/rules/${rule}.md`, import.meta.url), 'utf8');

describe('topic lexicons', () => {
  it('are the four required topics, each reported by missing-<id>', () => {
    assert.deepEqual(TOPICS.map((t) => [t.id, t.rule]), [
      ['retention', 'missing-retention'],
      ['contact', 'missing-contact'],
      ['children', 'missing-children'],
      ['transfers', 'missing-transfers'],
    ]);
  });

  for (const topic of TOPICS) {
    describe(topic.id, () => {
      it('has every pattern compile, with all %DEFINES% known, and statements made of known parts', () => {
        const r = topic.recognition;
        const lists = [r.headings, r.contextHeadings ?? [], r.headingNegative, Object.values(r.parts).flat(), r.traps, topic.placement.beforeHeadings];
        for (const source of lists.flat()) assert.doesNotThrow(() => new RegExp(expandDefines(source, r.defines), 'gi'), source);
        assert.ok(r.headings.length && r.statements.length, 'needs headings and statement forms');
        const parts = new Set(Object.keys(r.parts));
        for (const s of r.statements) {
          assert.ok(s.sentence.length, `${s.id}: a statement needs a part in the sentence itself`);
          for (const p of [...s.sentence, ...(s.context ?? []), ...(s.unless ?? [])]) assert.ok(parts.has(p), `${s.id}: unknown part ${p}`);
        }
        for (const p of r.requires ?? []) assert.ok(parts.has(p), `requires: unknown part ${p}`);
        assert.doesNotThrow(() => compileTopic(topic));
        for (const t of topic.placement.beforeTopics) assert.ok(TOPICS.some((x) => x.id === t), t);
      });

      it('finds candidate sentences with its part expressions themselves, compiled once', () => {
        const r = topic.recognition;
        const t = compileTopic(topic);
        const needed = t.parts.filter((p) => r.statements.some((s) => s.sentence.includes(p.name)));
        assert.ok(needed.length);
        assert.deepEqual(t.anchors, needed.map((p) => p.re));
        // A case-sensitive part is read case-insensitively when finding candidates, as a union of the parts would be.
        const [first] = needed;
        const cased = compileTopic({ ...topic, recognition: { ...r, caseSensitive: [first.name] } });
        assert.equal(cased.parts[t.parts.indexOf(first)].re.flags, 'g');
        assert.equal(cased.anchors[0].flags, 'gi');
        assert.equal(cased.anchors[0].source, first.re.source);
      });

      it('has citations, a checklist and messages', () => {
        assert.ok(topic.citations.length >= 3);
        for (const c of topic.citations) assert.ok(['R', 'C', 'G'].includes(c.status) && c.regime && c.cite);
        assert.ok(topic.checklist.length >= 3);
        // The finding first, short enough for the Problems panel; the citations are in the hover and on the rule's page.
        assert.match(topic.message, /^No [^:]+: \S/);
        assert.ok(topic.message.length <= 150, topic.message);
        assert.doesNotMatch(topic.message, /\b(?:GDPR|CCPA|COPPA|LGPD|Art\.)/);
        assert.ok(topic.why.length > 100);
        if (topic.recognition.requires) assert.match(topic.incompleteMessage ?? '', /\{title\}/);
      });

      it('has a template whose inserted text covers the topic, with every slot reported by the placeholder rule', () => {
        const body = snippetToText(topic.template.body);
        const text = `# Privacy policy\n\nWe collect names.\n\n## ${topic.template.title}\n\n${body}\n`;
        const { coverage, findings } = lint(text, { format: 'markdown' });
        assert.ok(coverage.covered.has(topic.id));
        const flagged = findings.filter((f) => f.ruleId === 'placeholder').map((f) => text.slice(f.span.start, f.span.end));
        const slots = [...body.matchAll(/\[[^\]]+\]/g)].map((m) => m[0]);
        assert.ok(slots.length >= 2);
        for (const slot of slots) assert.ok(flagged.includes(slot), `slot ${slot} is not reported`);
        // Every tab stop has a bracketed default, so nothing unfinished can slip through unreported.
        for (const m of topic.template.body.matchAll(/\$\{\d+:([^}]*)\}/g)) assert.match(m[1], /\[[^\]]+\]/, m[0]);
      });

      it('is documented: citations, message, and examples that behave as the page says', () => {
        const md = docsOf(topic.rule);
        assert.ok(md.startsWith(`# ${topic.rule}\n`));
        assert.ok(md.includes(topic.message));
        for (const c of topic.citations) assert.ok(md.includes(c.cite), c.cite);
        const example = (label: string) => new RegExp(`${label}:\\n\\n\`\`\`markdown\\n([^]*?)\`\`\``).exec(md)?.[1];
        const reported = example('Reported');
        const fine = example('Not reported');
        assert.ok(reported && fine);
        const ids = (text: string) => lint(text, { format: 'markdown' }).findings.map((f) => f.ruleId);
        assert.ok(ids(reported).includes(topic.rule));
        assert.ok(!ids(fine).includes(topic.rule));
      });
    });
  }
});
