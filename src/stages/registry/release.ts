import { UsageError } from '../../core/errors.js';
import type { RegistryClient } from './client.js';
import { checkDigest } from './reference.js';

/**
 * The release step of a scan-before-release pipeline: the build pushed one candidate tag, the security gate
 * passed that digest, and only now does the digest get its release tags (commit SHA, branch or semver, latest).
 * Every tag is a PUT of the candidate manifest's exact bytes, so each one resolves to the digest that was scanned.
 */
export interface ReleaseResult {
  digest: string;
  /** Tags that now point at the digest, in the order given. */
  tags: string[];
  /** Tags that pointed at another digest before (moved by this release). */
  moved: { tag: string; from: string }[];
}

const CANDIDATE = /^candidate-/;

export function candidateTag(sha: string): string {
  if (!/^[0-9a-f]{40}$/.test(sha)) throw new UsageError('the commit SHA must be 40 lower-case hex characters');
  return `candidate-${sha}`;
}

export async function releaseDigest(
  client: RegistryClient,
  repository: string,
  digest: string,
  tags: readonly string[],
): Promise<ReleaseResult> {
  checkDigest(digest);
  const wanted = tags.filter((tag) => !CANDIDATE.test(tag));
  if (wanted.length === 0) throw new UsageError('release: no release tags to add');
  // Fetched by digest: getManifest checks the bytes hash to it, so a tag can only ever name the scanned image.
  const manifest = await client.getManifest(repository, digest);
  const moved: ReleaseResult['moved'] = [];
  for (const tag of wanted) {
    const before = await client.tryResolveDigest(repository, tag);
    if (before === digest) continue;
    if (before) moved.push({ tag, from: before });
    await client.putManifest(repository, tag, manifest);
  }
  return { digest, tags: wanted, moved };
}
