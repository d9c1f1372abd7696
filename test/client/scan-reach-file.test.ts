import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCAN_REACH_DIR, SCANNED_SOURCES, scanReachText } from '../../client/scripts/scan-reach.ts';
import { patternSet, reachKey } from '../../engine/placeholders/scan.ts';
import { regexReach } from '../../engine/text/regex-reach.ts';

describe('engine/placeholders/scan-reach.json', () => {
  it('is up to date with the built-in patterns (regenerate: npx tsx client/scripts/scan-reach.ts)', () => {
    assert.equal(readFileSync(join(SCAN_REACH_DIR, 'scan-reach.json'), 'utf8'), scanReachText());
  });

  it('gives every built-in source a key of its own', () => {
    const keys = new Map<string, string>();
    for (const s of SCANNED_SOURCES) {
      const seen = keys.get(reachKey(s));
      assert.ok(seen === undefined || seen === `${s.flags}/${s.source}`, `two sources share the key ${reachKey(s)}`);
      keys.set(reachKey(s), `${s.flags}/${s.source}`);
    }
  });

  it('splits a set as reading each pattern would: a source the table lacks is read at run time', () => {
    const unknown = [{ source: 'a\\nb', flags: '' }, { source: '^x', flags: '' }, { source: '(?<=ab)c', flags: '' }];
    const sources = [...SCANNED_SOURCES.slice(0, 20), ...unknown];
    const { lines, windows, whole } = patternSet(sources).families();
    const family = (i: number) => {
      const r = regexReach(sources[i].source, sources[i].flags);
      return r.global || !Number.isFinite(r.behind) ? 'whole' : r.lineConfined ? 'lines' : Number.isFinite(r.ahead) ? 'windows' : 'whole';
    };
    const got = new Map<number, string>();
    for (const [name, f] of [['lines', lines], ['windows', windows], ['whole', whole]] as const) for (const i of f.members) got.set(i, name);
    sources.forEach((_, i) => assert.equal(got.get(i), family(i), `${sources[i].source}`));
    const windowed = windows.members.map((i) => regexReach(sources[i].source, sources[i].flags));
    assert.equal(windows.ahead, Math.max(0, ...windowed.map((r) => r.ahead)));
    assert.equal(windows.behind, Math.max(0, ...windowed.map((r) => r.behind)));
  });
});
