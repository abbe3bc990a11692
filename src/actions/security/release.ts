import { UsageError } from '../../core/errors.js';
import { RegistryClient, credentialsFromEnv } from '../../stages/registry/index.js';
import { releaseDigest } from '../../stages/registry/release.js';
import type { SecurityActionContext } from './inputs.js';

export interface ImageVerdict {
  /** The image scan that was merged into the gate, or why there was none. */
  scanned: boolean;
  released: boolean;
  /** `<repository>:<tag>` for every tag that now names the digest. */
  refs: string[];
  /** Markdown lines for the job summary. */
  summary: string[];
  /** Set when the release must not happen although the findings passed (image-scan: required without a scan). */
  refusal?: string;
}

/**
 * The last step of scan-before-release: only a digest whose gate passed gets its release tags, and every tag is a
 * PUT of the manifest fetched by that digest (never of a tag), so a tag can only ever name what was scanned.
 */
export async function releaseImage(
  image: NonNullable<SecurityActionContext['image']>,
  blocked: boolean,
  env: NodeJS.ProcessEnv,
  client?: RegistryClient,
): Promise<ImageVerdict> {
  const scanned = image.report !== undefined;
  const summary = [
    scanned
      ? `- image \`${image.reference}\`: scanned (${image.report!.tool} report merged into this gate)`
      : `- image \`${image.reference}\`: **not scanned** (no trivy or grype report${image.scan === 'never' ? '; image-scan: never' : ' on this runner'})`,
  ];
  if (blocked)
    return {
      scanned,
      released: false,
      refs: [],
      summary: [...summary, '- release tags: none, the gate blocked this digest'],
    };
  if (!scanned && image.scan === 'required') {
    const refusal = `image ${image.reference} was not scanned and image-scan is required: it gets no release tags`;
    return { scanned, released: false, refs: [], summary: [...summary, `- release tags: none, ${refusal}`], refusal };
  }
  if (image.tags.length === 0)
    return { scanned, released: false, refs: [], summary: [...summary, '- release tags: none asked for'] };
  const registry =
    client ?? new RegistryClient({ registry: image.registry, credentials: credentialsFromEnv(image.registry, env) });
  let tags: string[];
  try {
    tags = (await releaseDigest(registry, image.repository, image.digest, image.tags)).tags;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(
      `cannot give ${image.reference} its release tags: ${(error as Error)?.message ?? String(error)}`,
    );
  }
  const refs = tags.map((tag) => `${image.registry}/${image.repository}:${tag}`);
  return {
    scanned,
    released: true,
    refs,
    summary: [...summary, `- release tags: ${tags.map((tag) => `\`${tag}\``).join(', ')}`],
  };
}
