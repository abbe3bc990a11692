import { readFileSync } from 'node:fs';
import AjvModule from 'ajv';
import { isMap, isScalar, isSeq, LineCounter, type Node } from 'yaml';
import { CONFIG_SCHEMA as schema } from './config-schema.js';
import { isCertainlyValidConfig } from './config-valid.js';
import { defaultConfig, type Config, type RuleSetting } from './config-defaults.js';
import { ConfigError, describeError } from './errors.js';
import { loadYaml } from './yaml-graph.js';

// The types and defaults live apart so that a run without a config file never loads the YAML and JSON-schema code.
export { CONFIG_FILE_NAMES, DEFAULT_MAX_FILE_SIZE, defaultConfig, findConfigFile } from './config-defaults.js';
export type { Config, FailOn, PresetName, RuleSetting } from './config-defaults.js';

type Ajv = import('ajv').default;
const Ajv = (AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule;
let validator: ReturnType<Ajv['compile']> | undefined;

function configValidator(): ReturnType<Ajv['compile']> {
  validator ??= new (Ajv as unknown as new (o: object) => Ajv)({ allErrors: true, strict: false }).compile(schema);
  return validator;
}

/** The JSON schema of a rule's options (`RuleMeta.optionsSchema`), when the rule has one. */
export type OptionsSchemaLookup = (ruleId: string) => Record<string, unknown> | undefined;

/** Parses and validates a config file's text; every problem names the key and its line. */
export function parseConfig(
  text: string,
  file: string,
  knownRuleIds?: ReadonlySet<string>,
  optionsSchemaOf?: OptionsSchemaLookup,
): Config {
  const lineCounter = new LineCounter();
  // Within the same bounds as the files it checks: no cycle, alias bomb or deep nesting reaches the validation.
  const loaded = loadYaml(text, lineCounter);
  if (!loaded.ok)
    throw new ConfigError(`invalid YAML: ${loaded.message}`, file, lineCounter.linePos(loaded.offset).line);
  const doc = loaded.document;
  const data: unknown = loaded.data ?? {};
  const lineOf = (path: (string | number)[]): number | undefined => {
    const node = path.length === 0 ? doc.contents : (doc.getIn(path, true) as Node | undefined);
    const keyNode = keyNodeOf(doc.contents as Node, path);
    const range = keyNode?.range ?? node?.range;
    return range ? lineCounter.linePos(range[0]).line : undefined;
  };

  // Ajv only for a config the quick check cannot vouch for: compiling the schema dominates a small run's start-up.
  const validate = isCertainlyValidConfig(data) ? undefined : configValidator();
  if (validate && !validate(data)) {
    const error = pickError(validate.errors ?? []);
    const path = error.instancePath.split('/').slice(1).map(unescapePointer);
    if (error.keyword === 'additionalProperties') {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      const at = [...path, key];
      throw new ConfigError(`unknown key "${at.join('.')}"`, file, lineOf(at));
    }
    // Ajv reports a bad property name as the failing `pattern` with `propertyName` set, then as `propertyNames`.
    const badName =
      (error as { propertyName?: string }).propertyName ?? (error.params as { propertyName?: string }).propertyName;
    if (badName !== undefined) {
      throw new ConfigError(
        `"${badName}" is not a rule id (expected "<domain>/<name>")`,
        file,
        lineOf([...path, badName]),
      );
    }
    const where = path.length > 0 ? `"${path.join('.')}"` : 'the config';
    const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues;
    const detail = allowed ? `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}` : error.message;
    throw new ConfigError(`${where} ${detail}`, file, lineOf(path));
  }

  const raw = data as Record<string, any>;
  const config = defaultConfig();
  config.source = file;
  if (raw.extends) config.preset = raw.extends;
  if (raw['fail-on']) config.failOn = raw['fail-on'];
  if (raw['max-file-size']) config.maxFileSize = raw['max-file-size'];
  if (raw['fast-yaml-reader'] === false) config.fastYamlReader = false;
  config.ignore = raw.ignore ?? [];
  config.settings.trustedRegistries = raw['trusted-registries'] ?? [];
  config.settings.selfHostedRunnerLabels = raw['self-hosted-runner-labels'] ?? [];
  for (const [id, value] of Object.entries<any>(raw.rules ?? {})) {
    if (knownRuleIds && !knownRuleIds.has(id)) {
      throw new ConfigError(`unknown rule "${id}" (see \`shipshape rules\`)`, file, lineOf(['rules', id]));
    }
    config.rules[id] = typeof value === 'string' ? { severity: value as RuleSetting } : value;
    const options = typeof value === 'object' ? value.options : undefined;
    const optionsSchema = options === undefined ? undefined : optionsSchemaOf?.(id);
    if (optionsSchema) checkOptions(id, options, optionsSchema, file, lineOf);
  }
  return config;
}

export function loadConfigFile(
  path: string,
  knownRuleIds?: ReadonlySet<string>,
  optionsSchemaOf?: OptionsSchemaLookup,
): Config {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read config: ${describeError(error)}`, path);
  }
  return parseConfig(text.replace(/^\uFEFF/, ''), path, knownRuleIds, optionsSchemaOf);
}

const KEYWORD_PRIORITY = ['additionalProperties', 'propertyNames', 'pattern', 'enum', 'type'];

/**
 * With `allErrors`, a value under `oneOf` fails every branch; the deepest error is the one that names the real
 * problem (`rules.x.severity` rather than `rules.x`), and at equal depth an unknown key beats "must be one of".
 */
function pickError<E extends { instancePath: string; keyword: string }>(errors: E[]): E {
  const candidates = errors.filter((error) => error.keyword !== 'oneOf' && error.keyword !== 'anyOf');
  const depth = (error: E): number => (error.instancePath ? error.instancePath.split('/').length : 0);
  const rank = (error: E): number => {
    const index = KEYWORD_PRIORITY.indexOf(error.keyword);
    return index === -1 ? KEYWORD_PRIORITY.length : index;
  };
  const sorted = [...(candidates.length > 0 ? candidates : errors)].sort(
    (a, b) => depth(b) - depth(a) || rank(a) - rank(b),
  );
  return sorted[0]!;
}

const optionValidators = new WeakMap<object, ReturnType<Ajv['compile']>>();

function checkOptions(
  id: string,
  options: unknown,
  optionsSchema: Record<string, unknown>,
  file: string,
  lineOf: (path: (string | number)[]) => number | undefined,
): void {
  let validate = optionValidators.get(optionsSchema);
  if (!validate) {
    validate = new (Ajv as unknown as new (o: object) => Ajv)({ allErrors: true, strict: false }).compile(
      optionsSchema,
    );
    optionValidators.set(optionsSchema, validate);
  }
  if (validate(options)) return;
  const error = pickError(validate.errors ?? []);
  const path = ['rules', id, 'options', ...error.instancePath.split('/').slice(1).map(unescapePointer)];
  if (error.keyword === 'additionalProperties') {
    const key = (error.params as { additionalProperty: string }).additionalProperty;
    throw new ConfigError(`unknown option "${key}" of rule ${id}`, file, lineOf([...path, key]));
  }
  const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues;
  const detail = allowed ? `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}` : error.message;
  throw new ConfigError(`"${path.slice(1).join('.')}" ${detail}`, file, lineOf(path));
}

function keyNodeOf(root: Node | null, path: (string | number)[]): Node | undefined {
  let node: Node | null | undefined = root;
  let key: Node | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return key;
      key = pair.key as Node;
      node = pair.value as Node | null;
    } else if (isSeq(node)) {
      node = node.items[Number(segment)] as Node | undefined;
      key = node ?? key;
    } else {
      return key;
    }
  }
  return key;
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
