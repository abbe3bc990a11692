import { isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import type { KeyPath } from '../yaml/document.js';
import type { FileContext } from './context.js';
import type { Matrix, MatrixAxis, MatrixCell, MatrixRow } from './model.js';
import { NodeBase } from './nodes.js';

/** Deeper or larger matrix values are cut off: a matrix is a few rows of scalars, not a data file. */
const MAX_DEPTH = 32;
const MAX_ITEMS = 10_000;

const EXPRESSION = /\$\{\{/;

/** A YAML value as plain data (aliases resolved); strings holding `${{ }}` are kept as written. */
function toData(context: FileContext, node: Node | null, depth: number, budget: { left: number }): unknown {
  if (depth > MAX_DEPTH || budget.left-- <= 0) return undefined;
  if (isScalar(node)) return node.value;
  if (isSeq(node)) return node.items.map((item) => toData(context, context.resolve(item), depth + 1, budget));
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const entry of context.entries(node)) out[entry.name] = toData(context, entry.value, depth + 1, budget);
    return out;
  }
  return null;
}

function isDynamic(data: unknown): boolean {
  if (typeof data === 'string') return EXPRESSION.test(data);
  if (Array.isArray(data)) return data.some(isDynamic);
  if (data !== null && typeof data === 'object') return Object.values(data).some(isDynamic);
  return false;
}

class MatrixCellNode extends NodeBase implements MatrixCell {
  declare data: unknown;
  declare dynamic: boolean;
}

class MatrixRowNode extends NodeBase implements MatrixRow {
  declare cells: Map<string, MatrixCell>;
}

function cell(
  context: FileContext,
  keyPath: KeyPath,
  node: Node | null,
  key: Scalar | null,
  budget: { left: number },
): MatrixCell {
  const out = new MatrixCellNode(context, keyPath, node, key);
  out.data = toData(context, node, 0, budget);
  out.dynamic = isDynamic(out.data);
  return out;
}

/** The rows of `include:`/`exclude:`; undefined when the list is an expression (known only at run time). */
function rows(context: FileContext, keyPath: KeyPath, node: Node | null, budget: { left: number }) {
  if (!isSeq(node)) return isScalar(node) && typeof node.value === 'string' ? undefined : [];
  const out: MatrixRow[] = [];
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

class MatrixNode extends NodeBase implements Matrix {
  declare dynamic: boolean;
  declare axes: Map<string, MatrixAxis>;
  declare include: MatrixRow[] | undefined;
  declare exclude: MatrixRow[] | undefined;

  valuesOf(name: string): MatrixCell[] | undefined {
    if (this.dynamic || this.include === undefined) return undefined;
    const axis = this.axes.get(name);
    if (axis && axis.values === undefined) return undefined;
    const values = [...(axis?.values ?? [])];
    for (const row of this.include) {
      const value = row.cells.get(name);
      if (value) values.push(value);
    }
    return values;
  }
}

/** Reads `strategy.matrix` (the node at `keyPath`) as data: its axes, `include` and `exclude` rows. */
export function readMatrix(context: FileContext, keyPath: KeyPath, node: Node | null): Matrix {
  const matrix = new MatrixNode(context, keyPath, node, null);
  const budget = { left: MAX_ITEMS };
  matrix.axes = new Map();
  matrix.include = [];
  matrix.exclude = [];
  matrix.dynamic = !isMap(node);
  for (const entry of context.entries(node)) {
    const path = [...keyPath, entry.name];
    if (entry.name === 'include') matrix.include = rows(context, path, entry.value, budget);
    else if (entry.name === 'exclude') matrix.exclude = rows(context, path, entry.value, budget);
    else {
      const values = isSeq(entry.value)
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
