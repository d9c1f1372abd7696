import assert from 'node:assert/strict';
import { QuietRegions } from '../../client/src/quiet.ts';

describe('client: quiet regions of a just-inserted snippet', () => {
  const uri = 'file:///p.md';

  it('holds back findings inside the inserted text only', () => {
    const q = new QuietRegions();
    q.start(uri, 100, 300);
    assert.equal(q.holds(uri, 120, 140), true);
    assert.equal(q.holds(uri, 90, 110), false);
    assert.equal(q.holds(uri, 290, 310), false);
    assert.equal(q.holds('file:///other.md', 120, 140), false);
  });

  it('follows typing inside the region (mirrored tab stops included) and ends on an edit elsewhere', () => {
    const q = new QuietRegions();
    q.start(uri, 100, 300);
    // "[age]" (5 characters) typed over with "13" at two linked places.
    assert.equal(q.changed(uri, [{ offset: 150, length: 5, inserted: 2 }, { offset: 250, length: 5, inserted: 2 }]), false);
    assert.equal(q.holds(uri, 280, 294), true);
    assert.equal(q.holds(uri, 280, 296), false);
    assert.equal(q.changed(uri, [{ offset: 10, length: 0, inserted: 1 }]), true);
    assert.equal(q.active(uri), false);
    assert.equal(q.holds(uri, 120, 140), false);
  });

  it('ends when no cursor is left inside the inserted text', () => {
    const q = new QuietRegions();
    q.start(uri, 100, 300);
    assert.equal(q.selected(uri, [300]), false); // the final tab stop at the end is still inside
    assert.equal(q.selected(uri, [50, 200]), false);
    assert.equal(q.selected(uri, [50]), true);
    assert.equal(q.selected(uri, [150]), false); // nothing left to end
  });
});
