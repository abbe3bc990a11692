export const id = 318;
export const ids = [318];
export const modules = {

/***/ 6318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkCommand: () => (/* binding */ checkCommand),
  exceedsThreshold: () => (/* binding */ exceedsThreshold)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/finding.ts
/** Severities ordered from most to least serious. */
const SEVERITIES = ['error', 'warning', 'note'];
function severityRank(severity) {
    return SEVERITIES.length - SEVERITIES.indexOf(severity);
}
function compareFindings(a, b) {
    return (a.path.localeCompare(b.path) ||
        a.span.line - b.span.line ||
        a.span.column - b.span.column ||
        a.ruleId.localeCompare(b.ruleId));
}

;// CONCATENATED MODULE: ./src/formats/annotations.ts
const COMMAND = { error: 'error', warning: 'warning', note: 'notice' };
/** Escapes a workflow command's message (what follows the second `::`). */
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escapes a workflow command property value: as data, plus `:` and `,`, which end a property. */
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function workflowCommand(command, properties, message) {
    const props = properties
        .filter((entry) => entry[1] !== undefined)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}
function annotation(finding) {
    const { line, column, endLine, endColumn } = finding.span;
    // GitHub ignores columns on multi-line annotations; send them only for single-line spans.
    const oneLine = endLine <= line;
    return workflowCommand(COMMAND[finding.severity], [
        ['file', finding.path],
        ['line', line],
        ['endLine', Math.max(line, endLine)],
        ['col', oneLine ? column : undefined],
        ['endColumn', oneLine ? Math.max(column, endColumn) : undefined],
        ['title', finding.ruleId],
    ], `${finding.message}\n${finding.docsUrl}`);
}
/**
 * GitHub workflow commands, one line per finding (`::error`, `::warning`, `::notice`), then one `::notice` per
 * notice. GitHub shows at most 10 annotations of each type per step, which is why the action also writes a job
 * summary that counts everything.
 */
const formatAnnotations = ({ findings, notices }) => {
    const lines = findings.map(annotation);
    for (const notice of notices)
        lines.push(workflowCommand('notice', [['file', notice.path], ['title', 'shipshape notice']], notice.message));
    return lines.length ? `${lines.join('\n')}\n` : '';
};

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/formats/codequality.ts

/** Code Climate issue categories. */
const CATEGORY = {
    correctness: 'Bug Risk',
    security: 'Security',
    'best-practice': 'Bug Risk',
    performance: 'Performance',
    style: 'Style',
};
/**
 * note → info, warning → minor, error → major; an error of a rule with a security severity of 7.0 or more
 * becomes critical, 9.0 or more blocker (the CVSS "high" and "critical" bands).
 */
function codeQualitySeverity(finding, registry) {
    if (finding.severity === 'note')
        return 'info';
    if (finding.severity === 'warning')
        return 'minor';
    const score = registry.byId.get(finding.ruleId)?.meta.securitySeverity;
    if (score !== undefined && score >= 9)
        return 'blocker';
    if (score !== undefined && score >= 7)
        return 'critical';
    return 'major';
}
function buildCodeQuality({ findings, registry }) {
    return findings.map((finding) => {
        const category = registry.byId.get(finding.ruleId)?.meta.category;
        return {
            type: 'issue',
            check_name: finding.ruleId,
            description: finding.message,
            content: { body: `${finding.ruleId}: ${finding.docsUrl}` },
            categories: [category ? CATEGORY[category] : 'Bug Risk'],
            fingerprint: finding.fingerprint,
            severity: codeQualitySeverity(finding, registry),
            location: {
                path: finding.path,
                lines: { begin: finding.span.line, end: Math.max(finding.span.line, finding.span.endLine) },
            },
            engine_name: version/* TOOL_NAME */.lH,
        };
    });
}
/**
 * GitLab Code Quality (a subset of the Code Climate issue format): a JSON array, one issue per finding, with the
 * finding's line-independent fingerprint so merge requests show new and fixed issues. Notices have no place here.
 */
const formatCodeQuality = (input) => `${JSON.stringify(buildCodeQuality(input), null, 2)}\n`;

;// CONCATENATED MODULE: ./src/formats/json.ts

/** Bumped when the shape changes incompatibly. */
const JSON_FORMAT_VERSION = 1;
const formatJson = ({ findings, notices, checked }) => `${JSON.stringify({
    version: JSON_FORMAT_VERSION,
    tool: { name: version/* TOOL_NAME */.lH, version: version/* VERSION */.xv },
    checked,
    findings: findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        path: f.path,
        line: f.span.line,
        column: f.span.column,
        endLine: f.span.endLine,
        endColumn: f.span.endColumn,
        fingerprint: f.fingerprint,
        docsUrl: f.docsUrl,
    })),
    notices,
}, null, 2)}\n`;

;// CONCATENATED MODULE: ./src/formats/xml.ts
/** Characters XML 1.0 cannot carry at all, not even as character references. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function visible(char) {
    const code = char.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff)
        return '\uFFFD';
    return `\\u${code.toString(16).padStart(4, '0')}`;
}
/** Escapes text for an XML element's content: forbidden control characters become a visible `\uXXXX`. */
function xmlText(value) {
    return value.replace(FORBIDDEN, visible).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** Escapes text for a double- or single-quoted attribute; tabs and line breaks survive attribute normalisation. */
function xmlAttribute(value) {
    return xmlText(value)
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;')
        .replace(/\t/g, '&#9;')
        .replace(/\n/g, '&#10;')
        .replace(/\r/g, '&#13;');
}

;// CONCATENATED MODULE: ./src/formats/junit.ts


function testcase(finding) {
    const where = `${finding.path}:${finding.span.line}:${finding.span.column}`;
    const open = `    <testcase classname="${xmlAttribute(finding.ruleId)}" name="${xmlAttribute(where)}" file="${xmlAttribute(finding.path)}" line="${finding.span.line}" time="0">`;
    const body = `${finding.severity}: ${finding.message}\n${where}\n${finding.docsUrl}`;
    if (finding.severity === 'note')
        return `${open}\n      <system-out>${xmlText(body)}</system-out>\n    </testcase>`;
    return `${open}\n      <failure message="${xmlAttribute(finding.message)}" type="${finding.severity}">${xmlText(body)}</failure>\n    </testcase>`;
}
/**
 * JUnit XML, one `<testsuite>` per rule that reported (sorted by id) and one `<testcase>` per finding, named
 * `path:line:column` with `file` and `line` attributes (GitLab's test report and GitHub JUnit reporters link them).
 * Errors and warnings are `<failure>`s; notes pass and carry their text in `<system-out>`. A run without findings
 * is one passing test case, so the report says "passed" rather than "no tests".
 */
const formatJunit = ({ findings, checked }) => {
    const files = Object.values(checked).reduce((sum, count) => sum + (count ?? 0), 0);
    const failures = findings.filter((finding) => finding.severity !== 'note').length;
    const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
    if (findings.length === 0) {
        lines.push(`<testsuites name="${version/* TOOL_NAME */.lH}" tests="1" failures="0" errors="0" skipped="0" time="0">`, `  <testsuite name="${version/* TOOL_NAME */.lH}" tests="1" failures="0" errors="0" skipped="0" time="0">`, `    <testcase classname="${version/* TOOL_NAME */.lH}" name="${xmlAttribute(`no findings in ${files} file${files === 1 ? '' : 's'}`)}" time="0"/>`, '  </testsuite>', '</testsuites>');
        return `${lines.join('\n')}\n`;
    }
    lines.push(`<testsuites name="${version/* TOOL_NAME */.lH}" tests="${findings.length}" failures="${failures}" errors="0" skipped="0" time="0">`);
    const byRule = new Map();
    for (const finding of findings)
        byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
    for (const ruleId of [...byRule.keys()].sort()) {
        const cases = byRule.get(ruleId);
        const failed = cases.filter((finding) => finding.severity !== 'note').length;
        lines.push(`  <testsuite name="${xmlAttribute(ruleId)}" tests="${cases.length}" failures="${failed}" errors="0" skipped="0" time="0">`);
        lines.push(...cases.map(testcase));
        lines.push('  </testsuite>');
    }
    lines.push('</testsuites>');
    return `${lines.join('\n')}\n`;
};

// EXTERNAL MODULE: ./src/formats/sarif.ts
var sarif = __webpack_require__(9105);
// EXTERNAL MODULE: ./src/core/engine.ts + 2 modules
var engine = __webpack_require__(6185);
;// CONCATENATED MODULE: ./src/formats/summary.ts


const DEFAULT_MAX_LISTED = 50;
const ICON = { error: '🔴', warning: '🟡', note: '🔵' };
/**
 * Makes untrusted text (messages and paths come from the checked files) inert in a Markdown table cell: Markdown
 * and HTML punctuation is backslash-escaped, `&` becomes an entity, line breaks become spaces. Code spans
 * (`` `x` ``) are kept, since HTML and links inside them are shown as text; only `|` is escaped there, as GFM
 * tables require.
 */
function markdownCell(value) {
    const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/[\\`*_{}[\]()<>#!|~]/g, '\\$&');
    const oneLine = value.replace(/[\r\n]+/g, ' ');
    let out = '';
    let last = 0;
    // A backslash inside a code span would pair with the pipe escape and end the table cell.
    for (const match of oneLine.matchAll(/`[^`\\]+`/g)) {
        out += escapeText(oneLine.slice(last, match.index)) + match[0].replace(/\|/g, '\\|');
        last = match.index + match[0].length;
    }
    return out + escapeText(oneLine.slice(last));
}
function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
function countBy(items, key) {
    const counts = new Map();
    for (const item of items)
        counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
    return counts;
}
/**
 * A Markdown job summary: totals per severity, a table that counts every finding per rule (with its docs link),
 * then the first `maxListed` findings. Annotations show only 10 per type per step; this shows the whole picture.
 */
const formatSummary = ({ findings, notices, registry, checked }, options = {}) => {
    const maxListed = options.maxListed ?? DEFAULT_MAX_LISTED;
    const files = Object.values(checked).reduce((sum, count) => sum + (count ?? 0), 0);
    const bySeverity = countBy(findings, (finding) => finding.severity);
    const out = ['## shipshape check', ''];
    if (findings.length === 0) {
        out.push(`✅ No findings in ${plural(files, 'file')} checked.`);
    }
    else {
        const totals = SEVERITIES.map((severity) => `${ICON[severity]} **${plural(bySeverity.get(severity) ?? 0, severity)}**`);
        out.push(`${totals.join(' · ')} — ${plural(findings.length, 'finding')} in ${plural(files, 'file')} checked.`);
    }
    if (notices.length > 0)
        out.push('', `${plural(notices.length, 'notice')} (files skipped or read with caveats); the first: ${markdownCell(`${notices[0].path}: ${notices[0].message}`)}`);
    if (findings.length === 0)
        return `${out.join('\n')}\n`;
    out.push('', '### Findings per rule', '', '| Rule | Severity | Findings |', '| --- | --- | ---: |');
    const byRule = new Map();
    for (const finding of findings)
        byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
    const rows = [...byRule.entries()].sort(([a, fa], [b, fb]) => fb.length - fa.length || a.localeCompare(b));
    for (const [ruleId, list] of rows) {
        const rule = registry.byId.get(ruleId);
        const url = rule ? (0,engine/* docsUrl */.fs)(rule) : list[0].docsUrl;
        const severities = SEVERITIES.filter((severity) => list.some((finding) => finding.severity === severity)).join(', ');
        out.push(`| [${markdownCell(ruleId)}](${encodeURI(url)}) | ${severities} | ${list.length} |`);
    }
    const listed = findings.slice(0, maxListed);
    if (listed.length > 0) {
        out.push('', findings.length > listed.length ? `### First ${listed.length} of ${findings.length} findings` : '### Findings', '');
        out.push('| Severity | Location | Rule | Message |', '| --- | --- | --- | --- |');
        for (const finding of listed) {
            const where = `${finding.path}:${finding.span.line}:${finding.span.column}`;
            out.push(`| ${ICON[finding.severity]} ${finding.severity} | ${markdownCell(where)} | ${markdownCell(finding.ruleId)} | ${markdownCell(finding.message)} |`);
        }
        if (findings.length > listed.length) {
            out.push('', `…and ${plural(findings.length - listed.length, 'more finding')}: see the SARIF or JSON report for all of them.`);
        }
    }
    return `${out.join('\n')}\n`;
};

;// CONCATENATED MODULE: ./src/formats/text.ts
const COLOURS = { error: '\u001b[31m', warning: '\u001b[33m', note: '\u001b[36m' };
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';
/** `path:line:col: severity: message [rule-id]`, one finding a line, then a count. */
const formatText = ({ findings, notices, checked }, options = {}) => {
    const paint = (code, text) => (options.color ? `${code}${text}${RESET}` : text);
    const lines = findings.map((f) => `${f.path}:${f.span.line}:${f.span.column}: ${paint(COLOURS[f.severity], f.severity)}: ${f.message} ${paint(DIM, `[${f.ruleId}]`)}`);
    for (const notice of notices)
        lines.push(paint(DIM, `${notice.path}: notice: ${notice.message}`));
    const files = Object.values(checked).reduce((sum, count) => sum + (count ?? 0), 0);
    const counts = ['error', 'warning', 'note'].map((severity) => {
        const count = findings.filter((f) => f.severity === severity).length;
        return `${count} ${severity}${count === 1 ? '' : 's'}`;
    });
    lines.push(`${findings.length === 0 ? 'No findings' : `${findings.length} finding${findings.length === 1 ? '' : 's'}`} (${counts.join(', ')}) in ${files} file${files === 1 ? '' : 's'} checked.`);
    return `${lines.join('\n')}\n`;
};

;// CONCATENATED MODULE: ./src/formats/index.ts







const FORMATS = {
    text: formatText,
    json: formatJson,
    sarif: sarif/* formatSarif */.zK,
    codequality: formatCodeQuality,
    junit: formatJunit,
    annotations: formatAnnotations,
    summary: formatSummary,
};

// EXTERNAL MODULE: ./src/runner/baseline.ts
var baseline = __webpack_require__(5167);
// EXTERNAL MODULE: ./src/runner/check.ts + 10 modules
var check = __webpack_require__(8566);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/commands/check.ts








const FAIL_ON = ['error', 'warning', 'note', 'never'];
function exceedsThreshold(findings, failOn) {
    if (failOn === 'never')
        return false;
    return findings.some((finding) => severityRank(finding.severity) >= severityRank(failOn));
}
const checkCommand = {
    name: 'check',
    summary: 'Review GitHub workflows and actions, GitLab CI and Dockerfiles under the given paths.',
    usage: `shipshape check [paths…] [options]

Options:
  --format <name>          ${Object.keys(FORMATS).join(', ')} (default: text)
  --output <file>          write the report to a file instead of standard output
  --fail-on <severity>     error, warning, note or never (absent or empty: from config, else error)
  --config <file>          config file (default: .shipshape.yml at the root, if any)
  --root <dir>             repository root that paths in the report are relative to (default: .)
  --baseline <file>        report only findings not recorded in this baseline
  --write-baseline <file>  record the current findings as the baseline and exit 0`,
    async run(argv, io) {
        const { values, positionals } = (0,command/* parseCommandArgs */.Q)('check', argv, {
            format: { type: 'string', default: 'text' },
            output: { type: 'string' },
            'fail-on': { type: 'string' },
            config: { type: 'string' },
            root: { type: 'string' },
            baseline: { type: 'string' },
            'write-baseline': { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        });
        if (values.help) {
            io.stdout(`${this.usage}\n`);
            return 0;
        }
        const formatter = FORMATS[values.format];
        if (!formatter)
            throw new errors/* UsageError */.eb(`check: unknown format "${values.format}" (one of: ${Object.keys(FORMATS).join(', ')})`);
        if (values['fail-on'] && !FAIL_ON.includes(values['fail-on'])) {
            throw new errors/* UsageError */.eb(`check: --fail-on must be one of ${FAIL_ON.join(', ')}, not "${values['fail-on']}"`);
        }
        const root = (0,external_node_path_.resolve)(io.cwd, values.root ?? '.');
        const result = (0,check/* runCheck */.k)({
            root,
            paths: positionals.map((path) => (0,external_node_path_.resolve)(io.cwd, path)).map((path) => path),
            configPath: values.config ? (0,external_node_path_.resolve)(io.cwd, values.config) : undefined,
            baselinePath: values.baseline ? (0,external_node_path_.resolve)(io.cwd, values.baseline) : undefined,
        });
        if (values['write-baseline']) {
            (0,baseline/* writeBaseline */.B9)((0,external_node_path_.resolve)(io.cwd, values['write-baseline']), result.findings);
            io.stderr(`Wrote ${result.findings.length} findings to ${values['write-baseline']}.\n`);
            return 0;
        }
        const report = formatter({ findings: result.findings, notices: result.notices, registry: result.registry, checked: result.checked }, { color: io.isTTY && !values.output && !io.env.NO_COLOR });
        if (values.output) {
            const target = (0,external_node_path_.resolve)(io.cwd, values.output);
            try {
                (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
                (0,external_node_fs_.writeFileSync)(target, report);
            }
            catch (error) {
                throw new errors/* UsageError */.eb(`check: cannot write ${values.output}: ${(0,errors/* describeError */.Uc)(error)}`);
            }
        }
        else {
            io.stdout(report);
        }
        if (values.format !== 'text') {
            for (const notice of result.notices)
                io.stderr(`${notice.path}: notice: ${notice.message}\n`);
        }
        // Empty (as a pipeline input left at its default passes it) means the same as absent: the config decides.
        const failOn = (values['fail-on'] || undefined) ?? result.config.failOn;
        return exceedsThreshold(result.findings, failOn) ? 1 : 0;
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


/***/ })

};
