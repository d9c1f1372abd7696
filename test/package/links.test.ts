// Every link the project emits resolves: each rule's page ships in the package (the editor opens that copy; the CLI
// and SARIF link to the published one, built from package.json `repository`), the pages shipped link only to files
// shipped with them and to headings that exist, and the repository's address is written in package.json alone
// (anything else that names it names exactly that address).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { ROOT } from '../protocol/lsp-client.ts';
import { RULES } from '../../engine/rules/index.ts';
import { FAMILIES } from '../../engine/requirements/index.ts';
import { REPOSITORY_URL } from '../../engine/docs.ts';
import { headingAnchors, isPackaged, markdownLinks } from './markdown.ts';

const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter((f) => f && existsSync(join(ROOT, f)));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
/** The repository's owner/name, as it appears in addresses and in `uses: owner/name@v1`. */
const REPO_PATH = new URL(REPOSITORY_URL).pathname.replace(/^\//, '');

describe('links', () => {
  it('every rule, the profile families\' missing-<family> rules included, has its page in the package', () => {
    const ids = RULES.map((r) => r.meta.id);
    for (const f of FAMILIES) assert.ok(ids.includes(f.rule), f.rule);
    for (const id of ids) {
      const page = `docs/rules/${id}.md`;
      assert.ok(existsSync(join(ROOT, page)), `${page} is missing`);
      assert.ok(isPackaged(page), `${page} is not in package.json files`);
      assert.ok(read(page).startsWith(`# ${id}\n`), `${page} does not start with its rule id`);
      assert.ok(headingAnchors(read(page)).has('why-it-matters'), `${page} has no "Why it matters" section (hovers link to it)`);
    }
  });

  it('the Markdown pages shipped link only to shipped files, to headings that exist, and to files of the repository', () => {
    const pages = tracked.filter((f) => f.endsWith('.md') && isPackaged(f));
    assert.ok(pages.includes('README.md') && pages.includes('CHANGELOG.md') && pages.includes('docs/rules/placeholder.md'), pages.join());
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const text = read(page);
      for (const { url, line } of markdownLinks(text)) {
        const where = `${page}:${line} ${url}`;
        const [path, fragment] = url.split('#') as [string, string | undefined];
        if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
          if (/^command:/i.test(url)) broken.push(`${where}: a command link only works in the editor`);
          else if (url.startsWith(`${REPOSITORY_URL}/blob/main/`) || url.startsWith(`${REPOSITORY_URL}/tree/main/`)) {
            const file = decodeURIComponent(path.slice(`${REPOSITORY_URL}/blob/main/`.length)).replace(/\/$/, '');
            if (!tracked.some((f) => f === file || f.startsWith(`${file}/`))) broken.push(`${where}: no such file in the repository`);
          }
          continue;
        }
        checked++;
        const target = path ? posix.normalize(posix.join(dirname(page), decodeURIComponent(path))) : page;
        if (!existsSync(join(ROOT, target))) broken.push(`${where}: ${target} does not exist`);
        else if (!isPackaged(target)) broken.push(`${where}: ${target} is not in package.json files`);
        else if (fragment && target.endsWith('.md') && !headingAnchors(read(target)).has(fragment)) broken.push(`${where}: ${target} has no heading #${fragment}`);
      }
    }
    assert.deepEqual(broken, []);
    assert.ok(checked > 50, `only ${checked} relative links were found`);
  });

  it('the README\'s screenshots are PNG files shipped with it, by relative paths', () => {
    const images = markdownLinks(read('README.md')).filter((l) => l.image);
    assert.ok(images.length >= 4, 'the README shows the extension at work');
    for (const { url } of images) {
      assert.match(url, /^docs\/images\/[\w-]+\.png$/);
      assert.ok(isPackaged(url) && existsSync(join(ROOT, url)), url);
      assert.equal(readFileSync(join(ROOT, url)).subarray(1, 4).toString('latin1'), 'PNG', url);
    }
  });

  it('the repository\'s address is written only in package.json: code derives it, and any other mention is that address', () => {
    const mentions: string[] = [];
    for (const file of tracked) {
      if (file === 'package.json' || file === 'package-lock.json' || /\.(png|ico|vsix)$/.test(file)) continue;
      const text = read(file);
      const code = /\.(ts|mts|cts|js|mjs|cjs)$/.test(file);
      // Generated files (the schema) are checked against their generator, which reads package.json.
      const generated = file === 'schemas/policy-linter.schema.json';
      for (let at = text.indexOf(REPO_PATH); at >= 0; at = text.indexOf(REPO_PATH, at + 1)) {
        const lineStart = text.lastIndexOf('\n', at) + 1;
        const lineEnd = text.indexOf('\n', at);
        const before = text.slice(lineStart, at);
        const after = text[at + REPO_PATH.length] ?? '';
        const address = before.endsWith(REPOSITORY_URL.slice(0, -REPO_PATH.length)) && !/[\w.-]/.test(after);
        const actionRef = /^\s*(?:#\s*)?(?:-\s*)?uses:\s*$/.test(before) && after === '@';
        if (code || !(address || actionRef || generated)) mentions.push(`${file}: ${text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).trim()}`);
      }
    }
    assert.deepEqual(mentions, []);
  });
});
