export const id = 950;
export const ids = [950];
export const modules = {

/***/ 9950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rulesCommand: () => (/* binding */ rulesCommand)
/* harmony export */ });
/* harmony import */ var _core_engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6185);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2018);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3567);



const rulesCommand = {
    name: 'rules',
    summary: 'List every rule with its metadata (--format json for tools).',
    usage: 'shipshape rules [--format text|json] [--domain <domain>]',
    async run(argv, io) {
        const { values } = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommandArgs */ .Q)('rules', argv, {
            format: { type: 'string', default: 'text' },
            domain: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        }, false);
        if (values.help) {
            io.stdout(`${this.usage}\n`);
            return 0;
        }
        const rules = (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultRegistry */ .V)().rules.filter((rule) => !values.domain || rule.meta.domain === values.domain);
        if (values.format === 'json') {
            const list = rules.map(({ meta }) => ({
                id: meta.id,
                domain: meta.domain,
                description: meta.description,
                category: meta.category,
                defaultSeverity: meta.defaultSeverity,
                recommended: meta.recommended,
                equivalents: meta.equivalents ?? {},
                defaultOptions: meta.defaultOptions ?? {},
                docsUrl: (0,_core_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .docsUrl */ .fs)({ meta, create: () => ({}) }),
            }));
            io.stdout(`${JSON.stringify(list, null, 2)}\n`);
            return 0;
        }
        const width = Math.max(...rules.map((rule) => rule.meta.id.length));
        for (const { meta } of rules) {
            const peers = Object.entries(meta.equivalents ?? {}).map(([tool, ids]) => `${tool}: ${ids.join(', ')}`).join('; ');
            io.stdout(`${meta.id.padEnd(width)}  ${meta.defaultSeverity.padEnd(7)} ${meta.recommended ? '*' : ' '} ${meta.description}${peers ? ` (${peers})` : ''}\n`);
        }
        io.stdout(`\n${rules.length} rules; * = in the recommended preset.\n`);
        return 0;
    },
};


/***/ })

};
