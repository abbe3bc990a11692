/**
 * A small evaluator of GitHub Actions expressions over the kit's own expression parser, so the contract test can
 * evaluate the real `if:`, `with:` and `concurrency:` values of the reusable workflows under chosen events instead
 * of matching their text. Semantics follow GitHub's: `&&`/`||` return an operand, `==` compares strings without
 * case and coerces mixed types to numbers, and `contains`/`startsWith` ignore case.
 */
import { parseExpression, type ExprNode } from '../../src/domains/github-actions/expressions/index.js';

export type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

export interface Scope {
  contexts: Record<string, Value>;
  /** Result of success()/failure()/cancelled()/always() for the job being evaluated. */
  status?: { success: boolean; failure: boolean; cancelled: boolean };
}

const truthy = (value: Value): boolean =>
  !(
    value === false ||
    value === 0 ||
    value === '' ||
    value === null ||
    (typeof value === 'number' && Number.isNaN(value))
  );

const toNumber = (value: Value): number => {
  if (value === null) return 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.trim() === '' ? 0 : Number(value);
  return Number.NaN;
};

function equal(left: Value, right: Value): boolean {
  if (typeof left === 'string' && typeof right === 'string') return left.toLowerCase() === right.toLowerCase();
  if (typeof left === typeof right && (typeof left !== 'object' || left === null)) return left === right;
  if (typeof left === 'object' && left !== null) return left === right;
  return toNumber(left) === toNumber(right);
}

const text = (value: Value): string =>
  value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);

function lookup(object: Value, key: string): Value {
  if (object === null || typeof object !== 'object' || Array.isArray(object)) return null;
  const match = Object.keys(object).find((name) => name.toLowerCase() === key.toLowerCase());
  return match === undefined ? null : object[match]!;
}

function evalNode(node: ExprNode, scope: Scope): Value {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'context':
      return scope.contexts[node.name.toLowerCase()] ?? null;
    case 'property':
      return lookup(evalNode(node.object, scope), node.name);
    case 'index':
      return lookup(evalNode(node.object, scope), text(evalNode(node.index, scope)));
    case 'not':
      return !truthy(evalNode(node.operand, scope));
    case 'binary': {
      const left = evalNode(node.left, scope);
      if (node.op === '&&') return truthy(left) ? evalNode(node.right, scope) : left;
      if (node.op === '||') return truthy(left) ? left : evalNode(node.right, scope);
      const right = evalNode(node.right, scope);
      if (node.op === '==') return equal(left, right);
      if (node.op === '!=') return !equal(left, right);
      throw new Error(`operator ${node.op} is not supported by the test evaluator`);
    }
    case 'call': {
      const args = node.args.map((arg) => evalNode(arg, scope));
      const status = scope.status ?? { success: true, failure: false, cancelled: false };
      switch (node.name.toLowerCase()) {
        case 'contains':
          return Array.isArray(args[0])
            ? args[0].some((item) => equal(item, args[1]!))
            : text(args[0]!).toLowerCase().includes(text(args[1]!).toLowerCase());
        case 'startswith':
          return text(args[0]!).toLowerCase().startsWith(text(args[1]!).toLowerCase());
        case 'format':
          return text(args[0]!).replace(/\{(\d+)\}/g, (_, index: string) => text(args[Number(index) + 1] ?? null));
        case 'success':
          return status.success;
        case 'failure':
          return status.failure;
        case 'cancelled':
          return status.cancelled;
        case 'always':
          return true;
        case 'hashfiles':
          return '';
        default:
          throw new Error(`function ${node.name} is not supported by the test evaluator`);
      }
    }
    default:
      throw new Error(`expression node ${node.kind} is not supported by the test evaluator`);
  }
}

/** Evaluates an `if:` value (with or without `${{ }}`). */
export function evaluateCondition(condition: string | boolean | undefined, scope: Scope): boolean {
  if (condition === undefined) return scope.status?.success ?? true;
  if (typeof condition === 'boolean') return condition;
  const inner = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(condition)?.[1] ?? condition;
  return truthy(evalNode(parseExpression(inner), scope));
}

/** Evaluates a value that may embed `${{ }}`: a whole expression keeps its type, mixed text becomes a string. */
export function evaluateValue(value: unknown, scope: Scope): Value {
  if (typeof value !== 'string') return value as Value;
  const whole = /^\s*\$\{\{([\s\S]*?)\}\}\s*$/.exec(value);
  if (whole) return evalNode(parseExpression(whole[1]!), scope);
  return value.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) =>
    text(evalNode(parseExpression(expression), scope)),
  );
}
