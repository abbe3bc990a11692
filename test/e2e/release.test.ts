/**
 * `shipshape release` against a real docker-registry on 127.0.0.1: a digest pushed under its candidate tag gets
 * the release tags (full SHA, sha-<7>, semver forms, latest), each one resolving to exactly that digest; a
 * digest the registry does not hold, or a tag given as the image, is refused.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { RegistryClient } from '../../src/stages/registry/client.js';
import { candidateTag } from '../../src/stages/registry/release.js';
import { buildAndPush, buildahStore, startRegistry, type TestRegistry } from '../helpers/registry.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
let registry: TestRegistry;
let client: RegistryClient;
let work: string;
let digest: string;

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: work,
    isTTY: false,
    env: {},
  });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'shipshape-release-e2e-'));
  registry = await startRegistry();
  client = new RegistryClient({ registry: registry.host });
  digest = buildAndPush(buildahStore(), registry, 'shop/app', candidateTag(SHA), 'candidate');
}, 60_000);

afterAll(async () => {
  await registry?.stop();
  rmSync(work, { recursive: true, force: true });
});

test('a scanned candidate digest gets the SHA, semver and latest tags, all resolving to it', async () => {
  const run = await cli([
    'release',
    '--image',
    `${registry.host}/shop/app`,
    '--digest',
    digest,
    '--sha',
    SHA,
    '--ref',
    'refs/tags/v1.4.2',
    '--latest',
    '--dotenv',
    'release.env',
  ]);
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
  const tags = [SHA, 'sha-0123456', '1.4.2', '1.4', '1', 'latest'];
  expect(run.stdout).toBe(tags.map((tag) => `${registry.host}/shop/app:${tag}\n`).join(''));
  for (const tag of tags) expect(await client.resolveDigest('shop/app', tag)).toBe(digest);
  expect(readFileSync(join(work, 'release.env'), 'utf8')).toContain(`DIGEST=${digest}\n`);
  expect(readFileSync(join(work, 'release.env'), 'utf8')).toContain(`IMAGE=${registry.host}/shop/app@${digest}\n`);
  // The candidate tag stays as it was: release adds tags, it never renames the candidate.
  expect(await client.resolveDigest('shop/app', candidateTag(SHA))).toBe(digest);
}, 30_000);

test('a digest the registry does not hold is refused (exit 1) and no tag is written', async () => {
  const missing = `sha256:${'0'.repeat(64)}`;
  const run = await cli([
    'release',
    '--image',
    `${registry.host}/shop/app`,
    '--digest',
    missing,
    '--sha',
    SHA,
    '--ref',
    'refs/heads/hotfix',
  ]);
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/^shipshape release: .*manifest shop\/app@sha256:0{64}/);
  expect(await client.tryResolveDigest('shop/app', 'hotfix')).toBeUndefined();
});

test('bad input exits 2 naming it', async () => {
  expect(await cli(['release', '--image', `${registry.host}/shop/app:1.0`, '--digest', digest])).toMatchObject({
    code: 2,
    stderr: expect.stringContaining('--image takes a repository (or <repo>@<digest>), not the tag "1.0"'),
  });
  expect(await cli(['release', '--image', `${registry.host}/shop/app`])).toMatchObject({
    code: 2,
    stderr: expect.stringContaining('give the scanned digest with --digest'),
  });
  expect(await cli(['release', '--image', `${registry.host}/shop/app`, '--digest', 'sha256:xyz'])).toMatchObject({
    code: 2,
    stderr: expect.stringContaining('invalid digest "sha256:xyz"'),
  });
});

test('build --candidate refuses --latest (a release tag)', async () => {
  const run = await cli([
    'build',
    '--image',
    `${registry.host}/shop/app`,
    '--sha',
    SHA,
    '--candidate',
    '--latest',
    '--no-push',
  ]);
  expect(run).toMatchObject({ code: 2, stderr: expect.stringContaining('build: --latest is a release tag') });
});
