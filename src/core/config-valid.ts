/**
 * A quick, conservative reading of CONFIG_SCHEMA (config-schema.ts): true only for data the schema accepts. Compiling
 * the schema with Ajv costs tens of milliseconds at start-up, so a config this accepts (the usual case) skips it;
 * anything else, valid or not, goes to Ajv, which decides and words the error. Keep in step with the schema.
 */
const SEVERITY_SETTINGS = new Set(['off', 'error', 'warning', 'note']);
const PRESETS = new Set(['recommended', 'strict']);
const FAIL_ON = new Set(['error', 'warning', 'note', 'never']);
const RULE_ID = /^[a-z0-9-]+\/[a-z0-9-]+$/u;

const TOP_LEVEL: Record<string, (value: unknown) => boolean> = {
  extends: (value) => typeof value === 'string' && PRESETS.has(value),
  rules: (value) => isObject(value) && Object.keys(value).every((id) => RULE_ID.test(id) && isRuleSetting(value[id])),
  ignore: isListOfNonEmptyStrings,
  'fail-on': (value) => typeof value === 'string' && FAIL_ON.has(value),
  'max-file-size': (value) => Number.isInteger(value) && (value as number) >= 1,
  'trusted-registries': isListOfNonEmptyStrings,
  'self-hosted-runner-labels': isListOfNonEmptyStrings,
};

export function isCertainlyValidConfig(data: unknown): boolean {
  if (!isObject(data)) return false;
  for (const key of Object.keys(data)) {
    if (!Object.hasOwn(TOP_LEVEL, key) || !TOP_LEVEL[key]!(data[key])) return false;
  }
  return true;
}

function isRuleSetting(value: unknown): boolean {
  if (typeof value === 'string') return SEVERITY_SETTINGS.has(value);
  if (!isObject(value)) return false;
  for (const key of Object.keys(value)) {
    if (key === 'severity') {
      if (typeof value.severity !== 'string' || !SEVERITY_SETTINGS.has(value.severity)) return false;
    } else if (key === 'options') {
      if (!isObject(value.options)) return false;
    } else {
      return false;
    }
  }
  return true;
}

function isListOfNonEmptyStrings(value: unknown): boolean {
  return Array.isArray(value) && value.every((item) => typeof item === 'string' && item.length > 0);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
