/**
 * The GitLab deploy templates, run for real with gitlab-ci-local's shell executor: a digest from a (stand-in)
 * build job's dotenv report goes to dev over ssh (a real sshd on 127.0.0.1), then — when started by hand with
 * --manual — to staging and prod; an unhealthy release is rolled back by the deploy job itself and the notify job
 * posts the failure; the manual rollback job puts prod back on its previous release. The image digests are real:
 * pushed with buildah to a real docker-registry, which holds the release ledger.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import YAML from 'yaml';
import { defaultConfig } from '../../src/core/config.js';
import { runCheck } from '../../src/runner/check.js';
import { RegistryClient } from '../../src/stages/registry/index.js';
import { freePort } from '../helpers/ports.js';
import { buildAndPush, buildahStore, startRegistry, type Buildah, type TestRegistry } from '../helpers/registry.js';
import { startSshd, type SshServer } from '../helpers/sshd.js';
import { cacheScratchDir, gitlabCiLocal, PIPELINES, ROOT, templateRepo } from './gitlab-helpers.js';

const ENVIRONMENTS = ['dev', 'staging', 'prod'] as const;
let registry: TestRegistry;
let buildah: Buildah;
let sshd: SshServer;
let work: string;
let cli: string;
let repo: string;
let hook: Server;
let hookUrl: string;
const received: { text: string }[] = [];
const ports: Record<string, number> = {};
const digests: Record<string, string> = {};
const timings: Record<string, number> = {};

// Runs on the "host" in the release folder: stop the environment's app, start the new one on its port.
const RESTART = 'sh "$SHIPSHAPE_BASE/../restart.sh"';

beforeAll(async () => {
  work = cacheScratchDir('shipshape-gitlab-deploy-');
  cli = join(work, 'cli.mjs');
  const esbuild = spawnSync(
    join(ROOT, 'node_modules/.bin/esbuild'),
    [
      'src/cli/index.ts',
      '--bundle',
      '--platform=node',
      '--format=esm',
      '--target=node20',
      '--packages=external',
      `--outfile=${cli}`,
      '--log-level=error',
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (esbuild.status !== 0) throw new Error(esbuild.stderr);
  registry = await startRegistry();
  buildah = buildahStore();
  for (const name of ['v1', 'v2', 'broken'])
    digests[name] = buildAndPush(buildah, registry, 'shop/service', name, `service ${name}`);
  sshd = await startSshd(join(work, 'sshd'));
  const release = join(work, 'release');
  mkdirSync(release);
  cpSync(resolve('test/fixtures/deploy/app.mjs'), join(release, 'app.mjs'));
  writeFileSync(
    join(work, 'restart.sh'),
    [
      'pidfile="$SHIPSHAPE_BASE/app.pid"',
      'if [ -f "$pidfile" ]; then kill "$(cat "$pidfile")" 2>/dev/null || true; sleep 0.2; fi',
      'version=$SHIPSHAPE_DIGEST',
      'if grep -qx "$SHIPSHAPE_DIGEST" "$SHIPSHAPE_BASE/../broken"; then version="bad-$SHIPSHAPE_DIGEST"; fi',
      'env VERSION="$version" PORT="$(cat "$SHIPSHAPE_BASE/port")" setsid nohup node app.mjs </dev/null >"$SHIPSHAPE_BASE/app.log" 2>&1 &',
      'echo $! >"$pidfile"',
      '',
    ].join('\n'),
  );
  writeFileSync(join(work, 'broken'), `${digests.broken}\n`);
  for (const environment of ENVIRONMENTS) {
    ports[environment] = await freePort();
    mkdirSync(join(work, `srv-${environment}`));
    writeFileSync(join(work, `srv-${environment}`, 'port'), String(ports[environment]));
  }
  const hookPort = await freePort();
  hook = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push(JSON.parse(body));
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((r) => hook.listen(hookPort, '127.0.0.1', r));
  hookUrl = `http://127.0.0.1:${hookPort}/hooks/T0PSECRET`;

  const include = (environment: string, extra: string) => `  - local: ci/deploy.yml
    inputs:
      environment: ${environment}
      image: ${registry.host}/shop/service
      driver: ssh
      ssh-hosts: ${sshd.host}
      ssh-port: ${sshd.port}
      ssh-base-dir: ${work}/srv-{environment}
      ssh-source: release
      restart-command: ${JSON.stringify(RESTART)}
      health-urls: http://127.0.0.1:${ports[environment]}/healthz
      health-interval-seconds: 0.25
      health-retries: 40
${extra}`;
  repo = templateRepo(
    {
      // The release folder lives in the checkout: the deploy refuses an ssh-source outside the workspace.
      'release/app.mjs': readFileSync(join(release, 'app.mjs'), 'utf8'),
      '.gitlab-ci.yml': `stages: [build, deploy-dev, deploy-staging, deploy-prod]
include:
${include('dev', '')}
${include('staging', '      manual: true\n      tier: staging\n')}
${include('prod', '      manual: true\n      tier: production\n      after-environment: staging\n')}
  - local: ci/notify.yml
    inputs:
      message: "the release of shop/service failed"

# Stand-in for the release job (tested on its own): hands on the digest of an image already in the registry.
shipshape-release:
  stage: build
  script:
    - echo "DIGEST=$TEST_DIGEST" > build.env
  artifacts:
    expire_in: 1 hour
    reports:
      dotenv: build.env
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
`,
    },
    ['deploy', 'notify'],
  );
}, 180_000);

afterAll(async () => {
  for (const environment of ENVIRONMENTS) {
    const pidfile = join(work, `srv-${environment}`, 'app.pid');
    if (existsSync(pidfile)) {
      try {
        process.kill(Number(readFileSync(pidfile, 'utf8')));
      } catch {
        // stopped
      }
    }
  }
  await new Promise<void>((r) => hook.close(() => r()));
  await sshd?.stop();
  await registry?.stop();
  buildah?.cleanup();
  rmSync(work, { recursive: true, force: true });
  rmSync(repo, { recursive: true, force: true });
  process.stdout.write(
    `gitlab-ci-local deploy runs: ${Object.entries(timings)
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(2)} s`)
      .join(', ')}\n`,
  );
});

async function pipeline(label: string, digest: string, args: string[] = []) {
  const run = await gitlabCiLocal(repo, ['--force-shell-executor', '--no-json-schema-validation', ...args], {
    ...PIPELINES['default branch'],
    CI_PROJECT_DIR: repo,
    TEST_DIGEST: digest,
    SHIPSHAPE_CLI: `node ${cli}`,
    SHIPSHAPE_SSH_KEY_FILE: sshd.identityFile,
    SHIPSHAPE_SSH_KNOWN_HOSTS_FILE: sshd.knownHostsFile,
    SHIPSHAPE_WEBHOOK_URL: hookUrl,
    GITLAB_USER_LOGIN: 'release-bot',
  });
  timings[label] = run.ms;
  return { ...run, log: `${run.stdout}\n${run.stderr}` };
}

const serving = async (environment: string): Promise<string> => {
  try {
    return (await (await fetch(`http://127.0.0.1:${ports[environment]}/`)).text()).trim();
  } catch {
    return 'down';
  }
};
const ledger = (environment: string) =>
  new RegistryClient({ registry: registry.host }).tryResolveDigest('shop/service', environment);

test('dev deploys by itself; staging and prod wait for someone; the same digest goes through all three', async () => {
  const first = await pipeline('dev only', digests.v1!);
  expect(first.log).toMatch(/PASS\s+shipshape-deploy-dev\b/);
  expect(first.log).not.toMatch(/(PASS|FAIL)\s+shipshape-deploy-staging\b/);
  expect(await serving('dev')).toBe(digests.v1);
  expect(await serving('staging')).toBe('down');
  expect(await ledger('dev')).toBe(digests.v1);

  const gated = await pipeline('dev + manual staging + prod', digests.v1!, [
    '--manual',
    'shipshape-deploy-staging',
    '--manual',
    'shipshape-deploy-prod',
  ]);
  expect(
    gated.code === 0
      ? ''
      : gated.log
          .split('\n')
          .filter((line) => /reason:|FAIL/.test(line))
          .join('\n'),
  ).toBe('');
  for (const environment of ENVIRONMENTS) expect(await serving(environment)).toBe(digests.v1);
  expect(await ledger('prod')).toBe(digests.v1);

  const next = await pipeline('v2 everywhere', digests.v2!, [
    '--manual',
    'shipshape-deploy-staging',
    '--manual',
    'shipshape-deploy-prod',
  ]);
  expect(next.code).toBe(0);
  for (const environment of ENVIRONMENTS) expect(await serving(environment)).toBe(digests.v2);
  expect(await ledger('prod')).toBe(digests.v2);
  expect(await ledger('prod-previous')).toBe(digests.v1);
  expect(received).toHaveLength(0);
}, 180_000);

test('an unhealthy release is rolled back by the deploy job and the failure is posted', async () => {
  const run = await pipeline('failed verification', digests.broken!);
  expect(run.code).not.toBe(0);
  expect(run.log).toContain('### Deploy to dev: rolled-back');
  expect(run.log).toMatch(/PASS\s+shipshape-notify\b/);
  expect(await serving('dev')).toBe(digests.v2);
  expect(await ledger('dev')).toBe(digests.v2);
  // The deploy job reports its own rollback; the notify job then reports the failed pipeline.
  expect(received).toHaveLength(2);
  expect(received[0]!.text).toContain('Deploy to *dev* was rolled back');
  expect(received[1]!.text).toContain(': failure');
  expect(received[1]!.text).toContain('the release of shop/service failed');
  expect(JSON.stringify(received)).not.toContain('T0PSECRET');
}, 180_000);

test('the manual rollback job puts prod back on its previous release', async () => {
  const run = await pipeline('manual rollback of prod', digests.v2!, [
    '--manual',
    'shipshape-rollback-prod',
    'shipshape-rollback-prod',
  ]);
  expect(run.log).toMatch(/PASS\s+shipshape-rollback-prod\b/);
  expect(await serving('prod')).toBe(digests.v1);
  expect(await ledger('prod')).toBe(digests.v1);
  expect(await ledger('prod-previous')).toBe(digests.v2);
  expect(await serving('staging')).toBe(digests.v2);
}, 180_000);

test('the deploy, rollback and notify templates pass every GitLab rule (strict preset)', async () => {
  const config = defaultConfig();
  config.preset = 'strict';
  const result = await runCheck({
    root: ROOT,
    paths: ['gitlab/deploy.yml', 'gitlab/rollback.yml', 'gitlab/notify.yml'],
    config,
  });
  expect(result.findings.map((f) => `${f.path}:${f.span.line}:${f.span.column} ${f.ruleId} ${f.message}`)).toEqual([]);
  expect(result.checked['gitlab-ci']).toBe(3);
});

test('the standalone rollback template gives one manual rollback job per include', async () => {
  const dir = templateRepo(
    {
      '.gitlab-ci.yml':
        'stages: [deploy]\ninclude:\n  - local: ci/rollback.yml\n    inputs: { environment: prod, tier: production, image: registry.example.com/acme/app, deploy-command: ./deploy.sh }\n',
    },
    ['rollback'],
  );
  try {
    const run = await gitlabCiLocal(dir, ['--preview', '--no-json-schema-validation'], PIPELINES['default branch']);
    expect(run.code).toBe(0);
    const jobs = YAML.parse(run.stdout.slice(run.stdout.indexOf('---'))) as Record<
      string,
      {
        when: string;
        allow_failure: boolean;
        resource_group: string;
        environment: { name: string };
        variables: Record<string, unknown>;
      }
    >;
    expect(jobs['shipshape-rollback-prod']).toMatchObject({
      when: 'manual',
      allow_failure: true,
      resource_group: 'shipshape-prod',
      environment: { name: 'prod', deployment_tier: 'production' },
    });
    expect(jobs['shipshape-rollback-prod']!.variables).toMatchObject({
      SHIPSHAPE_ENVIRONMENT: 'prod',
      SHIPSHAPE_TO_DIGEST: '',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
