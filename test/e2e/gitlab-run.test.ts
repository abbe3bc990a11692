/**
 * Runs the GitLab pipeline template for real with gitlab-ci-local's shell executor on a small Node project:
 * lint (shipshape check, Code Quality + JUnit), test (cache-plan dotenv → npm ci → node --test with a JUnit report),
 * build (buildah, vfs storage, pushed to a real docker-registry on 127.0.0.1, digest out as dotenv) and security
 * (security gate). The CLI is this checkout's source bundled once with esbuild and passed as SHIPSHAPE_CLI.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { cacheScratchDir, gitlabCiLocal, PIPELINES, ROOT, templateRepo } from './gitlab-helpers.js';

const PROJECT: Record<string, string> = {
  'package.json': `${JSON.stringify({ name: 'demo', version: '1.0.0', private: true, type: 'module', scripts: { test: 'node --test --test-reporter=spec --test-reporter=junit --test-reporter-destination=stdout --test-reporter-destination=junit.xml' } }, null, 2)}\n`,
  'package-lock.json': `${JSON.stringify({ name: 'demo', version: '1.0.0', lockfileVersion: 3, requires: true, packages: { '': { name: 'demo', version: '1.0.0' } } }, null, 2)}\n`,
  'test/sum.test.js':
    "import test from 'node:test';\nimport assert from 'node:assert/strict';\n\ntest('adds', () => assert.equal(1 + 1, 2));\n",
  Dockerfile: 'FROM scratch\nCOPY package.json /app/package.json\n',
  '.gitignore': 'node_modules/\n',
};

let registry: TestRegistry;
let work: string;
let cli: string;
const dirs: string[] = [];
const timings: Record<string, number> = {};

beforeAll(async () => {
  // Bundled inside node_modules/.cache so that its package imports resolve against this checkout's node_modules.
  work = cacheScratchDir('shipshape-gitlab-e2e-');
  cli = join(work, 'cli.mjs');
  // esbuild comes with tsx (a dev dependency); resolve it from there so hoisting does not matter.
  const esbuild = createRequire(join(ROOT, 'node_modules/tsx/package.json'))('esbuild') as typeof import('esbuild');
  esbuild.buildSync({
    entryPoints: [join(ROOT, 'src/cli/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: cli,
    logLevel: 'error',
  });
  registry = await startRegistry();
}, 120_000);

afterAll(async () => {
  await registry?.stop();
  rmSync(work, { recursive: true, force: true });
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  process.stdout.write(
    `gitlab-ci-local runs: ${Object.entries(timings)
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(2)} s`)
      .join(', ')}\n`,
  );
});

// With --force-shell-executor, gitlab-ci-local still sets CI_PROJECT_DIR to the container path /builds/<group>/<project>
// for jobs that have an image; point it at the checkout the shell executor really runs in.
const variables = (dir: string) => ({
  ...PIPELINES['default branch'],
  CI_PROJECT_DIR: dir,
  SHIPSHAPE_CLI: `node ${cli}`,
  SHIPSHAPE_STORAGE_ROOT: join(work, 'store'),
  SHIPSHAPE_STORAGE_RUNROOT: join(work, 'run'),
  SHIPSHAPE_STORAGE_DRIVER: 'vfs',
});

test('lint → test → build → security run green and hand the digest on', async () => {
  const include = `include:\n  - local: ci/pipeline.yml\n    inputs:\n      image: ${registry.host}/demo/app\n      builder: buildah\n      tls-verify: false\n      image-scan: optional\n`;
  const dir = templateRepo({ ...PROJECT, '.gitlab-ci.yml': include }, ['pipeline']);
  dirs.push(dir);
  const run = await gitlabCiLocal(dir, ['--force-shell-executor', '--no-json-schema-validation'], variables(dir));
  timings['full pipeline'] = run.ms;
  const log = `${run.stdout}\n${run.stderr}`;
  expect({ code: run.code, tail: run.code === 0 ? '' : log.slice(-4000) }).toEqual({ code: 0, tail: '' });
  for (const job of [
    'shipshape-test-plan',
    'shipshape-lint',
    'shipshape-test',
    'shipshape-build',
    'shipshape-security',
    'shipshape-release',
  ])
    expect(log).toMatch(new RegExp(`PASS +${job}\\b`));

  // Dotenv reports are kept per job; the shell executor (no isolation) leaves other report files in the checkout.
  const dotenv = (job: string, file: string) =>
    readFileSync(join(dir, '.gitlab-ci-local/artifacts', job, '.gitlab-ci-reports/dotenv', file), 'utf8');
  // The plan's dotenv reached the test job: its INSTALL_COMMAND and TEST_COMMAND ran (the inputs were empty).
  expect(dotenv('shipshape-test-plan', 'shipshape-plan.env')).toMatch(/^INSTALL_COMMAND=npm ci$/m);
  expect(log).toMatch(/shipshape-test +\$ sh -c "\$\{SHIPSHAPE_TEST_COMMAND:-\$TEST_COMMAND\}"/);
  expect(log).toMatch(/shipshape-test +> ✔ adds/);
  expect(readFileSync(join(dir, 'junit.xml'), 'utf8')).toContain('<testcase name="adds"');
  // Lint wrote the Code Quality and JUnit reports; no GitLab finding in this project (the templates included).
  const quality = JSON.parse(readFileSync(join(dir, 'shipshape-code-quality.json'), 'utf8')) as {
    check_name: string;
  }[];
  expect(quality.filter((issue) => issue.check_name.startsWith('gitlab/'))).toEqual([]);
  expect(readFileSync(join(dir, 'shipshape-lint-junit.xml'), 'utf8')).toContain('<testsuites');
  // Build pushed the candidate and wrote its digest; the release job then gave that digest the commit's tag.
  const sha = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).stdout.trim();
  const env = dotenv('shipshape-build', 'shipshape-build.env');
  const digest = /^DIGEST=(sha256:[0-9a-f]{64})$/m.exec(env)?.[1];
  expect(digest).toBeDefined();
  expect(env).toContain(`IMAGE=${registry.host}/demo/app@${digest}`);
  const head = await fetch(`${registry.url}/v2/demo/app/manifests/${sha}`, {
    method: 'HEAD',
    headers: {
      Accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json',
    },
  });
  expect(head.headers.get('docker-content-digest')).toBe(digest);
  // The security gate ran after build (the image itself unscanned: image-scan optional), passed, and wrote its dotenv report.
  expect(dotenv('shipshape-security', 'shipshape-security.env')).toMatch(/^BLOCKED=false$/m);
}, 180_000);

test("lint left at its default fail-on follows the project's .shipshape.yml", async () => {
  const { Dockerfile: _dockerfile, ...withoutDockerfile } = PROJECT;
  const files = {
    ...withoutDockerfile,
    '.gitlab-ci.yml': 'stages: [lint]\ninclude:\n  - local: ci/lint.yml\n',
    'services/worker/.gitlab-ci.yml': 'work:\n  image: node:latest\n  script: [npm test]\n',
  };
  // The same warning passes with the built-in threshold (error) and fails once the project's config says warning.
  const lenient = templateRepo(files, ['lint']);
  const strict = templateRepo({ ...files, '.shipshape.yml': 'fail-on: warning\n' }, ['lint']);
  dirs.push(lenient, strict);
  const passed = await gitlabCiLocal(
    lenient,
    ['--force-shell-executor', '--no-json-schema-validation', 'shipshape-lint'],
    variables(lenient),
  );
  const failed = await gitlabCiLocal(
    strict,
    ['--force-shell-executor', '--no-json-schema-validation', 'shipshape-lint'],
    variables(strict),
  );
  timings['lint, threshold from config'] = passed.ms + failed.ms;
  expect(passed.code).toBe(0);
  expect(failed.code).toBe(1);
  expect(`${failed.stdout}${failed.stderr}`).toMatch(/FAIL +shipshape-lint/);
}, 120_000);

test('lint fails at fail-on: warning when the project has a warning, and the Code Quality report names it', async () => {
  const include = 'include:\n  - local: ci/lint.yml\n    inputs:\n      fail-on: warning\n';
  const { Dockerfile: _dockerfile, ...withoutDockerfile } = PROJECT;
  const dir = templateRepo(
    {
      ...withoutDockerfile,
      '.gitlab-ci.yml': `stages: [lint]\n${include}`,
      'services/worker/.gitlab-ci.yml': 'work:\n  image: node:latest\n  script: [npm test]\n',
    },
    ['lint'],
  );
  dirs.push(dir);
  const run = await gitlabCiLocal(
    dir,
    ['--force-shell-executor', '--no-json-schema-validation', 'shipshape-lint'],
    variables(dir),
  );
  timings['lint only (failing)'] = run.ms;
  expect(run.code).toBe(1);
  expect(`${run.stdout}${run.stderr}`).toMatch(/FAIL +shipshape-lint/);
  const report = JSON.parse(readFileSync(join(dir, 'shipshape-code-quality.json'), 'utf8')) as {
    check_name: string;
    location: { path: string; lines: { begin: number } };
  }[];
  const gitlab = report.filter((issue) => issue.check_name.startsWith('gitlab/'));
  expect(gitlab.map((issue) => [issue.check_name, issue.location.path, issue.location.lines.begin])).toEqual([
    ['gitlab/unpinned-image', 'services/worker/.gitlab-ci.yml', 2],
  ]);
}, 120_000);
