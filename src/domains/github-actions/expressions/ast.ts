/** Expression syntax tree. Offsets are into the expression text (add the expression's own offset for the file). */
export type ExprNode =
  | {
      kind: 'literal';
      type: 'null' | 'boolean' | 'number' | 'string';
      value: string | number | boolean | null;
      start: number;
      end: number;
    }
  | { kind: 'context'; name: string; start: number; end: number }
  | { kind: 'property'; object: ExprNode; name: string; nameStart: number; start: number; end: number }
  | { kind: 'index'; object: ExprNode; index: ExprNode; start: number; end: number }
  | { kind: 'star'; object: ExprNode; start: number; end: number }
  | { kind: 'call'; name: string; nameEnd: number; args: ExprNode[]; start: number; end: number }
  | { kind: 'not'; operand: ExprNode; start: number; end: number }
  | { kind: 'binary'; op: string; left: ExprNode; right: ExprNode; start: number; end: number };

/** Visits every node, parents before children. */
export function visit(node: ExprNode, fn: (node: ExprNode) => void): void {
  fn(node);
  switch (node.kind) {
    case 'property':
    case 'star':
      visit(node.object, fn);
      break;
    case 'index':
      visit(node.object, fn);
      visit(node.index, fn);
      break;
    case 'call':
      for (const arg of node.args) visit(arg, fn);
      break;
    case 'not':
      visit(node.operand, fn);
      break;
    case 'binary':
      visit(node.left, fn);
      visit(node.right, fn);
      break;
    default:
      break;
  }
}

/** One segment of a context access path: a name, `*`, or an index that is not a literal. */
export type PathSegment =
  | { name: string; start: number; end: number }
  | { star: true; start: number; end: number }
  | { dynamic: true; start: number; end: number };

export interface ContextAccess {
  /** The context name, lower-cased (`github`, `matrix`, …). */
  context: string;
  /** Segments after the context name, in order. Literal string indexes (`x['a']`) count as names. */
  path: PathSegment[];
  start: number;
  end: number;
  /** The node of the whole access chain. */
  node: ExprNode;
}

/**
 * Every maximal context access chain in an expression (`needs.build.outputs.version`, `matrix['os']`), outermost
 * only: `github.event.pull_request.title` yields one access, not four.
 */
export function contextAccesses(root: ExprNode): ContextAccess[] {
  const out: ContextAccess[] = [];
  const walk = (node: ExprNode): void => {
    if (node.kind === 'property' || node.kind === 'index' || node.kind === 'star' || node.kind === 'context') {
      const path: PathSegment[] = [];
      let cursor: ExprNode = node;
      const pending: ExprNode[] = [];
      while (cursor.kind === 'property' || cursor.kind === 'index' || cursor.kind === 'star') {
        if (cursor.kind === 'property') path.unshift({ name: cursor.name, start: cursor.nameStart, end: cursor.end });
        else if (cursor.kind === 'star') path.unshift({ star: true, start: cursor.end - 1, end: cursor.end });
        else if (cursor.index.kind === 'literal' && cursor.index.type === 'string') {
          path.unshift({ name: String(cursor.index.value), start: cursor.index.start, end: cursor.index.end });
        } else {
          path.unshift({ dynamic: true, start: cursor.index.start, end: cursor.index.end });
          pending.push(cursor.index);
        }
        cursor = cursor.object;
      }
      if (cursor.kind === 'context') {
        out.push({ context: cursor.name.toLowerCase(), path, start: node.start, end: node.end, node });
      } else {
        walk(cursor);
      }
      for (const inner of pending) walk(inner);
      return;
    }
    if (node.kind === 'call') for (const arg of node.args) walk(arg);
    else if (node.kind === 'not') walk(node.operand);
    else if (node.kind === 'binary') {
      walk(node.left);
      walk(node.right);
    }
  };
  walk(root);
  return out;
}
