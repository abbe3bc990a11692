import { createHash } from 'node:crypto';
import { basicHeader, describeCredentials, parseChallenge, type Credentials } from './auth.js';
import { checkDigest, defaultScheme, isDigest } from './reference.js';

/** Every manifest type the kit reads and writes. Without these the registry answers 404 for OCI manifests. */
export const MANIFEST_TYPES = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
] as const;

const INDEX_TYPES = new Set<string>([
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
]);

export type RegistryErrorKind = 'unauthorized' | 'denied' | 'not-found' | 'network' | 'protocol';

/** A failed registry call, with a message that says what was asked, what went wrong and what to do. */
export class RegistryError extends Error {
  constructor(
    readonly kind: RegistryErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'RegistryError';
  }
}

export interface Manifest {
  bytes: Buffer;
  mediaType: string;
  digest: string;
}

export interface RegistryClientOptions {
  /** Host and optional port, e.g. `ghcr.io` or `127.0.0.1:5000`. */
  registry: string;
  /** Default: http for loopback hosts, https otherwise. */
  scheme?: 'http' | 'https';
  credentials?: Credentials;
  fetch?: typeof fetch;
  /** Per request, default 30 s. */
  timeoutMs?: number;
}

export type MountResult = 'exists' | 'mounted' | 'copied';

export function sha256Digest(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

function isLoopback(url: URL): boolean {
  return url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  if (cause?.code) return cause.code;
  if (error instanceof Error && error.name === 'TimeoutError') return 'timed out';
  return cause?.message ?? (error instanceof Error ? error.message : String(error));
}

/** `{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}` → `MANIFEST_UNKNOWN: manifest unknown`. */
async function registryErrors(response: Response): Promise<string> {
  try {
    const text = await response.text();
    const body = JSON.parse(text) as { errors?: { code?: string; message?: string }[] };
    const parts = (body.errors ?? [])
      .map((error) => [error.code, error.message].filter(Boolean).join(': '))
      .filter(Boolean);
    return parts.length ? parts.join('; ').slice(0, 300) : '';
  } catch {
    return '';
  }
}

/**
 * A client for the OCI distribution HTTP API (the Docker Registry v2 API) on Node's fetch: no Docker daemon.
 * Handles Basic auth and the Bearer token challenge flow; tokens are cached per scope.
 */
export class RegistryClient {
  readonly registry: string;
  readonly base: string;
  private readonly credentials: Credentials;
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;
  private readonly tokens = new Map<string, string>();
  private useBasic = false;

  constructor(options: RegistryClientOptions) {
    this.registry = options.registry;
    this.base = `${options.scheme ?? defaultScheme(options.registry)}://${options.registry}`;
    this.credentials = options.credentials ?? { kind: 'anonymous' };
    this.fetchImpl = options.fetch ?? fetch;
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  private authorization(scopeKey: string): string | undefined {
    const token = this.tokens.get(scopeKey);
    if (token) return `Bearer ${token}`;
    if (this.credentials.kind === 'bearer') return `Bearer ${this.credentials.token}`;
    if (this.useBasic && this.credentials.kind === 'basic')
      return basicHeader(this.credentials.username, this.credentials.password);
    return undefined;
  }

  private async send(url: string, init: RequestInit, what: string): Promise<Response> {
    try {
      return await this.fetchImpl(url, { ...init, redirect: 'follow', signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (error) {
      throw new RegistryError('network', `${what}: cannot reach ${new URL(url).origin} (${networkReason(error)})`);
    }
  }

  /** Fetches a token from the realm the registry named, for the given scopes. */
  private async fetchToken(params: Record<string, string>, scopes: string[], what: string): Promise<string> {
    const realm = params.realm;
    if (!realm)
      throw new RegistryError('protocol', `${what}: the registry asked for a bearer token but named no realm`);
    let url: URL;
    try {
      url = new URL(realm);
    } catch {
      throw new RegistryError('protocol', `${what}: the token realm ${JSON.stringify(realm)} is not a URL`);
    }
    if (params.service) url.searchParams.set('service', params.service);
    for (const scope of scopes) url.searchParams.append('scope', scope);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.credentials.kind === 'basic' || this.credentials.kind === 'bearer') {
      if (url.protocol !== 'https:' && !isLoopback(url)) {
        throw new RegistryError(
          'protocol',
          `${what}: refusing to send credentials to a plain-HTTP token realm ${url.origin}`,
        );
      }
      headers.authorization =
        this.credentials.kind === 'basic'
          ? basicHeader(this.credentials.username, this.credentials.password)
          : basicHeader('token', this.credentials.token);
    }
    const response = await this.send(url.toString(), { headers }, what);
    if (response.status === 401 || response.status === 403) {
      throw new RegistryError(
        'unauthorized',
        `${what}: the token service ${url.origin} refused ${describeCredentials(this.credentials)} (${response.status}); check SHIPSHAPE_REGISTRY_USER/SHIPSHAPE_REGISTRY_PASSWORD (GITHUB_TOKEN for ghcr.io)`,
        response.status,
      );
    }
    if (!response.ok)
      throw new RegistryError(
        'protocol',
        `${what}: the token service ${url.origin} answered ${response.status}`,
        response.status,
      );
    const body = (await response.json().catch(() => ({}))) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    if (!token) throw new RegistryError('protocol', `${what}: the token service ${url.origin} returned no token`);
    return token;
  }

  /**
   * One API call. On a 401 it answers the challenge once (Basic with the configured credentials, or a token from
   * the Bearer realm) and retries.
   */
  async request(
    method: string,
    path: string,
    options: { headers?: Record<string, string>; body?: Uint8Array; scopes: string[]; what: string },
  ): Promise<Response> {
    const scopeKey = options.scopes.join(' ');
    const url = `${this.base}${path}`;
    const attempt = (): Promise<Response> => {
      const headers: Record<string, string> = { ...options.headers };
      const auth = this.authorization(scopeKey);
      if (auth) headers.authorization = auth;
      return this.send(url, { method, headers, ...(options.body ? { body: options.body } : {}) }, options.what);
    };
    let response = await attempt();
    if (response.status !== 401) return response;

    const challenge = parseChallenge(response.headers.get('www-authenticate') ?? '');
    await response.body?.cancel();
    if (challenge?.scheme === 'bearer') {
      const scopes = challenge.params.scope
        ? [...new Set([...challenge.params.scope.split(' '), ...options.scopes])]
        : options.scopes;
      this.tokens.set(scopeKey, await this.fetchToken(challenge.params, scopes, options.what));
      response = await attempt();
    } else if (challenge?.scheme === 'basic' && this.credentials.kind === 'basic' && !this.useBasic) {
      this.useBasic = true;
      response = await attempt();
    }
    if (response.status === 401) {
      await response.body?.cancel();
      throw new RegistryError(
        'unauthorized',
        `${options.what}: ${this.registry} requires authentication (401) and ${
          this.credentials.kind === 'anonymous'
            ? 'no credentials were given'
            : `${describeCredentials(this.credentials)} were not accepted`
        }; set SHIPSHAPE_REGISTRY_USER and SHIPSHAPE_REGISTRY_PASSWORD (or GITHUB_TOKEN for ghcr.io)`,
        401,
      );
    }
    return response;
  }

  /** Turns a non-2xx answer into a RegistryError. */
  private async fail(response: Response, what: string): Promise<never> {
    const detail = await registryErrors(response);
    const suffix = detail ? `: ${detail}` : '';
    if (response.status === 404) throw new RegistryError('not-found', `${what}: not found (404)${suffix}`, 404);
    if (response.status === 403) throw new RegistryError('denied', `${what}: access denied (403)${suffix}`, 403);
    throw new RegistryError(
      'protocol',
      `${what}: ${this.registry} answered ${response.status}${suffix}`,
      response.status,
    );
  }

  private static pull(repository: string): string[] {
    return [`repository:${repository}:pull`];
  }

  private static push(repository: string): string[] {
    return [`repository:${repository}:pull,push`];
  }

  /** The manifest digest a tag (or digest) resolves to: `HEAD /v2/<repo>/manifests/<ref>`. */
  async resolveDigest(repository: string, reference: string): Promise<string> {
    const what = `resolve ${repository}:${reference}`;
    const response = await this.request('HEAD', `/v2/${repository}/manifests/${encodeURIComponent(reference)}`, {
      headers: { accept: MANIFEST_TYPES.join(', ') },
      scopes: RegistryClient.pull(repository),
      what,
    });
    if (!response.ok) await this.fail(response, what);
    const digest = response.headers.get('docker-content-digest');
    if (digest && isDigest(digest)) return digest;
    return (await this.getManifest(repository, reference)).digest;
  }

  /** Like resolveDigest, but undefined when the tag does not exist. */
  async tryResolveDigest(repository: string, reference: string): Promise<string | undefined> {
    try {
      return await this.resolveDigest(repository, reference);
    } catch (error) {
      if (error instanceof RegistryError && error.kind === 'not-found') return undefined;
      throw error;
    }
  }

  /** The manifest's exact bytes and media type; the digest is computed from the bytes and checked when asked by digest. */
  async getManifest(repository: string, reference: string): Promise<Manifest> {
    const what = `get manifest ${repository}${isDigest(reference) ? '@' : ':'}${reference}`;
    const response = await this.request('GET', `/v2/${repository}/manifests/${encodeURIComponent(reference)}`, {
      headers: { accept: MANIFEST_TYPES.join(', ') },
      scopes: RegistryClient.pull(repository),
      what,
    });
    if (!response.ok) await this.fail(response, what);
    const bytes = Buffer.from(await response.arrayBuffer());
    const digest = sha256Digest(bytes);
    if (isDigest(reference) && digest !== reference) {
      throw new RegistryError('protocol', `${what}: the registry sent a manifest whose digest is ${digest}`);
    }
    const mediaType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim() || mediaTypeOf(bytes);
    return { bytes, mediaType, digest };
  }

  /** PUT the manifest under a tag (or its digest); returns the digest the registry stored. */
  async putManifest(repository: string, reference: string, manifest: Manifest): Promise<string> {
    const what = `tag ${repository}:${reference}`;
    const response = await this.request('PUT', `/v2/${repository}/manifests/${encodeURIComponent(reference)}`, {
      headers: { 'content-type': manifest.mediaType },
      body: manifest.bytes,
      scopes: RegistryClient.push(repository),
      what,
    });
    if (!response.ok) await this.fail(response, what);
    await response.body?.cancel();
    const stored = response.headers.get('docker-content-digest') ?? manifest.digest;
    if (stored !== manifest.digest)
      throw new RegistryError('protocol', `${what}: the registry stored ${stored}, expected ${manifest.digest}`);
    return stored;
  }

  /** Every tag of a repository, sorted (registries answer in any order), following `Link: <…>; rel="next"` pages. */
  async listTags(repository: string): Promise<string[]> {
    const what = `list tags of ${repository}`;
    const tags: string[] = [];
    let path: string | undefined = `/v2/${repository}/tags/list?n=1000`;
    for (let page = 0; path && page < 1000; page++) {
      const response = await this.request('GET', path, {
        headers: { accept: 'application/json' },
        scopes: RegistryClient.pull(repository),
        what,
      });
      if (!response.ok) await this.fail(response, what);
      const body = (await response.json()) as { tags?: string[] | null };
      // One element at a time: spreading a page of millions of tags into push() overflows the stack.
      for (const tag of Array.isArray(body.tags) ? body.tags : []) tags.push(tag);
      const next = /<([^>]+)>\s*;\s*rel="?next"?/.exec(response.headers.get('link') ?? '');
      path = next
        ? next[1]!.startsWith('/')
          ? next[1]
          : new URL(next[1]!).pathname + new URL(next[1]!).search
        : undefined;
    }
    return [...new Set(tags)].sort();
  }

  async hasBlob(repository: string, digest: string): Promise<boolean> {
    const what = `check blob ${digest} in ${repository}`;
    const response = await this.request('HEAD', `/v2/${repository}/blobs/${digest}`, {
      scopes: RegistryClient.pull(repository),
      what,
    });
    if (response.status === 404) return false;
    if (!response.ok) await this.fail(response, what);
    return true;
  }

  /**
   * Makes a blob of `from` available in `repository`: `POST /v2/<dst>/blobs/uploads/?mount=<digest>&from=<src>`.
   * When the registry declines the mount (202, an upload session instead), the blob is copied through that session.
   */
  async mountBlob(repository: string, digest: string, from: string): Promise<MountResult> {
    checkDigest(digest);
    if (await this.hasBlob(repository, digest)) return 'exists';
    const what = `mount blob ${digest} from ${from} into ${repository}`;
    const scopes = [...RegistryClient.push(repository), ...RegistryClient.pull(from)];
    const response = await this.request(
      'POST',
      `/v2/${repository}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`,
      { scopes, what },
    );
    if (response.status === 201) {
      await response.body?.cancel();
      return 'mounted';
    }
    if (response.status !== 202) await this.fail(response, what);
    await response.body?.cancel();
    const location = response.headers.get('location');
    if (!location) throw new RegistryError('protocol', `${what}: the registry started an upload but sent no Location`);
    const blob = await this.request('GET', `/v2/${from}/blobs/${digest}`, { scopes, what });
    if (!blob.ok) await this.fail(blob, what);
    const bytes = Buffer.from(await blob.arrayBuffer());
    if (sha256Digest(bytes) !== digest)
      throw new RegistryError('protocol', `${what}: the blob read back does not match its digest`);
    const target = new URL(location, this.base);
    target.searchParams.set('digest', digest);
    const put = await this.request('PUT', target.pathname + target.search, {
      headers: { 'content-type': 'application/octet-stream' },
      body: bytes,
      scopes,
      what,
    });
    if (put.status !== 201) await this.fail(put, what);
    await put.body?.cancel();
    return 'copied';
  }

  /**
   * Copies a manifest (and, through blob mounts, everything it references) from one repository of this registry
   * to another, without pulling layers through the client when the registry can mount them.
   */
  async copyManifest(
    from: string,
    digest: string,
    repository: string,
    tag: string,
  ): Promise<{ digest: string; blobs: Record<string, MountResult> }> {
    const blobs: Record<string, MountResult> = {};
    const copy = async (ref: string, target: string): Promise<string> => {
      const manifest = await this.getManifest(from, ref);
      const body = JSON.parse(manifest.bytes.toString('utf8')) as {
        config?: { digest: string };
        layers?: { digest: string }[];
        manifests?: { digest: string }[];
      };
      if (INDEX_TYPES.has(manifest.mediaType) || body.manifests) {
        for (const child of body.manifests ?? []) await copy(child.digest, child.digest);
      } else {
        for (const blob of [body.config, ...(body.layers ?? [])]) {
          if (blob?.digest && !blobs[blob.digest])
            blobs[blob.digest] = await this.mountBlob(repository, blob.digest, from);
        }
      }
      return this.putManifest(repository, target, manifest);
    };
    return { digest: await copy(digest, tag), blobs };
  }
}

/** The media type a manifest declares in its body (used when the registry sends no Content-Type). */
export function mediaTypeOf(bytes: Uint8Array): string {
  try {
    const body = JSON.parse(Buffer.from(bytes).toString('utf8')) as { mediaType?: string; manifests?: unknown };
    if (body.mediaType) return body.mediaType;
    return body.manifests ? 'application/vnd.oci.image.index.v1+json' : 'application/vnd.oci.image.manifest.v1+json';
  } catch {
    return 'application/vnd.oci.image.manifest.v1+json';
  }
}
