export const id = 948;
export const ids = [948];
export const modules = {

/***/ 5027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   an: () => (/* binding */ STAGES)
/* harmony export */ });
/* unused harmony exports pick, merge, SECRET_INPUTS, PIPELINE_DEPLOY_INPUTS, SURFACES */
/**
 * The single source of truth for every stage's inputs. Actions' `action.yml` inputs, the reusable workflows'
 * `workflow_call` inputs and GitLab `spec:inputs` are generated from this table or checked against it
 * (test/pipeline/drift.test.ts). To add an input: add a row here, run `node --import tsx src/pipeline/render.ts`.
 */
const s = (name, description, def, pattern) => ({
    name,
    type: 'string',
    description,
    ...(def === undefined ? {} : { default: def }),
    ...(pattern ? { pattern } : {}),
});
const b = (name, description, def) => ({ name, type: 'boolean', description, default: def });
const n = (name, description, def) => ({
    name,
    type: 'number',
    description,
    ...(def === undefined ? {} : { default: def }),
});
const c = (name, description, options, def) => ({
    name,
    type: 'choice',
    description,
    options,
    ...(def === undefined ? {} : { default: def }),
});
const ENVIRONMENT = s('environment', 'Target environment, e.g. dev, staging or prod.', undefined, '[A-Za-z0-9_-]+');
const RELATIVE_PATH = '[^/\\x00-\\x1f][^\\x00-\\x1f]*';
const VERSION = '[0-9A-Za-z.*x^~<>=| -]+';
const DIGEST = 'sha256:[a-f0-9]{64}';
const IMAGE = s('image', 'Image repository without tag, e.g. ghcr.io/acme/app (build: empty skips the image build; deploy: required).', '', '[a-z0-9]+([._:/-]+[a-z0-9]+)*');
/** Deploy and rollback settings; `src/stages/deploy/config.ts` reads exactly these names. */
const DEPLOY_INPUTS = [
    s('environment', 'Target environment, e.g. dev, staging or prod.', undefined, '[A-Za-z0-9_][A-Za-z0-9_-]{0,62}'),
    IMAGE,
    s('digest', 'Image digest to deploy (sha256:…), as produced by the build stage.', undefined, DIGEST),
    s('previous-digest', 'Last good digest (empty: read from the registry ledger tag <environment>).', '', DIGEST),
    c('strategy', 'Deployment strategy.', ['rolling', 'blue-green', 'canary'], 'rolling'),
    n('batches', 'Rolling: number of batches the hosts or instances are replaced in.', 1),
    s('canary-steps', 'Canary: increasing traffic percentages, comma-separated.', '10,50'),
    n('canary-pause-seconds', 'Canary: seconds to wait at each step before verifying.', 60),
    c('driver', 'Deploy target: user commands, hosts over ssh, or Kubernetes through kubectl.', ['command', 'ssh', 'kubernetes'], 'command'),
    s('health-urls', 'Health check URLs, comma- or newline-separated; prefix with canary=, blue= or green= for those tracks.', ''),
    n('health-retries', 'Health check attempts per URL before the deploy counts as unhealthy.', 10),
    n('health-interval-seconds', 'Seconds between health check attempts.', 5),
    n('health-timeout-seconds', 'Seconds one health check request may take.', 5),
    n('health-success-threshold', 'Consecutive healthy answers needed per URL.', 2),
    s('verify-command', 'Extra verification command after the health checks (exit 0 = healthy).', ''),
    b('ledger', 'Read the previous digest from, and record the result in, the registry tags <environment> and <environment>-previous.', true),
    n('timeout-seconds', 'Seconds a deploy, rollout or remote command may take.', 300),
    s('deploy-command', 'Command driver: puts SHIPSHAPE_DIGEST on SHIPSHAPE_TRACK.', ''),
    s('route-command', 'Command driver: sends SHIPSHAPE_WEIGHT percent of traffic to SHIPSHAPE_TRACK.', ''),
    s('rollback-command', 'Command driver: restores a track (default: deploy-command with the previous digest).', ''),
    s('live-command', 'Command driver, blue-green: prints the live colour (blue or green).', ''),
    s('ssh-hosts', 'ssh driver: user@host targets, comma- or newline-separated.', ''),
    n('ssh-port', 'ssh driver: port.', 22),
    s('ssh-private-key', 'ssh driver: private key (pass a secret); written to a private temporary file.', ''),
    s('ssh-known-hosts', 'ssh driver: known_hosts lines for the targets (empty: the first connection pins the key).', ''),
    s('ssh-base-dir', 'ssh driver: folder on the hosts with releases/ and the current link.', '/srv/app'),
    s('ssh-source', 'ssh driver: local folder uploaded as the release (empty: the restart command pulls the image).', ''),
    s('restart-command', 'ssh driver: runs on the host in the release folder after each switch.', ''),
    s('stop-command', 'ssh driver: stops a track that is taken down.', ''),
    s('kube-namespace', 'kubernetes driver: namespace.', 'default'),
    s('kube-deployment', 'kubernetes driver: the stable Deployment (blue-green: <name>-blue/-green, canary: <name>-canary).', ''),
    s('kube-container', 'kubernetes driver: container to set the image on (default: the Deployment name).', ''),
    s('kube-service', 'kubernetes driver, blue-green: Service whose slot selector picks the live colour.', ''),
    s('kube-context', 'kubernetes driver: kubeconfig context.', ''),
    s('kubeconfig', 'kubernetes driver: kubeconfig file content (pass a secret; empty: the runner\'s own kubectl access).', ''),
    s('approvers', 'Promotion gate: logins allowed to deploy here, comma-separated (empty: anyone who can run the job).', ''),
    s('after-environment', 'Promotion gate: only deploy the digest this environment runs now, e.g. staging before prod.', '', '([A-Za-z0-9_][A-Za-z0-9_-]{0,62})?'),
    s('webhook-url', 'Webhook (Slack-compatible JSON) notified on failure and rollback; pass a secret.', ''),
    c('notify-on', 'When to post to the webhook.', ['failure', 'always', 'never'], 'failure'),
];
/** Inputs per stage. A name means the same thing wherever it appears (the reusable workflow merges stages). */
const STAGES = {
    lint: [
        s('working-directory', 'Directory of the project, relative to the repository root.', '.', RELATIVE_PATH),
        s('config', 'shipshape config file (default: .shipshape.yml at the root, if present).', ''),
        s('fail-on', "Lowest finding severity that fails the lint stage: error, warning, note or never (empty: the config's fail-on, else error).", '', 'error|warning|note|never'),
    ],
    test: [
        s('working-directory', 'Directory of the project, relative to the repository root.', '.', RELATIVE_PATH),
        s('node-version', 'Node.js version to set up before testing (empty: none).', '', VERSION),
        s('python-version', 'Python version to set up before testing (empty: none).', '', VERSION),
        b('cache', 'Restore and save the dependency cache of every detected package manager.', true),
        b('install', 'Install dependencies with the detected package manager before testing.', true),
        s('install-command', 'Command that installs dependencies (empty: derived from the detected lockfile).', ''),
        s('test-command', 'Command that runs the tests (empty: derived from the detected package manager).', ''),
        s('junit-paths', 'Glob patterns (one per line) of JUnit XML reports to summarise.', '**/junit*.xml\n**/TEST-*.xml'),
    ],
    build: [
        s('working-directory', 'Directory of the project, relative to the repository root.', '.', RELATIVE_PATH),
        IMAGE,
        s('context', 'Build context, relative to the working directory.', '.', RELATIVE_PATH),
        s('dockerfile', 'Dockerfile, relative to the working directory (empty: <context>/Dockerfile).', ''),
        s('build-args', 'Build arguments, one KEY=value per line.', ''),
        b('push', 'Push the image and its tags to the registry.', true),
        b('latest', 'Also tag the image `latest`.', false),
        c('builder', 'Image builder: buildah (no daemon), docker (buildx with the GitHub Actions cache) or auto.', ['auto', 'buildah', 'docker'], 'auto'),
        b('tls-verify', 'Require HTTPS and valid certificates when pushing to the registry.', true),
    ],
    security: [
        s('severity-threshold', "Lowest vulnerability severity that fails the security gate: critical, high, medium, low or never (empty: the security config's fail-on, else high).", '', 'critical|high|medium|low|never'),
    ],
    deploy: DEPLOY_INPUTS,
    rollback: [
        ...DEPLOY_INPUTS.filter((input) => !['digest', 'previous-digest'].includes(input.name)),
        s('to-digest', 'Digest to roll back to (empty: the ledger\'s <environment>-previous).', '', 'sha256:[a-f0-9]{64}'),
    ],
    notify: [
        s('webhook-url', 'Webhook (Slack-compatible JSON) notified on failure and rollback; pass a secret.', ''),
        c('status', 'What to report about the run.', ['failure', 'success', 'cancelled'], 'failure'),
        s('message', 'Extra text for the message, e.g. which job or environment failed.', ''),
    ],
};
/** Picks inputs from a stage by name, in the given order; throws on an unknown name (caught by tests). */
function pick(stage, names) {
    return names.map((name) => {
        const input = STAGES[stage].find((candidate) => candidate.name === name);
        if (!input)
            throw new Error(`stage ${stage} has no input "${name}"`);
        return input;
    });
}
/** Every input of several stages, each name once; the same name must be defined identically everywhere. */
function merge(...stages) {
    const out = new Map();
    for (const stage of stages) {
        for (const input of STAGES[stage]) {
            const seen = out.get(input.name);
            if (seen && JSON.stringify(seen) !== JSON.stringify(input)) {
                throw new Error(`input "${input.name}" is defined differently in two stages`);
            }
            out.set(input.name, input);
        }
    }
    return [...out.values()];
}
const BUILD_OUTPUTS = [
    { name: 'image', description: 'Image reference pinned by digest (<image>@sha256:…); empty when no image was built.' },
    { name: 'digest', description: 'Manifest digest of the pushed image (sha256:…).' },
    { name: 'tags', description: 'Every pushed reference, one per line.' },
];
const DEPLOY_OUTPUTS = [
    { name: 'result', description: 'succeeded, rolled-back or failed.' },
    { name: 'environment', description: 'The environment deployed to.' },
    { name: 'digest', description: 'The digest deployed (or rolled back to).' },
    { name: 'previous-digest', description: 'What ran before (from the registry ledger), empty on a first deploy.' },
    { name: 'strategy', description: 'The strategy used.' },
    { name: 'duration-ms', description: 'How long the deploy took, in milliseconds.' },
    { name: 'record', description: 'The whole deploy record as JSON (steps with timings, reason).' },
];
/** Inputs a reusable workflow takes as `secrets:` instead (SSH_PRIVATE_KEY, WEBHOOK_URL, KUBECONFIG). */
const SECRET_INPUTS = new Set(['ssh-private-key', 'webhook-url', 'kubeconfig']);
/**
 * Deploy settings of the whole pipeline (the GitHub reusable pipeline and gitlab/pipeline.yml): one set for dev,
 * staging and prod (values may say {environment}). The pipeline itself supplies the environment, the image and
 * digest it built, and the gates; secrets come as secrets or masked variables.
 */
const NOT_PIPELINE_INPUTS = new Set(['environment', 'image', 'digest', 'previous-digest', 'approvers', 'after-environment', ...SECRET_INPUTS]);
const PIPELINE_DEPLOY_INPUTS = [
    b('deploy', 'Deploy each image built on the default branch: dev at once, then staging and prod once approved.', false),
    ...STAGES.deploy.filter((input) => !NOT_PIPELINE_INPUTS.has(input.name)),
];
/** Every surface this kit ships. The drift test walks this list per platform. */
const SURFACES = [
    {
        platform: 'github-action',
        path: 'actions/setup/action.yml',
        inputs: pick('test', ['working-directory', 'cache', 'install', 'install-command']),
        outputs: [
            { name: 'tools', description: 'Detected package managers, comma-separated (e.g. npm,pip).' },
            { name: 'cache-key', description: 'Primary dependency cache key of the first detected package manager.' },
            { name: 'cache-hit', description: 'true when every cache was restored from an exact key match.' },
        ],
    },
    {
        platform: 'github-action',
        path: 'actions/test/action.yml',
        inputs: pick('test', ['working-directory', 'test-command', 'junit-paths']),
        outputs: [
            { name: 'passed', description: 'Passed test cases found in the JUnit reports.' },
            { name: 'failed', description: 'Failed or errored test cases found in the JUnit reports.' },
            { name: 'skipped', description: 'Skipped test cases found in the JUnit reports.' },
        ],
    },
    {
        platform: 'github-action',
        path: 'actions/build/action.yml',
        inputs: pick('build', ['working-directory', 'image', 'context', 'dockerfile', 'build-args', 'push', 'latest', 'builder', 'tls-verify']),
        outputs: BUILD_OUTPUTS,
    },
    {
        platform: 'github-workflow',
        path: '.github/workflows/reusable-pipeline.yml',
        inputs: [...merge('lint', 'test', 'build', 'security').filter((input) => input.name !== 'tls-verify'), ...PIPELINE_DEPLOY_INPUTS],
        outputs: BUILD_OUTPUTS,
    },
    {
        platform: 'github-action',
        path: 'actions/deploy/action.yml',
        inputs: [...STAGES.deploy],
        outputs: DEPLOY_OUTPUTS,
    },
    {
        platform: 'github-action',
        path: 'actions/rollback/action.yml',
        inputs: [...STAGES.rollback],
        outputs: DEPLOY_OUTPUTS,
    },
    {
        platform: 'github-action',
        path: 'actions/notify/action.yml',
        inputs: [...STAGES.notify],
        outputs: [{ name: 'sent', description: 'true when the webhook accepted the message.' }],
    },
    {
        platform: 'github-workflow',
        path: '.github/workflows/reusable-deploy.yml',
        inputs: STAGES.deploy.filter((input) => !SECRET_INPUTS.has(input.name)),
    },
    {
        platform: 'github-workflow',
        path: '.github/workflows/reusable-rollback.yml',
        inputs: STAGES.rollback.filter((input) => !SECRET_INPUTS.has(input.name)),
    },
];


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
async function postWebhook(url, message, timeoutMs = 10_000) {
    try {
        const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(message),
            signal: AbortSignal.timeout(timeoutMs),
        });
        await response.body?.cancel();
        return response.ok ? undefined : `webhook answered HTTP ${response.status}`;
    }
    catch (error) {
        return `webhook failed: ${error instanceof Error ? error.message : String(error)}`;
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
    return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }], shipshape: JSON.parse(maskSecrets(JSON.stringify(notice), secrets)) };
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
        runUrl: github ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : pick(env.CI_PIPELINE_URL, env.CI_JOB_URL),
        repository: pick(env.GITHUB_REPOSITORY, env.CI_PROJECT_PATH),
        ref: pick(env.GITHUB_REF_NAME, env.CI_COMMIT_REF_NAME),
        pipeline: pick(env.GITHUB_WORKFLOW, env.CI_PROJECT_NAME ? `${env.CI_PROJECT_NAME} pipeline` : undefined),
    };
    return Object.fromEntries(Object.entries(out).filter(([, value]) => value !== undefined));
}


/***/ })

};
