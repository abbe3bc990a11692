import type { ExprNode } from './ast.js';
import { ExpressionError, tokenize, type Token } from './lexer.js';

/**
 * Parses one expression (the text between `${{` and `}}`, or a bare `if:`). Throws ExpressionError with the offset
 * of the first problem. Precedence, loosest first: `||`, `&&`, `== !=`, `< <= > >=`, `!`, then access and calls.
 */
export function parseExpression(text: string): ExprNode {
  const tokens = tokenize(text);
  let position = 0;
  const peek = (): Token => tokens[position]!;
  const next = (): Token => tokens[position++]!;
  const fail = (token: Token, message: string): never => {
    throw new ExpressionError(message, token.start, Math.max(1, token.end - token.start));
  };
  const describe = (token: Token): string =>
    token.kind === 'eof' ? 'end of expression' : `"${text.slice(token.start, token.end)}"`;
  const expect = (kind: Token['kind'], what: string): Token => {
    const token = peek();
    if (token.kind !== kind) fail(token, `expected ${what}, found ${describe(token)}`);
    return next();
  };

  const binary = (ops: string[], operand: () => ExprNode) => (): ExprNode => {
    let left = operand();
    while (peek().kind === 'op' && ops.includes(peek().text)) {
      const op = next().text;
      const right = operand();
      left = { kind: 'binary', op, left, right, start: left.start, end: right.end };
    }
    return left;
  };

  const primary = (): ExprNode => {
    const token = next();
    switch (token.kind) {
      case 'null':
      case 'boolean':
      case 'number':
      case 'string':
        return { kind: 'literal', type: token.kind, value: token.value ?? null, start: token.start, end: token.end };
      case 'lparen': {
        const inner = or();
        const close = expect('rparen', '")"');
        return { ...inner, start: token.start, end: close.end } as ExprNode;
      }
      case 'identifier': {
        if (peek().kind === 'lparen') {
          next();
          const args: ExprNode[] = [];
          if (peek().kind !== 'rparen') {
            for (;;) {
              args.push(or());
              if (peek().kind === 'comma') {
                next();
                continue;
              }
              break;
            }
          }
          const close = expect('rparen', '"," or ")"');
          return { kind: 'call', name: token.text, nameEnd: token.end, args, start: token.start, end: close.end };
        }
        return { kind: 'context', name: token.text, start: token.start, end: token.end };
      }
      default:
        return fail(token, `unexpected ${describe(token)}`);
    }
  };

  const postfix = (): ExprNode => {
    let node = primary();
    for (;;) {
      const token = peek();
      if (token.kind === 'dot') {
        next();
        const name = next();
        if (name.kind === 'star') node = { kind: 'star', object: node, start: node.start, end: name.end };
        else if (
          name.kind === 'identifier' ||
          name.kind === 'null' ||
          name.kind === 'boolean' ||
          (name.kind === 'number' && /^[A-Za-z]/.test(name.text))
        ) {
          node = {
            kind: 'property',
            object: node,
            name: name.text,
            nameStart: name.start,
            start: node.start,
            end: name.end,
          };
        } else fail(name, `expected a property name after ".", found ${describe(name)}`);
      } else if (token.kind === 'lbracket') {
        next();
        if (peek().kind === 'star') {
          next();
          const close = expect('rbracket', '"]"');
          node = { kind: 'star', object: node, start: node.start, end: close.end };
        } else {
          const index = or();
          const close = expect('rbracket', '"]"');
          node = { kind: 'index', object: node, index, start: node.start, end: close.end };
        }
      } else {
        return node;
      }
    }
  };

  const unary = (): ExprNode => {
    if (peek().kind === 'not') {
      const bang = next();
      const operand = unary();
      return { kind: 'not', operand, start: bang.start, end: operand.end };
    }
    return postfix();
  };

  const comparison = binary(['<', '<=', '>', '>='], unary);
  const equality = binary(['==', '!='], comparison);
  const and = binary(['&&'], equality);
  const or = binary(['||'], and);

  if (peek().kind === 'eof') fail(peek(), 'empty expression');
  const root = or();
  if (peek().kind !== 'eof') fail(peek(), `unexpected ${describe(peek())} after the end of the expression`);
  return root;
}
