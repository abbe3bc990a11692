export const id = 342;
export const ids = [342];
export const modules = {

/***/ 5342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   explainCommand: () => (/* binding */ explainCommand)
/* harmony export */ });
/* harmony import */ var _core_engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6185);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2018);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3567);




const explainCommand = {
    name: 'explain',
    summary: 'Show what a rule checks, its peers and where its documentation lives.',
    usage: 'shipshape explain <rule-id>',
    async run(argv, io) {
        const { values, positionals } = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Q)('explain', argv, { help: { type: 'boolean', short: 'h' } });
        if (values.help) {
            io.stdout(`${this.usage}\n`);
            return 0;
        }
        const id = positionals[0];
        if (!id)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('explain: name a rule id, e.g. `shipshape explain docker/no-latest-tag`');
        const registry = (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultRegistry */ .V)();
        const rule = registry.byId.get(id);
        if (!rule) {
            const close = [...registry.ids].filter((known) => known.endsWith(id.slice(id.indexOf('/') + 1)) || known.includes(id));
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`explain: unknown rule "${id}"${close.length ? ` (did you mean ${close.slice(0, 3).join(', ')}?)` : ''}`);
        }
        const { meta } = rule;
        const peers = Object.entries(meta.equivalents ?? {}).map(([tool, ids]) => `  ${tool}: ${ids.join(', ')}`);
        io.stdout([
            `${meta.id} — ${meta.description}`,
            `domain: ${meta.domain}; category: ${meta.category}; default severity: ${meta.defaultSeverity}; recommended: ${meta.recommended ? 'yes' : 'no'}`,
            ...(meta.defaultOptions ? [`options: ${JSON.stringify(meta.defaultOptions)}`] : []),
            ...(peers.length ? ['same idea in:', ...peers] : []),
            `docs: ${(0,_core_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .docsUrl */ .fs)(rule)}`,
            '',
        ].join('\n'));
        return 0;
    },
};


/***/ })

};
