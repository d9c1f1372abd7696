import assert from 'node:assert/strict';
import type { Connection } from 'vscode-languageserver';
import { checkSize } from './limits.ts';
import { maxLintChars } from '../../engine/limits.ts';
import { ProblemReporter } from './problems.ts';
import { guard } from './guard.ts';

describe('server: input limits', () => {
  it('skips NUL-heavy and oversized text, not text with a stray NUL; the limit depends on the format and the heap', () => {
    assert.equal(checkSize('# Privacy\n\nWe keep data.', 'markdown', 1536), undefined);
    assert.equal(checkSize('# Privacy\n' + 'a'.repeat(500) + '\u0000', 'markdown', 1536), undefined);
    assert.match(checkSize('\u0000\u0001\u0002'.repeat(100), 'text', 1536)!, /binary/);
    const max = maxLintChars('markdown', 1536);
    assert.equal(checkSize('x'.repeat(max), 'markdown', 1536), undefined);
    assert.match(checkSize('x'.repeat(max + 1), 'markdown', 1536)!, /^Policy Linter did not check this document: it is \d+\.\d MB, larger than the \d+\.\d MB limit for Markdown \(checking Markdown takes up to \d+ KB of memory per KB of text\)\.$/);
    assert.equal(checkSize('x'.repeat(max + 1), 'text', 1536), undefined, 'plain text needs less memory per KB');
    assert.ok(maxLintChars('markdown', 3072) > 2 * maxLintChars('markdown', 1536));
  });
});

describe('server: problem reporter', () => {
  function fake() {
    const sent: Array<[string, unknown]> = [];
    const connection = { console: { warn() {} }, sendNotification: (method: unknown, params: unknown) => sent.push([typeof method === 'string' ? method : (method as { method: string }).method, params]) };
    return { sent, connection: connection as unknown as Connection };
  }

  it('shows each message once until the configuration changes; engine failures once per session', () => {
    const { sent, connection } = fake();
    const r = new ProblemReporter(connection, () => false);
    r.report('bad debounce');
    r.report('bad debounce');
    r.reportAll([{ source: 'engine', key: 'rules.x', message: 'Rule "x" failed' }]);
    r.reportAll([{ source: 'engine', key: 'rules.x', message: 'Rule "x" failed' }]);
    assert.equal(sent.length, 2);
    r.reset();
    r.report('bad debounce');
    r.reportAll([{ source: 'engine', key: 'rules.x', message: 'Rule "x" failed' }]);
    assert.equal(sent.length, 3);
    assert.deepEqual(sent[0], ['window/showMessage', { type: 2, message: 'Policy Linter: bad debounce' }]);
    assert.deepEqual(sent[1][1], { type: 2, message: 'Policy Linter: Engine (rules.x): Rule "x" failed' });
  });

  it('uses the custom notification, without the product name, when the client asked for it', () => {
    const { sent, connection } = fake();
    new ProblemReporter(connection, () => true).report('bad include');
    assert.deepEqual(sent, [['policyLinter/configProblem', { message: 'bad include' }]]);
  });
});

describe('server: handler guard', () => {
  it('turns exceptions and rejections into the fallback and logs them', async () => {
    const logged: string[] = [];
    const log = (m: string) => logged.push(m);
    assert.equal(guard(log, 'sync', () => { throw new Error('boom'); }, null)(), null);
    assert.equal(await guard(log, 'async', async () => { throw new Error('later'); }, null)(), null);
    assert.equal(guard(log, 'ok', (x: number) => x + 1, 0)(1), 2);
    assert.equal(logged.length, 2);
    assert.match(logged[0], /sync failed: Error: boom/);
  });
});
