export const id = 412;
export const ids = [412];
export const modules = {

/***/ 3412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildCommand: () => (/* binding */ buildCommand)
});

// EXTERNAL MODULE: ./src/core/paths.ts
var paths = __webpack_require__(6107);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/stages/build/build.ts
/**
 * Builds an image once and pushes it under every tag: with buildah where no Docker daemon exists (daemonless,
 * reproducible with `--timestamp 0`), or with `docker buildx` and the GitHub Actions cache when a daemon and
 * buildx are there. Registry credentials come only from the environment and only ever reach a temporary
 * auth file (mode 0600) that is removed afterwards; they are never part of a command line or a log line.
 */





/** Runs a command without a shell, streaming its output to `log` line by line. */
const defaultExec = (cmd, args, { env, cwd, log }) => new Promise((resolvePromise) => {
    let stdout = '';
    let pending = '';
    const flush = (text, end = false) => {
        pending += text;
        const lines = pending.split('\n');
        pending = end ? '' : lines.pop();
        for (const line of end ? lines.filter((l) => l !== '') : lines)
            log(line);
    };
    const child = (0,external_node_child_process_.spawn)(cmd, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => {
        stdout += chunk.toString();
        flush(chunk.toString());
    });
    child.stderr.on('data', (chunk) => flush(chunk.toString()));
    child.on('error', (error) => {
        log(`${cmd}: ${error.message}`);
        resolvePromise({ code: 127, stdout });
    });
    child.on('close', (code) => {
        flush('', true);
        resolvePromise({ code: code ?? 1, stdout });
    });
});
/** Registry host of a reference, as auth files key it. */
function registryHost(ref) {
    const first = ref.split('/')[0];
    return ref.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')
        ? first
        : 'docker.io';
}
function storageFlags(storage) {
    const flags = [];
    if (storage?.root)
        flags.push('--root', storage.root);
    if (storage?.runroot)
        flags.push('--runroot', storage.runroot);
    if (storage?.driver)
        flags.push('--storage-driver', storage.driver);
    return flags;
}
/** Parses `KEY=value` lines (blank lines and `#` comments skipped). */
function parseBuildArgs(text) {
    const args = {};
    for (const [index, line] of text.split(/\r?\n/).entries()) {
        if (line.trim() === '' || line.trim().startsWith('#'))
            continue;
        const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
        if (!match)
            throw new errors/* UsageError */.eb(`build-args line ${index + 1} is not KEY=value`);
        args[match[1]] = match[2];
    }
    return args;
}
/** The commands a build runs, with build-arg values hidden; for logs. */
function describeCommand(cmd, args) {
    const shown = args.map((arg, i) => (args[i - 1] === '--build-arg' ? arg.replace(/=.*$/s, '=…') : arg));
    return [cmd, ...shown].map((part) => (/^[\w@%+=:,./…-]+$/.test(part) ? part : JSON.stringify(part))).join(' ');
}
async function available(exec, cmd, args, env, cwd) {
    const result = await exec(cmd, args, { env, cwd, log: () => { } });
    return result.code === 0;
}
async function chooseBuilder(options) {
    if (options.builder !== 'auto')
        return options.builder;
    const exec = options.exec ?? defaultExec;
    const env = options.env ?? process.env;
    if ((await available(exec, 'docker', ['info', '--format', '{{.ServerVersion}}'], env, options.cwd)) &&
        (await available(exec, 'docker', ['buildx', 'version'], env, options.cwd))) {
        return 'docker';
    }
    if (await available(exec, 'buildah', ['--version'], env, options.cwd))
        return 'buildah';
    throw new errors/* UsageError */.eb('build: neither a Docker daemon with buildx nor buildah is available');
}
/**
 * The active buildx builder's driver. Only a buildx builder (docker-container, kubernetes, remote) can export the
 * layer cache to the GitHub Actions cache; the default `docker` driver refuses with "Cache export is not supported
 * for the docker driver" (https://docs.docker.com/build/cache/backends/).
 */
async function buildxDriver(exec, env, cwd) {
    const result = await exec('docker', ['buildx', 'inspect'], { env, cwd, log: () => { } });
    if (result.code !== 0)
        return undefined;
    return /^Driver:\s*(\S+)/m.exec(result.stdout)?.[1];
}
/** The cache flags for a buildx build: the gha backend only with a buildx builder inside GitHub Actions. */
function cacheFlags(driver, env) {
    if (!driver || driver === 'docker') {
        return {
            flags: [],
            note: `layer cache off: the ${driver ?? 'unknown'} driver cannot export a cache (set up a buildx builder, e.g. docker/setup-buildx-action)`,
        };
    }
    if (!env.ACTIONS_RUNTIME_TOKEN || !(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL)) {
        return { flags: [], note: 'layer cache off: the GitHub Actions cache is only reachable from an action step' };
    }
    return {
        flags: ['--cache-from', 'type=gha', '--cache-to', 'type=gha,mode=max'],
        note: `layer cache: GitHub Actions cache through the ${driver} builder`,
    };
}
/** Writes a temporary auth file from REGISTRY_USERNAME/REGISTRY_PASSWORD; undefined when they are not set. */
function writeAuthFile(dir, refs, env) {
    const user = env.REGISTRY_USERNAME ?? '';
    const password = env.REGISTRY_PASSWORD ?? '';
    if (user === '' && password === '')
        return undefined;
    if (user === '' || password === '')
        throw new errors/* UsageError */.eb('build: set both REGISTRY_USERNAME and REGISTRY_PASSWORD, or neither');
    const auth = Buffer.from(`${user}:${password}`).toString('base64');
    const auths = Object.fromEntries([...new Set(refs.map(registryHost))].map((host) => [host, { auth }]));
    const file = (0,external_node_path_.join)(dir, 'config.json');
    (0,external_node_fs_.writeFileSync)(file, JSON.stringify({ auths }), { mode: 0o600 });
    return file;
}
async function buildImage(options) {
    if (options.refs.length === 0)
        throw new errors/* UsageError */.eb('build: no image tags to build');
    const exec = options.exec ?? defaultExec;
    const log = options.log ?? (() => { });
    const cwd = (0,external_node_path_.resolve)(options.cwd);
    const baseEnv = { ...(options.env ?? process.env) };
    // The tools never need the credentials themselves: they get the auth file.
    const env = { ...baseEnv };
    delete env.REGISTRY_USERNAME;
    delete env.REGISTRY_PASSWORD;
    const builder = await chooseBuilder({ ...options, env, exec, cwd });
    const work = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'shipshape-build-'));
    const run = async (step, cmd, args, extraEnv = {}) => {
        log(`$ ${describeCommand(cmd, args)}`);
        const result = await exec(cmd, args, { env: { ...env, ...extraEnv }, cwd, log });
        if (result.code !== 0)
            throw new BuildError(`${cmd} ${step} failed with exit code ${result.code}`);
        return result;
    };
    try {
        const authFile = options.push ? writeAuthFile(work, options.refs, baseEnv) : undefined;
        const dockerfile = options.dockerfile || (0,external_node_path_.join)(options.context, 'Dockerfile');
        const common = [
            ...Object.entries(options.labels ?? {}).flatMap(([key, value]) => ['--label', `${key}=${value}`]),
            ...Object.entries(options.buildArgs ?? {}).flatMap(([key, value]) => ['--build-arg', `${key}=${value}`]),
            ...options.refs.flatMap((ref) => ['--tag', ref]),
            '--file',
            dockerfile,
        ];
        const started = performance.now();
        if (builder === 'docker') {
            const metadata = (0,external_node_path_.join)(work, 'metadata.json');
            const cache = cacheFlags(await buildxDriver(exec, env, cwd), baseEnv);
            log(cache.note);
            // The temporary DOCKER_CONFIG holds only the credentials: link the user's buildx folder into it, so the
            // builder that docker/setup-buildx-action made current stays the one that builds.
            if (authFile)
                linkBuildxConfig(work, baseEnv);
            await run('build', 'docker', [
                'buildx',
                'build',
                ...common,
                ...cache.flags,
                '--metadata-file',
                metadata,
                options.push ? '--push' : '--load',
                options.context,
            ], { SOURCE_DATE_EPOCH: baseEnv.SOURCE_DATE_EPOCH ?? '0', ...(authFile ? { DOCKER_CONFIG: work } : {}) });
            const buildMs = performance.now() - started;
            const digest = options.push
                ? String(JSON.parse((0,external_node_fs_.readFileSync)(metadata, 'utf8'))['containerimage.digest'] ?? '')
                : '';
            if (options.push && !/^sha256:[0-9a-f]{64}$/.test(digest))
                throw new BuildError('build: docker buildx reported no image digest');
            return result(builder, options.refs, digest, { buildMs, pushMs: 0 });
        }
        const storage = storageFlags(options.storage);
        await run('bud', 'buildah', [
            ...storage,
            'bud',
            '--isolation',
            'chroot',
            '--timestamp',
            '0',
            '--format',
            options.format ?? 'oci',
            ...common,
            options.context,
        ]);
        const buildMs = performance.now() - started;
        if (!options.push)
            return result(builder, options.refs, '', { buildMs, pushMs: 0 });
        const pushStarted = performance.now();
        let digest = '';
        for (const [index, ref] of options.refs.entries()) {
            const digestFile = (0,external_node_path_.join)(work, `digest-${index}`);
            await run('push', 'buildah', [
                ...storage,
                'push',
                ...(options.tlsVerify === false ? ['--tls-verify=false'] : []),
                ...(authFile ? ['--authfile', authFile] : []),
                '--digestfile',
                digestFile,
                options.refs[0],
                `docker://${ref}`,
            ]);
            const pushed = (0,external_node_fs_.readFileSync)(digestFile, 'utf8').trim();
            if (digest !== '' && pushed !== digest)
                throw new BuildError(`build: ${ref} was pushed with digest ${pushed}, expected ${digest}`);
            digest = pushed;
        }
        return result(builder, options.refs, digest, { buildMs, pushMs: performance.now() - pushStarted });
    }
    finally {
        (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
    }
}
function result(builder, refs, digest, timings) {
    const repository = refs[0].replace(/:[^:/]+$/, '');
    return { builder, digest, refs, image: digest ? `${repository}@${digest}` : refs[0], timings };
}
function linkBuildxConfig(dir, env) {
    const buildx = (0,external_node_path_.join)(env.DOCKER_CONFIG || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker'), 'buildx');
    if ((0,external_node_fs_.existsSync)(buildx))
        (0,external_node_fs_.symlinkSync)(buildx, (0,external_node_path_.join)(dir, 'buildx'));
}
/** A failed build or push: the stage fails (exit 1), it is not a usage error. */
class BuildError extends Error {
    constructor(message) {
        super(message);
        this.name = 'BuildError';
    }
}

// EXTERNAL MODULE: ./src/stages/registry/release.ts
var release = __webpack_require__(654);
// EXTERNAL MODULE: ./src/pipeline/spec.ts + 1 modules
var spec = __webpack_require__(8765);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/spec-options.ts
var spec_options = __webpack_require__(2812);
// EXTERNAL MODULE: ./src/cli/commands/image-tags.ts + 2 modules
var image_tags = __webpack_require__(3169);
;// CONCATENATED MODULE: ./src/cli/commands/build.ts








/** The build stage's inputs as flags (`--dockerfile`, `--[no-]push`, `--[no-]tls-verify`, …), old names kept. */
const BUILD_FLAGS = {
    inputs: (0,spec/* pick */.Up)('build', ['context', 'dockerfile', 'build-args', 'push', 'builder', 'tls-verify']),
    aliases: [
        { flag: 'file', input: 'dockerfile' },
        { flag: 'build-arg', input: 'build-args', multiple: true },
        { flag: 'insecure-registry', input: 'tls-verify', value: false },
    ],
    env: true,
};
const buildCommand = {
    name: 'build',
    summary: 'Build an image once per commit (buildah or docker buildx), tag it by commit SHA and push it; outputs the digest.',
    // A getter: the help is rendered from the spec each time, so it always says what the spec says.
    get usage() {
        return `shipshape build --image <repo> [options]

Options:
${image_tags.TAG_USAGE}
  --candidate               push one tag only, candidate-<sha>: the release tags come from \`shipshape release\`
                            once the security gate has passed the digest
  --storage-root <dir>      buildah --root (default: SHIPSHAPE_STORAGE_ROOT or buildah's own)
  --storage-runroot <dir>   buildah --runroot (default: SHIPSHAPE_STORAGE_RUNROOT)
  --storage-driver <name>   buildah --storage-driver, e.g. vfs (default: SHIPSHAPE_STORAGE_DRIVER)

The build stage's inputs (as in actions/build and gitlab/build.yml); a flag left out is read from
SHIPSHAPE_<INPUT> (e.g. SHIPSHAPE_TLS_VERIFY=false), else the default:
${(0,spec_options/* specUsage */.D1)(BUILD_FLAGS)}

Registry credentials: REGISTRY_USERNAME and REGISTRY_PASSWORD in the environment (never as options).
Outputs: image (<repo>@<digest>), digest, tags.`;
    },
    async run(argv, io) {
        const { values } = (0,command/* parseCommandArgs */.Q)('build', (0,spec_options/* normalizeBooleanFlags */.zS)('build', BUILD_FLAGS, argv), {
            ...image_tags.TAG_OPTIONS,
            ...(0,spec_options/* specParseOptions */.rh)(BUILD_FLAGS),
            candidate: { type: 'boolean', default: false },
            'storage-root': { type: 'string' },
            'storage-runroot': { type: 'string' },
            'storage-driver': { type: 'string' },
        }, false);
        if (values.help) {
            io.stdout(`${this.usage}\n`);
            return 0;
        }
        const inputs = (0,spec_options/* readSpecFlags */.L5)('build', BUILD_FLAGS, values, io.env);
        const scope = (0,paths/* commandScope */.IW)(io.cwd, io.env);
        // Checked before the build starts: a bad path fails in a second, not after the image is built.
        (0,paths/* resolveReadPath */.sT)('--context', String(inputs.context), scope, 'directory');
        if (String(inputs.dockerfile))
            (0,paths/* resolveReadPath */.sT)('--dockerfile', String(inputs.dockerfile), scope);
        if (values.dotenv)
            (0,paths/* resolveWritePath */.bX)('--dotenv', values.dotenv, scope);
        const meta = (0,image_tags.metaFromArgs)('build', values, io);
        if (values.candidate && values.latest)
            throw new errors/* UsageError */.eb('build: --latest is a release tag; with --candidate pass it to `shipshape release`');
        // A candidate is pushed under one tag that no deploy or user pulls; it keeps the labels of the release.
        const refs = values.candidate
            ? [`${values.image}:${(0,release/* candidateTag */.G)(meta.labels['org.opencontainers.image.revision'])}`]
            : meta.refs;
        const buildArgs = parseBuildArgs(String(inputs['build-args']));
        const log = (line) => io.stderr(`${line}\n`);
        try {
            const result = await buildImage({
                builder: inputs.builder,
                cwd: io.cwd,
                context: String(inputs.context),
                dockerfile: String(inputs.dockerfile) || undefined,
                refs,
                labels: meta.labels,
                buildArgs,
                push: inputs.push === true,
                tlsVerify: inputs['tls-verify'] === true,
                storage: {
                    root: values['storage-root'] ?? (io.env.SHIPSHAPE_STORAGE_ROOT || undefined),
                    runroot: values['storage-runroot'] ?? (io.env.SHIPSHAPE_STORAGE_RUNROOT || undefined),
                    driver: values['storage-driver'] ?? (io.env.SHIPSHAPE_STORAGE_DRIVER || undefined),
                },
                env: io.env,
                log,
            });
            (0,image_tags.emitOutputs)({ image: result.image, digest: result.digest, tags: result.refs }, io, values.dotenv);
            io.stdout(`${result.image}\n`);
            io.stderr(`built with ${result.builder} in ${(result.timings.buildMs / 1000).toFixed(2)} s, pushed in ${(result.timings.pushMs / 1000).toFixed(2)} s\n`);
            return 0;
        }
        catch (error) {
            if (error instanceof BuildError) {
                io.stderr(`shipshape: ${error.message}\n`);
                return 1;
            }
            throw error;
        }
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

/***/ 2812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D1: () => (/* binding */ specUsage),
/* harmony export */   L5: () => (/* binding */ readSpecFlags),
/* harmony export */   rh: () => (/* binding */ specParseOptions),
/* harmony export */   zS: () => (/* binding */ normalizeBooleanFlags)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _pipeline_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5406);


/** The parseArgs option table for the inputs and their aliases. */
function specParseOptions(flags) {
    const options = {};
    for (const input of flags.inputs) {
        if (input.type === 'boolean') {
            options[input.name] = { type: 'boolean' };
            options[`no-${input.name}`] = { type: 'boolean' };
        }
        else {
            options[input.name] = { type: 'string' };
        }
    }
    for (const alias of flags.aliases ?? []) {
        options[alias.flag] =
            alias.value === undefined
                ? { type: 'string', ...(alias.multiple ? { multiple: true } : {}) }
                : { type: 'boolean' };
    }
    return options;
}
/** Rewrites `--<boolean input>=value` into `--<name>` or `--no-<name>` (parseArgs takes no value for a boolean). */
function normalizeBooleanFlags(command, flags, argv) {
    try {
        return rewriteBooleanFlags(flags, argv);
    }
    catch (error) {
        if (!(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb))
            throw error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${command}: ${error.message.replace(/^input "([^"]+)"/, '$1')}`);
    }
}
function rewriteBooleanFlags(flags, argv) {
    const booleans = new Set(flags.inputs.filter((input) => input.type === 'boolean').map((input) => input.name));
    const out = [];
    for (const arg of argv) {
        if (arg === '--') {
            out.push(...argv.slice(argv.indexOf(arg)));
            break;
        }
        const match = /^--([a-z][a-z0-9-]*)=(.*)$/s.exec(arg);
        if (match && booleans.has(match[1])) {
            const name = match[1];
            out.push((0,_pipeline_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBoolean */ .yG)(`--${name}`, match[2]) ? `--${name}` : `--no-${name}`);
        }
        else {
            out.push(arg);
        }
    }
    return out;
}
const envName = (input) => `SHIPSHAPE_${input.toUpperCase().replace(/-/g, '_')}`;
/** The raw text of one input as the flags (or the environment) give it; '' when absent. */
function rawValue(command, flags, input, values, env) {
    const aliases = (flags.aliases ?? []).filter((alias) => alias.input === input.name && values[alias.flag] !== undefined);
    if (input.type === 'boolean') {
        const given = new Map();
        if (values[input.name] === true)
            given.set(`--${input.name}`, true);
        if (values[`no-${input.name}`] === true)
            given.set(`--no-${input.name}`, false);
        for (const alias of aliases)
            if (values[alias.flag] === true)
                given.set(`--${alias.flag}`, alias.value);
        if (new Set(given.values()).size > 1)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${command}: ${[...given.keys()].join(' and ')} contradict each other`);
        if (given.size > 0)
            return String([...given.values()][0]);
    }
    else {
        const parts = [];
        if (typeof values[input.name] === 'string')
            parts.push(values[input.name]);
        for (const alias of aliases) {
            const value = values[alias.flag];
            parts.push(...(Array.isArray(value) ? value.map(String) : [String(value)]));
        }
        if (parts.length > 0)
            return parts.join('\n');
    }
    return flags.env ? (env[envName(input.name)] ?? '') : '';
}
/**
 * Typed values of the inputs from parsed flags: absent or empty means the spec's default; a bad value is a usage
 * error naming the flag.
 */
function readSpecFlags(command, flags, values, env = {}) {
    const raw = new Map(flags.inputs.map((input) => [input.name, rawValue(command, flags, input, values, env)]));
    try {
        return (0,_pipeline_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInputs */ .TL)(flags.inputs, (name) => raw.get(name) ?? '');
    }
    catch (error) {
        if (!(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb))
            throw error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${command}: ${error.message.replace(/^input "([^"]+)"/, '--$1')}`);
    }
}
function placeholder(input) {
    if (input.type === 'choice')
        return ` <${input.options.join('|')}>`;
    if (input.type === 'number')
        return ' <n>';
    return ' <value>';
}
/** Help lines: one per input (its spec description and default) and one per alias. */
function specUsage(flags) {
    const rows = flags.inputs.map((input) => {
        const flag = input.type === 'boolean' ? `--[no-]${input.name}` : `--${input.name}${placeholder(input)}`;
        const def = input.default === undefined
            ? ' [required]'
            : input.default === ''
                ? ''
                : ` [default: ${JSON.stringify(input.default).replace(/^"|"$/g, '')}]`;
        return [flag, `${input.description}${def}`];
    });
    for (const alias of flags.aliases ?? []) {
        const flag = alias.value === undefined ? `--${alias.flag} <value>` : `--${alias.flag}`;
        const target = alias.value === false ? `--no-${alias.input}` : `--${alias.input}`;
        rows.push([flag, `same as ${target}${alias.multiple ? ' (repeatable, one value per line of the input)' : ''}`]);
    }
    const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
    return rows.map(([flag, text]) => `  ${flag.padEnd(width)}${text}`).join('\n');
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


/***/ }),

/***/ 5762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   H2: () => (/* binding */ checkDigest),
/* harmony export */   j5: () => (/* binding */ defaultScheme),
/* harmony export */   o_: () => (/* binding */ parseImageReference)
/* harmony export */ });
/* unused harmony exports isTag, checkTag */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const DIGEST = /^sha256:[a-f0-9]{64}$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const REPOSITORY = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
function isDigest(value) {
    return DIGEST.test(value);
}
function isTag(value) {
    return TAG.test(value);
}
function checkTag(value, what = 'tag') {
    if (!TAG.test(value))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`invalid ${what} "${value}": use letters, digits, _, . and - (at most 128, not starting with . or -)`);
    return value;
}
function checkDigest(value) {
    if (!DIGEST.test(value))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`invalid digest "${value}": expected sha256: followed by 64 lowercase hex digits`);
    return value;
}
/**
 * Parses an image reference. The registry part is required (the kit never guesses Docker Hub): the first path
 * segment counts as a registry when it has a dot or a colon or is `localhost`, as Docker decides.
 */
function parseImageReference(text) {
    const value = text.trim();
    if (!value || /[\s\0]/.test(value))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`invalid image reference ${JSON.stringify(text)}`);
    let rest = value;
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        digest = checkDigest(rest.slice(at + 1));
        rest = rest.slice(0, at);
    }
    const slash = rest.indexOf('/');
    const first = slash === -1 ? '' : rest.slice(0, slash);
    if (!first || !(first.includes('.') || first.includes(':') || first === 'localhost')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`image reference "${value}" has no registry host: write it in full, e.g. ghcr.io/acme/app or 127.0.0.1:5000/app`);
    }
    let path = rest.slice(slash + 1);
    let tag;
    const colon = path.lastIndexOf(':');
    if (colon !== -1) {
        tag = checkTag(path.slice(colon + 1));
        path = path.slice(0, colon);
    }
    if (!REPOSITORY.test(path))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`invalid repository "${path}" in "${value}": lowercase letters, digits and separators only`);
    return { registry: first, repository: path, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}
function formatReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** Loopback registries speak plain HTTP by default; everything else HTTPS. */
function defaultScheme(registry) {
    const host = registry.startsWith('[') ? registry.slice(0, registry.indexOf(']') + 1) : registry.split(':')[0];
    return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' ? 'http' : 'https';
}


/***/ }),

/***/ 654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ candidateTag),
/* harmony export */   c: () => (/* binding */ releaseDigest)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5762);


const CANDIDATE = /^candidate-/;
function candidateTag(sha) {
    if (!/^[0-9a-f]{40}$/.test(sha))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('the commit SHA must be 40 lower-case hex characters');
    return `candidate-${sha}`;
}
async function releaseDigest(client, repository, digest, tags) {
    (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .checkDigest */ .H2)(digest);
    const wanted = tags.filter((tag) => !CANDIDATE.test(tag));
    if (wanted.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('release: no release tags to add');
    // Fetched by digest: getManifest checks the bytes hash to it, so a tag can only ever name the scanned image.
    const manifest = await client.getManifest(repository, digest);
    const moved = [];
    for (const tag of wanted) {
        const before = await client.tryResolveDigest(repository, tag);
        if (before === digest)
            continue;
        if (before)
            moved.push({ tag, from: before });
        await client.putManifest(repository, tag, manifest);
    }
    return { digest, tags: wanted, moved };
}


/***/ })

};
