import type { Parser, TreeCursor } from 'web-tree-sitter';
import type { Comment, ParseResult, SyntaxProblem } from '../../core/domain.js';
import type { Span } from '../../core/finding.js';
import type { SourceFile } from '../../core/source.js';
import type { TerraformFile, TfAttribute, TfBlock, TfExpression, TfObjectEntry } from './model.js';

/**
 * Nesting deeper than this is kept as opaque text rather than converted: real configurations nest a few levels,
 * and a hostile file must not exhaust the stack.
 */
const MAX_DEPTH = 64;

/** The folder of a repository-relative path (`''` at the root). */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

/**
 * Reads tree-sitter's concrete syntax tree of a `.tf` file into the model, through one cursor (a node object per
 * syntax node would cost more than the parse itself).
 */
class HclReader {
  readonly comments: Comment[] = [];

  constructor(
    private readonly cursor: TreeCursor,
    private readonly file: SourceFile,
    private readonly kinds: NodeKinds,
  ) {}

  private get type(): string {
    return this.kinds.types[this.cursor.nodeTypeId] ?? 'ERROR';
  }

  /** The kind of the node under the cursor: its type, or undefined for anonymous tokens (`=`, `{`, …). */
  private namedType(): string | undefined {
    const id = this.cursor.nodeTypeId;
    return this.kinds.named[id] ? (this.kinds.types[id] ?? 'ERROR') : undefined;
  }

  private text(): string {
    return this.file.text.slice(this.cursor.startIndex, this.cursor.endIndex);
  }

  /** Calls `visit` with the cursor on each named child (comments collected on the way), then returns to the node. */
  private each(visit: (type: string) => void): void {
    const { cursor } = this;
    if (!cursor.gotoFirstChild()) return;
    do {
      // One call into the runtime per child: the type id says both the name and whether the node is named.
      const type = this.namedType();
      if (type === undefined) continue;
      if (type === 'comment') this.comment();
      else visit(type);
    } while (cursor.gotoNextSibling());
    cursor.gotoParent();
  }

  private comment(): void {
    const start = this.cursor.startIndex;
    const { line, column } = this.file.position(start);
    const raw = this.text();
    const body = raw.startsWith('#') ? raw.slice(1) : raw.startsWith('//') ? raw.slice(2) : raw.slice(2, -2);
    const trailing =
      this.file
        .lineText(line)
        .slice(0, column - 1)
        .trim() !== '';
    this.comments.push({ line, text: body.trim(), trailing });
  }

  private node(path: string): { span: Span; start: number; end: number; path: string } {
    const { startIndex: start, endIndex: end } = this.cursor;
    return { span: this.file.spanOf(start, end), start, end, path };
  }

  /** The node under the cursor with its text: one read of its range. */
  private withText(path: string): { span: Span; start: number; end: number; path: string; text: string } {
    const { startIndex: start, endIndex: end } = this.cursor;
    return { span: this.file.spanOf(start, end), start, end, path, text: this.file.text.slice(start, end) };
  }

  readFile(): TerraformFile {
    const model: TerraformFile = {
      path: this.file.path,
      folder: folderOf(this.file.path),
      format: 'hcl',
      blocks: [],
      attributes: new Map(),
    };
    this.each((type) => {
      if (type === 'body') this.readBody(undefined, '', model.blocks, model.attributes, 0);
    });
    return model;
  }

  private readBody(
    parent: TfBlock | undefined,
    path: string,
    blocks: TfBlock[],
    attributes: Map<string, TfAttribute>,
    depth: number,
  ): void {
    const counts = new Map<string, number>();
    this.each((type) => {
      if (type === 'attribute') {
        const attribute = this.readAttribute(path, depth);
        if (attribute) attributes.set(attribute.name, attribute);
      } else if (type === 'block' && depth < MAX_DEPTH) {
        const block = this.readBlock(parent, path, counts, depth);
        if (block) blocks.push(block);
      }
    });
  }

  private readAttribute(prefix: string, depth: number): TfAttribute | undefined {
    const base = this.node('');
    let name: string | undefined;
    let nameSpan = base.span;
    let value: TfExpression | undefined;
    this.each((type) => {
      if (type === 'identifier' && name === undefined) {
        name = this.text();
        nameSpan = this.node('').span;
      } else if (type === 'expression') {
        value = this.readExpression(`${prefix}${prefix ? '.' : ''}${name}`, depth);
      }
    });
    if (name === undefined || !value) return undefined;
    return { ...base, path: `${prefix}${prefix ? '.' : ''}${name}`, name, file: this.file.path, nameSpan, value };
  }

  private readBlock(
    parent: TfBlock | undefined,
    prefix: string,
    counts: Map<string, number>,
    depth: number,
  ): TfBlock | undefined {
    const whole = this.node('');
    const commentsBefore = this.comments.length;
    let type: string | undefined;
    const labels: string[] = [];
    let headerEnd = whole.end;
    const block: TfBlock = {
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
      if (childType === 'identifier' && type === undefined) type = this.text();
      else if (childType === 'identifier' && !bodySeen) labels.push(this.text());
      else if (childType === 'string_lit' && !bodySeen) labels.push(unescapeQuoted(this.text().slice(1, -1)));
      else if (childType === 'block_start') headerEnd = this.cursor.startIndex;
      else if (childType === 'body') {
        bodySeen = true;
        if (type === undefined) return;
        block.path = blockPath(prefix, type, labels, counts, parent !== undefined);
        this.readBody(block, block.path, block.blocks, block.attributes, depth + 1);
      }
    });
    if (type === undefined) return undefined;
    block.type = type;
    if (!bodySeen) block.path = blockPath(prefix, type, labels, counts, parent !== undefined);
    // The header without trailing blanks: `resource "aws_s3_bucket" "logs"`.
    let end = headerEnd;
    while (end > whole.start && /\s/.test(this.file.text[end - 1]!)) end--;
    block.end = end;
    block.span = this.file.spanOf(whole.start, end);
    if (!parent) this.spreadPeerSkips(block, commentsBefore);
    return block;
  }

  /** At an `expression` node (or any node an expression is made of). */
  /**
   * checkov's `#checkov:skip=<id>:<reason>` inside a resource applies to the whole resource, while a marker applies
   * to the line after it: each such comment is repeated for the block's header and every line an argument or a
   * nested block starts on, so the findings of that resource are skipped wherever they point.
   */
  private spreadPeerSkips(block: TfBlock, from: number): void {
    const skips = this.comments.slice(from).filter((comment) => /checkov:skip=/i.test(comment.text));
    if (skips.length === 0) return;
    const lines = new Set<number>();
    const collect = (current: TfBlock): void => {
      lines.add(current.span.line);
      for (const attribute of current.attributes.values()) lines.add(attribute.span.line);
      for (const nested of current.blocks) collect(nested);
    };
    collect(block);
    for (const skip of skips) {
      for (const line of lines) if (line !== skip.line) this.comments.push({ line, text: skip.text, trailing: true });
    }
  }

  /** The type of the node's only named child (comments aside), or undefined when it has none or several. */
  private onlyChild(): string | undefined {
    const { cursor } = this;
    if (!cursor.gotoFirstChild()) return undefined;
    let only: string | undefined;
    let count = 0;
    do {
      const type = this.namedType();
      if (type === undefined || type === 'comment') continue;
      only = type;
      if (++count > 1) break;
    } while (cursor.gotoNextSibling());
    cursor.gotoParent();
    return count === 1 ? only : undefined;
  }

  /** Moves the cursor onto the node's first named child that is not a comment. */
  private enterOnlyChild(): void {
    const { cursor } = this;
    cursor.gotoFirstChild();
    for (let type = this.namedType(); type === undefined || type === 'comment'; type = this.namedType())
      cursor.gotoNextSibling();
  }

  private readExpression(path: string, depth: number): TfExpression {
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
      const common = { ...this.withText(path), references: [] as string[] };
      const { text } = common;
      if (nodeType === 'string_lit') return { ...common, kind: 'string', value: unescapeQuoted(text.slice(1, -1)) };
      if (nodeType === 'numeric_lit') return { ...common, kind: 'number', value: Number(text) };
      if (nodeType === 'bool_lit') return { ...common, kind: 'bool', value: text === 'true' };
      return { ...common, kind: 'null' };
    }
    const base = { ...this.withText(path), references: [] as string[] };
    if (depth > MAX_DEPTH) return { ...base, kind: 'other' };
    const type = this.type;
    if (type === 'expression') {
      // An expression node holds a single term, or a variable followed by its traversal (`var.x`, `a.b[0].c`).
      const children: { type: string; text: string; expression?: TfExpression; name?: string }[] = [];
      this.each((childType) => {
        if (childType === 'get_attr') {
          let name = '';
          this.each((inner) => {
            if (inner === 'identifier') name = this.text();
          });
          children.push({ type: childType, text: this.text(), name });
        } else if (childType === 'variable_expr') {
          children.push({ type: childType, text: this.text() });
        } else if (childType === 'index' || childType === 'splat') {
          // Index expressions may hold references (`local.list[var.i]`): keep them.
          const inner = this.readExpression(`${path}[]`, depth + 1);
          children.push({ type: childType, text: this.text(), expression: inner });
        } else {
          children.push({ type: childType, text: this.text(), expression: this.readExpression(path, depth + 1) });
        }
      });
      const first = children[0];
      if (!first) return { ...base, kind: 'other' };
      if (first.type === 'variable_expr') {
        const names: string[] = [];
        for (const child of children.slice(1)) {
          if (child.type !== 'get_attr') break;
          names.push(child.name!);
        }
        const references = [referenceName(first.text, names)];
        for (const child of children) if (child.expression) references.push(...child.expression.references);
        const plain = children.every((child) => child.type === 'variable_expr' || child.type === 'get_attr');
        if (plain) return { ...base, references, kind: 'reference', root: first.text, names };
        return { ...base, references, kind: 'other' };
      }
      if (children.length === 1 && first.expression) {
        return { ...first.expression, path, span: base.span, start: base.start, end: base.end, text: base.text };
      }
      for (const child of children) if (child.expression) base.references.push(...child.expression.references);
      return { ...base, kind: 'other' };
    }
    if (type === 'literal_value') {
      let result: TfExpression = { ...base, kind: 'other' };
      this.each((childType) => {
        if (childType === 'string_lit') {
          result = { ...base, kind: 'string', value: unescapeQuoted(this.text().slice(1, -1)) };
        } else if (childType === 'numeric_lit') result = { ...base, kind: 'number', value: Number(this.text()) };
        else if (childType === 'bool_lit') result = { ...base, kind: 'bool', value: this.text() === 'true' };
        else if (childType === 'null_lit') result = { ...base, kind: 'null' };
      });
      return result;
    }
    if (type === 'collection_value') {
      let result: TfExpression = { ...base, kind: 'other' };
      this.each((childType) => {
        if (childType === 'tuple') result = this.readTuple(base, path, depth);
        else if (childType === 'object') result = this.readObject(base, path, depth);
      });
      return result;
    }
    if (type === 'template_expr') {
      let result: TfExpression = { ...base, kind: 'other' };
      this.each((childType) => {
        result = this.readTemplate(base, childType === 'heredoc_template', path, depth);
      });
      return result;
    }
    if (type === 'function_call') {
      let name = '';
      const args: TfExpression[] = [];
      this.each((childType) => {
        if (childType === 'identifier') name = this.text();
        else if (childType === 'function_arguments') {
          this.each((argType) => {
            if (argType === 'expression') args.push(this.readExpression(`${path}(${args.length})`, depth + 1));
          });
        }
      });
      return { ...base, references: args.flatMap((arg) => arg.references), kind: 'call', name, args };
    }
    // Conditionals, operators, `for` expressions: opaque, but the references inside still count.
    this.collectReferences(base.references, path, depth);
    return { ...base, kind: 'other' };
  }

  private collectReferences(into: string[], path: string, depth: number): void {
    this.each((childType) => {
      if (childType === 'expression') into.push(...this.readExpression(path, depth + 1).references);
      else if (depth < MAX_DEPTH) this.collectReferences(into, path, depth + 1);
    });
  }

  private readTuple(base: ExpressionBase, path: string, depth: number): TfExpression {
    const items: TfExpression[] = [];
    this.each((childType) => {
      if (childType === 'expression') items.push(this.readExpression(`${path}[${items.length}]`, depth + 1));
    });
    return { ...base, references: items.flatMap((item) => item.references), kind: 'tuple', items };
  }

  private readObject(base: ExpressionBase, path: string, depth: number): TfExpression {
    const entries: TfObjectEntry[] = [];
    this.each((childType) => {
      if (childType !== 'object_elem') return;
      let keyExpression: TfExpression | undefined;
      let value: TfExpression | undefined;
      this.each((part) => {
        if (part !== 'expression') return;
        if (!keyExpression) keyExpression = this.readExpression(`${path}{}`, depth + 1);
        else {
          const key = objectKey(keyExpression);
          value = this.readExpression(`${path}.${key ?? '{}'}`, depth + 1);
        }
      });
      if (keyExpression && value) entries.push({ key: objectKey(keyExpression), keyExpression, value });
    });
    const references = entries.flatMap((entry) => [
      ...(entry.key === undefined ? entry.keyExpression.references : []),
      ...entry.value.references,
    ]);
    return { ...base, references, kind: 'object', entries };
  }

  private readTemplate(base: ExpressionBase, heredoc: boolean, path: string, depth: number): TfExpression {
    const parts: (string | TfExpression)[] = [];
    let literalOnly = true;
    let stripIndent = false;
    this.each((childType) => {
      if (childType === 'heredoc_start') stripIndent = this.text().startsWith('<<-');
      else if (childType === 'template_literal') parts.push(heredoc ? this.text() : unescapeQuoted(this.text()));
      else if (childType === 'template_interpolation') {
        this.each((inner) => {
          if (inner === 'expression') parts.push(this.readExpression(`${path}\${}`, depth + 1));
        });
        literalOnly = false;
      } else if (childType === 'template_directive') {
        literalOnly = false;
        const references: string[] = [];
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
    if (literalOnly) return { ...base, kind: 'string', value: parts.join('') };
    return { ...base, references, kind: 'template', parts };
  }
}

type ExpressionBase = Omit<TfExpression, 'kind'> & { text: string; references: string[] };

function blockPath(
  prefix: string,
  type: string,
  labels: string[],
  counts: Map<string, number>,
  nested: boolean,
): string {
  if (!nested) return [type, ...labels].join('.');
  const index = counts.get(type) ?? 0;
  counts.set(type, index + 1);
  return `${prefix}.${type}[${index}]`;
}

/** `var.name`, `local.x`, `aws_s3_bucket.logs`, `data.aws_iam_policy_document.x`, `module.vpc`. */
function referenceName(root: string, names: string[]): string {
  const size = root === 'data' ? 2 : 1;
  return [root, ...names.slice(0, size)].join('.');
}

function objectKey(key: TfExpression): string | undefined {
  if (key.kind === 'string') return key.value;
  // A bare name as a key is the name itself, not a reference (`{ Name = "x" }`).
  if (key.kind === 'reference' && key.names.length === 0) return key.root;
  return undefined;
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** The value of a quoted string's literal part: HCL escapes, and `$${` / `%%{` for a literal `${` / `%{`. */
export function unescapeQuoted(raw: string): string {
  if (!raw.includes('\\') && !raw.includes('$${') && !raw.includes('%%{')) return raw;
  return raw.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|([$%])\2\{/g, (whole, escape: string, mark: string) => {
    if (mark) return `${mark}{`;
    if (escape.length > 1) return String.fromCodePoint(Number.parseInt(escape.slice(1), 16));
    return ESCAPES[escape] ?? whole;
  });
}

/** `<<-EOT` removes the indentation common to every non-blank line. */
function dedent(body: string): string {
  const lines = body.split('\n');
  let common = Number.POSITIVE_INFINITY;
  for (const line of lines) {
    if (line.trim() === '') continue;
    common = Math.min(common, line.length - line.trimStart().length);
  }
  if (!Number.isFinite(common) || common === 0) return body;
  return lines.map((line) => line.slice(common)).join('\n');
}

/**
 * Where tree-sitter had to give up (ERROR) or invent a token (MISSING): at most a few, in document order. Walked
 * with a loop rather than recursion: a hostile file may nest deeper than the stack.
 */
function syntaxProblems(cursor: TreeCursor, file: SourceFile): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  for (;;) {
    const type = cursor.nodeType;
    const broken = cursor.nodeIsMissing || type === 'ERROR';
    if (broken) {
      const { startIndex, endIndex } = cursor;
      const near = file.text
        .slice(startIndex, Math.min(endIndex, startIndex + 40))
        .split('\n')[0]!
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
      if (problems.length >= 3) break;
    }
    // Into the node's children unless it is an ERROR (its inside is the parser's guesswork), else onwards.
    if (!(type === 'ERROR') && cursor.gotoFirstChild()) continue;
    let moved = cursor.gotoNextSibling();
    while (!moved && cursor.gotoParent()) moved = cursor.gotoNextSibling();
    if (!moved) break;
  }
  return problems;
}

/** The grammar's node types by id, and which are named: read once per language. */
interface NodeKinds {
  types: string[];
  named: boolean[];
}

const KINDS = new WeakMap<object, NodeKinds>();

function kindsOf(parser: Parser): NodeKinds {
  const language = parser.language!;
  let kinds = KINDS.get(language);
  if (!kinds) {
    const types = language.types;
    kinds = { types, named: types.map((_, id) => language.nodeTypeIsNamed(id)) };
    KINDS.set(language, kinds);
  }
  return kinds;
}

/** Parses a `.tf` file with the given tree-sitter parser (see grammar.ts). */
export function parseHcl(parser: Parser, file: SourceFile): ParseResult<TerraformFile> {
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
  } finally {
    tree.delete();
  }
}
