// The parts of a template written for whoever prepares it, found from the outline, and the sections that only look like
// them. Every document here is written for these tests.
import assert from 'node:assert/strict';
import type { Format } from '../types.ts';
import { lint } from '../index.ts';

/** The drafting notes of `text`, as the text they cover. */
function notes(text: string, format: Format = 'markdown'): string[] {
  return lint(text, { format })
    .findings.filter((f) => f.ruleId === 'placeholder' && f.fix?.kind === 'placeholder' && f.fix.placeholderKind === 'drafting-note')
    .map((f) => text.slice(f.span.start, f.span.end));
}

const POLICY =
  '# Privacy Policy for Rolling Pin Bakery\n\n## What we collect\n\nYour e-mail address and delivery address when you order a cake, and the notes you add for the baker.\n\n' +
  '## Why we collect it\n\nTo bake and deliver what you ordered, and to answer your questions about an order.\n\n' +
  '## How long we keep it\n\nOrders are deleted after two years; messages after six months.\n\n## Contact\n\nWrite to hello@rollingpin.test.\n';

/** The policy with two slots still to fill: visibly unfinished. */
const SLOTTED = POLICY.replace('after two years', 'after [X] years').replace('hello@rollingpin.test', '[EMAIL ADDRESS]');

describe('parts of a template written for its author', () => {
  it('reports a trailing how-to section whole, with the sections after it at its level', () => {
    const tail = '\n---\n\n## How to use this template\n\n1. Put your bakery\'s name in the title.\n2. Check the periods with your accountant.\n\n## Where to host it\n\n- your own site\n- a free static host\n';
    const [note, ...rest] = notes(POLICY + tail);
    assert.deepEqual(rest, []);
    assert.ok(note.startsWith('## How to use this template') && note.endsWith('- a free static host'), note);
  });

  it('reports an author section in the middle of a document up to the next heading only', () => {
    const text = POLICY.replace('## Contact', '## Notes for the developer\n\nKeep this list in step with the app.\n\n## Contact');
    assert.deepEqual(notes(text), ['## Notes for the developer\n\nKeep this list in step with the app.']);
    const reviewer = POLICY + '\n### Reviewer notes\n\n- the period is still being checked\n';
    assert.deepEqual(notes(reviewer), ['### Reviewer notes\n\n- the period is still being checked']);
  });

  it('reports what follows an "end of policy" line', () => {
    const text = POLICY + '\n**END OF PRIVACY POLICY**\n\nShop owners: paste the text above into your shop settings.\n';
    assert.deepEqual(notes(text), ['Shop owners: paste the text above into your shop settings.']);
  });

  it('reports the cover note between a template title and the break or the real title', () => {
    const cover = '# Privacy Policy Template for Bakeries\n\nKeep what fits your shop and cut the rest.\nIt is a starting point only.\n\n---\n\n';
    assert.deepEqual(notes(cover + POLICY), ['Keep what fits your shop and cut the rest.\nIt is a starting point only.']);
    // With slots still to fill, the title's word is left over too.
    assert.deepEqual(notes(cover + SLOTTED), ['Template', 'Keep what fits your shop and cut the rest.\nIt is a starting point only.']);
    const retitled = '# Bakery Privacy Notice — Template\n\nKeep what fits your shop and cut the rest.\n\n' + SLOTTED.replace('# Privacy Policy', '## Privacy Policy');
    assert.deepEqual(notes(retitled), ['— Template', 'Keep what fits your shop and cut the rest.']);
  });

  it('reports a draft\'s cover note only when it speaks about the draft', () => {
    const intro = '# Privacy Policy (Draft)\n\nRolling Pin Bakery bakes bread in Leeds.\n\n---\n\n';
    assert.deepEqual(notes(intro + SLOTTED.replace('# Privacy Policy for Rolling Pin Bakery\n\n', '')), ['(Draft)']);
    const cover = '# Privacy Policy (Draft)\n\nThe wording below still needs a lawyer\'s eye.\n\n---\n\n';
    assert.deepEqual(notes(cover + SLOTTED.replace('# Privacy Policy for Rolling Pin Bakery\n\n', '')), ['(Draft)', 'The wording below still needs a lawyer\'s eye.']);
  });

  it('leaves finished policies alone, whatever their headings', () => {
    for (const heading of ['Notes', 'Questions', 'How to use our services', 'How to use the app', 'Notes on using the service', 'Notes for developers using our API', 'Implementation notes', 'How the template editor stores data', 'Template messages', 'Your choices before you sign up', 'Open source components']) {
      const text = POLICY.replace('## Contact', `## ${heading}\n\nWe describe this part of the service here.\n\n## Contact`);
      assert.deepEqual(notes(text), [], heading);
    }
    assert.deepEqual(notes(POLICY + '\n---\n\nLast reviewed in March.\n'), []);
  });

  it('reads HTML and plain-text outlines the same way', () => {
    const html = '<html><body><h1>Privacy Policy</h1><h2>Data</h2><p>Orders are deleted after two years.</p><p>More about what we keep and why.</p><p>Even more about it.</p><h2>Checklist for publishing</h2><ul><li>Add your address</li></ul></body></html>';
    assert.deepEqual(notes(html, 'html'), ['Checklist for publishing</h2><ul><li>Add your address']);
  });
});
