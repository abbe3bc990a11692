export const id = 276;
export const ids = [276];
export const modules = {

/***/ 4149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LA: () => (/* binding */ deref),
/* harmony export */   OY: () => (/* binding */ toData),
/* harmony export */   XQ: () => (/* binding */ deepCollection),
/* harmony export */   lr: () => (/* binding */ MAX_DEPTH),
/* harmony export */   sw: () => (/* binding */ checkDocument),
/* harmony export */   yv: () => (/* binding */ loadYaml)
/* harmony export */ });
/* unused harmony export MAX_ALIAS_EXPANSION */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/**
 * YAML documents as a graph: aliases linked once to their anchored nodes, with the bounds that keep every walk over
 * a document finite (no cycles, bounded expansion and depth). Shared by the YAML domains (domains/yaml/document.ts)
 * and by the YAML the tool reads for itself (its config, the security config).
 */

/**
 * How many nodes aliases may add to one document when every alias is counted as a copy of its anchor. Rules walk a
 * document as if it were expanded (a rule on `env:` sees what `env: *e` stands for), so this bounds their work:
 * 3,000 steps sharing a ten-line `env` add 30,000; an alias bomb (or one 5,000-key anchor used 5,000 times, 25 million)
 * is refused as a syntax problem instead.
 */
const MAX_ALIAS_EXPANSION = 250_000;
/**
 * The deepest nesting of collections a document may have, aliases expanded: GitLab's own limit (max_yaml_depth, 150
 * since 17.x: https://gitlab.com/gitlab-org/gitlab/-/issues/370116). Every walk over a document (the composer, the
 * domain models, rules) may then recurse without running out of stack.
 */
const MAX_DEPTH = 150;
/** The offset of the first collection token nested deeper than MAX_DEPTH, found without recursion. */
function deepCollection(tokens) {
    const stack = [];
    for (let i = tokens.length - 1; i >= 0; i--) {
        const token = tokens[i];
        if (token.type === 'document' && token.value)
            stack.push([token.value, 1]);
    }
    while (stack.length > 0) {
        const [token, depth] = stack.pop();
        if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection')
            continue;
        if (depth > MAX_DEPTH)
            return token.offset;
        const items = token.items;
        // Pushed last to first, so the first too-deep collection in the text is the one found.
        for (let i = items.length - 1; i >= 0; i--) {
            const item = items[i];
            if (item.value)
                stack.push([item.value, depth + 1]);
            if (item.key)
                stack.push([item.key, depth + 1]);
        }
    }
    return undefined;
}
/** The node an alias stands for, set on the alias by checkDocument. */
const TARGET = Symbol('shipshape.alias-target');
const LEAF = { size: 1, height: 0 };
/**
 * Links every alias of a composed document to the node its anchor names, in one walk in document order without
 * recursion, so that every consumer shares the anchored node (nothing is copied or expanded). The same walk measures
 * what the aliases would expand to and stops at the first problem: an alias inside the node it refers to (a cycle),
 * an alias with no anchor before it, an expansion beyond MAX_ALIAS_EXPANSION nodes or MAX_DEPTH levels, a merge key
 * (`<<`) whose value is not a mapping, a key repeated in a mapping. Merge keys, which yaml reads as a Symbol, become
 * the string '<<' (merging still works), so every consumer can treat keys as strings.
 */
function checkDocument(document) {
    const root = document.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root) && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(root))
        return root && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(root) ? missing(root) : undefined;
    /** The last node seen with each anchor name: what an alias written after it refers to. */
    const anchors = new Map();
    /** Anchored collections still being walked: an alias to one of them is inside it. */
    const open = new Set();
    const extents = new Map();
    let added = 0;
    let problem;
    const stack = [];
    const isMergeSource = (value) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(value) || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(value) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(anchors.get(value.source)));
    /** The extent of a leaf or an alias; a collection gets a frame (and undefined). */
    const enter = (node, depth, merge) => {
        if (merge && !isMergeSource(node) && !((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && node.items.every(isMergeSource))) {
            problem = { node: node, message: 'Merge sources must be maps or map aliases' };
            return LEAF;
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
            const target = anchors.get(node.source);
            if (!target) {
                problem = missing(node);
                return LEAF;
            }
            const name = node.source;
            if (open.has(target)) {
                problem = {
                    node,
                    message: `the alias \`*${name}\` is inside the node anchored \`&${name}\` that it refers to: a cycle that never ends`,
                };
                return LEAF;
            }
            node[TARGET] = target;
            const extent = extents.get(target) ?? LEAF;
            added += extent.size;
            if (added > MAX_ALIAS_EXPANSION) {
                const size = extent.size.toLocaleString('en-US');
                problem = {
                    node,
                    message: `aliases expand to more than ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} nodes (\`*${name}\` repeats the ${size}-node anchor \`&${name}\`): refusing a possible alias bomb`,
                };
            }
            else if (depth - 1 + extent.height > MAX_DEPTH) {
                problem = {
                    node,
                    message: `\`*${name}\` nests the anchor \`&${name}\` deeper than ${MAX_DEPTH} levels of collections`,
                };
            }
            return extent;
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            if (node.anchor) {
                anchors.set(node.anchor, node);
                open.add(node);
            }
            if (depth > MAX_DEPTH) {
                problem = { node, message: `collections nested deeper than ${MAX_DEPTH} levels` };
                return LEAF;
            }
            const children = [];
            let merges;
            const keys = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) ? new Set() : undefined;
            for (const item of node.items) {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item)) {
                    children.push(item);
                    continue;
                }
                const key = item.key;
                if (keys && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key)) {
                    // As yaml compares keys: equal scalar values (a second merge key too), not equal text (`1` and `'1'` differ).
                    if (keys.has(key.value)) {
                        problem = { node: key, message: 'Map keys must be unique' };
                        return LEAF;
                    }
                    keys.add(key.value);
                }
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) && typeof key.value === 'symbol') {
                    key.value = '<<';
                    (merges ??= new Set()).add(item.value);
                }
                children.push(key, item.value);
            }
            stack.push({ node, depth, children, next: 0, merges, size: 1, height: 1 });
            return undefined;
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.anchor) {
            anchors.set(node.anchor, node);
            extents.set(node, LEAF);
        }
        return node === null || node === undefined ? { size: 0, height: 0 } : LEAF;
    };
    enter(root, 1, false);
    while (stack.length > 0 && !problem) {
        const frame = stack[stack.length - 1];
        if (frame.next < frame.children.length) {
            const child = frame.children[frame.next++];
            const extent = enter(child, frame.depth + 1, frame.merges?.has(child) === true && frame.next % 2 === 0);
            if (extent)
                add(frame, extent);
            continue;
        }
        stack.pop();
        const extent = { size: frame.size, height: frame.height };
        if (frame.node.anchor) {
            extents.set(frame.node, extent);
            open.delete(frame.node);
        }
        const parent = stack[stack.length - 1];
        if (parent)
            add(parent, extent);
    }
    return problem;
}
function add(frame, extent) {
    frame.size += extent.size;
    if (extent.height + 1 > frame.height)
        frame.height = extent.height + 1;
}
function missing(alias) {
    return { node: alias, message: `the alias \`*${alias.source}\` has no anchor \`&${alias.source}\` before it` };
}
/**
 * The node an alias stands for, as linked by parseYaml (the anchored node itself, shared by every alias to it); any
 * other node as it is. An alias in a document parseYaml refused (or never saw) stands for nothing: null.
 */
function deref(node) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
        return node[TARGET] ?? null;
    return node ?? null;
}
/**
 * Converts a document to plain data with merge keys applied. Each anchored node is converted once and every alias
 * to it shares the result, so the data is a graph no larger than the document (treat it as read-only); each call
 * makes new objects. parseYaml has refused cycles and expansions beyond MAX_DEPTH, so the recursion is bounded.
 * `sequence` may replace a sequence's value (GitLab's `!reference [...]`).
 */
function toData(document, sequence) {
    const converted = new Map();
    const convert = (node) => {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
            const target = deref(node);
            return target ? convert(target) : null;
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
            return node.value;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
            return null;
        if (!node.anchor)
            return collection(node);
        // An anchored collection: converted once, where it is written, and shared by its aliases.
        if (!converted.has(node))
            converted.set(node, collection(node));
        return converted.get(node);
    };
    const collection = (node) => {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            const items = node.items.map(convert);
            return sequence ? sequence(node, items) : items;
        }
        const own = {};
        const merged = [];
        for (const pair of node.items) {
            const key = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : String(convert(pair.key));
            const value = convert(pair.value);
            if (key === '<<' && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) && pair.key.type !== 'QUOTE_DOUBLE' && pair.key.type !== 'QUOTE_SINGLE') {
                for (const source of Array.isArray(value) ? value : [value])
                    if (isRecord(source))
                        merged.push(source);
            }
            else {
                own[key] = value;
            }
        }
        // Explicit keys win over merged ones; earlier merge sources win over later ones.
        return merged.length > 0 ? Object.assign({}, ...merged.reverse(), own) : own;
    };
    return convert(document.contents);
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * Parses one YAML document to data within the same bounds as the files it checks: nesting deeper than MAX_DEPTH is
 * refused before the composer recurses into it, and cycles, alias bombs and bad merges are refused before anything
 * walks the data. Merge keys (`<<`) are merged. Offsets are 0-based; `lineCounter` learns the line starts.
 */
function loadYaml(text, lineCounter) {
    const tokens = Array.from(new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX(lineCounter?.addNewLine).parse(text));
    const tooDeepAt = deepCollection(tokens);
    if (tooDeepAt !== undefined)
        return { ok: false, message: `collections nested deeper than ${MAX_DEPTH} levels`, offset: tooDeepAt };
    const documents = Array.from(new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Composer */ .Dk({ uniqueKeys: false, prettyErrors: false, merge: true }).compose(tokens));
    const document = documents[0];
    if (!document)
        return { ok: true, document: new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Composer */ .Dk().compose([], true).next().value, data: null };
    const error = document.errors[0];
    if (error)
        return { ok: false, message: error.message.split('\n')[0], offset: error.pos[0] };
    if (documents.length > 1)
        return { ok: false, message: 'more than one YAML document', offset: documents[1].range[0] };
    const problem = checkDocument(document);
    if (problem)
        return { ok: false, message: problem.message, offset: problem.node.range?.[0] ?? 0 };
    return { ok: true, document, data: toData(document) };
}


/***/ }),

/***/ 2276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LA: () => (/* reexport */ yaml_graph/* deref */.LA),
  x5: () => (/* binding */ locate),
  hN: () => (/* binding */ parseYaml),
  hL: () => (/* binding */ pathString),
  ee: () => (/* binding */ spanOf),
  OY: () => (/* reexport */ yaml_graph/* toData */.OY),
  MS: () => (/* binding */ useFastYamlReader)
});

// UNUSED EXPORTS: MAX_ALIAS_EXPANSION, MAX_DEPTH, QuietParser, checkDocument

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/yaml-graph.ts
var yaml_graph = __webpack_require__(4149);
;// CONCATENATED MODULE: ./src/domains/yaml/fast-reader.ts

/**
 * A fast reader for the YAML that CI files are made of: block mappings and sequences, one-line plain and quoted
 * scalars, one-line flow sequences of scalars, literal and folded block scalars, comments and blank lines. It builds
 * the same `yaml` nodes, with the same values, types and ranges, as `yaml`'s own Lexer → Parser → Composer, in one
 * pass over the lines and without the token stream. Anything else (anchors, aliases, tags, merge keys, flow
 * mappings, multi-line plain or quoted scalars, escapes, explicit keys, several documents, tabs, CR line breaks,
 * errors of any kind) makes it give up and return undefined, and the caller parses with `yaml` itself.
 *
 * Ranges follow `yaml`'s rules for where trailing comments and blank lines belong (they decide where a collection
 * ends): a comment line indented deeper than its collection, after a one-line value, extends that value; other
 * trailing comment lines stay with the innermost collection unless all of them sit left of it, and blank lines move
 * up to the parent. test/domains/yaml/fast-reader.test.ts compares every node with `yaml`'s on real and generated
 * files.
 */
/**
 * The `yaml` release this reader was verified against (node shapes, ranges, the composer's options). package.json
 * pins exactly this version and test/domains/library-pins.test.ts fails when the installed one differs: before
 * moving the pin, run test/domains/yaml/fast-reader.test.ts, which compares every node with `yaml`'s own.
 */
const VERIFIED_YAML_VERSION = '2.9.1';
/** Thrown (never seen outside this module) to abandon the fast path; not an Error, so it costs no stack trace. */
const GIVE_UP = { giveUp: true };
const SPACE = 0;
const COMMENT = 1;
const NEWLINE = 2;
/** Where a collection's last item stands when trivia arrive (mirrors the parser's item states). */
var Last;
(function (Last) {
    /** A one-line value with trailing tokens of its own (plain, quoted, flow sequence): deeper comments join it. */
    Last[Last["ValueWithEnd"] = 0] = "ValueWithEnd";
    /** A block scalar or a nested collection: trivia start a new (pending) item. */
    Last[Last["Value"] = 1] = "Value";
    /** A key and `:` with no value yet: trivia belong to the separator. */
    Last[Last["Separator"] = 2] = "Separator";
    /** Trivia only, waiting for the next key or item. */
    Last[Last["Pending"] = 3] = "Pending";
})(Last || (Last = {}));
/**
 * Text the reader leaves to `yaml`: tabs, CR, other control characters, BOM, NEL and Unicode line separators (each
 * has rules of its own), and directives or document markers at a line start.
 */
const LEFT_TO_YAML = /[\x00-\x09\x0b-\x1f\x7f\x85\ufeff\u2028\u2029]|^(?:---|\.\.\.|%)/m;
/**
 * `yaml` marks each node's kind with an own, non-enumerable symbol property set by `Object.defineProperty` in its
 * constructor, the largest single cost of building a document. Scalars and pairs made here inherit the same mark
 * from a prototype below `Scalar.prototype` / `Pair.prototype` instead: `isScalar`, `isPair`, `instanceof`, `clone`,
 * `toJS` and `visit` treat them alike (the test checks with `yaml`'s own predicates).
 */
const NODE_TYPE = Symbol.for('yaml.node.type');
const SCALAR_PROTOTYPE = Object.create(dist/* Scalar */.X5.prototype, {
    [NODE_TYPE]: { value: Symbol.for('yaml.scalar') },
});
const PAIR_PROTOTYPE = Object.create(dist/* Pair */.Rm.prototype, { [NODE_TYPE]: { value: Symbol.for('yaml.pair') } });
/** Whether a plain scalar starting with this character (NaN: empty) could be null, a boolean or a number. */
function mayHaveTag(first) {
    const letter = (first >= 97 && first <= 122) || (first >= 65 && first <= 90);
    // n/N: null; t/T: true; f/F: false. Every other letter starts a string.
    return !letter || first === 110 || first === 78 || first === 116 || first === 84 || first === 102 || first === 70;
}
function scalar(value) {
    const node = Object.create(SCALAR_PROTOTYPE);
    node.value = value;
    return node;
}
function pair(key, value) {
    const node = Object.create(PAIR_PROTOTYPE);
    node.key = key;
    node.value = value;
    return node;
}
const CH_SPACE = 32;
const CH_NL = 10;
const CH_HASH = 35;
const CH_COLON = 58;
const CH_DASH = 45;
/** Characters that may not start a plain scalar here (or that start something this reader leaves to `yaml`). */
const NOT_PLAIN_START = new Set('#&*!|>\'"%@`{}[],?:-'.split('').map((c) => c.charCodeAt(0)));
class FastYamlReader {
    options;
    directives;
    tags;
    constructor(options) {
        this.options = options;
        this.directives = new dist/* Composer */.Dk(options).directives;
        const template = this.newDocument();
        this.tags = template.schema.tags.filter((tag) => tag.default === true && tag.test instanceof RegExp);
    }
    /** The documents of `text`, or undefined when the text needs the full parser. */
    read(text) {
        if (!FastYamlReader.mayRead(text))
            return undefined;
        try {
            return [new Reading(this, text).document()];
        }
        catch (error) {
            // Nesting deep enough to exhaust the stack is left to yaml as well, which reports it its own way.
            if (error === GIVE_UP || error instanceof RangeError)
                return undefined;
            throw error;
        }
    }
    static mayRead(text) {
        return text.length > 0 && !LEFT_TO_YAML.test(text);
    }
    newDocument() {
        return new dist/* Document */.yo(undefined, { _directives: this.directives, ...this.options });
    }
    /** A plain scalar's value by the core schema's tests, as `yaml` resolves it. */
    plain(source, start, end, trailing) {
        let node;
        if (mayHaveTag(source.charCodeAt(0))) {
            for (const tag of this.tags) {
                if (!tag.test.test(source))
                    continue;
                const resolved = tag.resolve(source, () => {
                    throw GIVE_UP;
                }, this.options);
                node = (0,dist/* isScalar */.jn)(resolved) ? resolved : scalar(resolved);
                if (tag.format)
                    node.format = tag.format;
                break;
            }
        }
        node ??= scalar(source);
        node.range = [start, end, trailing];
        node.source = source;
        node.type = 'PLAIN';
        return node;
    }
}
class Reading {
    text;
    reader;
    document_;
    /** The start of the line being read. */
    pos = 0;
    constructor(reader, text) {
        this.reader = reader;
        this.text = text;
        this.document_ = reader.newDocument();
    }
    document() {
        const doc = this.document_;
        this.trivia();
        if (this.pos >= this.text.length || this.indentAt(this.pos) !== 0)
            throw GIVE_UP;
        const start = this.pos;
        const { node, carry, end } = this.blockMap(0);
        if (this.pos < this.text.length)
            throw GIVE_UP;
        doc.contents = node;
        doc.range = [start, end, carry && carry.length > 0 ? carry[carry.length - 1].end : end];
        return doc;
    }
    // -------------------------------------------------------------------------------------------------------------
    // Lines and trivia
    indentAt(lineStart) {
        let i = lineStart;
        while (this.text.charCodeAt(i) === CH_SPACE)
            i++;
        return i - lineStart;
    }
    lineEnd(from) {
        const nl = this.text.indexOf('\n', from);
        return nl < 0 ? this.text.length : nl;
    }
    /**
     * Reads blank and comment-only lines from `pos` up to the next content line (or the end), returning their tokens
     * and leaving `pos` at the start of that content line.
     */
    trivia() {
        const text = this.text;
        const tokens = [];
        while (this.pos < text.length) {
            const start = this.pos;
            let i = start;
            while (text.charCodeAt(i) === CH_SPACE)
                i++;
            const c = text.charCodeAt(i);
            const indent = i - start;
            if (i < text.length && c !== CH_NL && c !== CH_HASH) {
                // The content line's indentation is a token too, filed with the trivia before it.
                if (indent > 0)
                    tokens.push({ type: SPACE, end: i, indent });
                break;
            }
            if (indent > 0)
                tokens.push({ type: SPACE, end: i, indent });
            if (c === CH_HASH) {
                i = this.lineEnd(i);
                tokens.push({ type: COMMENT, end: i, indent });
            }
            if (i < text.length)
                tokens.push({ type: NEWLINE, end: i + 1, indent });
            this.pos = i < text.length ? i + 1 : text.length;
        }
        return tokens;
    }
    /**
     * What follows a one-line value on its line: spaces, a comment, the line break. Returns the value's range[2] and
     * whether its last token is a comment (then the next line break joins it); moves `pos` to the next line.
     */
    lineRest(from) {
        const text = this.text;
        let i = from;
        while (text.charCodeAt(i) === CH_SPACE)
            i++;
        let comment = false;
        if (i < text.length && text.charCodeAt(i) !== CH_NL) {
            if (text.charCodeAt(i) !== CH_HASH || i === from)
                throw GIVE_UP;
            i = this.lineEnd(i);
            comment = true;
        }
        if (i < text.length) {
            i++;
            comment = false;
        }
        this.pos = i;
        return { end: i, comment };
    }
    /** Applies one run of trivia to the innermost open collection, the way `yaml`'s parser files each token. */
    file(frame, tokens) {
        for (const token of tokens) {
            switch (frame.state) {
                case Last.ValueWithEnd:
                    if (token.type === NEWLINE && frame.valueEndIsComment) {
                        frame.valueEnd = token.end;
                        frame.valueEndIsComment = false;
                    }
                    else {
                        frame.state = Last.Pending;
                        frame.tokens = [token];
                        frame.afterValueWithEnd = true;
                    }
                    break;
                case Last.Value:
                    frame.state = Last.Pending;
                    frame.tokens = [token];
                    frame.afterValueWithEnd = false;
                    break;
                case Last.Separator:
                    frame.tokens.push(token);
                    break;
                case Last.Pending:
                    if (token.type === COMMENT &&
                        frame.afterValueWithEnd &&
                        token.indent > frame.indent &&
                        frame.tokens.every((t) => t.type !== COMMENT)) {
                        // An indented comment right after a one-line value joins that value's trailing tokens.
                        frame.state = Last.ValueWithEnd;
                        frame.valueEnd = token.end;
                        frame.valueEndIsComment = true;
                        frame.tokens = [];
                    }
                    else {
                        frame.tokens.push(token);
                    }
                    break;
            }
        }
    }
    /**
     * Closing a collection whose last item holds only trivia: they move up to the parent unless a comment among them
     * sits at or right of the collection's column (then they stay and end the collection's range).
     */
    close(frame, end) {
        if (frame.state !== Last.Pending || frame.tokens.length === 0)
            return { carry: null, rangeEnd: end };
        const tokens = frame.tokens;
        if (frame.indent === 0 || tokens.every((t) => t.type !== COMMENT || t.indent < frame.indent))
            return { carry: tokens, rangeEnd: end };
        return { carry: null, rangeEnd: tokens[tokens.length - 1].end };
    }
    // -------------------------------------------------------------------------------------------------------------
    // Collections
    /** A block mapping whose first key starts at `pos + indent`. */
    blockMap(indent, firstKeyAt) {
        const text = this.text;
        const map = new dist/* YAMLMap */.CA(this.document_.schema);
        const keys = new Set();
        const frame = {
            indent,
            state: Last.Value,
            valueEnd: 0,
            valueEndIsComment: false,
            afterValueWithEnd: false,
            tokens: [],
        };
        const start = firstKeyAt ?? this.pos + indent;
        let keyAt = start;
        let offset = start;
        for (;;) {
            // The key, on this line at column `indent`.
            const key = this.key(keyAt);
            if (keys.has(key.node.value))
                throw GIVE_UP;
            keys.add(key.node.value);
            const afterColon = key.colon + 1;
            let i = afterColon;
            while (text.charCodeAt(i) === CH_SPACE)
                i++;
            const c = text.charCodeAt(i);
            let value;
            if (i >= text.length || c === CH_NL || c === CH_HASH) {
                // No value on the key's line: the separator collects the rest of the line and any trivia after it.
                const sep = [];
                if (i > afterColon)
                    sep.push({ type: SPACE, end: i, indent });
                if (c === CH_HASH) {
                    if (i === afterColon)
                        throw GIVE_UP;
                    i = this.lineEnd(i);
                    sep.push({ type: COMMENT, end: i, indent });
                }
                if (i < text.length) {
                    sep.push({ type: NEWLINE, end: i + 1, indent });
                    i++;
                }
                this.pos = i;
                frame.state = Last.Separator;
                frame.tokens = sep;
                this.file(frame, this.trivia());
                const next = this.pos < text.length ? this.indentAt(this.pos) : -1;
                const emptyAt = afterColon + (sep[0]?.type === SPACE ? sep[0].end - afterColon : 0);
                if (next > indent) {
                    const nested = settle(frame, this.blockNode(next));
                    value = nested.node;
                    offset = nested.end;
                }
                else if (next === indent && this.isSeqItem(this.pos + next)) {
                    const nested = settle(frame, this.blockSeq(next));
                    value = nested.node;
                    offset = nested.end;
                }
                else {
                    // An empty value. Before a sibling key, trivia from the second line break on belong to that key.
                    let tokens = frame.tokens;
                    if (next === indent)
                        tokens = splitAtSecondBreak(tokens, indent);
                    const node = this.reader.plain('', emptyAt, emptyAt, emptyAt);
                    node.source = '';
                    if (tokens.some((t) => t.type === COMMENT))
                        node.range[2] = tokens[tokens.length - 1].end;
                    value = node;
                    offset = node.range[2];
                    frame.state = next === indent ? Last.Value : Last.Separator;
                    frame.tokens = [];
                }
            }
            else {
                const item = this.lineValue(frame, i);
                value = item.node;
                offset = item.end;
            }
            map.items.push(pair(key.node, value));
            // The next content line decides: another key here, or the end of this mapping.
            if (this.pos >= text.length)
                break;
            const next = this.indentAt(this.pos);
            if (next < indent)
                break;
            if (next > indent || this.isSeqItem(this.pos + next))
                throw GIVE_UP;
            keyAt = this.pos + next;
        }
        const closed = this.close(frame, offset);
        map.range = [start, offset, closed.rangeEnd];
        return { node: map, carry: closed.carry, end: closed.rangeEnd };
    }
    /** A block sequence whose dashes sit at column `indent`, starting on the line at `pos`. */
    blockSeq(indent) {
        const text = this.text;
        const seq = new dist/* YAMLSeq */.Rw(this.document_.schema);
        const frame = {
            indent,
            state: Last.Value,
            valueEnd: 0,
            valueEndIsComment: false,
            afterValueWithEnd: false,
            tokens: [],
        };
        const start = this.pos + indent;
        let offset = start;
        for (;;) {
            const dash = this.pos + indent;
            let i = dash + 1;
            while (text.charCodeAt(i) === CH_SPACE)
                i++;
            const c = text.charCodeAt(i);
            if (i >= text.length || c === CH_NL || c === CH_HASH || i === dash + 1)
                throw GIVE_UP;
            if (c === CH_DASH && this.isSeqItem(i))
                throw GIVE_UP;
            let value;
            if (this.startsKey(i)) {
                // A compact mapping: `- key: value` with the following keys aligned under the first.
                const nested = settle(frame, this.blockMap(i - this.pos, i));
                value = nested.node;
                offset = nested.end;
            }
            else {
                const item = this.lineValue(frame, i);
                value = item.node;
                offset = item.end;
            }
            seq.items.push(value);
            if (this.pos >= text.length)
                break;
            const next = this.indentAt(this.pos);
            if (next < indent)
                break;
            if (next > indent)
                throw GIVE_UP;
            if (!this.isSeqItem(this.pos + next))
                break;
            if (frame.state === Last.Pending) {
                // The dash joins the pending trivia as the next item's start.
                frame.state = Last.Value;
                frame.tokens = [];
            }
        }
        const closed = this.close(frame, offset);
        seq.range = [start, offset, closed.rangeEnd];
        return { node: seq, carry: closed.carry, end: closed.rangeEnd };
    }
    /**
     * A one-line value (or block scalar) at `at` as the current item of `frame`, with the trivia after it filed; a
     * deeper content line after it would be a continuation this reader leaves to yaml. `end` is its range[2].
     */
    lineValue(frame, at) {
        const inline = this.inlineValue(at, frame.indent);
        frame.state = inline.withEnd ? Last.ValueWithEnd : Last.Value;
        frame.valueEnd = inline.end;
        frame.valueEndIsComment = inline.comment;
        this.file(frame, this.trivia());
        if (this.pos < this.text.length && this.indentAt(this.pos) > frame.indent)
            throw GIVE_UP;
        if (!inline.withEnd)
            return { node: inline.node, end: inline.end };
        inline.node.range[2] = frame.valueEnd;
        return { node: inline.node, end: frame.valueEnd };
    }
    /** A block collection starting at the line at `pos`, indented `indent` (deeper than its parent's). */
    blockNode(indent) {
        const at = this.pos + indent;
        if (this.isSeqItem(at))
            return this.blockSeq(indent);
        if (!this.startsKey(at))
            throw GIVE_UP;
        return this.blockMap(indent);
    }
    isSeqItem(at) {
        if (this.text.charCodeAt(at) !== CH_DASH)
            return false;
        const next = this.text.charCodeAt(at + 1);
        return next === CH_SPACE || next === CH_NL || at + 1 >= this.text.length;
    }
    /** Whether the content at `at` is `key:` (an implicit key on this line). */
    startsKey(at) {
        const text = this.text;
        const c = text.charCodeAt(at);
        if (c === 34 || c === 39) {
            const close = text.indexOf(String.fromCharCode(c), at + 1);
            return close > 0 && close < this.lineEnd(at) && text.charCodeAt(close + 1) === CH_COLON;
        }
        const end = this.lineEnd(at);
        for (let i = at; i < end; i++) {
            const ch = text.charCodeAt(i);
            if (ch === CH_HASH && text.charCodeAt(i - 1) === CH_SPACE)
                return false;
            if (ch === CH_COLON) {
                const after = text.charCodeAt(i + 1);
                if (i + 1 >= text.length || after === CH_SPACE || after === CH_NL)
                    return true;
            }
        }
        return false;
    }
    /** A key scalar at `at` and the offset of its `:` (directly after it). */
    key(at) {
        const text = this.text;
        const c = text.charCodeAt(at);
        if (c === 34 || c === 39) {
            const quoted = this.quoted(at);
            if (text.charCodeAt(quoted.end) !== CH_COLON)
                throw GIVE_UP;
            quoted.node.range = [at, quoted.end, quoted.end];
            return { node: quoted.node, colon: quoted.end };
        }
        if (NOT_PLAIN_START.has(c))
            throw GIVE_UP;
        const end = this.lineEnd(at);
        let colon = -1;
        for (let i = at; i < end; i++) {
            const ch = text.charCodeAt(i);
            if (ch === CH_HASH && text.charCodeAt(i - 1) === CH_SPACE)
                break;
            if (ch === CH_COLON) {
                const after = text.charCodeAt(i + 1);
                if (i + 1 >= text.length || after === CH_SPACE || after === CH_NL) {
                    colon = i;
                    break;
                }
            }
        }
        if (colon < 0 || colon - at > 1000 || text.charCodeAt(colon - 1) === CH_SPACE)
            throw GIVE_UP;
        const source = text.slice(at, colon);
        if (source === '<<')
            throw GIVE_UP;
        return { node: this.reader.plain(source, at, colon, colon), colon };
    }
    /**
     * A value that starts on the key's (or dash's) line at `at`: plain, quoted, a flow sequence, or a block scalar.
     * Moves `pos` past it. `withEnd`: the value keeps its own trailing tokens (everything but block scalars).
     */
    inlineValue(at, parentIndent) {
        const text = this.text;
        const c = text.charCodeAt(at);
        if (c === 124 || c === 62)
            return { ...this.blockScalar(at, parentIndent), withEnd: false, comment: false };
        if (c === 91) {
            const flow = this.flowSeq(at);
            const rest = this.lineRest(flow.close);
            flow.node.range = [at, flow.close, rest.end];
            return { node: flow.node, end: rest.end, withEnd: true, comment: rest.comment };
        }
        if (c === 34 || c === 39) {
            const quoted = this.quoted(at);
            const rest = this.lineRest(quoted.end);
            quoted.node.range = [at, quoted.end, rest.end];
            return { node: quoted.node, end: rest.end, withEnd: true, comment: rest.comment };
        }
        if (NOT_PLAIN_START.has(c) && !(c === CH_DASH && !this.isSeqItem(at)))
            throw GIVE_UP;
        const lineEnd = this.lineEnd(at);
        let end = lineEnd;
        for (let i = at; i < lineEnd; i++) {
            const ch = text.charCodeAt(i);
            if (ch === CH_HASH && text.charCodeAt(i - 1) === CH_SPACE) {
                end = i;
                break;
            }
            if (ch === CH_COLON) {
                const after = text.charCodeAt(i + 1);
                if (i + 1 >= lineEnd || after === CH_SPACE)
                    throw GIVE_UP;
            }
        }
        while (end > at && text.charCodeAt(end - 1) === CH_SPACE)
            end--;
        const rest = this.lineRest(end);
        const node = this.reader.plain(text.slice(at, end), at, end, rest.end);
        return { node, end: rest.end, withEnd: true, comment: rest.comment };
    }
    /** A one-line single- or double-quoted scalar at `at` (double-quoted without escapes). */
    quoted(at) {
        const text = this.text;
        const quote = text.charCodeAt(at);
        const lineEnd = this.lineEnd(at);
        let value = '';
        let from = at + 1;
        for (;;) {
            const close = text.indexOf(quote === 34 ? '"' : "'", from);
            if (close < 0 || close >= lineEnd)
                throw GIVE_UP;
            if (quote === 39 && text.charCodeAt(close + 1) === 39) {
                value += text.slice(from, close + 1);
                from = close + 2;
                continue;
            }
            value += text.slice(from, close);
            if (quote === 34 && value.includes('\\'))
                throw GIVE_UP;
            const node = scalar(value);
            node.source = value;
            node.type = quote === 34 ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
            return { node, end: close + 1 };
        }
    }
    /** A one-line flow sequence of scalars at `at`; `close` is the offset after its `]`. */
    flowSeq(at) {
        const text = this.text;
        const seq = new dist/* YAMLSeq */.Rw(this.document_.schema);
        seq.flow = true;
        const lineEnd = this.lineEnd(at);
        let i = at + 1;
        const skipSpaces = () => {
            while (text.charCodeAt(i) === CH_SPACE)
                i++;
        };
        skipSpaces();
        if (text.charCodeAt(i) === 93)
            return { node: seq, close: i + 1 };
        for (;;) {
            skipSpaces();
            const c = text.charCodeAt(i);
            let item;
            if (c === 34 || c === 39) {
                const start = i;
                const quoted = this.quoted(i);
                item = quoted.node;
                i = quoted.end;
                skipSpaces();
                item.range = [start, quoted.end, i];
            }
            else {
                if (NOT_PLAIN_START.has(c) && !(c === CH_DASH && text.charCodeAt(i + 1) !== CH_SPACE))
                    throw GIVE_UP;
                const start = i;
                while (i < lineEnd) {
                    const ch = text.charCodeAt(i);
                    if (ch === 44 || ch === 93 || ch === 91 || ch === 123 || ch === 125)
                        break;
                    if (ch === CH_HASH && text.charCodeAt(i - 1) === CH_SPACE)
                        throw GIVE_UP;
                    if (ch === CH_COLON)
                        throw GIVE_UP;
                    i++;
                }
                let end = i;
                while (end > start && text.charCodeAt(end - 1) === CH_SPACE)
                    end--;
                if (end === start)
                    throw GIVE_UP;
                item = this.reader.plain(text.slice(start, end), start, end, i);
            }
            seq.items.push(item);
            const sep = text.charCodeAt(i);
            if (sep === 93)
                return { node: seq, close: i + 1 };
            if (sep !== 44)
                throw GIVE_UP;
            i++;
            skipSpaces();
            if (text.charCodeAt(i) === 93 || i >= lineEnd)
                throw GIVE_UP;
        }
    }
    /** A literal (`|`) or folded (`>`) block scalar whose header is at `at`, in a collection at `parentIndent`. */
    blockScalar(at, parentIndent) {
        const text = this.text;
        const literal = text.charCodeAt(at) === 124;
        let i = at + 1;
        let chomp = '';
        const indicator = text.charCodeAt(i);
        if (indicator === CH_DASH || indicator === 43) {
            chomp = indicator === CH_DASH ? '-' : '+';
            i++;
        }
        const headerEnd = i;
        while (text.charCodeAt(i) === CH_SPACE)
            i++;
        if (i < text.length && text.charCodeAt(i) !== CH_NL) {
            if (text.charCodeAt(i) !== CH_HASH || i === headerEnd)
                throw GIVE_UP;
            i = this.lineEnd(i);
        }
        if (i >= text.length)
            throw GIVE_UP;
        const contentStart = i + 1;
        // The content's indentation: the first line with more than spaces.
        let j = contentStart;
        let firstIndent = -1;
        let leadingBlankMax = 0;
        while (j < text.length) {
            let k = j;
            while (text.charCodeAt(k) === CH_SPACE)
                k++;
            if (k < text.length && text.charCodeAt(k) !== CH_NL) {
                firstIndent = k - j;
                break;
            }
            leadingBlankMax = Math.max(leadingBlankMax, k - j);
            j = k + 1;
        }
        if (firstIndent <= parentIndent || leadingBlankMax > firstIndent)
            throw GIVE_UP;
        // Lines continue the scalar while blank or indented at least `firstIndent`.
        let end = j;
        let lastContentEnd = j;
        const lines = [];
        let lineStart = contentStart;
        while (lineStart < text.length) {
            let k = lineStart;
            while (text.charCodeAt(k) === CH_SPACE)
                k++;
            const blank = k >= text.length || text.charCodeAt(k) === CH_NL;
            if (!blank && k - lineStart < firstIndent)
                break;
            if (blank && k - lineStart > firstIndent)
                throw GIVE_UP;
            const eol = this.lineEnd(lineStart);
            lines.push(blank ? '' : text.slice(lineStart + firstIndent, eol));
            end = eol < text.length ? eol + 1 : text.length;
            if (!blank)
                lastContentEnd = end;
            lineStart = end;
            if (eol >= text.length)
                break;
        }
        let count = lines.length;
        while (count > 0 && lines[count - 1] === '')
            count--;
        if (count === 0)
            throw GIVE_UP;
        const sourceEnd = chomp === '+' ? end : lastContentEnd;
        let value = '';
        if (literal) {
            value = lines.slice(0, count).join('\n');
        }
        else {
            let sep = '';
            let previousMoreIndented = false;
            for (let n = 0; n < count; n++) {
                const line = lines[n];
                if (line === '') {
                    if (sep === '\n')
                        value += '\n';
                    else
                        sep = '\n';
                }
                else if (line.charCodeAt(0) === CH_SPACE) {
                    if (sep === ' ')
                        sep = '\n';
                    else if (!previousMoreIndented && sep === '\n')
                        sep = '\n\n';
                    value += sep + line;
                    sep = '\n';
                    previousMoreIndented = true;
                }
                else {
                    value += sep + line;
                    sep = ' ';
                    previousMoreIndented = false;
                }
            }
        }
        if (chomp === '+') {
            // Keep: the line break after the last content line and every blank line after it.
            value += '\n'.repeat(lines.length - count + 1);
        }
        else if (chomp === '') {
            value += '\n';
        }
        if (!text.endsWith('\n') && end === text.length)
            throw GIVE_UP;
        const node = scalar(value);
        node.source = value;
        node.type = literal ? 'BLOCK_LITERAL' : 'BLOCK_FOLDED';
        node.range = [at, sourceEnd, sourceEnd];
        this.pos = chomp === '+' ? end : lastContentEnd;
        return { node, end: sourceEnd };
    }
}
/** A nested collection is the item's value: trivia it handed up are pending in `frame`. */
function settle(frame, nested) {
    frame.state = nested.carry ? Last.Pending : Last.Value;
    frame.tokens = nested.carry ?? [];
    frame.afterValueWithEnd = false;
    return nested;
}
/** Before a sibling key, an empty value's separator keeps its tokens up to the second qualifying line break. */
function splitAtSecondBreak(tokens, indent) {
    const breaks = [];
    for (const [index, token] of tokens.entries()) {
        if (token.type === NEWLINE)
            breaks.push(index);
        else if (token.type === COMMENT && token.indent > indent)
            breaks.length = 0;
    }
    return breaks.length >= 2 ? tokens.slice(0, breaks[1]) : tokens;
}

;// CONCATENATED MODULE: ./src/domains/yaml/document.ts




/**
 * yaml's Parser with `next` restated without its debugging hook: the stock one reads `process.env.LOG_TOKENS` for
 * every token, and each read of `process.env` is a call into the runtime (~20 % of the parse). The tokens, hence
 * the CST and the Documents, are the same: test/domains/yaml/quiet-parser.test.ts compares them with the stock ones.
 */
class QuietParser extends dist/* Parser */.iX {
    *next(source) {
        const self = this;
        self.source = source;
        if (self.atScalar) {
            self.atScalar = false;
            yield* self.step();
            self.offset += source.length;
            return;
        }
        const type = dist/* CST */.DB.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* self.pop({ type: 'error', offset: self.offset, message, source });
            self.offset += source.length;
        }
        else if (type === 'scalar') {
            self.atNewLine = false;
            self.atScalar = true;
            self.type = 'scalar';
        }
        else {
            self.type = type;
            yield* self.step();
            switch (type) {
                case 'newline':
                    self.atNewLine = true;
                    self.indent = 0;
                    if (self.onNewLine)
                        self.onNewLine(self.offset + source.length);
                    break;
                case 'space':
                    if (self.atNewLine && source[0] === ' ')
                        self.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (self.atNewLine)
                        self.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    self.atNewLine = false;
            }
            self.offset += source.length;
        }
    }
}
const PARSE_OPTIONS = { uniqueKeys: true, prettyErrors: false, strict: true, merge: true, logLevel: 'error' };
/**
 * The composer checks each key against every earlier key of its mapping, quadratic in a mapping's size (a 5,000-key
 * mapping: seconds); checkDocument finds duplicate keys with a set instead, with the same message.
 */
const COMPOSE_OPTIONS = { ...PARSE_OPTIONS, uniqueKeys: false };
/** Read once: each read of `process.env` is a call into the runtime, as costly as reading a small file. */
const LOG_TOKENS = Boolean(process.env.LOG_TOKENS);
/** Reads the common shapes of CI YAML about five times faster; anything else goes to `yaml` (see fast-reader.ts). */
let fastReader;
let fastReaderEnabled = true;
/** Turns the fast reader on or off for the files parsed from now on (config `fast-yaml-reader`). */
function useFastYamlReader(enabled) {
    fastReaderEnabled = enabled;
}
/**
 * A line indented this deep could start a block collection nested deeper than MAX_DEPTH (each level of block
 * nesting moves at least one column right, on average); such text skips the fast reader (which recurses per level)
 * for the composer, whose input is checked for depth first.
 */
const DEEP_INDENT = new RegExp(`^ {${Math.floor(yaml_graph/* MAX_DEPTH */.lr / 2)}}`, 'm');
/**
 * What yaml's `parseAllDocuments` does with these options (no LineCounter: positions come from the SourceFile's own
 * line index, and errors are not made pretty), with the QuietParser. With `LOG_TOKENS` set, the stock
 * parser (and its token log). Text nested deeper than MAX_DEPTH is refused before the composer recurses into it.
 */
function parseAll(text) {
    if (fastReaderEnabled && !LOG_TOKENS && !DEEP_INDENT.test(text)) {
        // Made on first use: a run over Dockerfiles alone never builds its template document.
        fastReader ??= new FastYamlReader(PARSE_OPTIONS);
        const documents = fastReader.read(text) ?? readDocuments(fastReader, text);
        if (documents)
            return { documents, composed: false };
    }
    const parser = LOG_TOKENS ? new dist/* Parser */.iX() : new QuietParser();
    // yaml reports problems as Error objects; their stack traces are never shown, and capturing them is most of the
    // cost of reading a broken file.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
        const tokens = Array.from(parser.parse(text));
        const tooDeepAt = (0,yaml_graph/* deepCollection */.XQ)(tokens);
        if (tooDeepAt !== undefined)
            return { documents: [], composed: true, tooDeepAt };
        return { documents: Array.from(new dist/* Composer */.Dk(COMPOSE_OPTIONS).compose(tokens)), composed: true };
    }
    finally {
        Error.stackTraceLimit = stackTraceLimit;
    }
}
/** A line that is exactly a document start marker: `---`. */
const DOCUMENT_START = /^---[ \t]*(?:\n|$)/gm;
/**
 * Several documents separated by bare `---` lines (a manifest file with a Deployment and its Service), read by the
 * fast reader one document at a time, each node's range moved to where its document starts in the file. Anything
 * the separators alone do not settle is left to `yaml`: a chunk with no content (comments before the first `---`, an
 * empty document), `...`, directives, or any chunk the fast reader gives up on. The documents are then what `yaml`
 * itself makes of the file (test/domains/yaml/document.test.ts compares them).
 */
function readDocuments(reader, text) {
    const starts = [];
    for (const match of text.matchAll(DOCUMENT_START))
        starts.push([match.index, match.index + match[0].length]);
    if (starts.length === 0)
        return undefined;
    const chunks = [];
    if (starts[0][0] > 0)
        chunks.push([0, starts[0][0]]);
    starts.forEach(([, content], index) => {
        chunks.push([content, starts[index + 1]?.[0] ?? text.length]);
    });
    const documents = [];
    for (const [from, to] of chunks) {
        const chunk = text.slice(from, to);
        // A chunk of blank and comment lines only is an empty document (or comments of the next one): `yaml` decides.
        if (!/^[ ]*[^\s#]/m.test(chunk))
            return undefined;
        const read = reader.read(chunk);
        if (read?.length !== 1)
            return undefined;
        const document = read[0];
        if (from > 0) {
            (0,dist/* visit */.YR)(document, {
                Node(_, node) {
                    const range = node.range;
                    if (range)
                        node.range = [range[0] + from, range[1] + from, range[2] + from];
                },
            });
            const range = document.range;
            if (range)
                document.range = [range[0] + from, range[1] + from, range[2] + from];
        }
        documents.push(document);
    }
    return documents;
}
/**
 * The parse is kept on the SourceFile itself: a WeakMap keyed by files would hold every document through the young
 * generation's collections (V8 treats its entries as ephemerons), which cost more than the parse.
 */
const PARSED = Symbol('shipshape.yaml');
/** Parses a YAML file once per run; every YAML domain and the classifier share the result. */
function parseYaml(file) {
    const cached = file[PARSED];
    if (cached)
        return cached;
    const { documents: list, composed, tooDeepAt } = parseAll(file.text);
    const problems = [];
    if (tooDeepAt !== undefined) {
        problems.push({
            message: `collections nested deeper than ${yaml_graph/* MAX_DEPTH */.lr} levels: refusing the file`,
            at: { span: file.spanOf(tooDeepAt, tooDeepAt + 1), path: 'doc' },
        });
    }
    for (const [index, document] of list.entries()) {
        for (const error of document.errors) {
            const [start, end] = error.pos;
            problems.push({
                message: error.message.split('\n')[0],
                at: { span: file.spanOf(start, Math.max(end, start + 1)), path: `doc[${index}]` },
            });
        }
    }
    // Aliases are linked to their anchors once, here, for every consumer; cycles, alias bombs, deep expansions, bad
    // merges (`<<: 1`) and duplicate keys become syntax problems instead of a hang or an exception later. The fast
    // reader leaves every document with anchors, aliases or merge keys to the composer, and checks keys itself.
    if (composed) {
        for (const [index, document] of list.entries()) {
            if (document.errors.length > 0)
                continue;
            const problem = (0,yaml_graph/* checkDocument */.sw)(document);
            if (problem)
                problems.push({ message: problem.message, at: { span: spanOf(file, problem.node), path: `doc[${index}]` } });
        }
    }
    let comments;
    const result = {
        file,
        documents: list,
        get comments() {
            return (comments ??= file.text.includes('#') ? yamlComments(file) : []);
        },
        problems,
    };
    file[PARSED] = result;
    return result;
}
const DOCUMENT = '\x02';
const FLOW_END = '\x18';
const SCALAR = '\x1f';
function yamlComments(file) {
    const comments = [];
    let offset = 0;
    for (const token of new dist/* Lexer */.JG().lex(file.text)) {
        // The lexer interleaves zero-width control tokens (document start, flow end, scalar marker): not source text.
        if (token === DOCUMENT || token === FLOW_END || token === SCALAR)
            continue;
        if (token.startsWith('#')) {
            const { line, column } = file.position(offset);
            const before = file.lineText(line).slice(0, column - 1);
            comments.push({ line, text: token.slice(1).trim(), trailing: before.trim() !== '' });
        }
        offset += token.length;
    }
    return comments;
}
function spanOf(file, node) {
    const range = node?.range;
    if (!range)
        return file.lineSpan(1);
    return file.spanOf(range[0], Math.max(range[1], range[0] + 1));
}
function pathString(path) {
    let out = '';
    for (const segment of path)
        out += typeof segment === 'number' ? `[${segment}]` : out ? `.${segment}` : segment;
    return out || '$';
}
/**
 * Finds the node at a key path. With `key: true` the span is the mapping key's (the usual place for "this key is
 * wrong"); otherwise the value's. Falls back to the nearest existing ancestor.
 */
/** Key indexes of large mappings: locating every job of a 3,000-job file would otherwise scan the top mapping each time. */
const pairIndexes = new WeakMap();
/** The first pair of a mapping whose scalar key reads `name`. */
function pairNamed(map, name) {
    const items = map.items;
    if (items.length <= 16)
        return items.find((item) => (0,dist/* isScalar */.jn)(item.key) && String(item.key.value) === name);
    let index = pairIndexes.get(map);
    if (!index) {
        index = new Map();
        for (const item of items)
            if ((0,dist/* isScalar */.jn)(item.key) && !index.has(String(item.key.value)))
                index.set(String(item.key.value), item);
        pairIndexes.set(map, index);
    }
    return index.get(name);
}
function locate(file, document, path, options = {}) {
    let node = document.contents;
    let best = document.contents ?? null;
    for (const [i, segment] of path.entries()) {
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = pairNamed(node, String(segment));
            if (!pair)
                break;
            const last = i === path.length - 1;
            best = (last && options.key ? pair.key : (pair.value ?? pair.key));
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number') {
            const item = node.items[segment];
            if (!item)
                break;
            best = item;
            node = item;
        }
        else {
            break;
        }
    }
    return { span: spanOf(file, best), path: pathString(path) };
}


/***/ })

};
