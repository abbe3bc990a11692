import { defineRule, type RuleContext } from '../../core/rule.js';
import { visit } from '../../domains/github-actions/expressions/index.js';
import type { Expression, GhaModel } from '../../domains/github-actions/index.js';
import { forEachExpression } from './support/each.js';

function checkExpression(context: RuleContext, expression: Expression): void {
  const ast = expression.ast;
  if (!ast || !/contains/i.test(expression.body)) return;
  visit(ast, (node) => {
    if (node.kind !== 'call' || node.name.toLowerCase() !== 'contains' || node.args.length !== 2) return;
    const haystack = node.args[0]!;
    const needle = node.args[1]!;
    if (haystack.kind !== 'literal' || haystack.type !== 'string' || needle.kind === 'literal') return;
    const text = String(haystack.value);
    const first = text.split(/[\s,]+/).find(Boolean) ?? text;
    const example = first.length > 1 ? first.slice(0, -1) : '';
    context.report({
      at: expression.atBody(node.start, node.end),
      messageId: 'substring',
      data: { haystack: `'${text}'`, example },
    });
  });
}

export default defineRule({
  meta: {
    id: 'gha/unsound-contains',
    domain: 'github-actions',
    description:
      "`contains('a b c', x)` with a string first argument tests for a substring, so parts of the allowed values (and empty strings) pass too.",
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 5.0,
    messages: {
      substring:
        "`contains()` with the string {{haystack}} first matches any substring of it (`{{example}}` passes): list the values with `fromJSON('[…]')` and test membership.",
    },
    equivalents: { zizmor: ['unsound-contains'], pipefort: ['cicd-sec-1-unsound-contains'] },
  },
  create(context) {
    return {
      exit(model: GhaModel) {
        forEachExpression(model, (expression) => checkExpression(context, expression));
      },
    };
  },
});
