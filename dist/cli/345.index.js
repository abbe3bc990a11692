export const id = 345;
export const ids = [345];
export const modules = {

/***/ 2345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkCommand: () => (/* binding */ checkCommand),
/* harmony export */   exceedsThreshold: () => (/* binding */ exceedsThreshold)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6107);
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5278);
/* harmony import */ var _formats_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1273);
/* harmony import */ var _runner_baseline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5167);
/* harmony import */ var _runner_check_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5172);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3567);







const FAIL_ON = ['error', 'warning', 'note', 'never'];
function exceedsThreshold(findings, failOn) {
    if (failOn === 'never')
        return false;
    return findings.some((finding) => (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_6__/* .severityRank */ .qs)(finding.severity) >= (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_6__/* .severityRank */ .qs)(failOn));
}
const checkCommand = {
    name: 'check',
    summary: 'Review GitHub workflows and actions, GitLab CI, Dockerfiles, Kubernetes manifests and Terraform under the given paths (`-`: standard input).',
    usage: `shipshape check [paths…] [options]

A path of \`-\` checks YAML read from standard input (rendered manifests: \`helm template … | shipshape check -\`),
reported as \`<stdin>\`.

Options:
  --format <name>          ${Object.keys(_formats_index_js__WEBPACK_IMPORTED_MODULE_2__/* .FORMATS */ .h).join(', ')} (default: text)
  --output <file>          write the report to a file instead of standard output
  --fail-on <severity>     error, warning, note or never (absent or empty: from config, else error)
  --config <file>          config file (default: .shipshape.yml at the root, if any)
  --root <dir>             repository root that paths in the report are relative to (default: .)
  --baseline <file>        report only findings not recorded in this baseline
  --write-baseline <file>  record the current findings as the baseline and exit 0`,
    async run(argv, io) {
        const { values, positionals } = (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCommandArgs */ .Q)('check', argv, {
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
        const formatter = _formats_index_js__WEBPACK_IMPORTED_MODULE_2__/* .FORMATS */ .h[values.format];
        if (!formatter)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`check: unknown format "${values.format}" (one of: ${Object.keys(_formats_index_js__WEBPACK_IMPORTED_MODULE_2__/* .FORMATS */ .h).join(', ')})`);
        if (values['fail-on'] && !FAIL_ON.includes(values['fail-on'])) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`check: --fail-on must be one of ${FAIL_ON.join(', ')}, not "${values['fail-on']}"`);
        }
        const scope = (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .commandScope */ .IW)(io.cwd, io.env);
        const root = values.root ? (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveReadPath */ .sT)('--root', values.root, scope, 'directory') : scope.base;
        const fromStdin = positionals.includes('-');
        if (fromStdin && !io.readStdin)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('check: `-` reads standard input, which this caller has none of');
        const paths = positionals
            .filter((path) => path !== '-')
            .map((path) => (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveArgumentPath */ .zA)('path argument', path, { ...scope, read: [root] }));
        const configPath = values.config ? (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveReadPath */ .sT)('--config', values.config, scope) : undefined;
        const baselinePath = values.baseline ? (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveReadPath */ .sT)('--baseline', values.baseline, scope) : undefined;
        const writeBaselineTo = values['write-baseline']
            ? (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveWritePath */ .bX)('--write-baseline', values['write-baseline'], scope)
            : undefined;
        const output = values.output ? (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveWritePath */ .bX)('--output', values.output, scope) : undefined;
        const stdin = fromStdin ? await io.readStdin() : undefined;
        const result = await (0,_runner_check_js__WEBPACK_IMPORTED_MODULE_4__/* .runCheck */ .k)({ root, paths, configPath, baselinePath, stdin });
        if (writeBaselineTo) {
            (0,_runner_baseline_js__WEBPACK_IMPORTED_MODULE_3__/* .writeBaseline */ .B9)(writeBaselineTo, result.findings);
            io.stderr(`Wrote ${result.findings.length} findings to ${values['write-baseline']}.\n`);
            return 0;
        }
        const report = formatter({ findings: result.findings, notices: result.notices, registry: result.registry, checked: result.checked }, { color: io.isTTY && !values.output && !io.env.NO_COLOR });
        if (output) {
            (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .writeInside */ .Mt)('--output', output, report);
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


/***/ })

};
