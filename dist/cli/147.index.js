export const id = 147;
export const ids = [147];
export const modules = {

/***/ 1147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   classifyPath: () => (/* reexport safe */ _paths_js__WEBPACK_IMPORTED_MODULE_2__.q),
/* harmony export */   classifyYamlContent: () => (/* binding */ classifyYamlContent)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _yaml_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2276);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3298);


// What a path alone says lives apart (no YAML library): a run decides what to load from it before reading a file.

const GITLAB_TOP_LEVEL = new Set(['stages', 'include', 'workflow', 'default', 'variables']);
/** Classifies a YAML file outside the usual paths by what its top-level keys say. */
function classifyYamlContent(file) {
    const { documents, problems } = (0,_yaml_document_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .hN)(file);
    // A manifest the YAML reader refuses (too deep, an alias bomb) is still a manifest: its syntax finding must be
    // reported, not the file passed over.
    if (problems.length > 0 && /^apiVersion\s*:/m.test(file.text) && /^kind\s*:/m.test(file.text))
        return 'kubernetes';
    for (const document of documents) {
        const contents = document.contents;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(contents))
            continue;
        const keys = new Set(contents.items.map((pair) => ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : '')));
        if (keys.has('on') && keys.has('jobs'))
            return 'github-actions';
        if (keys.has('runs') && (keys.has('name') || keys.has('description') || keys.has('inputs')))
            return 'github-actions';
        if (keys.has('apiVersion') && keys.has('kind'))
            return 'kubernetes';
        if (keys.has('spec') && keys.size === 1)
            continue; // a GitLab `spec:` header; the next document decides
        if (keys.has('stages'))
            return 'gitlab-ci';
        const hasScriptJob = contents.items.some((pair) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(pair.value) && pair.value.has('script'));
        if (hasScriptJob ||
            (keys.size > 0 &&
                [...keys].every((key) => GITLAB_TOP_LEVEL.has(key) || key.startsWith('.')) &&
                keys.has('include'))) {
            return 'gitlab-ci';
        }
    }
    return undefined;
}


/***/ })

};
