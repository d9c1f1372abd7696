// The JSON schema (editor completion and validation of .policy-linter.json) must accept exactly what resolveConfig accepts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { RULES } from '../rules/index.ts';
import { PROFILES, REQUIREMENTS } from '../requirements/index.ts';
import { SCHEMA_PATH, TOPIC_EXAMPLES, updatedSchema } from '../../client/scripts/schema.ts';
import { MAX_DOCS_URL_LENGTH, MAX_PATTERNS, resolveConfig, SEVERITY_SETTINGS } from './resolve.ts';
import { DEFAULT_DOCS_URL, REPOSITORY_URL, docsUrl } from '../docs.ts';
import { MAX_PATTERN_LENGTH } from './regex-safety.ts';
import { TEMPLATE_EXPRESSION_SETTINGS } from '../templates/index.ts';
import type { PolicyLinterConfig } from '../types.ts';
import example from './fixtures/documented-example.json' with { type: 'json' };

const schema = JSON.parse(readFileSync(new URL('../../schemas/policy-linter.schema.json', import.meta.url), 'utf8'));
// VS Code's annotations (hovers, pick-list descriptions, completion examples) are the only keywords beyond the standard.
const validate = new Ajv({ allErrors: true, strict: true, keywords: ['markdownDescription', 'enumDescriptions', 'defaultSnippets'] }).compile(schema);

/** A defaultSnippets body as the editor inserts it when every tab stop keeps its default text. */
const filledIn = (body: unknown): unknown => JSON.parse(JSON.stringify(body).replace(/\$\{\d+:([^}]*)\}/g, '$1'));

describe('schemas/policy-linter.schema.json', () => {
  it('is up to date with the data (regenerate: npx tsx client/scripts/schema.ts)', () => {
    const text = readFileSync(SCHEMA_PATH, 'utf8');
    assert.equal(updatedSchema(text), text);
  });

  it('lists every rule (with its description and default), every topic and requirement with their aliases, and every profile', () => {
    const rules = schema.properties.rules.properties;
    assert.deepEqual(Object.keys(rules), RULES.map((r) => r.meta.id), 'update the schema: rule ids changed');
    for (const r of RULES) {
      assert.equal(rules[r.meta.id].description, `${r.meta.description} Default: "${r.meta.defaultSeverity}".`, `update the schema's description of ${r.meta.id}`);
      assert.equal(rules[r.meta.id].default, r.meta.defaultSeverity);
      assert.ok(rules[r.meta.id].markdownDescription.endsWith(`[Rule page](${docsUrl(r.meta.id)})`), r.meta.id);
    }
    assert.equal(schema.definitions.severity.enumDescriptions.length, SEVERITY_SETTINGS.length);
    assert.deepEqual(Object.keys(schema.properties.topics.properties).sort(), REQUIREMENTS.flatMap((r) => [r.id, ...(r.aliases ?? [])]).sort());
    assert.deepEqual(schema.properties.profiles.items.enum, PROFILES.map((p) => p.id));
    assert.deepEqual(schema.properties.profiles.default, ['core']);
    assert.deepEqual(schema.definitions.severity.enum, SEVERITY_SETTINGS);
    assert.equal(schema.properties.placeholders.properties.patterns.maxItems, MAX_PATTERNS);
    assert.equal(schema.definitions.pattern.maxLength, MAX_PATTERN_LENGTH);
    assert.deepEqual(schema.properties.placeholders.properties.templateExpressions.enum, TEMPLATE_EXPRESSION_SETTINGS);
  });

  it('has its address, and the docsUrl default and limits, from package.json and resolve.ts', () => {
    assert.equal(schema.$id, `${REPOSITORY_URL}/blob/main/schemas/policy-linter.schema.json`);
    assert.equal(schema.properties.docsUrl.default, DEFAULT_DOCS_URL);
    assert.equal(schema.properties.docsUrl.maxLength, MAX_DOCS_URL_LENGTH);
    assert.equal(validate({ docsUrl: DEFAULT_DOCS_URL }), true);
  });

  it('offers topic examples that are valid configurations once filled in', () => {
    assert.deepEqual(schema.properties.topics.defaultSnippets, TOPIC_EXAMPLES);
    for (const example of TOPIC_EXAMPLES) {
      const topics = filledIn(example.body) as Record<string, unknown>;
      assert.ok(Object.keys(topics).every((id) => REQUIREMENTS.some((r) => r.id === id)), JSON.stringify(topics));
      assert.equal(validate({ topics }), true, JSON.stringify(validate.errors));
      assert.deepEqual(resolveConfig({ topics } as PolicyLinterConfig, 'x').problems, []);
    }
  });

  it('accepts the documented example', () => {
    assert.equal(validate(example), true, JSON.stringify(validate.errors));
    assert.deepEqual(resolveConfig(example as PolicyLinterConfig, 'x').problems, []);
  });

  it('agrees with resolveConfig on which configs are valid', () => {
    const oneOf = <T>(...xs: T[]) => fc.constantFrom(...xs);
    // Mostly valid parts, so that whole configs come out valid often enough; each part is sometimes wrong.
    const mostly = (good: fc.Arbitrary<unknown>, bad: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary: good, weight: 12 }, { arbitrary: bad, weight: 1 });
    /** The object, usually without `key` (an unknown key that would make almost every config invalid). */
    const sometimesWithout = (o: Record<string, unknown>, key: string) =>
      fc.integer({ min: 0, max: 9 }).map((n) => (n ? Object.fromEntries(Object.entries(o).filter(([k]) => k !== key)) : o));
    const junk = oneOf<unknown>(2, true, null, '', ' ', 'x', ['x'], {}, 'warn');
    const severity = mostly(oneOf(...SEVERITY_SETTINGS), junk);
    const ruleId = mostly(oneOf(...RULES.map((r) => r.meta.id)), oneOf('no-such-rule'));
    const topicId = mostly(oneOf(...REQUIREMENTS.flatMap((r) => [r.id, ...(r.aliases ?? [])])), oneOf('cookies'));
    const profileList = mostly(fc.array(mostly(oneOf(...PROFILES.map((p) => p.id)), oneOf<unknown>('eu', 3, '')), { maxLength: 3 }), junk);
    const phrase = mostly(oneOf('kept for', 'z'.repeat(200)), oneOf<unknown>('', '  ', 3, 'a'.repeat(201)));
    const strings = mostly(fc.array(phrase, { maxLength: 2 }), junk);
    const topic = mostly(
      fc.record(
        {
          applicable: mostly(fc.boolean(), oneOf<unknown>('no', 0)),
          reason: mostly(oneOf('B2B'), oneOf(5)),
          headings: strings,
          phrases: strings,
          extra: fc.constant(1),
        },
        { requiredKeys: [] },
      ).chain((t) => sometimesWithout(t, 'extra')),
      junk,
    );
    const pattern = mostly(
      oneOf<unknown>('ACME-\\d+', { pattern: 'TBD' }, { pattern: 'TBD', flags: 'i' }, { pattern: 'TBD', flags: 'ims' }, { pattern: 'TBD', message: 'Draft' }),
      oneOf<unknown>('', 5, 'b'.repeat(501), { pattern: 'TBD', flags: 'ii' }, { pattern: 'TBD', flags: 'g' }, { pattern: 'TBD', message: ' ' }, { pattern: 'TBD', other: 1 }, { flags: 'i' }),
    );
    const docs = mostly(
      oneOf('https://example.com/policy-linter/rules', 'http://intranet/docs/rules/', 'https://example.com'),
      oneOf<unknown>('ftp://example.com/rules', 'example.com/rules', 'https://example.com/rules?x=1', 'https://example.com/a b', 'https://', `https://example.com/${'a'.repeat(MAX_DOCS_URL_LENGTH)}`, 3),
    );
    const config = fc.record(
      {
        $schema: oneOf<unknown>('./schema.json'),
        docsUrl: docs,
        profiles: profileList,
        rules: mostly(fc.dictionary(ruleId.map(String), severity, { maxKeys: 3 }), junk),
        topics: mostly(fc.dictionary(topicId.map(String), topic, { maxKeys: 2 }), junk),
        placeholders: mostly(
          fc.record({ patterns: mostly(fc.array(pattern, { maxLength: 3 }), junk), allow: strings, templateExpressions: mostly(oneOf(...TEMPLATE_EXPRESSION_SETTINGS), junk) }, { requiredKeys: [] }),
          junk,
        ),
        unknown: junk,
      },
      { requiredKeys: ['$schema'] },
    ).chain((c) => sometimesWithout(c, 'unknown'));
    const seen = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(config, (c) => {
        const problems = resolveConfig(c as never, 'x').problems;
        seen[problems.length ? 'invalid' : 'valid']++;
        assert.equal(validate(c), problems.length === 0, `${JSON.stringify(c)}\nschema: ${JSON.stringify(validate.errors)}\nresolve: ${JSON.stringify(problems)}`);
      }),
      { numRuns: 3000 },
    );
    // The generator must exercise both sides.
    assert.ok(seen.valid > 300 && seen.invalid > 300, JSON.stringify(seen));
  });

  it('limits the number of patterns as resolveConfig does', () => {
    const config = { placeholders: { patterns: Array.from({ length: MAX_PATTERNS + 1 }, (_, i) => `T${i}`) } };
    assert.equal(validate(config), false);
    assert.equal(resolveConfig(config, 'x').problems.length, 1);
  });
});
