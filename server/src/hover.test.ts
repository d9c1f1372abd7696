// hoverAt on lint results with jurisdiction profiles (the protocol tests cover the default, core profile).
import assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver';
import { lint } from '../../engine/index.ts';
import { hoverAt } from './hover.ts';

const POLICY = '# Privacy policy\n\nExample Widgets Ltd runs this app. Write to privacy@example-widgets.test.\n';

describe('hover with profiles', () => {
  const titleHover = (profiles: string[]) => (hoverAt(lint(POLICY, { format: 'markdown', config: { profiles } }), 3)!.contents as MarkupContent).value;

  it('explains a requirement several active profiles ask for once, citing each of their regimes and only theirs', () => {
    // The title hover explains the first finding in full and lists each other one on a line of its own.
    const erasure = (profiles: string[]) => titleHover(profiles).split('\n').filter((l) => /personal data deleted/.test(l));
    const both = erasure(['gdpr', 'ccpa']);
    assert.equal(both.length, 1, both.join('\n'));
    assert.match(both[0], /\(GDPR Art\. 13\(2\)\(b\), Art\. 17; CCPA\/CPRA Civ\. Code 1798\.105; 11 CCR §7011\(e\)\(2\)\)/);
    assert.doesNotMatch(both[0], /LGPD|PIPEDA|UK GDPR/);
    assert.match(erasure(['gdpr'])[0], /\(GDPR Art\. 13\(2\)\(b\), Art\. 17\)\./);
    // The finding explained in full names the active profiles that ask for it, with their provisions only.
    assert.match(titleHover(['gdpr', 'ccpa']), /\nRequired by \[GDPR\]\([^)\s]+ "Art\. 13\(2\)\(f\), Art\. 14\(2\)\(g\), Art\. 22"\) \(profiles `gdpr`\)\.\n/);
  });
});
