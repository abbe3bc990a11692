export const id = 765;
export const ids = [765];
export const modules = {

/***/ 8765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aZ: () => (/* binding */ SECURITY_ACTION_INPUTS),
  an: () => (/* binding */ STAGES),
  Up: () => (/* binding */ pick)
});

// UNUSED EXPORTS: CHECK_ACTION_INPUTS, GITHUB_DEPLOY_INPUTS, GITHUB_PIPELINE_INPUTS, GITLAB_REDEFINED, PIPELINE_DEPLOY_INPUTS, SECRET_INPUTS, SURFACES, inputsByName, merge

// EXTERNAL MODULE: ./src/formats/index.ts + 7 modules
var formats = __webpack_require__(1273);
;// CONCATENATED MODULE: ./src/pipeline/released-image.ts
/**
 * The shipshape tool image the GitLab templates run by default (input `shipshape-image`), pinned by digest.
 * Written by `node scripts/record-image.mjs <image>@<digest>` in the release workflow (.github/workflows/release.yml)
 * after it pushed the image; never edited by hand. Until the first release it holds an all-zero digest that no
 * registry serves, so a pipeline fails at the image pull instead of running an unpinned image.
 */
const RELEASED_IMAGE = 'ghcr.io/shipshape-ci/shipshape@sha256:0000000000000000000000000000000000000000000000000000000000000000';

;// CONCATENATED MODULE: ./src/pipeline/spec.ts
/**
 * The single source of truth for every stage's inputs. Actions' `action.yml` inputs, the reusable workflows'
 * `workflow_call` inputs and the GitLab templates' `spec:inputs` headers are generated from this table
 * (src/pipeline/render.ts) and test/pipeline/drift.test.ts fails when a generated file differs from what the
 * generator writes. To add an input: add a row here, run `node --import tsx src/pipeline/render.ts`.
 */


const s = (name, description, def, pattern) => ({
    name,
    type: 'string',
    description,
    ...(def === undefined ? {} : { default: def }),
    ...(pattern ? { pattern } : {}),
});
const b = (name, description, def) => ({
    name,
    type: 'boolean',
    description,
    default: def,
});
const n = (name, description, def) => ({
    name,
    type: 'number',
    description,
    ...(def === undefined ? {} : { default: def }),
});
/** Marks an input as a credential (see InputSpec.secret). */
const secret = (input) => ({ ...input, secret: true });
const c = (name, description, options, def) => ({
    name,
    type: 'choice',
    description,
    options,
    ...(def === undefined ? {} : { default: def }),
});
const RELATIVE_PATH = '[^/\\x00-\\x1f][^\\x00-\\x1f]*';
const VERSION = '[0-9A-Za-z.*x^~<>=| -]+';
const DIGEST = 'sha256:[a-f0-9]{64}';
const IMAGE = s('image', 'Image repository without tag, e.g. ghcr.io/acme/app (build: empty skips the image build; deploy: required).', '', '[a-z0-9]+([._:/-]+[a-z0-9]+)*');
/** The deploy stage's inputs (rollback takes them too, less the digests); `src/stages/deploy/config.ts` reads them. */
const DEPLOY_STAGE_INPUTS = [
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
    secret(s('ssh-private-key', 'ssh driver: private key (pass a secret); written to a private temporary file.', '')),
    s('ssh-known-hosts', 'ssh driver: known_hosts lines for the targets; required unless ssh-accept-new is true.', ''),
    b('ssh-accept-new', 'ssh driver: without ssh-known-hosts, trust each host key on first connection (accept-new: no host-key check on that connection). An explicit opt-in.', false),
    s('ssh-base-dir', 'ssh driver: folder on the hosts with releases/ and the current link.', '/srv/app'),
    s('ssh-source', 'ssh driver: local folder uploaded as the release (empty: the restart command pulls the image).', ''),
    s('restart-command', 'ssh driver: runs on the host in the release folder after each switch.', ''),
    s('stop-command', 'ssh driver: stops a track that is taken down.', ''),
    s('kube-namespace', 'kubernetes driver: namespace.', 'default'),
    s('kube-deployment', 'kubernetes driver: the stable Deployment (blue-green: <name>-blue/-green, canary: <name>-canary).', ''),
    s('kube-container', 'kubernetes driver: container to set the image on (default: the Deployment name).', ''),
    s('kube-service', 'kubernetes driver, blue-green: Service whose slot selector picks the live colour.', ''),
    s('kube-context', 'kubernetes driver: kubeconfig context.', ''),
    secret(s('kubeconfig', "kubernetes driver: kubeconfig file content (pass a secret; empty: the runner's own kubectl access).", '')),
    s('approvers', 'Promotion gate: logins allowed to deploy here, comma-separated (empty: anyone who can run the job).', ''),
    s('after-environment', 'Promotion gate: only deploy the digest this environment runs now, e.g. staging before prod.', '', '([A-Za-z0-9_][A-Za-z0-9_-]{0,62})?'),
    secret(s('webhook-url', 'Webhook (Slack-compatible JSON) notified on failure and rollback; pass a secret.', '')),
    c('notify-on', 'When to post to the webhook.', ['failure', 'always', 'never'], 'failure'),
];
/** Inputs per stage. A name means the same thing wherever it appears (the reusable workflow merges stages). */
const STAGES = {
    lint: [
        s('working-directory', 'Directory of the project, relative to the repository root.', '.', RELATIVE_PATH),
        s('config', 'shipshape config file (default: .shipshape.yml at the root, if present).', ''),
        s('fail-on', "Lowest finding severity that fails the check: error, warning, note or never (empty: the config's fail-on, else error).", '', 'error|warning|note|never'),
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
    deploy: DEPLOY_STAGE_INPUTS,
    rollback: [
        ...DEPLOY_STAGE_INPUTS.filter((input) => !['digest', 'previous-digest'].includes(input.name)),
        s('to-digest', "Digest to roll back to (empty: the ledger's <environment>-previous).", '', 'sha256:[a-f0-9]{64}'),
    ],
    notify: [
        secret(s('webhook-url', 'Webhook (Slack-compatible JSON) notified on failure and rollback; pass a secret.', '')),
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
/** A table of inputs keyed by name, for code that reads one input at a time. */
function inputsByName(inputs) {
    return Object.fromEntries(inputs.map((input) => [input.name, input]));
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
// ---- The root check action and the security action ----------------------------------------------------------
// They offer more than a pipeline stage (report formats, baselines, scanner reports, an allow-list); an input they
// share with a stage is that stage's input, so a name means one thing everywhere.
/** Inputs of the root action.yml (src/actions/check reads them). */
const CHECK_ACTION_INPUTS = [
    s('paths', 'Files or folders to check, relative to working-directory: one per line or comma-separated.', '.'),
    ...pick('lint', ['config', 'fail-on']),
    c('format', 'Report printed to the log. Annotations, the job summary and the SARIF file are always written.', Object.keys(formats/* FORMATS */.h), 'text'),
    s('sarif-file', 'Where to write the SARIF report, relative to working-directory. Default: shipshape.sarif in the runner’s temp folder.', ''),
    s('baseline', 'Baseline file (from `shipshape check --write-baseline`); only findings not recorded in it are reported.', ''),
    ...pick('lint', ['working-directory']),
];
/** Inputs of actions/security/action.yml (src/actions/security reads them). */
const SECURITY_ACTION_INPUTS = [
    ...pick('security', ['severity-threshold']),
    s('reports', 'Scanner reports to merge, one `tool:path` per line (or comma-separated); tool is npm-audit, pnpm-audit, osv-scanner, pip-audit, trivy, grype, gitleaks, semgrep, codeql, sarif or auto. Paths are relative to working-directory.', ''),
    s('allow-list', 'Security config with the allow-list (entries need a reason and an expiry date), relative to working-directory. Default: .shipshape-security.yml there, if present.', ''),
    s('sarif-file', 'Where to write the merged SARIF for github/codeql-action/upload-sarif, relative to working-directory. Default: shipshape-security.sarif in the runner’s temp folder.', ''),
    s('sbom-file', 'Where to write a CycloneDX SBOM of the npm project in working-directory (from package-lock.json). Empty: no SBOM.', ''),
    b('check', 'Run shipshape check on working-directory and gate its findings too.', true),
    b('secrets-scan', 'Scan working-directory for committed credentials.', true),
    ...pick('lint', ['working-directory']),
    s('image-ref', 'Candidate image pinned by digest (<repository>@sha256:…) that this gate releases: on a pass it gets release-tags, moved by digest. Empty: no image.', '', '[a-z0-9]+([._:/-]+[a-z0-9]+)*@sha256:[a-f0-9]{64}'),
    s('image-report', 'The image scan of the image-ref digest, as tool:path (trivy or grype JSON), relative to working-directory. Empty: the image was not scanned.', ''),
    c('image-scan', 'Without an image-report: auto releases and reports "not scanned", required refuses the release, never does not ask.', ['auto', 'required', 'never'], 'auto'),
    s('release-tags', "Tags (without the repository) the image-ref gets when the gate passes, one per line, e.g. the build action's release-tags output.", ''),
];
// ---- GitLab-only inputs ----------------------------------------------------------------------------------------
// What only an include template needs: the stage its jobs run in, the CLI version they run and the job images.
// The Node.js image of the test job when no language version is given: Debian 12 slim, pinned by digest.
const NODE_JOB_IMAGE = 'node:20.18.1-bookworm-slim@sha256:b2c8e0eb8a6aeeae33b2711f8f516003e27ee45804e270468d937b3214f2f0cc';
const gitlabStage = (def, description = 'Stage the job runs in; the including pipeline lists it under stages:.') => s('stage', description, def);
const GITLAB_TIER = c('tier', 'GitLab deployment tier of the environment.', ['production', 'staging', 'testing', 'development', 'other'], 'development');
/** A CI/CD variable in an input value: GitLab expands it in the job (`$CI_REGISTRY_IMAGE`, `${CI_REGISTRY}`). */
const VARIABLE = '\\$\\{?[A-Za-z_][A-Za-z0-9_]*\\}?';
const PINNED_DIGEST = '@sha256:[a-f0-9]{64}';
/** Job names, hidden jobs and artifacts of a template: the same template included twice needs two prefixes. */
const GITLAB_PREFIX = {
    ...s('prefix', 'Names the jobs, hidden jobs, artifacts and resource groups (<prefix>-build, <prefix>-build.env, …). Include a template once per component with its own prefix (e.g. api and web) to get one set of jobs each.', 'shipshape', '[a-z0-9][a-z0-9-]{0,39}'),
    nonEmpty: true,
};
const GITLAB_PATH = s('path', "The component's folder with a trailing slash, e.g. services/api/: its jobs run only when a file under it changed (rules:changes). Empty: any change.", '', '[A-Za-z0-9._-][A-Za-z0-9._/-]*/');
/** The tool image the CLI jobs run in. The release workflow pushes it by digest and records it in released-image.ts. */
const GITLAB_SHIPSHAPE_IMAGE = {
    ...s('shipshape-image', "Image of the jobs that run the shipshape CLI, pinned by digest: the kit's released tool image, or your mirror of it (a registry path may start with a variable, e.g. $CI_REGISTRY/tools/shipshape@sha256:…).", RELEASED_IMAGE, `(?:${VARIABLE}|[a-z0-9]+(?:[._-]+[a-z0-9]+)*(?::[0-9]+)?)(?:/[a-z0-9]+(?:[._-]+[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?${PINNED_DIGEST}`),
    nonEmpty: true,
};
const GITLAB_PACKAGE = s('shipshape-package', "Instead of the image's CLI: your organisation's own scoped npm package of it at an exact version (@acme/shipshape@1.2.3, made by scripts/pack-runtime.mjs) or a .tgz file in the repository; needs shipshape-package-integrity.", '', '@[a-z0-9][a-z0-9._-]*/[a-z0-9][a-z0-9._-]*@[0-9]+\\.[0-9]+\\.[0-9]+(?:-[0-9A-Za-z.-]+)?|[A-Za-z0-9._-][A-Za-z0-9._/-]*\\.tgz');
const GITLAB_PACKAGE_INTEGRITY = s('shipshape-package-integrity', 'sha512 integrity of the shipshape-package tarball (sha512-…, as npm pack prints it); the jobs refuse a tarball that differs.', '', 'sha512-[A-Za-z0-9+/]{86}==');
const GITLAB_RUNTIME = [
    GITLAB_PREFIX,
    GITLAB_PATH,
    GITLAB_SHIPSHAPE_IMAGE,
    GITLAB_PACKAGE,
    GITLAB_PACKAGE_INTEGRITY,
];
/** GitLab image inputs also take the predefined variables (`$CI_REGISTRY_IMAGE`, `$CI_REGISTRY_IMAGE/api`). */
const GITLAB_IMAGE_PATTERN = `(?:${VARIABLE}|[a-z0-9]+)(?:[._:/-]+(?:${VARIABLE}|[a-z0-9]+))*`;
const LANGUAGE_VERSION = `[0-9][0-9A-Za-z._-]*${PINNED_DIGEST}`;
/** Stage inputs the GitLab templates declare differently on purpose (GitLab variables, digest-pinned language images). */
const GITLAB_REDEFINED = new Set(['image', 'node-version', 'python-version', 'digest', 'after-environment']);
function gitlabInput(input) {
    switch (input.name) {
        case 'image':
            return {
                ...input,
                pattern: GITLAB_IMAGE_PATTERN,
                description: `${input.description} GitLab variables work, e.g. $CI_REGISTRY_IMAGE or $CI_REGISTRY_IMAGE/api.`,
            };
        case 'node-version':
            return {
                ...input,
                pattern: LANGUAGE_VERSION,
                description: 'Runs the tests in node:<node-version>, pinned by digest, e.g. 20.18.1-bookworm-slim@sha256:… (empty: job-image).',
            };
        case 'python-version':
            return {
                ...input,
                pattern: LANGUAGE_VERSION,
                description: 'Runs the tests in python:<python-version>, pinned by digest, e.g. 3.12.8-slim-bookworm@sha256:… (empty: job-image; node-version wins when both are given).',
            };
        default:
            return input;
    }
}
const gitlabInputs = (inputs) => inputs.map(gitlabInput);
const GITLAB_TEST_IMAGE = s('job-image', 'Image of the test job when neither node-version nor python-version is given; pin it by digest.', NODE_JOB_IMAGE);
const GITLAB_IMAGE_SCAN = c('image-scan', 'required: an image digest nobody scanned fails the security gate ("not scanned"); optional: the summary says "not scanned" and the gate goes on.', ['required', 'optional'], 'required');
const GITLAB_IMAGE_SCAN_COMMAND = s('image-scan-command', 'Command that scans $SHIPSHAPE_SCAN_IMAGE (<image>@<digest>) and writes trivy or grype JSON to $SHIPSHAPE_IMAGE_REPORT (empty: trivy, else grype, when the job image has one).', '');
const GITLAB_AUDIT_COMMAND = s('audit-command', 'Command run in the working directory that audits the dependencies and writes npm audit, pnpm audit, osv-scanner or trivy JSON to $SHIPSHAPE_AUDIT_REPORT (empty: npm audit of package-lock.json when there is one).', '');
/** Build inputs on GitLab: `latest` is a release tag, so it belongs to the release job. */
const GITLAB_BUILD = STAGES.build.filter((input) => input.name !== 'latest');
const GITLAB_RELEASE = pick('build', ['image', 'push', 'latest', 'tls-verify']);
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
/** Inputs a reusable workflow takes as `secrets:` instead (SSH_PRIVATE_KEY, WEBHOOK_URL, KUBECONFIG): the ones marked secret. */
const SECRET_INPUTS = new Set(Object.values(STAGES)
    .flat()
    .filter((input) => input.secret)
    .map((input) => input.name));
/**
 * Deploy settings of the whole pipeline (the GitHub reusable pipeline and gitlab/pipeline.yml): one set for dev,
 * staging and prod (values may say {environment}). The pipeline itself supplies the environment, the image and
 * digest it built, and the gates; secrets come as secrets or masked variables.
 */
const NOT_PIPELINE_INPUTS = new Set([
    'environment',
    'image',
    'digest',
    'previous-digest',
    'approvers',
    'after-environment',
    ...SECRET_INPUTS,
]);
const PIPELINE_DEPLOY_INPUTS = [
    b('deploy', 'Deploy each image built on the default branch: dev at once, then staging and prod once approved.', false),
    ...STAGES.deploy.filter((input) => !NOT_PIPELINE_INPUTS.has(input.name)),
];
/**
 * Inputs only the GitHub reusable pipeline has: they depend on what the calling repository's plan offers (code
 * scanning, environment protection) and on how GitHub schedules jobs (concurrency groups).
 */
const GITHUB_PIPELINE_INPUTS = [
    c('code-scanning', 'SARIF to code scanning: auto uploads where code scanning is always available (public repositories) and elsewhere keeps the SARIF as an artifact, saying so in the job summary; always uploads (private repositories with GitHub Code Security); never keeps the artifact only.', ['auto', 'always', 'never'], 'auto'),
    s('component', 'Name of this pipeline when a repository calls it more than once (monorepo): keys the concurrency groups and artifact names (empty: the working directory).', '', '[A-Za-z0-9._-]+'),
    s('pull-request-image', 'Image repository for builds of same-repository pull requests, e.g. ghcr.io/acme/app-pr (tags sha, sha-<7>, pr-<n>); never the image repository. Empty: pull requests build and scan without pushing.', '', '[a-z0-9]+([._:/-]+[a-z0-9]+)*'),
    s('reports', 'Security gate: scanner reports to merge, one tool:path per line (npm-audit, pnpm-audit, osv-scanner, pip-audit, trivy, grype, sarif or auto), relative to the working directory; the pipeline adds npm audit of the lockfile and the image scan itself.', ''),
    s('allow-list', 'Security gate: config with the allow-list (each entry needs a reason and an expiry date), relative to the working directory (empty: .shipshape-security.yml there, if present).', '', RELATIVE_PATH),
    c('image-scan', 'Scan the pushed candidate image by digest before it gets its release tags: auto runs trivy or grype when the runner has one and reports "not scanned" otherwise, required refuses the release tags without a scan, never skips.', ['auto', 'required', 'never'], 'auto'),
    c('provenance', 'Build provenance: attest the pushed digest (actions/attest-build-provenance) and verify it with gh attestation verify before prod. auto does so where artifact attestations are always available (public repositories), always also on private ones (GitHub Enterprise Cloud), never skips.', ['auto', 'always', 'never'], 'auto'),
    ...STAGES.deploy.filter((input) => input.name === 'approvers'),
    s('approvers-file', 'Fallback gate: file in the repository listing the logins allowed to approve, one per line, read from the default branch only (e.g. .github/shipshape-approvers).', '', RELATIVE_PATH),
    s('environments', 'Environments the pipeline deploys to, comma-separated without spaces, from dev, staging and prod; staging and prod are gated (see docs/deploy.md).', 'dev,staging,prod', '(dev|staging|prod)(,(dev|staging|prod))*'),
];
/**
 * GitHub-only deploy inputs: the environment-protection check goes through the GitHub REST API, so GitLab and the
 * CLI do not have it.
 */
const GITHUB_DEPLOY_INPUTS = [
    b('require-gate', 'Refuse to deploy unless the GitHub environment exists with required reviewers or a wait timer, or the fallback gate (approvers, a dispatch from the default branch) passes; needs actions: read.', false),
    ...GITHUB_PIPELINE_INPUTS.filter((input) => input.name === 'approvers-file'),
];
/** Every surface this kit ships. The drift test walks this list per platform. */
const SURFACES = [
    { platform: 'github-action', path: 'action.yml', inputs: [...CHECK_ACTION_INPUTS] },
    { platform: 'github-action', path: 'actions/security/action.yml', inputs: [...SECURITY_ACTION_INPUTS] },
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
        inputs: [
            ...pick('build', [
                'working-directory',
                'image',
                'context',
                'dockerfile',
                'build-args',
                'push',
                'latest',
                'builder',
                'tls-verify',
            ]),
            b('candidate', 'Push only the candidate tag candidate-<sha>; the release tags (commit SHA, branch, semver) are output as release-tags for the security gate to apply to the digest once it passes.', false),
        ],
        outputs: [
            ...BUILD_OUTPUTS,
            {
                name: 'release-tags',
                description: 'The release tags (without the repository) that a passing digest gets, one per line.',
            },
        ],
    },
    {
        platform: 'github-workflow',
        path: '.github/workflows/reusable-pipeline.yml',
        inputs: [
            ...merge('lint', 'test', 'build', 'security').filter((input) => input.name !== 'tls-verify'),
            ...PIPELINE_DEPLOY_INPUTS,
            ...GITHUB_PIPELINE_INPUTS,
        ],
        outputs: BUILD_OUTPUTS,
    },
    {
        platform: 'github-action',
        path: 'actions/deploy/action.yml',
        inputs: [...STAGES.deploy, ...GITHUB_DEPLOY_INPUTS],
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
        inputs: [...STAGES.deploy, ...GITHUB_DEPLOY_INPUTS].filter((input) => !SECRET_INPUTS.has(input.name)),
    },
    {
        platform: 'github-workflow',
        path: '.github/workflows/reusable-rollback.yml',
        inputs: STAGES.rollback.filter((input) => !SECRET_INPUTS.has(input.name)),
    },
    {
        platform: 'gitlab',
        path: 'gitlab/lint.yml',
        inputs: [gitlabStage('lint'), ...GITLAB_RUNTIME, ...STAGES.lint],
    },
    {
        platform: 'gitlab',
        path: 'gitlab/test.yml',
        inputs: [gitlabStage('test'), ...GITLAB_RUNTIME, GITLAB_TEST_IMAGE, ...gitlabInputs(STAGES.test)],
    },
    {
        platform: 'gitlab',
        path: 'gitlab/build.yml',
        inputs: [gitlabStage('build'), ...GITLAB_RUNTIME, ...gitlabInputs(GITLAB_BUILD)],
    },
    {
        platform: 'gitlab',
        path: 'gitlab/security.yml',
        inputs: [
            gitlabStage('security'),
            ...GITLAB_RUNTIME,
            ...pick('lint', ['working-directory']),
            ...STAGES.security,
            GITLAB_AUDIT_COMMAND,
            GITLAB_IMAGE_SCAN,
            GITLAB_IMAGE_SCAN_COMMAND,
        ],
    },
    {
        platform: 'gitlab',
        path: 'gitlab/release.yml',
        inputs: [gitlabStage('release'), ...GITLAB_RUNTIME, ...gitlabInputs(GITLAB_RELEASE)],
    },
    {
        platform: 'gitlab',
        path: 'gitlab/pipeline.yml',
        inputs: [
            ...GITLAB_RUNTIME,
            GITLAB_TEST_IMAGE,
            ...gitlabInputs(merge('lint', 'test', 'build', 'security')),
            GITLAB_AUDIT_COMMAND,
            GITLAB_IMAGE_SCAN,
            GITLAB_IMAGE_SCAN_COMMAND,
            ...PIPELINE_DEPLOY_INPUTS,
        ],
    },
    // One environment per include, in its own stage deploy-<environment>. `digest` defaults to $DIGEST from the
    // release job's dotenv report (checked when the job runs); secrets come from masked CI/CD variables, never inputs.
    {
        platform: 'gitlab',
        path: 'gitlab/deploy.yml',
        inputs: [
            ...GITLAB_RUNTIME,
            b('manual', 'Wait for someone to start the deploy (the gate for staging and production); it then blocks the pipeline until run.', false),
            GITLAB_TIER,
            ...gitlabInputs(STAGES.deploy)
                .filter((input) => !SECRET_INPUTS.has(input.name))
                .map((input) => {
                if (input.name === 'digest') {
                    return {
                        ...input,
                        default: '$DIGEST',
                        pattern: `${DIGEST}|\\$[A-Za-z_][A-Za-z0-9_]*`,
                        description: `${input.description} Default: $DIGEST from the release job's dotenv report (checked when the job runs).`,
                    };
                }
                if (input.name === 'after-environment') {
                    return {
                        ...input,
                        description: `${input.description} The deploy also waits for <prefix>-deploy-<after-environment> in the same pipeline.`,
                    };
                }
                return input;
            }),
        ],
    },
    {
        platform: 'gitlab',
        path: 'gitlab/rollback.yml',
        inputs: [
            gitlabStage('deploy'),
            ...GITLAB_RUNTIME.filter((input) => input !== GITLAB_PATH),
            GITLAB_TIER,
            ...gitlabInputs(STAGES.rollback).filter((input) => !SECRET_INPUTS.has(input.name)),
        ],
    },
    {
        platform: 'gitlab',
        path: 'gitlab/notify.yml',
        inputs: [
            gitlabStage('.post', 'Stage the job runs in (.post: after every other stage).'),
            ...GITLAB_RUNTIME.filter((input) => input !== GITLAB_PATH),
            ...STAGES.notify.filter((input) => !SECRET_INPUTS.has(input.name)),
        ],
    },
];


/***/ })

};
