export const id = 376;
export const ids = [376];
export const modules = {

/***/ 1823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ parseUses),
/* harmony export */   kE: () => (/* binding */ RETIRED_RUNTIMES),
/* harmony export */   kl: () => (/* binding */ ACTIONS),
/* harmony export */   xX: () => (/* binding */ majorNumber)
/* harmony export */ });
/* unused harmony export SNAPSHOT_DATE */
/**
 * Metadata of the most-used actions, bundled so checks run offline. Snapshot date: 2026-11-24 (from the actions'
 * own action.yml files and release notes). An action missing here, or a major outside `majors`, is never an error.
 */
const SNAPSHOT_DATE = '2026-11-24';
/** Runtimes GitHub no longer runs: node12 and node16 were removed from the runners. */
const RETIRED_RUNTIMES = new Set(['node12', 'node16']);
const CHECKOUT_INPUTS = {
    repository: { default: '${{ github.repository }}' },
    ref: {},
    token: { default: '${{ github.token }}' },
    'ssh-key': {},
    'ssh-known-hosts': {},
    'ssh-strict': { default: 'true' },
    'ssh-user': { default: 'git' },
    'persist-credentials': { default: 'true' },
    path: {},
    clean: { default: 'true' },
    filter: {},
    'sparse-checkout': {},
    'sparse-checkout-cone-mode': { default: 'true' },
    'fetch-depth': { default: '1' },
    'fetch-tags': { default: 'false' },
    'show-progress': { default: 'true' },
    lfs: { default: 'false' },
    submodules: { default: 'false' },
    'set-safe-directory': { default: 'true' },
    'github-server-url': {},
};
const ACTIONS = {
    'actions/checkout': {
        current: 'v6',
        majors: { v1: 'node12', v2: 'node12', v3: 'node16', v4: 'node20', v5: 'node24', v6: 'node24' },
        inputs: CHECKOUT_INPUTS,
        outputs: ['ref', 'commit'],
        inputsComplete: true,
        inputsFrom: 'v4',
    },
    'actions/setup-node': {
        current: 'v6',
        majors: { v1: 'node12', v2: 'node16', v3: 'node16', v4: 'node20', v5: 'node24', v6: 'node24' },
        inputs: {
            'node-version': {},
            'node-version-file': {},
            architecture: {},
            'check-latest': { default: 'false' },
            'registry-url': {},
            scope: {},
            token: { default: '${{ github.token }}' },
            cache: {},
            'package-manager-cache': { default: 'true' },
            'cache-dependency-path': {},
            mirror: {},
            'mirror-token': {},
            'always-auth': { deprecated: 'npm no longer reads always-auth' },
        },
        outputs: ['cache-hit', 'node-version'],
        inputsComplete: true,
        inputsFrom: 'v4',
        cacheInput: 'cache',
    },
    'actions/setup-python': {
        current: 'v6',
        majors: { v1: 'node12', v2: 'node12', v3: 'node16', v4: 'node16', v5: 'node20', v6: 'node24' },
        inputs: {
            'python-version': {},
            'python-version-file': {},
            cache: {},
            architecture: {},
            'check-latest': { default: 'false' },
            token: {},
            'cache-dependency-path': {},
            'update-environment': { default: 'true' },
            'allow-prereleases': { default: 'false' },
            freethreaded: { default: 'false' },
            'pip-version': {},
            'pip-install': {},
        },
        outputs: ['python-version', 'cache-hit', 'python-path'],
        inputsComplete: true,
        inputsFrom: 'v5',
        cacheInput: 'cache',
    },
    'actions/setup-go': {
        current: 'v6',
        majors: { v1: 'node12', v2: 'node16', v3: 'node16', v4: 'node20', v5: 'node20', v6: 'node24' },
        inputs: {
            'go-version': {},
            'go-version-file': {},
            'check-latest': { default: 'false' },
            token: {},
            cache: { default: 'true' },
            'cache-dependency-path': {},
            architecture: {},
        },
        outputs: ['go-version', 'cache-hit'],
        inputsComplete: true,
        inputsFrom: 'v5',
        cacheInput: 'cache',
    },
    'actions/setup-java': {
        current: 'v5',
        majors: { v1: 'node12', v2: 'node16', v3: 'node16', v4: 'node20', v5: 'node24' },
        inputs: {
            distribution: { required: true },
            'java-version': {},
            'java-version-file': {},
            'java-package': { default: 'jdk' },
            architecture: {},
            jdkFile: {},
            'check-latest': { default: 'false' },
            'server-id': { default: 'github' },
            'server-username': { default: 'GITHUB_ACTOR' },
            'server-password': { default: 'GITHUB_TOKEN' },
            'settings-path': {},
            'overwrite-settings': { default: 'true' },
            'gpg-private-key': {},
            'gpg-passphrase': {},
            cache: {},
            'cache-dependency-path': {},
            'job-status': {},
            token: {},
            'mvn-toolchain-id': {},
            'mvn-toolchain-vendor': {},
        },
        outputs: ['distribution', 'version', 'path', 'cache-hit'],
        inputsComplete: true,
        inputsFrom: 'v4',
        cacheInput: 'cache',
    },
    'actions/setup-dotnet': {
        current: 'v5',
        majors: { v1: 'node12', v2: 'node16', v3: 'node16', v4: 'node20', v5: 'node24' },
        inputs: {
            'dotnet-version': {},
            'dotnet-quality': {},
            'global-json-file': {},
            'source-url': {},
            owner: {},
            'config-file': {},
            cache: { default: 'false' },
            'cache-dependency-path': {},
            architecture: {},
            workloads: {},
        },
        outputs: ['cache-hit', 'dotnet-version'],
        inputsComplete: true,
        inputsFrom: 'v4',
        cacheInput: 'cache',
    },
    'actions/cache': {
        current: 'v5',
        majors: { v1: 'node12', v2: 'node16', v3: 'node20', v4: 'node20', v5: 'node24' },
        inputs: {
            path: { required: true },
            key: { required: true },
            'restore-keys': {},
            'upload-chunk-size': {},
            enableCrossOsArchive: { default: 'false' },
            'fail-on-cache-miss': { default: 'false' },
            'lookup-only': { default: 'false' },
            'save-always': { default: 'false', deprecated: 'use actions/cache/save with `if: always()` instead' },
        },
        outputs: ['cache-hit'],
        inputsComplete: true,
        inputsFrom: 'v4',
    },
    'actions/upload-artifact': {
        current: 'v5',
        majors: { v1: 'node12', v2: 'node16', v3: 'node16', v4: 'node20', v5: 'node24', v6: 'node24' },
        inputs: {
            name: { default: 'artifact' },
            path: { required: true },
            'if-no-files-found': { default: 'warn' },
            'retention-days': {},
            'compression-level': { default: '6' },
            overwrite: { default: 'false' },
            'include-hidden-files': { default: 'false' },
            archive: { default: 'true' },
        },
        outputs: ['artifact-id', 'artifact-url', 'artifact-digest'],
        inputsComplete: true,
        inputsFrom: 'v4',
    },
    'actions/download-artifact': {
        current: 'v6',
        majors: { v1: 'node12', v2: 'node16', v3: 'node16', v4: 'node20', v5: 'node24', v6: 'node24' },
        inputs: {
            name: {},
            'artifact-ids': {},
            path: {},
            pattern: {},
            'merge-multiple': { default: 'false' },
            'github-token': {},
            repository: { default: '${{ github.repository }}' },
            'run-id': { default: '${{ github.run_id }}' },
            'skip-decompress': { default: 'false' },
            'digest-mismatch': { default: 'error' },
        },
        outputs: ['download-path'],
        inputsComplete: true,
        inputsFrom: 'v4',
    },
    // Inputs were renamed to kebab-case in v1.8; the underscore names still work and are deprecated. `release/v1` is
    // the branch its README recommends. Not every input is listed, so unknown inputs are not reported.
    'pypa/gh-action-pypi-publish': {
        current: 'v1',
        majors: { v1: 'composite' },
        inputs: {
            user: { default: '__token__' },
            password: {},
            'repository-url': {},
            'packages-dir': { default: 'dist' },
            'verify-metadata': { default: 'true' },
            'skip-existing': { default: 'false' },
            verbose: { default: 'false' },
            'print-hash': { default: 'false' },
            attestations: { default: 'true' },
            repository_url: { deprecated: 'use `repository-url`' },
            packages_dir: { deprecated: 'use `packages-dir`' },
            verify_metadata: { deprecated: 'use `verify-metadata`' },
            skip_existing: { deprecated: 'use `skip-existing`' },
            print_hash: { deprecated: 'use `print-hash`' },
        },
        outputs: [],
        inputsComplete: false,
        inputsFrom: 'v1',
    },
    'actions/github-script': {
        current: 'v8',
        majors: { v3: 'node12', v4: 'node12', v5: 'node12', v6: 'node16', v7: 'node20', v8: 'node24' },
        inputs: {
            script: { required: true },
            'github-token': { default: '${{ github.token }}' },
            debug: { default: 'false' },
            'user-agent': { default: 'actions/github-script' },
            previews: {},
            'result-encoding': { default: 'json' },
            retries: { default: '0' },
            'retry-exempt-status-codes': { default: '400,401,403,404,422' },
            'base-url': {},
        },
        outputs: ['result'],
        outputsOpen: true,
        inputsComplete: true,
        inputsFrom: 'v7',
    },
    'docker/login-action': {
        current: 'v3',
        majors: { v1: 'node12', v2: 'node16', v3: 'node20' },
        inputs: {
            registry: {},
            username: {},
            password: {},
            scope: {},
            ecr: { default: 'auto' },
            logout: { default: 'true' },
            'registry-auth': {},
        },
        outputs: [],
        inputsComplete: true,
        inputsFrom: 'v3',
    },
    'docker/setup-buildx-action': {
        current: 'v3',
        majors: { v1: 'node12', v2: 'node16', v3: 'node20' },
        inputs: {
            version: {},
            driver: { default: 'docker-container' },
            'driver-opts': {},
            'buildkitd-flags': {},
            'buildkitd-config': {},
            'buildkitd-config-inline': {},
            install: { default: 'false' },
            use: { default: 'true' },
            name: {},
            endpoint: {},
            platforms: {},
            append: {},
            'keep-state': { default: 'false' },
            'cache-binary': { default: 'true' },
            cleanup: { default: 'true' },
            config: { deprecated: 'use buildkitd-config' },
            'config-inline': { deprecated: 'use buildkitd-config-inline' },
        },
        outputs: ['name', 'driver', 'platforms', 'nodes', 'endpoint', 'status', 'flags'],
        inputsComplete: true,
        inputsFrom: 'v3',
    },
    'docker/setup-qemu-action': {
        current: 'v3',
        majors: { v1: 'node12', v2: 'node16', v3: 'node20' },
        inputs: { image: {}, platforms: { default: 'all' }, 'cache-image': { default: 'true' } },
        outputs: ['platforms'],
        inputsComplete: true,
        inputsFrom: 'v3',
    },
    'docker/build-push-action': {
        current: 'v6',
        majors: { v1: 'node12', v2: 'node12', v3: 'node16', v4: 'node16', v5: 'node20', v6: 'node20' },
        inputs: Object.fromEntries([
            'add-hosts',
            'allow',
            'annotations',
            'attests',
            'build-args',
            'build-contexts',
            'builder',
            'cache-from',
            'cache-to',
            'call',
            'cgroup-parent',
            'context',
            'file',
            'labels',
            'load',
            'network',
            'no-cache',
            'no-cache-filters',
            'outputs',
            'platforms',
            'provenance',
            'pull',
            'push',
            'sbom',
            'secrets',
            'secret-envs',
            'secret-files',
            'shm-size',
            'ssh',
            'tags',
            'target',
            'ulimit',
            'github-token',
        ].map((name) => [name, {}])),
        outputs: ['imageid', 'digest', 'metadata'],
        inputsComplete: true,
        inputsFrom: 'v6',
    },
    'docker/metadata-action': {
        current: 'v5',
        majors: { v1: 'node12', v2: 'node12', v3: 'node16', v4: 'node16', v5: 'node20' },
        inputs: Object.fromEntries([
            'context',
            'images',
            'tags',
            'flavor',
            'labels',
            'annotations',
            'sep-tags',
            'sep-labels',
            'sep-annotations',
            'bake-target',
            'github-token',
        ].map((name) => [name, {}])),
        outputs: [
            'version',
            'tags',
            'labels',
            'annotations',
            'json',
            'bake-file',
            'bake-file-tags',
            'bake-file-labels',
            'bake-file-annotations',
        ],
        inputsComplete: true,
        inputsFrom: 'v5',
    },
    'github/codeql-action/init': {
        current: 'v4',
        majors: { v1: 'node12', v2: 'node16', v3: 'node20', v4: 'node24' },
        inputs: { languages: {}, 'build-mode': {}, queries: {}, packs: {}, 'config-file': {}, config: {}, tools: {} },
        outputs: ['codeql-path', 'codeql-version'],
        inputsComplete: false,
    },
    'github/codeql-action/analyze': {
        current: 'v4',
        majors: { v1: 'node12', v2: 'node16', v3: 'node20', v4: 'node24' },
        inputs: { category: {}, upload: {}, output: {} },
        outputs: ['db-locations', 'sarif-output', 'sarif-id'],
        inputsComplete: false,
    },
    'github/codeql-action/autobuild': {
        current: 'v4',
        majors: { v1: 'node12', v2: 'node16', v3: 'node20', v4: 'node24' },
        inputs: {},
        outputs: [],
        inputsComplete: false,
    },
    'github/codeql-action/upload-sarif': {
        current: 'v4',
        majors: { v1: 'node12', v2: 'node16', v3: 'node20', v4: 'node24' },
        inputs: {
            sarif_file: {},
            checkout_path: {},
            ref: {},
            sha: {},
            token: {},
            matrix: {},
            category: {},
            'wait-for-processing': {},
        },
        outputs: ['sarif-id'],
        inputsComplete: false,
    },
};
/** `owner/repo[/path]@ref` → the snapshot key and major (`v4` from `v4`, `v4.1.2`, `release/v4`; undefined for SHAs/other branches). */
function parseUses(uses) {
    const at = uses.lastIndexOf('@');
    if (at <= 0 || uses.startsWith('./') || uses.startsWith('docker://'))
        return undefined;
    const action = uses.slice(0, at).toLowerCase();
    const ref = uses.slice(at + 1);
    // `release/v1`: a release branch named after its major, as some actions recommend.
    const major = /^(?:release\/)?v(\d+)(?:\.\d+){0,2}$/.exec(ref)?.[1];
    return { action, ref, ...(major ? { major: `v${major}` } : {}) };
}
function majorNumber(major) {
    return Number(major.charCodeAt(0) === 118 /* v */ ? major.slice(1) : major);
}


/***/ }),

/***/ 6875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sT: () => (/* reexport */ ACTION_CONTEXTS),
  PN: () => (/* reexport */ ALL_CONTEXTS),
  AW: () => (/* reexport */ FUNCTIONS),
  Cn: () => (/* reexport */ accessesOf),
  pw: () => (/* reexport */ arityText),
  kO: () => (/* reexport */ contextAccesses),
  SX: () => (/* reexport */ parseCached),
  YK: () => (/* reexport */ parseExpression),
  Kl: () => (/* reexport */ scanEmbedded),
  YR: () => (/* reexport */ visit),
  T_: () => (/* reexport */ workflowAvailability)
});

// UNUSED EXPORTS: ExpressionError, tokenize

;// CONCATENATED MODULE: ./src/domains/github-actions/expressions/ast.ts
/** Visits every node, parents before children. */
function visit(node, fn) {
    fn(node);
    switch (node.kind) {
        case 'property':
        case 'star':
            visit(node.object, fn);
            break;
        case 'index':
            visit(node.object, fn);
            visit(node.index, fn);
            break;
        case 'call':
            for (const arg of node.args)
                visit(arg, fn);
            break;
        case 'not':
            visit(node.operand, fn);
            break;
        case 'binary':
            visit(node.left, fn);
            visit(node.right, fn);
            break;
        default:
            break;
    }
}
/**
 * Every maximal context access chain in an expression (`needs.build.outputs.version`, `matrix['os']`), outermost
 * only: `github.event.pull_request.title` yields one access, not four.
 */
function contextAccesses(root) {
    const out = [];
    const walk = (node) => {
        if (node.kind === 'property' || node.kind === 'index' || node.kind === 'star' || node.kind === 'context') {
            const path = [];
            let cursor = node;
            const pending = [];
            while (cursor.kind === 'property' || cursor.kind === 'index' || cursor.kind === 'star') {
                if (cursor.kind === 'property')
                    path.unshift({ name: cursor.name, start: cursor.nameStart, end: cursor.end });
                else if (cursor.kind === 'star')
                    path.unshift({ star: true, start: cursor.end - 1, end: cursor.end });
                else if (cursor.index.kind === 'literal' && cursor.index.type === 'string') {
                    path.unshift({ name: String(cursor.index.value), start: cursor.index.start, end: cursor.index.end });
                }
                else {
                    path.unshift({ dynamic: true, start: cursor.index.start, end: cursor.index.end });
                    pending.push(cursor.index);
                }
                cursor = cursor.object;
            }
            if (cursor.kind === 'context') {
                out.push({ context: cursor.name.toLowerCase(), path, start: node.start, end: node.end, node });
            }
            else {
                walk(cursor);
            }
            for (const inner of pending)
                walk(inner);
            return;
        }
        if (node.kind === 'call')
            for (const arg of node.args)
                walk(arg);
        else if (node.kind === 'not')
            walk(node.operand);
        else if (node.kind === 'binary') {
            walk(node.left);
            walk(node.right);
        }
    };
    walk(root);
    return out;
}

;// CONCATENATED MODULE: ./src/domains/github-actions/expressions/contexts.ts
const STEP_CONTEXTS = 'github needs strategy matrix job runner env vars secrets steps inputs';
const ROWS = [
    ['run-name', ['run-name'], 'github inputs vars', ''],
    ['defaults.run.shell', ['defaults', 'run', 'shell'], '', ''],
    ['concurrency', ['concurrency', '**'], 'github inputs vars', ''],
    ['env', ['env', '*'], 'github secrets inputs vars', ''],
    [
        'on.workflow_call.inputs.<inputs_id>.default',
        ['on', 'workflow_call', 'inputs', '*', 'default'],
        'github inputs vars',
        '',
    ],
    [
        'on.workflow_call.outputs.<output_id>.value',
        ['on', 'workflow_call', 'outputs', '*', 'value'],
        'github jobs vars inputs',
        '',
    ],
    ['jobs.<job_id>.concurrency', ['jobs', '*', 'concurrency', '**'], 'github needs strategy matrix inputs vars', ''],
    [
        'jobs.<job_id>.container.credentials',
        ['jobs', '*', 'container', 'credentials', '**'],
        'github needs strategy matrix env vars secrets inputs',
        '',
    ],
    [
        'jobs.<job_id>.container.env.<env_id>',
        ['jobs', '*', 'container', 'env', '*'],
        'github needs strategy matrix job runner env vars secrets inputs',
        '',
    ],
    ['jobs.<job_id>.container', ['jobs', '*', 'container', '**'], 'github needs strategy matrix vars inputs', ''],
    [
        'jobs.<job_id>.continue-on-error',
        ['jobs', '*', 'continue-on-error'],
        'github needs strategy vars matrix inputs',
        '',
    ],
    [
        'jobs.<job_id>.defaults.run',
        ['jobs', '*', 'defaults', 'run', '**'],
        'github needs strategy matrix env vars inputs',
        '',
    ],
    ['jobs.<job_id>.env', ['jobs', '*', 'env', '*'], 'github needs strategy matrix vars secrets inputs', ''],
    [
        'jobs.<job_id>.environment.url',
        ['jobs', '*', 'environment', 'url'],
        'github needs strategy matrix job runner env vars steps inputs',
        '',
    ],
    ['jobs.<job_id>.environment', ['jobs', '*', 'environment', '**'], 'github needs strategy matrix vars inputs', ''],
    ['jobs.<job_id>.if', ['jobs', '*', 'if'], 'github needs vars inputs', 'always cancelled success failure'],
    ['jobs.<job_id>.name', ['jobs', '*', 'name'], 'github needs strategy matrix vars inputs', ''],
    [
        'jobs.<job_id>.outputs.<output_id>',
        ['jobs', '*', 'outputs', '*'],
        'github needs strategy matrix job runner env vars secrets steps inputs',
        '',
    ],
    ['jobs.<job_id>.runs-on', ['jobs', '*', 'runs-on', '**'], 'github needs strategy matrix vars inputs', ''],
    [
        'jobs.<job_id>.secrets.<secrets_id>',
        ['jobs', '*', 'secrets', '**'],
        'github needs strategy matrix secrets inputs vars',
        '',
    ],
    [
        'jobs.<job_id>.services.<service_id>.credentials',
        ['jobs', '*', 'services', '*', 'credentials', '**'],
        'github needs strategy matrix env vars secrets inputs',
        '',
    ],
    [
        'jobs.<job_id>.services.<service_id>.env.<env_id>',
        ['jobs', '*', 'services', '*', 'env', '*'],
        'github needs strategy matrix job runner env vars secrets inputs',
        '',
    ],
    ['jobs.<job_id>.services', ['jobs', '*', 'services', '**'], 'github needs strategy matrix vars inputs', ''],
    [
        'jobs.<job_id>.steps.if',
        ['jobs', '*', 'steps', '#', 'if'],
        'github needs strategy matrix job runner env vars steps inputs',
        'always cancelled success failure hashFiles',
    ],
    // `shell` (of a step or of `defaults.run` outside a job) takes no expression: the runner's workflow schema gives its
    // type no context, and the docs' table has no row for it.
    ['jobs.<job_id>.steps.shell', ['jobs', '*', 'steps', '#', 'shell'], '', ''],
    ['jobs.<job_id>.steps.*', ['jobs', '*', 'steps', '#', '**'], STEP_CONTEXTS, 'hashFiles'],
    ['jobs.<job_id>.strategy', ['jobs', '*', 'strategy', '**'], 'github needs vars inputs', ''],
    ['jobs.<job_id>.timeout-minutes', ['jobs', '*', 'timeout-minutes'], 'github needs strategy matrix vars inputs', ''],
    ['jobs.<job_id>.with.<with_id>', ['jobs', '*', 'with', '*'], 'github needs strategy matrix inputs vars', ''],
];
const TABLE = ROWS.map(([key, pattern, contexts, functions]) => ({
    key,
    pattern,
    contexts: new Set(contexts ? contexts.split(' ') : []),
    functions: new Set(functions ? functions.split(' ').map((name) => name.toLowerCase()) : []),
}));
function matches(pattern, path) {
    let i = 0;
    for (const [index, segment] of pattern.entries()) {
        if (segment === '**')
            return index === pattern.length - 1;
        const actual = path[i];
        if (actual === undefined)
            return false;
        if (segment === '#') {
            if (typeof actual !== 'number')
                return false;
        }
        else if (segment !== '*' && segment !== String(actual))
            return false;
        i++;
    }
    return i === path.length;
}
const rowCache = new Map();
/** The table row for a value at a workflow key path, or undefined where the table says nothing (no check). */
function workflowAvailability(path) {
    // Job ids and step indexes do not change the row: cache on the path with them blanked.
    const key = path
        .map((segment, index) => (typeof segment === 'number' ? '#' : index === 1 && path[0] === 'jobs' ? '*' : segment))
        .join('\u0000');
    let hit = rowCache.get(key);
    if (hit === undefined) {
        hit = TABLE.find((row) => matches(row.pattern, path)) ?? null;
        if (rowCache.size > 5000)
            rowCache.clear();
        rowCache.set(key, hit);
    }
    return hit ?? undefined;
}
/** Every context name the language knows. */
const ALL_CONTEXTS = new Set([
    'github',
    'env',
    'vars',
    'job',
    'jobs',
    'steps',
    'runner',
    'secrets',
    'strategy',
    'matrix',
    'needs',
    'inputs',
]);
/** Contexts of action.yml values (composite steps, input defaults, outputs): no `secrets`, `needs` or `jobs`. */
const ACTION_CONTEXTS = new Set([
    'github',
    'env',
    'vars',
    'job',
    'steps',
    'runner',
    'strategy',
    'matrix',
    'inputs',
]);

;// CONCATENATED MODULE: ./src/domains/github-actions/expressions/functions.ts
const SPECS = [
    { name: 'contains', min: 2, max: 2 },
    { name: 'startsWith', min: 2, max: 2 },
    { name: 'endsWith', min: 2, max: 2 },
    { name: 'format', min: 1, max: Infinity },
    { name: 'join', min: 1, max: 2 },
    { name: 'toJSON', min: 1, max: 1 },
    { name: 'fromJSON', min: 1, max: 1 },
    { name: 'hashFiles', min: 1, max: Infinity },
    { name: 'case', min: 3, max: Infinity, odd: true },
    { name: 'success', min: 0, max: 0, status: true },
    { name: 'always', min: 0, max: 0, status: true },
    { name: 'cancelled', min: 0, max: 0, status: true },
    { name: 'failure', min: 0, max: 0, status: true },
];
const FUNCTIONS = new Map(SPECS.map((spec) => [spec.name.toLowerCase(), spec]));
function arityText(spec) {
    if (spec.odd)
        return `an odd number (at least ${spec.min}) of arguments`;
    if (spec.min === spec.max)
        return `${spec.min} argument${spec.min === 1 ? '' : 's'}`;
    if (spec.max === Infinity)
        return `at least ${spec.min} argument${spec.min === 1 ? '' : 's'}`;
    return `${spec.min} to ${spec.max} arguments`;
}

;// CONCATENATED MODULE: ./src/domains/github-actions/expressions/lexer.ts
class ExpressionError extends Error {
    offset;
    length;
    constructor(message, 
    /** Offset in the expression text where the problem starts. */
    offset, length = 1) {
        super(message);
        this.offset = offset;
        this.length = length;
    }
}
const OPERATORS = ['==', '!=', '<=', '>=', '&&', '||', '<', '>'];
function isIdentStart(code) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
}
function isIdentPart(code) {
    return isIdentStart(code) || (code >= 48 && code <= 57) || code === 45;
}
function isDigit(code) {
    return code >= 48 && code <= 57;
}
const NUMBER = /^-?(?:0x[0-9a-fA-F]+|0o[0-7]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|Infinity)/;
/** Splits an expression into tokens; throws ExpressionError at the first bad character. */
function tokenize(text) {
    const tokens = [];
    let i = 0;
    const n = text.length;
    while (i < n) {
        const code = text.charCodeAt(i);
        if (code === 32 || code === 9 || code === 10 || code === 13) {
            i++;
            continue;
        }
        const start = i;
        const previous = tokens[tokens.length - 1];
        // After a value, `.` is a dereference; elsewhere `.5` is a number.
        const afterValue = previous !== undefined &&
            ['identifier', 'rparen', 'rbracket', 'star', 'string', 'number', 'null', 'boolean'].includes(previous.kind);
        if (code === 39) {
            let value = '';
            i++;
            for (;;) {
                if (i >= n)
                    throw new ExpressionError('unterminated string literal', start, n - start);
                if (text.charCodeAt(i) === 39) {
                    if (text.charCodeAt(i + 1) === 39) {
                        value += "'";
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                value += text[i];
                i++;
            }
            tokens.push({ kind: 'string', text: value, start, end: i, value });
            continue;
        }
        if (code === 34)
            throw new ExpressionError('strings use single quotes, not double quotes', start);
        if (isDigit(code) ||
            ((code === 45 || code === 46) &&
                !afterValue &&
                (isDigit(text.charCodeAt(i + 1)) ||
                    text.startsWith('Infinity', i + 1) ||
                    (code === 45 && text.charCodeAt(i + 1) === 46)))) {
            const match = NUMBER.exec(text.slice(i));
            if (!match)
                throw new ExpressionError('invalid number', start);
            i += match[0].length;
            if (i < n && isIdentPart(text.charCodeAt(i)) && text.charCodeAt(i) !== 45) {
                while (i < n && isIdentPart(text.charCodeAt(i)))
                    i++;
                throw new ExpressionError(`invalid number "${text.slice(start, i)}"`, start, i - start);
            }
            const raw = match[0];
            const negative = raw.startsWith('-');
            const body = negative ? raw.slice(1) : raw;
            let value = body.startsWith('0x')
                ? parseInt(body.slice(2), 16)
                : body.startsWith('0o')
                    ? parseInt(body.slice(2), 8)
                    : Number(body);
            if (negative)
                value = -value;
            tokens.push({ kind: 'number', text: raw, start, end: i, value });
            continue;
        }
        if (isIdentStart(code)) {
            while (i < n && isIdentPart(text.charCodeAt(i)))
                i++;
            const word = text.slice(start, i);
            const afterDot = previous?.kind === 'dot';
            if (!afterDot && word === 'null')
                tokens.push({ kind: 'null', text: word, start, end: i, value: null });
            else if (!afterDot && (word === 'true' || word === 'false'))
                tokens.push({ kind: 'boolean', text: word, start, end: i, value: word === 'true' });
            else if (!afterDot && (word === 'NaN' || word === 'Infinity'))
                tokens.push({ kind: 'number', text: word, start, end: i, value: Number(word) });
            else
                tokens.push({ kind: 'identifier', text: word, start, end: i });
            continue;
        }
        const two = text.slice(i, i + 2);
        const op = OPERATORS.find((candidate) => candidate === two) ?? OPERATORS.find((candidate) => candidate === text[i]);
        if (op) {
            i += op.length;
            tokens.push({ kind: 'op', text: op, start, end: i });
            continue;
        }
        const single = {
            '.': 'dot',
            ',': 'comma',
            '(': 'lparen',
            ')': 'rparen',
            '[': 'lbracket',
            ']': 'rbracket',
            '!': 'not',
            '*': 'star',
        };
        const kind = single[text[i]];
        if (!kind) {
            if (text[i] === '=')
                throw new ExpressionError('unexpected "=": use "==" to compare', start);
            if (text[i] === '&' || text[i] === '|')
                throw new ExpressionError(`unexpected "${text[i]}": use "${text[i]}${text[i]}"`, start);
            throw new ExpressionError(`unexpected character "${text[i]}"`, start);
        }
        i++;
        tokens.push({ kind, text: text.slice(start, i), start, end: i });
    }
    tokens.push({ kind: 'eof', text: '', start: n, end: n });
    return tokens;
}

;// CONCATENATED MODULE: ./src/domains/github-actions/expressions/parser.ts

/**
 * Parses one expression (the text between `${{` and `}}`, or a bare `if:`). Throws ExpressionError with the offset
 * of the first problem. Precedence, loosest first: `||`, `&&`, `== !=`, `< <= > >=`, `!`, then access and calls.
 */
function parseExpression(text) {
    const tokens = tokenize(text);
    let position = 0;
    const peek = () => tokens[position];
    const next = () => tokens[position++];
    const fail = (token, message) => {
        throw new ExpressionError(message, token.start, Math.max(1, token.end - token.start));
    };
    const describe = (token) => token.kind === 'eof' ? 'end of expression' : `"${text.slice(token.start, token.end)}"`;
    const expect = (kind, what) => {
        const token = peek();
        if (token.kind !== kind)
            fail(token, `expected ${what}, found ${describe(token)}`);
        return next();
    };
    const binary = (ops, operand) => () => {
        let left = operand();
        while (peek().kind === 'op' && ops.includes(peek().text)) {
            const op = next().text;
            const right = operand();
            left = { kind: 'binary', op, left, right, start: left.start, end: right.end };
        }
        return left;
    };
    const primary = () => {
        const token = next();
        switch (token.kind) {
            case 'null':
            case 'boolean':
            case 'number':
            case 'string':
                return { kind: 'literal', type: token.kind, value: token.value ?? null, start: token.start, end: token.end };
            case 'lparen': {
                const inner = or();
                const close = expect('rparen', '")"');
                return { ...inner, start: token.start, end: close.end };
            }
            case 'identifier': {
                if (peek().kind === 'lparen') {
                    next();
                    const args = [];
                    if (peek().kind !== 'rparen') {
                        for (;;) {
                            args.push(or());
                            if (peek().kind === 'comma') {
                                next();
                                continue;
                            }
                            break;
                        }
                    }
                    const close = expect('rparen', '"," or ")"');
                    return { kind: 'call', name: token.text, nameEnd: token.end, args, start: token.start, end: close.end };
                }
                return { kind: 'context', name: token.text, start: token.start, end: token.end };
            }
            default:
                return fail(token, `unexpected ${describe(token)}`);
        }
    };
    const postfix = () => {
        let node = primary();
        for (;;) {
            const token = peek();
            if (token.kind === 'dot') {
                next();
                const name = next();
                if (name.kind === 'star')
                    node = { kind: 'star', object: node, start: node.start, end: name.end };
                else if (name.kind === 'identifier' ||
                    name.kind === 'null' ||
                    name.kind === 'boolean' ||
                    (name.kind === 'number' && /^[A-Za-z]/.test(name.text))) {
                    node = {
                        kind: 'property',
                        object: node,
                        name: name.text,
                        nameStart: name.start,
                        start: node.start,
                        end: name.end,
                    };
                }
                else
                    fail(name, `expected a property name after ".", found ${describe(name)}`);
            }
            else if (token.kind === 'lbracket') {
                next();
                if (peek().kind === 'star') {
                    next();
                    const close = expect('rbracket', '"]"');
                    node = { kind: 'star', object: node, start: node.start, end: close.end };
                }
                else {
                    const index = or();
                    const close = expect('rbracket', '"]"');
                    node = { kind: 'index', object: node, index, start: node.start, end: close.end };
                }
            }
            else {
                return node;
            }
        }
    };
    const unary = () => {
        if (peek().kind === 'not') {
            const bang = next();
            const operand = unary();
            return { kind: 'not', operand, start: bang.start, end: operand.end };
        }
        return postfix();
    };
    const comparison = binary(['<', '<=', '>', '>='], unary);
    const equality = binary(['==', '!='], comparison);
    const and = binary(['&&'], equality);
    const or = binary(['||'], and);
    if (peek().kind === 'eof')
        fail(peek(), 'empty expression');
    const root = or();
    if (peek().kind !== 'eof')
        fail(peek(), `unexpected ${describe(peek())} after the end of the expression`);
    return root;
}

;// CONCATENATED MODULE: ./src/domains/github-actions/expressions/cache.ts



const parsed = new Map();
/**
 * Parses an expression body once per run: bodies repeat a lot within a file and across a repository's workflows
 * (`${{ github.ref }}`, `${{ secrets.GITHUB_TOKEN }}`). ASTs are shared, so they must not be changed.
 */
function parseCached(body) {
    let hit = parsed.get(body);
    if (!hit) {
        try {
            hit = { ast: parseExpression(body) };
        }
        catch (error) {
            if (!(error instanceof ExpressionError))
                throw error;
            hit = { error };
        }
        if (parsed.size > 20_000)
            parsed.clear();
        parsed.set(body, hit);
    }
    return hit;
}
const accessCache = new WeakMap();
/** Context access chains of a parsed expression, computed once per distinct AST. */
function accessesOf(ast) {
    let hit = accessCache.get(ast);
    if (!hit) {
        hit = contextAccesses(ast);
        accessCache.set(ast, hit);
    }
    return hit;
}

;// CONCATENATED MODULE: ./src/domains/github-actions/expressions/scan.ts
/** Finds `${{ … }}` placeholders; a `}}` inside a single-quoted string literal does not close one. */
function scanEmbedded(text) {
    const out = [];
    let from = 0;
    for (;;) {
        const open = text.indexOf('${{', from);
        if (open < 0)
            return out;
        const bodyStart = open + 3;
        let i = bodyStart;
        let inString = false;
        let close = -1;
        while (i < text.length) {
            const char = text.charCodeAt(i);
            if (char === 39)
                inString = !inString;
            else if (!inString && char === 125 && text.charCodeAt(i + 1) === 125) {
                close = i;
                break;
            }
            i++;
        }
        if (close < 0) {
            out.push({ start: open, end: text.length, body: text.slice(bodyStart), bodyStart, closed: false });
            return out;
        }
        out.push({ start: open, end: close + 2, body: text.slice(bodyStart, close), bodyStart, closed: true });
        from = close + 2;
    }
}

;// CONCATENATED MODULE: ./src/domains/github-actions/expressions/index.ts









/***/ }),

/***/ 2895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gd: () => (/* binding */ rangeHolds),
/* harmony export */   nT: () => (/* binding */ firstFrom),
/* harmony export */   wM: () => (/* binding */ offsetsOf)
/* harmony export */ });
/** Appends the offset of every occurrence of `needle` in `text` to `into`, in order. */
function offsetsOf(text, needle, into) {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1))
        into.push(at);
    return into;
}
/** The first offset in `sorted` at or after `from`, or -1. */
function firstFrom(sorted, from) {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
        const mid = (low + high) >> 1;
        if (sorted[mid] < from)
            low = mid + 1;
        else
            high = mid;
    }
    return low < sorted.length ? sorted[low] : -1;
}
/** True when some offset of `sorted` lies in the node's source range (true when the node has none). */
function rangeHolds(sorted, range) {
    if (!range)
        return true;
    const next = firstFrom(sorted, range[0]);
    return next >= 0 && next < Math.max(range[1], range[2]);
}


/***/ }),

/***/ 4778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cn: () => (/* reexport safe */ _domains_github_actions_expressions_index_js__WEBPACK_IMPORTED_MODULE_1__.Cn),
/* harmony export */   Je: () => (/* binding */ stringOf),
/* harmony export */   Ml: () => (/* binding */ atOffsets),
/* harmony export */   RP: () => (/* binding */ valueOf),
/* harmony export */   at: () => (/* binding */ at),
/* harmony export */   cF: () => (/* binding */ pairOf),
/* harmony export */   hb: () => (/* binding */ mayRunOnWindows),
/* harmony export */   jO: () => (/* binding */ entries),
/* harmony export */   oL: () => (/* binding */ effectiveShell),
/* harmony export */   xS: () => (/* binding */ factsOf)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _domains_github_actions_expressions_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6875);
/* harmony import */ var _domains_github_actions_offsets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2895);
/* harmony import */ var _domains_yaml_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2276);




/**
 * Facts are kept on the SourceFile itself: a WeakMap keyed by the file whose value points back at it keeps every
 * file's facts alive through young-generation collections (an ephemeron), which cost more than the facts.
 */
const FACTS = Symbol('shipshape.gha-facts');

/** The pair named `key` of a mapping (or of the mapping an alias stands for). */
function pairOf(map, key) {
    const node = (0,_domains_yaml_document_js__WEBPACK_IMPORTED_MODULE_2__/* .deref */ .LA)(map);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        return undefined;
    for (const item of node.items)
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item.key) && String(item.key.value) === key)
            return item;
    return undefined;
}
/** The value named `key` of a mapping, aliases followed: a rule reading `env` sees what `env: *e` stands for. */
function valueOf(map, key) {
    const pair = pairOf(map, key);
    return pair && (0,_domains_yaml_document_js__WEBPACK_IMPORTED_MODULE_2__/* .deref */ .LA)(pair.value);
}
function stringOf(node) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.value !== null && typeof node.value !== 'object' ? String(node.value) : undefined;
}
function entries(map) {
    const node = (0,_domains_yaml_document_js__WEBPACK_IMPORTED_MODULE_2__/* .deref */ .LA)(map);
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) ? node.items.filter((item) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item.key)) : [];
}
function at(facts, node, path) {
    const range = node?.range;
    const span = range ? facts.file.spanOf(range[0], Math.max(range[1], range[0] + 1)) : facts.file.lineSpan(1);
    return { span, path: (0,_domains_yaml_document_js__WEBPACK_IMPORTED_MODULE_2__/* .pathString */ .hL)(path) };
}
function atOffsets(facts, start, end, path) {
    return {
        span: facts.file.spanOf(start, Math.max(end, start + 1)),
        path: typeof path === 'string' ? path : (0,_domains_yaml_document_js__WEBPACK_IMPORTED_MODULE_2__/* .pathString */ .hL)(path),
    };
}
function kindOf(file, root) {
    const base = file.path.slice(file.path.lastIndexOf('/') + 1);
    if (/^action\.ya?ml$/i.test(base))
        return 'action';
    if (/(^|\/)\.github\/workflows\/[^/]+$/.test(file.path))
        return 'workflow';
    if (pairOf(root, 'jobs') && (pairOf(root, 'on') || pairOf(root, 'true')))
        return 'workflow';
    if (pairOf(root, 'runs'))
        return 'action';
    return 'unknown';
}
const IF_KEYS = new Set(['if', 'pre-if', 'post-if']);
/** Offset in the file where a scalar's value text starts (after a quote). */
function valueStart(_file, scalar) {
    const start = scalar.range[0];
    return scalar.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_DOUBLE || scalar.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_SINGLE ? start + 1 : start;
}
function markersOf(text) {
    const placeholders = (0,_domains_github_actions_offsets_js__WEBPACK_IMPORTED_MODULE_3__/* .offsetsOf */ .wM)(text, '${{', []);
    const sites = (0,_domains_github_actions_offsets_js__WEBPACK_IMPORTED_MODULE_3__/* .offsetsOf */ .wM)(text, '\\', (0,_domains_github_actions_offsets_js__WEBPACK_IMPORTED_MODULE_3__/* .offsetsOf */ .wM)(text, 'if', [...placeholders])).sort((a, b) => a - b);
    return { placeholders, sites };
}
/**
 * Every expression site below `node`. One mutable path, copied only for values that hold an expression (most scalars
 * do not). A collection whose source holds neither `${{` nor an `if` key is skipped: a site's text lies inside its
 * collection's range (the walk does not follow aliases), and a key spelling `if` without the letters needs an
 * escape, hence the backslash among the markers. The `${{` of a scalar are found by searching the file's offsets of
 * them, not the rest of the text.
 */
function collectExpressions(facts, markers, node, path) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
        if (!(0,_domains_github_actions_offsets_js__WEBPACK_IMPORTED_MODULE_3__/* .rangeHolds */ .gd)(markers.sites, node.range))
            return;
        for (const item of node.items) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item.key))
                continue;
            path.push(String(item.key.value));
            collectExpressions(facts, markers, item.value, path);
            path.pop();
        }
        return;
    }
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
        if (!(0,_domains_github_actions_offsets_js__WEBPACK_IMPORTED_MODULE_3__/* .rangeHolds */ .gd)(markers.sites, node.range))
            return;
        for (let index = 0; index < node.items.length; index++) {
            path.push(index);
            collectExpressions(facts, markers, node.items[index], path);
            path.pop();
        }
        return;
    }
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || !node.range || typeof node.value !== 'string')
        return;
    const { text } = facts.file;
    const [from, to] = node.range;
    const hasPlaceholder = (0,_domains_github_actions_offsets_js__WEBPACK_IMPORTED_MODULE_3__/* .firstFrom */ .nT)(markers.placeholders, from);
    const last = path[path.length - 1];
    if (hasPlaceholder < 0 || hasPlaceholder >= to) {
        if (typeof last === 'string' && IF_KEYS.has(last) && node.value.trim() !== '') {
            const isBlock = node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.BLOCK_FOLDED || node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.BLOCK_LITERAL;
            const start = isBlock ? from : valueStart(facts.file, node);
            const body = isBlock ? node.value : text.slice(start, start + node.value.length);
            const site = {
                path: [...path],
                start,
                end: start + body.length,
                bodyStart: start,
                body: isBlock || body === node.value ? body : node.value,
                bare: true,
                closed: true,
                scalar: node,
            };
            Object.assign(site, (0,_domains_github_actions_expressions_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCached */ .SX)(site.body));
            facts.expressions.push(site);
        }
        return;
    }
    const source = text.slice(from, to);
    const sitePath = [...path];
    for (const embedded of (0,_domains_github_actions_expressions_index_js__WEBPACK_IMPORTED_MODULE_1__/* .scanEmbedded */ .Kl)(source)) {
        const site = {
            path: sitePath,
            start: from + embedded.start,
            end: from + embedded.end,
            bodyStart: from + embedded.bodyStart,
            body: embedded.body,
            bare: false,
            closed: embedded.closed,
            scalar: node,
        };
        if (embedded.closed)
            Object.assign(site, (0,_domains_github_actions_expressions_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCached */ .SX)(embedded.body));
        facts.expressions.push(site);
    }
}

function shellOf(node) {
    return stringOf(valueOf(valueOf(valueOf(node, 'defaults'), 'run'), 'shell'));
}
/** The `with` of a step without one: shared, and never added to (facts are read-only for rules and fixers). */
const NO_WITH = new Map();
function collectSteps(stepsValue, base) {
    const stepsNode = (0,_domains_yaml_document_js__WEBPACK_IMPORTED_MODULE_2__/* .deref */ .LA)(stepsValue);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(stepsNode))
        return [];
    const steps = [];
    const items = stepsNode.items;
    for (let index = 0; index < items.length; index++) {
        const item = (0,_domains_yaml_document_js__WEBPACK_IMPORTED_MODULE_2__/* .deref */ .LA)(items[index]);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(item))
            continue;
        // One pass over the step's keys; the first of equal names counts, as pairOf would find it.
        let withPair, idPair, usesPair, runPair, shellPair;
        for (const pair of item.items) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key))
                continue;
            switch (String(pair.key.value)) {
                case 'with':
                    withPair ??= pair;
                    break;
                case 'id':
                    idPair ??= pair;
                    break;
                case 'uses':
                    usesPair ??= pair;
                    break;
                case 'run':
                    runPair ??= pair;
                    break;
                case 'shell':
                    shellPair ??= pair;
                    break;
                default:
                    break;
            }
        }
        const withPairs = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)((0,_domains_yaml_document_js__WEBPACK_IMPORTED_MODULE_2__/* .deref */ .LA)(withPair?.value)) ? new Map() : NO_WITH;
        for (const pair of entries(withPair?.value))
            withPairs.set(String(pair.key.value), pair);
        // Optional fields only when present, in the order the rules and fixers have always seen.
        const step = { index, path: [...base, index], node: item };
        const id = (0,_domains_yaml_document_js__WEBPACK_IMPORTED_MODULE_2__/* .deref */ .LA)(idPair?.value);
        const uses = (0,_domains_yaml_document_js__WEBPACK_IMPORTED_MODULE_2__/* .deref */ .LA)(usesPair?.value);
        const run = (0,_domains_yaml_document_js__WEBPACK_IMPORTED_MODULE_2__/* .deref */ .LA)(runPair?.value);
        const shell = stringOf((0,_domains_yaml_document_js__WEBPACK_IMPORTED_MODULE_2__/* .deref */ .LA)(shellPair?.value));
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(id))
            step.id = id;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(uses))
            step.uses = uses;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(run))
            step.run = run;
        if (shell !== undefined)
            step.shell = shell;
        step.with = withPairs;
        steps.push(step);
    }
    return steps;
}
/** The facts of a GitHub Actions file, computed once per file. */
function factsOf(file) {
    const hit = file[FACTS];
    if (hit)
        return hit;
    const document = (0,_domains_yaml_document_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYaml */ .hN)(file).documents[0];
    const root = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(document?.contents) ? document.contents : undefined;
    const facts = {
        kind: kindOf(file, root),
        file,
        ...(document ? { document } : {}),
        ...(root ? { root } : {}),
        jobs: [],
        jobsById: new Map(),
        expressions: [],
        events: new Map(),
    };
    file[FACTS] = facts;
    if (!root)
        return facts;
    collectExpressions(facts, markersOf(file.text), root, []);
    if (facts.kind === 'workflow') {
        facts.defaultShell = shellOf(root);
        const on = pairOf(root, 'on') ?? pairOf(root, 'true');
        const onValue = (0,_domains_yaml_document_js__WEBPACK_IMPORTED_MODULE_2__/* .deref */ .LA)(on?.value);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(onValue) && onValue.value != null) {
            facts.events.set(String(onValue.value), { key: onValue, value: null });
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(onValue)) {
            for (const item of onValue.items)
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item))
                    facts.events.set(String(item.value), { key: item, value: null });
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(onValue)) {
            for (const pair of entries(onValue))
                facts.events.set(String(pair.key.value), { key: pair.key, value: pair.value });
        }
        for (const pair of entries(valueOf(root, 'jobs'))) {
            const id = String(pair.key.value);
            const value = (0,_domains_yaml_document_js__WEBPACK_IMPORTED_MODULE_2__/* .deref */ .LA)(pair.value);
            const node = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(value) ? value : undefined;
            const path = ['jobs', id];
            // One pass over the job's keys; the first of equal names counts, as valueOf would find it.
            let needsPair, usesPair, stepsPair;
            let outputsPair, defaultsPair, strategyPair;
            for (const item of node?.items ?? []) {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item.key))
                    continue;
                switch (String(item.key.value)) {
                    case 'needs':
                        needsPair ??= item;
                        break;
                    case 'uses':
                        usesPair ??= item;
                        break;
                    case 'steps':
                        stepsPair ??= item;
                        break;
                    case 'outputs':
                        outputsPair ??= item;
                        break;
                    case 'defaults':
                        defaultsPair ??= item;
                        break;
                    case 'strategy':
                        strategyPair ??= item;
                        break;
                    default:
                        break;
                }
            }
            const needsNode = (0,_domains_yaml_document_js__WEBPACK_IMPORTED_MODULE_2__/* .deref */ .LA)(needsPair?.value);
            const needs = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(needsNode)
                ? [needsNode]
                : (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(needsNode)
                    ? needsNode.items.filter(yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)
                    : [];
            const uses = (0,_domains_yaml_document_js__WEBPACK_IMPORTED_MODULE_2__/* .deref */ .LA)(usesPair?.value);
            const job = { id, key: pair.key, path };
            if (node)
                job.node = node;
            job.needs = needs;
            job.steps = collectSteps(stepsPair?.value, [...path, 'steps']);
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(uses))
                job.uses = uses;
            job.outputs = new Set(entries(outputsPair?.value).map((output) => String(output.key.value)));
            const shell = stringOf(valueOf(valueOf(defaultsPair?.value, 'run'), 'shell'));
            if (shell !== undefined)
                job.defaultShell = shell;
            const strategy = (0,_domains_yaml_document_js__WEBPACK_IMPORTED_MODULE_2__/* .deref */ .LA)(strategyPair?.value);
            const matrix = valueOf(strategy, 'matrix');
            if (strategy !== undefined && strategy !== null && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(strategy)) {
                // `strategy: ${{ fromJSON(…) }}`: the matrix is only known at run time.
                job.matrix = { keys: new Set(), dynamic: true };
            }
            else if (matrix !== undefined) {
                const keys = new Set();
                let dynamic = !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(matrix);
                for (const entry of entries(matrix)) {
                    const name = String(entry.key.value);
                    if (name === 'include' || name === 'exclude') {
                        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(entry.value)) {
                            for (const item of entry.value.items) {
                                if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(item)) {
                                    if (name === 'include')
                                        for (const inner of entries(item))
                                            keys.add(String(inner.key.value));
                                }
                                else
                                    dynamic = true;
                            }
                        }
                        else
                            dynamic = true;
                    }
                    else
                        keys.add(name);
                }
                job.matrix = { keys, dynamic };
            }
            facts.jobs.push(job);
            facts.jobsById.set(id, job);
        }
    }
    else if (facts.kind === 'action') {
        const runs = valueOf(root, 'runs');
        const steps = collectSteps(valueOf(runs, 'steps'), ['runs', 'steps']);
        if (steps.length > 0) {
            const job = { id: '', key: new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5(''), path: ['runs'], needs: [], steps, outputs: new Set() };
            facts.jobs.push(job);
        }
    }
    return facts;
}
/** The step-level shell: the step's `shell`, else job and workflow `defaults.run.shell`. */
function effectiveShell(facts, job, step) {
    return step.shell ?? job.defaultShell ?? facts.defaultShell;
}
/** True when a job may run on Windows (its runs-on mentions windows or comes from an expression). */
function mayRunOnWindows(job) {
    const runsOn = valueOf(job.node, 'runs-on');
    if (runsOn === undefined || runsOn === null)
        return false;
    const text = JSON.stringify((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(runsOn) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(runsOn) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(runsOn) ? runsOn.toJSON() : null);
    return /windows|\$\{\{/i.test(text);
}


/***/ })

};
