import { defineRule, type RuleContext } from '../../core/rule.js';
import { visit } from '../../domains/github-actions/expressions/index.js';
import type { Expression, GhaModel } from '../../domains/github-actions/index.js';
import { forEachExpression } from './support/each.js';

function checkExpression(context: RuleContext, expression: Expression): void {
  const ast = expression.ast;
  if (!ast || !expression.body.includes('||')) return;
  visit(ast, (node) => {
    if (node.kind !== 'binary' || node.op !== '||' || node.left.kind !== 'binary' || node.left.op !== '&&') return;
    const middle = node.left.right;
    if (middle.kind !== 'literal') return;
    const falsy = middle.value === '' || middle.value === 0 || middle.value === false || middle.value === null;
    if (!falsy) return;
    context.report({
      at: expression.atBody(middle.start, middle.end),
      messageId: 'falsy',
      data: { value: expression.body.slice(middle.start, middle.end) },
    });
  });
}

export default defineRule({
  meta: {
    id: 'gha/falsy-ternary',
    domain: 'github-actions',
    description:
      "`cond && '' || 'x'` is not a ternary: when the middle value is falsy (`''`, `0`, `false`, `null`) the result is always the last one.",
    category: 'correctness',
    defaultSeverity: 'warning',
    recommended: true,
    equivalents: { zizmor: ['unsound-ternary'] },
    messages: {
      falsy:
        '`{{value}}` is falsy, so `a && {{value}} || b` always gives `b`: use `case(a, {{value}}, b)` or swap the branches with `!a && b || {{value}}`.',
    },
  },
  create(context) {
    return {
      exit(model: GhaModel) {
        forEachExpression(model, (expression) => checkExpression(context, expression));
      },
    };
  },
});
