export const id = 552;
export const ids = [552];
export const modules = {

/***/ 7552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   secretsScanCommand: () => (/* binding */ secretsScanCommand)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6107);
/* harmony import */ var _stages_security_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9230);
/* harmony import */ var _stages_security_gate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6811);
/* harmony import */ var _stages_security_sarif_out_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5862);
/* harmony import */ var _stages_security_secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9343);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3567);
/* harmony import */ var _security_gate_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5822);








const secretsScanCommand = {
    name: 'secrets-scan',
    summary: 'Look for committed credentials (GitHub, GitLab, AWS, Slack, npm tokens, private keys, high-entropy assignments).',
    usage: `shipshape secrets-scan [paths…] [options]

Options:
  --config <file>         security config with the allow-list (default: .shipshape-security.yml at the root)
  --fail-on <severity>    critical, high, medium, low or never (absent or empty: from the config, else high)
  --format <text|json|sarif>  report on standard output (default text)
  --output <file>         write the report to a file instead
  --root <dir>            repository root (default .)

Secrets are never printed: findings show the kind, the place and a masked prefix.`,
    async run(argv, io) {
        const { values, positionals } = (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCommandArgs */ .Q)('secrets-scan', argv, {
            config: { type: 'string' },
            'fail-on': { type: 'string' },
            format: { type: 'string', default: 'text' },
            output: { type: 'string' },
            root: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        });
        if (values.help) {
            io.stdout(`${this.usage}\n`);
            return 0;
        }
        if (!['text', 'json', 'sarif'].includes(values.format))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`secrets-scan: --format must be text, json or sarif, not "${values.format}"`);
        const scope = (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .commandScope */ .IW)(io.cwd, io.env);
        const root = values.root ? (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveReadPath */ .sT)('--root', values.root, scope, 'directory') : scope.base;
        const paths = positionals.map((path) => (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveArgumentPath */ .zA)('path argument', path, { ...scope, read: [root] }));
        const output = values.output ? (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveWritePath */ .bX)('--output', values.output, scope) : undefined;
        const config = (0,_stages_security_config_js__WEBPACK_IMPORTED_MODULE_2__/* .loadSecurityConfig */ .bD)(root, values.config ? (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveReadPath */ .sT)('--config', values.config, scope) : undefined);
        const failOn = (0,_security_gate_js__WEBPACK_IMPORTED_MODULE_7__.checkFailOn)('secrets-scan', values['fail-on']);
        if (failOn)
            config.failOn = failOn;
        const scan = (0,_stages_security_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .scanSecrets */ .LV)({ root, paths, ignore: config.secrets.ignore, minEntropy: config.secrets.minEntropy });
        const result = (0,_stages_security_gate_js__WEBPACK_IMPORTED_MODULE_3__/* .runGate */ .Rg)([{ findings: scan.findings, suppressed: [] }], config);
        const report = values.format === 'sarif'
            ? (0,_stages_security_sarif_out_js__WEBPACK_IMPORTED_MODULE_4__/* .formatSecuritySarif */ .vx)(result)
            : values.format === 'json'
                ? `${JSON.stringify({ filesScanned: scan.filesScanned, blocked: result.blocked, findings: result.findings, allowed: result.allowed, expired: result.expired }, null, 2)}\n`
                : `${result.findings.map((finding) => `${finding.path}:${finding.line}: ${finding.severity}: ${finding.title} [${finding.id}]\n`).join('')}${scan.filesScanned} ${scan.filesScanned === 1 ? 'file' : 'files'} scanned. ${(0,_stages_security_gate_js__WEBPACK_IMPORTED_MODULE_3__/* .formatGateText */ .a7)(result)}`;
        if (output)
            (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .writeInside */ .Mt)('--output', output, report);
        else
            io.stdout(report);
        for (const notice of scan.notices)
            io.stderr(`${notice.path}: notice: ${notice.message}\n`);
        return result.blocked ? 1 : 0;
    },
};


/***/ })

};
