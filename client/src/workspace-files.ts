// Which files of a workspace folder Lint Workspace sends to the server: those with a lintable extension or named by
// the include globs, less those the folder's .gitignore files ignore (vscode.workspace.findFiles applies files.exclude
// but not .gitignore). The server then keeps the policies among them (include globs, else detection by content).
// Free of VS Code, so that it is tested on its own; bundled into both clients.
import ignore from 'ignore';
import { LINTABLE_EXTENSIONS } from '../../engine/detect.ts';

/**
 * The globs (relative to a workspace folder) of the candidate files: every file with a lintable extension, and the
 * include globs, which match anywhere below the folder when they have no slash (as the server matches them).
 */
export function candidateGlobs(include: readonly string[]): string[] {
  const extensions = LINTABLE_EXTENSIONS.map((e) => e.slice(1)).join(',');
  const below = include.filter((g) => g.trim() !== '').map((g) => (g.includes('/') ? g.replace(/^\.?\//, '') : `**/${g}`));
  return [`**/*.{${extensions}}`, ...below];
}

export interface GitignoreFile {
  /** The folder the .gitignore file is in, relative to the workspace folder, '/'-separated ('' for the folder itself). */
  dir: string;
  text: string;
}

/**
 * The .gitignore files of a workspace folder, applied as git does: each to the paths below its own folder, relative to
 * it, a deeper file's rules after its parents' (so a deeper `!pattern` re-includes what a parent ignored).
 */
export class GitignoreFilter {
  private readonly rules: Array<{ prefix: string; ig: ReturnType<typeof ignore> }>;

  constructor(files: readonly GitignoreFile[]) {
    this.rules = [...files]
      .map((f) => ({ dir: f.dir.replace(/^\/+|\/+$/g, ''), text: f.text }))
      .sort((a, b) => depth(a.dir) - depth(b.dir))
      .map((f) => ({ prefix: f.dir ? `${f.dir}/` : '', ig: ignore({ allowRelativePaths: true }).add(f.text) }));
  }

  /** Whether the file at `path` (relative to the workspace folder, '/'-separated) is ignored. */
  ignores(path: string): boolean {
    let ignored = false;
    for (const { prefix, ig } of this.rules) {
      if (!path.startsWith(prefix)) continue;
      const r = ig.test(path.slice(prefix.length));
      if (r.ignored) ignored = true;
      else if (r.unignored) ignored = false;
    }
    return ignored;
  }
}

const depth = (dir: string) => (dir ? dir.split('/').length : 0);
