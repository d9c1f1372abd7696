// Building code-action edits that are safe to apply late or twice: every edit of the linted document carries the
// version it was computed for (the client refuses it once the text changed), and snippets go through the channel
// the client supports.
import type { CodeAction, Command, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { Commands, type InsertSnippetArgs } from './protocol.ts';

/** What the client can apply. */
export interface EditCapabilities {
  /** workspace.workspaceEdit.documentChanges: versioned edits. */
  documentChanges: boolean;
  /** workspace.workspaceEdit.snippetEditSupport (LSP 3.18 SnippetTextEdit). */
  snippetEdits: boolean;
  /** initializationOptions.snippetCommand: the client runs Commands.insertSnippet. */
  snippetCommand: boolean;
  /** workspace.workspaceEdit.resourceOperations includes "create". */
  createFiles: boolean;
}

export interface Target {
  uri: string;
  version: number;
}

/** A change to the linted document: a snippet (with tab stops) and, when it has one, its plain-text form. */
export interface SnippetChange {
  range: Range;
  snippet: string;
  /** Plain text for clients without snippet support; without it the change needs snippet support. */
  text?: string;
}

/** A plain, versioned edit of one document. */
export function versionedEdit(target: Target, edits: TextEdit[], caps: EditCapabilities): WorkspaceEdit {
  if (caps.documentChanges) return { documentChanges: [{ textDocument: { uri: target.uri, version: target.version }, edits }] };
  return { changes: { [target.uri]: edits } };
}

const isEmpty = (r: Range) => r.start.line === r.end.line && r.start.character === r.end.character;

/**
 * How a set of changes is applied, best first:
 * - insertions only, client runs Commands.insertSnippet: a command (the client checks the version and inserts one
 *   snippet session, so Tab walks every tab stop);
 * - client supports SnippetTextEdit with versioned edits: a versioned workspace edit of snippet edits;
 * - every change has plain text: a versioned plain edit;
 * - otherwise nothing (undefined): the action is not offered.
 */
export function applySnippets(target: Target, changes: SnippetChange[], caps: EditCapabilities): Pick<CodeAction, 'edit' | 'command'> | undefined {
  if (caps.snippetCommand && changes.every((c) => isEmpty(c.range))) {
    const args: InsertSnippetArgs = {
      uri: target.uri,
      version: target.version,
      snippets: changes.map((c) => ({ position: c.range.start, snippet: c.snippet })),
    };
    const command: Command = { title: 'Insert', command: Commands.insertSnippet, arguments: [args] };
    return { command };
  }
  if (caps.snippetEdits && caps.documentChanges) {
    return {
      edit: {
        documentChanges: [
          {
            textDocument: { uri: target.uri, version: target.version },
            edits: changes.map((c) => ({ range: c.range, snippet: { kind: 'snippet' as const, value: c.snippet } })),
          },
        ],
      },
    };
  }
  if (changes.every((c) => c.text !== undefined)) {
    return { edit: versionedEdit(target, changes.map((c) => ({ range: c.range, newText: c.text! })), caps) };
  }
  return undefined;
}
