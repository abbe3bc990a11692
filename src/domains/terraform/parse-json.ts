import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { ParseResult } from '../../core/domain.js';
import type { SourceFile } from '../../core/source.js';
import type { TerraformFile, TfAttribute, TfBlock, TfExpression } from './model.js';
import { folderOf } from './parse.js';

/** Top-level block types and how many labels their JSON nesting carries (`resource.<type>.<name>`). */
const LABELS: Record<string, number> = {
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
const NESTED_LABELS: Record<string, number> = { backend: 1 };

/** `var.x`, `local.y`, `aws_s3_bucket.b`, `data.t.n`, `module.m` inside `${…}`. */
const TRAVERSAL = /\b([a-zA-Z_][\w-]*)((?:\.[a-zA-Z_][\w-]*)+)/g;
const ONLY_REFERENCE = /^\$\{\s*([a-zA-Z_][\w-]*)((?:\.[a-zA-Z_][\w-]*)*)\s*\}$/;
const NOT_ROOTS = new Set(['each', 'count', 'self', 'path', 'terraform']);

function referenceName(root: string, names: string[]): string {
  return [root, ...names.slice(0, root === 'data' ? 2 : 1)].join('.');
}

/**
 * Reads a `.tf.json` file (Terraform's JSON syntax) into the same model as `.tf`, positions from the `yaml`
 * library's JSON-compatible parse. Strings are templates as Terraform reads them: `"${var.x}"` is a reference.
 * Whether an object is an argument or a nested block depends on the provider's schema, which is not known here:
 * a nested object is kept as both (`tags` stays readable as an attribute, `ingress` as a block).
 */
export function parseTerraformJson(file: SourceFile): ParseResult<TerraformFile> {
  // JSON.parse judges the syntax (the YAML parser, used below for positions, accepts more than JSON).
  try {
    JSON.parse(file.text);
  } catch (error) {
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
  const lineCounter = new LineCounter();
  const document = parseDocument(file.text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.slice(0, 3).map((error) => ({
        message: error.message.split('\n')[0]!,
        at: { span: file.spanOf(error.pos[0], Math.max(error.pos[1], error.pos[0] + 1)), path: 'syntax' },
      })),
      comments: [],
    };
  }
  const model: TerraformFile = {
    path: file.path,
    folder: folderOf(file.path),
    format: 'json',
    blocks: [],
    attributes: new Map(),
  };
  const root = document.contents;
  if (root && !isMap(root)) {
    return {
      ok: false,
      problems: [{ message: 'a .tf.json file holds one JSON object', at: { span: file.lineSpan(1), path: 'syntax' } }],
      comments: [],
    };
  }
  const reader = new JsonReader(file);
  for (const pair of root?.items ?? []) {
    if (!isScalar(pair.key)) continue;
    const type = String(pair.key.value);
    reader.topLevel(type, pair.key as Node, pair.value as Node | null, model.blocks);
  }
  return { ok: true, model, comments: [] };
}

class JsonReader {
  constructor(private readonly file: SourceFile) {}

  private range(node: Node): { start: number; end: number } {
    const [start, end] = node.range ?? [0, 0];
    return { start, end };
  }

  topLevel(type: string, key: Node, value: Node | null, into: TfBlock[]): void {
    const labels = LABELS[type] ?? 0;
    this.labelled(type, key, value, labels, [], undefined, '', into);
  }

  /** Walks `labels` levels of objects keyed by label, then reads each body (an object, or a list of them). */
  private labelled(
    type: string,
    key: Node,
    value: Node | null,
    labelsLeft: number,
    labels: string[],
    parent: TfBlock | undefined,
    prefix: string,
    into: TfBlock[],
  ): void {
    if (!value) return;
    if (labelsLeft > 0) {
      if (!isMap(value)) return;
      for (const pair of value.items) {
        if (!isScalar(pair.key)) continue;
        // The innermost label's key is the block's header: where its findings point.
        const label = String(pair.key.value);
        this.labelled(
          type,
          pair.key as Node,
          pair.value as Node | null,
          labelsLeft - 1,
          [...labels, label],
          parent,
          prefix,
          into,
        );
      }
      return;
    }
    const bodies = isSeq(value) ? value.items : [value];
    for (const body of bodies) {
      if (isMap(body as Node))
        into.push(
          this.block(type, labels, key, body as Node, parent, prefix, into.filter((b) => b.type === type).length),
        );
    }
  }

  private block(
    type: string,
    labels: string[],
    key: Node,
    body: Node,
    parent: TfBlock | undefined,
    prefix: string,
    index: number,
  ): TfBlock {
    const header = this.range(key);
    const whole = this.range(body);
    const path = parent ? `${prefix}.${type}[${index}]` : [type, ...labels].join('.');
    const block: TfBlock = {
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
    if (!isMap(body)) return block;
    for (const pair of body.items) {
      if (!isScalar(pair.key)) continue;
      const name = String(pair.key.value);
      // `//` keys are comments in Terraform's JSON syntax.
      if (name === '//') continue;
      const value = pair.value as Node | null;
      if (!value) continue;
      const keyRange = this.range(pair.key as Node);
      const expression = this.expression(value, `${path}.${name}`);
      const attribute: TfAttribute = {
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
      const objects = isSeq(value)
        ? value.items.every((item) => isMap(item as Node)) && value.items.length > 0
        : isMap(value);
      if (objects) this.labelled(name, pair.key as Node, value, nestedLabels, [], block, path, block.blocks);
    }
    return block;
  }

  private expression(node: Node, path: string): TfExpression {
    const { start, end } = this.range(node);
    const common = { span: this.file.spanOf(start, end), start, end, path, text: this.file.text.slice(start, end) };
    if (isMap(node)) {
      const entries = node.items.flatMap((pair) => {
        if (!isScalar(pair.key) || !pair.value) return [];
        const key = String(pair.key.value);
        return [
          {
            key,
            keyExpression: this.expression(pair.key as Node, `${path}{}`),
            value: this.expression(pair.value as Node, `${path}.${key}`),
          },
        ];
      });
      return { ...common, references: entries.flatMap((entry) => entry.value.references), kind: 'object', entries };
    }
    if (isSeq(node)) {
      const items = node.items.map((item, i) => this.expression(item as Node, `${path}[${i}]`));
      return { ...common, references: items.flatMap((item) => item.references), kind: 'tuple', items };
    }
    if (!isScalar(node)) return { ...common, references: [], kind: 'other' };
    const value = node.value;
    if (value === null) return { ...common, references: [], kind: 'null' };
    if (typeof value === 'number') return { ...common, references: [], kind: 'number', value };
    if (typeof value === 'boolean') return { ...common, references: [], kind: 'bool', value };
    const text = String(value);
    if (!text.includes('${'))
      return { ...common, references: [], kind: 'string', value: text.replace(/\$\$\{/g, '${') };
    const only = ONLY_REFERENCE.exec(text);
    if (only && !NOT_ROOTS.has(only[1]!)) {
      const names = only[2] ? only[2].slice(1).split('.') : [];
      return { ...common, references: [referenceName(only[1]!, names)], kind: 'reference', root: only[1]!, names };
    }
    const references: string[] = [];
    for (const interpolation of text.matchAll(/\$\{([^}]*)\}/g)) {
      for (const match of interpolation[1]!.matchAll(TRAVERSAL)) {
        if (NOT_ROOTS.has(match[1]!)) continue;
        references.push(referenceName(match[1]!, match[2]!.slice(1).split('.')));
      }
    }
    const parts: (string | TfExpression)[] = [];
    let last = 0;
    for (const interpolation of text.matchAll(/\$\{([^}]*)\}/g)) {
      parts.push(text.slice(last, interpolation.index));
      parts.push({ ...common, references: [], kind: 'other', text: interpolation[0] });
      last = interpolation.index! + interpolation[0].length;
    }
    parts.push(text.slice(last));
    return { ...common, references, kind: 'template', parts: parts.filter((part) => part !== '') };
  }
}
