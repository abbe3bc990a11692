/**
 * Scan before release, end to end: buildah builds real images and pushes each under its candidate tag to a real
 * docker-registry on 127.0.0.1; the security action (its entry point in a child process, INPUT_* variables as a
 * runner sets them) gates the candidate digest on a recorded trivy or grype report of the tools' real formats
 * (test/fixtures/scanner-outputs, with their notices) and only a passing digest gets its release tags. Tags are
 * moved by digest: a candidate tag that moves after the scan does not change what is released.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RegistryClient } from '../../src/stages/registry/client.js';
import { ledgerState, promote } from '../../src/stages/registry/ledger.js';
import { candidateTag } from '../../src/stages/registry/release.js';
import { buildAndPush, buildahStore, startRegistry, type Buildah, type TestRegistry } from '../helpers/registry.js';

const fixtures = resolve('test/fixtures/scanner-outputs');
const SHA = { a: 'a'.repeat(40), b: 'b'.repeat(40), c: 'c'.repeat(40), d: 'd'.repeat(40) };
let registry: TestRegistry;
let buildah: Buildah;
let client: RegistryClient;
let work: string;
const digests: Record<string, string> = {};

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'shipshape-image-gate-'));
  registry = await startRegistry();
  buildah = buildahStore();
  client = new RegistryClient({ registry: registry.host });
  for (const [name, sha] of Object.entries(SHA))
    digests[name] = buildAndPush(buildah, registry, 'shop/app', candidateTag(sha), `release ${name}`);
  for (const [file, folder] of [
    ['trivy-image-alpine-39-critical.json', 'trivy'],
    ['trivy-image-alpine-310.json', 'trivy'],
    ['grype-dir-presenter-snapshot.json', 'grype'],
    ['grype-image-java-ghsa.json', 'grype'],
  ] as const) {
    copyFileSync(join(fixtures, folder, file), join(work, file));
  }
}, 120_000);

afterAll(async () => {
  await registry?.stop();
  buildah?.cleanup();
  rmSync(work, { recursive: true, force: true });
});

/** The security action's entry point as a runner starts it; `cwd`/GITHUB_WORKSPACE is the workspace. */
async function gate(inputs: Record<string, string>) {
  const files = mkdtempSync(join(tmpdir(), 'shipshape-image-gate-run-'));
  const output = join(files, 'output');
  const summary = join(files, 'summary');
  for (const file of [output, summary]) writeFileSync(file, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: files,
    RUNNER_TEMP: files,
    GITHUB_WORKSPACE: work,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
  };
  for (const [name, value] of Object.entries({
    check: 'false',
    'secrets-scan': 'false',
    'severity-threshold': 'high',
    ...inputs,
  }))
    env[`INPUT_${name.toUpperCase()}`] = value;
  const result = await new Promise<{ code: number; stdout: string }>((done) => {
    execFile(
      process.execPath,
      [
        '--import',
        pathToFileURL(resolve('node_modules/tsx/dist/loader.mjs')).href,
        resolve('src/actions/security/index.ts'),
      ],
      { env, encoding: 'utf8', cwd: work },
      (error, stdout, stderr) =>
        done({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout: stdout + stderr }),
    );
  });
  const outputs: Record<string, string> = {};
  for (const match of readFileSync(output, 'utf8').matchAll(/^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n?\2$/gm))
    outputs[match[1]!] = match[3]!;
  const text = readFileSync(summary, 'utf8');
  rmSync(files, { recursive: true, force: true });
  return { ...result, outputs, summary: text };
}

const image = (name: keyof typeof SHA) => `${registry.host}/shop/app@${digests[name]}`;
const tagsOf = async (tags: string[]) => Promise.all(tags.map((tag) => client.tryResolveDigest('shop/app', tag)));

describe('a digest that fails the image gate never gets a release tag', () => {
  it.each([
    ['trivy', 'trivy:trivy-image-alpine-39-critical.json', 'a'],
    ['grype', 'grype:grype-dir-presenter-snapshot.json', 'b'],
  ] as const)(
    '%s report with a critical finding',
    async (_tool, report, name) => {
      const tags = [`${name}-blocked`, `sha-${name}-blocked`];
      const run = await gate({ 'image-ref': image(name), 'image-report': report, 'release-tags': tags.join('\n') });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(
        /::error::shipshape: security gate blocked by \d+ findings? at or above high \(critical [1-9]/,
      );
      expect(run.outputs).toMatchObject({
        blocked: 'true',
        released: 'false',
        'image-scanned': 'true',
        'released-refs': '',
      });
      expect(run.summary).toContain('- release tags: none, the gate blocked this digest');
      expect(await tagsOf(tags)).toEqual([undefined, undefined]);
    },
    60_000,
  );
});

describe('a passing digest gets its release tags, by digest', () => {
  it.each([
    ['trivy', 'trivy:trivy-image-alpine-310.json', 'c'],
    ['grype', 'grype:grype-image-java-ghsa.json', 'd'],
  ] as const)(
    '%s report with medium findings only (threshold high)',
    async (_tool, report, name) => {
      const tags = [`${name}-1.4.2`, `${name}-latest`];
      const run = await gate({ 'image-ref': image(name), 'image-report': report, 'release-tags': tags.join('\n') });
      expect(run.stdout).not.toContain('::error::');
      expect(run.code).toBe(0);
      expect(run.outputs).toMatchObject({
        blocked: 'false',
        released: 'true',
        'image-scanned': 'true',
        'released-refs': tags.map((tag) => `${registry.host}/shop/app:${tag}`).join('\n'),
      });
      expect(await tagsOf(tags)).toEqual([digests[name], digests[name]]);
    },
    60_000,
  );

  it('releases the scanned digest even after its candidate tag was moved to another image', async () => {
    // The candidate tag of a now points at d's manifest; the gate was given a's digest and must tag a, not the tag.
    const manifest = await client.getManifest('shop/app', digests.d!);
    await client.putManifest('shop/app', candidateTag(SHA.a), manifest);
    expect(await client.resolveDigest('shop/app', candidateTag(SHA.a))).toBe(digests.d);
    const run = await gate({
      'image-ref': image('a'),
      'image-report': 'trivy:trivy-image-alpine-310.json',
      'release-tags': 'a-by-digest',
    });
    expect(run.code).toBe(0);
    expect(await client.resolveDigest('shop/app', 'a-by-digest')).toBe(digests.a);
    // Promotion to an environment moves its ledger tag by digest too.
    await promote(client, { repository: 'shop/app', digest: digests.a!, environment: 'dev' });
    expect((await ledgerState(client, 'shop/app', 'dev')).current).toBe(digests.a);
  }, 60_000);
});

describe('an image that was not scanned', () => {
  it('is refused with image-scan: required', async () => {
    const run = await gate({ 'image-ref': image('c'), 'image-scan': 'required', 'release-tags': 'c-unscanned' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `::error::shipshape: image ${image('c')} was not scanned and image-scan is required: it gets no release tags.`,
    );
    expect(run.outputs).toMatchObject({ released: 'false', 'image-scanned': 'false' });
    expect(run.summary).toContain(
      `- image \`${image('c')}\`: **not scanned** (no trivy or grype report on this runner)`,
    );
    expect(await client.tryResolveDigest('shop/app', 'c-unscanned')).toBeUndefined();
  }, 60_000);

  it('is released with image-scan: auto, and the summary says it was not scanned', async () => {
    const run = await gate({ 'image-ref': image('c'), 'release-tags': 'c-auto' });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ released: 'true', 'image-scanned': 'false' });
    expect(run.summary).toContain('**not scanned**');
    expect(await client.resolveDigest('shop/app', 'c-auto')).toBe(digests.c);
  }, 60_000);
});

describe('the allow-list has expiry dates', () => {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const allow = (expires: string) =>
    `allow:\n  - id: CVE-2019-14697\n    package: musl\n    reason: musl is not on the runtime path of this image\n    expires: ${expires}\n  - id: CVE-2019-14697\n    package: musl-utils\n    reason: musl is not on the runtime path of this image\n    expires: ${expires}\n`;

  it('an unexpired entry lets the digest through; an expired one gates it again', async () => {
    writeFileSync(join(work, 'allow-current.yml'), allow(day(90)));
    writeFileSync(join(work, 'allow-expired.yml'), allow(day(-1)));
    const expired = await gate({
      'image-ref': image('b'),
      'image-report': 'trivy:trivy-image-alpine-39-critical.json',
      'allow-list': 'allow-expired.yml',
      'release-tags': 'b-expired',
    });
    expect(expired.code).toBe(1);
    expect(expired.outputs.released).toBe('false');
    expect(await client.tryResolveDigest('shop/app', 'b-expired')).toBeUndefined();
    const current = await gate({
      'image-ref': image('b'),
      'image-report': 'trivy:trivy-image-alpine-39-critical.json',
      'allow-list': 'allow-current.yml',
      'release-tags': 'b-allowed',
    });
    expect(current.stdout).not.toContain('::error::');
    expect(current.outputs).toMatchObject({ released: 'true', allowed: '2' });
    expect(await client.resolveDigest('shop/app', 'b-allowed')).toBe(digests.b);
  }, 60_000);
});

describe('bad input exits with an error naming it', () => {
  it.each([
    [{ 'image-ref': 'ghcr.io/acme/app:latest' }, 'image-ref'],
    [{ 'release-tags': 'v1' }, 'release-tags'],
    [{ 'image-ref': `ghcr.io/acme/app@sha256:${'e'.repeat(64)}`, 'image-report': 'semgrep:x.json' }, 'image-report'],
    [
      { 'image-ref': `ghcr.io/acme/app@sha256:${'e'.repeat(64)}`, 'image-report': 'trivy:../../etc/passwd' },
      'image-report',
    ],
    [{ 'image-ref': `ghcr.io/acme/app@sha256:${'e'.repeat(64)}`, 'release-tags': 'bad tag!' }, 'release-tags'],
  ])(
    '%j',
    async (inputs, name) => {
      const run = await gate(inputs);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(new RegExp(`::error::shipshape: input "?${name}"?`));
    },
    60_000,
  );
});
