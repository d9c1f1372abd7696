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

describe('a section of steps that act on the document itself', () => {
  // Whatever its heading says, a section whose list is mostly instructions, one of which copies, hosts, publishes or
  // fills in this template or policy, is written for whoever adopts the document.
  it('reports it whole, in many phrasings of heading and steps', () => {
    for (const [heading, steps] of [
      ['Quick start', '1. Copy this template into your repository.\n2. Replace the placeholders in brackets.\n3. Host this policy on your site.'],
      ['Getting it online', '- Upload the HTML file to your server.\n- Link to this page from your footer.\n- Paste the address into the store listing.'],
      ['Next steps', '1. Fill in the template with your bakery\'s details.\n2. Remove the parts you do not need.\n3. Publish the policy on your website.'],
      ['Setting up', '* Rename the file to privacy.html.\n* Replace all placeholders.\n* Enable GitHub Pages in the repository settings.'],
      ['Instrucciones rápidas', '1. Copy this document to your own site.\n2. Update the contact address.\n3. Save and deploy.'],
      // the outermost steps count, not the list of slots under one of them
      ['Launch day', '1. Copy this template.\n2. Replace the slots:\n   - `[DATE]` with today\'s date\n   - `[EMAIL]` with your address\n   - `[SITE]` with your domain\n3. Host this policy on your site.'],
    ]) {
      const found = notes(`${POLICY}\n## ${heading}\n\n${steps}\n`);
      assert.equal(found.length, 1, heading);
      assert.ok(found[0].startsWith(`## ${heading}`) && found[0].endsWith(steps.split('\n').pop()!), found[0]);
    }
  });
  it('leaves the reader\'s steps alone', () => {
    for (const [heading, steps] of [
      ['Deleting your account', '1. Open the app and go to Settings.\n2. Tap Delete account.\n3. Confirm with your password.'],
      ['Cookie settings', '- Open your browser\'s settings.\n- Find the cookies section.\n- Remove the cookies of this site.'],
      ['Getting a copy of your data', '1. Sign in to your account.\n2. Select Download my data.\n3. Save the file we send you.'],
      ['Keeping this policy', '- Print a copy of this policy for your records.\n- Download the PDF version.\n- Read it again when it changes.'],
      ['How to reach us', '1. Write to the address below.\n2. Give your order number.\n3. Wait for our reply within a week.'],
    ]) {
      assert.deepEqual(notes(`${POLICY}\n## ${heading}\n\n${steps}\n`), [], heading);
    }
    // A reader's quick reference with the template's note after it: the note is found by its own words, not the section.
    const reference = '## Quick reference\n\n**Delete your account:** Settings, then Account.\n**Get a copy of your data:** Settings, then Export.\n**Ask a question:** the form on our site.\n**Complain:** the regulator\'s site.\n\nAfter publishing:\n1. Host this policy.\n2. Link to it.\n';
    assert.ok(!notes(`${POLICY}\n${reference}`).some((n) => n.startsWith('## Quick reference')));
  });
  it('never reads a site generator\'s loop over steps as one', () => {
    const page = '---\nlayout: page\n---\n# Privacy\n\nOrders are deleted after two years.\n\n## Setup\n\n{% for step in site.data.steps %}\n1. {{ step.text }}\n{% endfor %}\n';
    assert.deepEqual(notes(page), []);
  });
});
