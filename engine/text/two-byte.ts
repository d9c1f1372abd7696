// What the engine's regular expressions read, in one string representation.
//
// V8 keeps a string as one byte per character when every character is Latin-1 and as two bytes otherwise, and
// compiles a regular expression's machine code separately for each representation of the strings it runs on. The
// topic lexicons and placeholder patterns are large: each set of machine code is ~10 MB for the core topics alone, and
// with both (a document with one curly quote is two-byte, a normalised sentence of it may be one-byte again, an ASCII
// document is one-byte throughout) the lint process held 33 MB of compiled regular-expression code after 50 policies,
// 23 MB with the document text and the normalised sentences always two-byte (docs/performance.md, "Memory"). Most
// policies are two-byte anyway (typographic quotes and dashes), so two-byte is the representation kept. Engines that
// are not V8 see the same characters.

/** `s` with the same characters, held by V8 as a two-byte string (of the same length; a copy). */
export function twoByte(s: string): string {
  // The concatenation is two-byte, so is its flattened copy, and so is any part of that (a slice, or a short copy).
  return s.length === 0 ? s : ('\u0100' + s).slice(1);
}
