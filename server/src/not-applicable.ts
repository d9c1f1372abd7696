// "Mark <topic> not applicable": the inline comment, and the edit of .policy-linter.json that keeps its other keys.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { TextDocumentEdit, CreateFile, WorkspaceEdit } from 'vscode-languageserver';

/** The inline directive (engine/directives.ts syntax) that marks a topic not applicable in Markdown and HTML. */
export function notApplicableComment(topic: string, reason: string): string {
  return `<!-- policy-linter-not-applicable ${topic} -- ${reason} -->`;
}

export const DEFAULT_REASON = 'Explain why this topic does not apply';

/** The config fragment shown in hovers. */
export function notApplicableConfigSnippet(topic: string): string {
  return JSON.stringify({ topics: { [topic]: { applicable: false, reason: DEFAULT_REASON } } }, null, 2);
}

const MAX_CONFIG_BYTES = 1 << 20;
/**
 * Past the end of any config file. Clients clamp positions beyond the end (VS Code does, and so does
 * vscode-languageserver-textdocument), so the replacement covers the whole file even if it grew since the action
 * was computed: applying the action twice gives the same file, never two JSON objects.
 */
const END_OF_FILE = { line: 2147483647, character: 0 };

/**
 * The workspace edit that sets topics.<topic> = {applicable: false, reason} in the config file at `path`, keeping
 * every other key and the file's indentation. Creates the file when it does not exist. Returns undefined when the
 * file exists but is not a JSON object (the user must fix it first; the edit would otherwise destroy it), or when
 * `canCreate` is false and the file is missing.
 */
export function notApplicableConfigEdit(path: string, topic: string, canCreate: boolean, openText?: string): WorkspaceEdit | undefined {
  const uri = pathToFileURL(path).toString();
  let text: string | undefined = openText;
  if (text === undefined && existsSync(path)) {
    try {
      if (statSync(path).size > MAX_CONFIG_BYTES) return undefined;
      text = readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  }
  if (text === undefined && !canCreate) return undefined;
  let config: Record<string, unknown> = {};
  let indent: string | number = 2;
  let eol = '\n';
  if (text !== undefined && text.trim() !== '') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      return undefined;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
    config = parsed as Record<string, unknown>;
    indent = /^([ \t]+)"/m.exec(text)?.[1] ?? 2;
    if (/\r\n/.test(text)) eol = '\r\n';
  }
  const topics = typeof config.topics === 'object' && config.topics !== null && !Array.isArray(config.topics) ? (config.topics as Record<string, unknown>) : {};
  const current = topics[topic];
  const existing = typeof current === 'object' && current !== null && !Array.isArray(current) ? (current as Record<string, unknown>) : {};
  const reason = typeof existing.reason === 'string' && existing.reason.trim() ? existing.reason : DEFAULT_REASON;
  const next = { ...config, topics: { ...topics, [topic]: { ...existing, applicable: false, reason } } };
  const newText = JSON.stringify(next, null, indent).replace(/\n/g, eol) + eol;

  const replaceAll: TextDocumentEdit = {
    textDocument: { uri, version: null },
    edits: [{ range: { start: { line: 0, character: 0 }, end: END_OF_FILE }, newText }],
  };
  if (text !== undefined) return { documentChanges: [replaceAll] };
  const create: CreateFile = { kind: 'create', uri, options: { ignoreIfExists: true } };
  return { documentChanges: [create, replaceAll] };
}
