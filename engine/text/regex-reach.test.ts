import assert from 'node:assert/strict';
import { regexReach } from './regex-reach.ts';

const reach = (source: string, flags = '') => {
  const r = regexReach(source, flags);
  return r.global ? 'global' : `${r.lineConfined ? 'line' : 'cross'} ${r.behind} ${r.ahead}`;
};

describe('regexReach', () => {
  it('bounds what an attempt reads after its start', () => {
    assert.equal(reach('abc'), 'line 0 3');
    assert.equal(reach('a(?:bc|d){2}'), 'line 0 5');
    assert.equal(reach('a(?=bcd)'), 'line 0 4');
    assert.equal(reach('[^\\n\\r]{1,400}x'), 'line 0 401');
    assert.equal(reach('_{4,}'), 'line 0 Infinity');
  });

  it('counts look-behinds and word boundaries before the start', () => {
    assert.equal(reach('\\bfoo\\b'), 'line 1 4');
    assert.equal(reach('(?<![\\w/])x'), 'line 1 1');
    // Conservative ahead: a look-behind body is assumed to read as far past its shortest length as it can consume.
    assert.equal(reach('(?<=[:：]\\s{0,3})x'), 'cross 4 3');
    assert.equal(reach('(?<!\\d[ .-]?)5'), 'line 2 1');
  });

  it('tells what can match a line break', () => {
    assert.equal(reach('a\\s{1,3}b'), 'cross 0 5');
    assert.equal(reach('[^x]'), 'cross 0 1');
    assert.equal(reach('[^x\\n\\r]'), 'line 0 1');
    assert.equal(reach('\\D'), 'cross 0 1');
    assert.equal(reach('.'), 'line 0 1');
    assert.equal(reach('.', 's'), 'cross 0 1');
    assert.equal(reach('[\\x00-\\x7f]'), 'cross 0 1');
    assert.equal(reach('(?=\\s)a'), 'cross 0 1');
  });

  it('counts a character of a Unicode-mode class as two code units', () => {
    assert.equal(reach('\\p{L}', 'u'), 'line 0 2');
    assert.equal(reach('(?<![\\p{L}\\d])a', 'u'), 'line 2 1');
  });

  it('gives up on what it cannot bound: whole-text anchors, backreferences, invalid patterns', () => {
    assert.equal(reach('^a'), 'global');
    assert.equal(reach('a$'), 'global');
    assert.equal(reach('^a', 'm'), 'line 1 1');
    assert.equal(reach('a$', 'm'), 'line 0 2');
    assert.equal(reach('(a)\\1'), 'global');
    assert.equal(reach('('), 'global');
  });
});
