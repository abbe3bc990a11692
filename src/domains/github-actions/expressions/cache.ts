import { contextAccesses, type ContextAccess, type ExprNode } from './ast.js';
import { ExpressionError } from './lexer.js';
import { parseExpression } from './parser.js';

const parsed = new Map<string, { ast?: ExprNode; error?: ExpressionError }>();

/**
 * Parses an expression body once per run: bodies repeat a lot within a file and across a repository's workflows
 * (`${{ github.ref }}`, `${{ secrets.GITHUB_TOKEN }}`). ASTs are shared, so they must not be changed.
 */
export function parseCached(body: string): { ast?: ExprNode; error?: ExpressionError } {
  let hit = parsed.get(body);
  if (!hit) {
    try {
      hit = { ast: parseExpression(body) };
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error;
      hit = { error };
    }
    if (parsed.size > 20_000) parsed.clear();
    parsed.set(body, hit);
  }
  return hit;
}

const accessCache = new WeakMap<ExprNode, ContextAccess[]>();

/** Context access chains of a parsed expression, computed once per distinct AST. */
export function accessesOf(ast: ExprNode): ContextAccess[] {
  let hit = accessCache.get(ast);
  if (!hit) {
    hit = contextAccesses(ast);
    accessCache.set(ast, hit);
  }
  return hit;
}
