#!/usr/bin/env node
// The whole test suite (`npm test`): build, mocha (engine, CLI, protocol), the seed-corpus score when
// ../shared/corpus is beside the project, and the real-editor e2e run. Ends with one line "N passed, N failed".
//   --no-e2e   skip the code-server run (or POLICY_LINTER_SKIP_E2E=1)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const skipE2e = process.argv.includes('--no-e2e') || process.env.POLICY_LINTER_SKIP_E2E === '1';
let passed = 0;
let failed = 0;
const failures = [];

function run(cmd, args, extraEnv = {}) {
  console.log(`\n$ ${[cmd, ...args].join(' ')}`);
  return spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...extraEnv } });
}

function step(name, ok) {
  if (ok) passed++;
  else { failed++; failures.push(name); }
}

const build = run(process.execPath, ['esbuild.mjs']);
step('build', build.status === 0);

const dir = mkdtempSync(join(tmpdir(), 'policy-linter-test-'));
const summary = join(dir, 'mocha.json');
const mocha = run(process.execPath, [join(root, 'node_modules/mocha/bin/mocha.js'), '--reporter', join(root, 'test/reporter.cjs')], { POLICY_LINTER_SUMMARY: summary });
if (existsSync(summary)) {
  const s = JSON.parse(readFileSync(summary, 'utf8'));
  passed += s.passed;
  failed += s.failed;
  if (s.failed) failures.push(`mocha (${s.failed} failed)`);
} else step('mocha (did not finish)', false);
rmSync(dir, { recursive: true, force: true });
if (mocha.status !== 0 && !failures.some((f) => f.startsWith('mocha'))) step('mocha exit status', false);

const score = resolve(root, '../shared/corpus/score.mjs');
if (existsSync(score)) {
  const r = run(process.execPath, [score, '--project', root]);
  step('seed corpus score (../shared/corpus)', r.status === 0);
} else console.log('\n(no ../shared/corpus beside the project: seed score skipped)');

if (!skipE2e) {
  const e2e = spawnSync('npm', ['run', '--silent', 'test:e2e'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(e2e.stdout ?? '');
  const m = /^(\d+) passed, (\d+) failed/m.exec([...(e2e.stdout ?? '').matchAll(/^\d+ passed, \d+ failed.*$/gm)].pop()?.[0] ?? '');
  if (m) {
    passed += Number(m[1]);
    failed += Number(m[2]);
    if (Number(m[2])) failures.push(`e2e (${m[2]} failed)`);
  }
  if (e2e.status !== 0 && !(m && Number(m[2]))) step('e2e run', false);
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
