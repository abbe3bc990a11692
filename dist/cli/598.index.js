export const id = 598;
export const ids = [598];
export const modules = {

/***/ 1598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registryCommand: () => (/* binding */ registryCommand)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6107);
/* harmony import */ var _stages_outputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2421);
/* harmony import */ var _stages_registry_auth_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1845);
/* harmony import */ var _stages_registry_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5188);
/* harmony import */ var _stages_registry_ledger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(990);
/* harmony import */ var _stages_registry_reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5762);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3567);
/* harmony import */ var _security_gate_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5822);









const USAGE = `shipshape registry <digest|tags|promote|rollback> <image> [options]

  digest <registry/repo:tag>       print the manifest digest a tag resolves to
  tags <registry/repo>             print every tag, sorted, one per line
  promote <registry/repo> --env <env> (--digest <sha256:…> | --source <registry/repo[:tag|@digest]>)
                                   point <env> at the digest and keep what it pointed at as <env>-previous;
                                   a --source in another repository of the registry is mounted, not re-pushed
  rollback <registry/repo> --env <env>
                                   point <env> back at <env>-previous (the two swap, so a second rollback
                                   rolls forward)

Options:
  --plain-http           talk HTTP, not HTTPS (default for 127.0.0.1 and localhost only)
  --dotenv <file>        also write the outputs as a GitLab dotenv report
  --github-output <file> where to write step outputs (default: $GITHUB_OUTPUT when set)
  --timeout <seconds>    per request (default 30)

Credentials come from the environment and are never printed: SHIPSHAPE_REGISTRY_TOKEN, or
SHIPSHAPE_REGISTRY_USER + SHIPSHAPE_REGISTRY_PASSWORD, or CI_REGISTRY_USER + CI_REGISTRY_PASSWORD (for
$CI_REGISTRY), or GITHUB_TOKEN (for ghcr.io).`;
function client(ref, values, env) {
    const timeout = values.timeout === undefined ? 30 : Number(values.timeout);
    if (!Number.isFinite(timeout) || timeout <= 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`registry: --timeout must be a positive number of seconds, not "${values.timeout}"`);
    return new _stages_registry_client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryClient */ .bP({
        registry: ref.registry,
        ...(values['plain-http'] ? { scheme: 'http' } : {}),
        credentials: (0,_stages_registry_auth_js__WEBPACK_IMPORTED_MODULE_8__/* .credentialsFromEnv */ .kv)(ref.registry, env),
        timeoutMs: timeout * 1000,
    });
}
function emit(outputs, values, io) {
    (0,_stages_outputs_js__WEBPACK_IMPORTED_MODULE_2__/* .writeOutputs */ .K)(outputs, (0,_security_gate_js__WEBPACK_IMPORTED_MODULE_7__.outputTargets)(values, (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .commandScope */ .IW)(io.cwd, io.env), io.env));
}
const registryCommand = {
    name: 'registry',
    summary: 'Resolve digests, list tags, promote a digest to an environment tag and roll it back (OCI registry API).',
    usage: USAGE,
    async run(argv, io) {
        const { values, positionals } = (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCommandArgs */ .Q)('registry', argv, {
            env: { type: 'string' },
            digest: { type: 'string' },
            source: { type: 'string' },
            'plain-http': { type: 'boolean' },
            dotenv: { type: 'string' },
            'github-output': { type: 'string' },
            timeout: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        });
        if (values.help) {
            io.stdout(`${USAGE}\n`);
            return 0;
        }
        const [action, image, ...extra] = positionals;
        if (!action || !['digest', 'tags', 'promote', 'rollback'].includes(action)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`registry: name an action: digest, tags, promote or rollback (see \`shipshape registry --help\`)`);
        }
        if (!image)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`registry ${action}: name an image, e.g. ghcr.io/acme/app${action === 'digest' ? ':1a2b3c4' : ''}`);
        if (extra.length)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`registry ${action}: unexpected argument "${extra[0]}"`);
        // Output paths are checked before anything changes in the registry.
        (0,_security_gate_js__WEBPACK_IMPORTED_MODULE_7__.outputTargets)(values, (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .commandScope */ .IW)(io.cwd, io.env), io.env);
        const ref = (0,_stages_registry_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .parseImageReference */ .o_)(image);
        const registry = client(ref, values, io.env);
        const credentials = (0,_stages_registry_auth_js__WEBPACK_IMPORTED_MODULE_8__/* .describeCredentials */ .Mo)((0,_stages_registry_auth_js__WEBPACK_IMPORTED_MODULE_8__/* .credentialsFromEnv */ .kv)(ref.registry, io.env));
        try {
            if (action === 'digest') {
                const reference = ref.digest ?? ref.tag;
                if (!reference)
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('registry digest: give a tag, e.g. ghcr.io/acme/app:1a2b3c4');
                const digest = await registry.resolveDigest(ref.repository, reference);
                io.stdout(`${digest}\n`);
                emit({ digest, image: `${ref.registry}/${ref.repository}@${digest}` }, values, io);
                return 0;
            }
            if (action === 'tags') {
                const tags = await registry.listTags(ref.repository);
                io.stdout(tags.map((tag) => `${tag}\n`).join(''));
                emit({ tags: tags.join(','), count: String(tags.length) }, values, io);
                return 0;
            }
            if (!values.env)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`registry ${action}: --env is required (e.g. --env staging)`);
            if (action === 'rollback') {
                const entry = await (0,_stages_registry_ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .rollback */ .dU)(registry, { repository: ref.repository, environment: values.env });
                io.stderr(entry.changed
                    ? `Rolled ${ref.repository}:${entry.environment} back to ${entry.digest} (${(0,_stages_registry_ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .previousTag */ .W8)(entry.environment)} is now ${entry.previous ?? 'unset'}).\n`
                    : `${ref.repository}:${entry.environment} already points at ${entry.digest}; nothing changed.\n`);
                io.stdout(`${entry.digest}\n`);
                emit({
                    digest: entry.digest,
                    'previous-digest': entry.previous ?? '',
                    image: `${ref.registry}/${ref.repository}@${entry.digest}`,
                    changed: String(entry.changed),
                }, values, io);
                return 0;
            }
            // promote
            let digest = values.digest ? (0,_stages_registry_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .checkDigest */ .H2)(values.digest) : ref.digest;
            let from;
            if (values.source) {
                if (values.digest)
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('registry promote: give --digest or --source, not both');
                const source = (0,_stages_registry_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .parseImageReference */ .o_)(values.source);
                if (source.registry !== ref.registry) {
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`registry promote: --source ${(0,_stages_registry_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReference */ .FH)(source)} is on another registry than ${ref.registry}; copy it there first`);
                }
                const reference = source.digest ?? source.tag;
                if (!reference)
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('registry promote: --source needs a tag or a digest');
                digest = source.digest ?? (await registry.resolveDigest(source.repository, reference));
                if (source.repository !== ref.repository)
                    from = source.repository;
            }
            if (!digest)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('registry promote: give the digest to promote with --digest sha256:… or --source <image:tag>');
            const entry = await (0,_stages_registry_ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .promote */ .pt)(registry, {
                repository: ref.repository,
                digest,
                environment: values.env,
                ...(from ? { from } : {}),
            });
            io.stderr(entry.changed
                ? `Promoted ${digest} to ${ref.repository}:${entry.environment}${entry.previous ? ` (${(0,_stages_registry_ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .previousTag */ .W8)(entry.environment)} is now ${entry.previous})` : ' (first release of this environment)'}.\n`
                : `${ref.repository}:${entry.environment} already points at ${digest}; nothing changed.\n`);
            io.stdout(`${entry.digest}\n`);
            emit({
                digest: entry.digest,
                'previous-digest': entry.previous ?? '',
                image: `${ref.registry}/${ref.repository}@${entry.digest}`,
                changed: String(entry.changed),
            }, values, io);
            return 0;
        }
        catch (error) {
            if (error instanceof _stages_registry_client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl) {
                io.stderr(`shipshape registry ${action}: ${error.message} [${credentials}]\n`);
                return 1;
            }
            throw error;
        }
    },
};


/***/ }),

/***/ 990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W8: () => (/* binding */ previousTag),
/* harmony export */   dU: () => (/* binding */ rollback),
/* harmony export */   pt: () => (/* binding */ promote),
/* harmony export */   z3: () => (/* binding */ ledgerState)
/* harmony export */ });
/* unused harmony export checkEnvironment */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5188);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5762);



const ENVIRONMENT = /^[A-Za-z0-9_][A-Za-z0-9_-]{0,118}$/;
function checkEnvironment(environment) {
    if (!ENVIRONMENT.test(environment) || environment.endsWith('-previous')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`invalid environment "${environment}": letters, digits, _ and -, at most 119, not ending in -previous`);
    }
    return environment;
}
function previousTag(environment) {
    return `${environment}-previous`;
}
async function promote(client, options) {
    const environment = checkEnvironment(options.environment);
    const digest = (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .checkDigest */ .H2)(options.digest);
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
async function previousOf(client, repository, environment) {
    const previous = await client.tryResolveDigest(repository, previousTag(environment));
    return previous ? { previous } : {};
}
async function rollback(client, options) {
    const environment = checkEnvironment(options.environment);
    const previous = await client.tryResolveDigest(options.repository, previousTag(environment));
    if (!previous) {
        throw new _client_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl('not-found', `roll back ${options.repository}:${environment}: there is no ${previousTag(environment)} tag, so nothing to roll back to`);
    }
    const current = await client.tryResolveDigest(options.repository, environment);
    if (current === previous)
        return { environment, digest: previous, previous, changed: false };
    const target = await client.getManifest(options.repository, previous);
    if (current)
        await client.putManifest(options.repository, previousTag(environment), await client.getManifest(options.repository, current));
    await client.putManifest(options.repository, environment, target);
    return { environment, digest: previous, ...(current ? { previous: current } : {}), changed: true };
}
/** What each environment's tags resolve to, for reports. */
async function ledgerState(client, repository, environment) {
    const current = await client.tryResolveDigest(repository, checkEnvironment(environment));
    const previous = await client.tryResolveDigest(repository, previousTag(environment));
    return { ...(current ? { current } : {}), ...(previous ? { previous } : {}) };
}


/***/ })

};
