import { defineRule, type RuleContext } from '../../core/rule.js';
import { visit, type ExprNode } from '../../domains/github-actions/expressions/index.js';
import type { Expression, GhaModel } from '../../domains/github-actions/index.js';
import { forEachExpression } from './support/each.js';

const isSecretsAccess = (node: ExprNode): boolean => {
  let cursor = node;
  while (cursor.kind === 'property' || cursor.kind === 'index') cursor = cursor.object;
  return cursor.kind === 'context' && cursor.name.toLowerCase() === 'secrets' && cursor !== node;
};

function checkExpression(context: RuleContext, expression: Expression): void {
  const ast = expression.ast;
  if (!ast || !/fromjson/i.test(expression.body)) return;
  visit(ast, (node) => {
    if (
      node.kind !== 'call' ||
      node.name.toLowerCase() !== 'fromjson' ||
      node.args.length !== 1 ||
      !isSecretsAccess(node.args[0]!)
    )
      return;
    context.report({
      at: expression.atBody(node.start, node.end),
      messageId: 'parsed',
      data: { text: expression.body.slice(node.start, node.end) },
    });
  });
}

export default defineRule({
  meta: {
    id: 'gha/unredacted-secrets',
    domain: 'github-actions',
    description:
      'Secrets holding JSON must not be taken apart with `fromJSON()`: GitHub masks the whole secret in logs, not the values inside it.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 5.5,
    messages: {
      parsed:
        '`{{text}}` extracts a value from inside a secret, and GitHub only masks the secret as a whole: that value prints in clear in logs. Store each value as its own secret.',
    },
    equivalents: { zizmor: ['unredacted-secrets'] },
  },
  create(context) {
    return {
      exit(model: GhaModel) {
        forEachExpression(model, (expression) => checkExpression(context, expression));
      },
    };
  },
});
