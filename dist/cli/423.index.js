export const id = 423;
export const ids = [423];
export const modules = {

/***/ 7423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployCommand: () => (/* binding */ deployCommand),
  rollbackCommand: () => (/* binding */ rollbackCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/paths.ts
var paths = __webpack_require__(6107);
// EXTERNAL MODULE: ./src/pipeline/spec.ts + 1 modules
var spec = __webpack_require__(8765);
// EXTERNAL MODULE: ./src/pipeline/validate.ts
var validate = __webpack_require__(5406);
;// CONCATENATED MODULE: ./src/stages/deploy/config.ts



const DIGEST = /^sha256:[a-f0-9]{64}$/;
const ENVIRONMENT = /^[A-Za-z0-9_][A-Za-z0-9_-]{0,62}$/;
const TRACKS = ['stable', 'canary', 'blue', 'green'];
class Reader {
    source;
    constructor(source) {
        this.source = source;
    }
    optional(name) {
        const value = this.source(name)?.trim();
        return value ? value : undefined;
    }
    required(name) {
        const value = this.optional(name);
        if (value === undefined)
            throw new errors/* UsageError */.eb(`input "${name}" is required`);
        return value;
    }
    choice(name, options, fallback) {
        const value = this.optional(name) ?? fallback;
        if (!options.includes(value))
            throw new errors/* UsageError */.eb(`input "${name}" must be one of ${options.join(', ')}, not "${value}"`);
        return value;
    }
    number(name, fallback, min, max) {
        const raw = this.optional(name);
        if (raw === undefined)
            return fallback;
        const value = Number(raw);
        if (!Number.isFinite(value) || value < min || value > max)
            throw new errors/* UsageError */.eb(`input "${name}" must be a number from ${min} to ${max}, not "${raw}"`);
        return value;
    }
    boolean(name, fallback) {
        const raw = this.optional(name);
        return raw === undefined ? fallback : (0,validate/* parseBoolean */.yG)(name, raw);
    }
    /** Comma- or newline-separated list. */
    list(name) {
        return (this.optional(name) ?? '')
            .split(/[,\n]/)
            .map((item) => item.trim())
            .filter(Boolean);
    }
}
function parseDigest(value, name) {
    if (!DIGEST.test(value))
        throw new errors/* UsageError */.eb(`input "${name}" must be an image digest (sha256: and 64 hex digits), not "${value.slice(0, 80)}"`);
    return value;
}
function parseHealthUrls(entries) {
    const urls = {};
    for (const entry of entries) {
        const match = /^(stable|canary|blue|green)=(.+)$/.exec(entry);
        const track = match ? match[1] : 'stable';
        const url = match ? match[2] : entry;
        if (!/^(https?:\/\/|unix:\/)/.test(url))
            throw new errors/* UsageError */.eb(`health URL "${url}" must start with http://, https:// or unix:/`);
        (urls[track] ??= []).push(url);
    }
    return urls;
}
function parseCanarySteps(entries) {
    const steps = entries.map((entry) => Number(entry.replace(/%$/, '')));
    if (steps.length === 0 || steps.some((step) => !Number.isInteger(step) || step < 1 || step > 99)) {
        throw new errors/* UsageError */.eb(`input "canary-steps" must list traffic percentages from 1 to 99, e.g. "10,50", not "${entries.join(',')}"`);
    }
    for (let i = 1; i < steps.length; i++) {
        if (steps[i] <= steps[i - 1])
            throw new errors/* UsageError */.eb('input "canary-steps" must increase, e.g. "10,25,50"');
    }
    return steps;
}
/**
 * Every input name the deploy and rollback stages read: the pipeline spec's, plus file-path and provenance
 * options that only the CLI offers.
 */
const DEPLOY_OPTION_NAMES = [
    ...new Set([...spec/* STAGES */.an.deploy, ...spec/* STAGES */.an.rollback].map((input) => input.name)),
    'ssh-key-file',
    'ssh-known-hosts-file',
    'commit',
    'run-url',
];
/** A rollback names the version to return to with `to-digest` (empty: the ledger's previous release). */
function parseRollbackConfig(source, env = {}) {
    const placeholder = `sha256:${'0'.repeat(64)}`;
    const raw = source('to-digest')?.trim() || undefined;
    const target = raw ? parseDigest(raw, 'to-digest') : undefined;
    const config = parseDeployConfig((name) => (name === 'digest' ? (target ?? placeholder) : source(name)), env);
    return { ...config, digest: target };
}
/** Inputs that may say `{environment}`, so one set of inputs serves dev, staging and prod. */
const PER_ENVIRONMENT = new Set([
    'health-urls',
    'ssh-hosts',
    'ssh-base-dir',
    'kube-namespace',
    'kube-deployment',
    'kube-context',
    'kube-service',
]);
function parseDeployConfig(source, env = {}) {
    const environment = new Reader(source).required('environment');
    const read = new Reader((name) => {
        const value = source(name);
        return value !== undefined && PER_ENVIRONMENT.has(name) ? value.replaceAll('{environment}', environment) : value;
    });
    if (!ENVIRONMENT.test(environment))
        throw new errors/* UsageError */.eb(`input "environment" must be letters, digits, _ and -, not "${environment}"`);
    const kind = read.choice('strategy', ['rolling', 'blue-green', 'canary'], 'rolling');
    const strategy = kind === 'rolling'
        ? { kind, batches: read.number('batches', 1, 1, 100) }
        : kind === 'canary'
            ? {
                kind,
                steps: parseCanarySteps(read.list('canary-steps').length ? read.list('canary-steps') : ['10', '50']),
                pauseSeconds: read.number('canary-pause-seconds', 60, 0, 3600),
            }
            : { kind };
    const driver = read.choice('driver', ['command', 'ssh', 'kubernetes'], 'command');
    const previous = read.optional('previous-digest');
    const config = {
        environment,
        image: read.required('image'),
        digest: parseDigest(read.required('digest'), 'digest'),
        previousDigest: previous ? parseDigest(previous, 'previous-digest') : undefined,
        strategy,
        driver,
        health: {
            retries: read.number('health-retries', 10, 1, 1000),
            intervalMs: read.number('health-interval-seconds', 5, 0, 600) * 1000,
            timeoutMs: read.number('health-timeout-seconds', 5, 1, 600) * 1000,
            successThreshold: read.number('health-success-threshold', 2, 1, 100),
        },
        healthUrls: parseHealthUrls(read.list('health-urls')),
        verifyCommand: read.optional('verify-command'),
        ledger: read.boolean('ledger', true),
        timeoutSeconds: read.number('timeout-seconds', 300, 1, 86_400),
        command: {
            deploy: read.optional('deploy-command'),
            route: read.optional('route-command'),
            rollback: read.optional('rollback-command'),
            live: read.optional('live-command'),
        },
        ssh: {
            hosts: read.list('ssh-hosts'),
            port: read.number('ssh-port', 22, 1, 65_535),
            keyFile: read.optional('ssh-key-file'),
            knownHostsFile: read.optional('ssh-known-hosts-file'),
            privateKey: read.optional('ssh-private-key'),
            knownHosts: read.optional('ssh-known-hosts'),
            acceptNew: read.boolean('ssh-accept-new', false),
            baseDir: read.optional('ssh-base-dir') ?? '/srv/app',
            source: read.optional('ssh-source'),
            restart: read.optional('restart-command'),
            stop: read.optional('stop-command'),
        },
        kubernetes: {
            namespace: read.optional('kube-namespace') ?? 'default',
            deployment: read.optional('kube-deployment'),
            container: read.optional('kube-container'),
            service: read.optional('kube-service'),
            context: read.optional('kube-context'),
            kubeconfig: read.optional('kubeconfig'),
        },
        gate: { approvers: read.list('approvers'), after: read.optional('after-environment') },
        webhookUrl: read.optional('webhook-url'),
        notifyOn: read.choice('notify-on', ['failure', 'always', 'never'], 'failure'),
        commit: read.optional('commit') ?? env.GITHUB_SHA ?? env.CI_COMMIT_SHA,
        runUrl: read.optional('run-url') ??
            (env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
                ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
                : env.CI_JOB_URL),
    };
    if (driver === 'command' && !config.command.deploy)
        throw new errors/* UsageError */.eb('the command driver needs input "deploy-command"');
    if (driver === 'ssh') {
        if (config.ssh.hosts.length === 0)
            throw new errors/* UsageError */.eb('the ssh driver needs input "ssh-hosts"');
        if (!config.ssh.restart)
            throw new errors/* UsageError */.eb('the ssh driver needs input "restart-command" (how the host starts a release)');
        if (!config.ssh.knownHosts && !config.ssh.knownHostsFile && !config.ssh.acceptNew) {
            throw new errors/* UsageError */.eb('the ssh driver needs input "ssh-known-hosts" (the targets\' known_hosts lines, e.g. from ssh-keyscan checked by hand), or ssh-accept-new: true to trust keys on first connection');
        }
    }
    if (driver === 'kubernetes' && !config.kubernetes.deployment)
        throw new errors/* UsageError */.eb('the kubernetes driver needs input "kube-deployment"');
    for (const track of Object.keys(config.healthUrls)) {
        if (!TRACKS.includes(track))
            throw new errors/* UsageError */.eb(`unknown track "${track}" in health-urls`);
    }
    return config;
}

// EXTERNAL MODULE: ./src/stages/deploy/notify.ts
var notify = __webpack_require__(9730);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/stages/registry/auth.ts
var auth = __webpack_require__(1845);
// EXTERNAL MODULE: ./src/stages/registry/client.ts
var registry_client = __webpack_require__(5188);
// EXTERNAL MODULE: ./src/stages/registry/ledger.ts
var registry_ledger = __webpack_require__(990);
// EXTERNAL MODULE: ./src/stages/registry/reference.ts
var registry_reference = __webpack_require__(5762);
// EXTERNAL MODULE: ./src/stages/registry/release.ts
var release = __webpack_require__(654);
;// CONCATENATED MODULE: ./src/stages/registry/index.ts






// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/stages/deploy/drivers/command.ts


/**
 * Runs one user-supplied command with `/bin/sh -c`. What it needs arrives as SHIPSHAPE_* environment variables,
 * never spliced into the command text, so digests and names cannot inject shell code.
 */
function runCommand(command, options) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)('/bin/sh', ['-c', command], {
            cwd: options.cwd,
            env: { ...process.env, ...options.env },
            stdio: ['ignore', 'pipe', 'pipe'],
            timeout: options.timeoutMs,
            killSignal: 'SIGKILL',
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
        child.on('error', (error) => resolve({ code: 127, stdout, stderr: `${stderr}${error.message}` }));
        child.on('close', (code, signal) => resolve({
            code: code ?? (signal ? 128 : 1),
            stdout,
            stderr: signal === 'SIGKILL' ? `${stderr}timed out after ${options.timeoutMs} ms` : stderr,
        }));
    });
}
function tail(text, lines = 5) {
    return text.trim().split('\n').slice(-lines).join(' | ');
}
class CommandDriver {
    config;
    request;
    name = 'command';
    constructor(config, request) {
        this.config = config;
        this.request = request;
        const kind = request.strategy.kind;
        if ((kind === 'blue-green' || kind === 'canary') && !config.route) {
            throw new errors/* UsageError */.eb(`the ${kind} strategy needs a route command (how traffic moves between tracks)`);
        }
        if (kind === 'blue-green' && !config.live) {
            throw new errors/* UsageError */.eb('the blue-green strategy needs a live command (prints the colour serving now)');
        }
    }
    async exec(what, command, env) {
        const outcome = await runCommand(command, {
            cwd: this.config.cwd,
            timeoutMs: this.config.timeoutMs ?? 300_000,
            env: {
                ...this.config.env,
                SHIPSHAPE_ENVIRONMENT: this.request.environment,
                SHIPSHAPE_IMAGE: this.request.image,
                SHIPSHAPE_PREVIOUS_DIGEST: this.request.previousDigest ?? '',
                SHIPSHAPE_STRATEGY: this.request.strategy.kind,
                ...env,
            },
        });
        if (outcome.code !== 0)
            throw new Error(`${what} command exited ${outcome.code}${outcome.stderr.trim() ? `: ${tail(outcome.stderr)}` : ''}`);
        return outcome;
    }
    stepEnv(step) {
        return {
            SHIPSHAPE_DIGEST: step.digest ?? '',
            SHIPSHAPE_IMAGE_REF: step.digest ? `${this.request.image}@${step.digest}` : '',
            SHIPSHAPE_TRACK: step.track,
            SHIPSHAPE_BATCH: String(step.batch?.index ?? 0),
            SHIPSHAPE_BATCHES: String(step.batch?.count ?? 1),
        };
    }
    async deploy(step) {
        await this.exec('deploy', this.config.deploy, this.stepEnv(step));
    }
    async route(track, weight) {
        await this.exec('route', this.config.route, { SHIPSHAPE_TRACK: track, SHIPSHAPE_WEIGHT: String(weight) });
    }
    async liveColour() {
        const { stdout } = await this.exec('live', this.config.live, {});
        const colour = stdout.trim();
        if (colour === '')
            return 'blue';
        if (colour !== 'blue' && colour !== 'green')
            throw new Error(`live command printed "${colour.slice(0, 40)}", expected blue or green`);
        return colour;
    }
    async rollback(step) {
        await this.exec('rollback', this.config.rollback ?? this.config.deploy, this.stepEnv(step));
    }
    healthUrls(track) {
        return this.config.healthUrls[track] ?? [];
    }
    /** The optional verify command, as a verifier add-on. */
    verifyCommand() {
        const command = this.config.verify;
        if (!command)
            return undefined;
        return async (track) => {
            try {
                await this.exec('verify', command, { SHIPSHAPE_TRACK: track, SHIPSHAPE_DIGEST: this.request.digest });
                return { ok: true, detail: 'verify command passed' };
            }
            catch (error) {
                return { ok: false, detail: error instanceof Error ? error.message : String(error) };
            }
        };
    }
}

;// CONCATENATED MODULE: ./src/stages/deploy/drivers/kubernetes.ts


const kubectl = (args) => new Promise((resolve, reject) => {
    (0,external_node_child_process_.execFile)('kubectl', args, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
        if (error)
            reject(new Error(`kubectl ${args.slice(0, 3).join(' ')} failed: ${(stderr || error.message).trim().split('\n').slice(-3).join(' | ')}`));
        else
            resolve(stdout);
    });
});
const NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
/**
 * Deploys by digest with kubectl: `set image` on the Deployment, then `rollout status` with a timeout. Blue-green
 * switches a Service's `slot` selector between two Deployments; canary scales a second Deployment that the same
 * Service selects, so its share of pods is its share of traffic. Rollback sets the previous digest back, or uses
 * `rollout undo` when none is known.
 */
class KubernetesDriver {
    config;
    request;
    run;
    name = 'kubernetes';
    constructor(config, request, run = kubectl) {
        this.config = config;
        this.request = request;
        this.run = run;
        for (const [what, value] of Object.entries({
            namespace: config.namespace,
            deployment: config.deployment,
            service: config.service ?? 'x',
            container: config.container ?? 'x',
        })) {
            if (!NAME.test(value))
                throw new errors/* UsageError */.eb(`invalid Kubernetes ${what} name "${value}"`);
        }
        if (request.strategy.kind === 'blue-green' && !config.service)
            throw new errors/* UsageError */.eb('blue-green on Kubernetes needs input "kube-service"');
    }
    base() {
        return [
            ...(this.config.kubeconfigFile ? ['--kubeconfig', this.config.kubeconfigFile] : []),
            ...(this.config.context ? ['--context', this.config.context] : []),
            '--namespace',
            this.config.namespace,
        ];
    }
    deploymentOf(track) {
        return track === 'stable' ? this.config.deployment : `${this.config.deployment}-${track}`;
    }
    async setImage(track, digest) {
        const deployment = this.deploymentOf(track);
        const container = this.config.container ?? this.config.deployment;
        await this.run([
            ...this.base(),
            'set',
            'image',
            `deployment/${deployment}`,
            `${container}=${this.request.image}@${digest}`,
        ]);
        await this.rolloutStatus(deployment);
    }
    async rolloutStatus(deployment) {
        await this.run([
            ...this.base(),
            'rollout',
            'status',
            `deployment/${deployment}`,
            `--timeout=${this.config.timeoutSeconds}s`,
        ]);
    }
    async scale(track, replicas) {
        await this.run([...this.base(), 'scale', `deployment/${this.deploymentOf(track)}`, `--replicas=${replicas}`]);
    }
    async deploy(step) {
        if (step.track === 'canary')
            await this.scale('canary', 1);
        await this.setImage(step.track, step.digest);
    }
    async route(track, weight) {
        if (track === 'blue' || track === 'green') {
            const patch = JSON.stringify({ spec: { selector: { slot: track } } });
            await this.run([...this.base(), 'patch', 'service', this.config.service, '--type=merge', '-p', patch]);
            return;
        }
        if (track !== 'canary')
            return;
        if (weight <= 0) {
            await this.scale('canary', 0);
            return;
        }
        const stable = Number((await this.run([
            ...this.base(),
            'get',
            `deployment/${this.config.deployment}`,
            '-o',
            'jsonpath={.spec.replicas}',
        ])).trim()) || 1;
        await this.scale('canary', canaryReplicas(stable, weight));
        await this.rolloutStatus(this.deploymentOf('canary'));
    }
    async liveColour() {
        const slot = (await this.run([...this.base(), 'get', 'service', this.config.service, '-o', 'jsonpath={.spec.selector.slot}'])).trim();
        return slot === 'green' ? 'green' : 'blue';
    }
    async rollback(step) {
        if (step.track === 'canary' || (step.track !== 'stable' && !step.digest)) {
            await this.scale(step.track, 0);
            return;
        }
        if (step.digest) {
            await this.setImage(step.track, step.digest);
            return;
        }
        await this.run([...this.base(), 'rollout', 'undo', `deployment/${this.deploymentOf(step.track)}`]);
        await this.rolloutStatus(this.deploymentOf(step.track));
    }
    healthUrls(track) {
        return this.config.healthUrls[track] ?? [];
    }
}
/** Canary pods for a traffic share: stable × p / (100 − p), at least one. */
function canaryReplicas(stableReplicas, weight) {
    return Math.max(1, Math.round((stableReplicas * weight) / (100 - Math.min(weight, 99))));
}

;// CONCATENATED MODULE: ./src/stages/deploy/drivers/ssh.ts


const SAFE_NAME = /^[A-Za-z0-9._@:+-]+$/;
/** Quotes a value as one POSIX shell word. */
function shellQuote(value) {
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
/** The folder name of a release: the digest's hex, shortened, so paths stay readable and safe. */
function releaseId(digest) {
    const hex = digest.replace(/^sha256:/, '');
    if (!/^[a-f0-9]{12,64}$/.test(hex))
        throw new errors/* UsageError */.eb(`not an image digest: "${digest.slice(0, 80)}"`);
    return hex.slice(0, 16);
}
/** The link a track is served from: `current` for the stable set, the track name otherwise. */
function linkName(track) {
    return track === 'stable' ? 'current' : track;
}
/**
 * Deploys over ssh to a releases folder: upload to `releases/<id>`, switch the track's link atomically
 * (`ln -s` to a temporary name, then `mv -T`, which is one rename), restart. Rollback re-points the link at the
 * previous release, which is still on the host. Blue-green traffic moves by the same atomic rename of
 * `active.sock`, a link to the live colour's unix socket that the proxy (nginx) connects to.
 */
class SshDriver {
    config;
    request;
    name = 'ssh';
    constructor(config, request) {
        this.config = config;
        this.request = request;
        if (config.hosts.length === 0)
            throw new errors/* UsageError */.eb('the ssh driver needs at least one host');
        for (const host of config.hosts) {
            if (!SAFE_NAME.test(host) || host.startsWith('-'))
                throw new errors/* UsageError */.eb(`invalid ssh host "${host}"`);
        }
        if (!config.baseDir.startsWith('/'))
            throw new errors/* UsageError */.eb(`the remote base folder must be absolute, not "${config.baseDir}"`);
    }
    sshArgs(host) {
        const args = ['-o', 'BatchMode=yes', '-o', 'ConnectTimeout=10'];
        if (this.config.port)
            args.push('-p', String(this.config.port));
        if (this.config.identityFile)
            args.push('-i', this.config.identityFile, '-o', 'IdentitiesOnly=yes');
        if (this.config.knownHostsFile)
            args.push('-o', `UserKnownHostsFile=${this.config.knownHostsFile}`, '-o', 'StrictHostKeyChecking=yes');
        else
            args.push('-o', 'StrictHostKeyChecking=accept-new');
        return [...args, '--', host];
    }
    /** Runs a script on a host through `sh -s` (the script travels on stdin, never on the command line). */
    remote(host, script, input) {
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_.spawn)('ssh', [...this.sshArgs(host), input ? `sh -c ${shellQuote(script)}` : 'sh -s'], {
                stdio: ['pipe', 'pipe', 'pipe'],
                timeout: this.config.timeoutMs ?? 300_000,
                killSignal: 'SIGKILL',
            });
            let stdout = '';
            let stderr = '';
            child.stdout.on('data', (chunk) => (stdout += chunk.toString()));
            child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
            child.on('error', (error) => reject(new Error(`ssh ${host}: ${error.message}`)));
            child.on('close', (code) => {
                if (code === 0)
                    resolve(stdout);
                else
                    reject(new Error(`ssh ${host} exited ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`));
            });
            if (input)
                input().pipe(child.stdin);
            else
                child.stdin.end(script);
        });
    }
    header(track, digest) {
        const vars = {
            ...this.config.env,
            SHIPSHAPE_BASE: this.config.baseDir,
            SHIPSHAPE_ENVIRONMENT: this.request.environment,
            SHIPSHAPE_IMAGE: this.request.image,
            SHIPSHAPE_DIGEST: digest ?? '',
            SHIPSHAPE_IMAGE_REF: digest ? `${this.request.image}@${digest}` : '',
            SHIPSHAPE_TRACK: track,
            SHIPSHAPE_LINK: linkName(track),
        };
        const lines = Object.entries(vars).map(([name, value]) => {
            if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
                throw new errors/* UsageError */.eb(`invalid variable name "${name}"`);
            return `${name}=${shellQuote(value)}; export ${name}`;
        });
        return ['set -eu', ...lines].join('\n');
    }
    hostsOf(batch) {
        const { hosts } = this.config;
        if (!batch || batch.count <= 1)
            return hosts;
        const start = Math.floor((batch.index * hosts.length) / batch.count);
        const end = Math.floor(((batch.index + 1) * hosts.length) / batch.count);
        return hosts.slice(start, Math.max(end, start + 1));
    }
    async upload(host, id) {
        if (!this.config.source)
            return;
        const target = `${this.config.baseDir}/releases/${id}`;
        const source = this.config.source;
        await this.remote(host, `set -eu; rm -rf ${shellQuote(`${target}.partial`)}; mkdir -p ${shellQuote(`${target}.partial`)}; tar -C ${shellQuote(`${target}.partial`)} -xf -; rm -rf ${shellQuote(target)}; mv ${shellQuote(`${target}.partial`)} ${shellQuote(target)}`, () => {
            const tar = (0,external_node_child_process_.spawn)('tar', ['-C', source, '-cf', '-', '.'], { stdio: ['ignore', 'pipe', 'inherit'] });
            return tar.stdout;
        });
    }
    /** Points the track's link at a release and restarts it. */
    async activate(host, track, digest) {
        const id = releaseId(digest);
        await this.remote(host, `${this.header(track, digest)}
release="$SHIPSHAPE_BASE/releases/${id}"
mkdir -p "$release"
test -d "$release" || { echo "release ${id} is not on this host" >&2; exit 1; }
printf '%s\\n' "$SHIPSHAPE_IMAGE_REF" > "$release/REVISION"
ln -sfn "$release" "$SHIPSHAPE_BASE/.$SHIPSHAPE_LINK.tmp"
mv -T "$SHIPSHAPE_BASE/.$SHIPSHAPE_LINK.tmp" "$SHIPSHAPE_BASE/$SHIPSHAPE_LINK"
cd "$SHIPSHAPE_BASE/$SHIPSHAPE_LINK"
${this.config.restart}
`);
    }
    async deploy(step) {
        const id = releaseId(step.digest);
        for (const host of this.hostsOf(step.batch)) {
            await this.upload(host, id);
            await this.activate(host, step.track, step.digest);
        }
    }
    async rollback(step) {
        for (const host of this.hostsOf(step.batch)) {
            if (step.digest) {
                await this.activate(host, step.track, step.digest);
            }
            else {
                await this.remote(host, `${this.header(step.track, undefined)}\n${this.config.stop ?? ':'}\nrm -f "$SHIPSHAPE_BASE/$SHIPSHAPE_LINK"\n`);
            }
        }
    }
    async route(track, weight) {
        if (track !== 'blue' && track !== 'green') {
            if (weight === 0)
                return;
            throw new errors/* UsageError */.eb('the ssh driver moves traffic between blue and green only; use the command driver for weighted canaries');
        }
        for (const host of this.config.hosts) {
            await this.remote(host, `${this.header(track, undefined)}
ln -sfn "$SHIPSHAPE_BASE/$SHIPSHAPE_TRACK.sock" "$SHIPSHAPE_BASE/.active.sock.tmp"
mv -T "$SHIPSHAPE_BASE/.active.sock.tmp" "$SHIPSHAPE_BASE/active.sock"
printf '%s\\n' "$SHIPSHAPE_TRACK" > "$SHIPSHAPE_BASE/live"
`);
        }
    }
    async liveColour() {
        const out = await this.remote(this.config.hosts[0], `cat ${shellQuote(`${this.config.baseDir}/live`)} 2>/dev/null || true`);
        return out.trim() === 'green' ? 'green' : 'blue';
    }
    healthUrls(track) {
        return this.config.healthUrls[track] ?? [];
    }
}

;// CONCATENATED MODULE: ./src/stages/deploy/gate.ts


/**
 * The promotion gate for repositories without required reviewers on environments (private repositories outside
 * GitHub Enterprise): only listed people may promote, and only the digest that the previous environment runs now,
 * read from the registry ledger, so nothing skips a stage.
 */
async function checkGate(request, env, client) {
    const reasons = [];
    if (request.approvers.length > 0) {
        const allowed = request.approvers.map((login) => login.toLowerCase());
        if (!request.actor)
            reasons.push('the actor is unknown (GITHUB_ACTOR / GITLAB_USER_LOGIN not set)');
        else if (!allowed.includes(request.actor.toLowerCase()))
            reasons.push(`${request.actor} is not an approver of ${request.environment} (${request.approvers.join(', ')})`);
    }
    if (request.after) {
        const reference = (0,registry_reference/* parseImageReference */.o_)(request.image);
        const registry = client ??
            new registry_client/* RegistryClient */.bP({ registry: reference.registry, credentials: (0,auth/* credentialsFromEnv */.kv)(reference.registry, env) });
        const { current } = await (0,registry_ledger/* ledgerState */.z3)(registry, reference.repository, request.after);
        if (current !== request.digest) {
            reasons.push(`${request.digest} is not what ${request.after} runs (${current ?? 'nothing'}): promote the digest that passed ${request.after}`);
        }
    }
    if (reasons.length > 0)
        throw new errors/* UsageError */.eb(`deploy to ${request.environment} refused: ${reasons.join('; ')}`);
    return `gate passed for ${request.environment}: ${[request.approvers.length ? `${request.actor} is an approver` : '', request.after ? `${request.after} runs this digest` : ''].filter(Boolean).join(', ') || 'no conditions'}`;
}

// EXTERNAL MODULE: ./src/core/redact.ts
var redact = __webpack_require__(2258);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ./src/stages/deploy/health.ts


const DEFAULT_HEALTH = {
    retries: 10,
    intervalMs: 1000,
    timeoutMs: 3000,
    successThreshold: 2,
    expectStatus: (status) => status >= 200 && status < 400,
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Probes one URL until it answers healthy `successThreshold` times in a row or the retries run out. */
async function probe(url, options, wait = sleep) {
    let streak = 0;
    let last = 'no answer';
    for (let attempt = 1; attempt <= options.retries; attempt++) {
        try {
            const { status, body } = await get(url, options.timeoutMs);
            const healthy = options.expectStatus(status) && (!options.expectBody || body.includes(options.expectBody));
            last = `HTTP ${status}${healthy ? '' : options.expectBody && !body.includes(options.expectBody) ? ' without the expected body' : ''}`;
            streak = healthy ? streak + 1 : 0;
            if (streak >= options.successThreshold)
                return { ok: true, detail: `${(0,redact/* redactUrl */.BO)(url)}: ${last} (${attempt} attempt${attempt === 1 ? '' : 's'})` };
        }
        catch (error) {
            streak = 0;
            last =
                error instanceof Error && error.name === 'TimeoutError'
                    ? `timed out after ${options.timeoutMs} ms`
                    : describeFetchError(error);
        }
        if (attempt < options.retries)
            await wait(options.intervalMs);
    }
    return {
        ok: false,
        detail: `${(0,redact/* redactUrl */.BO)(url)}: unhealthy after ${options.retries} attempts (last: ${(0,redact/* redactUrlsIn */.$1)(last)})`,
    };
}
/**
 * GETs a URL; `unix:/path/app.sock:/healthz` (nginx's notation) reaches a service on a unix socket, which is how
 * blue-green colours are checked before they take traffic.
 */
async function get(url, timeoutMs) {
    const unix = /^unix:(\/[^:]+):(\/.*)$/.exec(url);
    if (!unix) {
        const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' });
        return { status: response.status, body: await response.text() };
    }
    return new Promise((resolve, reject) => {
        const request = (0,external_node_http_.request)({ socketPath: unix[1], path: unix[2], timeout: timeoutMs }, (response) => {
            let body = '';
            response.setEncoding('utf8');
            response.on('data', (chunk) => (body += chunk));
            response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        });
        request.on('timeout', () => request.destroy(Object.assign(new Error('timeout'), { name: 'TimeoutError' })));
        request.on('error', reject);
        request.end();
    });
}
function describeFetchError(error) {
    const cause = error?.cause;
    const code = error?.code;
    return cause?.code ?? cause?.message ?? code ?? (error instanceof Error ? error.message : String(error));
}
/** Verifies every URL of a track, then an optional verify command. */
function httpVerifier(options, command, wait = sleep) {
    return {
        async verify(track, urls) {
            const details = [];
            for (const url of urls) {
                const result = await probe(url, options, wait);
                details.push(result.detail);
                if (!result.ok)
                    return { ok: false, detail: details.join('; ') };
            }
            if (command) {
                const result = await command(track);
                details.push(result.detail);
                if (!result.ok)
                    return { ok: false, detail: details.join('; ') };
            }
            return { ok: true, detail: details.join('; ') || 'no health checks configured' };
        },
    };
}

;// CONCATENATED MODULE: ./src/stages/deploy/strategies/context.ts
/** A verification failed and the strategy has put the last good version back. */
class RolledBack extends Error {
}
/** Records each step with its timing; strategies call it for everything they do. */
class StepLog {
    steps = [];
    async run(name, detail, action) {
        const started = performance.now();
        try {
            const value = await action();
            this.steps.push({ name, detail, ms: Math.round(performance.now() - started), ok: true });
            return value;
        }
        catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            this.steps.push({ name, detail: `${detail}: ${reason}`, ms: Math.round(performance.now() - started), ok: false });
            throw error;
        }
    }
    /** Runs a verification; a failed one is recorded and returned, not thrown. */
    async verify(verifier, track, urls, detail) {
        const started = performance.now();
        const result = await verifier.verify(track, urls);
        this.steps.push({
            name: 'verify',
            detail: `${detail}: ${result.detail}`,
            ms: Math.round(performance.now() - started),
            ok: result.ok,
        });
        return result;
    }
}
/**
 * Runs the undo, then checks that the previous version answers again. If the undo fails, or the restored version
 * is not healthy, the deploy has failed (not rolled back) and the reason says both.
 */
async function undo(context, why, action) {
    const { request, driver, verifier, log } = context;
    try {
        await log.run('rollback', `restoring ${request.previousDigest ?? 'the previous state'}`, action);
    }
    catch (error) {
        throw new Error(`${why}; rollback failed too: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (request.previousDigest) {
        const restored = await log.verify(verifier, 'stable', driver.healthUrls('stable'), 'after rollback');
        if (!restored.ok)
            throw new Error(`${why}; after rollback the service is still unhealthy: ${restored.detail}`);
    }
    throw new RolledBack(why);
}
/** Runs a step that changes the target; if it fails, the change is undone before the failure is reported. */
async function changeOrUndo(context, name, detail, action, undoAction) {
    try {
        await context.log.run(name, detail, action);
    }
    catch (error) {
        await undo(context, `${name} ${detail} failed: ${error instanceof Error ? error.message : String(error)}`, undoAction);
    }
}

;// CONCATENATED MODULE: ./src/stages/deploy/strategies/blue-green.ts

/**
 * Deploys to the idle colour, verifies it while the live colour keeps serving, switches all traffic in one step,
 * verifies again, and switches back if the new colour fails under real traffic.
 */
async function runBlueGreen(context) {
    const { request, driver, verifier, log } = context;
    const live = await log.run('deploy', 'find the live colour', () => driver.liveColour());
    const idle = live === 'blue' ? 'green' : 'blue';
    // Until the switch, traffic stays on the live colour: undoing only means taking the idle colour down.
    const takeIdleDown = () => driver.rollback({ digest: undefined, track: idle });
    await changeOrUndo(context, 'deploy', `${idle} (idle)`, () => driver.deploy({ digest: request.digest, track: idle }), takeIdleDown);
    const before = await log.verify(verifier, idle, driver.healthUrls(idle), `${idle} before switch`);
    if (!before.ok)
        await undo(context, `${idle} failed verification before the switch: ${before.detail}`, takeIdleDown);
    const switchBack = () => driver.route(live, 100);
    await changeOrUndo(context, 'switch', `${live} → ${idle}`, () => driver.route(idle, 100), switchBack);
    const after = await log.verify(verifier, 'stable', driver.healthUrls('stable'), `${idle} after switch`);
    if (!after.ok)
        await undo(context, `${idle} failed verification after the switch: ${after.detail}`, switchBack);
}

;// CONCATENATED MODULE: ./src/stages/deploy/strategies/canary.ts

/**
 * Runs the new digest beside the stable one, raises its traffic share step by step with a pause and a verification
 * at each, then promotes it to stable and retires the canary. Any failure sends all traffic back to stable.
 */
async function runCanary(context, strategy) {
    const { request, driver, verifier, log, sleep } = context;
    const retireCanary = async () => {
        await driver.route('canary', 0);
        await driver.rollback({ digest: undefined, track: 'canary' });
    };
    await changeOrUndo(context, 'deploy', 'canary', () => driver.deploy({ digest: request.digest, track: 'canary' }), retireCanary);
    const first = await log.verify(verifier, 'canary', driver.healthUrls('canary'), 'canary before traffic');
    if (!first.ok)
        await undo(context, `canary failed verification before taking traffic: ${first.detail}`, retireCanary);
    for (const weight of strategy.steps) {
        await changeOrUndo(context, 'switch', `canary at ${weight}%`, () => driver.route('canary', weight), retireCanary);
        if (strategy.pauseSeconds > 0)
            await log.run('pause', `${strategy.pauseSeconds}s at ${weight}%`, () => sleep(strategy.pauseSeconds * 1000));
        const result = await log.verify(verifier, 'canary', driver.healthUrls('canary'), `canary at ${weight}%`);
        if (!result.ok)
            await undo(context, `canary failed verification at ${weight}%: ${result.detail}`, retireCanary);
    }
    const restoreStable = async () => {
        await driver.rollback({ digest: request.previousDigest, track: 'stable' });
        await retireCanary();
    };
    await changeOrUndo(context, 'promote', 'stable', () => driver.deploy({ digest: request.digest, track: 'stable' }), restoreStable);
    const stable = await log.verify(verifier, 'stable', driver.healthUrls('stable'), 'stable after promotion');
    if (!stable.ok)
        await undo(context, `stable failed verification after promotion: ${stable.detail}`, restoreStable);
    await log.run('switch', 'retire canary', retireCanary);
}

;// CONCATENATED MODULE: ./src/stages/deploy/strategies/rolling.ts

/** Replaces the fleet batch by batch, verifying after each; a failure rolls the updated batches back, newest first. */
async function runRolling(context, strategy) {
    const { request, driver, verifier, log } = context;
    const count = Math.max(1, strategy.batches);
    const rollBackThrough = (index) => async () => {
        for (let back = index; back >= 0; back--) {
            await driver.rollback({ digest: request.previousDigest, track: 'stable', batch: { index: back, count } });
        }
    };
    for (let index = 0; index < count; index++) {
        const batch = { index, count };
        const label = `batch ${index + 1}/${count}`;
        await changeOrUndo(context, 'deploy', label, () => driver.deploy({ digest: request.digest, track: 'stable', batch }), rollBackThrough(index));
        const result = await log.verify(verifier, 'stable', batchSlice(driver.healthUrls('stable'), index, count), label);
        if (!result.ok)
            await undo(context, `${label} failed verification: ${result.detail}`, rollBackThrough(index));
    }
}
/**
 * The health URLs of one batch: the list split into `count` contiguous groups, so each batch verifies the instances
 * it replaced. With fewer URLs than batches, every batch verifies all of them.
 */
function batchSlice(urls, index, count) {
    if (urls.length < count)
        return urls;
    const start = Math.floor((index * urls.length) / count);
    const end = Math.floor(((index + 1) * urls.length) / count);
    return urls.slice(start, end);
}

;// CONCATENATED MODULE: ./src/stages/deploy/orchestrator.ts





/**
 * Deploys the digest with the requested strategy, verifies it, and either keeps it or puts the previous digest
 * back. Never throws for a failed deploy: the record says what happened, so the caller can notify and exit.
 */
async function runDeploy(request, driver, verifier, options = {}) {
    const log = new StepLog();
    const context = { request, driver, verifier, log, sleep: options.sleep ?? sleep };
    const record = recorder(request, driver, log, options.now);
    try {
        if (request.strategy.kind === 'rolling')
            await runRolling(context, request.strategy);
        else if (request.strategy.kind === 'blue-green')
            await runBlueGreen(context);
        else
            await runCanary(context, request.strategy);
        return record('succeeded');
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return record(error instanceof RolledBack ? 'rolled-back' : 'failed', reason);
    }
}
/**
 * A manual rollback: puts `request.digest` (the version to return to) back on the stable track and verifies it.
 * The previous digest is what was serving before, for the record.
 */
async function runRollback(request, driver, verifier) {
    const log = new StepLog();
    const record = recorder(request, driver, log);
    try {
        await log.run('rollback', `stable → ${request.digest}`, () => driver.rollback({ digest: request.digest, track: 'stable' }));
        const verified = await log.verify(verifier, 'stable', driver.healthUrls('stable'), 'after rollback');
        return verified.ok
            ? record('succeeded')
            : record('failed', `the restored version is unhealthy: ${verified.detail}`);
    }
    catch (error) {
        return record('failed', error instanceof Error ? error.message : String(error));
    }
}
/** Starts the clock and returns a function that closes a run into its record. */
function recorder(request, driver, log, now = () => new Date()) {
    const started = performance.now();
    const startedAt = now().toISOString();
    return (result, reason) => ({
        environment: request.environment,
        image: request.image,
        digest: request.digest,
        previousDigest: request.previousDigest,
        strategy: request.strategy.kind,
        driver: driver.name,
        result,
        ...(reason ? { reason } : {}),
        startedAt,
        durationMs: Math.round(performance.now() - started),
        steps: log.steps,
    });
}

;// CONCATENATED MODULE: ./src/stages/deploy/run.ts












function buildDriver(config, request, deps) {
    switch (config.driver) {
        case 'ssh':
            return new SshDriver({
                hosts: config.ssh.hosts,
                ...(config.ssh.port ? { port: config.ssh.port } : {}),
                ...(config.ssh.keyFile ? { identityFile: config.ssh.keyFile } : {}),
                ...(config.ssh.knownHostsFile ? { knownHostsFile: config.ssh.knownHostsFile } : {}),
                baseDir: config.ssh.baseDir,
                ...(config.ssh.source ? { source: config.ssh.source } : {}),
                restart: config.ssh.restart,
                ...(config.ssh.stop ? { stop: config.ssh.stop } : {}),
                healthUrls: config.healthUrls,
                timeoutMs: config.timeoutSeconds * 1000,
            }, request);
        case 'kubernetes':
            return new KubernetesDriver({
                namespace: config.kubernetes.namespace,
                deployment: config.kubernetes.deployment,
                ...(config.kubernetes.container ? { container: config.kubernetes.container } : {}),
                ...(config.kubernetes.service ? { service: config.kubernetes.service } : {}),
                ...(config.kubernetes.context ? { context: config.kubernetes.context } : {}),
                ...(config.kubernetes.kubeconfigFile ? { kubeconfigFile: config.kubernetes.kubeconfigFile } : {}),
                timeoutSeconds: config.timeoutSeconds,
                healthUrls: config.healthUrls,
            }, request, deps.kubectl);
        default:
            return new CommandDriver({
                deploy: config.command.deploy,
                ...(config.command.route ? { route: config.command.route } : {}),
                ...(config.command.rollback ? { rollback: config.command.rollback } : {}),
                ...(config.command.live ? { live: config.command.live } : {}),
                ...(config.verifyCommand ? { verify: config.verifyCommand } : {}),
                healthUrls: config.healthUrls,
                cwd: deps.cwd,
                env: Object.fromEntries(Object.entries(deps.env).filter((entry) => entry[1] !== undefined)),
                timeoutMs: config.timeoutSeconds * 1000,
            }, request);
    }
}
function registryFor(config, env) {
    const reference = (0,registry_reference/* parseImageReference */.o_)(config.image);
    return {
        client: new registry_client/* RegistryClient */.bP({
            registry: reference.registry,
            credentials: (0,auth/* credentialsFromEnv */.kv)(reference.registry, env),
        }),
        repository: reference.repository,
    };
}
function verifierFor(config, driver) {
    const command = driver instanceof CommandDriver ? driver.verifyCommand() : undefined;
    return httpVerifier({ ...DEFAULT_HEALTH, ...config.health }, command);
}
async function run_notify(config, record, env) {
    if (!config.webhookUrl || config.notifyOn === 'never')
        return undefined;
    if (config.notifyOn === 'failure' && record.result === 'succeeded')
        return undefined;
    // Everything that looks secret in the job's environment is masked, whatever the webhook receives.
    const secrets = (0,notify/* secretValues */.VX)(env, [config.webhookUrl, config.ssh.privateKey, config.kubernetes.kubeconfig]);
    return (0,notify/* postWebhook */.WW)(config.webhookUrl, (0,notify/* deployMessage */.HH)(record, { ...(config.commit ? { commit: config.commit } : {}), ...(config.runUrl ? { runUrl: config.runUrl } : {}) }, secrets));
}
/**
 * Deploys the configured digest: takes the last good digest from the registry ledger, runs the strategy (which
 * rolls back by itself on a failed verification), records a success in the ledger, and notifies on failure.
 */
async function executeDeploy(config, deps) {
    return withSecretFiles(config, (resolved) => deploy(resolved, deps));
}
/**
 * Writes secrets that tools read from files (ssh key, known_hosts, kubeconfig) to files only this user can read,
 * for the run's duration.
 */
async function withSecretFiles(config, action) {
    const { privateKey, knownHosts } = config.ssh;
    const { kubeconfig } = config.kubernetes;
    if (!privateKey && !knownHosts && !kubeconfig)
        return action(config);
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'shipshape-secrets-'));
    const write = (name, text) => {
        const path = (0,external_node_path_.join)(dir, name);
        (0,external_node_fs_.writeFileSync)(path, `${text.replace(/\r\n/g, '\n').trim()}\n`, { mode: 0o600 });
        return path;
    };
    try {
        return await action({
            ...config,
            ssh: {
                ...config.ssh,
                ...(privateKey ? { keyFile: write('id', privateKey) } : {}),
                ...(knownHosts ? { knownHostsFile: write('known_hosts', knownHosts) } : {}),
            },
            kubernetes: { ...config.kubernetes, ...(kubeconfig ? { kubeconfigFile: write('kubeconfig', kubeconfig) } : {}) },
        });
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
async function deploy(config, deps) {
    if (config.gate.approvers.length > 0 || config.gate.after) {
        // Who started this attempt: on a GitHub re-run GITHUB_ACTOR stays the first run's actor.
        const actor = deps.env.GITHUB_TRIGGERING_ACTOR || deps.env.GITHUB_ACTOR || deps.env.GITLAB_USER_LOGIN;
        deps.log(await checkGate({
            environment: config.environment,
            image: config.image,
            digest: config.digest,
            actor,
            approvers: config.gate.approvers,
            after: config.gate.after,
        }, deps.env));
    }
    const registry = config.ledger ? registryFor(config, deps.env) : undefined;
    let previousDigest = config.previousDigest;
    if (registry && !previousDigest) {
        previousDigest = (await (0,registry_ledger/* ledgerState */.z3)(registry.client, registry.repository, config.environment)).current;
        deps.log(`ledger: ${config.environment} runs ${previousDigest ?? 'nothing yet'}`);
    }
    const request = {
        environment: config.environment,
        image: config.image,
        digest: config.digest,
        previousDigest,
        strategy: config.strategy,
    };
    const driver = buildDriver(config, request, deps);
    deps.log(`deploying ${config.image}@${config.digest} to ${config.environment} (${config.strategy.kind}, ${driver.name})`);
    const record = await runDeploy(request, driver, verifierFor(config, driver));
    if (deps.approval)
        record.approval = {
            kind: deps.approval.kind,
            ...(deps.approval.by ? { by: deps.approval.by } : {}),
            detail: deps.approval.detail,
        };
    let ledger;
    if (registry && record.result === 'succeeded') {
        const entry = await (0,registry_ledger/* promote */.pt)(registry.client, {
            repository: registry.repository,
            digest: config.digest,
            environment: config.environment,
        });
        ledger = { current: entry.digest, ...(entry.previous ? { previous: entry.previous } : {}) };
    }
    const notifyError = await run_notify(config, record, deps.env);
    return { record, ...(notifyError ? { notifyError } : {}), ...(ledger ? { ledger } : {}) };
}
/**
 * Rolls an environment back by hand: to `config.digest` when given, else to the ledger's `<env>-previous`; the
 * ledger's tags are swapped only once the restored version is healthy.
 */
async function executeRollback(config, deps) {
    return withSecretFiles(config, (resolved) => rollbackTo(resolved, deps));
}
async function rollbackTo(config, deps) {
    const registry = config.ledger ? registryFor(config, deps.env) : undefined;
    let target = config.digest;
    let current = config.previousDigest;
    if (registry) {
        const state = await (0,registry_ledger/* ledgerState */.z3)(registry.client, registry.repository, config.environment);
        current ??= state.current;
        target ??= state.previous;
    }
    if (!target)
        throw new errors/* UsageError */.eb(`nothing to roll back to: give a digest, or deploy twice so ${config.environment}-previous exists`);
    const request = {
        environment: config.environment,
        image: config.image,
        digest: target,
        previousDigest: current,
        strategy: config.strategy,
    };
    const driver = buildDriver({ ...config, digest: target }, request, deps);
    deps.log(`rolling ${config.environment} back to ${target}`);
    const record = await runRollback(request, driver, verifierFor(config, driver));
    let ledger;
    if (registry && record.result === 'succeeded') {
        const state = await (0,registry_ledger/* ledgerState */.z3)(registry.client, registry.repository, config.environment);
        const entry = state.previous === target
            ? await (0,registry_ledger/* rollback */.dU)(registry.client, { repository: registry.repository, environment: config.environment })
            : await (0,registry_ledger/* promote */.pt)(registry.client, {
                repository: registry.repository,
                digest: target,
                environment: config.environment,
            });
        ledger = { current: entry.digest, ...(entry.previous ? { previous: entry.previous } : {}) };
    }
    const forNotice = { ...record, result: record.result === 'succeeded' ? 'rolled-back' : record.result };
    const notifyError = await run_notify({ ...config, notifyOn: config.notifyOn === 'never' ? 'never' : 'always' }, forNotice, deps.env);
    return { record, ...(notifyError ? { notifyError } : {}), ...(ledger ? { ledger } : {}) };
}

// EXTERNAL MODULE: ./src/stages/outputs.ts
var stages_outputs = __webpack_require__(2421);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/spec-options.ts
var spec_options = __webpack_require__(2812);
;// CONCATENATED MODULE: ./src/cli/commands/deploy.ts










/** A stage's inputs as flags (a boolean one as `--[no-]<name>`), with help lines from the spec. */
const DEPLOY_FLAGS = { inputs: spec/* STAGES */.an.deploy };
const ROLLBACK_FLAGS = { inputs: spec/* STAGES */.an.rollback };
/** Options only the CLI has: key and known_hosts files instead of their contents, provenance, a dotenv report. */
function options(flags) {
    const cliOnly = DEPLOY_OPTION_NAMES.filter((name) => !spec/* STAGES */.an.deploy.some((input) => input.name === name) && !spec/* STAGES */.an.rollback.some((input) => input.name === name));
    return {
        ...(0,spec_options/* specParseOptions */.rh)(flags),
        ...Object.fromEntries([...cliOnly, 'dotenv'].map((name) => [name, { type: 'string' }])),
        help: { type: 'boolean', short: 'h' },
    };
}
/**
 * Flags first, then `SHIPSHAPE_<NAME>` variables: GitLab templates pass inputs as job variables, so no input is
 * ever interpolated into a script line.
 */
function inputSource(values, env) {
    return (name) => {
        const flag = values[name];
        if (typeof flag === 'string')
            return flag;
        if (flag === true)
            return 'true';
        if (values[`no-${name}`] === true)
            return 'false';
        return env[`SHIPSHAPE_${name.toUpperCase().replace(/-/g, '_')}`];
    };
}
/** The folder uploaded to the hosts is read from the workspace only; the dotenv report is written there. */
function checkPaths(config, dotenv, scope) {
    const source = config.ssh.source ? (0,paths/* resolveReadPath */.sT)('--ssh-source', config.ssh.source, scope, 'directory') : undefined;
    return {
        config: { ...config, ssh: { ...config.ssh, ...(source ? { source } : {}) } },
        dotenv: dotenv ? (0,paths/* resolveWritePath */.bX)('--dotenv', dotenv, scope) : undefined,
    };
}
function report(outcome, io, dotenv) {
    const { record } = outcome;
    const summary = (0,notify/* recordSummary */.iM)(record);
    io.stdout(`${summary}\n`);
    if (outcome.ledger)
        io.stdout(`ledger: ${record.environment} → ${outcome.ledger.current ?? '-'}, ${record.environment}-previous → ${outcome.ledger.previous ?? '-'}\n`);
    if (outcome.notifyError)
        io.stderr(`notification not sent: ${outcome.notifyError}\n`);
    if (io.env.GITHUB_STEP_SUMMARY)
        (0,external_node_fs_.appendFileSync)(io.env.GITHUB_STEP_SUMMARY, `${summary}\n`);
    const outputs = (0,notify/* recordOutputs */.QS)(record);
    (0,stages_outputs/* writeOutputs */.K)(outputs, { githubOutput: io.env.GITHUB_OUTPUT });
    if (dotenv) {
        // GitLab passes dotenv variables to every later job: prefixed, so they never shadow a job's own settings,
        // and without the JSON record (dotenv values are one short line).
        const { record: _record, ...rest } = outputs;
        (0,stages_outputs/* writeOutputs */.K)(Object.fromEntries(Object.entries(rest).map(([name, value]) => [`deploy-${name}`, value])), {
            dotenv,
        });
    }
    return record.result === 'succeeded' ? 0 : 1;
}
function optionsUsage(flags, stage) {
    return `
Options (the ${stage} stage's inputs, as in actions/${stage} and gitlab/${stage}.yml):
${(0,spec_options/* specUsage */.D1)(flags)}
Only here: --ssh-key-file FILE and --ssh-known-hosts-file FILE (instead of the contents), --commit SHA,
--run-url URL (provenance in the record), --dotenv FILE (outputs as a GitLab dotenv report).
Every option can also come from a SHIPSHAPE_<OPTION> variable (e.g. SHIPSHAPE_HEALTH_URLS).`;
}
const deployCommand = {
    name: 'deploy',
    summary: 'Deploy an image digest with a strategy, verify it, and roll back by itself when it is unhealthy.',
    // A getter: the help is rendered from the spec each time, so it always says what the spec says.
    get usage() {
        return `shipshape deploy --environment ENV --image REGISTRY/REPO --digest sha256:… [options]\n${optionsUsage(DEPLOY_FLAGS, 'deploy')}`;
    },
    async run(argv, io) {
        const { values, positionals } = (0,command/* parseCommandArgs */.Q)('deploy', (0,spec_options/* normalizeBooleanFlags */.zS)('deploy', DEPLOY_FLAGS, argv), options(DEPLOY_FLAGS));
        if (values.help) {
            io.stdout(`${this.usage}\n`);
            return 0;
        }
        if (positionals.length > 0)
            throw new errors/* UsageError */.eb(`deploy: unexpected argument "${positionals[0]}"`);
        const { config, dotenv } = checkPaths(parseDeployConfig(inputSource(values, io.env), io.env), values.dotenv, (0,paths/* commandScope */.IW)(io.cwd, io.env));
        const outcome = await executeDeploy(config, { env: io.env, cwd: io.cwd, log: (line) => io.stderr(`${line}\n`) });
        return report(outcome, io, dotenv);
    },
};
const rollbackCommand = {
    name: 'rollback',
    summary: 'Roll an environment back to the previous release (or a given digest) and verify it.',
    get usage() {
        return `shipshape rollback --environment ENV --image REGISTRY/REPO [--to-digest sha256:…] [options]\n${optionsUsage(ROLLBACK_FLAGS, 'rollback')}`;
    },
    async run(argv, io) {
        const { values, positionals } = (0,command/* parseCommandArgs */.Q)('rollback', (0,spec_options/* normalizeBooleanFlags */.zS)('rollback', ROLLBACK_FLAGS, argv), options(ROLLBACK_FLAGS));
        if (values.help) {
            io.stdout(`${this.usage}\n`);
            return 0;
        }
        if (positionals.length > 0)
            throw new errors/* UsageError */.eb(`rollback: unexpected argument "${positionals[0]}"`);
        const { config, dotenv } = checkPaths(parseRollbackConfig(inputSource(values, io.env), io.env), values.dotenv, (0,paths/* commandScope */.IW)(io.cwd, io.env));
        const outcome = await executeRollback(config, { env: io.env, cwd: io.cwd, log: (line) => io.stderr(`${line}\n`) });
        return report(outcome, io, dotenv);
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

/***/ 2258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ redactUrlsIn),
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   JD: () => (/* binding */ splitCredentials)
/* harmony export */ });
/**
 * URLs as they may be printed: without user:password and without query string or fragment, where webhooks and
 * signed links carry their credentials (`https://user:pass@host/hook?token=…` → `https://host/hook`).
 */
function redactUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return redactUrlsIn(url);
    }
    // unix:/run/app.sock:/healthz and the like carry no credentials of this kind.
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        return url;
    return `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' && !url.endsWith('/') ? '' : parsed.pathname}`;
}
/** Every http(s) URL inside a text (an error message, a log line) redacted as redactUrl does. */
function redactUrlsIn(text) {
    return text.replace(/\bhttps?:\/\/[^\s"'<>`]+/gi, (match) => {
        // A sentence's closing punctuation is not part of the URL.
        const trailing = /[.,;:)\]]+$/.exec(match)?.[0] ?? '';
        const url = match.slice(0, match.length - trailing.length);
        const at = url.indexOf('@', url.indexOf('//') + 2);
        const slash = url.indexOf('/', url.indexOf('//') + 2);
        // Userinfo before the host (an `@` ahead of the first `/` after the scheme).
        const withoutUser = at !== -1 && (slash === -1 || at < slash) ? `${url.slice(0, url.indexOf('//') + 2)}${url.slice(at + 1)}` : url;
        return `${withoutUser.replace(/[?#].*$/, '')}${trailing}`;
    });
}
/**
 * A URL with credentials in its userinfo split for fetch (which refuses such URLs, quoting them in the error):
 * the bare URL and a Basic Authorization header.
 */
function splitCredentials(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return { url, headers: {} };
    }
    if (!parsed.username && !parsed.password)
        return { url, headers: {} };
    const user = decodeURIComponent(parsed.username);
    const password = decodeURIComponent(parsed.password);
    parsed.username = '';
    parsed.password = '';
    return {
        url: parsed.href,
        headers: { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` },
    };
}


/***/ }),

/***/ 9730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HH: () => (/* binding */ deployMessage),
/* harmony export */   QS: () => (/* binding */ recordOutputs),
/* harmony export */   VX: () => (/* binding */ secretValues),
/* harmony export */   WW: () => (/* binding */ postWebhook),
/* harmony export */   iM: () => (/* binding */ recordSummary),
/* harmony export */   pO: () => (/* binding */ runContext),
/* harmony export */   w0: () => (/* binding */ pipelineMessage)
/* harmony export */ });
/* unused harmony export maskSecrets */
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2258);

/** Tokens that look like credentials, masked even when nobody listed them as secret. */
const TOKEN_PATTERNS = [
    /gh[pousr]_[A-Za-z0-9]{20,}/g,
    /github_pat_[A-Za-z0-9_]{20,}/g,
    /glpat-[A-Za-z0-9_-]{20,}/g,
    /xox[abposr]-[A-Za-z0-9-]{10,}/g,
    /AKIA[0-9A-Z]{16}/g,
    /(?<=\/\/)[^/\s:@]+:[^/\s@]+(?=@)/g,
];
/** Replaces every listed secret value and every token-looking string with `***`. */
function maskSecrets(text, secrets) {
    let masked = text;
    for (const secret of [...secrets].filter((value) => value.length >= 4).sort((a, b) => b.length - a.length)) {
        masked = masked.split(secret).join('***');
    }
    for (const pattern of TOKEN_PATTERNS)
        masked = masked.replace(pattern, '***');
    return masked;
}
const SHORT = (digest) => (digest ? digest.replace(/^sha256:/, '').slice(0, 12) : 'none');
/** A Slack-compatible message (`text` + `blocks`); other webhooks read `text` or the `shipshape` object. */
function deployMessage(record, context, secrets = []) {
    const outcome = record.result === 'succeeded' ? 'succeeded' : record.result === 'rolled-back' ? 'was rolled back' : 'FAILED';
    const icon = record.result === 'succeeded' ? ':white_check_mark:' : record.result === 'rolled-back' ? ':rewind:' : ':x:';
    const lines = [
        `${icon} Deploy to *${record.environment}* ${outcome}`,
        `image: ${record.image}@${record.digest}`,
        `previous: ${SHORT(record.previousDigest)}; strategy: ${record.strategy} (${record.driver}); took ${(record.durationMs / 1000).toFixed(1)}s`,
        ...(record.reason ? [`reason: ${record.reason}`] : []),
        ...(context.commit ? [`commit: ${context.commit}`] : []),
        ...(context.runUrl ? [`run: ${context.runUrl}`] : []),
    ];
    const text = maskSecrets(lines.join('\n'), secrets);
    return {
        text,
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }],
        shipshape: JSON.parse(maskSecrets(JSON.stringify({ ...record, ...context }), secrets)),
    };
}
/** POSTs a message to a webhook; returns an error text instead of throwing, since a failed notice must not hide the deploy's own result. */
async function postWebhook(webhook, message, timeoutMs = 10_000) {
    // user:password in the URL goes into an Authorization header: fetch refuses such URLs, quoting them whole.
    const { url, headers } = (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .splitCredentials */ .JD)(webhook);
    try {
        const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers },
            body: JSON.stringify(message),
            signal: AbortSignal.timeout(timeoutMs),
        });
        await response.body?.cancel();
        return response.ok ? undefined : `webhook answered HTTP ${response.status}`;
    }
    catch (error) {
        // Error texts (and their causes) may quote the URL: printed without userinfo, query or fragment.
        const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
        return `webhook failed: ${(0,_core_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrlsIn */ .$1)(`${error instanceof Error ? error.message : String(error)}${cause}`)}`;
    }
}
/** The record as step outputs (GITHUB_OUTPUT / dotenv). */
function recordOutputs(record) {
    return {
        result: record.result,
        environment: record.environment,
        digest: record.digest,
        'previous-digest': record.previousDigest ?? '',
        strategy: record.strategy,
        'duration-ms': String(record.durationMs),
        record: JSON.stringify(record),
    };
}
/** The record as a Markdown job summary section. */
function recordSummary(record) {
    const rows = record.steps.map((step) => `| ${step.ok ? '✅' : '❌'} ${step.name} | ${step.detail.replace(/\|/g, '\\|')} | ${step.ms} |`);
    return [
        `### Deploy to ${record.environment}: ${record.result}`,
        '',
        `- image: \`${record.image}@${record.digest}\``,
        `- previous: \`${record.previousDigest ?? 'none'}\``,
        `- strategy: ${record.strategy} (${record.driver}), ${record.durationMs} ms`,
        ...(record.approval ? [`- gate: ${record.approval.detail}`] : []),
        ...(record.reason ? [`- reason: ${record.reason}`] : []),
        '',
        '| step | detail | ms |',
        '| --- | --- | --- |',
        ...rows,
        '',
    ].join('\n');
}
/** A Slack-compatible message about a whole pipeline run (the failure-notification job of the kit). */
function pipelineMessage(notice, secrets = []) {
    const icon = notice.status === 'success' ? ':white_check_mark:' : notice.status === 'cancelled' ? ':warning:' : ':x:';
    const what = `${notice.pipeline ?? 'Pipeline'}${notice.repository ? ` in ${notice.repository}` : ''}`;
    const lines = [
        `${icon} ${what}: ${notice.status}`,
        ...(notice.environment ? [`environment: ${notice.environment}`] : []),
        ...(notice.ref ? [`ref: ${notice.ref}`] : []),
        ...(notice.commit ? [`commit: ${notice.commit}`] : []),
        ...(notice.message ? [notice.message] : []),
        ...(notice.runUrl ? [`run: ${notice.runUrl}`] : []),
    ];
    const text = maskSecrets(lines.join('\n'), secrets);
    return {
        text,
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }],
        shipshape: JSON.parse(maskSecrets(JSON.stringify(notice), secrets)),
    };
}
/** Values of environment variables whose names say they are secret, for masking. */
function secretValues(env, extra = []) {
    return [
        ...extra.filter((value) => Boolean(value)),
        ...Object.entries(env)
            .filter(([name]) => /TOKEN|SECRET|PASSWORD|PRIVATE|_KEY$|WEBHOOK/i.test(name))
            .map(([, value]) => value ?? ''),
    ];
}
/** The run link and commit from GitHub's or GitLab's environment. */
function runContext(env) {
    const github = env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY;
    const pick = (...values) => values.find((value) => value);
    const out = {
        commit: pick(env.GITHUB_SHA, env.CI_COMMIT_SHA),
        runUrl: github
            ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
            : pick(env.CI_PIPELINE_URL, env.CI_JOB_URL),
        repository: pick(env.GITHUB_REPOSITORY, env.CI_PROJECT_PATH),
        ref: pick(env.GITHUB_REF_NAME, env.CI_COMMIT_REF_NAME),
        pipeline: pick(env.GITHUB_WORKFLOW, env.CI_PROJECT_NAME ? `${env.CI_PROJECT_NAME} pipeline` : undefined),
    };
    return Object.fromEntries(Object.entries(out).filter(([, value]) => value !== undefined));
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

/***/ 990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W8: () => (/* binding */ previousTag),
/* harmony export */   dU: () => (/* binding */ rollback),
/* harmony export */   pt: () => (/* binding */ promote),
/* harmony export */   z3: () => (/* binding */ ledgerState)
/* harmony export */ });
/* unused harmony export checkEnvironment */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5188);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5762);



const ENVIRONMENT = /^[A-Za-z0-9_][A-Za-z0-9_-]{0,118}$/;
function checkEnvironment(environment) {
    if (!ENVIRONMENT.test(environment) || environment.endsWith('-previous')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`invalid environment "${environment}": letters, digits, _ and -, at most 119, not ending in -previous`);
    }
    return environment;
}
function previousTag(environment) {
    return `${environment}-previous`;
}
async function promote(client, options) {
    const environment = checkEnvironment(options.environment);
    const digest = (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .checkDigest */ .H2)(options.digest);
    const current = await client.tryResolveDigest(options.repository, environment);
    if (current === digest) {
        return { environment, digest, ...(await previousOf(client, options.repository, environment)), changed: false };
    }
    if (options.from && options.from !== options.repository) {
        // Bring the image into the repository by digest first, so `<env>` is never left pointing at missing blobs.
        await client.copyManifest(options.from, digest, options.repository, digest);
    }
    const manifest = await client.getManifest(options.repository, digest);
    if (current) {
        const before = await client.getManifest(options.repository, current);
        await client.putManifest(options.repository, previousTag(environment), before);
    }
    await client.putManifest(options.repository, environment, manifest);
    return { environment, digest, ...(current ? { previous: current } : {}), changed: true };
}
async function previousOf(client, repository, environment) {
    const previous = await client.tryResolveDigest(repository, previousTag(environment));
    return previous ? { previous } : {};
}
async function rollback(client, options) {
    const environment = checkEnvironment(options.environment);
    const previous = await client.tryResolveDigest(options.repository, previousTag(environment));
    if (!previous) {
        throw new _client_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl('not-found', `roll back ${options.repository}:${environment}: there is no ${previousTag(environment)} tag, so nothing to roll back to`);
    }
    const current = await client.tryResolveDigest(options.repository, environment);
    if (current === previous)
        return { environment, digest: previous, previous, changed: false };
    const target = await client.getManifest(options.repository, previous);
    if (current)
        await client.putManifest(options.repository, previousTag(environment), await client.getManifest(options.repository, current));
    await client.putManifest(options.repository, environment, target);
    return { environment, digest: previous, ...(current ? { previous: current } : {}), changed: true };
}
/** What each environment's tags resolve to, for reports. */
async function ledgerState(client, repository, environment) {
    const current = await client.tryResolveDigest(repository, checkEnvironment(environment));
    const previous = await client.tryResolveDigest(repository, previousTag(environment));
    return { ...(current ? { current } : {}), ...(previous ? { previous } : {}) };
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
