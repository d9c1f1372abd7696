// Change events are applied by vscode-languageserver-textdocument, which clamps out-of-range positions but corrupts its
// line index on malformed ones: a position without a line or character, or a fractional line (1.5), leaves offsets
// and line numbers disagreeing with the text (and may duplicate text), so every later hover and quick fix would be off.
// Such events are dropped; no client sends them, and there is no right way to apply them.
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { TextChange } from './shift.ts';

const isPosition = (p: unknown): boolean => {
  const q = p as { line?: unknown; character?: unknown } | null;
  return typeof q === 'object' && q !== null && Number.isInteger(q.line) && Number.isInteger(q.character);
};

/**
 * A full-text change, or an incremental one whose range has integer positions (and a numeric rangeLength if any),
 * the two shapes TextDocument.update accepts; it throws on others, possibly halfway through a notification.
 */
export function wellFormedChange(c: unknown): c is TextDocumentContentChangeEvent {
  const e = c as { text?: unknown; range?: { start?: unknown; end?: unknown } | null; rangeLength?: unknown } | null;
  if (typeof e !== 'object' || e === null || typeof e.text !== 'string') return false;
  if (e.range === undefined) return e.rangeLength === undefined;
  if (e.rangeLength !== undefined && typeof e.rangeLength !== 'number') return false;
  return typeof e.range === 'object' && e.range !== null && isPosition(e.range.start) && isPosition(e.range.end);
}

/**
 * TextDocument.update without the malformed events. With `record`, each event is applied in turn and reported as
 * the offsets it replaced in the text it applied to (LSP applies a notification's events in order).
 */
export function applyChanges(doc: TextDocument, changes: unknown[], version: number, record?: (change: TextChange) => void): TextDocument {
  const events = changes.filter(wellFormedChange);
  if (!record || events.length === 0) return TextDocument.update(doc, events, version);
  for (const e of events) {
    if ('range' in e && e.range) {
      const a = doc.offsetAt(e.range.start);
      const b = doc.offsetAt(e.range.end);
      record({ start: Math.min(a, b), end: Math.max(a, b), length: e.text.length });
    } else record({ start: 0, end: doc.getText().length, length: e.text.length });
    TextDocument.update(doc, [e], version);
  }
  return doc;
}
