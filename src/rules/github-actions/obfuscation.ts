import { defineRule } from '../../core/rule.js';
import type { Expression, Job, Step, Uses } from '../../domains/github-actions/index.js';
import type { ExprNode } from '../../domains/github-actions/expressions/index.js';

/**
 * Functions whose result depends only on their arguments: with literal arguments the call is a constant. `fromJSON`
 * and `toJSON` are left out: `fromJSON('10')` or `fromJSON('{}')` is the usual way to write a typed value.
 */
const PURE_FUNCTIONS = new Set(['format', 'startswith', 'endswith', 'contains', 'join']);

/** True when the node reads no context and calls only pure functions: its value is fixed when the file is written. */
function isConstant(node: ExprNode): boolean {
  switch (node.kind) {
    case 'literal':
      return true;
    case 'not':
      return isConstant(node.operand);
    case 'binary':
      return isConstant(node.left) && isConstant(node.right);
    case 'call':
      return PURE_FUNCTIONS.has(node.name.toLowerCase()) && node.args.every(isConstant);
    default:
      return false;
  }
}

/** The smallest non-literal subexpression that is constant (a call or operator on literals), or undefined. */
function reducible(node: ExprNode): ExprNode | undefined {
  if (node.kind !== 'literal' && isConstant(node)) return node;
  switch (node.kind) {
    case 'not':
      return reducible(node.operand);
    case 'binary':
      return reducible(node.left) ?? reducible(node.right);
    case 'call':
      for (const arg of node.args) {
        const found = reducible(arg);
        if (found) return found;
      }
      return undefined;
    case 'property':
    case 'star':
      return reducible(node.object);
    case 'index':
      return reducible(node.object) ?? reducible(node.index);
    default:
      return undefined;
  }
}

/** Path segments after `owner/repo` that are empty, `.` or `..`: GitHub normalises them away, readers do not. */
function obscurePath(uses: Uses): boolean {
  if (uses.kind !== 'repository') return false;
  const at = uses.value.indexOf('@');
  const segments = (at === -1 ? uses.value : uses.value.slice(0, at)).split('/').slice(2);
  return segments.some((segment) => segment === '' || segment === '.' || segment === '..');
}

export default defineRule({
  meta: {
    id: 'gha/obfuscation',
    domain: 'github-actions',
    description:
      'Write `uses:` paths and expressions plainly: `.`, `..` and empty segments in an action path, and expressions of literals only, hide what runs from a reviewer.',
    category: 'security',
    defaultSeverity: 'note',
    recommended: true,
    messages: {
      usesPath:
        '`{{uses}}` has empty, `.` or `..` segments in its path: GitHub resolves them, but a reviewer reads a different action. Write the plain path.',
      constant:
        '`{{text}}` uses no context, so its value is fixed when the file is written: write the value itself instead of an expression.',
    },
    equivalents: { zizmor: ['obfuscation'] },
  },
  create(context) {
    const checkUses = (uses: Uses | undefined): void => {
      if (uses && obscurePath(uses)) context.report({ at: uses, messageId: 'usesPath', data: { uses: uses.value } });
    };
    return {
      job(job: Job) {
        checkUses(job.uses);
      },
      step(step: Step) {
        checkUses(step.uses);
      },
      expression(expression: Expression) {
        const ast = expression.ast;
        if (!ast || expression.form !== 'embedded') return;
        // A lone literal such as `${{ true }}` is how YAML passes a typed value to `with:` or `if:`; only in a
        // script is it pointless text. Calls and operators on literals are reducible anywhere.
        const found = ast.kind === 'literal' ? (expression.place === 'run' ? ast : undefined) : reducible(ast);
        if (!found) return;
        context.report({
          at: expression.atBody(found.start, found.end),
          messageId: 'constant',
          data: { text: expression.body.slice(found.start, found.end).trim() },
        });
      },
    };
  },
});
