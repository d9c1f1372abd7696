// The documentation generated from the requirements data (client/scripts/docs.ts) is committed; it must never drift.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCS_DIR, docFiles } from '../../client/scripts/docs.ts';
import { FAMILIES, PROFILES, REQUIREMENTS } from '../../engine/requirements/index.ts';

describe('generated documentation', () => {
  const files = docFiles();

  it('is up to date with engine/requirements (regenerate: npx tsx client/scripts/docs.ts)', () => {
    for (const [name, text] of files) {
      assert.ok(existsSync(join(DOCS_DIR, name)), `docs/${name} is missing`);
      assert.equal(readFileSync(join(DOCS_DIR, name), 'utf8'), text, `docs/${name} is out of date`);
    }
  });

  it('has one page per requirement family, naming each of its requirements, and a profiles page citing each', () => {
    for (const f of FAMILIES) {
      const page = files.get(`rules/${f.rule}.md`)!;
      assert.ok(page.startsWith(`# ${f.rule}\n`), f.rule);
      for (const r of f.requirements) assert.ok(page.includes(`\`${r.id}\``), `${f.rule} does not document ${r.id}`);
    }
    const profiles = files.get('profiles.md')!;
    for (const p of PROFILES) assert.ok(profiles.includes(`## ${p.id}\n`), p.id);
    for (const r of REQUIREMENTS) {
      assert.ok(profiles.includes(`(\`${r.id}\`)`), `docs/profiles.md does not list ${r.id}`);
      for (const c of r.citations) assert.ok(profiles.includes(c.cite), `docs/profiles.md does not cite ${r.id}: ${c.regime} ${c.cite}`);
    }
  });
});
