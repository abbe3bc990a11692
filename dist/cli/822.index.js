export const id = 822;
export const ids = [822];
export const modules = {

/***/ 5822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkFailOn: () => (/* binding */ checkFailOn),
  outputTargets: () => (/* binding */ outputTargets),
  securityGateCommand: () => (/* binding */ securityGateCommand),
  writePrettyJson: () => (/* binding */ writePrettyJson)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/paths.ts
var paths = __webpack_require__(6107);
// EXTERNAL MODULE: ./src/stages/outputs.ts
var outputs = __webpack_require__(2421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/stages/security/types.ts
var types = __webpack_require__(4307);
;// CONCATENATED MODULE: ./src/stages/security/parsers/util.ts

function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function asArray(value) {
    return Array.isArray(value) ? value : [];
}
function str(value) {
    return typeof value === 'string' && value.trim() ? value : undefined;
}
function num(value) {
    const n = typeof value === 'string' ? (value.trim() ? Number(value) : NaN) : value;
    return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}
/**
 * A path from a report as a repository-relative, forward-slash path: `file://` URIs decoded, absolute paths under
 * the root made relative, other absolute paths kept without their leading slash.
 */
function normalizePath(path, root) {
    if (!path)
        return undefined;
    let value = path;
    if (/^file:\/\//i.test(value)) {
        try {
            value = decodeURIComponent(new URL(value).pathname);
            if (/^\/[A-Za-z]:\//.test(value))
                value = value.slice(1);
        }
        catch {
            // keep as is
        }
    }
    value = value.replace(/\\/g, '/');
    if ((0,external_node_path_.isAbsolute)(value)) {
        const rel = (0,external_node_path_.relative)(root, (0,external_node_path_.resolve)(value));
        if (rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel))
            return rel.split(external_node_path_.sep).join('/');
        return value.replace(/^\/+/, '');
    }
    return value.replace(/^\.\//, '') || undefined;
}
class ReportError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ReportError';
    }
}

;// CONCATENATED MODULE: ./src/stages/security/parsers/gitleaks.ts


/**
 * `gitleaks detect --report-format json`: an array of leaks. gitleaks has no severity: a leaked credential is
 * rated high. The secret itself is never kept; the identity is rule, file, line and commit, as gitleaks'
 * own fingerprint.
 */
function parseGitleaks(data, context) {
    if (!Array.isArray(data))
        throw new ReportError('not a gitleaks JSON report (expected an array)');
    const findings = data.filter(isObject).map((leak) => {
        const id = str(leak.RuleID) ?? 'secret';
        const path = normalizePath(str(leak.File), context.root);
        const line = num(leak.StartLine);
        return (0,types/* makeFinding */.MH)({
            source: 'gitleaks',
            category: 'secret',
            id,
            title: str(leak.Description) ? `${leak.Description} (${id})` : `Secret found by rule ${id}`,
            severity: 'high',
            ...(path ? { path } : {}),
            ...(line ? { line } : {}),
            fingerprint: (0,types/* hashParts */.jx)('gitleaks', id, path, line, str(leak.Commit)),
        });
    });
    return { findings, suppressed: [] };
}

;// CONCATENATED MODULE: ./src/stages/security/parsers/grype.ts


function score(vulnerability) {
    const scores = asArray(vulnerability.cvss)
        .filter((entry) => isObject(entry) && String(entry.version ?? '').startsWith('3'))
        .map((entry) => num(entry.metrics?.baseScore))
        .filter((value) => value !== undefined);
    return scores.length ? Math.max(...scores) : undefined;
}
function toFinding(match, context, target) {
    const vulnerability = isObject(match.vulnerability) ? match.vulnerability : {};
    const artifact = isObject(match.artifact) ? match.artifact : {};
    const id = str(vulnerability.id) ?? 'unknown';
    const location = str(asArray(artifact.locations)[0]?.path);
    const s = score(vulnerability);
    const image = target !== undefined;
    return (0,types/* makeFinding */.MH)({
        source: 'grype',
        category: 'vulnerability',
        id,
        aliases: asArray(match.relatedVulnerabilities)
            .map((related) => str(related?.id))
            .filter((alias) => Boolean(alias)),
        title: str(vulnerability.description)?.split('\n')[0]?.slice(0, 200) ?? id,
        severity: (0,types/* severityFromWord */.GX)(vulnerability.severity),
        ...(s !== undefined ? { score: s } : {}),
        package: {
            name: str(artifact.name) ?? 'unknown',
            ...(str(artifact.version) ? { version: artifact.version } : {}),
            ...(str(artifact.type) ? { ecosystem: artifact.type } : {}),
            ...(str(asArray(vulnerability.fix?.versions)[0])
                ? { fixedIn: asArray(vulnerability.fix.versions).join(', ') }
                : {}),
        },
        // Paths inside an image are not repository files: keep them in the target.
        ...(image
            ? { target: location ? `${target}:${location}` : target }
            : location
                ? { path: normalizePath(location, context.root) }
                : {}),
        ...(str(vulnerability.dataSource) ? { url: vulnerability.dataSource } : {}),
    });
}
const RANK = { critical: 4, high: 3, medium: 2, low: 1, unknown: 0 };
/**
 * Matches of one package that name each other (a GHSA and its CVE) are one finding, at the worse severity, under the
 * GHSA id. Indexed by package and id, so a report of a million matches merges in linear time; a large report read
 * in batches is merged once over all of them.
 */
function mergeRelated(findings) {
    const merged = [];
    const byPackageAndId = new Map();
    const packageKey = (finding) => `${finding.package?.name ?? ''}\u0000${finding.package?.version ?? ''}\u0000${finding.package?.ecosystem ?? ''}\u0000`;
    for (const finding of findings) {
        const pkg = packageKey(finding);
        const ids = [finding.id, ...finding.aliases];
        const same = ids.map((id) => byPackageAndId.get(pkg + id)).find(Boolean);
        if (!same) {
            merged.push(finding);
            for (const id of ids)
                byPackageAndId.set(pkg + id, finding);
            continue;
        }
        const allIds = new Set([same.id, ...same.aliases, finding.id, ...finding.aliases]);
        const better = RANK[finding.severity] > RANK[same.severity] ? finding : same;
        // Prefer a GHSA/CVE id that the other record names as related (keeps the id stable across grype versions).
        const id = [...allIds].find((candidate) => candidate.startsWith('GHSA-')) ?? same.id;
        Object.assign(same, {
            ...better,
            id,
            aliases: [...allIds].filter((alias) => alias !== id).sort(),
            fingerprint: same.fingerprint,
        });
        for (const alias of allIds)
            byPackageAndId.set(pkg + alias, same);
    }
    return merged;
}
/**
 * `grype -o json`: `matches[]`. Matches of one package whose ids overlap through `relatedVulnerabilities`
 * (a GHSA and its CVE from two namespaces) are one finding, at the higher severity. `ignoredMatches` are suppressed.
 */
function parseGrype(data, context) {
    if (!isObject(data) || !Array.isArray(data.matches))
        throw new ReportError('not a grype JSON report (no "matches")');
    const source = isObject(data.source) ? data.source : {};
    const target = source.type === 'image' ? (str(source.target?.userInput) ?? 'image') : undefined;
    const findings = mergeRelated(data.matches.filter(isObject).map((match) => toFinding(match, context, target)));
    const suppressed = asArray(data.ignoredMatches)
        .filter(isObject)
        .map((ignored) => ({
        finding: toFinding(ignored, context, target),
        reason: `ignored by grype rule ${JSON.stringify(asArray(ignored.appliedIgnoreRules)[0] ?? {})}`,
    }));
    return { findings, suppressed };
}

;// CONCATENATED MODULE: ./src/stages/security/parsers/npm-audit.ts


function ghsaOf(url) {
    const match = url ? /\/(GHSA-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4})\b/i.exec(url) : null;
    return match?.[1];
}
/**
 * `npm audit --json`: report v2 (npm 7+: `vulnerabilities` keyed by package, advisories in `via[]`; string `via`
 * entries only point at another package and are not findings of their own) and v1 (npm 6, and `pnpm audit
 * --json`: `advisories` keyed by id). One finding per advisory and package.
 */
function parseNpmAudit(data, _context, source = 'npm-audit') {
    if (!isObject(data))
        throw new ReportError('not an npm audit JSON report (expected an object)');
    if (isObject(data.error))
        throw new ReportError(`the audit itself failed: ${str(data.error.summary) ?? str(data.error.code) ?? 'unknown error'}`);
    const lockfile = source === 'pnpm-audit' ? 'pnpm-lock.yaml' : 'package-lock.json';
    const findings = [];
    const seen = new Set();
    if (isObject(data.vulnerabilities) && (data.auditReportVersion === 2 || !isObject(data.advisories))) {
        for (const [name, entry] of Object.entries(data.vulnerabilities)) {
            for (const via of asArray(entry?.via)) {
                if (!isObject(via))
                    continue;
                const pkg = str(via.name) ?? name;
                const id = ghsaOf(str(via.url)) ?? String(via.source ?? via.title);
                const key = `${id}\u0000${pkg}`;
                if (seen.has(key))
                    continue;
                seen.add(key);
                const score = num(via.cvss?.score);
                findings.push((0,types/* makeFinding */.MH)({
                    source,
                    category: 'vulnerability',
                    id,
                    aliases: via.source !== undefined ? [`npm:${via.source}`] : [],
                    title: str(via.title) ?? id,
                    severity: (0,types/* severityFromWord */.GX)(via.severity),
                    ...(score ? { score } : {}),
                    package: { name: pkg, ecosystem: 'npm', ...(str(via.range) ? { version: `vulnerable ${via.range}` } : {}) },
                    path: lockfile,
                    ...(str(via.url) ? { url: via.url } : {}),
                }));
            }
        }
        return { findings, suppressed: [] };
    }
    if (isObject(data.advisories)) {
        for (const advisory of Object.values(data.advisories)) {
            if (!isObject(advisory))
                continue;
            const id = str(advisory.github_advisory_id) ?? ghsaOf(str(advisory.url)) ?? String(advisory.id);
            const versions = [
                ...new Set(asArray(advisory.findings)
                    .map((finding) => str(finding?.version))
                    .filter(Boolean)),
            ];
            const score = num(advisory.cvss?.score);
            findings.push((0,types/* makeFinding */.MH)({
                source,
                category: 'vulnerability',
                id,
                aliases: [
                    ...asArray(advisory.cves).filter((cve) => typeof cve === 'string'),
                    ...(advisory.id !== undefined ? [`npm:${advisory.id}`] : []),
                ],
                title: str(advisory.title) ?? id,
                severity: (0,types/* severityFromWord */.GX)(advisory.severity),
                ...(score ? { score } : {}),
                package: {
                    name: str(advisory.module_name) ?? 'unknown',
                    ecosystem: 'npm',
                    ...(versions.length ? { version: versions.join(', ') } : {}),
                    ...(str(advisory.patched_versions) && advisory.patched_versions !== '<0.0.0'
                        ? { fixedIn: advisory.patched_versions }
                        : {}),
                },
                path: lockfile,
                ...(str(advisory.url) ? { url: advisory.url } : {}),
            }));
        }
        return { findings, suppressed: [] };
    }
    throw new ReportError('not an npm audit JSON report (no "vulnerabilities" or "advisories")');
}

;// CONCATENATED MODULE: ./src/stages/security/cvss.ts
/**
 * CVSS v3.0/v3.1 base score from a vector string (`CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H` → 7.5), as the
 * FIRST specification computes it. osv-scanner reports severities only as vectors. Undefined for anything else.
 */
function cvss3BaseScore(vector) {
    const match = /^CVSS:3\.[01]\/(.+)$/.exec(vector.trim());
    if (!match)
        return undefined;
    const metrics = {};
    for (const part of match[1].split('/')) {
        const [key, value] = part.split(':');
        if (key && value)
            metrics[key] = value;
    }
    const AV = { N: 0.85, A: 0.62, L: 0.55, P: 0.2 };
    const AC = { L: 0.77, H: 0.44 };
    const UI = { N: 0.85, R: 0.62 };
    const CIA = { H: 0.56, L: 0.22, N: 0 };
    const scope = metrics.S;
    if (scope !== 'U' && scope !== 'C')
        return undefined;
    const PR = scope === 'C' ? { N: 0.85, L: 0.68, H: 0.5 } : { N: 0.85, L: 0.62, H: 0.27 };
    const av = AV[metrics.AV ?? ''];
    const ac = AC[metrics.AC ?? ''];
    const pr = PR[metrics.PR ?? ''];
    const ui = UI[metrics.UI ?? ''];
    const c = CIA[metrics.C ?? ''];
    const i = CIA[metrics.I ?? ''];
    const a = CIA[metrics.A ?? ''];
    if ([av, ac, pr, ui, c, i, a].some((value) => value === undefined))
        return undefined;
    const iss = 1 - (1 - c) * (1 - i) * (1 - a);
    const impact = scope === 'U' ? 6.42 * iss : 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15);
    const exploitability = 8.22 * av * ac * pr * ui;
    if (impact <= 0)
        return 0;
    const raw = scope === 'U' ? Math.min(impact + exploitability, 10) : Math.min(1.08 * (impact + exploitability), 10);
    return roundUp(raw);
}
/** The specification's Roundup: smallest number with one decimal that is >= the input, free of float noise. */
function roundUp(value) {
    const integer = Math.round(value * 100000);
    return integer % 10000 === 0 ? integer / 100000 : (Math.floor(integer / 10000) + 1) / 10;
}

;// CONCATENATED MODULE: ./src/stages/security/parsers/osv-scanner.ts



/** An OSV record's severity: its CVSS v3 vector, else `database_specific.severity`, else malware → critical. */
function rate(vulnerability) {
    const scores = asArray(vulnerability.severity)
        .filter((entry) => isObject(entry) && String(entry.type).startsWith('CVSS_V3'))
        .map((entry) => cvss3BaseScore(String(entry.score)) ?? num(entry.score))
        .filter((score) => score !== undefined);
    if (scores.length) {
        const score = Math.max(...scores);
        return { severity: (0,types/* severityFromScore */.qI)(score), score };
    }
    const word = (0,types/* severityFromWord */.GX)(vulnerability.database_specific?.severity);
    if (word !== 'unknown')
        return { severity: word };
    if (String(vulnerability.id).startsWith('MAL-'))
        return { severity: 'critical' };
    return { severity: 'unknown' };
}
/**
 * `osv-scanner --format json`: `results[].packages[]`; one finding per alias group (`groups[].ids`), rated at the
 * worst of its records (`max_severity` when osv-scanner filled it in). `MAL-` records (malicious packages) carry
 * no CVSS and are rated critical.
 */
function parseOsvScanner(data, context) {
    if (!isObject(data) || !Array.isArray(data.results))
        throw new ReportError('not an osv-scanner JSON report (no "results")');
    const findings = [];
    for (const result of data.results) {
        if (!isObject(result))
            continue;
        const path = normalizePath(str(result.source?.path), context.root);
        for (const entry of asArray(result.packages)) {
            if (!isObject(entry))
                continue;
            const pkg = isObject(entry.package) ? entry.package : {};
            const vulns = asArray(entry.vulnerabilities).filter(isObject);
            const byId = new Map(vulns.map((vulnerability) => [String(vulnerability.id), vulnerability]));
            const groups = asArray(entry.groups).filter(isObject);
            const grouped = groups.length
                ? groups.map((group) => ({
                    ids: asArray(group.ids).map(String),
                    ...(num(group.max_severity) !== undefined ? { max: num(group.max_severity) } : {}),
                }))
                : vulns.map((vulnerability) => ({ ids: [String(vulnerability.id)] }));
            for (const group of grouped) {
                const records = group.ids.map((id) => byId.get(id)).filter((record) => Boolean(record));
                if (!records.length)
                    continue;
                let rated = { severity: 'unknown' };
                if (group.max !== undefined)
                    rated = { severity: (0,types/* severityFromScore */.qI)(group.max), score: group.max };
                else {
                    for (const record of records) {
                        const candidate = rate(record);
                        if ((0,types/* severityRank */.qs)(candidate.severity) > (0,types/* severityRank */.qs)(rated.severity) ||
                            (candidate.score ?? 0) > (rated.score ?? 0))
                            rated = candidate;
                    }
                }
                const first = records[0];
                const aliases = records.flatMap((record) => [String(record.id), ...asArray(record.aliases).map(String)]);
                const malware = records.some((record) => String(record.id).startsWith('MAL-'));
                findings.push((0,types/* makeFinding */.MH)({
                    source: 'osv-scanner',
                    category: malware ? 'malware' : 'vulnerability',
                    id: String(first.id),
                    aliases,
                    title: str(first.summary) ?? str(first.details)?.split('\n')[0]?.slice(0, 200) ?? String(first.id),
                    severity: rated.severity,
                    ...(rated.score !== undefined ? { score: rated.score } : {}),
                    package: {
                        name: str(pkg.name) ?? 'unknown',
                        ...(str(pkg.version) ? { version: pkg.version } : {}),
                        ...(str(pkg.ecosystem) ? { ecosystem: pkg.ecosystem } : {}),
                    },
                    ...(path ? { path } : {}),
                    url: `https://osv.dev/vulnerability/${encodeURIComponent(String(first.id))}`,
                }));
            }
        }
    }
    return { findings, suppressed: [] };
}

;// CONCATENATED MODULE: ./src/stages/security/parsers/pip-audit.ts


/**
 * `pip-audit --format json`: `dependencies[]` with `vulns[]` (id, aliases, fix_versions, description). pip-audit
 * rates nothing, so every advisory is `unknown` and gated as the config's unknown-severity. A dependency pip-audit
 * skipped (`skip_reason`, e.g. not on PyPI) was not checked: it becomes a finding too, so a gap is never a pass.
 */
function parsePipAudit(data, _context) {
    if (!isObject(data) || !Array.isArray(data.dependencies))
        throw new ReportError('not a pip-audit JSON report (no "dependencies")');
    const findings = [];
    for (const dependency of data.dependencies) {
        if (!isObject(dependency))
            continue;
        const name = str(dependency.name) ?? 'unknown';
        const version = str(dependency.version);
        const pkg = { name, ecosystem: 'PyPI', ...(version ? { version } : {}) };
        const skipped = str(dependency.skip_reason);
        if (skipped) {
            findings.push((0,types/* makeFinding */.MH)({
                source: 'pip-audit',
                category: 'vulnerability',
                id: 'pip-audit/not-audited',
                title: `not audited: ${skipped.slice(0, 200)}`,
                severity: 'unknown',
                package: pkg,
            }));
            continue;
        }
        for (const vulnerability of asArray(dependency.vulns)) {
            if (!isObject(vulnerability) || !str(vulnerability.id))
                continue;
            const id = String(vulnerability.id);
            const fixes = asArray(vulnerability.fix_versions).filter((fix) => typeof fix === 'string');
            findings.push((0,types/* makeFinding */.MH)({
                source: 'pip-audit',
                category: 'vulnerability',
                id,
                aliases: asArray(vulnerability.aliases).filter((alias) => typeof alias === 'string'),
                title: `${(str(vulnerability.description)?.split(/(?<=\.)\s/)[0] ?? id).slice(0, 200)}${fixes.length ? ` (fixed in ${fixes.join(', ')})` : ''}`,
                severity: 'unknown',
                package: pkg,
                url: `https://osv.dev/vulnerability/${encodeURIComponent(id)}`,
            }));
        }
    }
    return { findings, suppressed: [] };
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
var ajv_default = /*#__PURE__*/__webpack_require__.n(ajv);
;// CONCATENATED MODULE: ./src/stages/security/parsers/sarif-schema.ts
/**
 * The OASIS SARIF 2.1.0 JSON schema (schema/sarif-schema-2.1.0.json, licence in schema/sarif-schema-2.1.0.LICENSE.md)
 * as a module, so the bundles carry it. Regenerate: node scripts/sarif-schema.mjs (same bytes as the OASIS artefact).
 */
/* eslint-disable */
const SARIF_SCHEMA = {
    $schema: 'http://json-schema.org/draft-04/schema#',
    title: 'Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema',
    id: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    description: 'Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema: a standard format for the output of static analysis tools.',
    additionalProperties: false,
    type: 'object',
    properties: {
        $schema: { description: 'The URI of the JSON schema corresponding to the version.', type: 'string', format: 'uri' },
        version: { description: 'The SARIF format version of this log file.', enum: ['2.1.0'], type: 'string' },
        runs: {
            description: 'The set of runs contained in this log file.',
            type: ['array', 'null'],
            minItems: 0,
            uniqueItems: false,
            items: { $ref: '#/definitions/run' },
        },
        inlineExternalProperties: {
            description: 'References to external property files that share data between runs.',
            type: 'array',
            minItems: 0,
            uniqueItems: true,
            items: { $ref: '#/definitions/externalProperties' },
        },
        properties: {
            description: 'Key/value pairs that provide additional information about the log file.',
            $ref: '#/definitions/propertyBag',
        },
    },
    required: ['version', 'runs'],
    definitions: {
        address: {
            description: "A physical or virtual address, or a range of addresses, in an 'addressable region' (memory or a binary file).",
            additionalProperties: false,
            type: 'object',
            properties: {
                absoluteAddress: {
                    description: 'The address expressed as a byte offset from the start of the addressable region.',
                    type: 'integer',
                    minimum: -1,
                    default: -1,
                },
                relativeAddress: {
                    description: 'The address expressed as a byte offset from the absolute address of the top-most parent object.',
                    type: 'integer',
                },
                length: { description: 'The number of bytes in this range of addresses.', type: 'integer' },
                kind: {
                    description: "An open-ended string that identifies the address kind. 'data', 'function', 'header','instruction', 'module', 'page', 'section', 'segment', 'stack', 'stackFrame', 'table' are well-known values.",
                    type: 'string',
                },
                name: { description: "A name that is associated with the address, e.g., '.text'.", type: 'string' },
                fullyQualifiedName: {
                    description: 'A human-readable fully qualified name that is associated with the address.',
                    type: 'string',
                },
                offsetFromParent: {
                    description: 'The byte offset of this address from the absolute or relative address of the parent object.',
                    type: 'integer',
                },
                index: {
                    description: 'The index within run.addresses of the cached object for this address.',
                    type: 'integer',
                    default: -1,
                    minimum: -1,
                },
                parentIndex: {
                    description: 'The index within run.addresses of the parent object.',
                    type: 'integer',
                    default: -1,
                    minimum: -1,
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the address.',
                    $ref: '#/definitions/propertyBag',
                },
            },
        },
        artifact: {
            description: 'A single artifact. In some cases, this artifact might be nested within another artifact.',
            additionalProperties: false,
            type: 'object',
            properties: {
                description: { description: 'A short description of the artifact.', $ref: '#/definitions/message' },
                location: { description: 'The location of the artifact.', $ref: '#/definitions/artifactLocation' },
                parentIndex: {
                    description: 'Identifies the index of the immediate parent of the artifact, if this artifact is nested.',
                    type: 'integer',
                    default: -1,
                    minimum: -1,
                },
                offset: {
                    description: 'The offset in bytes of the artifact within its containing artifact.',
                    type: 'integer',
                    minimum: 0,
                },
                length: { description: 'The length of the artifact in bytes.', type: 'integer', default: -1, minimum: -1 },
                roles: {
                    description: 'The role or roles played by the artifact in the analysis.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: {
                        enum: [
                            'analysisTarget',
                            'attachment',
                            'responseFile',
                            'resultFile',
                            'standardStream',
                            'tracedFile',
                            'unmodified',
                            'modified',
                            'added',
                            'deleted',
                            'renamed',
                            'uncontrolled',
                            'driver',
                            'extension',
                            'translation',
                            'taxonomy',
                            'policy',
                            'referencedOnCommandLine',
                            'memoryContents',
                            'directory',
                            'userSpecifiedConfiguration',
                            'toolSpecifiedConfiguration',
                            'debugOutputFile',
                        ],
                        type: 'string',
                    },
                },
                mimeType: { description: 'The MIME type (RFC 2045) of the artifact.', type: 'string', pattern: '[^/]+/.+' },
                contents: { description: 'The contents of the artifact.', $ref: '#/definitions/artifactContent' },
                encoding: {
                    description: 'Specifies the encoding for an artifact object that refers to a text file.',
                    type: 'string',
                },
                sourceLanguage: {
                    description: 'Specifies the source language for any artifact object that refers to a text file that contains source code.',
                    type: 'string',
                },
                hashes: {
                    description: 'A dictionary, each of whose keys is the name of a hash function and each of whose values is the hashed value of the artifact produced by the specified hash function.',
                    type: 'object',
                    additionalProperties: { type: 'string' },
                },
                lastModifiedTimeUtc: {
                    description: 'The Coordinated Universal Time (UTC) date and time at which the artifact was most recently modified. See "Date/time properties" in the SARIF spec for the required format.',
                    type: 'string',
                    format: 'date-time',
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the artifact.',
                    $ref: '#/definitions/propertyBag',
                },
            },
        },
        artifactChange: {
            description: 'A change to a single artifact.',
            additionalProperties: false,
            type: 'object',
            properties: {
                artifactLocation: {
                    description: 'The location of the artifact to change.',
                    $ref: '#/definitions/artifactLocation',
                },
                replacements: {
                    description: "An array of replacement objects, each of which represents the replacement of a single region in a single artifact specified by 'artifactLocation'.",
                    type: 'array',
                    minItems: 1,
                    uniqueItems: false,
                    items: { $ref: '#/definitions/replacement' },
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the change.',
                    $ref: '#/definitions/propertyBag',
                },
            },
            required: ['artifactLocation', 'replacements'],
        },
        artifactContent: {
            description: 'Represents the contents of an artifact.',
            type: 'object',
            additionalProperties: false,
            properties: {
                text: { description: 'UTF-8-encoded content from a text artifact.', type: 'string' },
                binary: {
                    description: 'MIME Base64-encoded content from a binary artifact, or from a text artifact in its original encoding.',
                    type: 'string',
                },
                rendered: {
                    description: 'An alternate rendered representation of the artifact (e.g., a decompiled representation of a binary region).',
                    $ref: '#/definitions/multiformatMessageString',
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the artifact content.',
                    $ref: '#/definitions/propertyBag',
                },
            },
        },
        artifactLocation: {
            description: 'Specifies the location of an artifact.',
            additionalProperties: false,
            type: 'object',
            properties: {
                uri: {
                    description: 'A string containing a valid relative or absolute URI.',
                    type: 'string',
                    format: 'uri-reference',
                },
                uriBaseId: {
                    description: 'A string which indirectly specifies the absolute URI with respect to which a relative URI in the "uri" property is interpreted.',
                    type: 'string',
                },
                index: {
                    description: 'The index within the run artifacts array of the artifact object associated with the artifact location.',
                    type: 'integer',
                    default: -1,
                    minimum: -1,
                },
                description: { description: 'A short description of the artifact location.', $ref: '#/definitions/message' },
                properties: {
                    description: 'Key/value pairs that provide additional information about the artifact location.',
                    $ref: '#/definitions/propertyBag',
                },
            },
        },
        attachment: {
            description: 'An artifact relevant to a result.',
            type: 'object',
            additionalProperties: false,
            properties: {
                description: {
                    description: 'A message describing the role played by the attachment.',
                    $ref: '#/definitions/message',
                },
                artifactLocation: { description: 'The location of the attachment.', $ref: '#/definitions/artifactLocation' },
                regions: {
                    description: 'An array of regions of interest within the attachment.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/region' },
                },
                rectangles: {
                    description: 'An array of rectangles specifying areas of interest within the image.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/rectangle' },
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the attachment.',
                    $ref: '#/definitions/propertyBag',
                },
            },
            required: ['artifactLocation'],
        },
        codeFlow: {
            description: 'A set of threadFlows which together describe a pattern of code execution relevant to detecting a result.',
            additionalProperties: false,
            type: 'object',
            properties: {
                message: { description: 'A message relevant to the code flow.', $ref: '#/definitions/message' },
                threadFlows: {
                    description: 'An array of one or more unique threadFlow objects, each of which describes the progress of a program through a thread of execution.',
                    type: 'array',
                    minItems: 1,
                    uniqueItems: false,
                    items: { $ref: '#/definitions/threadFlow' },
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the code flow.',
                    $ref: '#/definitions/propertyBag',
                },
            },
            required: ['threadFlows'],
        },
        configurationOverride: {
            description: 'Information about how a specific rule or notification was reconfigured at runtime.',
            type: 'object',
            additionalProperties: false,
            properties: {
                configuration: {
                    description: 'Specifies how the rule or notification was configured during the scan.',
                    $ref: '#/definitions/reportingConfiguration',
                },
                descriptor: {
                    description: 'A reference used to locate the descriptor whose configuration was overridden.',
                    $ref: '#/definitions/reportingDescriptorReference',
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the configuration override.',
                    $ref: '#/definitions/propertyBag',
                },
            },
            required: ['configuration', 'descriptor'],
        },
        conversion: {
            description: "Describes how a converter transformed the output of a static analysis tool from the analysis tool's native output format into the SARIF format.",
            additionalProperties: false,
            type: 'object',
            properties: {
                tool: { description: 'A tool object that describes the converter.', $ref: '#/definitions/tool' },
                invocation: {
                    description: 'An invocation object that describes the invocation of the converter.',
                    $ref: '#/definitions/invocation',
                },
                analysisToolLogFiles: {
                    description: "The locations of the analysis tool's per-run log files.",
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/artifactLocation' },
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the conversion.',
                    $ref: '#/definitions/propertyBag',
                },
            },
            required: ['tool'],
        },
        edge: {
            description: 'Represents a directed edge in a graph.',
            type: 'object',
            additionalProperties: false,
            properties: {
                id: { description: 'A string that uniquely identifies the edge within its graph.', type: 'string' },
                label: { description: 'A short description of the edge.', $ref: '#/definitions/message' },
                sourceNodeId: {
                    description: 'Identifies the source node (the node at which the edge starts).',
                    type: 'string',
                },
                targetNodeId: { description: 'Identifies the target node (the node at which the edge ends).', type: 'string' },
                properties: {
                    description: 'Key/value pairs that provide additional information about the edge.',
                    $ref: '#/definitions/propertyBag',
                },
            },
            required: ['id', 'sourceNodeId', 'targetNodeId'],
        },
        edgeTraversal: {
            description: 'Represents the traversal of a single edge during a graph traversal.',
            type: 'object',
            additionalProperties: false,
            properties: {
                edgeId: { description: 'Identifies the edge being traversed.', type: 'string' },
                message: {
                    description: 'A message to display to the user as the edge is traversed.',
                    $ref: '#/definitions/message',
                },
                finalState: {
                    description: 'The values of relevant expressions after the edge has been traversed.',
                    type: 'object',
                    additionalProperties: { $ref: '#/definitions/multiformatMessageString' },
                },
                stepOverEdgeCount: {
                    description: 'The number of edge traversals necessary to return from a nested graph.',
                    type: 'integer',
                    minimum: 0,
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the edge traversal.',
                    $ref: '#/definitions/propertyBag',
                },
            },
            required: ['edgeId'],
        },
        exception: {
            description: 'Describes a runtime exception encountered during the execution of an analysis tool.',
            type: 'object',
            additionalProperties: false,
            properties: {
                kind: {
                    type: 'string',
                    description: 'A string that identifies the kind of exception, for example, the fully qualified type name of an object that was thrown, or the symbolic name of a signal.',
                },
                message: { description: 'A message that describes the exception.', type: 'string' },
                stack: { description: 'The sequence of function calls leading to the exception.', $ref: '#/definitions/stack' },
                innerExceptions: {
                    description: 'An array of exception objects each of which is considered a cause of this exception.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: false,
                    default: [],
                    items: { $ref: '#/definitions/exception' },
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the exception.',
                    $ref: '#/definitions/propertyBag',
                },
            },
        },
        externalProperties: {
            description: 'The top-level element of an external property file.',
            type: 'object',
            additionalProperties: false,
            properties: {
                schema: {
                    description: 'The URI of the JSON schema corresponding to the version of the external property file format.',
                    type: 'string',
                    format: 'uri',
                },
                version: {
                    description: 'The SARIF format version of this external properties object.',
                    enum: ['2.1.0'],
                    type: 'string',
                },
                guid: {
                    description: 'A stable, unique identifier for this external properties object, in the form of a GUID.',
                    type: 'string',
                    pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$',
                },
                runGuid: {
                    description: 'A stable, unique identifier for the run associated with this external properties object, in the form of a GUID.',
                    type: 'string',
                    pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$',
                },
                conversion: {
                    description: 'A conversion object that will be merged with a separate run.',
                    $ref: '#/definitions/conversion',
                },
                graphs: {
                    description: 'An array of graph objects that will be merged with a separate run.',
                    type: 'array',
                    minItems: 0,
                    default: [],
                    uniqueItems: true,
                    items: { $ref: '#/definitions/graph' },
                },
                externalizedProperties: {
                    description: 'Key/value pairs that provide additional information that will be merged with a separate run.',
                    $ref: '#/definitions/propertyBag',
                },
                artifacts: {
                    description: 'An array of artifact objects that will be merged with a separate run.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    items: { $ref: '#/definitions/artifact' },
                },
                invocations: {
                    description: 'Describes the invocation of the analysis tool that will be merged with a separate run.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: false,
                    default: [],
                    items: { $ref: '#/definitions/invocation' },
                },
                logicalLocations: {
                    description: 'An array of logical locations such as namespaces, types or functions that will be merged with a separate run.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/logicalLocation' },
                },
                threadFlowLocations: {
                    description: 'An array of threadFlowLocation objects that will be merged with a separate run.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/threadFlowLocation' },
                },
                results: {
                    description: 'An array of result objects that will be merged with a separate run.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: false,
                    default: [],
                    items: { $ref: '#/definitions/result' },
                },
                taxonomies: {
                    description: 'Tool taxonomies that will be merged with a separate run.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/toolComponent' },
                },
                driver: {
                    description: 'The analysis tool object that will be merged with a separate run.',
                    $ref: '#/definitions/toolComponent',
                },
                extensions: {
                    description: 'Tool extensions that will be merged with a separate run.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/toolComponent' },
                },
                policies: {
                    description: 'Tool policies that will be merged with a separate run.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/toolComponent' },
                },
                translations: {
                    description: 'Tool translations that will be merged with a separate run.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/toolComponent' },
                },
                addresses: {
                    description: 'Addresses that will be merged with a separate run.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: false,
                    default: [],
                    items: { $ref: '#/definitions/address' },
                },
                webRequests: {
                    description: 'Requests that will be merged with a separate run.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/webRequest' },
                },
                webResponses: {
                    description: 'Responses that will be merged with a separate run.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/webResponse' },
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the external properties.',
                    $ref: '#/definitions/propertyBag',
                },
            },
        },
        externalPropertyFileReference: {
            description: 'Contains information that enables a SARIF consumer to locate the external property file that contains the value of an externalized property associated with the run.',
            type: 'object',
            additionalProperties: false,
            properties: {
                location: {
                    description: 'The location of the external property file.',
                    $ref: '#/definitions/artifactLocation',
                },
                guid: {
                    description: 'A stable, unique identifier for the external property file in the form of a GUID.',
                    type: 'string',
                    pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$',
                },
                itemCount: {
                    description: 'A non-negative integer specifying the number of items contained in the external property file.',
                    type: 'integer',
                    default: -1,
                    minimum: -1,
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the external property file.',
                    $ref: '#/definitions/propertyBag',
                },
            },
            anyOf: [{ required: ['location'] }, { required: ['guid'] }],
        },
        externalPropertyFileReferences: {
            description: 'References to external property files that should be inlined with the content of a root log file.',
            additionalProperties: false,
            type: 'object',
            properties: {
                conversion: {
                    description: 'An external property file containing a run.conversion object to be merged with the root log file.',
                    $ref: '#/definitions/externalPropertyFileReference',
                },
                graphs: {
                    description: 'An array of external property files containing a run.graphs object to be merged with the root log file.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/externalPropertyFileReference' },
                },
                externalizedProperties: {
                    description: 'An external property file containing a run.properties object to be merged with the root log file.',
                    $ref: '#/definitions/externalPropertyFileReference',
                },
                artifacts: {
                    description: 'An array of external property files containing run.artifacts arrays to be merged with the root log file.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/externalPropertyFileReference' },
                },
                invocations: {
                    description: 'An array of external property files containing run.invocations arrays to be merged with the root log file.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/externalPropertyFileReference' },
                },
                logicalLocations: {
                    description: 'An array of external property files containing run.logicalLocations arrays to be merged with the root log file.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/externalPropertyFileReference' },
                },
                threadFlowLocations: {
                    description: 'An array of external property files containing run.threadFlowLocations arrays to be merged with the root log file.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/externalPropertyFileReference' },
                },
                results: {
                    description: 'An array of external property files containing run.results arrays to be merged with the root log file.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/externalPropertyFileReference' },
                },
                taxonomies: {
                    description: 'An array of external property files containing run.taxonomies arrays to be merged with the root log file.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/externalPropertyFileReference' },
                },
                addresses: {
                    description: 'An array of external property files containing run.addresses arrays to be merged with the root log file.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/externalPropertyFileReference' },
                },
                driver: {
                    description: 'An external property file containing a run.driver object to be merged with the root log file.',
                    $ref: '#/definitions/externalPropertyFileReference',
                },
                extensions: {
                    description: 'An array of external property files containing run.extensions arrays to be merged with the root log file.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/externalPropertyFileReference' },
                },
                policies: {
                    description: 'An array of external property files containing run.policies arrays to be merged with the root log file.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/externalPropertyFileReference' },
                },
                translations: {
                    description: 'An array of external property files containing run.translations arrays to be merged with the root log file.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/externalPropertyFileReference' },
                },
                webRequests: {
                    description: 'An array of external property files containing run.requests arrays to be merged with the root log file.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/externalPropertyFileReference' },
                },
                webResponses: {
                    description: 'An array of external property files containing run.responses arrays to be merged with the root log file.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/externalPropertyFileReference' },
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the external property files.',
                    $ref: '#/definitions/propertyBag',
                },
            },
        },
        fix: {
            description: 'A proposed fix for the problem represented by a result object. A fix specifies a set of artifacts to modify. For each artifact, it specifies a set of bytes to remove, and provides a set of new bytes to replace them.',
            additionalProperties: false,
            type: 'object',
            properties: {
                description: {
                    description: 'A message that describes the proposed fix, enabling viewers to present the proposed change to an end user.',
                    $ref: '#/definitions/message',
                },
                artifactChanges: {
                    description: 'One or more artifact changes that comprise a fix for a result.',
                    type: 'array',
                    minItems: 1,
                    uniqueItems: true,
                    items: { $ref: '#/definitions/artifactChange' },
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the fix.',
                    $ref: '#/definitions/propertyBag',
                },
            },
            required: ['artifactChanges'],
        },
        graph: {
            description: 'A network of nodes and directed edges that describes some aspect of the structure of the code (for example, a call graph).',
            type: 'object',
            additionalProperties: false,
            properties: {
                description: { description: 'A description of the graph.', $ref: '#/definitions/message' },
                nodes: {
                    description: 'An array of node objects representing the nodes of the graph.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/node' },
                },
                edges: {
                    description: 'An array of edge objects representing the edges of the graph.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/edge' },
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the graph.',
                    $ref: '#/definitions/propertyBag',
                },
            },
        },
        graphTraversal: {
            description: 'Represents a path through a graph.',
            type: 'object',
            additionalProperties: false,
            properties: {
                runGraphIndex: {
                    description: 'The index within the run.graphs to be associated with the result.',
                    type: 'integer',
                    default: -1,
                    minimum: -1,
                },
                resultGraphIndex: {
                    description: 'The index within the result.graphs to be associated with the result.',
                    type: 'integer',
                    default: -1,
                    minimum: -1,
                },
                description: { description: 'A description of this graph traversal.', $ref: '#/definitions/message' },
                initialState: {
                    description: 'Values of relevant expressions at the start of the graph traversal that may change during graph traversal.',
                    type: 'object',
                    additionalProperties: { $ref: '#/definitions/multiformatMessageString' },
                },
                immutableState: {
                    description: 'Values of relevant expressions at the start of the graph traversal that remain constant for the graph traversal.',
                    type: 'object',
                    additionalProperties: { $ref: '#/definitions/multiformatMessageString' },
                },
                edgeTraversals: {
                    description: 'The sequences of edges traversed by this graph traversal.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: false,
                    default: [],
                    items: { $ref: '#/definitions/edgeTraversal' },
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the graph traversal.',
                    $ref: '#/definitions/propertyBag',
                },
            },
            oneOf: [{ required: ['runGraphIndex'] }, { required: ['resultGraphIndex'] }],
        },
        invocation: {
            description: 'The runtime environment of the analysis tool run.',
            additionalProperties: false,
            type: 'object',
            properties: {
                commandLine: { description: 'The command line used to invoke the tool.', type: 'string' },
                arguments: {
                    description: 'An array of strings, containing in order the command line arguments passed to the tool from the operating system.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: false,
                    items: { type: 'string' },
                },
                responseFiles: {
                    description: "The locations of any response files specified on the tool's command line.",
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    items: { $ref: '#/definitions/artifactLocation' },
                },
                startTimeUtc: {
                    description: 'The Coordinated Universal Time (UTC) date and time at which the invocation started. See "Date/time properties" in the SARIF spec for the required format.',
                    type: 'string',
                    format: 'date-time',
                },
                endTimeUtc: {
                    description: 'The Coordinated Universal Time (UTC) date and time at which the invocation ended. See "Date/time properties" in the SARIF spec for the required format.',
                    type: 'string',
                    format: 'date-time',
                },
                exitCode: { description: 'The process exit code.', type: 'integer' },
                ruleConfigurationOverrides: {
                    description: 'An array of configurationOverride objects that describe rules related runtime overrides.',
                    type: 'array',
                    minItems: 0,
                    default: [],
                    uniqueItems: true,
                    items: { $ref: '#/definitions/configurationOverride' },
                },
                notificationConfigurationOverrides: {
                    description: 'An array of configurationOverride objects that describe notifications related runtime overrides.',
                    type: 'array',
                    minItems: 0,
                    default: [],
                    uniqueItems: true,
                    items: { $ref: '#/definitions/configurationOverride' },
                },
                toolExecutionNotifications: {
                    description: 'A list of runtime conditions detected by the tool during the analysis.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: false,
                    default: [],
                    items: { $ref: '#/definitions/notification' },
                },
                toolConfigurationNotifications: {
                    description: "A list of conditions detected by the tool that are relevant to the tool's configuration.",
                    type: 'array',
                    minItems: 0,
                    uniqueItems: false,
                    default: [],
                    items: { $ref: '#/definitions/notification' },
                },
                exitCodeDescription: { description: 'The reason for the process exit.', type: 'string' },
                exitSignalName: { description: 'The name of the signal that caused the process to exit.', type: 'string' },
                exitSignalNumber: {
                    description: 'The numeric value of the signal that caused the process to exit.',
                    type: 'integer',
                },
                processStartFailureMessage: {
                    description: 'The reason given by the operating system that the process failed to start.',
                    type: 'string',
                },
                executionSuccessful: {
                    description: "Specifies whether the tool's execution completed successfully.",
                    type: 'boolean',
                },
                machine: { description: 'The machine on which the invocation occurred.', type: 'string' },
                account: { description: 'The account under which the invocation occurred.', type: 'string' },
                processId: { description: 'The id of the process in which the invocation occurred.', type: 'integer' },
                executableLocation: {
                    description: 'An absolute URI specifying the location of the executable that was invoked.',
                    $ref: '#/definitions/artifactLocation',
                },
                workingDirectory: {
                    description: 'The working directory for the invocation.',
                    $ref: '#/definitions/artifactLocation',
                },
                environmentVariables: {
                    description: 'The environment variables associated with the analysis tool process, expressed as key/value pairs.',
                    type: 'object',
                    additionalProperties: { type: 'string' },
                },
                stdin: {
                    description: 'A file containing the standard input stream to the process that was invoked.',
                    $ref: '#/definitions/artifactLocation',
                },
                stdout: {
                    description: 'A file containing the standard output stream from the process that was invoked.',
                    $ref: '#/definitions/artifactLocation',
                },
                stderr: {
                    description: 'A file containing the standard error stream from the process that was invoked.',
                    $ref: '#/definitions/artifactLocation',
                },
                stdoutStderr: {
                    description: 'A file containing the interleaved standard output and standard error stream from the process that was invoked.',
                    $ref: '#/definitions/artifactLocation',
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the invocation.',
                    $ref: '#/definitions/propertyBag',
                },
            },
            required: ['executionSuccessful'],
        },
        location: {
            description: 'A location within a programming artifact.',
            additionalProperties: false,
            type: 'object',
            properties: {
                id: {
                    description: 'Value that distinguishes this location from all other locations within a single result object.',
                    type: 'integer',
                    minimum: -1,
                    default: -1,
                },
                physicalLocation: {
                    description: 'Identifies the artifact and region.',
                    $ref: '#/definitions/physicalLocation',
                },
                logicalLocations: {
                    description: 'The logical locations associated with the result.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/logicalLocation' },
                },
                message: { description: 'A message relevant to the location.', $ref: '#/definitions/message' },
                annotations: {
                    description: 'A set of regions relevant to the location.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/region' },
                },
                relationships: {
                    description: 'An array of objects that describe relationships between this location and others.',
                    type: 'array',
                    default: [],
                    minItems: 0,
                    uniqueItems: true,
                    items: { $ref: '#/definitions/locationRelationship' },
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the location.',
                    $ref: '#/definitions/propertyBag',
                },
            },
        },
        locationRelationship: {
            description: 'Information about the relation of one location to another.',
            type: 'object',
            additionalProperties: false,
            properties: {
                target: { description: 'A reference to the related location.', type: 'integer', minimum: 0 },
                kinds: {
                    description: "A set of distinct strings that categorize the relationship. Well-known kinds include 'includes', 'isIncludedBy' and 'relevant'.",
                    type: 'array',
                    default: ['relevant'],
                    uniqueItems: true,
                    items: { type: 'string' },
                },
                description: { description: 'A description of the location relationship.', $ref: '#/definitions/message' },
                properties: {
                    description: 'Key/value pairs that provide additional information about the location relationship.',
                    $ref: '#/definitions/propertyBag',
                },
            },
            required: ['target'],
        },
        logicalLocation: {
            description: 'A logical location of a construct that produced a result.',
            additionalProperties: false,
            type: 'object',
            properties: {
                name: {
                    description: 'Identifies the construct in which the result occurred. For example, this property might contain the name of a class or a method.',
                    type: 'string',
                },
                index: {
                    description: 'The index within the logical locations array.',
                    type: 'integer',
                    default: -1,
                    minimum: -1,
                },
                fullyQualifiedName: {
                    description: 'The human-readable fully qualified name of the logical location.',
                    type: 'string',
                },
                decoratedName: {
                    description: 'The machine-readable name for the logical location, such as a mangled function name provided by a C++ compiler that encodes calling convention, return type and other details along with the function name.',
                    type: 'string',
                },
                parentIndex: {
                    description: 'Identifies the index of the immediate parent of the construct in which the result was detected. For example, this property might point to a logical location that represents the namespace that holds a type.',
                    type: 'integer',
                    default: -1,
                    minimum: -1,
                },
                kind: {
                    description: "The type of construct this logical location component refers to. Should be one of 'function', 'member', 'module', 'namespace', 'parameter', 'resource', 'returnType', 'type', 'variable', 'object', 'array', 'property', 'value', 'element', 'text', 'attribute', 'comment', 'declaration', 'dtd' or 'processingInstruction', if any of those accurately describe the construct.",
                    type: 'string',
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the logical location.',
                    $ref: '#/definitions/propertyBag',
                },
            },
        },
        message: {
            description: 'Encapsulates a message intended to be read by the end user.',
            type: 'object',
            additionalProperties: false,
            properties: {
                text: { description: 'A plain text message string.', type: 'string' },
                markdown: { description: 'A Markdown message string.', type: 'string' },
                id: { description: 'The identifier for this message.', type: 'string' },
                arguments: {
                    description: 'An array of strings to substitute into the message string.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: false,
                    default: [],
                    items: { type: 'string' },
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the message.',
                    $ref: '#/definitions/propertyBag',
                },
            },
            anyOf: [{ required: ['text'] }, { required: ['id'] }],
        },
        multiformatMessageString: {
            description: 'A message string or message format string rendered in multiple formats.',
            type: 'object',
            additionalProperties: false,
            properties: {
                text: { description: 'A plain text message string or format string.', type: 'string' },
                markdown: { description: 'A Markdown message string or format string.', type: 'string' },
                properties: {
                    description: 'Key/value pairs that provide additional information about the message.',
                    $ref: '#/definitions/propertyBag',
                },
            },
            required: ['text'],
        },
        node: {
            description: 'Represents a node in a graph.',
            type: 'object',
            additionalProperties: false,
            properties: {
                id: { description: 'A string that uniquely identifies the node within its graph.', type: 'string' },
                label: { description: 'A short description of the node.', $ref: '#/definitions/message' },
                location: { description: 'A code location associated with the node.', $ref: '#/definitions/location' },
                children: {
                    description: 'Array of child nodes.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/node' },
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the node.',
                    $ref: '#/definitions/propertyBag',
                },
            },
            required: ['id'],
        },
        notification: {
            description: 'Describes a condition relevant to the tool itself, as opposed to being relevant to a target being analyzed by the tool.',
            type: 'object',
            additionalProperties: false,
            properties: {
                locations: {
                    description: 'The locations relevant to this notification.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/location' },
                },
                message: {
                    description: 'A message that describes the condition that was encountered.',
                    $ref: '#/definitions/message',
                },
                level: {
                    description: 'A value specifying the severity level of the notification.',
                    default: 'warning',
                    enum: ['none', 'note', 'warning', 'error'],
                    type: 'string',
                },
                threadId: {
                    description: 'The thread identifier of the code that generated the notification.',
                    type: 'integer',
                },
                timeUtc: {
                    description: 'The Coordinated Universal Time (UTC) date and time at which the analysis tool generated the notification.',
                    type: 'string',
                    format: 'date-time',
                },
                exception: {
                    description: 'The runtime exception, if any, relevant to this notification.',
                    $ref: '#/definitions/exception',
                },
                descriptor: {
                    description: 'A reference used to locate the descriptor relevant to this notification.',
                    $ref: '#/definitions/reportingDescriptorReference',
                },
                associatedRule: {
                    description: 'A reference used to locate the rule descriptor associated with this notification.',
                    $ref: '#/definitions/reportingDescriptorReference',
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the notification.',
                    $ref: '#/definitions/propertyBag',
                },
            },
            required: ['message'],
        },
        physicalLocation: {
            description: 'A physical location relevant to a result. Specifies a reference to a programming artifact together with a range of bytes or characters within that artifact.',
            additionalProperties: false,
            type: 'object',
            properties: {
                address: { description: 'The address of the location.', $ref: '#/definitions/address' },
                artifactLocation: { description: 'The location of the artifact.', $ref: '#/definitions/artifactLocation' },
                region: { description: 'Specifies a portion of the artifact.', $ref: '#/definitions/region' },
                contextRegion: {
                    description: 'Specifies a portion of the artifact that encloses the region. Allows a viewer to display additional context around the region.',
                    $ref: '#/definitions/region',
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the physical location.',
                    $ref: '#/definitions/propertyBag',
                },
            },
            anyOf: [{ required: ['address'] }, { required: ['artifactLocation'] }],
        },
        propertyBag: {
            description: 'Key/value pairs that provide additional information about the object.',
            type: 'object',
            additionalProperties: true,
            properties: {
                tags: {
                    description: 'A set of distinct strings that provide additional information.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { type: 'string' },
                },
            },
        },
        rectangle: {
            description: 'An area within an image.',
            additionalProperties: false,
            type: 'object',
            properties: {
                top: {
                    description: "The Y coordinate of the top edge of the rectangle, measured in the image's natural units.",
                    type: 'number',
                },
                left: {
                    description: "The X coordinate of the left edge of the rectangle, measured in the image's natural units.",
                    type: 'number',
                },
                bottom: {
                    description: "The Y coordinate of the bottom edge of the rectangle, measured in the image's natural units.",
                    type: 'number',
                },
                right: {
                    description: "The X coordinate of the right edge of the rectangle, measured in the image's natural units.",
                    type: 'number',
                },
                message: { description: 'A message relevant to the rectangle.', $ref: '#/definitions/message' },
                properties: {
                    description: 'Key/value pairs that provide additional information about the rectangle.',
                    $ref: '#/definitions/propertyBag',
                },
            },
        },
        region: {
            description: 'A region within an artifact where a result was detected.',
            additionalProperties: false,
            type: 'object',
            properties: {
                startLine: {
                    description: 'The line number of the first character in the region.',
                    type: 'integer',
                    minimum: 1,
                },
                startColumn: {
                    description: 'The column number of the first character in the region.',
                    type: 'integer',
                    minimum: 1,
                },
                endLine: { description: 'The line number of the last character in the region.', type: 'integer', minimum: 1 },
                endColumn: {
                    description: 'The column number of the character following the end of the region.',
                    type: 'integer',
                    minimum: 1,
                },
                charOffset: {
                    description: 'The zero-based offset from the beginning of the artifact of the first character in the region.',
                    type: 'integer',
                    default: -1,
                    minimum: -1,
                },
                charLength: { description: 'The length of the region in characters.', type: 'integer', minimum: 0 },
                byteOffset: {
                    description: 'The zero-based offset from the beginning of the artifact of the first byte in the region.',
                    type: 'integer',
                    default: -1,
                    minimum: -1,
                },
                byteLength: { description: 'The length of the region in bytes.', type: 'integer', minimum: 0 },
                snippet: {
                    description: 'The portion of the artifact contents within the specified region.',
                    $ref: '#/definitions/artifactContent',
                },
                message: { description: 'A message relevant to the region.', $ref: '#/definitions/message' },
                sourceLanguage: {
                    description: 'Specifies the source language, if any, of the portion of the artifact specified by the region object.',
                    type: 'string',
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the region.',
                    $ref: '#/definitions/propertyBag',
                },
            },
            anyOf: [{ required: ['startLine'] }, { required: ['charOffset'] }, { required: ['byteOffset'] }],
        },
        replacement: {
            description: 'The replacement of a single region of an artifact.',
            additionalProperties: false,
            type: 'object',
            properties: {
                deletedRegion: { description: 'The region of the artifact to delete.', $ref: '#/definitions/region' },
                insertedContent: {
                    description: "The content to insert at the location specified by the 'deletedRegion' property.",
                    $ref: '#/definitions/artifactContent',
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the replacement.',
                    $ref: '#/definitions/propertyBag',
                },
            },
            required: ['deletedRegion'],
        },
        reportingDescriptor: {
            description: 'Metadata that describes a specific report produced by the tool, as part of the analysis it provides or its runtime reporting.',
            additionalProperties: false,
            type: 'object',
            properties: {
                id: { description: 'A stable, opaque identifier for the report.', type: 'string' },
                deprecatedIds: {
                    description: 'An array of stable, opaque identifiers by which this report was known in some previous version of the analysis tool.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    items: { type: 'string' },
                },
                guid: {
                    description: 'A unique identifier for the reporting descriptor in the form of a GUID.',
                    type: 'string',
                    pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$',
                },
                deprecatedGuids: {
                    description: 'An array of unique identifies in the form of a GUID by which this report was known in some previous version of the analysis tool.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    items: {
                        type: 'string',
                        pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$',
                    },
                },
                name: { description: 'A report identifier that is understandable to an end user.', type: 'string' },
                deprecatedNames: {
                    description: 'An array of readable identifiers by which this report was known in some previous version of the analysis tool.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    items: { type: 'string' },
                },
                shortDescription: {
                    description: 'A concise description of the report. Should be a single sentence that is understandable when visible space is limited to a single line of text.',
                    $ref: '#/definitions/multiformatMessageString',
                },
                fullDescription: {
                    description: 'A description of the report. Should, as far as possible, provide details sufficient to enable resolution of any problem indicated by the result.',
                    $ref: '#/definitions/multiformatMessageString',
                },
                messageStrings: {
                    description: 'A set of name/value pairs with arbitrary names. Each value is a multiformatMessageString object, which holds message strings in plain text and (optionally) Markdown format. The strings can include placeholders, which can be used to construct a message in combination with an arbitrary number of additional string arguments.',
                    type: 'object',
                    additionalProperties: { $ref: '#/definitions/multiformatMessageString' },
                },
                defaultConfiguration: {
                    description: 'Default reporting configuration information.',
                    $ref: '#/definitions/reportingConfiguration',
                },
                helpUri: {
                    description: 'A URI where the primary documentation for the report can be found.',
                    type: 'string',
                    format: 'uri',
                },
                help: {
                    description: 'Provides the primary documentation for the report, useful when there is no online documentation.',
                    $ref: '#/definitions/multiformatMessageString',
                },
                relationships: {
                    description: 'An array of objects that describe relationships between this reporting descriptor and others.',
                    type: 'array',
                    default: [],
                    minItems: 0,
                    uniqueItems: true,
                    items: { $ref: '#/definitions/reportingDescriptorRelationship' },
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the report.',
                    $ref: '#/definitions/propertyBag',
                },
            },
            required: ['id'],
        },
        reportingConfiguration: {
            description: 'Information about a rule or notification that can be configured at runtime.',
            type: 'object',
            additionalProperties: false,
            properties: {
                enabled: {
                    description: 'Specifies whether the report may be produced during the scan.',
                    type: 'boolean',
                    default: true,
                },
                level: {
                    description: 'Specifies the failure level for the report.',
                    default: 'warning',
                    enum: ['none', 'note', 'warning', 'error'],
                    type: 'string',
                },
                rank: {
                    description: 'Specifies the relative priority of the report. Used for analysis output only.',
                    type: 'number',
                    default: -1,
                    minimum: -1,
                    maximum: 100,
                },
                parameters: {
                    description: 'Contains configuration information specific to a report.',
                    $ref: '#/definitions/propertyBag',
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the reporting configuration.',
                    $ref: '#/definitions/propertyBag',
                },
            },
        },
        reportingDescriptorReference: {
            description: 'Information about how to locate a relevant reporting descriptor.',
            type: 'object',
            additionalProperties: false,
            properties: {
                id: { description: 'The id of the descriptor.', type: 'string' },
                index: {
                    description: 'The index into an array of descriptors in toolComponent.ruleDescriptors, toolComponent.notificationDescriptors, or toolComponent.taxonomyDescriptors, depending on context.',
                    type: 'integer',
                    default: -1,
                    minimum: -1,
                },
                guid: {
                    description: 'A guid that uniquely identifies the descriptor.',
                    type: 'string',
                    pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$',
                },
                toolComponent: {
                    description: 'A reference used to locate the toolComponent associated with the descriptor.',
                    $ref: '#/definitions/toolComponentReference',
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the reporting descriptor reference.',
                    $ref: '#/definitions/propertyBag',
                },
            },
            anyOf: [{ required: ['index'] }, { required: ['guid'] }, { required: ['id'] }],
        },
        reportingDescriptorRelationship: {
            description: 'Information about the relation of one reporting descriptor to another.',
            type: 'object',
            additionalProperties: false,
            properties: {
                target: {
                    description: 'A reference to the related reporting descriptor.',
                    $ref: '#/definitions/reportingDescriptorReference',
                },
                kinds: {
                    description: "A set of distinct strings that categorize the relationship. Well-known kinds include 'canPrecede', 'canFollow', 'willPrecede', 'willFollow', 'superset', 'subset', 'equal', 'disjoint', 'relevant', and 'incomparable'.",
                    type: 'array',
                    default: ['relevant'],
                    uniqueItems: true,
                    items: { type: 'string' },
                },
                description: {
                    description: 'A description of the reporting descriptor relationship.',
                    $ref: '#/definitions/message',
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the reporting descriptor reference.',
                    $ref: '#/definitions/propertyBag',
                },
            },
            required: ['target'],
        },
        result: {
            description: 'A result produced by an analysis tool.',
            additionalProperties: false,
            type: 'object',
            properties: {
                ruleId: {
                    description: 'The stable, unique identifier of the rule, if any, to which this result is relevant.',
                    type: 'string',
                },
                ruleIndex: {
                    description: 'The index within the tool component rules array of the rule object associated with this result.',
                    type: 'integer',
                    default: -1,
                    minimum: -1,
                },
                rule: {
                    description: 'A reference used to locate the rule descriptor relevant to this result.',
                    $ref: '#/definitions/reportingDescriptorReference',
                },
                kind: {
                    description: 'A value that categorizes results by evaluation state.',
                    default: 'fail',
                    enum: ['notApplicable', 'pass', 'fail', 'review', 'open', 'informational'],
                    type: 'string',
                },
                level: {
                    description: 'A value specifying the severity level of the result.',
                    default: 'warning',
                    enum: ['none', 'note', 'warning', 'error'],
                    type: 'string',
                },
                message: {
                    description: 'A message that describes the result. The first sentence of the message only will be displayed when visible space is limited.',
                    $ref: '#/definitions/message',
                },
                analysisTarget: {
                    description: 'Identifies the artifact that the analysis tool was instructed to scan. This need not be the same as the artifact where the result actually occurred.',
                    $ref: '#/definitions/artifactLocation',
                },
                locations: {
                    description: 'The set of locations where the result was detected. Specify only one location unless the problem indicated by the result can only be corrected by making a change at every specified location.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: false,
                    default: [],
                    items: { $ref: '#/definitions/location' },
                },
                guid: {
                    description: 'A stable, unique identifier for the result in the form of a GUID.',
                    type: 'string',
                    pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$',
                },
                correlationGuid: {
                    description: 'A stable, unique identifier for the equivalence class of logically identical results to which this result belongs, in the form of a GUID.',
                    type: 'string',
                    pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$',
                },
                occurrenceCount: {
                    description: 'A positive integer specifying the number of times this logically unique result was observed in this run.',
                    type: 'integer',
                    minimum: 1,
                },
                partialFingerprints: {
                    description: 'A set of strings that contribute to the stable, unique identity of the result.',
                    type: 'object',
                    additionalProperties: { type: 'string' },
                },
                fingerprints: {
                    description: 'A set of strings each of which individually defines a stable, unique identity for the result.',
                    type: 'object',
                    additionalProperties: { type: 'string' },
                },
                stacks: {
                    description: "An array of 'stack' objects relevant to the result.",
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/stack' },
                },
                codeFlows: {
                    description: "An array of 'codeFlow' objects relevant to the result.",
                    type: 'array',
                    minItems: 0,
                    uniqueItems: false,
                    default: [],
                    items: { $ref: '#/definitions/codeFlow' },
                },
                graphs: {
                    description: 'An array of zero or more unique graph objects associated with the result.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/graph' },
                },
                graphTraversals: {
                    description: "An array of one or more unique 'graphTraversal' objects.",
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/graphTraversal' },
                },
                relatedLocations: {
                    description: 'A set of locations relevant to this result.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/location' },
                },
                suppressions: {
                    description: 'A set of suppressions relevant to this result.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    items: { $ref: '#/definitions/suppression' },
                },
                baselineState: {
                    description: 'The state of a result relative to a baseline of a previous run.',
                    enum: ['new', 'unchanged', 'updated', 'absent'],
                    type: 'string',
                },
                rank: {
                    description: 'A number representing the priority or importance of the result.',
                    type: 'number',
                    default: -1,
                    minimum: -1,
                    maximum: 100,
                },
                attachments: {
                    description: 'A set of artifacts relevant to the result.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/attachment' },
                },
                hostedViewerUri: {
                    description: 'An absolute URI at which the result can be viewed.',
                    type: 'string',
                    format: 'uri',
                },
                workItemUris: {
                    description: 'The URIs of the work items associated with this result.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    items: { type: 'string', format: 'uri' },
                },
                provenance: {
                    description: 'Information about how and when the result was detected.',
                    $ref: '#/definitions/resultProvenance',
                },
                fixes: {
                    description: "An array of 'fix' objects, each of which represents a proposed fix to the problem indicated by the result.",
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/fix' },
                },
                taxa: {
                    description: 'An array of references to taxonomy reporting descriptors that are applicable to the result.',
                    type: 'array',
                    default: [],
                    minItems: 0,
                    uniqueItems: true,
                    items: { $ref: '#/definitions/reportingDescriptorReference' },
                },
                webRequest: { description: 'A web request associated with this result.', $ref: '#/definitions/webRequest' },
                webResponse: { description: 'A web response associated with this result.', $ref: '#/definitions/webResponse' },
                properties: {
                    description: 'Key/value pairs that provide additional information about the result.',
                    $ref: '#/definitions/propertyBag',
                },
            },
            required: ['message'],
        },
        resultProvenance: {
            description: 'Contains information about how and when a result was detected.',
            additionalProperties: false,
            type: 'object',
            properties: {
                firstDetectionTimeUtc: {
                    description: 'The Coordinated Universal Time (UTC) date and time at which the result was first detected. See "Date/time properties" in the SARIF spec for the required format.',
                    type: 'string',
                    format: 'date-time',
                },
                lastDetectionTimeUtc: {
                    description: 'The Coordinated Universal Time (UTC) date and time at which the result was most recently detected. See "Date/time properties" in the SARIF spec for the required format.',
                    type: 'string',
                    format: 'date-time',
                },
                firstDetectionRunGuid: {
                    description: 'A GUID-valued string equal to the automationDetails.guid property of the run in which the result was first detected.',
                    type: 'string',
                    pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$',
                },
                lastDetectionRunGuid: {
                    description: 'A GUID-valued string equal to the automationDetails.guid property of the run in which the result was most recently detected.',
                    type: 'string',
                    pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$',
                },
                invocationIndex: {
                    description: 'The index within the run.invocations array of the invocation object which describes the tool invocation that detected the result.',
                    type: 'integer',
                    default: -1,
                    minimum: -1,
                },
                conversionSources: {
                    description: "An array of physicalLocation objects which specify the portions of an analysis tool's output that a converter transformed into the result.",
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/physicalLocation' },
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the result.',
                    $ref: '#/definitions/propertyBag',
                },
            },
        },
        run: {
            description: 'Describes a single run of an analysis tool, and contains the reported output of that run.',
            additionalProperties: false,
            type: 'object',
            properties: {
                tool: {
                    description: 'Information about the tool or tool pipeline that generated the results in this run. A run can only contain results produced by a single tool or tool pipeline. A run can aggregate results from multiple log files, as long as context around the tool run (tool command-line arguments and the like) is identical for all aggregated files.',
                    $ref: '#/definitions/tool',
                },
                invocations: {
                    description: 'Describes the invocation of the analysis tool.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: false,
                    default: [],
                    items: { $ref: '#/definitions/invocation' },
                },
                conversion: {
                    description: "A conversion object that describes how a converter transformed an analysis tool's native reporting format into the SARIF format.",
                    $ref: '#/definitions/conversion',
                },
                language: {
                    description: 'The language of the messages emitted into the log file during this run (expressed as an ISO 639-1 two-letter lowercase culture code) and an optional region (expressed as an ISO 3166-1 two-letter uppercase subculture code associated with a country or region). The casing is recommended but not required (in order for this data to conform to RFC5646).',
                    type: 'string',
                    default: 'en-US',
                    pattern: '^[a-zA-Z]{2}(-[a-zA-Z]{2})?$',
                },
                versionControlProvenance: {
                    description: 'Specifies the revision in version control of the artifacts that were scanned.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/versionControlDetails' },
                },
                originalUriBaseIds: {
                    description: 'The artifact location specified by each uriBaseId symbol on the machine where the tool originally ran.',
                    type: 'object',
                    additionalProperties: { $ref: '#/definitions/artifactLocation' },
                },
                artifacts: {
                    description: 'An array of artifact objects relevant to the run.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    items: { $ref: '#/definitions/artifact' },
                },
                logicalLocations: {
                    description: 'An array of logical locations such as namespaces, types or functions.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/logicalLocation' },
                },
                graphs: {
                    description: 'An array of zero or more unique graph objects associated with the run.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/graph' },
                },
                results: {
                    description: 'The set of results contained in an SARIF log. The results array can be omitted when a run is solely exporting rules metadata. It must be present (but may be empty) if a log file represents an actual scan.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: false,
                    items: { $ref: '#/definitions/result' },
                },
                automationDetails: {
                    description: 'Automation details that describe this run.',
                    $ref: '#/definitions/runAutomationDetails',
                },
                runAggregates: {
                    description: 'Automation details that describe the aggregate of runs to which this run belongs.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/runAutomationDetails' },
                },
                baselineGuid: {
                    description: "The 'guid' property of a previous SARIF 'run' that comprises the baseline that was used to compute result 'baselineState' properties for the run.",
                    type: 'string',
                    pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$',
                },
                redactionTokens: {
                    description: 'An array of strings used to replace sensitive information in a redaction-aware property.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { type: 'string' },
                },
                defaultEncoding: {
                    description: 'Specifies the default encoding for any artifact object that refers to a text file.',
                    type: 'string',
                },
                defaultSourceLanguage: {
                    description: 'Specifies the default source language for any artifact object that refers to a text file that contains source code.',
                    type: 'string',
                },
                newlineSequences: {
                    description: 'An ordered list of character sequences that were treated as line breaks when computing region information for the run.',
                    type: 'array',
                    minItems: 1,
                    uniqueItems: true,
                    default: ['\r\n', '\n'],
                    items: { type: 'string' },
                },
                columnKind: {
                    description: 'Specifies the unit in which the tool measures columns.',
                    enum: ['utf16CodeUnits', 'unicodeCodePoints'],
                    type: 'string',
                },
                externalPropertyFileReferences: {
                    description: 'References to external property files that should be inlined with the content of a root log file.',
                    $ref: '#/definitions/externalPropertyFileReferences',
                },
                threadFlowLocations: {
                    description: 'An array of threadFlowLocation objects cached at run level.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/threadFlowLocation' },
                },
                taxonomies: {
                    description: 'An array of toolComponent objects relevant to a taxonomy in which results are categorized.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/toolComponent' },
                },
                addresses: {
                    description: 'Addresses associated with this run instance, if any.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: false,
                    default: [],
                    items: { $ref: '#/definitions/address' },
                },
                translations: {
                    description: 'The set of available translations of the localized data provided by the tool.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/toolComponent' },
                },
                policies: {
                    description: "Contains configurations that may potentially override both reportingDescriptor.defaultConfiguration (the tool's default severities) and invocation.configurationOverrides (severities established at run-time from the command line).",
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/toolComponent' },
                },
                webRequests: {
                    description: 'An array of request objects cached at run level.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/webRequest' },
                },
                webResponses: {
                    description: 'An array of response objects cached at run level.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/webResponse' },
                },
                specialLocations: {
                    description: 'A specialLocations object that defines locations of special significance to SARIF consumers.',
                    $ref: '#/definitions/specialLocations',
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the run.',
                    $ref: '#/definitions/propertyBag',
                },
            },
            required: ['tool'],
        },
        runAutomationDetails: {
            description: "Information that describes a run's identity and role within an engineering system process.",
            additionalProperties: false,
            type: 'object',
            properties: {
                description: {
                    description: "A description of the identity and role played within the engineering system by this object's containing run object.",
                    $ref: '#/definitions/message',
                },
                id: {
                    description: "A hierarchical string that uniquely identifies this object's containing run object.",
                    type: 'string',
                },
                guid: {
                    description: "A stable, unique identifier for this object's containing run object in the form of a GUID.",
                    type: 'string',
                    pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$',
                },
                correlationGuid: {
                    description: "A stable, unique identifier for the equivalence class of runs to which this object's containing run object belongs in the form of a GUID.",
                    type: 'string',
                    pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$',
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the run automation details.',
                    $ref: '#/definitions/propertyBag',
                },
            },
        },
        specialLocations: {
            description: 'Defines locations of special significance to SARIF consumers.',
            type: 'object',
            additionalProperties: false,
            properties: {
                displayBase: {
                    description: 'Provides a suggestion to SARIF consumers to display file paths relative to the specified location.',
                    $ref: '#/definitions/artifactLocation',
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the special locations.',
                    $ref: '#/definitions/propertyBag',
                },
            },
        },
        stack: {
            description: 'A call stack that is relevant to a result.',
            additionalProperties: false,
            type: 'object',
            properties: {
                message: { description: 'A message relevant to this call stack.', $ref: '#/definitions/message' },
                frames: {
                    description: 'An array of stack frames that represents a sequence of calls, rendered in reverse chronological order, that comprise the call stack.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: false,
                    items: { $ref: '#/definitions/stackFrame' },
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the stack.',
                    $ref: '#/definitions/propertyBag',
                },
            },
            required: ['frames'],
        },
        stackFrame: {
            description: 'A function call within a stack trace.',
            additionalProperties: false,
            type: 'object',
            properties: {
                location: { description: 'The location to which this stack frame refers.', $ref: '#/definitions/location' },
                module: { description: 'The name of the module that contains the code of this stack frame.', type: 'string' },
                threadId: { description: 'The thread identifier of the stack frame.', type: 'integer' },
                parameters: {
                    description: 'The parameters of the call that is executing.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: false,
                    default: [],
                    items: { type: 'string', default: [] },
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the stack frame.',
                    $ref: '#/definitions/propertyBag',
                },
            },
        },
        suppression: {
            description: 'A suppression that is relevant to a result.',
            additionalProperties: false,
            type: 'object',
            properties: {
                guid: {
                    description: 'A stable, unique identifier for the suprression in the form of a GUID.',
                    type: 'string',
                    pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$',
                },
                kind: {
                    description: 'A string that indicates where the suppression is persisted.',
                    enum: ['inSource', 'external'],
                    type: 'string',
                },
                status: {
                    description: 'A string that indicates the review status of the suppression.',
                    enum: ['accepted', 'underReview', 'rejected'],
                    type: 'string',
                },
                justification: { description: 'A string representing the justification for the suppression.', type: 'string' },
                location: {
                    description: 'Identifies the location associated with the suppression.',
                    $ref: '#/definitions/location',
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the suppression.',
                    $ref: '#/definitions/propertyBag',
                },
            },
            required: ['kind'],
        },
        threadFlow: {
            description: 'Describes a sequence of code locations that specify a path through a single thread of execution such as an operating system or fiber.',
            type: 'object',
            additionalProperties: false,
            properties: {
                id: {
                    description: 'An string that uniquely identifies the threadFlow within the codeFlow in which it occurs.',
                    type: 'string',
                },
                message: { description: 'A message relevant to the thread flow.', $ref: '#/definitions/message' },
                initialState: {
                    description: 'Values of relevant expressions at the start of the thread flow that may change during thread flow execution.',
                    type: 'object',
                    additionalProperties: { $ref: '#/definitions/multiformatMessageString' },
                },
                immutableState: {
                    description: 'Values of relevant expressions at the start of the thread flow that remain constant.',
                    type: 'object',
                    additionalProperties: { $ref: '#/definitions/multiformatMessageString' },
                },
                locations: {
                    description: "A temporally ordered array of 'threadFlowLocation' objects, each of which describes a location visited by the tool while producing the result.",
                    type: 'array',
                    minItems: 1,
                    uniqueItems: false,
                    items: { $ref: '#/definitions/threadFlowLocation' },
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the thread flow.',
                    $ref: '#/definitions/propertyBag',
                },
            },
            required: ['locations'],
        },
        threadFlowLocation: {
            description: 'A location visited by an analysis tool while simulating or monitoring the execution of a program.',
            additionalProperties: false,
            type: 'object',
            properties: {
                index: {
                    description: 'The index within the run threadFlowLocations array.',
                    type: 'integer',
                    default: -1,
                    minimum: -1,
                },
                location: { description: 'The code location.', $ref: '#/definitions/location' },
                stack: { description: 'The call stack leading to this location.', $ref: '#/definitions/stack' },
                kinds: {
                    description: "A set of distinct strings that categorize the thread flow location. Well-known kinds include 'acquire', 'release', 'enter', 'exit', 'call', 'return', 'branch', 'implicit', 'false', 'true', 'caution', 'danger', 'unknown', 'unreachable', 'taint', 'function', 'handler', 'lock', 'memory', 'resource', 'scope' and 'value'.",
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { type: 'string' },
                },
                taxa: {
                    description: 'An array of references to rule or taxonomy reporting descriptors that are applicable to the thread flow location.',
                    type: 'array',
                    default: [],
                    minItems: 0,
                    uniqueItems: true,
                    items: { $ref: '#/definitions/reportingDescriptorReference' },
                },
                module: { description: 'The name of the module that contains the code that is executing.', type: 'string' },
                state: {
                    description: "A dictionary, each of whose keys specifies a variable or expression, the associated value of which represents the variable or expression value. For an annotation of kind 'continuation', for example, this dictionary might hold the current assumed values of a set of global variables.",
                    type: 'object',
                    additionalProperties: { $ref: '#/definitions/multiformatMessageString' },
                },
                nestingLevel: {
                    description: 'An integer representing a containment hierarchy within the thread flow.',
                    type: 'integer',
                    minimum: 0,
                },
                executionOrder: {
                    description: 'An integer representing the temporal order in which execution reached this location.',
                    type: 'integer',
                    default: -1,
                    minimum: -1,
                },
                executionTimeUtc: {
                    description: 'The Coordinated Universal Time (UTC) date and time at which this location was executed.',
                    type: 'string',
                    format: 'date-time',
                },
                importance: {
                    description: 'Specifies the importance of this location in understanding the code flow in which it occurs. The order from most to least important is "essential", "important", "unimportant". Default: "important".',
                    enum: ['important', 'essential', 'unimportant'],
                    default: 'important',
                    type: 'string',
                },
                webRequest: {
                    description: 'A web request associated with this thread flow location.',
                    $ref: '#/definitions/webRequest',
                },
                webResponse: {
                    description: 'A web response associated with this thread flow location.',
                    $ref: '#/definitions/webResponse',
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the threadflow location.',
                    $ref: '#/definitions/propertyBag',
                },
            },
        },
        tool: {
            description: 'The analysis tool that was run.',
            additionalProperties: false,
            type: 'object',
            properties: {
                driver: { description: 'The analysis tool that was run.', $ref: '#/definitions/toolComponent' },
                extensions: {
                    description: 'Tool extensions that contributed to or reconfigured the analysis tool that was run.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/toolComponent' },
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the tool.',
                    $ref: '#/definitions/propertyBag',
                },
            },
            required: ['driver'],
        },
        toolComponent: {
            description: 'A component, such as a plug-in or the driver, of the analysis tool that was run.',
            additionalProperties: false,
            type: 'object',
            properties: {
                guid: {
                    description: 'A unique identifier for the tool component in the form of a GUID.',
                    type: 'string',
                    pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$',
                },
                name: { description: 'The name of the tool component.', type: 'string' },
                organization: { description: 'The organization or company that produced the tool component.', type: 'string' },
                product: { description: 'A product suite to which the tool component belongs.', type: 'string' },
                productSuite: {
                    description: 'A localizable string containing the name of the suite of products to which the tool component belongs.',
                    type: 'string',
                },
                shortDescription: {
                    description: 'A brief description of the tool component.',
                    $ref: '#/definitions/multiformatMessageString',
                },
                fullDescription: {
                    description: 'A comprehensive description of the tool component.',
                    $ref: '#/definitions/multiformatMessageString',
                },
                fullName: {
                    description: 'The name of the tool component along with its version and any other useful identifying information, such as its locale.',
                    type: 'string',
                },
                version: {
                    description: 'The tool component version, in whatever format the component natively provides.',
                    type: 'string',
                },
                semanticVersion: {
                    description: 'The tool component version in the format specified by Semantic Versioning 2.0.',
                    type: 'string',
                },
                dottedQuadFileVersion: {
                    description: "The binary version of the tool component's primary executable file expressed as four non-negative integers separated by a period (for operating systems that express file versions in this way).",
                    type: 'string',
                    pattern: '[0-9]+(\\.[0-9]+){3}',
                },
                releaseDateUtc: {
                    description: "A string specifying the UTC date (and optionally, the time) of the component's release.",
                    type: 'string',
                },
                downloadUri: {
                    description: 'The absolute URI from which the tool component can be downloaded.',
                    type: 'string',
                    format: 'uri',
                },
                informationUri: {
                    description: 'The absolute URI at which information about this version of the tool component can be found.',
                    type: 'string',
                    format: 'uri',
                },
                globalMessageStrings: {
                    description: 'A dictionary, each of whose keys is a resource identifier and each of whose values is a multiformatMessageString object, which holds message strings in plain text and (optionally) Markdown format. The strings can include placeholders, which can be used to construct a message in combination with an arbitrary number of additional string arguments.',
                    type: 'object',
                    additionalProperties: { $ref: '#/definitions/multiformatMessageString' },
                },
                notifications: {
                    description: 'An array of reportingDescriptor objects relevant to the notifications related to the configuration and runtime execution of the tool component.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/reportingDescriptor' },
                },
                rules: {
                    description: 'An array of reportingDescriptor objects relevant to the analysis performed by the tool component.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/reportingDescriptor' },
                },
                taxa: {
                    description: 'An array of reportingDescriptor objects relevant to the definitions of both standalone and tool-defined taxonomies.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/reportingDescriptor' },
                },
                locations: {
                    description: 'An array of the artifactLocation objects associated with the tool component.',
                    type: 'array',
                    minItems: 0,
                    default: [],
                    items: { $ref: '#/definitions/artifactLocation' },
                },
                language: {
                    description: 'The language of the messages emitted into the log file during this run (expressed as an ISO 639-1 two-letter lowercase language code) and an optional region (expressed as an ISO 3166-1 two-letter uppercase subculture code associated with a country or region). The casing is recommended but not required (in order for this data to conform to RFC5646).',
                    type: 'string',
                    default: 'en-US',
                    pattern: '^[a-zA-Z]{2}(-[a-zA-Z]{2})?$',
                },
                contents: {
                    description: 'The kinds of data contained in this object.',
                    type: 'array',
                    uniqueItems: true,
                    default: ['localizedData', 'nonLocalizedData'],
                    items: { enum: ['localizedData', 'nonLocalizedData'], type: 'string' },
                },
                isComprehensive: {
                    description: 'Specifies whether this object contains a complete definition of the localizable and/or non-localizable data for this component, as opposed to including only data that is relevant to the results persisted to this log file.',
                    type: 'boolean',
                    default: false,
                },
                localizedDataSemanticVersion: {
                    description: 'The semantic version of the localized strings defined in this component; maintained by components that provide translations.',
                    type: 'string',
                },
                minimumRequiredLocalizedDataSemanticVersion: {
                    description: 'The minimum value of localizedDataSemanticVersion required in translations consumed by this component; used by components that consume translations.',
                    type: 'string',
                },
                associatedComponent: {
                    description: "The component which is strongly associated with this component. For a translation, this refers to the component which has been translated. For an extension, this is the driver that provides the extension's plugin model.",
                    $ref: '#/definitions/toolComponentReference',
                },
                translationMetadata: {
                    description: 'Translation metadata, required for a translation, not populated by other component types.',
                    $ref: '#/definitions/translationMetadata',
                },
                supportedTaxonomies: {
                    description: 'An array of toolComponentReference objects to declare the taxonomies supported by the tool component.',
                    type: 'array',
                    minItems: 0,
                    uniqueItems: true,
                    default: [],
                    items: { $ref: '#/definitions/toolComponentReference' },
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the tool component.',
                    $ref: '#/definitions/propertyBag',
                },
            },
            required: ['name'],
        },
        toolComponentReference: {
            description: 'Identifies a particular toolComponent object, either the driver or an extension.',
            type: 'object',
            additionalProperties: false,
            properties: {
                name: { description: "The 'name' property of the referenced toolComponent.", type: 'string' },
                index: {
                    description: 'An index into the referenced toolComponent in tool.extensions.',
                    type: 'integer',
                    default: -1,
                    minimum: -1,
                },
                guid: {
                    description: "The 'guid' property of the referenced toolComponent.",
                    type: 'string',
                    pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$',
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the toolComponentReference.',
                    $ref: '#/definitions/propertyBag',
                },
            },
        },
        translationMetadata: {
            description: 'Provides additional metadata related to translation.',
            type: 'object',
            additionalProperties: false,
            properties: {
                name: { description: 'The name associated with the translation metadata.', type: 'string' },
                fullName: { description: 'The full name associated with the translation metadata.', type: 'string' },
                shortDescription: {
                    description: 'A brief description of the translation metadata.',
                    $ref: '#/definitions/multiformatMessageString',
                },
                fullDescription: {
                    description: 'A comprehensive description of the translation metadata.',
                    $ref: '#/definitions/multiformatMessageString',
                },
                downloadUri: {
                    description: 'The absolute URI from which the translation metadata can be downloaded.',
                    type: 'string',
                    format: 'uri',
                },
                informationUri: {
                    description: 'The absolute URI from which information related to the translation metadata can be downloaded.',
                    type: 'string',
                    format: 'uri',
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the translation metadata.',
                    $ref: '#/definitions/propertyBag',
                },
            },
            required: ['name'],
        },
        versionControlDetails: {
            description: 'Specifies the information necessary to retrieve a desired revision from a version control system.',
            type: 'object',
            additionalProperties: false,
            properties: {
                repositoryUri: { description: 'The absolute URI of the repository.', type: 'string', format: 'uri' },
                revisionId: {
                    description: 'A string that uniquely and permanently identifies the revision within the repository.',
                    type: 'string',
                },
                branch: { description: 'The name of a branch containing the revision.', type: 'string' },
                revisionTag: { description: 'A tag that has been applied to the revision.', type: 'string' },
                asOfTimeUtc: {
                    description: 'A Coordinated Universal Time (UTC) date and time that can be used to synchronize an enlistment to the state of the repository at that time.',
                    type: 'string',
                    format: 'date-time',
                },
                mappedTo: {
                    description: 'The location in the local file system to which the root of the repository was mapped at the time of the analysis.',
                    $ref: '#/definitions/artifactLocation',
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the version control details.',
                    $ref: '#/definitions/propertyBag',
                },
            },
            required: ['repositoryUri'],
        },
        webRequest: {
            description: 'Describes an HTTP request.',
            type: 'object',
            additionalProperties: false,
            properties: {
                index: {
                    description: 'The index within the run.webRequests array of the request object associated with this result.',
                    type: 'integer',
                    default: -1,
                    minimum: -1,
                },
                protocol: { description: "The request protocol. Example: 'http'.", type: 'string' },
                version: { description: "The request version. Example: '1.1'.", type: 'string' },
                target: { description: 'The target of the request.', type: 'string' },
                method: {
                    description: "The HTTP method. Well-known values are 'GET', 'PUT', 'POST', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'TRACE', 'CONNECT'.",
                    type: 'string',
                },
                headers: { description: 'The request headers.', type: 'object', additionalProperties: { type: 'string' } },
                parameters: {
                    description: 'The request parameters.',
                    type: 'object',
                    additionalProperties: { type: 'string' },
                },
                body: { description: 'The body of the request.', $ref: '#/definitions/artifactContent' },
                properties: {
                    description: 'Key/value pairs that provide additional information about the request.',
                    $ref: '#/definitions/propertyBag',
                },
            },
        },
        webResponse: {
            description: 'Describes the response to an HTTP request.',
            type: 'object',
            additionalProperties: false,
            properties: {
                index: {
                    description: 'The index within the run.webResponses array of the response object associated with this result.',
                    type: 'integer',
                    default: -1,
                    minimum: -1,
                },
                protocol: { description: "The response protocol. Example: 'http'.", type: 'string' },
                version: { description: "The response version. Example: '1.1'.", type: 'string' },
                statusCode: { description: 'The response status code. Example: 451.', type: 'integer' },
                reasonPhrase: { description: "The response reason. Example: 'Not found'.", type: 'string' },
                headers: { description: 'The response headers.', type: 'object', additionalProperties: { type: 'string' } },
                body: { description: 'The body of the response.', $ref: '#/definitions/artifactContent' },
                noResponseReceived: {
                    description: 'Specifies whether a response was received from the server.',
                    type: 'boolean',
                    default: false,
                },
                properties: {
                    description: 'Key/value pairs that provide additional information about the response.',
                    $ref: '#/definitions/propertyBag',
                },
            },
        },
    },
};

;// CONCATENATED MODULE: ./src/stages/security/parsers/sarif-validate.ts


const Ajv = (ajv_default())["default"] ?? (ajv_default());
let validator;
/**
 * Checks a log against the OASIS SARIF 2.1.0 schema, compiled once per process. The schema is draft-04: its `id`
 * becomes `$id` for Ajv 8; formats (uri, date-time) are not checked, only the shape the gate relies on.
 * Returns the first problem as "<JSON pointer> <message>", or undefined when the log matches.
 */
function sarifShapeProblem(data) {
    if (!validator) {
        const { $schema: _draft, id, ...rest } = SARIF_SCHEMA;
        const ajv = new Ajv({
            strict: false,
            validateFormats: false,
            allErrors: false,
        });
        validator = ajv.compile({ ...rest, $id: id });
    }
    if (validator(data))
        return undefined;
    const error = validator.errors?.[0];
    // The pointer and Ajv's message name the place and the expected shape, never the report's own text.
    return error ? `${error.instancePath || '/'} ${error.message ?? 'is invalid'}` : 'does not match the schema';
}

;// CONCATENATED MODULE: ./src/stages/security/parsers/sarif.ts



function isSarif(data) {
    return isObject(data) && Array.isArray(data.runs) && (data.version === '2.1.0' || typeof data.$schema === 'string');
}
/** A driver's name as a source id: `Trivy` → `trivy`, `CodeQL command-line toolchain` → `codeql`. */
function sourceName(driver) {
    if (/codeql/i.test(driver))
        return 'codeql';
    return driver.trim().toLowerCase().replace(/\s+/g, '-') || 'sarif';
}
const LEVEL = { error: 'high', warning: 'medium', note: 'low' };
/**
 * Any SARIF 2.1.0 log (trivy, grype, gitleaks, CodeQL, semgrep, …). Severity: `security-severity` (result, then
 * rule) by GitHub's bands; else the level (result, then the rule's default, else `warning`): error → high,
 * warning → medium, note → low. gitleaks gives neither and is rated high like its JSON. Results with
 * `kind` other than `fail`, or level `none`, are not findings; results with an accepted suppression are suppressed.
 */
function parseSarif(data, context) {
    if (!isSarif(data))
        throw new ReportError('not a SARIF 2.1.0 log (no "runs")');
    // A log of the wrong shape (`"results": "x"`) would otherwise yield no findings and pass the gate.
    const problem = sarifShapeProblem(data);
    if (problem)
        throw new ReportError(`not a valid SARIF 2.1.0 log: ${problem}`);
    const result = { findings: [], suppressed: [] };
    for (const run of asArray(data.runs)) {
        if (!isObject(run))
            continue;
        const driver = isObject(run.tool?.driver) ? run.tool.driver : {};
        const source = sourceName(str(driver.name) ?? 'sarif');
        const rules = asArray(driver.rules).filter(isObject);
        const byId = new Map(rules.map((rule) => [String(rule.id), rule]));
        for (const item of asArray(run.results)) {
            if (!isObject(item))
                continue;
            if (item.kind && item.kind !== 'fail')
                continue;
            const ruleId = str(item.ruleId) ?? str(item.rule?.id) ?? 'result';
            const index = num(item.ruleIndex) ?? num(item.rule?.index);
            const rule = (index !== undefined ? rules[index] : undefined) ?? byId.get(ruleId) ?? {};
            const level = str(item.level) ?? str(rule.defaultConfiguration?.level) ?? 'warning';
            if (level === 'none')
                continue;
            const tags = [...asArray(rule.properties?.tags), ...asArray(item.properties?.tags)].map((tag) => String(tag).toLowerCase());
            const category = source === 'gitleaks' || tags.includes('secret')
                ? 'secret'
                : tags.includes('vulnerability')
                    ? 'vulnerability'
                    : tags.includes('misconfiguration')
                        ? 'misconfiguration'
                        : 'code';
            const score = num(item.properties?.['security-severity']) ?? num(rule.properties?.['security-severity']);
            const severity = score !== undefined ? (0,types/* severityFromScore */.qI)(score) : category === 'secret' ? 'high' : (LEVEL[level] ?? 'unknown');
            const location = asArray(item.locations)[0]?.physicalLocation;
            const path = normalizePath(str(location?.artifactLocation?.uri), context.root);
            const line = num(location?.region?.startLine);
            const message = str(item.message?.text) ?? str(rule.shortDescription?.text) ?? ruleId;
            const fingerprints = {
                ...(isObject(item.partialFingerprints) ? item.partialFingerprints : {}),
                ...(isObject(item.fingerprints) ? item.fingerprints : {}),
            };
            // Only location-like fingerprints identify a result; gitleaks puts commit metadata there.
            const known = Object.entries(fingerprints)
                .filter(([key, value]) => /hash|fingerprint|v\d/i.test(key) && typeof value === 'string' && value)
                .map(([key, value]) => `${key}=${value}`)
                .sort()
                .join(';');
            const finding = (0,types/* makeFinding */.MH)({
                source,
                category,
                id: ruleId,
                title: message.split('\n')[0].slice(0, 300),
                severity,
                ...(score !== undefined ? { score } : {}),
                ...(path ? { path } : { target: context.reportPath }),
                ...(line ? { line } : {}),
                ...(str(rule.helpUri) ? { url: rule.helpUri } : {}),
                fingerprint: (0,types/* hashParts */.jx)(source, ruleId, path, known || `${line ?? ''}\u0000${message}`),
            });
            const suppressions = asArray(item.suppressions).filter(isObject);
            const accepted = suppressions.find((suppression) => !suppression.status || suppression.status === 'accepted');
            if (accepted)
                result.suppressed.push({
                    finding,
                    reason: `suppressed (${str(accepted.kind) ?? 'external'})${str(accepted.justification) ? `: ${accepted.justification}` : ''}`,
                });
            else
                result.findings.push(finding);
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./src/stages/security/parsers/semgrep.ts


/**
 * `semgrep --json`: `results[]` with `extra.severity` in either vocabulary (ERROR/WARNING/INFO or
 * CRITICAL/HIGH/MEDIUM/LOW). Results semgrep marked ignored (`nosemgrep`) are suppressed.
 */
function parseSemgrep(data, context) {
    if (!isObject(data) || !Array.isArray(data.results))
        throw new ReportError('not a semgrep JSON report (no "results")');
    const result = { findings: [], suppressed: [] };
    for (const item of data.results) {
        if (!isObject(item))
            continue;
        const extra = isObject(item.extra) ? item.extra : {};
        const id = str(item.check_id) ?? 'semgrep';
        const path = normalizePath(str(item.path), context.root);
        const line = num(item.start?.line);
        const cwe = asArray(extra.metadata?.cwe).map(String);
        const finding = (0,types/* makeFinding */.MH)({
            source: 'semgrep',
            category: 'code',
            id,
            aliases: cwe.map((text) => /^(CWE-\d+)/.exec(text)?.[1]).filter((alias) => Boolean(alias)),
            title: str(extra.message)?.split('\n')[0]?.slice(0, 300) ?? id,
            severity: (0,types/* severityFromWord */.GX)(extra.severity),
            ...(path ? { path } : {}),
            ...(line ? { line } : {}),
            ...(str(extra.metadata?.source) ? { url: extra.metadata.source } : {}),
        });
        if (extra.is_ignored === true)
            result.suppressed.push({ finding, reason: 'nosemgrep' });
        else
            result.findings.push(finding);
    }
    return result;
}

;// CONCATENATED MODULE: ./src/stages/security/parsers/trivy.ts


function bestScore(cvss) {
    if (!isObject(cvss))
        return undefined;
    const scores = Object.values(cvss)
        .map((entry) => num(entry?.V3Score))
        .filter((score) => score !== undefined);
    return scores.length ? Math.max(...scores) : undefined;
}
/** The first sentence of a description, at most 160 characters. */
function firstSentence(text) {
    if (!text)
        return undefined;
    const sentence = /^(.+?[.!?])(?:\s|$)/s.exec(text.trim())?.[1] ?? text.trim();
    return sentence.replace(/\s+/g, ' ').slice(0, 160);
}
function vulnerability(v, target, path) {
    const id = str(v.VulnerabilityID) ?? 'unknown';
    const score = bestScore(v.CVSS);
    return (0,types/* makeFinding */.MH)({
        source: 'trivy',
        category: 'vulnerability',
        id,
        aliases: asArray(v.VendorIDs).filter((alias) => typeof alias === 'string'),
        title: str(v.Title) ?? firstSentence(str(v.Description)) ?? id,
        severity: (0,types/* severityFromWord */.GX)(v.Severity),
        ...(score !== undefined ? { score } : {}),
        package: {
            name: str(v.PkgName) ?? 'unknown',
            ...(str(v.InstalledVersion) ? { version: v.InstalledVersion } : {}),
            ...(str(v.FixedVersion) ? { fixedIn: v.FixedVersion } : {}),
        },
        ...(path ? { path } : { target }),
        ...(str(v.PrimaryURL) ? { url: v.PrimaryURL } : {}),
    });
}
/**
 * `trivy image|fs|repo --format json` (SchemaVersion 2): `Results[]` with `Vulnerabilities`, `Secrets` and
 * `Misconfigurations` (only `Status: FAIL` counts). `ExperimentalModifiedFindings` (VEX, .trivyignore) are
 * reported as suppressed.
 */
function parseTrivy(data, context) {
    if (!isObject(data) || !('Results' in data || 'SchemaVersion' in data))
        throw new ReportError('not a trivy JSON report (no "Results")');
    const findings = [];
    const suppressed = [];
    const image = data.ArtifactType === 'container_image';
    for (const result of asArray(data.Results)) {
        if (!isObject(result))
            continue;
        const target = str(result.Target) ?? str(data.ArtifactName) ?? context.reportPath;
        // OS packages of an image have no file in the repository; lockfiles and source files do.
        const path = image && result.Class === 'os-pkgs' ? undefined : normalizePath(target, context.root);
        for (const v of asArray(result.Vulnerabilities))
            if (isObject(v))
                findings.push(vulnerability(v, target, path));
        for (const s of asArray(result.Secrets)) {
            if (!isObject(s))
                continue;
            const id = str(s.RuleID) ?? 'secret';
            findings.push((0,types/* makeFinding */.MH)({
                source: 'trivy',
                category: 'secret',
                id,
                title: str(s.Title) ?? id,
                severity: (0,types/* severityFromWord */.GX)(s.Severity),
                ...(path ? { path } : { target }),
                ...(num(s.StartLine) ? { line: s.StartLine } : {}),
            }));
        }
        for (const m of asArray(result.Misconfigurations)) {
            if (!isObject(m) || (m.Status && m.Status !== 'FAIL'))
                continue;
            const id = str(m.ID) ?? str(m.AVDID) ?? 'misconfiguration';
            const line = num(m.CauseMetadata?.StartLine);
            findings.push((0,types/* makeFinding */.MH)({
                source: 'trivy',
                category: 'misconfiguration',
                id,
                aliases: str(m.AVDID) && m.AVDID !== id ? [m.AVDID] : [],
                title: str(m.Title) ?? id,
                severity: (0,types/* severityFromWord */.GX)(m.Severity),
                ...(path ? { path } : { target }),
                ...(line ? { line } : {}),
                ...(str(m.PrimaryURL) ? { url: m.PrimaryURL } : {}),
            }));
        }
        for (const modified of asArray(result.ExperimentalModifiedFindings ?? result.ModifiedFindings)) {
            if (!isObject(modified) || !isObject(modified.Finding))
                continue;
            const reason = [
                str(modified.Status),
                str(modified.Statement),
                str(modified.Source) ? `(${modified.Source})` : undefined,
            ]
                .filter(Boolean)
                .join(' ');
            suppressed.push({
                finding: vulnerability(modified.Finding, target, path),
                reason: reason || 'modified by trivy',
            });
        }
    }
    return { findings, suppressed };
}

;// CONCATENATED MODULE: ./src/stages/security/parsers/stream.ts


const CHUNK = 4 * 1024 * 1024;
/** Elements per batch, and bytes per batch: each batch is one JSON.parse of a few megabytes. */
const BATCH_ELEMENTS = 5000;
const BATCH_BYTES = 8 * 1024 * 1024;
/** What may be kept outside the lists; a report whose frame is larger is refused rather than read whole. */
const FRAME_LIMIT = 64 * 1024 * 1024;
/** One finding larger than this is not a finding but an attack. */
const ELEMENT_LIMIT = 64 * 1024 * 1024;
const DEPTH_LIMIT = 1000;
const KEY_LIMIT = 256;
const NO_PATH = ['\u0000'];
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
function matches(path, patterns) {
    return patterns.some((pattern) => pattern.length === path.length &&
        pattern.every((part, i) => (part === '*' ? typeof path[i] === 'number' : part === path[i])));
}
function isSpace(byte) {
    return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}
/** One pass over the file: the frame's text and the batches of every list matching `patterns`. */
function scanReport(file, patterns) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        return scan(fd, patterns);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function scan(fd, patterns) {
    const buffer = Buffer.allocUnsafe(CHUNK);
    const frame = [];
    let frameBytes = 0;
    const lists = [];
    const stack = [];
    let inString = false;
    let escaped = false;
    let key; // bytes of an object key being read
    let keyTooLong = false;
    /** Offset just past the last byte that was not white space (the end of an element). */
    let lastEnd = 0;
    /** Absolute offset of `buffer[0]`. */
    let base = 0;
    /** Frame text starts again here (absolute); -1 while inside a streamed list. */
    let copyFrom = 0;
    let streamedDepth = -1;
    const keepFrame = (from, to) => {
        if (to <= from)
            return;
        frameBytes += to - from;
        if (frameBytes > FRAME_LIMIT)
            throw new ReportError(`more than ${FRAME_LIMIT / 1024 / 1024} MiB outside its lists of findings; this report shape is not read`);
        frame.push(Buffer.from(buffer.subarray(from - base, to - base)));
    };
    const closeElement = (container) => {
        const list = container.list;
        if (container.elementStart < 0)
            return;
        const start = container.elementStart;
        container.elementStart = -1;
        if (lastEnd - start > ELEMENT_LIMIT)
            throw new ReportError(`an element of ${describePath(list.path)} is larger than ${ELEMENT_LIMIT / 1024 / 1024} MiB`);
        const batch = list.batches[list.batches.length - 1];
        if (batch && batch.count < BATCH_ELEMENTS && lastEnd - batch.start <= BATCH_BYTES) {
            batch.end = lastEnd;
            batch.count++;
        }
        else
            list.batches.push({ start, end: lastEnd, count: 1 });
    };
    let first = true;
    for (;;) {
        const read = (0,external_node_fs_.readSync)(fd, buffer, 0, CHUNK, base);
        if (read === 0)
            break;
        let i = 0;
        if (first) {
            first = false;
            // A byte order mark is not part of the JSON text.
            if (read >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
                i = 3;
                copyFrom = 3;
            }
        }
        // Positions of the next quote and backslash in this piece (`read` when there is none), found with indexOf:
        // most of a report is string content, skipped here in one call instead of byte by byte.
        let nextQuote = -1;
        let nextBackslash = -1;
        const find = (byte, from) => {
            const found = buffer.indexOf(byte, from);
            return found < 0 || found >= read ? read : found;
        };
        for (; i < read; i++) {
            if (inString && !key) {
                if (escaped) {
                    escaped = false;
                    continue;
                }
                if (nextBackslash < i)
                    nextBackslash = find(BACKSLASH, i);
                if (nextQuote < i)
                    nextQuote = find(QUOTE, i);
                if (nextBackslash < nextQuote) {
                    // Skip the backslash and the byte it escapes (which may be the first of the next piece).
                    i = nextBackslash;
                    escaped = true;
                    continue;
                }
                if (nextQuote === read) {
                    i = read;
                    break;
                }
                i = nextQuote;
                inString = false;
                lastEnd = base + i + 1;
                continue;
            }
            const byte = buffer[i];
            const at = base + i;
            if (inString) {
                if (key && !keyTooLong) {
                    if (key.length < KEY_LIMIT)
                        key.push(byte);
                    else
                        keyTooLong = true;
                }
                if (escaped)
                    escaped = false;
                else if (byte === BACKSLASH)
                    escaped = true;
                else if (byte === QUOTE) {
                    inString = false;
                    lastEnd = at + 1;
                    if (key) {
                        const top = stack[stack.length - 1];
                        top.key = keyTooLong ? undefined : decodeKey(key);
                        key = undefined;
                    }
                }
                continue;
            }
            if (isSpace(byte))
                continue;
            const top = stack[stack.length - 1];
            // The first byte of an element directly inside a streamed list.
            if (top?.list && top.elementStart < 0 && byte !== COMMA && byte !== 0x5d && byte !== 0x7d)
                top.elementStart = at;
            switch (byte) {
                case QUOTE:
                    inString = true;
                    if (top?.kind === 'object' && top.expectKey) {
                        top.expectKey = false;
                        // Only the keys of shallow objects can name a list.
                        key = streamedDepth < 0 && stack.length <= 8 ? [QUOTE] : undefined;
                        keyTooLong = false;
                    }
                    break;
                case 0x7b: // {
                case 0x5b: {
                    // [
                    if (stack.length >= DEPTH_LIMIT)
                        throw new ReportError(`nested deeper than ${DEPTH_LIMIT} levels`);
                    // Paths matter only above and up to the lists; inside a list (or deeper than any list) none is kept.
                    const path = !top
                        ? []
                        : streamedDepth < 0 && stack.length <= 8
                            ? [...top.path, top.kind === 'array' ? top.index : (top.key ?? '\u0000')]
                            : NO_PATH;
                    const kind = byte === 0x7b ? 'object' : 'array';
                    const container = {
                        kind,
                        path,
                        index: 0,
                        key: undefined,
                        expectKey: kind === 'object',
                        list: undefined,
                        elementStart: -1,
                    };
                    // The top level is a list only when it is an array (gitleaks); an object at the top is the frame.
                    if (streamedDepth < 0 &&
                        stack.length <= 8 &&
                        (path.length > 0 || kind === 'array') &&
                        matches(path, patterns)) {
                        container.list = { path, kind, batches: [] };
                        lists.push(container.list);
                        keepFrame(copyFrom, at + 1);
                        copyFrom = -1;
                        streamedDepth = stack.length;
                    }
                    stack.push(container);
                    break;
                }
                case 0x7d: // }
                case 0x5d: {
                    // ]
                    const closing = stack.pop();
                    if (!closing || closing.kind !== (byte === 0x7d ? 'object' : 'array'))
                        throw new ReportError('not valid JSON');
                    if (closing.list) {
                        closeElement(closing);
                        streamedDepth = -1;
                        copyFrom = at;
                    }
                    break;
                }
                case COMMA:
                    if (top?.list)
                        closeElement(top);
                    if (top?.kind === 'array')
                        top.index++;
                    else if (top)
                        top.expectKey = true;
                    break;
                case COLON:
                    break;
            }
            lastEnd = at + 1;
        }
        // Keep the frame text of this piece before the buffer is reused.
        if (copyFrom >= 0) {
            keepFrame(Math.max(copyFrom, base), base + read);
            copyFrom = base + read;
        }
        base += read;
    }
    if (inString || stack.length)
        throw new ReportError('not valid JSON (it ends too early)');
    let parsed;
    try {
        parsed = JSON.parse(Buffer.concat(frame).toString('utf8'));
    }
    catch {
        throw new ReportError('not valid JSON');
    }
    return { frame: parsed, lists };
}
function decodeKey(bytes) {
    try {
        return JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch {
        return undefined;
    }
}
function describePath(path) {
    return path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`)).join('') || 'the top level';
}
/** Reads one batch back and parses it: an array of elements, or an object of members. */
function readBatch(file, list, batch) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const bytes = Buffer.allocUnsafe(batch.end - batch.start);
        let done = 0;
        while (done < bytes.length) {
            const read = (0,external_node_fs_.readSync)(fd, bytes, done, bytes.length - done, batch.start + done);
            if (read === 0)
                throw new ReportError('changed while it was read');
            done += read;
        }
        const text = bytes.toString('utf8');
        return JSON.parse(list.kind === 'array' ? `[${text}]` : `{${text}}`);
    }
    catch (error) {
        if (error instanceof ReportError)
            throw error;
        throw new ReportError(`not valid JSON (in ${describePath(list.path)})`);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * Puts `value` at `path` inside `root` (the path exists: it was read from this document) and returns the document:
 * `value` itself when the list is the top level.
 */
function withList(root, path, value) {
    if (path.length === 0)
        return value;
    let node = root;
    for (const part of path.slice(0, -1))
        node = node[part];
    node[path[path.length - 1]] = value;
    return root;
}

;// CONCATENATED MODULE: ./src/stages/security/parsers/index.ts













/** The `tool` part of a `tool:path` report argument. `auto` (or no tool) recognises the format from the content. */
const REPORT_TOOLS = [
    'npm-audit',
    'pnpm-audit',
    'osv-scanner',
    'pip-audit',
    'trivy',
    'grype',
    'gitleaks',
    'semgrep',
    'codeql',
    'sarif',
    'auto',
];
/** `trivy:reports/trivy.json` → {tool, path}; a bare path means `auto`. */
function parseReportSpec(text) {
    const value = text.trim();
    const colon = value.indexOf(':');
    const tool = colon > 0 ? value.slice(0, colon) : '';
    if (tool && REPORT_TOOLS.includes(tool))
        return { tool: tool, path: value.slice(colon + 1).trim() };
    if (/^[a-z][a-z0-9-]*$/.test(tool) && tool.length > 1) {
        throw new errors/* UsageError */.eb(`unknown scanner "${tool}" in "${value}": use one of ${REPORT_TOOLS.join(', ')} (tool:path)`);
    }
    return { tool: 'auto', path: value };
}
function detect(data) {
    if (isSarif(data))
        return 'sarif';
    if (Array.isArray(data))
        return 'gitleaks';
    if (isObject(data)) {
        if ('SchemaVersion' in data && 'Results' in data)
            return 'trivy';
        if (Array.isArray(data.matches))
            return 'grype';
        if (Array.isArray(data.dependencies) &&
            data.dependencies.every((dependency) => isObject(dependency) && ('vulns' in dependency || 'skip_reason' in dependency)))
            return 'pip-audit';
        if (Array.isArray(data.results) && data.results.some((result) => isObject(result) && 'packages' in result))
            return 'osv-scanner';
        if (Array.isArray(data.results))
            return data.results.length === 0 && 'experimental_config' in data ? 'osv-scanner' : 'semgrep';
        if ('auditReportVersion' in data || 'vulnerabilities' in data || 'advisories' in data)
            return 'npm-audit';
    }
    throw new ReportError('format not recognised; name the tool, e.g. trivy:report.json');
}
/** The format a report is read as: SARIF content is read as SARIF whatever tool was named. */
function reportFormat(tool, data) {
    return tool === 'auto' || isSarif(data) ? detect(data) : tool === 'codeql' ? 'sarif' : tool;
}
function parseAs(format, tool, data, context) {
    switch (format) {
        case 'sarif':
            return parseSarif(data, context);
        case 'npm-audit':
            return parseNpmAudit(data, context, tool === 'pnpm-audit' ? 'pnpm-audit' : 'npm-audit');
        case 'pnpm-audit':
            return parseNpmAudit(data, context, 'pnpm-audit');
        case 'osv-scanner':
            return parseOsvScanner(data, context);
        case 'pip-audit':
            return parsePipAudit(data, context);
        case 'trivy':
            return parseTrivy(data, context);
        case 'grype':
            return parseGrype(data, context);
        case 'gitleaks':
            return parseGitleaks(data, context);
        case 'semgrep':
            return parseSemgrep(data, context);
    }
}
/** Parses one report's JSON. SARIF content is read as SARIF whatever tool was named. */
function parseReport(tool, data, context) {
    return parseAs(reportFormat(tool, data), tool, data, context);
}
/** Reports larger than this are read in a stream of batches (see stream.ts); smaller ones with one JSON.parse. */
const STREAM_ABOVE_BYTES = 1024 * 1024;
/** Where each format keeps its findings: the lists a large report is read from in batches. */
const SARIF_LISTS = [['runs', '*', 'results']];
const TRIVY_LISTS = [
    'Vulnerabilities',
    'Secrets',
    'Misconfigurations',
    'ExperimentalModifiedFindings',
    'ModifiedFindings',
].map((list) => ['Results', '*', list]);
const NPM_LISTS = [['vulnerabilities'], ['advisories']];
const LISTS = {
    sarif: SARIF_LISTS,
    codeql: SARIF_LISTS,
    trivy: TRIVY_LISTS,
    grype: [['matches'], ['ignoredMatches']],
    gitleaks: [[]],
    'npm-audit': NPM_LISTS,
    'pnpm-audit': NPM_LISTS,
    'osv-scanner': [['results', '*', 'packages']],
    'pip-audit': [['dependencies']],
    semgrep: [['results']],
};
const ALL_LISTS = [
    ...new Set(Object.values(LISTS)
        .flat()
        .map((pattern) => pattern.join('\u0000'))),
].map((key) => (key ? key.split('\u0000') : []));
/**
 * A large report, batch by batch: the format is recognised on the frame with the first element of each list in
 * place, each batch is parsed in the frame in place of its list, and the findings are gathered. Findings outside
 * the lists (none in the known formats) are taken once.
 */
function readLargeReport(tool, file, context) {
    const { frame, lists } = scanReport(file, tool === 'auto'
        ? ALL_LISTS
        : tool === 'sarif' || tool === 'codeql'
            ? LISTS[tool]
            : [...LISTS[tool], ...SARIF_LISTS]);
    let sample = structuredClone(frame);
    for (const list of lists) {
        const first = list.batches[0];
        if (!first)
            continue;
        const items = readBatch(file, list, first);
        const head = Array.isArray(items) ? items.slice(0, 1) : Object.fromEntries(Object.entries(items).slice(0, 1));
        sample = withList(sample, list.path, head);
    }
    const format = reportFormat(tool, sample);
    const outside = parseAs(format, tool, frame, context);
    const taken = new Set(outside.findings.map((finding) => finding.fingerprint));
    const findings = [...outside.findings];
    const suppressed = [...outside.suppressed];
    let document = frame;
    for (const list of lists) {
        for (const batch of list.batches) {
            document = withList(document, list.path, readBatch(file, list, batch));
            const part = parseAs(format, tool, document, context);
            for (const finding of part.findings)
                if (!taken.has(finding.fingerprint))
                    findings.push(finding);
            for (const item of part.suppressed)
                if (!taken.has(item.finding.fingerprint))
                    suppressed.push(item);
        }
        document = withList(document, list.path, list.kind === 'array' ? [] : {});
    }
    return { findings: format === 'grype' ? mergeRelated(findings) : findings, suppressed };
}
/** Reads and parses a report file; every problem becomes a UsageError that names the file. */
function readReport(spec, root) {
    const absolute = (0,external_node_path_.resolve)(root, spec.path);
    const reportPath = (0,external_node_path_.relative)(root, absolute).split(external_node_path_.sep).join('/');
    const context = { root, reportPath };
    const cannotRead = (error) => new errors/* UsageError */.eb(`scanner report ${reportPath}: cannot read it (${error.code ?? String(error)})`);
    let size;
    try {
        size = (0,external_node_fs_.statSync)(absolute).size;
    }
    catch (error) {
        throw cannotRead(error);
    }
    try {
        let result;
        if (size > STREAM_ABOVE_BYTES) {
            try {
                result = readLargeReport(spec.tool, absolute, context);
            }
            catch (error) {
                if (error instanceof ReportError || error instanceof errors/* UsageError */.eb)
                    throw error;
                throw cannotRead(error);
            }
        }
        else {
            let text;
            try {
                text = (0,external_node_fs_.readFileSync)(absolute, 'utf8');
            }
            catch (error) {
                throw cannotRead(error);
            }
            let data;
            try {
                data = JSON.parse(text.replace(/^\uFEFF/, ''));
            }
            catch {
                // JSON.parse quotes the text around the error: a path given as input never has its content echoed.
                throw new errors/* UsageError */.eb(`scanner report ${reportPath}: not valid JSON`);
            }
            result = parseReport(spec.tool, data, context);
        }
        for (const finding of result.findings)
            finding.report = reportPath;
        for (const item of result.suppressed)
            item.finding.report = reportPath;
        return result;
    }
    catch (error) {
        if (error instanceof ReportError && error.message.startsWith('not valid JSON'))
            throw new errors/* UsageError */.eb(`scanner report ${reportPath}: ${error.message}`);
        if (error instanceof ReportError)
            throw new errors/* UsageError */.eb(`scanner report ${reportPath} (${spec.tool}): ${error.message}`);
        throw error;
    }
}


// EXTERNAL MODULE: ./src/runner/check.ts + 1 modules
var runner_check = __webpack_require__(5172);
// EXTERNAL MODULE: ./src/stages/security/config.ts
var security_config = __webpack_require__(9230);
// EXTERNAL MODULE: ./src/stages/security/gate.ts
var gate = __webpack_require__(6811);
// EXTERNAL MODULE: ./src/stages/security/sarif-out.ts
var sarif_out = __webpack_require__(5862);
// EXTERNAL MODULE: ./src/stages/security/secrets.ts
var secrets = __webpack_require__(9343);
;// CONCATENATED MODULE: ./src/stages/security/run.ts









/** The security stage: every source merged into one gate, one SARIF and one summary. Platform-free. */
async function runSecurityGate(options) {
    const config = (0,security_config/* loadSecurityConfig */.bD)(options.root, options.configPath);
    if (options.failOn)
        config.failOn = options.failOn;
    const results = [];
    const inputs = [];
    const notices = [];
    const add = (name, result) => {
        results.push(result);
        inputs.push({ name, findings: result.findings.length, suppressed: result.suppressed.length });
    };
    if (options.check !== false) {
        const check = await (0,runner_check/* runCheck */.k)({ root: options.root });
        notices.push(...check.notices);
        add('shipshape check', { findings: (0,gate/* fromCheckFindings */.L7)(check.findings, check.registry), suppressed: [] });
    }
    if (options.secrets !== false) {
        const scan = (0,secrets/* scanSecrets */.LV)({
            root: options.root,
            ignore: config.secrets.ignore,
            minEntropy: config.secrets.minEntropy,
        });
        notices.push(...scan.notices);
        add('secrets scan', { findings: scan.findings, suppressed: [] });
    }
    for (const report of options.reports)
        add(`${report.tool}:${report.path}`, readReport(report, options.root));
    if (options.pathPrefix) {
        const prefix = options.pathPrefix.replace(/\/+$/, '');
        for (const result of results) {
            for (const finding of [...result.findings, ...result.suppressed.map((item) => item.finding)]) {
                if (finding.path)
                    finding.path = `${prefix}/${finding.path}`;
                if (finding.report)
                    finding.report = `${prefix}/${finding.report}`;
            }
        }
    }
    const result = (0,gate/* runGate */.Rg)(results, config, options.now);
    const sarif = (0,sarif_out/* formatSecuritySarif */.vx)(result);
    if (options.sarifFile) {
        try {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(options.sarifFile), { recursive: true });
            (0,external_node_fs_.writeFileSync)(options.sarifFile, sarif);
        }
        catch (error) {
            throw new errors/* UsageError */.eb(`cannot write the SARIF file ${options.sarifFile}: ${(0,errors/* describeError */.Uc)(error)}`);
        }
    }
    return { result, config, inputs, notices, sarif, text: (0,gate/* formatGateText */.a7)(result), markdown: (0,gate/* formatGateMarkdown */.kZ)(result) };
}
/** The stage outputs (GitHub step outputs, GitLab dotenv). */
function gateOutputs(result, sarifFile) {
    return {
        blocked: String(result.blocked),
        total: String(result.findings.length),
        blocking: String(result.blocking.length),
        critical: String(result.counts.critical),
        high: String(result.counts.high),
        medium: String(result.counts.medium),
        low: String(result.counts.low),
        unknown: String(result.counts.unknown),
        allowed: String(result.allowed.length),
        'sarif-file': sarifFile ?? '',
    };
}

// EXTERNAL MODULE: ./src/pipeline/spec.ts + 1 modules
var spec = __webpack_require__(8765);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/spec-options.ts
var spec_options = __webpack_require__(2812);
;// CONCATENATED MODULE: ./src/cli/commands/security-gate.ts









function checkFailOn(command, value) {
    // Empty (a pipeline input left at its default) means the same as absent: the config decides.
    if (value === undefined || value === '')
        return undefined;
    if (!types/* FAIL_ON_VALUES */.Qm.includes(value))
        throw new errors/* UsageError */.eb(`${command}: --fail-on must be one of ${types/* FAIL_ON_VALUES */.Qm.join(', ')}, not "${value}"`);
    return value;
}
/** Where a stage command writes its step outputs and dotenv report: checked like every other path it writes. */
function outputTargets(values, scope, env) {
    // $GITHUB_OUTPUT is the runner's own file (under RUNNER_TEMP); a flag is an input like any other.
    const githubOutput = values['github-output']
        ? (0,paths/* resolveWritePath */.bX)('--github-output', values['github-output'], scope)
        : env.GITHUB_OUTPUT || undefined;
    return {
        ...(githubOutput ? { githubOutput } : {}),
        ...(values.dotenv ? { dotenv: (0,paths/* resolveWritePath */.bX)('--dotenv', values.dotenv, scope) } : {}),
    };
}
/** The security action's gate inputs as flags; the old `--fail-on` and `--no-secrets` stay as aliases. */
const GATE_FLAGS = {
    inputs: spec/* SECURITY_ACTION_INPUTS */.aZ.filter((input) => ['severity-threshold', 'check', 'secrets-scan'].includes(input.name)),
    aliases: [
        { flag: 'fail-on', input: 'severity-threshold' },
        { flag: 'no-secrets', input: 'secrets-scan', value: false },
    ],
};
/**
 * What `JSON.stringify(value, null, 2)` prints, written in pieces: a report of a million findings would be one
 * string longer than V8 allows ("Invalid string length").
 */
function writePrettyJson(write, value) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    const PIECE = 1000;
    write('{\n');
    entries.forEach(([key, item], k) => {
        const tail = k < entries.length - 1 ? ',\n' : '\n';
        if (!Array.isArray(item) || item.length === 0) {
            write(`  ${JSON.stringify(key)}: ${JSON.stringify(item, null, 2).replace(/\n/g, '\n  ')}${tail}`);
            return;
        }
        write(`  ${JSON.stringify(key)}: [\n`);
        for (let start = 0; start < item.length; start += PIECE) {
            const piece = item
                .slice(start, start + PIECE)
                .map((element) => `    ${(JSON.stringify(element, null, 2) ?? 'null').replace(/\n/g, '\n    ')}`);
            write(`${piece.join(',\n')}${start + PIECE < item.length ? ',' : ''}\n`);
        }
        write(`  ]${tail}`);
    });
    write('}\n');
}
const securityGateCommand = {
    name: 'security-gate',
    summary: 'Merge check findings, a secrets scan and scanner reports (SARIF, trivy, grype, npm audit, …) into one gate and one SARIF.',
    // A getter: the help is rendered from the spec each time, so it always says what the spec says.
    get usage() {
        return `shipshape security-gate [options]

Options:
  --report <tool:path>     a scanner report, repeatable; tool is one of ${REPORT_TOOLS.join(', ')}
                           (auto, or no tool, recognises the format)
  --config <file>          security config: fail-on, unknown-severity, allow-list with expiry dates, secrets
                           (default: .shipshape-security.yml at the root, if any)
  --sarif <file>           write the merged SARIF 2.1.0 log here (for GitHub code scanning)
  --summary <file>         write the Markdown summary here
  --format <text|json>     report on standard output (default text)
  --root <dir>             repository root (default .)
  --dotenv <file>          also write the outputs as a GitLab dotenv report
  --github-output <file>   where to write step outputs (default: $GITHUB_OUTPUT when set)

The security action's inputs (as in actions/security):
${(0,spec_options/* specUsage */.D1)(GATE_FLAGS)}

Exit code 1 when a finding at or above the severity threshold remains after the allow-list.`;
    },
    async run(argv, io) {
        const { values, positionals } = (0,command/* parseCommandArgs */.Q)('security-gate', (0,spec_options/* normalizeBooleanFlags */.zS)('security-gate', GATE_FLAGS, argv), {
            ...(0,spec_options/* specParseOptions */.rh)(GATE_FLAGS),
            report: { type: 'string', multiple: true },
            config: { type: 'string' },
            sarif: { type: 'string' },
            summary: { type: 'string' },
            format: { type: 'string', default: 'text' },
            root: { type: 'string' },
            dotenv: { type: 'string' },
            'github-output': { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        }, false);
        if (values.help) {
            io.stdout(`${this.usage}\n`);
            return 0;
        }
        void positionals;
        if (values.format !== 'text' && values.format !== 'json')
            throw new errors/* UsageError */.eb(`security-gate: --format must be text or json, not "${values.format}"`);
        const scope = (0,paths/* commandScope */.IW)(io.cwd, io.env);
        const root = values.root ? (0,paths/* resolveReadPath */.sT)('--root', values.root, scope, 'directory') : scope.base;
        const sarifFile = values.sarif ? (0,paths/* resolveWritePath */.bX)('--sarif', values.sarif, scope) : undefined;
        const summaryFile = values.summary ? (0,paths/* resolveWritePath */.bX)('--summary', values.summary, scope) : undefined;
        const targets = outputTargets(values, scope, io.env);
        const inputs = (0,spec_options/* readSpecFlags */.L5)('security-gate', GATE_FLAGS, values);
        const failOn = checkFailOn('security-gate', String(inputs['severity-threshold']));
        const run = await runSecurityGate({
            root,
            reports: (values.report ?? []).map((spec) => {
                const parsed = parseReportSpec(spec);
                return { ...parsed, path: (0,paths/* resolveReadPath */.sT)('--report', parsed.path, scope) };
            }),
            ...(values.config ? { configPath: (0,paths/* resolveReadPath */.sT)('--config', values.config, scope) } : {}),
            ...(failOn ? { failOn } : {}),
            check: inputs.check === true,
            secrets: inputs['secrets-scan'] === true,
            ...(sarifFile ? { sarifFile } : {}),
        });
        if (values.format === 'json') {
            writePrettyJson(io.stdout, {
                blocked: run.result.blocked,
                failOn: run.result.failOn,
                counts: run.result.counts,
                bySource: run.result.bySource,
                inputs: run.inputs,
                findings: run.result.findings,
                blocking: run.result.blocking.map((finding) => finding.fingerprint),
                allowed: run.result.allowed,
                suppressed: run.result.suppressed,
                expired: run.result.expired,
            });
        }
        else {
            io.stdout(run.text);
        }
        for (const notice of run.notices)
            io.stderr(`${notice.path}: notice: ${notice.message}\n`);
        if (summaryFile)
            (0,paths/* writeInside */.Mt)('--summary', summaryFile, run.markdown);
        (0,outputs/* writeOutputs */.K)(gateOutputs(run.result, sarifFile), targets);
        return run.result.blocked ? 1 : 0;
    },
};


/***/ }),

/***/ 2812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D1: () => (/* binding */ specUsage),
/* harmony export */   L5: () => (/* binding */ readSpecFlags),
/* harmony export */   rh: () => (/* binding */ specParseOptions),
/* harmony export */   zS: () => (/* binding */ normalizeBooleanFlags)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _pipeline_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5406);


/** The parseArgs option table for the inputs and their aliases. */
function specParseOptions(flags) {
    const options = {};
    for (const input of flags.inputs) {
        if (input.type === 'boolean') {
            options[input.name] = { type: 'boolean' };
            options[`no-${input.name}`] = { type: 'boolean' };
        }
        else {
            options[input.name] = { type: 'string' };
        }
    }
    for (const alias of flags.aliases ?? []) {
        options[alias.flag] =
            alias.value === undefined
                ? { type: 'string', ...(alias.multiple ? { multiple: true } : {}) }
                : { type: 'boolean' };
    }
    return options;
}
/** Rewrites `--<boolean input>=value` into `--<name>` or `--no-<name>` (parseArgs takes no value for a boolean). */
function normalizeBooleanFlags(command, flags, argv) {
    try {
        return rewriteBooleanFlags(flags, argv);
    }
    catch (error) {
        if (!(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb))
            throw error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${command}: ${error.message.replace(/^input "([^"]+)"/, '$1')}`);
    }
}
function rewriteBooleanFlags(flags, argv) {
    const booleans = new Set(flags.inputs.filter((input) => input.type === 'boolean').map((input) => input.name));
    const out = [];
    for (const arg of argv) {
        if (arg === '--') {
            out.push(...argv.slice(argv.indexOf(arg)));
            break;
        }
        const match = /^--([a-z][a-z0-9-]*)=(.*)$/s.exec(arg);
        if (match && booleans.has(match[1])) {
            const name = match[1];
            out.push((0,_pipeline_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBoolean */ .yG)(`--${name}`, match[2]) ? `--${name}` : `--no-${name}`);
        }
        else {
            out.push(arg);
        }
    }
    return out;
}
const envName = (input) => `SHIPSHAPE_${input.toUpperCase().replace(/-/g, '_')}`;
/** The raw text of one input as the flags (or the environment) give it; '' when absent. */
function rawValue(command, flags, input, values, env) {
    const aliases = (flags.aliases ?? []).filter((alias) => alias.input === input.name && values[alias.flag] !== undefined);
    if (input.type === 'boolean') {
        const given = new Map();
        if (values[input.name] === true)
            given.set(`--${input.name}`, true);
        if (values[`no-${input.name}`] === true)
            given.set(`--no-${input.name}`, false);
        for (const alias of aliases)
            if (values[alias.flag] === true)
                given.set(`--${alias.flag}`, alias.value);
        if (new Set(given.values()).size > 1)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${command}: ${[...given.keys()].join(' and ')} contradict each other`);
        if (given.size > 0)
            return String([...given.values()][0]);
    }
    else {
        const parts = [];
        if (typeof values[input.name] === 'string')
            parts.push(values[input.name]);
        for (const alias of aliases) {
            const value = values[alias.flag];
            parts.push(...(Array.isArray(value) ? value.map(String) : [String(value)]));
        }
        if (parts.length > 0)
            return parts.join('\n');
    }
    return flags.env ? (env[envName(input.name)] ?? '') : '';
}
/**
 * Typed values of the inputs from parsed flags: absent or empty means the spec's default; a bad value is a usage
 * error naming the flag.
 */
function readSpecFlags(command, flags, values, env = {}) {
    const raw = new Map(flags.inputs.map((input) => [input.name, rawValue(command, flags, input, values, env)]));
    try {
        return (0,_pipeline_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInputs */ .TL)(flags.inputs, (name) => raw.get(name) ?? '');
    }
    catch (error) {
        if (!(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb))
            throw error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${command}: ${error.message.replace(/^input "([^"]+)"/, '--$1')}`);
    }
}
function placeholder(input) {
    if (input.type === 'choice')
        return ` <${input.options.join('|')}>`;
    if (input.type === 'number')
        return ' <n>';
    return ' <value>';
}
/** Help lines: one per input (its spec description and default) and one per alias. */
function specUsage(flags) {
    const rows = flags.inputs.map((input) => {
        const flag = input.type === 'boolean' ? `--[no-]${input.name}` : `--${input.name}${placeholder(input)}`;
        const def = input.default === undefined
            ? ' [required]'
            : input.default === ''
                ? ''
                : ` [default: ${JSON.stringify(input.default).replace(/^"|"$/g, '')}]`;
        return [flag, `${input.description}${def}`];
    });
    for (const alias of flags.aliases ?? []) {
        const flag = alias.value === undefined ? `--${alias.flag} <value>` : `--${alias.flag}`;
        const target = alias.value === false ? `--no-${alias.input}` : `--${alias.input}`;
        rows.push([flag, `same as ${target}${alias.multiple ? ' (repeatable, one value per line of the input)' : ''}`]);
    }
    const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
    return rows.map(([flag, text]) => `  ${flag.padEnd(width)}${text}`).join('\n');
}


/***/ }),

/***/ 2421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ writeOutputs)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);



const NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/**
 * Writes a stage's outputs where the platform reads them: `$GITHUB_OUTPUT` (heredoc syntax with a random
 * delimiter, so a value can never forge another output) and/or a GitLab dotenv report file.
 */
function writeOutputs(outputs, targets) {
    for (const name of Object.keys(outputs)) {
        if (!NAME.test(name))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`invalid output name "${name}"`);
    }
    if (targets.githubOutput) {
        let text = '';
        for (const [name, value] of Object.entries(outputs)) {
            const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomUUID)()}`;
            text += `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(targets.githubOutput, text);
    }
    if (targets.dotenv) {
        // GitLab dotenv reports are one KEY=value per line; a value with a line break cannot be represented.
        const lines = Object.entries(outputs).map(([name, value]) => {
            if (/[\r\n]/.test(value))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`output "${name}" has a line break and cannot go into a dotenv report`);
            return `${name.toUpperCase().replace(/-/g, '_')}=${value}`;
        });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(targets.dotenv, `${lines.join('\n')}\n`);
    }
}


/***/ }),

/***/ 9230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OY: () => (/* binding */ describeEntry),
/* harmony export */   Yn: () => (/* binding */ entryMatches),
/* harmony export */   _d: () => (/* binding */ isExpired),
/* harmony export */   bD: () => (/* binding */ loadSecurityConfig)
/* harmony export */ });
/* unused harmony exports SECURITY_CONFIG_FILE, defaultSecurityConfig, parseSecurityConfig */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_yaml_graph_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4149);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4307);







const SECURITY_CONFIG_FILE = '.shipshape-security.yml';
function defaultSecurityConfig() {
    return { failOn: 'high', unknownSeverity: 'medium', allow: [], secrets: { ignore: [], minEntropy: 3.5 } };
}
const ENTRY_KEYS = ['id', 'fingerprint', 'source', 'package', 'path', 'reason', 'expires'];
const TOP_KEYS = ['fail-on', 'unknown-severity', 'allow', 'secrets'];
function isRealDate(value) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match)
        return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
/** Parses the security config's YAML text; errors name the file, the line and the entry. */
function parseSecurityConfig(text, file = SECURITY_CONFIG_FILE) {
    // Within the same bounds as the files shipshape checks: no cycle, alias bomb or deep nesting reaches the walk below.
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_2__/* .LineCounter */ .HN();
    const loaded = (0,_core_yaml_graph_js__WEBPACK_IMPORTED_MODULE_4__/* .loadYaml */ .yv)(text, lineCounter);
    if (!loaded.ok)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`not valid YAML: ${loaded.message}`, file, lineCounter.linePos(loaded.offset).line);
    const data = (loaded.data ?? {});
    if (typeof data !== 'object' || Array.isArray(data))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL('expected a mapping at the top', file);
    const config = defaultSecurityConfig();
    for (const key of Object.keys(data)) {
        if (!TOP_KEYS.includes(key))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`unknown key "${key}" (known: ${TOP_KEYS.join(', ')})`, file);
    }
    const failOn = data['fail-on'];
    if (failOn !== undefined) {
        if (!_types_js__WEBPACK_IMPORTED_MODULE_5__/* .FAIL_ON_VALUES */ .Qm.includes(failOn))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`fail-on must be one of ${_types_js__WEBPACK_IMPORTED_MODULE_5__/* .FAIL_ON_VALUES */ .Qm.join(', ')}, not ${JSON.stringify(failOn)}`, file);
        config.failOn = failOn;
    }
    const unknown = data['unknown-severity'];
    if (unknown !== undefined) {
        const allowed = _types_js__WEBPACK_IMPORTED_MODULE_5__/* .SECURITY_SEVERITIES */ .tP.filter((severity) => severity !== 'unknown');
        if (!allowed.includes(unknown))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`unknown-severity must be one of ${allowed.join(', ')}, not ${JSON.stringify(unknown)}`, file);
        config.unknownSeverity = unknown;
    }
    const secrets = data.secrets;
    if (secrets !== undefined) {
        if (typeof secrets !== 'object' || secrets === null || Array.isArray(secrets))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL('secrets must be a mapping', file);
        for (const key of Object.keys(secrets))
            if (!['ignore', 'min-entropy'].includes(key))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`unknown key "secrets.${key}" (known: ignore, min-entropy)`, file);
        if (secrets.ignore !== undefined) {
            if (!Array.isArray(secrets.ignore) || secrets.ignore.some((glob) => typeof glob !== 'string'))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL('secrets.ignore must be a list of globs', file);
            config.secrets.ignore = secrets.ignore;
        }
        if (secrets['min-entropy'] !== undefined) {
            const value = secrets['min-entropy'];
            if (typeof value !== 'number' || value < 0 || value > 8)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL('secrets.min-entropy must be a number from 0 to 8', file);
            config.secrets.minEntropy = value;
        }
    }
    const allow = data.allow;
    if (allow !== undefined && allow !== null) {
        if (!Array.isArray(allow))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL('allow must be a list of entries', file);
        config.allow = allow.map((raw, index) => {
            const where = `allow[${index}]`;
            if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${where} must be a mapping`, file);
            const entry = raw;
            for (const key of Object.keys(entry))
                if (!ENTRY_KEYS.includes(key))
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${where}: unknown key "${key}" (known: ${ENTRY_KEYS.join(', ')})`, file);
            for (const key of ENTRY_KEYS) {
                if (entry[key] !== undefined && typeof entry[key] !== 'string') {
                    // YAML reads an unquoted 2026-12-31 as a date: accept it as the same day.
                    if (key === 'expires' && entry[key] instanceof Date)
                        entry[key] = entry[key].toISOString().slice(0, 10);
                    else
                        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${where}.${key} must be a string`, file);
                }
            }
            if (!entry.id && !entry.fingerprint)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${where}: give an id (advisory or rule id) or a fingerprint`, file);
            if (!entry.reason || !String(entry.reason).trim())
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${where}: give a reason`, file);
            if (!entry.expires)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${where}: give an expiry date (expires: YYYY-MM-DD); allow-list entries cannot be permanent`, file);
            if (!isRealDate(entry.expires))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`${where}.expires must be a date YYYY-MM-DD, not ${JSON.stringify(entry.expires)}`, file);
            return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined));
        });
    }
    return config;
}
/** Loads the given file, or `.shipshape-security.yml` at the root when present, or the defaults. */
function loadSecurityConfig(root, file) {
    const path = file ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, file) : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, SECURITY_CONFIG_FILE);
    if (!file && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        return defaultSecurityConfig();
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`cannot read the security config: ${error.code ?? String(error)}`, file ?? SECURITY_CONFIG_FILE);
    }
    return parseSecurityConfig(text, file ?? SECURITY_CONFIG_FILE);
}
/** True once the entry's last day (UTC) has passed. */
function isExpired(entry, now) {
    return now.toISOString().slice(0, 10) > entry.expires;
}
function entryMatches(entry, finding) {
    if (entry.fingerprint && entry.fingerprint !== finding.fingerprint)
        return false;
    if (entry.id && entry.id !== finding.id && !finding.aliases.includes(entry.id))
        return false;
    if (entry.source && entry.source !== finding.source)
        return false;
    if (entry.package && entry.package !== finding.package?.name)
        return false;
    if (entry.path && !(finding.path && picomatch__WEBPACK_IMPORTED_MODULE_6___default()(entry.path, { dot: true })(finding.path)))
        return false;
    return true;
}
function describeEntry(entry) {
    return [
        entry.id,
        entry.fingerprint && `fingerprint ${entry.fingerprint}`,
        entry.package && `package ${entry.package}`,
        entry.path && `path ${entry.path}`,
        entry.source && `source ${entry.source}`,
    ]
        .filter(Boolean)
        .join(', ');
}


/***/ }),

/***/ 6811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L7: () => (/* binding */ fromCheckFindings),
/* harmony export */   Rg: () => (/* binding */ runGate),
/* harmony export */   a7: () => (/* binding */ formatGateText),
/* harmony export */   kZ: () => (/* binding */ formatGateMarkdown)
/* harmony export */ });
/* unused harmony exports emptyCounts, gatedSeverity, compareSecurityFindings, mdEscape */
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9230);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4307);


function emptyCounts() {
    return { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
}
/** The severity a finding is gated at. */
function gatedSeverity(finding, unknownSeverity) {
    return finding.severity === 'unknown' ? unknownSeverity : finding.severity;
}
function compareSecurityFindings(a, b) {
    return ((0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .severityRank */ .qs)(b.severity) - (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .severityRank */ .qs)(a.severity) ||
        (b.score ?? 0) - (a.score ?? 0) ||
        a.source.localeCompare(b.source) ||
        a.id.localeCompare(b.id) ||
        (a.package?.name ?? '').localeCompare(b.package?.name ?? '') ||
        (a.path ?? '').localeCompare(b.path ?? '') ||
        (a.line ?? 0) - (b.line ?? 0));
}
/**
 * shipshape check findings as security findings: a rule's security-severity score when it has one, else
 * error → high, warning → medium, note → low.
 */
function fromCheckFindings(findings, registry) {
    const word = { error: 'high', warning: 'medium', note: 'low' };
    return findings.map((finding) => {
        const meta = registry?.byId.get(finding.ruleId)?.meta;
        const score = meta?.securitySeverity;
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .makeFinding */ .MH)({
            source: 'shipshape',
            category: meta?.category === 'security' ? 'misconfiguration' : 'code',
            id: finding.ruleId,
            title: finding.message,
            severity: score !== undefined ? (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .severityFromScore */ .qI)(score) : word[finding.severity],
            ...(score !== undefined ? { score } : {}),
            path: finding.path,
            line: finding.span.line,
            url: finding.docsUrl,
            fingerprint: finding.fingerprint,
        });
    });
}
/** Merges every source, applies the allow-list and the threshold. `now` decides which entries have expired. */
function runGate(results, config, now = new Date()) {
    const unique = new Map();
    const suppressed = [];
    for (const result of results) {
        for (const finding of result.findings) {
            const key = `${finding.source}\u0000${finding.fingerprint}`;
            const seen = unique.get(key);
            if (!seen || (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .severityRank */ .qs)(finding.severity) > (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .severityRank */ .qs)(seen.severity))
                unique.set(key, finding);
        }
        // One push per item: a spread of a million arguments overflows the stack.
        for (const item of result.suppressed)
            suppressed.push(item);
    }
    const live = config.allow.filter((entry) => !(0,_config_js__WEBPACK_IMPORTED_MODULE_0__/* .isExpired */ ._d)(entry, now));
    const dead = config.allow.filter((entry) => (0,_config_js__WEBPACK_IMPORTED_MODULE_0__/* .isExpired */ ._d)(entry, now));
    const used = new Set();
    const expired = new Map(dead.map((entry) => [entry, 0]));
    const findings = [];
    const allowed = [];
    for (const finding of [...unique.values()].sort(compareSecurityFindings)) {
        const entry = live.find((candidate) => (0,_config_js__WEBPACK_IMPORTED_MODULE_0__/* .entryMatches */ .Yn)(candidate, finding));
        if (entry) {
            used.add(entry);
            allowed.push({ finding, entry });
            continue;
        }
        for (const old of dead)
            if ((0,_config_js__WEBPACK_IMPORTED_MODULE_0__/* .entryMatches */ .Yn)(old, finding))
                expired.set(old, expired.get(old) + 1);
        findings.push(finding);
    }
    const threshold = config.failOn;
    const blocking = threshold === 'never'
        ? []
        : findings.filter((finding) => (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .severityRank */ .qs)(gatedSeverity(finding, config.unknownSeverity)) >= (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .severityRank */ .qs)(threshold));
    const counts = emptyCounts();
    const bySource = {};
    for (const finding of findings) {
        counts[finding.severity]++;
        (bySource[finding.source] ??= emptyCounts())[finding.severity]++;
    }
    return {
        findings,
        blocking,
        blocked: blocking.length > 0,
        failOn: threshold,
        unknownSeverity: config.unknownSeverity,
        counts,
        bySource: Object.fromEntries(Object.entries(bySource).sort(([a], [b]) => a.localeCompare(b))),
        allowed,
        suppressed,
        expired: [...expired].map(([entry, matched]) => ({ entry, matched })),
        unused: live.filter((entry) => !used.has(entry)),
    };
}
function describeFinding(finding) {
    const pkg = finding.package
        ? ` in ${finding.package.name}${finding.package.version ? ` ${finding.package.version}` : ''}${finding.package.fixedIn ? ` (fixed in ${finding.package.fixedIn})` : ''}`
        : '';
    const where = finding.path
        ? ` at ${finding.path}${finding.line ? `:${finding.line}` : ''}`
        : finding.target
            ? ` in ${finding.target}`
            : '';
    return `${finding.id}${pkg}${where}: ${finding.title}`;
}
/** Plain-text summary for logs: the verdict, counts per source and severity, the top offenders, the allow-list. */
function formatGateText(result, top = 10) {
    const lines = [];
    const total = result.findings.length;
    lines.push(result.blocked
        ? `Security gate: BLOCKED by ${result.blocking.length} finding${result.blocking.length === 1 ? '' : 's'} at or above ${result.failOn} (${total} in all).`
        : `Security gate: passed (fail-on: ${result.failOn}; ${total} finding${total === 1 ? '' : 's'} below it).`);
    lines.push(`  ${_types_js__WEBPACK_IMPORTED_MODULE_1__/* .SECURITY_SEVERITIES */ .tP.map((severity) => `${severity} ${result.counts[severity]}`).join(', ')}`);
    for (const [source, counts] of Object.entries(result.bySource)) {
        lines.push(`  ${source}: ${_types_js__WEBPACK_IMPORTED_MODULE_1__/* .SECURITY_SEVERITIES */ .tP.filter((severity) => counts[severity])
            .map((severity) => `${severity} ${counts[severity]}`)
            .join(', ')}`);
    }
    if (result.blocking.length) {
        lines.push(`Top offenders:`);
        for (const finding of result.blocking.slice(0, top))
            lines.push(`  [${finding.severity}] ${finding.source} ${describeFinding(finding)}`);
        if (result.blocking.length > top)
            lines.push(`  … and ${result.blocking.length - top} more`);
    }
    for (const { entry, matched } of result.expired) {
        lines.push(`Allow-list entry ${(0,_config_js__WEBPACK_IMPORTED_MODULE_0__/* .describeEntry */ .OY)(entry)} expired on ${entry.expires} and no longer allows anything (${matched} finding${matched === 1 ? '' : 's'} gated again); reason was: ${entry.reason}`);
    }
    if (result.allowed.length)
        lines.push(`Allowed by the allow-list: ${result.allowed.length}`);
    for (const entry of result.unused)
        lines.push(`Allow-list entry ${(0,_config_js__WEBPACK_IMPORTED_MODULE_0__/* .describeEntry */ .OY)(entry)} matched nothing; remove it?`);
    if (result.suppressed.length)
        lines.push(`Suppressed by the scanners: ${result.suppressed.length}`);
    return `${lines.join('\n')}\n`;
}
/** Escapes text for a Markdown table cell or line: no HTML, no table breaks, no line breaks, no code spans. */
function mdEscape(text) {
    return text
        .replace(/[\r\n]+/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
        .slice(0, 300);
}
/** The job summary (GitHub Markdown). Every value that came from a report is escaped. */
function formatGateMarkdown(result, top = 20) {
    const out = [];
    out.push(result.blocked ? `## Security gate: blocked` : `## Security gate: passed`);
    out.push('');
    out.push(result.blocked
        ? `**${result.blocking.length}** finding${result.blocking.length === 1 ? '' : 's'} at or above **${result.failOn}** block this change (${result.findings.length} in all).`
        : `No finding at or above **${result.failOn}** (${result.findings.length} in all).`);
    out.push('');
    out.push(`| source | ${_types_js__WEBPACK_IMPORTED_MODULE_1__/* .SECURITY_SEVERITIES */ .tP.join(' | ')} | total |`);
    out.push(`| --- | ${_types_js__WEBPACK_IMPORTED_MODULE_1__/* .SECURITY_SEVERITIES */ .tP.map(() => '---:').join(' | ')} | ---: |`);
    for (const [source, counts] of Object.entries(result.bySource)) {
        const sum = _types_js__WEBPACK_IMPORTED_MODULE_1__/* .SECURITY_SEVERITIES */ .tP.reduce((n, severity) => n + counts[severity], 0);
        out.push(`| ${mdEscape(source)} | ${_types_js__WEBPACK_IMPORTED_MODULE_1__/* .SECURITY_SEVERITIES */ .tP.map((severity) => counts[severity]).join(' | ')} | ${sum} |`);
    }
    out.push(`| **all** | ${_types_js__WEBPACK_IMPORTED_MODULE_1__/* .SECURITY_SEVERITIES */ .tP.map((severity) => result.counts[severity]).join(' | ')} | ${result.findings.length} |`);
    if (result.blocking.length) {
        out.push('', '### Top offenders', '', '| severity | source | id | package | where | title |', '| --- | --- | --- | --- | --- | --- |');
        for (const finding of result.blocking.slice(0, top)) {
            const pkg = finding.package
                ? `${finding.package.name}${finding.package.version ? ` ${finding.package.version}` : ''}`
                : '';
            const where = finding.path ? `${finding.path}${finding.line ? `:${finding.line}` : ''}` : (finding.target ?? '');
            out.push(`| ${finding.severity} | ${mdEscape(finding.source)} | ${mdEscape(finding.id)} | ${mdEscape(pkg)} | ${mdEscape(where)} | ${mdEscape(finding.title)} |`);
        }
        if (result.blocking.length > top)
            out.push('', `… and ${result.blocking.length - top} more.`);
    }
    if (result.expired.length) {
        out.push('', '### Expired allow-list entries', '');
        for (const { entry, matched } of result.expired) {
            out.push(`- ${mdEscape((0,_config_js__WEBPACK_IMPORTED_MODULE_0__/* .describeEntry */ .OY)(entry))}: expired on ${mdEscape(entry.expires)}, no longer allows anything (${matched} gated again). Reason was: ${mdEscape(entry.reason)}`);
        }
    }
    if (result.allowed.length || result.suppressed.length) {
        out.push('', `Allowed by the allow-list: ${result.allowed.length}. Suppressed by the scanners: ${result.suppressed.length}.`);
    }
    return `${out.join('\n')}\n`;
}


/***/ }),

/***/ 5862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   vx: () => (/* binding */ formatSecuritySarif)
/* harmony export */ });
/* unused harmony exports SECURITY_FINGERPRINT_KEY, SECURITY_TOOL_NAME, SARIF_RESULT_LIMIT, buildSecuritySarif */
/* harmony import */ var _formats_sarif_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9105);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(311);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9230);



const SECURITY_FINGERPRINT_KEY = 'shipshape-security/v1';
const SECURITY_TOOL_NAME = 'shipshape-security-gate';
/**
 * Results per run that GitHub code scanning accepts (a log with more is rejected):
 * https://docs.github.com/en/code-security/code-scanning/troubleshooting-sarif-uploads/results-exceed-limit
 */
const SARIF_RESULT_LIMIT = 25_000;
const LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
    unknown: 'warning',
};
/** GitHub code scanning reads security-severity as a CVSS-like score; used when the source gave none. */
const DEFAULT_SCORE = {
    critical: 9.5,
    high: 8.0,
    medium: 5.5,
    low: 2.0,
    unknown: 5.0,
};
function ruleKey(finding) {
    return `${finding.source}/${finding.id}`;
}
function message(finding) {
    const parts = [finding.title];
    if (finding.package) {
        parts.push(`Package: ${finding.package.name}${finding.package.version ? ` ${finding.package.version}` : ''}${finding.package.fixedIn ? `; fixed in ${finding.package.fixedIn}` : ''}.`);
    }
    if (!finding.path && finding.target)
        parts.push(`Target: ${finding.target}.`);
    parts.push(`Severity: ${finding.severity}${finding.score !== undefined ? ` (${finding.score})` : ''}; reported by ${finding.source}.`);
    return parts.join('\n');
}
function rule(finding) {
    const score = finding.score ?? DEFAULT_SCORE[finding.severity];
    const aliases = finding.aliases.length ? ` Also known as ${finding.aliases.join(', ')}.` : '';
    const help = `${finding.title}${aliases}${finding.url ? `\n${finding.url}` : ''}`;
    return {
        id: ruleKey(finding),
        name: ruleKey(finding).replace(/[^A-Za-z0-9]+/g, '_'),
        shortDescription: { text: `${finding.id} (${finding.source})` },
        fullDescription: { text: `${finding.title}${aliases}` },
        ...(finding.url && /^https?:\/\//.test(finding.url) ? { helpUri: finding.url } : {}),
        help: {
            text: help,
            markdown: `${finding.title.replace(/[<>]/g, '')}${aliases}${finding.url ? `\n\n${finding.url}` : ''}`,
        },
        defaultConfiguration: { level: LEVEL[finding.severity] },
        properties: {
            tags: ['security', finding.category, finding.source],
            precision: 'high',
            'security-severity': score.toFixed(1),
        },
    };
}
/**
 * One SARIF 2.1.0 log for GitHub code scanning: one run (`shipshape-security-gate`, category
 * `shipshape-security/`), a rule per source and id, every gated finding as a result, allow-listed and
 * scanner-suppressed findings as results with an external suppression (code scanning shows them dismissed).
 * Findings in no repository file (image packages) point at the scanner report.
 */
function buildSecuritySarif(result) {
    const items = [
        ...result.findings.map((finding) => ({ finding })),
        ...result.allowed.map(({ finding, entry }) => ({
            finding,
            justification: `allow-list (${(0,_config_js__WEBPACK_IMPORTED_MODULE_1__/* .describeEntry */ .OY)(entry)}) until ${entry.expires}: ${entry.reason}`,
        })),
        ...result.suppressed.map(({ finding, reason }) => ({
            finding,
            justification: `suppressed by ${finding.source}: ${reason}`,
        })),
    ];
    // Gated findings come first, worst first, so the cap drops the least serious and the suppressed.
    const listed = items.length > SARIF_RESULT_LIMIT ? items.slice(0, SARIF_RESULT_LIMIT) : items;
    const omitted = items.length - listed.length;
    const rules = [];
    const index = new Map();
    for (const { finding } of [...listed].sort((a, b) => ruleKey(a.finding).localeCompare(ruleKey(b.finding)))) {
        if (index.has(ruleKey(finding)))
            continue;
        index.set(ruleKey(finding), rules.length);
        rules.push(rule(finding));
    }
    return {
        $schema: _formats_sarif_js__WEBPACK_IMPORTED_MODULE_0__/* .SARIF_SCHEMA_URI */ .$$,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: SECURITY_TOOL_NAME,
                        version: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .xv,
                        semanticVersion: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .xv,
                        informationUri: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .REPOSITORY_URL */ .ld,
                        rules,
                    },
                },
                automationDetails: { id: 'shipshape-security/' },
                ...(omitted > 0
                    ? {
                        invocations: [
                            {
                                executionSuccessful: true,
                                toolExecutionNotifications: [
                                    {
                                        level: 'warning',
                                        message: {
                                            text: `${omitted} of ${items.length} results are not listed in this log: GitHub code scanning accepts at most ${SARIF_RESULT_LIMIT} results per run. The gate's verdict and counts cover all of them; the least serious and the suppressed were left out.`,
                                        },
                                    },
                                ],
                            },
                        ],
                    }
                    : {}),
                columnKind: 'utf16CodeUnits',
                results: listed.map(({ finding, justification }) => {
                    const uri = finding.path ?? finding.report ?? 'Dockerfile';
                    return {
                        ruleId: ruleKey(finding),
                        ruleIndex: index.get(ruleKey(finding)),
                        level: LEVEL[finding.severity],
                        message: { text: message(finding) },
                        locations: [
                            {
                                physicalLocation: {
                                    artifactLocation: { uri: (0,_formats_sarif_js__WEBPACK_IMPORTED_MODULE_0__/* .pathToUri */ .TA)(uri), uriBaseId: _formats_sarif_js__WEBPACK_IMPORTED_MODULE_0__/* .SRCROOT */ .HB },
                                    region: { startLine: finding.path && finding.line && finding.line > 0 ? finding.line : 1 },
                                },
                            },
                        ],
                        partialFingerprints: { [SECURITY_FINGERPRINT_KEY]: finding.fingerprint },
                        properties: { severity: finding.severity, source: finding.source, category: finding.category },
                        ...(justification ? { suppressions: [{ kind: 'external', status: 'accepted', justification }] } : {}),
                    };
                }),
            },
        ],
    };
}
function formatSecuritySarif(result) {
    return `${JSON.stringify(buildSecuritySarif(result), null, 2)}\n`;
}


/***/ }),

/***/ 9343:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LV: () => (/* binding */ scanSecrets)
/* harmony export */ });
/* unused harmony exports SECRET_PATTERNS, shannonEntropy, maskSecret, scanText */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9928);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6107);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4307);





/** Token formats with fixed prefixes or shapes: almost no false positives. */
const SECRET_PATTERNS = [
    {
        id: 'github-token',
        title: 'GitHub token',
        severity: 'critical',
        regex: /\b(gh[pousr]_[A-Za-z0-9]{36,251})\b/g,
        group: 1,
    },
    {
        id: 'github-fine-grained-token',
        title: 'GitHub fine-grained personal access token',
        severity: 'critical',
        regex: /\b(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b/g,
        group: 1,
    },
    {
        id: 'gitlab-token',
        title: 'GitLab token',
        severity: 'critical',
        regex: /\b((?:glpat|gldt|glrt|glptt|glcbt|glft|glimt|glagent|gloas)-[A-Za-z0-9_-]{20,})/g,
        group: 1,
    },
    {
        id: 'aws-access-key-id',
        title: 'AWS access key id',
        severity: 'critical',
        regex: /\b((?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})\b/g,
        group: 1,
    },
    {
        id: 'aws-secret-access-key',
        title: 'AWS secret access key',
        severity: 'critical',
        regex: /aws_?secret_?(?:access_?)?key["']?\s*(?::|=|=>)\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi,
        group: 1,
    },
    {
        id: 'slack-token',
        title: 'Slack token',
        severity: 'critical',
        regex: /\b(xox[abposr]-[0-9A-Za-z-]{10,})/g,
        group: 1,
    },
    {
        id: 'slack-webhook',
        title: 'Slack incoming webhook URL',
        severity: 'high',
        regex: /(https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{6,}\/B[A-Z0-9]{6,}\/[A-Za-z0-9]{20,})/g,
        group: 1,
    },
    { id: 'npm-token', title: 'npm access token', severity: 'critical', regex: /\b(npm_[A-Za-z0-9]{36})\b/g, group: 1 },
    {
        id: 'private-key',
        title: 'Private key',
        severity: 'critical',
        regex: /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?)-----/g,
        group: 0,
    },
];
/**
 * A credential-sounding word, the rest of its name, an assignment, and a value of 16+ characters. The match starts
 * at the word, not at the start of the name, and the name's parts are bounded: a name pattern that may start
 * anywhere (`[\w.-]*secret`) rescans the whole run from every position, which is quadratic on a long line.
 */
const GENERIC = /(?:secret|token|passw(?:or)?d|pwd|api[_-]?key|access[_-]?key|private[_-]?key|auth[_-]?key|credential)[A-Za-z0-9_.-]{0,64}["']?\s*(?::=|=>|:|=)\s*["'`]?([A-Za-z0-9+/=_.~-]{16,})/gi;
const NAME_CHAR = /[A-Za-z0-9_.-]/;
const MAX_NAME_PREFIX = 64;
/** The whole name a GENERIC match's keyword sits in: the name characters before it, up to MAX_NAME_PREFIX. */
function nameOf(line, match) {
    let start = match.index;
    while (start > 0 && match.index - start < MAX_NAME_PREFIX && NAME_CHAR.test(line[start - 1]))
        start--;
    const assignment = /["']?\s*(?::=|=>|:|=)/.exec(match[0]);
    return line.slice(start, match.index + assignment.index);
}
const PLACEHOLDER = /example|sample|changeme|change_me|placeholder|dummy|redacted|your[_-]|xxxx|\*\*\*\*|^(?:true|false|null|undefined)$|process\.env|secrets\.|getenv/i;
/** Shannon entropy in bits per character. */
function shannonEntropy(text) {
    if (!text)
        return 0;
    const counts = new Map();
    for (const char of text)
        counts.set(char, (counts.get(char) ?? 0) + 1);
    let entropy = 0;
    const length = [...text].length;
    for (const count of counts.values()) {
        const p = count / length;
        entropy -= p * Math.log2(p);
    }
    return entropy;
}
/** Shows the kind of secret, never the secret: `ghp_…(40 chars)`. */
function maskSecret(secret) {
    return `${secret.slice(0, Math.min(4, Math.floor(secret.length / 4)))}…(${secret.length} chars)`;
}
/** Scans one file's text, or a piece of it that starts at `at`. Exported for tests. */
function scanText(text, path, minEntropy = 3.5, at = { line: 0, column: 0 }) {
    const findings = [];
    const lines = text.split(/\r?\n/);
    lines.forEach((line, index) => {
        const taken = [];
        for (const pattern of SECRET_PATTERNS) {
            pattern.regex.lastIndex = 0;
            for (const match of line.matchAll(pattern.regex)) {
                const secret = match[pattern.group ?? 0];
                const start = match.index + match[0].indexOf(secret);
                if (taken.some(([a, b]) => start < b && start + secret.length > a))
                    continue;
                taken.push([start, start + secret.length]);
                const column = start + 1 + (index === 0 ? at.column : 0);
                findings.push(secretFinding(pattern.id, pattern.title, pattern.severity, secret, path, at.line + index + 1, column, pattern.id === 'private-key' ? match[1] : secret));
            }
        }
        GENERIC.lastIndex = 0;
        for (const match of line.matchAll(GENERIC)) {
            const name = nameOf(line, match);
            const value = match[1];
            const start = match.index + match[0].lastIndexOf(value);
            if (taken.some(([a, b]) => start < b && start + value.length > a))
                continue;
            if (PLACEHOLDER.test(value))
                continue;
            // Names of files, paths, URLs and ids, and values that are paths, are references to a secret, not secrets.
            if (/(?:_|-)(?:file|path|dir|url|uri|name|id|env|var)$/i.test(name) || /^(?:\.{0,2}\/|~\/|https?:)/.test(value))
                continue;
            if (/^[a-z]+(?:[._-][a-z]+)*$/i.test(value) && !/\d/.test(value))
                continue; // identifiers, not secrets
            const entropy = shannonEntropy(value);
            if (entropy < minEntropy)
                continue;
            taken.push([start, start + value.length]);
            findings.push(secretFinding('generic-secret', `High-entropy value assigned to "${name}" (${entropy.toFixed(2)} bits/char)`, 'high', value, path, at.line + index + 1, start + 1 + (index === 0 ? at.column : 0), value));
        }
    });
    return findings;
}
function secretFinding(id, title, severity, secret, path, line, column, identity) {
    return (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .makeFinding */ .MH)({
        source: 'secrets',
        category: 'secret',
        id,
        title: id === 'private-key' ? `${title} (${identity})` : `${title}: ${maskSecret(secret)} at column ${column}`,
        severity,
        path,
        line,
        // The hash of the secret, not its line: the identity survives edits around it and never reveals it.
        fingerprint: (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .hashParts */ .jx)('secrets', id, path, identity),
    });
}
const CHUNK = 1024 * 1024;
/** A line longer than this is scanned in pieces: a token is far shorter, and memory stays bounded. */
const MAX_CARRY = 64 * 1024;
/** Piece boundaries of a long line keep this much of its end for the next piece: longer than any token. */
const OVERLAP = 512;
const TOKEN_CHAR = /[A-Za-z0-9_+/=.~-]/;
/** Where to cut a long line with no break: before the run of token characters that ends the kept part. */
function pieceEnd(text) {
    const limit = text.length - OVERLAP;
    for (let index = limit; index > limit - 4096 && index > 0; index--)
        if (!TOKEN_CHAR.test(text[index - 1]))
            return index;
    return limit;
}
/**
 * Scans an open file in chunks, so a file of any size is scanned in bounded memory. A binary file (a NUL byte in
 * its first chunk) is read byte for byte (latin1), so tokens embedded in it are still found.
 */
function scanOpenFile(fd, path, minEntropy) {
    const findings = [];
    const buffer = Buffer.allocUnsafe(CHUNK);
    let decoder;
    let carry = '';
    const at = { line: 0, column: 0 };
    let position = 0;
    const scan = (text) => {
        for (const finding of scanText(text, path, minEntropy, at))
            findings.push(finding);
        const lastBreak = text.lastIndexOf('\n');
        for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
            at.line++;
        at.column = lastBreak === -1 ? at.column + text.length : text.length - lastBreak - 1;
    };
    for (;;) {
        const count = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, CHUNK, position);
        if (count === 0)
            break;
        position += count;
        decoder ??= new node_string_decoder__WEBPACK_IMPORTED_MODULE_1__.StringDecoder(buffer.subarray(0, count).includes(0) ? 'latin1' : 'utf8');
        const text = carry + decoder.write(buffer.subarray(0, count));
        const lastBreak = text.lastIndexOf('\n');
        if (lastBreak === -1 && text.length <= MAX_CARRY) {
            carry = text;
            continue;
        }
        const cut = lastBreak === -1 ? pieceEnd(text) : lastBreak + 1;
        scan(text.slice(0, cut));
        carry = text.slice(cut);
    }
    const rest = carry + (decoder?.end() ?? '');
    if (rest)
        scan(rest);
    return findings;
}
/** Scans the repository's files (git's list when inside a work tree, so .gitignore is honoured). */
function scanSecrets(options) {
    const notices = [];
    const files = (0,_core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .listFiles */ .CS)(options.root, options.paths?.length ? options.paths : ['.'], options.ignore ?? [], notices);
    const findings = [];
    let filesScanned = 0;
    for (const path of files) {
        // Never outside the root, never a FIFO or device (core/paths.ts); large and binary files are scanned too.
        const opened = (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .openInside */ .X$)(options.root, path);
        if ('skipped' in opened) {
            if (opened.skipped !== 'missing')
                notices.push({ path, message: `skipped by the secrets scan: ${opened.detail}` });
            continue;
        }
        try {
            for (const finding of scanOpenFile(opened.fd, path, options.minEntropy))
                findings.push(finding);
            filesScanned++;
        }
        catch (error) {
            notices.push({
                path,
                message: `skipped by the secrets scan: ${error.code ?? String(error)}`,
            });
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(opened.fd);
        }
    }
    return { findings, notices, filesScanned };
}


/***/ }),

/***/ 4307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GX: () => (/* binding */ severityFromWord),
/* harmony export */   MH: () => (/* binding */ makeFinding),
/* harmony export */   Qm: () => (/* binding */ FAIL_ON_VALUES),
/* harmony export */   jx: () => (/* binding */ hashParts),
/* harmony export */   qI: () => (/* binding */ severityFromScore),
/* harmony export */   qs: () => (/* binding */ severityRank),
/* harmony export */   tP: () => (/* binding */ SECURITY_SEVERITIES)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** One severity scale for every source, most serious first. */
const SECURITY_SEVERITIES = ['critical', 'high', 'medium', 'low', 'unknown'];
/** What the gate's `fail-on` accepts: a severity (that one and worse block) or `never`. */
const FAIL_ON_VALUES = ['critical', 'high', 'medium', 'low', 'never'];
function severityRank(severity) {
    return { critical: 4, high: 3, medium: 2, low: 1, unknown: 0 }[severity];
}
/** Severity from a CVSS-like 0–10 score, with GitHub code scanning's bands. */
function severityFromScore(score) {
    if (!Number.isFinite(score) || score < 0)
        return 'unknown';
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'medium';
    return 'low';
}
/** Severity words of every supported tool: CRITICAL, High, moderate, ERROR, WARNING, INFO, negligible, … */
function severityFromWord(word) {
    const value = typeof word === 'string' ? word.trim().toLowerCase() : '';
    switch (value) {
        case 'critical':
            return 'critical';
        case 'high':
        case 'error':
            return 'high';
        case 'medium':
        case 'moderate':
        case 'warning':
            return 'medium';
        case 'low':
        case 'info':
        case 'note':
        case 'negligible':
            return 'low';
        default:
            return 'unknown';
    }
}
function hashParts(...parts) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(parts.map((part) => String(part ?? '')).join('\u0000'))
        .digest('hex')
        .slice(0, 32);
}
/** Fills in the fingerprint: source, id, package and place — never a line number alone, never a message. */
function makeFinding(finding) {
    const aliases = [...new Set((finding.aliases ?? []).filter((alias) => alias && alias !== finding.id))].sort();
    return {
        ...finding,
        aliases,
        fingerprint: finding.fingerprint ??
            hashParts(finding.source, finding.id, finding.package?.name, finding.package?.version, finding.path, finding.category === 'vulnerability' ? undefined : finding.line),
    };
}


/***/ })

};
