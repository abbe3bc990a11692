/**
 * Image tags and OCI labels for one commit, close to docker/metadata-action's defaults; differences are listed in
 * docs/github-kit.md ("Image tags").
 */
import { UsageError } from '../../core/errors.js';

export interface TagOptions {
  /** Image repository without tag, e.g. `ghcr.io/acme/app`. */
  image: string;
  /** Full 40-hex commit SHA. */
  sha: string;
  /** Git ref: `refs/heads/<branch>`, `refs/tags/<tag>`, `refs/pull/<n>/merge`; or a bare branch name. */
  ref?: string;
  /** Add `latest`. */
  latest?: boolean;
  /** RFC 3339 time for org.opencontainers.image.created; use the commit time so rebuilds stay reproducible. */
  created?: string;
  /** Repository URL for org.opencontainers.image.source. */
  source?: string;
  /** org.opencontainers.image.title (default: the last path part of the image). */
  title?: string;
}

export interface ImageMeta {
  /** Tags alone, in order: full SHA, sha-<7>, ref tags (branch or semver forms or pr-N), latest. */
  tags: string[];
  /** `<image>:<tag>` for every tag. */
  refs: string[];
  labels: Record<string, string>;
  /** The version label: semver, else the ref tag, else sha-<7>. */
  version: string;
}

const IMAGE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?::[0-9]+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$/;

/** A valid Docker tag from any text: lower-case, runs of invalid characters → `-`, no leading `.`/`-`, ≤ 128. */
export function sanitizeTag(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 128);
}

export interface Semver {
  major: string;
  minor: string;
  patch: string;
  prerelease?: string;
  build?: string;
}

export function parseSemver(tag: string): Semver | undefined {
  const match = SEMVER.exec(tag);
  if (!match) return undefined;
  return { major: match[1]!, minor: match[2]!, patch: match[3]!, prerelease: match[4], build: match[5] };
}

/** `v1.2.3` → 1.2.3, 1.2, 1; prereleases only their full version; major 0 gets no bare `0`. */
export function semverTags(version: Semver): string[] {
  const core = `${version.major}.${version.minor}.${version.patch}`;
  const full = sanitizeTag(
    `${core}${version.prerelease ? `-${version.prerelease}` : ''}${version.build ? `-${version.build}` : ''}`,
  );
  if (version.prerelease) return [full];
  const tags = [full, `${version.major}.${version.minor}`];
  if (version.major !== '0') tags.push(version.major);
  return tags;
}

export function imageMeta(options: TagOptions): ImageMeta {
  if (!IMAGE.test(options.image)) {
    throw new UsageError(
      `image "${options.image.slice(0, 80)}" is not a valid lower-case image repository (e.g. ghcr.io/acme/app)`,
    );
  }
  if (!/^[0-9a-f]{40}$/.test(options.sha)) throw new UsageError('the commit SHA must be 40 lower-case hex characters');
  const tags = [options.sha, `sha-${options.sha.slice(0, 7)}`];
  let version = `sha-${options.sha.slice(0, 7)}`;
  const ref = options.ref ?? '';
  const pull = /^refs\/pull\/(\d+)\/(?:merge|head)$/.exec(ref);
  if (ref.startsWith('refs/tags/')) {
    const name = ref.slice('refs/tags/'.length);
    const semver = parseSemver(name);
    const refTags = semver ? semverTags(semver) : [sanitizeTag(name)];
    tags.push(...refTags);
    version = refTags[0]!;
  } else if (pull) {
    tags.push(`pr-${pull[1]}`);
    version = `pr-${pull[1]}`;
  } else if (ref !== '') {
    const branch = sanitizeTag(ref.replace(/^refs\/heads\//, ''));
    if (branch !== '') {
      tags.push(branch);
      version = branch;
    }
  }
  if (options.latest) tags.push('latest');
  const unique = [...new Set(tags.filter((tag) => tag !== ''))];
  const labels: Record<string, string> = {
    'org.opencontainers.image.created': options.created ?? '1970-01-01T00:00:00Z',
    'org.opencontainers.image.revision': options.sha,
    'org.opencontainers.image.title': options.title ?? options.image.split('/').pop()!.replace(/:\d+$/, ''),
    'org.opencontainers.image.version': version,
  };
  if (options.source) labels['org.opencontainers.image.source'] = options.source;
  return { tags: unique, refs: unique.map((tag) => `${options.image}:${tag}`), labels, version };
}
