import { imageMeta, parseSemver, sanitizeTag, semverTags } from '../../../src/stages/image/tags.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const base = {
  image: 'ghcr.io/acme/app',
  sha: SHA,
  created: '2026-01-02T03:04:05Z',
  source: 'https://github.com/acme/app',
};

describe('sanitizeTag', () => {
  it.each([
    ['main', 'main'],
    ['feature/Add-Login', 'feature-add-login'],
    ['fix/#12 — crash!', 'fix-12-crash-'],
    ['-.leading', 'leading'],
    ['release_1.2', 'release_1.2'],
    ['$(touch pwned)', 'touch-pwned-'],
    ['a'.repeat(200), 'a'.repeat(128)],
  ])('%j → %j', (input, tag) => expect(sanitizeTag(input)).toBe(tag));
});

describe('semver', () => {
  it.each([
    ['v1.2.3', ['1.2.3', '1.2', '1']],
    ['1.2.3', ['1.2.3', '1.2', '1']],
    ['v0.3.1', ['0.3.1', '0.3']],
    ['v2.0.0-rc.1', ['2.0.0-rc.1']],
    ['v1.2.3+build.5', ['1.2.3-build.5', '1.2', '1']],
  ])('%s → %j', (tag, tags) => expect(semverTags(parseSemver(tag)!)).toEqual(tags));

  it('rejects what is not semver', () => {
    expect(parseSemver('v1.2')).toBeUndefined();
    expect(parseSemver('release-1.2.3')).toBeUndefined();
    expect(parseSemver('v01.2.3')).toBeUndefined();
  });
});

describe('imageMeta', () => {
  it('tags a branch build with the full SHA, sha-<7> and the sanitised branch, plus OCI labels', () => {
    expect(imageMeta({ ...base, ref: 'refs/heads/Feature/X' })).toEqual({
      tags: [SHA, 'sha-0123456', 'feature-x'],
      refs: [`ghcr.io/acme/app:${SHA}`, 'ghcr.io/acme/app:sha-0123456', 'ghcr.io/acme/app:feature-x'],
      labels: {
        'org.opencontainers.image.created': '2026-01-02T03:04:05Z',
        'org.opencontainers.image.revision': SHA,
        'org.opencontainers.image.title': 'app',
        'org.opencontainers.image.version': 'feature-x',
        'org.opencontainers.image.source': 'https://github.com/acme/app',
      },
      version: 'feature-x',
    });
  });

  it('tags a release with its semver forms, and latest only when asked', () => {
    expect(imageMeta({ ...base, ref: 'refs/tags/v1.2.3' }).tags).toEqual([SHA, 'sha-0123456', '1.2.3', '1.2', '1']);
    expect(imageMeta({ ...base, ref: 'refs/tags/v1.2.3', latest: true }).tags).toEqual([
      SHA,
      'sha-0123456',
      '1.2.3',
      '1.2',
      '1',
      'latest',
    ]);
    expect(imageMeta({ ...base, ref: 'refs/tags/v2.0.0-beta.1' }).tags).toEqual([SHA, 'sha-0123456', '2.0.0-beta.1']);
    expect(imageMeta({ ...base, ref: 'refs/tags/nightly' }).tags).toEqual([SHA, 'sha-0123456', 'nightly']);
    expect(imageMeta({ ...base, ref: 'refs/tags/v1.2.3' }).labels['org.opencontainers.image.version']).toBe('1.2.3');
  });

  it('tags pull requests pr-<n> and works without a ref', () => {
    expect(imageMeta({ ...base, ref: 'refs/pull/42/merge' }).tags).toEqual([SHA, 'sha-0123456', 'pr-42']);
    const meta = imageMeta({ image: '127.0.0.1:5000/app', sha: SHA });
    expect(meta.tags).toEqual([SHA, 'sha-0123456']);
    expect(meta.version).toBe('sha-0123456');
    expect(meta.labels['org.opencontainers.image.created']).toBe('1970-01-01T00:00:00Z');
    expect(meta.labels['org.opencontainers.image.source']).toBeUndefined();
  });

  it('rejects invalid images and SHAs with usage errors', () => {
    expect(() => imageMeta({ ...base, image: 'GHCR.io/Acme/App' })).toThrow(
      'is not a valid lower-case image repository',
    );
    expect(() => imageMeta({ ...base, image: 'app:1.0' })).toThrow('is not a valid lower-case image repository');
    expect(imageMeta({ ...base, image: 'localhost:5000/team/app' }).labels['org.opencontainers.image.title']).toBe(
      'app',
    );
    expect(() => imageMeta({ ...base, image: 'app$(id)' })).toThrow('is not a valid lower-case image repository');
    expect(() => imageMeta({ ...base, sha: 'abc' })).toThrow('the commit SHA must be 40 lower-case hex characters');
  });
});
