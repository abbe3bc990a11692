export const id = 456;
export const ids = [456];
export const modules = {

/***/ 1075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   notifyCommand: () => (/* binding */ notifyCommand)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _pipeline_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8765);
/* harmony import */ var _pipeline_validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5406);
/* harmony import */ var _stages_deploy_notify_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9730);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3567);





const notifyCommand = {
    name: 'notify',
    summary: 'Post a Slack-compatible message about the run to a webhook (the failure-notification job).',
    usage: `shipshape notify [--webhook-url URL] [--status failure|success|cancelled] [--message TEXT]
Each option can also come from SHIPSHAPE_<OPTION> (e.g. SHIPSHAPE_WEBHOOK_URL from a masked CI variable).
Exits 0 even when the webhook cannot be reached (a notice must not fail a pipeline by itself); says why on stderr.`,
    async run(argv, io) {
        const names = _pipeline_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .STAGES */ .an.notify.map((input) => input.name);
        const { values, positionals } = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Q)('notify', argv, {
            ...Object.fromEntries(names.map((name) => [name, { type: 'string' }])),
            help: { type: 'boolean', short: 'h' },
        });
        if (values.help) {
            io.stdout(`${this.usage}\n`);
            return 0;
        }
        if (positionals.length > 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`notify: unexpected argument "${positionals[0]}"`);
        const read = (name) => {
            const flag = values[name];
            return typeof flag === 'string' ? flag : (io.env[`SHIPSHAPE_${name.toUpperCase().replace(/-/g, '_')}`] ?? '');
        };
        const inputs = (0,_pipeline_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .parseInputs */ .TL)(_pipeline_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .STAGES */ .an.notify, read);
        const webhook = String(inputs['webhook-url']);
        if (!webhook) {
            io.stderr('notify: no webhook URL; nothing sent\n');
            return 0;
        }
        const notice = {
            ...(0,_stages_deploy_notify_js__WEBPACK_IMPORTED_MODULE_4__/* .runContext */ .pO)(io.env),
            status: inputs.status,
            ...(inputs.message ? { message: String(inputs.message) } : {}),
        };
        const error = await (0,_stages_deploy_notify_js__WEBPACK_IMPORTED_MODULE_4__/* .postWebhook */ .WW)(webhook, (0,_stages_deploy_notify_js__WEBPACK_IMPORTED_MODULE_4__/* .pipelineMessage */ .w0)(notice, (0,_stages_deploy_notify_js__WEBPACK_IMPORTED_MODULE_4__/* .secretValues */ .VX)(io.env, [webhook])));
        io.stderr(error ? `notify: not sent: ${error}\n` : 'notify: sent\n');
        return 0;
    },
};


/***/ }),

/***/ 2258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ redactUrlsIn),
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   JD: () => (/* binding */ splitCredentials)
/* harmony export */ });
/**
 * URLs as they may be printed: without user:password and without query string or fragment, where webhooks and
 * signed links carry their credentials (`https://user:pass@host/hook?token=…` → `https://host/hook`).
 */
function redactUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return redactUrlsIn(url);
    }
    // unix:/run/app.sock:/healthz and the like carry no credentials of this kind.
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        return url;
    return `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' && !url.endsWith('/') ? '' : parsed.pathname}`;
}
/** Every http(s) URL inside a text (an error message, a log line) redacted as redactUrl does. */
function redactUrlsIn(text) {
    return text.replace(/\bhttps?:\/\/[^\s"'<>`]+/gi, (match) => {
        // A sentence's closing punctuation is not part of the URL.
        const trailing = /[.,;:)\]]+$/.exec(match)?.[0] ?? '';
        const url = match.slice(0, match.length - trailing.length);
        const at = url.indexOf('@', url.indexOf('//') + 2);
        const slash = url.indexOf('/', url.indexOf('//') + 2);
        // Userinfo before the host (an `@` ahead of the first `/` after the scheme).
        const withoutUser = at !== -1 && (slash === -1 || at < slash) ? `${url.slice(0, url.indexOf('//') + 2)}${url.slice(at + 1)}` : url;
        return `${withoutUser.replace(/[?#].*$/, '')}${trailing}`;
    });
}
/**
 * A URL with credentials in its userinfo split for fetch (which refuses such URLs, quoting them in the error):
 * the bare URL and a Basic Authorization header.
 */
function splitCredentials(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return { url, headers: {} };
    }
    if (!parsed.username && !parsed.password)
        return { url, headers: {} };
    const user = decodeURIComponent(parsed.username);
    const password = decodeURIComponent(parsed.password);
    parsed.username = '';
    parsed.password = '';
    return {
        url: parsed.href,
        headers: { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` },
    };
}


/***/ }),

/***/ 9730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HH: () => (/* binding */ deployMessage),
/* harmony export */   QS: () => (/* binding */ recordOutputs),
/* harmony export */   VX: () => (/* binding */ secretValues),
/* harmony export */   WW: () => (/* binding */ postWebhook),
/* harmony export */   iM: () => (/* binding */ recordSummary),
/* harmony export */   pO: () => (/* binding */ runContext),
/* harmony export */   w0: () => (/* binding */ pipelineMessage)
/* harmony export */ });
/* unused harmony export maskSecrets */
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2258);

/** Tokens that look like credentials, masked even when nobody listed them as secret. */
const TOKEN_PATTERNS = [
    /gh[pousr]_[A-Za-z0-9]{20,}/g,
    /github_pat_[A-Za-z0-9_]{20,}/g,
    /glpat-[A-Za-z0-9_-]{20,}/g,
    /xox[abposr]-[A-Za-z0-9-]{10,}/g,
    /AKIA[0-9A-Z]{16}/g,
    /(?<=\/\/)[^/\s:@]+:[^/\s@]+(?=@)/g,
];
/** Replaces every listed secret value and every token-looking string with `***`. */
function maskSecrets(text, secrets) {
    let masked = text;
    for (const secret of [...secrets].filter((value) => value.length >= 4).sort((a, b) => b.length - a.length)) {
        masked = masked.split(secret).join('***');
    }
    for (const pattern of TOKEN_PATTERNS)
        masked = masked.replace(pattern, '***');
    return masked;
}
const SHORT = (digest) => (digest ? digest.replace(/^sha256:/, '').slice(0, 12) : 'none');
/** A Slack-compatible message (`text` + `blocks`); other webhooks read `text` or the `shipshape` object. */
function deployMessage(record, context, secrets = []) {
    const outcome = record.result === 'succeeded' ? 'succeeded' : record.result === 'rolled-back' ? 'was rolled back' : 'FAILED';
    const icon = record.result === 'succeeded' ? ':white_check_mark:' : record.result === 'rolled-back' ? ':rewind:' : ':x:';
    const lines = [
        `${icon} Deploy to *${record.environment}* ${outcome}`,
        `image: ${record.image}@${record.digest}`,
        `previous: ${SHORT(record.previousDigest)}; strategy: ${record.strategy} (${record.driver}); took ${(record.durationMs / 1000).toFixed(1)}s`,
        ...(record.reason ? [`reason: ${record.reason}`] : []),
        ...(context.commit ? [`commit: ${context.commit}`] : []),
        ...(context.runUrl ? [`run: ${context.runUrl}`] : []),
    ];
    const text = maskSecrets(lines.join('\n'), secrets);
    return {
        text,
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }],
        shipshape: JSON.parse(maskSecrets(JSON.stringify({ ...record, ...context }), secrets)),
    };
}
/** POSTs a message to a webhook; returns an error text instead of throwing, since a failed notice must not hide the deploy's own result. */
async function postWebhook(webhook, message, timeoutMs = 10_000) {
    // user:password in the URL goes into an Authorization header: fetch refuses such URLs, quoting them whole.
    const { url, headers } = (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .splitCredentials */ .JD)(webhook);
    try {
        const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers },
            body: JSON.stringify(message),
            signal: AbortSignal.timeout(timeoutMs),
        });
        await response.body?.cancel();
        return response.ok ? undefined : `webhook answered HTTP ${response.status}`;
    }
    catch (error) {
        // Error texts (and their causes) may quote the URL: printed without userinfo, query or fragment.
        const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
        return `webhook failed: ${(0,_core_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrlsIn */ .$1)(`${error instanceof Error ? error.message : String(error)}${cause}`)}`;
    }
}
/** The record as step outputs (GITHUB_OUTPUT / dotenv). */
function recordOutputs(record) {
    return {
        result: record.result,
        environment: record.environment,
        digest: record.digest,
        'previous-digest': record.previousDigest ?? '',
        strategy: record.strategy,
        'duration-ms': String(record.durationMs),
        record: JSON.stringify(record),
    };
}
/** The record as a Markdown job summary section. */
function recordSummary(record) {
    const rows = record.steps.map((step) => `| ${step.ok ? '✅' : '❌'} ${step.name} | ${step.detail.replace(/\|/g, '\\|')} | ${step.ms} |`);
    return [
        `### Deploy to ${record.environment}: ${record.result}`,
        '',
        `- image: \`${record.image}@${record.digest}\``,
        `- previous: \`${record.previousDigest ?? 'none'}\``,
        `- strategy: ${record.strategy} (${record.driver}), ${record.durationMs} ms`,
        ...(record.approval ? [`- gate: ${record.approval.detail}`] : []),
        ...(record.reason ? [`- reason: ${record.reason}`] : []),
        '',
        '| step | detail | ms |',
        '| --- | --- | --- |',
        ...rows,
        '',
    ].join('\n');
}
/** A Slack-compatible message about a whole pipeline run (the failure-notification job of the kit). */
function pipelineMessage(notice, secrets = []) {
    const icon = notice.status === 'success' ? ':white_check_mark:' : notice.status === 'cancelled' ? ':warning:' : ':x:';
    const what = `${notice.pipeline ?? 'Pipeline'}${notice.repository ? ` in ${notice.repository}` : ''}`;
    const lines = [
        `${icon} ${what}: ${notice.status}`,
        ...(notice.environment ? [`environment: ${notice.environment}`] : []),
        ...(notice.ref ? [`ref: ${notice.ref}`] : []),
        ...(notice.commit ? [`commit: ${notice.commit}`] : []),
        ...(notice.message ? [notice.message] : []),
        ...(notice.runUrl ? [`run: ${notice.runUrl}`] : []),
    ];
    const text = maskSecrets(lines.join('\n'), secrets);
    return {
        text,
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }],
        shipshape: JSON.parse(maskSecrets(JSON.stringify(notice), secrets)),
    };
}
/** Values of environment variables whose names say they are secret, for masking. */
function secretValues(env, extra = []) {
    return [
        ...extra.filter((value) => Boolean(value)),
        ...Object.entries(env)
            .filter(([name]) => /TOKEN|SECRET|PASSWORD|PRIVATE|_KEY$|WEBHOOK/i.test(name))
            .map(([, value]) => value ?? ''),
    ];
}
/** The run link and commit from GitHub's or GitLab's environment. */
function runContext(env) {
    const github = env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY;
    const pick = (...values) => values.find((value) => value);
    const out = {
        commit: pick(env.GITHUB_SHA, env.CI_COMMIT_SHA),
        runUrl: github
            ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
            : pick(env.CI_PIPELINE_URL, env.CI_JOB_URL),
        repository: pick(env.GITHUB_REPOSITORY, env.CI_PROJECT_PATH),
        ref: pick(env.GITHUB_REF_NAME, env.CI_COMMIT_REF_NAME),
        pipeline: pick(env.GITHUB_WORKFLOW, env.CI_PROJECT_NAME ? `${env.CI_PROJECT_NAME} pipeline` : undefined),
    };
    return Object.fromEntries(Object.entries(out).filter(([, value]) => value !== undefined));
}


/***/ })

};
