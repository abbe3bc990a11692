import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { RegistryClient, RegistryError } from '../../src/stages/registry/client.js';
import { ledgerState, promote, rollback } from '../../src/stages/registry/ledger.js';
import { freePort } from '../helpers/ports.js';
import { buildAndPush, buildahStore, startRegistry, type Buildah, type TestRegistry } from '../helpers/registry.js';

let registry: TestRegistry;
let buildah: Buildah;
let client: RegistryClient;
let work: string;
const digests: Record<string, string> = {};
const timings: Record<string, number> = {};

async function timed<T>(name: string, fn: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  try {
    return await fn();
  } finally {
    timings[name] = Math.round(performance.now() - start);
  }
}

/** The GITHUB_OUTPUT heredoc format read back into name → value. */
function readOutputs(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]!);
    out[match[1]!] = value.join('\n');
  }
  return out;
}

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: work,
    isTTY: false,
    env,
  });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'shipshape-registry-e2e-'));
  registry = await startRegistry();
  buildah = buildahStore();
  client = new RegistryClient({ registry: registry.host });
  await timed('push (build + push, first image)', () => {
    digests.a = buildAndPush(buildah, registry, 'shop/app', 'aaaaaaa', 'release a');
  });
  digests.b = buildAndPush(buildah, registry, 'shop/app', 'bbbbbbb', 'release b');
  digests.c = buildAndPush(buildah, registry, 'shop/app', 'ccccccc', 'release c');
});

afterAll(async () => {
  await registry?.stop();
  buildah?.cleanup();
  if (work) rmSync(work, { recursive: true, force: true });
  process.stdout.write(`registry e2e timings (ms): ${JSON.stringify(timings)}\n`);
});

test('the three pushed images have distinct digests that the tags resolve to', async () => {
  expect(new Set(Object.values(digests)).size).toBe(3);
  for (const digest of Object.values(digests)) expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
  expect(await client.listTags('shop/app')).toEqual(['aaaaaaa', 'bbbbbbb', 'ccccccc']);
  expect(await client.resolveDigest('shop/app', 'aaaaaaa')).toBe(digests.a);
  expect(await client.resolveDigest('shop/app', 'bbbbbbb')).toBe(digests.b);
  const manifest = await client.getManifest('shop/app', 'ccccccc');
  expect(manifest.digest).toBe(digests.c);
  expect(manifest.mediaType).toBe('application/vnd.oci.image.manifest.v1+json');
});

test('promote to staging then prod keeps the previous release, rollback restores it, a second rollback rolls forward', async () => {
  const first = await timed('promote (first, staging)', () =>
    promote(client, { repository: 'shop/app', digest: digests.a!, environment: 'staging' }),
  );
  expect(first).toEqual({ environment: 'staging', digest: digests.a, changed: true });
  await promote(client, { repository: 'shop/app', digest: digests.a!, environment: 'prod' });
  expect(await ledgerState(client, 'shop/app', 'prod')).toEqual({ current: digests.a });

  const second = await timed('promote (staging, with previous)', () =>
    promote(client, { repository: 'shop/app', digest: digests.b!, environment: 'staging' }),
  );
  expect(second).toEqual({ environment: 'staging', digest: digests.b, previous: digests.a, changed: true });
  await promote(client, { repository: 'shop/app', digest: digests.b!, environment: 'prod' });
  expect(await ledgerState(client, 'shop/app', 'staging')).toEqual({ current: digests.b, previous: digests.a });
  expect(await ledgerState(client, 'shop/app', 'prod')).toEqual({ current: digests.b, previous: digests.a });

  // Promoting the same digest again changes nothing (the previous release is not lost).
  expect(await promote(client, { repository: 'shop/app', digest: digests.b!, environment: 'prod' })).toEqual({
    environment: 'prod',
    digest: digests.b,
    previous: digests.a,
    changed: false,
  });

  const back = await timed('rollback (prod)', () => rollback(client, { repository: 'shop/app', environment: 'prod' }));
  expect(back).toEqual({ environment: 'prod', digest: digests.a, previous: digests.b, changed: true });
  expect(await client.resolveDigest('shop/app', 'prod')).toBe(digests.a);
  expect(await client.resolveDigest('shop/app', 'prod-previous')).toBe(digests.b);
  // staging is untouched by prod's rollback
  expect(await client.resolveDigest('shop/app', 'staging')).toBe(digests.b);

  const forward = await rollback(client, { repository: 'shop/app', environment: 'prod' });
  expect(forward).toEqual({ environment: 'prod', digest: digests.b, previous: digests.a, changed: true });
  expect(await client.listTags('shop/app')).toEqual([
    'aaaaaaa',
    'bbbbbbb',
    'ccccccc',
    'prod',
    'prod-previous',
    'staging',
    'staging-previous',
  ]);
});

test('rollback without a previous release says so', async () => {
  await promote(client, { repository: 'shop/app', digest: digests.c!, environment: 'dev' });
  await expect(rollback(client, { repository: 'shop/app', environment: 'dev' })).rejects.toThrow(
    'roll back shop/app:dev: there is no dev-previous tag, so nothing to roll back to',
  );
});

test('cross-repository promotion mounts the blobs instead of re-uploading them', async () => {
  const copied = await client.copyManifest('shop/app', digests.c!, 'release/app', digests.c!);
  expect(copied.digest).toBe(digests.c);
  const results = Object.values(copied.blobs);
  expect(results.length).toBe(2); // config + one layer
  expect(results).toEqual(['mounted', 'mounted']);
  // Mounting again finds the blobs already there.
  for (const digest of Object.keys(copied.blobs))
    expect(await client.mountBlob('release/app', digest, 'shop/app')).toBe('exists');
  const entry = await promote(client, { repository: 'release/app', digest: digests.c!, environment: 'prod' });
  expect(entry).toEqual({ environment: 'prod', digest: digests.c, changed: true });
  expect(await client.listTags('release/app')).toEqual(['prod']);
  expect(await client.resolveDigest('release/app', 'prod')).toBe(digests.c);
});

test('the CLI resolves, lists, promotes and rolls back, writing GITHUB_OUTPUT and a dotenv report', async () => {
  const outputFile = join(work, 'github-output');
  const dotenv = join(work, 'promote.env');
  const image = `${registry.host}/cli/app`;
  await client.copyManifest('shop/app', digests.a!, 'cli/app', 'aaaaaaa');
  await client.copyManifest('shop/app', digests.b!, 'cli/app', 'bbbbbbb');

  const digest = await cli(['registry', 'digest', `${image}:aaaaaaa`], { GITHUB_OUTPUT: outputFile });
  expect(digest).toEqual({ code: 0, stdout: `${digests.a}\n`, stderr: '' });
  expect(readOutputs(outputFile)).toEqual({ digest: digests.a, image: `${image}@${digests.a}` });

  const tags = await cli(['registry', 'tags', image]);
  expect(tags).toEqual({ code: 0, stdout: 'aaaaaaa\nbbbbbbb\n', stderr: '' });

  expect((await cli(['registry', 'promote', image, '--env', 'prod', '--source', `${image}:aaaaaaa`])).code).toBe(0);
  const promoted = await cli([
    'registry',
    'promote',
    image,
    '--env',
    'prod',
    '--digest',
    digests.b!,
    '--dotenv',
    dotenv,
  ]);
  expect(promoted.code).toBe(0);
  expect(promoted.stdout).toBe(`${digests.b}\n`);
  expect(promoted.stderr).toBe(`Promoted ${digests.b} to cli/app:prod (prod-previous is now ${digests.a}).\n`);
  expect(readFileSync(dotenv, 'utf8')).toBe(
    `DIGEST=${digests.b}\nPREVIOUS_DIGEST=${digests.a}\nIMAGE=${image}@${digests.b}\nCHANGED=true\n`,
  );

  const rolled = await timed('rollback (CLI, prod)', () =>
    cli(['registry', 'rollback', image, '--env', 'prod', '--dotenv', dotenv]),
  );
  expect(rolled.code).toBe(0);
  expect(rolled.stdout).toBe(`${digests.a}\n`);
  expect(await client.resolveDigest('cli/app', 'prod')).toBe(digests.a);

  // Cross-repository promotion through the CLI: --source in another repository.
  const cross = await cli([
    'registry',
    'promote',
    `${registry.host}/other/app`,
    '--env',
    'staging',
    '--source',
    `${image}:bbbbbbb`,
  ]);
  expect(cross.code).toBe(0);
  expect(await client.resolveDigest('other/app', 'staging')).toBe(digests.b);
});

test('clear errors for a missing tag, a missing repository, an unreachable registry and a bad reference', async () => {
  const missingTag = await cli(['registry', 'digest', `${registry.host}/shop/app:nope`]);
  expect(missingTag.code).toBe(1);
  expect(missingTag.stderr).toBe(
    'shipshape registry digest: resolve shop/app:nope: not found (404) [no credentials]\n',
  );

  const missingRepo = await cli(['registry', 'tags', `${registry.host}/no/such`]);
  expect(missingRepo.code).toBe(1);
  expect(missingRepo.stderr).toBe(
    'shipshape registry tags: list tags of no/such: not found (404): NAME_UNKNOWN: repository name not known to registry [no credentials]\n',
  );

  const port = await freePort();
  const down = await cli(['registry', 'digest', `127.0.0.1:${port}/shop/app:aaaaaaa`, '--timeout', '5']);
  expect(down.code).toBe(1);
  expect(down.stderr).toBe(
    `shipshape registry digest: resolve shop/app:aaaaaaa: cannot reach http://127.0.0.1:${port} (ECONNREFUSED) [no credentials]\n`,
  );

  const bad = await cli(['registry', 'digest', 'app:latest']);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toBe(
    'shipshape: image reference "app:latest" has no registry host: write it in full, e.g. ghcr.io/acme/app or 127.0.0.1:5000/app\n',
  );

  await expect(client.getManifest('shop/app', `sha256:${'0'.repeat(64)}`)).rejects.toBeInstanceOf(RegistryError);
});

describe('a registry behind bearer token auth (real docker-registry, token service with a signed JWT)', () => {
  let secured: TestRegistry;
  let digest: string;
  const PASSWORD = 's3cret-' + 'p4ss-w0rd';

  beforeAll(async () => {
    secured = await startRegistry({ tokenAuth: { users: { ci: PASSWORD } } });
    digest = buildAndPush(buildah, secured, 'team/api', 'v1', 'secured release', `ci:${PASSWORD}`);
    secured.clearTokenRequests();
  });
  afterAll(async () => {
    await secured?.stop();
  });

  test('without credentials: a clear 401 error', async () => {
    const anonymous = await cli(['registry', 'digest', `${secured.host}/team/api:v1`]);
    expect(anonymous.code).toBe(1);
    expect(anonymous.stderr).toBe(
      `shipshape registry digest: resolve team/api:v1: the token service http://127.0.0.1:${tokenPort(secured)} refused no credentials (401); check SHIPSHAPE_REGISTRY_USER/SHIPSHAPE_REGISTRY_PASSWORD (GITHUB_TOKEN for ghcr.io) [no credentials]\n`,
    );
  });

  test('with a wrong password: the token service refuses, and the password never appears', async () => {
    const env = { SHIPSHAPE_REGISTRY_USER: 'ci', SHIPSHAPE_REGISTRY_PASSWORD: 'wrong-' + PASSWORD };
    const wrong = await cli(['registry', 'tags', `${secured.host}/team/api`], env);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toBe(
      `shipshape registry tags: list tags of team/api: the token service http://127.0.0.1:${tokenPort(secured)} refused credentials from SHIPSHAPE_REGISTRY_USER/SHIPSHAPE_REGISTRY_PASSWORD (401); check SHIPSHAPE_REGISTRY_USER/SHIPSHAPE_REGISTRY_PASSWORD (GITHUB_TOKEN for ghcr.io) [credentials from SHIPSHAPE_REGISTRY_USER/SHIPSHAPE_REGISTRY_PASSWORD]\n`,
    );
    expect(`${wrong.stdout}${wrong.stderr}`).not.toContain(PASSWORD);
  });

  test('with credentials from the environment: digest, promote and rollback through the challenge flow', async () => {
    const env = { SHIPSHAPE_REGISTRY_USER: 'ci', SHIPSHAPE_REGISTRY_PASSWORD: PASSWORD };
    secured.clearTokenRequests();
    const resolved = await cli(['registry', 'digest', `${secured.host}/team/api:v1`], env);
    expect(resolved).toEqual({ code: 0, stdout: `${digest}\n`, stderr: '' });
    expect(secured.tokenRequests()).toEqual([
      { scopes: ['repository:team/api:pull'], service: 'shipshape-registry', user: 'ci', granted: true },
    ]);

    const promoted = await cli(
      ['registry', 'promote', `${secured.host}/team/api`, '--env', 'prod', '--digest', digest],
      env,
    );
    expect(promoted.code).toBe(0);
    const rolled = await cli(['registry', 'rollback', `${secured.host}/team/api`, '--env', 'prod'], env);
    expect(rolled.code).toBe(1);
    expect(rolled.stderr).toBe(
      'shipshape registry rollback: roll back team/api:prod: there is no prod-previous tag, so nothing to roll back to [credentials from SHIPSHAPE_REGISTRY_USER/SHIPSHAPE_REGISTRY_PASSWORD]\n',
    );
    const tags = await cli(['registry', 'tags', `${secured.host}/team/api`], env);
    expect(tags.stdout).toBe('prod\nv1\n');
    // Pushing asks for pull,push; every token request carried the right user and nothing else leaked.
    expect(secured.tokenRequests().some((request) => request.scopes.includes('repository:team/api:pull,push'))).toBe(
      true,
    );
    expect(secured.tokenRequests().every((request) => request.granted && request.user === 'ci')).toBe(true);
    for (const run of [resolved, promoted, rolled, tags]) expect(`${run.stdout}${run.stderr}`).not.toContain(PASSWORD);
  });
});

/** The token realm's port, from the registry's config. */
function tokenPort(registry: TestRegistry): string {
  return /realm: http:\/\/127\.0\.0\.1:(\d+)\/token/.exec(readFileSync(join(registry.dir, 'config.yml'), 'utf8'))![1]!;
}
