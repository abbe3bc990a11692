import { isMap, isScalar, isSeq, type Document, type Node, type Scalar } from 'yaml';
import type { Locatable, Span } from '../../core/finding.js';
import type { SourceFile } from '../../core/source.js';
import { deref, pathString, type KeyPath, type YamlFile } from '../yaml/document.js';
import type { GhaFileContext, GhaNode, Val } from './model.js';
import type { ValNode } from './nodes.js';
import { offsetMap, type OffsetMap } from './scalar.js';

/** Trims trailing white space and line breaks (block scalars end on the next line) so spans end on the last character. */
export function tightSpan(file: SourceFile, start: number, end: number): Span {
  const text = file.text;
  let last = end;
  while (last > start + 1) {
    const code = text.charCodeAt(last - 1);
    if (code === 10 || code === 13 || code === 32 || code === 9) last--;
    else break;
  }
  return file.spanOf(start, Math.max(last, start + 1));
}

export function nodeSpan(file: SourceFile, node: Node | null | undefined): Span | undefined {
  const range = node?.range;
  if (!range) return undefined;
  return tightSpan(file, range[0], range[1]);
}

/** The key's name as written: YAML 1.1 documents read `on` as a boolean; its source text is still `on`. */
export function keyName(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined;
  const value = key.value;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' && key.source) return key.source;
  return value === null ? undefined : String(value);
}

/** A map entry by key name, aliases resolved. */
export interface Entry {
  name: string;
  key: Scalar;
  value: Node | null;
}

/**
 * Shared by every node of one file: the text, the YAML document, and the span/offset helpers. Nodes keep a
 * reference to it so they make Locatables only when a rule reports.
 */
export class FileContext implements GhaFileContext {
  /** Scalar values by YAML node, so expressions found later attach to the values the model holds. */
  readonly valsByNode = new Map<Node, ValNode[]>();
  private trailing: Map<number, string> | undefined;
  private carriageReturn: boolean | undefined;
  private readonly maps = new Map<Node, OffsetMap>();

  constructor(
    readonly file: SourceFile,
    readonly document: Document.Parsed,
    private readonly yaml: YamlFile,
  ) {}

  /** Trailing comments by line, from the lexer's comment pass (made only when a line needs it). */
  get trailingComments(): Map<number, string> {
    if (!this.trailing) {
      this.trailing = new Map();
      for (const comment of this.yaml.comments) if (comment.trailing) this.trailing.set(comment.line, comment.text);
    }
    return this.trailing;
  }

  /** Whether the text has a CR anywhere (looked for once per file, not per `uses:`). */
  private get hasCarriageReturn(): boolean {
    return (this.carriageReturn ??= this.file.text.includes('\r'));
  }

  /**
   * The trailing comment on the line where `node` ends (the `# v4.1.1` of a `uses:`). A one-line plain or quoted
   * scalar is read from the text after it: white space then `#` starts a comment there, and a line with no `#`
   * after the scalar has none. Anything else (collections, block scalars, other text after the value, CR line
   * breaks) asks the lexer's comment pass, which is then made once for the file.
   */
  trailingCommentAt(node: Node, range: [number, number, number]): string | undefined {
    const text = this.file.text;
    const end = range[1];
    if (
      isScalar(node) &&
      end > range[0] &&
      (node.type === 'PLAIN' || node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') &&
      !this.hasCarriageReturn
    ) {
      let eol = text.indexOf('\n', end);
      if (eol < 0) eol = text.length;
      const hash = text.indexOf('#', end);
      if (hash < 0 || hash >= eol) return undefined;
      let i = end;
      while (i < hash && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
      if (i === hash && hash > end) return text.slice(hash + 1, eol).trim();
    }
    return this.trailingComments.get(this.file.position(Math.max(range[0], end - 1)).line);
  }

  /** The node an alias stands for (linked once per document by parseYaml), or the node itself. */
  resolve(node: unknown): Node | null {
    return deref(node);
  }

  /** A mapping's entries with a name, in document order; none for anything else. */
  entries(node: Node | null): Entry[] {
    if (!isMap(node)) return [];
    const out: Entry[] = [];
    for (const pair of node.items) {
      const name = keyName(pair.key);
      if (name === undefined) continue;
      out.push({ name, key: pair.key as Scalar, value: this.resolve(pair.value) });
    }
    return out;
  }

  /**
   * The entry of a mapping named `name`, or undefined. Equal names (`1` and `'1'`) keep the last, as a Map of the
   * entries would. A scan instead of a Map: the mappings of a workflow are small and most names are looked up once.
   */
  field(node: Node | null, name: string): Entry | undefined {
    if (!isMap(node)) return undefined;
    const items = node.items;
    for (let i = items.length - 1; i >= 0; i--) {
      const pair = items[i]!;
      if (keyName(pair.key) === name) return { name, key: pair.key as Scalar, value: this.resolve(pair.value) };
    }
    return undefined;
  }

  /** The value-to-file offset map of a string scalar, built once and only when a span inside it is needed. */
  offsets(node: Scalar, value: string): OffsetMap {
    let map = this.maps.get(node);
    if (!map) {
      map = offsetMap(this.file.text, node, value);
      this.maps.set(node, map);
    }
    return map;
  }

  atValue(val: Val, start: number, end: number): Locatable {
    const node = val.node;
    if (!isScalar(node) || typeof val.value !== 'string') return { span: val.span, path: val.path };
    const map = this.offsets(node, val.value);
    const from = map(start);
    const to = map(Math.max(start, end - 1)) + 1;
    return { span: this.file.spanOf(from, Math.max(to, from + 1)), path: val.path };
  }

  at(base: GhaNode, subPath: KeyPath = [], options: { key?: boolean } = {}): Locatable {
    const keyPath = subPath.length === 0 ? base.keyPath : [...base.keyPath, ...subPath];
    const path = pathString(keyPath);
    if (subPath.length === 0) return { span: options.key ? base.keySpan : base.span, path };
    let node: Node | null = base.node;
    let best: Span = base.span;
    for (const [i, segment] of subPath.entries()) {
      if (isMap(node)) {
        const pair = node.items.find((item) => keyName(item.key) === String(segment));
        if (!pair) break;
        const value = this.resolve(pair.value);
        const last = i === subPath.length - 1;
        const chosen = last && options.key ? (pair.key as Node) : (value ?? (pair.key as Node));
        best = nodeSpan(this.file, chosen) ?? best;
        node = value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = this.resolve(node.items[segment]);
        if (!item) break;
        best = nodeSpan(this.file, item) ?? best;
        node = item;
      } else {
        break;
      }
    }
    return { span: best, path };
  }
}
