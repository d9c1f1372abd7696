// Expands command-line targets into files: named files as they are, directories walked for policy documents,
// globs ("docs/**/*.md") matched against a walk of their fixed leading folders.
import { closeSync, openSync, readSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { isPolicyDocument, LINTABLE_EXTENSIONS } from '../engine/detect.ts';
import { decodeText } from './read.ts';
import { minimatch } from 'minimatch';

export { LINTABLE_EXTENSIONS };
const SKIPPED_DIRS = new Set(['node_modules']);
/** How much of a file is read to decide whether it is a policy (detection reads the first few kilobytes). */
const DETECT_BYTES = 64 * 1024;

export interface Target {
  /** The path shown in output: as given, or the given folder joined with the path walked. */
  path: string;
  abs: string;
}

export interface Expansion {
  files: Target[];
  /** One line each, e.g. `cannot read docs/x.md: ENOENT (no such file or directory)`. */
  errors: string[];
}

export interface ExpandOptions {
  cwd: string;
  /** Walk every file with a lintable extension, not only those that look like policies. */
  allFiles?: boolean;
  /** Named files and glob matches too are kept only when they look like policies (for hooks given every changed file). */
  policiesOnly?: boolean;
}

export function expandTargets(args: string[], options: ExpandOptions): Expansion {
  const files: Target[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const add = (t: Target) => {
    if (!seen.has(t.abs)) {
      seen.add(t.abs);
      files.push(t);
    }
  };
  for (const arg of args) {
    const abs = resolve(options.cwd, arg);
    let kind: 'file' | 'dir' | 'other' | undefined;
    try {
      const st = statSync(abs);
      // Pipes (e.g. <(command)) are read like files; devices and sockets may never end.
      kind = st.isDirectory() ? 'dir' : st.isFile() || st.isFIFO() ? 'file' : 'other';
    } catch (err) {
      if (!isGlob(arg)) {
        errors.push(`cannot read ${arg}: ${describeError(err)}`);
        continue;
      }
    }
    if (kind === 'other') errors.push(`cannot read ${arg}: not a file or directory`);
    else if (kind === 'file') {
      if (!options.policiesOnly || looksLikePolicy(abs)) add({ path: arg, abs });
    }
    else if (kind === 'dir') {
      const before = files.length;
      for (const rel of walk(abs, { hidden: false })) {
        if (!hasLintableExtension(rel)) continue;
        const file = join(abs, rel);
        if (options.allFiles || looksLikePolicy(file)) add({ path: join(arg, rel), abs: file });
      }
      if (files.length === before && !options.allFiles) {
        errors.push(`no policy documents found in ${arg} (name a file, or use --all-files to lint every ${LINTABLE_EXTENSIONS.join(' ')} file)`);
      }
    } else {
      const matches = expandGlob(arg, options.cwd);
      if (!matches.length) errors.push(`no files match ${arg}`);
      for (const t of matches) if (!options.policiesOnly || looksLikePolicy(t.abs)) add(t);
    }
  }
  return { files, errors };
}

const ERROR_CODES = new Map([
  ['ENOENT', 'no such file or directory'],
  ['EACCES', 'permission denied'],
  ['EISDIR', 'is a directory'],
  ['ENOTDIR', 'not a directory'],
  ['ELOOP', 'too many symbolic links'],
]);

export function describeError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const plain = ERROR_CODES.get(e?.code ?? '');
  return e?.code ? (plain ? `${e.code} (${plain})` : e.code) : String(e?.message ?? err);
}

const hasLintableExtension = (name: string) => LINTABLE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

function looksLikePolicy(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buf = Buffer.alloc(DETECT_BYTES);
    const n = readSync(fd, buf, 0, DETECT_BYTES, 0);
    const head = decodeText(buf.subarray(0, n));
    return 'text' in head && isPolicyDocument(file, head.text);
  } catch {
    // An unreadable file is left out of a walk here; naming it explicitly reports the error.
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Relative paths ('/'-separated) of the files under `root`, sorted, skipping node_modules and (unless `hidden`)
 * dot-folders and dot-files. Symbolic links to folders are not followed, so cycles cannot occur.
 */
export function* walk(root: string, opts: { hidden: boolean }, prefix = ''): Generator<string> {
  let entries;
  try {
    entries = readdirSync(join(root, prefix), { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (!opts.hidden && e.name.startsWith('.')) continue;
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (!SKIPPED_DIRS.has(e.name)) yield* walk(root, opts, rel);
    } else if (e.isFile()) yield rel;
    else if (e.isSymbolicLink()) {
      try {
        if (statSync(join(root, rel)).isFile()) yield rel;
      } catch {
        // a dangling link is not a file
      }
    }
  }
}

export const isGlob = (s: string) => /[*?[\]{}]/.test(s);

/** Files matching a glob, relative to cwd: `*` and `?` stay within a path segment, `**` spans folders, `{a,b}` and `[abc]` as in shells. */
export function expandGlob(pattern: string, cwd: string): Target[] {
  const glob = pattern.split(sep).join('/').replace(/^(?:\.\/)+/, '');
  const segments = glob.split('/');
  const firstMagic = segments.findIndex(isGlob);
  const base = segments.slice(0, firstMagic).join('/');
  const rest = segments.slice(firstMagic).join('/');
  const matcher = globToRegExp(rest);
  const root = resolve(cwd, base || '.');
  const hidden = /(?:^|\/)\.[^./]/.test(rest);
  const out: Target[] = [];
  for (const rel of walk(root, { hidden })) {
    if (!matcher.test(rel) || !hasLintableExtension(rel)) continue;
    const abs = join(root, rel);
    out.push({ path: (base ? `${base}/${rel}` : rel).split('/').join(sep), abs });
  }
  return out;
}

/** A glob as a regular expression over '/'-separated relative paths (minimatch, as the server's include globs). */
export function globToRegExp(glob: string): RegExp {
  return minimatch.makeRe(glob, { dot: true }) || /(?!)/;
}
