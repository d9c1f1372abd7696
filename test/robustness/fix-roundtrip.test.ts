// Fix round-trip: applying every insert-section fix (fix.text at fix.offset, highest offset first) leaves a document
// with no missing-* finding, and with every original line still present, in order. On every fixture in the project,
// on the seed corpus when it is beside the project (read in place), and on generated policies of every format.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { lint } from '../../engine/index.ts';
import { generateCorpus, generatePolicy, TOPIC_IDS } from '../../bench/generate.ts';
import { applyInsertFixes, firstLostLine } from './invariants.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DOCUMENTS = new Set(['.md', '.markdown', '.txt', '.html', '.htm']);

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    if (statSync(path).isDirectory()) return walk(path);
    return DOCUMENTS.has(extname(name).toLowerCase()) && name.toLowerCase() !== 'readme.md' ? [path] : [];
  });
}

const files = [
  ...walk(join(ROOT, 'test/fixtures')),
  ...walk(join(ROOT, 'test/e2e/workspace')),
  ...walk(join(ROOT, 'examples')),
  ...walk(join(ROOT, 'engine')).filter((p) => /[\\/]fixtures[\\/]/.test(p)),
  ...walk(resolve(ROOT, '../shared/corpus/seeds')),
];

function roundTrip(text: string, fileName: string): { fixes: number } {
  const before = lint(text, { fileName });
  const fixes = before.findings.filter((f) => f.fix?.kind === 'insert-section');
  const missing = before.findings.filter((f) => f.ruleId.startsWith('missing-'));
  assert.deepEqual(missing.filter((f) => f.fix?.kind !== 'insert-section').map((f) => f.ruleId), [], 'every missing-* finding carries an insert-section fix');
  const fixed = applyInsertFixes(text, before.findings);
  const after = lint(fixed, { fileName });
  const still = after.findings.filter((f) => f.ruleId.startsWith('missing-'));
  assert.deepEqual(still.map((f) => `${f.ruleId}: ${f.message.slice(0, 80)}`), [], `missing-* findings remain after applying ${fixes.length} fixes`);
  const lost = firstLostLine(text, fixed);
  assert.equal(lost, undefined, `line ${lost?.line} (${JSON.stringify(lost?.text)}) is gone or out of order after the fixes`);
  return { fixes: fixes.length };
}

describe('robustness: insert-section fixes round-trip', () => {
  it('finds the project fixtures', () => {
    assert.ok(files.some((f) => f.includes(`${join('test', 'fixtures')}`)), 'no fixture found under test/fixtures');
  });

  for (const path of files) {
    it(`fixture ${relative(ROOT, path)}`, () => {
      roundTrip(readFileSync(path, 'utf8'), path);
    });
  }

  it('generated policies: every format, heading style and combination of missing topics', () => {
    let fixes = 0;
    const corpus = generateCorpus(404, 60, 6000);
    // Make sure each topic is missing somewhere and the all-missing case is there, in every format.
    for (const format of ['markdown', 'text', 'html'] as const) {
      for (const style of ['atx', 'setext', 'numbered', 'roman', 'bold'] as const) {
        corpus.push({ name: `all-missing-${style}.${format}`, format, text: generatePolicy({ seed: 7, targetSize: 3000, format, omit: TOPIC_IDS, headingStyle: style }) });
      }
    }
    for (const doc of corpus) {
      try {
        fixes += roundTrip(doc.text, doc.name).fixes;
      } catch (err) {
        (err as Error).message = `${doc.name}: ${(err as Error).message}`;
        throw err;
      }
    }
    assert.ok(fixes >= 100, `only ${fixes} fixes were exercised`);
  });

  it('CRLF and lone-CR documents', () => {
    for (const eol of ['\r\n', '\r']) {
      for (const format of ['markdown', 'text', 'html'] as const) {
        const text = generatePolicy({ seed: 3, targetSize: 4000, format, omit: ['retention', 'children'] }).replace(/\n/g, eol);
        const ext = { markdown: 'md', text: 'txt', html: 'html' }[format];
        const { fixes } = roundTrip(text, `privacy.${ext}`);
        assert.ok(fixes >= 2, `${JSON.stringify(eol)} ${format}: expected at least 2 fixes, got ${fixes}`);
      }
    }
  });
});
