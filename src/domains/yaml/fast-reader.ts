import { Composer, Document, isScalar, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';

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
export const VERIFIED_YAML_VERSION = '2.9.1';

type Options = ConstructorParameters<typeof Composer>[0];

/** Thrown (never seen outside this module) to abandon the fast path; not an Error, so it costs no stack trace. */
const GIVE_UP = { giveUp: true } as const;

const SPACE = 0;
const COMMENT = 1;
const NEWLINE = 2;
/** A white-space, comment or line-break token between content, as `yaml`'s parser sees it. */
interface Trivia {
  type: typeof SPACE | typeof COMMENT | typeof NEWLINE;
  end: number;
  /** The column of a comment's line (the indentation `yaml` records for it). */
  indent: number;
}

/** Where a collection's last item stands when trivia arrive (mirrors the parser's item states). */
enum Last {
  /** A one-line value with trailing tokens of its own (plain, quoted, flow sequence): deeper comments join it. */
  ValueWithEnd,
  /** A block scalar or a nested collection: trivia start a new (pending) item. */
  Value,
  /** A key and `:` with no value yet: trivia belong to the separator. */
  Separator,
  /** Trivia only, waiting for the next key or item. */
  Pending,
}

interface Frame {
  indent: number;
  state: Last;
  /** The range[2] of the last value while it is ValueWithEnd. */
  valueEnd: number;
  valueEndIsComment: boolean;
  /** Whether the pending trivia follow a ValueWithEnd item (only then can a deeper comment join it). */
  afterValueWithEnd: boolean;
  /** Set for Separator (tokens after `:`) and Pending (the item's start tokens). */
  tokens: Trivia[];
}

interface TagTest {
  test: RegExp;
  resolve: (source: string, onError: (message: string) => void, options: object) => unknown;
  format?: string;
}

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
const SCALAR_PROTOTYPE = Object.create(Scalar.prototype, {
  [NODE_TYPE]: { value: Symbol.for('yaml.scalar') },
}) as Scalar;
const PAIR_PROTOTYPE = Object.create(Pair.prototype, { [NODE_TYPE]: { value: Symbol.for('yaml.pair') } }) as Pair;

/** Whether a plain scalar starting with this character (NaN: empty) could be null, a boolean or a number. */
function mayHaveTag(first: number): boolean {
  const letter = (first >= 97 && first <= 122) || (first >= 65 && first <= 90);
  // n/N: null; t/T: true; f/F: false. Every other letter starts a string.
  return !letter || first === 110 || first === 78 || first === 116 || first === 84 || first === 102 || first === 70;
}

function scalar(value: unknown): Scalar {
  const node = Object.create(SCALAR_PROTOTYPE) as Scalar;
  node.value = value;
  return node;
}

function pair(key: Scalar, value: Scalar | YAMLMap | YAMLSeq): Pair {
  const node = Object.create(PAIR_PROTOTYPE) as Pair;
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

export class FastYamlReader {
  private readonly options: Options;
  private readonly directives: unknown;
  private readonly tags: TagTest[];

  constructor(options: Options) {
    this.options = options;
    this.directives = (new Composer(options) as unknown as { directives: unknown }).directives;
    const template = this.newDocument();
    this.tags = (template.schema.tags as unknown as (TagTest & { default?: unknown })[]).filter(
      (tag) => tag.default === true && tag.test instanceof RegExp,
    );
  }

  /** The documents of `text`, or undefined when the text needs the full parser. */
  read(text: string): Document.Parsed[] | undefined {
    if (!FastYamlReader.mayRead(text)) return undefined;
    try {
      return [new Reading(this, text).document()];
    } catch (error) {
      // Nesting deep enough to exhaust the stack is left to yaml as well, which reports it its own way.
      if (error === GIVE_UP || error instanceof RangeError) return undefined;
      throw error;
    }
  }

  private static mayRead(text: string): boolean {
    return text.length > 0 && !LEFT_TO_YAML.test(text);
  }

  newDocument(): Document.Parsed {
    return new Document(undefined, { _directives: this.directives, ...this.options } as never) as Document.Parsed;
  }

  /** A plain scalar's value by the core schema's tests, as `yaml` resolves it. */
  plain(source: string, start: number, end: number, trailing: number): Scalar {
    let node: Scalar | undefined;
    if (mayHaveTag(source.charCodeAt(0))) {
      for (const tag of this.tags) {
        if (!tag.test.test(source)) continue;
        const resolved = tag.resolve(
          source,
          () => {
            throw GIVE_UP;
          },
          this.options as object,
        );
        node = isScalar(resolved) ? resolved : scalar(resolved);
        if (tag.format) node.format = tag.format;
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
  private readonly text: string;
  private readonly reader: FastYamlReader;
  private readonly document_: Document.Parsed;
  /** The start of the line being read. */
  private pos = 0;

  constructor(reader: FastYamlReader, text: string) {
    this.reader = reader;
    this.text = text;
    this.document_ = reader.newDocument();
  }

  document(): Document.Parsed {
    const doc = this.document_;
    this.trivia();
    if (this.pos >= this.text.length || this.indentAt(this.pos) !== 0) throw GIVE_UP;
    const start = this.pos;
    const { node, carry, end } = this.blockMap(0);
    if (this.pos < this.text.length) throw GIVE_UP;
    doc.contents = node as never;
    doc.range = [start, end, carry && carry.length > 0 ? carry[carry.length - 1]!.end : end];
    return doc;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Lines and trivia

  private indentAt(lineStart: number): number {
    let i = lineStart;
    while (this.text.charCodeAt(i) === CH_SPACE) i++;
    return i - lineStart;
  }

  private lineEnd(from: number): number {
    const nl = this.text.indexOf('\n', from);
    return nl < 0 ? this.text.length : nl;
  }

  /**
   * Reads blank and comment-only lines from `pos` up to the next content line (or the end), returning their tokens
   * and leaving `pos` at the start of that content line.
   */
  private trivia(): Trivia[] {
    const text = this.text;
    const tokens: Trivia[] = [];
    while (this.pos < text.length) {
      const start = this.pos;
      let i = start;
      while (text.charCodeAt(i) === CH_SPACE) i++;
      const c = text.charCodeAt(i);
      const indent = i - start;
      if (i < text.length && c !== CH_NL && c !== CH_HASH) {
        // The content line's indentation is a token too, filed with the trivia before it.
        if (indent > 0) tokens.push({ type: SPACE, end: i, indent });
        break;
      }
      if (indent > 0) tokens.push({ type: SPACE, end: i, indent });
      if (c === CH_HASH) {
        i = this.lineEnd(i);
        tokens.push({ type: COMMENT, end: i, indent });
      }
      if (i < text.length) tokens.push({ type: NEWLINE, end: i + 1, indent });
      this.pos = i < text.length ? i + 1 : text.length;
    }
    return tokens;
  }

  /**
   * What follows a one-line value on its line: spaces, a comment, the line break. Returns the value's range[2] and
   * whether its last token is a comment (then the next line break joins it); moves `pos` to the next line.
   */
  private lineRest(from: number): { end: number; comment: boolean } {
    const text = this.text;
    let i = from;
    while (text.charCodeAt(i) === CH_SPACE) i++;
    let comment = false;
    if (i < text.length && text.charCodeAt(i) !== CH_NL) {
      if (text.charCodeAt(i) !== CH_HASH || i === from) throw GIVE_UP;
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
  private file(frame: Frame, tokens: Trivia[]): void {
    for (const token of tokens) {
      switch (frame.state) {
        case Last.ValueWithEnd:
          if (token.type === NEWLINE && frame.valueEndIsComment) {
            frame.valueEnd = token.end;
            frame.valueEndIsComment = false;
          } else {
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
          if (
            token.type === COMMENT &&
            frame.afterValueWithEnd &&
            token.indent > frame.indent &&
            frame.tokens.every((t) => t.type !== COMMENT)
          ) {
            // An indented comment right after a one-line value joins that value's trailing tokens.
            frame.state = Last.ValueWithEnd;
            frame.valueEnd = token.end;
            frame.valueEndIsComment = true;
            frame.tokens = [];
          } else {
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
  private close(frame: Frame, end: number): { carry: Trivia[] | null; rangeEnd: number } {
    if (frame.state !== Last.Pending || frame.tokens.length === 0) return { carry: null, rangeEnd: end };
    const tokens = frame.tokens;
    if (frame.indent === 0 || tokens.every((t) => t.type !== COMMENT || t.indent < frame.indent))
      return { carry: tokens, rangeEnd: end };
    return { carry: null, rangeEnd: tokens[tokens.length - 1]!.end };
  }

  // -------------------------------------------------------------------------------------------------------------
  // Collections

  /** A block mapping whose first key starts at `pos + indent`. */
  private blockMap(indent: number, firstKeyAt?: number): { node: YAMLMap; carry: Trivia[] | null; end: number } {
    const text = this.text;
    const map = new YAMLMap(this.document_.schema);
    const keys = new Set<unknown>();
    const frame: Frame = {
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
      if (keys.has(key.node.value)) throw GIVE_UP;
      keys.add(key.node.value);
      const afterColon = key.colon + 1;
      let i = afterColon;
      while (text.charCodeAt(i) === CH_SPACE) i++;
      const c = text.charCodeAt(i);
      let value: Scalar | YAMLMap | YAMLSeq;
      if (i >= text.length || c === CH_NL || c === CH_HASH) {
        // No value on the key's line: the separator collects the rest of the line and any trivia after it.
        const sep: Trivia[] = [];
        if (i > afterColon) sep.push({ type: SPACE, end: i, indent });
        if (c === CH_HASH) {
          if (i === afterColon) throw GIVE_UP;
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
        } else if (next === indent && this.isSeqItem(this.pos + next)) {
          const nested = settle(frame, this.blockSeq(next));
          value = nested.node;
          offset = nested.end;
        } else {
          // An empty value. Before a sibling key, trivia from the second line break on belong to that key.
          let tokens = frame.tokens;
          if (next === indent) tokens = splitAtSecondBreak(tokens, indent);
          const node = this.reader.plain('', emptyAt, emptyAt, emptyAt);
          node.source = '';
          if (tokens.some((t) => t.type === COMMENT)) node.range![2] = tokens[tokens.length - 1]!.end;
          value = node;
          offset = node.range![2];
          frame.state = next === indent ? Last.Value : Last.Separator;
          frame.tokens = [];
        }
      } else {
        const item = this.lineValue(frame, i);
        value = item.node;
        offset = item.end;
      }
      map.items.push(pair(key.node, value));
      // The next content line decides: another key here, or the end of this mapping.
      if (this.pos >= text.length) break;
      const next = this.indentAt(this.pos);
      if (next < indent) break;
      if (next > indent || this.isSeqItem(this.pos + next)) throw GIVE_UP;
      keyAt = this.pos + next;
    }
    const closed = this.close(frame, offset);
    map.range = [start, offset, closed.rangeEnd];
    return { node: map, carry: closed.carry, end: closed.rangeEnd };
  }

  /** A block sequence whose dashes sit at column `indent`, starting on the line at `pos`. */
  private blockSeq(indent: number): { node: YAMLSeq; carry: Trivia[] | null; end: number } {
    const text = this.text;
    const seq = new YAMLSeq(this.document_.schema);
    const frame: Frame = {
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
      while (text.charCodeAt(i) === CH_SPACE) i++;
      const c = text.charCodeAt(i);
      if (i >= text.length || c === CH_NL || c === CH_HASH || i === dash + 1) throw GIVE_UP;
      if (c === CH_DASH && this.isSeqItem(i)) throw GIVE_UP;
      let value: Scalar | YAMLMap | YAMLSeq;
      if (this.startsKey(i)) {
        // A compact mapping: `- key: value` with the following keys aligned under the first.
        const nested = settle(frame, this.blockMap(i - this.pos, i));
        value = nested.node;
        offset = nested.end;
      } else {
        const item = this.lineValue(frame, i);
        value = item.node;
        offset = item.end;
      }
      seq.items.push(value);
      if (this.pos >= text.length) break;
      const next = this.indentAt(this.pos);
      if (next < indent) break;
      if (next > indent) throw GIVE_UP;
      if (!this.isSeqItem(this.pos + next)) break;
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
  private lineValue(frame: Frame, at: number): { node: Scalar | YAMLSeq; end: number } {
    const inline = this.inlineValue(at, frame.indent);
    frame.state = inline.withEnd ? Last.ValueWithEnd : Last.Value;
    frame.valueEnd = inline.end;
    frame.valueEndIsComment = inline.comment;
    this.file(frame, this.trivia());
    if (this.pos < this.text.length && this.indentAt(this.pos) > frame.indent) throw GIVE_UP;
    if (!inline.withEnd) return { node: inline.node, end: inline.end };
    inline.node.range![2] = frame.valueEnd;
    return { node: inline.node, end: frame.valueEnd };
  }

  /** A block collection starting at the line at `pos`, indented `indent` (deeper than its parent's). */
  private blockNode(indent: number): { node: YAMLMap | YAMLSeq; carry: Trivia[] | null; end: number } {
    const at = this.pos + indent;
    if (this.isSeqItem(at)) return this.blockSeq(indent);
    if (!this.startsKey(at)) throw GIVE_UP;
    return this.blockMap(indent);
  }

  private isSeqItem(at: number): boolean {
    if (this.text.charCodeAt(at) !== CH_DASH) return false;
    const next = this.text.charCodeAt(at + 1);
    return next === CH_SPACE || next === CH_NL || at + 1 >= this.text.length;
  }

  /** Whether the content at `at` is `key:` (an implicit key on this line). */
  private startsKey(at: number): boolean {
    const text = this.text;
    const c = text.charCodeAt(at);
    if (c === 34 || c === 39) {
      const close = text.indexOf(String.fromCharCode(c), at + 1);
      return close > 0 && close < this.lineEnd(at) && text.charCodeAt(close + 1) === CH_COLON;
    }
    const end = this.lineEnd(at);
    for (let i = at; i < end; i++) {
      const ch = text.charCodeAt(i);
      if (ch === CH_HASH && text.charCodeAt(i - 1) === CH_SPACE) return false;
      if (ch === CH_COLON) {
        const after = text.charCodeAt(i + 1);
        if (i + 1 >= text.length || after === CH_SPACE || after === CH_NL) return true;
      }
    }
    return false;
  }

  /** A key scalar at `at` and the offset of its `:` (directly after it). */
  private key(at: number): { node: Scalar; colon: number } {
    const text = this.text;
    const c = text.charCodeAt(at);
    if (c === 34 || c === 39) {
      const quoted = this.quoted(at);
      if (text.charCodeAt(quoted.end) !== CH_COLON) throw GIVE_UP;
      quoted.node.range = [at, quoted.end, quoted.end];
      return { node: quoted.node, colon: quoted.end };
    }
    if (NOT_PLAIN_START.has(c)) throw GIVE_UP;
    const end = this.lineEnd(at);
    let colon = -1;
    for (let i = at; i < end; i++) {
      const ch = text.charCodeAt(i);
      if (ch === CH_HASH && text.charCodeAt(i - 1) === CH_SPACE) break;
      if (ch === CH_COLON) {
        const after = text.charCodeAt(i + 1);
        if (i + 1 >= text.length || after === CH_SPACE || after === CH_NL) {
          colon = i;
          break;
        }
      }
    }
    if (colon < 0 || colon - at > 1000 || text.charCodeAt(colon - 1) === CH_SPACE) throw GIVE_UP;
    const source = text.slice(at, colon);
    if (source === '<<') throw GIVE_UP;
    return { node: this.reader.plain(source, at, colon, colon), colon };
  }

  /**
   * A value that starts on the key's (or dash's) line at `at`: plain, quoted, a flow sequence, or a block scalar.
   * Moves `pos` past it. `withEnd`: the value keeps its own trailing tokens (everything but block scalars).
   */
  private inlineValue(
    at: number,
    parentIndent: number,
  ): { node: Scalar | YAMLSeq; end: number; withEnd: boolean; comment: boolean } {
    const text = this.text;
    const c = text.charCodeAt(at);
    if (c === 124 || c === 62) return { ...this.blockScalar(at, parentIndent), withEnd: false, comment: false };
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
    if (NOT_PLAIN_START.has(c) && !(c === CH_DASH && !this.isSeqItem(at))) throw GIVE_UP;
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
        if (i + 1 >= lineEnd || after === CH_SPACE) throw GIVE_UP;
      }
    }
    while (end > at && text.charCodeAt(end - 1) === CH_SPACE) end--;
    const rest = this.lineRest(end);
    const node = this.reader.plain(text.slice(at, end), at, end, rest.end);
    return { node, end: rest.end, withEnd: true, comment: rest.comment };
  }

  /** A one-line single- or double-quoted scalar at `at` (double-quoted without escapes). */
  private quoted(at: number): { node: Scalar; end: number } {
    const text = this.text;
    const quote = text.charCodeAt(at);
    const lineEnd = this.lineEnd(at);
    let value = '';
    let from = at + 1;
    for (;;) {
      const close = text.indexOf(quote === 34 ? '"' : "'", from);
      if (close < 0 || close >= lineEnd) throw GIVE_UP;
      if (quote === 39 && text.charCodeAt(close + 1) === 39) {
        value += text.slice(from, close + 1);
        from = close + 2;
        continue;
      }
      value += text.slice(from, close);
      if (quote === 34 && value.includes('\\')) throw GIVE_UP;
      const node = scalar(value);
      node.source = value;
      node.type = quote === 34 ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
      return { node, end: close + 1 };
    }
  }

  /** A one-line flow sequence of scalars at `at`; `close` is the offset after its `]`. */
  private flowSeq(at: number): { node: YAMLSeq; close: number } {
    const text = this.text;
    const seq = new YAMLSeq(this.document_.schema);
    seq.flow = true;
    const lineEnd = this.lineEnd(at);
    let i = at + 1;
    const skipSpaces = (): void => {
      while (text.charCodeAt(i) === CH_SPACE) i++;
    };
    skipSpaces();
    if (text.charCodeAt(i) === 93) return { node: seq, close: i + 1 };
    for (;;) {
      skipSpaces();
      const c = text.charCodeAt(i);
      let item: Scalar;
      if (c === 34 || c === 39) {
        const start = i;
        const quoted = this.quoted(i);
        item = quoted.node;
        i = quoted.end;
        skipSpaces();
        item.range = [start, quoted.end, i];
      } else {
        if (NOT_PLAIN_START.has(c) && !(c === CH_DASH && text.charCodeAt(i + 1) !== CH_SPACE)) throw GIVE_UP;
        const start = i;
        while (i < lineEnd) {
          const ch = text.charCodeAt(i);
          if (ch === 44 || ch === 93 || ch === 91 || ch === 123 || ch === 125) break;
          if (ch === CH_HASH && text.charCodeAt(i - 1) === CH_SPACE) throw GIVE_UP;
          if (ch === CH_COLON) throw GIVE_UP;
          i++;
        }
        let end = i;
        while (end > start && text.charCodeAt(end - 1) === CH_SPACE) end--;
        if (end === start) throw GIVE_UP;
        item = this.reader.plain(text.slice(start, end), start, end, i);
      }
      seq.items.push(item);
      const sep = text.charCodeAt(i);
      if (sep === 93) return { node: seq, close: i + 1 };
      if (sep !== 44) throw GIVE_UP;
      i++;
      skipSpaces();
      if (text.charCodeAt(i) === 93 || i >= lineEnd) throw GIVE_UP;
    }
  }

  /** A literal (`|`) or folded (`>`) block scalar whose header is at `at`, in a collection at `parentIndent`. */
  private blockScalar(at: number, parentIndent: number): { node: Scalar; end: number } {
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
    while (text.charCodeAt(i) === CH_SPACE) i++;
    if (i < text.length && text.charCodeAt(i) !== CH_NL) {
      if (text.charCodeAt(i) !== CH_HASH || i === headerEnd) throw GIVE_UP;
      i = this.lineEnd(i);
    }
    if (i >= text.length) throw GIVE_UP;
    const contentStart = i + 1;
    // The content's indentation: the first line with more than spaces.
    let j = contentStart;
    let firstIndent = -1;
    let leadingBlankMax = 0;
    while (j < text.length) {
      let k = j;
      while (text.charCodeAt(k) === CH_SPACE) k++;
      if (k < text.length && text.charCodeAt(k) !== CH_NL) {
        firstIndent = k - j;
        break;
      }
      leadingBlankMax = Math.max(leadingBlankMax, k - j);
      j = k + 1;
    }
    if (firstIndent <= parentIndent || leadingBlankMax > firstIndent) throw GIVE_UP;
    // Lines continue the scalar while blank or indented at least `firstIndent`.
    let end = j;
    let lastContentEnd = j;
    const lines: string[] = [];
    let lineStart = contentStart;
    while (lineStart < text.length) {
      let k = lineStart;
      while (text.charCodeAt(k) === CH_SPACE) k++;
      const blank = k >= text.length || text.charCodeAt(k) === CH_NL;
      if (!blank && k - lineStart < firstIndent) break;
      if (blank && k - lineStart > firstIndent) throw GIVE_UP;
      const eol = this.lineEnd(lineStart);
      lines.push(blank ? '' : text.slice(lineStart + firstIndent, eol));
      end = eol < text.length ? eol + 1 : text.length;
      if (!blank) lastContentEnd = end;
      lineStart = end;
      if (eol >= text.length) break;
    }
    let count = lines.length;
    while (count > 0 && lines[count - 1] === '') count--;
    if (count === 0) throw GIVE_UP;
    const sourceEnd = chomp === '+' ? end : lastContentEnd;
    let value = '';
    if (literal) {
      value = lines.slice(0, count).join('\n');
    } else {
      let sep = '';
      let previousMoreIndented = false;
      for (let n = 0; n < count; n++) {
        const line = lines[n]!;
        if (line === '') {
          if (sep === '\n') value += '\n';
          else sep = '\n';
        } else if (line.charCodeAt(0) === CH_SPACE) {
          if (sep === ' ') sep = '\n';
          else if (!previousMoreIndented && sep === '\n') sep = '\n\n';
          value += sep + line;
          sep = '\n';
          previousMoreIndented = true;
        } else {
          value += sep + line;
          sep = ' ';
          previousMoreIndented = false;
        }
      }
    }
    if (chomp === '+') {
      // Keep: the line break after the last content line and every blank line after it.
      value += '\n'.repeat(lines.length - count + 1);
    } else if (chomp === '') {
      value += '\n';
    }
    if (!text.endsWith('\n') && end === text.length) throw GIVE_UP;
    const node = scalar(value);
    node.source = value;
    node.type = literal ? 'BLOCK_LITERAL' : 'BLOCK_FOLDED';
    node.range = [at, sourceEnd, sourceEnd];
    this.pos = chomp === '+' ? end : lastContentEnd;
    return { node, end: sourceEnd };
  }
}

/** A nested collection is the item's value: trivia it handed up are pending in `frame`. */
function settle<T extends { carry: Trivia[] | null }>(frame: Frame, nested: T): T {
  frame.state = nested.carry ? Last.Pending : Last.Value;
  frame.tokens = nested.carry ?? [];
  frame.afterValueWithEnd = false;
  return nested;
}

/** Before a sibling key, an empty value's separator keeps its tokens up to the second qualifying line break. */
function splitAtSecondBreak(tokens: Trivia[], indent: number): Trivia[] {
  const breaks: number[] = [];
  for (const [index, token] of tokens.entries()) {
    if (token.type === NEWLINE) breaks.push(index);
    else if (token.type === COMMENT && token.indent > indent) breaks.length = 0;
  }
  return breaks.length >= 2 ? tokens.slice(0, breaks[1]) : tokens;
}
