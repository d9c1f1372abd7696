// The config file's name and its parsing: pure (no file system), shared by the Node lookup (load.ts) and the lookup
// through the editor's file system (server/src/config-files.ts, for the browser build).
import type { ConfigProblem, PolicyLinterConfig } from '../types.ts';
import { LineIndex } from '../text/lines.ts';

export const CONFIG_FILE_NAME = '.policy-linter.json';
/** Config files are small; anything larger is a mistake, not a config. */
export const MAX_CONFIG_BYTES = 1 << 20;

export interface LoadedConfig {
  config?: PolicyLinterConfig;
  problems: ConfigProblem[];
}

/** Parses config file text; a syntax error is reported with its line and column. */
export function parseConfigText(text: string, source: string): LoadedConfig {
  try {
    const config = JSON.parse(text) as PolicyLinterConfig | null;
    // null would read as "no settings" (as in the editor's settings): in a config file it is a mistake worth saying.
    if (config === null) return fail(source, 'holds only null, not a JSON object with settings; the file was ignored.');
    return { config, problems: [] };
  } catch (err) {
    const reason = String((err as Error).message).replace(/ at position \d+.*$|, (?:\.\.\.)?".*" is not valid JSON$/s, '');
    const offset = jsonErrorOffset(text);
    const { line, character } = new LineIndex(text).positionAt(offset);
    return fail(source, `is not valid JSON at line ${line + 1}, column ${character + 1} (${reason}); the file was ignored.`);
  }
}

export const configFailure = (source: string, message: string): LoadedConfig => ({ problems: [{ source, key: '', message }] });
const fail = configFailure;

/**
 * The offset of the first JSON syntax error in `text` (V8's messages do not always include one).
 * A strict scan with an explicit stack of open containers, so that nesting of any depth is located correctly.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const digits = (required: boolean) => {
    if (required && !/[0-9]/.test(text[i] ?? '')) fail();
    while (/[0-9]/.test(text[i] ?? '')) i++;
  };
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits(true);
    if (text[i] === '.') {
      i++;
      digits(true);
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits(true);
    }
  };
  const string = () => {
    i++;
    for (;;) {
      if (i >= text.length) fail();
      const c = text.charCodeAt(i);
      if (c === 0x22) return void i++;
      if (c < 0x20) fail();
      if (c === 0x5c) {
        i++;
        if (text[i] === 'u') {
          i++;
          for (let k = 0; k < 4; k++, i++) if (!/[0-9a-fA-F]/.test(text[i] ?? '')) fail();
        } else if ('"\\/bfnrt'.includes(text[i] ?? 'x')) i++;
        else fail();
      } else i++;
    }
  };
  const key = () => {
    ws();
    if (text[i] !== '"') fail();
    string();
    ws();
    if (text[i] !== ':') fail();
    i++;
  };
  const scalar = () => {
    const c = text[i];
    if (c === '"') return string();
    if (c === '-' || /[0-9]/.test(c ?? '')) return number();
    const word = c === 't' ? 'true' : c === 'f' ? 'false' : c === 'n' ? 'null' : fail();
    for (const ch of word) {
      if (text[i] !== ch) fail();
      i++;
    }
  };
  // Iterative, with the open containers' closers on a stack: any depth, and the error where it really is.
  const closers: string[] = [];
  try {
    for (;;) {
      // A value.
      ws();
      const c = text[i];
      if (c === '{' || c === '[') {
        i++;
        ws();
        if (text[i] === (c === '{' ? '}' : ']')) i++;
        else {
          closers.push(c === '{' ? '}' : ']');
          if (c === '{') key();
          continue;
        }
      } else scalar();
      // After a value: a comma and the next member, or closers.
      for (;;) {
        if (!closers.length) {
          ws();
          return i;
        }
        ws();
        if (text[i] === ',') {
          i++;
          if (closers[closers.length - 1] === '}') key();
          break;
        }
        if (text[i] !== closers[closers.length - 1]) fail();
        closers.pop();
        i++;
      }
    }
  } catch (at) {
    return typeof at === 'number' ? Math.min(at, text.length) : 0;
  }
}

