// Cloudflare's e-mail obfuscation stores an address as hex: the first byte is a key, every following byte is a
// character XOR the key ("data-cfemail" attributes and "/cdn-cgi/l/email-protection#<hex>" links).

/** Decodes a Cloudflare-protected address; undefined when the hex does not decode to something that looks like an address. */
export function decodeCfEmail(hex: string): string | undefined {
  if (hex.length < 6 || hex.length % 2 !== 0 || !/^[0-9a-f]+$/i.test(hex)) return undefined;
  const key = parseInt(hex.slice(0, 2), 16);
  let out = '';
  for (let i = 2; i < hex.length; i += 2) {
    const code = parseInt(hex.slice(i, i + 2), 16) ^ key;
    if (code < 0x20 || code > 0x7e) return undefined;
    out += String.fromCharCode(code);
  }
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(out) ? out : undefined;
}
