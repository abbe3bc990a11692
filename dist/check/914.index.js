export const id = 914;
export const ids = [914];
export const modules = {

/***/ 3914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  githubActionsRules: () => (/* binding */ githubActionsRules),
  pack: () => (/* binding */ pack)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/domains/yaml/document.ts + 1 modules
var yaml_document = __webpack_require__(2276);
;// CONCATENATED MODULE: ./src/domains/github-actions/scalar.ts
const DOUBLE_ESCAPE = /\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[\s\S])?/g;
function offsetMap(text, scalar, value) {
    const range = scalar.range;
    if (!range)
        return () => 0;
    const [start, end] = range;
    const type = scalar.type;
    if (type === 'PLAIN' || type === undefined) {
        // The common case: a one-line plain scalar is its own source.
        if (end - start === value.length && text.startsWith(value, start))
            return (offset) => start + offset;
    }
    let contentStart = start;
    let contentEnd = end;
    let splitter;
    if (type === 'QUOTE_SINGLE' || type === 'QUOTE_DOUBLE') {
        contentStart = start + 1;
        contentEnd = Math.max(contentStart, end - 1);
        splitter = type === 'QUOTE_SINGLE' ? /''/g : DOUBLE_ESCAPE;
    }
    else if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') {
        const newline = text.indexOf('\n', start);
        contentStart = newline < 0 || newline >= end ? end : newline + 1;
    }
    const segments = [];
    let cursor = 0;
    const add = (piece, fileOffset) => {
        if (piece === '')
            return;
        const found = value.indexOf(piece, cursor);
        if (found < 0)
            return;
        segments.push({ v: found, s: fileOffset, len: piece.length });
        cursor = found + piece.length;
    };
    let lineStart = contentStart;
    while (lineStart < contentEnd) {
        let lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0 || lineEnd > contentEnd)
            lineEnd = contentEnd;
        let from = lineStart;
        let to = lineEnd;
        while (from < to && (text.charCodeAt(from) === 32 || text.charCodeAt(from) === 9))
            from++;
        while (to > from &&
            (text.charCodeAt(to - 1) === 32 || text.charCodeAt(to - 1) === 9 || text.charCodeAt(to - 1) === 13))
            to--;
        if (from < to) {
            const line = text.slice(from, to);
            if (splitter) {
                splitter.lastIndex = 0;
                let last = 0;
                for (const match of line.matchAll(splitter)) {
                    add(line.slice(last, match.index), from + last);
                    // `''` stands for one quote: map it to the first of the two.
                    if (match[0] === "''")
                        add("'", from + match.index);
                    last = match.index + match[0].length;
                }
                add(line.slice(last), from + last);
            }
            else {
                add(line, from);
            }
        }
        lineStart = lineEnd + 1;
    }
    if (segments.length === 0)
        return () => start;
    return (offset) => {
        let low = 0;
        let high = segments.length - 1;
        if (offset < segments[0].v)
            return segments[0].s;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (segments[mid].v <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        const segment = segments[low];
        return segment.s + Math.min(offset - segment.v, segment.len);
    };
}

;// CONCATENATED MODULE: ./src/domains/github-actions/context.ts



/** Trims trailing white space and line breaks (block scalars end on the next line) so spans end on the last character. */
function tightSpan(file, start, end) {
    const text = file.text;
    let last = end;
    while (last > start + 1) {
        const code = text.charCodeAt(last - 1);
        if (code === 10 || code === 13 || code === 32 || code === 9)
            last--;
        else
            break;
    }
    return file.spanOf(start, Math.max(last, start + 1));
}
function nodeSpan(file, node) {
    const range = node?.range;
    if (!range)
        return undefined;
    return tightSpan(file, range[0], range[1]);
}
/** The key's name as written: YAML 1.1 documents read `on` as a boolean; its source text is still `on`. */
function keyName(key) {
    if (!(0,dist/* isScalar */.jn)(key))
        return undefined;
    const value = key.value;
    if (typeof value === 'string')
        return value;
    if (typeof value === 'boolean' && key.source)
        return key.source;
    return value === null ? undefined : String(value);
}
/**
 * Shared by every node of one file: the text, the YAML document, and the span/offset helpers. Nodes keep a
 * reference to it so they make Locatables only when a rule reports.
 */
class FileContext {
    file;
    document;
    yaml;
    /** Scalar values by YAML node, so expressions found later attach to the values the model holds. */
    valsByNode = new Map();
    trailing;
    carriageReturn;
    maps = new Map();
    constructor(file, document, yaml) {
        this.file = file;
        this.document = document;
        this.yaml = yaml;
    }
    /** Trailing comments by line, from the lexer's comment pass (made only when a line needs it). */
    get trailingComments() {
        if (!this.trailing) {
            this.trailing = new Map();
            for (const comment of this.yaml.comments)
                if (comment.trailing)
                    this.trailing.set(comment.line, comment.text);
        }
        return this.trailing;
    }
    /** Whether the text has a CR anywhere (looked for once per file, not per `uses:`). */
    get hasCarriageReturn() {
        return (this.carriageReturn ??= this.file.text.includes('\r'));
    }
    /**
     * The trailing comment on the line where `node` ends (the `# v4.1.1` of a `uses:`). A one-line plain or quoted
     * scalar is read from the text after it: white space then `#` starts a comment there, and a line with no `#`
     * after the scalar has none. Anything else (collections, block scalars, other text after the value, CR line
     * breaks) asks the lexer's comment pass, which is then made once for the file.
     */
    trailingCommentAt(node, range) {
        const text = this.file.text;
        const end = range[1];
        if ((0,dist/* isScalar */.jn)(node) &&
            end > range[0] &&
            (node.type === 'PLAIN' || node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') &&
            !this.hasCarriageReturn) {
            let eol = text.indexOf('\n', end);
            if (eol < 0)
                eol = text.length;
            const hash = text.indexOf('#', end);
            if (hash < 0 || hash >= eol)
                return undefined;
            let i = end;
            while (i < hash && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9))
                i++;
            if (i === hash && hash > end)
                return text.slice(hash + 1, eol).trim();
        }
        return this.trailingComments.get(this.file.position(Math.max(range[0], end - 1)).line);
    }
    /** The node an alias stands for (linked once per document by parseYaml), or the node itself. */
    resolve(node) {
        return (0,yaml_document/* deref */.LA)(node);
    }
    /** A mapping's entries with a name, in document order; none for anything else. */
    entries(node) {
        if (!(0,dist/* isMap */.jh)(node))
            return [];
        const out = [];
        for (const pair of node.items) {
            const name = keyName(pair.key);
            if (name === undefined)
                continue;
            out.push({ name, key: pair.key, value: this.resolve(pair.value) });
        }
        return out;
    }
    /**
     * The entry of a mapping named `name`, or undefined. Equal names (`1` and `'1'`) keep the last, as a Map of the
     * entries would. A scan instead of a Map: the mappings of a workflow are small and most names are looked up once.
     */
    field(node, name) {
        if (!(0,dist/* isMap */.jh)(node))
            return undefined;
        const items = node.items;
        for (let i = items.length - 1; i >= 0; i--) {
            const pair = items[i];
            if (keyName(pair.key) === name)
                return { name, key: pair.key, value: this.resolve(pair.value) };
        }
        return undefined;
    }
    /** The value-to-file offset map of a string scalar, built once and only when a span inside it is needed. */
    offsets(node, value) {
        let map = this.maps.get(node);
        if (!map) {
            map = offsetMap(this.file.text, node, value);
            this.maps.set(node, map);
        }
        return map;
    }
    atValue(val, start, end) {
        const node = val.node;
        if (!(0,dist/* isScalar */.jn)(node) || typeof val.value !== 'string')
            return { span: val.span, path: val.path };
        const map = this.offsets(node, val.value);
        const from = map(start);
        const to = map(Math.max(start, end - 1)) + 1;
        return { span: this.file.spanOf(from, Math.max(to, from + 1)), path: val.path };
    }
    at(base, subPath = [], options = {}) {
        const keyPath = subPath.length === 0 ? base.keyPath : [...base.keyPath, ...subPath];
        const path = (0,yaml_document/* pathString */.hL)(keyPath);
        if (subPath.length === 0)
            return { span: options.key ? base.keySpan : base.span, path };
        let node = base.node;
        let best = base.span;
        for (const [i, segment] of subPath.entries()) {
            if ((0,dist/* isMap */.jh)(node)) {
                const pair = node.items.find((item) => keyName(item.key) === String(segment));
                if (!pair)
                    break;
                const value = this.resolve(pair.value);
                const last = i === subPath.length - 1;
                const chosen = last && options.key ? pair.key : (value ?? pair.key);
                best = nodeSpan(this.file, chosen) ?? best;
                node = value;
            }
            else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number') {
                const item = this.resolve(node.items[segment]);
                if (!item)
                    break;
                best = nodeSpan(this.file, item) ?? best;
                node = item;
            }
            else {
                break;
            }
        }
        return { span: best, path };
    }
}

;// CONCATENATED MODULE: ./src/domains/github-actions/shape.ts



const STRING = { kind: 'string' };
const NON_EMPTY = { kind: 'string', nonEmpty: true };
const NUMBER = { kind: 'number' };
const BOOLEAN = { kind: 'boolean' };
const SCALAR = { kind: 'scalar' };
const ANY = { kind: 'any' };
const STRINGS = {
    kind: 'one-of',
    options: [NON_EMPTY, { kind: 'sequence', items: NON_EMPTY }],
    describe: 'a string or a list of strings',
};
const ENV = { kind: 'mapping', values: SCALAR, ids: 'environment variable' };
const WITH = { kind: 'mapping', values: SCALAR, ids: 'input' };
const CONDITION = { kind: 'scalar' };
const PERMISSION_LEVEL = { kind: 'string', values: ['read', 'write', 'none'], expr: false };
const PERMISSIONS = {
    kind: 'one-of',
    expr: false,
    // `permissions: {}` revokes every scope; `permissions:` with nothing is not a value GitHub accepts.
    notNull: true,
    describe: '"read-all", "write-all" or a mapping of scopes',
    options: [
        { kind: 'string', values: ['read-all', 'write-all'], expr: false },
        {
            kind: 'mapping',
            values: PERMISSION_LEVEL,
            // Scopes with fewer levels: an OIDC token can only be requested (write), models can only be read.
            keys: {
                'id-token': { kind: 'string', values: ['write', 'none'], expr: false },
                models: { kind: 'string', values: ['read', 'none'], expr: false },
            },
            expr: false,
        },
    ],
};
const DEFAULTS = {
    kind: 'mapping',
    keys: { run: { kind: 'mapping', keys: { shell: NON_EMPTY, 'working-directory': NON_EMPTY } } },
};
const CONCURRENCY = {
    kind: 'one-of',
    describe: 'a group name or a mapping with "group"',
    options: [
        NON_EMPTY,
        { kind: 'mapping', keys: { group: NON_EMPTY, 'cancel-in-progress': BOOLEAN, queue: SCALAR }, required: ['group'] },
    ],
};
const CREDENTIALS = {
    kind: 'mapping',
    keys: { username: NON_EMPTY, password: NON_EMPTY },
    required: ['username', 'password'],
};
const CONTAINER_KEYS = {
    image: NON_EMPTY,
    credentials: CREDENTIALS,
    env: ENV,
    ports: { kind: 'sequence', items: SCALAR },
    volumes: { kind: 'sequence', items: NON_EMPTY },
    options: STRING,
};
const CONTAINER = {
    kind: 'one-of',
    nullable: true,
    describe: 'an image name or a mapping with "image"',
    options: [NON_EMPTY, { kind: 'mapping', keys: CONTAINER_KEYS, required: ['image'] }],
};
const SERVICE = {
    kind: 'one-of',
    describe: 'an image name or a mapping with "image"',
    options: [
        NON_EMPTY,
        { kind: 'mapping', keys: { ...CONTAINER_KEYS, entrypoint: STRING, command: STRING }, required: ['image'] },
    ],
};
const MATRIX = {
    kind: 'mapping',
    values: { kind: 'sequence', items: ANY, nonEmpty: true },
    keys: {
        include: { kind: 'sequence', items: { kind: 'mapping', values: ANY } },
        exclude: { kind: 'sequence', items: { kind: 'mapping', values: ANY } },
    },
    nonEmpty: true,
};
const STRATEGY = { kind: 'mapping', keys: { matrix: MATRIX, 'fail-fast': BOOLEAN, 'max-parallel': NUMBER } };
const ENVIRONMENT = {
    kind: 'one-of',
    describe: 'a name or a mapping with "name"',
    options: [
        NON_EMPTY,
        { kind: 'mapping', keys: { name: NON_EMPTY, url: STRING, deployment: BOOLEAN }, required: ['name'] },
    ],
};
const RUNS_ON = {
    kind: 'one-of',
    describe: 'a label, a list of labels or a mapping with "group" and/or "labels"',
    options: [
        NON_EMPTY,
        { kind: 'sequence', items: NON_EMPTY, nonEmpty: true },
        { kind: 'mapping', keys: { group: NON_EMPTY, labels: STRINGS }, required: [['group', 'labels']] },
    ],
};
const STEP = {
    kind: 'mapping',
    keys: {
        id: NON_EMPTY,
        if: CONDITION,
        name: STRING,
        uses: { kind: 'string', nonEmpty: true, expr: false },
        run: STRING,
        'working-directory': NON_EMPTY,
        shell: NON_EMPTY,
        with: WITH,
        env: ENV,
        'continue-on-error': BOOLEAN,
        'timeout-minutes': NUMBER,
    },
    // Parallel steps: a step may wait for or cancel background steps, or group steps, instead of running one.
    required: [['uses', 'run', 'wait', 'wait-all', 'cancel', 'parallel']],
};
const JOB_OUTPUTS = { kind: 'mapping', values: STRING, ids: 'output' };
const JOB = {
    kind: 'mapping',
    keys: {
        name: STRING,
        permissions: PERMISSIONS,
        needs: STRINGS,
        if: CONDITION,
        'runs-on': RUNS_ON,
        snapshot: {
            kind: 'one-of',
            describe: 'an image name or a mapping with "image-name"',
            options: [
                NON_EMPTY,
                { kind: 'mapping', keys: { 'image-name': NON_EMPTY, version: STRING }, required: ['image-name'] },
            ],
        },
        environment: ENVIRONMENT,
        concurrency: CONCURRENCY,
        outputs: JOB_OUTPUTS,
        env: ENV,
        defaults: DEFAULTS,
        steps: { kind: 'sequence', items: STEP, nonEmpty: true, expr: false },
        'timeout-minutes': NUMBER,
        strategy: STRATEGY,
        'continue-on-error': BOOLEAN,
        container: CONTAINER,
        services: { kind: 'mapping', values: SERVICE, ids: 'service' },
        uses: { kind: 'string', nonEmpty: true, expr: false },
        with: WITH,
        secrets: {
            kind: 'one-of',
            describe: '"inherit" or a mapping of secrets',
            options: [
                { kind: 'string', values: ['inherit'] },
                { kind: 'mapping', values: SCALAR, ids: 'secret' },
            ],
        },
    },
};
const INPUT_TYPES = ['boolean', 'number', 'string', 'choice', 'environment'];
const CALL_INPUT_TYPES = ['boolean', 'number', 'string'];
const NON_EMPTY_LIST = { kind: 'sequence', items: NON_EMPTY, nonEmpty: true, expr: false };
const TRIGGER_FILTERS = {
    // image_version: the image names and versions to react to.
    names: {
        kind: 'one-of',
        options: [NON_EMPTY, NON_EMPTY_LIST],
        describe: 'a name or a non-empty list of names',
    },
    versions: {
        kind: 'one-of',
        options: [NON_EMPTY, NON_EMPTY_LIST],
        describe: 'a version or a non-empty list of versions',
    },
    branches: STRINGS,
    'branches-ignore': STRINGS,
    tags: STRINGS,
    'tags-ignore': STRINGS,
    paths: STRINGS,
    'paths-ignore': STRINGS,
    types: STRINGS,
    workflows: STRINGS,
};
const WORKFLOW_CALL = {
    kind: 'mapping',
    keys: {
        inputs: {
            kind: 'mapping',
            ids: 'input',
            values: {
                kind: 'mapping',
                keys: {
                    description: STRING,
                    required: BOOLEAN,
                    type: { kind: 'string', values: CALL_INPUT_TYPES, expr: false },
                    default: SCALAR,
                },
                required: ['type'],
                expr: false,
            },
            expr: false,
        },
        secrets: {
            kind: 'mapping',
            ids: 'secret',
            values: {
                kind: 'one-of',
                describe: 'a mapping or empty',
                options: [{ kind: 'mapping', keys: { description: STRING, required: BOOLEAN } }],
            },
            expr: false,
        },
        outputs: {
            kind: 'mapping',
            ids: 'output',
            values: { kind: 'mapping', keys: { description: STRING, value: NON_EMPTY }, required: ['value'], expr: false },
            expr: false,
        },
    },
};
const WORKFLOW_DISPATCH = {
    kind: 'mapping',
    keys: {
        inputs: {
            kind: 'mapping',
            ids: 'input',
            expr: false,
            values: {
                kind: 'mapping',
                expr: false,
                keys: {
                    description: STRING,
                    required: BOOLEAN,
                    type: { kind: 'string', values: INPUT_TYPES, expr: false },
                    default: SCALAR,
                    options: { kind: 'sequence', items: SCALAR, nonEmpty: true },
                    deprecationMessage: STRING,
                },
            },
        },
    },
};
const SCHEDULE = {
    kind: 'sequence',
    expr: false,
    nonEmpty: true,
    items: {
        kind: 'mapping',
        expr: false,
        keys: { cron: { kind: 'string', nonEmpty: true, expr: false }, timezone: STRING },
        required: ['cron'],
    },
};
const EVENTS = {
    kind: 'mapping',
    expr: false,
    nonEmpty: true,
    values: {
        kind: 'one-of',
        expr: false,
        describe: 'empty or a mapping',
        options: [{ kind: 'mapping', keys: TRIGGER_FILTERS, expr: false }],
    },
    keys: { schedule: SCHEDULE, workflow_call: WORKFLOW_CALL, workflow_dispatch: WORKFLOW_DISPATCH },
};
const ON = {
    kind: 'one-of',
    expr: false,
    describe: 'an event name, a list of event names or a mapping of events',
    options: [
        { kind: 'string', nonEmpty: true, expr: false },
        { kind: 'sequence', items: { kind: 'string', nonEmpty: true, expr: false }, nonEmpty: true, expr: false },
        EVENTS,
    ],
};
const WORKFLOW_SHAPE = {
    kind: 'mapping',
    expr: false,
    keys: {
        name: STRING,
        'run-name': STRING,
        on: ON,
        permissions: PERMISSIONS,
        env: ENV,
        defaults: DEFAULTS,
        concurrency: CONCURRENCY,
        jobs: { kind: 'mapping', values: JOB, ids: 'job', nonEmpty: true, expr: false },
    },
    required: ['on', 'jobs'],
};
const COMPOSITE_STEP = {
    kind: 'mapping',
    keys: {
        id: NON_EMPTY,
        if: CONDITION,
        name: STRING,
        uses: { kind: 'string', nonEmpty: true, expr: false },
        run: STRING,
        'working-directory': NON_EMPTY,
        shell: NON_EMPTY,
        with: WITH,
        env: ENV,
        'continue-on-error': BOOLEAN,
    },
    required: [['uses', 'run']],
};
const ACTION_SHAPE = {
    kind: 'mapping',
    expr: false,
    keys: {
        name: NON_EMPTY,
        author: STRING,
        description: NON_EMPTY,
        inputs: {
            kind: 'mapping',
            ids: 'input',
            expr: false,
            values: {
                kind: 'mapping',
                expr: false,
                keys: { description: STRING, required: BOOLEAN, default: SCALAR, deprecationMessage: STRING },
            },
        },
        outputs: {
            kind: 'mapping',
            ids: 'output',
            expr: false,
            values: { kind: 'mapping', expr: false, keys: { description: STRING, value: STRING } },
        },
        runs: {
            kind: 'mapping',
            expr: false,
            keys: {
                using: { kind: 'string', nonEmpty: true, expr: false },
                main: NON_EMPTY,
                pre: NON_EMPTY,
                post: NON_EMPTY,
                'pre-if': STRING,
                'post-if': STRING,
                steps: { kind: 'sequence', items: COMPOSITE_STEP, expr: false },
                image: NON_EMPTY,
                env: ENV,
                entrypoint: STRING,
                'pre-entrypoint': STRING,
                'post-entrypoint': STRING,
                args: { kind: 'sequence', items: SCALAR },
            },
            required: ['using'],
        },
        branding: { kind: 'mapping', keys: { icon: STRING, color: STRING } },
    },
    required: ['name', 'description', 'runs'],
};
const EXPRESSION = /\$\{\{[\s\S]*\}\}/;
/** Nesting past this is reported by the YAML layer; the walk stops rather than recurse further. */
const MAX_DEPTH = 64;
function describeShape(shape) {
    switch (shape.kind) {
        case 'string':
            return shape.describe ?? (shape.values ? `one of ${shape.values.map((v) => `"${v}"`).join(', ')}` : 'a string');
        case 'number':
            return 'a number';
        case 'boolean':
            return 'a boolean (true or false)';
        case 'scalar':
            return 'a string, number or boolean';
        case 'mapping':
            return 'a mapping';
        case 'sequence':
            return 'a list';
        case 'one-of':
            return shape.describe ?? shape.options.map(describeShape).join(' or ');
        default:
            return 'a value';
    }
}
function describeNode(node) {
    if (node === null || ((0,dist/* isScalar */.jn)(node) && node.value === null))
        return 'an empty value';
    if ((0,dist/* isMap */.jh)(node))
        return 'a mapping';
    if ((0,dist/* isSeq */.oP)(node))
        return 'a list';
    if ((0,dist/* isScalar */.jn)(node)) {
        const value = node.value;
        if (typeof value === 'string')
            return `the string "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
        if (typeof value === 'number')
            return `the number ${value}`;
        if (typeof value === 'boolean')
            return `the boolean ${value}`;
        return 'a scalar';
    }
    return 'a value';
}
/** Whether `node` fits `shape` at the top (for choosing among `one-of` options); nested problems are checked after. */
function fitsTop(node, shape) {
    const empty = node === null || ((0,dist/* isScalar */.jn)(node) && node.value === null);
    switch (shape.kind) {
        case 'any':
            return true;
        case 'scalar':
            return (0,dist/* isScalar */.jn)(node) && !empty;
        case 'string':
            // A string GitHub allows to be empty takes an empty value too (`run:` with nothing after it).
            return (0,dist/* isScalar */.jn)(node) && (empty ? !shape.nonEmpty && !shape.values : typeof node.value !== 'object');
        case 'number':
            return (0,dist/* isScalar */.jn)(node) && typeof node.value === 'number';
        case 'boolean':
            return (0,dist/* isScalar */.jn)(node) && typeof node.value === 'boolean';
        case 'mapping':
            return (0,dist/* isMap */.jh)(node) || (empty && !shape.nonEmpty && !shape.required);
        case 'sequence':
            return (0,dist/* isSeq */.oP)(node);
        case 'one-of':
            return shape.options.some((option) => fitsTop(node, option));
    }
}
/** `"uses" or "run" (or "wait", "cancel")`: the main alternatives first, the rarer ones after. */
function requiredName(alternatives) {
    const quoted = alternatives.map((name) => `"${name}"`);
    const main = quoted.slice(0, 2).join(' or ');
    return quoted.length > 2 ? `${main} (or ${quoted.slice(2).join(', ')})` : main;
}
/** `"timeout-minutes" of step 2 in job "build"`: a key path as a reader names it. */
function placeName(keyPath) {
    if (keyPath.length === 0)
        return 'the top level';
    const dotted = (parts) => (0,yaml_document/* pathString */.hL)(parts);
    if (keyPath[0] === 'jobs' && keyPath.length >= 2) {
        const job = `job "${String(keyPath[1])}"`;
        if (keyPath.length === 2)
            return job;
        if (keyPath[2] === 'steps' && typeof keyPath[3] === 'number') {
            const step = `step ${keyPath[3] + 1} of ${job}`;
            return keyPath.length === 4 ? step : `"${dotted(keyPath.slice(4))}" in ${step}`;
        }
        return `"${dotted(keyPath.slice(2))}" in ${job}`;
    }
    if (keyPath[0] === 'runs' && keyPath[1] === 'steps' && typeof keyPath[2] === 'number') {
        const step = `composite step ${keyPath[2] + 1}`;
        return keyPath.length === 3 ? step : `"${dotted(keyPath.slice(3))}" in ${step}`;
    }
    return `"${dotted(keyPath)}"`;
}
/** Checks one file's document against its shape; the problems are in document order of the walk. */
class ShapeChecker {
    context;
    problems = [];
    constructor(context) {
        this.context = context;
    }
    at(node, keyPath, fallback) {
        const span = nodeSpan(this.context.file, node ?? undefined) ??
            nodeSpan(this.context.file, fallback ?? undefined) ??
            this.context.file.lineSpan(1);
        return { span, path: (0,yaml_document/* pathString */.hL)(keyPath) };
    }
    report(kind, node, keyPath, data, fallback) {
        this.problems.push({ kind, at: this.at(node, keyPath, fallback), data });
    }
    /** `"timeout-minutes" of job "build"`: the place named for messages. */
    static where(keyPath) {
        return placeName(keyPath);
    }
    check(model) {
        const root = this.context.resolve(this.context.document.contents);
        this.value(root, null, model.kind === 'workflow' ? WORKFLOW_SHAPE : ACTION_SHAPE, [], 0);
        if (model.kind === 'workflow')
            this.workflowRules(root);
        else
            this.actionRules(root);
        this.unusedAnchors();
    }
    value(node, key, shape, keyPath, depth) {
        if (depth > MAX_DEPTH || shape.kind === 'any')
            return;
        const empty = node === null || ((0,dist/* isScalar */.jn)(node) && node.value === null);
        const isExpression = (0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' && EXPRESSION.test(node.value);
        if (isExpression && shape.expr !== false)
            return;
        if (shape.kind === 'one-of') {
            if (empty && shape.nullable)
                return;
            if (empty && shape.notNull) {
                this.mismatch(node, key, shape, keyPath, true);
                return;
            }
            const option = shape.options.find((candidate) => fitsTop(node, candidate));
            if (!option) {
                this.mismatch(node, key, shape, keyPath, empty);
                return;
            }
            this.value(node, key, option, keyPath, depth);
            return;
        }
        if (!fitsTop(node, shape) && !(empty && shape.kind === 'mapping' && !shape.nonEmpty && !shape.required)) {
            this.mismatch(node, key, shape, keyPath, empty);
            return;
        }
        if (shape.kind === 'string') {
            if (empty)
                return;
            const text = String(node.value);
            if (shape.nonEmpty && text.trim() === '')
                this.report('empty', node, keyPath, { where: ShapeChecker.where(keyPath), expected: describeShape(shape) }, key);
            else if (shape.values && !shape.values.includes(text)) {
                this.report('value', node, keyPath, { where: ShapeChecker.where(keyPath), value: text, allowed: shape.values.map((v) => `"${v}"`).join(', ') }, key);
            }
            return;
        }
        if (shape.kind === 'sequence') {
            const items = node.items;
            if (shape.nonEmpty && items.length === 0)
                this.report('empty', node, keyPath, { where: ShapeChecker.where(keyPath), expected: 'a list with at least one item' }, key);
            items.forEach((item, index) => {
                this.value(this.context.resolve(item), null, shape.items, [...keyPath, index], depth + 1);
            });
            return;
        }
        if (shape.kind === 'mapping') {
            if (!(0,dist/* isMap */.jh)(node))
                return;
            if (shape.nonEmpty && node.items.length === 0) {
                this.report('empty', node, keyPath, { where: ShapeChecker.where(keyPath), expected: 'a mapping with at least one entry' }, key);
                return;
            }
            const present = new Set();
            const seenIds = new Map();
            for (const pair of node.items) {
                const name = keyName(pair.key);
                if (name === undefined)
                    continue;
                present.add(name);
                if (shape.ids) {
                    const lower = name.toLowerCase();
                    const first = seenIds.get(lower);
                    if (first) {
                        const line = first.range ? String(this.context.file.position(first.range[0]).line) : '?';
                        this.report('case', pair.key, [...keyPath, name], {
                            what: shape.ids,
                            name,
                            first: keyName(first) ?? '',
                            line,
                        });
                    }
                    else
                        seenIds.set(lower, pair.key);
                }
                const child = shape.keys?.[name] ?? (shape.keys && !shape.values ? undefined : shape.values);
                if (child)
                    this.value(this.context.resolve(pair.value), pair.key, child, [...keyPath, name], depth + 1);
            }
            for (const required of shape.required ?? []) {
                const alternatives = typeof required === 'string' ? [required] : required;
                if (alternatives.some((name) => present.has(name)))
                    continue;
                this.report('required', key ?? node, keyPath, {
                    key: requiredName(alternatives),
                    where: ShapeChecker.where(keyPath),
                });
            }
        }
    }
    mismatch(node, key, shape, keyPath, empty) {
        const expected = describeShape(shape);
        const allowsExpression = shape.expr !== false && shape.kind !== 'string' && shape.kind !== 'any';
        this.report(empty ? 'empty' : 'type', empty ? (key ?? node) : node, keyPath, {
            where: ShapeChecker.where(keyPath),
            expected: allowsExpression ? `${expected} (or a \${{ }} expression)` : expected,
            found: describeNode(node),
        });
    }
    /** What the declaration cannot say: keys that exclude each other, and steps whose keys need a kind of step. */
    workflowRules(root) {
        // `schedule` named in the string or list form of `on` has no `cron` entries: GitHub never runs it.
        const on = this.context.field(root, 'on');
        const events = (0,dist/* isScalar */.jn)(on?.value)
            ? [on.value]
            : (0,dist/* isSeq */.oP)(on?.value)
                ? on.value.items.map((item) => this.context.resolve(item))
                : [];
        events.forEach((event, index) => {
            if ((0,dist/* isScalar */.jn)(event) && event.value === 'schedule') {
                this.report('required', event, (0,dist/* isSeq */.oP)(on.value) ? ['on', index] : ['on'], {
                    key: '"cron" entries',
                    where: 'the "schedule" event (write it as `schedule: [{cron: …}]`)',
                });
            }
        });
        for (const job of this.context.entries(this.context.field(root, 'jobs')?.value ?? null)) {
            const keyPath = ['jobs', job.name];
            const jobNode = job.value;
            const uses = this.context.field(jobNode, 'uses');
            if ((0,dist/* isMap */.jh)(jobNode) && !uses) {
                // GitHub's parser requires `runs-on` of a job that runs steps (`steps` itself is optional to it).
                if (!this.context.field(jobNode, 'runs-on'))
                    this.report('required', job.key, keyPath, { key: '"runs-on"', where: `job "${job.name}"` });
            }
            if (uses && this.context.field(jobNode, 'steps'))
                this.report('exclusive', this.context.field(jobNode, 'steps').key, [...keyPath, 'steps'], {
                    a: 'steps',
                    b: 'uses',
                    where: `job "${job.name}"`,
                });
            const steps = this.context.field(jobNode, 'steps')?.value ?? null;
            if ((0,dist/* isSeq */.oP)(steps))
                steps.items.forEach((item, index) => {
                    this.stepRules(this.context.resolve(item), [...keyPath, 'steps', index], `step ${index + 1} of job "${job.name}"`);
                });
        }
    }
    actionRules(root) {
        const runs = this.context.field(root, 'runs')?.value ?? null;
        const using = this.context.field(runs, 'using');
        const kind = (0,dist/* isScalar */.jn)(using?.value) ? String(using.value.value).toLowerCase() : '';
        const need = kind === 'composite' ? 'steps' : kind === 'docker' ? 'image' : /^node\d+$/.test(kind) ? 'main' : undefined;
        if (need && (0,dist/* isMap */.jh)(runs) && !this.context.field(runs, need))
            this.report('required', this.context.field(root, 'runs').key, ['runs'], {
                key: `"${need}"`,
                where: `"runs" (using: ${kind})`,
            });
        const steps = this.context.field(runs, 'steps')?.value ?? null;
        if (kind === 'composite' && (0,dist/* isSeq */.oP)(steps)) {
            steps.items.forEach((item, index) => {
                const step = this.context.resolve(item);
                const keyPath = ['runs', 'steps', index];
                this.stepRules(step, keyPath, `composite step ${index + 1}`);
                if (this.context.field(step, 'run') && !this.context.field(step, 'shell'))
                    this.report('required', step, keyPath, {
                        key: '"shell"',
                        where: `composite step ${index + 1} (a composite action's run step must name its shell)`,
                    });
            });
        }
    }
    stepRules(step, keyPath, where) {
        if (!(0,dist/* isMap */.jh)(step))
            return;
        const uses = this.context.field(step, 'uses');
        const run = this.context.field(step, 'run');
        if (uses && run)
            this.report('exclusive', run.key, [...keyPath, 'run'], { a: 'run', b: 'uses', where });
        if (uses) {
            for (const name of ['working-directory', 'shell']) {
                const entry = this.context.field(step, name);
                if (entry)
                    this.report('step-kind', entry.key, [...keyPath, name], { key: name, where, needs: 'run' });
            }
        }
        if (run && this.context.field(step, 'with')) {
            this.report('step-kind', this.context.field(step, 'with').key, [...keyPath, 'with'], {
                key: 'with',
                where,
                needs: 'uses',
            });
        }
    }
    /**
     * Anchors that no alias uses: a leftover, or an alias that was meant to use it and names another. A name defined
     * again hides the earlier definition from the aliases after it, so each definition is tracked on its own.
     */
    unusedAnchors() {
        const text = this.context.file.text;
        if (!text.includes('&'))
            return;
        const definitions = [];
        const latest = new Map();
        (0,dist/* visit */.YR)(this.context.document, {
            Alias: (_key, node) => {
                if (!(0,dist/* isAlias */.Vj)(node))
                    return;
                const definition = latest.get(node.source);
                if (definition)
                    definition.used = true;
            },
            Node: (_key, node) => {
                const anchor = node.anchor;
                if (!anchor)
                    return;
                const definition = { name: anchor, node: node, used: false };
                definitions.push(definition);
                latest.set(anchor, definition);
            },
        });
        for (const { name, node, used } of definitions) {
            if (used)
                continue;
            const start = node.range ? text.lastIndexOf(`&${name}`, node.range[0]) : -1;
            const span = start >= 0
                ? this.context.file.spanOf(start, start + name.length + 1)
                : (nodeSpan(this.context.file, node) ?? this.context.file.lineSpan(1));
            this.problems.push({ kind: 'anchor', at: { span, path: `&${name}` }, data: { name } });
        }
    }
}

;// CONCATENATED MODULE: ./src/domains/github-actions/nodes.ts



/*
 * The model's nodes as classes: every node of a kind has the same fields, set by its constructor and then by the
 * builder, and what rules rarely read (paths, spans, keys as written) is worked out on first use. Fields are
 * `declare`d and assigned in the constructors (class field initializers define properties, which is slow when
 * shared by many kinds), and kinds share NodeBase's members without `extends` (see shareMembers).
 */
class NodeBase {
    constructor(context, keyPath, node, keyNode, segment) {
        initNode(this, context, keyPath, node, keyNode, segment);
    }
    get keyPath() {
        if (this.segment === undefined)
            return this.basePath;
        return (this.cachedKeyPath ??= [...this.basePath, this.segment]);
    }
    /** True when the key path is `keyPath`, compared without building it. */
    hasKeyPath(keyPath) {
        const base = this.basePath;
        const length = this.segment === undefined ? base.length : base.length + 1;
        if (length !== keyPath.length)
            return false;
        for (let i = 0; i < base.length; i++)
            if (base[i] !== keyPath[i])
                return false;
        return this.segment === undefined || this.segment === keyPath[length - 1];
    }
    /** The last segment of the key path, without building it. */
    get lastSegment() {
        return this.segment !== undefined ? this.segment : this.basePath[this.basePath.length - 1];
    }
    get path() {
        return (this.cachedPath ??= (0,yaml_document/* pathString */.hL)(this.keyPath));
    }
    get span() {
        return (this.cachedSpan ??=
            nodeSpan(this.context.file, this.node) ??
                nodeSpan(this.context.file, this.keyNode) ??
                this.context.file.lineSpan(1));
    }
    get keySpan() {
        return (this.cachedKeySpan ??= nodeSpan(this.context.file, this.keyNode) ?? this.span);
    }
    at(subPath, options) {
        return this.context.at(this, subPath, options);
    }
}
/**
 * The fields every node kind starts with, in one order (so each kind keeps one shape), without `super()`.
 */
function initNode(target, context, keyPath, node, keyNode, segment) {
    target.context = context;
    target.node = node;
    target.keyNode = keyNode;
    target.basePath = keyPath;
    target.segment = segment;
    target.cachedKeyPath = undefined;
    target.cachedPath = undefined;
    target.cachedSpan = undefined;
    target.cachedKeySpan = undefined;
}
/**
 * Node kinds get NodeBase's (and ValNode's) members by copying them onto their prototypes rather than by `extends`:
 * V8 keeps throwing away optimized code for constructors that call `super()` here (an unstable-map dependency), so
 * the whole model ran unoptimized. Each kind's constructor sets the shared fields itself, in the same order.
 */
function shareMembers(kind, from) {
    const own = Object.getOwnPropertyDescriptors(from.prototype);
    for (const [name, descriptor] of Object.entries(own)) {
        if (name !== 'constructor' && !Object.hasOwn(kind.prototype, name))
            Object.defineProperty(kind.prototype, name, descriptor);
    }
}
/** Every key of a mapping as written, for structure checks. */
function keysOf(owner) {
    const out = new Map();
    for (const entry of owner.context.entries(owner.node))
        out.set(entry.name, new NodeBase(owner.context, [...owner.keyPath, entry.name], entry.value, entry.key));
    return out;
}
/** The expressions of a value without any: shared, since most values hold none. */
const NO_EXPRESSIONS = Object.freeze([]);
class ValNode {
    /** With `segment`, `keyPath` is the parent's path (see NodeBase). */
    constructor(context, keyPath, node, keyNode, value, segment) {
        initNode(this, context, keyPath, node, keyNode, segment);
        this.value = value;
        this.expressions = NO_EXPRESSIONS;
    }
    addExpression(expression) {
        if (this.expressions === NO_EXPRESSIONS)
            this.expressions = [expression];
        else if (!this.expressions.includes(expression))
            this.expressions.push(expression);
    }
}
shareMembers(ValNode, NodeBase);
class ConditionNode {
    constructor(context, keyPath, node, keyNode, value, segment) {
        initNode(this, context, keyPath, node, keyNode, segment);
        this.value = value;
        this.expressions = NO_EXPRESSIONS;
        this.form = 'bare';
    }
}
shareMembers(ConditionNode, ValNode);
class ScopeNode {
    constructor(context, keyPath, node, keyNode, value, segment) {
        initNode(this, context, keyPath, node, keyNode, segment);
        this.value = value;
        this.expressions = NO_EXPRESSIONS;
        this.level = undefined;
    }
}
shareMembers(ScopeNode, ValNode);
class UsesNode {
    constructor(context, keyPath, node, keyNode, value, segment) {
        initNode(this, context, keyPath, node, keyNode, segment);
        this.value = value;
        this.expressions = NO_EXPRESSIONS;
        this.kind = 'invalid';
        this.owner = undefined;
        this.repo = undefined;
        this.subPath = undefined;
        this.slug = undefined;
        this.ref = undefined;
        this.refKind = 'none';
        this.localPath = undefined;
        this.image = undefined;
        this.comment = undefined;
        this.commentVersion = undefined;
        this.dynamic = false;
    }
}
shareMembers(UsesNode, ValNode);
class MappingNode {
    constructor(context, keyPath, node, keyNode) {
        initNode(this, context, keyPath, node, keyNode, undefined);
        this.entries = new Map();
    }
    get(name) {
        return this.entries.get(name);
    }
}
shareMembers(MappingNode, NodeBase);
class InputDefNode {
    constructor(context, keyPath, node, keyNode) {
        initNode(this, context, keyPath, node, keyNode, undefined);
        this.id = '';
        this.description = undefined;
        this.type = undefined;
        this.required = undefined;
        this.default = undefined;
        this.options = [];
        this.deprecationMessage = undefined;
    }
}
shareMembers(InputDefNode, NodeBase);
class OutputDefNode {
    constructor(context, keyPath, node, keyNode) {
        initNode(this, context, keyPath, node, keyNode, undefined);
        this.id = '';
        this.description = undefined;
        this.value = undefined;
    }
}
shareMembers(OutputDefNode, NodeBase);
class SecretDefNode {
    constructor(context, keyPath, node, keyNode) {
        initNode(this, context, keyPath, node, keyNode, undefined);
        this.id = '';
        this.required = undefined;
        this.description = undefined;
    }
}
shareMembers(SecretDefNode, NodeBase);
/** The filters of a trigger without any: shared, since most triggers have none. The builder replaces it to add one. */
const NO_FILTERS = new Map();
class TriggerNode {
    constructor(context, keyPath, node, keyNode) {
        initNode(this, context, keyPath, node, keyNode, undefined);
        this.event = '';
        this.types = [];
        this.filters = NO_FILTERS;
        this.workflows = [];
        this.crons = [];
        this.inputs = undefined;
        this.secrets = undefined;
        this.outputs = undefined;
    }
}
shareMembers(TriggerNode, NodeBase);
class TriggersNode {
    constructor(context, keyPath, node, keyNode) {
        initNode(this, context, keyPath, node, keyNode, undefined);
        this.events = new Map();
    }
    has(event) {
        return this.events.has(event);
    }
    get(event) {
        return this.events.get(event);
    }
}
shareMembers(TriggersNode, NodeBase);
class PermissionsNode {
    constructor(context, keyPath, node, keyNode) {
        initNode(this, context, keyPath, node, keyNode, undefined);
        this.kind = 'invalid';
        this.scopes = new Map();
    }
}
shareMembers(PermissionsNode, NodeBase);
class DefaultsNode {
    constructor(context, keyPath, node, keyNode) {
        initNode(this, context, keyPath, node, keyNode, undefined);
        this.shell = undefined;
        this.workingDirectory = undefined;
    }
}
shareMembers(DefaultsNode, NodeBase);
class CredentialsNode {
    constructor(context, keyPath, node, keyNode) {
        initNode(this, context, keyPath, node, keyNode, undefined);
        this.username = undefined;
        this.password = undefined;
    }
}
shareMembers(CredentialsNode, NodeBase);
class ContainerNode {
    constructor(context, keyPath, node, keyNode) {
        initNode(this, context, keyPath, node, keyNode, undefined);
        this.id = undefined;
        this.image = undefined;
        this.credentials = undefined;
        this.env = undefined;
        this.ports = [];
        this.volumes = [];
        this.options = undefined;
    }
}
shareMembers(ContainerNode, NodeBase);
class EnvironmentNode {
    constructor(context, keyPath, node, keyNode) {
        initNode(this, context, keyPath, node, keyNode, undefined);
        this.name = undefined;
        this.url = undefined;
    }
}
shareMembers(EnvironmentNode, NodeBase);
class StrategyNode {
    constructor(context, keyPath, node, keyNode) {
        initNode(this, context, keyPath, node, keyNode, undefined);
        this.matrix = undefined;
        this.failFast = undefined;
        this.maxParallel = undefined;
        this.readMatrix = undefined;
        this.cachedMatrix = undefined;
    }
    get matrixData() {
        if (this.cachedMatrix === undefined && this.readMatrix)
            this.cachedMatrix = this.readMatrix();
        return this.cachedMatrix;
    }
}
shareMembers(StrategyNode, NodeBase);
class StepNode {
    constructor(context, keyPath, node, keyNode) {
        initNode(this, context, keyPath, node, keyNode, undefined);
        this.index = 0;
        this.id = undefined;
        this.name = undefined;
        this.uses = undefined;
        this.run = undefined;
        this.shell = undefined;
        this.with = undefined;
        this.env = undefined;
        this.if = undefined;
        this.workingDirectory = undefined;
        this.continueOnError = undefined;
        this.timeoutMinutes = undefined;
        this.job = undefined;
        this.action = undefined;
        this.workflow = undefined;
        this.expressions = [];
        this.cachedKeys = undefined;
    }
    get keys() {
        return (this.cachedKeys ??= keysOf(this));
    }
}
shareMembers(StepNode, NodeBase);
class JobNode {
    constructor(context, keyPath, node, keyNode) {
        initNode(this, context, keyPath, node, keyNode, undefined);
        this.id = '';
        this.name = undefined;
        this.runsOn = undefined;
        this.needs = [];
        this.if = undefined;
        this.permissions = undefined;
        this.environment = undefined;
        this.concurrency = undefined;
        this.timeoutMinutes = undefined;
        this.continueOnError = undefined;
        this.container = undefined;
        this.services = [];
        this.strategy = undefined;
        this.outputs = undefined;
        this.env = undefined;
        this.defaults = undefined;
        this.steps = [];
        this.uses = undefined;
        this.with = undefined;
        this.secrets = undefined;
        this.expressions = [];
        this.cachedKeys = undefined;
    }
    get keys() {
        return (this.cachedKeys ??= keysOf(this));
    }
}
shareMembers(JobNode, NodeBase);
class WorkflowNode {
    constructor(context, keyPath, node, keyNode) {
        initNode(this, context, keyPath, node, keyNode, undefined);
        this.kind = 'workflow';
        this.name = undefined;
        this.runName = undefined;
        this.on = undefined;
        this.permissions = undefined;
        this.env = undefined;
        this.defaults = undefined;
        this.concurrency = undefined;
        this.jobs = [];
        this.jobsNode = undefined;
        this.expressions = [];
        this.allExpressions = [];
        this.cachedShape = undefined;
        this.cachedKeys = undefined;
    }
    get keys() {
        return (this.cachedKeys ??= keysOf(this));
    }
    /** Structure problems against the declared shape (shape.ts), checked on first use only. */
    get shapeProblems() {
        if (!this.cachedShape) {
            const checker = new ShapeChecker(this.context);
            checker.check(this);
            this.cachedShape = checker.problems;
        }
        return this.cachedShape;
    }
}
shareMembers(WorkflowNode, NodeBase);
class ActionNode {
    constructor(context, keyPath, node, keyNode) {
        initNode(this, context, keyPath, node, keyNode, undefined);
        this.kind = 'action';
        this.name = undefined;
        this.description = undefined;
        this.inputs = undefined;
        this.outputs = undefined;
        this.runs = undefined;
        this.using = undefined;
        this.usingKind = 'unknown';
        this.main = undefined;
        this.pre = undefined;
        this.post = undefined;
        this.image = undefined;
        this.steps = [];
        this.expressions = [];
        this.allExpressions = [];
        this.cachedShape = undefined;
        this.cachedKeys = undefined;
    }
    get keys() {
        return (this.cachedKeys ??= keysOf(this));
    }
    /** Structure problems against the declared shape (shape.ts), checked on first use only. */
    get shapeProblems() {
        if (!this.cachedShape) {
            const checker = new ShapeChecker(this.context);
            checker.check(this);
            this.cachedShape = checker.problems;
        }
        return this.cachedShape;
    }
}
shareMembers(ActionNode, NodeBase);

;// CONCATENATED MODULE: ./src/domains/github-actions/matrix.ts


/** Deeper or larger matrix values are cut off: a matrix is a few rows of scalars, not a data file. */
const matrix_MAX_DEPTH = 32;
const MAX_ITEMS = 10_000;
const matrix_EXPRESSION = /\$\{\{/;
/** A YAML value as plain data (aliases resolved); strings holding `${{ }}` are kept as written. */
function toData(context, node, depth, budget) {
    if (depth > matrix_MAX_DEPTH || budget.left-- <= 0)
        return undefined;
    if ((0,dist/* isScalar */.jn)(node))
        return node.value;
    if ((0,dist/* isSeq */.oP)(node))
        return node.items.map((item) => toData(context, context.resolve(item), depth + 1, budget));
    if ((0,dist/* isMap */.jh)(node)) {
        const out = {};
        for (const entry of context.entries(node))
            out[entry.name] = toData(context, entry.value, depth + 1, budget);
        return out;
    }
    return null;
}
function isDynamic(data) {
    if (typeof data === 'string')
        return matrix_EXPRESSION.test(data);
    if (Array.isArray(data))
        return data.some(isDynamic);
    if (data !== null && typeof data === 'object')
        return Object.values(data).some(isDynamic);
    return false;
}
class MatrixCellNode extends NodeBase {
}
class MatrixRowNode extends NodeBase {
}
function cell(context, keyPath, node, key, budget) {
    const out = new MatrixCellNode(context, keyPath, node, key);
    out.data = toData(context, node, 0, budget);
    out.dynamic = isDynamic(out.data);
    return out;
}
/** The rows of `include:`/`exclude:`; undefined when the list is an expression (known only at run time). */
function rows(context, keyPath, node, budget) {
    if (!(0,dist/* isSeq */.oP)(node))
        return (0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' ? undefined : [];
    const out = [];
    node.items.forEach((item, index) => {
        const value = context.resolve(item);
        const row = new MatrixRowNode(context, [...keyPath, index], value, null);
        row.cells = new Map();
        for (const entry of context.entries(value))
            row.cells.set(entry.name, cell(context, [...keyPath, index, entry.name], entry.value, entry.key, budget));
        out.push(row);
    });
    return out;
}
class MatrixNode extends NodeBase {
    valuesOf(name) {
        if (this.dynamic || this.include === undefined)
            return undefined;
        const axis = this.axes.get(name);
        if (axis && axis.values === undefined)
            return undefined;
        const values = [...(axis?.values ?? [])];
        for (const row of this.include) {
            const value = row.cells.get(name);
            if (value)
                values.push(value);
        }
        return values;
    }
}
/** Reads `strategy.matrix` (the node at `keyPath`) as data: its axes, `include` and `exclude` rows. */
function readMatrix(context, keyPath, node) {
    const matrix = new MatrixNode(context, keyPath, node, null);
    const budget = { left: MAX_ITEMS };
    matrix.axes = new Map();
    matrix.include = [];
    matrix.exclude = [];
    matrix.dynamic = !(0,dist/* isMap */.jh)(node);
    for (const entry of context.entries(node)) {
        const path = [...keyPath, entry.name];
        if (entry.name === 'include')
            matrix.include = rows(context, path, entry.value, budget);
        else if (entry.name === 'exclude')
            matrix.exclude = rows(context, path, entry.value, budget);
        else {
            const values = (0,dist/* isSeq */.oP)(entry.value)
                ? entry.value.items.map((item, index) => cell(context, [...path, index], context.resolve(item), null, budget))
                : undefined;
            matrix.axes.set(entry.name, {
                name: entry.name,
                node: new NodeBase(context, path, entry.value, entry.key),
                values,
            });
        }
    }
    return matrix;
}

;// CONCATENATED MODULE: ./src/domains/github-actions/expressions/ast.ts
/** Visits every node, parents before children. */
function visit(node, fn) {
    fn(node);
    switch (node.kind) {
        case 'property':
        case 'star':
            visit(node.object, fn);
            break;
        case 'index':
            visit(node.object, fn);
            visit(node.index, fn);
            break;
        case 'call':
            for (const arg of node.args)
                visit(arg, fn);
            break;
        case 'not':
            visit(node.operand, fn);
            break;
        case 'binary':
            visit(node.left, fn);
            visit(node.right, fn);
            break;
        default:
            break;
    }
}
/**
 * Every maximal context access chain in an expression (`needs.build.outputs.version`, `matrix['os']`), outermost
 * only: `github.event.pull_request.title` yields one access, not four.
 */
function contextAccesses(root) {
    const out = [];
    const walk = (node) => {
        if (node.kind === 'property' || node.kind === 'index' || node.kind === 'star' || node.kind === 'context') {
            const path = [];
            let cursor = node;
            const pending = [];
            while (cursor.kind === 'property' || cursor.kind === 'index' || cursor.kind === 'star') {
                if (cursor.kind === 'property')
                    path.unshift({ name: cursor.name, start: cursor.nameStart, end: cursor.end });
                else if (cursor.kind === 'star')
                    path.unshift({ star: true, start: cursor.end - 1, end: cursor.end });
                else if (cursor.index.kind === 'literal' && cursor.index.type === 'string') {
                    path.unshift({ name: String(cursor.index.value), start: cursor.index.start, end: cursor.index.end });
                }
                else {
                    path.unshift({ dynamic: true, start: cursor.index.start, end: cursor.index.end });
                    pending.push(cursor.index);
                }
                cursor = cursor.object;
            }
            if (cursor.kind === 'context') {
                out.push({ context: cursor.name.toLowerCase(), path, start: node.start, end: node.end, node });
            }
            else {
                walk(cursor);
            }
            for (const inner of pending)
                walk(inner);
            return;
        }
        if (node.kind === 'call')
            for (const arg of node.args)
                walk(arg);
        else if (node.kind === 'not')
            walk(node.operand);
        else if (node.kind === 'binary') {
            walk(node.left);
            walk(node.right);
        }
    };
    walk(root);
    return out;
}

;// CONCATENATED MODULE: ./src/domains/github-actions/expressions/contexts.ts
const STEP_CONTEXTS = 'github needs strategy matrix job runner env vars secrets steps inputs';
const ROWS = [
    ['run-name', ['run-name'], 'github inputs vars', ''],
    ['defaults.run.shell', ['defaults', 'run', 'shell'], '', ''],
    ['concurrency', ['concurrency', '**'], 'github inputs vars', ''],
    ['env', ['env', '*'], 'github secrets inputs vars', ''],
    [
        'on.workflow_call.inputs.<inputs_id>.default',
        ['on', 'workflow_call', 'inputs', '*', 'default'],
        'github inputs vars',
        '',
    ],
    [
        'on.workflow_call.outputs.<output_id>.value',
        ['on', 'workflow_call', 'outputs', '*', 'value'],
        'github jobs vars inputs',
        '',
    ],
    ['jobs.<job_id>.concurrency', ['jobs', '*', 'concurrency', '**'], 'github needs strategy matrix inputs vars', ''],
    [
        'jobs.<job_id>.container.credentials',
        ['jobs', '*', 'container', 'credentials', '**'],
        'github needs strategy matrix env vars secrets inputs',
        '',
    ],
    [
        'jobs.<job_id>.container.env.<env_id>',
        ['jobs', '*', 'container', 'env', '*'],
        'github needs strategy matrix job runner env vars secrets inputs',
        '',
    ],
    ['jobs.<job_id>.container', ['jobs', '*', 'container', '**'], 'github needs strategy matrix vars inputs', ''],
    [
        'jobs.<job_id>.continue-on-error',
        ['jobs', '*', 'continue-on-error'],
        'github needs strategy vars matrix inputs',
        '',
    ],
    [
        'jobs.<job_id>.defaults.run',
        ['jobs', '*', 'defaults', 'run', '**'],
        'github needs strategy matrix env vars inputs',
        '',
    ],
    ['jobs.<job_id>.env', ['jobs', '*', 'env', '*'], 'github needs strategy matrix vars secrets inputs', ''],
    [
        'jobs.<job_id>.environment.url',
        ['jobs', '*', 'environment', 'url'],
        'github needs strategy matrix job runner env vars steps inputs',
        '',
    ],
    ['jobs.<job_id>.environment', ['jobs', '*', 'environment', '**'], 'github needs strategy matrix vars inputs', ''],
    ['jobs.<job_id>.if', ['jobs', '*', 'if'], 'github needs vars inputs', 'always cancelled success failure'],
    ['jobs.<job_id>.name', ['jobs', '*', 'name'], 'github needs strategy matrix vars inputs', ''],
    [
        'jobs.<job_id>.outputs.<output_id>',
        ['jobs', '*', 'outputs', '*'],
        'github needs strategy matrix job runner env vars secrets steps inputs',
        '',
    ],
    ['jobs.<job_id>.runs-on', ['jobs', '*', 'runs-on', '**'], 'github needs strategy matrix vars inputs', ''],
    [
        'jobs.<job_id>.secrets.<secrets_id>',
        ['jobs', '*', 'secrets', '**'],
        'github needs strategy matrix secrets inputs vars',
        '',
    ],
    [
        'jobs.<job_id>.services.<service_id>.credentials',
        ['jobs', '*', 'services', '*', 'credentials', '**'],
        'github needs strategy matrix env vars secrets inputs',
        '',
    ],
    [
        'jobs.<job_id>.services.<service_id>.env.<env_id>',
        ['jobs', '*', 'services', '*', 'env', '*'],
        'github needs strategy matrix job runner env vars secrets inputs',
        '',
    ],
    ['jobs.<job_id>.services', ['jobs', '*', 'services', '**'], 'github needs strategy matrix vars inputs', ''],
    [
        'jobs.<job_id>.steps.if',
        ['jobs', '*', 'steps', '#', 'if'],
        'github needs strategy matrix job runner env vars steps inputs',
        'always cancelled success failure hashFiles',
    ],
    // `shell` (of a step or of `defaults.run` outside a job) takes no expression: the runner's workflow schema gives its
    // type no context, and the docs' table has no row for it.
    ['jobs.<job_id>.steps.shell', ['jobs', '*', 'steps', '#', 'shell'], '', ''],
    ['jobs.<job_id>.steps.*', ['jobs', '*', 'steps', '#', '**'], STEP_CONTEXTS, 'hashFiles'],
    ['jobs.<job_id>.strategy', ['jobs', '*', 'strategy', '**'], 'github needs vars inputs', ''],
    ['jobs.<job_id>.timeout-minutes', ['jobs', '*', 'timeout-minutes'], 'github needs strategy matrix vars inputs', ''],
    ['jobs.<job_id>.with.<with_id>', ['jobs', '*', 'with', '*'], 'github needs strategy matrix inputs vars', ''],
];
const TABLE = ROWS.map(([key, pattern, contexts, functions]) => ({
    key,
    pattern,
    contexts: new Set(contexts ? contexts.split(' ') : []),
    functions: new Set(functions ? functions.split(' ').map((name) => name.toLowerCase()) : []),
}));
function matches(pattern, path) {
    let i = 0;
    for (const [index, segment] of pattern.entries()) {
        if (segment === '**')
            return index === pattern.length - 1;
        const actual = path[i];
        if (actual === undefined)
            return false;
        if (segment === '#') {
            if (typeof actual !== 'number')
                return false;
        }
        else if (segment !== '*' && segment !== String(actual))
            return false;
        i++;
    }
    return i === path.length;
}
const rowCache = new Map();
/** The table row for a value at a workflow key path, or undefined where the table says nothing (no check). */
function workflowAvailability(path) {
    // Job ids and step indexes do not change the row: cache on the path with them blanked.
    const key = path
        .map((segment, index) => (typeof segment === 'number' ? '#' : index === 1 && path[0] === 'jobs' ? '*' : segment))
        .join('\u0000');
    let hit = rowCache.get(key);
    if (hit === undefined) {
        hit = TABLE.find((row) => matches(row.pattern, path)) ?? null;
        if (rowCache.size > 5000)
            rowCache.clear();
        rowCache.set(key, hit);
    }
    return hit ?? undefined;
}
/** Every context name the language knows. */
const ALL_CONTEXTS = new Set([
    'github',
    'env',
    'vars',
    'job',
    'jobs',
    'steps',
    'runner',
    'secrets',
    'strategy',
    'matrix',
    'needs',
    'inputs',
]);
/** Contexts of action.yml values (composite steps, input defaults, outputs): no `secrets`, `needs` or `jobs`. */
const ACTION_CONTEXTS = new Set([
    'github',
    'env',
    'vars',
    'job',
    'steps',
    'runner',
    'strategy',
    'matrix',
    'inputs',
]);

;// CONCATENATED MODULE: ./src/domains/github-actions/expressions/functions.ts
const SPECS = [
    { name: 'contains', min: 2, max: 2 },
    { name: 'startsWith', min: 2, max: 2 },
    { name: 'endsWith', min: 2, max: 2 },
    { name: 'format', min: 1, max: Infinity },
    { name: 'join', min: 1, max: 2 },
    { name: 'toJSON', min: 1, max: 1 },
    { name: 'fromJSON', min: 1, max: 1 },
    { name: 'hashFiles', min: 1, max: Infinity },
    { name: 'case', min: 3, max: Infinity, odd: true },
    { name: 'success', min: 0, max: 0, status: true },
    { name: 'always', min: 0, max: 0, status: true },
    { name: 'cancelled', min: 0, max: 0, status: true },
    { name: 'failure', min: 0, max: 0, status: true },
];
const FUNCTIONS = new Map(SPECS.map((spec) => [spec.name.toLowerCase(), spec]));
function arityText(spec) {
    if (spec.odd)
        return `an odd number (at least ${spec.min}) of arguments`;
    if (spec.min === spec.max)
        return `${spec.min} argument${spec.min === 1 ? '' : 's'}`;
    if (spec.max === Infinity)
        return `at least ${spec.min} argument${spec.min === 1 ? '' : 's'}`;
    return `${spec.min} to ${spec.max} arguments`;
}

;// CONCATENATED MODULE: ./src/domains/github-actions/expressions/lexer.ts
class ExpressionError extends Error {
    offset;
    length;
    constructor(message, 
    /** Offset in the expression text where the problem starts. */
    offset, length = 1) {
        super(message);
        this.offset = offset;
        this.length = length;
    }
}
const OPERATORS = ['==', '!=', '<=', '>=', '&&', '||', '<', '>'];
function isIdentStart(code) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
}
function isIdentPart(code) {
    return isIdentStart(code) || (code >= 48 && code <= 57) || code === 45;
}
function isDigit(code) {
    return code >= 48 && code <= 57;
}
const lexer_NUMBER = /^-?(?:0x[0-9a-fA-F]+|0o[0-7]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|Infinity)/;
/** Splits an expression into tokens; throws ExpressionError at the first bad character. */
function tokenize(text) {
    const tokens = [];
    let i = 0;
    const n = text.length;
    while (i < n) {
        const code = text.charCodeAt(i);
        if (code === 32 || code === 9 || code === 10 || code === 13) {
            i++;
            continue;
        }
        const start = i;
        const previous = tokens[tokens.length - 1];
        // After a value, `.` is a dereference; elsewhere `.5` is a number.
        const afterValue = previous !== undefined &&
            ['identifier', 'rparen', 'rbracket', 'star', 'string', 'number', 'null', 'boolean'].includes(previous.kind);
        if (code === 39) {
            let value = '';
            i++;
            for (;;) {
                if (i >= n)
                    throw new ExpressionError('unterminated string literal', start, n - start);
                if (text.charCodeAt(i) === 39) {
                    if (text.charCodeAt(i + 1) === 39) {
                        value += "'";
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                value += text[i];
                i++;
            }
            tokens.push({ kind: 'string', text: value, start, end: i, value });
            continue;
        }
        if (code === 34)
            throw new ExpressionError('strings use single quotes, not double quotes', start);
        if (isDigit(code) ||
            ((code === 45 || code === 46) &&
                !afterValue &&
                (isDigit(text.charCodeAt(i + 1)) ||
                    text.startsWith('Infinity', i + 1) ||
                    (code === 45 && text.charCodeAt(i + 1) === 46)))) {
            const match = lexer_NUMBER.exec(text.slice(i));
            if (!match)
                throw new ExpressionError('invalid number', start);
            i += match[0].length;
            if (i < n && isIdentPart(text.charCodeAt(i)) && text.charCodeAt(i) !== 45) {
                while (i < n && isIdentPart(text.charCodeAt(i)))
                    i++;
                throw new ExpressionError(`invalid number "${text.slice(start, i)}"`, start, i - start);
            }
            const raw = match[0];
            const negative = raw.startsWith('-');
            const body = negative ? raw.slice(1) : raw;
            let value = body.startsWith('0x')
                ? parseInt(body.slice(2), 16)
                : body.startsWith('0o')
                    ? parseInt(body.slice(2), 8)
                    : Number(body);
            if (negative)
                value = -value;
            tokens.push({ kind: 'number', text: raw, start, end: i, value });
            continue;
        }
        if (isIdentStart(code)) {
            while (i < n && isIdentPart(text.charCodeAt(i)))
                i++;
            const word = text.slice(start, i);
            const afterDot = previous?.kind === 'dot';
            if (!afterDot && word === 'null')
                tokens.push({ kind: 'null', text: word, start, end: i, value: null });
            else if (!afterDot && (word === 'true' || word === 'false'))
                tokens.push({ kind: 'boolean', text: word, start, end: i, value: word === 'true' });
            else if (!afterDot && (word === 'NaN' || word === 'Infinity'))
                tokens.push({ kind: 'number', text: word, start, end: i, value: Number(word) });
            else
                tokens.push({ kind: 'identifier', text: word, start, end: i });
            continue;
        }
        const two = text.slice(i, i + 2);
        const op = OPERATORS.find((candidate) => candidate === two) ?? OPERATORS.find((candidate) => candidate === text[i]);
        if (op) {
            i += op.length;
            tokens.push({ kind: 'op', text: op, start, end: i });
            continue;
        }
        const single = {
            '.': 'dot',
            ',': 'comma',
            '(': 'lparen',
            ')': 'rparen',
            '[': 'lbracket',
            ']': 'rbracket',
            '!': 'not',
            '*': 'star',
        };
        const kind = single[text[i]];
        if (!kind) {
            if (text[i] === '=')
                throw new ExpressionError('unexpected "=": use "==" to compare', start);
            if (text[i] === '&' || text[i] === '|')
                throw new ExpressionError(`unexpected "${text[i]}": use "${text[i]}${text[i]}"`, start);
            throw new ExpressionError(`unexpected character "${text[i]}"`, start);
        }
        i++;
        tokens.push({ kind, text: text.slice(start, i), start, end: i });
    }
    tokens.push({ kind: 'eof', text: '', start: n, end: n });
    return tokens;
}

;// CONCATENATED MODULE: ./src/domains/github-actions/expressions/parser.ts

/**
 * Parses one expression (the text between `${{` and `}}`, or a bare `if:`). Throws ExpressionError with the offset
 * of the first problem. Precedence, loosest first: `||`, `&&`, `== !=`, `< <= > >=`, `!`, then access and calls.
 */
function parseExpression(text) {
    const tokens = tokenize(text);
    let position = 0;
    const peek = () => tokens[position];
    const next = () => tokens[position++];
    const fail = (token, message) => {
        throw new ExpressionError(message, token.start, Math.max(1, token.end - token.start));
    };
    const describe = (token) => token.kind === 'eof' ? 'end of expression' : `"${text.slice(token.start, token.end)}"`;
    const expect = (kind, what) => {
        const token = peek();
        if (token.kind !== kind)
            fail(token, `expected ${what}, found ${describe(token)}`);
        return next();
    };
    const binary = (ops, operand) => () => {
        let left = operand();
        while (peek().kind === 'op' && ops.includes(peek().text)) {
            const op = next().text;
            const right = operand();
            left = { kind: 'binary', op, left, right, start: left.start, end: right.end };
        }
        return left;
    };
    const primary = () => {
        const token = next();
        switch (token.kind) {
            case 'null':
            case 'boolean':
            case 'number':
            case 'string':
                return { kind: 'literal', type: token.kind, value: token.value ?? null, start: token.start, end: token.end };
            case 'lparen': {
                const inner = or();
                const close = expect('rparen', '")"');
                return { ...inner, start: token.start, end: close.end };
            }
            case 'identifier': {
                if (peek().kind === 'lparen') {
                    next();
                    const args = [];
                    if (peek().kind !== 'rparen') {
                        for (;;) {
                            args.push(or());
                            if (peek().kind === 'comma') {
                                next();
                                continue;
                            }
                            break;
                        }
                    }
                    const close = expect('rparen', '"," or ")"');
                    return { kind: 'call', name: token.text, nameEnd: token.end, args, start: token.start, end: close.end };
                }
                return { kind: 'context', name: token.text, start: token.start, end: token.end };
            }
            default:
                return fail(token, `unexpected ${describe(token)}`);
        }
    };
    const postfix = () => {
        let node = primary();
        for (;;) {
            const token = peek();
            if (token.kind === 'dot') {
                next();
                const name = next();
                if (name.kind === 'star')
                    node = { kind: 'star', object: node, start: node.start, end: name.end };
                else if (name.kind === 'identifier' ||
                    name.kind === 'null' ||
                    name.kind === 'boolean' ||
                    (name.kind === 'number' && /^[A-Za-z]/.test(name.text))) {
                    node = {
                        kind: 'property',
                        object: node,
                        name: name.text,
                        nameStart: name.start,
                        start: node.start,
                        end: name.end,
                    };
                }
                else
                    fail(name, `expected a property name after ".", found ${describe(name)}`);
            }
            else if (token.kind === 'lbracket') {
                next();
                if (peek().kind === 'star') {
                    next();
                    const close = expect('rbracket', '"]"');
                    node = { kind: 'star', object: node, start: node.start, end: close.end };
                }
                else {
                    const index = or();
                    const close = expect('rbracket', '"]"');
                    node = { kind: 'index', object: node, index, start: node.start, end: close.end };
                }
            }
            else {
                return node;
            }
        }
    };
    const unary = () => {
        if (peek().kind === 'not') {
            const bang = next();
            const operand = unary();
            return { kind: 'not', operand, start: bang.start, end: operand.end };
        }
        return postfix();
    };
    const comparison = binary(['<', '<=', '>', '>='], unary);
    const equality = binary(['==', '!='], comparison);
    const and = binary(['&&'], equality);
    const or = binary(['||'], and);
    if (peek().kind === 'eof')
        fail(peek(), 'empty expression');
    const root = or();
    if (peek().kind !== 'eof')
        fail(peek(), `unexpected ${describe(peek())} after the end of the expression`);
    return root;
}

;// CONCATENATED MODULE: ./src/domains/github-actions/expressions/cache.ts



const parsed = new Map();
/**
 * Parses an expression body once per run: bodies repeat a lot within a file and across a repository's workflows
 * (`${{ github.ref }}`, `${{ secrets.GITHUB_TOKEN }}`). ASTs are shared, so they must not be changed.
 */
function parseCached(body) {
    let hit = parsed.get(body);
    if (!hit) {
        try {
            hit = { ast: parseExpression(body) };
        }
        catch (error) {
            if (!(error instanceof ExpressionError))
                throw error;
            hit = { error };
        }
        if (parsed.size > 20_000)
            parsed.clear();
        parsed.set(body, hit);
    }
    return hit;
}
const accessCache = new WeakMap();
/** Context access chains of a parsed expression, computed once per distinct AST. */
function accessesOf(ast) {
    let hit = accessCache.get(ast);
    if (!hit) {
        hit = contextAccesses(ast);
        accessCache.set(ast, hit);
    }
    return hit;
}

;// CONCATENATED MODULE: ./src/domains/github-actions/expressions/scan.ts
/** Finds `${{ … }}` placeholders; a `}}` inside a single-quoted string literal does not close one. */
function scanEmbedded(text) {
    const out = [];
    let from = 0;
    for (;;) {
        const open = text.indexOf('${{', from);
        if (open < 0)
            return out;
        const bodyStart = open + 3;
        let i = bodyStart;
        let inString = false;
        let close = -1;
        while (i < text.length) {
            const char = text.charCodeAt(i);
            if (char === 39)
                inString = !inString;
            else if (!inString && char === 125 && text.charCodeAt(i + 1) === 125) {
                close = i;
                break;
            }
            i++;
        }
        if (close < 0) {
            out.push({ start: open, end: text.length, body: text.slice(bodyStart), bodyStart, closed: false });
            return out;
        }
        out.push({ start: open, end: close + 2, body: text.slice(bodyStart, close), bodyStart, closed: true });
        from = close + 2;
    }
}

;// CONCATENATED MODULE: ./src/domains/github-actions/expressions/index.ts








;// CONCATENATED MODULE: ./src/domains/github-actions/expression.ts


/** One `${{ … }}` (or bare `if:` condition) of a string value; offsets, spans and the parse are worked out on first use. */
class ExpressionImpl {
    context;
    scalar;
    scalarValue;
    text;
    body;
    form;
    valueStart;
    valueBodyStart;
    closed;
    keyPath;
    place;
    entry;
    value;
    whole;
    owner;
    parsed = false;
    cachedAst = undefined;
    cachedError = undefined;
    cachedAccesses = undefined;
    cachedSpan = undefined;
    cachedPath = undefined;
    workflow = undefined;
    action = undefined;
    job = undefined;
    step = undefined;
    constructor(context, 
    /** The scalar holding the expression and its string value, for the value-to-file offset map. */
    scalar, scalarValue, text, body, form, 
    /** Offsets into the value. */
    valueStart, valueBodyStart, closed, keyPath, place, entry, value, whole, owner) {
        this.context = context;
        this.scalar = scalar;
        this.scalarValue = scalarValue;
        this.text = text;
        this.body = body;
        this.form = form;
        this.valueStart = valueStart;
        this.valueBodyStart = valueBodyStart;
        this.closed = closed;
        this.keyPath = keyPath;
        this.place = place;
        this.entry = entry;
        this.value = value;
        this.whole = whole;
        this.owner = owner;
    }
    get path() {
        return (this.cachedPath ??= (0,yaml_document/* pathString */.hL)(this.keyPath));
    }
    map(offset) {
        return this.context.offsets(this.scalar, this.scalarValue)(offset);
    }
    get start() {
        return this.map(this.valueStart);
    }
    get end() {
        return this.map(this.valueStart + this.text.length - 1) + 1;
    }
    get bodyStart() {
        return this.map(this.valueBodyStart);
    }
    get span() {
        return (this.cachedSpan ??= this.context.file.spanOf(this.start, this.end));
    }
    atBody(start, end) {
        const from = this.map(this.valueBodyStart + start);
        const to = this.map(this.valueBodyStart + Math.max(start, end - 1)) + 1;
        return { span: this.context.file.spanOf(from, Math.max(to, from + 1)), path: this.path };
    }
    parse() {
        if (this.parsed)
            return;
        this.parsed = true;
        const { ast, error } = parseCached(this.body);
        this.cachedAst = ast;
        this.cachedError = error;
    }
    get ast() {
        this.parse();
        return this.cachedAst;
    }
    get error() {
        this.parse();
        return this.cachedError;
    }
    get accesses() {
        if (this.cachedAccesses)
            return this.cachedAccesses;
        const ast = this.ast;
        return (this.cachedAccesses = ast ? accessesOf(ast) : []);
    }
}

;// CONCATENATED MODULE: ./src/domains/github-actions/offsets.ts
/** Appends the offset of every occurrence of `needle` in `text` to `into`, in order. */
function offsetsOf(text, needle, into) {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1))
        into.push(at);
    return into;
}
/** The first offset in `sorted` at or after `from`, or -1. */
function firstFrom(sorted, from) {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
        const mid = (low + high) >> 1;
        if (sorted[mid] < from)
            low = mid + 1;
        else
            high = mid;
    }
    return low < sorted.length ? sorted[low] : -1;
}
/** True when some offset of `sorted` lies in the node's source range (true when the node has none). */
function rangeHolds(sorted, range) {
    if (!range)
        return true;
    const next = firstFrom(sorted, range[0]);
    return next >= 0 && next < Math.max(range[1], range[2]);
}

;// CONCATENATED MODULE: ./src/domains/github-actions/parse.ts








const NODE_USING = /^node\d+$/i;
const SHA = /^[0-9a-f]{40}$/i;
const SHORT_SHA = /^[0-9a-f]{7,39}$/i;
const VERSION_TAG = /^v?\d+(?:\.\d+)*(?:[-+][\w.-]+)?$/i;
const COMMENT_VERSION = /(?:^|[\s=@:])(v?\d+(?:\.\d+){0,3}(?:-[\w.]+)?)(?=$|[\s,;)])/i;
const REPOSITORY_USES = /^([^/@\s]+)\/([^/@\s]+)(\/[^@\s]*)?@(.*)$/;
const BARE_REPOSITORY = /^([^/@\s]+)\/([^/@\s]+)(\/[^@\s]*)?$/;
const ENTRY_PLACES = new Set(['with', 'env', 'outputs', 'secrets', 'inputs', 'services', 'args']);
const FILTER_NAMES = ['branches', 'branches-ignore', 'tags', 'tags-ignore', 'paths', 'paths-ignore'];
function refKindOf(ref) {
    if (ref === undefined || ref === '')
        return 'none';
    if (SHA.test(ref))
        return 'sha';
    if (VERSION_TAG.test(ref))
        return 'tag';
    if (SHORT_SHA.test(ref) && /\d/.test(ref))
        return 'short-sha';
    return 'branch';
}
/** The JS value of a Val: a scalar's value, null for an empty value, undefined for a collection. */
function parse_valueOf(node) {
    return (0,dist/* isScalar */.jn)(node) ? node.value : node === null ? null : undefined;
}
/** The string of a Str: a scalar's value as a string, '' for an empty value or a collection. */
function stringOf(node) {
    return (0,dist/* isScalar */.jn)(node) ? (node.value === null ? '' : String(node.value)) : '';
}
/**
 * Offsets where an expression may start, for collectExpressions to skip collections without one: `${{`, `if`
 * (a bare condition's key), a backslash (an escape or line continuation may spell either) and `*` (an alias leads
 * elsewhere in the file).
 */
function siteMarkers(text) {
    const found = offsetsOf(text, '${{', []);
    offsetsOf(text, 'if', found);
    offsetsOf(text, '\\', found);
    offsetsOf(text, '*', found);
    return found.sort((a, b) => a - b);
}
class Builder {
    file;
    document;
    context;
    expressions = [];
    constructor(file, document, yaml) {
        this.file = file;
        this.document = document;
        this.context = new FileContext(file, document, yaml);
    }
    base(keyPath, node, key) {
        return new NodeBase(this.context, keyPath, this.context.resolve(node), key);
    }
    /** A Val at `keyPath`, or at `keyPath` + `segment` (the path is then copied only when something asks for it). */
    val(keyPath, node, key, segment) {
        const resolved = this.context.resolve(node);
        return this.remember(new ValNode(this.context, keyPath, resolved, key, parse_valueOf(resolved), segment));
    }
    /** A Str at `keyPath`, or at `keyPath` + `segment` (see val). */
    str(keyPath, node, key, segment) {
        const resolved = this.context.resolve(node);
        return this.remember(new ValNode(this.context, keyPath, resolved, key, stringOf(resolved), segment));
    }
    /** Values that may hold expressions are indexed by YAML node, for collectExpressions to attach them. */
    remember(val) {
        const node = val.node;
        if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string' || (!node.value.includes('${{') && val.lastSegment !== 'if'))
            return val;
        const list = this.context.valsByNode.get(node);
        if (list)
            list.push(val);
        else
            this.context.valsByNode.set(node, [val]);
        return val;
    }
    /** The named child of a mapping as a Str, when the key is present. */
    fieldStr(keyPath, node, name) {
        const entry = this.context.field(node, name);
        return entry && this.str(keyPath, entry.value, entry.key, name);
    }
    /** The named child of a mapping as a Val, when the key is present. */
    fieldVal(keyPath, node, name) {
        const entry = this.context.field(node, name);
        return entry && this.val(keyPath, entry.value, entry.key, name);
    }
    list(keyPath, node) {
        if ((0,dist/* isSeq */.oP)(node))
            return node.items.map((item, index) => this.str(keyPath, item, null, index));
        if ((0,dist/* isScalar */.jn)(node) && node.value !== null)
            return [this.str(keyPath, node, null)];
        return [];
    }
    mapping(keyPath, entry, item) {
        if (!entry)
            return undefined;
        const mapping = new MappingNode(this.context, keyPath, this.context.resolve(entry.value), entry.key);
        if (item) {
            for (const child of this.context.entries(mapping.node))
                mapping.entries.set(child.name, item([...keyPath, child.name], child));
        }
        else if ((0,dist/* isMap */.jh)(mapping.node)) {
            // Plain values (env, with, outputs): straight from the pairs, without an Entry each.
            for (const pair of mapping.node.items) {
                const name = keyName(pair.key);
                if (name !== undefined)
                    mapping.entries.set(name, this.val(keyPath, pair.value, pair.key, name));
            }
        }
        return mapping;
    }
    /** The `if:` at `parentPath` + `if`. */
    condition(parentPath, entry) {
        if (!entry)
            return undefined;
        const resolved = this.context.resolve(entry.value);
        const condition = this.remember(new ConditionNode(this.context, parentPath, resolved, entry.key, stringOf(resolved), 'if'));
        const value = condition.value;
        if (value.includes('${{')) {
            const found = scanEmbedded(value);
            condition.form =
                found.length === 1 && found[0].start === 0 && found[0].end === value.length && found[0].closed
                    ? 'wrapped'
                    : 'template';
        }
        return condition;
    }
    permissions(keyPath, entry) {
        if (!entry)
            return undefined;
        const permissions = new PermissionsNode(this.context, keyPath, this.context.resolve(entry.value), entry.key);
        const node = permissions.node;
        if ((0,dist/* isScalar */.jn)(node) && (node.value === 'read-all' || node.value === 'write-all'))
            permissions.kind = node.value;
        else if ((0,dist/* isMap */.jh)(node)) {
            permissions.kind = 'map';
            for (const child of this.context.entries(node)) {
                const scope = this.remember(new ScopeNode(this.context, keyPath, child.value, child.key, stringOf(child.value), child.name));
                const value = scope.value;
                scope.level = value === 'read' || value === 'write' || value === 'none' ? value : undefined;
                permissions.scopes.set(child.name, scope);
            }
        }
        return permissions;
    }
    defaults(keyPath, entry) {
        if (!entry)
            return undefined;
        const defaults = new DefaultsNode(this.context, keyPath, this.context.resolve(entry.value), entry.key);
        const run = this.context.field(defaults.node, 'run')?.value ?? null;
        const runPath = [...keyPath, 'run'];
        defaults.shell = this.fieldStr(runPath, run, 'shell');
        defaults.workingDirectory = this.fieldStr(runPath, run, 'working-directory');
        return defaults;
    }
    container(keyPath, entry, id) {
        const container = new ContainerNode(this.context, keyPath, this.context.resolve(entry.value), entry.key);
        container.id = id;
        const node = container.node;
        if ((0,dist/* isScalar */.jn)(node)) {
            container.image = this.str(keyPath, node, entry.key);
            return container;
        }
        const credentialsEntry = this.context.field(node, 'credentials');
        if (credentialsEntry) {
            const credentialsPath = [...keyPath, 'credentials'];
            const credentials = new CredentialsNode(this.context, credentialsPath, credentialsEntry.value, credentialsEntry.key);
            credentials.username = this.fieldVal(credentialsPath, credentialsEntry.value, 'username');
            credentials.password = this.fieldVal(credentialsPath, credentialsEntry.value, 'password');
            container.credentials = credentials;
        }
        container.image = this.fieldStr(keyPath, node, 'image');
        container.env = this.mapping([...keyPath, 'env'], this.context.field(node, 'env'));
        container.ports = this.seqVals(keyPath, node, 'ports');
        container.volumes = this.seqVals(keyPath, node, 'volumes');
        container.options = this.fieldStr(keyPath, node, 'options');
        return container;
    }
    /** The items of a list entry as Vals; none when the entry is missing or not a list. */
    seqVals(keyPath, node, name) {
        const value = this.context.field(node, name)?.value ?? null;
        return (0,dist/* isSeq */.oP)(value)
            ? value.items.map((item, index) => this.val([...keyPath, name, index], item, null))
            : [];
    }
    /** The `uses:` at `parentPath` + `uses`. */
    uses(parentPath, entry) {
        if (!entry)
            return undefined;
        const resolved = this.context.resolve(entry.value);
        const uses = this.remember(new UsesNode(this.context, parentPath, resolved, entry.key, stringOf(resolved), 'uses'));
        const raw = uses.value.trim();
        uses.dynamic = raw.includes('${{');
        if (raw.startsWith('docker://')) {
            uses.kind = 'docker';
            uses.image = raw.slice('docker://'.length);
        }
        else if (raw.startsWith('./') || raw.startsWith('../') || raw === '.') {
            uses.kind = 'local';
            uses.localPath = raw;
        }
        else {
            const match = REPOSITORY_USES.exec(raw);
            if (match) {
                uses.kind = 'repository';
                uses.owner = match[1];
                uses.repo = match[2];
                uses.subPath = match[3] ? match[3].slice(1) : undefined;
                uses.slug = `${match[1]}/${match[2]}`.toLowerCase();
                uses.ref = match[4];
                uses.refKind = refKindOf(match[4]);
            }
            else {
                const bare = BARE_REPOSITORY.exec(raw);
                if (bare) {
                    uses.owner = bare[1];
                    uses.repo = bare[2];
                    uses.subPath = bare[3] ? bare[3].slice(1) : undefined;
                    uses.slug = `${bare[1]}/${bare[2]}`.toLowerCase();
                }
            }
        }
        const range = resolved?.range;
        if (range) {
            const comment = this.context.trailingCommentAt(resolved, range);
            if (comment !== undefined) {
                uses.comment = comment;
                uses.commentVersion = COMMENT_VERSION.exec(comment)?.[1];
            }
        }
        return uses;
    }
    step(keyPath, index, item, job, action, workflow) {
        const step = new StepNode(this.context, keyPath, this.context.resolve(item), null);
        const node = step.node;
        // One pass over the step's keys (the last of equal names wins, as a lookup by name would find).
        let id, name, uses, run, shell;
        let withField, env, condition, workingDirectory;
        let continueOnError, timeoutMinutes;
        if ((0,dist/* isMap */.jh)(node)) {
            for (const pair of node.items) {
                switch (keyName(pair.key)) {
                    case 'id':
                        id = pair;
                        break;
                    case 'name':
                        name = pair;
                        break;
                    case 'uses':
                        uses = pair;
                        break;
                    case 'run':
                        run = pair;
                        break;
                    case 'shell':
                        shell = pair;
                        break;
                    case 'with':
                        withField = pair;
                        break;
                    case 'env':
                        env = pair;
                        break;
                    case 'if':
                        condition = pair;
                        break;
                    case 'working-directory':
                        workingDirectory = pair;
                        break;
                    case 'continue-on-error':
                        continueOnError = pair;
                        break;
                    case 'timeout-minutes':
                        timeoutMinutes = pair;
                        break;
                    default:
                        break;
                }
            }
        }
        step.index = index;
        step.id = id && this.str(keyPath, id.value, id.key, 'id');
        step.name = name && this.str(keyPath, name.value, name.key, 'name');
        step.uses = this.uses(keyPath, uses);
        step.run = run && this.str(keyPath, run.value, run.key, 'run');
        step.shell = shell && this.str(keyPath, shell.value, shell.key, 'shell');
        step.with = this.mapping([...keyPath, 'with'], withField);
        step.env = this.mapping([...keyPath, 'env'], env);
        step.if = this.condition(keyPath, condition);
        step.workingDirectory =
            workingDirectory &&
                this.str(keyPath, workingDirectory.value, workingDirectory.key, 'working-directory');
        step.continueOnError =
            continueOnError &&
                this.val(keyPath, continueOnError.value, continueOnError.key, 'continue-on-error');
        step.timeoutMinutes =
            timeoutMinutes &&
                this.val(keyPath, timeoutMinutes.value, timeoutMinutes.key, 'timeout-minutes');
        step.job = job;
        step.action = action;
        step.workflow = workflow;
        return step;
    }
    steps(keyPath, entry, into, job, action, workflow) {
        const node = this.context.resolve(entry?.value);
        if (!(0,dist/* isSeq */.oP)(node))
            return;
        const items = node.items;
        for (let index = 0; index < items.length; index++)
            into.push(this.step([...keyPath, index], index, items[index], job, action, workflow));
    }
    inputs(keyPath, entry) {
        return this.mapping(keyPath, entry, (path, child) => {
            const input = new InputDefNode(this.context, path, child.value, child.key);
            const node = child.value;
            input.id = child.name;
            input.description = this.fieldStr(path, node, 'description');
            input.type = this.fieldStr(path, node, 'type');
            input.required = this.fieldVal(path, node, 'required');
            input.default = this.fieldVal(path, node, 'default');
            input.options = this.seqVals(path, node, 'options');
            input.deprecationMessage = this.fieldStr(path, node, 'deprecationMessage');
            return input;
        });
    }
    outputs(keyPath, entry) {
        return this.mapping(keyPath, entry, (path, child) => {
            const output = new OutputDefNode(this.context, path, child.value, child.key);
            output.id = child.name;
            output.description = this.fieldStr(path, child.value, 'description');
            output.value = this.fieldVal(path, child.value, 'value');
            return output;
        });
    }
    trigger(keyPath, event, node, key) {
        const trigger = new TriggerNode(this.context, keyPath, this.context.resolve(node), key);
        const fields = trigger.node;
        trigger.event = event;
        let filters;
        for (const name of FILTER_NAMES) {
            const entry = this.context.field(fields, name);
            if (entry)
                (filters ??= new Map()).set(name, this.list([...keyPath, name], entry.value));
        }
        if (filters)
            trigger.filters = filters;
        if (event === 'schedule' && (0,dist/* isSeq */.oP)(fields)) {
            fields.items.forEach((item, index) => {
                const cron = this.context.field(this.context.resolve(item), 'cron');
                if (cron)
                    trigger.crons.push(this.str([...keyPath, index, 'cron'], cron.value, cron.key));
            });
        }
        trigger.secrets = this.mapping([...keyPath, 'secrets'], this.context.field(fields, 'secrets'), (path, child) => {
            const secret = new SecretDefNode(this.context, path, child.value, child.key);
            secret.id = child.name;
            secret.required = this.fieldVal(path, child.value, 'required');
            secret.description = this.fieldStr(path, child.value, 'description');
            return secret;
        });
        const types = this.context.field(fields, 'types');
        if (types)
            trigger.types = this.list([...keyPath, 'types'], types.value);
        const workflows = this.context.field(fields, 'workflows');
        if (workflows)
            trigger.workflows = this.list([...keyPath, 'workflows'], workflows.value);
        trigger.inputs = this.inputs([...keyPath, 'inputs'], this.context.field(fields, 'inputs'));
        trigger.outputs = this.outputs([...keyPath, 'outputs'], this.context.field(fields, 'outputs'));
        return trigger;
    }
    triggers(entry) {
        if (!entry)
            return undefined;
        const triggers = new TriggersNode(this.context, ['on'], this.context.resolve(entry.value), entry.key);
        const { events } = triggers;
        const node = triggers.node;
        if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string') {
            events.set(node.value, this.trigger(['on'], node.value, node, entry.key));
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            node.items.forEach((item, index) => {
                const resolved = this.context.resolve(item);
                if ((0,dist/* isScalar */.jn)(resolved) && typeof resolved.value === 'string')
                    events.set(resolved.value, this.trigger(['on', index], resolved.value, resolved, null));
            });
        }
        else {
            for (const child of this.context.entries(node))
                events.set(child.name, this.trigger(['on', child.name], child.name, child.value, child.key));
        }
        return triggers;
    }
    job(id, entry, workflow) {
        const keyPath = ['jobs', id];
        const job = new JobNode(this.context, keyPath, this.context.resolve(entry.value), entry.key);
        const node = job.node;
        // One pass over the job's keys (the last of equal names wins, as a lookup by name would find).
        let environmentField, strategyField, needs, services;
        let secrets, container, name, runsOn, condition;
        let permissions, concurrency, timeoutMinutes, continueOnError;
        let outputs, env, defaults, uses, withField;
        let steps;
        if ((0,dist/* isMap */.jh)(node)) {
            for (const pair of node.items) {
                switch (keyName(pair.key)) {
                    case 'environment':
                        environmentField = pair;
                        break;
                    case 'strategy':
                        strategyField = pair;
                        break;
                    case 'needs':
                        needs = pair;
                        break;
                    case 'services':
                        services = pair;
                        break;
                    case 'secrets':
                        secrets = pair;
                        break;
                    case 'container':
                        container = pair;
                        break;
                    case 'name':
                        name = pair;
                        break;
                    case 'runs-on':
                        runsOn = pair;
                        break;
                    case 'if':
                        condition = pair;
                        break;
                    case 'permissions':
                        permissions = pair;
                        break;
                    case 'concurrency':
                        concurrency = pair;
                        break;
                    case 'timeout-minutes':
                        timeoutMinutes = pair;
                        break;
                    case 'continue-on-error':
                        continueOnError = pair;
                        break;
                    case 'outputs':
                        outputs = pair;
                        break;
                    case 'env':
                        env = pair;
                        break;
                    case 'defaults':
                        defaults = pair;
                        break;
                    case 'uses':
                        uses = pair;
                        break;
                    case 'with':
                        withField = pair;
                        break;
                    case 'steps':
                        steps = pair;
                        break;
                    default:
                        break;
                }
            }
        }
        job.id = id;
        if (environmentField) {
            const path = [...keyPath, 'environment'];
            const environment = new EnvironmentNode(this.context, path, this.context.resolve(environmentField.value), environmentField.key);
            const envNode = environment.node;
            environment.name = (0,dist/* isMap */.jh)(envNode)
                ? this.fieldStr(path, envNode, 'name')
                : this.str(path, envNode, environmentField.key);
            environment.url = this.fieldStr(path, envNode, 'url');
            job.environment = environment;
        }
        if (strategyField) {
            const path = [...keyPath, 'strategy'];
            const strategyNode = this.context.resolve(strategyField.value);
            const matrix = this.context.field(strategyNode, 'matrix');
            const strategy = new StrategyNode(this.context, path, strategyNode, strategyField.key);
            strategy.matrix = matrix ? this.base([...path, 'matrix'], matrix.value, matrix.key) : undefined;
            if (matrix) {
                const context = this.context;
                strategy.readMatrix = () => readMatrix(context, [...path, 'matrix'], matrix.value);
            }
            strategy.failFast = this.fieldVal(path, strategyNode, 'fail-fast');
            strategy.maxParallel = this.fieldVal(path, strategyNode, 'max-parallel');
            job.strategy = strategy;
        }
        job.name = name && this.str(keyPath, name.value, name.key, 'name');
        job.runsOn = runsOn && this.val(keyPath, runsOn.value, runsOn.key, 'runs-on');
        if (needs)
            job.needs = this.list([...keyPath, 'needs'], this.context.resolve(needs.value));
        job.if = this.condition(keyPath, condition);
        job.permissions = this.permissions([...keyPath, 'permissions'], permissions);
        job.concurrency =
            concurrency && this.val(keyPath, concurrency.value, concurrency.key, 'concurrency');
        job.timeoutMinutes =
            timeoutMinutes &&
                this.val(keyPath, timeoutMinutes.value, timeoutMinutes.key, 'timeout-minutes');
        job.continueOnError =
            continueOnError &&
                this.val(keyPath, continueOnError.value, continueOnError.key, 'continue-on-error');
        if (container)
            job.container = this.container([...keyPath, 'container'], container, undefined);
        if (services)
            job.services = this.context
                .entries(this.context.resolve(services.value))
                .map((child) => this.container([...keyPath, 'services', child.name], child, child.name));
        job.outputs = this.mapping([...keyPath, 'outputs'], outputs);
        job.env = this.mapping([...keyPath, 'env'], env);
        job.defaults = this.defaults([...keyPath, 'defaults'], defaults);
        job.uses = this.uses(keyPath, uses);
        job.with = this.mapping([...keyPath, 'with'], withField);
        if (secrets) {
            job.secrets = (0,dist/* isMap */.jh)(this.context.resolve(secrets.value))
                ? this.mapping([...keyPath, 'secrets'], secrets)
                : this.val(keyPath, secrets.value, secrets.key, 'secrets');
        }
        job.workflow = workflow;
        this.steps([...keyPath, 'steps'], steps, job.steps, job, undefined, workflow);
        return job;
    }
    workflow() {
        const root = this.context.resolve(this.document.contents);
        const workflow = new WorkflowNode(this.context, [], root, null);
        const jobsEntry = this.context.field(root, 'jobs');
        workflow.file = this.file;
        workflow.name = this.fieldStr([], root, 'name');
        workflow.runName = this.fieldStr([], root, 'run-name');
        workflow.on = this.triggers(this.context.field(root, 'on'));
        workflow.permissions = this.permissions(['permissions'], this.context.field(root, 'permissions'));
        workflow.env = this.mapping(['env'], this.context.field(root, 'env'));
        workflow.defaults = this.defaults(['defaults'], this.context.field(root, 'defaults'));
        workflow.concurrency = this.fieldVal([], root, 'concurrency');
        workflow.jobsNode = jobsEntry ? this.base(['jobs'], jobsEntry.value, jobsEntry.key) : undefined;
        workflow.allExpressions = this.expressions;
        for (const child of this.context.entries(jobsEntry?.value ?? null))
            workflow.jobs.push(this.job(child.name, child, workflow));
        this.collectExpressions(root, workflow);
        return workflow;
    }
    action() {
        const root = this.context.resolve(this.document.contents);
        const action = new ActionNode(this.context, [], root, null);
        const runsEntry = this.context.field(root, 'runs');
        const runs = runsEntry ? this.base(['runs'], runsEntry.value, runsEntry.key) : undefined;
        const runsNode = runs?.node ?? null;
        const using = this.fieldStr(['runs'], runsNode, 'using');
        const usingValue = using?.value.toLowerCase() ?? '';
        action.file = this.file;
        action.name = this.fieldStr([], root, 'name');
        action.description = this.fieldStr([], root, 'description');
        action.inputs = this.inputs(['inputs'], this.context.field(root, 'inputs'));
        action.outputs = this.outputs(['outputs'], this.context.field(root, 'outputs'));
        action.runs = runs;
        action.using = using;
        action.usingKind =
            usingValue === 'composite'
                ? 'composite'
                : usingValue === 'docker'
                    ? 'docker'
                    : NODE_USING.test(usingValue)
                        ? 'node'
                        : 'unknown';
        action.main = this.fieldStr(['runs'], runsNode, 'main');
        action.pre = this.fieldStr(['runs'], runsNode, 'pre');
        action.post = this.fieldStr(['runs'], runsNode, 'post');
        action.image = this.fieldStr(['runs'], runsNode, 'image');
        action.allExpressions = this.expressions;
        this.steps(['runs', 'steps'], this.context.field(runsNode, 'steps'), action.steps, undefined, action, undefined);
        this.collectExpressions(root, action);
        return action;
    }
    /** One pass over every scalar of the document: every `${{ … }}`, and `if:` conditions without them. */
    collectExpressions(root, model) {
        const jobs = model.kind === 'workflow' ? new Map(model.jobs.map((job) => [job.id, job])) : undefined;
        // One shared path stack: a key path is copied only for the few scalars that hold an expression.
        this.visitScalars(root, 0, { stack: [], markers: siteMarkers(this.file.text), model, jobs });
    }
    visitScalars(node, depth, pass) {
        const resolved = this.context.resolve(node);
        if (!resolved || depth > 64)
            return;
        const { stack } = pass;
        if ((0,dist/* isMap */.jh)(resolved)) {
            if (!rangeHolds(pass.markers, resolved.range))
                return;
            for (const pair of resolved.items) {
                const name = keyName(pair.key);
                if (name === undefined)
                    continue;
                stack.push(name);
                this.visitScalars(pair.value, depth + 1, pass);
                stack.pop();
            }
        }
        else if ((0,dist/* isSeq */.oP)(resolved)) {
            if (!rangeHolds(pass.markers, resolved.range))
                return;
            const items = resolved.items;
            for (let index = 0; index < items.length; index++) {
                stack.push(index);
                this.visitScalars(items[index], depth + 1, pass);
                stack.pop();
            }
        }
        else if ((0,dist/* isScalar */.jn)(resolved) && typeof resolved.value === 'string') {
            const value = resolved.value;
            const embedded = value.includes('${{');
            const isCondition = !embedded &&
                stack[stack.length - 1] === 'if' &&
                value.trim() !== '' &&
                this.isConditionPath(stack, pass.model.kind);
            if (embedded || isCondition)
                this.addExpressions(resolved, value, stack.slice(), pass.model, pass.jobs, embedded);
        }
    }
    isConditionPath(keyPath, kind) {
        if (kind === 'workflow') {
            return (keyPath[0] === 'jobs' &&
                (keyPath.length === 3 || (keyPath.length === 5 && keyPath[2] === 'steps' && typeof keyPath[3] === 'number')));
        }
        return keyPath.length === 4 && keyPath[0] === 'runs' && keyPath[1] === 'steps' && typeof keyPath[2] === 'number';
    }
    addExpressions(scalar, value, keyPath, model, jobs, embedded) {
        let job;
        let step;
        let owner = model.kind;
        let placeIndex = 0;
        if (model.kind === 'workflow' && keyPath[0] === 'jobs' && keyPath.length > 2) {
            job = jobs?.get(String(keyPath[1]));
            owner = 'job';
            placeIndex = 2;
            if (keyPath[2] === 'steps' && typeof keyPath[3] === 'number' && keyPath.length > 4) {
                step = job?.steps[keyPath[3]];
                owner = 'step';
                placeIndex = 4;
            }
        }
        else if (model.kind === 'action' && keyPath[0] === 'runs') {
            placeIndex = 1;
            if (keyPath[1] === 'steps' && typeof keyPath[2] === 'number' && keyPath.length > 3) {
                step = model.steps[keyPath[2]];
                owner = 'step';
                placeIndex = 3;
            }
        }
        const place = String(keyPath[placeIndex] ?? '');
        const entry = ENTRY_PLACES.has(place) && keyPath.length > placeIndex + 1 ? String(keyPath[placeIndex + 1]) : undefined;
        const vals = this.context.valsByNode.get(scalar)?.filter((val) => val.hasKeyPath(keyPath));
        const holders = vals && vals.length > 0 ? vals : [this.str(keyPath, scalar, null)];
        const holder = holders[0];
        const found = [];
        if (embedded) {
            const occurrences = scanEmbedded(value);
            for (const occurrence of occurrences) {
                const whole = occurrences.length === 1 && occurrence.start === 0 && occurrence.end === value.length;
                found.push(new ExpressionImpl(this.context, scalar, value, value.slice(occurrence.start, occurrence.end), occurrence.body, 'embedded', occurrence.start, occurrence.bodyStart, occurrence.closed, keyPath, place, entry, holder, whole, owner));
            }
        }
        else {
            found.push(new ExpressionImpl(this.context, scalar, value, value, value, 'bare', 0, 0, true, keyPath, place, entry, holder, true, owner));
        }
        for (const expression of found) {
            expression.step = step;
            expression.job = job ?? step?.job;
            if (model.kind === 'workflow')
                expression.workflow = model;
            else
                expression.action = model;
            this.expressions.push(expression);
            for (const val of holders)
                val.addExpression(expression);
            if (step)
                step.expressions.push(expression);
            else if (job)
                job.expressions.push(expression);
            else
                model.expressions.push(expression);
        }
    }
}
const ACTION_FILE = /(^|\/)action\.ya?ml$/i;
/** Parses a workflow or an action's metadata (by file name, or by its keys when the name says neither). */
function parseGitHubActions(file) {
    const yaml = (0,yaml_document/* parseYaml */.hN)(file);
    // Comments come from a second lexer pass: made only when the engine asks (for suppressions) or a `uses:` needs it.
    const withComments = (result) => Object.defineProperty(result, 'comments', { enumerable: true, get: () => yaml.comments });
    if (yaml.problems.length > 0)
        return withComments({ ok: false, problems: yaml.problems });
    const problems = [];
    if (yaml.documents.length > 1) {
        const second = yaml.documents[1];
        const start = second.range?.[0] ?? 0;
        problems.push({
            message: 'more than one YAML document in the file: GitHub reads only one',
            at: { span: file.spanOf(start, start + 1), path: 'doc[1]' },
        });
    }
    const document = yaml.documents[0];
    const root = document?.contents ?? null;
    if (!document || root === null || ((0,dist/* isScalar */.jn)(root) && root.value === null)) {
        problems.push({ message: 'the file is empty', at: { span: file.lineSpan(1), path: '$' } });
    }
    else if (!(0,dist/* isMap */.jh)(root)) {
        problems.push({
            message: 'the top level must be a mapping of keys',
            at: { span: nodeSpan(file, root) ?? file.lineSpan(1), path: '$' },
        });
    }
    if (problems.length > 0 || !document)
        return withComments({ ok: false, problems });
    const builder = new Builder(file, document, yaml);
    const isAction = ACTION_FILE.test(file.path) || (!WORKFLOW_PATH.test(file.path) && isActionContent(root));
    return withComments({ ok: true, model: isAction ? builder.action() : builder.workflow() });
}
const WORKFLOW_PATH = /(^|\/)\.github\/workflows\//;
function isActionContent(root) {
    let runs = false;
    let jobs = false;
    for (const pair of root.items) {
        const name = keyName(pair.key);
        if (name === 'runs')
            runs = true;
        if (name === 'jobs')
            jobs = true;
    }
    return runs && !jobs;
}

;// CONCATENATED MODULE: ./src/domains/github-actions/index.ts


/**
 * The github-actions domain: `.github/workflows/*.yml` become a `Workflow`, `action.yml` an `Action` (see model.ts).
 * Every model node is a Locatable (value span + logical path such as `jobs.build.steps[2].uses`) with `at(subPath,
 * { key })` for spans below it; string values carry their `${{ }}` occurrences. A rule reads the model, never the
 * YAML text:
 *
 *   step(step: Step) {
 *     if (step.uses?.refKind === 'branch') context.report({ at: step.uses, messageId: 'branch' });
 *   },
 *   expression(expression: Expression) {
 *     for (const access of expression.accesses) … expression.atBody(access.start, access.end) …
 *   },
 *
 * Hooks (GitHubActionsHooks), in document order: `workflow` (or `action`), then the expressions outside jobs; for each job `job`, the
 * job's own expressions, then for each step `step` followed by that step's expressions (`expression` hook);
 * composite action steps the same way; then `exit` with the model.
 */
const githubActionsDomain = {
    id: 'github-actions',
    parse: parseGitHubActions,
    walk(model, emit) {
        if (model.kind === 'workflow') {
            emit('workflow', model);
            for (const expression of model.expressions)
                emit('expression', expression);
            for (const job of model.jobs) {
                emit('job', job);
                for (const expression of job.expressions)
                    emit('expression', expression);
                for (const step of job.steps) {
                    emit('step', step);
                    for (const expression of step.expressions)
                        emit('expression', expression);
                }
            }
        }
        else {
            emit('action', model);
            for (const expression of model.expressions)
                emit('expression', expression);
            for (const step of model.steps) {
                emit('step', step);
                for (const expression of step.expressions)
                    emit('expression', expression);
            }
        }
        emit('exit', model);
    },
};

// EXTERNAL MODULE: ./src/core/rule.ts
var rule = __webpack_require__(1961);
;// CONCATENATED MODULE: ./src/data/github-actions/actions.ts
/**
 * Metadata of the most-used actions, bundled so checks run offline. Snapshot date: 2026-11-24 (from the actions'
 * own action.yml files and release notes). An action missing here, or a major outside `majors`, is never an error.
 */
const SNAPSHOT_DATE = '2026-11-24';
/** Runtimes GitHub no longer runs: node12 and node16 were removed from the runners. */
const RETIRED_RUNTIMES = new Set(['node12', 'node16']);
const CHECKOUT_INPUTS = {
    repository: { default: '${{ github.repository }}' },
    ref: {},
    token: { default: '${{ github.token }}' },
    'ssh-key': {},
    'ssh-known-hosts': {},
    'ssh-strict': { default: 'true' },
    'ssh-user': { default: 'git' },
    'persist-credentials': { default: 'true' },
    path: {},
    clean: { default: 'true' },
    filter: {},
    'sparse-checkout': {},
    'sparse-checkout-cone-mode': { default: 'true' },
    'fetch-depth': { default: '1' },
    'fetch-tags': { default: 'false' },
    'show-progress': { default: 'true' },
    lfs: { default: 'false' },
    submodules: { default: 'false' },
    'set-safe-directory': { default: 'true' },
    'github-server-url': {},
};
const ACTIONS = {
    'actions/checkout': {
        current: 'v6',
        majors: { v1: 'node12', v2: 'node12', v3: 'node16', v4: 'node20', v5: 'node24', v6: 'node24' },
        inputs: CHECKOUT_INPUTS,
        outputs: ['ref', 'commit'],
        inputsComplete: true,
        inputsFrom: 'v4',
    },
    'actions/setup-node': {
        current: 'v6',
        majors: { v1: 'node12', v2: 'node16', v3: 'node16', v4: 'node20', v5: 'node24', v6: 'node24' },
        inputs: {
            'node-version': {},
            'node-version-file': {},
            architecture: {},
            'check-latest': { default: 'false' },
            'registry-url': {},
            scope: {},
            token: { default: '${{ github.token }}' },
            cache: {},
            'package-manager-cache': { default: 'true' },
            'cache-dependency-path': {},
            mirror: {},
            'mirror-token': {},
            'always-auth': { deprecated: 'npm no longer reads always-auth' },
        },
        outputs: ['cache-hit', 'node-version'],
        inputsComplete: true,
        inputsFrom: 'v4',
        cacheInput: 'cache',
    },
    'actions/setup-python': {
        current: 'v6',
        majors: { v1: 'node12', v2: 'node12', v3: 'node16', v4: 'node16', v5: 'node20', v6: 'node24' },
        inputs: {
            'python-version': {},
            'python-version-file': {},
            cache: {},
            architecture: {},
            'check-latest': { default: 'false' },
            token: {},
            'cache-dependency-path': {},
            'update-environment': { default: 'true' },
            'allow-prereleases': { default: 'false' },
            freethreaded: { default: 'false' },
            'pip-version': {},
            'pip-install': {},
        },
        outputs: ['python-version', 'cache-hit', 'python-path'],
        inputsComplete: true,
        inputsFrom: 'v5',
        cacheInput: 'cache',
    },
    'actions/setup-go': {
        current: 'v6',
        majors: { v1: 'node12', v2: 'node16', v3: 'node16', v4: 'node20', v5: 'node20', v6: 'node24' },
        inputs: {
            'go-version': {},
            'go-version-file': {},
            'check-latest': { default: 'false' },
            token: {},
            cache: { default: 'true' },
            'cache-dependency-path': {},
            architecture: {},
        },
        outputs: ['go-version', 'cache-hit'],
        inputsComplete: true,
        inputsFrom: 'v5',
        cacheInput: 'cache',
    },
    'actions/setup-java': {
        current: 'v5',
        majors: { v1: 'node12', v2: 'node16', v3: 'node16', v4: 'node20', v5: 'node24' },
        inputs: {
            distribution: { required: true },
            'java-version': {},
            'java-version-file': {},
            'java-package': { default: 'jdk' },
            architecture: {},
            jdkFile: {},
            'check-latest': { default: 'false' },
            'server-id': { default: 'github' },
            'server-username': { default: 'GITHUB_ACTOR' },
            'server-password': { default: 'GITHUB_TOKEN' },
            'settings-path': {},
            'overwrite-settings': { default: 'true' },
            'gpg-private-key': {},
            'gpg-passphrase': {},
            cache: {},
            'cache-dependency-path': {},
            'job-status': {},
            token: {},
            'mvn-toolchain-id': {},
            'mvn-toolchain-vendor': {},
        },
        outputs: ['distribution', 'version', 'path', 'cache-hit'],
        inputsComplete: true,
        inputsFrom: 'v4',
        cacheInput: 'cache',
    },
    'actions/setup-dotnet': {
        current: 'v5',
        majors: { v1: 'node12', v2: 'node16', v3: 'node16', v4: 'node20', v5: 'node24' },
        inputs: {
            'dotnet-version': {},
            'dotnet-quality': {},
            'global-json-file': {},
            'source-url': {},
            owner: {},
            'config-file': {},
            cache: { default: 'false' },
            'cache-dependency-path': {},
            architecture: {},
            workloads: {},
        },
        outputs: ['cache-hit', 'dotnet-version'],
        inputsComplete: true,
        inputsFrom: 'v4',
        cacheInput: 'cache',
    },
    'actions/cache': {
        current: 'v5',
        majors: { v1: 'node12', v2: 'node16', v3: 'node20', v4: 'node20', v5: 'node24' },
        inputs: {
            path: { required: true },
            key: { required: true },
            'restore-keys': {},
            'upload-chunk-size': {},
            enableCrossOsArchive: { default: 'false' },
            'fail-on-cache-miss': { default: 'false' },
            'lookup-only': { default: 'false' },
            'save-always': { default: 'false', deprecated: 'use actions/cache/save with `if: always()` instead' },
        },
        outputs: ['cache-hit'],
        inputsComplete: true,
        inputsFrom: 'v4',
    },
    'actions/upload-artifact': {
        current: 'v5',
        majors: { v1: 'node12', v2: 'node16', v3: 'node16', v4: 'node20', v5: 'node24', v6: 'node24' },
        inputs: {
            name: { default: 'artifact' },
            path: { required: true },
            'if-no-files-found': { default: 'warn' },
            'retention-days': {},
            'compression-level': { default: '6' },
            overwrite: { default: 'false' },
            'include-hidden-files': { default: 'false' },
            archive: { default: 'true' },
        },
        outputs: ['artifact-id', 'artifact-url', 'artifact-digest'],
        inputsComplete: true,
        inputsFrom: 'v4',
    },
    'actions/download-artifact': {
        current: 'v6',
        majors: { v1: 'node12', v2: 'node16', v3: 'node16', v4: 'node20', v5: 'node24', v6: 'node24' },
        inputs: {
            name: {},
            'artifact-ids': {},
            path: {},
            pattern: {},
            'merge-multiple': { default: 'false' },
            'github-token': {},
            repository: { default: '${{ github.repository }}' },
            'run-id': { default: '${{ github.run_id }}' },
            'skip-decompress': { default: 'false' },
            'digest-mismatch': { default: 'error' },
        },
        outputs: ['download-path'],
        inputsComplete: true,
        inputsFrom: 'v4',
    },
    // Inputs were renamed to kebab-case in v1.8; the underscore names still work and are deprecated. `release/v1` is
    // the branch its README recommends. Not every input is listed, so unknown inputs are not reported.
    'pypa/gh-action-pypi-publish': {
        current: 'v1',
        majors: { v1: 'composite' },
        inputs: {
            user: { default: '__token__' },
            password: {},
            'repository-url': {},
            'packages-dir': { default: 'dist' },
            'verify-metadata': { default: 'true' },
            'skip-existing': { default: 'false' },
            verbose: { default: 'false' },
            'print-hash': { default: 'false' },
            attestations: { default: 'true' },
            repository_url: { deprecated: 'use `repository-url`' },
            packages_dir: { deprecated: 'use `packages-dir`' },
            verify_metadata: { deprecated: 'use `verify-metadata`' },
            skip_existing: { deprecated: 'use `skip-existing`' },
            print_hash: { deprecated: 'use `print-hash`' },
        },
        outputs: [],
        inputsComplete: false,
        inputsFrom: 'v1',
    },
    'actions/github-script': {
        current: 'v8',
        majors: { v3: 'node12', v4: 'node12', v5: 'node12', v6: 'node16', v7: 'node20', v8: 'node24' },
        inputs: {
            script: { required: true },
            'github-token': { default: '${{ github.token }}' },
            debug: { default: 'false' },
            'user-agent': { default: 'actions/github-script' },
            previews: {},
            'result-encoding': { default: 'json' },
            retries: { default: '0' },
            'retry-exempt-status-codes': { default: '400,401,403,404,422' },
            'base-url': {},
        },
        outputs: ['result'],
        outputsOpen: true,
        inputsComplete: true,
        inputsFrom: 'v7',
    },
    'docker/login-action': {
        current: 'v3',
        majors: { v1: 'node12', v2: 'node16', v3: 'node20' },
        inputs: {
            registry: {},
            username: {},
            password: {},
            scope: {},
            ecr: { default: 'auto' },
            logout: { default: 'true' },
            'registry-auth': {},
        },
        outputs: [],
        inputsComplete: true,
        inputsFrom: 'v3',
    },
    'docker/setup-buildx-action': {
        current: 'v3',
        majors: { v1: 'node12', v2: 'node16', v3: 'node20' },
        inputs: {
            version: {},
            driver: { default: 'docker-container' },
            'driver-opts': {},
            'buildkitd-flags': {},
            'buildkitd-config': {},
            'buildkitd-config-inline': {},
            install: { default: 'false' },
            use: { default: 'true' },
            name: {},
            endpoint: {},
            platforms: {},
            append: {},
            'keep-state': { default: 'false' },
            'cache-binary': { default: 'true' },
            cleanup: { default: 'true' },
            config: { deprecated: 'use buildkitd-config' },
            'config-inline': { deprecated: 'use buildkitd-config-inline' },
        },
        outputs: ['name', 'driver', 'platforms', 'nodes', 'endpoint', 'status', 'flags'],
        inputsComplete: true,
        inputsFrom: 'v3',
    },
    'docker/setup-qemu-action': {
        current: 'v3',
        majors: { v1: 'node12', v2: 'node16', v3: 'node20' },
        inputs: { image: {}, platforms: { default: 'all' }, 'cache-image': { default: 'true' } },
        outputs: ['platforms'],
        inputsComplete: true,
        inputsFrom: 'v3',
    },
    'docker/build-push-action': {
        current: 'v6',
        majors: { v1: 'node12', v2: 'node12', v3: 'node16', v4: 'node16', v5: 'node20', v6: 'node20' },
        inputs: Object.fromEntries([
            'add-hosts',
            'allow',
            'annotations',
            'attests',
            'build-args',
            'build-contexts',
            'builder',
            'cache-from',
            'cache-to',
            'call',
            'cgroup-parent',
            'context',
            'file',
            'labels',
            'load',
            'network',
            'no-cache',
            'no-cache-filters',
            'outputs',
            'platforms',
            'provenance',
            'pull',
            'push',
            'sbom',
            'secrets',
            'secret-envs',
            'secret-files',
            'shm-size',
            'ssh',
            'tags',
            'target',
            'ulimit',
            'github-token',
        ].map((name) => [name, {}])),
        outputs: ['imageid', 'digest', 'metadata'],
        inputsComplete: true,
        inputsFrom: 'v6',
    },
    'docker/metadata-action': {
        current: 'v5',
        majors: { v1: 'node12', v2: 'node12', v3: 'node16', v4: 'node16', v5: 'node20' },
        inputs: Object.fromEntries([
            'context',
            'images',
            'tags',
            'flavor',
            'labels',
            'annotations',
            'sep-tags',
            'sep-labels',
            'sep-annotations',
            'bake-target',
            'github-token',
        ].map((name) => [name, {}])),
        outputs: [
            'version',
            'tags',
            'labels',
            'annotations',
            'json',
            'bake-file',
            'bake-file-tags',
            'bake-file-labels',
            'bake-file-annotations',
        ],
        inputsComplete: true,
        inputsFrom: 'v5',
    },
    'github/codeql-action/init': {
        current: 'v4',
        majors: { v1: 'node12', v2: 'node16', v3: 'node20', v4: 'node24' },
        inputs: { languages: {}, 'build-mode': {}, queries: {}, packs: {}, 'config-file': {}, config: {}, tools: {} },
        outputs: ['codeql-path', 'codeql-version'],
        inputsComplete: false,
    },
    'github/codeql-action/analyze': {
        current: 'v4',
        majors: { v1: 'node12', v2: 'node16', v3: 'node20', v4: 'node24' },
        inputs: { category: {}, upload: {}, output: {} },
        outputs: ['db-locations', 'sarif-output', 'sarif-id'],
        inputsComplete: false,
    },
    'github/codeql-action/autobuild': {
        current: 'v4',
        majors: { v1: 'node12', v2: 'node16', v3: 'node20', v4: 'node24' },
        inputs: {},
        outputs: [],
        inputsComplete: false,
    },
    'github/codeql-action/upload-sarif': {
        current: 'v4',
        majors: { v1: 'node12', v2: 'node16', v3: 'node20', v4: 'node24' },
        inputs: {
            sarif_file: {},
            checkout_path: {},
            ref: {},
            sha: {},
            token: {},
            matrix: {},
            category: {},
            'wait-for-processing': {},
        },
        outputs: ['sarif-id'],
        inputsComplete: false,
    },
};
/** `owner/repo[/path]@ref` → the snapshot key and major (`v4` from `v4`, `v4.1.2`, `release/v4`; undefined for SHAs/other branches). */
function parseUses(uses) {
    const at = uses.lastIndexOf('@');
    if (at <= 0 || uses.startsWith('./') || uses.startsWith('docker://'))
        return undefined;
    const action = uses.slice(0, at).toLowerCase();
    const ref = uses.slice(at + 1);
    // `release/v1`: a release branch named after its major, as some actions recommend.
    const major = /^(?:release\/)?v(\d+)(?:\.\d+){0,2}$/.exec(ref)?.[1];
    return { action, ref, ...(major ? { major: `v${major}` } : {}) };
}
function majorNumber(major) {
    return Number(major.charCodeAt(0) === 118 /* v */ ? major.slice(1) : major);
}

;// CONCATENATED MODULE: ./src/rules/github-actions/support/facts.ts




/**
 * Facts are kept on the SourceFile itself: a WeakMap keyed by the file whose value points back at it keeps every
 * file's facts alive through young-generation collections (an ephemeron), which cost more than the facts.
 */
const FACTS = Symbol('shipshape.gha-facts');

/** The pair named `key` of a mapping (or of the mapping an alias stands for). */
function pairOf(map, key) {
    const node = (0,yaml_document/* deref */.LA)(map);
    if (!(0,dist/* isMap */.jh)(node))
        return undefined;
    for (const item of node.items)
        if ((0,dist/* isScalar */.jn)(item.key) && String(item.key.value) === key)
            return item;
    return undefined;
}
/** The value named `key` of a mapping, aliases followed: a rule reading `env` sees what `env: *e` stands for. */
function facts_valueOf(map, key) {
    const pair = pairOf(map, key);
    return pair && (0,yaml_document/* deref */.LA)(pair.value);
}
function facts_stringOf(node) {
    return (0,dist/* isScalar */.jn)(node) && node.value !== null && typeof node.value !== 'object' ? String(node.value) : undefined;
}
function entries(map) {
    const node = (0,yaml_document/* deref */.LA)(map);
    return (0,dist/* isMap */.jh)(node) ? node.items.filter((item) => (0,dist/* isScalar */.jn)(item.key)) : [];
}
function at(facts, node, path) {
    const range = node?.range;
    const span = range ? facts.file.spanOf(range[0], Math.max(range[1], range[0] + 1)) : facts.file.lineSpan(1);
    return { span, path: (0,yaml_document/* pathString */.hL)(path) };
}
function atOffsets(facts, start, end, path) {
    return {
        span: facts.file.spanOf(start, Math.max(end, start + 1)),
        path: typeof path === 'string' ? path : (0,yaml_document/* pathString */.hL)(path),
    };
}
function kindOf(file, root) {
    const base = file.path.slice(file.path.lastIndexOf('/') + 1);
    if (/^action\.ya?ml$/i.test(base))
        return 'action';
    if (/(^|\/)\.github\/workflows\/[^/]+$/.test(file.path))
        return 'workflow';
    if (pairOf(root, 'jobs') && (pairOf(root, 'on') || pairOf(root, 'true')))
        return 'workflow';
    if (pairOf(root, 'runs'))
        return 'action';
    return 'unknown';
}
const IF_KEYS = new Set(['if', 'pre-if', 'post-if']);
/** Offset in the file where a scalar's value text starts (after a quote). */
function valueStart(_file, scalar) {
    const start = scalar.range[0];
    return scalar.type === dist/* Scalar */.X5.QUOTE_DOUBLE || scalar.type === dist/* Scalar */.X5.QUOTE_SINGLE ? start + 1 : start;
}
function markersOf(text) {
    const placeholders = offsetsOf(text, '${{', []);
    const sites = offsetsOf(text, '\\', offsetsOf(text, 'if', [...placeholders])).sort((a, b) => a - b);
    return { placeholders, sites };
}
/**
 * Every expression site below `node`. One mutable path, copied only for values that hold an expression (most scalars
 * do not). A collection whose source holds neither `${{` nor an `if` key is skipped: a site's text lies inside its
 * collection's range (the walk does not follow aliases), and a key spelling `if` without the letters needs an
 * escape, hence the backslash among the markers. The `${{` of a scalar are found by searching the file's offsets of
 * them, not the rest of the text.
 */
function collectExpressions(facts, markers, node, path) {
    if ((0,dist/* isMap */.jh)(node)) {
        if (!rangeHolds(markers.sites, node.range))
            return;
        for (const item of node.items) {
            if (!(0,dist/* isScalar */.jn)(item.key))
                continue;
            path.push(String(item.key.value));
            collectExpressions(facts, markers, item.value, path);
            path.pop();
        }
        return;
    }
    if ((0,dist/* isSeq */.oP)(node)) {
        if (!rangeHolds(markers.sites, node.range))
            return;
        for (let index = 0; index < node.items.length; index++) {
            path.push(index);
            collectExpressions(facts, markers, node.items[index], path);
            path.pop();
        }
        return;
    }
    if (!(0,dist/* isScalar */.jn)(node) || !node.range || typeof node.value !== 'string')
        return;
    const { text } = facts.file;
    const [from, to] = node.range;
    const hasPlaceholder = firstFrom(markers.placeholders, from);
    const last = path[path.length - 1];
    if (hasPlaceholder < 0 || hasPlaceholder >= to) {
        if (typeof last === 'string' && IF_KEYS.has(last) && node.value.trim() !== '') {
            const isBlock = node.type === dist/* Scalar */.X5.BLOCK_FOLDED || node.type === dist/* Scalar */.X5.BLOCK_LITERAL;
            const start = isBlock ? from : valueStart(facts.file, node);
            const body = isBlock ? node.value : text.slice(start, start + node.value.length);
            const site = {
                path: [...path],
                start,
                end: start + body.length,
                bodyStart: start,
                body: isBlock || body === node.value ? body : node.value,
                bare: true,
                closed: true,
                scalar: node,
            };
            Object.assign(site, parseCached(site.body));
            facts.expressions.push(site);
        }
        return;
    }
    const source = text.slice(from, to);
    const sitePath = [...path];
    for (const embedded of scanEmbedded(source)) {
        const site = {
            path: sitePath,
            start: from + embedded.start,
            end: from + embedded.end,
            bodyStart: from + embedded.bodyStart,
            body: embedded.body,
            bare: false,
            closed: embedded.closed,
            scalar: node,
        };
        if (embedded.closed)
            Object.assign(site, parseCached(embedded.body));
        facts.expressions.push(site);
    }
}

function shellOf(node) {
    return facts_stringOf(facts_valueOf(facts_valueOf(facts_valueOf(node, 'defaults'), 'run'), 'shell'));
}
/** The `with` of a step without one: shared, and never added to (facts are read-only for rules and fixers). */
const NO_WITH = new Map();
function collectSteps(stepsValue, base) {
    const stepsNode = (0,yaml_document/* deref */.LA)(stepsValue);
    if (!(0,dist/* isSeq */.oP)(stepsNode))
        return [];
    const steps = [];
    const items = stepsNode.items;
    for (let index = 0; index < items.length; index++) {
        const item = (0,yaml_document/* deref */.LA)(items[index]);
        if (!(0,dist/* isMap */.jh)(item))
            continue;
        // One pass over the step's keys; the first of equal names counts, as pairOf would find it.
        let withPair, idPair, usesPair, runPair, shellPair;
        for (const pair of item.items) {
            if (!(0,dist/* isScalar */.jn)(pair.key))
                continue;
            switch (String(pair.key.value)) {
                case 'with':
                    withPair ??= pair;
                    break;
                case 'id':
                    idPair ??= pair;
                    break;
                case 'uses':
                    usesPair ??= pair;
                    break;
                case 'run':
                    runPair ??= pair;
                    break;
                case 'shell':
                    shellPair ??= pair;
                    break;
                default:
                    break;
            }
        }
        const withPairs = (0,dist/* isMap */.jh)((0,yaml_document/* deref */.LA)(withPair?.value)) ? new Map() : NO_WITH;
        for (const pair of entries(withPair?.value))
            withPairs.set(String(pair.key.value), pair);
        // Optional fields only when present, in the order the rules and fixers have always seen.
        const step = { index, path: [...base, index], node: item };
        const id = (0,yaml_document/* deref */.LA)(idPair?.value);
        const uses = (0,yaml_document/* deref */.LA)(usesPair?.value);
        const run = (0,yaml_document/* deref */.LA)(runPair?.value);
        const shell = facts_stringOf((0,yaml_document/* deref */.LA)(shellPair?.value));
        if ((0,dist/* isScalar */.jn)(id))
            step.id = id;
        if ((0,dist/* isScalar */.jn)(uses))
            step.uses = uses;
        if ((0,dist/* isScalar */.jn)(run))
            step.run = run;
        if (shell !== undefined)
            step.shell = shell;
        step.with = withPairs;
        steps.push(step);
    }
    return steps;
}
/** The facts of a GitHub Actions file, computed once per file. */
function factsOf(file) {
    const hit = file[FACTS];
    if (hit)
        return hit;
    const document = (0,yaml_document/* parseYaml */.hN)(file).documents[0];
    const root = (0,dist/* isMap */.jh)(document?.contents) ? document.contents : undefined;
    const facts = {
        kind: kindOf(file, root),
        file,
        ...(document ? { document } : {}),
        ...(root ? { root } : {}),
        jobs: [],
        jobsById: new Map(),
        expressions: [],
        events: new Map(),
    };
    file[FACTS] = facts;
    if (!root)
        return facts;
    collectExpressions(facts, markersOf(file.text), root, []);
    if (facts.kind === 'workflow') {
        facts.defaultShell = shellOf(root);
        const on = pairOf(root, 'on') ?? pairOf(root, 'true');
        const onValue = (0,yaml_document/* deref */.LA)(on?.value);
        if ((0,dist/* isScalar */.jn)(onValue) && onValue.value != null) {
            facts.events.set(String(onValue.value), { key: onValue, value: null });
        }
        else if ((0,dist/* isSeq */.oP)(onValue)) {
            for (const item of onValue.items)
                if ((0,dist/* isScalar */.jn)(item))
                    facts.events.set(String(item.value), { key: item, value: null });
        }
        else if ((0,dist/* isMap */.jh)(onValue)) {
            for (const pair of entries(onValue))
                facts.events.set(String(pair.key.value), { key: pair.key, value: pair.value });
        }
        for (const pair of entries(facts_valueOf(root, 'jobs'))) {
            const id = String(pair.key.value);
            const value = (0,yaml_document/* deref */.LA)(pair.value);
            const node = (0,dist/* isMap */.jh)(value) ? value : undefined;
            const path = ['jobs', id];
            // One pass over the job's keys; the first of equal names counts, as valueOf would find it.
            let needsPair, usesPair, stepsPair;
            let outputsPair, defaultsPair, strategyPair;
            for (const item of node?.items ?? []) {
                if (!(0,dist/* isScalar */.jn)(item.key))
                    continue;
                switch (String(item.key.value)) {
                    case 'needs':
                        needsPair ??= item;
                        break;
                    case 'uses':
                        usesPair ??= item;
                        break;
                    case 'steps':
                        stepsPair ??= item;
                        break;
                    case 'outputs':
                        outputsPair ??= item;
                        break;
                    case 'defaults':
                        defaultsPair ??= item;
                        break;
                    case 'strategy':
                        strategyPair ??= item;
                        break;
                    default:
                        break;
                }
            }
            const needsNode = (0,yaml_document/* deref */.LA)(needsPair?.value);
            const needs = (0,dist/* isScalar */.jn)(needsNode)
                ? [needsNode]
                : (0,dist/* isSeq */.oP)(needsNode)
                    ? needsNode.items.filter(dist/* isScalar */.jn)
                    : [];
            const uses = (0,yaml_document/* deref */.LA)(usesPair?.value);
            const job = { id, key: pair.key, path };
            if (node)
                job.node = node;
            job.needs = needs;
            job.steps = collectSteps(stepsPair?.value, [...path, 'steps']);
            if ((0,dist/* isScalar */.jn)(uses))
                job.uses = uses;
            job.outputs = new Set(entries(outputsPair?.value).map((output) => String(output.key.value)));
            const shell = facts_stringOf(facts_valueOf(facts_valueOf(defaultsPair?.value, 'run'), 'shell'));
            if (shell !== undefined)
                job.defaultShell = shell;
            const strategy = (0,yaml_document/* deref */.LA)(strategyPair?.value);
            const matrix = facts_valueOf(strategy, 'matrix');
            if (strategy !== undefined && strategy !== null && !(0,dist/* isMap */.jh)(strategy)) {
                // `strategy: ${{ fromJSON(…) }}`: the matrix is only known at run time.
                job.matrix = { keys: new Set(), dynamic: true };
            }
            else if (matrix !== undefined) {
                const keys = new Set();
                let dynamic = !(0,dist/* isMap */.jh)(matrix);
                for (const entry of entries(matrix)) {
                    const name = String(entry.key.value);
                    if (name === 'include' || name === 'exclude') {
                        if ((0,dist/* isSeq */.oP)(entry.value)) {
                            for (const item of entry.value.items) {
                                if ((0,dist/* isMap */.jh)(item)) {
                                    if (name === 'include')
                                        for (const inner of entries(item))
                                            keys.add(String(inner.key.value));
                                }
                                else
                                    dynamic = true;
                            }
                        }
                        else
                            dynamic = true;
                    }
                    else
                        keys.add(name);
                }
                job.matrix = { keys, dynamic };
            }
            facts.jobs.push(job);
            facts.jobsById.set(id, job);
        }
    }
    else if (facts.kind === 'action') {
        const runs = facts_valueOf(root, 'runs');
        const steps = collectSteps(facts_valueOf(runs, 'steps'), ['runs', 'steps']);
        if (steps.length > 0) {
            const job = { id: '', key: new dist/* Scalar */.X5(''), path: ['runs'], needs: [], steps, outputs: new Set() };
            facts.jobs.push(job);
        }
    }
    return facts;
}
/** The step-level shell: the step's `shell`, else job and workflow `defaults.run.shell`. */
function effectiveShell(facts, job, step) {
    return step.shell ?? job.defaultShell ?? facts.defaultShell;
}
/** True when a job may run on Windows (its runs-on mentions windows or comes from an expression). */
function mayRunOnWindows(job) {
    const runsOn = facts_valueOf(job.node, 'runs-on');
    if (runsOn === undefined || runsOn === null)
        return false;
    const text = JSON.stringify((0,dist/* isScalar */.jn)(runsOn) || (0,dist/* isSeq */.oP)(runsOn) || (0,dist/* isMap */.jh)(runsOn) ? runsOn.toJSON() : null);
    return /windows|\$\{\{/i.test(text);
}

;// CONCATENATED MODULE: ./src/rules/github-actions/support/known-action.ts

/** By `uses:` value, across files: the same few actions are used everywhere. */
const byValue = new Map();
function namedBy(value) {
    let named = byValue.get(value);
    if (named === undefined) {
        const parsed = parseUses(value);
        const meta = parsed && ACTIONS[parsed.action];
        named =
            parsed && meta ? { action: parsed.action, meta, ref: parsed.ref, major: parsed.major, known: undefined } : null;
        if (named?.major && named.major in named.meta.majors)
            named.known = { action: named.action, meta: named.meta, major: named.major };
        if (byValue.size > 20_000)
            byValue.clear();
        byValue.set(value, named);
    }
    return named;
}
/** The snapshot entry and major of a step's `uses`, when the snapshot knows both. */
function knownUse(facts, uses) {
    if (!uses || typeof uses.value !== 'string')
        return undefined;
    const named = namedBy(uses.value);
    if (!named)
        return undefined;
    if (named.major)
        return named.known;
    // A SHA pin: the major comes from the version comment on its line.
    let major;
    if (/^[0-9a-f]{40}$/i.test(named.ref) && uses.range) {
        const line = facts.file.lineText(facts.file.position(uses.range[0]).line);
        const comment = /#\s*(?:tag[=:]\s*)?v?(\d+)(?:\.\d+){0,2}\b/.exec(line.slice(line.indexOf('#')));
        if (line.includes('#') && comment)
            major = `v${comment[1]}`;
    }
    if (!major || !(major in named.meta.majors))
        return undefined;
    return { action: named.action, meta: named.meta, major };
}

;// CONCATENATED MODULE: ./src/rules/github-actions/support/text.ts
/** Edit distance (Levenshtein), for "did you mean" hints. */
function distance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
/** The closest candidate within 2 edits (or a case/underscore variant), as a " Did you mean …?" hint. */
function didYouMean(word, candidates) {
    const lower = word.toLowerCase().replace(/_/g, '-');
    let best;
    let bestDistance = 3;
    for (const candidate of candidates) {
        const d = distance(lower, candidate.toLowerCase().replace(/_/g, '-'));
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best ? ` Did you mean "${best}"?` : '';
}

;// CONCATENATED MODULE: ./src/rules/github-actions/action-inputs.ts





const indexes = new Map();
/** Input names of a snapshot entry, a lower-case index of them and the required ones, built once per action. */
function inputIndex(action, inputs) {
    let index = indexes.get(action);
    if (!index) {
        const names = Object.keys(inputs);
        index = {
            names,
            byLower: new Map(names.map((name) => [name.toLowerCase(), name])),
            required: names.filter((name) => inputs[name].required),
        };
        indexes.set(action, index);
    }
    return index;
}
/* harmony default export */ const action_inputs = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/action-inputs',
        domain: 'github-actions',
        description: 'Inputs given to well-known actions must exist, required ones must be given, deprecated ones avoided (bundled action snapshot).',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            unknown: '{{action}}@{{major}} has no input "{{input}}".{{hint}}',
            missing: '{{action}}@{{major}} requires the input "{{input}}".',
            deprecated: 'Input "{{input}}" of {{action}} is deprecated: {{reason}}.',
        },
        equivalents: { actionlint: ['action'] },
    },
    create(context) {
        return {
            exit() {
                const facts = factsOf(context.file);
                for (const job of facts.jobs) {
                    for (const step of job.steps) {
                        const known = knownUse(facts, step.uses);
                        if (!known)
                            continue;
                        const { action, meta, major } = known;
                        if (!meta.inputsFrom || majorNumber(major) < majorNumber(meta.inputsFrom))
                            continue;
                        const { names: inputs, byLower: lowerInputs, required } = inputIndex(action, meta.inputs);
                        if (required.length > 0) {
                            const given = new Set();
                            for (const name of step.with.keys())
                                given.add(name.toLowerCase());
                            for (const name of required) {
                                if (!given.has(name.toLowerCase())) {
                                    context.report({
                                        at: at(facts, step.uses, [...step.path, 'uses']),
                                        messageId: 'missing',
                                        data: { action, major, input: name },
                                    });
                                }
                            }
                        }
                        for (const [name, pair] of step.with) {
                            const canonical = lowerInputs.get(name.toLowerCase());
                            if (!canonical) {
                                if (meta.inputsComplete)
                                    context.report({
                                        at: at(facts, pair.key, [...step.path, 'with', name]),
                                        messageId: 'unknown',
                                        data: { action, major, input: name, hint: didYouMean(name, inputs) },
                                    });
                            }
                            else if (meta.inputs[canonical].deprecated) {
                                context.report({
                                    at: at(facts, pair.key, [...step.path, 'with', name]),
                                    messageId: 'deprecated',
                                    data: { input: name, action, reason: meta.inputs[canonical].deprecated },
                                    severity: 'warning',
                                });
                            }
                        }
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/adhoc-packages.ts

/**
 * `gem install NAME`, `npm install NAME` (and `npm i`/`npm add`), `yarn add`, `pnpm add`: a package named on the
 * command line, outside the project's lock file. The command must start a line or follow `;`, `&&`, `||` or `|` so
 * that `echo "npm install x"` and `bundle install` are not read as installs.
 */
const INSTALL = /(?:^|[;&|(]\s*|\bsudo\s+)(gem\s+(?:install|i)|npm\s+(?:install|i|add)|yarn(?:\s+global)?\s+add|pnpm\s+(?:add|install\s+-g))((?:[ \t]+[^\s;&|#]+)+)/gm;
/** The words after the command that name packages (flags and their values left out). */
function packagesOf(args) {
    const words = args.trim().split(/\s+/);
    const out = [];
    for (let i = 0; i < words.length; i++) {
        const word = words[i];
        if (word.startsWith('-')) {
            // Flags that take a value in the next word.
            if (/^(?:-v|--version|--registry|--prefix|-i|--install-dir|--source)$/.test(word))
                i++;
            continue;
        }
        // Paths and archives are the project's own files, not packages from a registry.
        if (/^[./~]/.test(word) || /\.(?:tgz|gem)$/.test(word) || word.includes('${{') || word.startsWith('$'))
            continue;
        out.push(word);
    }
    return out;
}
/* harmony default export */ const adhoc_packages = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/adhoc-packages',
        domain: 'github-actions',
        description: 'Packages installed by name in a `run:` script (`npm install x`, `gem install x`) skip the lock file: nothing checks what is downloaded.',
        category: 'security',
        defaultSeverity: 'note',
        recommended: false,
        messages: {
            adhoc: '`{{command}}` installs {{packages}} by name, outside the lock file: no checksum pins what is downloaded, and the version floats. Add it to the project (package.json / Gemfile) and install from the lock file (`npm ci`, `bundle install`).',
        },
        equivalents: { zizmor: ['adhoc-packages'] },
    },
    create(context) {
        return {
            step(step) {
                const run = step.run;
                if (!run || typeof run.value !== 'string')
                    return;
                const script = run.value;
                if (!/\b(?:gem|npm|yarn|pnpm)\b/.test(script))
                    return;
                // An expression is one word however it is spaced (`${{ matrix.package }}`), and names no package statically.
                const text = script.replace(/\$\{\{[^}]*\}\}/g, (expression) => expression.replace(/\s/g, '_'));
                for (const match of text.matchAll(INSTALL)) {
                    const packages = packagesOf(match[2]);
                    if (packages.length === 0)
                        continue;
                    const start = match.index + match[0].length - match[2].length - match[1].length;
                    context.report({
                        at: (step.workflow ?? step.action).context.atValue(run, start, start + match[1].length),
                        messageId: 'adhoc',
                        data: {
                            command: match[1].replace(/\s+/g, ' '),
                            packages: packages.map((name) => `\`${name}\``).join(', '),
                        },
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/data/github-actions/archived.ts
/**
 * Repositories of actions that their owners archived, with what to use instead; offline, checked 2026-11 against
 * each repository's page (archived banner) and its README's pointer. Keys are `owner/repo` lower-cased.
 */
const ARCHIVED_ACTIONS = new Map([
    ['actions/setup-ruby', 'Use ruby/setup-ruby.'],
    ['actions/setup-elixir', 'Use erlef/setup-beam.'],
    ['actions/setup-haskell', 'Use haskell-actions/setup.'],
    ['actions/create-release', 'Use `gh release create` or softprops/action-gh-release.'],
    ['actions/upload-release-asset', 'Use `gh release upload` or softprops/action-gh-release.'],
    ['actions-rs/toolchain', 'Use dtolnay/rust-toolchain or `rustup` in a run step.'],
    ['actions-rs/cargo', 'Run `cargo` in a run step.'],
    ['actions-rs/clippy-check', 'Run `cargo clippy` in a run step.'],
    ['actions-rs/audit-check', 'Use rustsec/audit-check.'],
    ['actions-rs/tarpaulin', 'Run `cargo tarpaulin` in a run step.'],
    ['actions-rs/grcov', 'Run `grcov` in a run step.'],
    ['actions-rs/install', 'Use taiki-e/install-action.'],
]);

;// CONCATENATED MODULE: ./src/rules/github-actions/archived-uses.ts


function archived(uses) {
    if (uses?.kind !== 'repository' || !uses.slug)
        return undefined;
    const instead = ARCHIVED_ACTIONS.get(uses.slug);
    return instead === undefined ? undefined : { repository: `${uses.owner}/${uses.repo}`, instead };
}
/* harmony default export */ const archived_uses = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/archived-uses',
        domain: 'github-actions',
        description: 'Actions and reusable workflows must not come from archived repositories: they get no fixes, security ones included.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 4.0,
        messages: {
            archived: '{{repository}} is archived: it gets no fixes, security ones included. {{instead}}',
        },
        equivalents: { zizmor: ['archived-uses'], pipefort: ['cicd-sec-3-archived-action'] },
    },
    create(context) {
        const check = (uses) => {
            const found = archived(uses);
            if (found)
                context.report({ at: uses, messageId: 'archived', data: found });
        };
        return {
            job(job) {
                check(job.uses);
            },
            step(step) {
                check(step.uses);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/support/security.ts

/**
 * Shared knowledge of the security rules: which triggers outsiders control, which values they write, which actions
 * run code or touch caches. Everything is precompiled at module load; rules only look things up.
 */
/** Triggers that run with the base repository's secrets and a write token while reading data a fork controls. */
const PRIVILEGED_TRIGGERS = new Set(['pull_request_target', 'workflow_run']);
/** Triggers anyone (a fork's pull request, an issue or comment author) can fire in a public repository. */
const OUTSIDER_TRIGGERS = new Set([
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment',
    'issue_comment',
    'issues',
    'discussion',
    'discussion_comment',
    'workflow_run',
]);
function eventsOf(model) {
    if (model.kind !== 'workflow' || !model.on)
        return new Set();
    return new Set(model.on.events.keys());
}
function privilegedEvents(workflow) {
    return [...eventsOf(workflow)].filter((event) => PRIVILEGED_TRIGGERS.has(event));
}
/** `owner/repo` (lower-cased) of a step's repository action, with the sub-path when there is one. */
function actionOf(step) {
    const uses = step.uses;
    if (uses?.kind !== 'repository' || !uses.slug)
        return undefined;
    return uses.subPath ? `${uses.slug}/${uses.subPath.toLowerCase()}` : uses.slug;
}
/** A `with:` value as a string (numbers and booleans as YAML wrote them); undefined when absent. */
function withValue(step, name) {
    const value = step.with?.get(name)?.value;
    return value === undefined || value === null ? undefined : String(value);
}
/**
 * Values written by whoever opens a pull request, issue, comment or review, or pushes a commit or branch: fields of
 * `github` that reach a workflow unfiltered. `*` matches any index. Bounded-character fields (logins, numbers, SHAs)
 * are left out on purpose.
 */
const ATTACKER_FIELDS = [
    'head_ref',
    'event.issue.title',
    'event.issue.body',
    'event.pull_request.title',
    'event.pull_request.body',
    'event.pull_request.head.ref',
    'event.pull_request.head.label',
    'event.pull_request.head.repo.default_branch',
    'event.pull_request.head.repo.description',
    'event.comment.body',
    'event.review.body',
    'event.review_comment.body',
    'event.discussion.title',
    'event.discussion.body',
    'event.pages.*.page_name',
    'event.commits.*.message',
    'event.commits.*.author.email',
    'event.commits.*.author.name',
    'event.commits.*.committer.email',
    'event.commits.*.committer.name',
    'event.head_commit.message',
    'event.head_commit.author.email',
    'event.head_commit.author.name',
    'event.head_commit.committer.email',
    'event.head_commit.committer.name',
    'event.workflow_run.head_branch',
    'event.workflow_run.display_title',
    'event.workflow_run.head_commit.message',
    'event.workflow_run.head_commit.author.email',
    'event.workflow_run.head_commit.author.name',
    'event.workflow_run.head_commit.committer.email',
    'event.workflow_run.head_commit.committer.name',
    'event.workflow_run.pull_requests.*.head.ref',
    'event.workflow_run.head_repository.description',
    'event.check_suite.head_branch',
    'event.check_run.check_suite.head_branch',
].map((field) => field.split('.'));
function segmentsOf(access) {
    return access.path.map((segment) => ('name' in segment ? segment.name.toLowerCase() : '*'));
}
/** True when a `github.…` access reads a value outsiders write. */
function isAttackerControlled(access) {
    if (access.context !== 'github')
        return false;
    const path = segmentsOf(access);
    return ATTACKER_FIELDS.some((field) => field.length === path.length && field.every((name, i) => name === '*' || path[i] === '*' || name === path[i]));
}
/**
 * Events whose payload carries each attacker-controlled field; a workflow none of whose triggers sends the payload
 * reads an empty value. `workflow_call` inherits its caller's event, so it may carry any of them.
 */
const CARRIERS = [
    ['head_ref', ['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']],
    ['event.issue', ['issues', 'issue_comment']],
    ['event.pull_request', ['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']],
    ['event.comment', ['issue_comment', 'pull_request_review_comment', 'commit_comment', 'discussion_comment']],
    ['event.review', ['pull_request_review']],
    ['event.review_comment', ['pull_request_review_comment']],
    ['event.discussion', ['discussion', 'discussion_comment']],
    ['event.pages', ['gollum']],
    ['event.commits', ['push']],
    ['event.head_commit', ['push']],
    ['event.workflow_run', ['workflow_run']],
    ['event.check_suite', ['check_suite']],
    ['event.check_run', ['check_run']],
];
/** False when the workflow's triggers all leave the field empty (no trigger sends the payload it comes from). */
function canCarry(workflow, source) {
    if (!workflow?.on)
        return true;
    const events = workflow.on.events;
    if (events.has('workflow_call'))
        return true;
    const field = source
        .replace(/^github\./i, '')
        .replace(/\[[^\]]*\]/g, '.*')
        .toLowerCase();
    const carrier = CARRIERS.find(([prefix]) => field === prefix || field.startsWith(`${prefix}.`));
    return !carrier || carrier[1].some((event) => events.has(event));
}
/** Functions whose result carries their arguments' text (the others return booleans, numbers or hashes). */
const PASS_THROUGH = new Set(['format', 'join', 'tojson', 'fromjson']);
const flowing = new WeakMap();
/**
 * The access chains whose *value* ends up in the expression's result (not ones only compared or tested). Worked out
 * once per AST (parses are shared between equal bodies); the list must not be changed.
 */
function flowingAccesses(root) {
    let found = flowing.get(root);
    if (!found) {
        found = findFlowingAccesses(root);
        flowing.set(root, found);
    }
    return found;
}
function findFlowingAccesses(root) {
    const chains = [];
    const walk = (node) => {
        switch (node.kind) {
            case 'context':
            case 'property':
            case 'index':
            case 'star':
                chains.push(node);
                return;
            case 'call': {
                const name = node.name.toLowerCase();
                if (PASS_THROUGH.has(name))
                    for (const arg of node.args)
                        walk(arg);
                else if (name === 'case')
                    node.args.forEach((arg, i) => {
                        if (i % 2 === 1 || i === node.args.length - 1)
                            walk(arg);
                    });
                return;
            }
            case 'binary':
                if (node.op === '&&' || node.op === '||') {
                    walk(node.left);
                    walk(node.right);
                }
                return;
            default:
                return;
        }
    };
    walk(root);
    const out = [];
    for (const chain of chains)
        for (const access of contextAccesses(chain))
            if (access.node === chain)
                out.push(access);
    return out;
}
/** The `env:` value a step sees for a variable: the step's, else its job's, else the workflow's. */
function envValue(step, job, workflow, name) {
    const scopes = [step?.env, job?.env, workflow?.env];
    for (const scope of scopes) {
        const value = scope?.get(name);
        if (value)
            return value;
    }
    return undefined;
}
/** Attacker-controlled values flowing out of an expression, directly or through an `env.X` set from one. */
function taintsOf(expression) {
    const ast = expression.ast;
    if (!ast)
        return [];
    const out = [];
    for (const access of flowingAccesses(ast)) {
        if (isAttackerControlled(access)) {
            out.push({ access, source: expression.body.slice(access.start, access.end), via: undefined });
            continue;
        }
        const first = access.path[0];
        if (access.context === 'env' && first && 'name' in first && access.path.length === 1) {
            const value = envValue(expression.step, expression.job, expression.workflow, first.name);
            for (const inner of value?.expressions ?? []) {
                if (!inner.ast)
                    continue;
                const direct = flowingAccesses(inner.ast).find(isAttackerControlled);
                if (direct) {
                    out.push({ access, source: inner.body.slice(direct.start, direct.end), via: first.name });
                    break;
                }
            }
        }
    }
    return out;
}
/** Inputs of well-known actions that run their value as code. */
const CODE_INPUTS = new Map([
    ['actions/github-script', new Set(['script'])],
    ['azure/cli', new Set(['inlinescript'])],
    ['azure/powershell', new Set(['inlinescript'])],
    ['mikefarah/yq', new Set(['cmd'])],
    ['addnab/docker-run-action', new Set(['run'])],
    ['appleboy/ssh-action', new Set(['script'])],
]);
/** True when the expression sits where its text becomes code: a `run:` script or a code input of a known action. */
function isCodeSink(expression) {
    if (expression.owner !== 'step')
        return false;
    if (expression.place === 'run')
        return true;
    if (expression.place === 'with' && expression.entry && expression.step) {
        const action = actionOf(expression.step);
        return action !== undefined && CODE_INPUTS.get(action)?.has(expression.entry.toLowerCase()) === true;
    }
    return false;
}
function isFirstPartyOwner(owner) {
    const lower = owner?.toLowerCase();
    return lower === 'actions' || lower === 'github';
}
/** Actions that publish what the job built. */
const PUBLISHERS = new Set([
    'pypa/gh-action-pypi-publish',
    'softprops/action-gh-release',
    'ncipollo/release-action',
    'goreleaser/goreleaser-action',
    'actions/create-release',
    'rubygems/release-gem',
    'js-devtools/npm-publish',
    'svenstaro/upload-release-action',
]);
const PUBLISH_COMMAND = /\b(?:npm|pnpm|yarn)\s+publish\b|\bcargo\s+publish\b|\btwine\s+upload\b|\bgem\s+push\b|\bdocker\s+push\b|\bgoreleaser\s+release\b|\bpoetry\s+publish\b|\bdotnet\s+nuget\s+push\b|\bgh\s+release\s+(?:create|upload)\b/;
const TRUE_VALUE = /^(?:true|yes|on|1)$/i;
/** True when a job publishes what it built (release actions, `npm publish`, `docker push`, …). */
function publishes(job) {
    return job.steps.some((step) => {
        const action = actionOf(step);
        if (action && PUBLISHERS.has(action))
            return true;
        if (action === 'docker/build-push-action')
            return TRUE_VALUE.test(withValue(step, 'push') ?? '');
        return step.run !== undefined && PUBLISH_COMMAND.test(step.run.value);
    });
}
/** Triggered only by releases or tag pushes (what it builds is what users get): how, for messages; else undefined. */
function releaseTrigger(workflow) {
    const on = workflow.on;
    if (!on)
        return undefined;
    if (on.has('release'))
        return '`release`';
    const push = on.get('push');
    if (push?.filters.has('tags') && !push.filters.has('branches') && !push.filters.has('branches-ignore'))
        return 'tag pushes';
    return undefined;
}

;// CONCATENATED MODULE: ./src/rules/github-actions/artipacked.ts


const GIT_PUSH = /\bgit\s+push\b/;
function check(context, steps) {
    const uploads = steps.some((step) => actionOf(step) === 'actions/upload-artifact');
    // A job that pushes needs the stored credentials; only an upload makes that a leak worth reporting.
    const pushes = steps.some((step) => step.run !== undefined && GIT_PUSH.test(step.run.value));
    for (const step of steps) {
        if (actionOf(step) !== 'actions/checkout')
            continue;
        if (withValue(step, 'persist-credentials') === 'false')
            continue;
        if (pushes && !uploads)
            continue;
        context.report({ at: step.uses, messageId: uploads ? 'uploaded' : 'persisted' });
    }
}
/* harmony default export */ const artipacked = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/artipacked',
        domain: 'github-actions',
        description: '`actions/checkout` should set `persist-credentials: false`, so the token is not left in `.git/config` for later steps and uploaded artifacts.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 5.5,
        messages: {
            persisted: '`actions/checkout` stores the job token in `.git/config`, where every later step (and any artifact of the workspace) can read it: set `persist-credentials: false`.',
            uploaded: '`actions/checkout` stores the job token in `.git/config` and this job uploads an artifact of the workspace: set `persist-credentials: false`.',
        },
        equivalents: { zizmor: ['artipacked'], pipefort: ['cicd-sec-1-checkout-persist-credentials'] },
    },
    create(context) {
        return {
            job(job) {
                check(context, job.steps);
            },
            action(action) {
                check(context, action.steps);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/support/each.ts
/**
 * Every expression of the model, in the order the domain's walk emits them (the file's own, then each job's and
 * its steps'). A rule that only reads expressions loops here from its `exit` hook: one call instead of one
 * dispatch per expression.
 */
function forEachExpression(model, visit) {
    for (const expression of model.expressions)
        visit(expression);
    if (model.kind === 'workflow') {
        for (const job of model.jobs) {
            for (const expression of job.expressions)
                visit(expression);
            for (const step of job.steps)
                for (const expression of step.expressions)
                    visit(expression);
        }
    }
    else {
        for (const step of model.steps)
            for (const expression of step.expressions)
                visit(expression);
    }
}
/** Each job and step of the model in the walk's order (a job, then its steps); an action has steps only. */
function forEachJobAndStep(model, onJob, onStep) {
    if (model.kind === 'workflow') {
        for (const job of model.jobs) {
            onJob(job);
            for (const step of job.steps)
                onStep(step);
        }
    }
    else {
        for (const step of model.steps)
            onStep(step);
    }
}

;// CONCATENATED MODULE: ./src/rules/github-actions/bot-conditions.ts




const SPOOFABLE = new Set(['actor', 'triggering_actor']);
const MENTIONS_ACTOR = /actor/i;
function actorField(node) {
    if (node.kind === 'property' &&
        node.object.kind === 'context' &&
        node.object.name.toLowerCase() === 'github' &&
        SPOOFABLE.has(node.name.toLowerCase())) {
        return `github.${node.name}`;
    }
    if (node.kind === 'index' &&
        node.object.kind === 'context' &&
        node.object.name.toLowerCase() === 'github' &&
        node.index.kind === 'literal' &&
        SPOOFABLE.has(String(node.index.value).toLowerCase())) {
        return `github.${String(node.index.value)}`;
    }
    return undefined;
}
const isBotLiteral = (node) => node.kind === 'literal' && node.type === 'string' && /\[bot\]$/i.test(String(node.value));
function checkExpression(context, expression) {
    // Both fields name an actor: a condition without the word cannot read one.
    if (expression.place !== 'if' || !expression.ast || !MENTIONS_ACTOR.test(expression.body))
        return;
    const workflow = expression.workflow;
    visit(expression.ast, (node) => {
        let field;
        if (node.kind === 'binary' && node.op === '==') {
            field =
                (isBotLiteral(node.right) && actorField(node.left)) ||
                    (isBotLiteral(node.left) && actorField(node.right)) ||
                    undefined;
        }
        else if (node.kind === 'call' &&
            /^(?:contains|endswith|startswith)$/i.test(node.name) &&
            node.args.length === 2) {
            field =
                isBotLiteral(node.args[1]) || (node.args[1].kind === 'literal' && /bot/i.test(String(node.args[1].value)))
                    ? actorField(node.args[0])
                    : undefined;
        }
        if (!field)
            return;
        const privileged = workflow?.on !== undefined && [...workflow.on.events.keys()].some((event) => PRIVILEGED_TRIGGERS.has(event));
        context.report({
            at: expression.atBody(node.start, node.end),
            messageId: 'spoofable',
            data: { field },
            severity: privileged ? 'error' : undefined,
        });
    });
}
/* harmony default export */ const bot_conditions = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/bot-conditions',
        domain: 'github-actions',
        description: "`github.actor == 'dependabot[bot]'` does not prove a bot wrote the code: the actor is whoever caused the latest event, which an outsider can arrange.",
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 7.0,
        messages: {
            spoofable: '`{{field}}` names whoever caused the latest event, not the author of the code: an outsider can make a bot the actor of a run on their changes. Check `github.event.pull_request.user.login` instead.',
        },
        equivalents: { zizmor: ['bot-conditions'], pipefort: ['cicd-sec-1-spoofable-actor-condition'] },
    },
    create(context) {
        return {
            exit(model) {
                forEachExpression(model, (expression) => checkExpression(context, expression));
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/cache-poisoning.ts


const TRUE = /^(?:true|yes|on|1)$/i;
const FALSE = /^(?:false|no|off|0)$/i;
/**
 * A cache switch of an action's inputs: `on` when set to a true-ish value (or unset and `defaultOn`), `expression`
 * when a `${{ }}` decides at run time (so it may be on in the release), else undefined.
 */
function toggle(step, name, defaultOn) {
    const value = withValue(step, name);
    if (value === undefined)
        return defaultOn ? 'on' : undefined;
    if (value.includes('${{'))
        return 'expression';
    if (TRUE.test(value.trim()))
        return 'on';
    return defaultOn && !FALSE.test(value.trim()) ? 'on' : undefined;
}
/** `with \`name: …\`` for messages: what turned the cache on. */
function by(action, name, state, defaultText) {
    if (state === undefined)
        return undefined;
    if (state === 'expression')
        return `\`${action}\` with \`${name}\` set by an expression (it may be on in this run)`;
    return defaultText;
}
/** Why a step restores a cache, or undefined when it does not. */
function cacheOf(step, packageManager) {
    const action = actionOf(step);
    if (!action)
        return undefined;
    switch (action) {
        case 'actions/setup-node': {
            const cache = withValue(step, 'cache');
            if (cache)
                return `\`${action}\` with \`cache: ${cache}\``;
            const explicit = withValue(step, 'package-manager-cache');
            if (explicit !== undefined && (explicit.includes('${{') || TRUE.test(explicit.trim()))) {
                return by(action, 'package-manager-cache', toggle(step, 'package-manager-cache', false), `\`${action}\` with \`package-manager-cache: true\``);
            }
            // v5+ caches on its own when package.json names a package manager, unless told not to.
            const major = /^v?(\d+)/.exec(step.uses?.commentVersion ?? step.uses?.ref ?? '')?.[1];
            if (major === undefined || Number(major) < 5 || withValue(step, 'package-manager-cache') === 'false')
                return undefined;
            return packageManager()
                ? `\`${action}\` (v5+ caches automatically for the \`packageManager\` in package.json; set \`package-manager-cache: false\`)`
                : undefined;
        }
        case 'actions/cache':
        case 'actions/cache/restore':
            return `\`${action}\``;
        case 'actions/setup-python':
        case 'actions/setup-java': {
            const cache = withValue(step, 'cache');
            if (cache?.includes('${{'))
                return by(action, 'cache', 'expression', '');
            return cache && cache !== 'false' ? `\`${action}\` with \`cache: ${cache}\`` : undefined;
        }
        case 'actions/setup-dotnet':
            return TRUE.test(withValue(step, 'cache') ?? '') ? `\`${action}\` with \`cache: true\`` : undefined;
        case 'actions/setup-go': {
            const cache = withValue(step, 'cache');
            if (cache !== undefined)
                return TRUE.test(cache) ? `\`${action}\` with \`cache: true\`` : undefined;
            // Caching is on by default since v4.
            const major = /^v?(\d+)/.exec(step.uses?.commentVersion ?? step.uses?.ref ?? '')?.[1];
            return major === undefined || Number(major) >= 4 ? `\`${action}\` (caches by default since v4)` : undefined;
        }
        case 'ruby/setup-ruby':
            return TRUE.test(withValue(step, 'bundler-cache') ?? '')
                ? '`ruby/setup-ruby` with `bundler-cache: true`'
                : undefined;
        case 'astral-sh/setup-uv':
            return TRUE.test(withValue(step, 'enable-cache') ?? '')
                ? '`astral-sh/setup-uv` with `enable-cache: true`'
                : undefined;
        case 'swatinem/rust-cache':
            // `lookup-only` checks for an entry without restoring it.
            return TRUE.test(withValue(step, 'lookup-only') ?? '') ? undefined : '`Swatinem/rust-cache`';
        case 'pyo3/maturin-action':
            return by('PyO3/maturin-action', 'sccache', toggle(step, 'sccache', false), '`PyO3/maturin-action` with `sccache` on');
        case 'ramsey/composer-install':
            // Caches the Composer downloads unless `ignore-cache` is set.
            return withValue(step, 'ignore-cache')?.includes('${{')
                ? by(action, 'ignore-cache', 'expression', '')
                : TRUE.test(withValue(step, 'ignore-cache') ?? '')
                    ? undefined
                    : '`ramsey/composer-install` (caches unless `ignore-cache: true`)';
        case 'docker/setup-buildx-action':
            // Caches the Buildx binary it downloads when a `version` is asked for (`cache-binary` is on by default).
            return withValue(step, 'version') === undefined
                ? undefined
                : by(action, 'cache-binary', toggle(step, 'cache-binary', true), '`docker/setup-buildx-action` with `version` (caches the downloaded binary unless `cache-binary: false`)');
        default:
            return undefined;
    }
}
/* harmony default export */ const cache_poisoning = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/cache-poisoning',
        domain: 'github-actions',
        description: 'Release and publish jobs must not restore caches: any workflow run on the default branch can write a cache entry the release then trusts.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 7.0,
        messages: {
            release: '{{cache}} restores a cache in a workflow triggered by {{trigger}}: a poisoned entry written by any other run would ship in the release. Build releases without caches.',
            publish: '{{cache}} restores a cache in a job that publishes: a poisoned entry written by any other run would be published. Build published artifacts without caches.',
        },
        equivalents: { zizmor: ['cache-poisoning'], pipefort: ['cicd-sec-4-cache-poisoning-release'] },
    },
    create(context) {
        let hasPackageManager;
        const packageManager = () => {
            if (hasPackageManager !== undefined)
                return hasPackageManager;
            try {
                const json = JSON.parse(context.readFile('package.json') ?? '{}');
                hasPackageManager = json.packageManager !== undefined || json.devEngines?.packageManager !== undefined;
            }
            catch {
                hasPackageManager = false;
            }
            return hasPackageManager;
        };
        return {
            workflow(workflow) {
                const trigger = releaseTrigger(workflow);
                for (const job of workflow.jobs) {
                    const publishing = trigger === undefined && publishes(job);
                    if (trigger === undefined && !publishing)
                        continue;
                    for (const step of job.steps) {
                        const cache = cacheOf(step, packageManager);
                        if (!cache)
                            continue;
                        context.report({
                            at: step.uses,
                            messageId: trigger ? 'release' : 'publish',
                            data: { cache, trigger: trigger ?? '' },
                        });
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/context-availability.ts



/** Where an access's context name is, made only for a report. */
function contextAt(facts, site, access) {
    return atOffsets(facts, site.bodyStart + access.start, site.bodyStart + access.start + access.context.length, site.path);
}
const SPECIAL = new Set(['always', 'cancelled', 'success', 'failure', 'hashfiles']);
/* harmony default export */ const context_availability = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/context-availability',
        domain: 'github-actions',
        description: 'Contexts and special functions must be available where they are used (e.g. no `secrets` in `runs-on`).',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            context: 'The `{{name}}` context is not available in `{{key}}`; available there: {{available}}.',
            actionContext: 'The `{{name}}` context is not available in an action; available: {{available}}.',
            unknownContext: 'Unknown context `{{name}}`: contexts are {{known}}.',
            function: '`{{name}}()` is not available in `{{key}}`.',
        },
        equivalents: { actionlint: ['expression'] },
    },
    create(context) {
        return {
            exit() {
                const facts = factsOf(context.file);
                if (facts.kind === 'unknown')
                    return;
                for (const site of facts.expressions) {
                    if (!site.ast)
                        continue;
                    const row = facts.kind === 'workflow' ? workflowAvailability(site.path) : undefined;
                    for (const access of accessesOf(site.ast)) {
                        const name = access.context;
                        if (!ALL_CONTEXTS.has(name)) {
                            context.report({
                                at: contextAt(facts, site, access),
                                messageId: 'unknownContext',
                                data: { name, known: [...ALL_CONTEXTS].join(', ') },
                            });
                        }
                        else if (facts.kind === 'action') {
                            if (!ACTION_CONTEXTS.has(name))
                                context.report({
                                    at: contextAt(facts, site, access),
                                    messageId: 'actionContext',
                                    data: { name, available: [...ACTION_CONTEXTS].join(', ') },
                                });
                        }
                        else if (row && !row.contexts.has(name)) {
                            context.report({
                                at: contextAt(facts, site, access),
                                messageId: 'context',
                                data: { name, key: row.key, available: [...row.contexts].join(', ') || 'none' },
                            });
                        }
                    }
                    if (!row)
                        continue;
                    visit(site.ast, (node) => {
                        if (node.kind !== 'call')
                            return;
                        const lower = node.name.toLowerCase();
                        if (!SPECIAL.has(lower) || row.functions.has(lower))
                            return;
                        const spec = FUNCTIONS.get(lower);
                        context.report({
                            at: atOffsets(facts, site.bodyStart + node.start, site.bodyStart + node.nameEnd, site.path),
                            messageId: 'function',
                            data: { name: spec.name, key: row.key },
                        });
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/dangerous-triggers.ts


/** A `ref:`/`repository:` naming the pull request's head (or the triggering run's head) instead of the base. */
const UNTRUSTED_REF = /pull_request\.head\.(?:sha|ref)|\bhead_ref\b|workflow_run\.head_(?:sha|branch)|refs\/pull\/|pull_request\.number|event\.number|head\.repo\.full_name|head_repository\.full_name/;
/** Shell commands that fetch or check out the pull request's code. */
const UNTRUSTED_FETCH = /\bgh\s+pr\s+checkout\b|\bgit\s+(?:fetch|checkout|switch|pull)\b[^\n]*(?:pull\/|pull_request\.head|head_ref|head_sha|head_branch|refs\/pull)/;
const DOWNLOADS = new Set(['actions/download-artifact', 'dawidd6/action-download-artifact']);
const RUN_DOWNLOAD = /\bgh\s+run\s+download\b/;
const CACHES = new Set(['actions/cache', 'actions/cache/restore']);
/** Commands that execute files of the workspace, which an unpacked artifact may have replaced. */
const RUNS_WORKSPACE = /(?:^|[\s;&|(])(?:\.\/|bash\s+\S|sh\s+\S|source\s|\.\s+\S|npm\s|npx\s|yarn\b|pnpm\b|make\b|python3?\s|node\s|go\s+(?:run|test|build)|cargo\s|gradle|\.\/gradlew|mvn\s|pip\s+install\s+(?:-e\s+)?\.)/m;
function executesWorkspace(step) {
    if (step.uses?.kind === 'local')
        return true;
    return step.run !== undefined && RUNS_WORKSPACE.test(step.run.value);
}
function checksOutUntrusted(step) {
    if (actionOf(step) === 'actions/checkout') {
        return UNTRUSTED_REF.test(withValue(step, 'ref') ?? '') || UNTRUSTED_REF.test(withValue(step, 'repository') ?? '');
    }
    return step.run !== undefined && UNTRUSTED_FETCH.test(step.run.value);
}
function checkJob(context, job, trigger, workflowRun) {
    let untrusted = false;
    for (const [index, step] of job.steps.entries()) {
        const action = actionOf(step);
        if (checksOutUntrusted(step)) {
            untrusted = true;
            context.report({ at: step.uses ?? step.run ?? step, messageId: 'checkout', data: { trigger } });
        }
        else if (workflowRun &&
            ((action !== undefined && DOWNLOADS.has(action)) || (step.run && RUN_DOWNLOAD.test(step.run.value)))) {
            // Reading an artifact as data is the safe pattern; running workspace files after unpacking it is not.
            if (job.steps.slice(index + 1).some(executesWorkspace))
                context.report({ at: step.uses ?? step.run ?? step, messageId: 'artifact', severity: 'warning' });
        }
        else if (untrusted && action !== undefined && CACHES.has(action)) {
            context.report({ at: step.uses, messageId: 'cache', data: { trigger } });
        }
    }
}
/* harmony default export */ const dangerous_triggers = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/dangerous-triggers',
        domain: 'github-actions',
        description: '`pull_request_target`, `workflow_run` and `issue_comment` workflows run with secrets and a write token: they must not check out, cache or unpack the untrusted code that triggered them.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 9.0,
        messages: {
            checkout: "This `{{trigger}}` workflow checks out the pull request's code, which then runs with this repository's secrets and a write token: build untrusted code in a `pull_request` workflow instead.",
            artifact: 'Artifacts of the run that triggered this `workflow_run` workflow are made by untrusted code, and a later step runs files of the workspace they may overwrite: unpack them outside the workspace (e.g. `path: ${{ runner.temp }}/artifact`) and read them as data only.',
            cache: 'This job restores a cache after checking out untrusted code under `{{trigger}}`: the code can poison caches the base branch reads.',
        },
        equivalents: {
            zizmor: ['dangerous-triggers'],
            scorecard: ['Dangerous-Workflow'],
            pipefort: ['cicd-sec-1-ppe-checkout'],
        },
    },
    create(context) {
        return {
            workflow(workflow) {
                // issue_comment runs with secrets too, and `/test`-style comment bots check out the PR's head.
                const events = [...privilegedEvents(workflow), ...(workflow.on?.has('issue_comment') ? ['issue_comment'] : [])];
                if (events.length === 0)
                    return;
                const trigger = events.join('`/`');
                for (const job of workflow.jobs)
                    checkJob(context, job, trigger, events.includes('workflow_run'));
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/deprecated-command.ts


const COMMANDS = {
    'set-output': 'append `name=value` to "$GITHUB_OUTPUT"',
    'save-state': 'append `name=value` to "$GITHUB_STATE"',
    'set-env': 'append `NAME=value` to "$GITHUB_ENV"',
    'add-path': 'append the directory to "$GITHUB_PATH"',
};
const PATTERN = /::(set-output|save-state|set-env|add-path)\b/g;
const FILES = { 'set-output': 'GITHUB_OUTPUT', 'save-state': 'GITHUB_STATE' };
/**
 * `echo "::set-output name=x::value"` → `echo "x=value" >> "$GITHUB_OUTPUT"` (and save-state), when the whole
 * command is one simple `echo` on its line; anything else is left for a person.
 */
function rewrite(text, at, command) {
    const file = FILES[command];
    if (!file)
        return undefined;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const newline = text.indexOf('\n', at);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const match = /^(\s*(?:-\s+run:\s+|run:\s+)?)echo\s+(["']?)::(?:set-output|save-state) name=([A-Za-z_][\w-]*)::(.*?)\2\s*$/.exec(line);
    if (!match || match[4].includes(match[2] || ' '))
        return undefined;
    const [, prefix, quote, name, value] = match;
    const q = quote || '"';
    return {
        description: `write ${command} to $${file}`,
        safe: true,
        edits: [{ start: lineStart, end: lineEnd, text: `${prefix}echo ${q}${name}=${value}${q} >> "$${file}"` }],
    };
}
/* harmony default export */ const deprecated_command = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/deprecated-command',
        domain: 'github-actions',
        description: 'Run scripts must not use the disabled `::set-output`, `::save-state`, `::set-env` and `::add-path` workflow commands.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            command: 'The `::{{command}}` workflow command is disabled: {{instead}}.',
        },
        equivalents: { actionlint: ['deprecated-commands'] },
    },
    create(context) {
        return {
            exit() {
                const facts = factsOf(context.file);
                const { text } = facts.file;
                for (const job of facts.jobs) {
                    for (const step of job.steps) {
                        const run = step.run;
                        if (!run?.range || typeof run.value !== 'string' || !run.value.includes('::'))
                            continue;
                        const source = text.slice(run.range[0], run.range[1]);
                        PATTERN.lastIndex = 0;
                        for (let match = PATTERN.exec(source); match; match = PATTERN.exec(source)) {
                            const command = match[1];
                            const start = run.range[0] + match.index;
                            const fix = rewrite(text, start, command);
                            context.report({
                                at: atOffsets(facts, start, start + match[0].length, [...step.path, 'run']),
                                messageId: 'command',
                                data: { command, instead: COMMANDS[command] },
                                ...(fix ? { fix } : {}),
                            });
                        }
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/excessive-permissions.ts

/* harmony default export */ const excessive_permissions = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/excessive-permissions',
        domain: 'github-actions',
        description: 'Workflows must declare the token permissions they need, never `write-all`, and grant write scopes in the jobs that need them rather than to every job.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 6.5,
        messages: {
            undeclared: 'Job "{{job}}" declares no `permissions:` and neither does the workflow, so its token gets the repository default (possibly read-write on everything): add `permissions:` (e.g. `contents: read`).',
            readAll: '`permissions: read-all` lets the token read every scope (packages, security events, actions, …) of every job it applies to: list the scopes the jobs need (e.g. `contents: read`).',
            writeAll: '`permissions: write-all` gives the token write access to every scope: list the scopes the job needs.',
            topLevelWrite: '`{{scope}}: write` at the top applies to every job, including {{jobs}}: grant it in the jobs that need it.',
        },
        equivalents: {
            zizmor: ['excessive-permissions'],
            scorecard: ['Token-Permissions'],
            pipefort: ['slsa-build-l2-perms-overly-broad'],
        },
    },
    create(context) {
        return {
            workflow(workflow) {
                const events = workflow.on ? [...workflow.on.events.keys()] : [];
                // A reusable workflow's token is bounded by its caller's permissions.
                if (events.length === 1 && events[0] === 'workflow_call')
                    return;
                const top = workflow.permissions;
                if (top?.kind === 'write-all')
                    context.report({ at: top, messageId: 'writeAll' });
                // Read-only, so a note: broader than needed, but it cannot change the repository.
                if (top?.kind === 'read-all')
                    context.report({ at: top, messageId: 'readAll', severity: 'note' });
                for (const job of workflow.jobs) {
                    if (job.permissions?.kind === 'write-all')
                        context.report({ at: job.permissions, messageId: 'writeAll' });
                    if (job.permissions?.kind === 'read-all')
                        context.report({ at: job.permissions, messageId: 'readAll', severity: 'note' });
                    if (!top && !job.permissions)
                        context.report({ at: job.at([], { key: true }), messageId: 'undeclared', data: { job: job.id } });
                }
                if (top?.kind !== 'map' || workflow.jobs.length < 2)
                    return;
                const inheriting = workflow.jobs.filter((job) => !job.permissions);
                if (inheriting.length === 0)
                    return;
                const names = inheriting.map((job) => `"${job.id}"`);
                const jobs = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
                for (const [scope, value] of top.scopes) {
                    if (value.level === 'write')
                        context.report({ at: value, messageId: 'topLevelWrite', data: { scope, jobs } });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/expression-syntax.ts



const KNOWN_FUNCTIONS = [...FUNCTIONS.values()].map((spec) => spec.name).join(', ');
/* harmony default export */ const expression_syntax = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/expression-syntax',
        domain: 'github-actions',
        description: 'Expressions must parse, be closed, and call known functions with the right number of arguments.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            syntax: 'Invalid expression: {{message}}.',
            unclosed: 'The expression opened here has no closing `}}`.',
            unknownFunction: 'Unknown function `{{name}}()`: the expression language has {{known}}.',
            arity: '`{{name}}()` takes {{expected}}, not {{count}}.',
        },
        equivalents: { actionlint: ['expression', 'syntax-check'] },
    },
    create(context) {
        return {
            exit() {
                const facts = factsOf(context.file);
                for (const site of facts.expressions) {
                    if (!site.closed) {
                        context.report({ at: atOffsets(facts, site.start, site.start + 3, site.path), messageId: 'unclosed' });
                        continue;
                    }
                    if (site.error) {
                        const start = site.bodyStart + site.error.offset;
                        context.report({
                            at: atOffsets(facts, start, start + site.error.length, site.path),
                            messageId: 'syntax',
                            data: { message: site.error.message },
                        });
                        continue;
                    }
                    if (!site.ast)
                        continue;
                    visit(site.ast, (node) => {
                        if (node.kind !== 'call')
                            return;
                        const spec = FUNCTIONS.get(node.name.toLowerCase());
                        const where = atOffsets(facts, site.bodyStart + node.start, site.bodyStart + node.nameEnd, site.path);
                        if (!spec) {
                            context.report({
                                at: where,
                                messageId: 'unknownFunction',
                                data: { name: node.name, known: KNOWN_FUNCTIONS },
                            });
                            return;
                        }
                        const count = node.args.length;
                        if (count < spec.min || count > spec.max || (spec.odd && count % 2 === 0)) {
                            context.report({
                                at: where,
                                messageId: 'arity',
                                data: { name: spec.name, expected: arityText(spec), count },
                            });
                        }
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/expression-type.ts

/** Contexts that are objects as a whole. */
const OBJECT_CONTEXTS = new Set([
    'github',
    'env',
    'vars',
    'secrets',
    'inputs',
    'matrix',
    'needs',
    'steps',
    'job',
    'jobs',
    'runner',
    'strategy',
]);
/** Contexts whose every property is a string (`vars.X`, `secrets.X`, `env.X`). */
const STRING_MAPS = new Set(['vars', 'secrets', 'env']);
const STRING_FUNCTIONS = new Set(['format', 'join', 'tojson', 'hashfiles']);
const BOOLEAN_FUNCTIONS = new Set(['contains', 'startswith', 'endswith', 'success', 'failure', 'always', 'cancelled']);
function dataType(data) {
    if (data === null)
        return 'null';
    if (Array.isArray(data))
        return 'array';
    if (typeof data === 'object')
        return 'object';
    return typeof data === 'string' ? 'string' : 'scalar';
}
/** The type `matrix.<key>` has when every value the matrix gives the key has the same kind; else `any`. */
function matrixType(job, key) {
    const values = job?.strategy?.matrixData?.valuesOf(key);
    if (!values || values.length === 0 || values.some((value) => value.dynamic))
        return 'any';
    const kinds = new Set(values.map((value) => dataType(value.data)));
    if (kinds.size !== 1)
        return kinds.has('object') || kinds.has('array') || kinds.has('null') ? 'any' : 'scalar';
    const [kind] = kinds;
    return kind === 'string' ? 'scalar' : kind;
}
function typeOf(node, job) {
    switch (node.kind) {
        case 'literal':
            return node.type === 'null' ? 'null' : node.type === 'string' ? 'string' : 'scalar';
        case 'context':
            return OBJECT_CONTEXTS.has(node.name.toLowerCase()) ? 'object' : 'any';
        case 'star':
            return 'array';
        case 'call': {
            const name = node.name.toLowerCase();
            if (STRING_FUNCTIONS.has(name))
                return 'string';
            return BOOLEAN_FUNCTIONS.has(name) ? 'scalar' : 'any';
        }
        case 'not':
            return 'scalar';
        case 'binary':
            return node.op === '&&' || node.op === '||' ? 'any' : 'scalar';
        case 'index':
            return 'any';
        case 'property': {
            const object = node.object;
            const name = node.name.toLowerCase();
            if (object.kind === 'context') {
                const context = object.name.toLowerCase();
                if (STRING_MAPS.has(context))
                    return 'string';
                if (context === 'matrix')
                    return matrixType(job, node.name);
                if (context === 'github')
                    return name === 'event' ? 'object' : 'any';
                if (context === 'steps' || context === 'needs')
                    return 'object';
                return 'any';
            }
            // `steps.<id>.outputs` and `needs.<id>.outputs` are mappings of strings.
            if (name === 'outputs' && object.kind === 'property' && object.object.kind === 'context') {
                const context = object.object.name.toLowerCase();
                if (context === 'steps' || context === 'needs')
                    return 'object';
            }
            return 'any';
        }
        default:
            return 'any';
    }
}
/** The first property access on a value typed as a string or scalar, e.g. `vars.NAME.field`. */
function propertyOfScalar(node, job) {
    let found;
    const walk = (current) => {
        if (found)
            return;
        switch (current.kind) {
            case 'property': {
                const type = typeOf(current.object, job);
                if (type === 'string' || type === 'scalar') {
                    found = { node: current, on: type === 'string' ? 'a string' : 'a string, number or boolean' };
                    return;
                }
                walk(current.object);
                return;
            }
            case 'index':
                walk(current.object);
                walk(current.index);
                return;
            case 'star':
                walk(current.object);
                return;
            case 'call':
                for (const arg of current.args)
                    walk(arg);
                return;
            case 'not':
                walk(current.operand);
                return;
            case 'binary':
                walk(current.left);
                walk(current.right);
                return;
            default:
                return;
        }
    };
    walk(node);
    return found;
}
const DESCRIBED = { object: 'an object', array: 'an array', null: 'null' };
/* harmony default export */ const expression_type = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/expression-type',
        domain: 'github-actions',
        description: 'Expressions must have the type their place needs: no object, array or null pasted into a string, no property of a string.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            inTemplate: '`{{text}}` is {{type}}: `${{ }}` turns it into text such as "Object" or "Array", never its content. Pick a field, or use `toJSON(…)`.',
            objectRunner: '`{{text}}` is an object, but `runs-on` takes a label, a list of labels, or a mapping with `group`/`labels`: pick a field such as `{{text}}.<name>`.',
            propertyOfScalar: '`{{text}}` reads a property of {{on}}, which has none: the result is always empty.',
        },
        equivalents: { actionlint: ['expression'] },
    },
    create(context) {
        return {
            expression(expression) {
                const ast = expression.ast;
                if (!ast || expression.form !== 'embedded')
                    return;
                const job = expression.job;
                const property = propertyOfScalar(ast, job);
                if (property) {
                    context.report({
                        at: expression.atBody(property.node.start, property.node.end),
                        messageId: 'propertyOfScalar',
                        data: { text: expression.body.slice(property.node.start, property.node.end).trim(), on: property.on },
                    });
                    return;
                }
                const type = typeOf(ast, job);
                const text = expression.body.trim();
                if (type === 'object' && expression.whole && expression.place === 'runs-on' && expression.owner === 'job') {
                    context.report({ at: expression.atBody(ast.start, ast.end), messageId: 'objectRunner', data: { text } });
                    return;
                }
                // A value that is the whole `${{ }}` may legitimately be an object (`env: ${{ fromJSON(…) }}`, `with:`),
                // except in a script, which is always text.
                if ((type === 'object' || type === 'array' || type === 'null') &&
                    (!expression.whole || expression.place === 'run'))
                    context.report({
                        at: expression.atBody(ast.start, ast.end),
                        messageId: 'inTemplate',
                        data: { text, type: DESCRIBED[type] },
                    });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/falsy-ternary.ts



function falsy_ternary_checkExpression(context, expression) {
    const ast = expression.ast;
    if (!ast || !expression.body.includes('||'))
        return;
    visit(ast, (node) => {
        if (node.kind !== 'binary' || node.op !== '||' || node.left.kind !== 'binary' || node.left.op !== '&&')
            return;
        const middle = node.left.right;
        if (middle.kind !== 'literal')
            return;
        const falsy = middle.value === '' || middle.value === 0 || middle.value === false || middle.value === null;
        if (!falsy)
            return;
        context.report({
            at: expression.atBody(middle.start, middle.end),
            messageId: 'falsy',
            data: { value: expression.body.slice(middle.start, middle.end) },
        });
    });
}
/* harmony default export */ const falsy_ternary = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/falsy-ternary',
        domain: 'github-actions',
        description: "`cond && '' || 'x'` is not a ternary: when the middle value is falsy (`''`, `0`, `false`, `null`) the result is always the last one.",
        category: 'correctness',
        defaultSeverity: 'warning',
        recommended: true,
        equivalents: { zizmor: ['unsound-ternary'] },
        messages: {
            falsy: '`{{value}}` is falsy, so `a && {{value}} || b` always gives `b`: use `case(a, {{value}}, b)` or swap the branches with `!a && b || {{value}}`.',
        },
    },
    create(context) {
        return {
            exit(model) {
                forEachExpression(model, (expression) => falsy_ternary_checkExpression(context, expression));
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/github-app.ts


const TOKEN_ACTIONS = new Set(['actions/create-github-app-token', 'tibdex/github-app-token']);
/** Permission inputs of the app token that reach no repository (organization and member scopes). */
function organizationOnly(name) {
    const scope = name.slice('permission-'.length);
    return scope === 'members' || scope.startsWith('organization-');
}
/* harmony default export */ const github_app = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/github-app',
        domain: 'github-actions',
        description: 'GitHub App tokens should be scoped to the repositories they need and revoked when the job ends.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 5.0,
        messages: {
            skipRevoke: '`skip-token-revoke` keeps the app token valid after the job ends (up to an hour): anything that captured it can go on using it. Let the action revoke it.',
            allRepositories: '`owner` without `repositories` makes a token for every repository the app is installed on in `{{owner}}`: name the repositories the job needs.',
        },
        equivalents: { zizmor: ['github-app'] },
    },
    create(context) {
        return {
            step(step) {
                const action = actionOf(step);
                if (!action || !TOKEN_ACTIONS.has(action) || !step.with)
                    return;
                const skip = step.with.get('skip-token-revoke');
                if (skip) {
                    const value = String(skip.value ?? '').trim();
                    if (value.includes('${{') || /^(?:true|yes|on)$/i.test(value))
                        context.report({ at: skip, messageId: 'skipRevoke' });
                }
                const owner = step.with.get('owner');
                if (!owner || step.with.get('repositories'))
                    return;
                const permissions = [...step.with.entries.keys()].filter((name) => name.startsWith('permission-'));
                // A token limited to organization scopes reaches no repository, so naming repositories changes nothing.
                if (permissions.length > 0 && permissions.every(organizationOnly))
                    return;
                context.report({ at: owner, messageId: 'allRepositories', data: { owner: String(owner.value ?? '') } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/github-env.ts


/** A shell, PowerShell or cmd reference to the file, on a line that writes to it. */
const FILE_REFERENCE = /(?:\$\{?|\$env:|%)(GITHUB_ENV|GITHUB_PATH)\b/gi;
const WRITES = /(?:>|\btee\b|Out-File|Add-Content|Set-Content)/i;
const SCRIPT_EXPORT = /\bcore\.(exportVariable|addPath)\s*\(/g;
/**
 * `echo`/`printf` of text with no expansion (no `$`, backquote, `%VAR%`, pipe or input) appended to the file: the
 * value is written in the workflow itself, so nothing from the untrusted run reaches the environment.
 */
const LITERAL_WRITE = /^\s*(?:echo|printf)\b[^$`%|<;&\n]*>>?\s*"?(?:\$\{?|\$env:)GITHUB_(?:ENV|PATH)\}?"?\s*$/i;
function checkStep(context, step, trigger) {
    const run = step.run;
    if (run) {
        const text = run.value;
        for (const match of text.matchAll(FILE_REFERENCE)) {
            const lineStart = text.lastIndexOf('\n', match.index) + 1;
            const lineEnd = text.indexOf('\n', match.index);
            const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
            if (!WRITES.test(line) || LITERAL_WRITE.test(line))
                continue;
            const at = step.workflow.context.atValue(run, match.index, match.index + match[0].length);
            context.report({ at, messageId: 'write', data: { file: match[1].toUpperCase(), trigger } });
        }
    }
    const script = actionOf(step) === 'actions/github-script' ? step.with?.get('script') : undefined;
    if (script && typeof script.value === 'string') {
        for (const match of script.value.matchAll(SCRIPT_EXPORT)) {
            const at = step.workflow.context.atValue(script, match.index, match.index + match[0].length - 1);
            context.report({ at, messageId: 'script', data: { call: match[1], trigger } });
        }
    }
}
/* harmony default export */ const github_env = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/github-env',
        domain: 'github-actions',
        description: 'Workflows triggered by `pull_request_target` or `workflow_run` must not write to `GITHUB_ENV` or `GITHUB_PATH`: a value from the untrusted run can set `LD_PRELOAD`, `NODE_OPTIONS` or `PATH` for every later step.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 8.0,
        messages: {
            write: 'Writing to `{{file}}` in a `{{trigger}}` workflow lets data from the untrusted run set variables (`LD_PRELOAD`, `NODE_OPTIONS`, `PATH`) for every later step: pass values through step outputs instead.',
            script: '`core.{{call}}()` in a `{{trigger}}` workflow lets data from the untrusted run change the environment of every later step: pass values through step outputs instead.',
        },
        equivalents: { zizmor: ['github-env'], pipefort: ['cicd-sec-4-github-env-injection'] },
    },
    create(context) {
        return {
            // Only workflows with a privileged trigger are at risk; their steps are checked from here.
            workflow(workflow) {
                const trigger = privilegedEvents(workflow).join('`/`') || undefined;
                if (!trigger)
                    return;
                for (const job of workflow.jobs)
                    for (const step of job.steps)
                        checkStep(context, step, trigger);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/hardcoded-container-credentials.ts

function hardcoded_container_credentials_check(context, container, what) {
    const password = container.credentials?.password;
    if (!password || password.value === null || password.value === undefined)
        return;
    const text = String(password.value);
    if (text === '' || text.includes('${{'))
        return;
    context.report({ at: password, messageId: 'password', data: { what } });
}
/* harmony default export */ const hardcoded_container_credentials = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/hardcoded-container-credentials',
        domain: 'github-actions',
        description: 'Registry passwords of `container:` and `services:` must come from secrets, not be written in the workflow.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 7.5,
        messages: {
            password: 'The registry password of {{what}} is written in the workflow, readable by everyone who can read the repository: use `${{ secrets.NAME }}`.',
        },
        equivalents: { zizmor: ['hardcoded-container-credentials'], actionlint: ['credentials'] },
    },
    create(context) {
        return {
            job(job) {
                if (job.container)
                    hardcoded_container_credentials_check(context, job.container, `the container of job "${job.id}"`);
                for (const service of job.services)
                    hardcoded_container_credentials_check(context, service, `service "${service.id}"`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/insecure-commands.ts


const NAME = 'ACTIONS_ALLOW_UNSECURE_COMMANDS';
const ENABLED = /^(?:true|1|yes)$/i;
/** A cheap test before the global search: most scripts never name the variable. */
const MENTIONS_NAME = /ACTIONS_ALLOW_UNSECURE_COMMANDS/i;
const RUN_ENABLE = /ACTIONS_ALLOW_UNSECURE_COMMANDS\s*=\s*["']?(?:true|1)/gi;
function insecure_commands_check(context, env) {
    if (!env)
        return;
    for (const [name, value] of env.entries) {
        if (name.toUpperCase() !== NAME)
            continue;
        const text = value.value === null || value.value === undefined ? '' : String(value.value);
        if (ENABLED.test(text.trim()) || text.includes('${{'))
            context.report({ at: value.at([], { key: true }), messageId: 'enabled' });
    }
}
function insecure_commands_checkStep(context, step) {
    insecure_commands_check(context, step.env);
    const run = step.run;
    if (!run || !MENTIONS_NAME.test(run.value))
        return;
    const context_ = step.workflow?.context ?? step.action?.context;
    for (const match of run.value.matchAll(RUN_ENABLE)) {
        if (context_)
            context.report({ at: context_.atValue(run, match.index, match.index + NAME.length), messageId: 'enabled' });
    }
}
/* harmony default export */ const insecure_commands = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/insecure-commands',
        domain: 'github-actions',
        description: '`ACTIONS_ALLOW_UNSECURE_COMMANDS` re-enables `::set-env` and `::add-path`, which let anything a step prints set variables and PATH for later steps.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 7.0,
        messages: {
            enabled: '`ACTIONS_ALLOW_UNSECURE_COMMANDS` lets any printed line (a test name, a log from a dependency) set environment variables and PATH for later steps: remove it and write to `$GITHUB_ENV` / `$GITHUB_PATH` instead.',
        },
        equivalents: { zizmor: ['insecure-commands'] },
    },
    create(context) {
        return {
            exit(model) {
                if (model.kind === 'workflow')
                    insecure_commands_check(context, model.env);
                forEachJobAndStep(model, (job) => insecure_commands_check(context, job.env), (step) => insecure_commands_checkStep(context, step));
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/support/cron.ts
/** Validates a POSIX cron expression as GitHub's scheduler reads it (5 fields; month and weekday names). */
const FIELDS = [
    { name: 'minute', min: 0, max: 59 },
    { name: 'hour', min: 0, max: 23 },
    { name: 'day of month', min: 1, max: 31 },
    {
        name: 'month',
        min: 1,
        max: 12,
        names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'],
    },
    { name: 'day of week', min: 0, max: 6, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] },
];
function cron_valueOf(text, field) {
    if (/^\d+$/.test(text))
        return Number(text);
    if ('names' in field) {
        const index = field.names.indexOf(text.toUpperCase());
        if (index >= 0)
            return index + field.min;
    }
    return undefined;
}
function checkField(text, field) {
    for (const item of text.split(',')) {
        if (item === '')
            return `empty item in the ${field.name} field "${text}"`;
        const [range, step, extra] = item.split('/');
        if (extra !== undefined)
            return `"${item}" has more than one "/"`;
        if (step !== undefined && (!/^\d+$/.test(step) || Number(step) === 0))
            return `step "${step}" in "${item}" must be a positive number`;
        if (range === '*')
            continue;
        const [low, high, rest] = range.split('-');
        if (rest !== undefined)
            return `"${range}" is not a range`;
        const from = cron_valueOf(low, field);
        if (from === undefined)
            return `"${low}" is not a valid ${field.name}`;
        if (from < field.min || from > field.max)
            return `${field.name} ${from} is out of range ${field.min}-${field.max}`;
        if (high !== undefined) {
            const to = cron_valueOf(high, field);
            if (to === undefined)
                return `"${high}" is not a valid ${field.name}`;
            if (to < field.min || to > field.max)
                return `${field.name} ${to} is out of range ${field.min}-${field.max}`;
            if (to < from)
                return `range "${range}" goes backwards`;
        }
    }
    return undefined;
}
/** Problems of a cron expression, or none. */
function checkCron(expression) {
    const fields = [];
    const pattern = /\S+/g;
    for (let match = pattern.exec(expression); match; match = pattern.exec(expression))
        fields.push({ text: match[0], offset: match.index });
    if (fields.length !== 5) {
        return {
            message: `a cron expression has 5 fields (minute hour day month weekday), this one has ${fields.length}`,
            offset: 0,
            length: Math.max(1, expression.length),
        };
    }
    for (const [index, field] of fields.entries()) {
        const problem = checkField(field.text, FIELDS[index]);
        if (problem)
            return { message: problem, offset: field.offset, length: field.text.length };
    }
    return undefined;
}
/** True when the schedule would fire more often than every 5 minutes, GitHub's shortest interval. */
function tooFrequent(expression) {
    const minute = expression.trim().split(/\s+/)[0] ?? '';
    if (minute === '*')
        return true;
    const step = /^\*\/(\d+)$/.exec(minute);
    if (step && Number(step[1]) < 5)
        return true;
    const list = minute.split(',');
    return list.length > 12;
}

;// CONCATENATED MODULE: ./src/rules/github-actions/invalid-cron.ts




/* harmony default export */ const invalid_cron = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/invalid-cron',
        domain: 'github-actions',
        description: '`schedule` cron expressions must have 5 valid fields and fire at most every 5 minutes.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            invalid: 'Invalid cron "{{cron}}": {{message}}.',
            frequent: 'Cron "{{cron}}" fires more often than every 5 minutes; GitHub runs schedules at most every 5 minutes.',
            shape: '`schedule` must be a list of `- cron: "…"` entries.',
        },
        equivalents: { actionlint: ['events'] },
    },
    create(context) {
        return {
            exit() {
                const facts = factsOf(context.file);
                const schedule = facts.events.get('schedule');
                if (!schedule || facts.kind !== 'workflow')
                    return;
                if (!(0,dist/* isSeq */.oP)(schedule.value)) {
                    context.report({ at: at(facts, schedule.key, ['on', 'schedule']), messageId: 'shape' });
                    return;
                }
                schedule.value.items.forEach((item, index) => {
                    const path = ['on', 'schedule', index, 'cron'];
                    const cron = facts_valueOf(item, 'cron');
                    if (!(0,dist/* isMap */.jh)(item) || !(0,dist/* isScalar */.jn)(cron)) {
                        context.report({ at: at(facts, item, ['on', 'schedule', index]), messageId: 'shape' });
                        return;
                    }
                    const text = String(cron.value ?? '');
                    const problem = checkCron(text);
                    const quoted = cron.type === dist/* Scalar */.X5.QUOTE_DOUBLE || cron.type === dist/* Scalar */.X5.QUOTE_SINGLE ? 1 : 0;
                    if (problem) {
                        const start = cron.range[0] + quoted + problem.offset;
                        context.report({
                            at: atOffsets(facts, start, start + problem.length, path),
                            messageId: 'invalid',
                            data: { cron: text, message: problem.message },
                        });
                    }
                    else if (tooFrequent(text)) {
                        context.report({
                            at: at(facts, cron, path),
                            messageId: 'frequent',
                            data: { cron: text },
                            severity: 'warning',
                        });
                    }
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/support/glob.ts
/** Problems of one branch, tag or path filter pattern (GitHub's filter pattern cheat sheet). */
function checkFilterPattern(pattern, kind) {
    const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
    if (body.trim() === '')
        return 'the pattern is empty';
    let depth = 0;
    for (let i = 0; i < body.length; i++) {
        const char = body[i];
        if (char === '\\') {
            i++;
            continue;
        }
        if (char === '[') {
            if (depth > 0)
                return 'nested "[" in a character class';
            if (body[i + 1] === ']')
                return 'empty character class "[]"';
            depth++;
        }
        else if (char === ']' && depth > 0)
            depth--;
    }
    if (depth > 0)
        return 'unclosed "[" character class';
    if (kind === 'ref') {
        if (/^refs\/(heads|tags)\//.test(body))
            return `"${body}" starts with refs/…: filters match the short name (write "${body.replace(/^refs\/(heads|tags)\//, '')}")`;
        if (/\s/.test(body))
            return 'git ref names cannot contain spaces';
        if (/[~^:]|\.\.|@\{/.test(body))
            return 'git ref names cannot contain "~", "^", ":", ".." or "@{"';
    }
    else {
        if (body.startsWith('./'))
            return 'path filters are relative to the repository root without "./"';
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/rules/github-actions/invalid-filter.ts




const FILTERS = ['branches', 'tags', 'paths'];
/* harmony default export */ const invalid_filter = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/invalid-filter',
        domain: 'github-actions',
        description: 'Branch, tag and path filters must be valid patterns, not mix a filter with its `-ignore` twin, and include at least one positive pattern.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            pattern: 'Invalid {{filter}} pattern "{{pattern}}": {{message}}.',
            both: '`{{filter}}` and `{{filter}}-ignore` cannot both be set for `{{event}}`: use `!` patterns in `{{filter}}`.',
            onlyNegative: '`{{filter}}` has only `!` patterns, so it matches nothing: add a positive pattern first (e.g. "**").',
        },
        equivalents: { actionlint: ['glob', 'events'] },
    },
    create(context) {
        return {
            exit() {
                const facts = factsOf(context.file);
                if (facts.kind !== 'workflow')
                    return;
                for (const [event, { value }] of facts.events) {
                    for (const filter of FILTERS) {
                        const positive = pairOf(value, filter);
                        const negative = pairOf(value, `${filter}-ignore`);
                        if (positive && negative) {
                            context.report({
                                at: at(facts, negative.key, ['on', event, `${filter}-ignore`]),
                                messageId: 'both',
                                data: { filter, event },
                            });
                        }
                        for (const pair of [positive, negative]) {
                            if (!pair)
                                continue;
                            const name = String(pair.key.value);
                            const items = (0,dist/* isSeq */.oP)(pair.value) ? pair.value.items : (0,dist/* isScalar */.jn)(pair.value) ? [pair.value] : [];
                            let positives = 0;
                            items.forEach((item, index) => {
                                if (!(0,dist/* isScalar */.jn)(item) || item.value === null)
                                    return;
                                const pattern = String(item.value);
                                if (!pattern.startsWith('!'))
                                    positives++;
                                const message = checkFilterPattern(pattern, filter === 'paths' ? 'path' : 'ref');
                                if (message)
                                    context.report({
                                        at: at(facts, item, ['on', event, name, index]),
                                        messageId: 'pattern',
                                        data: { filter: filter.replace(/e?s$/, ''), pattern, message },
                                    });
                            });
                            if (pair === positive && items.length > 0 && positives === 0) {
                                context.report({
                                    at: at(facts, pair.key, ['on', event, name]),
                                    messageId: 'onlyNegative',
                                    data: { filter: name },
                                });
                            }
                        }
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/invalid-id.ts


const ID = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/* harmony default export */ const invalid_id = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/invalid-id',
        domain: 'github-actions',
        description: 'Job and step ids must start with a letter or `_` and contain only letters, digits, `-` and `_`; step ids must be unique in a job.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            job: 'Job id "{{id}}" is invalid: it must start with a letter or `_` and contain only letters, digits, `-` and `_`.',
            step: 'Step id "{{id}}" is invalid: it must start with a letter or `_` and contain only letters, digits, `-` and `_`.',
            duplicateStep: 'Step id "{{id}}" is already used by step {{first}} of {{where}}.',
        },
        equivalents: { actionlint: ['id'] },
    },
    create(context) {
        return {
            exit() {
                const facts = factsOf(context.file);
                for (const job of facts.jobs) {
                    if (facts.kind === 'workflow' && !ID.test(job.id))
                        context.report({ at: at(facts, job.key, job.path), messageId: 'job', data: { id: job.id } });
                    const seen = new Map();
                    for (const step of job.steps) {
                        if (!step.id || step.id.value === null)
                            continue;
                        const id = String(step.id.value);
                        if (id.includes('${{'))
                            continue;
                        const path = [...step.path, 'id'];
                        if (!ID.test(id))
                            context.report({ at: at(facts, step.id, path), messageId: 'step', data: { id } });
                        const lower = id.toLowerCase();
                        const first = seen.get(lower);
                        if (first !== undefined)
                            context.report({
                                at: at(facts, step.id, path),
                                messageId: 'duplicateStep',
                                data: { id, first: first + 1, where: facts.kind === 'action' ? 'this action' : `job "${job.id}"` },
                            });
                        else
                            seen.set(lower, step.index);
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/invalid-structure.ts

/**
 * Reports what the github-actions domain finds when it checks a file against the declared shape of workflows and
 * action metadata (src/domains/github-actions/shape.ts): value types, required keys, allowed values, empty values,
 * ids that differ only in case, keys that exclude each other and anchors no alias uses.
 */
/* harmony default export */ const invalid_structure = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/invalid-structure',
        domain: 'github-actions',
        description: 'Workflows and action.yml files must have the keys GitHub requires, with values of the types and values it accepts.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            type: '{{where}} must be {{expected}}, but is {{found}}.',
            empty: '{{where}} must not be empty: expected {{expected}}.',
            required: '{{key}} is required in {{where}} but missing.',
            value: '{{where}} is "{{value}}", which GitHub does not accept (allowed: {{allowed}}).',
            case: '{{what}} "{{name}}" duplicates "{{first}}" (line {{line}}): GitHub compares these names without regard to case.',
            exclusive: '"{{a}}" cannot be used together with "{{b}}" in {{where}}.',
            'step-kind': '"{{key}}" applies only to a step with "{{needs}}" ({{where}}): GitHub rejects the workflow.',
            anchor: 'Anchor "&{{name}}" is defined but no alias uses it: remove it, or check the alias that was meant to refer to it.',
        },
        equivalents: { actionlint: ['syntax-check', 'permissions'] },
    },
    create(context) {
        return {
            exit(model) {
                for (const problem of model.shapeProblems) {
                    context.report({
                        at: problem.at,
                        messageId: problem.kind,
                        data: problem.data,
                        ...(problem.kind === 'anchor' ? { severity: 'warning' } : {}),
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/data/github-actions/shells.ts
/** Built-in `shell:` keywords (docs: workflow syntax, `jobs.<job_id>.steps[*].shell`). Anything else must contain `{0}`. */
const SHELLS = new Set(['bash', 'sh', 'pwsh', 'powershell', 'cmd', 'python']);
/** Shells shellcheck can read, by the name it takes in `--shell`. */
function shellcheckDialect(shell) {
    if (shell === undefined || shell === 'bash')
        return 'bash';
    if (shell === 'sh')
        return 'sh';
    const command = shell.trim().split(/\s+/)[0] ?? '';
    if (/(^|\/)bash$/.test(command))
        return 'bash';
    if (/(^|\/)(sh|dash)$/.test(command))
        return 'sh';
    return undefined;
}

;// CONCATENATED MODULE: ./src/rules/github-actions/invalid-shell.ts




function checkShell(context, facts, node, path) {
    if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string')
        return;
    const shell = node.value.trim();
    if (shell === '' || SHELLS.has(shell) || shell.includes('{0}') || shell.includes('${{'))
        return;
    context.report({ at: at(facts, node, path), messageId: 'shell', data: { shell, example: `${shell} {0}` } });
}
// Paths are built only for a shell that is there (most steps have none).
function checkDefaults(context, facts, owner, base) {
    const shell = facts_valueOf(facts_valueOf(facts_valueOf(owner, 'defaults'), 'run'), 'shell');
    if (shell !== undefined)
        checkShell(context, facts, shell, [...base, 'defaults', 'run', 'shell']);
}
/* harmony default export */ const invalid_shell = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/invalid-shell',
        domain: 'github-actions',
        description: '`shell:` must be bash, sh, pwsh, powershell, cmd, python, or a custom command containing `{0}`.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            shell: 'Unknown shell "{{shell}}": use bash, sh, pwsh, powershell, cmd or python, or a command with `{0}` for the script path (e.g. "{{example}}").',
        },
        equivalents: { actionlint: ['shell-name'] },
    },
    create(context) {
        return {
            exit() {
                const facts = factsOf(context.file);
                if (facts.kind === 'workflow')
                    checkDefaults(context, facts, facts.root, []);
                for (const job of facts.jobs) {
                    if (facts.kind === 'workflow')
                        checkDefaults(context, facts, job.node, job.path);
                    for (const step of job.steps) {
                        const shell = facts_valueOf(step.node, 'shell');
                        if (shell !== undefined)
                            checkShell(context, facts, shell, [...step.path, 'shell']);
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/job-needs.ts


/* harmony default export */ const job_needs = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/job-needs',
        domain: 'github-actions',
        description: '`needs:` must name existing jobs, not the job itself, and must not form a cycle.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            unknown: 'Job "{{job}}" needs "{{need}}", which is not a job of this workflow.',
            self: 'Job "{{job}}" needs itself.',
            duplicate: 'Job "{{job}}" lists "{{need}}" in `needs` twice.',
            cycle: 'Jobs depend on each other in a cycle: {{cycle}}.',
        },
        equivalents: { actionlint: ['job-needs'] },
    },
    create(context) {
        return {
            exit() {
                const facts = factsOf(context.file);
                if (facts.kind !== 'workflow')
                    return;
                const edges = new Map();
                for (const job of facts.jobs) {
                    const seen = new Set();
                    const targets = [];
                    job.needs.forEach((node, index) => {
                        const need = String(node.value);
                        const path = job.needs.length === 1 && job.node?.get('needs', true) === node
                            ? [...job.path, 'needs']
                            : [...job.path, 'needs', index];
                        const data = { job: job.id, need };
                        if (seen.has(need))
                            context.report({ at: at(facts, node, path), messageId: 'duplicate', data });
                        else if (need === job.id)
                            context.report({ at: at(facts, node, path), messageId: 'self', data });
                        else if (!facts.jobsById.has(need))
                            context.report({ at: at(facts, node, path), messageId: 'unknown', data });
                        else
                            targets.push(need);
                        seen.add(need);
                    });
                    edges.set(job.id, targets);
                }
                // Depth-first search; report each cycle once, at the job where it closes.
                const state = new Map();
                const stack = [];
                const reported = new Set();
                const dfs = (id) => {
                    state.set(id, 1);
                    stack.push(id);
                    for (const next of edges.get(id) ?? []) {
                        const mark = state.get(next);
                        if (mark === 1) {
                            const cycle = [...stack.slice(stack.indexOf(next)), next];
                            const key = [...cycle.slice(0, -1)].sort().join(' ');
                            if (!reported.has(key)) {
                                reported.add(key);
                                const job = facts.jobsById.get(id);
                                const node = job.needs.find((need) => String(need.value) === next);
                                context.report({
                                    at: at(facts, node, [...job.path, 'needs']),
                                    messageId: 'cycle',
                                    data: { cycle: cycle.join(' → ') },
                                });
                            }
                        }
                        else if (mark === undefined)
                            dfs(next);
                    }
                    stack.pop();
                    state.set(id, 2);
                };
                for (const job of facts.jobs)
                    if (!state.has(job.id))
                        dfs(job.id);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/support/local.ts


const parsedTexts = new Map();
function rootOf(text) {
    if (parsedTexts.has(text))
        return parsedTexts.get(text);
    let root;
    try {
        const document = (0,dist/* parseDocument */.Tp)(text, { uniqueKeys: false });
        root = document.errors.length === 0 && (0,dist/* isMap */.jh)(document.contents) ? document.contents : undefined;
    }
    catch {
        root = undefined;
    }
    if (parsedTexts.size > 500)
        parsedTexts.clear();
    parsedTexts.set(text, root);
    return root;
}
function truthy(node) {
    const text = facts_stringOf(node);
    return text === 'true';
}
function declared(map) {
    const out = new Map();
    for (const pair of entries(map)) {
        const name = String(pair.key.value);
        const type = facts_stringOf(facts_valueOf(pair.value, 'type'));
        out.set(name.toLowerCase(), {
            name,
            required: truthy(facts_valueOf(pair.value, 'required')),
            hasDefault: facts_valueOf(pair.value, 'default') !== undefined,
            ...(type ? { type } : {}),
        });
    }
    return out;
}
/** Normalises `./path/` to a repository-relative path without `./` or a trailing slash. */
function localPath(uses) {
    return uses.replace(/^\.\//, '').replace(/\/+$/, '');
}
/** The action.yml (or action.yaml) of a local action, or undefined when it is not in the repository. */
function readLocalAction(readFile, uses) {
    const dir = localPath(uses);
    for (const name of ['action.yml', 'action.yaml']) {
        const path = dir ? `${dir}/${name}` : name;
        const text = readFile(path);
        if (text === undefined)
            continue;
        const root = rootOf(text);
        if (!root)
            return undefined;
        return { path, inputs: declared(facts_valueOf(root, 'inputs')) };
    }
    return undefined;
}
/** The `workflow_call` contract of a local reusable workflow; `null` when the file does not exist. */
function readLocalWorkflow(readFile, uses) {
    const path = localPath(uses.replace(/@.*$/, ''));
    const text = readFile(path);
    if (text === undefined)
        return null;
    const root = rootOf(text);
    if (!root)
        return undefined;
    const on = facts_valueOf(root, 'on');
    const call = (0,dist/* isMap */.jh)(on) ? facts_valueOf(on, 'workflow_call') : undefined;
    const callable = call !== undefined ||
        facts_stringOf(on) === 'workflow_call' ||
        ((0,dist/* isSeq */.oP)(on) && on.items.some((item) => facts_stringOf(item) === 'workflow_call'));
    const secretsNode = facts_valueOf(call, 'secrets');
    return {
        path,
        callable,
        inputs: declared(facts_valueOf(call, 'inputs')),
        secrets: declared(secretsNode),
        declaresSecrets: (0,dist/* isMap */.jh)(secretsNode),
    };
}

;// CONCATENATED MODULE: ./src/rules/github-actions/local-action-inputs.ts




/* harmony default export */ const local_action_inputs = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/local-action-inputs',
        domain: 'github-actions',
        description: 'Steps using a local action (`uses: ./path`) must pass its required inputs and no inputs it does not declare.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            missing: 'Required input "{{input}}" of {{action}} is not given in `with`.',
            unknown: '{{action}} has no input "{{input}}" (inputs: {{inputs}}).{{hint}}',
        },
        equivalents: { actionlint: ['action'] },
    },
    create(context) {
        return {
            exit() {
                const facts = factsOf(context.file);
                for (const job of facts.jobs) {
                    for (const step of job.steps) {
                        const uses = step.uses?.value;
                        if (typeof uses !== 'string' || !uses.startsWith('./') || uses.includes('${{'))
                            continue;
                        const action = readLocalAction((path) => context.readFile(path), uses);
                        if (!action)
                            continue;
                        const given = new Set([...step.with.keys()].map((name) => name.toLowerCase()));
                        for (const input of action.inputs.values()) {
                            if (input.required && !input.hasDefault && !given.has(input.name.toLowerCase())) {
                                context.report({
                                    at: at(facts, step.uses, [...step.path, 'uses']),
                                    messageId: 'missing',
                                    data: { input: input.name, action: action.path },
                                });
                            }
                        }
                        const names = [...action.inputs.values()].map((input) => input.name);
                        for (const [name, pair] of step.with) {
                            if (action.inputs.has(name.toLowerCase()))
                                continue;
                            context.report({
                                at: at(facts, pair.key, [...step.path, 'with', name]),
                                messageId: 'unknown',
                                data: {
                                    input: name,
                                    action: action.path,
                                    inputs: names.join(', ') || 'none',
                                    hint: didYouMean(name, names),
                                },
                            });
                        }
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/matrix-exclude.ts

/**
 * True when an `exclude` value matches a matrix value. GitHub compares the values' JSON: `1` and `'1'` differ, lists
 * match element by element, and a mapping matches any mapping holding at least its keys with matching values (a
 * partial object excludes every row it is part of).
 */
function matrix_exclude_matches(excluded, value) {
    if (excluded === value)
        return true;
    if (Array.isArray(excluded) || Array.isArray(value)) {
        return (Array.isArray(excluded) &&
            Array.isArray(value) &&
            excluded.length === value.length &&
            excluded.every((item, i) => matrix_exclude_matches(item, value[i])));
    }
    if (excluded && value && typeof excluded === 'object' && typeof value === 'object') {
        const within = value;
        return Object.entries(excluded).every(([key, item]) => Object.hasOwn(within, key) && matrix_exclude_matches(item, within[key]));
    }
    return false;
}
function show(data) {
    const text = JSON.stringify(data) ?? String(data);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
/* harmony default export */ const matrix_exclude = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/matrix-exclude',
        domain: 'github-actions',
        description: 'Every `strategy.matrix.exclude` row must name matrix keys and values that exist: a row that matches no combination excludes nothing.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            unknownKey: '`exclude` names `{{key}}`, which is not a key of this matrix (keys: {{keys}}): the row excludes nothing.',
            unknownValue: '`exclude` sets `{{key}}` to {{value}}, which no row of the matrix has (values: {{values}}): the row excludes nothing.',
        },
        equivalents: { actionlint: ['matrix'] },
    },
    create(context) {
        return {
            job(job) {
                const matrix = job.strategy?.matrixData;
                if (!matrix || matrix.dynamic || !matrix.exclude || !matrix.include)
                    return;
                for (const row of matrix.exclude) {
                    for (const [key, cell] of row.cells) {
                        if (cell.dynamic)
                            continue;
                        const axis = matrix.axes.get(key);
                        if (axis && axis.values === undefined)
                            continue;
                        // Keys that only `include` adds are matched against the values it adds, as GitHub expands them.
                        const values = axis ? axis.values : matrix.valuesOf(key);
                        if (!values || values.length === 0) {
                            context.report({
                                at: { span: cell.keySpan, path: cell.path },
                                messageId: 'unknownKey',
                                data: { key, keys: [...matrix.axes.keys()].map((name) => `\`${name}\``).join(', ') || 'none' },
                            });
                            continue;
                        }
                        if (values.some((value) => value.dynamic))
                            continue;
                        if (!values.some((value) => matrix_exclude_matches(cell.data, value.data)))
                            context.report({
                                at: cell,
                                messageId: 'unknownValue',
                                data: { key, value: show(cell.data), values: values.map((value) => show(value.data)).join(', ') },
                            });
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/misfeature.ts


/* harmony default export */ const misfeature = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/misfeature',
        domain: 'github-actions',
        description: "Features GitHub keeps but that undermine a workflow: the `cmd` shell, and `actions/setup-python`'s `pip-install` input.",
        category: 'best-practice',
        defaultSeverity: 'note',
        recommended: true,
        messages: {
            cmd: '`shell: cmd` runs the script under cmd.exe, which does not stop at a failing command and has no reliable quoting: use `pwsh` (or `bash`).',
            pipInstall: '`pip-install` of actions/setup-python installs packages outside any lock file or cache key: install them in a run step from a pinned requirements file.',
        },
        equivalents: { zizmor: ['misfeature'] },
    },
    create(context) {
        const shell = (value) => {
            if (value && value.value.trim().toLowerCase() === 'cmd')
                context.report({ at: value, messageId: 'cmd' });
        };
        return {
            workflow(workflow) {
                shell(workflow.defaults?.shell);
                for (const job of workflow.jobs)
                    shell(job.defaults?.shell);
            },
            step(step) {
                shell(step.shell);
                if (actionOf(step) === 'actions/setup-python' && step.with?.get('pip-install'))
                    context.report({ at: step.with.get('pip-install'), messageId: 'pipInstall' });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/missing-timeout.ts


/* harmony default export */ const missing_timeout = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/missing-timeout',
        domain: 'github-actions',
        description: 'Jobs should set `timeout-minutes`: the default is 360 minutes of a stuck runner.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: false,
        messages: {
            job: 'Job "{{job}}" has no `timeout-minutes`: a hung step holds the runner for 6 hours. Set a limit a little above its usual run time.',
        },
        equivalents: { pipefort: ['best-prac-2-missing-timeout'] },
    },
    create(context) {
        return {
            exit() {
                const facts = factsOf(context.file);
                if (facts.kind !== 'workflow')
                    return;
                for (const job of facts.jobs) {
                    if (!job.node || job.uses || pairOf(job.node, 'timeout-minutes'))
                        continue;
                    context.report({ at: at(facts, job.key, job.path), messageId: 'job', data: { job: job.id } });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/no-failure-notification.ts


const FAILURE = /\bfailure\(\)|\bjob\.status\b|\bneeds\.[\w-]+\.result\b|contains\(\s*needs\.\*\.result/;
/* harmony default export */ const no_failure_notification = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/no-failure-notification',
        domain: 'github-actions',
        description: 'Scheduled and deploy workflows, which nobody watches, should have a step or job that runs on failure to notify someone.',
        category: 'best-practice',
        defaultSeverity: 'note',
        recommended: false,
        messages: {
            none: 'This {{kind}} workflow has no failure path (a step or job with `if: failure()`): when it breaks, nobody hears.',
        },
    },
    create(context) {
        return {
            exit() {
                const facts = factsOf(context.file);
                if (facts.kind !== 'workflow' || !facts.root)
                    return;
                const scheduled = facts.events.has('schedule');
                const deploys = facts.jobs.some((job) => facts_valueOf(job.node, 'environment') !== undefined);
                if (!scheduled && !deploys)
                    return;
                const conditions = facts.jobs.flatMap((job) => [
                    facts_stringOf(facts_valueOf(job.node, 'if')),
                    ...job.steps.map((step) => facts_stringOf(facts_valueOf(step.node, 'if'))),
                ]);
                if (conditions.some((condition) => condition !== undefined && FAILURE.test(condition)))
                    return;
                const on = facts.root.items.find((pair) => String(pair.key.value) === 'on');
                context.report({
                    at: at(facts, on?.key, ['on']),
                    messageId: 'none',
                    data: { kind: scheduled ? 'scheduled' : 'deploy' },
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/obfuscation.ts

/**
 * Functions whose result depends only on their arguments: with literal arguments the call is a constant. `fromJSON`
 * and `toJSON` are left out: `fromJSON('10')` or `fromJSON('{}')` is the usual way to write a typed value.
 */
const PURE_FUNCTIONS = new Set(['format', 'startswith', 'endswith', 'contains', 'join']);
/** True when the node reads no context and calls only pure functions: its value is fixed when the file is written. */
function isConstant(node) {
    switch (node.kind) {
        case 'literal':
            return true;
        case 'not':
            return isConstant(node.operand);
        case 'binary':
            return isConstant(node.left) && isConstant(node.right);
        case 'call':
            return PURE_FUNCTIONS.has(node.name.toLowerCase()) && node.args.every(isConstant);
        default:
            return false;
    }
}
/** The smallest non-literal subexpression that is constant (a call or operator on literals), or undefined. */
function reducible(node) {
    if (node.kind !== 'literal' && isConstant(node))
        return node;
    switch (node.kind) {
        case 'not':
            return reducible(node.operand);
        case 'binary':
            return reducible(node.left) ?? reducible(node.right);
        case 'call':
            for (const arg of node.args) {
                const found = reducible(arg);
                if (found)
                    return found;
            }
            return undefined;
        case 'property':
        case 'star':
            return reducible(node.object);
        case 'index':
            return reducible(node.object) ?? reducible(node.index);
        default:
            return undefined;
    }
}
/** Path segments after `owner/repo` that are empty, `.` or `..`: GitHub normalises them away, readers do not. */
function obscurePath(uses) {
    if (uses.kind !== 'repository')
        return false;
    const at = uses.value.indexOf('@');
    const segments = (at === -1 ? uses.value : uses.value.slice(0, at)).split('/').slice(2);
    return segments.some((segment) => segment === '' || segment === '.' || segment === '..');
}
/* harmony default export */ const obfuscation = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/obfuscation',
        domain: 'github-actions',
        description: 'Write `uses:` paths and expressions plainly: `.`, `..` and empty segments in an action path, and expressions of literals only, hide what runs from a reviewer.',
        category: 'security',
        defaultSeverity: 'note',
        recommended: true,
        messages: {
            usesPath: '`{{uses}}` has empty, `.` or `..` segments in its path: GitHub resolves them, but a reviewer reads a different action. Write the plain path.',
            constant: '`{{text}}` uses no context, so its value is fixed when the file is written: write the value itself instead of an expression.',
        },
        equivalents: { zizmor: ['obfuscation'] },
    },
    create(context) {
        const checkUses = (uses) => {
            if (uses && obscurePath(uses))
                context.report({ at: uses, messageId: 'usesPath', data: { uses: uses.value } });
        };
        return {
            job(job) {
                checkUses(job.uses);
            },
            step(step) {
                checkUses(step.uses);
            },
            expression(expression) {
                const ast = expression.ast;
                if (!ast || expression.form !== 'embedded')
                    return;
                // A lone literal such as `${{ true }}` is how YAML passes a typed value to `with:` or `if:`; only in a
                // script is it pointless text. Calls and operators on literals are reducible anywhere.
                const found = ast.kind === 'literal' ? (expression.place === 'run' ? ast : undefined) : reducible(ast);
                if (!found)
                    return;
                context.report({
                    at: expression.atBody(found.start, found.end),
                    messageId: 'constant',
                    data: { text: expression.body.slice(found.start, found.end).trim() },
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/outdated-action.ts




/* harmony default export */ const outdated_action = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/outdated-action',
        domain: 'github-actions',
        description: 'Well-known actions must not be used at a major version whose runtime (node12, node16) GitHub no longer runs.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            retired: '{{action}}@{{major}} runs on {{runtime}}, which GitHub no longer runs: use {{action}}@{{current}}.',
        },
        equivalents: { actionlint: ['action'] },
    },
    create(context) {
        return {
            exit() {
                const facts = factsOf(context.file);
                for (const job of facts.jobs) {
                    for (const step of job.steps) {
                        const known = knownUse(facts, step.uses);
                        if (!known)
                            continue;
                        const runtime = known.meta.majors[known.major];
                        if (!RETIRED_RUNTIMES.has(runtime))
                            continue;
                        context.report({
                            at: at(facts, step.uses, [...step.path, 'uses']),
                            messageId: 'retired',
                            data: { action: known.action, major: known.major, runtime, current: known.meta.current },
                        });
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/overprovisioned-secrets.ts



function overprovisioned_secrets_checkExpression(context, expression) {
    const ast = expression.ast;
    if (!ast || !/secrets/i.test(expression.body))
        return;
    visit(ast, (node) => {
        if (node.kind === 'call' &&
            node.args.length === 1 &&
            node.args[0].kind === 'context' &&
            node.args[0].name.toLowerCase() === 'secrets') {
            context.report({
                at: expression.atBody(node.start, node.end),
                messageId: 'whole',
                data: { text: expression.body.slice(node.start, node.end) },
            });
        }
        else if (node.kind === 'index' &&
            node.object.kind === 'context' &&
            node.object.name.toLowerCase() === 'secrets' &&
            node.index.kind !== 'literal') {
            context.report({
                at: expression.atBody(node.start, node.end),
                messageId: 'dynamic',
                data: { text: expression.body.slice(node.start, node.end) },
            });
        }
    });
}
/* harmony default export */ const overprovisioned_secrets = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/overprovisioned-secrets',
        domain: 'github-actions',
        description: '`toJSON(secrets)` and `secrets[<expression>]` put every secret of the repository into the job: name the secrets it needs.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 5.5,
        messages: {
            whole: '`{{text}}` hands every secret to this job (and into the runner memory): pass the secrets it needs by name.',
            dynamic: '`{{text}}` picks a secret by a computed name, so GitHub must load every secret into the job: pass the secrets it needs by name.',
        },
        equivalents: { zizmor: ['overprovisioned-secrets'], pipefort: ['cicd-sec-6-overprovisioned-secrets'] },
    },
    create(context) {
        return {
            exit(model) {
                forEachExpression(model, (expression) => overprovisioned_secrets_checkExpression(context, expression));
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/data/github-actions/tag-commits.ts
/**
 * Release tags of the most-used actions and the commit each one names, bundled so a SHA pin's `# vX` comment can be
 * checked offline. Snapshot date: 2026-11-24. The facts are the public tags of these repositories: a pair is listed
 * only when several independent public sources name that commit for that tag and none names another version for it;
 * a doubtful pair is left out. A commit missing here says nothing: an unknown SHA is never an error.
 *
 * Keys are `owner/repo`, lower-cased (sub-path actions such as `github/codeql-action/init` share their repository's
 * tags); values map a full 40-hex commit SHA, lower-cased, to the exact tag that names it.
 */
const TAG_COMMITS_DATE = '2026-11-24';
const tag_commits_TABLE = {
    'actions/checkout': {
        '9bb56186c3b09b4f86b1c65136769dd318469633': 'v4.1.2',
        '692973e3d937129bcbf40652eb9f2f61becf3332': 'v4.1.7',
        d632683dd7b4114ad314bca15554477dd762a938: 'v4.2.0',
        '08c6903cd8c0fde910a37f88322edcfb5dd907a8': 'v5.0.0',
        fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09: 'v5.1.0',
        '1af3b93b6815bc44a9784bd300feb67ff0d1eeb3': 'v6.0.0',
        '8e8c483db84b4bee98b60c0593521ed34d9990e8': 'v6.0.1',
        '9f698171ed81b15d1823a05fc7211befd50c8ae0': 'v6.0.3',
    },
    'actions/setup-node': {
        '60edb5dd545a775178f52524783378180af0d1f8': 'v4.0.2',
        '39370e3970a6d050c480ffad4ff0ed4d3fdee5af': 'v4.1.0',
        '49933ea5288caeca8642d1e84afbd3f7d6820020': 'v4.4.0',
        a0853c24544627f65ddf259abe73b1d18a591444: 'v5.0.0',
    },
    'actions/setup-python': {
        '42375524e23c412d93fb67b49958b491fce71c38': 'v5.4.0',
        '8d9ed9ac5c53483de85588cdf95a591a75ab9f55': 'v5.5.0',
        e797f83bcb11b83ae66e0230d6156d7c80228e7c: 'v6.0.0',
    },
    'actions/setup-go': {
        '0c52d547c9bc32b1aa3301fd7a9cb496313a4491': 'v5.0.0',
        d35c59abb061a4a6fb18e82ac0862c26744d6ab5: 'v5.5.0',
        '44694675825211faa026b3c33043df3e48a5fa00': 'v6.0.0',
    },
    'actions/setup-java': {
        '99b8673ff64fbf99d8d325f52d9a5bdedb8483e9': 'v4.2.1',
        '3a4f6e1af504cf6a31855fa899c6aa5355ba6c12': 'v4.7.0',
        dded0888837ed1f317902acf8a20df0ad188d165: 'v5.0.0',
    },
    'actions/cache': {
        '1bd1e32a3bdc45362d1e726936510720a7c30a57': 'v4.2.0',
        '0057852bfaa89a56745cba8c7296529d2fc39830': 'v4.3.0',
        a7833574556fa59680c1b7cb190c1735db73ebf0: 'v5.0.0',
    },
    'actions/upload-artifact': {
        b7c566a772e6b6bfb58ed0dc250532a479d7789f: 'v6.0.0',
    },
    'actions/download-artifact': {
        fa0a91b85d4f404e444e00e005971372dc801d16: 'v4.1.8',
        d3f86a106a0bac45b974a628896c90dbdf5c8093: 'v4.3.0',
        '634f93cb2916e3fdff6788551b99b062d0335ce0': 'v5.0.0',
        '37930b1c2abaa49bbe596cd826c3c89aef350131': 'v7.0.0',
    },
    'actions/github-script': {
        '60a0d83039c74a4aee543508d2ffcb1c3799cdea': 'v7.0.1',
        ed597411d8f924073f98dfc5c65a23a2325f34cd: 'v8.0.0',
    },
    'docker/login-action': {
        '74a5d142397b4f367a81961eba4e8cd7edddf772': 'v3.4.0',
        '184bdaa0721073962dff0199f1fb9940f07167d1': 'v3.5.0',
        '5e57cd118135c172c3672efd75eb46360885c0ef': 'v3.6.0',
    },
    'docker/build-push-action': {
        '0565240e2d4ab88bba5387d719585280857ece09': 'v5.0.0',
        ee4ca427a2f43b6a16632044ca514c076267da23: 'v6.19.0',
    },
    'docker/setup-buildx-action': {
        e468171a9de216ec08956ac3ada2f0791b6bd435: 'v3.11.1',
    },
    'docker/metadata-action': {
        '96383f45573cb7f253c731d3b3ab81c87ef81934': 'v5.0.0',
        c1e51972afc2121e065aed6d45c65596fe445f3f: 'v5.8.0',
    },
    'github/codeql-action': {
        '662472033e021d55d94146f66f6058822b0b39fd': 'v3.27.0',
        ff0a06e83cb2de871e5a09832bc6a81e7276941f: 'v3.28.18',
    },
};
/** Repository (`owner/repo`, lower-cased) → commit SHA → tag. */
const TAG_COMMITS = new Map(Object.entries(tag_commits_TABLE).map(([repository, commits]) => [repository, new Map(Object.entries(commits))]));
/**
 * The tag that names `sha` in `repository` (`owner/repo`, any case; a full 40-hex SHA, any case), or undefined
 * when the snapshot does not know that commit.
 */
function knownTag(repository, sha) {
    return TAG_COMMITS.get(repository.toLowerCase())?.get(sha.toLowerCase());
}

;// CONCATENATED MODULE: ./src/rules/github-actions/ref-version-mismatch.ts



const VERSION = /^v?(\d+(?:\.\d+)*)(?:[-+].*)?$/i;
function components(version) {
    return VERSION.exec(version)?.[1]?.split('.');
}
/** `v4` and `v4.1.1` agree (one is a prefix of the other); `v3` and `v4.1.1` do not. */
function compatible(a, b) {
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i++)
        if (Number(a[i]) !== Number(b[i]))
            return false;
    return true;
}
/* harmony default export */ const ref_version_mismatch = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/ref-version-mismatch',
        domain: 'github-actions',
        description: 'The version comment after a pinned `uses:` must agree with the ref, with the other pins of the same action in the file, and with the tag a known commit belongs to.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 4.0,
        messages: {
            tag: '"{{uses}}" is commented `# {{comment}}`, which is not the version the ref names: fix the comment or the ref.',
            knownSha: '"{{uses}}" is commented `# {{comment}}`, but {{sha7}} is the commit of {{action}} {{tag}} (snapshot of {{date}}): fix the comment or the pin.',
            sameShaTwoVersions: 'This SHA of `{{action}}` is commented `# {{comment}}` here but `# {{other}}` on line {{line}}: one of the comments is wrong.',
            sameVersionTwoShas: '`{{action}}` `# {{comment}}` is pinned to a different SHA on line {{line}}: one tag cannot point to two commits, so one pin is not what its comment says.',
        },
        equivalents: { zizmor: ['ref-version-mismatch'], pipefort: ['cicd-sec-3-ref-version-mismatch'] },
    },
    create(context) {
        const pins = [];
        const collect = (uses) => {
            if (uses?.kind !== 'repository' || !uses.ref || !uses.commentVersion || !uses.slug)
                return;
            const comment = components(uses.commentVersion);
            if (uses.refKind === 'sha') {
                const action = uses.subPath ? `${uses.slug}/${uses.subPath.toLowerCase()}` : uses.slug;
                const tag = knownTag(uses.slug, uses.ref);
                if (tag === undefined) {
                    pins.push({ uses, action, verified: false });
                    return;
                }
                const known = components(tag);
                if (comment && known && !compatible(comment, known)) {
                    // The snapshot settles it: this pin is reported here and nowhere else.
                    const data = {
                        uses: uses.value.trim(),
                        comment: uses.commentVersion,
                        sha7: uses.ref.slice(0, 7).toLowerCase(),
                        action: uses.slug,
                        tag,
                        date: TAG_COMMITS_DATE,
                    };
                    context.report({ at: uses, messageId: 'knownSha', data });
                    return;
                }
                pins.push({ uses, action, verified: true });
                return;
            }
            const ref = components(uses.ref);
            if (uses.refKind === 'tag' && ref && comment && !compatible(ref, comment)) {
                context.report({ at: uses, messageId: 'tag', data: { uses: uses.value.trim(), comment: uses.commentVersion } });
            }
        };
        return {
            exit(model) {
                forEachJobAndStep(model, (job) => collect(job.uses), (step) => collect(step.uses));
                // Pins the snapshot vouches for go first, so that when one of them and an unknown pin disagree, the unknown
                // pin is the one reported.
                const ordered = [...pins.filter((pin) => pin.verified), ...pins.filter((pin) => !pin.verified)];
                const bySha = new Map();
                const byVersion = new Map();
                for (const pin of ordered) {
                    const sha = `${pin.action}@${pin.uses.ref.toLowerCase()}`;
                    const version = `${pin.action}#${pin.uses.commentVersion.toLowerCase().replace(/^v/, '')}`;
                    const first = bySha.get(sha);
                    const firstVersion = byVersion.get(version);
                    const data = { action: pin.action, comment: pin.uses.commentVersion };
                    // A known commit's comments were each checked against its tag: two of them cannot contradict each other.
                    if (first &&
                        !pin.verified &&
                        components(first.uses.commentVersion)?.join('.') !== components(pin.uses.commentVersion)?.join('.')) {
                        const line = first.uses.span.line;
                        context.report({
                            at: pin.uses,
                            messageId: 'sameShaTwoVersions',
                            data: { ...data, other: first.uses.commentVersion, line },
                        });
                    }
                    else if (firstVersion &&
                        !(firstVersion.verified && pin.verified) &&
                        firstVersion.uses.ref.toLowerCase() !== pin.uses.ref.toLowerCase()) {
                        context.report({
                            at: pin.uses,
                            messageId: 'sameVersionTwoShas',
                            data: { ...data, line: firstVersion.uses.span.line },
                        });
                    }
                    if (!first)
                        bySha.set(sha, pin);
                    if (!firstVersion)
                        byVersion.set(version, pin);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/reusable-workflow-call.ts





function typeProblem(type, node) {
    if (!type || !(0,dist/* isScalar */.jn)(node))
        return undefined;
    const value = node.value;
    if (typeof value === 'string' && value.includes('${{'))
        return undefined;
    if (type === 'boolean' && typeof value !== 'boolean')
        return 'a boolean (true or false)';
    if (type === 'number' && typeof value !== 'number')
        return 'a number';
    return undefined;
}
/* harmony default export */ const reusable_workflow_call = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/reusable-workflow-call',
        domain: 'github-actions',
        description: 'Calls to local reusable workflows must match their `workflow_call` contract: required inputs and secrets, known names, input types.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            notFound: '{{path}} does not exist in this repository.',
            notCallable: '{{path}} has no `on: workflow_call` trigger, so it cannot be called.',
            missingInput: 'Required input "{{name}}" of {{path}} is not given in `with`.',
            unknownInput: '{{path}} has no input "{{name}}" (inputs: {{names}}).{{hint}}',
            type: 'Input "{{name}}" of {{path}} is a {{type}}: pass {{expected}}.',
            missingSecret: 'Required secret "{{name}}" of {{path}} is not passed in `secrets` (or use `secrets: inherit`).',
            unknownSecret: '{{path}} declares no secret "{{name}}" (secrets: {{names}}).{{hint}}',
        },
        equivalents: { actionlint: ['workflow-call'] },
    },
    create(context) {
        return {
            exit() {
                const facts = factsOf(context.file);
                if (facts.kind !== 'workflow')
                    return;
                for (const job of facts.jobs) {
                    const uses = job.uses?.value;
                    if (typeof uses !== 'string' || !uses.startsWith('./') || uses.includes('${{'))
                        continue;
                    const usesAt = at(facts, job.uses, [...job.path, 'uses']);
                    const called = readLocalWorkflow((path) => context.readFile(path), uses);
                    if (called === null) {
                        context.report({ at: usesAt, messageId: 'notFound', data: { path: uses } });
                        continue;
                    }
                    if (!called)
                        continue;
                    const path = called.path;
                    if (!called.callable) {
                        context.report({ at: usesAt, messageId: 'notCallable', data: { path } });
                        continue;
                    }
                    const withNode = facts_valueOf(job.node, 'with');
                    const given = new Map(entries(withNode).map((pair) => [String(pair.key.value).toLowerCase(), pair]));
                    const inputNames = [...called.inputs.values()].map((input) => input.name);
                    for (const input of called.inputs.values()) {
                        if (input.required && !input.hasDefault && !given.has(input.name.toLowerCase())) {
                            context.report({ at: usesAt, messageId: 'missingInput', data: { name: input.name, path } });
                        }
                    }
                    for (const [lower, pair] of given) {
                        const name = String(pair.key.value);
                        const input = called.inputs.get(lower);
                        if (!input) {
                            context.report({
                                at: at(facts, pair.key, [...job.path, 'with', name]),
                                messageId: 'unknownInput',
                                data: { name, path, names: inputNames.join(', ') || 'none', hint: didYouMean(name, inputNames) },
                            });
                            continue;
                        }
                        const expected = typeProblem(input.type, pair.value);
                        if (expected)
                            context.report({
                                at: at(facts, pair.value, [...job.path, 'with', name]),
                                messageId: 'type',
                                data: { name, path, type: input.type, expected },
                            });
                    }
                    const secretsNode = facts_valueOf(job.node, 'secrets');
                    if ((0,dist/* isScalar */.jn)(secretsNode) && secretsNode.value === 'inherit')
                        continue;
                    const passed = new Map(entries(secretsNode).map((pair) => [String(pair.key.value).toLowerCase(), pair]));
                    const secretNames = [...called.secrets.values()].map((secret) => secret.name);
                    for (const secret of called.secrets.values()) {
                        if (secret.required && !passed.has(secret.name.toLowerCase())) {
                            context.report({ at: usesAt, messageId: 'missingSecret', data: { name: secret.name, path } });
                        }
                    }
                    if (!(0,dist/* isMap */.jh)(secretsNode))
                        continue;
                    for (const [lower, pair] of passed) {
                        if (called.secrets.has(lower))
                            continue;
                        const name = String(pair.key.value);
                        context.report({
                            at: at(facts, pair.key, [...job.path, 'secrets', name]),
                            messageId: 'unknownSecret',
                            data: { name, path, names: secretNames.join(', ') || 'none', hint: didYouMean(name, secretNames) },
                        });
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/secrets-inherit.ts

/* harmony default export */ const secrets_inherit = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/secrets-inherit',
        domain: 'github-actions',
        description: '`secrets: inherit` hands every secret of the repository to a reusable workflow from another repository: pass the ones it needs by name.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 4.5,
        messages: {
            inherit: '`secrets: inherit` gives "{{uses}}" every secret this repository and its organization hold: pass only the secrets it declares (`secrets: { NAME: ${{ secrets.NAME }} }`).',
        },
        equivalents: { zizmor: ['secrets-inherit'], pipefort: ['cicd-sec-4-secrets-inherit-pr-target'] },
    },
    create(context) {
        return {
            job(job) {
                const secrets = job.secrets;
                if (!secrets || !('value' in secrets) || secrets.value !== 'inherit')
                    return;
                // A workflow of the same repository is under the same review as the caller.
                if (!job.uses || job.uses.kind === 'local')
                    return;
                context.report({ at: secrets, messageId: 'inherit', data: { uses: job.uses.value.trim() } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/secrets-outside-environment.ts


const allowed = new WeakMap();
/** GITHUB_TOKEN and the configured names, upper-cased; once per options object (the engine reuses it for every file). */
function allowedOf(options) {
    let set = allowed.get(options);
    if (!set) {
        set = new Set(['GITHUB_TOKEN', ...(options.allow ?? [])].map((name) => name.toUpperCase()));
        allowed.set(options, set);
    }
    return set;
}
function secrets_outside_environment_checkExpression(context, allow, expression) {
    const job = expression.job;
    if (!job || job.environment || job.uses || !expression.body.includes('secrets'))
        return;
    for (const access of expression.accesses) {
        const first = access.path[0];
        if (access.context !== 'secrets' || !first || !('name' in first) || allow.has(first.name.toUpperCase()))
            continue;
        context.report({
            at: expression.atBody(access.start, access.end),
            messageId: 'outside',
            data: { job: job.id, name: first.name },
        });
    }
}
/* harmony default export */ const secrets_outside_environment = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/secrets-outside-environment',
        domain: 'github-actions',
        description: 'Opt-in: secrets should be read only by jobs that name a deployment `environment:`, so environment protection rules (reviewers, branch rules) guard them.',
        category: 'security',
        defaultSeverity: 'note',
        recommended: false,
        securitySeverity: 3.0,
        messages: {
            outside: 'Job "{{job}}" reads `secrets.{{name}}` without an `environment:`: move the secret to an environment with protection rules and name it in the job.',
        },
        equivalents: { zizmor: ['secrets-outside-env'] },
        defaultOptions: { allow: [] },
        optionsSchema: {
            type: 'object',
            additionalProperties: false,
            properties: {
                allow: {
                    description: 'Secret names that may be read outside an environment.',
                    type: 'array',
                    items: { type: 'string' },
                },
            },
        },
    },
    create(context) {
        const allow = allowedOf(context.options);
        return {
            exit(model) {
                forEachExpression(model, (expression) => secrets_outside_environment_checkExpression(context, allow, expression));
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/support/labels.ts
const lowered = new WeakMap();
/** The configured self-hosted runner labels, lower-cased: worked out once per settings, which every file shares. */
function selfHostedLabels(labels) {
    let set = lowered.get(labels);
    if (!set) {
        set = new Set(labels.map((label) => label.toLowerCase()));
        lowered.set(labels, set);
    }
    return set;
}

;// CONCATENATED MODULE: ./src/rules/github-actions/self-hosted-runner.ts




function collectLabels(value, labels) {
    if ((0,dist/* isScalar */.jn)(value) && typeof value.value === 'string')
        labels.push(value.value);
    else if ((0,dist/* isSeq */.oP)(value))
        for (const item of value.items)
            collectLabels(item, labels);
}
function selfHostedLabel(job, configured) {
    const node = job.runsOn?.node ?? null;
    const labels = [];
    if ((0,dist/* isMap */.jh)(node))
        collectLabels(node.get('labels', true), labels);
    else
        collectLabels(node, labels);
    return labels.find((label) => !label.includes('${{') && (label.toLowerCase() === 'self-hosted' || configured.has(label.toLowerCase())));
}
/* harmony default export */ const self_hosted_runner = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/self-hosted-runner',
        domain: 'github-actions',
        description: 'Workflows outsiders can trigger (fork pull requests, issues, comments) must not run on self-hosted runners, which keep state and network access between jobs.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 7.0,
        messages: {
            selfHosted: 'Job "{{job}}" runs on the self-hosted runner "{{label}}" in a workflow triggered by `{{trigger}}`, which outsiders can fire: their code could persist on the machine or reach your network. Use GitHub-hosted runners here.',
        },
        equivalents: {
            zizmor: ['self-hosted-runner'],
            scorecard: ['Dangerous-Workflow'],
            pipefort: ['best-prac-3-self-hosted-runners'],
        },
    },
    create(context) {
        const configured = selfHostedLabels(context.settings.selfHostedRunnerLabels);
        return {
            workflow(workflow) {
                const trigger = [...(workflow.on?.events.keys() ?? [])].filter((event) => OUTSIDER_TRIGGERS.has(event));
                if (trigger.length === 0)
                    return;
                for (const job of workflow.jobs) {
                    const label = selfHostedLabel(job, configured);
                    if (label)
                        context.report({
                            at: job.runsOn,
                            messageId: 'selfHosted',
                            data: { job: job.id, label, trigger: trigger.join('`, `') },
                        });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/setup-without-cache.ts





const EXAMPLES = {
    'actions/setup-node': 'npm',
    'actions/setup-python': 'pip',
    'actions/setup-java': 'maven',
    'actions/setup-dotnet': 'true',
    'actions/setup-go': 'true',
};
/* harmony default export */ const setup_without_cache = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/setup-without-cache',
        domain: 'github-actions',
        description: 'setup-* actions that can cache dependencies should have caching on (or the job should use actions/cache).',
        category: 'performance',
        defaultSeverity: 'note',
        recommended: true,
        messages: {
            off: '{{action}} can cache dependencies but `{{input}}` is not set: every run downloads them again (e.g. `{{input}}: {{example}}`).',
            disabled: '{{action}} has caching turned off with `{{input}}: false`.',
        },
    },
    create(context) {
        return {
            exit() {
                const facts = factsOf(context.file);
                for (const job of facts.jobs) {
                    const usesCache = job.steps.some((step) => typeof step.uses?.value === 'string' && /^actions\/cache(\/restore)?@/i.test(step.uses.value));
                    if (usesCache)
                        continue;
                    for (const step of job.steps) {
                        const known = knownUse(facts, step.uses);
                        if (!known?.meta.cacheInput)
                            continue;
                        const input = known.meta.cacheInput;
                        const given = [...step.with.entries()].find(([name]) => name.toLowerCase() === input);
                        const data = { action: known.action, input, example: EXAMPLES[known.action] ?? 'true' };
                        if (given) {
                            const value = given[1].value;
                            if ((0,dist/* isScalar */.jn)(value) && (value.value === false || value.value === 'false')) {
                                context.report({ at: at(facts, value, [...step.path, 'with', input]), messageId: 'disabled', data });
                            }
                            continue;
                        }
                        // Caching on by default: setup-go; setup-node from v5 caches npm projects on its own.
                        if (known.action === 'actions/setup-go')
                            continue;
                        if (known.action === 'actions/setup-node' && majorNumber(known.major) >= 5)
                            continue;
                        context.report({ at: at(facts, step.uses, [...step.path, 'uses']), messageId: 'off', data });
                    }
                }
            },
        };
    },
}));

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/rules/github-actions/support/shellcheck.ts


let available;
/** True when a `shellcheck` binary is on PATH (checked once per process). */
function shellcheckAvailable() {
    if (available === undefined) {
        const probe = (0,external_node_child_process_.spawnSync)('shellcheck', ['--version'], { encoding: 'utf8', timeout: 10_000 });
        available = probe.status === 0;
    }
    return available;
}
/** For tests: pretend shellcheck is (not) installed. */
function setShellcheckAvailable(value) {
    available = value;
}
/**
 * Bounds of one shellcheck call. Scripts go to shellcheck as file arguments: a call over thousands of them exceeds
 * the system's limit on a command line (E2BIG, 32 KB on Windows) and fails as a whole. The file names are short
 * (`<n>.sh` in one temporary folder), so the count bounds the length.
 */
const MAX_SCRIPTS_PER_CALL = 200;
const MAX_SCRIPT_BYTES_PER_CALL = 512 * 1024;
const DEFAULT_TIMEOUT_SECONDS = 10;
/** Results of scripts already checked in this process, by dialect, excluded codes and text. */
const outcomes = new Map();
const MAX_REMEMBERED = 20_000;
function groupOf(dialect, exclude) {
    return `${dialect}\u0000${exclude.join(',')}`;
}
function keyOf(dialect, exclude, text) {
    return `${dialect}\u0000${exclude.join(',')}\u0000${text}`;
}
/**
 * Scripts sent to the pool while the run is still walking files, once this many of one option set are waiting: the
 * pool checks them on the other cores meanwhile. The batch then grows with what was sent (up to a call's bound), so
 * a run of many scripts pays for few shellcheck starts.
 */
const STREAM_BATCH = 32;
/**
 * The scripts of a whole run: each file adds its scripts while it is walked, and the unique ones not seen before are
 * checked in one pool of shellcheck processes (at most one per core); the files then read their outcomes.
 *
 * Two ways to run the pool. By default `settle()` runs it once, after every file was walked (a synchronous caller,
 * such as the engine's `checkFile`). When the run calls `begin()` first (the CLI does), the pool starts with the
 * first script and takes batches as files add them, so shellcheck works on the other cores while the run goes on
 * walking; `ready()` then sends the rest and waits for the outcomes, and `settle()` has nothing left to do.
 */
class ShellcheckRun {
    options;
    wanted = new Map();
    /** Outcomes of this run; only scripts that were checked are remembered beyond it (a timeout may not recur). */
    results = new Map();
    stream;
    streaming = false;
    /** Scripts and bytes waiting per option set, while streaming. */
    waiting = new Map();
    constructor(options) {
        this.options = options;
    }
    get concurrency() {
        return Math.max(1, this.options.concurrency ?? (0,external_node_os_.availableParallelism)());
    }
    begin() {
        this.streaming = true;
    }
    /** Queues a script; returns the key its outcome is read back with. */
    add(text, dialect, exclude) {
        const key = keyOf(dialect, exclude, text);
        if (outcomes.has(key) || this.wanted.has(key) || this.stream?.has(key))
            return key;
        this.wanted.set(key, { dialect, exclude, text });
        if (this.streaming)
            this.sendFullBatches(dialect, exclude, text.length);
        return key;
    }
    outcome(key) {
        return this.results.get(key) ?? outcomes.get(key) ?? { kind: 'failed', reason: 'shellcheck did not run' };
    }
    /** Sends the waiting scripts of one option set once a batch of them is waiting. */
    sendFullBatches(dialect, exclude, bytes) {
        const group = groupOf(dialect, exclude);
        const waiting = this.waiting.get(group) ?? { scripts: 0, bytes: 0 };
        waiting.scripts++;
        waiting.bytes += bytes;
        this.waiting.set(group, waiting);
        const batch = Math.min(MAX_SCRIPTS_PER_CALL, Math.max(STREAM_BATCH, this.stream?.size ?? 0));
        if (waiting.scripts < batch && waiting.bytes < MAX_SCRIPT_BYTES_PER_CALL)
            return;
        this.waiting.delete(group);
        const scripts = [];
        for (const entry of this.wanted)
            if (groupOf(entry[1].dialect, entry[1].exclude) === group)
                scripts.push(entry);
        for (const [key] of scripts)
            this.wanted.delete(key);
        this.stream ??= new PoolStream(this.concurrency, this.options.timeoutSeconds);
        this.stream.send(scripts, 1);
    }
    async ready() {
        const stream = this.stream;
        if (!stream)
            return;
        this.stream = undefined;
        this.waiting.clear();
        const rest = [...this.wanted.entries()];
        this.wanted.clear();
        stream.send(rest, this.concurrency);
        this.record(await stream.finish());
    }
    settle() {
        const scripts = [...this.wanted.entries()];
        this.wanted.clear();
        if (scripts.length === 0)
            return;
        const concurrency = this.concurrency;
        const texts = scripts.map(([, script]) => script.text);
        const calls = planCalls(scripts.map(([, script]) => script), concurrency);
        const lines = [JSON.stringify(poolHeader(concurrency, this.options.timeoutSeconds))];
        for (const call of calls)
            lines.push(JSON.stringify(callMessage(call, texts, 0)));
        const outcomesOfPool = runPool(`${lines.join('\n')}\n`, texts.length, calls.length, concurrency, this.options);
        this.record(scripts.map(([key], index) => [key, outcomesOfPool[index]]));
    }
    record(settled) {
        if (outcomes.size + settled.length > MAX_REMEMBERED)
            outcomes.clear();
        for (const [key, outcome] of settled) {
            this.results.set(key, outcome);
            if (outcome.kind === 'checked')
                outcomes.set(key, outcome);
        }
    }
}
function poolHeader(concurrency, timeoutSeconds) {
    return { concurrency, timeoutMs: Math.max(1, Math.round(timeoutSeconds * 1000)) };
}
/** One line of the pool's input: a call, with the texts of its scripts (numbered from `first`). */
function callMessage(call, texts, first) {
    return {
        args: call.args,
        scripts: call.scripts.map((index) => first + index),
        texts: call.scripts.map((index) => texts[index]),
    };
}
/**
 * A pool process that takes calls while it runs: its input is written as the run finds scripts (a pipe write does
 * not wait for the event loop), its outcomes are read once the run has walked every file. The process and its pipes
 * hold the event loop only while the run waits for it, so a run that ends early (an error) is not kept alive.
 */
class PoolStream {
    concurrency;
    timeoutSeconds;
    child;
    keys = [];
    sent = new Set();
    calls = 0;
    stdout = '';
    stderr = '';
    closed;
    constructor(concurrency, timeoutSeconds) {
        this.concurrency = concurrency;
        this.timeoutSeconds = timeoutSeconds;
        this.child = (0,external_node_child_process_.spawn)(process.execPath, ['-e', POOL_PROGRAM], {
            stdio: ['pipe', 'pipe', 'pipe'],
            env: { ...process.env, NODE_OPTIONS: '' },
            windowsHide: true,
        });
        this.closed = new Promise((resolve) => {
            this.child.on('error', (error) => resolve({ code: null, signal: null, error }));
            this.child.on('close', (code, signal) => resolve({ code, signal }));
        });
        this.child.stdin.on('error', () => {
            // The pool is gone: `finish` reports every script of it as not checked.
        });
        this.child.stdout.setEncoding('utf8').on('data', (chunk) => {
            this.stdout += chunk;
        });
        this.child.stderr.setEncoding('utf8').on('data', (chunk) => {
            if (this.stderr.length < 4096)
                this.stderr += chunk;
        });
        this.hold(false);
        this.write(poolHeader(concurrency, timeoutSeconds));
    }
    has(key) {
        return this.sent.has(key);
    }
    /** Scripts sent so far. */
    get size() {
        return this.keys.length;
    }
    /** Sends scripts as calls of at most `spread` processes' worth (planCalls' bounds apply). */
    send(scripts, spread) {
        if (scripts.length === 0)
            return;
        const first = this.keys.length;
        for (const [key] of scripts) {
            this.keys.push(key);
            this.sent.add(key);
        }
        const texts = scripts.map(([, script]) => script.text);
        for (const call of planCalls(scripts.map(([, script]) => script), spread)) {
            this.calls++;
            this.write(callMessage(call, texts, first));
        }
    }
    async finish() {
        this.hold(true);
        this.child.stdin.end();
        const timeoutMs = poolHeader(this.concurrency, this.timeoutSeconds).timeoutMs;
        const bound = poolBound(timeoutMs, this.calls, this.keys.length, this.concurrency);
        const timer = setTimeout(() => this.child.kill('SIGTERM'), bound);
        const { code, signal, error } = await this.closed;
        clearTimeout(timer);
        const settled = readOutcomes(this.stdout, this.stderr, this.keys.length, this.timeoutSeconds, error ? `the shellcheck pool did not finish: ${error.message}` : exitProblem(code, signal, this.stderr));
        return this.keys.map((key, index) => [key, settled[index]]);
    }
    write(message) {
        if (this.child.stdin.writable)
            this.child.stdin.write(`${JSON.stringify(message)}\n`);
    }
    /** Lets the pool keep the process alive (while the run waits for it), or not (while files are still walked). */
    hold(on) {
        const handles = [this.child, this.child.stdin, this.child.stdout, this.child.stderr];
        for (const handle of handles)
            (on ? handle?.ref : handle?.unref)?.call(handle);
    }
}
/** Every call and every retry of a script alone is bounded; this bounds the pool process itself if it misbehaves. */
function poolBound(timeoutMs, calls, scripts, concurrency) {
    return timeoutMs * Math.ceil((calls + scripts) / concurrency + 2) + 30_000;
}
function exitProblem(code, signal, stderr) {
    if (code === 0)
        return undefined;
    return `the shellcheck pool stopped (${signal ?? `exit code ${code}`}): ${firstLine(stderr)}`;
}
/** The pool's answer, one outcome per script; every script is "not checked" when the pool failed. */
function readOutcomes(stdout, stderr, count, timeoutSeconds, problem) {
    const failAll = (reason) => Array.from({ length: count }, () => ({ kind: 'failed', reason }));
    if (problem)
        return failAll(problem);
    try {
        const parsed = JSON.parse(stdout);
        if (!Array.isArray(parsed.outcomes) || parsed.outcomes.length !== count)
            return failAll('the shellcheck pool answered for the wrong scripts');
        return parsed.outcomes.map((outcome) => {
            if (outcome?.kind === 'timeout')
                return { kind: 'timeout', seconds: timeoutSeconds };
            return outcome?.kind === 'checked' || outcome?.kind === 'failed'
                ? outcome
                : { kind: 'failed', reason: 'the shellcheck pool gave no outcome' };
        });
    }
    catch {
        return failAll(`the shellcheck pool printed no result: ${firstLine(stderr)}`);
    }
}
/**
 * Splits the scripts into calls: one shellcheck option set per call (dialect, excluded codes), each call bounded in
 * scripts and bytes, and enough calls to keep every process of the pool busy.
 */
function planCalls(scripts, concurrency) {
    const groups = new Map();
    scripts.forEach((script, index) => {
        const id = groupOf(script.dialect, script.exclude);
        let group = groups.get(id);
        if (!group) {
            const args = ['--format=json1', `--shell=${script.dialect}`, '--norc'];
            if (script.exclude.length > 0)
                args.push(`--exclude=${script.exclude.map((code) => `SC${code}`).join(',')}`);
            groups.set(id, (group = { args, members: [] }));
        }
        group.members.push(index);
    });
    // As few calls as keep every core busy: each shellcheck process costs a start-up of its own.
    const perCall = Math.max(1, Math.min(MAX_SCRIPTS_PER_CALL, Math.ceil(scripts.length / concurrency)));
    const calls = [];
    for (const { args, members } of groups.values()) {
        let current = [];
        let bytes = 0;
        for (const index of members) {
            const size = scripts[index].text.length;
            if (current.length > 0 && (current.length >= perCall || bytes + size > MAX_SCRIPT_BYTES_PER_CALL)) {
                calls.push({ args, scripts: current });
                current = [];
                bytes = 0;
            }
            current.push(index);
            bytes += size;
        }
        if (current.length > 0)
            calls.push({ args, scripts: current });
    }
    return calls;
}
/**
 * Runs the calls in a pool and answers one outcome per script. The pool is a short-lived Node process of its own
 * (POOL_PROGRAM below): the engine is synchronous, and a child process can run shellcheck processes side by side,
 * time them out, and remove its temporary folder when it is interrupted (SIGINT, SIGTERM, SIGHUP) as well as when
 * it ends, which a caller blocked in spawnSync cannot.
 */
function runPool(input, count, calls, concurrency, options) {
    const { timeoutMs } = poolHeader(concurrency, options.timeoutSeconds);
    const child = (0,external_node_child_process_.spawnSync)(process.execPath, ['-e', POOL_PROGRAM], {
        input,
        encoding: 'utf8',
        maxBuffer: 512 * 1024 * 1024,
        timeout: poolBound(timeoutMs, calls, count, concurrency),
        killSignal: 'SIGTERM',
        // No loader hooks or flags of the caller (a test runner's, tsx's): the program is plain CommonJS.
        env: { ...process.env, NODE_OPTIONS: '' },
        windowsHide: true,
    });
    const problem = child.error
        ? `the shellcheck pool did not finish: ${child.error.message}`
        : exitProblem(child.status, child.signal, child.stderr);
    return readOutcomes(child.stdout, child.stderr, count, options.timeoutSeconds, problem);
}
function firstLine(text) {
    return (text ?? '').trim().split('\n')[0]?.slice(0, 300) ?? '';
}
/**
 * The pool, run as `node -e`. Its input is one JSON object a line: first `{concurrency, timeoutMs}`, then calls
 * `{args, scripts, texts}` (script numbers and their texts), as they come: a run that streams them keeps writing
 * while it walks files. Each script is written once into a private temporary folder; the calls run at most
 * `concurrency` at a time, each killed after `timeoutMs`. A call that times out or fails is split into one call per
 * script, so that one slow or broken script costs only its own outcome. Once the input ends and every call is done,
 * prints `{outcomes}` (one per script, in script order). The folder is removed on exit and on SIGINT, SIGTERM and
 * SIGHUP, after the shellcheck processes are killed. Plain JavaScript in a string, so that it runs the same from the
 * sources, the tests and the bundles.
 */
const POOL_PROGRAM = String.raw `'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shipshape-sc-'));
const children = new Set();
let removed = false;
function cleanUp() {
  for (const child of children) { try { child.kill('SIGKILL'); } catch {} }
  if (!removed) { removed = true; fs.rmSync(dir, { recursive: true, force: true }); }
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => { cleanUp(); process.exit(128 + (os.constants.signals[signal] || 0)); });
}
process.on('exit', cleanUp);
let concurrency = 1;
let timeoutMs = 10000;
let header = true;
let ended = false;
let count = 0;
const files = [];
const byFile = new Map();
const outcomes = [];
const queue = [];
let running = 0;
function firstLine(text) { return String(text || '').trim().split('\n')[0].slice(0, 300); }
function take(line) {
  if (line.trim() === '') return;
  const message = JSON.parse(line);
  if (header) { header = false; concurrency = message.concurrency; timeoutMs = message.timeoutMs; return; }
  message.scripts.forEach((script, index) => {
    const file = path.join(dir, script + '.sh');
    fs.writeFileSync(file, message.texts[index]);
    files[script] = file;
    byFile.set(file, script);
    count = Math.max(count, script + 1);
  });
  queue.push({ args: message.args, scripts: message.scripts });
}
function settle(call, outcome) {
  if (call.scripts.length > 1) { for (const script of call.scripts) queue.push({ args: call.args, scripts: [script] }); }
  else outcomes[call.scripts[0]] = outcome;
}
function start(call) {
  running++;
  let stdout = '';
  let stderr = '';
  let timedOut = false;
  let done = false;
  let child;
  const finish = (handler) => { if (done) return; done = true; clearTimeout(timer); children.delete(child); running--; handler(); next(); };
  try {
    child = spawn('shellcheck', call.args.concat(call.scripts.map((script) => files[script])), { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
  } catch (error) {
    running--;
    settle(call, { kind: 'failed', reason: 'cannot start shellcheck: ' + error.message });
    return;
  }
  children.add(child);
  const timer = setTimeout(() => { timedOut = true; try { child.kill('SIGKILL'); } catch {} }, timeoutMs);
  child.stdout.setEncoding('utf8').on('data', (chunk) => { stdout += chunk; });
  child.stderr.setEncoding('utf8').on('data', (chunk) => { if (stderr.length < 4096) stderr += chunk; });
  child.on('error', (error) => finish(() => settle(call, { kind: 'failed', reason: 'cannot run shellcheck: ' + error.message })));
  child.on('close', (code, signal) => finish(() => {
    if (timedOut) return settle(call, { kind: 'timeout' });
    let parsed;
    try { parsed = JSON.parse(stdout); } catch { parsed = undefined; }
    if ((code !== 0 && code !== 1) || !parsed || !Array.isArray(parsed.comments)) {
      return settle(call, { kind: 'failed', reason: 'shellcheck ' + (signal ? 'was killed by ' + signal : 'exited with ' + code) + (stderr ? ': ' + firstLine(stderr) : '') });
    }
    const found = new Map(call.scripts.map((script) => [script, []]));
    for (const comment of parsed.comments) {
      const list = found.get(byFile.get(comment.file));
      if (list) list.push({ line: comment.line, endLine: comment.endLine, column: comment.column, endColumn: comment.endColumn, level: comment.level, code: comment.code, message: comment.message });
    }
    for (const [script, comments] of found) outcomes[script] = { kind: 'checked', comments };
  }));
}
function next() {
  while (running < concurrency && queue.length > 0) start(queue.shift());
  if (ended && running === 0 && queue.length === 0) {
    cleanUp();
    const answer = [];
    for (let index = 0; index < count; index++) answer.push(outcomes[index] || null);
    process.stdout.write(JSON.stringify({ outcomes: answer }));
  }
}
let rest = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  const lines = (rest + chunk).split('\n');
  rest = lines.pop();
  for (const line of lines) take(line);
  next();
});
process.stdin.on('end', () => { take(rest); ended = true; next(); });
`;

;// CONCATENATED MODULE: ./src/rules/github-actions/shellcheck.ts






/** Codes that cannot be right about a workflow script: env vars come from `env:`, sourced files are not here. */
const ALWAYS_EXCLUDED = [1091, 2154];
/** Codes that are wrong on a `${{ }}` placeholder: GitHub pastes the value as text, it is not a variable. */
const PLACEHOLDER_CODES = new Set([2016, 2086, 2248, 2050, 2157, 2194]);
const LEVELS = { error: 'error', warning: 'warning', info: 'note', style: 'note' };
const RANK = ['style', 'info', 'warning', 'error'];
/** The run script with each `${{ … }}` replaced by a same-length variable, and a map back to file offsets. */
function prepare(facts, step) {
    const run = step.run;
    if (!run?.range || typeof run.value !== 'string')
        return undefined;
    const value = run.value;
    let text = '';
    let last = 0;
    const placeholders = [];
    for (const embedded of scanEmbedded(value)) {
        text += value.slice(last, embedded.start);
        const before = text.split('\n');
        const length = embedded.end - embedded.start;
        placeholders.push({
            line: before.length,
            from: before[before.length - 1].length + 1,
            to: before[before.length - 1].length + length,
        });
        text += `$${'_'.repeat(Math.max(0, length - 1))}`.replace(/\n/g, '_');
        last = embedded.end;
    }
    text += value.slice(last);
    const file = facts.file;
    const start = run.range[0];
    const startLine = file.position(start).line;
    let offsetOf;
    if (run.type === dist/* Scalar */.X5.BLOCK_LITERAL) {
        let indent = 0;
        for (let line = startLine + 1; line <= file.lineCount; line++) {
            const lineText = file.lineText(line);
            if (lineText.trim() === '')
                continue;
            indent = lineText.length - lineText.trimStart().length;
            break;
        }
        offsetOf = (line, column) => file.offset(startLine + line, indent + column);
    }
    else if (!value.includes('\n') &&
        (run.type === dist/* Scalar */.X5.PLAIN || run.type === dist/* Scalar */.X5.QUOTE_SINGLE || run.type === dist/* Scalar */.X5.QUOTE_DOUBLE)) {
        const valueStart = run.type === dist/* Scalar */.X5.PLAIN ? start : start + 1;
        offsetOf = (_line, column) => valueStart + column - 1;
    }
    else {
        offsetOf = () => start;
    }
    return { step, text: text.endsWith('\n') ? text : `${text}\n`, placeholders, offsetOf };
}
/** The run's shellcheck pool and whether the run was told that shellcheck is missing. */
const RUN_KEY = Symbol('gha/shellcheck run');
class ScriptsOfRun extends ShellcheckRun {
    missingNoticeGiven = false;
}
/* harmony default export */ const shellcheck = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/shellcheck',
        domain: 'github-actions',
        description: 'bash and sh `run:` scripts are checked with shellcheck (when it is installed), findings placed on their real line.',
        category: 'correctness',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            finding: 'SC{{code}}: {{message}}',
            missing: 'shellcheck is not installed, so run scripts were not checked (install it, e.g. `apt-get install shellcheck`).',
            timeout: "shellcheck did not finish this script within {{seconds}} s, so it was not checked (split the script, or raise the rule's `timeout` option).",
            failed: 'shellcheck could not check this script, so it was not checked: {{reason}}',
        },
        equivalents: { actionlint: ['shellcheck'] },
        defaultOptions: { minLevel: 'info', exclude: [], timeout: DEFAULT_TIMEOUT_SECONDS },
        optionsSchema: {
            type: 'object',
            properties: {
                minLevel: { enum: ['style', 'info', 'warning', 'error'] },
                exclude: { type: 'array', items: { type: 'integer' } },
                timeout: { type: 'number', exclusiveMinimum: 0, maximum: 3600 },
            },
            additionalProperties: false,
        },
    },
    create(context) {
        const minLevel = RANK.indexOf(String(context.options.minLevel ?? 'info'));
        const exclude = [...ALWAYS_EXCLUDED, ...(context.options.exclude ?? [])];
        const timeoutSeconds = Number(context.options.timeout ?? DEFAULT_TIMEOUT_SECONDS);
        return {
            exit() {
                const facts = factsOf(context.file);
                const scripts = [];
                for (const job of facts.jobs) {
                    for (const step of job.steps) {
                        if (!step.run)
                            continue;
                        const shell = effectiveShell(facts, job, step);
                        if (shell === undefined && (facts.kind === 'action' || mayRunOnWindows(job)))
                            continue;
                        const dialect = shellcheckDialect(shell);
                        if (!dialect)
                            continue;
                        const script = prepare(facts, step);
                        if (script)
                            scripts.push({ script, dialect });
                    }
                }
                if (scripts.length === 0)
                    return;
                const run = context.shared(RUN_KEY, () => new ScriptsOfRun({ timeoutSeconds }));
                const runLine = (script) => atOffsets(facts, script.step.run.range[0], script.step.run.range[0] + 1, [...script.step.path, 'run']);
                if (!shellcheckAvailable()) {
                    if (run.missingNoticeGiven)
                        return;
                    run.missingNoticeGiven = true;
                    context.report({ at: runLine(scripts[0].script), messageId: 'missing', severity: 'note' });
                    return;
                }
                // Collected now, checked once for the whole run (every file's scripts together), reported after.
                const keys = scripts.map(({ script, dialect }) => run.add(script.text, dialect, exclude));
                context.defer(() => {
                    scripts.forEach(({ script }, index) => {
                        const outcome = run.outcome(keys[index]);
                        // An unchecked script is reported at the rule's own severity (warning by default), not as a note: a
                        // `--fail-on warning` run must not pass over code it did not check.
                        if (outcome.kind === 'timeout') {
                            context.report({
                                at: runLine(script),
                                messageId: 'timeout',
                                data: { seconds: outcome.seconds },
                            });
                            return;
                        }
                        if (outcome.kind === 'failed') {
                            context.report({
                                at: runLine(script),
                                messageId: 'failed',
                                data: { reason: outcome.reason },
                            });
                            return;
                        }
                        for (const comment of outcome.comments)
                            reportComment(script, comment);
                    });
                });
                function reportComment(script, comment) {
                    if (RANK.indexOf(comment.level) < minLevel)
                        return;
                    if (PLACEHOLDER_CODES.has(comment.code)) {
                        const onPlaceholder = script.placeholders.some((p) => p.line === comment.line &&
                            (comment.code === 2016 || (comment.column <= p.to && comment.endColumn > p.from)));
                        if (onPlaceholder)
                            return;
                    }
                    const start = script.offsetOf(comment.line, comment.column);
                    const end = comment.endLine === comment.line ? script.offsetOf(comment.line, comment.endColumn) : start + 1;
                    context.report({
                        at: atOffsets(facts, start, end, [...script.step.path, 'run']),
                        messageId: 'finding',
                        data: { code: comment.code, message: comment.message },
                        severity: LEVELS[comment.level] ?? 'warning',
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/syntax.ts

/** Reported by the engine when a workflow or action.yml cannot be read as YAML; no other rule runs on that file. */
/* harmony default export */ const syntax = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/syntax',
        domain: 'github-actions',
        description: 'The workflow or action metadata is not valid YAML, is empty, or its top level is not a mapping.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: { syntax: 'Workflow syntax: {{message}}' },
        equivalents: { actionlint: ['syntax-check'] },
    },
    create: () => ({}),
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/template-injection.ts



function template_injection_checkExpression(context, expression) {
    if (!isCodeSink(expression))
        return;
    const sink = expression.place === 'run' ? 'the `run:` script' : `the \`${expression.entry}\` input`;
    for (const taint of taintsOf(expression)) {
        // No trigger of this workflow sends the field today, so it is empty: still pasted code, which a trigger added
        // later (or a copy of the step) turns into an injection. A note, not an error.
        const latent = !canCarry(expression.workflow, taint.source);
        context.report({
            at: expression.atBody(taint.access.start, taint.access.end),
            messageId: latent ? 'latent' : taint.via ? 'viaEnv' : 'direct',
            data: { source: taint.source, sink, via: taint.via ?? '' },
            ...(latent ? { severity: 'note' } : {}),
        });
    }
}
/* harmony default export */ const template_injection = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/template-injection',
        domain: 'github-actions',
        description: 'Values outsiders write (issue and PR titles, branch names, comments, commit messages) must not be pasted into scripts with `${{ }}`.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 9.0,
        messages: {
            direct: '`{{source}}` is written by whoever opens the issue, pull request, comment or branch, and `${{ }}` pastes it into {{sink}} before it runs: pass it through `env:` and read "$VAR" instead.',
            latent: "`{{source}}` is pasted into {{sink}} with `${{ }}`; none of this workflow's triggers sets it today, but a trigger added later makes it an injection: pass it through `env:` instead.",
            viaEnv: '`env.{{via}}` holds `{{source}}`, which outsiders write, and `${{ }}` pastes it into {{sink}} before it runs: read "${{via}}" from the environment instead.',
        },
        equivalents: {
            zizmor: ['template-injection'],
            actionlint: ['expression'],
            scorecard: ['Dangerous-Workflow'],
            pipefort: ['cicd-sec-4-ppe-shell-injection'],
        },
    },
    create(context) {
        return {
            exit(model) {
                forEachExpression(model, (expression) => template_injection_checkExpression(context, expression));
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/undefined-reference.ts





/**
 * Known properties of the fixed-shape contexts (docs: Contexts reference, 2026-11). `github`, `runner`, `job` and
 * `strategy` gain properties over time, so only near-misses of a known name (typos) are reported there; the
 * per-step and per-job entries are closed sets.
 */
const OPEN_PROPERTIES = {
    github: [
        'action',
        'action_path',
        'action_ref',
        'action_repository',
        'action_status',
        'actor',
        'actor_id',
        'api_url',
        'base_ref',
        'env',
        'event',
        'event_name',
        'event_path',
        'graphql_url',
        'head_ref',
        'job',
        'path',
        'ref',
        'ref_name',
        'ref_protected',
        'ref_type',
        'repository',
        'repository_id',
        'repository_owner',
        'repository_owner_id',
        'repositoryUrl',
        'retention_days',
        'run_id',
        'run_number',
        'run_attempt',
        'secret_source',
        'server_url',
        'sha',
        'token',
        'triggering_actor',
        'workflow',
        'workflow_ref',
        'workflow_sha',
        'workspace',
    ],
    runner: ['name', 'os', 'arch', 'temp', 'tool_cache', 'debug', 'environment'],
    job: [
        'container',
        'services',
        'status',
        'check_run_id',
        'workflow_ref',
        'workflow_sha',
        'workflow_repository',
        'workflow_file_path',
    ],
    strategy: ['fail-fast', 'job-index', 'job-total', 'max-parallel'],
};
/** OPEN_PROPERTIES lower-cased, for the membership test every access makes. */
const OPEN_LOWER = Object.fromEntries(Object.entries(OPEN_PROPERTIES).map(([name, properties]) => [
    name,
    new Set(properties.map((property) => property.toLowerCase())),
]));
const STEP_PROPERTIES = ['outputs', 'outcome', 'conclusion'];
const NEEDS_PROPERTIES = ['outputs', 'result'];
function nameOf(segment) {
    return segment && 'name' in segment ? segment.name : undefined;
}
function undefined_reference_keysOf(node) {
    return new Set(entries(node).map((pair) => String(pair.key.value).toLowerCase()));
}
/** Names for a message, or `none`. */
function listOf(values) {
    return [...values].join(', ') || 'none';
}
/** Where an access's context and first name are (`needs.build`), made only for a report. */
function nameAt(facts, site, access) {
    return atOffsets(facts, site.bodyStart + access.start, site.bodyStart + access.path[0].end, site.path);
}
/** The job an expression sits in, from its key path. */
function jobOf(facts, site) {
    if (facts.kind === 'action')
        return facts.jobs[0];
    return site.path[0] === 'jobs' && typeof site.path[1] === 'string' ? facts.jobsById.get(site.path[1]) : undefined;
}
/** The index of the step an expression sits in, from its key path. */
function stepIndexOf(facts, site) {
    const path = site.path;
    if (facts.kind === 'action')
        return path[0] === 'runs' && path[1] === 'steps' && typeof path[2] === 'number' ? path[2] : undefined;
    return path[0] === 'jobs' && typeof path[1] === 'string' && path[2] === 'steps' && typeof path[3] === 'number'
        ? path[3]
        : undefined;
}
/** The job of the workflow whose id is `lower` (ids compared case-insensitively). */
function jobNamed(facts, lower) {
    for (const candidate of facts.jobsById.values())
        if (candidate.id.toLowerCase() === lower)
            return candidate;
    return undefined;
}
/* harmony default export */ const undefined_reference = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/undefined-reference',
        domain: 'github-actions',
        description: 'References must point at things that exist: matrix keys, needed jobs and their outputs, earlier step ids, declared inputs and secrets.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            noMatrix: 'Job "{{job}}" has no matrix, so `matrix.{{name}}` is always empty.',
            matrix: '`matrix.{{name}}` is not a key of the matrix of job "{{job}}" (keys: {{keys}}).',
            notNeeded: '`needs.{{name}}` is not available: job "{{job}}" does not list "{{name}}" in `needs`.',
            noOutput: 'Job "{{name}}" has no output "{{output}}" (outputs: {{outputs}}).',
            noJob: '`jobs.{{name}}` is not a job of this workflow.',
            step: '`steps.{{name}}` does not name a step before this one in {{where}} (step ids: {{ids}}).',
            input: '`inputs.{{name}}` is not declared (inputs: {{inputs}}).',
            property: '`{{path}}` is not a property of the `{{context}}` context.{{hint}}',
            stepOutput: 'Step "{{step}}" runs {{action}}, which has no output "{{output}}" (outputs: {{outputs}}).{{hint}}',
            secret: '`secrets.{{name}}` is not declared under `on.workflow_call.secrets` (declared: {{secrets}}).',
        },
        equivalents: { actionlint: ['expression'] },
    },
    create(context) {
        return {
            exit() {
                const facts = factsOf(context.file);
                if (facts.kind === 'unknown' || !facts.root)
                    return;
                // Declared inputs and secrets.
                let inputs;
                let secrets;
                if (facts.kind === 'action') {
                    inputs = undefined_reference_keysOf(facts_valueOf(facts.root, 'inputs'));
                }
                else {
                    const call = facts.events.get('workflow_call');
                    const dispatch = facts.events.get('workflow_dispatch');
                    inputs = new Set([...undefined_reference_keysOf(facts_valueOf(call?.value, 'inputs')), ...undefined_reference_keysOf(facts_valueOf(dispatch?.value, 'inputs'))]);
                    if (call &&
                        facts.events.size === 1 &&
                        pairOf(call.value, 'secrets') &&
                        (0,dist/* isMap */.jh)(facts_valueOf(call.value, 'secrets'))) {
                        secrets = undefined_reference_keysOf(facts_valueOf(call.value, 'secrets'));
                        secrets.add('github_token');
                    }
                }
                for (const site of facts.expressions) {
                    if (!site.ast)
                        continue;
                    const accesses = accessesOf(site.ast);
                    if (accesses.length === 0)
                        continue;
                    const job = jobOf(facts, site);
                    const stepIndex = stepIndexOf(facts, site);
                    for (const access of accesses) {
                        const first = access.path[0];
                        const name = nameOf(first);
                        if (!name || !first)
                            continue;
                        const lower = name.toLowerCase();
                        // Own keys only: a context named like an Object.prototype member (`constructor.x`) is not one of these.
                        const known = Object.hasOwn(OPEN_PROPERTIES, access.context) ? OPEN_PROPERTIES[access.context] : undefined;
                        const knownLower = known ? OPEN_LOWER[access.context] : undefined;
                        if (known &&
                            !(knownLower ? knownLower.has(lower) : known.some((property) => property.toLowerCase() === lower))) {
                            const close = known.find((property) => distance(property.toLowerCase(), lower) <= 2);
                            if (close) {
                                context.report({
                                    at: nameAt(facts, site, access),
                                    messageId: 'property',
                                    data: {
                                        path: `${access.context}.${name}`,
                                        context: access.context,
                                        hint: ` Did you mean "${access.context}.${close}"?`,
                                    },
                                });
                            }
                            continue;
                        }
                        // `steps.<id>.<x>` and `needs.<job>.<x>`: closed sets.
                        const second = nameOf(access.path[1]);
                        const secondSegment = access.path[1];
                        const closed = access.context === 'steps' ? STEP_PROPERTIES : access.context === 'needs' ? NEEDS_PROPERTIES : undefined;
                        if (closed && second && secondSegment && !closed.includes(second.toLowerCase())) {
                            const propertyAt = atOffsets(facts, site.bodyStart + access.start, site.bodyStart + secondSegment.end, site.path);
                            context.report({
                                at: propertyAt,
                                messageId: 'property',
                                data: {
                                    path: `${access.context}.${name}.${second}`,
                                    context: access.context,
                                    hint: didYouMean(second, closed),
                                },
                            });
                            continue;
                        }
                        switch (access.context) {
                            case 'matrix': {
                                if (!job || facts.kind !== 'workflow')
                                    break;
                                if (!job.matrix)
                                    context.report({
                                        at: nameAt(facts, site, access),
                                        messageId: 'noMatrix',
                                        data: { job: job.id, name },
                                    });
                                else if (!job.matrix.dynamic && ![...job.matrix.keys].some((key) => key.toLowerCase() === lower)) {
                                    context.report({
                                        at: nameAt(facts, site, access),
                                        messageId: 'matrix',
                                        data: { job: job.id, name, keys: listOf(job.matrix.keys) },
                                    });
                                }
                                break;
                            }
                            case 'needs':
                            case 'jobs': {
                                if (facts.kind !== 'workflow')
                                    break;
                                const target = jobNamed(facts, lower);
                                if (access.context === 'needs') {
                                    if (!job)
                                        break;
                                    if (!job.needs.some((need) => String(need.value).toLowerCase() === lower)) {
                                        context.report({
                                            at: nameAt(facts, site, access),
                                            messageId: 'notNeeded',
                                            data: { job: job.id, name },
                                        });
                                        break;
                                    }
                                }
                                else if (!target) {
                                    context.report({ at: nameAt(facts, site, access), messageId: 'noJob', data: { name } });
                                    break;
                                }
                                const output = nameOf(access.path[2]);
                                const segment = access.path[2];
                                if (!target || target.uses || nameOf(access.path[1]) !== 'outputs' || !output || !segment)
                                    break;
                                if (![...target.outputs].some((key) => key.toLowerCase() === output.toLowerCase())) {
                                    const outputAt = atOffsets(facts, site.bodyStart + access.start, site.bodyStart + segment.end, site.path);
                                    context.report({
                                        at: outputAt,
                                        messageId: 'noOutput',
                                        data: { name: target.id, output, outputs: listOf(target.outputs) },
                                    });
                                }
                                break;
                            }
                            case 'steps': {
                                if (!job)
                                    break;
                                if (job.steps.some((step) => step.id && String(step.id.value).includes('${{')))
                                    break;
                                const visible = stepIndex === undefined ? job.steps : job.steps.filter((step) => step.index < stepIndex);
                                if (!visible.some((step) => step.id && step.id.value !== null && String(step.id.value).toLowerCase() === lower)) {
                                    const ids = visible.flatMap((step) => step.id && step.id.value !== null ? [String(step.id.value)] : []);
                                    const scope = facts.kind === 'action' ? 'this action' : `job "${job.id}"`;
                                    context.report({
                                        at: nameAt(facts, site, access),
                                        messageId: 'step',
                                        data: { name, where: scope, ids: listOf(ids) },
                                    });
                                    break;
                                }
                                // `steps.<id>.outputs.<x>` of a well-known action: its outputs are known.
                                const output = nameOf(access.path[2]);
                                const outputSegment = access.path[2];
                                if (nameOf(access.path[1])?.toLowerCase() !== 'outputs' || !output || !outputSegment)
                                    break;
                                const step = visible.find((candidate) => candidate.id && String(candidate.id.value).toLowerCase() === lower);
                                const known = step && knownUse(facts, step.uses);
                                if (!known?.meta.inputsComplete ||
                                    known.meta.outputsOpen ||
                                    known.meta.outputs.some((candidate) => candidate.toLowerCase() === output.toLowerCase()))
                                    break;
                                context.report({
                                    at: atOffsets(facts, site.bodyStart + access.start, site.bodyStart + outputSegment.end, site.path),
                                    messageId: 'stepOutput',
                                    data: {
                                        step: name,
                                        action: `${known.action}@${known.major}`,
                                        output,
                                        outputs: listOf(known.meta.outputs),
                                        hint: didYouMean(output, known.meta.outputs),
                                    },
                                });
                                break;
                            }
                            case 'inputs': {
                                if (inputs && !inputs.has(lower))
                                    context.report({
                                        at: nameAt(facts, site, access),
                                        messageId: 'input',
                                        data: { name, inputs: listOf(inputs) },
                                    });
                                break;
                            }
                            case 'secrets': {
                                if (secrets && !secrets.has(lower)) {
                                    context.report({
                                        at: nameAt(facts, site, access),
                                        messageId: 'secret',
                                        data: { name, secrets: listOf([...secrets].filter((s) => s !== 'github_token')) },
                                    });
                                }
                                break;
                            }
                            default:
                                break;
                        }
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/data/github-actions/events.ts
/**
 * Events that trigger workflows and their activity types (docs: "Events that trigger workflows", checked
 * 2026-11). `null` means the event takes no `types:` filter; an empty list means any type is accepted (not checked).
 */
const events_EVENTS = {
    branch_protection_rule: ['created', 'edited', 'deleted'],
    check_run: ['created', 'rerequested', 'completed', 'requested_action'],
    check_suite: ['completed', 'requested', 'rerequested'],
    create: null,
    delete: null,
    deployment: null,
    deployment_status: null,
    discussion: [
        'created',
        'edited',
        'deleted',
        'transferred',
        'pinned',
        'unpinned',
        'labeled',
        'unlabeled',
        'locked',
        'unlocked',
        'category_changed',
        'answered',
        'unanswered',
    ],
    discussion_comment: ['created', 'edited', 'deleted'],
    fork: null,
    gollum: null,
    image_version: [],
    issue_comment: ['created', 'edited', 'deleted'],
    issues: [
        'opened',
        'edited',
        'deleted',
        'transferred',
        'pinned',
        'unpinned',
        'closed',
        'reopened',
        'assigned',
        'unassigned',
        'labeled',
        'unlabeled',
        'locked',
        'unlocked',
        'milestoned',
        'demilestoned',
        'typed',
        'untyped',
    ],
    label: ['created', 'edited', 'deleted'],
    merge_group: ['checks_requested'],
    milestone: ['created', 'closed', 'opened', 'edited', 'deleted'],
    page_build: null,
    project: ['created', 'updated', 'closed', 'reopened', 'edited', 'deleted'],
    project_card: ['created', 'moved', 'converted', 'edited', 'deleted'],
    project_column: ['created', 'updated', 'moved', 'deleted'],
    public: null,
    pull_request: [
        'assigned',
        'unassigned',
        'labeled',
        'unlabeled',
        'opened',
        'edited',
        'closed',
        'reopened',
        'synchronize',
        'converted_to_draft',
        'ready_for_review',
        'locked',
        'unlocked',
        'milestoned',
        'demilestoned',
        'review_requested',
        'review_request_removed',
        'auto_merge_enabled',
        'auto_merge_disabled',
        'enqueued',
        'dequeued',
    ],
    pull_request_review: ['submitted', 'edited', 'dismissed'],
    pull_request_review_comment: ['created', 'edited', 'deleted'],
    pull_request_target: [
        'assigned',
        'unassigned',
        'labeled',
        'unlabeled',
        'opened',
        'edited',
        'closed',
        'reopened',
        'synchronize',
        'converted_to_draft',
        'ready_for_review',
        'locked',
        'unlocked',
        'milestoned',
        'demilestoned',
        'review_requested',
        'review_request_removed',
        'auto_merge_enabled',
        'auto_merge_disabled',
        'enqueued',
        'dequeued',
    ],
    push: null,
    registry_package: ['published', 'updated'],
    release: ['published', 'unpublished', 'created', 'edited', 'deleted', 'prereleased', 'released'],
    repository_dispatch: [],
    schedule: null,
    status: null,
    watch: ['started'],
    workflow_call: null,
    workflow_dispatch: null,
    workflow_run: ['completed', 'requested', 'in_progress'],
};
/** Keys each event's mapping may have besides `types`. */
const EVENT_FILTERS = {
    push: ['branches', 'branches-ignore', 'tags', 'tags-ignore', 'paths', 'paths-ignore'],
    pull_request: ['branches', 'branches-ignore', 'paths', 'paths-ignore'],
    pull_request_target: ['branches', 'branches-ignore', 'paths', 'paths-ignore'],
    workflow_run: ['workflows', 'branches', 'branches-ignore'],
    merge_group: ['branches', 'branches-ignore'],
    workflow_call: ['inputs', 'outputs', 'secrets'],
    workflow_dispatch: ['inputs'],
    // The image names and versions a custom runner image event reacts to (events-that-trigger-workflows#image_version).
    image_version: ['names', 'versions'],
};

;// CONCATENATED MODULE: ./src/rules/github-actions/unknown-event.ts




const KNOWN_EVENTS = Object.keys(events_EVENTS);
/* harmony default export */ const unknown_event = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/unknown-event',
        domain: 'github-actions',
        description: 'Workflow triggers must be real events with their own activity types and filters.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            event: 'Unknown event "{{event}}".{{hint}}',
            type: 'Unknown activity type "{{type}}" for `{{event}}` (types: {{types}}).',
            noTypes: '`{{event}}` has no activity types, so `types` is not allowed.',
            key: '`{{key}}` is not a setting of `{{event}}`{{allowed}}.',
        },
        equivalents: { actionlint: ['events'] },
    },
    create(context) {
        return {
            exit() {
                const facts = factsOf(context.file);
                if (facts.kind !== 'workflow')
                    return;
                for (const [event, { key, value }] of facts.events) {
                    if (!(event in events_EVENTS)) {
                        const close = KNOWN_EVENTS.find((name) => name.replace(/_/g, '') === event.toLowerCase().replace(/[_-]/g, '') ||
                            name === `${event}s` ||
                            `${name}s` === event);
                        context.report({
                            at: at(facts, key, ['on', event]),
                            messageId: 'event',
                            data: { event, hint: close ? ` Did you mean "${close}"?` : '' },
                        });
                        continue;
                    }
                    if (!(0,dist/* isMap */.jh)(value) || event === 'schedule')
                        continue;
                    const types = events_EVENTS[event];
                    const allowed = [...(EVENT_FILTERS[event] ?? []), ...(types !== null ? ['types'] : [])];
                    for (const pair of entries(value)) {
                        const name = String(pair.key.value);
                        if (!allowed.includes(name)) {
                            const data = { key: name, event, allowed: allowed.length ? ` (settings: ${allowed.join(', ')})` : '' };
                            context.report({
                                at: at(facts, pair.key, ['on', event, name]),
                                messageId: name === 'types' ? 'noTypes' : 'key',
                                data,
                            });
                        }
                    }
                    const typesNode = facts_valueOf(value, 'types');
                    if (!types || types.length === 0 || typesNode === undefined)
                        continue;
                    const items = (0,dist/* isSeq */.oP)(typesNode) ? typesNode.items : [typesNode];
                    items.forEach((item, index) => {
                        if (!(0,dist/* isScalar */.jn)(item) || item.value === null)
                            return;
                        const type = String(item.value);
                        if (!types.includes(type)) {
                            const path = ['on', event, 'types', ...((0,dist/* isSeq */.oP)(typesNode) ? [index] : [])];
                            context.report({
                                at: at(facts, item, path),
                                messageId: 'type',
                                data: { type, event, types: types.join(', ') },
                            });
                        }
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/unknown-key.ts




/**
 * Keys of each mapping, after GitHub's workflow syntax and action metadata syntax, cross-checked against the
 * SchemaStore workflow schema (2026-11: parallel steps, service `entrypoint`/`command`, concurrency `queue`). Hand
 * tables rather than validating against the schema: exact key positions, one pass, and messages that name the place.
 */
const WORKFLOW = ['name', 'run-name', 'on', 'permissions', 'env', 'defaults', 'concurrency', 'jobs'];
const unknown_key_JOB = [
    'name',
    'permissions',
    'needs',
    'if',
    'runs-on',
    'snapshot',
    'environment',
    'concurrency',
    'outputs',
    'env',
    'defaults',
    'steps',
    'timeout-minutes',
    'strategy',
    'continue-on-error',
    'container',
    'services',
    'uses',
    'with',
    'secrets',
];
const CALL_JOB = ['name', 'uses', 'with', 'secrets', 'strategy', 'needs', 'if', 'permissions', 'concurrency'];
const unknown_key_STEP = [
    'id',
    'if',
    'name',
    'uses',
    'run',
    'working-directory',
    'shell',
    'with',
    'env',
    'continue-on-error',
    'timeout-minutes',
    // Parallel steps.
    'background',
    'wait',
    'wait-all',
    'cancel',
    'parallel',
];
const unknown_key_STRATEGY = ['matrix', 'fail-fast', 'max-parallel'];
const unknown_key_CONTAINER = ['image', 'credentials', 'env', 'ports', 'volumes', 'options'];
const unknown_key_SERVICE = [...unknown_key_CONTAINER, 'entrypoint', 'command'];
const unknown_key_CREDENTIALS = ['username', 'password'];
const unknown_key_ENVIRONMENT = ['name', 'url', 'deployment'];
const unknown_key_CONCURRENCY = ['group', 'cancel-in-progress', 'queue'];
const unknown_key_DEFAULTS = ['run'];
const DEFAULTS_RUN = ['shell', 'working-directory'];
const CALL_INPUT = ['description', 'required', 'type', 'default'];
const DISPATCH_INPUT = ['description', 'required', 'type', 'default', 'options', 'deprecationMessage'];
const SECRET = ['description', 'required'];
const WORKFLOW_OUTPUT = ['description', 'value'];
const ACTION = ['name', 'author', 'description', 'inputs', 'outputs', 'runs', 'branding'];
const ACTION_INPUT = ['description', 'required', 'default', 'deprecationMessage'];
const ACTION_OUTPUT = ['description', 'value'];
const RUNS_NODE = ['using', 'main', 'pre', 'pre-if', 'post', 'post-if'];
const RUNS_COMPOSITE = ['using', 'steps'];
const RUNS_DOCKER = [
    'using',
    'image',
    'env',
    'entrypoint',
    'pre-entrypoint',
    'post-entrypoint',
    'args',
    'pre-if',
    'post-if',
];
const unknown_key_COMPOSITE_STEP = [
    'id',
    'if',
    'name',
    'uses',
    'run',
    'working-directory',
    'shell',
    'with',
    'env',
    'continue-on-error',
];
const BRANDING = ['icon', 'color'];
/** Reports the keys of `map` not in `allowed`; `where` names the place and path, worked out only for a report. */
function unknown_key_check(context, facts, map, allowed, where) {
    if (!(0,dist/* isMap */.jh)(map))
        return;
    let place;
    let path = [];
    for (const pair of map.items) {
        if (!(0,dist/* isScalar */.jn)(pair.key))
            continue;
        const key = String(pair.key.value);
        if (allowed.includes(key))
            continue;
        if (place === undefined)
            [place, path] = where();
        context.report({
            at: at(facts, pair.key, [...path, key]),
            messageId: 'unknown',
            data: { key, place, hint: didYouMean(key, allowed) },
        });
    }
}
function container(context, facts, node, place, path, keys = unknown_key_CONTAINER) {
    unknown_key_check(context, facts, node, keys, () => [place(), path()]);
    unknown_key_check(context, facts, facts_valueOf(node, 'credentials'), unknown_key_CREDENTIALS, () => [
        `${place()} credentials`,
        [...path(), 'credentials'],
    ]);
}
/* harmony default export */ const unknown_key = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/unknown-key',
        domain: 'github-actions',
        description: 'Workflows and action.yml files must only use keys GitHub knows, in the place it expects them.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            unknown: 'Unknown key "{{key}}" in {{place}}.{{hint}}',
            callJob: '"{{key}}" is not allowed in a job that calls a reusable workflow (allowed: {{allowed}}).',
        },
        equivalents: { actionlint: ['syntax-check'] },
    },
    create(context) {
        return {
            exit() {
                const facts = factsOf(context.file);
                const root = facts.root;
                if (!root)
                    return;
                if (facts.kind === 'workflow') {
                    unknown_key_check(context, facts, root, WORKFLOW, () => ['the workflow', []]);
                    unknown_key_check(context, facts, facts_valueOf(root, 'defaults'), unknown_key_DEFAULTS, () => ['defaults', ['defaults']]);
                    unknown_key_check(context, facts, facts_valueOf(facts_valueOf(root, 'defaults'), 'run'), DEFAULTS_RUN, () => [
                        'defaults.run',
                        ['defaults', 'run'],
                    ]);
                    unknown_key_check(context, facts, facts_valueOf(root, 'concurrency'), unknown_key_CONCURRENCY, () => ['concurrency', ['concurrency']]);
                    const call = facts.events.get('workflow_call')?.value;
                    for (const pair of entries(facts_valueOf(call, 'inputs')))
                        unknown_key_check(context, facts, pair.value, CALL_INPUT, () => [
                            `workflow_call input "${pair.key.value}"`,
                            ['on', 'workflow_call', 'inputs', String(pair.key.value)],
                        ]);
                    for (const pair of entries(facts_valueOf(call, 'secrets')))
                        unknown_key_check(context, facts, pair.value, SECRET, () => [
                            `workflow_call secret "${pair.key.value}"`,
                            ['on', 'workflow_call', 'secrets', String(pair.key.value)],
                        ]);
                    for (const pair of entries(facts_valueOf(call, 'outputs')))
                        unknown_key_check(context, facts, pair.value, WORKFLOW_OUTPUT, () => [
                            `workflow_call output "${pair.key.value}"`,
                            ['on', 'workflow_call', 'outputs', String(pair.key.value)],
                        ]);
                    const dispatch = facts.events.get('workflow_dispatch')?.value;
                    for (const pair of entries(facts_valueOf(dispatch, 'inputs')))
                        unknown_key_check(context, facts, pair.value, DISPATCH_INPUT, () => [
                            `workflow_dispatch input "${pair.key.value}"`,
                            ['on', 'workflow_dispatch', 'inputs', String(pair.key.value)],
                        ]);
                    for (const job of facts.jobs) {
                        if (!job.node)
                            continue;
                        const place = `job "${job.id}"`;
                        if (job.uses) {
                            for (const pair of entries(job.node)) {
                                const key = String(pair.key.value);
                                if (CALL_JOB.includes(key))
                                    continue;
                                const data = unknown_key_JOB.includes(key)
                                    ? { key, allowed: CALL_JOB.join(', ') }
                                    : { key, place, hint: didYouMean(key, CALL_JOB) };
                                context.report({
                                    at: at(facts, pair.key, [...job.path, key]),
                                    messageId: unknown_key_JOB.includes(key) ? 'callJob' : 'unknown',
                                    data,
                                });
                            }
                        }
                        else {
                            unknown_key_check(context, facts, job.node, unknown_key_JOB, () => [place, job.path]);
                        }
                        unknown_key_check(context, facts, facts_valueOf(job.node, 'strategy'), unknown_key_STRATEGY, () => [
                            `${place} strategy`,
                            [...job.path, 'strategy'],
                        ]);
                        unknown_key_check(context, facts, facts_valueOf(job.node, 'environment'), unknown_key_ENVIRONMENT, () => [
                            `${place} environment`,
                            [...job.path, 'environment'],
                        ]);
                        unknown_key_check(context, facts, facts_valueOf(job.node, 'concurrency'), unknown_key_CONCURRENCY, () => [
                            `${place} concurrency`,
                            [...job.path, 'concurrency'],
                        ]);
                        unknown_key_check(context, facts, facts_valueOf(job.node, 'defaults'), unknown_key_DEFAULTS, () => [
                            `${place} defaults`,
                            [...job.path, 'defaults'],
                        ]);
                        unknown_key_check(context, facts, facts_valueOf(facts_valueOf(job.node, 'defaults'), 'run'), DEFAULTS_RUN, () => [
                            `${place} defaults.run`,
                            [...job.path, 'defaults', 'run'],
                        ]);
                        container(context, facts, facts_valueOf(job.node, 'container'), () => `${place} container`, () => [...job.path, 'container']);
                        for (const service of entries(facts_valueOf(job.node, 'services'))) {
                            container(context, facts, service.value, () => `service "${service.key.value}"`, () => [...job.path, 'services', String(service.key.value)], unknown_key_SERVICE);
                        }
                        for (const step of job.steps)
                            unknown_key_check(context, facts, step.node, unknown_key_STEP, () => [`step ${step.index + 1} of ${place}`, step.path]);
                    }
                }
                else if (facts.kind === 'action') {
                    unknown_key_check(context, facts, root, ACTION, () => ['action.yml', []]);
                    for (const pair of entries(facts_valueOf(root, 'inputs')))
                        unknown_key_check(context, facts, pair.value, ACTION_INPUT, () => [
                            `input "${pair.key.value}"`,
                            ['inputs', String(pair.key.value)],
                        ]);
                    for (const pair of entries(facts_valueOf(root, 'outputs')))
                        unknown_key_check(context, facts, pair.value, ACTION_OUTPUT, () => [
                            `output "${pair.key.value}"`,
                            ['outputs', String(pair.key.value)],
                        ]);
                    unknown_key_check(context, facts, facts_valueOf(root, 'branding'), BRANDING, () => ['branding', ['branding']]);
                    const runs = facts_valueOf(root, 'runs');
                    const using = facts_valueOf(runs, 'using');
                    const kind = (0,dist/* isScalar */.jn)(using) ? String(using.value) : '';
                    const allowed = kind === 'composite'
                        ? RUNS_COMPOSITE
                        : kind === 'docker'
                            ? RUNS_DOCKER
                            : /^node\d+$/.test(kind)
                                ? RUNS_NODE
                                : undefined;
                    if (allowed)
                        unknown_key_check(context, facts, runs, allowed, () => [`runs (using: ${kind})`, ['runs']]);
                    for (const job of facts.jobs)
                        for (const step of job.steps)
                            unknown_key_check(context, facts, step.node, unknown_key_COMPOSITE_STEP, () => [`composite step ${step.index + 1}`, step.path]);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/data/github-actions/runners.ts
/**
 * GitHub-hosted runner labels (docs: "GitHub-hosted runners" and actions/runner-images, checked 2026-11), standard
 * and larger macOS sizes. Larger Linux/Windows runners have names chosen by their owners, so a label that does not
 * look like a hosted image is never reported unless self-hosted labels are configured.
 */
const HOSTED_LABELS = new Set([
    'ubuntu-latest',
    'ubuntu-26.04',
    'ubuntu-24.04',
    'ubuntu-22.04',
    'ubuntu-slim',
    'ubuntu-26.04-arm',
    'ubuntu-24.04-arm',
    'ubuntu-22.04-arm',
    'windows-latest',
    'windows-2025',
    'windows-2022',
    'windows-11-arm',
    'macos-latest',
    'macos-26',
    'macos-15',
    'macos-14',
    'macos-15-intel',
    'macos-26-intel',
    'macos-latest-large',
    'macos-26-large',
    'macos-15-large',
    'macos-14-large',
    'macos-latest-xlarge',
    'macos-26-xlarge',
    'macos-15-xlarge',
    'macos-14-xlarge',
]);
/** Hosted labels that were retired: jobs using them never start. */
const RETIRED_LABELS = {
    'ubuntu-16.04': 'ubuntu-latest',
    'ubuntu-18.04': 'ubuntu-latest',
    'ubuntu-20.04': 'ubuntu-latest',
    'windows-2016': 'windows-latest',
    'windows-2019': 'windows-latest',
    'macos-10.15': 'macos-latest',
    'macos-11': 'macos-latest',
    'macos-12': 'macos-latest',
    'macos-13': 'macos-15-intel',
    'macos-13-large': 'macos-15-large',
    'macos-13-xlarge': 'macos-15-xlarge',
};
/** Labels every self-hosted runner gets by default. */
const SELF_HOSTED_DEFAULT_LABELS = new Set([
    'self-hosted',
    'linux',
    'windows',
    'macos',
    'x64',
    'x86',
    'arm',
    'arm64',
]);
/** A label that names a hosted image family (`ubuntu-…`, `windows-…`, `macos-…`). */
const HOSTED_FAMILY = /^(?:ubuntu|windows|macos)-/i;

;// CONCATENATED MODULE: ./src/rules/github-actions/unknown-runner.ts





/** Edit distance, for "did you mean" and to tell typos of hosted labels from owners' larger-runner names. */
function unknown_runner_distance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
/** A typo of a hosted label, or the exact shape of one (`ubuntu-25.04`, `macos-16-large`) that does not exist. */
function looksHosted(label, hosted) {
    return (/^(?:ubuntu|windows|macos)-(?:latest|\d+(?:\.\d+)?)(?:-(?:arm|large|xlarge|intel))?$/.test(label) ||
        hosted.some((candidate) => unknown_runner_distance(candidate, label) <= 2));
}
const HOSTED = [...HOSTED_LABELS];
/* harmony default export */ const unknown_runner = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/unknown-runner',
        domain: 'github-actions',
        description: '`runs-on` labels must be current GitHub-hosted labels or configured self-hosted labels.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            retired: 'Runner label "{{label}}" was retired: jobs using it never start. Use "{{replacement}}".',
            unknown: 'Unknown GitHub-hosted runner label "{{label}}".{{hint}}',
            selfHosted: 'Label "{{label}}" is not a label of your self-hosted runners (settings: self-hosted-runner-labels).',
        },
        equivalents: { actionlint: ['runner-label'] },
    },
    create(context) {
        const configured = selfHostedLabels(context.settings.selfHostedRunnerLabels);
        return {
            exit() {
                const facts = factsOf(context.file);
                if (facts.kind !== 'workflow')
                    return;
                for (const job of facts.jobs) {
                    const runsOn = facts_valueOf(job.node, 'runs-on');
                    if (runsOn === undefined || runsOn === null)
                        continue;
                    const base = [...job.path, 'runs-on'];
                    let labels = [];
                    if ((0,dist/* isScalar */.jn)(runsOn))
                        labels = [{ node: runsOn, path: base }];
                    else if ((0,dist/* isSeq */.oP)(runsOn))
                        labels = runsOn.items.flatMap((item, index) => (0,dist/* isScalar */.jn)(item) ? [{ node: item, path: [...base, index] }] : []);
                    else if ((0,dist/* isMap */.jh)(runsOn)) {
                        const inner = facts_valueOf(runsOn, 'labels');
                        if ((0,dist/* isScalar */.jn)(inner))
                            labels = [{ node: inner, path: [...base, 'labels'] }];
                        else if ((0,dist/* isSeq */.oP)(inner))
                            labels = inner.items.flatMap((item, index) => (0,dist/* isScalar */.jn)(item) ? [{ node: item, path: [...base, 'labels', index] }] : []);
                    }
                    const texts = labels.map(({ node }) => String(node.value ?? ''));
                    if (texts.some((text) => text.includes('${{')))
                        continue;
                    const selfHosted = texts.some((text) => text.toLowerCase() === 'self-hosted') || (0,dist/* isMap */.jh)(runsOn);
                    for (const { node, path } of labels) {
                        const label = String(node.value ?? '');
                        const lower = label.toLowerCase();
                        if (RETIRED_LABELS[lower]) {
                            context.report({
                                at: at(facts, node, path),
                                messageId: 'retired',
                                data: { label, replacement: RETIRED_LABELS[lower] },
                            });
                        }
                        else if (selfHosted) {
                            if (configured.size > 0 && !SELF_HOSTED_DEFAULT_LABELS.has(lower) && !configured.has(lower)) {
                                context.report({ at: at(facts, node, path), messageId: 'selfHosted', data: { label } });
                            }
                        }
                        else if (HOSTED_FAMILY.test(label) &&
                            !HOSTED_LABELS.has(lower) &&
                            !configured.has(lower) &&
                            looksHosted(lower, HOSTED)) {
                            const close = HOSTED.find((candidate) => unknown_runner_distance(candidate, lower) <= 2);
                            context.report({
                                at: at(facts, node, path),
                                messageId: 'unknown',
                                data: { label, hint: close ? ` Did you mean "${close}"?` : '' },
                            });
                        }
                        else if (configured.size > 0 &&
                            !HOSTED_LABELS.has(lower) &&
                            !configured.has(lower) &&
                            !SELF_HOSTED_DEFAULT_LABELS.has(lower)) {
                            context.report({ at: at(facts, node, path), messageId: 'selfHosted', data: { label } });
                        }
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/unpinned-images.ts

/** `untagged`, `latest` or undefined (pinned) for an image reference. */
function problemOf(text) {
    if (text.includes('@sha256:'))
        return undefined;
    const name = text.slice(text.lastIndexOf('/') + 1);
    const colon = name.indexOf(':');
    if (colon < 0)
        return 'untagged';
    return name.slice(colon + 1) === 'latest' ? 'latest' : undefined;
}
/** The matrix key of an image written as exactly `${{ matrix.<key> }}`, else undefined. */
function matrixKeyOf(image) {
    const [expression] = image.expressions;
    const ast = expression?.ast;
    if (image.expressions.length !== 1 || !expression?.whole || ast?.kind !== 'property')
        return undefined;
    return ast.object.kind === 'context' && ast.object.name === 'matrix' ? ast.name : undefined;
}
function unpinned_images_check(context, job, container) {
    const image = container.image;
    const text = image?.value.trim();
    if (!image || !text)
        return;
    if (!text.includes('${{')) {
        const problem = problemOf(text);
        if (problem)
            context.report({ at: image, messageId: problem, data: { image: text } });
        return;
    }
    // An image from the matrix is pinned only if every value the matrix gives it is.
    const key = matrixKeyOf(image);
    const values = key === undefined ? undefined : job.strategy?.matrixData?.valuesOf(key);
    for (const value of values ?? []) {
        if (typeof value.data !== 'string' || value.dynamic || value.data.trim() === '')
            continue;
        const problem = problemOf(value.data.trim());
        if (problem)
            context.report({
                at: image,
                messageId: problem === 'untagged' ? 'matrixUntagged' : 'matrixLatest',
                data: { image: value.data.trim(), key: key },
            });
    }
}
/* harmony default export */ const unpinned_images = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/unpinned-images',
        domain: 'github-actions',
        description: 'Job containers and service images must name a version tag or digest, never `latest` or no tag.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 4.0,
        messages: {
            untagged: 'Image "{{image}}" has no tag, so it means `latest` and changes under you: pin a version tag or a digest.',
            latest: 'Image "{{image}}" uses the `latest` tag, which changes under you: pin a version tag or a digest.',
            matrixUntagged: 'The matrix gives `{{key}}` the image "{{image}}", which has no tag, so it means `latest` and changes under you: pin a version tag or a digest in the matrix.',
            matrixLatest: 'The matrix gives `{{key}}` the image "{{image}}", whose `latest` tag changes under you: pin a version tag or a digest in the matrix.',
        },
        equivalents: {
            zizmor: ['unpinned-images'],
            scorecard: ['Pinned-Dependencies'],
            pipefort: ['cicd-sec-3-unpinned-image'],
        },
    },
    create(context) {
        return {
            job(job) {
                if (job.container)
                    unpinned_images_check(context, job, job.container);
                for (const service of job.services)
                    unpinned_images_check(context, job, service);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/unpinned-uses.ts


const DEFAULT_POLICIES = { 'actions/*': 'tag', 'github/*': 'tag', '*': 'sha' };
/** Policies by lower-cased pattern, per policies object (one per configuration, shared by every file). */
const unpinned_uses_lowered = new WeakMap();
/** The most specific policy for a repository: `owner/repo/path`, then `owner/repo`, then `owner/*`, then `*`. */
function policyFor(policies, uses) {
    const owner = uses.owner.toLowerCase();
    const slug = uses.slug;
    const full = uses.subPath ? `${slug}/${uses.subPath.toLowerCase()}` : slug;
    let lower = unpinned_uses_lowered.get(policies);
    if (!lower) {
        lower = new Map(Object.entries(policies).map(([pattern, policy]) => [pattern.toLowerCase(), policy]));
        unpinned_uses_lowered.set(policies, lower);
    }
    return lower.get(full) ?? lower.get(slug) ?? lower.get(`${owner}/*`) ?? lower.get('*') ?? 'sha';
}
/** The defaults merged with the configured policies, once per options object (the engine reuses it for every file). */
const merged = new WeakMap();
function policiesOf(options) {
    let policies = merged.get(options);
    if (!policies) {
        policies = { ...DEFAULT_POLICIES, ...(options.policies ?? {}) };
        merged.set(options, policies);
    }
    return policies;
}
/** The message data of a repository `uses:`, made only for a report. */
function dataOf(uses) {
    return { uses: uses.value.trim(), ref: uses.ref ?? '' };
}
const DIGEST = /@sha256:[0-9a-f]{64}$/i;
function checkUses(context, policies, dockerPolicy, uses) {
    if (!uses || uses.dynamic)
        return;
    if (uses.kind === 'docker' && uses.image) {
        const image = uses.image;
        if (DIGEST.test(image))
            return;
        const name = image.slice(image.lastIndexOf('/') + 1);
        const tag = name.includes(':') ? name.slice(name.indexOf(':') + 1) : undefined;
        if (!tag || tag === 'latest')
            context.report({ at: uses, messageId: 'dockerUnpinned', data: { image } });
        else if (dockerPolicy === 'sha')
            context.report({ at: uses, messageId: 'dockerTag', data: { image } });
        return;
    }
    if (uses.kind !== 'repository' && !(uses.kind === 'invalid' && uses.slug))
        return;
    if (uses.refKind === 'none') {
        context.report({ at: uses, messageId: 'unpinned', data: dataOf(uses) });
        return;
    }
    const policy = policyFor(policies, uses);
    if (policy === 'any' || uses.refKind === 'sha')
        return;
    if (uses.refKind === 'branch')
        context.report({ at: uses, messageId: 'branch', data: dataOf(uses) });
    else if (policy === 'sha')
        context.report({ at: uses, messageId: 'notSha', data: dataOf(uses) });
}
/* harmony default export */ const unpinned_uses = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/unpinned-uses',
        domain: 'github-actions',
        description: 'Actions and reusable workflows must be pinned: third-party ones to a full commit SHA, first-party ones (`actions/*`, `github/*`) at least to a tag; never to a branch.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 5.5,
        messages: {
            unpinned: '"{{uses}}" names no version: pin it to a full commit SHA (`@<40 hex>  # vX.Y.Z`).',
            branch: '"{{uses}}" follows the branch "{{ref}}", so whoever pushes there changes what runs here: pin a full commit SHA (`# {{ref}}` as a comment).',
            notSha: '"{{uses}}" is pinned to "{{ref}}", which its owner can move: pin the full commit SHA it points to, keeping `# {{ref}}` as a comment.',
            dockerTag: 'Docker image "{{image}}" is pinned by tag, which can be re-pushed: pin its digest (`@sha256:…`).',
            dockerUnpinned: 'Docker image "{{image}}" has no tag or uses `latest`: pin a digest (`@sha256:…`).',
        },
        equivalents: {
            zizmor: ['unpinned-uses'],
            scorecard: ['Pinned-Dependencies'],
            pipefort: ['cicd-sec-3-unpinned-action'],
        },
        defaultOptions: { policies: DEFAULT_POLICIES },
        optionsSchema: {
            type: 'object',
            additionalProperties: false,
            properties: {
                policies: {
                    description: 'Pinning policy by `owner/repo[/path]`, `owner/*` or `*`: `sha` (full commit SHA), `tag` (a tag or SHA, no branch), `any` (any ref).',
                    type: 'object',
                    additionalProperties: { enum: ['sha', 'tag', 'any'] },
                },
            },
        },
    },
    create(context) {
        const policies = policiesOf(context.options);
        const dockerPolicy = policies['*'] ?? 'sha';
        return {
            exit(model) {
                forEachJobAndStep(model, (job) => checkUses(context, policies, dockerPolicy, job.uses), (step) => checkUses(context, policies, dockerPolicy, step.uses));
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/unredacted-secrets.ts



const isSecretsAccess = (node) => {
    let cursor = node;
    while (cursor.kind === 'property' || cursor.kind === 'index')
        cursor = cursor.object;
    return cursor.kind === 'context' && cursor.name.toLowerCase() === 'secrets' && cursor !== node;
};
function unredacted_secrets_checkExpression(context, expression) {
    const ast = expression.ast;
    if (!ast || !/fromjson/i.test(expression.body))
        return;
    visit(ast, (node) => {
        if (node.kind !== 'call' ||
            node.name.toLowerCase() !== 'fromjson' ||
            node.args.length !== 1 ||
            !isSecretsAccess(node.args[0]))
            return;
        context.report({
            at: expression.atBody(node.start, node.end),
            messageId: 'parsed',
            data: { text: expression.body.slice(node.start, node.end) },
        });
    });
}
/* harmony default export */ const unredacted_secrets = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/unredacted-secrets',
        domain: 'github-actions',
        description: 'Secrets holding JSON must not be taken apart with `fromJSON()`: GitHub masks the whole secret in logs, not the values inside it.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 5.5,
        messages: {
            parsed: '`{{text}}` extracts a value from inside a secret, and GitHub only masks the secret as a whole: that value prints in clear in logs. Store each value as its own secret.',
        },
        equivalents: { zizmor: ['unredacted-secrets'] },
    },
    create(context) {
        return {
            exit(model) {
                forEachExpression(model, (expression) => unredacted_secrets_checkExpression(context, expression));
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/unsafe-deploy.ts



const DEPLOY_NAME = /(^|[-_\s])(deploy|deployment|release|publish|rollout)($|[-_\s])/i;
/* harmony default export */ const unsafe_deploy = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/unsafe-deploy',
        domain: 'github-actions',
        description: 'Deploy jobs should run in an `environment` and in a `concurrency` group that never cancels a deploy in progress.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            environment: 'Deploy job "{{job}}" has no `environment:`: it gets no protection rules, environment secrets or deployment history.',
            concurrency: 'Deploy job "{{job}}" has no `concurrency` group: two runs can deploy at once.',
            cancel: 'Deploy job "{{job}}" may be cancelled mid-deploy: set `cancel-in-progress: false` for its concurrency group.',
        },
    },
    create(context) {
        return {
            exit() {
                const facts = factsOf(context.file);
                if (facts.kind !== 'workflow' || !facts.root)
                    return;
                let workflowCancelReported = false;
                for (const job of facts.jobs) {
                    if (!job.node || job.uses)
                        continue;
                    const environment = pairOf(job.node, 'environment');
                    const name = facts_stringOf(facts_valueOf(job.node, 'name')) ?? '';
                    const byName = DEPLOY_NAME.test(job.id) || DEPLOY_NAME.test(name);
                    if (!environment && !byName)
                        continue;
                    if (!environment)
                        context.report({ at: at(facts, job.key, job.path), messageId: 'environment', data: { job: job.id } });
                    const own = pairOf(job.node, 'concurrency');
                    const concurrency = own ?? pairOf(facts.root, 'concurrency');
                    if (!concurrency) {
                        context.report({ at: at(facts, job.key, job.path), messageId: 'concurrency', data: { job: job.id } });
                        continue;
                    }
                    if (!(0,dist/* isMap */.jh)(concurrency.value))
                        continue;
                    const cancel = facts_valueOf(concurrency.value, 'cancel-in-progress');
                    if ((0,dist/* isScalar */.jn)(cancel) &&
                        (cancel.value === true || (typeof cancel.value === 'string' && cancel.value.includes('${{')))) {
                        // The workflow-level group is one place: report it once, for the first deploy job.
                        if (!own && workflowCancelReported)
                            continue;
                        if (!own)
                            workflowCancelReported = true;
                        const path = own
                            ? [...job.path, 'concurrency', 'cancel-in-progress']
                            : ['concurrency', 'cancel-in-progress'];
                        context.report({ at: at(facts, cancel, path), messageId: 'cancel', data: { job: job.id } });
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/unsound-condition.ts


function checkCondition(context, condition) {
    if (condition?.form !== 'template')
        return;
    const trimmed = condition.value.trim();
    const onlyWhitespace = trimmed.startsWith('${{') && trimmed.endsWith('}}') && trimmed.indexOf('${{', 3) < 0;
    context.report({ at: condition, messageId: onlyWhitespace ? 'block' : 'mixed' });
}
/* harmony default export */ const unsound_condition = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/unsound-condition',
        domain: 'github-actions',
        description: 'An `if:` that mixes `${{ }}` with other text (including the newline `if: |` keeps) is a non-empty string, which is always true.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 6.5,
        messages: {
            block: 'This `if:` block scalar keeps its final newline, so the condition is the string "${{ … }}\\n", which is always true: write `if: ${{ … }}` on one line or use `|-`.',
            mixed: 'Text outside `${{ }}` makes this `if:` a string, which is always true: put the whole condition inside one `${{ }}` or drop the braces.',
        },
        equivalents: { zizmor: ['unsound-condition'], pipefort: ['cicd-sec-1-unsound-condition'] },
    },
    create(context) {
        return {
            exit(model) {
                forEachJobAndStep(model, (job) => checkCondition(context, job.if), (step) => checkCondition(context, step.if));
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/unsound-contains.ts



function unsound_contains_checkExpression(context, expression) {
    const ast = expression.ast;
    if (!ast || !/contains/i.test(expression.body))
        return;
    visit(ast, (node) => {
        if (node.kind !== 'call' || node.name.toLowerCase() !== 'contains' || node.args.length !== 2)
            return;
        const haystack = node.args[0];
        const needle = node.args[1];
        if (haystack.kind !== 'literal' || haystack.type !== 'string' || needle.kind === 'literal')
            return;
        const text = String(haystack.value);
        const first = text.split(/[\s,]+/).find(Boolean) ?? text;
        const example = first.length > 1 ? first.slice(0, -1) : '';
        context.report({
            at: expression.atBody(node.start, node.end),
            messageId: 'substring',
            data: { haystack: `'${text}'`, example },
        });
    });
}
/* harmony default export */ const unsound_contains = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/unsound-contains',
        domain: 'github-actions',
        description: "`contains('a b c', x)` with a string first argument tests for a substring, so parts of the allowed values (and empty strings) pass too.",
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 5.0,
        messages: {
            substring: "`contains()` with the string {{haystack}} first matches any substring of it (`{{example}}` passes): list the values with `fromJSON('[…]')` and test membership.",
        },
        equivalents: { zizmor: ['unsound-contains'], pipefort: ['cicd-sec-1-unsound-contains'] },
    },
    create(context) {
        return {
            exit(model) {
                forEachExpression(model, (expression) => unsound_contains_checkExpression(context, expression));
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/use-trusted-publishing.ts

/**
 * Publish commands of registries that accept GitHub's OIDC token instead of a stored API token (trusted publishing):
 * npm, PyPI (twine, uv, poetry), crates.io, RubyGems and npm through bun. Line continuations are joined first.
 */
const PUBLISH = /\b(?:(?:npm|bun|pnpm|yarn)\s+publish|cargo(?:\s+\+\S+)?\s+publish|gem\s+push|twine\s+upload|uv\s+publish|poetry\s+publish)\b[^\n;&|]*/g;
function grantsIdToken(permissions) {
    if (!permissions)
        return undefined;
    if (permissions.kind === 'write-all')
        return true;
    return permissions.scopes.get('id-token')?.level === 'write';
}
function publishCommand(step) {
    const script = step.run?.value;
    if (!script)
        return undefined;
    const joined = script.replace(/\\\r?\n\s*/g, (match) => ' '.repeat(match.length));
    for (const match of joined.matchAll(PUBLISH)) {
        if (/--dry-run\b|\s-n\b/.test(match[0]))
            continue;
        return { command: match[0].trim().replace(/\s+/g, ' '), offset: match.index };
    }
    return undefined;
}
/* harmony default export */ const use_trusted_publishing = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gha/use-trusted-publishing',
        domain: 'github-actions',
        description: "Publishing to npm, PyPI, crates.io or RubyGems from a workflow should use trusted publishing (the job's OIDC token), not a stored API token.",
        category: 'security',
        defaultSeverity: 'note',
        recommended: true,
        securitySeverity: 3.0,
        messages: {
            token: '`{{command}}` publishes without `id-token: write`, so it needs a long-lived registry token in a secret: set up trusted publishing for this workflow and grant `id-token: write` to this job instead.',
        },
        equivalents: { zizmor: ['use-trusted-publishing'], pipefort: ['cicd-sec-2-use-trusted-publishing'] },
    },
    create(context) {
        return {
            job(job) {
                if (grantsIdToken(job.permissions) ?? grantsIdToken(job.workflow.permissions))
                    return;
                // GitHub Packages takes the job's GITHUB_TOKEN, not a stored token: trusted publishing is not its concern.
                const githubPackages = job.steps.some((step) => String(step.with?.get('registry-url')?.value ?? '').includes('npm.pkg.github.com'));
                for (const step of job.steps) {
                    const found = publishCommand(step);
                    if (!found || (githubPackages && /^(?:npm|bun|pnpm|yarn) /.test(found.command)))
                        continue;
                    context.report({
                        at: job.workflow.context.atValue(step.run, found.offset, found.offset + found.command.length),
                        messageId: 'token',
                        data: { command: found.command },
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/github-actions/index.ts




















































/** Every GitHub Actions rule, sorted by file name. */
const githubActionsRules = [
    action_inputs,
    adhoc_packages,
    archived_uses,
    artipacked,
    bot_conditions,
    cache_poisoning,
    context_availability,
    dangerous_triggers,
    deprecated_command,
    excessive_permissions,
    expression_syntax,
    expression_type,
    falsy_ternary,
    github_app,
    github_env,
    hardcoded_container_credentials,
    insecure_commands,
    invalid_cron,
    invalid_filter,
    invalid_id,
    invalid_structure,
    invalid_shell,
    job_needs,
    local_action_inputs,
    matrix_exclude,
    misfeature,
    missing_timeout,
    no_failure_notification,
    obfuscation,
    outdated_action,
    overprovisioned_secrets,
    ref_version_mismatch,
    reusable_workflow_call,
    secrets_inherit,
    secrets_outside_environment,
    self_hosted_runner,
    setup_without_cache,
    shellcheck,
    syntax,
    template_injection,
    undefined_reference,
    unknown_event,
    unknown_key,
    unknown_runner,
    unpinned_images,
    unpinned_uses,
    unredacted_secrets,
    unsafe_deploy,
    unsound_condition,
    unsound_contains,
    use_trusted_publishing,
];
/** The domain with its rules, as rules/packs.ts loads it. */
const pack = { domain: githubActionsDomain, rules: githubActionsRules };


/***/ })

};
