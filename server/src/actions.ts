// Code actions for findings: insert missing sections, fill or remove placeholders, mark a topic not applicable,
// disable a rule for a line or the file. Every action is computed from the current lint result, so a topic that is
// already covered never gets an "insert section" action, and every edit carries the document version.
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { Finding, InsertSectionFix, LintResult, PlaceholderFix, PolicyDocument, Span } from '../../engine/index.ts';
import { escapeSnippet } from '../../engine/fixes/insert-section.ts';
import { PLACEHOLDER_KINDS } from '../../engine/placeholders/kinds.ts';
import { applySnippets, versionedEdit, type EditCapabilities, type Target } from './edits.ts';
import { formatLikeDocument } from './dates.ts';
import { DEFAULT_REASON, notApplicableComment } from './not-applicable.ts';
import { topicTitle } from './topics.ts';
import type { MissingSection } from './protocol.ts';

export const INSERT_MISSING_SECTIONS_KIND = `${CodeActionKind.Source}.policyLinter.insertMissingSections`;

export interface ActionRequest {
  target: Target;
  result: LintResult;
  /** Requested range as offsets. */
  span: Span;
  /** CodeActionContext.only. */
  only?: string[];
  caps: EditCapabilities;
  diagnostic: (f: Finding) => Diagnostic;
  /** The .policy-linter.json edit marking a topic not applicable, when one can be made. */
  configEdit: (topic: string) => WorkspaceEdit | undefined;
  today: Date;
}

const wanted = (kind: string, only: string[] | undefined) => !only?.length || only.some((o) => kind === o || kind.startsWith(o + '.'));
const touches = (s: Span, r: Span) => s.start <= r.end && r.start <= s.end;
const quote = (s: string) => `“${s.length > 40 ? s.slice(0, 39) + '…' : s}”`;

function isSectionFix(f: Finding): f is Finding & { fix: InsertSectionFix } {
  return f.fix?.kind === 'insert-section';
}
function isPlaceholder(f: Finding): f is Finding & { fix: PlaceholderFix } {
  return f.fix?.kind === 'placeholder';
}

/** The sections a document lacks, ready for the client's quick pick (MissingSectionsRequest). */
export function missingSections(result: LintResult): MissingSection[] {
  const lines = result.document.lines;
  return result.findings.filter(isSectionFix).map((f) => ({
    topic: f.fix.topic,
    title: topicTitle(f.fix.topic),
    position: lines.positionAt(f.fix.offset),
    snippet: f.fix.snippet,
  }));
}

export function codeActions(req: ActionRequest): CodeAction[] {
  const { result } = req;
  const actions: CodeAction[] = [];
  const quickfix = wanted(CodeActionKind.QuickFix, req.only);
  if (quickfix) {
    for (const f of result.findings) {
      if (!touches(f.span, req.span)) continue;
      if (isSectionFix(f)) actions.push(...sectionActions(req, f));
      else if (isPlaceholder(f)) actions.push(...placeholderActions(req, f));
      actions.push(...disableActions(req, f));
    }
  }
  if (wanted(INSERT_MISSING_SECTIONS_KIND, req.only)) {
    const all = insertAllAction(req);
    if (all) actions.push(all);
  }
  return actions;
}

function action(title: string, kind: string, f: Finding | undefined, req: ActionRequest, how: Pick<CodeAction, 'edit' | 'command'> | undefined, preferred = false): CodeAction[] {
  if (!how) return [];
  return [{ title, kind, ...(f ? { diagnostics: [req.diagnostic(f)] } : {}), ...(preferred ? { isPreferred: true } : {}), ...how }];
}

// ---- missing sections ----

function sectionActions(req: ActionRequest, f: Finding & { fix: InsertSectionFix }): CodeAction[] {
  const doc = req.result.document;
  const title = topicTitle(f.fix.topic);
  const at = doc.lines.positionAt(f.fix.offset);
  const out = action(
    `Insert "${title}" section`,
    CodeActionKind.QuickFix,
    f,
    req,
    applySnippets(req.target, [{ range: { start: at, end: at }, snippet: f.fix.snippet, text: f.fix.text }], req.caps),
    true,
  );
  out.push(...notApplicableActions(req, f, f.fix.topic, title));
  return out;
}

function insertAllAction(req: ActionRequest): CodeAction | undefined {
  const fixes = req.result.findings.filter(isSectionFix);
  if (!fixes.length) return undefined;
  const lines = req.result.document.lines;
  const changes = fixes.map((f) => {
    const at = lines.positionAt(f.fix.offset);
    return { range: { start: at, end: at }, snippet: f.fix.snippet, text: f.fix.text };
  });
  const how = applySnippets(req.target, changes, req.caps);
  if (!how) return undefined;
  const title = fixes.length === 1 ? `Insert missing section "${topicTitle(fixes[0].fix.topic)}"` : `Insert all ${fixes.length} missing sections`;
  return { title, kind: INSERT_MISSING_SECTIONS_KIND, diagnostics: fixes.map(req.diagnostic), ...how };
}

/** Offset of the start of the line after the one containing `offset` (or the end of the text). */
function nextLineStart(doc: PolicyDocument, offset: number): number {
  const line = doc.lines.lineOf(offset);
  return line + 1 < doc.lines.lineCount ? doc.lines.lineStart(line + 1) : doc.text.length;
}

/**
 * Where a file-level comment goes: the start of the line of the first block of content, so it comes after front
 * matter (which must stay first in Markdown) and after an HTML head.
 */
function topOffset(doc: PolicyDocument): number {
  const first = doc.blocks.find((b) => b.kind !== 'front-matter');
  return first ? doc.lines.lineStart(doc.lines.lineOf(first.span.start)) : 0;
}

/** The end of the title's block: a setext underline belongs to the title, so a comment never goes between them. */
function titleEnd(doc: PolicyDocument, title: Span): number {
  const block = doc.blocks.find((b) => b.span.start <= title.start && title.start < b.span.end);
  return Math.max(title.start + 1, title.end, block?.span.end ?? 0);
}

/** A comment line inserted at a line start: adds a line break before it when the offset is the end of a text without one. */
function lineInsert(doc: PolicyDocument, offset: number): { before: string; after: string } {
  const atEndWithoutBreak = offset === doc.text.length && offset > 0 && !/[\r\n]$/.test(doc.text);
  return { before: atEndWithoutBreak ? doc.eol : '', after: atEndWithoutBreak ? '' : doc.eol };
}

function notApplicableActions(req: ActionRequest, f: Finding, topic: string, title: string): CodeAction[] {
  const doc = req.result.document;
  const out: CodeAction[] = [];
  if (doc.supportsComments) {
    const offset = doc.title ? nextLineStart(doc, titleEnd(doc, doc.title) - 1) : topOffset(doc);
    const ins = lineInsert(doc, offset);
    const at = doc.lines.positionAt(offset);
    const snippet = ins.before + notApplicableComment(topic, `\${1:${escapeSnippet(DEFAULT_REASON)}}`) + ins.after;
    const text = ins.before + notApplicableComment(topic, DEFAULT_REASON) + ins.after;
    out.push(...action(`Mark "${title}" not applicable (comment in this file)`, CodeActionKind.QuickFix, f, req, applySnippets(req.target, [{ range: { start: at, end: at }, snippet, text }], req.caps)));
  }
  const edit = req.configEdit(topic);
  if (edit) out.push(...action(`Mark "${title}" not applicable in .policy-linter.json`, CodeActionKind.QuickFix, f, req, { edit }));
  return out;
}

// ---- placeholders ----

function placeholderActions(req: ActionRequest, f: Finding & { fix: PlaceholderFix }): CodeAction[] {
  const doc = req.result.document;
  const { fix } = f;
  const flagged = doc.text.slice(f.span.start, f.span.end);
  const range = f.range;
  const plain = (title: string, edits: TextEdit[]) => action(title, CodeActionKind.QuickFix, f, req, { edit: versionedEdit(req.target, edits, req.caps) }, true);

  if (fix.replacement !== undefined) {
    // Text inside a tag (a leftover data-cfemail attribute) cannot take an address: that edit would break the markup.
    if (insideTag(doc.text, f.span.start)) return [];
    return plain(`Replace ${quote(flagged)} with ${quote(fix.replacement)}`, [{ range, newText: fix.replacement }]);
  }
  switch (fix.placeholderKind) {
    case 'missing-date': {
      const date = formatLikeDocument(doc.text, req.today);
      const before = doc.text.slice(0, f.span.end);
      const sep = /:\s*$|\s$/.test(before) ? (/\s$/.test(before) ? '' : ' ') : ': ';
      return plain(`Insert today's date (${date})`, [{ range: { start: range.end, end: range.end }, newText: sep + date }]);
    }
    case 'drafting-note':
      return plain('Remove drafting note', [{ range: doc.lines.rangeOf(removalSpan(doc, f.span)), newText: '' }]);
    default: {
      const label = fix.label?.trim() || PLACEHOLDER_KINDS[fix.placeholderKind].title.toLowerCase();
      const how = applySnippets(req.target, [{ range, snippet: `\${1:${escapeSnippet(label)}}` }], req.caps);
      return action(`Replace placeholder ${quote(flagged)}…`, CodeActionKind.QuickFix, f, req, how, true);
    }
  }
}

/** Whether `offset` is inside an HTML tag on its line (after a "<" that has not been closed by ">"). */
function insideTag(text: string, offset: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const before = text.slice(lineStart, offset);
  return before.lastIndexOf('<') > before.lastIndexOf('>');
}

/**
 * What "Remove drafting note" deletes: the note, plus its whole line when the note is all the line holds (so no
 * blank line is left behind), else the note and one adjacent space.
 */
function removalSpan(doc: PolicyDocument, span: Span): Span {
  const first = doc.lines.lineOf(span.start);
  const last = doc.lines.lineOf(Math.max(span.start, span.end - 1));
  const lineStart = doc.lines.lineStart(first);
  const lineEnd = doc.lines.lineEnd(last);
  const rest = doc.text.slice(lineStart, span.start) + doc.text.slice(span.end, lineEnd);
  if (/^[\s*_>#-]*$/.test(rest)) {
    // The whole line goes; between two blank lines, one of them goes too, so no double blank line is left.
    let end = nextLineStart(doc, lineEnd);
    const blank = (line: number) => line >= 0 && line < doc.lines.lineCount && doc.text.slice(doc.lines.lineStart(line), doc.lines.lineEnd(line)).trim() === '';
    if (blank(first - 1) && blank(last + 1)) end = nextLineStart(doc, end);
    return { start: lineStart, end };
  }
  if (doc.text[span.end] === ' ') return { start: span.start, end: span.end + 1 };
  if (doc.text[span.start - 1] === ' ') return { start: span.start - 1, end: span.end };
  return span;
}

// ---- disable comments ----

function disableActions(req: ActionRequest, f: Finding): CodeAction[] {
  const doc = req.result.document;
  if (!doc.supportsComments) return [];
  const out: CodeAction[] = [];
  const plainEdit = (offset: number, newText: string) => {
    const at = doc.lines.positionAt(offset);
    return { edit: versionedEdit(req.target, [{ range: { start: at, end: at }, newText }], req.caps) };
  };
  if (!isSectionFix(f)) {
    const { offset, text } = disableLineInsert(doc, f);
    out.push(...action(`Disable ${f.ruleId} for this line`, CodeActionKind.QuickFix, f, req, plainEdit(offset, text)));
  }
  const top = topOffset(doc);
  const ins = lineInsert(doc, top);
  out.push(...action(`Disable ${f.ruleId} for this file`, CodeActionKind.QuickFix, f, req, plainEdit(top, ins.before + `<!-- policy-linter-disable ${f.ruleId} -->` + ins.after)));
  return out;
}

/**
 * The comment that silences a finding's line. A comment line above it when the line starts a block (the previous
 * line is blank) or in HTML; otherwise — a line inside a Markdown paragraph, list or table, where a new line would
 * split the block — a same-line comment at the end of the line (inside the last cell of a table row).
 */
function disableLineInsert(doc: PolicyDocument, f: Finding): { offset: number; text: string } {
  const line = f.range.start.line;
  const start = doc.lines.lineStart(line);
  const end = doc.lines.lineEnd(line);
  const prevBlank = line === 0 || doc.text.slice(doc.lines.lineStart(line - 1), doc.lines.lineEnd(line - 1)).trim() === '';
  if (doc.format === 'html' || prevBlank) {
    const indent = /^[ \t]*/.exec(doc.text.slice(start, end))![0];
    return { offset: start, text: `${indent.length < 4 ? indent : ''}<!-- policy-linter-disable-next-line ${f.ruleId} -->${doc.eol}` };
  }
  const content = doc.text.slice(start, end);
  const comment = `<!-- policy-linter-disable-line ${f.ruleId} -->`;
  const pipe = /[ \t]*\|[ \t]*$/.exec(content);
  if (pipe && /^\s*\|/.test(content)) return { offset: start + pipe.index, text: ` ${comment}` };
  const trailing = /\s*$/.exec(content)!;
  return { offset: start + trailing.index, text: ` ${comment}` };
}
