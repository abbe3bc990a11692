import AjvModule from 'ajv';
import fc from 'fast-check';
import { CONFIG_SCHEMA } from '../../src/core/config-schema.js';
import { isCertainlyValidConfig } from '../../src/core/config-valid.js';

type Ajv = import('ajv').default;
const Ajv = (AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule;
const schemaAccepts = new (Ajv as unknown as new (o: object) => Ajv)({ allErrors: true, strict: false }).compile(
  CONFIG_SCHEMA,
);

describe('isCertainlyValidConfig: never vouches for a config the schema rejects', () => {
  test.each<[string, unknown]>([
    ['empty', {}],
    ['a preset', { extends: 'strict' }],
    [
      'every key',
      {
        extends: 'recommended',
        rules: {
          'docker/no-latest-tag': 'off',
          'gha/unpinned-uses': { severity: 'error', options: { a: 1 } },
          'docker/x': {},
        },
        ignore: ['vendor/**'],
        'fail-on': 'never',
        'max-file-size': 1024,
        'trusted-registries': ['ghcr.io/acme'],
        'self-hosted-runner-labels': ['gpu'],
      },
    ],
  ])('accepts %s, as the schema does', (_name, data) => {
    expect(isCertainlyValidConfig(data)).toBe(true);
    expect(schemaAccepts(data)).toBe(true);
  });

  test.each<[string, unknown]>([
    ['not an object', []],
    ['null', null],
    ['an unknown key', { extend: 'strict' }],
    ['an unknown preset', { extends: 'loose' }],
    ['a bad rule id', { rules: { 'Docker/x': 'off' } }],
    ['a bad severity', { rules: { 'docker/x': 'warn' } }],
    ['an unknown rule key', { rules: { 'docker/x': { level: 'off' } } }],
    ['options that are a list', { rules: { 'docker/x': { options: [] } } }],
    ['options that are null', { rules: { 'docker/x': { options: null } } }],
    ['an empty glob', { ignore: [''] }],
    ['a glob that is a number', { ignore: [1] }],
    ['ignore as a string', { ignore: 'vendor' }],
    ['a fractional size', { 'max-file-size': 1.5 }],
    ['a zero size', { 'max-file-size': 0 }],
    ['an infinite size', { 'max-file-size': Infinity }],
    ['rules as a list', { rules: [] }],
  ])('leaves %s to the schema', (_name, data) => {
    expect(isCertainlyValidConfig(data)).toBe(false);
  });

  test('generated configs: whatever it accepts, the schema accepts', () => {
    const value = fc.oneof(
      fc.constantFrom('off', 'error', 'warning', 'note', 'warn', 'strict', 'recommended', 'never', '', 'x'),
      fc.integer({ min: -2, max: 10 }),
      fc.double(),
      fc.constant(null),
      fc.boolean(),
    );
    const list = fc.array(fc.oneof(fc.string(), value), { maxLength: 3 });
    const ruleId = fc.oneof(
      fc.constantFrom('docker/a', 'gha/b-c', 'Docker/a', 'docker', 'a/b/c', 'docker/a_b'),
      fc.string(),
    );
    const ruleSetting = fc.oneof(
      value,
      fc.dictionary(fc.constantFrom('severity', 'options', 'level'), fc.oneof(value, fc.object(), fc.array(value)), {
        maxKeys: 3,
      }),
    );
    const config = fc.dictionary(
      fc.constantFrom(
        'extends',
        'rules',
        'ignore',
        'fail-on',
        'max-file-size',
        'trusted-registries',
        'self-hosted-runner-labels',
        'other',
      ),
      fc.oneof(value, list, fc.dictionary(ruleId, ruleSetting, { maxKeys: 3 })),
      { maxKeys: 5 },
    );
    let vouched = 0;
    fc.assert(
      fc.property(config, (data) => {
        if (!isCertainlyValidConfig(data)) return true;
        vouched++;
        return schemaAccepts(data) === true;
      }),
      { numRuns: 3000 },
    );
    // The generator must reach the accepting branches, or the property says little.
    expect(vouched).toBeGreaterThan(50);
  });
});
