/**
 * Real build: the example service built with buildah (chroot isolation, vfs storage, no daemon) through
 * src/stages/build and the `shipshape build` command, pushed to a real docker-registry on 127.0.0.1.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { buildImage } from '../../src/stages/build/build.js';
import { imageMeta } from '../../src/stages/image/tags.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { buildBaseImage, registryDigest, registryTags, storageFor } from '../stages/build/base-image.js';

const root = join(import.meta.dirname, '../..');
const SHA = '5e1f0c2d3b4a59687766554433221100ffeeddcc';
let registry: TestRegistry;
let work: string;
let base: string;
const timings: Record<string, number> = {};

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'shipshape-build-e2e-'));
  registry = await startRegistry();
  const started = performance.now();
  base = buildBaseImage(work, storageFor(work));
  timings['base image'] = performance.now() - started;
}, 60_000);

afterAll(async () => {
  await registry?.stop();
  rmSync(work, { recursive: true, force: true });
  process.stdout.write(
    `build-image timings: ${Object.entries(timings)
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(2)} s`)
      .join(', ')}\n`,
  );
});

let firstDigest = '';

it('builds the example service, pushes every SHA tag and reports the digest the registry serves', async () => {
  const meta = imageMeta({
    image: `${registry.host}/shop/service`,
    sha: SHA,
    ref: 'refs/heads/Feature/Login',
    created: '2026-01-01T00:00:00Z',
  });
  const logs: string[] = [];
  const result = await buildImage({
    builder: 'buildah',
    cwd: root,
    context: 'examples/service',
    refs: meta.refs,
    labels: meta.labels,
    buildArgs: { NODE_IMAGE: base },
    push: true,
    tlsVerify: false,
    storage: storageFor(work),
    log: (line) => logs.push(line),
  });
  timings.build = result.timings.buildMs;
  timings.push = result.timings.pushMs;
  expect(result.builder).toBe('buildah');
  expect(result.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(result.image).toBe(`${registry.host}/shop/service@${result.digest}`);
  expect(await registryTags(registry.url, 'shop/service')).toEqual([SHA, 'feature-login', 'sha-5e1f0c2']);
  for (const tag of [SHA, 'sha-5e1f0c2', 'feature-login'])
    expect(await registryDigest(registry.url, 'shop/service', tag)).toBe(result.digest);
  const manifest = (await (
    await fetch(`${registry.url}/v2/shop/service/manifests/${result.digest}`, {
      headers: { Accept: 'application/vnd.oci.image.manifest.v1+json' },
    })
  ).json()) as { config: { digest: string } };
  const config = (await (await fetch(`${registry.url}/v2/shop/service/blobs/${manifest.config.digest}`)).json()) as {
    config: { Labels: Record<string, string> };
  };
  expect(config.config.Labels).toEqual(
    expect.objectContaining({
      'org.opencontainers.image.revision': SHA,
      'org.opencontainers.image.version': 'feature-login',
    }),
  );
  expect(logs.some((line) => line.includes('npm test') || line.includes('RUN npm test'))).toBe(true);
  firstDigest = result.digest;
}, 60_000);

it('rebuilds the same commit with `shipshape build` to the same digest (--timestamp 0) and writes the outputs', async () => {
  const output = join(work, 'github-output');
  const dotenv = join(work, 'build.env');
  let stderr = '';
  let stdout = '';
  const started = performance.now();
  const code = await main(
    [
      'build',
      '--image',
      `${registry.host}/shop/service`,
      '--sha',
      SHA,
      '--ref',
      'refs/heads/Feature/Login',
      '--created',
      '2026-01-01T00:00:00Z',
      '--context',
      'examples/service',
      '--build-arg',
      `NODE_IMAGE=${base}`,
      '--builder',
      'buildah',
      '--insecure-registry',
      '--dotenv',
      dotenv,
    ],
    {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      cwd: root,
      isTTY: false,
      // Outputs may go to the workspace or the runner's temp folder, as on a runner.
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        RUNNER_TEMP: work,
        GITHUB_OUTPUT: output,
        ...Object.fromEntries(
          Object.entries(storageFor(work)).map(([k, v]) => [`SHIPSHAPE_STORAGE_${k.toUpperCase()}`, v]),
        ),
      },
    },
  );
  timings.rebuild = performance.now() - started;
  expect({ code, tail: code === 0 ? '' : stderr.slice(-2000) }).toEqual({ code: 0, tail: '' });
  expect(stdout).toBe(`${registry.host}/shop/service@${firstDigest}\n`);
  expect(await registryDigest(registry.url, 'shop/service', 'sha-5e1f0c2')).toBe(firstDigest);
  expect(readFileSync(dotenv, 'utf8')).toBe(
    `IMAGE=${registry.host}/shop/service@${firstDigest}\nDIGEST=${firstDigest}\nTAGS=${[SHA, 'sha-5e1f0c2', 'feature-login'].map((t) => `${registry.host}/shop/service:${t}`).join(',')}\n`,
  );
  expect(readFileSync(output, 'utf8')).toMatch(
    new RegExp(`^digest<<ghadelimiter_[0-9a-f-]{36}\\n${firstDigest}\\nghadelimiter_[0-9a-f-]{36}$`, 'm'),
  );
}, 60_000);

it('fails with exit 1 and no stack trace when the Dockerfile is broken; exit 2 when it does not exist', async () => {
  const project = join(work, 'broken');
  mkdirSync(project, { recursive: true });
  // An image with no shell: the RUN step fails inside the builder.
  writeFileSync(join(project, 'Dockerfile'), 'FROM scratch\nRUN exit 3\n');
  const build = async (file: string) => {
    let stderr = '';
    const code = await main(
      [
        'build',
        '--image',
        `${registry.host}/shop/broken`,
        '--sha',
        SHA,
        '--file',
        file,
        '--builder',
        'buildah',
        '--no-push',
      ],
      {
        stdout: () => {},
        stderr: (t) => (stderr += t),
        cwd: project,
        isTTY: false,
        env: {
          PATH: process.env.PATH,
          SHIPSHAPE_STORAGE_ROOT: storageFor(work).root,
          SHIPSHAPE_STORAGE_RUNROOT: storageFor(work).runroot,
          SHIPSHAPE_STORAGE_DRIVER: storageFor(work).driver,
        },
      },
    );
    return { code, stderr };
  };
  const broken = await build('Dockerfile');
  expect(broken.code).toBe(1);
  expect(broken.stderr).toContain('shipshape: buildah bud failed with exit code');
  expect(broken.stderr).not.toMatch(/\n\s+at /);
  expect(await build('no/such/Dockerfile')).toEqual({
    code: 2,
    stderr: 'shipshape: --dockerfile: "no/such/Dockerfile" does not exist\n',
  });
}, 30_000);
