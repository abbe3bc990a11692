export const id = 37;
export const ids = [37,169];
export const modules = {

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseCommandArgs)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/** node:util parseArgs with errors turned into usage errors that name the command. */
function parseCommandArgs(command, argv, options, allowPositionals = true) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, allowPositionals, strict: true });
    }
    catch (error) {
        const message = error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, '') : String(error);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${command}: ${message} (see \`shipshape ${command} --help\`)`);
    }
}


/***/ }),

/***/ 1037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cachePlanCommand: () => (/* binding */ cachePlanCommand)
});

// EXTERNAL MODULE: ./src/core/paths.ts
var paths = __webpack_require__(6107);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/stages/cache/detect.ts


const present = (dir, names) => names.filter((name) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, name)));
const matching = (dir, pattern) => {
    try {
        return (0,external_node_fs_.readdirSync)(dir)
            .filter((name) => pattern.test(name))
            .sort();
    }
    catch {
        return [];
    }
};
/** Package managers in the order they are checked; several may apply to one project (e.g. npm + pip). */
const TOOLS = [
    {
        tool: 'pnpm',
        lockfiles: (dir) => present(dir, ['pnpm-lock.yaml']),
        paths: () => ['~/.local/share/pnpm/store'],
        versionCommand: ['pnpm', '--version'],
        install: 'pnpm install --frozen-lockfile',
        test: 'pnpm test',
    },
    {
        tool: 'yarn',
        lockfiles: (dir) => present(dir, ['yarn.lock']),
        // Yarn 2+ (a .yarnrc.yml) keeps its cache in the project; Yarn 1 in the user cache.
        paths: (dir) => ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, '.yarnrc.yml')) ? ['.yarn/cache'] : ['~/.cache/yarn']),
        versionCommand: ['yarn', '--version'],
        install: 'yarn install --frozen-lockfile',
        test: 'yarn test',
    },
    {
        tool: 'npm',
        lockfiles: (dir) => present(dir, ['package-lock.json', 'npm-shrinkwrap.json']),
        paths: () => ['~/.npm'],
        versionCommand: ['npm', '--version'],
        install: 'npm ci',
        test: 'npm test',
    },
    {
        tool: 'uv',
        lockfiles: (dir) => present(dir, ['uv.lock']),
        paths: () => ['~/.cache/uv'],
        versionCommand: ['uv', '--version'],
        install: 'uv sync --frozen',
        test: 'uv run pytest',
    },
    {
        tool: 'poetry',
        lockfiles: (dir) => present(dir, ['poetry.lock']),
        paths: () => ['~/.cache/pypoetry'],
        versionCommand: ['poetry', '--version'],
        install: 'poetry install --no-interaction',
        test: 'poetry run pytest',
    },
    {
        tool: 'pip',
        lockfiles: (dir) => [...matching(dir, /^requirements.*\.txt$/), ...present(dir, ['constraints.txt'])],
        paths: () => ['~/.cache/pip'],
        versionCommand: ['pip', '--version'],
        install: 'pip install -r requirements.txt',
        test: 'python -m pytest',
    },
    {
        tool: 'go',
        lockfiles: (dir) => present(dir, ['go.sum']),
        paths: () => ['~/go/pkg/mod', '~/.cache/go-build'],
        versionCommand: ['go', 'env', 'GOVERSION'],
        install: 'go mod download',
        test: 'go test ./...',
    },
    {
        tool: 'maven',
        lockfiles: (dir) => present(dir, ['pom.xml']),
        paths: () => ['~/.m2/repository'],
        versionCommand: ['mvn', '--version'],
        install: 'mvn -B dependency:go-offline',
        test: 'mvn -B test',
    },
    {
        tool: 'gradle',
        lockfiles: (dir) => [
            ...matching(dir, /^(settings|build)\.gradle(\.kts)?$/),
            ...present(dir, ['gradle.lockfile', 'gradle/wrapper/gradle-wrapper.properties', 'gradle/libs.versions.toml']),
        ],
        paths: () => ['~/.gradle/caches', '~/.gradle/wrapper'],
        versionCommand: ['gradle', '--version'],
        install: './gradlew dependencies',
        test: './gradlew test',
    },
    {
        tool: 'cargo',
        lockfiles: (dir) => present(dir, ['Cargo.lock']),
        paths: () => ['~/.cargo/registry/index', '~/.cargo/registry/cache', '~/.cargo/git/db', 'target'],
        versionCommand: ['cargo', '--version'],
        install: 'cargo fetch --locked',
        test: 'cargo test --locked',
    },
];
/** Package managers used by the project in `dir`, judged by their lockfiles. */
function detectTools(dir) {
    const found = [];
    for (const info of TOOLS) {
        const lockfiles = info.lockfiles(dir);
        if (lockfiles.length === 0)
            continue;
        // Poetry and uv projects may also export requirements files; the lockfile tool wins.
        if (info.tool === 'pip' && found.some((d) => d.tool === 'poetry' || d.tool === 'uv'))
            continue;
        // pnpm/yarn lockfiles beside a package-lock.json: the project picked one; keep the first match only.
        if (info.tool === 'npm' && found.some((d) => d.tool === 'pnpm' || d.tool === 'yarn'))
            continue;
        if (info.tool === 'yarn' && found.some((d) => d.tool === 'pnpm'))
            continue;
        found.push({ tool: info.tool, lockfiles, info });
    }
    return found;
}
/** Extracts a version number from a tool's `--version` output (`pip 24.0 from …`, `go1.22.1`, `Apache Maven 3.9.6 …`). */
function parseVersion(output) {
    const match = /(\d+\.\d+(?:\.\d+)?(?:[-+.][0-9A-Za-z.]+)?)/.exec(output);
    return match ? match[1].replace(/[^0-9A-Za-z.+-]/g, '') : 'unknown';
}

;// CONCATENATED MODULE: ./src/stages/cache/plan.ts






/** Keys may not contain commas (actions/cache) and should stay readable: keep a safe subset. */
const keyPart = (text) => text.replace(/[^0-9A-Za-z._+-]/g, '_').slice(0, 64) || 'unknown';
function osLabel(platform = process.platform) {
    return platform === 'darwin' ? 'macos' : platform === 'win32' ? 'windows' : platform;
}
/** sha256 over each lockfile's relative path and bytes, in a fixed order: same inputs, same key, on any runner. */
function hashFiles(dir, files) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const file of [...files].sort()) {
        hash.update(file);
        hash.update('\0');
        hash.update((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, file)));
        hash.update('\0');
    }
    return hash.digest('hex');
}
function probeVersion(argv) {
    try {
        const [cmd, ...args] = argv;
        return parseVersion((0,external_node_child_process_.execFileSync)(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 15_000 }));
    }
    catch {
        return 'unknown';
    }
}
/** One cache entry per package manager detected in `dir`. */
function planCache(options) {
    const os = keyPart(options.os ?? osLabel());
    const home = options.home ?? (0,external_node_os_.homedir)();
    const probe = options.probe ?? probeVersion;
    return detectTools(options.dir).map(({ tool, lockfiles, info }) => {
        const version = keyPart(options.versions?.[tool] ?? probe(info.versionCommand));
        const prefix = `${os}-${tool}-${version}-`;
        const paths = info.paths(options.dir).map((path) => {
            if (path === '~' || path.startsWith('~/'))
                return (0,external_node_path_.join)(home, path.slice(1));
            return (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.join)(options.dir, path);
        });
        return {
            tool,
            key: `${prefix}${hashFiles(options.dir, lockfiles)}`,
            restoreKeys: [prefix, `${os}-${tool}-`],
            paths,
            lockfiles,
            install: info.install,
            test: info.test,
        };
    });
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/commands/image-tags.ts + 2 modules
var image_tags = __webpack_require__(3169);
;// CONCATENATED MODULE: ./src/cli/commands/cache-plan.ts




const cachePlanCommand = {
    name: 'cache-plan',
    summary: 'Detect package managers from lockfiles and compute dependency cache keys, paths and restore keys.',
    usage: `shipshape cache-plan [options]

Options:
  --dir <dir>       project directory (default: .)
  --os <label>      operating system part of the key (default: this machine's, e.g. linux)
  --dotenv <file>   also write the outputs as a GitLab dotenv report
  --json            print the whole plan as JSON

Outputs (first detected package manager): tools, cache-key, cache-restore-keys and cache-paths (JSON arrays),
install-command, test-command.`,
    async run(argv, io) {
        const { values } = (0,command/* parseCommandArgs */.Q)('cache-plan', argv, {
            dir: { type: 'string', default: '.' },
            os: { type: 'string' },
            dotenv: { type: 'string' },
            json: { type: 'boolean', default: false },
            help: { type: 'boolean', short: 'h' },
        }, false);
        if (values.help) {
            io.stdout(`${this.usage}\n`);
            return 0;
        }
        const dir = (0,paths/* resolveReadPath */.sT)('--dir', values.dir, (0,paths/* commandScope */.IW)(io.cwd, io.env), 'directory');
        const plan = planCache({ dir, os: values.os });
        const first = plan[0];
        (0,image_tags.emitOutputs)({
            tools: plan.map((entry) => entry.tool).join(','),
            'cache-key': first?.key ?? '',
            'cache-restore-keys': JSON.stringify(first?.restoreKeys ?? []),
            'cache-paths': JSON.stringify(first?.paths ?? []),
            'install-command': first?.install ?? '',
            'test-command': first?.test ?? '',
        }, io, values.dotenv);
        if (values.json)
            io.stdout(`${JSON.stringify(plan, null, 2)}\n`);
        else if (plan.length === 0)
            io.stdout('No lockfile found: nothing to cache.\n');
        else
            for (const entry of plan)
                io.stdout(`${entry.tool}: key ${entry.key}\n  paths: ${entry.paths.join(', ')}\n  restore: ${entry.restoreKeys.join(', ')}\n`);
        return 0;
    },
};


/***/ }),

/***/ 3169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TAG_OPTIONS: () => (/* binding */ TAG_OPTIONS),
  TAG_USAGE: () => (/* binding */ TAG_USAGE),
  emitOutputs: () => (/* binding */ emitOutputs),
  imageTagsCommand: () => (/* binding */ imageTagsCommand),
  metaFromArgs: () => (/* binding */ metaFromArgs)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/paths.ts
var paths = __webpack_require__(6107);
// EXTERNAL MODULE: ./src/stages/outputs.ts
var stages_outputs = __webpack_require__(2421);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/stages/image/context.ts

function git(cwd, args) {
    try {
        return ((0,external_node_child_process_.execFileSync)('git', ['-C', cwd, ...args], {
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
            timeout: 10_000,
        }).trim() || undefined);
    }
    catch {
        return undefined;
    }
}
/**
 * The commit being built, from GitHub's or GitLab's variables, else from git. `created` is the commit time
 * (or SOURCE_DATE_EPOCH) — never the wall clock — so rebuilding a commit gives the same image digest.
 */
function commitContext(env, cwd) {
    const sha = env.GITHUB_SHA || env.CI_COMMIT_SHA || git(cwd, ['rev-parse', 'HEAD']);
    let ref = env.GITHUB_REF;
    if (!ref && env.CI_COMMIT_TAG)
        ref = `refs/tags/${env.CI_COMMIT_TAG}`;
    else if (!ref && env.CI_MERGE_REQUEST_IID)
        ref = `refs/pull/${env.CI_MERGE_REQUEST_IID}/merge`;
    else if (!ref && env.CI_COMMIT_BRANCH)
        ref = `refs/heads/${env.CI_COMMIT_BRANCH}`;
    else if (!ref) {
        const branch = git(cwd, ['symbolic-ref', '--short', '-q', 'HEAD']);
        if (branch)
            ref = `refs/heads/${branch}`;
    }
    const source = env.GITHUB_REPOSITORY
        ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}`
        : env.CI_PROJECT_URL || undefined;
    let created;
    if (env.SOURCE_DATE_EPOCH && /^\d+$/.test(env.SOURCE_DATE_EPOCH)) {
        created = new Date(Number(env.SOURCE_DATE_EPOCH) * 1000).toISOString().replace(/\.000Z$/, 'Z');
    }
    else if (sha) {
        const time = git(cwd, ['show', '-s', '--format=%ct', sha]);
        if (time && /^\d+$/.test(time))
            created = new Date(Number(time) * 1000).toISOString().replace(/\.000Z$/, 'Z');
    }
    return { sha, ref, source, created };
}

;// CONCATENATED MODULE: ./src/stages/image/tags.ts
/**
 * Image tags and OCI labels for one commit, close to docker/metadata-action's defaults; differences are listed in
 * docs/github-kit.md ("Image tags").
 */

const IMAGE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?::[0-9]+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$/;
/** A valid Docker tag from any text: lower-case, runs of invalid characters → `-`, no leading `.`/`-`, ≤ 128. */
function sanitizeTag(text) {
    return text
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, 128);
}
function parseSemver(tag) {
    const match = SEMVER.exec(tag);
    if (!match)
        return undefined;
    return { major: match[1], minor: match[2], patch: match[3], prerelease: match[4], build: match[5] };
}
/** `v1.2.3` → 1.2.3, 1.2, 1; prereleases only their full version; major 0 gets no bare `0`. */
function semverTags(version) {
    const core = `${version.major}.${version.minor}.${version.patch}`;
    const full = sanitizeTag(`${core}${version.prerelease ? `-${version.prerelease}` : ''}${version.build ? `-${version.build}` : ''}`);
    if (version.prerelease)
        return [full];
    const tags = [full, `${version.major}.${version.minor}`];
    if (version.major !== '0')
        tags.push(version.major);
    return tags;
}
function imageMeta(options) {
    if (!IMAGE.test(options.image)) {
        throw new errors/* UsageError */.eb(`image "${options.image.slice(0, 80)}" is not a valid lower-case image repository (e.g. ghcr.io/acme/app)`);
    }
    if (!/^[0-9a-f]{40}$/.test(options.sha))
        throw new errors/* UsageError */.eb('the commit SHA must be 40 lower-case hex characters');
    const tags = [options.sha, `sha-${options.sha.slice(0, 7)}`];
    let version = `sha-${options.sha.slice(0, 7)}`;
    const ref = options.ref ?? '';
    const pull = /^refs\/pull\/(\d+)\/(?:merge|head)$/.exec(ref);
    if (ref.startsWith('refs/tags/')) {
        const name = ref.slice('refs/tags/'.length);
        const semver = parseSemver(name);
        const refTags = semver ? semverTags(semver) : [sanitizeTag(name)];
        tags.push(...refTags);
        version = refTags[0];
    }
    else if (pull) {
        tags.push(`pr-${pull[1]}`);
        version = `pr-${pull[1]}`;
    }
    else if (ref !== '') {
        const branch = sanitizeTag(ref.replace(/^refs\/heads\//, ''));
        if (branch !== '') {
            tags.push(branch);
            version = branch;
        }
    }
    if (options.latest)
        tags.push('latest');
    const unique = [...new Set(tags.filter((tag) => tag !== ''))];
    const labels = {
        'org.opencontainers.image.created': options.created ?? '1970-01-01T00:00:00Z',
        'org.opencontainers.image.revision': options.sha,
        'org.opencontainers.image.title': options.title ?? options.image.split('/').pop().replace(/:\d+$/, ''),
        'org.opencontainers.image.version': version,
    };
    if (options.source)
        labels['org.opencontainers.image.source'] = options.source;
    return { tags: unique, refs: unique.map((tag) => `${options.image}:${tag}`), labels, version };
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/commands/image-tags.ts






/** Lists go out newline-separated to $GITHUB_OUTPUT and comma-separated to a dotenv report (one line per variable). */
function emitOutputs(outputs, io, dotenvFlag) {
    const dotenv = dotenvFlag ? (0,paths/* resolveWritePath */.bX)('--dotenv', dotenvFlag, (0,paths/* commandScope */.IW)(io.cwd, io.env)) : undefined;
    const githubOutput = io.env.GITHUB_OUTPUT || undefined;
    if (githubOutput) {
        (0,stages_outputs/* writeOutputs */.K)(Object.fromEntries(Object.entries(outputs).map(([k, v]) => [k, Array.isArray(v) ? v.join('\n') : v])), { githubOutput });
    }
    if (dotenv) {
        (0,stages_outputs/* writeOutputs */.K)(Object.fromEntries(Object.entries(outputs).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v])), {
            dotenv,
        });
    }
}
const TAG_OPTIONS = {
    image: { type: 'string' },
    sha: { type: 'string' },
    ref: { type: 'string' },
    latest: { type: 'boolean', default: false },
    created: { type: 'string' },
    source: { type: 'string' },
    title: { type: 'string' },
    dotenv: { type: 'string' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
};
const TAG_USAGE = `  --image <repo>       image repository without tag, e.g. ghcr.io/acme/app (required)
  --sha <sha>          commit SHA (default: GITHUB_SHA, CI_COMMIT_SHA or git HEAD)
  --ref <ref>          git ref, e.g. refs/heads/main or refs/tags/v1.2.3 (default: from CI variables or git)
  --latest             also tag latest
  --created <time>     org.opencontainers.image.created (default: SOURCE_DATE_EPOCH or the commit time)
  --source <url>       org.opencontainers.image.source (default: from CI variables)
  --title <text>       org.opencontainers.image.title (default: last part of the image name)
  --dotenv <file>      also write the outputs as a GitLab dotenv report`;
function metaFromArgs(command, values, io) {
    if (!values.image)
        throw new errors/* UsageError */.eb(`${command}: --image is required (see \`shipshape ${command} --help\`)`);
    const context = commitContext(io.env, io.cwd);
    const sha = values.sha ?? context.sha;
    if (!sha)
        throw new errors/* UsageError */.eb(`${command}: no commit SHA: pass --sha or run inside a git checkout`);
    return imageMeta({
        image: values.image,
        sha,
        ref: values.ref ?? context.ref,
        latest: values.latest,
        created: values.created ?? context.created,
        source: values.source ?? context.source,
        title: values.title,
    });
}
const imageTagsCommand = {
    name: 'image-tags',
    summary: "Compute an image's tags (commit SHA, branch, semver) and OCI labels; writes them as stage outputs.",
    usage: `shipshape image-tags --image <repo> [options]

Options:
${TAG_USAGE}
  --json               print the tags and labels as JSON

Outputs: tags (full references), version, labels (JSON object).`,
    async run(argv, io) {
        const { values } = (0,command/* parseCommandArgs */.Q)('image-tags', argv, TAG_OPTIONS, false);
        if (values.help) {
            io.stdout(`${this.usage}\n`);
            return 0;
        }
        const meta = metaFromArgs('image-tags', values, io);
        emitOutputs({ tags: meta.refs, version: meta.version, labels: JSON.stringify(meta.labels) }, io, values.dotenv);
        io.stdout(values.json
            ? `${JSON.stringify({ tags: meta.refs, version: meta.version, labels: meta.labels }, null, 2)}\n`
            : `${meta.refs.join('\n')}\n`);
        return 0;
    },
};


/***/ }),

/***/ 6107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   IW: () => (/* binding */ commandScope),
/* harmony export */   Mt: () => (/* binding */ writeInside),
/* harmony export */   X$: () => (/* binding */ openInside),
/* harmony export */   bX: () => (/* binding */ resolveWritePath),
/* harmony export */   he: () => (/* binding */ realInside),
/* harmony export */   sT: () => (/* binding */ resolveReadPath),
/* harmony export */   xO: () => (/* binding */ readInside),
/* harmony export */   zA: () => (/* binding */ resolveArgumentPath)
/* harmony export */ });
/* unused harmony exports PathInputError, previewPath, realFolder, actionScope */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);



/** A path input that leads outside its scope or to nothing usable; names the input, never the file's content. */
class PathInputError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb {
    input;
    constructor(input, message) {
        super(`${input}: ${message}`);
        this.input = input;
        this.name = 'PathInputError';
    }
}
/** A path as shown in an error: printable, bounded, quoted. The value came from outside: never echo it raw. */
function previewPath(value) {
    const clean = value.replace(/[^\x20-\x7e]/g, '?');
    return JSON.stringify(clean.length > 120 ? `${clean.slice(0, 120)}…` : clean);
}
/** True when `child` is `parent` or inside it, lexically (no `..` escape, no other drive). */
function isInside(parent, child) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(parent, child);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
const realCache = new Map();
/** The real path of a folder that exists (cached: scopes are asked about again and again), else the path itself. */
function realFolder(path) {
    let real = realCache.get(path);
    if (real === undefined) {
        try {
            real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(path);
        }
        catch {
            real = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
        }
        realCache.set(path, real);
    }
    return real;
}
/** True when the real path of `path` (every symbolic link followed) lies inside the real path of one of `folders`. */
function realInside(folders, path) {
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(path);
    }
    catch {
        return false;
    }
    return folders.some((folder) => isInside(realFolder(folder), real));
}
function checkText(input, value) {
    if (value === '')
        throw new PathInputError(input, 'is empty');
    if (/[\0\r\n]/.test(value))
        throw new PathInputError(input, `${previewPath(value)} contains a line break or NUL`);
}
function describeScope(folders) {
    return folders.length === 1
        ? `the workspace ${folders[0]}`
        : `${folders.slice(0, -1).join(', ')} or ${folders[folders.length - 1]}`;
}
/**
 * Resolves a path input to read: it must exist inside the scope's read folders, also after following symbolic
 * links, and be a regular file or a folder as `kind` says. Throws a PathInputError naming the input otherwise.
 */
function resolveReadPath(input, value, scope, kind = 'file') {
    checkText(input, value);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(scope.base, value);
    if (!scope.read.some((folder) => isInside(folder, path)))
        throw new PathInputError(input, `${previewPath(value)} is outside ${describeScope(scope.read)}`);
    const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path, { throwIfNoEntry: false });
    if (!stats)
        throw new PathInputError(input, `${previewPath(value)} does not exist`);
    if (!realInside(scope.read, path))
        throw new PathInputError(input, `${previewPath(value)} leads outside ${describeScope(scope.read)} through a symbolic link`);
    let target;
    try {
        target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(path));
    }
    catch (error) {
        throw new PathInputError(input, `${previewPath(value)} cannot be read (${errorCode(error)})`);
    }
    if (kind === 'file' && !target.isFile())
        throw new PathInputError(input, `${previewPath(value)} is not a regular file`);
    if (kind === 'directory' && !target.isDirectory())
        throw new PathInputError(input, `${previewPath(value)} is not a folder`);
    if (kind === 'any' && !target.isFile() && !target.isDirectory())
        throw new PathInputError(input, `${previewPath(value)} is not a regular file or folder`);
    return path;
}
/**
 * Resolves a path argument naming what to check: it must exist (a dangling link counts: the walker reports it) and
 * lie inside the scope's read folders as written. Links are not followed here: file discovery skips, with a
 * notice, a link whose target is outside.
 */
function resolveArgumentPath(input, value, scope) {
    checkText(input, value);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(scope.base, value);
    if (!scope.read.some((folder) => isInside(folder, path)))
        throw new PathInputError(input, `${previewPath(value)} is outside ${describeScope(scope.read)}`);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path, { throwIfNoEntry: false }))
        throw new PathInputError(input, `${previewPath(value)} does not exist`);
    return path;
}
/**
 * Resolves a path input to write: it must land inside the scope's write folders, and so must the nearest folder
 * that exists on the way (so no folder is created outside) and the file itself when it is a symbolic link.
 * An existing target must be a regular file. Nothing is created here.
 */
function resolveWritePath(input, value, scope) {
    checkText(input, value);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(scope.base, value);
    if (!scope.write.some((folder) => isInside(folder, path)))
        throw new PathInputError(input, `${previewPath(value)} is outside ${describeScope(scope.write)}`);
    const existing = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path, { throwIfNoEntry: false });
    if (existing) {
        if (!realInside(scope.write, path))
            throw new PathInputError(input, `${previewPath(value)} leads outside ${describeScope(scope.write)} through a symbolic link`);
        const target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(path));
        if (!target.isFile())
            throw new PathInputError(input, `${previewPath(value)} exists and is not a regular file`);
        return path;
    }
    let ancestor = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path);
    while (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(ancestor, { throwIfNoEntry: false }) && (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(ancestor) !== ancestor)
        ancestor = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(ancestor);
    if (!realInside(scope.write, ancestor))
        throw new PathInputError(input, `${previewPath(value)} leads outside ${describeScope(scope.write)} through a symbolic link`);
    return path;
}
/** Writes a file at a path resolveWritePath accepted, creating its folders; failures name the input. */
function writeInside(input, path, text) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, text);
    }
    catch (error) {
        throw new PathInputError(input, `cannot write ${previewPath(path)} (${errorCode(error)})`);
    }
}
/** The error's code (ENOENT, EACCES, …) or its message: never more of a file than its name. */
function errorCode(error) {
    const code = error?.code;
    return typeof code === 'string' ? code : (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error);
}
/** The usual scope of a command-line run: the folder it runs in, plus the runner's temp folder for writes. */
function commandScope(cwd, env) {
    const base = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd);
    const temp = env.RUNNER_TEMP ? [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(env.RUNNER_TEMP)] : [];
    return { base, read: [base], write: [base, ...temp] };
}
/** The scope of an action: relative inputs against working-directory, reads in the workspace, writes also in RUNNER_TEMP. */
function actionScope(workspace, base, env) {
    const temp = env.RUNNER_TEMP ? [resolve(env.RUNNER_TEMP)] : [];
    return { base, read: [workspace], write: [workspace, ...temp] };
}
/** Folders whose files never hold repository content and may block or never end when read. */
const PSEUDO_FILESYSTEMS = ['/proc', '/sys', '/dev'];
/**
 * Reads a file found under `root` without ever leaving it or blocking: a symbolic link is followed only when its
 * real target is inside the root; the file is opened non-blocking and checked on the open descriptor, so a FIFO,
 * a device or a /proc file is never read. `maxSize` bounds the read.
 */
function openInside(root, path) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, path);
    const link = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(absolute, { throwIfNoEntry: false });
    if (!link)
        return { skipped: 'missing', detail: 'no such file' };
    const realRoot = realFolder(root);
    // A folder on the way may be a link too (a path argument naming one): its real place decides, once per folder.
    if (!isInside(realRoot, realFolder((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute)))) {
        return { skipped: 'outside', detail: 'in a folder linked from outside the repository (not followed)' };
    }
    if (link.isSymbolicLink()) {
        let real;
        try {
            real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(absolute);
        }
        catch {
            return { skipped: 'missing', detail: 'dangling symbolic link' };
        }
        if (!isInside(realRoot, real) || PSEUDO_FILESYSTEMS.some((folder) => isInside(folder, real))) {
            return { skipped: 'outside', detail: 'symbolic link to a path outside the repository (not followed)' };
        }
    }
    else if (!link.isFile()) {
        return { skipped: 'special', detail: 'not a regular file' };
    }
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(absolute, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOCTTY ?? 0));
    }
    catch (error) {
        return { skipped: 'unreadable', detail: `cannot read: ${errorCode(error)}` };
    }
    try {
        const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stats.isFile()) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            return { skipped: 'special', detail: 'not a regular file' };
        }
        return { fd, size: stats.size };
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        return { skipped: 'unreadable', detail: `cannot read: ${errorCode(error)}` };
    }
}
/**
 * Reads a file found under `root` without ever leaving it or blocking (see openInside); `maxSize` bounds the read.
 */
function readInside(root, path, maxSize) {
    const opened = openInside(root, path);
    if ('skipped' in opened)
        return opened;
    const { fd, size } = opened;
    try {
        if (size > maxSize)
            return { skipped: 'too-large', detail: `${size} bytes, larger than ${maxSize} bytes (max-file-size)` };
        const buffer = Buffer.allocUnsafe(size);
        let read = 0;
        while (read < size) {
            const count = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, read, size - read, read);
            if (count === 0)
                break;
            read += count;
        }
        return { buffer: buffer.subarray(0, read), size };
    }
    catch (error) {
        return { skipped: 'unreadable', detail: `cannot read: ${errorCode(error)}` };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

/***/ 2421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ writeOutputs)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);



const NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/**
 * Writes a stage's outputs where the platform reads them: `$GITHUB_OUTPUT` (heredoc syntax with a random
 * delimiter, so a value can never forge another output) and/or a GitLab dotenv report file.
 */
function writeOutputs(outputs, targets) {
    for (const name of Object.keys(outputs)) {
        if (!NAME.test(name))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`invalid output name "${name}"`);
    }
    if (targets.githubOutput) {
        let text = '';
        for (const [name, value] of Object.entries(outputs)) {
            const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomUUID)()}`;
            text += `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(targets.githubOutput, text);
    }
    if (targets.dotenv) {
        // GitLab dotenv reports are one KEY=value per line; a value with a line break cannot be represented.
        const lines = Object.entries(outputs).map(([name, value]) => {
            if (/[\r\n]/.test(value))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`output "${name}" has a line break and cannot go into a dotenv report`);
            return `${name.toUpperCase().replace(/-/g, '_')}=${value}`;
        });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(targets.dotenv, `${lines.join('\n')}\n`);
    }
}


/***/ })

};
