// Keeps the placeholders of a just-inserted section quiet while the author is still filling them in: the slots of the
// snippet are reported only once the author is done with it (the cursor leaves the inserted text, or an edit is made
// elsewhere), not as a burst of new errors at the moment of insertion. Pure: offsets in, decisions out; the
// extension feeds it editor events (unit-tested in test/client/quiet.test.ts).

export interface Change {
  /** Offset of the replaced text in the document before the change. */
  offset: number;
  /** Length of the replaced text. */
  length: number;
  /** Length of the new text. */
  inserted: number;
}

/** Per document, the text of the snippet being filled in, as offsets that follow the author's edits. */
export class QuietRegions {
  private readonly regions = new Map<string, { start: number; end: number }>();

  /** A snippet was inserted over [start, end) of the new text. */
  start(uri: string, start: number, end: number): void {
    this.regions.set(uri, { start, end });
  }

  /** Whether findings in [start, end) of `uri` are held back. */
  holds(uri: string, start: number, end: number): boolean {
    const r = this.regions.get(uri);
    return !!r && start >= r.start && end <= r.end;
  }

  active(uri: string): boolean {
    return this.regions.has(uri);
  }

  /**
   * The document changed (changes as VS Code reports them: offsets in the text before the change, none overlapping).
   * Edits inside the region move its end; an edit anywhere else ends it. Returns true when it ended.
   */
  changed(uri: string, changes: readonly Change[]): boolean {
    const r = this.regions.get(uri);
    if (!r) return false;
    let grow = 0;
    for (const c of changes) {
      if (c.offset < r.start || c.offset + c.length > r.end) return this.end(uri);
      grow += c.inserted - c.length;
    }
    r.end += grow;
    return false;
  }

  /** The cursors moved: once none is inside the region (its ends included), it ends. Returns true when it ended. */
  selected(uri: string, cursors: readonly number[]): boolean {
    const r = this.regions.get(uri);
    if (!r || cursors.some((c) => c >= r.start && c <= r.end)) return false;
    return this.end(uri);
  }

  /** Ends the region (the document closed, the snippet is done). Returns true when there was one. */
  end(uri: string): boolean {
    return this.regions.delete(uri);
  }
}
