export const id = 188;
export const ids = [188];
export const modules = {

/***/ 1845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mo: () => (/* binding */ describeCredentials),
/* harmony export */   kv: () => (/* binding */ credentialsFromEnv),
/* harmony export */   mk: () => (/* binding */ basicHeader),
/* harmony export */   xy: () => (/* binding */ parseChallenge)
/* harmony export */ });
/**
 * Where credentials are looked up, first match wins:
 * 1. `SHIPSHAPE_REGISTRY_TOKEN`: a ready bearer token (sent as is; also used as password in the token flow).
 * 2. `SHIPSHAPE_REGISTRY_USER` + `SHIPSHAPE_REGISTRY_PASSWORD`: basic credentials (sent directly when the registry
 *    asks for Basic, or to the token endpoint when it asks for Bearer).
 * 3. GitLab CI: `CI_REGISTRY_USER` + `CI_REGISTRY_PASSWORD` when the host is `CI_REGISTRY`.
 * 4. `ghcr.io`: `GITHUB_ACTOR` (or any name) + `GITHUB_TOKEN`.
 */
function credentialsFromEnv(registry, env) {
    if (env.SHIPSHAPE_REGISTRY_TOKEN)
        return { kind: 'bearer', token: env.SHIPSHAPE_REGISTRY_TOKEN, source: 'SHIPSHAPE_REGISTRY_TOKEN' };
    if (env.SHIPSHAPE_REGISTRY_USER && env.SHIPSHAPE_REGISTRY_PASSWORD) {
        return {
            kind: 'basic',
            username: env.SHIPSHAPE_REGISTRY_USER,
            password: env.SHIPSHAPE_REGISTRY_PASSWORD,
            source: 'SHIPSHAPE_REGISTRY_USER/SHIPSHAPE_REGISTRY_PASSWORD',
        };
    }
    if (env.CI_REGISTRY && env.CI_REGISTRY === registry && env.CI_REGISTRY_USER && env.CI_REGISTRY_PASSWORD) {
        return {
            kind: 'basic',
            username: env.CI_REGISTRY_USER,
            password: env.CI_REGISTRY_PASSWORD,
            source: 'CI_REGISTRY_USER/CI_REGISTRY_PASSWORD',
        };
    }
    if (registry === 'ghcr.io' && env.GITHUB_TOKEN) {
        return { kind: 'basic', username: env.GITHUB_ACTOR || 'token', password: env.GITHUB_TOKEN, source: 'GITHUB_TOKEN' };
    }
    return { kind: 'anonymous' };
}
function describeCredentials(credentials) {
    return credentials.kind === 'anonymous' ? 'no credentials' : `credentials from ${credentials.source}`;
}
/**
 * Parses a `WWW-Authenticate` header: `Bearer realm="https://…/token",service="…",scope="repository:a:pull"`.
 * Quoted values may contain commas and escaped quotes.
 */
function parseChallenge(header) {
    const match = /^\s*([A-Za-z][A-Za-z0-9_-]*)\s*(.*)$/s.exec(header);
    if (!match)
        return undefined;
    const params = {};
    const pairs = /([A-Za-z][A-Za-z0-9_-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))\s*,?\s*/gy;
    const text = match[2];
    pairs.lastIndex = 0;
    while (pairs.lastIndex < text.length) {
        const pair = pairs.exec(text);
        if (!pair)
            break;
        params[pair[1].toLowerCase()] = pair[2] !== undefined ? pair[2].replace(/\\(.)/g, '$1') : pair[3];
    }
    return { scheme: match[1].toLowerCase(), params };
}
function basicHeader(username, password) {
    return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}


/***/ }),

/***/ 5188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bP: () => (/* binding */ RegistryClient),
/* harmony export */   gl: () => (/* binding */ RegistryError)
/* harmony export */ });
/* unused harmony exports MANIFEST_TYPES, sha256Digest, mediaTypeOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1845);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5762);



/** Every manifest type the kit reads and writes. Without these the registry answers 404 for OCI manifests. */
const MANIFEST_TYPES = [
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
];
const INDEX_TYPES = new Set([
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
]);
/** A failed registry call, with a message that says what was asked, what went wrong and what to do. */
class RegistryError extends Error {
    kind;
    status;
    constructor(kind, message, status) {
        super(message);
        this.kind = kind;
        this.status = status;
        this.name = 'RegistryError';
    }
}
function sha256Digest(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}
function isLoopback(url) {
    return url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
}
function networkReason(error) {
    const cause = error?.cause;
    if (cause?.code)
        return cause.code;
    if (error instanceof Error && error.name === 'TimeoutError')
        return 'timed out';
    return cause?.message ?? (error instanceof Error ? error.message : String(error));
}
/** `{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}` → `MANIFEST_UNKNOWN: manifest unknown`. */
async function registryErrors(response) {
    try {
        const text = await response.text();
        const body = JSON.parse(text);
        const parts = (body.errors ?? [])
            .map((error) => [error.code, error.message].filter(Boolean).join(': '))
            .filter(Boolean);
        return parts.length ? parts.join('; ').slice(0, 300) : '';
    }
    catch {
        return '';
    }
}
/**
 * A client for the OCI distribution HTTP API (the Docker Registry v2 API) on Node's fetch: no Docker daemon.
 * Handles Basic auth and the Bearer token challenge flow; tokens are cached per scope.
 */
class RegistryClient {
    registry;
    base;
    credentials;
    fetchImpl;
    timeoutMs;
    tokens = new Map();
    useBasic = false;
    constructor(options) {
        this.registry = options.registry;
        this.base = `${options.scheme ?? (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultScheme */ .j5)(options.registry)}://${options.registry}`;
        this.credentials = options.credentials ?? { kind: 'anonymous' };
        this.fetchImpl = options.fetch ?? fetch;
        this.timeoutMs = options.timeoutMs ?? 30_000;
    }
    authorization(scopeKey) {
        const token = this.tokens.get(scopeKey);
        if (token)
            return `Bearer ${token}`;
        if (this.credentials.kind === 'bearer')
            return `Bearer ${this.credentials.token}`;
        if (this.useBasic && this.credentials.kind === 'basic')
            return (0,_auth_js__WEBPACK_IMPORTED_MODULE_2__/* .basicHeader */ .mk)(this.credentials.username, this.credentials.password);
        return undefined;
    }
    async send(url, init, what) {
        try {
            return await this.fetchImpl(url, { ...init, redirect: 'follow', signal: AbortSignal.timeout(this.timeoutMs) });
        }
        catch (error) {
            throw new RegistryError('network', `${what}: cannot reach ${new URL(url).origin} (${networkReason(error)})`);
        }
    }
    /** Fetches a token from the realm the registry named, for the given scopes. */
    async fetchToken(params, scopes, what) {
        const realm = params.realm;
        if (!realm)
            throw new RegistryError('protocol', `${what}: the registry asked for a bearer token but named no realm`);
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw new RegistryError('protocol', `${what}: the token realm ${JSON.stringify(realm)} is not a URL`);
        }
        if (params.service)
            url.searchParams.set('service', params.service);
        for (const scope of scopes)
            url.searchParams.append('scope', scope);
        const headers = { accept: 'application/json' };
        if (this.credentials.kind === 'basic' || this.credentials.kind === 'bearer') {
            if (url.protocol !== 'https:' && !isLoopback(url)) {
                throw new RegistryError('protocol', `${what}: refusing to send credentials to a plain-HTTP token realm ${url.origin}`);
            }
            headers.authorization =
                this.credentials.kind === 'basic'
                    ? (0,_auth_js__WEBPACK_IMPORTED_MODULE_2__/* .basicHeader */ .mk)(this.credentials.username, this.credentials.password)
                    : (0,_auth_js__WEBPACK_IMPORTED_MODULE_2__/* .basicHeader */ .mk)('token', this.credentials.token);
        }
        const response = await this.send(url.toString(), { headers }, what);
        if (response.status === 401 || response.status === 403) {
            throw new RegistryError('unauthorized', `${what}: the token service ${url.origin} refused ${(0,_auth_js__WEBPACK_IMPORTED_MODULE_2__/* .describeCredentials */ .Mo)(this.credentials)} (${response.status}); check SHIPSHAPE_REGISTRY_USER/SHIPSHAPE_REGISTRY_PASSWORD (GITHUB_TOKEN for ghcr.io)`, response.status);
        }
        if (!response.ok)
            throw new RegistryError('protocol', `${what}: the token service ${url.origin} answered ${response.status}`, response.status);
        const body = (await response.json().catch(() => ({})));
        const token = body.token ?? body.access_token;
        if (!token)
            throw new RegistryError('protocol', `${what}: the token service ${url.origin} returned no token`);
        return token;
    }
    /**
     * One API call. On a 401 it answers the challenge once (Basic with the configured credentials, or a token from
     * the Bearer realm) and retries.
     */
    async request(method, path, options) {
        const scopeKey = options.scopes.join(' ');
        const url = `${this.base}${path}`;
        const attempt = () => {
            const headers = { ...options.headers };
            const auth = this.authorization(scopeKey);
            if (auth)
                headers.authorization = auth;
            return this.send(url, { method, headers, ...(options.body ? { body: options.body } : {}) }, options.what);
        };
        let response = await attempt();
        if (response.status !== 401)
            return response;
        const challenge = (0,_auth_js__WEBPACK_IMPORTED_MODULE_2__/* .parseChallenge */ .xy)(response.headers.get('www-authenticate') ?? '');
        await response.body?.cancel();
        if (challenge?.scheme === 'bearer') {
            const scopes = challenge.params.scope
                ? [...new Set([...challenge.params.scope.split(' '), ...options.scopes])]
                : options.scopes;
            this.tokens.set(scopeKey, await this.fetchToken(challenge.params, scopes, options.what));
            response = await attempt();
        }
        else if (challenge?.scheme === 'basic' && this.credentials.kind === 'basic' && !this.useBasic) {
            this.useBasic = true;
            response = await attempt();
        }
        if (response.status === 401) {
            await response.body?.cancel();
            throw new RegistryError('unauthorized', `${options.what}: ${this.registry} requires authentication (401) and ${this.credentials.kind === 'anonymous'
                ? 'no credentials were given'
                : `${(0,_auth_js__WEBPACK_IMPORTED_MODULE_2__/* .describeCredentials */ .Mo)(this.credentials)} were not accepted`}; set SHIPSHAPE_REGISTRY_USER and SHIPSHAPE_REGISTRY_PASSWORD (or GITHUB_TOKEN for ghcr.io)`, 401);
        }
        return response;
    }
    /** Turns a non-2xx answer into a RegistryError. */
    async fail(response, what) {
        const detail = await registryErrors(response);
        const suffix = detail ? `: ${detail}` : '';
        if (response.status === 404)
            throw new RegistryError('not-found', `${what}: not found (404)${suffix}`, 404);
        if (response.status === 403)
            throw new RegistryError('denied', `${what}: access denied (403)${suffix}`, 403);
        throw new RegistryError('protocol', `${what}: ${this.registry} answered ${response.status}${suffix}`, response.status);
    }
    static pull(repository) {
        return [`repository:${repository}:pull`];
    }
    static push(repository) {
        return [`repository:${repository}:pull,push`];
    }
    /** The manifest digest a tag (or digest) resolves to: `HEAD /v2/<repo>/manifests/<ref>`. */
    async resolveDigest(repository, reference) {
        const what = `resolve ${repository}:${reference}`;
        const response = await this.request('HEAD', `/v2/${repository}/manifests/${encodeURIComponent(reference)}`, {
            headers: { accept: MANIFEST_TYPES.join(', ') },
            scopes: RegistryClient.pull(repository),
            what,
        });
        if (!response.ok)
            await this.fail(response, what);
        const digest = response.headers.get('docker-content-digest');
        if (digest && (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(digest))
            return digest;
        return (await this.getManifest(repository, reference)).digest;
    }
    /** Like resolveDigest, but undefined when the tag does not exist. */
    async tryResolveDigest(repository, reference) {
        try {
            return await this.resolveDigest(repository, reference);
        }
        catch (error) {
            if (error instanceof RegistryError && error.kind === 'not-found')
                return undefined;
            throw error;
        }
    }
    /** The manifest's exact bytes and media type; the digest is computed from the bytes and checked when asked by digest. */
    async getManifest(repository, reference) {
        const what = `get manifest ${repository}${(0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(reference) ? '@' : ':'}${reference}`;
        const response = await this.request('GET', `/v2/${repository}/manifests/${encodeURIComponent(reference)}`, {
            headers: { accept: MANIFEST_TYPES.join(', ') },
            scopes: RegistryClient.pull(repository),
            what,
        });
        if (!response.ok)
            await this.fail(response, what);
        const bytes = Buffer.from(await response.arrayBuffer());
        const digest = sha256Digest(bytes);
        if ((0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(reference) && digest !== reference) {
            throw new RegistryError('protocol', `${what}: the registry sent a manifest whose digest is ${digest}`);
        }
        const mediaType = (response.headers.get('content-type') ?? '').split(';')[0].trim() || mediaTypeOf(bytes);
        return { bytes, mediaType, digest };
    }
    /** PUT the manifest under a tag (or its digest); returns the digest the registry stored. */
    async putManifest(repository, reference, manifest) {
        const what = `tag ${repository}:${reference}`;
        const response = await this.request('PUT', `/v2/${repository}/manifests/${encodeURIComponent(reference)}`, {
            headers: { 'content-type': manifest.mediaType },
            body: manifest.bytes,
            scopes: RegistryClient.push(repository),
            what,
        });
        if (!response.ok)
            await this.fail(response, what);
        await response.body?.cancel();
        const stored = response.headers.get('docker-content-digest') ?? manifest.digest;
        if (stored !== manifest.digest)
            throw new RegistryError('protocol', `${what}: the registry stored ${stored}, expected ${manifest.digest}`);
        return stored;
    }
    /** Every tag of a repository, sorted (registries answer in any order), following `Link: <…>; rel="next"` pages. */
    async listTags(repository) {
        const what = `list tags of ${repository}`;
        const tags = [];
        let path = `/v2/${repository}/tags/list?n=1000`;
        for (let page = 0; path && page < 1000; page++) {
            const response = await this.request('GET', path, {
                headers: { accept: 'application/json' },
                scopes: RegistryClient.pull(repository),
                what,
            });
            if (!response.ok)
                await this.fail(response, what);
            const body = (await response.json());
            // One element at a time: spreading a page of millions of tags into push() overflows the stack.
            for (const tag of Array.isArray(body.tags) ? body.tags : [])
                tags.push(tag);
            const next = /<([^>]+)>\s*;\s*rel="?next"?/.exec(response.headers.get('link') ?? '');
            path = next
                ? next[1].startsWith('/')
                    ? next[1]
                    : new URL(next[1]).pathname + new URL(next[1]).search
                : undefined;
        }
        return [...new Set(tags)].sort();
    }
    async hasBlob(repository, digest) {
        const what = `check blob ${digest} in ${repository}`;
        const response = await this.request('HEAD', `/v2/${repository}/blobs/${digest}`, {
            scopes: RegistryClient.pull(repository),
            what,
        });
        if (response.status === 404)
            return false;
        if (!response.ok)
            await this.fail(response, what);
        return true;
    }
    /**
     * Makes a blob of `from` available in `repository`: `POST /v2/<dst>/blobs/uploads/?mount=<digest>&from=<src>`.
     * When the registry declines the mount (202, an upload session instead), the blob is copied through that session.
     */
    async mountBlob(repository, digest, from) {
        (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .checkDigest */ .H2)(digest);
        if (await this.hasBlob(repository, digest))
            return 'exists';
        const what = `mount blob ${digest} from ${from} into ${repository}`;
        const scopes = [...RegistryClient.push(repository), ...RegistryClient.pull(from)];
        const response = await this.request('POST', `/v2/${repository}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`, { scopes, what });
        if (response.status === 201) {
            await response.body?.cancel();
            return 'mounted';
        }
        if (response.status !== 202)
            await this.fail(response, what);
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location)
            throw new RegistryError('protocol', `${what}: the registry started an upload but sent no Location`);
        const blob = await this.request('GET', `/v2/${from}/blobs/${digest}`, { scopes, what });
        if (!blob.ok)
            await this.fail(blob, what);
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
        if (put.status !== 201)
            await this.fail(put, what);
        await put.body?.cancel();
        return 'copied';
    }
    /**
     * Copies a manifest (and, through blob mounts, everything it references) from one repository of this registry
     * to another, without pulling layers through the client when the registry can mount them.
     */
    async copyManifest(from, digest, repository, tag) {
        const blobs = {};
        const copy = async (ref, target) => {
            const manifest = await this.getManifest(from, ref);
            const body = JSON.parse(manifest.bytes.toString('utf8'));
            if (INDEX_TYPES.has(manifest.mediaType) || body.manifests) {
                for (const child of body.manifests ?? [])
                    await copy(child.digest, child.digest);
            }
            else {
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
function mediaTypeOf(bytes) {
    try {
        const body = JSON.parse(Buffer.from(bytes).toString('utf8'));
        if (body.mediaType)
            return body.mediaType;
        return body.manifests ? 'application/vnd.oci.image.index.v1+json' : 'application/vnd.oci.image.manifest.v1+json';
    }
    catch {
        return 'application/vnd.oci.image.manifest.v1+json';
    }
}


/***/ }),

/***/ 5762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   H2: () => (/* binding */ checkDigest),
/* harmony export */   j5: () => (/* binding */ defaultScheme),
/* harmony export */   o_: () => (/* binding */ parseImageReference)
/* harmony export */ });
/* unused harmony exports isTag, checkTag */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const DIGEST = /^sha256:[a-f0-9]{64}$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const REPOSITORY = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
function isDigest(value) {
    return DIGEST.test(value);
}
function isTag(value) {
    return TAG.test(value);
}
function checkTag(value, what = 'tag') {
    if (!TAG.test(value))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`invalid ${what} "${value}": use letters, digits, _, . and - (at most 128, not starting with . or -)`);
    return value;
}
function checkDigest(value) {
    if (!DIGEST.test(value))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`invalid digest "${value}": expected sha256: followed by 64 lowercase hex digits`);
    return value;
}
/**
 * Parses an image reference. The registry part is required (the kit never guesses Docker Hub): the first path
 * segment counts as a registry when it has a dot or a colon or is `localhost`, as Docker decides.
 */
function parseImageReference(text) {
    const value = text.trim();
    if (!value || /[\s\0]/.test(value))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`invalid image reference ${JSON.stringify(text)}`);
    let rest = value;
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        digest = checkDigest(rest.slice(at + 1));
        rest = rest.slice(0, at);
    }
    const slash = rest.indexOf('/');
    const first = slash === -1 ? '' : rest.slice(0, slash);
    if (!first || !(first.includes('.') || first.includes(':') || first === 'localhost')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`image reference "${value}" has no registry host: write it in full, e.g. ghcr.io/acme/app or 127.0.0.1:5000/app`);
    }
    let path = rest.slice(slash + 1);
    let tag;
    const colon = path.lastIndexOf(':');
    if (colon !== -1) {
        tag = checkTag(path.slice(colon + 1));
        path = path.slice(0, colon);
    }
    if (!REPOSITORY.test(path))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`invalid repository "${path}" in "${value}": lowercase letters, digits and separators only`);
    return { registry: first, repository: path, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}
function formatReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** Loopback registries speak plain HTTP by default; everything else HTTPS. */
function defaultScheme(registry) {
    const host = registry.startsWith('[') ? registry.slice(0, registry.indexOf(']') + 1) : registry.split(':')[0];
    return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' ? 'http' : 'https';
}


/***/ })

};
