// hoverAt on lint results with jurisdiction profiles (the protocol tests cover the default, core profile).
import assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver';
import { lint } from '../../engine/index.ts';
import { hoverAt } from './hover.ts';

const POLICY = '# Privacy policy\n\nExample Widgets Ltd runs this app. Write to privacy@example-widgets.test.\n';

describe('hover with profiles', () => {
  const titleHover = (profiles: string[]) => (hoverAt(lint(POLICY, { format: 'markdown', config: { profiles } }), 3)!.contents as MarkupContent).value;

  it('explains a requirement several active profiles ask for once, citing each of their regimes and only theirs', () => {
    const value = titleHover(['gdpr', 'ccpa']);
    assert.equal(value.match(/\*\*Missing section: Right to erasure\*\*/g)?.length, 1);
    const erasure = value.slice(value.indexOf('**Missing section: Right to erasure**'));
    const laws = erasure.slice(erasure.indexOf('**Which laws require it**'), erasure.indexOf('**What a good section states**'));
    assert.match(laws, /^\*\*Which laws require it\*\* \(profiles `gdpr`, `ccpa`\)\n\n- GDPR Art\. 13\(2\)\(b\), Art\. 17 — must be stated\n- CCPA\/CPRA Civ\. Code 1798\.105/);
    assert.doesNotMatch(laws, /LGPD|PIPEDA/);
    assert.match(titleHover(['gdpr']), /\*\*Which laws require it\*\* \(profiles `gdpr`\)\n\n- GDPR Art\. 13\(2\)\(b\), Art\. 17 — must be stated\n\n/);
  });
});
