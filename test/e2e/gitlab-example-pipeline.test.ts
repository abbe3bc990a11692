/**
 * The whole GitLab pipeline on the example service, for real, with gitlab-ci-local's shell executor:
 * lint → test (npm test) → build (buildah from examples/service/Dockerfile on a local Node base image, pushed to a
 * real docker-registry) → security → deploy-dev over ssh to a real sshd → staging and prod when their manual gates
 * are run (--manual). Then a release that does not come up healthy is rolled back by the dev deploy job itself,
 * the previous release answers again, and the notify job posts the failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { request } from 'node:http';
import { join } from 'node:path';
import { RegistryClient } from '../../src/stages/registry/index.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { startSshd, type SshServer } from '../helpers/sshd.js';
import { freePort } from '../helpers/ports.js';
import { buildBaseImage, storageFor } from '../stages/build/base-image.js';
import { cacheScratchDir, gitlabCiLocal, PIPELINES, ROOT, templateRepo } from './gitlab-helpers.js';

const ENVIRONMENTS = ['dev', 'staging', 'prod'] as const;
let registry: TestRegistry;
let sshd: SshServer;
let work: string;
let cli: string;
let base: string;
let repo: string;
let hook: Server;
const received: { text: string }[] = [];
const timings: Record<string, number> = {};

/** The example service as a project of its own (what a team would have in its repository). */
function serviceFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const visit = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === '.github' || entry.name === '.gitlab-ci.yml') continue;
      if (entry.isDirectory()) visit(join(dir, entry.name), `${prefix}${entry.name}/`);
      else files[`${prefix}${entry.name}`] = readFileSync(join(dir, entry.name), 'utf8');
    }
  };
  visit(join(ROOT, 'examples/service'), '');
  return files;
}

beforeAll(async () => {
  work = cacheScratchDir('shipshape-gitlab-example-');
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
  base = buildBaseImage(work, storageFor(work));
  sshd = await startSshd(join(work, 'sshd'));
  // The hosts' side: start the release on the environment's unix socket; a release listed in `broken` (and not
  // the known-good one) starts with a wrong socket path, so it never becomes healthy.
  writeFileSync(
    join(work, 'restart.sh'),
    [
      'pidfile="$SHIPSHAPE_BASE/app.pid"',
      'if [ -f "$pidfile" ]; then kill "$(cat "$pidfile")" 2>/dev/null || true; sleep 0.2; fi',
      'socket="$SHIPSHAPE_BASE/app.sock"',
      'if [ -f "$SHIPSHAPE_BASE/../break-next" ] && [ "$SHIPSHAPE_DIGEST" != "$(cat "$SHIPSHAPE_BASE/../good")" ]; then socket="$SHIPSHAPE_BASE/elsewhere.sock"; fi',
      'env APP_VERSION="$SHIPSHAPE_DIGEST" PORT="$socket" setsid nohup node server.js </dev/null >"$SHIPSHAPE_BASE/app.log" 2>&1 &',
      'echo $! >"$pidfile"',
      '',
    ].join('\n'),
  );
  for (const environment of ENVIRONMENTS) mkdirSync(join(work, `srv-${environment}`));
  const hookPort = await freePort();
  hook = createServer((incoming, response) => {
    let body = '';
    incoming.on('data', (chunk: Buffer) => (body += chunk.toString()));
    incoming.on('end', () => {
      received.push(JSON.parse(body));
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((r) => hook.listen(hookPort, '127.0.0.1', r));
  process.env.SHIPSHAPE_TEST_HOOK = `http://127.0.0.1:${hookPort}/hook`;

  const include = `include:
  - local: ci/pipeline.yml
    inputs:
      image: ${registry.host}/acme/service
      builder: buildah
      tls-verify: false
      image-scan: optional
      build-args: NODE_IMAGE=${base}
      deploy: true
      driver: ssh
      ssh-hosts: ${sshd.host}
      ssh-port: ${sshd.port}
      ssh-base-dir: ${work}/srv-{environment}
      ssh-source: .
      restart-command: sh "$SHIPSHAPE_BASE/../restart.sh"
      health-urls: unix:${work}/srv-{environment}/app.sock:/healthz
      health-interval-seconds: 0.25
      health-retries: 40
`;
  repo = templateRepo({ ...serviceFiles(), '.gitlab-ci.yml': include, '.gitignore': 'node_modules/\n' }, ['pipeline']);
}, 240_000);

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
  await new Promise<void>((r) => hook?.close(() => r()));
  await sshd?.stop();
  await registry?.stop();
  spawnSync('buildah', ['--root', join(work, 'store'), '--runroot', join(work, 'run'), 'rm', '--all'], {
    stdio: 'ignore',
  });
  rmSync(work, { recursive: true, force: true });
  if (repo) rmSync(repo, { recursive: true, force: true });
  process.stdout.write(
    `gitlab-ci-local, example service: ${Object.entries(timings)
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`)
      .join(', ')}\n`,
  );
});

async function pipeline(label: string, args: string[]) {
  const storage = storageFor(work);
  const run = await gitlabCiLocal(repo, ['--force-shell-executor', '--no-json-schema-validation', ...args], {
    ...PIPELINES['default branch'],
    CI_PROJECT_DIR: repo,
    SHIPSHAPE_CLI: `node ${cli}`,
    SHIPSHAPE_STORAGE_ROOT: storage.root,
    SHIPSHAPE_STORAGE_RUNROOT: storage.runroot,
    SHIPSHAPE_STORAGE_DRIVER: storage.driver,
    SHIPSHAPE_SSH_KEY_FILE: sshd.identityFile,
    SHIPSHAPE_SSH_KNOWN_HOSTS_FILE: sshd.knownHostsFile,
    SHIPSHAPE_WEBHOOK_URL: process.env.SHIPSHAPE_TEST_HOOK!,
  });
  timings[label] = run.ms;
  return { ...run, log: `${run.stdout}\n${run.stderr}` };
}

/** What the environment's release answers on its unix socket ('down' when nothing listens). */
function version(environment: string): Promise<string> {
  return new Promise((resolve) => {
    const get = request(
      { socketPath: join(work, `srv-${environment}`, 'app.sock'), path: '/', timeout: 2000 },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve((JSON.parse(body) as { version: string }).version));
      },
    );
    get.on('error', () => resolve('down'));
    get.end();
  });
}

const builtDigest = (): string => {
  const env = readFileSync(
    join(repo, '.gitlab-ci-local/artifacts/shipshape-build/.gitlab-ci-reports/dotenv/shipshape-build.env'),
    'utf8',
  );
  return /^DIGEST=(sha256:[0-9a-f]{64})$/m.exec(env)![1]!;
};

test('lint → test → build → security → dev, then staging and prod through their manual gates', async () => {
  const run = await pipeline('whole pipeline with both gates run', [
    '--manual',
    'shipshape-deploy-staging',
    '--manual',
    'shipshape-deploy-prod',
  ]);
  expect({ code: run.code, tail: run.code === 0 ? '' : run.log.slice(-5000) }).toEqual({ code: 0, tail: '' });
  for (const job of [
    'shipshape-lint',
    'shipshape-test',
    'shipshape-build',
    'shipshape-security',
    'shipshape-release',
    'shipshape-deploy-dev',
    'shipshape-deploy-staging',
    'shipshape-deploy-prod',
  ]) {
    expect(run.log).toMatch(new RegExp(`PASS +${job}\\b`));
  }
  expect(run.log).toMatch(/shipshape-test +> ok 1 - GET \/healthz reports ok/);
  const digest = builtDigest();
  for (const environment of ENVIRONMENTS) expect(await version(environment)).toBe(digest);
  const client = new RegistryClient({ registry: registry.host });
  for (const environment of ENVIRONMENTS)
    expect(await client.tryResolveDigest('acme/service', environment)).toBe(digest);
  writeFileSync(join(work, 'good'), digest);
}, 300_000);

test('a release that does not come up healthy is rolled back by the dev deploy and the failure is posted', async () => {
  const good = readFileSync(join(work, 'good'), 'utf8');
  // A new commit, so a new image; the hosts will start it on the wrong socket.
  writeFileSync(join(repo, 'server.js'), `${readFileSync(join(repo, 'server.js'), 'utf8')}// release 2\n`);
  spawnSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', 'commit', '-qam', 'release 2'], {
    cwd: repo,
  });
  writeFileSync(join(work, 'break-next'), '');
  const run = await pipeline('pipeline with an unhealthy release', []);
  expect(run.code).not.toBe(0);
  expect(run.log).toMatch(/FAIL +shipshape-deploy-dev\b/);
  expect(run.log).toContain('### Deploy to dev: rolled-back');
  const broken = builtDigest();
  expect(broken).not.toBe(good);
  expect(await version('dev')).toBe(good);
  expect(await new RegistryClient({ registry: registry.host }).tryResolveDigest('acme/service', 'dev')).toBe(good);
  expect(received.map((message) => message.text.split('\n')[0])).toEqual([
    ':rewind: Deploy to *dev* was rolled back',
    expect.stringMatching(/: failure$/),
  ]);
}, 300_000);
