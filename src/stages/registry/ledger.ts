import { UsageError } from '../../core/errors.js';
import { RegistryError, type RegistryClient } from './client.js';
import { checkDigest } from './reference.js';

/**
 * The release ledger lives in the registry, no database: per environment two tags,
 * `<env>` (what runs there) and `<env>-previous` (what ran before). Promotion moves `<env>` to `<env>-previous`
 * and points `<env>` at the new digest; rollback swaps the two, so a second rollback rolls forward again.
 * Tags are moved by re-PUTting the manifest's exact bytes: the digest never changes and nothing is rebuilt.
 */
export interface LedgerEntry {
  environment: string;
  /** What `<env>` resolves to after the operation. */
  digest: string;
  /** What `<env>-previous` resolves to after the operation (undefined on a first promotion). */
  previous?: string;
  /** False when `<env>` already pointed at the digest (promotion is idempotent). */
  changed: boolean;
}

const ENVIRONMENT = /^[A-Za-z0-9_][A-Za-z0-9_-]{0,118}$/;

export function checkEnvironment(environment: string): string {
  if (!ENVIRONMENT.test(environment) || environment.endsWith('-previous')) {
    throw new UsageError(
      `invalid environment "${environment}": letters, digits, _ and -, at most 119, not ending in -previous`,
    );
  }
  return environment;
}

export function previousTag(environment: string): string {
  return `${environment}-previous`;
}

export interface PromoteOptions {
  repository: string;
  digest: string;
  environment: string;
  /** Another repository of the same registry that holds the digest: its blobs are mounted, not re-uploaded. */
  from?: string;
}

export async function promote(client: RegistryClient, options: PromoteOptions): Promise<LedgerEntry> {
  const environment = checkEnvironment(options.environment);
  const digest = checkDigest(options.digest);
  const current = await client.tryResolveDigest(options.repository, environment);
  if (current === digest) {
    return { environment, digest, ...(await previousOf(client, options.repository, environment)), changed: false };
  }
  if (options.from && options.from !== options.repository) {
    // Bring the image into the repository by digest first, so `<env>` is never left pointing at missing blobs.
    await client.copyManifest(options.from, digest, options.repository, digest);
  }
  const manifest = await client.getManifest(options.repository, digest);
  if (current) {
    const before = await client.getManifest(options.repository, current);
    await client.putManifest(options.repository, previousTag(environment), before);
  }
  await client.putManifest(options.repository, environment, manifest);
  return { environment, digest, ...(current ? { previous: current } : {}), changed: true };
}

async function previousOf(
  client: RegistryClient,
  repository: string,
  environment: string,
): Promise<{ previous?: string }> {
  const previous = await client.tryResolveDigest(repository, previousTag(environment));
  return previous ? { previous } : {};
}

export async function rollback(
  client: RegistryClient,
  options: { repository: string; environment: string },
): Promise<LedgerEntry> {
  const environment = checkEnvironment(options.environment);
  const previous = await client.tryResolveDigest(options.repository, previousTag(environment));
  if (!previous) {
    throw new RegistryError(
      'not-found',
      `roll back ${options.repository}:${environment}: there is no ${previousTag(environment)} tag, so nothing to roll back to`,
    );
  }
  const current = await client.tryResolveDigest(options.repository, environment);
  if (current === previous) return { environment, digest: previous, previous, changed: false };
  const target = await client.getManifest(options.repository, previous);
  if (current)
    await client.putManifest(
      options.repository,
      previousTag(environment),
      await client.getManifest(options.repository, current),
    );
  await client.putManifest(options.repository, environment, target);
  return { environment, digest: previous, ...(current ? { previous: current } : {}), changed: true };
}

/** What each environment's tags resolve to, for reports. */
export async function ledgerState(
  client: RegistryClient,
  repository: string,
  environment: string,
): Promise<{ current?: string; previous?: string }> {
  const current = await client.tryResolveDigest(repository, checkEnvironment(environment));
  const previous = await client.tryResolveDigest(repository, previousTag(environment));
  return { ...(current ? { current } : {}), ...(previous ? { previous } : {}) };
}
