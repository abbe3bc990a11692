export const id = 828;
export const ids = [828];
export const modules = {

/***/ 9828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sbomCommand: () => (/* binding */ sbomCommand)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/paths.ts
var paths = __webpack_require__(6107);
// EXTERNAL MODULE: ./src/stages/outputs.ts
var outputs = __webpack_require__(2421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/index.js
var enums = __webpack_require__(6820);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/models/index.js
var models = __webpack_require__(320);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/index.node.js
var index_node = __webpack_require__(1248);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/spdx.js
var spdx = __webpack_require__(1290);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/index.js
var spec = __webpack_require__(4321);
// EXTERNAL MODULE: ./node_modules/packageurl-js/index.js
var packageurl_js = __webpack_require__(7091);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/stages/security/sbom.ts



// Entry points rather than the package root: the root also loads the validators and their schema folder.








const LOCKFILE = 'package-lock.json';
const SPECS = { '1.5': spec.Spec1dot5, '1.6': spec.Spec1dot6, '1.7': spec.Spec1dot7 };
/** `node_modules/@scope/a/node_modules/b` → `b`; `node_modules/@scope/a` → `@scope/a`. */
function nameFromPath(path) {
    const at = path.lastIndexOf('node_modules/');
    return at === -1 ? path : path.slice(at + 'node_modules/'.length);
}
function purl(name, version) {
    const slash = name.startsWith('@') ? name.indexOf('/') : -1;
    const namespace = slash === -1 ? undefined : name.slice(0, slash);
    const base = slash === -1 ? name : name.slice(slash + 1);
    return new packageurl_js.PackageURL('npm', namespace, base, version, undefined, undefined);
}
function licenses(license) {
    const repository = new models.LicenseRepository();
    if (!license)
        return repository;
    if (/\s(?:OR|AND|WITH)\s|[()]/.test(license))
        repository.add(new models.LicenseExpression(license));
    else if (spdx.isSupportedSpdxId(license))
        repository.add(new models.SpdxLicense(license));
    else
        repository.add(new models.NamedLicense(license));
    return repository;
}
/** `sha512-<base64>` (npm's SRI integrity) → the CycloneDX hash (algorithm, hex). */
function hashes(integrity) {
    const dictionary = new models.HashDictionary();
    for (const part of (integrity ?? '').split(/\s+/)) {
        const match = /^(sha512|sha384|sha256|sha1)-([A-Za-z0-9+/=]+)$/.exec(part);
        if (!match)
            continue;
        const algorithm = {
            sha512: enums.HashAlgorithm['SHA-512'],
            sha384: enums.HashAlgorithm['SHA-384'],
            sha256: enums.HashAlgorithm['SHA-256'],
            sha1: enums.HashAlgorithm['SHA-1'],
        }[match[1]];
        dictionary.set(algorithm, Buffer.from(match[2], 'base64').toString('hex'));
    }
    return dictionary;
}
/** Flattens a lockfile v1 `dependencies` tree into v2-style `packages` paths. */
function flattenV1(dependencies, prefix, out) {
    for (const [name, entry] of Object.entries(dependencies ?? {})) {
        const path = `${prefix}node_modules/${name}`;
        out[path] = { ...entry, name, ...(entry.requires ? { dependencies: entry.requires } : { dependencies: {} }) };
        flattenV1(entry.dependencies, `${path}/`, out);
    }
}
/** Node's resolution: the nearest `node_modules/<name>` from the dependent's folder up to the root. */
function resolveDependency(packages, from, name) {
    let base = from;
    for (;;) {
        const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
        if (packages[candidate])
            return candidate;
        if (!base)
            return undefined;
        const at = base.lastIndexOf('/node_modules/');
        base = at === -1 ? '' : base.slice(0, at);
    }
}
/**
 * A CycloneDX SBOM (JSON) of an npm project, read from its package-lock.json — what is installed, not what
 * package.json allows. Built with the CycloneDX project's own library, which normalises and orders the output
 * as the spec version requires. Each package@version is one component; dependencies follow Node's resolution.
 */
function buildNpmSbom(options) {
    // Joined by hand: bundlers rewrite resolve(x, 'literal') into a bundled asset path.
    const lockPath = [(0,external_node_path_.resolve)(options.root), LOCKFILE].join(external_node_path_.sep);
    let lock;
    try {
        lock = JSON.parse((0,external_node_fs_.readFileSync)(lockPath, 'utf8'));
    }
    catch (error) {
        throw new errors/* UsageError */.eb(`sbom: cannot read ${lockPath}: ${error.code ?? error.message}`);
    }
    let packages = {};
    if (lock.packages)
        packages = lock.packages;
    else if (lock.dependencies) {
        packages[''] = {
            name: lock.name,
            version: lock.version,
            dependencies: Object.fromEntries(Object.keys(lock.dependencies).map((name) => [name, '*'])),
        };
        flattenV1(lock.dependencies, '', packages);
    }
    else
        throw new errors/* UsageError */.eb(`sbom: ${lockPath} has neither "packages" nor "dependencies"`);
    const root = packages[''] ?? {};
    const bom = new models.Bom();
    bom.serialNumber = options.serialNumber ?? `urn:uuid:${(0,external_node_crypto_.randomUUID)()}`;
    bom.metadata.timestamp = options.timestamp ?? new Date();
    bom.metadata.tools.components.add(new models.Component(enums.ComponentType.Application, version/* TOOL_NAME */.lH, { version: version/* VERSION */.xv }));
    const rootName = root.name ?? lock.name ?? 'project';
    const rootVersion = root.version ?? lock.version;
    const rootComponent = new models.Component(enums.ComponentType.Application, rootName, {
        bomRef: purl(rootName, rootVersion).toString(),
        ...(rootVersion ? { version: rootVersion } : {}),
        purl: purl(rootName, rootVersion).toString(),
        licenses: licenses(root.license),
    });
    bom.metadata.component = rootComponent;
    const byPath = new Map();
    const byRef = new Map();
    for (const [path, raw] of Object.entries(packages).sort(([a], [b]) => a.localeCompare(b))) {
        if (path === '' || !path.includes('node_modules/'))
            continue;
        const entry = raw.link && raw.resolved ? (packages[raw.resolved] ?? raw) : raw;
        if (options.omitDev && entry.dev)
            continue;
        const name = entry.name ?? nameFromPath(path);
        const version = entry.version;
        const ref = purl(name, version).toString();
        let component = byRef.get(ref);
        if (!component) {
            const slash = name.startsWith('@') ? name.indexOf('/') : -1;
            const properties = new models.PropertyRepository();
            if (entry.dev)
                properties.add(new models.Property('cdx:npm:package:development', 'true'));
            const references = new models.ExternalReferenceRepository();
            if (entry.resolved && /^https?:\/\//.test(entry.resolved))
                references.add(new models.ExternalReference(entry.resolved, enums.ExternalReferenceType.Distribution));
            component = new models.Component(enums.ComponentType.Library, slash === -1 ? name : name.slice(slash + 1), {
                bomRef: ref,
                ...(slash === -1 ? {} : { group: name.slice(0, slash) }),
                ...(version ? { version } : {}),
                purl: ref,
                hashes: hashes(entry.integrity),
                licenses: licenses(entry.license),
                externalReferences: references,
                properties,
                scope: entry.optional || entry.devOptional ? enums.ComponentScope.Optional : enums.ComponentScope.Required,
            });
            byRef.set(ref, component);
            bom.components.add(component);
        }
        byPath.set(path, component);
    }
    let edges = 0;
    const link = (fromPath, dependent, entry) => {
        const names = new Set([
            ...Object.keys(entry.dependencies ?? {}),
            ...Object.keys(entry.optionalDependencies ?? {}),
            ...Object.keys(entry.peerDependencies ?? {}),
        ]);
        for (const name of [...names].sort()) {
            const target = resolveDependency(packages, fromPath, name);
            const component = target ? byPath.get(target) : undefined;
            if (component && component !== dependent && !dependent.dependencies.has(component.bomRef)) {
                dependent.dependencies.add(component.bomRef);
                edges++;
            }
        }
    };
    link('', rootComponent, root);
    for (const [path, component] of byPath)
        link(path, component, packages[path]);
    const spec = SPECS[options.specVersion ?? '1.6'];
    const serializer = new index_node.JsonSerializer(new index_node.JSON.Normalize.Factory(spec));
    return {
        json: `${serializer.serialize(bom, { sortLists: true, space: 2 })}\n`,
        components: bom.components.size,
        dependencies: edges,
    };
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/commands/security-gate.ts + 15 modules
var security_gate = __webpack_require__(5822);
;// CONCATENATED MODULE: ./src/cli/commands/sbom.ts






const sbomCommand = {
    name: 'sbom',
    summary: 'Write a CycloneDX SBOM (JSON) of an npm project from its package-lock.json.',
    usage: `shipshape sbom [options]

Options:
  --root <dir>           folder with package-lock.json (default .)
  --output <file>        write the SBOM here (default: standard output)
  --spec <version>       CycloneDX 1.5, 1.6 or 1.7 (default 1.6)
  --omit-dev             leave out development dependencies
  --dotenv <file>        also write the outputs as a GitLab dotenv report
  --github-output <file> where to write step outputs (default: $GITHUB_OUTPUT when set)`,
    async run(argv, io) {
        const { values } = (0,command/* parseCommandArgs */.Q)('sbom', argv, {
            root: { type: 'string' },
            output: { type: 'string' },
            spec: { type: 'string', default: '1.6' },
            'omit-dev': { type: 'boolean' },
            dotenv: { type: 'string' },
            'github-output': { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        }, false);
        if (values.help) {
            io.stdout(`${this.usage}\n`);
            return 0;
        }
        if (!['1.5', '1.6', '1.7'].includes(values.spec))
            throw new errors/* UsageError */.eb(`sbom: --spec must be 1.5, 1.6 or 1.7, not "${values.spec}"`);
        const scope = (0,paths/* commandScope */.IW)(io.cwd, io.env);
        const root = values.root ? (0,paths/* resolveReadPath */.sT)('--root', values.root, scope, 'directory') : scope.base;
        const output = values.output ? (0,paths/* resolveWritePath */.bX)('--output', values.output, scope) : undefined;
        const targets = (0,security_gate.outputTargets)(values, scope, io.env);
        const sbom = buildNpmSbom({ root, omitDev: Boolean(values['omit-dev']), specVersion: values.spec });
        if (output) {
            (0,paths/* writeInside */.Mt)('--output', output, sbom.json);
            io.stderr(`Wrote ${sbom.components} components and ${sbom.dependencies} dependency links to ${values.output}.\n`);
        }
        else
            io.stdout(sbom.json);
        (0,outputs/* writeOutputs */.K)({ 'sbom-file': output ?? '', components: String(sbom.components) }, targets);
        return 0;
    },
};


/***/ })

};
