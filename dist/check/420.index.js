export const id = 420;
export const ids = [420];
export const modules = {

/***/ 5420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gitlabCiRules: () => (/* binding */ gitlabCiRules),
  pack: () => (/* binding */ pack)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/source.ts
var source = __webpack_require__(2858);
// EXTERNAL MODULE: ./src/domains/yaml/document.ts + 1 modules
var yaml_document = __webpack_require__(2276);
;// CONCATENATED MODULE: ./src/domains/gitlab-ci/keywords.ts
/**
 * GitLab CI keywords, taken from GitLab's CI JSON schema (`ci.json`: top-level `properties`, `definitions.job_template`,
 * the `default` and `workflow` objects) and the `spec:` header reference. Keep sorted.
 */
/** Top-level keys that are not jobs. `image`, `services`, `cache`, `before_script`, `after_script` are deprecated there. */
const GLOBAL_KEYWORDS = new Set([
    'after_script',
    'before_script',
    'cache',
    'default',
    'image',
    'include',
    'services',
    'stages',
    'variables',
    'workflow',
]);
/** Globals GitLab still accepts at the top level but wants under `default:`. */
const DEPRECATED_GLOBALS = new Set(['after_script', 'before_script', 'cache', 'image', 'services']);
const JOB_KEYWORDS = new Set([
    'after_script',
    'allow_failure',
    'artifacts',
    'before_script',
    'cache',
    'coverage',
    'dast_configuration',
    'dependencies',
    'environment',
    'except',
    'extends',
    'hooks',
    'id_tokens',
    'identity',
    'image',
    'inherit',
    'interruptible',
    'manual_confirmation',
    'needs',
    'only',
    'pages',
    'parallel',
    'publish',
    'release',
    'resource_group',
    'retry',
    'rules',
    'run',
    'script',
    'secrets',
    'services',
    'stage',
    'start_in',
    'tags',
    'timeout',
    'trigger',
    'variables',
    'when',
]);
const DEFAULT_KEYWORDS = new Set([
    'after_script',
    'artifacts',
    'before_script',
    'cache',
    'hooks',
    'id_tokens',
    'identity',
    'image',
    'interruptible',
    'retry',
    'services',
    'tags',
    'timeout',
]);
const WORKFLOW_KEYWORDS = new Set(['auto_cancel', 'name', 'rules']);
const SPEC_KEYWORDS = new Set(['component', 'include', 'inputs']);
const INPUT_KEYWORDS = new Set(['default', 'description', 'options', 'regex', 'rules', 'type']);
const INPUT_TYPES = new Set(['array', 'boolean', 'number', 'string']);
const RULE_KEYWORDS = new Set([
    'allow_failure',
    'changes',
    'exists',
    'if',
    'interruptible',
    'needs',
    'variables',
    'when',
]);
const WHEN_VALUES = new Set(['always', 'delayed', 'manual', 'never', 'on_failure', 'on_success']);
/** Keys of the nested job keywords GitLab validates (an unknown key makes it reject the job). */
const NESTED_KEYWORDS = {
    artifacts: new Set([
        'access',
        'exclude',
        'expire_in',
        'expose_as',
        'name',
        'paths',
        'public',
        'reports',
        'untracked',
        'when',
    ]),
    cache: new Set(['fallback_keys', 'key', 'paths', 'policy', 'unprotect', 'untracked', 'when']),
    environment: new Set(['action', 'auto_stop_in', 'deployment_tier', 'kubernetes', 'name', 'on_stop', 'url']),
    include: new Set([
        'cache',
        'component',
        'file',
        'inputs',
        'integrity',
        'local',
        'project',
        'ref',
        'remote',
        'rules',
        'template',
    ]),
};
/** Stages GitLab defines when a pipeline declares none; `.pre` and `.post` always exist. */
const DEFAULT_STAGES = ['.pre', 'build', 'test', 'deploy', '.post'];
/** Include forms, by their key. */
const INCLUDE_KINDS = ['local', 'project', 'remote', 'template', 'component'];

;// CONCATENATED MODULE: ./src/domains/gitlab-ci/model.ts
/** A `!reference [job, key, …]` that could not be resolved in this file (it points into an include). */
class UnresolvedReference {
    target;
    constructor(target) {
        this.target = target;
    }
}

;// CONCATENATED MODULE: ./src/domains/gitlab-ci/parse.ts





/** True when the first document is a `spec:` header (only a `spec` key) followed by the content document. */
function isHeader(document, count) {
    const contents = document.contents;
    return (count > 1 &&
        (0,dist/* isMap */.jh)(contents) &&
        contents.items.length === 1 &&
        (0,dist/* isScalar */.jn)(contents.items[0].key) &&
        contents.items[0].key.value === 'spec');
}
/**
 * YAML nodes → plain data with `<<` merge keys applied; `!reference` becomes a marker resolved later. Aliases share
 * their anchor's data (parseYaml linked them and refused cycles and alias bombs), so 400 jobs merging one anchor
 * convert it once.
 */
function convert(document) {
    return (0,yaml_document/* toData */.OY)(document, (node, items) => node.tag === '!reference' ? new UnresolvedReference(items.map(String)) : items);
}
/** A mapping key as a string; YAML merge keys (`<<`, parsed as a symbol) come back as `<<`. */
function keyName(key) {
    if ((0,dist/* isScalar */.jn)(key))
        return typeof key.value === 'symbol' ? '<<' : String(key.value);
    return String(key);
}
function isPlainObject(value) {
    return (typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof UnresolvedReference));
}
/**
 * Resolves `!reference` markers against the file's data; ones pointing outside the file stay markers. Anchors are
 * shared, not copied, so the data is a graph: each shared object is resolved once (an alias bomb stays small).
 */
function resolveReferences(value, root, depth = 0, done = new Map()) {
    if (value instanceof UnresolvedReference) {
        if (depth > 10)
            return value;
        let target = root;
        for (const segment of value.target) {
            if (!isPlainObject(target) || !(segment in target))
                return value;
            target = target[segment];
        }
        return resolveReferences(target, root, depth + 1, done);
    }
    if (typeof value !== 'object' || value === null)
        return value;
    const cached = done.get(value);
    if (cached !== undefined)
        return cached;
    let out = value;
    if (Array.isArray(value))
        out = value.map((item) => resolveReferences(item, root, depth, done));
    else if (isPlainObject(value)) {
        const copy = {};
        for (const [key, item] of Object.entries(value))
            copy[key] = resolveReferences(item, root, depth, done);
        out = copy;
    }
    done.set(value, out);
    return out;
}
/** GitLab's `extends` merge: maps merge deeply, arrays and scalars are replaced. */
function deepMerge(base, over) {
    const out = { ...base };
    for (const [key, value] of Object.entries(over)) {
        const current = out[key];
        out[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
    }
    return out;
}
function asStrings(value) {
    if (typeof value === 'string')
        return [value];
    if (Array.isArray(value))
        return value.filter((item) => typeof item === 'string');
    return [];
}
function scriptLines(file, node, name, problems) {
    const lines = [];
    if (!node)
        return lines;
    for (const key of ['before_script', 'script', 'after_script']) {
        const value = node.get(key, true);
        const visit = (item, path) => {
            if ((0,dist/* isScalar */.jn)(item) && typeof item.value === 'string') {
                lines.push({ key, text: item.value, node: item, span: (0,yaml_document/* spanOf */.ee)(file, item), path: (0,yaml_document/* pathString */.hL)(path) });
            }
            else if ((0,dist/* isSeq */.oP)(item) && item.tag !== '!reference') {
                item.items.forEach((child, index) => {
                    visit(child, [...path, index]);
                });
            }
            else if ((0,dist/* isMap */.jh)(item) && path.length > 2) {
                // `- echo "a: b"` unquoted is a mapping, not a command: GitLab rejects the job.
                problems.push({
                    message: `\`${(0,yaml_document/* pathString */.hL)(path)}\` is a mapping, not a command: quote the line (it contains ": ")`,
                    at: { span: (0,yaml_document/* spanOf */.ee)(file, item), path: (0,yaml_document/* pathString */.hL)(path) },
                });
            }
            // Aliases and `!reference` are checked where their target is written.
        };
        visit(value, [name, key]);
    }
    return lines;
}
function parseSpec(file, header, problems) {
    const inputs = new Map();
    const data = (convert(header) ?? {});
    const spec = data.spec;
    const at = (path, key = false) => (0,yaml_document/* locate */.x5)(file, header, path, { key });
    if (spec !== null && spec !== undefined && !isPlainObject(spec)) {
        problems.push({ message: '`spec` must be a mapping', at: at(['spec']) });
        return { inputs };
    }
    const raw = isPlainObject(spec) ? spec.inputs : undefined;
    if (raw !== undefined && raw !== null && !isPlainObject(raw)) {
        problems.push({ message: '`spec:inputs` must be a mapping of input names', at: at(['spec', 'inputs']) });
        return { inputs };
    }
    for (const [name, value] of Object.entries(raw ?? {})) {
        const entry = isPlainObject(value) ? value : {};
        inputs.set(name, {
            name,
            type: typeof entry.type === 'string' ? entry.type : 'string',
            hasDefault: 'default' in entry,
            default: entry.default,
            options: Array.isArray(entry.options) ? entry.options : undefined,
            regex: typeof entry.regex === 'string' ? entry.regex : undefined,
            description: typeof entry.description === 'string' ? entry.description : undefined,
            ...at(['spec', 'inputs', name], true),
        });
    }
    return { inputs };
}
function parseIncludes(file, document, raw) {
    if (raw === undefined || raw === null)
        return [];
    const list = Array.isArray(raw) ? raw : [raw];
    const includes = [];
    list.forEach((entry, index) => {
        const keyPath = Array.isArray(raw) ? ['include', index] : ['include'];
        const at = (0,yaml_document/* locate */.x5)(file, document, keyPath);
        if (typeof entry === 'string') {
            const kind = /^https?:\/\//i.test(entry) ? 'remote' : 'local';
            includes.push({ kind, index, value: entry, ref: undefined, files: [], keyPath, hasInputs: false, ...at });
            return;
        }
        if (!isPlainObject(entry))
            return;
        const kind = INCLUDE_KINDS.find((candidate) => typeof entry[candidate] === 'string');
        if (!kind)
            return;
        includes.push({
            kind,
            index,
            value: String(entry[kind]),
            ref: typeof entry.ref === 'string' || typeof entry.ref === 'number' ? String(entry.ref) : undefined,
            files: asStrings(entry.file),
            keyPath,
            hasInputs: isPlainObject(entry.inputs),
            ...at,
        });
    });
    return includes;
}
function parseGitlabCi(file) {
    const yaml = (0,yaml_document/* parseYaml */.hN)(file);
    const { comments } = yaml;
    if (yaml.problems.length > 0)
        return { ok: false, problems: yaml.problems, comments };
    const problems = [];
    const documents = yaml.documents;
    const header = documents[0] && isHeader(documents[0], documents.length) ? documents[0] : undefined;
    const content = header ? documents[1] : documents[0];
    const extra = documents.slice(header ? 2 : 1).find((document) => document.contents !== null);
    if (extra) {
        problems.push({
            message: 'more than one YAML document: only a `spec:` header may come before `---`',
            at: { span: (0,yaml_document/* spanOf */.ee)(file, extra.contents), path: 'doc' },
        });
    }
    if (!content || (content.contents !== null && !(0,dist/* isMap */.jh)(content.contents))) {
        const at = content?.contents
            ? { span: (0,yaml_document/* spanOf */.ee)(file, content.contents), path: '$' }
            : { span: file.lineSpan(1), path: '$' };
        if (content?.contents || !header)
            problems.push({ message: 'the pipeline configuration must be a mapping of keywords and jobs', at });
    }
    if (problems.length > 0 || !content)
        return problems.length
            ? { ok: false, problems, comments }
            : { ok: false, problems: [{ message: 'empty file', at: { span: file.lineSpan(1), path: '$' } }], comments };
    const data = convert(content) ?? {};
    const spec = header ? parseSpec(file, header, problems) : undefined;
    if (problems.length > 0)
        return { ok: false, problems, comments };
    const resolvedData = resolveReferences(data, data);
    const contentsMap = content.contents;
    const jobs = [];
    const jobByName = new Map();
    for (const pair of contentsMap?.items ?? []) {
        if (!(0,dist/* isScalar */.jn)(pair.key))
            continue;
        const name = keyName(pair.key);
        if (GLOBAL_KEYWORDS.has(name) || name === '<<' || name === 'spec')
            continue;
        const own = isPlainObject(resolvedData[name]) ? resolvedData[name] : {};
        const node = (0,dist/* isMap */.jh)(pair.value) ? pair.value : undefined;
        const job = {
            name,
            hidden: name.startsWith('.'),
            keyAt: { span: (0,yaml_document/* spanOf */.ee)(file, pair.key), path: name },
            span: (0,yaml_document/* spanOf */.ee)(file, pair.key),
            path: name,
            node,
            own,
            resolved: own,
            extends: asStrings(own.extends),
            complete: true,
            stage: 'test',
            scripts: scriptLines(file, node, name, problems),
        };
        jobs.push(job);
        jobByName.set(name, job);
    }
    if (problems.length > 0)
        return { ok: false, problems, comments };
    // extends: depth-first, parents merged in order, the job's own keys last (GitLab allows 11 levels).
    const resolving = new Set();
    const done = new Set();
    const resolve = (job, depth) => {
        if (done.has(job.name) || resolving.has(job.name) || depth > 11) {
            if (resolving.has(job.name) || depth > 11)
                job.complete = false;
            return;
        }
        resolving.add(job.name);
        let merged = {};
        for (const parentName of job.extends) {
            const parent = jobByName.get(parentName);
            if (!parent) {
                job.complete = false;
                continue;
            }
            resolve(parent, depth + 1);
            if (!parent.complete)
                job.complete = false;
            merged = deepMerge(merged, parent.resolved);
        }
        const { extends: _extends, ...own } = job.own;
        job.resolved = job.extends.length ? deepMerge(merged, own) : job.own;
        job.stage = typeof job.resolved.stage === 'string' ? job.resolved.stage : 'test';
        resolving.delete(job.name);
        done.add(job.name);
    };
    for (const job of jobs)
        resolve(job, 0);
    const declared = Array.isArray(resolvedData.stages)
        ? resolvedData.stages.flat(10).map(String)
        : undefined;
    const stages = declared
        ? ['.pre', ...declared.filter((stage) => stage !== '.pre' && stage !== '.post'), '.post']
        : DEFAULT_STAGES;
    const defaults = {};
    for (const key of DEPRECATED_GLOBALS)
        if (key in resolvedData)
            defaults[key] = resolvedData[key];
    if (isPlainObject(resolvedData.default))
        Object.assign(defaults, resolvedData.default);
    const includes = parseIncludes(file, content, resolvedData.include);
    let projectView;
    const model = {
        file,
        document: content,
        header,
        spec,
        data: resolvedData,
        jobs,
        jobByName,
        stages,
        stagesDeclared: declared !== undefined,
        includes,
        defaults,
        locate: (path, options) => (0,yaml_document/* locate */.x5)(file, content, path, options),
        locateHeader: (path, options) => header ? (0,yaml_document/* locate */.x5)(file, header, path, options) : { span: file.lineSpan(1), path: (0,yaml_document/* pathString */.hL)(path) },
        find(node, needle, path) {
            const range = node.range;
            if (!range)
                return { span: file.lineSpan(1), path };
            const source = file.text.slice(range[0], range[1]);
            let index = -1;
            let length = 0;
            if (typeof needle === 'string') {
                index = source.indexOf(needle);
                length = needle.length;
            }
            else {
                const match = needle.exec(source);
                if (match) {
                    index = match.index;
                    length = match[0].length;
                }
            }
            if (index < 0)
                return { span: (0,yaml_document/* spanOf */.ee)(file, node), path };
            return { span: file.spanOf(range[0] + index, range[0] + index + Math.max(length, 1)), path };
        },
        effective(job, key) {
            if (key in job.resolved)
                return job.resolved[key];
            const inherit = job.resolved.inherit;
            if (isPlainObject(inherit)) {
                const setting = inherit.default;
                if (setting === false)
                    return undefined;
                if (Array.isArray(setting) && !setting.includes(key))
                    return undefined;
            }
            return defaults[key];
        },
        project(readFile) {
            projectView ??= buildProjectView(model, readFile);
            return projectView;
        },
    };
    return { ok: true, model, comments };
}
/**
 * Where a local include can live: relative to the repository root (GitLab's rule), and, for a `.gitlab-ci.yml` in a
 * sub-folder (a nested project root, e.g. a service of a monorepo mirrored as its own project), relative to that folder.
 */
function localIncludeCandidates(fromPath, value) {
    const path = value.replace(/^\.?\//, '');
    const dir = fromPath.includes('/') ? fromPath.slice(0, fromPath.lastIndexOf('/')) : '';
    return dir && /(^|\/)\.gitlab-ci\.ya?ml$/i.test(fromPath) ? [path, `${dir}/${path}`] : [path];
}
/** Follows local includes (not globs) to learn every job name and the declared stages. */
function buildProjectView(model, readFile) {
    // A file other than the root `.gitlab-ci.yml` is a fragment: its includer (or a sibling include) may define names.
    const root = /(^|\/)\.gitlab-ci\.ya?ml$/i.test(model.file.path) && !model.header;
    const view = {
        jobs: new Map(),
        stages: model.stagesDeclared ? model.stages : undefined,
        complete: root,
        missing: [],
    };
    for (const job of model.jobs)
        view.jobs.set(job.name, {
            stage: job.resolved.stage,
            file: model.file.path,
            extends: job.extends,
        });
    const seen = new Set([model.file.path]);
    const queue = [{ includes: model.includes, top: true }];
    while (queue.length > 0 && seen.size < 150) {
        const { includes, top } = queue.shift();
        for (const include of includes) {
            if (include.kind !== 'local' || /[*$]/.test(include.value)) {
                view.complete = false;
                continue;
            }
            let path = '';
            let text;
            for (const candidate of localIncludeCandidates(model.file.path, include.value)) {
                path = candidate;
                text = readFile(candidate);
                if (text !== undefined)
                    break;
            }
            if (seen.has(path))
                continue;
            seen.add(path);
            if (text === undefined) {
                view.complete = false;
                if (top)
                    view.missing.push(include);
                continue;
            }
            const parsed = parseGitlabCi(new source/* SourceFile */.s(path, text));
            if (!parsed.ok) {
                view.complete = false;
                continue;
            }
            const included = parsed.model;
            // Included files with a spec header take inputs: their job names may be interpolated, so names are unknowable.
            if (included.header)
                view.complete = false;
            if (included.stagesDeclared && !view.stages)
                view.stages = included.stages;
            for (const job of included.jobs) {
                if (!view.jobs.has(job.name))
                    view.jobs.set(job.name, {
                        stage: job.resolved.stage,
                        file: path,
                        extends: job.extends,
                    });
            }
            queue.push({ includes: included.includes, top: false });
        }
    }
    return view;
}

;// CONCATENATED MODULE: ./src/domains/gitlab-ci/index.ts



/**
 * Hooks (GitlabCiHooks): `file` (the model), `include` (each include entry), `job` (every job, hidden `.templates` too, in file
 * order), `script` (each own script line of a job, right after its job), then `exit`.
 *
 * Each file is checked on its own: a file reached through `include: local` is classified and checked as its own
 * file (findings land where the text is), and the including file only checks the include entries themselves.
 * Cross-file lookups (an `extends` or `needs` target, declared stages) go through `model.project(readFile)`.
 */
const gitlabCiDomain = {
    id: 'gitlab-ci',
    parse: parseGitlabCi,
    walk(model, emit) {
        emit('file', model);
        for (const include of model.includes)
            emit('include', include);
        for (const job of model.jobs) {
            emit('job', job);
            for (const line of job.scripts)
                emit('script', { job, line });
        }
        emit('exit', model);
    },
};

// EXTERNAL MODULE: ./src/core/rule.ts
var rule = __webpack_require__(1961);
;// CONCATENATED MODULE: ./src/rules/gitlab-ci/support/util.ts


/** Variable names that hold credentials by convention. */
const SECRET_NAME = /(?:^|_)(?:TOKEN|SECRET|PASSWORD|PASSWD|PASS|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIALS?|AUTH)(?:$|_)/i;
/** Names that end like a secret but hold a path, a URL or a user name. */
const NOT_A_SECRET_NAME = /_(?:FILE|PATH|URL|URI|HOST|NAME|USER|USERNAME|ID|TYPE|HEADER|ENDPOINT|DIR|EXPIRES?_AT|LENGTH)$/i;
/** GitLab-issued short-lived credentials that are fine to use in jobs. */
const JOB_SCOPED = new Set([
    'CI_JOB_TOKEN',
    'CI_REGISTRY_PASSWORD',
    'CI_DEPENDENCY_PROXY_PASSWORD',
    'CI_DEPLOY_PASSWORD',
]);
function isSecretName(name) {
    return SECRET_NAME.test(name) && !NOT_A_SECRET_NAME.test(name);
}
/** Literal credentials with a recognisable shape. */
const TOKEN_PATTERNS = [
    { name: 'GitLab personal access token', pattern: /\bglpat-[0-9A-Za-z_-]{20,}/ },
    { name: 'GitLab deploy token', pattern: /\bgldt-[0-9A-Za-z_-]{20,}/ },
    { name: 'GitLab runner token', pattern: /\bglrt-[0-9A-Za-z_-]{20,}/ },
    { name: 'GitHub token', pattern: /\bgh[pousr]_[0-9A-Za-z]{36,}/ },
    { name: 'AWS access key id', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
    { name: 'Slack token', pattern: /\bxox[baprs]-[0-9A-Za-z-]{10,}/ },
    { name: 'npm token', pattern: /\bnpm_[0-9A-Za-z]{36}\b/ },
    { name: 'private key', pattern: /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/ },
];
/** Variables whose value the author of a merge request or a commit chooses. */
const UNTRUSTED_VARIABLES = [
    'CI_MERGE_REQUEST_TITLE',
    'CI_MERGE_REQUEST_DESCRIPTION',
    'CI_MERGE_REQUEST_SOURCE_BRANCH_NAME',
    'CI_EXTERNAL_PULL_REQUEST_SOURCE_BRANCH_NAME',
    'CI_COMMIT_MESSAGE',
    'CI_COMMIT_TITLE',
    'CI_COMMIT_DESCRIPTION',
    'CI_COMMIT_TAG_MESSAGE',
    'CI_COMMIT_AUTHOR',
    'CI_COMMIT_BRANCH',
    'CI_COMMIT_REF_NAME',
];
/** `$NAME` and `${NAME}` references in a line, with their offsets. */
function variableRefs(text) {
    const refs = [];
    for (const match of text.matchAll(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g)) {
        refs.push({ name: (match[1] ?? match[2]), index: match.index, raw: match[0] });
    }
    return refs;
}
/** Quote state at each offset of a shell line: 'none', 'single' or 'double'. */
function quoteAt(text, offset) {
    let state = 'none';
    for (let i = 0; i < offset && i < text.length; i++) {
        const c = text[i];
        if (state !== 'single' && c === '\\') {
            i++;
            continue;
        }
        if (state === 'none' && c === "'")
            state = 'single';
        else if (state === 'single' && c === "'")
            state = 'none';
        else if (state === 'none' && c === '"')
            state = 'double';
        else if (state === 'double' && c === '"')
            state = 'none';
    }
    return state;
}
/** Splits a shell line on `&&`, `||`, `;`, new lines and `|`, keeping the separator that follows each part. */
function commands(text) {
    const parts = [];
    let start = 0;
    let state = 'none';
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (state !== 'single' && c === '\\') {
            i++;
            continue;
        }
        if (state === 'none' && c === "'")
            state = 'single';
        else if (state === 'single' && c === "'")
            state = 'none';
        else if (state === 'none' && c === '"')
            state = 'double';
        else if (state === 'double' && c === '"')
            state = 'none';
        else if (state === 'none' && (c === ';' || c === '\n' || c === '|' || c === '&')) {
            let separator = c;
            if ((c === '|' || c === '&') && text[i + 1] === c)
                separator = c + c;
            if (c === '&' && separator === '&')
                continue; // background `&` or `&>`: not a split we need
            parts.push({ text: text.slice(start, i), offset: start, next: separator });
            i += separator.length - 1;
            start = i + 1;
        }
    }
    parts.push({ text: text.slice(start), offset: start, next: '' });
    return parts.filter((part) => part.text.trim() !== '');
}
/** True when a value is written with a CI/CD variable or an input, so its final value is unknown here. */
function isDynamic(value) {
    return value.includes('$');
}
function environmentOf(job) {
    const environment = job.resolved.environment;
    if (typeof environment === 'string')
        return { name: environment, action: 'start', tier: undefined };
    if (!isPlainObject(environment))
        return undefined;
    return {
        name: typeof environment.name === 'string' ? environment.name : undefined,
        action: typeof environment.action === 'string' ? environment.action : 'start',
        tier: typeof environment.deployment_tier === 'string' ? environment.deployment_tier : undefined,
    };
}
/** A job that deploys: it starts an environment. */
function isDeployJob(job) {
    const environment = environmentOf(job);
    return environment !== undefined && environment.action === 'start';
}
function rulesOf(job) {
    const rules = job.resolved.rules;
    return Array.isArray(rules) ? rules.flat(10).filter(isPlainObject) : [];
}
/** Where a job's key is written: its own key when it has one, else the job's name. */
function ownOrName(model, job, key) {
    return key in job.own ? model.locate([job.name, key], { key: true }) : job.keyAt;
}
function levenshtein(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const current = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            previous = current;
        }
    }
    return row[b.length];
}
function suggest(word, candidates) {
    let best;
    let distance = 3;
    for (const candidate of candidates) {
        const d = levenshtein(word.toLowerCase(), candidate);
        if (d < distance) {
            distance = d;
            best = candidate;
        }
    }
    return best;
}
/** The file is a root pipeline (`.gitlab-ci.yml`), not a fragment meant to be included. */
function isRootPipeline(model) {
    return /(^|\/)\.gitlab-ci\.ya?ml$/i.test(model.file.path) && !model.header;
}
/** The stage list a rule can trust, or undefined when it is declared somewhere this file cannot see. */
function knownStages(model, readFile) {
    if (model.stagesDeclared)
        return model.stages;
    const view = model.project(readFile);
    if (view.stages)
        return view.stages;
    if (isRootPipeline(model) && view.complete)
        return model.stages;
    return undefined;
}
/** Security-scanning jobs by name, stage or the command they run. */
function isSecurityJob(job) {
    const words = /(?:^|[^a-z])(sast|dast|security|secret[-_ ]?detection|secrets?[-_]scan|dependency[-_ ]scanning|container[-_ ]scanning|audit|trivy|grype|gitleaks|semgrep|osv[-_]scanner)(?:$|[^a-z])/i;
    if (words.test(job.name) || words.test(job.stage))
        return true;
    return job.scripts.some((line) => /\b(?:security-gate|secrets-scan|trivy|grype|gitleaks|osv-scanner|npm audit)\b/.test(line.text));
}

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/artifacts-no-expiry.ts


/* harmony default export */ const artifacts_no_expiry = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/artifacts-no-expiry',
        domain: 'gitlab-ci',
        description: 'Job artifacts (`paths`, `untracked`) without `expire_in`, kept as long as the instance default allows.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            noExpiry: 'Artifacts of `{{job}}` have no `expire_in`: set one (e.g. `1 week`) so build outputs do not pile up in storage.',
        },
    },
    create(context) {
        return {
            job(job) {
                if (job.hidden || !job.complete)
                    return;
                const artifacts = context.model.effective(job, 'artifacts');
                if (!isPlainObject(artifacts) || 'expire_in' in artifacts)
                    return;
                if (!('paths' in artifacts) && artifacts.untracked !== true)
                    return;
                context.report({
                    at: ownOrName(context.model, job, 'artifacts'),
                    messageId: 'noExpiry',
                    data: { job: job.name },
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/contradictory-rules.ts


const CONDITIONS = ['if', 'changes', 'exists'];
/* harmony default export */ const contradictory_rules = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/contradictory-rules',
        domain: 'gitlab-ci',
        description: '`rules` that contradict themselves or the job: mixed with `only`/`except`, empty, unreachable after a catch-all rule, all `when: never`, or `when: never` outside `rules`.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            mixed: '`{{key}}` cannot be used together with `rules`: GitLab rejects the job.',
            empty: '`rules` is empty: GitLab rejects an empty list (remove it, or add a rule).',
            unreachable: 'This rule can never apply: rule {{previous}} above it has no condition and always matches.',
            never: 'Every rule says `when: never`: the job can never run.',
            neverJob: '`when: never` is only valid inside `rules`: GitLab rejects it as a job keyword (remove the job, or use a rule).',
        },
    },
    create(context) {
        const checkList = (model, rules, path, isJob) => {
            if (!Array.isArray(rules))
                return;
            if (rules.length === 0) {
                context.report({ at: model.locate(path, { key: true }), messageId: 'empty' });
                return;
            }
            let catchAll = -1;
            rules.forEach((rule, index) => {
                if (!isPlainObject(rule))
                    return;
                if (catchAll >= 0) {
                    context.report({
                        at: model.locate([...path, index]),
                        messageId: 'unreachable',
                        data: { previous: catchAll + 1 },
                    });
                    catchAll = Number.POSITIVE_INFINITY; // report the first unreachable rule only
                    return;
                }
                if (!CONDITIONS.some((key) => key in rule))
                    catchAll = index;
            });
            if (isJob && rules.every((rule) => isPlainObject(rule) && rule.when === 'never')) {
                context.report({ at: model.locate(path, { key: true }), messageId: 'never' });
            }
        };
        return {
            file(model) {
                const workflow = model.data.workflow;
                if (isPlainObject(workflow))
                    checkList(model, workflow.rules, ['workflow', 'rules'], false);
            },
            job(job) {
                const model = context.model;
                if (job.own.when === 'never')
                    context.report({ at: model.locate([job.name, 'when']), messageId: 'neverJob' });
                if (!('rules' in job.own))
                    return;
                for (const key of ['only', 'except']) {
                    if (key in job.own)
                        context.report({ at: model.locate([job.name, key], { key: true }), messageId: 'mixed', data: { key } });
                }
                checkList(model, job.own.rules, [job.name, 'rules'], !job.hidden);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/curl-pipe-shell.ts


const PIPE_TO_SHELL = /\b(?:curl|wget)\b[^|\n]*\|\s*(?:sudo\s+(?:-\S+\s+)*)?(?:ba|z|da|k)?sh\b|\b(?:ba|z|da|k)?sh\s+(?:-c\s+)?["']?\$\((?:curl|wget)\b|\b(?:bash|source|\.)\s+<\((?:curl|wget)\b/;
const DOWNLOAD_TO_FILE = /\b(?:curl\b[^|\n]*\s(?:-o|--output|-O|--remote-name)\b|wget\b(?![^|\n]*\s-O\s*-)[^|\n]*\s\S*https?:)/;
const EXECUTES = /\bchmod\s+(?:-\S+\s+)*(?:[ugoa]*\+[rw]*x|0?[0-7]*[1357][0-7]{0,2}\b)|\b(?:ba|z|da|k)?sh\s+\.?\/?[\w./-]+\.sh\b|\bdpkg\s+-i\b|\brpm\s+-i|\binstall\s+-m|\bsudo\s+mv\b/;
const VERIFIES = /\b(?:sha(?:1|224|256|384|512)sum|shasum|md5sum|b2sum|gpg\s+--verify|gpgv|cosign\s+verify|minisign|slsa-verifier|--checksum)\b/;
/** The file a download line writes: `-o FILE`, `--output FILE`, `wget -O FILE`, or the URL's last segment. */
function downloadTarget(text) {
    const named = /\s(?:-[a-zA-Z]*[oO]|--output|--output-document)[\s=]+(?!-\s)(\S+)/.exec(text);
    const path = named?.[1] ?? /https?:\/\/\S*\/([^/\s?#'"]+)/.exec(text)?.[1];
    const base = path
        ?.replace(/^["']|["']$/g, '')
        .split('/')
        .pop();
    return base && base !== '-' && !base.startsWith('$') ? base : undefined;
}
/** A command that makes `base` executable, installs it, or runs it. */
function executes(text, base) {
    return commands(text).some((part) => {
        if (!part.text.includes(base))
            return false;
        const words = part.text
            .trim()
            .split(/\s+/)
            .filter((word) => word !== 'sudo' && !/^-/.test(word));
        const command = words[0] ?? '';
        return EXECUTES.test(part.text) || command === base || command.endsWith(`/${base}`);
    });
}
/* harmony default export */ const curl_pipe_shell = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/curl-pipe-shell',
        domain: 'gitlab-ci',
        description: 'Scripts fetched and run in one go (`curl … | sh`), and downloaded binaries run without a checksum or signature check.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 6.0,
        messages: {
            pipe: 'A script downloaded here is run without being verified: download it to a file, check its SHA-256, then run it.',
            unverified: 'This download is made executable or installed, and the job never checks a checksum or signature (`sha256sum -c`, `gpg --verify`, `cosign verify`).',
        },
        equivalents: { poutine: ['unverified_script_exec'] },
    },
    create(context) {
        return {
            job(job) {
                const lines = job.scripts;
                const verifies = lines.some((line) => VERIFIES.test(line.text));
                for (const [index, line] of lines.entries()) {
                    const pipe = PIPE_TO_SHELL.exec(line.text);
                    if (pipe) {
                        context.report({ at: context.model.find(line.node, pipe[0], line.path), messageId: 'pipe' });
                        continue;
                    }
                    const download = DOWNLOAD_TO_FILE.exec(line.text);
                    const target = download ? downloadTarget(line.text) : undefined;
                    if (!download || !target || verifies)
                        continue;
                    if (lines.slice(index).some((later) => executes(later.text, target)))
                        context.report({ at: context.model.find(line.node, download[0], line.path), messageId: 'unverified' });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/debug-trace.ts


const DEBUG = new Set(['CI_DEBUG_TRACE', 'CI_DEBUG_SERVICES']);
/* harmony default export */ const debug_trace = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/debug-trace',
        domain: 'gitlab-ci',
        description: '`CI_DEBUG_TRACE` or `CI_DEBUG_SERVICES` switched on in the file: the job log then shows every variable, masked ones included.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 7.0,
        messages: {
            debug: '`{{name}}` is on: the job log will show every variable value, secrets included. Turn it on for a single manual run, never in the file.',
        },
        equivalents: { poutine: ['debug_enabled'] },
    },
    create(context) {
        const check = (model, variables, path) => {
            if (!isPlainObject(variables))
                return;
            for (const [name, entry] of Object.entries(variables)) {
                if (!DEBUG.has(name))
                    continue;
                const value = isPlainObject(entry) ? entry.value : entry;
                if (value === true || /^(?:true|1|yes)$/i.test(String(value)))
                    context.report({ at: model.locate([...path, name], { key: true }), messageId: 'debug', data: { name } });
            }
        };
        return {
            file(model) {
                check(model, model.data.variables, ['variables']);
            },
            job(job) {
                check(context.model, job.own.variables, [job.name, 'variables']);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/deploy-without-resource-group.ts


/* harmony default export */ const deploy_without_resource_group = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/deploy-without-resource-group',
        domain: 'gitlab-ci',
        description: 'Deploy jobs (starting an `environment`) without a `resource_group`, so two pipelines can deploy to the same place at once.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            noGroup: 'Job deploys to `{{environment}}` without a `resource_group`: two pipelines can deploy at the same time and finish out of order. Add `resource_group: {{environment}}`.',
        },
    },
    create(context) {
        return {
            job(job) {
                if (job.hidden || !job.complete || 'trigger' in job.resolved)
                    return;
                const environment = environmentOf(job);
                if (environment?.action !== 'start' || 'resource_group' in job.resolved)
                    return;
                const at = 'environment' in job.own ? context.model.locate([job.name, 'environment'], { key: true }) : job.keyAt;
                context.report({ at, messageId: 'noGroup', data: { environment: environment.name ?? 'the environment' } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/deprecated-only-except.ts

/* harmony default export */ const deprecated_only_except = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/deprecated-only-except',
        domain: 'gitlab-ci',
        description: '`only` and `except`, which GitLab no longer develops: use `rules`.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            deprecated: '`{{key}}` is no longer developed by GitLab: express the condition with `rules:`.',
        },
    },
    create(context) {
        return {
            job(job) {
                for (const key of ['only', 'except']) {
                    if (key in job.own)
                        context.report({
                            at: context.model.locate([job.name, key], { key: true }),
                            messageId: 'deprecated',
                            data: { key },
                        });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/duplicate-pipelines.ts


const MERGE_REQUEST = /merge_request_event|\$CI_MERGE_REQUEST_(?:IID|ID)\b(?!\s*==\s*null)/;
const GUARD = /\$CI_OPEN_MERGE_REQUESTS|\$CI_PIPELINE_SOURCE\s*==\s*["']push["']\s*&&|\$CI_COMMIT_BRANCH\s*==\s*\$CI_DEFAULT_BRANCH|\$CI_COMMIT_(?:BRANCH|REF_NAME)\s*(?:==|=~)|\$CI_COMMIT_REF_PROTECTED|\$CI_COMMIT_TAG/;
/** Does this rule let branch (push) pipelines through for any branch? */
function admitsEveryBranch(rule) {
    if (rule.when === 'never')
        return false;
    if (!('if' in rule))
        return !('changes' in rule) && !('exists' in rule);
    const condition = String(rule.if);
    if (MERGE_REQUEST.test(condition) || GUARD.test(condition))
        return false;
    return /^\s*\$CI_COMMIT_BRANCH\s*$|^\s*\$CI_COMMIT_REF_NAME\s*$|\$CI_PIPELINE_SOURCE\s*==\s*["']push["']\s*$/.test(condition);
}
/* harmony default export */ const duplicate_pipelines = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/duplicate-pipelines',
        domain: 'gitlab-ci',
        description: '`rules` that start both a merge-request pipeline and a branch pipeline for every push to a branch with an open merge request.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            duplicate: 'These rules run merge-request pipelines and also branch pipelines for every branch: each push to a branch with an open merge request starts two pipelines. Add `- if: $CI_COMMIT_BRANCH && $CI_OPEN_MERGE_REQUESTS` with `when: never` before the branch rule.',
        },
        equivalents: { checkov: ['CKV_GITLABCI_2'] },
    },
    create(context) {
        const check = (model, rules, path) => {
            if (!Array.isArray(rules))
                return;
            const list = rules.filter(isPlainObject);
            const mergeRequests = list.some((rule) => typeof rule.if === 'string' && MERGE_REQUEST.test(rule.if) && rule.when !== 'never');
            if (!mergeRequests)
                return;
            const index = list.findIndex(admitsEveryBranch);
            if (index < 0)
                return;
            // A `when: never` rule for open merge requests anywhere before the branch rule prevents the duplicate.
            if (list
                .slice(0, index)
                .some((rule) => rule.when === 'never' && typeof rule.if === 'string' && /\$CI_OPEN_MERGE_REQUESTS/.test(rule.if)))
                return;
            context.report({ at: model.locate([...path, rules.indexOf(list[index])]), messageId: 'duplicate' });
        };
        let workflowRules = false;
        return {
            file(model) {
                const workflow = model.data.workflow;
                if (isPlainObject(workflow) && Array.isArray(workflow.rules)) {
                    workflowRules = true;
                    check(model, workflow.rules, ['workflow', 'rules']);
                }
            },
            job(job) {
                // Job rules matter only when no workflow rules decide which pipelines exist.
                if (!workflowRules && !job.hidden)
                    check(context.model, job.own.rules, [job.name, 'rules']);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/hardcoded-secret.ts


/** Settings of throwaway service containers (`services:` databases in test jobs), not credentials of anything real. */
const SERVICE_SETTING = /^(?:POSTGRES|PG|MYSQL|MARIADB|MONGO(?:_INITDB)?|REDIS|RABBITMQ|MSSQL|SA|ELASTIC|MINIO|KEYCLOAK)_/;
const PLACEHOLDER = /^(?:postgres|password|passw0rd|secret|changeme|change-me|example|test(?:ing)?|root|admin|guest|mysql|dummy|fake|local|dev(?:elopment)?|runner-password)$/i;
/* harmony default export */ const hardcoded_secret = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/hardcoded-secret',
        domain: 'gitlab-ci',
        description: 'Credentials written into `variables:` instead of masked, protected CI/CD variables or a secrets manager.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 8.5,
        messages: {
            named: 'Variable `{{name}}` holds a literal value in the file: store it as a masked, protected CI/CD variable (or use `secrets:`).',
            shaped: 'Variable `{{name}}` holds what looks like a {{kind}}: revoke it and store it as a masked, protected CI/CD variable.',
        },
    },
    create(context) {
        const check = (model, variables, path) => {
            if (!isPlainObject(variables))
                return;
            for (const [name, entry] of Object.entries(variables)) {
                const raw = isPlainObject(entry) ? entry.value : entry;
                if (typeof raw !== 'string' && typeof raw !== 'number')
                    continue;
                const value = String(raw);
                const at = model.locate(isPlainObject(entry) ? [...path, name, 'value'] : [...path, name]);
                const shaped = TOKEN_PATTERNS.find(({ pattern }) => pattern.test(value));
                if (shaped) {
                    context.report({ at, messageId: 'shaped', data: { name, kind: shaped.name } });
                }
                else if (isSecretName(name) &&
                    !SERVICE_SETTING.test(name) &&
                    !PLACEHOLDER.test(value) &&
                    value.length >= 8 &&
                    !isDynamic(value) &&
                    !/^(?:true|false|yes|no|on|off)$/i.test(value) &&
                    !/^[./~]|:\/\/[^@]*$/.test(value)) {
                    context.report({ at, messageId: 'named', data: { name } });
                }
            }
        };
        return {
            file(model) {
                check(model, model.data.variables, ['variables']);
            },
            job(job) {
                check(context.model, job.own.variables, [job.name, 'variables']);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/input-injection.ts


const INTERPOLATION = /\$\[\[\s*inputs\.([A-Za-z0-9_-]+)((?:\s*\|\s*[a-z_]+(?:\([^)]*\))?)*)\s*\]\]/g;
/* harmony default export */ const input_injection = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/input-injection',
        domain: 'gitlab-ci',
        description: 'Inputs interpolated into scripts unsafely: `expand_vars` (splices CI/CD variable values into the script text) and free-form string inputs inside shell quotes.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 8.0,
        messages: {
            expandVars: '`$[[ inputs.{{name}} | expand_vars ]]` splices the values of CI/CD variables into the script text when the pipeline is created: a variable holding `$(…)` or a quote becomes code. Pass the input through `variables:` and reference the variable.',
            quoted: 'String input `{{name}}` (no `options` or `regex`) is pasted inside shell quotes: a value containing the quote escapes them. Pass it through `variables:` (`MY_VAR: $[[ inputs.{{name}} ]]`) and use `"$MY_VAR"`, or restrict it with `options`/`regex`.',
        },
    },
    create(context) {
        return {
            script({ line }) {
                const inputs = context.model.spec?.inputs;
                for (const match of line.text.matchAll(INTERPOLATION)) {
                    const name = match[1];
                    const functions = match[2] ?? '';
                    const at = context.model.find(line.node, match[0], line.path);
                    if (/\bexpand_vars\b/.test(functions)) {
                        context.report({ at, messageId: 'expandVars', data: { name } });
                        continue;
                    }
                    const input = inputs?.get(name);
                    if (input?.type !== 'string' || input.options || input.regex)
                        continue;
                    if (quoteAt(line.text, match.index) !== 'none')
                        context.report({ at, messageId: 'quoted', data: { name }, severity: 'warning' });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/install-without-cache.ts

const INSTALL = /\b(?:npm\s+(?:ci|install|i)\b|yarn\s+install\b|pnpm\s+(?:install|i)\b|pip3?\s+install\s+(?:[^\n]*\s)?-r\b|poetry\s+install\b|bundle\s+install\b|composer\s+install\b|go\s+mod\s+download\b)/;
/* harmony default export */ const install_without_cache = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/install-without-cache',
        domain: 'gitlab-ci',
        description: 'Jobs that install dependencies (`npm ci`, `pip install -r`, `go mod download`, …) with no `cache:`.',
        category: 'performance',
        defaultSeverity: 'note',
        recommended: true,
        messages: {
            noCache: '`{{command}}` downloads every dependency on every run: add a `cache:` keyed on the lockfile (`key: files: [package-lock.json]`).',
        },
    },
    create(context) {
        return {
            job(job) {
                if (job.hidden || !job.complete)
                    return;
                const cache = context.model.effective(job, 'cache');
                if (cache !== undefined && cache !== null && !(Array.isArray(cache) && cache.length === 0))
                    return;
                for (const line of job.scripts) {
                    const match = INSTALL.exec(line.text);
                    if (!match)
                        continue;
                    context.report({
                        at: context.model.find(line.node, match[0], line.path),
                        messageId: 'noCache',
                        data: { command: match[0] },
                    });
                    return;
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/invalid-needs.ts


/* harmony default export */ const invalid_needs = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/invalid-needs',
        domain: 'gitlab-ci',
        description: '`needs` and `dependencies` that name a job that does not exist, a hidden job, or a job of a later stage.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            unknown: '`{{key}}` names job `{{name}}`, which is not defined.',
            hidden: '`{{key}}` names `{{name}}`, a hidden template that never runs.',
            later: "`{{key}}` names `{{name}}` of stage `{{otherStage}}`, which runs after this job's stage `{{stage}}`.",
        },
    },
    create(context) {
        return {
            job(job) {
                if (job.hidden || !job.complete)
                    return;
                const model = context.model;
                const view = model.project(context.readFile);
                const stages = knownStages(model, context.readFile);
                for (const key of ['needs', 'dependencies']) {
                    const list = job.own[key];
                    if (!Array.isArray(list))
                        continue;
                    list.forEach((entry, index) => {
                        let name;
                        if (typeof entry === 'string')
                            name = entry;
                        else if (isPlainObject(entry) &&
                            typeof entry.job === 'string' &&
                            !('project' in entry) &&
                            !('pipeline' in entry)) {
                            if (entry.optional === true)
                                return;
                            name = entry.job;
                        }
                        // `build: [linux, amd64]` names one job of a parallel matrix; matrix names are not checked.
                        if (!name || isDynamic(name) || name.includes('['))
                            return;
                        const at = model.locate(isPlainObject(entry) ? [job.name, key, index, 'job'] : [job.name, key, index]);
                        const target = view.jobs.get(name);
                        if (!target) {
                            if (view.complete && !model.header)
                                context.report({ at, messageId: 'unknown', data: { key, name } });
                            return;
                        }
                        if (name.startsWith('.')) {
                            context.report({ at, messageId: 'hidden', data: { key, name } });
                            return;
                        }
                        const other = model.jobByName.get(name);
                        const otherStage = other ? other.stage : target.stage;
                        if (!stages || !otherStage || (other && !other.complete) || isDynamic(otherStage) || isDynamic(job.stage))
                            return;
                        const mine = stages.indexOf(job.stage);
                        const theirs = stages.indexOf(otherStage);
                        if (mine >= 0 && theirs > mine)
                            context.report({ at, messageId: 'later', data: { key, name, otherStage, stage: job.stage } });
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/merge-request-secrets.ts


const MR_CONDITION = /\$CI_PIPELINE_SOURCE\s*==\s*["']merge_request_event["']|\$CI_MERGE_REQUEST_(?:IID|ID)\b(?!\s*==\s*null)/;
/* harmony default export */ const merge_request_secrets = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/merge-request-secrets',
        domain: 'gitlab-ci',
        description: 'Jobs that run on merge-request pipelines (where the code comes from the MR, possibly from a fork) and use secrets, `secrets:` or `id_tokens:`.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 7.5,
        messages: {
            secrets: "Job runs the merge request's code on merge-request pipelines and uses {{what}}: an MR (or a fork MR run in this project) can change that code and read it. Keep secrets in jobs that run only on protected branches and tags.",
        },
        equivalents: { poutine: ['untrusted_checkout_exec'] },
    },
    create(context) {
        return {
            job(job) {
                if (job.hidden)
                    return;
                const onMergeRequests = rulesOf(job).some((rule) => typeof rule.if === 'string' && MR_CONDITION.test(rule.if) && rule.when !== 'never');
                if (!onMergeRequests)
                    return;
                let what;
                if ('secrets' in job.resolved)
                    what = '`secrets:`';
                else if ('id_tokens' in job.resolved)
                    what = '`id_tokens:`';
                else {
                    for (const line of job.scripts) {
                        const ref = variableRefs(line.text).find((candidate) => isSecretName(candidate.name) && !JOB_SCOPED.has(candidate.name) && !candidate.name.startsWith('CI_'));
                        if (ref) {
                            what = `\`$${ref.name}\``;
                            break;
                        }
                    }
                }
                if (what)
                    context.report({ at: job.keyAt, messageId: 'secrets', data: { what } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/missing-interruptible.ts


/* harmony default export */ const missing_interruptible = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/missing-interruptible',
        domain: 'gitlab-ci',
        description: 'Jobs other than deploys that do not say `interruptible`, so a newer pipeline on the same branch cannot cancel them.',
        category: 'performance',
        defaultSeverity: 'note',
        recommended: false,
        messages: {
            noInterruptible: 'Job `{{job}}` does not set `interruptible`: mark it `interruptible: true` (or set it under `default:`) so superseded pipelines stop early.',
        },
    },
    create(context) {
        return {
            job(job) {
                if (job.hidden || !job.complete || 'trigger' in job.resolved || environmentOf(job))
                    return;
                if (context.model.effective(job, 'interruptible') === undefined)
                    context.report({ at: job.keyAt, messageId: 'noInterruptible', data: { job: job.name } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/missing-local-include.ts


/* harmony default export */ const missing_local_include = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/missing-local-include',
        domain: 'gitlab-ci',
        description: '`include: local` of a file that is not in the repository.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            missing: 'Local include `{{path}}` does not exist in this repository; GitLab will refuse the pipeline.',
        },
    },
    create(context) {
        return {
            include(include) {
                if (include.kind !== 'local' || /[*$]/.test(include.value))
                    return;
                // A local include inside a template or component resolves in the template's own project.
                if (context.model.header)
                    return;
                if (localIncludeCandidates(context.model.file.path, include.value).some((path) => context.fileExists(path)))
                    return;
                // `locate` falls back to the include entry itself when it is written as a plain string.
                context.report({
                    at: context.model.locate([...include.keyPath, 'local']),
                    messageId: 'missing',
                    data: { path: include.value },
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/missing-timeout.ts

/* harmony default export */ const missing_timeout = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/missing-timeout',
        domain: 'gitlab-ci',
        description: "Jobs without a `timeout` (in the job or `default:`): a hung job holds a runner for the project's whole limit.",
        category: 'best-practice',
        defaultSeverity: 'note',
        recommended: false,
        messages: {
            noTimeout: 'Job `{{job}}` has no `timeout`: set one close to its usual run time (in the job or under `default:`).',
        },
    },
    create(context) {
        return {
            job(job) {
                if (job.hidden || !job.complete || 'trigger' in job.resolved)
                    return;
                if (context.model.effective(job, 'timeout') === undefined)
                    context.report({ at: job.keyAt, messageId: 'noTimeout', data: { job: job.name } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/personal-access-token.ts


const PAT_NAME = /(?:^|_)(?:PAT|PERSONAL_ACCESS_TOKEN)(?:$|_)|^(?:GITLAB|GL)_(?:API_)?TOKEN$/;
const PRIVATE_TOKEN_HEADER = /PRIVATE-TOKEN:\s*\$\{?([A-Za-z_][A-Za-z0-9_]*)/;
const URL_CREDENTIAL = /https?:\/\/[^\s/:@]*:\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?@/;
/* harmony default export */ const personal_access_token = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/personal-access-token',
        domain: 'gitlab-ci',
        description: 'Jobs that authenticate with a long-lived personal access token (`PRIVATE-TOKEN` header, token in a clone URL, `*_PAT` variables) where `CI_JOB_TOKEN` or an expiring project token would do.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 6.0,
        messages: {
            pat: '`{{name}}` looks like a personal access token: it acts as a person, on every project they can reach, until it expires. Use `CI_JOB_TOKEN` (with the job token allowlist) or a project access token with an expiry date.',
        },
    },
    create(context) {
        return {
            script({ line }) {
                const header = PRIVATE_TOKEN_HEADER.exec(line.text) ?? URL_CREDENTIAL.exec(line.text);
                let name = header && !JOB_SCOPED.has(header[1]) ? header[1] : undefined;
                if (!name)
                    name = variableRefs(line.text).find((ref) => PAT_NAME.test(ref.name))?.name;
                if (!name)
                    return;
                const ref = variableRefs(line.text).find((candidate) => candidate.name === name);
                context.report({ at: context.model.find(line.node, ref.raw, line.path), messageId: 'pat', data: { name } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/script-injection.ts


/** Commands that run their argument as code: what reaches them is parsed again, not passed as data. */
const EVALUATES = /(?:^|[\s;&|(`])(?:eval|(?:ba|z|da|k)?sh\s+-c|python[0-9.]*\s+-c|node\s+(?:-e|--eval|-p)|perl\s+-e|ruby\s+-e|php\s+-r|pwsh\s+-c(?:ommand)?)(?=\s)/;
/* harmony default export */ const script_injection = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/script-injection',
        domain: 'gitlab-ci',
        description: 'Merge-request and commit variables (titles, messages, branch names) spliced into code that is evaluated again (`eval`, `sh -c "…"`, `python -c "…"`).',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 8.8,
        messages: {
            injection: '`{{name}}` is chosen by whoever opens the merge request or pushes the commit, and is expanded into code that `{{command}}` runs: a value like `$(curl …)` runs in this job. Pass it as data (an argument or environment variable read inside the code, in single quotes).',
        },
        equivalents: { poutine: ['injection'] },
    },
    create(context) {
        return {
            script({ line }) {
                const match = EVALUATES.exec(line.text);
                if (!match)
                    return;
                const start = match.index + match[0].length;
                for (const ref of variableRefs(line.text)) {
                    if (ref.index < start || !UNTRUSTED_VARIABLES.includes(ref.name))
                        continue;
                    if (quoteAt(line.text, ref.index) === 'single')
                        continue;
                    context.report({
                        at: context.model.find(line.node, ref.raw, line.path),
                        messageId: 'injection',
                        data: { name: ref.name, command: match[0].trim().split(/\s+/)[0] },
                    });
                    return;
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/secret-echo.ts


/* harmony default export */ const secret_echo = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/secret-echo',
        domain: 'gitlab-ci',
        description: 'Scripts that print credentials or every variable to the job log (`echo $TOKEN`, bare `env`, `printenv`).',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 7.5,
        messages: {
            echo: '`{{command}}` prints `{{name}}` to the job log; masking misses encoded or split values. Pipe it into the command that needs it (`--password-stdin`) instead.',
            dump: '`{{command}}` prints every variable, credentials included, to the job log.',
        },
    },
    create(context) {
        return {
            script({ line }) {
                for (const part of commands(line.text)) {
                    const words = part.text.trim().split(/\s+/);
                    const command = words[0] ?? '';
                    if ((command === 'env' || command === 'printenv' || command === 'export' || command === 'set') &&
                        words.length === 1 &&
                        part.next !== '|') {
                        context.report({
                            at: context.model.find(line.node, part.text.trim(), line.path),
                            messageId: 'dump',
                            data: { command },
                        });
                        continue;
                    }
                    if (command !== 'echo' && command !== 'printf')
                        continue;
                    if (part.next === '|' || /(^|\s)\d?>>?/.test(part.text))
                        continue; // piped or written to a file
                    for (const ref of variableRefs(part.text)) {
                        if (quoteAt(part.text, ref.index) === 'single')
                            continue;
                        if (!isSecretName(ref.name) && !JOB_SCOPED.has(ref.name) && !/^CI_JOB_JWT/.test(ref.name))
                            continue;
                        context.report({
                            at: context.model.find(line.node, ref.raw, line.path),
                            messageId: 'echo',
                            data: { command, name: ref.name },
                        });
                        break;
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/security-allow-failure.ts


/* harmony default export */ const security_allow_failure = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/security-allow-failure',
        domain: 'gitlab-ci',
        description: 'Security scanning jobs with `allow_failure: true`: their findings never stop the pipeline.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 5.0,
        messages: {
            allowed: 'Security job `{{job}}` may fail without failing the pipeline, so its findings never block a merge or a deploy. Remove `allow_failure: true` (or limit it to `exit_codes` that mean "could not scan").',
        },
    },
    create(context) {
        return {
            job(job) {
                if (job.hidden || !isSecurityJob(job))
                    return;
                if (job.resolved.allow_failure === true) {
                    context.report({
                        at: ownOrName(context.model, job, 'allow_failure'),
                        messageId: 'allowed',
                        data: { job: job.name },
                    });
                    return;
                }
                const index = (Array.isArray(job.own.rules) ? job.own.rules : []).findIndex((rule) => rule?.allow_failure === true);
                if (index >= 0)
                    context.report({
                        at: context.model.locate([job.name, 'rules', index, 'allow_failure'], { key: true }),
                        messageId: 'allowed',
                        data: { job: job.name },
                    });
                else if (rulesOf(job).some((rule) => rule.allow_failure === true))
                    context.report({ at: job.keyAt, messageId: 'allowed', data: { job: job.name } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/syntax.ts

/** Reported by the engine when a GitLab CI file cannot be read as a pipeline; no other GitLab rule runs on it. */
/* harmony default export */ const syntax = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/syntax',
        domain: 'gitlab-ci',
        description: 'The file is not valid GitLab CI YAML (YAML errors, a bad `spec:` header, a configuration that is not a mapping).',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: { syntax: 'GitLab CI syntax: {{message}}' },
    },
    create: () => ({}),
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/trigger-any-source.ts


const EXTERNAL_SOURCE = /\$CI_PIPELINE_SOURCE\s*(?:==\s*["'](?:trigger|pipeline)["']|=~\s*\/[^/]*(?:trigger|pipeline)[^/]*\/)/;
/* harmony default export */ const trigger_any_source = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/trigger-any-source',
        domain: 'gitlab-ci',
        description: 'Deploying pipelines that accept trigger-token or upstream-pipeline runs with no further condition, and trigger jobs that forward every pipeline variable downstream.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 6.5,
        messages: {
            source: 'This rule accepts any `{{source}}` pipeline with no other condition: anyone holding a trigger token (or any upstream project allowed to trigger) starts it and can override variables. Add a condition on the ref or the upstream project (`&& $UPSTREAM_PROJECT == "group/app"`).',
            forward: '`forward: pipeline_variables: true` passes every variable of this pipeline (including ones set by whoever triggered it) to the downstream pipeline: pass the few it needs under `trigger:` variables instead.',
        },
    },
    create(context) {
        let deploys = false;
        const pending = [];
        const checkRules = (model, rules, path) => {
            if (!Array.isArray(rules))
                return;
            rules.forEach((rule, index) => {
                if (!isPlainObject(rule) || typeof rule.if !== 'string' || rule.when === 'never')
                    return;
                const match = EXTERNAL_SOURCE.exec(rule.if);
                if (!match || /&&/.test(rule.if))
                    return;
                pending.push({
                    at: model.locate([...path, index, 'if']),
                    source: /pipeline/.test(match[0]) ? 'pipeline' : 'trigger',
                });
            });
        };
        return {
            file(model) {
                if (isPlainObject(model.data.workflow))
                    checkRules(model, model.data.workflow.rules, ['workflow', 'rules']);
            },
            job(job) {
                const model = context.model;
                if (isDeployJob(job) && !job.hidden)
                    deploys = true;
                checkRules(model, job.own.rules, [job.name, 'rules']);
                const trigger = job.own.trigger;
                if (isPlainObject(trigger) && isPlainObject(trigger.forward) && trigger.forward.pipeline_variables === true) {
                    context.report({
                        at: model.locate([job.name, 'trigger', 'forward', 'pipeline_variables'], { key: true }),
                        messageId: 'forward',
                    });
                }
            },
            exit() {
                if (!deploys)
                    return;
                for (const { at, source } of pending)
                    context.report({ at, messageId: 'source', data: { source } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/undeclared-stage.ts


/* harmony default export */ const undeclared_stage = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/undeclared-stage',
        domain: 'gitlab-ci',
        description: "Jobs whose `stage` is not in `stages:` (or, without `stages:`, not one of GitLab's default stages).",
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            undeclared: 'Stage `{{stage}}` is not declared; the declared stages are: {{stages}}.',
        },
    },
    create(context) {
        let stages = null;
        return {
            job(job) {
                if (job.hidden || !job.complete || isDynamic(job.stage))
                    return;
                if (stages === null)
                    stages = knownStages(context.model, context.readFile);
                if (!stages || stages.includes(job.stage))
                    return;
                const at = 'stage' in job.own ? context.model.locate([job.name, 'stage']) : ownOrName(context.model, job, 'stage');
                context.report({ at, messageId: 'undeclared', data: { stage: job.stage, stages: stages.join(', ') } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/unguarded-production-deploy.ts


const PRODUCTION = /^(?:prod|production|live)(?:$|[^a-z])/i;
/* harmony default export */ const unguarded_production_deploy = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/unguarded-production-deploy',
        domain: 'gitlab-ci',
        description: 'Jobs deploying to a production environment that run without a manual gate (`when: manual` in the job or its rules).',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 5.5,
        messages: {
            ungated: 'Job deploys to `{{environment}}` as soon as the pipeline gets here: add `when: manual` (in the job or the rule that selects it) and protect the environment so only approvers can run it.',
        },
    },
    create(context) {
        return {
            job(job) {
                if (job.hidden || !job.complete)
                    return;
                const environment = environmentOf(job);
                if (environment?.action !== 'start' || !environment.name)
                    return;
                const production = environment.tier === 'production' || (!isDynamic(environment.name) && PRODUCTION.test(environment.name));
                if (!production)
                    return;
                if (job.resolved.when === 'manual' || job.resolved.manual_confirmation !== undefined)
                    return;
                if (rulesOf(job).some((rule) => rule.when === 'manual'))
                    return;
                const at = 'environment' in job.own ? context.model.locate([job.name, 'environment'], { key: true }) : job.keyAt;
                context.report({ at, messageId: 'ungated', data: { environment: environment.name } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/unknown-extends.ts


/* harmony default export */ const unknown_extends = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/unknown-extends',
        domain: 'gitlab-ci',
        description: '`extends` naming a job or template that is not defined in the file or the local files it includes.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            missing: '`extends: {{name}}` names a job that is not defined.{{hint}}',
        },
    },
    create(context) {
        return {
            job(job) {
                if (job.extends.length === 0)
                    return;
                const model = context.model;
                const view = model.project(context.readFile);
                if (!view.complete || model.header)
                    return;
                const list = job.own.extends;
                job.extends.forEach((name, index) => {
                    if (isDynamic(name) || view.jobs.has(name))
                        return;
                    const best = suggest(name, view.jobs.keys());
                    const at = model.locate(Array.isArray(list) ? [job.name, 'extends', index] : [job.name, 'extends']);
                    context.report({ at, messageId: 'missing', data: { name, hint: best ? ` Did you mean \`${best}\`?` : '' } });
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/unknown-keyword.ts






/* harmony default export */ const unknown_keyword = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/unknown-keyword',
        domain: 'gitlab-ci',
        description: 'Keys GitLab does not know in jobs, `artifacts`, `cache`, `environment`, `default`, `include`, `workflow`, `rules` and the `spec:` header, and top-level keys that are neither keywords nor jobs.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            unknown: '`{{key}}` is not a {{where}} keyword.{{hint}}',
            notJob: '`{{key}}` is not a global keyword, and as a job it must be a mapping with `script`, `run` or `trigger`.',
            badType: 'Input type `{{value}}` is not one of array, boolean, number, string.',
            badWhen: '`when: {{value}}` is not one of {{allowed}}.',
        },
    },
    create(context) {
        const check = (model, map, path, allowed, where, header = false) => {
            for (const pair of map?.items ?? []) {
                if (!(0,dist/* isScalar */.jn)(pair.key))
                    continue;
                const key = keyName(pair.key);
                if (allowed.has(key) || key === '<<')
                    continue;
                const best = suggest(key, allowed);
                const at = header
                    ? model.locateHeader([...path, key], { key: true })
                    : model.locate([...path, key], { key: true });
                context.report({
                    at,
                    messageId: 'unknown',
                    data: { key, where, hint: best ? ` Did you mean \`${best}\`?` : '' },
                });
            }
        };
        /** `artifacts`, `cache` (one or a list), `environment` under a job or `default`. */
        const checkNested = (model, owner, path) => {
            for (const key of ['artifacts', 'cache', 'environment']) {
                const value = owner.get(key, true);
                const allowed = NESTED_KEYWORDS[key];
                if ((0,dist/* isMap */.jh)(value))
                    check(model, value, [...path, key], allowed, `\`${key}\``);
                else if (key === 'cache' && (0,dist/* isSeq */.oP)(value)) {
                    value.items.forEach((item, index) => {
                        if ((0,dist/* isMap */.jh)(item))
                            check(model, item, [...path, key, index], allowed, '`cache`');
                    });
                }
            }
        };
        const checkWhen = (model, value, path) => {
            if (typeof value === 'string' && !value.includes('$') && !WHEN_VALUES.has(value)) {
                context.report({
                    at: model.locate(path),
                    messageId: 'badWhen',
                    data: { value, allowed: [...WHEN_VALUES].join(', ') },
                });
            }
        };
        const checkRules = (model, node, path) => {
            if (!node || !('items' in node))
                return;
            node.items.forEach((item, index) => {
                if ((0,dist/* isMap */.jh)(item)) {
                    check(model, item, [...path, index], RULE_KEYWORDS, 'rules');
                    const when = item.get('when');
                    checkWhen(model, when, [...path, index, 'when']);
                }
            });
        };
        return {
            file(model) {
                const contents = model.document.contents;
                for (const pair of contents?.items ?? []) {
                    if (!(0,dist/* isScalar */.jn)(pair.key))
                        continue;
                    const key = keyName(pair.key);
                    if (GLOBAL_KEYWORDS.has(key) || key.startsWith('.') || key === '<<')
                        continue;
                    // `job name: *template` is a job too: the alias points at a mapping.
                    const value = (0,yaml_document/* deref */.LA)(pair.value);
                    if (!(0,dist/* isMap */.jh)(value))
                        context.report({ at: model.locate([key], { key: true }), messageId: 'notJob', data: { key } });
                }
                const defaults = contents?.get('default', true);
                if ((0,dist/* isMap */.jh)(defaults)) {
                    check(model, defaults, ['default'], DEFAULT_KEYWORDS, '`default`');
                    checkNested(model, defaults, ['default']);
                }
                const include = contents?.get('include', true);
                const entries = (0,dist/* isMap */.jh)(include) ? [include] : (0,dist/* isSeq */.oP)(include) ? include.items : [];
                entries.forEach((entry, index) => {
                    if ((0,dist/* isMap */.jh)(entry))
                        check(model, entry, (0,dist/* isMap */.jh)(include) ? ['include'] : ['include', index], NESTED_KEYWORDS.include, '`include`');
                });
                const workflow = contents?.get('workflow', true);
                if ((0,dist/* isMap */.jh)(workflow)) {
                    check(model, workflow, ['workflow'], WORKFLOW_KEYWORDS, '`workflow`');
                    checkRules(model, workflow.get('rules', true), ['workflow', 'rules']);
                }
                if (model.header) {
                    const headerMap = model.header.contents;
                    const spec = headerMap.get('spec', true);
                    if ((0,dist/* isMap */.jh)(spec)) {
                        check(model, spec, ['spec'], SPEC_KEYWORDS, '`spec`', true);
                        const inputs = spec.get('inputs', true);
                        if ((0,dist/* isMap */.jh)(inputs)) {
                            for (const pair of inputs.items) {
                                if (!(0,dist/* isScalar */.jn)(pair.key) || !(0,dist/* isMap */.jh)(pair.value))
                                    continue;
                                const name = String(pair.key.value);
                                check(model, pair.value, ['spec', 'inputs', name], INPUT_KEYWORDS, 'input', true);
                                const type = pair.value.get('type');
                                if (type !== undefined && !INPUT_TYPES.has(String(type))) {
                                    context.report({
                                        at: model.locateHeader(['spec', 'inputs', name, 'type']),
                                        messageId: 'badType',
                                        data: { value: String(type) },
                                    });
                                }
                            }
                        }
                    }
                }
            },
            job(job) {
                if (job.hidden || !job.node)
                    return;
                const model = context.model;
                check(model, job.node, [job.name], JOB_KEYWORDS, 'job');
                checkNested(model, job.node, [job.name]);
                checkRules(model, job.node.get('rules', true), [job.name, 'rules']);
                checkWhen(model, job.node.get('when'), [job.name, 'when']);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/unpinned-image.ts


function imageTag(image) {
    if (image.includes('@sha256:'))
        return { tag: undefined, digest: true };
    const last = image.slice(image.lastIndexOf('/') + 1);
    const colon = last.indexOf(':');
    return { tag: colon >= 0 ? last.slice(colon + 1) : undefined, digest: false };
}
/* harmony default export */ const unpinned_image = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/unpinned-image',
        domain: 'gitlab-ci',
        description: 'Job, default and service images with the `latest` tag or no tag.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 5.0,
        messages: {
            latest: 'Image `{{image}}` uses the `latest` tag: pin a version tag or a digest so every run gets the same image.',
            untagged: 'Image `{{image}}` has no tag, so it means `latest`: pin a version tag or a digest.',
        },
    },
    create(context) {
        const check = (model, value, path) => {
            const name = typeof value === 'string'
                ? value
                : isPlainObject(value) && typeof value.name === 'string'
                    ? value.name
                    : undefined;
            if (!name || isDynamic(name))
                return;
            const at = model.locate(typeof value === 'string' ? path : [...path, 'name']);
            const { tag, digest } = imageTag(name);
            if (digest)
                return;
            if (tag === undefined)
                context.report({ at, messageId: 'untagged', data: { image: name } });
            else if (tag === 'latest')
                context.report({ at, messageId: 'latest', data: { image: name } });
        };
        const checkOwner = (model, owner, path) => {
            check(model, owner.image, [...path, 'image']);
            if (Array.isArray(owner.services))
                owner.services.forEach((service, index) => {
                    check(model, service, [...path, 'services', index]);
                });
        };
        return {
            file(model) {
                checkOwner(model, model.data, []);
                if (isPlainObject(model.data.default))
                    checkOwner(model, model.data.default, ['default']);
            },
            job(job) {
                checkOwner(context.model, job.own, [job.name]);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/unpinned-include.ts


const SHA = /^[0-9a-f]{40}$/i;
const VERSION = /^v?\d+(?:\.\d+){0,3}(?:[-+][0-9A-Za-z.-]+)?$/;
function isPinnedRef(ref) {
    return SHA.test(ref) || VERSION.test(ref);
}
/* harmony default export */ const unpinned_include = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/unpinned-include',
        domain: 'gitlab-ci',
        description: 'Project, remote and component includes that follow a branch instead of a commit SHA or a release tag.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 6.5,
        messages: {
            project: 'Project include `{{value}}` {{state}}: pin `ref:` to a commit SHA or a release tag, so a push there cannot change this pipeline.',
            remote: 'Remote include `{{value}}` has no commit SHA or version in its URL: a change on that server changes this pipeline.',
            component: 'Component `{{value}}` uses `@{{ref}}`: pin a released version (`@1.2.3`) or a commit SHA.',
        },
    },
    create(context) {
        return {
            include(include) {
                // A component's host is usually `$CI_SERVER_FQDN`: only its version after `@` decides whether it is pinned.
                if (include.kind !== 'component' && isDynamic(include.value))
                    return;
                const at = context.model.locate([...include.keyPath, include.kind]);
                if (include.kind === 'project') {
                    if (include.ref !== undefined && (isDynamic(include.ref) || isPinnedRef(include.ref)))
                        return;
                    const state = include.ref === undefined ? 'has no `ref:` (it follows the default branch)' : `follows \`${include.ref}\``;
                    context.report({
                        at: include.ref === undefined ? at : context.model.locate([...include.keyPath, 'ref']),
                        messageId: 'project',
                        data: { value: include.value, state },
                    });
                }
                else if (include.kind === 'remote') {
                    const segments = include.value.split(/[/?#=&]/);
                    if (segments.some((segment) => SHA.test(segment) || (VERSION.test(segment) && /\d+\.\d+/.test(segment))))
                        return;
                    context.report({ at, messageId: 'remote', data: { value: include.value } });
                }
                else if (include.kind === 'component') {
                    const ref = include.value.slice(include.value.lastIndexOf('@') + 1);
                    if (!include.value.includes('@') || isPinnedRef(ref) || isDynamic(ref))
                        return;
                    context.report({ at, messageId: 'component', data: { value: include.value, ref } });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/index.ts




























/** Every GitLab CI rule, sorted by file name. */
const gitlabCiRules = [
    artifacts_no_expiry,
    contradictory_rules,
    curl_pipe_shell,
    debug_trace,
    deploy_without_resource_group,
    deprecated_only_except,
    duplicate_pipelines,
    hardcoded_secret,
    input_injection,
    install_without_cache,
    invalid_needs,
    merge_request_secrets,
    missing_interruptible,
    missing_local_include,
    missing_timeout,
    personal_access_token,
    script_injection,
    secret_echo,
    security_allow_failure,
    syntax,
    trigger_any_source,
    undeclared_stage,
    unguarded_production_deploy,
    unknown_extends,
    unknown_keyword,
    unpinned_image,
    unpinned_include,
];
/** The domain with its rules, as rules/packs.ts loads it. */
const pack = { domain: gitlabCiDomain, rules: gitlabCiRules };


/***/ })

};
