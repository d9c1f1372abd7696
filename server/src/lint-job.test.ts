import assert from 'node:assert/strict';
import { runLintJob, warmUpInTurns, type LintJob } from './lint-job.ts';
import { generatePolicy } from '../../bench/generate.ts';

describe('lint job', () => {
  const config = { key: 'settings', layers: [{ source: 'settings', config: { rules: { 'missing-children': 'warn' } } }] };
  const job = (text: string, document?: string): LintJob => ({ text, format: 'markdown', fileName: '/w/privacy.md', config, ...(document ? { document } : {}) });

  it("answers an open document's edits from its kept state with exactly a fresh lint's payload", () => {
    let text = generatePolicy({ seed: 21, targetSize: 8000, format: 'markdown' });
    const uri = 'file:///w/privacy.md';
    assert.deepEqual(runLintJob(job(text, uri)), runLintJob(job(text)));
    for (const [at, insert] of [[0.5, 'x'], [0.2, '\n\n## Children\n\nNot for children under 13.\n\n'], [0.9, '[COMPANY]']] as const) {
      const i = text.indexOf('\n', Math.floor(text.length * at));
      text = text.slice(0, i) + insert + text.slice(i);
      assert.deepEqual(runLintJob(job(text, uri)), runLintJob(job(text)));
    }
    // Another document with the same text, and the same document with another configuration, are their own.
    const other = { ...job(text, uri), config: { key: 'none', layers: [] } };
    assert.deepEqual(runLintJob(other), runLintJob({ ...other, document: undefined }));
    assert.deepEqual(runLintJob(job('# Privacy\n\nShort.\n', 'file:///w/other.md')), runLintJob(job('# Privacy\n\nShort.\n')));
  });

  it('warms up Markdown at once, then plain text and HTML one per turn, so that a job that comes meanwhile waits for one format at most', () => {
    const turns: Array<() => void> = [];
    const readies: number[] = [];
    warmUpInTurns((step) => turns.push(step), (ms) => readies.push(ms));
    let taken = 1;
    while (turns.length > 0) {
      assert.equal(turns.length, 1, 'one turn queued at a time: the host runs what came meanwhile first');
      assert.deepEqual(readies, [], 'not ready before the last format');
      turns.shift()!();
      taken++;
    }
    assert.equal(taken, 3, 'Markdown, plain text and HTML, each in its own turn');
    assert.equal(readies.length, 1);
    assert.ok(readies[0] >= 0);
  });
});
