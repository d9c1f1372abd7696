import assert from 'node:assert/strict';
import { combineSnippets, shiftTabStops } from '../../client/src/snippets.ts';

describe('client snippets', () => {
  it('shifts numbered tab stops in all their forms and leaves variables and escapes alone', () => {
    const { text, max } = shiftTabStops('${1:Company} $2 ${3|a,b|} ${2} \\$4 $TM_FILENAME ${CLIPBOARD:x}', 10);
    assert.equal(text, '${11:Company} $12 ${13|a,b|} ${12} \\$4 $TM_FILENAME ${CLIPBOARD:x}');
    assert.equal(max, 13);
  });

  it('turns $0 into the last ordinary tab stop and shifts nested placeholders', () => {
    assert.deepEqual(shiftTabStops('${1:a ${2:b}} $0', 3), { text: '${4:a ${5:b}} $6', max: 6 });
  });

  it('returns a single snippet unchanged', () => {
    assert.deepEqual(combineSnippets([{ offset: 7, snippet: 'x $0 ${1:y}' }], () => assert.fail('no text needed')), {
      start: 7,
      end: 7,
      snippet: 'x $0 ${1:y}',
    });
  });

  it('combines snippets in document order, numbering tab stops across them and keeping the text between', () => {
    const doc = 'Intro\n## A\ncost $1}\n## B\n';
    const at = (s: string) => doc.indexOf(s);
    const r = combineSnippets(
      [
        { offset: at('## B'), snippet: '## Second\n${1:two} ${2:three}\n' },
        { offset: at('## A'), snippet: '## First\n${1:one}\n' },
      ],
      (from, to) => doc.slice(from, to),
    );
    assert.equal(r.start, at('## A'));
    assert.equal(r.end, at('## B'));
    assert.equal(r.snippet, '## First\n${1:one}\n## A\ncost \\$1\\}\n## Second\n${2:two} ${3:three}\n');
  });

  it('keeps the given order for snippets at the same offset', () => {
    const r = combineSnippets(
      [
        { offset: 4, snippet: 'A ${1:a}\n' },
        { offset: 4, snippet: 'B ${1:b}\n' },
      ],
      () => assert.fail('nothing between equal offsets'),
    );
    assert.deepEqual(r, { start: 4, end: 4, snippet: 'A ${1:a}\nB ${2:b}\n' });
  });

  it('links tab stops written the same in different snippets, and only across snippets', () => {
    const r = combineSnippets(
      [
        { offset: 0, snippet: 'Contact ${1:[Company Name]} at ${2:[privacy email address]}.\n' },
        { offset: 0, snippet: 'Children: write to ${1:[privacy email address]}; we keep ${2:[type of data]} and ${3:[type of data]}.\n' },
        { offset: 0, snippet: 'Transfers: ${1:[country]}, ${2:[privacy email address]} \\${3:[country]}\n' },
      ],
      () => assert.fail('nothing between equal offsets'),
    );
    assert.equal(
      r.snippet,
      'Contact ${1:[Company Name]} at ${2:[privacy email address]}.\n' +
        'Children: write to ${2:[privacy email address]}; we keep ${4:[type of data]} and ${5:[type of data]}.\n' +
        'Transfers: ${6:[country]}, ${2:[privacy email address]} \\${3:[country]}\n',
    );
  });
});
