import { Composer, CST, isMap, isScalar, isSeq, Lexer, Parser, visit, type Alias, type Document, type Node } from 'yaml';
import type { Comment, SyntaxProblem } from '../../core/domain.js';
import type { Locatable, Span } from '../../core/finding.js';
import type { SourceFile } from '../../core/source.js';
import { FastYamlReader } from './fast-reader.js';

/** Large enough for real files (100 GitLab jobs merging one anchor), small enough to stop alias bombs. */
export const MAX_ALIAS_COUNT = 10_000;

export interface YamlFile {
  file: SourceFile;
  documents: Document.Parsed[];
  /** Every comment of the file: a second lexer pass, made on first use only (most checks never need it). */
  readonly comments: Comment[];
  problems: SyntaxProblem[];
}

/**
 * A necessary condition for an alias (`*name`) in the text: a `*` at the start of a token (line start, after white
 * space, `:` or a flow indicator) followed by a name character. `'**.md'` and `a * b` inside scalars do not match.
 */
const ALIAS_START = /(?:^|[\s[{,:?-])\*[^\s,[\]{}]/;

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

/** Read once: each read of `process.env` is a call into the runtime, as costly as reading a small file. */
const LOG_TOKENS = Boolean(process.env.LOG_TOKENS);

/** Reads the common shapes of CI YAML about five times faster; anything else goes to `yaml` (see fast-reader.ts). */
let fastReader: FastYamlReader | undefined;

/**
 * What yaml's `parseAllDocuments` does with these options (no LineCounter: positions come from the SourceFile's own
 * line index, and errors are not made pretty), with the QuietParser. With `LOG_TOKENS` set, the stock
 * parser (and its token log).
 */
function parseAll(text: string): Document.Parsed[] {
  if (!LOG_TOKENS) {
    // Made on first use: a run over Dockerfiles alone never builds its template document.
    const documents = (fastReader ??= new FastYamlReader(PARSE_OPTIONS)).read(text);
    if (documents) return documents;
  }
  const parser = LOG_TOKENS ? new Parser() : new QuietParser();
  // yaml reports problems as Error objects; their stack traces are never shown, and capturing them is most of the
  // cost of reading a broken file.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return Array.from(new Composer(PARSE_OPTIONS).compose(parser.parse(text)));
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
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
  const list = parseAll(file.text);
  const problems: SyntaxProblem[] = [];
  for (const [index, document] of list.entries()) {
    for (const error of document.errors) {
      const [start, end] = error.pos;
      problems.push({ message: error.message.split('\n')[0]!, at: { span: file.spanOf(start, Math.max(end, start + 1)), path: `doc[${index}]` } });
    }
  }
  // With merge keys on, yaml parses `<<` as a Symbol key; give it back as the string '<<' (merging still works), so
  // every consumer can treat keys as strings.
  if (file.text.includes('<<')) {
    for (const document of list) {
      visit(document, {
        Pair(_key, pair) {
          if (isScalar(pair.key) && typeof pair.key.value === 'symbol') pair.key.value = '<<';
        },
      });
    }
  }
  // Documents with aliases or merge keys are expanded once here, within a bound, so an alias bomb or a bad merge
  // (`<<: 1`) is a syntax problem instead of a hang or an exception in a rule later.
  // An alias needs no anchor to be a problem: `*missing` only fails when expanded.
  const hasAliases = ALIAS_START.test(file.text);
  if (hasAliases || file.text.includes('<<')) {
    for (const [index, document] of list.entries()) {
      if (document.errors.length > 0) continue;
      const node = hasAliases ? firstAlias(document) : undefined;
      if (!node && !file.text.includes('<<')) continue;
      try {
        expanded.set(document, document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const bomb = /excessive alias count/i.test(message);
        problems.push({
          message: bomb ? `aliases expand to too many nodes (more than ${MAX_ALIAS_COUNT}): refusing a possible alias bomb` : message,
          at: { span: spanOf(file, node ?? document.contents), path: `doc[${index}]` },
        });
      }
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

const expanded = new WeakMap<Document.Parsed, unknown>();

function firstAlias(document: Document.Parsed): Alias | undefined {
  let found: Alias | undefined;
  visit(document, {
    Alias(_key, node) {
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

/**
 * Converts a document to plain data, refusing alias bombs with a clear message instead of hanging. parseYaml has
 * already expanded documents with aliases once (to check them): the first call takes that result, later calls get
 * a fresh copy, so callers never share an object.
 */
export function toData(document: Document.Parsed): unknown {
  if (expanded.has(document)) {
    const data = expanded.get(document);
    expanded.delete(document);
    return data;
  }
  return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
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
export function locate(file: SourceFile, document: Document.Parsed, path: KeyPath, options: { key?: boolean } = {}): Locatable {
  let node: unknown = document.contents;
  let best: Node | null = (document.contents as Node) ?? null;
  for (const [i, segment] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
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
