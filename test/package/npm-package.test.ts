// The npm package as a user gets it: `npm pack` (which builds the bundles through the prepare script), the tarball
// installed into an empty folder offline (with the registry pointed at a closed port, so nothing is fetched), then
// `npx policy-linter` and `policy-linter-server --stdio` started the way a shell and another editor start them, and
// the GitHub Action's lint step (action/run.sh) installing the same tarball.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { CLEAN_POLICY, DRAFT_POLICY, TempDir } from '../../cli/test-helpers.ts';
import { fileUri, freshDiagnostics, LspClient, ROOT } from '../protocol/lsp-client.ts';
import { parse as parseYaml } from 'yaml';
import pkg from '../../package.json' with { type: 'json' };

/** npm as a child process; the registry is unreachable, so anything that would need the network fails. */
function npm(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_registry: 'http://127.0.0.1:9/', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm package (npm pack, installed offline into an empty folder)', function () {
  this.timeout(180000);
  let dir: TempDir;
  let project: string;
  let packed: { filename: string; files: Array<{ path: string }> };
  let bin: string;

  before(() => {
    dir = new TempDir();
    const pack = npm(['pack', '--json', '--pack-destination', dir.root], ROOT);
    assert.equal(pack.code, 0, pack.stderr);
    // The prepare script's build output comes before the JSON on stdout.
    packed = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('[\n')))[0];
    project = join(dir.root, 'project');
    mkdirSync(project);
    const install = npm(['install', '--offline', '--no-save', join(dir.root, packed.filename)], project, { npm_config_cache: join(dir.root, 'npm-cache') });
    assert.equal(install.code, 0, install.stderr);
    bin = join(project, 'node_modules', '.bin');
    dir.write('project/docs/privacy.md', DRAFT_POLICY);
    dir.write('project/docs/notice.md', CLEAN_POLICY.replace('# Privacy Policy', '# Privacy Notice'));
  });
  after(() => dir?.remove());

  it('holds the bundles, the contributions and the docs, and no sources or dependencies', () => {
    const files = packed.files.map((f) => f.path).sort();
    assert.deepEqual(files.filter((f) => f.startsWith('dist/')), ['dist/cli-worker.cjs', 'dist/cli.cjs', 'dist/client.cjs', 'dist/lint-process.cjs', 'dist/lint-service.cjs', 'dist/server.cjs', 'dist/web/client.js', 'dist/web/lint-worker.js', 'dist/web/server.js']);
    assert.ok(files.includes('README.md') && files.includes('LICENSE') && files.includes('schemas/policy-linter.schema.json'));
    assert.deepEqual(files.filter((f) => /\.(ts|map)$|^(engine|cli|server|client|test|bench)\//.test(f)), []);
    const installed = JSON.parse(readFileSync(join(project, 'node_modules', 'policy-linter', 'package.json'), 'utf8'));
    assert.deepEqual(installed.bin, { 'policy-linter': 'dist/cli.cjs', 'policy-linter-server': 'dist/server.cjs' });
    assert.equal(installed.dependencies, undefined, 'no runtime dependencies: everything is in the bundles');
    assert.deepEqual(readdirSync(join(project, 'node_modules')).filter((d) => !d.startsWith('.')), ['policy-linter']);
  });

  it('npx policy-linter lints a file, in stylish and github formats', () => {
    const version = npm(['exec', '--offline', '--', 'policy-linter', '--version'], project);
    assert.deepEqual([version.code, version.stdout], [0, `${pkg.version}\n`]);
    const npx = (args: string[]) => {
      const r = spawnSync('npx', ['--offline', 'policy-linter', ...args], { cwd: project, encoding: 'utf8', env: { ...process.env, npm_config_registry: 'http://127.0.0.1:9/' } });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const stylish = npx(['docs/privacy.md', 'docs/notice.md']);
    assert.equal(stylish.code, 1, stylish.stderr);
    assert.match(stylish.stdout, /^\ndocs\/privacy\.md\n {2}1:1 {2}warning .* missing-children\n {2}3:1 {2}error {4}Unfilled placeholder “\[Company Name\]”: write the company name here\. +placeholder\n\n\u2716 2 problems \(1 error, 1 warning\)\n$/);
    const github = npx(['--format', 'github', 'docs']);
    assert.equal(github.code, 1, github.stderr);
    const lines = github.stdout.trimEnd().split('\n');
    assert.deepEqual(lines.map((l) => /^::(\w+) file=([^,]+),line=(\d+),.*,title=([\w-]+)::/.exec(l)?.slice(1)), [
      ['warning', 'docs/privacy.md', '1', 'missing-children'],
      ['error', 'docs/privacy.md', '3', 'placeholder'],
    ]);
  });

  it('policy-linter-server --stdio serves diagnostics as another editor starts it (the bin on PATH)', async () => {
    const client = await LspClient.start({ command: { file: 'policy-linter-server', args: ['--stdio'], env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}` } } });
    try {
      assert.ok(client.initializeResult.capabilities.hoverProvider);
      const uri = fileUri(join(project, 'docs/privacy.md'));
      client.open(uri, 'markdown', DRAFT_POLICY);
      const published = await client.diagnosticsFor(uri);
      assert.deepEqual(published.diagnostics, freshDiagnostics(DRAFT_POLICY, join(project, 'docs/privacy.md'), 1));
      assert.ok(published.diagnostics.length >= 2);
    } finally {
      await client.stop();
    }
    // Without a transport it says which ones it takes, instead of waiting forever.
    const bare = spawnSync(join(bin, 'policy-linter-server'), [], { encoding: 'utf8', timeout: 20000 });
    assert.notEqual(bare.status, 0);
    assert.match(bare.stderr, /--stdio/);
  });

  describe('GitHub Action (action.yml)', () => {
    const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default: string }>;
      outputs: Record<string, { value: string }>;
      runs: { using: string; steps: Array<{ id?: string; run?: string; uses?: string; if?: string; env?: Record<string, string>; with?: Record<string, string> }> };
    };

    it('is a composite action whose steps use only the inputs it declares and the outputs its lint step writes', () => {
      assert.equal(action.runs.using, 'composite');
      const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');
      const used = new Set([...text.matchAll(/\binputs\.([\w-]+)/g)].map((m) => m[1]));
      assert.deepEqual([...used].sort(), Object.keys(action.inputs).sort());
      const script = readFileSync(join(ROOT, 'action/run.sh'), 'utf8');
      const written = new Set([...script.matchAll(/echo "([\w-]+)=/g)].map((m) => m[1]));
      for (const [name, output] of Object.entries(action.outputs)) {
        assert.equal(output.value, `${"${{"} steps.lint.outputs.${name} }}`);
        assert.ok(written.has(name), `run.sh writes ${name}`);
      }
      const upload = action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
      assert.equal(upload?.with?.sarif_file, '${{ steps.lint.outputs.sarif-file }}');
      assert.match(action.runs.steps.at(-1)!.run!, /exit/);
    });

    it('its lint step writes SARIF for code scanning, prints annotations and records the exit code', () => {
      const runner = join(dir.root, 'runner');
      mkdirSync(runner);
      const outputs = join(runner, 'output');
      const step = () =>
        spawnSync('bash', [join(ROOT, 'action/run.sh')], {
          cwd: project,
          encoding: 'utf8',
          env: {
            ...process.env,
            npm_config_registry: 'http://127.0.0.1:9/',
            npm_config_offline: 'true',
            npm_config_cache: join(dir.root, 'npm-cache'),
            GITHUB_ACTION_PATH: ROOT,
            RUNNER_TEMP: runner,
            GITHUB_OUTPUT: outputs,
            INPUT_PATHS: 'docs/privacy.md\n\ndocs/notice.md\n',
            INPUT_ARGS: '--max-warnings 5',
            INPUT_CONFIG: '',
            INPUT_PACKAGE: join(dir.root, packed.filename),
          },
        });
      const r = step();
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(r.stdout.trimEnd().split('\n').map((l) => l.slice(0, l.indexOf('::', 2))), [
        '::warning file=docs/privacy.md,line=1,endLine=1,col=1,endColumn=17,title=missing-children',
        '::error file=docs/privacy.md,line=3,endLine=3,col=1,endColumn=15,title=placeholder',
      ]);
      const written = Object.fromEntries(readFileSync(outputs, 'utf8').trimEnd().split('\n').map((l) => l.split('=')));
      assert.deepEqual(written, { 'exit-code': '1', 'sarif-file': join(runner, 'policy-linter.sarif') });
      const sarif = JSON.parse(readFileSync(written['sarif-file'], 'utf8'));
      assert.deepEqual(sarif.runs[0].results.map((x: { ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => [x.ruleId, x.locations[0].physicalLocation.artifactLocation.uri]), [
        ['missing-children', 'docs/privacy.md'],
        ['placeholder', 'docs/privacy.md'],
      ]);
      assert.ok(existsSync(join(runner, 'policy-linter-cache', '.policy-linter-cache')), 'the annotation run reads the cache');
    });
  });
});
