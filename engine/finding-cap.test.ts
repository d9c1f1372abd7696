// A document lists at most MAX_FINDINGS_PER_RULE findings of one rule; past that one finding says how many more there
// are (capFindings in index.ts). Directives act first: a silenced finding never counts.
import assert from 'node:assert/strict';
import { capFindings, lint, MAX_FINDINGS_PER_RULE } from './index.ts';
import { IncrementalLinter } from './index.ts';
import type { Finding, Format } from './types.ts';

const MAX = MAX_FINDINGS_PER_RULE;
/** `n` lines, each with one slot placeholder of its own. */
const slots = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `Line ${from + i}: [NAME ${from + i}]`).join('\n') + '\n';
const placeholders = (fs: Finding[]) => fs.filter((f) => f.ruleId === 'placeholder');

describe('at most MAX_FINDINGS_PER_RULE findings of one rule per document', () => {
  for (const format of ['markdown', 'text', 'html'] as Format[]) {
    it(`lists ${MAX} and says how many more (${format})`, () => {
      const extra = 237;
      const text = slots(MAX + extra);
      const ps = placeholders(lint(text, { format }).findings);
      assert.equal(ps.length, MAX + 1);
      // The first MAX are the document's first MAX placeholders, in order, each its own.
      for (let i = 0; i < MAX; i++) assert.equal(text.slice(ps[i].span.start, ps[i].span.end), `[NAME ${i}]`);
      const summary = ps[MAX];
      // At the first placeholder left out, with the count of all left out, and no fix.
      assert.equal(text.slice(summary.span.start, summary.span.end), `[NAME ${MAX}]`);
      assert.equal(summary.range.start.line, MAX);
      assert.match(summary.message, new RegExp(`^${extra} more findings of this rule \\(placeholders\\) are not listed`));
      assert.match(summary.message, /at most 1,000 findings of one rule/);
      assert.equal(summary.severity, ps[0].severity);
      assert.equal(summary.url, ps[0].url);
      assert.equal(summary.fix, undefined);
    });
  }

  it('lists all of exactly MAX, with no summary', () => {
    const ps = placeholders(lint(slots(MAX), { format: 'text' }).findings);
    assert.equal(ps.length, MAX);
    assert.ok(!ps.some((f) => /not listed/.test(f.message)));
  });

  it('counts one left out in the singular', () => {
    const ps = placeholders(lint(slots(MAX + 1), { format: 'text' }).findings);
    assert.equal(ps.length, MAX + 1);
    assert.match(ps[MAX].message, /^1 more finding of this rule \(placeholders\) is not listed/);
  });

  it('does not count findings silenced by directives', () => {
    // 300 placeholders in a disabled region, then MAX + 5 open ones: MAX listed, "5 more".
    const text = `<!-- policy-linter-disable placeholder -->\n${slots(300)}<!-- policy-linter-enable placeholder -->\n\n${slots(MAX + 5, 300)}`;
    const ps = placeholders(lint(text, { format: 'markdown' }).findings);
    assert.equal(ps.length, MAX + 1);
    assert.equal(text.slice(ps[0].span.start, ps[0].span.end), '[NAME 300]');
    assert.match(ps[MAX].message, /^5 more findings/);
  });

  it('counts each rule on its own and leaves other rules alone', () => {
    const result = lint(slots(MAX + 10), { format: 'text' });
    const others = result.findings.filter((f) => f.ruleId !== 'placeholder');
    assert.ok(others.length > 0, 'the missing-* findings of a text without sections');
    const few = lint(slots(3), { format: 'text' }).findings.filter((f) => f.ruleId !== 'placeholder');
    assert.deepEqual(others.map((f) => [f.ruleId, f.message]), few.map((f) => [f.ruleId, f.message]));
  });

  it('gives the incremental linter the same capped result as a full lint', () => {
    const text = slots(MAX + 40);
    const linter = new IncrementalLinter(text, { format: 'markdown' });
    const edited = text.replace('[NAME 5]', 'Acme');
    assert.deepEqual(linter.update(edited).findings, lint(edited, { format: 'markdown' }).findings);
    assert.match(placeholders(lint(edited, { format: 'markdown' }).findings)[MAX].message, /^39 more findings/);
  });

  it('lists the same whether the findings past the cap are left out before they are built (no silencing comment) or after', () => {
    const text = slots(MAX + 70);
    // A comment that silences another rule at the end: the engine then builds every finding and applies it first.
    const withComment = `${text}\n<!-- policy-linter-disable-next-line vague-retention -->\n`;
    const early = placeholders(lint(text, { format: 'markdown' }).findings);
    const late = placeholders(lint(withComment, { format: 'markdown' }).findings);
    assert.equal(early.length, MAX + 1);
    assert.deepEqual(early, late);
  });

  it('returns the findings as they are when no rule goes over', () => {
    const fs = lint(slots(20), { format: 'text' }).findings;
    assert.equal(capFindings(fs), fs);
  });
});
