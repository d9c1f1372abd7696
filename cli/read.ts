// Turns a file's bytes into the text an editor would show, or says why it cannot be linted.
// The BOM is dropped (VS Code does not count it, so positions start after it); UTF-16 files with a BOM are decoded.

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Share of characters that may be invalid UTF-8 before a file is taken for binary or another encoding. */
const MAX_INVALID_SHARE = 0.02;

export type Decoded = { text: string; invalid: number } | { error: string };

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_FILE_BYTES) return { error: `is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), invalid: 0 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), invalid: 0 };
  if (bytes.includes(0)) return { error: 'is a binary file (it contains NUL bytes)' };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), invalid: 0 };
  } catch {
    const text = new TextDecoder('utf-8').decode(body);
    // Every U+FFFD in the lenient decoding stands for a bad sequence or a genuine U+FFFD; both are rare in prose.
    const invalid = text.length - text.replaceAll('\uFFFD', '').length;
    if (invalid > Math.max(2, text.length * MAX_INVALID_SHARE)) return { error: 'is not UTF-8 text (binary, or another encoding)' };
    return { text, invalid };
  }
}
