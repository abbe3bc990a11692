export const id = 84;
export const ids = [84];
export const modules = {

/***/ 7084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadConfig: () => (/* binding */ loadConfig)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
var ajv_default = /*#__PURE__*/__webpack_require__.n(ajv);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/config-schema.ts
/** The JSON schema of `.shipshape.yml`; `schema/shipshape.schema.json` is generated from it (`npm run generate`). */
const CONFIG_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://shipshape.dev/schema/shipshape.schema.json',
    title: 'shipshape configuration (.shipshape.yml)',
    type: 'object',
    additionalProperties: false,
    properties: {
        extends: {
            description: 'The preset to start from.',
            enum: ['recommended', 'strict'],
        },
        rules: {
            description: 'Per-rule settings: a severity, `off`, or an object with severity and options.',
            type: 'object',
            propertyNames: {
                pattern: '^[a-z0-9-]+/[a-z0-9-]+$',
            },
            additionalProperties: {
                oneOf: [
                    {
                        enum: ['off', 'error', 'warning', 'note'],
                    },
                    {
                        type: 'object',
                        additionalProperties: false,
                        properties: {
                            severity: {
                                enum: ['off', 'error', 'warning', 'note'],
                            },
                            options: {
                                type: 'object',
                            },
                        },
                    },
                ],
            },
        },
        ignore: {
            description: 'Glob patterns of paths not to check, relative to the repository root.',
            type: 'array',
            items: {
                type: 'string',
                minLength: 1,
            },
        },
        'fail-on': {
            description: 'The lowest severity that makes `check` exit 1.',
            enum: ['error', 'warning', 'note', 'never'],
        },
        'max-file-size': {
            description: 'Files larger than this many bytes are skipped with a notice.',
            type: 'integer',
            minimum: 1,
        },
        'fast-yaml-reader': {
            description: 'Read YAML with the fast reader where it applies (default true). false: every file is read by the yaml library alone; SHIPSHAPE_FAST_YAML_READER=false does the same.',
            type: 'boolean',
        },
        'trusted-registries': {
            description: 'Registries whose images may be used (e.g. `ghcr.io/my-org`). Empty: any registry.',
            type: 'array',
            items: {
                type: 'string',
                minLength: 1,
            },
        },
        'self-hosted-runner-labels': {
            description: 'Labels of your self-hosted runners, so `runs-on` checks know them.',
            type: 'array',
            items: {
                type: 'string',
                minLength: 1,
            },
        },
    },
};

;// CONCATENATED MODULE: ./src/core/config-valid.ts
/**
 * A quick, conservative reading of CONFIG_SCHEMA (config-schema.ts): true only for data the schema accepts. Compiling
 * the schema with Ajv costs tens of milliseconds at start-up, so a config this accepts (the usual case) skips it;
 * anything else, valid or not, goes to Ajv, which decides and words the error. Keep in step with the schema.
 */
const SEVERITY_SETTINGS = new Set(['off', 'error', 'warning', 'note']);
const PRESETS = new Set(['recommended', 'strict']);
const FAIL_ON = new Set(['error', 'warning', 'note', 'never']);
const RULE_ID = /^[a-z0-9-]+\/[a-z0-9-]+$/u;
const TOP_LEVEL = {
    extends: (value) => typeof value === 'string' && PRESETS.has(value),
    rules: (value) => isObject(value) && Object.keys(value).every((id) => RULE_ID.test(id) && isRuleSetting(value[id])),
    ignore: isListOfNonEmptyStrings,
    'fail-on': (value) => typeof value === 'string' && FAIL_ON.has(value),
    'max-file-size': (value) => Number.isInteger(value) && value >= 1,
    'trusted-registries': isListOfNonEmptyStrings,
    'self-hosted-runner-labels': isListOfNonEmptyStrings,
};
function isCertainlyValidConfig(data) {
    if (!isObject(data))
        return false;
    for (const key of Object.keys(data)) {
        if (!Object.hasOwn(TOP_LEVEL, key) || !TOP_LEVEL[key](data[key]))
            return false;
    }
    return true;
}
function isRuleSetting(value) {
    if (typeof value === 'string')
        return SEVERITY_SETTINGS.has(value);
    if (!isObject(value))
        return false;
    for (const key of Object.keys(value)) {
        if (key === 'severity') {
            if (typeof value.severity !== 'string' || !SEVERITY_SETTINGS.has(value.severity))
                return false;
        }
        else if (key === 'options') {
            if (!isObject(value.options))
                return false;
        }
        else {
            return false;
        }
    }
    return true;
}
function isListOfNonEmptyStrings(value) {
    return Array.isArray(value) && value.every((item) => typeof item === 'string' && item.length > 0);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./src/core/config-defaults.ts
var config_defaults = __webpack_require__(6104);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/yaml-graph.ts
var yaml_graph = __webpack_require__(4149);
;// CONCATENATED MODULE: ./src/core/config.ts








// The types and defaults live apart so that a run without a config file never loads the YAML and JSON-schema code.

const Ajv = (ajv_default())["default"] ?? (ajv_default());
let validator;
function configValidator() {
    validator ??= new Ajv({ allErrors: true, strict: false }).compile(CONFIG_SCHEMA);
    return validator;
}
/** Parses and validates a config file's text; every problem names the key and its line. */
function parseConfig(text, file, knownRuleIds, optionsSchemaOf) {
    const lineCounter = new dist/* LineCounter */.HN();
    // Within the same bounds as the files it checks: no cycle, alias bomb or deep nesting reaches the validation.
    const loaded = (0,yaml_graph/* loadYaml */.yv)(text, lineCounter);
    if (!loaded.ok)
        throw new errors/* ConfigError */.xL(`invalid YAML: ${loaded.message}`, file, lineCounter.linePos(loaded.offset).line);
    const doc = loaded.document;
    const data = loaded.data ?? {};
    const lineOf = (path) => {
        const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
        const keyNode = keyNodeOf(doc.contents, path);
        const range = keyNode?.range ?? node?.range;
        return range ? lineCounter.linePos(range[0]).line : undefined;
    };
    // Ajv only for a config the quick check cannot vouch for: compiling the schema dominates a small run's start-up.
    const validate = isCertainlyValidConfig(data) ? undefined : configValidator();
    if (validate && !validate(data)) {
        const error = pickError(validate.errors ?? []);
        const path = error.instancePath.split('/').slice(1).map(unescapePointer);
        if (error.keyword === 'additionalProperties') {
            const key = error.params.additionalProperty;
            const at = [...path, key];
            throw new errors/* ConfigError */.xL(`unknown key "${at.join('.')}"`, file, lineOf(at));
        }
        // Ajv reports a bad property name as the failing `pattern` with `propertyName` set, then as `propertyNames`.
        const badName = error.propertyName ?? error.params.propertyName;
        if (badName !== undefined) {
            throw new errors/* ConfigError */.xL(`"${badName}" is not a rule id (expected "<domain>/<name>")`, file, lineOf([...path, badName]));
        }
        const where = path.length > 0 ? `"${path.join('.')}"` : 'the config';
        const allowed = error.params.allowedValues;
        const detail = allowed ? `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}` : error.message;
        throw new errors/* ConfigError */.xL(`${where} ${detail}`, file, lineOf(path));
    }
    const raw = data;
    const config = (0,config_defaults/* defaultConfig */.sb)();
    config.source = file;
    if (raw.extends)
        config.preset = raw.extends;
    if (raw['fail-on'])
        config.failOn = raw['fail-on'];
    if (raw['max-file-size'])
        config.maxFileSize = raw['max-file-size'];
    if (raw['fast-yaml-reader'] === false)
        config.fastYamlReader = false;
    config.ignore = raw.ignore ?? [];
    config.settings.trustedRegistries = raw['trusted-registries'] ?? [];
    config.settings.selfHostedRunnerLabels = raw['self-hosted-runner-labels'] ?? [];
    for (const [id, value] of Object.entries(raw.rules ?? {})) {
        if (knownRuleIds && !knownRuleIds.has(id)) {
            throw new errors/* ConfigError */.xL(`unknown rule "${id}" (see \`shipshape rules\`)`, file, lineOf(['rules', id]));
        }
        config.rules[id] = typeof value === 'string' ? { severity: value } : value;
        const options = typeof value === 'object' ? value.options : undefined;
        const optionsSchema = options === undefined ? undefined : optionsSchemaOf?.(id);
        if (optionsSchema)
            checkOptions(id, options, optionsSchema, file, lineOf);
    }
    return config;
}
function loadConfigFile(path, knownRuleIds, optionsSchemaOf) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* ConfigError */.xL(`cannot read config: ${(0,errors/* describeError */.Uc)(error)}`, path);
    }
    return parseConfig(text.replace(/^\uFEFF/, ''), path, knownRuleIds, optionsSchemaOf);
}
const KEYWORD_PRIORITY = ['additionalProperties', 'propertyNames', 'pattern', 'enum', 'type'];
/**
 * With `allErrors`, a value under `oneOf` fails every branch; the deepest error is the one that names the real
 * problem (`rules.x.severity` rather than `rules.x`), and at equal depth an unknown key beats "must be one of".
 */
function pickError(errors) {
    const candidates = errors.filter((error) => error.keyword !== 'oneOf' && error.keyword !== 'anyOf');
    const depth = (error) => (error.instancePath ? error.instancePath.split('/').length : 0);
    const rank = (error) => {
        const index = KEYWORD_PRIORITY.indexOf(error.keyword);
        return index === -1 ? KEYWORD_PRIORITY.length : index;
    };
    const sorted = [...(candidates.length > 0 ? candidates : errors)].sort((a, b) => depth(b) - depth(a) || rank(a) - rank(b));
    return sorted[0];
}
const optionValidators = new WeakMap();
function checkOptions(id, options, optionsSchema, file, lineOf) {
    let validate = optionValidators.get(optionsSchema);
    if (!validate) {
        validate = new Ajv({ allErrors: true, strict: false }).compile(optionsSchema);
        optionValidators.set(optionsSchema, validate);
    }
    if (validate(options))
        return;
    const error = pickError(validate.errors ?? []);
    const path = ['rules', id, 'options', ...error.instancePath.split('/').slice(1).map(unescapePointer)];
    if (error.keyword === 'additionalProperties') {
        const key = error.params.additionalProperty;
        throw new errors/* ConfigError */.xL(`unknown option "${key}" of rule ${id}`, file, lineOf([...path, key]));
    }
    const allowed = error.params.allowedValues;
    const detail = allowed ? `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}` : error.message;
    throw new errors/* ConfigError */.xL(`"${path.slice(1).join('.')}" ${detail}`, file, lineOf(path));
}
function keyNodeOf(root, path) {
    let node = root;
    let key;
    for (const segment of path) {
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((item) => (0,dist/* isScalar */.jn)(item.key) && String(item.key.value) === String(segment));
            if (!pair)
                return key;
            key = pair.key;
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            node = node.items[Number(segment)];
            key = node ?? key;
        }
        else {
            return key;
        }
    }
    return key;
}
function unescapePointer(segment) {
    return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

;// CONCATENATED MODULE: ./src/runner/config.ts

/** Loads and validates the run's config against the registry's rule ids and option schemas. */
function loadConfig(root, configPath, registry) {
    const file = (0,config_defaults/* findConfigFile */["if"])(root, configPath);
    if (!file)
        return (0,config_defaults/* defaultConfig */.sb)();
    return loadConfigFile(file, registry.ids, (id) => registry.byId.get(id)?.meta.optionsSchema);
}


/***/ })

};
