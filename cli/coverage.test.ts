// --profile, --format coverage and the `coverage` array of --format json.
import assert from 'node:assert/strict';
import { CLEAN_POLICY, DRAFT_POLICY, runCli, TempDir } from './test-helpers.ts';
import { activeRequirements } from '../engine/requirements/index.ts';
import type { ReportedCoverage } from './format/report.ts';

/** The clean policy with a rights section; automated decisions marked not applicable inline. */
const GDPR_POLICY = `${CLEAN_POLICY}
## Your rights

You have the right to access the personal data we hold about you and to get a copy of it. You can also ask us to erase it.

<!-- policy-linter-not-applicable automated-decisions -- the app makes no decisions about anyone -->
`;

interface JsonFile {
  path: string;
  findings: Array<{ ruleId: string; topic?: string; message: string }>;
  coverage: ReportedCoverage[];
}

/** 0-based line of the first line containing `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));

describe('CLI coverage', () => {
  let dir: TempDir;
  beforeEach(() => {
    dir = new TempDir();
  });
  afterEach(() => dir.remove());
  const cli = (args: string[]) => runCli(args, { cwd: dir.root });
  const files = async (args: string[]) => (JSON.parse((await cli(['--format', 'json', ...args])).stdout) as { files: JsonFile[] }).files;

  describe('--profile', () => {
    it('checks the named profiles: the JSON coverage lists their requirements in report order, with states and evidence', async () => {
      dir.write('privacy.md', GDPR_POLICY);
      const [file] = await files(['--profile', 'gdpr', 'privacy.md']);
      assert.deepEqual(file.coverage.map((r) => r.id), activeRequirements(['gdpr']).requirements.map((r) => r.def.id));
      const byId = new Map(file.coverage.map((r) => [r.id, r]));
      const access = byId.get('right-access')!;
      assert.equal(access.state, 'covered');
      assert.deepEqual(access.profiles, ['gdpr']);
      assert.deepEqual(access.citations.map((c) => c.regime), ['GDPR']);
      assert.equal(access.evidence[0].range.start.line, lineOf(GDPR_POLICY, 'right to access'));
      assert.match(access.evidence[0].quote, /right to access/);
      assert.equal(byId.get('automated-decisions')!.state, 'not-applicable');
      const { range, ...na } = byId.get('automated-decisions')!.notApplicable!;
      assert.deepEqual(na, { reason: 'the app makes no decisions about anyone', by: 'comment' });
      assert.equal(range?.start.line, lineOf(GDPR_POLICY, 'policy-linter-not-applicable'), 'the comment that says so');
      const legalBasis = byId.get('gdpr/legal-basis')!;
      assert.equal(legalBasis.state, 'missing');
      assert.deepEqual(legalBasis.evidence, []);
      // A missing requirement is a finding of its family's rule, once.
      assert.equal(file.findings.filter((f) => f.topic === 'gdpr/legal-basis' && f.ruleId === 'missing-purposes').length, 1);
    });

    it('combines profiles: a requirement both ask for is listed and reported once, citing both regimes', async () => {
      dir.write('privacy.md', CLEAN_POLICY);
      const [file] = await files(['-p', 'ccpa', '--profile', 'gdpr', 'privacy.md']);
      assert.deepEqual(file.coverage.map((r) => r.id), activeRequirements(['gdpr', 'ccpa']).requirements.map((r) => r.def.id));
      const erasure = file.coverage.filter((r) => r.id === 'right-erasure');
      assert.equal(erasure.length, 1);
      assert.deepEqual(erasure[0].profiles, ['ccpa', 'gdpr']);
      assert.deepEqual([...new Set(erasure[0].citations.map((c) => c.regime))].sort(), ['CCPA/CPRA', 'GDPR']);
      const reported = file.findings.filter((f) => f.topic === 'right-erasure');
      assert.equal(reported.length, 1);
      assert.match(reported[0].message, /GDPR Art\. 13\(2\)\(b\), Art\. 17/);
      assert.match(reported[0].message, /1798\.105/);
    });

    it('replaces the config\'s profiles; without it the config\'s apply, and by default the four core topics', async () => {
      dir.write('privacy.md', CLEAN_POLICY);
      assert.deepEqual((await files(['privacy.md']))[0].coverage.map((r) => [r.id, r.state]), [
        ['retention', 'covered'],
        ['contact', 'covered'],
        ['children', 'covered'],
        ['transfers', 'covered'],
      ]);
      dir.write('.policy-linter.json', JSON.stringify({ profiles: ['coppa'], topics: { 'gdpr/legal-basis': { applicable: false, reason: 'consent only' } } }));
      assert.ok((await files(['privacy.md']))[0].coverage.every((r) => r.profiles.includes('coppa')));
      const [gdpr] = await files(['--profile', 'gdpr', 'privacy.md']);
      assert.ok(gdpr.coverage.every((r) => r.profiles.includes('gdpr')));
      assert.deepEqual(gdpr.coverage.find((r) => r.id === 'gdpr/legal-basis')!.notApplicable, { reason: 'consent only', by: 'config' });
    });

    it('rejects unknown and empty profiles as usage errors', async () => {
      dir.write('privacy.md', CLEAN_POLICY);
      const r = await cli(['--profile', 'gdpr,eu-ai-act,hipaa', 'privacy.md']);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /^policy-linter: unknown profiles "eu-ai-act", "hipaa" \(use core, gdpr, uk-gdpr, ccpa, .*dpdp\)\n/);
      assert.equal((await cli(['--profile', ',', 'privacy.md'])).code, 2);
    });
  });

  describe('--format coverage', () => {
    /** The table rows of the report, as cells (escaped pipes kept inside their cell). */
    const rows = (md: string) =>
      md
        .split('\n')
        .filter((l) => l.startsWith('| ') && !l.startsWith('| Requirement') && !l.startsWith('| ---'))
        .map((l) => l.slice(2, -2).split(/(?<!\\) \| /));

    it('is a Markdown report per file: counts, and per requirement its provisions, status, state and evidence with its line', async () => {
      dir.write('privacy.md', GDPR_POLICY.replace('the personal data we hold about you and to get a copy of it', 'your data | a copy'));
      dir.write('draft.md', DRAFT_POLICY);
      const r = await cli(['--format', 'coverage', '--profile', 'gdpr', 'privacy.md', 'draft.md']);
      assert.equal(r.code, 1, 'the exit code is the findings\', as with every format');
      assert.equal(r.stderr, '');
      assert.match(r.stdout, /^# Privacy policy coverage\n/);
      const sections = r.stdout.split(/^## /m).slice(1);
      assert.deepEqual(sections.map((s) => s.slice(0, s.indexOf('\n'))), ['privacy.md', 'draft.md']);
      const table = rows(sections[0]);
      const gdpr = activeRequirements(['gdpr']).requirements;
      assert.equal(table.length, gdpr.length);
      for (const row of table) assert.equal(row.length, 5, row.join(' | '));
      const row = (id: string) => table.find((c) => c[0].endsWith(`(\`${id}\`)`))!;
      assert.deepEqual(row('right-access').slice(2, 4), ['must', '**covered**']);
      assert.equal(row('right-access')[4], `line ${lineOf(GDPR_POLICY, 'right to access') + 1}: “You have the right to access your data \\| a copy.”`);
      assert.match(row('right-access')[1], /^GDPR Art\. 13\(2\)\(b\), Art\. 15$/);
      assert.deepEqual(row('gdpr/legal-basis').slice(3), ['**missing**', 'not stated']);
      assert.deepEqual(row('gdpr/sources').slice(2), ['if it applies', '**missing** — say whether it applies', 'not stated']);
      assert.deepEqual(row('automated-decisions').slice(3), ['not applicable', 'the app makes no decisions about anyone (marked in the policy)']);
      const { covered, required } = { covered: table.filter((c) => /covered|vague/.test(c[3])).length, required: table.filter((c) => c[3] !== 'not applicable').length };
      assert.match(sections[0], new RegExp(`^Profiles: \`gdpr\`\\. \\*\\*${covered} of ${required}\\*\\* required requirements covered, ${required - covered} missing, ${table.length - required} not applicable\\.$`, 'm'));
    });

    it('reports a section titled for a requirement that says nothing, and gives the same states from the cache', async () => {
      dir.write('privacy.md', `${CLEAN_POLICY}\n## Legal basis for processing\n\n## Cookies\n\nWe use one cookie to keep you signed in.\n`);
      const args = ['--format', 'coverage', '--profile', 'gdpr', '--cache', 'privacy.md'];
      const first = await cli(args);
      assert.match(first.stdout, /\| \*\*missing\*\* \| not stated: the section “Legal basis for processing” \(line \d+\) is empty \|/);
      assert.equal((await cli(args)).stdout, first.stdout);
    });

    it('says so when no file was linted', async () => {
      dir.write('notes.txt', 'shopping list');
      const r = await cli(['--format', 'coverage', '--policies-only', 'notes.txt']);
      assert.match(r.stdout, /No files were linted\./);
    });
  });
});
