export const id = 185;
export const ids = [185];
export const modules = {

/***/ 9928:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CS: () => (/* binding */ listFiles),
/* harmony export */   uj: () => (/* binding */ readSourceFile)
/* harmony export */ });
/* unused harmony exports ignoreMatchers, toPosix */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2858);






const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);
/**
 * Lists candidate files under the given paths, relative to `root` with forward slashes. Inside a git work tree it
 * asks git (tracked and untracked-but-not-ignored files), so .gitignore is honoured; elsewhere it walks the tree.
 */
function listFiles(root, paths, ignore, notices) {
    const { isIgnored, ignoredDir } = ignoreMatchers(ignore);
    const found = new Set();
    for (const path of paths) {
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root, path);
        let stats;
        try {
            stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(absolute);
        }
        catch (error) {
            notices.push({ path: toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, absolute)) || path, message: `cannot read: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(error)}` });
            continue;
        }
        if (stats.isFile()) {
            // A file named explicitly is checked even when .gitignore or `ignore` would leave it out.
            found.add(toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, absolute)));
            continue;
        }
        if (!stats.isDirectory()) {
            notices.push({ path: toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, absolute)) || path, message: 'skipped: not a regular file' });
            continue;
        }
        const listed = gitListFiles(absolute) ?? walk(absolute, notices, root, ignoredDir);
        for (const file of listed) {
            const rel = toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(absolute, file)));
            if (!isIgnored(rel))
                found.add(rel);
        }
    }
    return [...found].sort();
}
/**
 * `ignore` globs, relative to the root. A path is ignored when it or one of its folders matches, so `vendor`,
 * `vendor/` and `vendor/**` all leave out everything under vendor/.
 */
function ignoreMatchers(ignore) {
    if (ignore.length === 0)
        return { isIgnored: () => false, ignoredDir: () => false };
    const globs = ignore.map((glob) => glob.replace(/^\.\//, '').replace(/\/+$/, ''));
    const match = picomatch__WEBPACK_IMPORTED_MODULE_4___default()(globs, { dot: true });
    const ignoredDir = (dir) => match(dir) || match(`${dir}/`);
    const isIgnored = (path) => {
        if (match(path))
            return true;
        for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
            if (ignoredDir(path.slice(0, slash)))
                return true;
        }
        return false;
    };
    return { isIgnored, ignoredDir };
}
function gitListFiles(dir) {
    try {
        const out = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', '.'], {
            cwd: dir,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
            maxBuffer: 256 * 1024 * 1024,
        });
        // ls-files lists deleted-but-tracked files too; they are dropped when read.
        return out.split('\0').filter(Boolean);
    }
    catch {
        return undefined;
    }
}
function walk(dir, notices, root, ignoredDir) {
    const out = [];
    const visit = (current, prefix) => {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(current, { withFileTypes: true });
        }
        catch (error) {
            notices.push({ path: toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, current)) || '.', message: `cannot read directory: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(error)}` });
            return;
        }
        for (const entry of entries) {
            if (ALWAYS_SKIPPED.has(entry.name))
                continue;
            const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                if (!ignoredDir(toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(current, entry.name)))))
                    visit((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(current, entry.name), rel);
            }
            else {
                // Files, and symbolic links, FIFOs, … (never followed into): reading them decides, with a notice.
                out.push(rel);
            }
        }
    };
    visit(dir, '');
    return out;
}
function toPosix(path) {
    return node_path__WEBPACK_IMPORTED_MODULE_2__.sep === '/' ? path : path.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
}
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const LENIENT_UTF8 = new TextDecoder('utf-8');
/**
 * Reads a file as text. Binary, oversized and unreadable files are skipped with a reason; a BOM is dropped; invalid
 * UTF-8 is read with replacement characters and reported, so the rest of the file is still checked.
 */
function readSourceFile(root, path, maxFileSize, notices) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root, path);
    let buffer;
    try {
        // throwIfNoEntry: a missing file (deleted but still tracked) is common and an exception per file is costly.
        const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(absolute, { throwIfNoEntry: false });
        if (!stats) {
            // A path that exists as a link whose target does not: say so rather than "no such file".
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(absolute, { throwIfNoEntry: false })?.isSymbolicLink())
                return { skipped: 'cannot read: dangling symbolic link' };
            return { skipped: `cannot read: ENOENT: no such file or directory, stat '${absolute}'` };
        }
        if (!stats.isFile())
            return { skipped: 'not a regular file' };
        if (stats.size > maxFileSize)
            return { skipped: `larger than ${maxFileSize} bytes (max-file-size)` };
        buffer = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(absolute);
    }
    catch (error) {
        return { skipped: `cannot read: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(error)}` };
    }
    if (buffer.subarray(0, 8192).includes(0))
        return { skipped: 'binary file' };
    let text;
    try {
        text = STRICT_UTF8.decode(buffer);
    }
    catch {
        text = LENIENT_UTF8.decode(buffer);
        notices.push({ path, message: 'invalid UTF-8: undecodable bytes were read as U+FFFD' });
    }
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    return { file: new _source_js__WEBPACK_IMPORTED_MODULE_5__/* .SourceFile */ .s(path, text) };
}


/***/ }),

/***/ 1147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ classifyYamlContent),
/* harmony export */   q: () => (/* binding */ classifyPath)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _dockerfile_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1492);
/* harmony import */ var _yaml_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2276);



/**
 * Names that look like `Dockerfile.*` but are not Dockerfiles: BuildKit's per-Dockerfile ignore files
 * (`Dockerfile.dockerignore`, `api.Dockerfile.dockerignore`) and documentation or backups beside them.
 */
const NOT_A_DOCKERFILE = /\.(?:dockerignore|md|markdown|txt|rst|orig|bak|swp)$/i;
/** What a path alone says about a file: a domain, "read it to tell" (YAML), or nothing to check. */
function classifyPath(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    if ((0,_dockerfile_index_js__WEBPACK_IMPORTED_MODULE_1__/* .isDockerfileName */ .S)(base) && !NOT_A_DOCKERFILE.test(base))
        return 'dockerfile';
    if (/\.tf$/.test(base))
        return 'terraform';
    if (!/\.ya?ml$/i.test(base))
        return undefined;
    if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(path))
        return 'github-actions';
    if (/^action\.ya?ml$/i.test(base))
        return 'github-actions';
    if (/^\.gitlab-ci\.ya?ml$/i.test(base))
        return 'gitlab-ci';
    return 'yaml';
}
const GITLAB_TOP_LEVEL = new Set(['stages', 'include', 'workflow', 'default', 'variables']);
/** Classifies a YAML file outside the usual paths by what its top-level keys say. */
function classifyYamlContent(file) {
    const { documents } = (0,_yaml_document_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYaml */ .hN)(file);
    for (const document of documents) {
        const contents = document.contents;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(contents))
            continue;
        const keys = new Set(contents.items.map((pair) => ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : '')));
        if (keys.has('on') && keys.has('jobs'))
            return 'github-actions';
        if (keys.has('runs') && (keys.has('name') || keys.has('description') || keys.has('inputs')))
            return 'github-actions';
        if (keys.has('apiVersion') && keys.has('kind'))
            return 'kubernetes';
        if (keys.has('spec') && keys.size === 1)
            continue; // a GitLab `spec:` header; the next document decides
        if (keys.has('stages'))
            return 'gitlab-ci';
        const hasScriptJob = contents.items.some((pair) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(pair.value) && pair.value.has('script'));
        if (hasScriptJob || (keys.size > 0 && [...keys].every((key) => GITLAB_TOP_LEVEL.has(key) || key.startsWith('.')) && keys.has('include'))) {
            return 'gitlab-ci';
        }
    }
    return undefined;
}


/***/ }),

/***/ 1492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ isDockerfileName),
/* harmony export */   n: () => (/* binding */ dockerfileDomain)
/* harmony export */ });
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(323);

/**
 * Hooks: `file` (the model), `stage`, `instruction`, one per keyword (`RUN`, `FROM`, …), then `exit`.
 * Instructions of a stage are walked right after the stage.
 */
const dockerfileDomain = {
    id: 'dockerfile',
    parse: _parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDockerfile */ .Ai,
    walk(model, emit) {
        emit('file', model);
        for (const instruction of model.instructions) {
            if (instruction.keyword === 'FROM' && instruction.stage)
                emit('stage', instruction.stage);
            emit('instruction', instruction);
            emit(instruction.keyword, instruction);
        }
        emit('exit', model);
    },
};
const DOCKERFILE_NAME = /^(?:Dockerfile|Containerfile)(?:\..+)?$|\.(?:Dockerfile|dockerfile)$/;
function isDockerfileName(baseName) {
    return DOCKERFILE_NAME.test(baseName);
}


/***/ }),

/***/ 5167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ writeBaseline),
/* harmony export */   Qp: () => (/* binding */ applyBaseline),
/* harmony export */   mF: () => (/* binding */ readBaseline)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


function readBaseline(path) {
    let data;
    try {
        data = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`cannot read baseline ${path}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}`);
    }
    const baseline = data;
    if (baseline?.version !== 1 || !Array.isArray(baseline.findings)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${path} is not a shipshape baseline (expected {"version": 1, "findings": [...]})`);
    }
    for (const [index, entry] of baseline.findings.entries()) {
        if (typeof entry?.fingerprint !== 'string') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${path}: findings[${index}].fingerprint must be a string`);
        }
    }
    return baseline;
}
function writeBaseline(path, findings) {
    const baseline = {
        version: 1,
        findings: findings.map(({ ruleId, path: file, fingerprint }) => ({ ruleId, path: file, fingerprint })),
    };
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, `${JSON.stringify(baseline, null, 2)}\n`);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`cannot write baseline ${path}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}`);
    }
}
/** Drops findings recorded in the baseline, each entry matching at most once. */
function applyBaseline(findings, baseline) {
    const known = new Map();
    for (const entry of baseline.findings)
        known.set(entry.fingerprint, (known.get(entry.fingerprint) ?? 0) + 1);
    return findings.filter((finding) => {
        const left = known.get(finding.fingerprint) ?? 0;
        if (left === 0)
            return true;
        known.set(finding.fingerprint, left - 1);
        return false;
    });
}


/***/ }),

/***/ 8566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ loadConfig),
  k: () => (/* binding */ runCheck)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
var ajv_default = /*#__PURE__*/__webpack_require__.n(ajv);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/config-schema.ts
/** The JSON schema of `.shipshape.yml`; `schema/shipshape.schema.json` is generated from it (`npm run generate`). */
const CONFIG_SCHEMA = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "$id": "https://shipshape.dev/schema/shipshape.schema.json",
    "title": "shipshape configuration (.shipshape.yml)",
    "type": "object",
    "additionalProperties": false,
    "properties": {
        "extends": {
            "description": "The preset to start from.",
            "enum": [
                "recommended",
                "strict"
            ]
        },
        "rules": {
            "description": "Per-rule settings: a severity, `off`, or an object with severity and options.",
            "type": "object",
            "propertyNames": {
                "pattern": "^[a-z0-9-]+/[a-z0-9-]+$"
            },
            "additionalProperties": {
                "oneOf": [
                    {
                        "enum": [
                            "off",
                            "error",
                            "warning",
                            "note"
                        ]
                    },
                    {
                        "type": "object",
                        "additionalProperties": false,
                        "properties": {
                            "severity": {
                                "enum": [
                                    "off",
                                    "error",
                                    "warning",
                                    "note"
                                ]
                            },
                            "options": {
                                "type": "object"
                            }
                        }
                    }
                ]
            }
        },
        "ignore": {
            "description": "Glob patterns of paths not to check, relative to the repository root.",
            "type": "array",
            "items": {
                "type": "string",
                "minLength": 1
            }
        },
        "fail-on": {
            "description": "The lowest severity that makes `check` exit 1.",
            "enum": [
                "error",
                "warning",
                "note",
                "never"
            ]
        },
        "max-file-size": {
            "description": "Files larger than this many bytes are skipped with a notice.",
            "type": "integer",
            "minimum": 1
        },
        "trusted-registries": {
            "description": "Registries whose images may be used (e.g. `ghcr.io/my-org`). Empty: any registry.",
            "type": "array",
            "items": {
                "type": "string",
                "minLength": 1
            }
        },
        "self-hosted-runner-labels": {
            "description": "Labels of your self-hosted runners, so `runs-on` checks know them.",
            "type": "array",
            "items": {
                "type": "string",
                "minLength": 1
            }
        }
    }
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
        if (!Object.prototype.hasOwnProperty.call(TOP_LEVEL, key) || !TOP_LEVEL[key](data[key]))
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

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/config.ts






const CONFIG_FILE_NAMES = ['.shipshape.yml', '.shipshape.yaml'];
const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
function defaultConfig() {
    return {
        preset: 'recommended',
        rules: {},
        ignore: [],
        failOn: 'error',
        maxFileSize: DEFAULT_MAX_FILE_SIZE,
        settings: { trustedRegistries: [], selfHostedRunnerLabels: [] },
    };
}
const Ajv = (ajv_default())["default"] ?? (ajv_default());
let validator;
function configValidator() {
    validator ??= new Ajv({ allErrors: true, strict: false }).compile(CONFIG_SCHEMA);
    return validator;
}
function configSchema() {
    return schema;
}
function parseConfig(text, file, knownRuleIds, optionsSchemaOf) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    if (doc.errors.length > 0) {
        const error = doc.errors[0];
        const line = lineCounter.linePos(error.pos[0]).line;
        throw new errors/* ConfigError */.xL(`invalid YAML: ${error.message.split('\n')[0]}`, file, line);
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 }) ?? {};
    }
    catch (error) {
        throw new errors/* ConfigError */.xL((0,errors/* describeError */.Uc)(error), file);
    }
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
    const config = defaultConfig();
    config.source = file;
    if (raw.extends)
        config.preset = raw.extends;
    if (raw['fail-on'])
        config.failOn = raw['fail-on'];
    if (raw['max-file-size'])
        config.maxFileSize = raw['max-file-size'];
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

// EXTERNAL MODULE: ./src/core/engine.ts + 2 modules
var core_engine = __webpack_require__(6185);
// EXTERNAL MODULE: ./src/core/files.ts
var files = __webpack_require__(9928);
// EXTERNAL MODULE: ./src/domains/classify.ts
var classify = __webpack_require__(1147);
// EXTERNAL MODULE: ./src/domains/dockerfile/index.ts
var dockerfile = __webpack_require__(1492);
// EXTERNAL MODULE: ./src/domains/yaml/document.ts + 1 modules
var yaml_document = __webpack_require__(2276);
;// CONCATENATED MODULE: ./src/domains/github-actions/scalar.ts
const DOUBLE_ESCAPE = /\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[\s\S])?/g;
function offsetMap(text, scalar, value) {
    const range = scalar.range;
    if (!range)
        return () => 0;
    const [start, end] = range;
    const type = scalar.type;
    if (type === 'PLAIN' || type === undefined) {
        // The common case: a one-line plain scalar is its own source.
        if (end - start === value.length && text.startsWith(value, start))
            return (offset) => start + offset;
    }
    let contentStart = start;
    let contentEnd = end;
    let splitter;
    if (type === 'QUOTE_SINGLE' || type === 'QUOTE_DOUBLE') {
        contentStart = start + 1;
        contentEnd = Math.max(contentStart, end - 1);
        splitter = type === 'QUOTE_SINGLE' ? /''/g : DOUBLE_ESCAPE;
    }
    else if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') {
        const newline = text.indexOf('\n', start);
        contentStart = newline < 0 || newline >= end ? end : newline + 1;
    }
    const segments = [];
    let cursor = 0;
    const add = (piece, fileOffset) => {
        if (piece === '')
            return;
        const found = value.indexOf(piece, cursor);
        if (found < 0)
            return;
        segments.push({ v: found, s: fileOffset, len: piece.length });
        cursor = found + piece.length;
    };
    let lineStart = contentStart;
    while (lineStart < contentEnd) {
        let lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0 || lineEnd > contentEnd)
            lineEnd = contentEnd;
        let from = lineStart;
        let to = lineEnd;
        while (from < to && (text.charCodeAt(from) === 32 || text.charCodeAt(from) === 9))
            from++;
        while (to > from && (text.charCodeAt(to - 1) === 32 || text.charCodeAt(to - 1) === 9 || text.charCodeAt(to - 1) === 13))
            to--;
        if (from < to) {
            const line = text.slice(from, to);
            if (splitter) {
                splitter.lastIndex = 0;
                let last = 0;
                for (const match of line.matchAll(splitter)) {
                    add(line.slice(last, match.index), from + last);
                    // `''` stands for one quote: map it to the first of the two.
                    if (match[0] === "''")
                        add("'", from + match.index);
                    last = match.index + match[0].length;
                }
                add(line.slice(last), from + last);
            }
            else {
                add(line, from);
            }
        }
        lineStart = lineEnd + 1;
    }
    if (segments.length === 0)
        return () => start;
    return (offset) => {
        let low = 0;
        let high = segments.length - 1;
        if (offset < segments[0].v)
            return segments[0].s;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (segments[mid].v <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        const segment = segments[low];
        return segment.s + Math.min(offset - segment.v, segment.len);
    };
}

;// CONCATENATED MODULE: ./src/domains/github-actions/context.ts



/** Trims trailing white space and line breaks (block scalars end on the next line) so spans end on the last character. */
function tightSpan(file, start, end) {
    const text = file.text;
    let last = end;
    while (last > start + 1) {
        const code = text.charCodeAt(last - 1);
        if (code === 10 || code === 13 || code === 32 || code === 9)
            last--;
        else
            break;
    }
    return file.spanOf(start, Math.max(last, start + 1));
}
function nodeSpan(file, node) {
    const range = node?.range;
    if (!range)
        return undefined;
    return tightSpan(file, range[0], range[1]);
}
/** The key's name as written: YAML 1.1 documents read `on` as a boolean; its source text is still `on`. */
function keyName(key) {
    if (!(0,dist/* isScalar */.jn)(key))
        return undefined;
    const value = key.value;
    if (typeof value === 'string')
        return value;
    if (typeof value === 'boolean' && key.source)
        return key.source;
    return value === null ? undefined : String(value);
}
/**
 * Shared by every node of one file: the text, the YAML document, and the span/offset helpers. Nodes keep a
 * reference to it so they make Locatables only when a rule reports.
 */
class FileContext {
    file;
    document;
    yaml;
    /** Scalar values by YAML node, so expressions found later attach to the values the model holds. */
    valsByNode = new Map();
    trailing;
    carriageReturn;
    maps = new Map();
    constructor(file, document, yaml) {
        this.file = file;
        this.document = document;
        this.yaml = yaml;
    }
    /** Trailing comments by line, from the lexer's comment pass (made only when a line needs it). */
    get trailingComments() {
        if (!this.trailing) {
            this.trailing = new Map();
            for (const comment of this.yaml.comments)
                if (comment.trailing)
                    this.trailing.set(comment.line, comment.text);
        }
        return this.trailing;
    }
    /** Whether the text has a CR anywhere (looked for once per file, not per `uses:`). */
    get hasCarriageReturn() {
        return (this.carriageReturn ??= this.file.text.includes('\r'));
    }
    /**
     * The trailing comment on the line where `node` ends (the `# v4.1.1` of a `uses:`). A one-line plain or quoted
     * scalar is read from the text after it: white space then `#` starts a comment there, and a line with no `#`
     * after the scalar has none. Anything else (collections, block scalars, other text after the value, CR line
     * breaks) asks the lexer's comment pass, which is then made once for the file.
     */
    trailingCommentAt(node, range) {
        const text = this.file.text;
        const end = range[1];
        if ((0,dist/* isScalar */.jn)(node) && end > range[0] && (node.type === 'PLAIN' || node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && !this.hasCarriageReturn) {
            let eol = text.indexOf('\n', end);
            if (eol < 0)
                eol = text.length;
            const hash = text.indexOf('#', end);
            if (hash < 0 || hash >= eol)
                return undefined;
            let i = end;
            while (i < hash && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9))
                i++;
            if (i === hash && hash > end)
                return text.slice(hash + 1, eol).trim();
        }
        return this.trailingComments.get(this.file.position(Math.max(range[0], end - 1)).line);
    }
    resolve(node) {
        let current = node;
        for (let depth = 0; (0,dist/* isAlias */.Vj)(current) && depth < 32; depth++)
            current = current.resolve(this.document);
        return current ?? null;
    }
    /** A mapping's entries with a name, in document order; none for anything else. */
    entries(node) {
        if (!(0,dist/* isMap */.jh)(node))
            return [];
        const out = [];
        for (const pair of node.items) {
            const name = keyName(pair.key);
            if (name === undefined)
                continue;
            out.push({ name, key: pair.key, value: this.resolve(pair.value) });
        }
        return out;
    }
    /**
     * The entry of a mapping named `name`, or undefined. Equal names (`1` and `'1'`) keep the last, as a Map of the
     * entries would. A scan instead of a Map: the mappings of a workflow are small and most names are looked up once.
     */
    field(node, name) {
        if (!(0,dist/* isMap */.jh)(node))
            return undefined;
        const items = node.items;
        for (let i = items.length - 1; i >= 0; i--) {
            const pair = items[i];
            if (keyName(pair.key) === name)
                return { name, key: pair.key, value: this.resolve(pair.value) };
        }
        return undefined;
    }
    /** The value-to-file offset map of a string scalar, built once and only when a span inside it is needed. */
    offsets(node, value) {
        let map = this.maps.get(node);
        if (!map) {
            map = offsetMap(this.file.text, node, value);
            this.maps.set(node, map);
        }
        return map;
    }
    atValue(val, start, end) {
        const node = val.node;
        if (!(0,dist/* isScalar */.jn)(node) || typeof val.value !== 'string')
            return { span: val.span, path: val.path };
        const map = this.offsets(node, val.value);
        const from = map(start);
        const to = map(Math.max(start, end - 1)) + 1;
        return { span: this.file.spanOf(from, Math.max(to, from + 1)), path: val.path };
    }
    at(base, subPath = [], options = {}) {
        const keyPath = subPath.length === 0 ? base.keyPath : [...base.keyPath, ...subPath];
        const path = (0,yaml_document/* pathString */.hL)(keyPath);
        if (subPath.length === 0)
            return { span: options.key ? base.keySpan : base.span, path };
        let node = base.node;
        let best = base.span;
        for (const [i, segment] of subPath.entries()) {
            if ((0,dist/* isMap */.jh)(node)) {
                const pair = node.items.find((item) => keyName(item.key) === String(segment));
                if (!pair)
                    break;
                const value = this.resolve(pair.value);
                const last = i === subPath.length - 1;
                const chosen = last && options.key ? pair.key : (value ?? pair.key);
                best = nodeSpan(this.file, chosen) ?? best;
                node = value;
            }
            else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number') {
                const item = this.resolve(node.items[segment]);
                if (!item)
                    break;
                best = nodeSpan(this.file, item) ?? best;
                node = item;
            }
            else {
                break;
            }
        }
        return { span: best, path };
    }
}

// EXTERNAL MODULE: ./src/domains/github-actions/expressions/index.ts + 7 modules
var expressions = __webpack_require__(6875);
;// CONCATENATED MODULE: ./src/domains/github-actions/expression.ts


/** One `${{ … }}` (or bare `if:` condition) of a string value; offsets, spans and the parse are worked out on first use. */
class ExpressionImpl {
    context;
    scalar;
    scalarValue;
    text;
    body;
    form;
    valueStart;
    valueBodyStart;
    closed;
    keyPath;
    place;
    entry;
    value;
    whole;
    owner;
    parsed = false;
    cachedAst = undefined;
    cachedError = undefined;
    cachedAccesses = undefined;
    cachedSpan = undefined;
    cachedPath = undefined;
    workflow = undefined;
    action = undefined;
    job = undefined;
    step = undefined;
    constructor(context, 
    /** The scalar holding the expression and its string value, for the value-to-file offset map. */
    scalar, scalarValue, text, body, form, 
    /** Offsets into the value. */
    valueStart, valueBodyStart, closed, keyPath, place, entry, value, whole, owner) {
        this.context = context;
        this.scalar = scalar;
        this.scalarValue = scalarValue;
        this.text = text;
        this.body = body;
        this.form = form;
        this.valueStart = valueStart;
        this.valueBodyStart = valueBodyStart;
        this.closed = closed;
        this.keyPath = keyPath;
        this.place = place;
        this.entry = entry;
        this.value = value;
        this.whole = whole;
        this.owner = owner;
    }
    get path() {
        return (this.cachedPath ??= (0,yaml_document/* pathString */.hL)(this.keyPath));
    }
    map(offset) {
        return this.context.offsets(this.scalar, this.scalarValue)(offset);
    }
    get start() {
        return this.map(this.valueStart);
    }
    get end() {
        return this.map(this.valueStart + this.text.length - 1) + 1;
    }
    get bodyStart() {
        return this.map(this.valueBodyStart);
    }
    get span() {
        return (this.cachedSpan ??= this.context.file.spanOf(this.start, this.end));
    }
    atBody(start, end) {
        const from = this.map(this.valueBodyStart + start);
        const to = this.map(this.valueBodyStart + Math.max(start, end - 1)) + 1;
        return { span: this.context.file.spanOf(from, Math.max(to, from + 1)), path: this.path };
    }
    parse() {
        if (this.parsed)
            return;
        this.parsed = true;
        const { ast, error } = (0,expressions/* parseCached */.SX)(this.body);
        this.cachedAst = ast;
        this.cachedError = error;
    }
    get ast() {
        this.parse();
        return this.cachedAst;
    }
    get error() {
        this.parse();
        return this.cachedError;
    }
    get accesses() {
        if (this.cachedAccesses)
            return this.cachedAccesses;
        const ast = this.ast;
        return (this.cachedAccesses = ast ? (0,expressions/* accessesOf */.Cn)(ast) : []);
    }
}

// EXTERNAL MODULE: ./src/domains/github-actions/offsets.ts
var offsets = __webpack_require__(2895);
;// CONCATENATED MODULE: ./src/domains/github-actions/nodes.ts


/*
 * The model's nodes as classes: every node of a kind has the same fields, set by its constructor and then by the
 * builder, and what rules rarely read (paths, spans, keys as written) is worked out on first use. Fields are
 * `declare`d and assigned in the constructors (class field initializers define properties, which is slow when
 * shared by many kinds), and kinds share NodeBase's members without `extends` (see shareMembers).
 */
class NodeBase {
    constructor(context, keyPath, node, keyNode, segment) {
        initNode(this, context, keyPath, node, keyNode, segment);
    }
    get keyPath() {
        if (this.segment === undefined)
            return this.basePath;
        return (this.cachedKeyPath ??= [...this.basePath, this.segment]);
    }
    /** True when the key path is `keyPath`, compared without building it. */
    hasKeyPath(keyPath) {
        const base = this.basePath;
        const length = this.segment === undefined ? base.length : base.length + 1;
        if (length !== keyPath.length)
            return false;
        for (let i = 0; i < base.length; i++)
            if (base[i] !== keyPath[i])
                return false;
        return this.segment === undefined || this.segment === keyPath[length - 1];
    }
    /** The last segment of the key path, without building it. */
    get lastSegment() {
        return this.segment !== undefined ? this.segment : this.basePath[this.basePath.length - 1];
    }
    get path() {
        return (this.cachedPath ??= (0,yaml_document/* pathString */.hL)(this.keyPath));
    }
    get span() {
        return (this.cachedSpan ??= nodeSpan(this.context.file, this.node) ?? nodeSpan(this.context.file, this.keyNode) ?? this.context.file.lineSpan(1));
    }
    get keySpan() {
        return (this.cachedKeySpan ??= nodeSpan(this.context.file, this.keyNode) ?? this.span);
    }
    at(subPath, options) {
        return this.context.at(this, subPath, options);
    }
}
/**
 * The fields every node kind starts with, in one order (so each kind keeps one shape), without `super()`.
 */
function initNode(target, context, keyPath, node, keyNode, segment) {
    target.context = context;
    target.node = node;
    target.keyNode = keyNode;
    target.basePath = keyPath;
    target.segment = segment;
    target.cachedKeyPath = undefined;
    target.cachedPath = undefined;
    target.cachedSpan = undefined;
    target.cachedKeySpan = undefined;
}
/**
 * Node kinds get NodeBase's (and ValNode's) members by copying them onto their prototypes rather than by `extends`:
 * V8 keeps throwing away optimized code for constructors that call `super()` here (an unstable-map dependency), so
 * the whole model ran unoptimized. Each kind's constructor sets the shared fields itself, in the same order.
 */
function shareMembers(kind, from) {
    const own = Object.getOwnPropertyDescriptors(from.prototype);
    for (const [name, descriptor] of Object.entries(own)) {
        if (name !== 'constructor' && !Object.hasOwn(kind.prototype, name))
            Object.defineProperty(kind.prototype, name, descriptor);
    }
}
/** Every key of a mapping as written, for structure checks. */
function keysOf(owner) {
    const out = new Map();
    for (const entry of owner.context.entries(owner.node))
        out.set(entry.name, new NodeBase(owner.context, [...owner.keyPath, entry.name], entry.value, entry.key));
    return out;
}
/** The expressions of a value without any: shared, since most values hold none. */
const NO_EXPRESSIONS = Object.freeze([]);
class ValNode {
    /** With `segment`, `keyPath` is the parent's path (see NodeBase). */
    constructor(context, keyPath, node, keyNode, value, segment) {
        initNode(this, context, keyPath, node, keyNode, segment);
        this.value = value;
        this.expressions = NO_EXPRESSIONS;
    }
    addExpression(expression) {
        if (this.expressions === NO_EXPRESSIONS)
            this.expressions = [expression];
        else if (!this.expressions.includes(expression))
            this.expressions.push(expression);
    }
}
shareMembers(ValNode, NodeBase);
class ConditionNode {
    constructor(context, keyPath, node, keyNode, value, segment) {
        initNode(this, context, keyPath, node, keyNode, segment);
        this.value = value;
        this.expressions = NO_EXPRESSIONS;
        this.form = 'bare';
    }
}
shareMembers(ConditionNode, ValNode);
class ScopeNode {
    constructor(context, keyPath, node, keyNode, value, segment) {
        initNode(this, context, keyPath, node, keyNode, segment);
        this.value = value;
        this.expressions = NO_EXPRESSIONS;
        this.level = undefined;
    }
}
shareMembers(ScopeNode, ValNode);
class UsesNode {
    constructor(context, keyPath, node, keyNode, value, segment) {
        initNode(this, context, keyPath, node, keyNode, segment);
        this.value = value;
        this.expressions = NO_EXPRESSIONS;
        this.kind = 'invalid';
        this.owner = undefined;
        this.repo = undefined;
        this.subPath = undefined;
        this.slug = undefined;
        this.ref = undefined;
        this.refKind = 'none';
        this.localPath = undefined;
        this.image = undefined;
        this.comment = undefined;
        this.commentVersion = undefined;
        this.dynamic = false;
    }
}
shareMembers(UsesNode, ValNode);
class MappingNode {
    constructor(context, keyPath, node, keyNode) {
        initNode(this, context, keyPath, node, keyNode, undefined);
        this.entries = new Map();
    }
    get(name) {
        return this.entries.get(name);
    }
}
shareMembers(MappingNode, NodeBase);
class InputDefNode {
    constructor(context, keyPath, node, keyNode) {
        initNode(this, context, keyPath, node, keyNode, undefined);
        this.id = '';
        this.description = undefined;
        this.type = undefined;
        this.required = undefined;
        this.default = undefined;
        this.options = [];
        this.deprecationMessage = undefined;
    }
}
shareMembers(InputDefNode, NodeBase);
class OutputDefNode {
    constructor(context, keyPath, node, keyNode) {
        initNode(this, context, keyPath, node, keyNode, undefined);
        this.id = '';
        this.description = undefined;
        this.value = undefined;
    }
}
shareMembers(OutputDefNode, NodeBase);
class SecretDefNode {
    constructor(context, keyPath, node, keyNode) {
        initNode(this, context, keyPath, node, keyNode, undefined);
        this.id = '';
        this.required = undefined;
        this.description = undefined;
    }
}
shareMembers(SecretDefNode, NodeBase);
/** The filters of a trigger without any: shared, since most triggers have none. The builder replaces it to add one. */
const NO_FILTERS = new Map();
class TriggerNode {
    constructor(context, keyPath, node, keyNode) {
        initNode(this, context, keyPath, node, keyNode, undefined);
        this.event = '';
        this.types = [];
        this.filters = NO_FILTERS;
        this.workflows = [];
        this.crons = [];
        this.inputs = undefined;
        this.secrets = undefined;
        this.outputs = undefined;
    }
}
shareMembers(TriggerNode, NodeBase);
class TriggersNode {
    constructor(context, keyPath, node, keyNode) {
        initNode(this, context, keyPath, node, keyNode, undefined);
        this.events = new Map();
    }
    has(event) {
        return this.events.has(event);
    }
    get(event) {
        return this.events.get(event);
    }
}
shareMembers(TriggersNode, NodeBase);
class PermissionsNode {
    constructor(context, keyPath, node, keyNode) {
        initNode(this, context, keyPath, node, keyNode, undefined);
        this.kind = 'invalid';
        this.scopes = new Map();
    }
}
shareMembers(PermissionsNode, NodeBase);
class DefaultsNode {
    constructor(context, keyPath, node, keyNode) {
        initNode(this, context, keyPath, node, keyNode, undefined);
        this.shell = undefined;
        this.workingDirectory = undefined;
    }
}
shareMembers(DefaultsNode, NodeBase);
class CredentialsNode {
    constructor(context, keyPath, node, keyNode) {
        initNode(this, context, keyPath, node, keyNode, undefined);
        this.username = undefined;
        this.password = undefined;
    }
}
shareMembers(CredentialsNode, NodeBase);
class ContainerNode {
    constructor(context, keyPath, node, keyNode) {
        initNode(this, context, keyPath, node, keyNode, undefined);
        this.id = undefined;
        this.image = undefined;
        this.credentials = undefined;
        this.env = undefined;
        this.ports = [];
        this.volumes = [];
        this.options = undefined;
    }
}
shareMembers(ContainerNode, NodeBase);
class EnvironmentNode {
    constructor(context, keyPath, node, keyNode) {
        initNode(this, context, keyPath, node, keyNode, undefined);
        this.name = undefined;
        this.url = undefined;
    }
}
shareMembers(EnvironmentNode, NodeBase);
class StrategyNode {
    constructor(context, keyPath, node, keyNode) {
        initNode(this, context, keyPath, node, keyNode, undefined);
        this.matrix = undefined;
        this.failFast = undefined;
        this.maxParallel = undefined;
    }
}
shareMembers(StrategyNode, NodeBase);
class StepNode {
    constructor(context, keyPath, node, keyNode) {
        initNode(this, context, keyPath, node, keyNode, undefined);
        this.index = 0;
        this.id = undefined;
        this.name = undefined;
        this.uses = undefined;
        this.run = undefined;
        this.shell = undefined;
        this.with = undefined;
        this.env = undefined;
        this.if = undefined;
        this.workingDirectory = undefined;
        this.continueOnError = undefined;
        this.timeoutMinutes = undefined;
        this.job = undefined;
        this.action = undefined;
        this.workflow = undefined;
        this.expressions = [];
        this.cachedKeys = undefined;
    }
    get keys() {
        return (this.cachedKeys ??= keysOf(this));
    }
}
shareMembers(StepNode, NodeBase);
class JobNode {
    constructor(context, keyPath, node, keyNode) {
        initNode(this, context, keyPath, node, keyNode, undefined);
        this.id = '';
        this.name = undefined;
        this.runsOn = undefined;
        this.needs = [];
        this.if = undefined;
        this.permissions = undefined;
        this.environment = undefined;
        this.concurrency = undefined;
        this.timeoutMinutes = undefined;
        this.continueOnError = undefined;
        this.container = undefined;
        this.services = [];
        this.strategy = undefined;
        this.outputs = undefined;
        this.env = undefined;
        this.defaults = undefined;
        this.steps = [];
        this.uses = undefined;
        this.with = undefined;
        this.secrets = undefined;
        this.expressions = [];
        this.cachedKeys = undefined;
    }
    get keys() {
        return (this.cachedKeys ??= keysOf(this));
    }
}
shareMembers(JobNode, NodeBase);
class WorkflowNode {
    constructor(context, keyPath, node, keyNode) {
        initNode(this, context, keyPath, node, keyNode, undefined);
        this.kind = 'workflow';
        this.name = undefined;
        this.runName = undefined;
        this.on = undefined;
        this.permissions = undefined;
        this.env = undefined;
        this.defaults = undefined;
        this.concurrency = undefined;
        this.jobs = [];
        this.jobsNode = undefined;
        this.expressions = [];
        this.allExpressions = [];
        this.cachedKeys = undefined;
    }
    get keys() {
        return (this.cachedKeys ??= keysOf(this));
    }
}
shareMembers(WorkflowNode, NodeBase);
class ActionNode {
    constructor(context, keyPath, node, keyNode) {
        initNode(this, context, keyPath, node, keyNode, undefined);
        this.kind = 'action';
        this.name = undefined;
        this.description = undefined;
        this.inputs = undefined;
        this.outputs = undefined;
        this.runs = undefined;
        this.using = undefined;
        this.usingKind = 'unknown';
        this.main = undefined;
        this.pre = undefined;
        this.post = undefined;
        this.image = undefined;
        this.steps = [];
        this.expressions = [];
        this.allExpressions = [];
        this.cachedKeys = undefined;
    }
    get keys() {
        return (this.cachedKeys ??= keysOf(this));
    }
}
shareMembers(ActionNode, NodeBase);

;// CONCATENATED MODULE: ./src/domains/github-actions/parse.ts







const NODE_USING = /^node\d+$/i;
const SHA = /^[0-9a-f]{40}$/i;
const SHORT_SHA = /^[0-9a-f]{7,39}$/i;
const VERSION_TAG = /^v?\d+(?:\.\d+)*(?:[-+][\w.-]+)?$/i;
const COMMENT_VERSION = /(?:^|[\s=@:])(v?\d+(?:\.\d+){0,3}(?:-[\w.]+)?)(?=$|[\s,;)])/i;
const REPOSITORY_USES = /^([^/@\s]+)\/([^/@\s]+)(\/[^@\s]*)?@(.*)$/;
const BARE_REPOSITORY = /^([^/@\s]+)\/([^/@\s]+)(\/[^@\s]*)?$/;
const ENTRY_PLACES = new Set(['with', 'env', 'outputs', 'secrets', 'inputs', 'services', 'args']);
const FILTER_NAMES = ['branches', 'branches-ignore', 'tags', 'tags-ignore', 'paths', 'paths-ignore'];
function refKindOf(ref) {
    if (ref === undefined || ref === '')
        return 'none';
    if (SHA.test(ref))
        return 'sha';
    if (VERSION_TAG.test(ref))
        return 'tag';
    if (SHORT_SHA.test(ref) && /\d/.test(ref))
        return 'short-sha';
    return 'branch';
}
/** The JS value of a Val: a scalar's value, null for an empty value, undefined for a collection. */
function parse_valueOf(node) {
    return (0,dist/* isScalar */.jn)(node) ? node.value : node === null ? null : undefined;
}
/** The string of a Str: a scalar's value as a string, '' for an empty value or a collection. */
function stringOf(node) {
    return (0,dist/* isScalar */.jn)(node) ? (node.value === null ? '' : String(node.value)) : '';
}
/**
 * Offsets where an expression may start, for collectExpressions to skip collections without one: `${{`, `if`
 * (a bare condition's key), a backslash (an escape or line continuation may spell either) and `*` (an alias leads
 * elsewhere in the file).
 */
function siteMarkers(text) {
    const found = (0,offsets/* offsetsOf */.wM)(text, '${{', []);
    (0,offsets/* offsetsOf */.wM)(text, 'if', found);
    (0,offsets/* offsetsOf */.wM)(text, '\\', found);
    (0,offsets/* offsetsOf */.wM)(text, '*', found);
    return found.sort((a, b) => a - b);
}
class Builder {
    file;
    document;
    context;
    expressions = [];
    constructor(file, document, yaml) {
        this.file = file;
        this.document = document;
        this.context = new FileContext(file, document, yaml);
    }
    base(keyPath, node, key) {
        return new NodeBase(this.context, keyPath, this.context.resolve(node), key);
    }
    /** A Val at `keyPath`, or at `keyPath` + `segment` (the path is then copied only when something asks for it). */
    val(keyPath, node, key, segment) {
        const resolved = this.context.resolve(node);
        return this.remember(new ValNode(this.context, keyPath, resolved, key, parse_valueOf(resolved), segment));
    }
    /** A Str at `keyPath`, or at `keyPath` + `segment` (see val). */
    str(keyPath, node, key, segment) {
        const resolved = this.context.resolve(node);
        return this.remember(new ValNode(this.context, keyPath, resolved, key, stringOf(resolved), segment));
    }
    /** Values that may hold expressions are indexed by YAML node, for collectExpressions to attach them. */
    remember(val) {
        const node = val.node;
        if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string' || (!node.value.includes('${{') && val.lastSegment !== 'if'))
            return val;
        const list = this.context.valsByNode.get(node);
        if (list)
            list.push(val);
        else
            this.context.valsByNode.set(node, [val]);
        return val;
    }
    /** The named child of a mapping as a Str, when the key is present. */
    fieldStr(keyPath, node, name) {
        const entry = this.context.field(node, name);
        return entry && this.str(keyPath, entry.value, entry.key, name);
    }
    /** The named child of a mapping as a Val, when the key is present. */
    fieldVal(keyPath, node, name) {
        const entry = this.context.field(node, name);
        return entry && this.val(keyPath, entry.value, entry.key, name);
    }
    list(keyPath, node) {
        if ((0,dist/* isSeq */.oP)(node))
            return node.items.map((item, index) => this.str(keyPath, item, null, index));
        if ((0,dist/* isScalar */.jn)(node) && node.value !== null)
            return [this.str(keyPath, node, null)];
        return [];
    }
    mapping(keyPath, entry, item) {
        if (!entry)
            return undefined;
        const mapping = new MappingNode(this.context, keyPath, this.context.resolve(entry.value), entry.key);
        if (item) {
            for (const child of this.context.entries(mapping.node))
                mapping.entries.set(child.name, item([...keyPath, child.name], child));
        }
        else if ((0,dist/* isMap */.jh)(mapping.node)) {
            // Plain values (env, with, outputs): straight from the pairs, without an Entry each.
            for (const pair of mapping.node.items) {
                const name = keyName(pair.key);
                if (name !== undefined)
                    mapping.entries.set(name, this.val(keyPath, pair.value, pair.key, name));
            }
        }
        return mapping;
    }
    /** The `if:` at `parentPath` + `if`. */
    condition(parentPath, entry) {
        if (!entry)
            return undefined;
        const resolved = this.context.resolve(entry.value);
        const condition = this.remember(new ConditionNode(this.context, parentPath, resolved, entry.key, stringOf(resolved), 'if'));
        const value = condition.value;
        if (value.includes('${{')) {
            const found = (0,expressions/* scanEmbedded */.Kl)(value);
            condition.form = found.length === 1 && found[0].start === 0 && found[0].end === value.length && found[0].closed ? 'wrapped' : 'template';
        }
        return condition;
    }
    permissions(keyPath, entry) {
        if (!entry)
            return undefined;
        const permissions = new PermissionsNode(this.context, keyPath, this.context.resolve(entry.value), entry.key);
        const node = permissions.node;
        if ((0,dist/* isScalar */.jn)(node) && (node.value === 'read-all' || node.value === 'write-all'))
            permissions.kind = node.value;
        else if ((0,dist/* isMap */.jh)(node)) {
            permissions.kind = 'map';
            for (const child of this.context.entries(node)) {
                const scope = this.remember(new ScopeNode(this.context, keyPath, child.value, child.key, stringOf(child.value), child.name));
                const value = scope.value;
                scope.level = value === 'read' || value === 'write' || value === 'none' ? value : undefined;
                permissions.scopes.set(child.name, scope);
            }
        }
        return permissions;
    }
    defaults(keyPath, entry) {
        if (!entry)
            return undefined;
        const defaults = new DefaultsNode(this.context, keyPath, this.context.resolve(entry.value), entry.key);
        const run = this.context.field(defaults.node, 'run')?.value ?? null;
        const runPath = [...keyPath, 'run'];
        defaults.shell = this.fieldStr(runPath, run, 'shell');
        defaults.workingDirectory = this.fieldStr(runPath, run, 'working-directory');
        return defaults;
    }
    container(keyPath, entry, id) {
        const container = new ContainerNode(this.context, keyPath, this.context.resolve(entry.value), entry.key);
        container.id = id;
        const node = container.node;
        if ((0,dist/* isScalar */.jn)(node)) {
            container.image = this.str(keyPath, node, entry.key);
            return container;
        }
        const credentialsEntry = this.context.field(node, 'credentials');
        if (credentialsEntry) {
            const credentialsPath = [...keyPath, 'credentials'];
            const credentials = new CredentialsNode(this.context, credentialsPath, credentialsEntry.value, credentialsEntry.key);
            credentials.username = this.fieldVal(credentialsPath, credentialsEntry.value, 'username');
            credentials.password = this.fieldVal(credentialsPath, credentialsEntry.value, 'password');
            container.credentials = credentials;
        }
        container.image = this.fieldStr(keyPath, node, 'image');
        container.env = this.mapping([...keyPath, 'env'], this.context.field(node, 'env'));
        container.ports = this.seqVals(keyPath, node, 'ports');
        container.volumes = this.seqVals(keyPath, node, 'volumes');
        container.options = this.fieldStr(keyPath, node, 'options');
        return container;
    }
    /** The items of a list entry as Vals; none when the entry is missing or not a list. */
    seqVals(keyPath, node, name) {
        const value = this.context.field(node, name)?.value ?? null;
        return (0,dist/* isSeq */.oP)(value) ? value.items.map((item, index) => this.val([...keyPath, name, index], item, null)) : [];
    }
    /** The `uses:` at `parentPath` + `uses`. */
    uses(parentPath, entry) {
        if (!entry)
            return undefined;
        const resolved = this.context.resolve(entry.value);
        const uses = this.remember(new UsesNode(this.context, parentPath, resolved, entry.key, stringOf(resolved), 'uses'));
        const raw = uses.value.trim();
        uses.dynamic = raw.includes('${{');
        if (raw.startsWith('docker://')) {
            uses.kind = 'docker';
            uses.image = raw.slice('docker://'.length);
        }
        else if (raw.startsWith('./') || raw.startsWith('../') || raw === '.') {
            uses.kind = 'local';
            uses.localPath = raw;
        }
        else {
            const match = REPOSITORY_USES.exec(raw);
            if (match) {
                uses.kind = 'repository';
                uses.owner = match[1];
                uses.repo = match[2];
                uses.subPath = match[3] ? match[3].slice(1) : undefined;
                uses.slug = `${match[1]}/${match[2]}`.toLowerCase();
                uses.ref = match[4];
                uses.refKind = refKindOf(match[4]);
            }
            else {
                const bare = BARE_REPOSITORY.exec(raw);
                if (bare) {
                    uses.owner = bare[1];
                    uses.repo = bare[2];
                    uses.subPath = bare[3] ? bare[3].slice(1) : undefined;
                    uses.slug = `${bare[1]}/${bare[2]}`.toLowerCase();
                }
            }
        }
        const range = resolved?.range;
        if (range) {
            const comment = this.context.trailingCommentAt(resolved, range);
            if (comment !== undefined) {
                uses.comment = comment;
                uses.commentVersion = COMMENT_VERSION.exec(comment)?.[1];
            }
        }
        return uses;
    }
    step(keyPath, index, item, job, action, workflow) {
        const step = new StepNode(this.context, keyPath, this.context.resolve(item), null);
        const node = step.node;
        // One pass over the step's keys (the last of equal names wins, as a lookup by name would find).
        let id, name, uses, run, shell;
        let withField, env, condition, workingDirectory;
        let continueOnError, timeoutMinutes;
        if ((0,dist/* isMap */.jh)(node)) {
            for (const pair of node.items) {
                switch (keyName(pair.key)) {
                    case 'id':
                        id = pair;
                        break;
                    case 'name':
                        name = pair;
                        break;
                    case 'uses':
                        uses = pair;
                        break;
                    case 'run':
                        run = pair;
                        break;
                    case 'shell':
                        shell = pair;
                        break;
                    case 'with':
                        withField = pair;
                        break;
                    case 'env':
                        env = pair;
                        break;
                    case 'if':
                        condition = pair;
                        break;
                    case 'working-directory':
                        workingDirectory = pair;
                        break;
                    case 'continue-on-error':
                        continueOnError = pair;
                        break;
                    case 'timeout-minutes':
                        timeoutMinutes = pair;
                        break;
                    default: break;
                }
            }
        }
        step.index = index;
        step.id = id && this.str(keyPath, id.value, id.key, 'id');
        step.name = name && this.str(keyPath, name.value, name.key, 'name');
        step.uses = this.uses(keyPath, uses);
        step.run = run && this.str(keyPath, run.value, run.key, 'run');
        step.shell = shell && this.str(keyPath, shell.value, shell.key, 'shell');
        step.with = this.mapping([...keyPath, 'with'], withField);
        step.env = this.mapping([...keyPath, 'env'], env);
        step.if = this.condition(keyPath, condition);
        step.workingDirectory = workingDirectory && this.str(keyPath, workingDirectory.value, workingDirectory.key, 'working-directory');
        step.continueOnError = continueOnError && this.val(keyPath, continueOnError.value, continueOnError.key, 'continue-on-error');
        step.timeoutMinutes = timeoutMinutes && this.val(keyPath, timeoutMinutes.value, timeoutMinutes.key, 'timeout-minutes');
        step.job = job;
        step.action = action;
        step.workflow = workflow;
        return step;
    }
    steps(keyPath, entry, into, job, action, workflow) {
        const node = this.context.resolve(entry?.value);
        if (!(0,dist/* isSeq */.oP)(node))
            return;
        const items = node.items;
        for (let index = 0; index < items.length; index++)
            into.push(this.step([...keyPath, index], index, items[index], job, action, workflow));
    }
    inputs(keyPath, entry) {
        return this.mapping(keyPath, entry, (path, child) => {
            const input = new InputDefNode(this.context, path, child.value, child.key);
            const node = child.value;
            input.id = child.name;
            input.description = this.fieldStr(path, node, 'description');
            input.type = this.fieldStr(path, node, 'type');
            input.required = this.fieldVal(path, node, 'required');
            input.default = this.fieldVal(path, node, 'default');
            input.options = this.seqVals(path, node, 'options');
            input.deprecationMessage = this.fieldStr(path, node, 'deprecationMessage');
            return input;
        });
    }
    outputs(keyPath, entry) {
        return this.mapping(keyPath, entry, (path, child) => {
            const output = new OutputDefNode(this.context, path, child.value, child.key);
            output.id = child.name;
            output.description = this.fieldStr(path, child.value, 'description');
            output.value = this.fieldVal(path, child.value, 'value');
            return output;
        });
    }
    trigger(keyPath, event, node, key) {
        const trigger = new TriggerNode(this.context, keyPath, this.context.resolve(node), key);
        const fields = trigger.node;
        trigger.event = event;
        let filters;
        for (const name of FILTER_NAMES) {
            const entry = this.context.field(fields, name);
            if (entry)
                (filters ??= new Map()).set(name, this.list([...keyPath, name], entry.value));
        }
        if (filters)
            trigger.filters = filters;
        if (event === 'schedule' && (0,dist/* isSeq */.oP)(fields)) {
            fields.items.forEach((item, index) => {
                const cron = this.context.field(this.context.resolve(item), 'cron');
                if (cron)
                    trigger.crons.push(this.str([...keyPath, index, 'cron'], cron.value, cron.key));
            });
        }
        trigger.secrets = this.mapping([...keyPath, 'secrets'], this.context.field(fields, 'secrets'), (path, child) => {
            const secret = new SecretDefNode(this.context, path, child.value, child.key);
            secret.id = child.name;
            secret.required = this.fieldVal(path, child.value, 'required');
            secret.description = this.fieldStr(path, child.value, 'description');
            return secret;
        });
        const types = this.context.field(fields, 'types');
        if (types)
            trigger.types = this.list([...keyPath, 'types'], types.value);
        const workflows = this.context.field(fields, 'workflows');
        if (workflows)
            trigger.workflows = this.list([...keyPath, 'workflows'], workflows.value);
        trigger.inputs = this.inputs([...keyPath, 'inputs'], this.context.field(fields, 'inputs'));
        trigger.outputs = this.outputs([...keyPath, 'outputs'], this.context.field(fields, 'outputs'));
        return trigger;
    }
    triggers(entry) {
        if (!entry)
            return undefined;
        const triggers = new TriggersNode(this.context, ['on'], this.context.resolve(entry.value), entry.key);
        const { events } = triggers;
        const node = triggers.node;
        if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string') {
            events.set(node.value, this.trigger(['on'], node.value, node, entry.key));
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            node.items.forEach((item, index) => {
                const resolved = this.context.resolve(item);
                if ((0,dist/* isScalar */.jn)(resolved) && typeof resolved.value === 'string')
                    events.set(resolved.value, this.trigger(['on', index], resolved.value, resolved, null));
            });
        }
        else {
            for (const child of this.context.entries(node))
                events.set(child.name, this.trigger(['on', child.name], child.name, child.value, child.key));
        }
        return triggers;
    }
    job(id, entry, workflow) {
        const keyPath = ['jobs', id];
        const job = new JobNode(this.context, keyPath, this.context.resolve(entry.value), entry.key);
        const node = job.node;
        // One pass over the job's keys (the last of equal names wins, as a lookup by name would find).
        let environmentField, strategyField, needs, services;
        let secrets, container, name, runsOn, condition;
        let permissions, concurrency, timeoutMinutes, continueOnError;
        let outputs, env, defaults, uses, withField;
        let steps;
        if ((0,dist/* isMap */.jh)(node)) {
            for (const pair of node.items) {
                switch (keyName(pair.key)) {
                    case 'environment':
                        environmentField = pair;
                        break;
                    case 'strategy':
                        strategyField = pair;
                        break;
                    case 'needs':
                        needs = pair;
                        break;
                    case 'services':
                        services = pair;
                        break;
                    case 'secrets':
                        secrets = pair;
                        break;
                    case 'container':
                        container = pair;
                        break;
                    case 'name':
                        name = pair;
                        break;
                    case 'runs-on':
                        runsOn = pair;
                        break;
                    case 'if':
                        condition = pair;
                        break;
                    case 'permissions':
                        permissions = pair;
                        break;
                    case 'concurrency':
                        concurrency = pair;
                        break;
                    case 'timeout-minutes':
                        timeoutMinutes = pair;
                        break;
                    case 'continue-on-error':
                        continueOnError = pair;
                        break;
                    case 'outputs':
                        outputs = pair;
                        break;
                    case 'env':
                        env = pair;
                        break;
                    case 'defaults':
                        defaults = pair;
                        break;
                    case 'uses':
                        uses = pair;
                        break;
                    case 'with':
                        withField = pair;
                        break;
                    case 'steps':
                        steps = pair;
                        break;
                    default: break;
                }
            }
        }
        job.id = id;
        if (environmentField) {
            const path = [...keyPath, 'environment'];
            const environment = new EnvironmentNode(this.context, path, this.context.resolve(environmentField.value), environmentField.key);
            const envNode = environment.node;
            environment.name = (0,dist/* isMap */.jh)(envNode) ? this.fieldStr(path, envNode, 'name') : this.str(path, envNode, environmentField.key);
            environment.url = this.fieldStr(path, envNode, 'url');
            job.environment = environment;
        }
        if (strategyField) {
            const path = [...keyPath, 'strategy'];
            const strategyNode = this.context.resolve(strategyField.value);
            const matrix = this.context.field(strategyNode, 'matrix');
            const strategy = new StrategyNode(this.context, path, strategyNode, strategyField.key);
            strategy.matrix = matrix ? this.base([...path, 'matrix'], matrix.value, matrix.key) : undefined;
            strategy.failFast = this.fieldVal(path, strategyNode, 'fail-fast');
            strategy.maxParallel = this.fieldVal(path, strategyNode, 'max-parallel');
            job.strategy = strategy;
        }
        job.name = name && this.str(keyPath, name.value, name.key, 'name');
        job.runsOn = runsOn && this.val(keyPath, runsOn.value, runsOn.key, 'runs-on');
        if (needs)
            job.needs = this.list([...keyPath, 'needs'], this.context.resolve(needs.value));
        job.if = this.condition(keyPath, condition);
        job.permissions = this.permissions([...keyPath, 'permissions'], permissions);
        job.concurrency = concurrency && this.val(keyPath, concurrency.value, concurrency.key, 'concurrency');
        job.timeoutMinutes = timeoutMinutes && this.val(keyPath, timeoutMinutes.value, timeoutMinutes.key, 'timeout-minutes');
        job.continueOnError = continueOnError && this.val(keyPath, continueOnError.value, continueOnError.key, 'continue-on-error');
        if (container)
            job.container = this.container([...keyPath, 'container'], container, undefined);
        if (services)
            job.services = this.context.entries(this.context.resolve(services.value)).map((child) => this.container([...keyPath, 'services', child.name], child, child.name));
        job.outputs = this.mapping([...keyPath, 'outputs'], outputs);
        job.env = this.mapping([...keyPath, 'env'], env);
        job.defaults = this.defaults([...keyPath, 'defaults'], defaults);
        job.uses = this.uses(keyPath, uses);
        job.with = this.mapping([...keyPath, 'with'], withField);
        if (secrets) {
            job.secrets = (0,dist/* isMap */.jh)(this.context.resolve(secrets.value))
                ? this.mapping([...keyPath, 'secrets'], secrets)
                : this.val(keyPath, secrets.value, secrets.key, 'secrets');
        }
        job.workflow = workflow;
        this.steps([...keyPath, 'steps'], steps, job.steps, job, undefined, workflow);
        return job;
    }
    workflow() {
        const root = this.context.resolve(this.document.contents);
        const workflow = new WorkflowNode(this.context, [], root, null);
        const jobsEntry = this.context.field(root, 'jobs');
        workflow.file = this.file;
        workflow.name = this.fieldStr([], root, 'name');
        workflow.runName = this.fieldStr([], root, 'run-name');
        workflow.on = this.triggers(this.context.field(root, 'on'));
        workflow.permissions = this.permissions(['permissions'], this.context.field(root, 'permissions'));
        workflow.env = this.mapping(['env'], this.context.field(root, 'env'));
        workflow.defaults = this.defaults(['defaults'], this.context.field(root, 'defaults'));
        workflow.concurrency = this.fieldVal([], root, 'concurrency');
        workflow.jobsNode = jobsEntry ? this.base(['jobs'], jobsEntry.value, jobsEntry.key) : undefined;
        workflow.allExpressions = this.expressions;
        for (const child of this.context.entries(jobsEntry?.value ?? null))
            workflow.jobs.push(this.job(child.name, child, workflow));
        this.collectExpressions(root, workflow);
        return workflow;
    }
    action() {
        const root = this.context.resolve(this.document.contents);
        const action = new ActionNode(this.context, [], root, null);
        const runsEntry = this.context.field(root, 'runs');
        const runs = runsEntry ? this.base(['runs'], runsEntry.value, runsEntry.key) : undefined;
        const runsNode = runs?.node ?? null;
        const using = this.fieldStr(['runs'], runsNode, 'using');
        const usingValue = using?.value.toLowerCase() ?? '';
        action.file = this.file;
        action.name = this.fieldStr([], root, 'name');
        action.description = this.fieldStr([], root, 'description');
        action.inputs = this.inputs(['inputs'], this.context.field(root, 'inputs'));
        action.outputs = this.outputs(['outputs'], this.context.field(root, 'outputs'));
        action.runs = runs;
        action.using = using;
        action.usingKind = usingValue === 'composite' ? 'composite' : usingValue === 'docker' ? 'docker' : NODE_USING.test(usingValue) ? 'node' : 'unknown';
        action.main = this.fieldStr(['runs'], runsNode, 'main');
        action.pre = this.fieldStr(['runs'], runsNode, 'pre');
        action.post = this.fieldStr(['runs'], runsNode, 'post');
        action.image = this.fieldStr(['runs'], runsNode, 'image');
        action.allExpressions = this.expressions;
        this.steps(['runs', 'steps'], this.context.field(runsNode, 'steps'), action.steps, undefined, action, undefined);
        this.collectExpressions(root, action);
        return action;
    }
    /** One pass over every scalar of the document: every `${{ … }}`, and `if:` conditions without them. */
    collectExpressions(root, model) {
        const jobs = model.kind === 'workflow' ? new Map(model.jobs.map((job) => [job.id, job])) : undefined;
        // One shared path stack: a key path is copied only for the few scalars that hold an expression.
        this.visitScalars(root, 0, { stack: [], markers: siteMarkers(this.file.text), model, jobs });
    }
    visitScalars(node, depth, pass) {
        const resolved = this.context.resolve(node);
        if (!resolved || depth > 64)
            return;
        const { stack } = pass;
        if ((0,dist/* isMap */.jh)(resolved)) {
            if (!(0,offsets/* rangeHolds */.gd)(pass.markers, resolved.range))
                return;
            for (const pair of resolved.items) {
                const name = keyName(pair.key);
                if (name === undefined)
                    continue;
                stack.push(name);
                this.visitScalars(pair.value, depth + 1, pass);
                stack.pop();
            }
        }
        else if ((0,dist/* isSeq */.oP)(resolved)) {
            if (!(0,offsets/* rangeHolds */.gd)(pass.markers, resolved.range))
                return;
            const items = resolved.items;
            for (let index = 0; index < items.length; index++) {
                stack.push(index);
                this.visitScalars(items[index], depth + 1, pass);
                stack.pop();
            }
        }
        else if ((0,dist/* isScalar */.jn)(resolved) && typeof resolved.value === 'string') {
            const value = resolved.value;
            const embedded = value.includes('${{');
            const isCondition = !embedded && stack[stack.length - 1] === 'if' && value.trim() !== '' && this.isConditionPath(stack, pass.model.kind);
            if (embedded || isCondition)
                this.addExpressions(resolved, value, stack.slice(), pass.model, pass.jobs, embedded);
        }
    }
    isConditionPath(keyPath, kind) {
        if (kind === 'workflow') {
            return keyPath[0] === 'jobs' && (keyPath.length === 3 || (keyPath.length === 5 && keyPath[2] === 'steps' && typeof keyPath[3] === 'number'));
        }
        return keyPath.length === 4 && keyPath[0] === 'runs' && keyPath[1] === 'steps' && typeof keyPath[2] === 'number';
    }
    addExpressions(scalar, value, keyPath, model, jobs, embedded) {
        let job;
        let step;
        let owner = model.kind;
        let placeIndex = 0;
        if (model.kind === 'workflow' && keyPath[0] === 'jobs' && keyPath.length > 2) {
            job = jobs?.get(String(keyPath[1]));
            owner = 'job';
            placeIndex = 2;
            if (keyPath[2] === 'steps' && typeof keyPath[3] === 'number' && keyPath.length > 4) {
                step = job?.steps[keyPath[3]];
                owner = 'step';
                placeIndex = 4;
            }
        }
        else if (model.kind === 'action' && keyPath[0] === 'runs') {
            placeIndex = 1;
            if (keyPath[1] === 'steps' && typeof keyPath[2] === 'number' && keyPath.length > 3) {
                step = model.steps[keyPath[2]];
                owner = 'step';
                placeIndex = 3;
            }
        }
        const place = String(keyPath[placeIndex] ?? '');
        const entry = ENTRY_PLACES.has(place) && keyPath.length > placeIndex + 1 ? String(keyPath[placeIndex + 1]) : undefined;
        const vals = this.context.valsByNode.get(scalar)?.filter((val) => val.hasKeyPath(keyPath));
        const holders = vals && vals.length > 0 ? vals : [this.str(keyPath, scalar, null)];
        const holder = holders[0];
        const found = [];
        if (embedded) {
            const occurrences = (0,expressions/* scanEmbedded */.Kl)(value);
            for (const occurrence of occurrences) {
                const whole = occurrences.length === 1 && occurrence.start === 0 && occurrence.end === value.length;
                found.push(new ExpressionImpl(this.context, scalar, value, value.slice(occurrence.start, occurrence.end), occurrence.body, 'embedded', occurrence.start, occurrence.bodyStart, occurrence.closed, keyPath, place, entry, holder, whole, owner));
            }
        }
        else {
            found.push(new ExpressionImpl(this.context, scalar, value, value, value, 'bare', 0, 0, true, keyPath, place, entry, holder, true, owner));
        }
        for (const expression of found) {
            expression.step = step;
            expression.job = job ?? step?.job;
            if (model.kind === 'workflow')
                expression.workflow = model;
            else
                expression.action = model;
            this.expressions.push(expression);
            for (const val of holders)
                val.addExpression(expression);
            if (step)
                step.expressions.push(expression);
            else if (job)
                job.expressions.push(expression);
            else
                model.expressions.push(expression);
        }
    }
}
const ACTION_FILE = /(^|\/)action\.ya?ml$/i;
/** Parses a workflow or an action's metadata (by file name, or by its keys when the name says neither). */
function parseGitHubActions(file) {
    const yaml = (0,yaml_document/* parseYaml */.hN)(file);
    // Comments come from a second lexer pass: made only when the engine asks (for suppressions) or a `uses:` needs it.
    const withComments = (result) => Object.defineProperty(result, 'comments', { enumerable: true, get: () => yaml.comments });
    if (yaml.problems.length > 0)
        return withComments({ ok: false, problems: yaml.problems });
    const problems = [];
    if (yaml.documents.length > 1) {
        const second = yaml.documents[1];
        const start = second.range?.[0] ?? 0;
        problems.push({ message: 'more than one YAML document in the file: GitHub reads only one', at: { span: file.spanOf(start, start + 1), path: 'doc[1]' } });
    }
    const document = yaml.documents[0];
    const root = document?.contents ?? null;
    if (!document || root === null || ((0,dist/* isScalar */.jn)(root) && root.value === null)) {
        problems.push({ message: 'the file is empty', at: { span: file.lineSpan(1), path: '$' } });
    }
    else if (!(0,dist/* isMap */.jh)(root)) {
        problems.push({ message: 'the top level must be a mapping of keys', at: { span: nodeSpan(file, root) ?? file.lineSpan(1), path: '$' } });
    }
    if (problems.length > 0 || !document)
        return withComments({ ok: false, problems });
    const builder = new Builder(file, document, yaml);
    const isAction = ACTION_FILE.test(file.path) || (!WORKFLOW_PATH.test(file.path) && isActionContent(root));
    return withComments({ ok: true, model: isAction ? builder.action() : builder.workflow() });
}
const WORKFLOW_PATH = /(^|\/)\.github\/workflows\//;
function isActionContent(root) {
    let runs = false;
    let jobs = false;
    for (const pair of root.items) {
        const name = keyName(pair.key);
        if (name === 'runs')
            runs = true;
        if (name === 'jobs')
            jobs = true;
    }
    return runs && !jobs;
}

;// CONCATENATED MODULE: ./src/domains/github-actions/index.ts


/**
 * The github-actions domain: `.github/workflows/*.yml` become a `Workflow`, `action.yml` an `Action` (see model.ts).
 * Every model node is a Locatable (value span + logical path such as `jobs.build.steps[2].uses`) with `at(subPath,
 * { key })` for spans below it; string values carry their `${{ }}` occurrences. A rule reads the model, never the
 * YAML text:
 *
 *   step(step: Step) {
 *     if (step.uses?.refKind === 'branch') context.report({ at: step.uses, messageId: 'branch' });
 *   },
 *   expression(expression: Expression) {
 *     for (const access of expression.accesses) … expression.atBody(access.start, access.end) …
 *   },
 *
 * Hooks, in document order: `workflow` (or `action`), then the expressions outside jobs; for each job `job`, the
 * job's own expressions, then for each step `step` followed by that step's expressions (`expression` hook);
 * composite action steps the same way; then `exit` with the model.
 */
const githubActionsDomain = {
    id: 'github-actions',
    parse: parseGitHubActions,
    walk(model, emit) {
        if (model.kind === 'workflow') {
            emit('workflow', model);
            for (const expression of model.expressions)
                emit('expression', expression);
            for (const job of model.jobs) {
                emit('job', job);
                for (const expression of job.expressions)
                    emit('expression', expression);
                for (const step of job.steps) {
                    emit('step', step);
                    for (const expression of step.expressions)
                        emit('expression', expression);
                }
            }
        }
        else {
            emit('action', model);
            for (const expression of model.expressions)
                emit('expression', expression);
            for (const step of model.steps) {
                emit('step', step);
                for (const expression of step.expressions)
                    emit('expression', expression);
            }
        }
        emit('exit', model);
    },
};

// EXTERNAL MODULE: ./src/domains/gitlab-ci/index.ts
var gitlab_ci = __webpack_require__(2908);
;// CONCATENATED MODULE: ./src/domains/index.ts



/** Every domain the engine can check. A file classified into a domain missing here is not checked. */
const DOMAINS = [dockerfile/* dockerfileDomain */.n, githubActionsDomain, gitlab_ci/* gitlabCiDomain */.Oj];

// EXTERNAL MODULE: ./src/rules/index.ts + 155 modules
var rules = __webpack_require__(2018);
// EXTERNAL MODULE: ./src/runner/baseline.ts
var baseline = __webpack_require__(5167);
;// CONCATENATED MODULE: ./src/runner/check.ts









function loadConfig(root, configPath, registry) {
    const optionsSchemaOf = (id) => registry.byId.get(id)?.meta.optionsSchema;
    if (configPath)
        return loadConfigFile((0,external_node_path_.resolve)(root, configPath), registry.ids, optionsSchemaOf);
    for (const name of CONFIG_FILE_NAMES) {
        const candidate = (0,external_node_path_.resolve)(root, name);
        if ((0,external_node_fs_.existsSync)(candidate))
            return loadConfigFile(candidate, registry.ids, optionsSchemaOf);
    }
    return defaultConfig();
}
function runCheck(options) {
    const registry = options.registry ?? (0,rules/* defaultRegistry */.V)();
    const config = options.config ?? loadConfig(options.root, options.configPath, registry);
    const notices = [];
    const root = options.root;
    const paths = (0,files/* listFiles */.CS)(root, options.paths?.length ? options.paths : ['.'], config.ignore, notices);
    // Cross-file rules ask for the same few files (a .dockerignore, a workflow's local action) again and again:
    // read each once per run, within the size limit.
    const others = new Map();
    const engine = new core_engine/* Engine */.N$({
        registry,
        domains: DOMAINS,
        config,
        readFile: (path) => {
            if (others.has(path))
                return others.get(path);
            let text;
            try {
                const absolute = (0,external_node_path_.resolve)(root, path);
                const stats = (0,external_node_fs_.statSync)(absolute, { throwIfNoEntry: false });
                text = stats?.isFile() && stats.size <= config.maxFileSize ? (0,external_node_fs_.readFileSync)(absolute, 'utf8').replace(/^\uFEFF/, '') : undefined;
            }
            catch {
                text = undefined;
            }
            others.set(path, text);
            return text;
        },
    });
    const findings = [];
    const checked = {};
    for (const path of paths) {
        let domain = (0,classify/* classifyPath */.q)(path);
        if (!domain || CONFIG_FILE_NAMES.includes(path.slice(path.lastIndexOf('/') + 1)))
            continue;
        if (domain !== 'yaml' && !engine.hasDomain(domain))
            continue;
        const outcome = (0,files/* readSourceFile */.uj)(root, path, config.maxFileSize, notices);
        if ('skipped' in outcome) {
            if (!outcome.skipped.startsWith('cannot read: ENOENT'))
                notices.push({ path, message: `skipped: ${outcome.skipped}` });
            continue;
        }
        const file = outcome.file;
        if (domain === 'yaml')
            domain = (0,classify/* classifyYamlContent */.d)(file);
        if (!domain || !engine.hasDomain(domain))
            continue;
        // A loop, not a spread: a huge generated file can have more findings than a call has room for arguments.
        for (const finding of engine.checkFile(file, domain))
            findings.push(finding);
        checked[domain] = (checked[domain] ?? 0) + 1;
    }
    const kept = options.baselinePath ? (0,baseline/* applyBaseline */.Qp)(findings, (0,baseline/* readBaseline */.mF)((0,external_node_path_.resolve)(root, options.baselinePath))) : findings;
    return { findings: kept, notices, checked, config, registry };
}


/***/ })

};
