export const id = 560;
export const ids = [560];
export const modules = {

/***/ 6832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VN: () => (/* reexport */ blockOf),
  SH: () => (/* reexport */ blocksOf),
  lt: () => (/* binding */ loadTerraformDomain)
});

// UNUSED EXPORTS: TOP_LEVEL_BLOCKS, addressOf, folderOf

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
// EXTERNAL MODULE: ./src/domains/terraform/tree-sitter.cjs
var tree_sitter = __webpack_require__(3295);
var tree_sitter_default = /*#__PURE__*/__webpack_require__.n(tree_sitter);
;// CONCATENATED MODULE: ./src/domains/terraform/grammar.ts




let loading;
/**
 * The wasm files the parser needs: file name beside a bundle (scripts/bundle.mjs copies them there) → where the
 * package has it. The names are not literals in `new URL(…)` on purpose: the bundler would pull the files through
 * its module pipeline, which re-encodes them as text.
 */
const TREE_SITTER_WASM = {
    runtime: { name: 'web-tree-sitter.wasm', module: 'web-tree-sitter/web-tree-sitter.wasm' },
    terraform: {
        name: 'tree-sitter-terraform.wasm',
        module: '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm',
    },
};
function readWasm(file) {
    const beside = new URL(file.name, import.meta.url);
    if ((0,external_node_fs_.existsSync)(beside))
        return (0,external_node_fs_.readFileSync)(beside);
    return (0,external_node_fs_.readFileSync)((0,external_node_module_.createRequire)(import.meta.url).resolve(file.module));
}
/**
 * tree-sitter's HCL grammar (its Terraform flavour) on the wasm runtime, loaded once and only when a run meets its
 * first Terraform file. The runtime gets its wasm as bytes, so it never looks for files on its own.
 */
function loadHclParser() {
    loading ??= (async () => {
        // V8 would keep optimising the grammar's wasm after the run is over and delay the exit by ~0.4 s; the baseline
        // compiler alone parses a repository's .tf files fast enough.
        (0,external_node_v8_.setFlagsFromString)('--liftoff-only');
        const { Language, Parser } = (tree_sitter_default());
        // The CommonJS build reads `__dirname` while it starts, which a bundled ES module does not have; it only uses it
        // to find the runtime's wasm file, and that is handed over as bytes.
        const scope = globalThis;
        const hadDirname = '__dirname' in scope;
        if (!hadDirname)
            scope.__dirname = '.';
        try {
            await Parser.init({ wasmBinary: readWasm(TREE_SITTER_WASM.runtime) });
        }
        finally {
            if (!hadDirname)
                delete scope.__dirname;
        }
        const language = await Language.load(readWasm(TREE_SITTER_WASM.terraform));
        const parser = new Parser();
        parser.setLanguage(language);
        return parser;
    })();
    return loading;
}

;// CONCATENATED MODULE: ./src/domains/terraform/model.ts
/** Top-level block types of the Terraform language, each with its hook. */
const TOP_LEVEL_BLOCKS = [
    'terraform',
    'provider',
    'resource',
    'data',
    'module',
    'variable',
    'locals',
    'output',
];
/** Nested blocks of a type, in order. */
function blocksOf(block, type) {
    return block.blocks.filter((child) => child.type === type);
}
/** The first nested block of a type. */
function blockOf(block, type) {
    return block.blocks.find((child) => child.type === type);
}
/** `resource.aws_s3_bucket.logs` → the address other blocks reference it by (`aws_s3_bucket.logs`). */
function addressOf(block) {
    if (block.type === 'resource')
        return block.labels.join('.');
    if (block.type === 'data')
        return `data.${block.labels.join('.')}`;
    if (block.type === 'module')
        return `module.${block.labels[0]}`;
    if (block.type === 'variable')
        return `var.${block.labels[0]}`;
    return [block.type, ...block.labels].join('.');
}

;// CONCATENATED MODULE: ./src/domains/terraform/parse.ts
/**
 * Nesting deeper than this is kept as opaque text rather than converted: real configurations nest a few levels,
 * and a hostile file must not exhaust the stack.
 */
const MAX_DEPTH = 64;
/** The folder of a repository-relative path (`''` at the root). */
function folderOf(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '' : path.slice(0, slash);
}
/**
 * Reads tree-sitter's concrete syntax tree of a `.tf` file into the model, through one cursor (a node object per
 * syntax node would cost more than the parse itself).
 */
class HclReader {
    cursor;
    file;
    kinds;
    comments = [];
    constructor(cursor, file, kinds) {
        this.cursor = cursor;
        this.file = file;
        this.kinds = kinds;
    }
    get type() {
        return this.kinds.types[this.cursor.nodeTypeId] ?? 'ERROR';
    }
    /** The kind of the node under the cursor: its type, or undefined for anonymous tokens (`=`, `{`, …). */
    namedType() {
        const id = this.cursor.nodeTypeId;
        return this.kinds.named[id] ? (this.kinds.types[id] ?? 'ERROR') : undefined;
    }
    text() {
        return this.file.text.slice(this.cursor.startIndex, this.cursor.endIndex);
    }
    /** Calls `visit` with the cursor on each named child (comments collected on the way), then returns to the node. */
    each(visit) {
        const { cursor } = this;
        if (!cursor.gotoFirstChild())
            return;
        do {
            // One call into the runtime per child: the type id says both the name and whether the node is named.
            const type = this.namedType();
            if (type === undefined)
                continue;
            if (type === 'comment')
                this.comment();
            else
                visit(type);
        } while (cursor.gotoNextSibling());
        cursor.gotoParent();
    }
    comment() {
        const start = this.cursor.startIndex;
        const { line, column } = this.file.position(start);
        const raw = this.text();
        const body = raw.startsWith('#') ? raw.slice(1) : raw.startsWith('//') ? raw.slice(2) : raw.slice(2, -2);
        const trailing = this.file
            .lineText(line)
            .slice(0, column - 1)
            .trim() !== '';
        this.comments.push({ line, text: body.trim(), trailing });
    }
    node(path) {
        const { startIndex: start, endIndex: end } = this.cursor;
        return { span: this.file.spanOf(start, end), start, end, path };
    }
    /** The node under the cursor with its text: one read of its range. */
    withText(path) {
        const { startIndex: start, endIndex: end } = this.cursor;
        return { span: this.file.spanOf(start, end), start, end, path, text: this.file.text.slice(start, end) };
    }
    readFile() {
        const model = {
            path: this.file.path,
            folder: folderOf(this.file.path),
            format: 'hcl',
            blocks: [],
            attributes: new Map(),
        };
        this.each((type) => {
            if (type === 'body')
                this.readBody(undefined, '', model.blocks, model.attributes, 0);
        });
        return model;
    }
    readBody(parent, path, blocks, attributes, depth) {
        const counts = new Map();
        this.each((type) => {
            if (type === 'attribute') {
                const attribute = this.readAttribute(path, depth);
                if (attribute)
                    attributes.set(attribute.name, attribute);
            }
            else if (type === 'block' && depth < MAX_DEPTH) {
                const block = this.readBlock(parent, path, counts, depth);
                if (block)
                    blocks.push(block);
            }
        });
    }
    readAttribute(prefix, depth) {
        const base = this.node('');
        let name;
        let nameSpan = base.span;
        let value;
        this.each((type) => {
            if (type === 'identifier' && name === undefined) {
                name = this.text();
                nameSpan = this.node('').span;
            }
            else if (type === 'expression') {
                value = this.readExpression(`${prefix}${prefix ? '.' : ''}${name}`, depth);
            }
        });
        if (name === undefined || !value)
            return undefined;
        return { ...base, path: `${prefix}${prefix ? '.' : ''}${name}`, name, file: this.file.path, nameSpan, value };
    }
    readBlock(parent, prefix, counts, depth) {
        const whole = this.node('');
        const commentsBefore = this.comments.length;
        let type;
        const labels = [];
        let headerEnd = whole.end;
        const block = {
            ...whole,
            type: '',
            labels,
            whole: whole.span,
            attributes: new Map(),
            blocks: [],
            file: this.file.path,
            parent,
        };
        let bodySeen = false;
        this.each((childType) => {
            if (childType === 'identifier' && type === undefined)
                type = this.text();
            else if (childType === 'identifier' && !bodySeen)
                labels.push(this.text());
            else if (childType === 'string_lit' && !bodySeen)
                labels.push(unescapeQuoted(this.text().slice(1, -1)));
            else if (childType === 'block_start')
                headerEnd = this.cursor.startIndex;
            else if (childType === 'body') {
                bodySeen = true;
                if (type === undefined)
                    return;
                block.path = blockPath(prefix, type, labels, counts, parent !== undefined);
                this.readBody(block, block.path, block.blocks, block.attributes, depth + 1);
            }
        });
        if (type === undefined)
            return undefined;
        block.type = type;
        if (!bodySeen)
            block.path = blockPath(prefix, type, labels, counts, parent !== undefined);
        // The header without trailing blanks: `resource "aws_s3_bucket" "logs"`.
        let end = headerEnd;
        while (end > whole.start && /\s/.test(this.file.text[end - 1]))
            end--;
        block.end = end;
        block.span = this.file.spanOf(whole.start, end);
        if (!parent)
            this.spreadPeerSkips(block, commentsBefore);
        return block;
    }
    /** At an `expression` node (or any node an expression is made of). */
    /**
     * checkov's `#checkov:skip=<id>:<reason>` inside a resource applies to the whole resource, while a marker applies
     * to the line after it: each such comment is repeated for the block's header and every line an argument or a
     * nested block starts on, so the findings of that resource are skipped wherever they point.
     */
    spreadPeerSkips(block, from) {
        const skips = this.comments.slice(from).filter((comment) => /checkov:skip=/i.test(comment.text));
        if (skips.length === 0)
            return;
        const lines = new Set();
        const collect = (current) => {
            lines.add(current.span.line);
            for (const attribute of current.attributes.values())
                lines.add(attribute.span.line);
            for (const nested of current.blocks)
                collect(nested);
        };
        collect(block);
        for (const skip of skips) {
            for (const line of lines)
                if (line !== skip.line)
                    this.comments.push({ line, text: skip.text, trailing: true });
        }
    }
    /** The type of the node's only named child (comments aside), or undefined when it has none or several. */
    onlyChild() {
        const { cursor } = this;
        if (!cursor.gotoFirstChild())
            return undefined;
        let only;
        let count = 0;
        do {
            const type = this.namedType();
            if (type === undefined || type === 'comment')
                continue;
            only = type;
            if (++count > 1)
                break;
        } while (cursor.gotoNextSibling());
        cursor.gotoParent();
        return count === 1 ? only : undefined;
    }
    /** Moves the cursor onto the node's first named child that is not a comment. */
    enterOnlyChild() {
        const { cursor } = this;
        cursor.gotoFirstChild();
        for (let type = this.namedType(); type === undefined || type === 'comment'; type = this.namedType())
            cursor.gotoNextSibling();
    }
    readExpression(path, depth) {
        const nodeType = this.type;
        // Most expressions are one term wrapped in an `expression` (and a literal in a `literal_value`): read the term
        // itself, its range is the wrapper's, rather than building an object per layer.
        if (depth <= MAX_DEPTH && (nodeType === 'expression' || nodeType === 'literal_value')) {
            const only = this.onlyChild();
            if (only && only !== 'variable_expr') {
                this.enterOnlyChild();
                const result = this.readExpression(path, depth + 1);
                this.cursor.gotoParent();
                return result;
            }
        }
        if (nodeType === 'string_lit' || nodeType === 'numeric_lit' || nodeType === 'bool_lit' || nodeType === 'null_lit') {
            const common = { ...this.withText(path), references: [] };
            const { text } = common;
            if (nodeType === 'string_lit')
                return { ...common, kind: 'string', value: unescapeQuoted(text.slice(1, -1)) };
            if (nodeType === 'numeric_lit')
                return { ...common, kind: 'number', value: Number(text) };
            if (nodeType === 'bool_lit')
                return { ...common, kind: 'bool', value: text === 'true' };
            return { ...common, kind: 'null' };
        }
        const base = { ...this.withText(path), references: [] };
        if (depth > MAX_DEPTH)
            return { ...base, kind: 'other' };
        const type = this.type;
        if (type === 'expression') {
            // An expression node holds a single term, or a variable followed by its traversal (`var.x`, `a.b[0].c`).
            const children = [];
            this.each((childType) => {
                if (childType === 'get_attr') {
                    let name = '';
                    this.each((inner) => {
                        if (inner === 'identifier')
                            name = this.text();
                    });
                    children.push({ type: childType, text: this.text(), name });
                }
                else if (childType === 'variable_expr') {
                    children.push({ type: childType, text: this.text() });
                }
                else if (childType === 'index' || childType === 'splat') {
                    // Index expressions may hold references (`local.list[var.i]`): keep them.
                    const inner = this.readExpression(`${path}[]`, depth + 1);
                    children.push({ type: childType, text: this.text(), expression: inner });
                }
                else {
                    children.push({ type: childType, text: this.text(), expression: this.readExpression(path, depth + 1) });
                }
            });
            const first = children[0];
            if (!first)
                return { ...base, kind: 'other' };
            if (first.type === 'variable_expr') {
                const names = [];
                for (const child of children.slice(1)) {
                    if (child.type !== 'get_attr')
                        break;
                    names.push(child.name);
                }
                const references = [referenceName(first.text, names)];
                for (const child of children)
                    if (child.expression)
                        references.push(...child.expression.references);
                const plain = children.every((child) => child.type === 'variable_expr' || child.type === 'get_attr');
                if (plain)
                    return { ...base, references, kind: 'reference', root: first.text, names };
                return { ...base, references, kind: 'other' };
            }
            if (children.length === 1 && first.expression) {
                return { ...first.expression, path, span: base.span, start: base.start, end: base.end, text: base.text };
            }
            for (const child of children)
                if (child.expression)
                    base.references.push(...child.expression.references);
            return { ...base, kind: 'other' };
        }
        if (type === 'literal_value') {
            let result = { ...base, kind: 'other' };
            this.each((childType) => {
                if (childType === 'string_lit') {
                    result = { ...base, kind: 'string', value: unescapeQuoted(this.text().slice(1, -1)) };
                }
                else if (childType === 'numeric_lit')
                    result = { ...base, kind: 'number', value: Number(this.text()) };
                else if (childType === 'bool_lit')
                    result = { ...base, kind: 'bool', value: this.text() === 'true' };
                else if (childType === 'null_lit')
                    result = { ...base, kind: 'null' };
            });
            return result;
        }
        if (type === 'collection_value') {
            let result = { ...base, kind: 'other' };
            this.each((childType) => {
                if (childType === 'tuple')
                    result = this.readTuple(base, path, depth);
                else if (childType === 'object')
                    result = this.readObject(base, path, depth);
            });
            return result;
        }
        if (type === 'template_expr') {
            let result = { ...base, kind: 'other' };
            this.each((childType) => {
                result = this.readTemplate(base, childType === 'heredoc_template', path, depth);
            });
            return result;
        }
        if (type === 'function_call') {
            let name = '';
            const args = [];
            this.each((childType) => {
                if (childType === 'identifier')
                    name = this.text();
                else if (childType === 'function_arguments') {
                    this.each((argType) => {
                        if (argType === 'expression')
                            args.push(this.readExpression(`${path}(${args.length})`, depth + 1));
                    });
                }
            });
            return { ...base, references: args.flatMap((arg) => arg.references), kind: 'call', name, args };
        }
        // Conditionals, operators, `for` expressions: opaque, but the references inside still count.
        this.collectReferences(base.references, path, depth);
        return { ...base, kind: 'other' };
    }
    collectReferences(into, path, depth) {
        this.each((childType) => {
            if (childType === 'expression')
                into.push(...this.readExpression(path, depth + 1).references);
            else if (depth < MAX_DEPTH)
                this.collectReferences(into, path, depth + 1);
        });
    }
    readTuple(base, path, depth) {
        const items = [];
        this.each((childType) => {
            if (childType === 'expression')
                items.push(this.readExpression(`${path}[${items.length}]`, depth + 1));
        });
        return { ...base, references: items.flatMap((item) => item.references), kind: 'tuple', items };
    }
    readObject(base, path, depth) {
        const entries = [];
        this.each((childType) => {
            if (childType !== 'object_elem')
                return;
            let keyExpression;
            let value;
            this.each((part) => {
                if (part !== 'expression')
                    return;
                if (!keyExpression)
                    keyExpression = this.readExpression(`${path}{}`, depth + 1);
                else {
                    const key = objectKey(keyExpression);
                    value = this.readExpression(`${path}.${key ?? '{}'}`, depth + 1);
                }
            });
            if (keyExpression && value)
                entries.push({ key: objectKey(keyExpression), keyExpression, value });
        });
        const references = entries.flatMap((entry) => [
            ...(entry.key === undefined ? entry.keyExpression.references : []),
            ...entry.value.references,
        ]);
        return { ...base, references, kind: 'object', entries };
    }
    readTemplate(base, heredoc, path, depth) {
        const parts = [];
        let literalOnly = true;
        let stripIndent = false;
        this.each((childType) => {
            if (childType === 'heredoc_start')
                stripIndent = this.text().startsWith('<<-');
            else if (childType === 'template_literal')
                parts.push(heredoc ? this.text() : unescapeQuoted(this.text()));
            else if (childType === 'template_interpolation') {
                this.each((inner) => {
                    if (inner === 'expression')
                        parts.push(this.readExpression(`${path}\${}`, depth + 1));
                });
                literalOnly = false;
            }
            else if (childType === 'template_directive') {
                literalOnly = false;
                const references = [];
                this.collectReferences(references, path, depth);
                parts.push({ ...base, kind: 'other', references, text: this.text() });
            }
        });
        if (heredoc) {
            // tree-sitter's literal of a heredoc starts after the opening line and may miss the first line's indentation.
            const text = base.text;
            const bodyStart = text.indexOf('\n') + 1;
            const bodyEnd = text.lastIndexOf('\n') + 1;
            if (literalOnly) {
                const body = text.slice(bodyStart, bodyEnd);
                return { ...base, kind: 'string', value: stripIndent ? dedent(body) : body };
            }
        }
        const references = parts.flatMap((part) => (typeof part === 'string' ? [] : part.references));
        if (literalOnly)
            return { ...base, kind: 'string', value: parts.join('') };
        return { ...base, references, kind: 'template', parts };
    }
}
function blockPath(prefix, type, labels, counts, nested) {
    if (!nested)
        return [type, ...labels].join('.');
    const index = counts.get(type) ?? 0;
    counts.set(type, index + 1);
    return `${prefix}.${type}[${index}]`;
}
/** `var.name`, `local.x`, `aws_s3_bucket.logs`, `data.aws_iam_policy_document.x`, `module.vpc`. */
function referenceName(root, names) {
    const size = root === 'data' ? 2 : 1;
    return [root, ...names.slice(0, size)].join('.');
}
function objectKey(key) {
    if (key.kind === 'string')
        return key.value;
    // A bare name as a key is the name itself, not a reference (`{ Name = "x" }`).
    if (key.kind === 'reference' && key.names.length === 0)
        return key.root;
    return undefined;
}
const ESCAPES = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
/** The value of a quoted string's literal part: HCL escapes, and `$${` / `%%{` for a literal `${` / `%{`. */
function unescapeQuoted(raw) {
    if (!raw.includes('\\') && !raw.includes('$${') && !raw.includes('%%{'))
        return raw;
    return raw.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|([$%])\2\{/g, (whole, escape, mark) => {
        if (mark)
            return `${mark}{`;
        if (escape.length > 1)
            return String.fromCodePoint(Number.parseInt(escape.slice(1), 16));
        return ESCAPES[escape] ?? whole;
    });
}
/** `<<-EOT` removes the indentation common to every non-blank line. */
function dedent(body) {
    const lines = body.split('\n');
    let common = Number.POSITIVE_INFINITY;
    for (const line of lines) {
        if (line.trim() === '')
            continue;
        common = Math.min(common, line.length - line.trimStart().length);
    }
    if (!Number.isFinite(common) || common === 0)
        return body;
    return lines.map((line) => line.slice(common)).join('\n');
}
/**
 * Where tree-sitter had to give up (ERROR) or invent a token (MISSING): at most a few, in document order. Walked
 * with a loop rather than recursion: a hostile file may nest deeper than the stack.
 */
function syntaxProblems(cursor, file) {
    const problems = [];
    for (;;) {
        const type = cursor.nodeType;
        const broken = cursor.nodeIsMissing || type === 'ERROR';
        if (broken) {
            const { startIndex, endIndex } = cursor;
            const near = file.text
                .slice(startIndex, Math.min(endIndex, startIndex + 40))
                .split('\n')[0]
                .trim();
            problems.push({
                message: cursor.nodeIsMissing
                    ? `missing \`${type}\``
                    : near
                        ? `unexpected \`${near}\``
                        : 'unexpected end of file',
                at: {
                    span: file.spanOf(startIndex, Math.max(startIndex + 1, Math.min(endIndex, file.text.length))),
                    path: 'syntax',
                },
            });
            if (problems.length >= 3)
                break;
        }
        // Into the node's children unless it is an ERROR (its inside is the parser's guesswork), else onwards.
        if (!(type === 'ERROR') && cursor.gotoFirstChild())
            continue;
        let moved = cursor.gotoNextSibling();
        while (!moved && cursor.gotoParent())
            moved = cursor.gotoNextSibling();
        if (!moved)
            break;
    }
    return problems;
}
const KINDS = new WeakMap();
function kindsOf(parser) {
    const language = parser.language;
    let kinds = KINDS.get(language);
    if (!kinds) {
        const types = language.types;
        kinds = { types, named: types.map((_, id) => language.nodeTypeIsNamed(id)) };
        KINDS.set(language, kinds);
    }
    return kinds;
}
/** Parses a `.tf` file with the given tree-sitter parser (see grammar.ts). */
function parseHcl(parser, file) {
    const tree = parser.parse(file.text);
    if (!tree)
        return {
            ok: false,
            problems: [{ message: 'the parser gave up', at: { span: file.lineSpan(1), path: 'syntax' } }],
            comments: [],
        };
    try {
        const cursor = tree.walk();
        if (tree.rootNode.hasError) {
            const problems = syntaxProblems(cursor, file);
            if (problems.length === 0)
                problems.push({ message: 'invalid HCL', at: { span: file.lineSpan(1), path: 'syntax' } });
            return { ok: false, problems, comments: [] };
        }
        const reader = new HclReader(cursor, file, kindsOf(parser));
        const model = reader.readFile();
        return { ok: true, model, comments: reader.comments };
    }
    finally {
        tree.delete();
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/domains/terraform/parse-json.ts


/** Top-level block types and how many labels their JSON nesting carries (`resource.<type>.<name>`). */
const LABELS = {
    resource: 2,
    data: 2,
    module: 1,
    provider: 1,
    variable: 1,
    output: 1,
    locals: 0,
    terraform: 0,
};
/** Nested blocks with labels in the JSON syntax: `terraform.backend.<type>`. */
const NESTED_LABELS = { backend: 1 };
/** `var.x`, `local.y`, `aws_s3_bucket.b`, `data.t.n`, `module.m` inside `${…}`. */
const TRAVERSAL = /\b([a-zA-Z_][\w-]*)((?:\.[a-zA-Z_][\w-]*)+)/g;
const ONLY_REFERENCE = /^\$\{\s*([a-zA-Z_][\w-]*)((?:\.[a-zA-Z_][\w-]*)*)\s*\}$/;
const NOT_ROOTS = new Set(['each', 'count', 'self', 'path', 'terraform']);
function parse_json_referenceName(root, names) {
    return [root, ...names.slice(0, root === 'data' ? 2 : 1)].join('.');
}
/**
 * Reads a `.tf.json` file (Terraform's JSON syntax) into the same model as `.tf`, positions from the `yaml`
 * library's JSON-compatible parse. Strings are templates as Terraform reads them: `"${var.x}"` is a reference.
 * Whether an object is an argument or a nested block depends on the provider's schema, which is not known here:
 * a nested object is kept as both (`tags` stays readable as an attribute, `ingress` as a block).
 */
function parseTerraformJson(file) {
    // JSON.parse judges the syntax (the YAML parser, used below for positions, accepts more than JSON).
    try {
        JSON.parse(file.text);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const at = Number(/position (\d+)/.exec(message)?.[1] ?? Number.NaN);
        const offset = Number.isFinite(at) ? Math.min(at, file.text.length) : file.text.length;
        return {
            ok: false,
            problems: [
                {
                    message: `invalid JSON: ${message.replace(/ in JSON at position \d+.*$/, '').split('\n')[0]}`,
                    at: { span: file.spanOf(offset, Math.min(offset + 1, file.text.length)), path: 'syntax' },
                },
            ],
            comments: [],
        };
    }
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(file.text, { lineCounter, prettyErrors: false, uniqueKeys: false });
    if (document.errors.length > 0) {
        return {
            ok: false,
            problems: document.errors.slice(0, 3).map((error) => ({
                message: error.message.split('\n')[0],
                at: { span: file.spanOf(error.pos[0], Math.max(error.pos[1], error.pos[0] + 1)), path: 'syntax' },
            })),
            comments: [],
        };
    }
    const model = {
        path: file.path,
        folder: folderOf(file.path),
        format: 'json',
        blocks: [],
        attributes: new Map(),
    };
    const root = document.contents;
    if (root && !(0,dist/* isMap */.jh)(root)) {
        return {
            ok: false,
            problems: [{ message: 'a .tf.json file holds one JSON object', at: { span: file.lineSpan(1), path: 'syntax' } }],
            comments: [],
        };
    }
    const reader = new JsonReader(file);
    for (const pair of root?.items ?? []) {
        if (!(0,dist/* isScalar */.jn)(pair.key))
            continue;
        const type = String(pair.key.value);
        reader.topLevel(type, pair.key, pair.value, model.blocks);
    }
    return { ok: true, model, comments: [] };
}
class JsonReader {
    file;
    constructor(file) {
        this.file = file;
    }
    range(node) {
        const [start, end] = node.range ?? [0, 0];
        return { start, end };
    }
    topLevel(type, key, value, into) {
        const labels = LABELS[type] ?? 0;
        this.labelled(type, key, value, labels, [], undefined, '', into);
    }
    /** Walks `labels` levels of objects keyed by label, then reads each body (an object, or a list of them). */
    labelled(type, key, value, labelsLeft, labels, parent, prefix, into) {
        if (!value)
            return;
        if (labelsLeft > 0) {
            if (!(0,dist/* isMap */.jh)(value))
                return;
            for (const pair of value.items) {
                if (!(0,dist/* isScalar */.jn)(pair.key))
                    continue;
                // The innermost label's key is the block's header: where its findings point.
                const label = String(pair.key.value);
                this.labelled(type, pair.key, pair.value, labelsLeft - 1, [...labels, label], parent, prefix, into);
            }
            return;
        }
        const bodies = (0,dist/* isSeq */.oP)(value) ? value.items : [value];
        for (const body of bodies) {
            if ((0,dist/* isMap */.jh)(body))
                into.push(this.block(type, labels, key, body, parent, prefix, into.filter((b) => b.type === type).length));
        }
    }
    block(type, labels, key, body, parent, prefix, index) {
        const header = this.range(key);
        const whole = this.range(body);
        const path = parent ? `${prefix}.${type}[${index}]` : [type, ...labels].join('.');
        const block = {
            span: this.file.spanOf(header.start, header.end),
            start: header.start,
            end: header.end,
            path,
            type,
            labels,
            whole: this.file.spanOf(header.start, whole.end),
            attributes: new Map(),
            blocks: [],
            file: this.file.path,
            parent,
        };
        if (!(0,dist/* isMap */.jh)(body))
            return block;
        for (const pair of body.items) {
            if (!(0,dist/* isScalar */.jn)(pair.key))
                continue;
            const name = String(pair.key.value);
            // `//` keys are comments in Terraform's JSON syntax.
            if (name === '//')
                continue;
            const value = pair.value;
            if (!value)
                continue;
            const keyRange = this.range(pair.key);
            const expression = this.expression(value, `${path}.${name}`);
            const attribute = {
                span: this.file.spanOf(keyRange.start, expression.end),
                start: keyRange.start,
                end: expression.end,
                path: `${path}.${name}`,
                name,
                file: this.file.path,
                nameSpan: this.file.spanOf(keyRange.start, keyRange.end),
                value: expression,
            };
            block.attributes.set(name, attribute);
            const nestedLabels = type === 'terraform' ? (NESTED_LABELS[name] ?? 0) : 0;
            const objects = (0,dist/* isSeq */.oP)(value)
                ? value.items.every((item) => (0,dist/* isMap */.jh)(item)) && value.items.length > 0
                : (0,dist/* isMap */.jh)(value);
            if (objects)
                this.labelled(name, pair.key, value, nestedLabels, [], block, path, block.blocks);
        }
        return block;
    }
    expression(node, path) {
        const { start, end } = this.range(node);
        const common = { span: this.file.spanOf(start, end), start, end, path, text: this.file.text.slice(start, end) };
        if ((0,dist/* isMap */.jh)(node)) {
            const entries = node.items.flatMap((pair) => {
                if (!(0,dist/* isScalar */.jn)(pair.key) || !pair.value)
                    return [];
                const key = String(pair.key.value);
                return [
                    {
                        key,
                        keyExpression: this.expression(pair.key, `${path}{}`),
                        value: this.expression(pair.value, `${path}.${key}`),
                    },
                ];
            });
            return { ...common, references: entries.flatMap((entry) => entry.value.references), kind: 'object', entries };
        }
        if ((0,dist/* isSeq */.oP)(node)) {
            const items = node.items.map((item, i) => this.expression(item, `${path}[${i}]`));
            return { ...common, references: items.flatMap((item) => item.references), kind: 'tuple', items };
        }
        if (!(0,dist/* isScalar */.jn)(node))
            return { ...common, references: [], kind: 'other' };
        const value = node.value;
        if (value === null)
            return { ...common, references: [], kind: 'null' };
        if (typeof value === 'number')
            return { ...common, references: [], kind: 'number', value };
        if (typeof value === 'boolean')
            return { ...common, references: [], kind: 'bool', value };
        const text = String(value);
        if (!text.includes('${'))
            return { ...common, references: [], kind: 'string', value: text.replace(/\$\$\{/g, '${') };
        const only = ONLY_REFERENCE.exec(text);
        if (only && !NOT_ROOTS.has(only[1])) {
            const names = only[2] ? only[2].slice(1).split('.') : [];
            return { ...common, references: [parse_json_referenceName(only[1], names)], kind: 'reference', root: only[1], names };
        }
        const references = [];
        for (const interpolation of text.matchAll(/\$\{([^}]*)\}/g)) {
            for (const match of interpolation[1].matchAll(TRAVERSAL)) {
                if (NOT_ROOTS.has(match[1]))
                    continue;
                references.push(parse_json_referenceName(match[1], match[2].slice(1).split('.')));
            }
        }
        const parts = [];
        let last = 0;
        for (const interpolation of text.matchAll(/\$\{([^}]*)\}/g)) {
            parts.push(text.slice(last, interpolation.index));
            parts.push({ ...common, references: [], kind: 'other', text: interpolation[0] });
            last = interpolation.index + interpolation[0].length;
        }
        parts.push(text.slice(last));
        return { ...common, references, kind: 'template', parts: parts.filter((part) => part !== '') };
    }
}

;// CONCATENATED MODULE: ./src/domains/terraform/index.ts






const TOP_LEVEL = new Set(TOP_LEVEL_BLOCKS);
/** The Terraform domain, once its grammar is loaded (a run loads it on its first `.tf` file). */
async function loadTerraformDomain() {
    const parser = await loadHclParser();
    return {
        id: 'terraform',
        parse: (file) => (file.path.endsWith('.json') ? parseTerraformJson(file) : parseHcl(parser, file)),
        walk(model, emit) {
            emit('file', model);
            for (const block of model.blocks) {
                emit('block', block);
                if (TOP_LEVEL.has(block.type))
                    emit(block.type, block);
            }
            emit('exit', model);
        },
    };
}


/***/ }),

/***/ 6243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ secretFileKind),
/* harmony export */   GY: () => (/* binding */ findTokens),
/* harmony export */   ME: () => (/* binding */ isTrustStore),
/* harmony export */   NM: () => (/* binding */ looksLikeToken),
/* harmony export */   UA: () => (/* binding */ referencedVariable),
/* harmony export */   eh: () => (/* binding */ isSecretName),
/* harmony export */   nk: () => (/* binding */ isHarmlessValue)
/* harmony export */ });
/* unused harmony export TOKEN_PATTERNS */
/** Recognisable credential formats, by issuer. Each pattern is specific enough to need no entropy check. */
const TOKEN_PATTERNS = [
    { kind: 'GitHub token', pattern: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,}\b/ },
    { kind: 'GitHub fine-grained token', pattern: /\bgithub_pat_[A-Za-z0-9_]{22,}\b/ },
    { kind: 'GitLab token', pattern: /\bgl(?:pat|dt|rt|ptt|cbt)-[A-Za-z0-9_-]{20,}\b/ },
    { kind: 'AWS access key id', pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/ },
    { kind: 'Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/ },
    {
        kind: 'Slack webhook',
        pattern: /https:\/\/hooks\.slack\.com\/services\/T[A-Za-z0-9]+\/B[A-Za-z0-9]+\/[A-Za-z0-9]+/,
    },
    { kind: 'npm token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/ },
    { kind: 'Stripe live key', pattern: /\b[sr]k_live_[A-Za-z0-9]{20,}\b/ },
    { kind: 'Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
    { kind: 'private key', pattern: /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/ },
];
const GLOBAL_TOKEN_PATTERNS = TOKEN_PATTERNS.map(({ kind, pattern }) => ({
    kind,
    global: new RegExp(pattern.source, 'g'),
}));
function findTokens(text) {
    const found = [];
    for (const { kind, global } of GLOBAL_TOKEN_PATTERNS) {
        // matchAll scans a copy of the expression: the shared one keeps lastIndex 0.
        for (const match of text.matchAll(global))
            found.push({ kind, index: match.index, length: match[0].length });
    }
    return found.sort((a, b) => a.index - b.index);
}
function looksLikeToken(value) {
    return TOKEN_PATTERNS.some(({ pattern }) => pattern.test(value));
}
/** Words that make a variable name a credential. A bare `KEY` is not one: `GPG_KEY` holds a public fingerprint. */
const SECRET_WORDS = new Set([
    'PASSWORD',
    'PASSWD',
    'PWD',
    'SECRET',
    'TOKEN',
    'APIKEY',
    'CREDENTIAL',
    'CREDENTIALS',
    'PASSPHRASE',
]);
const SECRET_PAIRS = [
    ['API', 'KEY'],
    ['PRIVATE', 'KEY'],
    ['ACCESS', 'KEY'],
    ['SECRET', 'KEY'],
    ['CLIENT', 'SECRET'],
    ['AUTH', 'TOKEN'],
];
/** Last words that make the variable about a secret rather than the secret itself (`PASSWORD_FILE=/run/secrets/db`). */
const NOT_THE_SECRET = new Set([
    'FILE',
    'PATH',
    'DIR',
    'URL',
    'URI',
    'ENDPOINT',
    'HOST',
    'PORT',
    'ID',
    'NAME',
    'LENGTH',
    'TTL',
    'EXPIRY',
    'EXPIRES',
    'TIMEOUT',
    'HEADER',
    'TYPE',
    'ENABLED',
    'REQUIRED',
    'VERSION',
    'MIN',
    'MAX',
    'POLICY',
    'ENV',
    'REF',
    'ARN',
]);
function isSecretName(name) {
    const words = name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .toUpperCase()
        .split(/[^A-Z0-9]+/)
        .filter(Boolean);
    if (words.length === 0 || NOT_THE_SECRET.has(words[words.length - 1]))
        return false;
    if (words.some((word) => SECRET_WORDS.has(word)))
        return true;
    return SECRET_PAIRS.some(([a, b]) => words.some((word, i) => word === a && words[i + 1] === b));
}
/** Values that cannot be a credential: empty, booleans, numbers of a few digits, paths. */
function isHarmlessValue(value) {
    return value === '' || /^(?:true|false|yes|no|on|off|none|null|\d{1,4})$/i.test(value) || value.startsWith('/');
}
/** True when a value is only a variable reference (`$TOKEN`, `${TOKEN}`), naming it. */
function referencedVariable(value) {
    return /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(value)?.[1];
}
/** Files that hold credentials by name: SSH keys, dotenv files, package-registry logins, private keys. */
function secretFileKind(path) {
    const base = path.replace(/\/+$/, '').split('/').pop() ?? '';
    if (/^id_(?:rsa|dsa|ecdsa|ed25519)$/.test(base))
        return 'SSH private key';
    if (base === '.env' || /^\.env\.(?!example$|sample$|template$|dist$|defaults?$)[\w.-]+$/.test(base))
        return 'dotenv file';
    if (['.npmrc', '.pypirc', '.netrc', '.git-credentials', '.htpasswd', '.dockercfg'].includes(base))
        return 'credentials file';
    if (base === 'credentials' && /\.aws\//.test(path))
        return 'AWS credentials';
    if (/\.(?:key|p12|pfx|jks|keystore)$/i.test(base))
        return 'private key';
    // A `.pem` holds a certificate as often as a key: names that say certificate or public are left alone.
    if (/\.pem$/i.test(base) &&
        !/(?:^|[-_.])(?:ca|cacert|cert|certs|certificate|crt|chain|fullchain|bundle|root|pub|public|trust)(?:[-_.]|$)/i.test(base)) {
        return 'private key';
    }
    return undefined;
}
/** Destinations that only ever hold certificates (trust stores). */
function isTrustStore(dest) {
    return /^\/(?:usr\/local\/share\/ca-certificates|usr\/share\/ca-certificates|etc\/ssl\/certs|etc\/pki\/ca-trust|usr\/local\/share\/certs)(?:\/|$)/.test(dest);
}


/***/ }),

/***/ 6012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1961);
/* harmony import */ var _support_module_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9006);


/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
    meta: {
        id: 'tf/backend-locking',
        domain: 'terraform',
        description: 'A remote backend locks the state while Terraform writes it.',
        category: 'correctness',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            s3: 'The `s3` backend locks nothing unless `use_lockfile = true` (or the older `dynamodb_table`) is set: two applies at once can corrupt the state.',
            http: 'The `http` backend locks only with a `lock_address`: two applies at once can corrupt the state.',
            oss: 'The `oss` backend locks only with a `tablestore_table`: two applies at once can corrupt the state.',
            off: 'State locking is turned off (`{{name}} = false`): two applies at once can corrupt the state.',
        },
        equivalents: { checkov: ['CKV_TF_3'] },
    },
    create(context) {
        return {
            terraform(settings) {
                for (const backend of settings.blocks) {
                    if (backend.type !== 'backend')
                        continue;
                    const kind = backend.labels[0];
                    // An empty block is a partial configuration completed by `-backend-config` at init: nothing to judge here.
                    if (backend.attributes.size === 0)
                        continue;
                    (0,_support_module_js__WEBPACK_IMPORTED_MODULE_1__/* .inModule */ .ge)(context, (module) => {
                        const set = (name) => {
                            const value = module.attributeValue(backend, name);
                            return value !== 'absent' && value !== null && value !== false && value !== '';
                        };
                        if (kind === 's3') {
                            if (module.attributeValue(backend, 'use_lockfile') === _support_module_js__WEBPACK_IMPORTED_MODULE_1__/* .UNKNOWN */ .HV)
                                return;
                            if (!module.is(backend.attributes.get('use_lockfile')?.value, true) && !set('dynamodb_table'))
                                context.report({ at: backend, messageId: 's3' });
                        }
                        else if (kind === 'http') {
                            if (!set('lock_address'))
                                context.report({ at: backend, messageId: 'http' });
                        }
                        else if (kind === 'oss') {
                            if (!set('tablestore_table'))
                                context.report({ at: backend, messageId: 'oss' });
                        }
                        else if (kind === 'consul') {
                            const lock = backend.attributes.get('lock');
                            if (lock && module.is(lock.value, false))
                                context.report({ at: lock, messageId: 'off', data: { name: 'lock' } });
                        }
                    });
                }
            },
        };
    },
}));


/***/ }),

/***/ 6739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1961);
/* harmony import */ var _support_module_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9006);


/** Backends that keep the state outside the working copy; `local` (the default) does not. */
const LOCAL_BACKENDS = new Set(['local']);
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
    meta: {
        id: 'tf/backend-remote',
        domain: 'terraform',
        description: 'A root module keeps its state in a remote backend (S3, GCS, azurerm, HCP Terraform, …).',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            missing: 'No `backend` or `cloud` block: the state stays in a local terraform.tfstate that no one else sees and nothing locks.',
            local: 'The `local` backend keeps the state on one machine: use a remote backend that others share and that locks.',
        },
        equivalents: {},
    },
    create(context) {
        return {
            file() {
                (0,_support_module_js__WEBPACK_IMPORTED_MODULE_1__/* .inModule */ .ge)(context, (module, file) => {
                    if (!module.isRoot)
                        return;
                    const settings = module.blocks('terraform');
                    const backends = settings.flatMap((block) => block.blocks.filter((b) => b.type === 'backend' || b.type === 'cloud'));
                    if (backends.length === 0) {
                        if (module.anchor !== file)
                            return;
                        const at = settings.find((block) => block.file === file.path) ?? file.blocks[0];
                        if (at)
                            context.report({ at, messageId: 'missing' });
                        return;
                    }
                    for (const backend of backends) {
                        if (backend.file === file.path && backend.type === 'backend' && LOCAL_BACKENDS.has(backend.labels[0] ?? ''))
                            context.report({ at: backend, messageId: 'local' });
                    }
                });
            },
        };
    },
}));


/***/ }),

/***/ 2816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1961);
/* harmony import */ var _support_module_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9006);


/** Database resources → the argument that encrypts their storage (off unless set). */
const ENCRYPTION = {
    aws_db_instance: 'storage_encrypted',
    aws_rds_cluster: 'storage_encrypted',
    aws_docdb_cluster: 'storage_encrypted',
    aws_neptune_cluster: 'storage_encrypted',
    aws_redshift_cluster: 'encrypted',
};
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
    meta: {
        id: 'tf/db-encryption',
        domain: 'terraform',
        description: 'Databases encrypt their storage at rest.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 6.5,
        messages: {
            off: '`{{type}}.{{name}}` stores its data unencrypted (`{{argument}}` is not `true`): snapshots and disks can be read by whoever gets them. Encryption can only be set when the database is created.',
        },
        equivalents: {
            checkov: ['CKV_AWS_16', 'CKV_AWS_96', 'CKV_AWS_74', 'CKV_AWS_44', 'CKV_AWS_64'],
            tfsec: [
                'aws-rds-encrypt-instance-storage-data',
                'aws-rds-encrypt-cluster-storage-data',
                'aws-documentdb-enable-storage-encryption',
                'aws-neptune-enable-storage-encryption',
            ],
        },
    },
    create(context) {
        return {
            file() {
                (0,_support_module_js__WEBPACK_IMPORTED_MODULE_1__/* .inModule */ .ge)(context, (module, file) => {
                    for (const database of (0,_support_module_js__WEBPACK_IMPORTED_MODULE_1__/* .resourcesIn */ .$d)(file, ...Object.keys(ENCRYPTION))) {
                        const type = database.labels[0];
                        const argument = ENCRYPTION[type];
                        // A replica and an Aurora cluster's instance take their encryption from the source or the cluster.
                        if (type === 'aws_db_instance') {
                            if (database.attributes.has('replicate_source_db'))
                                continue;
                            const engine = module.attributeValue(database, 'engine');
                            if (engine === _support_module_js__WEBPACK_IMPORTED_MODULE_1__/* .UNKNOWN */ .HV || (typeof engine === 'string' && engine.startsWith('aurora')))
                                continue;
                        }
                        // Aurora Serverless v1 is always encrypted.
                        if (type === 'aws_rds_cluster' && module.attributeValue(database, 'engine_mode') === 'serverless')
                            continue;
                        if (database.attributes.has('snapshot_identifier') && !database.attributes.has(argument))
                            continue;
                        const value = module.attributeValue(database, argument);
                        if (value === true || value === _support_module_js__WEBPACK_IMPORTED_MODULE_1__/* .UNKNOWN */ .HV)
                            continue;
                        context.report({
                            at: database.attributes.get(argument) ?? database,
                            messageId: 'off',
                            data: { type, name: database.labels[1] ?? '', argument },
                        });
                    }
                });
            },
        };
    },
}));


/***/ }),

/***/ 2666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1961);
/* harmony import */ var _support_module_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9006);


/** Stateful resources → their deletion protection argument and whether it is on when left out. */
const PROTECTION = {
    aws_db_instance: { argument: 'deletion_protection', onByDefault: false },
    aws_rds_cluster: { argument: 'deletion_protection', onByDefault: false },
    aws_docdb_cluster: { argument: 'deletion_protection', onByDefault: false },
    aws_neptune_cluster: { argument: 'deletion_protection', onByDefault: false },
    aws_dynamodb_table: { argument: 'deletion_protection_enabled', onByDefault: false },
    aws_lb: { argument: 'enable_deletion_protection', onByDefault: false },
    aws_alb: { argument: 'enable_deletion_protection', onByDefault: false },
    google_sql_database_instance: { argument: 'deletion_protection', onByDefault: true },
};
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
    meta: {
        id: 'tf/deletion-protection',
        domain: 'terraform',
        description: 'Databases, tables and load balancers have deletion protection on.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            off: '`{{type}}.{{name}}` can be deleted by one `terraform destroy` or a renamed resource: set `{{argument}} = true`.',
        },
        equivalents: { checkov: ['CKV_AWS_293', 'CKV_AWS_139', 'CKV_AWS_150'] },
    },
    create(context) {
        return {
            file() {
                (0,_support_module_js__WEBPACK_IMPORTED_MODULE_1__/* .inModule */ .ge)(context, (module, file) => {
                    for (const block of (0,_support_module_js__WEBPACK_IMPORTED_MODULE_1__/* .resourcesIn */ .$d)(file, ...Object.keys(PROTECTION))) {
                        const type = block.labels[0];
                        const { argument, onByDefault } = PROTECTION[type];
                        if (type === 'aws_db_instance') {
                            // An Aurora cluster's instance is protected through its cluster.
                            const engine = module.attributeValue(block, 'engine');
                            if (engine === _support_module_js__WEBPACK_IMPORTED_MODULE_1__/* .UNKNOWN */ .HV || (typeof engine === 'string' && engine.startsWith('aurora')))
                                continue;
                        }
                        const value = module.attributeValue(block, argument);
                        if (value === true || value === _support_module_js__WEBPACK_IMPORTED_MODULE_1__/* .UNKNOWN */ .HV || (value === 'absent' && onByDefault))
                            continue;
                        context.report({
                            at: block.attributes.get(argument) ?? block,
                            messageId: 'off',
                            data: { type, name: block.labels[1] ?? '', argument },
                        });
                    }
                });
            },
        };
    },
}));


/***/ }),

/***/ 3292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1961);

/** A template that is nothing but one interpolation: `"${var.x}"`. */
function onlyInterpolation(expression) {
    return (expression.kind === 'template' &&
        expression.parts.length === 1 &&
        typeof expression.parts[0] !== 'string' &&
        expression.text.startsWith('"'));
}
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
    meta: {
        id: 'tf/deprecated-interpolation',
        domain: 'terraform',
        description: 'An expression is written as itself, not wrapped alone in `"${…}"`.',
        category: 'style',
        defaultSeverity: 'note',
        recommended: true,
        messages: {
            wrapped: '`{{text}}` wraps a single expression in a string: Terraform 0.12+ takes `{{inner}}` as it is, and the wrapping turns lists and maps into strings in some places.',
        },
        equivalents: { tflint: ['terraform_deprecated_interpolation'] },
    },
    create(context) {
        const check = (block) => {
            for (const attribute of block.attributes.values()) {
                const { value } = attribute;
                if (!onlyInterpolation(value) || value.kind !== 'template')
                    continue;
                const inner = value.parts[0];
                context.report({
                    at: value,
                    messageId: 'wrapped',
                    data: { text: value.text, inner: inner.text },
                    fix: {
                        description: `Write ${inner.text}`,
                        safe: true,
                        edits: [{ start: value.start, end: value.end, text: inner.text }],
                    },
                });
            }
            for (const nested of block.blocks)
                check(nested);
        };
        return { block: check };
    },
}));


/***/ }),

/***/ 3059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1961);
/* harmony import */ var _support_iam_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3657);
/* harmony import */ var _support_module_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9006);



/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
    meta: {
        id: 'tf/iam-wildcard-action',
        domain: 'terraform',
        description: 'IAM policies allow named actions, not `*` or a whole service (`s3:*`).',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 8.0,
        messages: {
            admin: 'Action `{{action}}` allows every action of every service: whoever holds this policy is an administrator.',
            service: 'Action `{{action}}` allows every action of the service, deleting and re-permissioning included: list the actions needed.',
            notAction: '`NotAction` in an Allow statement allows every action but the listed ones, including those of services added later.',
        },
        equivalents: {
            checkov: ['CKV_AWS_1', 'CKV_AWS_62', 'CKV_AWS_63', 'CKV_AWS_49'],
            tfsec: ['aws-iam-no-policy-wildcards'],
        },
    },
    create(context) {
        return {
            file() {
                (0,_support_module_js__WEBPACK_IMPORTED_MODULE_2__/* .inModule */ .ge)(context, (module, file) => {
                    for (const statement of (0,_support_iam_js__WEBPACK_IMPORTED_MODULE_1__/* .allowStatementsIn */ .j)(module, file)) {
                        for (const { value, at } of statement.actions) {
                            if (value === '*' || value === '*:*')
                                context.report({ at, messageId: 'admin', data: { action: value } });
                            else if (/^[\w-]+:\*$/.test(value))
                                context.report({ at, messageId: 'service', data: { action: value } });
                        }
                        for (const { at } of statement.notActions)
                            context.report({ at, messageId: 'notAction' });
                    }
                });
            },
        };
    },
}));


/***/ }),

/***/ 2149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1961);
/* harmony import */ var _support_iam_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3657);
/* harmony import */ var _support_module_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9006);



/** Actions that only read or list: AWS requires `Resource: "*"` for many of them, and they change nothing. */
const READ_ONLY = /^[\w-]+:(?:Describe|List|Get|BatchGet|Head|Search|Lookup|View)[\w*]*$/;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
    meta: {
        id: 'tf/iam-wildcard-resource',
        domain: 'terraform',
        description: 'IAM statements that change something name the resources they apply to, not `*`.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: false,
        securitySeverity: 6.0,
        messages: {
            wildcard: '`Resource: "*"` lets `{{action}}` act on every resource of the account: name the ARNs (or add conditions) the statement needs.',
        },
        equivalents: { checkov: ['CKV_AWS_355', 'CKV_AWS_290'], tfsec: ['aws-iam-no-policy-wildcards'] },
    },
    create(context) {
        return {
            file() {
                (0,_support_module_js__WEBPACK_IMPORTED_MODULE_2__/* .inModule */ .ge)(context, (module, file) => {
                    for (const statement of (0,_support_iam_js__WEBPACK_IMPORTED_MODULE_1__/* .allowStatementsIn */ .j)(module, file)) {
                        const wildcard = statement.resources.find((resource) => resource.value === '*');
                        if (!wildcard)
                            continue;
                        const changing = statement.actions.find((action) => !READ_ONLY.test(action.value));
                        if (changing)
                            context.report({ at: wildcard.at, messageId: 'wildcard', data: { action: changing.value } });
                    }
                });
            },
        };
    },
}));


/***/ }),

/***/ 9560:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pack: () => (/* binding */ pack),
/* harmony export */   terraformRules: () => (/* binding */ terraformRules)
/* harmony export */ });
/* harmony import */ var _domains_terraform_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6832);
/* harmony import */ var _backend_locking_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6012);
/* harmony import */ var _backend_remote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6739);
/* harmony import */ var _db_encryption_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2816);
/* harmony import */ var _deprecated_interpolation_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3292);
/* harmony import */ var _deletion_protection_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2666);
/* harmony import */ var _iam_wildcard_action_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3059);
/* harmony import */ var _iam_wildcard_resource_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2149);
/* harmony import */ var _logging_disabled_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3138);
/* harmony import */ var _module_pinned_source_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7379);
/* harmony import */ var _no_secret_in_locals_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3869);
/* harmony import */ var _no_secret_in_provider_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8678);
/* harmony import */ var _no_secret_in_resource_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3745);
/* harmony import */ var _no_secret_in_variable_default_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(8957);
/* harmony import */ var _public_database_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(2013);
/* harmony import */ var _required_providers_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(8961);
/* harmony import */ var _required_version_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(3186);
/* harmony import */ var _resource_tags_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(3774);
/* harmony import */ var _s3_access_logging_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(8307);
/* harmony import */ var _s3_encryption_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(9535);
/* harmony import */ var _s3_public_access_block_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(779);
/* harmony import */ var _s3_public_acl_js__WEBPACK_IMPORTED_MODULE_21__ = __webpack_require__(61);
/* harmony import */ var _s3_versioning_js__WEBPACK_IMPORTED_MODULE_22__ = __webpack_require__(7713);
/* harmony import */ var _sensitive_output_js__WEBPACK_IMPORTED_MODULE_23__ = __webpack_require__(4872);
/* harmony import */ var _sensitive_variable_js__WEBPACK_IMPORTED_MODULE_24__ = __webpack_require__(7989);
/* harmony import */ var _sg_open_admin_port_js__WEBPACK_IMPORTED_MODULE_25__ = __webpack_require__(8163);
/* harmony import */ var _state_committed_js__WEBPACK_IMPORTED_MODULE_26__ = __webpack_require__(3906);
/* harmony import */ var _syntax_js__WEBPACK_IMPORTED_MODULE_27__ = __webpack_require__(2561);
/* harmony import */ var _volume_encryption_js__WEBPACK_IMPORTED_MODULE_28__ = __webpack_require__(2088);





























/** Every Terraform rule, sorted by file name. */
const terraformRules = [
    _backend_locking_js__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A,
    _backend_remote_js__WEBPACK_IMPORTED_MODULE_2__/* ["default"] */ .A,
    _db_encryption_js__WEBPACK_IMPORTED_MODULE_3__/* ["default"] */ .A,
    _deprecated_interpolation_js__WEBPACK_IMPORTED_MODULE_4__/* ["default"] */ .A,
    _deletion_protection_js__WEBPACK_IMPORTED_MODULE_5__/* ["default"] */ .A,
    _iam_wildcard_action_js__WEBPACK_IMPORTED_MODULE_6__/* ["default"] */ .A,
    _iam_wildcard_resource_js__WEBPACK_IMPORTED_MODULE_7__/* ["default"] */ .A,
    _logging_disabled_js__WEBPACK_IMPORTED_MODULE_8__/* ["default"] */ .A,
    _module_pinned_source_js__WEBPACK_IMPORTED_MODULE_9__/* ["default"] */ .A,
    _no_secret_in_locals_js__WEBPACK_IMPORTED_MODULE_10__/* ["default"] */ .A,
    _no_secret_in_provider_js__WEBPACK_IMPORTED_MODULE_11__/* ["default"] */ .A,
    _no_secret_in_resource_js__WEBPACK_IMPORTED_MODULE_12__/* ["default"] */ .A,
    _no_secret_in_variable_default_js__WEBPACK_IMPORTED_MODULE_13__/* ["default"] */ .A,
    _public_database_js__WEBPACK_IMPORTED_MODULE_14__/* ["default"] */ .A,
    _required_providers_js__WEBPACK_IMPORTED_MODULE_15__/* ["default"] */ .A,
    _required_version_js__WEBPACK_IMPORTED_MODULE_16__/* ["default"] */ .A,
    _resource_tags_js__WEBPACK_IMPORTED_MODULE_17__/* ["default"] */ .A,
    _s3_access_logging_js__WEBPACK_IMPORTED_MODULE_18__/* ["default"] */ .A,
    _s3_encryption_js__WEBPACK_IMPORTED_MODULE_19__/* ["default"] */ .A,
    _s3_public_access_block_js__WEBPACK_IMPORTED_MODULE_20__/* ["default"] */ .A,
    _s3_public_acl_js__WEBPACK_IMPORTED_MODULE_21__/* ["default"] */ .A,
    _s3_versioning_js__WEBPACK_IMPORTED_MODULE_22__/* ["default"] */ .A,
    _sensitive_output_js__WEBPACK_IMPORTED_MODULE_23__/* ["default"] */ .A,
    _sensitive_variable_js__WEBPACK_IMPORTED_MODULE_24__/* ["default"] */ .A,
    _sg_open_admin_port_js__WEBPACK_IMPORTED_MODULE_25__/* ["default"] */ .A,
    _state_committed_js__WEBPACK_IMPORTED_MODULE_26__/* ["default"] */ .A,
    _syntax_js__WEBPACK_IMPORTED_MODULE_27__/* ["default"] */ .A,
    _volume_encryption_js__WEBPACK_IMPORTED_MODULE_28__/* ["default"] */ .A,
];
const pack = { domain: await (0,_domains_terraform_index_js__WEBPACK_IMPORTED_MODULE_0__/* .loadTerraformDomain */ .lt)(), rules: terraformRules };

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1961);
/* harmony import */ var _domains_terraform_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6832);
/* harmony import */ var _support_module_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9006);



const loadBalancer = (module, block) => {
    const logs = (0,_domains_terraform_index_js__WEBPACK_IMPORTED_MODULE_1__/* .blockOf */ .VN)(block, 'access_logs');
    if (!logs)
        return 'an `access_logs` block';
    const enabled = module.attributeValue(logs, 'enabled');
    return enabled === false ? '`access_logs { enabled = true }`' : undefined;
};
/** How each resource type is told to log: each check says what to add, or nothing. */
const CHECKS = {
    aws_lb: loadBalancer,
    aws_alb: loadBalancer,
    aws_elb: loadBalancer,
    aws_cloudtrail: (module, block) => module.attributeValue(block, 'enable_logging') === false ? '`enable_logging = true`' : undefined,
    aws_api_gateway_stage: (_module, block) => (0,_domains_terraform_index_js__WEBPACK_IMPORTED_MODULE_1__/* .blockOf */ .VN)(block, 'access_log_settings') ? undefined : 'an `access_log_settings` block',
    aws_apigatewayv2_stage: (_module, block) => (0,_domains_terraform_index_js__WEBPACK_IMPORTED_MODULE_1__/* .blockOf */ .VN)(block, 'access_log_settings') ? undefined : 'an `access_log_settings` block',
    aws_cloudfront_distribution: (_module, block) => (0,_domains_terraform_index_js__WEBPACK_IMPORTED_MODULE_1__/* .blockOf */ .VN)(block, 'logging_config') ? undefined : 'a `logging_config` block',
    aws_eks_cluster: (module, block) => {
        const types = module.attributeValue(block, 'enabled_cluster_log_types');
        return types === 'absent' || (Array.isArray(types) && types.length === 0)
            ? '`enabled_cluster_log_types`'
            : undefined;
    },
    aws_db_instance: (module, block) => {
        const exports = module.attributeValue(block, 'enabled_cloudwatch_logs_exports');
        if (block.attributes.has('replicate_source_db'))
            return undefined;
        return exports === 'absent' || (Array.isArray(exports) && exports.length === 0)
            ? '`enabled_cloudwatch_logs_exports`'
            : undefined;
    },
    aws_vpc: (module, block) => module.referencing(block, 'aws_flow_log').length > 0 ? undefined : 'an `aws_flow_log` for it',
};
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
    meta: {
        id: 'tf/logging-disabled',
        domain: 'terraform',
        description: 'Load balancers, trails, API stages, CDNs, clusters, databases and VPCs keep logs.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: false,
        securitySeverity: 4.0,
        messages: {
            off: '`{{type}}.{{name}}` keeps no logs: without them an incident cannot be traced. Add {{missing}}.',
        },
        equivalents: {
            checkov: ['CKV_AWS_91', 'CKV_AWS_92', 'CKV_AWS_76', 'CKV_AWS_86', 'CKV_AWS_37', 'CKV_AWS_129', 'CKV2_AWS_11'],
            tfsec: [
                'aws-api-gateway-enable-access-logging',
                'aws-cloudfront-enable-logging',
                'aws-eks-enable-control-plane-logging',
                'aws-ec2-require-vpc-flow-logs-for-all-vpcs',
            ],
        },
    },
    create(context) {
        return {
            file() {
                (0,_support_module_js__WEBPACK_IMPORTED_MODULE_2__/* .inModule */ .ge)(context, (module, file) => {
                    for (const block of (0,_support_module_js__WEBPACK_IMPORTED_MODULE_2__/* .resourcesIn */ .$d)(file, ...Object.keys(CHECKS))) {
                        const type = block.labels[0];
                        if (type === 'aws_db_instance') {
                            const engine = module.attributeValue(block, 'engine');
                            if (engine === _support_module_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV || (typeof engine === 'string' && engine.startsWith('aurora')))
                                continue;
                        }
                        const missing = CHECKS[type](module, block);
                        if (missing)
                            context.report({ at: block, messageId: 'off', data: { type, name: block.labels[1] ?? '', missing } });
                    }
                });
            },
        };
    },
}));


/***/ }),

/***/ 7379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1961);
/* harmony import */ var _support_module_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9006);


/** Branch names that move: a `ref` naming one pins nothing. */
const MOVING_REFS = new Set(['main', 'master', 'develop', 'development', 'trunk', 'head', 'HEAD', 'latest']);
/** `namespace/name/provider`, optionally behind a registry host: versioned by the `version` argument. */
const REGISTRY = /^(?:[a-z0-9.-]+\.[a-z]{2,}\/)?[\w-]+\/[\w-]+\/[\w-]+(?:\/\/.*)?$/i;
const GIT = /^(?:git::|git@|github\.com\/|bitbucket\.org\/)/;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
    meta: {
        id: 'tf/module-pinned-source',
        domain: 'terraform',
        description: 'Module sources are pinned: a registry module has a `version`, a Git module a `ref` that does not move.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 5.0,
        messages: {
            noVersion: 'Registry module `{{source}}` has no `version`: each `terraform init` may fetch a newer release with other resources.',
            noRef: 'Git module `{{source}}` has no `?ref=`: it follows the default branch, whatever is pushed to it.',
            movingRef: 'Git module `{{source}}` follows branch `{{ref}}`: pin a tag or, better, a commit.',
        },
        equivalents: {
            tflint: ['terraform_module_pinned_source', 'terraform_module_version'],
            checkov: ['CKV_TF_1', 'CKV_TF_2'],
        },
    },
    create(context) {
        return {
            module(block) {
                const attribute = block.attributes.get('source');
                if (!attribute)
                    return;
                (0,_support_module_js__WEBPACK_IMPORTED_MODULE_1__/* .inModule */ .ge)(context, (module) => {
                    const source = module.valueOf(attribute.value);
                    if (typeof source !== 'string' || source.startsWith('./') || source.startsWith('../'))
                        return;
                    if (GIT.test(source) || source.startsWith('hg::')) {
                        const ref = /[?&](?:ref|rev)=([^&]+)/.exec(source)?.[1];
                        if (!ref)
                            context.report({ at: attribute, messageId: 'noRef', data: { source } });
                        else if (MOVING_REFS.has(ref))
                            context.report({ at: attribute, messageId: 'movingRef', data: { source, ref } });
                        return;
                    }
                    if (!source.includes('::') && REGISTRY.test(source) && !block.attributes.has('version'))
                        context.report({ at: attribute, messageId: 'noVersion', data: { source } });
                });
            },
        };
    },
}));


/***/ }),

/***/ 3869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1961);
/* harmony import */ var _support_module_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9006);
/* harmony import */ var _support_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1609);



/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
    meta: {
        id: 'tf/no-secret-in-locals',
        domain: 'terraform',
        description: 'Locals hold no credential.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 7.5,
        messages: {
            secret: 'Local `{{name}}` is {{kind}} written into the code: read it from a secret store (a secret manager data source, a sensitive variable) instead.',
        },
        equivalents: { tfsec: ['general-secrets-no-plaintext-exposure'] },
    },
    create(context) {
        return {
            locals(locals) {
                (0,_support_module_js__WEBPACK_IMPORTED_MODULE_1__/* .inModule */ .ge)(context, (module) => {
                    for (const [name, attribute] of locals.attributes) {
                        // Only what is written here: a local that merely points at a variable is that variable's business.
                        if (attribute.value.kind === 'reference')
                            continue;
                        const kind = (0,_support_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .secretKind */ .F)(name, attribute.value, module);
                        if (kind)
                            context.report({ at: attribute, messageId: 'secret', data: { name, kind } });
                    }
                });
            },
        };
    },
}));


/***/ }),

/***/ 8678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1961);
/* harmony import */ var _support_module_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9006);
/* harmony import */ var _support_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1609);



/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
    meta: {
        id: 'tf/no-secret-in-provider',
        domain: 'terraform',
        description: 'Provider blocks hold no credential written into the code.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 8.1,
        messages: {
            secret: "Provider `{{provider}}` gets `{{argument}}` as {{kind}}: use the provider's environment variables, a profile, or OIDC / workload identity in CI.",
        },
        equivalents: { checkov: ['CKV_AWS_41'], tfsec: ['general-secrets-no-plaintext-exposure'] },
    },
    create(context) {
        const check = (module, provider, block) => {
            for (const [name, attribute] of block.attributes) {
                // A variable's default is judged where it is written (tf/no-secret-in-variable-default).
                if (attribute.value.kind === 'reference')
                    continue;
                const kind = (0,_support_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .secretKind */ .F)(name, attribute.value, module);
                if (kind)
                    context.report({ at: attribute, messageId: 'secret', data: { provider, kind, argument: name } });
            }
            for (const nested of block.blocks)
                check(module, provider, nested);
        };
        return {
            provider(block) {
                (0,_support_module_js__WEBPACK_IMPORTED_MODULE_1__/* .inModule */ .ge)(context, (module) => check(module, block.labels[0] ?? '', block));
            },
        };
    },
}));


/***/ }),

/***/ 3745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1961);
/* harmony import */ var _support_module_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9006);
/* harmony import */ var _support_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1609);



/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
    meta: {
        id: 'tf/no-secret-in-resource',
        domain: 'terraform',
        description: 'Resources get their passwords and keys from a secret store, not written into their arguments.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 7.5,
        messages: {
            secret: '`{{argument}}` of `{{type}}.{{name}}` is {{kind}}: it is in the repository and in the state. Generate it (`random_password`, `manage_master_user_password = true`) or read it from a secret store.',
        },
        equivalents: { tfsec: ['general-secrets-no-plaintext-exposure'] },
    },
    create(context) {
        const check = (module, resource, block) => {
            for (const [name, attribute] of block.attributes) {
                // Values from variables are judged where they are written (tf/no-secret-in-variable-default).
                if (attribute.value.kind === 'reference')
                    continue;
                const kind = (0,_support_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .secretKind */ .F)(name, attribute.value, module);
                if (kind)
                    context.report({
                        at: attribute,
                        messageId: 'secret',
                        data: { argument: name, type: resource.labels[0], name: resource.labels[1] ?? '', kind },
                    });
            }
            for (const nested of block.blocks)
                check(module, resource, nested);
        };
        return {
            file() {
                (0,_support_module_js__WEBPACK_IMPORTED_MODULE_1__/* .inModule */ .ge)(context, (module, file) => {
                    for (const resource of file.blocks)
                        if (resource.type === 'resource')
                            check(module, resource, resource);
                });
            },
        };
    },
}));


/***/ }),

/***/ 8957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1961);
/* harmony import */ var _support_module_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9006);
/* harmony import */ var _support_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1609);



/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
    meta: {
        id: 'tf/no-secret-in-variable-default',
        domain: 'terraform',
        description: "A variable's default holds no credential.",
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 7.5,
        messages: {
            secret: 'Variable `{{name}}` defaults to {{kind}}: it is in the repository and in every plan. Leave the default out and pass it in from a secret store (TF_VAR_{{name}}, a secret manager data source).',
        },
        equivalents: { tfsec: ['general-secrets-no-plaintext-exposure'] },
    },
    create(context) {
        return {
            variable(variable) {
                const fallback = variable.attributes.get('default');
                const name = variable.labels[0];
                if (!fallback || !name)
                    return;
                (0,_support_module_js__WEBPACK_IMPORTED_MODULE_1__/* .inModule */ .ge)(context, (module) => {
                    const kind = (0,_support_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .secretKind */ .F)(name, fallback.value, module);
                    if (kind)
                        context.report({ at: fallback, messageId: 'secret', data: { name, kind } });
                });
            },
        };
    },
}));


/***/ }),

/***/ 2013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1961);
/* harmony import */ var _domains_terraform_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6832);
/* harmony import */ var _support_module_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9006);



/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
    meta: {
        id: 'tf/public-database',
        domain: 'terraform',
        description: 'No database is reachable from the internet.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 8.2,
        messages: {
            public: '`{{type}}.{{name}}` gets a public address (`publicly_accessible = true`): keep databases in private subnets and reach them through the application or a bastion.',
            network: 'Authorised network `{{cidr}}` lets the whole internet connect to this Cloud SQL instance.',
        },
        equivalents: {
            checkov: ['CKV_AWS_17', 'CKV_AWS_87', 'CKV_GCP_11'],
            tfsec: ['aws-rds-no-public-db-access', 'google-sql-no-public-access'],
        },
    },
    create(context) {
        return {
            file() {
                (0,_support_module_js__WEBPACK_IMPORTED_MODULE_2__/* .inModule */ .ge)(context, (module, file) => {
                    for (const database of (0,_support_module_js__WEBPACK_IMPORTED_MODULE_2__/* .resourcesIn */ .$d)(file, 'aws_db_instance', 'aws_rds_cluster_instance', 'aws_redshift_cluster')) {
                        const attribute = database.attributes.get('publicly_accessible');
                        if (attribute && module.is(attribute.value, true))
                            context.report({
                                at: attribute,
                                messageId: 'public',
                                data: { type: database.labels[0], name: database.labels[1] ?? '' },
                            });
                    }
                    for (const instance of (0,_support_module_js__WEBPACK_IMPORTED_MODULE_2__/* .resourcesIn */ .$d)(file, 'google_sql_database_instance')) {
                        const ip = (0,_domains_terraform_index_js__WEBPACK_IMPORTED_MODULE_1__/* .blockOf */ .VN)((0,_domains_terraform_index_js__WEBPACK_IMPORTED_MODULE_1__/* .blockOf */ .VN)(instance, 'settings') ?? instance, 'ip_configuration');
                        for (const network of ip ? (0,_domains_terraform_index_js__WEBPACK_IMPORTED_MODULE_1__/* .blocksOf */ .SH)(ip, 'authorized_networks') : []) {
                            const value = network.attributes.get('value');
                            const cidr = module.valueOf(value?.value);
                            if (value && (cidr === '0.0.0.0/0' || cidr === '::/0'))
                                context.report({ at: value, messageId: 'network', data: { cidr } });
                        }
                    }
                });
            },
        };
    },
}));


/***/ }),

/***/ 8961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1961);
/* harmony import */ var _support_module_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9006);


/** Providers built into Terraform itself (`terraform_data`, `terraform_remote_state`): nothing to download. */
const BUILT_IN = new Set(['terraform']);
/** The provider a block uses: its `provider = aws.west` meta-argument, else its type's prefix (`aws_s3_bucket`). */
function providerOf(block) {
    if (block.type === 'provider')
        return block.labels[0];
    if (block.type !== 'resource' && block.type !== 'data')
        return undefined;
    const meta = block.attributes.get('provider')?.value;
    if (meta?.kind === 'reference')
        return meta.root;
    const type = block.labels[0] ?? '';
    const cut = type.indexOf('_');
    return cut === -1 ? type : type.slice(0, cut);
}
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
    meta: {
        id: 'tf/required-providers',
        domain: 'terraform',
        description: 'Every provider the module uses is declared in `required_providers` with a source and a version.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            undeclared: 'Provider `{{name}}` is not in `required_providers`: `terraform init` takes the newest `hashicorp/{{name}}` release, whatever it breaks.',
            unversioned: 'Provider `{{name}}` has no `version` constraint: `terraform init` takes its newest release, whatever it breaks.',
        },
        equivalents: { tflint: ['terraform_required_providers'] },
    },
    create(context) {
        return {
            file() {
                (0,_support_module_js__WEBPACK_IMPORTED_MODULE_1__/* .inModule */ .ge)(context, (module, file) => {
                    const { declared, firstUses } = module.memo('required-providers', () => {
                        const declared = new Map();
                        for (const settings of module.blocks('terraform')) {
                            for (const required of settings.blocks) {
                                if (required.type !== 'required_providers')
                                    continue;
                                for (const [name, attribute] of required.attributes) {
                                    const value = module.valueOf(attribute.value);
                                    // `aws = "~> 5.0"` is the older shorthand for a version constraint.
                                    const versioned = value === _support_module_js__WEBPACK_IMPORTED_MODULE_1__/* .UNKNOWN */ .HV ||
                                        typeof value === 'string' ||
                                        ((0,_support_module_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value) && typeof value.version === 'string' && value.version !== '');
                                    declared.set(name, { versioned, at: attribute });
                                }
                            }
                        }
                        // The first block (in file order) that uses each undeclared provider: where it is reported.
                        const firstUses = new Map();
                        for (const candidate of module.files.flatMap((f) => f.blocks)) {
                            const name = providerOf(candidate);
                            if (name && !BUILT_IN.has(name) && !declared.has(name) && !firstUses.has(name))
                                firstUses.set(name, candidate);
                        }
                        return { declared, firstUses };
                    });
                    for (const [name, entry] of declared) {
                        if (!entry.versioned && entry.at.file === file.path)
                            context.report({ at: entry.at, messageId: 'unversioned', data: { name } });
                    }
                    for (const [name, block] of firstUses) {
                        if (block.file === file.path)
                            context.report({ at: block, messageId: 'undeclared', data: { name } });
                    }
                });
            },
        };
    },
}));


/***/ }),

/***/ 3186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1961);
/* harmony import */ var _support_module_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9006);


/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
    meta: {
        id: 'tf/required-version',
        domain: 'terraform',
        description: 'The module states the Terraform versions it works with (`required_version`).',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            missing: 'No `required_version` in a `terraform` block: any Terraform release may run this code, and a newer one may rewrite the state so older ones can no longer read it.',
        },
        equivalents: { tflint: ['terraform_required_version'] },
    },
    create(context) {
        return {
            file() {
                (0,_support_module_js__WEBPACK_IMPORTED_MODULE_1__/* .inModule */ .ge)(context, (module, file) => {
                    const settings = module.blocks('terraform');
                    if (settings.some((block) => block.attributes.has('required_version')))
                        return;
                    if (module.anchor !== file)
                        return;
                    const at = settings.find((block) => block.file === file.path) ?? file.blocks[0];
                    if (at)
                        context.report({ at, messageId: 'missing' });
                });
            },
        };
    },
}));


/***/ }),

/***/ 3774:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1961);
/* harmony import */ var _domains_terraform_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6832);
/* harmony import */ var _support_module_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9006);



/** Common AWS and Azure resources that take a `tags` map (AWS ones also get the provider's `default_tags`). */
const TAGGABLE = new Set([
    'aws_instance',
    'aws_launch_template',
    'aws_ebs_volume',
    'aws_eip',
    'aws_vpc',
    'aws_subnet',
    'aws_route_table',
    'aws_internet_gateway',
    'aws_nat_gateway',
    'aws_vpc_endpoint',
    'aws_security_group',
    'aws_network_interface',
    'aws_lb',
    'aws_alb',
    'aws_lb_target_group',
    'aws_s3_bucket',
    'aws_db_instance',
    'aws_rds_cluster',
    'aws_db_subnet_group',
    'aws_dynamodb_table',
    'aws_elasticache_replication_group',
    'aws_elasticache_cluster',
    'aws_redshift_cluster',
    'aws_docdb_cluster',
    'aws_neptune_cluster',
    'aws_opensearch_domain',
    'aws_elasticsearch_domain',
    'aws_efs_file_system',
    'aws_lambda_function',
    'aws_ecs_cluster',
    'aws_ecs_service',
    'aws_ecs_task_definition',
    'aws_eks_cluster',
    'aws_eks_node_group',
    'aws_ecr_repository',
    'aws_kms_key',
    'aws_sqs_queue',
    'aws_sns_topic',
    'aws_cloudwatch_log_group',
    'aws_cloudwatch_metric_alarm',
    'aws_iam_role',
    'aws_iam_policy',
    'aws_iam_user',
    'aws_secretsmanager_secret',
    'aws_ssm_parameter',
    'aws_acm_certificate',
    'aws_route53_zone',
    'aws_cloudfront_distribution',
    'aws_api_gateway_rest_api',
    'aws_apigatewayv2_api',
    'aws_kinesis_stream',
    'aws_sfn_state_machine',
    'aws_cloudtrail',
    'aws_msk_cluster',
    'aws_mq_broker',
    'aws_wafv2_web_acl',
    'aws_backup_vault',
    'aws_codebuild_project',
    'aws_codepipeline',
    'aws_glue_job',
    'azurerm_resource_group',
    'azurerm_virtual_network',
    'azurerm_network_security_group',
    'azurerm_public_ip',
    'azurerm_network_interface',
    'azurerm_storage_account',
    'azurerm_key_vault',
    'azurerm_linux_virtual_machine',
    'azurerm_windows_virtual_machine',
    'azurerm_kubernetes_cluster',
    'azurerm_container_registry',
    'azurerm_service_plan',
    'azurerm_linux_web_app',
    'azurerm_windows_web_app',
    'azurerm_mssql_server',
    'azurerm_postgresql_flexible_server',
    'azurerm_mysql_flexible_server',
    'azurerm_log_analytics_workspace',
]);
/** The keys of a tag map; undefined when the map is not written out (a variable without default, a call). */
function keysOf(module, block, name) {
    if (!block)
        return [];
    const value = module.attributeValue(block, name);
    if (value === 'absent')
        return [];
    if (value === _support_module_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV || !(0,_support_module_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(value))
        return undefined;
    return Object.keys(value);
}
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
    meta: {
        id: 'tf/resource-tags',
        domain: 'terraform',
        description: 'Taggable resources carry tags (and the keys the configuration requires), or inherit them from `default_tags`.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            untagged: '`{{type}}.{{name}}` has no tags: cost reports and incident response cannot tell whose it is. Tag it, or set `default_tags` on the provider.',
            missingKeys: "`{{type}}.{{name}}` lacks the tag{{plural}} {{keys}} (required by this rule's `keys` option).",
        },
        equivalents: { tflint: ['aws_resource_missing_tags'] },
        defaultOptions: { keys: [] },
        optionsSchema: {
            type: 'object',
            properties: { keys: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true } },
            additionalProperties: false,
        },
    },
    create(context) {
        const required = context.options.keys ?? [];
        return {
            file() {
                (0,_support_module_js__WEBPACK_IMPORTED_MODULE_2__/* .inModule */ .ge)(context, (module, file) => {
                    const awsProviders = module.blocks('provider').filter((block) => block.labels[0] === 'aws');
                    // default_tags of every aws provider configuration: keys all of them set (a resource may use any alias).
                    const defaults = awsProviders.map((provider) => keysOf(module, (0,_domains_terraform_index_js__WEBPACK_IMPORTED_MODULE_1__/* .blockOf */ .VN)(provider, 'default_tags'), 'tags'));
                    const defaultKeys = defaults.includes(undefined)
                        ? undefined
                        : defaults.length === 0
                            ? []
                            : defaults.reduce((common, keys) => common.filter((key) => keys.includes(key)));
                    for (const resource of (0,_support_module_js__WEBPACK_IMPORTED_MODULE_2__/* .resourcesIn */ .$d)(file, ...TAGGABLE)) {
                        const type = resource.labels[0];
                        const aws = type.startsWith('aws_');
                        // A module without an aws provider block gets its provider, and its default_tags, from its caller.
                        if (aws && awsProviders.length === 0)
                            continue;
                        const own = keysOf(module, resource, 'tags');
                        const inherited = aws ? defaultKeys : [];
                        if (own === undefined || inherited === undefined)
                            continue;
                        const keys = new Set([...own, ...inherited]);
                        const data = { type, name: resource.labels[1] ?? '' };
                        if (keys.size === 0) {
                            context.report({ at: resource.attributes.get('tags') ?? resource, messageId: 'untagged', data });
                            continue;
                        }
                        const missing = required.filter((key) => !keys.has(key));
                        if (missing.length > 0)
                            context.report({
                                at: resource.attributes.get('tags') ?? resource,
                                messageId: 'missingKeys',
                                data: {
                                    ...data,
                                    plural: missing.length > 1 ? 's' : '',
                                    keys: missing.map((key) => `\`${key}\``).join(', '),
                                },
                            });
                    }
                });
            },
        };
    },
}));


/***/ }),

/***/ 8307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1961);
/* harmony import */ var _domains_terraform_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6832);
/* harmony import */ var _support_module_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9006);
/* harmony import */ var _support_s3_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1016);




/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
    meta: {
        id: 'tf/s3-access-logging',
        domain: 'terraform',
        description: 'Every S3 bucket logs the requests made to it.',
        category: 'security',
        defaultSeverity: 'note',
        recommended: false,
        securitySeverity: 3.0,
        messages: {
            missing: 'Bucket `{{name}}` logs no access: who read or deleted what cannot be told afterwards. Send server access logs to a log bucket.',
        },
        equivalents: { checkov: ['CKV_AWS_18'], tfsec: ['aws-s3-enable-bucket-logging'] },
    },
    create(context) {
        return {
            file() {
                (0,_support_module_js__WEBPACK_IMPORTED_MODULE_2__/* .inModule */ .ge)(context, (module, file) => {
                    for (const bucket of (0,_support_s3_js__WEBPACK_IMPORTED_MODULE_3__/* .bucketsIn */ .X)(file)) {
                        if ((0,_domains_terraform_index_js__WEBPACK_IMPORTED_MODULE_1__/* .blockOf */ .VN)(bucket, 'logging'))
                            continue;
                        // A logging resource names the bucket either as the one it logs or as where the logs go (a log
                        // bucket, which is not asked to log itself): both settle it.
                        if (module.referencing(bucket, 'aws_s3_bucket_logging').length > 0)
                            continue;
                        context.report({ at: bucket, messageId: 'missing', data: { name: bucket.labels[1] ?? '' } });
                    }
                });
            },
        };
    },
}));


/***/ }),

/***/ 9535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1961);
/* harmony import */ var _domains_terraform_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6832);
/* harmony import */ var _support_module_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9006);
/* harmony import */ var _support_s3_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1016);




/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
    meta: {
        id: 'tf/s3-encryption',
        domain: 'terraform',
        description: 'Every S3 bucket states its server-side encryption.',
        category: 'security',
        defaultSeverity: 'note',
        recommended: false,
        securitySeverity: 3.5,
        messages: {
            missing: 'Bucket `{{name}}` states no server-side encryption: it gets S3-managed keys by default, which no key policy or audit trail of yours controls; configure SSE-KMS to decide who can decrypt.',
        },
        equivalents: { checkov: ['CKV_AWS_19', 'CKV_AWS_145'], tfsec: ['aws-s3-enable-bucket-encryption'] },
    },
    create(context) {
        return {
            file() {
                (0,_support_module_js__WEBPACK_IMPORTED_MODULE_2__/* .inModule */ .ge)(context, (module, file) => {
                    for (const bucket of (0,_support_s3_js__WEBPACK_IMPORTED_MODULE_3__/* .bucketsIn */ .X)(file)) {
                        if ((0,_domains_terraform_index_js__WEBPACK_IMPORTED_MODULE_1__/* .blockOf */ .VN)(bucket, 'server_side_encryption_configuration'))
                            continue;
                        if ((0,_support_s3_js__WEBPACK_IMPORTED_MODULE_3__/* .companions */ .a)(module, bucket, 'aws_s3_bucket_server_side_encryption_configuration').length > 0)
                            continue;
                        context.report({ at: bucket, messageId: 'missing', data: { name: bucket.labels[1] ?? '' } });
                    }
                });
            },
        };
    },
}));


/***/ }),

/***/ 779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1961);
/* harmony import */ var _support_module_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9006);
/* harmony import */ var _support_s3_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1016);



const SETTINGS = ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets'];
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
    meta: {
        id: 'tf/s3-public-access-block',
        domain: 'terraform',
        description: 'Every S3 bucket has a public access block with all four settings on.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 7.0,
        messages: {
            missing: 'Bucket `{{name}}` has no `aws_s3_bucket_public_access_block`: one ACL or bucket policy is then enough to make it public.',
            off: '`{{setting}}` is not `true`: this public access block lets {{effect}}.',
        },
        equivalents: {
            checkov: ['CKV2_AWS_6', 'CKV_AWS_53', 'CKV_AWS_54', 'CKV_AWS_55', 'CKV_AWS_56'],
            tfsec: [
                'aws-s3-specify-public-access-block',
                'aws-s3-block-public-acls',
                'aws-s3-block-public-policy',
                'aws-s3-ignore-public-acls',
                'aws-s3-no-public-buckets',
            ],
        },
    },
    create(context) {
        const effects = {
            block_public_acls: 'new public ACLs through',
            block_public_policy: 'a public bucket policy through',
            ignore_public_acls: 'existing public ACLs take effect',
            restrict_public_buckets: 'a public policy open the bucket to anyone',
        };
        return {
            file() {
                (0,_support_module_js__WEBPACK_IMPORTED_MODULE_1__/* .inModule */ .ge)(context, (module, file) => {
                    for (const block of (0,_support_module_js__WEBPACK_IMPORTED_MODULE_1__/* .resourcesIn */ .$d)(file, 'aws_s3_bucket_public_access_block', 'aws_s3_account_public_access_block')) {
                        for (const setting of SETTINGS) {
                            const value = module.attributeValue(block, setting);
                            if (value === _support_module_js__WEBPACK_IMPORTED_MODULE_1__/* .UNKNOWN */ .HV || value === true)
                                continue;
                            context.report({
                                at: block.attributes.get(setting) ?? block,
                                messageId: 'off',
                                data: { setting, effect: effects[setting] },
                            });
                        }
                    }
                    // An account-wide block with everything on covers every bucket of the account.
                    const accountWide = module
                        .resources('aws_s3_account_public_access_block')
                        .some((block) => SETTINGS.every((setting) => module.attributeValue(block, setting) === true));
                    if (accountWide)
                        return;
                    for (const bucket of (0,_support_s3_js__WEBPACK_IMPORTED_MODULE_2__/* .bucketsIn */ .X)(file)) {
                        if ((0,_support_s3_js__WEBPACK_IMPORTED_MODULE_2__/* .companions */ .a)(module, bucket, 'aws_s3_bucket_public_access_block').length > 0)
                            continue;
                        context.report({ at: bucket, messageId: 'missing', data: { name: bucket.labels[1] ?? '' } });
                    }
                });
            },
        };
    },
}));


/***/ }),

/***/ 61:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1961);
/* harmony import */ var _support_module_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9006);


const PUBLIC_ACLS = new Set(['public-read', 'public-read-write', 'authenticated-read']);
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
    meta: {
        id: 'tf/s3-public-acl',
        domain: 'terraform',
        description: 'No S3 bucket is given a canned ACL that opens it to everyone.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 8.6,
        messages: {
            public: 'ACL `{{acl}}` lets {{who}} read{{write}} the bucket: keep buckets private and serve public content through CloudFront.',
        },
        equivalents: { checkov: ['CKV_AWS_20', 'CKV_AWS_57'], tfsec: ['aws-s3-no-public-access-with-acl'] },
    },
    create(context) {
        return {
            file() {
                (0,_support_module_js__WEBPACK_IMPORTED_MODULE_1__/* .inModule */ .ge)(context, (module, file) => {
                    for (const block of (0,_support_module_js__WEBPACK_IMPORTED_MODULE_1__/* .resourcesIn */ .$d)(file, 'aws_s3_bucket', 'aws_s3_bucket_acl')) {
                        const attribute = block.attributes.get('acl');
                        const acl = module.valueOf(attribute?.value);
                        if (!attribute || typeof acl !== 'string' || !PUBLIC_ACLS.has(acl))
                            continue;
                        context.report({
                            at: attribute,
                            messageId: 'public',
                            data: {
                                acl,
                                who: acl === 'authenticated-read' ? 'every AWS account' : 'anyone on the internet',
                                write: acl === 'public-read-write' ? ' and write' : '',
                            },
                        });
                    }
                });
            },
        };
    },
}));


/***/ }),

/***/ 7713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1961);
/* harmony import */ var _domains_terraform_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6832);
/* harmony import */ var _support_module_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9006);
/* harmony import */ var _support_s3_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1016);




/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
    meta: {
        id: 'tf/s3-versioning',
        domain: 'terraform',
        description: 'Every S3 bucket keeps object versions.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            missing: 'Bucket `{{name}}` does not keep versions: an overwrite or delete (by mistake, a bug or ransomware) cannot be undone.',
            suspended: 'Versioning is `{{status}}`: overwritten and deleted objects are gone for good.',
        },
        equivalents: { checkov: ['CKV_AWS_21'], tfsec: ['aws-s3-enable-versioning'] },
    },
    create(context) {
        return {
            file() {
                (0,_support_module_js__WEBPACK_IMPORTED_MODULE_2__/* .inModule */ .ge)(context, (module, file) => {
                    for (const versioning of (0,_support_module_js__WEBPACK_IMPORTED_MODULE_2__/* .resourcesIn */ .$d)(file, 'aws_s3_bucket_versioning')) {
                        const configuration = (0,_domains_terraform_index_js__WEBPACK_IMPORTED_MODULE_1__/* .blockOf */ .VN)(versioning, 'versioning_configuration');
                        const status = configuration?.attributes.get('status');
                        const value = module.valueOf(status?.value);
                        if (status && typeof value === 'string' && value !== 'Enabled')
                            context.report({ at: status, messageId: 'suspended', data: { status: value } });
                    }
                    for (const bucket of (0,_support_s3_js__WEBPACK_IMPORTED_MODULE_3__/* .bucketsIn */ .X)(file)) {
                        const inline = (0,_domains_terraform_index_js__WEBPACK_IMPORTED_MODULE_1__/* .blockOf */ .VN)(bucket, 'versioning');
                        if (inline) {
                            const enabled = module.attributeValue(inline, 'enabled');
                            if (enabled === true || enabled === _support_module_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV)
                                continue;
                        }
                        if ((0,_support_s3_js__WEBPACK_IMPORTED_MODULE_3__/* .companions */ .a)(module, bucket, 'aws_s3_bucket_versioning').length > 0)
                            continue;
                        context.report({ at: bucket, messageId: 'missing', data: { name: bucket.labels[1] ?? '' } });
                    }
                });
            },
        };
    },
}));


/***/ }),

/***/ 4872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1961);
/* harmony import */ var _support_module_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9006);
/* harmony import */ var _support_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1609);



/** Attributes of resources that hold a secret (`aws_db_instance.main.password`, `random_password.x.result`). */
const SECRET_ATTRIBUTES = {
    random_password: ['result', 'bcrypt_hash'],
    tls_private_key: ['private_key_pem', 'private_key_openssh', 'private_key_pem_pkcs8'],
    aws_iam_access_key: ['secret', 'ses_smtp_password_v4'],
    aws_db_instance: ['password'],
    aws_rds_cluster: ['master_password'],
    aws_secretsmanager_secret_version: ['secret_string', 'secret_binary'],
    azurerm_storage_account: ['primary_access_key', 'secondary_access_key', 'primary_connection_string'],
    google_service_account_key: ['private_key'],
};
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
    meta: {
        id: 'tf/sensitive-output',
        domain: 'terraform',
        description: 'An output that carries a secret is marked `sensitive = true`.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 5.5,
        messages: {
            unmarked: 'Output `{{name}}` carries {{what}} but is not `sensitive = true`: `terraform apply` and `terraform output` print it into CI logs.',
        },
    },
    create(context) {
        return {
            output(output) {
                const value = output.attributes.get('value');
                const name = output.labels[0] ?? '';
                if (!value)
                    return;
                (0,_support_module_js__WEBPACK_IMPORTED_MODULE_1__/* .inModule */ .ge)(context, (module) => {
                    if (module.is(output.attributes.get('sensitive')?.value, true))
                        return;
                    let what;
                    for (const reference of value.value.references) {
                        const [root, second] = reference.split('.');
                        if (root === 'var' && second) {
                            const variable = module.variables.get(second);
                            if (variable && module.is(variable.attributes.get('sensitive')?.value, true))
                                what = `the sensitive variable \`${second}\``;
                        }
                    }
                    // A resource attribute that holds a secret: the reference names only the resource, so read the text.
                    for (const [type, attributes] of Object.entries(SECRET_ATTRIBUTES)) {
                        const match = new RegExp(`\\b${type}\\.[\\w-]+(?:\\[[^\\]]*\\])?\\.(${attributes.join('|')})\\b`).exec(value.value.text);
                        if (match)
                            what ??= `\`${type}.…${match[1]}\``;
                    }
                    if (!what && (0,_support_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .isSecretName */ .e)(name) && value.value.kind === 'reference')
                        what = 'a value named like a secret';
                    if (what)
                        context.report({ at: output, messageId: 'unmarked', data: { name, what } });
                });
            },
        };
    },
}));


/***/ }),

/***/ 7989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1961);
/* harmony import */ var _support_module_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9006);
/* harmony import */ var _support_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1609);



/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
    meta: {
        id: 'tf/sensitive-variable',
        domain: 'terraform',
        description: 'A variable named like a credential is marked `sensitive = true`.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 4.0,
        messages: {
            unmarked: 'Variable `{{name}}` looks like a credential but is not `sensitive = true`: plans and applies print its value.',
        },
    },
    create(context) {
        return {
            variable(variable) {
                const name = variable.labels[0] ?? '';
                if (!(0,_support_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .isSecretName */ .e)(name))
                    return;
                (0,_support_module_js__WEBPACK_IMPORTED_MODULE_1__/* .inModule */ .ge)(context, (module) => {
                    const sensitive = variable.attributes.get('sensitive');
                    if (sensitive && !module.is(sensitive.value, false))
                        return;
                    // A bool or number is no credential, whatever its name (`enable_password_auth`).
                    const type = variable.attributes.get('type')?.value.text;
                    if (type === 'bool' || type === 'number')
                        return;
                    context.report({ at: sensitive ?? variable, messageId: 'unmarked', data: { name } });
                });
            },
        };
    },
}));


/***/ }),

/***/ 8163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1961);
/* harmony import */ var _domains_terraform_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6832);
/* harmony import */ var _support_module_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9006);



const WORLD = new Set(['0.0.0.0/0', '::/0']);
const AZURE_WORLD = new Set(['*', '0.0.0.0/0', '::/0', 'Internet', 'Any']);
/** A port range from Terraform's numbers or strings (`22`, `"22"`, `"20-25"`, `"*"`); undefined when not literal. */
function range(from, to = from) {
    if (from === '*' || to === '*')
        return [0, 65535];
    if (typeof from === 'string' && from.includes('-')) {
        const [low, high] = from.split('-').map(Number);
        return Number.isFinite(low) && Number.isFinite(high) ? [low, high] : undefined;
    }
    const low = Number(from);
    const high = Number(to);
    if (from === _support_module_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV || to === _support_module_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV || !Number.isFinite(low) || !Number.isFinite(high))
        return undefined;
    return [low, high];
}
function worldIn(value, world) {
    const list = Array.isArray(value) ? value : [value];
    return list.find((item) => typeof item === 'string' && world.has(item));
}
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
    meta: {
        id: 'tf/sg-open-admin-port',
        domain: 'terraform',
        description: 'No firewall rule opens an administration port (SSH, RDP, …) or every port to the whole internet.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 8.6,
        messages: {
            port: 'Port {{port}} is open to {{cidr}}: every scanner on the internet can try to log in. Allow only known ranges, or use SSM Session Manager / IAP / a bastion.',
            all: 'Every port is open to {{cidr}}: allow only the ports the service needs, from the ranges that need them.',
        },
        equivalents: {
            checkov: ['CKV_AWS_24', 'CKV_AWS_25', 'CKV_AWS_277', 'CKV_GCP_2', 'CKV_GCP_3', 'CKV_AZURE_9', 'CKV_AZURE_10'],
            tfsec: ['aws-ec2-no-public-ingress-sgr', 'google-compute-no-public-ingress', 'azure-network-no-public-ingress'],
        },
        defaultOptions: { ports: [22, 3389] },
        optionsSchema: {
            type: 'object',
            properties: { ports: { type: 'array', items: { type: 'integer', minimum: 0, maximum: 65535 } } },
            additionalProperties: false,
        },
    },
    create(context) {
        const ports = context.options.ports ?? [22, 3389];
        const judge = (at, span, all, cidr) => {
            if (all || (span && span[0] <= 0 && span[1] >= 65535)) {
                context.report({ at, messageId: 'all', data: { cidr } });
                return;
            }
            if (!span)
                return;
            const port = ports.find((candidate) => span[0] <= candidate && candidate <= span[1]);
            if (port !== undefined)
                context.report({ at, messageId: 'port', data: { port, cidr } });
        };
        /** An AWS ingress: a security group's `ingress` block or a standalone rule. */
        const awsIngress = (module, rule, cidrNames, protocolName) => {
            const cidr = cidrNames.map((name) => worldIn(module.attributeValue(rule, name), WORLD)).find(Boolean);
            if (!cidr)
                return;
            const protocol = module.attributeValue(rule, protocolName);
            const all = protocol === '-1' || protocol === -1 || protocol === 'all';
            const at = rule.attributes.get(cidrNames.find((name) => rule.attributes.has(name))) ?? rule;
            judge(at, range(module.attributeValue(rule, 'from_port'), module.attributeValue(rule, 'to_port')), all, cidr);
        };
        return {
            file() {
                (0,_support_module_js__WEBPACK_IMPORTED_MODULE_2__/* .inModule */ .ge)(context, (module, file) => {
                    for (const group of (0,_support_module_js__WEBPACK_IMPORTED_MODULE_2__/* .resourcesIn */ .$d)(file, 'aws_security_group')) {
                        for (const ingress of (0,_domains_terraform_index_js__WEBPACK_IMPORTED_MODULE_1__/* .blocksOf */ .SH)(group, 'ingress'))
                            awsIngress(module, ingress, ['cidr_blocks', 'ipv6_cidr_blocks'], 'protocol');
                    }
                    for (const rule of (0,_support_module_js__WEBPACK_IMPORTED_MODULE_2__/* .resourcesIn */ .$d)(file, 'aws_security_group_rule')) {
                        if (module.attributeValue(rule, 'type') === 'ingress')
                            awsIngress(module, rule, ['cidr_blocks', 'ipv6_cidr_blocks'], 'protocol');
                    }
                    for (const rule of (0,_support_module_js__WEBPACK_IMPORTED_MODULE_2__/* .resourcesIn */ .$d)(file, 'aws_vpc_security_group_ingress_rule'))
                        awsIngress(module, rule, ['cidr_ipv4', 'cidr_ipv6'], 'ip_protocol');
                    for (const firewall of (0,_support_module_js__WEBPACK_IMPORTED_MODULE_2__/* .resourcesIn */ .$d)(file, 'google_compute_firewall')) {
                        const direction = module.attributeValue(firewall, 'direction');
                        if (direction !== 'absent' && direction !== 'INGRESS')
                            continue;
                        const cidr = worldIn(module.attributeValue(firewall, 'source_ranges'), WORLD);
                        if (!cidr)
                            continue;
                        for (const allow of (0,_domains_terraform_index_js__WEBPACK_IMPORTED_MODULE_1__/* .blocksOf */ .SH)(firewall, 'allow')) {
                            const protocol = module.attributeValue(allow, 'protocol');
                            const listed = module.attributeValue(allow, 'ports');
                            const at = firewall.attributes.get('source_ranges');
                            if (listed === 'absent') {
                                if (protocol === 'all' || protocol === 'tcp')
                                    judge(at, undefined, true, cidr);
                            }
                            else if (Array.isArray(listed)) {
                                for (const port of listed)
                                    judge(at, range(port), false, cidr);
                            }
                        }
                    }
                    const azureRules = [
                        ...(0,_support_module_js__WEBPACK_IMPORTED_MODULE_2__/* .resourcesIn */ .$d)(file, 'azurerm_network_security_rule'),
                        ...(0,_support_module_js__WEBPACK_IMPORTED_MODULE_2__/* .resourcesIn */ .$d)(file, 'azurerm_network_security_group').flatMap((group) => (0,_domains_terraform_index_js__WEBPACK_IMPORTED_MODULE_1__/* .blocksOf */ .SH)(group, 'security_rule')),
                    ];
                    for (const rule of azureRules) {
                        if (module.attributeValue(rule, 'direction') !== 'Inbound' ||
                            module.attributeValue(rule, 'access') !== 'Allow')
                            continue;
                        const sources = [
                            module.attributeValue(rule, 'source_address_prefix'),
                            module.attributeValue(rule, 'source_address_prefixes'),
                        ];
                        const cidr = sources.map((source) => worldIn(source, AZURE_WORLD)).find(Boolean);
                        if (!cidr)
                            continue;
                        const at = rule.attributes.get('source_address_prefix') ?? rule.attributes.get('source_address_prefixes') ?? rule;
                        const single = module.attributeValue(rule, 'destination_port_range');
                        const many = module.attributeValue(rule, 'destination_port_ranges');
                        for (const port of [single, ...(Array.isArray(many) ? many : [])]) {
                            if (port !== 'absent' && port !== _support_module_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV)
                                judge(at, range(port), false, cidr);
                        }
                    }
                });
            },
        };
    },
}));


/***/ }),

/***/ 3906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1961);
/* harmony import */ var _support_module_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9006);



/** Files that only exist once Terraform has run in the folder: state, its backup, and what `init` downloads. */
const RUN_FILES = [
    'terraform.tfstate',
    'terraform.tfstate.backup',
    '.terraform/terraform.tfstate',
    '.terraform/modules/modules.json',
    '.terraform/environment',
];
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
    meta: {
        id: 'tf/state-committed',
        domain: 'terraform',
        description: 'No Terraform state file or `.terraform/` folder sits in the repository.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 7.5,
        messages: {
            state: '`{{path}}` is in the repository: state holds every resource attribute in clear text, passwords and keys included. Delete it from the history, keep state in a remote backend and ignore `*.tfstate*` and `.terraform/`.',
        },
    },
    create(context) {
        return {
            file() {
                (0,_support_module_js__WEBPACK_IMPORTED_MODULE_1__/* .inModule */ .ge)(context, (module, file) => {
                    if (module.anchor !== file)
                        return;
                    const prefix = module.folder ? `${module.folder}/` : '';
                    // What .gitignore (at the root or beside the module) leaves out is not in the repository.
                    const patterns = [
                        context.readFile('.gitignore'),
                        module.folder ? context.readFile(`${prefix}.gitignore`) : undefined,
                    ]
                        .flatMap((text) => text?.split('\n') ?? [])
                        .map((line) => line.trim())
                        .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('!'))
                        .map((line) => line.replace(/^\//, '').replace(/\/$/, ''));
                    const ignored = picomatch__WEBPACK_IMPORTED_MODULE_2___default()(patterns.length > 0 ? patterns : ['\0'], { dot: true, basename: true });
                    for (const name of RUN_FILES) {
                        const path = `${prefix}${name}`;
                        if (name.startsWith('.terraform/') ? ignored('.terraform') || ignored(path) : ignored(name) || ignored(path))
                            continue;
                        if (!context.fileExists(path))
                            continue;
                        context.report({
                            at: {
                                span: file.blocks[0]?.span ?? { line: 1, column: 1, endLine: 1, endColumn: 1 },
                                path: `state:${name}`,
                            },
                            messageId: 'state',
                            data: { path },
                        });
                    }
                });
            },
        };
    },
}));


/***/ }),

/***/ 3657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ allowStatementsIn)
/* harmony export */ });
/* harmony import */ var _domains_terraform_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6832);
/* harmony import */ var _module_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9006);


/** Resources whose `policy` is an identity policy (what a user, group or role may do). */
const POLICY_RESOURCES = ['aws_iam_policy', 'aws_iam_role_policy', 'aws_iam_user_policy', 'aws_iam_group_policy'];
const strings = (value) => {
    if (typeof value === 'string')
        return [value];
    if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
        return value;
    return undefined;
};
/** Statements of a policy written as `jsonencode({ … })`: each entry keeps its own position. */
function fromExpression(module, expression, fallback) {
    const resolved = module.resolve(expression);
    if (resolved.kind !== 'call' || resolved.name !== 'jsonencode' || resolved.args[0]?.kind !== 'object')
        return undefined;
    const document = resolved.args[0];
    const statementEntry = document.entries.find((entry) => entry.key === 'Statement');
    if (!statementEntry)
        return [];
    const list = module.resolve(statementEntry.value);
    const items = list.kind === 'tuple' ? list.items : [list];
    const statements = [];
    for (const item of items) {
        const statement = module.resolve(item);
        if (statement.kind !== 'object') {
            // Not written out here (a reference, a `for`): read its value instead.
            const value = module.valueOf(statement);
            if ((0,_module_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value))
                statements.push(...fromJson({ Statement: [value] }, fallback));
            continue;
        }
        const field = (name) => statement.entries.find((entry) => entry.key === name)?.value;
        const effect = module.valueOf(field('Effect'));
        if (effect !== 'Allow' && effect !== _module_js__WEBPACK_IMPORTED_MODULE_1__/* .UNKNOWN */ .HV)
            continue;
        const listOf = (name) => {
            const expression = field(name);
            if (!expression)
                return [];
            const resolved = module.resolve(expression);
            const parts = resolved.kind === 'tuple' ? resolved.items : [resolved];
            return parts.flatMap((part) => {
                const value = module.valueOf(part);
                return typeof value === 'string' ? [{ value, at: part }] : [];
            });
        };
        const notAction = field('NotAction');
        statements.push({
            actions: listOf('Action'),
            resources: listOf('Resource'),
            notActions: notAction ? [{ at: notAction }] : [],
        });
    }
    return statements;
}
/** Statements of a policy given as JSON text (a heredoc, a file read with `file()` is not followed). */
function fromJson(document, at) {
    if (!(0,_module_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(document))
        return [];
    const raw = document.Statement;
    const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
    const statements = [];
    for (const statement of list) {
        if (!(0,_module_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(statement) || statement.Effect !== 'Allow')
            continue;
        statements.push({
            actions: (strings(statement.Action ?? []) ?? []).map((value) => ({ value, at })),
            resources: (strings(statement.Resource ?? []) ?? []).map((value) => ({ value, at })),
            notActions: statement.NotAction === undefined ? [] : [{ at }],
        });
    }
    return statements;
}
function fromPolicyAttribute(module, attribute) {
    const written = fromExpression(module, attribute.value, attribute);
    if (written)
        return written;
    const value = module.valueOf(attribute.value);
    if (typeof value !== 'string')
        return [];
    try {
        return fromJson(JSON.parse(value), attribute);
    }
    catch {
        return [];
    }
}
/** `data "aws_iam_policy_document"`: one statement per `statement` block, `effect` defaulting to Allow. */
function fromDocument(module, document) {
    const statements = [];
    for (const statement of (0,_domains_terraform_index_js__WEBPACK_IMPORTED_MODULE_0__/* .blocksOf */ .SH)(document, 'statement')) {
        const effect = module.attributeValue(statement, 'effect');
        if (effect !== 'absent' && effect !== 'Allow' && effect !== _module_js__WEBPACK_IMPORTED_MODULE_1__/* .UNKNOWN */ .HV)
            continue;
        const listOf = (name) => {
            const attribute = statement.attributes.get(name);
            if (!attribute)
                return [];
            const resolved = module.resolve(attribute.value);
            const parts = resolved.kind === 'tuple' ? resolved.items : [resolved];
            return parts.flatMap((part) => {
                const value = module.valueOf(part);
                return typeof value === 'string' ? [{ value, at: part }] : [];
            });
        };
        const notActions = statement.attributes.get('not_actions');
        statements.push({
            actions: listOf('actions'),
            resources: listOf('resources'),
            notActions: notActions ? [{ at: notActions }] : [],
        });
    }
    return statements;
}
/** Every identity-policy `Allow` statement written in the current file. */
function allowStatementsIn(module, file) {
    const statements = [];
    for (const resource of (0,_module_js__WEBPACK_IMPORTED_MODULE_1__/* .resourcesIn */ .$d)(file, ...POLICY_RESOURCES)) {
        const policy = resource.attributes.get('policy');
        if (policy)
            statements.push(...fromPolicyAttribute(module, policy));
    }
    for (const role of (0,_module_js__WEBPACK_IMPORTED_MODULE_1__/* .resourcesIn */ .$d)(file, 'aws_iam_role')) {
        for (const inline of (0,_domains_terraform_index_js__WEBPACK_IMPORTED_MODULE_0__/* .blocksOf */ .SH)(role, 'inline_policy')) {
            const policy = inline.attributes.get('policy');
            if (policy)
                statements.push(...fromPolicyAttribute(module, policy));
        }
    }
    for (const block of file.blocks) {
        if (block.type === 'data' && block.labels[0] === 'aws_iam_policy_document')
            statements.push(...fromDocument(module, block));
    }
    return statements;
}


/***/ }),

/***/ 9006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ resourcesIn),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   HV: () => (/* binding */ UNKNOWN),
/* harmony export */   ge: () => (/* binding */ inModule)
/* harmony export */ });
/* unused harmony exports TerraformModule, referencesIn */
/** What `valueOf` answers for an expression whose value the configuration alone does not fix. */
const UNKNOWN = Symbol('unknown value');
/** Deeper chains of `local` → `var` → `local` are not followed (and a cycle ends here). */
const MAX_RESOLVE_DEPTH = 16;
/**
 * The files of one folder read together, as Terraform reads them: one module. Variables' defaults and locals are
 * resolved where they are literal, so `storage_encrypted = var.encrypted` with `default = false` counts as false.
 */
class TerraformModule {
    folder;
    files;
    variables = new Map();
    locals = new Map();
    byType = new Map();
    resourcesByType = new Map();
    /** Per companion type: resource address → the resources of that type that refer to it. */
    referrers = new Map();
    memos = new Map();
    anchorFile;
    constructor(folder, 
    /** Sorted by path. */
    files) {
        this.folder = folder;
        this.files = files;
        for (const file of files) {
            for (const block of file.blocks) {
                const list = this.byType.get(block.type);
                if (list)
                    list.push(block);
                else
                    this.byType.set(block.type, [block]);
                if (block.type === 'resource') {
                    const type = block.labels[0] ?? '';
                    const same = this.resourcesByType.get(type);
                    if (same)
                        same.push(block);
                    else
                        this.resourcesByType.set(type, [block]);
                }
                if (block.type === 'variable' && block.labels[0])
                    this.variables.set(block.labels[0], block);
                if (block.type === 'locals')
                    for (const [name, attribute] of block.attributes)
                        this.locals.set(name, attribute);
            }
        }
    }
    /** Top-level blocks of a type (`resource`, `provider`, …) across the module's files. */
    blocks(type) {
        return this.byType.get(type) ?? [];
    }
    /** Resources of one or more resource types. */
    resources(...types) {
        if (types.length === 1)
            return this.resourcesByType.get(types[0]) ?? [];
        return types.flatMap((type) => this.resourcesByType.get(type) ?? []);
    }
    /**
     * A fact about the whole module, worked out once: every file of the module asks for it, so computing it per file
     * would cost the number of files times the size of the module.
     */
    memo(key, make) {
        if (!this.memos.has(key))
            this.memos.set(key, make());
        return this.memos.get(key);
    }
    /** The file a finding about the module as a whole goes to: the one with a `terraform` block, else the first. */
    get anchor() {
        this.anchorFile ??=
            this.files.find((file) => file.blocks.some((block) => block.type === 'terraform')) ?? this.files[0];
        return this.anchorFile;
    }
    /**
     * A root module is one Terraform is run in: it configures a provider or a backend. A reusable module (called by
     * others) configures neither, so backend rules leave it alone.
     */
    get isRoot() {
        if (this.blocks('provider').length > 0)
            return true;
        return this.blocks('terraform').some((block) => block.blocks.some((b) => b.type === 'backend' || b.type === 'cloud'));
    }
    /** The expression a `var.x` / `local.y` reference stands for, followed while it is one; others as they are. */
    resolve(expression, depth = 0) {
        if (expression.kind !== 'reference' || depth > MAX_RESOLVE_DEPTH)
            return expression;
        const [name] = expression.names;
        if (expression.names.length !== 1 || !name)
            return expression;
        if (expression.root === 'var') {
            const fallback = this.variables.get(name)?.attributes.get('default')?.value;
            return fallback ? this.resolve(fallback, depth + 1) : expression;
        }
        if (expression.root === 'local') {
            const local = this.locals.get(name)?.value;
            return local ? this.resolve(local, depth + 1) : expression;
        }
        return expression;
    }
    /** The value of an expression where literals, variables' defaults and locals fix it; UNKNOWN otherwise. */
    valueOf(expression, depth = 0) {
        if (!expression || depth > MAX_RESOLVE_DEPTH)
            return UNKNOWN;
        const resolved = this.resolve(expression, depth);
        switch (resolved.kind) {
            case 'string':
            case 'number':
            case 'bool':
                return resolved.value;
            case 'null':
                return null;
            case 'tuple': {
                const items = resolved.items.map((item) => this.valueOf(item, depth + 1));
                return items.includes(UNKNOWN) ? UNKNOWN : items;
            }
            case 'object': {
                const object = {};
                for (const entry of resolved.entries) {
                    const value = this.valueOf(entry.value, depth + 1);
                    if (entry.key === undefined || value === UNKNOWN)
                        return UNKNOWN;
                    object[entry.key] = value;
                }
                return object;
            }
            case 'template': {
                let text = '';
                for (const part of resolved.parts) {
                    const value = typeof part === 'string' ? part : this.valueOf(part, depth + 1);
                    if (value === UNKNOWN || (typeof value === 'object' && value !== null))
                        return UNKNOWN;
                    text += String(value);
                }
                return text;
            }
            case 'call':
                return this.callValue(resolved.name, resolved.args, depth);
            default:
                return UNKNOWN;
        }
    }
    /** The few functions whose result a policy or a tag map is commonly written with. */
    callValue(name, args, depth) {
        const values = args.map((arg) => this.valueOf(arg, depth + 1));
        if (values.includes(UNKNOWN))
            return UNKNOWN;
        if (name === 'jsonencode' && values.length === 1)
            return JSON.stringify(values[0]);
        if ((name === 'tolist' || name === 'toset' || name === 'tomap') && values.length === 1)
            return values[0];
        if (name === 'merge' && values.every((value) => isObject(value))) {
            return Object.assign({}, ...values);
        }
        return UNKNOWN;
    }
    /** The value of a block's attribute; `absent` when the block does not set it. */
    attributeValue(block, name) {
        const attribute = block.attributes.get(name);
        return attribute ? this.valueOf(attribute.value) : 'absent';
    }
    /** True when the expression is, or resolves to, the literal `value`. */
    is(expression, value) {
        const resolved = this.valueOf(expression);
        return resolved === value || (typeof value === 'boolean' && resolved === String(value));
    }
    /** Resources of the given types whose body refers to `block` (`bucket = aws_s3_bucket.logs.id`). */
    referencing(block, ...types) {
        const address = `${block.labels[0]}.${block.labels[1]}`;
        return types.flatMap((type) => this.referrersOf(type).get(address) ?? []);
    }
    referrersOf(type) {
        let index = this.referrers.get(type);
        if (!index) {
            index = new Map();
            for (const candidate of this.resources(type)) {
                for (const address of new Set(referencesIn(candidate))) {
                    const list = index.get(address);
                    if (list)
                        list.push(candidate);
                    else
                        index.set(address, [candidate]);
                }
            }
            this.referrers.set(type, index);
        }
        return index;
    }
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Every reference in the block's attributes, nested blocks included. */
function referencesIn(block, into = []) {
    for (const attribute of block.attributes.values())
        for (const reference of attribute.value.references)
            into.push(reference);
    for (const child of block.blocks)
        referencesIn(child, into);
    return into;
}
/** The run's Terraform files by folder, gathered as files are walked and read as modules once all are. */
class ModuleIndex {
    folders = new Map();
    modules = new Map();
    add(file) {
        let files = this.folders.get(file.folder);
        if (!files) {
            files = new Map();
            this.folders.set(file.folder, files);
        }
        files.set(file.path, file);
    }
    settle() { }
    moduleOf(file) {
        let module = this.modules.get(file.folder);
        if (!module) {
            const files = [...(this.folders.get(file.folder)?.values() ?? [file])].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
            module = new TerraformModule(file.folder, files);
            this.modules.set(file.folder, module);
        }
        return module;
    }
}
const MODULES = Symbol('terraform modules');
/**
 * Calls `check` with the file's module once every file of the run has been walked: a resource in main.tf and the
 * variable defaults or bucket settings in other files of its folder are judged together. `check` reports on the
 * current file only.
 */
function inModule(context, check) {
    const index = context.shared(MODULES, () => new ModuleIndex());
    const file = context.model;
    index.add(file);
    context.defer(() => check(index.moduleOf(file), file));
}
/** Top-level blocks of the current file that are resources of the given types. */
function resourcesIn(file, ...types) {
    return file.blocks.filter((block) => block.type === 'resource' && types.includes(block.labels[0]));
}


/***/ }),

/***/ 1016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ bucketsIn),
/* harmony export */   a: () => (/* binding */ companions)
/* harmony export */ });
/* harmony import */ var _module_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9006);

/** The buckets of the current file: `aws_s3_bucket` resources (directory buckets are other resources). */
function bucketsIn(file) {
    return (0,_module_js__WEBPACK_IMPORTED_MODULE_0__/* .resourcesIn */ .$d)(file, 'aws_s3_bucket');
}
/** Companion resources (`aws_s3_bucket_versioning`, …) of the module that configure this bucket. */
function companions(module, bucket, type) {
    return module.referencing(bucket, type);
}


/***/ }),

/***/ 1609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ secretKind),
/* harmony export */   e: () => (/* reexport safe */ _dockerfile_support_secrets_js__WEBPACK_IMPORTED_MODULE_0__.eh)
/* harmony export */ });
/* harmony import */ var _dockerfile_support_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6243);
/* harmony import */ var _module_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9006);



/**
 * Why a value written in the configuration is a credential: a recognisable token format anywhere, or any real value
 * under a credential's name (`password`, `secret_key`, `client_secret`, …). Undefined when it is not one, or when
 * the value is not written out (a reference to a variable without default, a function call).
 */
function secretKind(name, value, module) {
    return kindOf(name, module.valueOf(value), 0);
}
/** Looks through maps and lists too: `{ db = { password = "…" } }` holds a credential under `password`. */
function kindOf(name, value, depth) {
    if (typeof value === 'string') {
        if ((0,_dockerfile_support_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeToken */ .NM)(value))
            return 'a credential in a known token format';
        if ((0,_dockerfile_support_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .isSecretName */ .eh)(name) && !(0,_dockerfile_support_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .isHarmlessValue */ .nk)(value) && !isPlaceholder(value))
            return 'a credential written out';
        return undefined;
    }
    if (depth > 8)
        return undefined;
    if (Array.isArray(value)) {
        for (const item of value) {
            const kind = kindOf(name, item, depth + 1);
            if (kind)
                return kind;
        }
    }
    else if ((0,_module_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value)) {
        for (const [key, item] of Object.entries(value)) {
            const kind = kindOf(key, item, depth + 1);
            if (kind)
                return kind;
        }
    }
    return undefined;
}
/** Values that stand for a secret without being one: `changeme`, `<password>`, `${...}`-free templates of them. */
function isPlaceholder(value) {
    return /^(?:<[^>]*>|\*+|x+|changeme|change-me|replace-?me|todo|tbd|example|dummy|placeholder)$/i.test(value.trim());
}


/***/ }),

/***/ 2561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1961);

/** Reported by the engine when a Terraform file cannot be parsed; no other Terraform rule runs on that file. */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
    meta: {
        id: 'tf/syntax',
        domain: 'terraform',
        description: 'The Terraform file is not valid HCL (unclosed block, stray token, …).',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: { syntax: 'HCL syntax: {{message}}' },
    },
    create: () => ({}),
}));


/***/ }),

/***/ 2088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1961);
/* harmony import */ var _domains_terraform_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6832);
/* harmony import */ var _support_module_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9006);



/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_core_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
    meta: {
        id: 'tf/volume-encryption',
        domain: 'terraform',
        description: 'EBS volumes, instance disks and launch templates encrypt their volumes.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 5.5,
        messages: {
            volume: 'This volume is not encrypted (`encrypted` is not `true`): its snapshots can be shared and read as they are.',
            root: "The instance's root volume is not encrypted: add `root_block_device { encrypted = true }`, or turn on EBS encryption by default for the account (`aws_ebs_encryption_by_default`).",
        },
        equivalents: {
            checkov: ['CKV_AWS_3', 'CKV_AWS_8'],
            tfsec: ['aws-ec2-enable-volume-encryption', 'aws-ec2-enable-at-rest-encryption'],
        },
    },
    create(context) {
        const unencrypted = (module, block) => {
            const value = module.attributeValue(block, 'encrypted');
            if (value === true || value === _support_module_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN */ .HV)
                return undefined;
            // An explicit KMS key means encryption (AWS refuses a key without `encrypted`, so the plan would fail first).
            if (block.attributes.has('kms_key_id'))
                return undefined;
            return block.attributes.get('encrypted') ?? block;
        };
        return {
            file() {
                (0,_support_module_js__WEBPACK_IMPORTED_MODULE_2__/* .inModule */ .ge)(context, (module, file) => {
                    // Account-wide encryption by default covers every new volume of the region.
                    const byDefault = module
                        .resources('aws_ebs_encryption_by_default')
                        .some((block) => module.attributeValue(block, 'enabled') !== false);
                    if (byDefault)
                        return;
                    for (const volume of (0,_support_module_js__WEBPACK_IMPORTED_MODULE_2__/* .resourcesIn */ .$d)(file, 'aws_ebs_volume')) {
                        if (volume.attributes.has('snapshot_id'))
                            continue;
                        const at = unencrypted(module, volume);
                        if (at)
                            context.report({ at, messageId: 'volume' });
                    }
                    for (const instance of (0,_support_module_js__WEBPACK_IMPORTED_MODULE_2__/* .resourcesIn */ .$d)(file, 'aws_instance', 'aws_launch_configuration')) {
                        const root = (0,_domains_terraform_index_js__WEBPACK_IMPORTED_MODULE_1__/* .blockOf */ .VN)(instance, 'root_block_device');
                        if (!root)
                            context.report({ at: instance, messageId: 'root' });
                        else {
                            const at = unencrypted(module, root);
                            if (at)
                                context.report({ at, messageId: 'root' });
                        }
                        for (const disk of (0,_domains_terraform_index_js__WEBPACK_IMPORTED_MODULE_1__/* .blocksOf */ .SH)(instance, 'ebs_block_device')) {
                            if (disk.attributes.has('snapshot_id'))
                                continue;
                            const at = unencrypted(module, disk);
                            if (at)
                                context.report({ at, messageId: 'volume' });
                        }
                    }
                    for (const template of (0,_support_module_js__WEBPACK_IMPORTED_MODULE_2__/* .resourcesIn */ .$d)(file, 'aws_launch_template')) {
                        for (const mapping of (0,_domains_terraform_index_js__WEBPACK_IMPORTED_MODULE_1__/* .blocksOf */ .SH)(template, 'block_device_mappings')) {
                            const ebs = (0,_domains_terraform_index_js__WEBPACK_IMPORTED_MODULE_1__/* .blockOf */ .VN)(mapping, 'ebs');
                            if (!ebs || ebs.attributes.has('snapshot_id'))
                                continue;
                            const at = unencrypted(module, ebs);
                            if (at)
                                context.report({ at, messageId: 'volume' });
                        }
                    }
                });
            },
        };
    },
}));


/***/ }),

/***/ 3295:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// web-tree-sitter's CommonJS build: its ES module build finds Node's helpers through `import("module")`, which the
// bundler rewrites into something that no longer works.
module.exports = __webpack_require__(551);


/***/ })

};
