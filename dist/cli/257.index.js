export const id = 257;
export const ids = [257];
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

/***/ 1257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  notifyCommand: () => (/* binding */ notifyCommand)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/pipeline/spec.ts
var spec = __webpack_require__(5027);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/pipeline/validate.ts



/** Shown in errors: never the whole value (it may be long or hostile), just a safe preview. */
function preview(value) {
    const clean = value.replace(/[^\x20-\x7e]/g, '?');
    return JSON.stringify(clean.length > 40 ? `${clean.slice(0, 40)}…` : clean);
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
                throw new errors/* UsageError */.eb(`input "${spec.name}" is required: ${spec.description}`);
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
        case 'boolean': {
            const lower = value.toLowerCase();
            if (lower === 'true')
                return true;
            if (lower === 'false')
                return false;
            throw new errors/* UsageError */.eb(`input "${spec.name}" must be true or false, not ${preview(raw)}`);
        }
        case 'number': {
            if (!/^-?\d+(\.\d+)?$/.test(value))
                throw new errors/* UsageError */.eb(`input "${spec.name}" must be a number, not ${preview(raw)}`);
            return Number(value);
        }
        case 'choice': {
            if (!spec.options?.includes(value)) {
                throw new errors/* UsageError */.eb(`input "${spec.name}" must be one of ${spec.options?.join(', ')}, not ${preview(raw)}`);
            }
            return value;
        }
        default: {
            if (spec.pattern && !new RegExp(`^(?:${spec.pattern})$`).test(value)) {
                throw new errors/* UsageError */.eb(`input "${spec.name}" has an invalid value ${preview(raw)} (expected to match /${spec.pattern}/)`);
            }
            return value;
        }
    }
}
/** Resolves a `working-directory` input inside the workspace; refuses paths that leave it or do not exist. */
function resolveWorkingDirectory(workspace, relative) {
    const root = resolvePath(workspace);
    const dir = resolvePath(root, relative);
    if (dir !== root && !dir.startsWith(root + sep))
        throw new UsageError(`input "working-directory" must stay inside the workspace, not ${preview(relative)}`);
    if (!existsSync(dir) || !statSync(dir).isDirectory())
        throw new UsageError(`input "working-directory" is not a directory: ${preview(relative)}`);
    return dir;
}

// EXTERNAL MODULE: ./src/stages/deploy/notify.ts
var notify = __webpack_require__(9730);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/commands/notify.ts





const notifyCommand = {
    name: 'notify',
    summary: 'Post a Slack-compatible message about the run to a webhook (the failure-notification job).',
    usage: `shipshape notify [--webhook-url URL] [--status failure|success|cancelled] [--message TEXT]
Each option can also come from SHIPSHAPE_<OPTION> (e.g. SHIPSHAPE_WEBHOOK_URL from a masked CI variable).
Exits 0 even when the webhook cannot be reached (a notice must not fail a pipeline by itself); says why on stderr.`,
    async run(argv, io) {
        const names = spec/* STAGES */.an.notify.map((input) => input.name);
        const { values, positionals } = (0,command/* parseCommandArgs */.Q)('notify', argv, {
            ...Object.fromEntries(names.map((name) => [name, { type: 'string' }])),
            help: { type: 'boolean', short: 'h' },
        });
        if (values.help) {
            io.stdout(`${this.usage}\n`);
            return 0;
        }
        if (positionals.length > 0)
            throw new errors/* UsageError */.eb(`notify: unexpected argument "${positionals[0]}"`);
        const read = (name) => {
            const flag = values[name];
            return typeof flag === 'string' ? flag : (io.env[`SHIPSHAPE_${name.toUpperCase().replace(/-/g, '_')}`] ?? '');
        };
        const inputs = parseInputs(spec/* STAGES */.an.notify, read);
        const webhook = String(inputs['webhook-url']);
        if (!webhook) {
            io.stderr('notify: no webhook URL; nothing sent\n');
            return 0;
        }
        const notice = {
            ...(0,notify/* runContext */.pO)(io.env),
            status: inputs.status,
            ...(inputs.message ? { message: String(inputs.message) } : {}),
        };
        const error = await (0,notify/* postWebhook */.WW)(webhook, (0,notify/* pipelineMessage */.w0)(notice, (0,notify/* secretValues */.VX)(io.env, [webhook])));
        io.stderr(error ? `notify: not sent: ${error}\n` : 'notify: sent\n');
        return 0;
    },
};


/***/ })

};
