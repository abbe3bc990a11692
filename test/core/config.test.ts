import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONFIG_SCHEMA } from '../../src/core/config-schema.js';
import {
  DEFAULT_MAX_FILE_SIZE,
  defaultConfig,
  loadConfigFile,
  parseConfig,
  type Config,
} from '../../src/core/config.js';
import { ConfigError } from '../../src/core/errors.js';
import { Registry } from '../../src/core/registry.js';
import { defineRule } from '../../src/core/rule.js';
import { defaultRegistry } from '../../src/rules/index.js';
import { loadConfig } from '../../src/runner/config.js';

const KNOWN = new Set(['docker/no-latest-tag', 'docker/syntax', 'docker/max-layers']);
const MAX_LAYERS_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: { max: { type: 'integer', minimum: 1 }, mode: { enum: ['count', 'size'] } },
};
const optionsSchemaOf = (id: string) => (id === 'docker/max-layers' ? MAX_LAYERS_SCHEMA : undefined);

const parse = (text: string): Config => parseConfig(text, '.shipshape.yml', KNOWN, optionsSchemaOf);

/** The ConfigError a text raises, as `line: message` (the message without the file prefix). */
function failure(text: string): { line: number | undefined; message: string } {
  try {
    parse(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const configError = error as ConfigError;
    expect(configError.file).toBe('.shipshape.yml');
    return { line: configError.line, message: configError.message.replace(/^\.shipshape\.yml(:\d+)?: /, '') };
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig: every key', () => {
  test('an empty file gives the defaults', () => {
    expect(parse('')).toEqual({ ...defaultConfig(), source: '.shipshape.yml' });
    expect(parse('# only a comment\n')).toEqual({ ...defaultConfig(), source: '.shipshape.yml' });
  });

  test('defaults: recommended preset, fail on error, 5 MB, no ignores, no trusted registries', () => {
    expect(defaultConfig()).toEqual({
      preset: 'recommended',
      fastYamlReader: true,
      rules: {},
      ignore: [],
      failOn: 'error',
      maxFileSize: 5 * 1024 * 1024,
      settings: { trustedRegistries: [], selfHostedRunnerLabels: [] },
    });
    expect(DEFAULT_MAX_FILE_SIZE).toBe(5_242_880);
  });

  test('all keys at once', () => {
    const config = parse(
      [
        'extends: strict',
        'fail-on: warning',
        'max-file-size: 1000',
        'fast-yaml-reader: false',
        'ignore: ["vendor/**", "**/*.generated.yml"]',
        'trusted-registries: [ghcr.io/acme, registry.acme.dev]',
        'self-hosted-runner-labels: [gpu, arm64-large]',
        'rules:',
        '  docker/no-latest-tag: off',
        '  docker/syntax: warning',
        '  docker/max-layers:',
        '    severity: note',
        '    options: { max: 20, mode: count }',
      ].join('\n'),
    );
    expect(config).toEqual({
      preset: 'strict',
      failOn: 'warning',
      maxFileSize: 1000,
      fastYamlReader: false,
      ignore: ['vendor/**', '**/*.generated.yml'],
      settings: {
        trustedRegistries: ['ghcr.io/acme', 'registry.acme.dev'],
        selfHostedRunnerLabels: ['gpu', 'arm64-large'],
      },
      rules: {
        'docker/no-latest-tag': { severity: 'off' },
        'docker/syntax': { severity: 'warning' },
        'docker/max-layers': { severity: 'note', options: { max: 20, mode: 'count' } },
      },
      source: '.shipshape.yml',
    });
  });

  test.each(['recommended', 'strict'])('extends: %s', (preset) => {
    expect(parse(`extends: ${preset}\n`).preset).toBe(preset);
  });

  test.each(['error', 'warning', 'note', 'never'])('fail-on: %s', (value) => {
    expect(parse(`fail-on: ${value}\n`).failOn).toBe(value);
  });

  test('a rule object with options only keeps the default severity (no severity key)', () => {
    expect(parse('rules:\n  docker/max-layers:\n    options: { max: 3 }\n').rules).toEqual({
      'docker/max-layers': { options: { max: 3 } },
    });
  });

  test('a BOM before the first key is accepted when loading from disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shipshape-config-'));
    try {
      writeFileSync(join(dir, '.shipshape.yml'), '\uFEFFfail-on: note\r\nextends: strict\r\n');
      const config = loadConfigFile(join(dir, '.shipshape.yml'));
      expect(config.failOn).toBe('note');
      expect(config.preset).toBe('strict');
      expect(config.source).toBe(join(dir, '.shipshape.yml'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('parseConfig: errors name the key and its line', () => {
  test('unknown top-level key', () => {
    expect(failure('extends: strict\nfial-on: error\n')).toEqual({ line: 2, message: 'unknown key "fial-on"' });
  });

  test('unknown key inside a rule object', () => {
    expect(failure('rules:\n  docker/syntax:\n    severity: error\n    level: 3\n')).toEqual({
      line: 4,
      message: 'unknown key "rules.docker/syntax.level"',
    });
  });

  test('a rule key that is not a rule id names that key and its own line (not the `rules:` line)', () => {
    expect(failure('extends: strict\nrules:\n  docker/syntax: error\n  NoLatestTag: off\n')).toEqual({
      line: 4,
      message: '"NoLatestTag" is not a rule id (expected "<domain>/<name>")',
    });
  });

  test('a well-formed but unknown rule id', () => {
    expect(failure('rules:\n  docker/syntax: error\n  docker/no-such-rule: off\n')).toEqual({
      line: 3,
      message: 'unknown rule "docker/no-such-rule" (see `shipshape rules`)',
    });
  });

  test('unknown rule ids are accepted when no registry is given', () => {
    expect(parseConfig('rules:\n  docker/anything: off\n', 'x.yml').rules).toEqual({
      'docker/anything': { severity: 'off' },
    });
  });

  test('bad preset', () => {
    expect(failure('extends: strictest\n')).toEqual({
      line: 1,
      message: '"extends" must be one of "recommended", "strict"',
    });
  });

  test('bad fail-on', () => {
    expect(failure('\n\nfail-on: always\n')).toEqual({
      line: 3,
      message: '"fail-on" must be one of "error", "warning", "note", "never"',
    });
  });

  test('bad rule severity as a string', () => {
    expect(failure('rules:\n  docker/syntax: fatal\n')).toEqual({
      line: 2,
      message: '"rules.docker/syntax" must be one of "off", "error", "warning", "note"',
    });
  });

  test('bad rule severity inside a rule object', () => {
    expect(failure('rules:\n  docker/syntax:\n    severity: fatal\n')).toEqual({
      line: 3,
      message: '"rules.docker/syntax.severity" must be one of "off", "error", "warning", "note"',
    });
  });

  test.each([
    ['max-file-size: 0\n', 1, '"max-file-size" must be >= 1'],
    ['max-file-size: 1.5\n', 1, '"max-file-size" must be integer'],
    ['max-file-size: big\n', 1, '"max-file-size" must be integer'],
    ['ignore: vendor/**\n', 1, '"ignore" must be array'],
    ['ignore:\n  - ok/**\n  - 3\n', 3, '"ignore.1" must be string'],
    ['ignore:\n  - ""\n', 2, '"ignore.0" must NOT have fewer than 1 characters'],
    ['trusted-registries: ghcr.io\n', 1, '"trusted-registries" must be array'],
    ['self-hosted-runner-labels: [gpu, {}]\n', 1, '"self-hosted-runner-labels.1" must be string'],
    ['rules: [docker/syntax]\n', 1, '"rules" must be object'],
    ['rules:\n  docker/max-layers:\n    options: 3\n', 3, '"rules.docker/max-layers.options" must be object'],
    ['- a\n- b\n', 1, 'the config must be object'],
  ])('%j → line %d: %s', (text, line, message) => {
    expect(failure(text)).toEqual({ line, message });
  });

  test('invalid YAML', () => {
    expect(failure('extends: strict\nfail-on: error: warning\nrules: {}\n')).toEqual({
      line: 2,
      message: 'invalid YAML: Nested mappings are not allowed in compact mappings',
    });
  });

  test('duplicate keys are an error', () => {
    const { line, message } = failure('fail-on: error\nfail-on: note\n');
    expect(line).toBe(2);
    expect(message).toMatch(/^invalid YAML: Map keys must be unique/);
  });

  test('a cyclic alias, deep nesting and a second document are refused with their line, before validation', () => {
    expect(failure('fail-on: error\nignore: &i\n  - x\n  - *i\n')).toEqual({
      line: 4,
      message:
        'invalid YAML: the alias `*i` is inside the node anchored `&i` that it refers to: a cycle that never ends',
    });
    expect(failure(`fail-on: error\nignore: ${'['.repeat(3000)}${']'.repeat(3000)}\n`)).toEqual({
      line: 2,
      message: 'invalid YAML: collections nested deeper than 150 levels',
    });
    expect(failure('fail-on: error\n---\nfail-on: note\n')).toEqual({
      line: 2,
      message: 'invalid YAML: more than one YAML document',
    });
  });

  test('an alias bomb in the config is refused, not expanded', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    const error = failure(lines.join('\n'));
    expect(error.message).toMatch(/alias/i);
  });

  test('the ConfigError message starts with file:line', () => {
    expect(() => parse('nope: 1\n')).toThrow('.shipshape.yml:1: unknown key "nope"');
  });
});

describe("per-rule options are checked against the rule's optionsSchema", () => {
  test('valid options pass', () => {
    expect(parse('rules:\n  docker/max-layers:\n    options:\n      max: 4\n').rules['docker/max-layers']).toEqual({
      options: { max: 4 },
    });
  });

  test('a wrong type names the option and its line', () => {
    expect(failure('rules:\n  docker/max-layers:\n    severity: error\n    options:\n      max: many\n')).toEqual({
      line: 5,
      message: '"docker/max-layers.options.max" must be integer',
    });
  });

  test('an unknown option names the option and its line', () => {
    expect(failure('rules:\n  docker/max-layers:\n    options:\n      max: 4\n      maxx: 5\n')).toEqual({
      line: 5,
      message: 'unknown option "maxx" of rule docker/max-layers',
    });
  });

  test('an enum option lists the allowed values', () => {
    expect(failure('rules:\n  docker/max-layers:\n    options: {mode: weight}\n')).toEqual({
      line: 3,
      message: '"docker/max-layers.options.mode" must be one of "count", "size"',
    });
  });

  test('rules without an optionsSchema accept any options object', () => {
    expect(parse('rules:\n  docker/syntax:\n    options: { anything: [1, 2] }\n').rules['docker/syntax']).toEqual({
      options: { anything: [1, 2] },
    });
  });

  test("runner loadConfig wires the registry's optionsSchema", () => {
    const rule = defineRule({
      meta: {
        id: 'docker/max-layers',
        domain: 'dockerfile',
        description: 'test rule',
        category: 'style',
        defaultSeverity: 'warning',
        recommended: false,
        messages: { x: 'x' },
        optionsSchema: MAX_LAYERS_SCHEMA,
      },
      create: () => ({}),
    });
    const dir = mkdtempSync(join(tmpdir(), 'shipshape-config-'));
    try {
      writeFileSync(join(dir, '.shipshape.yml'), 'rules:\n  docker/max-layers:\n    options: { max: 0 }\n');
      expect(() => loadConfig(dir, undefined, new Registry([rule]))).toThrow(
        `${join(dir, '.shipshape.yml')}:3: "docker/max-layers.options.max" must be >= 1`,
      );
      writeFileSync(join(dir, 'custom.yml'), 'rules:\n  docker/other: off\n');
      expect(() => loadConfig(dir, 'custom.yml', new Registry([rule]))).toThrow(
        `${join(dir, 'custom.yml')}:2: unknown rule "docker/other" (see \`shipshape rules\`)`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('loadConfig discovery', () => {
  const registry = new Registry([]);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'shipshape-config-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('no config file: defaults', () => {
    expect(loadConfig(dir, undefined, registry)).toEqual(defaultConfig());
  });

  test('.shipshape.yml, then .shipshape.yaml', () => {
    writeFileSync(join(dir, '.shipshape.yaml'), 'fail-on: note\n');
    expect(loadConfig(dir, undefined, registry).failOn).toBe('note');
    writeFileSync(join(dir, '.shipshape.yml'), 'fail-on: warning\n');
    expect(loadConfig(dir, undefined, registry).failOn).toBe('warning');
  });

  test('a missing --config file is a ConfigError naming it', () => {
    expect(() => loadConfig(dir, 'missing.yml', registry)).toThrow(ConfigError);
    expect(() => loadConfig(dir, 'missing.yml', registry)).toThrow(
      /missing\.yml: cannot read config: ENOENT: no such file/,
    );
  });
});

describe('schema/shipshape.schema.json', () => {
  test('equals CONFIG_SCHEMA (run `npm run generate` after changing config-schema.ts)', () => {
    const shipped = readFileSync(new URL('../../schema/shipshape.schema.json', import.meta.url), 'utf8');
    expect(shipped).toBe(`${JSON.stringify(CONFIG_SCHEMA, null, 2)}\n`);
  });

  test('documents every top-level key that parseConfig reads', () => {
    expect(Object.keys(CONFIG_SCHEMA.properties).sort()).toEqual(
      [
        'extends',
        'fail-on',
        'fast-yaml-reader',
        'ignore',
        'max-file-size',
        'rules',
        'self-hosted-runner-labels',
        'trusted-registries',
      ].sort(),
    );
    for (const property of Object.values(CONFIG_SCHEMA.properties)) expect(property.description).toMatch(/\S/);
  });
});

describe('every registered rule with options', () => {
  const registry = defaultRegistry();
  const withOptions = registry.rules.filter((rule) => rule.meta.optionsSchema || rule.meta.defaultOptions);

  test('declares both defaultOptions and an optionsSchema, and its defaults load through the config', () => {
    for (const rule of withOptions) {
      const { id, optionsSchema, defaultOptions } = rule.meta;
      expect({ id, hasSchema: Boolean(optionsSchema), hasDefaults: Boolean(defaultOptions) }).toEqual({
        id,
        hasSchema: true,
        hasDefaults: true,
      });
      const text = `rules:\n  ${id}:\n    options: ${JSON.stringify(defaultOptions)}\n`;
      expect(
        parseConfig(text, '.shipshape.yml', registry.ids, (ruleId) => registry.byId.get(ruleId)?.meta.optionsSchema)
          .rules[id],
      ).toEqual({
        options: defaultOptions,
      });
    }
  });

  test('rejects an unknown option when its schema is closed', () => {
    for (const rule of withOptions.filter((r) => r.meta.optionsSchema?.additionalProperties === false)) {
      const text = `rules:\n  ${rule.meta.id}:\n    options: { no-such-option: 1 }\n`;
      expect(() =>
        parseConfig(text, '.shipshape.yml', registry.ids, (id) => registry.byId.get(id)?.meta.optionsSchema),
      ).toThrow(`.shipshape.yml:3: unknown option "no-such-option" of rule ${rule.meta.id}`);
    }
  });
});
