export const id = 172;
export const ids = [172];
export const modules = {

/***/ 6104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HR: () => (/* binding */ CONFIG_FILE_NAMES),
/* harmony export */   "if": () => (/* binding */ findConfigFile),
/* harmony export */   sb: () => (/* binding */ defaultConfig)
/* harmony export */ });
/* unused harmony export DEFAULT_MAX_FILE_SIZE */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


const CONFIG_FILE_NAMES = ['.shipshape.yml', '.shipshape.yaml'];
const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
function defaultConfig() {
    return {
        preset: 'recommended',
        rules: {},
        ignore: [],
        failOn: 'error',
        maxFileSize: DEFAULT_MAX_FILE_SIZE,
        fastYamlReader: true,
        settings: { trustedRegistries: [], selfHostedRunnerLabels: [] },
    };
}
/** The config file a run uses: the one given, else `.shipshape.yml` (or `.yaml`) at the root, else none. */
function findConfigFile(root, configPath) {
    if (configPath)
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, configPath);
    for (const name of CONFIG_FILE_NAMES) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, name);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate))
            return candidate;
    }
    return undefined;
}


/***/ }),

/***/ 9928:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CS: () => (/* binding */ listFiles),
/* harmony export */   uj: () => (/* binding */ readSourceFile),
/* harmony export */   yQ: () => (/* binding */ isUncheckedContent)
/* harmony export */ });
/* unused harmony exports ignoreMatchers, toPosix */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6107);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2858);







/**
 * Folders of fetched or generated code, not the repository's own: `node_modules`, and `.terraform`, where
 * `terraform init` copies every module the configuration calls (tf/state-committed reports one that is committed).
 */
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules', '.terraform']);
/**
 * Lists candidate files under the given paths, relative to `root` with forward slashes. Inside a git work tree it
 * asks git (tracked and untracked-but-not-ignored files), so .gitignore is honoured; elsewhere it walks the tree.
 */
function listFiles(root, paths, ignore, notices) {
    const { isIgnored, ignoredDir } = ignoreMatchers(ignore);
    const found = new Set();
    for (const path of paths) {
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root, path);
        const shown = toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, absolute)) || path;
        if (!(0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .isInside */ .FK)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root), absolute)) {
            notices.push({ path, message: 'skipped: outside the repository root' });
            continue;
        }
        const link = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(absolute, { throwIfNoEntry: false });
        if (!link) {
            notices.push({ path: shown, message: 'cannot read: ENOENT: no such file or directory' });
            continue;
        }
        // A path named explicitly may be a link (or sit in a linked folder): followed only when it stays inside.
        if (!(0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .realInside */ .he)([root], absolute)) {
            notices.push({ path: shown, message: 'skipped: symbolic link to a path outside the repository (not followed)' });
            continue;
        }
        let stats;
        try {
            stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(absolute);
        }
        catch (error) {
            notices.push({ path: shown, message: `cannot read: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(error)}` });
            continue;
        }
        if (stats.isFile()) {
            // A file named explicitly is checked even when .gitignore or `ignore` would leave it out.
            found.add(toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, absolute)));
            continue;
        }
        if (!stats.isDirectory()) {
            notices.push({ path: shown, message: 'skipped: not a regular file' });
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
    const match = picomatch__WEBPACK_IMPORTED_MODULE_5___default()(globs, { dot: true });
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
/**
 * Whether git could answer for `dir`: a `.git` (folder, or file in a linked worktree or submodule) in it or above it,
 * or a GIT_DIR. Looked up first because starting git only to hear "not a git repository" costs more than the rest
 * of a small run.
 */
function mayBeInGitWorkTree(dir) {
    if (process.env.GIT_DIR)
        return true;
    for (let current = dir;; current = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(current)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(current, '.git')))
            return true;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(current) === current)
            return false;
    }
}
function gitListFiles(dir) {
    if (!mayBeInGitWorkTree(dir))
        return undefined;
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
            notices.push({
                path: toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, current)) || '.',
                message: `cannot read directory: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(error)}`,
            });
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
/** Skips that leave repository content unchecked: each becomes a `shipshape/skipped-file` finding. */
function isUncheckedContent(kind) {
    return kind === 'too-large' || kind === 'binary' || kind === 'unreadable';
}
/**
 * Reads a file as text, never outside `root` and never from a FIFO, device or /proc file (core/paths.ts).
 * Binary (a NUL byte), oversized and unreadable files are skipped with a reason; a BOM is dropped; invalid UTF-8 is
 * read with replacement characters and reported, so the rest of the file is still checked.
 */
function readSourceFile(root, path, maxFileSize, notices) {
    const read = (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .readInside */ .xO)(root, path, maxFileSize);
    if ('skipped' in read)
        return { skipped: read.detail, kind: read.skipped };
    const { buffer } = read;
    if (buffer.includes(0))
        return { skipped: 'binary file (it holds a NUL byte)', kind: 'binary' };
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
    return { file: new _source_js__WEBPACK_IMPORTED_MODULE_6__/* .SourceFile */ .s(path, text) };
}


/***/ }),

/***/ 4692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ Registry)
/* harmony export */ });
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1961);

/** All rules by id, with the views the engine and CLI need. */
class Registry {
    byId = new Map();
    peers = new Map();
    list = [];
    idSet;
    byDomain = new Map();
    constructor(rules) {
        this.add(rules);
    }
    get rules() {
        return this.list;
    }
    /** Adds rules, e.g. those of a domain a run loads when it meets its first file of that domain. */
    add(rules) {
        this.idSet = undefined;
        this.byDomain.clear();
        for (const rule of rules) {
            const { id, domain } = rule.meta;
            if (this.byId.has(id))
                throw new Error(`duplicate rule id ${id}`);
            if (!id.startsWith(`${_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .DOMAIN_PREFIX */ .Mo[domain]}/`))
                throw new Error(`rule ${id} must start with ${_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .DOMAIN_PREFIX */ .Mo[domain]}/`);
            this.byId.set(id, rule);
            this.list.push(rule);
            for (const [tool, ids] of Object.entries(rule.meta.equivalents ?? {})) {
                const table = this.peers.get(tool) ?? new Map();
                this.peers.set(tool, table);
                for (const peerId of ids)
                    table.set(peerId, [...(table.get(peerId) ?? []), id]);
            }
        }
    }
    /** Every rule id (one shared set: the engine asks for it on every file). */
    get ids() {
        this.idSet ??= new Set(this.byId.keys());
        return this.idSet;
    }
    forDomain(domain) {
        let rules = this.byDomain.get(domain);
        if (!rules) {
            rules = this.rules.filter((rule) => rule.meta.domain === domain);
            this.byDomain.set(domain, rules);
        }
        return [...rules];
    }
    inPreset(rule, preset) {
        if (rule.meta.deprecated)
            return false;
        return preset === 'strict' || rule.meta.recommended;
    }
    /** The severity a rule runs at under a config, or undefined when it is off. */
    severityOf(ruleId, config) {
        const rule = this.byId.get(ruleId);
        if (!rule)
            return undefined;
        const setting = config.rules[ruleId]?.severity;
        if (setting === 'off')
            return undefined;
        if (setting)
            return setting;
        if (config.rules[ruleId])
            return rule.meta.defaultSeverity;
        return this.inPreset(rule, config.preset) ? rule.meta.defaultSeverity : undefined;
    }
    optionsOf(ruleId, config) {
        const rule = this.byId.get(ruleId);
        return { ...(rule?.meta.defaultOptions ?? {}), ...(config.rules[ruleId]?.options ?? {}) };
    }
}


/***/ }),

/***/ 3298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ classifyPath)
});

;// CONCATENATED MODULE: ./src/domains/dockerfile/name.ts
// Apart from the parser, so that telling a Dockerfile by its name does not load dockerfile-ast.
const DOCKERFILE_NAME = /^(?:Dockerfile|Containerfile)(?:\..+)?$|\.(?:Dockerfile|dockerfile)$/;
function isDockerfileName(baseName) {
    return DOCKERFILE_NAME.test(baseName);
}

;// CONCATENATED MODULE: ./src/domains/paths.ts

/**
 * Names that look like `Dockerfile.*` but are not Dockerfiles: BuildKit's per-Dockerfile ignore files
 * (`Dockerfile.dockerignore`, `api.Dockerfile.dockerignore`) and documentation or backups beside them.
 */
const NOT_A_DOCKERFILE = /\.(?:dockerignore|md|markdown|txt|rst|orig|bak|swp)$/i;
/** What a path alone says about a file: a domain, "read it to tell" (YAML), or nothing to check. */
function classifyPath(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    if (isDockerfileName(base) && !NOT_A_DOCKERFILE.test(base))
        return 'dockerfile';
    if (/\.tf(?:\.json)?$/.test(base))
        return 'terraform';
    if (!/\.ya?ml$/i.test(base))
        return undefined;
    if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(path))
        return 'github-actions';
    if (/^action\.ya?ml$/i.test(base))
        return 'github-actions';
    if (/^\.gitlab-ci\.ya?ml$/i.test(base))
        return 'gitlab-ci';
    // Kustomize's file often has no apiVersion/kind to tell it by.
    if (/^kustomization\.ya?ml$/i.test(base))
        return 'kubernetes';
    return 'yaml';
}


/***/ }),

/***/ 5885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ loadAllPacks),
/* harmony export */   W: () => (/* binding */ DOMAIN_PACKS)
/* harmony export */ });
/**
 * Every checked domain, loaded (parser, model, rules and the libraries they use) only when a run meets one of its
 * files, so a run pays start-up only for what it checks. Adding a domain is one line here, its
 * `rules/<domain>/index.ts` exporting `pack`. The import paths stay literal so the bundler gives each domain
 * chunks of its own.
 */
const DOMAIN_PACKS = {
    dockerfile: async () => (await Promise.all(/* import() */[__webpack_require__.e(839), __webpack_require__.e(124)]).then(__webpack_require__.bind(__webpack_require__, 5124))).pack,
    'github-actions': async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(276), __webpack_require__.e(376), __webpack_require__.e(922)]).then(__webpack_require__.bind(__webpack_require__, 4922))).pack,
    'gitlab-ci': async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(276), __webpack_require__.e(99)]).then(__webpack_require__.bind(__webpack_require__, 8099))).pack,
    kubernetes: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(276), __webpack_require__.e(251)]).then(__webpack_require__.bind(__webpack_require__, 8251))).pack,
    terraform: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(6), __webpack_require__.e(551), __webpack_require__.e(560)]).then(__webpack_require__.bind(__webpack_require__, 9560))).pack,
};
/**
 * Every pack, one after the other (jest's ESM loader can fail two concurrent imports sharing a dependency), for what
 * needs the whole catalogue: `shipshape rules`, `explain`, `fix`, a config file to validate, tests.
 */
async function loadAllPacks() {
    const packs = [];
    for (const load of Object.values(DOMAIN_PACKS))
        packs.push(await load());
    return packs;
}


/***/ }),

/***/ 8903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ shipshapeRules)
});

// EXTERNAL MODULE: ./src/core/rule.ts
var rule = __webpack_require__(1961);
;// CONCATENATED MODULE: ./src/rules/shipshape/rule-error.ts

/** Reported by the engine when a rule throws: the other rules still run and the file is still checked. */
/* harmony default export */ const rule_error = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'shipshape/rule-error',
        domain: 'shipshape',
        description: 'A rule failed on this file; its findings for the file are missing.',
        category: 'correctness',
        defaultSeverity: 'warning',
        recommended: true,
        messages: { crashed: 'Rule {{id}} failed on this file ({{error}}); please report it. Other rules still ran.' },
    },
    create: () => ({}),
}));

;// CONCATENATED MODULE: ./src/rules/shipshape/skipped-file.ts

/**
 * Reported by the file reader, not by a walk: a file of a checked kind whose content could not be checked (over
 * max-file-size, binary, unreadable). A check that skipped it would otherwise pass with nothing said.
 */
/* harmony default export */ const skipped_file = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'shipshape/skipped-file',
        domain: 'shipshape',
        description: 'A file that would be checked was skipped (too large, binary or unreadable), so its content is unchecked.',
        category: 'correctness',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            skipped: 'Not checked: {{reason}}. Fix the file, raise max-file-size, or list it under `ignore` in the config.',
        },
    },
    create: () => ({}),
}));

;// CONCATENATED MODULE: ./src/rules/shipshape/unknown-suppression.ts

/** Reported by the engine: a `shipshape-ignore` entry naming a rule that does not exist (often a typo). */
/* harmony default export */ const unknown_suppression = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'shipshape/unknown-suppression',
        domain: 'shipshape',
        description: 'A shipshape-ignore comment names a rule id that does not exist.',
        category: 'correctness',
        defaultSeverity: 'warning',
        recommended: true,
        messages: { unknown: 'Unknown rule "{{id}}" in suppression (see `shipshape rules`).' },
    },
    create: () => ({}),
}));

;// CONCATENATED MODULE: ./src/rules/shipshape/unused-suppression.ts

/** Reported by the engine, not by a walk: a `shipshape-ignore` entry that matched no finding. */
/* harmony default export */ const unused_suppression = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'shipshape/unused-suppression',
        domain: 'shipshape',
        description: 'A shipshape-ignore comment names a rule that reported nothing there.',
        category: 'style',
        defaultSeverity: 'warning',
        recommended: true,
        messages: { unused: 'Unused suppression of "{{id}}": nothing to ignore here; remove it.' },
    },
    create: () => ({}),
}));

;// CONCATENATED MODULE: ./src/rules/shipshape/index.ts




const shipshapeRules = [rule_error, skipped_file, unknown_suppression, unused_suppression];


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
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6107);



function readBaseline(path) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`cannot read baseline ${path}: ${(0,_core_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .errorCode */ .CA)(error)}`);
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        // JSON.parse quotes the text around the error: a path given as input never has its content echoed.
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${path} is not a shipshape baseline (not valid JSON)`);
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

/***/ 5172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ runCheck)
});

// UNUSED EXPORTS: STDIN_PATH

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/domains/yaml/document.ts + 1 modules
var yaml_document = __webpack_require__(2276);
// EXTERNAL MODULE: ./src/pipeline/validate.ts
var validate = __webpack_require__(5406);
// EXTERNAL MODULE: ./src/core/config-defaults.ts
var config_defaults = __webpack_require__(6104);
// EXTERNAL MODULE: ./src/core/engine.ts + 2 modules
var core_engine = __webpack_require__(6185);
// EXTERNAL MODULE: ./src/core/registry.ts
var core_registry = __webpack_require__(4692);
// EXTERNAL MODULE: ./src/core/rule.ts
var rule = __webpack_require__(1961);
// EXTERNAL MODULE: ./src/core/source.ts
var source = __webpack_require__(2858);
// EXTERNAL MODULE: ./src/core/files.ts
var files = __webpack_require__(9928);
// EXTERNAL MODULE: ./src/core/paths.ts
var core_paths = __webpack_require__(6107);
;// CONCATENATED MODULE: ./src/domains/kubernetes/helm.ts
/**
 * A raw Helm chart template: a YAML file under a `templates/` folder with `{{ … }}` actions in it. It is Go template
 * text, not a manifest, until `helm template` renders it; a run skips it with a notice and checks the rendered
 * output when given it. (Kept free of the YAML library: the runner asks before loading any domain.)
 */
function isHelmTemplate(path, text) {
    return /(^|\/)templates\/(?:.+\/)?[^/]+\.ya?ml$/i.test(path) && text.includes('{{');
}
const HELM_TEMPLATE_NOTICE = 'skipped: a Helm chart template; check its rendered output (`helm template <chart> --output-dir <dir>`, then check <dir>)';

// EXTERNAL MODULE: ./src/domains/paths.ts + 1 modules
var domains_paths = __webpack_require__(3298);
// EXTERNAL MODULE: ./src/rules/packs.ts
var packs = __webpack_require__(5885);
// EXTERNAL MODULE: ./src/rules/shipshape/index.ts + 4 modules
var shipshape = __webpack_require__(8903);
// EXTERNAL MODULE: ./src/runner/baseline.ts
var baseline = __webpack_require__(5167);
;// CONCATENATED MODULE: ./src/runner/check.ts















/** The name findings of standard input carry. */
const STDIN_PATH = '<stdin>';
/**
 * Loads domains (and, unless the caller gave its own registry, their rules) on first use. A run that meets only
 * Dockerfiles never loads the YAML library, a run over an empty tree loads no domain at all.
 */
class DomainLoader {
    engine;
    registry;
    ownRegistry;
    loaded = new Map();
    constructor(engine, registry, 
    /** True when the registry is the run's own, to be filled with each loaded domain's rules. */
    ownRegistry) {
        this.engine = engine;
        this.registry = registry;
        this.ownRegistry = ownRegistry;
    }
    canLoad(id) {
        return packs/* DOMAIN_PACKS */.W[id] !== undefined;
    }
    load(id) {
        let done = this.loaded.get(id);
        if (!done) {
            done = packs/* DOMAIN_PACKS */.W[id]().then((pack) => {
                if (this.ownRegistry)
                    this.registry.add(pack.rules);
                this.engine.addDomain(pack.domain);
            });
            this.loaded.set(id, done);
        }
        return done;
    }
    /**
     * A `shipshape-ignore` comment may name rules of another domain (`docker/…` in a workflow): load the domains whose
     * prefix the file mentions, so such an id is judged known or unknown as in a run with every rule.
     */
    async loadNamedIn(text) {
        if (!this.ownRegistry || !text.includes('shipshape-ignore'))
            return;
        for (const id of Object.keys(packs/* DOMAIN_PACKS */.W)) {
            if (text.includes(`${rule/* DOMAIN_PREFIX */.Mo[id]}/`))
                await this.load(id);
        }
    }
}
/** Every domain's rules: a config file may name any rule, and is validated against all of them. */
async function fullRegistry() {
    return new core_registry/* Registry */.O([...shipshape/* shipshapeRules */.V, ...(await (0,packs/* loadAllPacks */.M)()).flatMap((pack) => pack.rules)]);
}
async function runCheck(options) {
    const configFile = options.config ? undefined : (0,config_defaults/* findConfigFile */["if"])(options.root, options.configPath);
    // Without a config file naming rules, the run's registry starts with the core rules and grows by domain.
    const growing = !options.registry && !configFile;
    const registry = options.registry ?? (configFile ? await fullRegistry() : new core_registry/* Registry */.O(shipshape/* shipshapeRules */.V));
    let config = options.config ?? (0,config_defaults/* defaultConfig */.sb)();
    if (configFile)
        config = (await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(84)]).then(__webpack_require__.bind(__webpack_require__, 7084))).loadConfig(options.root, configFile, registry);
    const fastReaderEnv = process.env.SHIPSHAPE_FAST_YAML_READER;
    (0,yaml_document/* useFastYamlReader */.MS)(config.fastYamlReader &&
        (fastReaderEnv === undefined ||
            fastReaderEnv === '' ||
            (0,validate/* parseBoolean */.yG)('SHIPSHAPE_FAST_YAML_READER', fastReaderEnv)));
    const notices = [];
    const root = options.root;
    const paths = options.stdin !== undefined && !options.paths?.length
        ? []
        : (0,files/* listFiles */.CS)(root, options.paths?.length ? options.paths : ['.'], config.ignore, notices);
    // Cross-file rules ask for the same few files (a .dockerignore, a workflow's local action) again and again:
    // read each once per run, within the size limit.
    const others = new Map();
    const domains = [];
    const engine = new core_engine/* Engine */.N$({
        registry,
        domains,
        config,
        readFile: (path) => {
            if (others.has(path))
                return others.get(path);
            // Same containment as the files checked: a `.dockerignore` linked to /proc/kmsg or outside is never read.
            const read = (0,core_paths/* readInside */.xO)(root, path, config.maxFileSize);
            const text = 'buffer' in read ? read.buffer.toString('utf8').replace(/^\uFEFF/, '') : undefined;
            others.set(path, text);
            return text;
        },
    });
    const loader = new DomainLoader(engine, registry, growing);
    let classifyYamlContent;
    const findings = [];
    const checked = {};
    // Every file is walked first, then the work the files share is done once for the whole run (shellcheck over
    // every unique script, started in the background as files add scripts), then each file's findings are complete.
    const pending = [];
    engine.overlapSharedWork();
    for (const path of paths) {
        let domain = (0,domains_paths/* classifyPath */.q)(path);
        if (!domain || config_defaults/* CONFIG_FILE_NAMES */.HR.includes(path.slice(path.lastIndexOf('/') + 1)))
            continue;
        if (domain !== 'yaml' && !loader.canLoad(domain))
            continue;
        const outcome = (0,files/* readSourceFile */.uj)(root, path, config.maxFileSize, notices);
        if ('skipped' in outcome) {
            if ((0,files/* isUncheckedContent */.yQ)(outcome.kind)) {
                for (const finding of engine.skippedFile(path, outcome.skipped))
                    findings.push(finding);
            }
            else if (outcome.kind !== 'missing' || outcome.skipped !== 'no such file') {
                notices.push({ path, message: `skipped: ${outcome.skipped}` });
            }
            continue;
        }
        const file = outcome.file;
        if (domain === 'yaml' && isHelmTemplate(path, file.text)) {
            notices.push({ path, message: HELM_TEMPLATE_NOTICE });
            continue;
        }
        if (domain === 'yaml') {
            classifyYamlContent ??= (await __webpack_require__.e(/* import() */ 147).then(__webpack_require__.bind(__webpack_require__, 1147))).classifyYamlContent;
            domain = classifyYamlContent(file);
        }
        if (!domain || !loader.canLoad(domain))
            continue;
        await loader.load(domain);
        await loader.loadNamedIn(file.text);
        const started = engine.startFile(file, domain);
        if (started)
            pending.push(started);
        checked[domain] = (checked[domain] ?? 0) + 1;
    }
    await engine.readySharedWork();
    if (options.stdin !== undefined) {
        const path = STDIN_PATH;
        if (Buffer.byteLength(options.stdin) > config.maxFileSize) {
            for (const finding of engine.skippedFile(path, `larger than ${config.maxFileSize} bytes`))
                findings.push(finding);
        }
        else {
            const file = new source/* SourceFile */.s(path, options.stdin.replace(/^\uFEFF/, ''));
            classifyYamlContent ??= (await __webpack_require__.e(/* import() */ 147).then(__webpack_require__.bind(__webpack_require__, 1147))).classifyYamlContent;
            const domain = classifyYamlContent(file);
            if (!domain || !loader.canLoad(domain)) {
                notices.push({ path, message: 'skipped: standard input is no manifest, workflow or GitLab CI file' });
            }
            else {
                await loader.load(domain);
                await loader.loadNamedIn(file.text);
                const started = engine.startFile(file, domain);
                if (started)
                    pending.push(started);
                checked[domain] = (checked[domain] ?? 0) + 1;
            }
        }
    }
    for (const fileFindings of engine.finishFiles(pending)) {
        // A loop, not a spread: a huge generated file can have more findings than a call has room for arguments.
        for (const finding of fileFindings)
            findings.push(finding);
    }
    const kept = options.baselinePath
        ? (0,baseline/* applyBaseline */.Qp)(findings, (0,baseline/* readBaseline */.mF)((0,external_node_path_.resolve)(root, options.baselinePath)))
        : findings;
    return { findings: kept, notices, checked, config, registry };
}


/***/ })

};
