export const id = 189;
export const ids = [189,84,147];
export const modules = {

/***/ 2914:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fixCommand: () => (/* binding */ fixCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6107);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9928);
/* harmony import */ var _domains_classify_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1147);
/* harmony import */ var _fix_diff_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(23);
/* harmony import */ var _fix_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1486);
/* harmony import */ var _runner_check_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5172);
/* harmony import */ var _runner_config_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7084);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5755);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3567);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_rules_index_js__WEBPACK_IMPORTED_MODULE_9__]);
_rules_index_js__WEBPACK_IMPORTED_MODULE_9__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];












const fixCommand = {
    name: 'fix',
    summary: 'Apply automatic fixes (safe ones by default) to workflows and other checked files, keeping comments and layout.',
    usage: `shipshape fix [paths…] [options]

Applies the fixes rules attach to their findings and the built-in GitHub Actions fixes:
  persist-credentials: false on actions/checkout            (safe unless a later step runs git)
  \${{ … }} moved from run: into the step's env:              (safe when the expression sat in double quotes)
  least-privilege job permissions: from the action table     (unsafe)
Text is edited in place by offsets: comments and formatting stay as they are.

Options:
  --unsafe            apply unsafe fixes too
  --dry-run           print a diff instead of writing; exit 1 when something would change
  --pin               pin action tags to commit SHAs (GitHub REST API; token from GITHUB_TOKEN or GH_TOKEN)
  --api-url <url>     REST API base for --pin (default: $GITHUB_API_URL or https://api.github.com)
  --config <file>     config file (default: .shipshape.yml at the root, if any)
  --root <dir>        repository root (default: .)`,
    async run(argv, io) {
        const { values, positionals } = (0,_command_js__WEBPACK_IMPORTED_MODULE_10__/* .parseCommandArgs */ .Q)('fix', argv, {
            unsafe: { type: 'boolean', default: false },
            'dry-run': { type: 'boolean', default: false },
            pin: { type: 'boolean', default: false },
            'api-url': { type: 'string' },
            config: { type: 'string' },
            root: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        });
        if (values.help) {
            io.stdout(`${this.usage}\n`);
            return 0;
        }
        const scope = (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .commandScope */ .IW)(io.cwd, io.env);
        const root = values.root ? (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveReadPath */ .sT)('--root', values.root, scope, 'directory') : scope.base;
        const paths = positionals.map((path) => (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveArgumentPath */ .zA)('path argument', path, { ...scope, read: [root] }));
        const registry = (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_9__/* .defaultRegistry */ .Vm)();
        const config = (0,_runner_config_js__WEBPACK_IMPORTED_MODULE_8__.loadConfig)(root, values.config ? (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveReadPath */ .sT)('--config', values.config, scope) : undefined, registry);
        const result = await (0,_runner_check_js__WEBPACK_IMPORTED_MODULE_7__/* .runCheck */ .k)({ root, paths, config, registry });
        const findingFixes = new Map();
        for (const finding of result.findings) {
            if (!finding.fix)
                continue;
            findingFixes.set(finding.path, [...(findingFixes.get(finding.path) ?? []), finding.fix]);
        }
        const notices = [];
        const candidates = new Set(findingFixes.keys());
        for (const path of (0,_core_files_js__WEBPACK_IMPORTED_MODULE_4__/* .listFiles */ .CS)(root, paths.length > 0 ? paths : ['.'], config.ignore, notices)) {
            const kind = (0,_domains_classify_js__WEBPACK_IMPORTED_MODULE_5__.classifyPath)(path);
            if (kind === 'github-actions' || kind === 'yaml')
                candidates.add(path);
        }
        const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN;
        const pin = values.pin
            ? (0,_fix_index_js__WEBPACK_IMPORTED_MODULE_6__/* .restResolver */ .bh)({
                baseUrl: values['api-url'] ?? io.env.GITHUB_API_URL ?? 'https://api.github.com',
                ...(token ? { token } : {}),
            })
            : undefined;
        let changedFiles = 0;
        let appliedCount = 0;
        let skippedUnsafe = 0;
        for (const path of [...candidates].sort()) {
            const outcome = (0,_core_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readSourceFile */ .uj)(root, path, config.maxFileSize, notices);
            if ('skipped' in outcome) {
                if (outcome.kind === 'outside')
                    io.stderr(`${path}: not fixed: ${outcome.skipped}\n`);
                continue;
            }
            const file = outcome.file;
            let domain = (0,_domains_classify_js__WEBPACK_IMPORTED_MODULE_5__.classifyPath)(path);
            if (domain === 'yaml')
                domain = (0,_domains_classify_js__WEBPACK_IMPORTED_MODULE_5__.classifyYamlContent)(file);
            const own = findingFixes.get(path) ?? [];
            if (domain !== 'github-actions' && own.length === 0)
                continue;
            const fixed = await (0,_fix_index_js__WEBPACK_IMPORTED_MODULE_6__/* .fixFile */ .w2)(file, own, { unsafe: values.unsafe, ...(pin ? { pin } : {}) });
            for (const problem of fixed.problems)
                io.stderr(`${path}: --pin: ${problem}\n`);
            skippedUnsafe += fixed.skipped.filter((fix) => !fix.safe).length;
            if (fixed.text === file.text)
                continue;
            changedFiles++;
            appliedCount += fixed.applied.length;
            if (values['dry-run']) {
                io.stdout((0,_fix_diff_js__WEBPACK_IMPORTED_MODULE_11__/* .unifiedDiff */ .W)(path, file.text, fixed.text));
            }
            else {
                const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, path);
                // The file was read inside the repository; it is written only if it still resolves there (no link swapped in).
                if (!(0,_core_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .realInside */ .he)([root], target)) {
                    io.stderr(`${path}: not written: it now leads outside the repository\n`);
                    continue;
                }
                try {
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(target, fixed.text);
                }
                catch (error) {
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`fix: cannot write ${path}: ${(0,_core_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .errorCode */ .CA)(error)}`);
                }
                for (const fix of fixed.applied)
                    io.stderr(`${path}: fixed: ${fix.description}\n`);
            }
        }
        const verb = values['dry-run'] ? 'would apply' : 'applied';
        io.stderr(`${verb} ${appliedCount} fix${appliedCount === 1 ? '' : 'es'} in ${changedFiles} file${changedFiles === 1 ? '' : 's'}`);
        io.stderr(skippedUnsafe > 0 && !values.unsafe
            ? `; ${skippedUnsafe} unsafe fix${skippedUnsafe === 1 ? '' : 'es'} left (use --unsafe)\n`
            : '\n');
        return values['dry-run'] && changedFiles > 0 ? 1 : 0;
    },
};

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 6107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   IW: () => (/* binding */ commandScope),
/* harmony export */   Mt: () => (/* binding */ writeInside),
/* harmony export */   X$: () => (/* binding */ openInside),
/* harmony export */   bX: () => (/* binding */ resolveWritePath),
/* harmony export */   he: () => (/* binding */ realInside),
/* harmony export */   sT: () => (/* binding */ resolveReadPath),
/* harmony export */   xO: () => (/* binding */ readInside),
/* harmony export */   zA: () => (/* binding */ resolveArgumentPath)
/* harmony export */ });
/* unused harmony exports PathInputError, previewPath, realFolder, actionScope */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);



/** A path input that leads outside its scope or to nothing usable; names the input, never the file's content. */
class PathInputError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb {
    input;
    constructor(input, message) {
        super(`${input}: ${message}`);
        this.input = input;
        this.name = 'PathInputError';
    }
}
/** A path as shown in an error: printable, bounded, quoted. The value came from outside: never echo it raw. */
function previewPath(value) {
    const clean = value.replace(/[^\x20-\x7e]/g, '?');
    return JSON.stringify(clean.length > 120 ? `${clean.slice(0, 120)}…` : clean);
}
/** True when `child` is `parent` or inside it, lexically (no `..` escape, no other drive). */
function isInside(parent, child) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(parent, child);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
const realCache = new Map();
/** The real path of a folder that exists (cached: scopes are asked about again and again), else the path itself. */
function realFolder(path) {
    let real = realCache.get(path);
    if (real === undefined) {
        try {
            real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(path);
        }
        catch {
            real = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
        }
        realCache.set(path, real);
    }
    return real;
}
/** True when the real path of `path` (every symbolic link followed) lies inside the real path of one of `folders`. */
function realInside(folders, path) {
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(path);
    }
    catch {
        return false;
    }
    return folders.some((folder) => isInside(realFolder(folder), real));
}
function checkText(input, value) {
    if (value === '')
        throw new PathInputError(input, 'is empty');
    if (/[\0\r\n]/.test(value))
        throw new PathInputError(input, `${previewPath(value)} contains a line break or NUL`);
}
function describeScope(folders) {
    return folders.length === 1
        ? `the workspace ${folders[0]}`
        : `${folders.slice(0, -1).join(', ')} or ${folders[folders.length - 1]}`;
}
/**
 * Resolves a path input to read: it must exist inside the scope's read folders, also after following symbolic
 * links, and be a regular file or a folder as `kind` says. Throws a PathInputError naming the input otherwise.
 */
function resolveReadPath(input, value, scope, kind = 'file') {
    checkText(input, value);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(scope.base, value);
    if (!scope.read.some((folder) => isInside(folder, path)))
        throw new PathInputError(input, `${previewPath(value)} is outside ${describeScope(scope.read)}`);
    const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path, { throwIfNoEntry: false });
    if (!stats)
        throw new PathInputError(input, `${previewPath(value)} does not exist`);
    if (!realInside(scope.read, path))
        throw new PathInputError(input, `${previewPath(value)} leads outside ${describeScope(scope.read)} through a symbolic link`);
    let target;
    try {
        target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(path));
    }
    catch (error) {
        throw new PathInputError(input, `${previewPath(value)} cannot be read (${errorCode(error)})`);
    }
    if (kind === 'file' && !target.isFile())
        throw new PathInputError(input, `${previewPath(value)} is not a regular file`);
    if (kind === 'directory' && !target.isDirectory())
        throw new PathInputError(input, `${previewPath(value)} is not a folder`);
    if (kind === 'any' && !target.isFile() && !target.isDirectory())
        throw new PathInputError(input, `${previewPath(value)} is not a regular file or folder`);
    return path;
}
/**
 * Resolves a path argument naming what to check: it must exist (a dangling link counts: the walker reports it) and
 * lie inside the scope's read folders as written. Links are not followed here: file discovery skips, with a
 * notice, a link whose target is outside.
 */
function resolveArgumentPath(input, value, scope) {
    checkText(input, value);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(scope.base, value);
    if (!scope.read.some((folder) => isInside(folder, path)))
        throw new PathInputError(input, `${previewPath(value)} is outside ${describeScope(scope.read)}`);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path, { throwIfNoEntry: false }))
        throw new PathInputError(input, `${previewPath(value)} does not exist`);
    return path;
}
/**
 * Resolves a path input to write: it must land inside the scope's write folders, and so must the nearest folder
 * that exists on the way (so no folder is created outside) and the file itself when it is a symbolic link.
 * An existing target must be a regular file. Nothing is created here.
 */
function resolveWritePath(input, value, scope) {
    checkText(input, value);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(scope.base, value);
    if (!scope.write.some((folder) => isInside(folder, path)))
        throw new PathInputError(input, `${previewPath(value)} is outside ${describeScope(scope.write)}`);
    const existing = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path, { throwIfNoEntry: false });
    if (existing) {
        if (!realInside(scope.write, path))
            throw new PathInputError(input, `${previewPath(value)} leads outside ${describeScope(scope.write)} through a symbolic link`);
        const target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(path));
        if (!target.isFile())
            throw new PathInputError(input, `${previewPath(value)} exists and is not a regular file`);
        return path;
    }
    let ancestor = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path);
    while (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(ancestor, { throwIfNoEntry: false }) && (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(ancestor) !== ancestor)
        ancestor = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(ancestor);
    if (!realInside(scope.write, ancestor))
        throw new PathInputError(input, `${previewPath(value)} leads outside ${describeScope(scope.write)} through a symbolic link`);
    return path;
}
/** Writes a file at a path resolveWritePath accepted, creating its folders; failures name the input. */
function writeInside(input, path, text) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, text);
    }
    catch (error) {
        throw new PathInputError(input, `cannot write ${previewPath(path)} (${errorCode(error)})`);
    }
}
/** The error's code (ENOENT, EACCES, …) or its message: never more of a file than its name. */
function errorCode(error) {
    const code = error?.code;
    return typeof code === 'string' ? code : (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error);
}
/** The usual scope of a command-line run: the folder it runs in, plus the runner's temp folder for writes. */
function commandScope(cwd, env) {
    const base = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd);
    const temp = env.RUNNER_TEMP ? [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(env.RUNNER_TEMP)] : [];
    return { base, read: [base], write: [base, ...temp] };
}
/** The scope of an action: relative inputs against working-directory, reads in the workspace, writes also in RUNNER_TEMP. */
function actionScope(workspace, base, env) {
    const temp = env.RUNNER_TEMP ? [resolve(env.RUNNER_TEMP)] : [];
    return { base, read: [workspace], write: [workspace, ...temp] };
}
/** Folders whose files never hold repository content and may block or never end when read. */
const PSEUDO_FILESYSTEMS = ['/proc', '/sys', '/dev'];
/**
 * Reads a file found under `root` without ever leaving it or blocking: a symbolic link is followed only when its
 * real target is inside the root; the file is opened non-blocking and checked on the open descriptor, so a FIFO,
 * a device or a /proc file is never read. `maxSize` bounds the read.
 */
function openInside(root, path) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, path);
    const link = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(absolute, { throwIfNoEntry: false });
    if (!link)
        return { skipped: 'missing', detail: 'no such file' };
    const realRoot = realFolder(root);
    // A folder on the way may be a link too (a path argument naming one): its real place decides, once per folder.
    if (!isInside(realRoot, realFolder((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute)))) {
        return { skipped: 'outside', detail: 'in a folder linked from outside the repository (not followed)' };
    }
    if (link.isSymbolicLink()) {
        let real;
        try {
            real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(absolute);
        }
        catch {
            return { skipped: 'missing', detail: 'dangling symbolic link' };
        }
        if (!isInside(realRoot, real) || PSEUDO_FILESYSTEMS.some((folder) => isInside(folder, real))) {
            return { skipped: 'outside', detail: 'symbolic link to a path outside the repository (not followed)' };
        }
    }
    else if (!link.isFile()) {
        return { skipped: 'special', detail: 'not a regular file' };
    }
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(absolute, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOCTTY ?? 0));
    }
    catch (error) {
        return { skipped: 'unreadable', detail: `cannot read: ${errorCode(error)}` };
    }
    try {
        const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stats.isFile()) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            return { skipped: 'special', detail: 'not a regular file' };
        }
        return { fd, size: stats.size };
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        return { skipped: 'unreadable', detail: `cannot read: ${errorCode(error)}` };
    }
}
/**
 * Reads a file found under `root` without ever leaving it or blocking (see openInside); `maxSize` bounds the read.
 */
function readInside(root, path, maxSize) {
    const opened = openInside(root, path);
    if ('skipped' in opened)
        return opened;
    const { fd, size } = opened;
    try {
        if (size > maxSize)
            return { skipped: 'too-large', detail: `${size} bytes, larger than ${maxSize} bytes (max-file-size)` };
        const buffer = Buffer.allocUnsafe(size);
        let read = 0;
        while (read < size) {
            const count = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, read, size - read, read);
            if (count === 0)
                break;
            read += count;
        }
        return { buffer: buffer.subarray(0, read), size };
    }
    catch (error) {
        return { skipped: 'unreadable', detail: `cannot read: ${errorCode(error)}` };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

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


/***/ }),

/***/ 23:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ unifiedDiff)
/* harmony export */ });
/** A unified diff of two texts (line-based LCS; fine for workflow-sized files), with 2 lines of context. */
function unifiedDiff(path, before, after) {
    if (before === after)
        return '';
    const lines = (text) => (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
    const a = lines(before);
    const b = lines(after);
    const n = a.length;
    const m = b.length;
    const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--)
        for (let j = m - 1; j >= 0; j--)
            lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    const ops = [];
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] === b[j])
            ops.push({ kind: ' ', line: a[i], ai: i++, bi: j++ });
        else if (i < n && (j >= m || lcs[i + 1][j] >= lcs[i][j + 1]))
            ops.push({ kind: '-', line: a[i], ai: i++, bi: j });
        else
            ops.push({ kind: '+', line: b[j], ai: i, bi: j++ });
    }
    const out = [`--- a/${path}`, `+++ b/${path}`];
    const context = 2;
    let k = 0;
    while (k < ops.length) {
        if (ops[k].kind === ' ') {
            k++;
            continue;
        }
        const start = Math.max(0, k - context);
        let end = k;
        while (end < ops.length) {
            if (ops[end].kind !== ' ') {
                end++;
                continue;
            }
            let run = 0;
            while (end + run < ops.length && ops[end + run].kind === ' ')
                run++;
            if (end + run >= ops.length || run > context * 2) {
                end = Math.min(ops.length, end + context);
                break;
            }
            end += run;
        }
        const hunk = ops.slice(start, end);
        const aCount = hunk.filter((op) => op.kind !== '+').length;
        const bCount = hunk.filter((op) => op.kind !== '-').length;
        out.push(`@@ -${hunk[0].ai + 1},${aCount} +${hunk[0].bi + 1},${bCount} @@`);
        for (const op of hunk)
            out.push(`${op.kind}${op.line}`);
        k = end;
    }
    return `${out.join('\n')}\n`;
}


/***/ }),

/***/ 1486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w2: () => (/* binding */ fixFile),
  bh: () => (/* reexport */ restResolver)
});

// UNUSED EXPORTS: applyFixes, builtInFixes

// EXTERNAL MODULE: ./src/domains/yaml/document.ts + 1 modules
var yaml_document = __webpack_require__(2276);
// EXTERNAL MODULE: ./src/rules/github-actions/support/facts.ts
var support_facts = __webpack_require__(4778);
;// CONCATENATED MODULE: ./src/fix/edits.ts
/**
 * Applies fixes to a text by offsets, in order; a fix whose edits overlap an already accepted fix (or insert at the
 * same offset) is skipped — the next `shipshape fix` run picks it up. Identical fixes are applied once.
 */
function applyFixes(text, fixes) {
    const accepted = [];
    const applied = [];
    const skipped = [];
    const seen = new Set();
    // Two different insertions at one offset conflict too: they are usually the same key added twice.
    const overlaps = (edit) => accepted.some((other) => (edit.start < other.end && other.start < edit.end) ||
        (edit.start === other.start && (edit.start === edit.end || other.start === other.end)));
    for (const fix of fixes) {
        const key = JSON.stringify(fix.edits);
        if (seen.has(key))
            continue;
        seen.add(key);
        if (fix.edits.some(overlaps) ||
            fix.edits.some((edit) => edit.start < 0 || edit.end > text.length || edit.end < edit.start)) {
            skipped.push(fix);
            continue;
        }
        accepted.push(...fix.edits);
        applied.push(fix);
    }
    // Apply from the end so offsets stay valid; insertions at one offset keep their order.
    const ordered = accepted
        .map((edit, index) => ({ edit, index }))
        .sort((a, b) => b.edit.start - a.edit.start || b.edit.end - a.edit.end || b.index - a.index);
    let out = text;
    for (const { edit } of ordered)
        out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    return { text: out, applied, skipped };
}
/** The offset of the start of the line holding `offset`. */
function lineStart(text, offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
}
/** The offset just after the line break ending the line holding `offset` (or the text's end). */
function nextLineStart(text, offset) {
    const newline = text.indexOf('\n', offset);
    return newline < 0 ? text.length : newline + 1;
}
/** The column (0-based) of an offset within its line. */
function columnOf(text, offset) {
    return offset - lineStart(text, offset);
}
/** A YAML scalar for a value that holds an expression: plain when that is safe, double-quoted otherwise. */
function yamlValue(value) {
    if (/^[^\s'"&*!|>%@`#,[\]{}-][^#]*$/.test(value) && !/: |\s$/.test(value))
        return value;
    return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/data/github-actions/permissions.ts
const ACTION_PERMISSIONS = {
    'actions/checkout': { contents: 'read' },
    'actions/setup-node': {},
    'actions/setup-python': {},
    'actions/setup-go': {},
    'actions/setup-java': {},
    'actions/setup-dotnet': {},
    'actions/cache': {},
    'actions/cache/restore': {},
    'actions/cache/save': {},
    'actions/upload-artifact': {},
    'actions/download-artifact': { actions: 'read' },
    'actions/upload-pages-artifact': {},
    'actions/configure-pages': { pages: 'read' },
    'actions/deploy-pages': { pages: 'write', 'id-token': 'write' },
    'actions/attest-build-provenance': { 'id-token': 'write', attestations: 'write', contents: 'read' },
    'actions/labeler': { contents: 'read', 'pull-requests': 'write' },
    'actions/stale': { issues: 'write', 'pull-requests': 'write' },
    'actions/dependency-review-action': { contents: 'read' },
    'docker/setup-buildx-action': {},
    'docker/setup-qemu-action': {},
    'docker/metadata-action': {},
    'docker/build-push-action': {},
    'github/codeql-action/init': { 'security-events': 'write', contents: 'read', actions: 'read' },
    'github/codeql-action/autobuild': {},
    'github/codeql-action/analyze': { 'security-events': 'write', contents: 'read', actions: 'read' },
    'github/codeql-action/upload-sarif': { 'security-events': 'write', contents: 'read', actions: 'read' },
    'softprops/action-gh-release': { contents: 'write' },
    'peter-evans/create-pull-request': { contents: 'write', 'pull-requests': 'write' },
    'aws-actions/configure-aws-credentials': { 'id-token': 'write' },
    'google-github-actions/auth': { 'id-token': 'write' },
    'azure/login': { 'id-token': 'write' },
};
/** docker/login-action needs `packages: write` only when it logs in to ghcr.io with the job token. */
function loginPermissions(registry, password) {
    if (registry?.trim().toLowerCase() === 'ghcr.io' &&
        password &&
        /github\.token|secrets\.github_token/i.test(password)) {
        return { packages: 'write' };
    }
    return {};
}
/** Merges permission sets, write winning over read; sorted by scope. */
function mergePermissions(sets) {
    const out = {};
    for (const set of sets) {
        for (const [scope, access] of Object.entries(set))
            if (out[scope] !== 'write')
                out[scope] = access;
    }
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

// EXTERNAL MODULE: ./src/data/github-actions/actions.ts
var actions = __webpack_require__(1823);
// EXTERNAL MODULE: ./src/domains/github-actions/expressions/index.ts + 7 modules
var expressions = __webpack_require__(6875);
;// CONCATENATED MODULE: ./src/fix/fixers.ts






/** Where a new key goes at the end of a block mapping, and the indentation its keys use. */
function endOfMapping(text, map) {
    const first = map.items[0]?.key;
    const last = map.items[map.items.length - 1];
    if (!first?.range || !last || map.flow)
        return undefined;
    const indent = ' '.repeat(columnOf(text, first.range[0]));
    const lastNode = (last.value ?? last.key);
    const end = lastNode.range ? lastNode.range[1] : first.range[1];
    // Block scalars end after their line break; other values end on their line.
    const offset = end > 0 && text[end - 1] === '\n' ? end : nextLineStart(text, end);
    return { offset, indent, needsNewline: offset === text.length && !text.endsWith('\n') };
}
function insertKey(text, map, lines) {
    const place = endOfMapping(text, map);
    if (!place)
        return undefined;
    const body = lines.map((line) => `${place.indent}${line}\n`).join('');
    return { start: place.offset, end: place.offset, text: (place.needsNewline ? '\n' : '') + body };
}
/** `persist-credentials: false` on every actions/checkout that does not set it. Unsafe when a later step uses git. */
function persistCredentialsFixes(facts) {
    const fixes = [];
    const { text } = facts.file;
    for (const job of facts.jobs) {
        job.steps.forEach((step, index) => {
            const uses = typeof step.uses?.value === 'string' ? (0,actions/* parseUses */.Ap)(step.uses.value) : undefined;
            if (uses?.action !== 'actions/checkout')
                return;
            if ([...step.with.keys()].some((name) => name.toLowerCase() === 'persist-credentials'))
                return;
            const later = job.steps.slice(index + 1);
            const usesGit = later.some((other) => typeof other.run?.value === 'string' && /\bgit\s+(push|fetch|pull|tag|commit)|\bgh\s/.test(other.run.value));
            const withNode = (0,support_facts/* valueOf */.RP)(step.node, 'with');
            let edit;
            if ((0,dist/* isMap */.jh)(withNode))
                edit = insertKey(text, withNode, ['persist-credentials: false']);
            else if (withNode === undefined)
                edit = insertKey(text, step.node, ['with:', '  persist-credentials: false']);
            if (!edit)
                return;
            fixes.push({ description: 'set persist-credentials: false on actions/checkout', safe: !usesGit, edits: [edit] });
        });
    }
    return fixes;
}
const TOKEN_USE = /github\.token|secrets\.github_token|GITHUB_TOKEN|GH_TOKEN/i;
/** The permissions a job needs, or undefined when one of its steps is not in the table. */
function jobPermissions(job) {
    const sets = [];
    for (const step of job.steps) {
        if (step.run) {
            const envText = JSON.stringify((0,support_facts/* valueOf */.RP)(step.node, 'env') ?? null);
            if (TOKEN_USE.test(String(step.run.value)) || TOKEN_USE.test(envText))
                return undefined;
            continue;
        }
        const uses = typeof step.uses?.value === 'string' ? (0,actions/* parseUses */.Ap)(step.uses.value) : undefined;
        if (!uses)
            return undefined;
        if (uses.action === 'docker/login-action') {
            sets.push(loginPermissions((0,support_facts/* stringOf */.Je)(step.with.get('registry')?.value), (0,support_facts/* stringOf */.Je)(step.with.get('password')?.value)));
            continue;
        }
        const known = ACTION_PERMISSIONS[uses.action];
        if (!known)
            return undefined;
        for (const [, pair] of step.with)
            if (TOKEN_USE.test(String((0,support_facts/* stringOf */.Je)(pair.value) ?? '')))
                return undefined;
        sets.push(known);
    }
    return mergePermissions(sets);
}
/** A least-privilege job-level `permissions:` for jobs without one when the workflow sets none. Always unsafe. */
function permissionsFixes(facts) {
    if (facts.kind !== 'workflow' || !facts.root || (0,support_facts/* pairOf */.cF)(facts.root, 'permissions'))
        return [];
    const fixes = [];
    const { text } = facts.file;
    for (const job of facts.jobs) {
        if (!job.node || job.uses || (0,support_facts/* pairOf */.cF)(job.node, 'permissions') || job.node.flow)
            continue;
        const needed = jobPermissions(job);
        if (!needed)
            continue;
        const first = job.node.items[0]?.key;
        if (!first?.range)
            continue;
        const indent = ' '.repeat(columnOf(text, first.range[0]));
        const scopes = Object.entries(needed);
        const lines = [
            '# Least privilege for the actions this job uses (added by shipshape fix).',
            scopes.length === 0 ? 'permissions: {}' : 'permissions:',
            ...scopes.map(([scope, access]) => `  ${scope}: ${access}`),
        ];
        const at = lineStart(text, first.range[0]);
        fixes.push({
            description: `add least-privilege permissions to job "${job.id}"`,
            safe: false,
            edits: [{ start: at, end: at, text: lines.map((line) => `${indent}${line}\n`).join('') }],
        });
    }
    return fixes;
}
function envName(body, taken) {
    let base = 'EXPR';
    try {
        const ast = (0,expressions/* parseExpression */.YK)(body);
        const [access] = (0,expressions/* contextAccesses */.kO)(ast);
        if (access && access.start === ast.start && access.end === ast.end) {
            const names = [access.context, ...access.path.flatMap((segment) => ('name' in segment ? [segment.name] : []))];
            const tail = names.length > 2 ? names.slice(-2) : names;
            if (names[0] === 'github' && names.length === 2)
                tail.splice(0, tail.length, ...names);
            base = tail
                .join('_')
                .toUpperCase()
                .replace(/[^A-Z0-9_]/g, '_');
        }
    }
    catch {
        base = 'EXPR';
    }
    if (/^[0-9]/.test(base))
        base = `V_${base}`;
    let name = base;
    for (let n = 2; taken.has(name) && taken.get(name) !== body.trim(); n++)
        name = `${base}_${n}`;
    return name;
}
/** True when `offset` (into a bash/sh script) sits inside double quotes. */
function insideDoubleQuotes(script, offset) {
    let quote;
    for (let i = 0; i < offset; i++) {
        const char = script[i];
        if (char === '\\' && quote !== "'") {
            i++;
            continue;
        }
        if (quote === undefined && (char === '"' || char === "'"))
            quote = char;
        else if (char === quote)
            quote = undefined;
    }
    return quote === '"';
}
/**
 * Moves each `${{ … }}` of a bash/sh/pwsh `run:` into the step's `env:` and uses the shell's own variable syntax
 * (`$VAR`, `$env:VAR`). Safe when every occurrence sits inside double quotes (the meaning is unchanged); unsafe
 * otherwise (word splitting changes).
 */
function envFixes(facts) {
    const fixes = [];
    const { text } = facts.file;
    for (const job of facts.jobs) {
        for (const step of job.steps) {
            const fix = envFix(facts, text, job, step);
            if (fix)
                fixes.push(fix);
        }
    }
    return fixes;
}
function envFix(facts, text, job, step) {
    const run = step.run;
    if (!run?.range || typeof run.value !== 'string' || !run.value.includes('${{'))
        return undefined;
    const shell = (0,support_facts/* effectiveShell */.oL)(facts, job, step) ?? (facts.kind === 'workflow' && (0,support_facts/* mayRunOnWindows */.hb)(job) ? undefined : 'bash');
    if (!shell)
        return undefined;
    const command = shell.trim().split(/\s+/)[0].replace(/^.*\//, '');
    const flavour = command === 'bash' || command === 'sh'
        ? 'posix'
        : command === 'pwsh' || command === 'powershell'
            ? 'pwsh'
            : undefined;
    if (!flavour)
        return undefined;
    const envNode = (0,support_facts/* valueOf */.RP)(step.node, 'env');
    if (envNode !== undefined && (!(0,dist/* isMap */.jh)(envNode) || envNode.flow))
        return undefined;
    const taken = new Map();
    for (const pair of (0,support_facts/* entries */.jO)(envNode))
        taken.set(String(pair.key.value), String((0,support_facts/* stringOf */.Je)(pair.value) ?? '\0'));
    const [from, to] = run.range;
    const source = text.slice(from, to);
    const quotedYaml = run.type === dist/* Scalar */.X5.QUOTE_DOUBLE || run.type === dist/* Scalar */.X5.QUOTE_SINGLE;
    const edits = [];
    const added = [];
    let safe = !quotedYaml;
    for (const embedded of (0,expressions/* scanEmbedded */.Kl)(source)) {
        if (!embedded.closed)
            return undefined;
        const body = embedded.body.trim();
        const existing = [...taken.entries()].find(([, value]) => value === `\${{ ${body} }}`);
        const name = existing?.[0] ?? envName(body, taken);
        if (!existing) {
            taken.set(name, `\${{ ${body} }}`);
            added.push([name, `\${{ ${body} }}`]);
        }
        if (flavour === 'posix' && !insideDoubleQuotes(source, embedded.start))
            safe = false;
        if (flavour === 'pwsh' && !insideDoubleQuotes(source, embedded.start))
            safe = false;
        const next = source[embedded.end] ?? '';
        const replacement = flavour === 'posix' ? (/[A-Za-z0-9_]/.test(next) ? `\${${name}}` : `$${name}`) : `$env:${name}`;
        edits.push({ start: from + embedded.start, end: from + embedded.end, text: replacement });
    }
    if (edits.length === 0)
        return undefined;
    if (added.length > 0) {
        const lines = added.map(([name, value]) => `${name}: ${yamlValue(value)}`);
        const insert = (0,dist/* isMap */.jh)(envNode)
            ? insertKey(text, envNode, lines)
            : insertKey(text, step.node, ['env:', ...lines.map((line) => `  ${line}`)]);
        if (!insert)
            return undefined;
        edits.push(insert);
    }
    return { description: 'move ${{ }} out of run: into env:', safe, edits };
}

;// CONCATENATED MODULE: ./src/fix/pin.ts

/**
 * A resolver over GitHub's REST API (`GET /repos/{owner}/{repo}/commits/{ref}` with the `sha` media type), on
 * plain fetch: the CLI runs outside GitHub too, and only src/actions/** may import @actions/*. The action
 * entrypoints can pass an @actions/github-based resolver with the same interface.
 */
function restResolver(options = {}) {
    const baseUrl = (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, '');
    const doFetch = options.fetch ?? fetch;
    const cache = new Map();
    return {
        resolve(owner, repo, ref) {
            const key = `${owner}/${repo}@${ref}`.toLowerCase();
            let hit = cache.get(key);
            if (!hit) {
                hit = (async () => {
                    const headers = {
                        accept: 'application/vnd.github.sha',
                        'user-agent': 'shipshape',
                        'x-github-api-version': '2022-11-28',
                    };
                    if (options.token)
                        headers.authorization = `Bearer ${options.token}`;
                    const url = `${baseUrl}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/commits/${encodeURIComponent(ref)}`;
                    const response = await doFetch(url, { headers });
                    if (!response.ok)
                        return undefined;
                    const sha = (await response.text()).trim();
                    return /^[0-9a-f]{40}$/.test(sha) ? sha : undefined;
                })();
                cache.set(key, hit);
            }
            return hit;
        },
    };
}
/** Pins every `owner/repo[/path]@tag` of steps and reusable-workflow calls to its SHA, keeping the tag as a comment. */
async function pinFixes(facts, resolver, problems) {
    const fixes = [];
    const { text } = facts.file;
    const targets = facts.jobs.flatMap((job) => [
        ...(job.uses ? [job.uses] : []),
        ...job.steps.flatMap((step) => (step.uses ? [step.uses] : [])),
    ]);
    for (const node of targets) {
        if (typeof node.value !== 'string' || !node.range || node.value.includes('${{'))
            continue;
        const uses = (0,actions/* parseUses */.Ap)(node.value);
        if (!uses || /^[0-9a-f]{40}$/i.test(uses.ref))
            continue;
        const [owner, repo] = node.value.slice(0, node.value.lastIndexOf('@')).split('/');
        if (!owner || !repo)
            continue;
        let sha;
        try {
            sha = await resolver.resolve(owner, repo, uses.ref);
        }
        catch (error) {
            problems.push(`${node.value}: ${error instanceof Error ? error.message : String(error)}`);
            continue;
        }
        if (!sha) {
            problems.push(`${node.value}: cannot resolve "${uses.ref}"`);
            continue;
        }
        const [start, end] = node.range;
        const source = text.slice(start, end);
        const at = source.lastIndexOf(uses.ref);
        const lineEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
        const hasComment = text.slice(end, lineEnd).includes('#');
        const edits = [{ start: start + at, end: start + at + uses.ref.length, text: sha }];
        if (!hasComment)
            edits.push({ start: end, end, text: ` # ${uses.ref}` });
        fixes.push({ description: `pin ${node.value} to ${sha}`, safe: true, edits });
    }
    return fixes;
}

;// CONCATENATED MODULE: ./src/fix/index.ts







/** The built-in GitHub Actions fixes of a file (persist-credentials, least-privilege permissions, run → env). */
function builtInFixes(file) {
    // Never edit a file whose YAML does not parse: offsets into a broken tree are guesses.
    if ((0,yaml_document/* parseYaml */.hN)(file).problems.length > 0)
        return [];
    const facts = (0,support_facts/* factsOf */.xS)(file);
    if (facts.kind === 'unknown' || !facts.root)
        return [];
    return [...persistCredentialsFixes(facts), ...envFixes(facts), ...permissionsFixes(facts)];
}
/** Fixes one file: the rules' fixes (from findings) and the built-in ones, safe only unless `unsafe`. */
async function fixFile(file, findingFixes, options) {
    const problems = [];
    const candidates = [...findingFixes, ...builtInFixes(file)];
    if (options.pin && (0,yaml_document/* parseYaml */.hN)(file).problems.length === 0)
        candidates.push(...(await pinFixes((0,support_facts/* factsOf */.xS)(file), options.pin, problems)));
    const allowed = candidates.filter((fix) => fix.safe || options.unsafe);
    const notAllowed = candidates.filter((fix) => !fix.safe && !options.unsafe);
    const result = applyFixes(file.text, allowed);
    return { text: result.text, applied: result.applied, skipped: [...notAllowed, ...result.skipped], problems };
}


/***/ }),

/***/ 5406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TL: () => (/* binding */ parseInputs),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* unused harmony exports parseValue, resolveWorkingDirectory */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6107);



/** Shown in errors: never the whole value (it may be long or hostile), just a safe preview. */
function preview(value) {
    const clean = value.replace(/[^\x20-\x7e]/g, '?');
    return JSON.stringify(clean.length > 40 ? `${clean.slice(0, 40)}…` : clean);
}
/**
 * The one boolean parser of every surface (actions, reusable workflows, GitLab jobs, CLI flags and SHIPSHAPE_*
 * variables): the YAML 1.2 core schema's booleans — true, True, TRUE, false, False, FALSE — which is also what
 * `core.getBooleanInput` of the GitHub Actions toolkit accepts. Anything else (yes, on, 1, …) is refused with an
 * error naming the input, rather than read one way on one platform and another way on the next.
 */
function parseBoolean(name, raw) {
    const value = raw.trim();
    if (value === 'true' || value === 'True' || value === 'TRUE')
        return true;
    if (value === 'false' || value === 'False' || value === 'FALSE')
        return false;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`input "${name}" must be true or false, not ${preview(raw)}`);
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
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`input "${spec.name}" is required: ${spec.description}`);
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
        case 'boolean':
            return parseBoolean(spec.name, raw);
        case 'number': {
            if (!/^-?\d+(\.\d+)?$/.test(value))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`input "${spec.name}" must be a number, not ${preview(raw)}`);
            return Number(value);
        }
        case 'choice': {
            if (!spec.options?.includes(value)) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`input "${spec.name}" must be one of ${spec.options?.join(', ')}, not ${preview(raw)}`);
            }
            return value;
        }
        default: {
            if (spec.pattern && !new RegExp(`^(?:${spec.pattern})$`).test(value)) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`input "${spec.name}" has an invalid value ${preview(raw)} (expected to match /${spec.pattern}/)`);
            }
            return value;
        }
    }
}
/**
 * Resolves a `working-directory` input inside the workspace (core/paths.ts): refuses paths that leave it, also
 * through a symbolic link, and paths that are not folders.
 */
function resolveWorkingDirectory(workspace, relative) {
    const root = resolvePath(workspace);
    return resolveReadPath('input "working-directory"', relative, { base: root, read: [root], write: [] }, 'directory');
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

/***/ 7084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadConfig: () => (/* binding */ loadConfig)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
var ajv_default = /*#__PURE__*/__webpack_require__.n(ajv);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/config-schema.ts
/** The JSON schema of `.shipshape.yml`; `schema/shipshape.schema.json` is generated from it (`npm run generate`). */
const CONFIG_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://shipshape.dev/schema/shipshape.schema.json',
    title: 'shipshape configuration (.shipshape.yml)',
    type: 'object',
    additionalProperties: false,
    properties: {
        extends: {
            description: 'The preset to start from.',
            enum: ['recommended', 'strict'],
        },
        rules: {
            description: 'Per-rule settings: a severity, `off`, or an object with severity and options.',
            type: 'object',
            propertyNames: {
                pattern: '^[a-z0-9-]+/[a-z0-9-]+$',
            },
            additionalProperties: {
                oneOf: [
                    {
                        enum: ['off', 'error', 'warning', 'note'],
                    },
                    {
                        type: 'object',
                        additionalProperties: false,
                        properties: {
                            severity: {
                                enum: ['off', 'error', 'warning', 'note'],
                            },
                            options: {
                                type: 'object',
                            },
                        },
                    },
                ],
            },
        },
        ignore: {
            description: 'Glob patterns of paths not to check, relative to the repository root.',
            type: 'array',
            items: {
                type: 'string',
                minLength: 1,
            },
        },
        'fail-on': {
            description: 'The lowest severity that makes `check` exit 1.',
            enum: ['error', 'warning', 'note', 'never'],
        },
        'max-file-size': {
            description: 'Files larger than this many bytes are skipped with a notice.',
            type: 'integer',
            minimum: 1,
        },
        'fast-yaml-reader': {
            description: 'Read YAML with the fast reader where it applies (default true). false: every file is read by the yaml library alone; SHIPSHAPE_FAST_YAML_READER=false does the same.',
            type: 'boolean',
        },
        'trusted-registries': {
            description: 'Registries whose images may be used (e.g. `ghcr.io/my-org`). Empty: any registry.',
            type: 'array',
            items: {
                type: 'string',
                minLength: 1,
            },
        },
        'self-hosted-runner-labels': {
            description: 'Labels of your self-hosted runners, so `runs-on` checks know them.',
            type: 'array',
            items: {
                type: 'string',
                minLength: 1,
            },
        },
    },
};

;// CONCATENATED MODULE: ./src/core/config-valid.ts
/**
 * A quick, conservative reading of CONFIG_SCHEMA (config-schema.ts): true only for data the schema accepts. Compiling
 * the schema with Ajv costs tens of milliseconds at start-up, so a config this accepts (the usual case) skips it;
 * anything else, valid or not, goes to Ajv, which decides and words the error. Keep in step with the schema.
 */
const SEVERITY_SETTINGS = new Set(['off', 'error', 'warning', 'note']);
const PRESETS = new Set(['recommended', 'strict']);
const FAIL_ON = new Set(['error', 'warning', 'note', 'never']);
const RULE_ID = /^[a-z0-9-]+\/[a-z0-9-]+$/u;
const TOP_LEVEL = {
    extends: (value) => typeof value === 'string' && PRESETS.has(value),
    rules: (value) => isObject(value) && Object.keys(value).every((id) => RULE_ID.test(id) && isRuleSetting(value[id])),
    ignore: isListOfNonEmptyStrings,
    'fail-on': (value) => typeof value === 'string' && FAIL_ON.has(value),
    'max-file-size': (value) => Number.isInteger(value) && value >= 1,
    'trusted-registries': isListOfNonEmptyStrings,
    'self-hosted-runner-labels': isListOfNonEmptyStrings,
};
function isCertainlyValidConfig(data) {
    if (!isObject(data))
        return false;
    for (const key of Object.keys(data)) {
        if (!Object.hasOwn(TOP_LEVEL, key) || !TOP_LEVEL[key](data[key]))
            return false;
    }
    return true;
}
function isRuleSetting(value) {
    if (typeof value === 'string')
        return SEVERITY_SETTINGS.has(value);
    if (!isObject(value))
        return false;
    for (const key of Object.keys(value)) {
        if (key === 'severity') {
            if (typeof value.severity !== 'string' || !SEVERITY_SETTINGS.has(value.severity))
                return false;
        }
        else if (key === 'options') {
            if (!isObject(value.options))
                return false;
        }
        else {
            return false;
        }
    }
    return true;
}
function isListOfNonEmptyStrings(value) {
    return Array.isArray(value) && value.every((item) => typeof item === 'string' && item.length > 0);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./src/core/config-defaults.ts
var config_defaults = __webpack_require__(6104);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/yaml-graph.ts
var yaml_graph = __webpack_require__(4149);
;// CONCATENATED MODULE: ./src/core/config.ts








// The types and defaults live apart so that a run without a config file never loads the YAML and JSON-schema code.

const Ajv = (ajv_default())["default"] ?? (ajv_default());
let validator;
function configValidator() {
    validator ??= new Ajv({ allErrors: true, strict: false }).compile(CONFIG_SCHEMA);
    return validator;
}
/** Parses and validates a config file's text; every problem names the key and its line. */
function parseConfig(text, file, knownRuleIds, optionsSchemaOf) {
    const lineCounter = new dist/* LineCounter */.HN();
    // Within the same bounds as the files it checks: no cycle, alias bomb or deep nesting reaches the validation.
    const loaded = (0,yaml_graph/* loadYaml */.yv)(text, lineCounter);
    if (!loaded.ok)
        throw new errors/* ConfigError */.xL(`invalid YAML: ${loaded.message}`, file, lineCounter.linePos(loaded.offset).line);
    const doc = loaded.document;
    const data = loaded.data ?? {};
    const lineOf = (path) => {
        const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
        const keyNode = keyNodeOf(doc.contents, path);
        const range = keyNode?.range ?? node?.range;
        return range ? lineCounter.linePos(range[0]).line : undefined;
    };
    // Ajv only for a config the quick check cannot vouch for: compiling the schema dominates a small run's start-up.
    const validate = isCertainlyValidConfig(data) ? undefined : configValidator();
    if (validate && !validate(data)) {
        const error = pickError(validate.errors ?? []);
        const path = error.instancePath.split('/').slice(1).map(unescapePointer);
        if (error.keyword === 'additionalProperties') {
            const key = error.params.additionalProperty;
            const at = [...path, key];
            throw new errors/* ConfigError */.xL(`unknown key "${at.join('.')}"`, file, lineOf(at));
        }
        // Ajv reports a bad property name as the failing `pattern` with `propertyName` set, then as `propertyNames`.
        const badName = error.propertyName ?? error.params.propertyName;
        if (badName !== undefined) {
            throw new errors/* ConfigError */.xL(`"${badName}" is not a rule id (expected "<domain>/<name>")`, file, lineOf([...path, badName]));
        }
        const where = path.length > 0 ? `"${path.join('.')}"` : 'the config';
        const allowed = error.params.allowedValues;
        const detail = allowed ? `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}` : error.message;
        throw new errors/* ConfigError */.xL(`${where} ${detail}`, file, lineOf(path));
    }
    const raw = data;
    const config = (0,config_defaults/* defaultConfig */.sb)();
    config.source = file;
    if (raw.extends)
        config.preset = raw.extends;
    if (raw['fail-on'])
        config.failOn = raw['fail-on'];
    if (raw['max-file-size'])
        config.maxFileSize = raw['max-file-size'];
    if (raw['fast-yaml-reader'] === false)
        config.fastYamlReader = false;
    config.ignore = raw.ignore ?? [];
    config.settings.trustedRegistries = raw['trusted-registries'] ?? [];
    config.settings.selfHostedRunnerLabels = raw['self-hosted-runner-labels'] ?? [];
    for (const [id, value] of Object.entries(raw.rules ?? {})) {
        if (knownRuleIds && !knownRuleIds.has(id)) {
            throw new errors/* ConfigError */.xL(`unknown rule "${id}" (see \`shipshape rules\`)`, file, lineOf(['rules', id]));
        }
        config.rules[id] = typeof value === 'string' ? { severity: value } : value;
        const options = typeof value === 'object' ? value.options : undefined;
        const optionsSchema = options === undefined ? undefined : optionsSchemaOf?.(id);
        if (optionsSchema)
            checkOptions(id, options, optionsSchema, file, lineOf);
    }
    return config;
}
function loadConfigFile(path, knownRuleIds, optionsSchemaOf) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* ConfigError */.xL(`cannot read config: ${(0,errors/* describeError */.Uc)(error)}`, path);
    }
    return parseConfig(text.replace(/^\uFEFF/, ''), path, knownRuleIds, optionsSchemaOf);
}
const KEYWORD_PRIORITY = ['additionalProperties', 'propertyNames', 'pattern', 'enum', 'type'];
/**
 * With `allErrors`, a value under `oneOf` fails every branch; the deepest error is the one that names the real
 * problem (`rules.x.severity` rather than `rules.x`), and at equal depth an unknown key beats "must be one of".
 */
function pickError(errors) {
    const candidates = errors.filter((error) => error.keyword !== 'oneOf' && error.keyword !== 'anyOf');
    const depth = (error) => (error.instancePath ? error.instancePath.split('/').length : 0);
    const rank = (error) => {
        const index = KEYWORD_PRIORITY.indexOf(error.keyword);
        return index === -1 ? KEYWORD_PRIORITY.length : index;
    };
    const sorted = [...(candidates.length > 0 ? candidates : errors)].sort((a, b) => depth(b) - depth(a) || rank(a) - rank(b));
    return sorted[0];
}
const optionValidators = new WeakMap();
function checkOptions(id, options, optionsSchema, file, lineOf) {
    let validate = optionValidators.get(optionsSchema);
    if (!validate) {
        validate = new Ajv({ allErrors: true, strict: false }).compile(optionsSchema);
        optionValidators.set(optionsSchema, validate);
    }
    if (validate(options))
        return;
    const error = pickError(validate.errors ?? []);
    const path = ['rules', id, 'options', ...error.instancePath.split('/').slice(1).map(unescapePointer)];
    if (error.keyword === 'additionalProperties') {
        const key = error.params.additionalProperty;
        throw new errors/* ConfigError */.xL(`unknown option "${key}" of rule ${id}`, file, lineOf([...path, key]));
    }
    const allowed = error.params.allowedValues;
    const detail = allowed ? `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}` : error.message;
    throw new errors/* ConfigError */.xL(`"${path.slice(1).join('.')}" ${detail}`, file, lineOf(path));
}
function keyNodeOf(root, path) {
    let node = root;
    let key;
    for (const segment of path) {
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((item) => (0,dist/* isScalar */.jn)(item.key) && String(item.key.value) === String(segment));
            if (!pair)
                return key;
            key = pair.key;
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            node = node.items[Number(segment)];
            key = node ?? key;
        }
        else {
            return key;
        }
    }
    return key;
}
function unescapePointer(segment) {
    return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

;// CONCATENATED MODULE: ./src/runner/config.ts

/** Loads and validates the run's config against the registry's rule ids and option schemas. */
function loadConfig(root, configPath, registry) {
    const file = (0,config_defaults/* findConfigFile */["if"])(root, configPath);
    if (!file)
        return (0,config_defaults/* defaultConfig */.sb)();
    return loadConfigFile(file, registry.ids, (id) => registry.byId.get(id)?.meta.optionsSchema);
}


/***/ })

};
