// The pre-commit hook (.pre-commit-hooks.yaml) and the option it relies on, --policies-only: pre-commit runs the
// hook's entry with its args and every staged file that matches `files`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { LINTABLE_EXTENSIONS } from './files.ts';
import { CLEAN_POLICY, DRAFT_POLICY, runCli, TempDir } from './test-helpers.ts';
import pkg from '../package.json' with { type: 'json' };

interface Hook {
  id: string;
  entry: string;
  args: string[];
  language: string;
  files: string;
}

const hooks = parse(readFileSync(new URL('../.pre-commit-hooks.yaml', import.meta.url), 'utf8')) as Hook[];

describe('pre-commit hook', () => {
  let dir: TempDir;
  beforeEach(() => {
    dir = new TempDir();
  });
  afterEach(() => dir.remove());

  const hook = hooks.find((h) => h.id === 'policy-linter')!;
  /** `files` is a Python regular expression; its only non-JavaScript part is the (?i) prefix. */
  const files = new RegExp(hook.files.replace(/^\(\?i\)/, ''), hook.files.startsWith('(?i)') ? 'i' : '');

  it('runs the package bin as a node hook on the files the CLI lints', () => {
    assert.equal(hook.language, 'node');
    assert.ok(Object.hasOwn(pkg.bin, hook.entry), `${hook.entry} is a bin of the package`);
    for (const ext of LINTABLE_EXTENSIONS) assert.match(`docs/Privacy${ext.toUpperCase()}`, files);
    for (const name of ['package.json', 'privacy.pdf', 'notes.md.bak']) assert.doesNotMatch(name, files);
  });

  it('as pre-commit calls it (args, then staged files): lints policies, skips other documents', async () => {
    dir.write('README.md', '# Project\n\nTODO: write the install steps.\n');
    dir.write('docs/terms.txt', 'Terms of use\n\n[Company Name] provides the service.\n');
    dir.write('docs/privacy.md', DRAFT_POLICY);
    dir.write('legal/data-notice.html', `<h1>Privacy Notice</h1>\n<p>${CLEAN_POLICY.replace(/\n/g, ' ')}</p>\n`);
    const staged = ['README.md', 'docs/terms.txt', 'docs/privacy.md', 'legal/data-notice.html'].filter((f) => files.test(f));
    const r = await runCli([...hook.args, '--format', 'json', ...staged], { cwd: dir.root });
    assert.equal(r.code, 1);
    assert.deepEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path), ['docs/privacy.md', 'legal/data-notice.html']);
    assert.deepEqual(await runCli([...hook.args, 'README.md', 'docs/terms.txt'], { cwd: dir.root }), { code: 0, stdout: '', stderr: '' });
    // Without the option a named file is always linted.
    assert.equal((await runCli(['README.md'], { cwd: dir.root })).code, 1);
  });

  it('--policies-only applies to glob matches too', async () => {
    dir.write('docs/README.md', '# Docs\n\nTBD\n');
    dir.write('docs/privacy.md', DRAFT_POLICY);
    const r = await runCli(['--policies-only', '--format', 'json', 'docs/*.md'], { cwd: dir.root });
    assert.deepEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path), ['docs/privacy.md']);
  });
});
