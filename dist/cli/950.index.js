export const id = 950;
export const ids = [950];
export const modules = {

/***/ 9950:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rulesCommand: () => (/* binding */ rulesCommand)
/* harmony export */ });
/* harmony import */ var _core_engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6185);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5755);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3567);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_rules_index_js__WEBPACK_IMPORTED_MODULE_1__]);
_rules_index_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



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
        const rules = (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultRegistry */ .Vm)().rules.filter((rule) => !values.domain || rule.meta.domain === values.domain);
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
            const peers = Object.entries(meta.equivalents ?? {})
                .map(([tool, ids]) => `${tool}: ${ids.join(', ')}`)
                .join('; ');
            io.stdout(`${meta.id.padEnd(width)}  ${meta.defaultSeverity.padEnd(7)} ${meta.recommended ? '*' : ' '} ${meta.description}${peers ? ` (${peers})` : ''}\n`);
        }
        io.stdout(`\n${rules.length} rules; * = in the recommended preset.\n`);
        return 0;
    },
};

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 4692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ Registry)
/* harmony export */ });
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1961);

/** All rules by id, with the views the engine and CLI need. */
class Registry {
    byId = new Map();
    peers = new Map();
    list = [];
    idSet;
    byDomain = new Map();
    constructor(rules) {
        this.add(rules);
    }
    get rules() {
        return this.list;
    }
    /** Adds rules, e.g. those of a domain a run loads when it meets its first file of that domain. */
    add(rules) {
        this.idSet = undefined;
        this.byDomain.clear();
        for (const rule of rules) {
            const { id, domain } = rule.meta;
            if (this.byId.has(id))
                throw new Error(`duplicate rule id ${id}`);
            if (!id.startsWith(`${_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .DOMAIN_PREFIX */ .Mo[domain]}/`))
                throw new Error(`rule ${id} must start with ${_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .DOMAIN_PREFIX */ .Mo[domain]}/`);
            this.byId.set(id, rule);
            this.list.push(rule);
            for (const [tool, ids] of Object.entries(rule.meta.equivalents ?? {})) {
                const table = this.peers.get(tool) ?? new Map();
                this.peers.set(tool, table);
                for (const peerId of ids)
                    table.set(peerId, [...(table.get(peerId) ?? []), id]);
            }
        }
    }
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


/***/ }),

/***/ 5755:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vm: () => (/* binding */ defaultRegistry)
/* harmony export */ });
/* unused harmony exports ALL_DOMAINS, ALL_RULES */
/* harmony import */ var _core_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4692);
/* harmony import */ var _packs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5885);
/* harmony import */ var _shipshape_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8903);



// The whole catalogue, loaded at once for what needs it all; a check run loads only the packs it needs.
const packs = await (0,_packs_js__WEBPACK_IMPORTED_MODULE_1__/* .loadAllPacks */ .M)();
const ALL_DOMAINS = packs.map((pack) => pack.domain);
const ALL_RULES = [..._shipshape_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shipshapeRules */ .V, ...packs.flatMap((pack) => pack.rules)];
let registry;
function defaultRegistry() {
    registry ??= new _core_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .Registry */ .O(ALL_RULES);
    return registry;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ loadAllPacks),
/* harmony export */   W: () => (/* binding */ DOMAIN_PACKS)
/* harmony export */ });
/**
 * Every checked domain, loaded (parser, model, rules and the libraries they use) only when a run meets one of its
 * files, so a run pays start-up only for what it checks. Adding a domain is one line here, its
 * `rules/<domain>/index.ts` exporting `pack`. The import paths stay literal so the bundler gives each domain
 * chunks of its own.
 */
const DOMAIN_PACKS = {
    dockerfile: async () => (await Promise.all(/* import() */[__webpack_require__.e(839), __webpack_require__.e(124)]).then(__webpack_require__.bind(__webpack_require__, 5124))).pack,
    'github-actions': async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(276), __webpack_require__.e(376), __webpack_require__.e(922)]).then(__webpack_require__.bind(__webpack_require__, 4922))).pack,
    'gitlab-ci': async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(276), __webpack_require__.e(99)]).then(__webpack_require__.bind(__webpack_require__, 8099))).pack,
    kubernetes: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(276), __webpack_require__.e(251)]).then(__webpack_require__.bind(__webpack_require__, 8251))).pack,
    terraform: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(6), __webpack_require__.e(551), __webpack_require__.e(560)]).then(__webpack_require__.bind(__webpack_require__, 9560))).pack,
};
/**
 * Every pack, one after the other (jest's ESM loader can fail two concurrent imports sharing a dependency), for what
 * needs the whole catalogue: `shipshape rules`, `explain`, `fix`, a config file to validate, tests.
 */
async function loadAllPacks() {
    const packs = [];
    for (const load of Object.values(DOMAIN_PACKS))
        packs.push(await load());
    return packs;
}


/***/ }),

/***/ 8903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ shipshapeRules)
});

// EXTERNAL MODULE: ./src/core/rule.ts
var rule = __webpack_require__(1961);
;// CONCATENATED MODULE: ./src/rules/shipshape/rule-error.ts

/** Reported by the engine when a rule throws: the other rules still run and the file is still checked. */
/* harmony default export */ const rule_error = ((0,rule/* defineRule */.Km)({
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

;// CONCATENATED MODULE: ./src/rules/shipshape/skipped-file.ts

/**
 * Reported by the file reader, not by a walk: a file of a checked kind whose content could not be checked (over
 * max-file-size, binary, unreadable). A check that skipped it would otherwise pass with nothing said.
 */
/* harmony default export */ const skipped_file = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'shipshape/skipped-file',
        domain: 'shipshape',
        description: 'A file that would be checked was skipped (too large, binary or unreadable), so its content is unchecked.',
        category: 'correctness',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            skipped: 'Not checked: {{reason}}. Fix the file, raise max-file-size, or list it under `ignore` in the config.',
        },
    },
    create: () => ({}),
}));

;// CONCATENATED MODULE: ./src/rules/shipshape/unknown-suppression.ts

/** Reported by the engine: a `shipshape-ignore` entry naming a rule that does not exist (often a typo). */
/* harmony default export */ const unknown_suppression = ((0,rule/* defineRule */.Km)({
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
/* harmony default export */ const unused_suppression = ((0,rule/* defineRule */.Km)({
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




const shipshapeRules = [rule_error, skipped_file, unknown_suppression, unused_suppression];


/***/ })

};
