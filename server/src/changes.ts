// Change events are applied by vscode-languageserver-textdocument, which clamps out-of-range positions but corrupts its
// line index on malformed ones: a position without a line or character, or a fractional line (1.5), leaves offsets
// and line numbers disagreeing with the text (and may duplicate text), so every later hover and quick fix would be off.
// Such events are dropped; no client sends them, and there is no right way to apply them.
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

const isPosition = (p: unknown): boolean => {
  const q = p as { line?: unknown; character?: unknown } | null;
  return typeof q === 'object' && q !== null && Number.isInteger(q.line) && Number.isInteger(q.character);
};

/** A full-text change, or an incremental one whose range has integer positions. */
export function wellFormedChange(c: unknown): c is TextDocumentContentChangeEvent {
  const e = c as { text?: unknown; range?: { start?: unknown; end?: unknown } | null } | null;
  if (typeof e !== 'object' || e === null || typeof e.text !== 'string') return false;
  if (!('range' in e) || e.range === undefined) return true;
  return typeof e.range === 'object' && e.range !== null && isPosition(e.range.start) && isPosition(e.range.end);
}

/** TextDocument.update without the malformed events. */
export function applyChanges(doc: TextDocument, changes: unknown[], version: number): TextDocument {
  return TextDocument.update(doc, changes.filter(wellFormedChange), version);
}
