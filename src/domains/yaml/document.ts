import {
  Composer,
  CST,
  isMap,
  isScalar,
  isSeq,
  Lexer,
  visit,
  Parser,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { Comment, SyntaxProblem } from '../../core/domain.js';
import type { Locatable, Span } from '../../core/finding.js';
import type { SourceFile } from '../../core/source.js';
import { checkDocument, deepCollection, MAX_DEPTH } from '../../core/yaml-graph.js';
import { FastYamlReader } from './fast-reader.js';

export {
  checkDocument,
  deref,
  MAX_ALIAS_EXPANSION,
  MAX_DEPTH,
  toData,
  type DocumentProblem,
} from '../../core/yaml-graph.js';

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
let fastReaderEnabled = true;

/** Turns the fast reader on or off for the files parsed from now on (config `fast-yaml-reader`). */
export function useFastYamlReader(enabled: boolean): void {
  fastReaderEnabled = enabled;
}

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
  if (fastReaderEnabled && !LOG_TOKENS && !DEEP_INDENT.test(text)) {
    // Made on first use: a run over Dockerfiles alone never builds its template document.
    fastReader ??= new FastYamlReader(PARSE_OPTIONS);
    const documents = fastReader.read(text) ?? readDocuments(fastReader, text);
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

/** A line that is exactly a document start marker: `---`. */
const DOCUMENT_START = /^---[ \t]*(?:\n|$)/gm;

/**
 * Several documents separated by bare `---` lines (a manifest file with a Deployment and its Service), read by the
 * fast reader one document at a time, each node's range moved to where its document starts in the file. Anything
 * the separators alone do not settle is left to `yaml`: a chunk with no content (comments before the first `---`, an
 * empty document), `...`, directives, or any chunk the fast reader gives up on. The documents are then what `yaml`
 * itself makes of the file (test/domains/yaml/document.test.ts compares them).
 */
function readDocuments(reader: FastYamlReader, text: string): Document.Parsed[] | undefined {
  const starts: [marker: number, content: number][] = [];
  for (const match of text.matchAll(DOCUMENT_START)) starts.push([match.index!, match.index! + match[0].length]);
  if (starts.length === 0) return undefined;
  const chunks: [from: number, to: number][] = [];
  if (starts[0]![0] > 0) chunks.push([0, starts[0]![0]]);
  starts.forEach(([, content], index) => {
    chunks.push([content, starts[index + 1]?.[0] ?? text.length]);
  });
  const documents: Document.Parsed[] = [];
  for (const [from, to] of chunks) {
    const chunk = text.slice(from, to);
    // A chunk of blank and comment lines only is an empty document (or comments of the next one): `yaml` decides.
    if (!/^[ ]*[^\s#]/m.test(chunk)) return undefined;
    const read = reader.read(chunk);
    if (read?.length !== 1) return undefined;
    const document = read[0]!;
    if (from > 0) {
      visit(document, {
        Node(_, node) {
          const range = (node as { range?: [number, number, number] | null }).range;
          if (range)
            (node as { range: [number, number, number] }).range = [range[0] + from, range[1] + from, range[2] + from];
        },
      });
      const range = document.range;
      if (range) document.range = [range[0] + from, range[1] + from, range[2] + from];
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
type ParsedFile = SourceFile & { [PARSED]?: YamlFile };

/** Parses a YAML file once per run; every YAML domain and the classifier share the result. */
export function parseYaml(file: SourceFile): YamlFile {
  const cached = (file as ParsedFile)[PARSED];
  if (cached) return cached;
  const { documents: list, composed, tooDeepAt } = parseAll(file.text);
  const problems: SyntaxProblem[] = [];
  if (tooDeepAt !== undefined) {
    problems.push({
      message: `collections nested deeper than ${MAX_DEPTH} levels: refusing the file`,
      at: { span: file.spanOf(tooDeepAt, tooDeepAt + 1), path: 'doc' },
    });
  }
  for (const [index, document] of list.entries()) {
    for (const error of document.errors) {
      const [start, end] = error.pos;
      problems.push({
        message: error.message.split('\n')[0]!,
        at: { span: file.spanOf(start, Math.max(end, start + 1)), path: `doc[${index}]` },
      });
    }
  }
  // Aliases are linked to their anchors once, here, for every consumer; cycles, alias bombs, deep expansions, bad
  // merges (`<<: 1`) and duplicate keys become syntax problems instead of a hang or an exception later. The fast
  // reader leaves every document with anchors, aliases or merge keys to the composer, and checks keys itself.
  if (composed) {
    for (const [index, document] of list.entries()) {
      if (document.errors.length > 0) continue;
      const problem = checkDocument(document);
      if (problem)
        problems.push({ message: problem.message, at: { span: spanOf(file, problem.node), path: `doc[${index}]` } });
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
    for (const item of items)
      if (isScalar(item.key) && !index.has(String(item.key.value))) index.set(String(item.key.value), item);
    pairIndexes.set(map, index);
  }
  return index.get(name);
}

export function locate(
  file: SourceFile,
  document: Document.Parsed,
  path: KeyPath,
  options: { key?: boolean } = {},
): Locatable {
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
