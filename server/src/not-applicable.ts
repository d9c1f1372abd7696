// "Mark <topic> not applicable": the inline comment, and the edit of .policy-linter.json that keeps its other keys.
import type { TextDocumentEdit, CreateFile, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { findNodeAtLocation, parse, parseTree, type JSONPath, type ParseError } from 'jsonc-parser';
import { DEFAULT_REASON } from '../../engine/directives.ts';

export { DEFAULT_REASON };

/** The inline directive (engine/directives.ts syntax) that marks a topic not applicable in Markdown and HTML. */
export function notApplicableComment(topic: string, reason: string): string {
  return `<!-- policy-linter-not-applicable ${topic} -- ${reason} -->`;
}


/**
 * Past the end of any config file. Clients clamp positions beyond the end (VS Code does, and so does
 * vscode-languageserver-textdocument), so a new file's content covers the whole file even if it was created since the
 * action was computed: applying the action twice gives the same file, never two JSON objects.
 */
const END_OF_FILE = { line: 2147483647, character: 0 };

/**
 * The config file as it is now: the editor's buffer with its version when it is open (synced by the client), else the
 * file's text (undefined: there is no such file; null: it exists but cannot be read).
 */
export type CurrentConfig = { text: string; version: number } | { text: string | undefined | null; version?: undefined };

/**
 * The workspace edit that sets topics.<topic> = {applicable: false, reason} in the config file at `uri`, whose text is
 * `current`: edits of the changed keys only (jsonc-parser), so every other key, comment and the file's formatting stay
 * as they are. When the file is open, the edit is of the editor's buffer and carries its version (the client refuses
 * it once the buffer has changed); otherwise of the file on disk. Creates the file when it does not exist. Returns
 * undefined when the file exists but is not a JSON object or cannot be read (the user must fix it first; the edit
 * would otherwise destroy it), or when `canCreate` is false and the file is missing.
 */
export function notApplicableConfigEdit(uri: string, topic: string, canCreate: boolean, current: CurrentConfig): WorkspaceEdit | undefined {
  const { text } = current;
  const open = current.version !== undefined ? current : undefined;
  if (text === null) return undefined;
  if (text === undefined && !canCreate) return undefined;
  if (text === undefined || text.trim() === '') {
    const newText = JSON.stringify({ topics: { [topic]: { applicable: false, reason: DEFAULT_REASON } } }, null, 2) + '\n';
    const replaceAll: TextDocumentEdit = {
      textDocument: { uri, version: open?.version ?? null },
      edits: [{ range: { start: { line: 0, character: 0 }, end: END_OF_FILE }, newText }],
    };
    if (text !== undefined) return { documentChanges: [replaceAll] };
    const create: CreateFile = { kind: 'create', uri, options: { ignoreIfExists: true } };
    return { documentChanges: [create, replaceAll] };
  }
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = text.slice(bom.length);
  const errors: ParseError[] = [];
  const parsed: unknown = parse(body, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length || typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const topics = (parsed as Record<string, unknown>).topics;
  const existing = isObject(topics) ? topics[topic] : undefined;
  const entry = { applicable: false, reason: DEFAULT_REASON };
  // Only what must change: the topic's keys when it is already an object, else the topic entry, else `topics`.
  const changes: Array<[JSONPath, unknown]> = !isObject(topics)
    ? [[['topics'], { [topic]: entry }]]
    : !isObject(existing)
      ? [[['topics', topic], entry]]
      : [[['topics', topic, 'applicable'], false], ...(typeof existing.reason === 'string' && existing.reason.trim() ? [] : [[['topics', topic, 'reason'], DEFAULT_REASON] as [JSONPath, unknown]])];
  const unit = /^([ \t]+)"/m.exec(body)?.[1] ?? '  ';
  const eol = /\r\n/.test(body) ? '\r\n' : '\n';
  let after = body;
  for (const [key, value] of changes) after = setKey(after, key, value, unit, eol);
  after = bom + after;
  return { documentChanges: [{ textDocument: { uri, version: open?.version ?? null }, edits: [changedPart(uri, text, after)] }] };
}

/**
 * Sets `key` (a path of object keys; its parent exists and is an object) to `value` in the JSON text, touching nothing
 * else: an existing value is replaced, a new property goes after the parent's last one, indented like the file.
 */
function setKey(text: string, key: JSONPath, value: unknown, unit: string, eol: string): string {
  const root = parseTree(text)!;
  const indentAt = (offset: number) => /^[ \t]*/.exec(text.slice(text.lastIndexOf('\n', offset - 1) + 1))![0];
  const render = (v: unknown, indent: string) => JSON.stringify(v, null, unit).replace(/\n/g, eol + indent);
  const node = findNodeAtLocation(root, key);
  if (node) return text.slice(0, node.offset) + render(value, indentAt(node.offset)) + text.slice(node.offset + node.length);
  const parent = findNodeAtLocation(root, key.slice(0, -1))!;
  const outer = indentAt(parent.offset);
  const last = parent.children?.at(-1);
  const inner = last ? indentAt(last.offset) : outer + unit;
  const property = `${JSON.stringify(key.at(-1))}: ${render(value, inner)}`;
  // A property after the last one: on a line of its own when the object has one property per line, else after a space.
  const multiline = last && text.slice(parent.offset, last.offset).includes('\n');
  if (last) return text.slice(0, last.offset + last.length) + `,${multiline ? eol + inner : ' '}` + property + text.slice(last.offset + last.length);
  const close = parent.offset + parent.length - 1;
  return text.slice(0, parent.offset + 1) + eol + inner + property + eol + outer + text.slice(close);
}

/** One edit that turns `before` into `after`, replacing only what lies between their common prefix and suffix. */
function changedPart(uri: string, before: string, after: string): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const doc = TextDocument.create(uri, 'json', 0, before);
  return { range: { start: doc.positionAt(start), end: doc.positionAt(before.length - end) }, newText: after.slice(start, after.length - end) };
}
