import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compilePattern, configOf, formatProblem, knownIds, MAX_PATTERNS, resolveConfig, resolveLayers } from './resolve.ts';
import { MAX_PATTERN_LENGTH, unsafeReason } from './regex-safety.ts';
import type { ConfigProblem, PolicyLinterConfig } from '../types.ts';
import example from './fixtures/documented-example.json' with { type: 'json' };

const SRC = '.policy-linter.json';
const resolve = (config: unknown) => resolveConfig(config as PolicyLinterConfig, SRC);
const keys = (problems: ConfigProblem[]) => problems.map((p) => p.key);

describe('resolveConfig', () => {
  it('takes the profiles given, reporting and skipping unknown ones; an empty or malformed list keeps the default', () => {
    assert.deepEqual(resolve({}).config.profiles, ['core']);
    assert.deepEqual(resolve({ profiles: ['ccpa', 'gdpr'] }).config.profiles, ['ccpa', 'gdpr']);
    const partly = resolve({ profiles: ['gdpr', 'hipaa', 7] });
    assert.deepEqual(partly.config.profiles, ['gdpr']);
    assert.deepEqual(keys(partly.problems), ['profiles[1]', 'profiles[2]']);
    assert.match(partly.problems[0].message, /"hipaa" is not a known profile \(known: .*"dpdp"/);
    for (const bad of [[], 'gdpr', { gdpr: true }]) {
      const r = resolve({ profiles: bad });
      assert.deepEqual(r.config.profiles, ['core'], JSON.stringify(bad));
      assert.deepEqual(keys(r.problems), ['profiles']);
    }
  });

  it('takes a requirement by its id or a regime\'s alias for it, stored under its id', () => {
    const { config, problems } = resolve({ topics: { 'ccpa/right-to-delete': { applicable: false, reason: 'no data kept' }, 'gdpr/legal-basis': { phrases: ['lawful ground'] } } });
    assert.deepEqual(problems, []);
    assert.deepEqual([...config.notApplicable], [['right-erasure', 'no data kept']]);
    assert.deepEqual([...config.extraPhrases], [['gdpr/legal-basis', ['lawful ground']]]);
    assert.deepEqual(keys(resolve({ topics: { 'gdpr/no-such-thing': { applicable: false } } }).problems), ['topics.gdpr/no-such-thing']);
  });

  it('applies a valid config completely and reports nothing', () => {
    const { config, problems } = resolve(example);
    assert.deepEqual(problems, []);
    assert.deepEqual([...config.severities], [['placeholder', 'error'], ['missing-children', 'off']]);
    assert.deepEqual([...config.notApplicable], [['children', 'B2B service, no users under 18']]);
    assert.deepEqual([...config.extraHeadings], [['retention', ['Storage limitation']]]);
    assert.deepEqual([...config.extraPhrases], [['retention', ['purged after']]]);
    assert.deepEqual(config.allow, ['[sic]']);
    const [acme, draft] = config.placeholderPatterns;
    assert.equal(acme.regex.source, 'ACME-\\d+');
    assert.equal(acme.regex.flags, 'gu');
    assert.equal(acme.key, 'placeholders.patterns[0]');
    assert.equal(acme.message, undefined);
    assert.equal(draft.regex.flags, 'giu');
    assert.equal(draft.message, 'Draft marker');
    assert.deepEqual('a Draft here'.match(draft.regex), ['Draft']);
    assert.equal(config.templateExpressions, 'auto');
  });

  it('accepts "auto", "report" and "ignore" for placeholders.templateExpressions, and reports anything else', () => {
    for (const v of ['auto', 'report', 'ignore'] as const) assert.equal(resolve({ placeholders: { templateExpressions: v } }).config.templateExpressions, v);
    for (const bad of ['Report', 'off', true, 1, null]) {
      const r = resolve({ placeholders: { templateExpressions: bad } });
      assert.deepEqual(keys(r.problems), ['placeholders.templateExpressions'], String(bad));
      assert.match(r.problems[0].message, /use "auto", "report", "ignore"/);
      assert.equal(r.config.templateExpressions, 'auto');
    }
    // A file's value wins over the settings' when both are layered; an invalid one leaves the settings' in place.
    const layered = (file: unknown) =>
      resolveLayers([
        { source: 'settings', config: { placeholders: { templateExpressions: 'ignore' } } },
        { source: SRC, config: { placeholders: { templateExpressions: file } } },
      ]).config.templateExpressions;
    assert.equal(layered('report'), 'report');
    assert.equal(layered('loud'), 'ignore');
  });

  it('returns an empty config for no config, and never throws on any JSON value', () => {
    assert.deepEqual(resolve(undefined).problems, []);
    for (const bad of [null, 42, 'rules', [], [{ rules: {} }], true]) {
      const r = resolve(bad);
      if (bad === null) assert.deepEqual(r.problems, []);
      else assert.deepEqual(keys(r.problems), [''], `for ${JSON.stringify(bad)}`);
      assert.equal(r.config.severities.size, 0);
    }
    fc.assert(fc.property(fc.jsonValue(), (v) => void resolve(v)));
    fc.assert(fc.property(fc.record({ rules: fc.jsonValue(), topics: fc.jsonValue(), placeholders: fc.jsonValue() }, { requiredKeys: [] }), (v) => void resolve(v)));
  });

  it('reports unknown rule ids and bad severities by key, and keeps the valid rules', () => {
    const { config, problems } = resolve({ rules: { 'missing-foo': 'error', placeholder: 'warn', 'missing-contact': 'info', 'missing-retention': 2 } });
    assert.deepEqual(keys(problems), ['rules.missing-foo', 'rules.placeholder', 'rules.missing-retention']);
    assert.match(problems[0].message, /^is not a known rule id \(known: .*"missing-contact".*\); it was ignored\.$/);
    assert.match(problems[1].message, /"warn" is not a severity \(did you mean "warning"\?\)/);
    assert.match(problems[2].message, /number 2 is not a severity/);
    assert.deepEqual([...config.severities], [['missing-contact', 'info']]);
    assert.ok(problems.every((p) => p.source === SRC));
  });

  it('checks topic settings key by key', () => {
    const { config, problems } = resolve({
      topics: {
        children: { applicable: 'no', reason: 'B2B' },
        transfers: { applicable: false, reason: 7 },
        cookies: { applicable: false },
        contact: 'off',
        retention: { phrases: ['kept for', 12, '', 'deleted after'], headings: 'Storage', colour: 'red' },
      },
    });
    assert.deepEqual(keys(problems), [
      'topics.children.applicable',
      'topics.transfers.reason',
      'topics.cookies',
      'topics.contact',
      'topics.retention.phrases[1]',
      'topics.retention.phrases[2]',
      'topics.retention.headings',
      'topics.retention.colour',
    ]);
    assert.match(problems[0].message, /^must be true or false, not "no"; it was ignored\.$/);
    assert.match(problems[2].message, /is not a known topic or requirement \(known: .*"children".*\)/);
    // children stays applicable (its "applicable" was invalid); transfers is off with no reason.
    assert.deepEqual([...config.notApplicable], [['transfers', '']]);
    assert.deepEqual(config.extraPhrases.get('retention'), ['kept for', 'deleted after']);
    assert.equal(config.extraHeadings.has('retention'), false);
  });

  it('knows the rule ids and the topics of the missing-* rules from the registry', () => {
    const known = knownIds();
    assert.ok(known.rules.includes('placeholder'));
    for (const topic of ['retention', 'contact', 'children', 'transfers']) {
      assert.ok(known.topics.includes(topic), topic);
      assert.ok(known.rules.includes(`missing-${topic}`), topic);
    }
  });

  it('takes docsUrl, an http(s) address, without its trailing slashes, and reports anything else by its key', () => {
    assert.equal(resolve({}).config.docsUrl, undefined);
    assert.equal(resolve({ docsUrl: 'https://intranet.example/policy-linter/rules/' }).config.docsUrl, 'https://intranet.example/policy-linter/rules');
    assert.equal(resolve({ docsUrl: 'http://docs.local' }).config.docsUrl, 'http://docs.local');
    for (const bad of ['', 'docs/rules', 'file:///srv/docs', 'javascript:alert(1)', 'https://', 'https://x/a b', 'https://x/rules?page=1', 'https://x/rules#top', 'https://x/' + 'a'.repeat(2000), 7, null, ['https://x']]) {
      const r = resolve({ docsUrl: bad });
      assert.deepEqual(keys(r.problems), ['docsUrl'], JSON.stringify(bad));
      assert.equal(r.config.docsUrl, undefined);
    }
    assert.match(resolve({ docsUrl: 'docs/rules' }).problems[0].message, /^"docs\/rules" is not an http or https address .* such as "https:\/\/example\.com\/policy-linter\/rules"; it was ignored\.$/);
  });

  it('reports unknown top-level and placeholder keys but accepts $schema', () => {
    const { problems } = resolve({ $schema: 'x', rule: {}, placeholders: { pattern: 'x', allow: ['ok', 3] } });
    assert.deepEqual(keys(problems), ['rule', 'placeholders.pattern', 'placeholders.allow[1]']);
  });
});

describe('user placeholder patterns', () => {
  const check = (entry: unknown) => {
    const problems: Array<[string, string]> = [];
    const compiled = compilePattern(entry, 'placeholders.patterns[0]', (k, m) => problems.push([k, m]));
    return { compiled, problems };
  };

  it('rejects catastrophic patterns with a clear message', () => {
    const { problems } = resolve({ placeholders: { patterns: ['(a+)+$'] } });
    assert.equal(formatProblem(problems[0]), '.policy-linter.json: placeholders.patterns[0] "(a+)+$" may take exponential time (nested quantifier); it was ignored.');
  });

  it('rejects nested and variable repetition, backreferences, and what safe-regex2 flags', () => {
    const reasons: Record<string, string | undefined> = {
      '(a+)+$': 'nested quantifier',
      '(x+x+)+y': 'nested quantifier',
      '(?:\\w+\\s?)*$': 'nested quantifier',
      '((ab)*c)+': 'nested quantifier',
      '(a{1,5}){2,}': 'nested quantifier',
      '(?<w>a|b*)*': 'nested quantifier',
      '(a)\\1': 'backreference',
      '(?<x>a)\\k<x>': 'backreference',
      '(.*a){12}': 'nested quantifier',
      '(?:a?){30}': 'star height above 1 or too many repetitions',
      // safe-regex2 counts any repeated group with a quantifier inside, even fixed counts.
      '(\\d{2}-){3}': 'star height above 1 or too many repetitions',
    };
    for (const [pattern, reason] of Object.entries(reasons)) assert.equal(unsafeReason(pattern), reason, pattern);
  });

  it('accepts ordinary placeholder patterns, including classes and escapes that look like quantifiers', () => {
    for (const pattern of ['ACME-\\d+', '\\bDRAFT\\b', '\\[[A-Z][A-Za-z ]{2,40}\\]', '\\d{2}-\\d{2}', '[(+*)]+', '\\p{Lu}{2,}', '\\(+', '(?:foo|bar)+', '(?<=Ref: )\\d+', 'x(?=y)']) {
      assert.equal(unsafeReason(pattern), undefined, pattern);
    }
    const { compiled, problems } = check({ pattern: '\\p{Lu}{3}', flags: 'u' });
    assert.deepEqual(problems, []);
    assert.deepEqual('ok ABC'.match(compiled!.regex), ['ABC']);
  });

  it('flags every nested quantifier built from any atom', () => {
    const atom = fc.constantFrom('a', '\\d', '[a-z]', '.', '(?:ab)', '\\s');
    const inner = fc.constantFrom('+', '*', '{1,3}', '{2,}');
    const outer = fc.constantFrom('+', '*', '{2}', '{1,}', '{0,9}');
    fc.assert(
      fc.property(fc.string({ maxLength: 5 }), atom, inner, outer, fc.constantFrom('(', '(?:', '(?<n>'), (pre, a, i, o, open) => {
        const prefix = pre.replace(/[\\()[\]{}*+?|]/g, '');
        assert.equal(unsafeReason(`${prefix}${open}${a}${i}x?)${o}`), 'nested quantifier');
      }),
    );
  });

  it('never throws and decides in one pass for arbitrary pattern text', () => {
    fc.assert(fc.property(fc.string({ maxLength: MAX_PATTERN_LENGTH }), fc.string({ maxLength: 4 }), (p, f) => void check({ pattern: p, flags: f })));
  });

  it('rejects invalid syntax, bad flags, empty matches, over-long patterns and wrong types', () => {
    const cases: Array<[unknown, string, RegExp]> = [
      ['(', 'placeholders.patterns[0]', /^"\(" is not a valid regular expression \(Unterminated group\); it was ignored\.$/],
      [{ pattern: 'x', flags: 'g' }, 'placeholders.patterns[0].flags', /"g" is not allowed/],
      [{ pattern: 'x', flags: 'ii' }, 'placeholders.patterns[0].flags', /"ii" is not allowed/],
      [{ pattern: 'x', flags: 'y' }, 'placeholders.patterns[0].flags', /"y" is not allowed/],
      ['x*', 'placeholders.patterns[0]', /"x\*" matches empty text/],
      ['a'.repeat(MAX_PATTERN_LENGTH + 1), 'placeholders.patterns[0]', /is 501 characters long \(the limit is 500\)/],
      [12, 'placeholders.patterns[0]', /must be a non-empty string or an object/],
      [{ flags: 'i' }, 'placeholders.patterns[0]', /has no "pattern"/],
      ['', 'placeholders.patterns[0]', /must be a non-empty string/],
    ];
    for (const [entry, key, message] of cases) {
      const { compiled, problems } = check(entry);
      assert.equal(compiled, undefined, JSON.stringify(entry));
      assert.equal(problems.length, 1, JSON.stringify(entry));
      assert.equal(problems[0][0], key);
      assert.match(problems[0][1], message);
    }
  });

  it('keeps a pattern with a bad message or an unknown key, reporting those', () => {
    const { compiled, problems } = check({ pattern: 'TBD', message: 5, colour: 'red' });
    assert.equal(compiled?.regex.source, 'TBD');
    assert.deepEqual(problems.map((p) => p[0]), ['placeholders.patterns[0].colour', 'placeholders.patterns[0].message']);
  });

  it('matches with RE2, so shapes the static check lets through still run in linear time', () => {
    // (a|aa)+$ backtracks exponentially in JavaScript on "aaa…a!"; on RE2 this finishes at once (a hang would time out).
    const problems: string[] = [];
    const p = compilePattern({ pattern: '(a|aa)+$' }, 'placeholders.patterns[0]', (k, m) => problems.push(`${k} ${m}`));
    assert.deepEqual(problems, []);
    assert.deepEqual([...p!.matches('a'.repeat(5000) + '!')], []);
    assert.deepEqual([...p!.matches('xx aaa')], [{ start: 3, end: 6 }]);
    const astral = compilePattern({ pattern: 'caf\u00e9', flags: 'i' }, 'k', () => assert.fail())!;
    assert.deepEqual([...astral.matches('\u{1F600} CAF\u00c9')], [{ start: 3, end: 7 }], 'spans are UTF-16 offsets');
  });

  it('reads one dialect (JavaScript, Unicode mode) and RE2 matches exactly what JavaScript would', () => {
    // Each of these was screened by JavaScript with one meaning and run by RE2 with another, or refused wrongly.
    const text = 'Lorem ÉTÉ p{L} a\rb a\nb a\u2028b x\u00a0y x\u3000y x y LLL \bx \u{1F600} QA.bE Aabc [x] a-b \ufeffz αβγ';
    const patterns = [
      '\\p{L}+', '\\P{L}\\p{Lu}', 'a.b', 'x\\sy', 'x\\Sy', 'x[^\\s]y', '[\\s\\S]b', '\\u004c+', '[\\b]x', '\\uD83D\\uDE00', '\\u{1F600}',
      '(?<word>[a-z]+)-b', '[^]b', '\\p{Script=Greek}+', '\\cJ', 'a\\-b', '\\[x\\]', '\\bz', '[.]b',
    ];
    for (const flags of ['', 'i', 's', 'm', 'u', 'is']) {
      for (const pattern of patterns) {
        const c = compilePattern({ pattern, ...(flags ? { flags } : {}) }, 'k', (_k, m) => assert.fail(`${pattern} /${flags}: ${m}`))!;
        const js = [...text.matchAll(c.regex)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
        assert.deepEqual([...c.matches(text)], js, `${pattern} /${flags}`);
      }
    }
    // What Unicode mode refuses is refused, whatever RE2 would have made of it.
    for (const pattern of ['\\Qa.b\\E', '\\Aabc', 'abc\\z']) {
      const problems: string[] = [];
      assert.equal(compilePattern(pattern, 'k', (_k, m) => problems.push(m)), undefined, pattern);
      assert.match(problems[0], /is not a valid regular expression \(Invalid escape\)/);
    }
  });

  it('rejects lookarounds and backreferences RE2 cannot run, with the reason', () => {
    const problems: string[] = [];
    assert.equal(compilePattern('(?=TBD)TBD', 'placeholders.patterns[3]', (k, m) => problems.push(`${k} ${m}`)), undefined);
    assert.match(problems[0], /^placeholders\.patterns\[3\] "\(\?=TBD\)TBD" uses syntax that cannot be matched in guaranteed linear time/);
  });

  it(`uses only the first ${MAX_PATTERNS} patterns`, () => {
    const patterns = Array.from({ length: MAX_PATTERNS + 5 }, (_, i) => `TOKEN${i}`);
    const { config, problems } = resolve({ placeholders: { patterns } });
    assert.equal(config.placeholderPatterns.length, MAX_PATTERNS);
    assert.deepEqual(keys(problems), ['placeholders.patterns']);
    assert.match(problems[0].message, /has 205 entries; only the first 200 are used/);
  });
});

describe('resolveLayers', () => {
  const base: PolicyLinterConfig = {
    rules: { placeholder: 'error', 'missing-contact': 'warning' },
    topics: { children: { applicable: false, reason: 'B2B' }, retention: { phrases: ['a'] } },
    placeholders: { patterns: ['X'], allow: ['[sic]'] },
  };

  it('lays rules over the base key by key, replaces a topic the later layer sets, and appends placeholder lists', () => {
    const { config, problems } = resolveLayers([
      { source: 'settings', config: base },
      { source: SRC, config: { rules: { placeholder: 'off' }, topics: { retention: { headings: ['Storage'] } }, placeholders: { patterns: ['Y'] } } },
    ]);
    assert.deepEqual(problems, []);
    assert.deepEqual(configOf(config), {
      rules: { placeholder: 'off', 'missing-contact': 'warning' },
      topics: { children: { applicable: false, reason: 'B2B' }, retention: { headings: ['Storage'] } },
      placeholders: { patterns: ['X', 'Y'], allow: ['[sic]'] },
    });
  });

  it('validates every layer on its own: a value of the wrong type is reported under its source and the base still applies', () => {
    // These used to reach a raw merge: an object spread as patterns threw ("o.patterns is not iterable") and a
    // string was spread into one pattern per character.
    for (const patterns of [{ a: 'b' }, 'abc', 5, null, true]) {
      const { config, problems } = resolveLayers([
        { source: 'settings', config: base },
        { source: SRC, config: { placeholders: { patterns } } },
      ]);
      assert.deepEqual(config.placeholderPatterns.map((p) => p.entry), ['X'], JSON.stringify(patterns));
      assert.deepEqual(problems.map((p) => `${p.source} ${p.key}`), [`${SRC} placeholders.patterns`]);
      assert.match(problems[0].message, /must be an array of patterns/);
    }
    const broken = resolveLayers([
      { source: 'settings', config: base },
      { source: SRC, config: { rules: 'off', topics: { retention: 'n/a' }, placeholders: [] } },
      { source: '--rule', config: 7 },
    ]);
    assert.deepEqual(configOf(broken.config), configOf(resolveConfig(base, 'settings').config));
    assert.deepEqual(broken.problems.map((p) => `${p.source} ${p.key}`), [`${SRC} rules`, `${SRC} topics.retention`, `${SRC} placeholders`, '--rule ']);
  });

  it('takes the docsUrl of the last layer that gives a valid one', () => {
    const layers = (file: unknown) => resolveLayers([{ source: 'settings', config: { docsUrl: 'https://a.example/rules' } }, { source: SRC, config: { docsUrl: file } }]);
    assert.equal(layers('https://b.example/rules').config.docsUrl, 'https://b.example/rules');
    const bad = layers('b.example');
    assert.equal(bad.config.docsUrl, 'https://a.example/rules');
    assert.deepEqual(bad.problems.map((p) => `${p.source} ${p.key}`), [`${SRC} docsUrl`]);
  });

  it('configOf gives back a valid config as written, flags and messages included', () => {
    const { templateExpressions: _default, ...placeholders } = example.placeholders; // "auto", the default: not repeated
    assert.deepEqual(configOf(resolve(example).config), { rules: example.rules, topics: example.topics, placeholders });
    assert.equal(configOf(resolve({ placeholders: { templateExpressions: 'report' } }).config).placeholders?.templateExpressions, 'report');
    assert.deepEqual(configOf(resolve({ docsUrl: 'https://x.example/rules/' }).config), { docsUrl: 'https://x.example/rules' });
    assert.deepEqual(configOf(resolveConfig({}, SRC).config), {});
  });
});
