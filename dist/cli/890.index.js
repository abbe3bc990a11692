export const id = 890;
export const ids = [890];
export const modules = {

/***/ 890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkFailOn: () => (/* binding */ checkFailOn),
  securityGateCommand: () => (/* binding */ securityGateCommand),
  writeFileOrFail: () => (/* binding */ writeFileOrFail)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/stages/outputs.ts
var outputs = __webpack_require__(2421);
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
        aliases: asArray(match.relatedVulnerabilities).map((related) => str(related?.id)).filter((alias) => Boolean(alias)),
        title: str(vulnerability.description)?.split('\n')[0]?.slice(0, 200) ?? id,
        severity: (0,types/* severityFromWord */.GX)(vulnerability.severity),
        ...(s !== undefined ? { score: s } : {}),
        package: {
            name: str(artifact.name) ?? 'unknown',
            ...(str(artifact.version) ? { version: artifact.version } : {}),
            ...(str(artifact.type) ? { ecosystem: artifact.type } : {}),
            ...(str(asArray(vulnerability.fix?.versions)[0]) ? { fixedIn: asArray(vulnerability.fix.versions).join(', ') } : {}),
        },
        // Paths inside an image are not repository files: keep them in the target.
        ...(image ? { target: location ? `${target}:${location}` : target } : location ? { path: normalizePath(location, context.root) } : {}),
        ...(str(vulnerability.dataSource) ? { url: vulnerability.dataSource } : {}),
    });
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
    const merged = [];
    const rank = { critical: 4, high: 3, medium: 2, low: 1, unknown: 0 };
    for (const match of data.matches) {
        if (!isObject(match))
            continue;
        const finding = toFinding(match, context, target);
        const ids = new Set([finding.id, ...finding.aliases]);
        const same = merged.find((other) => other.package?.name === finding.package?.name &&
            other.package?.version === finding.package?.version &&
            other.package?.ecosystem === finding.package?.ecosystem &&
            [other.id, ...other.aliases].some((id) => ids.has(id)));
        if (!same) {
            merged.push(finding);
            continue;
        }
        const allIds = new Set([same.id, ...same.aliases, finding.id, ...finding.aliases]);
        const better = rank[finding.severity] > rank[same.severity] ? finding : same;
        // Prefer a GHSA/CVE id that the other record names as related (keeps the id stable across grype versions).
        const id = [...allIds].find((candidate) => candidate.startsWith('GHSA-')) ?? same.id;
        Object.assign(same, { ...better, id, aliases: [...allIds].filter((alias) => alias !== id).sort(), fingerprint: same.fingerprint });
    }
    const suppressed = asArray(data.ignoredMatches)
        .filter(isObject)
        .map((ignored) => ({
        finding: toFinding(ignored, context, target),
        reason: `ignored by grype rule ${JSON.stringify(asArray(ignored.appliedIgnoreRules)[0] ?? {})}`,
    }));
    return { findings: merged, suppressed };
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
function parseNpmAudit(data, context, source = 'npm-audit') {
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
            const versions = [...new Set(asArray(advisory.findings).map((finding) => str(finding?.version)).filter(Boolean))];
            const score = num(advisory.cvss?.score);
            findings.push((0,types/* makeFinding */.MH)({
                source,
                category: 'vulnerability',
                id,
                aliases: [...asArray(advisory.cves).filter((cve) => typeof cve === 'string'), ...(advisory.id !== undefined ? [`npm:${advisory.id}`] : [])],
                title: str(advisory.title) ?? id,
                severity: (0,types/* severityFromWord */.GX)(advisory.severity),
                ...(score ? { score } : {}),
                package: {
                    name: str(advisory.module_name) ?? 'unknown',
                    ecosystem: 'npm',
                    ...(versions.length ? { version: versions.join(', ') } : {}),
                    ...(str(advisory.patched_versions) && advisory.patched_versions !== '<0.0.0' ? { fixedIn: advisory.patched_versions } : {}),
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
                ? groups.map((group) => ({ ids: asArray(group.ids).map(String), ...(num(group.max_severity) !== undefined ? { max: num(group.max_severity) } : {}) }))
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
                        if ((0,types/* severityRank */.qs)(candidate.severity) > (0,types/* severityRank */.qs)(rated.severity) || (candidate.score ?? 0) > (rated.score ?? 0))
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
                    package: { name: str(pkg.name) ?? 'unknown', ...(str(pkg.version) ? { version: pkg.version } : {}), ...(str(pkg.ecosystem) ? { ecosystem: pkg.ecosystem } : {}) },
                    ...(path ? { path } : {}),
                    url: `https://osv.dev/vulnerability/${encodeURIComponent(String(first.id))}`,
                }));
            }
        }
    }
    return { findings, suppressed: [] };
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
            const fingerprints = { ...(isObject(item.partialFingerprints) ? item.partialFingerprints : {}), ...(isObject(item.fingerprints) ? item.fingerprints : {}) };
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
                result.suppressed.push({ finding, reason: `suppressed (${str(accepted.kind) ?? 'external'})${str(accepted.justification) ? `: ${accepted.justification}` : ''}` });
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
            const reason = [str(modified.Status), str(modified.Statement), str(modified.Source) ? `(${modified.Source})` : undefined].filter(Boolean).join(' ');
            suppressed.push({ finding: vulnerability(modified.Finding, target, path), reason: reason || 'modified by trivy' });
        }
    }
    return { findings, suppressed };
}

;// CONCATENATED MODULE: ./src/stages/security/parsers/index.ts











/** The `tool` part of a `tool:path` report argument. `auto` (or no tool) recognises the format from the content. */
const REPORT_TOOLS = ['npm-audit', 'pnpm-audit', 'osv-scanner', 'trivy', 'grype', 'gitleaks', 'semgrep', 'codeql', 'sarif', 'auto'];
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
        if (Array.isArray(data.results) && data.results.some((result) => isObject(result) && 'packages' in result))
            return 'osv-scanner';
        if (Array.isArray(data.results))
            return data.results.length === 0 && 'experimental_config' in data ? 'osv-scanner' : 'semgrep';
        if ('auditReportVersion' in data || 'vulnerabilities' in data || 'advisories' in data)
            return 'npm-audit';
    }
    throw new ReportError('format not recognised; name the tool, e.g. trivy:report.json');
}
/** Parses one report's JSON. SARIF content is read as SARIF whatever tool was named. */
function parseReport(tool, data, context) {
    const format = tool === 'auto' || isSarif(data) ? detect(data) : tool === 'codeql' ? 'sarif' : tool;
    switch (format) {
        case 'sarif':
            return parseSarif(data, context);
        case 'npm-audit':
            return parseNpmAudit(data, context, tool === 'pnpm-audit' ? 'pnpm-audit' : 'npm-audit');
        case 'pnpm-audit':
            return parseNpmAudit(data, context, 'pnpm-audit');
        case 'osv-scanner':
            return parseOsvScanner(data, context);
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
/** Reads and parses a report file; every problem becomes a UsageError that names the file. */
function readReport(spec, root) {
    const absolute = (0,external_node_path_.resolve)(root, spec.path);
    const reportPath = (0,external_node_path_.relative)(root, absolute).split(external_node_path_.sep).join('/');
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(absolute, 'utf8');
    }
    catch (error) {
        throw new errors/* UsageError */.eb(`scanner report ${spec.path}: cannot read it (${error.code ?? String(error)})`);
    }
    let data;
    try {
        data = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        throw new errors/* UsageError */.eb(`scanner report ${spec.path}: not valid JSON (${error.message})`);
    }
    try {
        const result = parseReport(spec.tool, data, { root, reportPath });
        for (const finding of [...result.findings, ...result.suppressed.map((item) => item.finding)])
            finding.report = reportPath;
        return result;
    }
    catch (error) {
        if (error instanceof ReportError)
            throw new errors/* UsageError */.eb(`scanner report ${spec.path} (${spec.tool}): ${error.message}`);
        throw error;
    }
}


// EXTERNAL MODULE: ./src/runner/check.ts + 10 modules
var runner_check = __webpack_require__(8566);
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
function runSecurityGate(options) {
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
        const check = (0,runner_check/* runCheck */.k)({ root: options.root });
        notices.push(...check.notices);
        add('shipshape check', { findings: (0,gate/* fromCheckFindings */.L7)(check.findings, check.registry), suppressed: [] });
    }
    if (options.secrets !== false) {
        const scan = (0,secrets/* scanSecrets */.LV)({ root: options.root, ignore: config.secrets.ignore, minEntropy: config.secrets.minEntropy });
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

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/commands/security-gate.ts








function checkFailOn(command, value) {
    // Empty (a pipeline input left at its default) means the same as absent: the config decides.
    if (value === undefined || value === '')
        return undefined;
    if (!types/* FAIL_ON_VALUES */.Qm.includes(value))
        throw new errors/* UsageError */.eb(`${command}: --fail-on must be one of ${types/* FAIL_ON_VALUES */.Qm.join(', ')}, not "${value}"`);
    return value;
}
function writeFileOrFail(command, path, text) {
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
        (0,external_node_fs_.writeFileSync)(path, text);
    }
    catch (error) {
        throw new errors/* UsageError */.eb(`${command}: cannot write ${path}: ${(0,errors/* describeError */.Uc)(error)}`);
    }
}
const securityGateCommand = {
    name: 'security-gate',
    summary: 'Merge check findings, a secrets scan and scanner reports (SARIF, trivy, grype, npm audit, …) into one gate and one SARIF.',
    usage: `shipshape security-gate [options]

Options:
  --report <tool:path>     a scanner report, repeatable; tool is one of ${REPORT_TOOLS.join(', ')}
                           (auto, or no tool, recognises the format)
  --fail-on <severity>     critical, high, medium, low or never (absent or empty: from the config, else high)
  --config <file>          security config: fail-on, unknown-severity, allow-list with expiry dates, secrets
                           (default: .shipshape-security.yml at the root, if any)
  --sarif <file>           write the merged SARIF 2.1.0 log here (for GitHub code scanning)
  --summary <file>         write the Markdown summary here
  --format <text|json>     report on standard output (default text)
  --root <dir>             repository root (default .)
  --no-check               do not run shipshape check
  --no-secrets             do not run the secrets scan
  --dotenv <file>          also write the outputs as a GitLab dotenv report
  --github-output <file>   where to write step outputs (default: $GITHUB_OUTPUT when set)

Exit code 1 when a finding at or above fail-on remains after the allow-list.`,
    async run(argv, io) {
        const { values, positionals } = (0,command/* parseCommandArgs */.Q)('security-gate', argv, {
            report: { type: 'string', multiple: true },
            'fail-on': { type: 'string' },
            config: { type: 'string' },
            sarif: { type: 'string' },
            summary: { type: 'string' },
            format: { type: 'string', default: 'text' },
            root: { type: 'string' },
            'no-check': { type: 'boolean' },
            'no-secrets': { type: 'boolean' },
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
        const root = (0,external_node_path_.resolve)(io.cwd, values.root ?? '.');
        const sarifFile = values.sarif ? (0,external_node_path_.resolve)(io.cwd, values.sarif) : undefined;
        const failOn = checkFailOn('security-gate', values['fail-on']);
        const run = runSecurityGate({
            root,
            reports: (values.report ?? []).map((spec) => {
                const parsed = parseReportSpec(spec);
                return { ...parsed, path: (0,external_node_path_.resolve)(io.cwd, parsed.path) };
            }),
            ...(values.config ? { configPath: (0,external_node_path_.resolve)(io.cwd, values.config) } : {}),
            ...(failOn ? { failOn } : {}),
            check: !values['no-check'],
            secrets: !values['no-secrets'],
            ...(sarifFile ? { sarifFile } : {}),
        });
        if (values.format === 'json') {
            io.stdout(`${JSON.stringify({ blocked: run.result.blocked, failOn: run.result.failOn, counts: run.result.counts, bySource: run.result.bySource, inputs: run.inputs, findings: run.result.findings, blocking: run.result.blocking.map((finding) => finding.fingerprint), allowed: run.result.allowed, suppressed: run.result.suppressed, expired: run.result.expired }, null, 2)}\n`);
        }
        else {
            io.stdout(run.text);
        }
        for (const notice of run.notices)
            io.stderr(`${notice.path}: notice: ${notice.message}\n`);
        if (values.summary)
            writeFileOrFail('security-gate', (0,external_node_path_.resolve)(io.cwd, values.summary), run.markdown);
        const githubOutput = values['github-output'] ?? io.env.GITHUB_OUTPUT;
        (0,outputs/* writeOutputs */.K)(gateOutputs(run.result, sarifFile), {
            ...(githubOutput ? { githubOutput: (0,external_node_path_.resolve)(io.cwd, githubOutput) } : {}),
            ...(values.dotenv ? { dotenv: (0,external_node_path_.resolve)(io.cwd, values.dotenv) } : {}),
        });
        return run.result.blocked ? 1 : 0;
    },
};


/***/ }),

/***/ 9105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ SARIF_SCHEMA_URI),
/* harmony export */   HB: () => (/* binding */ SRCROOT),
/* harmony export */   TA: () => (/* binding */ pathToUri),
/* harmony export */   zK: () => (/* binding */ formatSarif)
/* harmony export */ });
/* unused harmony exports FINGERPRINT_KEY, ruleName, ruleDescriptor, buildSarif */
/* harmony import */ var _core_engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6185);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);


const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** The key of our fingerprint in `partialFingerprints`; bump the suffix if the fingerprint recipe ever changes. */
const FINGERPRINT_KEY = `${_version_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_NAME */ .lH}/v1`;
const SRCROOT = '%SRCROOT%';
const LEVEL = { error: 'error', warning: 'warning', note: 'note' };
/** GitHub code scanning reads `problem.severity` for non-security alerts: error, warning or recommendation. */
const PROBLEM_SEVERITY = { error: 'error', warning: 'warning', note: 'recommendation' };
/** A repository-relative path as a relative URI reference: each segment percent-encoded, slashes kept. */
function pathToUri(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
/** `docker/no-latest-tag` → `DockerNoLatestTag`: SARIF's `name` is an identifier-like, non-localised name. */
function ruleName(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((part) => part[0].toUpperCase() + part.slice(1))
        .join('');
}
function peersText(rule) {
    return Object.entries(rule.meta.equivalents ?? {})
        .map(([tool, ids]) => `${tool} ${ids.join(', ')}`)
        .join('; ');
}
function ruleDescriptor(rule) {
    const { meta } = rule;
    const url = (0,_core_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .docsUrl */ .fs)(rule);
    const peers = peersText(rule);
    const full = `${meta.description}${peers ? ` Same idea in: ${peers}.` : ''}`;
    const tags = [meta.domain, meta.category];
    // Code scanning files a result as a security alert (and reads security-severity) only with this tag.
    if ((meta.category === 'security' || meta.securitySeverity !== undefined) && !tags.includes('security'))
        tags.push('security');
    return {
        id: meta.id,
        name: ruleName(meta.id),
        shortDescription: { text: meta.description },
        fullDescription: { text: full },
        helpUri: url,
        help: {
            text: `${full}\nDocumentation: ${url}`,
            markdown: `${full}\n\n[Documentation of ${meta.id}](${url})`,
        },
        defaultConfiguration: { level: LEVEL[meta.defaultSeverity] },
        properties: {
            tags,
            precision: 'high',
            'problem.severity': PROBLEM_SEVERITY[meta.defaultSeverity],
            ...(meta.securitySeverity !== undefined ? { 'security-severity': meta.securitySeverity.toFixed(1) } : {}),
        },
    };
}
function region(finding) {
    const { line, column, endLine, endColumn } = finding.span;
    const startLine = Math.max(1, line);
    const startColumn = Math.max(1, column);
    const lastLine = Math.max(startLine, endLine);
    const lastColumn = lastLine === startLine ? Math.max(startColumn, endColumn) : Math.max(1, endColumn);
    return { startLine, startColumn, endLine: lastLine, endColumn: lastColumn };
}
function notification(notice) {
    return {
        level: 'note',
        message: { text: notice.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: pathToUri(notice.path), uriBaseId: SRCROOT } } }],
    };
}
/** Rules that reported at least once, sorted by id, or a synthetic descriptor for an id the registry lacks. */
function firedRules(findings, registry) {
    const ids = [...new Set(findings.map((finding) => finding.ruleId))].sort();
    return ids.map((id) => {
        const rule = registry.byId.get(id);
        if (rule)
            return ruleDescriptor(rule);
        const sample = findings.find((finding) => finding.ruleId === id);
        return {
            id,
            name: ruleName(id),
            shortDescription: { text: id },
            fullDescription: { text: id },
            helpUri: sample.docsUrl,
            help: { text: `Documentation: ${sample.docsUrl}`, markdown: `[Documentation of ${id}](${sample.docsUrl})` },
            defaultConfiguration: { level: LEVEL[sample.severity] },
            properties: { tags: [], precision: 'high', 'problem.severity': PROBLEM_SEVERITY[sample.severity] },
        };
    });
}
/** Builds the SARIF log as an object (tests validate it against the schema). */
function buildSarif({ findings, notices, registry }) {
    const rules = firedRules(findings, registry);
    const index = new Map(rules.map((rule, i) => [rule.id, i]));
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: _version_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_NAME */ .lH,
                        version: _version_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .xv,
                        semanticVersion: _version_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .xv,
                        informationUri: _version_js__WEBPACK_IMPORTED_MODULE_1__/* .REPOSITORY_URL */ .ld,
                        rules,
                    },
                },
                invocations: [{ executionSuccessful: true, toolExecutionNotifications: notices.map(notification) }],
                columnKind: 'utf16CodeUnits',
                results: findings.map((finding) => ({
                    ruleId: finding.ruleId,
                    ruleIndex: index.get(finding.ruleId),
                    level: LEVEL[finding.severity],
                    message: { text: finding.message },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: pathToUri(finding.path), uriBaseId: SRCROOT },
                                region: region(finding),
                            },
                        },
                    ],
                    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
                    ...(finding.confidence ? { properties: { confidence: finding.confidence } } : {}),
                })),
            },
        ],
    };
}
/**
 * SARIF 2.1.0 as GitHub code scanning reads it. `tool.driver.rules` lists the rules that reported at least once
 * (sorted by id; `ruleIndex` points into it), so the file stays small and code scanning still gets every rule's
 * help for the alerts it shows. URIs are relative to `%SRCROOT%` (the repository root).
 */
const formatSarif = (input) => `${JSON.stringify(buildSarif(input), null, 2)}\n`;


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
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4307);






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
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text, { prettyErrors: false });
    if (document.errors.length)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`not valid YAML: ${document.errors[0].message.split('\n')[0]}`, file);
    const data = (document.toJS({ maxAliasCount: 1000 }) ?? {});
    if (typeof data !== 'object' || Array.isArray(data))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL('expected a mapping at the top', file);
    const config = defaultSecurityConfig();
    for (const key of Object.keys(data)) {
        if (!TOP_KEYS.includes(key))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`unknown key "${key}" (known: ${TOP_KEYS.join(', ')})`, file);
    }
    const failOn = data['fail-on'];
    if (failOn !== undefined) {
        if (!_types_js__WEBPACK_IMPORTED_MODULE_4__/* .FAIL_ON_VALUES */ .Qm.includes(failOn))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`fail-on must be one of ${_types_js__WEBPACK_IMPORTED_MODULE_4__/* .FAIL_ON_VALUES */ .Qm.join(', ')}, not ${JSON.stringify(failOn)}`, file);
        config.failOn = failOn;
    }
    const unknown = data['unknown-severity'];
    if (unknown !== undefined) {
        const allowed = _types_js__WEBPACK_IMPORTED_MODULE_4__/* .SECURITY_SEVERITIES */ .tP.filter((severity) => severity !== 'unknown');
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
    if (entry.path && !(finding.path && picomatch__WEBPACK_IMPORTED_MODULE_5___default()(entry.path, { dot: true })(finding.path)))
        return false;
    return true;
}
function describeEntry(entry) {
    return [entry.id, entry.fingerprint && `fingerprint ${entry.fingerprint}`, entry.package && `package ${entry.package}`, entry.path && `path ${entry.path}`, entry.source && `source ${entry.source}`]
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
        suppressed.push(...result.suppressed);
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
    const blocking = threshold === 'never' ? [] : findings.filter((finding) => (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .severityRank */ .qs)(gatedSeverity(finding, config.unknownSeverity)) >= (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .severityRank */ .qs)(threshold));
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
    const pkg = finding.package ? ` in ${finding.package.name}${finding.package.version ? ` ${finding.package.version}` : ''}${finding.package.fixedIn ? ` (fixed in ${finding.package.fixedIn})` : ''}` : '';
    const where = finding.path ? ` at ${finding.path}${finding.line ? `:${finding.line}` : ''}` : finding.target ? ` in ${finding.target}` : '';
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
        lines.push(`  ${source}: ${_types_js__WEBPACK_IMPORTED_MODULE_1__/* .SECURITY_SEVERITIES */ .tP.filter((severity) => counts[severity]).map((severity) => `${severity} ${counts[severity]}`).join(', ')}`);
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
            const pkg = finding.package ? `${finding.package.name}${finding.package.version ? ` ${finding.package.version}` : ''}` : '';
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
/* unused harmony exports SECURITY_FINGERPRINT_KEY, SECURITY_TOOL_NAME, buildSecuritySarif */
/* harmony import */ var _formats_sarif_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9105);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(311);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9230);



const SECURITY_FINGERPRINT_KEY = 'shipshape-security/v1';
const SECURITY_TOOL_NAME = 'shipshape-security-gate';
const LEVEL = { critical: 'error', high: 'error', medium: 'warning', low: 'note', unknown: 'warning' };
/** GitHub code scanning reads security-severity as a CVSS-like score; used when the source gave none. */
const DEFAULT_SCORE = { critical: 9.5, high: 8.0, medium: 5.5, low: 2.0, unknown: 5.0 };
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
        help: { text: help, markdown: `${finding.title.replace(/[<>]/g, '')}${aliases}${finding.url ? `\n\n${finding.url}` : ''}` },
        defaultConfiguration: { level: LEVEL[finding.severity] },
        properties: { tags: ['security', finding.category, finding.source], precision: 'high', 'security-severity': score.toFixed(1) },
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
        ...result.allowed.map(({ finding, entry }) => ({ finding, justification: `allow-list (${(0,_config_js__WEBPACK_IMPORTED_MODULE_1__/* .describeEntry */ .OY)(entry)}) until ${entry.expires}: ${entry.reason}` })),
        ...result.suppressed.map(({ finding, reason }) => ({ finding, justification: `suppressed by ${finding.source}: ${reason}` })),
    ];
    const rules = [];
    const index = new Map();
    for (const { finding } of [...items].sort((a, b) => ruleKey(a.finding).localeCompare(ruleKey(b.finding)))) {
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
                tool: { driver: { name: SECURITY_TOOL_NAME, version: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .xv, semanticVersion: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .xv, informationUri: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .REPOSITORY_URL */ .ld, rules } },
                automationDetails: { id: 'shipshape-security/' },
                columnKind: 'utf16CodeUnits',
                results: items.map(({ finding, justification }) => {
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
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9928);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4307);




/** Token formats with fixed prefixes or shapes: almost no false positives. */
const SECRET_PATTERNS = [
    { id: 'github-token', title: 'GitHub token', severity: 'critical', regex: /\b(gh[pousr]_[A-Za-z0-9]{36,251})\b/g, group: 1 },
    { id: 'github-fine-grained-token', title: 'GitHub fine-grained personal access token', severity: 'critical', regex: /\b(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b/g, group: 1 },
    { id: 'gitlab-token', title: 'GitLab token', severity: 'critical', regex: /\b((?:glpat|gldt|glrt|glptt|glcbt|glft|glimt|glagent|gloas)-[A-Za-z0-9_-]{20,})/g, group: 1 },
    { id: 'aws-access-key-id', title: 'AWS access key id', severity: 'critical', regex: /\b((?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})\b/g, group: 1 },
    {
        id: 'aws-secret-access-key',
        title: 'AWS secret access key',
        severity: 'critical',
        regex: /aws_?secret_?(?:access_?)?key["']?\s*(?::|=|=>)\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi,
        group: 1,
    },
    { id: 'slack-token', title: 'Slack token', severity: 'critical', regex: /\b(xox[abposr]-[0-9A-Za-z-]{10,})/g, group: 1 },
    { id: 'slack-webhook', title: 'Slack incoming webhook URL', severity: 'high', regex: /(https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{6,}\/B[A-Z0-9]{6,}\/[A-Za-z0-9]{20,})/g, group: 1 },
    { id: 'npm-token', title: 'npm access token', severity: 'critical', regex: /\b(npm_[A-Za-z0-9]{36})\b/g, group: 1 },
    {
        id: 'private-key',
        title: 'Private key',
        severity: 'critical',
        regex: /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?)-----/g,
        group: 0,
    },
];
/** `<name>` that sounds like a credential, an assignment, and a value of 16+ characters. */
const GENERIC = /([A-Za-z0-9_.-]*(?:secret|token|passw(?:or)?d|pwd|api[_-]?key|access[_-]?key|private[_-]?key|auth[_-]?key|credential)[A-Za-z0-9_.-]*)["']?\s*(?::=|=>|:|=)\s*["'`]?([A-Za-z0-9+/=_.~-]{16,})/gi;
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
/** Scans one file's text. Exported for tests. */
function scanText(text, path, minEntropy = 3.5) {
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
                findings.push(secretFinding(pattern.id, pattern.title, pattern.severity, secret, path, index + 1, start + 1, pattern.id === 'private-key' ? match[1] : secret));
            }
        }
        GENERIC.lastIndex = 0;
        for (const match of line.matchAll(GENERIC)) {
            const name = match[1];
            const value = match[2];
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
            findings.push(secretFinding('generic-secret', `High-entropy value assigned to "${name}" (${entropy.toFixed(2)} bits/char)`, 'high', value, path, index + 1, start + 1, value));
        }
    });
    return findings;
}
function secretFinding(id, title, severity, secret, path, line, column, identity) {
    return (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .makeFinding */ .MH)({
        source: 'secrets',
        category: 'secret',
        id,
        title: id === 'private-key' ? `${title} (${identity})` : `${title}: ${maskSecret(secret)} at column ${column}`,
        severity,
        path,
        line,
        // The hash of the secret, not its line: the identity survives edits around it and never reveals it.
        fingerprint: (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .hashParts */ .jx)('secrets', id, path, identity),
    });
}
function isBinary(path) {
    const buffer = Buffer.alloc(8000);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    try {
        const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, buffer.length, 0);
        return buffer.subarray(0, read).includes(0);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Scans the repository's files (git's list when inside a work tree, so .gitignore is honoured). */
function scanSecrets(options) {
    const notices = [];
    const files = (0,_core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .listFiles */ .CS)(options.root, options.paths?.length ? options.paths : ['.'], options.ignore ?? [], notices);
    const maxSize = options.maxFileSize ?? 1024 * 1024;
    const findings = [];
    let filesScanned = 0;
    for (const path of files) {
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.root, path);
        try {
            const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolute);
            if (!stats.isFile())
                continue;
            if (stats.size > maxSize) {
                notices.push({ path, message: `skipped by the secrets scan: ${stats.size} bytes is over the ${maxSize}-byte limit` });
                continue;
            }
            if (isBinary(absolute))
                continue;
            findings.push(...scanText((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(absolute, 'utf8'), path, options.minEntropy));
            filesScanned++;
        }
        catch (error) {
            notices.push({ path, message: `skipped by the secrets scan: ${error.code ?? String(error)}` });
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
