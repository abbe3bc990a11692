export const id = 102;
export const ids = [102];
export const modules = {

/***/ 5278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank)
/* harmony export */ });
/* unused harmony export compareFindings */
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


/***/ }),

/***/ 6107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   IW: () => (/* binding */ commandScope),
/* harmony export */   Mt: () => (/* binding */ writeInside),
/* harmony export */   X$: () => (/* binding */ openInside),
/* harmony export */   bX: () => (/* binding */ resolveWritePath),
/* harmony export */   he: () => (/* binding */ realInside),
/* harmony export */   sT: () => (/* binding */ resolveReadPath),
/* harmony export */   xO: () => (/* binding */ readInside),
/* harmony export */   zA: () => (/* binding */ resolveArgumentPath)
/* harmony export */ });
/* unused harmony exports PathInputError, previewPath, realFolder, actionScope */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);



/** A path input that leads outside its scope or to nothing usable; names the input, never the file's content. */
class PathInputError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb {
    input;
    constructor(input, message) {
        super(`${input}: ${message}`);
        this.input = input;
        this.name = 'PathInputError';
    }
}
/** A path as shown in an error: printable, bounded, quoted. The value came from outside: never echo it raw. */
function previewPath(value) {
    const clean = value.replace(/[^\x20-\x7e]/g, '?');
    return JSON.stringify(clean.length > 120 ? `${clean.slice(0, 120)}…` : clean);
}
/** True when `child` is `parent` or inside it, lexically (no `..` escape, no other drive). */
function isInside(parent, child) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(parent, child);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
const realCache = new Map();
/** The real path of a folder that exists (cached: scopes are asked about again and again), else the path itself. */
function realFolder(path) {
    let real = realCache.get(path);
    if (real === undefined) {
        try {
            real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(path);
        }
        catch {
            real = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
        }
        realCache.set(path, real);
    }
    return real;
}
/** True when the real path of `path` (every symbolic link followed) lies inside the real path of one of `folders`. */
function realInside(folders, path) {
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(path);
    }
    catch {
        return false;
    }
    return folders.some((folder) => isInside(realFolder(folder), real));
}
function checkText(input, value) {
    if (value === '')
        throw new PathInputError(input, 'is empty');
    if (/[\0\r\n]/.test(value))
        throw new PathInputError(input, `${previewPath(value)} contains a line break or NUL`);
}
function describeScope(folders) {
    return folders.length === 1
        ? `the workspace ${folders[0]}`
        : `${folders.slice(0, -1).join(', ')} or ${folders[folders.length - 1]}`;
}
/**
 * Resolves a path input to read: it must exist inside the scope's read folders, also after following symbolic
 * links, and be a regular file or a folder as `kind` says. Throws a PathInputError naming the input otherwise.
 */
function resolveReadPath(input, value, scope, kind = 'file') {
    checkText(input, value);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(scope.base, value);
    if (!scope.read.some((folder) => isInside(folder, path)))
        throw new PathInputError(input, `${previewPath(value)} is outside ${describeScope(scope.read)}`);
    const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path, { throwIfNoEntry: false });
    if (!stats)
        throw new PathInputError(input, `${previewPath(value)} does not exist`);
    if (!realInside(scope.read, path))
        throw new PathInputError(input, `${previewPath(value)} leads outside ${describeScope(scope.read)} through a symbolic link`);
    let target;
    try {
        target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(path));
    }
    catch (error) {
        throw new PathInputError(input, `${previewPath(value)} cannot be read (${errorCode(error)})`);
    }
    if (kind === 'file' && !target.isFile())
        throw new PathInputError(input, `${previewPath(value)} is not a regular file`);
    if (kind === 'directory' && !target.isDirectory())
        throw new PathInputError(input, `${previewPath(value)} is not a folder`);
    if (kind === 'any' && !target.isFile() && !target.isDirectory())
        throw new PathInputError(input, `${previewPath(value)} is not a regular file or folder`);
    return path;
}
/**
 * Resolves a path argument naming what to check: it must exist (a dangling link counts: the walker reports it) and
 * lie inside the scope's read folders as written. Links are not followed here: file discovery skips, with a
 * notice, a link whose target is outside.
 */
function resolveArgumentPath(input, value, scope) {
    checkText(input, value);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(scope.base, value);
    if (!scope.read.some((folder) => isInside(folder, path)))
        throw new PathInputError(input, `${previewPath(value)} is outside ${describeScope(scope.read)}`);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path, { throwIfNoEntry: false }))
        throw new PathInputError(input, `${previewPath(value)} does not exist`);
    return path;
}
/**
 * Resolves a path input to write: it must land inside the scope's write folders, and so must the nearest folder
 * that exists on the way (so no folder is created outside) and the file itself when it is a symbolic link.
 * An existing target must be a regular file. Nothing is created here.
 */
function resolveWritePath(input, value, scope) {
    checkText(input, value);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(scope.base, value);
    if (!scope.write.some((folder) => isInside(folder, path)))
        throw new PathInputError(input, `${previewPath(value)} is outside ${describeScope(scope.write)}`);
    const existing = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path, { throwIfNoEntry: false });
    if (existing) {
        if (!realInside(scope.write, path))
            throw new PathInputError(input, `${previewPath(value)} leads outside ${describeScope(scope.write)} through a symbolic link`);
        const target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(path));
        if (!target.isFile())
            throw new PathInputError(input, `${previewPath(value)} exists and is not a regular file`);
        return path;
    }
    let ancestor = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path);
    while (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(ancestor, { throwIfNoEntry: false }) && (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(ancestor) !== ancestor)
        ancestor = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(ancestor);
    if (!realInside(scope.write, ancestor))
        throw new PathInputError(input, `${previewPath(value)} leads outside ${describeScope(scope.write)} through a symbolic link`);
    return path;
}
/** Writes a file at a path resolveWritePath accepted, creating its folders; failures name the input. */
function writeInside(input, path, text) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, text);
    }
    catch (error) {
        throw new PathInputError(input, `cannot write ${previewPath(path)} (${errorCode(error)})`);
    }
}
/** The error's code (ENOENT, EACCES, …) or its message: never more of a file than its name. */
function errorCode(error) {
    const code = error?.code;
    return typeof code === 'string' ? code : (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error);
}
/** The usual scope of a command-line run: the folder it runs in, plus the runner's temp folder for writes. */
function commandScope(cwd, env) {
    const base = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd);
    const temp = env.RUNNER_TEMP ? [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(env.RUNNER_TEMP)] : [];
    return { base, read: [base], write: [base, ...temp] };
}
/** The scope of an action: relative inputs against working-directory, reads in the workspace, writes also in RUNNER_TEMP. */
function actionScope(workspace, base, env) {
    const temp = env.RUNNER_TEMP ? [resolve(env.RUNNER_TEMP)] : [];
    return { base, read: [workspace], write: [workspace, ...temp] };
}
/** Folders whose files never hold repository content and may block or never end when read. */
const PSEUDO_FILESYSTEMS = ['/proc', '/sys', '/dev'];
/**
 * Reads a file found under `root` without ever leaving it or blocking: a symbolic link is followed only when its
 * real target is inside the root; the file is opened non-blocking and checked on the open descriptor, so a FIFO,
 * a device or a /proc file is never read. `maxSize` bounds the read.
 */
function openInside(root, path) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, path);
    const link = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(absolute, { throwIfNoEntry: false });
    if (!link)
        return { skipped: 'missing', detail: 'no such file' };
    const realRoot = realFolder(root);
    // A folder on the way may be a link too (a path argument naming one): its real place decides, once per folder.
    if (!isInside(realRoot, realFolder((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute)))) {
        return { skipped: 'outside', detail: 'in a folder linked from outside the repository (not followed)' };
    }
    if (link.isSymbolicLink()) {
        let real;
        try {
            real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(absolute);
        }
        catch {
            return { skipped: 'missing', detail: 'dangling symbolic link' };
        }
        if (!isInside(realRoot, real) || PSEUDO_FILESYSTEMS.some((folder) => isInside(folder, real))) {
            return { skipped: 'outside', detail: 'symbolic link to a path outside the repository (not followed)' };
        }
    }
    else if (!link.isFile()) {
        return { skipped: 'special', detail: 'not a regular file' };
    }
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(absolute, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOCTTY ?? 0));
    }
    catch (error) {
        return { skipped: 'unreadable', detail: `cannot read: ${errorCode(error)}` };
    }
    try {
        const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stats.isFile()) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            return { skipped: 'special', detail: 'not a regular file' };
        }
        return { fd, size: stats.size };
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        return { skipped: 'unreadable', detail: `cannot read: ${errorCode(error)}` };
    }
}
/**
 * Reads a file found under `root` without ever leaving it or blocking (see openInside); `maxSize` bounds the read.
 */
function readInside(root, path, maxSize) {
    const opened = openInside(root, path);
    if ('skipped' in opened)
        return opened;
    const { fd, size } = opened;
    try {
        if (size > maxSize)
            return { skipped: 'too-large', detail: `${size} bytes, larger than ${maxSize} bytes (max-file-size)` };
        const buffer = Buffer.allocUnsafe(size);
        let read = 0;
        while (read < size) {
            const count = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, read, size - read, read);
            if (count === 0)
                break;
            read += count;
        }
        return { buffer: buffer.subarray(0, read), size };
    }
    catch (error) {
        return { skipped: 'unreadable', detail: `cannot read: ${errorCode(error)}` };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

/***/ 1273:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ FORMATS)
});

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
        lines.push(workflowCommand('notice', [
            ['file', notice.path],
            ['title', 'shipshape notice'],
        ], notice.message));
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
// EXTERNAL MODULE: ./src/core/finding.ts
var finding = __webpack_require__(5278);
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
        const totals = finding/* SEVERITIES */.oC.map((severity) => `${ICON[severity]} **${plural(bySeverity.get(severity) ?? 0, severity)}**`);
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
        const severities = finding/* SEVERITIES */.oC.filter((severity) => list.some((finding) => finding.severity === severity)).join(', ');
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

/***/ 5406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TL: () => (/* binding */ parseInputs),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* unused harmony exports parseValue, resolveWorkingDirectory */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6107);



/** Shown in errors: never the whole value (it may be long or hostile), just a safe preview. */
function preview(value) {
    const clean = value.replace(/[^\x20-\x7e]/g, '?');
    return JSON.stringify(clean.length > 40 ? `${clean.slice(0, 40)}…` : clean);
}
/**
 * The one boolean parser of every surface (actions, reusable workflows, GitLab jobs, CLI flags and SHIPSHAPE_*
 * variables): the YAML 1.2 core schema's booleans — true, True, TRUE, false, False, FALSE — which is also what
 * `core.getBooleanInput` of the GitHub Actions toolkit accepts. Anything else (yes, on, 1, …) is refused with an
 * error naming the input, rather than read one way on one platform and another way on the next.
 */
function parseBoolean(name, raw) {
    const value = raw.trim();
    if (value === 'true' || value === 'True' || value === 'TRUE')
        return true;
    if (value === 'false' || value === 'False' || value === 'FALSE')
        return false;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`input "${name}" must be true or false, not ${preview(raw)}`);
}
/**
 * Parses raw input strings (as GitHub and GitLab hand them over) into typed values by the spec.
 * `read(name)` returns the raw value or '' when unset. Throws a UsageError naming the input on the first problem.
 */
function parseInputs(specs, read) {
    const values = {};
    for (const spec of specs) {
        const raw = read(spec.name);
        const given = raw.trim() !== '';
        if (!given) {
            if (spec.default === undefined)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`input "${spec.name}" is required: ${spec.description}`);
            values[spec.name] = spec.default;
            continue;
        }
        values[spec.name] = parseValue(spec, raw);
    }
    return values;
}
function parseValue(spec, raw) {
    const value = spec.type === 'string' ? raw : raw.trim();
    switch (spec.type) {
        case 'boolean':
            return parseBoolean(spec.name, raw);
        case 'number': {
            if (!/^-?\d+(\.\d+)?$/.test(value))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`input "${spec.name}" must be a number, not ${preview(raw)}`);
            return Number(value);
        }
        case 'choice': {
            if (!spec.options?.includes(value)) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`input "${spec.name}" must be one of ${spec.options?.join(', ')}, not ${preview(raw)}`);
            }
            return value;
        }
        default: {
            if (spec.pattern && !new RegExp(`^(?:${spec.pattern})$`).test(value)) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`input "${spec.name}" has an invalid value ${preview(raw)} (expected to match /${spec.pattern}/)`);
            }
            return value;
        }
    }
}
/**
 * Resolves a `working-directory` input inside the workspace (core/paths.ts): refuses paths that leave it, also
 * through a symbolic link, and paths that are not folders.
 */
function resolveWorkingDirectory(workspace, relative) {
    const root = resolvePath(workspace);
    return resolveReadPath('input "working-directory"', relative, { base: root, read: [root], write: [] }, 'directory');
}


/***/ })

};
