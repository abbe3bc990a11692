export const id = 575;
export const ids = [575];
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
// EXTERNAL MODULE: ./src/core/source.ts
var source = __webpack_require__(2858);
;// CONCATENATED MODULE: ./src/core/suppress.ts
const OWN_MARKER = /shipshape-ignore(-file)?\[([^\]]*)\]/g;
const PEER_MARKERS = [
    { tool: 'hadolint', pattern: /^hadolint\s+global\s+ignore=([\w,\s-]+)/, file: true },
    { tool: 'hadolint', pattern: /^hadolint\s+ignore=([\w,\s-]+)/ },
    { tool: 'zizmor', pattern: /zizmor:\s*ignore\[([^\]]*)\]/ },
    { tool: 'pipefort', pattern: /pipefort:\s*ignore\[([^\]]*)\]/ },
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
            suppressions.push({
                line: comment.line,
                target: scope === 'file' ? 0 : target,
                scope,
                tool: 'shipshape',
                ids,
                resolved,
                used: new Set(),
            });
        }
        for (const marker of PEER_MARKERS) {
            const match = marker.pattern.exec(comment.text);
            if (!match)
                continue;
            const ids = splitIds(match[1]);
            const table = peers.get(marker.tool);
            const resolved = new Map(ids.map((id) => [id, table?.get(id) ?? []]));
            const scope = marker.file ? 'file' : 'line';
            suppressions.push({
                line: comment.line,
                target: scope === 'file' ? 0 : target,
                scope,
                tool: marker.tool,
                ids,
                resolved,
                used: new Set(),
            });
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
const SUPPRESSION_WORDS = ['shipshape-ignore', 'hadolint', 'zizmor', 'pipefort', 'checkov'];
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
    /** Reports a rule put off until the run's shared work is done, with the context they report through. */
    deferred = [];
    /** The parse, kept only while deferred reports wait (a run must not hold every file's model until its end). */
    parsed;
    /** The finished findings, once suppressions are applied and they are sorted. */
    result;
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
    shared(key, make) {
        return this.run.engine.sharedWork(key, make);
    }
    defer(callback) {
        this.run.deferred.push({ context: this, callback });
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
    /** Adds a domain loaded during the run (its rules go into the registry first). */
    addDomain(domain) {
        this.domains.set(domain.id, domain);
    }
    hasDomain(id) {
        return this.domains.has(id);
    }
    /** Checks one file as a run of its own: walked, shared work settled, findings sorted. */
    checkFile(file, domainId) {
        const pending = this.startFile(file, domainId);
        return pending ? this.finishFiles([pending])[0] : [];
    }
    /**
     * Parses and walks a file. Its findings are complete only once `finishFiles` has settled the work the files of the
     * run share (so shellcheck sees every script of the run before it runs once). Undefined for an unknown domain.
     */
    startFile(file, domainId) {
        const domain = this.domains.get(domainId);
        if (!domain)
            return undefined;
        const run = new FileRun(file, this);
        const parsed = domain.parse(file);
        const syntaxId = `${core_rule/* DOMAIN_PREFIX */.Mo[domainId]}/syntax`;
        for (const problem of parsed.problems ?? [])
            run.pushMeta(syntaxId, problem.at, 'syntax', { message: problem.message });
        if (parsed.ok)
            this.runRules(domain, run, parsed.model);
        if (run.deferred.length === 0)
            run.result = this.finishFile(run, parsed);
        else
            run.parsed = parsed;
        return run;
    }
    /**
     * From now on, shared work may start in the background as soon as a file creates it (shellcheck on the other
     * cores while files are still walked). The caller must then `await readySharedWork()` before `finishFiles`.
     */
    overlapSharedWork() {
        this.overlapping = true;
    }
    /** Waits for the shared work started in the background; a work that fails there is settled as usual after. */
    async readySharedWork() {
        for (const work of this.shared.values()) {
            try {
                await work.ready?.();
            }
            catch {
                // `settle()` and the deferred reports say what was not checked.
            }
        }
    }
    /** Settles the run's shared work, then gives each started file its findings (in the order given). */
    finishFiles(files) {
        const works = [...this.shared.values()];
        this.shared.clear();
        for (const work of works) {
            try {
                work.settle();
            }
            catch {
                // A shared work that fails leaves its results unset: the deferred reports then say what was not checked.
            }
        }
        return files.map((pending) => {
            const run = pending;
            if (run.result)
                return run.result;
            for (const { context, callback } of run.deferred.splice(0)) {
                if (context.failed)
                    continue;
                try {
                    callback();
                }
                catch (error) {
                    context.fail(error);
                }
            }
            const parsed = run.parsed;
            run.parsed = undefined;
            return this.finishFile(run, parsed);
        });
    }
    /** @internal The run's instance of a shared work. */
    sharedWork(key, make) {
        let work = this.shared.get(key);
        if (!work) {
            work = make();
            this.shared.set(key, work);
            if (this.overlapping)
                work.begin?.();
        }
        return work;
    }
    shared = new Map();
    /** Set by `overlapSharedWork()`: shared work may start in the background. */
    overlapping = false;
    finishFile(run, parsed) {
        const { registry, config } = this.options;
        const { file, findings } = run;
        // Comments are read (and, for YAML, lexed) only when one may hold a suppression marker.
        const suppressions = mayHoldSuppressions(file.text)
            ? collectSuppressions(parsed.comments, file, registry.ids, registry.peers)
            : [];
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
    /**
     * A file of a checked kind whose content could not be read (too large, binary, unreadable): one
     * `shipshape/skipped-file` finding on it, so a run never passes over a file it did not check.
     */
    skippedFile(path, reason) {
        const run = new FileRun(new source/* SourceFile */.s(path, ''), this);
        run.pushMeta('shipshape/skipped-file', { span: { line: 1, column: 1, endLine: 1, endColumn: 1 }, path: 'file' }, 'skipped', { reason });
        return run.findings;
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
/* unused harmony exports DOMAIN_IDS, ruleName */
const DOMAIN_IDS = (/* unused pure expression or super */ null && ([
    'shipshape',
    'dockerfile',
    'github-actions',
    'gitlab-ci',
    'kubernetes',
    'terraform',
]));
/** Rule id prefixes per domain: `docker/no-root-user`, `gha/unpinned-uses`, … */
const DOMAIN_PREFIX = {
    shipshape: 'shipshape',
    dockerfile: 'docker',
    'github-actions': 'gha',
    'gitlab-ci': 'gitlab',
    kubernetes: 'k8s',
    terraform: 'tf',
};
/**
 * A rule of the domain named by `meta.domain`: its context reads that domain's model, and `create` returns handlers
 * for that domain's hooks only, each handler's parameter typed by its hook (see DomainHookMaps).
 */
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
        if (line >= 1 &&
            line <= endLine &&
            endLine <= count &&
            column >= 1 &&
            endColumn >= 1 &&
            column <= this.lineLength(line) + 1 &&
            endColumn <= this.lineLength(endLine) + 1 &&
            (line < endLine || column <= endColumn)) {
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


/***/ })

};
