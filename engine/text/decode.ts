// Turns a file's bytes into the text an editor would show, or says why it cannot be linted (the CLI reads files with it,
// and so does the editor's Lint Workspace, in the browser too: pure, no Node built-in).
// The BOM is dropped (VS Code does not count it, so positions start after it); UTF-16 files with a BOM are decoded, and
// so are UTF-16 files without one (every other byte NUL), which would otherwise read as binary.

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Share of characters that may be invalid UTF-8 before a file is taken for binary or another encoding. */
const MAX_INVALID_SHARE = 0.02;

export type Decoded = { text: string; invalid: number } | { error: string };

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_FILE_BYTES) return { error: `is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), invalid: 0 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), invalid: 0 };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), invalid: 0 };
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

/**
 * UTF-16 without a byte-order mark, as some Windows tools write it: text whose every other byte is NUL (the high byte of
 * ASCII characters) and whose other bytes are not, and which decodes without unpaired surrogates. Binary files have NUL
 * bytes too, but not in such a strict alternation.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4 || bytes.length % 2) return undefined;
  const sample = Math.min(bytes.length, 4096);
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = sample / 2;
  const encoding = oddZero >= pairs * 0.9 && evenZero === 0 ? 'utf-16le' : evenZero >= pairs * 0.9 && oddZero === 0 ? 'utf-16be' : undefined;
  if (!encoding) return undefined;
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return /[\u0000-\u0008\u000e-\u001f]/.test(text) ? undefined : encoding;
  } catch {
    return undefined;
  }
}
