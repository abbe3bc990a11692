import { UsageError } from '../../core/errors.js';

/** `registry/repository[:tag][@digest]`, split into the parts the distribution API needs. */
export interface ImageReference {
  /** Host with optional port, e.g. `ghcr.io` or `127.0.0.1:5000`. */
  registry: string;
  /** Repository path inside the registry, e.g. `acme/app`. */
  repository: string;
  tag?: string;
  digest?: string;
}

const DIGEST = /^sha256:[a-f0-9]{64}$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const REPOSITORY = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;

export function isDigest(value: string): boolean {
  return DIGEST.test(value);
}

export function isTag(value: string): boolean {
  return TAG.test(value);
}

export function checkTag(value: string, what = 'tag'): string {
  if (!TAG.test(value))
    throw new UsageError(
      `invalid ${what} "${value}": use letters, digits, _, . and - (at most 128, not starting with . or -)`,
    );
  return value;
}

export function checkDigest(value: string): string {
  if (!DIGEST.test(value))
    throw new UsageError(`invalid digest "${value}": expected sha256: followed by 64 lowercase hex digits`);
  return value;
}

/**
 * Parses an image reference. The registry part is required (the kit never guesses Docker Hub): the first path
 * segment counts as a registry when it has a dot or a colon or is `localhost`, as Docker decides.
 */
export function parseImageReference(text: string): ImageReference {
  const value = text.trim();
  if (!value || /[\s\0]/.test(value)) throw new UsageError(`invalid image reference ${JSON.stringify(text)}`);
  let rest = value;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = checkDigest(rest.slice(at + 1));
    rest = rest.slice(0, at);
  }
  const slash = rest.indexOf('/');
  const first = slash === -1 ? '' : rest.slice(0, slash);
  if (!first || !(first.includes('.') || first.includes(':') || first === 'localhost')) {
    throw new UsageError(
      `image reference "${value}" has no registry host: write it in full, e.g. ghcr.io/acme/app or 127.0.0.1:5000/app`,
    );
  }
  let path = rest.slice(slash + 1);
  let tag: string | undefined;
  const colon = path.lastIndexOf(':');
  if (colon !== -1) {
    tag = checkTag(path.slice(colon + 1));
    path = path.slice(0, colon);
  }
  if (!REPOSITORY.test(path))
    throw new UsageError(`invalid repository "${path}" in "${value}": lowercase letters, digits and separators only`);
  return { registry: first, repository: path, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}

export function formatReference(ref: ImageReference): string {
  return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

/** Loopback registries speak plain HTTP by default; everything else HTTPS. */
export function defaultScheme(registry: string): 'http' | 'https' {
  const host = registry.startsWith('[') ? registry.slice(0, registry.indexOf(']') + 1) : registry.split(':')[0]!;
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' ? 'http' : 'https';
}
