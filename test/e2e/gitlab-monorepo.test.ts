/**
 * gitlab/pipeline.yml included twice in one monorepo (prefix api and web, each with its own `path`), run for real
 * with gitlab-ci-local's shell executor. The runtime is this working tree: its CLI bundled with esbuild, packed by
 * scripts/pack-runtime.mjs as a scoped npm package and handed to the jobs as `shipshape-package` (a .tgz in the
 * repository) with its sha512 as `shipshape-package-integrity` — the same fetch-and-verify path an organisation's
 * registry package takes; the tool image itself cannot run here (no container engine), so the jobs run in the shell.
 *
 * Images are built with buildah and pushed to a real docker-registry on 127.0.0.1 (`image: $CI_REGISTRY_IMAGE/<c>`).
 * The image scan is the `image-scan-command` hook answering with recorded trivy output (test/fixtures/scanner-outputs,
 * see LICENSES/NOTICE-trivy.txt): web's report has two CRITICAL findings, api's only MEDIUM ones.
 *
 * What gitlab-ci-local cannot show: `resource_group` waits, protected environments and deployment approvals (GitLab
 * server features), and the pull of the tool image by digest.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RegistryClient } from '../../src/stages/registry/client.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { storageFor } from '../stages/build/base-image.js';
import { cacheScratchDir, gitlabCiLocal, PIPELINES, ROOT, templateRepo } from './gitlab-helpers.js';

let registry: TestRegistry;
let client: RegistryClient;
let work: string;
let repo: string;
let runtime: { tarball: string; integrity: string };
const timings: Record<string, number> = {};

const component = (name: string, scan: string) => `  - local: ci/pipeline.yml
    inputs:
      prefix: ${name}
      path: services/${name}/
      working-directory: services/${name}
      image: $CI_REGISTRY_IMAGE/${name}
      builder: buildah
      tls-verify: false
      install: false
      test-command: echo "${name} tests ran"
      image-scan-command: cp scans/${scan} "$SHIPSHAPE_IMAGE_REPORT"
      deploy: true
      deploy-command: echo "$SHIPSHAPE_ENVIRONMENT ${name} $SHIPSHAPE_DIGEST" >> "$CI_PROJECT_DIR/deploys.log"
      shipshape-package: .runtime/${'${TARBALL}'}
      shipshape-package-integrity: ${'${INTEGRITY}'}
`;

beforeAll(async () => {
  work = cacheScratchDir('shipshape-gitlab-monorepo-');
  // The runtime from the working tree: every dependency bundled in, as the published package has it.
  const bundle = join(work, 'bundle');
  mkdirSync(bundle);
  const esbuild = spawnSync(
    join(ROOT, 'node_modules/.bin/esbuild'),
    [
      'src/cli/index.ts',
      '--bundle',
      '--platform=node',
      '--format=esm',
      '--target=node20',
      `--outfile=${join(bundle, 'index.js')}`,
      '--log-level=error',
      // Optional XML writers of the CycloneDX library; the SBOM is JSON.
      '--external:xmlbuilder2',
      '--external:libxmljs2',
      "--banner:js=import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);",
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (esbuild.status !== 0) throw new Error(esbuild.stderr);
  writeFileSync(join(bundle, 'package.json'), '{ "type": "module" }\n');
  const pack = spawnSync(
    process.execPath,
    ['scripts/pack-runtime.mjs', '--name', '@acme/shipshape', '--from', bundle, '--out', join(work, 'packed')],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (pack.status !== 0) throw new Error(pack.stderr);
  runtime = JSON.parse(pack.stdout) as { tarball: string; integrity: string };
  registry = await startRegistry();
  client = new RegistryClient({ registry: registry.host });

  const tarball = runtime.tarball.split('/').pop()!;
  const include =
    `stages: [lint, test, build, security, release, deploy-dev, deploy-staging, deploy-prod]\ninclude:\n${component('api', 'trivy-medium.json')}${component('web', 'trivy-critical.json')}`
      .replaceAll('${TARBALL}', tarball)
      .replaceAll('${INTEGRITY}', runtime.integrity);
  const trivy = (file: string) => readFileSync(join(ROOT, 'test/fixtures/scanner-outputs/trivy', file), 'utf8');
  repo = templateRepo(
    {
      '.gitlab-ci.yml': include,
      'services/api/Dockerfile': 'FROM scratch\nCOPY app.txt /app.txt\n',
      'services/api/app.txt': 'api\n',
      'services/web/Dockerfile': 'FROM scratch\nCOPY app.txt /app.txt\n',
      'services/web/app.txt': 'web\n',
      'scans/trivy-medium.json': trivy('trivy-image-alpine-310.json'),
      'scans/trivy-critical.json': trivy('trivy-image-alpine-39-critical.json'),
      '.gitignore': 'deploys.log\n.runtime/\n',
    },
    ['pipeline'],
  );
  mkdirSync(join(repo, '.runtime'));
  cpSync(runtime.tarball, join(repo, '.runtime', tarball));
}, 120_000);

afterAll(async () => {
  await registry?.stop();
  const storage = storageFor(work);
  spawnSync('buildah', ['--root', storage.root, '--runroot', storage.runroot, 'rm', '--all'], { stdio: 'ignore' });
  rmSync(work, { recursive: true, force: true });
  if (repo) rmSync(repo, { recursive: true, force: true });
  process.stdout.write(
    `gitlab-ci-local, monorepo: ${Object.entries(timings)
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`)
      .join(', ')}\n`,
  );
});

async function pipeline(label: string, args: string[]) {
  const storage = storageFor(work);
  const run = await gitlabCiLocal(repo, ['--force-shell-executor', '--no-json-schema-validation', ...args], {
    ...PIPELINES['default branch'],
    CI_PROJECT_DIR: repo,
    CI_REGISTRY_IMAGE: `${registry.host}/mono`,
    SHIPSHAPE_STORAGE_ROOT: storage.root,
    SHIPSHAPE_STORAGE_RUNROOT: storage.runroot,
    SHIPSHAPE_STORAGE_DRIVER: storage.driver,
  });
  timings[label] = run.ms;
  return { ...run, log: `${run.stdout}\n${run.stderr}` };
}

const dotenv = (job: string, file: string): string =>
  readFileSync(join(repo, '.gitlab-ci-local/artifacts', job, '.gitlab-ci-reports/dotenv', file), 'utf8');
const digestOf = (job: string): string => /^DIGEST=(sha256:[0-9a-f]{64})$/m.exec(dotenv(job, `${job}.env`))![1]!;
const deploys = (): string[] =>
  existsSync(join(repo, 'deploys.log')) ? readFileSync(join(repo, 'deploys.log'), 'utf8').trim().split('\n') : [];
const sha = (): string => spawnSync('git', ['rev-parse', 'HEAD'], { cwd: repo, encoding: 'utf8' }).stdout.trim();

test('both job sets run; the critical image stays an untagged candidate and none of its deploys runs', async () => {
  const run = await pipeline('both components', []);
  // The pipeline fails: web's security gate refused its image.
  expect(run.code).toBe(1);
  for (const job of ['lint', 'test-plan', 'test', 'build', 'security', 'release', 'deploy-dev'])
    expect(run.log).toMatch(new RegExp(`PASS +api-${job}\\b`));
  for (const job of ['lint', 'test-plan', 'test', 'build']) expect(run.log).toMatch(new RegExp(`PASS +web-${job}\\b`));
  expect(run.log).toMatch(/FAIL +web-security\b/);
  expect(run.log).toMatch(/web-test +> web tests ran/);
  // The jobs ran the packed runtime after checking its integrity (no `shipshape` on PATH here).
  expect(run.log).toMatch(/api-lint +\$ \$SHIPSHAPE_CLI check/);
  expect(spawnSync('sh', ['-c', 'command -v shipshape']).status).not.toBe(0);

  // web: pushed under its candidate tag only; the gate named the critical findings; no release tag, no deploy.
  const web = digestOf('web-build');
  expect(await client.listTags('mono/web')).toEqual([`candidate-${sha()}`]);
  expect(await client.resolveDigest('mono/web', `candidate-${sha()}`)).toBe(web);
  expect(run.log).toMatch(/web-security .*CVE-2019-14697/);
  expect(dotenv('web-security', 'web-security.env')).toMatch(/^BLOCKED=true$/m);
  for (const job of ['web-release', 'web-deploy-dev', 'web-deploy-staging', 'web-deploy-prod'])
    expect(run.log).not.toMatch(new RegExp(`PASS +${job}\\b`));

  // api: the scanned digest got its release tags (by digest), reached dev, and waits at the manual staging gate.
  const api = digestOf('api-build');
  expect(dotenv('api-release', 'api-release.env')).toContain(`DIGEST=${api}\n`);
  for (const tag of [sha(), `sha-${sha().slice(0, 7)}`, 'main'])
    expect(await client.resolveDigest('mono/api', tag)).toBe(api);
  expect(deploys()).toEqual([`dev api ${api}`]);
  expect(run.log).not.toMatch(/PASS +api-deploy-(staging|prod)\b/);
}, 240_000);

test('prod waits for staging: started alone it does not run; started with staging it runs after it', async () => {
  const api = digestOf('api-build');
  const alone = await pipeline('prod alone', ['--manual', 'api-deploy-prod', 'api-deploy-prod', '--needs']);
  expect(alone.log).not.toMatch(/PASS +api-deploy-prod\b/);
  expect(deploys()).not.toContain(`prod api ${api}`);

  const both = await pipeline('staging then prod', [
    '--manual',
    'api-deploy-staging',
    '--manual',
    'api-deploy-prod',
    'api-deploy-prod',
    '--needs',
  ]);
  expect({ code: both.code, tail: both.code === 0 ? '' : both.log.slice(-3000) }).toEqual({ code: 0, tail: '' });
  const log = deploys();
  expect(log.indexOf(`staging api ${api}`)).toBeGreaterThan(-1);
  expect(log.indexOf(`prod api ${api}`)).toBeGreaterThan(log.indexOf(`staging api ${api}`));
  // The ledger: each environment's tag points at the released digest.
  for (const environment of ['dev', 'staging', 'prod'])
    expect(await client.resolveDigest('mono/api', environment)).toBe(api);
}, 240_000);

test('a runtime whose sha512 differs from shipshape-package-integrity is refused before anything runs', async () => {
  const config = join(repo, '.gitlab-ci.yml');
  const original = readFileSync(config, 'utf8');
  // The sha512 of another tarball: well-formed, so the input check lets it through, and the job must catch it.
  const other = `sha512-${createHash('sha512').update('another tarball').digest('base64')}`;
  writeFileSync(config, original.replaceAll(runtime.integrity, other));
  try {
    const run = await pipeline('tampered runtime', ['api-lint']);
    expect(run.code).toBe(1);
    expect(run.log).toContain(`has integrity ${runtime.integrity}, not the pinned ${other}; refusing to run it`);
    expect(run.log).not.toMatch(/\$ \$SHIPSHAPE_CLI check/);
  } finally {
    writeFileSync(config, original);
  }
}, 60_000);
