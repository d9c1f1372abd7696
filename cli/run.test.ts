import assert from 'node:assert/strict';
import { truncateSync } from 'node:fs';
import { join } from 'node:path';
import { CLEAN_POLICY, DRAFT_POLICY, runCli, TempDir } from './test-helpers.ts';
import pkg from '../package.json' with { type: 'json' };
import { DEFAULT_DOCS_URL } from '../engine/docs.ts';

interface JsonFinding {
  ruleId: string;
  topic?: string;
  severity: string;
  message: string;
  url: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}
interface JsonReport {
  files: Array<{ path: string; findings: JsonFinding[] }>;
}

/** Line and character (UTF-16) of the first occurrence of `needle`, computed independently of the engine. */
function positionOf(text: string, needle: string, from = 0) {
  const offset = text.indexOf(needle, from);
  assert.ok(offset >= 0, `fixture lacks ${needle}`);
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('policy-linter CLI', () => {
  let dir: TempDir;
  beforeEach(() => {
    dir = new TempDir();
  });
  afterEach(() => dir.remove());
  const cli = (args: string[], opts: { stdin?: string | Uint8Array; env?: Record<string, string>; tty?: boolean; cwd?: string } = {}) =>
    runCli(args, { cwd: dir.root, ...opts });
  const json = (stdout: string) => JSON.parse(stdout) as JsonReport;

  describe('exit codes', () => {
    it('exits 0 with no output for a clean policy', async () => {
      dir.write('privacy.md', CLEAN_POLICY);
      assert.deepEqual(await cli(['privacy.md']), { code: 0, stdout: '', stderr: '' });
    });

    it('exits 1 when there is an error finding', async () => {
      dir.write('privacy.md', DRAFT_POLICY);
      const r = await cli(['privacy.md']);
      assert.equal(r.code, 1);
      assert.equal(r.stderr, '');
    });

    it('exits 0 on warnings alone, and 1 when they exceed --max-warnings', async () => {
      dir.write('privacy.md', DRAFT_POLICY.replace('[Company Name]', 'Northwind Games Ltd.'));
      assert.equal((await cli(['privacy.md'])).code, 0);
      assert.equal((await cli(['--max-warnings', '1', 'privacy.md'])).code, 0);
      const r = await cli(['--max-warnings', '0', 'privacy.md']);
      assert.equal(r.code, 1);
      assert.equal(r.stderr, 'policy-linter: too many warnings (1; the maximum is 0)\n');
    });

    it('exits 2 for a path that does not exist, after linting the others', async () => {
      dir.write('privacy.md', DRAFT_POLICY);
      const r = await cli(['--format', 'json', 'docs/x.md', 'privacy.md']);
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'policy-linter: cannot read docs/x.md: ENOENT (no such file or directory)\n');
      assert.deepEqual(json(r.stdout).files.map((f) => f.path), ['privacy.md']);
    });

    it('exits 2 on usage errors with a one-line reason', async () => {
      const cases: Array<[string[], string]> = [
        [['--bogus', 'x.md'], "Unknown option '--bogus'"],
        [['--format', 'xml', 'x.md'], 'unknown format "xml" (use stylish, json, sarif, github, junit, coverage)'],
        [['--max-warnings', 'many', 'x.md'], '--max-warnings expects a whole number, not "many"'],
        [['--rule', 'placeholder', 'x.md'], '--rule expects id:severity, e.g. --rule placeholder:off (got "placeholder")'],
        [['-', 'x.md'], '"-" (read stdin) cannot be combined with other files'],
        [['--stdin-filename', 'a.md', 'x.md'], '--stdin-filename needs "-" among the files'],
        [['--config', 'a.json', '--no-config', 'x.md'], '--config and --no-config cannot be used together'],
        [[], 'no files given'],
        [['', 'x.md'], 'an empty file name was given'],
        [['--max-warnings', '-1', 'x.md'], '--max-warnings needs a value, and a value starting with "-" must be written --max-warnings=<value>'],
        [['--max-warnings=-1', 'x.md'], '--max-warnings expects a whole number, not "-1"'],
      ];
      for (const [args, reason] of cases) {
        const r = await cli(args);
        assert.equal(r.code, 2, args.join(' '));
        assert.equal(r.stdout, '');
        assert.equal(r.stderr, `policy-linter: ${reason}\nRun "policy-linter --help" for usage.\n`);
      }
    });

    it('exits 2 for binary files, text in another encoding and files over 20 MB', async () => {
      dir.write('privacy.md', CLEAN_POLICY);
      dir.write('image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
      dir.write('latin1.txt', Buffer.from('Privacy Policy: donn\xe9es conserv\xe9es \xe0 jamais, \xe9t\xe9 \xe0 \xe9t\xe9.', 'latin1'));
      truncateSync(dir.write('huge.md', ''), 21 * 1024 * 1024);
      const r = await cli(['--format', 'json', 'image.md', 'latin1.txt', 'huge.md', 'privacy.md']);
      assert.equal(r.code, 2);
      assert.equal(
        r.stderr,
        [
          'policy-linter: image.md is a binary file (it contains NUL bytes)',
          'policy-linter: latin1.txt is not UTF-8 text (binary, or another encoding)',
          'policy-linter: huge.md is larger than 20 MB',
          '',
        ].join('\n'),
      );
      assert.deepEqual(json(r.stdout).files.map((f) => ({ path: f.path, findings: f.findings })), [{ path: 'privacy.md', findings: [] }]);
    });

    it('reads UTF-16 without a BOM as text, not as a binary file', async () => {
      dir.write('le.md', Buffer.from(DRAFT_POLICY, 'utf16le'));
      dir.write('be.md', Buffer.from(DRAFT_POLICY, 'utf16le').swap16());
      const r = await cli(['--format', 'json', 'le.md', 'be.md']);
      assert.equal(r.stderr, '');
      const files = json(r.stdout).files;
      assert.deepEqual(files.map((f) => f.path), ['le.md', 'be.md']);
      assert.ok(files[0].findings.length > 0);
      assert.deepEqual(files[1].findings, files[0].findings);
    });

    it('escapes control characters of file names in stylish output and messages', async () => {
      const name = 'a\nb\u001b[31mc.md';
      dir.write(name, DRAFT_POLICY);
      const r = await cli([name]);
      assert.ok(!r.stdout.includes('\u001b') && r.stdout.includes('a\\x0ab\\x1b[31mc.md'), r.stdout);
      const missing = await cli(['x\u001by.md']);
      assert.match(missing.stderr, /x\\x1by\.md/);
      assert.ok(!missing.stderr.includes('\u001b'));
    });

    it('prints --version and --help', async () => {
      assert.deepEqual(await cli(['--version']), { code: 0, stdout: `${pkg.version}\n`, stderr: '' });
      const help = await cli(['--help']);
      assert.equal(help.code, 0);
      assert.match(help.stdout, /^Usage: policy-linter \[options\] <file\|dir\|glob\|->\.\.\./);
      assert.match(help.stdout, /--max-warnings/);
    });
  });

  describe('formats', () => {
    it('json: exactly the contracted keys, paths as given, exact ranges', async () => {
      dir.write('docs/privacy.md', DRAFT_POLICY);
      const r = await cli(['--format', 'json', './docs/privacy.md']);
      assert.equal(r.code, 1);
      const report = json(r.stdout);
      assert.deepEqual(Object.keys(report), ['files']);
      assert.equal(report.files.length, 1);
      assert.deepEqual(Object.keys(report.files[0]), ['path', 'findings', 'coverage']);
      assert.equal(report.files[0].path, './docs/privacy.md');
      const findings = report.files[0].findings;
      for (const f of findings) {
        const keys = f.topic === undefined ? ['ruleId', 'severity', 'message', 'url', 'range'] : ['ruleId', 'topic', 'severity', 'message', 'url', 'range'];
        assert.deepEqual(Object.keys(f), keys);
        assert.deepEqual(Object.keys(f.range), ['start', 'end']);
        assert.deepEqual(Object.keys(f.range.start), ['line', 'character']);
        assert.match(f.url, /^https:\/\/.*\/docs\/rules\/[a-z-]+\.md$/);
      }
      const slot = findings.find((f) => f.ruleId === 'placeholder')!;
      const start = positionOf(DRAFT_POLICY, '[Company Name]');
      assert.deepEqual(slot.range, { start, end: { line: start.line, character: start.character + '[Company Name]'.length } });
      assert.equal(slot.severity, 'error');
      const missing = findings.find((f) => f.ruleId === 'missing-children')!;
      assert.equal(missing.topic, 'children');
      assert.equal(missing.severity, 'warning');
    });

    it('stylish: grouped by file, 1-based line:column, summary; no colour unless a TTY or FORCE_COLOR', async () => {
      dir.write('a/privacy.md', DRAFT_POLICY);
      dir.write('b/privacy.md', DRAFT_POLICY);
      const r = await cli(['a/privacy.md', 'b/privacy.md']);
      const pos = positionOf(DRAFT_POLICY, '[Company Name]');
      const lines = r.stdout.split('\n');
      assert.equal(lines[0], '');
      assert.equal(lines[1], 'a/privacy.md');
      assert.match(lines[2], /^ {2}1:1 {2}warning {2}No children's privacy section: say whether the service is meant for children.* {2}missing-children$/);
      assert.match(lines[3], new RegExp(`^  ${pos.line + 1}:${pos.character + 1}  error    Unfilled placeholder “\\[Company Name\\]”.*  placeholder$`));
      assert.equal(lines[5], 'b/privacy.md');
      assert.equal(lines.at(-2), '\u2716 4 problems (2 errors, 2 warnings)');
      assert.doesNotMatch(r.stdout, /\u001b\[/);
      assert.match((await cli(['a/privacy.md'], { tty: true })).stdout, /\u001b\[31merror/);
      assert.match((await cli(['a/privacy.md'], { env: { FORCE_COLOR: '1' } })).stdout, /\u001b\[4ma\/privacy\.md\u001b\[24m/);
      assert.doesNotMatch((await cli(['a/privacy.md'], { tty: true, env: { NO_COLOR: '1' } })).stdout, /\u001b\[/);
      assert.doesNotMatch((await cli(['a/privacy.md'], { tty: true, env: { FORCE_COLOR: '0' } })).stdout, /\u001b\[/);
    });

    it('--quiet shows only errors', async () => {
      dir.write('privacy.md', DRAFT_POLICY);
      const r = await cli(['--quiet', '--format', 'json', 'privacy.md']);
      assert.deepEqual(json(r.stdout).files[0].findings.map((f) => f.ruleId), ['placeholder']);
      assert.match((await cli(['--quiet', 'privacy.md'])).stdout, /\u2716 1 problem \(1 error, 0 warnings\)/);
      // Hidden warnings still count towards --max-warnings.
      dir.write('warn.md', DRAFT_POLICY.replace('[Company Name]', 'Northwind'));
      const quiet = await cli(['--quiet', '--max-warnings', '0', 'warn.md']);
      assert.deepEqual([quiet.code, quiet.stdout], [1, '']);
    });

    it('stylish counts info and hint findings in the summary', async () => {
      dir.write('privacy.md', DRAFT_POLICY);
      const r = await cli(['--rule', 'placeholder:info,missing-children:hint', 'privacy.md']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^ {2}\d+:\d+ {2}hint {2}\S/m);
      assert.match(r.stdout, /^ {2}\d+:\d+ {2}info {2}\S/m);
      assert.match(r.stdout, /\u2716 2 problems \(0 errors, 0 warnings, 2 info\)\n$/);
    });
  });

  describe('positions', () => {
    it('counts characters after a UTF-8 BOM, as editors do', async () => {
      const text = '# Privacy Policy of [Company Name]\n\n[Company Name] again.\n';
      dir.write('privacy.md', '\uFEFF' + text);
      const slots = json((await cli(['--format', 'json', '--rule', 'missing-retention:off,missing-contact:off,missing-children:off,missing-transfers:off', 'privacy.md'])).stdout).files[0].findings;
      assert.deepEqual(slots.map((f) => f.range.start), [positionOf(text, '[Company Name]'), positionOf(text, '[Company Name]', 30)]);
      assert.deepEqual(slots[0].range.start, { line: 0, character: 20 });
    });

    it('reads UTF-16 files with a BOM and keeps CRLF and astral characters exact', async () => {
      const text = '# Privacy Policy \u{1F512}\r\n\r\nWe are \u{1F600} [Company Name].\r\n';
      dir.write('privacy.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
      const slot = json((await cli(['--format', 'json', 'privacy.md'])).stdout).files[0].findings.find((f) => f.ruleId === 'placeholder')!;
      assert.deepEqual(slot.range.start, { line: 2, character: 10 });
      assert.deepEqual(slot.range.start, positionOf(text, '[Company Name]'));
    });

    it('lints text with a few invalid UTF-8 bytes, saying so on stderr', async () => {
      dir.write('privacy.md', Buffer.concat([Buffer.from(CLEAN_POLICY), Buffer.from([0xe9, 0x0a])]));
      const r = await cli(['privacy.md']);
      assert.equal(r.code, 0);
      assert.equal(r.stderr, 'policy-linter: privacy.md: 1 byte sequence(s) are not valid UTF-8 (read as U+FFFD)\n');
    });

    it('says on stderr which lines of a Markdown file were read as plain text, and lints the rest as Markdown', async () => {
      // 4,000 one-word list items cost micromark half a second: they are read as plain text (engine/parse/markdown-bounds.ts).
      dir.write('privacy.md', `${CLEAN_POLICY}\n${'- a\n'.repeat(4000)}`);
      const first = CLEAN_POLICY.split('\n').length + 1;
      const r = await cli(['--format', 'json', 'privacy.md']);
      assert.equal(r.code, 0);
      assert.match(r.stderr, new RegExp(`^policy-linter: privacy\\.md: read as plain text, because parsing it as Markdown would take far too long: lines ${first}-\\d+ \\(thousands of short lines, list items or table cells\\)\\n$`));
      dir.write('clean.md', CLEAN_POLICY);
      assert.deepEqual(json(r.stdout).files[0].findings, json((await cli(['--format', 'json', 'clean.md'])).stdout).files[0].findings);
    });
  });

  describe('stdin', () => {
    it('reads "-" and names it <stdin>', async () => {
      const r = await cli(['--format', 'json', '-'], { stdin: DRAFT_POLICY });
      assert.equal(r.code, 1);
      const report = json(r.stdout);
      assert.equal(report.files[0].path, '<stdin>');
      assert.ok(report.files[0].findings.some((f) => f.ruleId === 'placeholder'));
    });

    it('takes the format and the config from --stdin-filename', async () => {
      dir.write('site/.policy-linter.json', '{"rules": {"missing-children": "off"}}');
      const html = `<h1>Privacy Policy</h1>\n<p>We are <b>[Company Name]</b>.</p>\n<script>var company = "[Company Name]";</script>\n`;
      const slots = (r: { findings: JsonFinding[] }) => r.findings.filter((f) => f.ruleId === 'placeholder').map((f) => f.range.start);
      const asHtml = json((await cli(['--format', 'json', '--stdin-filename', 'site/privacy.html', '-'], { stdin: html })).stdout).files[0];
      assert.equal(asHtml.path, 'site/privacy.html');
      // Read as HTML, script content is not prose; the config in site/ turned missing-children off.
      assert.deepEqual(slots(asHtml), [positionOf(html, '[Company Name]')]);
      assert.ok(!asHtml.findings.some((f) => f.ruleId === 'missing-children'));
      const asText = json((await cli(['--format', 'json', '--stdin-filename', 'privacy.txt', '-'], { stdin: html })).stdout).files[0];
      assert.deepEqual(slots(asText), [positionOf(html, '[Company Name]'), positionOf(html, '[Company Name]";')]);
      assert.ok(asText.findings.some((f) => f.ruleId === 'missing-children'));
    });
  });

  describe('configuration', () => {
    it('uses the nearest .policy-linter.json above the file', async () => {
      dir.write('.policy-linter.json', '{"rules": {"placeholder": "warning"}}');
      dir.write('legal/.policy-linter.json', '{"rules": {"placeholder": "off"}}');
      dir.write('legal/eu/privacy.md', DRAFT_POLICY);
      dir.write('site/privacy.md', DRAFT_POLICY);
      const report = json((await cli(['--format', 'json', 'legal/eu/privacy.md', 'site/privacy.md'])).stdout);
      assert.deepEqual(report.files[0].findings.map((f) => f.ruleId), ['missing-children']);
      assert.deepEqual(report.files[1].findings.map((f) => [f.ruleId, f.severity]), [['missing-children', 'warning'], ['placeholder', 'warning']]);
      assert.equal((await cli(['site/privacy.md'])).code, 0);
    });

    it('applies topics and placeholder settings from the config', async () => {
      dir.write(
        '.policy-linter.json',
        JSON.stringify({
          topics: { children: { applicable: false, reason: 'B2B service' } },
          placeholders: { patterns: [{ pattern: 'ACME-\\d+', message: 'Ticket reference left in' }], allow: ['[Company Name]'] },
        }),
      );
      dir.write('privacy.md', DRAFT_POLICY.replace('our data protection officer', 'our officer (ACME-42)'));
      const findings = json((await cli(['--format', 'json', 'privacy.md'])).stdout).files[0].findings;
      assert.deepEqual(findings.map((f) => [f.ruleId, f.message]), [['placeholder', 'Ticket reference left in']]);
    });

    it('--config forces one file, --no-config ignores them, --rule overrides both', async () => {
      dir.write('.policy-linter.json', '{"rules": {"placeholder": "off"}}');
      dir.write('strict.json', '{"rules": {"missing-children": "error"}}');
      dir.write('privacy.md', DRAFT_POLICY);
      const ids = async (args: string[]) => json((await cli(['--format', 'json', ...args, 'privacy.md'])).stdout).files[0].findings.map((f) => `${f.ruleId}:${f.severity}`);
      assert.deepEqual(await ids([]), ['missing-children:warning']);
      assert.deepEqual(await ids(['--config', 'strict.json']), ['missing-children:error', 'placeholder:error']);
      assert.deepEqual(await ids(['--no-config']), ['missing-children:warning', 'placeholder:error']);
      assert.deepEqual(await ids(['--rule', 'placeholder:info', '--rule', 'missing-children:off']), ['placeholder:info']);
      assert.equal((await cli(['--rule', 'placeholder:info', '--rule', 'missing-children:off', 'privacy.md'])).code, 0);
    });

    it('reports a broken config with its position, exits 2, and still lints', async () => {
      dir.write('.policy-linter.json', '{\n  "rules": {\n    "placeholder": "off",\n  }\n}\n');
      dir.write('privacy.md', DRAFT_POLICY);
      dir.write('other.md', DRAFT_POLICY);
      const r = await cli(['--format', 'json', 'privacy.md', 'other.md']);
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'policy-linter: .policy-linter.json: is not valid JSON at line 4, column 3 (Expected double-quoted property name in JSON); the file was ignored.\n');
      assert.equal(json(r.stdout).files.length, 2);
    });

    it('reports invalid settings by key, applies the valid ones, and exits 2', async () => {
      dir.write('.policy-linter.json', JSON.stringify({ rules: { 'missing-children': 'off', nonsense: 'error' }, placeholders: { patterns: ['(a+)+$'] } }));
      dir.write('privacy.md', DRAFT_POLICY);
      const r = await cli(['--format', 'json', 'privacy.md']);
      assert.equal(r.code, 2);
      const lines = r.stderr.trimEnd().split('\n');
      assert.equal(lines.length, 2);
      assert.match(lines[0], /^policy-linter: \.policy-linter\.json: rules\.nonsense is not a known rule id/);
      assert.equal(lines[1], 'policy-linter: .policy-linter.json: placeholders.patterns[0] "(a+)+$" may take exponential time (nested quantifier); it was ignored.');
      assert.deepEqual(json(r.stdout).files[0].findings.map((f) => f.ruleId), ['placeholder']);
    });

    it('reports a bad --rule and a missing --config file, and exits 2', async () => {
      dir.write('privacy.md', CLEAN_POLICY);
      const bad = await cli(['--rule', 'placeholder:warn', 'privacy.md']);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /^policy-linter: --rule: placeholder "warn" is not a severity \(did you mean "warning"\?\)/);
      const missing = await cli(['--config', 'nope.json', 'privacy.md']);
      assert.equal(missing.code, 2);
      assert.equal(missing.stderr, 'policy-linter: nope.json: cannot be read (ENOENT); it was ignored.\n');
    });

    it('--docs-url and a config file\'s docsUrl set where findings link; a bad one is reported and the published pages stay', async () => {
      dir.write('privacy.md', DRAFT_POLICY);
      dir.write('eu/.policy-linter.json', '{"docsUrl": "https://eu.example/rules/"}');
      dir.write('eu/privacy.md', DRAFT_POLICY);
      const urls = async (args: string[]) => {
        const r = await cli(['--format', 'json', ...args]);
        return { code: r.code, stderr: r.stderr, urls: json(r.stdout).files.map((f) => [...new Set(f.findings.map((x) => x.url.replace(/[^/]+\.md$/, '')))]) };
      };
      assert.deepEqual(await urls(['privacy.md', 'eu/privacy.md']), { code: 1, stderr: '', urls: [[`${DEFAULT_DOCS_URL}/`], ['https://eu.example/rules/']] });
      assert.deepEqual((await urls(['--docs-url', 'https://intranet.example/pl', 'privacy.md', 'eu/privacy.md'])).urls, [['https://intranet.example/pl/'], ['https://intranet.example/pl/']]);
      const bad = await urls(['--docs-url', 'intranet/pl', 'privacy.md']);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /^policy-linter: --docs-url: "intranet\/pl" is not an http or https address .*; it was ignored\.\n$/);
      assert.deepEqual(bad.urls, [[`${DEFAULT_DOCS_URL}/`]]);
    });

    it('--print-config shows the file, the config and every rule severity', async () => {
      dir.write('.policy-linter.json', '{"rules": {"placeholder": "warning"}}');
      const r = await cli(['--print-config', 'docs/privacy.md', '--rule', 'missing-contact:off']);
      assert.equal(r.code, 0);
      const printed = JSON.parse(r.stdout);
      assert.equal(printed.configFile, '.policy-linter.json');
      assert.deepEqual(printed.config, { rules: { placeholder: 'warning', 'missing-contact': 'off' } });
      assert.equal(printed.severities.placeholder, 'warning');
      assert.equal(printed.severities['missing-contact'], 'off');
      assert.equal(printed.severities['missing-retention'], 'warning');
    });
  });

  describe('files, directories and globs', () => {
    beforeEach(() => {
      dir.write('policies/privacy.md', DRAFT_POLICY);
      dir.write('policies/eu/notice.txt', DRAFT_POLICY.replace('# Privacy Policy', 'Privacy Notice'));
      dir.write('policies/eu/cookies.md', '# Cookie Policy\n\n[Company Name] uses cookies.\n');
      dir.write('policies/README.md', '# Legal texts\n\nSee the [Privacy Policy](privacy.md).\n');
      dir.write('policies/site/index.html', `<html><head><title>Privacy Statement</title></head><body><p>[Company Name]</p></body></html>`);
      dir.write('policies/site/terms.htm', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<h1>Data Protection Notice</h1>', 'utf16le')]));
      dir.write('policies/privacy.pdf.bin', 'x');
      dir.write('policies/node_modules/pkg/privacy.md', DRAFT_POLICY);
      dir.write('policies/.git/privacy.md', DRAFT_POLICY);
      dir.write('policies/.drafts/privacy.md', DRAFT_POLICY);
    });
    const paths = async (args: string[]) => json((await cli(['--format', 'json', ...args])).stdout).files.map((f) => f.path);

    it('walks a directory for policy documents only, skipping node_modules and dot-folders', async () => {
      assert.deepEqual(
        await paths(['policies']),
        ['eu/notice.txt', 'privacy.md', 'site/index.html', 'site/terms.htm'].map((p) => join('policies', p)),
      );
      assert.deepEqual(await paths(['policies/']), await paths(['policies']));
    });

    it('--all-files walks every .md/.markdown/.txt/.html/.htm file', async () => {
      assert.deepEqual(await paths(['--all-files', 'policies']), ['README.md', 'eu/cookies.md', 'eu/notice.txt', 'privacy.md', 'site/index.html', 'site/terms.htm'].map((p) => join('policies', p)));
    });

    it('lints an explicitly named file whatever its name, once even if named twice', async () => {
      assert.deepEqual(await paths(['policies/eu/cookies.md', 'policies/README.md', 'policies/eu/cookies.md']), ['policies/eu/cookies.md', 'policies/README.md']);
    });

    it('expands quoted globs with **, *, ? and braces', async () => {
      // Depth-first, names in code-unit order (upper case first).
      assert.deepEqual(await paths(['policies/**/*.md']), ['policies/README.md', 'policies/eu/cookies.md', 'policies/privacy.md']);
      assert.deepEqual(await paths(['policies/*/*.{txt,html}']), ['policies/eu/notice.txt', 'policies/site/index.html']);
      assert.deepEqual(await paths(['policies/site/*.ht[m]']), ['policies/site/terms.htm']);
      assert.deepEqual(await paths(['**/privacy.md']), ['policies/privacy.md']);
      assert.deepEqual(await paths(['policies/e?/*']), ['policies/eu/cookies.md', 'policies/eu/notice.txt']);
    });

    it('exits 2 when a glob matches nothing or a folder holds no policy', async () => {
      dir.write('empty/notes.md', '# Notes\n');
      const r = await cli(['docs/**/*.md', 'empty']);
      assert.equal(r.code, 2);
      assert.equal(
        r.stderr,
        'policy-linter: no files match docs/**/*.md\npolicy-linter: no policy documents found in empty (name a file, or use --all-files to lint every .md .markdown .txt .html .htm file)\n',
      );
    });
  });
});
