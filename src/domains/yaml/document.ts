import { Composer, CST, isAlias, isMap, isPair, isScalar, isSeq, Lexer, Parser, type Alias, type Pair, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Comment, SyntaxProblem } from '../../core/domain.js';
import type { Locatable, Span } from '../../core/finding.js';
import type { SourceFile } from '../../core/source.js';
import { FastYamlReader } from './fast-reader.js';

/**
 * How many nodes aliases may add to one document when every alias is counted as a copy of its anchor. Rules walk a
 * document as if it were expanded (a rule on `env:` sees what `env: *e` stands for), so this bounds their work:
 * 3,000 steps sharing a ten-line `env` add 30,000; an alias bomb (or one 5,000-key anchor used 5,000 times, 25 million)
 * is refused as a syntax problem instead.
 */
export const MAX_ALIAS_EXPANSION = 250_000;

/**
 * The deepest nesting of collections a document may have, aliases expanded: GitLab's own limit (max_yaml_depth, 150
 * since 17.x: https://gitlab.com/gitlab-org/gitlab/-/issues/370116). Every walk over a document (the composer, the
 * domain models, rules) may then recurse without running out of stack.
 */
export const MAX_DEPTH = 150;

export interface YamlFile {
  file: SourceFile;
  documents: Document.Parsed[];
  /** Every comment of the file: a second lexer pass, made on first use only (most checks never need it). */
  readonly comments: Comment[];
  problems: SyntaxProblem[];
}

/** The Parser's per-token state that `next` reads and writes (public at run time, not in its typings). */
interface ParserState {
  source: string;
  type: CST.TokenType;
  offset: number;
  indent: number;
  atNewLine: boolean;
  atScalar: boolean;
  onNewLine?: (offset: number) => void;
  step(): Generator<CST.Token, void>;
  pop(error?: CST.Token): Generator<CST.Token, void>;
}

/**
 * yaml's Parser with `next` restated without its debugging hook: the stock one reads `process.env.LOG_TOKENS` for
 * every token, and each read of `process.env` is a call into the runtime (~20 % of the parse). The tokens, hence
 * the CST and the Documents, are the same: test/domains/yaml/quiet-parser.test.ts compares them with the stock ones.
 */
export class QuietParser extends Parser {
  override *next(source: string): Generator<CST.Token, void> {
    const self = this as unknown as ParserState;
    self.source = source;
    if (self.atScalar) {
      self.atScalar = false;
      yield* self.step();
      self.offset += source.length;
      return;
    }
    const type = CST.tokenType(source);
    if (!type) {
      const message = `Not a YAML token: ${source}`;
      yield* self.pop({ type: 'error', offset: self.offset, message, source });
      self.offset += source.length;
    } else if (type === 'scalar') {
      self.atNewLine = false;
      self.atScalar = true;
      self.type = 'scalar';
    } else {
      self.type = type;
      yield* self.step();
      switch (type) {
        case 'newline':
          self.atNewLine = true;
          self.indent = 0;
          if (self.onNewLine) self.onNewLine(self.offset + source.length);
          break;
        case 'space':
          if (self.atNewLine && source[0] === ' ') self.indent += source.length;
          break;
        case 'explicit-key-ind':
        case 'map-value-ind':
        case 'seq-item-ind':
          if (self.atNewLine) self.indent += source.length;
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

const PARSE_OPTIONS = { uniqueKeys: true, prettyErrors: false, strict: true, merge: true, logLevel: 'error' } as const;

/**
 * The composer checks each key against every earlier key of its mapping, quadratic in a mapping's size (a 5,000-key
 * mapping: seconds); checkDocument finds duplicate keys with a set instead, with the same message.
 */
const COMPOSE_OPTIONS = { ...PARSE_OPTIONS, uniqueKeys: false } as const;

/** Read once: each read of `process.env` is a call into the runtime, as costly as reading a small file. */
const LOG_TOKENS = Boolean(process.env.LOG_TOKENS);

/** Reads the common shapes of CI YAML about five times faster; anything else goes to `yaml` (see fast-reader.ts). */
let fastReader: FastYamlReader | undefined;

/**
 * A line indented this deep could start a block collection nested deeper than MAX_DEPTH (each level of block
 * nesting moves at least one column right, on average); such text skips the fast reader (which recurses per level)
 * for the composer, whose input is checked for depth first.
 */
const DEEP_INDENT = new RegExp(`^ {${Math.floor(MAX_DEPTH / 2)}}`, 'm');

/** The parse of a file: its documents, or the offset of a collection nested deeper than MAX_DEPTH (then none). */
interface Parsed {
  documents: Document.Parsed[];
  /** Whether yaml's composer made the documents (then checkDocument has work to do), not the fast reader. */
  composed: boolean;
  tooDeepAt?: number;
}

/**
 * What yaml's `parseAllDocuments` does with these options (no LineCounter: positions come from the SourceFile's own
 * line index, and errors are not made pretty), with the QuietParser. With `LOG_TOKENS` set, the stock
 * parser (and its token log). Text nested deeper than MAX_DEPTH is refused before the composer recurses into it.
 */
function parseAll(text: string): Parsed {
  if (!LOG_TOKENS && !DEEP_INDENT.test(text)) {
    // Made on first use: a run over Dockerfiles alone never builds its template document.
    const documents = (fastReader ??= new FastYamlReader(PARSE_OPTIONS)).read(text);
    if (documents) return { documents, composed: false };
  }
  const parser = LOG_TOKENS ? new Parser() : new QuietParser();
  // yaml reports problems as Error objects; their stack traces are never shown, and capturing them is most of the
  // cost of reading a broken file.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    const tokens = Array.from(parser.parse(text));
    const tooDeepAt = deepCollection(tokens);
    if (tooDeepAt !== undefined) return { documents: [], composed: true, tooDeepAt };
    return { documents: Array.from(new Composer(COMPOSE_OPTIONS).compose(tokens)), composed: true };
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

/** The offset of the first collection token nested deeper than MAX_DEPTH, found without recursion. */
function deepCollection(tokens: CST.Token[]): number | undefined {
  const stack: [CST.Token, number][] = [];
  for (const token of tokens) if (token.type === 'document' && token.value) stack.push([token.value, 1]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    if (depth > MAX_DEPTH) return token.offset;
    const items = token.items as CST.CollectionItem[];
    // Pushed last to first, so the first too-deep collection in the text is the one found.
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i]!;
      if (item.value) stack.push([item.value, depth + 1]);
      if (item.key) stack.push([item.key, depth + 1]);
    }
  }
  return undefined;
}

/**
 * The parse is kept on the SourceFile itself: a WeakMap keyed by files would hold every document through the young
 * generation's collections (V8 treats its entries as ephemerons), which cost more than the parse.
 */
const PARSED = Symbol('shipshape.yaml');
type ParsedFile = SourceFile & { [PARSED]?: YamlFile };

/** Parses a YAML file once per run; every YAML domain and the classifier share the result. */
export function parseYaml(file: SourceFile): YamlFile {
  const cached = (file as ParsedFile)[PARSED];
  if (cached) return cached;
  const { documents: list, composed, tooDeepAt } = parseAll(file.text);
  const problems: SyntaxProblem[] = [];
  if (tooDeepAt !== undefined) {
    problems.push({ message: `collections nested deeper than ${MAX_DEPTH} levels: refusing the file`, at: { span: file.spanOf(tooDeepAt, tooDeepAt + 1), path: 'doc' } });
  }
  for (const [index, document] of list.entries()) {
    for (const error of document.errors) {
      const [start, end] = error.pos;
      problems.push({ message: error.message.split('\n')[0]!, at: { span: file.spanOf(start, Math.max(end, start + 1)), path: `doc[${index}]` } });
    }
  }
  // Aliases are linked to their anchors once, here, for every consumer; cycles, alias bombs, deep expansions, bad
  // merges (`<<: 1`) and duplicate keys become syntax problems instead of a hang or an exception later. The fast
  // reader leaves every document with anchors, aliases or merge keys to the composer, and checks keys itself.
  if (composed) {
    for (const [index, document] of list.entries()) {
      if (document.errors.length > 0) continue;
      const problem = checkDocument(document);
      if (problem) problems.push({ message: problem.message, at: { span: spanOf(file, problem.node), path: `doc[${index}]` } });
    }
  }
  let comments: Comment[] | undefined;
  const result: YamlFile = {
    file,
    documents: list,
    get comments(): Comment[] {
      return (comments ??= file.text.includes('#') ? yamlComments(file) : []);
    },
    problems,
  };
  (file as ParsedFile)[PARSED] = result;
  return result;
}

const DOCUMENT = '\x02';
const FLOW_END = '\x18';
const SCALAR = '\x1f';

function yamlComments(file: SourceFile): Comment[] {
  const comments: Comment[] = [];
  let offset = 0;
  for (const token of new Lexer().lex(file.text)) {
    // The lexer interleaves zero-width control tokens (document start, flow end, scalar marker): not source text.
    if (token === DOCUMENT || token === FLOW_END || token === SCALAR) continue;
    if (token.startsWith('#')) {
      const { line, column } = file.position(offset);
      const before = file.lineText(line).slice(0, column - 1);
      comments.push({ line, text: token.slice(1).trim(), trailing: before.trim() !== '' });
    }
    offset += token.length;
  }
  return comments;
}

/** The node an alias stands for, set on the alias by linkAliases. */
const TARGET = Symbol('shipshape.alias-target');
type LinkedAlias = Alias & { [TARGET]?: Node };

/** A subtree as if its aliases were expanded: how many nodes, and how many levels of collections. */
interface Extent {
  size: number;
  height: number;
}

const LEAF: Extent = { size: 1, height: 0 };

/** A collection being walked by linkAliases: its children (keys and values of pairs in order) and its extent so far. */
interface Frame {
  node: YAMLMap | YAMLSeq;
  depth: number;
  children: unknown[];
  next: number;
  /** Values of merge keys (`<<: …`), checked when reached: the anchors they name are known by then. */
  merges: Set<unknown> | undefined;
  size: number;
  height: number;
}

export interface DocumentProblem {
  node: Node;
  message: string;
}

/**
 * Links every alias of a composed document to the node its anchor names, in one walk in document order without
 * recursion, so that every consumer shares the anchored node (nothing is copied or expanded). The same walk measures
 * what the aliases would expand to and stops at the first problem: an alias inside the node it refers to (a cycle),
 * an alias with no anchor before it, an expansion beyond MAX_ALIAS_EXPANSION nodes or MAX_DEPTH levels, a merge key
 * (`<<`) whose value is not a mapping, a key repeated in a mapping. Merge keys, which yaml reads as a Symbol, become
 * the string '<<' (merging still works), so every consumer can treat keys as strings.
 */
export function checkDocument(document: Document.Parsed): DocumentProblem | undefined {
  const root = document.contents as unknown;
  if (!isMap(root) && !isSeq(root)) return root && isAlias(root) ? missing(root) : undefined;
  /** The last node seen with each anchor name: what an alias written after it refers to. */
  const anchors = new Map<string, Node>();
  /** Anchored collections still being walked: an alias to one of them is inside it. */
  const open = new Set<Node>();
  const extents = new Map<Node, Extent>();
  let added = 0;
  let problem: DocumentProblem | undefined;
  const stack: Frame[] = [];

  const isMergeSource = (value: unknown): boolean => isMap(value) || (isAlias(value) && isMap(anchors.get(value.source)));
  /** The extent of a leaf or an alias; a collection gets a frame (and undefined). */
  const enter = (node: unknown, depth: number, merge: boolean): Extent | undefined => {
    if (merge && !isMergeSource(node) && !(isSeq(node) && node.items.every(isMergeSource))) {
      problem = { node: node as Node, message: 'Merge sources must be maps or map aliases' };
      return LEAF;
    }
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (!target) {
        problem = missing(node);
        return LEAF;
      }
      const name = node.source;
      if (open.has(target)) {
        problem = { node, message: `the alias \`*${name}\` is inside the node anchored \`&${name}\` that it refers to: a cycle that never ends` };
        return LEAF;
      }
      (node as LinkedAlias)[TARGET] = target;
      const extent = extents.get(target) ?? LEAF;
      added += extent.size;
      if (added > MAX_ALIAS_EXPANSION) {
        const size = extent.size.toLocaleString('en-US');
        problem = { node, message: `aliases expand to more than ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} nodes (\`*${name}\` repeats the ${size}-node anchor \`&${name}\`): refusing a possible alias bomb` };
      } else if (depth - 1 + extent.height > MAX_DEPTH) {
        problem = { node, message: `\`*${name}\` nests the anchor \`&${name}\` deeper than ${MAX_DEPTH} levels of collections` };
      }
      return extent;
    }
    if (isMap(node) || isSeq(node)) {
      if (node.anchor) {
        anchors.set(node.anchor, node);
        open.add(node);
      }
      if (depth > MAX_DEPTH) {
        problem = { node, message: `collections nested deeper than ${MAX_DEPTH} levels` };
        return LEAF;
      }
      const children: unknown[] = [];
      let merges: Set<unknown> | undefined;
      const keys = isMap(node) ? new Set<unknown>() : undefined;
      for (const item of node.items as unknown[]) {
        if (!isPair(item)) {
          children.push(item);
          continue;
        }
        const key = item.key;
        if (keys && isScalar(key)) {
          // As yaml compares keys: equal scalar values (a second merge key too), not equal text (`1` and `'1'` differ).
          if (keys.has(key.value)) {
            problem = { node: key, message: 'Map keys must be unique' };
            return LEAF;
          }
          keys.add(key.value);
        }
        if (isScalar(key) && typeof key.value === 'symbol') {
          key.value = '<<';
          (merges ??= new Set()).add(item.value);
        }
        children.push(key, item.value);
      }
      stack.push({ node, depth, children, next: 0, merges, size: 1, height: 1 });
      return undefined;
    }
    if (isScalar(node) && node.anchor) {
      anchors.set(node.anchor, node);
      extents.set(node, LEAF);
    }
    return node === null || node === undefined ? { size: 0, height: 0 } : LEAF;
  };

  enter(root, 1, false);
  while (stack.length > 0 && !problem) {
    const frame = stack[stack.length - 1]!;
    if (frame.next < frame.children.length) {
      const child = frame.children[frame.next++];
      const extent = enter(child, frame.depth + 1, frame.merges?.has(child) === true && frame.next % 2 === 0);
      if (extent) add(frame, extent);
      continue;
    }
    stack.pop();
    const extent: Extent = { size: frame.size, height: frame.height };
    if (frame.node.anchor) {
      extents.set(frame.node, extent);
      open.delete(frame.node);
    }
    const parent = stack[stack.length - 1];
    if (parent) add(parent, extent);
  }
  return problem;
}

function add(frame: Frame, extent: Extent): void {
  frame.size += extent.size;
  if (extent.height + 1 > frame.height) frame.height = extent.height + 1;
}

function missing(alias: Alias): DocumentProblem {
  return { node: alias, message: `the alias \`*${alias.source}\` has no anchor \`&${alias.source}\` before it` };
}

/**
 * The node an alias stands for, as linked by parseYaml (the anchored node itself, shared by every alias to it); any
 * other node as it is. An alias in a document parseYaml refused (or never saw) stands for nothing: null.
 */
export function deref(node: unknown): Node | null {
  if (isAlias(node)) return (node as LinkedAlias)[TARGET] ?? null;
  return (node as Node | null | undefined) ?? null;
}

/**
 * Converts a document to plain data with merge keys applied. Each anchored node is converted once and every alias
 * to it shares the result, so the data is a graph no larger than the document (treat it as read-only); each call
 * makes new objects. parseYaml has refused cycles and expansions beyond MAX_DEPTH, so the recursion is bounded.
 * `sequence` may replace a sequence's value (GitLab's `!reference [...]`).
 */
export function toData(document: Document.Parsed, sequence?: (node: YAMLSeq, items: unknown[]) => unknown): unknown {
  const converted = new Map<Node, unknown>();
  const convert = (node: unknown): unknown => {
    if (isAlias(node)) {
      const target = deref(node);
      return target ? convert(target) : null;
    }
    if (isScalar(node)) return node.value;
    if (!isSeq(node) && !isMap(node)) return null;
    if (!node.anchor) return collection(node);
    // An anchored collection: converted once, where it is written, and shared by its aliases.
    if (!converted.has(node)) converted.set(node, collection(node));
    return converted.get(node);
  };
  const collection = (node: YAMLSeq | YAMLMap): unknown => {
    if (isSeq(node)) {
      const items = node.items.map(convert);
      return sequence ? sequence(node, items) : items;
    }
    const own: Record<string, unknown> = {};
    const merged: Record<string, unknown>[] = [];
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(convert(pair.key));
      const value = convert(pair.value);
      if (key === '<<' && isScalar(pair.key) && pair.key.type !== 'QUOTE_DOUBLE' && pair.key.type !== 'QUOTE_SINGLE') {
        for (const source of Array.isArray(value) ? value : [value]) if (isRecord(source)) merged.push(source);
      } else {
        own[key] = value;
      }
    }
    // Explicit keys win over merged ones; earlier merge sources win over later ones.
    return merged.length > 0 ? Object.assign({}, ...merged.reverse(), own) : own;
  };
  return convert(document.contents);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function spanOf(file: SourceFile, node: { range?: [number, number, number] | null } | null | undefined): Span {
  const range = node?.range;
  if (!range) return file.lineSpan(1);
  return file.spanOf(range[0], Math.max(range[1], range[0] + 1));
}

export type KeyPath = (string | number)[];

export function pathString(path: KeyPath): string {
  let out = '';
  for (const segment of path) out += typeof segment === 'number' ? `[${segment}]` : out ? `.${segment}` : segment;
  return out || '$';
}

/**
 * Finds the node at a key path. With `key: true` the span is the mapping key's (the usual place for "this key is
 * wrong"); otherwise the value's. Falls back to the nearest existing ancestor.
 */
/** Key indexes of large mappings: locating every job of a 3,000-job file would otherwise scan the top mapping each time. */
const pairIndexes = new WeakMap<YAMLMap, Map<string, Pair>>();

/** The first pair of a mapping whose scalar key reads `name`. */
function pairNamed(map: YAMLMap, name: string): Pair | undefined {
  const items = map.items as Pair[];
  if (items.length <= 16) return items.find((item) => isScalar(item.key) && String(item.key.value) === name);
  let index = pairIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const item of items) if (isScalar(item.key) && !index.has(String(item.key.value))) index.set(String(item.key.value), item);
    pairIndexes.set(map, index);
  }
  return index.get(name);
}

export function locate(file: SourceFile, document: Document.Parsed, path: KeyPath, options: { key?: boolean } = {}): Locatable {
  let node: unknown = document.contents;
  let best: Node | null = (document.contents as Node) ?? null;
  for (const [i, segment] of path.entries()) {
    if (isMap(node)) {
      const pair = pairNamed(node, String(segment));
      if (!pair) break;
      const last = i === path.length - 1;
      best = (last && options.key ? pair.key : (pair.value ?? pair.key)) as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      best = item;
      node = item;
    } else {
      break;
    }
  }
  return { span: spanOf(file, best), path: pathString(path) };
}
