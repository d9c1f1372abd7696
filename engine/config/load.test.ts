import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { CONFIG_FILE_NAME, ConfigCache, findConfigFile, jsonErrorOffset, loadConfigFile, parseConfigText } from './load.ts';

describe('config files', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'policy-linter-config-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  const write = (rel: string, text: string) => {
    const path = join(root, rel);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
    return path;
  };

  it('finds the nearest .policy-linter.json from the folder upward', () => {
    const top = write(`a/${CONFIG_FILE_NAME}`, '{}');
    mkdirSync(join(root, 'a/b/c/d'), { recursive: true });
    assert.equal(findConfigFile(join(root, 'a/b/c/d')), top);
    const nearer = write(`a/b/${CONFIG_FILE_NAME}`, '{}');
    assert.equal(findConfigFile(join(root, 'a/b/c/d')), nearer);
    assert.equal(findConfigFile(join(root, 'a')), top);
    assert.equal(findConfigFile(root), undefined);
    // A folder with the config's name is not a config.
    mkdirSync(join(root, 'x', CONFIG_FILE_NAME), { recursive: true });
    assert.equal(findConfigFile(join(root, 'x')), undefined);
  });

  it('reads a config (with a BOM) and reports unreadable files without throwing', () => {
    const path = write(CONFIG_FILE_NAME, '\uFEFF{"rules": {"placeholder": "off"}}');
    assert.deepEqual(loadConfigFile(path), { config: { rules: { placeholder: 'off' } }, problems: [] });
    const missing = loadConfigFile(join(root, 'nope.json'), 'nope.json');
    assert.equal(missing.config, undefined);
    assert.deepEqual(missing.problems, [{ source: 'nope.json', key: '', message: 'cannot be read (ENOENT); it was ignored.' }]);
    assert.match(loadConfigFile(root, 'dir').problems[0].message, /^cannot be read \(EISDIR\)/);
  });

  it('gives the line and column of a JSON syntax error', () => {
    const cases: Array<[string, number, number, RegExp]> = [
      ['{\n  "rules": {\n    "placeholder": "off",\n  }\n}\n', 4, 3, /Expected double-quoted property name/],
      ['{\n  "rules" {}\n}', 2, 11, /Expected ':' after property name/],
      ['{\n  "topics": {"children": {"applicable": tru}}\n}', 2, 44, /Unexpected token/],
      ['{"a": "unterminated\n}', 1, 20, /Bad control character|Unterminated string/],
      ['', 1, 1, /Unexpected end of JSON input/],
      ['{"a": 1}}', 1, 9, /Unexpected non-whitespace character after JSON/],
      ['{"a": [1, 2}', 1, 12, /Expected ',' or ']' after array element/],
      ['\r\n\r\n  x', 3, 3, /not valid JSON|Unexpected token/],
    ];
    for (const [text, line, column, reason] of cases) {
      const { config, problems } = parseConfigText(text, 'cfg.json');
      assert.equal(config, undefined);
      assert.equal(problems.length, 1);
      const m = /^is not valid JSON at line (\d+), column (\d+) \((.*)\); the file was ignored\.$/.exec(problems[0].message);
      assert.ok(m, problems[0].message);
      assert.deepEqual([Number(m[1]), Number(m[2])], [line, column], JSON.stringify(text));
      assert.match(m[3], reason);
      assert.doesNotMatch(m[3], /position|is not valid JSON/);
    }
  });

  it('locates errors where V8 does, and accepts what JSON.parse accepts', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.string({ maxLength: 2 }), (json, at, junk) => {
        assert.equal(jsonErrorOffset(json), json.length);
        const i = at % (json.length + 1);
        const broken = json.slice(0, i) + junk + json.slice(i);
        let position: number | undefined;
        try {
          JSON.parse(broken);
          return;
        } catch (e) {
          position = Number(/at position (\d+)/.exec((e as Error).message)?.[1] ?? NaN);
        }
        const offset = jsonErrorOffset(broken);
        assert.ok(offset <= broken.length);
        if (!Number.isNaN(position)) assert.equal(offset, position, JSON.stringify(broken));
      }),
      { numRuns: 2000 },
    );
  });

  it('says so when the file holds only null', () => {
    const { config, problems } = parseConfigText(' null\n', 'cfg.json');
    assert.equal(config, undefined);
    assert.deepEqual(problems.map((p) => p.message), ['holds only null, not a JSON object with settings; the file was ignored.']);
  });

  it('locates errors in deeply nested input where they are, without overflowing the stack', () => {
    const deep = '['.repeat(100000);
    assert.equal(jsonErrorOffset(deep), deep.length);
    assert.match(parseConfigText(deep, 'x').problems[0].message, /^is not valid JSON at line 1, column 100001 /);
    const mismatched = '{"a":' + '['.repeat(600) + '1' + ']'.repeat(599) + '}}';
    assert.equal(jsonErrorOffset(mismatched), mismatched.length - 2);
    const valid = '['.repeat(5000) + ']'.repeat(5000);
    assert.equal(jsonErrorOffset(valid), valid.length);
  });

  it('caches lookups and reads until cleared, and applies overrides over every config', () => {
    const path = write(`p/${CONFIG_FILE_NAME}`, '{"rules": {"placeholder": "warning"}, "topics": {"children": {"applicable": false}}}');
    const cache = new ConfigCache({ display: (p) => p.slice(root.length + 1), overrides: { rules: { 'missing-contact': 'off' } } });
    const a = cache.forFile(join(root, 'p/q/policy.md'));
    assert.equal(a.path, path);
    assert.deepEqual([...a.resolved.severities], [['placeholder', 'warning'], ['missing-contact', 'off']]);
    assert.deepEqual([...a.resolved.notApplicable.keys()], ['children']);
    writeFileSync(path, '{"rules": {"placeholder": "bogus"}}');
    assert.equal(cache.forFile(join(root, 'p/other.md')), a);
    cache.clear();
    const b = cache.forFile(join(root, 'p/other.md'));
    assert.deepEqual(b.problems.map((p) => [p.source, p.key]), [[`p/${CONFIG_FILE_NAME}`, 'rules.placeholder']]);
    assert.deepEqual([...b.resolved.severities], [['missing-contact', 'off']]);
    const none = cache.forFile(join(root, 'elsewhere.md'));
    assert.equal(none.path, undefined);
    assert.deepEqual([...none.resolved.severities], [['missing-contact', 'off']]);
  });
});
