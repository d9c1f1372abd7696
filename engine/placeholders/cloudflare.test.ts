import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeCfEmail } from './cloudflare.ts';

/** Encodes an address the way Cloudflare's e-mail protection does: a key byte, then each character XOR the key. */
function encode(address: string, key: number): string {
  const byte = (n: number) => n.toString(16).padStart(2, '0');
  return byte(key) + [...address].map((ch) => byte(ch.charCodeAt(0) ^ key)).join('');
}

describe('decodeCfEmail', () => {
  it('decodes a data-cfemail value', () => {
    assert.equal(decodeCfEmail('2a5a58435c4b49536a4f524b475a464f04494547'), 'privacy@example.com');
    assert.equal(decodeCfEmail('2A5A58435C4B49536A4F524B475A464F04494547'), 'privacy@example.com');
  });
  it('round-trips any address under any key', () => {
    const address = fc.tuple(fc.stringMatching(/^[a-z0-9._+-]{1,20}$/), fc.stringMatching(/^[a-z0-9-]{1,20}$/), fc.constantFrom('com', 'org', 'de'));
    fc.assert(
      fc.property(address, fc.integer({ min: 0, max: 255 }), ([user, host, tld], key) => {
        const a = `${user}@${host}.${tld}`;
        assert.equal(decodeCfEmail(encode(a, key)), a);
      }),
    );
  });
  it('returns undefined for hex that is not an encoded address', () => {
    assert.equal(decodeCfEmail(''), undefined);
    assert.equal(decodeCfEmail('2a5a5'), undefined); // odd length
    assert.equal(decodeCfEmail('zz5a58435c'), undefined); // not hex
    assert.equal(decodeCfEmail(encode('not an address', 0x11)), undefined);
    assert.equal(decodeCfEmail('2a2b'), undefined); // too short
    assert.equal(decodeCfEmail('00' + '01'.repeat(10)), undefined); // control characters
  });
});
