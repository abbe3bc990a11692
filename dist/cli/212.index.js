export const id = 212;
export const ids = [212];
export const modules = {

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseCommandArgs)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/** node:util parseArgs with errors turned into usage errors that name the command. */
function parseCommandArgs(command, argv, options, allowPositionals = true) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, allowPositionals, strict: true });
    }
    catch (error) {
        const message = error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, '') : String(error);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${command}: ${message} (see \`shipshape ${command} --help\`)`);
    }
}


/***/ }),

/***/ 6185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N$: () => (/* binding */ Engine),
  fs: () => (/* binding */ docsUrl)
});

// UNUSED EXPORTS: DOCS_BASE

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/fingerprint.ts

/** One-shot hashing (Node ≥ 20.12) is several times cheaper than createHash for short inputs; same digest. */
const oneShot = external_node_crypto_.hash;
/**
 * A stable identity for a finding: rule, file and logical node path, never the line number,
 * so code scanning and Code Quality keep tracking a finding when lines above it move.
 * `occurrence` separates findings of one rule on the same node.
 */
function fingerprint(ruleId, path, nodePath, occurrence = 0) {
    const input = `${ruleId}\0${path}\0${nodePath}\0${occurrence}`;
    const digest = oneShot ? oneShot('sha256', input, 'hex') : external_node_crypto_.createHash('sha256').update(input).digest('hex');
    return digest.slice(0, 32);
}

// EXTERNAL MODULE: ./src/core/rule.ts
var core_rule = __webpack_require__(1961);
;// CONCATENATED MODULE: ./src/core/suppress.ts
const OWN_MARKER = /shipshape-ignore(-file)?\[([^\]]*)\]/g;
const PEER_MARKERS = [
    { tool: 'hadolint', pattern: /^hadolint\s+global\s+ignore=([\w,\s-]+)/, file: true },
    { tool: 'hadolint', pattern: /^hadolint\s+ignore=([\w,\s-]+)/ },
    { tool: 'zizmor', pattern: /zizmor:\s*ignore\[([^\]]*)\]/ },
    { tool: 'checkov', pattern: /checkov:skip=([\w-]+)/ },
];
function collectSuppressions(comments, file, knownRuleIds, peers) {
    const suppressions = [];
    for (const comment of comments) {
        const target = comment.trailing ? comment.line : nextCodeLine(file, comment.line);
        for (const match of comment.text.matchAll(OWN_MARKER)) {
            const ids = splitIds(match[2]);
            const resolved = new Map(ids.map((id) => [id, knownRuleIds.has(id) ? [id] : []]));
            const scope = match[1] ? 'file' : 'line';
            suppressions.push({ line: comment.line, target: scope === 'file' ? 0 : target, scope, tool: 'shipshape', ids, resolved, used: new Set() });
        }
        for (const marker of PEER_MARKERS) {
            const match = marker.pattern.exec(comment.text);
            if (!match)
                continue;
            const ids = splitIds(match[1]);
            const table = peers.get(marker.tool);
            const resolved = new Map(ids.map((id) => [id, table?.get(id) ?? []]));
            const scope = marker.file ? 'file' : 'line';
            suppressions.push({ line: comment.line, target: scope === 'file' ? 0 : target, scope, tool: marker.tool, ids, resolved, used: new Set() });
            break;
        }
    }
    return suppressions;
}
/** True when a suppression covers the finding; marks the id it used. */
function isSuppressed(finding, suppressions) {
    let suppressed = false;
    for (const suppression of suppressions) {
        if (suppression.scope === 'line') {
            const { line, endLine } = finding.span;
            const onSpan = suppression.line >= line && suppression.line <= endLine;
            if (!onSpan && suppression.target !== line)
                continue;
        }
        for (const [id, ruleIds] of suppression.resolved) {
            if (ruleIds.includes(finding.ruleId)) {
                suppression.used.add(id);
                suppressed = true;
            }
        }
    }
    return suppressed;
}
function splitIds(list) {
    return list
        .split(/[,\s]+/)
        .map((id) => id.trim())
        .filter(Boolean);
}
/** The first line after `line` that is neither blank nor a comment: what an own-line marker applies to. */
function nextCodeLine(file, line) {
    for (let next = line + 1; next <= file.lineCount; next++) {
        const text = file.lineText(next).trim();
        if (text !== '' && !text.startsWith('#'))
            return next;
    }
    return line + 1;
}

;// CONCATENATED MODULE: ./src/core/engine.ts




const DOCS_BASE = 'https://github.com/shipshape-ci/shipshape/blob/main/docs/rules';
function docsUrl(rule) {
    return `${DOCS_BASE}/${rule.meta.domain}/${rule.meta.id.slice(rule.meta.id.indexOf('/') + 1)}.md`;
}
/**
 * Every marker collectSuppressions (core/suppress.ts) reads contains one of these words: a file without any has no
 * suppression, so its comments need not be collected. Keep in step with the markers there.
 */
const SUPPRESSION_WORDS = ['shipshape-ignore', 'hadolint', 'zizmor', 'checkov'];
function mayHoldSuppressions(text) {
    for (const word of SUPPRESSION_WORDS)
        if (text.includes(word))
            return true;
    return false;
}
/** One file's run: its findings so far, and how often each rule reported each node (for fingerprints). */
class FileRun {
    file;
    engine;
    findings = [];
    occurrences = new Map();
    constructor(file, engine) {
        this.file = file;
        this.engine = engine;
    }
    push(entry, severity, report) {
        const { rule } = entry;
        const ruleId = rule.meta.id;
        const message = (0,core_rule/* formatMessage */.hw)(rule.meta.messages[report.messageId] ?? report.messageId, report.data);
        const nodePath = report.at.path;
        const key = `${ruleId}\0${nodePath}`;
        const occurrence = this.occurrences.get(key) ?? 0;
        this.occurrences.set(key, occurrence + 1);
        const path = this.file.path;
        const finding = {
            ruleId,
            message,
            severity: report.severity && severity === rule.meta.defaultSeverity ? report.severity : severity,
            path,
            // A rule's arithmetic can miss (a keyword split by a line continuation, …): findings stay inside the file.
            span: this.file.clampSpan(report.at.span),
            nodePath,
            docsUrl: entry.docsUrl,
            fingerprint: fingerprint(ruleId, path, nodePath, occurrence),
        };
        if (report.fix)
            finding.fix = report.fix;
        this.findings.push(finding);
    }
    /** A finding of a core rule (syntax, suppressions, rule errors), when the config has it on. */
    pushMeta(ruleId, at, messageId, data) {
        const entry = this.engine.metaEntry(ruleId);
        if (entry)
            this.push(entry, entry.severity, { at, messageId, data });
    }
}
/** What a rule sees while it checks one file. A class, so a file's contexts share their methods. */
class FileRuleContext {
    run;
    entry;
    model;
    settings;
    readFile;
    fileExists;
    /** Set when the rule threw on this file: it reports nothing more and its handlers are not called again. */
    failed = false;
    constructor(run, entry, model, settings, readFile, fileExists) {
        this.run = run;
        this.entry = entry;
        this.model = model;
        this.settings = settings;
        this.readFile = readFile;
        this.fileExists = fileExists;
    }
    get file() {
        return this.run.file;
    }
    get options() {
        return this.entry.options;
    }
    report(report) {
        if (!this.failed)
            this.run.push(this.entry, this.entry.severity, report);
    }
    fail(error) {
        if (this.failed)
            return;
        this.failed = true;
        const { file } = this.run;
        const id = this.entry.rule.meta.id;
        this.run.pushMeta('shipshape/rule-error', { span: file.lineSpan(1), path: `rule-error@${id}` }, 'crashed', {
            id,
            error: (0,errors/* describeError */.Uc)(error).split('\n')[0],
        });
    }
}
/** Parses each file once, walks it once, and dispatches every node to every enabled rule of its domain. */
class Engine {
    options;
    domains = new Map();
    /** Enabled rules per domain with their severity and options: the config is fixed, so this is worked out once. */
    enabled = new Map();
    /** Core rules reported by the engine itself, by id; null when the config turns one off. */
    metaEntries = new Map();
    constructor(options) {
        this.options = options;
        for (const domain of options.domains)
            this.domains.set(domain.id, domain);
    }
    hasDomain(id) {
        return this.domains.has(id);
    }
    checkFile(file, domainId) {
        const domain = this.domains.get(domainId);
        if (!domain)
            return [];
        const { registry, config } = this.options;
        const run = new FileRun(file, this);
        const { findings } = run;
        const parsed = domain.parse(file);
        if (!parsed.ok) {
            const syntaxId = `${core_rule/* DOMAIN_PREFIX */.Mo[domainId]}/syntax`;
            for (const problem of parsed.problems)
                run.pushMeta(syntaxId, problem.at, 'syntax', { message: problem.message });
        }
        else {
            this.runRules(domain, run, parsed.model);
        }
        // Comments are read (and, for YAML, lexed) only when one may hold a suppression marker.
        const suppressions = mayHoldSuppressions(file.text) ? collectSuppressions(parsed.comments, file, registry.ids, registry.peers) : [];
        if (suppressions.length === 0)
            return sortFileFindings(findings);
        const kept = findings.filter((finding) => !isSuppressed(finding, suppressions));
        findings.splice(0, findings.length, ...kept);
        for (const suppression of suppressions) {
            if (suppression.tool !== 'shipshape')
                continue;
            for (const [id, ruleIds] of suppression.resolved) {
                const at = { span: file.lineSpan(suppression.line), path: `suppression[${id}]` };
                if (ruleIds.length === 0) {
                    run.pushMeta('shipshape/unknown-suppression', at, 'unknown', { id });
                }
                else if (!suppression.used.has(id) && parsed.ok && registry.severityOf(id, config)) {
                    run.pushMeta('shipshape/unused-suppression', at, 'unused', { id });
                }
            }
        }
        return sortFileFindings(findings);
    }
    /** @internal The entry of a core rule the engine reports itself, or undefined when it is off or unknown. */
    metaEntry(ruleId) {
        let entry = this.metaEntries.get(ruleId);
        if (entry === undefined) {
            const { registry, config } = this.options;
            const rule = registry.byId.get(ruleId);
            const severity = rule && registry.severityOf(ruleId, config);
            entry = rule && severity ? { rule, severity, options: {}, docsUrl: docsUrl(rule) } : null;
            this.metaEntries.set(ruleId, entry);
        }
        return entry ?? undefined;
    }
    readFile = (path) => this.options.readFile?.(path);
    fileExists = (path) => this.options.readFile?.(path) !== undefined;
    enabledRules(domainId) {
        let list = this.enabled.get(domainId);
        if (!list) {
            const { registry, config } = this.options;
            list = [];
            for (const rule of registry.forDomain(domainId)) {
                const severity = registry.severityOf(rule.meta.id, config);
                if (severity)
                    list.push({ rule, severity, options: registry.optionsOf(rule.meta.id, config), docsUrl: docsUrl(rule) });
            }
            this.enabled.set(domainId, list);
        }
        return list;
    }
    runRules(domain, run, model) {
        const { settings } = this.options.config;
        const hooks = new Map();
        const { readFile, fileExists } = this;
        for (const entry of this.enabledRules(domain.id)) {
            const context = new FileRuleContext(run, entry, model, settings, readFile, fileExists);
            try {
                const handlers = entry.rule.create(context);
                for (const hook in handlers) {
                    const handler = handlers[hook];
                    // A rule may leave a hook undefined (`{ RUN: enabled ? check : undefined }`): nothing to call.
                    if (typeof handler !== 'function')
                        continue;
                    const list = hooks.get(hook);
                    if (list)
                        list.push({ context, handler });
                    else
                        hooks.set(hook, [{ context, handler }]);
                }
            }
            catch (error) {
                context.fail(error);
            }
        }
        if (hooks.size === 0)
            return;
        domain.walk(model, (hook, node) => {
            const list = hooks.get(hook);
            if (list)
                dispatch(list, node);
        });
    }
}
function dispatch(list, node) {
    for (const { context, handler } of list) {
        if (context.failed)
            continue;
        try {
            handler(node);
        }
        catch (error) {
            context.fail(error);
        }
    }
}
/**
 * compareFindings' order for one file's findings. They share their path, so the path comparison (a locale-aware one,
 * the costliest step) can only answer 0 and is skipped.
 */
function sortFileFindings(findings) {
    return findings.sort(compareSameFile);
}
function compareSameFile(a, b) {
    return a.span.line - b.span.line || a.span.column - b.span.column || a.ruleId.localeCompare(b.ruleId);
}


/***/ }),

/***/ 1961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Km: () => (/* binding */ defineRule),
/* harmony export */   Mo: () => (/* binding */ DOMAIN_PREFIX),
/* harmony export */   hw: () => (/* binding */ formatMessage)
/* harmony export */ });
/* unused harmony exports DOMAINS, ruleName */
const DOMAINS = (/* unused pure expression or super */ null && (['shipshape', 'dockerfile', 'github-actions', 'gitlab-ci', 'kubernetes', 'terraform']));
/** Rule id prefixes per domain: `docker/no-root-user`, `gha/unpinned-uses`, … */
const DOMAIN_PREFIX = {
    shipshape: 'shipshape',
    dockerfile: 'docker',
    'github-actions': 'gha',
    'gitlab-ci': 'gitlab',
    kubernetes: 'k8s',
    terraform: 'tf',
};
function defineRule(rule) {
    return rule;
}
function ruleName(id) {
    return id.slice(id.indexOf('/') + 1);
}
function formatMessage(template, data = {}) {
    if (!template.includes('{{'))
        return template;
    const { literals, placeholders } = compiledTemplate(template);
    let out = literals[0];
    for (let i = 0; i < placeholders.length; i++) {
        const { key, whole } = placeholders[i];
        out += (key in data ? String(data[key]) : whole) + literals[i + 1];
    }
    return out;
}
const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
/** Rules have a few templates each and report many times: each is cut once (a bounded cache, as a message id
 * without a template is its own template). */
const compiledTemplates = new Map();
const MAX_COMPILED_TEMPLATES = 1000;
function compiledTemplate(template) {
    let compiled = compiledTemplates.get(template);
    if (!compiled) {
        compiled = { literals: [], placeholders: [] };
        let last = 0;
        for (const match of template.matchAll(PLACEHOLDER)) {
            compiled.literals.push(template.slice(last, match.index));
            compiled.placeholders.push({ key: match[1], whole: match[0] });
            last = match.index + match[0].length;
        }
        compiled.literals.push(template.slice(last));
        if (compiledTemplates.size >= MAX_COMPILED_TEMPLATES)
            compiledTemplates.clear();
        compiledTemplates.set(template, compiled);
    }
    return compiled;
}


/***/ }),

/***/ 2858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ SourceFile)
/* harmony export */ });
/**
 * A file's text with a line index, so rules and domains can turn offsets into 1-based positions. Line breaks are
 * `\n`, `\r\n` and a lone `\r`, as editors and the Dockerfile parser count them, so every domain's positions agree.
 */
class SourceFile {
    path;
    text;
    lineStarts;
    constructor(
    /** Repository-relative path with forward slashes. */
    path, text) {
        this.path = path;
        this.text = text;
        const starts = [0];
        for (let i = 0; i < text.length; i++) {
            const code = text.charCodeAt(i);
            if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10))
                starts.push(i + 1);
        }
        this.lineStarts = starts;
    }
    get lineCount() {
        return this.lineStarts.length;
    }
    /**
     * 1-based line and column of a character offset. An offset inside a line break (the `\n` of `\r\n`) is the end
     * of its line, so a column is never past the line's text + 1.
     */
    position(offset) {
        const clamped = Math.max(0, Math.min(offset, this.text.length));
        let low = 0;
        let high = this.lineStarts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (this.lineStarts[mid] <= clamped)
                low = mid;
            else
                high = mid - 1;
        }
        const start = this.lineStarts[low];
        return { line: low + 1, column: Math.min(clamped, this.lineEnd(low)) - start + 1 };
    }
    /** Offset just after the text of a 0-based line (before its line break). */
    lineEnd(index) {
        const next = this.lineStarts[index + 1];
        if (next === undefined)
            return this.text.length;
        let end = next - 1;
        if (end > this.lineStarts[index] && this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13)
            end--;
        return end;
    }
    offset(line, column) {
        const start = this.lineStarts[Math.max(0, Math.min(line - 1, this.lineStarts.length - 1))];
        return Math.min(start + column - 1, this.text.length);
    }
    spanOf(start, end) {
        const from = this.position(start);
        const to = this.position(Math.max(start, end));
        return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
    }
    /** Length of a 1-based line's text (without its line break); 0 outside the file. */
    lineLength(line) {
        const start = this.lineStarts[line - 1];
        return start === undefined ? 0 : this.lineEnd(line - 1) - start;
    }
    /**
     * The span moved inside the file: lines within 1..lineCount, columns within 1..length + 1, the end not before the
     * start. Returns the same object when it is already valid.
     */
    clampSpan(span) {
        const { line, column, endLine, endColumn } = span;
        const count = this.lineStarts.length;
        if (line >= 1 && line <= endLine && endLine <= count && column >= 1 && endColumn >= 1 &&
            column <= this.lineLength(line) + 1 && endColumn <= this.lineLength(endLine) + 1 && (line < endLine || column <= endColumn)) {
            return span;
        }
        const clampLine = (n) => Math.min(Math.max(1, Math.trunc(n) || 1), count);
        const clampColumn = (n, at) => Math.min(Math.max(1, Math.trunc(n) || 1), this.lineLength(at) + 1);
        const from = { line: clampLine(line), column: 0 };
        from.column = clampColumn(column, from.line);
        const to = { line: clampLine(endLine), column: 0 };
        to.column = clampColumn(endColumn, to.line);
        if (to.line < from.line || (to.line === from.line && to.column < from.column))
            return { line: from.line, column: from.column, endLine: from.line, endColumn: from.column };
        return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
    }
    /** The text of a 1-based line without its line break. */
    lineText(line) {
        const start = this.lineStarts[line - 1];
        if (start === undefined)
            return '';
        return this.text.slice(start, this.lineEnd(line - 1));
    }
    /** A span covering a whole line's text. */
    lineSpan(line) {
        return { line, column: 1, endLine: line, endColumn: this.lineText(line).length + 1 };
    }
}


/***/ }),

/***/ 1823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ parseUses),
/* harmony export */   kE: () => (/* binding */ RETIRED_RUNTIMES),
/* harmony export */   kl: () => (/* binding */ ACTIONS),
/* harmony export */   xX: () => (/* binding */ majorNumber)
/* harmony export */ });
/* unused harmony export SNAPSHOT_DATE */
/**
 * Metadata of the most-used actions, bundled so checks run offline. Snapshot date: 2026-11-24 (from the actions'
 * own action.yml files and release notes). An action missing here, or a major outside `majors`, is never an error.
 */
const SNAPSHOT_DATE = '2026-11-24';
/** Runtimes GitHub no longer runs: node12 and node16 were removed from the runners. */
const RETIRED_RUNTIMES = new Set(['node12', 'node16']);
const CHECKOUT_INPUTS = {
    repository: { default: '${{ github.repository }}' },
    ref: {},
    token: { default: '${{ github.token }}' },
    'ssh-key': {},
    'ssh-known-hosts': {},
    'ssh-strict': { default: 'true' },
    'ssh-user': { default: 'git' },
    'persist-credentials': { default: 'true' },
    path: {},
    clean: { default: 'true' },
    filter: {},
    'sparse-checkout': {},
    'sparse-checkout-cone-mode': { default: 'true' },
    'fetch-depth': { default: '1' },
    'fetch-tags': { default: 'false' },
    'show-progress': { default: 'true' },
    lfs: { default: 'false' },
    submodules: { default: 'false' },
    'set-safe-directory': { default: 'true' },
    'github-server-url': {},
};
const ACTIONS = {
    'actions/checkout': {
        current: 'v6',
        majors: { v1: 'node12', v2: 'node12', v3: 'node16', v4: 'node20', v5: 'node24', v6: 'node24' },
        inputs: CHECKOUT_INPUTS,
        outputs: ['ref', 'commit'],
        inputsComplete: true,
        inputsFrom: 'v4',
    },
    'actions/setup-node': {
        current: 'v6',
        majors: { v1: 'node12', v2: 'node16', v3: 'node16', v4: 'node20', v5: 'node24', v6: 'node24' },
        inputs: {
            'node-version': {},
            'node-version-file': {},
            architecture: {},
            'check-latest': { default: 'false' },
            'registry-url': {},
            scope: {},
            token: { default: '${{ github.token }}' },
            cache: {},
            'package-manager-cache': { default: 'true' },
            'cache-dependency-path': {},
            mirror: {},
            'mirror-token': {},
            'always-auth': { deprecated: 'npm no longer reads always-auth' },
        },
        outputs: ['cache-hit', 'node-version'],
        inputsComplete: true,
        inputsFrom: 'v4',
        cacheInput: 'cache',
    },
    'actions/setup-python': {
        current: 'v6',
        majors: { v1: 'node12', v2: 'node12', v3: 'node16', v4: 'node16', v5: 'node20', v6: 'node24' },
        inputs: {
            'python-version': {},
            'python-version-file': {},
            cache: {},
            architecture: {},
            'check-latest': { default: 'false' },
            token: {},
            'cache-dependency-path': {},
            'update-environment': { default: 'true' },
            'allow-prereleases': { default: 'false' },
            freethreaded: { default: 'false' },
            'pip-version': {},
            'pip-install': {},
        },
        outputs: ['python-version', 'cache-hit', 'python-path'],
        inputsComplete: true,
        inputsFrom: 'v5',
        cacheInput: 'cache',
    },
    'actions/setup-go': {
        current: 'v6',
        majors: { v1: 'node12', v2: 'node16', v3: 'node16', v4: 'node20', v5: 'node20', v6: 'node24' },
        inputs: {
            'go-version': {},
            'go-version-file': {},
            'check-latest': { default: 'false' },
            token: {},
            cache: { default: 'true' },
            'cache-dependency-path': {},
            architecture: {},
        },
        outputs: ['go-version', 'cache-hit'],
        inputsComplete: true,
        inputsFrom: 'v5',
        cacheInput: 'cache',
    },
    'actions/setup-java': {
        current: 'v5',
        majors: { v1: 'node12', v2: 'node16', v3: 'node16', v4: 'node20', v5: 'node24' },
        inputs: {
            distribution: { required: true },
            'java-version': {},
            'java-version-file': {},
            'java-package': { default: 'jdk' },
            architecture: {},
            jdkFile: {},
            'check-latest': { default: 'false' },
            'server-id': { default: 'github' },
            'server-username': { default: 'GITHUB_ACTOR' },
            'server-password': { default: 'GITHUB_TOKEN' },
            'settings-path': {},
            'overwrite-settings': { default: 'true' },
            'gpg-private-key': {},
            'gpg-passphrase': {},
            cache: {},
            'cache-dependency-path': {},
            'job-status': {},
            token: {},
            'mvn-toolchain-id': {},
            'mvn-toolchain-vendor': {},
        },
        outputs: ['distribution', 'version', 'path', 'cache-hit'],
        inputsComplete: true,
        inputsFrom: 'v4',
        cacheInput: 'cache',
    },
    'actions/setup-dotnet': {
        current: 'v5',
        majors: { v1: 'node12', v2: 'node16', v3: 'node16', v4: 'node20', v5: 'node24' },
        inputs: {
            'dotnet-version': {},
            'dotnet-quality': {},
            'global-json-file': {},
            'source-url': {},
            owner: {},
            'config-file': {},
            cache: { default: 'false' },
            'cache-dependency-path': {},
            architecture: {},
            workloads: {},
        },
        outputs: ['cache-hit', 'dotnet-version'],
        inputsComplete: true,
        inputsFrom: 'v4',
        cacheInput: 'cache',
    },
    'actions/cache': {
        current: 'v5',
        majors: { v1: 'node12', v2: 'node16', v3: 'node20', v4: 'node20', v5: 'node24' },
        inputs: {
            path: { required: true },
            key: { required: true },
            'restore-keys': {},
            'upload-chunk-size': {},
            enableCrossOsArchive: { default: 'false' },
            'fail-on-cache-miss': { default: 'false' },
            'lookup-only': { default: 'false' },
            'save-always': { default: 'false', deprecated: 'use actions/cache/save with `if: always()` instead' },
        },
        outputs: ['cache-hit'],
        inputsComplete: true,
        inputsFrom: 'v4',
    },
    'actions/upload-artifact': {
        current: 'v5',
        majors: { v1: 'node12', v2: 'node16', v3: 'node16', v4: 'node20', v5: 'node24', v6: 'node24' },
        inputs: {
            name: { default: 'artifact' },
            path: { required: true },
            'if-no-files-found': { default: 'warn' },
            'retention-days': {},
            'compression-level': { default: '6' },
            overwrite: { default: 'false' },
            'include-hidden-files': { default: 'false' },
            archive: { default: 'true' },
        },
        outputs: ['artifact-id', 'artifact-url', 'artifact-digest'],
        inputsComplete: true,
        inputsFrom: 'v4',
    },
    'actions/download-artifact': {
        current: 'v6',
        majors: { v1: 'node12', v2: 'node16', v3: 'node16', v4: 'node20', v5: 'node24', v6: 'node24' },
        inputs: {
            name: {},
            'artifact-ids': {},
            path: {},
            pattern: {},
            'merge-multiple': { default: 'false' },
            'github-token': {},
            repository: { default: '${{ github.repository }}' },
            'run-id': { default: '${{ github.run_id }}' },
            'skip-decompress': { default: 'false' },
            'digest-mismatch': { default: 'error' },
        },
        outputs: ['download-path'],
        inputsComplete: true,
        inputsFrom: 'v4',
    },
    'actions/github-script': {
        current: 'v8',
        majors: { v3: 'node12', v4: 'node12', v5: 'node12', v6: 'node16', v7: 'node20', v8: 'node24' },
        inputs: {
            script: { required: true },
            'github-token': { default: '${{ github.token }}' },
            debug: { default: 'false' },
            'user-agent': { default: 'actions/github-script' },
            previews: {},
            'result-encoding': { default: 'json' },
            retries: { default: '0' },
            'retry-exempt-status-codes': { default: '400,401,403,404,422' },
            'base-url': {},
        },
        outputs: ['result'],
        inputsComplete: true,
        inputsFrom: 'v7',
    },
    'docker/login-action': {
        current: 'v3',
        majors: { v1: 'node12', v2: 'node16', v3: 'node20' },
        inputs: { registry: {}, username: {}, password: {}, scope: {}, ecr: { default: 'auto' }, logout: { default: 'true' }, 'registry-auth': {} },
        outputs: [],
        inputsComplete: true,
        inputsFrom: 'v3',
    },
    'docker/setup-buildx-action': {
        current: 'v3',
        majors: { v1: 'node12', v2: 'node16', v3: 'node20' },
        inputs: {
            version: {}, driver: { default: 'docker-container' }, 'driver-opts': {}, 'buildkitd-flags': {}, 'buildkitd-config': {},
            'buildkitd-config-inline': {}, install: { default: 'false' }, use: { default: 'true' }, name: {}, endpoint: {}, platforms: {},
            append: {}, 'keep-state': { default: 'false' }, 'cache-binary': { default: 'true' }, cleanup: { default: 'true' },
            config: { deprecated: 'use buildkitd-config' }, 'config-inline': { deprecated: 'use buildkitd-config-inline' },
        },
        outputs: ['name', 'driver', 'platforms', 'nodes', 'endpoint', 'status', 'flags'],
        inputsComplete: true,
        inputsFrom: 'v3',
    },
    'docker/setup-qemu-action': {
        current: 'v3',
        majors: { v1: 'node12', v2: 'node16', v3: 'node20' },
        inputs: { image: {}, platforms: { default: 'all' }, 'cache-image': { default: 'true' } },
        outputs: ['platforms'],
        inputsComplete: true,
        inputsFrom: 'v3',
    },
    'docker/build-push-action': {
        current: 'v6',
        majors: { v1: 'node12', v2: 'node12', v3: 'node16', v4: 'node16', v5: 'node20', v6: 'node20' },
        inputs: Object.fromEntries([
            'add-hosts', 'allow', 'annotations', 'attests', 'build-args', 'build-contexts', 'builder', 'cache-from', 'cache-to', 'call',
            'cgroup-parent', 'context', 'file', 'labels', 'load', 'network', 'no-cache', 'no-cache-filters', 'outputs', 'platforms',
            'provenance', 'pull', 'push', 'sbom', 'secrets', 'secret-envs', 'secret-files', 'shm-size', 'ssh', 'tags', 'target', 'ulimit',
            'github-token',
        ].map((name) => [name, {}])),
        outputs: ['imageid', 'digest', 'metadata'],
        inputsComplete: true,
        inputsFrom: 'v6',
    },
    'docker/metadata-action': {
        current: 'v5',
        majors: { v1: 'node12', v2: 'node12', v3: 'node16', v4: 'node16', v5: 'node20' },
        inputs: Object.fromEntries(['context', 'images', 'tags', 'flavor', 'labels', 'annotations', 'sep-tags', 'sep-labels', 'sep-annotations', 'bake-target', 'github-token'].map((name) => [name, {}])),
        outputs: ['version', 'tags', 'labels', 'annotations', 'json', 'bake-file', 'bake-file-tags', 'bake-file-labels', 'bake-file-annotations'],
        inputsComplete: true,
        inputsFrom: 'v5',
    },
    'github/codeql-action/init': {
        current: 'v4',
        majors: { v1: 'node12', v2: 'node16', v3: 'node20', v4: 'node24' },
        inputs: { languages: {}, 'build-mode': {}, queries: {}, packs: {}, 'config-file': {}, config: {}, tools: {} },
        outputs: ['codeql-path', 'codeql-version'],
        inputsComplete: false,
    },
    'github/codeql-action/analyze': {
        current: 'v4',
        majors: { v1: 'node12', v2: 'node16', v3: 'node20', v4: 'node24' },
        inputs: { category: {}, upload: {}, output: {} },
        outputs: ['db-locations', 'sarif-output', 'sarif-id'],
        inputsComplete: false,
    },
    'github/codeql-action/autobuild': {
        current: 'v4',
        majors: { v1: 'node12', v2: 'node16', v3: 'node20', v4: 'node24' },
        inputs: {},
        outputs: [],
        inputsComplete: false,
    },
    'github/codeql-action/upload-sarif': {
        current: 'v4',
        majors: { v1: 'node12', v2: 'node16', v3: 'node20', v4: 'node24' },
        inputs: { sarif_file: {}, checkout_path: {}, ref: {}, sha: {}, token: {}, matrix: {}, category: {}, 'wait-for-processing': {} },
        outputs: ['sarif-id'],
        inputsComplete: false,
    },
};
/** `owner/repo[/path]@ref` → the snapshot key and major (`v4` from `v4`, `v4.1.2`; undefined for SHAs/branches). */
function parseUses(uses) {
    const at = uses.lastIndexOf('@');
    if (at <= 0 || uses.startsWith('./') || uses.startsWith('docker://'))
        return undefined;
    const action = uses.slice(0, at).toLowerCase();
    const ref = uses.slice(at + 1);
    const major = /^v(\d+)(?:\.\d+){0,2}$/.exec(ref)?.[1];
    return { action, ref, ...(major ? { major: `v${major}` } : {}) };
}
function majorNumber(major) {
    return Number(major.charCodeAt(0) === 118 /* v */ ? major.slice(1) : major);
}


/***/ }),

/***/ 323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ parseDockerfile),
/* harmony export */   YB: () => (/* binding */ argPairs),
/* harmony export */   _n: () => (/* binding */ unquote),
/* harmony export */   s5: () => (/* binding */ splitImage)
/* harmony export */ });
/* unused harmony exports KEYWORDS, joinContinuations */
/* harmony import */ var dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8390);
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3090);


const KEYWORDS = new Set([
    'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER',
    'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]);
const REAL_DIRECTIVES = new Set(['syntax', 'escape', 'check']);
const JSON_FORM = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'COPY', 'ADD', 'VOLUME']);
/**
 * dockerfile-ast recomputes an instruction's arguments (a character scan of its text) on every call, and its own
 * methods call each other: reading flags, ranges, raw content, the build stage and heredocs of one instruction
 * scanned its text half a dozen times. A parsed document never changes, so the scan is done once per instruction;
 * callers get a fresh copy of the array (the library itself shifts flags off the one it is given).
 * `ModifiableInstruction.getArguments` is left alone: `getFlags` calls it while the flags are still being collected,
 * so its first answer is not its final one.
 */
function memoiseArrays(prototype, names) {
    const methods = prototype;
    for (const name of names) {
        const original = methods[name];
        if (typeof original !== 'function' || original.memoised)
            continue;
        const key = Symbol(name);
        const memoised = function () {
            let value = this[key];
            if (value === undefined) {
                value = original.call(this);
                this[key] = value;
            }
            return value.slice();
        };
        memoised.memoised = true;
        methods[name] = memoised;
    }
}
memoiseArrays(dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.Instruction.prototype, ['getRawArguments']);
/** dockerfile-ast positions are 0-based; everything past this module is 1-based. */
function toSpan(range) {
    return {
        line: range.start.line + 1,
        column: range.start.character + 1,
        endLine: range.end.line + 1,
        endColumn: range.end.character + 1,
    };
}
function parseDockerfile(file) {
    const dockerfile = dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.DockerfileParser.parse(file.text);
    const escapeChar = dockerfile.getEscapeCharacter();
    const comments = dockerfile.getComments().map((comment) => {
        const line = comment.getRange().start.line + 1;
        return { line, text: comment.getContent().trim(), trailing: false };
    });
    const directives = new Map();
    for (const directive of dockerfile.getDirectives()) {
        const name = directive.getName().toLowerCase();
        if (REAL_DIRECTIVES.has(name)) {
            directives.set(name, directive.getValue());
        }
        else {
            // `# hadolint ignore=DL3007` on the first line looks like a directive to the parser; it is a comment.
            const line = directive.getRange().start.line + 1;
            comments.push({ line, text: file.lineText(line).replace(/^\s*#/, '').trim(), trailing: false });
        }
    }
    const problems = [];
    const nodes = dockerfile.getInstructions();
    const counters = new Map();
    const instructions = [];
    const stages = [];
    const globalArgs = new Map();
    let stage;
    for (const [index, node] of nodes.entries()) {
        const keyword = node.getKeyword().toUpperCase();
        const span = toSpan(node.getRange());
        if (!KEYWORDS.has(keyword)) {
            problems.push({ message: `unknown instruction "${node.getInstruction()}"`, at: { span, path: `instr[${index}]` } });
            continue;
        }
        const scope = stage ? `stage[${stage.name ?? stage.index}]` : 'global';
        const counterKey = `${scope}/${keyword}`;
        const ordinal = counters.get(counterKey) ?? 0;
        counters.set(counterKey, ordinal + 1);
        const instruction = buildInstruction(node, keyword, index, escapeChar, {
            span,
            path: keyword === 'FROM' ? `stage[${stages.length}]/FROM` : `${scope}/${keyword}[${ordinal}]`,
        });
        if (keyword === 'FROM') {
            const nameArg = node.getBuildStage();
            stage = {
                index: stages.length,
                name: nameArg ? nameArg.toLowerCase() : undefined,
                from: instruction,
                image: resolveImage(node, globalArgs),
                instructions: [],
                isFinal: false,
                dependsOn: new Set(),
                span,
                path: `stage[${stages.length}]`,
            };
            const base = stage.image.stage === undefined ? findStage(stages, stage.image.resolved.toLowerCase()) : undefined;
            if (base && !stage.image.unresolved && !stage.image.tag && !stage.image.digest) {
                stage.image.stage = base;
                stage.dependsOn.add(base);
            }
            stages.push(stage);
        }
        else if (!stage) {
            if (keyword === 'ARG') {
                for (const [name, value] of argPairs(instruction.args))
                    globalArgs.set(name, value);
            }
            else {
                problems.push({ message: `${keyword} before the first FROM (only ARG may come first)`, at: instruction });
            }
        }
        instruction.stage = stage;
        stage?.instructions.push(instruction);
        instructions.push(instruction);
    }
    if (stages.length === 0 && instructions.length > 0 && problems.length === 0) {
        problems.push({ message: 'no FROM instruction', at: { span: file.lineSpan(1), path: 'file' } });
    }
    if (problems.length > 0)
        return { ok: false, problems, comments };
    const lastStage = stages[stages.length - 1];
    if (lastStage)
        lastStage.isFinal = true;
    dropNonPosixCommands(stages);
    for (const each of stages) {
        for (const instruction of each.instructions) {
            const from = instruction.flags.find((flag) => flag.name === 'from')?.value;
            if (from && (instruction.keyword === 'COPY' || instruction.keyword === 'ADD')) {
                const source = findStage(stages.slice(0, each.index), from.toLowerCase());
                if (source)
                    each.dependsOn.add(source);
            }
        }
    }
    const model = {
        file,
        instructions,
        stages,
        globalArgs,
        escapeChar,
        directives,
        span: toSpan,
        findStage: (ref, before) => findStage(before ? stages.slice(0, before.index) : stages, ref.toLowerCase()),
    };
    return { ok: true, model, comments };
}
const NON_POSIX_SHELLS = /^(?:.*[\\/])?(?:powershell|pwsh|cmd)(?:\.exe)?$/i;
/**
 * Shell-form RUNs under `SHELL ["powershell", …]` or `["cmd", "/S", "/C"]` (inherited through FROM) are not POSIX
 * shell: they get no `commands`, rather than a wrong reading of them.
 */
function dropNonPosixCommands(stages) {
    const shellAtEnd = new Map();
    for (const stage of stages) {
        let shell = stage.image.stage ? shellAtEnd.get(stage.image.stage) : undefined;
        for (const instruction of stage.instructions) {
            if (instruction.keyword === 'SHELL' && instruction.json)
                shell = instruction.json[0];
            if (instruction.keyword === 'RUN' && !instruction.json && shell !== undefined && NON_POSIX_SHELLS.test(shell))
                instruction.commands = [];
        }
        shellAtEnd.set(stage, shell);
    }
}
function findStage(stages, ref) {
    if (/^\d+$/.test(ref))
        return stages[Number(ref)];
    return stages.find((stage) => stage.name === ref);
}
function buildInstruction(node, keyword, index, escapeChar, at) {
    const withFlags = node;
    const flags = (withFlags.getFlags?.() ?? []).map((flag) => ({
        name: flag.getName(),
        value: flag.getValue(),
        span: toSpan(flag.getRange()),
    }));
    // What getRawArgumentsContent() returns, from arguments already read.
    const nodeArgs = node.getArguments();
    const firstArg = nodeArgs[0];
    const lastArg = nodeArgs[nodeArgs.length - 1];
    const argsRange = firstArg && lastArg ? { start: firstArg.getRange().start, end: lastArg.getRange().end } : undefined;
    const raw = argsRange ? (rangeContent(node, argsRange) ?? '') : '';
    const args = stripFlags(joinContinuations(raw, escapeChar), flags.length);
    // getArgumentsRanges() answers with that very range when the arguments sit on one line; only continued lines
    // need its scan.
    const argsSpan = argsRange && argsRange.start.line === argsRange.end.line ? toSpan(argsRange) : spanOfArgumentRanges(node);
    let json;
    if (JSON_FORM.has(keyword) && args.trimStart().startsWith('[')) {
        try {
            const parsed = JSON.parse(args);
            if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string'))
                json = parsed;
        }
        catch {
            json = undefined;
        }
    }
    const withHeredocs = node;
    // A heredoc starts with an argument `<<NAME`: without one, the library's scan of the instruction finds none.
    const mayHaveHeredocs = withHeredocs.getHeredocs !== undefined && nodeArgs.some((arg) => arg.getValue().startsWith('<<'));
    const heredocs = (mayHaveHeredocs ? withHeredocs.getHeredocs() : []).map((heredoc) => {
        const range = heredoc.getContentRange();
        const content = range ? textOfRange(node, range) : '';
        return { name: heredoc.getName(), content };
    });
    let commands = [];
    if (keyword === 'RUN' && !json) {
        commands = (0,_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .splitShell */ .b2)(heredocs.length > 0 ? heredocScript(args, heredocs) : args);
    }
    else if (keyword === 'RUN' && json && json.length > 0) {
        commands = execFormCommands(json);
    }
    return { keyword, index, stage: undefined, args, argsSpan, flags, json, heredocs, commands, node, ...at };
}
const SHELLS = /^(?:.*\/)?(?:sh|bash|ash|dash|zsh|ksh|mksh)$/;
/**
 * The shell script a heredoc RUN runs. `RUN <<EOF` (or `RUN bash <<EOF`) runs the body, unless a shebang names another
 * interpreter; in `RUN cat <<EOF > /etc/app.conf` the body is data and only the first line is shell.
 */
function heredocScript(args, heredocs) {
    const head = (args.split('\n')[0] ?? '').replace(/<<-?\s*(["']?)[A-Za-z_][\w.-]*\1/g, '').trim();
    const [program = '', ...options] = head.split(/\s+/).filter(Boolean);
    if (head !== '' && !(SHELLS.test(program) && options.every((option) => option.startsWith('-'))))
        return head;
    const body = heredocs.map((heredoc) => heredoc.content).join('\n');
    const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(body);
    const interpreter = shebang && (shebang[1].endsWith('/env') ? shebang[2] ?? '' : shebang[1]);
    return interpreter && !SHELLS.test(interpreter) ? '' : body;
}
/** `["/bin/sh", "-c", "a && b"]` runs a script; any other exec form runs one program. */
function execFormCommands(json) {
    const scriptAt = json.indexOf('-c');
    if (SHELLS.test(json[0]) && scriptAt > 0 && json[scriptAt + 1] !== undefined)
        return (0,_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .splitShell */ .b2)(json[scriptAt + 1]);
    return [(0,_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .commandFromWords */ .xl)(json)];
}
function spanOfArgumentRanges(node) {
    const ranges = node.getArgumentsRanges();
    const first = ranges[0];
    const last = ranges[ranges.length - 1];
    return first && last ? toSpan({ start: first.start, end: last.end }) : toSpan(node.getInstructionRange());
}
function rangeContent(node, range) {
    return node.getRangeContent(range);
}
/** The text a range covers, read back from the instruction's own text. */
function textOfRange(node, range) {
    const start = node.getRange().start;
    const lines = node.getTextContent().split('\n');
    const out = [];
    for (let line = range.start.line; line <= range.end.line; line++) {
        const text = (lines[line - start.line] ?? '').replace(/\r$/, '');
        const from = line === range.start.line ? range.start.character - (line === start.line ? start.character : 0) : 0;
        const to = line === range.end.line ? range.end.character - (line === start.line ? start.character : 0) : text.length;
        out.push(text.slice(Math.max(0, from), Math.max(0, to)));
    }
    return out.join('\n');
}
/** Joins escaped line continuations and drops comment lines inside them, as the builder does. */
function joinContinuations(raw, escapeChar) {
    // One line: nothing to join and no comment line to drop.
    if (!raw.includes('\n'))
        return raw.trim();
    const lines = raw.split(/\r?\n/);
    const out = [];
    for (const [i, line] of lines.entries()) {
        if (i > 0 && /^\s*#/.test(line))
            continue;
        out.push(line);
    }
    const continuation = continuationPattern(escapeChar);
    let joined = '';
    for (const [i, line] of out.entries()) {
        if (continuation.test(line) && i < out.length - 1)
            joined += line.replace(continuation, ' ');
        else
            joined += line + (i < out.length - 1 ? '\n' : '');
    }
    return joined.trim();
}
const CONTINUATIONS = new Map();
/** `\\[ \t]*$` for the escape character in use (compiled once per character, not per instruction). */
function continuationPattern(escapeChar) {
    let pattern = CONTINUATIONS.get(escapeChar);
    if (!pattern) {
        pattern = new RegExp(`${escapeRegExp(escapeChar)}[ \\t]*$`);
        CONTINUATIONS.set(escapeChar, pattern);
    }
    return pattern;
}
function stripFlags(args, count) {
    let rest = args;
    for (let i = 0; i < count; i++)
        rest = rest.replace(/^\s*--\S+/, '');
    return rest.trim();
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** `A=1 B="two words" C` → [[A, 1], [B, two words], [C, undefined]]. */
function argPairs(args) {
    const pairs = [];
    const pattern = /([^\s=]+)(?:=("(?:[^"\\]|\\.)*"|'[^']*'|\S*))?/g;
    for (const match of args.matchAll(pattern)) {
        const value = match[2];
        pairs.push([match[1], value === undefined ? undefined : unquote(value)]);
    }
    return pairs;
}
function unquote(value) {
    if (value.length >= 2 && ((value.startsWith('"') && value.endsWith('"')) || (value.startsWith("'") && value.endsWith("'")))) {
        return value.slice(1, -1);
    }
    return value;
}
function resolveImage(node, globalArgs) {
    const raw = node.getArguments()[0]?.getValue() ?? '';
    let unresolved = false;
    const resolved = raw.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)(?::?[-+]([^}]*))?\}?/g, (whole, name, fallback) => {
        const value = globalArgs.get(name);
        if (value !== undefined && value !== '')
            return value;
        if (fallback !== undefined && whole.includes(':-'))
            return fallback;
        unresolved = true;
        return whole;
    });
    return { raw, resolved, unresolved, ...splitImage(resolved), stage: undefined };
}
/** Splits `registry/repo:tag@digest` following the distribution reference grammar. */
function splitImage(reference) {
    let rest = reference;
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    let registry;
    const slash = rest.indexOf('/');
    if (slash !== -1) {
        const first = rest.slice(0, slash);
        if (first.includes('.') || first.includes(':') || first === 'localhost') {
            registry = first;
            rest = rest.slice(slash + 1);
        }
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon !== -1) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    return { registry, repository: rest, tag, digest, isScratch: rest.toLowerCase() === 'scratch' && !registry };
}


/***/ }),

/***/ 3090:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b2: () => (/* binding */ splitShell),
/* harmony export */   xl: () => (/* binding */ commandFromWords)
/* harmony export */ });
/* unused harmony export hasFlag */
const WRAPPERS = new Set(['sudo', 'env', 'exec', 'nohup', 'time', 'command', 'nice', 'su-exec', 'gosu']);
function splitShell(script) {
    const split = new CommandSplitter();
    for (let i = 0; i < script.length; i++) {
        const ch = script[i];
        if (ch === '\\') {
            const next = script[i + 1];
            if (next === '\n') {
                i++;
                continue;
            }
            if (next !== undefined) {
                split.word += next;
                split.inWord = true;
                i++;
            }
            continue;
        }
        if (ch === "'") {
            const close = script.indexOf("'", i + 1);
            const end = close === -1 ? script.length : close;
            split.word += script.slice(i + 1, end);
            split.inWord = true;
            i = end;
            continue;
        }
        if (ch === '"') {
            let j = i + 1;
            while (j < script.length && script[j] !== '"') {
                if (script[j] === '\\' && j + 1 < script.length) {
                    split.word += script[j + 1];
                    j += 2;
                    continue;
                }
                split.word += script[j];
                j++;
            }
            split.inWord = true;
            i = j;
            continue;
        }
        if (ch === '#' && !split.inWord) {
            const newline = script.indexOf('\n', i);
            i = newline === -1 ? script.length : newline - 1;
            continue;
        }
        if (ch === ' ' || ch === '\t' || ch === '\r') {
            split.endWord();
            continue;
        }
        if (ch === '\n') {
            split.endCommand('\n');
            continue;
        }
        if (ch === '&' || ch === '|' || ch === ';') {
            const pair = script.slice(i, i + 2);
            if (pair === '&&' || pair === '||' || pair === ';;') {
                split.endCommand(pair);
                i++;
            }
            else if (ch === '&' && script[i + 1] === '>') {
                split.word += ch;
                split.inWord = true;
            }
            else if (ch === '&' && i > 0 && script[i - 1] === '>') {
                split.word += ch;
                split.inWord = true;
            }
            else {
                split.endCommand(ch);
            }
            continue;
        }
        if (ch === '(' || ch === ')' || ch === '{' || ch === '}') {
            if (!split.inWord && (ch === '(' || ch === ')')) {
                split.endCommand(undefined);
                continue;
            }
        }
        split.word += ch;
        split.inWord = true;
    }
    split.endCommand(undefined);
    return split.commands;
}
/** The state of splitShell's scan: the commands so far, and the words and the word being read. */
class CommandSplitter {
    commands = [];
    words = [];
    word = '';
    inWord = false;
    endWord() {
        if (this.inWord)
            this.words.push(this.word);
        this.word = '';
        this.inWord = false;
    }
    endCommand(operator) {
        this.endWord();
        const { commands } = this;
        if (this.words.length > 0)
            commands.push(toCommand(this.words, operator));
        else if (operator && commands.length > 0 && commands[commands.length - 1].next === undefined) {
            commands[commands.length - 1].next = operator;
        }
        this.words = [];
    }
}
/** One command from its words, e.g. the exec form `["apt-get", "install", "-y", "curl"]`. */
function commandFromWords(words) {
    return toCommand(words, undefined);
}
function toCommand(words, next) {
    let index = 0;
    const wrappers = [];
    for (;;) {
        while (index < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[index]))
            index++;
        const candidate = baseName(words[index] ?? '');
        if (!WRAPPERS.has(candidate))
            break;
        wrappers.push(candidate);
        index++;
        // Skip the wrapper's own options (`sudo -u app`, `env -i`).
        while (index < words.length && words[index].startsWith('-')) {
            const option = words[index];
            index++;
            if ((candidate === 'sudo' && /^-[ugCDhprtT]$/.test(option)) || (candidate === 'nice' && option === '-n'))
                index++;
        }
    }
    return { name: baseName(words[index] ?? ''), args: words.slice(index + 1), words, next, wrappers };
}
function baseName(program) {
    const slash = program.lastIndexOf('/');
    return slash === -1 ? program : program.slice(slash + 1);
}
/** True when `args` contains the flag, as a long option, a short option, or inside a bundle of short options. */
function hasFlag(args, long, short) {
    return args.some((arg) => (long !== undefined && (arg === `--${long}` || arg.startsWith(`--${long}=`))) ||
        (short !== undefined && /^-[A-Za-z]+$/.test(arg) && arg.slice(1).includes(short)));
}


/***/ }),

/***/ 6875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sT: () => (/* reexport */ ACTION_CONTEXTS),
  PN: () => (/* reexport */ ALL_CONTEXTS),
  AW: () => (/* reexport */ FUNCTIONS),
  Cn: () => (/* reexport */ accessesOf),
  pw: () => (/* reexport */ arityText),
  kO: () => (/* reexport */ contextAccesses),
  SX: () => (/* reexport */ parseCached),
  YK: () => (/* reexport */ parseExpression),
  Kl: () => (/* reexport */ scanEmbedded),
  YR: () => (/* reexport */ visit),
  T_: () => (/* reexport */ workflowAvailability)
});

// UNUSED EXPORTS: ExpressionError, tokenize

;// CONCATENATED MODULE: ./src/domains/github-actions/expressions/ast.ts
/** Visits every node, parents before children. */
function visit(node, fn) {
    fn(node);
    switch (node.kind) {
        case 'property':
        case 'star':
            visit(node.object, fn);
            break;
        case 'index':
            visit(node.object, fn);
            visit(node.index, fn);
            break;
        case 'call':
            for (const arg of node.args)
                visit(arg, fn);
            break;
        case 'not':
            visit(node.operand, fn);
            break;
        case 'binary':
            visit(node.left, fn);
            visit(node.right, fn);
            break;
        default:
            break;
    }
}
/**
 * Every maximal context access chain in an expression (`needs.build.outputs.version`, `matrix['os']`), outermost
 * only: `github.event.pull_request.title` yields one access, not four.
 */
function contextAccesses(root) {
    const out = [];
    const walk = (node) => {
        if (node.kind === 'property' || node.kind === 'index' || node.kind === 'star' || node.kind === 'context') {
            const path = [];
            let cursor = node;
            const pending = [];
            while (cursor.kind === 'property' || cursor.kind === 'index' || cursor.kind === 'star') {
                if (cursor.kind === 'property')
                    path.unshift({ name: cursor.name, start: cursor.nameStart, end: cursor.end });
                else if (cursor.kind === 'star')
                    path.unshift({ star: true, start: cursor.end - 1, end: cursor.end });
                else if (cursor.index.kind === 'literal' && cursor.index.type === 'string') {
                    path.unshift({ name: String(cursor.index.value), start: cursor.index.start, end: cursor.index.end });
                }
                else {
                    path.unshift({ dynamic: true, start: cursor.index.start, end: cursor.index.end });
                    pending.push(cursor.index);
                }
                cursor = cursor.object;
            }
            if (cursor.kind === 'context') {
                out.push({ context: cursor.name.toLowerCase(), path, start: node.start, end: node.end, node });
            }
            else {
                walk(cursor);
            }
            for (const inner of pending)
                walk(inner);
            return;
        }
        if (node.kind === 'call')
            for (const arg of node.args)
                walk(arg);
        else if (node.kind === 'not')
            walk(node.operand);
        else if (node.kind === 'binary') {
            walk(node.left);
            walk(node.right);
        }
    };
    walk(root);
    return out;
}

;// CONCATENATED MODULE: ./src/domains/github-actions/expressions/contexts.ts
const STEP_CONTEXTS = 'github needs strategy matrix job runner env vars secrets steps inputs';
const ROWS = [
    ['run-name', ['run-name'], 'github inputs vars', ''],
    ['concurrency', ['concurrency', '**'], 'github inputs vars', ''],
    ['env', ['env', '*'], 'github secrets inputs vars', ''],
    ['on.workflow_call.inputs.<inputs_id>.default', ['on', 'workflow_call', 'inputs', '*', 'default'], 'github inputs vars', ''],
    ['on.workflow_call.outputs.<output_id>.value', ['on', 'workflow_call', 'outputs', '*', 'value'], 'github jobs vars inputs', ''],
    ['jobs.<job_id>.concurrency', ['jobs', '*', 'concurrency', '**'], 'github needs strategy matrix inputs vars', ''],
    ['jobs.<job_id>.container.credentials', ['jobs', '*', 'container', 'credentials', '**'], 'github needs strategy matrix env vars secrets inputs', ''],
    ['jobs.<job_id>.container.env.<env_id>', ['jobs', '*', 'container', 'env', '*'], 'github needs strategy matrix job runner env vars secrets inputs', ''],
    ['jobs.<job_id>.container', ['jobs', '*', 'container', '**'], 'github needs strategy matrix vars inputs', ''],
    ['jobs.<job_id>.continue-on-error', ['jobs', '*', 'continue-on-error'], 'github needs strategy vars matrix inputs', ''],
    ['jobs.<job_id>.defaults.run', ['jobs', '*', 'defaults', 'run', '**'], 'github needs strategy matrix env vars inputs', ''],
    ['jobs.<job_id>.env', ['jobs', '*', 'env', '*'], 'github needs strategy matrix vars secrets inputs', ''],
    ['jobs.<job_id>.environment.url', ['jobs', '*', 'environment', 'url'], 'github needs strategy matrix job runner env vars steps inputs', ''],
    ['jobs.<job_id>.environment', ['jobs', '*', 'environment', '**'], 'github needs strategy matrix vars inputs', ''],
    ['jobs.<job_id>.if', ['jobs', '*', 'if'], 'github needs vars inputs', 'always cancelled success failure'],
    ['jobs.<job_id>.name', ['jobs', '*', 'name'], 'github needs strategy matrix vars inputs', ''],
    ['jobs.<job_id>.outputs.<output_id>', ['jobs', '*', 'outputs', '*'], 'github needs strategy matrix job runner env vars secrets steps inputs', ''],
    ['jobs.<job_id>.runs-on', ['jobs', '*', 'runs-on', '**'], 'github needs strategy matrix vars inputs', ''],
    ['jobs.<job_id>.secrets.<secrets_id>', ['jobs', '*', 'secrets', '**'], 'github needs strategy matrix secrets inputs vars', ''],
    ['jobs.<job_id>.services.<service_id>.credentials', ['jobs', '*', 'services', '*', 'credentials', '**'], 'github needs strategy matrix env vars secrets inputs', ''],
    ['jobs.<job_id>.services.<service_id>.env.<env_id>', ['jobs', '*', 'services', '*', 'env', '*'], 'github needs strategy matrix job runner env vars secrets inputs', ''],
    ['jobs.<job_id>.services', ['jobs', '*', 'services', '**'], 'github needs strategy matrix vars inputs', ''],
    ['jobs.<job_id>.steps.if', ['jobs', '*', 'steps', '#', 'if'], 'github needs strategy matrix job runner env vars steps inputs', 'always cancelled success failure hashFiles'],
    ['jobs.<job_id>.steps.*', ['jobs', '*', 'steps', '#', '**'], STEP_CONTEXTS, 'hashFiles'],
    ['jobs.<job_id>.strategy', ['jobs', '*', 'strategy', '**'], 'github needs vars inputs', ''],
    ['jobs.<job_id>.timeout-minutes', ['jobs', '*', 'timeout-minutes'], 'github needs strategy matrix vars inputs', ''],
    ['jobs.<job_id>.with.<with_id>', ['jobs', '*', 'with', '*'], 'github needs strategy matrix inputs vars', ''],
];
const TABLE = ROWS.map(([key, pattern, contexts, functions]) => ({
    key,
    pattern,
    contexts: new Set(contexts.split(' ')),
    functions: new Set(functions ? functions.split(' ').map((name) => name.toLowerCase()) : []),
}));
function matches(pattern, path) {
    let i = 0;
    for (const [index, segment] of pattern.entries()) {
        if (segment === '**')
            return index === pattern.length - 1;
        const actual = path[i];
        if (actual === undefined)
            return false;
        if (segment === '#') {
            if (typeof actual !== 'number')
                return false;
        }
        else if (segment !== '*' && segment !== String(actual))
            return false;
        i++;
    }
    return i === path.length;
}
const rowCache = new Map();
/** The table row for a value at a workflow key path, or undefined where the table says nothing (no check). */
function workflowAvailability(path) {
    // Job ids and step indexes do not change the row: cache on the path with them blanked.
    const key = path.map((segment, index) => (typeof segment === 'number' ? '#' : index === 1 && path[0] === 'jobs' ? '*' : segment)).join('\u0000');
    let hit = rowCache.get(key);
    if (hit === undefined) {
        hit = TABLE.find((row) => matches(row.pattern, path)) ?? null;
        if (rowCache.size > 5000)
            rowCache.clear();
        rowCache.set(key, hit);
    }
    return hit ?? undefined;
}
/** Every context name the language knows. */
const ALL_CONTEXTS = new Set(['github', 'env', 'vars', 'job', 'jobs', 'steps', 'runner', 'secrets', 'strategy', 'matrix', 'needs', 'inputs']);
/** Contexts of action.yml values (composite steps, input defaults, outputs): no `secrets`, `needs` or `jobs`. */
const ACTION_CONTEXTS = new Set(['github', 'env', 'vars', 'job', 'steps', 'runner', 'strategy', 'matrix', 'inputs']);

;// CONCATENATED MODULE: ./src/domains/github-actions/expressions/functions.ts
const SPECS = [
    { name: 'contains', min: 2, max: 2 },
    { name: 'startsWith', min: 2, max: 2 },
    { name: 'endsWith', min: 2, max: 2 },
    { name: 'format', min: 1, max: Infinity },
    { name: 'join', min: 1, max: 2 },
    { name: 'toJSON', min: 1, max: 1 },
    { name: 'fromJSON', min: 1, max: 1 },
    { name: 'hashFiles', min: 1, max: Infinity },
    { name: 'case', min: 3, max: Infinity, odd: true },
    { name: 'success', min: 0, max: 0, status: true },
    { name: 'always', min: 0, max: 0, status: true },
    { name: 'cancelled', min: 0, max: 0, status: true },
    { name: 'failure', min: 0, max: 0, status: true },
];
const FUNCTIONS = new Map(SPECS.map((spec) => [spec.name.toLowerCase(), spec]));
function arityText(spec) {
    if (spec.odd)
        return `an odd number (at least ${spec.min}) of arguments`;
    if (spec.min === spec.max)
        return `${spec.min} argument${spec.min === 1 ? '' : 's'}`;
    if (spec.max === Infinity)
        return `at least ${spec.min} argument${spec.min === 1 ? '' : 's'}`;
    return `${spec.min} to ${spec.max} arguments`;
}

;// CONCATENATED MODULE: ./src/domains/github-actions/expressions/lexer.ts
class ExpressionError extends Error {
    offset;
    length;
    constructor(message, 
    /** Offset in the expression text where the problem starts. */
    offset, length = 1) {
        super(message);
        this.offset = offset;
        this.length = length;
    }
}
const OPERATORS = ['==', '!=', '<=', '>=', '&&', '||', '<', '>'];
function isIdentStart(code) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
}
function isIdentPart(code) {
    return isIdentStart(code) || (code >= 48 && code <= 57) || code === 45;
}
function isDigit(code) {
    return code >= 48 && code <= 57;
}
const NUMBER = /^-?(?:0x[0-9a-fA-F]+|0o[0-7]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|Infinity)/;
/** Splits an expression into tokens; throws ExpressionError at the first bad character. */
function tokenize(text) {
    const tokens = [];
    let i = 0;
    const n = text.length;
    while (i < n) {
        const code = text.charCodeAt(i);
        if (code === 32 || code === 9 || code === 10 || code === 13) {
            i++;
            continue;
        }
        const start = i;
        const previous = tokens[tokens.length - 1];
        // After a value, `.` is a dereference; elsewhere `.5` is a number.
        const afterValue = previous !== undefined && ['identifier', 'rparen', 'rbracket', 'star', 'string', 'number', 'null', 'boolean'].includes(previous.kind);
        if (code === 39) {
            let value = '';
            i++;
            for (;;) {
                if (i >= n)
                    throw new ExpressionError('unterminated string literal', start, n - start);
                if (text.charCodeAt(i) === 39) {
                    if (text.charCodeAt(i + 1) === 39) {
                        value += "'";
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                value += text[i];
                i++;
            }
            tokens.push({ kind: 'string', text: value, start, end: i, value });
            continue;
        }
        if (code === 34)
            throw new ExpressionError('strings use single quotes, not double quotes', start);
        if (isDigit(code) || ((code === 45 || code === 46) && !afterValue && (isDigit(text.charCodeAt(i + 1)) || text.startsWith('Infinity', i + 1) || (code === 45 && text.charCodeAt(i + 1) === 46)))) {
            const match = NUMBER.exec(text.slice(i));
            if (!match)
                throw new ExpressionError('invalid number', start);
            i += match[0].length;
            if (i < n && isIdentPart(text.charCodeAt(i)) && text.charCodeAt(i) !== 45) {
                while (i < n && isIdentPart(text.charCodeAt(i)))
                    i++;
                throw new ExpressionError(`invalid number "${text.slice(start, i)}"`, start, i - start);
            }
            const raw = match[0];
            const negative = raw.startsWith('-');
            const body = negative ? raw.slice(1) : raw;
            let value = body.startsWith('0x') ? parseInt(body.slice(2), 16) : body.startsWith('0o') ? parseInt(body.slice(2), 8) : Number(body);
            if (negative)
                value = -value;
            tokens.push({ kind: 'number', text: raw, start, end: i, value });
            continue;
        }
        if (isIdentStart(code)) {
            while (i < n && isIdentPart(text.charCodeAt(i)))
                i++;
            const word = text.slice(start, i);
            const afterDot = previous?.kind === 'dot';
            if (!afterDot && word === 'null')
                tokens.push({ kind: 'null', text: word, start, end: i, value: null });
            else if (!afterDot && (word === 'true' || word === 'false'))
                tokens.push({ kind: 'boolean', text: word, start, end: i, value: word === 'true' });
            else if (!afterDot && (word === 'NaN' || word === 'Infinity'))
                tokens.push({ kind: 'number', text: word, start, end: i, value: Number(word) });
            else
                tokens.push({ kind: 'identifier', text: word, start, end: i });
            continue;
        }
        const two = text.slice(i, i + 2);
        const op = OPERATORS.find((candidate) => candidate === two) ?? OPERATORS.find((candidate) => candidate === text[i]);
        if (op) {
            i += op.length;
            tokens.push({ kind: 'op', text: op, start, end: i });
            continue;
        }
        const single = { '.': 'dot', ',': 'comma', '(': 'lparen', ')': 'rparen', '[': 'lbracket', ']': 'rbracket', '!': 'not', '*': 'star' };
        const kind = single[text[i]];
        if (!kind) {
            if (text[i] === '=')
                throw new ExpressionError('unexpected "=": use "==" to compare', start);
            if (text[i] === '&' || text[i] === '|')
                throw new ExpressionError(`unexpected "${text[i]}": use "${text[i]}${text[i]}"`, start);
            throw new ExpressionError(`unexpected character "${text[i]}"`, start);
        }
        i++;
        tokens.push({ kind, text: text.slice(start, i), start, end: i });
    }
    tokens.push({ kind: 'eof', text: '', start: n, end: n });
    return tokens;
}

;// CONCATENATED MODULE: ./src/domains/github-actions/expressions/parser.ts

/**
 * Parses one expression (the text between `${{` and `}}`, or a bare `if:`). Throws ExpressionError with the offset
 * of the first problem. Precedence, loosest first: `||`, `&&`, `== !=`, `< <= > >=`, `!`, then access and calls.
 */
function parseExpression(text) {
    const tokens = tokenize(text);
    let position = 0;
    const peek = () => tokens[position];
    const next = () => tokens[position++];
    const fail = (token, message) => {
        throw new ExpressionError(message, token.start, Math.max(1, token.end - token.start));
    };
    const describe = (token) => (token.kind === 'eof' ? 'end of expression' : `"${text.slice(token.start, token.end)}"`);
    const expect = (kind, what) => {
        const token = peek();
        if (token.kind !== kind)
            fail(token, `expected ${what}, found ${describe(token)}`);
        return next();
    };
    const binary = (ops, operand) => () => {
        let left = operand();
        while (peek().kind === 'op' && ops.includes(peek().text)) {
            const op = next().text;
            const right = operand();
            left = { kind: 'binary', op, left, right, start: left.start, end: right.end };
        }
        return left;
    };
    const primary = () => {
        const token = next();
        switch (token.kind) {
            case 'null':
            case 'boolean':
            case 'number':
            case 'string':
                return { kind: 'literal', type: token.kind, value: token.value ?? null, start: token.start, end: token.end };
            case 'lparen': {
                const inner = or();
                const close = expect('rparen', '")"');
                return { ...inner, start: token.start, end: close.end };
            }
            case 'identifier': {
                if (peek().kind === 'lparen') {
                    next();
                    const args = [];
                    if (peek().kind !== 'rparen') {
                        for (;;) {
                            args.push(or());
                            if (peek().kind === 'comma') {
                                next();
                                continue;
                            }
                            break;
                        }
                    }
                    const close = expect('rparen', '"," or ")"');
                    return { kind: 'call', name: token.text, nameEnd: token.end, args, start: token.start, end: close.end };
                }
                return { kind: 'context', name: token.text, start: token.start, end: token.end };
            }
            default:
                return fail(token, `unexpected ${describe(token)}`);
        }
    };
    const postfix = () => {
        let node = primary();
        for (;;) {
            const token = peek();
            if (token.kind === 'dot') {
                next();
                const name = next();
                if (name.kind === 'star')
                    node = { kind: 'star', object: node, start: node.start, end: name.end };
                else if (name.kind === 'identifier' || name.kind === 'null' || name.kind === 'boolean' || (name.kind === 'number' && /^[A-Za-z]/.test(name.text))) {
                    node = { kind: 'property', object: node, name: name.text, nameStart: name.start, start: node.start, end: name.end };
                }
                else
                    fail(name, `expected a property name after ".", found ${describe(name)}`);
            }
            else if (token.kind === 'lbracket') {
                next();
                if (peek().kind === 'star') {
                    next();
                    const close = expect('rbracket', '"]"');
                    node = { kind: 'star', object: node, start: node.start, end: close.end };
                }
                else {
                    const index = or();
                    const close = expect('rbracket', '"]"');
                    node = { kind: 'index', object: node, index, start: node.start, end: close.end };
                }
            }
            else {
                return node;
            }
        }
    };
    const unary = () => {
        if (peek().kind === 'not') {
            const bang = next();
            const operand = unary();
            return { kind: 'not', operand, start: bang.start, end: operand.end };
        }
        return postfix();
    };
    const comparison = binary(['<', '<=', '>', '>='], unary);
    const equality = binary(['==', '!='], comparison);
    const and = binary(['&&'], equality);
    const or = binary(['||'], and);
    if (peek().kind === 'eof')
        fail(peek(), 'empty expression');
    const root = or();
    if (peek().kind !== 'eof')
        fail(peek(), `unexpected ${describe(peek())} after the end of the expression`);
    return root;
}

;// CONCATENATED MODULE: ./src/domains/github-actions/expressions/cache.ts



const parsed = new Map();
/**
 * Parses an expression body once per run: bodies repeat a lot within a file and across a repository's workflows
 * (`${{ github.ref }}`, `${{ secrets.GITHUB_TOKEN }}`). ASTs are shared, so they must not be changed.
 */
function parseCached(body) {
    let hit = parsed.get(body);
    if (!hit) {
        try {
            hit = { ast: parseExpression(body) };
        }
        catch (error) {
            if (!(error instanceof ExpressionError))
                throw error;
            hit = { error };
        }
        if (parsed.size > 20_000)
            parsed.clear();
        parsed.set(body, hit);
    }
    return hit;
}
const accessCache = new WeakMap();
/** Context access chains of a parsed expression, computed once per distinct AST. */
function accessesOf(ast) {
    let hit = accessCache.get(ast);
    if (!hit) {
        hit = contextAccesses(ast);
        accessCache.set(ast, hit);
    }
    return hit;
}

;// CONCATENATED MODULE: ./src/domains/github-actions/expressions/scan.ts
/** Finds `${{ … }}` placeholders; a `}}` inside a single-quoted string literal does not close one. */
function scanEmbedded(text) {
    const out = [];
    let from = 0;
    for (;;) {
        const open = text.indexOf('${{', from);
        if (open < 0)
            return out;
        const bodyStart = open + 3;
        let i = bodyStart;
        let inString = false;
        let close = -1;
        while (i < text.length) {
            const char = text.charCodeAt(i);
            if (char === 39)
                inString = !inString;
            else if (!inString && char === 125 && text.charCodeAt(i + 1) === 125) {
                close = i;
                break;
            }
            i++;
        }
        if (close < 0) {
            out.push({ start: open, end: text.length, body: text.slice(bodyStart), bodyStart, closed: false });
            return out;
        }
        out.push({ start: open, end: close + 2, body: text.slice(bodyStart, close), bodyStart, closed: true });
        from = close + 2;
    }
}

;// CONCATENATED MODULE: ./src/domains/github-actions/expressions/index.ts









/***/ }),

/***/ 2895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gd: () => (/* binding */ rangeHolds),
/* harmony export */   nT: () => (/* binding */ firstFrom),
/* harmony export */   wM: () => (/* binding */ offsetsOf)
/* harmony export */ });
/** Appends the offset of every occurrence of `needle` in `text` to `into`, in order. */
function offsetsOf(text, needle, into) {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1))
        into.push(at);
    return into;
}
/** The first offset in `sorted` at or after `from`, or -1. */
function firstFrom(sorted, from) {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
        const mid = (low + high) >> 1;
        if (sorted[mid] < from)
            low = mid + 1;
        else
            high = mid;
    }
    return low < sorted.length ? sorted[low] : -1;
}
/** True when some offset of `sorted` lies in the node's source range (true when the node has none). */
function rangeHolds(sorted, range) {
    if (!range)
        return true;
    const next = firstFrom(sorted, range[0]);
    return next >= 0 && next < Math.max(range[1], range[2]);
}


/***/ }),

/***/ 2908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oj: () => (/* binding */ gitlabCiDomain),
/* harmony export */   Qd: () => (/* reexport safe */ _parse_js__WEBPACK_IMPORTED_MODULE_0__.Qd)
/* harmony export */ });
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6768);



/**
 * Hooks: `file` (the model), `include` (each include entry), `job` (every job, hidden `.templates` too, in file
 * order), `script` (each own script line of a job, right after its job), then `exit`.
 *
 * Each file is checked on its own: a file reached through `include: local` is classified and checked as its own
 * file (findings land where the text is), and the including file only checks the include entries themselves.
 * Cross-file lookups (an `extends` or `needs` target, declared stages) go through `model.project(readFile)`.
 */
const gitlabCiDomain = {
    id: 'gitlab-ci',
    parse: _parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseGitlabCi */ .bC,
    walk(model, emit) {
        emit('file', model);
        for (const include of model.includes)
            emit('include', include);
        for (const job of model.jobs) {
            emit('job', job);
            for (const line of job.scripts)
                emit('script', { job, line });
        }
        emit('exit', model);
    },
};


/***/ }),

/***/ 1978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D7: () => (/* binding */ WORKFLOW_KEYWORDS),
/* harmony export */   N3: () => (/* binding */ INCLUDE_KINDS),
/* harmony export */   XV: () => (/* binding */ JOB_KEYWORDS),
/* harmony export */   _8: () => (/* binding */ RULE_KEYWORDS),
/* harmony export */   b8: () => (/* binding */ NESTED_KEYWORDS),
/* harmony export */   f: () => (/* binding */ GLOBAL_KEYWORDS),
/* harmony export */   gn: () => (/* binding */ INPUT_KEYWORDS),
/* harmony export */   l$: () => (/* binding */ SPEC_KEYWORDS),
/* harmony export */   my: () => (/* binding */ DEFAULT_STAGES),
/* harmony export */   nl: () => (/* binding */ INPUT_TYPES),
/* harmony export */   wZ: () => (/* binding */ WHEN_VALUES),
/* harmony export */   xh: () => (/* binding */ DEPRECATED_GLOBALS),
/* harmony export */   zA: () => (/* binding */ DEFAULT_KEYWORDS)
/* harmony export */ });
/**
 * GitLab CI keywords, taken from GitLab's CI JSON schema (`ci.json`: top-level `properties`, `definitions.job_template`,
 * the `default` and `workflow` objects) and the `spec:` header reference. Keep sorted.
 */
/** Top-level keys that are not jobs. `image`, `services`, `cache`, `before_script`, `after_script` are deprecated there. */
const GLOBAL_KEYWORDS = new Set([
    'after_script', 'before_script', 'cache', 'default', 'image', 'include', 'services', 'stages', 'variables', 'workflow',
]);
/** Globals GitLab still accepts at the top level but wants under `default:`. */
const DEPRECATED_GLOBALS = new Set(['after_script', 'before_script', 'cache', 'image', 'services']);
const JOB_KEYWORDS = new Set([
    'after_script', 'allow_failure', 'artifacts', 'before_script', 'cache', 'coverage', 'dast_configuration', 'dependencies',
    'environment', 'except', 'extends', 'hooks', 'id_tokens', 'identity', 'image', 'inherit', 'interruptible',
    'manual_confirmation', 'needs', 'only', 'pages', 'parallel', 'publish', 'release', 'resource_group', 'retry', 'rules', 'run',
    'script', 'secrets', 'services', 'stage', 'start_in', 'tags', 'timeout', 'trigger', 'variables', 'when',
]);
const DEFAULT_KEYWORDS = new Set([
    'after_script', 'artifacts', 'before_script', 'cache', 'hooks', 'id_tokens', 'identity', 'image', 'interruptible', 'retry',
    'services', 'tags', 'timeout',
]);
const WORKFLOW_KEYWORDS = new Set(['auto_cancel', 'name', 'rules']);
const SPEC_KEYWORDS = new Set(['component', 'include', 'inputs']);
const INPUT_KEYWORDS = new Set(['default', 'description', 'options', 'regex', 'rules', 'type']);
const INPUT_TYPES = new Set(['array', 'boolean', 'number', 'string']);
const RULE_KEYWORDS = new Set(['allow_failure', 'changes', 'exists', 'if', 'interruptible', 'needs', 'variables', 'when']);
const WHEN_VALUES = new Set(['always', 'delayed', 'manual', 'never', 'on_failure', 'on_success']);
/** Keys of the nested job keywords GitLab validates (an unknown key makes it reject the job). */
const NESTED_KEYWORDS = {
    artifacts: new Set(['access', 'exclude', 'expire_in', 'expose_as', 'name', 'paths', 'public', 'reports', 'untracked', 'when']),
    cache: new Set(['fallback_keys', 'key', 'paths', 'policy', 'unprotect', 'untracked', 'when']),
    environment: new Set(['action', 'auto_stop_in', 'deployment_tier', 'kubernetes', 'name', 'on_stop', 'url']),
    include: new Set(['cache', 'component', 'file', 'inputs', 'integrity', 'local', 'project', 'ref', 'remote', 'rules', 'template']),
};
/** Stages GitLab defines when a pipeline declares none; `.pre` and `.post` always exist. */
const DEFAULT_STAGES = ['.pre', 'build', 'test', 'deploy', '.post'];
/** Include forms, by their key. */
const INCLUDE_KINDS = ['local', 'project', 'remote', 'template', 'component'];


/***/ }),

/***/ 6768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qd: () => (/* binding */ isPlainObject),
  xT: () => (/* binding */ keyName),
  Kj: () => (/* binding */ localIncludeCandidates),
  bC: () => (/* binding */ parseGitlabCi)
});

// UNUSED EXPORTS: deepMerge

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/source.ts
var source = __webpack_require__(2858);
// EXTERNAL MODULE: ./src/domains/yaml/document.ts + 1 modules
var yaml_document = __webpack_require__(2276);
// EXTERNAL MODULE: ./src/domains/gitlab-ci/keywords.ts
var keywords = __webpack_require__(1978);
;// CONCATENATED MODULE: ./src/domains/gitlab-ci/model.ts
/** A `!reference [job, key, …]` that could not be resolved in this file (it points into an include). */
class UnresolvedReference {
    target;
    constructor(target) {
        this.target = target;
    }
}

;// CONCATENATED MODULE: ./src/domains/gitlab-ci/parse.ts





/** True when the first document is a `spec:` header (only a `spec` key) followed by the content document. */
function isHeader(document, count) {
    const contents = document.contents;
    return count > 1 && (0,dist/* isMap */.jh)(contents) && contents.items.length === 1 && (0,dist/* isScalar */.jn)(contents.items[0].key) && contents.items[0].key.value === 'spec';
}
/** YAML nodes → plain data with GitLab's `<<` merge keys applied; `!reference` becomes a marker resolved later. */
class Converter {
    aliases = 0;
    /** Anchored nodes by name, in document order (an anchor may be redefined; an alias means the last one before it). */
    anchors = new Map();
    /** Converted anchored nodes: an anchor used by 400 jobs is converted once (the result is never mutated). */
    converted = new Map();
    constructor(document) {
        // `Alias.resolve` walks the whole document each time; index the anchors once instead.
        (0,dist/* visit */.YR)(document, {
            Node: (_, node) => {
                if (node.anchor)
                    this.anchors.set(node.anchor, [...(this.anchors.get(node.anchor) ?? []), node]);
            },
        });
    }
    target(alias) {
        const start = alias.range?.[0] ?? Number.POSITIVE_INFINITY;
        const candidates = this.anchors.get(alias.source) ?? [];
        return [...candidates].reverse().find((node) => (node.range?.[0] ?? 0) < start) ?? candidates[0];
    }
    convert(node) {
        if ((0,dist/* isAlias */.Vj)(node)) {
            if (++this.aliases > yaml_document/* MAX_ALIAS_COUNT */.w4)
                throw new Error('too many aliases (alias bomb?)');
            const target = this.target(node);
            if (!target)
                return null;
            if (!this.converted.has(target))
                this.converted.set(target, this.convert(target));
            return this.converted.get(target);
        }
        if ((0,dist/* isScalar */.jn)(node))
            return node.value;
        if ((0,dist/* isSeq */.oP)(node)) {
            const items = node.items.map((item) => this.convert(item));
            if (node.tag === '!reference')
                return new UnresolvedReference(items.map(String));
            return items;
        }
        if ((0,dist/* isMap */.jh)(node)) {
            const out = {};
            const merged = [];
            for (const pair of node.items) {
                const key = keyName(pair.key);
                if (key === '<<') {
                    const value = this.convert(pair.value);
                    for (const source of Array.isArray(value) ? value : [value])
                        if (isPlainObject(source))
                            merged.push(source);
                }
                else {
                    out[key] = this.convert(pair.value);
                }
            }
            // Explicit keys win over merged ones; earlier merge sources win over later ones.
            return Object.assign({}, ...merged.reverse(), out);
        }
        return node ?? null;
    }
}
/** A mapping key as a string; YAML merge keys (`<<`, parsed as a symbol) come back as `<<`. */
function keyName(key) {
    if ((0,dist/* isScalar */.jn)(key))
        return typeof key.value === 'symbol' ? '<<' : String(key.value);
    return String(key);
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof UnresolvedReference);
}
/**
 * Resolves `!reference` markers against the file's data; ones pointing outside the file stay markers. Anchors are
 * shared, not copied, so the data is a graph: each shared object is resolved once (an alias bomb stays small).
 */
function resolveReferences(value, root, depth = 0, done = new Map()) {
    if (value instanceof UnresolvedReference) {
        if (depth > 10)
            return value;
        let target = root;
        for (const segment of value.target) {
            if (!isPlainObject(target) || !(segment in target))
                return value;
            target = target[segment];
        }
        return resolveReferences(target, root, depth + 1, done);
    }
    if (typeof value !== 'object' || value === null)
        return value;
    const cached = done.get(value);
    if (cached !== undefined)
        return cached;
    let out = value;
    if (Array.isArray(value))
        out = value.map((item) => resolveReferences(item, root, depth, done));
    else if (isPlainObject(value)) {
        const copy = {};
        for (const [key, item] of Object.entries(value))
            copy[key] = resolveReferences(item, root, depth, done);
        out = copy;
    }
    done.set(value, out);
    return out;
}
/** GitLab's `extends` merge: maps merge deeply, arrays and scalars are replaced. */
function deepMerge(base, over) {
    const out = { ...base };
    for (const [key, value] of Object.entries(over)) {
        const current = out[key];
        out[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
    }
    return out;
}
function asStrings(value) {
    if (typeof value === 'string')
        return [value];
    if (Array.isArray(value))
        return value.filter((item) => typeof item === 'string');
    return [];
}
function scriptLines(file, node, name, problems) {
    const lines = [];
    if (!node)
        return lines;
    for (const key of ['before_script', 'script', 'after_script']) {
        const value = node.get(key, true);
        const visit = (item, path) => {
            if ((0,dist/* isScalar */.jn)(item) && typeof item.value === 'string') {
                lines.push({ key, text: item.value, node: item, span: (0,yaml_document/* spanOf */.ee)(file, item), path: (0,yaml_document/* pathString */.hL)(path) });
            }
            else if ((0,dist/* isSeq */.oP)(item) && item.tag !== '!reference') {
                item.items.forEach((child, index) => visit(child, [...path, index]));
            }
            else if ((0,dist/* isMap */.jh)(item) && path.length > 2) {
                // `- echo "a: b"` unquoted is a mapping, not a command: GitLab rejects the job.
                problems.push({ message: `\`${(0,yaml_document/* pathString */.hL)(path)}\` is a mapping, not a command: quote the line (it contains ": ")`, at: { span: (0,yaml_document/* spanOf */.ee)(file, item), path: (0,yaml_document/* pathString */.hL)(path) } });
            }
            // Aliases and `!reference` are checked where their target is written.
        };
        visit(value, [name, key]);
    }
    return lines;
}
function parseSpec(file, header, problems) {
    const inputs = new Map();
    const converter = new Converter(header);
    const data = converter.convert(header.contents);
    const spec = data.spec;
    const at = (path, key = false) => (0,yaml_document/* locate */.x5)(file, header, path, { key });
    if (spec !== null && spec !== undefined && !isPlainObject(spec)) {
        problems.push({ message: '`spec` must be a mapping', at: at(['spec']) });
        return { inputs };
    }
    const raw = isPlainObject(spec) ? spec.inputs : undefined;
    if (raw !== undefined && raw !== null && !isPlainObject(raw)) {
        problems.push({ message: '`spec:inputs` must be a mapping of input names', at: at(['spec', 'inputs']) });
        return { inputs };
    }
    for (const [name, value] of Object.entries(raw ?? {})) {
        const entry = isPlainObject(value) ? value : {};
        inputs.set(name, {
            name,
            type: typeof entry.type === 'string' ? entry.type : 'string',
            hasDefault: 'default' in entry,
            default: entry.default,
            options: Array.isArray(entry.options) ? entry.options : undefined,
            regex: typeof entry.regex === 'string' ? entry.regex : undefined,
            description: typeof entry.description === 'string' ? entry.description : undefined,
            ...at(['spec', 'inputs', name], true),
        });
    }
    return { inputs };
}
function parseIncludes(file, document, raw) {
    if (raw === undefined || raw === null)
        return [];
    const list = Array.isArray(raw) ? raw : [raw];
    const includes = [];
    list.forEach((entry, index) => {
        const keyPath = Array.isArray(raw) ? ['include', index] : ['include'];
        const at = (0,yaml_document/* locate */.x5)(file, document, keyPath);
        if (typeof entry === 'string') {
            const kind = /^https?:\/\//i.test(entry) ? 'remote' : 'local';
            includes.push({ kind, index, value: entry, ref: undefined, files: [], keyPath, hasInputs: false, ...at });
            return;
        }
        if (!isPlainObject(entry))
            return;
        const kind = keywords/* INCLUDE_KINDS */.N3.find((candidate) => typeof entry[candidate] === 'string');
        if (!kind)
            return;
        includes.push({
            kind,
            index,
            value: String(entry[kind]),
            ref: typeof entry.ref === 'string' || typeof entry.ref === 'number' ? String(entry.ref) : undefined,
            files: asStrings(entry.file),
            keyPath,
            hasInputs: isPlainObject(entry.inputs),
            ...at,
        });
    });
    return includes;
}
function parseGitlabCi(file) {
    const yaml = (0,yaml_document/* parseYaml */.hN)(file);
    const { comments } = yaml;
    if (yaml.problems.length > 0)
        return { ok: false, problems: yaml.problems, comments };
    const problems = [];
    const documents = yaml.documents;
    const header = documents[0] && isHeader(documents[0], documents.length) ? documents[0] : undefined;
    const content = header ? documents[1] : documents[0];
    const extra = documents.slice(header ? 2 : 1).find((document) => document.contents !== null);
    if (extra) {
        problems.push({ message: 'more than one YAML document: only a `spec:` header may come before `---`', at: { span: (0,yaml_document/* spanOf */.ee)(file, extra.contents), path: 'doc' } });
    }
    if (!content || (content.contents !== null && !(0,dist/* isMap */.jh)(content.contents))) {
        const at = content?.contents ? { span: (0,yaml_document/* spanOf */.ee)(file, content.contents), path: '$' } : { span: file.lineSpan(1), path: '$' };
        if (content?.contents || !header)
            problems.push({ message: 'the pipeline configuration must be a mapping of keywords and jobs', at });
    }
    if (problems.length > 0 || !content)
        return problems.length ? { ok: false, problems, comments } : { ok: false, problems: [{ message: 'empty file', at: { span: file.lineSpan(1), path: '$' } }], comments };
    let data;
    try {
        data = new Converter(content).convert(content.contents) ?? {};
    }
    catch (error) {
        return { ok: false, problems: [{ message: error instanceof Error ? error.message : String(error), at: { span: file.lineSpan(1), path: '$' } }], comments };
    }
    const spec = header ? parseSpec(file, header, problems) : undefined;
    if (problems.length > 0)
        return { ok: false, problems, comments };
    const resolvedData = resolveReferences(data, data);
    const contentsMap = content.contents;
    const jobs = [];
    const jobByName = new Map();
    for (const pair of contentsMap?.items ?? []) {
        if (!(0,dist/* isScalar */.jn)(pair.key))
            continue;
        const name = keyName(pair.key);
        if (keywords/* GLOBAL_KEYWORDS */.f.has(name) || name === '<<' || name === 'spec')
            continue;
        const own = isPlainObject(resolvedData[name]) ? resolvedData[name] : {};
        const node = (0,dist/* isMap */.jh)(pair.value) ? pair.value : undefined;
        const job = {
            name,
            hidden: name.startsWith('.'),
            keyAt: { span: (0,yaml_document/* spanOf */.ee)(file, pair.key), path: name },
            span: (0,yaml_document/* spanOf */.ee)(file, pair.key),
            path: name,
            node,
            own,
            resolved: own,
            extends: asStrings(own.extends),
            complete: true,
            stage: 'test',
            scripts: scriptLines(file, node, name, problems),
        };
        jobs.push(job);
        jobByName.set(name, job);
    }
    if (problems.length > 0)
        return { ok: false, problems, comments };
    // extends: depth-first, parents merged in order, the job's own keys last (GitLab allows 11 levels).
    const resolving = new Set();
    const done = new Set();
    const resolve = (job, depth) => {
        if (done.has(job.name) || resolving.has(job.name) || depth > 11) {
            if (resolving.has(job.name) || depth > 11)
                job.complete = false;
            return;
        }
        resolving.add(job.name);
        let merged = {};
        for (const parentName of job.extends) {
            const parent = jobByName.get(parentName);
            if (!parent) {
                job.complete = false;
                continue;
            }
            resolve(parent, depth + 1);
            if (!parent.complete)
                job.complete = false;
            merged = deepMerge(merged, parent.resolved);
        }
        const { extends: _extends, ...own } = job.own;
        job.resolved = job.extends.length ? deepMerge(merged, own) : job.own;
        job.stage = typeof job.resolved.stage === 'string' ? job.resolved.stage : 'test';
        resolving.delete(job.name);
        done.add(job.name);
    };
    for (const job of jobs)
        resolve(job, 0);
    const declared = Array.isArray(resolvedData.stages) ? resolvedData.stages.flat(10).map(String) : undefined;
    const stages = declared ? ['.pre', ...declared.filter((stage) => stage !== '.pre' && stage !== '.post'), '.post'] : keywords/* DEFAULT_STAGES */.my;
    const defaults = {};
    for (const key of keywords/* DEPRECATED_GLOBALS */.xh)
        if (key in resolvedData)
            defaults[key] = resolvedData[key];
    if (isPlainObject(resolvedData.default))
        Object.assign(defaults, resolvedData.default);
    const includes = parseIncludes(file, content, resolvedData.include);
    let projectView;
    const model = {
        file,
        document: content,
        header,
        spec,
        data: resolvedData,
        jobs,
        jobByName,
        stages,
        stagesDeclared: declared !== undefined,
        includes,
        defaults,
        locate: (path, options) => (0,yaml_document/* locate */.x5)(file, content, path, options),
        locateHeader: (path, options) => (header ? (0,yaml_document/* locate */.x5)(file, header, path, options) : { span: file.lineSpan(1), path: (0,yaml_document/* pathString */.hL)(path) }),
        find(node, needle, path) {
            const range = node.range;
            if (!range)
                return { span: file.lineSpan(1), path };
            const source = file.text.slice(range[0], range[1]);
            let index = -1;
            let length = 0;
            if (typeof needle === 'string') {
                index = source.indexOf(needle);
                length = needle.length;
            }
            else {
                const match = needle.exec(source);
                if (match) {
                    index = match.index;
                    length = match[0].length;
                }
            }
            if (index < 0)
                return { span: (0,yaml_document/* spanOf */.ee)(file, node), path };
            return { span: file.spanOf(range[0] + index, range[0] + index + Math.max(length, 1)), path };
        },
        effective(job, key) {
            if (key in job.resolved)
                return job.resolved[key];
            const inherit = job.resolved.inherit;
            if (isPlainObject(inherit)) {
                const setting = inherit.default;
                if (setting === false)
                    return undefined;
                if (Array.isArray(setting) && !setting.includes(key))
                    return undefined;
            }
            return defaults[key];
        },
        project(readFile) {
            projectView ??= buildProjectView(model, readFile);
            return projectView;
        },
    };
    return { ok: true, model, comments };
}
/**
 * Where a local include can live: relative to the repository root (GitLab's rule), and, for a `.gitlab-ci.yml` in a
 * sub-folder (a nested project root, e.g. a service of a monorepo mirrored as its own project), relative to that folder.
 */
function localIncludeCandidates(fromPath, value) {
    const path = value.replace(/^\.?\//, '');
    const dir = fromPath.includes('/') ? fromPath.slice(0, fromPath.lastIndexOf('/')) : '';
    return dir && /(^|\/)\.gitlab-ci\.ya?ml$/i.test(fromPath) ? [path, `${dir}/${path}`] : [path];
}
/** Follows local includes (not globs) to learn every job name and the declared stages. */
function buildProjectView(model, readFile) {
    // A file other than the root `.gitlab-ci.yml` is a fragment: its includer (or a sibling include) may define names.
    const root = /(^|\/)\.gitlab-ci\.ya?ml$/i.test(model.file.path) && !model.header;
    const view = { jobs: new Map(), stages: model.stagesDeclared ? model.stages : undefined, complete: root, missing: [] };
    for (const job of model.jobs)
        view.jobs.set(job.name, { stage: job.resolved.stage, file: model.file.path, extends: job.extends });
    const seen = new Set([model.file.path]);
    const queue = [{ includes: model.includes, top: true }];
    while (queue.length > 0 && seen.size < 150) {
        const { includes, top } = queue.shift();
        for (const include of includes) {
            if (include.kind !== 'local' || /[*$]/.test(include.value)) {
                view.complete = false;
                continue;
            }
            let path = '';
            let text;
            for (const candidate of localIncludeCandidates(model.file.path, include.value)) {
                path = candidate;
                text = readFile(candidate);
                if (text !== undefined)
                    break;
            }
            if (seen.has(path))
                continue;
            seen.add(path);
            if (text === undefined) {
                view.complete = false;
                if (top)
                    view.missing.push(include);
                continue;
            }
            const parsed = parseGitlabCi(new source/* SourceFile */.s(path, text));
            if (!parsed.ok) {
                view.complete = false;
                continue;
            }
            const included = parsed.model;
            // Included files with a spec header take inputs: their job names may be interpolated, so names are unknowable.
            if (included.header)
                view.complete = false;
            if (included.stagesDeclared && !view.stages)
                view.stages = included.stages;
            for (const job of included.jobs) {
                if (!view.jobs.has(job.name))
                    view.jobs.set(job.name, { stage: job.resolved.stage, file: path, extends: job.extends });
            }
            queue.push({ includes: included.includes, top: false });
        }
    }
    return view;
}


/***/ }),

/***/ 2276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w4: () => (/* binding */ MAX_ALIAS_COUNT),
  x5: () => (/* binding */ locate),
  hN: () => (/* binding */ parseYaml),
  hL: () => (/* binding */ pathString),
  ee: () => (/* binding */ spanOf)
});

// UNUSED EXPORTS: QuietParser, toData

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/domains/yaml/fast-reader.ts

/** Thrown (never seen outside this module) to abandon the fast path; not an Error, so it costs no stack trace. */
const GIVE_UP = { giveUp: true };
const SPACE = 0;
const COMMENT = 1;
const NEWLINE = 2;
/** Where a collection's last item stands when trivia arrive (mirrors the parser's item states). */
var Last;
(function (Last) {
    /** A one-line value with trailing tokens of its own (plain, quoted, flow sequence): deeper comments join it. */
    Last[Last["ValueWithEnd"] = 0] = "ValueWithEnd";
    /** A block scalar or a nested collection: trivia start a new (pending) item. */
    Last[Last["Value"] = 1] = "Value";
    /** A key and `:` with no value yet: trivia belong to the separator. */
    Last[Last["Separator"] = 2] = "Separator";
    /** Trivia only, waiting for the next key or item. */
    Last[Last["Pending"] = 3] = "Pending";
})(Last || (Last = {}));
/**
 * Text the reader leaves to `yaml`: tabs, CR, other control characters, BOM, NEL and Unicode line separators (each
 * has rules of its own), and directives or document markers at a line start.
 */
const LEFT_TO_YAML = /[\x00-\x09\x0b-\x1f\x7f\x85\ufeff\u2028\u2029]|^(?:---|\.\.\.|%)/m;
/**
 * `yaml` marks each node's kind with an own, non-enumerable symbol property set by `Object.defineProperty` in its
 * constructor, the largest single cost of building a document. Scalars and pairs made here inherit the same mark
 * from a prototype below `Scalar.prototype` / `Pair.prototype` instead: `isScalar`, `isPair`, `instanceof`, `clone`,
 * `toJS` and `visit` treat them alike (the test checks with `yaml`'s own predicates).
 */
const NODE_TYPE = Symbol.for('yaml.node.type');
const SCALAR_PROTOTYPE = Object.create(dist/* Scalar */.X5.prototype, { [NODE_TYPE]: { value: Symbol.for('yaml.scalar') } });
const PAIR_PROTOTYPE = Object.create(dist/* Pair */.Rm.prototype, { [NODE_TYPE]: { value: Symbol.for('yaml.pair') } });
/** Whether a plain scalar starting with this character (NaN: empty) could be null, a boolean or a number. */
function mayHaveTag(first) {
    const letter = (first >= 97 && first <= 122) || (first >= 65 && first <= 90);
    // n/N: null; t/T: true; f/F: false. Every other letter starts a string.
    return !letter || first === 110 || first === 78 || first === 116 || first === 84 || first === 102 || first === 70;
}
function scalar(value) {
    const node = Object.create(SCALAR_PROTOTYPE);
    node.value = value;
    return node;
}
function pair(key, value) {
    const node = Object.create(PAIR_PROTOTYPE);
    node.key = key;
    node.value = value;
    return node;
}
const CH_SPACE = 32;
const CH_NL = 10;
const CH_HASH = 35;
const CH_COLON = 58;
const CH_DASH = 45;
/** Characters that may not start a plain scalar here (or that start something this reader leaves to `yaml`). */
const NOT_PLAIN_START = new Set('#&*!|>\'"%@`{}[],?:-'.split('').map((c) => c.charCodeAt(0)));
class FastYamlReader {
    options;
    directives;
    tags;
    constructor(options) {
        this.options = options;
        this.directives = new dist/* Composer */.Dk(options).directives;
        const template = this.newDocument();
        this.tags = template.schema.tags.filter((tag) => tag.default === true && tag.test instanceof RegExp);
    }
    /** The documents of `text`, or undefined when the text needs the full parser. */
    read(text) {
        if (!FastYamlReader.mayRead(text))
            return undefined;
        try {
            return [new Reading(this, text).document()];
        }
        catch (error) {
            // Nesting deep enough to exhaust the stack is left to yaml as well, which reports it its own way.
            if (error === GIVE_UP || error instanceof RangeError)
                return undefined;
            throw error;
        }
    }
    static mayRead(text) {
        return text.length > 0 && !LEFT_TO_YAML.test(text);
    }
    newDocument() {
        return new dist/* Document */.yo(undefined, { _directives: this.directives, ...this.options });
    }
    /** A plain scalar's value by the core schema's tests, as `yaml` resolves it. */
    plain(source, start, end, trailing) {
        let node;
        if (mayHaveTag(source.charCodeAt(0))) {
            for (const tag of this.tags) {
                if (!tag.test.test(source))
                    continue;
                const resolved = tag.resolve(source, () => {
                    throw GIVE_UP;
                }, this.options);
                node = (0,dist/* isScalar */.jn)(resolved) ? resolved : scalar(resolved);
                if (tag.format)
                    node.format = tag.format;
                break;
            }
        }
        node ??= scalar(source);
        node.range = [start, end, trailing];
        node.source = source;
        node.type = 'PLAIN';
        return node;
    }
}
class Reading {
    text;
    reader;
    document_;
    /** The start of the line being read. */
    pos = 0;
    constructor(reader, text) {
        this.reader = reader;
        this.text = text;
        this.document_ = reader.newDocument();
    }
    document() {
        const doc = this.document_;
        this.trivia();
        if (this.pos >= this.text.length || this.indentAt(this.pos) !== 0)
            throw GIVE_UP;
        const start = this.pos;
        const { node, carry, end } = this.blockMap(0);
        if (this.pos < this.text.length)
            throw GIVE_UP;
        doc.contents = node;
        doc.range = [start, end, carry && carry.length > 0 ? carry[carry.length - 1].end : end];
        return doc;
    }
    // -------------------------------------------------------------------------------------------------------------
    // Lines and trivia
    indentAt(lineStart) {
        let i = lineStart;
        while (this.text.charCodeAt(i) === CH_SPACE)
            i++;
        return i - lineStart;
    }
    lineEnd(from) {
        const nl = this.text.indexOf('\n', from);
        return nl < 0 ? this.text.length : nl;
    }
    /**
     * Reads blank and comment-only lines from `pos` up to the next content line (or the end), returning their tokens
     * and leaving `pos` at the start of that content line.
     */
    trivia() {
        const text = this.text;
        const tokens = [];
        while (this.pos < text.length) {
            const start = this.pos;
            let i = start;
            while (text.charCodeAt(i) === CH_SPACE)
                i++;
            const c = text.charCodeAt(i);
            const indent = i - start;
            if (i < text.length && c !== CH_NL && c !== CH_HASH) {
                // The content line's indentation is a token too, filed with the trivia before it.
                if (indent > 0)
                    tokens.push({ type: SPACE, end: i, indent });
                break;
            }
            if (indent > 0)
                tokens.push({ type: SPACE, end: i, indent });
            if (c === CH_HASH) {
                i = this.lineEnd(i);
                tokens.push({ type: COMMENT, end: i, indent });
            }
            if (i < text.length)
                tokens.push({ type: NEWLINE, end: i + 1, indent });
            this.pos = i < text.length ? i + 1 : text.length;
        }
        return tokens;
    }
    /**
     * What follows a one-line value on its line: spaces, a comment, the line break. Returns the value's range[2] and
     * whether its last token is a comment (then the next line break joins it); moves `pos` to the next line.
     */
    lineRest(from) {
        const text = this.text;
        let i = from;
        while (text.charCodeAt(i) === CH_SPACE)
            i++;
        let comment = false;
        if (i < text.length && text.charCodeAt(i) !== CH_NL) {
            if (text.charCodeAt(i) !== CH_HASH || i === from)
                throw GIVE_UP;
            i = this.lineEnd(i);
            comment = true;
        }
        if (i < text.length) {
            i++;
            comment = false;
        }
        this.pos = i;
        return { end: i, comment };
    }
    /** Applies one run of trivia to the innermost open collection, the way `yaml`'s parser files each token. */
    file(frame, tokens) {
        for (const token of tokens) {
            switch (frame.state) {
                case Last.ValueWithEnd:
                    if (token.type === NEWLINE && frame.valueEndIsComment) {
                        frame.valueEnd = token.end;
                        frame.valueEndIsComment = false;
                    }
                    else {
                        frame.state = Last.Pending;
                        frame.tokens = [token];
                        frame.afterValueWithEnd = true;
                    }
                    break;
                case Last.Value:
                    frame.state = Last.Pending;
                    frame.tokens = [token];
                    frame.afterValueWithEnd = false;
                    break;
                case Last.Separator:
                    frame.tokens.push(token);
                    break;
                case Last.Pending:
                    if (token.type === COMMENT &&
                        frame.afterValueWithEnd &&
                        token.indent > frame.indent &&
                        frame.tokens.every((t) => t.type !== COMMENT)) {
                        // An indented comment right after a one-line value joins that value's trailing tokens.
                        frame.state = Last.ValueWithEnd;
                        frame.valueEnd = token.end;
                        frame.valueEndIsComment = true;
                        frame.tokens = [];
                    }
                    else {
                        frame.tokens.push(token);
                    }
                    break;
            }
        }
    }
    /**
     * Closing a collection whose last item holds only trivia: they move up to the parent unless a comment among them
     * sits at or right of the collection's column (then they stay and end the collection's range).
     */
    close(frame, end) {
        if (frame.state !== Last.Pending || frame.tokens.length === 0)
            return { carry: null, rangeEnd: end };
        const tokens = frame.tokens;
        if (frame.indent === 0 || tokens.every((t) => t.type !== COMMENT || t.indent < frame.indent))
            return { carry: tokens, rangeEnd: end };
        return { carry: null, rangeEnd: tokens[tokens.length - 1].end };
    }
    // -------------------------------------------------------------------------------------------------------------
    // Collections
    /** A block mapping whose first key starts at `pos + indent`. */
    blockMap(indent, firstKeyAt) {
        const text = this.text;
        const map = new dist/* YAMLMap */.CA(this.document_.schema);
        const keys = new Set();
        const frame = { indent, state: Last.Value, valueEnd: 0, valueEndIsComment: false, afterValueWithEnd: false, tokens: [] };
        const start = firstKeyAt ?? this.pos + indent;
        let keyAt = start;
        let offset = start;
        for (;;) {
            // The key, on this line at column `indent`.
            const key = this.key(keyAt);
            if (keys.has(key.node.value))
                throw GIVE_UP;
            keys.add(key.node.value);
            const afterColon = key.colon + 1;
            let i = afterColon;
            while (text.charCodeAt(i) === CH_SPACE)
                i++;
            const c = text.charCodeAt(i);
            let value;
            if (i >= text.length || c === CH_NL || c === CH_HASH) {
                // No value on the key's line: the separator collects the rest of the line and any trivia after it.
                const sep = [];
                if (i > afterColon)
                    sep.push({ type: SPACE, end: i, indent });
                if (c === CH_HASH) {
                    if (i === afterColon)
                        throw GIVE_UP;
                    i = this.lineEnd(i);
                    sep.push({ type: COMMENT, end: i, indent });
                }
                if (i < text.length) {
                    sep.push({ type: NEWLINE, end: i + 1, indent });
                    i++;
                }
                this.pos = i;
                frame.state = Last.Separator;
                frame.tokens = sep;
                this.file(frame, this.trivia());
                const next = this.pos < text.length ? this.indentAt(this.pos) : -1;
                const emptyAt = afterColon + (sep[0]?.type === SPACE ? sep[0].end - afterColon : 0);
                if (next > indent) {
                    const nested = settle(frame, this.blockNode(next));
                    value = nested.node;
                    offset = nested.end;
                }
                else if (next === indent && this.isSeqItem(this.pos + next)) {
                    const nested = settle(frame, this.blockSeq(next));
                    value = nested.node;
                    offset = nested.end;
                }
                else {
                    // An empty value. Before a sibling key, trivia from the second line break on belong to that key.
                    let tokens = frame.tokens;
                    if (next === indent)
                        tokens = splitAtSecondBreak(tokens, indent);
                    const node = this.reader.plain('', emptyAt, emptyAt, emptyAt);
                    node.source = '';
                    if (tokens.some((t) => t.type === COMMENT))
                        node.range[2] = tokens[tokens.length - 1].end;
                    value = node;
                    offset = node.range[2];
                    frame.state = next === indent ? Last.Value : Last.Separator;
                    frame.tokens = [];
                }
            }
            else {
                const item = this.lineValue(frame, i);
                value = item.node;
                offset = item.end;
            }
            map.items.push(pair(key.node, value));
            // The next content line decides: another key here, or the end of this mapping.
            if (this.pos >= text.length)
                break;
            const next = this.indentAt(this.pos);
            if (next < indent)
                break;
            if (next > indent || this.isSeqItem(this.pos + next))
                throw GIVE_UP;
            keyAt = this.pos + next;
        }
        const closed = this.close(frame, offset);
        map.range = [start, offset, closed.rangeEnd];
        return { node: map, carry: closed.carry, end: closed.rangeEnd };
    }
    /** A block sequence whose dashes sit at column `indent`, starting on the line at `pos`. */
    blockSeq(indent) {
        const text = this.text;
        const seq = new dist/* YAMLSeq */.Rw(this.document_.schema);
        const frame = { indent, state: Last.Value, valueEnd: 0, valueEndIsComment: false, afterValueWithEnd: false, tokens: [] };
        const start = this.pos + indent;
        let offset = start;
        for (;;) {
            const dash = this.pos + indent;
            let i = dash + 1;
            while (text.charCodeAt(i) === CH_SPACE)
                i++;
            const c = text.charCodeAt(i);
            if (i >= text.length || c === CH_NL || c === CH_HASH || i === dash + 1)
                throw GIVE_UP;
            if (c === CH_DASH && this.isSeqItem(i))
                throw GIVE_UP;
            let value;
            if (this.startsKey(i)) {
                // A compact mapping: `- key: value` with the following keys aligned under the first.
                const nested = settle(frame, this.blockMap(i - this.pos, i));
                value = nested.node;
                offset = nested.end;
            }
            else {
                const item = this.lineValue(frame, i);
                value = item.node;
                offset = item.end;
            }
            seq.items.push(value);
            if (this.pos >= text.length)
                break;
            const next = this.indentAt(this.pos);
            if (next < indent)
                break;
            if (next > indent)
                throw GIVE_UP;
            if (!this.isSeqItem(this.pos + next))
                break;
            if (frame.state === Last.Pending) {
                // The dash joins the pending trivia as the next item's start.
                frame.state = Last.Value;
                frame.tokens = [];
            }
        }
        const closed = this.close(frame, offset);
        seq.range = [start, offset, closed.rangeEnd];
        return { node: seq, carry: closed.carry, end: closed.rangeEnd };
    }
    /**
     * A one-line value (or block scalar) at `at` as the current item of `frame`, with the trivia after it filed; a
     * deeper content line after it would be a continuation this reader leaves to yaml. `end` is its range[2].
     */
    lineValue(frame, at) {
        const inline = this.inlineValue(at, frame.indent);
        frame.state = inline.withEnd ? Last.ValueWithEnd : Last.Value;
        frame.valueEnd = inline.end;
        frame.valueEndIsComment = inline.comment;
        this.file(frame, this.trivia());
        if (this.pos < this.text.length && this.indentAt(this.pos) > frame.indent)
            throw GIVE_UP;
        if (!inline.withEnd)
            return { node: inline.node, end: inline.end };
        inline.node.range[2] = frame.valueEnd;
        return { node: inline.node, end: frame.valueEnd };
    }
    /** A block collection starting at the line at `pos`, indented `indent` (deeper than its parent's). */
    blockNode(indent) {
        const at = this.pos + indent;
        if (this.isSeqItem(at))
            return this.blockSeq(indent);
        if (!this.startsKey(at))
            throw GIVE_UP;
        return this.blockMap(indent);
    }
    isSeqItem(at) {
        if (this.text.charCodeAt(at) !== CH_DASH)
            return false;
        const next = this.text.charCodeAt(at + 1);
        return next === CH_SPACE || next === CH_NL || at + 1 >= this.text.length;
    }
    /** Whether the content at `at` is `key:` (an implicit key on this line). */
    startsKey(at) {
        const text = this.text;
        const c = text.charCodeAt(at);
        if (c === 34 || c === 39) {
            const close = text.indexOf(String.fromCharCode(c), at + 1);
            return close > 0 && close < this.lineEnd(at) && text.charCodeAt(close + 1) === CH_COLON;
        }
        const end = this.lineEnd(at);
        for (let i = at; i < end; i++) {
            const ch = text.charCodeAt(i);
            if (ch === CH_HASH && text.charCodeAt(i - 1) === CH_SPACE)
                return false;
            if (ch === CH_COLON) {
                const after = text.charCodeAt(i + 1);
                if (i + 1 >= text.length || after === CH_SPACE || after === CH_NL)
                    return true;
            }
        }
        return false;
    }
    /** A key scalar at `at` and the offset of its `:` (directly after it). */
    key(at) {
        const text = this.text;
        const c = text.charCodeAt(at);
        if (c === 34 || c === 39) {
            const quoted = this.quoted(at);
            if (text.charCodeAt(quoted.end) !== CH_COLON)
                throw GIVE_UP;
            quoted.node.range = [at, quoted.end, quoted.end];
            return { node: quoted.node, colon: quoted.end };
        }
        if (NOT_PLAIN_START.has(c))
            throw GIVE_UP;
        const end = this.lineEnd(at);
        let colon = -1;
        for (let i = at; i < end; i++) {
            const ch = text.charCodeAt(i);
            if (ch === CH_HASH && text.charCodeAt(i - 1) === CH_SPACE)
                break;
            if (ch === CH_COLON) {
                const after = text.charCodeAt(i + 1);
                if (i + 1 >= text.length || after === CH_SPACE || after === CH_NL) {
                    colon = i;
                    break;
                }
            }
        }
        if (colon < 0 || colon - at > 1000 || text.charCodeAt(colon - 1) === CH_SPACE)
            throw GIVE_UP;
        const source = text.slice(at, colon);
        if (source === '<<')
            throw GIVE_UP;
        return { node: this.reader.plain(source, at, colon, colon), colon };
    }
    /**
     * A value that starts on the key's (or dash's) line at `at`: plain, quoted, a flow sequence, or a block scalar.
     * Moves `pos` past it. `withEnd`: the value keeps its own trailing tokens (everything but block scalars).
     */
    inlineValue(at, parentIndent) {
        const text = this.text;
        const c = text.charCodeAt(at);
        if (c === 124 || c === 62)
            return { ...this.blockScalar(at, parentIndent), withEnd: false, comment: false };
        if (c === 91) {
            const flow = this.flowSeq(at);
            const rest = this.lineRest(flow.close);
            flow.node.range = [at, flow.close, rest.end];
            return { node: flow.node, end: rest.end, withEnd: true, comment: rest.comment };
        }
        if (c === 34 || c === 39) {
            const quoted = this.quoted(at);
            const rest = this.lineRest(quoted.end);
            quoted.node.range = [at, quoted.end, rest.end];
            return { node: quoted.node, end: rest.end, withEnd: true, comment: rest.comment };
        }
        if (NOT_PLAIN_START.has(c) && !(c === CH_DASH && !this.isSeqItem(at)))
            throw GIVE_UP;
        const lineEnd = this.lineEnd(at);
        let end = lineEnd;
        for (let i = at; i < lineEnd; i++) {
            const ch = text.charCodeAt(i);
            if (ch === CH_HASH && text.charCodeAt(i - 1) === CH_SPACE) {
                end = i;
                break;
            }
            if (ch === CH_COLON) {
                const after = text.charCodeAt(i + 1);
                if (i + 1 >= lineEnd || after === CH_SPACE)
                    throw GIVE_UP;
            }
        }
        while (end > at && text.charCodeAt(end - 1) === CH_SPACE)
            end--;
        const rest = this.lineRest(end);
        const node = this.reader.plain(text.slice(at, end), at, end, rest.end);
        return { node, end: rest.end, withEnd: true, comment: rest.comment };
    }
    /** A one-line single- or double-quoted scalar at `at` (double-quoted without escapes). */
    quoted(at) {
        const text = this.text;
        const quote = text.charCodeAt(at);
        const lineEnd = this.lineEnd(at);
        let value = '';
        let from = at + 1;
        for (;;) {
            const close = text.indexOf(quote === 34 ? '"' : "'", from);
            if (close < 0 || close >= lineEnd)
                throw GIVE_UP;
            if (quote === 39 && text.charCodeAt(close + 1) === 39) {
                value += text.slice(from, close + 1);
                from = close + 2;
                continue;
            }
            value += text.slice(from, close);
            if (quote === 34 && value.includes('\\'))
                throw GIVE_UP;
            const node = scalar(value);
            node.source = value;
            node.type = quote === 34 ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
            return { node, end: close + 1 };
        }
    }
    /** A one-line flow sequence of scalars at `at`; `close` is the offset after its `]`. */
    flowSeq(at) {
        const text = this.text;
        const seq = new dist/* YAMLSeq */.Rw(this.document_.schema);
        seq.flow = true;
        const lineEnd = this.lineEnd(at);
        let i = at + 1;
        const skipSpaces = () => {
            while (text.charCodeAt(i) === CH_SPACE)
                i++;
        };
        skipSpaces();
        if (text.charCodeAt(i) === 93)
            return { node: seq, close: i + 1 };
        for (;;) {
            skipSpaces();
            const c = text.charCodeAt(i);
            let item;
            if (c === 34 || c === 39) {
                const start = i;
                const quoted = this.quoted(i);
                item = quoted.node;
                i = quoted.end;
                skipSpaces();
                item.range = [start, quoted.end, i];
            }
            else {
                if (NOT_PLAIN_START.has(c) && !(c === CH_DASH && text.charCodeAt(i + 1) !== CH_SPACE))
                    throw GIVE_UP;
                const start = i;
                while (i < lineEnd) {
                    const ch = text.charCodeAt(i);
                    if (ch === 44 || ch === 93 || ch === 91 || ch === 123 || ch === 125)
                        break;
                    if (ch === CH_HASH && text.charCodeAt(i - 1) === CH_SPACE)
                        throw GIVE_UP;
                    if (ch === CH_COLON)
                        throw GIVE_UP;
                    i++;
                }
                let end = i;
                while (end > start && text.charCodeAt(end - 1) === CH_SPACE)
                    end--;
                if (end === start)
                    throw GIVE_UP;
                item = this.reader.plain(text.slice(start, end), start, end, i);
            }
            seq.items.push(item);
            const sep = text.charCodeAt(i);
            if (sep === 93)
                return { node: seq, close: i + 1 };
            if (sep !== 44)
                throw GIVE_UP;
            i++;
            skipSpaces();
            if (text.charCodeAt(i) === 93 || i >= lineEnd)
                throw GIVE_UP;
        }
    }
    /** A literal (`|`) or folded (`>`) block scalar whose header is at `at`, in a collection at `parentIndent`. */
    blockScalar(at, parentIndent) {
        const text = this.text;
        const literal = text.charCodeAt(at) === 124;
        let i = at + 1;
        let chomp = '';
        const indicator = text.charCodeAt(i);
        if (indicator === CH_DASH || indicator === 43) {
            chomp = indicator === CH_DASH ? '-' : '+';
            i++;
        }
        const headerEnd = i;
        while (text.charCodeAt(i) === CH_SPACE)
            i++;
        if (i < text.length && text.charCodeAt(i) !== CH_NL) {
            if (text.charCodeAt(i) !== CH_HASH || i === headerEnd)
                throw GIVE_UP;
            i = this.lineEnd(i);
        }
        if (i >= text.length)
            throw GIVE_UP;
        const contentStart = i + 1;
        // The content's indentation: the first line with more than spaces.
        let j = contentStart;
        let firstIndent = -1;
        let leadingBlankMax = 0;
        while (j < text.length) {
            let k = j;
            while (text.charCodeAt(k) === CH_SPACE)
                k++;
            if (k < text.length && text.charCodeAt(k) !== CH_NL) {
                firstIndent = k - j;
                break;
            }
            leadingBlankMax = Math.max(leadingBlankMax, k - j);
            j = k + 1;
        }
        if (firstIndent <= parentIndent || leadingBlankMax > firstIndent)
            throw GIVE_UP;
        // Lines continue the scalar while blank or indented at least `firstIndent`.
        let end = j;
        let lastContentEnd = j;
        const lines = [];
        let lineStart = contentStart;
        while (lineStart < text.length) {
            let k = lineStart;
            while (text.charCodeAt(k) === CH_SPACE)
                k++;
            const blank = k >= text.length || text.charCodeAt(k) === CH_NL;
            if (!blank && k - lineStart < firstIndent)
                break;
            if (blank && k - lineStart > firstIndent)
                throw GIVE_UP;
            const eol = this.lineEnd(lineStart);
            lines.push(blank ? '' : text.slice(lineStart + firstIndent, eol));
            end = eol < text.length ? eol + 1 : text.length;
            if (!blank)
                lastContentEnd = end;
            lineStart = end;
            if (eol >= text.length)
                break;
        }
        let count = lines.length;
        while (count > 0 && lines[count - 1] === '')
            count--;
        if (count === 0)
            throw GIVE_UP;
        const sourceEnd = chomp === '+' ? end : lastContentEnd;
        let value = '';
        if (literal) {
            value = lines.slice(0, count).join('\n');
        }
        else {
            let sep = '';
            let previousMoreIndented = false;
            for (let n = 0; n < count; n++) {
                const line = lines[n];
                if (line === '') {
                    if (sep === '\n')
                        value += '\n';
                    else
                        sep = '\n';
                }
                else if (line.charCodeAt(0) === CH_SPACE) {
                    if (sep === ' ')
                        sep = '\n';
                    else if (!previousMoreIndented && sep === '\n')
                        sep = '\n\n';
                    value += sep + line;
                    sep = '\n';
                    previousMoreIndented = true;
                }
                else {
                    value += sep + line;
                    sep = ' ';
                    previousMoreIndented = false;
                }
            }
        }
        if (chomp === '+') {
            // Keep: the line break after the last content line and every blank line after it.
            value += '\n'.repeat(lines.length - count + 1);
        }
        else if (chomp === '') {
            value += '\n';
        }
        if (!text.endsWith('\n') && end === text.length)
            throw GIVE_UP;
        const node = scalar(value);
        node.source = value;
        node.type = literal ? 'BLOCK_LITERAL' : 'BLOCK_FOLDED';
        node.range = [at, sourceEnd, sourceEnd];
        this.pos = chomp === '+' ? end : lastContentEnd;
        return { node, end: sourceEnd };
    }
}
/** A nested collection is the item's value: trivia it handed up are pending in `frame`. */
function settle(frame, nested) {
    frame.state = nested.carry ? Last.Pending : Last.Value;
    frame.tokens = nested.carry ?? [];
    frame.afterValueWithEnd = false;
    return nested;
}
/** Before a sibling key, an empty value's separator keeps its tokens up to the second qualifying line break. */
function splitAtSecondBreak(tokens, indent) {
    const breaks = [];
    for (const [index, token] of tokens.entries()) {
        if (token.type === NEWLINE)
            breaks.push(index);
        else if (token.type === COMMENT && token.indent > indent)
            breaks.length = 0;
    }
    return breaks.length >= 2 ? tokens.slice(0, breaks[1]) : tokens;
}

;// CONCATENATED MODULE: ./src/domains/yaml/document.ts


/** Large enough for real files (100 GitLab jobs merging one anchor), small enough to stop alias bombs. */
const MAX_ALIAS_COUNT = 10_000;
/**
 * A necessary condition for an alias (`*name`) in the text: a `*` at the start of a token (line start, after white
 * space, `:` or a flow indicator) followed by a name character. `'**.md'` and `a * b` inside scalars do not match.
 */
const ALIAS_START = /(?:^|[\s[{,:?-])\*[^\s,[\]{}]/;
/**
 * yaml's Parser with `next` restated without its debugging hook: the stock one reads `process.env.LOG_TOKENS` for
 * every token, and each read of `process.env` is a call into the runtime (~20 % of the parse). The tokens, hence
 * the CST and the Documents, are the same: test/domains/yaml/quiet-parser.test.ts compares them with the stock ones.
 */
class QuietParser extends dist/* Parser */.iX {
    *next(source) {
        const self = this;
        self.source = source;
        if (self.atScalar) {
            self.atScalar = false;
            yield* self.step();
            self.offset += source.length;
            return;
        }
        const type = dist/* CST */.DB.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* self.pop({ type: 'error', offset: self.offset, message, source });
            self.offset += source.length;
        }
        else if (type === 'scalar') {
            self.atNewLine = false;
            self.atScalar = true;
            self.type = 'scalar';
        }
        else {
            self.type = type;
            yield* self.step();
            switch (type) {
                case 'newline':
                    self.atNewLine = true;
                    self.indent = 0;
                    if (self.onNewLine)
                        self.onNewLine(self.offset + source.length);
                    break;
                case 'space':
                    if (self.atNewLine && source[0] === ' ')
                        self.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (self.atNewLine)
                        self.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    self.atNewLine = false;
            }
            self.offset += source.length;
        }
    }
}
const PARSE_OPTIONS = { uniqueKeys: true, prettyErrors: false, strict: true, merge: true, logLevel: 'error' };
/** Read once: each read of `process.env` is a call into the runtime, as costly as reading a small file. */
const LOG_TOKENS = Boolean(process.env.LOG_TOKENS);
/** Reads the common shapes of CI YAML about five times faster; anything else goes to `yaml` (see fast-reader.ts). */
let fastReader;
/**
 * What yaml's `parseAllDocuments` does with these options (no LineCounter: positions come from the SourceFile's own
 * line index, and errors are not made pretty), with the QuietParser. With `LOG_TOKENS` set, the stock
 * parser (and its token log).
 */
function parseAll(text) {
    if (!LOG_TOKENS) {
        // Made on first use: a run over Dockerfiles alone never builds its template document.
        const documents = (fastReader ??= new FastYamlReader(PARSE_OPTIONS)).read(text);
        if (documents)
            return documents;
    }
    const parser = LOG_TOKENS ? new dist/* Parser */.iX() : new QuietParser();
    // yaml reports problems as Error objects; their stack traces are never shown, and capturing them is most of the
    // cost of reading a broken file.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
        return Array.from(new dist/* Composer */.Dk(PARSE_OPTIONS).compose(parser.parse(text)));
    }
    finally {
        Error.stackTraceLimit = stackTraceLimit;
    }
}
/**
 * The parse is kept on the SourceFile itself: a WeakMap keyed by files would hold every document through the young
 * generation's collections (V8 treats its entries as ephemerons), which cost more than the parse.
 */
const PARSED = Symbol('shipshape.yaml');
/** Parses a YAML file once per run; every YAML domain and the classifier share the result. */
function parseYaml(file) {
    const cached = file[PARSED];
    if (cached)
        return cached;
    const list = parseAll(file.text);
    const problems = [];
    for (const [index, document] of list.entries()) {
        for (const error of document.errors) {
            const [start, end] = error.pos;
            problems.push({ message: error.message.split('\n')[0], at: { span: file.spanOf(start, Math.max(end, start + 1)), path: `doc[${index}]` } });
        }
    }
    // With merge keys on, yaml parses `<<` as a Symbol key; give it back as the string '<<' (merging still works), so
    // every consumer can treat keys as strings.
    if (file.text.includes('<<')) {
        for (const document of list) {
            (0,dist/* visit */.YR)(document, {
                Pair(_key, pair) {
                    if ((0,dist/* isScalar */.jn)(pair.key) && typeof pair.key.value === 'symbol')
                        pair.key.value = '<<';
                },
            });
        }
    }
    // Documents with aliases or merge keys are expanded once here, within a bound, so an alias bomb or a bad merge
    // (`<<: 1`) is a syntax problem instead of a hang or an exception in a rule later.
    // An alias needs no anchor to be a problem: `*missing` only fails when expanded.
    const hasAliases = ALIAS_START.test(file.text);
    if (hasAliases || file.text.includes('<<')) {
        for (const [index, document] of list.entries()) {
            if (document.errors.length > 0)
                continue;
            const node = hasAliases ? firstAlias(document) : undefined;
            if (!node && !file.text.includes('<<'))
                continue;
            try {
                expanded.set(document, document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
            }
            catch (error) {
                const message = error instanceof Error ? error.message : String(error);
                const bomb = /excessive alias count/i.test(message);
                problems.push({
                    message: bomb ? `aliases expand to too many nodes (more than ${MAX_ALIAS_COUNT}): refusing a possible alias bomb` : message,
                    at: { span: spanOf(file, node ?? document.contents), path: `doc[${index}]` },
                });
            }
        }
    }
    let comments;
    const result = {
        file,
        documents: list,
        get comments() {
            return (comments ??= file.text.includes('#') ? yamlComments(file) : []);
        },
        problems,
    };
    file[PARSED] = result;
    return result;
}
const DOCUMENT = '\x02';
const FLOW_END = '\x18';
const SCALAR = '\x1f';
function yamlComments(file) {
    const comments = [];
    let offset = 0;
    for (const token of new dist/* Lexer */.JG().lex(file.text)) {
        // The lexer interleaves zero-width control tokens (document start, flow end, scalar marker): not source text.
        if (token === DOCUMENT || token === FLOW_END || token === SCALAR)
            continue;
        if (token.startsWith('#')) {
            const { line, column } = file.position(offset);
            const before = file.lineText(line).slice(0, column - 1);
            comments.push({ line, text: token.slice(1).trim(), trailing: before.trim() !== '' });
        }
        offset += token.length;
    }
    return comments;
}
const expanded = new WeakMap();
function firstAlias(document) {
    let found;
    (0,dist/* visit */.YR)(document, {
        Alias(_key, node) {
            found = node;
            return dist/* visit */.YR.BREAK;
        },
    });
    return found;
}
/**
 * Converts a document to plain data, refusing alias bombs with a clear message instead of hanging. parseYaml has
 * already expanded documents with aliases once (to check them): the first call takes that result, later calls get
 * a fresh copy, so callers never share an object.
 */
function toData(document) {
    if (expanded.has(document)) {
        const data = expanded.get(document);
        expanded.delete(document);
        return data;
    }
    return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
}
function spanOf(file, node) {
    const range = node?.range;
    if (!range)
        return file.lineSpan(1);
    return file.spanOf(range[0], Math.max(range[1], range[0] + 1));
}
function pathString(path) {
    let out = '';
    for (const segment of path)
        out += typeof segment === 'number' ? `[${segment}]` : out ? `.${segment}` : segment;
    return out || '$';
}
/**
 * Finds the node at a key path. With `key: true` the span is the mapping key's (the usual place for "this key is
 * wrong"); otherwise the value's. Falls back to the nearest existing ancestor.
 */
function locate(file, document, path, options = {}) {
    let node = document.contents;
    let best = document.contents ?? null;
    for (const [i, segment] of path.entries()) {
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((item) => (0,dist/* isScalar */.jn)(item.key) && String(item.key.value) === String(segment));
            if (!pair)
                break;
            const last = i === path.length - 1;
            best = (last && options.key ? pair.key : (pair.value ?? pair.key));
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number') {
            const item = node.items[segment];
            if (!item)
                break;
            best = item;
            node = item;
        }
        else {
            break;
        }
    }
    return { span: spanOf(file, best), path: pathString(path) };
}


/***/ }),

/***/ 4778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cn: () => (/* reexport safe */ _domains_github_actions_expressions_index_js__WEBPACK_IMPORTED_MODULE_1__.Cn),
/* harmony export */   Je: () => (/* binding */ stringOf),
/* harmony export */   Ml: () => (/* binding */ atOffsets),
/* harmony export */   RP: () => (/* binding */ valueOf),
/* harmony export */   at: () => (/* binding */ at),
/* harmony export */   cF: () => (/* binding */ pairOf),
/* harmony export */   hb: () => (/* binding */ mayRunOnWindows),
/* harmony export */   jO: () => (/* binding */ entries),
/* harmony export */   oL: () => (/* binding */ effectiveShell),
/* harmony export */   xS: () => (/* binding */ factsOf)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _domains_github_actions_expressions_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6875);
/* harmony import */ var _domains_github_actions_offsets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2895);
/* harmony import */ var _domains_yaml_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2276);




/**
 * Facts are kept on the SourceFile itself: a WeakMap keyed by the file whose value points back at it keeps every
 * file's facts alive through young-generation collections (an ephemeron), which cost more than the facts.
 */
const FACTS = Symbol('shipshape.gha-facts');

function pairOf(map, key) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map))
        return undefined;
    for (const item of map.items)
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item.key) && String(item.key.value) === key)
            return item;
    return undefined;
}
function valueOf(map, key) {
    return pairOf(map, key)?.value;
}
function stringOf(node) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.value !== null && typeof node.value !== 'object' ? String(node.value) : undefined;
}
function entries(map) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map) ? map.items.filter((item) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item.key)) : [];
}
function at(facts, node, path) {
    const range = node?.range;
    const span = range ? facts.file.spanOf(range[0], Math.max(range[1], range[0] + 1)) : facts.file.lineSpan(1);
    return { span, path: (0,_domains_yaml_document_js__WEBPACK_IMPORTED_MODULE_2__/* .pathString */ .hL)(path) };
}
function atOffsets(facts, start, end, path) {
    return { span: facts.file.spanOf(start, Math.max(end, start + 1)), path: typeof path === 'string' ? path : (0,_domains_yaml_document_js__WEBPACK_IMPORTED_MODULE_2__/* .pathString */ .hL)(path) };
}
function kindOf(file, root) {
    const base = file.path.slice(file.path.lastIndexOf('/') + 1);
    if (/^action\.ya?ml$/i.test(base))
        return 'action';
    if (/(^|\/)\.github\/workflows\/[^/]+$/.test(file.path))
        return 'workflow';
    if (pairOf(root, 'jobs') && (pairOf(root, 'on') || pairOf(root, 'true')))
        return 'workflow';
    if (pairOf(root, 'runs'))
        return 'action';
    return 'unknown';
}
const IF_KEYS = new Set(['if', 'pre-if', 'post-if']);
/** Offset in the file where a scalar's value text starts (after a quote). */
function valueStart(file, scalar) {
    const start = scalar.range[0];
    return scalar.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_DOUBLE || scalar.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_SINGLE ? start + 1 : start;
}
function markersOf(text) {
    const placeholders = (0,_domains_github_actions_offsets_js__WEBPACK_IMPORTED_MODULE_3__/* .offsetsOf */ .wM)(text, '${{', []);
    const sites = (0,_domains_github_actions_offsets_js__WEBPACK_IMPORTED_MODULE_3__/* .offsetsOf */ .wM)(text, '\\', (0,_domains_github_actions_offsets_js__WEBPACK_IMPORTED_MODULE_3__/* .offsetsOf */ .wM)(text, 'if', [...placeholders])).sort((a, b) => a - b);
    return { placeholders, sites };
}
/**
 * Every expression site below `node`. One mutable path, copied only for values that hold an expression (most scalars
 * do not). A collection whose source holds neither `${{` nor an `if` key is skipped: a site's text lies inside its
 * collection's range (the walk does not follow aliases), and a key spelling `if` without the letters needs an
 * escape, hence the backslash among the markers. The `${{` of a scalar are found by searching the file's offsets of
 * them, not the rest of the text.
 */
function collectExpressions(facts, markers, node, path) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
        if (!(0,_domains_github_actions_offsets_js__WEBPACK_IMPORTED_MODULE_3__/* .rangeHolds */ .gd)(markers.sites, node.range))
            return;
        for (const item of node.items) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item.key))
                continue;
            path.push(String(item.key.value));
            collectExpressions(facts, markers, item.value, path);
            path.pop();
        }
        return;
    }
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
        if (!(0,_domains_github_actions_offsets_js__WEBPACK_IMPORTED_MODULE_3__/* .rangeHolds */ .gd)(markers.sites, node.range))
            return;
        for (let index = 0; index < node.items.length; index++) {
            path.push(index);
            collectExpressions(facts, markers, node.items[index], path);
            path.pop();
        }
        return;
    }
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || !node.range || typeof node.value !== 'string')
        return;
    const { text } = facts.file;
    const [from, to] = node.range;
    const hasPlaceholder = (0,_domains_github_actions_offsets_js__WEBPACK_IMPORTED_MODULE_3__/* .firstFrom */ .nT)(markers.placeholders, from);
    const last = path[path.length - 1];
    if (hasPlaceholder < 0 || hasPlaceholder >= to) {
        if (typeof last === 'string' && IF_KEYS.has(last) && node.value.trim() !== '') {
            const isBlock = node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.BLOCK_FOLDED || node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.BLOCK_LITERAL;
            const start = isBlock ? from : valueStart(facts.file, node);
            const body = isBlock ? node.value : text.slice(start, start + node.value.length);
            const site = { path: [...path], start, end: start + body.length, bodyStart: start, body: isBlock || body === node.value ? body : node.value, bare: true, closed: true, scalar: node };
            Object.assign(site, (0,_domains_github_actions_expressions_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCached */ .SX)(site.body));
            facts.expressions.push(site);
        }
        return;
    }
    const source = text.slice(from, to);
    const sitePath = [...path];
    for (const embedded of (0,_domains_github_actions_expressions_index_js__WEBPACK_IMPORTED_MODULE_1__/* .scanEmbedded */ .Kl)(source)) {
        const site = {
            path: sitePath,
            start: from + embedded.start,
            end: from + embedded.end,
            bodyStart: from + embedded.bodyStart,
            body: embedded.body,
            bare: false,
            closed: embedded.closed,
            scalar: node,
        };
        if (embedded.closed)
            Object.assign(site, (0,_domains_github_actions_expressions_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCached */ .SX)(embedded.body));
        facts.expressions.push(site);
    }
}

function shellOf(node) {
    return stringOf(valueOf(valueOf(valueOf(node, 'defaults'), 'run'), 'shell'));
}
/** The `with` of a step without one: shared, and never added to (facts are read-only for rules and fixers). */
const NO_WITH = new Map();
function collectSteps(stepsNode, base) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(stepsNode))
        return [];
    const steps = [];
    const items = stepsNode.items;
    for (let index = 0; index < items.length; index++) {
        const item = items[index];
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(item))
            continue;
        // One pass over the step's keys; the first of equal names counts, as pairOf would find it.
        let withPair, idPair, usesPair, runPair, shellPair;
        for (const pair of item.items) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key))
                continue;
            switch (String(pair.key.value)) {
                case 'with':
                    withPair ??= pair;
                    break;
                case 'id':
                    idPair ??= pair;
                    break;
                case 'uses':
                    usesPair ??= pair;
                    break;
                case 'run':
                    runPair ??= pair;
                    break;
                case 'shell':
                    shellPair ??= pair;
                    break;
                default: break;
            }
        }
        const withPairs = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(withPair?.value) ? new Map() : NO_WITH;
        for (const pair of entries(withPair?.value))
            withPairs.set(String(pair.key.value), pair);
        // Optional fields only when present, in the order the rules and fixers have always seen.
        const step = { index, path: [...base, index], node: item };
        const id = idPair?.value;
        const uses = usesPair?.value;
        const run = runPair?.value;
        const shell = stringOf(shellPair?.value);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(id))
            step.id = id;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(uses))
            step.uses = uses;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(run))
            step.run = run;
        if (shell !== undefined)
            step.shell = shell;
        step.with = withPairs;
        steps.push(step);
    }
    return steps;
}
/** The facts of a GitHub Actions file, computed once per file. */
function factsOf(file) {
    const hit = file[FACTS];
    if (hit)
        return hit;
    const document = (0,_domains_yaml_document_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYaml */ .hN)(file).documents[0];
    const root = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(document?.contents) ? document.contents : undefined;
    const facts = {
        kind: kindOf(file, root),
        file,
        ...(document ? { document } : {}),
        ...(root ? { root } : {}),
        jobs: [],
        jobsById: new Map(),
        expressions: [],
        events: new Map(),
    };
    file[FACTS] = facts;
    if (!root)
        return facts;
    collectExpressions(facts, markersOf(file.text), root, []);
    if (facts.kind === 'workflow') {
        facts.defaultShell = shellOf(root);
        const on = pairOf(root, 'on') ?? pairOf(root, 'true');
        const onValue = on?.value;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(onValue) && onValue.value != null) {
            facts.events.set(String(onValue.value), { key: onValue, value: null });
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(onValue)) {
            for (const item of onValue.items)
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item))
                    facts.events.set(String(item.value), { key: item, value: null });
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(onValue)) {
            for (const pair of entries(onValue))
                facts.events.set(String(pair.key.value), { key: pair.key, value: pair.value });
        }
        for (const pair of entries(valueOf(root, 'jobs'))) {
            const id = String(pair.key.value);
            const node = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(pair.value) ? pair.value : undefined;
            const path = ['jobs', id];
            // One pass over the job's keys; the first of equal names counts, as valueOf would find it.
            let needsPair, usesPair, stepsPair;
            let outputsPair, defaultsPair, strategyPair;
            for (const item of node?.items ?? []) {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item.key))
                    continue;
                switch (String(item.key.value)) {
                    case 'needs':
                        needsPair ??= item;
                        break;
                    case 'uses':
                        usesPair ??= item;
                        break;
                    case 'steps':
                        stepsPair ??= item;
                        break;
                    case 'outputs':
                        outputsPair ??= item;
                        break;
                    case 'defaults':
                        defaultsPair ??= item;
                        break;
                    case 'strategy':
                        strategyPair ??= item;
                        break;
                    default: break;
                }
            }
            const needsNode = needsPair?.value;
            const needs = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(needsNode) ? [needsNode] : (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(needsNode) ? needsNode.items.filter(yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn) : [];
            const uses = usesPair?.value;
            const job = { id, key: pair.key, path };
            if (node)
                job.node = node;
            job.needs = needs;
            job.steps = collectSteps(stepsPair?.value, [...path, 'steps']);
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(uses))
                job.uses = uses;
            job.outputs = new Set(entries(outputsPair?.value).map((output) => String(output.key.value)));
            const shell = stringOf(valueOf(valueOf(defaultsPair?.value, 'run'), 'shell'));
            if (shell !== undefined)
                job.defaultShell = shell;
            const strategy = strategyPair?.value;
            const matrix = valueOf(strategy, 'matrix');
            if (strategy !== undefined && strategy !== null && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(strategy)) {
                // `strategy: ${{ fromJSON(…) }}`: the matrix is only known at run time.
                job.matrix = { keys: new Set(), dynamic: true };
            }
            else if (matrix !== undefined) {
                const keys = new Set();
                let dynamic = !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(matrix);
                for (const entry of entries(matrix)) {
                    const name = String(entry.key.value);
                    if (name === 'include' || name === 'exclude') {
                        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(entry.value)) {
                            for (const item of entry.value.items) {
                                if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(item)) {
                                    if (name === 'include')
                                        for (const inner of entries(item))
                                            keys.add(String(inner.key.value));
                                }
                                else
                                    dynamic = true;
                            }
                        }
                        else
                            dynamic = true;
                    }
                    else
                        keys.add(name);
                }
                job.matrix = { keys, dynamic };
            }
            facts.jobs.push(job);
            facts.jobsById.set(id, job);
        }
    }
    else if (facts.kind === 'action') {
        const runs = valueOf(root, 'runs');
        const steps = collectSteps(valueOf(runs, 'steps'), ['runs', 'steps']);
        if (steps.length > 0) {
            const job = { id: '', key: new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5(''), path: ['runs'], needs: [], steps, outputs: new Set() };
            facts.jobs.push(job);
        }
    }
    return facts;
}
/** The step-level shell: the step's `shell`, else job and workflow `defaults.run.shell`. */
function effectiveShell(facts, job, step) {
    return step.shell ?? job.defaultShell ?? facts.defaultShell;
}
/** True when a job may run on Windows (its runs-on mentions windows or comes from an expression). */
function mayRunOnWindows(job) {
    const runsOn = valueOf(job.node, 'runs-on');
    if (runsOn === undefined || runsOn === null)
        return false;
    const text = JSON.stringify((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(runsOn) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(runsOn) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(runsOn) ? runsOn.toJSON() : null);
    return /windows|\$\{\{/i.test(text);
}


/***/ }),

/***/ 2018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ defaultRegistry)
});

// UNUSED EXPORTS: ALL_RULES

// EXTERNAL MODULE: ./src/core/rule.ts
var core_rule = __webpack_require__(1961);
;// CONCATENATED MODULE: ./src/core/registry.ts

/** All rules by id, with the views the engine and CLI need. */
class Registry {
    rules;
    byId = new Map();
    peers = new Map();
    constructor(rules) {
        this.rules = rules;
        for (const rule of rules) {
            const { id, domain } = rule.meta;
            if (this.byId.has(id))
                throw new Error(`duplicate rule id ${id}`);
            if (!id.startsWith(`${core_rule/* DOMAIN_PREFIX */.Mo[domain]}/`))
                throw new Error(`rule ${id} must start with ${core_rule/* DOMAIN_PREFIX */.Mo[domain]}/`);
            this.byId.set(id, rule);
            for (const [tool, ids] of Object.entries(rule.meta.equivalents ?? {})) {
                const table = this.peers.get(tool) ?? new Map();
                this.peers.set(tool, table);
                for (const peerId of ids)
                    table.set(peerId, [...(table.get(peerId) ?? []), id]);
            }
        }
    }
    idSet;
    byDomain = new Map();
    /** Every rule id (one shared set: the engine asks for it on every file). */
    get ids() {
        this.idSet ??= new Set(this.byId.keys());
        return this.idSet;
    }
    forDomain(domain) {
        let rules = this.byDomain.get(domain);
        if (!rules) {
            rules = this.rules.filter((rule) => rule.meta.domain === domain);
            this.byDomain.set(domain, rules);
        }
        return [...rules];
    }
    inPreset(rule, preset) {
        if (rule.meta.deprecated)
            return false;
        return preset === 'strict' || rule.meta.recommended;
    }
    /** The severity a rule runs at under a config, or undefined when it is off. */
    severityOf(ruleId, config) {
        const rule = this.byId.get(ruleId);
        if (!rule)
            return undefined;
        const setting = config.rules[ruleId]?.severity;
        if (setting === 'off')
            return undefined;
        if (setting)
            return setting;
        if (config.rules[ruleId])
            return rule.meta.defaultSeverity;
        return this.inPreset(rule, config.preset) ? rule.meta.defaultSeverity : undefined;
    }
    optionsOf(ruleId, config) {
        const rule = this.byId.get(ruleId);
        return { ...(rule?.meta.defaultOptions ?? {}), ...(config.rules[ruleId]?.options ?? {}) };
    }
}

// EXTERNAL MODULE: ./src/domains/dockerfile/parse.ts
var parse = __webpack_require__(323);
;// CONCATENATED MODULE: ./src/rules/dockerfile/absolute-workdir.ts


/* harmony default export */ const absolute_workdir = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/absolute-workdir',
        domain: 'dockerfile',
        description: '`WORKDIR` should be an absolute path.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            relative: '`WORKDIR {{dir}}` is relative to whatever the previous WORKDIR was: write the absolute path.',
        },
        equivalents: { hadolint: ['DL3000'], checkov: ['CKV_DOCKER_10'], trivy: ['DS009'] },
    },
    create(context) {
        return {
            WORKDIR(instruction) {
                const dir = (0,parse/* unquote */._n)(instruction.args.trim());
                // Variables may hold an absolute path; `C:\app` and `C:/app` are absolute on Windows images.
                if (dir === '' || /^(?:\/|\$|[A-Za-z]:[\\/])/.test(dir) || dir.startsWith('\\'))
                    return;
                context.report({ at: { span: instruction.argsSpan, path: instruction.path }, messageId: 'relative', data: { dir } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/support/fixes.ts
/** Text edits for `shipshape fix`, built from the spans findings already point at. */
function offsets(file, at) {
    const { line, column, endLine, endColumn } = at.span;
    return { start: file.offset(line, column), end: file.offset(endLine, endColumn) };
}
function insertAfter(file, at, text, description, safe = true) {
    const { end } = offsets(file, at);
    return { description, safe, edits: [{ start: end, end, text }] };
}
function replaceWith(file, at, text, description, safe = true) {
    const { start, end } = offsets(file, at);
    return { description, safe, edits: [{ start, end, text }] };
}
/** Removes a span and the blanks after it (a flag and its separating space). */
function removeWithSpace(file, at, description, safe = true) {
    const { start, end } = offsets(file, at);
    let stop = end;
    while (file.text[stop] === ' ' || file.text[stop] === '\t')
        stop++;
    return { description, safe, edits: [{ start, end: stop, text: '' }] };
}

;// CONCATENATED MODULE: ./src/rules/dockerfile/support/derived.ts
function derivedSlot(description) {
    const slot = Symbol(description);
    return {
        get: (key) => key[slot],
        // Not enumerable: a model compared or printed in a test looks the same with or without its derived values.
        set: (key, value) => {
            Object.defineProperty(key, slot, { value, configurable: true, writable: true, enumerable: false });
            return value;
        },
    };
}

;// CONCATENATED MODULE: ./src/rules/dockerfile/support/locate.ts

/**
 * Finds where words of an instruction sit in the file, so findings point at the flag or argument rather than the
 * whole instruction. The model joins continuations and unquotes words, so positions are recovered by searching the
 * instruction's own text in order; anything not found falls back to the arguments' span.
 */
class InstructionText {
    model;
    instruction;
    start;
    end;
    text;
    argsStart;
    commandOffsets;
    constructor(model, instruction) {
        this.model = model;
        this.instruction = instruction;
        const { file } = model;
        this.start = file.offset(instruction.span.line, instruction.span.column);
        this.end = file.offset(instruction.span.endLine, instruction.span.endColumn);
        this.text = file.text.slice(this.start, this.end);
        this.argsStart = file.offset(instruction.argsSpan.line, instruction.argsSpan.column);
    }
    /** Offset of `word` as a whole shell word at or after `from` (file offset), or -1. */
    findWord(word, from = this.argsStart) {
        if (word === '')
            return -1;
        let at = this.text.indexOf(word, Math.max(0, from - this.start));
        while (at !== -1) {
            const before = this.text[at - 1];
            const after = this.text[at + word.length];
            if ((before === undefined || /[\s"'=;&|(`]/.test(before)) && (after === undefined || /[\s"',;&|)\]`=]/.test(after))) {
                return this.start + at;
            }
            at = this.text.indexOf(word, at + 1);
        }
        return -1;
    }
    /** Offset of the first match of a pattern (file offset), or -1. */
    findPattern(pattern, from = this.argsStart) {
        const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
        const search = new RegExp(pattern.source, flags);
        search.lastIndex = Math.max(0, from - this.start);
        const match = search.exec(this.text);
        return match ? { offset: this.start + match.index, length: match[0].length } : undefined;
    }
    /** A locatable for `length` characters at a file offset; the arguments when the offset is unknown. */
    at(offset, length) {
        if (offset < 0)
            return { span: this.instruction.argsSpan, path: this.instruction.path };
        return { span: this.model.file.spanOf(offset, offset + length), path: this.instruction.path };
    }
    /** Where a word is, searched from `from`. */
    word(word, from) {
        return this.at(this.findWord(word, from), word.length);
    }
    /** File offsets of every word of every command of a RUN, found in order (-1 when not found). */
    wordOffsets(command) {
        if (!this.commandOffsets) {
            this.commandOffsets = new Map();
            let cursor = this.argsStart;
            for (const each of this.instruction.commands) {
                const offsets = each.words.map((word) => {
                    const at = this.findWord(word, cursor);
                    if (at !== -1)
                        cursor = at + word.length;
                    return at;
                });
                this.commandOffsets.set(each, offsets);
            }
        }
        return this.commandOffsets.get(command) ?? command.words.map(() => -1);
    }
    /** The program name of a command. */
    command(command) {
        const index = command.words.length - command.args.length - 1;
        const offsets = this.wordOffsets(command);
        return this.at(offsets[index] ?? -1, command.words[index]?.length ?? 0);
    }
    /** The `argIndex`-th argument of a command (the program when out of range). */
    arg(command, argIndex) {
        if (argIndex < 0 || argIndex >= command.args.length)
            return this.command(command);
        const index = command.words.length - command.args.length + argIndex;
        return this.at(this.wordOffsets(command)[index] ?? -1, command.words[index].length);
    }
    /** The first argument matching a test, else the program name. */
    argWhere(command, test) {
        return this.arg(command, command.args.findIndex(test));
    }
}
const texts = derivedSlot('instruction text');
function textOf(model, instruction) {
    return texts.get(instruction) ?? texts.set(instruction, new InstructionText(model, instruction));
}
/** The span of a flag (`--from=build`) of an instruction. */
function flagAt(instruction, name) {
    const flag = instruction.flags.find((each) => each.name === name);
    return flag ? { span: flag.span, path: instruction.path } : undefined;
}
/** The span of an instruction's keyword (`ADD`, `MAINTAINER`, …). */
function keywordAt(instruction) {
    const { line, column } = instruction.span;
    return { span: { line, column, endLine: line, endColumn: column + instruction.keyword.length }, path: instruction.path };
}
/** Matches a reference to a variable as written: `$NAME`, `${NAME}` or `${NAME:-default}`. */
function variableReference(name) {
    return new RegExp(`\\$(?:\\{${name}(?:[:][^}]*)?\\}|${name}\\b)`);
}

;// CONCATENATED MODULE: ./src/rules/dockerfile/support/packages.ts

/** Options that take the next word as their value, per manager (the `--name=value` form needs no entry). */
const VALUE_OPTIONS = {
    'apt-get': new Set(['-o', '--option', '-t', '--target-release', '-c', '--config-file', '-a', '--host-architecture']),
    apt: new Set(['-o', '--option', '-t', '--target-release', '-c', '--config-file', '-a', '--host-architecture']),
    apk: new Set(['-X', '--repository', '-t', '--virtual', '-p', '--root', '--arch', '--cache-dir', '--keys-dir', '--repositories-file']),
    yum: new Set(['-c', '--config', '-x', '--exclude', '--installroot', '--releasever', '--enablerepo', '--disablerepo', '--setopt']),
    dnf: new Set(['-c', '--config', '-x', '--exclude', '--installroot', '--releasever', '--enablerepo', '--disablerepo', '--setopt', '--repo']),
    microdnf: new Set(['--config', '--installroot', '--releasever', '--enablerepo', '--disablerepo', '--setopt']),
    zypper: new Set(['-t', '--type', '-r', '--repo', '--from', '--root', '-R']),
    pip: new Set([
        '-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-i', '--index-url', '--extra-index-url', '-f',
        '--find-links', '-t', '--target', '--prefix', '--root', '--trusted-host', '--platform', '--python-version',
        '--implementation', '--abi', '--src', '--cache-dir', '--progress-bar', '--log', '--proxy', '--retries', '--timeout',
        '--upgrade-strategy', '--no-binary', '--only-binary', '-C', '--config-settings', '--global-option', '--python',
    ]),
    npm: new Set(['--prefix', '--registry', '--cache', '-w', '--workspace', '--omit', '--include', '--tag', '--userconfig']),
    yarn: new Set(['--cwd', '--registry', '--cache-folder', '--modules-folder', '--network-timeout', '--mutex']),
    pnpm: new Set(['-C', '--dir', '--filter', '-F', '--registry', '--store-dir']),
    gem: new Set(['-v', '--version', '-i', '--install-dir', '-n', '--bindir', '-s', '--source', '--platform']),
};
function managerOf(command) {
    const { name, args } = command;
    if (name === 'apt-get' || name === 'apt' || name === 'apk' || name === 'yum' || name === 'dnf' || name === 'microdnf' || name === 'zypper') {
        return { manager: name, args, offset: 0 };
    }
    if (name === 'npm' || name === 'yarn' || name === 'pnpm' || name === 'gem')
        return { manager: name, args, offset: 0 };
    if (/^pip(?:\d+(?:\.\d+)*)?$/.test(name))
        return { manager: 'pip', args, offset: 0 };
    // `python3 -m pip install …`
    if (/^python(?:\d+(?:\.\d+)*)?$/.test(name) && args[0] === '-m' && /^pip\d*$/.test(args[1] ?? '')) {
        return { manager: 'pip', args: args.slice(2), offset: 2 };
    }
    return undefined;
}
function readPackageCommand(command) {
    const found = managerOf(command);
    if (!found)
        return undefined;
    const { manager, args, offset } = found;
    const valueOptions = VALUE_OPTIONS[manager];
    const options = [];
    const operands = [];
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg.startsWith('-') && arg !== '-') {
            options.push(arg);
            if (valueOptions.has(arg) && i + 1 < args.length)
                options.push(args[++i]);
        }
        else {
            operands.push({ value: arg, argIndex: i + offset });
        }
    }
    const [action, ...packages] = operands;
    return { manager, command, action: action?.value ?? '', options, packages };
}
const packageCommandsCache = derivedSlot('package commands');
/** Every package-manager command of a RUN (read once per RUN; a dozen rules ask). */
function packageCommands(commands) {
    let reads = packageCommandsCache.get(commands);
    if (!reads) {
        reads = commands.flatMap((command) => {
            const read = readPackageCommand(command);
            return read ? [read] : [];
        });
        packageCommandsCache.set(commands, reads);
    }
    return reads.slice();
}
const INSTALL_ACTIONS = {
    'apt-get': new Set(['install']),
    apt: new Set(['install']),
    apk: new Set(['add']),
    yum: new Set(['install', 'groupinstall', 'localinstall']),
    dnf: new Set(['install', 'groupinstall']),
    microdnf: new Set(['install']),
    zypper: new Set(['install', 'in']),
    pip: new Set(['install']),
    npm: new Set(['install', 'i', 'add', 'ci']),
    yarn: new Set(['', 'install', 'add']),
    pnpm: new Set(['install', 'i', 'add']),
    gem: new Set(['install']),
};
function isInstall(command) {
    return INSTALL_ACTIONS[command.manager].has(command.action);
}
/** True when the options contain `--long`, `--long=…`, or the short letter (alone or bundled, `-qy`). */
function hasOption(command, long, short) {
    return command.options.some((option) => (long !== undefined && (option === `--${long}` || option.startsWith(`--${long}=`))) ||
        (short !== undefined && /^-[A-Za-z]+$/.test(option) && option.slice(1).includes(short)));
}
/** The `argIndex` of the action word, for locating it. */
function actionArgIndex(command) {
    if (command.action === '')
        return -1;
    return command.command.args.indexOf(command.action);
}

;// CONCATENATED MODULE: ./src/rules/dockerfile/support/stages.ts

/** The stage and the earlier stages it builds `FROM`, nearest first: everything whose layers it contains. */
function baseChain(stage) {
    const chain = [];
    for (let each = stage; each && !chain.includes(each); each = each.image.stage)
        chain.push(each);
    return chain;
}
function finalStage(model) {
    return model.stages[model.stages.length - 1];
}
/** Stages whose layers end up in the image `docker build` ships: the final stage and the stages it builds on. */
const shippedCache = derivedSlot('shipped stages');
function shippedStages(model) {
    let shipped = shippedCache.get(model);
    if (!shipped) {
        const final = finalStage(model);
        shipped = new Set(final ? baseChain(final) : []);
        shippedCache.set(model, shipped);
    }
    return shipped;
}
function isShipped(model, stage) {
    return stage !== undefined && shippedStages(model).has(stage);
}
/** Instructions of a stage and the stages it builds on, in build order (base first). */
const inheritedCache = derivedSlot('inherited instructions');
function inheritedInstructions(stage) {
    let inherited = inheritedCache.get(stage);
    if (!inherited) {
        inherited = baseChain(stage)
            .reverse()
            .flatMap((each) => each.instructions);
        inheritedCache.set(stage, inherited);
    }
    return inherited.slice();
}
/** The last instruction of a keyword in effect for a stage, following its `FROM` chain. */
function lastInEffect(stage, keyword) {
    return inheritedInstructions(stage)
        .filter((instruction) => instruction.keyword === keyword)
        .pop();
}
/** The value an ENV of the stage (or its chain) sets for a variable, if any. */
function envValue(stage, name) {
    let value;
    for (const instruction of inheritedInstructions(stage)) {
        if (instruction.keyword !== 'ENV')
            continue;
        for (const [key, each] of envPairs(instruction.args))
            if (key === name)
                value = each;
    }
    return value;
}
/** `ENV A=1 B=2` and the legacy `ENV A 1` form. */
function envPairs(args) {
    const legacy = /^([^\s=]+)\s+(.*)$/s.exec(args);
    if (legacy && !legacy[1].includes('='))
        return [[legacy[1], legacy[2].trim()]];
    const pairs = [];
    for (const match of args.matchAll(/([^\s=]+)=("(?:[^"\\]|\\.)*"|'[^']*'|(?:\\.|\S)*)/g)) {
        pairs.push([match[1], unquoted(match[2])]);
    }
    return pairs;
}
function unquoted(value) {
    if (value.length >= 2 && /^(["']).*\1$/s.test(value))
        return value.slice(1, -1);
    return value;
}
/** True when a RUN mounts a cache or tmpfs over a path, so what it leaves there is not in the layer. */
function mountsOver(instruction, path) {
    return instruction.flags.some((flag) => {
        if (flag.name !== 'mount' || !flag.value)
            return false;
        const fields = new Map(flag.value.split(',').map((field) => {
            const eq = field.indexOf('=');
            return eq === -1 ? [field, 'true'] : [field.slice(0, eq), field.slice(eq + 1)];
        }));
        const type = fields.get('type');
        const target = fields.get('target') ?? fields.get('dst') ?? fields.get('destination');
        return (type === 'cache' || type === 'tmpfs') && target !== undefined && (path === target || path.startsWith(`${target.replace(/\/$/, '')}/`));
    });
}
/** True when a RUN mounts a build secret (`--mount=type=secret`). */
function hasSecretMount(instruction) {
    return instruction.flags.some((flag) => flag.name === 'mount' && /(?:^|,)type=secret(?:,|$)/.test(flag.value ?? ''));
}

;// CONCATENATED MODULE: ./src/rules/dockerfile/apk-no-cache.ts





/* harmony default export */ const apk_no_cache = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/apk-no-cache',
        domain: 'dockerfile',
        description: '`apk add` in the shipped image should pass `--no-cache`.',
        category: 'performance',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            noCache: '`apk add` keeps the package index in the layer: use `apk add --no-cache` (and drop `apk update`).',
        },
        equivalents: { hadolint: ['DL3019'], trivy: ['DS025'] },
    },
    create(context) {
        return {
            RUN(instruction) {
                if (!isShipped(context.model, instruction.stage))
                    return;
                if (mountsOver(instruction, '/var/cache/apk') || mountsOver(instruction, '/etc/apk/cache'))
                    return;
                const cleansCache = instruction.commands.some((command) => (command.name === 'rm' && command.args.some((arg) => arg.startsWith('/var/cache/apk'))) ||
                    (command.name === 'apk' && command.args.includes('cache') && command.args.includes('clean')));
                if (cleansCache)
                    return;
                for (const command of packageCommands(instruction.commands)) {
                    if (command.manager !== 'apk' || command.action !== 'add' || hasOption(command, 'no-cache'))
                        continue;
                    const at = textOf(context.model, instruction).arg(command.command, actionArgIndex(command));
                    context.report({ at, messageId: 'noCache', fix: insertAfter(context.file, at, ' --no-cache', 'add --no-cache') });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/apt-get-assume-yes.ts




/** Actions that ask for confirmation before changing packages. */
const PROMPTING = new Set(['install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'remove', 'purge', 'autoremove']);
/* harmony default export */ const apt_get_assume_yes = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/apt-get-assume-yes',
        domain: 'dockerfile',
        description: '`apt-get install` (and other changing actions) must answer the prompt with `-y`.',
        category: 'correctness',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            missingYes: '`{{manager}} {{action}}` without `-y` waits for a confirmation no build can give: add `-y`.',
        },
        equivalents: { hadolint: ['DL3014'], trivy: ['DS021'] },
    },
    create(context) {
        return {
            RUN(instruction) {
                const { commands } = instruction;
                for (const command of packageCommands(commands)) {
                    if ((command.manager !== 'apt-get' && command.manager !== 'apt') || !PROMPTING.has(command.action))
                        continue;
                    // `-qq` implies `-y`; `-o APT::Get::Assume-Yes=true` sets it too.
                    if (hasOption(command, 'yes', 'y') || hasOption(command, 'assume-yes') || command.options.includes('-qq'))
                        continue;
                    if (command.options.some((option) => /Assume-Yes=(?:true|1|yes)/i.test(option)))
                        continue;
                    const previous = commands[commands.indexOf(command.command) - 1];
                    if (previous?.name === 'yes' && previous.next === '|')
                        continue;
                    const at = textOf(context.model, instruction).arg(command.command, actionArgIndex(command));
                    const fix = insertAfter(context.file, at, ' -y', 'add -y');
                    context.report({ at, messageId: 'missingYes', data: { manager: command.manager, action: command.action }, fix });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/apt-lists-cleanup.ts




const LISTS = '/var/lib/apt/lists';
/* harmony default export */ const apt_lists_cleanup = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/apt-lists-cleanup',
        domain: 'dockerfile',
        description: 'A RUN that runs `apt-get update` in the shipped image must delete `/var/lib/apt/lists/*` in the same RUN.',
        category: 'performance',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            lists: 'The package lists `{{manager}} update` downloads stay in this layer: end the RUN with `rm -rf /var/lib/apt/lists/*` (or mount a cache there).',
        },
        equivalents: { hadolint: ['DL3009'] },
    },
    create(context) {
        return {
            RUN(instruction) {
                if (!isShipped(context.model, instruction.stage))
                    return;
                if (mountsOver(instruction, LISTS))
                    return;
                const removesLists = instruction.commands.some((command) => command.name === 'rm' && command.args.some((arg) => arg.startsWith(LISTS)));
                if (removesLists)
                    return;
                const update = packageCommands(instruction.commands).find((command) => (command.manager === 'apt-get' || command.manager === 'apt') && command.action === 'update');
                if (!update)
                    return;
                const at = textOf(context.model, instruction).arg(update.command, actionArgIndex(update));
                context.report({ at, messageId: 'lists', data: { manager: update.manager } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/apt-no-install-recommends.ts





/* harmony default export */ const apt_no_install_recommends = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/apt-no-install-recommends',
        domain: 'dockerfile',
        description: '`apt-get install` in the shipped image should pass `--no-install-recommends`.',
        category: 'performance',
        defaultSeverity: 'note',
        recommended: true,
        messages: {
            recommends: '`{{manager}} install` also installs "recommended" packages: add `--no-install-recommends` to keep the image small.',
        },
        equivalents: { hadolint: ['DL3015'], trivy: ['DS029'] },
    },
    create(context) {
        return {
            RUN(instruction) {
                // Builder stages are thrown away: their size does not matter.
                if (!isShipped(context.model, instruction.stage))
                    return;
                for (const command of packageCommands(instruction.commands)) {
                    if ((command.manager !== 'apt-get' && command.manager !== 'apt') || command.action !== 'install')
                        continue;
                    if (hasOption(command, 'no-install-recommends'))
                        continue;
                    if (command.options.some((option) => /Install-Recommends=(?:false|0|no)/i.test(option)))
                        continue;
                    if (disabledInConfig(instruction))
                        continue;
                    const at = textOf(context.model, instruction).arg(command.command, actionArgIndex(command));
                    // Unsafe: the image may rely on a package that was only recommended.
                    const fix = insertAfter(context.file, at, ' --no-install-recommends', 'add --no-install-recommends', false);
                    context.report({ at, messageId: 'recommends', data: { manager: command.manager }, fix });
                }
            },
        };
    },
}));
/** An earlier RUN that writes `APT::Install-Recommends "false"` into apt's configuration turns them off for good. */
function disabledInConfig(instruction) {
    const earlier = instruction.stage ? inheritedInstructions(instruction.stage) : [];
    return earlier
        .slice(0, earlier.indexOf(instruction))
        .some((each) => each.keyword === 'RUN' && /Install-Recommends\W+(?:false|0)/i.test(each.args));
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/rules/dockerfile/support/build-tools.ts

/** Compilers, build systems and SDKs: needed to build, not to run. */
const BUILD_PACKAGES = new Set([
    'build-essential', 'build-base', 'alpine-sdk', 'gcc', 'g++', 'gcc-c++', 'clang', 'llvm', 'make', 'cmake', 'ninja-build',
    'meson', 'linux-headers', 'autoconf', 'automake', 'libtool', 'pkg-config', 'pkgconf', 'bison', 'flex', 'nasm', 'musl-dev', 'libc6-dev',
    'golang', 'golang-go', 'go', 'rustc', 'cargo', 'rust', 'maven', 'gradle', 'default-jdk', 'default-jdk-headless',
    'Development Tools', '@development-tools',
]);
const SYSTEM_MANAGERS = new Set(['apt-get', 'apt', 'apk', 'yum', 'dnf', 'microdnf', 'zypper']);
const REMOVE_ACTIONS = new Set(['remove', 'purge', 'autoremove', 'del', 'erase', 'rm']);
/** Strips a version (`gcc=4:12.2`, `gcc~12`, `make-4.3`) to the package name. */
function packageName(spec) {
    return spec.replace(/[=~<>].*$/, '');
}
function isBuildPackage(spec) {
    const name = packageName(spec);
    return BUILD_PACKAGES.has(name) || /^openjdk-\d+-jdk(?:-headless)?$/.test(name) || /^java-[\d.]+-openjdk-devel$/.test(name) ||
        /-dev$/.test(name) || /-devel$/.test(name);
}
/**
 * Build packages a RUN installs and leaves installed. `apk add --virtual .deps gcc && … && apk del .deps`,
 * `apt-get purge gcc`, and the official images' `apt-mark auto '.*' && … && apt-get purge --auto-remove` leave
 * nothing behind; `cleansUp` says the RUN removes build packages it installed, so its compile steps are temporary too.
 */
function leftoverBuildPackages(commands) {
    const reads = packageCommands(commands).filter((read) => SYSTEM_MANAGERS.has(read.manager));
    const removed = new Set(reads.filter((read) => REMOVE_ACTIONS.has(read.action)).flatMap((read) => read.packages.map((each) => packageName(each.value))));
    const aptAutoRemoves = commands.some((command) => command.name === 'apt-mark' && command.args[0] === 'auto') &&
        reads.some((read) => (read.manager === 'apt-get' || read.manager === 'apt') && (read.action === 'autoremove' || (REMOVE_ACTIONS.has(read.action) && hasOption(read, 'auto-remove'))));
    const leftovers = [];
    let cleansUp = false;
    for (const read of reads) {
        if (!isInstall(read))
            continue;
        const virtual = virtualName(read);
        const build = read.packages.filter((operand) => isBuildPackage(operand.value));
        if ((virtual && removed.has(virtual)) || (aptAutoRemoves && (read.manager === 'apt-get' || read.manager === 'apt'))) {
            if (build.length > 0 || virtual)
                cleansUp = true;
            continue;
        }
        for (const operand of build) {
            if (removed.has(packageName(operand.value))) {
                cleansUp = true;
                continue;
            }
            leftovers.push({ kind: 'package', name: packageName(operand.value), command: read.command, argIndex: operand.argIndex });
        }
    }
    return { leftovers, cleansUp };
}
function virtualName(read) {
    if (read.manager !== 'apk')
        return undefined;
    const at = read.options.findIndex((option) => option === '-t' || option === '--virtual');
    if (at !== -1)
        return read.options[at + 1];
    return read.options.find((option) => option.startsWith('--virtual='))?.slice('--virtual='.length);
}
/** Build steps that imply a toolchain: compiling, packaging, running a project's build script. */
function buildCommands(commands) {
    const found = [];
    for (const command of commands) {
        const [first] = command.args;
        const use = (name, argIndex = -1) => {
            found.push({ kind: 'command', name, command, argIndex });
        };
        if (command.name === 'go' && (first === 'build' || first === 'install'))
            use(`go ${first}`, 0);
        else if (command.name === 'cargo' && (first === 'build' || first === 'install'))
            use(`cargo ${first}`, 0);
        else if ((command.name === 'mvn' || command.name === 'mvnw') && command.args.some((arg) => /^(?:package|install|compile|verify)$/.test(arg)))
            use('mvn');
        else if ((command.name === 'gradle' || command.name === 'gradlew') && command.args.some((arg) => /^(?:build|assemble|jar|bootJar|installDist)$/.test(arg)))
            use(command.name);
        else if (command.name === 'make' || command.name === 'cmake' || command.name === 'configure')
            use(command.name);
        else if (['gcc', 'g++', 'cc', 'c++', 'clang', 'javac', 'rustc'].includes(command.name))
            use(command.name);
        else if ((command.name === 'npm' || command.name === 'pnpm' || command.name === 'yarn') && first === 'run' && /^build/.test(command.args[1] ?? ''))
            use(`${command.name} run ${command.args[1]}`, 1);
        else if (command.name === 'yarn' && first === 'build')
            use('yarn build', 0);
    }
    return found;
}
/** `npm ci` / `npm install` / `yarn install` / `pnpm install` of a whole project, dev dependencies included. */
function devDependencyInstalls(commands, nodeEnv) {
    if (nodeEnv === 'production')
        return [];
    const found = [];
    for (const read of packageCommands(commands)) {
        if (read.manager !== 'npm' && read.manager !== 'yarn' && read.manager !== 'pnpm')
            continue;
        // Named packages (`npm install -g pm2`) are chosen one by one; only a whole-project install pulls devDependencies.
        if (!isInstall(read) || read.packages.length > 0 || read.action === 'add')
            continue;
        if (hasOption(read, 'production') || hasOption(read, 'prod', read.manager === 'pnpm' ? 'P' : undefined))
            continue;
        if (read.options.some((option) => /^--(?:omit=dev|only=prod(?:uction)?)$/.test(option)))
            continue;
        const omitAt = read.options.indexOf('--omit');
        if (omitAt !== -1 && read.options[omitAt + 1] === 'dev')
            continue;
        const action = read.action === '' ? 'install' : read.action;
        found.push({ kind: 'devDependencies', name: `${read.manager} ${action}`, command: read.command, argIndex: read.command.args.indexOf(read.action) });
    }
    return found;
}

;// CONCATENATED MODULE: ./src/rules/dockerfile/build-tools-in-final-stage.ts





/* harmony default export */ const build_tools_in_final_stage = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/build-tools-in-final-stage',
        domain: 'dockerfile',
        description: 'Compilers, build tools and dev dependencies belong in a builder stage, not in the shipped image.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 4.0,
        messages: {
            package: 'Build package "{{name}}" stays in the shipped image: install it in a builder stage and `COPY --from` the result.',
            command: '`{{name}}` builds inside the shipped image, so its toolchain ships too: build in a separate stage and `COPY --from` the output.',
            devDependencies: '`{{name}}` installs devDependencies into the shipped image: build in a separate stage, or install with `--omit=dev` (`--production`).',
        },
    },
    create(context) {
        // The package.json beside the Dockerfile is read only when a RUN installs devDependencies.
        let noDevDependencies;
        const declaresNone = () => (noDevDependencies ??= declaresNoDevDependencies(context.readFile(external_node_path_.posix.join(external_node_path_.posix.dirname(context.file.path), 'package.json'))));
        return {
            RUN(instruction) {
                const stage = instruction.stage;
                if (!stage || !isShipped(context.model, stage))
                    return;
                const { commands } = instruction;
                const { leftovers, cleansUp } = leftoverBuildPackages(commands);
                // One finding per RUN, at the earliest command that brings a toolchain in. A RUN that removes the build
                // packages it installed compiles with a toolchain that does not ship.
                const installs = devDependencyInstalls(commands, envValue(stage, 'NODE_ENV'));
                const first = [
                    ...leftovers,
                    ...(cleansUp ? [] : buildCommands(commands)),
                    ...(installs.length === 0 || declaresNone() ? [] : installs),
                ].sort((a, b) => commands.indexOf(a.command) - commands.indexOf(b.command))[0];
                if (!first)
                    return;
                const at = textOf(context.model, instruction).arg(first.command, first.argIndex);
                context.report({ at, messageId: first.kind, data: { name: first.name } });
            },
        };
    },
}));
/** True when the package.json beside the Dockerfile can be read and lists no devDependencies. */
function declaresNoDevDependencies(text) {
    if (text === undefined)
        return false;
    try {
        const manifest = JSON.parse(text);
        return Object.keys(manifest.devDependencies ?? {}).length === 0;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/rules/dockerfile/support/copy.ts

/** Sources and destination of a COPY/ADD, in either form; heredoc sources are left out. */
function copyOperands(instruction) {
    const words = instruction.json ?? instruction.args.split(/\s+/).filter(Boolean).map(parse/* unquote */._n);
    if (words.length < 2)
        return { sources: [], dest: words[0] };
    const sources = words.slice(0, -1).filter((word) => !word.startsWith('<<'));
    return { sources, dest: words[words.length - 1] };
}
function copySources(instruction) {
    return copyOperands(instruction).sources;
}
/** Sources that send the whole build context (`.`, `./`, `*`). */
function copiesWholeContext(instruction) {
    if (instruction.flags.some((flag) => flag.name === 'from'))
        return false;
    return copySources(instruction).some((source) => /^(?:\.\/?|\.\/\*|\*)$/.test(source));
}

;// CONCATENATED MODULE: ./src/rules/dockerfile/copy-dest-trailing-slash.ts




/* harmony default export */ const copy_dest_trailing_slash = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/copy-dest-trailing-slash',
        domain: 'dockerfile',
        description: 'COPY/ADD with several sources needs a destination folder ending in `/`.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            slash: 'With {{count}} sources the destination must be a folder: write "{{dest}}/".',
        },
        equivalents: { hadolint: ['DL3021'], trivy: ['DS011'] },
    },
    create(context) {
        const check = (instruction) => {
            const { sources, dest } = copyOperands(instruction);
            if (sources.length < 2 || !dest || dest.endsWith('/') || dest.endsWith('\\'))
                return;
            // `$DEST` may well end in a slash.
            if (dest.includes('$'))
                return;
            const at = textOf(context.model, instruction).word(dest);
            context.report({ at, messageId: 'slash', data: { count: sources.length, dest }, fix: insertAfter(context.file, at, '/', 'end the destination with /') });
        };
        return { COPY: check, ADD: check };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/copy-from-valid-stage.ts


/** An image reference has a registry, a path, a tag or a digest; a bare word is meant as a stage name. */
const LOOKS_LIKE_IMAGE = /[/:@.]/;
/* harmony default export */ const copy_from_valid_stage = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/copy-from-valid-stage',
        domain: 'dockerfile',
        description: '`COPY --from` must name an earlier stage (or an image), never its own stage or a later one.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            self: '`--from={{ref}}` names the stage this COPY is in: a stage cannot copy from itself.',
            later: '`--from={{ref}}` names a stage defined later (line {{line}}): move that stage above this one.',
            unknown: 'No stage is named "{{ref}}", so `--from={{ref}}` pulls the image `{{ref}}:latest`: check the stage name.',
        },
        equivalents: { hadolint: ['DL3022', 'DL3023'], trivy: ['DS006'] },
    },
    create(context) {
        const check = (instruction) => {
            const ref = instruction.flags.find((flag) => flag.name === 'from')?.value;
            const stage = instruction.stage;
            if (!ref || !stage || ref.includes('$'))
                return;
            const at = flagAt(instruction, 'from');
            const wanted = ref.toLowerCase();
            const target = /^\d+$/.test(wanted) ? context.model.stages[Number(wanted)] : context.model.stages.find((each) => each.name === wanted);
            if (target === stage)
                context.report({ at, messageId: 'self', data: { ref } });
            else if (target && target.index > stage.index)
                context.report({ at, messageId: 'later', data: { ref, line: target.span.line } });
            else if (!target && (/^\d+$/.test(wanted) || !LOOKS_LIKE_IMAGE.test(wanted)))
                context.report({ at, messageId: 'unknown', data: { ref } });
        };
        return { COPY: check, ADD: check };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/support/dependencies.ts

/**
 * The ecosystem whose dependencies a command installs from a manifest (`npm ci`, `pip install -r`, `go mod download`,
 * …), or undefined. Installing named packages or the project itself (`pip install .`) needs no manifest ordering.
 */
function dependencyEcosystem(command) {
    const read = readPackageCommand(command);
    if (read) {
        if ((read.manager === 'npm' || read.manager === 'pnpm') && ['install', 'i', 'ci'].includes(read.action) && read.packages.length === 0)
            return 'node';
        if (read.manager === 'yarn' && (read.action === '' || read.action === 'install'))
            return 'node';
        if (read.manager === 'pip' && read.action === 'install' && hasOption(read, 'requirement', 'r'))
            return 'python';
        return undefined;
    }
    const [first, second] = command.args;
    if ((command.name === 'poetry' || command.name === 'pipenv') && first === 'install')
        return 'python';
    if (command.name === 'uv' && first === 'sync')
        return 'python';
    if (command.name === 'bundle' && (first === 'install' || first === undefined))
        return 'ruby';
    if (command.name === 'composer' && first === 'install')
        return 'php';
    if (command.name === 'go' && first === 'mod' && second === 'download')
        return 'go';
    if (command.name === 'cargo' && first === 'fetch')
        return 'rust';
    if ((command.name === 'mvn' || command.name === 'mvnw') && command.args.some((arg) => /^dependency:(?:go-offline|resolve)/.test(arg)))
        return 'java';
    if (command.name === 'dotnet' && first === 'restore')
        return 'dotnet';
    return undefined;
}

;// CONCATENATED MODULE: ./src/rules/dockerfile/copy-manifests-first.ts




/* harmony default export */ const copy_manifests_first = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/copy-manifests-first',
        domain: 'dockerfile',
        description: 'Copy dependency manifests and install dependencies before copying the whole source tree.',
        category: 'performance',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            order: '`{{copy}}` comes before `{{install}}` (line {{line}}), so any code change re-runs the install: copy the manifests first, install, then copy the rest.',
        },
    },
    create(context) {
        return {
            stage(stage) {
                /** Ecosystems installed before the whole tree was copied: a later install of them is a second, cheap step. */
                const installedEarly = new Set();
                let copyAll;
                for (const instruction of stage.instructions) {
                    if (!copyAll && (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') && copiesWholeContext(instruction)) {
                        copyAll = instruction;
                        continue;
                    }
                    if (instruction.keyword !== 'RUN')
                        continue;
                    for (const command of instruction.commands) {
                        const ecosystem = dependencyEcosystem(command);
                        if (!ecosystem)
                            continue;
                        if (!copyAll) {
                            installedEarly.add(ecosystem);
                        }
                        else if (!installedEarly.has(ecosystem)) {
                            const source = copySources(copyAll).find((each) => /^(?:\.\/?|\.\/\*|\*)$/.test(each));
                            const copy = `${copyAll.keyword} ${source} ${copyAll.args.split(/\s+/).pop()}`;
                            const install = [command.name, ...command.args.slice(0, 1)].join(' ');
                            const at = textOf(context.model, copyAll).word(source);
                            context.report({ at, messageId: 'order', data: { copy, install, line: instruction.span.line } });
                            return;
                        }
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/copy-relative-dest.ts




/* harmony default export */ const copy_relative_dest = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/copy-relative-dest',
        domain: 'dockerfile',
        description: 'COPY/ADD to a relative destination needs a WORKDIR set first in the stage.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            noWorkdir: 'Destination "{{dest}}" is relative, and no WORKDIR is set in this stage, so it depends on the base image: set `WORKDIR` first or write an absolute path.',
        },
        equivalents: { hadolint: ['DL3045'] },
    },
    create(context) {
        const check = (instruction) => {
            const stage = instruction.stage;
            const { dest } = copyOperands(instruction);
            if (!stage || !dest || /^(?:\/|\$|[A-Za-z]:[\\/]|\\)/.test(dest))
                return;
            const before = inheritedInstructions(stage);
            if (before.slice(0, before.indexOf(instruction)).some((each) => each.keyword === 'WORKDIR'))
                return;
            context.report({ at: textOf(context.model, instruction).word(dest), messageId: 'noWorkdir', data: { dest } });
        };
        return { COPY: check, ADD: check };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/dockerignore.ts




/* harmony default export */ const dockerignore = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/dockerignore',
        domain: 'dockerfile',
        description: 'A Dockerfile that copies its whole build context needs a `.dockerignore`.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 4.0,
        messages: {
            missing: '`{{keyword}} {{source}}` sends the whole directory, `.git` and local `.env` files included, and there is no {{ignore}}: add one.',
        },
    },
    create(context) {
        let reported = false;
        const check = (instruction) => {
            if (reported || !copiesWholeContext(instruction))
                return;
            reported = true;
            const candidates = ignoreFileCandidates(context.file.path);
            if (candidates.some((path) => context.fileExists(path)))
                return;
            const source = instruction.args.split(/\s+/)[0] ?? '.';
            context.report({ at: keywordAt(instruction), messageId: 'missing', data: { keyword: instruction.keyword, source, ignore: candidates[1] } });
        };
        return { COPY: check, ADD: check };
    },
}));
/**
 * `<Dockerfile>.dockerignore` beside it, or a `.dockerignore` in its folder or any folder above: the build context is
 * often an ancestor (`docker build -f docker/Dockerfile .`).
 */
function ignoreFileCandidates(dockerfilePath) {
    const candidates = [`${dockerfilePath}.dockerignore`];
    for (let dir = external_node_path_.posix.dirname(dockerfilePath);; dir = external_node_path_.posix.dirname(dir)) {
        candidates.push(external_node_path_.posix.join(dir, '.dockerignore'));
        if (dir === '.' || dir === '/' || dir === '')
            break;
    }
    return candidates;
}

;// CONCATENATED MODULE: ./src/rules/dockerfile/env-key-value-format.ts



/* harmony default export */ const env_key_value_format = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/env-key-value-format',
        domain: 'dockerfile',
        description: 'ENV and LABEL should use the `key=value` form, not the legacy `key value` form.',
        category: 'style',
        defaultSeverity: 'note',
        recommended: true,
        messages: {
            legacy: '`{{keyword}} {{name}} …` is the legacy form: the whole rest of the line becomes the value, spaces included. Write `{{keyword}} {{name}}={{value}}`.',
        },
    },
    create(context) {
        const check = (instruction) => {
            const legacy = /^([^\s=]+)\s+(.*)$/s.exec(instruction.args.trim());
            if (!legacy || legacy[1].includes('='))
                return;
            const value = legacy[2].trim();
            const quoted = /\s/.test(value) && !/^(["']).*\1$/s.test(value) ? JSON.stringify(value) : value;
            const args = { span: instruction.argsSpan, path: instruction.path };
            const fix = instruction.argsSpan.line === instruction.argsSpan.endLine ? replaceWith(context.file, args, `${legacy[1]}=${quoted}`, 'use key=value') : undefined;
            context.report({ at: keywordAt(instruction), messageId: 'legacy', data: { keyword: instruction.keyword, name: legacy[1], value: quoted }, ...(fix ? { fix } : {}) });
        };
        return { ENV: check, LABEL: check };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/env-self-reference.ts



/* harmony default export */ const env_self_reference = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/env-self-reference',
        domain: 'dockerfile',
        description: 'An ENV must not use a variable that the same ENV defines: it still sees the old value.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            sameStatement: '`${{name}}` expands to its value from before this ENV, not to the one set just before it: split it into two ENV instructions.',
        },
        equivalents: { hadolint: ['DL3044'] },
    },
    create(context) {
        return {
            ENV(instruction) {
                const defined = new Set();
                const text = textOf(context.model, instruction);
                let cursor;
                for (const [name, value] of envPairs(instruction.args)) {
                    for (const match of value.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) {
                        // `PATH=/opt/bin:$PATH` reads its own previous value on purpose; only names set earlier here are wrong.
                        if (!defined.has(match[1]))
                            continue;
                        const found = text.findPattern(variableReference(match[1]), cursor);
                        context.report({ at: text.at(found?.offset ?? -1, found?.length ?? 0), messageId: 'sameStatement', data: { name: match[1] } });
                        if (found)
                            cursor = found.offset + found.length;
                    }
                    defined.add(name);
                }
            },
        };
    },
}));

// EXTERNAL MODULE: ./src/domains/dockerfile/shell.ts
var shell = __webpack_require__(3090);
;// CONCATENATED MODULE: ./src/rules/dockerfile/exec-form-cmd.ts




/* harmony default export */ const exec_form_cmd = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/exec-form-cmd',
        domain: 'dockerfile',
        description: 'CMD and ENTRYPOINT of the shipped image should use the JSON (exec) form.',
        category: 'correctness',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            shellForm: 'Shell-form {{keyword}} runs under `/bin/sh -c`, which does not pass SIGTERM on: write `{{keyword}} [{{suggestion}}]`.',
            invalidJson: '{{keyword}} looks like JSON but is not (JSON needs double quotes), so it runs as a shell command.',
            shellFeatures: 'Shell-form {{keyword}} runs under `/bin/sh -c`, which does not pass SIGTERM on: put `exec` before the program that runs last (`{{keyword}} … exec <program>`), or move the logic into an entrypoint script.',
        },
        equivalents: { hadolint: ['DL3025'] },
    },
    create(context) {
        const check = (instruction) => {
            if (instruction.json || !isShipped(context.model, instruction.stage))
                return;
            const args = instruction.args.trim();
            const at = { span: instruction.argsSpan, path: instruction.path };
            if (args.startsWith('[')) {
                context.report({ at, messageId: 'invalidJson', data: { keyword: instruction.keyword } });
                return;
            }
            // `exec` replaces the shell, so signals reach the program: the shell form is deliberate.
            if (args === '' || /^exec\s|[;&]\s*exec\s/.test(args))
                return;
            // Variables, chains and redirections need a shell: the JSON form would pass them on literally.
            if (/[$&|;<>`]/.test(args)) {
                context.report({ at, messageId: 'shellFeatures', data: { keyword: instruction.keyword } });
                return;
            }
            const words = (0,shell/* splitShell */.b2)(args)[0]?.words ?? [];
            const suggestion = words.map((word) => JSON.stringify(word)).join(', ');
            // Unsafe: the program becomes PID 1 and must handle signals itself.
            const fix = instruction.argsSpan.line === instruction.argsSpan.endLine ? replaceWith(context.file, at, `[${suggestion}]`, 'use the exec form', false) : undefined;
            context.report({ at, messageId: 'shellForm', data: { keyword: instruction.keyword, suggestion }, ...(fix ? { fix } : {}) });
        };
        return { CMD: check, ENTRYPOINT: check };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/final-stage-healthcheck.ts



/** Images with no shell or tools to run a check with; the platform's probes watch these. */
function isMinimal(root) {
    const { image } = root;
    const name = `${image.registry ?? ''}/${image.repository}`;
    return image.isScratch || /(?:^|\/)distroless\//.test(name) || /^cgr\.dev\/chainguard\/static$/.test(name);
}
/* harmony default export */ const final_stage_healthcheck = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/final-stage-healthcheck',
        domain: 'dockerfile',
        description: 'A service image (one that EXPOSEs a port) should declare a HEALTHCHECK in its final stage.',
        category: 'best-practice',
        defaultSeverity: 'note',
        recommended: true,
        messages: {
            missing: 'This image serves on port {{port}} but has no HEALTHCHECK, so Docker and Compose cannot tell a hung service from a healthy one: add `HEALTHCHECK CMD …` (or `HEALTHCHECK NONE` to say it is deliberate).',
        },
        equivalents: { checkov: ['CKV_DOCKER_2'], trivy: ['DS026'] },
    },
    create(context) {
        return {
            exit(model) {
                const final = finalStage(model);
                if (!final)
                    return;
                const chain = baseChain(final);
                // Tools, base images and CLIs do not serve; probes of a scratch/distroless image run from outside.
                const expose = lastInEffect(final, 'EXPOSE');
                if (!expose || lastInEffect(final, 'HEALTHCHECK') || isMinimal(chain[chain.length - 1]))
                    return;
                context.report({ at: keywordAt(final.from), messageId: 'missing', data: { port: expose.args.split(/\s+/)[0] } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/global-arg-in-stage.ts




/* harmony default export */ const global_arg_in_stage = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/global-arg-in-stage',
        domain: 'dockerfile',
        description: 'An ARG declared before the first FROM must be declared again (`ARG NAME`) in each stage that uses it.',
        category: 'correctness',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            notInScope: '`${{name}}` does not see the ARG on line {{line}}: an ARG declared before FROM is visible to FROM lines only. Add `ARG {{name}}` to this stage.',
        },
    },
    create(context) {
        const { model } = context;
        const globalLines = new Map();
        for (const instruction of model.instructions) {
            if (instruction.stage || instruction.keyword !== 'ARG')
                continue;
            for (const [name] of (0,parse/* argPairs */.YB)(instruction.args))
                if (!globalLines.has(name))
                    globalLines.set(name, instruction.span.line);
        }
        return {
            stage(stage) {
                if (globalLines.size === 0)
                    return;
                const inScope = new Set();
                const reported = new Set();
                const chain = inheritedInstructions(stage);
                // ARGs and ENVs of the stages this one builds FROM are visible here as well.
                for (const instruction of chain.slice(0, chain.indexOf(stage.instructions[0])))
                    collect(instruction, inScope);
                for (const instruction of stage.instructions.slice(1)) {
                    if (instruction.keyword !== 'ARG' && instruction.keyword !== 'ONBUILD') {
                        for (const match of instruction.args.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) {
                            const name = match[1];
                            const line = globalLines.get(name);
                            if (line === undefined || inScope.has(name) || reported.has(name))
                                continue;
                            // A shell variable of the same name set inside the RUN is a different variable.
                            if (instruction.keyword === 'RUN' && new RegExp(`(?:^|[\\s;&|(])(?:export\\s+|local\\s+|readonly\\s+)?${name}=|\\b(?:for|read)\\s+${name}\\b`).test(instruction.args))
                                continue;
                            reported.add(name);
                            const text = textOf(model, instruction);
                            const found = text.findPattern(variableReference(name));
                            context.report({ at: text.at(found?.offset ?? -1, found?.length ?? 0), messageId: 'notInScope', data: { name, line } });
                        }
                    }
                    collect(instruction, inScope);
                }
            },
        };
    },
}));
function collect(instruction, names) {
    if (instruction.keyword === 'ARG')
        for (const [name] of (0,parse/* argPairs */.YB)(instruction.args))
            names.add(name);
    if (instruction.keyword === 'ENV')
        for (const [name] of envPairs(instruction.args))
            names.add(name);
}

;// CONCATENATED MODULE: ./src/rules/dockerfile/support/sources.ts
/** Classifies ADD sources: ADD fetches URLs and unpacks local archives, which COPY cannot do. */
function isRemoteSource(source) {
    return /^(?:https?|ftp):\/\//i.test(source) || /^git@|^git:\/\/|\.git(?:#.*)?$/i.test(source);
}
function isLocalArchive(source) {
    return /\.(?:tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|tzst|tar\.lz|tlz|gz|bz2|xz)$/i.test(source);
}

;// CONCATENATED MODULE: ./src/rules/dockerfile/no-add-remote-url.ts




/* harmony default export */ const no_add_remote_url = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-add-remote-url',
        domain: 'dockerfile',
        description: 'ADD of a URL must be verified with `--checksum` (or replaced by a checked download in RUN).',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 5.0,
        messages: {
            unverified: 'ADD fetches "{{url}}" without checking what arrives: add `--checksum=sha256:…`, or download and verify it in a RUN.',
            unpinnedGit: 'ADD of the Git repository "{{url}}" follows a moving branch: pin a commit (`#<sha>`) or a tag.',
        },
    },
    create(context) {
        return {
            ADD(instruction) {
                const text = textOf(context.model, instruction);
                for (const source of copySources(instruction)) {
                    if (!isRemoteSource(source))
                        continue;
                    const isGit = /^git@|^git:\/\/|\.git(?:#.*)?$/i.test(source);
                    if (isGit) {
                        // A 40-hex commit after `#` is immutable; a tag name is acceptable.
                        if (/#(?:[0-9a-f]{40}|v?\d[\w.-]*)$/i.test(source))
                            continue;
                        context.report({ at: text.word(source), messageId: 'unpinnedGit', data: { url: source } });
                    }
                    else if (!instruction.flags.some((flag) => flag.name === 'checksum')) {
                        context.report({ at: text.word(source), messageId: 'unverified', data: { url: source } });
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/no-chmod-777.ts



/**
 * True when a mode lets everyone write. The sticky bit (`1777`, `+t`) is how shared directories such as /tmp are
 * meant to be world-writable, so it is accepted.
 */
function isWorldWritable(mode) {
    if (/^[0-7]{3,4}$/.test(mode)) {
        const others = Number(mode[mode.length - 1]);
        const sticky = mode.length === 4 && (Number(mode[0]) & 1) === 1;
        return (others & 2) === 2 && !sticky;
    }
    // Symbolic: `o+w`, `a=rwx`; a clause without `o`/`a` (`+w`) is filtered by the umask and stays private.
    return mode.split(',').some((clause) => {
        const parsed = /^([ugoa]*)[+=]([rwxXst]*)$/.exec(clause);
        return parsed !== null && /[oa]/.test(parsed[1]) && parsed[2].includes('w') && !parsed[2].includes('t');
    });
}
/* harmony default export */ const no_chmod_777 = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-chmod-777',
        domain: 'dockerfile',
        description: 'Files in the shipped image must not be world-writable (`chmod 777`, `o+w`, `--chmod=777`).',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 5.5,
        messages: {
            worldWritable: 'Mode {{mode}} lets any user in the container rewrite these files: grant write access to the owner only (e.g. 755 or 644).',
        },
    },
    create(context) {
        const copy = (instruction) => {
            const mode = instruction.flags.find((flag) => flag.name === 'chmod')?.value;
            if (mode && isShipped(context.model, instruction.stage) && isWorldWritable(mode)) {
                context.report({ at: flagAt(instruction, 'chmod'), messageId: 'worldWritable', data: { mode } });
            }
        };
        return {
            COPY: copy,
            ADD: copy,
            RUN(instruction) {
                if (!isShipped(context.model, instruction.stage))
                    return;
                for (const command of instruction.commands) {
                    if (command.name !== 'chmod')
                        continue;
                    const index = command.args.findIndex((arg) => !/^-[A-Za-z]+$/.test(arg) && !arg.startsWith('--'));
                    const mode = command.args[index];
                    if (mode === undefined || !isWorldWritable(mode))
                        continue;
                    // A scratch directory the same RUN deletes again never reaches the image.
                    const targets = command.args.slice(index + 1).filter((arg) => !arg.startsWith('-'));
                    const removed = new Set(instruction.commands.filter((each) => each.name === 'rm').flatMap((each) => each.args));
                    if (targets.length > 0 && targets.every((target) => removed.has(target)))
                        continue;
                    context.report({ at: textOf(context.model, instruction).arg(command, index), messageId: 'worldWritable', data: { mode } });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/support/secrets.ts
/** Recognisable credential formats, by issuer. Each pattern is specific enough to need no entropy check. */
const TOKEN_PATTERNS = [
    { kind: 'GitHub token', pattern: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,}\b/ },
    { kind: 'GitHub fine-grained token', pattern: /\bgithub_pat_[A-Za-z0-9_]{22,}\b/ },
    { kind: 'GitLab token', pattern: /\bgl(?:pat|dt|rt|ptt|cbt)-[A-Za-z0-9_-]{20,}\b/ },
    { kind: 'AWS access key id', pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/ },
    { kind: 'Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/ },
    { kind: 'Slack webhook', pattern: /https:\/\/hooks\.slack\.com\/services\/T[A-Za-z0-9]+\/B[A-Za-z0-9]+\/[A-Za-z0-9]+/ },
    { kind: 'npm token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/ },
    { kind: 'Stripe live key', pattern: /\b[sr]k_live_[A-Za-z0-9]{20,}\b/ },
    { kind: 'Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
    { kind: 'private key', pattern: /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/ },
];
const GLOBAL_TOKEN_PATTERNS = TOKEN_PATTERNS.map(({ kind, pattern }) => ({ kind, global: new RegExp(pattern.source, 'g') }));
function findTokens(text) {
    const found = [];
    for (const { kind, global } of GLOBAL_TOKEN_PATTERNS) {
        // matchAll scans a copy of the expression: the shared one keeps lastIndex 0.
        for (const match of text.matchAll(global))
            found.push({ kind, index: match.index, length: match[0].length });
    }
    return found.sort((a, b) => a.index - b.index);
}
function looksLikeToken(value) {
    return TOKEN_PATTERNS.some(({ pattern }) => pattern.test(value));
}
/** Words that make a variable name a credential. A bare `KEY` is not one: `GPG_KEY` holds a public fingerprint. */
const SECRET_WORDS = new Set(['PASSWORD', 'PASSWD', 'PWD', 'SECRET', 'TOKEN', 'APIKEY', 'CREDENTIAL', 'CREDENTIALS', 'PASSPHRASE']);
const SECRET_PAIRS = [['API', 'KEY'], ['PRIVATE', 'KEY'], ['ACCESS', 'KEY'], ['SECRET', 'KEY'], ['CLIENT', 'SECRET'], ['AUTH', 'TOKEN']];
/** Last words that make the variable about a secret rather than the secret itself (`PASSWORD_FILE=/run/secrets/db`). */
const NOT_THE_SECRET = new Set([
    'FILE', 'PATH', 'DIR', 'URL', 'URI', 'ENDPOINT', 'HOST', 'PORT', 'ID', 'NAME', 'LENGTH', 'TTL', 'EXPIRY', 'EXPIRES',
    'TIMEOUT', 'HEADER', 'TYPE', 'ENABLED', 'REQUIRED', 'VERSION', 'MIN', 'MAX', 'POLICY', 'ENV', 'REF', 'ARN',
]);
function isSecretName(name) {
    const words = name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .toUpperCase()
        .split(/[^A-Z0-9]+/)
        .filter(Boolean);
    if (words.length === 0 || NOT_THE_SECRET.has(words[words.length - 1]))
        return false;
    if (words.some((word) => SECRET_WORDS.has(word)))
        return true;
    return SECRET_PAIRS.some(([a, b]) => words.some((word, i) => word === a && words[i + 1] === b));
}
/** Values that cannot be a credential: empty, booleans, numbers of a few digits, paths. */
function isHarmlessValue(value) {
    return value === '' || /^(?:true|false|yes|no|on|off|none|null|\d{1,4})$/i.test(value) || value.startsWith('/');
}
/** True when a value is only a variable reference (`$TOKEN`, `${TOKEN}`), naming it. */
function referencedVariable(value) {
    return /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(value)?.[1];
}
/** Files that hold credentials by name: SSH keys, dotenv files, package-registry logins, private keys. */
function secretFileKind(path) {
    const base = path.replace(/\/+$/, '').split('/').pop() ?? '';
    if (/^id_(?:rsa|dsa|ecdsa|ed25519)$/.test(base))
        return 'SSH private key';
    if (base === '.env' || /^\.env\.(?!example$|sample$|template$|dist$|defaults?$)[\w.-]+$/.test(base))
        return 'dotenv file';
    if (['.npmrc', '.pypirc', '.netrc', '.git-credentials', '.htpasswd', '.dockercfg'].includes(base))
        return 'credentials file';
    if (base === 'credentials' && /\.aws\//.test(path))
        return 'AWS credentials';
    if (/\.(?:key|p12|pfx|jks|keystore)$/i.test(base))
        return 'private key';
    // A `.pem` holds a certificate as often as a key: names that say certificate or public are left alone.
    if (/\.pem$/i.test(base) && !/(?:^|[-_.])(?:ca|cacert|cert|certs|certificate|crt|chain|fullchain|bundle|root|pub|public|trust)(?:[-_.]|$)/i.test(base)) {
        return 'private key';
    }
    return undefined;
}
/** Destinations that only ever hold certificates (trust stores). */
function isTrustStore(dest) {
    return /^\/(?:usr\/local\/share\/ca-certificates|usr\/share\/ca-certificates|etc\/ssl\/certs|etc\/pki\/ca-trust|usr\/local\/share\/certs)(?:\/|$)/.test(dest);
}

;// CONCATENATED MODULE: ./src/rules/dockerfile/no-copied-secret-files.ts





/* harmony default export */ const no_copied_secret_files = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-copied-secret-files',
        domain: 'dockerfile',
        description: 'Private keys, `.env` files and registry logins must not be copied into an image.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 8.5,
        messages: {
            secretFile: '"{{source}}" looks like a {{kind}}: once copied it stays in the layer even if deleted later. Mount it for the one RUN that needs it: `RUN --mount=type=secret,id=…`.',
        },
    },
    create(context) {
        const check = (instruction) => {
            const text = textOf(context.model, instruction);
            const { sources, dest } = copyOperands(instruction);
            if (dest && isTrustStore(dest))
                return;
            for (const source of sources) {
                const kind = secretFileKind(source);
                if (!kind)
                    continue;
                // A builder stage's layers are not shipped, but they do sit in build caches.
                const severity = isShipped(context.model, instruction.stage) ? undefined : 'warning';
                context.report({ at: text.word(source), messageId: 'secretFile', data: { source, kind }, severity });
            }
        };
        return { COPY: check, ADD: check };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/no-curl-pipe-shell.ts


const DOWNLOADERS = new Set(['curl', 'wget']);
const INTERPRETERS = /^(?:sh|bash|ash|dash|zsh|ksh|python\d*(?:\.\d+)?|perl|ruby|node)$/;
/** `sh -c "$(curl …)"` and `bash <(curl …)`: the download runs without ever being a file. */
function runsSubstitutedDownload(command) {
    return INTERPRETERS.test(command.name) && command.args.some((arg) => /(?:\$\(|<\(|`)\s*(?:curl|wget)\b/.test(arg));
}
/* harmony default export */ const no_curl_pipe_shell = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-curl-pipe-shell',
        domain: 'dockerfile',
        description: 'Scripts downloaded with curl or wget must not be piped straight into a shell.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 6.5,
        messages: {
            pipe: '`{{downloader}} … | {{shell}}` runs whatever the server sends today: download to a file, check its checksum, then run it.',
            substitution: '`{{shell}}` runs a script fetched by command substitution: download to a file, check its checksum, then run it.',
        },
    },
    create(context) {
        return {
            RUN(instruction) {
                const { commands } = instruction;
                const text = textOf(context.model, instruction);
                for (const [i, command] of commands.entries()) {
                    if (runsSubstitutedDownload(command)) {
                        context.report({ at: text.command(command), messageId: 'substitution', data: { shell: command.name } });
                        continue;
                    }
                    if (!DOWNLOADERS.has(command.name))
                        continue;
                    // Follow the pipeline: `curl … | tee x | sh` still runs the download.
                    for (let j = i; j < commands.length - 1 && commands[j].next === '|'; j++) {
                        const consumer = commands[j + 1];
                        if (INTERPRETERS.test(consumer.name) && !consumer.args.some((arg) => /\.(?:sh|py|pl|rb|js)$/.test(arg))) {
                            context.report({ at: text.command(command), messageId: 'pipe', data: { downloader: command.name, shell: consumer.name } });
                            break;
                        }
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/no-dist-upgrade.ts



/** Whole-distribution upgrades; a plain `apt-get upgrade` (security fixes within the release) is not flagged. */
const DIST_UPGRADES = {
    'apt-get': new Set(['dist-upgrade', 'full-upgrade']),
    apt: new Set(['dist-upgrade', 'full-upgrade']),
    zypper: new Set(['dist-upgrade', 'dup']),
};
/* harmony default export */ const no_dist_upgrade = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-dist-upgrade',
        domain: 'dockerfile',
        description: 'No distribution upgrades (`apt-get dist-upgrade`, `zypper dist-upgrade`) inside an image build.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            distUpgrade: '`{{manager}} {{action}}` can move the image to another release behind the base tag\'s back: use a newer base image instead.',
        },
        equivalents: { hadolint: ['DL3005', 'DL3035'], trivy: ['DS024'] },
    },
    create(context) {
        return {
            RUN(instruction) {
                for (const command of packageCommands(instruction.commands)) {
                    if (!DIST_UPGRADES[command.manager]?.has(command.action))
                        continue;
                    const at = textOf(context.model, instruction).arg(command.command, actionArgIndex(command));
                    context.report({ at, messageId: 'distUpgrade', data: { manager: command.manager, action: command.action } });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/no-hardcoded-token.ts


/* harmony default export */ const no_hardcoded_token = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-hardcoded-token',
        domain: 'dockerfile',
        description: 'No access tokens or private keys written into the Dockerfile (GitHub, GitLab, AWS, Slack, npm, …).',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 9.0,
        messages: {
            token: 'This looks like a {{kind}}: revoke it now, and pass credentials with `RUN --mount=type=secret` instead.',
        },
    },
    create(context) {
        return {
            // The whole text, comments included: a token in a comment is just as leaked once committed.
            file(model) {
                const { file } = model;
                for (const token of findTokens(file.text)) {
                    const span = file.spanOf(token.index, token.index + token.length);
                    const owner = model.instructions.find((each) => each.span.line <= span.line && span.line <= each.span.endLine);
                    context.report({ at: { span, path: owner ? `${owner.path}/token` : 'comment/token' }, messageId: 'token', data: { kind: token.kind } });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/no-latest-copy-from.ts



/* harmony default export */ const no_latest_copy_from = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-latest-copy-from',
        domain: 'dockerfile',
        description: 'Images named by `COPY --from` must be pinned to a version or digest, like base images.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            latest: '`--from={{image}}` copies from whatever `latest` is today: pin a version or a digest.',
            untagged: '`--from={{image}}` has no tag, so it means `latest`: pin a version or a digest.',
        },
    },
    create(context) {
        const check = (instruction) => {
            const ref = instruction.flags.find((flag) => flag.name === 'from')?.value;
            const stage = instruction.stage;
            if (!ref || !stage || ref.includes('$') || context.model.findStage(ref, stage) || context.model.findStage(ref))
                return;
            // A bare word that is not a stage is reported by docker/copy-from-valid-stage.
            if (!/[/:@.]/.test(ref))
                return;
            const image = (0,parse/* splitImage */.s5)(ref);
            if (image.digest)
                return;
            const at = flagAt(instruction, 'from');
            if (image.tag === undefined)
                context.report({ at, messageId: 'untagged', data: { image: ref } });
            else if (image.tag === 'latest')
                context.report({ at, messageId: 'latest', data: { image: ref } });
        };
        return { COPY: check, ADD: check };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/no-latest-tag.ts

/* harmony default export */ const no_latest_tag = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-latest-tag',
        domain: 'dockerfile',
        description: 'Base images must be pinned to a version tag or digest, never `latest` or no tag.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            latest: 'Base image "{{image}}" uses the `latest` tag: pin a version (e.g. `{{repository}}:1.2`) or a digest.',
            untagged: 'Base image "{{image}}" has no tag, so it means `latest`: pin a version or a digest.',
        },
        equivalents: { hadolint: ['DL3006', 'DL3007'], checkov: ['CKV_DOCKER_7'] },
    },
    create(context) {
        return {
            stage(stage) {
                const { image } = stage;
                if (image.isScratch || image.stage || image.unresolved || image.digest)
                    return;
                const data = { image: image.raw, repository: image.repository };
                if (image.tag === undefined)
                    context.report({ at: stage.from, messageId: 'untagged', data });
                else if (image.tag === 'latest')
                    context.report({ at: stage.from, messageId: 'latest', data });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/no-maintainer.ts



/* harmony default export */ const no_maintainer = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-maintainer',
        domain: 'dockerfile',
        description: '`MAINTAINER` is deprecated; use a LABEL.',
        category: 'style',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            maintainer: '`MAINTAINER` is deprecated: use `LABEL org.opencontainers.image.authors="{{who}}"`.',
        },
        equivalents: { hadolint: ['DL4000'], checkov: ['CKV_DOCKER_6'], trivy: ['DS022'] },
    },
    create(context) {
        return {
            MAINTAINER(instruction) {
                const who = instruction.args.replace(/"/g, '');
                const fix = instruction.span.line === instruction.span.endLine
                    ? replaceWith(context.file, instruction, `LABEL org.opencontainers.image.authors=${JSON.stringify(who)}`, 'use the authors label')
                    : undefined;
                context.report({ at: keywordAt(instruction), messageId: 'maintainer', data: { who }, ...(fix ? { fix } : {}) });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/no-platform-flag.ts



/* harmony default export */ const no_platform_flag = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-platform-flag',
        domain: 'dockerfile',
        description: '`FROM --platform` should use a build argument (`$BUILDPLATFORM`), not a hard-coded platform.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            redundant: '`--platform={{platform}}` is what FROM uses anyway: drop the flag.',
            hardCoded: '`--platform={{platform}}` pins this stage to one platform, so multi-platform builds emulate it: use `$BUILDPLATFORM` or `$TARGETPLATFORM`, or pass `--platform` to the build.',
        },
        equivalents: { hadolint: ['DL3029'] },
    },
    create(context) {
        return {
            stage(stage) {
                const platform = stage.from.flags.find((flag) => flag.name === 'platform')?.value;
                if (!platform)
                    return;
                if (/^\$\{?TARGETPLATFORM\}?$/.test(platform)) {
                    const at = flagAt(stage.from, 'platform');
                    context.report({ at, messageId: 'redundant', data: { platform }, fix: removeWithSpace(context.file, at, 'drop the flag') });
                    return;
                }
                if (platform.includes('$'))
                    return;
                context.report({ at: flagAt(stage.from, 'platform'), messageId: 'hardCoded', data: { platform } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/no-root-user.ts



/** `root`, `0`, `root:root`, `0:0`, `root:1000`: the user part decides. */
function isRoot(user) {
    const name = user.trim().split(':')[0];
    return name === 'root' || /^0+$/.test(name);
}
/** Images that already run as a non-root user without a USER line of ours. */
function startsNonRoot(image, extra) {
    const reference = `${image.registry ? `${image.registry}/` : ''}${image.repository}`;
    if (image.tag && /(?:^|[-_.])nonroot(?:$|[-_.])/.test(image.tag))
        return true;
    return extra.some((prefix) => reference.startsWith(prefix));
}
/* harmony default export */ const no_root_user = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-root-user',
        domain: 'dockerfile',
        description: 'The shipped image must switch to a non-root user.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 6.0,
        messages: {
            explicitRoot: 'The image runs as `{{user}}`: end with `USER <non-root user or UID>` (e.g. `USER 10001`).',
            implicitRoot: 'The image runs as root because no USER is set in the final stage: add `USER <non-root user or UID>` (e.g. `USER 10001`).',
        },
        equivalents: { hadolint: ['DL3002'], checkov: ['CKV_DOCKER_3', 'CKV_DOCKER_8'], trivy: ['DS002'] },
        defaultOptions: { nonRootImages: [] },
        optionsSchema: {
            type: 'object',
            properties: { nonRootImages: { type: 'array', items: { type: 'string' }, description: 'Image prefixes known to run as non-root.' } },
            additionalProperties: false,
        },
    },
    create(context) {
        return {
            exit(model) {
                const final = finalStage(model);
                if (!final)
                    return;
                // The USER in effect follows the chain of stages the final one builds FROM.
                const user = lastInEffect(final, 'USER');
                if (user) {
                    // `USER ${APP_UID}`: whatever it resolves to was chosen on purpose.
                    if (isRoot(user.args) && !user.args.includes('$')) {
                        context.report({ at: { span: user.argsSpan, path: user.path }, messageId: 'explicitRoot', data: { user: user.args.trim() } });
                    }
                    return;
                }
                let root = final;
                while (root.image.stage)
                    root = root.image.stage;
                if (root.image.unresolved || startsNonRoot(root.image, context.options.nonRootImages))
                    return;
                context.report({ at: keywordAt(final.from), messageId: 'implicitRoot' });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/no-secret-in-env.ts





/* harmony default export */ const no_secret_in_env = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-secret-in-env',
        domain: 'dockerfile',
        description: 'Credentials must not be set in ENV, ARG or LABEL: they are readable in the image config and history.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 8.0,
        messages: {
            env: '`{{keyword}} {{name}}` sets a credential that anyone with the image can read (`docker inspect`): pass it at run time, or mount it with `RUN --mount=type=secret`.',
            envFromArg: '`ENV {{name}}=${{arg}}` copies a build argument into the image config, where anyone with the image can read it: use `RUN --mount=type=secret` for build-time secrets.',
            argDefault: '`ARG {{name}}` has a default credential, written into the Dockerfile and the image history: remove the default and use `RUN --mount=type=secret`.',
            argUsed: 'Build argument `{{name}}` is used by the RUN on line {{line}}, which records its value in the image history: use `RUN --mount=type=secret,id={{id}}` instead.',
        },
        equivalents: { trivy: ['DS031'] },
    },
    create(context) {
        const { model } = context;
        /** Outside the shipped image a leak is limited to build caches and logs. */
        const severityFor = (instruction) => (isShipped(model, instruction.stage) ? undefined : 'warning');
        const nameAt = (instruction, name) => textOf(model, instruction).word(name);
        return {
            ENV(instruction) {
                for (const [name, value] of envPairs(instruction.args)) {
                    // A value that is a known token format is docker/no-hardcoded-token's to report.
                    if (!isSecretName(name) || isHarmlessValue(value) || looksLikeToken(value))
                        continue;
                    const arg = referencedVariable(value);
                    // `ENV X=$X` with no build argument X copies an earlier ENV (reported there) or nothing.
                    if (arg && !declaresArg(instruction, arg))
                        continue;
                    const messageId = arg ? 'envFromArg' : 'env';
                    context.report({ at: nameAt(instruction, name), messageId, data: { keyword: 'ENV', name, arg: arg ?? '' }, severity: severityFor(instruction) });
                }
            },
            LABEL(instruction) {
                for (const [name, value] of (0,parse/* argPairs */.YB)(instruction.args)) {
                    if (!isSecretName(name) || value === undefined || isHarmlessValue(value) || looksLikeToken(value))
                        continue;
                    context.report({ at: nameAt(instruction, name), messageId: 'env', data: { keyword: 'LABEL', name }, severity: severityFor(instruction) });
                }
            },
            ARG(instruction) {
                for (const [name, value] of (0,parse/* argPairs */.YB)(instruction.args)) {
                    if (!isSecretName(name))
                        continue;
                    if (value !== undefined && !isHarmlessValue(value) && !looksLikeToken(value) && !referencedVariable(value)) {
                        context.report({ at: nameAt(instruction, name), messageId: 'argDefault', data: { name }, severity: severityFor(instruction) });
                        continue;
                    }
                    const user = firstLeakingRun(instruction, name);
                    if (user) {
                        const data = { name, line: user.span.line, id: name.toLowerCase() };
                        context.report({ at: nameAt(instruction, name), messageId: 'argUsed', data, severity: severityFor(instruction) });
                    }
                }
            },
        };
    },
}));
/** True when a build argument of that name is declared before the instruction, in its stage or one it builds FROM. */
function declaresArg(instruction, name) {
    const before = instruction.stage ? inheritedInstructions(instruction.stage) : [];
    return before
        .slice(0, before.indexOf(instruction))
        .some((each) => each.keyword === 'ARG' && (0,parse/* argPairs */.YB)(each.args).some(([declared]) => declared === name));
}
/**
 * The first later RUN of the same stage that expands the argument without a secret mount. An ARG that only names
 * what a `RUN --mount=type=secret` step reads leaks nothing.
 */
function firstLeakingRun(arg, name) {
    const stage = arg.stage;
    if (!stage)
        return undefined;
    const reference = new RegExp(`\\$(?:${name}\\b|\\{${name}[}:])`);
    return stage.instructions
        .slice(stage.instructions.indexOf(arg) + 1)
        .find((instruction) => instruction.keyword === 'RUN' && reference.test(instruction.args) && !hasSecretMount(instruction));
}

;// CONCATENATED MODULE: ./src/rules/dockerfile/support/ports.ts
function readPort(raw) {
    const [ports = '', protocol] = raw.split('/');
    if (raw.includes('$'))
        return { raw, from: NaN, to: NaN, protocol, dynamic: true };
    const range = /^(\d+)(?:-(\d+))?$/.exec(ports);
    const from = range ? Number(range[1]) : NaN;
    const to = range?.[2] !== undefined ? Number(range[2]) : from;
    return { raw, from, to, protocol: protocol?.toLowerCase(), dynamic: false };
}
function exposedItems(args) {
    return args.split(/\s+/).filter(Boolean);
}

;// CONCATENATED MODULE: ./src/rules/dockerfile/no-ssh-port.ts




/* harmony default export */ const no_ssh_port = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-ssh-port',
        domain: 'dockerfile',
        description: 'The shipped image must not expose the SSH port 22.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 5.3,
        messages: {
            ssh: 'Port 22 means an SSH daemon in the container: use `docker exec` / `kubectl exec` for access instead.',
        },
        equivalents: { checkov: ['CKV_DOCKER_1'], trivy: ['DS004'] },
    },
    create(context) {
        return {
            EXPOSE(instruction) {
                if (!isShipped(context.model, instruction.stage))
                    return;
                for (const item of exposedItems(instruction.args)) {
                    const port = readPort(item);
                    if (port.dynamic || !(port.from <= 22 && 22 <= port.to) || (port.protocol && port.protocol !== 'tcp'))
                        continue;
                    context.report({ at: textOf(context.model, instruction).word(item), messageId: 'ssh' });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/no-sudo.ts


/* harmony default export */ const no_sudo = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-sudo',
        domain: 'dockerfile',
        description: 'RUN commands must not use `sudo`; switch users with `USER` instead.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 4.0,
        messages: {
            sudo: '`sudo` in a build needs sudo installed and a sudoers entry that outlives the build: run the step before `USER`, or switch with `USER root`.',
        },
        equivalents: { hadolint: ['DL3004'], checkov: ['CKV2_DOCKER_1'], trivy: ['DS010'] },
    },
    create(context) {
        return {
            RUN(instruction) {
                const text = textOf(context.model, instruction);
                for (const command of instruction.commands) {
                    const index = command.words.findIndex((word) => word === 'sudo' || word.endsWith('/sudo'));
                    if (index === -1 || !(command.wrappers.includes('sudo') || command.name === 'sudo'))
                        continue;
                    const offset = text.wordOffsets(command)[index] ?? -1;
                    context.report({ at: text.at(offset, command.words[index].length), messageId: 'sudo' });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/no-update-alone.ts



/** The index refresh of each manager, which is only useful in the RUN that also installs. */
const REFRESH = {
    'apt-get': new Set(['update']),
    apt: new Set(['update']),
    apk: new Set(['update']),
    yum: new Set(['makecache']),
    dnf: new Set(['makecache']),
    zypper: new Set(['refresh', 'ref']),
};
/* harmony default export */ const no_update_alone = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-update-alone',
        domain: 'dockerfile',
        description: 'A package index refresh (`apt-get update`) must share its RUN with the install that needs it.',
        category: 'correctness',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            alone: '`{{manager}} {{action}}` alone in a RUN is cached as its own layer, so later installs can use a stale index: join it to the install with `&&`.',
        },
        equivalents: { checkov: ['CKV_DOCKER_5'], trivy: ['DS017'] },
    },
    create(context) {
        return {
            RUN(instruction) {
                const commands = packageCommands(instruction.commands);
                for (const command of commands) {
                    if (!REFRESH[command.manager]?.has(command.action))
                        continue;
                    const family = command.manager === 'apt' ? 'apt-get' : command.manager;
                    const usesIt = commands.some((other) => other !== command && (other.manager === 'apt' ? 'apt-get' : other.manager) === family && !REFRESH[other.manager]?.has(other.action));
                    if (usesIt)
                        continue;
                    const at = textOf(context.model, instruction).arg(command.command, actionArgIndex(command));
                    context.report({ at, messageId: 'alone', data: { manager: command.manager, action: command.action } });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/no-verification-bypass.ts




/** Options that switch off TLS certificate or package signature checks, per program. */
function bypassIn(command) {
    const { name, args } = command;
    const find = (test, what) => {
        const argIndex = args.findIndex(test);
        return argIndex === -1 ? undefined : { argIndex, what };
    };
    switch (name) {
        case 'curl':
            return find((arg) => arg === '--insecure' || /^-[A-Za-z]*k[A-Za-z]*$/.test(arg), 'curl --insecure skips TLS certificate checks');
        case 'wget':
            return find((arg) => arg === '--no-check-certificate', 'wget --no-check-certificate skips TLS certificate checks');
        case 'apk':
            return find((arg) => arg === '--allow-untrusted', 'apk --allow-untrusted installs unsigned packages');
        case 'apt-get':
        case 'apt':
            return find((arg) => /^--allow-(?:unauthenticated|insecure-repositories)$/.test(arg) || /AllowUnauthenticated|Verify-Peer=false|Verify-Host=false/i.test(arg), `${name} accepts unsigned or unverified packages`);
        case 'yum':
        case 'dnf':
        case 'microdnf':
        case 'rpm':
            return find((arg) => arg === '--nogpgcheck' || arg === '--nosignature' || /^--setopt=sslverify=(?:0|false)/i.test(arg), `${name} skips package signature checks`);
        case 'git':
            return find((arg, i) => /^http\.sslVerify=(?:false|0)$/i.test(arg) || (arg === 'http.sslVerify' && /^(?:false|0)$/i.test(args[i + 1] ?? '')), 'git skips TLS certificate checks');
        case 'npm':
        case 'yarn':
        case 'pnpm':
            return find((arg, i) => (arg === 'strict-ssl' && /^(?:false|0)$/i.test(args[i + 1] ?? '')) || /^--strict-ssl=false$/.test(arg), `${name} skips TLS certificate checks`);
    }
    if (/^pip\d*(?:\.\d+)*$/.test(name) || (/^python/.test(name) && args.includes('pip'))) {
        return find((arg) => arg === '--trusted-host' || arg.startsWith('--trusted-host=') || arg === 'global.trusted-host', 'pip --trusted-host skips TLS certificate checks');
    }
    return undefined;
}
/** Environment variables that switch off TLS verification for a whole toolchain. */
const INSECURE_ENV = {
    PYTHONHTTPSVERIFY: /^0$/,
    NODE_TLS_REJECT_UNAUTHORIZED: /^0$/,
    GIT_SSL_NO_VERIFY: /^(?:1|true|yes)$/i,
    NPM_CONFIG_STRICT_SSL: /^(?:false|0)$/i,
    PIP_TRUSTED_HOST: /./,
};
/* harmony default export */ const no_verification_bypass = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-verification-bypass',
        domain: 'dockerfile',
        description: 'Downloads and package installs must keep TLS certificate and signature checks on.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 7.5,
        messages: {
            command: '{{what}}: anyone on the network path can swap what gets installed. Trust the right CA (COPY it into the CA store) instead.',
            env: '`{{name}}={{value}}` turns off TLS certificate checks for every later download, and at run time too: trust the right CA instead.',
        },
        equivalents: { checkov: ['CKV2_DOCKER_2', 'CKV2_DOCKER_3', 'CKV2_DOCKER_4', 'CKV2_DOCKER_5', 'CKV2_DOCKER_6', 'CKV2_DOCKER_7', 'CKV2_DOCKER_8'] },
    },
    create(context) {
        const env = (instruction, pairs) => {
            for (const [name, value] of pairs) {
                const insecure = INSECURE_ENV[name];
                if (!insecure || value === undefined || !insecure.test(value))
                    continue;
                context.report({ at: textOf(context.model, instruction).word(name), messageId: 'env', data: { name, value } });
            }
        };
        return {
            ENV: (instruction) => env(instruction, envPairs(instruction.args)),
            ARG: (instruction) => env(instruction, (0,parse/* argPairs */.YB)(instruction.args)),
            RUN(instruction) {
                for (const command of instruction.commands) {
                    const bypass = bypassIn(command);
                    if (!bypass)
                        continue;
                    const at = textOf(context.model, instruction).arg(command, bypass.argIndex);
                    context.report({ at, messageId: 'command', data: { what: bypass.what } });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/no-wget-and-curl.ts


/* harmony default export */ const no_wget_and_curl = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-wget-and-curl',
        domain: 'dockerfile',
        description: 'A stage should download with either curl or wget, not both.',
        category: 'style',
        defaultSeverity: 'note',
        recommended: false,
        messages: {
            both: '`{{tool}}` is used here but this stage already uses `{{other}}` (line {{line}}): pick one and drop the other package.',
        },
        equivalents: { hadolint: ['DL4001'], trivy: ['DS014'] },
    },
    create(context) {
        const firstUse = new Map();
        return {
            RUN(instruction) {
                const stage = instruction.stage;
                if (!stage)
                    return;
                for (const command of instruction.commands) {
                    if (command.name !== 'curl' && command.name !== 'wget')
                        continue;
                    const first = firstUse.get(stage);
                    if (!first) {
                        firstUse.set(stage, { tool: command.name, line: instruction.span.line });
                    }
                    else if (first.tool !== command.name) {
                        const at = textOf(context.model, instruction).command(command);
                        context.report({ at, messageId: 'both', data: { tool: command.name, other: first.tool, line: first.line } });
                        return;
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/npm-ci.ts







const LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json'];
/* harmony default export */ const npm_ci = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/npm-ci',
        domain: 'dockerfile',
        description: 'With a lockfile in the image, install with `npm ci`, not `npm install`.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            ci: '`npm install` may resolve other versions than the lockfile copied on line {{line}}: use `npm ci`.',
        },
    },
    create(context) {
        const dir = external_node_path_.posix.dirname(context.file.path);
        // Asked only when a COPY could bring a lockfile along: most Dockerfiles never need the file system.
        let lockfileInContext;
        const hasLockfileInContext = () => (lockfileInContext ??= LOCKFILES.some((name) => context.fileExists(external_node_path_.posix.join(dir, name))));
        /** Line of the COPY that brings a lockfile into each stage. */
        const lockfileCopied = new Map();
        return {
            COPY(instruction) {
                if (instruction.flags.some((flag) => flag.name === 'from'))
                    return;
                const copies = copySources(instruction).some((source) => LOCKFILES.includes(external_node_path_.posix.basename(source)) ||
                    // `package*.json`, `.` or `./`: the lockfile comes along when the repository has one.
                    ((/^package\*\.json$/.test(external_node_path_.posix.basename(source)) || /^\.\/?$/.test(source)) && hasLockfileInContext()));
                if (copies && instruction.stage && !lockfileCopied.has(instruction.stage))
                    lockfileCopied.set(instruction.stage, instruction.span.line);
            },
            RUN(instruction) {
                // A lockfile copied into a stage this one builds FROM is here as well.
                if (!instruction.stage)
                    return;
                const line = baseChain(instruction.stage)
                    .map((stage) => lockfileCopied.get(stage))
                    .find((each) => each !== undefined);
                if (line === undefined)
                    return;
                for (const command of packageCommands(instruction.commands)) {
                    // `npm install <pkg>` adds a package on purpose; only the whole-tree install has a `ci` equivalent.
                    if (command.manager !== 'npm' || !['install', 'i'].includes(command.action) || command.packages.length > 0)
                        continue;
                    const at = textOf(context.model, instruction).arg(command.command, actionArgIndex(command));
                    // Unsafe: `npm ci` fails where the lockfile is out of date, which `npm install` papered over.
                    context.report({ at, messageId: 'ci', data: { line }, fix: replaceWith(context.file, at, 'ci', 'use npm ci', false) });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/overridden-instruction.ts


/** Instructions of which only the last one in a stage takes effect. */
const LAST_WINS = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'];
/* harmony default export */ const overridden_instruction = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/overridden-instruction',
        domain: 'dockerfile',
        description: 'Only the last CMD, ENTRYPOINT and HEALTHCHECK of a stage take effect; earlier ones are dead code.',
        category: 'correctness',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            overridden: 'This {{keyword}} is overridden by the one on line {{line}}: only the last {{keyword}} of a stage takes effect.',
        },
        equivalents: { hadolint: ['DL4003', 'DL4004', 'DL3012'], trivy: ['DS007', 'DS016', 'DS023'] },
    },
    create(context) {
        return {
            stage(stage) {
                for (const keyword of LAST_WINS) {
                    const all = stage.instructions.filter((instruction) => instruction.keyword === keyword);
                    const last = all[all.length - 1];
                    for (const instruction of all.slice(0, -1)) {
                        context.report({ at: keywordAt(instruction), messageId: 'overridden', data: { keyword, line: last.span.line } });
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/pin-base-image-digest.ts


/* harmony default export */ const pin_base_image_digest = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/pin-base-image-digest',
        domain: 'dockerfile',
        description: 'Base images should be pinned by digest (`image:tag@sha256:…`), so a re-pushed tag cannot change the build.',
        category: 'security',
        defaultSeverity: 'note',
        // Opt-in: digests need a bot (Renovate, Dependabot) to stay current, or they freeze security fixes out.
        recommended: false,
        securitySeverity: 3.0,
        messages: {
            digest: 'Base image "{{image}}" is not pinned by digest: write `{{image}}@sha256:…` and let a bot update it.',
        },
    },
    create(context) {
        return {
            stage(stage) {
                const { image } = stage;
                if (image.isScratch || image.stage || image.unresolved || image.digest)
                    return;
                const at = textOf(context.model, stage.from).word(image.raw);
                context.report({ at, messageId: 'digest', data: { image: image.resolved } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/support/pinning.ts
/** True for operands that are files, URLs or directories rather than names from a registry. */
function isLocalOrUrl(spec) {
    return /^(?:\.|\/|~|\$|[a-z+]+:\/\/|git\+|git@|file:)/i.test(spec) || /\.(?:deb|rpm|apk|whl|tar\.gz|tgz|zip|gem)$/i.test(spec);
}
/** Whether one package operand names an exact (or bounded) version, by each manager's syntax. */
function isPinned(command, spec) {
    switch (command.manager) {
        case 'apt-get':
        case 'apt':
            return /^[^=]+=.+/.test(spec);
        case 'apk':
            return /^[^=~<>]+[=~<>]/.test(spec);
        case 'pip':
            return /(?:==|~=|>=|<=|!=|===|<|>)/.test(spec) || /@\s*\S/.test(spec);
        case 'npm':
        case 'yarn':
        case 'pnpm':
            // `@scope/name@1.2.3` or `name@1.2.3`; a bare `@scope/name` is not pinned.
            return /^(?:@[^/]+\/)?[^@]+@.+$/.test(spec);
        case 'gem':
            return /:\S+/.test(spec) || command.options.some((option) => option === '-v' || option.startsWith('--version'));
        case 'yum':
        case 'dnf':
        case 'microdnf':
            // `name-1.2.3`, `name-1.2.3-4.el9`: a dash followed by a digit.
            return /-\d/.test(spec) || spec.startsWith('@');
        case 'zypper':
            return /[=<>]/.test(spec) || /-\d/.test(spec);
    }
}

;// CONCATENATED MODULE: ./src/rules/dockerfile/pin-package-versions.ts




const ALL_MANAGERS = ['apt-get', 'apt', 'apk', 'yum', 'dnf', 'microdnf', 'zypper', 'pip', 'npm', 'yarn', 'pnpm', 'gem'];
/* harmony default export */ const pin_package_versions = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/pin-package-versions',
        domain: 'dockerfile',
        description: 'Packages installed by name should carry a version (`curl=8.5.0-2`, `flask==3.0.2`, `left-pad@1.3.0`).',
        category: 'best-practice',
        defaultSeverity: 'note',
        // Opt-in: pins in distribution packages break as soon as the mirror drops the old version.
        recommended: false,
        messages: {
            unpinned: '{{manager}} package "{{name}}" has no version: pin it (e.g. `{{example}}`) for reproducible builds.',
        },
        equivalents: { hadolint: ['DL3008', 'DL3013', 'DL3016', 'DL3018', 'DL3028', 'DL3033', 'DL3037', 'DL3041'] },
        defaultOptions: { managers: ALL_MANAGERS },
        optionsSchema: {
            type: 'object',
            properties: { managers: { type: 'array', items: { enum: ALL_MANAGERS } } },
            additionalProperties: false,
        },
    },
    create(context) {
        const managers = new Set(context.options.managers);
        return {
            RUN(instruction) {
                for (const command of packageCommands(instruction.commands)) {
                    if (!managers.has(command.manager) || !isInstall(command))
                        continue;
                    // A constraints file pins pip packages named on the command line.
                    if (command.manager === 'pip' && hasOption(command, 'constraint', 'c'))
                        continue;
                    for (const operand of command.packages) {
                        if (isLocalOrUrl(operand.value) || isPinned(command, operand.value))
                            continue;
                        const at = textOf(context.model, instruction).arg(command.command, operand.argIndex);
                        context.report({ at, messageId: 'unpinned', data: { manager: command.manager, name: operand.value, example: example(command.manager, operand.value) } });
                    }
                }
            },
        };
    },
}));
function example(manager, name) {
    switch (manager) {
        case 'pip':
            return `${name}==1.2.3`;
        case 'npm':
        case 'yarn':
        case 'pnpm':
            return `${name}@1.2.3`;
        case 'gem':
            return `${name}:1.2.3`;
        case 'yum':
        case 'dnf':
        case 'microdnf':
            return `${name}-1.2.3`;
        default:
            return `${name}=1.2.3`;
    }
}

;// CONCATENATED MODULE: ./src/rules/dockerfile/pip-no-cache-dir.ts





/* harmony default export */ const pip_no_cache_dir = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/pip-no-cache-dir',
        domain: 'dockerfile',
        description: '`pip install` in the shipped image should pass `--no-cache-dir`.',
        category: 'performance',
        defaultSeverity: 'note',
        recommended: true,
        messages: {
            cache: '`pip install` keeps its download cache in the layer: add `--no-cache-dir` (or mount a cache on /root/.cache/pip).',
        },
        equivalents: { hadolint: ['DL3042'] },
    },
    create(context) {
        return {
            RUN(instruction) {
                const stage = instruction.stage;
                if (!stage || !isShipped(context.model, stage))
                    return;
                if (mountsOver(instruction, '/root/.cache/pip'))
                    return;
                if (envValue(stage, 'PIP_NO_CACHE_DIR') !== undefined)
                    return;
                for (const command of packageCommands(instruction.commands)) {
                    if (command.manager !== 'pip' || command.action !== 'install' || hasOption(command, 'no-cache-dir'))
                        continue;
                    const at = textOf(context.model, instruction).arg(command.command, actionArgIndex(command));
                    context.report({ at, messageId: 'cache', fix: insertAfter(context.file, at, ' --no-cache-dir', 'add --no-cache-dir') });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/pipefail.ts



/**
 * Shells that know `set -o pipefail`. The default `/bin/sh` is dash on Debian and Ubuntu, which does not, so it is
 * only checked on Alpine and BusyBox images, where it is ash.
 */
const PIPEFAIL_SHELLS = /^(?:.*\/)?(?:bash|zsh|ksh|mksh|ash)$/;
/** Left sides of a pipe that cannot fail in a way worth stopping the build for. */
const HARMLESS = new Set(['echo', 'printf', 'yes', 'true', 'cat']);
/** The shell a RUN runs in: a heredoc's shebang, an exec-form shell, or the SHELL in effect. */
function shellOf(instruction) {
    const shebang = /^#!\s*(\S+)(?:\s+(.*))?/.exec(instruction.heredocs[0]?.content ?? '');
    if (shebang) {
        const [program, rest] = [shebang[1], shebang[2] ?? ''];
        return program.endsWith('/env') ? rest.split(/\s+/) : [program, ...rest.split(/\s+/).filter(Boolean)];
    }
    if (instruction.json)
        return instruction.json.slice(0, instruction.json.indexOf('-c') + 1 || 1);
    const stage = instruction.stage;
    if (!stage)
        return undefined;
    const before = inheritedInstructions(stage);
    const shell = before
        .slice(0, before.indexOf(instruction))
        .filter((each) => each.keyword === 'SHELL' && each.json)
        .pop()?.json;
    if (shell)
        return shell;
    // Alpine and BusyBox images run RUN under BusyBox ash, which has pipefail.
    const root = baseChain(stage).pop().image;
    const alpine = /(?:^|\/)(?:alpine|busybox)$/.test(root.repository) || /(?:^|-)alpine/.test(root.tag ?? '');
    return alpine && !root.unresolved ? ['/bin/ash'] : undefined;
}
function setsPipefail(command) {
    if (command.name !== 'set')
        return false;
    return command.args.some((arg, i) => (arg === 'pipefail' && /^-[a-z]*o$/.test(command.args[i - 1] ?? '')) || arg === '-opipefail');
}
/* harmony default export */ const pipefail = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/pipefail',
        domain: 'dockerfile',
        description: 'Pipes in RUN under bash-like shells need `set -o pipefail`, or a failing left side goes unnoticed.',
        category: 'correctness',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            pipefail: '`{{command}} | …` under {{shell}} ignores a failure of `{{command}}`: use `SHELL ["{{program}}", "-o", "pipefail", "-c"]` or start the script with `set -o pipefail`.',
        },
        equivalents: { hadolint: ['DL4006'], trivy: ['DS032'] },
    },
    create(context) {
        return {
            RUN(instruction) {
                const shell = shellOf(instruction);
                if (!shell || !PIPEFAIL_SHELLS.test(shell[0]))
                    return;
                if (shell.some((word, i) => word === 'pipefail' && shell[i - 1] === '-o'))
                    return;
                const text = textOf(context.model, instruction);
                for (const command of instruction.commands) {
                    if (setsPipefail(command))
                        return;
                    if (command.next !== '|' || HARMLESS.has(command.name))
                        continue;
                    const offsets = text.wordOffsets(command);
                    const last = offsets.length - 1;
                    const end = offsets[last] >= 0 ? offsets[last] + command.words[last].length : -1;
                    const pipe = end >= 0 ? text.findPattern(/\|(?!\|)/, end) : undefined;
                    const at = pipe ? text.at(pipe.offset, 1) : text.command(command);
                    const shellName = shell[0].slice(shell[0].lastIndexOf('/') + 1);
                    const program = shell[0].includes('/') ? shell[0] : `/bin/${shell[0]}`;
                    context.report({ at, messageId: 'pipefail', data: { command: command.name, shell: shellName, program } });
                    return;
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/prefer-copy.ts





/* harmony default export */ const prefer_copy = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/prefer-copy',
        domain: 'dockerfile',
        description: 'Use COPY, not ADD, for local files and folders.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            copy: 'ADD of local files: use COPY, which does only that (ADD also unpacks archives and fetches URLs).',
        },
        equivalents: { hadolint: ['DL3020'], checkov: ['CKV_DOCKER_4'], trivy: ['DS005'] },
    },
    create(context) {
        return {
            ADD(instruction) {
                const sources = copySources(instruction);
                if (sources.length === 0 || instruction.heredocs.length > 0)
                    return;
                // Variables may expand to a URL or archive; ADD is the only way to do either.
                if (sources.some((source) => isRemoteSource(source) || isLocalArchive(source) || source.includes('$')))
                    return;
                const at = keywordAt(instruction);
                context.report({ at, messageId: 'copy', fix: replaceWith(context.file, at, 'COPY', 'use COPY') });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/rpm-assume-yes.ts



const YUM_PROMPTING = new Set(['install', 'groupinstall', 'localinstall', 'update', 'upgrade', 'remove', 'erase', 'reinstall', 'downgrade']);
const ZYPPER_PROMPTING = new Set(['install', 'in', 'remove', 'rm', 'update', 'up', 'patch', 'dist-upgrade', 'dup']);
/** True when the command would stop at a confirmation prompt. (`microdnf` never asks.) */
function prompts(command) {
    if (command.manager === 'yum' || command.manager === 'dnf') {
        return YUM_PROMPTING.has(command.action) && !hasOption(command, 'assumeyes', 'y');
    }
    if (command.manager === 'zypper') {
        // `zypper -n install` (global) or `zypper install -y` both answer for us.
        return ZYPPER_PROMPTING.has(command.action) && !hasOption(command, 'non-interactive', 'n') && !hasOption(command, 'no-confirm', 'y');
    }
    return false;
}
/* harmony default export */ const rpm_assume_yes = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/rpm-assume-yes',
        domain: 'dockerfile',
        description: '`yum`, `dnf` and `zypper` commands that change packages must not wait for a confirmation.',
        category: 'correctness',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            missingYes: '`{{manager}} {{action}}` asks for a confirmation the build cannot give: add `{{flag}}`.',
        },
        equivalents: { hadolint: ['DL3030', 'DL3034', 'DL3038'] },
    },
    create(context) {
        return {
            RUN(instruction) {
                for (const command of packageCommands(instruction.commands)) {
                    if (!prompts(command))
                        continue;
                    const at = textOf(context.model, instruction).arg(command.command, actionArgIndex(command));
                    const flag = command.manager === 'zypper' ? '-n' : '-y';
                    context.report({ at, messageId: 'missingYes', data: { manager: command.manager, action: command.action, flag } });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/rpm-cache-cleanup.ts




const CACHE_DIRS = {
    yum: '/var/cache/yum',
    dnf: '/var/cache/dnf',
    microdnf: '/var/cache/yum',
    zypper: '/var/cache/zypp',
};
const CLEAN_HINT = {
    yum: 'yum clean all',
    dnf: 'dnf clean all',
    microdnf: 'microdnf clean all',
    zypper: 'zypper clean --all',
};
function cleans(manager, commands) {
    const cacheDir = CACHE_DIRS[manager];
    return commands.some((command) => (command.name === manager && (command.args.includes('clean') || (manager === 'zypper' && command.args.includes('cc')))) ||
        (command.name === 'rm' && command.args.some((arg) => arg.startsWith(cacheDir) || arg.startsWith('/var/cache/dnf'))));
}
/* harmony default export */ const rpm_cache_cleanup = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/rpm-cache-cleanup',
        domain: 'dockerfile',
        description: '`yum`/`dnf`/`zypper install` in the shipped image must clean the package cache in the same RUN.',
        category: 'performance',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            clean: 'The `{{manager}}` cache stays in this layer: end the RUN with `{{hint}}`.',
        },
        equivalents: { hadolint: ['DL3032', 'DL3036', 'DL3040'], trivy: ['DS015', 'DS019', 'DS020', 'DS027'] },
    },
    create(context) {
        return {
            RUN(instruction) {
                if (!isShipped(context.model, instruction.stage))
                    return;
                const reported = new Set();
                for (const command of packageCommands(instruction.commands)) {
                    const cacheDir = CACHE_DIRS[command.manager];
                    if (!cacheDir || !isInstall(command) || reported.has(command.manager))
                        continue;
                    if (mountsOver(instruction, cacheDir) || cleans(command.manager, instruction.commands))
                        continue;
                    reported.add(command.manager);
                    const at = textOf(context.model, instruction).arg(command.command, actionArgIndex(command));
                    context.report({ at, messageId: 'clean', data: { manager: command.manager, hint: CLEAN_HINT[command.manager] } });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/syntax.ts

/** Reported by the engine when a Dockerfile cannot be parsed; no other Dockerfile rule runs on that file. */
/* harmony default export */ const syntax = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/syntax',
        domain: 'dockerfile',
        description: 'The Dockerfile cannot be built as written (unknown instruction, missing FROM, …).',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: { syntax: 'Dockerfile syntax: {{message}}' },
    },
    create: () => ({}),
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/trusted-registry.ts



/** Used until `settings.trustedRegistries` is set: the big public registries, so opting in works out of the box. */
const PUBLIC_REGISTRIES = [
    'docker.io', 'ghcr.io', 'quay.io', 'gcr.io', '*.gcr.io', '*.pkg.dev', 'registry.k8s.io', 'mcr.microsoft.com',
    'public.ecr.aws', 'cgr.dev', 'registry.access.redhat.com', 'registry.redhat.io', 'registry.gitlab.com',
];
/** Compiled trusted-registry patterns, by entry (settings rarely change; a dozen rules' worth of files share them). */
const PATTERNS = new Map();
/** `docker.io`, `ghcr.io/acme`, `*.dkr.ecr.eu-west-1.amazonaws.com`: a registry, optionally with a path prefix. */
function matches(reference, trusted) {
    let pattern = PATTERNS.get(trusted);
    if (!pattern) {
        pattern = new RegExp(`^${trusted.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}(?:/|$)`);
        PATTERNS.set(trusted, pattern);
    }
    return pattern.test(reference);
}
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.docker.com', 'registry.hub.docker.com']);
/** Full reference with the implicit Docker Hub registry and `library/` namespace spelled out. */
function fullName(image) {
    const registry = image.registry && DOCKER_HUB_ALIASES.has(image.registry) ? undefined : image.registry;
    if (registry)
        return `${registry}/${image.repository}`;
    return `docker.io/${image.repository.includes('/') ? image.repository : `library/${image.repository}`}`;
}
/* harmony default export */ const trusted_registry = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/trusted-registry',
        domain: 'dockerfile',
        description: 'Images must come from trusted registries: `settings.trustedRegistries`, or well-known public ones until that is set.',
        category: 'security',
        defaultSeverity: 'error',
        // Opt-in: which registries to trust is a policy only the repository owner can set.
        recommended: false,
        securitySeverity: 6.5,
        messages: {
            untrusted: 'Image "{{image}}" comes from {{registry}}, which is not a trusted registry ({{trusted}}).',
        },
    },
    create(context) {
        const configured = context.settings.trustedRegistries ?? [];
        const trusted = configured.length > 0 ? configured : PUBLIC_REGISTRIES;
        const check = (reference, at) => {
            const image = (0,parse/* splitImage */.s5)(reference);
            const name = fullName(image);
            if (trusted.some((entry) => matches(name, entry)))
                return;
            const list = configured.length > 0 ? `settings.trustedRegistries: ${configured.join(', ')}` : 'set settings.trustedRegistries to allow it';
            context.report({ at, messageId: 'untrusted', data: { image: reference, registry: name.split('/')[0], trusted: list } });
        };
        return {
            stage(stage) {
                if (stage.image.isScratch || stage.image.stage || stage.image.unresolved)
                    return;
                check(stage.image.resolved, textOf(context.model, stage.from).word(stage.image.raw));
            },
            COPY(instruction) {
                const ref = instruction.flags.find((flag) => flag.name === 'from')?.value;
                if (!ref || ref.includes('$') || !/[/:@.]/.test(ref) || context.model.findStage(ref))
                    return;
                check(ref, flagAt(instruction, 'from'));
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/undeclared-arg-in-from.ts


/** Arguments BuildKit defines for FROM lines without a declaration. */
const AUTOMATIC = new Set(['BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT', 'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'TARGETSTAGE', 'BUILDKIT_SYNTAX']);
/* harmony default export */ const undeclared_arg_in_from = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/undeclared-arg-in-from',
        domain: 'dockerfile',
        description: 'A FROM line may only use build arguments declared with ARG before the first FROM.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            undeclared: '`${{name}}` is not declared before the first FROM, so it expands to an empty string here: add `ARG {{name}}=<default>` at the top of the file.',
        },
    },
    create(context) {
        return {
            stage(stage) {
                const { from } = stage;
                const text = textOf(context.model, from);
                // Both the image and `--platform=` are expanded with the global ARGs.
                const expanded = [from.args.split(/\s+/)[0] ?? '', ...from.flags.map((flag) => flag.value ?? '')].join(' ');
                for (const match of expanded.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) {
                    const name = match[1];
                    if (context.model.globalArgs.has(name) || AUTOMATIC.has(name))
                        continue;
                    const found = text.findPattern(variableReference(name), text.start);
                    context.report({ at: text.at(found?.offset ?? -1, found?.length ?? 0), messageId: 'undeclared', data: { name } });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/unique-stage-names.ts


/* harmony default export */ const unique_stage_names = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/unique-stage-names',
        domain: 'dockerfile',
        description: 'Stage names (`FROM … AS name`) must be unique.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            duplicate: 'Stage name "{{name}}" is already used on line {{line}}: `--from={{name}}` and `--target {{name}}` become ambiguous.',
        },
        equivalents: { hadolint: ['DL3024'], checkov: ['CKV_DOCKER_11'], trivy: ['DS012'] },
    },
    create(context) {
        const seen = new Map();
        return {
            stage(stage) {
                if (!stage.name)
                    return;
                const first = seen.get(stage.name);
                if (!first) {
                    seen.set(stage.name, stage);
                    return;
                }
                const text = textOf(context.model, stage.from);
                const as = text.findPattern(/\s[Aa][Ss]\s+/);
                const at = text.at(as ? text.findWord(stage.from.args.split(/\s+/).pop(), as.offset) : -1, stage.name.length);
                context.report({ at, messageId: 'duplicate', data: { name: stage.name, line: first.span.line } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/use-apt-get.ts



const SAME_IN_APT_GET = new Set(['install', 'update', 'upgrade', 'remove', 'purge', 'autoremove', 'dist-upgrade']);
/* harmony default export */ const use_apt_get = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/use-apt-get',
        domain: 'dockerfile',
        description: 'Scripts should call `apt-get`, not `apt`, whose command line is meant for people and may change.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            apt: '`apt` warns that its interface is unstable in scripts: use `apt-get {{action}}` (or `apt-cache`).',
        },
        equivalents: { hadolint: ['DL3027'], checkov: ['CKV_DOCKER_9'] },
    },
    create(context) {
        return {
            RUN(instruction) {
                for (const command of instruction.commands) {
                    if (command.name !== 'apt')
                        continue;
                    const action = command.args.find((arg) => !arg.startsWith('-')) ?? 'install';
                    const at = textOf(context.model, instruction).command(command);
                    // Only actions apt-get has under the same name can be renamed in place.
                    const fix = SAME_IN_APT_GET.has(action) ? replaceWith(context.file, at, 'apt-get', 'use apt-get') : undefined;
                    context.report({ at, messageId: 'apt', data: { action }, ...(fix ? { fix } : {}) });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/use-shell-instruction.ts


/* harmony default export */ const use_shell_instruction = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/use-shell-instruction',
        domain: 'dockerfile',
        description: 'Change the shell RUN uses with `SHELL`, not by replacing `/bin/sh`.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            symlink: 'Replacing /bin/sh changes the shell of every script in the image, not only of the build: use `SHELL ["{{shell}}", "-c"]`.',
        },
        equivalents: { hadolint: ['DL4005'] },
    },
    create(context) {
        return {
            RUN(instruction) {
                for (const command of instruction.commands) {
                    if (command.name !== 'ln')
                        continue;
                    const operands = command.args.filter((arg) => !arg.startsWith('-'));
                    if (operands.length !== 2 || !/^\/(?:usr\/)?bin\/sh$/.test(operands[1]))
                        continue;
                    const shell = operands[0];
                    context.report({ at: textOf(context.model, instruction).command(command), messageId: 'symlink', data: { shell } });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/use-workdir.ts


/* harmony default export */ const use_workdir = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/use-workdir',
        domain: 'dockerfile',
        description: 'Use `WORKDIR` rather than `cd` to an absolute directory in RUN.',
        category: 'best-practice',
        defaultSeverity: 'note',
        recommended: true,
        messages: {
            cd: '`cd {{dir}}` lasts only for this RUN: set `WORKDIR {{dir}}` instead, so later instructions agree on the directory.',
        },
        equivalents: { hadolint: ['DL3003'], trivy: ['DS013'] },
    },
    create(context) {
        return {
            RUN(instruction) {
                const { commands } = instruction;
                const cds = commands.filter((command) => command.name === 'cd');
                // Several `cd`s (there and back again) are a deliberate detour inside one RUN.
                if (cds.length !== 1)
                    return;
                const command = cds[0];
                const dir = command.args.find((arg) => !arg.startsWith('-'));
                // Relative targets (an unpacked source tree), `/`, and scratch space under /tmp are fine inside one RUN.
                if (!dir || !dir.startsWith('/') || dir === '/' || /^\/tmp(?:\/|$)/.test(dir))
                    return;
                // A directory the same RUN creates or deletes is temporary: WORKDIR would keep it.
                const temporary = commands.some((each) => (each.name === 'mkdir' || each.name === 'rm') && each.args.some((arg) => arg.replace(/\/+$/, '') === dir.replace(/\/+$/, '')));
                if (temporary)
                    return;
                context.report({ at: textOf(context.model, instruction).command(command), messageId: 'cd', data: { dir } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/useradd-no-log-init.ts



/** `/var/log/lastlog` and `faillog` are sparse files sized by UID; layers store them in full. */
const LARGE_UID = 100000;
/* harmony default export */ const useradd_no_log_init = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/useradd-no-log-init',
        domain: 'dockerfile',
        description: '`useradd` with a large UID needs `-l` (`--no-log-init`), or the image grows by gigabytes.',
        category: 'performance',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            logInit: '`useradd -u {{uid}}` without `-l` writes a lastlog file sized by the UID into the layer: add `--no-log-init`.',
        },
        equivalents: { hadolint: ['DL3046'] },
    },
    create(context) {
        return {
            RUN(instruction) {
                for (const command of instruction.commands) {
                    if (command.name !== 'useradd')
                        continue;
                    const { args } = command;
                    if (args.some((arg) => arg === '--no-log-init' || /^-[A-Za-z]*l[A-Za-z]*$/.test(arg)))
                        continue;
                    const index = args.findIndex((arg) => arg === '-u' || arg === '--uid' || arg.startsWith('--uid='));
                    if (index === -1)
                        continue;
                    const uid = args[index].startsWith('--uid=') ? args[index].slice(6) : args[index + 1];
                    if (!uid || !/^\d+$/.test(uid) || Number(uid) < LARGE_UID)
                        continue;
                    const text = textOf(context.model, instruction);
                    const fix = insertAfter(context.file, text.command(command), ' --no-log-init', 'add --no-log-init');
                    context.report({ at: text.arg(command, index), messageId: 'logInit', data: { uid }, fix });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/valid-expose.ts



const PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);
/* harmony default export */ const valid_expose = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/valid-expose',
        domain: 'dockerfile',
        description: '`EXPOSE` takes container ports 0–65535 or ranges, optionally with `/tcp`, `/udp` or `/sctp`.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            port: '"{{item}}" is not a port number or range (0–65535){{hint}}.',
            range: 'The range "{{item}}" runs backwards: write the lower port first.',
            protocol: 'Unknown protocol "{{protocol}}": use tcp, udp or sctp.',
        },
        equivalents: { hadolint: ['DL3011'], trivy: ['DS008'] },
    },
    create(context) {
        return {
            EXPOSE(instruction) {
                const text = textOf(context.model, instruction);
                for (const item of exposedItems(instruction.args)) {
                    const port = readPort(item);
                    if (port.dynamic)
                        continue;
                    const at = text.word(item);
                    if (Number.isNaN(port.from) || port.to > 65535) {
                        // `EXPOSE 8080:80` is a publish mapping from `docker run -p`, not something an image can declare.
                        const hint = item.includes(':') ? '; host:container mappings belong to `docker run -p`' : '';
                        context.report({ at, messageId: 'port', data: { item, hint } });
                    }
                    else if (port.to < port.from) {
                        context.report({ at, messageId: 'range', data: { item } });
                    }
                    else if (port.protocol !== undefined && !PROTOCOLS.has(port.protocol)) {
                        context.report({ at, messageId: 'protocol', data: { protocol: port.protocol } });
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/yarn-cache-clean.ts




/* harmony default export */ const yarn_cache_clean = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'docker/yarn-cache-clean',
        domain: 'dockerfile',
        description: '`yarn install` in the shipped image should be followed by `yarn cache clean` in the same RUN.',
        category: 'performance',
        defaultSeverity: 'note',
        recommended: true,
        messages: {
            cache: '`yarn {{action}}` leaves its package cache in the layer: end the RUN with `yarn cache clean` (or mount a cache for it).',
        },
        equivalents: { hadolint: ['DL3060'] },
    },
    create(context) {
        return {
            RUN(instruction) {
                if (!isShipped(context.model, instruction.stage))
                    return;
                // Any cache mount that names yarn is where the cache goes instead of the layer.
                if (instruction.flags.some((flag) => flag.name === 'mount' && /type=cache/.test(flag.value ?? '') && /yarn/.test(flag.value ?? '')))
                    return;
                const commands = packageCommands(instruction.commands);
                const cleans = commands.some((command) => command.manager === 'yarn' && command.action === 'cache' && command.packages[0]?.value === 'clean');
                if (cleans)
                    return;
                const install = commands.find((command) => command.manager === 'yarn' && isInstall(command) && !hasOption(command, 'cache-folder'));
                if (!install)
                    return;
                const at = textOf(context.model, instruction).arg(install.command, actionArgIndex(install));
                context.report({ at, messageId: 'cache', data: { action: install.action || 'install' } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/index.ts




















































/** Every Dockerfile rule, sorted by file name. */
const dockerfileRules = [
    absolute_workdir,
    apk_no_cache,
    apt_get_assume_yes,
    apt_lists_cleanup,
    apt_no_install_recommends,
    build_tools_in_final_stage,
    copy_dest_trailing_slash,
    copy_from_valid_stage,
    copy_manifests_first,
    copy_relative_dest,
    dockerignore,
    env_key_value_format,
    env_self_reference,
    exec_form_cmd,
    final_stage_healthcheck,
    global_arg_in_stage,
    no_add_remote_url,
    no_chmod_777,
    no_copied_secret_files,
    no_curl_pipe_shell,
    no_dist_upgrade,
    no_hardcoded_token,
    no_latest_copy_from,
    no_latest_tag,
    no_maintainer,
    no_platform_flag,
    no_root_user,
    no_secret_in_env,
    no_ssh_port,
    no_sudo,
    no_update_alone,
    no_verification_bypass,
    no_wget_and_curl,
    npm_ci,
    overridden_instruction,
    pin_base_image_digest,
    pin_package_versions,
    pip_no_cache_dir,
    pipefail,
    prefer_copy,
    rpm_assume_yes,
    rpm_cache_cleanup,
    syntax,
    trusted_registry,
    undeclared_arg_in_from,
    unique_stage_names,
    use_apt_get,
    use_shell_instruction,
    use_workdir,
    useradd_no_log_init,
    valid_expose,
    yarn_cache_clean,
];

// EXTERNAL MODULE: ./src/domains/gitlab-ci/index.ts
var gitlab_ci = __webpack_require__(2908);
;// CONCATENATED MODULE: ./src/rules/gitlab-ci/util.ts


/** Variable names that hold credentials by convention. */
const SECRET_NAME = /(?:^|_)(?:TOKEN|SECRET|PASSWORD|PASSWD|PASS|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIALS?|AUTH)(?:$|_)/i;
/** Names that end like a secret but hold a path, a URL or a user name. */
const NOT_A_SECRET_NAME = /_(?:FILE|PATH|URL|URI|HOST|NAME|USER|USERNAME|ID|TYPE|HEADER|ENDPOINT|DIR|EXPIRES?_AT|LENGTH)$/i;
/** GitLab-issued short-lived credentials that are fine to use in jobs. */
const JOB_SCOPED = new Set(['CI_JOB_TOKEN', 'CI_REGISTRY_PASSWORD', 'CI_DEPENDENCY_PROXY_PASSWORD', 'CI_DEPLOY_PASSWORD']);
function util_isSecretName(name) {
    return SECRET_NAME.test(name) && !NOT_A_SECRET_NAME.test(name);
}
/** Literal credentials with a recognisable shape. */
const util_TOKEN_PATTERNS = [
    { name: 'GitLab personal access token', pattern: /\bglpat-[0-9A-Za-z_-]{20,}/ },
    { name: 'GitLab deploy token', pattern: /\bgldt-[0-9A-Za-z_-]{20,}/ },
    { name: 'GitLab runner token', pattern: /\bglrt-[0-9A-Za-z_-]{20,}/ },
    { name: 'GitHub token', pattern: /\bgh[pousr]_[0-9A-Za-z]{36,}/ },
    { name: 'AWS access key id', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
    { name: 'Slack token', pattern: /\bxox[baprs]-[0-9A-Za-z-]{10,}/ },
    { name: 'npm token', pattern: /\bnpm_[0-9A-Za-z]{36}\b/ },
    { name: 'private key', pattern: /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/ },
];
/** Variables whose value the author of a merge request or a commit chooses. */
const UNTRUSTED_VARIABLES = [
    'CI_MERGE_REQUEST_TITLE', 'CI_MERGE_REQUEST_DESCRIPTION', 'CI_MERGE_REQUEST_SOURCE_BRANCH_NAME',
    'CI_EXTERNAL_PULL_REQUEST_SOURCE_BRANCH_NAME', 'CI_COMMIT_MESSAGE', 'CI_COMMIT_TITLE', 'CI_COMMIT_DESCRIPTION',
    'CI_COMMIT_TAG_MESSAGE', 'CI_COMMIT_AUTHOR', 'CI_COMMIT_BRANCH', 'CI_COMMIT_REF_NAME',
];
/** `$NAME` and `${NAME}` references in a line, with their offsets. */
function variableRefs(text) {
    const refs = [];
    for (const match of text.matchAll(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g)) {
        refs.push({ name: (match[1] ?? match[2]), index: match.index, raw: match[0] });
    }
    return refs;
}
/** Quote state at each offset of a shell line: 'none', 'single' or 'double'. */
function quoteAt(text, offset) {
    let state = 'none';
    for (let i = 0; i < offset && i < text.length; i++) {
        const c = text[i];
        if (state !== 'single' && c === '\\') {
            i++;
            continue;
        }
        if (state === 'none' && c === "'")
            state = 'single';
        else if (state === 'single' && c === "'")
            state = 'none';
        else if (state === 'none' && c === '"')
            state = 'double';
        else if (state === 'double' && c === '"')
            state = 'none';
    }
    return state;
}
/** Splits a shell line on `&&`, `||`, `;`, new lines and `|`, keeping the separator that follows each part. */
function commands(text) {
    const parts = [];
    let start = 0;
    let state = 'none';
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (state !== 'single' && c === '\\') {
            i++;
            continue;
        }
        if (state === 'none' && c === "'")
            state = 'single';
        else if (state === 'single' && c === "'")
            state = 'none';
        else if (state === 'none' && c === '"')
            state = 'double';
        else if (state === 'double' && c === '"')
            state = 'none';
        else if (state === 'none' && (c === ';' || c === '\n' || c === '|' || c === '&')) {
            let separator = c;
            if ((c === '|' || c === '&') && text[i + 1] === c)
                separator = c + c;
            if (c === '&' && separator === '&')
                continue; // background `&` or `&>`: not a split we need
            parts.push({ text: text.slice(start, i), offset: start, next: separator });
            i += separator.length - 1;
            start = i + 1;
        }
    }
    parts.push({ text: text.slice(start), offset: start, next: '' });
    return parts.filter((part) => part.text.trim() !== '');
}
/** True when a value is written with a CI/CD variable or an input, so its final value is unknown here. */
function isDynamic(value) {
    return value.includes('$');
}
function environmentOf(job) {
    const environment = job.resolved.environment;
    if (typeof environment === 'string')
        return { name: environment, action: 'start', tier: undefined };
    if (!(0,gitlab_ci/* isPlainObject */.Qd)(environment))
        return undefined;
    return {
        name: typeof environment.name === 'string' ? environment.name : undefined,
        action: typeof environment.action === 'string' ? environment.action : 'start',
        tier: typeof environment.deployment_tier === 'string' ? environment.deployment_tier : undefined,
    };
}
/** A job that deploys: it starts an environment. */
function isDeployJob(job) {
    const environment = environmentOf(job);
    return environment !== undefined && environment.action === 'start';
}
function rulesOf(job) {
    const rules = job.resolved.rules;
    return Array.isArray(rules) ? rules.flat(10).filter(gitlab_ci/* isPlainObject */.Qd) : [];
}
/** Where a job's key is written: its own key when it has one, else the job's name. */
function ownOrName(model, job, key) {
    return key in job.own ? model.locate([job.name, key], { key: true }) : job.keyAt;
}
function levenshtein(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const current = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            previous = current;
        }
    }
    return row[b.length];
}
function suggest(word, candidates) {
    let best;
    let distance = 3;
    for (const candidate of candidates) {
        const d = levenshtein(word.toLowerCase(), candidate);
        if (d < distance) {
            distance = d;
            best = candidate;
        }
    }
    return best;
}
/** The file is a root pipeline (`.gitlab-ci.yml`), not a fragment meant to be included. */
function isRootPipeline(model) {
    return /(^|\/)\.gitlab-ci\.ya?ml$/i.test(model.file.path) && !model.header;
}
/** The stage list a rule can trust, or undefined when it is declared somewhere this file cannot see. */
function knownStages(model, readFile) {
    if (model.stagesDeclared)
        return model.stages;
    const view = model.project(readFile);
    if (view.stages)
        return view.stages;
    if (isRootPipeline(model) && view.complete)
        return model.stages;
    return undefined;
}
/** Security-scanning jobs by name, stage or the command they run. */
function isSecurityJob(job) {
    const words = /(?:^|[^a-z])(sast|dast|security|secret[-_ ]?detection|secrets?[-_]scan|dependency[-_ ]scanning|container[-_ ]scanning|audit|trivy|grype|gitleaks|semgrep|osv[-_]scanner)(?:$|[^a-z])/i;
    if (words.test(job.name) || words.test(job.stage))
        return true;
    return job.scripts.some((line) => /\b(?:security-gate|secrets-scan|trivy|grype|gitleaks|osv-scanner|npm audit)\b/.test(line.text));
}

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/artifacts-no-expiry.ts


/* harmony default export */ const artifacts_no_expiry = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/artifacts-no-expiry',
        domain: 'gitlab-ci',
        description: 'Job artifacts (`paths`, `untracked`) without `expire_in`, kept as long as the instance default allows.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            noExpiry: 'Artifacts of `{{job}}` have no `expire_in`: set one (e.g. `1 week`) so build outputs do not pile up in storage.',
        },
    },
    create(context) {
        return {
            job(job) {
                if (job.hidden || !job.complete)
                    return;
                const artifacts = context.model.effective(job, 'artifacts');
                if (!(0,gitlab_ci/* isPlainObject */.Qd)(artifacts) || 'expire_in' in artifacts)
                    return;
                if (!('paths' in artifacts) && artifacts.untracked !== true)
                    return;
                context.report({ at: ownOrName(context.model, job, 'artifacts'), messageId: 'noExpiry', data: { job: job.name } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/contradictory-rules.ts


const CONDITIONS = ['if', 'changes', 'exists'];
/* harmony default export */ const contradictory_rules = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/contradictory-rules',
        domain: 'gitlab-ci',
        description: '`rules` that contradict themselves or the job: mixed with `only`/`except`, empty, unreachable after a catch-all rule, all `when: never`, or `when: never` outside `rules`.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            mixed: '`{{key}}` cannot be used together with `rules`: GitLab rejects the job.',
            empty: '`rules` is empty: GitLab rejects an empty list (remove it, or add a rule).',
            unreachable: 'This rule can never apply: rule {{previous}} above it has no condition and always matches.',
            never: 'Every rule says `when: never`: the job can never run.',
            neverJob: '`when: never` is only valid inside `rules`: GitLab rejects it as a job keyword (remove the job, or use a rule).',
        },
    },
    create(context) {
        const checkList = (model, rules, path, isJob) => {
            if (!Array.isArray(rules))
                return;
            if (rules.length === 0) {
                context.report({ at: model.locate(path, { key: true }), messageId: 'empty' });
                return;
            }
            let catchAll = -1;
            rules.forEach((rule, index) => {
                if (!(0,gitlab_ci/* isPlainObject */.Qd)(rule))
                    return;
                if (catchAll >= 0) {
                    context.report({ at: model.locate([...path, index]), messageId: 'unreachable', data: { previous: catchAll + 1 } });
                    catchAll = Number.POSITIVE_INFINITY; // report the first unreachable rule only
                    return;
                }
                if (!CONDITIONS.some((key) => key in rule))
                    catchAll = index;
            });
            if (isJob && rules.every((rule) => (0,gitlab_ci/* isPlainObject */.Qd)(rule) && rule.when === 'never')) {
                context.report({ at: model.locate(path, { key: true }), messageId: 'never' });
            }
        };
        return {
            file(model) {
                const workflow = model.data.workflow;
                if ((0,gitlab_ci/* isPlainObject */.Qd)(workflow))
                    checkList(model, workflow.rules, ['workflow', 'rules'], false);
            },
            job(job) {
                const model = context.model;
                if (job.own.when === 'never')
                    context.report({ at: model.locate([job.name, 'when']), messageId: 'neverJob' });
                if (!('rules' in job.own))
                    return;
                for (const key of ['only', 'except']) {
                    if (key in job.own)
                        context.report({ at: model.locate([job.name, key], { key: true }), messageId: 'mixed', data: { key } });
                }
                checkList(model, job.own.rules, [job.name, 'rules'], !job.hidden);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/curl-pipe-shell.ts


const PIPE_TO_SHELL = /\b(?:curl|wget)\b[^|\n]*\|\s*(?:sudo\s+(?:-\S+\s+)*)?(?:ba|z|da|k)?sh\b|\b(?:ba|z|da|k)?sh\s+(?:-c\s+)?["']?\$\((?:curl|wget)\b|\b(?:bash|source|\.)\s+<\((?:curl|wget)\b/;
const DOWNLOAD_TO_FILE = /\b(?:curl\b[^|\n]*\s(?:-o|--output|-O|--remote-name)\b|wget\b(?![^|\n]*\s-O\s*-)[^|\n]*\s\S*https?:)/;
const EXECUTES = /\bchmod\s+(?:-\S+\s+)*(?:[ugoa]*\+[rw]*x|0?[0-7]*[1357][0-7]{0,2}\b)|\b(?:ba|z|da|k)?sh\s+\.?\/?[\w./-]+\.sh\b|\bdpkg\s+-i\b|\brpm\s+-i|\binstall\s+-m|\bsudo\s+mv\b/;
const VERIFIES = /\b(?:sha(?:1|224|256|384|512)sum|shasum|md5sum|b2sum|gpg\s+--verify|gpgv|cosign\s+verify|minisign|slsa-verifier|--checksum)\b/;
/** The file a download line writes: `-o FILE`, `--output FILE`, `wget -O FILE`, or the URL's last segment. */
function downloadTarget(text) {
    const named = /\s(?:-[a-zA-Z]*[oO]|--output|--output-document)[\s=]+(?!-\s)(\S+)/.exec(text);
    const path = named?.[1] ?? /https?:\/\/\S*\/([^/\s?#'"]+)/.exec(text)?.[1];
    const base = path?.replace(/^["']|["']$/g, '').split('/').pop();
    return base && base !== '-' && !base.startsWith('$') ? base : undefined;
}
/** A command that makes `base` executable, installs it, or runs it. */
function executes(text, base) {
    return commands(text).some((part) => {
        if (!part.text.includes(base))
            return false;
        const words = part.text.trim().split(/\s+/).filter((word) => word !== 'sudo' && !/^-/.test(word));
        const command = words[0] ?? '';
        return EXECUTES.test(part.text) || command === base || command.endsWith(`/${base}`);
    });
}
/* harmony default export */ const curl_pipe_shell = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/curl-pipe-shell',
        domain: 'gitlab-ci',
        description: 'Scripts fetched and run in one go (`curl … | sh`), and downloaded binaries run without a checksum or signature check.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 6.0,
        messages: {
            pipe: 'A script downloaded here is run without being verified: download it to a file, check its SHA-256, then run it.',
            unverified: 'This download is made executable or installed, and the job never checks a checksum or signature (`sha256sum -c`, `gpg --verify`, `cosign verify`).',
        },
        equivalents: { poutine: ['unverified_script_exec'] },
    },
    create(context) {
        return {
            job(job) {
                const lines = job.scripts;
                const verifies = lines.some((line) => VERIFIES.test(line.text));
                for (const [index, line] of lines.entries()) {
                    const pipe = PIPE_TO_SHELL.exec(line.text);
                    if (pipe) {
                        context.report({ at: context.model.find(line.node, pipe[0], line.path), messageId: 'pipe' });
                        continue;
                    }
                    const download = DOWNLOAD_TO_FILE.exec(line.text);
                    const target = download ? downloadTarget(line.text) : undefined;
                    if (!download || !target || verifies)
                        continue;
                    if (lines.slice(index).some((later) => executes(later.text, target)))
                        context.report({ at: context.model.find(line.node, download[0], line.path), messageId: 'unverified' });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/debug-trace.ts


const DEBUG = new Set(['CI_DEBUG_TRACE', 'CI_DEBUG_SERVICES']);
/* harmony default export */ const debug_trace = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/debug-trace',
        domain: 'gitlab-ci',
        description: '`CI_DEBUG_TRACE` or `CI_DEBUG_SERVICES` switched on in the file: the job log then shows every variable, masked ones included.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 7.0,
        messages: {
            debug: '`{{name}}` is on: the job log will show every variable value, secrets included. Turn it on for a single manual run, never in the file.',
        },
        equivalents: { poutine: ['debug_enabled'] },
    },
    create(context) {
        const check = (model, variables, path) => {
            if (!(0,gitlab_ci/* isPlainObject */.Qd)(variables))
                return;
            for (const [name, entry] of Object.entries(variables)) {
                if (!DEBUG.has(name))
                    continue;
                const value = (0,gitlab_ci/* isPlainObject */.Qd)(entry) ? entry.value : entry;
                if (value === true || /^(?:true|1|yes)$/i.test(String(value)))
                    context.report({ at: model.locate([...path, name], { key: true }), messageId: 'debug', data: { name } });
            }
        };
        return {
            file(model) {
                check(model, model.data.variables, ['variables']);
            },
            job(job) {
                check(context.model, job.own.variables, [job.name, 'variables']);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/deploy-without-resource-group.ts


/* harmony default export */ const deploy_without_resource_group = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/deploy-without-resource-group',
        domain: 'gitlab-ci',
        description: 'Deploy jobs (starting an `environment`) without a `resource_group`, so two pipelines can deploy to the same place at once.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            noGroup: 'Job deploys to `{{environment}}` without a `resource_group`: two pipelines can deploy at the same time and finish out of order. Add `resource_group: {{environment}}`.',
        },
    },
    create(context) {
        return {
            job(job) {
                if (job.hidden || !job.complete || 'trigger' in job.resolved)
                    return;
                const environment = environmentOf(job);
                if (!environment || environment.action !== 'start' || 'resource_group' in job.resolved)
                    return;
                const at = 'environment' in job.own ? context.model.locate([job.name, 'environment'], { key: true }) : job.keyAt;
                context.report({ at, messageId: 'noGroup', data: { environment: environment.name ?? 'the environment' } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/deprecated-only-except.ts

/* harmony default export */ const deprecated_only_except = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/deprecated-only-except',
        domain: 'gitlab-ci',
        description: '`only` and `except`, which GitLab no longer develops: use `rules`.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            deprecated: '`{{key}}` is no longer developed by GitLab: express the condition with `rules:`.',
        },
    },
    create(context) {
        return {
            job(job) {
                for (const key of ['only', 'except']) {
                    if (key in job.own)
                        context.report({ at: context.model.locate([job.name, key], { key: true }), messageId: 'deprecated', data: { key } });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/duplicate-pipelines.ts


const MERGE_REQUEST = /merge_request_event|\$CI_MERGE_REQUEST_(?:IID|ID)\b(?!\s*==\s*null)/;
const GUARD = /\$CI_OPEN_MERGE_REQUESTS|\$CI_PIPELINE_SOURCE\s*==\s*["']push["']\s*&&|\$CI_COMMIT_BRANCH\s*==\s*\$CI_DEFAULT_BRANCH|\$CI_COMMIT_(?:BRANCH|REF_NAME)\s*(?:==|=~)|\$CI_COMMIT_REF_PROTECTED|\$CI_COMMIT_TAG/;
/** Does this rule let branch (push) pipelines through for any branch? */
function admitsEveryBranch(rule) {
    if (rule.when === 'never')
        return false;
    if (!('if' in rule))
        return !('changes' in rule) && !('exists' in rule);
    const condition = String(rule.if);
    if (MERGE_REQUEST.test(condition) || GUARD.test(condition))
        return false;
    return /^\s*\$CI_COMMIT_BRANCH\s*$|^\s*\$CI_COMMIT_REF_NAME\s*$|\$CI_PIPELINE_SOURCE\s*==\s*["']push["']\s*$/.test(condition);
}
/* harmony default export */ const duplicate_pipelines = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/duplicate-pipelines',
        domain: 'gitlab-ci',
        description: '`rules` that start both a merge-request pipeline and a branch pipeline for every push to a branch with an open merge request.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            duplicate: 'These rules run merge-request pipelines and also branch pipelines for every branch: each push to a branch with an open merge request starts two pipelines. Add `- if: $CI_COMMIT_BRANCH && $CI_OPEN_MERGE_REQUESTS` with `when: never` before the branch rule.',
        },
        equivalents: { checkov: ['CKV_GITLABCI_2'] },
    },
    create(context) {
        const check = (model, rules, path) => {
            if (!Array.isArray(rules))
                return;
            const list = rules.filter(gitlab_ci/* isPlainObject */.Qd);
            const mergeRequests = list.some((rule) => typeof rule.if === 'string' && MERGE_REQUEST.test(rule.if) && rule.when !== 'never');
            if (!mergeRequests)
                return;
            const index = list.findIndex(admitsEveryBranch);
            if (index < 0)
                return;
            // A `when: never` rule for open merge requests anywhere before the branch rule prevents the duplicate.
            if (list.slice(0, index).some((rule) => rule.when === 'never' && typeof rule.if === 'string' && /\$CI_OPEN_MERGE_REQUESTS/.test(rule.if)))
                return;
            context.report({ at: model.locate([...path, rules.indexOf(list[index])]), messageId: 'duplicate' });
        };
        let workflowRules = false;
        return {
            file(model) {
                const workflow = model.data.workflow;
                if ((0,gitlab_ci/* isPlainObject */.Qd)(workflow) && Array.isArray(workflow.rules)) {
                    workflowRules = true;
                    check(model, workflow.rules, ['workflow', 'rules']);
                }
            },
            job(job) {
                // Job rules matter only when no workflow rules decide which pipelines exist.
                if (!workflowRules && !job.hidden)
                    check(context.model, job.own.rules, [job.name, 'rules']);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/hardcoded-secret.ts


/** Settings of throwaway service containers (`services:` databases in test jobs), not credentials of anything real. */
const SERVICE_SETTING = /^(?:POSTGRES|PG|MYSQL|MARIADB|MONGO(?:_INITDB)?|REDIS|RABBITMQ|MSSQL|SA|ELASTIC|MINIO|KEYCLOAK)_/;
const PLACEHOLDER = /^(?:postgres|password|passw0rd|secret|changeme|change-me|example|test(?:ing)?|root|admin|guest|mysql|dummy|fake|local|dev(?:elopment)?|runner-password)$/i;
/* harmony default export */ const hardcoded_secret = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/hardcoded-secret',
        domain: 'gitlab-ci',
        description: 'Credentials written into `variables:` instead of masked, protected CI/CD variables or a secrets manager.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 8.5,
        messages: {
            named: 'Variable `{{name}}` holds a literal value in the file: store it as a masked, protected CI/CD variable (or use `secrets:`).',
            shaped: 'Variable `{{name}}` holds what looks like a {{kind}}: revoke it and store it as a masked, protected CI/CD variable.',
        },
    },
    create(context) {
        const check = (model, variables, path) => {
            if (!(0,gitlab_ci/* isPlainObject */.Qd)(variables))
                return;
            for (const [name, entry] of Object.entries(variables)) {
                const raw = (0,gitlab_ci/* isPlainObject */.Qd)(entry) ? entry.value : entry;
                if (typeof raw !== 'string' && typeof raw !== 'number')
                    continue;
                const value = String(raw);
                const at = model.locate((0,gitlab_ci/* isPlainObject */.Qd)(entry) ? [...path, name, 'value'] : [...path, name]);
                const shaped = util_TOKEN_PATTERNS.find(({ pattern }) => pattern.test(value));
                if (shaped) {
                    context.report({ at, messageId: 'shaped', data: { name, kind: shaped.name } });
                }
                else if (util_isSecretName(name) && !SERVICE_SETTING.test(name) && !PLACEHOLDER.test(value) && value.length >= 8 && !isDynamic(value) && !/^(?:true|false|yes|no|on|off)$/i.test(value) && !/^[./~]|:\/\/[^@]*$/.test(value)) {
                    context.report({ at, messageId: 'named', data: { name } });
                }
            }
        };
        return {
            file(model) {
                check(model, model.data.variables, ['variables']);
            },
            job(job) {
                check(context.model, job.own.variables, [job.name, 'variables']);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/input-injection.ts


const INTERPOLATION = /\$\[\[\s*inputs\.([A-Za-z0-9_-]+)((?:\s*\|\s*[a-z_]+(?:\([^)]*\))?)*)\s*\]\]/g;
/* harmony default export */ const input_injection = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/input-injection',
        domain: 'gitlab-ci',
        description: 'Inputs interpolated into scripts unsafely: `expand_vars` (splices CI/CD variable values into the script text) and free-form string inputs inside shell quotes.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 8.0,
        messages: {
            expandVars: '`$[[ inputs.{{name}} | expand_vars ]]` splices the values of CI/CD variables into the script text when the pipeline is created: a variable holding `$(…)` or a quote becomes code. Pass the input through `variables:` and reference the variable.',
            quoted: 'String input `{{name}}` (no `options` or `regex`) is pasted inside shell quotes: a value containing the quote escapes them. Pass it through `variables:` (`MY_VAR: $[[ inputs.{{name}} ]]`) and use `"$MY_VAR"`, or restrict it with `options`/`regex`.',
        },
    },
    create(context) {
        return {
            script({ line }) {
                const inputs = context.model.spec?.inputs;
                for (const match of line.text.matchAll(INTERPOLATION)) {
                    const name = match[1];
                    const functions = match[2] ?? '';
                    const at = context.model.find(line.node, match[0], line.path);
                    if (/\bexpand_vars\b/.test(functions)) {
                        context.report({ at, messageId: 'expandVars', data: { name } });
                        continue;
                    }
                    const input = inputs?.get(name);
                    if (!input || input.type !== 'string' || input.options || input.regex)
                        continue;
                    if (quoteAt(line.text, match.index) !== 'none')
                        context.report({ at, messageId: 'quoted', data: { name }, severity: 'warning' });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/install-without-cache.ts

const INSTALL = /\b(?:npm\s+(?:ci|install|i)\b|yarn\s+install\b|pnpm\s+(?:install|i)\b|pip3?\s+install\s+(?:[^\n]*\s)?-r\b|poetry\s+install\b|bundle\s+install\b|composer\s+install\b|go\s+mod\s+download\b)/;
/* harmony default export */ const install_without_cache = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/install-without-cache',
        domain: 'gitlab-ci',
        description: 'Jobs that install dependencies (`npm ci`, `pip install -r`, `go mod download`, …) with no `cache:`.',
        category: 'performance',
        defaultSeverity: 'note',
        recommended: true,
        messages: {
            noCache: '`{{command}}` downloads every dependency on every run: add a `cache:` keyed on the lockfile (`key: files: [package-lock.json]`).',
        },
    },
    create(context) {
        return {
            job(job) {
                if (job.hidden || !job.complete)
                    return;
                const cache = context.model.effective(job, 'cache');
                if (cache !== undefined && cache !== null && !(Array.isArray(cache) && cache.length === 0))
                    return;
                for (const line of job.scripts) {
                    const match = INSTALL.exec(line.text);
                    if (!match)
                        continue;
                    context.report({ at: context.model.find(line.node, match[0], line.path), messageId: 'noCache', data: { command: match[0] } });
                    return;
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/invalid-needs.ts


/* harmony default export */ const invalid_needs = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/invalid-needs',
        domain: 'gitlab-ci',
        description: '`needs` and `dependencies` that name a job that does not exist, a hidden job, or a job of a later stage.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            unknown: '`{{key}}` names job `{{name}}`, which is not defined.',
            hidden: '`{{key}}` names `{{name}}`, a hidden template that never runs.',
            later: '`{{key}}` names `{{name}}` of stage `{{otherStage}}`, which runs after this job\'s stage `{{stage}}`.',
        },
    },
    create(context) {
        return {
            job(job) {
                if (job.hidden || !job.complete)
                    return;
                const model = context.model;
                const view = model.project(context.readFile);
                const stages = knownStages(model, context.readFile);
                for (const key of ['needs', 'dependencies']) {
                    const list = job.own[key];
                    if (!Array.isArray(list))
                        continue;
                    list.forEach((entry, index) => {
                        let name;
                        if (typeof entry === 'string')
                            name = entry;
                        else if ((0,gitlab_ci/* isPlainObject */.Qd)(entry) && typeof entry.job === 'string' && !('project' in entry) && !('pipeline' in entry)) {
                            if (entry.optional === true)
                                return;
                            name = entry.job;
                        }
                        // `build: [linux, amd64]` names one job of a parallel matrix; matrix names are not checked.
                        if (!name || isDynamic(name) || name.includes('['))
                            return;
                        const at = model.locate((0,gitlab_ci/* isPlainObject */.Qd)(entry) ? [job.name, key, index, 'job'] : [job.name, key, index]);
                        const target = view.jobs.get(name);
                        if (!target) {
                            if (view.complete && !model.header)
                                context.report({ at, messageId: 'unknown', data: { key, name } });
                            return;
                        }
                        if (name.startsWith('.')) {
                            context.report({ at, messageId: 'hidden', data: { key, name } });
                            return;
                        }
                        const other = model.jobByName.get(name);
                        const otherStage = other ? other.stage : target.stage;
                        if (!stages || !otherStage || (other && !other.complete) || isDynamic(otherStage) || isDynamic(job.stage))
                            return;
                        const mine = stages.indexOf(job.stage);
                        const theirs = stages.indexOf(otherStage);
                        if (mine >= 0 && theirs > mine)
                            context.report({ at, messageId: 'later', data: { key, name, otherStage, stage: job.stage } });
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/merge-request-secrets.ts


const MR_CONDITION = /\$CI_PIPELINE_SOURCE\s*==\s*["']merge_request_event["']|\$CI_MERGE_REQUEST_(?:IID|ID)\b(?!\s*==\s*null)/;
/* harmony default export */ const merge_request_secrets = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/merge-request-secrets',
        domain: 'gitlab-ci',
        description: 'Jobs that run on merge-request pipelines (where the code comes from the MR, possibly from a fork) and use secrets, `secrets:` or `id_tokens:`.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 7.5,
        messages: {
            secrets: 'Job runs the merge request\'s code on merge-request pipelines and uses {{what}}: an MR (or a fork MR run in this project) can change that code and read it. Keep secrets in jobs that run only on protected branches and tags.',
        },
        equivalents: { poutine: ['untrusted_checkout_exec'] },
    },
    create(context) {
        return {
            job(job) {
                if (job.hidden)
                    return;
                const onMergeRequests = rulesOf(job).some((rule) => typeof rule.if === 'string' && MR_CONDITION.test(rule.if) && rule.when !== 'never');
                if (!onMergeRequests)
                    return;
                let what;
                if ('secrets' in job.resolved)
                    what = '`secrets:`';
                else if ('id_tokens' in job.resolved)
                    what = '`id_tokens:`';
                else {
                    for (const line of job.scripts) {
                        const ref = variableRefs(line.text).find((candidate) => util_isSecretName(candidate.name) && !JOB_SCOPED.has(candidate.name) && !candidate.name.startsWith('CI_'));
                        if (ref) {
                            what = `\`$${ref.name}\``;
                            break;
                        }
                    }
                }
                if (what)
                    context.report({ at: job.keyAt, messageId: 'secrets', data: { what } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/missing-interruptible.ts


/* harmony default export */ const missing_interruptible = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/missing-interruptible',
        domain: 'gitlab-ci',
        description: 'Jobs other than deploys that do not say `interruptible`, so a newer pipeline on the same branch cannot cancel them.',
        category: 'performance',
        defaultSeverity: 'note',
        recommended: false,
        messages: {
            noInterruptible: 'Job `{{job}}` does not set `interruptible`: mark it `interruptible: true` (or set it under `default:`) so superseded pipelines stop early.',
        },
    },
    create(context) {
        return {
            job(job) {
                if (job.hidden || !job.complete || 'trigger' in job.resolved || environmentOf(job))
                    return;
                if (context.model.effective(job, 'interruptible') === undefined)
                    context.report({ at: job.keyAt, messageId: 'noInterruptible', data: { job: job.name } });
            },
        };
    },
}));

// EXTERNAL MODULE: ./src/domains/gitlab-ci/parse.ts + 1 modules
var gitlab_ci_parse = __webpack_require__(6768);
;// CONCATENATED MODULE: ./src/rules/gitlab-ci/missing-local-include.ts


/* harmony default export */ const missing_local_include = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/missing-local-include',
        domain: 'gitlab-ci',
        description: '`include: local` of a file that is not in the repository.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            missing: 'Local include `{{path}}` does not exist in this repository; GitLab will refuse the pipeline.',
        },
    },
    create(context) {
        return {
            include(include) {
                if (include.kind !== 'local' || /[*$]/.test(include.value))
                    return;
                // A local include inside a template or component resolves in the template's own project.
                if (context.model.header)
                    return;
                if ((0,gitlab_ci_parse/* localIncludeCandidates */.Kj)(context.model.file.path, include.value).some((path) => context.fileExists(path)))
                    return;
                // `locate` falls back to the include entry itself when it is written as a plain string.
                context.report({ at: context.model.locate([...include.keyPath, 'local']), messageId: 'missing', data: { path: include.value } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/missing-timeout.ts

/* harmony default export */ const missing_timeout = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/missing-timeout',
        domain: 'gitlab-ci',
        description: 'Jobs without a `timeout` (in the job or `default:`): a hung job holds a runner for the project\'s whole limit.',
        category: 'best-practice',
        defaultSeverity: 'note',
        recommended: false,
        messages: {
            noTimeout: 'Job `{{job}}` has no `timeout`: set one close to its usual run time (in the job or under `default:`).',
        },
    },
    create(context) {
        return {
            job(job) {
                if (job.hidden || !job.complete || 'trigger' in job.resolved)
                    return;
                if (context.model.effective(job, 'timeout') === undefined)
                    context.report({ at: job.keyAt, messageId: 'noTimeout', data: { job: job.name } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/personal-access-token.ts


const PAT_NAME = /(?:^|_)(?:PAT|PERSONAL_ACCESS_TOKEN)(?:$|_)|^(?:GITLAB|GL)_(?:API_)?TOKEN$/;
const PRIVATE_TOKEN_HEADER = /PRIVATE-TOKEN:\s*\$\{?([A-Za-z_][A-Za-z0-9_]*)/;
const URL_CREDENTIAL = /https?:\/\/[^\s/:@]*:\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?@/;
/* harmony default export */ const personal_access_token = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/personal-access-token',
        domain: 'gitlab-ci',
        description: 'Jobs that authenticate with a long-lived personal access token (`PRIVATE-TOKEN` header, token in a clone URL, `*_PAT` variables) where `CI_JOB_TOKEN` or an expiring project token would do.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 6.0,
        messages: {
            pat: '`{{name}}` looks like a personal access token: it acts as a person, on every project they can reach, until it expires. Use `CI_JOB_TOKEN` (with the job token allowlist) or a project access token with an expiry date.',
        },
    },
    create(context) {
        return {
            script({ line }) {
                const header = PRIVATE_TOKEN_HEADER.exec(line.text) ?? URL_CREDENTIAL.exec(line.text);
                let name = header && !JOB_SCOPED.has(header[1]) ? header[1] : undefined;
                if (!name)
                    name = variableRefs(line.text).find((ref) => PAT_NAME.test(ref.name))?.name;
                if (!name)
                    return;
                const ref = variableRefs(line.text).find((candidate) => candidate.name === name);
                context.report({ at: context.model.find(line.node, ref.raw, line.path), messageId: 'pat', data: { name } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/script-injection.ts


/** Commands that run their argument as code: what reaches them is parsed again, not passed as data. */
const EVALUATES = /(?:^|[\s;&|(`])(?:eval|(?:ba|z|da|k)?sh\s+-c|python[0-9.]*\s+-c|node\s+(?:-e|--eval|-p)|perl\s+-e|ruby\s+-e|php\s+-r|pwsh\s+-c(?:ommand)?)(?=\s)/;
/* harmony default export */ const script_injection = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/script-injection',
        domain: 'gitlab-ci',
        description: 'Merge-request and commit variables (titles, messages, branch names) spliced into code that is evaluated again (`eval`, `sh -c "…"`, `python -c "…"`).',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 8.8,
        messages: {
            injection: '`{{name}}` is chosen by whoever opens the merge request or pushes the commit, and is expanded into code that `{{command}}` runs: a value like `$(curl …)` runs in this job. Pass it as data (an argument or environment variable read inside the code, in single quotes).',
        },
        equivalents: { poutine: ['injection'] },
    },
    create(context) {
        return {
            script({ line }) {
                const match = EVALUATES.exec(line.text);
                if (!match)
                    return;
                const start = match.index + match[0].length;
                for (const ref of variableRefs(line.text)) {
                    if (ref.index < start || !UNTRUSTED_VARIABLES.includes(ref.name))
                        continue;
                    if (quoteAt(line.text, ref.index) === 'single')
                        continue;
                    context.report({ at: context.model.find(line.node, ref.raw, line.path), messageId: 'injection', data: { name: ref.name, command: match[0].trim().split(/\s+/)[0] } });
                    return;
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/secret-echo.ts


/* harmony default export */ const secret_echo = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/secret-echo',
        domain: 'gitlab-ci',
        description: 'Scripts that print credentials or every variable to the job log (`echo $TOKEN`, bare `env`, `printenv`).',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 7.5,
        messages: {
            echo: '`{{command}}` prints `{{name}}` to the job log; masking misses encoded or split values. Pipe it into the command that needs it (`--password-stdin`) instead.',
            dump: '`{{command}}` prints every variable, credentials included, to the job log.',
        },
    },
    create(context) {
        return {
            script({ line }) {
                for (const part of commands(line.text)) {
                    const words = part.text.trim().split(/\s+/);
                    const command = words[0] ?? '';
                    if ((command === 'env' || command === 'printenv' || command === 'export' || command === 'set') && words.length === 1 && part.next !== '|') {
                        context.report({ at: context.model.find(line.node, part.text.trim(), line.path), messageId: 'dump', data: { command } });
                        continue;
                    }
                    if (command !== 'echo' && command !== 'printf')
                        continue;
                    if (part.next === '|' || /(^|\s)\d?>>?/.test(part.text))
                        continue; // piped or written to a file
                    for (const ref of variableRefs(part.text)) {
                        if (quoteAt(part.text, ref.index) === 'single')
                            continue;
                        if (!util_isSecretName(ref.name) && !JOB_SCOPED.has(ref.name) && !/^CI_JOB_JWT/.test(ref.name))
                            continue;
                        context.report({ at: context.model.find(line.node, ref.raw, line.path), messageId: 'echo', data: { command, name: ref.name } });
                        break;
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/security-allow-failure.ts


/* harmony default export */ const security_allow_failure = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/security-allow-failure',
        domain: 'gitlab-ci',
        description: 'Security scanning jobs with `allow_failure: true`: their findings never stop the pipeline.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 5.0,
        messages: {
            allowed: 'Security job `{{job}}` may fail without failing the pipeline, so its findings never block a merge or a deploy. Remove `allow_failure: true` (or limit it to `exit_codes` that mean "could not scan").',
        },
    },
    create(context) {
        return {
            job(job) {
                if (job.hidden || !isSecurityJob(job))
                    return;
                if (job.resolved.allow_failure === true) {
                    context.report({ at: ownOrName(context.model, job, 'allow_failure'), messageId: 'allowed', data: { job: job.name } });
                    return;
                }
                const index = (Array.isArray(job.own.rules) ? job.own.rules : []).findIndex((rule) => rule?.allow_failure === true);
                if (index >= 0)
                    context.report({ at: context.model.locate([job.name, 'rules', index, 'allow_failure'], { key: true }), messageId: 'allowed', data: { job: job.name } });
                else if (rulesOf(job).some((rule) => rule.allow_failure === true))
                    context.report({ at: job.keyAt, messageId: 'allowed', data: { job: job.name } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/syntax.ts

/** Reported by the engine when a GitLab CI file cannot be read as a pipeline; no other GitLab rule runs on it. */
/* harmony default export */ const gitlab_ci_syntax = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/syntax',
        domain: 'gitlab-ci',
        description: 'The file is not valid GitLab CI YAML (YAML errors, a bad `spec:` header, a configuration that is not a mapping).',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: { syntax: 'GitLab CI syntax: {{message}}' },
    },
    create: () => ({}),
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/trigger-any-source.ts


const EXTERNAL_SOURCE = /\$CI_PIPELINE_SOURCE\s*(?:==\s*["'](?:trigger|pipeline)["']|=~\s*\/[^/]*(?:trigger|pipeline)[^/]*\/)/;
/* harmony default export */ const trigger_any_source = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/trigger-any-source',
        domain: 'gitlab-ci',
        description: 'Deploying pipelines that accept trigger-token or upstream-pipeline runs with no further condition, and trigger jobs that forward every pipeline variable downstream.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 6.5,
        messages: {
            source: 'This rule accepts any `{{source}}` pipeline with no other condition: anyone holding a trigger token (or any upstream project allowed to trigger) starts it and can override variables. Add a condition on the ref or the upstream project (`&& $UPSTREAM_PROJECT == "group/app"`).',
            forward: '`forward: pipeline_variables: true` passes every variable of this pipeline (including ones set by whoever triggered it) to the downstream pipeline: pass the few it needs under `trigger:` variables instead.',
        },
    },
    create(context) {
        let deploys = false;
        const pending = [];
        const checkRules = (model, rules, path) => {
            if (!Array.isArray(rules))
                return;
            rules.forEach((rule, index) => {
                if (!(0,gitlab_ci/* isPlainObject */.Qd)(rule) || typeof rule.if !== 'string' || rule.when === 'never')
                    return;
                const match = EXTERNAL_SOURCE.exec(rule.if);
                if (!match || /&&/.test(rule.if))
                    return;
                pending.push({ at: model.locate([...path, index, 'if']), source: /pipeline/.test(match[0]) ? 'pipeline' : 'trigger' });
            });
        };
        return {
            file(model) {
                if ((0,gitlab_ci/* isPlainObject */.Qd)(model.data.workflow))
                    checkRules(model, model.data.workflow.rules, ['workflow', 'rules']);
            },
            job(job) {
                const model = context.model;
                if (isDeployJob(job) && !job.hidden)
                    deploys = true;
                checkRules(model, job.own.rules, [job.name, 'rules']);
                const trigger = job.own.trigger;
                if ((0,gitlab_ci/* isPlainObject */.Qd)(trigger) && (0,gitlab_ci/* isPlainObject */.Qd)(trigger.forward) && trigger.forward.pipeline_variables === true) {
                    context.report({ at: model.locate([job.name, 'trigger', 'forward', 'pipeline_variables'], { key: true }), messageId: 'forward' });
                }
            },
            exit() {
                if (!deploys)
                    return;
                for (const { at, source } of pending)
                    context.report({ at, messageId: 'source', data: { source } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/undeclared-stage.ts


/* harmony default export */ const undeclared_stage = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/undeclared-stage',
        domain: 'gitlab-ci',
        description: 'Jobs whose `stage` is not in `stages:` (or, without `stages:`, not one of GitLab\'s default stages).',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            undeclared: 'Stage `{{stage}}` is not declared; the declared stages are: {{stages}}.',
        },
    },
    create(context) {
        let stages = null;
        return {
            job(job) {
                if (job.hidden || !job.complete || isDynamic(job.stage))
                    return;
                if (stages === null)
                    stages = knownStages(context.model, context.readFile);
                if (!stages || stages.includes(job.stage))
                    return;
                const at = 'stage' in job.own ? context.model.locate([job.name, 'stage']) : ownOrName(context.model, job, 'stage');
                context.report({ at, messageId: 'undeclared', data: { stage: job.stage, stages: stages.join(', ') } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/unguarded-production-deploy.ts


const PRODUCTION = /^(?:prod|production|live)(?:$|[^a-z])/i;
/* harmony default export */ const unguarded_production_deploy = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/unguarded-production-deploy',
        domain: 'gitlab-ci',
        description: 'Jobs deploying to a production environment that run without a manual gate (`when: manual` in the job or its rules).',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 5.5,
        messages: {
            ungated: 'Job deploys to `{{environment}}` as soon as the pipeline gets here: add `when: manual` (in the job or the rule that selects it) and protect the environment so only approvers can run it.',
        },
    },
    create(context) {
        return {
            job(job) {
                if (job.hidden || !job.complete)
                    return;
                const environment = environmentOf(job);
                if (!environment || environment.action !== 'start' || !environment.name)
                    return;
                const production = environment.tier === 'production' || (!isDynamic(environment.name) && PRODUCTION.test(environment.name));
                if (!production)
                    return;
                if (job.resolved.when === 'manual' || job.resolved.manual_confirmation !== undefined)
                    return;
                if (rulesOf(job).some((rule) => rule.when === 'manual'))
                    return;
                const at = 'environment' in job.own ? context.model.locate([job.name, 'environment'], { key: true }) : job.keyAt;
                context.report({ at, messageId: 'ungated', data: { environment: environment.name } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/unknown-extends.ts


/* harmony default export */ const unknown_extends = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/unknown-extends',
        domain: 'gitlab-ci',
        description: '`extends` naming a job or template that is not defined in the file or the local files it includes.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            missing: '`extends: {{name}}` names a job that is not defined.{{hint}}',
        },
    },
    create(context) {
        return {
            job(job) {
                if (job.extends.length === 0)
                    return;
                const model = context.model;
                const view = model.project(context.readFile);
                if (!view.complete || model.header)
                    return;
                const list = job.own.extends;
                job.extends.forEach((name, index) => {
                    if (isDynamic(name) || view.jobs.has(name))
                        return;
                    const best = suggest(name, view.jobs.keys());
                    const at = model.locate(Array.isArray(list) ? [job.name, 'extends', index] : [job.name, 'extends']);
                    context.report({ at, messageId: 'missing', data: { name, hint: best ? ` Did you mean \`${best}\`?` : '' } });
                });
            },
        };
    },
}));

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/domains/gitlab-ci/keywords.ts
var keywords = __webpack_require__(1978);
;// CONCATENATED MODULE: ./src/rules/gitlab-ci/unknown-keyword.ts





/* harmony default export */ const unknown_keyword = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/unknown-keyword',
        domain: 'gitlab-ci',
        description: 'Keys GitLab does not know in jobs, `artifacts`, `cache`, `environment`, `default`, `include`, `workflow`, `rules` and the `spec:` header, and top-level keys that are neither keywords nor jobs.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            unknown: '`{{key}}` is not a {{where}} keyword.{{hint}}',
            notJob: '`{{key}}` is not a global keyword, and as a job it must be a mapping with `script`, `run` or `trigger`.',
            badType: 'Input type `{{value}}` is not one of array, boolean, number, string.',
            badWhen: '`when: {{value}}` is not one of {{allowed}}.',
        },
    },
    create(context) {
        const check = (model, map, path, allowed, where, header = false) => {
            for (const pair of map?.items ?? []) {
                if (!(0,dist/* isScalar */.jn)(pair.key))
                    continue;
                const key = (0,gitlab_ci_parse/* keyName */.xT)(pair.key);
                if (allowed.has(key) || key === '<<')
                    continue;
                const best = suggest(key, allowed);
                const at = header ? model.locateHeader([...path, key], { key: true }) : model.locate([...path, key], { key: true });
                context.report({ at, messageId: 'unknown', data: { key, where, hint: best ? ` Did you mean \`${best}\`?` : '' } });
            }
        };
        /** `artifacts`, `cache` (one or a list), `environment` under a job or `default`. */
        const checkNested = (model, owner, path) => {
            for (const key of ['artifacts', 'cache', 'environment']) {
                const value = owner.get(key, true);
                const allowed = keywords/* NESTED_KEYWORDS */.b8[key];
                if ((0,dist/* isMap */.jh)(value))
                    check(model, value, [...path, key], allowed, `\`${key}\``);
                else if (key === 'cache' && (0,dist/* isSeq */.oP)(value)) {
                    value.items.forEach((item, index) => {
                        if ((0,dist/* isMap */.jh)(item))
                            check(model, item, [...path, key, index], allowed, '`cache`');
                    });
                }
            }
        };
        const checkWhen = (model, value, path) => {
            if (typeof value === 'string' && !value.includes('$') && !keywords/* WHEN_VALUES */.wZ.has(value)) {
                context.report({ at: model.locate(path), messageId: 'badWhen', data: { value, allowed: [...keywords/* WHEN_VALUES */.wZ].join(', ') } });
            }
        };
        const checkRules = (model, node, path) => {
            if (!node || !('items' in node))
                return;
            node.items.forEach((item, index) => {
                if ((0,dist/* isMap */.jh)(item)) {
                    check(model, item, [...path, index], keywords/* RULE_KEYWORDS */._8, 'rules');
                    const when = item.get('when');
                    checkWhen(model, when, [...path, index, 'when']);
                }
            });
        };
        return {
            file(model) {
                const contents = model.document.contents;
                for (const pair of contents?.items ?? []) {
                    if (!(0,dist/* isScalar */.jn)(pair.key))
                        continue;
                    const key = (0,gitlab_ci_parse/* keyName */.xT)(pair.key);
                    if (keywords/* GLOBAL_KEYWORDS */.f.has(key) || key.startsWith('.') || key === '<<')
                        continue;
                    // `job name: *template` is a job too: the alias points at a mapping.
                    const value = (0,dist/* isAlias */.Vj)(pair.value) ? pair.value.resolve(model.document) : pair.value;
                    if (!(0,dist/* isMap */.jh)(value))
                        context.report({ at: model.locate([key], { key: true }), messageId: 'notJob', data: { key } });
                }
                const defaults = contents?.get('default', true);
                if ((0,dist/* isMap */.jh)(defaults)) {
                    check(model, defaults, ['default'], keywords/* DEFAULT_KEYWORDS */.zA, '`default`');
                    checkNested(model, defaults, ['default']);
                }
                const include = contents?.get('include', true);
                const entries = (0,dist/* isMap */.jh)(include) ? [include] : (0,dist/* isSeq */.oP)(include) ? include.items : [];
                entries.forEach((entry, index) => {
                    if ((0,dist/* isMap */.jh)(entry))
                        check(model, entry, (0,dist/* isMap */.jh)(include) ? ['include'] : ['include', index], keywords/* NESTED_KEYWORDS */.b8.include, '`include`');
                });
                const workflow = contents?.get('workflow', true);
                if ((0,dist/* isMap */.jh)(workflow)) {
                    check(model, workflow, ['workflow'], keywords/* WORKFLOW_KEYWORDS */.D7, '`workflow`');
                    checkRules(model, workflow.get('rules', true), ['workflow', 'rules']);
                }
                if (model.header) {
                    const headerMap = model.header.contents;
                    const spec = headerMap.get('spec', true);
                    if ((0,dist/* isMap */.jh)(spec)) {
                        check(model, spec, ['spec'], keywords/* SPEC_KEYWORDS */.l$, '`spec`', true);
                        const inputs = spec.get('inputs', true);
                        if ((0,dist/* isMap */.jh)(inputs)) {
                            for (const pair of inputs.items) {
                                if (!(0,dist/* isScalar */.jn)(pair.key) || !(0,dist/* isMap */.jh)(pair.value))
                                    continue;
                                const name = String(pair.key.value);
                                check(model, pair.value, ['spec', 'inputs', name], keywords/* INPUT_KEYWORDS */.gn, 'input', true);
                                const type = pair.value.get('type');
                                if (type !== undefined && !keywords/* INPUT_TYPES */.nl.has(String(type))) {
                                    context.report({ at: model.locateHeader(['spec', 'inputs', name, 'type']), messageId: 'badType', data: { value: String(type) } });
                                }
                            }
                        }
                    }
                }
            },
            job(job) {
                if (job.hidden || !job.node)
                    return;
                const model = context.model;
                check(model, job.node, [job.name], keywords/* JOB_KEYWORDS */.XV, 'job');
                checkNested(model, job.node, [job.name]);
                checkRules(model, job.node.get('rules', true), [job.name, 'rules']);
                checkWhen(model, job.node.get('when'), [job.name, 'when']);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/unpinned-image.ts


function imageTag(image) {
    if (image.includes('@sha256:'))
        return { tag: undefined, digest: true };
    const last = image.slice(image.lastIndexOf('/') + 1);
    const colon = last.indexOf(':');
    return { tag: colon >= 0 ? last.slice(colon + 1) : undefined, digest: false };
}
/* harmony default export */ const unpinned_image = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/unpinned-image',
        domain: 'gitlab-ci',
        description: 'Job, default and service images with the `latest` tag or no tag.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 5.0,
        messages: {
            latest: 'Image `{{image}}` uses the `latest` tag: pin a version tag or a digest so every run gets the same image.',
            untagged: 'Image `{{image}}` has no tag, so it means `latest`: pin a version tag or a digest.',
        },
    },
    create(context) {
        const check = (model, value, path) => {
            const name = typeof value === 'string' ? value : (0,gitlab_ci/* isPlainObject */.Qd)(value) && typeof value.name === 'string' ? value.name : undefined;
            if (!name || isDynamic(name))
                return;
            const at = model.locate(typeof value === 'string' ? path : [...path, 'name']);
            const { tag, digest } = imageTag(name);
            if (digest)
                return;
            if (tag === undefined)
                context.report({ at, messageId: 'untagged', data: { image: name } });
            else if (tag === 'latest')
                context.report({ at, messageId: 'latest', data: { image: name } });
        };
        const checkOwner = (model, owner, path) => {
            check(model, owner.image, [...path, 'image']);
            if (Array.isArray(owner.services))
                owner.services.forEach((service, index) => check(model, service, [...path, 'services', index]));
        };
        return {
            file(model) {
                checkOwner(model, model.data, []);
                if ((0,gitlab_ci/* isPlainObject */.Qd)(model.data.default))
                    checkOwner(model, model.data.default, ['default']);
            },
            job(job) {
                checkOwner(context.model, job.own, [job.name]);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/unpinned-include.ts


const SHA = /^[0-9a-f]{40}$/i;
const VERSION = /^v?\d+(?:\.\d+){0,3}(?:[-+][0-9A-Za-z.-]+)?$/;
function isPinnedRef(ref) {
    return SHA.test(ref) || VERSION.test(ref);
}
/* harmony default export */ const unpinned_include = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gitlab/unpinned-include',
        domain: 'gitlab-ci',
        description: 'Project, remote and component includes that follow a branch instead of a commit SHA or a release tag.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 6.5,
        messages: {
            project: 'Project include `{{value}}` {{state}}: pin `ref:` to a commit SHA or a release tag, so a push there cannot change this pipeline.',
            remote: 'Remote include `{{value}}` has no commit SHA or version in its URL: a change on that server changes this pipeline.',
            component: 'Component `{{value}}` uses `@{{ref}}`: pin a released version (`@1.2.3`) or a commit SHA.',
        },
    },
    create(context) {
        return {
            include(include) {
                if (isDynamic(include.value))
                    return;
                const at = context.model.locate([...include.keyPath, include.kind]);
                if (include.kind === 'project') {
                    if (include.ref !== undefined && (isDynamic(include.ref) || isPinnedRef(include.ref)))
                        return;
                    const state = include.ref === undefined ? 'has no `ref:` (it follows the default branch)' : `follows \`${include.ref}\``;
                    context.report({ at: include.ref === undefined ? at : context.model.locate([...include.keyPath, 'ref']), messageId: 'project', data: { value: include.value, state } });
                }
                else if (include.kind === 'remote') {
                    const segments = include.value.split(/[/?#=&]/);
                    if (segments.some((segment) => SHA.test(segment) || (VERSION.test(segment) && /\d+\.\d+/.test(segment))))
                        return;
                    context.report({ at, messageId: 'remote', data: { value: include.value } });
                }
                else if (include.kind === 'component') {
                    const ref = include.value.slice(include.value.lastIndexOf('@') + 1);
                    if (!include.value.includes('@') || isPinnedRef(ref) || isDynamic(ref))
                        return;
                    context.report({ at, messageId: 'component', data: { value: include.value, ref } });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/gitlab-ci/index.ts



























/** Every GitLab CI rule, sorted by file name. */
const gitlabCiRules = [artifacts_no_expiry, contradictory_rules, curl_pipe_shell, debug_trace, deploy_without_resource_group, deprecated_only_except, duplicate_pipelines, hardcoded_secret, input_injection, install_without_cache, invalid_needs, merge_request_secrets, missing_interruptible, missing_local_include, missing_timeout, personal_access_token, script_injection, secret_echo, security_allow_failure, gitlab_ci_syntax, trigger_any_source, undeclared_stage, unguarded_production_deploy, unknown_extends, unknown_keyword, unpinned_image, unpinned_include];

// EXTERNAL MODULE: ./src/data/github-actions/actions.ts
var actions = __webpack_require__(1823);
// EXTERNAL MODULE: ./src/rules/github-actions/support/facts.ts
var support_facts = __webpack_require__(4778);
;// CONCATENATED MODULE: ./src/rules/github-actions/support/known-action.ts

/** By `uses:` value, across files: the same few actions are used everywhere. */
const byValue = new Map();
function namedBy(value) {
    let named = byValue.get(value);
    if (named === undefined) {
        const parsed = (0,actions/* parseUses */.Ap)(value);
        const meta = parsed && actions/* ACTIONS */.kl[parsed.action];
        named = parsed && meta ? { action: parsed.action, meta, ref: parsed.ref, major: parsed.major, known: undefined } : null;
        if (named?.major && named.major in named.meta.majors)
            named.known = { action: named.action, meta: named.meta, major: named.major };
        if (byValue.size > 20_000)
            byValue.clear();
        byValue.set(value, named);
    }
    return named;
}
/** The snapshot entry and major of a step's `uses`, when the snapshot knows both. */
function knownUse(facts, uses) {
    if (!uses || typeof uses.value !== 'string')
        return undefined;
    const named = namedBy(uses.value);
    if (!named)
        return undefined;
    if (named.major)
        return named.known;
    // A SHA pin: the major comes from the version comment on its line.
    let major;
    if (/^[0-9a-f]{40}$/i.test(named.ref) && uses.range) {
        const line = facts.file.lineText(facts.file.position(uses.range[0]).line);
        const comment = /#\s*(?:tag[=:]\s*)?v?(\d+)(?:\.\d+){0,2}\b/.exec(line.slice(line.indexOf('#')));
        if (line.includes('#') && comment)
            major = `v${comment[1]}`;
    }
    if (!major || !(major in named.meta.majors))
        return undefined;
    return { action: named.action, meta: named.meta, major };
}

;// CONCATENATED MODULE: ./src/rules/github-actions/support/text.ts
/** Edit distance (Levenshtein), for "did you mean" hints. */
function distance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
/** The closest candidate within 2 edits (or a case/underscore variant), as a " Did you mean …?" hint. */
function didYouMean(word, candidates) {
    const lower = word.toLowerCase().replace(/_/g, '-');
    let best;
    let bestDistance = 3;
    for (const candidate of candidates) {
        const d = distance(lower, candidate.toLowerCase().replace(/_/g, '-'));
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best ? ` Did you mean "${best}"?` : '';
}

;// CONCATENATED MODULE: ./src/rules/github-actions/action-inputs.ts





const indexes = new Map();
/** Input names of a snapshot entry, a lower-case index of them and the required ones, built once per action. */
function inputIndex(action, inputs) {
    let index = indexes.get(action);
    if (!index) {
        const names = Object.keys(inputs);
        index = { names, byLower: new Map(names.map((name) => [name.toLowerCase(), name])), required: names.filter((name) => inputs[name].required) };
        indexes.set(action, index);
    }
    return index;
}
/* harmony default export */ const action_inputs = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/action-inputs',
        domain: 'github-actions',
        description: 'Inputs given to well-known actions must exist, required ones must be given, deprecated ones avoided (bundled action snapshot).',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            unknown: '{{action}}@{{major}} has no input "{{input}}".{{hint}}',
            missing: '{{action}}@{{major}} requires the input "{{input}}".',
            deprecated: 'Input "{{input}}" of {{action}} is deprecated: {{reason}}.',
        },
        equivalents: { actionlint: ['action'] },
    },
    create(context) {
        return {
            exit() {
                const facts = (0,support_facts/* factsOf */.xS)(context.file);
                for (const job of facts.jobs) {
                    for (const step of job.steps) {
                        const known = knownUse(facts, step.uses);
                        if (!known)
                            continue;
                        const { action, meta, major } = known;
                        if (!meta.inputsFrom || (0,actions/* majorNumber */.xX)(major) < (0,actions/* majorNumber */.xX)(meta.inputsFrom))
                            continue;
                        const { names: inputs, byLower: lowerInputs, required } = inputIndex(action, meta.inputs);
                        if (required.length > 0) {
                            const given = new Set();
                            for (const name of step.with.keys())
                                given.add(name.toLowerCase());
                            for (const name of required) {
                                if (!given.has(name.toLowerCase())) {
                                    context.report({ at: (0,support_facts.at)(facts, step.uses, [...step.path, 'uses']), messageId: 'missing', data: { action, major, input: name } });
                                }
                            }
                        }
                        for (const [name, pair] of step.with) {
                            const canonical = lowerInputs.get(name.toLowerCase());
                            if (!canonical) {
                                if (meta.inputsComplete)
                                    context.report({ at: (0,support_facts.at)(facts, pair.key, [...step.path, 'with', name]), messageId: 'unknown', data: { action, major, input: name, hint: didYouMean(name, inputs) } });
                            }
                            else if (meta.inputs[canonical].deprecated) {
                                context.report({ at: (0,support_facts.at)(facts, pair.key, [...step.path, 'with', name]), messageId: 'deprecated', data: { input: name, action, reason: meta.inputs[canonical].deprecated }, severity: 'warning' });
                            }
                        }
                    }
                }
            },
        };
    },
}));

// EXTERNAL MODULE: ./src/domains/github-actions/expressions/index.ts + 7 modules
var expressions = __webpack_require__(6875);
;// CONCATENATED MODULE: ./src/rules/github-actions/support/security.ts

/**
 * Shared knowledge of the security rules: which triggers outsiders control, which values they write, which actions
 * run code or touch caches. Everything is precompiled at module load; rules only look things up.
 */
/** Triggers that run with the base repository's secrets and a write token while reading data a fork controls. */
const PRIVILEGED_TRIGGERS = new Set(['pull_request_target', 'workflow_run']);
/** Triggers anyone (a fork's pull request, an issue or comment author) can fire in a public repository. */
const OUTSIDER_TRIGGERS = new Set([
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment',
    'issue_comment',
    'issues',
    'discussion',
    'discussion_comment',
    'workflow_run',
]);
function eventsOf(model) {
    if (model.kind !== 'workflow' || !model.on)
        return new Set();
    return new Set(model.on.events.keys());
}
function privilegedEvents(workflow) {
    return [...eventsOf(workflow)].filter((event) => PRIVILEGED_TRIGGERS.has(event));
}
/** `owner/repo` (lower-cased) of a step's repository action, with the sub-path when there is one. */
function actionOf(step) {
    const uses = step.uses;
    if (!uses || uses.kind !== 'repository' || !uses.slug)
        return undefined;
    return uses.subPath ? `${uses.slug}/${uses.subPath.toLowerCase()}` : uses.slug;
}
/** A `with:` value as a string (numbers and booleans as YAML wrote them); undefined when absent. */
function withValue(step, name) {
    const value = step.with?.get(name)?.value;
    return value === undefined || value === null ? undefined : String(value);
}
/**
 * Values written by whoever opens a pull request, issue, comment or review, or pushes a commit or branch: fields of
 * `github` that reach a workflow unfiltered. `*` matches any index. Bounded-character fields (logins, numbers, SHAs)
 * are left out on purpose.
 */
const ATTACKER_FIELDS = [
    'head_ref',
    'event.issue.title',
    'event.issue.body',
    'event.pull_request.title',
    'event.pull_request.body',
    'event.pull_request.head.ref',
    'event.pull_request.head.label',
    'event.pull_request.head.repo.default_branch',
    'event.pull_request.head.repo.description',
    'event.comment.body',
    'event.review.body',
    'event.review_comment.body',
    'event.discussion.title',
    'event.discussion.body',
    'event.pages.*.page_name',
    'event.commits.*.message',
    'event.commits.*.author.email',
    'event.commits.*.author.name',
    'event.commits.*.committer.email',
    'event.commits.*.committer.name',
    'event.head_commit.message',
    'event.head_commit.author.email',
    'event.head_commit.author.name',
    'event.head_commit.committer.email',
    'event.head_commit.committer.name',
    'event.workflow_run.head_branch',
    'event.workflow_run.display_title',
    'event.workflow_run.head_commit.message',
    'event.workflow_run.head_commit.author.email',
    'event.workflow_run.head_commit.author.name',
    'event.workflow_run.head_commit.committer.email',
    'event.workflow_run.head_commit.committer.name',
    'event.workflow_run.pull_requests.*.head.ref',
    'event.workflow_run.head_repository.description',
    'event.check_suite.head_branch',
    'event.check_run.check_suite.head_branch',
].map((field) => field.split('.'));
function segmentsOf(access) {
    return access.path.map((segment) => ('name' in segment ? segment.name.toLowerCase() : '*'));
}
/** True when a `github.…` access reads a value outsiders write. */
function isAttackerControlled(access) {
    if (access.context !== 'github')
        return false;
    const path = segmentsOf(access);
    return ATTACKER_FIELDS.some((field) => field.length === path.length && field.every((name, i) => name === '*' || path[i] === '*' || name === path[i]));
}
/**
 * Events whose payload carries each attacker-controlled field; a workflow none of whose triggers sends the payload
 * reads an empty value. `workflow_call` inherits its caller's event, so it may carry any of them.
 */
const CARRIERS = [
    ['head_ref', ['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']],
    ['event.issue', ['issues', 'issue_comment']],
    ['event.pull_request', ['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']],
    ['event.comment', ['issue_comment', 'pull_request_review_comment', 'commit_comment', 'discussion_comment']],
    ['event.review', ['pull_request_review']],
    ['event.review_comment', ['pull_request_review_comment']],
    ['event.discussion', ['discussion', 'discussion_comment']],
    ['event.pages', ['gollum']],
    ['event.commits', ['push']],
    ['event.head_commit', ['push']],
    ['event.workflow_run', ['workflow_run']],
    ['event.check_suite', ['check_suite']],
    ['event.check_run', ['check_run']],
];
/** False when the workflow's triggers all leave the field empty (no trigger sends the payload it comes from). */
function canCarry(workflow, source) {
    if (!workflow?.on)
        return true;
    const events = workflow.on.events;
    if (events.has('workflow_call'))
        return true;
    const field = source.replace(/^github\./i, '').replace(/\[[^\]]*\]/g, '.*').toLowerCase();
    const carrier = CARRIERS.find(([prefix]) => field === prefix || field.startsWith(`${prefix}.`));
    return !carrier || carrier[1].some((event) => events.has(event));
}
/** Functions whose result carries their arguments' text (the others return booleans, numbers or hashes). */
const PASS_THROUGH = new Set(['format', 'join', 'tojson', 'fromjson']);
const flowing = new WeakMap();
/**
 * The access chains whose *value* ends up in the expression's result (not ones only compared or tested). Worked out
 * once per AST (parses are shared between equal bodies); the list must not be changed.
 */
function flowingAccesses(root) {
    let found = flowing.get(root);
    if (!found) {
        found = findFlowingAccesses(root);
        flowing.set(root, found);
    }
    return found;
}
function findFlowingAccesses(root) {
    const chains = [];
    const walk = (node) => {
        switch (node.kind) {
            case 'context':
            case 'property':
            case 'index':
            case 'star':
                chains.push(node);
                return;
            case 'call': {
                const name = node.name.toLowerCase();
                if (PASS_THROUGH.has(name))
                    for (const arg of node.args)
                        walk(arg);
                else if (name === 'case')
                    node.args.forEach((arg, i) => (i % 2 === 1 || i === node.args.length - 1) && walk(arg));
                return;
            }
            case 'binary':
                if (node.op === '&&' || node.op === '||') {
                    walk(node.left);
                    walk(node.right);
                }
                return;
            default:
                return;
        }
    };
    walk(root);
    const out = [];
    for (const chain of chains)
        for (const access of (0,expressions/* contextAccesses */.kO)(chain))
            if (access.node === chain)
                out.push(access);
    return out;
}
/** The `env:` value a step sees for a variable: the step's, else its job's, else the workflow's. */
function security_envValue(step, job, workflow, name) {
    const scopes = [step?.env, job?.env, workflow?.env];
    for (const scope of scopes) {
        const value = scope?.get(name);
        if (value)
            return value;
    }
    return undefined;
}
/** Attacker-controlled values flowing out of an expression, directly or through an `env.X` set from one. */
function taintsOf(expression) {
    const ast = expression.ast;
    if (!ast)
        return [];
    const out = [];
    for (const access of flowingAccesses(ast)) {
        if (isAttackerControlled(access)) {
            out.push({ access, source: expression.body.slice(access.start, access.end), via: undefined });
            continue;
        }
        const first = access.path[0];
        if (access.context === 'env' && first && 'name' in first && access.path.length === 1) {
            const value = security_envValue(expression.step, expression.job, expression.workflow, first.name);
            for (const inner of value?.expressions ?? []) {
                if (!inner.ast)
                    continue;
                const direct = flowingAccesses(inner.ast).find(isAttackerControlled);
                if (direct) {
                    out.push({ access, source: inner.body.slice(direct.start, direct.end), via: first.name });
                    break;
                }
            }
        }
    }
    return out;
}
/** Inputs of well-known actions that run their value as code. */
const CODE_INPUTS = new Map([
    ['actions/github-script', new Set(['script'])],
    ['azure/cli', new Set(['inlinescript'])],
    ['azure/powershell', new Set(['inlinescript'])],
    ['mikefarah/yq', new Set(['cmd'])],
    ['addnab/docker-run-action', new Set(['run'])],
    ['appleboy/ssh-action', new Set(['script'])],
]);
/** True when the expression sits where its text becomes code: a `run:` script or a code input of a known action. */
function isCodeSink(expression) {
    if (expression.owner !== 'step')
        return false;
    if (expression.place === 'run')
        return true;
    if (expression.place === 'with' && expression.entry && expression.step) {
        const action = actionOf(expression.step);
        return action !== undefined && CODE_INPUTS.get(action)?.has(expression.entry.toLowerCase()) === true;
    }
    return false;
}
function isFirstPartyOwner(owner) {
    const lower = owner?.toLowerCase();
    return lower === 'actions' || lower === 'github';
}
/** Actions that publish what the job built. */
const PUBLISHERS = new Set([
    'pypa/gh-action-pypi-publish',
    'softprops/action-gh-release',
    'ncipollo/release-action',
    'goreleaser/goreleaser-action',
    'actions/create-release',
    'rubygems/release-gem',
    'js-devtools/npm-publish',
    'svenstaro/upload-release-action',
]);
const PUBLISH_COMMAND = /\b(?:npm|pnpm|yarn)\s+publish\b|\bcargo\s+publish\b|\btwine\s+upload\b|\bgem\s+push\b|\bdocker\s+push\b|\bgoreleaser\s+release\b|\bpoetry\s+publish\b|\bdotnet\s+nuget\s+push\b|\bgh\s+release\s+(?:create|upload)\b/;
const TRUE_VALUE = /^(?:true|yes|on|1)$/i;
/** True when a job publishes what it built (release actions, `npm publish`, `docker push`, …). */
function publishes(job) {
    return job.steps.some((step) => {
        const action = actionOf(step);
        if (action && PUBLISHERS.has(action))
            return true;
        if (action === 'docker/build-push-action')
            return TRUE_VALUE.test(withValue(step, 'push') ?? '');
        return step.run !== undefined && PUBLISH_COMMAND.test(step.run.value);
    });
}
/** Triggered only by releases or tag pushes (what it builds is what users get): how, for messages; else undefined. */
function releaseTrigger(workflow) {
    const on = workflow.on;
    if (!on)
        return undefined;
    if (on.has('release'))
        return '`release`';
    const push = on.get('push');
    if (push && push.filters.has('tags') && !push.filters.has('branches') && !push.filters.has('branches-ignore'))
        return 'tag pushes';
    return undefined;
}

;// CONCATENATED MODULE: ./src/rules/github-actions/artipacked.ts


const GIT_PUSH = /\bgit\s+push\b/;
function check(context, steps) {
    const uploads = steps.some((step) => actionOf(step) === 'actions/upload-artifact');
    // A job that pushes needs the stored credentials; only an upload makes that a leak worth reporting.
    const pushes = steps.some((step) => step.run !== undefined && GIT_PUSH.test(step.run.value));
    for (const step of steps) {
        if (actionOf(step) !== 'actions/checkout')
            continue;
        if (withValue(step, 'persist-credentials') === 'false')
            continue;
        if (pushes && !uploads)
            continue;
        context.report({ at: step.uses, messageId: uploads ? 'uploaded' : 'persisted' });
    }
}
/* harmony default export */ const artipacked = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/artipacked',
        domain: 'github-actions',
        description: '`actions/checkout` should set `persist-credentials: false`, so the token is not left in `.git/config` for later steps and uploaded artifacts.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 5.5,
        messages: {
            persisted: '`actions/checkout` stores the job token in `.git/config`, where every later step (and any artifact of the workspace) can read it: set `persist-credentials: false`.',
            uploaded: '`actions/checkout` stores the job token in `.git/config` and this job uploads an artifact of the workspace: set `persist-credentials: false`.',
        },
        equivalents: { zizmor: ['artipacked'] },
    },
    create(context) {
        return {
            job(job) {
                check(context, job.steps);
            },
            action(action) {
                check(context, action.steps);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/support/each.ts
/**
 * Every expression of the model, in the order the domain's walk emits them (the file's own, then each job's and
 * its steps'). A rule that only reads expressions loops here from its `exit` hook: one call instead of one
 * dispatch per expression.
 */
function forEachExpression(model, visit) {
    for (const expression of model.expressions)
        visit(expression);
    if (model.kind === 'workflow') {
        for (const job of model.jobs) {
            for (const expression of job.expressions)
                visit(expression);
            for (const step of job.steps)
                for (const expression of step.expressions)
                    visit(expression);
        }
    }
    else {
        for (const step of model.steps)
            for (const expression of step.expressions)
                visit(expression);
    }
}
/** Each job and step of the model in the walk's order (a job, then its steps); an action has steps only. */
function forEachJobAndStep(model, onJob, onStep) {
    if (model.kind === 'workflow') {
        for (const job of model.jobs) {
            onJob(job);
            for (const step of job.steps)
                onStep(step);
        }
    }
    else {
        for (const step of model.steps)
            onStep(step);
    }
}

;// CONCATENATED MODULE: ./src/rules/github-actions/bot-conditions.ts




const SPOOFABLE = new Set(['actor', 'triggering_actor']);
const MENTIONS_ACTOR = /actor/i;
function actorField(node) {
    if (node.kind === 'property' && node.object.kind === 'context' && node.object.name.toLowerCase() === 'github' && SPOOFABLE.has(node.name.toLowerCase())) {
        return `github.${node.name}`;
    }
    if (node.kind === 'index' && node.object.kind === 'context' && node.object.name.toLowerCase() === 'github' && node.index.kind === 'literal' && SPOOFABLE.has(String(node.index.value).toLowerCase())) {
        return `github.${String(node.index.value)}`;
    }
    return undefined;
}
const isBotLiteral = (node) => node.kind === 'literal' && node.type === 'string' && /\[bot\]$/i.test(String(node.value));
function checkExpression(context, expression) {
    // Both fields name an actor: a condition without the word cannot read one.
    if (expression.place !== 'if' || !expression.ast || !MENTIONS_ACTOR.test(expression.body))
        return;
    const workflow = expression.workflow;
    (0,expressions/* visit */.YR)(expression.ast, (node) => {
        let field;
        if (node.kind === 'binary' && node.op === '==') {
            field = (isBotLiteral(node.right) && actorField(node.left)) || (isBotLiteral(node.left) && actorField(node.right)) || undefined;
        }
        else if (node.kind === 'call' && /^(?:contains|endswith|startswith)$/i.test(node.name) && node.args.length === 2) {
            field = (isBotLiteral(node.args[1]) || (node.args[1].kind === 'literal' && /bot/i.test(String(node.args[1].value)))) ? actorField(node.args[0]) : undefined;
        }
        if (!field)
            return;
        const privileged = workflow?.on !== undefined && [...workflow.on.events.keys()].some((event) => PRIVILEGED_TRIGGERS.has(event));
        context.report({ at: expression.atBody(node.start, node.end), messageId: 'spoofable', data: { field }, severity: privileged ? 'error' : undefined });
    });
}
/* harmony default export */ const bot_conditions = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/bot-conditions',
        domain: 'github-actions',
        description: '`github.actor == \'dependabot[bot]\'` does not prove a bot wrote the code: the actor is whoever caused the latest event, which an outsider can arrange.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 7.0,
        messages: {
            spoofable: '`{{field}}` names whoever caused the latest event, not the author of the code: an outsider can make a bot the actor of a run on their changes. Check `github.event.pull_request.user.login` instead.',
        },
        equivalents: { zizmor: ['bot-conditions'] },
    },
    create(context) {
        return {
            exit(model) {
                forEachExpression(model, (expression) => checkExpression(context, expression));
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/cache-poisoning.ts


const TRUE = /^(?:true|yes|on|1)$/i;
/** Why a step restores a cache, or undefined when it does not. */
function cacheOf(step, packageManager) {
    const action = actionOf(step);
    if (!action)
        return undefined;
    switch (action) {
        case 'actions/setup-node': {
            const cache = withValue(step, 'cache');
            if (cache)
                return `\`${action}\` with \`cache: ${cache}\``;
            // v5+ caches on its own when package.json names a package manager, unless told not to.
            const major = /^v?(\d+)/.exec(step.uses?.commentVersion ?? step.uses?.ref ?? '')?.[1];
            if (major === undefined || Number(major) < 5 || withValue(step, 'package-manager-cache') === 'false')
                return undefined;
            return packageManager() ? `\`${action}\` (v5+ caches automatically for the \`packageManager\` in package.json; set \`package-manager-cache: false\`)` : undefined;
        }
        case 'actions/cache':
        case 'actions/cache/restore':
            return `\`${action}\``;
        case 'actions/setup-python':
        case 'actions/setup-java': {
            const cache = withValue(step, 'cache');
            return cache && cache !== 'false' ? `\`${action}\` with \`cache: ${cache}\`` : undefined;
        }
        case 'actions/setup-dotnet':
            return TRUE.test(withValue(step, 'cache') ?? '') ? `\`${action}\` with \`cache: true\`` : undefined;
        case 'actions/setup-go': {
            const cache = withValue(step, 'cache');
            if (cache !== undefined)
                return TRUE.test(cache) ? `\`${action}\` with \`cache: true\`` : undefined;
            // Caching is on by default since v4.
            const major = /^v?(\d+)/.exec(step.uses?.commentVersion ?? step.uses?.ref ?? '')?.[1];
            return major === undefined || Number(major) >= 4 ? `\`${action}\` (caches by default since v4)` : undefined;
        }
        case 'ruby/setup-ruby':
            return TRUE.test(withValue(step, 'bundler-cache') ?? '') ? '`ruby/setup-ruby` with `bundler-cache: true`' : undefined;
        case 'astral-sh/setup-uv':
            return TRUE.test(withValue(step, 'enable-cache') ?? '') ? '`astral-sh/setup-uv` with `enable-cache: true`' : undefined;
        case 'swatinem/rust-cache':
            return '`Swatinem/rust-cache`';
        default:
            return undefined;
    }
}
/* harmony default export */ const cache_poisoning = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/cache-poisoning',
        domain: 'github-actions',
        description: 'Release and publish jobs must not restore caches: any workflow run on the default branch can write a cache entry the release then trusts.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 7.0,
        messages: {
            release: '{{cache}} restores a cache in a workflow triggered by {{trigger}}: a poisoned entry written by any other run would ship in the release. Build releases without caches.',
            publish: '{{cache}} restores a cache in a job that publishes: a poisoned entry written by any other run would be published. Build published artifacts without caches.',
        },
        equivalents: { zizmor: ['cache-poisoning'] },
    },
    create(context) {
        let hasPackageManager;
        const packageManager = () => {
            if (hasPackageManager !== undefined)
                return hasPackageManager;
            try {
                const json = JSON.parse(context.readFile('package.json') ?? '{}');
                hasPackageManager = json.packageManager !== undefined || json.devEngines?.packageManager !== undefined;
            }
            catch {
                hasPackageManager = false;
            }
            return hasPackageManager;
        };
        return {
            workflow(workflow) {
                const trigger = releaseTrigger(workflow);
                for (const job of workflow.jobs) {
                    const publishing = trigger === undefined && publishes(job);
                    if (trigger === undefined && !publishing)
                        continue;
                    for (const step of job.steps) {
                        const cache = cacheOf(step, packageManager);
                        if (!cache)
                            continue;
                        context.report({ at: step.uses, messageId: trigger ? 'release' : 'publish', data: { cache, trigger: trigger ?? '' } });
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/context-availability.ts



/** Where an access's context name is, made only for a report. */
function contextAt(facts, site, access) {
    return (0,support_facts/* atOffsets */.Ml)(facts, site.bodyStart + access.start, site.bodyStart + access.start + access.context.length, site.path);
}
const SPECIAL = new Set(['always', 'cancelled', 'success', 'failure', 'hashfiles']);
/* harmony default export */ const context_availability = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/context-availability',
        domain: 'github-actions',
        description: 'Contexts and special functions must be available where they are used (e.g. no `secrets` in `runs-on`).',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            context: 'The `{{name}}` context is not available in `{{key}}`; available there: {{available}}.',
            actionContext: 'The `{{name}}` context is not available in an action; available: {{available}}.',
            unknownContext: 'Unknown context `{{name}}`: contexts are {{known}}.',
            function: '`{{name}}()` is not available in `{{key}}`.',
        },
        equivalents: { actionlint: ['expression'] },
    },
    create(context) {
        return {
            exit() {
                const facts = (0,support_facts/* factsOf */.xS)(context.file);
                if (facts.kind === 'unknown')
                    return;
                for (const site of facts.expressions) {
                    if (!site.ast)
                        continue;
                    const row = facts.kind === 'workflow' ? (0,expressions/* workflowAvailability */.T_)(site.path) : undefined;
                    for (const access of (0,support_facts/* accessesOf */.Cn)(site.ast)) {
                        const name = access.context;
                        if (!expressions/* ALL_CONTEXTS */.PN.has(name)) {
                            context.report({ at: contextAt(facts, site, access), messageId: 'unknownContext', data: { name, known: [...expressions/* ALL_CONTEXTS */.PN].join(', ') } });
                        }
                        else if (facts.kind === 'action') {
                            if (!expressions/* ACTION_CONTEXTS */.sT.has(name))
                                context.report({ at: contextAt(facts, site, access), messageId: 'actionContext', data: { name, available: [...expressions/* ACTION_CONTEXTS */.sT].join(', ') } });
                        }
                        else if (row && !row.contexts.has(name)) {
                            context.report({ at: contextAt(facts, site, access), messageId: 'context', data: { name, key: row.key, available: [...row.contexts].join(', ') } });
                        }
                    }
                    if (!row)
                        continue;
                    (0,expressions/* visit */.YR)(site.ast, (node) => {
                        if (node.kind !== 'call')
                            return;
                        const lower = node.name.toLowerCase();
                        if (!SPECIAL.has(lower) || row.functions.has(lower))
                            return;
                        const spec = expressions/* FUNCTIONS */.AW.get(lower);
                        context.report({ at: (0,support_facts/* atOffsets */.Ml)(facts, site.bodyStart + node.start, site.bodyStart + node.nameEnd, site.path), messageId: 'function', data: { name: spec.name, key: row.key } });
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/dangerous-triggers.ts


/** A `ref:`/`repository:` naming the pull request's head (or the triggering run's head) instead of the base. */
const UNTRUSTED_REF = /pull_request\.head\.(?:sha|ref)|\bhead_ref\b|workflow_run\.head_(?:sha|branch)|refs\/pull\/|pull_request\.number|event\.number|head\.repo\.full_name|head_repository\.full_name/;
/** Shell commands that fetch or check out the pull request's code. */
const UNTRUSTED_FETCH = /\bgh\s+pr\s+checkout\b|\bgit\s+(?:fetch|checkout|switch|pull)\b[^\n]*(?:pull\/|pull_request\.head|head_ref|head_sha|head_branch|refs\/pull)/;
const DOWNLOADS = new Set(['actions/download-artifact', 'dawidd6/action-download-artifact']);
const RUN_DOWNLOAD = /\bgh\s+run\s+download\b/;
const CACHES = new Set(['actions/cache', 'actions/cache/restore']);
/** Commands that execute files of the workspace, which an unpacked artifact may have replaced. */
const RUNS_WORKSPACE = /(?:^|[\s;&|(])(?:\.\/|bash\s+\S|sh\s+\S|source\s|\.\s+\S|npm\s|npx\s|yarn\b|pnpm\b|make\b|python3?\s|node\s|go\s+(?:run|test|build)|cargo\s|gradle|\.\/gradlew|mvn\s|pip\s+install\s+(?:-e\s+)?\.)/m;
function executesWorkspace(step) {
    if (step.uses?.kind === 'local')
        return true;
    return step.run !== undefined && RUNS_WORKSPACE.test(step.run.value);
}
function checksOutUntrusted(step) {
    if (actionOf(step) === 'actions/checkout') {
        return UNTRUSTED_REF.test(withValue(step, 'ref') ?? '') || UNTRUSTED_REF.test(withValue(step, 'repository') ?? '');
    }
    return step.run !== undefined && UNTRUSTED_FETCH.test(step.run.value);
}
function checkJob(context, job, trigger, workflowRun) {
    let untrusted = false;
    for (const [index, step] of job.steps.entries()) {
        const action = actionOf(step);
        if (checksOutUntrusted(step)) {
            untrusted = true;
            context.report({ at: step.uses ?? step.run ?? step, messageId: 'checkout', data: { trigger } });
        }
        else if (workflowRun && ((action !== undefined && DOWNLOADS.has(action)) || (step.run && RUN_DOWNLOAD.test(step.run.value)))) {
            // Reading an artifact as data is the safe pattern; running workspace files after unpacking it is not.
            if (job.steps.slice(index + 1).some(executesWorkspace))
                context.report({ at: step.uses ?? step.run ?? step, messageId: 'artifact', severity: 'warning' });
        }
        else if (untrusted && action !== undefined && CACHES.has(action)) {
            context.report({ at: step.uses, messageId: 'cache', data: { trigger } });
        }
    }
}
/* harmony default export */ const dangerous_triggers = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/dangerous-triggers',
        domain: 'github-actions',
        description: '`pull_request_target`, `workflow_run` and `issue_comment` workflows run with secrets and a write token: they must not check out, cache or unpack the untrusted code that triggered them.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 9.0,
        messages: {
            checkout: 'This `{{trigger}}` workflow checks out the pull request\'s code, which then runs with this repository\'s secrets and a write token: build untrusted code in a `pull_request` workflow instead.',
            artifact: 'Artifacts of the run that triggered this `workflow_run` workflow are made by untrusted code, and a later step runs files of the workspace they may overwrite: unpack them outside the workspace (e.g. `path: ${{ runner.temp }}/artifact`) and read them as data only.',
            cache: 'This job restores a cache after checking out untrusted code under `{{trigger}}`: the code can poison caches the base branch reads.',
        },
        equivalents: { zizmor: ['dangerous-triggers'], scorecard: ['Dangerous-Workflow'] },
    },
    create(context) {
        return {
            workflow(workflow) {
                // issue_comment runs with secrets too, and `/test`-style comment bots check out the PR's head.
                const events = [...privilegedEvents(workflow), ...(workflow.on?.has('issue_comment') ? ['issue_comment'] : [])];
                if (events.length === 0)
                    return;
                const trigger = events.join('`/`');
                for (const job of workflow.jobs)
                    checkJob(context, job, trigger, events.includes('workflow_run'));
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/deprecated-command.ts


const COMMANDS = {
    'set-output': 'append `name=value` to "$GITHUB_OUTPUT"',
    'save-state': 'append `name=value` to "$GITHUB_STATE"',
    'set-env': 'append `NAME=value` to "$GITHUB_ENV"',
    'add-path': 'append the directory to "$GITHUB_PATH"',
};
const PATTERN = /::(set-output|save-state|set-env|add-path)\b/g;
const FILES = { 'set-output': 'GITHUB_OUTPUT', 'save-state': 'GITHUB_STATE' };
/**
 * `echo "::set-output name=x::value"` → `echo "x=value" >> "$GITHUB_OUTPUT"` (and save-state), when the whole
 * command is one simple `echo` on its line; anything else is left for a person.
 */
function rewrite(text, at, command) {
    const file = FILES[command];
    if (!file)
        return undefined;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const newline = text.indexOf('\n', at);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const match = /^(\s*(?:-\s+run:\s+|run:\s+)?)echo\s+(["']?)::(?:set-output|save-state) name=([A-Za-z_][\w-]*)::(.*?)\2\s*$/.exec(line);
    if (!match || match[4].includes(match[2] || ' '))
        return undefined;
    const [, prefix, quote, name, value] = match;
    const q = quote || '"';
    return {
        description: `write ${command} to $${file}`,
        safe: true,
        edits: [{ start: lineStart, end: lineEnd, text: `${prefix}echo ${q}${name}=${value}${q} >> "$${file}"` }],
    };
}
/* harmony default export */ const deprecated_command = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/deprecated-command',
        domain: 'github-actions',
        description: 'Run scripts must not use the disabled `::set-output`, `::save-state`, `::set-env` and `::add-path` workflow commands.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            command: 'The `::{{command}}` workflow command is disabled: {{instead}}.',
        },
        equivalents: { actionlint: ['deprecated-commands'] },
    },
    create(context) {
        return {
            exit() {
                const facts = (0,support_facts/* factsOf */.xS)(context.file);
                const { text } = facts.file;
                for (const job of facts.jobs) {
                    for (const step of job.steps) {
                        const run = step.run;
                        if (!run?.range || typeof run.value !== 'string' || !run.value.includes('::'))
                            continue;
                        const source = text.slice(run.range[0], run.range[1]);
                        PATTERN.lastIndex = 0;
                        for (let match = PATTERN.exec(source); match; match = PATTERN.exec(source)) {
                            const command = match[1];
                            const start = run.range[0] + match.index;
                            const fix = rewrite(text, start, command);
                            context.report({
                                at: (0,support_facts/* atOffsets */.Ml)(facts, start, start + match[0].length, [...step.path, 'run']),
                                messageId: 'command',
                                data: { command, instead: COMMANDS[command] },
                                ...(fix ? { fix } : {}),
                            });
                        }
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/excessive-permissions.ts

/* harmony default export */ const excessive_permissions = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/excessive-permissions',
        domain: 'github-actions',
        description: 'Workflows must declare the token permissions they need, never `write-all`, and grant write scopes in the jobs that need them rather than to every job.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 6.5,
        messages: {
            undeclared: 'Job "{{job}}" declares no `permissions:` and neither does the workflow, so its token gets the repository default (possibly read-write on everything): add `permissions:` (e.g. `contents: read`).',
            writeAll: '`permissions: write-all` gives the token write access to every scope: list the scopes the job needs.',
            topLevelWrite: '`{{scope}}: write` at the top applies to every job, including {{jobs}}: grant it in the jobs that need it.',
        },
        equivalents: { zizmor: ['excessive-permissions'], scorecard: ['Token-Permissions'] },
    },
    create(context) {
        return {
            workflow(workflow) {
                const events = workflow.on ? [...workflow.on.events.keys()] : [];
                // A reusable workflow's token is bounded by its caller's permissions.
                if (events.length === 1 && events[0] === 'workflow_call')
                    return;
                const top = workflow.permissions;
                if (top?.kind === 'write-all')
                    context.report({ at: top, messageId: 'writeAll' });
                for (const job of workflow.jobs) {
                    if (job.permissions?.kind === 'write-all')
                        context.report({ at: job.permissions, messageId: 'writeAll' });
                    if (!top && !job.permissions)
                        context.report({ at: job.at([], { key: true }), messageId: 'undeclared', data: { job: job.id } });
                }
                if (top?.kind !== 'map' || workflow.jobs.length < 2)
                    return;
                const inheriting = workflow.jobs.filter((job) => !job.permissions);
                if (inheriting.length === 0)
                    return;
                const names = inheriting.map((job) => `"${job.id}"`);
                const jobs = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
                for (const [scope, value] of top.scopes) {
                    if (value.level === 'write')
                        context.report({ at: value, messageId: 'topLevelWrite', data: { scope, jobs } });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/expression-syntax.ts



const KNOWN_FUNCTIONS = [...expressions/* FUNCTIONS */.AW.values()].map((spec) => spec.name).join(', ');
/* harmony default export */ const expression_syntax = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/expression-syntax',
        domain: 'github-actions',
        description: 'Expressions must parse, be closed, and call known functions with the right number of arguments.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            syntax: 'Invalid expression: {{message}}.',
            unclosed: 'The expression opened here has no closing `}}`.',
            unknownFunction: 'Unknown function `{{name}}()`: the expression language has {{known}}.',
            arity: '`{{name}}()` takes {{expected}}, not {{count}}.',
        },
        equivalents: { actionlint: ['expression', 'syntax-check'] },
    },
    create(context) {
        return {
            exit() {
                const facts = (0,support_facts/* factsOf */.xS)(context.file);
                for (const site of facts.expressions) {
                    if (!site.closed) {
                        context.report({ at: (0,support_facts/* atOffsets */.Ml)(facts, site.start, site.start + 3, site.path), messageId: 'unclosed' });
                        continue;
                    }
                    if (site.error) {
                        const start = site.bodyStart + site.error.offset;
                        context.report({ at: (0,support_facts/* atOffsets */.Ml)(facts, start, start + site.error.length, site.path), messageId: 'syntax', data: { message: site.error.message } });
                        continue;
                    }
                    if (!site.ast)
                        continue;
                    (0,expressions/* visit */.YR)(site.ast, (node) => {
                        if (node.kind !== 'call')
                            return;
                        const spec = expressions/* FUNCTIONS */.AW.get(node.name.toLowerCase());
                        const where = (0,support_facts/* atOffsets */.Ml)(facts, site.bodyStart + node.start, site.bodyStart + node.nameEnd, site.path);
                        if (!spec) {
                            context.report({ at: where, messageId: 'unknownFunction', data: { name: node.name, known: KNOWN_FUNCTIONS } });
                            return;
                        }
                        const count = node.args.length;
                        if (count < spec.min || count > spec.max || (spec.odd && count % 2 === 0)) {
                            context.report({ at: where, messageId: 'arity', data: { name: spec.name, expected: (0,expressions/* arityText */.pw)(spec), count } });
                        }
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/falsy-ternary.ts



function falsy_ternary_checkExpression(context, expression) {
    const ast = expression.ast;
    if (!ast || !expression.body.includes('||'))
        return;
    (0,expressions/* visit */.YR)(ast, (node) => {
        if (node.kind !== 'binary' || node.op !== '||' || node.left.kind !== 'binary' || node.left.op !== '&&')
            return;
        const middle = node.left.right;
        if (middle.kind !== 'literal')
            return;
        const falsy = middle.value === '' || middle.value === 0 || middle.value === false || middle.value === null;
        if (!falsy)
            return;
        context.report({ at: expression.atBody(middle.start, middle.end), messageId: 'falsy', data: { value: expression.body.slice(middle.start, middle.end) } });
    });
}
/* harmony default export */ const falsy_ternary = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/falsy-ternary',
        domain: 'github-actions',
        description: "`cond && '' || 'x'` is not a ternary: when the middle value is falsy (`''`, `0`, `false`, `null`) the result is always the last one.",
        category: 'correctness',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            falsy: '`{{value}}` is falsy, so `a && {{value}} || b` always gives `b`: use `case(a, {{value}}, b)` or swap the branches with `!a && b || {{value}}`.',
        },
    },
    create(context) {
        return {
            exit(model) {
                forEachExpression(model, (expression) => falsy_ternary_checkExpression(context, expression));
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/github-env.ts


/** A shell, PowerShell or cmd reference to the file, on a line that writes to it. */
const FILE_REFERENCE = /(?:\$\{?|\$env:|%)(GITHUB_ENV|GITHUB_PATH)\b/gi;
const WRITES = /(?:>|\btee\b|Out-File|Add-Content|Set-Content)/i;
const SCRIPT_EXPORT = /\bcore\.(exportVariable|addPath)\s*\(/g;
function checkStep(context, step, trigger) {
    const run = step.run;
    if (run) {
        const text = run.value;
        for (const match of text.matchAll(FILE_REFERENCE)) {
            const lineStart = text.lastIndexOf('\n', match.index) + 1;
            const lineEnd = text.indexOf('\n', match.index);
            if (!WRITES.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd)))
                continue;
            const at = step.workflow.context.atValue(run, match.index, match.index + match[0].length);
            context.report({ at, messageId: 'write', data: { file: match[1].toUpperCase(), trigger } });
        }
    }
    const script = actionOf(step) === 'actions/github-script' ? step.with?.get('script') : undefined;
    if (script && typeof script.value === 'string') {
        for (const match of script.value.matchAll(SCRIPT_EXPORT)) {
            const at = step.workflow.context.atValue(script, match.index, match.index + match[0].length - 1);
            context.report({ at, messageId: 'script', data: { call: match[1], trigger } });
        }
    }
}
/* harmony default export */ const github_env = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/github-env',
        domain: 'github-actions',
        description: 'Workflows triggered by `pull_request_target` or `workflow_run` must not write to `GITHUB_ENV` or `GITHUB_PATH`: a value from the untrusted run can set `LD_PRELOAD`, `NODE_OPTIONS` or `PATH` for every later step.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 8.0,
        messages: {
            write: 'Writing to `{{file}}` in a `{{trigger}}` workflow lets data from the untrusted run set variables (`LD_PRELOAD`, `NODE_OPTIONS`, `PATH`) for every later step: pass values through step outputs instead.',
            script: '`core.{{call}}()` in a `{{trigger}}` workflow lets data from the untrusted run change the environment of every later step: pass values through step outputs instead.',
        },
        equivalents: { zizmor: ['github-env'] },
    },
    create(context) {
        return {
            // Only workflows with a privileged trigger are at risk; their steps are checked from here.
            workflow(workflow) {
                const trigger = privilegedEvents(workflow).join('`/`') || undefined;
                if (!trigger)
                    return;
                for (const job of workflow.jobs)
                    for (const step of job.steps)
                        checkStep(context, step, trigger);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/hardcoded-container-credentials.ts

function hardcoded_container_credentials_check(context, container, what) {
    const password = container.credentials?.password;
    if (!password || password.value === null || password.value === undefined)
        return;
    const text = String(password.value);
    if (text === '' || text.includes('${{'))
        return;
    context.report({ at: password, messageId: 'password', data: { what } });
}
/* harmony default export */ const hardcoded_container_credentials = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/hardcoded-container-credentials',
        domain: 'github-actions',
        description: 'Registry passwords of `container:` and `services:` must come from secrets, not be written in the workflow.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 7.5,
        messages: {
            password: 'The registry password of {{what}} is written in the workflow, readable by everyone who can read the repository: use `${{ secrets.NAME }}`.',
        },
        equivalents: { zizmor: ['hardcoded-container-credentials'] },
    },
    create(context) {
        return {
            job(job) {
                if (job.container)
                    hardcoded_container_credentials_check(context, job.container, `the container of job "${job.id}"`);
                for (const service of job.services)
                    hardcoded_container_credentials_check(context, service, `service "${service.id}"`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/insecure-commands.ts


const NAME = 'ACTIONS_ALLOW_UNSECURE_COMMANDS';
const ENABLED = /^(?:true|1|yes)$/i;
/** A cheap test before the global search: most scripts never name the variable. */
const MENTIONS_NAME = /ACTIONS_ALLOW_UNSECURE_COMMANDS/i;
const RUN_ENABLE = /ACTIONS_ALLOW_UNSECURE_COMMANDS\s*=\s*["']?(?:true|1)/gi;
function insecure_commands_check(context, env) {
    if (!env)
        return;
    for (const [name, value] of env.entries) {
        if (name.toUpperCase() !== NAME)
            continue;
        const text = value.value === null || value.value === undefined ? '' : String(value.value);
        if (ENABLED.test(text.trim()) || text.includes('${{'))
            context.report({ at: value.at([], { key: true }), messageId: 'enabled' });
    }
}
function insecure_commands_checkStep(context, step) {
    insecure_commands_check(context, step.env);
    const run = step.run;
    if (!run || !MENTIONS_NAME.test(run.value))
        return;
    const context_ = step.workflow?.context ?? step.action?.context;
    for (const match of run.value.matchAll(RUN_ENABLE)) {
        if (context_)
            context.report({ at: context_.atValue(run, match.index, match.index + NAME.length), messageId: 'enabled' });
    }
}
/* harmony default export */ const insecure_commands = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/insecure-commands',
        domain: 'github-actions',
        description: '`ACTIONS_ALLOW_UNSECURE_COMMANDS` re-enables `::set-env` and `::add-path`, which let anything a step prints set variables and PATH for later steps.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 7.0,
        messages: {
            enabled: '`ACTIONS_ALLOW_UNSECURE_COMMANDS` lets any printed line (a test name, a log from a dependency) set environment variables and PATH for later steps: remove it and write to `$GITHUB_ENV` / `$GITHUB_PATH` instead.',
        },
        equivalents: { zizmor: ['insecure-commands'] },
    },
    create(context) {
        return {
            exit(model) {
                if (model.kind === 'workflow')
                    insecure_commands_check(context, model.env);
                forEachJobAndStep(model, (job) => insecure_commands_check(context, job.env), (step) => insecure_commands_checkStep(context, step));
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/support/cron.ts
/** Validates a POSIX cron expression as GitHub's scheduler reads it (5 fields; month and weekday names). */
const FIELDS = [
    { name: 'minute', min: 0, max: 59 },
    { name: 'hour', min: 0, max: 23 },
    { name: 'day of month', min: 1, max: 31 },
    { name: 'month', min: 1, max: 12, names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'] },
    { name: 'day of week', min: 0, max: 6, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] },
];
function cron_valueOf(text, field) {
    if (/^\d+$/.test(text))
        return Number(text);
    if ('names' in field) {
        const index = field.names.indexOf(text.toUpperCase());
        if (index >= 0)
            return index + field.min;
    }
    return undefined;
}
function checkField(text, field) {
    for (const item of text.split(',')) {
        if (item === '')
            return `empty item in the ${field.name} field "${text}"`;
        const [range, step, extra] = item.split('/');
        if (extra !== undefined)
            return `"${item}" has more than one "/"`;
        if (step !== undefined && (!/^\d+$/.test(step) || Number(step) === 0))
            return `step "${step}" in "${item}" must be a positive number`;
        if (range === '*')
            continue;
        const [low, high, rest] = range.split('-');
        if (rest !== undefined)
            return `"${range}" is not a range`;
        const from = cron_valueOf(low, field);
        if (from === undefined)
            return `"${low}" is not a valid ${field.name}`;
        if (from < field.min || from > field.max)
            return `${field.name} ${from} is out of range ${field.min}-${field.max}`;
        if (high !== undefined) {
            const to = cron_valueOf(high, field);
            if (to === undefined)
                return `"${high}" is not a valid ${field.name}`;
            if (to < field.min || to > field.max)
                return `${field.name} ${to} is out of range ${field.min}-${field.max}`;
            if (to < from)
                return `range "${range}" goes backwards`;
        }
    }
    return undefined;
}
/** Problems of a cron expression, or none. */
function checkCron(expression) {
    const fields = [];
    const pattern = /\S+/g;
    for (let match = pattern.exec(expression); match; match = pattern.exec(expression))
        fields.push({ text: match[0], offset: match.index });
    if (fields.length !== 5) {
        return { message: `a cron expression has 5 fields (minute hour day month weekday), this one has ${fields.length}`, offset: 0, length: Math.max(1, expression.length) };
    }
    for (const [index, field] of fields.entries()) {
        const problem = checkField(field.text, FIELDS[index]);
        if (problem)
            return { message: problem, offset: field.offset, length: field.text.length };
    }
    return undefined;
}
/** True when the schedule would fire more often than every 5 minutes, GitHub's shortest interval. */
function tooFrequent(expression) {
    const minute = expression.trim().split(/\s+/)[0] ?? '';
    if (minute === '*')
        return true;
    const step = /^\*\/(\d+)$/.exec(minute);
    if (step && Number(step[1]) < 5)
        return true;
    const list = minute.split(',');
    return list.length > 12;
}

;// CONCATENATED MODULE: ./src/rules/github-actions/invalid-cron.ts




/* harmony default export */ const invalid_cron = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/invalid-cron',
        domain: 'github-actions',
        description: '`schedule` cron expressions must have 5 valid fields and fire at most every 5 minutes.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            invalid: 'Invalid cron "{{cron}}": {{message}}.',
            frequent: 'Cron "{{cron}}" fires more often than every 5 minutes; GitHub runs schedules at most every 5 minutes.',
            shape: '`schedule` must be a list of `- cron: "…"` entries.',
        },
        equivalents: { actionlint: ['events'] },
    },
    create(context) {
        return {
            exit() {
                const facts = (0,support_facts/* factsOf */.xS)(context.file);
                const schedule = facts.events.get('schedule');
                if (!schedule || facts.kind !== 'workflow')
                    return;
                if (!(0,dist/* isSeq */.oP)(schedule.value)) {
                    context.report({ at: (0,support_facts.at)(facts, schedule.key, ['on', 'schedule']), messageId: 'shape' });
                    return;
                }
                schedule.value.items.forEach((item, index) => {
                    const path = ['on', 'schedule', index, 'cron'];
                    const cron = (0,support_facts/* valueOf */.RP)(item, 'cron');
                    if (!(0,dist/* isMap */.jh)(item) || !(0,dist/* isScalar */.jn)(cron)) {
                        context.report({ at: (0,support_facts.at)(facts, item, ['on', 'schedule', index]), messageId: 'shape' });
                        return;
                    }
                    const text = String(cron.value ?? '');
                    const problem = checkCron(text);
                    const quoted = cron.type === dist/* Scalar */.X5.QUOTE_DOUBLE || cron.type === dist/* Scalar */.X5.QUOTE_SINGLE ? 1 : 0;
                    if (problem) {
                        const start = cron.range[0] + quoted + problem.offset;
                        context.report({ at: (0,support_facts/* atOffsets */.Ml)(facts, start, start + problem.length, path), messageId: 'invalid', data: { cron: text, message: problem.message } });
                    }
                    else if (tooFrequent(text)) {
                        context.report({ at: (0,support_facts.at)(facts, cron, path), messageId: 'frequent', data: { cron: text }, severity: 'warning' });
                    }
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/support/glob.ts
/** Problems of one branch, tag or path filter pattern (GitHub's filter pattern cheat sheet). */
function checkFilterPattern(pattern, kind) {
    const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
    if (body.trim() === '')
        return 'the pattern is empty';
    let depth = 0;
    for (let i = 0; i < body.length; i++) {
        const char = body[i];
        if (char === '\\') {
            i++;
            continue;
        }
        if (char === '[') {
            if (depth > 0)
                return 'nested "[" in a character class';
            if (body[i + 1] === ']')
                return 'empty character class "[]"';
            depth++;
        }
        else if (char === ']' && depth > 0)
            depth--;
    }
    if (depth > 0)
        return 'unclosed "[" character class';
    if (kind === 'ref') {
        if (/^refs\/(heads|tags)\//.test(body))
            return `"${body}" starts with refs/…: filters match the short name (write "${body.replace(/^refs\/(heads|tags)\//, '')}")`;
        if (/\s/.test(body))
            return 'git ref names cannot contain spaces';
        if (/[~^:]|\.\.|@\{/.test(body))
            return 'git ref names cannot contain "~", "^", ":", ".." or "@{"';
    }
    else {
        if (body.startsWith('./'))
            return 'path filters are relative to the repository root without "./"';
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/rules/github-actions/invalid-filter.ts




const FILTERS = ['branches', 'tags', 'paths'];
/* harmony default export */ const invalid_filter = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/invalid-filter',
        domain: 'github-actions',
        description: 'Branch, tag and path filters must be valid patterns, not mix a filter with its `-ignore` twin, and include at least one positive pattern.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            pattern: 'Invalid {{filter}} pattern "{{pattern}}": {{message}}.',
            both: '`{{filter}}` and `{{filter}}-ignore` cannot both be set for `{{event}}`: use `!` patterns in `{{filter}}`.',
            onlyNegative: '`{{filter}}` has only `!` patterns, so it matches nothing: add a positive pattern first (e.g. "**").',
        },
        equivalents: { actionlint: ['glob', 'events'] },
    },
    create(context) {
        return {
            exit() {
                const facts = (0,support_facts/* factsOf */.xS)(context.file);
                if (facts.kind !== 'workflow')
                    return;
                for (const [event, { value }] of facts.events) {
                    for (const filter of FILTERS) {
                        const positive = (0,support_facts/* pairOf */.cF)(value, filter);
                        const negative = (0,support_facts/* pairOf */.cF)(value, `${filter}-ignore`);
                        if (positive && negative) {
                            context.report({ at: (0,support_facts.at)(facts, negative.key, ['on', event, `${filter}-ignore`]), messageId: 'both', data: { filter, event } });
                        }
                        for (const pair of [positive, negative]) {
                            if (!pair)
                                continue;
                            const name = String(pair.key.value);
                            const items = (0,dist/* isSeq */.oP)(pair.value) ? pair.value.items : (0,dist/* isScalar */.jn)(pair.value) ? [pair.value] : [];
                            let positives = 0;
                            items.forEach((item, index) => {
                                if (!(0,dist/* isScalar */.jn)(item) || item.value === null)
                                    return;
                                const pattern = String(item.value);
                                if (!pattern.startsWith('!'))
                                    positives++;
                                const message = checkFilterPattern(pattern, filter === 'paths' ? 'path' : 'ref');
                                if (message)
                                    context.report({ at: (0,support_facts.at)(facts, item, ['on', event, name, index]), messageId: 'pattern', data: { filter: filter.replace(/e?s$/, ''), pattern, message } });
                            });
                            if (pair === positive && items.length > 0 && positives === 0) {
                                context.report({ at: (0,support_facts.at)(facts, pair.key, ['on', event, name]), messageId: 'onlyNegative', data: { filter: name } });
                            }
                        }
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/invalid-id.ts


const ID = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/* harmony default export */ const invalid_id = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/invalid-id',
        domain: 'github-actions',
        description: 'Job and step ids must start with a letter or `_` and contain only letters, digits, `-` and `_`; step ids must be unique in a job.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            job: 'Job id "{{id}}" is invalid: it must start with a letter or `_` and contain only letters, digits, `-` and `_`.',
            step: 'Step id "{{id}}" is invalid: it must start with a letter or `_` and contain only letters, digits, `-` and `_`.',
            duplicateStep: 'Step id "{{id}}" is already used by step {{first}} of {{where}}.',
        },
        equivalents: { actionlint: ['id'] },
    },
    create(context) {
        return {
            exit() {
                const facts = (0,support_facts/* factsOf */.xS)(context.file);
                for (const job of facts.jobs) {
                    if (facts.kind === 'workflow' && !ID.test(job.id))
                        context.report({ at: (0,support_facts.at)(facts, job.key, job.path), messageId: 'job', data: { id: job.id } });
                    const seen = new Map();
                    for (const step of job.steps) {
                        if (!step.id || step.id.value === null)
                            continue;
                        const id = String(step.id.value);
                        if (id.includes('${{'))
                            continue;
                        const path = [...step.path, 'id'];
                        if (!ID.test(id))
                            context.report({ at: (0,support_facts.at)(facts, step.id, path), messageId: 'step', data: { id } });
                        const lower = id.toLowerCase();
                        const first = seen.get(lower);
                        if (first !== undefined)
                            context.report({ at: (0,support_facts.at)(facts, step.id, path), messageId: 'duplicateStep', data: { id, first: first + 1, where: facts.kind === 'action' ? 'this action' : `job "${job.id}"` } });
                        else
                            seen.set(lower, step.index);
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/data/github-actions/shells.ts
/** Built-in `shell:` keywords (docs: workflow syntax, `jobs.<job_id>.steps[*].shell`). Anything else must contain `{0}`. */
const SHELLS = new Set(['bash', 'sh', 'pwsh', 'powershell', 'cmd', 'python']);
/** Shells shellcheck can read, by the name it takes in `--shell`. */
function shellcheckDialect(shell) {
    if (shell === undefined || shell === 'bash')
        return 'bash';
    if (shell === 'sh')
        return 'sh';
    const command = shell.trim().split(/\s+/)[0] ?? '';
    if (/(^|\/)bash$/.test(command))
        return 'bash';
    if (/(^|\/)(sh|dash)$/.test(command))
        return 'sh';
    return undefined;
}

;// CONCATENATED MODULE: ./src/rules/github-actions/invalid-shell.ts




function checkShell(context, facts, node, path) {
    if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string')
        return;
    const shell = node.value.trim();
    if (shell === '' || SHELLS.has(shell) || shell.includes('{0}') || shell.includes('${{'))
        return;
    context.report({ at: (0,support_facts.at)(facts, node, path), messageId: 'shell', data: { shell, example: `${shell} {0}` } });
}
// Paths are built only for a shell that is there (most steps have none).
function checkDefaults(context, facts, owner, base) {
    const shell = (0,support_facts/* valueOf */.RP)((0,support_facts/* valueOf */.RP)((0,support_facts/* valueOf */.RP)(owner, 'defaults'), 'run'), 'shell');
    if (shell !== undefined)
        checkShell(context, facts, shell, [...base, 'defaults', 'run', 'shell']);
}
/* harmony default export */ const invalid_shell = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/invalid-shell',
        domain: 'github-actions',
        description: '`shell:` must be bash, sh, pwsh, powershell, cmd, python, or a custom command containing `{0}`.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            shell: 'Unknown shell "{{shell}}": use bash, sh, pwsh, powershell, cmd or python, or a command with `{0}` for the script path (e.g. "{{example}}").',
        },
        equivalents: { actionlint: ['shell-name'] },
    },
    create(context) {
        return {
            exit() {
                const facts = (0,support_facts/* factsOf */.xS)(context.file);
                if (facts.kind === 'workflow')
                    checkDefaults(context, facts, facts.root, []);
                for (const job of facts.jobs) {
                    if (facts.kind === 'workflow')
                        checkDefaults(context, facts, job.node, job.path);
                    for (const step of job.steps) {
                        const shell = (0,support_facts/* valueOf */.RP)(step.node, 'shell');
                        if (shell !== undefined)
                            checkShell(context, facts, shell, [...step.path, 'shell']);
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/job-needs.ts


/* harmony default export */ const job_needs = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/job-needs',
        domain: 'github-actions',
        description: '`needs:` must name existing jobs, not the job itself, and must not form a cycle.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            unknown: 'Job "{{job}}" needs "{{need}}", which is not a job of this workflow.',
            self: 'Job "{{job}}" needs itself.',
            duplicate: 'Job "{{job}}" lists "{{need}}" in `needs` twice.',
            cycle: 'Jobs depend on each other in a cycle: {{cycle}}.',
        },
        equivalents: { actionlint: ['job-needs'] },
    },
    create(context) {
        return {
            exit() {
                const facts = (0,support_facts/* factsOf */.xS)(context.file);
                if (facts.kind !== 'workflow')
                    return;
                const edges = new Map();
                for (const job of facts.jobs) {
                    const seen = new Set();
                    const targets = [];
                    job.needs.forEach((node, index) => {
                        const need = String(node.value);
                        const path = job.needs.length === 1 && job.node?.get('needs', true) === node ? [...job.path, 'needs'] : [...job.path, 'needs', index];
                        const data = { job: job.id, need };
                        if (seen.has(need))
                            context.report({ at: (0,support_facts.at)(facts, node, path), messageId: 'duplicate', data });
                        else if (need === job.id)
                            context.report({ at: (0,support_facts.at)(facts, node, path), messageId: 'self', data });
                        else if (!facts.jobsById.has(need))
                            context.report({ at: (0,support_facts.at)(facts, node, path), messageId: 'unknown', data });
                        else
                            targets.push(need);
                        seen.add(need);
                    });
                    edges.set(job.id, targets);
                }
                // Depth-first search; report each cycle once, at the job where it closes.
                const state = new Map();
                const stack = [];
                const reported = new Set();
                const dfs = (id) => {
                    state.set(id, 1);
                    stack.push(id);
                    for (const next of edges.get(id) ?? []) {
                        const mark = state.get(next);
                        if (mark === 1) {
                            const cycle = [...stack.slice(stack.indexOf(next)), next];
                            const key = [...cycle.slice(0, -1)].sort().join(' ');
                            if (!reported.has(key)) {
                                reported.add(key);
                                const job = facts.jobsById.get(id);
                                const node = job.needs.find((need) => String(need.value) === next);
                                context.report({ at: (0,support_facts.at)(facts, node, [...job.path, 'needs']), messageId: 'cycle', data: { cycle: cycle.join(' → ') } });
                            }
                        }
                        else if (mark === undefined)
                            dfs(next);
                    }
                    stack.pop();
                    state.set(id, 2);
                };
                for (const job of facts.jobs)
                    if (!state.has(job.id))
                        dfs(job.id);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/support/local.ts


const parsedTexts = new Map();
function rootOf(text) {
    if (parsedTexts.has(text))
        return parsedTexts.get(text);
    let root;
    try {
        const document = (0,dist/* parseDocument */.Tp)(text, { uniqueKeys: false });
        root = document.errors.length === 0 && (0,dist/* isMap */.jh)(document.contents) ? document.contents : undefined;
    }
    catch {
        root = undefined;
    }
    if (parsedTexts.size > 500)
        parsedTexts.clear();
    parsedTexts.set(text, root);
    return root;
}
function truthy(node) {
    const text = (0,support_facts/* stringOf */.Je)(node);
    return text === 'true';
}
function declared(map) {
    const out = new Map();
    for (const pair of (0,support_facts/* entries */.jO)(map)) {
        const name = String(pair.key.value);
        const type = (0,support_facts/* stringOf */.Je)((0,support_facts/* valueOf */.RP)(pair.value, 'type'));
        out.set(name.toLowerCase(), {
            name,
            required: truthy((0,support_facts/* valueOf */.RP)(pair.value, 'required')),
            hasDefault: (0,support_facts/* valueOf */.RP)(pair.value, 'default') !== undefined,
            ...(type ? { type } : {}),
        });
    }
    return out;
}
/** Normalises `./path/` to a repository-relative path without `./` or a trailing slash. */
function localPath(uses) {
    return uses.replace(/^\.\//, '').replace(/\/+$/, '');
}
/** The action.yml (or action.yaml) of a local action, or undefined when it is not in the repository. */
function readLocalAction(readFile, uses) {
    const dir = localPath(uses);
    for (const name of ['action.yml', 'action.yaml']) {
        const path = dir ? `${dir}/${name}` : name;
        const text = readFile(path);
        if (text === undefined)
            continue;
        const root = rootOf(text);
        if (!root)
            return undefined;
        return { path, inputs: declared((0,support_facts/* valueOf */.RP)(root, 'inputs')) };
    }
    return undefined;
}
/** The `workflow_call` contract of a local reusable workflow; `null` when the file does not exist. */
function readLocalWorkflow(readFile, uses) {
    const path = localPath(uses.replace(/@.*$/, ''));
    const text = readFile(path);
    if (text === undefined)
        return null;
    const root = rootOf(text);
    if (!root)
        return undefined;
    const on = (0,support_facts/* valueOf */.RP)(root, 'on');
    const call = (0,dist/* isMap */.jh)(on) ? (0,support_facts/* valueOf */.RP)(on, 'workflow_call') : undefined;
    const callable = call !== undefined || (0,support_facts/* stringOf */.Je)(on) === 'workflow_call' || ((0,dist/* isSeq */.oP)(on) && on.items.some((item) => (0,support_facts/* stringOf */.Je)(item) === 'workflow_call'));
    const secretsNode = (0,support_facts/* valueOf */.RP)(call, 'secrets');
    return { path, callable, inputs: declared((0,support_facts/* valueOf */.RP)(call, 'inputs')), secrets: declared(secretsNode), declaresSecrets: (0,dist/* isMap */.jh)(secretsNode) };
}

;// CONCATENATED MODULE: ./src/rules/github-actions/local-action-inputs.ts




/* harmony default export */ const local_action_inputs = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/local-action-inputs',
        domain: 'github-actions',
        description: 'Steps using a local action (`uses: ./path`) must pass its required inputs and no inputs it does not declare.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            missing: 'Required input "{{input}}" of {{action}} is not given in `with`.',
            unknown: '{{action}} has no input "{{input}}" (inputs: {{inputs}}).{{hint}}',
        },
        equivalents: { actionlint: ['action'] },
    },
    create(context) {
        return {
            exit() {
                const facts = (0,support_facts/* factsOf */.xS)(context.file);
                for (const job of facts.jobs) {
                    for (const step of job.steps) {
                        const uses = step.uses?.value;
                        if (typeof uses !== 'string' || !uses.startsWith('./') || uses.includes('${{'))
                            continue;
                        const action = readLocalAction((path) => context.readFile(path), uses);
                        if (!action)
                            continue;
                        const given = new Set([...step.with.keys()].map((name) => name.toLowerCase()));
                        for (const input of action.inputs.values()) {
                            if (input.required && !input.hasDefault && !given.has(input.name.toLowerCase())) {
                                context.report({ at: (0,support_facts.at)(facts, step.uses, [...step.path, 'uses']), messageId: 'missing', data: { input: input.name, action: action.path } });
                            }
                        }
                        const names = [...action.inputs.values()].map((input) => input.name);
                        for (const [name, pair] of step.with) {
                            if (action.inputs.has(name.toLowerCase()))
                                continue;
                            context.report({
                                at: (0,support_facts.at)(facts, pair.key, [...step.path, 'with', name]),
                                messageId: 'unknown',
                                data: { input: name, action: action.path, inputs: names.join(', ') || 'none', hint: didYouMean(name, names) },
                            });
                        }
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/missing-timeout.ts


/* harmony default export */ const github_actions_missing_timeout = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/missing-timeout',
        domain: 'github-actions',
        description: 'Jobs should set `timeout-minutes`: the default is 360 minutes of a stuck runner.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: false,
        messages: {
            job: 'Job "{{job}}" has no `timeout-minutes`: a hung step holds the runner for 6 hours. Set a limit a little above its usual run time.',
        },
    },
    create(context) {
        return {
            exit() {
                const facts = (0,support_facts/* factsOf */.xS)(context.file);
                if (facts.kind !== 'workflow')
                    return;
                for (const job of facts.jobs) {
                    if (!job.node || job.uses || (0,support_facts/* pairOf */.cF)(job.node, 'timeout-minutes'))
                        continue;
                    context.report({ at: (0,support_facts.at)(facts, job.key, job.path), messageId: 'job', data: { job: job.id } });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/no-failure-notification.ts


const FAILURE = /\bfailure\(\)|\bjob\.status\b|\bneeds\.[\w-]+\.result\b|contains\(\s*needs\.\*\.result/;
/* harmony default export */ const no_failure_notification = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/no-failure-notification',
        domain: 'github-actions',
        description: 'Scheduled and deploy workflows, which nobody watches, should have a step or job that runs on failure to notify someone.',
        category: 'best-practice',
        defaultSeverity: 'note',
        recommended: false,
        messages: {
            none: 'This {{kind}} workflow has no failure path (a step or job with `if: failure()`): when it breaks, nobody hears.',
        },
    },
    create(context) {
        return {
            exit() {
                const facts = (0,support_facts/* factsOf */.xS)(context.file);
                if (facts.kind !== 'workflow' || !facts.root)
                    return;
                const scheduled = facts.events.has('schedule');
                const deploys = facts.jobs.some((job) => (0,support_facts/* valueOf */.RP)(job.node, 'environment') !== undefined);
                if (!scheduled && !deploys)
                    return;
                const conditions = facts.jobs.flatMap((job) => [(0,support_facts/* stringOf */.Je)((0,support_facts/* valueOf */.RP)(job.node, 'if')), ...job.steps.map((step) => (0,support_facts/* stringOf */.Je)((0,support_facts/* valueOf */.RP)(step.node, 'if')))]);
                if (conditions.some((condition) => condition !== undefined && FAILURE.test(condition)))
                    return;
                const on = facts.root.items.find((pair) => String(pair.key.value) === 'on');
                context.report({ at: (0,support_facts.at)(facts, on?.key, ['on']), messageId: 'none', data: { kind: scheduled ? 'scheduled' : 'deploy' } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/outdated-action.ts




/* harmony default export */ const outdated_action = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/outdated-action',
        domain: 'github-actions',
        description: 'Well-known actions must not be used at a major version whose runtime (node12, node16) GitHub no longer runs.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            retired: '{{action}}@{{major}} runs on {{runtime}}, which GitHub no longer runs: use {{action}}@{{current}}.',
        },
        equivalents: { actionlint: ['action'] },
    },
    create(context) {
        return {
            exit() {
                const facts = (0,support_facts/* factsOf */.xS)(context.file);
                for (const job of facts.jobs) {
                    for (const step of job.steps) {
                        const known = knownUse(facts, step.uses);
                        if (!known)
                            continue;
                        const runtime = known.meta.majors[known.major];
                        if (!actions/* RETIRED_RUNTIMES */.kE.has(runtime))
                            continue;
                        context.report({
                            at: (0,support_facts.at)(facts, step.uses, [...step.path, 'uses']),
                            messageId: 'retired',
                            data: { action: known.action, major: known.major, runtime, current: known.meta.current },
                        });
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/overprovisioned-secrets.ts



function overprovisioned_secrets_checkExpression(context, expression) {
    const ast = expression.ast;
    if (!ast || !/secrets/i.test(expression.body))
        return;
    (0,expressions/* visit */.YR)(ast, (node) => {
        if (node.kind === 'call' && node.args.length === 1 && node.args[0].kind === 'context' && node.args[0].name.toLowerCase() === 'secrets') {
            context.report({ at: expression.atBody(node.start, node.end), messageId: 'whole', data: { text: expression.body.slice(node.start, node.end) } });
        }
        else if (node.kind === 'index' && node.object.kind === 'context' && node.object.name.toLowerCase() === 'secrets' && node.index.kind !== 'literal') {
            context.report({ at: expression.atBody(node.start, node.end), messageId: 'dynamic', data: { text: expression.body.slice(node.start, node.end) } });
        }
    });
}
/* harmony default export */ const overprovisioned_secrets = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/overprovisioned-secrets',
        domain: 'github-actions',
        description: '`toJSON(secrets)` and `secrets[<expression>]` put every secret of the repository into the job: name the secrets it needs.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 5.5,
        messages: {
            whole: '`{{text}}` hands every secret to this job (and into the runner memory): pass the secrets it needs by name.',
            dynamic: '`{{text}}` picks a secret by a computed name, so GitHub must load every secret into the job: pass the secrets it needs by name.',
        },
        equivalents: { zizmor: ['overprovisioned-secrets'] },
    },
    create(context) {
        return {
            exit(model) {
                forEachExpression(model, (expression) => overprovisioned_secrets_checkExpression(context, expression));
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/data/github-actions/tag-commits.ts
/**
 * Release tags of the most-used actions and the commit each one names, bundled so a SHA pin's `# vX` comment can be
 * checked offline. Snapshot date: 2026-11-24. The facts are the public tags of these repositories: a pair is listed
 * only when several independent public sources name that commit for that tag and none names another version for it;
 * a doubtful pair is left out. A commit missing here says nothing: an unknown SHA is never an error.
 *
 * Keys are `owner/repo`, lower-cased (sub-path actions such as `github/codeql-action/init` share their repository's
 * tags); values map a full 40-hex commit SHA, lower-cased, to the exact tag that names it.
 */
const TAG_COMMITS_DATE = '2026-11-24';
const TABLE = {
    'actions/checkout': {
        '9bb56186c3b09b4f86b1c65136769dd318469633': 'v4.1.2',
        '692973e3d937129bcbf40652eb9f2f61becf3332': 'v4.1.7',
        'd632683dd7b4114ad314bca15554477dd762a938': 'v4.2.0',
        '08c6903cd8c0fde910a37f88322edcfb5dd907a8': 'v5.0.0',
        'fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09': 'v5.1.0',
        '1af3b93b6815bc44a9784bd300feb67ff0d1eeb3': 'v6.0.0',
        '8e8c483db84b4bee98b60c0593521ed34d9990e8': 'v6.0.1',
        '9f698171ed81b15d1823a05fc7211befd50c8ae0': 'v6.0.3',
    },
    'actions/setup-node': {
        '60edb5dd545a775178f52524783378180af0d1f8': 'v4.0.2',
        '39370e3970a6d050c480ffad4ff0ed4d3fdee5af': 'v4.1.0',
        '49933ea5288caeca8642d1e84afbd3f7d6820020': 'v4.4.0',
        'a0853c24544627f65ddf259abe73b1d18a591444': 'v5.0.0',
    },
    'actions/setup-python': {
        '42375524e23c412d93fb67b49958b491fce71c38': 'v5.4.0',
        '8d9ed9ac5c53483de85588cdf95a591a75ab9f55': 'v5.5.0',
        'e797f83bcb11b83ae66e0230d6156d7c80228e7c': 'v6.0.0',
    },
    'actions/setup-go': {
        '0c52d547c9bc32b1aa3301fd7a9cb496313a4491': 'v5.0.0',
        'd35c59abb061a4a6fb18e82ac0862c26744d6ab5': 'v5.5.0',
        '44694675825211faa026b3c33043df3e48a5fa00': 'v6.0.0',
    },
    'actions/setup-java': {
        '99b8673ff64fbf99d8d325f52d9a5bdedb8483e9': 'v4.2.1',
        '3a4f6e1af504cf6a31855fa899c6aa5355ba6c12': 'v4.7.0',
        'dded0888837ed1f317902acf8a20df0ad188d165': 'v5.0.0',
    },
    'actions/cache': {
        '1bd1e32a3bdc45362d1e726936510720a7c30a57': 'v4.2.0',
        '0057852bfaa89a56745cba8c7296529d2fc39830': 'v4.3.0',
        'a7833574556fa59680c1b7cb190c1735db73ebf0': 'v5.0.0',
    },
    'actions/upload-artifact': {
        'b7c566a772e6b6bfb58ed0dc250532a479d7789f': 'v6.0.0',
    },
    'actions/download-artifact': {
        'fa0a91b85d4f404e444e00e005971372dc801d16': 'v4.1.8',
        'd3f86a106a0bac45b974a628896c90dbdf5c8093': 'v4.3.0',
        '634f93cb2916e3fdff6788551b99b062d0335ce0': 'v5.0.0',
        '37930b1c2abaa49bbe596cd826c3c89aef350131': 'v7.0.0',
    },
    'actions/github-script': {
        '60a0d83039c74a4aee543508d2ffcb1c3799cdea': 'v7.0.1',
        'ed597411d8f924073f98dfc5c65a23a2325f34cd': 'v8.0.0',
    },
    'docker/login-action': {
        '74a5d142397b4f367a81961eba4e8cd7edddf772': 'v3.4.0',
        '184bdaa0721073962dff0199f1fb9940f07167d1': 'v3.5.0',
        '5e57cd118135c172c3672efd75eb46360885c0ef': 'v3.6.0',
    },
    'docker/build-push-action': {
        '0565240e2d4ab88bba5387d719585280857ece09': 'v5.0.0',
        'ee4ca427a2f43b6a16632044ca514c076267da23': 'v6.19.0',
    },
    'docker/setup-buildx-action': {
        'e468171a9de216ec08956ac3ada2f0791b6bd435': 'v3.11.1',
    },
    'docker/metadata-action': {
        '96383f45573cb7f253c731d3b3ab81c87ef81934': 'v5.0.0',
        'c1e51972afc2121e065aed6d45c65596fe445f3f': 'v5.8.0',
    },
    'github/codeql-action': {
        '662472033e021d55d94146f66f6058822b0b39fd': 'v3.27.0',
        'ff0a06e83cb2de871e5a09832bc6a81e7276941f': 'v3.28.18',
    },
};
/** Repository (`owner/repo`, lower-cased) → commit SHA → tag. */
const TAG_COMMITS = new Map(Object.entries(TABLE).map(([repository, commits]) => [repository, new Map(Object.entries(commits))]));
/**
 * The tag that names `sha` in `repository` (`owner/repo`, any case; a full 40-hex SHA, any case), or undefined
 * when the snapshot does not know that commit.
 */
function knownTag(repository, sha) {
    return TAG_COMMITS.get(repository.toLowerCase())?.get(sha.toLowerCase());
}

;// CONCATENATED MODULE: ./src/rules/github-actions/ref-version-mismatch.ts



const ref_version_mismatch_VERSION = /^v?(\d+(?:\.\d+)*)(?:[-+].*)?$/i;
function components(version) {
    return ref_version_mismatch_VERSION.exec(version)?.[1]?.split('.');
}
/** `v4` and `v4.1.1` agree (one is a prefix of the other); `v3` and `v4.1.1` do not. */
function compatible(a, b) {
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i++)
        if (Number(a[i]) !== Number(b[i]))
            return false;
    return true;
}
/* harmony default export */ const ref_version_mismatch = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/ref-version-mismatch',
        domain: 'github-actions',
        description: 'The version comment after a pinned `uses:` must agree with the ref, with the other pins of the same action in the file, and with the tag a known commit belongs to.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 4.0,
        messages: {
            tag: '"{{uses}}" is commented `# {{comment}}`, which is not the version the ref names: fix the comment or the ref.',
            knownSha: '"{{uses}}" is commented `# {{comment}}`, but {{sha7}} is the commit of {{action}} {{tag}} (snapshot of {{date}}): fix the comment or the pin.',
            sameShaTwoVersions: 'This SHA of `{{action}}` is commented `# {{comment}}` here but `# {{other}}` on line {{line}}: one of the comments is wrong.',
            sameVersionTwoShas: '`{{action}}` `# {{comment}}` is pinned to a different SHA on line {{line}}: one tag cannot point to two commits, so one pin is not what its comment says.',
        },
        equivalents: { zizmor: ['ref-version-mismatch'] },
    },
    create(context) {
        const pins = [];
        const collect = (uses) => {
            if (!uses || uses.kind !== 'repository' || !uses.ref || !uses.commentVersion || !uses.slug)
                return;
            const comment = components(uses.commentVersion);
            if (uses.refKind === 'sha') {
                const action = uses.subPath ? `${uses.slug}/${uses.subPath.toLowerCase()}` : uses.slug;
                const tag = knownTag(uses.slug, uses.ref);
                if (tag === undefined) {
                    pins.push({ uses, action, verified: false });
                    return;
                }
                const known = components(tag);
                if (comment && known && !compatible(comment, known)) {
                    // The snapshot settles it: this pin is reported here and nowhere else.
                    const data = { uses: uses.value.trim(), comment: uses.commentVersion, sha7: uses.ref.slice(0, 7).toLowerCase(), action: uses.slug, tag, date: TAG_COMMITS_DATE };
                    context.report({ at: uses, messageId: 'knownSha', data });
                    return;
                }
                pins.push({ uses, action, verified: true });
                return;
            }
            const ref = components(uses.ref);
            if (uses.refKind === 'tag' && ref && comment && !compatible(ref, comment)) {
                context.report({ at: uses, messageId: 'tag', data: { uses: uses.value.trim(), comment: uses.commentVersion } });
            }
        };
        return {
            exit(model) {
                forEachJobAndStep(model, (job) => collect(job.uses), (step) => collect(step.uses));
                // Pins the snapshot vouches for go first, so that when one of them and an unknown pin disagree, the unknown
                // pin is the one reported.
                const ordered = [...pins.filter((pin) => pin.verified), ...pins.filter((pin) => !pin.verified)];
                const bySha = new Map();
                const byVersion = new Map();
                for (const pin of ordered) {
                    const sha = `${pin.action}@${pin.uses.ref.toLowerCase()}`;
                    const version = `${pin.action}#${pin.uses.commentVersion.toLowerCase().replace(/^v/, '')}`;
                    const first = bySha.get(sha);
                    const firstVersion = byVersion.get(version);
                    const data = { action: pin.action, comment: pin.uses.commentVersion };
                    // A known commit's comments were each checked against its tag: two of them cannot contradict each other.
                    if (first && !pin.verified && components(first.uses.commentVersion)?.join('.') !== components(pin.uses.commentVersion)?.join('.')) {
                        const line = first.uses.span.line;
                        context.report({ at: pin.uses, messageId: 'sameShaTwoVersions', data: { ...data, other: first.uses.commentVersion, line } });
                    }
                    else if (firstVersion && !(firstVersion.verified && pin.verified) && firstVersion.uses.ref.toLowerCase() !== pin.uses.ref.toLowerCase()) {
                        context.report({ at: pin.uses, messageId: 'sameVersionTwoShas', data: { ...data, line: firstVersion.uses.span.line } });
                    }
                    if (!first)
                        bySha.set(sha, pin);
                    if (!firstVersion)
                        byVersion.set(version, pin);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/reusable-workflow-call.ts





function typeProblem(type, node) {
    if (!type || !(0,dist/* isScalar */.jn)(node))
        return undefined;
    const value = node.value;
    if (typeof value === 'string' && value.includes('${{'))
        return undefined;
    if (type === 'boolean' && typeof value !== 'boolean')
        return 'a boolean (true or false)';
    if (type === 'number' && typeof value !== 'number')
        return 'a number';
    return undefined;
}
/* harmony default export */ const reusable_workflow_call = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/reusable-workflow-call',
        domain: 'github-actions',
        description: 'Calls to local reusable workflows must match their `workflow_call` contract: required inputs and secrets, known names, input types.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            notFound: '{{path}} does not exist in this repository.',
            notCallable: '{{path}} has no `on: workflow_call` trigger, so it cannot be called.',
            missingInput: 'Required input "{{name}}" of {{path}} is not given in `with`.',
            unknownInput: '{{path}} has no input "{{name}}" (inputs: {{names}}).{{hint}}',
            type: 'Input "{{name}}" of {{path}} is a {{type}}: pass {{expected}}.',
            missingSecret: 'Required secret "{{name}}" of {{path}} is not passed in `secrets` (or use `secrets: inherit`).',
            unknownSecret: '{{path}} declares no secret "{{name}}" (secrets: {{names}}).{{hint}}',
        },
        equivalents: { actionlint: ['workflow-call'] },
    },
    create(context) {
        return {
            exit() {
                const facts = (0,support_facts/* factsOf */.xS)(context.file);
                if (facts.kind !== 'workflow')
                    return;
                for (const job of facts.jobs) {
                    const uses = job.uses?.value;
                    if (typeof uses !== 'string' || !uses.startsWith('./') || uses.includes('${{'))
                        continue;
                    const usesAt = (0,support_facts.at)(facts, job.uses, [...job.path, 'uses']);
                    const called = readLocalWorkflow((path) => context.readFile(path), uses);
                    if (called === null) {
                        context.report({ at: usesAt, messageId: 'notFound', data: { path: uses } });
                        continue;
                    }
                    if (!called)
                        continue;
                    const path = called.path;
                    if (!called.callable) {
                        context.report({ at: usesAt, messageId: 'notCallable', data: { path } });
                        continue;
                    }
                    const withNode = (0,support_facts/* valueOf */.RP)(job.node, 'with');
                    const given = new Map((0,support_facts/* entries */.jO)(withNode).map((pair) => [String(pair.key.value).toLowerCase(), pair]));
                    const inputNames = [...called.inputs.values()].map((input) => input.name);
                    for (const input of called.inputs.values()) {
                        if (input.required && !input.hasDefault && !given.has(input.name.toLowerCase())) {
                            context.report({ at: usesAt, messageId: 'missingInput', data: { name: input.name, path } });
                        }
                    }
                    for (const [lower, pair] of given) {
                        const name = String(pair.key.value);
                        const input = called.inputs.get(lower);
                        if (!input) {
                            context.report({ at: (0,support_facts.at)(facts, pair.key, [...job.path, 'with', name]), messageId: 'unknownInput', data: { name, path, names: inputNames.join(', ') || 'none', hint: didYouMean(name, inputNames) } });
                            continue;
                        }
                        const expected = typeProblem(input.type, pair.value);
                        if (expected)
                            context.report({ at: (0,support_facts.at)(facts, pair.value, [...job.path, 'with', name]), messageId: 'type', data: { name, path, type: input.type, expected } });
                    }
                    const secretsNode = (0,support_facts/* valueOf */.RP)(job.node, 'secrets');
                    if ((0,dist/* isScalar */.jn)(secretsNode) && secretsNode.value === 'inherit')
                        continue;
                    const passed = new Map((0,support_facts/* entries */.jO)(secretsNode).map((pair) => [String(pair.key.value).toLowerCase(), pair]));
                    const secretNames = [...called.secrets.values()].map((secret) => secret.name);
                    for (const secret of called.secrets.values()) {
                        if (secret.required && !passed.has(secret.name.toLowerCase())) {
                            context.report({ at: usesAt, messageId: 'missingSecret', data: { name: secret.name, path } });
                        }
                    }
                    if (!(0,dist/* isMap */.jh)(secretsNode))
                        continue;
                    for (const [lower, pair] of passed) {
                        if (called.secrets.has(lower))
                            continue;
                        const name = String(pair.key.value);
                        context.report({ at: (0,support_facts.at)(facts, pair.key, [...job.path, 'secrets', name]), messageId: 'unknownSecret', data: { name, path, names: secretNames.join(', ') || 'none', hint: didYouMean(name, secretNames) } });
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/secrets-inherit.ts

/* harmony default export */ const secrets_inherit = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/secrets-inherit',
        domain: 'github-actions',
        description: '`secrets: inherit` hands every secret of the repository to a reusable workflow from another repository: pass the ones it needs by name.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 4.5,
        messages: {
            inherit: '`secrets: inherit` gives "{{uses}}" every secret this repository and its organization hold: pass only the secrets it declares (`secrets: { NAME: ${{ secrets.NAME }} }`).',
        },
        equivalents: { zizmor: ['secrets-inherit'] },
    },
    create(context) {
        return {
            job(job) {
                const secrets = job.secrets;
                if (!secrets || !('value' in secrets) || secrets.value !== 'inherit')
                    return;
                // A workflow of the same repository is under the same review as the caller.
                if (!job.uses || job.uses.kind === 'local')
                    return;
                context.report({ at: secrets, messageId: 'inherit', data: { uses: job.uses.value.trim() } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/secrets-outside-environment.ts


const allowed = new WeakMap();
/** GITHUB_TOKEN and the configured names, upper-cased; once per options object (the engine reuses it for every file). */
function allowedOf(options) {
    let set = allowed.get(options);
    if (!set) {
        set = new Set(['GITHUB_TOKEN', ...(options.allow ?? [])].map((name) => name.toUpperCase()));
        allowed.set(options, set);
    }
    return set;
}
function secrets_outside_environment_checkExpression(context, allow, expression) {
    const job = expression.job;
    if (!job || job.environment || job.uses || !expression.body.includes('secrets'))
        return;
    for (const access of expression.accesses) {
        const first = access.path[0];
        if (access.context !== 'secrets' || !first || !('name' in first) || allow.has(first.name.toUpperCase()))
            continue;
        context.report({ at: expression.atBody(access.start, access.end), messageId: 'outside', data: { job: job.id, name: first.name } });
    }
}
/* harmony default export */ const secrets_outside_environment = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/secrets-outside-environment',
        domain: 'github-actions',
        description: 'Opt-in: secrets should be read only by jobs that name a deployment `environment:`, so environment protection rules (reviewers, branch rules) guard them.',
        category: 'security',
        defaultSeverity: 'note',
        recommended: false,
        securitySeverity: 3.0,
        messages: {
            outside: 'Job "{{job}}" reads `secrets.{{name}}` without an `environment:`: move the secret to an environment with protection rules and name it in the job.',
        },
        equivalents: { zizmor: ['secrets-outside-env'] },
        defaultOptions: { allow: [] },
        optionsSchema: {
            type: 'object',
            additionalProperties: false,
            properties: { allow: { description: 'Secret names that may be read outside an environment.', type: 'array', items: { type: 'string' } } },
        },
    },
    create(context) {
        const allow = allowedOf(context.options);
        return {
            exit(model) {
                forEachExpression(model, (expression) => secrets_outside_environment_checkExpression(context, allow, expression));
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/support/labels.ts
const lowered = new WeakMap();
/** The configured self-hosted runner labels, lower-cased: worked out once per settings, which every file shares. */
function selfHostedLabels(labels) {
    let set = lowered.get(labels);
    if (!set) {
        set = new Set(labels.map((label) => label.toLowerCase()));
        lowered.set(labels, set);
    }
    return set;
}

;// CONCATENATED MODULE: ./src/rules/github-actions/self-hosted-runner.ts




function collectLabels(value, labels) {
    if ((0,dist/* isScalar */.jn)(value) && typeof value.value === 'string')
        labels.push(value.value);
    else if ((0,dist/* isSeq */.oP)(value))
        for (const item of value.items)
            collectLabels(item, labels);
}
function selfHostedLabel(job, configured) {
    const node = job.runsOn?.node ?? null;
    const labels = [];
    if ((0,dist/* isMap */.jh)(node))
        collectLabels(node.get('labels', true), labels);
    else
        collectLabels(node, labels);
    return labels.find((label) => !label.includes('${{') && (label.toLowerCase() === 'self-hosted' || configured.has(label.toLowerCase())));
}
/* harmony default export */ const self_hosted_runner = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/self-hosted-runner',
        domain: 'github-actions',
        description: 'Workflows outsiders can trigger (fork pull requests, issues, comments) must not run on self-hosted runners, which keep state and network access between jobs.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 7.0,
        messages: {
            selfHosted: 'Job "{{job}}" runs on the self-hosted runner "{{label}}" in a workflow triggered by `{{trigger}}`, which outsiders can fire: their code could persist on the machine or reach your network. Use GitHub-hosted runners here.',
        },
        equivalents: { zizmor: ['self-hosted-runner'], scorecard: ['Dangerous-Workflow'] },
    },
    create(context) {
        const configured = selfHostedLabels(context.settings.selfHostedRunnerLabels);
        return {
            workflow(workflow) {
                const trigger = [...(workflow.on?.events.keys() ?? [])].filter((event) => OUTSIDER_TRIGGERS.has(event));
                if (trigger.length === 0)
                    return;
                for (const job of workflow.jobs) {
                    const label = selfHostedLabel(job, configured);
                    if (label)
                        context.report({ at: job.runsOn, messageId: 'selfHosted', data: { job: job.id, label, trigger: trigger.join('`, `') } });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/setup-without-cache.ts





const EXAMPLES = {
    'actions/setup-node': 'npm',
    'actions/setup-python': 'pip',
    'actions/setup-java': 'maven',
    'actions/setup-dotnet': 'true',
    'actions/setup-go': 'true',
};
/* harmony default export */ const setup_without_cache = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/setup-without-cache',
        domain: 'github-actions',
        description: 'setup-* actions that can cache dependencies should have caching on (or the job should use actions/cache).',
        category: 'performance',
        defaultSeverity: 'note',
        recommended: true,
        messages: {
            off: '{{action}} can cache dependencies but `{{input}}` is not set: every run downloads them again (e.g. `{{input}}: {{example}}`).',
            disabled: '{{action}} has caching turned off with `{{input}}: false`.',
        },
    },
    create(context) {
        return {
            exit() {
                const facts = (0,support_facts/* factsOf */.xS)(context.file);
                for (const job of facts.jobs) {
                    const usesCache = job.steps.some((step) => typeof step.uses?.value === 'string' && /^actions\/cache(\/restore)?@/i.test(step.uses.value));
                    if (usesCache)
                        continue;
                    for (const step of job.steps) {
                        const known = knownUse(facts, step.uses);
                        if (!known?.meta.cacheInput)
                            continue;
                        const input = known.meta.cacheInput;
                        const given = [...step.with.entries()].find(([name]) => name.toLowerCase() === input);
                        const data = { action: known.action, input, example: EXAMPLES[known.action] ?? 'true' };
                        if (given) {
                            const value = given[1].value;
                            if ((0,dist/* isScalar */.jn)(value) && (value.value === false || value.value === 'false')) {
                                context.report({ at: (0,support_facts.at)(facts, value, [...step.path, 'with', input]), messageId: 'disabled', data });
                            }
                            continue;
                        }
                        // Caching on by default: setup-go; setup-node from v5 caches npm projects on its own.
                        if (known.action === 'actions/setup-go')
                            continue;
                        if (known.action === 'actions/setup-node' && (0,actions/* majorNumber */.xX)(known.major) >= 5)
                            continue;
                        context.report({ at: (0,support_facts.at)(facts, step.uses, [...step.path, 'uses']), messageId: 'off', data });
                    }
                }
            },
        };
    },
}));

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/rules/github-actions/support/shellcheck.ts




let available;
/** True when a `shellcheck` binary is on PATH (checked once per process). */
function shellcheckAvailable() {
    if (available === undefined) {
        const probe = (0,external_node_child_process_.spawnSync)('shellcheck', ['--version'], { encoding: 'utf8' });
        available = probe.status === 0;
    }
    return available;
}
/** For tests: pretend shellcheck is (not) installed. */
function setShellcheckAvailable(value) {
    available = value;
}
const seen = new Map();
/**
 * Runs one shellcheck process over the scripts of one dialect not seen before in this process (identical scripts
 * repeat a lot across a repository's workflows); comments carry the script's index in `scripts`.
 */
function runShellcheck(scripts, dialect, exclude) {
    const key = (script) => `${dialect}\u0000${exclude.join(',')}\u0000${script}`;
    const fresh = [...new Set(scripts.filter((script) => !seen.has(key(script))))];
    if (fresh.length > 0) {
        const comments = runProcess(fresh, dialect, exclude);
        fresh.forEach((script, index) => {
            if (seen.size > 10_000)
                seen.clear();
            seen.set(key(script), comments.filter((comment) => comment.script === index).map(({ script: _, ...rest }) => rest));
        });
    }
    return scripts.flatMap((script, index) => (seen.get(key(script)) ?? []).map((comment) => ({ ...comment, script: index })));
}
function runProcess(scripts, dialect, exclude) {
    if (scripts.length === 0)
        return [];
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'shipshape-sc-'));
    try {
        const files = scripts.map((script, index) => {
            const path = (0,external_node_path_.join)(dir, `${index}.sh`);
            (0,external_node_fs_.writeFileSync)(path, script);
            return path;
        });
        const args = ['-f', 'json1', '-s', dialect, '--norc'];
        if (exclude.length > 0)
            args.push('-e', exclude.map((code) => `SC${code}`).join(','));
        const result = (0,external_node_child_process_.spawnSync)('shellcheck', [...args, ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
        if (!result.stdout)
            return [];
        const parsed = JSON.parse(result.stdout);
        return parsed.comments.map(({ file, ...rest }) => ({ ...rest, script: files.indexOf(file) }));
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/rules/github-actions/shellcheck.ts






/** Codes that cannot be right about a workflow script: env vars come from `env:`, sourced files are not here. */
const ALWAYS_EXCLUDED = [1091, 2154];
/** Codes that are wrong on a `${{ }}` placeholder: GitHub pastes the value as text, it is not a variable. */
const PLACEHOLDER_CODES = new Set([2016, 2086, 2248, 2050, 2157, 2194]);
const LEVELS = { error: 'error', warning: 'warning', info: 'note', style: 'note' };
const RANK = ['style', 'info', 'warning', 'error'];
/** The run script with each `${{ … }}` replaced by a same-length variable, and a map back to file offsets. */
function prepare(facts, step) {
    const run = step.run;
    if (!run?.range || typeof run.value !== 'string')
        return undefined;
    const value = run.value;
    let text = '';
    let last = 0;
    const placeholders = [];
    for (const embedded of (0,expressions/* scanEmbedded */.Kl)(value)) {
        text += value.slice(last, embedded.start);
        const before = text.split('\n');
        const length = embedded.end - embedded.start;
        placeholders.push({ line: before.length, from: before[before.length - 1].length + 1, to: before[before.length - 1].length + length });
        text += `$${'_'.repeat(Math.max(0, length - 1))}`.replace(/\n/g, '_');
        last = embedded.end;
    }
    text += value.slice(last);
    const file = facts.file;
    const start = run.range[0];
    const startLine = file.position(start).line;
    let offsetOf;
    if (run.type === dist/* Scalar */.X5.BLOCK_LITERAL) {
        let indent = 0;
        for (let line = startLine + 1; line <= file.lineCount; line++) {
            const lineText = file.lineText(line);
            if (lineText.trim() === '')
                continue;
            indent = lineText.length - lineText.trimStart().length;
            break;
        }
        offsetOf = (line, column) => file.offset(startLine + line, indent + column);
    }
    else if (!value.includes('\n') && (run.type === dist/* Scalar */.X5.PLAIN || run.type === dist/* Scalar */.X5.QUOTE_SINGLE || run.type === dist/* Scalar */.X5.QUOTE_DOUBLE)) {
        const valueStart = run.type === dist/* Scalar */.X5.PLAIN ? start : start + 1;
        offsetOf = (_line, column) => valueStart + column - 1;
    }
    else {
        offsetOf = () => start;
    }
    return { step, text: text.endsWith('\n') ? text : `${text}\n`, placeholders, offsetOf };
}
let noticeGiven = false;
/** For tests: forget that the missing-shellcheck note was given in this process. */
function resetShellcheckNotice() {
    noticeGiven = false;
}
/* harmony default export */ const shellcheck = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/shellcheck',
        domain: 'github-actions',
        description: 'bash and sh `run:` scripts are checked with shellcheck (when it is installed), findings placed on their real line.',
        category: 'correctness',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            finding: 'SC{{code}}: {{message}}',
            missing: 'shellcheck is not installed, so run scripts were not checked (install it, e.g. `apt-get install shellcheck`).',
        },
        equivalents: { actionlint: ['shellcheck'] },
        defaultOptions: { minLevel: 'info', exclude: [] },
        optionsSchema: {
            type: 'object',
            properties: {
                minLevel: { enum: ['style', 'info', 'warning', 'error'] },
                exclude: { type: 'array', items: { type: 'integer' } },
            },
            additionalProperties: false,
        },
    },
    create(context) {
        const minLevel = RANK.indexOf(String(context.options.minLevel ?? 'info'));
        const exclude = [...ALWAYS_EXCLUDED, ...(context.options.exclude ?? [])];
        return {
            exit() {
                const facts = (0,support_facts/* factsOf */.xS)(context.file);
                const batches = { bash: [], sh: [] };
                for (const job of facts.jobs) {
                    for (const step of job.steps) {
                        if (!step.run)
                            continue;
                        const shell = (0,support_facts/* effectiveShell */.oL)(facts, job, step);
                        if (shell === undefined && (facts.kind === 'action' || (0,support_facts/* mayRunOnWindows */.hb)(job)))
                            continue;
                        const dialect = shellcheckDialect(shell);
                        if (!dialect)
                            continue;
                        const script = prepare(facts, step);
                        if (script)
                            batches[dialect].push(script);
                    }
                }
                if (batches.bash.length + batches.sh.length === 0)
                    return;
                if (!shellcheckAvailable()) {
                    if (noticeGiven)
                        return;
                    noticeGiven = true;
                    const first = (batches.bash[0] ?? batches.sh[0]);
                    context.report({ at: (0,support_facts/* atOffsets */.Ml)(facts, first.step.run.range[0], first.step.run.range[0] + 1, [...first.step.path, 'run']), messageId: 'missing', severity: 'note' });
                    return;
                }
                for (const dialect of ['bash', 'sh']) {
                    const scripts = batches[dialect];
                    for (const comment of runShellcheck(scripts.map((script) => script.text), dialect, exclude)) {
                        const script = scripts[comment.script];
                        if (!script || RANK.indexOf(comment.level) < minLevel)
                            continue;
                        if (PLACEHOLDER_CODES.has(comment.code)) {
                            const onPlaceholder = script.placeholders.some((p) => p.line === comment.line && (comment.code === 2016 || (comment.column <= p.to && comment.endColumn > p.from)));
                            if (onPlaceholder)
                                continue;
                        }
                        const start = script.offsetOf(comment.line, comment.column);
                        const end = comment.endLine === comment.line ? script.offsetOf(comment.line, comment.endColumn) : start + 1;
                        context.report({
                            at: (0,support_facts/* atOffsets */.Ml)(facts, start, end, [...script.step.path, 'run']),
                            messageId: 'finding',
                            data: { code: comment.code, message: comment.message },
                            severity: LEVELS[comment.level] ?? 'warning',
                        });
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/syntax.ts

/** Reported by the engine when a workflow or action.yml cannot be read as YAML; no other rule runs on that file. */
/* harmony default export */ const github_actions_syntax = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/syntax',
        domain: 'github-actions',
        description: 'The workflow or action metadata is not valid YAML, is empty, or its top level is not a mapping.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: { syntax: 'Workflow syntax: {{message}}' },
        equivalents: { actionlint: ['syntax-check'] },
    },
    create: () => ({}),
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/template-injection.ts



function template_injection_checkExpression(context, expression) {
    if (!isCodeSink(expression))
        return;
    const sink = expression.place === 'run' ? 'the `run:` script' : `the \`${expression.entry}\` input`;
    for (const taint of taintsOf(expression)) {
        if (!canCarry(expression.workflow, taint.source))
            continue;
        context.report({
            at: expression.atBody(taint.access.start, taint.access.end),
            messageId: taint.via ? 'viaEnv' : 'direct',
            data: { source: taint.source, sink, via: taint.via ?? '' },
        });
    }
}
/* harmony default export */ const template_injection = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/template-injection',
        domain: 'github-actions',
        description: 'Values outsiders write (issue and PR titles, branch names, comments, commit messages) must not be pasted into scripts with `${{ }}`.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 9.0,
        messages: {
            direct: '`{{source}}` is written by whoever opens the issue, pull request, comment or branch, and `${{ }}` pastes it into {{sink}} before it runs: pass it through `env:` and read "$VAR" instead.',
            viaEnv: '`env.{{via}}` holds `{{source}}`, which outsiders write, and `${{ }}` pastes it into {{sink}} before it runs: read "${{via}}" from the environment instead.',
        },
        equivalents: { zizmor: ['template-injection'], scorecard: ['Dangerous-Workflow'] },
    },
    create(context) {
        return {
            exit(model) {
                forEachExpression(model, (expression) => template_injection_checkExpression(context, expression));
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/undefined-reference.ts





/**
 * Known properties of the fixed-shape contexts (docs: Contexts reference, 2026-11). `github`, `runner`, `job` and
 * `strategy` gain properties over time, so only near-misses of a known name (typos) are reported there; the
 * per-step and per-job entries are closed sets.
 */
const OPEN_PROPERTIES = {
    github: [
        'action', 'action_path', 'action_ref', 'action_repository', 'action_status', 'actor', 'actor_id', 'api_url', 'base_ref', 'env',
        'event', 'event_name', 'event_path', 'graphql_url', 'head_ref', 'job', 'path', 'ref', 'ref_name', 'ref_protected', 'ref_type',
        'repository', 'repository_id', 'repository_owner', 'repository_owner_id', 'repositoryUrl', 'retention_days', 'run_id',
        'run_number', 'run_attempt', 'secret_source', 'server_url', 'sha', 'token', 'triggering_actor', 'workflow', 'workflow_ref',
        'workflow_sha', 'workspace',
    ],
    runner: ['name', 'os', 'arch', 'temp', 'tool_cache', 'debug', 'environment'],
    job: ['container', 'services', 'status', 'check_run_id', 'workflow_ref', 'workflow_sha', 'workflow_repository', 'workflow_file_path'],
    strategy: ['fail-fast', 'job-index', 'job-total', 'max-parallel'],
};
/** OPEN_PROPERTIES lower-cased, for the membership test every access makes. */
const OPEN_LOWER = Object.fromEntries(Object.entries(OPEN_PROPERTIES).map(([name, properties]) => [name, new Set(properties.map((property) => property.toLowerCase()))]));
const STEP_PROPERTIES = ['outputs', 'outcome', 'conclusion'];
const NEEDS_PROPERTIES = ['outputs', 'result'];
function nameOf(segment) {
    return segment && 'name' in segment ? segment.name : undefined;
}
function keysOf(node) {
    return new Set((0,support_facts/* entries */.jO)(node).map((pair) => String(pair.key.value).toLowerCase()));
}
/** Names for a message, or `none`. */
function listOf(values) {
    return [...values].join(', ') || 'none';
}
/** Where an access's context and first name are (`needs.build`), made only for a report. */
function nameAt(facts, site, access) {
    return (0,support_facts/* atOffsets */.Ml)(facts, site.bodyStart + access.start, site.bodyStart + access.path[0].end, site.path);
}
/** The job an expression sits in, from its key path. */
function jobOf(facts, site) {
    if (facts.kind === 'action')
        return facts.jobs[0];
    return site.path[0] === 'jobs' && typeof site.path[1] === 'string' ? facts.jobsById.get(site.path[1]) : undefined;
}
/** The index of the step an expression sits in, from its key path. */
function stepIndexOf(facts, site) {
    const path = site.path;
    if (facts.kind === 'action')
        return path[0] === 'runs' && path[1] === 'steps' && typeof path[2] === 'number' ? path[2] : undefined;
    return path[0] === 'jobs' && typeof path[1] === 'string' && path[2] === 'steps' && typeof path[3] === 'number' ? path[3] : undefined;
}
/** The job of the workflow whose id is `lower` (ids compared case-insensitively). */
function jobNamed(facts, lower) {
    for (const candidate of facts.jobsById.values())
        if (candidate.id.toLowerCase() === lower)
            return candidate;
    return undefined;
}
/* harmony default export */ const undefined_reference = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/undefined-reference',
        domain: 'github-actions',
        description: 'References must point at things that exist: matrix keys, needed jobs and their outputs, earlier step ids, declared inputs and secrets.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            noMatrix: 'Job "{{job}}" has no matrix, so `matrix.{{name}}` is always empty.',
            matrix: '`matrix.{{name}}` is not a key of the matrix of job "{{job}}" (keys: {{keys}}).',
            notNeeded: '`needs.{{name}}` is not available: job "{{job}}" does not list "{{name}}" in `needs`.',
            noOutput: 'Job "{{name}}" has no output "{{output}}" (outputs: {{outputs}}).',
            noJob: '`jobs.{{name}}` is not a job of this workflow.',
            step: '`steps.{{name}}` does not name a step before this one in {{where}} (step ids: {{ids}}).',
            input: '`inputs.{{name}}` is not declared (inputs: {{inputs}}).',
            property: '`{{path}}` is not a property of the `{{context}}` context.{{hint}}',
            stepOutput: 'Step "{{step}}" runs {{action}}, which has no output "{{output}}" (outputs: {{outputs}}).{{hint}}',
            secret: '`secrets.{{name}}` is not declared under `on.workflow_call.secrets` (declared: {{secrets}}).',
        },
        equivalents: { actionlint: ['expression'] },
    },
    create(context) {
        return {
            exit() {
                const facts = (0,support_facts/* factsOf */.xS)(context.file);
                if (facts.kind === 'unknown' || !facts.root)
                    return;
                // Declared inputs and secrets.
                let inputs;
                let secrets;
                if (facts.kind === 'action') {
                    inputs = keysOf((0,support_facts/* valueOf */.RP)(facts.root, 'inputs'));
                }
                else {
                    const call = facts.events.get('workflow_call');
                    const dispatch = facts.events.get('workflow_dispatch');
                    inputs = new Set([...keysOf((0,support_facts/* valueOf */.RP)(call?.value, 'inputs')), ...keysOf((0,support_facts/* valueOf */.RP)(dispatch?.value, 'inputs'))]);
                    if (call && facts.events.size === 1 && (0,support_facts/* pairOf */.cF)(call.value, 'secrets') && (0,dist/* isMap */.jh)((0,support_facts/* valueOf */.RP)(call.value, 'secrets'))) {
                        secrets = keysOf((0,support_facts/* valueOf */.RP)(call.value, 'secrets'));
                        secrets.add('github_token');
                    }
                }
                for (const site of facts.expressions) {
                    if (!site.ast)
                        continue;
                    const accesses = (0,support_facts/* accessesOf */.Cn)(site.ast);
                    if (accesses.length === 0)
                        continue;
                    const job = jobOf(facts, site);
                    const stepIndex = stepIndexOf(facts, site);
                    for (const access of accesses) {
                        const first = access.path[0];
                        const name = nameOf(first);
                        if (!name || !first)
                            continue;
                        const lower = name.toLowerCase();
                        // Own keys only: a context named like an Object.prototype member (`constructor.x`) is not one of these.
                        const known = Object.hasOwn(OPEN_PROPERTIES, access.context) ? OPEN_PROPERTIES[access.context] : undefined;
                        const knownLower = known ? OPEN_LOWER[access.context] : undefined;
                        if (known && !(knownLower ? knownLower.has(lower) : known.some((property) => property.toLowerCase() === lower))) {
                            const close = known.find((property) => distance(property.toLowerCase(), lower) <= 2);
                            if (close) {
                                context.report({ at: nameAt(facts, site, access), messageId: 'property', data: { path: `${access.context}.${name}`, context: access.context, hint: ` Did you mean "${access.context}.${close}"?` } });
                            }
                            continue;
                        }
                        // `steps.<id>.<x>` and `needs.<job>.<x>`: closed sets.
                        const second = nameOf(access.path[1]);
                        const secondSegment = access.path[1];
                        const closed = access.context === 'steps' ? STEP_PROPERTIES : access.context === 'needs' ? NEEDS_PROPERTIES : undefined;
                        if (closed && second && secondSegment && !closed.includes(second.toLowerCase())) {
                            const propertyAt = (0,support_facts/* atOffsets */.Ml)(facts, site.bodyStart + access.start, site.bodyStart + secondSegment.end, site.path);
                            context.report({ at: propertyAt, messageId: 'property', data: { path: `${access.context}.${name}.${second}`, context: access.context, hint: didYouMean(second, closed) } });
                            continue;
                        }
                        switch (access.context) {
                            case 'matrix': {
                                if (!job || facts.kind !== 'workflow')
                                    break;
                                if (!job.matrix)
                                    context.report({ at: nameAt(facts, site, access), messageId: 'noMatrix', data: { job: job.id, name } });
                                else if (!job.matrix.dynamic && ![...job.matrix.keys].some((key) => key.toLowerCase() === lower)) {
                                    context.report({ at: nameAt(facts, site, access), messageId: 'matrix', data: { job: job.id, name, keys: listOf(job.matrix.keys) } });
                                }
                                break;
                            }
                            case 'needs':
                            case 'jobs': {
                                if (facts.kind !== 'workflow')
                                    break;
                                const target = jobNamed(facts, lower);
                                if (access.context === 'needs') {
                                    if (!job)
                                        break;
                                    if (!job.needs.some((need) => String(need.value).toLowerCase() === lower)) {
                                        context.report({ at: nameAt(facts, site, access), messageId: 'notNeeded', data: { job: job.id, name } });
                                        break;
                                    }
                                }
                                else if (!target) {
                                    context.report({ at: nameAt(facts, site, access), messageId: 'noJob', data: { name } });
                                    break;
                                }
                                const output = nameOf(access.path[2]);
                                const segment = access.path[2];
                                if (!target || target.uses || nameOf(access.path[1]) !== 'outputs' || !output || !segment)
                                    break;
                                if (![...target.outputs].some((key) => key.toLowerCase() === output.toLowerCase())) {
                                    const outputAt = (0,support_facts/* atOffsets */.Ml)(facts, site.bodyStart + access.start, site.bodyStart + segment.end, site.path);
                                    context.report({ at: outputAt, messageId: 'noOutput', data: { name: target.id, output, outputs: listOf(target.outputs) } });
                                }
                                break;
                            }
                            case 'steps': {
                                if (!job)
                                    break;
                                if (job.steps.some((step) => step.id && String(step.id.value).includes('${{')))
                                    break;
                                const visible = stepIndex === undefined ? job.steps : job.steps.filter((step) => step.index < stepIndex);
                                if (!visible.some((step) => step.id && step.id.value !== null && String(step.id.value).toLowerCase() === lower)) {
                                    const ids = visible.flatMap((step) => (step.id && step.id.value !== null ? [String(step.id.value)] : []));
                                    const scope = facts.kind === 'action' ? 'this action' : `job "${job.id}"`;
                                    context.report({ at: nameAt(facts, site, access), messageId: 'step', data: { name, where: scope, ids: listOf(ids) } });
                                    break;
                                }
                                // `steps.<id>.outputs.<x>` of a well-known action: its outputs are known.
                                const output = nameOf(access.path[2]);
                                const outputSegment = access.path[2];
                                if (nameOf(access.path[1])?.toLowerCase() !== 'outputs' || !output || !outputSegment)
                                    break;
                                const step = visible.find((candidate) => candidate.id && String(candidate.id.value).toLowerCase() === lower);
                                const known = step && knownUse(facts, step.uses);
                                if (!known || !known.meta.inputsComplete || known.meta.outputs.some((candidate) => candidate.toLowerCase() === output.toLowerCase()))
                                    break;
                                context.report({
                                    at: (0,support_facts/* atOffsets */.Ml)(facts, site.bodyStart + access.start, site.bodyStart + outputSegment.end, site.path),
                                    messageId: 'stepOutput',
                                    data: { step: name, action: `${known.action}@${known.major}`, output, outputs: listOf(known.meta.outputs), hint: didYouMean(output, known.meta.outputs) },
                                });
                                break;
                            }
                            case 'inputs': {
                                if (inputs && !inputs.has(lower))
                                    context.report({ at: nameAt(facts, site, access), messageId: 'input', data: { name, inputs: listOf(inputs) } });
                                break;
                            }
                            case 'secrets': {
                                if (secrets && !secrets.has(lower)) {
                                    context.report({ at: nameAt(facts, site, access), messageId: 'secret', data: { name, secrets: listOf([...secrets].filter((s) => s !== 'github_token')) } });
                                }
                                break;
                            }
                            default:
                                break;
                        }
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/data/github-actions/events.ts
/**
 * Events that trigger workflows and their activity types (docs: "Events that trigger workflows", checked
 * 2026-11). `null` means the event takes no `types:` filter; an empty list means any type is accepted (not checked).
 */
const EVENTS = {
    branch_protection_rule: ['created', 'edited', 'deleted'],
    check_run: ['created', 'rerequested', 'completed', 'requested_action'],
    check_suite: ['completed', 'requested', 'rerequested'],
    create: null,
    delete: null,
    deployment: null,
    deployment_status: null,
    discussion: ['created', 'edited', 'deleted', 'transferred', 'pinned', 'unpinned', 'labeled', 'unlabeled', 'locked', 'unlocked', 'category_changed', 'answered', 'unanswered'],
    discussion_comment: ['created', 'edited', 'deleted'],
    fork: null,
    gollum: null,
    image_version: [],
    issue_comment: ['created', 'edited', 'deleted'],
    issues: ['opened', 'edited', 'deleted', 'transferred', 'pinned', 'unpinned', 'closed', 'reopened', 'assigned', 'unassigned', 'labeled', 'unlabeled', 'locked', 'unlocked', 'milestoned', 'demilestoned', 'typed', 'untyped'],
    label: ['created', 'edited', 'deleted'],
    merge_group: ['checks_requested'],
    milestone: ['created', 'closed', 'opened', 'edited', 'deleted'],
    page_build: null,
    project: ['created', 'updated', 'closed', 'reopened', 'edited', 'deleted'],
    project_card: ['created', 'moved', 'converted', 'edited', 'deleted'],
    project_column: ['created', 'updated', 'moved', 'deleted'],
    public: null,
    pull_request: [
        'assigned', 'unassigned', 'labeled', 'unlabeled', 'opened', 'edited', 'closed', 'reopened', 'synchronize', 'converted_to_draft',
        'ready_for_review', 'locked', 'unlocked', 'milestoned', 'demilestoned', 'review_requested', 'review_request_removed',
        'auto_merge_enabled', 'auto_merge_disabled', 'enqueued', 'dequeued',
    ],
    pull_request_review: ['submitted', 'edited', 'dismissed'],
    pull_request_review_comment: ['created', 'edited', 'deleted'],
    pull_request_target: [
        'assigned', 'unassigned', 'labeled', 'unlabeled', 'opened', 'edited', 'closed', 'reopened', 'synchronize', 'converted_to_draft',
        'ready_for_review', 'locked', 'unlocked', 'milestoned', 'demilestoned', 'review_requested', 'review_request_removed',
        'auto_merge_enabled', 'auto_merge_disabled', 'enqueued', 'dequeued',
    ],
    push: null,
    registry_package: ['published', 'updated'],
    release: ['published', 'unpublished', 'created', 'edited', 'deleted', 'prereleased', 'released'],
    repository_dispatch: [],
    schedule: null,
    status: null,
    watch: ['started'],
    workflow_call: null,
    workflow_dispatch: null,
    workflow_run: ['completed', 'requested', 'in_progress'],
};
/** Keys each event's mapping may have besides `types`. */
const EVENT_FILTERS = {
    push: ['branches', 'branches-ignore', 'tags', 'tags-ignore', 'paths', 'paths-ignore'],
    pull_request: ['branches', 'branches-ignore', 'paths', 'paths-ignore'],
    pull_request_target: ['branches', 'branches-ignore', 'paths', 'paths-ignore'],
    workflow_run: ['workflows', 'branches', 'branches-ignore'],
    merge_group: ['branches', 'branches-ignore'],
    workflow_call: ['inputs', 'outputs', 'secrets'],
    workflow_dispatch: ['inputs'],
};

;// CONCATENATED MODULE: ./src/rules/github-actions/unknown-event.ts




const KNOWN_EVENTS = Object.keys(EVENTS);
/* harmony default export */ const unknown_event = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/unknown-event',
        domain: 'github-actions',
        description: 'Workflow triggers must be real events with their own activity types and filters.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            event: 'Unknown event "{{event}}".{{hint}}',
            type: 'Unknown activity type "{{type}}" for `{{event}}` (types: {{types}}).',
            noTypes: '`{{event}}` has no activity types, so `types` is not allowed.',
            key: '`{{key}}` is not a setting of `{{event}}`{{allowed}}.',
        },
        equivalents: { actionlint: ['events'] },
    },
    create(context) {
        return {
            exit() {
                const facts = (0,support_facts/* factsOf */.xS)(context.file);
                if (facts.kind !== 'workflow')
                    return;
                for (const [event, { key, value }] of facts.events) {
                    if (!(event in EVENTS)) {
                        const close = KNOWN_EVENTS.find((name) => name.replace(/_/g, '') === event.toLowerCase().replace(/[_-]/g, '') || name === `${event}s` || `${name}s` === event);
                        context.report({ at: (0,support_facts.at)(facts, key, ['on', event]), messageId: 'event', data: { event, hint: close ? ` Did you mean "${close}"?` : '' } });
                        continue;
                    }
                    if (!(0,dist/* isMap */.jh)(value) || event === 'schedule')
                        continue;
                    const types = EVENTS[event];
                    const allowed = [...(EVENT_FILTERS[event] ?? []), ...(types !== null ? ['types'] : [])];
                    for (const pair of (0,support_facts/* entries */.jO)(value)) {
                        const name = String(pair.key.value);
                        if (!allowed.includes(name)) {
                            const data = { key: name, event, allowed: allowed.length ? ` (settings: ${allowed.join(', ')})` : '' };
                            context.report({ at: (0,support_facts.at)(facts, pair.key, ['on', event, name]), messageId: name === 'types' ? 'noTypes' : 'key', data });
                        }
                    }
                    const typesNode = (0,support_facts/* valueOf */.RP)(value, 'types');
                    if (!types || types.length === 0 || typesNode === undefined)
                        continue;
                    const items = (0,dist/* isSeq */.oP)(typesNode) ? typesNode.items : [typesNode];
                    items.forEach((item, index) => {
                        if (!(0,dist/* isScalar */.jn)(item) || item.value === null)
                            return;
                        const type = String(item.value);
                        if (!types.includes(type)) {
                            const path = ['on', event, 'types', ...((0,dist/* isSeq */.oP)(typesNode) ? [index] : [])];
                            context.report({ at: (0,support_facts.at)(facts, item, path), messageId: 'type', data: { type, event, types: types.join(', ') } });
                        }
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/unknown-key.ts




/**
 * Keys of each mapping, after GitHub's workflow syntax and action metadata syntax, cross-checked against the
 * SchemaStore workflow schema (2026-11: parallel steps, service `entrypoint`/`command`, concurrency `queue`). Hand
 * tables rather than validating against the schema: exact key positions, one pass, and messages that name the place.
 */
const WORKFLOW = ['name', 'run-name', 'on', 'permissions', 'env', 'defaults', 'concurrency', 'jobs'];
const JOB = [
    'name', 'permissions', 'needs', 'if', 'runs-on', 'snapshot', 'environment', 'concurrency', 'outputs', 'env', 'defaults', 'steps',
    'timeout-minutes', 'strategy', 'continue-on-error', 'container', 'services', 'uses', 'with', 'secrets',
];
const CALL_JOB = ['name', 'uses', 'with', 'secrets', 'strategy', 'needs', 'if', 'permissions', 'concurrency'];
const STEP = [
    'id', 'if', 'name', 'uses', 'run', 'working-directory', 'shell', 'with', 'env', 'continue-on-error', 'timeout-minutes',
    // Parallel steps.
    'background', 'wait', 'wait-all', 'cancel', 'parallel',
];
const STRATEGY = ['matrix', 'fail-fast', 'max-parallel'];
const CONTAINER = ['image', 'credentials', 'env', 'ports', 'volumes', 'options'];
const SERVICE = [...CONTAINER, 'entrypoint', 'command'];
const CREDENTIALS = ['username', 'password'];
const ENVIRONMENT = ['name', 'url', 'deployment'];
const CONCURRENCY = ['group', 'cancel-in-progress', 'queue'];
const DEFAULTS = ['run'];
const DEFAULTS_RUN = ['shell', 'working-directory'];
const CALL_INPUT = ['description', 'required', 'type', 'default'];
const DISPATCH_INPUT = ['description', 'required', 'type', 'default', 'options', 'deprecationMessage'];
const SECRET = ['description', 'required'];
const WORKFLOW_OUTPUT = ['description', 'value'];
const ACTION = ['name', 'author', 'description', 'inputs', 'outputs', 'runs', 'branding'];
const ACTION_INPUT = ['description', 'required', 'default', 'deprecationMessage'];
const ACTION_OUTPUT = ['description', 'value'];
const RUNS_NODE = ['using', 'main', 'pre', 'pre-if', 'post', 'post-if'];
const RUNS_COMPOSITE = ['using', 'steps'];
const RUNS_DOCKER = ['using', 'image', 'env', 'entrypoint', 'pre-entrypoint', 'post-entrypoint', 'args', 'pre-if', 'post-if'];
const COMPOSITE_STEP = ['id', 'if', 'name', 'uses', 'run', 'working-directory', 'shell', 'with', 'env', 'continue-on-error'];
const BRANDING = ['icon', 'color'];
/** Reports the keys of `map` not in `allowed`; `where` names the place and path, worked out only for a report. */
function unknown_key_check(context, facts, map, allowed, where) {
    if (!(0,dist/* isMap */.jh)(map))
        return;
    let place;
    let path = [];
    for (const pair of map.items) {
        if (!(0,dist/* isScalar */.jn)(pair.key))
            continue;
        const key = String(pair.key.value);
        if (allowed.includes(key))
            continue;
        if (place === undefined)
            [place, path] = where();
        context.report({ at: (0,support_facts.at)(facts, pair.key, [...path, key]), messageId: 'unknown', data: { key, place, hint: didYouMean(key, allowed) } });
    }
}
function container(context, facts, node, place, path, keys = CONTAINER) {
    unknown_key_check(context, facts, node, keys, () => [place(), path()]);
    unknown_key_check(context, facts, (0,support_facts/* valueOf */.RP)(node, 'credentials'), CREDENTIALS, () => [`${place()} credentials`, [...path(), 'credentials']]);
}
/* harmony default export */ const unknown_key = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/unknown-key',
        domain: 'github-actions',
        description: 'Workflows and action.yml files must only use keys GitHub knows, in the place it expects them.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            unknown: 'Unknown key "{{key}}" in {{place}}.{{hint}}',
            callJob: '"{{key}}" is not allowed in a job that calls a reusable workflow (allowed: {{allowed}}).',
        },
        equivalents: { actionlint: ['syntax-check'] },
    },
    create(context) {
        return {
            exit() {
                const facts = (0,support_facts/* factsOf */.xS)(context.file);
                const root = facts.root;
                if (!root)
                    return;
                if (facts.kind === 'workflow') {
                    unknown_key_check(context, facts, root, WORKFLOW, () => ['the workflow', []]);
                    unknown_key_check(context, facts, (0,support_facts/* valueOf */.RP)(root, 'defaults'), DEFAULTS, () => ['defaults', ['defaults']]);
                    unknown_key_check(context, facts, (0,support_facts/* valueOf */.RP)((0,support_facts/* valueOf */.RP)(root, 'defaults'), 'run'), DEFAULTS_RUN, () => ['defaults.run', ['defaults', 'run']]);
                    unknown_key_check(context, facts, (0,support_facts/* valueOf */.RP)(root, 'concurrency'), CONCURRENCY, () => ['concurrency', ['concurrency']]);
                    const call = facts.events.get('workflow_call')?.value;
                    for (const pair of (0,support_facts/* entries */.jO)((0,support_facts/* valueOf */.RP)(call, 'inputs')))
                        unknown_key_check(context, facts, pair.value, CALL_INPUT, () => [`workflow_call input "${pair.key.value}"`, ['on', 'workflow_call', 'inputs', String(pair.key.value)]]);
                    for (const pair of (0,support_facts/* entries */.jO)((0,support_facts/* valueOf */.RP)(call, 'secrets')))
                        unknown_key_check(context, facts, pair.value, SECRET, () => [`workflow_call secret "${pair.key.value}"`, ['on', 'workflow_call', 'secrets', String(pair.key.value)]]);
                    for (const pair of (0,support_facts/* entries */.jO)((0,support_facts/* valueOf */.RP)(call, 'outputs')))
                        unknown_key_check(context, facts, pair.value, WORKFLOW_OUTPUT, () => [`workflow_call output "${pair.key.value}"`, ['on', 'workflow_call', 'outputs', String(pair.key.value)]]);
                    const dispatch = facts.events.get('workflow_dispatch')?.value;
                    for (const pair of (0,support_facts/* entries */.jO)((0,support_facts/* valueOf */.RP)(dispatch, 'inputs')))
                        unknown_key_check(context, facts, pair.value, DISPATCH_INPUT, () => [`workflow_dispatch input "${pair.key.value}"`, ['on', 'workflow_dispatch', 'inputs', String(pair.key.value)]]);
                    for (const job of facts.jobs) {
                        if (!job.node)
                            continue;
                        const place = `job "${job.id}"`;
                        if (job.uses) {
                            for (const pair of (0,support_facts/* entries */.jO)(job.node)) {
                                const key = String(pair.key.value);
                                if (CALL_JOB.includes(key))
                                    continue;
                                const data = JOB.includes(key) ? { key, allowed: CALL_JOB.join(', ') } : { key, place, hint: didYouMean(key, CALL_JOB) };
                                context.report({ at: (0,support_facts.at)(facts, pair.key, [...job.path, key]), messageId: JOB.includes(key) ? 'callJob' : 'unknown', data });
                            }
                        }
                        else {
                            unknown_key_check(context, facts, job.node, JOB, () => [place, job.path]);
                        }
                        unknown_key_check(context, facts, (0,support_facts/* valueOf */.RP)(job.node, 'strategy'), STRATEGY, () => [`${place} strategy`, [...job.path, 'strategy']]);
                        unknown_key_check(context, facts, (0,support_facts/* valueOf */.RP)(job.node, 'environment'), ENVIRONMENT, () => [`${place} environment`, [...job.path, 'environment']]);
                        unknown_key_check(context, facts, (0,support_facts/* valueOf */.RP)(job.node, 'concurrency'), CONCURRENCY, () => [`${place} concurrency`, [...job.path, 'concurrency']]);
                        unknown_key_check(context, facts, (0,support_facts/* valueOf */.RP)(job.node, 'defaults'), DEFAULTS, () => [`${place} defaults`, [...job.path, 'defaults']]);
                        unknown_key_check(context, facts, (0,support_facts/* valueOf */.RP)((0,support_facts/* valueOf */.RP)(job.node, 'defaults'), 'run'), DEFAULTS_RUN, () => [`${place} defaults.run`, [...job.path, 'defaults', 'run']]);
                        container(context, facts, (0,support_facts/* valueOf */.RP)(job.node, 'container'), () => `${place} container`, () => [...job.path, 'container']);
                        for (const service of (0,support_facts/* entries */.jO)((0,support_facts/* valueOf */.RP)(job.node, 'services'))) {
                            container(context, facts, service.value, () => `service "${service.key.value}"`, () => [...job.path, 'services', String(service.key.value)], SERVICE);
                        }
                        for (const step of job.steps)
                            unknown_key_check(context, facts, step.node, STEP, () => [`step ${step.index + 1} of ${place}`, step.path]);
                    }
                }
                else if (facts.kind === 'action') {
                    unknown_key_check(context, facts, root, ACTION, () => ['action.yml', []]);
                    for (const pair of (0,support_facts/* entries */.jO)((0,support_facts/* valueOf */.RP)(root, 'inputs')))
                        unknown_key_check(context, facts, pair.value, ACTION_INPUT, () => [`input "${pair.key.value}"`, ['inputs', String(pair.key.value)]]);
                    for (const pair of (0,support_facts/* entries */.jO)((0,support_facts/* valueOf */.RP)(root, 'outputs')))
                        unknown_key_check(context, facts, pair.value, ACTION_OUTPUT, () => [`output "${pair.key.value}"`, ['outputs', String(pair.key.value)]]);
                    unknown_key_check(context, facts, (0,support_facts/* valueOf */.RP)(root, 'branding'), BRANDING, () => ['branding', ['branding']]);
                    const runs = (0,support_facts/* valueOf */.RP)(root, 'runs');
                    const using = (0,support_facts/* valueOf */.RP)(runs, 'using');
                    const kind = (0,dist/* isScalar */.jn)(using) ? String(using.value) : '';
                    const allowed = kind === 'composite' ? RUNS_COMPOSITE : kind === 'docker' ? RUNS_DOCKER : /^node\d+$/.test(kind) ? RUNS_NODE : undefined;
                    if (allowed)
                        unknown_key_check(context, facts, runs, allowed, () => [`runs (using: ${kind})`, ['runs']]);
                    for (const job of facts.jobs)
                        for (const step of job.steps)
                            unknown_key_check(context, facts, step.node, COMPOSITE_STEP, () => [`composite step ${step.index + 1}`, step.path]);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/data/github-actions/runners.ts
/**
 * GitHub-hosted runner labels (docs: "GitHub-hosted runners" and actions/runner-images, checked 2026-11), standard
 * and larger macOS sizes. Larger Linux/Windows runners have names chosen by their owners, so a label that does not
 * look like a hosted image is never reported unless self-hosted labels are configured.
 */
const HOSTED_LABELS = new Set([
    'ubuntu-latest', 'ubuntu-26.04', 'ubuntu-24.04', 'ubuntu-22.04', 'ubuntu-slim',
    'ubuntu-26.04-arm', 'ubuntu-24.04-arm', 'ubuntu-22.04-arm',
    'windows-latest', 'windows-2025', 'windows-2022', 'windows-11-arm',
    'macos-latest', 'macos-26', 'macos-15', 'macos-14',
    'macos-15-intel', 'macos-26-intel',
    'macos-latest-large', 'macos-26-large', 'macos-15-large', 'macos-14-large',
    'macos-latest-xlarge', 'macos-26-xlarge', 'macos-15-xlarge', 'macos-14-xlarge',
]);
/** Hosted labels that were retired: jobs using them never start. */
const RETIRED_LABELS = {
    'ubuntu-16.04': 'ubuntu-latest',
    'ubuntu-18.04': 'ubuntu-latest',
    'ubuntu-20.04': 'ubuntu-latest',
    'windows-2016': 'windows-latest',
    'windows-2019': 'windows-latest',
    'macos-10.15': 'macos-latest',
    'macos-11': 'macos-latest',
    'macos-12': 'macos-latest',
    'macos-13': 'macos-15-intel',
    'macos-13-large': 'macos-15-large',
    'macos-13-xlarge': 'macos-15-xlarge',
};
/** Labels every self-hosted runner gets by default. */
const SELF_HOSTED_DEFAULT_LABELS = new Set(['self-hosted', 'linux', 'windows', 'macos', 'x64', 'x86', 'arm', 'arm64']);
/** A label that names a hosted image family (`ubuntu-…`, `windows-…`, `macos-…`). */
const HOSTED_FAMILY = /^(?:ubuntu|windows|macos)-/i;

;// CONCATENATED MODULE: ./src/rules/github-actions/unknown-runner.ts





/** Edit distance, for "did you mean" and to tell typos of hosted labels from owners' larger-runner names. */
function unknown_runner_distance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
/** A typo of a hosted label, or the exact shape of one (`ubuntu-25.04`, `macos-16-large`) that does not exist. */
function looksHosted(label, hosted) {
    return /^(?:ubuntu|windows|macos)-(?:latest|\d+(?:\.\d+)?)(?:-(?:arm|large|xlarge|intel))?$/.test(label) || hosted.some((candidate) => unknown_runner_distance(candidate, label) <= 2);
}
const HOSTED = [...HOSTED_LABELS];
/* harmony default export */ const unknown_runner = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/unknown-runner',
        domain: 'github-actions',
        description: '`runs-on` labels must be current GitHub-hosted labels or configured self-hosted labels.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            retired: 'Runner label "{{label}}" was retired: jobs using it never start. Use "{{replacement}}".',
            unknown: 'Unknown GitHub-hosted runner label "{{label}}".{{hint}}',
            selfHosted: 'Label "{{label}}" is not a label of your self-hosted runners (settings: self-hosted-runner-labels).',
        },
        equivalents: { actionlint: ['runner-label'] },
    },
    create(context) {
        const configured = selfHostedLabels(context.settings.selfHostedRunnerLabels);
        return {
            exit() {
                const facts = (0,support_facts/* factsOf */.xS)(context.file);
                if (facts.kind !== 'workflow')
                    return;
                for (const job of facts.jobs) {
                    const runsOn = (0,support_facts/* valueOf */.RP)(job.node, 'runs-on');
                    if (runsOn === undefined || runsOn === null)
                        continue;
                    const base = [...job.path, 'runs-on'];
                    let labels = [];
                    if ((0,dist/* isScalar */.jn)(runsOn))
                        labels = [{ node: runsOn, path: base }];
                    else if ((0,dist/* isSeq */.oP)(runsOn))
                        labels = runsOn.items.flatMap((item, index) => ((0,dist/* isScalar */.jn)(item) ? [{ node: item, path: [...base, index] }] : []));
                    else if ((0,dist/* isMap */.jh)(runsOn)) {
                        const inner = (0,support_facts/* valueOf */.RP)(runsOn, 'labels');
                        if ((0,dist/* isScalar */.jn)(inner))
                            labels = [{ node: inner, path: [...base, 'labels'] }];
                        else if ((0,dist/* isSeq */.oP)(inner))
                            labels = inner.items.flatMap((item, index) => ((0,dist/* isScalar */.jn)(item) ? [{ node: item, path: [...base, 'labels', index] }] : []));
                    }
                    const texts = labels.map(({ node }) => String(node.value ?? ''));
                    if (texts.some((text) => text.includes('${{')))
                        continue;
                    const selfHosted = texts.some((text) => text.toLowerCase() === 'self-hosted') || (0,dist/* isMap */.jh)(runsOn);
                    for (const { node, path } of labels) {
                        const label = String(node.value ?? '');
                        const lower = label.toLowerCase();
                        if (RETIRED_LABELS[lower]) {
                            context.report({ at: (0,support_facts.at)(facts, node, path), messageId: 'retired', data: { label, replacement: RETIRED_LABELS[lower] } });
                        }
                        else if (selfHosted) {
                            if (configured.size > 0 && !SELF_HOSTED_DEFAULT_LABELS.has(lower) && !configured.has(lower)) {
                                context.report({ at: (0,support_facts.at)(facts, node, path), messageId: 'selfHosted', data: { label } });
                            }
                        }
                        else if (HOSTED_FAMILY.test(label) && !HOSTED_LABELS.has(lower) && !configured.has(lower) && looksHosted(lower, HOSTED)) {
                            const close = HOSTED.find((candidate) => unknown_runner_distance(candidate, lower) <= 2);
                            context.report({ at: (0,support_facts.at)(facts, node, path), messageId: 'unknown', data: { label, hint: close ? ` Did you mean "${close}"?` : '' } });
                        }
                        else if (configured.size > 0 && !HOSTED_LABELS.has(lower) && !configured.has(lower) && !SELF_HOSTED_DEFAULT_LABELS.has(lower)) {
                            context.report({ at: (0,support_facts.at)(facts, node, path), messageId: 'selfHosted', data: { label } });
                        }
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/unpinned-images.ts

function unpinned_images_check(context, container) {
    const image = container.image;
    const text = image?.value.trim();
    if (!image || !text || text.includes('${{') || text.includes('@sha256:'))
        return;
    const name = text.slice(text.lastIndexOf('/') + 1);
    const colon = name.indexOf(':');
    if (colon < 0)
        context.report({ at: image, messageId: 'untagged', data: { image: text } });
    else if (name.slice(colon + 1) === 'latest')
        context.report({ at: image, messageId: 'latest', data: { image: text } });
}
/* harmony default export */ const unpinned_images = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/unpinned-images',
        domain: 'github-actions',
        description: 'Job containers and service images must name a version tag or digest, never `latest` or no tag.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 4.0,
        messages: {
            untagged: 'Image "{{image}}" has no tag, so it means `latest` and changes under you: pin a version tag or a digest.',
            latest: 'Image "{{image}}" uses the `latest` tag, which changes under you: pin a version tag or a digest.',
        },
        equivalents: { zizmor: ['unpinned-images'], scorecard: ['Pinned-Dependencies'] },
    },
    create(context) {
        return {
            job(job) {
                if (job.container)
                    unpinned_images_check(context, job.container);
                for (const service of job.services)
                    unpinned_images_check(context, service);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/unpinned-uses.ts


const DEFAULT_POLICIES = { 'actions/*': 'tag', 'github/*': 'tag', '*': 'sha' };
/** Policies by lower-cased pattern, per policies object (one per configuration, shared by every file). */
const unpinned_uses_lowered = new WeakMap();
/** The most specific policy for a repository: `owner/repo/path`, then `owner/repo`, then `owner/*`, then `*`. */
function policyFor(policies, uses) {
    const owner = uses.owner.toLowerCase();
    const slug = uses.slug;
    const full = uses.subPath ? `${slug}/${uses.subPath.toLowerCase()}` : slug;
    let lower = unpinned_uses_lowered.get(policies);
    if (!lower) {
        lower = new Map(Object.entries(policies).map(([pattern, policy]) => [pattern.toLowerCase(), policy]));
        unpinned_uses_lowered.set(policies, lower);
    }
    return lower.get(full) ?? lower.get(slug) ?? lower.get(`${owner}/*`) ?? lower.get('*') ?? 'sha';
}
/** The defaults merged with the configured policies, once per options object (the engine reuses it for every file). */
const merged = new WeakMap();
function policiesOf(options) {
    let policies = merged.get(options);
    if (!policies) {
        policies = { ...DEFAULT_POLICIES, ...(options.policies ?? {}) };
        merged.set(options, policies);
    }
    return policies;
}
/** The message data of a repository `uses:`, made only for a report. */
function dataOf(uses) {
    return { uses: uses.value.trim(), ref: uses.ref ?? '' };
}
const DIGEST = /@sha256:[0-9a-f]{64}$/i;
function checkUses(context, policies, dockerPolicy, uses) {
    if (!uses || uses.dynamic)
        return;
    if (uses.kind === 'docker' && uses.image) {
        const image = uses.image;
        if (DIGEST.test(image))
            return;
        const name = image.slice(image.lastIndexOf('/') + 1);
        const tag = name.includes(':') ? name.slice(name.indexOf(':') + 1) : undefined;
        if (!tag || tag === 'latest')
            context.report({ at: uses, messageId: 'dockerUnpinned', data: { image } });
        else if (dockerPolicy === 'sha')
            context.report({ at: uses, messageId: 'dockerTag', data: { image } });
        return;
    }
    if (uses.kind !== 'repository' && !(uses.kind === 'invalid' && uses.slug))
        return;
    if (uses.refKind === 'none')
        return context.report({ at: uses, messageId: 'unpinned', data: dataOf(uses) });
    const policy = policyFor(policies, uses);
    if (policy === 'any' || uses.refKind === 'sha')
        return;
    if (uses.refKind === 'branch')
        context.report({ at: uses, messageId: 'branch', data: dataOf(uses) });
    else if (policy === 'sha')
        context.report({ at: uses, messageId: 'notSha', data: dataOf(uses) });
}
/* harmony default export */ const unpinned_uses = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/unpinned-uses',
        domain: 'github-actions',
        description: 'Actions and reusable workflows must be pinned: third-party ones to a full commit SHA, first-party ones (`actions/*`, `github/*`) at least to a tag; never to a branch.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 5.5,
        messages: {
            unpinned: '"{{uses}}" names no version: pin it to a full commit SHA (`@<40 hex>  # vX.Y.Z`).',
            branch: '"{{uses}}" follows the branch "{{ref}}", so whoever pushes there changes what runs here: pin a full commit SHA (`# {{ref}}` as a comment).',
            notSha: '"{{uses}}" is pinned to "{{ref}}", which its owner can move: pin the full commit SHA it points to, keeping `# {{ref}}` as a comment.',
            dockerTag: 'Docker image "{{image}}" is pinned by tag, which can be re-pushed: pin its digest (`@sha256:…`).',
            dockerUnpinned: 'Docker image "{{image}}" has no tag or uses `latest`: pin a digest (`@sha256:…`).',
        },
        equivalents: { zizmor: ['unpinned-uses'], scorecard: ['Pinned-Dependencies'] },
        defaultOptions: { policies: DEFAULT_POLICIES },
        optionsSchema: {
            type: 'object',
            additionalProperties: false,
            properties: {
                policies: {
                    description: 'Pinning policy by `owner/repo[/path]`, `owner/*` or `*`: `sha` (full commit SHA), `tag` (a tag or SHA, no branch), `any` (any ref).',
                    type: 'object',
                    additionalProperties: { enum: ['sha', 'tag', 'any'] },
                },
            },
        },
    },
    create(context) {
        const policies = policiesOf(context.options);
        const dockerPolicy = policies['*'] ?? 'sha';
        return {
            exit(model) {
                forEachJobAndStep(model, (job) => checkUses(context, policies, dockerPolicy, job.uses), (step) => checkUses(context, policies, dockerPolicy, step.uses));
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/unredacted-secrets.ts



const isSecretsAccess = (node) => {
    let cursor = node;
    while (cursor.kind === 'property' || cursor.kind === 'index')
        cursor = cursor.object;
    return cursor.kind === 'context' && cursor.name.toLowerCase() === 'secrets' && cursor !== node;
};
function unredacted_secrets_checkExpression(context, expression) {
    const ast = expression.ast;
    if (!ast || !/fromjson/i.test(expression.body))
        return;
    (0,expressions/* visit */.YR)(ast, (node) => {
        if (node.kind !== 'call' || node.name.toLowerCase() !== 'fromjson' || node.args.length !== 1 || !isSecretsAccess(node.args[0]))
            return;
        context.report({ at: expression.atBody(node.start, node.end), messageId: 'parsed', data: { text: expression.body.slice(node.start, node.end) } });
    });
}
/* harmony default export */ const unredacted_secrets = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/unredacted-secrets',
        domain: 'github-actions',
        description: 'Secrets holding JSON must not be taken apart with `fromJSON()`: GitHub masks the whole secret in logs, not the values inside it.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 5.5,
        messages: {
            parsed: '`{{text}}` extracts a value from inside a secret, and GitHub only masks the secret as a whole: that value prints in clear in logs. Store each value as its own secret.',
        },
        equivalents: { zizmor: ['unredacted-secrets'] },
    },
    create(context) {
        return {
            exit(model) {
                forEachExpression(model, (expression) => unredacted_secrets_checkExpression(context, expression));
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/unsafe-deploy.ts



const DEPLOY_NAME = /(^|[-_\s])(deploy|deployment|release|publish|rollout)($|[-_\s])/i;
/* harmony default export */ const unsafe_deploy = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/unsafe-deploy',
        domain: 'github-actions',
        description: 'Deploy jobs should run in an `environment` and in a `concurrency` group that never cancels a deploy in progress.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            environment: 'Deploy job "{{job}}" has no `environment:`: it gets no protection rules, environment secrets or deployment history.',
            concurrency: 'Deploy job "{{job}}" has no `concurrency` group: two runs can deploy at once.',
            cancel: 'Deploy job "{{job}}" may be cancelled mid-deploy: set `cancel-in-progress: false` for its concurrency group.',
        },
    },
    create(context) {
        return {
            exit() {
                const facts = (0,support_facts/* factsOf */.xS)(context.file);
                if (facts.kind !== 'workflow' || !facts.root)
                    return;
                let workflowCancelReported = false;
                for (const job of facts.jobs) {
                    if (!job.node || job.uses)
                        continue;
                    const environment = (0,support_facts/* pairOf */.cF)(job.node, 'environment');
                    const name = (0,support_facts/* stringOf */.Je)((0,support_facts/* valueOf */.RP)(job.node, 'name')) ?? '';
                    const byName = DEPLOY_NAME.test(job.id) || DEPLOY_NAME.test(name);
                    if (!environment && !byName)
                        continue;
                    if (!environment)
                        context.report({ at: (0,support_facts.at)(facts, job.key, job.path), messageId: 'environment', data: { job: job.id } });
                    const own = (0,support_facts/* pairOf */.cF)(job.node, 'concurrency');
                    const concurrency = own ?? (0,support_facts/* pairOf */.cF)(facts.root, 'concurrency');
                    if (!concurrency) {
                        context.report({ at: (0,support_facts.at)(facts, job.key, job.path), messageId: 'concurrency', data: { job: job.id } });
                        continue;
                    }
                    if (!(0,dist/* isMap */.jh)(concurrency.value))
                        continue;
                    const cancel = (0,support_facts/* valueOf */.RP)(concurrency.value, 'cancel-in-progress');
                    if ((0,dist/* isScalar */.jn)(cancel) && (cancel.value === true || (typeof cancel.value === 'string' && cancel.value.includes('${{')))) {
                        // The workflow-level group is one place: report it once, for the first deploy job.
                        if (!own && workflowCancelReported)
                            continue;
                        if (!own)
                            workflowCancelReported = true;
                        const path = own ? [...job.path, 'concurrency', 'cancel-in-progress'] : ['concurrency', 'cancel-in-progress'];
                        context.report({ at: (0,support_facts.at)(facts, cancel, path), messageId: 'cancel', data: { job: job.id } });
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/unsound-condition.ts


function checkCondition(context, condition) {
    if (condition?.form !== 'template')
        return;
    const trimmed = condition.value.trim();
    const onlyWhitespace = trimmed.startsWith('${{') && trimmed.endsWith('}}') && trimmed.indexOf('${{', 3) < 0;
    context.report({ at: condition, messageId: onlyWhitespace ? 'block' : 'mixed' });
}
/* harmony default export */ const unsound_condition = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/unsound-condition',
        domain: 'github-actions',
        description: 'An `if:` that mixes `${{ }}` with other text (including the newline `if: |` keeps) is a non-empty string, which is always true.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 6.5,
        messages: {
            block: 'This `if:` block scalar keeps its final newline, so the condition is the string "${{ … }}\\n", which is always true: write `if: ${{ … }}` on one line or use `|-`.',
            mixed: 'Text outside `${{ }}` makes this `if:` a string, which is always true: put the whole condition inside one `${{ }}` or drop the braces.',
        },
        equivalents: { zizmor: ['unsound-condition'] },
    },
    create(context) {
        return {
            exit(model) {
                forEachJobAndStep(model, (job) => checkCondition(context, job.if), (step) => checkCondition(context, step.if));
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/unsound-contains.ts



function unsound_contains_checkExpression(context, expression) {
    const ast = expression.ast;
    if (!ast || !/contains/i.test(expression.body))
        return;
    (0,expressions/* visit */.YR)(ast, (node) => {
        if (node.kind !== 'call' || node.name.toLowerCase() !== 'contains' || node.args.length !== 2)
            return;
        const haystack = node.args[0];
        const needle = node.args[1];
        if (haystack.kind !== 'literal' || haystack.type !== 'string' || needle.kind === 'literal')
            return;
        const text = String(haystack.value);
        const first = text.split(/[\s,]+/).find(Boolean) ?? text;
        const example = first.length > 1 ? first.slice(0, -1) : '';
        context.report({ at: expression.atBody(node.start, node.end), messageId: 'substring', data: { haystack: `'${text}'`, example } });
    });
}
/* harmony default export */ const unsound_contains = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'gha/unsound-contains',
        domain: 'github-actions',
        description: '`contains(\'a b c\', x)` with a string first argument tests for a substring, so parts of the allowed values (and empty strings) pass too.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 5.0,
        messages: {
            substring: '`contains()` with the string {{haystack}} first matches any substring of it (`{{example}}` passes): list the values with `fromJSON(\'[…]\')` and test membership.',
        },
        equivalents: { zizmor: ['unsound-contains'] },
    },
    create(context) {
        return {
            exit(model) {
                forEachExpression(model, (expression) => unsound_contains_checkExpression(context, expression));
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/index.ts










































/** Every GitHub Actions rule, sorted by file name. */
const githubActionsRules = [
    action_inputs,
    artipacked,
    bot_conditions,
    cache_poisoning,
    context_availability,
    dangerous_triggers,
    deprecated_command,
    excessive_permissions,
    expression_syntax,
    falsy_ternary,
    github_env,
    hardcoded_container_credentials,
    insecure_commands,
    invalid_cron,
    invalid_filter,
    invalid_id,
    invalid_shell,
    job_needs,
    local_action_inputs,
    github_actions_missing_timeout,
    no_failure_notification,
    outdated_action,
    overprovisioned_secrets,
    ref_version_mismatch,
    reusable_workflow_call,
    secrets_inherit,
    secrets_outside_environment,
    self_hosted_runner,
    setup_without_cache,
    shellcheck,
    github_actions_syntax,
    template_injection,
    undefined_reference,
    unknown_event,
    unknown_key,
    unknown_runner,
    unpinned_images,
    unpinned_uses,
    unredacted_secrets,
    unsafe_deploy,
    unsound_condition,
    unsound_contains,
];

;// CONCATENATED MODULE: ./src/rules/shipshape/rule-error.ts

/** Reported by the engine when a rule throws: the other rules still run and the file is still checked. */
/* harmony default export */ const rule_error = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'shipshape/rule-error',
        domain: 'shipshape',
        description: 'A rule failed on this file; its findings for the file are missing.',
        category: 'correctness',
        defaultSeverity: 'warning',
        recommended: true,
        messages: { crashed: 'Rule {{id}} failed on this file ({{error}}); please report it. Other rules still ran.' },
    },
    create: () => ({}),
}));

;// CONCATENATED MODULE: ./src/rules/shipshape/unknown-suppression.ts

/** Reported by the engine: a `shipshape-ignore` entry naming a rule that does not exist (often a typo). */
/* harmony default export */ const unknown_suppression = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'shipshape/unknown-suppression',
        domain: 'shipshape',
        description: 'A shipshape-ignore comment names a rule id that does not exist.',
        category: 'correctness',
        defaultSeverity: 'warning',
        recommended: true,
        messages: { unknown: 'Unknown rule "{{id}}" in suppression (see `shipshape rules`).' },
    },
    create: () => ({}),
}));

;// CONCATENATED MODULE: ./src/rules/shipshape/unused-suppression.ts

/** Reported by the engine, not by a walk: a `shipshape-ignore` entry that matched no finding. */
/* harmony default export */ const unused_suppression = ((0,core_rule/* defineRule */.Km)({
    meta: {
        id: 'shipshape/unused-suppression',
        domain: 'shipshape',
        description: 'A shipshape-ignore comment names a rule that reported nothing there.',
        category: 'style',
        defaultSeverity: 'warning',
        recommended: true,
        messages: { unused: 'Unused suppression of "{{id}}": nothing to ignore here; remove it.' },
    },
    create: () => ({}),
}));

;// CONCATENATED MODULE: ./src/rules/shipshape/index.ts



const shipshapeRules = [rule_error, unknown_suppression, unused_suppression];

;// CONCATENATED MODULE: ./src/rules/index.ts





const ALL_RULES = [...shipshapeRules, ...dockerfileRules, ...githubActionsRules, ...gitlabCiRules];
let registry;
function defaultRegistry() {
    registry ??= new Registry(ALL_RULES);
    return registry;
}


/***/ })

};
